"""Corpus builder: labelled items are placeholders inside file text; rendering turns them into lines and spans.

A placeholder is U+E000 <id> U+E001. Each occurrence of a placeholder in a file becomes one label on the line(s)
where its rendered text lands. A pair (key ID + secret) is two placeholders sharing a pair key; it becomes one
label whose span covers both lines and whose line is the secret's line.
"""

import re

PH_RE = re.compile("\ue000(\\d+)\ue001")


class BuildError(Exception):
    pass


class Item:
    __slots__ = ("id", "kind", "value", "cat", "group", "esc", "role", "pair", "check", "raw")

    def __init__(self, iid, kind, value, cat, group=None, esc=None, role=None, pair=None, check=None, raw=None):
        self.id, self.kind, self.value, self.cat, self.group = iid, kind, value, cat, group
        self.esc, self.role, self.pair, self.check, self.raw = esc, role, pair, check, raw

    def rendered(self):
        return self.esc(self.value) if self.esc else self.value


class Registry:
    def __init__(self):
        self.items = []
        self.npairs = 0

    def _add(self, **kw):
        it = Item(len(self.items), **kw)
        self.items.append(it)
        return "\ue000%d\ue001" % it.id

    def secret(self, value, cat, group="generic", check=None, raw=None):
        if not value or "\ue000" in value:
            raise BuildError("bad secret value %r" % value)
        return self._add(kind="secret", value=value, cat=cat, group=group, check=check, raw=raw)

    def negative(self, value, cat):
        if not value:
            raise BuildError("empty negative value for %s" % cat)
        return self._add(kind="negative", value=value, cat=cat)

    def pair(self, id_value, secret_value, cat, group="provider"):
        self.npairs += 1
        key = self.npairs
        a = self._add(kind="pid", value=id_value, cat=cat, group=group, role="id", pair=key)
        b = self._add(kind="psec", value=secret_value, cat=cat, group=group, role="secret", pair=key)
        return a, b

    def escape(self, text, fn):
        """Escape the literal parts of text with fn and give every placeholder in it an escaped clone."""
        out, pos = [], 0
        for m in PH_RE.finditer(text):
            out.append(fn(text[pos:m.start()]))
            it = self.items[int(m.group(1))]
            old = it.esc
            new_esc = (lambda v, f=fn, o=old: f(o(v))) if old else fn
            out.append(self._add(kind=it.kind, value=it.value, cat=it.cat, group=it.group, esc=new_esc,
                                 role=it.role, pair=it.pair, check=it.check, raw=it.raw))
            pos = m.end()
        out.append(fn(text[pos:]))
        return "".join(out)


class Doc:
    def __init__(self, path, text, crlf=False, free=False):
        self.path, self.text, self.crlf, self.free = path, text, crlf, free


def render(doc, reg):
    """Return (content, labels, values) for a Doc. labels: dicts; values: parallel dicts."""
    out, pos, line = [], 0, 1
    occ = []
    for m in PH_RE.finditer(doc.text):
        lit = doc.text[pos:m.start()]
        out.append(lit)
        line += lit.count("\n")
        it = reg.items[int(m.group(1))]
        r = it.rendered()
        occ.append((it, line, line + r.count("\n"), r))
        out.append(r)
        line += r.count("\n")
        pos = m.end()
    out.append(doc.text[pos:])
    text = "".join(out)
    if not text.endswith("\n"):
        text += "\n"
    if "\r" in text:
        raise BuildError("%s: carriage return inside text" % doc.path)
    lines = text[:-1].split("\n")

    labels, values = [], []
    pairs = {}
    for it, a, b, r in occ:
        if it.kind in ("pid", "psec"):
            pairs.setdefault(it.pair, {})[it.role] = (it, a, b, r)
            continue
        lab = {"path": doc.path, "line": a, "kind": it.kind, "category": it.cat}
        if b != a:
            lab["span"] = [a, b]
        val = {"kind": it.kind, "value": r}
        if it.kind == "secret":
            val["group"] = it.group
            val["free_text"] = doc.free
            if it.check:
                val["check"] = it.check
                val["raw"] = it.raw
        labels.append(lab)
        values.append(val)
    for key in sorted(pairs):
        p = pairs[key]
        if set(p) != {"id", "secret"}:
            raise BuildError("%s: incomplete pair %s" % (doc.path, p))
        (ii, ia, ib, ir), (si, sa, sb, sr) = p["id"], p["secret"]
        if ia != ib or sa != sb:
            raise BuildError("%s: multi-line pair part" % doc.path)
        lab = {"path": doc.path, "line": sa, "kind": "secret", "category": si.cat}
        if ia != sa:
            lab["span"] = [min(ia, sa), max(ia, sa)]
        val = {"kind": "secret", "anchors": sorted([[ia, ir, "id"], [sa, sr, "secret"]]), "group": si.group,
               "free_text": doc.free}
        labels.append(lab)
        values.append(val)

    owned = {}
    for lab in labels:
        a, b = lab.get("span", [lab["line"], lab["line"]])
        for n in range(a, b + 1):
            if n in owned:
                raise BuildError("%s:%d: two labels on one line (%s, %s)" % (
                    doc.path, n, owned[n]["category"], lab["category"]))
            owned[n] = lab
            if not lines[n - 1].strip():
                if n in (a, b):
                    raise BuildError("%s:%d: label extent starts or ends on an empty line" % (doc.path, n))
    if doc.crlf:
        text = text.replace("\n", "\r\n")
    order = sorted(range(len(labels)), key=lambda i: labels[i]["line"])
    return text, [labels[i] for i in order], [values[i] for i in order]


def expand(reg, text):
    """text with every placeholder replaced by its rendered value (for byte counts inside a file)."""
    return PH_RE.sub(lambda m: reg.items[int(m.group(1))].rendered(), text)
