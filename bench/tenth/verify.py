#!/usr/bin/env python3
"""Self-check of a generated tenth corpus. usage: verify.py OUT_DIR  (exits 1 on any problem)

Checks: labels load with bench/quality/score.py's Labels; fields, kinds and spans; one label per line;
values.json parallel to labels; UTF-8, one line-ending style per file and no other line-break characters;
every value and anchor on its labelled line(s); offline checks of token and key values; every PEM block
in the corpus parses, private ones inside exactly one secret label, public ones outside secret labels;
every base64-wrapped PEM is labelled secret exactly when it is a private key; every GitHub/npm token is
labelled secret exactly when its CRC32 is valid; no secret value on a line outside a secret label; no
unlabelled line that looks like `password = <literal>`."""

import base64
import binascii
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tkcheck  # noqa: E402
from tvals import crc_token_ok  # noqa: E402

BAD_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
CRC_RE = re.compile(r"(?<![A-Za-z0-9_])((?:gh[pousr]|npm)_[A-Za-z0-9]{36})(?![A-Za-z0-9_])")
B64PEM_RE = re.compile(r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]*")
PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
SUSPECT = re.compile(r"(?i)(?:^|[\s\"'{,;(_.-])(password|passwd|pwd|secret|token|api[_-]?key|apikey|auth_pass|psk)"
                     r"[\"']?\s*[:=]\s*[\"']?([^\s\"',;<>()]{6,})")
REFERENCE = re.compile(r"(?i)^\$|^%|\{\{|\$\{|\$\(|os\.environ|getenv|env\(|vault|op://|keeper|secretKeyRef|"
                       r"^ENC|^\*+|^x{6,}|^<|^your|change.?me|replace|dummy|example|placeholder|^todo|^none$|^null$|"
                       r"^true$|^false$|^\[|redacted|_file$|\.(?:key|pem|txt|json|conf)$|^/|^\.\./|keyring|^set-in|"
                       r"^required$|^string$|^sensitive|^masked|^hidden|^[A-Z][A-Z0-9_]+[)}\]]*$|^self\.|^config\.|^settings\.")


def load_labels(path):
    spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "quality", "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score.Labels(path)


