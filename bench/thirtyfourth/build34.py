"""Decks and deals, assembly of the ten themes, counts."""

import collections

import common34
import extra34
import formats34
import prose34
from core34 import PREFIX, rng
from ctx34 import LANGS, Ctx, Registry
from keys34 import Key
from themes34 import THEMES
from tools34a import KINDS_A
from tools34b import KINDS_B
from tools34c import KINDS_C

KINDS = {}
KINDS.update(KINDS_A)
KINDS.update(KINDS_B)
KINDS.update(KINDS_C)
assert len(KINDS) == 50, len(KINDS)


def _deal(seed, name, items, per, copies, n=10):
    """Deal `copies` of each item to `n` themes, `per` items each, never the same item twice to one theme.
    Greedy on the items with the most copies left (random tie-break), then the hands are shuffled."""
    for attempt in range(1000):
        r = rng(PREFIX, seed, "deck", name, attempt)
        left = {x: copies for x in items}
        hands = []
        for _ in range(n):
            tie = {x: r.random() for x in items}
            avail = sorted((x for x in items if left[x] > 0), key=lambda x: (-left[x], tie[x]))
            if len(avail) < per:
                break
            hand = avail[:per]
            for x in hand:
                left[x] -= 1
            r.shuffle(hand)
            hands.append(hand)
        if len(hands) == n and not any(left.values()):
            r.shuffle(hands)
            return hands
    raise RuntimeError("no deal for " + name)


