"""The conversation script: exchanges that carry secrets or negatives, plus chatter.

A message is {"who": Person, "text": str, "item": None | {kind, value, cat, group[, note]}}; every message is
one line."""

import urllib.parse

from core27 import HEX, rs, sh_quote
import prov27

SECRET_EX = ["share", "ask", "nextline", "temp", "wifi", "token", "uri", "paren", "dash", "curl", "reset",
             "revoked", "rotated"]
SECRET_W = [14, 9, 7, 8, 7, 10, 6, 6, 6, 6, 6, 6, 5]
NEG_EX = ["masked", "vault", "nopw", "policy", "reqid", "sha"]


def _pw(ctx, rng, english, wifi=False):
    native = (not english) and rng.random() < (0.4 if wifi else 0.1)
    if native and ctx.L["native_words"]:
        return ctx.pw(style="native", rng=rng)
    return ctx.pw(rng=rng)


def _sec(v, cat, group="generic", note=None):
    it = {"kind": "secret", "value": v, "cat": cat, "group": group}
    if note:
        it["note"] = note
    return it


def secret_exchange(ctx, kind, rng, english, people, allow_provider=True):
    a, b = people
    sysn = ctx.sysname(rng)
    ph = lambda key, **kw: ctx.phrase(key, english, **kw)  # noqa: E731
    if kind in ("token", "revoked") and not allow_provider:
        kind = "share"
    if kind == "share":
        v = _pw(ctx, rng, english)
        return [dict(who=a, text=ph("share", who=b.name(english).split()[0], sys=sysn, v=v), item=_sec(v, "chat-password"))]
    if kind == "ask":
        v = _pw(ctx, rng, english)
        return [dict(who=b, text=ph("ask", sys=sysn), item=None), dict(who=a, text=v, item=_sec(v, "chat-password"))]
    if kind == "nextline":
        v = _pw(ctx, rng, english)
        return [dict(who=a, text=ph("nextline", sys=sysn), item=None), dict(who=a, text=v, item=_sec(v, "chat-password"))]
    if kind == "temp":
        v = ctx.pw(style=rng.choice(["human", "weak", "year", "leet"]), rng=rng)
        return [dict(who=a, text=ph("temp", user=b.handle, v=v), item=_sec(v, "temporary-password"))]
    if kind == "wifi":
        v = _pw(ctx, rng, english, wifi=True)
        return [dict(who=a, text=ph("wifi", ssid=rng.choice(ctx.t["ssids"]), v=v), item=_sec(v, "wifi-password"))]
    if kind == "token":
        shape = rng.choice(prov27.FREE_TEXT_SHAPES)
        v = prov27.token(ctx, shape, rng)
        return [dict(who=a, text=ph("token", prov=prov27.SHAPES[shape][1], v=v), item=_sec(v, shape, "provider"))]
    if kind == "uri":
        v = ctx.pw(rng=rng)
        q = urllib.parse.quote(v, safe="")
        uri = "postgresql://%s:%s@%s:5432/%s" % (ctx.user(rng), q, ctx.host("db", rng=rng), ctx.t["users"][0])
        return [dict(who=a, text=ph("uri", v=uri), item=_sec(q, "uri-password"))]
    if kind == "paren":
        v = _pw(ctx, rng, english)
        return [dict(who=a, text=ph("paren", user=ctx.user(rng), v=v), item=_sec(v, "chat-password"))]
    if kind == "dash":
        v = _pw(ctx, rng, english)
        return [dict(who=a, text=ph("dash", sys=sysn, v=v), item=_sec(v, "chat-password"))]
    if kind == "curl":
        v = ctx.pw(rng=rng)
        cmd = "curl -u %s https://%s/api/health" % (sh_quote("%s:%s" % (ctx.user(rng), v)), ctx.host(rng=rng))
        return [dict(who=a, text=ph("curl"), item=None), dict(who=a, text=cmd, item=_sec(v, "curl-password"))]
    if kind == "reset":
        v = _pw(ctx, rng, english)
        return [dict(who=a, text=ph("reset", v=v), item=_sec(v, "reset-password"))]
    if kind == "revoked":
        shape = rng.choice(prov27.FREE_TEXT_SHAPES)
        v = prov27.token(ctx, shape, rng)
        return [dict(who=a, text=ph("revoked", v=v), item=_sec(v, shape, "provider", note="revoked-shown-in-full"))]
    # rotated: the old password quoted in full, then the new one
    old, new = _pw(ctx, rng, english), ctx.pw(rng=rng)
    return [dict(who=a, text=ph("rotated_old", sys=sysn, v=old),
                 item=_sec(old, "chat-password", note="rotated-shown-in-full")),
            dict(who=a, text=ph("rotated_new", v=new), item=_sec(new, "chat-password"))]


def neg_exchange(ctx, kind, rng, english, who):
    ph = lambda key, **kw: ctx.phrase(key, english, **kw)  # noqa: E731
    if kind == "masked":
        v = ctx.masked(prov27.token(ctx, rng.choice(["stripe-secret", "github-pat", "sendgrid", "openai"]), rng), rng)
        return [dict(who=who, text=ph("masked", v=v), item={"kind": "negative", "value": v, "cat": "masked"})]
    if kind == "vault":
        v = rng.choice(["op://%s/%s/password", "secret/data/%s/%s", "vault:kv/%s/%s"]) % (
            ctx.t["hosts"][0], rng.choice(ctx.t["users"]) + str(rng.randrange(10, 99)))
        if not ctx.reg.claim(v):
            return []
        return [dict(who=who, text=ph("vault", v=v), item={"kind": "negative", "value": v, "cat": "vault-reference"})]
    if kind in ("nopw", "policy"):
        s = ph(kind)
        if not ctx.reg.claim(s):
            return [dict(who=who, text=s, item=None)]
        return [dict(who=who, text=s, item={"kind": "negative", "value": s, "cat": "policy-sentence"})]
    if kind == "reqid":
        v = ctx.uuid(rng)
        return [dict(who=who, text=ph("reqid", v=v), item={"kind": "negative", "value": v, "cat": "request-id"})]
    v = ctx.uniq(lambda: rs(rng, HEX, 40))
    return [dict(who=who, text=ph("sha", v=v), item={"kind": "negative", "value": v, "cat": "git-sha"})]


SINGLE = [k for k in SECRET_EX if k not in ("ask", "nextline", "curl", "rotated")]


def script(ctx, rng, english, n_secret, n_neg, n_chat, allow_provider=True, people=None, single=False,
           neg_kinds=None):
    people = people or ctx.persons(3, rng)
    blocks = []
    if single:
        kinds = rng.choices(SINGLE, [SECRET_W[SECRET_EX.index(k)] for k in SINGLE], k=n_secret)
    else:
        kinds = rng.choices(SECRET_EX, SECRET_W, k=n_secret)
    for k in kinds:
        pr = rng.sample(people, 2)
        blocks.append(secret_exchange(ctx, k, rng, english, pr, allow_provider))
    pool = neg_kinds or NEG_EX
    for k in rng.sample(pool, min(n_neg, len(pool))):
        blocks.append(neg_exchange(ctx, k, rng, english, rng.choice(people)))
    chatter = ctx.phrases("chatter", english)
    order = []
    for _ in range(n_chat):
        if not order:
            order = rng.sample(chatter, len(chatter))
        t = order.pop().format(sys=ctx.sysname(rng))
        blocks.append([dict(who=rng.choice(people), text=t, item=None)])
    rng.shuffle(blocks)
    return [m for b in blocks for m in b], people
