"""Decks, per-theme deals, assembly of the corpus, labels, values and counts."""

import collections

import cfg26a
import cfg26b
import cfg26c
import code26
import keys26
import keywrap26
import logs26
import negf26
import pay26
import prose26b
import prov26
import themes26
from core26 import stream
from ctx26 import Ctx, Registry

CFG_KINDS = cfg26a.KINDS + cfg26b.KINDS + cfg26c.KINDS
N_CFG = 12
N_CODE = 4
N_DUMPS = 2
N_KEYS = 7
N_LOGS = 3
N_NEGF = 6
P_ENGLISH = 0.2

REGIONAL = {"chapa", "flutterwave", "paystack", "khalti", "sumup", "bakong-jwt", "monnify-key-pair"}
CODE_SHAPES = [s[0] for s in prov26.SHAPES if s[0] not in REGIONAL]
CODE_PAIRS = [p[0] for p in prov26.PAIRS if p[0] not in REGIONAL]


class Deck:
    """Deals items without repetition until the deck runs out, then reshuffles; never deals an item twice
    to the same theme."""

    def __init__(self, seed, name, items):
        self.r = stream(seed, "deck", name)
        self.items = list(items)
        self.pile = []

    def deal(self, n, taken=None):
        taken = taken if taken is not None else []
        out = []
        guard = 0
        while len(out) < n:
            if not self.pile:
                self.pile = list(self.items)
                self.r.shuffle(self.pile)
            it = self.pile.pop()
            if it in out or it in taken:
                guard += 1
                if guard > 10 * len(self.items):
                    raise RuntimeError("deck exhausted")
                self.pile.insert(0, it)
                continue
            out.append(it)
        return out


def _name(f):
    return f.__name__ if callable(f) else f[0] if isinstance(f, tuple) else f


