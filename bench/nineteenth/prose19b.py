"""Free text, part B: e-mail (mbox, Outlook copy, .ics, mail merge), wikis (7 markups), notes (subtitles, RTF,
shift log, whiteboard OCR), misc (LLM chat export, forum BBCode, mailing-list archive, slide deck), shell/REPL
histories (7), version-control logs (6) and spreadsheets (SpreadsheetML, flat ODS, TSV)."""
import json

import neg19 as NG
import phr19 as PH
import prov19 as P
import vals19 as V
from prose19a import _sys, _vault_path, people3, pw_style

WORDS = {  # runbook, devices, password, notes, user
    "en": ("Runbook", "Devices", "Password", "Notes", "User"),
    "de": ("Betriebshandbuch", "Geräte", "Passwort", "Hinweise", "Benutzer"),
    "fr": ("Procédure", "Équipements", "Mot de passe", "Remarques", "Utilisateur"),
    "es": ("Procedimiento", "Equipos", "Contraseña", "Notas", "Usuario"),
    "it": ("Procedura", "Dispositivi", "Password", "Note", "Utente"),
    "pt": ("Procedimento", "Equipamentos", "Senha", "Notas", "Utilizador"),
    "nl": ("Werkinstructie", "Apparaten", "Wachtwoord", "Opmerkingen", "Gebruiker"),
    "pl": ("Instrukcja", "Urządzenia", "Hasło", "Uwagi", "Użytkownik"),
    "sv": ("Driftinstruktion", "Enheter", "Lösenord", "Anteckningar", "Användare"),
    "cs": ("Provozní postup", "Zařízení", "Heslo", "Poznámky", "Uživatel"),
    "da": ("Driftsvejledning", "Enheder", "Adgangskode", "Noter", "Bruger"),
    "fi": ("Ohje", "Laitteet", "Salasana", "Huomiot", "Käyttäjä"),
    "tr": ("Çalışma talimatı", "Cihazlar", "Parola", "Notlar", "Kullanıcı"),
    "ja": ("運用手順", "機器", "パスワード", "備考", "ユーザー"),
}
MAIL_FORMATS = ["mbox", "outlook-text", "ics-invite", "mail-merge"]
WIKI_FORMATS = ["foswiki-tml", "pmwiki", "creole", "logseq", "joplin-md", "evernote-enex", "trac-wiki"]
NOTE_FORMATS = ["srt-subtitles", "rtf-memo", "shift-logbook", "whiteboard-ocr"]
MISC_FORMATS = ["llm-chat-export", "forum-bbcode", "pipermail-archive", "marp-slides"]
HISTORY_FORMATS = ["rediscli-history", "python-history", "node-repl-history", "asciinema-cast", "tmux-capture",
                   "irb-history", "sqlite-history"]
VCS_FORMATS = ["hg-export", "svn-log-diff", "p4-describe", "gerrit-rest-json", "git-stash-show", "github-review-json"]
SHEET_FORMATS = ["spreadsheetml", "flat-ods", "tsv"]


def _deal(c, name, formats):
    used = getattr(c, "used_" + name, [])
    f = c.deal(name, formats, avoid=used)
    setattr(c, "used_" + name, used + [f])
    return f


def _date(c):
    return "2025-%02d-%02d" % (c.randint(1, 12), c.randint(1, 28))


