"""Checks shared by generate.py (in memory, before writing) and verify.py (on disk)."""

import base64
import binascii
import collections
import configparser
import json
import os
import re
import subprocess
import tempfile
import tomllib
import xml.etree.ElementTree as ET

from core29 import bech32_ok, crc_b62_ok

BAD_CHARS = ["\x00", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
OPENSSH_ED_PREFIX = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"


def split_lines(text):
    """Lines as score.py sees them (str.splitlines on the file text)."""
    return text.splitlines()


def check_files(files, fmts, problems):
    """files: path -> text (decoded); fmts: path -> fmt or None."""
    for path, text in files.items():
        for ch in BAD_CHARS:
            if ch in text:
                problems.append("%s: contains %r" % (path, ch))
        crlf = text.count("\r\n")
        lf = text.count("\n")
        if crlf and crlf != lf:
            problems.append("%s: mixed line endings" % path)
        if "\r" in text.replace("\r\n", ""):
            problems.append("%s: bare CR" % path)
        if not text.endswith("\n"):
            problems.append("%s: no final newline" % path)
        fmt = fmts.get(path)
        try:
            if fmt == "json":
                json.loads(text)
            elif fmt == "xml":
                ET.fromstring(text.encode())
            elif fmt == "toml":
                tomllib.loads(text)
            elif fmt == "ini":
                cp = configparser.ConfigParser(interpolation=None, strict=False)
                cp.read_string(text)
        except Exception as e:  # noqa: BLE001 - report any parse failure
            problems.append("%s: does not parse as %s: %s" % (path, fmt, e))


def check_labels(files, labels, problems):
    owner = {}
    keys = set()
    prev = None
    for l in labels:
        for f in ("path", "line", "kind", "category", "value"):
            if f not in l:
                problems.append("label without %s: %r" % (f, l))
        if l["kind"] not in ("secret", "negative"):
            problems.append("bad kind %r" % l)
        k = (l["path"], l["line"])
        if k in keys:
            problems.append("duplicate label key %s:%d" % k)
        keys.add(k)
        if prev and (prev["path"], prev["line"]) > k:
            problems.append("labels not sorted at %s:%d" % k)
        prev = l
        if l["path"] not in files:
            problems.append("label on a missing file %s" % l["path"])
            continue
        lines = split_lines(files[l["path"]])
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(lines)):
            problems.append("%s:%d: span/line outside the file" % k)
            continue
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                problems.append("%s:%d owned twice" % (l["path"], n))
            owner[(l["path"], n)] = l
        if not lines[a - 1].strip() or not lines[b - 1].strip():
            problems.append("%s:%d: span starts or ends on an empty line" % k)
        v = l["value"]
        if "\n" in v:
            seg = "\n".join(lines[l["line"] - 1:b])
            if v not in seg or v.split("\n")[0] not in lines[l["line"] - 1]:
                problems.append("%s:%d: multi-line value not at its span" % k)
        elif v not in lines[l["line"] - 1]:
            problems.append("%s:%d: value %r not on its line" % (k + (v[:40],)))
        if "id_value" in l and l["id_value"] not in "\n".join(lines[a - 1:b]):
            problems.append("%s:%d: pair id not inside its span" % k)
    return owner


def check_values(files, labels, owner, problems):
    secrets = [l for l in labels if l["kind"] == "secret"]
    secret_values = {l["value"] for l in secrets}
    for l in labels:
        if l["kind"] == "negative" and l["value"] in secret_values:
            problems.append("negative equals a secret at %s:%d" % (l["path"], l["line"]))
    by_value = collections.defaultdict(set)
    for l in secrets:
        by_value[l["value"]].add(l["path"])
    for v, paths in by_value.items():
        if len(paths) > 1:
            problems.append("secret value in several files: %s" % sorted(paths))
    # corpus-wide: every occurrence of a secret value (8+ chars) is on a line its secret label owns
    public = "\n".join(l["value"] for l in labels if l["kind"] == "negative")
    needles = {}
    for l in secrets:
        v = l["value"]
        if "\n" in v:
            for part in v.split("\n"):
                p = part.strip()
                # OpenSSH private keys embed the public key: lines shared with public material are skipped
                if len(p) >= 40 and not p.startswith(OPENSSH_ED_PREFIX) and "-----" not in p and p not in public:
                    needles.setdefault(p, l)
        elif len(v) >= 8:
            needles.setdefault(v, l)
    pat = re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))
    for path, text in files.items():
        for i, line in enumerate(split_lines(text), 1):
            if not pat.search(line):
                continue
            for n, l in needles.items():
                if n in line:
                    o = owner.get((path, i))
                    if not o or o["kind"] != "secret":
                        problems.append("secret %r… appears on an unlabelled/negative line %s:%d" % (n[:16], path, i))


