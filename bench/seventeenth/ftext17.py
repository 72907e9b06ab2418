"""Second layer, part 5: free text — chat, ticket, e-mail, runbook wiki, hand-over, git log, notes —
and a shell history."""
import neg17 as NG
import phr17 as PH
import prose17 as PR
import prov17 as PV
import vals17 as V


def _msgs(t, leaks, n_chatter):
    """Interleave leak message groups with chatter; returns [(person, text)]."""
    r = t.r
    out = []
    groups = list(leaks)
    pool = list(t.V["chatter"]) + [PH.chatter(r, t.lang) for _ in range(6)]
    r.shuffle(pool)
    pool = list(dict.fromkeys(pool))
    slots = sorted(r.sample(range(n_chatter + len(groups)), len(groups)))
    gi = 0
    for i in range(n_chatter + len(groups)):
        if gi < len(groups) and i == slots[gi]:
            a, b = r.sample(t.people, 2)
            for role, text in groups[gi]:
                out.append((a if role == "a" else b, text))
            gi += 1
        else:
            out.append((t.person(), pool.pop() if pool else PH.chatter(r, t.lang)))
    return out


def chat(t, fmt):
    r = t.r
    dev, duser = r.choice(t.V["devices"])
    sysname = r.choice(t.V["systems"])
    leaks = [PH.leak(r, t.lang, dev, t.S(t.pw(), "password-chat"), "password", duser, t.person().first)]
    sid = t.V["chat_token"]
    leaks.append(PH.leak(r, "en", r.choice(["%s (%s)" % (PV.SHAPE[sid][1], sysname), PV.SHAPE[sid][1], sysname + " " + PV.SHAPE[sid][1]]),
                         t.P(sid), "token", "", t.person().first))
    u = t.upw()
    db = t.V["db"]
    uri = "postgres://%s:%s@%s:5432/%s_staging" % (db, u, t.host("db-stg"), db)
    leaks.append([("a", "staging db url pls"), ("b", r.choice(["%s", "`%s`", "here: %s", "%s\n(read-write, be careful)"]) % t.S(uri, "db-uri-password"))])
    neg = t.N(V.uuid4(r), "id-client-uuid") if r.random() < 0.5 else t.ident("build-id")
    leaks.append(PH.leak(r, t.lang, t.V["vendor"] + " api", t.S(t.rtok(32), "api-key-vendor"), "key", "", t.person().first, neg=neg))
    if r.random() < 0.35:
        leaks.append(PH.leak(r, t.lang, r.choice(["wifi", "guest wifi", t.V["ssid"]]), t.S(t.pw(r.choice(["phrase", "weak"])), "wifi-psk"), "password", "", t.person().first))
    leaks.append([("b", "prod creds are in %s, not pasting them here" % t.ref(r.choice(["PROD_DB_PASSWORD", "ADMIN_TOKEN"]), r.choice(["op", "vault", "awssm"])))])
    leaks.append([("b", "old token %s is revoked, ignore it" % t.masked("sk_live_" + V.rs(r, 24)))])
    leaks.append([("b", t.N(r.choice(NG.PROSE), "prose-no-value"))])
    msgs = _msgs(t, leaks, r.randint(6, 11))
    ext = {"slack-json": "json", "telegram-json": "json", "gchat-json": "json", "sms-xml": "xml", "mattermost-jsonl": "jsonl",
           "zulip-md": "md", "irc-weechat": "weechatlog"}.get(fmt, "txt")
    t.f("comms/%s-%s.%s" % (t.V["channel"], fmt.split("-")[0], ext), PR.chat(r, fmt, msgs, t.V["channel"]), free=True)


TMP_RESET = {
    "en": ["Reset done, temporary password: %s\nPlease change it at first login.", "New temp pw is %s (expires in 24h)",
           "reset the account as requested -> %s"],
    "de": ["Passwort zurückgesetzt, Einmalpasswort %s", "Konto entsperrt, neues Startkennwort: %s"],
    "fr": ["Mot de passe réinitialisé, mot de passe temporaire : %s", "compte débloqué, mdp provisoire %s"],
    "es": ["Contraseña restablecida, temporal: %s", "cuenta desbloqueada, clave provisional %s"],
    "nl": ["Wachtwoord gereset, tijdelijk wachtwoord: %s"], "pt": ["Senha reposta, senha temporária: %s"],
    "pl": ["Hasło zresetowane, tymczasowe hasło: %s"], "sv": ["Lösenordet återställt, tillfälligt lösenord: %s"],
    "it": ["Password reimpostata, password temporanea: %s"],
}
BODIES = ["%s\n\nStarted after last night's maintenance window. Impact: the team works around it manually.",
          "%s\n\nSeen twice this week, logs attached. Also: the reporter is locked out of the portal and needs a reset.",
          "%s\n\nPriority medium. Workaround: restart the service. Please also check why %s's account got locked."]


