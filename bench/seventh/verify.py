#!/usr/bin/env python3
"""Self-check of a corpus made by generate.py.

usage: verify.py OUT_DIR      (reads OUT_DIR/, OUT_DIR.labels.json, OUT_DIR.values.json; exits 1 on any problem)
"""

import base64
import binascii
import collections
import hashlib
import hmac
import importlib.util
import json
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import keys7 as K  # noqa: E402  (EC/Ed25519 arithmetic, self-tested against RFC vectors at import)
from vals7 import crc_ok  # noqa: E402

PROBLEMS = []
COUNTS = collections.Counter()


def problem(msg):
    PROBLEMS.append(msg)


def load_score():
    path = os.path.join(HERE, "..", "quality", "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ------------------------------------------------------------------ DER / key parsing
def der(b, i=0):
    tag = b[i]
    ln = b[i + 1]
    j = i + 2
    if ln & 0x80:
        k = ln & 0x7F
        if k == 0 or k > 4:
            raise ValueError("bad DER length")
        ln = int.from_bytes(b[j:j + k], "big")
        j += k
    if j + ln > len(b):
        raise ValueError("truncated DER")
    return tag, b[j:j + ln], j + ln


def children(body):
    out, i = [], 0
    while i < len(body):
        t, v, i = der(body, i)
        out.append((t, v))
    return out


def top(b):
    t, v, end = der(b)
    if end != len(b) or t != 0x30:
        raise ValueError("not a single SEQUENCE")
    return children(v)


OID = {K.der_oid(K.OID_RSA)[2:]: "rsa", K.der_oid(K.OID_EC)[2:]: "ec", K.der_oid(K.OID_ED25519)[2:]: "ed25519"}
P256 = K.der_oid(K.OID_P256)[2:]


def ival(v):
    return int.from_bytes(v, "big")


def check_rsa_pkcs1(b):
    it = top(b)
    if len(it) != 9 or any(t != 0x02 for t, _ in it):
        raise ValueError("RSAPrivateKey needs 9 INTEGERs")
    _, n, e, d, p, q, dp, dq, qi = [ival(v) for _, v in it]
    if n != p * q or d % (p - 1) != dp or d % (q - 1) != dq or (qi * q) % p != 1 or pow(7, e * d, n) != 7:
        raise ValueError("RSA key inconsistent")
    return "rsa"


def check_ec_point(d, point):
    if point[0] != 4 or len(point) != 65:
        raise ValueError("EC point not uncompressed")
    Q = (int.from_bytes(point[1:33], "big"), int.from_bytes(point[33:], "big"))
    if K.p256_mul(d) != Q:
        raise ValueError("EC Q != d*G")


def check_sec1(b):
    it = top(b)
    if it[0] != (0x02, b"\x01") or it[1][0] != 0x04:
        raise ValueError("bad ECPrivateKey")
    d = ival(it[1][1])
    point = None
    for t, v in it[2:]:
        if t == 0xA0 and v[2:] != P256:
            raise ValueError("EC curve is not P-256")
        if t == 0xA1:
            bt, bv, _ = der(v)
            point = bv[1:]
    if point is None:
        raise ValueError("ECPrivateKey without public key")
    check_ec_point(d, point)
    return "ec"


def check_pkcs8(b):
    it = top(b)
    alg = children(it[1][1])
    kind = OID.get(alg[0][1])
    if kind is None or it[2][0] != 0x04:
        raise ValueError("unknown PKCS#8 algorithm")
    if kind == "rsa":
        return check_rsa_pkcs1(it[2][1])
    if kind == "ec":
        if alg[1][1] != P256:
            raise ValueError("EC curve is not P-256")
        return check_sec1(it[2][1])
    t, seed, end = der(it[2][1])
    if t != 0x04 or len(seed) != 32:
        raise ValueError("Ed25519 seed length")
    return "ed25519"


def ssh_read(b, i):
    n = struct.unpack(">I", b[i:i + 4])[0]
    return b[i + 4:i + 4 + n], i + 4 + n


def check_openssh(b):
    if not b.startswith(b"openssh-key-v1\x00"):
        raise ValueError("bad openssh magic")
    i = 15
    cipher, i = ssh_read(b, i)
    kdf, i = ssh_read(b, i)
    _, i = ssh_read(b, i)
    if cipher != b"none" or kdf != b"none":
        raise ValueError("encrypted openssh key")
    nkeys = struct.unpack(">I", b[i:i + 4])[0]
    i += 4
    pub, i = ssh_read(b, i)
    priv, i = ssh_read(b, i)
    if nkeys != 1 or priv[:4] != priv[4:8] or len(priv) % 8:
        raise ValueError("openssh checkints/padding")
    j = 8
    kt, j = ssh_read(priv, j)
    pkt, pj = ssh_read(pub, 0)
    if kt != pkt:
        raise ValueError("openssh key type mismatch")
    if kt == b"ssh-ed25519":
        pk, j = ssh_read(priv, j)
        sk, j = ssh_read(priv, j)
        if len(sk) != 64 or sk[32:] != pk or K.ed25519_public(sk[:32]) != pk or ssh_read(pub, pj)[0] != pk:
            raise ValueError("openssh ed25519 inconsistent")
        return "ed25519"
    if kt == b"ssh-rsa":
        vals = []
        for _ in range(6):
            x, j = ssh_read(priv, j)
            vals.append(int.from_bytes(x, "big"))
        n, e, d, qi, p, q = vals
        pe, pj2 = ssh_read(pub, pj)
        pn, _ = ssh_read(pub, pj2)
        if n != p * q or (qi * q) % p != 1 or pow(7, e * d, n) != 7 or int.from_bytes(pn, "big") != n:
            raise ValueError("openssh rsa inconsistent")
        return "rsa"
    if kt == b"ecdsa-sha2-nistp256":
        _, j = ssh_read(priv, j)
        point, j = ssh_read(priv, j)
        d, j = ssh_read(priv, j)
        check_ec_point(int.from_bytes(d, "big"), point)
        return "ec"
    raise ValueError("unknown openssh key type")


PRIVATE_LABELS = {"RSA PRIVATE KEY": check_rsa_pkcs1, "EC PRIVATE KEY": check_sec1, "PRIVATE KEY": check_pkcs8,
                  "OPENSSH PRIVATE KEY": check_openssh}
PUBLIC_LABELS = {"CERTIFICATE", "PUBLIC KEY"}


def check_block(label, body):
    if label in PRIVATE_LABELS:
        return PRIVATE_LABELS[label](body)
    if label in PUBLIC_LABELS:
        it = top(body)
        if label == "CERTIFICATE" and len(it) != 3:
            raise ValueError("certificate is not tbs/alg/sig")
        if label == "PUBLIC KEY" and (len(it) != 2 or it[1][0] != 0x03):
            raise ValueError("bad SPKI")
        return label.lower()
    raise ValueError("unexpected PEM label %s" % label)


B64RUN = re.compile(r"[A-Za-z0-9+/=]+")


def pem_body(segment):
    """Base64 body of a PEM block whatever the wrapping: real lines (indented, quoted, concatenated string
    literals) take the longest base64 run of each line; a one-line JSON-escaped block joins all runs."""
    if "\n" in segment:
        runs = []
        for ln in segment.split("\n"):
            r = sorted(B64RUN.findall(ln.replace("\\n", " ")), key=len)
            if r and len(r[-1]) >= 4:
                runs.append(r[-1])
        return "".join(runs)
    return "".join(B64RUN.findall(segment.replace("\\n", " ")))


def parse_pem_text(text):
    m = re.search(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", text, re.S)
    if not m:
        raise ValueError("no PEM block")
    return m.group(1), base64.b64decode(pem_body(m.group(2)), validate=True)


# ------------------------------------------------------------------ offline format checks
def b64any(s):
    s = s.strip()
    pad = "=" * (-len(s) % 4)
    try:
        return base64.b64decode(s + pad, validate=True)
    except binascii.Error:
        return base64.urlsafe_b64decode(s + pad)


def check_jwk(d):
    kty = d["kty"]
    dec = lambda k: int.from_bytes(b64any(d[k]), "big")  # noqa: E731
    if kty == "RSA":
        n, e, dd, p, q = dec("n"), dec("e"), dec("d"), dec("p"), dec("q")
        if n != p * q or pow(7, e * dd, n) != 7 or dec("qi") * q % p != 1:
            raise ValueError("RSA JWK inconsistent")
    elif kty == "EC":
        if K.p256_mul(dec("d")) != (dec("x"), dec("y")):
            raise ValueError("EC JWK inconsistent")
    elif kty == "OKP":
        if K.ed25519_public(b64any(d["d"])) != b64any(d["x"]):
            raise ValueError("OKP JWK inconsistent")
    else:
        raise ValueError("unknown kty")


def check_ppk(lines):
    hdr = {}
    it = iter(lines)
    pub = priv = None
    for ln in it:
        k, _, val = ln.partition(": ")
        if k == "Public-Lines":
            pub = base64.b64decode("".join(next(it) for _ in range(int(val))))
        elif k == "Private-Lines":
            priv = base64.b64decode("".join(next(it) for _ in range(int(val))))
        else:
            hdr[k] = val
    alg = hdr["PuTTY-User-Key-File-2"]
    data = b"".join(K.ssh_str(x) for x in (alg.encode(), hdr["Encryption"].encode(), hdr["Comment"].encode(), pub, priv))
    mac = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), data, hashlib.sha1).hexdigest()
    if mac != hdr["Private-MAC"] or hdr["Encryption"] != "none":
        raise ValueError("ppk MAC mismatch")
    _, j = ssh_read(pub, 0)
    e, j = ssh_read(pub, j)
    n, _ = ssh_read(pub, j)
    vals, j = [], 0
    for _ in range(4):
        x, j = ssh_read(priv, j)
        vals.append(int.from_bytes(x, "big"))
    d, p, q, qi = vals
    n, e = int.from_bytes(n, "big"), int.from_bytes(e, "big")
    if n != p * q or pow(7, e * d, n) != 7 or qi * q % p != 1:
        raise ValueError("ppk RSA inconsistent")


