"""Corpus builder for the tenth corpus.

A theme writes text into Doc objects. Every labelled value goes in through a marker:
  d.S(value, cat[, check, grp])  a secret          d.N(value, cat[, check])  a hard negative
  r = d.R(cat[, kind, grp]); r.B ... r.A(text[, check, ident]) ... r.E   a region over several lines
Markers are private-use characters that never reach the disk. Rendering replaces them, records the
line where each label starts (and a span for multi-line extents), writes the bytes (CRLF where asked),
reads them back and checks every value is on its line. It fails loudly on anything inconsistent."""

import json
import os
import re

import tprov

MB, ME = "\ue000", "\ue001"
_MRE = re.compile(MB + r"(\d+)" + ME)


class BuildError(Exception):
    pass


class Label:
    __slots__ = ("path", "kind", "cat", "grp", "free", "anchors", "line", "end", "single", "begun", "ended")

    def __init__(self, path, kind, cat, grp, free, single):
        self.path, self.kind, self.cat, self.grp, self.free, self.single = path, kind, cat, grp, free, single
        self.anchors = []          # [line, text, check, ident]
        self.line = self.end = None
        self.begun = self.ended = False


class Region:
    def __init__(self, doc, label):
        self.doc, self.label = doc, label
        self.B = doc._mk(("b", label))
        self.E = doc._mk(("e", label))

    def A(self, text, check=None, ident=False):
        return self.doc._anchor(self.label, text, check, ident)


class Doc:
    def __init__(self, corpus, path, crlf, free):
        self.corpus, self.path, self.crlf, self.free = corpus, path, crlf, free
        self.parts = []
        self.labels = []
        self.markers = set()

    # ------------------------------------------------------------ writing
    def w(self, *parts):
        for p in parts:
            self.parts.append(p)
        return self

    def ln(self, *lines):
        for l in lines:
            self.parts.append(l + "\n")
        return self

    # ------------------------------------------------------------ markers
    def _mk(self, payload):
        c = self.corpus
        c.seq += 1
        c.markers[c.seq] = (self, payload)
        self.markers.add(c.seq)
        return MB + str(c.seq) + ME

    def _label(self, kind, cat, grp, single):
        c = self.corpus
        if kind not in ("secret", "negative"):
            raise BuildError("bad kind %r" % kind)
        if c.cat_kind.setdefault(cat, kind) != kind:
            raise BuildError("category %r used as both kinds (%s)" % (cat, self.path))
        if kind == "secret":
            if grp is None:
                grp = "key" if cat.startswith("private-key") else (
                    "provider" if cat in tprov.PROVIDER_CATS or cat in c.provider_cats else "generic")
            if c.cat_group.setdefault(cat, grp) != grp:
                raise BuildError("category %r in two groups" % cat)
        lab = Label(self.path, kind, cat, grp, self.free, single)
        self.labels.append(lab)
        return lab

    def _anchor(self, label, text, check, ident):
        if not isinstance(text, str) or not text.strip():
            raise BuildError("empty value in %s (%s)" % (self.path, label.cat))
        if "\r" in text or MB in text or ME in text or text.startswith("\n") or text.endswith("\n"):
            raise BuildError("bad characters / edge newline in value (%s, %s)" % (self.path, label.cat))
        a = [None, text, check, ident]
        label.anchors.append(a)
        return self._mk(("v", label, a))

    def S(self, value, cat, check=None, grp=None):
        lab = self._label("secret", cat, grp, True)
        b = self._mk(("b", lab))
        v = self._anchor(lab, value, check, False)
        return b + v + self._mk(("e", lab))

    def N(self, value, cat, check=None):
        lab = self._label("negative", cat, None, True)
        b = self._mk(("b", lab))
        v = self._anchor(lab, value, check, False)
        return b + v + self._mk(("e", lab))

    def R(self, cat, kind="secret", grp=None):
        return Region(self, self._label(kind, cat, grp, False))

    # ------------------------------------------------------------ rendering
    def render(self):
        raw = "".join(self.parts)
        if "\r" in raw:
            raise BuildError("CR in template of %s" % self.path)
        out, line, pos, seen, last = [], 1, 0, set(), ""
        for m in _MRE.finditer(raw):
            chunk = raw[pos:m.start()]
            out.append(chunk)
            last = chunk[-1:] or last
            line += chunk.count("\n")
            pos = m.end()
            mid = int(m.group(1))
            if mid not in self.markers:
                raise BuildError("foreign or unknown marker in %s" % self.path)
            if mid in seen:
                raise BuildError("marker reused in %s" % self.path)
            seen.add(mid)
            _, payload = self.corpus.markers[mid]
            role, lab = payload[0], payload[1]
            if role == "b":
                if lab.begun:
                    raise BuildError("region begun twice")
                lab.begun, lab.line = True, line
            elif role == "e":
                if not lab.begun or lab.ended:
                    raise BuildError("region end without begin in %s (%s)" % (self.path, lab.cat))
                if last == "\n":
                    raise BuildError("region end after a newline in %s (%s)" % (self.path, lab.cat))
                lab.ended, lab.end = True, line
            else:
                a = payload[2]
                if not lab.begun or lab.ended:
                    raise BuildError("anchor outside its region in %s (%s)" % (self.path, lab.cat))
                a[0] = line
                out.append(a[1])
                last = a[1][-1]
                line += a[1].count("\n")
        out.append(raw[pos:])
        if seen != self.markers:
            raise BuildError("marker created but never placed in %s" % self.path)
        text = "".join(out)
        if MB in text or ME in text:
            raise BuildError("leftover marker in %s" % self.path)
        for lab in self.labels:
            if not lab.ended:
                raise BuildError("open region in %s" % self.path)
            if lab.kind == "secret" and all(a[3] for a in lab.anchors):
                raise BuildError("region with only identifier anchors in %s" % self.path)
            if not lab.anchors:
                raise BuildError("region without anchors in %s" % self.path)
        if not text.endswith("\n"):
            text += "\n"
        return text