def build(seed):
    reg = Registry()
    decks = {
        "cfg": Deck(seed, "cfg", CFG_KINDS),
        "lang": Deck(seed, "lang", code26.LANGS),
        "shape": Deck(seed, "shape", CODE_SHAPES),
        "pair": Deck(seed, "pair", CODE_PAIRS),
        "public": Deck(seed, "public", prov26.PUBLIC_KINDS),
        "dump": Deck(seed, "dump", code26.DUMPS),
        "wrap": Deck(seed, "wrap", keywrap26.WRAPS),
        "log": Deck(seed, "log", logs26.KINDS),
        "negf": Deck(seed, "negf", negf26.OPTIONAL),
        "docex": Deck(seed, "docex", prov26.DOC_EXAMPLES),
        "ticket": Deck(seed, "ticket", prose26b.TICKETS),
        "wiki": Deck(seed, "wiki", prose26b.WIKIS),
        "nb": Deck(seed, "nb", prose26b.NOTEBOOKS),
        "sheet": Deck(seed, "sheet", prose26b.SHEETS),
        "note": Deck(seed, "note", prose26b.NOTES),
    }
    files = {}       # relpath -> Doc
    deals = {}
    order = list(themes26.THEMES)
    docex_counts = [1] * len(order)
    for i in stream(seed, "docex-extra").sample(range(len(order)), len(prov26.DOC_EXAMPLES) - len(order)):
        docex_counts[i] += 1
    for ti, theme in enumerate(order):
        slug = theme["slug"]
        variant = stream(seed, slug, "variant").randrange(len(theme["variants"]))
        ctx = Ctx(seed, theme, reg, variant)
        r = ctx.r
        docs = []
        deal = {"variant": theme["variants"][variant][1]}

        docs += themes26.OWN[slug](ctx)
        docs.append(pay26.PAY[slug](ctx))

        kinds = decks["cfg"].deal(N_CFG)
        deal["config_kinds"] = [k.__name__ for k in kinds]
        for k in kinds:
            out = k(ctx)
            docs += out if isinstance(out, list) else [out]

        langs = decks["lang"].deal(N_CODE)
        deal["code_languages"] = [l["name"] for l in langs]
        deal["code_shapes"] = []
        for ci, lang in enumerate(langs):
            shapes = decks["shape"].deal(2, taken=[])
            items = []
            for cat in shapes:
                items.append(("single", cat, prov26.SHAPE[cat][1], ctx.prov(cat)))
            if r.random() < 0.7:
                pc = decks["pair"].deal(1)[0]
                pdef = [p for p in prov26.PAIRS if p[0] == pc][0]
                a, b = ctx.prov_pair(pc)
                items[1] = ("pair", pc, pdef[1], pdef[2], a, b)
            deal["code_shapes"].append([it[1] for it in items])
            if r.random() < 0.5:
                pk = decks["public"].deal(1)[0]
                neg = ("public", pk, pk.upper().replace("-", "_"), ctx.public(pk))
            else:
                base = prov26.SHAPE[items[0][1]][1] if items[0][0] == "single" else "API_TOKEN"
                neg = ("env", code26.envname(ctx, base))
            docs.append(code26.integration(ctx, lang, items, neg, ci + 1))

        dumps = decks["dump"].deal(N_DUMPS)
        deal["dumps"] = [d.__name__ for d in dumps]
        for dump in dumps:
            items = []
            for cat in decks["shape"].deal(2):
                items.append((cat, prov26.SHAPE[cat][1], ctx.prov(cat)))
            gk = r.choice(["SESSION_SECRET", "SMTP_PASSWORD", "DB_PASSWORD", "ADMIN_PASSWORD"])
            items.append(("generic-secret" if gk == "SESSION_SECRET" else "password", gk,
                          ctx.key_hex(64) if gk == "SESSION_SECRET" else ctx.pw(sym="-_.!*#")))
            pk = decks["public"].deal(1)[0]
            negs = [("public-by-design", "PUBLIC_" + pk.upper().replace("-", "_"), ctx.public(pk))]
            docs.append(dump(ctx, items, negs))

        wraps = decks["wrap"].deal(N_KEYS)
        deal["key_wraps"] = []
        n_rsa = 0
        kr = stream(seed, slug, "keys")
        for name, fn, types in wraps:
            t = kr.choice(types)
            if t == "rsa" and n_rsa >= 2:
                t = [x for x in types if x != "rsa"][0] if len(types) > 1 else t
            if t == "rsa":
                n_rsa += 1
            key = keys26.new_key(kr, t) if t != "x25519" else None
            deal["key_wraps"].append([name, t])
            docs += fn(ctx, key)

        logs = decks["log"].deal(N_LOGS)
        deal["logs"] = [l.__name__ for l in logs]
        for lg in logs:
            docs.append(lg(ctx))

        negs = decks["negf"].deal(N_NEGF)
        deal["negative_files"] = [f.__name__ for f in negf26.FIXED + negs]
        for nf in negf26.FIXED + negs:
            docs.append(nf(ctx))
        exs = decks["docex"].deal(docex_counts[ti])
        deal["documented_examples"] = [e[1][:24] for e in exs]
        for cat, val, src in exs:
            ctx.claim(val)
        docs.append(negf26.doc_examples(ctx, exs))

        slots = [("chat", prose26b.chat_mattermost), ("chat", prose26b.chat_signal)]
        slots += [("ticket", f) for f in decks["ticket"].deal(2)]
        slots += [("email", prose26b.email_outlook), ("wiki", decks["wiki"].deal(1)[0]),
                  ("notebook", decks["nb"].deal(1)[0]), ("transcript", prose26b.tactiq),
                  ("notes", prose26b.standup_md), ("sheet", decks["sheet"].deal(1)[0]),
                  ("note", decks["note"].deal(1)[0])]
        deal["free_text"] = []
        er = stream(seed, slug, "english")
        for slot, fn in slots:
            en = er.random() < P_ENGLISH
            deal["free_text"].append([fn.__name__, "en" if en else theme["lang"]])
            docs.append(fn(ctx, en))

        for d in docs:
            path = slug + "/" + d.path
            n = 2
            while path in files:
                head, _, fname = (slug + "/" + d.path).rpartition("/")
                stem, dot, ext = fname.rpartition(".")
                fname = "%s_%d.%s" % (stem, n, ext) if dot and stem else "%s_%d" % (fname, n)
                path = head + "/" + fname
                n += 1
            d.path = path
            files[path] = d
        deals[slug] = deal
    return files, deals


