"""All self-checks, shared by generate.py (in memory, before writing) and verify.py (on disk)."""

import base64
import configparser
import json
import os
import re
import shutil
import subprocess
import tempfile
import tomllib
import xml.etree.ElementTree as ET

import keys26
from core26 import bech32_verify, crc32_b62

FORBIDDEN = ["\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00"]
PUBLIC_CATS = {"ssh-public-key", "public-key-pem", "certificate", "public-key-b64"}
JWT_CATS = {"turso-jwt", "cesium-ion-jwt", "bakong-jwt", "supabase-service-jwt", "bearer-jwt", "vercel-oidc-jwt"}


def _lines(text):
    return text.replace("\r\n", "\n").split("\n")[:-1]


def check_files(texts, formats):
    probs = []
    for path, text in texts.items():
        if not text.endswith("\n"):
            probs.append("%s: no final newline" % path)
        crlf = text.count("\r\n")
        lf = text.count("\n")
        if crlf and crlf != lf:
            probs.append("%s: mixed line endings" % path)
        if text.replace("\r\n", "").count("\r"):
            probs.append("%s: bare CR" % path)
        for ch in FORBIDDEN:
            if ch in text:
                probs.append("%s: forbidden character %r" % (path, ch))
        fmt = formats.get(path)
        body = text.replace("\r\n", "\n")
        try:
            if fmt == "json":
                json.loads(body)
            elif fmt == "jsonl":
                for ln in body.splitlines():
                    json.loads(ln)
            elif fmt == "toml":
                tomllib.loads(body)
            elif fmt == "ini":
                cp = configparser.ConfigParser(interpolation=None, strict=False)
                cp.read_string(body)
            elif fmt == "xml":
                ET.fromstring(body.encode())
        except Exception as e:  # noqa: BLE001 - any parse error is a finding
            probs.append("%s: does not parse as %s: %s" % (path, fmt, str(e)[:120]))
    return probs


def check_labels(texts, labels, values):
    probs = []
    if len(labels) != len(values):
        return ["labels and values differ in length"]
    owner = {}
    prev = None
    for i, (l, v) in enumerate(zip(labels, values)):
        for k in ("path", "line", "kind", "category"):
            if k not in l:
                probs.append("label %d lacks %s" % (i, k))
        if l["kind"] not in ("secret", "negative") or l["kind"] != v["kind"]:
            probs.append("label %d kind %r" % (i, l["kind"]))
        key = (l["path"], l["line"])
        if prev and key < prev:
            probs.append("labels not sorted at %s:%d" % key)
        prev = key
        if l["path"] not in texts:
            probs.append("label points at a missing file %s" % l["path"])
            continue
        lines = _lines(texts[l["path"]])
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(lines)):
            probs.append("%s:%d span %r outside the file" % (l["path"], l["line"], [a, b]))
            continue
        if not lines[a - 1].strip() or not lines[b - 1].strip():
            probs.append("%s:%d span starts or ends on an empty line" % (l["path"], l["line"]))
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                probs.append("%s:%d owned twice" % (l["path"], n))
            owner[(l["path"], n)] = i
        val = v["value"]
        if "span" in l and "anchors" not in v:
            block = "\n".join(lines[a - 1:b])
            if val not in block:
                probs.append("%s:%d value not on its span" % (l["path"], l["line"]))
            elif val.split("\n")[0] not in lines[l["line"] - 1]:
                probs.append("%s:%d value does not start on its line" % (l["path"], l["line"]))
        else:
            if val not in lines[l["line"] - 1]:
                probs.append("%s:%d value %r not on its line" % (l["path"], l["line"], val[:40]))
        for an in v.get("anchors", []):
            if not (a <= an[0] <= b) or an[1] not in lines[an[0] - 1]:
                probs.append("%s:%d pair anchor %r not on line %d" % (l["path"], l["line"], an[1][:20], an[0]))
        if "anchors_inline" in v and v["anchors_inline"] not in lines[l["line"] - 1]:
            probs.append("%s:%d inline anchor missing" % (l["path"], l["line"]))
        if l["kind"] == "secret" and (v["group"] == "key") != ("check" in v):
            probs.append("%s:%d key group without key check (or the reverse)" % (l["path"], l["line"]))
    seen = {}
    for l, v in zip(labels, values):
        if v["value"] in seen:
            probs.append("value used twice: %s:%d and %s" % (l["path"], l["line"], seen[v["value"]]))
        seen[v["value"]] = "%s:%d" % (l["path"], l["line"])
    return probs, owner


