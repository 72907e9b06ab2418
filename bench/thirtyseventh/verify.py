#!/usr/bin/env python3
"""On-disk checks of a corpus made by generate.py, plus a determinism check.  Exit 1 on any problem.

usage: verify.py OUT_DIR [--labels OUT_DIR.labels.json] [--no-tools] [--no-regen]

--no-tools  skips the openssl / ssh-keygen key checks (the pure-Python PPK and JWK checks still run)
--no-regen  skips regenerating the corpus twice (PYTHONHASHSEED 1 and 4242) and comparing every byte
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks37  # noqa: E402
import keys37  # noqa: E402


def read_corpus(root):
    files, empty = {}, []
    for dp, dns, fns in os.walk(root):
        if not dns and not fns:
            empty.append(os.path.relpath(dp, root))
        for fn in fns:
            p = os.path.join(dp, fn)
            with open(p, "rb") as fh:
                files[os.path.relpath(p, root)] = fh.read()
    return files, empty


def recount(files, data):
    labels = data["labels"]
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    ft = set(data["free_text_files"])
    keys = collections.Counter(l["key_check"].split(":")[0] for l in sec if l.get("key_check"))
    crlf = sum(1 for b in files.values() if b"\r\n" in b)
    bom = sum(1 for b in files.values() if b.startswith(b"\xef\xbb\xbf"))
    return {
        "files": len(files), "free_text_files": len(ft & set(files)),
        "free_text_share": round(100.0 * len(ft & set(files)) / len(files), 1),
        "secrets": len(sec), "negatives": len(neg),
        "secrets_free_text": sum(1 for l in sec if l["path"] in ft),
        "negatives_free_text": sum(1 for l in neg if l["path"] in ft),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": {"total": sum(keys.values()), "ed25519": keys["ed25519"], "p256": keys["p256"],
                         "rsa2048": keys["rsa"]},
        "pairs": sum(1 for l in sec if "id_value" in l),
        "crlf_files": crlf, "bom_files": bom,
        "secret_categories": len({l["category"] for l in sec}),
        "negative_categories": len({l["category"] for l in neg}),
    }


def _run(cmd, stdin=None):
    p = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def _pem_text(l):
    v = l["value"]
    if l.get("key_check", "").endswith(":escaped"):
        v = v.replace("\\n", "\n")
    return "\n".join(x.strip() for x in v.strip().split("\n")) + "\n"


def key_checks(labels, use_tools):
    probs = []
    tmp = tempfile.mkdtemp(prefix="v37keys-")
    pubs = {l["value"].split()[1] for l in labels if l.get("key_check") == "openssh-pub"}
    try:
        for i, l in enumerate(labels):
            kc = l.get("key_check")
            if not kc:
                continue
            where = "%s:%d" % (l["path"], l["line"])
            if kc == "ed25519:ppk":
                e = keys37.ppk_check(l["value"])
                if e:
                    probs.append("%s: %s" % (where, e))
                continue
            if kc == "p256:jwk":
                e = keys37.jwk_check({"d": l["value"], "x": l["jwk_x"], "y": l["jwk_y"]})
                if e:
                    probs.append("%s: %s" % (where, e))
                continue
            if not use_tools:
                continue
            f = os.path.join(tmp, "k%d" % i)
            with open(f, "w") as fh:
                fh.write(_pem_text(l) if kc != "openssh-pub" else l["value"] + "\n")
            os.chmod(f, 0o600)
            if kc in ("rsa:pkcs1", "rsa:pkcs8", "rsa:pkcs8:escaped", "p256:sec1", "p256:pkcs8"):
                rc, out, err = _run(["openssl", "pkey", "-in", f, "-noout", "-check"])
                if rc or "valid" not in (out + err).lower():
                    probs.append("%s: openssl pkey -check failed: %s" % (where, err.strip()[:120]))
            elif kc == "ed25519:pkcs8":
                rc, out, err = _run(["openssl", "pkey", "-in", f, "-noout"])
                if rc:
                    probs.append("%s: openssl pkey failed: %s" % (where, err.strip()[:120]))
            elif kc == "ed25519:openssh":
                rc, out, err = _run(["ssh-keygen", "-y", "-f", f])
                if rc:
                    probs.append("%s: ssh-keygen -y failed: %s" % (where, err.strip()[:120]))
                elif out.split()[1] not in pubs:
                    probs.append("%s: derived public key has no matching .pub" % where)
            elif kc == "openssh-pub":
                rc, out, err = _run(["ssh-keygen", "-l", "-f", f])
                if rc:
                    probs.append("%s: ssh-keygen -l failed: %s" % (where, err.strip()[:120]))
            elif kc == "spki":
                rc, out, err = _run(["openssl", "pkey", "-pubin", "-in", f, "-noout"])
                if rc:
                    probs.append("%s: openssl pkey -pubin failed: %s" % (where, err.strip()[:120]))
            elif kc == "x509":
                rc, out, err = _run(["openssl", "x509", "-in", f, "-noout"])
                rc2, out2, err2 = _run(["openssl", "verify", "-CAfile", f, f])
                if rc or rc2:
                    probs.append("%s: certificate check failed: %s" % (where, (err + err2 + out2).strip()[:160]))
            else:
                probs.append("%s: unknown key_check %r" % (where, kc))
    finally:
        shutil.rmtree(tmp)
    return probs


def regen(seed, files, labels_bytes):
    probs = []
    for hs in ("1", "4242"):
        tmp = tempfile.mkdtemp(prefix="v37regen-")
        try:
            out = os.path.join(tmp, "corpus")
            env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONDONTWRITEBYTECODE="1")
            p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out, "--seed", str(seed)],
                               env=env, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode:
                probs.append("regeneration (PYTHONHASHSEED=%s) failed: %s" % (hs, p.stderr.decode()[-300:]))
                continue
            again, _ = read_corpus(out)
            if sorted(again) != sorted(files):
                probs.append("regeneration (PYTHONHASHSEED=%s): different file set" % hs)
            for k in sorted(files):
                if again.get(k) != files[k]:
                    probs.append("regeneration (PYTHONHASHSEED=%s): %s differs" % (hs, k))
            with open(out + ".labels.json", "rb") as fh:
                if fh.read() != labels_bytes:
                    probs.append("regeneration (PYTHONHASHSEED=%s): labels file differs" % hs)
        finally:
            shutil.rmtree(tmp)
    return probs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--labels")
    ap.add_argument("--no-tools", action="store_true")
    ap.add_argument("--no-regen", action="store_true")
    a = ap.parse_args()
    root = os.path.abspath(a.corpus.rstrip("/"))
    lab_path = a.labels or root + ".labels.json"
    with open(lab_path, "rb") as fh:
        labels_bytes = fh.read()
    data = json.loads(labels_bytes)
    labels = data["labels"]
    files, empty = read_corpus(root)
    probs = ["empty directory %s" % e for e in empty]
    if sorted(files) != data["files"]:
        probs.append("file set differs from the labels file (%d on disk, %d listed)" % (len(files),
                                                                                       len(data["files"])))
    texts, fp = checks37.file_checks(files)
    probs += fp
    probs += checks37.label_checks(texts, labels)
    probs += checks37.token_checks(labels)
    c = recount(files, data)
    for k, v in c.items():
        if data["counts"].get(k) != v:
            probs.append("count %s: labels file says %r, corpus has %r" % (k, data["counts"].get(k), v))
    probs += checks37.count_checks(c)
    probs += key_checks(labels, not a.no_tools)
    if not a.no_regen:
        probs += regen(data["seed"], files, labels_bytes)
    for p in probs[:80]:
        print("problem: " + p)
    if probs:
        print("%d problems" % len(probs))
        return 1
    print("ok: %d files, %d secrets, %d negatives; labels, tokens, keys%s%s" % (
        c["files"], c["secrets"], c["negatives"], "" if not a.no_tools else " (pure Python only)",
        ", determinism" if not a.no_regen else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
