"""Corpus builder: every labelled value is placed through a marker that records its label.

Markers are private-use characters that never reach the disk:
  \\ue000 N \\ue005  a value (secret or negative)           d.S / d.P / d.K / d.N
  \\ue002 N \\ue005  a region begins (one label over lines)  r = d.R(...); r.B
  \\ue004 N \\ue005  an anchor inside a region               r.A(text[, check, ident])
  \\ue003 N \\ue005  the region ends                         r.E
"""
import os
import re

MV, MRB, MRE, MA, MX = "\ue000", "\ue002", "\ue003", "\ue004", "\ue005"
MARK_RE = re.compile("([\ue000\ue002\ue003\ue004])(\\d+)\ue005")
MARK_CHARS = set("\ue000\ue001\ue002\ue003\ue004\ue005")
GROUPS = ("provider", "generic", "key")
PUBLIC_MATERIAL = {"ssh-public-key", "certificate", "certificate-b64", "public-key", "public-key-b64", "public-jwks"}


class BuildError(Exception):
    pass


class Corpus:
    def __init__(self):
        self.docs = {}
        self.items = []
        self.cat_info = {}
        self.out = {}          # path -> (bytes, labels, values)

    def doc(self, path, crlf=False, free=False):
        if path in self.docs:
            raise BuildError("file written twice: " + path)
        if path.startswith("/") or ".." in path.split("/"):
            raise BuildError("bad path " + path)
        d = Doc(self, path, crlf, free)
        self.docs[path] = d
        return d

    def _register(self, item):
        cat = item["cat"]
        info = (item["kind"], item.get("group"))
        old = self.cat_info.setdefault(cat, info)
        if old != info:
            raise BuildError("category %r used as %r and %r" % (cat, old, info))
        self.items.append(item)
        return len(self.items) - 1

    # ------------------------------------------------------------ rendering
    def render_all(self):
        for path in sorted(self.docs):
            self.out[path] = self._render(self.docs[path])
        for i, it in enumerate(self.items):
            if it["placed"] != (2 if it.get("is_region") else 1):
                raise BuildError("marker %d (%s in %s) placed %d times" % (i, it["cat"], it["doc"], it["placed"]))

    def _render(self, d):
        text = "".join(d.buf)
        if "\r" in text:
            raise BuildError("CR in template of " + d.path)
        out, labels, values = [], [], []
        line, pos = 1, 0
        region = None
        for m in MARK_RE.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            pos = m.end()
            typ, idx = m.group(1), int(m.group(2))
            it = self.items[idx]
            if it["doc"] != d.path:
                raise BuildError("foreign marker %d in %s (belongs to %s)" % (idx, d.path, it["doc"]))
            it["placed"] += 1
            if typ == MV:
                if region is not None:
                    raise BuildError("value marker inside a region in " + d.path)
                v = it["value"]
                nl = v.count("\n")
                lab = {"path": d.path, "line": line, "kind": it["kind"], "category": it["cat"]}
                if nl:
                    lab["span"] = [line, line + nl]
                rec = {"value": v, "check": it["check"]}
                if it["kind"] == "secret":
                    rec.update(group=it["group"], free_text=it["free"])
                labels.append(lab)
                values.append(rec)
                out.append(v)
                line += nl
            elif typ == MRB:
                if region is not None:
                    raise BuildError("nested region in " + d.path)
                region = it
                it["start"] = line
                it["anch"] = []
            elif typ == MA:
                reg = self.items[it["region"]]
                if region is not reg:
                    raise BuildError("anchor outside its region in " + d.path)
                reg["anch"].append([line, it["value"], it["check"], it["ident"]])
                out.append(it["value"])
                line += it["value"].count("\n")
            elif typ == MRE:
                if region is not it:
                    raise BuildError("region end without begin in " + d.path)
                if chunk.endswith("\n") or (not chunk and out and "".join(out[-2:]).endswith("\n")):
                    raise BuildError("region end placed after a newline in " + d.path)
                anch = it["anch"]
                if not anch:
                    raise BuildError("empty region in " + d.path)
                if it["kind"] == "secret" and all(a[3] for a in anch):
                    raise BuildError("secret region with only identifier anchors in " + d.path)
                main = [a for a in anch if not a[3]][0]
                lab = {"path": d.path, "line": main[0], "kind": it["kind"], "category": it["cat"],
                       "span": [it["start"], line]}
                rec = {"anchors": anch}
                if it["kind"] == "secret":
                    rec.update(group=it["group"], free_text=it["free"])
                labels.append(lab)
                values.append(rec)
                region = None
        if region is not None:
            raise BuildError("unclosed region in " + d.path)
        out.append(text[pos:])
        body = "".join(out)
        if any(c in MARK_CHARS for c in body):
            raise BuildError("leftover marker in " + d.path)
        for bad in ("\u2028", "\u2029", "\x0b", "\x0c", "\x85"):
            if bad in body:
                raise BuildError("odd line break in " + d.path)
        # one label per line
        seen = {}
        for lab in labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                if n in seen:
                    raise BuildError("two labels on %s:%d" % (d.path, n))
                seen[n] = lab
        if d.crlf:
            body = body.replace("\n", "\r\n")
        return body.encode("utf-8"), labels, values

    # ------------------------------------------------------------ writing and checks
    def write(self, root):
        for path, (data, _, _) in sorted(self.out.items()):
            full = os.path.join(root, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as fh:
                fh.write(data)
        self.read_back(root)
        self.leak_check(root)

    def read_back(self, root):
        for path, (_, labels, values) in self.out.items():
            with open(os.path.join(root, path), "rb") as fh:
                lines = fh.read().decode("utf-8").replace("\r\n", "\n").split("\n")
            for lab, rec in zip(labels, values):
                pairs = [(lab["line"], rec["value"])] if "value" in rec else [(a[0], a[1]) for a in rec["anchors"]]
                for ln, v in pairs:
                    for k, part in enumerate(v.split("\n")):
                        if part not in lines[ln - 1 + k]:
                            raise BuildError("value not found on %s:%d: %r" % (path, ln + k, part[:40]))

    def secret_strings(self, fragments=True):
        vals = set()
        for _, (_, labels, values) in self.out.items():
            for lab, rec in zip(labels, values):
                if lab["kind"] != "secret":
                    continue
                texts = [rec["value"]] if "value" in rec else [a[1] for a in rec["anchors"] if not a[3]]
                for t in texts:
                    if "\n" in t:
                        if fragments:
                            vals.update(p.strip() for p in t.split("\n") if len(p.strip()) >= 40)
                    elif len(t) >= 8:
                        vals.add(t)
        return vals

    def leak_check(self, root):
        """No secret value on a line outside a secret label. Lines of public key material (which embeds parts
        of the private key's encoding) are checked against single-line values only."""
        rx_all = re.compile("|".join(re.escape(v) for v in sorted(self.secret_strings(), key=len, reverse=True)))
        rx_single = re.compile("|".join(re.escape(v) for v in sorted(self.secret_strings(False), key=len,
                                                                     reverse=True)))
        for path, (data, labels, _) in self.out.items():
            covered, public = set(), set()
            for lab in labels:
                a, b = lab.get("span", [lab["line"], lab["line"]])
                if lab["kind"] == "secret":
                    covered.update(range(a, b + 1))
                elif lab["category"] in PUBLIC_MATERIAL:
                    public.update(range(a, b + 1))
            for n, ln in enumerate(data.decode("utf-8").replace("\r\n", "\n").split("\n"), 1):
                if n in covered:
                    continue
                m = (rx_single if n in public else rx_all).search(ln)
                if m:
                    raise BuildError("secret value %r on unlabelled/negative line %s:%d" % (m.group(0)[:30], path, n))

    def labels_and_values(self):
        pairs = []
        for path in sorted(self.out):
            _, labels, values = self.out[path]
            pairs.extend(zip(labels, values))
        pairs.sort(key=lambda lv: (lv[0]["path"], lv[0]["line"]))
        return [p[0] for p in pairs], [p[1] for p in pairs]


class Region:
    def __init__(self, doc, idx):
        self.doc, self.idx = doc, idx
        self.B = MRB + str(idx) + MX
        self.E = MRE + str(idx) + MX

    def A(self, text, check=None, ident=False):
        self.doc._check_value(text)
        it = {"doc": self.doc.path, "kind": "anchor", "cat": None, "value": text, "check": check, "ident": ident,
              "region": self.idx, "placed": 0}
        self.doc.corpus.items.append(it)
        return MA + str(len(self.doc.corpus.items) - 1) + MX


class Doc:
    def __init__(self, corpus, path, crlf, free):
        self.corpus, self.path, self.crlf, self.free = corpus, path, crlf, free
        self.buf = []

    def w(self, *lines):
        for ln in lines:
            self.buf.append(ln + "\n")

    def raw(self, text):
        self.buf.append(text)

    def _check_value(self, v):
        if not isinstance(v, str) or not v or not v.strip():
            raise BuildError("empty value in " + self.path)
        if "\r" in v or any(c in MARK_CHARS for c in v):
            raise BuildError("CR or marker in value in " + self.path)
        if v.startswith("\n") or v.endswith("\n"):
            raise BuildError("edge newline in value in " + self.path)

    def _reg(self, kind, value, cat, group, check, free):
        self._check_value(value)
        if group is not None and group not in GROUPS:
            raise BuildError("bad group " + group)
        it = {"doc": self.path, "kind": kind, "cat": cat, "group": group, "value": value, "check": check,
              "free": self.free if free is None else free, "placed": 0}
        return MV + str(self.corpus._register(it)) + MX

    def S(self, value, cat, check=None, free=None):
        return self._reg("secret", value, cat, "generic", check, free)

    def P(self, value, cat, check=None, free=None):
        return self._reg("secret", value, cat, "provider", check, free)

    def K(self, value, cat, check="key", free=None):
        return self._reg("secret", value, cat, "key", check, free)

    def N(self, value, cat, check=None):
        return self._reg("negative", value, cat, None, check, False)

    def R(self, cat, kind="secret", group="provider", free=None):
        it = {"doc": self.path, "kind": kind, "cat": cat, "group": group if kind == "secret" else None,
              "value": None, "check": None, "free": self.free if free is None else free, "placed": 0,
              "is_region": True}
        return Region(self, self.corpus._register(it))
