"""Corpus writer: files plus line labels found by locating registered values in the text.

A generator builds a file like this:

    f = corpus.file("infra/terraform/prod.tfvars")
    pw = f.S(rng.password(), "generic-password")      # registers a secret, returns the value
    ref = f.N("${var.db_password}", "template-ref")    # registers a hard negative
    f.write('db_password = "%s"\\n# see %s\\n' % (pw, ref))

On write, each registered needle is searched in the final text; every occurrence gets a
label on its 1-based line (multi-line values get a "span" [first, last]).  A needle that
does not occur is a generator bug and raises.  `end=` extends a span to the line of a
second needle (e.g. an AWS key id followed by its secret on the next line).
"""
import json
import os


class GenError(Exception):
    pass


class FileBuilder:
    def __init__(self, corpus, path):
        self.corpus = corpus
        self.path = path
        self.items = []

    def S(self, value, category, end=None):
        self.items.append((value, "secret", category, end))
        return value

    def N(self, value, category):
        self.items.append((value, "negative", category, None))
        return value

    def write(self, text, mode=None):
        self.corpus._write(self.path, text, self.items, mode)
        return text


class Corpus:
    def __init__(self, root, rng):
        self.root = root
        self.rng = rng
        self.labels = {}     # (path, line) -> label dict
        self.paths = set()

    def file(self, path):
        return FileBuilder(self, path)

    def _write(self, path, text, items, mode):
        if path in self.paths:
            raise GenError("duplicate path " + path)
        self.paths.add(path)
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        if mode:
            os.chmod(full, mode)
        for needle, kind, cat, end in items:
            if not needle:
                raise GenError("empty needle in %s" % path)
            start = 0
            found = False
            while True:
                idx = text.find(needle, start)
                if idx < 0:
                    break
                found = True
                line = text.count("\n", 0, idx) + 1
                last = line + needle.count("\n")
                if end is not None:
                    eidx = text.find(end, idx)
                    if eidx < 0:
                        raise GenError("end needle %r not after %r in %s" % (end, needle, path))
                    last = max(last, text.count("\n", 0, eidx) + 1 + end.count("\n"))
                self._label(path, line, last, kind, cat)
                start = idx + len(needle)
            if not found:
                raise GenError("needle %r not found in %s" % (needle[:60], path))

    def _label(self, path, line, last, kind, cat):
        key = (path, line)
        old = self.labels.get(key)
        if old is not None:
            if old["kind"] != kind:
                raise GenError("line %s:%d labeled both %s/%s and %s/%s" % (
                    path, line, old["kind"], old["category"], kind, cat))
            if last > line:
                old["span"] = [line, max(last, old.get("span", [line, line])[1])]
            return
        # a line inside an existing multi-line span of the other kind is a bug too
        for (p, l0), lab in self.labels.items():
            if p == path and "span" in lab and lab["span"][0] <= line <= lab["span"][1]:
                if lab["kind"] != kind:
                    raise GenError("line %s:%d inside span of other kind" % (path, line))
        lab = {"path": path, "line": line, "kind": kind, "category": cat}
        if last > line:
            lab["span"] = [line, last]
        self.labels[key] = lab

    def save_labels(self):
        out = sorted(self.labels.values(), key=lambda d: (d["path"], d["line"]))
        with open(self.root.rstrip("/") + ".labels.json", "w") as fh:
            json.dump(out, fh, indent=1)
            fh.write("\n")
        return out


def ipynb(cells, kernel="python3"):
    """Render a notebook. cells: list of ("md", text) or ("code", text, outputs, exec_count).

    outputs are dicts in nbformat 4 shape.  Rendered with indent=1 like Jupyter does,
    so every source line sits on its own JSON line.
    """
    out = []
    for c in cells:
        if c[0] == "md":
            out.append({"cell_type": "markdown", "metadata": {}, "source": _lines(c[1])})
        else:
            out.append({"cell_type": "code", "execution_count": c[3], "metadata": {},
                        "outputs": c[2], "source": _lines(c[1])})
    nb = {"cells": out,
          "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                      "name": kernel},
                       "language_info": {"name": "python", "version": "3.10.12"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def _lines(text):
    ls = text.split("\n")
    return [l + "\n" for l in ls[:-1]] + ([ls[-1]] if ls[-1] else [])


def stream(text, name="stdout"):
    return {"name": name, "output_type": "stream", "text": _lines(text)}


def result(text, n):
    return {"data": {"text/plain": _lines(text)}, "execution_count": n, "metadata": {},
            "output_type": "execute_result"}


def image(b64png):
    return {"data": {"image/png": b64png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
            "metadata": {}, "output_type": "display_data"}


class Ctx:
    """Bundle handed to every scenario generator."""

    def __init__(self, corpus, rng, tok, neg, keypool):
        self.c, self.r, self.t, self.n, self.k = corpus, rng, tok, neg, keypool

    def urlpw(self):
        """A password that can sit in a URL without escaping."""
        r = self.r
        if r.chance(0.5):
            return r.mixed(r_alnum(), r.randint(16, 26))
        a, b = r.sample(r.WORDS, 2)
        return "%s_%s%d" % (a.capitalize(), b, r.randint(10, 999))


def r_alnum():
    import hrand
    return hrand.ALNUM