# ------------------------------------------------------------------ e-mail
def mail_file(c):
    fmt = _deal(c, "mail-format", MAIL_FORMATS)
    lang = c.lang(0.35)
    a, b, d = people3(c, lang)
    sys_ = _sys(c)
    if fmt == "mbox":
        pw = c.pw(style=pw_style(c))
        t = c.tok(pool=P.PASTEABLE)
        mid1 = "<%s@%s>" % (V.hexs(c.rng, 24), c.domain)
        tpl = c.choice(PH.PW[lang])
        out = ["From %s Mon Mar  3 08:14:11 2025" % a["email"], "From: %s <%s>" % (a["name"], a["email"]),
               "To: %s <%s>" % (b["name"], b["email"]), "Subject: %s" % sys_, "Date: Mon, 3 Mar 2025 08:14:11 +0100",
               "Message-ID: %s" % c.N("message-id", mid1), "Content-Type: text/plain; charset=utf-8", "",
               "Hi %s," % b["first"], "", PH.fill(tpl, sys=sys_, user=b["handle"], v=c.S("password-in-email", pw)),
               PH.fill(c.choice(PH.TOK[lang]), vendor=t["vendor"], v=c.T(t)), "", a["first"], "",
               "From %s Mon Mar  3 09:02:40 2025" % b["email"], "From: %s <%s>" % (b["name"], b["email"]),
               "To: %s <%s>" % (a["name"], a["email"]), "Subject: Re: %s" % sys_, "Date: Mon, 3 Mar 2025 09:02:40 +0100",
               "In-Reply-To: %s" % mid1, "", c.N("prose-no-value", PH.fill(c.choice(PH.NEG[lang]), path=_vault_path(c), who=d["first"], sys=sys_)),
               "", "> " + PH.fill(tpl, sys=sys_, user=b["handle"], v=c.S("password-in-email", pw)), ""]
        c.file("mail/%s.mbox" % sys_.replace(" ", "-").lower(), "\n".join(out), free=True)
    elif fmt == "outlook-text":
        pw = c.pw(style=pw_style(c))
        pw2 = c.pw(style=pw_style(c))
        out = ["From: %s" % a["name"], "Sent: Tuesday, %d March 2025 %02d:%02d" % (c.randint(1, 28), c.randint(8, 17), c.randint(0, 59)),
               "To: %s" % b["name"], "Subject: RE: %s" % sys_, "",
               PH.fill(c.choice(PH.PW[lang]), sys=sys_, user="admin", v=c.S("password-in-email", pw)), "",
               "%s" % c.N("prose-no-value", PH.fill(c.choice(PH.NEG[lang]), path=_vault_path(c), who=d["first"], sys=_sys(c))), "",
               "Kind regards / Mit freundlichen Grüßen", a["name"], "", "-----Original Message-----",
               "From: %s" % b["name"], "Sent: Monday, %d March 2025 17:41" % c.randint(1, 28), "To: %s" % a["name"],
               "Subject: %s" % sys_, "", PH.fill(c.choice(PH.ASK[lang]), sys=sys_, vendor=""),
               "(%s)" % PH.fill(c.choice(PH.PW[lang]), sys="VPN", user=b["handle"], v=c.S("password-in-email", pw2)), ""]
        c.file("mail/outlook-%s.txt" % sys_.replace(" ", "-").lower(), "\n".join(out), free=True, crlf=True)
    elif fmt == "ics-invite":
        pw = c.pw(style=pw_style(c))
        passcode = c.uniq(lambda: V.alnum(c.rng, 32))
        out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:%s" % c.N("uuid", V.uuid4(c.rng)), "DTSTART:20250312T090000Z", "DTEND:20250312T100000Z",
               "SUMMARY:%s -- vendor demo / handover" % sys_,
               "LOCATION:https://meet.%s/j/%d?pwd=%s" % (c.domain, c.randint(10 ** 9, 10 ** 10), c.S("meeting-passcode", passcode)),
               "DESCRIPTION:Demo tenant for the session\\n%s: demo-%s\\n%s: %s" % (WORDS[lang][4], c.slug.split("-")[0],
                                                                             WORDS[lang][2], c.S("password-in-invite", pw)),
               "ORGANIZER;CN=%s:mailto:%s" % (a["name"], a["email"]),
               "ATTENDEE;CN=%s;RSVP=TRUE:mailto:%s" % (b["name"], b["email"]), "END:VEVENT", "END:VCALENDAR"]
        c.file("mail/invite-%s.ics" % sys_.replace(" ", "-").lower(), "\n".join(out) + "\n", free=True, crlf=True)
    else:  # mail merge: data source + template
        rows = ["FirstName;LastName;Email;Username;TempPassword"]
        for p in c.sample(c.people, 3):
            rows.append("%s;%s;%s;%s;%s" % (p["first"], p["last"], p["email"], p["handle"],
                                            c.S("temp-password-mail-merge", c.pw(style=c.choice(["weak", "alnum", "phrase"])))))
        rows.append("%s;%s;%s;%s;%s" % (d["first"], d["last"], d["email"], d["handle"], c.N("placeholder", "(set by SSO)")))
        c.file("mail/merge/new-accounts.csv", "\n".join(rows) + "\n", free=True)
        c.file("mail/merge/welcome-letter.txt", f"""Dear «FirstName»,

welcome to {c.org.rstrip('.')}. Your account for {sys_} is ready:

  username: «Username»
  password: {c.N('mail-merge-field', '«TempPassword»')}

You will be asked to change the password at the first login. {c.N('prose-no-value', 'We will never ask you for your password by e-mail.')}

IT Service Desk
""", free=True)


