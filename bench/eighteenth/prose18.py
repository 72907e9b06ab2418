"""Free-text documents: chat exports, tickets, e-mail, wiki runbooks, hand-overs, notes, shell history, git log,
README troubleshooting, account tables, LaTeX reports."""
import csv
import io
import json

import keywrap18
import neg18
from phr18 import ANSWER_PREFIX, ASK, CHATTER, NEG, PW, TOKEN, pick


def jdump(obj, **kw):
    return json.dumps(obj, ensure_ascii=False, **kw).replace("\\u0000", "\x00")


def what(c):
    s, label = c.system()
    return c.choice(["the %s" % label, "%s.%s" % (s, c.internal), "the %s box" % s, "%s (%s)" % (label, s)])


def pw_line(c, d, lang, style=None, cat="password", w=None):
    v = c.pw(style or c.choice(["human", "human", "human", "phrase", "strong", "punct", "alnum", "urisafe"]))
    return pick(c, PW, lang).format(what=w or what(c), user=c.choice(["admin", "ops", "service", c.person().short,
                                                                     c.short + "_svc", "root"]),
                                    v=d.S(v, cat))


def tok_line(c, d, lang):
    p = c.prov()
    return pick(c, TOKEN, lang).format(vendor=p.vendor, what=what(c), env=p.env, v=d.S(p.value, p.cat, "provider"))


def cred_line(c, d, lang):
    return pw_line(c, d, lang) if c.r.random() < 0.68 else tok_line(c, d, lang)


def neg_line(c, d, lang):
    k = c.r.randrange(4)
    if k == 0:
        tpl = pick(c, NEG, lang)
        if "{ref}" in tpl:
            r = c.ref(c.choice(["op", "vault-uri", "azure-kv", "gcp-sm"]), c.system()[0] + "_password")
            return tpl.format(ref=d.N(r, "secret-store-reference"))
        return d.N(tpl.format(person=c.person().first, email=c.person().email), "prose-without-value")
    if k == 1:
        return c.choice(["token: %s", "old key was %s (revoked)", "password: %s", "pw: %s"]) % d.N(
            c.choice(["ghp_" + "*" * 36, "********", "sk_live_" + "•" * 24, "xoxb-…redacted…", "<redacted>", "[REDACTED]"]),
            "masked-value")
    if k == 2:
        return c.choice(["deployed build %s", "see commit %s", "request id %s in the logs", "trace %s"]) % d.N(
            c.choice([c.sha1, c.uuid, c.rid])(), "identifier")
    return d.N(c.choice(neg18.POLICY), "password-policy-text")


def uri_line(c, d, lang):
    s = c.system()[0]
    scheme, port = c.choice([("postgresql", 5432), ("mysql", 3306), ("mongodb", 27017), ("redis", 6379), ("amqp", 5672)])
    u = "" if scheme == "redis" else s + "_rw"
    tok = d.S(c.upw(), "connection-string-password")
    uri = "%s://%s:%s@%s-db.%s:%d/%s" % (scheme, u, tok, s, c.internal, port, s if scheme != "redis" else "0")
    return c.choice(["staging DB: %s", "conn string is %s", "DSN -> %s", "%s"]) % uri


def keyblock(c, d, fmt=None, indent=""):
    k = keywrap18.make_key(c, c.choice(["ed25519", "ec", "rsa"]))
    fmt = fmt or keywrap18.default_fmt(c, k)
    return keywrap18.S_key(d, c, k, fmt, keywrap18.indent(indent) if indent else None, comment="%s@%s" % (c.person().short, c.short))


def ts(c, day=None):
    return "2025-%02d-%02d %02d:%02d" % (c.r.randint(1, 12), day or c.r.randint(1, 28), c.r.randint(7, 19), c.r.randint(0, 59))


