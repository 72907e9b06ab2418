"""Conversation scripts and document items written in the theme's language (or English).

A script is a list of Msg; each Msg has an author (index into ctx.people), a time offset in seconds and lines,
each line a list of str / It parts with at most one labelled It per message."""

from core33 import N, PID, S
from lang33b import fill
import prov33


class Msg:
    __slots__ = ("who", "t", "lines", "kind")

    def __init__(self, who, t, lines, kind="chat"):
        self.who = who
        self.t = t
        self.lines = lines
        self.kind = kind


SECRET_TYPES = ["colon", "sentence", "quoted", "code", "below", "ask", "temp", "wifi", "door", "alarm", "backup",
                "token", "token", "revoked", "rotated", "uri", "cli", "cli", "pair"]
NEG_TYPES = ["vault", "masked", "placeholder", "env", "sha", "uuid", "checksum", "fp", "hash", "example", "public"]
DOC_SECRET_TYPES = ["colon", "code", "temp", "wifi", "door", "alarm", "backup", "token", "revoked", "rotated", "uri",
                    "cli", "pair", "row", "row"]

CLI = [("mysql -u {u} -p'", "' -h {h} {db}", False),
       ("PGPASSWORD='", "' psql -h {h} -U {u} {db}", False),
       ("curl -u {u}:", " https://{h}/api/health", True),
       ("smbclient //{h}/share -U {u}%", "", True),
       ("mosquitto_sub -h {h} -u {u} -P '", "' -t 'sensors/#'", False),
       ("redis-cli -h {h} -a '", "' info", False),
       ("sshpass -p '", "' ssh {u}@{h}", False),
       ("lftp -u {u},", " sftp://{h}", True)]


