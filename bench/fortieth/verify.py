#!/usr/bin/env python3
"""Verify a fortieth corpus against its labels: verify.py OUT_DIR [--no-tools] [--no-regen]

Checks labels (fields, one owner per line, value at its column, spans, pairs, secret uniqueness corpus-wide), files
(UTF-8, line endings, final newline, JSON / XML parse), tokens (CRC32 tails, the wrong fixture, age bech32, decoded
Basic / base64 values, secret_part), keys read from the files (openssl / ssh-keygen unless --no-tools; the JWK d -> x/y
check is pure Python), counts, and determinism (two regenerations with PYTHONHASHSEED 1 and 4242, every byte
compared; skipped with --no-regen).  Exit 1 on any problem."""

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks40  # noqa: E402
import keys40  # noqa: E402
from core40 import b62  # noqa: E402
from prov40 import bech32_ok  # noqa: E402


def read_corpus(root):
    texts, crlf, bom, errs = {}, 0, 0, []
    for dp, dn, fn in os.walk(root):
        dn.sort()
        if not fn and not dn:
            errs.append("empty directory %s" % dp)
        for f in sorted(fn):
            p = os.path.join(dp, f)
            rel = os.path.relpath(p, root)
            raw = open(p, "rb").read()
            if raw.startswith(b"\xef\xbb\xbf"):
                bom += 1
                raw = raw[3:]
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                errs.append("%s: not UTF-8 (%s)" % (rel, e))
                continue
            errs += checks40.file_problems(rel, t)
            if "\r\n" in t:
                crlf += 1
            texts[rel] = t.replace("\r\n", "\n")
    return texts, crlf, bom, errs


def span_text(texts, lab):
    a, b = lab.get("span", [lab["line"], lab["line"]])
    ls = texts[lab["path"]].split("\n")[a - 1:b]
    ls[0] = ls[0][lab["column"] - 1:]
    return "\n".join(x.strip() for x in ls)


def run(cmd, data=None):
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def pem_wrap(label, b64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)), label)


def key_problems(root, texts, labels, tools):
    errs, tmp = [], tempfile.mkdtemp(prefix="verify40-")
    jwk_x = set()
    try:
        for n, lab in enumerate(l for l in labels if l.get("key_check")):
            kc, where = lab["key_check"], "%s:%d" % (lab["path"], lab["line"])
            text = span_text(texts, lab)
            if kc == "p256:jwk":
                d = int.from_bytes(base64.urlsafe_b64decode(lab["value"] + "=" * (-len(lab["value"]) % 4)), "big")
                x, y, _ = keys40.jwk_parts(keys40.P256(d))
                if (x, y) != (lab["jwk_x"], lab["jwk_y"]) or ('"x": "%s"' % x) not in texts[lab["path"]]:
                    errs.append("%s: JWK d does not give its x / y" % where)
                jwk_x.add(x)
                continue
            if kc == "jwk-x":
                continue
            if not tools:
                continue
            f = os.path.join(tmp, "k%d" % n)
            if kc == "rsa:pkcs8:escaped":
                body = json.loads('"%s"' % lab["value"])
            elif kc == "rsa:pkcs8:base64":
                body = pem_wrap("PRIVATE KEY", lab["value"])
            elif kc == "spki:base64":
                body = pem_wrap("PUBLIC KEY", lab["value"])
            else:
                body = text + "\n"
            with open(f, "w") as fh:
                fh.write(body)
            os.chmod(f, 0o600)
            if kc in ("rsa:pkcs1", "rsa:pkcs8:escaped", "rsa:pkcs8:base64", "p256:sec1", "p256:pkcs8", "ed25519:pkcs8"):
                rc, out, err = run(["openssl", "pkey", "-in", f, "-check", "-noout"])
                if rc or "valid" not in out + err:
                    errs.append("%s: openssl pkey -check failed: %s" % (where, err.strip()[:120]))
            elif kc in ("spki", "spki:base64"):
                if run(["openssl", "pkey", "-pubin", "-in", f, "-noout"])[0]:
                    errs.append("%s: SPKI does not parse" % where)
            elif kc == "x509":
                if "OK" not in run(["openssl", "verify", "-CAfile", f, f])[1]:
                    errs.append("%s: certificate does not verify" % where)
            elif kc in ("ed25519:openssh", "rsa:openssh"):
                rc, out, err = run(["ssh-keygen", "-y", "-f", f])
                pub = texts.get(lab["path"] + ".pub", "").split()
                if rc or out.split()[:2] != pub[:2]:
                    errs.append("%s: ssh-keygen -y does not match the .pub (%s)" % (where, err.strip()[:80]))
                if run(["ssh-keygen", "-l", "-f", f])[0]:
                    errs.append("%s: ssh-keygen -l failed" % where)
            elif kc == "openssh-pub":
                if run(["ssh-keygen", "-l", "-f", f])[0]:
                    errs.append("%s: public key does not parse" % where)
            else:
                errs.append("%s: unknown key_check %s" % (where, kc))
        for lab in labels:
            if lab.get("key_check") == "jwk-x" and lab["value"] not in jwk_x:
                errs.append("%s:%d: public x matches no private JWK" % (lab["path"], lab["line"]))
    finally:
        shutil.rmtree(tmp)
    return errs


