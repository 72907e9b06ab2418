"""All content checks, shared by generate.py (in memory) and verify.py (twentyfourth corpus)."""
import base64
import configparser
import hashlib
import hmac
import json
import os
import shutil
import subprocess
import tempfile
import tomllib
import xml.etree.ElementTree as ET

import keys24 as K
import keywrap24
import prov24


def _lines(b):
    return b.decode("utf-8").replace("\r\n", "\n").split("\n")[:-1]


def check_files(files, formats):
    errs = []
    for p, b in files.items():
        if b"\x00" in b:
            errs.append("%s: NUL byte" % p)
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:
            errs.append("%s: not UTF-8" % p)
            continue
        if not t.endswith("\n"):
            errs.append("%s: no final newline" % p)
        crlf = t.count("\r\n")
        if crlf and crlf != t.count("\n"):
            errs.append("%s: mixed line endings" % p)
        if t.replace("\r\n", "").count("\r"):
            errs.append("%s: bare CR" % p)
        for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
            if ch in t:
                errs.append("%s: line-breaking character %r" % (p, ch))
    for p in formats.get("json", []):
        try:
            json.loads(files[p])
        except ValueError as e:
            errs.append("%s: JSON: %s" % (p, e))
    for p in formats.get("toml", []):
        try:
            tomllib.loads(files[p].decode())
        except tomllib.TOMLDecodeError as e:
            errs.append("%s: TOML: %s" % (p, e))
    for p in formats.get("xml", []):
        try:
            ET.fromstring(files[p])
        except ET.ParseError as e:
            errs.append("%s: XML: %s" % (p, e))
    for p in formats.get("ini", []):
        cp = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            cp.read_string(files[p].decode())
        except configparser.Error as e:
            errs.append("%s: INI: %s" % (p, str(e).split("\n")[0]))
    return errs


def check_labels(files, labels, values):
    errs = []
    if len(labels) != len(values):
        return ["labels and values differ in length"]
    owned = {}
    cache = {}
    prev = None
    for l, v in zip(labels, values):
        key = (l["path"], l["line"])
        if prev and key < prev:
            errs.append("labels not sorted at %s:%d" % key)
        prev = key
        if l["kind"] not in ("secret", "negative") or l["kind"] != v["kind"]:
            errs.append("%s:%d bad kind" % key)
        if not l.get("category"):
            errs.append("%s:%d no category" % key)
        if l["path"] not in files:
            errs.append("%s: label on missing file" % l["path"])
            continue
        lines = cache.setdefault(l["path"], _lines(files[l["path"]]))
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(lines)):
            errs.append("%s:%d span/line outside file" % key)
            continue
        if "span" in l and (a == b or not lines[a - 1].strip() or not lines[b - 1].strip()):
            errs.append("%s:%d degenerate span" % key)
        for n in range(a, b + 1):
            if (l["path"], n) in owned:
                errs.append("%s:%d line owned twice" % (l["path"], n))
            owned[(l["path"], n)] = l["kind"]
        val = v["value"]
        if "anchors" in v:
            for ln, text, _ in v["anchors"]:
                if text not in lines[ln - 1]:
                    errs.append("%s:%d anchor %r not on line %d" % (key + (text, ln)))
        elif "span" in l:
            if "\n".join(lines[a - 1:b]) != val:
                errs.append("%s:%d span text differs from value" % key)
        elif val not in lines[l["line"] - 1]:
            errs.append("%s:%d value not on line" % key)
        if l["kind"] == "secret" and v.get("group") not in ("generic", "provider", "key"):
            errs.append("%s:%d bad group" % key)
        if l["kind"] == "secret" and (v.get("group") == "key") != ("check" in v):
            errs.append("%s:%d key group without check (or the reverse)" % key)
    return errs, cache


