"""The conversation script shared by every free-text format: who says what, which lines carry values."""

from core25 import mask, sha1_hex
from lang25b import P

PROSE_SHAPES = ["github-pat", "gitlab-pat", "npm", "slack-bot", "slack-hook", "sendgrid", "openai", "anthropic", "huggingface",
                "telegram", "discord", "stripe", "shopify", "digitalocean", "vercel", "linear", "notion", "figma", "postman",
                "grafana", "dockerhub", "vault", "doppler", "atlassian", "yandex-api", "vk", "deepl", "mailgun", "okta",
                "databricks", "supabase", "cloudflare-origin", "paystack", "turnstile", "matrix", "render"]


class Msg:
    __slots__ = ("who", "text", "label")

    def __init__(self, who, text, label=None):
        self.who, self.text, self.label = who, text, label


def _sec(value, cat, group="generic"):
    return {"kind": "secret", "value": value, "category": cat, "group": group}


def _neg(value, cat):
    return {"kind": "negative", "value": value, "category": cat}


def secret_msgs(c, kind, lang, a, b):
    """One secret-bearing exchange; returns a list of messages (the last carrying the label unless said otherwise)."""
    p, r = P[lang], c.r
    sysname = c.system()
    if kind == "pw":
        v = c.pw(spaces=False)
        return [Msg(a, p["pw"][r.randrange(len(p["pw"]))].format(v=v, sys=sysname, who=b["first"]), _sec(v, "password-in-text"))]
    if kind == "native":
        v = c.pw(native=True)
        return [Msg(a, p["pw"][0].format(v=v, sys=sysname, who=b["first"]), _sec(v, "password-in-text"))]
    if kind == "tok":
        v, cat, _ = c.tok(r.choice(PROSE_SHAPES), bot=c.slug.split("-")[0] + "bot")
        return [Msg(a, r.choice(p["tok"]).format(v=v, sys=sysname, who=b["first"]), _sec(v, cat, "provider"))]
    if kind == "lead":
        v = c.pw(r.choice(["strong", "human", "phrase"]))
        return [Msg(a, p["lead"].format(sys=sysname)), Msg(a, v, _sec(v, "password-in-text"))]
    if kind == "ask":
        v = c.pw()
        return [Msg(a, p["ask"].format(sys=sysname)), Msg(b, p["ans"].format(v=v), _sec(v, "password-in-text"))]
    if kind == "temp":
        v = c.pw(r.choice(["strong", "punct", "human"]))
        return [Msg(a, p["temp"].format(v=v), _sec(v, "temporary-password"))]
    if kind == "wifi":
        v = c.pw(r.choice(["phrase", "human", "weak", "native"]), spaces=True)
        return [Msg(a, p["wifi"].format(v=v, ssid=r.choice(c.t["ssids"])), _sec(v, "wifi-psk"))]
    if kind == "uri":
        v = c.pw(avoid=c.URI)
        scheme, role = r.choice([("postgresql", "pg"), ("mysql", "db"), ("mongodb", "mongo"), ("redis", "redis")])
        host = c.host(role)
        return [Msg(a, "%s://%s:%s@%s/%s" % (scheme, c.user(), v, host, "app" if scheme != "redis" else "0"),
                    _sec(v, "connection-uri-password"))]
    if kind == "curl":
        v = c.pw(avoid=c.URI + "'")
        return [Msg(a, "curl -u admin:'%s' https://%s/api/health" % (v, c.host("nas")), _sec(v, "command-line-password"))]
    if kind == "vless" and getattr(c, "vless_done", False):
        return secret_msgs(c, "tok", lang, a, b)
    if kind == "vless":
        c.vless_done = True
        v = c.uuid()
        return [Msg(a, "vless://%s@edge.%s:443?encryption=none&security=reality&type=tcp#%s" % (v, c.domain, c.slug[:8]),
                    _sec(v, "vless-share-link"))]
    raise KeyError(kind)


def negative_msgs(c, kind, lang, a):
    p, r = P[lang], c.r
    if kind == "revoked":
        v, cat, _ = c.tok(r.choice(PROSE_SHAPES), bot="oldbot")
        return [Msg(a, p["revoked"].format(v=v, date=c.date()), _neg(v, "revoked-credential"))]
    if kind == "masked":
        v, _, _ = c.tok(r.choice(["stripe", "slack-bot", "sendgrid", "openai", "github-pat"]))
        c.registry.discard(v)
        m = mask(v)
        return [Msg(a, p["masked"].format(v=m), _neg(m, "masked-token"))]
    if kind == "ref":
        ref = "secret/%s/%s" % (c.slug, r.choice(["erp/db", "nas/admin", "smtp/relay", "vpn/psk"]))
        return [Msg(a, p["ref"].format(v=ref, sys=c.system()), _neg(ref, "vault-reference"))]
    if kind == "nochat":
        return [Msg(a, p["nochat"], _neg(p["nochat"], "no-passwords-sentence"))]
    if kind == "policy":
        return [Msg(a, p["policy"], _neg(p["policy"], "password-policy-sentence"))]
    if kind == "sha":
        h = sha1_hex(r)
        return [Msg(a, "build %s → %s (commit %s)" % (r.randint(100, 999), c.host("app").split(".")[0], h), _neg(h, "commit-sha"))]
    if kind == "uuid":
        u = c.uuid()
        return [Msg(a, "request id %s" % u, _neg(u, "request-id"))]
    raise KeyError(kind)


SECRET_KINDS = ["pw", "pw", "tok", "tok", "tok", "lead", "ask", "temp", "wifi", "uri", "curl", "native", "vless"]
NEG_KINDS = ["revoked", "masked", "ref", "nochat", "policy", "sha", "uuid"]


def script(c, n_sec, n_neg, lang=None, sec_kinds=None, neg_kinds=None, chatter=2, n_people=3, opener=True):
    """A conversation among two or three people: n_sec secret exchanges, n_neg negative lines, some chatter."""
    lang = lang or c.lang
    r = c.r
    people = r.sample(c.people, n_people)
    parts = []
    for k in r.sample(sec_kinds or SECRET_KINDS, n_sec):
        a, b = r.sample(people, 2) if len(people) > 1 else (people[0], people[0])
        parts.append(secret_msgs(c, k, lang, a, b))
    for k in r.sample(neg_kinds or NEG_KINDS, n_neg):
        parts.append(negative_msgs(c, k, lang, r.choice(people)))
    first = r.choice([P[lang]["chat"][0], P[lang]["chat"][4]])
    for t in r.sample([x for x in P[lang]["chat"] if x != first], chatter):
        parts.append([Msg(r.choice(people), t)])
    r.shuffle(parts)
    if opener == "ticket":
        msgs = [Msg(people[0], P[lang]["ask"].format(sys=c.system()))]
    else:
        msgs = [Msg(people[0], first)] if opener else []
    for part in parts:
        msgs.extend(part)
    return msgs, people


def pick_lang(c, english_share=0.2):
    return "en" if c.r.random() < english_share else c.lang


def emit(doc, line, m):
    """Append one rendered line; label it when the message carries a value that appears on it."""
    lab = m.label if m else None
    if lab and lab["value"] in line:
        if lab["kind"] == "secret":
            doc.s(line, lab["value"], lab["category"], group=lab["group"])
        else:
            doc.n(line, lab["value"], lab["category"])
    else:
        if lab:
            raise AssertionError("value lost in rendering: %r / %r" % (lab["value"], line))
        doc.add(line)
