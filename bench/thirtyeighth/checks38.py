"""Checks shared by generate.py (in memory) and verify.py (on disk) (thirty-eighth corpus)."""
import base64
import collections
import json
import xml.dom.minidom

from core38 import crc_ok

BAD_SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
REQUIRED = ("path", "line", "column", "kind", "category", "value", "free_text", "lang")
PLACEHOLDER_SHAPES = ("changeme", "<password>", "YOUR_API_KEY", "REPLACE_ME", "xxxxxxxx", "<your-")


def decode_files(raw):
    """raw: {path: bytes} -> ({path: text with LF}, problems)"""
    texts, probs = {}, []
    for p, b in raw.items():
        if b.startswith(b"\xef\xbb\xbf"):
            b = b[3:]
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:
            probs.append("%s: not UTF-8" % p)
            continue
        crlf = "\r\n" in t
        t2 = t.replace("\r\n", "\n")
        if crlf and "\n" in t.replace("\r\n", ""):
            probs.append("%s: mixed line endings" % p)
        if "\r" in t2:
            probs.append("%s: bare CR" % p)
        if any(ch in t2 for ch in BAD_SEPARATORS):
            probs.append("%s: a separator str.splitlines would split on" % p)
        if not t2.endswith("\n"):
            probs.append("%s: no final newline" % p)
        if any(ch in t2 for ch in "\ue000\ue001\ue002"):
            probs.append("%s: leftover mark sentinel" % p)
        texts[p] = t2
    return texts, probs


def parse_check(path, text):
    try:
        if path.endswith(".json"):
            json.loads(text)
        elif path.endswith((".xml", ".xlf", ".resx", ".ttml", ".opml", ".config")) and text.lstrip().startswith("<?xml"):
            xml.dom.minidom.parseString(text.encode())
    except Exception as e:  # noqa: BLE001
        return "%s: does not parse (%s)" % (path, str(e)[:80])
    return None


def line_owner(labels):
    owner, probs = {}, []
    for l in labels:
        a, b = l.get("span", [l["line"], l["line"]])
        for n in range(a, b + 1):
            k = (l["path"], n)
            if k in owner:
                probs.append("%s:%d owned twice (%s, %s)" % (l["path"], n, owner[k]["category"], l["category"]))
            owner[k] = l
    return owner, probs


