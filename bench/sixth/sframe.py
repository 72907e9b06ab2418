"""Corpus builder for the sixth corpus: markers, rendering, label bookkeeping, read-back checks.

A theme opens a file with ``c.f(path)``, obtains markers from it (``d.S`` secret, ``d.N`` hard
negative, ``d.B``/``d.A``/``d.E`` for a region over several lines), writes them into the text, and
calls ``d.done(text)``. Rendering replaces each marker by its value, records the line, and fails
loudly on anything suspicious. Nothing is written to disk until ``Corpus.write``.
"""
import json
import os
import re

_MARK_RE = re.compile("\x00(\\d+)\x00")
_BAD_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


class BuildError(Exception):
    pass


class Marker:
    __slots__ = ("mid", "doc", "typ", "kind", "cat", "value", "check", "ident", "used")

    def __init__(self, mid, doc, typ, kind=None, cat=None, value=None, check=None, ident=False):
        self.mid, self.doc, self.typ, self.kind, self.cat = mid, doc, typ, kind, cat
        self.value, self.check, self.ident, self.used = value, check, ident, False

    def __str__(self):
        return "\x00%d\x00" % self.mid

    def __format__(self, spec):
        return str(self)

    def __add__(self, other):
        return str(self) + other

    def __radd__(self, other):
        return other + str(self)


class Doc:
    def __init__(self, corpus, path, crlf=False, prose=False):
        self.corpus, self.path, self.crlf, self.prose = corpus, path, crlf, prose
        self.markers = []
        self.finished = False

    def _new(self, **kw):
        if self.finished:
            raise BuildError("%s: marker created after done()" % self.path)
        m = Marker(self.corpus._next_id(), self, **kw)
        self.markers.append(m)
        self.corpus._markers[m.mid] = m
        return m

    def _val(self, kind, value, cat, check):
        if not isinstance(value, str) or not value:
            raise BuildError("%s: empty or non-string value for %s" % (self.path, cat))
        self.corpus.categories.check(kind, cat, self.path)
        for b in _BAD_BREAKS:
            if b in value:
                raise BuildError("%s: stray line-break character in value %r" % (self.path, value[:40]))
        return self._new(typ="val", kind=kind, cat=cat, value=value, check=check)

    def S(self, value, cat, check=None):
        return self._val("secret", value, cat, check)

    def N(self, value, cat, check=None):
        return self._val("negative", value, cat, check)

    def B(self, kind, cat):
        self.corpus.categories.check(kind, cat, self.path)
        return self._new(typ="begin", kind=kind, cat=cat)

    def A(self, text, check=None, ident=False):
        if not isinstance(text, str) or not text:
            raise BuildError("%s: empty anchor" % self.path)
        return self._new(typ="anchor", value=text, check=check, ident=ident)

    def E(self):
        return self._new(typ="end")

    # ------------------------------------------------------------ rendering
    def done(self, text):
        if self.finished:
            raise BuildError("%s: done() called twice" % self.path)
        self.finished = True
        if not isinstance(text, str):
            raise BuildError("%s: text is not a string" % self.path)
        for b in _BAD_BREAKS:
            if b in text:
                raise BuildError("%s: stray line-break character in template" % self.path)
        parts = _MARK_RE.split(text)
        out = []
        line = 1
        labels = []
        region = None
        for i, part in enumerate(parts):
            if i % 2 == 0:
                if "\x00" in part:
                    raise BuildError("%s: broken marker" % self.path)
                out.append(part)
                line += part.count("\n")
                continue
            m = self.corpus._markers.get(int(part))
            if m is None or m.doc is not self:
                raise BuildError("%s: unknown or foreign marker" % self.path)
            if m.used:
                raise BuildError("%s: marker used twice (%s)" % (self.path, m.typ))
            m.used = True
            if m.typ == "val":
                if region is not None:
                    raise BuildError("%s: value marker inside a region (%s)" % (self.path, m.cat))
                lab = {"path": self.path, "line": line, "kind": m.kind, "category": m.cat}
                nl = m.value.count("\n")
                if nl:
                    lab["span"] = [line, line + nl]
                labels.append((lab, {"value": m.value, "check": m.check}))
                out.append(m.value)
                line += nl
            elif m.typ == "begin":
                if region is not None:
                    raise BuildError("%s: nested region" % self.path)
                region = {"start": line, "kind": m.kind, "cat": m.cat, "anchors": []}
            elif m.typ == "anchor":
                if region is None:
                    raise BuildError("%s: anchor outside a region" % self.path)
                region["anchors"].append([line, m.value, m.check, m.ident])
                out.append(m.value)
                line += m.value.count("\n")
            elif m.typ == "end":
                if region is None:
                    raise BuildError("%s: end without region" % self.path)
                prev = "".join(out[-3:])
                end = line - 1 if prev.endswith("\n") else line
                if not region["anchors"]:
                    raise BuildError("%s: region without anchors" % self.path)
                if not any(not a[3] for a in region["anchors"]):
                    raise BuildError("%s: region has only identifier anchors" % self.path)
                lab = {"path": self.path, "line": region["start"], "kind": region["kind"],
                       "category": region["cat"]}
                if end > region["start"]:
                    lab["span"] = [region["start"], end]
                elif end < region["start"]:
                    raise BuildError("%s: region ends before it starts" % self.path)
                labels.append((lab, {"anchors": region["anchors"]}))
                region = None
        if region is not None:
            raise BuildError("%s: region left open" % self.path)
        for m in self.markers:
            if not m.used:
                raise BuildError("%s: marker created but never placed (%s %r)" % (
                    self.path, m.typ, (m.value or m.cat or "")[:30]))
        content = "".join(out)
        if not content.endswith("\n"):
            content += "\n"
        owner = {}
        for lab, _ in labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                if n in owner:
                    raise BuildError("%s:%d: two labels on one line (%s, %s)" % (
                        self.path, n, owner[n]["category"], lab["category"]))
                owner[n] = lab
        if self.crlf:
            content = content.replace("\n", "\r\n")
        self.corpus._add_file(self, content, labels)


