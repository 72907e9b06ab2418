"""Conversation items: each item is a list of messages, each message a list of lines, each line a parts list."""

import prov34
from core34 import N, PID, S, rhex, rs

SECRET_DECK = ["colon", "sentence", "sentence", "quoted", "below", "ask", "ask", "temp", "wifi",
               "wifi", "door", "door", "alarm", "backup", "token", "token", "token", "revoked", "rotated", "uri",
               "cli", "cli", "pair", "table"]
NEG_DECK = ["ref", "ref", "masked", "masked", "ph", "ph", "env", "env", "commit", "commit", "ticket", "sum", "sum",
            "fp", "fp", "hash", "hash", "example", "example", "public", "public", "ticket", "ph", "commit", "fp",
            "example"]


def fill(tpl, fields, vparts):
    """Template -> parts: the text around {v} is formatted with fields, {v} becomes vparts."""
    if "{v}" not in tpl:
        return [tpl.format(**fields)]
    pre, post = tpl.split("{v}")
    out = []
    if pre:
        out.append(pre.format(**fields))
    out.extend(vparts)
    if post:
        out.append(post.format(**fields))
    return out


def _place(c, L, r):
    nat, en = c.T["places"][r.randrange(3)]
    return en if L["code"] == "en" else nat


def _uri(c, r, sysn):
    pw = c.pw(r, safe="uri")
    scheme, port, path = r.choice([("postgres", 5432, "/" + c.slug), ("mysql", 3306, "/" + c.slug),
                                   ("mongodb", 27017, "/" + c.slug + "?authSource=admin"), ("redis", 6379, "/0"),
                                   ("amqp", 5672, "/%2F"), ("smtp", 587, ""), ("ftp", 21, "/")])
    user = c.word_user(r)
    return ["%s://%s:" % (scheme, user), S(pw, "prose-uri-password"), "@%s.int.%s:%d%s" % (sysn, c.domain, port, path)]


def _cli(c, r, sysn):
    k = r.randrange(8)
    h = "%s.int.%s" % (sysn, c.domain)
    if k == 0:
        return ["mysql -h %s -u %s -p'" % (h, c.word_user(r)), S(c.pw(r, safe="uri"), "prose-cli-password"), "'"]
    if k == 1:
        return ["PGPASSWORD=", S(c.pw(r, safe="alnum"), "prose-cli-password"), " psql -h %s -U app %s" % (h, c.slug)]
    if k == 2:
        return ["curl -u admin:", S(c.pw(r, safe="uri"), "prose-cli-password"), " https://%s/api/status" % h]
    if k == 3:
        return ["smbclient //%s/share -U ops%%" % h, S(c.pw(r, safe="alnum"), "prose-cli-password")]
    if k == 4:
        return ["mosquitto_sub -h %s -u sensors -P " % h, S(c.pw(r, safe="alnum"), "prose-cli-password"), " -t '#'"]
    if k == 5:
        return ["redis-cli -h %s -a " % h, S(c.pw(r, safe="alnum"), "prose-cli-password"), " info"]
    if k == 6:
        return ["sshpass -p '", S(c.pw(r, safe="uri"), "prose-cli-password"), "' ssh ops@%s" % h]
    return ["lftp -u backup,", S(c.pw(r, safe="alnum"), "prose-cli-password"), " sftp://%s" % h]