TOKEN_PREFIXES = ("ghp_", "gho_", "ghs_", "ghu_", "npm_")


def _b64u(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_tokens(labels, problems):
    for l in labels:
        v = l["value"]
        where = "%s:%d" % (l["path"], l["line"])
        if l["kind"] == "secret":
            for p in TOKEN_PREFIXES:
                if v.startswith(p) and not crc_b62_ok(v, p):
                    problems.append("%s: %s token with a bad CRC32" % (where, p))
            if l["category"] == "age-secret-key" and not bech32_ok(v):
                problems.append("%s: age key fails bech32" % where)
            if l["category"] == "pypi-token" and not v.startswith("pypi-AgEIcHlwaS5vcmc"):
                problems.append("%s: PyPI token without the macaroon header" % where)
            if v.count(".") == 2 and v.startswith("eyJ"):
                try:
                    h, p, _ = v.split(".")
                    json.loads(_b64u(h))
                    json.loads(_b64u(p))
                except (ValueError, binascii.Error):
                    problems.append("%s: JWT does not decode" % where)
            if v.startswith("ops_"):
                try:
                    json.loads(_b64u(v[4:]))
                except (ValueError, binascii.Error):
                    problems.append("%s: ops_ token does not decode" % where)
            if "decoded" in l:
                try:
                    if base64.b64decode(v).decode() != l["decoded"]:
                        problems.append("%s: base64 value does not decode to its raw value" % where)
                except (ValueError, binascii.Error):
                    problems.append("%s: base64 value does not decode" % where)
        elif l["category"] == "fake-bad-checksum":
            if crc_b62_ok(v, "ghp_"):
                problems.append("%s: fixture token has a valid CRC32" % where)


def check_keys(labels, problems, tools=True):
    if not tools:
        return
    with tempfile.TemporaryDirectory(prefix="chk29-") as tmp:
        for i, l in enumerate(labels):
            where = "%s:%d" % (l["path"], l["line"])
            if "key_check" in l:
                kc = l["key_check"]
                f = os.path.join(tmp, "k%d.pem" % i)
                with open(f, "w") as fh:
                    fh.write(kc["pem"] + "\n")
                p = subprocess.run(["openssl", "pkey", "-in", f, "-noout"], capture_output=True)
                if p.returncode:
                    problems.append("%s: key does not parse" % where)
                shown = l["value"].replace("\\n", "\n")
                shown = "\n".join(x.strip() for x in shown.split("\n"))
                if kc["wrap"] == "jwk":
                    if '"d": ' not in shown:
                        problems.append("%s: JWK without private part" % where)
                elif kc["wrap"].startswith("openssh"):
                    if "BEGIN OPENSSH PRIVATE KEY" not in shown:
                        problems.append("%s: OpenSSH key not shown" % where)
                    else:
                        g = os.path.join(tmp, "o%d" % i)
                        with open(g, "w") as fh:
                            fh.write(shown.strip() + "\n")
                        os.chmod(g, 0o600)
                        p = subprocess.run(["ssh-keygen", "-y", "-f", g], capture_output=True)
                        if p.returncode:
                            problems.append("%s: ssh-keygen cannot read the key" % where)
                elif "PRIVATE KEY" in shown:
                    g = os.path.join(tmp, "s%d.pem" % i)
                    with open(g, "w") as fh:
                        fh.write(shown.strip() + "\n")
                    p = subprocess.run(["openssl", "pkey", "-in", g, "-noout"], capture_output=True)
                    if p.returncode:
                        problems.append("%s: shown PEM does not parse" % where)
            elif l["category"] in ("certificate", "public-key-spki") and "-----BEGIN" in l["value"]:
                f = os.path.join(tmp, "c%d.pem" % i)
                with open(f, "w") as fh:
                    fh.write(l["value"].replace("\\n", "\n").strip() + "\n")
                cmd = ["openssl", "x509", "-in", f, "-noout"] if l["category"] == "certificate" else \
                    ["openssl", "pkey", "-pubin", "-in", f, "-noout"]
                if subprocess.run(cmd, capture_output=True).returncode:
                    problems.append("%s: %s does not parse" % (where, l["category"]))


def run_all(files, fmts, labels, tools=True):
    problems = []
    check_files(files, fmts, problems)
    owner = check_labels(files, labels, problems)
    check_values(files, labels, owner, problems)
    check_tokens(labels, problems)
    check_keys(labels, problems, tools)
    return problems
