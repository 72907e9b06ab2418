#!/usr/bin/env python3
"""Self-check of a corpus built by generate.py.

usage: verify.py OUT_DIR        (reads OUT_DIR.labels.json and OUT_DIR.values.json next to it)

Exits 1 on any problem. Runs no scanner.
"""

import base64
import binascii
import collections
import hashlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "quality"))

import keys14  # noqa: E402
from vals14 import DOC_EXAMPLES, gh_valid  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


# ------------------------------------------------------------------ DER reader and key checks
def der_read(b, i=0):
    tag = b[i]
    ln = b[i + 1]
    j = i + 2
    if ln & 0x80:
        n = ln & 0x7F
        ln = int.from_bytes(b[j:j + n], "big")
        j += n
    return tag, b[j:j + ln], j + ln


def der_children(body):
    out, i = [], 0
    while i < len(body):
        tag, val, i = der_read(body, i)
        out.append((tag, val))
    return out


def der_int(val):
    return int.from_bytes(val, "big")


def check_rsa_pkcs1(body):
    f = [der_int(v) for t, v in der_children(body)]
    n, e, d, p, q, dp, dq, qi = f[1:9]
    ok = p * q == n and (d * e) % ((p - 1) * (q - 1) // _gcd(p - 1, q - 1)) == 1 and dp == d % (p - 1) and \
        dq == d % (q - 1) and (qi * q) % p == 1
    return ok


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def check_ec_sec1(body):
    ch = der_children(body)
    d = der_int(ch[1][1])
    pub = None
    for t, v in ch[2:]:
        if t == 0xA1:
            _, bs, _ = der_read(v)
            pub = bs[1:]
    if pub is None:
        return True
    x, y = int.from_bytes(pub[1:33], "big"), int.from_bytes(pub[33:65], "big")
    return keys14.ec_mul(d) == (x, y)


OID_RSA = bytes.fromhex("2a864886f70d010101")
OID_EC = bytes.fromhex("2a8648ce3d0201")
OID_ED = bytes.fromhex("2b6570")


def check_pkcs8(der):
    tag, body, _ = der_read(der)
    ch = der_children(body)
    alg = der_children(ch[1][1])
    oid = alg[0][1]
    inner = ch[2][1]
    if oid == OID_RSA:
        return check_rsa_pkcs1(der_read(inner)[1])
    if oid == OID_EC:
        return check_ec_sec1(der_read(inner)[1])
    if oid == OID_ED:
        _, seed, _ = der_read(inner)
        return len(seed) == 32
    return False


def check_pem(text):
    m = re.search(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", text, re.S)
    if not m:
        return False
    label = m.group(1)
    body = re.sub(r"[^A-Za-z0-9+/=]", "", m.group(2))
    der = base64.b64decode(body)
    if label == "RSA PRIVATE KEY":
        return check_rsa_pkcs1(der_read(der)[1])
    if label == "EC PRIVATE KEY":
        return check_ec_sec1(der_read(der)[1])
    if label == "PRIVATE KEY":
        return check_pkcs8(der)
    if label == "OPENSSH PRIVATE KEY":
        return check_openssh(der)
    return False


def _sshstr(b, i):
    n = int.from_bytes(b[i:i + 4], "big")
    return b[i + 4:i + 4 + n], i + 4 + n


def check_openssh(blob):
    if not blob.startswith(b"openssh-key-v1\x00"):
        return False
    i = len(b"openssh-key-v1\x00")
    cipher, i = _sshstr(blob, i)
    kdf, i = _sshstr(blob, i)
    _, i = _sshstr(blob, i)
    i += 4
    pub, i = _sshstr(blob, i)
    priv, i = _sshstr(blob, i)
    if cipher != b"none" or priv[:4] != priv[4:8] or len(priv) % 8:
        return False
    ktype, j = _sshstr(priv, 8)
    if ktype == b"ssh-ed25519":
        pk, j = _sshstr(priv, j)
        sk, j = _sshstr(priv, j)
        return keys14.ed_public(sk[:32]) == pk and sk[32:] == pk
    if ktype == b"ssh-rsa":
        vals = []
        for _ in range(6):
            x, j = _sshstr(priv, j)
            vals.append(int.from_bytes(x, "big"))
        n, e, d, qi, p, q = vals
        return p * q == n and (d * e) % ((p - 1) * (q - 1)) == 1
    if ktype == b"ecdsa-sha2-nistp256":
        _, j = _sshstr(priv, j)
        Q, j = _sshstr(priv, j)
        d, j = _sshstr(priv, j)
        return keys14.ec_mul(int.from_bytes(d, "big")) == (int.from_bytes(Q[1:33], "big"),
                                                          int.from_bytes(Q[33:], "big"))
    return False


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwk(text):
    j = json.loads(text)
    if j["kty"] == "RSA":
        n, e, d, p, q = (int.from_bytes(b64u_dec(j[k]), "big") for k in ("n", "e", "d", "p", "q"))
        return p * q == n and (d * e) % ((p - 1) * (q - 1)) == 1
    if j["kty"] == "EC":
        d = int.from_bytes(b64u_dec(j["d"]), "big")
        return keys14.ec_mul(d) == (int.from_bytes(b64u_dec(j["x"]), "big"), int.from_bytes(b64u_dec(j["y"]), "big"))
    if j["kty"] == "OKP":
        return keys14.ed_public(b64u_dec(j["d"])) == b64u_dec(j["x"])
    return False


def check_key_value(text):
    t = text.strip()
    if t.startswith("{"):
        return check_jwk(t)
    if "-----BEGIN" in t:
        return check_pem(t.replace("\\n", "\n"))
    raw = base64.b64decode(t)
    if raw.startswith(b"-----BEGIN"):
        return check_pem(raw.decode())
    return check_pkcs8(raw)


# ------------------------------------------------------------------ token checks
def check_value(check, value):
    try:
        if check == "gh-crc":
            return gh_valid(value)
        if check == "pypi":
            return b"pypi.org" in b64u_dec(value[len("pypi-"):])[:12]
        if check == "b64json":
            body = value.split("_", 1)[1]
            if value.startswith("sntrys_"):
                body = body.rsplit("_", 1)[0]
            json.loads(base64.b64decode(body + "=" * (-len(body) % 4)))
            return True
        if check == "openai":
            return "T3BlbkFJ" in value
        if check == "bech32":
            return keys14.bech32_valid(value)
        if check == "docker-auth":
            return ":" in base64.b64decode(value).decode()
    except (ValueError, binascii.Error, KeyError, json.JSONDecodeError, UnicodeDecodeError):
        return False
    return check is None or check == ""


SECRET_ASSIGN = re.compile(
    r"""(?i)(?<![a-z])(password|passwd|pwd|secret|token|api[_-]?key|apikey|psk|passphrase|private[_-]?key|auth[_-]?pass)"""
    r"""["']?\s*[:=]\s*["']?([^"'\s,;<>}]{6,})""")
REFERENCE = re.compile(r"""(?i)^(\$|%|\{\{|#\{|<|os\.|env|getenv|vault|op://|none|null|true|false|\*+|\[redacted|"""
                       r"""x{6,}|changeme|replace|your|dev-|secretkeyref|from_secret|credentials\(|ENC\(|\{dpapi)""")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = os.path.abspath(sys.argv[1].rstrip("/"))
    with open(root + ".labels.json") as fh:
        data = json.load(fh)
    with open(root + ".values.json") as fh:
        values = json.load(fh)["values"]
    labels = data["labels"]
    for k in ("generator", "seed", "files", "labels"):
        if k not in data:
            bad("labels.json lacks %s" % k)

    # scorer's view
    try:
        from score import Labels
        L = Labels(root + ".labels.json")
        if len(L.items) != len(labels):
            bad("score.Labels sees %d labels, expected %d" % (len(L.items), len(labels)))
    except ImportError as e:
        bad("cannot import score.py: %s" % e)
        L = None

    # files
    files = {}
    for dp, dn, fn in os.walk(root):
        for f in fn:
            full = os.path.join(dp, f)
            rel = os.path.relpath(full, root)
            raw = open(full, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                bad("%s: not UTF-8" % rel)
                continue
            crlf = text.count("\r\n")
            if crlf and crlf != text.count("\n"):
                bad("%s: mixed line endings" % rel)
            if "\r" in text.replace("\r\n", "") or any(c in text for c in "\x0b\x0c\x85\u2028\u2029"):
                bad("%s: odd line-break character" % rel)
            files[rel] = text.replace("\r\n", "\n").split("\n")
    if data.get("files") != len(files):
        bad("labels.json says %s files, found %d" % (data.get("files"), len(files)))

    # labels
    if len(values) != len(labels):
        bad("values.json not parallel to labels.json")
    prev = None
    owner = {}
    for lab in labels:
        for k in ("path", "line", "kind", "category"):
            if k not in lab:
                bad("label lacks %s: %r" % (k, lab))
        if lab["kind"] not in ("secret", "negative"):
            bad("bad kind %r" % lab)
        key = (lab["path"], lab["line"])
        if prev and key < prev:
            bad("labels not sorted at %s:%d" % key)
        prev = key
        if lab["path"] not in files:
            bad("label on missing file %s" % lab["path"])
            continue
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (a <= lab["line"] <= b) or a < 1 or b > len(files[lab["path"]]):
            bad("bad extent %r" % lab)
            continue
        if "span" in lab and a == b:
            bad("one-line span %s:%d" % key)
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                bad("two labels on %s:%d" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
        if not files[lab["path"]][lab["line"] - 1].strip():
            bad("label on an empty line %s:%d" % key)
    if L is not None:
        for k, lab in owner.items():
            if L.line_owner.get(k) != lab:
                bad("score.Labels disagrees on %s:%d" % k)

    cats = {}
    secrets_single, secrets_multi, negatives_vals = set(), set(), []
    key_checks = 0
    for lab, val in zip(labels, values):
        if lab["path"] not in files:
            continue
        lines = files[lab["path"]]
        cat = lab["category"]
        if lab["kind"] == "secret":
            grp = val.get("group")
            if grp not in ("provider", "generic", "key") or "free_text" not in val:
                bad("secret %s:%d lacks group/free_text" % (lab["path"], lab["line"]))
            if (grp == "key") != cat.startswith("private-key"):
                bad("key group/category mismatch %s:%d" % (lab["path"], lab["line"]))
            sig = ("secret", grp)
        else:
            sig = ("negative", None)
        if cats.setdefault(cat, sig) != sig:
            bad("category %s used with two kinds/groups" % cat)
        anchors = [(lab["line"], val["value"], val.get("check"), False)] if "value" in val else \
            [tuple(x) for x in val["anchors"]]
        a, b = lab.get("span", [lab["line"], lab["line"]])
        for start, text, check, ident in anchors:
            parts = text.split("\n")
            if not (a <= start and start + len(parts) - 1 <= b):
                bad("anchor outside extent %s:%d" % (lab["path"], start))
                continue
            for i, part in enumerate(parts):
                if part not in lines[start - 1 + i]:
                    bad("value not on its line %s:%d (%s)" % (lab["path"], start + i, cat))
            if lab["kind"] == "secret" and not ident:
                if check and not check_value(check, text):
                    bad("check %s failed at %s:%d" % (check, lab["path"], start))
                if cat.startswith("private-key"):
                    key_checks += 1
                    try:
                        ok = check_key_value(text.replace("\n  ", "\n"))
                    except Exception as e:  # noqa: BLE001 - any parse failure is a problem
                        ok = False
                    if not ok:
                        bad("private key does not parse/verify at %s:%d" % (lab["path"], start))
                if "\n" in text:
                    secrets_multi.update(x.strip() for x in parts if len(x.strip()) >= 40)
                elif len(text) >= 8:
                    secrets_single.add(text)
            if lab["kind"] == "negative":
                negatives_vals.append((text, lab))

    # corpus-wide leak checks
    for needles, allowed in ((secrets_single, ("negative", None)), (secrets_multi, (None,))):
        chunks, where = [], []
        for path, lines in files.items():
            for n, ln in enumerate(lines, 1):
                o = owner.get((path, n))
                if (o["kind"] if o else None) in allowed:
                    chunks.append(ln)
                    where.append((path, n))
        big = "\n".join(chunks)
        for nd in needles:
            k = big.find(nd)
            if k >= 0:
                bad("secret value %r on a non-secret line %s:%d" % ((nd[:30],) + where[big.count("\n", 0, k)]))
    for text, lab in negatives_vals:
        for s in secrets_single:
            if s in text:
                bad("negative at %s:%d contains a secret value" % (lab["path"], lab["line"]))
                break

    ghre = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")
    for path, lines in files.items():
        for n, ln in enumerate(lines, 1):
            o = owner.get((path, n))
            kind = o["kind"] if o else None
            for ex in DOC_EXAMPLES:
                if ex in ln and kind != "negative":
                    bad("documented example on a %s line %s:%d" % (kind or "unlabelled", path, n))
            for m in ghre.finditer(ln):
                valid = gh_valid(m.group(0))
                if valid and kind != "secret":
                    bad("valid-checksum token on a non-secret line %s:%d" % (path, n))
                if not valid and kind == "secret":
                    v = values[labels.index(o)]
                    if "value" in v and m.group(0) in v["value"]:
                        bad("broken-checksum token labelled secret %s:%d" % (path, n))
            if "PRIVATE KEY-----" in ln and "BEGIN" in ln and (kind != "secret" or
                                                               not o["category"].startswith("private-key")):
                bad("private key block outside a key label %s:%d" % (path, n))
            if ("BEGIN CERTIFICATE" in ln or "BEGIN PUBLIC KEY" in ln) and kind == "secret":
                bad("certificate/public key inside a secret label %s:%d" % (path, n))
            if kind is None:
                for m in SECRET_ASSIGN.finditer(ln):
                    val = m.group(2)
                    if REFERENCE.match(val) or val.isdigit():
                        continue
                    bad("unlabelled secret-looking assignment %s:%d: %s" % (path, n, ln.strip()[:80]))

    c = collections.Counter(l["kind"] for l in labels)
    print("%s: %d files, %d secrets, %d negatives, %d private keys verified" % (
        root, len(files), c["secret"], c["negative"], key_checks))
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
