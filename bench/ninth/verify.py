#!/usr/bin/env python3
"""Self-check of a corpus made by generate.py. usage: verify.py OUT_DIR   (exits 1 on any problem)

Checks: labels load with bench/quality/score.py's Labels; fields, kinds, spans, one label per line;
values.json parallel; UTF-8 and consistent \\n or \\r\\n line breaks only; every value/anchor on its labelled
line(s); offline format checks (GitHub/npm CRC32, JWT, PyPI macaroon, JFrog reference token, base64-JSON
tokens, Discord, OpenAI marker, UUIDs, bech32, Azure Storage key, keys and JWKs); every PEM block anywhere
parses and private keys lie inside exactly one secret label while certificates/public keys touch none; every
base64-wrapped PEM is labelled secret exactly when it is a private key; every gh*_/npm_ token is labelled
secret exactly when its checksum is valid; no single-line secret value appears outside a secret label; no
unlabelled line looks like `password = <literal>`.
"""

import base64
import binascii
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "quality"))

import nkcheck as K  # noqa: E402
from nvals import bech32_ok, crc_b62  # noqa: E402
from score import Labels  # noqa: E402

ERRORS = []
BAD_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
GH = re.compile(r"\b(gh[pousr]_|npm_)([A-Za-z0-9]{36})\b")
B64PEM = re.compile(r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]+")
PEMRE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
PWLINE = re.compile(r"""(?i)\b(password|passwd|pwd|secret|api_?key|token)\b["']?\s*[:=]\s*["']?([^\s"'<>,;]{10,})""")
REFLIKE = re.compile(r"[$%{}()<>\[\]]|^(os\.|ENV|env\.|process\.|vault|op:|secret/|ssm:|arn:|http|/|\.\.|var\.|self\.|data\.|"
                     r"jsondecode|Get-|request|config|settings|true|false|none|null)", re.I)


def err(msg):
    ERRORS.append(msg)


def ub64(s):
    s = s.strip()
    return base64.b64decode(s + "=" * (-len(s) % 4), altchars=b"-_" if ("-" in s or "_" in s) else None)


def pem_blocks(text):
    """Yield (label, reconstructed PEM text, start offset, end offset) for every PEM block in text."""
    for m in PEMRE.finditer(text):
        body = m.group(2)
        parts = body.split("\\n") if "\\n" in body and "\n" not in body.strip("\n") else body.split("\n")
        lines = []
        for p in parts:
            p = p.strip().strip("\"'").strip()
            p = p.replace("\\n", "").strip().strip("\"'")
            if p:
                lines.append(p)
        yield m.group(1), "-----BEGIN %s-----\n%s\n-----END %s-----" % (m.group(1), "\n".join(lines), m.group(1)), \
            m.start(), m.end()


