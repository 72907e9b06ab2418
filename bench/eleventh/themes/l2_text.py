"""Second layer free text: a hand-over, a chat export, a shell history and a ticket per theme."""

import keys11 as K
import prov11
from themes import prose as P


def leak(t):
    """A provider token people paste: (category, value, check)."""
    cat, env, val, check = t.prov_where(set(prov11.LEAKY))
    t.c.provider_cats.add(cat)
    return cat, env, val, check


def handover(t, base):
    r = t.r
    style = r.pick(["email", "runbook", "standup", "minutes"])
    if style == "email":
        d = t.doc("%s/handover/%s-handover.eml" % (base, t.handle(0)), prose=True)
        paras = ["Hi %s," % t.first(1),
                 "I'm off from Friday, so here is what you need for the %s jobs while I'm away." % t.org,
                 "The backup box console: user ops, password %s" % d.S(r.pw(), "handover-password"),
                 "Reporting DB (read-only but still):\n%s" % d.S("postgresql://report:%s@%s:5432/reporting" % (
                     r.uri_pw(), t.host("pg")), "database-url"),
                 "Everything else is in the vault under %s/ops, ask %s if the vault is down." % (t.slug, t.first(2))]
        if r.chance(0.5):
            key = K.EdKey(r) if r.chance(0.6) else K.ECKey(r)
            paras.insert(4, "And the deploy key for the mirror, since you asked (delete after you've added it):\n\n%s"
                         % d.S(K.openssh_private(key, r, "mirror@" + t.domain), "private-key-openssh"))
        paras.append("Thanks,\n%s" % t.first(0))
        d.write(P.eml(t, "%s <%s>" % (t.person(0), t.mail(0)), t.mail(1), "Cover while I'm out", paras))
    elif style == "runbook":
        fmt = r.pick(P.WIKIS)
        d = t.doc("%s/runbooks/restore-from-backup.%s" % (base, P.EXT[fmt]), prose=True)
        pp = r.phrase(5)
        d.write(P.wiki(t, fmt, "Restore from offsite backup", [
            ("Before you start", ["Check the last good snapshot on the monitoring board and tell #%s." % t.slug[:10]]),
            ("Unlock the repository", ["The repository passphrase (also in the safe, envelope 3):",
                                       ("code", "export BORG_PASSPHRASE='%s'" % d.S(pp, "backup-passphrase")),
                                       "Then list archives with borg list."]),
            ("Database", [("code", "PGPASSWORD=%s pg_restore -h %s -U restore -d %s latest.dump" % (
                d.S(r.uri_pw(), "postgres-password"), t.host("pg"), t.slug[:10]))]),
            ("Afterwards", ["Rotate the restore user's password and note it in the change ticket."])]))
    elif style == "standup":
        d = t.doc("%s/notes/standup-%s.txt" % (base, t.date()), prose=True)
        d.write("""stand-up %s
-----------------------
%s: finished the vendor cutover. new sftp login for them is %s / %s
%s: still fighting the cert renewal, nothing to share yet
%s: staging admin reset to %s until Thursday
blockers: none
""" % (t.date(), t.first(0), t.slug[:8], d.S(r.pw(), "sftp-password"), t.first(1), t.first(2),
       d.S(r.human(), "admin-password")))
    else:
        d = t.doc("%s/notes/ops-meeting-minutes-%s.md" % (base, t.date()), prose=True)
        d.write("""# Ops meeting minutes

Present: %s, %s, %s

1. Backups: restore test passed. Passphrase unchanged (%s), to be rotated next quarter.
2. Monitoring: %s will move alerts to the new channel.
3. Shared admin account on the old NAS is still %s; decommission in May.
4. AOB: none.
""" % (t.person(0), t.person(1), t.person(2), d.S(r.phrase(4), "backup-passphrase"), t.first(1),
       d.S(r.human(), "nas-admin-password")))


def chat2(t, base):
    r = t.r
    fmt = r.pick(P.CHATS)
    d = t.doc("%s/chat/%s-%s.%s" % (base, r.pick(["ops", "infra", "devs", "it"]), t.date(), P.EXT[fmt]), prose=True)
    scen = r.pick(["rotation", "staging", "breakglass", "vendor"])
    cat, env, val, check = leak(t)
    if scen == "rotation":
        msgs = [(0, "rotated the service account password after the audit"),
                (0, d.S(r.pw(), "service-account-password")),
                (1, "ta. did you revoke the old %s token too?" % cat.split("-")[0]),
                (0, "yes, this one is dead now: %s" % d.S(val, cat, "provider", check)),
                (2, "ok updating the runner")]
    elif scen == "staging":
        msgs = [(1, "anyone have the staging DB string?"),
                (2, d.S("mysql://stage:%s@%s:3306/%s_stage" % (r.uri_pw(), t.host("stg"), t.slug[:8]), "database-url")),
                (1, "and the webhook secret for the test endpoint?"),
                (2, "whsec for staging is %s" % d.S(r.hex(40), "webhook-signing-secret")),
                (3, "pls don't paste these here"),
                (2, "sorry, %s for the notifier is %s, I'll rotate them all tonight" % (env, d.S(val, cat, "provider", check)))]
    elif scen == "breakglass":
        msgs = [(3, "SSO is down, need the break-glass login"),
                (0, "user breakglass-%s pw %s" % (t.slug[:6], d.S(r.strong(), "break-glass-password"))),
                (3, "in. using my personal token for the API calls meanwhile"),
                (3, d.S(val, cat, "provider", check)),
                (0, "revoke it when done")]
    else:
        msgs = [(2, "vendor support wants our API key to reproduce"),
                (1, "send them the sandbox one, not prod"),
                (2, "too late, sent %s" % d.S(val, cat, "provider", check)),
                (1, "ok, rotating. their portal login is %s btw" % d.S(r.human(), "vendor-portal-password")),
                (0, "sigh")]
    d.crlf = fmt == "teams_txt" and r.chance(0.5)
    d.write(P.chat(t, fmt, msgs, room="ops"))