def run_check(check, value, text_lines=None):
    if check == "ghcrc":
        if not crc_ok(value):
            raise ValueError("bad CRC32")
    elif check == "pypi":
        if not value.startswith("pypi-AgEIcHlwaS5vcmc") or b"pypi.org" not in b64any(value[5:]):
            raise ValueError("bad PyPI macaroon")
    elif check == "jfrog":
        if not b64any(value).startswith(b"reftkn:01:"):
            raise ValueError("bad JFrog reference token")
    elif check == "sentry":
        json.loads(b64any(value[len("sntrys_"):].rsplit("_", 1)[0]))
    elif check == "ops":
        json.loads(b64any(value[4:]))
    elif check == "mapbox":
        json.loads(b64any(value.split(".")[1]))
    elif check == "discord":
        if not b64any(value.split(".")[0]).isdigit():
            raise ValueError("discord id not a snowflake")
    elif check == "openai":
        if "T3BlbkFJ" not in value:
            raise ValueError("OpenAI marker missing")
    elif check == "jwt":
        h, p, s = value.split(".")
        json.loads(b64any(h))
        json.loads(b64any(p))
    elif check == "uuid":
        if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", value):
            raise ValueError("not a UUID")
    elif check == "basic":
        if b":" not in base64.b64decode(value, validate=True):
            raise ValueError("basic value lacks user:password")
    elif check == "b64pem":
        label, body = parse_pem_text(base64.b64decode(value).decode())
        if label not in PRIVATE_LABELS:
            raise ValueError("b64 PEM is not a private key")
        check_block(label, body)
    elif check == "b64der":
        check_pkcs8(base64.b64decode(value))
    elif check == "pem-escaped":
        label, body = parse_pem_text(value)
        check_block(label, body)
    elif check == "pem":
        label, body = parse_pem_text("\n".join(text_lines))
        check_block(label, body)
    elif check == "jwk":
        check_jwk(json.loads(value if text_lines is None else "\n".join(text_lines)))
    elif check == "ppk":
        check_ppk(text_lines)
    elif check == "age":
        if not (value.startswith("AGE-SECRET-KEY-1") and K.bech32_verify(value)):
            raise ValueError("bad age key")
    else:
        raise ValueError("unknown check %r" % check)
    COUNTS["check:" + check] += 1


