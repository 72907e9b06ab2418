"""Checks shared by generate.py (in memory) and verify.py (on disk).  Each returns a list of problem strings."""
import base64
import json
import xml.dom.minidom
import zlib

from core35 import MARK, bech32_ok, crc_ok

SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
XML_EXT = (".xml", ".ttml", ".xlf", ".resx")
JSON_EXT = (".json", ".har", ".arb", ".ipynb", ".resolved")


def file_checks(files):
    """files: {path: text} (text as written, line endings included)."""
    bad = []
    for path, text in files.items():
        if MARK in text:
            bad.append("%s: value marker left in output" % path)
        if not text.endswith("\n"):
            bad.append("%s: no final newline" % path)
        crlf = "\r\n" in text
        if crlf and text.replace("\r\n", "").count("\n"):
            bad.append("%s: mixed line endings" % path)
        if text.replace("\r\n", "").count("\r"):
            bad.append("%s: bare CR" % path)
        if any(s in text for s in SEPARATORS):
            bad.append("%s: extra line separator" % path)
        try:
            if path.endswith(JSON_EXT):
                json.loads(text)
            elif path.endswith(".jsonl"):
                [json.loads(x) for x in text.splitlines() if x.strip()]
            elif path.endswith(XML_EXT) or (path.endswith(".ts") and "/translations/" in path):
                xml.dom.minidom.parseString(text.encode())
        except Exception as e:          # noqa: BLE001 - report any parse failure
            bad.append("%s: does not parse: %s" % (path, e))
    return bad


def _lines(files):
    return {p: t.splitlines() for p, t in files.items()}


def label_checks(files, labels):
    bad = []
    lines = _lines(files)
    owner = {}
    secrets = [lb for lb in labels if lb["kind"] == "secret"]
    secret_vals = {lb["value"] for lb in secrets}
    for lb in labels:
        p = lb["path"]
        if p not in lines:
            bad.append("label for missing file %s" % p)
            continue
        a, b = lb.get("span", [lb["line"], lb["line"]])
        if not (1 <= a <= lb["line"] <= b <= len(lines[p])):
            bad.append("%s:%d label outside file" % (p, lb["line"]))
            continue
        for n in range(a, b + 1):
            if (p, n) in owner:
                bad.append("%s:%d owned twice" % (p, n))
            owner[(p, n)] = lb
            if not lines[p][n - 1].strip():
                bad.append("%s:%d span over empty line" % (p, n))
        rows = lb["value"].split("\n")
        first = lines[p][lb["line"] - 1]
        col = lb["column"] - 1
        if first[col:col + len(rows[0])] != rows[0]:
            bad.append("%s:%d value not at column %d" % (p, lb["line"], lb["column"]))
        for k, row in enumerate(rows[1:], 1):
            if row not in lines[p][lb["line"] - 1 + k]:
                bad.append("%s:%d multi-line value row %d missing" % (p, lb["line"], k))
        if lb["kind"] == "negative" and lb["value"] in secret_vals:
            bad.append("%s:%d negative equals a secret" % (p, lb["line"]))
        if "id_value" in lb and lb["id_value"] not in lines[p][lb["span"][0] - 1]:
            bad.append("%s:%d pair id not at span start" % (p, lb["line"]))
    seen = {}
    for lb in secrets:
        if lb["value"] in seen:
            bad.append("secret value repeated: %s:%d and %s" % (lb["path"], lb["line"], seen[lb["value"]]))
        seen[lb["value"]] = "%s:%d" % (lb["path"], lb["line"])
    # secret values (8+) only on lines their label owns, corpus-wide
    for lb in secrets:
        probes = [lb["value"]] if "\n" not in lb["value"] else [x for x in lb["value"].split("\n")[1:-1]
                                                                  if len(x) >= 40 and "openssh-key-v1" not in
                                                                  base64.b64decode(x + "==", validate=False)[:20]
                                                                  .decode("latin-1")]
        for v in probes:
            if len(v) < 8:
                continue
            for p, text in files.items():
                i = text.find(v)
                while i >= 0:
                    n = text.count("\n", 0, i) + 1
                    if owner.get((p, n)) is not lb:
                        bad.append("secret of %s:%d also on %s:%d" % (lb["path"], lb["line"], p, n))
                    i = text.find(v, i + 1)
    vals = sorted(secret_vals, key=len)
    for i, a in enumerate(vals):
        if len(a) < 6:
            continue
        for b in vals[i + 1:]:
            if a in b:
                bad.append("secret %r inside another secret" % a[:20])
    return bad


def token_checks(labels):
    bad = []
    for lb in labels:
        v = lb["value"]
        if lb["kind"] == "secret" and v[:4] in ("ghp_", "gho_", "ghs_", "npm_") and not crc_ok(v):
            bad.append("%s:%d CRC32 tail wrong" % (lb["path"], lb["line"]))
        if lb.get("fixture_crc_wrong") and crc_ok(v):
            bad.append("%s:%d fixture CRC is right" % (lb["path"], lb["line"]))
        if v.startswith("AGE-SECRET-KEY-1") and not bech32_ok(v):
            bad.append("%s:%d age key bech32 wrong" % (lb["path"], lb["line"]))
        if v.startswith("age1") and not bech32_ok(v):
            bad.append("%s:%d age recipient bech32 wrong" % (lb["path"], lb["line"]))
        if lb["kind"] == "secret" and v.startswith("pypi-") and not v.startswith("pypi-AgEIcHlwaS5vcmc"):
            bad.append("%s:%d PyPI macaroon header" % (lb["path"], lb["line"]))
        if "decoded" in lb and base64.b64encode(lb["decoded"].encode()).decode() != v:
            bad.append("%s:%d decoded does not re-encode" % (lb["path"], lb["line"]))
        if lb["kind"] == "secret" and any(x in v.lower() for x in ("changeme", "xxxxxxxx", "<your", "replace_me")):
            bad.append("%s:%d placeholder-shaped secret" % (lb["path"], lb["line"]))
    return bad


def all_checks(files, labels):
    return file_checks(files) + label_checks(files, labels) + token_checks(labels)


_ = zlib
