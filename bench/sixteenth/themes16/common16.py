"""Theme context shared by every theme module and the second layer."""

import keys16
import prov16
import syntax16
from syntax16 import E
from vals16 import Vals


class Ctx:
    def __init__(self, corpus, seed, mod, deal, ca):
        self.c = corpus
        self.mod = mod
        self.v = Vals("sixteenth:%s:%s" % (seed, mod.NAME))
        org = self.v.choice(mod.ORGS)
        self.org, self.domain, self.city = org[:3]
        self.langs = org[3] if len(org) > 3 else mod.VOCAB["langs"]
        self.people = self.v.sample(mod.PEOPLE, 10)
        self.root = mod.NAME
        self.vocab = mod.VOCAB
        self.deal = deal
        self.ca = ca
        self.short = self.domain.split(".")[0]
        if not hasattr(corpus, "used"):
            corpus.used = set()

    # ------------------------------------------------------------ documents
    def doc(self, rel, free=False, crlf=False):
        return self.c.doc(self.root + "/" + rel, free, crlf)

    def person(self, i=None):
        return self.people[i % len(self.people)] if i is not None else self.v.choice(self.people)

    def mail(self, name):
        first, last = name.split()[0], name.split()[-1]
        return "%s.%s@%s" % (first.lower(), last.lower(), self.domain)

    def host(self, part, zone=None):
        return "%s.%s.%s" % (part, zone or self.v.choice(["int", "corp", "lan", "ops", "site"]), self.domain)

    # ------------------------------------------------------------ unique values
    def uniq(self, fn):
        for _ in range(50):
            x = fn()
            if x not in self.c.used:
                self.c.used.add(x)
                return x
        raise RuntimeError("could not draw a unique value")

    def pw(self, style=None):
        return self.uniq(lambda: self.v.password(style))

    def uripw(self):
        """A password that can sit in a URI's userinfo unescaped."""
        ok = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        return self.uniq(lambda: next(x for x in iter(lambda: self.v.password(), None) if set(x) <= ok))

    def weak(self, hint=None):
        return self.uniq(lambda: self.v.weak(hint))

    def strong(self, n=None):
        return self.uniq(lambda: self.v.strong(n))

    def phrase(self, sep=None):
        return self.uniq(lambda: self.v.phrase(sep))

    def uri(self, n=None):
        return self.uniq(lambda: self.v.urisafe(n))

    def api(self, style=None):
        return self.uniq(lambda: self.v.apikey(style))

    def tok(self, prefix, n=32, alphabet=None):
        from vals16 import ALNUM
        return self.uniq(lambda: prefix + self.v.chars(alphabet or ALNUM, n))

    def prov(self, name):
        """-> (category, variable names, value)"""
        cat, vendor, names, gen = prov16.SHAPES[name]
        return cat, names, self.uniq(lambda: gen(self.v, self.short))

    def pair(self, name):
        """-> (category, id names, secret names, id value, secret value)"""
        cat, vendor, idn, secn, gid, gsec = prov16.PAIRS[name]
        return cat, idn, secn, self.uniq(lambda: gid(self.v)), self.uniq(lambda: gsec(self.v))

    def public(self, name):
        cat, names, gen = prov16.PUBLIC[name]
        return cat, names, self.uniq(lambda: gen(self.v))

    def key(self, kind=None):
        kind = kind or self.v.choice(["rsa", "rsa", "ec", "ed25519"])
        return keys16.Key(kind, self.v.r)

    def cert(self, key, cn):
        return keys16.certificate(key, cn, self.org, self.ca, self.org + " Internal CA", self.v.randint(10 ** 8, 10 ** 12))


# ---------------------------------------------------------------- config helper
def rows_to_entries(d, rows):
    """rows: (key, value, kind, category[, comment]); kind S/P/K/N, None (literal) or R (raw negative ref),
    or an entry already built (E)."""
    out = []
    for r in rows:
        if isinstance(r, E):
            out.append(r)
            continue
        key, value, kind, cat = r[:4]
        comment = r[4] if len(r) > 4 else None
        if kind is None:
            out.append(E(key, value, None, comment=comment))
        elif kind == "R":
            out.append(E(key, value, d.mk("N", cat), raw=True, comment=comment))
        elif kind == "L":
            out.append(E(key, value, None, raw=True, comment=comment))
        else:
            out.append(E(key, value, d.mk(kind, cat), comment=comment))
    return out


def cfg(ctx, rel, syntax, rows, head=None, crlf=None, **kw):
    fn, _ = syntax16.SYNTAX[syntax]
    d = ctx.doc(rel, crlf=(syntax in syntax16.CRLF_SYNTAX) if crlf is None else crlf)
    fn(d, rows_to_entries(d, rows), head, **kw) if head is not None or kw else fn(d, rows_to_entries(d, rows))
    return d


def pair_entries(d, cat, idkey, idval, seckey, secval, group="provider"):
    mi, ma = d.pair(cat, idval, secval, group)
    return [E(idkey, idval, lambda _v: mi), E(seckey, secval, lambda _v: ma)]


def ref_row(syntax, key, var, cat="env-reference"):
    text, raw = syntax16.ref(syntax, var)
    return (key, text, "R" if raw else "N", cat)
