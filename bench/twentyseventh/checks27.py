"""All checks, shared by generate.py (in memory, before writing) and verify.py (on disk)."""

import base64
import bisect
import configparser
import json
import os
import re
import shutil
import subprocess
import tempfile
import tomllib
import xml.dom.minidom
import zlib

from core27 import b62, bech32_verify
import keys27

BAD_CHARS = re.compile("[\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


class Problems(list):
    def add(self, msg):
        if len(self) < 200:
            self.append(msg)


def split_lines(text):
    return text.split("\r\n") if "\r\n" in text else text.split("\n")


def check_files(files, formats, p):
    for path, text in files.items():
        if BAD_CHARS.search(text):
            p.add("%s: a character that would shift splitlines()" % path)
        if not text.endswith("\n"):
            p.add("%s: no final newline" % path)
        if "\r\n" in text and text.replace("\r\n", "").count("\n"):
            p.add("%s: mixed line endings" % path)
        if text.replace("\r\n", "").count("\r"):
            p.add("%s: bare CR" % path)
        fmt = formats.get(path)
        try:
            if fmt == "json":
                json.loads(text)
            elif fmt == "toml":
                tomllib.loads(text)
            elif fmt == "xml":
                xml.dom.minidom.parseString(text.encode())
            elif fmt == "ini":
                cp = configparser.ConfigParser(interpolation=None, strict=False, comment_prefixes=(";", "#"))
                cp.read_string(text)
        except Exception as e:  # noqa: BLE001
            p.add("%s: does not parse as %s: %s" % (path, fmt, e))


def check_labels(files, labels, values, p):
    if len(labels) != len(values):
        p.add("labels and values differ in length")
    owner = {}
    prev = None
    seen_values = {}
    for lab, val in zip(labels, values):
        for f in ("path", "line", "kind", "category"):
            if f not in lab:
                p.add("label without %s: %r" % (f, lab))
        if lab["kind"] not in ("secret", "negative") or lab["kind"] != val["kind"]:
            p.add("bad kind: %r" % lab)
        key = (lab["path"], lab["line"])
        if prev and key < prev:
            p.add("labels not sorted at %r" % (key,))
        prev = key
        if lab["path"] not in files:
            p.add("label on a missing file: %s" % lab["path"])
            continue
        lines = split_lines(files[lab["path"]])[:-1]
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (1 <= a <= lab["line"] <= b <= len(lines)):
            p.add("%s:%d: span %r outside the file" % (lab["path"], lab["line"], (a, b)))
            continue
        if not lines[a - 1].strip() or not lines[b - 1].strip():
            p.add("%s:%d: span starts or ends on an empty line" % key)
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                p.add("%s:%d: two labels own this line" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
        vlines = val["value"].split("\n")
        for i, vl in enumerate(vlines):
            ln = lab["line"] + i
            if ln > b or vl not in lines[ln - 1]:
                p.add("%s:%d: value line %d is not on its line" % (lab["path"], lab["line"], i + 1))
                break
        for ln, text, _ in val.get("anchors", []):
            if not (a <= ln <= b) or text not in lines[ln - 1]:
                p.add("%s:%d: pair anchor not on its line" % key)
        for extra in val.get("also", []):
            if extra not in lines[lab["line"] - 1]:
                p.add("%s:%d: riding value not on the line" % key)
        if (val.get("group") == "key") != ("check" in val and lab["kind"] == "secret"):
            p.add("%s:%d: key group without key check (or the reverse)" % key)
        for v in [val["value"]] + val.get("also", []) + [x[1] for x in val.get("anchors", []) if x[2] == "id"]:
            if v in seen_values and seen_values[v] != key:
                p.add("%s:%d: value also labelled at %s:%d" % (key + seen_values[v]))
            seen_values[v] = key
    return owner


def check_unowned(files, labels, values, owner, p):
    """No secret value (8+ characters) occurs on a line its label does not own."""
    paths = sorted(files)
    blob, starts, where = [], [], []
    off = 0
    for path in paths:
        for i, ln in enumerate(split_lines(files[path])[:-1]):
            starts.append(off)
            where.append((path, i + 1))
            blob.append(ln)
            off += len(ln) + 1
    big = "\n".join(blob)
    # key body lines shared by several keys (the fixed OpenSSH header line) are not specific to one key
    freq = {}
    for lab, val in zip(labels, values):
        if lab["kind"] == "secret" and val.get("group") == "key":
            for x in set(y.strip() for y in val["value"].split("\n")):
                freq[x] = freq.get(x, 0) + 1
    for lab, val in zip(labels, values):
        if lab["kind"] != "secret":
            continue
        is_key = val.get("group") == "key"
        needles = [val["value"]] + val.get("also", [])
        if is_key:
            needles = [x.strip() for x in val["value"].split("\n")]
            needles = [x for x in needles if len(x) >= 40 and freq[x] == 1]
        for nd in needles:
            nd = nd.strip()
            if len(nd) < 8:
                continue
            i = big.find(nd)
            while i >= 0:
                loc = where[bisect.bisect_right(starts, i) - 1]
                o = owner.get(loc)
                # a public key or certificate beside a private key may share base64 runs with it
                if o is not lab and not (is_key and o is not None and o["kind"] == "negative"):
                    p.add("%s:%d: secret value of %s:%d appears here" % (loc + (lab["path"], lab["line"])))
                i = big.find(nd, i + 1)


def gh_crc_ok(tok):
    body = tok.split("_", 1)[1][:30]
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6) == tok[-6:]


def _b64pad(s):
    return s + "=" * (-len(s) % 4)


def check_tokens(labels, values, p):
    for lab, val in zip(labels, values):
        v = val["value"]
        where = "%s:%d" % (lab["path"], lab["line"])
        if re.fullmatch(r"(gh[pousr]|npm)_[A-Za-z0-9]{36}", v):
            ok = gh_crc_ok(v)
            if lab["kind"] == "secret" and not ok:
                p.add("%s: CRC32 tail is wrong" % where)
            if lab["category"] == "bad-checksum-fixture" and ok:
                p.add("%s: the bad-checksum fixture has a valid tail" % where)
        if v.startswith("pypi-") and not v.startswith("pypi-AgEIcHlwaS5vcmc"):
            p.add("%s: PyPI token without the macaroon header" % where)
        if v.startswith("AGE-SECRET-KEY-1") and not bech32_verify(v):
            p.add("%s: age key fails bech32" % where)
        if re.fullmatch(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", v):
            try:
                json.loads(base64.urlsafe_b64decode(_b64pad(v.split(".")[0])))
                json.loads(base64.urlsafe_b64decode(_b64pad(v.split(".")[1])))
            except Exception:  # noqa: BLE001
                p.add("%s: JWT does not decode" % where)
        if lab["category"] == "azure-storage-key" and len(base64.b64decode(v)) != 64:
            p.add("%s: Azure storage key is not 64 bytes" % where)
        if v.startswith(("glc_", "sntrys_", "ops_")):
            part = v.split("_", 1)[1].rsplit("_", 1)[0] if v.startswith("sntrys_") else v.split("_", 1)[1]
            try:
                json.loads(base64.urlsafe_b64decode(_b64pad(part.replace("+", "-").replace("/", "_"))))
            except Exception:  # noqa: BLE001
                p.add("%s: %s token does not decode to JSON" % (where, v[:6]))


def unwrap(val):
    """Recover the canonical key text from a labelled key value."""
    c = val["check"]
    v = val["value"]
    f = c["format"]
    if f in ("pem", "openssh", "encpem"):
        return v + "\n"
    if f == "indented":
        return "\n".join(x[c["indent"]:] for x in v.split("\n")) + "\n"
    if f == "escaped":
        return v.replace("\\n", "\n")
    if f == "b64pem":
        return base64.b64decode(v).decode()
    if f == "b64der":
        return "\n".join(keys27.pem("PRIVATE KEY", base64.b64decode(v))) + "\n"
    if f == "jwk":
        return None
    raise ValueError(f)


def _jwk_to_key(j):
    def ub(s):
        return int.from_bytes(base64.urlsafe_b64decode(_b64pad(s)), "big")
    if j["kty"] == "OKP":
        seed = base64.urlsafe_b64decode(_b64pad(j["d"]))
        return keys27.ed_pub(seed) == base64.urlsafe_b64decode(_b64pad(j["x"]))
    if j["kty"] == "EC":
        x, y = keys27.p256_pub(ub(j["d"]))
        return x == ub(j["x"]) and y == ub(j["y"])
    n, e, d = ub(j["n"]), ub(j["e"]), ub(j["d"])
    return ub(j["p"]) * ub(j["q"]) == n and pow(pow(12345, e, n), d, n) == 12345


def check_keys(labels, values, p, tools=True):
    have = tools and shutil.which("openssl") and shutil.which("ssh-keygen")
    tmp = tempfile.mkdtemp(prefix="twentyseventh-keys-")
    try:
        for i, (lab, val) in enumerate(zip(labels, values)):
            c = val.get("check")
            if not c:
                continue
            where = "%s:%d" % (lab["path"], lab["line"])
            fn = os.path.join(tmp, "k%d" % i)
            if c["format"] in ("cert", "spki", "csr"):
                text = "\n".join(x.strip() for x in val["value"].split("\n")) + "\n"
                if have:
                    with open(fn, "w") as fh:
                        fh.write(text)
                    cmd = {"cert": ["openssl", "verify", "-no_check_time", "-CAfile", fn, fn],
                           "spki": ["openssl", "pkey", "-pubin", "-in", fn, "-noout"],
                           "csr": ["openssl", "req", "-in", fn, "-verify", "-noout"]}[c["format"]]
                    if subprocess.run(cmd, capture_output=True).returncode:
                        p.add("%s: openssl rejects the %s" % (where, c["format"]))
                continue
            if c["format"] == "jwk":
                j = json.loads(val["value"])
                pub = json.loads(c["jwk_public"])
                if any(pub[k] != j[k] for k in pub) or not _jwk_to_key(j):
                    p.add("%s: JWK private part does not match its public part" % where)
                continue
            raw = unwrap(val)
            if raw != c["raw"] and c["format"] != "encpem":
                p.add("%s: unwrapped key differs from the recorded raw key" % where)
            if not have:
                continue
            with open(fn, "w") as fh:
                fh.write(raw)
            os.chmod(fn, 0o600)
            if c["format"] == "openssh":
                r = subprocess.run(["ssh-keygen", "-y", "-f", fn], capture_output=True, text=True)
                if r.returncode or r.stdout.split()[:2] != c["pub"].split()[:2]:
                    p.add("%s: ssh-keygen -y fails or differs from the .pub" % where)
                continue
            cmd = ["openssl", "pkey", "-in", fn, "-noout"]
            if c["format"] == "encpem":
                cmd += ["-passin", "pass:" + c["passphrase"]]
            elif c["type"] != "ed25519":
                cmd.append("-check")
            if subprocess.run(cmd, capture_output=True).returncode:
                p.add("%s: openssl pkey rejects the key" % where)
            if c["format"] == "encpem":
                out = subprocess.run(["openssl", "pkey", "-in", fn, "-passin", "pass:" + c["passphrase"]],
                                     capture_output=True, text=True).stdout
                if out != c["raw"]:
                    p.add("%s: decrypted key differs from the recorded raw key" % where)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run_all(files, labels, values, formats, tools=True):
    p = Problems()
    check_files(files, formats, p)
    owner = check_labels(files, labels, values, p)
    check_unowned(files, labels, values, owner, p)
    check_tokens(labels, values, p)
    check_keys(labels, values, p, tools)
    return p
