#!/usr/bin/env python3
"""Generate the eighteenth blind secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json (the format bench/quality/score.py reads) and OUT_DIR.values.json
next to it. Python standard library only; the same seed gives a byte-identical output.
"""
import argparse
import collections
import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks18  # noqa: E402
import crypto18  # noqa: E402
import files18a  # noqa: E402
import files18b  # noqa: E402
import files18c  # noqa: E402
import integ18  # noqa: E402
import keywrap18  # noqa: E402
import negf18  # noqa: E402
import prose18  # noqa: E402
from ctx18 import Ctx, Deck, Shared  # noqa: E402
from frame18 import Corpus  # noqa: E402
from themes18.bespoke18 import BESPOKE  # noqa: E402
from themes18.data18 import THEMES  # noqa: E402

GENERATOR = "bench/eighteenth/generate.py"
N_CONFIG = 17      # tool/config files per theme
N_INTEG = 3        # multi-provider integration files per theme
N_PROSE = 10       # free-text files per theme
N_KEYS = 7         # private-key wrappings per theme
N_NEGF = 7         # negative-only files per theme
PROSE = prose18.KINDS


def build(seed):
    crypto18.self_test()
    corpus = Corpus(seed)
    shared = Shared(seed)
    config = shared.deck("config", files18a.KINDS + files18b.KINDS + files18c.KINDS)
    wraps = shared.deck("keys", keywrap18.WRAPPERS)
    negs = shared.deck("negf", negf18.KINDS)
    prose = shared.deck("prose", PROSE)
    integ = shared.deck("integ", integ18.SYNTAXES)

    def pick(deck, n):
        got, skipped = [], []
        while len(got) < n:
            k = deck.deal()
            if k in got:
                skipped.append(k)
                continue
            got.append(k)
        deck.pile.extend(skipped)
        return got

    for theme in THEMES:
        c = Ctx(corpus, shared, seed, theme)
        BESPOKE[theme["dir"]](c)
        for k in pick(config, N_CONFIG):
            k(c)
        for k in pick(prose, N_PROSE):
            k(c)
        for sx in pick(integ, N_INTEG):
            integ18.k_integration(c, sx)
        for w in pick(wraps, N_KEYS):
            w(c)
        for w in pick(negs, N_NEGF):
            w(c)
    files, labels, values = corpus.build()
    return corpus, files, labels, values


def in_git_repo(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def summary(files, labels, values):
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    free = sum(1 for l, v in sec if v["free_text"])
    groups = collections.Counter(v["group"] for l, v in sec)
    return {"files": len(files), "secrets": len(sec), "negatives": len(neg), "free_text": free, "groups": dict(groups),
            "secret_categories": len({l["category"] for l, v in sec}), "negative_categories": len({l["category"] for l in neg}),
            "pairs": sum(1 for l, v in sec if "anchors" in v),
            "multi_line_secrets": sum(1 for l, v in sec if "span" in l and "anchors" not in v),
            "negative_spans": sum(1 for l in neg if "span" in l)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=151)
    ap.add_argument("--per-theme", action="store_true", help="print per-theme counts")
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = in_git_repo(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    lab_path, val_path = out + ".labels.json", out + ".values.json"
    if os.path.exists(out) and not os.path.exists(lab_path):
        sys.exit("%s exists and has no %s beside it; not replacing it" % (out, os.path.basename(lab_path)))
    t0 = time.monotonic()
    corpus, files, labels, values = build(a.seed)
    errs = checks18.run(files, labels, values)
    if errs:
        for e in errs[:50]:
            print("check failed:", e, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(errs))
    if os.path.exists(out):
        shutil.rmtree(out)
    for path in sorted(files):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(files[path])
    with open(lab_path, "w", encoding="utf-8") as fh:
        json.dump({"generator": GENERATOR, "seed": a.seed, "files": len(files), "labels": labels}, fh, indent=1,
                  ensure_ascii=False)
        fh.write("\n")
    with open(val_path, "w", encoding="utf-8") as fh:
        json.dump({"seed": a.seed, "values": values}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    s = summary(files, labels, values)
    print("seed %d: %d files, %d secrets (%d free text, %.0f%%), %d negatives; groups %s; %d pairs; %.1f s" % (
        a.seed, s["files"], s["secrets"], s["free_text"], 100.0 * s["free_text"] / max(1, s["secrets"]), s["negatives"],
        s["groups"], s["pairs"], time.monotonic() - t0))
    if a.per_theme:
        per = collections.defaultdict(lambda: [set(), 0, 0, 0])
        for l, v in zip(labels, values):
            t = l["path"].split("/")[0]
            per[t][0].add(l["path"])
            if l["kind"] == "secret":
                per[t][1] += 1
                per[t][3] += v["free_text"]
            else:
                per[t][2] += 1
        for f in files:
            per[f.split("/")[0]][0].add(f)
        for t in sorted(per):
            print("  %-20s files %3d secrets %3d negatives %3d free %3d" % (t, len(per[t][0]), per[t][1], per[t][2], per[t][3]))


if __name__ == "__main__":
    main()
