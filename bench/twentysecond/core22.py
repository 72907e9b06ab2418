"""Documents, labelled lines, the template engine and rendering (twenty-second corpus)."""
import re

SAFE_PUNCT = "!*+-._~^?=@:"   # allowed inside generic passwords (never quotes, backslash, $, %, #, ;, <, >, &, {, })
URI_PUNCT = "-._~!*"


class Doc:
    """A file under construction: lines plus labels (one label per line)."""

    def __init__(self, path, crlf=False, free_text=False):
        self.path, self.crlf, self.free_text = path, crlf, free_text
        self.lines, self.labels = [], []

    @property
    def n(self):
        return len(self.lines)

    def t(self, *lines):
        for block in lines:
            for ln in block.split("\n"):
                self.lines.append(ln)
        return self

    def _lab(self, line, kind, cat, value, group=None, span=None, extra=None):
        lab = {"path": self.path, "line": line, "kind": kind, "category": cat}
        if span and span[0] != span[1]:
            lab["span"] = list(span)
        val = {"kind": kind, "value": value}
        if kind == "secret":
            val["group"] = group
            val["free_text"] = self.free_text
        if extra:
            val.update(extra)
        self.labels.append((lab, val))

    def s(self, line, value, cat, group="generic"):
        assert "\n" not in line and value in line, (self.path, line, value)
        self.lines.append(line)
        self._lab(self.n, "secret", cat, value, group)
        return value

    def neg(self, line, value, cat):
        assert "\n" not in line and value in line, (self.path, line, value)
        self.lines.append(line)
        self._lab(self.n, "negative", cat, value)
        return value

    def pair(self, id_line, id_value, sec_line, value, cat, group="provider"):
        """Key-ID line then secret line: one label, line = secret's, span covers both."""
        assert id_value in id_line and value in sec_line
        self.lines.append(id_line)
        a = self.n
        self.lines.append(sec_line)
        self._lab(self.n, "secret", cat, value, group, span=(a, self.n),
                  extra={"anchors": [[a, id_value, "id"], [self.n, value, "secret"]]})
        return value

    def block(self, text, value, cat, kind="secret", group="key", extra=None):
        """Multi-line text whose value spans from the first to the last line holding it."""
        lines = text.split("\n")
        start = self.n + 1
        self.lines.extend(lines)
        joined = "\n".join(lines)
        pos = joined.index(value)
        first = start + joined.count("\n", 0, pos)
        last = start + joined.count("\n", 0, pos + len(value))
        self._lab(first, kind, cat, value, group if kind == "secret" else None, span=(first, last), extra=extra)
        return value

    def render(self):
        eol = "\r\n" if self.crlf else "\n"
        return (eol.join(self.lines) + eol).encode("utf-8")


# ----------------------------------------------------------------- template engine
# ⟦name⟧ substitutes a context string; «S:gen:category» a labelled secret drawn from gen;
# «N:gen:category» a labelled negative; «P:shape» a provider token (category from the shape);
# «PAIR:kind» two lines (ID line, secret line) written as «ID» and «SEC» on consecutive lines;
# «=name» repeats the value bound with «S:gen:category>name» and labels it again.
SLOT = re.compile(r"«([^»]+)»")
CTX = re.compile(r"⟦([a-z_0-9]+)⟧")


def fill(doc, ctx, text, gen):
    """Append text (a template) to doc. gen(kind, spec) -> (value, category, group)."""
    bound = ctx.setdefault("_bound", {})
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln = CTX.sub(lambda m: str(ctx[m.group(1)]), lines[i])
        slots = SLOT.findall(ln)
        if not slots:
            doc.t(ln)
            i += 1
            continue
        assert len(slots) == 1, ("two slots on one line", ln)
        spec = slots[0]
        if spec.startswith("PAIR:"):
            nxt = CTX.sub(lambda m: str(ctx[m.group(1)]), lines[i + 1])
            assert "«SEC»" in nxt, ("pair without «SEC» on the next line", ln)
            idv, sec, cat, group = gen("pair", spec[5:])
            doc.pair(ln.replace("«" + spec + "»", idv), idv, nxt.replace("«SEC»", sec), sec, cat, group)
            i += 2
            continue
        if spec.startswith("PAIRL:"):
            idv, sec, cat, group = gen("pair", spec[6:])
            doc.s(ln.replace("«" + spec + "»", idv + ": " + sec), sec, cat, group)
            i += 1
            continue
        name = None
        if ">" in spec:
            spec, name = spec.split(">", 1)
        if spec.startswith("="):
            kind, value, cat, group = bound[spec[1:]]
        else:
            kind = {"S": "secret", "N": "negative", "P": "secret"}[spec[0]]
            value, cat, group = gen(spec[0], spec[2:])
        if name:
            bound[name] = (kind, value, cat, group)
        line = ln.replace("«" + slots[0] + "»", value)
        if kind == "secret":
            doc.s(line, value, cat, group)
        else:
            doc.neg(line, value, cat)
        i += 1
    return doc
