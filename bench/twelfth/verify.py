#!/usr/bin/env python3
"""Self-check of a generated twelfth corpus against its labels; exits 1 on any problem.

usage: verify.py OUT_DIR        (reads OUT_DIR.labels.json and OUT_DIR.values.json)
"""
import base64
import binascii
import importlib.util
import json
import os
import re
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import kcheck12 as KC  # noqa: E402
from prov12 import bech32_ok  # noqa: E402
from vals12 import crc_token_ok  # noqa: E402

BAD_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
PEM_RE = re.compile(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", re.S)
GH_RE = re.compile(r"(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])")
ASSIGN_RE = re.compile(r"""(?i)(?<![a-z])(password|passwd|pass|pwd|secret|token|api_?key|psk|passphrase)(?![a-z])["']?\s*[:=]\s*["']?([^\s"',;}{<>]{6,})""")


def load_labels(path):
    score = os.path.join(HERE, "..", "quality", "score.py")
    if os.path.exists(score):
        spec = importlib.util.spec_from_file_location("score", score)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod.Labels(path)
    return None


def unescape_pem(text):
    """Undo JSON/env \\n escaping and indentation, return the PEM text."""
    t = text.replace("\\n", "\n")
    return "\n".join(l.strip() for l in t.split("\n"))


def check_value(check, text):
    """Offline structural checks; returns an error string or None."""
    try:
        if check == "crc":
            return None if crc_token_ok(text) else "bad CRC32"
        if check == "crc-bad":
            return "valid CRC32 on a negative" if crc_token_ok(text) else None
        if check in ("pem", "pem-esc"):
            t = unescape_pem(text)
            m = PEM_RE.search(t)
            return KC.check_pem(m.group(0)) if m else "no PEM"
        if check == "b64pem":
            return KC.check_pem(base64.b64decode(text).decode())
        if check == "b64der":
            return KC.check_pkcs8(base64.b64decode(text))
        if check == "jwk":
            return KC.check_jwk(json.loads(text))
        if check == "rsakv":
            return KC.check_rsakeyvalue(text)
        if check == "jwt":
            h, p, s = text.split(".")
            json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
            return None
        if check == "pypi":
            raw = base64.urlsafe_b64decode(text[5:] + "=" * (-len(text[5:]) % 4))
            if raw[:11] != b"\x02\x01\x08pypi.org" or raw[-34:-32] != b"\x06\x20":
                return "pypi macaroon"
            return None
        if check == "jfrog":
            return None if base64.b64decode(text).startswith(b"reftkn:01:") else "jfrog"
        if check == "b64json":
            body = text.split("_", 1)[1]
            if text.startswith("sntrys_"):
                body = body.rsplit("_", 1)[0]
            json.loads(base64.urlsafe_b64decode(body.replace("+", "-").replace("/", "_") + "=" * (-len(body) % 4)))
            return None
        if check == "mapbox":
            p = text.split(".")[1]
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
            return None
        if check == "openai":
            return None if "T3BlbkFJ" in text else "openai marker"
        if check == "age":
            return None if bech32_ok(text) else "bech32"
        if check == "uuid4":
            return None if uuid.UUID(text).version == 4 else "uuid version"
    except (ValueError, KeyError, IndexError, binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as e:
        return "%s: %s" % (check, e)
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = os.path.abspath(sys.argv[1].rstrip("/"))
    lab_path, val_path = out + ".labels.json", out + ".values.json"
    problems = []
    P = problems.append
    with open(lab_path) as fh:
        labels = json.load(fh)
    with open(val_path) as fh:
        values = json.load(fh)
    L = load_labels(lab_path)
    if len(labels) != len(values):
        P("labels and values are not parallel")
    # files
    files = {}
    for root, _, names in os.walk(out):
        for n in names:
            full = os.path.join(root, n)
            rel = os.path.relpath(full, out)
            with open(full, "rb") as fh:
                raw = fh.read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                P("%s: not UTF-8" % rel)
                continue
            crlf = text.count("\r\n")
            if crlf and crlf != text.count("\n"):
                P("%s: mixed line endings" % rel)
            if "\r" in text.replace("\r\n", ""):
                P("%s: stray CR" % rel)
            if any(c in text for c in BAD_BREAKS):
                P("%s: odd line-break character" % rel)
            files[rel] = text.replace("\r\n", "\n").split("\n")
    # labels
    owner = {}
    checks = 0
    for i, (lab, rec) in enumerate(zip(labels, values)):
        for f in ("path", "line", "kind", "category"):
            if f not in lab:
                P("label %d lacks %s" % (i, f))
        if lab["kind"] not in ("secret", "negative"):
            P("label %d: kind %r" % (i, lab["kind"]))
        lines = files.get(lab["path"])
        if lines is None:
            P("%s: labelled file missing" % lab["path"])
            continue
        a, b = lab.get("span", [lab["line"], lab["line"]])
        if a != lab["line"] or b < a or b > len(lines):
            P("%s:%d: bad span" % (lab["path"], lab["line"]))
        for n in range(a, b + 1):
            if (lab["path"], n) in owner:
                P("%s:%d: two labels on one line" % (lab["path"], n))
            owner[(lab["path"], n)] = lab
        if lab["kind"] == "secret" and (rec.get("group") not in ("provider", "generic", "key") or "free_text" not in rec):
            P("%s:%d: secret without group/free_text" % (lab["path"], lab["line"]))
        if lab["kind"] == "secret" and (rec.get("group") == "key") != lab["category"].startswith("private-key"):
            P("%s:%d: key group vs category" % (lab["path"], lab["line"]))
        anchors = [[lab["line"], rec["value"], rec.get("check"), False]] if "value" in rec else rec["anchors"]
        for ln, text, check, ident in anchors:
            for k, part in enumerate(text.split("\n")):
                n = ln + k
                if n < a or n > b or n > len(lines) or part not in lines[n - 1]:
                    P("%s:%d: value not found on its line: %r" % (lab["path"], n, part[:40]))
                    break
            if check:
                checks += 1
                err = check_value(check, text)
                if err:
                    P("%s:%d: %s check failed: %s" % (lab["path"], ln, check, err))
    if L is not None:
        for key, lab in owner.items():
            if L.line_owner.get(key) is not lab and L.line_owner.get(key) != lab:
                P("%s:%d: score.py sees another owner" % key)
                break
    # corpus-wide scans
    secret_vals = set()
    for lab, rec in zip(labels, values):
        if lab["kind"] != "secret":
            continue
        for ln, text, check, ident in ([[0, rec["value"], None, False]] if "value" in rec else rec["anchors"]):
            if not ident and "\n" not in text and len(text) >= 8:
                secret_vals.add(text)
    pems = 0
    for rel, lines in files.items():
        text = "\n".join(lines)
        # PEM blocks (indented, escaped, in CDATA or literals)
        flat = text.replace("\\n", "\n")
        for m in PEM_RE.finditer(flat):
            pems += 1
            start = flat[:m.start()].count("\n") + 1
            if "\\n" in text:
                # JSON/env-escaped: map to the original line
                start = text[:text.find(m.group(0).split("\n")[1][:30])].count("\n") + 1 if "\n" in m.group(0) else start
            end = start + (0 if "\\n" in text and m.group(0).split("\n")[1][:30] in lines[start - 1] and m.group(0).count("\n") > 0 and "\\n" in lines[start - 1] else m.group(0).count("\n"))
            err = KC.check_pem("\n".join(l.strip() for l in m.group(0).split("\n")))
            if err:
                P("%s:%d: PEM block does not decode: %s" % (rel, start, err))
            o = owner.get((rel, start))
            private = "PRIVATE KEY" in m.group(1)
            if private and not (o and o["kind"] == "secret" and o["category"].startswith("private-key")):
                P("%s:%d: private key outside a private-key secret label" % (rel, start))
            if not private:
                for n in range(start, end + 1):
                    o2 = owner.get((rel, n))
                    if o2 and o2["kind"] == "secret":
                        P("%s:%d: certificate/public key touches a secret label" % (rel, n))
                        break
        for n, line in enumerate(lines, 1):
            o = owner.get((rel, n))
            secret_line = o is not None and o["kind"] == "secret"
            for m in GH_RE.finditer(line):
                if crc_token_ok(m.group(1)) != secret_line:
                    P("%s:%d: gh/npm token labelled %s but checksum %s" % (
                        rel, n, "secret" if secret_line else "not secret", "valid" if crc_token_ok(m.group(1)) else "invalid"))
            for m in re.finditer(r"LS0tLS1CRUdJTi[A-Za-z0-9+/=]+", line):
                dec = base64.b64decode(m.group(0) + "=" * (-len(m.group(0)) % 4)).decode("utf-8", "replace")
                if ("PRIVATE KEY" in dec) != secret_line:
                    P("%s:%d: base64 PEM labelled wrongly" % (rel, n))
            if '"d"' in line and '"kty"' in text and not secret_line and "{" in line and '"d":' in line:
                P("%s:%d: private JWK outside a secret label" % (rel, n))
            if "<D>" in line and not secret_line:
                P("%s:%d: <RSAKeyValue> private part outside a secret label" % (rel, n))
            if not secret_line:
                for sv in secret_vals:
                    if sv in line and not (o and o["category"] in ("certificate", "public-jwks", "public-key", "certificate-b64", "ssh-public-key", "public-key-b64")):
                        P("%s:%d: secret value on a line outside a secret label: %r" % (rel, n, sv[:30]))
                        break
            if o is None:
                s = line.strip()
                if s.startswith(("#", "//", ";", "--", "REM", "%", "<!--")):
                    continue
                m = ASSIGN_RE.search(line)
                if m and not _harmless(m.group(2)):
                    P("%s:%d: unlabelled line looks like a credential assignment: %s" % (rel, n, s[:80]))
    nsec = sum(1 for l in labels if l["kind"] == "secret")
    print("%s: %d files, %d labels (%d secrets, %d negatives), %d value checks, %d PEM blocks" % (
        out, len(files), len(labels), nsec, len(labels) - nsec, checks, pems))
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


def _harmless(val):
    """References, templates, constants, file paths, attribute expressions."""
    v = val.strip()
    if re.match(r"^(\$|%|\{|<|\(|@|!|&|os\.|ENV|env|process\.|getenv|System\.|Environment|builtins|std\.|sys\.|read\(|#env|credentials)", v):
        return True
    if "/" in v and not re.search(r"[:@]", v) and (v.startswith("/") or v.startswith("./") or v.endswith((".key", ".pem", ".txt", ".json", ".conf"))):
        return True
    if re.match(r"^[A-Z][A-Z0-9_]+$", v) or re.match(r"^[a-z_]+\.[a-z_.]+$", v):
        return True
    if v.lower() in ("true", "false", "none", "null", "required", "optional", "password", "secret", "token", "env",
                     "vault", "keychain", "file", "prompt", "hidden", "masked", "sha256", "bearer", "plain", "basic"):
        return True
    return False


if __name__ == "__main__":
    main()
