"""Corpus builder: values go into file templates as sentinels; rendering turns them into labels.

c.S(value, category, group) -> sentinel for a secret, c.N(value, category) -> sentinel for a negative,
c.pair(id, secret, category) -> two sentinels forming one label (its span covers both lines; line = secret).
A file is any text holding sentinels; build() resolves them, computes lines and spans and checks that no
two labels share a line.
"""
import re

SENT = re.compile("\ue000(\\d+)\ue001")
BAD_CHARS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ue000\ue001"


class BuildError(Exception):
    pass


class Corpus:
    def __init__(self, seed):
        self.seed = seed
        self.items = []
        self.files = {}
        self.meta = {}

    # ---------------------------------------------------------------- registration
    def _reg(self, **kw):
        self.items.append(kw)
        return "\ue000%d\ue001" % (len(self.items) - 1)

    def S(self, value, cat, group="generic", check=None, raw=None):
        if not value or not isinstance(value, str):
            raise BuildError("empty secret for %s" % cat)
        return self._reg(kind="secret", value=value, cat=cat, group=group, check=check, raw=raw)

    def N(self, value, cat):
        if not value or not isinstance(value, str):
            raise BuildError("empty negative for %s" % cat)
        return self._reg(kind="negative", value=value, cat=cat)

    def pair(self, idv, secv, cat, group="provider"):
        key = len(self.items)
        a = self._reg(kind="pair-id", value=idv, cat=cat, group=group, pair=key)
        b = self._reg(kind="secret", value=secv, cat=cat, group=group, pair=key)
        return a, b

    def add(self, path, text, free=False, crlf=False, theme=None):
        if path in self.files:
            raise BuildError("duplicate file " + path)
        if not text.endswith("\n"):
            text += "\n"
        self.files[path] = {"text": text, "free": free, "crlf": crlf, "theme": theme}

    # ---------------------------------------------------------------- rendering
    def build(self):
        placed = {}
        out_files = {}
        for path in sorted(self.files):
            f = self.files[path]
            text, parts, pos, line = f["text"], [], 0, 1
            for m in SENT.finditer(text):
                seg = text[pos:m.start()]
                parts.append(seg)
                line += seg.count("\n")
                idx = int(m.group(1))
                if idx in placed:
                    raise BuildError("value %d placed twice (%s)" % (idx, self.items[idx]["cat"]))
                val = self.items[idx]["value"]
                placed[idx] = (path, line, line + val.count("\n"))
                parts.append(val)
                line += val.count("\n")
                pos = m.end()
            parts.append(text[pos:])
            body = "".join(parts)
            for ch in BAD_CHARS:
                if ch in body:
                    raise BuildError("bad character %r in %s" % (ch, path))
            out_files[path] = body
        missing = [i for i in range(len(self.items)) if i not in placed]
        if missing:
            raise BuildError("values never placed: %s" % [self.items[i]["cat"] for i in missing[:5]])
        labels = []
        for idx, it in enumerate(self.items):
            if it["kind"] == "pair-id":
                continue
            path, a, b = placed[idx]
            lab = {"path": path, "line": a, "kind": "secret" if it["kind"] == "secret" else "negative",
                   "category": it["cat"]}
            val = {"kind": lab["kind"]}
            if "pair" in it:
                ipath, ia, ib = placed[it["pair"]]
                if ipath != path:
                    raise BuildError("pair split across files: " + it["cat"])
                lo, hi = min(a, ia), max(b, ib)
                if hi > lo:
                    lab["span"] = [lo, hi]
                val["anchors"] = [[ia, self.items[it["pair"]]["value"], "id"], [a, it["value"], "secret"]]
            else:
                if b > a:
                    lab["span"] = [a, b]
                val["value"] = it["value"]
            if lab["kind"] == "secret":
                val["group"] = it["group"]
                val["free_text"] = self.files[path]["free"]
                if it.get("check"):
                    val["check"] = it["check"]
                    val["raw"] = it["raw"]
            labels.append((lab, val))
        labels.sort(key=lambda lv: (lv[0]["path"], lv[0]["line"]))
        owner = {}
        for lab, _ in labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                k = (lab["path"], n)
                if k in owner:
                    raise BuildError("two labels on %s:%d (%s / %s)" % (lab["path"], n, owner[k], lab["category"]))
                owner[k] = lab["category"]
        return out_files, [l for l, _ in labels], [v for _, v in labels]

    def encoded(self, out_files):
        res = {}
        for path, body in out_files.items():
            if self.files[path]["crlf"]:
                body = body.replace("\n", "\r\n")
            res[path] = body.encode("utf-8")
        return res