def token_problems(labels):
    errs = []
    for lab in labels:
        v, where = lab["value"], "%s:%d" % (lab["path"], lab["line"])
        if lab["kind"] == "secret" and v[:4] in ("ghp_", "gho_", "ghs_", "ghu_", "npm_") and len(v) == 40:
            if b62(zlib.crc32(v[4:34].encode()) & 0xFFFFFFFF, 6) != v[34:]:
                errs.append("%s: CRC32 tail wrong" % where)
        if lab.get("fixture_crc_wrong") and b62(zlib.crc32(v[4:34].encode()) & 0xFFFFFFFF, 6) == v[34:]:
            errs.append("%s: fixture checksum is accidentally right" % where)
        if v.startswith("AGE-SECRET-KEY-1") and not bech32_ok(v):
            errs.append("%s: age key bech32 checksum wrong" % where)
        if "decoded" in lab and base64.b64decode(v).decode() != lab["decoded"]:
            errs.append("%s: decoded value differs" % where)
        if "secret_part" in lab and lab["secret_part"] not in v:
            errs.append("%s: secret_part not in value" % where)
    return errs


def regen_problems(root, labels_path, seed):
    errs = []
    base = tempfile.mkdtemp(prefix="fortieth-regen-", dir="/tmp")
    try:
        for hs in ("1", "4242"):
            out = os.path.join(base, "c" + hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out, "--seed", str(seed), "--quiet"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode:
                errs.append("regeneration with PYTHONHASHSEED=%s failed: %s" % (hs, p.stderr.decode()[-300:]))
                continue
            a, b = tree(root), tree(out)
            if a.keys() != b.keys():
                errs.append("PYTHONHASHSEED=%s: file lists differ (%d vs %d)" % (hs, len(a), len(b)))
            for k in sorted(a.keys() & b.keys()):
                if a[k] != b[k]:
                    errs.append("PYTHONHASHSEED=%s: %s differs" % (hs, k))
                    break
            if open(labels_path, "rb").read() != open(out + ".labels.json", "rb").read():
                errs.append("PYTHONHASHSEED=%s: labels file differs" % hs)
    finally:
        shutil.rmtree(base)
    return errs


def tree(root):
    out = {}
    for dp, _, fn in os.walk(root):
        for f in fn:
            p = os.path.join(dp, f)
            out[os.path.relpath(p, root)] = open(p, "rb").read()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--no-tools", action="store_true", help="skip the openssl / ssh-keygen checks")
    ap.add_argument("--no-regen", action="store_true", help="skip the two regenerations")
    a = ap.parse_args()
    root = os.path.abspath(a.corpus.rstrip("/"))
    labels_path = root + ".labels.json"
    data = json.load(open(labels_path, encoding="utf-8"))
    labels = data["labels"]
    errs = []
    if labels != sorted(labels, key=lambda l: (l["path"], l["line"], l["column"])):
        errs.append("labels are not sorted by (path, line, column)")
    texts, crlf, bom, ferrs = read_corpus(root)
    errs += ferrs
    errs += checks40.label_problems(labels, texts)
    errs += token_problems(labels)
    errs += key_problems(root, texts, labels, not a.no_tools)
    free = sorted(p for p in data["free_text_paths"])
    if set(free) - set(texts):
        errs.append("free_text_paths name missing files")
    for l in labels:
        if l["free_text"] != (l["path"] in set(free)):
            errs.append("%s:%d: free_text flag disagrees with free_text_paths" % (l["path"], l["line"]))
            break
    c = checks40.counts(labels, sorted(texts), free, crlf, bom)
    per = c.pop("per_theme")
    if c != data["counts"]:
        errs.append("counts differ from the labels file: %s" % {k: (c[k], data["counts"].get(k)) for k in c
                                                                 if c[k] != data["counts"].get(k)})
    if per != data["per_theme"] or c["files"] != data["files"]:
        errs.append("per-theme counts or file count differ")
    errs += checks40.range_problems(c)
    if not a.no_regen:
        errs += regen_problems(root, labels_path, data["seed"])
    for e in errs[:80]:
        print("PROBLEM:", e)
    print("%s: %d files, %d secrets, %d negatives, %d problems" % (root, c["files"], c["secrets"], c["negatives"], len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
