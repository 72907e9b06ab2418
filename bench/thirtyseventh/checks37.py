"""Checks shared by generate.py (in memory, before writing) and verify.py (on disk).

`files` maps a relative path to its raw bytes.  Every function returns a list of problem strings.
"""

import base64
import binascii
import json
import re
import xml.dom.minidom

import core37 as C

REQUIRED = ("path", "line", "column", "kind", "category", "value", "free_text", "lang")
SEPARATORS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
PLACEHOLDER = re.compile(r"(?i)^(changeme|<[^>]*>|your[-_].*|x{6,}|replace_me|todo.*|\$\{.*\}|\{\{.*\}\}|\*{4,}|"
                         r"example|\[redacted\]|\[masked\])$")
B64_DECODED = ("basic-auth-header", "docker-auth", "k8s-secret-data", "hyperpay-access-token")


def decode_text(raw):
    """(text with LF line ends and without BOM, problems)"""
    probs = []
    bom = raw.startswith(b"\xef\xbb\xbf")
    body = raw[3:] if bom else raw
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        return "", ["not UTF-8: %s" % e]
    crlf = text.count("\r\n")
    lf = text.count("\n")
    if crlf and crlf != lf:
        probs.append("mixed line endings")
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        probs.append("bare CR")
    for s in SEPARATORS:
        if s in text:
            probs.append("line separator %r" % s)
    if not text.endswith("\n"):
        probs.append("no final newline")
    return text, probs


def file_checks(files):
    probs, texts = [], {}
    for p in sorted(files):
        text, pr = decode_text(files[p])
        texts[p] = text
        probs += ["%s: %s" % (p, x) for x in pr]
        if p.endswith(".json") or p.endswith(".har") or p.endswith(".xcstrings"):
            try:
                json.loads(text)
            except ValueError as e:
                probs.append("%s: JSON does not parse: %s" % (p, e))
        if p.endswith((".xml", ".ts", ".tmx", ".enex")) and not p.endswith("signing.ts"):
            if p.endswith(".ts") and not text.lstrip().startswith("<?xml"):
                continue
            try:
                xml.dom.minidom.parseString(text.encode())
            except Exception as e:          # noqa: BLE001 - any parser error is a problem
                probs.append("%s: XML does not parse: %s" % (p, e))
    return texts, probs


def _offsets(text):
    offs, pos = [0], 0
    for ln in text.split("\n"):
        pos += len(ln) + 1
        offs.append(pos)
    return offs


def owners(labels):
    """score.py's line ownership, re-implemented: (path, line) -> label; later labels overwrite earlier ones."""
    own, clashes = {}, []
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            k = (l["path"], n)
            if k in own:
                clashes.append(k)
            own[k] = l
    return own, clashes


