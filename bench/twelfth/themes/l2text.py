"""Second-layer free text: a hand-over, a chat export, a shell history and a ticket per theme."""
import keys12 as K
from themes import prose

OPEN = ["Parking this here until the vault import job runs:", "What the setup wizard printed at the end:",
        "Copy it exactly, the last few characters matter:", "From the sealed envelope in the safe:",
        "The vendor read it out over the phone, I typed it as heard:", "After this morning's rotation it is now",
        "Scratch what I sent earlier, typo on my side, it's", "For the next 48 hours only, then I roll it again:",
        "Nobody else has this yet, so keep it to this thread:", "Pinned so the night shift can find it:",
        "Straight out of the password manager export:", "It was taped under the keyboard, here's what it says:"]
REVOKE = ["the old one ({v}) is dead, I revoked it at {t}", "ignore {v} in the history, it was revoked at {t}",
          "{v} no longer works (revoked {t}), don't bother trying it", "binned the leaked one at {t}: {v}"]


def _t(ctx, i):
    return prose._ts(ctx, i).split()[1]


def run(ctx):
    handover(ctx)
    chat_l2(ctx)
    history_l2(ctx)
    ticket_l2(ctx)


# ------------------------------------------------------------------ hand-over
def handover(ctx):
    v = ctx.v
    kind = v.choice(["email", "email_key", "runbook", "standup", "minutes", "voicemail", "shiftlog"])
    a, b = ctx.people(2)
    cat_l, setting_l, tok = ctx.leak()
    pw1, pw2 = v.pw("human"), v.pw()
    base = "%s/%s/handover" % (ctx.name, ctx.l2)
    if kind in ("email", "email_key"):
        d = ctx.corpus.doc("%s/leaving-notes-%s.eml" % (base, a.lower()), free=True)
        key_block = ""
        if kind == "email_key":
            key = K.EdKey(v.r)
            key_block = "\nAnd because the jump host still only takes keys, here is mine (please replace it, not keep it):\n\n%s\n" % d.K(
                K.openssh_private(key, "%s@jump.%s" % (a.lower(), ctx.dom), v.r), "private-key-openssh")
        body = f"""Hi {b},

Before I disappear for three weeks, the bits that only live in my head:

The backup NAS web UI takes admin / {d.S(pw1, 'nas-admin-password')} (yes, still the installer's choice).
The monitoring box's service account got a fresh password on Monday:
{d.S(pw2, 'monitoring-service-password')}
The {setting_l.lower().replace('_', ' ')} we use for the nightly export is
{d.P(tok, cat_l)}
{key_block}
Everything else is in the vault under {ctx.short}/ops. Ping me on my personal phone only if something is on fire.

{a}
"""
        d.write(prose.email(ctx, "%s <%s@%s>" % (a, a.lower(), ctx.dom), "%s <%s@%s>" % (b, b.lower(), ctx.dom),
                            "handover before leave", body))
        return
    if kind == "runbook":
        fmt = v.choice(prose.WIKI_FORMATS)
        d0 = {"d": None}
        d = ctx.corpus.doc("%s/restore-runbook.%s" % (base, _wext(fmt)), free=True)
        blocks = [("p", "Use this when the reporting database has to be restored from the overnight dump."),
                  ("h", "1. Get the dump"),
                  ("code", "export RESTIC_PASSWORD=%s" % d.S(v.pw("phrase"), "restic-password")),
                  ("h", "2. Restore"),
                  ("code", "pg_restore -d \"postgresql://restore:%s@pg-restore.%s/reporting\" latest.dump" % (
                      d.S(v.urisafe(), "restore-db-password"), ctx.dom)),
                  ("h", "3. Tell the vendor"),
                  ("p", "Their status API wants the token below in an X-Api-Key header:"),
                  ("code", d.P(tok, cat_l)),
                  ("p", "Note: the DB password above is rotated every quarter, check the date on this page.")]
        ext, text = prose.wiki(ctx, fmt, "Restore the reporting DB", blocks)
        d.write(text)
        return
    if kind == "standup":
        d = ctx.corpus.doc("%s/standup-%s.md" % (base, ctx.base_day), free=True)
        d.write(f"""# Stand-up {ctx.base_day}

**{a}**
- finished moving the label printers to the new VLAN
- printer admin page: {d.S(pw1, 'printer-admin-password')}

**{b}**
- vendor finally sent the production credentials; token is
  {d.P(tok, cat_l)}
- blocked on the firewall change

**{ctx.person()}**
- the shared mailbox password changed, new one is {d.S(pw2, 'shared-mailbox-password')}
""")
        return
    if kind == "minutes":
        d = ctx.corpus.doc("%s/ops-meeting-minutes.txt" % base, free=True)
        d.write(f"""OPS MEETING — {ctx.base_day}
Present: {a}, {b}, {ctx.person()}

1. Access review
   - {b} asked that the contractor account be disabled; agreed. Until then its password
     ({d.S(pw1, 'contractor-account-password')}) stays with {a}.
2. Vendor integration
   - credentials arrived by e-mail, copied here so they don't get lost:
     {d.P(tok, cat_l)}
3. Backups
   - encryption passphrase confirmed, written down for the DR binder: {d.S(v.pw('phrase'), 'backup-passphrase')}
4. AOB: none.
""")
        return
    if kind == "voicemail":
        d = ctx.corpus.doc("%s/voicemail-transcript-%s.txt" % (base, ctx.base_day), free=True)
        d.write(f"""[Automatic transcription — confidence 0.81]
From: +1 555 01{v.randint(10, 99)} {v.randint(1000, 9999)}   Duration: 0:52

"Hey, it's {a} from the night crew. I couldn't get into the camera recorder so I reset it,
it's now admin and then {d.S(pw1, 'nvr-admin-password')}, I'm spelling the capitals as I read them off the label.
Also the remote-support guy needed a session password, I gave him
{d.S(pw2, 'remote-support-session-password')}. Call me back if that's a problem. Bye."
""")
        return
    d = ctx.corpus.doc("%s/shift-log.txt" % base, free=True)
    d.write(f"""{ctx.base_day} 06:10  {a}: handover to {b}
{ctx.base_day} 06:12  {a}: kiosk PC local admin reset to {d.S(pw1, 'kiosk-local-admin-password')}
{ctx.base_day} 06:15  {a}: token for the export script (vendor sent a new one):
{ctx.base_day} 06:15  {d.P(tok, cat_l)}
{ctx.base_day} 06:20  {b}: ack, will store in vault and scrub this log
{ctx.base_day} 06:31  {b}: vault down again; for now Wi-Fi for the back office is {d.S(v.pw('phrase'), 'wifi-psk')}
""")


