#!/usr/bin/env python3
"""Generate the hold-out labeled corpus for secret scanners.

usage: generate.py OUT_DIR [--seed N]

Writes OUT_DIR/ (several unrelated "repositories") and OUT_DIR.labels.json, a JSON list of
{"path", "line", "kind": "secret"|"negative", "category"[, "span": [first, last]]}.
Standard library only.
"""
import argparse
import collections
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import hrand  # noqa: E402
from corpus import Corpus, Ctx  # noqa: E402
from keys import KeyPool  # noqa: E402
from negatives import Neg  # noqa: E402
from tokens import Tok  # noqa: E402

SCENARIOS = [
    "gen_datasci",
    "gen_infra",
    "gen_infra2",
    "gen_mobile",
    "gen_ci",
    "gen_bots",
    "gen_game",
    "gen_dotfiles",
    "gen_docs",
    "gen_logs",
    "gen_dumps",
    "gen_extra",
    "gen_hardneg",
]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", help="comma-separated scenario modules (debugging)")
    a = ap.parse_args(argv)
    out = os.path.abspath(a.out_dir)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rng = hrand.R(a.seed)
    c = Corpus(out, rng)
    x = Ctx(c, rng, Tok(rng), Neg(rng), KeyPool(rng))
    mods = a.only.split(",") if a.only else SCENARIOS
    for name in mods:
        try:
            mod = __import__(name)
        except ImportError as e:
            if a.only:
                raise
            print("skipping %s: %s" % (name, e), file=sys.stderr)
            continue
        mod.build(x)
    labels = c.save_labels()
    kinds = collections.Counter(l["kind"] for l in labels)
    print("%s: %d files, %d secret labels, %d negative labels" % (
        out, len(c.paths), kinds["secret"], kinds["negative"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
