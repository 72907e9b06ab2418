"""Conversation items: secret items, negative items and chatter, as messages with marks on raw values.
Formats (formats36) escape the text and turn the marks into labels."""
import hashlib

import keys36
import prov36
from core36 import B62, DIGITS, HEX, LOWER, UPPER, b64, rbytes, rhex, rs, ruuid

COMMON_TOKENS = ["github", "github", "github-fine", "gitlab", "npm", "pypi", "slack-bot", "stripe", "sendgrid",
                 "openai", "anthropic", "hf", "google", "telegram", "discord", "do", "vault", "doppler", "shopify",
                 "grafana", "linear", "notion", "figma", "postman", "dockerhub", "cloudflare", "supabase", "groq",
                 "replicate", "openrouter", "okta", "atlassian", "buildkite", "render", "square", "vercel",
                 "mailgun", "mailchimp", "newrelic", "rubygems", "databricks", "pulumi", "sentry", "github-oauth",
                 "github-app", "stripe-rk", "slack-user", "prefect", "age", "azure-storage"]

URI_SAFE = UPPER + LOWER + DIGITS


def msg(who, text, marks=None):
    return dict(who=who, text=text, marks=marks or [])


def mk(raw, kind, cat, **extra):
    return dict(raw=raw, kind=kind, cat=cat, extra={k: v for k, v in extra.items() if v is not None})


class Speaker:
    def __init__(self, ctx, r):
        self.ctx = ctx
        self.r = r

    def one(self, avoid=None):
        ps = [p for p in self.ctx.people if p != avoid]
        return self.r.choice(ps)


def first(p):
    return p[0].split()[0] if not p[0].startswith(("Andi ", "Muh.", "St.")) else p[0].split()[1]


def fill(tpl, pk, **kw):
    q1, q2 = pk["q"]
    kw.setdefault("q1", q1)
    kw.setdefault("q2", q2)
    out = tpl
    for k, v in kw.items():
        out = out.replace("{%s}" % k, str(v))
    return out


def uri_password(ctx, r):
    def make():
        if r.random() < 0.5:
            w = r.choice(ctx.th["words"])
            return w + str(r.randint(10, 9999)) + r.choice(["", "-", "_", "."]) + rs(r, r.randint(2, 5), URI_SAFE)
        return rs(r, r.randint(14, 24), URI_SAFE)
    return ctx.reg.new(make, ctx.key + ":uri")


def make_uri(ctx, r, pw, scheme=None):
    scheme = scheme or r.choice(["postgresql", "postgres", "mysql", "mongodb+srv", "mongodb", "redis", "amqp", "smtp", "ftp"])
    user = ctx.user(r).replace(".", "_") if r.random() < 0.6 else r.choice(["app", "ops", "svc_" + ctx.th["systems"][0].replace("-", "_"), "admin"])
    sysn = r.choice(ctx.th["systems"])
    port = {"postgresql": 5432, "postgres": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672,
            "smtp": 587, "ftp": 21}.get(scheme)
    host = "%s.%s" % (sysn, ctx.domain) if scheme != "mongodb+srv" else "cluster0.%s.mongodb.net" % rs(r, 5, LOWER + DIGITS)
    db = sysn.replace("-", "_")
    if scheme == "redis":
        return "redis://:%s@%s:%d/0" % (pw, host, port)
    path = "" if scheme in ("smtp", "ftp") else "/" + db
    return "%s://%s:%s@%s%s%s" % (scheme, user, pw, host, (":%d" % port) if port else "", path)


def make_cli(ctx, r, pw):
    host = ctx.host(r)
    u = ctx.user(r)
    db = r.choice(ctx.th["systems"]).replace("-", "_")
    return r.choice([
        "mysql -u %s -p'%s' -h %s %s" % (u, pw, host, db),
        "PGPASSWORD='%s' psql -h %s -U %s %s" % (pw, host, u, db),
        "curl -u %s:%s https://%s/api/status" % (u, pw, host),
        "redis-cli -h %s -a '%s' ping" % (host, pw),
        "sshpass -p '%s' ssh %s@%s" % (pw, u, host),
        "lftp -u %s,'%s' ftp://%s" % (u, pw, host),
        "mosquitto_sub -h %s -u %s -P '%s' -t 'sensors/#'" % (host, u, pw),
        "smbclient //%s/share -U %s%%'%s'" % (host, u, pw),
    ])


