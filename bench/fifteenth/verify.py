#!/usr/bin/env python3
"""Self-check of a corpus made by generate.py.

usage: verify.py OUT_DIR      (reads OUT_DIR.labels.json and OUT_DIR.values.json next to it)

Checks the labels schema against bench/quality/score.py (its Labels class must see the same line owners),
that every labelled value is on its labelled line(s), that no secret value appears on a line outside a
secret label, that every private key parses and is consistent, that GitHub/npm tokens are labelled secret
exactly when their checksum is valid, and that no unlabelled line assigns a literal to a secret-named key.
Exits 1 on any problem.
"""

import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from kcheck15 import check_key                    # noqa: E402
from prov15 import DOC_VALUES, crc_ok             # noqa: E402

KINDS = {"secret", "negative"}
GROUPS = {"provider", "generic", "key"}
CRC_TOKEN = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")
SECRET_ASSIGN = re.compile(r"(?i)(pass(?:word|wd|phrase)?|secret|token|api[_-]?key|apikey|psk|private[_-]?key|"
                           r"auth[_-]?code)[\w.-]*[\"']?\s*(?:=>|[:=])\s*[\"']?([^\s\"',;)]{6,})")
REFERENCE = re.compile(r"\$\{|\$\(|%\(|\{\{|%[A-Z_]+%|os\.environ|getenv|Getenv|ENV[\[.]|System\.|secrets\.|vault|"
                       r"op://|Get-Secret|<[a-z-]+>|changeme|REPLACE|your_|dev-only|xxxx|XXXX|\*\*\*\*|REDACTED|"
                       r"env:|var\.|%d/|Environment\.|process\.env|fetch_env|\$ENV|env!|\$[A-Z_]+\b|"
                       r"\bos\.|_file\b|password_file|/etc/|auth_basic|\.htpasswd|localdb|Trusted_Connection|"
                       r"SSPI|\bnull\b|\bNone\b|\bfalse\b|\btrue\b|\(\)|^https?://|^<<|^\[|^\{")