def secret_item(c, r, typ, L, people):
    """Messages for one secret item, as a list of (person, [lines]) with lines = parts lists."""
    sysn = c.systems[r.randrange(6)]
    a, b = r.sample(people, 2)
    nm = (b.latin if L["code"] == "en" else b.native)
    f = {"sys": sysn, "name": nm, "place": _place(c, L, r), "ssid": c.T["ssids"][r.randrange(2)], "prov": ""}
    native = L["code"] != "en" and r.random() < 0.35

    def pw():
        return c.native_pw(r) if native else c.pw(r, safe="std")

    if typ in ("colon", "sentence", "quoted"):
        return [(a, [fill(L[typ], f, [S(pw(), "prose-password")])])]
    if typ == "below":
        return [(a, [fill(L["below"], f, []), [S(pw(), "prose-password")]])]
    if typ == "ask":
        return [(a, [fill(L["ask"], f, [])]), "GAP", (b, [fill(L["ans"], f, [S(pw(), "prose-password")])])]
    if typ == "temp":
        return [(a, [fill(L["temp"], f, [S(c.pw(r, style=r.choice(["human", "year", "weak"])), "prose-temporary-password")])])]
    if typ == "wifi":
        return [(a, [fill(L["wifi"], f, [S(c.pw(r, style=r.choice(["phrase", "human", "native" if native else "year"])),
                                            "prose-wifi-key")])])]
    if typ == "door":
        return [(a, [fill(L["door"], f, [S(c.pin(r), "prose-door-code")])])]
    if typ == "alarm":
        return [(a, [fill(L["alarm"], f, [S(c.pin(r), "prose-alarm-pin")])])]
    if typ == "backup":
        return [(a, [fill(L["backup"], f, [S(c.pw(r, style="phrase"), "prose-backup-passphrase")])])]
    if typ in ("token", "revoked"):
        tk = r.choice(prov34.CHAT_TOKENS)
        f["prov"] = prov34.TOKENS[tk][1]
        meta = {"note": "revoked"} if typ == "revoked" else {}
        return [(a, [fill(L[typ], f, [S(c.token(r, tk), "prov-" + tk, **meta)])])]
    if typ == "rotated":
        ref = prov34.reference(r, c.domain, sysn, r.choice(["vault", "op", "bw", "pass", "akv", "keepassxc", "gsm"]))
        return [(a, [fill(L["rotated"], f, [S(pw(), "prose-password", note="rotated")])]),
                (a, [fill(L["newref"], f, [N(c.neg(ref), "secret-reference")])])]
    if typ == "uri":
        return [(a, [fill(L["uri"], f, _uri(c, r, sysn))])]
    if typ == "cli":
        return [(a, [fill(L["cli"], f, _cli(c, r, sysn))])]
    if typ == "pair":
        kid, sec, name = c.pair(r, r.choice(prov34.PAIR_KINDS))
        f["prov"] = name
        return [(a, [fill(L["pair_id"], f, [PID(kid)]), fill(L["pair_sec"], f, [S(sec, "prose-key-pair", pair=True)])])]
    if typ == "table":
        h = L["tbl"]
        rows = [["| %s | %s | %s |" % h], ["|---|---|---|"],
                ["| %s | %s | " % (sysn, c.word_user(r)), S(c.pw(r, safe="std"), "prose-table-password"), " |"]]
        return [(a, rows)]
    raise ValueError(typ)


def neg_item(c, r, typ, L, people):
    sysn = c.systems[r.randrange(6)]
    a = r.choice(people)
    f = {"sys": sysn, "name": "", "place": "", "ssid": "", "prov": ""}
    if typ == "ref":
        v, cat = prov34.reference(r, c.domain, sysn), "secret-reference"
    elif typ == "masked":
        v, cat = prov34.masked(r, prov34.TOKENS[r.choice(prov34.CHAT_TOKENS)][0](r)), "masked"
    elif typ == "ph":
        v, cat = r.choice(prov34.PLACEHOLDERS + [L["ph_native"]] * 3), "placeholder"
    elif typ == "env":
        v, cat = r.choice(["${%s_PASSWORD}", "$%s_TOKEN", "%%%s_SECRET%%", "os.environ['%s_API_KEY']",
                           "process.env.%s_TOKEN", "ENV['%s_PASSWORD']"]) % sysn.upper(), "env-reference"
    elif typ == "commit":
        v, cat = prov34.git_sha(r), "git-commit-sha"
    elif typ == "ticket":
        v, cat = prov34.uuid(r), "uuid"
    elif typ == "sum":
        v, cat = rhex(r, 64), "checksum-sha256"
    elif typ == "fp":
        v, cat = prov34.ssh_fp(r), "ssh-fingerprint"
    elif typ == "hash":
        v, cat = prov34.hash_value(r, r.choice(["bcrypt", "sha512crypt", "argon2"])), "password-hash"
    elif typ == "example":
        k = r.choice(prov34.DOC_EXAMPLE_KINDS)
        v, cite = prov34.DOC_EXAMPLES[k]
        return [(a, [fill(L["example"], f, [N(c.neg(v), "documented-example", cite=cite)])])]
    elif typ == "public":
        v, cat = prov34.public_value(r, r.choice(prov34.PUBLIC_KINDS)), "public-by-design"
    else:
        raise ValueError(typ)
    return [(a, [fill(L[typ], f, [N(c.neg(v), cat)])])]


def chatter(L, r, people):
    return (r.choice(people), [[r.choice(L["chat"])]])
