"""Every check on a built corpus, shared by generate.py (in memory, before writing) and verify.py (on disk)."""

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

import keys25 as K
import prov25
from core25 import bech32_verify

BREAKERS = ["\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00"]
PUBLIC_CATS = {"dkim-public-key", "ssh-public-key", "pgp-public-key", "public-key-hex-dump", "x25519-public-key",
               "matrix-verify-key", "nostr-public-key", "solana-address", "certificate-signing-request"}
GHTOK = re.compile(r"^(gh[pousr]_|npm_)[A-Za-z0-9]{36}$")


def _lines(text):
    return text.split("\r\n" if "\r\n" in text else "\n")[:-1]


def check_files(files, formats, problems):
    for path, text in files.items():
        if not text.endswith("\n"):
            problems.append("%s: no final newline" % path)
        crlf = "\r\n" in text
        if crlf and text.replace("\r\n", "").count("\n"):
            problems.append("%s: mixed line endings" % path)
        if text.replace("\r\n", "").count("\r"):
            problems.append("%s: bare CR" % path)
        for ch in BREAKERS:
            if ch in text:
                problems.append("%s: contains %r" % (path, ch))
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            problems.append("%s: not UTF-8" % path)
    for path, fmt in formats:
        text = files[path].replace("\r\n", "\n")
        try:
            if fmt == "json":
                json.loads(text)
            elif fmt == "xml":
                ET.fromstring(text.encode())
            elif fmt == "toml":
                tomllib.loads(text)
            elif fmt == "ini":
                configparser.ConfigParser(interpolation=None).read_string(text)
        except Exception as e:                       # noqa: BLE001 - any parse failure is a problem
            problems.append("%s: does not parse as %s (%s)" % (path, fmt, str(e)[:80]))