def check_value(check, value):
    v = value
    if check == "crc32":
        body = v.split("_", 1)[1]
        assert crc_b62(body[:30]) == body[30:], "CRC32"
    elif check == "pypi":
        assert ub64(v[5:]).startswith(b"\x02\x01\x08pypi.org"), "pypi macaroon"
    elif check == "jfrog":
        assert ub64(v).startswith(b"reftkn:01:"), "jfrog reference token"
    elif check == "b64json":
        body = v.split(".")[1] if v.startswith("sk.") else v.split("_", 1)[1].split("_")[0]
        json.loads(ub64(body))
    elif check == "discord":
        assert ub64(v.split(".")[0]).isdigit(), "discord snowflake"
    elif check == "openai":
        assert "T3BlbkFJ" in v, "openai marker"
    elif check == "uuid":
        assert UUID.match(v), "uuid"
    elif check == "uuid-suffix":
        assert UUID.match(v[-36:]), "uuid suffix"
    elif check == "bech32":
        assert bech32_ok(v), "bech32"
    elif check == "azure-storage":
        k = re.search(r"AccountKey=([^;]+)", v).group(1)
        assert len(base64.b64decode(k)) == 64, "azure key length"
    elif check in ("pem", "escaped-pem"):
        blocks = list(pem_blocks(v))
        assert len(blocks) == 1 and blocks[0][0] in K.PRIVATE_LABELS, "one private PEM block"
        K.check_pem(blocks[0][1])
    elif check == "b64-pem":
        blocks = list(pem_blocks(base64.b64decode(v).decode()))
        assert len(blocks) == 1 and blocks[0][0] in K.PRIVATE_LABELS, "base64 private PEM"
        K.check_pem(blocks[0][1])
    elif check == "b64-der":
        K.check_pkcs8(base64.b64decode(v))
    elif check == "jwk":
        j = json.loads(v)
        assert "d" in j, "private JWK"
        K.check_jwk(j)
    else:
        raise AssertionError("unknown check %s" % check)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1]).rstrip("/")
    labels = Labels(out + ".labels.json")
    with open(out + ".values.json") as fh:
        values = json.load(fh)
    items = labels.items
    if len(values) != len(items):
        err("values.json not parallel to labels.json")
    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            p = os.path.relpath(os.path.join(root, n), out)
            with open(os.path.join(root, n), "rb") as fh:
                files[p] = fh.read()
    texts, lines = {}, {}
    for p, b in files.items():
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:
            err("%s: not UTF-8" % p)
            continue
        crlf = "\r\n" in t
        if crlf and t.replace("\r\n", "") .count("\n"):
            err("%s: mixed line endings" % p)
        if (t.replace("\r\n", "\n") if crlf else t).count("\r") or BAD_BREAKS.search(t):
            err("%s: stray line-break characters" % p)
        t = t.replace("\r\n", "\n")
        texts[p] = t
        lines[p] = t.split("\n")

    owner = {}
    ok_checks = 0
    for lab, rec in zip(items, values):
        for f in ("path", "line", "kind", "category"):
            if f not in lab:
                err("label without %s: %r" % (f, lab))
        if lab["kind"] not in ("secret", "negative"):
            err("bad kind %r" % lab)
        p = lab["path"]
        if p not in lines:
            err("label for missing file %s" % p)
            continue
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if a != lab["line"] or b < a or b > len(lines[p]):
            err("bad span %r" % lab)
        for n in range(a, b + 1):
            if (p, n) in owner:
                err("two labels on %s:%d" % (p, n))
            owner[(p, n)] = lab
        if labels.line_owner.get((p, a)) is not lab and labels.line_owner.get((p, a)) != lab:
            err("score.py sees another owner for %s:%d" % (p, a))
        if "anchors" in rec:
            for ln, text, check, ident in rec["anchors"]:
                if not (a <= ln <= b) or text not in lines[p][ln - 1]:
                    err("anchor %r not on %s:%d" % (text[:30], p, ln))
                if check:
                    try:
                        check_value(check, text)
                        ok_checks += 1
                    except Exception as e:  # noqa: BLE001
                        err("check %s failed for anchor at %s:%d (%s)" % (check, p, ln, e))
        else:
            vl = rec["value"].split("\n")
            L = lines[p]
            if len(vl) == 1:
                found = vl[0] in L[a - 1]
            else:
                found = (L[a - 1].endswith(vl[0]) and all(L[a - 1 + k] == vl[k] for k in range(1, len(vl) - 1))
                         and L[a - 2 + len(vl)].startswith(vl[-1]))
            if not found:
                err("value of %s not on %s:%d" % (lab["category"], p, a))
            if rec.get("check"):
                try:
                    check_value(rec["check"], rec["value"])
                    ok_checks += 1
                except Exception as e:  # noqa: BLE001
                    err("check %s failed for %s:%d (%s)" % (rec["check"], p, a, e))

    def kind_at(p, ln):
        o = owner.get((p, ln))
        return o["kind"] if o else None

    def lab_at(p, ln):
        return owner.get((p, ln))

    n_pem = n_b64 = n_gh = 0
    for p, t in sorted(texts.items()):
        # every PEM block parses; private keys inside one secret label; public material outside secret labels
        for label, pemtext, s, e in pem_blocks(t):
            n_pem += 1
            l0, l1 = t.count("\n", 0, s) + 1, t.count("\n", 0, e) + 1
            try:
                K.check_pem(pemtext)
            except Exception as ex:  # noqa: BLE001
                err("PEM %s at %s:%d does not parse (%s)" % (label, p, l0, ex))
            labs = {id(lab_at(p, n)): lab_at(p, n) for n in range(l0, l1 + 1)}
            if label in K.PRIVATE_LABELS:
                if len(labs) != 1 or None in labs.values() or list(labs.values())[0]["kind"] != "secret":
                    err("private key at %s:%d not inside exactly one secret label" % (p, l0))
            elif any(x and x["kind"] == "secret" for x in labs.values()):
                err("public %s at %s:%d touches a secret label" % (label, p, l0))
        for m in B64PEM.finditer(t):
            n_b64 += 1
            ln = t.count("\n", 0, m.start()) + 1
            try:
                inner = base64.b64decode(m.group(0)).decode()
                lab = re.match(r"-----BEGIN ([A-Z0-9 ]+)-----", inner).group(1)
            except (ValueError, AttributeError, binascii.Error):
                err("undecodable base64 PEM at %s:%d" % (p, ln))
                continue
            if (lab in K.PRIVATE_LABELS) != (kind_at(p, ln) == "secret"):
                err("base64 PEM %s at %s:%d labelled %s" % (lab, p, ln, kind_at(p, ln)))
        for m in GH.finditer(t):
            n_gh += 1
            ln = t.count("\n", 0, m.start()) + 1
            valid = crc_b62(m.group(2)[:30]) == m.group(2)[30:]
            if valid != (kind_at(p, ln) == "secret"):
                err("%s token at %s:%d (checksum %s) labelled %s" % (m.group(1), p, ln, valid, kind_at(p, ln)))

    # leak check and password-looking unlabelled lines
    needles = set()
    for lab, rec in zip(items, values):
        if lab["kind"] != "secret":
            continue
        vals = [x[1] for x in rec["anchors"] if not x[3]] if "anchors" in rec else [rec["value"]]
        needles.update(x for x in vals if "\n" not in x and len(x) >= 6)
    for p, t in texts.items():
        for needle in needles:
            i = t.find(needle)
            while i >= 0:
                ln = t.count("\n", 0, i) + 1
                if kind_at(p, ln) != "secret":
                    err("secret value %r on %s:%d outside a secret label" % (needle[:30], p, ln))
                i = t.find(needle, i + 1)
        for n, line in enumerate(lines[p], 1):
            if (p, n) in owner:
                continue
            m = PWLINE.search(line)
            if m and not REFLIKE.search(m.group(2)) and not line.lstrip().startswith(("#", "//", ";")):
                err("unlabelled line looks like a credential: %s:%d %s" % (p, n, line.strip()[:80]))

    ns = sum(1 for l in items if l["kind"] == "secret")
    print("%s: %d files, %d labels (%d secrets, %d negatives), %d offline checks, %d PEM blocks, "
          "%d base64 PEMs, %d gh/npm tokens" % (out, len(files), len(items), ns, len(items) - ns, ok_checks, n_pem, n_b64, n_gh))
    for e in ERRORS[:60]:
        print("ERROR:", e)
    if ERRORS:
        print("%d problems" % len(ERRORS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
