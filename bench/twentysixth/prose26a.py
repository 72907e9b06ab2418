"""The conversation script: exchanges between people, some carrying a secret or a negative."""

import prov26
from ctx26 import URL_SYM

SECRET_EX = ["share_pw", "qa", "next_line", "temp_pw", "wifi", "token_paste", "conn", "paren", "dash", "revoked",
             "rotated", "reset", "curl"]
NEG_EX = ["masked", "vault", "dont_post", "policy", "reqid", "commit"]
PROVIDER_CHAT = ["slack-bot-token", "github-pat", "gitlab-pat", "openai", "sendgrid", "telegram-bot", "discord-bot",
                 "docker-pat", "stripe-restricted", "digitalocean", "atlassian", "linear", "notion",
                 "npm-token", "grafana-sa", "doppler", "anthropic", "shopify", "postman", "figma", "age-secret-key",
                 "pypi-token", "tailscale", "vercel", "sentry-user", "mailgun", "groq", "huggingface", "okta",
                 "github-fine-grained", "dynatrace", "newrelic-user", "supabase-mgmt", "render"]


def msg(author, text, item=None):
    return {"author": author, "text": text, "item": item}


def _sec(value, cat, group, **kw):
    d = {"kind": "secret", "value": value, "category": cat, "group": group}
    d.update(kw)
    return d


def _neg(value, cat):
    return {"kind": "negative", "value": value, "category": cat}


def chat_pw(ctx, native=False, en=True):
    """A password as people type it in chat; one in ten is in the theme's own script when the text is not English."""
    if not en and ctx.r.random() < 0.1:
        native = True
    return ctx.pw(sym="-_.!*#%+=@?", native=native)


def provider_for_chat(ctx):
    cats = [c for c in PROVIDER_CHAT if c in prov26.SHAPE]
    cat = ctx.r.choice(cats)
    return cat, ctx.prov(cat)


def uri(ctx):
    p = ctx.pw(sym=URL_SYM)
    scheme, port, db = ctx.r.choice([("postgresql", 5432, "/erp"), ("mysql", 3306, "/shop"), ("mongodb", 27017, "/lots"),
                                     ("redis", 6379, "/0"), ("amqp", 5672, "/%2F"), ("mssql", 1433, "")])
    u = ctx.r.choice(["app", "report", "etl", "svc_sync", "admin"])
    return "%s://%s:%s@%s:%d%s" % (scheme, u, p, ctx.host("db"), port, db), p