def ticket(t, fmt):
    r = t.r
    a, b, c = r.sample(t.people, 3)
    tmp = t.S(t.pw(r.choice(["weak", "strong"])), "temporary-password")
    topic = r.choice(t.V["topics"])
    body = r.choice(BODIES)
    body = body % ((topic, a.first) if body.count("%s") == 2 else topic)
    pool = TMP_RESET["en"] + TMP_RESET.get(b.lang, []) * 2
    first = (b, r.choice(pool) % tmp)
    rest = []
    if fmt in ("jira-xml",):
        extra = t.S(t.pw(), "password-ticket")
        rest.append((c, "also the shared service login for %s is %s, we should move that to the vault" % (r.choice(t.V["systems"]), extra)))
    else:
        k = t.key(r.choice(["RSA", "OKP", "EC"]))
        fmt_k = r.choice(["openssh", "pkcs8"])
        raw, chk = t.keytext(k, fmt_k)
        shown = raw.replace("\n", "\\n") if fmt == "zendesk-json" else raw
        cat = "private-key-%s-%s%s" % ({"RSA": "rsa", "EC": "ec", "OKP": "ed25519"}[k["kty"]], fmt_k, "-escaped" if fmt == "zendesk-json" else "-ticket")
        rest.append((c, r.choice(["Pasting the deploy key here so it can be revoked later:\n%s", "this is the key that was on the old jump host:\n%s",
                                  "key from the vendor laptop (to be rotated):\n%s"]) % t.S(shown, cat, "key", check=chk, raw=raw)))
    rest.append((a, "fingerprint of the old key was %s" % t.N("SHA256:" + V.b64(r, 32).rstrip("="), "ssh-key-fingerprint")))
    rest.append((c, "portal request id: %s" % t.ident("request-id")))
    sid = t.V["ticket_token"]
    rest.append((b, r.choice(["%s token for the integration test (rotate after): %s", "temporary %s token so the vendor can test: %s",
                              "%s creds for the test tenant -> %s"]) % (PV.SHAPE[sid][1], t.P(sid))))
    r.shuffle(rest)
    comments = [first] + rest
    key = "%s-%d" % (t.V["ticket_prefix"], r.randint(100, 9999))
    ext = {"jira-xml": "xml", "github-md": "md", "servicenow-csv": "csv", "zendesk-json": "json", "redmine-textile": "textile"}.get(fmt, "txt")
    t.f("tickets/%s.%s" % (key, ext), PR.ticket(r, fmt, key, topic, a, body, comments), free=True)