def assemble(seed):
    files, deals = build(seed)
    rows = []
    for path in sorted(files):
        d = files[path]
        for lab, it in zip(d.labels(), d.items):
            v = {"kind": it["kind"], "value": it["value"], "theme": path.split("/")[0], "role": it["role"]}
            if it["kind"] == "secret":
                v["group"] = it["group"]
                v["free_text"] = bool(it.get("free_text"))
            for k in ("anchors", "check", "note", "anchors_inline"):
                if k in it:
                    v[k] = it[k]
            rows.append((lab, v))
    rows.sort(key=lambda t: (t[0]["path"], t[0]["line"]))
    labels = [l for l, _ in rows]
    values = [v for _, v in rows]
    texts = {p: files[p].text() for p in sorted(files)}
    formats = {p: files[p].fmt for p in sorted(files) if files[p].fmt}
    crlf = sorted(p for p in files if files[p].crlf)
    return texts, labels, values, formats, deals, crlf


def counts(labels, values, texts, crlf):
    c = collections.OrderedDict()
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    neg = [(l, v) for l, v in zip(labels, values) if l["kind"] == "negative"]
    c["files"] = len(texts)
    c["secrets"] = len(sec)
    c["negatives"] = len(neg)
    c["free_text_secrets"] = sum(1 for _, v in sec if v.get("free_text"))
    c["groups"] = dict(sorted(collections.Counter(v["group"] for _, v in sec).items()))
    c["roles"] = dict(sorted(collections.Counter(v["role"] for _, v in sec).items()))
    c["free_text_by_group"] = dict(sorted(collections.Counter(v["group"] for _, v in sec if v.get("free_text")).items()))
    c["revoked_or_rotated_shown_in_full"] = sum(1 for _, v in sec if v.get("note"))
    c["pairs"] = sum(1 for _, v in sec if "anchors" in v)
    c["multiline_key_spans"] = sum(1 for l, v in sec if v["group"] == "key" and "span" in l)
    c["negative_spans"] = sum(1 for l, _ in neg if "span" in l)
    c["key_wraps"] = dict(sorted(collections.Counter(v["check"]["wrap"] for _, v in sec if "check" in v).items()))
    c["key_types"] = dict(sorted(collections.Counter(v["check"]["type"] for _, v in sec if "check" in v).items()))
    c["crlf_files"] = len(crlf)
    c["secret_categories"] = len(set(l["category"] for l, _ in sec))
    c["negative_categories"] = len(set(l["category"] for l, _ in neg))
    per = collections.OrderedDict()
    for slug in sorted(set(p.split("/")[0] for p in texts)):
        per[slug] = {"files": sum(1 for p in texts if p.startswith(slug + "/")),
                     "secrets": sum(1 for l, _ in sec if l["path"].startswith(slug + "/")),
                     "negatives": sum(1 for l, _ in neg if l["path"].startswith(slug + "/")),
                     "free_text": sum(1 for l, v in sec if l["path"].startswith(slug + "/") and v.get("free_text"))}
    c["per_theme"] = per
    c["secret_by_category"] = dict(sorted(collections.Counter(l["category"] for l, _ in sec).items()))
    c["negative_by_category"] = dict(sorted(collections.Counter(l["category"] for l, _ in neg).items()))
    return c
