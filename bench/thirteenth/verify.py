#!/usr/bin/env python3
"""Self-check of a corpus built by generate.py. Exits 1 on any problem.

usage: verify.py OUT_DIR        (reads OUT_DIR.labels.json and OUT_DIR.values.json next to it)
"""
import base64
import json
import os
import re
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "quality"))

import keys13  # noqa: E402
import kcheck13  # noqa: E402
from vals13 import DOC_VALUES, gh_valid  # noqa: E402

KEY_CHECKS = {"pem", "pem-escaped", "pem-indented", "b64pem", "b64der", "jwk", "rsaxml"}
GH_RE = re.compile(r"(?<![A-Za-z0-9_])((?:gh[pousr]_|npm_)[A-Za-z0-9]{36})(?![A-Za-z0-9_])")
B64PEM_RE = re.compile(r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]+")
ESC_PEM_RE = re.compile(r"-----BEGIN ([A-Z ]+)-----(?:\\n[A-Za-z0-9+/=]+)+\\n-----END \1-----")
LINT_RE = re.compile(r"(?i)([\w.-]*(?:password|passwd|pwd|secret|token|api_?key|psk|passphrase|auth_pass)[\w.-]*)"
                     r"[\"']?\s*(?:=|:|=>|:=)\s*[\"']?([^\s\"',;)<>]{6,})")
LINT_OK = re.compile(r"^(\$|%|\{|<|\(|@|#|\*|•|os\.|process\.|ENV|getenv|System\.|Environment|env!|credentials|"
                     r"vault|op:|keeper:|doppler:|arn:|var\.|true|false|none|null|/|\.\.|[0-9]+[smhd]?$|self\.|"
                     r"[A-Z_]+$|[a-z_]+\(|\[|[a-z][a-z0-9]*(?:[_-][a-z0-9]+)?$|[a-z_]+(?:\.[a-z_]+)+$|https?://[^@]*$|file:|C:)")
JWK_D_RE = re.compile(r'"d"\s*:\s*"[A-Za-z0-9_-]{20,}"')
RSAXML_RE = re.compile(r"<D>[A-Za-z0-9+/=]{20,}</D>")

problems = []