def email(t):
    r = t.r
    vend = t.V["vendor"]
    frm, to = r.sample(t.people, 2)
    style = r.choice(["portal", "portal", "sftp", "quoted", "forward"])
    html = None
    if style == "portal":
        portal_pw = t.pw()
        portal = t.S(portal_pw, "vendor-portal-password")
        key = t.S(t.rtok(r.choice([32, 40]), V.ALNUM, r.choice(["", "live_", vend.lower()[:4] + "-"])), "api-key-vendor")
        body = r.choice([
            "Hi %s,\n\nyour %s portal account is ready.\n\nLogin: %s\nPassword: %s\n\nFor the API integration use this key:\n%s\n\nKind regards",
            "Hello %s,\n\nas discussed on the phone, credentials for the %s portal:\n  user %s\n  pass %s\n\nAPI key (production): %s\n\nThanks",
            "Hallo %s,\n\nZugang zum %s-Portal:\nBenutzer: %s\nKennwort: %s\n\nAPI-Schlüssel: %s\n\nViele Grüße",
        ]) % (to.first, vend, to.email, portal, key)
        if r.random() < 0.4:
            html = "<p>Login: %s<br>Password: <b>%s</b></p>" % (to.email, t.S(portal_pw, "vendor-portal-password"))
        quoted = (to, "Could you send the access details for %s again? The old ones were rotated.\nThanks, %s" % (vend, to.first))
        subj = "%s access" % vend
    elif style == "sftp":
        body = ("Hi %s,\n\nthe SFTP drop for the nightly export is ready:\n\nhost: sftp.%s.example\nport: 22\nuser: %s_%s\npassword: %s\n\n"
                "Host key fingerprint: %s\n\nBest") % (to.first, vend.lower(), t.V["db"], t.domain.split(".")[0][:6],
                                                           t.S(t.pw(), "sftp-password"), t.N("SHA256:" + V.b64(r, 32).rstrip("="), "ssh-host-fingerprint"))
        quoted = (to, "We need an SFTP account for the %s export, can you set one up?" % r.choice(t.V["systems"]))
        subj = "SFTP account"
    elif style == "quoted":
        body = r.choice(["Works, thanks! Logged in fine.", "Danke, klappt.", "Merci, ça marche.", "Thanks — confirmed, the key works in prod."])
        quoted = (frm, "Hi %s,\n\nhere is the new admin password for the %s: %s\nand the API key: %s\n\nPlease store both in the vault." % (
            to.first, r.choice(t.V["devices"])[0], t.S(t.pw(), "password-email-quoted"), t.S(t.rtok(32), "api-key-vendor")))
        subj = "Re: new %s credentials" % vend
        frm, to = to, frm
    else:
        body = "FYI, see below — can someone put this in the vault and delete the mail?\n\n---------- Forwarded message ---------\nFrom: %s support\n\nYour account has been created.\nUsername: %s\nTemporary password: %s\nAPI token: %s" % (
            vend, to.email, t.S(t.pw("strong"), "temporary-password"), t.S(t.rtok(40, V.B64U), "api-key-vendor"))
        quoted = None
        subj = "Fwd: Welcome to %s" % vend
    t.f("mail/%s-%s-%d.eml" % (vend.lower(), style, r.randint(10, 99)), PR.email(r, frm, to, subj, body, quoted, t.lang, html), free=True)


def runbook(t, fmt):
    r = t.r
    db = t.V["db"]
    h = t.host(r.choice(t.V["hosts"]))
    cmds = [
        lambda: "psql \"postgresql://%s:%s@%s:5432/%s\" -c 'select 1'" % (db, t.S(t.upw(), "cli-password"), h, db),
        lambda: "mysql -h %s -u %s -p'%s' %s" % (h, db, t.S(t.pw("uri"), "cli-password"), db),
        lambda: "mongosh \"mongodb://%s:%s@%s:27017/%s?authSource=admin\"" % (db, t.S(t.upw(), "cli-password"), h, db),
        lambda: "redis-cli -h %s -a '%s' ping" % (h, t.S(t.pw("uri"), "cli-password")),
        lambda: "sqlcmd -S %s -U sa -P \"%s\" -Q \"SELECT @@VERSION\"" % (h, t.S(t.pw("strong"), "cli-password")),
        lambda: "ldapsearch -H ldaps://%s -D \"cn=svc-%s,ou=svc,dc=%s\" -w '%s' -b dc=%s" % (h, db, t.domain.split(".")[0], t.S(t.pw(), "cli-password"), t.domain.split(".")[0]),
        lambda: "smbclient //%s/scans -U 'scan%%%s'" % (h, t.S(t.pw("uri"), "cli-password")),
    ]
    rsid = t.V["runbook_token"]
    curl = "curl -s -H \"Authorization: Bearer %s\" https://api.%s.example/v2/status" % (t.P(rsid), PV.SHAPE[rsid][1].lower().replace(" ", ""))
    dev_rows = []
    for dname, duser in r.sample(t.V["devices"], 2):
        dev_rows.append([dname, duser, t.S(t.pw(r.choice(["weak", "strong", "punct"])), "device-password")])
    dev_rows.append(["spare / loaner", "admin", t.N(r.choice(["see vault", "ask IT", "(in KeePass)", "n/a"]), "reference-prose")])
    if r.random() < 0.5:
        dev_block = ("table", [r.choice(["device", "system", "Gerät"]), "user", r.choice(["password", "pw", "Kennwort", "login"])], dev_rows)
    else:
        dev_block = ("list", ["%s — %s — %s" % tuple(x) for x in dev_rows])
    intro = r.choice(["Everything below is for the on-call engineer. Prod secrets are in `%s`.",
                      "Quick reference for the night shift; the real vault entry is `%s`.", "Nur für den Bereitschaftsdienst. Produktiv-Zugänge: `%s`."])
    sections = [
        (r.choice(["Access", "Getting in", "Zugang", "Logins"]), [("p", intro % t.ref("OPS", "op")), ("code", r.choice(cmds)() + "\n" + curl)]),
        (r.choice(["Devices", "Hardware", "Field devices", "Geräte"]), [dev_block]),
        ("Rotation", [("list", ["vault path: %s" % t.N("vault kv get -field=password secret/%s/%s" % (t.V["layer"], db), "ref-vault-cli"),
                                "last rotated by %s" % t.person().name, "next review in Q%d" % r.randint(1, 4)])]),
    ]
    ext = {"markdown": "md", "confluence": "xhtml", "mediawiki": "wiki", "asciidoc": "adoc", "rst": "rst", "org": "org",
           "dokuwiki": "txt", "textile": "textile"}[fmt]
    title = r.choice(["on-call runbook", "ops handbook", "admin cheat sheet", "night shift guide", "service desk notes", "platform access"])
    t.f("wiki/%s.%s" % (title.replace(" ", "-"), ext), PR.wiki(fmt, "%s — %s" % (t.org, title), sections), free=True)


