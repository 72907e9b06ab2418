"""Corpus builder: labelled items are wrapped in private-use sentinels inside the text of a file; rendering
strips them and records the line (and span) each item ended up on. One label per line is enforced."""
import re

S_START, S_SEP, S_END, P_START, P_END = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
_TOK = re.compile("([\ue000\ue002\ue003\ue004])(\\d+)\ue001")


class BuildError(Exception):
    pass


class Item:
    __slots__ = ("idx", "kind", "cat", "group", "check", "raw", "wrap", "pair", "used", "id_used")

    def __init__(self, idx, kind, cat, group=None, check=None, raw=None, wrap=None, pair=False):
        self.idx, self.kind, self.cat, self.group = idx, kind, cat, group
        self.check, self.raw, self.wrap, self.pair = check, raw, wrap, pair
        self.used = self.id_used = False


class Corpus:
    def __init__(self, seed):
        self.seed = seed
        self.items = []
        self.files = {}        # path -> (text with \n, crlf)
        self.labels = []       # dicts
        self.values = []       # parallel dicts
        self.used_values = set()

    # -------------------------------------------------------------- items
    def item(self, kind, cat, group=None, **kw):
        it = Item(len(self.items), kind, cat, group, **kw)
        self.items.append(it)
        return it

    @staticmethod
    def wrap(it, text):
        return "%s%d%s%s%s%d%s" % (S_START, it.idx, S_SEP, text, S_END, it.idx, S_SEP)

    @staticmethod
    def wrap_id(it, text):
        return "%s%d%s%s%s%d%s" % (P_START, it.idx, S_SEP, text, P_END, it.idx, S_SEP)

    # -------------------------------------------------------------- files
    def add_file(self, path, text, crlf=False, free=False):
        if path in self.files:
            raise BuildError("duplicate path " + path)
        if "\r" in text:
            raise BuildError("CR in text of " + path)
        if not text.endswith("\n"):
            text += "\n"
        out = []
        line = 1
        pos = 0
        open_ = {}   # (kind, idx) -> (line, clean offset)
        found = {}   # idx -> dict
        clean_len = 0
        for m in _TOK.finditer(text):
            seg = text[pos:m.start()]
            out.append(seg)
            line += seg.count("\n")
            clean_len += len(seg)
            pos = m.end()
            kind, idx = m.group(1), int(m.group(2))
            if kind in (S_START, P_START):
                key = (kind, idx)
                if key in open_:
                    raise BuildError("item %d opened twice in %s" % (idx, path))
                open_[key] = (line, clean_len)
            else:
                sk = S_START if kind == S_END else P_START
                if (sk, idx) not in open_:
                    raise BuildError("item %d closed before opened in %s" % (idx, path))
                l0, c0 = open_.pop((sk, idx))
                shown = "".join(out)[c0:clean_len]
                rec = found.setdefault(idx, {})
                part = "sec" if kind == S_END else "id"
                if part in rec:
                    raise BuildError("item %d rendered twice in %s" % (idx, path))
                rec[part] = (l0, line, shown)
        seg = text[pos:]
        out.append(seg)
        if open_:
            raise BuildError("unclosed items in %s" % path)
        clean = "".join(out)
        if "\ue000" in clean or "\ue001" in clean:
            raise BuildError("sentinel left in " + path)
        self.files[path] = (clean, crlf)
        nlines = clean.count("\n")
        extents = []
        for idx in sorted(found):
            it = self.items[idx]
            rec = found[idx]
            if it.used:
                raise BuildError("item %d (%s) used in two files" % (idx, it.cat))
            it.used = True
            if "sec" not in rec:
                raise BuildError("item %d has no value part in %s" % (idx, path))
            l0, l1, shown = rec["sec"]
            lab = {"path": path, "line": l0, "kind": it.kind, "category": it.cat}
            val = {"kind": it.kind}
            if it.pair:
                if "id" not in rec:
                    raise BuildError("pair %d without id part in %s" % (idx, path))
                i0, i1, ishown = rec["id"]
                if i0 != i1 or l0 != l1:
                    raise BuildError("pair parts must be single-line (%s)" % path)
                if i0 == l0:
                    raise BuildError("pair id and secret on one line in %s:%d" % (path, l0))
                lab["span"] = [min(i0, l0), max(i0, l0)]
                val["anchors"] = [[i0, ishown, "id"], [l0, shown, "secret"]]
            else:
                if "id" in rec:
                    raise BuildError("id part for a non-pair item in " + path)
                if l1 != l0:
                    lab["span"] = [l0, l1]
                val["value"] = shown
            if not shown.strip():
                raise BuildError("empty value for %s in %s:%d" % (it.cat, path, l0))
            if it.kind == "secret":
                val["group"] = it.group
                val["free_text"] = bool(free)
                if it.check:
                    val["check"] = {"format": it.check}
                    val["raw"] = it.raw
                    if it.wrap:
                        val["check"]["wrap"] = it.wrap
            a, b = lab.get("span", [l0, l0])
            if b > nlines:
                raise BuildError("label past end of file " + path)
            extents.append((a, b, it.cat))
            self.labels.append(lab)
            self.values.append(val)
        extents.sort()
        for (a0, b0, c0), (a1, b1, c1) in zip(extents, extents[1:]):
            if a1 <= b0:
                raise BuildError("two labels share line %d in %s (%s, %s)" % (a1, path, c0, c1))

    def finish(self):
        unused = [it for it in self.items if not it.used]
        if unused:
            raise BuildError("%d items never rendered, e.g. %s" % (len(unused), unused[0].cat))
        order = sorted(range(len(self.labels)), key=lambda i: (self.labels[i]["path"], self.labels[i]["line"]))
        self.labels = [self.labels[i] for i in order]
        self.values = [self.values[i] for i in order]

    def file_bytes(self, path):
        text, crlf = self.files[path]
        if crlf:
            text = text.replace("\n", "\r\n")
        return text.encode("utf-8")