# ------------------------------------------------------------------ wiki
def _wiki_items(c, lang):
    """(command line with a credential, [(device, user, marked password)], negative line)"""
    pw = c.pw(uri=True)
    tool = c.choice(["psql", "mysql", "redis", "curl-basic", "curl-bearer", "smbclient", "mongosh"])
    h = c.host(c.choice(["db", "pg", "files", "api"]))
    if tool == "psql":
        cmd = "psql \"postgresql://ops:%s@%s:5432/%s\"" % (c.S("uri-password", pw), h, c.slug.split("-")[0])
    elif tool == "mysql":
        cmd = "mysql -h %s -u ops -p'%s' %s" % (h, c.S("cli-password", pw), c.slug.split("-")[0])
    elif tool == "redis":
        cmd = "redis-cli -h %s -a '%s' --no-auth-warning INFO replication" % (h, c.S("cli-password", pw))
    elif tool == "curl-basic":
        cmd = "curl -u svc-monitor:%s https://%s/api/health" % (c.S("cli-password", pw), h)
    elif tool == "curl-bearer":
        t = c.tok(pool=P.PASTEABLE)
        cmd = "curl -H \"Authorization: Bearer %s\" https://%s/api/v1/status" % (c.T(t), h)
    elif tool == "smbclient":
        cmd = "smbclient //%s/export -U 'svc-backup%%%s'" % (h, c.S("cli-password", pw))
    else:
        cmd = "mongosh \"mongodb://ops:%s@%s:27017/admin\"" % (c.S("uri-password", pw), h)
    devs = []
    for i in range(2):
        devs.append(("%s-%d" % (_sys(c).split()[0].lower(), i + 1), c.choice(["admin", "service", "operator"]),
                     c.S("device-password-wiki", c.pw(style=c.choice(["weak", "alnum", "strong", "punct"])))))
    neg = c.N("vault-reference-prose", "%s: %s" % (WORDS[lang][3], PH.fill(c.choice(PH.NEG[lang]), path=_vault_path(c),
                                                                            who=c.person()["first"], sys=_sys(c))))
    return cmd, devs, neg


def wiki_file(c):
    fmt = _deal(c, "wiki-format", WIKI_FORMATS)
    lang = c.lang(0.3)
    W = WORDS[lang]
    sys_ = _sys(c)
    cmd, devs, neg = _wiki_items(c, lang)
    title = "%s: %s" % (W[0], sys_)
    slug = sys_.replace(" ", "")
    example = c.N("placeholder-in-docs", "curl -u %s:<password> https://%s/api/health" % (c.choice(["USER", "svc-monitor", "<user>"]),
                                                                                      c.host("api")))
    if fmt == "foswiki-tml":
        out = ["%%META:TOPICINFO{author=\"%s\" date=\"%d\" format=\"1.1\" version=\"3\"}%%" % (c.person()["handle"], c.randint(1700000000, 1760000000)),
               "---+ %s" % title, "", "---++ %s" % W[1], "| *Device* | *%s* | *%s* |" % (W[4], W[2])]
        out += ["| %s | %s | %s |" % d for d in devs]
        out += ["", "---++ CLI", "<verbatim>", cmd, "</verbatim>", "", "   * " + neg, "   * %s" % example, ""]
        c.file("wiki/foswiki/Ops/%sRunbook.txt" % slug, "\n".join(out), free=True)
    elif fmt == "pmwiki":
        out = ["(:title %s:)" % title, "!! %s" % W[1], "||border=1", "||! Device ||! %s ||! %s ||" % (W[4], W[2])]
        out += ["|| %s || %s || %s ||" % d for d in devs]
        out += ["", "!! CLI", "[@", cmd, "@]", "", "* " + neg, "* %s" % example, ""]
        c.file("wiki/pmwiki/Ops.%s" % slug, "\n".join(out), free=True)
    elif fmt == "creole":
        out = ["= %s =" % title, "", "== %s ==" % W[1], "|= Device |= %s |= %s |" % (W[4], W[2])]
        out += ["| %s | %s | %s |" % d for d in devs]
        out += ["", "== CLI ==", "{{{", cmd, "}}}", "", "* " + neg, "* %s" % example, ""]
        c.file("wiki/creole/%s.creole" % slug.lower(), "\n".join(out), free=True)
    elif fmt == "logseq":
        out = ["title:: %s" % title, "tags:: ops, %s" % c.slug, "", "- ## %s" % W[1]]
        out += ["\t- %s -- %s / %s" % d for d in devs]
        out += ["- ## CLI", "\t- ```bash", "\t  " + cmd, "\t  ```", "- " + neg, "- " + example, ""]
        c.file("wiki/logseq/pages/%s.md" % slug.lower(), "\n".join(out), free=True)
    elif fmt == "joplin-md":
        out = ["# %s" % title, "", "## %s" % W[1], ""]
        out += ["- **%s**: %s / `%s`" % d for d in devs]
        out += ["", "```", cmd, "```", "", neg, "", example, "", "id: %s" % c.N("note-id", V.hexs(c.rng, 32)),
                "parent_id: %s" % V.hexs(c.rng, 32), "created_time: %sT08:12:44.120Z" % _date(c), "is_todo: 0", "type_: 1"]
        c.file("wiki/joplin/%s.md" % V.hexs(c.rng, 32), "\n".join(out) + "\n", free=True)
    elif fmt == "evernote-enex":
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
               '<en-export export-date="%sT090000Z" application="Evernote" version="10.96">' % _date(c).replace("-", ""),
               '  <note>', '    <title>%s</title>' % title, '    <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?>',
               '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">', '<en-note>',
               '<div><b>%s</b></div>' % W[1]]
        out += ['<div>%s: %s / %s</div>' % d for d in devs]
        out += ['<div><code>%s</code></div>' % cmd.replace("&", "&amp;"), '<div>%s</div>' % neg, '<div>%s</div>' % example, '</en-note>]]></content>',
                '    <tag>ops</tag>', '  </note>', '</en-export>']
        c.file("wiki/evernote/%s.enex" % slug.lower(), "\n".join(out) + "\n", free=True)
    else:
        out = ["= %s =" % title, "", "== %s ==" % W[1], "||= Device =||= %s =||= %s =||" % (W[4], W[2])]
        out += ["|| %s || %s || %s ||" % d for d in devs]
        out += ["", "== CLI ==", "{{{", cmd, "}}}", "", " * " + neg, " * " + example, ""]
        c.file("wiki/trac/%s.txt" % slug, "\n".join(out), free=True)


