"""Checks shared by generate.py (in memory) and verify.py (on disk)."""

import base64
import binascii
import collections
import json
import re
import tomllib
import xml.etree.ElementTree as ET

from core33 import B62, bech32_verify, crc_tail
import prov33

REQUIRED = ("path", "line", "column", "kind", "category", "value", "free_text", "lang")
ODD_SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
PLACEHOLDER_RE = re.compile(r"^(x{4,}|X{4,}|\*{4,}|<[^>]*>|\$\{[^}]*\}|changeme|REPLACE_ME|YOUR_[A-Z_]+|dummy)$")
GH_RE = re.compile(r"^(gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$")


def split_lines(data):
    """Lines as score.py sees them (str.splitlines on the decoded text)."""
    return data.decode("utf-8").splitlines()


def owners(labels):
    own = {}
    problems = []
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            k = (l["path"], n)
            if k in own:
                problems.append("line owned twice: %s:%d" % k)
            own[k] = l
    return own, problems


def check_labels(files, labels):
    P = []
    lines_of = {p: split_lines(b) for p, b in files.items()}
    keys = set()
    prev = None
    for l in labels:
        for f in REQUIRED:
            if f not in l:
                P.append("label without %s: %r" % (f, l))
        if l["kind"] not in ("secret", "negative"):
            P.append("bad kind %r" % l)
        k = (l["path"], l["line"])
        if prev is not None and k < prev:
            P.append("labels not sorted at %s:%d" % k)
        prev = k
        if k in keys:
            P.append("duplicate label key %s:%d" % k)
        keys.add(k)
        if l["path"] not in lines_of:
            P.append("label for missing file %s" % l["path"])
            continue
        ls = lines_of[l["path"]]
        v = l["value"]
        if not v:
            P.append("empty value %s:%d" % k)
            continue
        span = l.get("span")
        if span:
            a, b = span
            if not (1 <= a <= l["line"] <= b <= len(ls)):
                P.append("span outside file or line outside span %s:%d %r" % (k + (span,)))
                continue
        if l["line"] > len(ls):
            P.append("line beyond end %s:%d" % k)
            continue
        vlines = v.split("\n")
        text = ls[l["line"] - 1]
        col = l["column"] - 1
        if len(vlines) == 1:
            if text[col:col + len(v)] != v:
                P.append("value not at column %s:%d: %r" % (k + (v[:40],)))
        else:
            a, b = span if span else (l["line"], l["line"])
            if b - a + 1 != len(vlines) and "id_value" not in l:
                P.append("multi-line value does not fill span %s:%d" % k)
            if not text[col:].startswith(vlines[0]):
                P.append("multi-line value start not at column %s:%d" % k)
            for i, vl in enumerate(vlines):
                n = l["line"] + i
                if n > len(ls) or vl not in ls[n - 1]:
                    P.append("multi-line value line %d missing %s:%d" % (i, l["path"], l["line"]))
                    break
        if span and "id_value" not in l and len(vlines) == 1:
            P.append("single-line value with span but no pair %s:%d" % k)
        if span:
            for n in range(span[0], span[1] + 1):
                if not ls[n - 1].strip() and "id_value" not in l:
                    P.append("empty line inside span %s:%d" % k)
        if "id_value" in l:
            a, b = span
            if not any(l["id_value"] in ls[n - 1] for n in range(a, b + 1)):
                P.append("pair id not inside span %s:%d" % k)
        if l["kind"] == "secret" and PLACEHOLDER_RE.match(v):
            P.append("placeholder-shaped secret %s:%d %r" % (k + (v,)))
    own, op = owners(labels)
    P += op
    secrets = [l for l in labels if l["kind"] == "secret"]
    svals = {l["value"] for l in secrets}
    for l in labels:
        if l["kind"] == "negative" and l["value"] in svals:
            P.append("negative equal to a secret %s:%d" % (l["path"], l["line"]))
    # secret values only on their own lines, corpus-wide
    single = [l for l in secrets if "\n" not in l["value"] and len(l["value"]) >= 8]
    texts = {p: b.decode("utf-8") for p, b in files.items()}
    for l in single:
        v = l["value"]
        for p, t in texts.items():
            start = 0
            while True:
                i = t.find(v, start)
                if i < 0:
                    break
                n = t.count("\n", 0, i) + 1 if "\r\n" not in t else t[:i].count("\r\n") + 1
                o = own.get((p, n))
                if o is not l:
                    P.append("secret of %s:%d also on %s:%d" % (l["path"], l["line"], p, n))
                start = i + 1
    # key body lines
    body = collections.defaultdict(list)
    for l in secrets:
        if "\n" in l["value"]:
            for vl in l["value"].split("\n"):
                if len(vl) >= 40 and not vl.startswith("-----"):
                    body[vl].append(l)
    public = "\n".join(l["value"] for l in labels if l["kind"] == "negative")
    for vl, ls_ in body.items():
        if len(ls_) > 1 or vl in public:
            continue
        l = ls_[0]
        for p, t in texts.items():
            if vl in t and p != l["path"]:
                P.append("key line of %s:%d also in %s" % (l["path"], l["line"], p))
    # no secret of 6+ characters contains another
    vals = sorted({l["value"] for l in secrets if len(l["value"]) >= 6 and "\n" not in l["value"]}, key=len)
    for i, a in enumerate(vals):
        for b in vals[i + 1:]:
            if a in b:
                P.append("secret %r contained in %r" % (a[:20], b[:20]))
    return P


