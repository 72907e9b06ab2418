"""Corpus builder: value markers, rendering, label bookkeeping and consistency checks.

A theme writes file text containing markers returned by S (generic secret), P (provider secret), K (private
key), N (negative) or a pair's I (identifier anchor) / A (secret anchor). write() replaces the markers,
records one label per value at the line where it starts (with a span for multi-line values and pairs) and
checks the file. finish() checks the whole corpus (every marker placed once, no secret value outside a
secret label, category/kind consistency) and returns files, labels and values.
"""

import re

MARK = re.compile("\x00(\\d+)\x01")
GROUPS = ("provider", "generic", "key")


class BuildError(Exception):
    pass


class Pair:
    def __init__(self, corpus, cat, group):
        self.c, self.cat, self.group = corpus, cat, group
        self.pid = len(corpus.pairs)
        corpus.pairs.append(self)

    def I(self, value):                                            # noqa: E743  identifier anchor
        return self.c._mark(value, "secret", self.group, self.cat, pair=self.pid, role="id")

    def A(self, value):                                            # secret anchor
        return self.c._mark(value, "secret", self.group, self.cat, pair=self.pid, role="secret")


class Corpus:
    def __init__(self):
        self.items = []        # registered values
        self.pairs = []
        self.files = {}        # path -> text (LF or CRLF)
        self.free = {}         # path -> bool
        self.labels = []       # dicts: path, line, kind, category[, span] + private fields
        self.cat_sig = {}

    # ---- markers
    def _mark(self, value, kind, group, cat, pair=None, role=None):
        if not isinstance(value, str) or not value:
            raise BuildError("empty value for %s" % cat)
        if "\r" in value or "\x00" in value or "\x01" in value or value != value.strip("\n"):
            raise BuildError("bad characters in value for %s: %r" % (cat, value[:40]))
        sig = (kind, group)
        if self.cat_sig.setdefault(cat, sig) != sig:
            raise BuildError("category %s used as %s and %s" % (cat, self.cat_sig[cat], sig))
        if (group == "key") != cat.startswith("private-key"):
            raise BuildError("key group and private-key category disagree: %s" % cat)
        self.items.append({"value": value, "kind": kind, "group": group, "cat": cat, "pair": pair, "role": role,
                           "path": None})
        return "\x00%d\x01" % (len(self.items) - 1)

    def S(self, value, cat):
        return self._mark(value, "secret", "generic", cat)

    def P(self, value, cat):
        return self._mark(value, "secret", "provider", cat)

    def K(self, value, cat):
        return self._mark(value, "secret", "key", cat)

    def N(self, value, cat):
        return self._mark(value, "negative", None, cat)

    def R(self, cat, group="provider"):
        return Pair(self, cat, group)

    # ---- files
    def write(self, path, text, free=False, crlf=False):
        if path in self.files:
            raise BuildError("file written twice: " + path)
        if "\r" in text or "\u2028" in text or "\u2029" in text or "\x0b" in text or "\x0c" in text:
            raise BuildError("odd line break in " + path)
        out, pos, line, placed = [], 0, 1, []
        for m in MARK.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            idx = int(m.group(1))
            it = self.items[idx]
            if it["path"] is not None:
                raise BuildError("marker placed twice: %s" % it["cat"])
            it["path"] = path
            v = it["value"]
            it["line"], it["end"] = line, line + v.count("\n")
            out.append(v)
            line += v.count("\n")
            placed.append(idx)
            pos = m.end()
        out.append(text[pos:])
        body = "".join(out)
        if not body.endswith("\n"):
            body += "\n"
        lines = body.split("\n")
        # labels of this file
        new, pair_parts = [], {}
        for idx in placed:
            it = self.items[idx]
            if it["pair"] is not None:
                pair_parts.setdefault(it["pair"], []).append(it)
                continue
            new.append(self._label(path, it["line"], it["end"], it, [it]))
        for pid, parts in pair_parts.items():
            roles = sorted(p["role"] for p in parts)
            if "secret" not in roles or "id" not in roles:
                raise BuildError("pair %s split or incomplete in %s" % (parts[0]["cat"], path))
            sec = [p for p in parts if p["role"] == "secret"][0]
            a, b = min(p["line"] for p in parts), max(p["end"] for p in parts)
            new.append(self._label(path, sec["line"], b, sec, parts, first=a))
        owned = {}
        for lb in new:
            a, b = lb.get("span", [lb["line"]] * 2)
            for n in range(a, b + 1):
                if n in owned:
                    raise BuildError("two labels on %s:%d" % (path, n))
                owned[n] = lb
            for it in lb["_items"]:
                self._check_placed(lines, it, path)
        self.labels.extend(new)
        self.files[path] = body.replace("\n", "\r\n") if crlf else body
        self.free[path] = free

    def _label(self, path, line, end, it, items, first=None):
        first = line if first is None else first
        lb = {"path": path, "line": line, "kind": it["kind"], "category": it["cat"], "_items": items,
              "_group": it["group"]}
        if end > first or first < line:
            lb["span"] = [first, end]
        return lb

    @staticmethod
    def _check_placed(lines, it, path):
        vl = it["value"].split("\n")
        for k, part in enumerate(vl):
            if part not in lines[it["line"] - 1 + k]:
                raise BuildError("value not on its line: %s:%d %s" % (path, it["line"] + k, it["cat"]))
        if not lines[it["line"] - 1].strip():
            raise BuildError("label on an empty line: %s:%d" % (path, it["line"]))

    # ---- whole corpus
    def finish(self):
        for it in self.items:
            if it["path"] is None:
                raise BuildError("marker never placed: %s %r" % (it["cat"], it["value"][:30]))
        self.labels.sort(key=lambda lb: (lb["path"], lb["line"]))
        self._leak_check()
        return self.files, self.labels

    def extents(self):
        ext = {}
        for lb in self.labels:
            a, b = lb.get("span", [lb["line"]] * 2)
            for n in range(a, b + 1):
                ext[(lb["path"], n)] = lb
        return ext

    def _leak_check(self):
        ext = self.extents()
        flat, starts = [], []
        off = 0
        order = sorted(self.files)
        for p in order:
            t = self.files[p].replace("\r\n", "\n")
            starts.append((off, p, t))
            flat.append(t)
            off += len(t) + 1
        big = "\x02".join(flat)
        import bisect
        offs = [s[0] for s in starts]

        def where(o):
            i = bisect.bisect_right(offs, o) - 1
            s, p, t = starts[i]
            return p, t.count("\n", 0, o - s) + 1

        secrets = [it for it in self.items if it["kind"] == "secret"]
        negs = [it for it in self.items if it["kind"] == "negative"]
        for it in secrets:
            parts = it["value"].split("\n")
            multi = len(parts) > 1
            for part in parts:
                part = part.strip()
                if len(part) < (40 if multi else 8):
                    continue
                o = big.find(part)
                while o != -1:
                    p, n = where(o)
                    lb = ext.get((p, n))
                    if lb is None or (lb["kind"] != "secret" and not multi):
                        raise BuildError("secret value of %s leaks to %s:%d" % (it["cat"], p, n))
                    if lb["kind"] != "secret" and multi and not lb["category"].startswith("public"):
                        raise BuildError("key line of %s on negative %s:%d" % (it["cat"], p, n))
                    o = big.find(part, o + 1)
                for ng in negs:
                    if not multi and part in ng["value"]:
                        raise BuildError("negative %s contains secret of %s" % (ng["cat"], it["cat"]))

    def outputs(self):
        labels, values = [], []
        for lb in self.labels:
            out = {"path": lb["path"], "line": lb["line"], "kind": lb["kind"], "category": lb["category"]}
            if "span" in lb:
                out["span"] = lb["span"]
            labels.append(out)
            items = lb["_items"]
            if len(items) == 1:
                v = {"value": items[0]["value"]}
            else:
                v = {"anchors": [[it["line"], it["value"], it["role"]] for it in
                                 sorted(items, key=lambda x: x["line"])]}
            if lb["kind"] == "secret":
                v["group"] = lb["_group"]
                v["free_text"] = self.free[lb["path"]]
            values.append(v)
        return labels, values