def check_labels(texts, labels):
    probs = []
    lines = {p: t.split("\n") for p, t in texts.items()}
    for l in labels:
        for f in REQUIRED:
            if f not in l:
                probs.append("label without %s: %r" % (f, l))
        if l["kind"] not in ("secret", "negative"):
            probs.append("bad kind %r" % l["kind"])
        if l["path"] not in lines:
            probs.append("label on a missing file %s" % l["path"])
            continue
        ls = lines[l["path"]]
        v = l["value"]
        first = v.split("\n")
        if l["line"] < 1 or l["line"] > len(ls):
            probs.append("%s:%d outside the file" % (l["path"], l["line"]))
            continue
        row = ls[l["line"] - 1]
        col = l["column"] - 1
        if row[col:col + len(first[0])] != first[0]:
            probs.append("%s:%d value not at column %d" % (l["path"], l["line"], l["column"]))
        for i, part in enumerate(first[1:], 1):
            if l["line"] - 1 + i >= len(ls) or not ls[l["line"] - 1 + i].startswith(part):
                probs.append("%s:%d multi-line value does not fill its span" % (l["path"], l["line"]))
                break
        if "span" in l:
            a, b = l["span"]
            if not (1 <= a <= l["line"] <= b <= len(ls)):
                probs.append("%s:%d span %r outside the file" % (l["path"], l["line"], l["span"]))
            if l["kind"] == "secret" and any(not ls[n - 1].strip() for n in range(a, b + 1)):
                probs.append("%s:%d span over an empty line" % (l["path"], l["line"]))
            if "id_value" in l and not any(l["id_value"] in ls[n - 1] for n in range(a, b + 1)):
                probs.append("%s:%d pair id not inside the span" % (l["path"], l["line"]))
        if l["kind"] == "secret" and any(v.startswith(s) for s in PLACEHOLDER_SHAPES):
            probs.append("%s:%d placeholder-shaped secret" % (l["path"], l["line"]))
        if "decoded" in l:
            try:
                dec = base64.b64decode(v).decode()
                if not dec.endswith(l["decoded"]):
                    probs.append("%s:%d decoded value does not match" % (l["path"], l["line"]))
            except Exception:  # noqa: BLE001
                probs.append("%s:%d value does not base64-decode" % (l["path"], l["line"]))
        if l["kind"] == "secret" and v[:4] in ("ghp_", "gho_", "npm_") and len(v) == 40 and not crc_ok(v):
            probs.append("%s:%d secret with a wrong CRC32 tail" % (l["path"], l["line"]))
        if l.get("fixture_crc_wrong") and crc_ok(v):
            probs.append("%s:%d fixture token has a correct CRC32" % (l["path"], l["line"]))
    order = [(l["path"], l["line"], l["column"]) for l in labels]
    if order != sorted(order):
        probs.append("labels not sorted")
    owner, p2 = line_owner(labels)
    probs += p2
    secrets = [l for l in labels if l["kind"] == "secret"]
    sv = collections.Counter(l["value"] for l in secrets)
    probs += ["secret value used twice: %r" % v[:40] for v, n in sv.items() if n > 1]
    negv = {l["value"] for l in labels if l["kind"] == "negative"}
    probs += ["negative equal to a secret: %r" % v[:40] for v in sv if v in negv]
    # every secret value of 8+ characters only on lines its label owns (single-line values; key body lines of 40+)
    needles = {}
    for l in secrets:
        parts = l["value"].split("\n")
        if len(parts) == 1:
            if len(parts[0]) >= 8:
                needles.setdefault(parts[0], l)
        else:
            for part in parts[2:-1]:
                if len(part.strip()) >= 40:
                    needles.setdefault(part.strip(), l)
    by_prefix = collections.defaultdict(list)
    for v in needles:
        by_prefix[v[:8]].append(v)
    for p, ls in lines.items():
        for n, row in enumerate(ls, 1):
            if len(row) < 8:
                continue
            seen = set()
            for i in range(len(row) - 7):
                cand = by_prefix.get(row[i:i + 8])
                if not cand:
                    continue
                for v in cand:
                    if v in seen or row[i:i + len(v)] != v:
                        continue
                    seen.add(v)
                    own = owner.get((p, n))
                    if own is None or own["kind"] != "secret" or (v not in own["value"]):
                        probs.append("%s:%d holds secret %r outside its label" % (p, n, v[:30]))
    # no secret inside another (6+ characters)
    vals = sorted((l["value"] for l in secrets if len(l["value"]) >= 6 and "\n" not in l["value"]), key=len)
    long_blob = "\x00".join(vals)
    for v in vals:
        if long_blob.count(v) > 1:
            probs.append("secret contained in another: %r" % v[:30])
    for p, t in texts.items():
        e = parse_check(p, t)
        if e:
            probs.append(e)
    return probs


def counts(labels, files, free_files, raw):
    secrets = [l for l in labels if l["kind"] == "secret"]
    negs = [l for l in labels if l["kind"] == "negative"]
    keys = [l for l in secrets if l.get("key_check")]
    kinds = collections.Counter(l["key_check"].split(":")[0] for l in keys)
    return {
        "files": len(files), "free_text_files": len(free_files),
        "secrets": len(secrets), "negatives": len(negs),
        "free_text_secrets": sum(l["free_text"] for l in secrets), "free_text_negatives": sum(l["free_text"] for l in negs),
        "revoked": sum(l.get("note") == "revoked" for l in secrets), "rotated": sum(l.get("note") == "rotated" for l in secrets),
        "private_keys": len(keys), "private_keys_ed25519": kinds["ed25519"], "private_keys_p256": kinds["p256"],
        "private_keys_rsa": kinds["rsa"], "pairs": sum(bool(l.get("pair")) for l in secrets),
        "crlf_files": sum(b"\r\n" in b for b in raw.values()), "bom_files": sum(b.startswith(b"\xef\xbb\xbf") for b in raw.values()),
        "secret_categories": len({l["category"] for l in secrets}), "negative_categories": len({l["category"] for l in negs}),
    }


RANGES = {"files": (540, 680), "secrets": (650, 850), "negatives": (600, 800), "private_keys": (30, 70), "pairs": (20, 80),
          "revoked": (8, 60), "rotated": (15, 80), "crlf_files": (25, 150), "bom_files": (4, 40)}


def range_problems(cn):
    probs = ["count %s=%d outside %r" % (k, cn[k], r) for k, r in RANGES.items() if not r[0] <= cn[k] <= r[1]]
    share = cn["free_text_files"] / cn["files"]
    if not 0.32 <= share <= 0.40:
        probs.append("free-text share %.3f outside [0.32, 0.40]" % share)
    return probs
