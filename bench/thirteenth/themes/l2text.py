"""Second-layer free text: a hand-over, a chat export, a ticket and a shell history per theme."""
import keys13
import prov13
from vals13 import DOC
from themes import prose
from themes.common import chat_file, wiki_file, ticket_file


def _reuse(t, k=1):
    """Provider values from the integrations files, reappearing in prose (labelled each time)."""
    pool = [x for x in t.l2vals if len(x[2]) < 140]
    return t.v.sample(pool, min(k, len(pool)))


def handover(t, base):
    v = t.v
    (cat, human, val, check), = _reuse(t)
    sftp_pw, admin_pw, phrase = t.pw(), t.pw("strong"), v.pw_phrase(" ")
    kind = v.choice(["email", "wiki", "notes", "txt"])
    leaving, taking = t.who(1), t.who(2)
    if kind == "email":
        d = t.f("%s/handover/handover-%s.eml" % (base, leaving.split()[0].lower()), free=True)
        prose.email(d, t, "%s <%s>" % (leaving, t.mail(1)), "%s <%s>" % (taking, t.mail(2)),
                    "Hand-over before my leave", [
                        "Hi %s," % taking.split()[0], "",
                        "Everything you need for the next three weeks, in one place:", "",
                        "* Partner SFTP (files.%s, user partner_drop): %s" % (t.domain, d.S(sftp_pw, "sftp-password")),
                        "* Admin console: admin / %s" % d.S(admin_pw, "admin-console-password"),
                        "* The %s is still the one from the integrations file: %s" % (human, d.P(val, cat, check)),
                        "* Backup encryption passphrase (do NOT lose this): %s" % d.S(phrase, "backup-passphrase"),
                        "* DB password: not here, it is in Vault at %s" % d.N("secret/data/%s/db" % t.short,
                                                                             "vault-reference"),
                        "* The old Stripe key %s was revoked last month, ignore it in old notes."
                        % d.N("sk_live_" + "*" * 24 + v.alnum(4), "masked"),
                        "", "Thanks, and good luck,", leaving.split()[0]])
        return
    if kind == "notes":
        d = t.f("%s/handover/ops-sync-%s.md" % (base, v.choice(["2025-03-04", "2025-06-17", "2025-10-08"])), free=True)
        d.w("# Ops sync - notes", "", "Attendees: %s" % ", ".join(t.who(i) for i in range(1, 5)), "",
            "## Decisions", "- %s takes over the on-call rota from %s." % (taking, leaving))
        d.w("- Temporary admin login until SSO lands: admin / %s" % d.S(admin_pw, "admin-console-password"))
        d.w("- %s for the reporting job (until rotation on Friday): %s" % (human, d.P(val, cat, check)))
        d.w("", "## Actions")
        d.w("- [ ] %s: move the SFTP password (%s) into the vault" % (t.first(3), d.S(sftp_pw, "sftp-password")))
        d.w("- [ ] %s: write the backup passphrase on the sealed card: %s" % (t.first(4),
                                                                           d.S(phrase, "backup-passphrase")))
        d.w("- [x] %s: remove the example key %s from the README" % (t.first(2), d.N(DOC["aws_id"],
                                                                                   "documented-example")))
        d.w("- [ ] everyone: stop using %s in scripts, use the vault path" % d.N("<password>", "placeholder"))
        return
    if kind == "wiki":
        d, fmt = wiki_file(t, "%s/handover/on-call-handbook" % base)
        prose.wiki(d, fmt, "On-call handbook", [
            ("h", "Access"),
            ("p", ["Partner SFTP drop: files.%s, user partner_drop, password %s" % (t.domain,
                                                                                  d.S(sftp_pw, "sftp-password")),
                   "Break-glass admin (sealed envelope copy): %s" % d.S(admin_pw, "admin-console-password")]),
            ("h", "Integrations"),
            ("p", ["If the sync stalls, test the %s directly:" % human]),
            ("code", ["curl -s -H 'Authorization: Bearer %s' https://api.example.invalid/ping"
                      % d.P(val, cat, check)]),
            ("h", "Where the rest lives"),
            ("ul", ["database: %s" % d.N("op://%s/db-admin/password" % t.short.capitalize(), "secret-reference"),
                    "backups: restic, passphrase %s" % d.S(phrase, "backup-passphrase"),
                    "the token in the vendor guide (%s) is their example" % d.N(DOC["stripe_test"],
                                                                               "documented-example-stripe")])])
        return
    d = t.f("%s/handover/README-handover.txt" % base, free=True)
    d.w("HAND-OVER NOTES (%s -> %s)" % (leaving, taking), "=" * 40, "")
    d.w("sftp partner_drop password: " + d.S(sftp_pw, "sftp-password"))
    d.w("admin console: admin / " + d.S(admin_pw, "admin-console-password"))
    d.w("%s (prod): %s" % (human, d.P(val, cat, check)))
    d.w("restic passphrase: " + d.S(phrase, "backup-passphrase"))
    d.w("LDAP bind password: ask %s, it is in %s" % (t.first(5), d.N("keeper://%s/field/password" % v.b64u(22),
                                                                     "secret-reference")))
    d.w("example from the vendor PDF (not ours): " + d.N(DOC["recaptcha_secret"], "documented-example"))