def check_labels(files, labs, vals, problems):
    if len(labs) != len(vals):
        problems.append("labels and values are not parallel")
        return {}
    owner, prev = {}, None
    for lab, val in zip(labs, vals):
        for k in ("path", "line", "kind", "category"):
            if k not in lab:
                problems.append("label without %s: %r" % (k, lab))
        if lab["kind"] not in ("secret", "negative") or lab["kind"] != val["kind"]:
            problems.append("%s:%d bad kind" % (lab["path"], lab["line"]))
        key = (lab["path"], lab["line"])
        if prev and key <= prev:
            problems.append("%s:%d labels not sorted" % key)
        prev = key
        if lab["path"] not in files:
            problems.append("%s: label on a missing file" % lab["path"])
            continue
        lines = _lines(files[lab["path"]])
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (1 <= a <= lab["line"] <= b <= len(lines)):
            problems.append("%s:%d span/line outside the file" % key)
            continue
        if not lines[a - 1].strip() or not lines[b - 1].strip():
            problems.append("%s:%d span starts or ends on an empty line" % key)
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                problems.append("%s:%d line owned twice" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
        v = val["value"]
        if "\n" in v:
            seg = "\n".join(lines[a - 1:b])
            if v not in seg or v.split("\n")[0] not in lines[a - 1] or v.split("\n")[-1] not in lines[b - 1]:
                problems.append("%s:%d multi-line value not on its span" % key)
        elif v not in lines[lab["line"] - 1]:
            problems.append("%s:%d value not on its line" % key)
        for anc in val.get("anchors", []):
            if not (a <= anc[0] <= b) or anc[1] not in lines[anc[0] - 1]:
                problems.append("%s:%d pair anchor misplaced" % key)
        if lab["kind"] == "secret":
            if val.get("group") not in ("provider", "generic", "key"):
                problems.append("%s:%d secret without group" % key)
            if (val.get("group") == "key") != ("check" in val):
                problems.append("%s:%d key group and key check disagree" % key)
    return owner


def check_values(files, labs, vals, owner, problems):
    secrets = {v["value"] for v in vals if v["kind"] == "secret"}
    negatives = {v["value"] for v in vals if v["kind"] == "negative"}
    for v in sorted(secrets & negatives):
        problems.append("value is both secret and negative: %r" % v[:40])
    probes, probes_multi = set(), set()
    for v in secrets:
        if "\n" in v:
            probes.update(x.strip() for x in v.split("\n") if len(x.strip()) >= 40)
            probes_multi.add(v)
        elif len(v) >= 8:
            probes.add(v)
    for path, text in files.items():
        lines = None
        for v in probes:
            if v in text:
                lines = lines or _lines(text)
                for n, line in enumerate(lines, 1):
                    if v in line:
                        o = owner.get((path, n))
                        if o and o["kind"] == "negative" and o["category"] in PUBLIC_CATS and len(v) >= 40 and "\n" not in v \
                                and any(v in x for x in probes_multi):
                            continue
                        if not o or o["kind"] != "secret":
                            problems.append("%s:%d secret value on an unlabelled or negative line: %r" % (path, n, v[:30]))
    for lab, val in zip(labs, vals):
        v = val["value"]
        if lab["kind"] == "secret" and GHTOK.match(v) and not prov25.gh_valid(v):
            problems.append("%s:%d token with a wrong CRC32" % (lab["path"], lab["line"]))
        if lab["category"] == "bad-checksum" and prov25.gh_valid(v):
            problems.append("%s:%d bad-checksum token has a valid CRC32" % (lab["path"], lab["line"]))
        if lab["kind"] == "secret" and v.startswith("pypi-") and not prov25.pypi_decodes(v):
            problems.append("%s:%d PyPI token does not decode" % (lab["path"], lab["line"]))
        if v.startswith("eyJ") and v.count(".") == 2:
            try:
                for part in v.split(".")[:2]:
                    json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
            except ValueError:
                problems.append("%s:%d JWT does not decode" % (lab["path"], lab["line"]))
        if v.startswith(("nsec1", "npub1")) and not bech32_verify(v):
            problems.append("%s:%d bad bech32" % (lab["path"], lab["line"]))


def _tool(name):
    return shutil.which(name)


def check_keys(files, labs, vals, problems, external=True):
    tmp = tempfile.mkdtemp(prefix="k25-")
    try:
        for i, (lab, val) in enumerate(zip(labs, vals)):
            chk = val.get("check")
            if not chk or lab["kind"] != "secret":
                continue
            where = "%s:%d" % (lab["path"], lab["line"])
            fmt, raw, v = chk["format"], val["raw"], val["value"]
            try:
                _one_key(files, labs, vals, lab, fmt, raw, v, tmp, i, external, problems, where)
            except Exception as e:                    # noqa: BLE001
                problems.append("%s: key check failed (%s)" % (where, e))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run(args, data=None):
    return subprocess.run(args, input=data, capture_output=True, text=True, timeout=60)


def _neighbour(labs, vals, path_prefix, category):
    for lab, val in zip(labs, vals):
        if lab["path"].startswith(path_prefix) and lab["category"] == category:
            return val["value"]
    return None


def _one_key(files, labs, vals, lab, fmt, raw, v, tmp, i, external, problems, where):
    ok = True
    if fmt in ("pem", "hexdump", "openssh", "openssh-json"):
        shown = json.loads('"%s"' % v).rstrip("\n") if fmt == "openssh-json" else v
        if fmt != "hexdump" and shown != raw:
            problems.append("%s: shown key does not unwrap to the raw key" % where)
        p = os.path.join(tmp, "k%d" % i)
        with open(p, "w") as fh:
            fh.write(raw + "\n")
        os.chmod(p, 0o600)
        if fmt == "hexdump":
            b = bytes.fromhex("".join(x.strip().replace(":", "") for x in v.split("\n")))
            pub = _neighbour(labs, vals, lab["path"], "public-key-hex-dump")
            pb = bytes.fromhex("".join(x.strip().replace(":", "") for x in pub.split("\n")))
            if len(b) in (32, 33) and pb[:1] == b"\x04":
                x, y = K.ec_mul(K.P256, int.from_bytes(b, "big"))
                ok = pb == b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
            else:
                ok = pb == K.ed_pub(b)
            if not ok:
                problems.append("%s: hex dump private and public halves disagree" % where)
        if external and fmt in ("pem", "hexdump") and _tool("openssl"):
            r = _run(["openssl", "pkey", "-in", p, "-noout"])
            if r.returncode:
                problems.append("%s: openssl cannot parse the key" % where)
        if external and fmt.startswith("openssh") and _tool("ssh-keygen"):
            r = _run(["ssh-keygen", "-y", "-f", p])
            if r.returncode:
                problems.append("%s: ssh-keygen cannot parse the key" % where)
            elif fmt == "openssh":
                pubfile = files.get(lab["path"] + ".pub", "")
                if r.stdout.split()[1] not in pubfile:
                    problems.append("%s: .pub does not match the private key" % where)
    elif fmt == "pgp":
        if external and _tool("gpg"):
            home = os.path.join(tmp, "g%d" % i)
            os.makedirs(home, mode=0o700)
            p = os.path.join(tmp, "k%d.asc" % i)
            with open(p, "w") as fh:
                fh.write(raw + "\n")
            r = _run(["gpg", "--homedir", home, "--batch", "--import", p])
            r2 = _run(["gpg", "--homedir", home, "--batch", "--check-signatures"])
            if "secret keys imported: 1" not in r.stderr or "1 good signature" not in r2.stderr:
                problems.append("%s: gpg does not import the secret key with a good self-signature" % where)
    elif fmt == "nkey":
        body, good = K.nkey_decode(v)
        jwt = _neighbour(labs, vals, lab["path"], "nats-user-jwt")
        claims = json.loads(base64.urlsafe_b64decode(jwt.split(".")[1] + "=="))
        if not good or not v.startswith("SU") or K.nkey_public(K.ed_pub(body[2:34])) != claims["sub"]:
            problems.append("%s: NKey seed checksum or public key mismatch" % where)
    elif fmt == "solana":
        arr = json.loads(v)
        if len(arr) != 64 or K.ed_pub(bytes(arr[:32])) != bytes(arr[32:]):
            problems.append("%s: Solana keypair halves disagree" % where)
        addr = _neighbour(labs, vals, lab["path"].rsplit("/", 1)[0], "solana-address")
        if addr != K.b58(bytes(arr[32:])):
            problems.append("%s: Solana address mismatch" % where)
    elif fmt == "nostr":
        npub = _neighbour(labs, vals, lab["path"], "nostr-public-key")
        from core25 import bech32_encode
        d = _bech_bytes(v)
        x, _ = K.ec_mul(K.K256, int.from_bytes(d, "big"))
        if not bech32_verify(v) or bech32_encode("npub", x.to_bytes(32, "big")) != npub:
            problems.append("%s: Nostr key pair mismatch" % where)
    elif fmt == "synapse":
        _, kid, seed = v.split()
        sb = base64.b64decode(seed + "=" * (-len(seed) % 4))
        vk = _neighbour(labs, vals, lab["path"].rsplit("/", 1)[0] + "/server-keys.json", "matrix-verify-key")
        if len(sb) != 32 or base64.b64encode(K.ed_pub(sb)).decode().rstrip("=") != vk:
            problems.append("%s: Synapse signing key and verify key disagree" % where)


def _bech_bytes(s):
    from core25 import _BECH
    data = [_BECH.index(ch) for ch in s.rpartition("1")[2][:-6]]
    acc, bits, out = 0, 0, []
    for d in data:
        acc = (acc << 5) | d
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    return bytes(out)


def check_csr(files, labs, problems, external=True):
    if not (external and _tool("openssl")):
        return
    for lab in labs:
        if lab["category"] == "certificate-signing-request":
            with tempfile.NamedTemporaryFile("w", suffix=".csr", delete=False) as fh:
                fh.write(files[lab["path"]])
            r = _run(["openssl", "req", "-in", fh.name, "-verify", "-noout"])
            os.unlink(fh.name)
            if r.returncode:
                problems.append("%s: CSR does not verify" % lab["path"])


def run(files, lab, vals, external=True):
    problems = []
    check_files(files, vals["formats"], problems)
    owner = check_labels(files, lab["labels"], vals["values"], problems)
    check_values(files, lab["labels"], vals["values"], owner, problems)
    check_keys(files, lab["labels"], vals["values"], problems, external)
    check_csr(files, lab["labels"], problems, external)
    return problems
