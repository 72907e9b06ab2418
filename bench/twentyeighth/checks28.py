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
import xml.etree.ElementTree as ET

from core28 import crc_ok, bech32_ok
import keys28
import keywrap28

BAD_CHARS = ["\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00"]
CRC_RE = re.compile(r"(?<![A-Za-z0-9_])((?:gh[pousr]|npm)_[A-Za-z0-9]{36})(?![A-Za-z0-9])")


def _lines(text):
    return text.split("\r\n" if "\r\n" in text else "\n")[:-1]


def check_all(files, labels, values, formats, use_tools=True):
    """files: path -> bytes. Returns a list of problem strings (empty when all is well)."""
    probs = []
    texts = {}
    # ---------------------------------------------------------------- files
    for p, b in files.items():
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:
            probs.append("%s: not UTF-8" % p)
            continue
        if not t.endswith("\n"):
            probs.append("%s: no final newline" % p)
        crlf = t.count("\r\n")
        if crlf and crlf != t.count("\n"):
            probs.append("%s: mixed line endings" % p)
        if t.replace("\r\n", "").count("\r"):
            probs.append("%s: bare CR" % p)
        for ch in BAD_CHARS:
            if ch in t:
                probs.append("%s: forbidden character %r" % (p, ch))
        texts[p] = t
    lines = {p: _lines(t) for p, t in texts.items()}
    # ---------------------------------------------------------------- formats
    for p, fmt in formats.items():
        t = texts.get(p)
        if t is None:
            probs.append("%s: format entry for a missing file" % p)
            continue
        try:
            if fmt == "json":
                json.loads(t)
            elif fmt == "xml":
                ET.fromstring(t.encode())
            elif fmt == "toml":
                tomllib.loads(t)
            elif fmt == "ini":
                cp = configparser.ConfigParser(interpolation=None, strict=False)
                cp.read_string(t)
        except Exception as e:  # noqa: BLE001 - any parse error is a problem
            probs.append("%s: does not parse as %s (%s)" % (p, fmt, str(e)[:80]))
    # ---------------------------------------------------------------- labels
    if len(labels) != len(values):
        probs.append("labels and values differ in length")
        return probs
    owner = {}
    prev = None
    for i, l in enumerate(labels):
        for k in ("path", "line", "kind", "category"):
            if k not in l:
                probs.append("label %d lacks %s" % (i, k))
        if l["kind"] not in ("secret", "negative"):
            probs.append("label %d: bad kind" % i)
        key = (l["path"], l["line"])
        if prev and key <= prev:
            probs.append("labels not sorted at %s:%d" % key)
        prev = key
        if l["path"] not in lines:
            probs.append("%s: label for a missing file" % l["path"])
            continue
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(lines[l["path"]])):
            probs.append("%s:%d: span/line outside the file" % key)
            continue
        if not lines[l["path"]][a - 1].strip() or not lines[l["path"]][b - 1].strip():
            probs.append("%s:%d: span starts or ends on an empty line" % key)
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                probs.append("%s:%d: line owned twice" % (l["path"], n))
            owner[(l["path"], n)] = i
        v = values[i]
        if v["kind"] != l["kind"]:
            probs.append("%s:%d: kind differs between labels and values" % key)
        val = v["value"]
        fl = lines[l["path"]]
        if "span" in l and ("\n" in val or v.get("group") == "key" or "check" in v):
            seg = "\n".join(fl[a - 1:b])
            if val not in seg:
                probs.append("%s:%d: multi-line value not found in its span" % key)
            elif val.split("\n")[0] not in fl[l["line"] - 1]:
                probs.append("%s:%d: multi-line value does not start on its line" % key)
        elif val not in fl[l["line"] - 1]:
            probs.append("%s:%d: value not on its line" % key)
        for ln, txt, _role in v.get("anchors", []):
            if txt not in fl[ln - 1]:
                probs.append("%s:%d: pair anchor not on line %d" % (key + (ln,)))
        if v["kind"] == "secret" and (v.get("group") == "key") != ("check" in v and v["check"].get("wrap") is not None):
            probs.append("%s:%d: key group without key check (or the reverse)" % key)
    # ---------------------------------------------------------------- uniqueness
    seen = {}
    for i, v in enumerate(values):
        if v["kind"] != "secret":
            continue
        if v["value"] in seen:
            probs.append("secret value repeated: %s:%d" % (labels[i]["path"], labels[i]["line"]))
        seen[v["value"]] = i
    secret_values = set(seen)
    for i, v in enumerate(values):
        if v["kind"] == "negative" and v["value"] in secret_values:
            probs.append("%s:%d: negative equals a secret value" % (labels[i]["path"], labels[i]["line"]))
    # ---------------------------------------------------------------- corpus-wide occurrences
    paths = list(texts)
    starts, big = [], []
    pos = 0
    for p in paths:
        starts.append(pos)
        t = texts[p].replace("\r\n", "\n")
        big.append(t)
        pos += len(t) + 1
    bigtext = "\x00".join(big)
    line_starts = []
    for t in big:
        ls = [0]
        for m in re.finditer("\n", t):
            ls.append(m.end())
        line_starts.append(ls)

    def where(off):
        fi = bisect.bisect_right(starts, off) - 1
        return paths[fi], bisect.bisect_right(line_starts[fi], off - starts[fi])

    def occurrences(s):
        out = []
        i = bigtext.find(s)
        while i >= 0:
            out.append(where(i))
            i = bigtext.find(s, i + 1)
        return out

    for i, v in enumerate(values):
        if v["kind"] != "secret":
            continue
        probes = []
        if v.get("group") == "key":
            for ln in v["value"].split("\n"):
                ln = ln.strip()
                # the first body line of every unencrypted OpenSSH Ed25519 key is the same fixed header
                if len(ln) >= 40 and "PRIVATE KEY-----" not in ln and not ln.startswith("b3BlbnNzaC1rZXktdjEAAAAA"):
                    probes.append(ln)
            if not probes:
                probes.append(v["value"])
        elif len(v["value"]) >= 8:
            probes.append(v["value"])
        for s in probes:
            for p, n in occurrences(s):
                if owner.get((p, n)) != i:
                    probs.append("secret of %s:%d also occurs unlabelled at %s:%d" % (labels[i]["path"], labels[i]["line"], p, n))
        if "raw" in v and len(v["raw"]) >= 8:
            for p, n in occurrences(v["raw"]):
                probs.append("raw value of %s:%d occurs in clear at %s:%d" % (labels[i]["path"], labels[i]["line"], p, n))
    # ---------------------------------------------------------------- tokens
    for i, v in enumerate(values):
        where_ = "%s:%d" % (labels[i]["path"], labels[i]["line"])
        val = v["value"]
        if v["kind"] == "negative":
            if v.get("check") == "bad-crc" and crc_ok(val):
                probs.append("%s: bad-checksum fixture has a valid checksum" % where_)
            continue
        cat = labels[i]["category"]
        for m in CRC_RE.finditer(val):
            if not crc_ok(m.group(1)):
                probs.append("%s: CRC32 tail invalid" % where_)
        if cat.endswith("pypi") and not val.startswith("pypi-AgEIcHlwaS5vcmc"):
            probs.append("%s: PyPI token lacks the macaroon header" % where_)
        if cat.endswith(":age") and not (val.startswith("AGE-SECRET-KEY-1") and bech32_ok(val)):
            probs.append("%s: age key fails bech32" % where_)
        if cat in ("jwt-access-token", "provider:supabase-service-jwt"):
            try:
                for part in val.split(".")[:2]:
                    json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
            except Exception:  # noqa: BLE001
                probs.append("%s: JWT does not decode" % where_)
        if cat.endswith("sentry-org") or cat.endswith("ops-service-account"):
            part = val.split("_")[1]
            try:
                json.loads(base64.b64decode(part + "=" * (-len(part) % 4)))
            except Exception:  # noqa: BLE001
                probs.append("%s: token payload does not decode to JSON" % where_)
        if cat.startswith("k8s-secret-base64"):
            if base64.b64decode(val).decode() != v.get("raw"):
                probs.append("%s: base64 Secret value does not decode to its raw value" % where_)
    # ---------------------------------------------------------------- keys
    probs += check_keys(labels, values, use_tools)
    return probs


