"""Second layer, free text (every theme): ops chat, ticket, runbook wiki, e-mail, shell history,
git log, hand-over.  Secrets are written the way people write them, in the theme's languages."""

import neg16
import prose16

SAY = {
    "en": ["the password is {}", "pw: {}", "use {} for now", "it's {} (capital first letter)", "new one is `{}`",
           "password -> {}", "try {} - that worked for me last week", "{} is the current one"],
    "de": ["Passwort lautet {}", "PW: {}", "das Kennwort ist {}", "neues Passwort: `{}`", "Zugang geht mit {}"],
    "fr": ["le mot de passe est {}", "mdp : {}", "nouveau mdp `{}`", "mot de passe provisoire : {}"],
    "es": ["la contraseña es {}", "clave: {}", "contraseña nueva `{}`"],
    "pt": ["a senha é {}", "senha: {}", "senha nova `{}`"],
    "nl": ["wachtwoord is {}", "ww: {}", "nieuw wachtwoord `{}`"],
    "sv": ["lösenordet är {}", "lösen: {}"],
}
TOKSAY = ["here's the token: {}", "token for {what}: {}", "{} <- {what}, scoped to read only", "pasting so you have it: {}",
          "`{}` (the {what} one)", "{what} key = {}", "ok this is the right {what} token {}"]
NOPE = ["I rotated it this morning, new one is in the vault", "don't paste creds here please, DM or 1Password",
        "the old key was revoked yesterday, ignore the alert", "password is in the usual place", "ask me in person for the admin pw",
        "it's the same as last quarter's, check the password manager", "I set it to expire in 7 days"]


def say(v, langs, marker):
    lang = v.choice(langs)
    return v.choice(SAY[lang]).format(marker)


def ops_chat(ctx, base):
    v, voc = ctx.v, ctx.vocab
    fmt = ctx.formats["chat"]
    d = ctx.doc("%s/chat/%s-%s.%s" % (base, v.choice(voc["channels"]), v.date().replace("-", ""),
                                      {"slack": "json", "mattermost": "jsonl", "telegram": "json", "discord": "csv"}.get(fmt, "txt")),
                free=True)
    p = ctx.people
    sysl, host, kind, user = v.choice(voc["systems"])
    msgs = [(p[0], v.choice(voc["chatter"])), (p[1], v.choice(voc["chatter"]))]
    name = v.choice(ctx.extra_prov)
    cat, _, tok = ctx.prov(name)
    what = name.split("-")[0]
    msgs.append((p[2], "does anyone have the %s credentials? the integration is failing since the weekend" % what))
    msgs.append((p[0], v.choice(TOKSAY).format(d.P(tok, cat), what=what)))
    msgs.append((p[2], "thx"))
    c2, r2 = neg16.reference(v, "%s_token" % what, ctx.short)
    msgs.append((p[3], "we should move that to %s tbh" % d.N(r2, c2)))
    pw = ctx.uripw()
    uri = "%s://%s:%s@%s/%s" % ({"pg": "postgres", "mysql": "mysql", "mongo": "mongodb", "redis": "redis", "mssql": "sqlserver"}.get(kind, "postgres"),
                                user, "{}", ctx.host(host + "-stg"), user)
    msgs.append((p[1], "staging %s if you need it: %s" % (sysl, uri.format(d.S(pw, "db-uri-password-chat")))))
    msgs.append((p[4], v.choice(voc["chatter"])))
    dev, model = v.choice(voc["devices"])
    dpw = ctx.weak()
    msgs.append((p[4], "the %s (%s) still has the installer login btw, %s" % (dev, model, say(v, ctx.langs, d.S(dpw, "device-password-chat")))))
    msgs.append((p[5], v.choice(NOPE)))
    ic, iv = voc["idgen"](v)
    msgs.append((p[0], "related: %s %s" % (v.choice(["see", "ref", "for", "re"]), d.N(iv, ic))))
    if v.chance(0.6):
        c3, _, t3 = ctx.prov(v.choice(ctx.extra_prov))
        msgs.append((p[3], "also the %s one, from my notes: %s" % (c3.split("-")[0], d.P(t3, c3))))
    msgs.append((p[2], "AWS docs say use %s in examples, that's what the test uses" % d.N("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id")))
    prose16.chat(d, fmt, msgs, v, v.choice(voc["channels"]))