def label_checks(texts, labels):
    probs = []
    keys = [(l.get("path"), l.get("line"), l.get("column")) for l in labels]
    if keys != sorted(keys):
        probs.append("labels not sorted by (path, line, column)")
    offs = {p: _offsets(t) for p, t in texts.items()}
    lines = {p: t.split("\n") for p, t in texts.items()}
    for l in labels:
        where = "%s:%s" % (l.get("path"), l.get("line"))
        miss = [k for k in REQUIRED if k not in l]
        if miss:
            probs.append("%s: missing %s" % (where, miss))
            continue
        if l["kind"] not in ("secret", "negative"):
            probs.append("%s: bad kind %r" % (where, l["kind"]))
        if l["path"] not in texts:
            probs.append("%s: no such file" % where)
            continue
        text, ls = texts[l["path"]], lines[l["path"]]
        nlines = len(ls) - 1
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= nlines):
            probs.append("%s: line/span outside file" % where)
            continue
        if any(not ls[n - 1].strip() for n in range(a, b + 1)):
            probs.append("%s: span covers an empty line" % where)
        start = offs[l["path"]][l["line"] - 1] + l["column"] - 1
        v = l["value"]
        if text[start:start + len(v)] != v:
            probs.append("%s: value not at its column" % where)
            continue
        last = l["line"] + v.count("\n")
        if last > b:
            probs.append("%s: multi-line value runs past its span" % where)
        if "span" in l and "id_value" not in l and last != b:
            probs.append("%s: multi-line value does not fill its span" % where)
        if "id_value" in l:
            seg = "\n".join(ls[a - 1:b])
            if l["id_value"] not in seg:
                probs.append("%s: pair ID not inside the span" % where)
        if l["kind"] == "secret" and PLACEHOLDER.match(v):
            probs.append("%s: placeholder-shaped value labelled secret" % where)
    own, clashes = owners(labels)
    for k in clashes:
        probs.append("%s:%d: line owned by more than one label" % k)
    secrets = [l for l in labels if l["kind"] == "secret"]
    svals = {l["value"] for l in secrets}
    for l in labels:
        if l["kind"] == "negative" and l["value"] in svals:
            probs.append("%s:%d: negative equals a secret" % (l["path"], l["line"]))
    seen = {}
    for l in secrets:
        if l["value"] in seen:
            probs.append("%s:%d: secret value repeated (also %s)" % (l["path"], l["line"], seen[l["value"]]))
        seen[l["value"]] = "%s:%d" % (l["path"], l["line"])
    # every secret value (8+) and key body line (40+) occurs only on lines its label owns
    needles = []
    for l in secrets:
        if "\n" in l["value"]:
            body = [x.strip() for x in l["value"].split("\n")]
            # the OpenSSH header line and a PPK's public blob (also in the .pub / authorized_keys) are shared
            body = [x for x in body if len(x) >= 40 and not x.startswith(("b3BlbnNzaC1rZXktdjEAAAAA",
                                                                          "AAAAC3NzaC1lZDI1NTE5"))]
            needles += [(x, l) for x in body]
        elif len(l["value"]) >= 8:
            needles.append((l["value"], l))
    for p, text in texts.items():
        for needle, l in needles:
            i = text.find(needle)
            while i >= 0:
                ln = text.count("\n", 0, i) + 1
                if own.get((p, ln)) is not l:
                    probs.append("%s:%d: secret of %s:%d appears on a line it does not own" % (
                        p, ln, l["path"], l["line"]))
                i = text.find(needle, i + 1)
    short = [l["value"] for l in secrets if len(l["value"]) >= 6]
    for l in secrets:
        v = l["value"]
        for s in short:
            if s is not v and s != v and s in v and (len(s) >= 8 or len(v) <= 300):
                probs.append("%s:%d: another secret (%s…) is contained in this one" % (l["path"], l["line"], s[:6]))
                break
    return probs


def token_checks(labels):
    probs = []
    for l in labels:
        v, where = l["value"], "%s:%d" % (l["path"], l["line"])
        if l["kind"] == "secret" and re.match(r"^(gh[pousr]|npm)_[A-Za-z0-9]{36}$", v) and not C.crc_ok(v):
            probs.append("%s: token checksum wrong" % where)
        if l.get("fixture_crc_wrong") and C.crc_ok(v):
            probs.append("%s: fixture token has a valid checksum" % where)
        if v.startswith("AGE-SECRET-KEY-1") or (l["category"] == "age-recipient"):
            if not C.bech32_ok(v):
                probs.append("%s: bech32 checksum wrong" % where)
        if l["kind"] == "secret" and v.startswith("pypi-"):
            raw = base64.urlsafe_b64decode(v[5:] + "=" * (-len(v[5:]) % 4))
            if not raw.startswith(b"\x02\x01\x08pypi.org\x02"):
                probs.append("%s: PyPI macaroon header wrong" % where)
        if "decoded" in l:
            d = l["decoded"]
            if l["category"] in B64_DECODED:
                if base64.b64encode(d.encode()).decode() != v:
                    probs.append("%s: decoded value does not re-encode" % where)
            elif v.replace("\\040", " ") != d:
                probs.append("%s: \\040 decoding does not match" % where)
        if l["category"] == "azure-storage-key":
            try:
                if len(base64.b64decode(v, validate=True)) != 64:
                    probs.append("%s: Azure key does not decode to 64 bytes" % where)
            except binascii.Error:
                probs.append("%s: Azure key is not base64" % where)
    return probs


def count_checks(c):
    probs = []
    ranges = {"files": (560, 660), "secrets": (680, 800), "negatives": (640, 780), "revoked": (12, 40),
              "rotated": (20, 60), "pairs": (20, 60), "crlf_files": (30, 70), "bom_files": (6, 30)}
    for k, (lo, hi) in ranges.items():
        if not lo <= c[k] <= hi:
            probs.append("count %s=%d outside [%d, %d]" % (k, c[k], lo, hi))
    if not 30.0 <= c["free_text_share"] <= 40.0:
        probs.append("free-text share %.1f%% outside [30, 40]" % c["free_text_share"])
    if not 35 <= c["private_keys"]["total"] <= 60:
        probs.append("private keys %d outside [35, 60]" % c["private_keys"]["total"])
    return probs