# ------------------------------------------------------------------ notes
def notes_file(c):
    fmt = _deal(c, "note-format", NOTE_FORMATS)
    lang = c.lang(0.3)
    sys_ = _sys(c)
    pw = c.pw(style=c.choice(["weak", "phrase", "alnum"]))
    pw2 = c.pw(style=c.choice(["weak", "phrase", "alnum", "strong"]))
    neg = PH.fill(c.choice(PH.NEG["en" if fmt == "srt-subtitles" else lang]), path=_vault_path(c), who=c.person()["first"], sys=sys_)
    if fmt == "srt-subtitles":
        cues = ["so for the training we use the demo unit on the bench", "the login on the demo unit is admin and the password is",
                c.S("password-in-transcript", pw), "yes, all lower case except the first letter",
                c.N("prose-no-value", neg), "and the Wi-Fi on the training floor is " + c.S("wifi-psk", pw2)]
        out = []
        t = c.randint(30, 90)
        for i, cue in enumerate(cues):
            out += [str(i + 1), "00:%02d:%02d,%03d --> 00:%02d:%02d,%03d" % (t // 60, t % 60, 100, (t + 3) // 60, (t + 3) % 60, 900), cue, ""]
            t += c.randint(4, 9)
        c.file("training/%s-onboarding.srt" % sys_.split()[0].lower(), "\n".join(out), free=True)
    elif fmt == "rtf-memo":
        out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}", r"\f0\fs22 Memo -- %s\par" % sys_, r"\par",
               r"%s\par" % PH.fill(c.choice(PH.PW["en"]), sys=sys_, user="operator", v=c.S("password-in-memo", pw)),
               r"%s\par" % c.N("prose-no-value", PH.fill(c.choice(PH.NEG["en"]), path=_vault_path(c), who=c.person()["first"], sys=sys_)),
               r"Backup login: service / %s\par" % c.S("password-in-memo", pw2), "}"]
        c.file("docs/memo-%s.rtf" % sys_.split()[0].lower(), "\n".join(out) + "\n", free=True, crlf=True)
    elif fmt == "shift-logbook":
        d = _date(c)
        out = ["SHIFT LOG -- %s -- %s" % (c.org, d), "=" * 40,
               "%s 06:02  [N] handover from late shift, all green" % d,
               "%s 06:40  [N] %s" % (d, PH.fill(c.choice(PH.PW[lang]), sys=sys_, user="operator", v=c.S("password-in-logbook", pw))),
               "%s 07:15  [N] %s" % (d, c.N("prose-no-value", neg)),
               "%s 07:58  [E] vendor on site, gave them guest Wi-Fi %s" % (d, c.S("wifi-psk", pw2)),
               "%s 09:30  [E] incident %s closed" % (d, c.N("incident-id", "INC" + V.rs(c.rng, V.DIG, 7)))]
        c.file("logs/shift-log-%s.txt" % d, "\n".join(out) + "\n", free=True)
    else:
        out = ["OCR export of IMG_%d.jpg (whiteboard, server room)  confidence=0.%d" % (c.randint(1000, 9999), c.randint(82, 97)),
               "---", "TODO this week", "- patch %s" % sys_, "- rotate the %s creds (!!)" % _sys(c),
               "WIFI  %s-staff  /  %s" % (c.slug.split("-")[0], c.S("wifi-psk", pw2)),
               "router  admin / %s" % c.S("password-on-whiteboard", pw),
               "- %s" % c.N("prose-no-value", "real admin creds -> vault, not here"), "---"]
        c.file("notes/whiteboard-ocr-%d.txt" % c.randint(100, 999), "\n".join(out) + "\n", free=True)


