#!/usr/bin/env python3
"""Self-check of a corpus made by generate.py.   usage: verify.py OUT_DIR

Checks label format (through bench/quality/score.py's Labels), that every value sits on its
labelled line(s), that no secret value appears on a line outside a secret label, that negatives
contain no secret, GitHub/npm checksums, private-key parsing, and prints the counts.
Exits 1 on any problem."""

import base64
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kcheck16  # noqa: E402
import prov16  # noqa: E402
from vals16 import crc_b62  # noqa: E402

SECRET_KEY_RE = re.compile(r"""(?i)(password|passwd|pwd|secret|api[_-]?key|apikey|token|private[_-]?key)[a-z_]*["']?\s*[:=]\s*["']?([^\s"'<>,;]{8,})""")
REF_HINT = re.compile(r"\$\{|\{\{|%\(|%[A-Z_]+%|\$\(|getenv|environ|ENV\[|ENV\.fetch|vault|op://|REPLACE|changeme|xxxx|XXXX|your[-_]|example|"
                      r"<|\*\*\*|REDACTED|secrets\.|from_secret|credentials\(|_hash|_file|_path|_id\b|Get-Secret|\.\.\.|TODO|placeholder|/run/secrets|/var/run", re.I)
TOKEN_RE = re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})\b")