def history2(t, base):
    r = t.r
    fmt = r.pick(P.HISTS)
    user = t.handle(r.randint(0, 8))
    d = t.doc("%s/home/%s/%s" % (base, user, P.HIST_PATH[fmt]), crlf=(fmt == "powershell"), prose=True)
    cat, env, val, check = leak(t)
    if fmt == "powershell":
        cmds = ["Get-Service -Name %s*" % t.slug[:6],
                '$pw = ConvertTo-SecureString "%s" -AsPlainText -Force' % d.S(r.pw(), "windows-service-password"),
                "New-PSDrive -Name S -PSProvider FileSystem -Root \\\\fs01\\scans -Credential $cred",
                '$env:%s = "%s"' % (env, d.S(val, cat, "provider", check)),
                "Invoke-RestMethod https://api.%s/health" % t.domain,
                "cmdkey /add:fs01.%s /user:%s\\svc_scan /pass:%s" % (t.domain, t.slug[:6].upper(),
                                                                    d.S(r.pw(), "windows-share-password")),
                "exit"]
    else:
        cmds = ["cd /srv/%s" % t.slug,
                "git pull",
                "mysql -h %s -u admin -p'%s' %s" % (t.host("db"), d.S(r.pw("strong"), "mysql-password"), t.slug[:8]),
                "export %s=%s" % (env, d.S(val, cat, "provider", check)),
                "curl -s -u api:%s https://%s/v1/status | jq ." % (d.S(r.an(24), "basic-auth-password"),
                                                                  t.host("api")),
                "docker login registry.%s -u ci -p %s" % (t.domain, d.S(r.strong(), "registry-password"))
                if r.chance(0.5) else "htpasswd -b /etc/nginx/.htpasswd %s %s" % (t.handle(1), d.S(r.human(), "htpasswd-password")),
                "history -c"]
    d.write(P.history(t, fmt, cmds))


def ticket2(t, base):
    r = t.r
    fmt = r.pick(P.TICKETS)
    key = "%s-%d" % (t.slug[:4].upper(), r.randint(100, 9999))
    d = t.doc("%s/tickets/%s.%s" % (base, key, P.EXT[fmt]), prose=True)
    scen = r.pick(["buildlog", "access", "failedjob", "ocr"])
    cat, env, val, check = leak(t)
    if scen == "buildlog":
        title = "Release build fails at publish step"
        desc = "Publish step fails since this morning, log excerpt below."
        comments = [(1, "+ echo using token %s" % d.S(val, cat, "provider", check)),
                    (2, "That token is now in the ticket, revoking it. Please use the masked CI variable."),
                    (1, "Done, new one is in CI as %s" % d.N("$%s" % env, "env-reference"))]
    elif scen == "access":
        title = "Access request: reporting portal for %s" % t.person(3)
        desc = "New starter needs the reporting portal from Monday."
        comments = [(0, "Account created, temporary password %s (must change at first login)" % d.S(r.human(), "temporary-password")),
                    (3, "Thanks, logged in and changed it."),
                    (0, "Closing.")]
    elif scen == "failedjob":
        title = "Nightly export job failed"
        desc = "Job exited 1 at 02:14."
        comments = [(2, "Error: could not connect to %s" % d.S("postgresql://export:%s@%s:5432/%s" % (
            r.uri_pw(), t.host("pg"), t.slug[:8]), "database-url")),
                    (1, "Host was patched overnight, rerun succeeded."),
                    (2, "Also moving the DSN out of the job definition.")]
    else:
        title = "Screenshot of the vendor console settings (transcribed)"
        desc = "Transcribed from the screenshot attached to the vendor's reply, since the image is blurry."
        comments = [(1, "API endpoint: https://api.vendor.example/v2"),
                    (1, "Admin user: %s-admin" % t.slug[:8]),
                    (1, "Admin password: %s" % d.S(r.pw(), "vendor-console-password")),
                    (2, "Removing the screenshot from the ticket, please rotate that password.")]
    d.crlf = fmt == "servicenow_csv"
    d.write(P.ticket(t, fmt, key, title, r.randint(0, 8), desc, comments))
