#!/usr/bin/env python3
"""On-disk checks of a corpus made by generate.py, plus a double regeneration.

usage: verify.py OUT_DIR [--no-tools] [--no-regen]

Checks labels against the files on disk (value at its column, spans, one owner per line, pairs, secret values only
on their own lines corpus-wide), the files (UTF-8, line endings, JSON / XML / TOML parse), token checksums and
decodings, private keys with openssl / ssh-keygen (unless --no-tools), the counts in the labels file, and
regenerates the corpus twice into temporary directories outside any git repository with PYTHONHASHSEED 1 and 4242
and compares every byte (unless --no-regen). Exit 1 on any problem."""

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks33  # noqa: E402
from generate import inside_git, labels_path  # noqa: E402


def read_corpus(out):
    files = {}
    for root, dirs, names in os.walk(out):
        dirs.sort()
        for n in sorted(names):
            full = os.path.join(root, n)
            with open(full, "rb") as fh:
                files[os.path.relpath(full, out)] = fh.read()
        if not names and not dirs:
            files.setdefault("__empty_dirs__", b"")
    return files


def recount(files, labels, crlf_files):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    free = {l["path"] for l in labels if l["free_text"]}
    keys = [l for l in sec if l["category"].startswith("private-key-")]
    return {
        "files": len(files), "free_text_files": len(free),
        "free_text_share": round(100.0 * len(free) / len(files), 1),
        "secrets": len(sec), "negatives": len(neg),
        "secrets_free_text": sum(1 for l in sec if l["free_text"]),
        "negatives_free_text": sum(1 for l in neg if l["free_text"]),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": len(keys),
        "private_keys_by_type": dict(sorted(collections.Counter(l["key_check"].split("/")[0] for l in keys).items())),
        "pairs": sum(1 for l in sec if "id_value" in l),
        "crlf_files": crlf_files,
        "secret_categories": len({l["category"] for l in sec}),
        "negative_categories": len({l["category"] for l in neg}),
    }


def score_agreement(labels):
    """The same line ownership as bench/quality/score.py's Labels (re-implemented, not imported)."""
    P = []
    line_owner = {}
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            line_owner[(l["path"], n)] = l
    keys = collections.Counter((l["path"], l["line"]) for l in labels if l["kind"] == "secret")
    for k, n in keys.items():
        if n > 1:
            P.append("two secrets share the key %s:%d" % k)
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            if line_owner[(l["path"], n)] is not l:
                P.append("score.py would give %s:%d to another label" % (l["path"], n))
    return P


def run(cmd, data=None):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def key_text(l):
    v = l["value"]
    if l.get("key_check", "").endswith("-json"):
        v = v.replace("\\n", "\n")
    return v if v.endswith("\n") else v + "\n"


def check_keys(out, labels, tmp):
    P = []
    n = collections.Counter()
    have_openssl = shutil.which("openssl") is not None
    have_sshkeygen = shutil.which("ssh-keygen") is not None
    for i, l in enumerate(labels):
        kc = l.get("key_check")
        if not kc:
            continue
        where = "%s:%d" % (l["path"], l["line"])
        f = os.path.join(tmp, "k%d" % i)
        with open(f, "w") as fh:
            fh.write(key_text(l))
        os.chmod(f, 0o600)
        kind = kc.split("/")[0]
        wrap = kc.split("/")[-1]
        if kc == "x509":
            if have_openssl:
                r = run(["openssl", "x509", "-in", f, "-noout"])
                n["x509"] += 1
                if r.returncode:
                    P.append("openssl x509 failed " + where)
        elif kc == "spki":
            if have_openssl:
                r = run(["openssl", "pkey", "-pubin", "-in", f, "-noout"])
                n["spki"] += 1
                if r.returncode:
                    P.append("openssl pkey -pubin failed " + where)
        elif kc == "openssh-pub":
            if have_sshkeygen:
                r = run(["ssh-keygen", "-l", "-f", f])
                n["openssh-pub"] += 1
                if r.returncode:
                    P.append("ssh-keygen -l failed " + where)
        elif wrap == "openssh":
            if have_sshkeygen:
                r = run(["ssh-keygen", "-y", "-f", f])
                n["openssh"] += 1
                if r.returncode:
                    P.append("ssh-keygen -y failed " + where)
                else:
                    pub = os.path.join(out, l["path"] + ".pub")
                    with open(pub) as fh:
                        want = fh.read().split()[:2]
                    if r.stdout.decode().split()[:2] != want:
                        P.append("OpenSSH key does not match its .pub " + where)
        elif wrap == "ppk2":
            lines = l["value"].split("\n")
            if not lines[0].startswith("PuTTY-User-Key-File-2: ") or not lines[-1].startswith("Private-MAC: "):
                P.append("malformed PPK " + where)
            n["ppk2"] += 1
        else:
            if have_openssl:
                cmd = ["openssl", "pkey", "-in", f, "-noout"]
                if kind in ("rsa", "p256"):
                    cmd.append("-check")
                r = run(cmd)
                n["pem-" + kind] += 1
                if r.returncode:
                    P.append("openssl pkey failed %s (%s)" % (where, r.stderr.decode()[:80]))
    return P, n


