#!/usr/bin/env python3
"""Self-check of a generated eleventh corpus. usage: verify.py OUT_DIR   (exits 1 on any problem)"""

import base64
import bisect
import importlib.util
import json
import os
import re
import sys
import uuid as uuidmod

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import kcheck11 as KC  # noqa: E402
from vals11 import bech32_ok, gh_crc_ok  # noqa: E402

BREAKS = re.compile("[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
GH_RE = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")
B64PEM_RE = re.compile(r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]+")
SUSPECT = re.compile(r"(?i)(?<![a-z])(password|passwd|pwd|secret|token|api_?key|psk|passphrase)(?![a-z])[\"']?\s*[:=]\s*[\"']?"
                     r"([^\s\"',;<>]{6,})")
REF_OK = re.compile(r"^(\$|%|\{|<|os\.|env|ENV|vault:|op://|@Microsoft|process\.env|System\.|getenv|credentials\(|"
                    r"\(|/|\*|\[|keeper|secret:|\.\.\.|true|false|null|none|required|optional|env\()", re.I)
PUBLIC_CATS = {"public-key", "certificate", "ssh-public-key", "public-jwks", "public-key-b64", "certificate-b64"}


def load_score_labels(path):
    spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "quality", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Labels(path)


def check_token(check, v):
    if check == "crc32":
        return gh_crc_ok(v)
    if check == "pypi":
        raw = base64.urlsafe_b64decode(v[5:] + "=" * (-len(v[5:]) % 4))
        return raw[:11] == b"\x02\x01\x08pypi.org" and raw[-34:-32] == b"\x06\x20"
    if check == "jfrog-ref":
        return base64.b64decode(v + "=" * (-len(v) % 4)).startswith(b"reftkn:01:")
    if check == "b64json":
        body = {"sntrys_": lambda s: s[7:].split("_")[0], "glc_": lambda s: s[4:], "ops_": lambda s: s[4:],
                "sk.": lambda s: s[3:].split(".")[0]}
        for p, f in body.items():
            if v.startswith(p):
                b = f(v)
                json.loads(base64.b64decode(b + "=" * (-len(b) % 4)))
                return True
        return False
    if check == "discord":
        first = v.split(".")[0]
        return base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).decode().isdigit()
    if check == "openai":
        return "T3BlbkFJ" in v
    if check == "uuid":
        m = re.search(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", v)
        return bool(m) and uuidmod.UUID(m.group(0)).version == 4
    if check == "age":
        return bech32_ok(v)
    if check == "azure-storage":
        k = re.search(r"AccountKey=([^;]+)", v).group(1)
        return len(base64.b64decode(k)) == 64
    if check == "jwt":
        h, p, s = v.split(".")
        json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
        json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
        return len(s) > 20
    return True


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1]).rstrip("/")
    problems = []
    P = problems.append
    with open(out + ".labels.json") as fh:
        labels = json.load(fh)
    with open(out + ".values.json") as fh:
        values = json.load(fh)
    sl = load_score_labels(out + ".labels.json")
    if len(labels) != len(values):
        P("labels.json and values.json differ in length")
    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            raw = open(full, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                P("%s: not UTF-8" % rel)
                continue
            if "\r\n" in text and re.search(r"(?<!\r)\n", text):
                P("%s: mixed line endings" % rel)
            if re.search(r"\r(?!\n)", text) or BREAKS.search(text):
                P("%s: stray line-break characters" % rel)
            files[rel] = text.replace("\r\n", "\n").split("\n")
    owner = {}
    nchecks = 0
    for l, v in zip(labels, values):
        for f in ("path", "line", "kind", "category"):
            if f not in l:
                P("label without %s: %r" % (f, l))
        if l["kind"] not in ("secret", "negative"):
            P("bad kind %r" % l)
        lines = files.get(l["path"])
        if lines is None:
            P("label for missing file %s" % l["path"])
            continue
        a, b = l.get("span", [l["line"], l["line"]])
        if a != l["line"] or b < a or b > len(lines):
            P("%s:%d: bad span" % (l["path"], l["line"]))
            continue
        for n in range(a, b + 1):
            if (l["path"], n) in owner:
                P("%s:%d: two labels on one line" % (l["path"], n))
            owner[(l["path"], n)] = (l, v)
            if sl.line_owner.get((l["path"], n)) is not l and sl.line_owner.get((l["path"], n)) != l:
                P("%s:%d: score.py sees another owner" % (l["path"], n))
        extent = "\n".join(lines[a - 1:b])
        texts = [v["value"]] if "value" in v else [x[1] for x in v.get("anchors", [])]
        if not texts:
            P("%s:%d: empty value record" % (l["path"], a))
        for t in texts:
            if t not in extent:
                P("%s:%d: value not on its line(s): %r" % (l["path"], a, t[:40]))
        if l["kind"] == "secret" and ("group" not in v or "free_text" not in v):
            P("%s:%d: secret without group/free_text" % (l["path"], a))
        # offline checks
        checks = [(v.get("check"), v["value"])] if "value" in v else [(x[2], x[1]) for x in v["anchors"] if not x[3]]
        for ch, val in checks:
            if ch and ch != "pair-id":
                nchecks += 1
                try:
                    ok = check_token(ch, val)
                except Exception as e:  # noqa: BLE001
                    ok = False
                    P("%s:%d: check %s raised %s" % (l["path"], a, ch, e))
                if not ok:
                    P("%s:%d: check %s failed" % (l["path"], a, ch))
        if l["category"].startswith("private-key"):
            nchecks += 1
            val = v["value"] if "value" in v else "\n".join(x[1] for x in v["anchors"] if not x[3])
            try:
                KC.check_key_value(val)
            except Exception as e:  # noqa: BLE001
                P("%s:%d: key does not parse: %s" % (l["path"], a, e))
            if l["kind"] != "secret":
                P("%s:%d: private key labelled negative" % (l["path"], a))

    def kind_at(path, idx_line):
        o = owner.get((path, idx_line))
        return o[0] if o else None

    npem = 0
    for path, lines in files.items():
        text = "\n".join(lines)
        starts = [0]
        for i, c in enumerate(text):
            if c == "\n":
                starts.append(i + 1)

        def line_of(pos):
            return bisect.bisect_right(starts, pos)

        # PEM blocks (plain, indented, JSON-escaped): scanned on a dedented copy with its own line starts
        flat = re.sub(r"(?m)^[ \t]+", "", text)
        fstarts = [0] + [i + 1 for i, c in enumerate(flat) if c == "\n"]

        def fline_of(pos):
            return bisect.bisect_right(fstarts, pos)

        for m in re.finditer(r'"d"\s*:\s*"[A-Za-z0-9_-]{20,}"|<D>[A-Za-z0-9+/=]{20,}</D>', text):
            lab = kind_at(path, line_of(m.start()))
            if not lab or lab["kind"] != "secret" or not lab["category"].startswith("private-key"):
                P("%s:%d: private JWK / RSAKeyValue outside a key label" % (path, line_of(m.start())))
        for label, body, pos in KC.find_pem_blocks(flat):
            npem += 1
            lab = kind_at(path, fline_of(pos))
            try:
                if KC.is_private_label(label):
                    KC.check_pem_block(label, "\n".join(x.strip() for x in body.split("\n")))
                else:
                    KC.check_public_block(label, "\n".join(x.strip() for x in body.split("\n")))
            except Exception as e:  # noqa: BLE001
                P("%s:%d: PEM block %s does not parse: %s" % (path, fline_of(pos), label, e))
            if KC.is_private_label(label):
                if not lab or lab["kind"] != "secret" or not lab["category"].startswith("private-key"):
                    P("%s:%d: private key outside a key label" % (path, fline_of(pos)))
            elif lab and lab["kind"] == "secret":
                P("%s:%d: %s inside a secret label" % (path, fline_of(pos), label))
        for m in B64PEM_RE.finditer(text):
            try:
                inner = base64.b64decode(m.group(0) + "=" * (-len(m.group(0)) % 4)).decode()
            except Exception:  # noqa: BLE001
                P("%s:%d: undecodable base64 PEM" % (path, line_of(m.start())))
                continue
            lab = kind_at(path, line_of(m.start()))
            private = "PRIVATE KEY-----" in inner
            if private != bool(lab and lab["kind"] == "secret"):
                P("%s:%d: base64 PEM labelled wrongly" % (path, line_of(m.start())))
        for m in GH_RE.finditer(text):
            lab = kind_at(path, line_of(m.start()))
            if gh_crc_ok(m.group(0)) != bool(lab and lab["kind"] == "secret"):
                P("%s:%d: checksum token %s labelled wrongly" % (path, line_of(m.start()), m.group(0)[:8]))
        for i, ln in enumerate(lines, 1):
            if (path, i) in owner:
                continue
            s = ln.strip()
            if s.startswith(("#", "//", ";", "--", "rem ", "<!--", "*")):
                continue
            m = SUSPECT.search(ln)
            val = m.group(2).rstrip(")]}") if m else ""
            if m and not REF_OK.search(val) and not re.fullmatch(r"[A-Z][A-Z0-9_]+|[a-z_]+(\.[a-z_]+)+", val):
                P("%s:%d: unlabelled line looks like a credential: %s" % (path, i, s[:80]))

    # leak check: single-line secret values only on secret lines
    secret_vals = set()
    for l, v in zip(labels, values):
        if l["kind"] != "secret":
            continue
        for t in ([v["value"]] if "value" in v else [x[1] for x in v["anchors"] if not x[3]]):
            if "\n" not in t and len(t) >= 8:
                secret_vals.add(t)
    for path, lines in files.items():
        for i, ln in enumerate(lines, 1):
            o = owner.get((path, i))
            if o and o[0]["kind"] == "secret":
                continue
            for t in secret_vals:
                if t in ln:
                    P("%s:%d: secret value on a line outside a secret label" % (path, i))
                    break

    print("%d files, %d labels (%d secrets), %d offline checks, %d PEM blocks" % (
        len(files), len(labels), sum(l["kind"] == "secret" for l in labels), nchecks, npem))
    if problems:
        print("%d problems:" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