class Corpus:
    def __init__(self):
        self.docs = {}
        self.order = []
        self.markers = {}
        self.seq = 0
        self.cat_kind, self.cat_group = {}, {}
        self.provider_cats = set()
        self.theme = None
        self.themes = []

    def set_theme(self, name):
        self.theme = name
        self.themes.append(name)

    def doc(self, path, crlf=False, free=False):
        if self.theme is None or not path.startswith(self.theme + "/"):
            raise BuildError("file outside its theme: %s" % path)
        if path in self.docs or ".." in path.split("/"):
            raise BuildError("file written twice or bad path: %s" % path)
        d = Doc(self, path, crlf, free)
        self.docs[path] = d
        self.order.append(path)
        return d

    def provider(self, cat):
        self.provider_cats.add(cat)
        return cat

    # ------------------------------------------------------------ output
    def write(self, out_dir):
        texts, labels, owner = {}, [], {}
        for path in self.order:
            d = self.docs[path]
            text = d.render()
            data = (text.replace("\n", "\r\n") if d.crlf else text).encode("utf-8")
            full = os.path.join(out_dir, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as fh:
                fh.write(data)
            with open(full, "rb") as fh:
                back = fh.read().decode("utf-8")
            lines = back.split("\r\n" if d.crlf else "\n")
            texts[path] = lines
            for lab in d.labels:
                first, last = lab.line, lab.end
                for a in lab.anchors:
                    last = max(last, a[0] + a[1].count("\n"))
                    for i, part in enumerate(a[1].split("\n")):
                        n = a[0] + i
                        if n > len(lines) or part not in lines[n - 1]:
                            raise BuildError("value not found on %s:%d (%s)" % (path, n, lab.cat))
                lab.end = last
                for n in range(first, last + 1):
                    if (path, n) in owner:
                        raise BuildError("two labels on %s:%d (%s, %s)" % (path, n, owner[(path, n)].cat, lab.cat))
                    owner[(path, n)] = lab
                labels.append(lab)
        self._leak_check(texts, owner)
        labels.sort(key=lambda l: (l.path, l.line))
        out_l, out_v = [], []
        for lab in labels:
            e = {"path": lab.path, "line": lab.line, "kind": lab.kind, "category": lab.cat}
            if lab.end > lab.line:
                e["span"] = [lab.line, lab.end]
            out_l.append(e)
            if lab.single:
                v = {"value": lab.anchors[0][1], "check": lab.anchors[0][2]}
            else:
                v = {"anchors": [[a[0], a[1], a[2], a[3]] for a in lab.anchors]}
            if lab.kind == "secret":
                v["group"] = lab.grp
                v["free_text"] = lab.free
            out_v.append(v)
        base = out_dir.rstrip("/")
        with open(base + ".labels.json", "w") as fh:
            json.dump(out_l, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        with open(base + ".values.json", "w") as fh:
            json.dump(out_v, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        return labels

    def _leak_check(self, texts, owner):
        singles, bodies = set(), set()
        for path in self.order:
            for lab in self.docs[path].labels:
                if lab.kind != "secret":
                    continue
                for a in lab.anchors:
                    if a[3]:
                        continue
                    if "\n" in a[1]:
                        bodies.update(l.strip() for l in a[1].split("\n") if len(l.strip()) >= 40)
                    elif len(a[1]) >= 8:
                        singles.add(a[1])
        public_cats = ("public-key", "certificate", "ssh-public-key", "public-jwks")
        for path in self.order:
            lines = texts[path]
            whole = "\n".join(lines)
            hits = [v for v in singles if v in whole] + [v for v in bodies if v in whole]
            for v in hits:
                for i, l in enumerate(lines, 1):
                    if v in l:
                        o = owner.get((path, i))
                        if o is not None and o.kind == "secret":
                            continue
                        if v in bodies and o is not None and o.cat.startswith(public_cats):
                            continue
                        raise BuildError("secret value %r… on a line outside a secret label: %s:%d"
                                         % (v[:16], path, i))
