"""Self-checks shared by generate.py (before writing) and verify.py (on disk)."""
import base64
import collections
import re

import kcheck17 as KC
import prov17 as PV
import vals17 as V

TOK = re.compile(r"(?<![A-Za-z0-9_])((?:gh[pousr]|npm)_[A-Za-z0-9]{36})(?![A-Za-z0-9])")
ASSIGN = re.compile(r"(?i)(password|passwd|pwd|secret|token|api[_-]?key|apikey)[\"']?\s*[:=]\s*[\"']?([^\s\"',;<>]{8,})")
IDENT = re.compile(r"^([A-Z][A-Z0-9_]*|[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+|[a-z]+[A-Z][A-Za-z]*)\)?$")
REFLIKE = re.compile(r"^(\$|%|\{\{|<|\(|\[|#\{|@@|os\.|process\.|System\.|ENV|getenv|vault|op:|arn:|ENC|\*|x{4}|X{4}|\.\.\.)")


def check(files, labels, values, expect_files=None):
    """files: {path: text with \\n line ends}. Returns (problems, stats)."""
    P = []
    lines = {p: t.split("\n") for p, t in files.items()}
    if len(labels) != len(values):
        P.append("labels and values differ in length")
        return P, {}
    owner, secret_lines = {}, set()
    prev = None
    cat_kind = {}
    for lab, val in zip(labels, values):
        for f in ("path", "line", "kind", "category"):
            if f not in lab:
                P.append("label missing %s: %r" % (f, lab))
        if lab["kind"] not in ("secret", "negative") or val["kind"] != lab["kind"]:
            P.append("bad kind %r" % lab)
        key = (lab["path"], lab["line"])
        if prev and key <= prev:
            P.append("labels not sorted/unique at %s:%d" % key)
        prev = key
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if not a <= lab["line"] <= b:
            P.append("span does not contain line %s:%d" % key)
        fl = lines.get(lab["path"])
        if fl is None or b > len(fl):
            P.append("label outside file %s:%d" % key)
            continue
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                P.append("two labels on %s:%d" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
            if lab["kind"] == "secret":
                secret_lines.add((lab["path"], n))
        if not fl[lab["line"] - 1].strip():
            P.append("label on empty line %s:%d" % key)
        ck = (lab["kind"], val.get("group"))
        if cat_kind.setdefault(lab["category"], ck) != ck:
            P.append("category %s has two kinds/groups" % lab["category"])
        if lab["kind"] == "secret":
            if val.get("group") not in ("provider", "generic", "key") or "free_text" not in val:
                P.append("secret without group/free_text %s:%d" % key)
            if (val.get("group") == "key") != lab["category"].startswith("private-key"):
                P.append("key group mismatch %s:%d" % key)
        # placement
        if "anchors" in val:
            for ln, txt, role in val["anchors"]:
                if txt not in fl[ln - 1]:
                    P.append("pair %s not on %s:%d" % (role, lab["path"], ln))
        else:
            vl = val["value"].split("\n")
            if len(vl) == 1:
                if vl[0] not in fl[lab["line"] - 1]:
                    P.append("value not on its line %s:%d" % key)
            else:
                if lab.get("span", [0, 0])[1] != lab["line"] + len(vl) - 1:
                    P.append("span end mismatch %s:%d" % key)
                for i, x in enumerate(vl):
                    if x not in fl[lab["line"] - 1 + i]:
                        P.append("multi-line value mismatch %s:%d+%d" % (key[0], key[1], i))
                        break
        if val.get("check"):
            raw = val["raw"]
            try:
                ok = KC.check_key(raw, val["check"])
            except Exception as e:  # noqa: BLE001 - any parse failure is a problem
                ok = False
                P.append("key parse error %s:%d %s" % (key[0], key[1], e))
            if not ok:
                P.append("key inconsistent %s:%d" % key)
            shown = val.get("value", "")
            long_lines = [x for x in raw.split("\n") if len(x) >= 40]
            if not (all(x in shown for x in long_lines) or base64.b64encode((raw + "\n").encode()).decode() == shown):
                P.append("shown key does not carry the raw key %s:%d" % key)
    # corpus-wide: secret values outside secret lines
    needles = {}
    for lab, val in zip(labels, values):
        if lab["kind"] != "secret":
            continue
        texts = [a[1] for a in val["anchors"] if a[2] == "secret"] if "anchors" in val else [val["value"]]
        for tx in texts:
            for part in tx.split("\n"):
                part = part.strip().strip('",\\')
                if len(part) >= (40 if "\n" in tx else 8):
                    needles[part] = needles.get(part) or val["group"]
    big, index = [], []
    for p in sorted(lines):
        for i, ln in enumerate(lines[p]):
            index.append((p, i + 1))
            big.append(ln)
    blob = "\n".join(big)
    starts = []
    pos = 0
    for ln in big:
        starts.append(pos)
        pos += len(ln) + 1
    import bisect
    for nd in sorted(needles):
        j = blob.find(nd)
        while j != -1:
            k = bisect.bisect_right(starts, j) - 1
            where = index[k]
            # a private key's text may share a run with its labelled public half (OpenSSH blob, JWK x/y)
            if where not in secret_lines and not (needles[nd] == "key" and where in owner):
                P.append("secret value %r… outside a secret label at %s:%d" % (nd[:16], where[0], where[1]))
            j = blob.find(nd, j + 1)
    for dv in PV.DOC_EXAMPLES.values():
        j = blob.find(dv)
        while j != -1:
            k = bisect.bisect_right(starts, j) - 1
            if index[k] in secret_lines:
                P.append("documented example on a secret line %s:%d" % index[k])
            j = blob.find(dv, j + 1)
    for p in sorted(lines):
        for i, ln in enumerate(lines[p]):
            where = (p, i + 1)
            for m in TOK.finditer(ln):
                valid = V.crc_valid(m.group(1))
                if valid and where not in secret_lines:
                    P.append("valid-checksum token outside a secret at %s:%d" % where)
                if not valid and where in secret_lines:
                    P.append("broken-checksum token labelled secret at %s:%d" % where)
            if ("PRIVATE KEY-----" in ln and "BEGIN" in ln) or ln.startswith("PuTTY-User-Key-File"):
                if where not in secret_lines:
                    P.append("private key header outside a secret at %s:%d" % where)
            if ("BEGIN CERTIFICATE" in ln or "BEGIN PUBLIC KEY" in ln) and where in secret_lines:
                P.append("public material inside a secret at %s:%d" % where)
            if where not in owner:
                m = ASSIGN.search(ln)
                if m and not REFLIKE.match(m.group(2)) and not IDENT.match(m.group(2)) and not m.group(2).lower().startswith(("true", "false", "none", "null", "type", "required")):
                    P.append("unlabelled secret-looking assignment at %s:%d: %s" % (where[0], where[1], ln.strip()[:80]))
    if expect_files is not None and expect_files != len(files):
        P.append("file count %d != %d" % (len(files), expect_files))
    return P, stats(files, labels, values)


def stats(files, labels, values):
    s = collections.Counter()
    cats_s, cats_n, vendors = set(), set(), set()
    for lab, val in zip(labels, values):
        if lab["kind"] == "secret":
            s["secrets"] += 1
            s["g_" + val["group"]] += 1
            s["free"] += bool(val["free_text"])
            cats_s.add(lab["category"])
            if "anchors" in val:
                s["pairs"] += 1
            elif "span" in lab:
                s["spans"] += 1
            c = lab["category"]
            if c in PV.SHAPE:
                vendors.add(PV.SHAPE[c][1])
            if c in PV.PAIR:
                vendors.add(PV.PAIR[c][1])
        else:
            s["negatives"] += 1
            cats_n.add(lab["category"])
            if "span" in lab:
                s["neg_spans"] += 1
    s["files"] = len(files)
    s["secret_categories"] = len(cats_s)
    s["negative_categories"] = len(cats_n)
    s["vendors"] = len(vendors)
    s["shapes"] = len([c for c in cats_s if c in PV.SHAPE or c in PV.PAIR])
    return dict(s)