def load_labels_class():
    spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "quality", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Labels


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1].rstrip("/"))
    problems = []
    err = problems.append
    with open(out + ".labels.json", encoding="utf-8") as fh:
        ldata = json.load(fh)
    with open(out + ".values.json", encoding="utf-8") as fh:
        vdata = json.load(fh)
    labels, values = ldata["labels"], vdata["values"]

    # ---- schema and score.py compatibility
    for k in ("generator", "seed", "files", "labels"):
        if k not in ldata:
            err("labels.json lacks %r" % k)
    if len(labels) != len(values):
        err("labels and values differ in length")
    for lb in labels:
        if not (isinstance(lb.get("path"), str) and isinstance(lb.get("line"), int) and lb["line"] >= 1 and
                lb.get("kind") in KINDS and isinstance(lb.get("category"), str) and lb["category"]):
            err("bad label %r" % lb)
        if "span" in lb:
            a, b = lb["span"]
            if not (a <= lb["line"] <= b and a < b):
                err("bad span %r" % lb)
        if set(lb) - {"path", "line", "kind", "category", "span"}:
            err("extra label fields %r" % lb)
    keys = [(lb["path"], lb["line"]) for lb in labels]
    if keys != sorted(keys):
        err("labels are not sorted by path and line")
    if len(set(keys)) != len(keys):
        err("two labels share a (path, line) key")
    Labels = load_labels_class()
    L = Labels(out + ".labels.json")
    ext = {}
    for lb in labels:
        a, b = lb.get("span", [lb["line"]] * 2)
        for n in range(a, b + 1):
            if (lb["path"], n) in ext:
                err("line %s:%d is in two labels" % (lb["path"], n))
            ext[(lb["path"], n)] = lb
    if {k: (v["path"], v["line"]) for k, v in L.line_owner.items()} != \
            {k: (v["path"], v["line"]) for k, v in ext.items()}:
        err("score.py Labels sees different line owners")
    if len(L.secrets) != sum(1 for lb in labels if lb["kind"] == "secret"):
        err("score.py counts a different number of secrets")

    # ---- categories, groups
    sig = {}
    for lb, v in zip(labels, values):
        g = v.get("group")
        if lb["kind"] == "secret":
            if g not in GROUPS or not isinstance(v.get("free_text"), bool):
                err("secret without group/free_text: %s:%d" % (lb["path"], lb["line"]))
            if (g == "key") != lb["category"].startswith("private-key"):
                err("key group and category disagree: %s" % lb["category"])
        s = (lb["kind"], g)
        if sig.setdefault(lb["category"], s) != s:
            err("category %s used with two kinds/groups" % lb["category"])

    # ---- files
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
                err("not UTF-8: " + rel)
                continue
            crlf = text.count("\r\n")
            if crlf and crlf != text.count("\n"):
                err("mixed line endings: " + rel)
            if text.replace("\r\n", "").count("\r") or any(c in text for c in "\x0b\x0c\u2028\u2029\x85"):
                err("odd line break in " + rel)
            files[rel] = text.replace("\r\n", "\n").split("\n")
    if len(files) != ldata.get("files"):
        err("file count %d != labels.json files %r" % (len(files), ldata.get("files")))

    # ---- every value on its line(s)
    for lb, v in zip(labels, values):
        lines = files.get(lb["path"])
        if lines is None:
            err("label on a missing file: %s" % lb["path"])
            continue
        a, b = lb.get("span", [lb["line"]] * 2)
        if b > len(lines) or not lines[lb["line"] - 1].strip():
            err("label outside the file or on an empty line: %s:%d" % (lb["path"], lb["line"]))
            continue
        if "anchors" in v:
            roles = [x[2] for x in v["anchors"]]
            if "secret" not in roles or "id" not in roles:
                err("pair without both anchors: %s:%d" % (lb["path"], lb["line"]))
            for n, text, role in v["anchors"]:
                if not a <= n <= b or text not in lines[n - 1]:
                    err("anchor not on its line: %s:%d" % (lb["path"], n))
                if role == "secret" and n != lb["line"]:
                    err("pair label line is not the secret's line: %s:%d" % (lb["path"], n))
        else:
            parts = v["value"].split("\n")
            if lb["line"] + len(parts) - 1 > b:
                err("value longer than its extent: %s:%d" % (lb["path"], lb["line"]))
            for k, part in enumerate(parts):
                n = lb["line"] + k
                if n > len(lines) or part not in lines[n - 1]:
                    err("value not on its line: %s:%d %s" % (lb["path"], n, lb["category"]))
                    break

    # ---- leaks: secret values outside secret labels
    order = sorted(files)
    big, starts, off = [], [], 0
    for p in order:
        t = "\n".join(files[p])
        starts.append(off)
        big.append(t)
        off += len(t) + 1
    corpus = "\x02".join(big)
    import bisect

    def where(o):
        i = bisect.bisect_right(starts, o) - 1
        return order[i], corpus.count("\n", starts[i], o) + 1

    neg_values = [v.get("value", "") for lb, v in zip(labels, values) if lb["kind"] == "negative"]
    n_secret_values = 0
    for lb, v in zip(labels, values):
        if lb["kind"] != "secret":
            continue
        vals = [x[1] for x in v["anchors"]] if "anchors" in v else [v["value"]]
        for val in vals:
            parts = val.split("\n")
            multi = len(parts) > 1
            for part in parts:
                part = part.strip()
                if len(part) < (40 if multi else 8):
                    continue
                n_secret_values += 1
                o = corpus.find(part)
                while o != -1:
                    p, n = where(o)
                    owner = ext.get((p, n))
                    if owner is None or (owner["kind"] != "secret" and not owner["category"].startswith("public")):
                        err("secret value of %s (%s:%d) also on %s:%d" % (lb["category"], lb["path"], lb["line"], p,
                                                                           n))
                    o = corpus.find(part, o + 1)
                if not multi:
                    for nv in neg_values:
                        if part in nv:
                            err("a negative value contains the secret of %s:%d" % (lb["path"], lb["line"]))

    # ---- documented examples never on secret lines
    for dv in DOC_VALUES:
        o = corpus.find(dv)
        while o != -1:
            p, n = where(o)
            if ext.get((p, n), {}).get("kind") == "secret":
                err("documented example on a secret line %s:%d" % (p, n))
            o = corpus.find(dv, o + 1)

    # ---- checksummed tokens: labelled secret exactly when the checksum is valid
    n_crc = 0
    for p in order:
        for i, line in enumerate(files[p]):
            for m in CRC_TOKEN.finditer(line):
                tok = m.group(0)
                if tok in DOC_VALUES:
                    continue
                n_crc += 1
                owner = ext.get((p, i + 1))
                is_secret = owner is not None and owner["kind"] == "secret"
                if crc_ok(tok) != is_secret:
                    err("checksum %s but labelled %s: %s:%d" % ("valid" if crc_ok(tok) else "invalid",
                                                               owner["kind"] if owner else "nothing", p, i + 1))
                elif not is_secret and owner is None:
                    err("bad-checksum token unlabelled: %s:%d" % (p, i + 1))

    # ---- private keys parse; PEM lines in the right labels
    n_keys = 0
    for lb, v in zip(labels, values):
        if lb["kind"] == "secret" and v.get("group") == "key":
            n_keys += 1
            for e in check_key(v["value"]):
                err("private key %s:%d: %s" % (lb["path"], lb["line"], e))
    for p in order:
        for i, line in enumerate(files[p]):
            owner = ext.get((p, i + 1))
            if re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----|LS0tLS1CRUdJTiB[A-Za-z0-9+/]*UFJJVkFURSBLRVkt", line):
                if not owner or not owner["category"].startswith("private-key"):
                    err("private-key block outside a key label: %s:%d" % (p, i + 1))
            if re.search(r"-----BEGIN (CERTIFICATE|PUBLIC KEY)-----", line) and owner and owner["kind"] == "secret":
                err("certificate or public key inside a secret label: %s:%d" % (p, i + 1))

    # ---- no unlabelled line assigns a literal to a secret-named key
    for p in order:
        for i, line in enumerate(files[p]):
            if (p, i + 1) in ext:
                continue
            m = SECRET_ASSIGN.search(line)
            if m and not REFERENCE.search(m.group(2)) and not REFERENCE.search(line):
                err("unlabelled secret-like assignment: %s:%d: %s" % (p, i + 1, line.strip()[:100]))

    kinds = collections.Counter(lb["kind"] for lb in labels)
    groups = collections.Counter(v.get("group") for lb, v in zip(labels, values) if lb["kind"] == "secret")
    free = sum(1 for lb, v in zip(labels, values) if lb["kind"] == "secret" and v["free_text"])
    print("%s: %d files, %d secrets (provider %d, generic %d, key %d; %d in free text), %d negatives" % (
        out, len(files), kinds["secret"], groups["provider"], groups["generic"], groups["key"], free,
        kinds["negative"]))
    print("checked %d secret strings for leaks, %d checksummed tokens, %d private keys" % (
        n_secret_values, n_crc, n_keys))
    if problems:
        for e in problems[:200]:
            print("PROBLEM:", e)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