def chat(t, base):
    v = t.v
    reuse = _reuse(t, 2)
    c0, h0, v0, k0 = reuse[0]
    d, fmt = chat_file(t, "%s/chat/%s" % (base, v.choice(["ops", "it-help", "platform", "systems"])), "ops")
    psk = t.pw(v.choice(["human", "phrase"]))
    ask = v.choice(["anyone have the %s handy? the sync job is failing",
                    "what's the current %s? getting 401s from the nightly export",
                    "need the %s for the staging box, who has it?",
                    "is the %s in the env file still valid? the connector keeps failing"]) % h0
    give = v.choice(["here: %s", "%s", "try this one: %s", "from the prod env: %s"])
    scold = v.choice(["please don't paste tokens in here, I'm rotating it now",
                      "that's a prod credential in a 300-person channel... rotating",
                      "security bot will flag that, I'll rotate it after lunch"])
    rot = v.choice(["rotated. new one (old one is revoked): %s", "new value after rotation: %s",
                    "done, old one is dead, use %s"])
    msgs = [(t.who(3), ask),
            (t.who(4), give % d.P(v0, c0, k0)),
            (t.who(5), scold),
            (t.who(5), rot % d.P(prov13.BY_CAT[c0][3](v), c0, k0)),
            (t.who(3), v.choice(["thanks! also the vendor laptop needs wifi for tomorrow",
                                 "cheers. unrelated: auditors are on site tomorrow and need wifi"])),
            (t.who(6), v.choice(["guest SSID %s-visitors, key %s", "%s-guest, password %s"])
             % (t.short[:8], d.S(psk, "wifi-psk"))),
            (t.who(4), "the db creds are in %s, not in chat please"
             % d.N("op://%s/db/password" % t.short.capitalize(), "secret-reference")),
            (t.who(6), "fyi the key in the onboarding doc is %s - that's the AWS docs example, not real"
             % d.N(DOC["aws_id"], "documented-example"))]
    if len(reuse) > 1:
        c1, h1, v1, k1 = reuse[1]
        msgs.insert(4, (t.who(7), "while we're at it, the %s for the dashboard: %s" % (h1, d.P(v1, c1, k1))))
    prose.chat(d, t, fmt, "ops", msgs)


