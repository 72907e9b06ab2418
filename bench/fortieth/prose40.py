"""Conversation items for the free-text files: secrets in the 31 frames, negatives in the 6 negative frames,
documented examples, the policy sentence, small talk.  An item is a list of (role, text); role 'a' speaks, 'b'
answers.  A text has no newline except the two-line pair frame."""

from core40 import ALNUM, DIGITS, LOWER, hexs, rs, uuid4
from prov40 import (EXAMPLES, HASHES, PAIRS, PLACEHOLDERS, TOKENS, alarm_pin, backup_phrase, door_code, mask,
                    public_value, pw_leet, pw_phrase, pw_strong, pw_weak, pw_word_year, reference, temp_pw, wifi_key)
from script40 import fold, native_digits, render

PW_FRAMES = ["pw_colon", "pw_quote", "pw_is", "pw_paren", "pw_dash", "pw_trail", "pw_use", "pw_cs1", "pw_cs2"]
SECRET_KINDS = PW_FRAMES + ["pw_below", "q_pw", "q_door", "wifi1", "wifi2", "door1", "door2", "alarm1", "alarm2",
                            "backup1", "backup2", "temp1", "temp2", "token1", "token2", "revoked1", "revoked2",
                            "rotated1", "rotated2", "conn", "cmd", "pair"]
NEG_KINDS = ["neg_masked", "neg_ref", "neg_placeholder", "neg_hash", "neg_ticket", "neg_public", "example"]
PROSE_TOKENS = ["ghp", "github_pat", "glpat", "glrt", "npm", "google", "gocspx", "xoxb", "stripe", "sendgrid",
                "openai_sa", "anthropic", "hf", "groq", "telegram", "discord", "atlassian", "linear", "notion",
                "doppler", "heroku", "age", "azure_storage", "swarm", "prefect", "render", "circleci", "braintree",
                "shpss", "mailchimp"]
CONN = [("mysql", 3306), ("mongodb+srv", 0), ("amqp", 5672), ("postgresql", 5432), ("redis", 6379), ("smtps", 465)]