def check_values(files, labels, values, cache):
    errs = []
    sec = {v["value"] for l, v in zip(labels, values) if l["kind"] == "secret"}
    neg = {v["value"] for l, v in zip(labels, values) if l["kind"] == "negative"}
    for x in sorted(sec & neg):
        errs.append("value both secret and negative: %r" % x[:60])
    secret_lines = set()
    for l in labels:
        if l["kind"] == "secret":
            a, b = l.get("span", [l["line"], l["line"]])
            secret_lines.update((l["path"], n) for n in range(a, b + 1))
    exempt = set()
    for l in labels:
        if l["kind"] == "negative" and ("public" in l["category"] or l["category"] in ("ssh-public-key", "x509-certificate")):
            a, b = l.get("span", [l["line"], l["line"]])
            exempt.update((l["path"], n) for n in range(a, b + 1))
    needles = set()
    for l, v in zip(labels, values):
        if l["kind"] != "secret":
            continue
        if "check" in v:
            needles.update(x.strip() for x in v["value"].split("\n") if len(x.strip()) >= 40)
        elif len(v["value"]) >= 8:
            needles.add(v["value"])
    needles = sorted(needles)
    for p in sorted(files):
        text = files[p].decode("utf-8")
        hits = [x for x in needles if x in text]
        if not hits:
            continue
        for i, ln in enumerate(cache.get(p) or _lines(files[p]), 1):
            if (p, i) in secret_lines or (p, i) in exempt:
                continue
            for x in hits:
                if x in ln:
                    errs.append("%s:%d secret value outside a secret label: %r" % (p, i, x[:40]))
    for l, v in zip(labels, values):
        val = v["value"]
        ok = prov24.crc_ok(val) if len(val) == 40 else None
        if ok is not None:
            if l["kind"] == "secret" and not ok:
                errs.append("%s:%d checksum-bearing secret with a bad CRC32" % (l["path"], l["line"]))
            if l["kind"] == "negative" and ok:
                errs.append("%s:%d bad-checksum negative has a valid CRC32" % (l["path"], l["line"]))
        if l["kind"] == "negative" and l["category"].startswith("bad-checksum") and ok is not False:
            errs.append("%s:%d bad-checksum negative not checkable" % (l["path"], l["line"]))
        if l["kind"] == "secret" and val.startswith("pypi-") and not prov24.pypi_ok(val):
            errs.append("%s:%d PyPI token does not decode as a macaroon" % (l["path"], l["line"]))
        if l["kind"] == "secret" and val.startswith("AGE-SECRET-KEY-1") and not prov24.age_ok(val):
            errs.append("%s:%d age key bech32 checksum" % (l["path"], l["line"]))
        if l["kind"] == "secret" and val.startswith("eyJ") and val.count(".") == 2:
            try:
                for part in val.split(".")[:2]:
                    json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
            except ValueError:
                errs.append("%s:%d JWT does not decode" % (l["path"], l["line"]))
    return errs


# ---------------------------------------------------------------- keys
def _ppk_ok(text):
    ls = text.split("\n")
    alg = ls[0].split(": ")[1]
    ver = int(ls[0].split("-")[4][0])
    comment = ls[2][len("Comment: "):]
    npub = int(ls[3].split(": ")[1])
    pub = base64.b64decode("".join(ls[4:4 + npub]))
    nprv = int(ls[4 + npub].split(": ")[1])
    prv = base64.b64decode("".join(ls[5 + npub:5 + npub + nprv]))
    mac = ls[5 + npub + nprv].split(": ")[1]
    data = b"".join(K.sshstr(x) for x in (alg.encode(), b"none", comment.encode(), pub, prv))
    if ver == 2:
        want = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), data, hashlib.sha1).hexdigest()
    else:
        want = hmac.new(b"", data, hashlib.sha256).hexdigest()
    return want == mac


def _sig_ok(text, kind):
    blob = base64.b64decode(text.split("\n")[1])
    if kind == "minisign":
        keynum, sk, chk = blob[54:62], blob[62:126], blob[126:158]
        good = hashlib.blake2b(b"Ed" + keynum + sk, digest_size=32).digest() == chk and blob[:6] == b"Ed\x00\x00B2"
    else:
        chk, sk = blob[24:32], blob[40:104]
        good = hashlib.sha512(sk).digest()[:8] == chk and blob[:4] == b"EdBK"
    return good and K.ed_check(sk[:32], sk[32:])


