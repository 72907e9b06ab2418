#!/usr/bin/env python3
"""On-disk checks for the thirty-second corpus.

usage: verify.py CORPUS_DIR [--labels LABELS_JSON] [--no-tools] [--no-regen]

* every label points at the exact bytes on disk (line, column, multi-line spans), one owner per line,
  secret values only on their own lines corpus-wide, files parse, token checksums, decoded values;
* keys parse with openssl / ssh-keygen (skipped with --no-tools);
* agreement with bench/quality/score.py's Labels;
* determinism: regenerates the corpus twice into temporary directories outside any git repository, with
  different PYTHONHASHSEED values, and compares every byte (skipped with --no-regen).
Exits 1 on any problem."""
import argparse
import collections
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks32  # noqa: E402


def read_corpus(root):
    files, empty_dirs = {}, []
    for dp, dns, fns in os.walk(root):
        dns.sort()
        if not dns and not fns:
            empty_dirs.append(os.path.relpath(dp, root))
        for fn in sorted(fns):
            full = os.path.join(dp, fn)
            with open(full, "rb") as fh:
                files[os.path.relpath(full, root)] = fh.read()
    return dict(sorted(files.items())), empty_dirs


def recount(files, labels):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    free = set(l["path"] for l in labels if l.get("free_text"))
    keys = [l for l in sec if l.get("key_check")]
    return {
        "files": len(files), "free_text_files": len(free), "free_text_share": round(len(free) / len(files), 3),
        "secrets": len(sec), "negatives": len(neg),
        "secrets_free_text": sum(1 for l in sec if l.get("free_text")),
        "negatives_free_text": sum(1 for l in neg if l.get("free_text")),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": len(keys),
        "private_keys_by_type": dict(sorted(collections.Counter(l["key_check"]["type"] for l in keys).items())),
        "pairs": sum(1 for l in sec if "id_value" in l),
        "crlf_files": sum(1 for d in files.values() if b"\r\n" in d),
        "secret_categories": len(set(l["category"] for l in sec)),
        "negative_categories": len(set(l["category"] for l in neg)),
    }


def key_checks(root, labels, P):
    tmp = tempfile.mkdtemp(prefix="v32keys-")
    n = 0
    try:
        for i, l in enumerate(labels):
            kc = l.get("key_check")
            if not kc:
                continue
            f = os.path.join(tmp, "k%d" % i)
            if kc["type"] == "openssh-pub":
                cmd = ["ssh-keygen", "-l", "-f", os.path.join(root, l["path"])]
            else:
                text = l["value"].replace("\\n", "\n") if kc.get("wrap") == "json-escaped" else l["value"]
                with open(f, "w") as fh:
                    fh.write(text.rstrip("\n") + "\n")
                os.chmod(f, 0o600)
                if kc["type"] == "x509":
                    cmd = ["openssl", "x509", "-noout", "-in", f]
                elif kc["type"] == "spki":
                    cmd = ["openssl", "pkey", "-pubin", "-noout", "-in", f]
                elif kc.get("wrap") == "openssh":
                    cmd = ["ssh-keygen", "-y", "-f", f]
                else:
                    cmd = ["openssl", "pkey", "-noout", "-check", "-in", f] if kc["type"] != "ed25519" else \
                        ["openssl", "pkey", "-noout", "-in", f]
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            n += 1
            if p.returncode:
                P.append("%s:%d %s failed: %s" % (l["path"], l["line"], cmd[0], p.stderr.decode()[:200]))
                continue
            if kc.get("wrap") == "openssh":
                pubpath = os.path.join(root, l["path"] + ".pub")
                with open(pubpath) as fh:
                    want = fh.read().split()[:2]
                if p.stdout.decode().split()[:2] != want:
                    P.append("%s: public key derived by ssh-keygen differs from the .pub file" % l["path"])
    finally:
        shutil.rmtree(tmp)
    return n


