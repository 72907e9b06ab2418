"""All checks, shared by generate.py (on the corpus in memory) and verify.py (on the corpus on disk).
check(files, labels, values, fmts) returns a list of problems (empty when all is well).
files: {path: text}; labels/values: parallel lists as written to the labels and values files."""

import base64
import configparser
import json
import os
import shutil
import subprocess
import tempfile
import tomllib
import xml.etree.ElementTree as ET

import keys23
import prov23

REQUIRED = ("path", "line", "kind", "category")
PUBLIC_KEY_CATS = {"ssh-public-key", "jwk-public-key", "spki-public-key", "rustdesk-public-key"}


def lines_of(text):
    return text.split("\r\n" if "\r\n" in text else "\n")[:-1]


def check(files, labels, values, fmts=None, run_tools=True):
    probs = []
    add = probs.append
    fmts = fmts or {}
    flines = {}
    # ------------------------------------------------------------ files
    for p, text in files.items():
        if "\x00" in text:
            add("%s: NUL byte" % p)
        if not text.endswith("\n"):
            add("%s: no final newline" % p)
        crlf = "\r\n" in text
        if crlf and text.replace("\r\n", "").count("\n"):
            add("%s: mixed line endings" % p)
        if text.replace("\r\n", "").count("\r"):
            add("%s: bare CR" % p)
        flines[p] = lines_of(text)
        fmt = fmts.get(p) or guess_fmt(p)
        try:
            body = text.replace("\r\n", "\n")
            if fmt == "json":
                json.loads(body)
            elif fmt == "toml":
                tomllib.loads(body)
            elif fmt == "xml":
                ET.fromstring(body.encode())
            elif fmt == "ini":
                cp = configparser.ConfigParser(interpolation=None, strict=False)
                cp.read_string(body)
        except Exception as e:  # noqa: BLE001 - any parse failure is a problem
            add("%s: does not parse as %s: %s" % (p, fmt, str(e)[:120]))
    # ------------------------------------------------------------ labels
    if len(labels) != len(values):
        add("labels and values differ in length")
        return probs
    owner = {}
    prev = None
    for i, (l, v) in enumerate(zip(labels, values)):
        for k in REQUIRED:
            if k not in l:
                add("label %d lacks %s" % (i, k))
        if l["kind"] not in ("secret", "negative") or l["kind"] != v["kind"]:
            add("label %d: bad kind" % i)
        key = (l["path"], l["line"])
        if prev and key <= prev:
            add("labels not sorted / duplicate at %s:%d" % key)
        prev = key
        if l["path"] not in flines:
            add("label for missing file %s" % l["path"])
            continue
        ls = flines[l["path"]]
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(ls)):
            add("%s:%d: span/line outside file" % key)
            continue
        if not ls[a - 1].strip() or not ls[b - 1].strip():
            add("%s:%d: span starts or ends on an empty line" % key)
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                add("%s:%d: line owned by two labels" % (l["path"], n))
            owner[(l["path"], n)] = i
        if l["kind"] == "secret":
            if v.get("group") not in ("provider", "generic", "key"):
                add("%s:%d: bad group" % key)
            if (v["group"] == "key") != ("check" in v):
                add("%s:%d: key group without check (or the reverse)" % key)
        # value on its line(s)
        val = v["value"]
        if "anchors" in v:
            for ln, text, _ in v["anchors"]:
                if text not in ls[ln - 1]:
                    add("%s:%d: pair anchor not on line %d" % (l["path"], l["line"], ln))
        elif "\n" in val:
            shown = "\n".join(ls[a - 1:b])
            if val != shown:
                add("%s:%d: multi-line value differs from its span" % key)
        elif val not in ls[l["line"] - 1]:
            add("%s:%d: value not on its line" % key)
    # ------------------------------------------------------------ corpus-wide
    secret_vals = {v["value"] for l, v in zip(labels, values) if l["kind"] == "secret"}
    neg_vals = {v["value"] for l, v in zip(labels, values) if l["kind"] == "negative"}
    for x in sorted(secret_vals & neg_vals):
        add("value is both secret and negative: %r" % x[:40])
    unowned = []
    for p in sorted(flines):
        for n, t in enumerate(flines[p], 1):
            o = owner.get((p, n))
            # public-key negatives share base64 runs with their private keys by construction
            if o is not None and labels[o]["category"] in PUBLIC_KEY_CATS:
                continue
            if o is None or labels[o]["kind"] != "secret":
                unowned.append(t)
    big = "\n".join(unowned)
    for l, v in zip(labels, values):
        if l["kind"] != "secret":
            continue
        needles = []
        if "anchors" in v:
            needles = [v["anchors"][1][1]]
        elif "\n" in v["value"]:
            needles = [x.strip() for x in v["value"].split("\n") if len(x.strip()) >= 40]
        else:
            needles = [v["value"]]
        if "raw" in v:
            needles += [x for x in v["raw"].split("\n") if len(x) >= 40]
        for nd in needles:
            if len(nd) >= 8 and nd in big:
                add("%s:%d: secret value also appears on an unlabelled or negative line: %r" % (
                    l["path"], l["line"], nd[:30]))
                break
        if not prov23.crc_ok(v["value"]) and v.get("group") == "provider":
            add("%s:%d: bad CRC32 checksum" % (l["path"], l["line"]))
    for p in sorted(flines):
        for n, t in enumerate(flines[p], 1):
            if "PRIVATE KEY-----" in t and "BEGIN" in t:
                o = owner.get((p, n))
                if o is None or labels[o]["kind"] != "secret":
                    add("%s:%d: private-key header outside a secret label" % (p, n))
    # ------------------------------------------------------------ keys
    probs.extend(check_keys(labels, values, run_tools))
    return probs