def check_files(files):
    P = []
    for p, b in sorted(files.items()):
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:
            P.append("not UTF-8: " + p)
            continue
        if not t.endswith("\n"):
            P.append("no final newline: " + p)
        crlf = t.count("\r\n")
        lf = t.count("\n")
        if crlf and crlf != lf:
            P.append("mixed line endings: " + p)
        if t.replace("\r\n", "").count("\r"):
            P.append("bare CR: " + p)
        if any(ch in t for ch in ODD_SEPARATORS):
            P.append("odd line separator: " + p)
        name = p.rsplit("/", 1)[-1]
        try:
            if name.endswith((".json", ".arb")) or name == ".xatarc":
                json.loads(t)
            elif name.endswith((".xml", ".topic")) or "/empathy/" in p:
                ET.fromstring(b)
            elif name.endswith(".toml") or name in ("Cargo.lock", "notifiarr.conf"):
                tomllib.loads(t)
        except Exception as e:  # noqa: BLE001
            P.append("does not parse: %s (%s)" % (p, e))
    return P


def _b64ok(s):
    try:
        base64.b64decode(s + "=" * (-len(s) % 4), validate=False)
        return True
    except (binascii.Error, ValueError):
        return False


def check_tokens(labels):
    P = []
    for l in labels:
        v = l["value"]
        where = "%s:%d" % (l["path"], l["line"])
        m = GH_RE.match(v)
        if l["kind"] == "secret" and m:
            if crc_tail(m.group(2)) != m.group(3):
                P.append("bad CRC32 tail " + where)
        if l.get("fixture_crc_wrong"):
            m = GH_RE.match(v)
            if not m or crc_tail(m.group(2)) == m.group(3):
                P.append("fixture CRC is not wrong " + where)
        if l["kind"] == "secret" and v.startswith("AGE-SECRET-KEY-1") and not bech32_verify(v):
            P.append("bad bech32 " + where)
        if l["kind"] == "negative" and v.startswith("age1") and not bech32_verify(v):
            P.append("bad bech32 recipient " + where)
        if l["kind"] == "secret" and v.startswith("pypi-"):
            raw = base64.urlsafe_b64decode(v[5:] + "=" * (-len(v[5:]) % 4))
            if not raw.startswith(b"\x02\x01\x08pypi.org"):
                P.append("bad PyPI macaroon " + where)
        if "decoded" in l:
            if base64.b64encode(l["decoded"].encode()).decode() != v:
                P.append("decoded does not re-encode " + where)
    return P


RANGES = {"files": (500, 620), "secrets": (680, 820), "negatives": (640, 800), "private_keys": (40, 60),
          "pairs": (20, 60), "revoked": (5, 40), "rotated": (15, 60), "crlf_files": (25, 70)}


def check_counts(c):
    P = []
    for k, (a, b) in RANGES.items():
        if not a <= c[k] <= b:
            P.append("count %s=%s outside [%d, %d]" % (k, c[k], a, b))
    if not 32.0 <= c["free_text_share"] <= 38.0:
        P.append("free-text share %.1f outside [32, 38]" % c["free_text_share"])
    share = 100.0 * c["secrets_free_text"] / c["secrets"]
    if not 25.0 <= share <= 45.0:
        P.append("share of secrets in free text %.1f outside [25, 45]" % share)
    return P
