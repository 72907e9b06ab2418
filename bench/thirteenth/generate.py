#!/usr/bin/env python3
"""Build the thirteenth labelled secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N]

Writes the tree at OUT_DIR, plus OUT_DIR.labels.json (bench/quality/score.py format) and OUT_DIR.values.json
(the labelled values) next to it. Refuses to write inside a git repository; replaces an existing OUT_DIR only
if OUT_DIR.labels.json exists next to it. Same seed -> byte-identical output. Python 3.9+ standard library.
"""
import argparse
import collections
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import frame13  # noqa: E402
import prov13  # noqa: E402
from vals13 import V  # noqa: E402
from themes import common, layer2, layer2b, l2text, syntax  # noqa: E402
from themes import (t_tax, t_pest, t_childcare, t_readymix, t_collision, t_propane, t_mining, t_records,  # noqa: E402
                    t_towers, t_salon, t_bakery)

THEMES = [t_tax, t_pest, t_childcare, t_readymix, t_collision, t_propane, t_mining, t_records, t_towers, t_salon,
          t_bakery]


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


def deal(seed):
    """Deal providers, pairs and syntaxes across the themes for this seed."""
    m = V("%s:deal" % seed)
    cats = [t[0] for t in prov13.TOKENS]
    m.shuffle(cats)
    pairs = list(prov13.PAIRS)
    m.shuffle(pairs)
    syns = [s.key for s in syntax.SYNTAXES]
    m.shuffle(syns)
    out, ci, pi = [], 0, 0
    for i in range(len(THEMES)):
        n = m.randint(12, 13)
        np_ = 2 if m.random() < 0.5 else 1
        out.append((cats[ci:ci + n], [pairs[(pi + j) % len(pairs)] for j in range(np_)],
                    [syns[(2 * i) % len(syns)], syns[(2 * i + 1) % len(syns)]]))
        ci, pi = ci + n, pi + np_
    return out


def build(seed):
    corpus = frame13.Corpus()
    themes = []
    for i, (mod, (cats, pairs, syns)) in enumerate(zip(THEMES, deal(seed))):
        t = common.T(corpus, seed, mod.SLUG, mod.VARIANTS, mod.WORDS)
        t.deal, t.pairs, t.syn = cats, pairs, syns
        mod.build(t)
        base = t.v.choice(layer2.L2_DIRS)
        layer2.integrations(t, base)
        layer2.keys(t, base, t.v.randint(6, 7), force=("gcp",) if i % 2 == 0 else ())
        layer2b.manifest(t, base)
        layer2b.legacy(t, base, 1 if t.v.random() < 0.7 else 2)
        layer2b.hosts(t, base, 1)
        layer2b.startup_log(t, base)
        layer2b.fixtures(t, base)
        layer2b.hashes(t, base)
        layer2b.i18n(t, base)
        if t.v.random() < 0.3:
            layer2b.inventory(t, base)
        layer2b.lockfile(t, base)
        l2text.build(t, base)
        themes.append(t)
    corpus.render_all()
    return corpus, themes


def table(corpus, themes):
    labels, values = corpus.labels_and_values()
    stats = collections.OrderedDict((t.slug, [len(t.files), 0, 0, 0]) for t in themes)
    groups = collections.Counter()
    for lab, rec in zip(labels, values):
        s = stats[lab["path"].split("/")[0]]
        if lab["kind"] == "secret":
            s[1] += 1
            s[3] += rec["free_text"]
            groups[rec["group"]] += 1
        else:
            s[2] += 1
    rows = ["| directory | files | secrets | negatives | in free text |", "|---|---:|---:|---:|---:|"]
    tot = [0, 0, 0, 0]
    for slug, s in stats.items():
        rows.append("| `%s/` | %d | %d | %d | %d |" % (slug, *s))
        tot = [a + b for a, b in zip(tot, s)]
    rows.append("| **total** | **%d** | **%d** | **%d** | **%d** |" % tuple(tot))
    mix = ", ".join("%s %d (%d%%)" % (g, groups[g], round(100 * groups[g] / max(1, tot[1])))
                    for g in ("provider", "generic", "key"))
    return "\n".join(rows), tot, mix


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=101)
    a = ap.parse_args()
    out = os.path.abspath(a.out.rstrip("/"))
    repo = inside_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    labels_path, values_path = out + ".labels.json", out + ".values.json"
    if os.path.exists(out):
        if not os.path.exists(labels_path):
            sys.exit("%s exists and has no .labels.json next to it; not replacing it" % out)
        shutil.rmtree(out)
    corpus, themes = build(a.seed)
    os.makedirs(out)
    corpus.write(out)
    labels, values = corpus.labels_and_values()
    with open(labels_path, "w") as fh:
        json.dump({"generator": "bench/thirteenth/generate.py", "seed": a.seed, "files": len(corpus.out),
                   "labels": labels}, fh, indent=1, sort_keys=True)
        fh.write("\n")
    with open(values_path, "w") as fh:
        json.dump({"seed": a.seed, "values": values}, fh, indent=1, sort_keys=True)
        fh.write("\n")
    text, tot, mix = table(corpus, themes)
    print(text)
    print("\nseed %d: %d files, %d secrets, %d negatives, %d secrets in free text (%d%%); mix: %s" % (
        a.seed, tot[0], tot[1], tot[2], tot[3], round(100 * tot[3] / max(1, tot[1])), mix))
    negc = collections.Counter(l["category"] for l in labels if l["kind"] == "negative")
    print("negative categories: " + ", ".join("%s %d" % kv for kv in negc.most_common()))


if __name__ == "__main__":
    main()