# ------------------------------------------------------------------ chat
def conversation(c, d, lang, n_cred=2):
    """[(person, text)] with a question answered on the next message, a mid-sentence credential and chatter."""
    ppl = c.persons(3)
    msgs = [(ppl[0], pick(c, CHATTER, lang))]
    w = what(c)
    msgs.append((ppl[1], pick(c, ASK, lang).format(what=w)))
    v = c.pw(c.choice(["human", "phrase", "strong", "punct"]))
    msgs.append((ppl[0], c.choice(ANSWER_PREFIX.get(lang, [""])) + d.S(v, "password")))
    msgs.append((ppl[1], pick(c, CHATTER, lang)))
    for _ in range(n_cred - 1):
        msgs.append((ppl[2], cred_line(c, d, lang) if c.r.random() < .8 else uri_line(c, d, lang)))
    msgs.append((ppl[0], neg_line(c, d, lang)))
    msgs.append((ppl[2], pick(c, CHATTER, lang)))
    msgs.insert(1, (ppl[2], neg_line(c, d, lang)))
    return msgs


def chat(c):
    lang = c.choice(c.langs)
    fmt = c.choice(["slack", "teams", "whatsapp", "discord", "matrix", "irc", "mattermost", "telegram"])
    ext = {"slack": "json", "matrix": "json", "telegram": "json", "mattermost": "jsonl"}.get(fmt, "txt")
    chan = c.choice(["ops", "site-%s" % c.city.lower().replace(" ", "-"), c.system()[0], "oncall", "it-help"])
    d = c.doc("chat/%s-%s-export.%s" % (fmt, chan, ext), free=True)
    msgs = conversation(c, d, lang, n_cred=c.choice([2, 2, 3]))
    t0 = 1735700000 + c.r.randint(0, 3 * 10 ** 7)
    if fmt == "slack":
        arr = [{"type": "message", "user": "U0" + c.v.s(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "user_name": p.handle,
                "text": t, "ts": "%d.%06d" % (t0 + i * 97, c.r.randint(0, 999999))} for i, (p, t) in enumerate(msgs)]
        d.set(jdump(arr, indent=4) + "\n")
    elif fmt == "matrix":
        arr = {"room_name": "#%s:%s" % (chan, c.domain), "messages": [
            {"type": "m.room.message", "sender": "@%s:%s" % (p.short, c.domain), "origin_server_ts": (t0 + i * 61) * 1000,
             "content": {"msgtype": "m.text", "body": t}} for i, (p, t) in enumerate(msgs)]}
        d.set(jdump(arr, indent=2) + "\n")
    elif fmt == "telegram":
        arr = {"name": chan, "type": "private_group", "messages": [
            {"id": 1000 + i, "type": "message", "date": "2025-03-%02dT%02d:%02d:00" % (3 + i // 5, 9 + i, i * 7 % 60),
             "from": p.name, "text": t} for i, (p, t) in enumerate(msgs)]}
        d.set(jdump(arr, indent=1) + "\n")
    elif fmt == "mattermost":
        d.set("".join(jdump({"type": "post", "post": {"channel": chan, "user": p.handle, "message": t,
                                                      "create_at": (t0 + i * 45) * 1000}}) + "\n" for i, (p, t) in enumerate(msgs)))
    elif fmt == "teams":
        out = []
        for i, (p, t) in enumerate(msgs):
            out += ["%s  %d:%02d PM" % (p.name, 1 + i // 3, (i * 7) % 60), t, ""]
        d.set("\n".join(out))
    elif fmt == "whatsapp":
        d.set("".join("%02d/03/2025, %02d:%02d - %s: %s\n" % (4 + i // 6, 8 + i // 2, (i * 11) % 60, p.first, t) for i, (p, t) in enumerate(msgs)))
    elif fmt == "discord":
        day, month = c.r.randint(1, 27), c.r.randint(1, 12)
        d.set("".join("[2025-%02d-%02d %02d:%02d] %s\n%s\n\n" % (month, day, 9 + i // 3, (i * 17) % 60, p.short, t)
                      for i, (p, t) in enumerate(msgs)))
    else:
        d.set("".join("[%02d:%02d] <%s> %s\n" % (9 + i // 4, (i * 13) % 60, p.short, t) for i, (p, t) in enumerate(msgs)))


# ------------------------------------------------------------------ tickets
def ticket(c):
    lang = c.choice(c.langs)
    fmt = c.choice(["jira", "github", "servicenow", "zendesk", "redmine"])
    key = "%s-%d" % (c.short.upper()[:4], c.r.randint(100, 4999))
    rep, ag = c.persons(2)
    s, label = c.system()
    title = c.choice(["%s unreachable after firmware update", "Cannot log in to %s", "Vendor access for %s",
                      "Integration with %s failing with 401", "Onboarding: access to %s"]) % label
    ext = {"jira": "md", "github": "md", "servicenow": "csv", "zendesk": "json", "redmine": "textile"}[fmt]
    d = c.doc("tickets/%s.%s" % (key, ext), free=True)
    body1 = "%s. %s" % (title, c.choice(["Steps tried: restart, cleared cache.", "Since Monday morning.",
                                         "Error: 401 Unauthorized", "Vendor is on site Thursday."]))
    paste_key = c.r.random() < 0.6 and fmt in ("jira", "github", "redmine")
    c1 = cred_line(c, d, lang)
    c2 = neg_line(c, d, lang)
    c3 = tok_line(c, d, lang) if c.r.random() < .5 else pw_line(c, d, lang, style="human")
    body1 = body1 + " " + c.choice(["Correlation id:", "Ref:", "Request-Id:"]) + " " + d.N(c.rid(), "request-id")
    if fmt == "jira":
        out = ["# %s: %s" % (key, title), "", "*Reporter:* %s  *Assignee:* %s  *Status:* In Progress" % (rep.name, ag.name), "",
               "## Description", body1, "", "## Comments", "", "**%s** (%s):" % (ag.name, ts(c)), c1, "",
               "**%s** (%s):" % (rep.name, ts(c)), c2, "", "**%s** (%s):" % (ag.name, ts(c)), c3, ""]
        if paste_key:
            out += ["**%s** (%s): deploy key for the vendor, as requested:" % (ag.name, ts(c)), "{noformat}", keyblock(c, d), "{noformat}", ""]
        d.set("\n".join(out))
    elif fmt == "github":
        out = ["## %s" % title, "", "_Opened by @%s_" % rep.short, "", body1, "", "---", "", "@%s commented:" % ag.short, "",
               "> " + c1, "", "@%s commented:" % rep.short, "", c2, "", "@%s commented:" % ag.short, "", c3, ""]
        if paste_key:
            out += ["@%s commented:" % ag.short, "", "```", keyblock(c, d), "```", ""]
        d.set("\n".join(out))
    elif fmt == "redmine":
        out = ["h1. %s" % title, "", "*Author:* %s" % rep.name, "", body1, "", "h2. History", "",
               "*%s*: %s" % (ag.name, c1), "", "*%s*: %s" % (rep.name, c2), "", "*%s*: %s" % (ag.name, c3), ""]
        if paste_key:
            out += ["<pre>", keyblock(c, d), "</pre>", ""]
        d.set("\n".join(out))
    elif fmt == "zendesk":
        obj = {"ticket": {"id": c.r.randint(10000, 99999), "subject": title, "requester": rep.email, "comments": [
            {"author": rep.email, "public": True, "body": body1},
            {"author": ag.email, "public": False, "body": c1},
            {"author": rep.email, "public": True, "body": c2},
            {"author": ag.email, "public": False, "body": c3}]}}
        d.set(jdump(obj, indent=2) + "\n")
    else:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["number", "short_description", "state", "assigned_to", "work_notes"])
        w.writerow([key, title, "New", "", body1])
        w.writerow([key, title, "Work in Progress", ag.name, c1])
        w.writerow([key, title, "Work in Progress", ag.name, c2])
        w.writerow([key, title, "Resolved", rep.name, c3])
        d.set(buf.getvalue())


# ------------------------------------------------------------------ e-mail
def email_date(c):
    import datetime
    dt = datetime.datetime(2025, 1, 6, 8, 0) + datetime.timedelta(days=c.r.randint(0, 330), minutes=c.r.randint(0, 600))
    return "%s, %02d %s %d %02d:%02d:00 +0100" % (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[dt.weekday()], dt.day,
                                                  ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                                   "Dec")[dt.month - 1], dt.year, dt.hour, dt.minute)


EMAIL_HEAD = {"en": ("Hi {n},", "Best regards,"), "de": ("Hallo {n},", "Viele Grüße"), "fr": ("Bonjour {n},", "Cordialement,"),
              "es": ("Hola {n},", "Un saludo,"), "nl": ("Hoi {n},", "Met vriendelijke groet,"), "it": ("Ciao {n},", "Cordiali saluti,"),
              "pt": ("Olá {n},", "Abraço,"), "pl": ("Cześć {n},", "Pozdrawiam,"), "sv": ("Hej {n},", "Vänliga hälsningar,"),
              "ja": ("{n}さん", "よろしくお願いします。")}


def email(c):
    lang = c.choice(c.langs)
    a, b = c.persons(2)
    s, label = c.system()
    d = c.doc("mail/%s-%s.eml" % (s, c.r.randint(100, 999)), free=True)
    hi, bye = EMAIL_HEAD.get(lang, EMAIL_HEAD["en"])
    style = c.r.randrange(3)
    lines = ["From: %s <%s>" % (a.name, a.email), "To: %s <%s>" % (b.name, b.email),
             "Subject: %s" % c.choice(["Access for %s" % label, "Re: %s credentials" % label, "Handover %s" % label,
                                        "Fwd: Your %s account" % label]),
             "Date: " + email_date(c),
             "Message-ID: <%s@%s>" % (d.N(c.uuid(), "message-id"), c.domain), "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "", hi.format(n=b.first), ""]
    if style == 0:
        lines += [pw_line(c, d, lang), "", cred_line(c, d, lang), ""]
    elif style == 1:
        lines += ["Portal: https://%s.%s" % (s, c.domain), "User: %s" % b.handle,
                  "Password: %s" % d.S(c.pw(c.choice(["human", "strong", "punct"])), "password"), "",
                  neg_line(c, d, lang), ""]
    else:
        lines += [{"de": "Siehe unten.", "fr": "Voir ci-dessous.", "es": "Ver abajo.", "nl": "Zie hieronder.",
                   "it": "Vedi sotto.", "pt": "Veja abaixo.", "pl": "Poniżej.", "sv": "Se nedan.", "ja": "下記をご覧ください。"}.get(lang, "See below."), "",
                  "On %s, %s <%s> wrote:" % (ts(c), b.name, b.email), "> " + pick(c, ASK, lang).format(what=label), ">",
                  "> " + tok_line(c, d, lang), ""]
    lines += [neg_line(c, d, lang), "", bye, a.name, ""]
    d.set("\n".join(lines))


# ------------------------------------------------------------------ wiki / runbook
def wiki(c):
    lang = c.choice(c.langs)
    s, label = c.system()
    fmt = c.choice(["md", "confluence", "mediawiki", "adoc", "org", "dokuwiki", "rst"])
    ext = {"md": "md", "confluence": "xhtml", "mediawiki": "wiki", "adoc": "adoc", "org": "org", "dokuwiki": "txt", "rst": "rst"}[fmt]
    d = c.doc("wiki/runbook-%s.%s" % (s, ext), free=True)
    u = c.choice(["admin", "ops", s + "_ro"])
    tool, cmd = c.choice([("psql", "psql \"postgresql://%s:{v}@db01.%s/%s\""), ("mysql", "mysql -h db01.%s -u %s -p'{v}' %s"),
                          ("redis", "redis-cli -h redis.%s -a '{v}' --user %s ping # %s"),
                          ("smb", "smbclient //files.%s/%s -U %s%%{v}")])
    if tool == "psql":
        cmdline = cmd % (u, c.internal, s)
    elif tool == "mysql":
        cmdline = cmd % (c.internal, u, s)
    elif tool == "redis":
        cmdline = cmd % (c.internal, u, s)
    else:
        cmdline = cmd % (c.internal, s, u)
    cmdline = cmdline.replace("{v}", d.S(c.upw() if tool in ("psql", "smb") else c.spw(), "cli-password"))
    p = c.prov_bearer()
    curl = 'curl -H "Authorization: Bearer %s" https://api.%s/v1/status' % (d.S(p.value, p.cat, "provider"), c.domain)
    dev = (c.choice(["controller web UI", "HMI panel", "gateway", "NAS", "UPS card"]), "admin", c.pw(c.choice(["human", "alnum", "strong"])))
    devtok = d.S(dev[2], "device-password")
    ref = d.N(c.ref(c.choice(["op", "vault-uri"]), s + "_admin"), "secret-store-reference")
    if fmt == "md":
        text = "# %s runbook\n\n## Check the database\n\n```bash\n%s\n```\n\n## API smoke test\n\n```bash\n%s\n```\n\n## Devices\n\n| device | user | password |\n|---|---|---|\n| %s | %s | %s |\n| backup NAS | admin | see %s |\n" % (label, cmdline, curl, dev[0], dev[1], devtok, ref)
    elif fmt == "confluence":
        text = "<h1>%s runbook</h1>\n<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>\n<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>\n<table><tbody>\n<tr><th>device</th><th>user</th><th>password</th></tr>\n<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n<tr><td>backup NAS</td><td>admin</td><td>%s</td></tr>\n</tbody></table>\n" % (label, cmdline, curl, dev[0], dev[1], devtok, ref)
    elif fmt == "mediawiki":
        text = "= %s runbook =\n\n== Database ==\n<syntaxhighlight lang=\"bash\">\n%s\n</syntaxhighlight>\n\n== API ==\n <code>%s</code>\n\n{| class=\"wikitable\"\n! device !! user !! password\n|-\n| %s || %s || %s\n|-\n| backup NAS || admin || %s\n|}\n" % (label, cmdline, curl, dev[0], dev[1], devtok, ref)
    elif fmt == "adoc":
        text = "= %s runbook\n\n== Database\n\n[source,bash]\n----\n%s\n----\n\n== API\n\n[source,bash]\n----\n%s\n----\n\n|===\n|device |user |password\n\n|%s\n|%s\n|%s\n\n|backup NAS\n|admin\n|%s\n|===\n" % (label, cmdline, curl, dev[0], dev[1], devtok, ref)
    elif fmt == "org":
        text = "#+TITLE: %s runbook\n\n* Database\n#+begin_src bash\n%s\n#+end_src\n\n* API\n#+begin_src bash\n%s\n#+end_src\n\n* Devices\n| device | user | password |\n|--------+------+----------|\n| %s | %s | %s |\n| backup NAS | admin | %s |\n" % (label, cmdline, curl, dev[0], dev[1], devtok, ref)
    elif fmt == "dokuwiki":
        text = "====== %s runbook ======\n\n===== Database =====\n<code bash>\n%s\n</code>\n\n===== API =====\n<code bash>\n%s\n</code>\n\n^ device ^ user ^ password ^\n| %s | %s | %s |\n| backup NAS | admin | %s |\n" % (label, cmdline, curl, dev[0], dev[1], devtok, ref)
    else:
        text = "%s runbook\n%s\n\nDatabase\n--------\n\n.. code-block:: bash\n\n   %s\n\nAPI\n---\n\n.. code-block:: bash\n\n   %s\n\n* %s: %s / %s\n* backup NAS: admin / %s\n" % (label, "=" * (len(label) + 8), cmdline, curl, dev[0], dev[1], devtok, ref)
    d.set(text)


# ------------------------------------------------------------------ hand-over and notes
HANDOVER = {"en": ("Handover: {x}", "Access", "Open issues"), "de": ("Übergabe: {x}", "Zugänge", "Offene Punkte"),
            "fr": ("Passation : {x}", "Accès", "Points ouverts"), "es": ("Traspaso: {x}", "Accesos", "Pendientes"),
            "nl": ("Overdracht: {x}", "Toegang", "Openstaande punten"), "it": ("Passaggio di consegne: {x}", "Accessi", "Da fare"),
            "pt": ("Passagem de turno: {x}", "Acessos", "Pendências"), "pl": ("Przekazanie: {x}", "Dostępy", "Otwarte sprawy"),
            "sv": ("Överlämning: {x}", "Åtkomst", "Öppna punkter"), "ja": ("引き継ぎ: {x}", "アクセス", "未解決")}


def handover(c):
    lang = c.choice(c.langs)
    a = c.person(lang)
    d = c.doc("docs/handover-%s.md" % a.short, free=True)
    t, acc, opn = HANDOVER.get(lang, HANDOVER["en"])
    style = c.r.randrange(3)
    lines = ["# " + t.format(x=a.name), ""]
    wifi = d.S(c.fresh(c.v.phrase), "wifi-psk")
    if style == 0:
        lines += ["## " + acc, "", "- Wi-Fi `%s-Staff`: %s" % (c.short.upper(), wifi), "- " + pw_line(c, d, lang),
                  "- " + tok_line(c, d, lang), "- " + neg_line(c, d, lang), ""]
    elif style == 1:
        s1 = c.system()
        lines += ["## " + acc, "", "| what | login | secret |", "|---|---|---|",
                  "| Wi-Fi %s-Staff | - | %s |" % (c.short.upper(), wifi),
                  "| %s | admin | %s |" % (s1[1], d.S(c.pw(), "password")),
                  "| %s | %s | %s |" % ("vendor portal", c.person().email, d.N(c.ref("op", "vendor_portal"), "secret-store-reference")), ""]
    else:
        lines += ["Q: %s" % pick(c, ASK, lang).format(what="Wi-Fi"), "A: %s" % wifi, "",
                  "Q: %s" % pick(c, ASK, lang).format(what=c.system()[1]), "A: " + d.S(c.pw("human"), "password"), "",
                  "Q: API?", "A: " + tok_line(c, d, lang), ""]
    lines += ["## " + opn, "", "- " + c.choice(["Renew the TLS certificate before June", "Firmware update on the gateways",
                                              "Audit shared accounts", "Migrate backups to the new NAS"]),
              "- " + neg_line(c, d, lang), ""]
    d.set("\n".join(lines))


def notes(c):
    lang = c.choice(c.langs)
    kind = c.choice(["postmortem", "minutes", "standup", "site-visit", "vendor-call"])
    ext = c.choice(["md", "txt", "org"])
    d = c.doc("notes/%s-%s.%s" % (kind, c.r.randint(1, 52), ext), free=True)
    ppl = c.persons(3)
    lines = [{"org": "* ", "md": "# ", "txt": ""}[ext] + "%s %s" % (kind.replace("-", " ").title(), ts(c)[:10]),
             "Attendees: " + ", ".join(p.name for p in ppl), ""]
    bullet = "- " if ext != "org" else "- "
    lines += [bullet + c.choice(["%s reported the outage at 06:40", "%s walked through the timeline",
                                 "%s confirmed the vendor fix"]) % ppl[0].first]
    lines += [bullet + cred_line(c, d, lang)]
    lines += [bullet + "action: %s to rotate the credentials above by Friday" % ppl[1].first]
    if c.r.random() < .6:
        lines += [bullet + uri_line(c, d, lang)]
    lines += [bullet + neg_line(c, d, lang), bullet + neg_line(c, d, lang), ""]
    d.set("\n".join(lines))


# ------------------------------------------------------------------ shell history, git log
def shell_history(c):
    zsh = c.r.random() < .4
    u = c.choice(["ops", "deploy", c.person().short])
    d = c.doc("home/%s/%s" % (u, ".zsh_history" if zsh else ".bash_history"), free=True)
    s = c.system()[0]
    cmds = ["cd /opt/%s" % s, "ls -la", "systemctl status %s" % s, "journalctl -u %s -n 200" % s, "df -h", "htop",
            "git pull", "sudo tail -f /var/log/syslog"]
    sec = [
        lambda: "sshpass -p '%s' ssh admin@%s" % (d.S(c.spw(), "ssh-password"), c.host(s)),
        lambda: "docker login registry.%s -u ci -p %s" % (c.domain, d.S(c.spw(), "registry-password")),
        lambda: "export %s=%s" % ((lambda p: (p.env, d.S(p.value, p.cat, "provider")))(c.prov())),
        lambda: "mysql -u root -p'%s' -h db01.%s" % (d.S(c.spw(), "database-password"), c.internal),
        lambda: "curl -u admin:%s https://%s/api/config" % (d.S(c.spw(), "basic-auth-password"), c.host(s)),
        lambda: "git clone https://oauth2:%s@git.%s/%s/%s.git" % ((lambda p: d.S(p.value, p.cat, "provider"))(c.prov()), c.domain, c.short, s),
        lambda: "kubectl create secret generic %s-db --from-literal=password='%s'" % (s, d.S(c.spw(), "database-password")),
        lambda: "mosquitto_pub -h mqtt.%s -u gw -P '%s' -t test -m ping" % (c.internal, d.S(c.spw(), "mqtt-password")),
        lambda: "redis-cli -a %s -h redis.%s info" % (d.S(c.spw(), "redis-password"), c.internal),
        lambda: "ldapsearch -x -D cn=admin,dc=%s -w '%s' -b dc=%s" % (c.short, d.S(c.spw(), "ldap-bind-password"), c.short),
        lambda: "openssl pkcs12 -export -in gw.crt -inkey gw.key -out gw.p12 -passout pass:%s" % d.S(c.spw(), "pkcs12-password"),
        lambda: "vault login %s" % d.S(c.fresh(lambda: "hvs.CAESI" + c.v.s(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")), "vault-service-token", "provider"),
    ]
    negs = [lambda: "export %s_TOKEN=%s" % (s.upper(), d.N("$(vault kv get -field=token secret/%s)" % s, "vault-command-reference")),
            lambda: "read -s PGPASSWORD && export PGPASSWORD",
            lambda: "git show %s" % d.N(c.sha1(), "git-sha"),
            lambda: "docker pull registry.%s/%s@sha256:%s" % (c.domain, s, d.N(c.sha256(), "docker-image-digest"))]
    c.r.shuffle(sec)
    lines = cmds[:]
    c.r.shuffle(lines)
    items = lines[:5] + [f() for f in sec[:c.choice([2, 3])]] + [c.choice(negs)()] + lines[5:]
    out = []
    t = 1736000000 + c.r.randint(0, 10 ** 7)
    for i, cmd in enumerate(items):
        if zsh:
            out.append(": %d:0;%s" % (t + i * 37, cmd))
        else:
            out.append(cmd)
    d.set("\n".join(out) + "\n")


def git_log(c):
    s = c.system()[0]
    a, b = c.persons(2)
    d = c.doc("history/%s-git-log.txt" % s, free=True)
    style = c.r.randrange(2)
    if style == 0:
        p = c.prov()
        pwv = c.spw()
        text = '''commit %s
Author: %s <%s>
Date:   Mon Mar 10 09:14:22 2025 +0100

    Move %s credentials out of config

diff --git a/config/%s.env b/config/%s.env
index 3b18e51..a9c4f02 100644
--- a/config/%s.env
+++ b/config/%s.env
@@ -3,5 +3,5 @@
 LOG_LEVEL=info
-%s=%s
-DB_PASSWORD=%s
+%s=%s
+DB_PASSWORD=%s

commit %s
Author: %s <%s>
Date:   Fri Mar 7 17:02:10 2025 +0100

    %s
''' % (d.N(c.sha1(), "git-sha"), a.name, a.email, s, s, s, s, s, p.env, d.S(p.value, p.cat, "provider"), d.S(pwv, "database-password"),
           p.env, d.N("${%s}" % p.env, "env-reference"), d.N("${DB_PASSWORD}", "env-reference"), d.N(c.sha1(), "git-sha"), b.name, b.email,
           "Temporary: set %s admin password to %s until SSO works" % (s, d.S(c.pw("human"), "password")))
    else:
        lines = [d.N(c.sha1()[:9], "git-sha") + " Merge branch 'release'"]
        msgs = ["Fix retry loop in uplink", "Bump pinned images", "Rotate %s key, new one is %s" % (s, "@@T@@"),
                "Add healthcheck", "hotfix: hardcode smtp pass %s for the demo, revert after" % "@@P@@", "Update docs"]
        for m in msgs:
            lines.append("%s %s" % (c.sha1()[:9], m))
        text = "\n".join(lines) + "\n"
        p = c.prov()
        text = text.replace("@@T@@", d.S(p.value, p.cat, "provider")).replace("@@P@@", d.S(c.spw(), "smtp-password"))
    d.set(text)


# ------------------------------------------------------------------ README troubleshooting, tables, LaTeX
def readme_trouble(c):
    s, label = c.system()
    d = c.doc("%s/README.md" % s, free=True)
    p = c.prov()
    d.set('''# %s

Internal service for the %s.

## Running locally

```bash
cp .env.example .env
make run
```

## Troubleshooting

**401 from the upstream API** — the staging key expired in March. Until the new one is provisioned use
%s (staging only!) as `%s`.

**Cannot connect to the DB** — the local compose file uses `%s` as the postgres password; if you changed it,
run `make reset-db`.

**Where is the production key?** %s

Current image: `%s`
''' % (label, c.org, d.S(p.value, p.cat, "provider"), p.env, d.S(c.spw(), "database-password"),
       d.N("In the vault: " + c.ref("vault-uri", s + "_prod"), "secret-store-reference"),
       d.N("registry.%s/%s@sha256:%s" % (c.domain, s, c.sha256()), "docker-image-digest")))


def csv_accounts(c):
    d = c.doc("docs/accounts-%s.csv" % c.short, free=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["system", "url", "username", "password", "notes"])
    w.writerow(["directory sync", "ldaps://dc01.%s" % c.internal, d.N("svc_dirsync", "username"), "", "password in vault"])
    for i in range(4):
        s, label = c.systems[i % len(c.systems)]
        r = c.r.random()
        if r < 0.65:
            w.writerow([label, "https://%s.%s" % (s, c.internal), c.choice(["admin", "operator", s]),
                        d.S(c.spw(), "password"), c.choice(["", "shared", "vendor default changed", "rotate yearly"])])
        elif r < 0.85:
            w.writerow([label, "https://%s.%s" % (s, c.internal), "admin", d.N(c.choice(["see vault", "SSO", "n/a", "(in 1Password)"]), "placeholder"), ""])
        else:
            w.writerow([label, "https://%s.%s" % (s, c.internal), "svc", d.N(neg18.bcrypt(c.v), "password-hash-bcrypt"), "hash only"])
    d.set(buf.getvalue())


def md_accounts(c):
    lang = c.choice(c.langs)
    d = c.doc("docs/service-accounts.md", free=True)
    rows = []
    for i in range(3):
        s, label = c.systems[(i + 2) % len(c.systems)]
        if i == 1:
            rows.append("| %s | `%s_svc` | %s |" % (label, s, d.N(c.ref(c.choice(["op", "vault-uri", "azure-kv"]), s + "_svc"), "secret-store-reference")))
        else:
            rows.append("| %s | `%s_svc` | `%s` |" % (label, s, d.S(c.pw(c.choice(["strong", "alnum", "human", "b64"])), "password")))
    p = c.prov()
    rows.append("| %s API | token | `%s` |" % (p.vendor, d.S(p.value, p.cat, "provider")))
    d.set("# Service accounts\n\n| system | account | password |\n|---|---|---|\n" + "\n".join(rows) + "\n\n" + pw_line(c, d, lang) + "\n\n" + d.N(c.choice(neg18.POLICY), "password-policy-text") + "\n")


def latex_report(c):
    s, label = c.system()
    d = c.doc("reports/commissioning-%s.tex" % s, free=True)
    d.set(r'''\documentclass{article}
\usepackage{listings}
\title{Commissioning report: %s}
\author{%s}
\begin{document}
\maketitle
\section{Configuration}
The controller was delivered with the vendor default password, which we changed on site to
\texttt{%s}. The historian connection uses the following settings:
\begin{lstlisting}
host = hist01.%s
user = historian
password = %s
\end{lstlisting}
\section{Open items}
%s
Certificates are pinned by SHA-256 fingerprint \texttt{%s}.
\end{document}
''' % (label, c.person().name, d.S(c.spw(), "device-password"), c.internal,
       d.S(c.spw(), "database-password"), d.N(c.choice(neg18.POLICY), "password-policy-text"), d.N(":".join(c.sha256()[i:i + 2].upper() for i in range(0, 64, 2)), "certificate-fingerprint")))


KINDS = [chat, chat, ticket, ticket, email, wiki, handover, notes, shell_history, git_log, readme_trouble, csv_accounts,
         md_accounts, latex_report]