def load_score_labels():
    path = os.path.join(HERE, "..", "quality", "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Labels


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1]).rstrip("/")
    problems = []

    def bad(msg):
        if len(problems) < 200:
            problems.append(msg)

    with open(out + ".labels.json") as fh:
        ldata = json.load(fh)
    with open(out + ".values.json") as fh:
        vdata = json.load(fh)
    labels, values = ldata["labels"], vdata["values"]
    Labels = load_score_labels()
    sl = Labels(out + ".labels.json")
    if len(labels) != len(values):
        bad("labels and values are not parallel (%d vs %d)" % (len(labels), len(values)))

    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                bad("not UTF-8: " + rel)
                continue
            crlf = text.count("\r\n")
            if crlf and crlf != text.count("\n"):
                bad("mixed line endings: " + rel)
            if "\r" in text.replace("\r\n", ""):
                bad("odd line break: " + rel)
            files[rel] = text.replace("\r\n", "\n").split("\n")
    if ldata.get("files") != len(files):
        bad("file count %s in labels, %d on disk" % (ldata.get("files"), len(files)))

    owner, cat_kind, prev = {}, {}, None
    secrets_by_len = []
    for lab, val in zip(labels, values):
        for f in ("path", "line", "kind", "category"):
            if f not in lab:
                bad("label without %s: %r" % (f, lab))
        key = (lab["path"], lab["line"])
        if prev and key <= prev:
            bad("labels not sorted or duplicated at %s:%d" % key)
        prev = key
        if lab["kind"] not in ("secret", "negative") or val.get("kind") != lab["kind"]:
            bad("bad kind at %s:%d" % key)
        ck = (lab["kind"], val.get("group"))
        if cat_kind.setdefault(lab["category"], ck) != ck:
            bad("category %s used with two kinds/groups" % lab["category"])
        if lab["kind"] == "secret":
            if val.get("group") not in ("provider", "generic", "key") or not isinstance(val.get("free_text"), bool):
                bad("secret without group/free_text at %s:%d" % key)
            if (val.get("group") == "key") != lab["category"].startswith("private-key"):
                bad("key group / category mismatch at %s:%d" % key)
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (a <= lab["line"] <= b):
            bad("line outside span at %s:%d" % key)
        lines = files.get(lab["path"])
        if lines is None:
            bad("label on missing file " + lab["path"])
            continue
        if b > len(lines) or a < 1:
            bad("extent outside file at %s:%d" % key)
            continue
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                bad("two labels on %s:%d" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
            if sl.line_owner.get((lab["path"], n)) is not lab and sl.line_owner.get((lab["path"], n)) != lab:
                bad("score.py sees a different owner at %s:%d" % (lab["path"], n))
        if not lines[lab["line"] - 1].strip() or not lines[a - 1].strip() or not lines[b - 1].strip():
            bad("label on an empty line at %s:%d" % key)
        if "anchors" in val:
            for ln, text, role in val["anchors"]:
                if not (a <= ln <= b) or text not in lines[ln - 1]:
                    bad("pair anchor %s not on %s:%d" % (role, lab["path"], ln))
            if val["anchors"][1][0] != lab["line"]:
                bad("pair label line is not the secret's line at %s:%d" % key)
            vals = [val["anchors"][1][1]]
        else:
            v = val["value"]
            n_lines = v.count("\n") + 1
            chunk = "\n".join(lines[lab["line"] - 1:lab["line"] - 1 + n_lines])
            if v not in chunk:
                bad("value not found at %s:%d (%s)" % (key + (lab["category"],)))
            if lab["kind"] == "secret" and n_lines > 1 and lab["line"] - 1 + n_lines != b:
                bad("span does not end where the value ends at %s:%d" % key)
            vals = [v]
        if lab["kind"] == "secret":
            for v in vals:
                pieces = [v] if "\n" not in v else [s.strip() for s in v.split("\n") if len(s.strip()) >= 40]
                secrets_by_len += [(p, lab, "\n" in v) for p in pieces if len(p) >= 8]
        if lab["kind"] == "secret" and val.get("group") == "key":
            try:
                kcheck16.check_value(val["value"], val.get("check", {}))
            except Exception as e:  # noqa: BLE001
                bad("private key does not parse at %s:%d: %s" % (key + (e,)))

    # a private key embeds its public half: lines shared with a labelled public key are not secret
    negvals = [v.get("value", "") for l, v in zip(labels, values) if l["kind"] == "negative"]
    secrets_by_len = [(s, lab) for s, lab, multi in secrets_by_len if not (multi and any(s in n for n in negvals))]
    # corpus-wide: secret values only on secret lines
    for path, lines in files.items():
        text = "\n".join(lines)
        starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                starts.append(i + 1)
        import bisect
        for s, lab in secrets_by_len:
            i = text.find(s)
            while i >= 0:
                ln = bisect.bisect_right(starts, i)
                o = owner.get((path, ln))
                if not o or o["kind"] != "secret":
                    bad("secret value of %s:%d also unlabelled at %s:%d" % (lab["path"], lab["line"], path, ln))
                i = text.find(s, i + 1)
        for n, line in enumerate(lines, 1):
            o = owner.get((path, n))
            for m in TOKEN_RE.finditer(line):
                t = m.group(1)
                pre, body = t.split("_", 1)
                good = crc_b62(body[:30]) == body[30:]
                if good and (not o or o["kind"] != "secret"):
                    bad("valid-checksum token not labelled secret at %s:%d" % (path, n))
                if not good and (not o or o["kind"] != "negative"):
                    bad("bad-checksum token not labelled negative at %s:%d" % (path, n))
            if "PRIVATE KEY-----" in line and "BEGIN" in line and (not o or o["kind"] != "secret"):
                bad("BEGIN PRIVATE KEY outside a secret label at %s:%d" % (path, n))
            if o and o["kind"] == "secret" and ("BEGIN CERTIFICATE" in line or "BEGIN PUBLIC KEY" in line):
                bad("certificate or public key inside a secret label at %s:%d" % (path, n))
            for _, ex in prov16.DOC_EXAMPLES:
                if ex in line and o and o["kind"] == "secret":
                    bad("documented example on a secret line at %s:%d" % (path, n))
            if not o:
                m = SECRET_KEY_RE.search(line)
                if m and not REF_HINT.search(line) and not m.group(2).startswith(("http", "[", "{", "(")):
                    bad("unlabelled literal assigned to a secret-named key at %s:%d: %s" % (path, n, line.strip()[:90]))
    secret_vals = {s for s, _ in secrets_by_len}
    for lab, val in zip(labels, values):
        if lab["kind"] == "negative":
            v = val.get("value", "")
            for s in secret_vals:
                if s in v:
                    bad("negative at %s:%d contains a secret value" % (lab["path"], lab["line"]))
                    break

    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    g = collections.Counter(v["group"] for _, v in sec)
    free = sum(1 for _, v in sec if v["free_text"])
    per = collections.Counter(l["path"].split("/")[0] for l, _ in sec)
    print("%s: %d files, %d secrets (%d in free text, %d %%), %d negatives" % (
        out, len(files), len(sec), free, round(100 * free / max(1, len(sec))), len(labels) - len(sec)))
    print("mix: provider %d, generic %d, key %d; %d secret categories, %d negative categories, %d spans" % (
        g["provider"], g["generic"], g["key"], len({l["category"] for l, _ in sec}),
        len({l["category"] for l in labels if l["kind"] == "negative"}), sum(1 for l in labels if "span" in l)))
    print("per theme: " + ", ".join("%s %d" % kv for kv in sorted(per.items())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
