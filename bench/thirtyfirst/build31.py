"""Decks and deals, assembly of the ten themes, counts."""

import collections

import common31
import extra31
import formats31
import hist31
import negonly31
import tools31a
import tools31b
import tools31c
from core31 import chance, rng
from ctx31 import Ctx, Registry
from themes31 import THEMES

TOOL_KINDS = tools31a.KINDS + tools31b.KINDS + tools31c.KINDS
assert len(TOOL_KINDS) == 50, len(TOOL_KINDS)


def deal(seed, name, items, per_theme, n_themes=10):
    """Deal items (repeated as needed) so that every theme gets per_theme[i] distinct ones."""
    total = sum(per_theme)
    for attempt in range(500):
        r = rng(seed, "deck", name, attempt)
        pool = []
        while len(pool) < total:
            chunk = list(items)
            r.shuffle(chunk)
            pool.extend(chunk)
        pool = pool[:total]
        out, pos, ok = [], 0, True
        for n in per_theme:
            hand = pool[pos:pos + n]
            pos += n
            if len(set(id(x) if callable(x) else x for x in hand)) < n:
                ok = False
                break
            out.append(hand)
        if ok:
            return out
    raise RuntimeError("no deal for " + name)


def _name(x):
    return getattr(x, "__name__", x)


def build(seed):
    reg = Registry()
    tools = deal(seed, "tools", TOOL_KINDS, [10] * 10)
    logs = deal(seed, "logs", extra31.LOGS, [4] * 10)
    langs = deal(seed, "code", sorted(common31.LANGS), [3] * 10)
    extras = deal(seed, "negonly", negonly31.EXTRAS, [2] * 10)
    r = rng(seed, "deck", "keys")
    key_counts = [4] * 10
    for i in r.sample(range(10), 5):
        key_counts[i] = 5
    wraps = deal(seed, "wrap", common31.WRAPPINGS, key_counts)
    hist = deal(seed, "history", hist31.KINDS, [1] * 10)
    aws_themes = set(rng(seed, "deck", "aws").sample(range(10), 5))

    docs, deals = [], collections.OrderedDict()
    for ti, theme in enumerate(THEMES):
        c = Ctx(seed, theme, reg)
        tdocs = []

        def take(fn_docs):
            tdocs.extend(fn_docs)

        # free text: 19 export formats (4 in English) and one history
        rf = c.r("formats")
        english = set(rf.sample(range(len(formats31.ALL)), 4))
        for i, fmt in enumerate(formats31.ALL):
            rp = c.r("prose", formats31.NAMES[fmt])
            code = "en" if i in english else c.lang
            n_sec = 1 + (rp.random() < .25)
            n_neg = 1 + (rp.random() < .08)
            take([formats31.render(c, rp, fmt, code, n_sec, n_neg)])
        take([hist[ti][0](c, c.r("history"))])
        # tool kinds
        for k in tools[ti]:
            take(k(c, c.r("tool", k.__name__)))
        # common files, code, keys, logs, own files, negative-only files
        for fn in common31.COMMON:
            take(fn(c, c.r("common", fn.__name__)))
        if ti in aws_themes:
            take(common31.aws_credentials(c, c.r("common", "aws")))
        for lang in langs[ti]:
            take(common31.code(c, c.r("code", lang), lang))
        rk = c.r("keykinds")
        for w in wraps[ti]:
            take(common31.wrap_key(c, c.r("wrap", w), w, rk.choice(["ed25519", "p256", "rsa"])))
        for lg in logs[ti]:
            take(lg(c, c.r("log", lg.__name__)))
        take(extra31.device_ini(c, c.r("own", "device")))
        take(extra31.app_config(c, c.r("own", "app")))
        take(extra31.payment(c, c.r("own", "payment")))
        for fn in negonly31.BASE:
            take(fn(c, c.r("negonly", fn.__name__)))
        for fn in extras[ti]:
            take(fn(c, c.r("negonly", fn.__name__)))
        seen = set()
        for d in tdocs:
            p = d.path
            n = 2
            while p in seen:
                stem, dot, ext = d.path.rpartition(".")
                p = ("%s-%d.%s" % (stem, n, ext)) if dot and "/" not in ext else "%s-%d" % (d.path, n)
                n += 1
            seen.add(p)
            d.path = theme["key"] + "/" + p
        docs.extend(tdocs)
        deals[theme["key"]] = {
            "language": theme["lang"], "organisation": c.org, "tools": [_name(k) for k in tools[ti]],
            "logs": [_name(k) for k in logs[ti]], "code": langs[ti], "wrappings": wraps[ti],
            "negative_only": [_name(k) for k in extras[ti]], "history": _name(hist[ti][0]),
            "aws_credentials": ti in aws_themes, "english_prose": sorted(formats31.NAMES[formats31.ALL[i]] for i in english)}
    return docs, deals


def collect(docs):
    files, labels = {}, []
    for d in docs:
        files[d.path] = d.render()
        labels.extend(d.labels())
    labels.sort(key=lambda l: (l["path"], l["line"]))
    return files, labels, {d.path: d for d in docs}


def counts(files, labels, docs):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    free = {p for p, d in docs.items() if d.free_text}
    keys = [l for l in sec if "key_check" in l]
    out = collections.OrderedDict()
    out["files"] = len(files)
    out["free_text_files"] = len(free)
    out["secrets"] = len(sec)
    out["negatives"] = len(neg)
    out["secrets_free_text"] = sum(1 for l in sec if l["path"] in free)
    out["negatives_free_text"] = sum(1 for l in neg if l["path"] in free)
    out["revoked_shown"] = sum(1 for l in sec if l.get("note") == "revoked")
    out["rotated_shown"] = sum(1 for l in sec if l.get("note") == "rotated")
    out["private_keys"] = len(keys)
    out["private_keys_by_type"] = dict(sorted(collections.Counter(l["key_check"]["type"] for l in keys).items()))
    out["pairs"] = sum(1 for l in sec if "id_value" in l)
    out["crlf_files"] = sum(1 for p, d in docs.items() if d.crlf)
    out["secret_categories"] = len({l["category"] for l in sec})
    out["negative_categories"] = len({l["category"] for l in neg})
    per = collections.OrderedDict()
    for t in THEMES:
        k = t["key"] + "/"
        per[t["key"]] = {"files": sum(1 for p in files if p.startswith(k)),
                         "secrets": sum(1 for l in sec if l["path"].startswith(k)),
                         "negatives": sum(1 for l in neg if l["path"].startswith(k)),
                         "secrets_free_text": sum(1 for l in sec if l["path"].startswith(k) and l["path"] in free)}
    out["per_theme"] = per
    return out