# ------------------------------------------------------------------ misc
def misc_file(c):
    fmt = _deal(c, "misc-format", MISC_FORMATS)
    lang = c.lang(0.4)
    sys_ = _sys(c)
    if fmt == "llm-chat-export":
        pw = c.pw(style=pw_style(c))
        t = c.tok(pool=P.PASTEABLE)
        conv = {"title": "%s config error" % sys_, "create_time": c.randint(1735689600, 1767225600),
                "messages": [
                    {"role": "user", "content": "@@U1@@"},
                    {"role": "assistant", "content": "@@A1@@"},
                    {"role": "user", "content": "@@U2@@"},
                    {"role": "assistant", "content": "Try quoting the value and check the service account's scopes."}]}
        u1 = "why does this fail with 'authentication failed'?\n\n```\nhost: %s\nuser: svc\npassword: %s\n```" % (
            c.host("db"), c.S("password-pasted-to-assistant", pw))
        a1 = ("One note first: the snippet contains what looks like a real password. Treat it as exposed and rotate it; "
              "store it in your secret manager and reference it instead of pasting it.")
        u2 = "ok and the %s call also returns 401 with %s" % (t["vendor"], c.T(t))
        s = json.dumps([conv], indent=2, ensure_ascii=False)
        s = s.replace('"@@U1@@"', json.dumps(u1, ensure_ascii=False)).replace('"@@A1@@"', json.dumps(c.N("prose-no-value", a1), ensure_ascii=False))
        s = s.replace('"@@U2@@"', json.dumps(u2, ensure_ascii=False))
        c.file("exports/assistant/conversations.json", s + "\n", free=True)
    elif fmt == "forum-bbcode":
        pw = c.pw(style=pw_style(c))
        vk = c.vendor_key()
        p = c.person()
        out = ["[b]Subject:[/b] %s keeps dropping the connection" % sys_, "[b]Posted by:[/b] %s" % p["handle"], "",
               "Hi all, same issue as [url=https://forum.%s/t/%d]this thread[/url]. My config:" % (c.domain, c.randint(100, 9999)),
               "[code]", "[%s]" % sys_.split()[0].lower(), "host = %s" % c.host("gw"), "user = installer",
               "pass = %s" % c.S("password-in-forum-post", pw), "%s_key = %s" % (vk[0].lower(), c.S("api-key", vk[1])), "[/code]",
               "[quote=\"moderator\"]%s[/quote]" % c.N("prose-no-value", "Please edit your post and remove the password -- and change it."), ""]
        c.file("forum/export/post-%d.bbcode" % c.randint(10000, 99999), "\n".join(out), free=True)
    elif fmt == "pipermail-archive":
        pw = c.pw(style=pw_style(c))
        a, b, _ = people3(c, lang)
        out = ["From %s at %s  Tue Mar  4 10:12:03 2025" % (a["email"].split("@")[0], c.domain),
               "From: %s at %s (%s)" % (a["email"].split("@")[0], c.domain, a["name"]), "Date: Tue, 04 Mar 2025 10:12:03 +0100",
               "Subject: [%s-ops] %s" % (c.slug, sys_), "Message-ID: <%s@%s>" % (V.hexs(c.rng, 16), c.domain), "",
               PH.fill(c.choice(PH.PW[lang]), sys=sys_, user="ops", v=c.S("password-in-list-archive", pw)), "",
               "-------------- next part --------------", "An HTML attachment was scrubbed...",
               "URL: <https://lists.%s/pipermail/%s-ops/attachments/%s/attachment.html>" % (c.domain, c.slug, _date(c).replace("-", "")), "",
               "From %s at %s  Tue Mar  4 10:40:55 2025" % (b["email"].split("@")[0], c.domain),
               "From: %s at %s (%s)" % (b["email"].split("@")[0], c.domain, b["name"]), "Subject: [%s-ops] Re: %s" % (c.slug, sys_), "",
               c.N("prose-no-value", PH.fill(c.choice(PH.NEG[lang]), path=_vault_path(c), who=a["first"], sys=sys_)), ""]
        c.file("lists/%s-ops/2025-March.txt" % c.slug, "\n".join(out), free=True)
    else:
        wp = c.pw(style="phrase", space_ok=True)
        pw = c.pw(style=c.choice(["weak", "alnum"]))
        out = ["---", "marp: true", "theme: default", "paginate: true", "---", "", "# %s -- onboarding" % c.org, "",
               "%s, %s" % (c.city, _date(c)), "", "---", "", "## Day one", "", "- Wi-Fi: **%s-guest** / `%s`" % (
                   c.slug.split("-")[0], c.S("wifi-psk", wp)),
               "- %s demo login: `demo` / `%s`" % (sys_, c.S("demo-password", pw)),
               "- %s" % c.N("prose-no-value", "Your personal accounts arrive by SMS -- never by e-mail."), "", "---", "",
               "## Questions?", ""]
        c.file("slides/onboarding.md", "\n".join(out), free=True)


