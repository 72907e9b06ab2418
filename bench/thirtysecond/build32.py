"""Decks and deals, assembly of the ten themes, counts."""
import collections

import common32
import ctx32
import extra32
import formats32
import keys32
import themes32
import tools32a
import tools32b
import tools32c
from core32 import stream

TOOLS = {}
TOOLS.update(tools32a.FUNCS_A)
TOOLS.update(tools32b.FUNCS_B)
TOOLS.update(tools32c.FUNCS_C)
TOOL_KINDS = tools32a.KINDS_A + tools32b.KINDS_B + tools32c.KINDS_C
assert len(TOOL_KINDS) == 50 and len(set(TOOL_KINDS)) == 50


def deal(seed, name, kinds, per_theme, n_themes=10):
    """Deal kinds to themes: each theme gets per_theme distinct kinds, kinds used as evenly as possible."""
    total = per_theme * n_themes
    for attempt in range(1000):
        r = stream(seed, "deck", name, attempt)
        pool = []
        while len(pool) < total:
            k = list(kinds)
            r.shuffle(k)
            pool.extend(k)
        pool = pool[:total]
        hands = [pool[i * per_theme:(i + 1) * per_theme] for i in range(n_themes)]
        if all(len(set(h)) == len(h) for h in hands):
            return hands
    raise RuntimeError("no deal for " + name)


