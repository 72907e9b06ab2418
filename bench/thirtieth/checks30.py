"""Checks shared by generate.py (in memory, before writing) and verify.py (on disk)."""

import base64
import collections
import json
import re
import tomllib
import xml.etree.ElementTree as ET

from core30 import bech32_ok, gh_checksum_ok

PLACEHOLDER = re.compile(r"^(changeme|change_me|<[^>]+>|\$\{[^}]*\}|\{\{.*\}\}|x{6,}|YOUR_[A-Z_]+|REPLACE_ME|\*{3,}|\[REDACTED\]|"
                         r".*EXAMPLE.*|your-[a-z-]+|\$[A-Z_]+|%[A-Z_]+%)$", re.I)
FIELDS = {"path", "line", "column", "kind", "category", "value"}


def split_lines(text):
    crlf = "\r\n" in text
    body = text[:-2] if crlf and text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
    lines = body.split("\r\n") if crlf else body.split("\n")
    return lines, crlf


def check(files, labels, probs=None):
    """files: {relpath: text}; labels: list of label dicts. Returns a list of problem strings."""
    p = probs if probs is not None else []
    lines_of, owner = {}, {}
    for path, text in files.items():
        if not text.endswith("\n"):
            p.append("%s: no final newline" % path)
        lines, crlf = split_lines(text)
        if crlf and re.search(r"(?<!\r)\n", text):
            p.append("%s: mixed line endings" % path)
        if any("\r" in ln for ln in lines):
            p.append("%s: bare CR" % path)
        if any(ch in text for ch in "\u2028\u2029\x0b\x0c"):
            p.append("%s: odd line separator" % path)
        lines_of[path] = lines
        _parse_check(path, text, p)
    seen = set()
    for l in labels:
        if not FIELDS <= set(l):
            p.append("label missing fields: %r" % l)
            continue
        if l["kind"] not in ("secret", "negative"):
            p.append("bad kind %r" % l)
        key = (l["path"], l["line"])
        if key in seen:
            p.append("duplicate label key %r" % (key,))
        seen.add(key)
        lines = lines_of.get(l["path"])
        if lines is None:
            p.append("label for missing file %s" % l["path"])
            continue
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(lines)):
            p.append("%s:%d span/line out of range" % key)
            continue
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                p.append("%s:%d owned twice" % (l["path"], n))
            owner[(l["path"], n)] = l
            if not lines[n - 1].strip():
                p.append("%s:%d empty line inside a label" % (l["path"], n))
        vlines = l["value"].split("\n")
        if len(vlines) == 1:
            text = lines[l["line"] - 1]
            if text[l["column"] - 1:l["column"] - 1 + len(l["value"])] != l["value"]:
                p.append("%s:%d value not at column %d" % (l["path"], l["line"], l["column"]))
        else:
            j = l["line"] - 1
            for vl in vlines:
                while j < b and vl not in lines[j]:
                    j += 1
                if j >= b:
                    p.append("%s:%d multi-line value not inside span" % key)
                    break
                j += 1
        if "id_value" in l and not any(l["id_value"] in lines[n - 1] for n in range(a, b + 1)):
            p.append("%s:%d pair id not inside span" % key)
        if l["kind"] == "secret":
            _token_check(l, p)
            if PLACEHOLDER.match(l["value"]):
                p.append("%s:%d placeholder-like value labelled secret: %r" % (l["path"], l["line"], l["value"]))
    secrets = [l for l in labels if l["kind"] == "secret"]
    neg_values = {l["value"] for l in labels if l["kind"] == "negative"}
    for l in secrets:
        if l["value"] in neg_values:
            p.append("%s:%d secret value also labelled negative" % (l["path"], l["line"]))
    _exclusive(files, lines_of, owner, secrets, p)
    return p


def _exclusive(files, lines_of, owner, secrets, p):
    """Every secret value (8+ chars; key body lines of 40+) occurs only on lines its own label owns."""
    needles = collections.defaultdict(list)
    public = "\n".join(o["value"] for o in owner.values() if o["kind"] == "negative")
    for l in secrets:
        vals = l["value"].split("\n")
        if len(vals) == 1:
            if len(vals[0]) >= 8:
                needles[vals[0]].append(l)
        else:
            for v in vals:
                if len(v) >= 40 and not v.startswith("-----") and v not in public:
                    needles[v].append(l)
    for path, text in files.items():
        for needle, labs in needles.items():
            if needle not in text:
                continue
            for n, ln in enumerate(lines_of[path], 1):
                if needle in ln:
                    o = owner.get((path, n))
                    if o is None or all(o is not lab for lab in labs):
                        p.append("%s:%d secret %r from %s:%d appears on a line it does not own" % (
                            path, n, needle[:30], labs[0]["path"], labs[0]["line"]))


def _token_check(l, p):
    v = l["value"]
    if re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36}", v) and not gh_checksum_ok(v):
        p.append("%s:%d bad CRC32 in %s" % (l["path"], l["line"], v[:8]))
    if v.startswith("AGE-SECRET-KEY-1") and not bech32_ok(v):
        p.append("%s:%d bad bech32 age key" % (l["path"], l["line"]))
    if v.startswith("pypi-"):
        raw = base64.urlsafe_b64decode(v[5:] + "=" * (-len(v[5:]) % 4))
        if b"pypi.org" not in raw[:16]:
            p.append("%s:%d pypi macaroon does not decode" % (l["path"], l["line"]))
    if "decoded" in l and l["category"] in ("kubernetes-secret-base64", "basic-auth-header"):
        if base64.b64decode(v).decode() != l["decoded"]:
            p.append("%s:%d base64 does not decode to its raw value" % (l["path"], l["line"]))


def _parse_check(path, text, p):
    try:
        if path.endswith((".json", ".chlsj", ".arb")):
            json.loads(text)
        elif path.endswith(".toml"):
            tomllib.loads(text)
        elif path.endswith(".xml"):
            ET.fromstring(text.encode())
    except Exception as e:  # noqa: BLE001 - any parse failure is a problem to report
        p.append("%s: does not parse (%s)" % (path, str(e)[:80]))