class Writer:
    def __init__(self, c, r, L):
        self.c = c
        self.r = r
        self.L = L
        self.native = L is c.L and L["code"] != "en"

    def f(self, key, **kw):
        c, r = self.c, self.r
        kw.setdefault("sys", r.pick(c.systems))
        kw.setdefault("who", r.pick(c.people)[0])
        kw.setdefault("ssid", r.pick(c.t["ssids"]))
        kw.setdefault("place", r.pick(c.t["places"])[0 if self.native else 1])
        kw.setdefault("prov", "")
        return fill(self.L[key], **kw)

    def line(self, key, item=None, **kw):
        pre, post = self.f(key, **kw)
        if item is None:
            return [pre + post]
        return [pre, item, post]

    def pw(self, style=None):
        c, r = self.c, self.r
        if style is None:
            style = r.pick(c.STYLES + (["native", "native"] if self.native else []))
        return c.pw(r, style)

    # ------------------------------------------------------------ secret exchanges -> list of (who, lines)
    def secret(self, kind):
        c, r = self.c, self.r
        a, b = r.sample(range(len(c.people)), 2)
        if kind == "colon":
            return [(a, [self.line("pw_colon", S(self.pw(), "password-in-text"))])]
        if kind == "sentence":
            return [(a, [self.line("pw_sentence", S(self.pw(), "password-in-text"))])]
        if kind == "quoted":
            return [(a, [self.line("pw_quoted", S(self.pw(), "password-in-text"))])]
        if kind == "code":
            pre, post = self.f("pw_colon")
            return [(a, [[pre + "`", S(self.pw(), "password-in-text"), "`" + post]])]
        if kind == "below":
            return [(a, [self.line("pw_below"), ["", S(self.pw(), "password-in-text")]])]
        if kind == "ask":
            sys = r.pick(c.systems)
            return [(a, [self.line("ask", sys=sys)]), ("chatter", None),
                    (b, [self.line("answer", S(self.pw(), "password-answer"))])]
        if kind == "temp":
            return [(a, [self.line("temp", S(self.pw(r.pick(["human", "weak", "year", "strong"])), "temporary-password"),
                                   who=c.people[b][0])])]
        if kind == "wifi":
            return [(a, [self.line("wifi", S(self.pw(r.pick(["phrase", "human", "strong", "native"])), "wifi-passphrase"))])]
        if kind == "door":
            return [(a, [self.line("door", S(c.door(r), "door-code"))])]
        if kind == "alarm":
            return [(a, [self.line("alarm", S(c.pin(r), "alarm-pin"))])]
        if kind == "backup":
            v = c.unique(r, lambda rr: "-".join(rr.pick(__import__("ctx33").COMMON_WORDS + [w.lower() for w in c.words])
                                                for _ in range(4)))
            return [(a, [self.line("backup", S(v, "backup-passphrase"))])]
        if kind in ("token", "revoked"):
            name = r.pick(prov33.CHAT_TOKENS)
            v, cat = c.token(r, name)
            extra = {"note": "revoked"} if kind == "revoked" else {}
            return [(a, [self.line(kind, S(v, cat, **extra), prov=prov33.PROVIDER_NAMES.get(name, name))])]
        if kind == "rotated":
            sys = r.pick(c.systems)
            ref, rcat = c.ref(r, sys)
            return [(a, [self.line("rotated_old", S(self.pw(), "rotated-password", note="rotated"), sys=sys)]),
                    (a, [self.line("rotated_new", N(ref, rcat))])]
        if kind == "uri":
            scheme, port = r.pick([("postgresql", 5432), ("mysql", 3306), ("mongodb", 27017), ("redis", 6379),
                                   ("amqp", 5672)])
            pre, post = self.f("uri")
            u = r.pick(["app", "svc", "etl", c.people[a][1].split(".")[0]])
            return [(a, [[pre + "%s://%s:" % (scheme, u), S(c.pw(r, safe=True), "uri-password"),
                          "@%s:%d/app" % (c.host(r.pick(c.systems)), port) + post]])]
        if kind == "cli":
            p0, p1, safe = r.pick(CLI)
            u = r.pick(["root", "admin", "ops", "backup", c.people[a][1].split(".")[0]])
            kw = {"u": u, "h": c.host(r.pick(c.systems)), "db": "app"}
            return [(a, [self.line("cli"), [p0.format(**kw), S(c.pw(r, safe=True) if safe else self.pw(), "password-in-command"),
                                           p1.format(**kw)]])]
        if kind == "pair":
            name = r.pick(prov33.PAIR_NAMES)
            i, s, cat = c.pair(r, name)
            pid = "p%d" % r.randrange(10 ** 9)
            it = S(s, cat)
            it.pid = pid
            return [(a, [self.line("pair_id", PID(i, pid))]), (a, [self.line("pair_secret", it)])]
        raise ValueError(kind)

    def negative(self, kind):
        c, r = self.c, self.r
        a = r.randrange(len(c.people))
        if kind == "vault":
            v, cat = c.ref(r)
            return [(a, [self.line("neg_vault", N(v, cat))])]
        if kind == "masked":
            name = r.pick(prov33.CHAT_TOKENS)
            v = prov33.token(r, name)[0]
            return [(a, [self.line("neg_masked", N(prov33.masked(r, v), "masked-value"))])]
        if kind == "placeholder":
            return [(a, [self.line("neg_placeholder", c.placeholder(r))])]
        if kind == "env":
            sys = r.pick(c.systems)
            v = r.pick(["$%s" % c.env_name(sys), "${%s}" % c.env_name(sys), "%%%s%%" % c.env_name(sys),
                        "os.environ[\"%s\"]" % c.env_name(sys), "process.env.%s" % c.env_name(sys)])
            return [(a, [self.line("neg_env", N(v, "env-reference"))])]
        if kind == "sha":
            return [(a, [self.line("neg_sha", N(r.hex(40), "git-commit-sha"))])]
        if kind == "uuid":
            return [(a, [self.line("neg_uuid", N(r.uuid(), "uuid"))])]
        if kind == "checksum":
            return [(a, [self.line("neg_checksum", N(r.hex(64), "sha256-checksum"))])]
        if kind == "fp":
            return [(a, [self.line("neg_fp", N("SHA256:" + r.b64bytes(32).rstrip("="), "ssh-key-fingerprint"))])]
        if kind == "hash":
            fn = r.pick([prov33.bcrypt, prov33.sha512crypt, prov33.argon2id])
            cat = {prov33.bcrypt: "bcrypt-hash", prov33.sha512crypt: "sha512crypt-hash", prov33.argon2id: "argon2-hash"}[fn]
            return [(a, [self.line("neg_hash", N(fn(r), cat))])]
        if kind == "example":
            v, cat, cite = prov33.doc_example(r.pick(["aws-id", "aws-secret", "jwt-io", "stripe-test", "azurite",
                                                      "slack-example", "turnstile", "recaptcha"]))
            return [(a, [self.line("neg_example", N(v, cat, cite=cite))])]
        if kind == "public":
            v, cat = prov33.public_value(r, r.pick(prov33.PUBLIC_NAMES))
            return [(a, [self.line("neg_public", N(v, cat))])]
        raise ValueError(kind)


