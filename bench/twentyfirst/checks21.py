"""All corpus checks, shared by generate.py (in memory, before writing) and verify.py (on disk)."""

import collections
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import crypto21 as C
import kcheck21
import prov21

CRC_RE = re.compile(r"(?<![A-Za-z0-9_])((?:gh[pousr]|npm)_[A-Za-z0-9]{36})(?![A-Za-z0-9_])")
AGE_RE = re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}")
XML_EXT = (".xml", ".jmx", ".wxs", ".xlf", ".tmx", ".mm", ".opml", ".note", ".ctd", ".chatlog", ".dbk", ".fods",
           ".svg", ".qgs", ".plist", ".soapui")


def split_lines(data):
    text = data.decode("utf-8")
    crlf = "\r\n" in text
    lines = text.split("\r\n" if crlf else "\n")
    return text, lines[:-1] if lines and lines[-1] == "" else lines, crlf


def check(files, labels, values, counts=None):
    """files: {path: bytes}. Returns a list of problems (empty when all is well)."""
    P = []
    add = P.append
    texts = {}
    crlf_files = 0
    # ------------------------------------------------ files
    for path in sorted(files):
        data = files[path]
        try:
            text, lines, crlf = split_lines(data)
        except UnicodeDecodeError:
            add("%s: not UTF-8" % path)
            continue
        crlf_files += crlf
        if crlf and re.search(r"(?<!\r)\n", text):
            add("%s: mixed line endings" % path)
        if "\r" in text.replace("\r\n", ""):
            add("%s: bare CR" % path)
        if not text.endswith("\n"):
            add("%s: no final newline" % path)
        if "\x00" in text:
            add("%s: NUL character" % path)
        texts[path] = lines
        try:
            if path.endswith(".json") and not path.endswith(".jsonl"):
                json.loads(text)
            elif path.endswith(".jsonl"):
                for ln in lines:
                    json.loads(ln)
            elif path.endswith(XML_EXT):
                ET.fromstring(text.encode("utf-8"))
            elif path.endswith(".toml"):
                tomllib.loads(text)
        except Exception as e:  # noqa: BLE001 - any parse error is a problem
            add("%s: does not parse (%s)" % (path, str(e)[:80]))
    # ------------------------------------------------ labels
    if len(labels) != len(values):
        add("labels and values differ in length")
        return P
    owner = {}
    prev = None
    cat_kind, cat_group = {}, {}
    for lab, val in zip(labels, values):
        for f in ("path", "line", "kind", "category"):
            if f not in lab:
                add("label without %s: %r" % (f, lab))
        key = (lab["path"], lab["line"])
        if prev is not None and key <= prev:
            add("labels not sorted or duplicate at %s:%d" % key)
        prev = key
        if lab["kind"] not in ("secret", "negative") or val["kind"] != lab["kind"]:
            add("%s:%d: bad kind" % key)
        lines = texts.get(lab["path"])
        if lines is None:
            add("%s: labelled file missing" % lab["path"])
            continue
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (a <= lab["line"] <= b) or a < 1 or b > len(lines):
            add("%s:%d: span %r outside file or line" % (key + (lab.get("span"),)))
            continue
        if not lines[a - 1].strip() or not lines[b - 1].strip():
            add("%s:%d: extent starts or ends on an empty line" % key)
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                add("%s:%d: line %d has two labels" % (key + (n,)))
            owner[(lab["path"], n)] = lab
        c = lab["category"]
        if cat_kind.setdefault(c, lab["kind"]) != lab["kind"]:
            add("category %s has two kinds" % c)
        if lab["kind"] == "secret":
            if "group" not in val or "free_text" not in val:
                add("%s:%d: secret without group/free_text" % key)
            if cat_group.setdefault(c, val.get("group")) != val.get("group"):
                add("category %s has two groups" % c)
            if (val.get("group") == "key") != c.startswith("private-key"):
                add("%s:%d: key group and private-key category disagree" % key)
        # value placement
        if "anchors" in val:
            for ln, t, role in val["anchors"]:
                if not (a <= ln <= b) or t not in lines[ln - 1]:
                    add("%s:%d: pair anchor %r not on line %d" % (key + (t[:30], ln)))
            if not any(r == "secret" and ln == lab["line"] for ln, t, r in val["anchors"]):
                add("%s:%d: pair line is not the secret anchor" % key)
        else:
            v = val.get("value")
            if not v:
                add("%s:%d: empty value" % key)
                continue
            parts = v.split("\n")
            if len(parts) != b - a + 1:
                add("%s:%d: value has %d lines, span %d" % (key + (len(parts), b - a + 1)))
                continue
            if len(parts) == 1:
                if v not in lines[a - 1]:
                    add("%s:%d: value %r not on its line" % (key + (v[:40],)))
            else:
                if not lines[a - 1].endswith(parts[0]) or not lines[b - 1].startswith(parts[-1]):
                    add("%s:%d: multi-line value does not start/end at its span" % key)
                for k, mid in enumerate(parts[1:-1]):
                    if lines[a + k] != mid:
                        add("%s:%d: multi-line value middle line %d differs" % (key + (a + k + 1,)))
                        break
        if lab["kind"] == "secret" and "check" in val:
            try:
                kcheck21.parse_raw(val["check"]["format"], val["raw"])
            except Exception as e:  # noqa: BLE001
                add("%s:%d: key does not parse: %s" % (key + (e,)))
            shown = val.get("value", "")
            if val["check"]["format"].startswith("jwk"):
                d = json.loads(val["raw"])["d"]
                if d not in shown:
                    add("%s:%d: shown JWK lacks d" % key)
            elif not kcheck21.carries(shown, val["raw"]):
                add("%s:%d: shown text does not carry the raw key" % key)
    # ------------------------------------------------ corpus-wide values
    sec_vals, neg_vals = set(), set()
    for lab, val in zip(labels, values):
        vs = [val["value"]] if "value" in val else [t for _, t, r in val["anchors"] if r == "secret"]
        for v in vs:
            (sec_vals if lab["kind"] == "secret" else neg_vals).add(v)
    both = sec_vals & neg_vals
    for v in sorted(both):
        add("value is both secret and negative: %r" % v[:40])
    seen = collections.Counter()
    for lab, val in zip(labels, values):
        if lab["kind"] == "secret" and "value" in val:
            seen[val["value"]] += 1
    # index secret values (single-line ones by 8-char prefix, multi-line by 32-char segments)
    index = collections.defaultdict(list)
    for v in sec_vals:
        for piece in ([v] if "\n" not in v else [s.strip()[:32] for s in v.split("\n") if len(s.strip()) >= 40]):
            if len(piece) >= 8:
                index[piece[:8]].append(piece)
    examples = [e for _, e in prov21.EXAMPLES]
    for path, lines in texts.items():
        for i, line in enumerate(lines, 1):
            lab = owner.get((path, i))
            if lab is not None and lab["kind"] == "secret":
                for e in examples:
                    if e in line:
                        add("%s:%d: documented example on a secret line" % (path, i))
                continue
            hit = None
            for k in range(len(line) - 7):
                for cand in index.get(line[k:k + 8], ()):
                    if line.startswith(cand, k):
                        hit = cand
                        break
                if hit:
                    break
            if hit and not (lab is not None and lab["category"].startswith(("public-key", "certificate"))):
                add("%s:%d: secret value %r outside a secret label" % (path, i, hit[:30]))
            if "PRIVATE KEY-----" in line and "BEGIN" in line or line.startswith("PuTTY-User-Key-File"):
                add("%s:%d: private key header outside a secret" % (path, i))
    for path, lines in texts.items():
        for i, line in enumerate(lines, 1):
            lab = owner.get((path, i))
            is_sec = lab is not None and lab["kind"] == "secret"
            for m in CRC_RE.finditer(line):
                if C.crc_token_valid(m.group(1)) != is_sec:
                    add("%s:%d: checksum token %s labelled %s" % (path, i, m.group(1)[:8], "secret" if is_sec else "not secret"))
            for m in AGE_RE.finditer(line):
                if not C.bech32_valid(m.group(0)):
                    add("%s:%d: age key with a bad checksum" % (path, i))
            if is_sec and ("BEGIN CERTIFICATE" in line or "BEGIN PUBLIC KEY" in line):
                add("%s:%d: certificate or public key inside a secret" % (path, i))
    # ------------------------------------------------ counts
    if counts is not None:
        got = recount(files, labels, values)
        for k in ("files", "secrets", "negatives", "free_text"):
            if counts.get(k) != got[k]:
                add("stored count %s=%r differs from %r" % (k, counts.get(k), got[k]))
        if counts.get("crlf_files") != crlf_files:
            add("stored CRLF count differs")
    return P


def recount(files, labels, values):
    sec = [v for v in values if v["kind"] == "secret"]
    return {"files": len(files), "secrets": len(sec), "negatives": len(values) - len(sec),
            "free_text": sum(1 for v in sec if v["free_text"])}


def score_view(labels_path, labels):
    """Load the labels with score.py's own Labels class and compare owners and secret count."""
    import importlib.util
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location("score21", os.path.join(here, "..", "quality", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    L = mod.Labels(labels_path)
    probs = []
    n_lines = sum((l.get("span", [l["line"], l["line"]])[1] - l.get("span", [l["line"], l["line"]])[0] + 1) for l in labels)
    if len(L.line_owner) != n_lines:
        probs.append("score.py sees %d owned lines, expected %d" % (len(L.line_owner), n_lines))
    if len(L.secrets) != sum(1 for l in labels if l["kind"] == "secret"):
        probs.append("score.py sees a different number of secrets")
    return probs
