"""Conversation scripts for the free-text files: exchanges in the theme's language (or English) that carry
secrets and hard negatives in many phrasings."""

import prov31
from core31 import IdMark, N, S, chance, pick


class Msg:
    def __init__(self, who, text, item=None, table=None):
        self.who = who
        self.text = text
        self.item = item
        self.table = table          # list of (cells, item) rows for table-capable formats


SECRET_KINDS = ["pw_colon", "pw_is", "pw_quote", "pw_next", "pw_reply", "temp", "wifi", "token", "token",
                "revoked", "rotated", "door", "phrase", "uri", "cli", "pair", "table", "codespan"]
NEG_KINDS = ["vault", "masked", "placeholder", "envref", "commit", "uuid", "checksum", "fp", "pubkey", "hash",
             "example", "public"]
URI_SCHEMES = [("postgresql", 5432, "reports"), ("mysql", 3306, "shop"), ("mongodb", 27017, "orders"),
               ("redis", 6379, "0"), ("amqp", 5672, "vhost"), ("smtp", 587, ""), ("mariadb", 3306, "stock")]


class Script:
    def __init__(self, ctx, r, code, caps=()):
        self.ctx, self.r, self.code, self.caps = ctx, r, code, set(caps)
        self.L = ctx.L if code != "en" else ctx.EN
        self.msgs = []
        self.heads = set()
        self.deck = []

    def t(self, key, **kw):
        s = pick(self.r, self.L[key]).format(**kw)
        if self.code == "oc":                       # Occitan contractions: de + lo -> del, a + lo -> al, ...
            for a, b in ((" de lo ", " del "), (" de los ", " dels "), (" a lo ", " al "), (" per lo ", " pel "),
                         ("De lo ", "Del ")):
                s = s.replace(a, b)
        return s

    def who(self, other=None):
        for _ in range(5):
            p = self.ctx.person(self.r)
            if p is not other:
                return p
        return p

    def sysname(self):
        slug, native = self.ctx.system(self.r)
        return native if self.code != "en" else slug.upper() if len(slug) <= 3 else slug

    def say(self, text, item=None, who=None, table=None):
        m = Msg(who or self.who(), text, item, table)
        self.msgs.append(m)
        return m

    def chatter(self, n=1):
        for _ in range(n):
            if "doc" in self.caps:
                head = pick(self.r, self.L["subjects"]).format(sys=self.sysname())
                if head not in self.heads and len(self.heads) < 2:
                    self.heads.add(head)
                    self.say(("## " + head) if "md" in self.caps else head + ":")
            else:
                if not self.deck:
                    self.deck = list(self.L["chatter"])
                    self.r.shuffle(self.deck)
                self.say(self.deck.pop())

    def wrap(self, v):
        return "`" + v + "`" if "md" in self.caps and chance(self.r, .35) else v

    # ---------------------------------------------------------- secrets
    def secret(self, kind):
        c, r, L = self.ctx, self.r, self.L
        sysn, who = self.sysname(), self.who()
        if kind == "table" and "table" not in self.caps:
            kind = "pw_colon"
        if kind == "codespan" and "md" not in self.caps:
            kind = "pw_is"
        if kind in ("pw_colon", "pw_is", "pw_quote"):
            v = c.pw(r)
            self.say(self.t(kind, v=v if kind == "pw_quote" else self.wrap(v), sys=sysn, who=c.svc_user(r)), S(v, "prose-password"))
        elif kind == "codespan":
            v = c.pw(r, cs="shell")
            self.say(self.t("pw_colon", v="`" + v + "`", sys=sysn, who=c.svc_user(r)), S(v, "prose-password"))
        elif kind == "pw_next":
            v = c.pw(r)
            self.say(self.t("pw_next", sys=sysn), who=who)
            self.say(v, S(v, "prose-password"), who=who)
        elif kind == "pw_reply":
            v = c.pw(r)
            asker = self.who()
            self.say(self.t("ask", sys=sysn), who=asker)
            self.chatter(r.randrange(1, 4))
            self.say(self.t("reply", v=self.wrap(v)), S(v, "prose-password"), who=self.who(asker))
        elif kind == "temp":
            v = c.pw(r, style=pick(r, ["strong", "human", "weak"]))
            self.say(self.t("temp", v=v, sys=sysn), S(v, "prose-temp-password"))
        elif kind == "wifi":
            v = c.pw(r, style=pick(r, ["phrase", "human", "year", "native", "strong"]))
            self.say(self.t("wifi", v=v), S(v, "prose-wifi-psk"))
        elif kind in ("token", "revoked"):
            name = pick(r, prov31.PROSE_TOKENS)
            v, cat = c.tok(r, name)
            extra = {"note": "revoked"} if kind == "revoked" else {}
            self.say(self.t(kind, v=v, prov=prov31.LABELS.get(name, name)), S(v, cat, **extra))
        elif kind == "rotated":
            v = c.pw(r)
            self.say(self.t("rotated", v=v, sys=sysn), S(v, "prose-password", note="rotated"), who=who)
            if chance(r, .6):
                ref = c.ref(r)
                self.say(self.t("newref", v=ref), N(ref, "secret-reference"), who=who)
        elif kind == "door":
            v = c.door(r)
            self.say(self.t("door", v=v), S(v, "prose-door-code"))
        elif kind == "phrase":
            v = c.passphrase(r)
            self.say(self.t("phrase", v=v), S(v, "prose-passphrase"))
        elif kind == "uri":
            scheme, port, db = pick(r, URI_SCHEMES)
            v = c.pw(r, cs="uri")
            uri = "%s://%s:%s@%s:%d/%s" % (scheme, c.svc_user(r), v, c.host(r), port, db)
            self.say(self.t("uri", v=self.wrap(uri)), S(v, "prose-uri-password"))
        elif kind == "cli":
            v = c.pw(r, cs="shell")
            h, u = c.host(r), c.svc_user(r)
            cmd = pick(r, ["mysql -h %s -u %s -p'%s'" % (h, u, v), "curl -u %s:%s https://%s/api/health" % (u, v, h),
                           "smbclient //%s/scans -U %s%%%s" % (h, u, v), "rdesktop -u %s -p '%s' %s" % (u, v, h),
                           "PGPASSWORD='%s' psql -h %s -U %s" % (v, h, u), "mosquitto_sub -h %s -u %s -P '%s' -t '#'" % (h, u, v)])
            self.say(self.t("cli", v=self.wrap(cmd)), S(v, "prose-cli-password"))
        elif kind == "pair":
            name = pick(r, ["aws", "aws", "b2", "s3-compat", "twilio", "alibaba"])
            i, s, cat = c.pairv(r, name)
            it = S(s, cat, id_value=i)
            self.say(self.t("pair_id", v=i), IdMark(it), who=who)
            self.say(self.t("pair_sec", v=s), it, who=who)
        elif kind == "table":
            rows = []
            for _ in range(r.randrange(1, 3)):
                v = c.pw(r)
                rows.append(([self.sysname(), c.svc_user(r), v], S(v, "prose-password")))
            self.say("", table=[(L["table"], None)] + rows)

    # ---------------------------------------------------------- negatives
    def negative(self, kind):
        c, r = self.ctx, self.r
        if kind == "vault":
            v = c.ref(r)
            self.say(self.t("vault", v=v), N(v, "secret-reference"))
        elif kind == "masked":
            name = pick(r, prov31.PROSE_TOKENS)
            v = prov31.masked(r, prov31.token(r, name)[0])
            self.say(self.t("masked", v=v), N(v, "masked-token"))
        elif kind == "placeholder":
            v = prov31.placeholder(r)
            self.say(self.t("placeholder", v=v), N(v, "placeholder"))
        elif kind == "envref":
            v = c.envref(r, pick(r, ["DB_PASSWORD", "API_TOKEN", "SMTP_PASS", "SHOP_API_KEY", "MQTT_PASSWORD"]))
            self.say(self.t("envref", v=v), N(v, "env-reference"))
        elif kind == "commit":
            v = c.commit(r)[:pick(r, [40, 40, 12])]
            self.say(self.t("commit", v=v), N(v, "git-commit-sha"))
        elif kind == "uuid":
            v = c.uuid(r)
            self.say(self.t("uuid", v=v), N(v, "request-uuid"))
        elif kind == "checksum":
            v = c.sha256(r)
            self.say(self.t("checksum", v=v), N(v, "sha256-checksum"))
        elif kind == "fp":
            v = c.fp(r)
            self.say(self.t("fp", v=v), N(v, "ssh-host-fingerprint"))
        elif kind == "pubkey":
            v = c.ssh_pub(r)
            self.say(self.t("pubkey", v=v), N(v, "ssh-public-key"))
        elif kind == "hash":
            v = pick(r, [c.bcrypt, c.sha512crypt])(r)
            self.say(self.t("hash", v=v), N(v, "password-hash"))
        elif kind == "example":
            v, cat, cite = prov31.doc_example(r)
            self.say(self.t("example", v=v), N(v, cat, cite=cite))
        elif kind == "public":
            v, cat = prov31.public_value(r, pick(r, prov31.PUBLIC_KINDS))
            self.say(pick(r, ["%s (public, it is in the page source anyway)", "publishable key: %s",
                              "%s — this one is public by design"]) % v, N(v, cat))


def script(ctx, r, code, n_sec, n_neg, caps=()):
    sc = Script(ctx, r, code, caps)
    plan = [("s", pick(r, SECRET_KINDS)) for _ in range(n_sec)] + [("n", pick(r, NEG_KINDS)) for _ in range(n_neg)]
    r.shuffle(plan)
    if chance(r, .6):
        sc.chatter(r.randrange(1, 3))
    for what, kind in plan:
        if what == "s":
            sc.secret(kind)
        else:
            sc.negative(kind)
        if chance(r, .5):
            sc.chatter(1)
        if chance(r, .25) and "doc" not in sc.caps:
            sc.say(pick(r, sc.L["thanks"]))
    if chance(r, .3):
        sc.say(pick(r, sc.L["dont"]))
    return sc.msgs

