"""Corpus builder for the sixteenth corpus.

A document is written as text with markers; each marker stands for one labelled value:
  S/P/K  secret (generic / provider / private key), N  negative,
  pair   one label whose span covers a key-ID anchor and its secret anchor.
Rendering replaces the markers, records where every value landed, and checks the result."""

import json
import os
import re

MARK_RE = re.compile("\x01(\\d+)([ia]?)\x02")
GROUPS = ("provider", "generic", "key")


class BuildError(Exception):
    pass


class Item:
    __slots__ = ("n", "kind", "cat", "group", "value", "id_value", "free", "path", "placed", "label", "extra")

    def __init__(self, n, kind, cat, group, value, free, path, id_value=None):
        self.n, self.kind, self.cat, self.group = n, kind, cat, group
        self.value, self.id_value, self.free, self.path = value, id_value, free, path
        self.placed = {}
        self.label = None
        self.extra = None


class Doc:
    def __init__(self, corpus, path, free=False, crlf=False):
        self.c, self.path, self.free, self.crlf = corpus, path, free, crlf
        self.parts = []
        self.items = []

    # ------------------------------------------------------------ writing
    def w(self, *lines):
        for ln in lines:
            self.parts.append(ln + "\n")
        return self

    def raw(self, text):
        self.parts.append(text)
        return self

    def blank(self):
        self.parts.append("\n")
        return self

    # ------------------------------------------------------------ markers
    def _item(self, kind, cat, group, value, id_value=None):
        if not value:
            raise BuildError("empty value for %s in %s" % (cat, self.path))
        if "\r" in value or "\x01" in value or "\x02" in value:
            raise BuildError("bad character in value for %s in %s" % (cat, self.path))
        it = Item(len(self.c.items), kind, cat, group, value, self.free, self.path, id_value)
        self.c.register_cat(cat, kind, group)
        self.c.items.append(it)
        self.items.append(it)
        return it

    def S(self, value, cat):
        return "\x01%d\x02" % self._item("secret", cat, "generic", value).n

    def P(self, value, cat):
        return "\x01%d\x02" % self._item("secret", cat, "provider", value).n

    def K(self, value, cat, extra=None):
        it = self._item("secret", cat, "key", value)
        it.extra = extra
        return "\x01%d\x02" % it.n

    def N(self, value, cat):
        return "\x01%d\x02" % self._item("negative", cat, None, value).n

    def pair(self, cat, id_value, secret, group="provider"):
        it = self._item("secret", cat, group, secret, id_value)
        return "\x01%di\x02" % it.n, "\x01%da\x02" % it.n

    def mk(self, kind, cat):
        """A marker function for one kind: used by syntax renderers."""
        f = {"S": self.S, "P": self.P, "K": self.K, "N": self.N}[kind]
        return lambda v: f(v, cat)

    # ------------------------------------------------------------ rendering
    def render(self):
        text = "".join(self.parts)
        out, line, pos = [], 1, 0
        for m in MARK_RE.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            it = self.c.items[int(m.group(1))]
            role = m.group(2) or "v"
            if it.path != self.path:
                raise BuildError("marker of %s used in %s" % (it.path, self.path))
            if role in it.placed:
                raise BuildError("marker placed twice: %s %s in %s" % (it.cat, role, self.path))
            val = it.id_value if role == "i" else it.value
            it.placed[role] = line
            out.append(val)
            line += val.count("\n")
            pos = m.end()
        out.append(text[pos:])
        body = "".join(out)
        if "\x01" in body or "\x02" in body:
            raise BuildError("stray marker in %s" % self.path)
        for it in self.items:
            need = {"i", "a"} if it.id_value is not None else {"v"}
            if set(it.placed) != need:
                raise BuildError("marker missing for %s in %s" % (it.cat, self.path))
        if not body.endswith("\n"):
            body += "\n"
        if self.crlf:
            body = body.replace("\n", "\r\n")
        return body


