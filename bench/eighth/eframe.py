"""Corpus builder: value markers, rendering, label bookkeeping and checks.

A document's text is written with markers (private-use code points) where labelled values go:
  d.S(value, cat[, check])  secret      d.N(value, cat[, check])  hard negative
  r = d.R(kind, cat); r.b ... r.A(text) ... r.e   a region over several lines (pairs, blocks)
On close() the markers are replaced, labels computed (line = where the value starts; a multi-line
value or a region gets a span), and every value is checked to be on its labelled line(s)."""

import json
import os
import re

M0, M1 = "\ue000", "\ue001"
MARK = re.compile(M0 + r"([SNBE])(\d+)" + M1)

KEY_PREFIX = "private-key"


class BuildError(Exception):
    pass


class Region:
    def __init__(self, doc, idx, kind, cat):
        self.doc, self.idx, self.kind, self.cat = doc, idx, kind, cat
        self.anchors = []
        self.b = "%sB%d%s" % (M0, idx, M1)
        self.e = "%sE%d%s" % (M0, idx, M1)

    def A(self, text, check=None, ident=False):
        if not text or "\n" in text:
            raise BuildError("bad anchor %r" % text)
        self.anchors.append([text, check, ident])
        return text


class Doc:
    def __init__(self, corpus, path, prose=False, crlf=False, theme=None):
        self.corpus, self.path, self.prose, self.crlf, self.theme = corpus, path, prose, crlf, theme
        self.orig_path = path
        self.items = {}
        self.closed = False

    def _mk(self, kind, value, cat, check):
        if not value:
            raise BuildError("%s: empty value for %s" % (self.path, cat))
        if M0 in value or "\r" in value:
            raise BuildError("%s: bad value" % self.path)
        self.corpus.register(cat, "secret" if kind == "S" else "negative")
        i = self.corpus.next_id()
        self.items[i] = (kind, value, cat, check)
        return "%s%s%d%s" % (M0, kind, i, M1)

    def S(self, value, cat, check=None):
        return self._mk("S", value, cat, check)

    def N(self, value, cat, check=None):
        return self._mk("N", value, cat, check)

    def R(self, kind, cat):
        self.corpus.register(cat, kind)
        i = self.corpus.next_id()
        r = Region(self, i, kind, cat)
        self.items[i] = ("R", r, cat, None)
        return r

    def close(self, text):
        if self.closed:
            raise BuildError("closed twice " + self.path)
        self.closed = True
        if "\r" in text:
            raise BuildError("%s: CR in template" % self.path)
        out, pos, line = [], 0, 1
        labels = []
        open_regions = {}
        seen = set()
        for m in MARK.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            pos = m.end()
            kind, i = m.group(1), int(m.group(2))
            if i not in self.items:
                raise BuildError("%s: foreign marker" % self.path)
            key = (kind, i)
            if key in seen:
                raise BuildError("%s: reused marker %s" % (self.path, key))
            seen.add(key)
            it = self.items[i]
            if kind in "SN":
                if open_regions:
                    raise BuildError("%s: value marker inside region" % self.path)
                _, value, cat, check = it
                out.append(value)
                n = value.count("\n")
                lab = {"path": self.path, "line": line, "kind": "secret" if kind == "S" else "negative",
                       "category": cat}
                if n:
                    lab["span"] = [line, line + n]
                labels.append((lab, {"value": value, "check": check}))
                line += n
            elif kind == "B":
                if open_regions:
                    raise BuildError("%s: nested region" % self.path)
                open_regions[i] = line
            elif kind == "E":
                if i not in open_regions:
                    raise BuildError("%s: region closed before open" % self.path)
                start = open_regions.pop(i)
                r = it[1]
                if not r.anchors or all(a[2] for a in r.anchors):
                    raise BuildError("%s: region without value anchors" % self.path)
                lab = {"path": self.path, "line": start, "kind": r.kind, "category": r.cat}
                if line > start:
                    lab["span"] = [start, line]
                labels.append((lab, {"anchors": r.anchors}))
        out.append(text[pos:])
        if open_regions:
            raise BuildError("%s: open region" % self.path)
        used = {i for _, i in seen}
        if set(self.items) - used:
            raise BuildError("%s: marker never placed (%s)" % (self.path, [self.items[i][2] for i in set(self.items) - used]))
        body = "".join(out)
        if M0 in body or M1 in body:
            raise BuildError("%s: leftover marker" % self.path)
        lines = body.split("\n")
        owner = {}
        for lab, val in labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                if n in owner:
                    raise BuildError("%s:%d two labels on one line" % (self.path, n))
                owner[n] = lab
            seg = "\n".join(lines[a - 1:b])
            if "value" in val:
                if val["value"] not in seg or val["value"].split("\n")[0] not in lines[a - 1]:
                    raise BuildError("%s:%d value not on its line" % (self.path, a))
            else:
                for t, _, _ in val["anchors"]:
                    if t not in seg:
                        raise BuildError("%s:%d anchor not in region: %r" % (self.path, a, t))
        self.corpus.add_file(self, body, labels)


