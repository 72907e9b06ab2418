"""Checks shared by generate.py (in memory, before writing) and verify.py (on disk)."""
import base64
import hashlib
import hmac
import json
import os
import shutil
import struct
import subprocess
import tempfile
import tomllib
import xml.etree.ElementTree as ET

import keys22
import prov22

TOML_NAMES = ("secrets.toml", "configs", "default.toml", "config.toml", "mongooseim.toml", "navidrome.toml", "pdm.lock")


def check_all(files, ldoc, vdoc, deep=True):
    """files: {path: bytes}. Returns a list of problem strings."""
    probs = []
    labels, values = ldoc["labels"], vdoc["values"]
    if len(labels) != len(values):
        return ["labels and values differ in length"]
    texts = {}
    for p, b in files.items():
        if b"\x00" in b:
            probs.append("%s: NUL byte" % p)
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:
            probs.append("%s: not UTF-8" % p)
            continue
        crlf = "\r\n" in t
        if crlf and t.replace("\r\n", "").count("\r") or not crlf and "\r" in t:
            probs.append("%s: mixed or bare CR" % p)
        if crlf and t.replace("\r\n", "\n").count("\n") != t.count("\r\n"):
            probs.append("%s: mixed line endings" % p)
        if not t.endswith("\n"):
            probs.append("%s: no final newline" % p)
        texts[p] = t.replace("\r\n", "\n").split("\n")[:-1]
    # ---- labels
    owner, prev = {}, None
    for i, (l, v) in enumerate(zip(labels, values)):
        for k in ("path", "line", "kind", "category"):
            if k not in l:
                probs.append("label %d: missing %s" % (i, k))
        if l["kind"] not in ("secret", "negative") or v["kind"] != l["kind"]:
            probs.append("label %d: bad kind" % i)
        key = (l["path"], l["line"])
        if prev and key < prev:
            probs.append("labels not sorted at %s:%d" % key)
        prev = key
        a, b = l.get("span", [l["line"], l["line"]])
        if not a <= l["line"] <= b:
            probs.append("%s:%d: line outside span" % key)
        lines = texts.get(l["path"])
        if lines is None:
            probs.append("%s: labelled file missing" % l["path"])
            continue
        if b > len(lines) or a < 1:
            probs.append("%s:%d: span outside file" % key)
            continue
        if not lines[a - 1].strip() or not lines[b - 1].strip():
            probs.append("%s:%d: span starts or ends on an empty line" % key)
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                probs.append("%s:%d: two labels on one line" % (l["path"], n))
            owner[(l["path"], n)] = l
        if l["kind"] == "secret" and ("group" not in v or "free_text" not in v):
            probs.append("%s:%d: secret without group/free_text" % key)
        if (v.get("group") == "key") != l["category"].startswith("private-key"):
            probs.append("%s:%d: key group and category disagree" % key)
        # value placement
        if "anchors" in v:
            for ln, text, _ in v["anchors"]:
                if text not in lines[ln - 1]:
                    probs.append("%s:%d: pair anchor %r not on line %d" % (key + (text[:20], ln)))
        elif a == b:
            if v["value"] not in lines[a - 1]:
                probs.append("%s:%d: value not on its line" % key)
        else:
            joined = "\n".join(lines[a - 1:b])
            pos = joined.find(v["value"])
            if pos < 0:
                probs.append("%s:%d: multi-line value not in its span" % key)
            elif pos > len(lines[a - 1]) or pos + len(v["value"]) < len(joined) - len(lines[b - 1]):
                probs.append("%s:%d: multi-line value does not start/end on the span's lines" % key)
    # ---- corpus-wide
    sec_vals = {v["value"] for l, v in zip(labels, values) if l["kind"] == "secret" and "value" in v}
    neg_vals = {v["value"] for l, v in zip(labels, values) if l["kind"] == "negative"}
    for x in sorted(sec_vals & neg_vals):
        probs.append("value both secret and negative: %r" % x[:30])
    needles = []
    for l, v in zip(labels, values):
        if l["kind"] != "secret":
            continue
        if v.get("group") == "key":
            if "PRIVATE KEY-----" in v.get("raw", ""):
                needles += [s for s in v["raw"].split("\n") if len(s) >= 40]
        elif "anchors" in v:
            needles.append(v["anchors"][-1][1])
        elif len(v["value"]) >= 8:
            needles.append(v["value"])
    for p in sorted(texts):
        full = "\n".join(texts[p])
        for nd in needles:
            start = full.find(nd)
            while start >= 0:
                ln = full.count("\n", 0, start) + 1
                o = owner.get((p, ln))
                if not o or (o["kind"] != "secret" and not o["category"].startswith("public-key")):
                    probs.append("%s:%d: secret value outside a secret label: %r" % (p, ln, nd[:24]))
                    break
                start = full.find(nd, start + 1)
    for l, v in zip(labels, values):
        val = v.get("value") or v["anchors"][-1][1]
        for pre in ("ghp_", "gho_", "ghu_", "ghs_", "npm_"):
            if val.startswith(pre) and l["kind"] == "secret" and not prov22.crc_ok(val):
                probs.append("%s:%d: bad CRC32 on %s token" % (l["path"], l["line"], pre))
        if val.startswith("AGE-SECRET-KEY-1") and not keys22.bech32_ok(val):
            probs.append("%s:%d: bad bech32" % (l["path"], l["line"]))
        if "PRIVATE KEY-----" in val and l["kind"] != "secret":
            probs.append("%s:%d: private key not labelled secret" % (l["path"], l["line"]))
    # ---- parseable formats
    for p in sorted(texts):
        t = "\n".join(texts[p]) + "\n"
        base = os.path.basename(p)
        try:
            if p.endswith(".json"):
                json.loads(t)
            elif p.endswith(".jsonl"):
                for ln in texts[p]:
                    json.loads(ln)
            elif base in TOML_NAMES or p.endswith(".toml"):
                tomllib.loads(t)
            elif p.endswith(".xml") or p.endswith(".ts") and t.startswith("<?xml"):
                if "/trillian/" in p:       # Trillian logs are a sequence of elements without a root
                    t = "<log>" + t + "</log>"
                ET.fromstring(t.encode())
        except Exception as e:  # noqa: BLE001 - any parse failure is a problem
            probs.append("%s: does not parse: %s" % (p, str(e)[:80]))
    if deep:
        probs += check_keys(labels, values)
    return probs