def guess_fmt(p):
    if p.endswith((".json", ".canvas", ".xcstrings")):
        return "json"
    if p.endswith(".toml"):
        return "toml"
    if p.endswith(".xml"):
        return "xml"
    return None


def unwrap(v):
    w = v["check"]["wrap"]
    s = v["value"]
    if w == "plain":
        return s
    if w == "escaped":
        return s.replace("\\n", "\n")
    if w == "base64":
        return base64.b64decode(s).decode().rstrip("\n")
    if w.startswith("indent"):
        n = int(w[6:])
        return "\n".join(x[n:] for x in s.split("\n"))
    if w == "cstr":
        out = []
        for x in s.split("\n"):
            x = x.strip().rstrip(";")
            out.append(x[1:-1].replace("\\n", ""))
        return "\n".join(out)
    raise ValueError(w)


def check_keys(labels, values, run_tools=True):
    probs = []
    tools = run_tools and shutil.which("openssl") and shutil.which("ssh-keygen")
    tmp = tempfile.mkdtemp(prefix="tw23keys-") if tools else None
    try:
        for l, v in zip(labels, values):
            if "check" not in v:
                continue
            where = "%s:%d" % (l["path"], l["line"])
            raw = v["raw"]
            try:
                shown = unwrap(v)
            except Exception as e:  # noqa: BLE001
                probs.append("%s: cannot unwrap key: %s" % (where, e))
                continue
            if shown.strip() != raw.strip():
                probs.append("%s: shown key does not carry the raw key" % where)
            f = v["check"]["format"]
            if f in ("pkcs8", "pkcs1", "sec1") and tools:
                r = subprocess.run(["openssl", "pkey", "-noout", "-check"], input=raw.encode() + b"\n",
                                   capture_output=True)
                if r.returncode:
                    probs.append("%s: openssl rejects the key: %s" % (where, r.stderr.decode()[:100]))
            elif f == "openssh" and tools:
                kp = os.path.join(tmp, "k")
                with open(kp, "w") as fh:
                    fh.write(raw + "\n")
                os.chmod(kp, 0o600)
                r = subprocess.run(["ssh-keygen", "-y", "-f", kp], capture_output=True)
                if r.returncode:
                    probs.append("%s: ssh-keygen rejects the key: %s" % (where, r.stderr.decode()[:100]))
            elif f.startswith("ppk"):
                if not keys23.ppk_check(raw):
                    probs.append("%s: PPK MAC mismatch" % where)
            elif f == "jwk":
                probs.extend(check_jwk(where, json.loads(raw)))
            elif f == "nebula":
                body = raw.split("\n")[1]
                if len(base64.b64decode(body)) != 32:
                    probs.append("%s: nebula key is not 32 bytes" % where)
            elif f == "rustdesk":
                b = base64.b64decode(raw)
                if len(b) != 64 or keys23.ed_public(b[:32]) != b[32:]:
                    probs.append("%s: rustdesk key halves do not match" % where)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return probs


def _d(s):
    return int.from_bytes(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)), "big")


def check_jwk(where, j):
    if j["kty"] == "EC":
        x, y = keys23.ec_mul(_d(j["d"]))
        ok = x == _d(j["x"]) and y == _d(j["y"])
    elif j["kty"] == "OKP":
        seed = base64.urlsafe_b64decode(j["d"] + "=" * (-len(j["d"]) % 4))
        ok = keys23.ed_public(seed) == base64.urlsafe_b64decode(j["x"] + "=" * (-len(j["x"]) % 4))
    else:
        n, e, d, p, q = (_d(j[k]) for k in ("n", "e", "d", "p", "q"))
        ok = p * q == n and pow(pow(42, e, n), d, n) == 42
    return [] if ok else ["%s: JWK private and public parts disagree" % where]
