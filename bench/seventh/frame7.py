"""Corpus builder: files are built line by line; every labelled value is placed through a call that
records its label at the line it lands on. Rendering fails loudly on any inconsistency."""

import json
import os
import shutil

MARK = "@@"
SECRET_GROUPS = ("provider.", "generic.", "key.")


class BuildError(Exception):
    pass


class F:
    def __init__(self, corpus, path, crlf=False, prose=False):
        self.c, self.path, self.crlf, self.prose = corpus, path, crlf, prose
        self.lines = []
        self.labels = []          # dicts: line, kind, category, span(optional), v
        self.region = None

    # ---------------------------------------------------------- plain text
    def _add(self, text):
        if "\n" in text or "\r" in text or "\x0b" in text or "\x0c" in text or "\x85" in text or "\u2028" in text:
            raise BuildError("%s: stray line break in %r" % (self.path, text[:60]))
        if MARK in text:
            raise BuildError("%s: leftover marker in %r" % (self.path, text[:80]))
        self.lines.append(text)
        return len(self.lines)

    def t(self, *texts):
        for text in texts:
            for ln in text.split("\n"):
                self._add(ln)
        return self

    def blank(self):
        return self._add("")

    # ---------------------------------------------------------- single-line values
    def _one(self, kind, tmpl, value, cat, check):
        if self.region is not None:
            raise BuildError("%s: value marker inside a region" % self.path)
        if tmpl.count(MARK) != 1:
            raise BuildError("%s: template needs exactly one marker: %r" % (self.path, tmpl))
        if not value:
            raise BuildError("%s: empty value" % self.path)
        self.c.register(cat, kind)
        n = self._add(tmpl.replace(MARK, value))
        self.labels.append({"line": n, "kind": kind, "category": cat, "v": {"value": value, "check": check}})
        return n

    def s(self, tmpl, value, cat, check=None):
        return self._one("secret", tmpl, value, cat, check)

    def n(self, tmpl, value, cat, check=None):
        return self._one("negative", tmpl, value, cat, check)

    def lab(self, kind, tmpl, value, cat, check=None):
        return self._one(kind, tmpl, value, cat, check)

    # ---------------------------------------------------------- regions (pairs, blocks)
    def begin(self, kind, cat):
        if self.region is not None:
            raise BuildError("%s: nested region" % self.path)
        self.c.register(cat, kind)
        self.region = {"kind": kind, "cat": cat, "first": None, "anchors": []}
        return self

    def rt(self, text):
        """Unlabelled line inside a region (covered by the span)."""
        n = self._add(text)
        if self.region["first"] is None:
            self.region["first"] = n
        return n

    def a(self, tmpl, value, check=None, ident=False):
        if self.region is None:
            raise BuildError("%s: anchor outside a region" % self.path)
        if tmpl.count(MARK) != 1 or not value:
            raise BuildError("%s: bad anchor template %r" % (self.path, tmpl))
        n = self._add(tmpl.replace(MARK, value))
        if self.region["first"] is None:
            self.region["first"] = n
        self.region["anchors"].append([n, value, check, bool(ident)])
        return n

    def end(self):
        r = self.region
        self.region = None
        if not r or not r["anchors"]:
            raise BuildError("%s: empty region" % self.path)
        if all(x[3] for x in r["anchors"]):
            raise BuildError("%s: region with only identifier anchors" % self.path)
        last = len(self.lines)
        lab = {"line": r["first"], "kind": r["kind"], "category": r["cat"], "v": {"anchors": r["anchors"]}}
        if last > r["first"]:
            lab["span"] = [r["first"], last]
        self.labels.append(lab)
        return r["first"]

    def block(self, kind, cat, lines, head=None, check=None):
        """A multi-line value: lines are (text, anchor) pairs or plain strings (anchor = stripped text).
        head, if given, is the key line (e.g. 'tls.key: |') where the label starts."""
        self.begin(kind, cat)
        if head is not None:
            self.rt(head)
        for item in lines:
            text, anc = (item, item.strip()) if isinstance(item, str) else item
            if anc:
                if anc not in text:
                    raise BuildError("%s: anchor not in its line" % self.path)
                n = self._add(text)
                if self.region["first"] is None:
                    self.region["first"] = n
                self.region["anchors"].append([n, anc, None if self.region["anchors"] else check, False])
            else:
                self.rt(text)
        return self.end()

    def sblock(self, cat, lines, head=None, check=None):
        return self.block("secret", cat, lines, head, check)

    def nblock(self, cat, lines, head=None, check=None):
        return self.block("negative", cat, lines, head, check)

    # ---------------------------------------------------------- finish
    def finish(self):
        if self.region is not None:
            raise BuildError("%s: open region" % self.path)
        owner = {}
        for lab in self.labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for k in range(a, b + 1):
                if k in owner:
                    raise BuildError("%s:%d: two labels on one line" % (self.path, k))
                owner[k] = lab
        sep = "\r\n" if self.crlf else "\n"
        return sep.join(self.lines) + sep


class Corpus:
    def __init__(self):
        self.files = {}
        self.order = []
        self.cats = {}
        self.theme = None

    def register(self, cat, kind):
        if kind not in ("secret", "negative"):
            raise BuildError("bad kind %r" % kind)
        if kind == "secret" and not cat.startswith(SECRET_GROUPS):
            raise BuildError("secret category %r lacks a group prefix" % cat)
        if kind == "negative" and not cat.startswith("neg."):
            raise BuildError("negative category %r must start with neg." % cat)
        old = self.cats.setdefault(cat, kind)
        if old != kind:
            raise BuildError("category %r used as %s and %s" % (cat, old, kind))

    def file(self, path, crlf=False, prose=False):
        if self.theme is None or not path.startswith(self.theme + "/"):
            raise BuildError("file %r outside theme %r" % (path, self.theme))
        if path in self.files or os.path.normpath(path) != path:
            raise BuildError("file written twice or bad path: %r" % path)
        f = F(self, path, crlf, prose)
        self.files[path] = f
        self.order.append(path)
        return f

    def write(self, out):
        if os.path.exists(out):
            shutil.rmtree(out)
        os.makedirs(out)
        labels, values = [], []
        for path in sorted(self.files):
            f = self.files[path]
            text = f.finish()
            full = os.path.join(out, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            with open(full, encoding="utf-8", newline="") as fh:
                back = fh.read().split("\r\n" if f.crlf else "\n")
            for lab in sorted(f.labels, key=lambda x: x["line"]):
                v = lab["v"]
                items = [[lab["line"], v["value"]]] if "value" in v else [[x[0], x[1]] for x in v["anchors"]]
                for ln, val in items:
                    if val not in back[ln - 1]:
                        raise BuildError("%s:%d: value not found after read-back" % (path, ln))
                d = {"path": path, "line": lab["line"], "kind": lab["kind"], "category": lab["category"]}
                if "span" in lab:
                    d["span"] = lab["span"]
                labels.append(d)
                values.append(v)
        out = out.rstrip("/")
        with open(out + ".labels.json", "w") as fh:
            json.dump(labels, fh, indent=1)
            fh.write("\n")
        with open(out + ".values.json", "w") as fh:
            json.dump(values, fh, indent=1)
            fh.write("\n")
        return labels, values