class V:
    def __init__(self):
        self.problems = []
        self.checked = 0

    def bad(self, msg):
        if len(self.problems) < 200:
            self.problems.append(msg)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1].rstrip("/"))
    v = V()
    labels = load_labels(out + ".labels.json")
    with open(out + ".values.json") as fh:
        values = json.load(fh)
    items = labels.items
    if len(values) != len(items):
        v.bad("values.json has %d entries, labels %d" % (len(values), len(items)))

    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            p = os.path.relpath(os.path.join(root, n), out)
            with open(os.path.join(root, n), "rb") as fh:
                raw = fh.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                v.bad("%s: not UTF-8" % p)
                continue
            crlf = "\r\n" in text
            if crlf and text.replace("\r\n", "") .count("\r"):
                v.bad("%s: lone CR" % p)
            if crlf and text.count("\n") != text.count("\r\n"):
                v.bad("%s: mixed line endings" % p)
            if not crlf and "\r" in text:
                v.bad("%s: CR without LF" % p)
            if any(c in text for c in BAD_BREAKS):
                v.bad("%s: unusual line-break character" % p)
            files[p] = text.replace("\r\n", "\n").split("\n")

    # ---- label structure
    owner = {}
    for i, l in enumerate(items):
        for k in ("path", "line", "kind", "category"):
            if k not in l:
                v.bad("label %d lacks %s" % (i, k))
        if l["kind"] not in ("secret", "negative"):
            v.bad("label %d: bad kind" % i)
        if l["path"] not in files:
            v.bad("label %d: no file %s" % (i, l["path"]))
            continue
        a, b = l.get("span", [l["line"], l["line"]])
        if a != l["line"] or b < a or b > len(files[l["path"]]) or ("span" in l and b == a):
            v.bad("label %d: bad span %s" % (i, l.get("span")))
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                v.bad("two labels on %s:%d" % (l["path"], n))
            owner[(l["path"], n)] = i
        if labels.line_owner.get((l["path"], l["line"])) is not l:
            v.bad("score.py sees another owner on %s:%d" % (l["path"], l["line"]))

    # ---- values on their lines, and offline checks
    singles = []
    for i, (l, val) in enumerate(zip(items, values)):
        lines = files.get(l["path"])
        if lines is None:
            continue
        anchors = [[l["line"], val["value"], val.get("check"), False]] if "value" in val else val.get("anchors", [])
        if not anchors:
            v.bad("label %d has no value" % i)
        if l["kind"] == "secret" and not ({"group", "free_text"} <= set(val)):
            v.bad("label %d: secret without group/free_text" % i)
        a0, b0 = l.get("span", [l["line"], l["line"]])
        for line, text, check, ident in anchors:
            for k, part in enumerate(text.split("\n")):
                n = line + k
                if not (a0 <= n <= b0) or n > len(lines) or part not in lines[n - 1]:
                    v.bad("%s:%d: value of %s not on its line" % (l["path"], n, l["category"]))
            if check:
                err = tkcheck.check_value(check, text)
                v.checked += 1
                if err:
                    v.bad("%s:%d (%s): %s" % (l["path"], line, l["category"], err))
            if l["kind"] == "secret" and not ident and "\n" not in text and len(text) >= 8:
                singles.append(text)

    def owner_kind(p, n):
        i = owner.get((p, n))
        return None if i is None else items[i]["kind"]

    # ---- corpus-wide scans
    singles = sorted(set(singles))
    npem = 0
    for p, lines in sorted(files.items()):
        whole = "\n".join(lines)
        for m in PEM_RE.finditer(whole):
            npem += 1
            first = whole.count("\n", 0, m.start()) + 1
            last = whole.count("\n", 0, m.end()) + 1
            label = m.group(1)
            try:
                blocks = tkcheck.pem_blocks(m.group(0))
                raw = blocks[0][1]
            except (binascii.Error, ValueError, IndexError) as e:
                v.bad("%s:%d: PEM %s does not decode (%s)" % (p, first, label, e))
                continue
            owners = {owner.get((p, n)) for n in range(first, last + 1)}
            if "PRIVATE KEY" in label:
                err = tkcheck.check_private_block(label, raw)
                if err:
                    v.bad("%s:%d: %s" % (p, first, err))
                if len(owners) != 1 or None in owners or items[owners.pop()]["kind"] != "secret":
                    v.bad("%s:%d: private key not inside exactly one secret label" % (p, first))
            else:
                try:
                    err = tkcheck.check_public_der(raw)
                except (ValueError, IndexError) as e:
                    err = str(e)
                if err:
                    v.bad("%s:%d: %s: %s" % (p, first, label, err))
                if any(o is not None and items[o]["kind"] == "secret" for o in owners):
                    v.bad("%s:%d: %s inside a secret label" % (p, first, label))
        for n, line in enumerate(lines, 1):
            for m in B64PEM_RE.finditer(line):
                s = m.group(0)
                try:
                    dec = base64.b64decode(s + "=" * (-len(s) % 4)).decode()
                except (binascii.Error, UnicodeDecodeError):
                    v.bad("%s:%d: LS0tLS1CRUdJTi… does not decode" % (p, n))
                    continue
                is_priv = "PRIVATE KEY-----" in dec
                if is_priv != (owner_kind(p, n) == "secret"):
                    v.bad("%s:%d: base64 PEM (private=%s) labelled %s" % (p, n, is_priv, owner_kind(p, n)))
            for m in CRC_RE.finditer(line):
                ok = crc_token_ok(m.group(1), m.group(1)[:4])
                if ok != (owner_kind(p, n) == "secret"):
                    v.bad("%s:%d: token with %s checksum labelled %s" % (p, n, "valid" if ok else "broken",
                                                                        owner_kind(p, n)))
            if owner_kind(p, n) != "secret":
                for s in singles:
                    if s in line:
                        v.bad("%s:%d: secret value %r… outside a secret label" % (p, n, s[:12]))
            if (p, n) not in owner:
                st = line.strip()
                if st.startswith(("#", "//", ";", "--", "<!--", "*", "REM ", "rem ")):
                    continue
                for m in SUSPECT.finditer(line):
                    val = m.group(2)
                    if not REFERENCE.search(val) and not val.isdigit():
                        v.bad("%s:%d: unlabelled line looks like a credential: %s" % (p, n, st[:100]))

    sec = [l for l in items if l["kind"] == "secret"]
    print("%s: %d files, %d labels (%d secrets, %d negatives), %d value checks, %d PEM blocks" % (
        out, len(files), len(items), len(sec), len(items) - len(sec), v.checked, npem))
    grp = collections.Counter(val.get("group") for l, val in zip(items, values) if l["kind"] == "secret")
    print("groups: %s" % dict(grp))
    if v.problems:
        print("\n%d problem(s):" % len(v.problems))
        for m in v.problems:
            print("  " + m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
