#!/usr/bin/env python3
"""Self-check of a generated eighth corpus.  usage: verify.py OUT_DIR   (exit 1 on any problem)"""

import base64
import binascii
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ekeys  # noqa: E402
from evals import gh_valid  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


def load_score():
    spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "quality", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def b64d(s):
    s = s.strip()
    return base64.b64decode(s + "=" * (-len(s) % 4))


def b64ud(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_value(check, value):
    if check == "gh-crc":
        assert gh_valid(value), "bad checksum on a secret"
    elif check == "gh-bad":
        assert not gh_valid(value), "valid checksum on a negative"
    elif check == "jwt":
        h, p, s = value.split(".")
        assert json.loads(b64ud(h))["alg"] and isinstance(json.loads(b64ud(p)), dict)
    elif check == "pypi":
        assert b"pypi.org" in b64ud(value[5:])[:20]
    elif check == "jfrog":
        assert b64d(value).startswith(b"reftkn:01:")
    elif check == "b64json-ops":
        assert "signInAddress" in json.loads(b64d(value[4:]))
    elif check == "mapbox":
        assert "u" in json.loads(b64ud(value.split(".")[1]))
    elif check == "discord":
        assert b64d(value.split(".")[0]).isdigit()
    elif check == "openai":
        assert "T3BlbkFJ" in value
    elif check == "basic":
        assert b":" in b64d(value)
    elif check == "pem":
        blocks = list(ekeys.pem_blocks(value))
        assert len(blocks) == 1 and "PRIVATE" in blocks[0][0]
        ekeys.check_private_der(*blocks[0])
    elif check == "b64pem":
        blocks = list(ekeys.pem_blocks(b64d(value).decode()))
        assert len(blocks) == 1 and "PRIVATE" in blocks[0][0]
        ekeys.check_private_der(*blocks[0])
    elif check == "b64der":
        ekeys.check_private_der("PRIVATE KEY", b64d(value))
    elif check == "jwk":
        pass  # checked on the whole JWK file below
    elif check:
        raise AssertionError("unknown check " + check)


def main():
    out = sys.argv[1].rstrip("/")
    score = load_score()
    labels = score.Labels(out + ".labels.json")
    items = labels.items
    with open(out + ".values.json") as fh:
        values = json.load(fh)
    if len(values) != len(items):
        bad("values.json is not parallel to labels.json")
    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            p = os.path.join(root, n)
            rel = os.path.relpath(p, out)
            with open(p, "rb") as fh:
                raw = fh.read()
            text = raw.decode("utf-8")
            if re.search(r"\r(?!\n)", text) or any(ch in text for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
                bad("%s: stray line-break character" % rel)
            files[rel] = text.replace("\r\n", "\n").split("\n")
    owner = {}
    checks = 0
    for lab, val in zip(items, values):
        for k in ("path", "line", "kind", "category"):
            if k not in lab:
                bad("label without %s: %r" % (k, lab))
        if lab["kind"] not in ("secret", "negative"):
            bad("bad kind %r" % lab)
        if lab["path"] not in files:
            bad("label for a missing file %s" % lab["path"])
            continue
        lines = files[lab["path"]]
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if a != lab["line"] or b < a or b > len(lines) or a < 1:
            bad("bad span %r" % lab)
            continue
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                bad("two labels on %s:%d" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
        seg = "\n".join(lines[a - 1:b])
        if "value" in val:
            if val["value"] not in seg or val["value"].split("\n")[0] not in lines[a - 1]:
                bad("value not on its line: %s:%d" % (lab["path"], a))
            try:
                if val.get("check"):
                    check_value(val["check"], val["value"])
                    checks += 1
            except Exception as e:  # noqa: BLE001
                bad("check %s failed on %s:%d (%s)" % (val["check"], lab["path"], a, e))
        else:
            for t, chk, ident in val["anchors"]:
                if t not in seg:
                    bad("anchor not in its label's span: %s:%d" % (lab["path"], a))
            if all(ident for _, _, ident in val["anchors"]):
                bad("region with identifier anchors only: %s:%d" % (lab["path"], a))
            if any(chk == "jwk" for _, chk, _ in val["anchors"]):
                try:
                    ekeys.check_jwk(json.loads(seg))
                    checks += 1
                except Exception as e:  # noqa: BLE001
                    bad("JWK check failed %s:%d (%s)" % (lab["path"], a, e))

    def kind_at(p, n):
        l = owner.get((p, n))
        return l["kind"] if l else None

    # every PEM block in the corpus
    pem_re = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----")
    nblocks = 0
    for p, lines in files.items():
        text = "\n".join(lines)
        for m in re.finditer(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", text, re.S):
            label = m.group(1)
            l0 = text.count("\n", 0, m.start()) + 1
            l1 = text.count("\n", 0, m.end()) + 1
            try:
                der = next(ekeys.pem_blocks(m.group(0)))[1]
            except Exception as e:  # noqa: BLE001
                bad("%s:%d PEM does not decode (%s)" % (p, l0, e))
                continue
            nblocks += 1
            kinds = {kind_at(p, n) for n in range(l0, l1 + 1)}
            if "PRIVATE" in label:
                try:
                    ekeys.check_private_der(label, der)
                except Exception as e:  # noqa: BLE001
                    bad("%s:%d private key does not parse (%s)" % (p, l0, e))
                lab = owner.get((p, l0))
                if kinds != {"secret"} or any(owner.get((p, n)) is not lab for n in range(l0, l1 + 1)):
                    bad("%s:%d private key not inside one secret label" % (p, l0))
            else:
                try:
                    ekeys.der_parse(der)
                except Exception as e:  # noqa: BLE001
                    bad("%s:%d %s does not parse (%s)" % (p, l0, label, e))
                if "secret" in kinds:
                    bad("%s:%d %s touches a secret label" % (p, l0, label))
        # base64-wrapped PEM
        for n, line in enumerate(lines, 1):
            for m in re.finditer(r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]+", line):
                dec = b64d(m.group(0)).decode()
                is_priv = "PRIVATE KEY" in dec.split("\n")[0]
                if is_priv:
                    blk = next(ekeys.pem_blocks(dec))
                    try:
                        ekeys.check_private_der(*blk)
                    except Exception as e:  # noqa: BLE001
                        bad("%s:%d base64 PEM key does not parse (%s)" % (p, n, e))
                if (kind_at(p, n) == "secret") != is_priv:
                    bad("%s:%d base64 PEM labelled wrongly" % (p, n))
            for m in re.finditer(r"\b(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})\b", line):
                if gh_valid(m.group(1)) != (kind_at(p, n) == "secret"):
                    bad("%s:%d GitHub/npm token labelled %s but checksum valid=%s" % (p, n, kind_at(p, n), gh_valid(m.group(1))))
    # leak check
    secret_vals = set()
    for lab, val in zip(items, values):
        if lab["kind"] == "secret":
            if "value" in val and "\n" not in val["value"] and len(val["value"]) >= 6:
                secret_vals.add(val["value"])
            elif "anchors" in val:
                secret_vals.update(t for t, _, ident in val["anchors"] if not ident and len(t) >= 12)
    big = re.compile("|".join(re.escape(s) for s in sorted(secret_vals, key=len, reverse=True)))
    for p, lines in files.items():
        for n, line in enumerate(lines, 1):
            if kind_at(p, n) == "secret":
                continue
            m = big.search(line)
            if m:
                bad("secret value %r… on a line outside a secret label: %s:%d" % (m.group(0)[:16], p, n))
    ns = sum(1 for l in items if l["kind"] == "secret")
    print("%d files, %d labels (%d secrets, %d negatives), %d value checks, %d PEM blocks checked"
          % (len(files), len(items), ns, len(items) - ns, checks, nblocks))
    if problems:
        for pr in problems[:50]:
            print("PROBLEM:", pr)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
