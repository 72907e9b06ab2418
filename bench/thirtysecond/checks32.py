"""Checks shared by generate.py (in memory, before writing) and verify.py (on disk)."""
import base64
import gzip
import json
import re
import tomllib
import xml.etree.ElementTree as ET

from core32 import bech32_ok, crc_ok

PLACEHOLDER_RE = re.compile(r"(x{6,}|X{6,}|changeme|CHANGE_?ME|<[^>]*>|\$\{|\{\{|your[-_ ]|REPLACE|example|EXAMPLE|dummy|"
                            r"\*{4,}|REDACTED|…|\.\.\.)")
REQUIRED = ("path", "line", "column", "kind", "category", "value")


def split_lines(text):
    """Lines as score.py sees them (str.splitlines on the file read with newline='')."""
    return text.splitlines()


def check(files, labels, sanity=True):
    """files: {path: bytes}; labels: list of dicts. Returns a list of problems (empty when all is well)."""
    P = []
    texts, lines_of = {}, {}
    for path, data in files.items():
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            P.append("%s: not UTF-8" % path)
            continue
        texts[path] = t
        lines_of[path] = split_lines(t)
        P.extend(_file_checks(path, t))

    # ---- label fields, order, ownership
    owner = {}
    prev = None
    secrets = [l for l in labels if l.get("kind") == "secret"]
    for l in labels:
        miss = [k for k in REQUIRED if k not in l]
        if miss:
            P.append("label missing %s: %r" % (miss, l))
            continue
        key = (l["path"], l["line"])
        if prev is not None and key <= prev:
            P.append("labels not sorted / duplicate key at %s:%d" % key)
        prev = key
        if l["kind"] not in ("secret", "negative"):
            P.append("%s:%d bad kind %r" % (key + (l["kind"],)))
        if l["path"] not in lines_of:
            P.append("%s: label for a missing file" % l["path"])
            continue
        lines = lines_of[l["path"]]
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(lines)):
            P.append("%s:%d span %r outside the file or not around the line" % (l["path"], l["line"], [a, b]))
            continue
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                P.append("%s:%d owned by two labels" % (l["path"], n))
            owner[(l["path"], n)] = l
            if not lines[n - 1].strip() and "id_value" not in l:
                P.append("%s:%d empty line inside a span" % (l["path"], n))
        vlines = l["value"].split("\n")
        text = lines[l["line"] - 1]
        if not text[l["column"] - 1:].startswith(vlines[0]):
            P.append("%s:%d value %r not at column %d" % (l["path"], l["line"], vlines[0][:40], l["column"]))
        if len(vlines) > 1:
            if l["line"] + len(vlines) - 1 > b:
                P.append("%s:%d multi-line value longer than its span" % (l["path"], l["line"]))
            else:
                for k, v in enumerate(vlines):
                    if v not in lines[l["line"] - 1 + k]:
                        P.append("%s:%d value line %d not in the file" % (l["path"], l["line"], k + 1))
                        break
        if "id_value" in l:
            if l["id_value"] not in "\n".join(lines[a - 1:b]):
                P.append("%s:%d pair id not inside the span" % (l["path"], l["line"]))
        if not l["value"]:
            P.append("%s:%d empty value" % (l["path"], l["line"]))
        if l["kind"] == "secret" and PLACEHOLDER_RE.search(l["value"]) and not l.get("key_check"):
            P.append("%s:%d secret looks like a placeholder: %r" % (l["path"], l["line"], l["value"][:50]))

    # ---- negatives never equal a secret
    svals = set(l["value"] for l in secrets)
    for l in labels:
        if l["kind"] == "negative" and l["value"] in svals:
            P.append("%s:%d negative equals a secret value" % (l["path"], l["line"]))

    # ---- no secret value (6+ characters, single line) contains another one
    plain = sorted(set(l["value"] for l in secrets if len(l["value"]) >= 6 and "\n" not in l["value"]
                       and not l.get("key_check")), key=len)
    for i, a in enumerate(plain):
        for b in plain[i + 1:]:
            if a in b:
                P.append("secret %r is contained in secret %r" % (a[:30], b[:30]))

    # ---- secret values only on their own lines, corpus-wide
    key_lines = {}
    for l in secrets:
        if "\n" in l["value"] or l.get("key_check"):
            for v in re.split(r"\n|\\n", l["value"]):
                key_lines.setdefault(v, []).append(l)
    public = [l["value"] for l in labels if l["kind"] == "negative" and len(l["value"]) >= 40]
    needles = []
    for l in secrets:
        if l.get("key_check"):
            for v in re.split(r"\n|\\n", l["value"]):
                if len(v) >= 40 and len(key_lines[v]) == 1 and not any(v in p for p in public):
                    needles.append((v, l))
        elif len(l["value"]) >= 8:
            needles.append((l["value"], l))
    for path, t in texts.items():
        for v, l in needles:
            if v not in t:
                continue
            for i, line in enumerate(lines_of[path]):
                if v in line and owner.get((path, i + 1)) is not l:
                    P.append("secret %r of %s:%d also on %s:%d" % (v[:30], l["path"], l["line"], path, i + 1))

    # ---- token structure
    for l in secrets:
        v = l["value"]
        if re.fullmatch(r"(ghp|gho|ghs|ghu|npm)_[A-Za-z0-9]{36}", v) and not crc_ok(v):
            P.append("%s:%d bad CRC32 in %s" % (l["path"], l["line"], v[:8]))
        if v.startswith("AGE-SECRET-KEY-1") and not bech32_ok(v):
            P.append("%s:%d bad bech32 age key" % (l["path"], l["line"]))
        if v.startswith("pypi-"):
            raw = base64.urlsafe_b64decode(v[5:] + "=" * (-len(v[5:]) % 4))
            if not raw.startswith(b"\x02\x01\x08pypi.org"):
                P.append("%s:%d PyPI macaroon header" % (l["path"], l["line"]))
        if "decoded" in l and l["category"] in ("basic-auth-header", "docker-auth", "password-base64") or \
                l["category"].endswith("-base64"):
            try:
                if base64.b64decode(v).decode() != l["decoded"]:
                    P.append("%s:%d decoded value does not match" % (l["path"], l["line"]))
            except Exception:
                P.append("%s:%d value does not decode" % (l["path"], l["line"]))
        if l["category"] == "k0s-join-token":
            cfg = gzip.decompress(base64.b64decode(v)).decode()
            if l["decoded"].split()[-1] not in cfg:
                P.append("%s:%d k0s token does not carry its bootstrap token" % (l["path"], l["line"]))
    for l in labels:
        if l["category"] == "test-fixture-bad-checksum" and crc_ok(l["value"]):
            P.append("%s:%d fixture token has a valid CRC" % (l["path"], l["line"]))

    if sanity:
        P.extend(_sanity(files, labels))
    return P


