"""Checks shared by generate.py (in memory) and verify.py (on disk), counts and sanity ranges."""

import bisect
import collections
import json
import xml.etree.ElementTree as ET

KEY_SECRETS = {"rsa:pkcs1", "rsa:pkcs8:escaped", "rsa:pkcs8:base64", "rsa:openssh", "p256:sec1", "p256:pkcs8",
               "p256:jwk", "ed25519:pkcs8", "ed25519:openssh"}
RANGES = {"files": (570, 640), "secrets": (690, 800), "negatives": (650, 760), "free_share": (0.33, 0.37),
          "free_secret_share": (0.44, 0.56)}
REQUIRED = ("path", "line", "column", "kind", "category", "value", "free_text", "lang", "theme")
PLACEHOLDERISH = ("changeme", "your_", "<your", "replace_me", "example", "xxxxxx", "dummy", "todo")


def file_problems(path, text):
    """text: decoded file content without BOM."""
    errs = []
    if "\r" in text.replace("\r\n", ""):
        errs.append("%s: bare CR" % path)
    if "\r\n" in text and "\n" in text.replace("\r\n", ""):
        errs.append("%s: mixed line endings" % path)
    body = text.replace("\r\n", "\n")
    if not body.endswith("\n"):
        errs.append("%s: no final newline" % path)
    if len(body.splitlines()) != body.count("\n"):
        errs.append("%s: other str.splitlines separators" % path)
    try:
        if path.endswith((".json", ".ipynb", ".arb")):
            json.loads(body)
        elif path.endswith(".xml") or path.endswith("NuGet.Config"):
            ET.fromstring(body.encode())
    except (ValueError, ET.ParseError) as e:
        errs.append("%s: does not parse: %s" % (path, e))
    return errs


def label_problems(labels, texts):
    """labels: list of dicts; texts: {path: text with \\n line endings, no BOM}."""
    errs = []
    lines = {p: t.split("\n") for p, t in texts.items()}
    owner = {}
    seen = set()
    for lab in labels:
        for f in REQUIRED:
            if f not in lab:
                errs.append("label without %s: %r" % (f, lab))
        if lab["kind"] not in ("secret", "negative"):
            errs.append("bad kind %r" % lab)
        key = (lab["path"], lab["line"])
        if key in seen:
            errs.append("two labels start on %s:%d" % key)
        seen.add(key)
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not a <= lab["line"] <= b or "span" in lab and a == b:
            errs.append("bad span %r" % lab)
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                errs.append("%s:%d owned twice" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
        ls = lines.get(lab["path"])
        if ls is None:
            errs.append("label on missing file %s" % lab["path"])
            continue
        if lab["kind"] == "secret" and any(not ls[n - 1].strip() for n in range(a, b + 1)):
            errs.append("secret span crosses an empty line %s:%d" % key)
        vparts = lab["value"].split("\n")
        first = ls[lab["line"] - 1][lab["column"] - 1:]
        if not first.startswith(vparts[0]):
            errs.append("value not at %s:%d:%d" % (lab["path"], lab["line"], lab["column"]))
        for i, part in enumerate(vparts[1:], 1):
            if ls[lab["line"] - 1 + i][:len(part)] != part:
                errs.append("multi-line value does not fill %s:%d" % key)
        if lab.get("pair"):
            if not any(lab["id_value"] in ls[n - 1] for n in range(a, b + 1)):
                errs.append("pair id outside span %s:%d" % key)
        if lab["kind"] == "secret" and any(lab["value"].lower().startswith(p) for p in PLACEHOLDERISH):
            errs.append("placeholder-shaped secret %s:%d" % key)
    secrets = [l for l in labels if l["kind"] == "secret"]
    svals = {l["value"] for l in secrets}
    for l in labels:
        if l["kind"] == "negative" and l["value"] in svals:
            errs.append("negative equals a secret %s:%d" % Labels_key(l))
    longs = sorted({l["value"] for l in secrets if len(l["value"]) >= 6 and "\n" not in l["value"]}, key=len)
    for i, v in enumerate(longs):
        for w in longs[i + 1:]:
            if v in w:
                errs.append("secret %r inside secret %r" % (v[:20], w[:20]))
    # every secret value of 8+ characters occurs only on lines its label owns, corpus-wide
    paths = sorted(texts)
    big, starts, bases = [], [], []
    off = 0
    for p in paths:
        t = texts[p]
        bases.append(off)
        big.append(t)
        off += len(t) + 1
    blob = "\x00".join(big)
    line_starts = {p: [0] + [i + 1 for i, c in enumerate(texts[p]) if c == "\n"] for p in paths}
    for l in secrets:
        v = l["value"]
        if len(v) < 8 or "\n" in v or l.get("key_check") in ("ed25519:openssh", "rsa:openssh"):
            continue
        i = blob.find(v)
        while i >= 0:
            k = bisect.bisect_right(bases, i) - 1
            p = paths[k]
            ln = bisect.bisect_right(line_starts[p], i - bases[k])
            o = owner.get((p, ln))
            if o is not l:
                errs.append("secret %r also on %s:%d" % (v[:24], p, ln))
                break
            i = blob.find(v, i + 1)
    return errs


def Labels_key(l):
    return (l["path"], l["line"])


def counts(labels, files, free_paths, crlf, bom):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    keys = collections.Counter(l["key_check"].split(":")[0] for l in sec if l.get("key_check") in KEY_SECRETS)
    per = collections.defaultdict(lambda: collections.Counter())
    for p in files:
        per[p.split("/")[0]]["files"] += 1
    for l in labels:
        c = per[l["theme"]]
        c["secrets" if l["kind"] == "secret" else "negatives"] += 1
        if l["free_text"] and l["kind"] == "secret":
            c["free_text_secrets"] += 1
    return {"files": len(files), "free_text_files": len(free_paths), "secrets": len(sec), "negatives": len(neg),
            "free_text_secrets": sum(l["free_text"] for l in sec), "free_text_negatives": sum(l["free_text"] for l in neg),
            "revoked": sum(l.get("note") == "revoked" for l in sec), "rotated": sum(l.get("note") == "rotated" for l in sec),
            "private_keys": {"total": sum(keys.values()), "ed25519": keys["ed25519"], "p256": keys["p256"], "rsa": keys["rsa"]},
            "pairs": sum(bool(l.get("pair")) for l in sec), "crlf_files": crlf, "bom_files": bom,
            "secret_categories": len({l["category"] for l in sec}),
            "negative_categories": len({l["category"] for l in neg}),
            "per_theme": {k: dict(sorted(v.items())) for k, v in sorted(per.items())}}


def range_problems(c):
    errs = []
    for k in ("files", "secrets", "negatives"):
        lo, hi = RANGES[k]
        if not lo <= c[k] <= hi:
            errs.append("%s = %d outside %s" % (k, c[k], RANGES[k]))
    share = c["free_text_files"] / c["files"]
    if not RANGES["free_share"][0] <= share <= RANGES["free_share"][1]:
        errs.append("free-text share %.3f" % share)
    fs = c["free_text_secrets"] / c["secrets"]
    if not RANGES["free_secret_share"][0] <= fs <= RANGES["free_secret_share"][1]:
        errs.append("free-text secret share %.3f" % fs)
    return errs
