"""Corpus-building core: templates, label markers, rendering and label checks."""

import os
import random
import re
import textwrap

import keys
import values

MARK = re.compile("\x00([VBE])(\\d+)\x00")


class GenError(Exception):
    pass


def T(tpl, **kw):
    """Dedent a template and replace @@name@@ placeholders (no brace escaping needed)."""
    tpl = textwrap.dedent(tpl)
    if tpl.startswith("\n"):
        tpl = tpl[1:]

    def rep(m):
        k = m.group(1)
        if k not in kw:
            raise GenError("template placeholder @@%s@@ not given" % k)
        return str(kw[k])
    return re.sub(r"@@(\w+)@@", rep, tpl)


def ind(text, n):
    """Indent every line but the first by n spaces (for values placed after an indent)."""
    pad = " " * n
    return ("\n" + pad).join(text.split("\n"))


class Item:
    __slots__ = ("kind", "category", "value", "anchors", "check", "path", "line", "span", "region", "rendered")

    def __init__(self, kind, category, path, value=None, anchors=None, check=None, region=False):
        self.kind, self.category, self.path = kind, category, path
        self.value, self.anchors, self.check, self.region = value, anchors, check, region
        self.line = self.span = None
        self.rendered = 0


class FileBuilder:
    def __init__(self, corpus, path, crlf=False):
        self.c, self.path, self.crlf = corpus, path, crlf
        self.stack = []

    def _add(self, item):
        if item.value is not None and "\x00" in item.value:
            raise GenError("value contains NUL: %r" % item.value)
        self.c.items.append(item)
        return len(self.c.items) - 1

    def s(self, value, category, check=None):
        """A secret value placed inline."""
        return "\x00V%d\x00" % self._add(Item("secret", category, self.path, value=value, check=check))

    def n(self, value, category, check=None):
        """A hard-negative value placed inline."""
        return "\x00V%d\x00" % self._add(Item("negative", category, self.path, value=value, check=check))

    def sb(self, category, anchors, check=None):
        """Begin a multi-line secret region (e.g. key id + secret on adjacent lines)."""
        i = self._add(Item("secret", category, self.path, anchors=list(anchors), check=check, region=True))
        self.stack.append(i)
        return "\x00B%d\x00" % i

    def nb(self, category, anchors, check=None):
        i = self._add(Item("negative", category, self.path, anchors=list(anchors), check=check, region=True))
        self.stack.append(i)
        return "\x00B%d\x00" % i

    def e(self):
        if not self.stack:
            raise GenError("%s: region end without begin" % self.path)
        return "\x00E%d\x00" % self.stack.pop()

    def write(self, text):
        if self.stack:
            raise GenError("%s: unclosed region" % self.path)
        out, line, pos = [], 1, 0
        for m in MARK.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            pos = m.end()
            kind, idx = m.group(1), int(m.group(2))
            it = self.c.items[idx]
            if it.path != self.path:
                raise GenError("marker of %s used in %s" % (it.path, self.path))
            if kind == "V":
                it.rendered += 1
                it.line = line
                n = it.value.count("\n")
                if n:
                    it.span = [line, line + n]
                out.append(it.value)
                line += n
            elif kind == "B":
                it.rendered += 1
                it.line = line
            else:
                it.span = [it.line, line]
        out.append(text[pos:])
        body = "".join(out)
        if "\x00" in body:
            raise GenError("%s: stray marker" % self.path)
        if self.crlf:
            body = body.replace("\n", "\r\n")
        self.c.write_file(self.path, body)


class Corpus:
    def __init__(self, root, seed):
        self.root = root
        self.seed = seed
        self.rng = random.Random(seed)
        self.tok = values.Tok(self.rng)
        self.pw = values.Pw(self.rng)
        self.names = values.Names(self.rng)
        self.items = []
        self.files = {}

    def file(self, path, crlf=False):
        if path in self.files:
            raise GenError("file written twice: " + path)
        self.files[path] = None
        return FileBuilder(self, path, crlf)

    def plain(self, path, text, crlf=False):
        """A file without planted values (still checked for stray markers)."""
        self.file(path, crlf).write(text)

    def write_file(self, path, body):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(body)
        self.files[path] = body

    def rsa(self, bits=2048):
        return keys.RSAKey(self.rng, bits)

    def ec(self):
        return keys.ECKey(self.rng)

    # ------------------------------------------------------------------ checks
    def finish(self):
        owner = {}
        for i, it in enumerate(self.items):
            if it.rendered != 1:
                raise GenError("%s: %s %s rendered %d times (value %r)" % (
                    it.path, it.kind, it.category, it.rendered, (it.value or it.anchors)[:60]))
            with open(os.path.join(self.root, it.path), encoding="utf-8", newline="") as fh:
                lines = fh.read().splitlines()
            a, b = it.span or (it.line, it.line)
            if it.region:
                for anc in it.anchors:
                    if not any(anc.split("\n")[0] in lines[k - 1] for k in range(a, b + 1)):
                        raise GenError("%s:%d-%d: anchor %r not found" % (it.path, a, b, anc[:50]))
            else:
                if it.value.split("\n")[0] not in lines[a - 1]:
                    raise GenError("%s:%d: value %r not found on its line" % (it.path, a, it.value[:50]))
                if it.value.split("\n")[-1] not in lines[b - 1]:
                    raise GenError("%s:%d: value end not found" % (it.path, b))
            for k in range(a, b + 1):
                key = (it.path, k)
                if key in owner:
                    other = self.items[owner[key]]
                    raise GenError("%s:%d carries two labels (%s %s / %s %s)" % (
                        it.path, k, other.kind, other.category, it.kind, it.category))
                owner[key] = i

    def labels(self):
        out = []
        for it in sorted(self.items, key=lambda x: (x.path, x.line)):
            d = {"path": it.path, "line": it.line, "kind": it.kind, "category": it.category}
            if it.span and it.span[0] != it.span[1]:
                d["span"] = it.span
            out.append((d, {"path": it.path, "line": it.line, "value": it.value, "anchors": it.anchors,
                            "check": it.check}))
        return out
