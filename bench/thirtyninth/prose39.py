"""Conversation items: frames rendered in a language, with labelled values."""
import prov39 as P
from core39 import rs
from script39 import fold_accents, render, to_digits

SECRET_KINDS = [("pw", 28), ("below", 4), ("ask", 8), ("wifi", 7), ("door", 8), ("alarm", 5), ("backup", 5),
                ("temp", 6), ("token", 15), ("revoked", 3), ("rotated", 4), ("conn", 3), ("cmd", 3), ("pair", 3)]
NEG_KINDS = ["masked", "ref", "ph", "hash", "uuid", "public"]


def _pick(r, table):
    tot = sum(w for _, w in table)
    x = r.uniform(0, tot)
    for k, w in table:
        x -= w
        if x <= 0:
            return k
    return table[-1][0]


class Voice:
    """A language, rendered natively or romanised, with optional accent folding."""

    def __init__(self, c, L, romanised=False, folded=False):
        self.c, self.L, self.rom = c, L, romanised
        self.fold = fold_accents if folded else None
        self.native_digits = L["native_digits"] and not romanised

    def say(self, frame, V="", I=""):
        c = self.c
        t = render(frame, self.L["code"], self.rom, self.fold)
        t = (t.replace("{S}", c.r.choice(c.systems)).replace("{N}", c.r.choice(c.people))
             .replace("{P}", c.r.choice(c.places)).replace("{SSID}", c.r.choice(c.ssids)))
        return t.replace("{I}", I).replace("{V}", V)

    def native_word(self):
        w = self.c.r.choice(self.L["native"]) if self.L["native"] else self.c.r.choice(P.WORDS)
        if self.L["code"] in ("lep", "saz", "blt", "hnn") and not self.rom:
            return render(w, self.L["code"])
        return w

    def digits(self, s):
        return to_digits(s, self.L["code"]) if self.native_digits and self.c.r.random() < 0.5 else s


def pw_value(v):
    r = v.c.r
    if v.L["native"] and r.random() < 0.2:
        w = v.native_word()
        return w + v.digits(str(r.randint(100, 99999))) + r.choice("!#*@")
    return P.pw_any(r)


def conn_value(c):
    r = c.r
    pw = c.A(r.randint(14, 22))
    host = "%s.%s" % (r.choice(c.systems), c.domain)
    uri = r.choice(["postgresql://app:%s@%s:5432/main", "mysql://shop:%s@%s:3306/shop", "redis://:%s@%s:6379/0",
                    "amqp://worker:%s@%s:5672/jobs", "mongodb+srv://sync:%s@%s/orders"]) % (pw, host)
    return uri, pw


def cmd_text(c, mark):
    return c.r.choice(["mysql -h db -u ops -p'%s' shop", "sshpass -p '%s' ssh ops@10.0.2.4",
                       "PGPASSWORD='%s' psql -h db -U app main", "redis-cli -a '%s' -h cache",
                       "curl -u ops:'%s' https://api.internal/v1/export", "htpasswd -b .htpasswd ops '%s'"]) % mark


