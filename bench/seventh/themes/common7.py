"""Shared helpers for the themes: context, key wrappings, prose/chat/e-mail/history renderers,
i18n files and a few negative-heavy snippets."""

import base64
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import keys7 as K  # noqa: E402
from vals7 import V, PROV, PAIR, PUB  # noqa: E402

# Documented examples (real-world constants, used only as hard negatives)
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
          "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
SLACK_DOC = "xoxb-not-a-real-token-this-will-not-work"


class Ctx:
    def __init__(self, corpus, rng, name, org, domain):
        self.c, self.r, self.name, self.org, self.dom = corpus, rng, name, org, domain
        self.v = V(rng)
        self.ca = K.ECKey(rng)
        self.stats = {"prose_secrets": 0}

    def f(self, rel, crlf=False, prose=False):
        return self.c.file(self.name + "/" + rel, crlf=crlf, prose=prose)

    def pick(self, seq):
        return self.v.pick(seq)

    def chance(self, p):
        return self.r.random() < p

    def rsa(self, bits=2048):
        return K.RSAKey(self.r, bits)

    def ec(self):
        return K.ECKey(self.r)

    def ed(self):
        return K.EdKey(self.r)

    def anykey(self, kinds=("rsa", "ec", "ed")):
        k = self.pick(list(kinds))
        return {"rsa": self.rsa, "ec": self.ec, "ed": self.ed}[k]()

    def cert(self, key, cn):
        return K.certificate(self.r, key, self.ca, cn, self.org, issuer_cn=self.org + " Issuing CA")

    def tok(self, pid):
        p = PROV[pid]
        return p[2](self.v)

    def pair(self, pid):
        p = PAIR[pid]
        return p[1][1](self.v), p[2][1](self.v)

    def pub(self, pid):
        return PUB[pid][2](self.v)

    def pw(self, style=None):
        return self.v.password(style)


# ------------------------------------------------------------------ key wrappings
def pem_lines(pem, indent="", pre="", post=""):
    return [(indent + pre + ln + post, ln) for ln in pem.split("\n")]


def put_key(f, pem, cat, head=None, indent="", pre="", post=""):
    return f.sblock(cat, pem_lines(pem, indent, pre, post), head=head, check="pem")


def put_cert(f, pem, head=None, indent="", cat="neg.certificate"):
    return f.nblock(cat, pem_lines(pem, indent), head=head)


def esc_pem(pem):
    return pem.replace("\n", "\\n") + "\\n"


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def keycat(key, wrap):
    return "key.%s-%s" % (key.kind, wrap)


# ------------------------------------------------------------------ message items
def S(tmpl, value, cat, check=None):
    return ("secret", tmpl, value, cat, check)


def N(tmpl, value, cat, check=None):
    return ("negative", tmpl, value, cat, check)


def emit(f, wrap, item, ctx=None):
    if isinstance(item, str):
        f.t(wrap(item))
        return
    kind, tmpl, value, cat, check = item
    f.lab(kind, wrap(tmpl), value, cat, check)
    if ctx is not None and kind == "secret":
        ctx.stats["prose_secrets"] += 1


def jsafe(value):
    return json.dumps(value)[1:-1] == value


def _j(t):
    d = json.dumps(t, ensure_ascii=False)
    return d[1:-1]


# ------------------------------------------------------------------ chat and prose renderers
def stamp(ctx, i, base=None):
    base = base or ctx.r.randint(1735700000, 1760000000)
    return base + i * ctx.r.randint(40, 900)


def slack_export(ctx, rel, msgs):
    f = ctx.f(rel, prose=True)
    users = {}
    t0 = ctx.r.randint(1735700000, 1760000000)
    f.t("[")
    for i, (who, item) in enumerate(msgs):
        uid = users.setdefault(who, "U0" + ctx.v.upper(8))
        f.t("    {", '        "type": "message",', '        "user": "%s",' % uid, '        "user_name": "%s",' % who)
        emit(f, lambda t: '        "text": "%s",' % _j(t), item, ctx)
        f.t('        "ts": "%d.%06d"' % (t0 + i * 97, ctx.r.randint(0, 999999)))
        f.t("    }," if i < len(msgs) - 1 else "    }")
    f.t("]")
    return f


