"""Corpus builder for the novel corpus: label markers, rendering and label checks.

A theme writes each file as a Python string. Planted values go in through markers:

    c.S(value, category)      a secret
    c.N(value, category)      a hard negative
    c.B(kind, category) ... c.A(anchor) ... c.E()
                              a region over several lines (key-ID + secret pairs, JSON key files,
                              a PEM block under a YAML key); anchors are values that must be found
                              on the line where they were placed.

add(path, text) replaces every marker, records the line of each label and fails loudly on a
marker that is left over or used twice, an open region, two labels on one line, or a value that
is not found on its line after the file is written and read back.
"""

import json
import os
import re

from nvals import MIX

MARK = re.compile("\x01(\\d+)\x02")
BAD_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

NEG_CATS = set("""
placeholder redacted env-reference template-reference ci-secret-reference vault-reference secret-manager-reference
command-substitution file-reference encrypted-blob password-hash public-key certificate key-fingerprint
hash-sha256 hash-sha1 hash-md5 hash-sha512 git-sha integrity-hash uuid resource-identifier account-identifier
public-client-id publishable-key documentation-example well-known-default bad-checksum-token test-fixture
i18n-string wallet-address keystore-ciphertext dsn-public truncated-example dpapi-blob signature
device-identifier build-identifier interactive-prompt masked-value checksum
""".split())


class BuildError(Exception):
    pass