class Corpus:
    def __init__(self):
        self.files = {}
        self.labels = []
        self.values = []
        self.cats = {}
        self.provider_cats = set()
        self.prose_labels = 0
        self.theme_stats = {}
        self._id = 0

    def next_id(self):
        self._id += 1
        return self._id

    def register(self, cat, kind):
        if kind not in ("secret", "negative"):
            raise BuildError("kind " + kind)
        if self.cats.setdefault(cat, kind) != kind:
            raise BuildError("category %s used as both kinds" % cat)

    def doc(self, path, prose=False, crlf=False, theme=None):
        if path in self.files:
            raise BuildError("file written twice: " + path)
        self.files[path] = None
        return Doc(self, path, prose, crlf, theme)

    def add_file(self, doc, body, labels):
        if doc.theme and not doc.path.startswith(doc.theme + "/"):
            raise BuildError("file outside its theme: " + doc.path)
        if doc.path != doc.orig_path:
            del self.files[doc.orig_path]
            if doc.path in self.files:
                raise BuildError("file written twice: " + doc.path)
        if doc.crlf:
            body = body.replace("\n", "\r\n")
        self.files[doc.path] = body
        st = self.theme_stats.setdefault(doc.theme or doc.path.split("/")[0], [0, 0, 0, 0])
        st[0] += 1
        for lab, val in labels:
            lab["path"] = doc.path
            lab["_prose"] = doc.prose
            self.labels.append(lab)
            self.values.append(val)
            if lab["kind"] == "secret":
                st[1] += 1
                if doc.prose:
                    st[3] += 1
            else:
                st[2] += 1

    def classify(self, cat):
        if cat.startswith(KEY_PREFIX):
            return "key"
        if cat in self.provider_cats:
            return "provider"
        return "generic"

    def write(self, out):
        for p, body in self.files.items():
            if body is None:
                raise BuildError("file opened but never closed: " + p)
        out = out.rstrip("/")
        if os.path.exists(out):
            import shutil
            shutil.rmtree(out)
        for p, body in sorted(self.files.items()):
            fp = os.path.join(out, p)
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "w", encoding="utf-8", newline="") as fh:
                fh.write(body)
        order = sorted(range(len(self.labels)), key=lambda i: (self.labels[i]["path"], self.labels[i]["line"]))
        labs, vals = [], []
        for i in order:
            lab = {k: v for k, v in self.labels[i].items() if not k.startswith("_")}
            labs.append(lab)
            vals.append(self.values[i])
        with open(out + ".labels.json", "w") as fh:
            json.dump(labs, fh, indent=1, ensure_ascii=False)
        with open(out + ".values.json", "w") as fh:
            json.dump(vals, fh, indent=1, ensure_ascii=False)
        self.readback(out, labs, vals)

    def readback(self, out, labs, vals):
        cache = {}
        for lab, val in zip(labs, vals):
            p = lab["path"]
            if p not in cache:
                with open(os.path.join(out, p), encoding="utf-8", newline="") as fh:
                    cache[p] = fh.read().replace("\r\n", "\n").split("\n")
            a, b = lab.get("span", [lab["line"], lab["line"]])
            seg = "\n".join(cache[p][a - 1:b])
            texts = [val["value"]] if "value" in val else [t for t, _, _ in val["anchors"]]
            for t in texts:
                if t not in seg:
                    raise BuildError("read-back: %s:%d" % (p, a))
        # leak check: no single-line secret value on a line that is not inside a secret label
        secret_lines = {}
        for lab in labs:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                secret_lines[(lab["path"], n)] = lab["kind"] == "secret"
        values = {v["value"] for l, v in zip(labs, vals) if l["kind"] == "secret" and "value" in v
                  and "\n" not in v["value"] and len(v["value"]) >= 6}
        for l, v in zip(labs, vals):
            if l["kind"] == "secret" and "anchors" in v:
                values.update(t for t, _, ident in v["anchors"] if not ident and len(t) >= 12)
        for p, lines in cache.items():
            pass
        for p in self.files:
            if p not in cache:
                with open(os.path.join(out, p), encoding="utf-8", newline="") as fh:
                    cache[p] = fh.read().replace("\r\n", "\n").split("\n")
        for p, lines in cache.items():
            for n, text in enumerate(lines, 1):
                if secret_lines.get((p, n)):
                    continue
                for v in values:
                    if v in text:
                        raise BuildError("leak: secret %r on unlabelled/negative line %s:%d" % (v[:20], p, n))
