"""Documents, labels and rendering for the twentyfirst corpus.

A Doc is a list of lines plus labels. Generators append lines with the value already in the text and say
which value it is; the Doc records the line index. Nothing here draws random numbers.
"""

import json


class Label:
    __slots__ = ("kind", "cat", "group", "ft", "a", "b", "value", "anchors", "check", "raw")

    def __init__(self, kind, cat, group, ft, a, b, value=None, anchors=None, check=None, raw=None):
        self.kind, self.cat, self.group, self.ft = kind, cat, group, ft
        self.a, self.b, self.value, self.anchors, self.check, self.raw = a, b, value, anchors, check, raw


class FrameError(Exception):
    pass


class Doc:
    def __init__(self, path, crlf=False, ft=False, theme=None):
        self.path = path
        self.crlf = crlf
        self.ft = ft
        self.theme = theme
        self.lines = []
        self.labels = []

    # ------------------------------------------------ plain lines
    def l(self, *texts):
        for t in texts:
            self.lines.extend(t.split("\n"))
        return self

    def at(self):
        return len(self.lines)

    def _one(self, text):
        if "\n" in text:
            raise FrameError("%s: single-line item spans lines: %r" % (self.path, text[:60]))
        self.lines.append(text)
        return len(self.lines) - 1

    # ------------------------------------------------ labelled lines
    def s(self, text, value, cat, group="generic", ft=None):
        """A line holding one secret value."""
        if value not in text:
            raise FrameError("%s: secret %r not in %r" % (self.path, value, text))
        i = self._one(text)
        self.labels.append(Label("secret", cat, group, self.ft if ft is None else ft, i, i, value))
        return i

    def n(self, text, value, cat):
        """A line holding one negative value (or a line about a credential with no value)."""
        if value not in text:
            raise FrameError("%s: negative %r not in %r" % (self.path, value, text))
        i = self._one(text)
        self.labels.append(Label("negative", cat, None, None, i, i, value))
        return i

    def sb(self, text, value, cat, group="generic", check=None, raw=None, ft=None):
        """A multi-line block whose text contains the multi-line secret value."""
        a = self.at()
        if value not in text:
            raise FrameError("%s: block secret not in text" % self.path)
        pre = text[:text.index(value)]
        self.l(text)
        a2 = a + pre.count("\n")
        b2 = a2 + value.count("\n")
        self.labels.append(Label("secret", cat, group, self.ft if ft is None else ft, a2, b2, value, check=check, raw=raw))
        return a2

    def nb(self, text, value, cat):
        a = self.at()
        if value not in text:
            raise FrameError("%s: block negative not in text" % self.path)
        pre = text[:text.index(value)]
        self.l(text)
        a2 = a + pre.count("\n")
        self.labels.append(Label("negative", cat, None, None, a2, a2 + value.count("\n"), value))
        return a2

    def pair(self, rows, cat, group="provider", ft=None):
        """rows: [(text, anchor, role)], appended in order; role 'secret' marks the labelled line.

        Rows with anchor None are plain lines between the two halves.
        """
        anchors, sec = [], None
        first = self.at()
        for text, anchor, role in rows:
            i = self._one(text)
            if anchor is None:
                continue
            if anchor not in text:
                raise FrameError("%s: pair anchor %r not in %r" % (self.path, anchor, text))
            anchors.append([i, anchor, role])
            if role == "secret":
                sec = i
        if sec is None or len(anchors) < 2:
            raise FrameError("%s: pair without secret or id" % self.path)
        first = min(a[0] for a in anchors)
        last = max(a[0] for a in anchors)
        self.labels.append(Label("secret", cat, group, self.ft if ft is None else ft, first, last, anchors=anchors))
        self._pair_line = sec
        return sec

    def label_range(self, kind, cat, a, b, value, group=None, check=None, raw=None, ft=None):
        """Label lines already appended (a..b, 0-based)."""
        self.labels.append(Label(kind, cat, group if kind == "secret" else None,
                                 (self.ft if ft is None else ft) if kind == "secret" else None,
                                 a, b, value, check=check, raw=raw))

    # ------------------------------------------------ output
    def render(self):
        nl = "\r\n" if self.crlf else "\n"
        for ln in self.lines:
            if "\r" in ln or "\n" in ln:
                raise FrameError("%s: stray line break inside a line" % self.path)
        return (nl.join(self.lines) + nl).encode("utf-8")

    def check_labels(self):
        owner = {}
        for lab in self.labels:
            if lab.a > lab.b or lab.b >= len(self.lines):
                raise FrameError("%s: bad extent %d-%d" % (self.path, lab.a, lab.b))
            for i in range(lab.a, lab.b + 1):
                if i in owner:
                    raise FrameError("%s: two labels on line %d (%s, %s)" % (self.path, i + 1, owner[i], lab.cat))
                owner[i] = lab.cat


def label_records(docs):
    """docs: list of Doc -> (labels, values), sorted by path then line."""
    rows = []
    for d in docs:
        d.check_labels()
        for lab in d.labels:
            line = (lab.anchors and [a for a in lab.anchors if a[2] == "secret"][0][0] or lab.a) + 1
            rec = {"path": d.path, "line": line, "kind": lab.kind, "category": lab.cat}
            if lab.b > lab.a:
                rec["span"] = [lab.a + 1, lab.b + 1]
            val = {"kind": lab.kind}
            if lab.anchors:
                val["anchors"] = [[a + 1, t, r] for a, t, r in lab.anchors]
            else:
                val["value"] = lab.value
            if lab.kind == "secret":
                val["group"] = lab.group
                val["free_text"] = bool(lab.ft)
            if lab.check:
                val["check"] = lab.check
            if lab.raw is not None:
                val["raw"] = lab.raw
            rows.append((d.path, line, rec, val))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in rows], [r[3] for r in rows]


def dump_json(obj):
    return (json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


# ------------------------------------------------ escaping helpers (the label value is the escaped text)
def jesc(s):
    """Inner text of a JSON string literal."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s, quote=True):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
    return s


def csvq(s):
    return '"' + s.replace('"', '""') + '"'