class Items:
    """Builds conversation items for one file."""

    def __init__(self, ctx, pk, r, multiline=True, tables=False):
        self.ctx = ctx
        self.pk = pk
        self.r = r
        self.sp = Speaker(ctx, r)
        self.multiline = multiline
        self.tables = tables
        self.used_neg = set()

    def f(self, key):
        return self.r.choice(self.pk["f"][key])

    def t(self, key):
        return self.pk["t"][key]

    def sysname(self):
        return self.r.choice(self.ctx.th["systems"])

    # ------------------------------------------------------------ secret items
    def secret(self, kind):
        return getattr(self, "s_" + kind)()

    def _pw_line(self, key):
        r = self.r
        a = self.sp.one()
        s = self.sysname()
        pw = self.ctx.password(r)
        term = self.t("pw") if r.random() < 0.7 else self.t("pw2")
        text = fill(self.f(key), self.pk, t=term, v=pw, sys=s, who=first(self.sp.one(a)))
        return [msg(a, text, [mk(pw, "secret", "password")])]

    def s_colon(self):
        return self._pw_line("colon")

    def s_is(self):
        return self._pw_line("is_")

    def s_quote(self):
        return self._pw_line("quote")

    def s_paren(self):
        return self._pw_line("paren")

    def s_use(self):
        return self._pw_line("use")

    def s_below(self):
        r = self.r
        a = self.sp.one()
        s = self.sysname()
        pw = self.ctx.password(r)
        head = fill(self.f("below"), self.pk, t=self.t("pw"), sys=s)
        if self.multiline:
            return [msg(a, head + "\n" + pw, [mk(pw, "secret", "password")])]
        return [msg(a, head), msg(a, pw, [mk(pw, "secret", "password")])]

    def s_answer(self):
        r = self.r
        a = self.sp.one()
        b = self.sp.one(a)
        s = self.sysname()
        pw = self.ctx.password(r)
        term = r.choice([self.t("pw"), self.t("pw2"), self.t("wifi")])
        q = fill(self.f("ask"), self.pk, t=term, sys=s, who=first(b))
        ans = fill(self.f("answer"), self.pk, v=pw)
        cat = "wifi-key" if term == self.t("wifi") else "password"
        return [msg(a, q), msg(b, ans, [mk(pw, "secret", cat)])]

    def s_wifi(self):
        r = self.r
        a = self.sp.one()
        v = self.ctx.wifi(r)
        text = fill(self.f("wifi"), self.pk, t=self.t("wifi"), v=v, ssid=r.choice(self.ctx.th["ssids"]))
        return [msg(a, text, [mk(v, "secret", "wifi-key")])]

    def s_door(self):
        r = self.r
        a = self.sp.one()
        v = self.ctx.door(r)
        text = fill(self.f("door"), self.pk, t=self.t("door"), v=v, place=r.choice(self.ctx.th["places"]))
        return [msg(a, text, [mk(v, "secret", "door-code")])]

    def s_alarm(self):
        r = self.r
        a = self.sp.one()
        v = self.ctx.pin(r)
        text = fill(self.f("alarm"), self.pk, t=self.t("alarm"), v=v, place=r.choice(self.ctx.th["places"]))
        return [msg(a, text, [mk(v, "secret", "alarm-pin")])]

    def s_backup(self):
        r = self.r
        a = self.sp.one()
        v = self.ctx.passphrase(r)
        text = fill(self.f("backup"), self.pk, t=self.t("backup"), v=v, sys=self.sysname())
        return [msg(a, text, [mk(v, "secret", "backup-passphrase")])]

    def s_temp(self):
        r = self.r
        a = self.sp.one()
        b = self.sp.one(a)
        v = self.ctx.password(r, r.choice(["human", "weak", "random", "native"]))
        text = fill(self.f("temp"), self.pk, t=self.t("temp"), v=v, who=first(b))
        return [msg(a, text, [mk(v, "secret", "temporary-password")])]

    def _token(self):
        name = self.r.choice(COMMON_TOKENS)
        fn, cat, label = prov36.TOKENS[name]
        if name == "pypi":
            v = self.ctx.token(self.r, lambda rr: prov36._pypi(rr, self.r.choice(self.ctx.th["systems"])))
        else:
            v = self.ctx.token(self.r, fn)
        return v, cat, label

    def s_token(self):
        a = self.sp.one()
        v, cat, label = self._token()
        text = fill(self.f("token"), self.pk, prov=label, v=v, sys=self.sysname())
        return [msg(a, text, [mk(v, "secret", cat)])]

    def s_revoked(self):
        a = self.sp.one()
        v, cat, label = self._token()
        text = fill(self.f("revoked"), self.pk, prov=label, v=v)
        return [msg(a, text, [mk(v, "secret", cat, note="revoked")])]

    def s_rotated(self):
        r = self.r
        a = self.sp.one()
        s = self.sysname()
        pw = self.ctx.password(r)
        ref = prov36.reference(r, s.upper().replace("-", "_") + "_PASSWORD")
        m1 = msg(a, fill(self.f("rot_old"), self.pk, t=self.t("pw"), v=pw, sys=s), [mk(pw, "secret", "password", note="rotated")])
        m2 = msg(a, fill(self.f("rot_new"), self.pk, t=self.t("pw"), ref=ref), [mk(ref, "negative", "reference")])
        return [m1, m2]

    def s_uri(self):
        r = self.r
        pw = uri_password(self.ctx, r)
        uri = make_uri(self.ctx, r, pw)
        text = fill(self.f("uri"), self.pk, v=uri, sys=self.sysname())
        return [msg(self.sp.one(), text, [mk(uri, "secret", "connection-string", secret_part=pw)])]

    def s_cli(self):
        r = self.r
        pw = self.ctx.password(r, r.choice(["human", "random", "phrase", "weak"]))
        cmd = make_cli(self.ctx, r, pw)
        text = fill(self.f("cli"), self.pk, v=cmd, sys=self.sysname())
        return [msg(self.sp.one(), text, [mk(pw, "secret", "cli-password")])]

    def s_pair(self):
        r = self.r
        name = r.choice(prov36.PAIR_NAMES)
        fn, cat, label = prov36.PAIRS[name]
        holder = {}

        def make():
            holder["p"] = fn(r)
            return holder["p"][1]
        sec = self.ctx.reg.new(make, self.ctx.key + ":pair")
        kid = holder["p"][0]
        self.ctx.reg.add(kid, self.ctx.key + ":pair-id")
        names = {"aws": ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"), "twilio": ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"),
                 "alibaba": ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                 "tencent": ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"),
                 "b2": ("B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY")}[name]
        sep = r.choice(["=", ": ", " = "])
        head = fill(self.f("pair"), self.pk, prov=label, sys=self.sysname())
        body = "%s%s%s\n%s%s%s" % (names[0], sep, kid, names[1], sep, sec)
        m = mk(sec, "secret", cat, pair_id=kid)
        if self.multiline:
            return [msg(self.sp.one(), head + "\n" + body, [m])]
        return [msg(self.sp.one(), head + " " + body.replace("\n", " "), [m])]

    def s_table(self):
        r = self.r
        if not (self.multiline and self.tables):
            return self.s_colon()
        rows = []
        marks = []
        for s in r.sample(self.ctx.th["systems"], r.randint(2, 3)):
            pw = self.ctx.password(r)
            rows.append("| %s | %s | %s |" % (s, self.ctx.user(r), pw))
            marks.append(mk(pw, "secret", "password"))
        h = self.pk["table"]
        text = "| %s | %s | %s |\n|---|---|---|\n%s" % (h[0], h[1], h[2], "\n".join(rows))
        return [msg(self.sp.one(), text, marks, ) | {"table": True}]

    # ------------------------------------------------------------ negative items
    def negative(self, kind):
        for _ in range(20):
            out = getattr(self, "n_" + kind)()
            vals = [m["raw"] for x in out for m in x["marks"]]
            if not any(v in self.used_neg for v in vals):
                self.used_neg.update(vals)
                return out
        return []

    def _neg(self, key, v, cat, **kw):
        a = self.sp.one()
        text = fill(self.f(key), self.pk, v=v, sys=self.sysname(), t=self.t("pw"), who=first(self.sp.one(a)),
                    prov=kw.pop("prov", "GitHub"))
        return [msg(a, text, [mk(v, "negative", cat, **kw)])]

    def n_masked(self):
        name = self.r.choice(COMMON_TOKENS[:20])
        fn, cat, label = prov36.TOKENS[name]
        tok = fn(self.r) if name != "pypi" else prov36._pypi(self.r)
        return self._neg("masked", prov36.mask(self.r, tok), "masked", prov=label)

    def n_ref(self):
        return self._neg("ref", prov36.reference(self.r), "reference")

    def n_placeholder(self):
        v = self.pk["placeholder"] if self.r.random() < 0.5 else self.r.choice(prov36.PLACEHOLDERS)
        return self._neg("placeholder", v, "placeholder")

    def n_checksum(self):
        return self._neg("checksum", prov36.sha256_hex(self.r), "checksum")

    def n_fp(self):
        fp = "SHA256:" + b64(hashlib.sha256(rbytes(self.r, 51)).digest()).rstrip("=")
        return self._neg("fp", fp, "ssh-fingerprint")

    def n_commit(self):
        v = rhex(self.r, 40) if self.r.random() < 0.6 else rhex(self.r, self.r.choice([7, 8, 12]))
        return self._neg("commit", v, "commit-sha")

    def n_uuid(self):
        return self._neg("uuid", ruuid(self.r), "uuid")

    def n_hash(self):
        a = self.sp.one()
        frame = self.f("hash")
        gen = prov36.bcrypt_like if "bcrypt" in frame else self.r.choice([prov36.bcrypt_like, prov36.argon2, prov36.sha512crypt])
        v = gen(self.r)
        return [msg(a, fill(frame, self.pk, v=v), [mk(v, "negative", "password-hash")])]

    def n_example(self):
        v, cat, cite = self.r.choice(prov36.DOC_EXAMPLES)
        return self._neg("example", v, "documented-example", cite=cite)

    def n_public(self):
        v, what = prov36.public_value(self.r, self.r.choice(prov36.PUBLIC_KINDS))
        return self._neg("public", v, "public-by-design", cite=what)

    # ------------------------------------------------------------ chatter
    def chatter(self):
        a = self.sp.one()
        if not getattr(self, "_chat_pool", None):
            self._chat_pool = list(self.pk["chatter"])
            self.r.shuffle(self._chat_pool)
        return msg(a, fill(self._chat_pool.pop(), self.pk, who=first(self.sp.one(a))))

    def greet(self):
        a = self.sp.one()
        return msg(a, fill(self.r.choice(self.pk["greet"]), self.pk, who=first(self.sp.one(a))))

    def thanks(self):
        a = self.sp.one()
        return msg(a, fill(self.r.choice(self.pk["thanks"]), self.pk, who=first(self.sp.one(a))))

    def yes(self):
        if not getattr(self, "_yes_pool", None):
            self._yes_pool = list(self.pk["yes"])
            self.r.shuffle(self._yes_pool)
        return msg(self.sp.one(), self._yes_pool.pop())

    def no_paste(self, label=None):
        text = self.r.choice(self.pk["no_paste"])
        if label is None:
            label = self.r.random() < 0.4
        if label and text not in self.used_neg:
            self.used_neg.add(text)
            return msg(self.sp.one(), text, [mk(text, "negative", "policy-text")])
        return msg(self.sp.one(), text)


SECRET_KINDS = ["colon", "is", "quote", "paren", "use", "below", "answer", "wifi", "door", "alarm", "backup", "temp",
                "token", "revoked", "rotated", "uri", "cli", "pair", "table"]
NEG_KINDS = ["masked", "ref", "placeholder", "checksum", "fp", "commit", "uuid", "hash", "example", "public"]


def conversation(items, sec_kinds, neg_kinds, n_chat, greet=True, allow_no_paste=True):
    """A shuffled conversation: list of messages."""
    r = items.r
    blocks = [items.secret(k) for k in sec_kinds] + [items.negative(k) for k in neg_kinds]
    blocks = [b for b in blocks if b]
    for _ in range(n_chat):
        blocks.append([items.chatter()] if r.random() < 0.75 else [items.yes()])
    if allow_no_paste and r.random() < 0.35:
        blocks.append([items.no_paste()])
    r.shuffle(blocks)
    out = [items.greet()] if greet else []
    for b in blocks:
        out.extend(b)
        if b and b[0]["marks"] and r.random() < 0.3:
            out.append(items.thanks())
    return out
