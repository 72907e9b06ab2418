"""Conversation items for the free-text files: secrets shared in sentences, negatives, chatter."""

import core37 as C
import prov37 as P
import script37 as SC
from lang37a import LANGS_A
from lang37b import LANGS_B

LANGS = dict(LANGS_A)
LANGS.update(LANGS_B)
NATIVE_DIGITS = {"rhg", "nod", "ksw", "wni"}

SECRET_KINDS = (["pw"] * 6 + ["below", "ask", "ask"] + ["wifi"] * 2 + ["door"] * 2 + ["alarm", "backup", "temp"]
                + ["token"] * 2 + ["revoked"] * 2 + ["rotated"] * 2 + ["uri"] * 2 + ["cli", "pair"])
NEG_KINDS = (["masked"] * 3 + ["ref"] * 2 + ["placeholder"] * 2 + ["checksum"] * 2 + ["fingerprint"] + ["commit"] * 2
             + ["uuid"] * 2 + ["hash"] * 2 + ["example"] * 2 + ["public"] * 2 + ["policy"])
PW_KEYS = ["pw_colon", "pw_quote", "pw_is", "pw_paren", "pw_dash", "pw_trail", "use_for"]
PAIRS = [("AWS", "aws-key-pair", P.aws_pair, "access key id", "secret access key"),
         ("Twilio", "twilio-sid-token", P.twilio_pair, "account SID", "auth token"),
         ("Alibaba Cloud", "alibaba-key-pair", P.alibaba_pair, "AccessKey ID", "AccessKey secret"),
         ("Tencent Cloud", "tencent-key-pair", P.tencent_pair, "SecretId", "SecretKey"),
         ("Backblaze B2", "b2-key-pair", P.b2_pair, "keyID", "applicationKey"),
         ("MinIO", "minio-key-pair", P.minio_pair, "access key", "secret key")]


class Msg:
    def __init__(self, who, lines, code=False):
        self.name, self.handle = who
        self.lines = lines          # list of str (marks inside); >1 line = multi-line message
        self.code = code            # a command line (formats may put it in a code block)


class Voice:
    """Phrasing in one language and one script mode for one file."""

    def __init__(self, t, code, native, r):
        self.t, self.L, self.r = t, LANGS[code], r
        self.code = code
        self.script = self.L["script"] if native else self.L["latin"]
        self.native = native and self.script not in ("latin", "fold")
        self.lang_label = code
        self.pool = []

    def say(self, key, **f):
        tpl = self.r.choice(self.L[key])
        q = self.L["quotes"]
        tpl = tpl.replace("{Q}", q[0] + "{V}" + q[1])
        txt = SC.render(tpl, self.script)
        for k, v in f.items():
            txt = txt.replace("{%s}" % k, v)
        if "{" in txt.replace("{{", "") and "{V}" in txt:
            raise C.GenError("unfilled field in %r" % txt)
        return txt

    def word(self, key):
        return SC.render(self.L["w"][key], self.script)

    def native_digits(self):
        if self.code not in NATIVE_DIGITS:
            return False
        if self.code == "wni":
            return self.script == "arabic"
        return self.native


def _fields(t, r):
    name, handle = t.person(r)
    return dict(S=t.system(r), W=name.split()[0], P=r.choice(t.th["doors"] + t.th["places"]),
                N=r.choice(t.th["ssids"]))


