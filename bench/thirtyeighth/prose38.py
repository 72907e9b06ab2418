"""Conversation items for the free-text files (thirty-eighth corpus)."""
import lang38 as LG
import prov38 as P
import script38 as S
from core38 import ALNUM, LOWER_ALNUM, b64, rbytes, rhex, rs, ruuid

SECRET_TYPES = ["pw", "pw", "pw", "below", "ask", "wifi", "door", "alarm", "backup", "temp", "token", "token",
                "revoked", "rotated", "uri", "cmd", "pair"]
NEG_TYPES = ["masked", "ref", "placeholder", "hash", "uuid", "public", "policy"]


class Msg:
    def __init__(self, who, text):
        self.who, self.text = who, text


def _frame(c, L, mode, typ):
    opts = [t for k, t in L["frame_list"] if k == typ]
    return LG.render(L, c.r.choice(opts), mode)


def _ctx(c):
    return dict(sys=c.sys(), to=c.person()[0].split()[0], place=c.r.choice(c.t["places"]), ssid=c.r.choice(c.t["ssids"]))


def secret_item(c, d, L, mode, typ, people):
    a, b = people[0], people[1]
    kw = _ctx(c)
    ds = LG.digits_system(L, mode)
    if typ in ("pw", "temp"):
        style = c.r.choice(["strong", "human", "leet", "phrase", "weak", "native", "native"])
        v = c.f(lambda r: P.password(r, c.t, style, native=lambda rr: LG.native_password(L, c.t, rr, mode)))
        return [Msg(a, LG.fill(_frame(c, L, mode, typ), v=d.s(v, "chat-password" if typ == "pw" else "temporary-password"), **kw))]
    if typ == "below":
        v = c.pw()
        return [Msg(a, LG.fill(_frame(c, L, mode, "below"), **kw)), Msg(a, d.s(v, "chat-password"))]
    if typ == "ask":
        v = c.f(lambda r: P.wifi_key(r, c.t)) if c.r.random() < 0.3 else c.pw()
        return [Msg(b, LG.fill(_frame(c, L, mode, "ask"), **kw)), Msg(a, d.s(v, "chat-password"))]
    if typ == "wifi":
        v = c.f(lambda r: P.wifi_key(r, c.t))
        return [Msg(a, LG.fill(_frame(c, L, mode, "wifi"), v=d.s(v, "wifi-key"), **kw))]
    if typ in ("door", "alarm"):
        v = P.door_code(c.r) if typ == "door" else P.pin(c.r)
        if ds != "ascii" and c.r.random() < 0.5:
            v = S.native_digits(v, ds)
        c.reg.add(v) if c.reg.ok(v) else None
        return [Msg(a, LG.fill(_frame(c, L, mode, typ), v=d.s(v, "door-code" if typ == "door" else "alarm-pin"), **kw))]
    if typ == "backup":
        nw = LG.native_word(L, c.t, c.r, mode) if L["code"] != "en" else None
        v = c.f(lambda r: P.backup_phrase(r, c.t, nw))
        return [Msg(a, LG.fill(_frame(c, L, mode, "backup"), v=d.s(v, "backup-passphrase"), **kw))]
    if typ in ("token", "revoked"):
        prov, fn = c.r.choice(P.PROSE_TOKENS)
        v = c.f(fn)
        cat = prov.lower().replace(" ", "-") + "-token"
        kw["prov"] = prov
        note = "revoked" if typ == "revoked" else None
        return [Msg(a, LG.fill(_frame(c, L, mode, typ), v=d.s(v, cat, note=note), **kw))]
    if typ == "rotated":
        v = c.pw()
        ref = P.reference(c.r, "%s_PASSWORD" % kw["sys"].upper().replace("-", "_"))
        return [Msg(a, LG.fill(_frame(c, L, mode, "rotated"), v=d.s(v, "chat-password", note="rotated"), **kw)),
                Msg(a, LG.fill(_frame(c, L, mode, "ref"), v=d.neg(ref, "secret-reference"), **kw))]
    if typ == "uri":
        pw = c.pw(uri=True)
        scheme = c.r.choice(["postgresql", "mysql", "mongodb+srv", "redis", "amqp", "smtp", "ftp"])
        host = "%s.%s" % (kw["sys"], c.dom)
        u = "%s://%s:%s@%s/%s" % (scheme, c.person()[1].replace(".", ""), pw, host, "" if scheme in ("redis", "smtp", "ftp") else c.slug)
        return [Msg(a, LG.fill(_frame(c, L, mode, "uri"), v=d.s(u, "connection-uri", secret_part=pw), **kw))]
    if typ == "cmd":
        pw = c.pw().replace("'", "")
        tmpl = c.r.choice(["mysql -u %s -p'{p}' -h db.%s" % (c.slug, c.dom), "PGPASSWORD='{p}' psql -h db.%s -U report" % c.dom,
                           "curl -u %s:'{p}' https://api.%s/v1/stock" % (c.slug, c.dom), "redis-cli -a '{p}' -h cache.%s" % c.dom,
                           "sshpass -p '{p}' ssh ops@gw.%s" % c.dom, "smbclient //nas/share -U %s%%'{p}'" % c.slug])
        pre, post = tmpl.split("{p}")
        return [Msg(a, LG.fill(_frame(c, L, mode, "cmd"), v=pre + d.s(pw, "command-line-password") + post, **kw))]
    # pair
    if c.r.random() < 0.5:
        kid, sec = P.aws_pair(c.r)
        cat = "aws-secret-access-key"
    else:
        kid, sec = P.twilio_pair(c.r)
        cat = "twilio-auth-token"
    c.reg.add(sec)
    pid = "p%d" % (d.n + 1)
    idl, secl = [t for k, t in L["frame_list"] if k == "pair"][0].split("|")
    return [Msg(a, LG.fill(LG.render(L, idl, mode), id=d.pid(kid, pid))),
            Msg(a, LG.fill(LG.render(L, secl, mode), v=d.s(sec, cat, pair=pid)))]


