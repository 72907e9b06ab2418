"""All corpus checks, shared by generate.py (in memory, before anything is written) and verify.py (on disk)."""
import collections
import json
import os
import re
import tempfile

import crypto19 as C
import kcheck19 as KC
import prov19 as P

HERE = os.path.dirname(os.path.abspath(__file__))


def _load_score():
    """Load bench/quality/score.py by path (only its Labels class is used; nothing is run)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score_quality19", os.path.join(HERE, "..", "quality", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


score = _load_score()

CRC_RE = re.compile(r"(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])")
AGE_RE = re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]+")
PRIV_RE = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----|PuTTY-User-Key-File-\d")
PUB_RE = re.compile(r"-----BEGIN (CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|CERTIFICATE REQUEST)-----")
GROUPS = {"provider", "generic", "key"}


def counts_of(labels_doc, values_doc):
    labels, values = labels_doc["labels"], values_doc["values"]
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    out = collections.OrderedDict()
    out["files"] = len(labels_doc["files"])
    out["secrets"] = len(sec)
    out["negatives"] = len(labels) - len(sec)
    out["free_text_secrets"] = sum(1 for _, v in sec if v.get("free_text"))
    for g in ("provider", "generic", "key"):
        out[g] = sum(1 for _, v in sec if v.get("group") == g)
    out["secret_categories"] = len({l["category"] for l, _ in sec})
    out["negative_categories"] = len({l["category"] for l in labels if l["kind"] == "negative"})
    out["pairs"] = sum(1 for _, v in sec if "anchors" in v)
    out["secret_spans"] = sum(1 for l, v in sec if "span" in l and "anchors" not in v)
    out["negative_spans"] = sum(1 for l in labels if l["kind"] == "negative" and "span" in l)
    return out


def run(files, labels_doc, values_doc, max_problems=60):
    """files: {relpath: bytes}. Returns a list of problem strings (empty when all is well)."""
    probs = []

    def bad(msg):
        if len(probs) < max_problems:
            probs.append(msg)

    labels = labels_doc.get("labels")
    values = values_doc.get("values")
    if not isinstance(labels, list) or not isinstance(values, list):
        return ["labels or values missing"]
    if len(labels) != len(values):
        return ["labels (%d) and values (%d) are not parallel" % (len(labels), len(values))]
    if sorted(files) != labels_doc.get("files"):
        bad("file list in labels does not match the files present")

    # ---------------------------------------------------------- files
    text = {}
    for path in sorted(files):
        raw = files[path]
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            bad("not UTF-8: " + path)
            continue
        crlf = t.count("\r\n")
        lf = t.count("\n")
        if crlf and crlf != lf:
            bad("mixed line endings: " + path)
        if t.replace("\r\n", "").count("\r"):
            bad("bare CR: " + path)
        if not t.endswith("\n"):
            bad("no final newline: " + path)
        if "\ue000" in t or "\ue001" in t or "\ue002" in t:
            bad("sentinel left in " + path)
        text[path] = t.replace("\r\n", "\n").split("\n")[:-1]

    # ---------------------------------------------------------- labels
    owner = {}
    cat_kind, cat_group = {}, {}
    prev = None
    for i, (l, v) in enumerate(zip(labels, values)):
        where = "%s:%s" % (l.get("path"), l.get("line"))
        if set(l) - {"path", "line", "kind", "category", "span"} or not {"path", "line", "kind", "category"} <= set(l):
            bad("label fields " + where)
            continue
        if l["kind"] not in ("secret", "negative") or v.get("kind") != l["kind"]:
            bad("kind mismatch " + where)
        key = (l["path"], l["line"])
        if prev is not None and key <= prev:
            bad("labels not sorted / duplicate at " + where)
        prev = key
        if l["path"] not in text:
            bad("label for unknown file " + where)
            continue
        a, b = l.get("span", [l["line"], l["line"]])
        if not (a <= l["line"] <= b) or ("span" in l and a == b):
            bad("bad span " + where)
        lines = text[l["path"]]
        if a < 1 or b > len(lines):
            bad("extent outside file " + where)
            continue
        if not lines[a - 1].strip() or not lines[b - 1].strip():
            bad("extent starts or ends on an empty line " + where)
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                bad("two labels own line %s:%d" % (l["path"], n))
            owner[(l["path"], n)] = i
        if cat_kind.setdefault(l["category"], l["kind"]) != l["kind"]:
            bad("category with two kinds: " + l["category"])
        if l["kind"] == "secret":
            g = v.get("group")
            if g not in GROUPS or not isinstance(v.get("free_text"), bool):
                bad("secret without group/free_text " + where)
            if (g == "key") != l["category"].startswith("private-key"):
                bad("key group <=> private-key category broken " + where)
            if cat_group.setdefault(l["category"], g) != g:
                bad("category with two groups: " + l["category"])
        # value placement
        if "anchors" in v:
            if "span" not in l:
                bad("pair without span " + where)
            roles = sorted(x[2] for x in v["anchors"])
            if roles != ["id", "secret"]:
                bad("pair anchors " + where)
            for ln, val, role in v["anchors"]:
                if not (a <= ln <= b) or val not in lines[ln - 1]:
                    bad("pair anchor %s not on line %s:%d" % (role, l["path"], ln))
                if role == "secret" and ln != l["line"]:
                    bad("pair line is not the secret's line " + where)
            if {v["anchors"][0][0], v["anchors"][1][0]} != {a, b}:
                bad("pair span does not match anchors " + where)
        else:
            val = v.get("value")
            if not isinstance(val, str) or not val.strip():
                bad("empty value " + where)
                continue
            vl = val.split("\n")
            if len(vl) != b - a + 1:
                bad("value line count != extent " + where)
            elif len(vl) == 1:
                if val not in lines[a - 1]:
                    bad("value not on its line " + where)
            else:
                if not lines[a - 1].endswith(vl[0]) or not lines[b - 1].startswith(vl[-1]) or \
                        lines[a:b - 1] != vl[1:-1]:
                    bad("multi-line value does not match its span " + where)
        if "check" in v:
            try:
                KC.check_key(v["check"]["format"], v["raw"])
            except Exception as e:  # noqa: BLE001
                bad("key does not parse at %s: %s" % (where, e))
            shown = v.get("value", "")
            if not KC.carries(shown, v["raw"], v["check"].get("wrap")):
                bad("shown key text does not carry the raw key " + where)

    # score.py's own reading of the labels must agree
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(labels_doc, fh)
        tmpname = fh.name
    try:
        L = score.Labels(tmpname)
    finally:
        os.unlink(tmpname)
    if len(L.secrets) != sum(1 for l in labels if l["kind"] == "secret"):
        bad("score.Labels sees a different number of secrets")
    if set(L.line_owner) != set(owner):
        bad("score.Labels sees different owned lines")

    # ---------------------------------------------------------- corpus-wide
    def is_secret_line(path, n):
        i = owner.get((path, n))
        return i is not None and labels[i]["kind"] == "secret"

    sec_vals, neg_vals = set(), set()
    for l, v in zip(labels, values):
        vals = [x[1] for x in v["anchors"]] if "anchors" in v else [v.get("value", "")]
        (sec_vals if l["kind"] == "secret" else neg_vals).update(vals)
    both = sec_vals & neg_vals
    if both:
        bad("values both secret and negative: %s" % sorted(both)[:3])

    # secret text outside secret lines. A private key's lines may reappear in its own public material
    # (certificate, SPKI PEM, .pub line, public JWK), which is labelled negative as public-key*/certificate*.
    free_lines = []      # (path, n, text, public) of lines not owned by a secret
    for path in sorted(text):
        for n, t in enumerate(text[path], 1):
            if not is_secret_line(path, n):
                i = owner.get((path, n))
                pub = i is not None and labels[i]["category"].startswith(("public-key", "certificate"))
                free_lines.append((path, n, t, pub))
    blob_all = "\n".join(t for _, _, t, _ in free_lines)
    blob_nopub = "\n".join(t for _, _, t, pub in free_lines if not pub)
    needles = {}
    for l, v in zip(labels, values):
        if l["kind"] != "secret":
            continue
        if "anchors" in v:
            needles[[x for x in v["anchors"] if x[2] == "secret"][0][1]] = False
        elif "\n" not in v["value"]:
            needles[v["value"]] = "check" in v
        else:
            for ln in v["value"].split("\n"):
                s = ln.strip().strip('",\\').replace("\\n", "")
                if len(s) >= 40:
                    needles.setdefault(s, True)
    for s in sorted(needles):
        blob = blob_nopub if needles[s] else blob_all
        if len(s) >= 8 and s in blob:
            hit = next(("%s:%d" % (p, n) for p, n, t, _ in free_lines if s in t), "?")
            bad("secret value %r... also on an unlabelled/negative line %s" % (s[:24], hit))

    doc_re = re.compile("|".join(re.escape(d) for d in P.DOC_VALUES))
    for path in sorted(text):
        for n, t in enumerate(text[path], 1):
            sec = is_secret_line(path, n)
            if doc_re.search(t) and sec:
                bad("documented example on a secret line %s:%d" % (path, n))
            for m in CRC_RE.finditer(t):
                if C.crc_token_valid(m.group(1)) != sec:
                    bad("CRC token %s labelled wrongly at %s:%d" % (m.group(1)[:10], path, n))
            for m in AGE_RE.finditer(t):
                if not C.bech32_valid(m.group(0)):
                    bad("age key with a bad bech32 checksum at %s:%d" % (path, n))
            if PRIV_RE.search(t) and not sec:
                bad("private key header outside a secret at %s:%d" % (path, n))
            if PUB_RE.search(t) and sec:
                bad("certificate/public key inside a secret at %s:%d" % (path, n))
    return probs