def _wext(fmt):
    return {"markdown": "md", "notion": "md", "obsidian": "md", "confluence": "xml", "onenote": "html", "bookstack": "html",
            "mediawiki": "mediawiki", "asciidoc": "adoc", "org": "org", "dokuwiki": "txt", "rst": "rst", "textile": "textile",
            "zim": "txt", "tiddlywiki": "tid", "xwiki": "xwiki", "vimwiki": "wiki"}[fmt]


# ------------------------------------------------------------------ chat
def chat_l2(ctx):
    v = ctx.v
    fmt = v.choice(prose.CHAT_FORMATS)
    scen = v.choice(["rotated", "staging", "breakglass", "vendor", "contractor"])
    d = ctx.corpus.doc("%s/%s/chat/ops-%s.%s" % (ctx.name, ctx.l2, scen, "x"), free=True)
    a, b, c = ctx.people(3)
    cat_l, setting_l, tok = ctx.leak()
    op = v.choice(OPEN)
    if scen == "rotated":
        cat2, _, old = ctx.leak()
        msgs = [(a, "rotated the reporting DB password after the audit finding"),
                (a, "%s %s" % (op, d.S(v.pw(), "reporting-db-password", free=True))),
                (b, "and the bot token that ended up in the repo?"),
                (a, v.choice(REVOKE).format(v=d.P(old, cat2), t=_t(ctx, 3))),
                (a, "new one: %s" % d.P(tok, cat_l)),
                (b, "thanks, updating the runner now")]
    elif scen == "staging":
        msgs = [(a, "anyone have the staging DSN? the .env.example is useless"),
                (b, "postgres://stage_app:%s@pg-stage.%s:5432/%s" % (d.S(v.urisafe(), "staging-db-password"), ctx.dom, ctx.short)),
                (a, "and the webhook signing secret for the test endpoint?"),
                (b, "%s %s" % (op, d.S(v.hx(40), "webhook-signing-secret"))),
                (c, "fyi the vendor sandbox also wants %s" % d.P(tok, cat_l)),
                (a, "got it, ta")]
    elif scen == "breakglass":
        msgs = [(a, "SSO is down, I need the break-glass login for the firewall"),
                (b, "user is emergency-%s, passphrase %s" % (ctx.short, d.S(v.pw("phrase"), "break-glass-password"))),
                (b, "log it in the incident doc please"),
                (a, "in. also borrowing your personal token for the API call, mine expired"),
                (b, d.P(tok, cat_l)),
                (b, "revoke it when you're done")]
    elif scen == "vendor":
        msgs = [(a, "the integrator is on site and wants our API key for the new connector"),
                (b, "send them this, it's scoped to read-only:"),
                (b, d.P(tok, cat_l)),
                (c, "they also asked for the SFTP password for the drop box"),
                (b, "%s %s" % (op, d.S(v.pw(), "sftp-password", free=True))),
                (a, "passing it on")]
    else:
        msgs = [(a, "contractor arrives 7am tomorrow for the cabling job"),
                (b, "guest Wi-Fi won't reach the comms room, give them the staff one"),
                (a, "staff Wi-Fi is %s" % d.S(v.pw("human"), "staff-wifi-psk")),
                (c, "and the door panel in the comms room takes installer code plus %s" % d.S(v.an(10), "door-panel-admin-password")),
                (b, "their laptop needs the VPN token too: %s" % d.P(tok, cat_l)),
                (a, "I'll change everything once they're done")]
    ext, text = prose.chat(ctx, fmt, "ops-" + scen, msgs)
    d.path = d.path[:-1] + ext
    d.crlf = fmt == "teams" and v.chance(0.5)
    d.write(text)


