"""All checks, shared by generate.py (in memory, before writing) and verify.py (on disk)."""

import base64
import importlib.util
import json
import os
import re
import tomllib
import urllib.parse
import xml.etree.ElementTree as ET

import crypto20 as C
import kcheck20 as KC
import prov20

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "quality", "score.py")

CRC_RE = re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36,76}|npm_[A-Za-z0-9]{36})\b")
AGE_RE = re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}")
PRIV_RE = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----|PuTTY-User-Key-File-[23]:")
PUB_RE = re.compile(r"-----BEGIN (CERTIFICATE|PUBLIC KEY)-----")


def _lines(files):
    out = {}
    for path, data in files.items():
        out[path] = data.decode("utf-8").replace("\r\n", "\n")[:-1].split("\n")
    return out


def unwrap(value, check):
    w = check.get("wrap", "plain")
    if w == "plain":
        return value
    if w == "indent":
        ls = value.split("\n")
        rest = [l for l in ls[1:] if l.strip()] or ls
        ind = min(len(l) - len(l.lstrip()) for l in rest)
        first = ls[0][min(ind, len(ls[0]) - len(ls[0].lstrip())):]
        return "\n".join([first] + [l[ind:] for l in ls[1:]])
    if w == "json":
        return json.loads('"' + value + '"')
    if w == "b64":
        return base64.b64decode(value).decode()
    if w == "urlenc":
        return urllib.parse.unquote(value)
    if w == "re":
        rx = re.compile(check["re"])
        parts = [m.group(1) for m in (rx.search(l) for l in value.split("\n")) if m]
        s = "\n".join(parts)
        if check.get("unescape") == "json":
            s = json.loads('"' + s + '"')
        return s
    if w == "der-b64":
        return value
    raise ValueError("unknown wrap " + w)


def check_labels(labels, values, files):
    probs = []
    lines = _lines(files)
    if len(labels) != len(values):
        return ["labels and values differ in length"]
    prev = None
    cat_kind, cat_group = {}, {}
    for lab, val in zip(labels, values):
        for f in ("path", "line", "kind", "category"):
            if f not in lab:
                probs.append("label without %s: %r" % (f, lab))
        if lab["kind"] not in ("secret", "negative"):
            probs.append("bad kind %r" % lab)
        if val["kind"] != lab["kind"]:
            probs.append("value kind differs from label kind at %s:%d" % (lab["path"], lab["line"]))
        key = (lab["path"], lab["line"])
        if prev and key <= prev:
            probs.append("labels not sorted or duplicate at %s:%d" % key)
        prev = key
        if lab["path"] not in lines:
            probs.append("label for missing file %s" % lab["path"])
            continue
        fl = lines[lab["path"]]
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not (1 <= a <= lab["line"] <= b <= len(fl)):
            probs.append("extent outside file or line outside span at %s:%d" % key)
            continue
        if not fl[a - 1].strip() or not fl[b - 1].strip():
            probs.append("extent starts or ends on an empty line at %s:%d" % key)
        if lab["kind"] == "secret":
            if val.get("group") not in ("provider", "generic", "key") or "free_text" not in val:
                probs.append("secret without group/free_text at %s:%d" % key)
            if (val.get("group") == "key") != lab["category"].startswith("private-key"):
                probs.append("key group and private-key category disagree at %s:%d" % key)
            g = cat_group.setdefault(lab["category"], val.get("group"))
            if g != val.get("group"):
                probs.append("category %s in two groups" % lab["category"])
        k = cat_kind.setdefault(lab["category"], lab["kind"])
        if k != lab["kind"]:
            probs.append("category %s used as secret and negative" % lab["category"])
        # value placement
        if "anchors" in val:
            for ln, text, role in val["anchors"]:
                if not (a <= ln <= b) or text not in fl[ln - 1]:
                    probs.append("pair anchor %r not on %s:%d" % (role, lab["path"], ln))
        else:
            v = val["value"]
            if "\n" in v:
                vl = v.split("\n")
                if b - a + 1 != len(vl):
                    probs.append("multi-line value height differs from span at %s:%d" % key)
                elif not (fl[a - 1].endswith(vl[0]) and fl[b - 1].startswith(vl[-1])
                          and fl[a:b - 1] == vl[1:-1]):
                    probs.append("multi-line value not on its span at %s:%d" % key)
            elif a != b:
                probs.append("single-line value with a span at %s:%d" % key)
            elif v not in fl[a - 1]:
                probs.append("value not on its line at %s:%d" % key)
    # one label per line
    owned = {}
    for lab in labels:
        a, b = lab.get("span", [lab["line"], lab["line"]])
        for n in range(a, b + 1):
            if (lab["path"], n) in owned:
                probs.append("two labels own %s:%d" % (lab["path"], n))
            owned[(lab["path"], n)] = lab
    return probs


