"""Builds the whole corpus in memory: deals per theme, runs every generator, renders, counts."""

import collections

import bespoke21a
import bespoke21b
import cfg21a
import cfg21b
import cfg21c
import cfg21d
import cfg21e
import ctx21
import frame21
import integ21
import keywrap21
import negf21
import prose21a
import prose21b
import prose21c
import prov21
import themes21

CFG = {}
for _m in (cfg21a, cfg21b, cfg21c, cfg21d, cfg21e):
    CFG.update(_m.KINDS)

N_CFG = 14
N_INTEG = 4
N_WRAP = 7
N_NEGF = 7

FREE_SLOTS = [("chat", 2), ("ticket", 2), ("email", 1), ("wiki", 1), ("notes", 1), ("misc", 1), ("history", 1),
              ("vcs", 1), ("sheet", 1)]


def make_decks(seed):
    D = ctx21.Deck
    decks = {
        "cfg": D("cfg", sorted(CFG), seed),
        "integ": D("integ", sorted(integ21.SYNTAXES), seed),
        "wrap": D("wrap", sorted(keywrap21.WRAPS), seed),
        "negf": D("negf", sorted(negf21.KINDS), seed),
        "shape": D("shape", [s[0] for s in prov21.SHAPES], seed),
        "bearer": D("bearer", prov21.BEARERISH, seed),
        "pair": D("pair", [p[0] for p in prov21.PAIRS], seed),
        "public": D("public", [p[0] for p in prov21.PUBLIC], seed),
    }
    for slot, _ in FREE_SLOTS:
        decks["ft-" + slot] = D("ft-" + slot, sorted(prose21a.FORMATS.get(slot, {}).keys()
                                                    | prose21b.FORMATS.get(slot, {}).keys()
                                                    | prose21c.FORMATS.get(slot, {}).keys()), seed)
    return decks


def _ok_theme(theme, allowed):
    return allowed is None or theme in allowed


def run_theme(cx):
    decks = cx.decks
    bespoke = bespoke21a.BESPOKE.get(cx.theme) or bespoke21b.BESPOKE[cx.theme]
    for fn in bespoke:
        fn(cx)
    for name in decks["cfg"].deal(N_CFG, cx.dealt("cfg"), ok=lambda k: _ok_theme(cx.theme, CFG[k][1])):
        CFG[name][0](cx)
    for name in decks["integ"].deal(N_INTEG, cx.dealt("integ")):
        integ21.SYNTAXES[name](cx)
    for name in decks["wrap"].deal(N_WRAP, cx.dealt("wrap")):
        keywrap21.WRAPS[name](cx)
    for name in decks["negf"].deal(N_NEGF, cx.dealt("negf"), ok=lambda k: _ok_theme(cx.theme, negf21.KINDS[k][1])):
        negf21.KINDS[name][0](cx)
    for slot, n in FREE_SLOTS:
        allf = dict(prose21a.FORMATS.get(slot, {}))
        allf.update(prose21b.FORMATS.get(slot, {}))
        allf.update(prose21c.FORMATS.get(slot, {}))
        for name in decks["ft-" + slot].deal(n, cx.dealt("ft-" + slot), ok=lambda k: _ok_theme(cx.theme, allf[k][1])):
            allf[name][0](cx)


def build(seed):
    reg = ctx21.Registry()
    decks = make_decks(seed)
    docs, per_theme = [], {}
    for theme in themes21.ORDER:
        cx = ctx21.Ctx(seed, theme, reg, decks)
        run_theme(cx)
        docs.extend(cx.docs)
        per_theme[theme] = cx.docs
    files = {}
    for d in docs:
        files[d.path] = d.render()
    labels, values = frame21.label_records(docs)
    counts = count(files, labels, values, docs, per_theme)
    return files, labels, values, counts


def count(files, labels, values, docs, per_theme):
    sec = [(l, v) for l, v in zip(labels, values) if v["kind"] == "secret"]
    groups = collections.Counter(v["group"] for _, v in sec)
    c = {
        "files": len(files),
        "secrets": len(sec),
        "negatives": len(values) - len(sec),
        "free_text": sum(1 for _, v in sec if v["free_text"]),
        "groups": dict(sorted(groups.items())),
        "secret_categories": len({l["category"] for l, _ in sec}),
        "negative_categories": len({l["category"] for l, v in zip(labels, values) if v["kind"] == "negative"}),
        "pairs": sum(1 for _, v in sec if "anchors" in v),
        "key_spans": sum(1 for l, v in sec if v["group"] == "key" and "span" in l),
        "other_secret_spans": sum(1 for l, v in sec if v["group"] != "key" and "span" in l and "anchors" not in v),
        "negative_spans": sum(1 for l, v in zip(labels, values) if v["kind"] == "negative" and "span" in l),
        "key_formats": dict(sorted(collections.Counter(v["check"]["format"].split("-")[0] for _, v in sec
                                                       if "check" in v).items())),
        "key_types": dict(sorted(collections.Counter(v["check"]["format"].split("-")[1] for _, v in sec
                                                     if "check" in v).items())),
        "free_text_by_group": dict(sorted(collections.Counter(v["group"] for _, v in sec if v["free_text"]).items())),
        "crlf_files": sum(1 for d in docs if d.crlf),
        "themes": {},
    }
    for theme, tdocs in per_theme.items():
        paths = {d.path for d in tdocs}
        ts = [(l, v) for l, v in zip(labels, values) if l["path"] in paths]
        c["themes"][theme] = {"files": len(tdocs), "secrets": sum(1 for _, v in ts if v["kind"] == "secret"),
                              "negatives": sum(1 for _, v in ts if v["kind"] == "negative"),
                              "free_text": sum(1 for _, v in ts if v["kind"] == "secret" and v["free_text"])}
    return c
