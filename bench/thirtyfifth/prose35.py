"""Conversation items in the theme's language: each message is (author, rows); a row is (text, label|None) where
text holds MARK at the value and label is (kind, value, category, extra)."""
from core35 import MARK
import prov35

SECRET_ITEMS = ["pw", "pw", "below", "ask", "wifi", "door", "alarm", "backup", "temp", "token", "token", "revoked",
                "rotated", "uri", "cli", "pair"]
NEG_ITEMS = ["masked", "ref", "ph", "checksum", "commit", "ticket", "hash", "example", "public"]


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("{%s}" % k, v)
    return tpl


class Talk:
    def __init__(self, c, r, L):
        self.c, self.r, self.L = c, r, L

    def _f(self, key, **kw):
        c, r = self.c, self.r
        kw.setdefault("sys", r.choice(c.t["systems"]))
        kw.setdefault("v", MARK)
        return fill(self.L[key], **kw)

    def who(self):
        return self.c.person(self.r)

    def secret_item(self, kind):
        """Returns a list of messages."""
        c, r, L = self.c, self.r, self.L
        a, b = self.who(), self.who()
        if kind == "pw":
            v = c.password(r)
            return [(a, [(fill(r.choice(L["pw"]), sys=r.choice(c.t["systems"]), v=MARK),
                          ("secret", v, "password-prose", {}))])]
        if kind == "below":
            v = c.password(r)
            return [(a, [(self._f("below"), None), (MARK, ("secret", v, "password-prose", {}))])]
        if kind == "ask":
            v = c.password(r)
            return [(b, [(self._f("ask"), None)]), (a, [(MARK, ("secret", v, "password-prose", {}))])]
        if kind == "wifi":
            return [(a, [(self._f("wifi", ssid=r.choice(c.t["ssids"])), ("secret", c.password(r), "wifi-psk", {}))])]
        if kind == "door":
            return [(a, [(self._f("door", place=r.choice(c.t["places"])), ("secret", c.pin(r), "door-code", {}))])]
        if kind == "alarm":
            return [(a, [(self._f("alarm"), ("secret", c.pin(r, 4), "alarm-pin", {}))])]
        if kind == "backup":
            v = c.uniq(lambda r: " ".join(r.sample([w.lower() for w in c.t["words"]], 4)) + " %d" % r.randrange(10, 99), r)
            return [(a, [(self._f("backup"), ("secret", v, "backup-passphrase", {}))])]
        if kind == "temp":
            return [(a, [(self._f("temp", who=b[0]), ("secret", c.strong(r, 12), "temporary-password", {}))])]
        if kind in ("token", "revoked"):
            name, v = c.tok(r)
            ex = {"note": "revoked"} if kind == "revoked" else {}
            return [(a, [(self._f(kind, prov=prov35.TOKENS[name][2]), ("secret", v, "provider-token", ex))])]
        if kind == "rotated":
            v = c.password(r)
            ref = prov35.reference(r, "DB_PASSWORD")
            return [(a, [(self._f("rot_old"), ("secret", v, "password-prose", {"note": "rotated"}))]),
                    (a, [(self._f("rot_new", ref=MARK), ("negative", ref, "reference", {}))])]
        if kind == "uri":
            v = c.uri_pw(r)
            scheme = r.choice(["postgres", "mysql", "mongodb", "redis", "amqp", "smtp", "ftp"])
            u = "%s://%s:%s@%s/%s" % (scheme, b[1].split(".")[0], MARK, c.host(r), "app")
            return [(a, [(self._f("uri", v=u), ("secret", v, "password-uri", {}))])]
        if kind == "cli":
            v = c.uri_pw(r)
            h = c.host(r)
            cmd = r.choice(["mysql -u app -p'%s' -h %s" % (MARK, h), "PGPASSWORD='%s' psql -h %s -U app" % (MARK, h),
                            "curl -u admin:%s https://%s/api" % (MARK, h), "redis-cli -h %s -a '%s'" % (h, MARK),
                            "sshpass -p '%s' ssh ops@%s" % (MARK, h), "lftp -u upload,%s %s" % (MARK, h),
                            "mosquitto_sub -h %s -u sensor -P '%s' -t '#'" % (h, MARK)])
            return [(a, [(self._f("cli", v=cmd), ("secret", v, "password-cli", {}))])]
        k, i, s, iv, sv = c.pair(r)
        return [(a, [(self._f("pair"), None), ("%s=%s" % (iv, i), "pairid"),
                     ("%s=%s" % (sv, MARK), ("secret", s, "pair-" + k, {"id_value": i}))])]

    def neg_item(self, kind):
        c, r = self.c, self.r
        a = self.who()
        if kind == "masked":
            return [(a, [(self._f("masked"), ("negative", prov35.masked_token(r), "masked", {}))])]
        if kind == "ref":
            return [(a, [(self._f("ref"), ("negative", prov35.reference(r), "reference", {}))])]
        if kind == "ph":
            v = self.L["nph"] if r.random() < 0.4 else prov35.placeholder(r)
            return [(a, [(self._f("ph"), ("negative", v, "placeholder", {}))])]
        if kind == "checksum":
            v = prov35.hashval(r, "sha256")[1] if r.random() < 0.7 else prov35.ssh_fingerprint(r)
            return [(a, [(self._f("checksum"), ("negative", v, "hash-sha256" if len(v) == 64 else "ssh-fingerprint",
                                                  {}))])]
        if kind == "commit":
            return [(a, [(self._f("commit"), ("negative", prov35.hashval(r, "git")[1], "commit-sha", {}))])]
        if kind == "ticket":
            return [(a, [(self._f("ticket"), ("negative", prov35.hashval(r, "uuid")[1], "uuid", {}))])]
        if kind == "hash":
            cat, v = prov35.hashval(r, r.choice(["bcrypt", "sha512crypt", "argon2"]))
            return [(a, [(self._f("hash"), ("negative", v, cat, {}))])]
        if kind == "example":
            cat, v, cite = prov35.doc_example(r)
            return [(a, [(self._f("example"), ("negative", v, cat, {"cite": cite}))])]
        cat, v, var = prov35.public_value(r)
        return [(a, [("%s (public): %s" % (var, MARK), ("negative", v, cat, {}))])]

    def chatter(self, used):
        pool = [h for h in self.L["hello"] if h not in used] or list(self.L["hello"])
        t = self.r.choice(pool)
        used.append(t)
        return [(self.who(), [(t, None)])]

    def conversation(self, n_sec, n_neg, n_chat):
        r = self.r
        blocks = [self.secret_item(r.choice(SECRET_ITEMS)) for _ in range(n_sec)]
        blocks += [self.neg_item(r.choice(NEG_ITEMS)) for _ in range(n_neg)]
        r.shuffle(blocks)
        used, out = [], []
        out += self.chatter(used)
        for b in blocks:
            out += b
            if n_chat > 0 and r.random() < 0.6:
                out += self.chatter(used)
                n_chat -= 1
        if r.random() < 0.5:
            out.append((self.who(), [(self.L["nopaste"], None)]))
        return out
