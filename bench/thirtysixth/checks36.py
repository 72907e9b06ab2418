"""Checks shared by generate.py (in memory, before writing) and verify.py (on disk)."""
import base64
import bisect
import json
import re
import xml.etree.ElementTree as ET

import prov36
from core36 import bech32_ok, crc_ok
from themes36 import nested

BAD_SEPARATORS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
REQUIRED = ("path", "line", "column", "kind", "category", "value", "free_text", "lang")
LANGS = {"ccp", "lif", "bug", "hno", "za", "osa", "oj", "ote", "xmf", "ve", "en"}
PLACEHOLDER_RE = re.compile(r"^(<.*>|.*x{6,}.*|.*EXAMPLE.*|changeme|REPLACE_ME|YOUR_.*|\*+|\[REDACTED\]|\[MASKED\])$")


def split_lines(text):
    """Lines as scanners count them (on \\n), without the line terminators."""
    if text.startswith("\ufeff"):
        text = text[1:]
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [p[:-1] if p.endswith("\r") else p for p in parts]


def check_file_bytes(path, data, errors):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("%s: not UTF-8 (%s)" % (path, e))
        return None
    if not text:
        errors.append("%s: empty" % path)
        return None
    if not text.endswith("\n"):
        errors.append("%s: no final newline" % path)
    crlf = text.count("\r\n")
    lf = text.count("\n")
    if crlf and crlf != lf:
        errors.append("%s: mixed line endings" % path)
    if text.replace("\r\n", "").count("\r"):
        errors.append("%s: bare CR" % path)
    for c in BAD_SEPARATORS:
        if c in text:
            errors.append("%s: contains line separator U+%04X" % (path, ord(c)))
    low = path.lower()
    body = text[1:] if text.startswith("\ufeff") else text
    if low.endswith((".json", ".har", ".arb", ".ipynb")) or low.endswith("package.resolved"):
        try:
            json.loads(body)
        except ValueError as e:
            errors.append("%s: JSON does not parse: %s" % (path, e))
    if low.endswith((".xml", ".xlf", ".resx")) or (low.endswith(".ts") and "/qt/" in low):
        try:
            ET.fromstring(body.encode("utf-8"))
        except ET.ParseError as e:
            errors.append("%s: XML does not parse: %s" % (path, e))
    return text


def line_owner(labels):
    owner = {}
    dup = []
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            k = (l["path"], n)
            if k in owner:
                dup.append(k)
            owner[k] = l
    return owner, dup