def check_leaks(texts, labels, values, owner):
    """No secret value may appear on a line that its own label does not own."""
    probs = []
    needles = []
    freq = {}
    for l, v in zip(labels, values):
        if l["kind"] == "secret" and "\n" in v["value"]:
            for part in set(p.strip() for p in v["value"].split("\n")):
                freq[part] = freq.get(part, 0) + 1
    for i, (l, v) in enumerate(zip(labels, values)):
        if l["kind"] != "secret":
            continue
        if "\n" in v["value"]:
            # key body lines; structural lines shared by several keys (armour, fixed prefixes) are skipped
            for part in v["value"].split("\n"):
                part = part.strip()
                if len(part) >= 40 and "-----" not in part and freq.get(part) == 1:
                    needles.append((part, i, True))
        elif len(v["value"]) >= 8:
            needles.append((v["value"], i, False))
    for path, text in texts.items():
        body = text.replace("\r\n", "\n")
        starts = [0]
        for m in re.finditer("\n", body):
            starts.append(m.end())
        for needle, i, keyline in needles:
            pos = body.find(needle)
            while pos != -1:
                # line number of pos
                lo, hi = 0, len(starts) - 1
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if starts[mid] <= pos:
                        lo = mid
                    else:
                        hi = mid - 1
                ln = lo + 1
                o = owner.get((path, ln))
                public = o is not None and labels[o]["kind"] == "negative" and labels[o]["category"] in PUBLIC_CATS
                if o != i and not (keyline and public):
                    probs.append("secret from %s:%d also on %s:%d" % (labels[i]["path"], labels[i]["line"], path, ln))
                pos = body.find(needle, pos + 1)
    return probs


