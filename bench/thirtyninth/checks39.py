"""Checks shared by generate.py (in memory) and verify.py (on disk); counts and sanity ranges."""
import collections
import json
import xml.dom.minidom

REQUIRED = ("path", "line", "column", "kind", "category", "value", "free_text", "lang", "theme")
SEPARATORS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
PLACEHOLDERISH = ("changeme", "xxxx", "your_", "<", "example", "dummy", "placeholder")


def decode_file(data):
    """bytes -> (text with \\n line ends, crlf, bom, problems)."""
    probs = []
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return "", False, bom, ["not UTF-8: %s" % e]
    crlf = "\r\n" in text
    if crlf:
        if text.replace("\r\n", "").count("\n"):
            probs.append("mixed line endings")
        text = text.replace("\r\n", "\n")
    if "\r" in text:
        probs.append("bare CR")
    for s in SEPARATORS:
        if s in text:
            probs.append("line separator U+%04X" % ord(s))
    if not text.endswith("\n"):
        probs.append("no final newline")
    return text, crlf, bom, probs


def check_files(files):
    """files: path -> (text, crlf, bom). Returns problems."""
    probs = []
    for path, (text, *_rest) in sorted(files.items()):
        if path.endswith((".json", ".ipynb", ".arb")):
            try:
                json.loads(text)
            except ValueError as e:
                probs.append("%s: JSON does not parse: %s" % (path, e))
        if path.endswith(".xml"):
            try:
                xml.dom.minidom.parseString(text.encode())
            except Exception as e:  # noqa: BLE001
                probs.append("%s: XML does not parse: %s" % (path, e))
    return probs


def check_labels(labels, files):
    probs = []
    owner = {}
    lines_of = {p: t[0].split("\n") for p, t in files.items()}
    prev = None
    for lab in labels:
        for k in REQUIRED:
            if k not in lab:
                probs.append("label without %s: %r" % (k, lab))
        key = (lab["path"], lab["line"], lab["column"])
        if prev is not None and key < prev:
            probs.append("labels not sorted at %r" % (key,))
        prev = key
        if lab["kind"] not in ("secret", "negative"):
            probs.append("bad kind %r" % lab["kind"])
        if lab["path"] not in files:
            probs.append("label on a missing file %s" % lab["path"])
            continue
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (a <= lab["line"] <= b):
            probs.append("%s:%d line outside its span" % (lab["path"], lab["line"]))
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                probs.append("%s:%d owned twice" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
        ls = lines_of[lab["path"]]
        vlines = lab["value"].split("\n")
        first = lab["line"] - 1
        if first + len(vlines) > len(ls) - 1:
            probs.append("%s:%d value runs past the end" % (lab["path"], lab["line"]))
            continue
        col = lab["column"] - 1
        if ls[first][col:col + len(vlines[0])] != vlines[0]:
            probs.append("%s:%d value not at its column" % (lab["path"], lab["line"]))
        for i, vl in enumerate(vlines[1:], 1):
            if (ls[first + i] if i < len(vlines) - 1 else ls[first + i][:len(vl)]) != vl:
                probs.append("%s:%d multi-line value does not match" % (lab["path"], lab["line"]))
        if len(vlines) > 1 and first + len(vlines) - 1 + 1 > b:
            probs.append("%s:%d multi-line value outside span" % (lab["path"], lab["line"]))
        if "id_value" in lab:
            seg = "\n".join(ls[a - 1:b])
            if lab["id_value"] not in seg:
                probs.append("%s:%d pair ID not in span" % (lab["path"], lab["line"]))
        if lab["kind"] == "secret":
            for n in range(a, b + 1):
                if ls[n - 1].strip() == "" and len(vlines) == 1:
                    probs.append("%s:%d secret span crosses an empty line" % (lab["path"], n))
            low = lab["value"].lower()
            if low in ("changeme", "password", "xxxxxxxx", "dummy") or low.startswith("<"):
                probs.append("%s:%d placeholder-shaped secret" % (lab["path"], lab["line"]))
    secrets = [lab for lab in labels if lab["kind"] == "secret"]
    svals = {lab["value"] for lab in secrets}
    for lab in labels:
        if lab["kind"] == "negative" and lab["value"] in svals:
            probs.append("%s:%d negative equals a secret" % (lab["path"], lab["line"]))
    # every secret value of 8+ chars only on lines its label owns, corpus-wide
    chunks = collections.defaultdict(list)
    for lab in secrets:
        if "span" in lab and lab["value"].startswith("-----BEGIN"):
            continue  # PEM / OpenSSH bodies share structural base64 (headers, public parts); checked as keys
        for piece in lab["value"].split("\n"):
            if len(piece) >= 8 and not piece.startswith("-----"):
                chunks[piece[:8]].append((piece, lab))
    for path in sorted(files):
        for n, line in enumerate(lines_of[path], 1):
            if len(line) < 8:
                continue
            for i in range(len(line) - 7):
                for piece, lab in chunks.get(line[i:i + 8], ()):
                    if line.startswith(piece, i) and owner.get((path, n)) is not lab:
                        probs.append("%s:%d holds the secret of %s:%d" % (path, n, lab["path"], lab["line"]))
    vals = sorted(svals, key=len)
    for i, v in enumerate(vals):
        if len(v) < 6:
            continue
        for w in vals[i + 1:]:
            if v in w:
                probs.append("secret %r inside another secret" % v[:20])
                break
    return probs


def counts(labels, files):
    sec = [lab for lab in labels if lab["kind"] == "secret"]
    neg = [lab for lab in labels if lab["kind"] == "negative"]
    free = {p for p, t in files.items() if t[3]}
    keys = collections.Counter(lab["key_check"].split(":")[0] for lab in sec if "key_check" in lab)
    per = collections.OrderedDict()
    for p in sorted(files):
        th = p.split("/")[0]
        d = per.setdefault(th, {"files": 0, "secrets": 0, "negatives": 0, "free_secrets": 0})
        d["files"] += 1
    for lab in labels:
        d = per[lab["theme"]]
        d["secrets" if lab["kind"] == "secret" else "negatives"] += 1
        if lab["kind"] == "secret" and lab["free_text"]:
            d["free_secrets"] += 1
    return {
        "files": len(files), "free_text_files": len(free), "secrets": len(sec), "negatives": len(neg),
        "free_secrets": sum(lab["free_text"] for lab in sec), "free_negatives": sum(lab["free_text"] for lab in neg),
        "revoked": sum(lab.get("note") == "revoked" for lab in sec),
        "rotated": sum(lab.get("note") == "rotated" for lab in sec),
        "private_keys": sum(keys.values()), "private_keys_by_type": dict(sorted(keys.items())),
        "pairs": sum("pair" in lab for lab in sec),
        "crlf": sum(1 for t in files.values() if t[1]), "bom": sum(1 for t in files.values() if t[2]),
        "secret_categories": len({lab["category"] for lab in sec}),
        "negative_categories": len({lab["category"] for lab in neg}),
        "per_theme": per,
    }


RANGES = {"files": (560, 660), "secrets": (680, 820), "negatives": (640, 780), "crlf": (40, 70), "bom": (8, 20),
          "private_keys": (30, 60), "pairs": (30, 80)}


def check_counts(cn):
    probs = []
    for k, (lo, hi) in RANGES.items():
        if not lo <= cn[k] <= hi:
            probs.append("count %s = %d outside [%d, %d]" % (k, cn[k], lo, hi))
    share = cn["free_text_files"] / cn["files"]
    if not 0.32 <= share <= 0.38:
        probs.append("free-text share %.3f outside [0.32, 0.38]" % share)
    return probs