def ops_ticket(ctx, base):
    v, voc = ctx.v, ctx.vocab
    fmt = ctx.formats["ticket"]
    key = "%s-%d" % ("".join(c for c in ctx.short if c.isalpha())[:4].upper(), v.randint(100, 9999))
    d = ctx.doc("%s/tickets/%s.%s" % (base, key, {"zendesk": "json", "servicenow": "csv", "github": "md"}.get(fmt, "txt")), free=True)
    p = ctx.people
    tmp = ctx.weak()
    comments = [(p[6], v.choice(voc["topics"]) + v.choice([". Also locked out of my account since the password expiry, can someone reset it?",
                                                             ". Separate issue: my account is locked, please reset.",
                                                             " - and I can't log in any more, reset please?"])),
                (p[7], "Reset done, temporary password %s - you'll be asked to change it at first login." % d.S(tmp, "temporary-password-ticket"))]
    k = ctx.key(v.choice(["ed25519", "rsa", "ec"]))
    if v.chance(0.5):
        pem = k.openssh("deploy@" + v.choice(voc["apps"]), v.r)
        kc = "private-key-openssh-ticket"
        ex = {"format": "openssh"}
    else:
        pem = k.pem_pkcs8()
        kc = "private-key-pkcs8-ticket"
        ex = {"format": "pem"}
    if fmt == "zendesk":
        pem = pem.replace("\n", "\\n")
        ex = {"format": "escaped"}
    body = d.K(pem, kc, ex)
    if fmt == "github":
        body = "```\n" + body + "\n```"
    comments.append((p[6], "Also the deploy box rejects the old key; attaching the one from my laptop so it can be revoked:\n" + body))
    comments.append((p[7], "Got it. Rotated, the fingerprint of the new one is %s" % d.N("SHA256:" + v.b64(32).rstrip("="), "ssh-key-fingerprint")))
    fields = [("Component", v.choice(voc["apps"])), ("Request ID", d.N(v.uuid(), "request-id"))]
    prose16.ticket(d, fmt, v, key, v.choice(voc["topics"]), p[6], comments, fields)


def runbook(ctx, base):
    v, voc = ctx.v, ctx.vocab
    fmt = ctx.formats["wiki"]
    ext = {"markdown": "md", "confluence": "xml", "mediawiki": "wiki", "asciidoc": "adoc", "rst": "rst", "org": "org", "dokuwiki": "txt"}[fmt]
    d = ctx.doc("%s/wiki/runbook-%s.%s" % (base, v.choice(voc["apps"]), ext), free=True)
    sysl, host, kind, user = v.choice(voc["systems"])
    h = ctx.host(host)
    pw1, pw2 = ctx.uripw(), ctx.pw("uri")
    cmds = {
        "pg": lambda: "PGPASSWORD='%s' psql -h %s -U %s -d %s" % (d.S(pw1, "psql-env-password"), h, user, user),
        "mysql": lambda: "mysql -h %s -u %s -p'%s' %s" % (h, user, d.S(pw1, "mysql-cli-password"), user),
        "mssql": lambda: "sqlcmd -S %s -U %s -P \"%s\" -Q \"SELECT 1\"" % (h, user, d.S(pw1, "sqlcmd-password")),
        "mongo": lambda: "mongosh \"mongodb://%s:%s@%s:27017/admin\"" % (user, d.S(pw1, "mongodb-uri-password"), h),
        "redis": lambda: "redis-cli -h %s -a '%s' ping" % (h, d.S(pw1, "redis-cli-password")),
    }
    c1 = cmds.get(kind, cmds["pg"])()
    api = v.choice(voc["apps"])
    c2 = "curl -u svc-%s:%s https://%s/api/health" % (api, d.S(pw2, "curl-basic-password"), ctx.host(api))
    cv = "vault kv get -field=password secret/%s/%s" % (ctx.short, host)
    dev, model = v.choice(voc["devices"])
    blocks = [("p", "Owner: %s. Last reviewed %s." % (ctx.person(), v.date())),
              ("h", "Check the %s" % sysl), ("code", [c1]),
              ("p", "If that fails, the read-only replica uses the credentials from Vault:"), ("code", [d.N(cv, "vault-cli-reference")]),
              ("h", "API health"), ("code", [c2]),
              ("h", "Devices"),
              ("table", [["device", "model", "login", "note"],
                         [dev, model, "service", d.S(ctx.weak(), "device-password-wiki")],
                         [v.choice(voc["devices"])[0], "-", "admin", d.N("see 1Password: %s devices" % ctx.short, "password-manager-pointer")]]),
              ("p", "Never paste the %s password in tickets; rotate it after every contractor visit." % sysl)]
    prose16.wiki(d, fmt, "Runbook: " + sysl, blocks)