def _pick(seed, name, items, per, n=10):
    """Each theme gets `per` distinct items; items are used as evenly as the numbers allow."""
    total = per * n
    copies = -(-total // len(items))
    for attempt in range(1000):
        r = rng(PREFIX, seed, "deck", name, attempt)
        pool = [x for x in items for _ in range(copies)]
        r.shuffle(pool)
        pool = pool[:total]
        hands = [pool[i * per:(i + 1) * per] for i in range(n)]
        if all(len(set(h)) == len(h) for h in hands):
            return hands
    raise RuntimeError("no pick for " + name)


def build(seed):
    reg = Registry()
    kinds = _deal(seed, "kinds", sorted(KINDS), 10, 2)
    stacks = _deal(seed, "stacks", common34.STACKS, 2, 1)
    code = _pick(seed, "code", common34.CODE_LANGS, 3)
    wraps = _deal(seed, "wraps", common34.WRAPPINGS, 5, 5)
    logs = _pick(seed, "logs", extra34.LOGS, 1)
    hist = _deal(seed, "history", extra34.HISTORIES, 1, 1)
    i18n = _deal(seed, "i18n", extra34.I18N, 1, 1)
    negx = _pick(seed, "negextra", extra34.EXTRAS, 1)
    rplan = rng(PREFIX, seed, "deck", "plan")
    drafts = set(rplan.sample(range(10), 5))
    aws = set(rplan.sample(range(10), 4))
    cfg = set(rplan.sample(range(10), 6))
    deals = {}
    docs = []
    for ti, T in enumerate(THEMES):
        c = Ctx(seed, T, reg)
        deals[T["dir"]] = {"kinds": sorted(kinds[ti]), "stacks": stacks[ti], "code": code[ti], "wrappings": wraps[ti],
                           "logs": logs[ti],
                           "history": hist[ti], "i18n": i18n[ti], "negative_extra": negx[ti],
                           "gateway": T["gateway"], "org": c.org, "key_draft": ti in drafts}
        for k in sorted(kinds[ti]):
            KINDS[k](c, c.r("tool", k))
        extra34.gateway(c, c.r("gateway"))
        extra34.device(c, c.r("device"))
        common34.common_env(c, c.r("common", "env"))
        common34.common_compose(c, c.r("common", "compose"))
        common34.common_ci(c, c.r("common", "ci"))
        if ti in cfg:
            common34.common_config(c, c.r("common", "config"))
        if ti in aws:
            common34.common_aws(c, c.r("common", "aws"))
        for n, lang in enumerate(code[ti]):
            common34.integration(c, c.r("code", lang), lang, n)
        for s in stacks[ti]:
            common34.stack(c, c.r("stack", s), s)
        for n, w in enumerate(wraps[ti]):
            common34.key_wrap(c, c.r("wrap", w, n), w, n)
        for lk in deals[T["dir"]]["logs"]:
            extra34.log(c, c.r("log", lk), lk)
        for h in hist[ti]:
            extra34.history(c, c.r("history", h), h)
        extra34.rotation_diff(c, c.r("diff"))
        extra34.env_example(c, c.r("negonly", "env_example"))
        extra34.i18n(c, c.r("negonly", "i18n"), i18n[ti][0])
        extra34.policy_page(c, c.r("negonly", "policy"))
        extra34.neg_extra(c, c.r("negonly", negx[ti][0]), negx[ti][0])
        prose(c, ti in drafts)
        paths = [d.path for d in c.docs]
        dup = [p for p, n in collections.Counter(paths).items() if n > 1]
        if dup:
            raise RuntimeError("duplicate paths: %r" % dup)
        docs.extend(c.docs)
    return docs, deals


def prose(c, draft):
    r = c.r("prose", "plan")
    fmts = list(formats34.FORMATS)
    r.shuffle(fmts)
    english = set(r.sample(range(len(fmts)), 4))
    sdeck = list(prose34.SECRET_DECK)
    ndeck = list(prose34.NEG_DECK)
    r.shuffle(sdeck)
    r.shuffle(ndeck)
    nf = len(fmts)
    s_assign = [[] for _ in range(nf)]
    n_assign = [[] for _ in range(nf)]
    perm_s = list(range(nf))
    perm_n = list(range(nf))
    r.shuffle(perm_s)
    r.shuffle(perm_n)
    for i, typ in enumerate(sdeck):
        s_assign[perm_s[i % nf]].append(typ)
    for i, typ in enumerate(ndeck):
        n_assign[perm_n[i % nf]].append(typ)
    for idx, fmt in enumerate(fmts):
        L = LANGS["en"] if idx in english else c.L
        rr = c.r("prose", fmt)
        items = [prose34.secret_item(c, rr, t, L, c.people) for t in s_assign[idx]] + \
                [prose34.neg_item(c, rr, t, L, c.people) for t in n_assign[idx]]
        subj = L["subj"][:3] if fmt in formats34.DOCS else L["subj"]
        title = rr.choice(subj).format(sys=c.systems[rr.randrange(6)])
        if fmt in formats34.DOCS:
            groups = []
            for it in items:
                g = []
                for m in it:
                    if m != "GAP":
                        g.extend(m[1])
                groups.append(g)
            rr.shuffle(groups)
            pol = rr.random() < 0.4
            formats34.RENDER[fmt](c, rr, L, groups, title, idx, pol, rr.choice(c.people))
            continue
        units = [list(it) for it in items]
        chat = list(L["chat"])
        rr.shuffle(chat)
        said = [0]

        def talk():
            line = chat[said[0] % len(chat)]
            said[0] += 1
            return (rr.choice(c.people), [[line]])
        for _ in range(rr.randint(2, 4)):
            units.append([talk()])
        if rr.random() < 0.3:
            units.append([(rr.choice(c.people), [[L["nopaste"]]])])
        rr.shuffle(units)
        msgs = []
        t = c.t0 + idx * 86400 + rr.randint(0, 20000)
        for u in units:
            for m in u:
                if m == "GAP":
                    for _ in range(rr.randint(0, 2)):
                        p, lines = talk()
                        t += rr.randint(20, 600)
                        msgs.append({"person": p, "t": t, "lines": lines})
                    continue
                t += rr.randint(20, 900)
                msgs.append({"person": m[0], "t": t, "lines": m[1]})
        formats34.RENDER[fmt](c, rr, L, msgs, title, idx)
    if draft:
        rr = c.r("prose", "draft")
        kind = rr.choice(["ed25519", "p256"])
        k = Key(kind, rr, "draft@" + c.domain)
        formats34.draft_with_key(c, rr, c.L, k.pem_pkcs8(), {"key_check": "%s/pkcs8" % kind})


def counts(docs, labels, deals):
    files = len(docs)
    free = sum(1 for d in docs if d.free)
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    keys = collections.Counter(l["key_check"].split("/")[0] for l in sec if "key_check" in l)
    out = {
        "files": files, "free_text_files": free, "free_text_share": round(free / files, 4),
        "secrets": len(sec), "negatives": len(neg),
        "free_text_secrets": sum(1 for l in sec if l["free_text"]),
        "free_text_negatives": sum(1 for l in neg if l["free_text"]),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": sum(keys.values()), "private_keys_by_type": dict(sorted(keys.items())),
        "pairs": sum(1 for l in sec if "id_value" in l),
        "crlf_files": sum(1 for d in docs if d.crlf),
        "secret_categories": len({l["category"] for l in sec}),
        "negative_categories": len({l["category"] for l in neg}),
    }
    per = {}
    for T in THEMES:
        k = T["dir"]
        tl = [l for l in labels if l["path"].startswith(k + "/")]
        per[k] = {"files": sum(1 for d in docs if d.path.startswith(k + "/")),
                  "secrets": sum(1 for l in tl if l["kind"] == "secret"),
                  "negatives": sum(1 for l in tl if l["kind"] == "negative"),
                  "free_text_secrets": sum(1 for l in tl if l["kind"] == "secret" and l["free_text"]),
                  "lang": T["lang"]}
    return out, per