def secret_item(t, v, kind, r, speakers, multiline=True):
    """Returns (list of Msg, number of secret marks, number of negative marks)."""
    a, b = speakers
    f = _fields(t, r)
    lang = v.lang_label
    S, N = t.S, t.N
    if kind == "pw":
        key = r.choice(PW_KEYS)
        val = t.pw(r)
        return [Msg(a, [v.say(key, V=S(val, "password", lang=lang), **f)])], 1, 0
    if kind == "below":
        val = t.pw(r)
        return [Msg(a, [v.say("below_intro", **f)]), Msg(a, [S(val, "password", lang=lang)])], 1, 0
    if kind == "ask":
        if r.random() < 0.5:
            val, cat = t.pw(r), "password"
        else:
            val, cat = t.wifi(r), "wifi-psk"
        return [Msg(b, [v.say("ask", **f)]), Msg(a, [v.say("answer", V=S(val, cat, lang=lang), **f)])], 1, 0
    if kind == "wifi":
        return [Msg(a, [v.say("wifi", V=S(t.wifi(r), "wifi-psk", lang=lang), **f)])], 1, 0
    if kind == "door":
        f["P"] = r.choice(t.th["doors"])
        val = t.door(r, native=v.native_digits() and r.random() < 0.6)
        return [Msg(a, [v.say("door", V=S(val, "door-code", lang=lang), **f)])], 1, 0
    if kind == "alarm":
        val = t.pin(r, native=v.native_digits() and r.random() < 0.5)
        return [Msg(a, [v.say("alarm", V=S(val, "alarm-pin", lang=lang), **f)])], 1, 0
    if kind == "backup":
        return [Msg(a, [v.say("backup", V=S(t.passphrase(r), "backup-passphrase", lang=lang), **f)])], 1, 0
    if kind == "temp":
        return [Msg(a, [v.say("temp", V=S(t.temp(r), "temp-password", lang=lang), **f)])], 1, 0
    if kind in ("token", "revoked"):
        name, cat, gen = r.choice(P.PROVIDERS)
        f["R"] = name
        val = t.tok(r, gen)
        if kind == "token" and r.random() < 0.15:
            kind = "revoked"
        extra = {"note": "revoked"} if kind == "revoked" else {}
        return [Msg(a, [v.say(kind, V=S(val, cat, lang=lang, **extra), **f)])], 1, 0
    if kind == "rotated":
        val = t.pw(r)
        ref = P.reference(r, f["S"] + "-password", r.choice(["op", "bw", "vault", "arn"]))
        return [Msg(a, [v.say("rotated", V=S(val, "password", lang=lang, note="rotated"), **f)]),
                Msg(a, [v.say("rotated_ref", V=N(ref, "vault-reference", lang=lang), **f)])], 1, 1
    if kind == "uri":
        uri, pw = make_uri(t, r)
        return [Msg(a, [v.say("uri", V=S(uri, "connection-uri", lang=lang, secret_part=pw), **f)])], 1, 0
    if kind == "cli":
        line, pw = make_cli(t, r)
        return [Msg(a, [v.say("cli_intro", **f)]), Msg(a, [line(S(pw, "cli-password", lang=lang))], code=True)], 1, 0
    if kind == "pair":
        prov, cat, gen, idn, secn = r.choice(PAIRS)
        f["R"] = prov
        idv, sec = t.take(lambda: "|".join(gen(r))).split("|")
        t.reg.values.add(idv)
        ida, secb = t.pair(idv, sec, cat, lang=lang)
        body = ["%s: %s" % (idn, ida), "%s: %s" % (secn, secb)]
        return [Msg(a, [v.say("pair_intro", **f)]), Msg(a, body if multiline else ["  ".join(body)])], 1, 0
    raise ValueError(kind)


def make_uri(t, r):
    scheme = r.choice(["postgresql", "mysql", "mongodb", "mongodb+srv", "redis", "amqp", "smtp", "ftp"])
    user = r.choice(["app", "svc_" + t.dbname()[:8], t.person(r)[1].replace(".", ""), "reporting", "ops"])
    pw = t.pw(r, uri=True)
    host = t.host(r.choice(t.th["systems"]))
    port = {"postgresql": ":5432/%s" % t.dbname(), "mysql": ":3306/%s" % t.dbname(), "mongodb": ":27017/admin",
            "mongodb+srv": "/%s?retryWrites=true" % t.dbname(), "redis": ":6379/0", "amqp": ":5672/%2F",
            "smtp": ":587", "ftp": ":21"}[scheme]
    if scheme == "redis" and r.random() < 0.5:
        return "redis://:%s@%s%s" % (pw, host, port), pw
    return "%s://%s:%s@%s%s" % (scheme, user, pw, host, port), pw


def make_cli(t, r):
    pw = t.pw(r, uri=True)
    host = t.host(t.system(r))
    user = t.person(r)[1].replace(".", "")
    k = r.randrange(8)
    db = t.dbname()
    forms = [lambda m: "mysql -h %s -u %s -p'%s' %s" % (host, user, m, db),
             lambda m: "PGPASSWORD='%s' psql -h %s -U %s %s" % (m, host, user, db),
             lambda m: "curl -u %s:%s https://%s/api/status" % (user, m, host),
             lambda m: "redis-cli -h %s -a '%s' INFO" % (host, m),
             lambda m: "sshpass -p '%s' ssh %s@%s" % (m, user, host),
             lambda m: "lftp -u %s,%s sftp://%s" % (user, m, host),
             lambda m: "mosquitto_sub -h %s -u %s -P '%s' -t 'site/#'" % (host, user, m),
             lambda m: "smbclient //%s/shared -U %s%%'%s'" % (host, user, m)]
    return forms[k], pw