def handover(ctx, base):
    v, voc = ctx.v, ctx.vocab
    p = ctx.people
    kind = v.choice(["email", "markdown", "text"])
    wifi = ctx.phrase(v.choice([" ", "-", ""]))
    ssid = "%s-%s" % (ctx.short.upper(), v.choice(voc["wifi"]))
    sysl, host, _, user = v.choice(voc["systems"])
    spw = ctx.pw(v.choice(["strong", "weak"]))
    bc, _, bt = ctx.prov(v.choice(["telegram", "discord", "slack-bot", "slack-app"]))
    masked = "sk_live_****" + v.alnum(4)
    if kind == "email":
        d = ctx.doc("%s/mail/handover-%s.eml" % (base, p[2].split()[0].lower()), free=True)
        body = ["Hi %s," % p[3].split()[0], "", "as promised, the bits you need while I'm away:", "",
                "- %s Wi-Fi (%s): %s" % (ctx.city, ssid, d.S(wifi, "wifi-passphrase-handover")),
                "- %s: user %s, %s" % (sysl, user, say(v, ctx.langs, d.S(spw, "service-password-handover"))),
                "- alert bot token: %s" % d.P(bt, bc),
                "- Stripe key is in Vault (secret/%s/stripe), the one ending %s in the dashboard is live" % (
                    ctx.short, d.N(masked, "masked-partial")),
                "", "Call me if anything is on fire.", "", p[2].split()[0]]
        prose16.email(d, v, p[2], "%s <%s>" % (p[3], ctx.mail(p[3])), "Handover while I'm out", body, domain=ctx.domain)
        return
    ext = "md" if kind == "markdown" else "txt"
    d = ctx.doc("%s/handover/%s-handover.%s" % (base, p[2].split()[0].lower(), ext), free=True)
    b = "- " if kind == "markdown" else "* "
    d.w(("# " if kind == "markdown" else "") + "Handover %s -> %s (%s)" % (p[2], p[3], v.date()), "")
    lines = [v.choice(["Wi-Fi %s: %s", "guest network %s, key %s", "%s -> %s (office Wi-Fi)"]) % (ssid, d.S(wifi, "wifi-passphrase-handover")),
             v.choice(["%s login %s / %s", "%s: %s, pw %s", "%s (user %s) password is %s"]) % (sysl, user, d.S(spw, "service-password-handover")),
             v.choice(["bot token (alerts channel): %s", "the alert bot uses %s", "%s = notifier bot token, don't share"]) % d.P(bt, bc),
             "Stripe: live key %s, full value in Vault" % d.N(masked, "masked-partial"),
             v.choice(["Backups: restic repo password was rotated on %s, ask %s", "restic password changed %s - %s has it"]) % (v.date(), p[4].split()[0]),
             "open items: " + v.choice(voc["topics"])]
    v.shuffle(lines)
    for ln in lines:
        d.w(b + ln)