def _b64d(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_tokens(labels, values):
    probs = []
    for l, v in zip(labels, values):
        val, cat = v["value"], l["category"]
        where = "%s:%d" % (l["path"], l["line"])
        if l["kind"] == "secret" and re.fullmatch(r"(gh[pousr]_|npm_)[A-Za-z0-9]{36}", val):
            body = val[4:34]
            if val[34:] != crc32_b62(body):
                probs.append("%s: bad CRC32 on a secret token" % where)
        if cat == "bad-checksum-fixture":
            if val[34:] == crc32_b62(val[4:34]):
                probs.append("%s: fixture has a valid checksum" % where)
        if cat == "pypi-token":
            raw = _b64d(val[5:])
            if not raw.startswith(b"\x02\x01\x08pypi.org"):
                probs.append("%s: PyPI macaroon header" % where)
        if cat in JWT_CATS:
            try:
                h, p, _ = val.split(".")
                json.loads(_b64d(h))
                json.loads(_b64d(p))
            except Exception:  # noqa: BLE001
                probs.append("%s: JWT does not decode" % where)
        if cat == "age-secret-key" and not bech32_verify(val):
            probs.append("%s: age key fails bech32" % where)
        if cat == "nx-cloud" and not base64.b64decode(val).decode().endswith("|read-write"):
            probs.append("%s: Nx Cloud token does not decode" % where)
        if cat == "azure-storage-key" and len(base64.b64decode(val)) != 64:
            probs.append("%s: storage key is not 64 bytes" % where)
    return probs


# ---------------------------------------------------------------- keys
def unwrap(wrap, shown):
    if wrap in ("pem-file", "heredoc", "c-raw-string", "openssh-file"):
        return shown + "\n"
    if wrap == "yaml-block":
        return "\n".join(x[6:] for x in shown.split("\n")) + "\n"
    if wrap == "json-escaped":
        return shown.replace("\\n", "\n")
    if wrap == "env-escaped":
        return shown.replace("\\n", "\n") + "\n"
    if wrap == "base64":
        return base64.b64decode(shown).decode()
    if wrap == "python-bytes":
        return shown.split('b"""', 1)[1].rsplit('"""', 1)[0] + "\n"
    if wrap == "go-raw-string":
        return shown.split("`", 1)[1].rsplit("`", 1)[0] + "\n"
    if wrap == "properties":
        out = []
        for i, x in enumerate(shown.split("\n")):
            x = x.split("=", 1)[1] if i == 0 else x.strip()
            out.append(x[:-3] if x.endswith("\\n\\") else x)
        return "\n".join(out) + "\n"
    if wrap == "csv-cell":
        parts = shown.split("\n")
        parts[0] = parts[0].split('"', 1)[1]
        parts[-1] = parts[-1].split('"', 1)[0]
        return "\n".join(parts) + "\n"
    return None


def _tool(cmd, data=None):
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode(errors="replace")


def check_keys(texts, labels, values, use_tools=True):
    probs = []
    have_openssl = use_tools and shutil.which("openssl")
    have_ssh = use_tools and shutil.which("ssh-keygen")
    tmp = tempfile.mkdtemp(prefix="chk26-")
    n_tool = 0
    try:
        for l, v in zip(labels, values):
            c = v.get("check")
            if not c:
                continue
            where = "%s:%d" % (l["path"], l["line"])
            fmt = c["format"]
            if fmt in ("pem", "openssh"):
                raw = unwrap(c["wrap"], v["value"])
                if raw != c["raw"]:
                    probs.append("%s: shown key does not unwrap to its raw key (%s)" % (where, c["wrap"]))
                    continue
                f = os.path.join(tmp, "k")
                with open(f, "w") as fh:
                    fh.write(raw)
                os.chmod(f, 0o600)
                if fmt == "pem" and have_openssl:
                    cmd = ["openssl", "pkey", "-in", f, "-noout"] + (["-check"] if c["type"] != "ed25519" else [])
                    rc, _ = _tool(cmd)
                    n_tool += 1
                    if rc:
                        probs.append("%s: openssl cannot parse the key" % where)
                if fmt == "openssh" and have_ssh:
                    rc, out = _tool(["ssh-keygen", "-y", "-f", f])
                    n_tool += 1
                    pub = texts.get(l["path"] + ".pub", "")
                    if rc or out.split()[1:2] != pub.split()[1:2]:
                        probs.append("%s: ssh-keygen -y fails or differs from the .pub" % where)
            elif fmt == "x509" and have_openssl:
                f = os.path.join(tmp, "c.pem")
                with open(f, "w") as fh:
                    fh.write(c["raw"])
                rc, _ = _tool(["openssl", "verify", "-no_check_time", "-CAfile", f, f])
                n_tool += 1
                if rc:
                    probs.append("%s: certificate does not verify" % where)
            elif fmt == "spki" and have_openssl:
                rc, _ = _tool(["openssl", "pkey", "-pubin", "-noout"], c["raw"].encode())
                n_tool += 1
                if rc:
                    probs.append("%s: public key does not parse" % where)
            elif fmt == "jwk":
                jwk = json.loads(v["value"])
                if jwk["kty"] == "OKP":
                    ok = keys26.ed25519_public(_b64d(jwk["d"])) == _b64d(jwk["x"])
                elif jwk["kty"] == "EC":
                    pub = keys26.p256_public(int.from_bytes(_b64d(jwk["d"]), "big"))
                    ok = pub[1:33] == _b64d(jwk["x"]) and pub[33:] == _b64d(jwk["y"])
                else:
                    n, e, d = (int.from_bytes(_b64d(jwk[k]), "big") for k in ("n", "e", "d"))
                    p, q = (int.from_bytes(_b64d(jwk[k]), "big") for k in ("p", "q"))
                    ok = p * q == n and pow(pow(7, e, n), d, n) == 7
                if not ok:
                    probs.append("%s: JWK private part does not match its public part" % where)
                if have_openssl:
                    rc, _ = _tool(["openssl", "pkey", "-noout"], c["raw"].encode())
                    n_tool += 1
                    if rc:
                        probs.append("%s: JWK's PEM twin does not parse" % where)
            elif fmt == "ed25519-seed-b64":
                seed = base64.b64decode(v["value"])
                if base64.b64encode(keys26.ed25519_public(seed)).decode() != c["public_b64"]:
                    probs.append("%s: Sparkle seed does not give SUPublicEDKey" % where)
            elif fmt == "x25519-b64":
                priv = base64.b64decode(v["value"])
                if b"\x05" + keys26.x25519_public(priv) != base64.b64decode(c["public_b64"]):
                    probs.append("%s: Curve25519 private key does not give its public key" % where)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return probs, n_tool


def check_all(texts, labels, values, formats, use_tools=True):
    probs = check_files(texts, formats)
    p2, owner = check_labels(texts, labels, values)
    probs += p2
    probs += check_leaks(texts, labels, values, owner)
    probs += check_tokens(labels, values)
    p3, n_tool = check_keys(texts, labels, values, use_tools)
    probs += p3
    return probs, n_tool
