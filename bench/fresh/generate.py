#!/usr/bin/env python3
"""Generate the 'fresh' labelled secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json (for bench/quality/score.py) and
OUT_DIR.values.json (planted values and anchors, for verify.py). Same seed -> same bytes.
"""

import argparse
import os
import random
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fkeys  # noqa: E402
import fvals  # noqa: E402
from frame import Corpus  # noqa: E402
from themes import THEMES  # noqa: E402


class Keys:
    """Key factory on its own RNG stream, so key generation never shifts other values."""

    def __init__(self, seed):
        self.r = random.Random("keys-%d" % seed)

    def rsa(self, bits=2048):
        return fkeys.RSAKey(self.r, bits)

    def ec(self):
        return fkeys.ECKey(self.r)

    def ed(self):
        return fkeys.EdKey(self.r)

    def ssh_ed(self, comment):
        return fkeys.EdKey(self.r).openssh(self.r, comment)

    def ssh_ec(self, comment):
        return fkeys.ECKey(self.r).openssh(self.r, comment)

    def ssh_rsa(self, comment, bits=2048):
        return fkeys.RSAKey(self.r, bits).openssh(self.r, comment)

    def cert(self, key, cn, org=None, ca=False, issuer=None, issuer_cn=None, sans=()):
        return fkeys.certificate(self.r, key, cn, org, issuer_key=issuer, issuer_cn=issuer_cn, ca=ca, sans=sans)

    def wg(self):
        return fkeys.wireguard_pair(self.r)

    def age(self):
        return fkeys.age_pair(self.r)


def build(out_dir, seed):
    rng = random.Random(seed)
    c = Corpus(fvals.V(rng), Keys(seed))
    for name, fn in THEMES:
        fn(c)
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    return c.finish(out_dir)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    t0 = time.monotonic()
    labels = build(os.path.abspath(a.out_dir), a.seed)
    sec = sum(1 for l in labels if l["kind"] == "secret")
    files = sum(len(fs) for _, _, fs in os.walk(a.out_dir))
    print("%s: %d files, %d secrets, %d negatives (%d spans) in %.1fs" % (
        a.out_dir, files, sec, len(labels) - sec, sum(1 for l in labels if "span" in l), time.monotonic() - t0))


if __name__ == "__main__":
    main()