def fail(msg):
    problems.append(msg)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = os.path.abspath(sys.argv[1].rstrip("/"))
    with open(root + ".labels.json") as fh:
        data = json.load(fh)
    labels = data["labels"]
    with open(root + ".values.json") as fh:
        values = json.load(fh)["values"]
    if len(labels) != len(values):
        fail("labels/values length mismatch")
        return report()

    # the scorer's own loader must read the labels and see one owner per line
    try:
        from score import Labels
        lab = Labels(root + ".labels.json")
        if len(lab.items) != len(labels):
            fail("score.Labels sees a different number of labels")
    except Exception as e:  # noqa: BLE001
        fail("score.py cannot load the labels: %r" % e)
        lab = None

    files = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            full = os.path.join(dirpath, n)
            rel = os.path.relpath(full, root)
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                fail("%s: not UTF-8" % rel)
                continue
            crlf = "\r\n" in text
            if crlf and text.replace("\r\n", "").count("\n"):
                fail("%s: mixed line endings" % rel)
            body = text.replace("\r\n", "\n")
            if "\r" in body or any(c in body for c in "\u2028\u2029\x0b\x0c\x85"):
                fail("%s: odd line-break characters" % rel)
            files[rel] = body.split("\n")
    if os.path.exists(os.path.join(root, ".git")):
        fail("corpus contains .git")

    # ---------------------------------------------------------------- label structure
    owner = {}
    prev = None
    secret_lines = {}
    neg_lines = {}
    for i, (lb, rec) in enumerate(zip(labels, values)):
        for f in ("path", "line", "kind", "category"):
            if f not in lb:
                fail("label %d lacks %s" % (i, f))
        if lb["kind"] not in ("secret", "negative"):
            fail("label %d kind %r" % (i, lb["kind"]))
        key = (lb["path"], lb["line"])
        if prev and key < prev:
            fail("labels not sorted at %s:%d" % key)
        prev = key
        if lb["path"] not in files:
            fail("label points to missing file %s" % lb["path"])
            continue
        n = len(files[lb["path"]])
        a, b = lb.get("span", [lb["line"], lb["line"]])
        if not (1 <= a <= lb["line"] <= b <= n):
            fail("label extent outside file or not containing line: %s:%d %r" % (lb["path"], lb["line"], (a, b)))
        for ln in range(a, b + 1):
            if (lb["path"], ln) in owner:
                fail("two labels on %s:%d" % (lb["path"], ln))
            owner[(lb["path"], ln)] = i
            (secret_lines if lb["kind"] == "secret" else neg_lines)[(lb["path"], ln)] = i
        if not files[lb["path"]][lb["line"] - 1].strip():
            fail("label on an empty line %s:%d" % key)
        if lb["kind"] == "secret":
            if rec.get("group") not in ("provider", "generic", "key") or not isinstance(rec.get("free_text"), bool):
                fail("secret %s:%d lacks group/free_text" % key)
            is_key = lb["category"].startswith("private-key") or lb["category"] == "gcp-service-account"
            if is_key != (rec.get("group") == "key"):
                fail("key group mismatch at %s:%d (%s)" % (key + (lb["category"],)))
        # value on its line(s)
        pairs = [(lb["line"], rec["value"], rec.get("check"), False)] if "value" in rec else \
            [(x[0], x[1], x[2], x[3]) for x in rec["anchors"]]
        for ln, val, check, ident in pairs:
            parts = val.split("\n")
            if not (a <= ln and ln + len(parts) - 1 <= b):
                fail("value outside its label extent at %s:%d" % key)
            for k, part in enumerate(parts):
                if ln - 1 + k >= n or part not in files[lb["path"]][ln - 1 + k]:
                    fail("value not on its line %s:%d: %r" % (lb["path"], ln + k, part[:40]))
                    break
            if check:
                run_check(check, val, lb, ident)
    if lab is not None:
        for k, i in owner.items():
            o = lab.line_owner.get(k)
            if o is None or (o["path"], o["line"]) != (labels[i]["path"], labels[i]["line"]):
                fail("score.Labels owner differs at %s:%d" % k)
                break

    secrets = [(lb, rec) for lb, rec in zip(labels, values) if lb["kind"] == "secret"]
    negs = [(lb, rec) for lb, rec in zip(labels, values) if lb["kind"] == "negative"]
    svals = set()
    for lb, rec in secrets:
        texts = [rec["value"]] if "value" in rec else [x[1] for x in rec["anchors"] if not x[3]]
        for tx in texts:
            if "\n" not in tx and len(tx) >= 8:
                svals.add(tx)
            if tx in DOC_VALUES or any(dv in tx for dv in DOC_VALUES):
                fail("documented example labelled as a secret at %s:%d" % (lb["path"], lb["line"]))
    for lb, rec in negs:
        texts = [rec["value"]] if "value" in rec else [x[1] for x in rec["anchors"]]
        for tx in texts:
            if tx in svals:
                fail("negative value equals a secret value at %s:%d" % (lb["path"], lb["line"]))

    # ---------------------------------------------------------------- corpus-wide scans
    rx = re.compile("|".join(re.escape(s) for s in sorted(svals, key=len, reverse=True)))
    doc_rx = re.compile("|".join(re.escape(s) for s in sorted(DOC_VALUES, key=len, reverse=True)))
    counts = {"gh": 0, "pem": 0, "b64pem": 0, "escpem": 0}
    for path, lines in files.items():
        for n, line in enumerate(lines, 1):
            k = (path, n)
            if k not in secret_lines:
                m = rx.search(line)
                if m:
                    fail("secret value %r on a line outside a secret label: %s:%d" % (m.group(0)[:24], path, n))
                if k not in neg_lines:
                    lint(path, n, line)
            if (JWK_D_RE.search(line) or RSAXML_RE.search(line)) and k not in secret_lines:
                fail("private JWK/RSAKeyValue material outside a secret label: %s:%d" % k)
            if doc_rx.search(line) and k not in neg_lines:
                fail("documented example outside a negative label: %s:%d" % k)
            for m in GH_RE.finditer(line):
                counts["gh"] += 1
                valid = gh_valid(m.group(1))
                if valid != (k in secret_lines):
                    fail("%s token %s:%d: checksum %s but labelled %s" % (
                        m.group(1)[:4], path, n, "valid" if valid else "invalid",
                        "secret" if k in secret_lines else "not secret"))
            for m in B64PEM_RE.finditer(line):
                counts["b64pem"] += 1
                try:
                    blocks = kcheck13.check_pem_text(base64.b64decode(m.group(0)).decode())
                except Exception as e:  # noqa: BLE001
                    fail("base64 PEM does not decode at %s:%d: %r" % (path, n, e))
                    continue
                priv = any(b[0] in kcheck13.PRIVATE_LABELS for b in blocks)
                if priv != (k in secret_lines):
                    fail("base64 PEM at %s:%d private=%s but secret-labelled=%s" % (path, n, priv, k in secret_lines))
            for m in ESC_PEM_RE.finditer(line):
                counts["escpem"] += 1
                check_block(m.group(0).replace("\\n", "\n"), path, n, n, secret_lines, labels)
        text = "\n".join(lines)
        for m in kcheck13.PEM_RE.finditer(text):
            if "\\n" in m.group(0):
                continue                      # JSON/env-escaped PEM: checked line by line above
            a = text.count("\n", 0, m.start()) + 1
            b = text.count("\n", 0, m.end()) + 1
            counts["pem"] += 1
            block = "\n".join(x.strip() for x in m.group(0).split("\n"))
            check_block(block, path, a, b, secret_lines, labels)
    return report(labels, values, counts)


