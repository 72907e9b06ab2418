"""Corpus builder: files are written from templates that contain label markers.

    c.S(value, category)      a secret, replaced by value (multi-line values get a span)
    c.N(value, category)      a hard negative
    c.B("secret"|"negative", category) ... c.E()   a multi-line region labelled as one item;
    c.A(value)                an anchor inside the open region (verified, not labelled by itself)

After rendering, each label records (path, line[, span]); the planted value (or anchors) go to
values.json so verify.py can check them. Rendering fails on a leftover marker, a marker used
twice, a region left open, a value not found on its line, or two labels on one line.
"""

import json
import os
import re
import textwrap

MARK = re.compile("\x00(\\d+)\x00")


class BuildError(Exception):
    pass


class Corpus:
    def __init__(self, v, keys):
        self.v = v              # fvals.V
        self.k = keys           # key factory (see generate.Keys)
        self.reg = []
        self.files = {}         # path -> rendered text
        self.labels = []
        self.values = []

    # ------------------------------------------------------------ markers
    def _m(self, **kw):
        kw["used"] = False
        self.reg.append(kw)
        return "\x00%d\x00" % (len(self.reg) - 1)

    def S(self, value, cat, check=None):
        return self._m(t="val", kind="secret", cat=cat, value=str(value), check=check)

    def N(self, value, cat, check=None):
        return self._m(t="val", kind="negative", cat=cat, value=str(value), check=check)

    def B(self, kind, cat, check=None):
        return self._m(t="begin", kind=kind, cat=cat, check=check)

    def A(self, value):
        return self._m(t="anchor", value=str(value))

    def E(self):
        return self._m(t="end")

    # ------------------------------------------------------------ files
    def w(self, path, text, dedent=True):
        """Add a file. Leading newline and common indentation are stripped when dedent is set."""
        if path in self.files:
            raise BuildError("duplicate file %s" % path)
        if dedent:
            text = textwrap.dedent(text)
            if text.startswith("\n"):
                text = text[1:]
        if not text.endswith("\n"):
            text += "\n"
        self.files[path] = self._render(path, text)

    def _render(self, path, text):
        parts = MARK.split(text)
        out, line, region = [], 1, None
        for i, part in enumerate(parts):
            if i % 2 == 0:
                out.append(part)
                line += part.count("\n")
                continue
            m = self.reg[int(part)]
            if m["used"]:
                raise BuildError("%s: marker used twice" % path)
            m["used"] = True
            if m["t"] == "val":
                if region:
                    raise BuildError("%s:%d: labelled value inside a region" % (path, line))
                val = m["value"]
                first = line
                out.append(val)
                line += val.count("\n")
                lab = {"path": path, "line": first, "kind": m["kind"], "category": m["cat"]}
                rec = {"value": val}
                if line != first:
                    lab["span"] = [first, line]
                    rec = {"anchors": [[first, val.split("\n")[0]], [line, val.split("\n")[-1]]]}
                if m["check"]:
                    rec["check"] = m["check"]
                    rec["checked"] = val
                self.labels.append(lab)
                self.values.append(rec)
            elif m["t"] == "begin":
                if region:
                    raise BuildError("%s:%d: nested region" % (path, line))
                region = {"m": m, "start": line, "anchors": []}
            elif m["t"] == "anchor":
                if not region:
                    raise BuildError("%s:%d: anchor outside region" % (path, line))
                out.append(m["value"])
                region["anchors"].append([line, m["value"].split("\n")[0]])
                if "\n" in m["value"]:
                    line += m["value"].count("\n")
                    region["anchors"].append([line, m["value"].split("\n")[-1]])
            elif m["t"] == "end":
                if not region:
                    raise BuildError("%s:%d: end without region" % (path, line))
                rm = region["m"]
                lab = {"path": path, "line": region["start"], "kind": rm["kind"], "category": rm["cat"]}
                if line != region["start"]:
                    lab["span"] = [region["start"], line]
                rec = {"anchors": region["anchors"]}
                if rm["check"]:
                    rec["check"] = rm["check"]
                    rec["checked"] = region["anchors"][0][1] if region["anchors"] else ""
                if not region["anchors"]:
                    raise BuildError("%s:%d: region without anchors" % (path, line))
                self.labels.append(lab)
                self.values.append(rec)
                region = None
        if region:
            raise BuildError("%s: region left open" % path)
        return "".join(out)

    # ------------------------------------------------------------ output
    def finish(self, out_dir):
        for i, m in enumerate(self.reg):
            if not m["used"]:
                raise BuildError("marker %d (%s %s) never placed" % (i, m.get("kind"), m.get("cat")))
        seen = {}
        for lab in self.labels:
            a, b = lab.get("span", [lab["line"], lab["line"]])
            for n in range(a, b + 1):
                key = (lab["path"], n)
                if key in seen:
                    raise BuildError("two labels on %s:%d" % key)
                seen[key] = lab
        order = sorted(range(len(self.labels)), key=lambda i: (self.labels[i]["path"], self.labels[i]["line"]))
        labels = [self.labels[i] for i in order]
        values = [self.values[i] for i in order]
        for path in sorted(self.files):
            full = os.path.join(out_dir, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as fh:
                fh.write(self.files[path])
        # read back and check every value on its line
        cache = {}
        for lab, rec in zip(labels, values):
            if lab["path"] not in cache:
                with open(os.path.join(out_dir, lab["path"]), encoding="utf-8", newline="") as fh:
                    cache[lab["path"]] = fh.read().split("\n")
            lines = cache[lab["path"]]
            if "value" in rec:
                if rec["value"] not in lines[lab["line"] - 1]:
                    raise BuildError("value not on %s:%d" % (lab["path"], lab["line"]))
            else:
                for n, a in rec["anchors"]:
                    if a not in lines[n - 1]:
                        raise BuildError("anchor not on %s:%d" % (lab["path"], n))
        with open(out_dir.rstrip("/") + ".labels.json", "w") as fh:
            json.dump(labels, fh, indent=1, sort_keys=True)
            fh.write("\n")
        with open(out_dir.rstrip("/") + ".values.json", "w") as fh:
            json.dump(values, fh, indent=1, sort_keys=True)
            fh.write("\n")
        return labels