class Corpus:
    def __init__(self, gen):
        self.g = gen
        self._reg = {}
        self._n = 0
        self.files = {}        # path -> (text, crlf)
        self.labels = []       # dicts: path, line, kind, category, [span], and private _value/_anchors/_check
        self.theme_of = {}

    # ---------------------------------------------------------------- markers
    def _mk(self, spec):
        self._n += 1
        self._reg[self._n] = spec
        return "\x01%d\x02" % self._n

    def _cat(self, kind, cat):
        if kind == "secret" and cat not in MIX:
            raise BuildError("unregistered secret category %r" % cat)
        if kind == "negative" and cat not in NEG_CATS:
            raise BuildError("unknown negative category %r" % cat)

    def S(self, value, cat, check=None):
        self._cat("secret", cat)
        return self._mk(("v", "secret", str(value), cat, check))

    def N(self, value, cat, check=None):
        self._cat("negative", cat)
        return self._mk(("v", "negative", str(value), cat, check))

    def B(self, kind, cat, check=None):
        kind = {"s": "secret", "n": "negative"}.get(kind, kind)
        self._cat(kind, cat)
        return self._mk(("B", kind, None, cat, check))

    def A(self, value, check=None):
        return self._mk(("A", None, str(value), None, check))

    def E(self):
        return self._mk(("E", None, None, None, None))

    # ---------------------------------------------------------------- rendering
    def add(self, path, text, crlf=False, theme=None):
        if path in self.files:
            raise BuildError("file written twice: %s" % path)
        parts = MARK.split(text)
        out, line, labels, region = [], 1, [], None
        for i, part in enumerate(parts):
            if i % 2 == 0:
                if "\x01" in part or "\x02" in part:
                    raise BuildError("%s: broken marker" % path)
                out.append(part)
                line += part.count("\n")
                continue
            mid = int(part)
            if mid not in self._reg:
                raise BuildError("%s: marker %d used twice or unknown" % (path, mid))
            typ, kind, value, cat, check = self._reg.pop(mid)
            if typ == "v":
                if region is not None:
                    raise BuildError("%s:%d: value marker inside a region" % (path, line))
                if not value.strip():
                    raise BuildError("%s:%d: empty value" % (path, line))
                lab = {"path": path, "line": line, "kind": kind, "category": cat, "_value": value, "_check": check}
                nl = value.count("\n")
                if nl:
                    lab["span"] = [line, line + nl]
                labels.append(lab)
                out.append(value)
                line += nl
            elif typ == "B":
                if region is not None:
                    raise BuildError("%s:%d: nested region" % (path, line))
                region = {"path": path, "line": line, "kind": kind, "category": cat, "_anchors": [], "_check": check}
            elif typ == "A":
                if region is None:
                    raise BuildError("%s:%d: anchor outside a region" % (path, line))
                region["_anchors"].append([line, value, check])
                out.append(value)
                line += value.count("\n")
            else:  # E
                if region is None:
                    raise BuildError("%s:%d: region end without start" % (path, line))
                if not region["_anchors"]:
                    raise BuildError("%s:%d: region without anchors" % (path, line))
                so_far = "".join(out)
                end = line - 1 if so_far.endswith("\n") else line
                if end > region["line"]:
                    region["span"] = [region["line"], end]
                labels.append(region)
                region = None
        if region is not None:
            raise BuildError("%s: region left open" % path)
        body = "".join(out)
        if any(ch in body for ch in BAD_BREAKS) or "\r" in body:
            raise BuildError("%s: stray line-break character" % path)
        seen = {}
        for lab in labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                if n in seen:
                    raise BuildError("%s:%d: two labels on one line (%s, %s)" % (path, n, seen[n], lab["category"]))
                seen[n] = lab["category"]
        self.files[path] = (body, crlf)
        self.labels.extend(labels)
        if theme:
            self.theme_of[path] = theme

    # ---------------------------------------------------------------- output
    def finish(self, out_dir):
        if self._reg:
            raise BuildError("%d markers created but never placed (first: %r)" % (len(self._reg), next(iter(self._reg.values()))))
        for path, (body, crlf) in sorted(self.files.items()):
            full = os.path.join(out_dir, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            data = body.replace("\n", "\r\n") if crlf else body
            with open(full, "w", encoding="utf-8", newline="") as fh:
                fh.write(data)
        # read back and check every value on its line
        cache = {}
        for lab in self.labels:
            p = lab["path"]
            if p not in cache:
                with open(os.path.join(out_dir, p), encoding="utf-8", newline="") as fh:
                    cache[p] = fh.read().splitlines()
            lines = cache[p]
            items = [[lab["line"], lab["_value"]]] if "_value" in lab else [[a[0], a[1]] for a in lab["_anchors"]]
            for ln, val in items:
                if not found_at(lines, ln, val):
                    raise BuildError("%s:%d: value not found on its line: %r" % (p, ln, val[:60]))
        self.labels.sort(key=lambda l: (l["path"], l["line"]))
        labels, values = [], []
        for lab in self.labels:
            labels.append({k: v for k, v in lab.items() if not k.startswith("_")})
            if "_value" in lab:
                values.append({"value": lab["_value"], "check": lab["_check"]})
            else:
                values.append({"anchors": [[a[0], a[1]] + ([a[2]] if a[2] else []) for a in lab["_anchors"]],
                               "check": lab["_check"]})
        out = out_dir.rstrip("/")
        with open(out + ".labels.json", "w") as fh:
            fh.write("[\n" + ",\n".join(json.dumps(l, sort_keys=True) for l in labels) + "\n]\n")
        with open(out + ".values.json", "w") as fh:
            fh.write("[\n" + ",\n".join(json.dumps(v, sort_keys=True) for v in values) + "\n]\n")
        return labels


def found_at(lines, ln, val):
    vl = val.split("\n")
    if ln < 1 or ln - 1 + len(vl) > len(lines):
        return False
    if len(vl) == 1:
        return vl[0] in lines[ln - 1]
    if not lines[ln - 1].endswith(vl[0]):
        return False
    for k in range(1, len(vl) - 1):
        if lines[ln - 1 + k] != vl[k]:
            return False
    return lines[ln - 1 + len(vl) - 1].startswith(vl[-1])


# -------------------------------------------------------------------- syntax helpers
def jfix(s):
    """json.dumps escapes the marker bytes; put them back."""
    return s.replace("\\u0001", "\x01").replace("\\u0002", "\x02")


def jdump(obj, indent=2):
    return jfix(json.dumps(obj, indent=indent, ensure_ascii=False)) + "\n"


def indent(text, pad):
    return "\n".join(pad + l if l else l for l in text.split("\n"))


def esc_json_pem(p):
    return p.replace("\n", "\\n") + "\\n"


def kv(fmt, pairs, section=None):
    """Render (key, value) pairs in one of several config syntaxes. Values may hold markers."""
    out = []
    if fmt == "env":
        out = ["%s=%s" % (k, v) for k, v in pairs]
    elif fmt == "env-quoted":
        out = ['%s="%s"' % (k, v) for k, v in pairs]
    elif fmt == "export":
        out = ["export %s='%s'" % (k, v) for k, v in pairs]
    elif fmt == "yaml":
        if section:
            out = [section + ":"] + ["  %s: %s" % (k, v) for k, v in pairs]
        else:
            out = ["%s: %s" % (k, v) for k, v in pairs]
    elif fmt == "yaml-quoted":
        if section:
            out = [section + ":"] + ['  %s: "%s"' % (k, v) for k, v in pairs]
        else:
            out = ['%s: "%s"' % (k, v) for k, v in pairs]
    elif fmt == "ini":
        out = (["[%s]" % section] if section else []) + ["%s = %s" % (k, v) for k, v in pairs]
    elif fmt == "toml":
        out = (["[%s]" % section] if section else []) + ['%s = "%s"' % (k, v) for k, v in pairs]
    elif fmt == "properties":
        out = ["%s%s=%s" % ((section + ".") if section else "", k, v) for k, v in pairs]
    elif fmt == "json":
        body = ",\n".join('  "%s": "%s"' % (k, v) for k, v in pairs)
        return "{\n" + body + "\n}"
    elif fmt == "xml":
        out = (["<%s>" % section] if section else []) + ["  <%s>%s</%s>" % (k, v, k) for k, v in pairs] + (
            ["</%s>" % section] if section else [])
    elif fmt == "php":
        out = ["$%s['%s'] = '%s';" % (section or "conf", k, v) for k, v in pairs]
    elif fmt == "hcl":
        out = (["%s {" % section] if section else []) + ['  %s = "%s"' % (k, v) for k, v in pairs] + (["}"] if section else [])
    elif fmt == "py":
        out = ['%s = "%s"' % (k.upper(), v) for k, v in pairs]
    else:
        raise BuildError("unknown syntax %r" % fmt)
    return "\n".join(out)