def _file_checks(path, t):
    P = []
    if not t.endswith("\n"):
        P.append("%s: no final newline" % path)
    crlf = "\r\n" in t
    if crlf and t.count("\r\n") != t.count("\n"):
        P.append("%s: mixed line endings" % path)
    if t.replace("\r\n", "").count("\r"):
        P.append("%s: bare CR" % path)
    for ch in ("\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\x00"):
        if ch in t:
            P.append("%s: odd separator %r" % (path, ch))
    name = path.rsplit("/", 1)[-1]
    try:
        if name.endswith((".json", ".arb")) or name == ".tradfri_psk.conf":
            json.loads(t)
        elif name.endswith((".xml", ".config")):
            ET.fromstring(t.encode())
        elif name.endswith(".toml"):
            tomllib.loads(t)
    except Exception as e:  # noqa: BLE001
        P.append("%s: does not parse: %s" % (path, e))
    return P


def _sanity(files, labels):
    P = []
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    free = set(l["path"] for l in labels if l.get("free_text"))
    n = len(files)
    if not 500 <= n <= 600:
        P.append("file count %d outside 500-600" % n)
    if not 680 <= len(sec) <= 820:
        P.append("secret count %d outside 680-820" % len(sec))
    if not 640 <= len(neg) <= 780:
        P.append("negative count %d outside 640-780" % len(neg))
    share = len(free) / n
    if not 0.30 <= share <= 0.40:
        P.append("free-text share %.3f outside 0.30-0.40" % share)
    fs = sum(1 for l in sec if l.get("free_text")) / max(1, len(sec))
    if not 0.28 <= fs <= 0.45:
        P.append("share of secrets in free text %.3f outside 0.28-0.45" % fs)
    keys = [l for l in sec if l.get("key_check")]
    if len(keys) < 40:
        P.append("only %d private keys" % len(keys))
    if sum(1 for l in sec if "id_value" in l) < 30:
        P.append("too few pairs")
    if sum(1 for l in sec if l.get("note") == "revoked") < 8 or sum(1 for l in sec if l.get("note") == "rotated") < 8:
        P.append("too few revoked / rotated values")
    return P