def check_block(block, path, a, b, secret_lines, labels):
    try:
        kinds = kcheck13.check_pem_text(block)
    except Exception as e:  # noqa: BLE001
        fail("PEM block does not parse at %s:%d: %r" % (path, a, e))
        return
    priv = any(x[0] in kcheck13.PRIVATE_LABELS for x in kinds)
    inside = [secret_lines.get((path, n)) for n in range(a, b + 1)]
    if priv:
        if None in inside or len(set(inside)) != 1:
            fail("private key at %s:%d-%d not inside exactly one secret label" % (path, a, b))
        elif labels[inside[0]]["category"] not in ("gcp-service-account",) and \
                not labels[inside[0]]["category"].startswith("private-key"):
            fail("private key at %s:%d in a non-key category" % (path, a))
    elif any(x is not None for x in inside):
        fail("public key/certificate at %s:%d touches a secret label" % (path, a))


def run_check(check, val, lb, ident):
    where = "%s:%d" % (lb["path"], lb["line"])
    try:
        if check in KEY_CHECKS or check == "gcp-sa":
            kcheck13.check_key_value(val, check)
        elif check == "gh":
            assert gh_valid(val), "bad GitHub/npm checksum"
        elif check == "pypi":
            assert val.startswith("pypi-AgEIcHlwaS5vcmc")
            raw = base64.urlsafe_b64decode(val[5:] + "=" * (-len(val[5:]) % 4))
            assert raw[:11] == b"\x02\x01\x08pypi.org" and raw[-34:-32] == b"\x06\x20"
            uuid.UUID(raw[13:13 + raw[12]].decode())
        elif check == "jfrog":
            assert base64.b64decode(val).startswith(b"reftkn:01:")
        elif check.startswith("b64json:"):
            pre = check.split(":", 1)[1]
            assert val.startswith(pre)
            body = val[len(pre):]
            if pre == "sntrys_":
                body = body.rsplit("_", 1)[0]
            if pre == "sk.":
                body = body.split(".")[0]
            json.loads(base64.b64decode(body + "=" * (-len(body) % 4)))
        elif check == "openai":
            assert "T3BlbkFJ" in val
        elif check == "uuid":
            assert uuid.UUID(val).version == 4
        elif check == "age":
            assert val.startswith("AGE-SECRET-KEY-1") and len(val) == 74 and keys13.bech32_ok(val)
        elif check == "jwt":
            h, p, s = val.split(".")
            json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
            assert len(s) == 43
        elif check == "azure-key":
            key = re.search(r"AccountKey=([^;]+)", val).group(1)
            assert len(base64.b64decode(key)) == 64
        elif check == "discord":
            first = val.split(".")[0]
            assert base64.b64decode(first + "=" * (-len(first) % 4)).isdigit()
        elif check == "telegram":
            assert re.fullmatch(r"\d{8,10}:AA[A-Za-z0-9_-]{33}", val)
        elif check == "basic":
            assert b":" in base64.b64decode(val)
        elif check == "b58check":
            assert keys13.b58check_ok(val) and val.startswith("xprv")
        else:
            fail("unknown check %r at %s" % (check, where))
    except Exception as e:  # noqa: BLE001
        fail("check %s failed at %s: %r" % (check, where, e))


def lint(path, n, line):
    """An unlabelled line that assigns a literal to a secret-named key is a labelling mistake."""
    for m in LINT_RE.finditer(line):
        val = m.group(2)
        if re.fullmatch(r"(?i)from_secret|existingsecret|secretname|secret_id|passwordkey|secretkeyref|"
                        r"[\w.-]*_(?:ref|path|file|name|id)", m.group(1)):
            continue
        if LINT_OK.match(val) or val.lower() in ("required", "optional", "masked", "hidden", "redacted"):
            continue
        fail("unlabelled secret-looking assignment at %s:%d: %s" % (path, n, line.strip()[:90]))


def report(labels=None, values=None, counts=None):
    if labels is not None:
        s = sum(1 for lb in labels if lb["kind"] == "secret")
        print("%d labels (%d secrets, %d negatives); PEM blocks %d, escaped PEM %d, base64 PEM %d, gh/npm tokens %d"
              % (len(labels), s, len(labels) - s, counts["pem"], counts["escpem"], counts["b64pem"], counts["gh"]))
    for p in problems[:60]:
        print("PROBLEM: " + p)
    if problems:
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