class Categories:
    def __init__(self, secret, negative):
        both = set(secret) & set(negative)
        if both:
            raise BuildError("categories registered as both kinds: %s" % sorted(both))
        self.kind = {c: "secret" for c in secret}
        self.kind.update({c: "negative" for c in negative})
        self.used = {}

    def check(self, kind, cat, where):
        if kind not in ("secret", "negative"):
            raise BuildError("%s: bad kind %r" % (where, kind))
        k = self.kind.get(cat)
        if k is None:
            raise BuildError("%s: unregistered category %r" % (where, cat))
        if k != kind:
            raise BuildError("%s: category %r is a %s category, used as %s" % (where, cat, k, kind))


class Corpus:
    def __init__(self, categories):
        self.categories = categories
        self._id = 0
        self._markers = {}
        self.files = {}          # path -> bytes
        self.order = []
        self.labels = []         # (label, value-record)
        self.prose_paths = set()
        self.theme_of = {}
        self.current_theme = None

    def _next_id(self):
        self._id += 1
        return self._id

    def f(self, path, crlf=False, prose=False):
        if self.current_theme and not path.startswith(self.current_theme + "/"):
            raise BuildError("%s: outside theme directory %s" % (path, self.current_theme))
        if path in self.files or any(d.path == path for d in getattr(self, "_open", [])):
            raise BuildError("%s: file written twice" % path)
        if path.startswith("/") or ".." in path.split("/") or "\\" in path:
            raise BuildError("bad path %r" % path)
        d = Doc(self, path, crlf=crlf, prose=prose)
        self._open = getattr(self, "_open", []) + [d]
        return d

    def text(self, path, text, crlf=False):
        """A file with no labels at all."""
        d = self.f(path, crlf=crlf)
        d.done(text)

    def _add_file(self, doc, content, labels):
        if doc.path in self.files:
            raise BuildError("%s: file written twice" % doc.path)
        self._open = [d for d in self._open if d is not doc]
        self.files[doc.path] = content.encode("utf-8")
        self.order.append(doc.path)
        self.theme_of[doc.path] = self.current_theme
        if doc.prose:
            self.prose_paths.add(doc.path)
        for lab, val in labels:
            self.labels.append((lab, val))

    def finish(self):
        if getattr(self, "_open", []):
            raise BuildError("files opened but never finished: %s" % [d.path for d in self._open])
        for m in self._markers.values():
            if not m.used:
                raise BuildError("%s: unused marker" % m.doc.path)

    def write(self, out_dir):
        self.finish()
        out_dir = os.path.abspath(out_dir.rstrip("/"))
        if os.path.exists(out_dir) and os.listdir(out_dir):
            raise BuildError("%s exists and is not empty" % out_dir)
        for path in sorted(self.files):
            full = os.path.join(out_dir, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as fh:
                fh.write(self.files[path])
        self.labels.sort(key=lambda lv: (lv[0]["path"], lv[0]["line"]))
        self.readback(out_dir)
        with open(out_dir + ".labels.json", "w") as fh:
            json.dump([l for l, _ in self.labels], fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        with open(out_dir + ".values.json", "w") as fh:
            json.dump([v for _, v in self.labels], fh, indent=1, ensure_ascii=False)
            fh.write("\n")

    def readback(self, out_dir):
        cache = {}
        for lab, val in self.labels:
            p = lab["path"]
            if p not in cache:
                with open(os.path.join(out_dir, p), "rb") as fh:
                    cache[p] = fh.read().decode("utf-8").split("\n")
            lines = [x[:-1] if x.endswith("\r") else x for x in cache[p]]
            if "value" in val:
                for k, piece in enumerate(val["value"].split("\n")):
                    n = lab["line"] + k
                    if n - 1 >= len(lines) or piece not in lines[n - 1]:
                        raise BuildError("%s:%d: value not found on its line after read-back: %r" % (p, n, piece[:50]))
            else:
                for ln, text, _chk, _id in val["anchors"]:
                    for k, piece in enumerate(text.split("\n")):
                        n = ln + k
                        if n - 1 >= len(lines) or piece not in lines[n - 1]:
                            raise BuildError("%s:%d: anchor not found after read-back: %r" % (p, n, piece[:50]))