HANDOVER_HEAD = {
    "en": ["Handover {p} -> {q}", "Notes for whoever covers next week", "cover notes while {p} is on leave", "HANDOVER ({d})"],
    "de": ["Übergabe {p} → {q}", "Urlaubsvertretung – Notizen", "Übergabe / handover notes"],
    "fr": ["Passation {p} → {q}", "Notes pour le remplaçant", "passation de service ({d})"],
    "es": ["Traspaso {p} → {q}", "Notas para quien cubra la semana que viene"],
    "nl": ["Overdracht {p} → {q}", "Notities voor de vervanger"], "pt": ["Passagem de turno {p} → {q}"],
    "pl": ["Przekazanie {p} → {q}"], "sv": ["Överlämning {p} → {q}"], "it": ["Passaggio di consegne {p} → {q}"],
}


def handover(t):
    r = t.r
    p, q = r.sample(t.people, 2)
    sysname = r.choice(t.V["systems"])
    wifi = t.S(t.pw("phrase"), "wifi-psk")
    svc = t.S(t.pw(), "service-password")
    bot = t.P(t.V["bot_token"])
    sk = "sk_live_" + V.rs(r, 20)
    masked = t.N(NG.masked(r, sk), "masked")
    style = r.choice(["bullets", "table", "letter", "qa"])
    head = r.choice(HANDOVER_HEAD.get(t.lang, []) + HANDOVER_HEAD["en"]).format(p=p.first, q=q.first, d="2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)))
    if style == "bullets":
        items = [r.choice(["office wifi (%s): %s", "Wi-Fi %s pass phrase = %s", "wifi %s -> %s"]) % (t.V["ssid"], wifi),
                 "%s service login: svc_%s / %s" % (sysname, t.V["db"], svc),
                 r.choice(["alert bot token (don't regenerate, it breaks the webhooks): %s", "bot token if the alerts go quiet: %s"]) % bot,
                 "Stripe live key ends in %s, full value only in the vault" % masked,
                 "door codes: ask %s, not writing them here" % t.person().first]
        r.shuffle(items)
        body = "\n".join(r.choice(["- ", "* ", "• "]) + x for x in items)
    elif style == "table":
        body = "| what | login | secret |\n|---|---|---|\n| %s | svc_%s | %s |\n| %s wifi | - | %s |\n| alert bot | - | %s |\n| Stripe | - | %s |" % (
            sysname, t.V["db"], svc, t.V["ssid"], wifi, bot, masked)
    elif style == "letter":
        body = ("Hi %s,\n\nthanks for covering. The %s service account is svc_%s, password\n%s\n"
                "If the alerts stop, the bot token is %s — don't regenerate it.\nGuest wifi is %s, the pass phrase: %s\n"
                "Stripe is only in the vault (ends %s).\n\nCheers, %s") % (q.first, sysname, t.V["db"], svc, bot, t.V["ssid"], wifi, masked, p.first)
    else:
        body = ("Q: where is the %s login?\nA: svc_%s, pw %s\n\nQ: wifi?\nA: %s\n\nQ: alerts bot?\nA: token %s\n\n"
                "Q: Stripe?\nA: vault only, last chars %s") % (sysname, t.V["db"], svc, wifi, bot, masked)
    t.f("notes/%s-%s.%s" % (r.choice(["handover", "cover", "uebergabe" if t.lang == "de" else "handoff"]), q.handle, r.choice(["md", "txt"])),
        head + "\n\n" + body + "\n", free=True)


def gitlog(t):
    r = t.r
    p = t.person()
    svc = t.V["integrations"][0]
    sid = t.V["git_token"]
    var = PV.SHAPE[sid][3][0].upper().replace(".", "_")
    style = r.choice(["log-p", "format-patch", "oneline"])
    if style == "log-p":
        text = ("commit %s\nAuthor: %s <%s>\nDate:   Tue Mar 4 17:02:11 2025 +0100\n\n    move %s out of the env file\n\n"
                "diff --git a/deploy/%s.env b/deploy/%s.env\nindex %s..%s 100644\n--- a/deploy/%s.env\n+++ b/deploy/%s.env\n@@ -3,3 +3,3 @@\n LOG_LEVEL=info\n"
                "-%s=%s\n+%s=%s\n TZ=Europe/Berlin\n\ncommit %s\nAuthor: %s <%s>\nDate:   Mon Mar 3 23:41:05 2025 +0100\n\n    WIP db migration, pw for the new role is %s - REMOVE before merge\n") % (
            t.N(V.git_sha(r), "id-git-sha"), p.name, p.email, var, svc, svc, V.git_sha(r, 7), V.git_sha(r, 7), svc, svc,
            var, t.P(sid), var, t.ref(var, "sh"), t.N(V.git_sha(r), "id-git-sha"), p.name, p.email, t.S(t.pw(), "password-commit-message"))
    elif style == "format-patch":
        text = ("From %s Mon Sep 17 00:00:00 2001\nFrom: %s <%s>\nDate: Thu, 6 Feb 2025 10:11:12 +0100\nSubject: [PATCH] %s: add staging credentials for the demo\n\n"
                "Temporary, the demo user password is %s. Will rotate after the demo.\n---\n config/staging.yml | 2 ++\n 1 file changed, 2 insertions(+)\n\n"
                "diff --git a/config/staging.yml b/config/staging.yml\n--- a/config/staging.yml\n+++ b/config/staging.yml\n@@ -1,2 +1,4 @@\n env: staging\n"
                "+%s: %s\n+ci_digest: %s\n--\n2.47.1\n") % (
            t.N(V.git_sha(r), "id-git-sha"), p.name, p.email, svc, t.S(t.pw("weak"), "password-commit-message"), var.lower(), t.P(sid),
            t.N("sha256:" + V.sha256hex(r), "image-digest"))
    else:
        shas = [V.git_sha(r, 7) for _ in range(6)]
        msgs = ["fix timeout in %s" % svc, "bump deps", "hotfix: login for %s, password reset to %s" % (r.choice(t.V["systems"]), t.S(t.pw(), "password-commit-message")),
                "revert \"add %s\" (leaked in %s, rotated)" % (var, t.N(V.git_sha(r, 7), "id-git-short")), "docs", "add %s=%s for the nightly job" % (var, t.P(sid))]
        r.shuffle(msgs)
        text = "\n".join("%s %s" % (a, m) for a, m in zip(shas, msgs)) + "\n"
    t.f("history/%s-%s.%s" % (svc, style, "txt" if style == "oneline" else "patch"), text, free=True)


def notes(t):
    r = t.r
    kind = r.choice(["postmortem", "minutes", "voicemail", "standup", "site-visit", "vendor-call", "retro"])
    dev, duser = r.choice(t.V["devices"])
    pw = t.S(t.pw(r.choice(["weak", "phrase", "strong"])), "password-notes")
    who = t.person().first
    prose = t.N(r.choice(NG.PROSE), "prose-no-value") if kind not in ("voicemail", "vendor-call") else None
    if kind == "postmortem":
        text = "# Postmortem: %s outage\n\n## Timeline\n- 02:10 alerts fired (trace %s)\n- 02:25 %s logged into the %s with the local account (%s / %s)\n" \
               "- 03:05 service restored\n\n## Follow-ups\n- rotate the %s local password\n- %s\n" % (
                   r.choice(t.V["systems"]), t.ident("trace-id"), who, dev, duser, pw, dev, prose)
    elif kind == "minutes":
        text = "%s\n%s: %s\n\n1. %s: %s\n2. %s\n3. AOB: %s\n" % (
            r.choice(["Minutes — weekly ops sync", "Protokoll Jour fixe", "Compte rendu réunion hebdo", "Ops sync notes"]),
            r.choice(["Attendees", "Teilnehmer", "Présents"]), ", ".join(x.first for x in t.people[:4]), dev,
            r.choice(["vendor replaced, new admin login %s / %s" % (duser, pw), "credentials reset after the audit (%s, `%s`)" % (duser, pw),
                      "%s now uses %s" % (duser, pw)]), r.choice(["Budget: no change", "Training dates TBD", "Insurance renewal done"]), prose)
    elif kind == "voicemail":
        text = "Voicemail transcript (auto-generated)\nFrom: %s\nDuration: 0:%02d\n\n\"Hi, it's %s from %s support. I've reset the %s for you, the new password is %s — %s. Call me back if it doesn't work. Bye.\"\n" % (
            t.person().phone, r.randint(20, 59), r.choice(["Dana", "Marco", "Ines", "Kai"]), t.V["vendor"], dev, pw,
            r.choice(["that's all one word", "all lower case", "exactly as I said it"]))
    elif kind == "standup":
        text = "standup %s\n- %s: blocked on %s, creds were wrong; correct ones: %s/%s\n- %s: nothing new\n- %s: %s\n" % (
            "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), who, dev, duser, pw, t.person().first, t.person().first, prose)
    elif kind == "site-visit":
        text = "Site visit — %s\nTechnician: %s\n\nFindings:\n  * %s firmware outdated\n  * factory login still active; changed it to:\n    %s\n  * %s\n" % (
            t.city, who, dev, pw, prose)
    elif kind == "vendor-call":
        text = "call with %s support, %s\n\n> can you give us remote access?\nyes — %s login for them: %s / %s (disable after Friday)\nticket on their side: %s\n" % (
            t.V["vendor"], "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), dev, duser, pw, t.ident("ksuid"))
    else:
        text = "## Retro\n\n**went well**\n- rollout finished early\n\n**to improve**\n- shared %s password (%s) is on a sticky note at the desk, move it to the vault\n- %s\n" % (
            dev, pw, prose)
    t.f("notes/%s-%d.md" % (kind, r.randint(1, 52)), text, free=True)


def shell_history(t):
    r = t.r
    h = t.host(r.choice(t.V["hosts"]))
    pool = [
        lambda: "sshpass -p '%s' ssh ops@%s" % (t.S(t.pw("uri"), "cli-password"), h),
        lambda: "docker login registry.%s -u ci -p %s" % (t.domain, t.S(t.pw("strong"), "cli-password")),
        lambda: "htpasswd -b -c /etc/nginx/.htpasswd ops '%s'" % t.S(t.pw(), "cli-password"),
        lambda: "export %s=%s" % (PV.SHAPE[t.V["shell_token"]][3][0].upper().replace(".", "_"), t.P(t.V["shell_token"])),
        lambda: "curl -u admin:%s https://%s/api/v1/status" % (t.S(t.pw("uri"), "basic-auth-password"), h),
        lambda: "mysqladmin -u root -p'%s' status" % t.S(t.pw("uri"), "cli-password"),
        lambda: "git clone https://oauth2:%s@gitlab.%s/ops/%s.git" % (t.P("gitlab-pat"), t.domain, t.V["db"]),
        lambda: "helm upgrade --install app ./chart --set db.password=%s" % t.S(t.pw("uri"), "helm-set-password"),
        lambda: "kubectl create secret generic api --from-literal=token=%s" % t.S(t.rtok(40), "kubectl-literal-token"),
    ]
    harmless = ["ls -la", "cd /srv/%s" % t.V["db"], "systemctl status nginx", "tail -f /var/log/syslog", "df -h", "git pull",
                "vim /etc/hosts", "htop", "sudo journalctl -u %s -n 200" % t.V["db"], "history | grep pass",
                "export DB_PASSWORD=\"$(vault kv get -field=password secret/%s)\"" % t.V["db"], "ssh %s" % h]
    chosen = r.sample(pool, 2)
    lines = [r.choice(harmless) for _ in range(6)]
    for c in chosen:
        lines.insert(r.randrange(len(lines) + 1), c())
    style = r.choice(["bash", "zsh", "numbered"])
    if style == "zsh":
        lines = [": %d:0;%s" % (1741000000 + i * r.randint(10, 500), x) for i, x in enumerate(lines)]
    elif style == "numbered":
        lines = ["%5d  %s" % (100 + i, x) for i, x in enumerate(lines)]
    t.f("%s/home/%s/.%s_history" % (t.V["layer"], t.person().handle, "zsh" if style == "zsh" else "bash"), "\n".join(lines))
