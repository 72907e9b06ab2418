"""Checks shared by generate.py (in memory, before writing) and verify.py (on disk)."""
import re
import zlib

import crypto18
import kcheck18
import prov18

TOKEN_CRC = re.compile(r"(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])")
AGE = re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}")
PRIV = re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |ENCRYPTED |DSA )?PRIVATE KEY-----|PuTTY-User-Key-File-\d")
PUBLIC = re.compile(r"-----BEGIN (CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY)-----|^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256) AAAA")


def run(files, labels, values, expected_files=None):
    """files: {path: text}; returns a list of problems (empty when all is well)."""
    errs = []

    def err(msg):
        if len(errs) < 200:
            errs.append(msg)

    if len(labels) != len(values):
        return ["labels and values differ in length"]
    lines = {}
    for path, text in files.items():
        if "\r" in text.replace("\r\n", ""):
            err("%s: bare CR" % path)
        if "\r\n" in text and text.count("\n") != text.count("\r\n"):
            err("%s: mixed line endings" % path)
        lines[path] = text.splitlines()
    if expected_files is not None and expected_files != len(files):
        err("file count %d != %d" % (len(files), expected_files))

    owner = {}
    prev = None
    cat_kind, cat_group = {}, {}
    for i, (l, v) in enumerate(zip(labels, values)):
        for f in ("path", "line", "kind", "category"):
            if f not in l:
                err("label %d lacks %s" % (i, f))
        if l["kind"] not in ("secret", "negative") or v["kind"] != l["kind"]:
            err("label %d: bad kind" % i)
        key = (l["path"], l["line"])
        if prev is not None and key <= prev:
            err("labels not sorted or duplicate at %s:%d" % key)
        prev = key
        if l["path"] not in lines:
            err("label on missing file %s" % l["path"])
            continue
        a, b = l.get("span", [l["line"], l["line"]])
        if not (a <= l["line"] <= b) or a < 1 or b > len(lines[l["path"]]):
            err("%s:%d: bad extent %s" % (l["path"], l["line"], [a, b]))
            continue
        if not lines[l["path"]][a - 1].strip() or not lines[l["path"]][b - 1].strip():
            err("%s:%d: extent starts or ends on an empty line" % key)
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                err("%s:%d: line owned twice" % (l["path"], n))
            owner[(l["path"], n)] = i
        if cat_kind.setdefault(l["category"], l["kind"]) != l["kind"]:
            err("category %s is both kinds" % l["category"])
        if l["kind"] == "secret":
            if "group" not in v or "free_text" not in v:
                err("%s:%d: secret without group/free_text" % key)
            if cat_group.setdefault(l["category"], v.get("group")) != v.get("group"):
                err("category %s in two groups" % l["category"])
            if (v.get("group") == "key") != l["category"].startswith("private-key"):
                err("%s:%d: key group and category disagree" % key)
        # placement
        text = "\n".join(lines[l["path"]][a - 1:b])
        if "anchors" in v:
            for ln, s, role in v["anchors"]:
                if not (a <= ln <= b) or s not in lines[l["path"]][ln - 1]:
                    err("%s:%d: pair anchor %s not on line %d" % (l["path"], l["line"], role, ln))
        else:
            val = v["value"]
            if "\n" in val:
                if val not in text:
                    err("%s:%d: multi-line value not in span" % key)
                if not text.rstrip().endswith(val.splitlines()[-1].rstrip()) and not lines[l["path"]][b - 1].strip().startswith(val.splitlines()[-1].strip()):
                    err("%s:%d: span does not end where the value ends" % key)
                if not lines[l["path"]][a - 1].endswith(val.splitlines()[0]):
                    err("%s:%d: span does not start where the value starts" % key)
            elif val not in lines[l["path"]][l["line"] - 1]:
                err("%s:%d: value not on its line" % key)
        # keys
        if v.get("check"):
            try:
                kcheck18.check_key(v["check"]["format"], v["raw"])
            except Exception as e:  # noqa
                err("%s:%d: key does not parse: %s" % (key[0], key[1], e))
            shown = v.get("value", "").replace("\\n", "\n")
            for rl in v["raw"].splitlines():
                if rl.strip() and rl.strip() not in shown:
                    err("%s:%d: raw key line missing from shown text" % key)
                    break

    # corpus-wide value checks
    secret_vals, neg_vals = set(), set()
    for l, v in zip(labels, values):
        vals = [v["value"]] if "value" in v else [x[1] for x in v["anchors"] if x[2] == "secret"]
        (secret_vals if l["kind"] == "secret" else neg_vals).update(vals)
    both = secret_vals & neg_vals
    if both:
        err("values both secret and negative: %r" % sorted(both)[:3])
    probes, key_lines = set(), set()
    for s in secret_vals:
        if "\n" in s:
            kl = [x.strip() for x in s.splitlines() if len(x.strip()) >= 40 and not x.strip().startswith("-----")]
            probes.update(kl)
            key_lines.update(kl)
        elif len(s) >= 8:
            probes.add(s)
    # index by a 8-char prefix to keep this fast
    pref = {}
    for s in probes:
        pref.setdefault(s[:8], []).append(s)
    for path, ls in lines.items():
        for n, text in enumerate(ls, 1):
            o = owner.get((path, n))
            if o is not None and labels[o]["kind"] == "secret":
                continue
            pub_line = o is not None and ("public" in labels[o]["category"] or labels[o]["category"] == "certificate")
            for j in range(max(0, len(text) - 7)):
                cands = pref.get(text[j:j + 8])
                if cands:
                    for s in cands:
                        if text.startswith(s, j) and not (pub_line and s in key_lines):
                            err("%s:%d: secret value outside a secret label: %r" % (path, n, s[:30]))
    # checksummed tokens and age keys
    for path, ls in lines.items():
        for n, text in enumerate(ls, 1):
            o = owner.get((path, n))
            is_secret = o is not None and labels[o]["kind"] == "secret"
            for m in TOKEN_CRC.finditer(text):
                ok = crypto18.crc_ok(m.group(1))
                if ok != is_secret:
                    err("%s:%d: CRC-%s token %s labelled %s" % (path, n, "valid" if ok else "invalid", m.group(1)[:8],
                                                               "secret" if is_secret else "not secret"))
            for m in AGE.finditer(text):
                if not crypto18.bech32_ok(m.group(0)):
                    err("%s:%d: age key with bad checksum" % (path, n))
            if PRIV.search(text) and not is_secret:
                err("%s:%d: private key header outside a secret" % (path, n))
            if PUBLIC.search(text) and is_secret:
                err("%s:%d: public material inside a secret label" % (path, n))
            for cat, ex in prov18.DOC_EXAMPLES:
                if ex in text and is_secret:
                    err("%s:%d: documented example on a secret line" % (path, n))
    return errs
