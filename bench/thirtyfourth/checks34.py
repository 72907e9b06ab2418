"""Checks shared by generate.py (in memory, before writing) and verify.py (on disk)."""

import json
import re
import tomllib
import xml.etree.ElementTree as ET

FIELDS = {"path", "line", "column", "kind", "category", "value", "free_text", "lang"}
ODD = ["\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
PLACEHOLDER_RE = re.compile(r"^(x{6,}|X{6,}|changeme|<[^>]*>|\$\{[^}]*\}|\*{4,}|REPLACE_ME|TODO|your[-_].*)$", re.I)


def split_lines(text):
    """Split a file's text into lines the way score.py counts them (\\n or \\r\\n)."""
    if text.endswith("\r\n"):
        body = text[:-2].split("\r\n")
    else:
        body = text[:-1].split("\n")
    return body


def owners(labels):
    """(path, line) -> label, like score.py; returns (map, problems) with overlaps reported."""
    own, probs = {}, []
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            k = (l["path"], n)
            if k in own:
                probs.append("line owned twice: %s:%d" % k)
            own[k] = l
    return own, probs


def check_labels(files, labels):
    """files: path -> list of lines.  Returns a list of problems."""
    probs = []
    keys = set()
    for l in labels:
        miss = FIELDS - set(l)
        if miss:
            probs.append("label missing %s: %r" % (miss, l))
            continue
        if l["kind"] not in ("secret", "negative"):
            probs.append("bad kind %r" % l)
        k = (l["path"], l["line"])
        if k in keys:
            probs.append("duplicate label key %s:%d" % k)
        keys.add(k)
        if l["path"] not in files:
            probs.append("label on missing file %s" % l["path"])
            continue
        lines = files[l["path"]]
        a, b = l.get("span", [l["line"], l["line"]])
        if not (1 <= a <= l["line"] <= b <= len(lines)):
            probs.append("span/line outside file %s:%d" % k)
            continue
        v = l["value"]
        if not v:
            probs.append("empty value %s:%d" % k)
            continue
        vl = v.split("\n")
        if len(vl) == 1:
            ln = lines[l["line"] - 1]
            if ln[l["column"] - 1:l["column"] - 1 + len(v)] != v:
                probs.append("value not at its column %s:%d" % k)
        else:
            if l["line"] + len(vl) - 1 != b:
                probs.append("multi-line value does not fill its span %s:%d" % k)
            ln = lines[l["line"] - 1]
            if ln[l["column"] - 1:] != vl[0]:
                probs.append("multi-line value first line mismatch %s:%d" % k)
            for i, part in enumerate(vl[1:], 1):
                if part not in lines[l["line"] - 1 + i]:
                    probs.append("multi-line value line %d missing %s:%d" % (i, k[0], k[1]))
                    break
        if "id_value" in l:
            if a >= l["line"] or l["id_value"] not in lines[a - 1]:
                probs.append("pair id not at span start %s:%d" % k)
        for n in range(a, b + 1):
            if not lines[n - 1].strip() and "id_value" not in l:
                probs.append("span over empty line %s:%d" % k)
                break
        if l["kind"] == "secret" and PLACEHOLDER_RE.match(v):
            probs.append("placeholder-shaped secret %s:%d %r" % (k[0], k[1], v))
    own, p2 = owners(labels)
    probs += p2
    secrets = [l for l in labels if l["kind"] == "secret"]
    svals = {l["value"] for l in secrets}
    for l in labels:
        if l["kind"] == "negative" and l["value"] in svals:
            probs.append("negative equals a secret %s:%d" % (l["path"], l["line"]))
    # no secret (6+) inside another secret
    sv = sorted(svals, key=len)
    for i, a in enumerate(sv):
        if len(a) < 6:
            continue
        for b in sv[i + 1:]:
            if a in b and a != b:
                probs.append("secret inside another: %r in %r" % (a[:30], b[:30]))
    # secret values (8+) only on lines their label owns, corpus-wide
    big = []
    index = []
    for p in sorted(files):
        for n, ln in enumerate(files[p], 1):
            index.append((p, n, len(big)))
            big.append(ln)
    joined = "\n".join(big)
    starts = []
    pos = 0
    for ln in big:
        starts.append(pos)
        pos += len(ln) + 1
    import bisect

    def where(off):
        i = bisect.bisect_right(starts, off) - 1
        return index[i][0], index[i][1]
    shared = {}
    for l in secrets:
        for x in set(l["value"].split("\n")):
            shared[x] = shared.get(x, 0) + 1
    for l in secrets:
        parts = l["value"].split("\n")
        if len(parts) == 1:
            needles = [parts[0]] if len(parts[0]) >= 8 else []
        else:
            # key body lines; lines common to several keys (the openssh-key-v1 header) are structure, not secret
            needles = [x for x in parts if len(x) >= 40 and shared[x] == 1]
        a, b = l.get("span", [l["line"], l["line"]])
        for nd in needles:
            start = 0
            while True:
                off = joined.find(nd, start)
                if off < 0:
                    break
                p, n = where(off)
                if not (p == l["path"] and a <= n <= b):
                    o = own.get((p, n))
                    if not (o and o["kind"] == "negative" and o.get("key_check") in ("openssh-pub", "spki-raw")):
                        probs.append("secret value %r of %s:%d also on %s:%d" % (nd[:24], l["path"], l["line"], p, n))
                start = off + 1
    return probs


def check_file_text(path, text):
    probs = []
    if not text.endswith("\n"):
        probs.append("no final newline: " + path)
    crlf = "\r\n" in text
    body = text.replace("\r\n", "\n") if crlf else text
    if crlf and body.count("\n") != text.count("\r\n"):
        probs.append("mixed line endings: " + path)
    for ch in ODD:
        if ch in body:
            probs.append("odd line separator %r in %s" % (ch, path))
    low = path.lower()
    try:
        if low.endswith((".json", ".ipynb", ".har", ".arb")) or low.endswith("package.resolved") or \
                low.endswith("flake.lock"):
            json.loads(text)
        elif low.endswith((".xml", ".xlf", ".resx")) or (low.endswith(".ts") and "/translations/" in low):
            ET.fromstring(text.encode("utf-8"))
        elif low.endswith((".toml", "poetry.lock")):
            tomllib.loads(text)
    except Exception as e:  # noqa: BLE001
        probs.append("does not parse: %s (%s)" % (path, e))
    return probs