def shell_history(ctx, base):
    v, voc = ctx.v, ctx.vocab
    fmt = ctx.formats["history"]
    who = ctx.people[1].split()[0].lower()
    fname = {"bash": ".bash_history", "zsh": ".zsh_history", "powershell": "ConsoleHost_history.txt", "fish": "fish_history",
             "numbered": "history.txt"}[fmt]
    d = ctx.doc("%s/home/%s/%s" % (base, who, fname), free=True, crlf=fmt == "powershell")
    h = ctx.host(v.choice(voc["systems"])[1])
    pool = [
        lambda: "sshpass -p '%s' ssh admin@%s" % (d.S(ctx.pw(), "sshpass-password"), h),
        lambda: "docker login registry.%s -u ci -p %s" % (ctx.domain, d.S(ctx.pw("uri"), "docker-login-password")),
        lambda: "htpasswd -b -c /etc/nginx/.htpasswd ops '%s'" % d.S(ctx.pw(), "htpasswd-cli-password"),
        lambda: "smbclient //%s/scans -U scanner%%%s" % (h, d.S(ctx.weak(), "smbclient-password")),
        lambda: "lftp -u upload,%s sftp://%s" % (d.S(ctx.pw("uri"), "lftp-password"), h),
        lambda: "export GITHUB_TOKEN=%s" % d.P(ctx.prov("github-pat")[2], "github-classic-pat"),
        lambda: "mysqladmin -u root -p'%s' status" % d.S(ctx.pw(), "mysql-cli-password"),
        lambda: "curl -H 'X-Api-Key: %s' https://%s/v1/status" % (d.S(ctx.api(), "curl-api-key-header"), h),
        lambda: "az login --service-principal -u %s -p %s --tenant %s" % (v.uuid(), d.P(ctx.prov("azure-entra")[2], "azure-entra-client-secret"), v.uuid()),
        lambda: "git clone https://oauth2:%s@gitlab.com/%s/infra.git" % (d.P(ctx.prov("gitlab-pat")[2], "gitlab-pat"), ctx.short),
    ]
    harmless = ["ls -la", "cd /srv/%s" % v.choice(voc["apps"]), "systemctl status nginx", "journalctl -u %s -n 200" % v.choice(voc["apps"]),
                "df -h", "git pull --rebase", "kubectl get pods -n prod", "vim /etc/hosts", "tail -f /var/log/syslog", "htop"]
    if fmt == "powershell":
        pool = [
            lambda: "$pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % d.S(ctx.pw(), "powershell-securestring-password"),
            lambda: "cmdkey /add:%s /user:svc_ops /pass:%s" % (h, d.S(ctx.pw(), "cmdkey-password")),
            lambda: "net use \\\\%s\\scans /user:LAB\\scanner %s" % (h, d.S(ctx.weak(), "net-use-password")),
            lambda: "Invoke-RestMethod https://%s/v1/status -Headers @{ 'X-Api-Key' = '%s' }" % (h, d.S(ctx.api(), "curl-api-key-header")),
            lambda: "$env:GITHUB_TOKEN = '%s'" % d.P(ctx.prov("github-pat")[2], "github-classic-pat"),
            lambda: "az login --service-principal -u %s -p %s --tenant %s" % (v.uuid(), d.P(ctx.prov("azure-entra")[2], "azure-entra-client-secret"), v.uuid()),
        ]
        harmless = ["Get-Service W3SVC", "Get-ChildItem C:\\inetpub\\logs", "Test-NetConnection %s -Port 443" % h, "ipconfig /flushdns",
                    "Get-EventLog -LogName System -Newest 50", "Restart-Service Spooler", "winget upgrade --all", "notepad $PROFILE"]
    cmds = []
    picks = v.sample(range(len(pool)), 3)
    safe = [lambda: d.N("vault kv get -field=token secret/%s/deploy" % ctx.short, "vault-cli-reference"),
            lambda: "read -s DB_PASSWORD && export DB_PASSWORD",
            lambda: "kubectl get secret app -o jsonpath='{.data.password}' | base64 -d > /dev/null",
            lambda: "git checkout " + d.N(v.sha1(), "git-sha")]
    if fmt == "powershell":
        safe = [lambda: "$t = " + d.N("Get-Secret -Name %s-deploy -AsPlainText" % ctx.short, "secretmanagement-reference"),
                lambda: "$cred = Get-Credential svc_ops", lambda: "Get-AzKeyVaultSecret -VaultName kv-%s -Name smtp" % ctx.short,
                lambda: "git checkout " + d.N(v.sha1(), "git-sha")]
    for i in range(9):
        cmds.append(v.choice(harmless))
        if i in (1, 4, 7):
            cmds.append(pool[picks[(i - 1) // 3]]())
        if i in (2, 6):
            cmds.append(safe[v.randint(0, 3)]())
    prose16.history(d, fmt, v, cmds)


def gitlog(ctx, base):
    v, voc = ctx.v, ctx.vocab
    d = ctx.doc("%s/history/%s-git-log.txt" % (base, v.choice(voc["apps"])), free=True)
    p = ctx.people
    name = v.choice(ctx.extra_prov)
    cat, vars_, tok = ctx.prov(name)
    var = vars_[0]
    commits = [
        {"sha": d.N(v.sha1(), "git-sha"), "author": p[0], "email": ctx.mail(p[0]), "date": "Tue %s" % v.date(),
         "msg": ["Read %s from the environment" % var, "", "The literal was committed by mistake in %s; rotated since." % v.sha1()[:9]],
         "diff": ["--- a/config/app.env", "+++ b/config/app.env", "@@ -3,3 +3,3 @@",
                  "-%s=%s" % (var, d.P(tok, cat)), "+%s=%s" % (var, d.N("${%s}" % var, "env-reference"))]},
        {"sha": d.N(v.sha1(), "git-sha"), "author": p[1], "email": ctx.mail(p[1]), "date": "Mon %s" % v.date(),
         "msg": [v.choice(["Bump dependencies", "Fix flaky export test", "Add retry to uploader", "Tidy logging"])]},
    ]
    pw = ctx.pw()
    commits.append({"sha": v.sha1(), "author": p[2], "email": ctx.mail(p[2]), "date": "Fri %s" % v.date(),
                     "msg": ["WIP: get the nightly job running again", "", "(temporarily hardcoding the service password: %s)" % d.S(pw, "password-in-commit-message")]})
    prose16.git_log(d, v, commits)


def meeting(ctx, base):
    v, voc = ctx.v, ctx.vocab
    kind = v.choice(["postmortem", "minutes", "standup"])
    day = v.date()
    d = ctx.doc("%s/notes/%s-%s.md" % (base, kind, day), free=True)
    p = ctx.people
    d.w("# %s %s" % (kind.capitalize(), day), "", "Present: " + ", ".join(x.split()[0] for x in p[:5]), "")
    d.w("- " + v.choice(voc["topics"]))
    d.w("- Root cause: a token was pasted in a public channel; it has been revoked (no value recorded here).")
    sysl, host, kind2, user = v.choice(voc["systems"])
    d.w("- %s will change the %s admin password (currently `%s`) before Friday." % (p[1].split()[0], sysl, d.S(ctx.weak(), "password-in-meeting-notes")))
    d.w("- Request that failed: %s" % d.N(v.uuid(), "request-id"))
    if v.chance(0.5):
        cat, _, tok = ctx.prov(v.choice(ctx.extra_prov))
        d.w("- For the vendor call: test with `%s` (expires end of month)." % d.P(tok, cat))
    d.w("- Passwords must be at least 16 characters from now on; no more shared accounts.")


TEXTS = [ops_chat, ops_ticket, runbook, handover, shell_history, gitlog, meeting]
