"""Decks and deals, assembly of the ten themes, counts."""

import collections

import common30
import extra30
import prose30
from core30 import Stream
from ctx30 import Ctx, Registry
from themes30 import T
from tools30a import KINDS_A
from tools30b import KINDS_B
from tools30c import KINDS_C

KINDS = {}
KINDS.update(KINDS_A)
KINDS.update(KINDS_B)
KINDS.update(KINDS_C)
assert len(KINDS) == 50, len(KINDS)
THEMES = [t["key"] for t in T]


def deal(seed, name, items, per_theme):
    """Deal items to the ten themes, per_theme each, every item as evenly as possible, no repeats in a theme."""
    n = len(THEMES) * per_theme
    for attempt in range(500):
        r = Stream(seed, "deck", name, attempt)
        pool = []
        while len(pool) < n:
            chunk = list(items)
            r.shuffle(chunk)
            pool.extend(chunk)
        pool = pool[:n]
        hands = [pool[i * per_theme:(i + 1) * per_theme] for i in range(len(THEMES))]
        if all(len(set(h)) == len(h) for h in hands):
            return {t: sorted(h) for t, h in zip(THEMES, hands)}
    raise RuntimeError("no deal for %s" % name)


def build(seed):
    reg = Registry()
    deals = {
        "tools": deal(seed, "tools", sorted(KINDS), 10),
        "logs": deal(seed, "logs", sorted(extra30.LOGS), 3),
        "code": deal(seed, "code", common30.CODE_LANGS, 3),
        "wraps": deal(seed, "wraps", common30.WRAPS, 4),
        "negonly": deal(seed, "negonly", extra30.NEGONLY_EXTRA, 2),
    }
    r0 = Stream(seed, "deck", "themes")
    aws_themes = set(r0.sample(THEMES, 5))
    fifth_key = set(r0.sample(THEMES, 2))
    hist_kinds = ["bash", "clink", "murex"]
    docs, meta = [], {}
    for ti, key in enumerate(THEMES):
        c = Ctx(seed, key, reg)
        # free text first: 19 prose formats and a shell history
        rf = c.r("formats")
        english = set(rf.sample(range(len(prose30.FORMATS)), 4))
        for slot in range(len(prose30.FORMATS)):
            lang = "en" if slot in english else c.lang
            prose30.prose_doc(c, c.r("prose:%d" % slot), slot, lang)
        prose30.history(c, c.r("history"), hist_kinds[(ti + seed) % 3])
        for kind in deals["tools"][key]:
            KINDS[kind](c, c.r("tool:" + kind))
        for kind in deals["logs"][key]:
            extra30.LOGS[kind](c, c.r("log:" + kind))
        for fn in common30.COMMON:
            fn(c, c.r("common:" + fn.__name__))
        if key in aws_themes:
            common30.aws_credentials(c, c.r("common:aws"))
        for lang in deals["code"][key]:
            common30.integration(c, c.r("code:" + lang), lang)
        wraps = list(deals["wraps"][key])
        if key in fifth_key:
            wraps.append(c.r("wrap-extra").pick([w for w in common30.WRAPS if w not in wraps]))
        for i, w in enumerate(wraps):
            common30.private_key(c, c.r("wrap:" + w), w, i)
        extra30.env_example(c, c.r("negonly:env"))
        extra30.i18n(c, c.r("negonly:i18n"))
        extra30.policy(c, c.r("negonly:policy"))
        for kind in deals["negonly"][key]:
            extra30.negonly_extra(c, c.r("negonly:" + kind), kind)
        extra30.device_ini(c, c.r("own:device"))
        extra30.gateway(c, c.r("own:gateway"))
        meta[key] = {"org": c.org, "domain": c.domain, "lang": c.lang, "english_slots": sorted(english)}
        docs.extend(c.docs)
    deals["aws_credentials"] = sorted(aws_themes)
    deals["fifth_key"] = sorted(fifth_key)
    deals["themes"] = meta
    return docs, deals


def all_labels(docs):
    labs = []
    for d in docs:
        labs.extend(d.labels)
    labs.sort(key=lambda l: (l["path"], l["line"]))
    return labs


def counts(docs, labels):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    free = [d for d in docs if d.free]
    c = {
        "files": len(docs), "free_text_files": len(free), "secrets": len(sec), "negatives": len(neg),
        "secrets_free_text": sum(1 for l in sec if l.get("free_text")), "negatives_free_text": sum(1 for l in neg if l.get("free_text")),
        "revoked_shown": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated_shown": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": sum(1 for l in sec if l["category"].startswith("private-key")),
        "pairs": sum(1 for l in sec if "id_value" in l), "crlf_files": sum(1 for d in docs if d.crlf),
        "secret_categories": len({l["category"] for l in sec}), "negative_categories": len({l["category"] for l in neg}),
    }
    per = collections.OrderedDict()
    for key in THEMES:
        ds = [d for d in docs if d.path.startswith(key + "/")]
        ls = [l for l in labels if l["path"].startswith(key + "/")]
        per[key] = {"files": len(ds), "secrets": sum(1 for l in ls if l["kind"] == "secret"),
                    "negatives": sum(1 for l in ls if l["kind"] == "negative"),
                    "secrets_free_text": sum(1 for l in ls if l["kind"] == "secret" and l.get("free_text"))}
    c["per_theme"] = per
    return c