def tool_deal(seed):
    r = stream(seed, "deck", "tools")
    kinds = list(TOOL_KINDS)
    r.shuffle(kinds)
    hands = [[] for _ in range(10)]
    for j, k in enumerate(kinds):
        hands[j % 10].append(k)
        hands[(j + 1 + j // 10) % 10].append(k)
    return hands


class Theme:
    def __init__(self, seed, t, reg):
        self.ctx = ctx32.Ctx(seed, t, reg)
        self.docs = []
        self.paths = set()

    def put(self, doc):
        base = doc.path
        n = 2
        while doc.path in self.paths:
            stem, dot, ext = base.rpartition(".")
            doc.path = ("%s-%d.%s" % (stem, n, ext)) if dot and "/" not in ext else "%s-%d" % (base, n)
            n += 1
        self.paths.add(doc.path)
        self.docs.append(doc)


def build(seed):
    reg = ctx32.Registry()
    themes = themes32.THEMES
    tools = tool_deal(seed)
    code = deal(seed, "code", common32.CODE_LANGS, 3)
    stack = deal(seed, "stack", common32.STACK, 3)
    logs = deal(seed, "logs", extra32.LOGS, 4)
    wraps = deal(seed, "wraps", common32.WRAPS, 4)
    hist = deal(seed, "history", extra32.HISTORIES, 1)
    negx = deal(seed, "negextra", extra32.NEGEXTRA, 1)
    r0 = stream(seed, "deck", "flags")
    aws_themes = set(r0.sample(range(10), 5))
    pasted_themes = set(r0.sample(range(10), 5))
    fifth_key = set(r0.sample(range(10), 5))
    pair_code = [[r0.random() < 0.6 for _ in range(3)] for _ in range(10)]
    ktypes = ["ed25519", "p256", "rsa"]
    kcount = 0
    deals = {"tools": {}, "code": {}, "stack": {}, "logs": {}, "wraps": {}, "history": {}, "english": {}}
    all_docs = []
    for ti, t in enumerate(themes):
        th = Theme(seed, t, reg)
        c = th.ctx
        # tools
        for k in tools[ti]:
            for d in TOOLS[k](c, c.rng("tool", k)):
                d.kind = "tool:" + k
                th.put(d)
        deals["tools"][t["dir"]] = tools[ti]
        # common files
        for fn in [common32.env_file, common32.compose, common32.ci_file, common32.app_config]:
            d = fn(c, c.rng("common", fn.__name__))
            d.kind = "common"
            th.put(d)
        if ti in aws_themes:
            d = common32.aws_credentials(c, c.rng("common", "aws"))
            d.kind = "common"
            th.put(d)
        # integration code
        for i, lang in enumerate(code[ti]):
            d = common32.code_file(c, c.rng("code", lang), lang, pair_code[ti][i])
            d.kind = "code:" + lang
            th.put(d)
        deals["code"][t["dir"]] = code[ti]
        # stack files
        for k in stack[ti]:
            d = common32.STACK_FUNCS[k](c, c.rng("stack", k))
            d.kind = "stack:" + k
            th.put(d)
        deals["stack"][t["dir"]] = stack[ti]
        # keys
        wl = list(wraps[ti])
        if ti in fifth_key:
            wl.append([w for w in common32.WRAPS if w not in wl][stream(seed, "deck", "fifth", ti).randrange(len(common32.WRAPS) - 4)])
        for n, w in enumerate(wl):
            kt = ktypes[kcount % 3]
            kcount += 1
            key = keys32.Key(kt, c.rng("key", w, kt, n))
            for d in common32.key_docs(c, c.rng("wrap", w, n), w, key, n + 1):
                d.kind = "key:" + w
                th.put(d)
        deals["wraps"][t["dir"]] = wl
        # logs
        for k in logs[ti]:
            d = extra32.LOG_FUNCS[k](c, c.rng("log", k))
            d.kind = "log:" + k
            th.put(d)
        deals["logs"][t["dir"]] = logs[ti]
        # own files
        for fn in [extra32.device_ini, extra32.payment]:
            d = fn(c, c.rng("own", fn.__name__))
            d.kind = "own"
            th.put(d)
        # negative-only
        for fn in [extra32.env_example, extra32.i18n, extra32.policy, getattr(extra32, negx[ti][0])]:
            d = fn(c, c.rng("negonly", fn.__name__))
            d.kind = "negonly"
            th.put(d)
        # history
        d = extra32.history(c, c.rng("history"), hist[ti][0])
        d.kind = "history:" + hist[ti][0]
        th.put(d)
        deals["history"][t["dir"]] = hist[ti][0]
        # free text
        rf = c.rng("formats")
        english = set(rf.sample(formats32.FORMATS, 4))
        deals["english"][t["dir"]] = sorted(english)
        for f in formats32.FORMATS:
            lang = "en" if f in english else c.lang
            L = c.L_for(lang)
            r = c.rng("prose", f)
            slug = "%s-%s" % (c.sysname(r), r.randrange(100, 999))
            path = formats32.PATHS[f].format(h=c.handle(r).replace(".", "-"), s=slug, S=slug.title().replace("-", "_"),
                                              n=r.randrange(1000, 99999), d=formats32._t(r).strftime("%Y-%m-%d"))
            d = formats32.RENDER[f](c, L, r, path, lang)
            d.kind = "prose:" + f
            th.put(d)
        if ti in pasted_themes:
            kt = ktypes[kcount % 3]
            kcount += 1
            key = keys32.Key(kt, c.rng("key", "pasted", kt))
            d = extra32.pasted_key(c, c.rng("pasted"), key)
            d.kind = "prose:pasted-key"
            th.put(d)
        for d in th.docs:
            d.path = t["dir"] + "/" + d.path
            for l in d.labels:
                l["path"] = d.path
            d.theme = t["dir"]
        all_docs.extend(th.docs)
    all_docs.sort(key=lambda d: d.path)
    labels = []
    for d in all_docs:
        labels.extend(d.labels)
    labels.sort(key=lambda l: (l["path"], l["line"]))
    return all_docs, labels, deals


def counts(docs, labels):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    free = [d for d in docs if d.free_text]
    keys = [l for l in sec if l.get("key_check")]
    c = {
        "files": len(docs), "free_text_files": len(free),
        "free_text_share": round(len(free) / len(docs), 3),
        "secrets": len(sec), "negatives": len(neg),
        "secrets_free_text": sum(1 for l in sec if l.get("free_text")),
        "negatives_free_text": sum(1 for l in neg if l.get("free_text")),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": len(keys),
        "private_keys_by_type": dict(sorted(collections.Counter(l["key_check"]["type"] for l in keys).items())),
        "pairs": sum(1 for l in sec if "id_value" in l),
        "crlf_files": sum(1 for d in docs if d.crlf),
        "secret_categories": len(set(l["category"] for l in sec)),
        "negative_categories": len(set(l["category"] for l in neg)),
    }
    return c


def per_theme(docs, labels):
    out = collections.OrderedDict()
    for t in themes32.THEMES:
        dd = t["dir"]
        ds = [d for d in docs if d.path.startswith(dd + "/")]
        ls = [l for l in labels if l["path"].startswith(dd + "/")]
        out[dd] = {"files": len(ds), "secrets": sum(1 for l in ls if l["kind"] == "secret"),
                   "negatives": sum(1 for l in ls if l["kind"] == "negative"),
                   "secrets_free_text": sum(1 for l in ls if l["kind"] == "secret" and l.get("free_text"))}
    return out