# ------------------------------------------------------------------ main
def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1].rstrip("/")
    score = load_score()
    labels = score.Labels(out + ".labels.json")          # score.py's own loader
    items = labels.items
    with open(out + ".values.json") as fh:
        values = json.load(fh)
    if len(values) != len(items):
        problem("values.json is not parallel to labels.json")

    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                problem("%s: not UTF-8" % rel)
                continue
            if re.search(r"\r(?!\n)|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]", text):
                problem("%s: line break other than \\n or \\r\\n" % rel)
            crlf = "\r\n" in text
            if crlf and re.search(r"(?<!\r)\n", text):
                problem("%s: mixed line endings" % rel)
            lines = text.split("\r\n" if crlf else "\n")
            if lines and lines[-1] == "":
                lines.pop()
            files[rel] = lines
    COUNTS["files"] = len(files)

    # --- label structure
    owner = {}
    for idx, l in enumerate(items):
        for k in ("path", "line", "kind", "category"):
            if k not in l:
                problem("label %d lacks %s" % (idx, k))
        if l["kind"] not in ("secret", "negative"):
            problem("label %d: bad kind" % idx)
        if l["path"] not in files:
            problem("label %d: no file %s" % (idx, l["path"]))
            continue
        a, b = l.get("span", [l["line"], l["line"]])
        if a != l["line"] or b < a or b > len(files[l["path"]]) or a < 1:
            problem("%s:%d: bad span %s" % (l["path"], l["line"], l.get("span")))
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                problem("%s:%d: two labels on one line" % (l["path"], n))
            owner[(l["path"], n)] = idx
    if len(labels.line_owner) != len(owner):
        problem("score.py sees a different line ownership")

    def kind_at(path, n):
        i = owner.get((path, n))
        return items[i]["kind"] if i is not None else None

    # --- values present, anchors inside spans, offline checks
    secret_values = []
    for idx, (l, v) in enumerate(zip(items, values)):
        lines = files.get(l["path"])
        if lines is None:
            continue
        a, b = l.get("span", [l["line"], l["line"]])
        if "value" in v:
            if v["value"] not in lines[l["line"] - 1]:
                problem("%s:%d: value not on its line" % (l["path"], l["line"]))
            if l["kind"] == "secret":
                secret_values.append((v["value"], l))
            if v.get("check"):
                try:
                    run_check(v["check"], v["value"])
                except Exception as e:  # noqa: BLE001
                    problem("%s:%d: check %s failed: %s" % (l["path"], l["line"], v["check"], e))
        else:
            keyblock = l["category"].startswith("key.") and "span" in l
            for ln, text, check, ident in v["anchors"]:
                if not a <= ln <= b:
                    problem("%s:%d: anchor outside span" % (l["path"], ln))
                if text not in lines[ln - 1]:
                    problem("%s:%d: anchor not on its line" % (l["path"], ln))
                if l["kind"] == "secret" and not ident and not keyblock:
                    secret_values.append((text, l))
                if check:
                    try:
                        run_check(check, text, lines[a - 1:b])
                    except Exception as e:  # noqa: BLE001
                        problem("%s:%d: check %s failed: %s" % (l["path"], ln, check, e))

    # --- every PEM block in the corpus
    begin = re.compile(r"-----BEGIN ([A-Z ]+)-----")
    for path, lines in sorted(files.items()):
        n = 0
        while n < len(lines):
            m = begin.search(lines[n])
            if not m:
                n += 1
                continue
            label = m.group(1)
            endm = "-----END %s-----" % label
            if endm in lines[n][m.end():]:
                seg = lines[n][m.end():lines[n].index(endm, m.end())].replace("\\n", " ")
                body = "".join(B64RUN.findall(seg))
                first = last = n
            else:
                last = n + 1
                while last < len(lines) and endm not in lines[last]:
                    last += 1
                if last == len(lines):
                    problem("%s:%d: unterminated PEM block" % (path, n + 1))
                    break
                runs = []
                for k in range(n + 1, last):
                    r = sorted(B64RUN.findall(lines[k].replace("\\n", " ")), key=len)
                    if r:
                        runs.append(r[-1])
                body = "".join(runs)
                first = n
            try:
                check_block(label, base64.b64decode(body, validate=True))
                COUNTS["pem:" + label] += 1
            except Exception as e:  # noqa: BLE001
                problem("%s:%d: PEM %s does not parse: %s" % (path, first + 1, label, e))
            owners = {owner.get((path, k + 1)) for k in range(first, last + 1)}
            if label in PRIVATE_LABELS:
                if len(owners) != 1 or None in owners or items[owners.pop()]["kind"] != "secret":
                    problem("%s:%d: private key block not inside one secret label" % (path, first + 1))
            else:
                if any(o is not None and items[o]["kind"] == "secret" for o in owners):
                    problem("%s:%d: %s touches a secret label" % (path, first + 1, label))
            n = last + 1

    # --- PuTTY keys must be secret-labelled
    for path, lines in files.items():
        for k, ln in enumerate(lines):
            if ln.startswith("PuTTY-User-Key-File-"):
                if kind_at(path, k + 1) != "secret":
                    problem("%s:%d: PuTTY key not labelled secret" % (path, k + 1))
                COUNTS["ppk"] += 1

    # --- base64-wrapped PEM anywhere
    for path, lines in files.items():
        for k, ln in enumerate(lines):
            for m in re.finditer(r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]*", ln):
                try:
                    label, body = parse_pem_text(base64.b64decode(m.group(0)).decode())
                    check_block(label, body)
                except Exception as e:  # noqa: BLE001
                    problem("%s:%d: base64 PEM does not parse: %s" % (path, k + 1, e))
                    continue
                want = "secret" if label in PRIVATE_LABELS else None
                got = kind_at(path, k + 1)
                if (want == "secret") != (got == "secret"):
                    problem("%s:%d: base64 %s labelled %s" % (path, k + 1, label, got))
                COUNTS["b64pem"] += 1

    # --- checksummed tokens anywhere: valid exactly when secret
    tokre = re.compile(r"(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])")
    for path, lines in files.items():
        for k, ln in enumerate(lines):
            for m in tokre.finditer(ln):
                ok = crc_ok(m.group(1))
                sec = kind_at(path, k + 1) == "secret"
                if ok != sec:
                    problem("%s:%d: checksum-%s token labelled %s" % (path, k + 1, "valid" if ok else "invalid", kind_at(path, k + 1)))
                COUNTS["crc-tokens"] += 1

    # --- leak check: no secret value on a line outside a secret label
    outside = []
    for path, lines in files.items():
        for k, ln in enumerate(lines):
            if kind_at(path, k + 1) != "secret":
                outside.append(ln)
    blob = "\n".join(outside)
    for val, l in secret_values:
        if len(val) >= 6 and not val.startswith("-----") and val in blob:
            problem("%s:%d: secret value also appears on an unlabelled/negative line" % (l["path"], l["line"]))

    # --- unlabelled lines that plainly look like credentials
    sus = re.compile(r"(?i)(password|passwd|secret|token|api[_-]?key)\s*[:=]\s*['\"]?[A-Za-z0-9+/_\-.!*~^=]{12,}")
    for path, lines in files.items():
        for k, ln in enumerate(lines):
            if owner.get((path, k + 1)) is None and sus.search(ln) and "${" not in ln and "{{" not in ln:
                problem("%s:%d: unlabelled line looks like a credential: %s" % (path, k + 1, ln[:90]))

    sec = sum(1 for l in items if l["kind"] == "secret")
    print("files %d, labels %d (secrets %d, negatives %d), spans %d" % (
        len(files), len(items), sec, len(items) - sec, sum(1 for l in items if "span" in l)))
    print("checks: " + ", ".join("%s=%d" % kv for kv in sorted(COUNTS.items())))
    if PROBLEMS:
        for p in PROBLEMS[:200]:
            print("PROBLEM: " + p)
        print("%d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