def neg_item(c, d, L, mode, typ, people, policy_label):
    a = people[0]
    kw = _ctx(c)
    if typ == "masked":
        v = P.mask(c.r, c.r.choice(P.PROSE_TOKENS)[1](c.r))
        return [Msg(a, LG.fill(_frame(c, L, mode, "masked"), v=d.neg(v, "masked-token"), **kw))]
    if typ == "ref":
        v = P.reference(c.r, "%s_TOKEN" % kw["sys"].upper().replace("-", "_"))
        return [Msg(a, LG.fill(_frame(c, L, mode, "ref"), v=d.neg(v, "secret-reference"), **kw))]
    if typ == "placeholder":
        if L["code"] != "en" and c.r.random() < 0.5:
            v, cat, lang = LG.render(L, L["placeholder"], mode), "placeholder", L["code"]
        else:
            v, cat, lang = c.r.choice(P.PLACEHOLDERS), "placeholder", None
        return [Msg(a, LG.fill(_frame(c, L, mode, "placeholder"), v=d.neg(v, cat, lang=lang), **kw))]
    if typ == "hash":
        v, cat = c.r.choice([(P.sha256(c.r), "sha256-digest"), (P.bcrypt_hash(c.r), "bcrypt-hash"),
                             (P.sha512crypt(c.r), "sha512crypt-hash"), (P.argon2(c.r), "argon2-hash"), (P.ssh_fp(c.r), "ssh-fingerprint")])
        return [Msg(a, LG.fill(_frame(c, L, mode, "hash"), v=d.neg(v, cat), **kw))]
    if typ == "uuid":
        return [Msg(a, LG.fill(_frame(c, L, mode, "uuid"), v=d.neg(ruuid(c.r), "uuid"), **kw))]
    if typ == "public":
        v, cat = c.r.choice([("pk_live_" + rs(c.r, ALNUM, 99), "stripe-publishable-key"),
                             ("https://%s@o%d.ingest.sentry.io/%d" % (rhex(c.r, 32), c.r.randrange(10 ** 5, 10 ** 6), c.r.randrange(10 ** 6, 10 ** 7)), "sentry-dsn"),
                             (P.DOC_EXAMPLES[c.r.randrange(len(P.DOC_EXAMPLES))][1], "vendor-example")])
        cite = None
        if cat == "vendor-example":
            for ca, val, ci in P.DOC_EXAMPLES:
                if val == v:
                    cat, cite = ca, ci
        return [Msg(a, LG.fill(_frame(c, L, mode, "public"), v=d.neg(v, cat, cite=cite), **kw))]
    text = LG.render(L, L["policy"], mode)
    return [Msg(a, d.neg(text, "policy-text", lang=L["code"]) if policy_label else text)]


def conversation(c, d, L, mode, n_sec, n_neg):
    ppl = c.t["people"][:]
    c.r.shuffle(ppl)
    ppl = ppl[:c.r.randrange(2, 5)]
    blocks = []
    for _ in range(n_sec):
        c.r.shuffle(ppl)
        blocks.append(secret_item(c, d, L, mode, c.r.choice(SECRET_TYPES), ppl))
    for _ in range(n_neg):
        c.r.shuffle(ppl)
        blocks.append(neg_item(c, d, L, mode, c.r.choice(NEG_TYPES), ppl, c.r.random() < 0.4))
    for _ in range(c.r.randrange(2, 6)):
        blocks.append([Msg(c.r.choice(ppl), LG.render(L, c.r.choice(L["small"] + L["thanks"]), mode))])
    c.r.shuffle(blocks)
    greet = [Msg(ppl[0], LG.render(L, L["small"][0], mode))]
    thanks = [Msg(ppl[-1], LG.render(L, c.r.choice(L["thanks"]), mode))]
    return greet + [m for b in blocks for m in b] + thanks
