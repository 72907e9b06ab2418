"""Corpus builder: every labelled value is placed through a marker that records its label.

d = corpus.doc("theme/path.ini", crlf=False, free=False)
d.w("password = " + d.S(value, "ini-password"))     # generic secret
d.P(value, cat)   provider secret      d.K(value, cat)   private key (multi-line allowed)
d.N(value, cat)   hard negative
r = d.R(cat, group); r.A(secret_text); r.I(identifier_text)   one label over a pair / region
Rendering replaces markers, computes lines and spans, and checks: one label per line, every marker placed once,
no CR/marker in values, no edge newlines, and (corpus-wide) no secret value on a line outside a secret label.
"""

import os
import re

MARK = re.compile("\x01(\\d+)\x02")
GROUPS = ("provider", "generic", "key")


class BuildError(Exception):
    pass


class Region:
    def __init__(self, doc, cat, group):
        self.doc, self.cat, self.group = doc, cat, group
        self.anchors = []          # item indices

    def A(self, text, check=None):
        return self.doc._item(text, "secret", self.cat, self.group, check, region=self, ident=False)

    def I(self, text, check=None):
        return self.doc._item(text, "secret", self.cat, self.group, check, region=self, ident=True)


class Doc:
    def __init__(self, corpus, path, crlf, free):
        self.corpus, self.path, self.crlf, self.free = corpus, path, crlf, free
        self.parts = []
        self.items = []
        self.regions = []

    # ---- text
    def w(self, *lines):
        for ln in lines:
            self.parts.append(ln + "\n")
        return self

    def raw(self, text):
        self.parts.append(text)
        return self

    # ---- markers
    def _item(self, value, kind, cat, group, check, region=None, ident=False):
        if not isinstance(value, str) or not value:
            raise BuildError("%s: empty value for %s" % (self.path, cat))
        if "\r" in value or "\x01" in value or "\x02" in value:
            raise BuildError("%s: bad character in value for %s" % (self.path, cat))
        if value[0] == "\n" or value[-1] == "\n":
            raise BuildError("%s: edge newline in value for %s" % (self.path, cat))
        self.corpus.register(cat, kind, group)
        idx = len(self.items)
        self.items.append({"value": value, "kind": kind, "cat": cat, "group": group, "check": check,
                           "region": region, "ident": ident, "placed": 0})
        if region is not None:
            region.anchors.append(idx)
        return "\x01%d\x02" % idx

    def S(self, value, cat, check=None):
        return self._item(value, "secret", cat, "generic", check)

    def P(self, value, cat, check=None):
        return self._item(value, "secret", cat, "provider", check)

    def K(self, value, cat, check=None):
        return self._item(value, "secret", cat, "key", check)

    def N(self, value, cat, check=None):
        return self._item(value, "negative", cat, None, check)

    def R(self, cat, group="provider"):
        r = Region(self, cat, group)
        self.regions.append(r)
        return r

    # ---- rendering
    def render(self):
        text = "".join(self.parts)
        out, pos, line = [], 0, 1
        for m in MARK.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            idx = int(m.group(1))
            if idx >= len(self.items):
                raise BuildError("%s: foreign marker" % self.path)
            it = self.items[idx]
            it["placed"] += 1
            it["line"] = line
            it["end"] = line + it["value"].count("\n")
            out.append(it["value"])
            line = it["end"]
            pos = m.end()
        out.append(text[pos:])
        body = "".join(out)
        for it in self.items:
            if it["placed"] != 1:
                raise BuildError("%s: marker for %s placed %d times" % (self.path, it["cat"], it["placed"]))
        if "\x01" in body or "\x02" in body:
            raise BuildError("%s: stray marker" % self.path)
        if "\r" in body or "\x0b" in body or "\x0c" in body or "\u2028" in body or "\x85" in body:
            raise BuildError("%s: odd line break" % self.path)
        labels, values = [], []
        for it in self.items:
            if it["region"] is not None:
                continue
            lab = {"path": self.path, "line": it["line"], "kind": it["kind"], "category": it["cat"]}
            if it["end"] > it["line"]:
                lab["span"] = [it["line"], it["end"]]
            val = {"value": it["value"], "check": it["check"]}
            if it["kind"] == "secret":
                val["group"] = it["group"]
                val["free_text"] = self.free
            labels.append(lab)
            values.append(val)
        for r in self.regions:
            its = [self.items[i] for i in r.anchors]
            secrets = [it for it in its if not it["ident"]]
            if not secrets:
                raise BuildError("%s: region %s without a secret anchor" % (self.path, r.cat))
            first = min(it["line"] for it in its)
            last = max(it["end"] for it in its)
            lab = {"path": self.path, "line": secrets[0]["line"], "kind": "secret", "category": r.cat}
            if last > first:
                lab["span"] = [first, last]
            labels.append(lab)
            values.append({"anchors": [[it["line"], it["value"], it["check"], it["ident"]] for it in its],
                           "group": r.group, "free_text": self.free})
        # one label per line
        owner = {}
        for lab in labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                if n in owner:
                    raise BuildError("%s:%d: two labels on one line (%s, %s)" % (
                        self.path, n, owner[n], lab["category"]))
                owner[n] = lab["category"]
        if self.crlf:
            body = body.replace("\n", "\r\n")
        return body, labels, values