def shell_history(t, base):
    v = t.v
    fmt = v.choice(prose.HISTORY_FORMATS)
    who = t.user(v.randint(0, 9))
    if fmt == "powershell":
        d = t.f("%s/home/%s/ConsoleHost_history.txt" % (base, who), crlf=True)
    else:
        d = t.f("%s/home/%s/%s" % (base, who, {"bash": ".bash_history", "zsh": ".zsh_history",
                                               "fish": ".local/share/fish/fish_history"}[fmt]))
    cmds = []
    if fmt == "powershell":
        opts = [
            lambda: "$cred = New-Object PSCredential('svc_backup', (ConvertTo-SecureString '%s' -AsPlainText -Force))"
            % d.S(t.pw("strong"), "powershell-securestring"),
            lambda: "cmdkey /add:files01.%s /user:%s\\svc_scan /pass:%s" % (t.domain, t.short[:6].upper(),
                                                                          d.S(t.pw(), "cmdkey-password")),
            lambda: "net use Z: \\\\nas01\\scans %s /user:%s\\scanner" % (d.S(t.pw("uri"), "net-use-password"),
                                                                         t.short[:6].upper()),
            lambda: "Invoke-Sqlcmd -ServerInstance sql01 -Username sa -Password '%s' -Query 'SELECT 1'"
            % d.S(t.pw("strong"), "sqlcmd-password"),
        ]
        plain = ["Get-Service -Name *backup*", "Test-NetConnection sql01 -Port 1433",
                 "Get-Secret -Name ApiToken -AsPlainText | Set-Clipboard", "Restart-Service Spooler"]
    else:
        opts = [
            lambda: "PGPASSWORD='%s' psql -h pg-main.%s -U report reporting" % (d.S(t.pw("uri"), "pgpassword-env"),
                                                                             t.domain),
            lambda: "docker login registry.%s -u ci -p %s" % (t.domain, d.S(t.pw("uri"), "docker-login-password")),
            lambda: "htpasswd -b /etc/nginx/.htpasswd ops %s" % d.S(t.pw("uri"), "htpasswd-password"),
            lambda: "redis-cli -h redis.%s -a %s ping" % (t.domain, d.S(v.pw_uri(24), "redis-cli-password")),
            lambda: "sshpass -p '%s' ssh admin@%s" % (d.S(t.pw(), "sshpass-password"), v.ip10()),
            lambda: "mysql -u root -p'%s' -e 'show databases'" % d.S(t.pw("uri"), "mysql-cli-password"),
            lambda: "smbclient //nas01/scans -U scanner%%%s" % d.S(v.pw_uri(16), "smbclient-password"),
            lambda: "git clone https://oauth2:%s@gitlab.%s/ops/runbooks.git" % (
                d.P(t.tok("gitlab-pat"), "gitlab-pat"), t.domain),
        ]
        plain = ["kubectl get pods -n portal", "export VAULT_ADDR=https://vault.%s:8200" % t.domain,
                 "export API_TOKEN=$(vault kv get -field=token secret/%s/api)" % t.short, "ls -la /srv/backups",
                 "systemctl restart nginx", "journalctl -u connector --since today | tail -50"]
    picks = v.sample(range(len(opts)), 2)
    for p in plain[:2]:
        cmds.append(p)
    for i in picks:
        cmds.append(opts[i]())
        cmds.append(v.choice(plain))
    if fmt != "powershell":
        cmds.append("curl -u admin:%s https://%s/api/health" % (d.N("$ADMIN_PASS", "env-reference"), t.host("portal")))
    prose.history(d, t, fmt, cmds)


def ticket(t, base):
    v = t.v
    d, fmt = ticket_file(t, "%s/tickets/%s-%d" % (base, v.choice(["IT", "OPS", "SYS"]), v.randint(1200, 9800)))
    new_pw = t.pw(v.choice(["human", "strong"]))
    extra = []
    if fmt in ("jira", "github", "freshdesk") and v.random() < 0.7:
        k = v.choice([t.ed, lambda: t.rsa(2048), t.ec])()
        text = keys13.openssh_private(k, "contractor@laptop", t.keyrng()) if v.random() < 0.6 else (
            k.pem_pkcs1() if k.kind == "rsa" else k.pem_pkcs8())
        fence = {"jira": ("{code}", "{code}"), "github": ("```", "```"), "freshdesk": ("", "")}[fmt]
        extra = [(t.who(9), ["Found this key on the jump host while checking the account; removing it from",
                             "authorized_keys and rotating. Pasting here for the record:"]
                  + ([fence[0]] if fence[0] else []) + [d.K(text, "private-key-pasted", "pem")]
                  + ([fence[1]] if fence[1] else []))]
    prose.ticket(d, t, fmt, "OPS-%d" % v.randint(100, 999), "Service account locked out after password change",
                 t.who(8), ["The nightly export stopped at 02:00, the service account svc_export is locked.",
                            "Old password was %s, it was changed by the policy job." % d.N(t.mask(), "masked")],
                 [(t.who(2), ["Unlocked and reset. New password: %s" % d.S(new_pw, "service-account-password"),
                              "Please update the job config; I'll move it to the vault afterwards."]),
                  (t.who(8), ["Updated the config to %s and it runs again." % d.N("${SVC_EXPORT_PASSWORD}",
                                                                                  "env-reference")])] + extra)


def build(t, base):
    handover(t, base)
    chat(t, base)
    shell_history(t, base)
    ticket(t, base)
