#!/usr/bin/env python3
"""Every labelled corpus at once, for checking a change against all of them.

    python3 bench/quality/corpora.py generate [ROOT]        # build every corpus under ROOT (/tmp)
    python3 bench/quality/corpora.py score BIN [ROOT]       # nhiscan's precision and recall on each
    python3 bench/quality/corpora.py compare OLD NEW [ROOT] # finding lines one binary has and the other not
    python3 bench/quality/corpora.py misses CORPUS BIN      # labelled secrets BIN does not find
    python3 bench/quality/corpora.py alarms CORPUS BIN      # finding lines that are not labelled secrets

`compare` prints one line per finding that only one binary reports, with `+` (only NEW) or `-`
(only OLD), the rule, the label of that line (`secret:…`, `negative:…` or `unlabelled`) and the
line itself: a change is good when every `+` is a secret and every `-` is not. Scoring uses
`score.py`'s own matching, so the figures are the ones it prints. Only the standard library.
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import score  # noqa: E402  (score.py sits next to this file)

# The blind corpora from the sixth on, in the order they were written: seeds 31/32, 41/42, …
NUMBERED = ["sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
            "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
            "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth",
            "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
            "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
            "fortieth"]


def corpora():
    """(generator directory, output name, seed) for every measured corpus."""
    found = [("quality", f"qb/s{seed}", seed) for seed in (1, 2, 3)]
    found += [(name, f"{name}{seed}", seed) for name in ("holdout", "unseen") for seed in (1, 2)]
    found += [("fresh", "fresh1", 11), ("fresh", "fresh2", 12)]
    found += [("novel", "novel1", 21), ("novel", "novel2", 22)]
    for index, name in enumerate(NUMBERED):
        first = 31 + 10 * index
        found += [(name, f"{name}1", first), (name, f"{name}2", first + 1)]
    return found


def generate(root):
    for generator, name, seed in corpora():
        out = os.path.join(root, name)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        script = os.path.join(BENCH, generator, "generate.py")
        done = subprocess.run([sys.executable, script, out, "--seed", str(seed)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        print(f"{name}: {'ok' if done.returncode == 0 else done.stderr.decode()[-300:]}")


def findings(binary, corpus):
    """(path, line, rule) of every finding of `binary` on `corpus`."""
    done = subprocess.run([binary, "scan", corpus, "--format", "json", "--no-ignore"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    report = json.loads(done.stdout.decode() or "{}")
    return [(f["location"]["path"], f["location"]["line"], f["rule"]) for f in report.get("findings", [])]


def line_of(corpus, path, number):
    try:
        with open(os.path.join(corpus, path), "rb") as fh:
            return fh.read().split(b"\n")[number - 1].decode("utf-8", "replace").strip()[:150]
    except (OSError, IndexError):
        return "?"


def label_of(labels, key):
    owner = labels.line_owner.get(key)
    return f"{owner['kind']}:{owner.get('category', '')}" if owner else "unlabelled"


def paths(root):
    return [os.path.join(root, name) for _, name, _ in corpora()
            if os.path.exists(os.path.join(root, name) + ".labels.json")]


def score_all(binary, root):
    def one(corpus):
        return corpus, score.score(score.Labels(corpus + ".labels.json"), findings(binary, corpus))
    total = {"tp": 0, "fp": 0, "fn": 0, "found": 0, "secrets": 0}
    with ThreadPoolExecutor(2) as pool:
        for corpus, result in pool.map(one, paths(root)):
            print(f"{corpus:30s} {result['precision'] * 100:6.1f} {result['recall'] * 100:6.1f}"
                  f"  fp={result['fp']} fn={result['fn']} secrets={result['secrets']}")
            for key in total:
                total[key] += result[key]
    print(f"all {len(paths(root))}: precision {total['tp'] / max(1, total['tp'] + total['fp']):.4f} "
          f"recall {total['found'] / max(1, total['secrets']):.4f} fp={total['fp']} fn={total['fn']}")


def compare(old, new, root):
    def one(corpus):
        labels = score.Labels(corpus + ".labels.json")
        before = {(p, n): r for p, n, r in findings(old, corpus)}
        after = {(p, n): r for p, n, r in findings(new, corpus)}
        lines = []
        for key in sorted(set(before) ^ set(after)):
            sign, rule = ("+", after[key]) if key in after else ("-", before[key])
            lines.append(f"{sign} {corpus} {key[0]}:{key[1]} [{rule}] {label_of(labels, key)} | "
                         f"{line_of(corpus, *key)}")
        return lines
    with ThreadPoolExecutor(2) as pool:
        for lines in pool.map(one, paths(root)):
            for line in lines:
                print(line)


def misses(corpus, binary):
    result = score.score(score.Labels(corpus + ".labels.json"), findings(binary, corpus))
    for label in result["missed"]:
        print(f"{label['path']}:{label['line']} [{label.get('category')}] "
              f"{line_of(corpus, label['path'], label['line'])}")


def alarms(corpus, binary):
    labels = score.Labels(corpus + ".labels.json")
    found = findings(binary, corpus)
    rules = {(p, n): r for p, n, r in found}
    for key in score.score(labels, found)["fp_lines"]:
        print(f"{key[0]}:{key[1]} [{rules.get(key)}] {label_of(labels, key)} | {line_of(corpus, *key)}")


def main(argv):
    commands = {
        "generate": lambda a: generate(a[0] if a else "/tmp"),
        "score": lambda a: score_all(a[0], a[1] if len(a) > 1 else "/tmp"),
        "compare": lambda a: compare(a[0], a[1], a[2] if len(a) > 2 else "/tmp"),
        "misses": lambda a: misses(a[0], a[1]),
        "alarms": lambda a: alarms(a[0], a[1]),
    }
    if not argv or argv[0] not in commands:
        sys.exit(__doc__)
    commands[argv[0]](argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
