#!/usr/bin/env python3
"""Times nhiscan against its peers on the shared benchmark corpus; prints a Markdown table.

    bench/run.py CORPUS [--runs N] [--nhiscan PATH] [--threads N]

Each tool is run N times (default 5) after one warm-up run, on a warm page cache; the table shows
the median wall time, CPU time (user + sys), peak RSS, throughput over the corpus size, findings,
and the ratio to kingfisher. Tools that are not installed are listed as missing. The pre-commit
case (one small staged-size file, process start included) is timed the same way.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The 42 secret prefixes of shared/research/perf-anchors.md: rg's prefilter-only limit.
RG_PATTERN = (r"AKIA|ASIA|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|gldt-|glrt-|xox[bpars]-|xapp-|"
              r"hooks\.slack\.com/|sk_live_|rk_live_|sk_test_|sk-ant-|sk-proj-|AIza|ya29\.|-----BEGIN|npm_|"
              r"pypi-AgE|dop_v1_|doo_v1_|shpat_|shpss_|dckr_pat_|glsa_|hvs\.|AGE-SECRET-KEY-1|sq0atp-|"
              r"sq0csp-|xkeysib-|lin_api_|pscale_tkn_|AccountKey=|SharedAccessSignature|mongodb\+srv://|"
              r"postgres://|hf_")


def corpus_bytes(root):
    total = 0
    for directory, _, files in os.walk(root):
        for name in files:
            path = os.path.join(directory, name)
            if not os.path.islink(path):
                total += os.path.getsize(path)
    return total


def warm(root):
    for directory, _, files in os.walk(root):
        for name in files:
            path = os.path.join(directory, name)
            if not os.path.islink(path):
                with open(path, "rb") as f:
                    while f.read(1 << 20):
                        pass


def run_once(command, stdout_path):
    """Runs command under GNU time; returns (wall s, cpu s, peak KiB, exit code)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing, open(stdout_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", timing.name, *command],
                              stdout=out, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        user, system, peak = timing.read().split()[-3:]
    return wall, float(user) + float(system), int(peak), proc.returncode


def measure(name, command, runs, count_findings, out_path):
    run_once(command, out_path)  # warm-up
    samples = [run_once(command, out_path) for _ in range(runs)]
    wall = statistics.median(s[0] for s in samples)
    cpu = statistics.median(s[1] for s in samples)
    peak = max(s[2] for s in samples)
    findings = count_findings(out_path) if count_findings else None
    return {"tool": name, "wall": wall, "cpu": cpu, "peak_mib": peak / 1024, "findings": findings,
            "command": " ".join(command)}


def json_findings(key):
    def count(path):
        try:
            with open(path) as f:
                data = json.load(f)
        except (OSError, ValueError):
            return None
        items = data.get(key, []) if isinstance(data, dict) else data
        return len(items)
    return count


def jsonl_or_json_findings(path):
    try:
        with open(path) as f:
            text = f.read()
    except OSError:
        return None
    try:
        data = json.loads(text)
        if isinstance(data, dict):
            for key in ("findings", "results", "matches"):
                if key in data:
                    return len(data[key])
        return len(data)
    except ValueError:
        return sum(1 for line in text.splitlines() if line.strip())


def line_count(path):
    with open(path) as f:
        return sum(int(line.rsplit(":", 1)[1]) for line in f if ":" in line)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--nhiscan", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "nhiscan"))
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    nhiscan = os.path.abspath(args.nhiscan)
    j = str(args.threads)
    size = corpus_bytes(corpus)
    print(f"corpus: {corpus} ({size / 1e6:.1f} MB); warming the page cache…", file=sys.stderr)
    warm(corpus)
    work = tempfile.mkdtemp(prefix="nhiscan-bench-")
    out = lambda name: os.path.join(work, name)  # noqa: E731

    cases = [
        ("nhiscan", [nhiscan, "scan", corpus, "--format", "json", "--threads", j], json_findings("findings")),
        ("nhiscan --max-file-size 1GiB", [nhiscan, "scan", corpus, "--format", "json", "--threads", j,
                                           "--max-file-size", "1GiB"], json_findings("findings")),
        ("kingfisher", ["kingfisher", "scan", corpus, "--no-validate", "--no-update-check", "-j", j,
                        "--format", "json", "-o", out("kingfisher.json")], None),
        ("betterleaks", ["betterleaks", "fs", corpus, "-j", j, "--no-banner", "-o", out("betterleaks.json")], None),
        ("rg (42 prefixes)", ["rg", "-c", "--no-ignore", "--hidden", "-j", j, "-e", RG_PATTERN, corpus], line_count),
    ]
    rows = []
    for name, command, counter in cases:
        if shutil.which(command[0]) is None and not os.path.exists(command[0]):
            print(f"{name}: not installed, skipped", file=sys.stderr)
            continue
        print(f"timing {name}…", file=sys.stderr)
        stdout_path = out(name.split()[0] + ".stdout")
        row = measure(name, command, args.runs, counter, stdout_path)
        if name == "kingfisher":
            row["findings"] = jsonl_or_json_findings(out("kingfisher.json"))
        if name == "betterleaks":
            row["findings"] = jsonl_or_json_findings(out("betterleaks.json"))
        rows.append(row)

    # Pre-commit: one small file, process start included.
    small = out("settings.py")
    with open(small, "w") as f:
        f.write('"""Settings."""\nDEBUG = False\nALLOWED_HOSTS = ["example.org"]\nTIME_ZONE = "UTC"\n' * 8)
    precommit = measure("nhiscan, one 0.7 KB file", [nhiscan, "scan", small, "--format", "json"], max(args.runs, 20),
                        json_findings("findings"), out("small.stdout"))

    reference = next((r for r in rows if r["tool"] == "kingfisher"), None)
    print(f"\nCorpus: {size:,} bytes; {args.runs} runs after 1 warm-up, median; {args.threads} threads.\n")
    print("| tool | wall s | CPU s | MB/s (wall) | peak RSS MiB | findings | wall ÷ kingfisher | CPU ÷ kingfisher |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        ratio = f"{r['wall'] / reference['wall']:.2f}" if reference else "–"
        cpu_ratio = f"{r['cpu'] / reference['cpu']:.2f}" if reference else "–"
        findings = "–" if r["findings"] is None else r["findings"]
        print(f"| {r['tool']} | {r['wall']:.2f} | {r['cpu']:.2f} | {size / 1e6 / r['wall']:.0f} | "
              f"{r['peak_mib']:.0f} | {findings} | {ratio} | {cpu_ratio} |")
    print(f"\nPre-commit case: {precommit['tool']}: {precommit['wall'] * 1000:.1f} ms wall, "
          f"{precommit['peak_mib']:.0f} MiB peak (median of {max(args.runs, 20)}).")
    print("\nCommands:\n")
    for r in rows + [precommit]:
        print(f"- {r['tool']}: `{r['command'].replace(corpus, 'CORPUS').replace(work, 'OUT')}`")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