# ------------------------------------------------------------------ shell / REPL histories (free text)
def history_file(c):
    fmt = _deal(c, "history-format", HISTORY_FORMATS)
    p = c.person()
    home = "home/%s/" % p["handle"]
    if fmt == "rediscli-history":
        pw = c.pw(style=c.choice(["alnum", "strong", "urisafe"]))
        lines = ["INFO replication", "AUTH default %s" % c.S("redis-password", pw), "CONFIG GET maxmemory*",
                 "SCAN 0 MATCH session:* COUNT 100", "TTL session:%s" % V.hexs(c.rng, 16), "AUTH %s" % c.N("placeholder", "<password>"),
                 "CLIENT LIST"]
        c.file(home + ".rediscli_history", "\n".join(lines) + "\n", free=True)
    elif fmt == "python-history":
        pw = c.pw()
        t = c.tok(pool=P.PASTEABLE)
        lines = ["import requests, os", "r = requests.get('https://%s/api/v1/health', auth=('svc', '%s'))" % (c.host("api"), c.S("password", pw)),
                 "r.status_code", "tok = '%s'" % c.T(t), "requests.get('https://%s/api/v1/items', headers={'Authorization': f'Bearer {tok}'}).json()[:3]" % c.host("api"),
                 "os.environ['%s']" % c.N("env-reference", "WAREHOUSE_TOKEN"), "exit()"]
        c.file(home + ".python_history", "\n".join(lines) + "\n", free=True)
    elif fmt == "node-repl-history":
        t = c.tok(c.choice(["stripe-secret-key", "stripe-restricted-key", "sendgrid-api-key", "openai-project-key", "slack-bot-token"]))
        lines = [".exit", "await s.balance.retrieve()", "const s = client", "const client = require('%s')('%s')" % (
            t["vendor"].lower().replace(" ", ""), c.T(t)), "process.env.%s" % c.N("env-reference", "STRIPE_WEBHOOK_SECRET"),
            "require('os').hostname()"]
        c.file(home + ".node_repl_history", "\n".join(lines) + "\n", free=True)
    elif fmt == "asciinema-cast":
        pw = c.pw(style=c.choice(["alnum", "strong", "weak"]))
        hdr = json.dumps({"version": 2, "width": 120, "height": 32, "timestamp": c.randint(1735689600, 1767225600),
                          "env": {"SHELL": "/bin/bash", "TERM": "xterm-256color"}, "title": "%s migration" % _sys(c)}, ensure_ascii=False)
        ev = [[0.41, "o", "%s@%s:~$ " % (p["handle"], c.host("ops").split(".")[0])],
              [2.9, "i", "mysql -h %s -u migrate -p'@@PW@@' -e 'SELECT 1'\r" % c.host("db")],
              [3.2, "o", "+---+\r\n| 1 |\r\n+---+\r\n"], [5.0, "i", "vault kv get -field=password %s\r" % c.N("vault-path", "secret/%s/db" % c.slug)]]
        lines = [hdr]
        for e in ev:
            s = json.dumps(e, ensure_ascii=False)
            if "@@PW@@" in s:
                s = s.replace("@@PW@@", c.S("cli-password", pw))
            lines.append(s)
        c.file(home + "recordings/migration.cast", "\n".join(lines) + "\n", free=True)
    elif fmt == "tmux-capture":
        t = c.tok(c.choice(["vault-service-token", "github-pat-classic", "gitlab-pat", "digitalocean-pat", "doppler-service-token"]))
        pw = c.pw()
        prompt = "%s@%s:~$ " % (p["handle"], c.host("bastion").split(".")[0])
        lines = [prompt + "export %s=%s" % (t["env"], c.T(t)), prompt + "sshpass -p '%s' ssh svc@%s uptime" % (c.S("ssh-password", pw), c.host("gw")),
                 " 08:14:11 up 41 days,  3:02,  0 users,  load average: 0.08, 0.05, 0.01",
                 prompt + "echo $GRAFANA_TOKEN", c.N("masked-token", "glsa_****************_********"), prompt]
        c.file(home + "tmux-capture-%d.log" % c.randint(1, 9), "\n".join(lines) + "\n", free=True)
    elif fmt == "irb-history":
        pw = c.pw()
        t = c.tok(c.choice(["stripe-secret-key", "shopify-admin-token", "sendgrid-api-key"]))
        lines = ["User.count", "u = User.find_by(email: '%s')" % c.person()["email"], "u.update!(password: '%s')" % c.S("password", pw),
                 "Stripe.api_key = '%s'" % c.T(t), "Rails.application.credentials.dig(:%s, :api_key)" % c.N("rails-credentials-ref", "smtp"), "exit"]
        c.file(home + ".irb_history", "\n".join(lines) + "\n", free=True)
    else:
        k1 = c.pw(style=c.choice(["phrase", "strong", "alnum"]))
        k2 = c.hexkey(64)
        lines = [".open field-data.db", "PRAGMA key = '%s';" % c.S("sqlcipher-key", k1), ".tables",
                 "ATTACH DATABASE 'archive-2024.db' AS arc KEY \"x'%s'\";" % c.S("sqlcipher-key", k2),
                 "SELECT count(*) FROM arc.readings;", "PRAGMA rekey = '%s';" % c.N("placeholder", "<new key from vault>"), ".quit"]
        c.file(home + ".sqlite_history", "\n".join(lines) + "\n", free=True)