def chat_script(c, r, L, n_secret=None, n_neg=None, start=0):
    """Messages for chat-like formats (chats, tickets, e-mails, forums, transcripts)."""
    w = Writer(c, r, L)
    n_secret = n_secret if n_secret is not None else r.pick([1, 1, 1, 1, 1, 2])
    n_neg = n_neg if n_neg is not None else r.pick([0, 1, 1, 1, 1])
    blocks = [("s", t) for t in r.sample(SECRET_TYPES, n_secret)] + [("n", t) for t in r.sample(NEG_TYPES, n_neg)]
    r.shuffle(blocks)
    chatter = list(L["chatter"])
    r.shuffle(chatter)
    msgs = []
    t = start
    ppl = len(c.people)

    def add(who, lines, kind="chat"):
        nonlocal t
        t += r.randrange(40, 900)
        msgs.append(Msg(who, t, lines, kind))

    add(r.randrange(ppl), [[r.pick(L["greet"])]], "greet")
    for kind, typ in blocks:
        if chatter and r.chance(0.5):
            add(r.randrange(ppl), [[chatter.pop()]])
        parts = w.secret(typ) if kind == "s" else w.negative(typ)
        for who, lines in parts:
            if who == "chatter":
                for _ in range(r.randrange(0, 3)):
                    if chatter:
                        add(r.randrange(ppl), [[chatter.pop()]])
                continue
            add(who, lines, "item")
    if r.chance(0.4):
        add(r.randrange(ppl), [[L["dont_paste"]]])
    if chatter:
        add(r.randrange(ppl), [[chatter.pop()]])
    return msgs


class DocItem:
    """kind: para (lines), bullet (line), row (cells: sys, user, value-parts), code (lines)."""
    __slots__ = ("kind", "lines")

    def __init__(self, kind, lines):
        self.kind = kind
        self.lines = lines


def doc_items(c, r, L, n_secret=None, n_neg=None):
    w = Writer(c, r, L)
    n_secret = n_secret if n_secret is not None else r.pick([1, 1, 1, 1, 2])
    n_neg = n_neg if n_neg is not None else r.pick([0, 1, 1, 1, 2])
    types = [("s", t) for t in r.sample(DOC_SECRET_TYPES, n_secret)] + [("n", t) for t in r.sample(NEG_TYPES, n_neg)]
    r.shuffle(types)
    items = []
    rows = []
    for kind, typ in types:
        if typ == "row":
            sys = r.pick(c.systems)
            rows.append([c.host(sys), r.pick(["admin", "ops", "svc-" + sys]), S(w.pw(), "password-in-table")])
            continue
        parts = w.secret(typ) if kind == "s" else w.negative(typ)
        for who, lines in parts:
            if who == "chatter":
                continue
            if len(lines) == 2 and len(lines[0]) == 1:
                items.append(DocItem("para", [lines[0]]))
                items.append(DocItem("code", [lines[1]]))
            else:
                items.append(DocItem("bullet", lines))
    chatter = list(L["chatter"])
    r.shuffle(chatter)
    for _ in range(r.randrange(1, 3)):
        items.insert(r.randrange(len(items) + 1), DocItem("para", [[chatter.pop()]]))
    if rows:
        items.append(DocItem("table", rows))
    return items, w
