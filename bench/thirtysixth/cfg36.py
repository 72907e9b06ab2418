"""Small helpers shared by the tool, common and extra modules."""
import base64
import json

import keys36
from core36 import B62, DIGITS, HEX, LOWER, UPPER, Doc, b64, rbytes, rhex, rs, ruuid

AN = UPPER + LOWER + DIGITS


def doc(ctx, path, **kw):
    return Doc("%s/%s" % (ctx.key, path), lang="en", theme=ctx.key, **kw)


def envq(r, v, styles="nsd"):
    """Env-file value in no / single / double quotes."""
    s = r.choice(styles)
    return v if s == "n" else ("'%s'" % v if s == "s" else '"%s"' % v)


def eq(r):
    return r.choice(["=", "=", " = "])


def comment(r, pre="#"):
    return pre + " " + r.choice(["managed by ansible, do not edit by hand", "last changed during the spring audit",
                                 "copied from the old server", "see wiki for details", "TODO: move to vault",
                                 "values below are for production", "ask ops before changing", "generated on install"])


def ip(r, net="10.%d.%d"):
    return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 254), r.randint(2, 250))


def key_pem_lines(d, pem_text, category, key_check, prefix="", suffix=""):
    """Append a PEM block line by line (optionally prefixed) and label it as one span."""
    lines = pem_text.split("\n")
    a = d.here()
    out = [prefix + lines[0]] + [prefix + x for x in lines[1:-1]] + [prefix + lines[-1] + suffix]
    d.add(*out)
    d.block(a, a + len(lines) - 1, pem_text, category, key_check=key_check)
    return a


def new_key(ctx, r, kind):
    return keys36.Key(kind, r)


def basic(user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


def jwt_token(ctx, r, payload):
    from core36 import jwt
    return ctx.token(r, lambda rr: jwt(rr, payload))
