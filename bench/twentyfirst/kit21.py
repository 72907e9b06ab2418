"""Shorthand for generators: add a labelled provider token, public value, reference, placeholder, hash or id.

Formats use the literal marker {v} for the value (str.replace, so JSON braces are safe).
"""

import neg21
import prov21


def _f(fmt, v):
    return fmt.replace("{v}", v)


def prov(d, cx, key, fmt):
    v = prov21.token(cx, key)
    d.s(_f(fmt, v), v, key, "provider")
    return v


def pair(d, cx, key, id_fmt, sec_fmt, between=(), sec_first=False):
    i, s = prov21.pair(cx, key)
    rows = [(_f(id_fmt, i), i, "id")] + [(b, None, None) for b in between] + [(_f(sec_fmt, s), s, "secret")]
    if sec_first:
        rows = [rows[-1]] + list(rows[1:-1]) + [rows[0]]
    d.pair(rows, "pair-" + key)
    return i, s


def pub(d, cx, key, fmt):
    v = prov21.public(cx, key)
    d.n(_f(fmt, v), v, "public-" + key)
    return v


def ref(d, cx, style, name, fmt):
    v, cat = neg21.ref(cx, style, name)
    d.n(_f(fmt, v), v, cat)
    return v


def ph(d, cx, fmt, kind=None):
    v, cat = neg21.placeholder(cx, kind)
    d.n(_f(fmt, v), v, cat)
    return v


def vph(d, fmt, i=None, cx=None):
    """Vendor-shaped placeholder."""
    v = prov21.PLACEHOLDERS[i] if i is not None else cx.pick(prov21.PLACEHOLDERS)
    d.n(_f(fmt, v), v, "vendor-placeholder")
    return v


def hsh(d, cx, fmt, kind=None):
    v, cat = neg21.pwhash(cx, kind)
    d.n(_f(fmt, v), v, cat)
    return v


def dig(d, cx, fmt, kind=None):
    v, cat = neg21.digest(cx, kind)
    d.n(_f(fmt, v), v, cat)
    return v


def idn(d, cx, fmt, kind):
    v, cat = neg21.ident(cx, kind)
    d.n(_f(fmt, v), v, cat)
    return v


def serial(d, cx, fmt, prefix=""):
    v = cx.serial(prefix)
    d.n(_f(fmt, v), v, "id-serial")
    return v


def uuid(d, cx, fmt, cat="id-uuid"):
    v = cx.uuid()
    d.n(_f(fmt, v), v, cat)
    return v


def example(d, key, fmt):
    v = prov21.EXAMPLE[key]
    d.n(_f(fmt, v), v, "example-" + key)
    return v


def sec(d, fmt, v, cat, group="generic"):
    d.s(_f(fmt, v), v, cat, group)
    return v


def neg(d, fmt, v, cat):
    d.n(_f(fmt, v), v, cat)
    return v


def bearer_shape(cx):
    return cx.decks["bearer"].one(cx.dealt("bearer"))


def shape(cx, ok=None):
    return cx.decks["shape"].one(cx.dealt("shape"), ok=ok)


def prov_any(d, cx, fmt, ok=None):
    key = shape(cx, ok)
    return key, prov(d, cx, key, fmt)


def var_of(key):
    return prov21.SHAPE[key][1]


def vendor_of(key):
    return prov21.SHAPE[key][2]