def _pem_lines_raw(v):
    raw, val = v["raw"], v["value"]
    cands = [val, val.replace("\\n", "\n").rstrip("\n"), "\n".join(s.strip() for s in val.split("\n"))]
    try:
        cands.append(base64.b64decode(val).decode().rstrip("\n"))
    except Exception:  # noqa: BLE001
        pass
    return any(c == raw for c in cands)


def check_keys(labels, values):
    probs = []
    have_openssl, have_sshkg = shutil.which("openssl"), shutil.which("ssh-keygen")
    with tempfile.TemporaryDirectory() as td:
        for l, v in zip(labels, values):
            if v.get("group") != "key":
                continue
            where = "%s:%d" % (l["path"], l["line"])
            if not _pem_lines_raw(v):
                probs.append(where + ": shown key text does not carry the raw key")
            raw, fmt = v["raw"], v["check"]["format"]
            path = os.path.join(td, "k")
            with open(path, "w") as fh:
                fh.write(raw + "\n")
            os.chmod(path, 0o600)
            if fmt.startswith(("pkcs8", "pkcs1", "sec1")) and have_openssl:
                r = subprocess.run(["openssl", "pkey", "-in", path, "-check", "-noout"], capture_output=True)
                if r.returncode:
                    probs.append(where + ": openssl rejects the key")
            elif fmt.startswith("openssh") and have_sshkg:
                r = subprocess.run(["ssh-keygen", "-y", "-f", path], capture_output=True)
                if r.returncode:
                    probs.append(where + ": ssh-keygen rejects the key")
            elif fmt.startswith("ppk"):
                if not ppk_ok(raw):
                    probs.append(where + ": PPK MAC mismatch")
            elif fmt.startswith("jwk"):
                if not jwk_ok(json.loads(raw)):
                    probs.append(where + ": JWK inconsistent")
    return probs


def _sstr(b):
    return struct.pack(">I", len(b)) + b


def ppk_ok(text):
    lines = text.split("\n")
    ver = int(lines[0].split(":")[0].rsplit("-", 1)[1])
    alg = lines[0].split(": ")[1]
    enc = lines[1].split(": ")[1]
    comment = lines[2].split(": ", 1)[1]
    npub = int(lines[3].split(": ")[1])
    pub = base64.b64decode("".join(lines[4:4 + npub]))
    npriv = int(lines[4 + npub].split(": ")[1])
    priv = base64.b64decode("".join(lines[5 + npub:5 + npub + npriv]))
    mac = lines[5 + npub + npriv].split(": ")[1]
    data = b"".join(_sstr(x) for x in (alg.encode(), enc.encode(), comment.encode(), pub, priv))
    if ver == 2:
        calc = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), data, hashlib.sha1).hexdigest()
    else:
        calc = hmac.new(b"", data, hashlib.sha256).hexdigest()
    return calc == mac


def _i(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def jwk_ok(j):
    if j["kty"] == "RSA":
        n, e, d, p, q = (_i(j[x]) for x in ("n", "e", "d", "p", "q"))
        return n == p * q and pow(pow(7, e, n), d, n) == 7
    if j["kty"] == "EC":
        return keys22.ec_mul(_i(j["d"])) == (_i(j["x"]), _i(j["y"]))
    seed = base64.urlsafe_b64decode(j["d"] + "=" * (-len(j["d"]) % 4))
    return keys22._b64u(keys22.ed25519_public(seed)) == j["x"]