# ------------------------------------------------------------------ version-control logs (free text: messages and diffs)
def vcs_file(c):
    fmt = _deal(c, "vcs-format", VCS_FORMATS)
    p = c.person()
    old = c.pw()
    t = c.tok(pool=P.PASTEABLE)
    key = t["env"]
    if fmt == "hg-export":
        out = ["# HG changeset patch", "# User %s <%s>" % (p["name"], p["email"]), "# Date %d 3600" % c.randint(1735689600, 1767225600),
               "# Node ID %s" % c.N("hg-node-id", V.sha1_hex(c.rng)), "# Parent  %s" % V.sha1_hex(c.rng),
               "move gateway credentials out of the repo", "",
               "diff -r %s -r %s config/gateway.ini" % (V.sha1_hex(c.rng)[:12], V.sha1_hex(c.rng)[:12]),
               "--- a/config/gateway.ini", "+++ b/config/gateway.ini", "@@ -3,4 +3,4 @@", " [auth]", " user = gateway",
               "-password = %s" % c.S("removed-password-in-diff", old), "+password = %s" % c.N("env-reference", "${GATEWAY_PASSWORD}"),
               "+%s = %s" % (key.lower(), c.T(t)), ""]
        c.file("vcs/hg-export-%d.patch" % c.randint(100, 999), "\n".join(out), free=True)
    elif fmt == "svn-log-diff":
        rev = c.randint(1000, 9999)
        out = ["-" * 72, "r%d | %s | 2025-03-04 10:12:03 +0100 (Tue, 04 Mar 2025) | 1 line" % (rev, p["handle"]), "",
               "temporary admin password for the vendor is %s (remove after go-live)" % c.S("password-in-commit-message", old), "",
               "Index: deploy/settings.properties", "=" * 67,
               "--- deploy/settings.properties\t(revision %d)" % (rev - 1), "+++ deploy/settings.properties\t(revision %d)" % rev,
               "@@ -1,3 +1,4 @@", " app.env=production", "+%s=%s" % (key.lower().replace("_", "."), c.T(t)), " app.region=eu", "-" * 72, ""]
        c.file("vcs/svn-log-r%d.txt" % rev, "\n".join(out), free=True)
    elif fmt == "p4-describe":
        ch = c.randint(100000, 999999)
        out = ["Change %d by %s@%s-ws on 2025/03/04 10:12:03" % (ch, p["handle"], p["handle"]), "",
               "\tFix nightly sync auth; service password now %s" % c.S("password-in-commit-message", old), "",
               "Affected files ...", "", "... //depot/%s/sync/config.yaml#7 edit" % c.slug, "", "Differences ...", "",
               "==== //depot/%s/sync/config.yaml#7 (text) ====" % c.slug, "", "4c4",
               "< token: %s" % c.N("placeholder", NG.placeholder(c)), "---", "> token: %s" % c.T(t), ""]
        c.file("vcs/p4-describe-%d.txt" % ch, "\n".join(out), free=True)
    elif fmt == "gerrit-rest-json":
        msgs = [{"author": {"name": p["name"]}, "date": "2025-03-04 10:12:03.000000000", "message": "@@M1@@"},
                {"author": {"name": c.person()["name"]}, "date": "2025-03-04 10:40:55.000000000", "message": "@@M2@@"}]
        doc = json.dumps([{"id": "%s~master~I%s" % (c.slug, V.sha1_hex(c.rng)), "project": c.slug, "branch": "master",
                           "subject": "Add sync client", "status": "NEW", "messages": msgs}], indent=2, ensure_ascii=False)
        doc = doc.replace('"@@M1@@"', json.dumps("Patch Set 2: for testing use %s" % c.T(t), ensure_ascii=False))
        doc = doc.replace('"@@M2@@"', json.dumps(c.N("prose-no-value", "Patch Set 2: Code-Review-2\n\nPlease don't put tokens in review comments; rotate it."), ensure_ascii=False))
        c.file("vcs/gerrit-changes.json", ")]}'\n" + doc + "\n", free=True)
    elif fmt == "git-stash-show":
        out = ["$ git stash show -p stash@{0}", "diff --git a/.env.local b/.env.local", "index %s..%s 100644" % (
            V.sha1_hex(c.rng)[:7], V.sha1_hex(c.rng)[:7]), "--- a/.env.local", "+++ b/.env.local", "@@ -1,3 +1,5 @@",
               " APP_ENV=local", "-DB_PASSWORD=%s" % c.N("placeholder", "changeme"), "+DB_PASSWORD=%s" % c.S("db-password", old),
               "+%s=%s" % (key, c.T(t)), " LOG_LEVEL=debug", ""]
        c.file("vcs/stash-%s.diff" % p["handle"], "\n".join(out), free=True)
    else:
        hunk = "@@ -10,6 +10,7 @@ services:\n   api:\n     environment:\n+      DB_PASSWORD: %s" % c.S("db-password", old)
        doc = json.dumps([{"id": c.randint(10 ** 8, 10 ** 9), "path": "docker-compose.yml", "diff_hunk": "@@H1@@",
                           "user": {"login": p["handle"]}, "body": "@@B1@@"},
                          {"id": c.randint(10 ** 8, 10 ** 9), "path": "scripts/sync.sh", "diff_hunk": "@@H2@@",
                           "user": {"login": c.person()["handle"]}, "body": "nit: quote the variable"}], indent=2, ensure_ascii=False)
        doc = doc.replace('"@@H1@@"', json.dumps(hunk, ensure_ascii=False)).replace('"@@B1@@"', json.dumps(c.N("prose-no-value", "This is a real password -- please move it to the secret store and rotate it."), ensure_ascii=False))
        doc = doc.replace('"@@H2@@"', json.dumps("@@ -1,3 +1,4 @@\n #!/bin/sh\n+export %s=%s" % (key, c.T(t)), ensure_ascii=False))
        c.file("vcs/pr-%d-review-comments.json" % c.randint(100, 999), doc + "\n", free=True)


