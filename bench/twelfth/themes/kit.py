"""Small helpers for the first-layer theme modules."""
from themes import prose


def fdoc(ctx, rel, crlf=False):
    """A free-text document whose extension is decided by the renderer (rel without extension)."""
    return ctx.doc(rel + ".x", crlf=crlf, free=True)


def _finish(d, ext, text, crlf=None):
    d.path = d.path[:-1] + ext
    if crlf is not None:
        d.crlf = crlf
    d.write(text)


def chat(ctx, d, channel, msgs, fmt=None):
    fmt = fmt or ctx.v.choice(prose.CHAT_FORMATS)
    ext, text = prose.chat(ctx, fmt, channel, msgs)
    _finish(d, ext, text, crlf=(fmt == "teams" and ctx.v.chance(0.5)) or None)
    return fmt


def wiki(ctx, d, title, blocks, fmt=None):
    fmt = fmt or ctx.v.choice(prose.WIKI_FORMATS)
    ext, text = prose.wiki(ctx, fmt, title, blocks)
    _finish(d, ext, text)
    return fmt


def ticket(ctx, d, key, title, reporter, comments, fmt=None):
    fmt = fmt or ctx.v.choice(prose.TICKET_FORMATS)
    ext, text = prose.ticket(ctx, fmt, key, title, reporter, comments)
    _finish(d, ext, text, crlf=fmt in prose.TICKET_CRLF or None)
    return fmt


def email(ctx, rel, frm, to, subject, body_fn):
    d = ctx.doc(rel, free=True)
    body = body_fn(d)
    d.write(prose.email(ctx, frm, to, subject, body))


def addr(ctx, name, dom=None):
    return "%s <%s@%s>" % (name, name.lower(), dom or ctx.dom)


def sheet(rows, delim=","):
    return prose.sheet(rows, delim)


def dev_default_dsn(ctx, engine="postgres"):
    s = ctx.short
    return {"postgres": "postgres://%s:%s@localhost:5432/%s_dev" % (s, s, s),
            "mysql": "mysql://root:root@127.0.0.1:3306/%s_dev" % s,
            "sqlserver": "Server=localhost;Database=%s_dev;User Id=sa;Password=Passw0rd!;TrustServerCertificate=True" % s}[engine]


def example_ref(ctx, key):
    v = ctx.v
    k = v.randint(0, 5)
    if k == 0:
        return "${{ secrets.%s }}" % key, "ci-reference"
    if k == 1:
        return "vault:secret/data/%s/web#%s" % (ctx.short, key.lower()), "vault-reference"
    if k == 2:
        return "op://%s/web/%s" % (ctx.short, key.lower().replace("_", "-")), "secret-reference"
    if k == 3:
        return "{{ %s }}" % key.lower(), "template-reference"
    if k == 4:
        return "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (ctx.short, key.lower().replace("_", "-")), "secret-reference"
    return "${%s}" % key, "env-reference"