class Corpus:
    def __init__(self, seed):
        self.seed = seed
        self.items = []
        self.docs = []
        self.paths = set()
        self.cats = {}

    def register_cat(self, cat, kind, group):
        prev = self.cats.setdefault(cat, (kind, group))
        if prev != (kind, group):
            raise BuildError("category %s used as %s and %s" % (cat, prev, (kind, group)))
        if kind == "secret" and (group == "key") != cat.startswith("private-key"):
            raise BuildError("category %s does not match group %s" % (cat, group))

    def doc(self, path, free=False, crlf=False):
        if path in self.paths:
            raise BuildError("file written twice: " + path)
        self.paths.add(path)
        d = Doc(self, path, free, crlf)
        self.docs.append(d)
        return d

    # ------------------------------------------------------------ output
    def build(self, out_dir):
        labels, bodies = [], {}
        for d in self.docs:
            body = d.render()
            bodies[d.path] = body
            lines = body.replace("\r\n", "\n").split("\n")
            used = {}
            for it in d.items:
                if it.id_value is not None:
                    a, b = min(it.placed.values()), max(it.placed.values())
                    first = it.placed["a"]
                else:
                    first = it.placed["v"]
                    a, b = first, first + it.value.count("\n")
                lab = {"path": d.path, "line": first, "kind": it.kind, "category": it.cat}
                if b > a or a != first:
                    lab["span"] = [a, b]
                for n in range(a, b + 1):
                    if n in used:
                        raise BuildError("two labels on %s:%d (%s, %s)" % (d.path, n, used[n], it.cat))
                    used[n] = it.cat
                for n in (a, b, first):
                    if not lines[n - 1].strip():
                        raise BuildError("label on empty line %s:%d" % (d.path, n))
                it.label = lab
                labels.append((lab, it))
        self.check(bodies, labels)
        labels.sort(key=lambda li: (li[0]["path"], li[0]["line"]))
        for path, body in bodies.items():
            full = os.path.join(out_dir, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as fh:
                fh.write(body)
        vals = []
        for lab, it in labels:
            v = {"kind": it.kind}
            if it.id_value is not None:
                v["anchors"] = [[it.placed["i"], it.id_value, "id"], [it.placed["a"], it.value, "secret"]]
            else:
                v["value"] = it.value
            if it.extra:
                v["check"] = it.extra
            if it.kind == "secret":
                v["group"] = it.group
                v["free_text"] = it.free
            vals.append(v)
        return [l for l, _ in labels], vals, bodies

    def check(self, bodies, labels):
        secrets = {}
        negvals = [it.value for _, it in labels if it.kind == "negative"]
        for lab, it in labels:
            if it.kind == "secret":
                v = it.value
                for piece in ([v] if "\n" not in v else [s.strip() for s in v.split("\n") if len(s.strip()) >= 40]):
                    # a private key embeds its public half: lines shared with a labelled public key are not secret
                    if len(piece) >= 8 and not ("\n" in v and any(piece in n for n in negvals)):
                        secrets.setdefault(piece, it)
        owners = {}
        for lab, it in labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                owners[(lab["path"], n)] = lab["kind"]
        for lab, it in labels:
            if it.kind == "negative":
                for s in secrets:
                    if s in it.value:
                        raise BuildError("negative %s at %s:%d contains a secret value" % (it.cat, lab["path"], lab["line"]))
        for path, body in bodies.items():
            text = body.replace("\r\n", "\n")
            starts = [0]
            for i, ch in enumerate(text):
                if ch == "\n":
                    starts.append(i + 1)
            import bisect
            for s in secrets:
                i = text.find(s)
                while i >= 0:
                    ln = bisect.bisect_right(starts, i)
                    if owners.get((path, ln)) != "secret":
                        raise BuildError("secret value %r (%s) unlabelled at %s:%d" % (s[:30], secrets[s].cat, path, ln))
                    i = text.find(s, i + 1)


def write_outputs(out_dir, seed, labels, vals, generator="bench/sixteenth/generate.py"):
    files = sorted({l["path"] for l in labels})
    with open(out_dir.rstrip("/") + ".labels.json", "w") as fh:
        json.dump({"generator": generator, "seed": seed, "files": None, "labels": labels}, fh, indent=1)
    with open(out_dir.rstrip("/") + ".values.json", "w") as fh:
        json.dump({"seed": seed, "values": vals}, fh, indent=1)
    return files