# ------------------------------------------------------------------ spreadsheets
def sheet_file(c):
    fmt = _deal(c, "sheet-format", SHEET_FORMATS)
    lang = c.lang(0.3)
    W = WORDS[lang]
    rows = []
    for i in range(3):
        dev = "%s-%02d" % (_sys(c).split()[0].lower(), i + 1)
        rows.append((dev, c.host("dev").rsplit(".", 2)[0], c.choice(["admin", "service", "operator"]),
                     c.S("password-in-spreadsheet", c.pw(style=c.choice(["weak", "alnum", "strong", "punct", "phrase"])))))
    rows.append(("%s-99" % _sys(c).split()[0].lower(), "-", "admin", c.N("vault-reference-prose", "see vault")))
    hdr = ("Device", "Host", W[4], W[2])
    if fmt == "tsv":
        out = ["\t".join(hdr)] + ["\t".join(r) for r in rows]
        c.file("sheets/device-accounts.tsv", "\n".join(out) + "\n", free=True)
    elif fmt == "spreadsheetml":
        out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
               '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
               ' <Worksheet ss:Name="%s">' % W[1], '  <Table>']
        for r in [hdr] + rows:
            out.append('   <Row>')
            for cell in r:
                out.append('    <Cell><Data ss:Type="String">%s</Data></Cell>' % cell)
            out.append('   </Row>')
        out += ['  </Table>', ' </Worksheet>', '</Workbook>']
        c.file("sheets/device-accounts.xml", "\n".join(out) + "\n", free=True, crlf=True)
    else:
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
               ' <office:body>', '  <office:spreadsheet>', '   <table:table table:name="%s">' % W[1]]
        for r in [hdr] + rows:
            out.append('    <table:table-row>')
            for cell in r:
                out.append('     <table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % cell)
            out.append('    </table:table-row>')
        out += ['   </table:table>', '  </office:spreadsheet>', ' </office:body>', '</office:document>']
        c.file("sheets/device-accounts.fods", "\n".join(out) + "\n", free=True)


SLOTS = [("mail", mail_file), ("wiki", wiki_file), ("notes", notes_file), ("misc", misc_file),
         ("history", history_file), ("vcs", vcs_file), ("sheet", sheet_file)]
