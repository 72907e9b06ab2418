"""Corpus builder for the ninth corpus: value markers, rendering, label bookkeeping and self-checks.

A file is written as text containing markers made by its Doc:
    d.S(value, cat[, check, grp])   a secret value       d.N(value, cat[, check])  a hard negative
    r = d.R(kind, cat[, grp]); r.A(text[, check, ident])  anchors of one region (key-ID + secret pair, ...)
A value may span lines (PEM, JWK); it then gets a span. The label's line is the line where the marker
starts, so a block that begins with "|" or "<<EOF" after its key is spanned from the key's line.
Rendering fails loudly on: an unknown/foreign/reused/unplaced/leftover marker, an empty value, a CR in a
template or a value, a category used with both kinds, a region with only identifier anchors or one that
overlaps another label, two labels on one line, a file written twice or outside its theme, a value not
found on its line(s) after the bytes are written and read back, or (at the end) a secret value that
appears on a line outside every secret label.
"""

import json
import os
import re

M0, M1 = "\ue000", "\ue001"
MARK = re.compile(M0 + r"(\d+)" + M1)
B64LINE = re.compile(r"^[A-Za-z0-9+/=]{40,}$")


class BuildError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise BuildError(msg)


class Corpus:
    def __init__(self):
        self.files = {}          # path -> bytes
        self.labels = []         # (label, value-record)
        self.cat_kind = {}
        self.theme_of = {}

    def doc(self, theme, path, crlf=False, prose=False):
        need(path.startswith(theme + "/"), "file outside its theme: %s" % path)
        need(path not in self.files and path not in self.theme_of, "file written twice: %s" % path)
        self.theme_of[path] = theme
        return Doc(self, path, crlf, prose)

    def kind_for(self, cat, kind):
        k = self.cat_kind.setdefault(cat, kind)
        need(k == kind, "category %r used as both %s and %s" % (cat, k, kind))

    # -------------------------------------------------------------- final checks and output
    def leak_check(self):
        """No secret value (or non-identifier anchor) may appear on a line outside a secret label. Body lines
        of multi-line keys may also appear inside public-key/certificate negatives (an OpenSSH private key
        embeds its public blob)."""
        secret_lines, neg_lines = {}, {}
        for lab, _ in self.labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            (secret_lines if lab["kind"] == "secret" else neg_lines).setdefault(lab["path"], set()).update(range(a, b + 1))
        needles = {}
        for lab, rec in self.labels:
            if lab["kind"] != "secret":
                continue
            texts = [x[1] for x in rec["anchors"] if not x[3]] if "anchors" in rec else [rec["value"]]
            for t in texts:
                if "\n" not in t:
                    if len(t) >= 6:
                        needles[t] = False
                    continue
                for part in t.split("\n"):      # multi-line: only the random body lines (PEM base64)
                    part = part.strip().strip('"')
                    if B64LINE.match(part):
                        needles.setdefault(part, True)
        texts = {p: b.decode("utf-8") for p, b in self.files.items()}
        for needle in sorted(needles):
            for p, t in texts.items():
                i = t.find(needle)
                while i >= 0:
                    ln = t.count("\n", 0, i) + 1
                    ok = ln in secret_lines.get(p, ()) or (needles[needle] and ln in neg_lines.get(p, ()))
                    need(ok, "secret %r leaks onto unlabelled line %s:%d" % (needle[:40], p, ln))
                    i = t.find(needle, i + 1)

    def write(self, out):
        for p in sorted(self.files):
            fp = os.path.join(out, p)
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "wb") as fh:
                fh.write(self.files[p])
        order = sorted(range(len(self.labels)), key=lambda i: (self.labels[i][0]["path"], self.labels[i][0]["line"]))
        labels = [self.labels[i][0] for i in order]
        values = [self.labels[i][1] for i in order]
        with open(out.rstrip("/") + ".labels.json", "w") as fh:
            json.dump(labels, fh, indent=0, ensure_ascii=False)
            fh.write("\n")
        with open(out.rstrip("/") + ".values.json", "w") as fh:
            json.dump(values, fh, indent=0, ensure_ascii=False)
            fh.write("\n")


class Region:
    def __init__(self, doc, kind, cat, grp):
        self.doc, self.kind, self.cat, self.grp = doc, kind, cat, grp
        self.anchors = []        # marker ids

    def A(self, text, check=None, ident=False):
        need(text and "\n" not in text and "\r" not in text, "bad anchor %r in %s" % (text, self.doc.path))
        return self.doc._mark(("anchor", self, text, check, ident))