def check_files(files):
    probs = []
    for path, data in sorted(files.items()):
        try:
            s = data.decode("utf-8")
        except UnicodeDecodeError:
            probs.append("not UTF-8: " + path)
            continue
        if not s.endswith("\n"):
            probs.append("no final newline: " + path)
        crlf = s.count("\r\n")
        if crlf and crlf != s.count("\n"):
            probs.append("mixed line endings: " + path)
        if s.replace("\r\n", "").count("\r"):
            probs.append("bare CR: " + path)
        if "\ue000" in s or "\ue001" in s:
            probs.append("sentinel left in " + path)
        if path.startswith("/") or ".." in path.split("/"):
            probs.append("bad path " + path)
        name = path.rsplit("/", 1)[-1]
        try:
            if name.endswith(".json") or name == "openid-configuration":
                json.loads(s)
            elif name.endswith((".xml", ".xlf", ".dxl", ".qgs", ".xsl")) or (name.endswith(".ts") and s.startswith("<?xml")):
                ET.fromstring(s.encode("utf-8"))
            elif name.endswith(".toml") or name == "uv.lock":
                tomllib.loads(s)
        except Exception as e:  # noqa: BLE001 - any parse error is a problem
            probs.append("%s does not parse: %s" % (path, str(e)[:80]))
    return probs