def secret_item(v, kind):
    """Returns a list of messages: (who, text); who 0 = speaker, 1 = the other person."""
    c, L, r = v.c, v.L, v.c.r
    if kind == "pw":
        return [(0, v.say(r.choice(L["pw"]), V=c.S(lambda _: pw_value(v), "password")))]
    if kind == "below":
        return [(0, v.say(L["below"])), (0, c.S(P.pw_any, "password"))]
    if kind == "ask":
        i = r.randrange(2)
        val = c.S(P.pw_any, "password") if i == 0 else c.S(lambda _: v.digits(P.digits_code(r, r.choice([4, 5, 6]))), "door-code")
        return [(1, v.say(L["ask"][i])), (0, val)]
    if kind == "wifi":
        return [(0, v.say(r.choice(L["wifi"]), V=c.S(P.wifi_key, "wifi-key")))]
    if kind == "door":
        val = c.S(lambda _: v.digits(P.digits_code(r, r.choice([4, 5, 6])) + ("#" if r.random() < 0.2 else "")), "door-code")
        return [(0, v.say(r.choice(L["door"]), V=val))]
    if kind == "alarm":
        return [(0, v.say(r.choice(L["alarm"]), V=c.S(lambda _: v.digits(P.digits_code(r, r.choice([4, 6]))), "alarm-pin")))]
    if kind == "backup":
        val = c.S(lambda _: "-".join([v.native_word()] + r.sample(P.WORDS, 2) + [v.digits(str(r.randint(10, 99)))]), "backup-passphrase")
        return [(0, v.say(r.choice(L["backup"]), V=val))]
    if kind == "temp":
        return [(0, v.say(r.choice(L["temp"]), V=c.S(P.temp_pw, "temporary-password")))]
    if kind == "token":
        k = r.choice(P.PROSE_TOKENS)
        return [(0, v.say(r.choice(L["token"]), V=c.S(c.tokf(k), k)))]
    if kind == "revoked":
        k = r.choice(P.PROSE_TOKENS)
        return [(0, v.say(r.choice(L["revoked"]), V=c.S(c.tokf(k), k, note="revoked")))]
    if kind == "rotated":
        return [(0, v.say(r.choice(L["rotated"]), V=c.S(P.pw_any, "password", note="rotated"))),
                (0, v.say(L["neg"]["ref"], V=c.N(c.vault(), "vault-reference")))]
    if kind == "conn":
        uri, pw = conn_value(c)
        return [(0, v.say(L["conn"][0], V=c.S(uri, "connection-string", secret_part=pw)))]
    if kind == "cmd":
        return [(0, v.say(L["cmd"][0], V=cmd_text(c, c.S(P.pw_any, "cli-password"))))]
    which = r.choice(["aws", "twilio", "alibaba"])
    if which == "aws":
        a, b = c.P(P.aws_id(r), P.aws_secret, "aws-key-pair")
    elif which == "twilio":
        a, b = c.P("SK" + c.H(32), lambda rr: rs(rr, "0123456789abcdef", 32), "twilio-key-pair")
    else:
        a, b = c.P(P.token(r, "alibaba-access-key"), lambda rr: rs(rr, P.UP + P.LO + P.DIG, 30), "alibaba-key-pair")
    l1, l2 = L["pair"][0]
    return [(0, v.say(l1, I=a) + "\n" + v.say(l2, V=b))]


def neg_item(v, kind):
    c, L, r = v.c, v.L, v.c.r
    f = L["neg"][kind]
    if kind == "masked":
        return [(0, v.say(f, V=c.N(P.masked_token(r), "masked")))]
    if kind == "ref":
        return [(0, v.say(f, V=c.N(c.vault(), "vault-reference")))]
    if kind == "ph":
        ph = P.placeholder(r) if r.random() < 0.6 else "<%s>" % render(L["words"][0], L["code"], v.rom).replace(" ", "_")
        return [(0, v.say(f, V=c.N(ph, "placeholder")))]
    if kind == "hash":
        h, name = P.a_hash(r)
        return [(0, v.say(f, V=c.N(h, name)))]
    if kind == "uuid":
        return [(0, v.say(f, V=c.N(P.uuid4(r), "ticket-uuid")))]
    if r.random() < 0.4:
        val, cat, cite = P.example(r)
        return [(0, v.say(f, V=c.N(val, cat, cite=cite)))]
    val, cat = P.public_value(r)
    return [(0, v.say(f, V=c.N(val, cat)))]


def conversation(c, v, nsec, nneg):
    r, L = c.r, v.L
    items = [("s", _pick(r, SECRET_KINDS)) for _ in range(nsec)] + [("n", r.choice(NEG_KINDS)) for _ in range(nneg)]
    r.shuffle(items)
    msgs = [(1, v.say(r.choice(L["small"])))]
    for t, k in items:
        msgs += secret_item(v, k) if t == "s" else neg_item(v, k)
        x = r.random()
        if x < 0.25:
            msgs.append((1, v.say(r.choice(L["thanks"]))))
        elif x < 0.45:
            msgs.append((1, v.say(r.choice(L["small"]))))
        elif x < 0.53:
            pol = v.say(L["policy"])
            msgs.append((1, c.N(pol, "policy-text") if r.random() < 0.4 else pol))
    return msgs