# ------------------------------------------------------------------ shell history
HIST = [
    ("mysql -h db01.{dom} -u report -p'{pw}' reporting", "mysql-cli-password", "urisafe"),
    ("redis-cli -h cache.{dom} -a '{pw}' ping", "redis-cli-password", "urisafe"),
    ("docker login registry.{dom} -u ci -p '{pw}'", "docker-login-password", "strong"),
    ("htpasswd -b /etc/nginx/.htpasswd ops '{pw}'", "htpasswd-cli-password", "human"),
    ("git clone https://deploy:{pw}@git.{dom}/ops/config.git", "git-url-password", "urisafe"),
    ("smbclient //files.{dom}/scans -U scanner%{pw}", "smbclient-password", "urisafe"),
    ("sshpass -p '{pw}' ssh admin@10.40.0.5", "sshpass-password", "human"),
    ("kubectl create secret generic app-db --from-literal=password='{pw}'", "kubectl-literal-password", "strong"),
    ("vault kv put secret/{org}/legacy password='{pw}'", "vault-cli-password", "strong"),
    ("zip -P '{pw}' export.zip members.csv", "zip-password", "human"),
    ("ldapsearch -x -D cn=reader,dc={org},dc=local -w '{pw}' -b dc={org},dc=local", "ldapsearch-password", "strong"),
    ("mosquitto_pub -h mqtt.{dom} -u sensor -P '{pw}' -t test -m hi", "mosquitto-password", "urisafe"),
    ("ipmitool -I lanplus -H 10.40.9.11 -U ADMIN -P '{pw}' chassis status", "ipmi-password", "urisafe"),
    ("lftp -u upload,'{pw}' sftp://files.{dom}", "lftp-password", "human"),
    ("az login --service-principal -u {uuid} -p '{pw}' --tenant {dom}", "azure-sp-password", "strong"),
    ("PGPASSWORD='{pw}' psql -h pg01.{dom} -U etl warehouse", "pgpassword-env", "urisafe"),
    ("wget --user=mirror --password='{pw}' https://files.{dom}/pricelist.csv", "wget-cli-password", "urisafe"),
    ("7z a -p'{pw}' -mhe=on archive.7z exports/", "7z-password", "phrase"),
]
PS_HIST = [
    ("$sec = ConvertTo-SecureString '{pw}' -AsPlainText -Force", "convertto-securestring-password", "strong"),
    ("cmdkey /add:files.{dom} /user:{org}\\svc_scan /pass:{pw}", "cmdkey-password", "urisafe"),
    ("net use S: \\\\files.{dom}\\scans {pw} /user:{org}\\svc_scan", "net-use-password", "human"),
    ("Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password '{pw}' -Query 'select 1'", "sqlcmd-password", "strong"),
]