def regen(out, seed, data_bytes, files):
    P = []
    gen = os.path.join(HERE, "generate.py")
    for hs in ("1", "4242"):
        tmp = tempfile.mkdtemp(prefix="thirtythird-regen-")
        if inside_git(tmp):
            P.append("temporary directory %s is inside a git repository" % tmp)
            shutil.rmtree(tmp)
            continue
        target = os.path.join(tmp, "corpus")
        env = dict(os.environ, PYTHONHASHSEED=hs)
        r = subprocess.run([sys.executable, gen, target, "--seed", str(seed)], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
        if r.returncode:
            P.append("regeneration with PYTHONHASHSEED=%s failed: %s" % (hs, r.stderr.decode()[:300]))
            shutil.rmtree(tmp)
            continue
        again = read_corpus(target)
        if sorted(again) != sorted(files):
            P.append("regeneration (PYTHONHASHSEED=%s) has a different file list" % hs)
        for p in sorted(files):
            if again.get(p) != files[p]:
                P.append("regeneration (PYTHONHASHSEED=%s) differs in %s" % (hs, p))
        with open(labels_path(target), "rb") as fh:
            if fh.read() != data_bytes:
                P.append("regeneration (PYTHONHASHSEED=%s) differs in the labels file" % hs)
        shutil.rmtree(tmp)
    return P


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-tools", action="store_true", help="skip the openssl / ssh-keygen key checks")
    ap.add_argument("--no-regen", action="store_true", help="skip the double regeneration")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    lp = labels_path(out)
    with open(lp, "rb") as fh:
        data_bytes = fh.read()
    data = json.loads(data_bytes)
    labels = data["labels"]
    files = read_corpus(out)
    P = []
    if "__empty_dirs__" in files:
        P.append("empty directories in the corpus")
        del files["__empty_dirs__"]
    if len(files) != data["files"]:
        P.append("file count %d != %d in the labels file" % (len(files), data["files"]))
    P += checks33.check_files(files)
    P += checks33.check_labels(files, labels)
    P += checks33.check_tokens(labels)
    P += score_agreement(labels)
    crlf = sum(1 for b in files.values() if b"\r\n" in b)
    c = recount(files, labels, crlf)
    for k, v in c.items():
        if data["counts"].get(k) != v:
            P.append("count %s: labels file says %r, corpus has %r" % (k, data["counts"].get(k), v))
    P += checks33.check_counts(c)
    print("corpus %s: %d files, %d secrets, %d negatives" % (out, c["files"], c["secrets"], c["negatives"]))
    if not a.no_tools:
        tmp = tempfile.mkdtemp(prefix="thirtythird-keys-")
        try:
            kp, n = check_keys(out, labels, tmp)
        finally:
            shutil.rmtree(tmp)
        P += kp
        print("key checks: " + ", ".join("%s %d" % kv for kv in sorted(n.items())))
    if not a.no_regen:
        P += regen(out, data["seed"], data_bytes, files)
        print("regenerated twice (PYTHONHASHSEED 1 and 4242) and compared byte for byte")
    if P:
        print("%d problem(s):" % len(P))
        for p in P[:100]:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