def score_agreement(labels_path, labels, P):
    spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "quality", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    L = mod.Labels(labels_path)
    ours = [l for l in labels if l["kind"] == "secret"]
    if len(L.secrets) != len(ours):
        P.append("score.py sees %d secrets, we have %d" % (len(L.secrets), len(ours)))
    keys = [mod.Labels.key(l) for l in L.secrets]
    if len(keys) != len(set(keys)):
        P.append("two secrets share a (path, line) key in score.py")
    owned = sum(l.get("span", [l["line"], l["line"]])[1] - l.get("span", [l["line"], l["line"]])[0] + 1 for l in labels)
    if owned != len(L.line_owner):
        P.append("score.py owns %d lines, labels cover %d (overlap?)" % (len(L.line_owner), owned))


def inside_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return True
        parent = os.path.dirname(p)
        if parent == p:
            return False
        p = parent


def regen(root, labels_path, seed, P):
    with open(labels_path, "rb") as fh:
        want_labels = fh.read()
    want, _ = read_corpus(root)
    for hs in ("1", "4242"):
        base = tempfile.mkdtemp(prefix="v32regen-")
        try:
            if inside_git(base):
                P.append("temporary directory %s is inside a git repository; cannot regenerate" % base)
                return
            out = os.path.join(base, "corpus")
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out, "--seed", str(seed)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode:
                P.append("regeneration (PYTHONHASHSEED=%s) failed: %s" % (hs, p.stderr.decode()[-500:]))
                continue
            got, _ = read_corpus(out)
            if set(got) != set(want):
                P.append("regeneration (PYTHONHASHSEED=%s): file sets differ (%d vs %d)" % (hs, len(got), len(want)))
            diff = [k for k in sorted(want) if k in got and got[k] != want[k]]
            if diff:
                P.append("regeneration (PYTHONHASHSEED=%s): %d files differ, e.g. %s" % (hs, len(diff), diff[0]))
            with open(out + ".labels.json", "rb") as fh:
                if fh.read() != want_labels:
                    P.append("regeneration (PYTHONHASHSEED=%s): labels differ" % hs)
        finally:
            shutil.rmtree(base)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--labels")
    ap.add_argument("--no-tools", action="store_true", help="skip openssl / ssh-keygen")
    ap.add_argument("--no-regen", action="store_true", help="skip the determinism check")
    a = ap.parse_args()
    root = os.path.abspath(a.corpus.rstrip("/"))
    labels_path = a.labels or root + ".labels.json"
    with open(labels_path, encoding="utf-8") as fh:
        data = json.load(fh)
    labels = data["labels"]
    files, empty = read_corpus(root)
    P = []
    for e in empty:
        P.append("empty directory %s" % e)
    if data.get("files") != len(files):
        P.append("labels file says %s files, %d on disk" % (data.get("files"), len(files)))
    P.extend(checks32.check(files, labels))
    rc = recount(files, labels)
    for k, v in rc.items():
        if data.get("counts", {}).get(k) != v:
            P.append("count %s: labels file %r, recomputed %r" % (k, data.get("counts", {}).get(k), v))
    score_agreement(labels_path, labels, P)
    nkeys = 0
    if not a.no_tools:
        if shutil.which("openssl") and shutil.which("ssh-keygen"):
            nkeys = key_checks(root, labels, P)
        else:
            print("openssl or ssh-keygen missing: key checks skipped")
    if not a.no_regen:
        regen(root, labels_path, data["seed"], P)
    for p in P[:100]:
        print("PROBLEM:", p)
    print("%s: %d files, %d labels (%d secrets, %d negatives), %d key objects checked with tools, regeneration %s: %s" % (
        root, len(files), len(labels), rc["secrets"], rc["negatives"], nkeys, "skipped" if a.no_regen else "done",
        "%d problems" % len(P) if P else "OK"))
    sys.exit(1 if P else 0)


if __name__ == "__main__":
    main()
