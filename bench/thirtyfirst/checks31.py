"""Checks shared by generate.py (in memory) and verify.py (on disk). Each returns a list of problems."""

import base64
import json
import re
import tomllib
import urllib.parse
import xml.etree.ElementTree as ET

from core31 import bech32_ok, crc_ok

FIELDS = {"path", "line", "column", "kind", "category", "value"}
OPTIONAL = {"span", "id_value", "note", "free_text", "lang", "decoded", "key_check", "cite"}
PLACEHOLDER = re.compile(r"(^<[^>]*>$|^\$\{|^\{\{|^%[A-Z_]+%$|x{6,}|X{6,}|\*{4,}|^changeme$|^CHANGE_?ME|YOUR_|your-|"
                         r"REPLACE|^\[REDACTED\]$|^<redacted>$|EXAMPLE|^TODO|^PLACEHOLDER$|…)")


def split_lines(text):
    return text.split("\r\n") if "\r\n" in text else text.split("\n")


def file_lines(files):
    out = {}
    for p, t in files.items():
        ls = split_lines(t)
        if ls and ls[-1] == "":
            ls = ls[:-1]
        out[p] = ls
    return out


def check_files(files):
    probs = []
    for p, t in files.items():
        if not t.endswith("\n"):
            probs.append("%s: no final newline" % p)
        crlf = t.count("\r\n")
        lf = t.count("\n")
        if crlf and crlf != lf:
            probs.append("%s: mixed line endings" % p)
        if t.replace("\r\n", "").count("\r"):
            probs.append("%s: bare CR" % p)
        for ch in ("\u2028", "\u2029", "\x0b", "\x0c", "\x00"):
            if ch in t:
                probs.append("%s: odd separator %r" % (p, ch))
        try:
            if p.endswith((".json", ".arb")) or p.endswith("dedicatedserver.cfg"):
                json.loads(t)
            elif p.endswith(".jsonl"):
                for ln in t.splitlines():
                    json.loads(ln)
            elif p.endswith(".xml") or p.endswith("dedicated_cfg.txt"):
                ET.fromstring(t.encode())
            elif p.endswith((".toml", "uv.lock")):
                tomllib.loads(t)
        except Exception as e:          # noqa: BLE001 - report any parse error
            probs.append("%s: does not parse: %s" % (p, e))
    return probs


def check_labels(files, labels):
    probs = []
    lines = file_lines(files)
    owner = {}
    keys = set()
    secrets = {}
    for l in labels:
        missing = FIELDS - set(l)
        extra = set(l) - FIELDS - OPTIONAL
        if missing or extra:
            probs.append("label fields %s / %s: %r" % (missing, extra, l))
            continue
        if l["kind"] not in ("secret", "negative"):
            probs.append("bad kind %r" % l)
        p = l["path"]
        if p not in lines:
            probs.append("label on missing file %s" % p)
            continue
        ls = lines[p]
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(ls)):
            probs.append("%s:%d span %r outside file (%d lines)" % (p, l["line"], (a, b), len(ls)))
            continue
        for n in range(a, b + 1):
            if (p, n) in owner:
                probs.append("%s:%d owned twice" % (p, n))
            owner[(p, n)] = l
            if not ls[n - 1].strip() and (n == l["line"] or "id_value" not in l):
                probs.append("%s:%d empty line inside a label" % (p, n))
        k = (p, l["line"])
        if k in keys:
            probs.append("%s:%d two labels on one key" % k)
        keys.add(k)
        vlines = l["value"].split("\n")
        line = ls[l["line"] - 1]
        col = l["column"] - 1
        if line[col:col + len(vlines[0])] != vlines[0]:
            probs.append("%s:%d value %r not at column %d" % (p, l["line"], vlines[0][:40], l["column"]))
        if len(vlines) > 1:
            if b - l["line"] + 1 != len(vlines):
                probs.append("%s:%d multi-line value does not fill its span" % (p, l["line"]))
            for i, v in enumerate(vlines[1:], 1):
                if v not in ls[l["line"] - 1 + i]:
                    probs.append("%s:%d value line %d not in the file" % (p, l["line"], i + 1))
        if "id_value" in l:
            if not any(l["id_value"] in ls[n - 1] for n in range(a, b + 1) if n != l["line"]):
                probs.append("%s:%d pair id not inside the span" % (p, l["line"]))
        if l["kind"] == "secret":
            if PLACEHOLDER.search(l["value"]) and "key_check" not in l:
                probs.append("%s:%d placeholder-shaped secret %r" % (p, l["line"], l["value"]))
            secrets.setdefault(l["value"], []).append(l)
            tok = l["value"]
            if crc_ok(tok) is False:
                probs.append("%s:%d bad CRC32 in %s" % (p, l["line"], tok))
            if tok.startswith("AGE-SECRET-KEY-1") and not bech32_ok(tok):
                probs.append("%s:%d bad bech32" % (p, l["line"]))
            if tok.startswith("pypi-") and not tok.startswith("pypi-AgEIcHlwaS5vcmc"):
                probs.append("%s:%d bad PyPI macaroon header" % (p, l["line"]))
            if "decoded" in l and l["category"] in ("basic-auth-header", "azure-sas-signature", "subsonic-hex-password"):
                raw = l["decoded"]
                got = {"azure-sas-signature": lambda: urllib.parse.quote(raw, safe=""),
                       "subsonic-hex-password": lambda: raw.encode().hex()}.get(
                    l["category"], lambda: base64.b64encode(raw.encode()).decode())()
                if got != tok:
                    probs.append("%s:%d decoded value does not match" % (p, l["line"]))
    for v, ls_ in secrets.items():
        if len(ls_) > 1:
            probs.append("secret value labelled twice: %r" % v[:40])
    negs = {l["value"] for l in labels if l["kind"] == "negative"}
    for v in negs & set(secrets):
        probs.append("negative equal to a secret: %r" % v[:40])
    probs += check_uniqueness(lines, labels, owner)
    return probs, owner


def check_uniqueness(lines, labels, owner):
    """Every secret value (8+ chars, or each key body line of 40+ chars) appears only on lines its label owns."""
    probs = []
    needles, shared = {}, {}
    public = "\n".join(l["value"] for l in labels if l["kind"] == "negative" and l["category"] in (
        "ssh-public-key", "spki-public-key", "x509-certificate"))
    for l in labels:
        if l["kind"] != "secret":
            continue
        vals = l["value"].split("\n") if "\n" in l["value"] else [l["value"]]
        if "\\n" in l["value"] and "key_check" in l:
            vals = l["value"].split("\\n")
        for v in vals:
            v = v.strip()
            if len(v) >= (40 if "key_check" in l else 8) and not v.startswith("-----"):
                if "key_check" in l and (v in public or v in shared):
                    continue
                if v in needles and needles[v] is not l and "key_check" in l:
                    shared[v] = True        # a header common to every key of one type (openssh-key-v1, none, none)
                    del needles[v]
                    continue
                needles.setdefault(v, l)
    texts = {p: "\n".join(ls) for p, ls in lines.items()}
    for v, l in needles.items():
        for p, t in texts.items():
            start = t.find(v)
            while start >= 0:
                n = t.count("\n", 0, start) + 1
                o = owner.get((p, n))
                if o is not l:
                    probs.append("secret %r also at %s:%d (owned by %s)" % (v[:30], p, n, o and o["category"]))
                start = t.find(v, start + 1)
    return probs


def check_all(files, labels):
    p1 = check_files(files)
    p2, owner = check_labels(files, labels)
    return p1 + p2
