#!/usr/bin/env python3
"""Score secret scanners against a labeled corpus made by generate.py.

usage: score.py CORPUS_DIR LABELS_JSON [--tools nhiscan,betterleaks,kingfisher,detect-secrets]
                [--details] [--json OUT] [--keep DIR]

Every finding is reduced to (path relative to CORPUS_DIR, 1-based line).
  recall    = labeled secrets with at least one finding on a line of their extent / labeled secrets
  precision = distinct finding lines that lie on a labeled secret / all distinct finding lines
A label's extent is its line, or its "span" [first, last] for multi-line items.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

NHISCAN = os.environ.get(
    "NHISCAN_BIN", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "target", "release", "nhiscan"))
ALL_TOOLS = ["nhiscan", "betterleaks", "kingfisher", "detect-secrets"]


# ---------------------------------------------------------------- runners
def _run(cmd, cwd=None, timeout=1800):
    t0 = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return p, time.monotonic() - t0


def run_nhiscan(corpus, tmp):
    p, secs = _run([NHISCAN, "scan", corpus, "--format", "json", "--no-ignore"])
    data = json.loads(p.stdout.decode() or "{}")
    out = []
    for f in data.get("findings", []):
        loc = f.get("location") or {}
        out.append((loc.get("path"), loc.get("line"), f.get("rule")))
    return out, secs, p


def run_betterleaks(corpus, tmp):
    report = os.path.join(tmp, "betterleaks.json")
    p, secs = _run(["betterleaks", "fs", corpus, "--no-banner", "-o", report])
    with open(report) as fh:
        data = json.load(fh)
    findings = data.get("findings", []) if isinstance(data, dict) else data
    out = []
    for f in findings:
        if "location" in f:                      # 2.x schema
            # Only the primary location counts: composite rules also list their
            # components (e.g. a generic-username line next to a password), which
            # are context, not separate findings.
            loc = f["location"]
            out.append((loc.get("path"), loc.get("start_line"), f.get("rule_id")))
        else:                                    # gitleaks-style schema
            out.append((f.get("File"), f.get("StartLine"), f.get("RuleID")))
    return out, secs, p


def run_kingfisher(corpus, tmp):
    report = os.path.join(tmp, "kingfisher.json")
    p, secs = _run(["kingfisher", "scan", corpus, "--no-validate", "--no-update-check", "--format", "json", "-o", report])
    with open(report) as fh:
        data = json.load(fh)
    out = []
    for f in data.get("findings", []):
        fi = f.get("finding") or {}
        out.append((fi.get("path"), fi.get("line"), (f.get("rule") or {}).get("id")))
    return out, secs, p


def run_detect_secrets(corpus, tmp):
    # detect-secrets reports file names relative to its working directory and
    # silently skips paths outside it, so it is run from inside the corpus.
    p, secs = _run(["detect-secrets", "scan", "--all-files", "."], cwd=corpus)
    data = json.loads(p.stdout.decode() or "{}")
    out = []
    for fname, items in (data.get("results") or {}).items():
        for it in items:
            out.append((fname, it.get("line_number"), it.get("type")))
    return out, secs, p


RUNNERS = {"nhiscan": run_nhiscan, "betterleaks": run_betterleaks, "kingfisher": run_kingfisher,
           "detect-secrets": run_detect_secrets}
# Line numbers reported by every tool were checked on a sample file to be 1-based (see README).
LINE_BASE = {"nhiscan": 1, "betterleaks": 1, "kingfisher": 1, "detect-secrets": 1}


def normalise(corpus, path):
    if path is None:
        return None
    if os.path.isabs(path):
        path = os.path.relpath(os.path.realpath(path), os.path.realpath(corpus))
    path = os.path.normpath(path)
    return path[2:] if path.startswith("./") else path


# ---------------------------------------------------------------- scoring
class Labels:
    def __init__(self, labels_json):
        with open(labels_json) as fh:
            data = json.load(fh)
        self.items = data["labels"] if isinstance(data, dict) else data
        self.secrets = [l for l in self.items if l["kind"] == "secret"]
        self.line_owner = {}                     # (path, line) -> label
        for l in self.items:
            a, b = l.get("span", [l["line"], l["line"]])
            for n in range(a, b + 1):
                self.line_owner[(l["path"], n)] = l

    @staticmethod
    def key(l):
        return (l["path"], l["line"])


def score(labels, findings):
    lines = {(p, n) for p, n, _ in findings if p is not None and n is not None}
    tp_lines, fp_lines, found = set(), set(), set()
    for ln in lines:
        owner = labels.line_owner.get(ln)
        if owner and owner["kind"] == "secret":
            tp_lines.add(ln)
            found.add(Labels.key(owner))
        else:
            fp_lines.add(ln)
    missed = [l for l in labels.secrets if Labels.key(l) not in found]
    n = len(lines)
    return {"findings_raw": len(findings), "findings": n, "tp": len(tp_lines), "fp": len(fp_lines), "fn": len(missed),
            "found": len(found), "secrets": len(labels.secrets),
            "precision": len(tp_lines) / n if n else 0.0,
            "recall": len(found) / len(labels.secrets) if labels.secrets else 0.0,
            "fp_lines": sorted(fp_lines), "missed": missed, "found_keys": found}


def line_text(corpus, path, line, width=110):
    try:
        with open(os.path.join(corpus, path), errors="replace", newline="") as fh:
            text = fh.read().splitlines()[line - 1].strip()
    except (OSError, IndexError):
        return "?"
    return text if len(text) <= width else text[:width - 3] + "..."


def details(corpus, labels, tool, res, examples=3):
    print("\n### %s\n" % tool)
    fp_groups = collections.defaultdict(list)
    for path, line in res["fp_lines"]:
        owner = labels.line_owner.get((path, line))
        fp_groups[owner["category"] if owner else "unlabeled"].append((path, line))
    print("False positives by category (%d lines):\n" % res["fp"])
    for cat, items in sorted(fp_groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print("- **%s**: %d" % (cat, len(items)))
        for path, line in items[:examples]:
            print("  - `%s:%d` `%s`" % (path, line, line_text(corpus, path, line).replace("`", "'")))
    fn_groups = collections.defaultdict(list)
    for l in res["missed"]:
        fn_groups[l["category"]].append(l)
    print("\nFalse negatives by category (%d secrets):\n" % res["fn"])
    for cat, items in sorted(fn_groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print("- **%s**: %d" % (cat, len(items)))
        for l in items[:examples]:
            print("  - `%s:%d` `%s`" % (l["path"], l["line"], line_text(corpus, l["path"], l["line"]).replace("`", "'")))


def category_matrix(labels, results):
    tools = list(results)
    total = collections.Counter(l["category"] for l in labels.secrets)
    print("\n### Recall by secret category\n")
    print("| category | n | " + " | ".join(tools) + " |")
    print("|---|---:|" + "---:|" * len(tools))
    for cat in sorted(total):
        keys = [Labels.key(l) for l in labels.secrets if l["category"] == cat]
        row = [str(sum(k in results[t]["found_keys"] for k in keys)) for t in tools]
        print("| %s | %d | %s |" % (cat, total[cat], " | ".join(row)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("labels")
    ap.add_argument("--tools", default=",".join(ALL_TOOLS))
    ap.add_argument("--details", action="store_true", help="list FPs and FNs by category, and recall per category")
    ap.add_argument("--examples", type=int, default=3, help="lines listed per category with --details")
    ap.add_argument("--json", help="write the scores (without per-line lists) to this file")
    ap.add_argument("--keep", help="keep the raw tool reports in this directory")
    a = ap.parse_args()

    corpus = os.path.abspath(a.corpus)
    labels = Labels(a.labels)
    tools = [t.strip() for t in a.tools.split(",") if t.strip()]
    for t in tools:
        if t not in RUNNERS:
            sys.exit("unknown tool %r (known: %s)" % (t, ", ".join(ALL_TOOLS)))

    tmp = a.keep or tempfile.mkdtemp(prefix="qscore-")
    os.makedirs(tmp, exist_ok=True)
    results, errors = {}, {}
    for t in tools:
        try:
            raw, secs, proc = RUNNERS[t](corpus, tmp)
        except (OSError, ValueError, subprocess.SubprocessError) as e:
            errors[t] = str(e)
            continue
        if a.keep:
            with open(os.path.join(tmp, t + ".stderr"), "wb") as fh:
                fh.write(proc.stderr)
        base = LINE_BASE[t]
        findings = [(normalise(corpus, p), (n + 1 - base) if isinstance(n, int) else None, rule) for p, n, rule in raw]
        res = score(labels, findings)
        res["seconds"] = secs
        results[t] = res

    print("Corpus: `%s` (%d labeled secrets, %d labeled negatives)\n" % (
        corpus, len(labels.secrets), len(labels.items) - len(labels.secrets)))
    print("| tool | findings | TP | FP | FN | precision | recall | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for t, r in results.items():
        print("| %s | %d | %d | %d | %d | %.1f%% | %.1f%% (%d/%d) | %.1f |" % (
            t, r["findings"], r["tp"], r["fp"], r["fn"], 100 * r["precision"], 100 * r["recall"], r["found"],
            r["secrets"], r["seconds"]))
    for t, e in errors.items():
        print("| %s | error: %s | | | | | | |" % (t, e))
    print("\nfindings = distinct (path, line) pairs reported; TP/FP count those lines; "
          "FN counts labeled secrets with no finding on their line(s).")

    if a.details:
        for t, r in results.items():
            details(corpus, labels, t, r, a.examples)
        category_matrix(labels, results)

    if a.json:
        slim = {t: {k: v for k, v in r.items() if k not in ("fp_lines", "missed", "found_keys")} for t, r in results.items()}
        for t, r in results.items():
            slim[t]["missed_categories"] = dict(collections.Counter(l["category"] for l in r["missed"]))
            fpc = collections.Counter()
            for ln in r["fp_lines"]:
                o = labels.line_owner.get(ln)
                fpc[o["category"] if o else "unlabeled"] += 1
            slim[t]["fp_categories"] = dict(fpc)
        with open(a.json, "w") as fh:
            json.dump({"corpus": corpus, "results": slim, "errors": errors}, fh, indent=1)


if __name__ == "__main__":
    main()
