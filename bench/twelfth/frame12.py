"""Corpus builder for the twelfth corpus: values are placed in templates through private-use markers that
never reach the disk; rendering records the line (and span) of each value, checks it, and produces the
labels that bench/quality/score.py reads.

    d = corpus.doc("dir/file.ini", crlf=True, free=False)
    d.write(f"password={d.S(pw, 'scale-pc-password')}\\n")
    r = d.R("aws-access-key")          # a region: key-ID + secret over two lines
    d.write(f"{r.B}id = {r.A(kid, ident=True)}\\nsecret = {r.A(sec)}{r.E}\\n")
"""
import base64
import json
import os
import re

MV, MB, ME, MA, MZ = "\ue000", "\ue003", "\ue004", "\ue005", "\ue001"
_MARK = re.compile("([\ue000\ue003\ue004\ue005])(\\d+)\ue001")
_PUA = re.compile("[\ue000-\ue0ff]")
BAD_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
GROUPS = ("provider", "generic", "key")


class BuildError(Exception):
    pass


def auto_check(v):
    if re.match(r"^(gh[pousr]|npm)_[A-Za-z0-9]{36}$", v):
        return "crc"
    if "-----BEGIN" in v and "PRIVATE KEY" in v:
        return "pem"
    if v.startswith("pypi-"):
        return "pypi"
    if v.startswith("AGE-SECRET-KEY-1"):
        return "age"
    if v.startswith(("sntrys_", "glc_", "ops_")):
        return "b64json"
    if v.startswith("cmVmdGtu"):
        return "jfrog"
    if "T3BlbkFJ" in v:
        return "openai"
    if re.match(r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$", v):
        return "jwt"
    if v.startswith("sk.eyJ"):
        return "mapbox"
    if re.match(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", v):
        return "uuid4"
    return None


class Region:
    def __init__(self, doc, rid, cat, kind, group):
        self.doc, self.id, self.cat, self.kind, self.group = doc, rid, cat, kind, group
        self.anchors = []
        self.start = self.end = None
        self.B = "%s%d%s" % (MB, rid, MZ)
        self.E = "%s%d%s" % (ME, rid, MZ)
        self.used_b = self.used_e = False

    def A(self, text, check=None, ident=False):
        if not text or "\r" in text or _PUA.search(text):
            raise BuildError("%s: bad anchor text %r" % (self.doc.path, text))
        aid = self.doc.corpus._next()
        self.doc.anchors[aid] = {"region": self, "text": text, "check": check if check is not None else auto_check(text),
                                 "ident": ident, "line": None}
        self.anchors.append(aid)
        return "%s%d%s" % (MA, aid, MZ)


class Doc:
    def __init__(self, corpus, path, crlf=False, free=False):
        self.corpus, self.path, self.crlf, self.free = corpus, path, crlf, free
        self.items, self.regions, self.anchors = {}, {}, {}

    def _item(self, kind, group, value, cat, check, free):
        if not isinstance(value, str) or not value:
            raise BuildError("%s: empty value for %s" % (self.path, cat))
        if "\r" in value or _PUA.search(value) or value.startswith("\n") or value.endswith("\n"):
            raise BuildError("%s: bad value for %s: %r" % (self.path, cat, value[:40]))
        self.corpus._cat(cat, kind, group, self.path)
        iid = self.corpus._next()
        self.items[iid] = {"kind": kind, "group": group, "value": value, "cat": cat,
                           "check": (check if check is not None else auto_check(value)) if kind == "secret" else check,
                           "free": self.free if free is None else free, "line": None, "used": False}
        return "%s%d%s" % (MV, iid, MZ)

    def S(self, value, cat, check=None, free=None):
        return self._item("secret", "generic", value, cat, check, free)

    def P(self, value, cat, check=None, free=None):
        return self._item("secret", "provider", value, cat, check, free)

    def K(self, value, cat, check=None, free=None):
        if not cat.startswith("private-key"):
            raise BuildError("key category must start with private-key: " + cat)
        return self._item("secret", "key", value, cat, check, free)

    def N(self, value, cat, check=None):
        if check is None:
            check = "crc-bad" if auto_check(value) == "crc" else None
        return self._item("negative", None, value, cat, check, False)

    def R(self, cat, kind="secret", group="provider", free=None):
        if cat.startswith("private-key"):
            group = "key"
        if kind == "negative":
            group = None
        self.corpus._cat(cat, kind, group, self.path)
        rid = self.corpus._next()
        reg = Region(self, rid, cat, kind, group)
        reg.free = self.free if free is None else free
        self.regions[rid] = reg
        return reg

    # ---------------------------------------------------------------- render
    def write(self, text):
        if self.path in self.corpus.files:
            raise BuildError("file written twice: " + self.path)
        if "\r" in text:
            raise BuildError("CR in template: " + self.path)
        out, line, pos = [], 1, 0
        for m in _MARK.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            pos = m.end()
            t, i = m.group(1), int(m.group(2))
            if t == MV:
                it = self.items.get(i)
                if it is None or it["used"]:
                    raise BuildError("%s: foreign or reused marker" % self.path)
                it["used"], it["line"] = True, line
                out.append(it["value"])
                line += it["value"].count("\n")
                it["end"] = line
            elif t in (MB, ME):
                reg = self.regions.get(i)
                if reg is None:
                    raise BuildError("%s: foreign region marker" % self.path)
                if t == MB:
                    if reg.used_b:
                        raise BuildError("%s: region begin reused" % self.path)
                    reg.used_b, reg.start = True, line
                else:
                    if reg.used_e or not reg.used_b:
                        raise BuildError("%s: region end misplaced" % self.path)
                    if "".join(out).endswith("\n"):
                        raise BuildError("%s: region end placed after a newline (%s)" % (self.path, reg.cat))
                    reg.used_e, reg.end = True, line
            else:
                a = self.anchors.get(i)
                if a is None or a["line"] is not None:
                    raise BuildError("%s: foreign or reused anchor" % self.path)
                a["line"] = line
                out.append(a["text"])
                line += a["text"].count("\n")
                a["end"] = line
        out.append(text[pos:])
        body = "".join(out)
        if _PUA.search(body):
            raise BuildError("%s: leftover marker" % self.path)
        for c in BAD_BREAKS:
            if c in body:
                raise BuildError("%s: odd line break %r" % (self.path, c))
        for it in self.items.values():
            if not it["used"]:
                raise BuildError("%s: unplaced value %s" % (self.path, it["cat"]))
        for reg in self.regions.values():
            if not (reg.used_b and reg.used_e):
                raise BuildError("%s: unclosed region %s" % (self.path, reg.cat))
            if all(self.anchors[a]["ident"] for a in reg.anchors) and reg.kind == "secret":
                raise BuildError("%s: region with only identifier anchors" % self.path)
            for a in reg.anchors:
                an = self.anchors[a]
                if an["line"] is None or an["line"] < reg.start or an["end"] > reg.end:
                    raise BuildError("%s: anchor outside its region %s" % (self.path, reg.cat))
        data = body.replace("\n", "\r\n") if self.crlf else body
        self.corpus._add(self, data.encode("utf-8"))


class Corpus:
    def __init__(self):
        self.files = {}
        self.entries = []                        # (label, value-record)
        self.cats = {}
        self._n = 0

    def _next(self):
        self._n += 1
        return self._n

    def _cat(self, cat, kind, group, path):
        prev = self.cats.setdefault(cat, (kind, group))
        if prev != (kind, group):
            raise BuildError("%s: category %s used as %s and %s" % (path, cat, prev, (kind, group)))

    def doc(self, path, crlf=False, free=False):
        return Doc(self, path, crlf, free)

    def _add(self, doc, data):
        self.files[doc.path] = data
        lines = data.decode("utf-8").split("\n")
        lines = [l[:-1] if l.endswith("\r") else l for l in lines]

        def on(text, first):
            for k, part in enumerate(text.split("\n")):
                n = first + k
                if n > len(lines) or part not in lines[n - 1]:
                    raise BuildError("%s:%d value not found after write-back: %r" % (doc.path, n, part[:50]))

        for it in doc.items.values():
            on(it["value"], it["line"])
            lab = {"path": doc.path, "line": it["line"], "kind": it["kind"], "category": it["cat"]}
            if it["end"] > it["line"]:
                lab["span"] = [it["line"], it["end"]]
            rec = {"value": it["value"], "check": it["check"]}
            if it["kind"] == "secret":
                rec.update(group=it["group"], free_text=it["free"])
            self.entries.append((lab, rec))
        for reg in doc.regions.values():
            anchors = []
            for a in reg.anchors:
                an = doc.anchors[a]
                on(an["text"], an["line"])
                anchors.append([an["line"], an["text"], an["check"], an["ident"]])
            lab = {"path": doc.path, "line": reg.start, "kind": reg.kind, "category": reg.cat}
            if reg.end > reg.start:
                lab["span"] = [reg.start, reg.end]
            rec = {"anchors": anchors}
            if reg.kind == "secret":
                rec.update(group=reg.group, free_text=reg.free)
            self.entries.append((lab, rec))
        # one label per line
        seen = {}
        for lab, _ in self.entries:
            if lab["path"] != doc.path:
                continue
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                if n in seen:
                    raise BuildError("%s:%d two labels on one line (%s, %s)" % (doc.path, n, seen[n], lab["category"]))
                seen[n] = lab["category"]

    # ---------------------------------------------------------------- final checks and output
    def leak_check(self):
        owner = {}
        for lab, _ in self.entries:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                owner[(lab["path"], n)] = lab
        texts = set()
        for lab, rec in self.entries:
            if lab["kind"] != "secret":
                continue
            vals = [rec["value"]] if "value" in rec else [a[1] for a in rec["anchors"] if not a[3]]
            for v in vals:
                if "\n" in v:
                    texts.update(l.strip() for l in v.split("\n") if len(l.strip()) >= 40)
                elif len(v) >= 8:
                    texts.add(v)
        problems = []
        for path, data in self.files.items():
            text = data.decode("utf-8")
            starts = [0] + [m.end() for m in re.finditer("\n", text)]
            import bisect
            for v in texts:
                i = text.find(v)
                while i >= 0:
                    n = bisect.bisect_right(starts, i)
                    o = owner.get((path, n))
                    if not o or o["kind"] != "secret":
                        o_cat = o["category"] if o else None
                        if not (o and o_cat in ("certificate", "public-jwks", "public-key", "certificate-b64", "ssh-public-key", "public-key-b64")):
                            problems.append("%s:%d secret value outside a secret label: %r" % (path, n, v[:40]))
                    i = text.find(v, i + 1)
        if problems:
            raise BuildError("\n".join(problems[:20]))

    def write(self, out):
        for path, data in sorted(self.files.items()):
            full = os.path.join(out, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as fh:
                fh.write(data)
        ents = sorted(self.entries, key=lambda e: (e[0]["path"], e[0]["line"]))
        with open(out.rstrip("/") + ".labels.json", "w") as fh:
            json.dump([e[0] for e in ents], fh, indent=1)
            fh.write("\n")
        with open(out.rstrip("/") + ".values.json", "w") as fh:
            json.dump([e[1] for e in ents], fh, indent=1)
            fh.write("\n")
        return ents