def history_l2(ctx):
    v = ctx.v
    fmt = v.choice(["bash", "zsh", "fish", "powershell", "tcsh", "nushell"])
    fn, _, crlf = prose.history(ctx, fmt, [])
    d = ctx.corpus.doc("%s/%s/home/%s/%s" % (ctx.name, ctx.l2, ctx.person().lower(), fn), crlf=crlf, free=True)
    pool = PS_HIST + [h for h in HIST if "'" in h[0] or "PGPASSWORD" not in h[0]][:0] if fmt == "powershell" else HIST
    picks = v.sample(pool, 3)
    cmds = ["cd /srv/%s" % ctx.short if fmt != "powershell" else "Set-Location C:\\ops", "ls -la" if fmt != "powershell" else "Get-ChildItem"]
    for tpl, cat, style in picks:
        pw = v.pw(style)
        if fmt in ("fish",) and "'" in tpl:
            pass
        s = tpl.replace("{dom}", ctx.dom).replace("{org}", ctx.short).replace("{uuid}", v.uuid())
        pre, post = s.split("{pw}")
        cmds.append(pre + d.S(pw, cat) + post)
    cat_l, setting_l, tok = ctx.leak()
    if fmt == "powershell":
        cmds.append("$env:%s = '%s'" % (setting_l, d.P(tok, cat_l)))
        cmds.append("$env:DB_PASSWORD = %s" % d.N("(Get-Secret db-password -AsPlainText)", "secret-reference"))
    elif fmt == "fish":
        cmds.append("set -x %s %s" % (setting_l, d.P(tok, cat_l)))
        cmds.append("set -x DB_PASSWORD %s" % d.N("(pass show %s/db)" % ctx.short, "secret-reference"))
    else:
        cmds.append("export %s=%s" % (setting_l, d.P(tok, cat_l)))
        cmds.append("export DB_PASSWORD=%s" % d.N("$(vault kv get -field=password secret/%s/db)" % ctx.short, "vault-reference"))
    cmds.append("history -c" if fmt in ("bash", "zsh") else "clear")
    _, text, _ = prose.history(ctx, fmt, cmds)
    d.write(text)


# ------------------------------------------------------------------ ticket
def ticket_l2(ctx):
    v = ctx.v
    fmt = v.choice(prose.TICKET_FORMATS)
    scen = v.choice(["buildlog", "access", "failedjob", "screenshot", "scan2mail"])
    a, b = ctx.people(2)
    key = "%s-%d" % (ctx.short.upper()[:4], v.randint(100, 4999))
    d = ctx.corpus.doc("%s/%s/tickets/%s.x" % (ctx.name, ctx.l2, key), free=True)
    cat_l, setting_l, tok = ctx.leak()
    if scen == "buildlog":
        title = "Nightly build prints a token in the log"
        com = [(a, "Build #%d, step 'publish', line 212 echoes the token:" % v.randint(300, 900)),
               (a, "+ curl -H 'Authorization: Bearer %s' https://api.%s/publish" % (d.P(tok, cat_l), ctx.dom)),
               (b, "Masked the variable in CI; rotating the token today.")]
    elif scen == "access":
        title = "Access request: reporting portal for new analyst"
        com = [(a, "Please create an account for %s, start date Monday." % ctx.person()),
               (b, "Created. Temporary password %s — must be changed at first login." % d.S(v.pw("human"), "temporary-password")),
               (a, "Thanks, forwarded. (vendor key for the portal plug-in, in case the analyst asks: %s)" % d.P(tok, cat_l))]
    elif scen == "failedjob":
        title = "ETL job failed overnight"
        com = [(a, "Error from the job runner:"),
               (a, "psycopg2.OperationalError: could not connect to postgresql://etl:%s@pg02.%s:5432/dw" % (d.S(v.urisafe(), "etl-db-password"), ctx.dom)),
               (b, "The host was patched at 02:00; reran fine. The vendor token in the job config is %s, leaving as is." % d.P(tok, cat_l))]
    elif scen == "screenshot":
        title = "Vendor console: API credentials (from screenshot)"
        com = [(a, "Transcribing the screenshot the vendor sent, because the attachment won't open for everyone:"),
               (a, "API key: %s" % d.P(tok, cat_l)),
               (a, "Console password (shared login): %s" % d.S(v.pw("human"), "vendor-console-password")),
               (b, "Please don't do that again, moving these to the vault.")]
    else:
        title = "Scan-to-email stopped working on the copier"
        com = [(a, "The copier in the back office stopped sending scans."),
               (b, "SMTP auth password had expired; set a new one on the copier and the mailbox: %s" % d.S(v.pw(), "copier-smtp-password")),
               (b, "Also reset the copier's web admin (was the default %s)." % d.N("1234567890", "well-known-default")),
               (a, "Confirmed working. Vendor token for the print-tracking add-on while you're there: %s" % d.P(tok, cat_l))]
    ext, text = prose.ticket(ctx, fmt, key, title, a, com)
    d.path = d.path[:-1] + ext
    d.crlf = fmt in prose.TICKET_CRLF
    d.write(text)