class Doc:
    def __init__(self, corpus, path, crlf, prose):
        self.c, self.path, self.crlf, self.prose = corpus, path, crlf, prose
        self.items = []
        self.done = False

    def _mark(self, item):
        need(not self.done, "marker made after %s was written" % self.path)
        self.items.append(item)
        return "%s%d%s" % (M0, len(self.items) - 1, M1)

    def S(self, value, cat, check=None, grp=None):
        return self._val("secret", value, cat, check, grp)

    def N(self, value, cat, check=None):
        return self._val("negative", value, cat, check, None)

    def _val(self, kind, value, cat, check, grp):
        need(isinstance(value, str) and value.strip(), "empty value for %s in %s" % (cat, self.path))
        need("\r" not in value and M0 not in value, "bad characters in value for %s" % cat)
        self.c.kind_for(cat, kind)
        if kind == "secret" and grp is None:
            grp = "key" if cat.startswith("private-key") else "generic"
        return self._mark(("value", kind, value, cat, check, grp))

    def R(self, kind, cat, grp=None):
        self.c.kind_for(cat, kind)
        if kind == "secret" and grp is None:
            grp = "key" if cat.startswith("private-key") else "generic"
        return Region(self, kind, cat, grp)

    def put(self, text):
        need(not self.done, "file rendered twice: %s" % self.path)
        need("\r" not in text, "CR in template of %s" % self.path)
        self.done = True
        out, pos, line = [], 0, 1
        placed = {}
        for m in MARK.finditer(text):
            i = int(m.group(1))
            need(i < len(self.items), "foreign marker in %s" % self.path)
            need(i not in placed, "marker reused in %s" % self.path)
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            it = self.items[i]
            ins = it[2]
            placed[i] = line
            out.append(ins)
            line += ins.count("\n")
            pos = m.end()
        out.append(text[pos:])
        body = "".join(out)
        need(M0 not in body and M1 not in body, "leftover marker in %s" % self.path)
        need(len(placed) == len(self.items), "marker made but never placed in %s" % self.path)
        labels, regions = [], {}
        for i, it in enumerate(self.items):
            if it[0] == "value":
                _, kind, value, cat, check, grp = it
                a = placed[i]
                lab = {"path": self.path, "line": a, "kind": kind, "category": cat}
                if "\n" in value:
                    lab["span"] = [a, a + value.count("\n")]
                rec = {"value": value, "check": check}
                if kind == "secret":
                    rec["group"] = grp
                    rec["free_text"] = self.prose
                labels.append((lab, rec))
            else:
                _, reg, text_, check, ident = it
                regions.setdefault(id(reg), (reg, []))[1].append((placed[i], text_, check, ident))
        for reg, anchors in regions.values():
            need(any(not a[3] for a in anchors), "region with only identifier anchors in %s" % self.path)
            lo, hi = min(a[0] for a in anchors), max(a[0] for a in anchors)
            lab = {"path": self.path, "line": lo, "kind": reg.kind, "category": reg.cat}
            if hi > lo:
                lab["span"] = [lo, hi]
            rec = {"anchors": [list(a) for a in sorted(anchors, key=lambda a: a[0])]}
            if reg.kind == "secret":
                rec["group"] = reg.grp
                rec["free_text"] = self.prose
            labels.append((lab, rec))
        owner = {}
        for lab, _ in labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                need(n not in owner, "two labels on line %s:%d" % (self.path, n))
                owner[n] = lab
        raw = body.replace("\n", "\r\n") if self.crlf else body
        data = raw.encode("utf-8")
        back = data.decode("utf-8")
        lines = back.split("\r\n") if self.crlf else back.split("\n")
        for lab, rec in labels:
            if "anchors" in rec:
                for ln, t, _, _ in rec["anchors"]:
                    need(t in lines[ln - 1], "anchor %r not on %s:%d" % (t[:30], self.path, ln))
            else:
                vl = rec["value"].split("\n")
                a = lab["line"] - 1
                if len(vl) == 1:
                    ok = vl[0] in lines[a]
                else:
                    ok = lines[a].endswith(vl[0]) and all(lines[a + k] == vl[k] for k in range(1, len(vl) - 1)) \
                        and lines[a + len(vl) - 1].startswith(vl[-1])
                need(ok, "value for %s not found on %s:%d" % (lab["category"], self.path, lab["line"]))
        self.c.files[self.path] = data
        self.c.labels.extend(labels)
        return self