def exchange(ctx, kind, en=False):
    """Return a list of messages; at most one carries a labelled item."""
    a, b = ctx.two()
    sysname = ctx.system()
    ph = lambda key, **kw: ctx.ph(key, en=en, **kw)
    if kind == "share_pw":
        v = chat_pw(ctx, en=en)
        return [msg(a, ph("pw_is", sys=sysname, val=v), _sec(v, "password", "generic"))]
    if kind == "qa":
        v = chat_pw(ctx, en=en)
        return [msg(a, ph("ask_pw", sys=sysname)), msg(b, ph("here_val", val=v), _sec(v, "password", "generic"))]
    if kind == "next_line":
        v = chat_pw(ctx, en=en)
        return [msg(a, ph("next_line", sys=sysname)), msg(a, v, _sec(v, "password", "generic"))]
    if kind == "temp_pw":
        v = chat_pw(ctx, en=en)
        return [msg(a, ph("temp_pw", user=b.handle, val=v), _sec(v, "temporary-password", "generic"))]
    if kind == "wifi":
        v = chat_pw(ctx, native=(not en and ctx.r.random() < 0.4), en=en)
        return [msg(a, ph("wifi", ssid=ctx.r.choice(ctx.theme["ssids"]), val=v), _sec(v, "wifi-psk", "generic"))]
    if kind == "token_paste":
        cat, v = provider_for_chat(ctx)
        s = prov26.display(cat)
        return [msg(a, ph("ask_token", sys=s)), msg(b, ph("token_new", sys=s, val=v), _sec(v, cat, "provider"))]
    if kind == "conn":
        u, p = uri(ctx)
        return [msg(a, ph("conn", sys=sysname, val=u), _sec(p, "connection-uri", "generic"))]
    if kind == "paren":
        v = chat_pw(ctx, en=en)
        return [msg(a, ph("paren", sys=sysname, val=v), _sec(v, "password", "generic"))]
    if kind == "dash":
        v = chat_pw(ctx, en=en)
        return [msg(a, ph("dash", sys=sysname, val=v), _sec(v, "password", "generic"))]
    if kind == "revoked":
        cat, v = provider_for_chat(ctx)
        return [msg(a, ph("revoked", sys=prov26.display(cat), val=v),
                    _sec(v, cat, "provider", note="revoked-shown-in-full"))]
    if kind == "rotated":
        v = chat_pw(ctx, en=en)
        return [msg(a, ph("rotated", sys=sysname, val=v), _sec(v, "password", "generic", note="rotated-shown-in-full"))]
    if kind == "reset":
        v = chat_pw(ctx, en=en)
        return [msg(a, ph("cant_login", sys=sysname)), msg(b, ph("reset", sys=sysname, val=v),
                                                           _sec(v, "temporary-password", "generic"))]
    if kind == "curl":
        v = ctx.pw(sym="-_.!*#%+=@")
        cmd = "curl -u admin:'%s' https://%s/api/status" % (v, ctx.host("app"))
        return [msg(a, "`%s`" % cmd, _sec(v, "password", "generic"))]
    if kind == "masked":
        cat, t = provider_for_chat(ctx)
        m = ctx.masked(t)
        return [msg(a, ph("masked", sys=prov26.display(cat), val=m), _neg(m, "masked-value"))]
    if kind == "vault":
        p = ctx.uniq(lambda: ctx.r.choice(["secret/%s/%s", "kv/%s/%s", "op://%s/%s/password"]) % (
            ctx.slug.split("-")[0], ctx.r.choice(["db", "erp", "nas", "vpn", "scada", "portal", "smtp", "wifi"]) +
            ctx.r.choice(["", "-prod", "-admin", "-%d" % ctx.r.randrange(2, 9)])))
        return [msg(a, ph("vault", sys=sysname, val=p), _neg(p, "vault-path"))]
    if kind == "dont_post":
        s = ctx.sentence("dont_post", en=en, sys=None)
        return [msg(a, s, _neg(s, "no-passwords-here"))]
    if kind == "policy":
        key = ctx.r.choice(["policy", "policy2"])
        s = ctx.sentence(key, en=en, n=None, sys=None, d=None) if key == "policy2" else \
            ctx.sentence(key, en=en, n=None)
        return [msg(a, s, _neg(s, "policy-sentence"))]
    if kind == "reqid":
        r = ctx.reqid()
        return [msg(a, "%s → request_id=%s" % (sysname, r), _neg(r, "request-id"))]
    if kind == "commit":
        s = ctx.gitsha()
        return [msg(a, "commit %s — %s" % (s, sysname), _neg(s, "git-sha"))]
    raise ValueError(kind)


def filler(ctx, en=False):
    a = ctx.person()
    key = ctx.r.choice(["thanks", "works", "ok", "later", "fillers", "fillers"])
    if key == "fillers":
        t = ctx.r.choice((ctx.EN if en else ctx.P)["fillers"]).format(sys=ctx.system())
    else:
        t = ctx.ph(key, en=en)
    return msg(a, t)


def script(ctx, n_secret, n_neg, n_fill, en=False, kinds=None):
    """A shuffled conversation of exchanges plus chatter."""
    r = ctx.r
    blocks = []
    pool = kinds or SECRET_EX
    for _ in range(n_secret):
        blocks.append(exchange(ctx, r.choice(pool), en))
    for _ in range(n_neg):
        blocks.append(exchange(ctx, r.choice(NEG_EX), en))
    for _ in range(n_fill):
        blocks.append([filler(ctx, en)])
    r.shuffle(blocks)
    out = [msg(ctx.person(), ctx.ph("hi", en=en))]
    for bl in blocks:
        out.extend(bl)
    return out