class Corpus:
    def __init__(self):
        self.docs = {}
        self.cats = {}

    def doc(self, path, crlf=False, free=False):
        if path in self.docs:
            raise BuildError("file written twice: " + path)
        d = Doc(self, path, crlf, free)
        self.docs[path] = d
        return d

    def register(self, cat, kind, group):
        prev = self.cats.setdefault(cat, (kind, group))
        if prev != (kind, group):
            raise BuildError("category %s used as %s and %s" % (cat, prev, (kind, group)))
        if kind == "secret" and (group == "key") != cat.startswith("private-key"):
            raise BuildError("category %s: key group must match private-key prefix" % cat)

    def write(self, out_dir):
        files = {}
        all_labels, all_values = [], []
        for path in sorted(self.docs):
            body, labels, values = self.docs[path].render()
            files[path] = body
            all_labels += labels
            all_values += values
        order = sorted(range(len(all_labels)), key=lambda i: (all_labels[i]["path"], all_labels[i]["line"]))
        all_labels = [all_labels[i] for i in order]
        all_values = [all_values[i] for i in order]
        leak_check(files, all_labels, all_values)
        for path, body in files.items():
            full = os.path.join(out_dir, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as fh:
                fh.write(body)
        return files, all_labels, all_values


def secret_needles(val):
    """(single-line needles, multi-line needles) of a secret value that must not appear outside a secret label.
    Lines of multi-line values (40+ characters) are not looked for on negative lines: public keys and
    certificates embed parts of their private key's encoding."""
    if "value" in val:
        texts = [val["value"]]
    else:
        texts = [a[1] for a in val["anchors"] if not a[3]]
    single, multi = set(), set()
    for t in texts:
        if "\n" in t:
            multi.update(x.strip() for x in t.split("\n") if len(x.strip()) >= 40)
        elif len(t) >= 8:
            single.add(t)
    return single, multi


def leak_check(files, labels, values):
    """No secret value on a line outside a secret label; every value on its line(s)."""
    owner = {}
    for lab, val in zip(labels, values):
        a, b = lab.get("span", [lab["line"], lab["line"]])
        lines = files[lab["path"]].replace("\r\n", "\n").split("\n")
        if "value" in val:
            chk = [(lab["line"], val["value"])]
        else:
            chk = [(x[0], x[1]) for x in val["anchors"]]
        for start, text in chk:
            for i, part in enumerate(text.split("\n")):
                if part not in lines[start - 1 + i]:
                    raise BuildError("%s:%d: value not found on its line" % (lab["path"], start + i))
        for n in range(a, b + 1):
            owner[(lab["path"], n)] = lab["kind"]
    single, multi = set(), set()
    for lab, val in zip(labels, values):
        if lab["kind"] == "secret":
            s, m = secret_needles(val)
            single |= s
            multi |= m
    for needles, allowed in ((single, (None, "negative")), (multi, (None,))):
        chunks, where = [], []
        for path, body in files.items():
            for n, ln in enumerate(body.replace("\r\n", "\n").split("\n"), 1):
                if owner.get((path, n)) in allowed:
                    chunks.append(ln)
                    where.append((path, n))
        big = "\n".join(chunks)
        for nd in sorted(needles):
            if nd in big:
                k = big.index(nd)
                line_idx = big.count("\n", 0, k)
                raise BuildError("secret value %r leaks onto a non-secret line %s:%d" % ((nd[:40],) + where[line_idx]))