class Speaker:
    """Renders frames for one file: language, romanised or not, accent folding or not."""

    def __init__(self, T, d, r, L, romanised, folded):
        self.T, self.d, self.r, self.L = T, d, r, L
        self.romanised, self.folded = romanised, folded
        self.lang = L["code"]

    def frame(self, key, **vals):
        f = self.L["frames"][key]
        return [self.fill(x, **vals) for x in f] if isinstance(f, tuple) else self.fill(f, **vals)

    def fill(self, text, **vals):
        s = render(text, self.L["script"], self.romanised)
        if self.folded:
            s = fold(s)
        T, r = self.T, self.r
        ctx = dict(s=T.sys(r), p=r.choice(T.places), w=r.choice(T.ssids), n=T.person(r).split()[0])
        ctx.update(vals)
        for k, v in ctx.items():
            s = s.replace("{%s}" % k, v)
        return s

    def nat_word(self):
        w = self.r.choice(self.L["native"])
        return w if self.romanised else render(w, self.L["script"])

    def digits(self, s):
        sysd = self.L["digits"]
        if sysd and not self.romanised and self.r.random() < 0.5:
            return native_digits(s, sysd)
        return s

    # ------------------------------------------------------------ values
    def password(self):
        r = self.r
        style = r.choice(["strong", "strong", "year", "leet", "phrase", "weak", "native", "native"])
        w = self.nat_word()
        if style == "native":
            fn = lambda: w + self.digits(str(r.randint(1960, 2025))) + r.choice(["", "!", "#", "@"])
        elif style == "year":
            fn = lambda: pw_word_year(r, w if w.isascii() else None)
        elif style == "leet":
            fn = lambda: pw_leet(r)
        elif style == "phrase":
            fn = lambda: pw_phrase(r, w if w.isascii() else None)
        elif style == "weak":
            fn = lambda: pw_weak(r, w.lower() if w.isascii() else None)
        else:
            fn = lambda: pw_strong(r)
        return self.T.u(fn)

    def sec(self, v, cat, **kw):
        return self.d.s(v, cat, lang=self.lang, **kw)

    def neg(self, v, cat, **kw):
        return self.d.n(v, cat, lang=self.lang, **kw)

    # ------------------------------------------------------------ items
    def secret_item(self, kind):
        T, r = self.T, self.r
        if kind in PW_FRAMES:
            return [("a", self.frame(kind, v=self.sec(self.password(), "password")))]
        if kind == "pw_below":
            return [("a", self.frame(kind)), ("a", self.sec(self.password(), "password"))]
        if kind == "q_pw":
            return [("a", self.frame(kind)), ("b", self.sec(self.password(), "password"))]
        if kind == "q_door":
            return [("a", self.frame(kind)), ("b", self.sec(T.u(lambda: self.digits(door_code(r))), "door-code"))]
        base = kind[:-1] if kind[-1] in "12" else kind
        if base == "wifi":
            v = self.sec(T.u(lambda: wifi_key(r, self.nat_word() if self.nat_word().isascii() else None)), "wifi-key")
        elif base == "door":
            v = self.sec(T.u(lambda: self.digits(door_code(r))), "door-code")
        elif base == "alarm":
            v = self.sec(T.u(lambda: self.digits(alarm_pin(r))), "alarm-pin")
        elif base == "backup":
            v = self.sec(T.u(lambda: backup_phrase(r, self.nat_word())), "backup-passphrase")
        elif base == "temp":
            v = self.sec(T.u(lambda: temp_pw(r)), "temporary-password")
        elif base == "token":
            name = r.choice(PROSE_TOKENS)
            v = self.sec(T.tok(r, name), TOKENS[name][0])
        elif base == "revoked":
            name = r.choice(PROSE_TOKENS)
            v = self.sec(T.tok(r, name), TOKENS[name][0], note="revoked")
        elif base == "rotated":
            v = self.sec(self.password(), "password", note="rotated")
            ref = self.neg(reference(r, T.sys(r), T.slug), "reference")
            return [("a", self.frame(kind, v=v)), ("a", self.frame("neg_ref", v=ref))]
        elif base == "conn":
            scheme, port = r.choice(CONN)
            pw = T.u(lambda: rs(r, r.randint(12, 20), ALNUM + "-_."))
            host = "%s.%s" % (T.sys(r), T.domain)
            path = {"redis": "/0", "smtps": "", "amqp": "/%2F"}.get(scheme, "/" + T.sys(r).split("-")[0])
            u = "%s://%s:%s@%s%s%s" % (scheme, T.handle(r), pw, host, ":%d" % port if port else "", path)
            v = self.sec(u, "%s-uri" % scheme.split("+")[0], secret_part=pw)
        elif base == "cmd":
            pw = T.u(lambda: pw_strong(r).replace("'", "").replace("%", ""))
            tpl = r.choice(["mysql -h db.internal -u root -p'%s' shop", "sshpass -p '%s' ssh backup@nas.local",
                            "PGPASSWORD='%s' psql -h db.internal -U report app", "redis-cli -a '%s' -h cache.internal",
                            "curl -u ops:'%s' https://%s/api/export" % ("%s", T.domain),
                            "htpasswd -b /etc/nginx/.htpasswd ops '%s'", "smbclient //nas/share -U 'ops%%%s'"])
            v = tpl % self.sec(pw, "cli-password")
        else:
            cat, idf, sname = PAIRS[r.choice(sorted(PAIRS))]
            idm, sm = self.d.pair(T.u(lambda: idf(r)), T.tok(r, sname), cat)
            a, b = self.frame("pair", id=idm, v=sm)
            return [("a", a + "\n" + b)]
        return [("a", self.frame(kind, v=v))]

    def negative_item(self, kind):
        T, r = self.T, self.r
        if kind == "neg_masked":
            name = r.choice(PROSE_TOKENS)
            v = self.neg(mask(r, TOKENS[name][1](r)), "masked")
        elif kind == "neg_ref":
            v = self.neg(reference(r, T.sys(r), T.slug), "reference")
        elif kind == "neg_placeholder":
            if r.random() < 0.4:
                v = self.neg("<%s>" % render(self.L["words"]["password"], self.L["script"], self.romanised),
                             "placeholder-native")
            else:
                v = self.neg(r.choice(PLACEHOLDERS), "placeholder")
        elif kind == "neg_hash":
            h = r.choice(sorted(HASHES))
            v = self.neg(HASHES[h](r), h)
        elif kind == "neg_ticket":
            v = self.neg(uuid4(r), "ticket-uuid")
        elif kind == "neg_public":
            val, cat = public_value(r)
            v = self.neg(val, cat)
        else:
            e = r.choice(EXAMPLES)
            return [("a", self.fill("{v}", v=self.neg(e[0], e[1], cite=e[2])) + " (%s)" % e[2])]
        return [("a", self.frame(kind, v=v))]

    def policy(self, labelled):
        s = self.fill(self.L["policy"])
        return [("a", self.neg(s, "policy-sentence") if labelled else s)]

    def talk(self):
        return [(self.r.choice("ab"), self.fill(self.r.choice(self.L["talk"])))]

    def thanks(self):
        return [("b", self.fill(self.r.choice(self.L["thanks"])))]


def conversation(sp, secret_kinds, neg_kinds):
    """Shuffle secret and negative items with small talk; the policy sentence sometimes follows."""
    r = sp.r
    items = [sp.secret_item(k) for k in secret_kinds] + [sp.negative_item(k) for k in neg_kinds]
    r.shuffle(items)
    out = [sp.talk()]
    for it in items:
        out.append(it)
        x = r.random()
        if x < 0.35:
            out.append(sp.thanks())
        elif x < 0.6:
            out.append(sp.talk())
    if r.random() < 0.35:
        out.append(sp.policy(r.random() < 0.4))
    return out