def check_labels(files, labels, errors, expect_files=None):
    """files: path -> text (decoded). labels: list of dicts."""
    lines = {p: split_lines(t) for p, t in files.items()}
    keys = [(l.get("path"), l.get("line")) for l in labels]
    if keys != sorted(keys):
        errors.append("labels are not sorted by (path, line)")
    for l in labels:
        miss = [k for k in REQUIRED if k not in l]
        if miss:
            errors.append("label without %s: %r" % (miss, l))
            continue
        if l["kind"] not in ("secret", "negative"):
            errors.append("bad kind %r" % l)
        if l["lang"] not in LANGS:
            errors.append("bad lang %r" % l)
        if l["path"] not in lines:
            errors.append("label for missing file %s" % l["path"])
    if errors:
        return
    owner, dup = line_owner(labels)
    for k in dup[:20]:
        errors.append("%s:%d owned by more than one label" % k)
    for l in labels:
        fl = lines[l["path"]]
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(fl)):
            errors.append("%s:%d: span/line outside the file (%d lines)" % (l["path"], l["line"], len(fl)))
            continue
        for n in range(a, b + 1):
            if not fl[n - 1].strip():
                errors.append("%s:%d: span covers an empty line" % (l["path"], n))
        v = l["value"]
        if "\n" in v:
            vl = v.split("\n")
            if b - a + 1 != len(vl) or l["line"] != a:
                errors.append("%s:%d: multi-line value does not fill its span" % (l["path"], a))
                continue
            for i, x in enumerate(vl):
                if x not in fl[a - 1 + i]:
                    errors.append("%s:%d: value line %d missing" % (l["path"], a + i, i + 1))
            if not fl[a - 1][l["column"] - 1:].startswith(vl[0]):
                errors.append("%s:%d: value not at its column" % (l["path"], a))
        else:
            got = fl[l["line"] - 1][l["column"] - 1:l["column"] - 1 + len(v)]
            if got != v:
                errors.append("%s:%d:%d: value %r not at its column (found %r)" % (l["path"], l["line"], l["column"], v[:40], got[:40]))
        if "id_value" in l:
            if not any(l["id_value"] in fl[n - 1] for n in range(a, b + 1)):
                errors.append("%s:%d: pair ID not inside the span" % (l["path"], l["line"]))
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    secvals = {}
    for l in sec:
        v = l["value"]
        if PLACEHOLDER_RE.match(v) or v in prov36.PLACEHOLDERS:
            errors.append("%s:%d: placeholder-shaped value labelled secret: %r" % (l["path"], l["line"], v))
        if v in secvals:
            errors.append("secret value %r labelled twice (%s:%d, %s:%d)" % (v[:40], secvals[v]["path"], secvals[v]["line"], l["path"], l["line"]))
        secvals[v] = l
    for l in neg:
        if l["value"] in secvals:
            errors.append("%s:%d: negative equals a secret" % (l["path"], l["line"]))
    # every secret value only on lines its label owns (values of 8+ characters; key body lines of 40+)
    paths = sorted(lines)
    big = []
    starts = []
    index = []
    pos = 0
    for p in paths:
        for n, ln in enumerate(lines[p]):
            starts.append(pos)
            index.append((p, n + 1))
            big.append(ln)
            pos += len(ln) + 1
    blob = "\n".join(big)

    def where(i):
        return index[bisect.bisect_right(starts, i) - 1]
    for l in sec:
        v = l["value"]
        a, b = l.get("span", [l["line"], l["line"]])
        probes = []
        if "\n" in v:
            vl = v.split("\n")
            for i, x in enumerate(vl):
                if len(x) >= 40 and not x.startswith("-----") and not (i == 1 and "OPENSSH" in vl[0]):
                    probes.append(x)
        elif len(v) >= 8:
            probes.append(v)
        for x in probes:
            i = blob.find(x)
            while i >= 0:
                p, n = where(i)
                if p != l["path"] or not (a <= n <= b):
                    errors.append("secret %r (%s:%d) also occurs at %s:%d" % (x[:40], l["path"], l["line"], p, n))
                    break
                i = blob.find(x, i + 1)
    vals = sorted(secvals, key=len)
    for i, v in enumerate(vals):
        if len(v) < 6:
            continue
        for w in vals[i + 1:]:
            if nested(v, w):
                errors.append("secret %r is inside secret %r" % (v[:30], w[:30]))
    # token checks
    for l in labels:
        v = l["value"]
        if l["kind"] == "secret" and re.match(r"^(gh[pousr]_|npm_)[A-Za-z0-9]{36}$", v) and not crc_ok(v):
            errors.append("%s:%d: bad CRC on %s" % (l["path"], l["line"], v))
        if l.get("fixture_crc_wrong") and crc_ok(v):
            errors.append("%s:%d: fixture CRC is not wrong" % (l["path"], l["line"]))
        if l["category"] in ("age-secret-key", "age-recipient"):
            if not bech32_ok(v):
                errors.append("%s:%d: bad bech32" % (l["path"], l["line"]))
        if l["category"] == "pypi-token" and not prov36.pypi_ok(v):
            errors.append("%s:%d: PyPI macaroon does not decode" % (l["path"], l["line"]))
        if "decoded" in l:
            dec = l["decoded"]
            ok = False
            try:
                ok = base64.b64decode(v).decode("utf-8") == dec
            except Exception:
                ok = False
            if not ok and v.replace("\\040", " ") == dec:
                ok = True
            if not ok:
                errors.append("%s:%d: decoded value does not match" % (l["path"], l["line"]))
        if l["category"] == "azure-storage-key" and len(base64.b64decode(v)) != 64:
            errors.append("%s:%d: Azure key does not decode to 64 bytes" % (l["path"], l["line"]))
    if expect_files is not None and expect_files != len(files):
        errors.append("file count %d, expected %d" % (len(files), expect_files))


def sanity(c, errors):
    rng = {"files": (560, 660), "secrets": (680, 800), "negatives": (640, 780), "private_keys": (35, 70), "pairs": (20, 60),
           "revoked": (8, 40), "rotated": (15, 60), "crlf_files": (30, 60)}
    for k, (lo, hi) in rng.items():
        if not lo <= c[k] <= hi:
            errors.append("count %s = %d outside [%d, %d]" % (k, c[k], lo, hi))
    share = c["free_text_files"] / c["files"]
    if not 0.32 <= share <= 0.38:
        errors.append("free-text share %.3f outside [0.32, 0.38]" % share)
