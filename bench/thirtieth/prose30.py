"""Free text: scripted conversations in the theme's language (or English) and 20 export formats."""

import json

import prov30
from core30 import MARK as M, sha256_hex
from lang30 import L


def put(d, line, lab):
    if lab is None:
        d.t(line)
        return
    kind, value, cat, extra = lab
    d.lines.append(line)
    d._label(kind, len(d.lines), value, cat, **extra)


def fill(tpl, value, **fmt):
    for k, v in fmt.items():
        tpl = tpl.replace("{%s}" % k, v)
    return tpl.replace(M, value)


class Conv:
    def __init__(self, c, r, lang):
        self.c, self.r, self.lang, self.P = c, r, lang, L[lang]
        self.msgs = []
        self.h, self.m = r.randrange(7, 11), r.randrange(0, 60)

    def who(self):
        return self.r.pick(self.c.people)

    def say(self, who, *lines):
        self.m += self.r.randrange(1, 9)
        self.h += self.m // 60
        self.m %= 60
        self.msgs.append({"who": who, "time": "%02d:%02d" % (self.h % 24, self.m), "lines": list(lines)})

    def sys(self):
        return self.r.pick(self.c.systems)

    # secrets
    def sec_line(self, tpl, value, cat, note=None, **fmt):
        extra = {"note": note} if note else {}
        return (fill(tpl, value, **fmt), ("secret", value, cat, extra))

    def ex(self, name):
        c, r, P = self.c, self.r, self.P
        a = self.who()
        b = self.r.pick([p for p in self.c.people if p is not a])
        s = self.sys()
        if name == "pattern":
            self.say(a, self.sec_line(r.pick(P["pw_pats"]), c.pw(r), "chat-password", sys=s))
        elif name == "next":
            v = c.pw(r)
            self.say(a, (fill(P["next"], "", sys=s), None), ("%s" % v, ("secret", v, "chat-password-next-line", {})))
        elif name == "ask":
            self.say(a, (fill(P["ask"], "", sys=s), None))
            self.say(b, self.sec_line(r.pick(P["answer"]), c.pw(r), "chat-password-reply"))
        elif name == "tmp":
            self.say(a, self.sec_line(P["tmp"], c.pw(r, "human"), "temporary-password"))
        elif name == "wifi":
            self.say(a, self.sec_line(P["wifi"], c.pw(r), "wifi-password", ssid=r.pick(c.th["ssids"])))
        elif name == "token":
            v, cat, _ = c.tok(r, r.pick(prov30.TOKEN_NAMES))
            self.say(a, self.sec_line(r.pick(P["tok_pats"]), v, cat, sys=s))
        elif name == "revoked":
            v, cat, _ = c.tok(r, r.pick(["github-pat", "gitlab-pat", "slack-bot", "stripe-live", "openai", "sendgrid", "telegram",
                                         "dockerhub", "npm", "huggingface"]))
            self.say(a, self.sec_line(P["revoked"], v, cat, note="revoked"))
        elif name == "rotated":
            self.say(a, self.sec_line(P["rotated"], c.pw(r), "rotated-password", note="rotated"))
            if r.chance(0.5):
                self.say(a, (fill(P["n_vault"], "op://Ops/%s/password" % s), ("negative", "op://Ops/%s/password" % s, "vault-path", {})))
        elif name == "pin":
            self.say(a, self.sec_line(P["pin"], c.pin(r), "door-pin"))
        elif name == "pp":
            self.say(a, self.sec_line(P["pp"], c.pw(r, "phrase"), "backup-passphrase"))
        elif name == "uri":
            v = c.pw(r, uri=True)
            uri = "postgresql://%s:%s@%s:5432/%s" % (s.replace("-", "_"), v, c.host(s), s.replace("-", "_"))
            self.say(a, (fill(P["uri"], uri), ("secret", v, "uri-password", {})))
        elif name == "cli":
            v = c.pw(r)
            cmd = r.pick(["mysql -h %s -u ops -p'%s'" % (c.host(s), M), "curl -u ops:%s https://%s/api/health" % (M, c.host(s)),
                          "smbclient //%s/share -U ops%%%s" % (c.host(s), M)])
            line = fill(P["cli"], cmd.replace(M, v))
            self.say(a, (line, ("secret", v, "cli-password", {})))
        else:
            raise KeyError(name)

    def nx(self, name):
        c, r, P = self.c, self.r, self.P
        a = self.who()
        s = self.sys()
        if name == "vault":
            v = r.pick(["secret/data/%s/%s" % (c.key, s), "op://Ops/%s/credential" % s, "vault:kv/%s#password" % s])
            self.say(a, (fill(P["n_vault"], v), ("negative", v, "vault-path", {})))
        elif name == "masked":
            tok, _, _ = prov30.token(r, r.pick(["github-pat", "stripe-live", "openai", "slack-bot", "sendgrid"]))
            v = prov30.mask(r, tok)
            self.say(a, (fill(P["n_masked"], v), ("negative", v, "masked-value", {})))
        elif name == "placeholder":
            v = r.pick(["<your-token>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "<paste-key-here>", "REPLACE_ME", "AKIAIOSFODNN7EXAMPLE"])
            self.say(a, (fill(P["n_placeholder"], v), ("negative", v, "documented-example" if v.startswith("AKIA") else "placeholder", {})))
        elif name == "env":
            v = r.pick(["$DB_PASSWORD", "${{ secrets.DEPLOY_TOKEN }}", "%API_KEY%", "${SMTP_PASSWORD}", "process.env.STRIPE_KEY"])
            self.say(a, (fill(P["n_env"], v), ("negative", v, "env-reference", {})))
        elif name == "commit":
            v = r.hex(40)
            self.say(a, (fill(P["n_commit"], v), ("negative", v, "git-commit-sha", {})))
        elif name == "req":
            v = r.uuid()
            self.say(a, (fill(P["n_req"], v), ("negative", v, "uuid-identifier", {})))
        elif name == "sum":
            v = r.hex(64)
            self.say(a, (fill(P["n_sum"], v), ("negative", v, "file-checksum", {})))
        elif name == "fp":
            v = "SHA256:" + r.b64(32).rstrip("=")
            self.say(a, (fill(P["n_fp"], v), ("negative", v, "ssh-host-key-fingerprint", {})))
        else:
            raise KeyError(name)

    def chatter(self, n):
        for _ in range(n):
            if not getattr(self, "_chat", None):
                self._chat = list(self.P["chatter"])
                self.r.shuffle(self._chat)
            self.say(self.who(), (self._chat.pop(), None))


SEC_EX = ["pattern", "pattern", "next", "ask", "ask", "tmp", "wifi", "token", "token", "revoked", "rotated", "pin", "pp", "uri", "cli"]
NEG_EX = ["vault", "masked", "placeholder", "env", "commit", "req", "sum", "fp"]


def script(c, r, lang):
    conv = Conv(c, r, lang)
    n_sec = 1 if r.random() < 0.72 else 2
    n_neg = 1 if r.random() < 0.85 else 2
    plan = [("s", r.pick(SEC_EX)) for _ in range(n_sec)] + [("n", r.pick(NEG_EX)) for _ in range(n_neg)]
    r.shuffle(plan)
    conv.chatter(r.randrange(1, 3))
    for kind, name in plan:
        (conv.ex if kind == "s" else conv.nx)(name)
        conv.chatter(r.randrange(0, 2))
        if r.chance(0.15):
            conv.say(conv.who(), (conv.P["dont"], None))
    conv.say(conv.who(), (conv.P["thanks"] if r.chance(0.5) else conv.P["ok"], None))
    return conv.msgs


# ---------------------------------------------------------------- formats
def _txt(m):
    return [(t, lab) for t, lab in m["lines"]]


def _joined(m, sep="\n"):
    texts = [t for t, _ in m["lines"]]
    labs = [lab for _, lab in m["lines"] if lab]
    return sep.join(texts), (labs[0] if labs else None)


def _json_line(d, obj, text_key, m, sep="\n", trail=","):
    text, lab = _joined(m, sep)
    obj[text_key] = text
    put(d, "  " + json.dumps(obj, ensure_ascii=False) + trail, lab)


def f_flowdock(c, r, d, msgs):
    d.t("[")
    for i, m in enumerate(msgs):
        _json_line(d, {"event": "message", "flow": c.key, "user": m["who"]["handle"], "sent": 1740000000000 + i * 61000},
                   "content", m, trail="," if i < len(msgs) - 1 else "")
    d.t("]")


def f_ringcentral(c, r, d, msgs):
    d.t("Time,Sender,Conversation,Message")
    for m in msgs:
        text, lab = _joined(m, " ")
        put(d, '2025-03-04 %s,%s,%s team,"%s"' % (m["time"], m["who"]["name"], c.org, text.replace('"', '""')), lab)


def f_deskpro(c, r, d, msgs):
    d.t("{", '  "ticket": {"id": %d, "subject": "%s", "status": "awaiting_agent"},' % (r.randrange(1000, 99999), c.systems[0]),
        '  "messages": [')
    for i, m in enumerate(msgs):
        _json_line(d, {"person": m["who"]["email"], "date_created": "2025-03-04T%s:00Z" % m["time"]}, "message", m,
                   trail="," if i < len(msgs) - 1 else "")
    d.t("  ]", "}")


def f_liveagent(c, r, d, msgs):
    d.t("Ticket #%s - %s" % (r.hex(6).upper(), c.org), "Channel: chat", "")
    for m in msgs:
        for j, (t, lab) in enumerate(m["lines"]):
            put(d, ("[%s] %s: %s" % (m["time"], m["who"]["name"], t)) if j == 0 else "    " + t, lab)


def f_connectwise(c, r, d, msgs):
    d.t("[")
    for i, m in enumerate(msgs):
        _json_line(d, {"id": r.randrange(10 ** 6, 10 ** 7), "ticketId": 4711, "internalAnalysisFlag": i % 2 == 0,
                       "createdBy": m["who"]["handle"]}, "text", m, trail="," if i < len(msgs) - 1 else "")
    d.t("]")


def f_syncro(c, r, d, msgs):
    d.t("ticket_number,created_at,tech,subject,body")
    for m in msgs:
        text, lab = _joined(m, " ")
        put(d, '%d,2025-03-04 %s,%s,Update,"%s"' % (r.randrange(3000, 9000), m["time"], m["who"]["handle"], text.replace('"', '""')), lab)


def _eml_head(c, r, d, m, subject, extra=()):
    d.t("From: %s <%s>" % (m["who"]["name"], m["who"]["email"]), "To: ops@%s" % c.domain, "Subject: %s" % subject,
        "Date: Tue, 4 Mar 2025 %s:00 +0000" % m["time"], "Message-ID: <%s@%s>" % (r.hex(16), c.domain), *extra,
        "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "")


def f_deltachat(c, r, d, msgs):
    _eml_head(c, r, d, msgs[0], "Message from %s" % msgs[0]["who"]["name"], ("Chat-Version: 1.0", "Chat-Group-ID: %s" % r.alnum(11)))
    for m in msgs:
        for t, lab in _txt(m):
            put(d, t, lab)
        d.t("")


def f_tutanota(c, r, d, msgs):
    last = msgs[-1]
    _eml_head(c, r, d, last, "Re: %s" % c.systems[1])
    for t, lab in _txt(last):
        put(d, t, lab)
    d.t("")
    for m in reversed(msgs[:-1]):
        d.t("> On 04.03.2025 %s, %s wrote:" % (m["time"], m["who"]["name"]))
        for t, lab in _txt(m):
            put(d, "> " + t, lab)


def f_halo(c, r, d, msgs):
    d.t('{"ticket_id": %d, "actions": [' % r.randrange(10000, 99999))
    for i, m in enumerate(msgs):
        _json_line(d, {"actionnumber": i + 1, "who": m["who"]["name"], "outcome": "Note"}, "note", m,
                   trail="," if i < len(msgs) - 1 else "")
    d.t("]}")


def f_twiki(c, r, d, msgs):
    d.t('%%META:TOPICINFO{author="%s" date="1741082231" format="1.1" version="3"}%%' % msgs[0]["who"]["handle"],
        "---+ %s" % c.systems[2], "")
    for m in msgs:
        for t, lab in _txt(m):
            put(d, "   * %s" % t, lab)
    d.t("", "-- Main.%s - 04 Mar 2025" % msgs[0]["who"]["handle"].capitalize())


def f_wikidot(c, r, d, msgs):
    d.t("+ %s" % c.systems[3], "", "[[toc]]", "")
    for m in msgs:
        d.t("++ %s" % m["who"]["given"])
        for t, lab in _txt(m):
            put(d, t, lab)
        d.t("")


def f_remnote(c, r, d, msgs):
    d.t("- %s" % c.org)
    for m in msgs:
        d.t("    - %s %s" % (m["time"], m["who"]["given"]))
        for t, lab in _txt(m):
            put(d, "        - %s" % t, lab)


def f_archbee(c, r, d, msgs):
    d.t("---", "title: %s runbook" % c.systems[4], "---", "", "# %s" % c.systems[4], "")
    for i, m in enumerate(msgs):
        d.t("## %d." % (i + 1))
        for t, lab in _txt(m):
            put(d, t, lab)
        d.t("")


def f_helpjuice(c, r, d, msgs):
    d.t("<article>", "<h1>%s</h1>" % c.systems[5])
    for m in msgs:
        for t, lab in _txt(m):
            put(d, "<p>%s</p>" % t, lab)
    d.t("</article>")


def f_avoma(c, r, d, msgs):
    d.t("Meeting: %s weekly" % c.org, "Date: 2025-03-04", "")
    sec = 0
    for m in msgs:
        sec += r.randrange(8, 90)
        for j, (t, lab) in enumerate(m["lines"]):
            put(d, ("%02d:%02d  %s: %s" % (sec // 60, sec % 60, m["who"]["name"], t)) if j == 0 else "       " + t, lab)


def f_circleback(c, r, d, msgs):
    d.t("# %s sync" % c.org, "", "## Notes")
    for m in msgs:
        for t, lab in _txt(m):
            put(d, "- %s (%s)" % (t, m["who"]["given"]) if lab is None else "- %s" % t, lab)
    d.t("", "## Action items", "- [ ] %s: follow up" % msgs[0]["who"]["given"])


def f_happyscribe(c, r, d, msgs):
    sec = 0
    for m in msgs:
        sec += r.randrange(5, 70)
        d.t("%02d:%02d:%02d %s" % (sec // 3600, sec // 60 % 60, sec % 60, m["who"]["name"]))
        for t, lab in _txt(m):
            put(d, t, lab)
        d.t("")


def f_handover(c, r, d, msgs):
    d.t("# Hand-over - %s" % c.org, "", "From %s to %s, 2025-03-04" % (msgs[0]["who"]["name"], msgs[-1]["who"]["name"]), "")
    for m in msgs:
        for t, lab in _txt(m):
            put(d, "* %s" % t, lab)


def f_howto(c, r, d, msgs):
    d.t("# %s - how to" % c.systems[0], "", "Notes collected from the team.", "")
    for i, m in enumerate(msgs):
        for t, lab in _txt(m):
            put(d, "%d. %s" % (i + 1, t), lab)


FORMATS = [("chat", "flowdock", f_flowdock, "chat/flowdock-%s.json", False),
           ("chat", "ringcentral", f_ringcentral, "chat/ringcentral-%s.csv", False),
           ("ticket", "deskpro", f_deskpro, "tickets/deskpro-%s.json", False),
           ("ticket", "liveagent", f_liveagent, "tickets/liveagent-%s.txt", False),
           ("ticket", "connectwise", f_connectwise, "tickets/connectwise-notes-%s.json", False),
           ("ticket", "syncro", f_syncro, "tickets/syncro-%s.csv", False),
           ("email", "deltachat", f_deltachat, "mail/deltachat-%s.eml", True),
           ("email", "tutanota", f_tutanota, "mail/tutanota-%s.eml", True),
           ("incident", "halo", f_halo, "incidents/halo-actions-%s.json", False),
           ("wiki", "twiki", f_twiki, "wiki/twiki-%s.txt", False),
           ("wiki", "wikidot", f_wikidot, "wiki/wikidot-%s.txt", False),
           ("wiki", "remnote", f_remnote, "wiki/remnote-%s.md", False),
           ("runbook", "archbee", f_archbee, "runbooks/archbee-%s.md", False),
           ("runbook", "helpjuice", f_helpjuice, "runbooks/helpjuice-%s.html", False),
           ("meeting", "avoma", f_avoma, "meetings/avoma-%s.txt", False),
           ("meeting", "circleback", f_circleback, "meetings/circleback-%s.md", False),
           ("meeting", "happyscribe", f_happyscribe, "meetings/happyscribe-%s.txt", False),
           ("handover", "handover", f_handover, "handover/handover-%s.md", False),
           ("howto", "howto", f_howto, "docs/howto-%s.md", False)]


# ---------------------------------------------------------------- shell histories
def history(c, r, kind):
    if kind == "clink":
        d = c.doc("ops/history/clink_history", crlf=True, free=True)
    elif kind == "murex":
        d = c.doc("ops/history/murex.history", free=True)
    else:
        d = c.doc("ops/history/.bash_history", free=True)
    cmds = []
    s = r.pick(c.systems)
    pw = c.pw(r, uri=True)
    cmds.append(("mysql -h %s -u ops -p'%s' %s" % (c.host(s), pw, s.replace("-", "_")), ("secret", pw, "cli-password", {})))
    v, cat, var = c.tok(r, r.pick(["github-pat", "gitlab-pat", "digitalocean", "vercel", "doppler", "pulumi", "huggingface"]))
    cmds.append(("set %s=%s" % (var, v) if kind == "clink" else "export %s=%s" % (var, v), ("secret", v, cat, {})))
    cmds.append(("git checkout %s" % r.hex(40), None))
    ref = "pass show ops/%s" % s
    cmds.append((ref, ("negative", ref, "secret-manager-reference", {})))
    if r.chance(0.6):
        pw2 = c.pw(r)
        cmds.append(("curl -u admin:%s https://%s/api/export" % (pw2, c.host(r.pick(c.systems))), ("secret", pw2, "cli-password", {})))
    envref = "%DB_PASSWORD%" if kind == "clink" else "$DB_PASSWORD"
    cmds.append(("psql -h %s -U app -W  # prompts; the app uses %s" % (c.host("db"), envref), ("negative", envref, "env-reference", {})))
    cmds.append(("docker compose logs -f --tail 50", None))
    r.shuffle(cmds)
    for i, (cmd, lab) in enumerate(cmds):
        if kind == "murex":
            line = json.dumps({"Index": i, "DateTime": "2025-03-04T10:%02d:00Z" % i, "Block": cmd}, ensure_ascii=False)
        else:
            line = cmd
        put(d, line, lab)
    return d


def prose_doc(c, r, slot, lang):
    fam, name, fn, path, crlf = FORMATS[slot]
    stem = "%02d-%s" % (slot, r.lower(4))
    d = c.doc(path % stem, crlf=crlf, free=True, lang=lang)
    msgs = script(c, r, lang)
    fn(c, r, d, msgs)
    return d
