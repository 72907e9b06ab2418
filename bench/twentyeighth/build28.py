"""Decks, per-theme deals and assembly of the corpus, labels and values."""

import collections

from core28 import stream, Registry
from ctx28 import Ctx
from themes28 import THEMES
import cfg28a
import cfg28b
import common28
import keys28
import keywrap28
import logs28
import negf28
import own28
import prose28a
import prose28b
import prov28

GEN = "bench/twentyeighth/generate.py"
CONFIG_KINDS = dict(cfg28a.KINDS)
CONFIG_KINDS.update(cfg28b.KINDS)
NTHEMES = len(THEMES)


def deal(seed, name, cards, per_theme, copies=None, ok=None):
    """Deal `per_theme` distinct cards to each theme from a shuffled deck (cards repeated as needed).
    If the last hands cannot be completed, the deck is reshuffled from a new numbered stream."""
    for attempt in range(50):
        hands = _deal(stream("twentyeighth", seed, "deck", name, attempt), cards, per_theme, copies, ok)
        if hands:
            return hands
    raise RuntimeError("deck %s could not be dealt" % name)


def _deal(r, cards, per_theme, copies, ok):
    need = per_theme * NTHEMES
    reps = copies or -(-need // len(cards))
    deck = []
    for _ in range(reps):
        part = list(cards)
        r.shuffle(part)
        deck.extend(part)
    hands = []
    for t in range(NTHEMES):
        hand = []
        while len(hand) < per_theme:
            for i, card in enumerate(deck):
                if card not in hand and (ok is None or ok(hand, card)):
                    hand.append(deck.pop(i))
                    break
            else:
                return None
        hands.append(hand)
    return hands


def _rsa_ok(hand, card):
    rsa = sum(1 for w in hand if keywrap28.WRAPS[w] == "rsa")
    return keywrap28.WRAPS[card] != "rsa" or rsa < 2


def build(seed):
    reg = Registry()
    cfg_hands = deal(seed, "config", list(CONFIG_KINDS), 10, copies=2)
    code_hands = deal(seed, "code", common28.CODE_LANGS, 4)
    wrap_hands = deal(seed, "wraps", keywrap28.WRAP_NAMES, 7, ok=_rsa_ok)
    log_hands = deal(seed, "logs", list(logs28.LOGS), 3)
    neg_hands = deal(seed, "negonly", [f.__name__ for f in negf28.OPTIONAL], 6)
    ex_hands = deal(seed, "docex", [e[0] for e in prov28.DOC_EXAMPLES], 2)
    pair_deck = stream("twentyeighth", seed, "deck", "pairs")
    docs = []
    deals = collections.OrderedDict()
    for ti, theme in enumerate(THEMES):
        c = Ctx(seed, theme, reg)
        td = []
        td += own28.OWN[theme["dir"]](c, c.rng("own"))
        for f in common28.COMMON:
            td += f(c, c.rng("common", f.__name__))
        for kind in cfg_hands[ti]:
            td += CONFIG_KINDS[kind](c, c.rng("cfg", kind))
        for lang in code_hands[ti]:
            r = c.rng("code", lang)
            shapes = r.sample(prov28.DEALABLE, 2)
            pk = r.choice(list(prov28.PAIRS)) if r.random() < 0.7 else None
            if pk:
                shapes = shapes[:1]
            neg = r.choice(["env"] + prov28.PUBLIC_KINDS)
            td += common28.code_file(c, r, lang, shapes, pk, neg)
        kr = c.rng("keys")
        for wrap in wrap_hands[ti]:
            key = keys28.Key(keywrap28.WRAPS[wrap], kr, comment=c.people[kr.randrange(len(c.people))]["email"])
            td += keywrap28.make(c, c.rng("wrap", wrap), wrap, key)
        for lk in log_hands[ti]:
            td += logs28.LOGS[lk](c, c.rng("log", lk))
        hr = c.rng("history")
        td += common28.bash_history(c, hr)
        if hr.random() < 0.5:
            td += common28.lesshst(c, hr)
        for f in negf28.FIXED:
            td += f(c, c.rng("negonly", f.__name__))
        exs = [e for e in prov28.DOC_EXAMPLES if e[0] in ex_hands[ti]]
        td += negf28.docs_page(c, c.rng("negonly", "docs"), exs)
        for name in neg_hands[ti]:
            f = getattr(negf28, name)
            td += f(c, c.rng("negonly", name))
        er = c.rng("english")
        prose_deal = []
        for slot, fmts, (lo, hi), (nlo, nhi) in prose28b.SLOTS:
            r = c.rng("prose", slot)
            L = c.EN if er.random() < 0.2 else c.L
            fmt = r.choice(fmts)
            nsec = r.randint(lo, hi)
            nneg = r.randint(nlo, nhi)
            msgs = prose28a.script(c, r, L, nsec, nneg)
            sysname = c.system(r)[0]
            td.append(fmt(c, r, L, msgs, sysname))
            prose_deal.append("%s:%s:%s" % (slot, fmt.__name__, L["code"]))
        for d in td:
            d.theme = theme["dir"]
        docs += td
        deals[theme["dir"]] = {"language": c.L["name"], "org": c.org, "domain": c.domain,
                               "config": cfg_hands[ti], "code": code_hands[ti], "wraps": wrap_hands[ti],
                               "logs": log_hands[ti], "negonly": neg_hands[ti], "doc_examples": ex_hands[ti],
                               "prose": prose_deal}
    return assemble(seed, docs, deals)


def assemble(seed, docs, deals):
    paths = [d.path for d in docs]
    dup = [p for p, n in collections.Counter(paths).items() if n > 1]
    if dup:
        raise RuntimeError("duplicate paths: %s" % dup[:5])
    docs = sorted(docs, key=lambda d: d.path)
    files = collections.OrderedDict()
    formats = collections.OrderedDict()
    labels, values = [], []
    for d in docs:
        files[d.path] = d.data()
        if d.fmt:
            formats[d.path] = d.fmt
        for it in sorted(d.items, key=lambda i: i["line"]):
            lab = {"path": d.path, "line": it["line"], "kind": it["kind"], "category": it["category"]}
            if "span" in it:
                lab["span"] = it["span"]
            labels.append(lab)
            v = {"kind": it["kind"], "value": it["value"], "theme": d.theme, "role": d.role}
            if it["kind"] == "secret":
                v["group"] = it.get("group", "generic")
                v["free_text"] = d.role == "prose"
            for k in ("note", "check", "anchors", "raw"):
                if k in it:
                    v[k] = it[k]
            values.append(v)
    counts = count(files, labels, values)
    return files, labels, values, counts, formats, deals


def count(files, labels, values):
    sec = [v for v in values if v["kind"] == "secret"]
    neg = [v for v in values if v["kind"] == "negative"]
    c = collections.OrderedDict()
    c["files"] = len(files)
    c["secrets"] = len(sec)
    c["negatives"] = len(neg)
    c["secrets_in_free_text"] = sum(1 for v in sec if v["free_text"])
    c["free_text_share"] = round(c["secrets_in_free_text"] / max(1, len(sec)), 3)
    c["groups"] = dict(sorted(collections.Counter(v["group"] for v in sec).items()))
    c["secret_roles"] = dict(sorted(collections.Counter(v["role"] for v in sec).items()))
    c["negative_roles"] = dict(sorted(collections.Counter(v["role"] for v in neg).items()))
    c["notes"] = dict(sorted(collections.Counter(v["note"] for v in sec if "note" in v).items()))
    c["pairs"] = sum(1 for v in sec if "anchors" in v)
    c["key_types"] = dict(sorted(collections.Counter(v["check"]["type"] for v in sec if v["group"] == "key").items()))
    c["crlf_files"] = sum(1 for b in files.values() if b"\r\n" in b)
    per = collections.OrderedDict()
    for lab, v in zip(labels, values):
        t = per.setdefault(v["theme"], {"files": 0, "secrets": 0, "negatives": 0, "free_text": 0})
        if lab["kind"] == "secret":
            t["secrets"] += 1
            t["free_text"] += 1 if v["free_text"] else 0
        else:
            t["negatives"] += 1
    for p in files:
        per.setdefault(p.split("/")[0], {"files": 0, "secrets": 0, "negatives": 0, "free_text": 0})["files"] += 1
    c["per_theme"] = dict(sorted(per.items()))
    c["secret_categories"] = dict(sorted(collections.Counter(l["category"] for l in labels if l["kind"] == "secret").items()))
    c["negative_categories"] = dict(sorted(collections.Counter(l["category"] for l in labels if l["kind"] == "negative").items()))
    return c