def check_corpus(files, labels, values):
    probs = []
    lines = _lines(files)
    owner = {}
    for lab in labels:
        a, b = lab.get("span", [lab["line"], lab["line"]])
        for n in range(a, b + 1):
            owner[(lab["path"], n)] = lab
    secret_vals, neg_vals = set(), set()
    multi_lines = set()
    for lab, val in zip(labels, values):
        if lab["kind"] == "secret":
            if "anchors" in val:
                secret_vals.update(t for _, t, r in val["anchors"] if r == "secret")
            elif "\n" in val["value"]:
                for l in val["value"].split("\n"):
                    if len(l.strip()) >= 40:
                        multi_lines.add(l.strip())
                if val.get("raw"):
                    for l in val["raw"].split("\n"):
                        if len(l.strip()) >= 40:
                            multi_lines.add(l.strip())
            else:
                secret_vals.add(val["value"])
        else:
            if "value" in val:
                neg_vals.add(val["value"])
    both = secret_vals & neg_vals
    for v in sorted(both):
        probs.append("value is both secret and negative: %r" % v)
    for v in sorted(secret_vals & prov20.DOCUMENTED_VALUES):
        probs.append("documented example labelled secret: %r" % v)
    # secret values outside secret labels
    long_vals = sorted(v for v in secret_vals if len(v) >= 8)
    first = {}
    for v in long_vals:
        first.setdefault(v[:6], []).append(v)
    segs = set()
    for ml in multi_lines:
        segs.add(ml[:32])
        segs.add(ml[-32:])
    for path, fl in lines.items():
        for i, line in enumerate(fl, 1):
            o = owner.get((path, i))
            if o and o["kind"] == "secret":
                continue
            exempt = o is not None and (o["category"].startswith("public-key") or o["category"] == "certificate")
            for k in range(len(line) - 5):
                cands = first.get(line[k:k + 6])
                if cands:
                    for v in cands:
                        if line.startswith(v, k):
                            probs.append("secret value %r outside a secret label at %s:%d" % (v[:30], path, i))
            if not exempt and len(line) >= 32:
                for k in range(len(line) - 31):
                    if line[k:k + 32] in segs:
                        probs.append("private-key text outside a secret label at %s:%d" % (path, i))
                        break
            for m in PRIV_RE.finditer(line):
                probs.append("private key header outside a secret label at %s:%d" % (path, i))
            for m in CRC_RE.finditer(line):
                if prov20.crc_valid(m.group(1)):
                    probs.append("CRC-valid token outside a secret label at %s:%d" % (path, i))
            for m in AGE_RE.finditer(line):
                probs.append("age key outside a secret label at %s:%d" % (path, i))
    # inside secret labels
    for lab, val in zip(labels, values):
        if lab["kind"] != "secret":
            continue
        a, b = lab.get("span", [lab["line"], lab["line"]])
        text = "\n".join(lines[lab["path"]][a - 1:b])
        for m in CRC_RE.finditer(text):
            if not prov20.crc_valid(m.group(1)):
                probs.append("CRC-invalid token inside a secret label at %s:%d" % (lab["path"], lab["line"]))
        for m in AGE_RE.finditer(text):
            if not C.bech32_valid(m.group(0)):
                probs.append("age key with bad checksum at %s:%d" % (lab["path"], lab["line"]))
        if PUB_RE.search(text):
            probs.append("certificate or public key inside a secret label at %s:%d" % (lab["path"], lab["line"]))
        for v in prov20.DOCUMENTED_VALUES:
            if v in text:
                probs.append("documented example on a secret line at %s:%d" % (lab["path"], lab["line"]))
        if lab["category"].startswith("private-key"):
            chk = val.get("check")
            if not chk or not val.get("raw"):
                probs.append("private key without check/raw at %s:%d" % (lab["path"], lab["line"]))
                continue
            try:
                fmt, _ = KC.parse_any(val["raw"])
            except Exception as e:  # noqa: BLE001 - report any parse failure
                probs.append("private key does not parse at %s:%d: %s" % (lab["path"], lab["line"], e))
                continue
            if not chk["format"].startswith(fmt.replace("der-b64", "pkcs8")):
                probs.append("key format %s is not %s at %s:%d" % (fmt, chk["format"], lab["path"], lab["line"]))
            try:
                shown = unwrap(val["value"], chk)
            except Exception as e:  # noqa: BLE001
                probs.append("cannot unwrap key at %s:%d: %s" % (lab["path"], lab["line"], e))
                continue
            raw = val["raw"].strip()
            if chk.get("wrap") == "der-b64":
                body = "".join(l for l in raw.split("\n") if not l.startswith("-----"))
                ok = "".join(shown.split()) == body
            else:
                ok = shown.replace("\r\n", "\n").strip() == raw
            if not ok:
                probs.append("shown key text does not carry the raw key at %s:%d" % (lab["path"], lab["line"]))
    # private key headers must be inside secret labels (checked above for unlabelled/negative lines)
    return probs


def check_score_view(labels_path_or_obj, labels):
    """Load score.py's Labels class by path (runs nothing) and compare its view with ours."""
    probs = []
    if not os.path.exists(SCORE):
        return probs
    spec = importlib.util.spec_from_file_location("score_for_check20", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if isinstance(labels_path_or_obj, str):
        L = mod.Labels(labels_path_or_obj)
    else:
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
            json.dump(labels_path_or_obj, fh)
            name = fh.name
        try:
            L = mod.Labels(name)
        finally:
            os.unlink(name)
    if len(L.secrets) != sum(1 for l in labels if l["kind"] == "secret"):
        probs.append("score.py sees a different number of secrets")
    n = sum(len(range(l.get("span", [l["line"]] * 2)[0], l.get("span", [l["line"]] * 2)[1] + 1)) for l in labels)
    if len(L.line_owner) != n:
        probs.append("score.py sees a different number of owned lines")
    return probs


def run_all(files, labels, values, labels_obj=None):
    probs = check_files(files)
    probs += check_labels(labels, values, files)
    if not probs:
        probs += check_corpus(files, labels, values)
    if labels_obj is not None:
        probs += check_score_view(labels_obj, labels)
    return probs
