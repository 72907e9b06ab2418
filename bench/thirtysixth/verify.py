#!/usr/bin/env python3
"""Verify a corpus written by generate.py.

usage: verify.py OUT_DIR [--no-tools] [--no-regen]

On-disk checks of every file and label, private keys with openssl / ssh-keygen (unless --no-tools), agreement
with the scorer's line ownership, count sanity, and two regenerations (PYTHONHASHSEED 1 and 4242) into temporary
directories outside any git repository, compared byte for byte. Exit 1 on any problem.
"""
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
sys.dont_write_bytecode = True

import checks36  # noqa: E402


def read_tree(root):
    out = {}
    for dp, dns, fns in os.walk(root):
        dns.sort()
        if not fns and not dns:
            out[os.path.relpath(dp, root) + "/"] = None
        for fn in sorted(fns):
            p = os.path.join(dp, fn)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = fh.read()
    return out


def scorer_line_owner(labels):
    """Same rule as bench/quality/score.py's Labels.line_owner (re-implemented, not imported)."""
    owner = {}
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            owner[(l["path"], n)] = l
    return owner


def run(cmd, data=None):
    p = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr


def key_checks(root, labels, errors):
    tmp = tempfile.mkdtemp(prefix="v36keys-")
    n = collections.Counter()
    try:
        for l in labels:
            kc = l.get("key_check")
            if not kc:
                continue
            v = l["value"]
            if "escaped" in kc:
                v = v.replace("\\n", "\n")
            parts = kc.split(":")
            if l["kind"] == "secret":
                if parts[1] == "openssh":
                    kp = os.path.join(tmp, "k%d" % n["ssh"])
                    with open(kp, "w") as fh:
                        fh.write(v.strip() + "\n")
                    os.chmod(kp, 0o600)
                    rc, out, err = run(["ssh-keygen", "-y", "-f", kp])
                    n["ssh"] += 1
                    if rc:
                        errors.append("%s:%d: ssh-keygen -y failed: %s" % (l["path"], l["line"], err.decode()[:100]))
                        continue
                    pubp = os.path.join(root, l["path"] + ".pub")
                    if os.path.exists(pubp):
                        with open(pubp) as fh:
                            want = fh.read().split()[1]
                        if out.decode().split()[1] != want:
                            errors.append("%s: .pub does not match the private key" % l["path"])
                    continue
                cmd = ["openssl", "pkey", "-noout"]
                if parts[0] in ("rsa", "p256"):
                    cmd.append("-check")
                rc, out, err = run(cmd, (v.strip() + "\n").encode())
                n["pkey"] += 1
                if rc:
                    errors.append("%s:%d: openssl pkey failed: %s" % (l["path"], l["line"], err.decode()[:120]))
            else:
                if parts[0] == "spki":
                    rc, out, err = run(["openssl", "pkey", "-pubin", "-noout"], (v.strip() + "\n").encode())
                    n["spki"] += 1
                elif parts[0] == "x509":
                    cp = os.path.join(tmp, "c%d.pem" % n["x509"])
                    with open(cp, "w") as fh:
                        fh.write(v.strip() + "\n")
                    rc, out, err = run(["openssl", "x509", "-noout", "-in", cp])
                    if not rc:
                        rc, out, err = run(["openssl", "verify", "-CAfile", cp, cp])
                    n["x509"] += 1
                elif parts[0] == "openssh-pub":
                    line = v if v.startswith("ssh-") else None
                    if line is None:
                        with open(os.path.join(root, l["path"]), encoding="utf-8") as fh:
                            line = checks36.split_lines(fh.read())[l["line"] - 1].strip().strip('"')
                    pp = os.path.join(tmp, "p%d.pub" % n["pub"])
                    with open(pp, "w") as fh:
                        fh.write(line + "\n")
                    rc, out, err = run(["ssh-keygen", "-l", "-f", pp])
                    n["pub"] += 1
                else:
                    continue
                if rc:
                    errors.append("%s:%d: public material check (%s) failed: %s" % (l["path"], l["line"], parts[0], err.decode()[:120]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return n


def regen(seed, env_seed, where):
    out = os.path.join(where, "c%s" % env_seed)
    env = dict(os.environ, PYTHONHASHSEED=str(env_seed))
    p = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), out, "--seed", str(seed)], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return out, p


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--no-tools", action="store_true", help="skip the openssl / ssh-keygen checks")
    ap.add_argument("--no-regen", action="store_true", help="skip the determinism check")
    a = ap.parse_args()
    root = os.path.abspath(a.out).rstrip("/")
    lpath = root + ".labels.json"
    errors = []
    with open(lpath, "rb") as fh:
        raw_labels = fh.read()
    data = json.loads(raw_labels)
    labels = data["labels"]
    tree = read_tree(root)
    for p, b in tree.items():
        if b is None:
            errors.append("empty directory %s" % p)
    files = {p: b for p, b in tree.items() if b is not None}
    texts = {}
    for p, b in files.items():
        t = checks36.check_file_bytes(p, b, errors)
        if t is not None:
            texts[p] = t
    checks36.check_labels(texts, labels, errors, expect_files=data["files"])

    # agreement with the scorer's line ownership
    mine, dup = checks36.line_owner(labels)
    theirs = scorer_line_owner(labels)
    if dup or set(mine) != set(theirs) or any(mine[k] is not theirs[k] for k in mine):
        errors.append("line ownership differs from the scorer's")

    # counts
    c = data["counts"]
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    recount = {
        "files": len(files), "secrets": len(sec), "negatives": len(neg),
        "free_text_secrets": sum(1 for l in sec if l["free_text"]), "free_text_negatives": sum(1 for l in neg if l["free_text"]),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"), "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": sum(1 for l in sec if l["category"] in ("private-key", "gcp-service-account-key")),
        "pairs": sum(1 for l in labels if "id_value" in l),
        "crlf_files": sum(1 for t in texts.values() if "\r\n" in t),
        "bom_files": sum(1 for t in texts.values() if t.startswith("\ufeff")),
    }
    for k, v in recount.items():
        if c.get(k) != v:
            errors.append("count %s: labels file says %s, corpus has %s" % (k, c.get(k), v))
    ft_paths = {l["path"] for l in labels if l["free_text"]}
    checks36.sanity(c, errors)

    nk = {}
    if not a.no_tools:
        if shutil.which("openssl") and shutil.which("ssh-keygen"):
            nk = key_checks(root, labels, errors)
        else:
            print("note: openssl or ssh-keygen missing; key checks skipped")

    if not a.no_regen:
        where = tempfile.mkdtemp(prefix="v36regen-")
        try:
            for s in (1, 4242):
                out, p = regen(data["seed"], s, where)
                if p.returncode:
                    errors.append("regeneration with PYTHONHASHSEED=%d failed: %s" % (s, p.stderr.decode()[-300:]))
                    continue
                other = read_tree(out)
                if other != tree:
                    diff = sorted(set(other) ^ set(tree)) or [k for k in tree if other.get(k) != tree[k]]
                    errors.append("regeneration with PYTHONHASHSEED=%d differs: %s" % (s, diff[:5]))
                with open(out + ".labels.json", "rb") as fh:
                    if fh.read() != raw_labels:
                        errors.append("regenerated labels with PYTHONHASHSEED=%d differ" % s)
        finally:
            shutil.rmtree(where, ignore_errors=True)

    print("corpus %s: %d files, %d secrets, %d negatives; keys checked: %s" % (
        root, len(files), len(sec), len(neg), dict(nk) if nk else "skipped"))
    if errors:
        for e in errors[:80]:
            print("PROBLEM:", e)
        print("%d problems" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