def teams_log(ctx, rel, msgs):
    f = ctx.f(rel, prose=True)
    h, m = ctx.r.randint(7, 16), ctx.r.randint(0, 50)
    for i, (who, item) in enumerate(msgs):
        m += ctx.r.randint(0, 6)
        f.t("[%02d:%02d] %s" % (h + m // 60, m % 60, who))
        emit(f, lambda t: t, item, ctx)
        f.t("")
    return f


def irc_log(ctx, rel, msgs, chan="#ops"):
    f = ctx.f(rel, prose=True)
    day = "2025-%02d-%02d" % (ctx.r.randint(1, 12), ctx.r.randint(1, 28))
    f.t("--- Log opened %s 08:00:00" % day, "08:00 -!- Irssi: Join to %s was synced" % chan)
    h, m = 8, 1
    for who, item in msgs:
        m += ctx.r.randint(1, 9)
        nick = who.split()[0].lower()
        emit(f, lambda t: "%02d:%02d <%s> %s" % (h + m // 60, m % 60, nick, t), item, ctx)
    f.t("--- Log closed %s 18:00:00" % day)
    return f


def mattermost_jsonl(ctx, rel, msgs, channel="ops"):
    f = ctx.f(rel, prose=True)
    t0 = ctx.r.randint(1735700000, 1760000000) * 1000
    f.t(json.dumps({"type": "version", "version": 1}))
    for i, (who, item) in enumerate(msgs):
        pre = '{"type":"post","post":{"team":"%s","channel":"%s","user":"%s","message":"' % (ctx.name, channel, who.split()[0].lower())
        post = '","create_at":%d}}' % (t0 + i * 61000)
        emit(f, lambda t: pre + _j(t) + post, item, ctx)
    return f


def whatsapp_txt(ctx, rel, msgs):
    f = ctx.f(rel, prose=True)
    d = "%02d/%02d/2025" % (ctx.r.randint(1, 28), ctx.r.randint(1, 12))
    m = ctx.r.randint(0, 300)
    for who, item in msgs:
        m += ctx.r.randint(1, 7)
        emit(f, lambda t: "%s, %02d:%02d - %s: %s" % (d, 8 + m // 60, m % 60, who, t), item, ctx)
    return f


def email(ctx, rel, frm, to, subject, body):
    f = ctx.f(rel, prose=True)
    f.t("From: %s" % frm, "To: %s" % to, "Subject: %s" % subject,
        "Date: %s, %02d %s 2025 %02d:%02d:00 +0000" % (ctx.pick(["Mon", "Tue", "Wed", "Thu"]), ctx.r.randint(1, 28),
                                                      ctx.pick(["Mar", "Apr", "Jun", "Sep", "Oct"]), ctx.r.randint(7, 18), ctx.r.randint(0, 59)),
        "Message-ID: <%s@%s>" % (ctx.v.hex(16), ctx.dom), "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "")
    for item in body:
        emit(f, lambda t: t, item, ctx)
    return f


def ticket(ctx, rel, key, title, reporter, comments):
    if rel.endswith("/"):
        rel += key + ".txt"
    f = ctx.f(rel, prose=True)
    f.t("%s: %s" % (key, title), "Reporter: %s" % reporter, "Status: %s" % ctx.pick(["Resolved", "In Progress", "Closed"]),
        "Priority: %s" % ctx.pick(["P2", "P3", "Medium", "High"]), "")
    for who, items in comments:
        f.t("--- comment by %s ---" % who)
        for item in items:
            emit(f, lambda t: t, item, ctx)
        f.t("")
    return f


def zendesk_csv(ctx, rel, rows):
    f = ctx.f(rel, prose=True)
    f.t("ticket_id,created_at,requester,subject,comment")
    for i, (who, subject, item) in enumerate(rows):
        tid = 40000 + ctx.r.randint(1, 9999)
        pre = '%d,2025-%02d-%02dT%02d:14:00Z,%s,"%s","' % (tid, ctx.r.randint(1, 12), ctx.r.randint(1, 28), ctx.r.randint(7, 19), who, subject)
        emit(f, lambda t: pre + t.replace('"', '""') + '"', item, ctx)
    return f


def wiki(ctx, rel, fmt, title, sections):
    """sections: list of (heading, items). fmt: md | confluence | mediawiki | org | asciidoc | rst"""
    f = ctx.f(rel, prose=True)
    if fmt == "md":
        f.t("# " + title, "")
        for h, items in sections:
            f.t("## " + h, "")
            for it in items:
                emit(f, lambda t: t, it, ctx)
            f.t("")
    elif fmt == "confluence":
        f.t('<ac:structured-macro ac:name="info"><ac:rich-text-body><p>%s</p></ac:rich-text-body></ac:structured-macro>' % title)
        for h, items in sections:
            f.t("<h2>%s</h2>" % h)
            for it in items:
                emit(f, lambda t: "<p>%s</p>" % t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), it, ctx)
    elif fmt == "mediawiki":
        f.t("= %s =" % title, "")
        for h, items in sections:
            f.t("== %s ==" % h)
            for it in items:
                emit(f, lambda t: "* " + t, it, ctx)
            f.t("")
    elif fmt == "org":
        f.t("#+TITLE: " + title, "")
        for h, items in sections:
            f.t("* " + h)
            for it in items:
                emit(f, lambda t: "  - " + t, it, ctx)
    elif fmt == "asciidoc":
        f.t("= " + title, ":toc:", "")
        for h, items in sections:
            f.t("== " + h, "")
            for it in items:
                emit(f, lambda t: t + " +", it, ctx)
            f.t("")
    else:  # rst
        f.t(title, "=" * len(title), "")
        for h, items in sections:
            f.t(h, "-" * len(h), "")
            for it in items:
                emit(f, lambda t: "* " + t, it, ctx)
            f.t("")
    return f


def sheet(ctx, rel, header, rows, sep=","):
    """rows: lists of cells; at most one cell per row may be a labelled item (tuple)."""
    f = ctx.f(rel, prose=True)
    f.t(sep.join(header))
    for row in rows:
        lab = [c for c in row if not isinstance(c, str)]
        if not lab:
            f.t(sep.join(row))
            continue
        kind, tmpl, value, cat, check = lab[0]
        line = sep.join(("@@" if not isinstance(c, str) else c) for c in row)
        emit(f, lambda t: t, (kind, line.replace("@@", tmpl), value, cat, check), ctx)
    return f


def history(ctx, rel, fmt, cmds, crlf=False):
    """fmt: bash | zsh | fish | ps | psql | mysql"""
    f = ctx.f(rel, crlf=crlf or fmt == "ps", prose=True)
    t0 = ctx.r.randint(1735700000, 1760000000)
    for i, item in enumerate(cmds):
        if fmt == "zsh":
            emit(f, lambda t: ": %d:0;%s" % (t0 + i * 37, t), item, ctx)
        elif fmt == "fish":
            emit(f, lambda t: "- cmd: " + t, item, ctx)
            f.t("  when: %d" % (t0 + i * 37))
        elif fmt == "mysql":
            emit(f, lambda t: t.replace(" ", "\\040"), item, ctx)
        else:
            emit(f, lambda t: t, item, ctx)
    return f


# ------------------------------------------------------------------ i18n
I18N = [("es", "Contraseña"), ("fr", "Mot de passe"), ("pt", "Senha"), ("nl", "Wachtwoord"), ("sv", "Lösenord"),
        ("vi", "Mật khẩu"), ("ja", "パスワード"), ("zh", "密码"), ("ko", "비밀번호"), ("de", "Passwort"),
        ("it", "Password dimenticata?"), ("pl", "Hasło"), ("tr", "Şifre"), ("fi", "Salasana"), ("cs", "Heslo"),
        ("da", "Adgangskode"), ("no", "Passord")]
I18N_LONG = {"es": "Introduzca su contraseña de nuevo", "fr": "Votre mot de passe a expiré", "de": "Passwort vergessen?",
             "pt": "Digite a nova senha", "nl": "Wachtwoord wijzigen", "pl": "Nieprawidłowe hasło", "sv": "Ange lösenord"}


def i18n_file(ctx, rel, fmt, n=5):
    langs = ctx.r.sample(I18N, n)
    m = re.search(r"(?<![a-z])(%s)(?![a-z])" % "|".join(code for code, _ in I18N), rel)
    if m:
        own = [x for x in I18N if x[0] == m.group(1)][0]
        langs = [own] + [x for x in langs if x != own][:n - 1]
    if fmt == "po":
        f = ctx.f(rel)
        f.t('msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', "")
        lang = langs[0]
        f.t('msgid "Password"')
        f.n('msgstr "@@"', lang[1], "neg.i18n")
        f.t("", 'msgid "Enter your password"')
        f.n('msgstr "@@"', I18N_LONG.get(lang[0], lang[1] + ":"), "neg.i18n")
        f.t("", 'msgid "Sign in"', 'msgstr "Entrar"')
        return f
    if fmt == "json":
        f = ctx.f(rel)
        f.t("{")
        for i, (code, word) in enumerate(langs):
            f.t('  "%s": {' % code)
            f.n('    "login.password": "@@",', word, "neg.i18n")
            f.t('    "login.submit": "OK"', "  }" + ("," if i < len(langs) - 1 else ""))
        f.t("}")
        return f
    if fmt == "properties":
        f = ctx.f(rel)
        f.t("# messages_%s.properties" % langs[0][0])
        f.n("label.password=@@", langs[0][1], "neg.i18n")
        f.n("label.password.confirm=@@", I18N_LONG.get(langs[0][0], langs[0][1] + " (2)"), "neg.i18n")
        f.t("label.username=Usuario")
        return f
    if fmt == "strings":
        f = ctx.f(rel)
        for code, word in langs[:3]:
            f.t("/* %s */" % code)
            f.n('"password_placeholder_%s" = "@@";' % code, word, "neg.i18n")
        return f
    if fmt == "xliff":
        f = ctx.f(rel)
        f.t('<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2"><file source-language="en" target-language="%s"><body>' % langs[0][0])
        f.t('<trans-unit id="pwd"><source>Password</source>')
        f.n("<target>@@</target></trans-unit>", langs[0][1], "neg.i18n")
        f.t("</body></file></xliff>")
        return f
    # yaml (Rails)
    f = ctx.f(rel)
    for code, word in langs[:3]:
        f.t("%s:" % code, "  auth:")
        f.n('    password: "@@"', word, "neg.i18n")
    return f