def neg_item(t, v, kind, r, speakers, labelled=True):
    a, _ = speakers
    f = _fields(t, r)
    lang = v.lang_label
    N = t.N
    if kind == "masked":
        name, cat, gen = r.choice(P.PROVIDERS)
        val = P.masked(r, gen(r))
        return [Msg(a, [v.say("n_masked", V=N(val, "masked-token", lang=lang), **f)])]
    if kind == "ref":
        val = P.reference(r, f["S"] + "_password")
        return [Msg(a, [v.say("n_ref", V=N(val, "env-reference", lang=lang), **f)])]
    if kind == "placeholder":
        if r.random() < 0.5:
            val, lg = v.L["placeholder"], lang
        else:
            val, lg = r.choice(P.PLACEHOLDERS), lang
        return [Msg(a, [v.say("n_placeholder", V=N(val, "placeholder", lang=lg), **f)])]
    if kind == "checksum":
        return [Msg(a, [v.say("n_checksum", V=N(t.sha256(r), "sha256-digest", lang=lang), **f)])]
    if kind == "fingerprint":
        return [Msg(a, [v.say("n_fingerprint", V=N(P.ssh_fp(r), "ssh-fingerprint", lang=lang), **f)])]
    if kind == "commit":
        return [Msg(a, [v.say("n_commit", V=N(P.commit_sha(r), "commit-sha", lang=lang), **f)])]
    if kind == "uuid":
        return [Msg(a, [v.say("n_uuid", V=N(t.uuid(r), "uuid", lang=lang), **f)])]
    if kind == "hash":
        val, cat = P.hash_value(r)
        return [Msg(a, [v.say("n_hash", V=N(val, cat, lang=lang), **f)])]
    if kind == "example":
        val, cat, cite = r.choice(P.EXAMPLES)
        return [Msg(a, [v.say("n_example", V=N(val, cat, lang=lang, cite=cite), **f)])]
    if kind == "public":
        val, cat, cite = P.public_value(r)
        return [Msg(a, [v.say("n_public", V=N(val, cat, lang=lang, cite=cite), **f)])]
    if kind == "policy":
        txt = v.say("policy")
        return [Msg(a, [N(txt, "policy-text", lang=lang) if labelled else txt])]
    raise ValueError(kind)


def chatter(t, v, r, speakers, n):
    """Greetings, thanks and small talk, drawn without repeats until the voice's pool is used up."""
    out = []
    for i in range(n):
        if not v.pool:
            v.pool = [(k, j) for k in ("greet", "thanks", "chatter") for j in range(len(v.L[k]))]
            r.shuffle(v.pool)
        k, j = v.pool.pop()
        txt = SC.render(v.L[k][j], v.script).replace("{S}", t.system(r))
        out.append(Msg(speakers[i % 2], [txt]))
    return out


def conversation(t, v, r, sec_kinds, neg_kinds, multiline=True):
    """Mix items and chatter.  Returns (msgs, n_secret, n_negative)."""
    ppl = list(t.people)
    r.shuffle(ppl)
    speakers = ppl[:2]
    blocks = []
    ns = nn = 0
    for k in sec_kinds:
        sp = speakers if r.random() < 0.5 else speakers[::-1]
        msgs, a, b = secret_item(t, v, k, r, sp, multiline)
        blocks.append(msgs)
        ns, nn = ns + a, nn + b
    for k in neg_kinds:
        lab = True if k != "policy" else (r.random() < 0.4)
        blocks.append(neg_item(t, v, k, r, speakers, lab))
        nn += 1 if (k != "policy" or lab) else 0
    r.shuffle(blocks)
    head = chatter(t, v, r, speakers, r.randint(1, 2))
    msgs = list(head)
    for bl in blocks:
        msgs.extend(bl)
        if r.random() < 0.6:
            msgs.extend(chatter(t, v, r, speakers, r.randint(1, 2)))
    msgs.extend(chatter(t, v, r, speakers[::-1], 1))
    return msgs, ns, nn


def table_rows(t, v, r, n):
    rows = []
    for _ in range(n):
        sysn = t.system(r)
        user = r.choice(["admin", "ops", t.person(r)[1].replace(".", ""), "svc-" + sysn.split("-")[0]])
        rows.append((sysn, user, t.S(t.pw(r, uri=True), "password", lang=v.lang_label)))
    return rows
