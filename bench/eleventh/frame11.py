"""Corpus builder: value markers, rendering, label checks, read-back and leak check.

A document is rendered from a template string in which every labelled value is a marker made on that
document: d.S(value, cat) a secret, d.N(value, cat) a negative, r = d.R(cat) ... r.B ... r.A(text) ... r.E a
region (key-ID + secret pairs, key blocks spanned from an assignment line). Markers are private-use
characters that never reach the disk.
"""

import bisect
import json
import os
import re

M0, M1 = "\ue000", "\ue001"
MARK_RE = re.compile(M0 + r"(\d+)" + M1)


class BuildError(Exception):
    pass


class Corpus:
    def __init__(self):
        self.files = {}          # path -> bytes
        self.labels = []         # (label dict, value dict)
        self.cat_kind = {}
        self.cat_group = {}
        self.next_id = 0
        self.provider_cats = set()
        self.doc_count = 0

    def doc(self, path, crlf=False, prose=False):
        if path in self.files:
            raise BuildError("file written twice: " + path)
        return Doc(self, path, crlf, prose)

    def _register(self, cat, kind, group):
        if self.cat_kind.setdefault(cat, kind) != kind:
            raise BuildError("category %s used as both kinds" % cat)
        if kind == "secret":
            if self.cat_group.setdefault(cat, group) != group:
                raise BuildError("category %s in two groups (%s, %s)" % (cat, self.cat_group[cat], group))

    def group_for(self, cat, group):
        if group:
            return group
        if cat.startswith("private-key"):
            return "key"
        if cat in self.provider_cats:
            return "provider"
        return "generic"

    def new_id(self):
        self.next_id += 1
        return self.next_id

    # ---------------------------------------------------------------- output
    def sorted_labels(self):
        return sorted(self.labels, key=lambda lv: (lv[0]["path"], lv[0]["line"]))

    def write(self, out_dir):
        for path, data in sorted(self.files.items()):
            full = os.path.join(out_dir, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as fh:
                fh.write(data)
        labs = self.sorted_labels()
        with open(out_dir.rstrip("/") + ".labels.json", "w") as fh:
            json.dump([l for l, _ in labs], fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        with open(out_dir.rstrip("/") + ".values.json", "w") as fh:
            json.dump([v for _, v in labs], fh, indent=1, ensure_ascii=False)
            fh.write("\n")

    # ---------------------------------------------------------------- leak check
    def leak_check(self):
        """Every secret value of 8+ characters (and every 40+ character line of a multi-line secret)
        must occur only on lines covered by a secret label."""
        owner = {}
        neg_lines = set()
        for l, _ in self.labels:
            a, b = l.get("span", [l["line"], l["line"]])
            for n in range(a, b + 1):
                if l["kind"] == "secret":
                    owner[(l["path"], n)] = l
                elif l["category"] in ("public-key", "certificate", "ssh-public-key", "public-jwks",
                                       "public-key-b64", "certificate-b64"):
                    neg_lines.add((l["path"], n))
        needles = set()
        for l, v in self.labels:
            if l["kind"] != "secret":
                continue
            texts = [v["value"]] if "value" in v else [a[1] for a in v["anchors"] if not a[3]]
            for t in texts:
                if "\n" in t:
                    for ln in t.split("\n"):
                        if len(ln.strip()) >= 40:
                            needles.add((ln.strip(), True))
                elif len(t) >= 8:
                    needles.add((t, False))
        paths = sorted(self.files)
        big, starts, line_starts = [], [], []
        pos = 0
        texts = {}
        for p in paths:
            s = self.files[p].decode("utf-8").replace("\r\n", "\n")
            texts[p] = s
            starts.append(pos)
            big.append(s + "\x00")
            pos += len(s) + 1
        blob = "".join(big)
        nl = [i for i, c in enumerate(blob) if c == "\n" or c == "\x00"]
        problems = []
        for needle, multi in sorted(needles):
            i = blob.find(needle)
            while i >= 0:
                fi = bisect.bisect_right(starts, i) - 1
                path = paths[fi]
                line = bisect.bisect_left(nl, i) - bisect.bisect_left(nl, starts[fi]) + 1
                if (path, line) not in owner and not (multi and (path, line) in neg_lines):
                    problems.append("%s:%d leaks %r" % (path, line, needle[:40]))
                i = blob.find(needle, i + 1)
        if problems:
            raise BuildError("secret values on unlabelled lines:\n  " + "\n  ".join(problems[:20]))


class Region:
    def __init__(self, doc, cat, kind, group):
        self.doc, self.cat, self.kind, self.group = doc, cat, kind, group
        self.id = doc.corpus.new_id()
        doc.items[self.id] = ("B", self)
        self.B = M0 + str(self.id) + M1
        eid = doc.corpus.new_id()
        doc.items[eid] = ("E", self)
        self.E = M0 + str(eid) + M1
        self.anchors = []        # [text, check, ident] in order of creation

    def A(self, text, check=None, ident=False):
        aid = self.doc.corpus.new_id()
        _value_ok(text)
        self.doc.items[aid] = ("A", (self, text, check, ident))
        return M0 + str(aid) + M1 + text


def _value_ok(v):
    if not v:
        raise BuildError("empty value")
    if "\r" in v or M0 in v or M1 in v:
        raise BuildError("CR or marker in value %r" % v[:30])
    if v != v.strip("\n"):
        raise BuildError("edge newline in value %r" % v[:30])


class Doc:
    def __init__(self, corpus, path, crlf, prose):
        self.corpus, self.path, self.crlf, self.prose = corpus, path, crlf, prose
        self.items = {}

    def _mark(self, item):
        i = self.corpus.new_id()
        self.items[i] = item
        return M0 + str(i) + M1

    def S(self, value, cat, group=None, check=None):
        _value_ok(value)
        return self._mark(("V", value, cat, "secret", group, check))

    def P(self, value, cat, check=None):
        """A secret from a named provider / vendor setting (group 'provider')."""
        self.corpus.provider_cats.add(cat)
        return self.S(value, cat, "provider", check)

    def N(self, value, cat, check=None):
        _value_ok(value)
        return self._mark(("V", value, cat, "negative", None, check))

    def R(self, cat, kind="secret", group=None):
        return Region(self, cat, kind, group)

    def write(self, text, prune=False):
        if prune:   # drop value markers made for alternatives that the template did not use
            for i in [i for i, it in self.items.items() if it[0] == "V" and (M0 + str(i) + M1) not in text]:
                del self.items[i]
        if "\r" in text:
            raise BuildError("CR in template of " + self.path)
        out, labels, pos, line = [], [], 0, 1
        regions, seen = {}, set()
        for m in MARK_RE.finditer(text):
            chunk = text[pos:m.start()]
            out.append(chunk)
            line += chunk.count("\n")
            pos = m.end()
            mid = int(m.group(1))
            if mid not in self.items:
                raise BuildError("foreign marker in " + self.path)
            if mid in seen:
                raise BuildError("marker reused in " + self.path)
            seen.add(mid)
            it = self.items[mid]
            if it[0] == "V":
                _, value, cat, kind, group, check = it
                out.append(value)
                end = line + value.count("\n")
                labels.append((line, end, kind, cat, group, {"value": value, "check": check}))
                line = end
            elif it[0] == "B":
                regions[it[1].id] = {"start": line, "anchors": []}
            elif it[0] == "A":
                reg, atext, check, ident = it[1]
                if reg.id not in regions or "end" in regions[reg.id]:
                    raise BuildError("anchor outside its region in " + self.path)
                regions[reg.id]["anchors"].append([line, atext, check, ident])
                # the anchor text follows the marker in the template itself
            else:
                reg = it[1]
                if reg.id not in regions:
                    raise BuildError("region end before begin in " + self.path)
                if "".join(out).endswith("\n"):
                    raise BuildError("region end placed after a newline in " + self.path)
                r = regions[reg.id]
                r["end"] = line
                if not r["anchors"] or all(a[3] for a in r["anchors"]):
                    raise BuildError("region with no secret anchor in " + self.path)
                labels.append((r["start"], line, reg.kind, reg.cat, reg.group, {"anchors": r["anchors"]}))
        out.append(text[pos:])
        if len(seen) != len(self.items):
            raise BuildError("unplaced marker in " + self.path)
        body = "".join(out)
        if M0 in body or M1 in body:
            raise BuildError("leftover marker in " + self.path)
        # one label per line
        used = {}
        for a, b, kind, cat, *_ in labels:
            for n in range(a, b + 1):
                if n in used:
                    raise BuildError("two labels on %s:%d (%s, %s)" % (self.path, n, used[n], cat))
                used[n] = cat
        data = (body.replace("\n", "\r\n") if self.crlf else body).encode("utf-8")
        if self.path in self.corpus.files:
            raise BuildError("file written twice: " + self.path)
        self.corpus.files[self.path] = data
        # read back
        lines = data.decode("utf-8").replace("\r\n", "\n").split("\n")
        for a, b, kind, cat, group, val in labels:
            extent = "\n".join(lines[a - 1:b])
            texts = [val["value"]] if "value" in val else [x[1] for x in val["anchors"]]
            for t in texts:
                if t not in extent:
                    raise BuildError("value not found on %s:%d-%d: %r" % (self.path, a, b, t[:40]))
            if "anchors" in val:
                for x in val["anchors"]:
                    if x[1].split("\n")[0] not in lines[x[0] - 1]:
                        raise BuildError("anchor not on its line %s:%d" % (self.path, x[0]))
            g = self.corpus.group_for(cat, group) if kind == "secret" else None
            self.corpus._register(cat, kind, g)
            lab = {"path": self.path, "line": a, "kind": kind, "category": cat}
            if b > a:
                lab["span"] = [a, b]
            v = dict(val)
            if kind == "secret":
                v["group"] = g
                v["free_text"] = bool(self.prose)
            self.corpus.labels.append((lab, v))
        self.corpus.doc_count += 1
        return self

    # convenience: a document without labelled values
    def plain(self, text):
        return self.write(text)