def check_keys(labels, values, use_tools):
    probs = []
    have_openssl = use_tools and shutil.which("openssl")
    have_sshkeygen = use_tools and shutil.which("ssh-keygen")
    tmp = tempfile.mkdtemp(prefix="tw28-")
    try:
        for i, v in enumerate(values):
            where_ = "%s:%d" % (labels[i]["path"], labels[i]["line"])
            chk = v.get("check")
            if not isinstance(chk, dict):
                continue
            if v["kind"] == "secret":
                raw = chk["raw"]
                try:
                    got = keywrap28.unwrap(chk["wrap"], v["value"])
                except Exception as e:  # noqa: BLE001
                    probs.append("%s: key does not unwrap (%s)" % (where_, e))
                    continue
                if got != raw:
                    probs.append("%s: unwrapped key differs from the recorded key" % where_)
                if chk["format"] == "jwk":
                    j = json.loads(raw)
                    d = int.from_bytes(base64.urlsafe_b64decode(j["d"] + "=" * (-len(j["d"]) % 4)), "big")
                    x, y = keys28.p256_mul(d)
                    if (x.to_bytes(32, "big"), y.to_bytes(32, "big")) != tuple(
                            base64.urlsafe_b64decode(j[k] + "=" * (-len(j[k]) % 4)) for k in ("x", "y")):
                        probs.append("%s: JWK private part does not match its public part" % where_)
                    raw = chk["pkcs8"]
                f = os.path.join(tmp, "k%d" % i)
                with open(f, "w") as fh:
                    fh.write(raw + "\n")
                os.chmod(f, 0o600)
                if chk["format"] == "openssh":
                    if have_sshkeygen:
                        p = subprocess.run(["ssh-keygen", "-y", "-f", f], capture_output=True, text=True)
                        if p.returncode != 0:
                            probs.append("%s: ssh-keygen cannot read the key" % where_)
                        elif chk.get("pub") and p.stdout.split()[:2] != chk["pub"].split()[:2]:
                            probs.append("%s: ssh-keygen public key differs from the .pub" % where_)
                    elif not raw.startswith("-----BEGIN OPENSSH PRIVATE KEY-----"):
                        probs.append("%s: not an OpenSSH key" % where_)
                else:
                    if have_openssl:
                        p = subprocess.run(["openssl", "pkey", "-in", f, "-noout", "-check"], capture_output=True, text=True)
                        if p.returncode != 0:
                            probs.append("%s: openssl cannot parse the key: %s" % (where_, p.stderr.strip()[:80]))
                    else:
                        try:
                            keys28.pem_body(raw.split("\n"))
                        except Exception:  # noqa: BLE001
                            probs.append("%s: PEM body does not decode" % where_)
            else:
                kind = chk.get("kind")
                if kind in ("cert", "cert-b64", "spki"):
                    pem = chk["pem"]
                    if kind == "cert-b64" and base64.b64decode(v["value"]).decode().rstrip("\n") != pem:
                        probs.append("%s: base64 certificate does not decode to the recorded one" % where_)
                    if kind == "cert" and v["value"] != pem:
                        probs.append("%s: certificate text differs" % where_)
                    if have_openssl:
                        f = os.path.join(tmp, "c%d" % i)
                        with open(f, "w") as fh:
                            fh.write(pem + "\n")
                        if kind == "spki":
                            cmd = ["openssl", "pkey", "-pubin", "-in", f, "-noout"]
                        else:
                            cmd = ["openssl", "verify", "-no_check_time", "-CAfile", f, f]
                        p = subprocess.run(cmd, capture_output=True, text=True)
                        if p.returncode != 0:
                            probs.append("%s: openssl rejects the public material: %s" % (where_, p.stderr.strip()[:80]))
                elif kind == "jwk-public":
                    j = json.loads(v["value"])["keys"][0]
                    if "d" in j:
                        probs.append("%s: public JWK carries a private part" % where_)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return probs
