"""Corpus builder: documents are templates with item tokens; rendering turns tokens into text and labels."""
import re

TOK = re.compile("\x00(\\d+)\x00")


class BuildError(Exception):
    pass


class Item:
    __slots__ = ("kind", "value", "shown", "category", "group", "free", "check", "raw", "pair_id", "line", "end",
                 "id_line", "placed", "is_id", "owner")

    def __init__(self, kind, value, shown, category, group=None, free=False, check=None, raw=None):
        self.kind, self.value, self.shown, self.category = kind, value, shown, category
        self.group, self.free, self.check, self.raw = group, free, check, raw
        self.pair_id = None      # for a pair: the id's shown text
        self.line = self.end = self.id_line = None
        self.placed = 0
        self.is_id = False
        self.owner = None


class Doc:
    def __init__(self, corpus, path, free=False, crlf=False, theme=None):
        self.corpus, self.path, self.free, self.crlf, self.theme = corpus, path, free, crlf, theme
        self.items = []
        self.text = None

    def _add(self, it):
        self.items.append(it)
        return "\x00%d\x00" % (len(self.items) - 1)

    def S(self, value, cat, group="generic", shown=None, free=None, check=None, raw=None):
        """A secret. `value` is what must appear on the labelled line(s); `shown` how it is written (default value)."""
        if not value or "\x00" in value:
            raise BuildError("bad secret value")
        self.corpus.note_secret(value, self.path)
        return self._add(Item("secret", value, value if shown is None else shown, cat, group,
                              self.free if free is None else free, check, raw))

    def N(self, value, cat, shown=None):
        if not value:
            raise BuildError("empty negative")
        self.corpus.note_negative(value, self.path)
        return self._add(Item("negative", value, value if shown is None else shown, cat))

    def P(self, idval, secret, cat, group="provider", id_shown=None, shown=None, free=None):
        """A key-ID + secret pair, labelled once; returns (id_token, secret_token)."""
        self.corpus.note_secret(secret, self.path)
        self.corpus.note_id(idval)
        it = Item("secret", secret, secret if shown is None else shown, cat, group, self.free if free is None else free)
        it.pair_id = idval if id_shown is None else id_shown
        tok = self._add(it)
        idit = Item("id", idval, it.pair_id, cat)
        idit.is_id = True
        idit.owner = it
        idtok = self._add(idit)
        return idtok, tok

    def set(self, text):
        if self.text is not None:
            raise BuildError("text set twice: " + self.path)
        self.text = text
        return self

    # -------------------------------------------------------------- render
    def render(self):
        if self.text is None:
            raise BuildError("no text: " + self.path)
        out, line, pos = [], 1, 0
        for m in TOK.finditer(self.text):
            chunk = self.text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            it = self.items[int(m.group(1))]
            if it.placed:
                raise BuildError("item placed twice in %s: %r" % (self.path, it.value[:40]))
            it.placed = 1
            if it.is_id:
                it.owner.id_line = line
            else:
                it.line = line
            out.append(it.shown)
            line += it.shown.count("\n")
            if not it.is_id:
                it.end = line
            pos = m.end()
        out.append(self.text[pos:])
        text = "".join(out)
        if "\x00" in text:
            raise BuildError("stray token in " + self.path)
        for it in self.items:
            if not it.placed:
                raise BuildError("item not placed in %s: %r" % (self.path, it.value[:40]))
        if self.crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        self.rendered = text
        return text

    def labels(self):
        labs, vals = [], []
        for it in self.items:
            if it.is_id:
                continue
            a, b = it.line, it.end
            if it.pair_id is not None:
                a, b = min(a, it.id_line), max(b, it.id_line)
            lab = {"path": self.path, "line": it.line, "kind": it.kind, "category": it.category}
            if (a, b) != (it.line, it.line):
                lab["span"] = [a, b]
            v = {"kind": it.kind}
            if it.pair_id is not None:
                v["anchors"] = [[it.id_line, it.pair_id, "id"], [it.line, it.shown, "secret"]]
            else:
                v["value"] = it.shown if "\n" in it.shown else it.value
            if it.kind == "secret":
                v["group"] = it.group
                v["free_text"] = bool(it.free)
                if it.check:
                    v["check"] = it.check
                if it.raw:
                    v["raw"] = it.raw
            labs.append(lab)
            vals.append(v)
        return labs, vals


class Corpus:
    def __init__(self, seed):
        self.seed = seed
        self.docs = []
        self.paths = set()
        self.secret_vals = {}
        self.neg_vals = {}
        self.ids = set()
        self.taken = set()

    def doc(self, path, free=False, crlf=False, theme=None):
        if path in self.paths:
            raise BuildError("duplicate path " + path)
        self.paths.add(path)
        d = Doc(self, path, free, crlf, theme)
        self.docs.append(d)
        return d

    def has(self, path):
        return path in self.paths

    def note_secret(self, v, path):
        if v in self.neg_vals:
            raise BuildError("secret value also negative: %r (%s)" % (v, path))
        self.secret_vals.setdefault(v, []).append(path)
        self.taken.add(v)

    def note_negative(self, v, path):
        if v in self.secret_vals:
            raise BuildError("negative value also secret: %r (%s)" % (v, path))
        self.neg_vals.setdefault(v, []).append(path)
        self.taken.add(v)

    def note_id(self, v):
        self.ids.add(v)
        self.taken.add(v)

    def fresh(self, fn, *a, **kw):
        """Call fn until it returns a value not used anywhere in the corpus."""
        for _ in range(200):
            v = fn(*a, **kw)
            if v not in self.taken:
                self.taken.add(v)
                return v
        raise BuildError("could not draw a fresh value")

    def build(self):
        files, labels, values = {}, [], []
        for d in self.docs:
            files[d.path] = d.render()
            l, v = d.labels()
            labels.extend(l)
            values.extend(v)
        order = sorted(range(len(labels)), key=lambda i: (labels[i]["path"], labels[i]["line"]))
        labels = [labels[i] for i in order]
        values = [values[i] for i in order]
        return files, labels, values