def _rsaxml_ok(value):
    root = ET.fromstring(value)
    g = {c.tag: int.from_bytes(base64.b64decode(c.text), "big") for c in root}
    lam = (g["P"] - 1) * (g["Q"] - 1)
    return g["P"] * g["Q"] == g["Modulus"] and (g["D"] * g["Exponent"]) % lam == 1 and g["InverseQ"] * g["Q"] % g["P"] == 1


def _jwk_ok(value, raw):
    j = json.loads(value)
    if json.dumps(j, sort_keys=True) != raw:
        return False
    d = lambda s: base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    if j["kty"] == "OKP":
        return K.ed_check(d(j["d"]), d(j["x"]))
    x, y = K.p256_mul(int.from_bytes(d(j["d"]), "big"))
    return x == int.from_bytes(d(j["x"]), "big") and y == int.from_bytes(d(j["y"]), "big")


def check_keys(labels, values, use_tools=True):
    errs, tool_jobs = [], []
    for l, v in zip(labels, values):
        if "check" not in v:
            continue
        where = "%s:%d" % (l["path"], l["line"])
        fmt, wrap = v["check"]["format"], v["check"]["wrap"]
        try:
            if fmt in ("ppk2", "ppk3"):
                ok = v["value"] == v["raw"] and _ppk_ok(v["raw"])
            elif fmt in ("minisign", "signify"):
                ok = v["value"] == v["raw"] and _sig_ok(v["raw"], fmt)
            elif fmt == "rsaxml":
                ok = _rsaxml_ok(v["value"])
                tool_jobs.append((where, "pem", v["raw"]))
            elif fmt == "jwk":
                ok = _jwk_ok(v["value"], v["raw"])
            else:
                ok = keywrap24.unwrap(wrap, v["value"]) == v["raw"]
                tool_jobs.append((where, "ssh" if fmt == "openssh" else "pem", v["raw"]))
        except (ValueError, KeyError, IndexError, ET.ParseError) as e:
            ok = False
            errs.append("%s: key check raised %s" % (where, e))
        if not ok:
            errs.append("%s: private key (%s/%s) does not check" % (where, fmt, wrap))
    if use_tools:
        errs += _tool_checks(tool_jobs)
    return errs


def _tool_checks(jobs):
    errs = []
    have_ossl, have_ssh = shutil.which("openssl"), shutil.which("ssh-keygen")
    with tempfile.TemporaryDirectory() as tmp:
        for i, (where, kind, raw) in enumerate(jobs):
            p = os.path.join(tmp, "k%d" % i)
            with open(p, "w") as fh:
                fh.write(raw + "\n")
            os.chmod(p, 0o600)
            if kind == "ssh" and have_ssh:
                r = subprocess.run(["ssh-keygen", "-y", "-f", p], capture_output=True)
            elif kind == "pem" and have_ossl:
                r = subprocess.run(["openssl", "pkey", "-in", p, "-noout", "-check"], capture_output=True)
                if r.returncode and b"not supported" in r.stderr + r.stdout:
                    r = subprocess.run(["openssl", "pkey", "-in", p, "-noout"], capture_output=True)
            else:
                continue
            if r.returncode:
                errs.append("%s: key rejected by %s: %s" % (where, "ssh-keygen" if kind == "ssh" else "openssl", r.stderr.decode()[:120]))
    return errs


def check_certs(files, labels, use_tools=True):
    errs = []
    if not (use_tools and shutil.which("openssl")):
        return errs
    with tempfile.TemporaryDirectory() as tmp:
        for l in labels:
            if l["category"] == "x509-certificate":
                p = os.path.join(tmp, "c.pem")
                with open(p, "wb") as fh:
                    fh.write(files[l["path"]])
                r = subprocess.run(["openssl", "x509", "-in", p, "-noout"], capture_output=True)
                if r.returncode:
                    errs.append("%s: certificate rejected by openssl" % l["path"])
    return errs


def check_all(result, use_tools=True):
    files, labels, values = result["files"], result["labels"], result["values"]
    errs = check_files(files, result["formats"])
    e2, cache = check_labels(files, labels, values)
    errs += e2
    errs += check_values(files, labels, values, cache)
    errs += check_keys(labels, values, use_tools)
    errs += check_certs(files, labels, use_tools)
    return errs
