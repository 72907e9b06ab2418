"""Second-layer free text: a hand-over, an ops chat, a shell history and an ops ticket."""

import prose15 as pr
from keys15 import Key
from prov15 import TOKEN_BY_CAT

BOT_TOKENS = ["slack-bot-token", "telegram-bot-token", "discord-bot-token"]
CHAT_TOKENS = ["github-pat", "gitlab-pat", "openai-key", "anthropic-key", "sendgrid-key", "datadog-api-key",
               "digitalocean-token", "npm-token", "linear-key", "grafana-sa-token", "vercel-token",
               "huggingface-token", "stripe-restricted-key", "cloudflare-api-token", "atlassian-api-token",
               "figma-token", "notion-token", "postman-key", "dockerhub-pat", "terraform-cloud-token"]


def handover(t, d):
    r = t.r
    a, b = t.p(0), t.p(1)
    bot = r.choice(BOT_TOKENS)
    lines = [
        "Hi %s, here is what you need while I am away." % b[0],
        "Ops Wi-Fi (%s-ops): %s" % (t.key.split("-")[0], t.S(r.pw_phrase(), "wifi-passphrase")),
        "The nightly export runs as svc_export, password %s - please do not change it before the auditors "
        "finish." % t.S(t.pw(), "service-account-password"),
        "Alert bot token, in case the bot needs re-adding: %s" % t.P(t.tok(bot), bot),
        "The backup admin password is in the vault under %s, ask %s if you cannot open it." % (
            t.N("ops/%s/backup-admin" % t.key, "vault-path"), t.p(2)[0]),
        "Old payment key %s was revoked last week, ignore any alerts about it." % t.N(
            "sk_live_****" + r.s(4, "abcdefghijklmnopqrstuvwxyz0123456789"), "masked-value"),
        "Thanks! %s" % a[0],
    ]
    fmt = r.choice(["email", "md", "txt"])
    if fmt == "email":
        t.mail("%s/handover/handover-%s" % (d, pr.handle(a)), a, b, "Hand-over while I am on leave",
               lines[:-1])
    elif fmt == "md":
        t.w("%s/handover/HANDOVER.md" % d, "# Hand-over (%s to %s)\n\n" % (a[0], b[0]) +
            "".join("- %s\n" % x for x in lines[1:-1]) + "\n%s\n" % lines[-1], free=True)
    else:
        t.w("%s/handover/handover.txt" % d, "\n\n".join(lines) + "\n", free=True)


def ops_chat(t, d):
    r = t.r
    cat = r.choice(CHAT_TOKENS)
    name = TOKEN_BY_CAT[cat][3]
    ppl = [t.p(i) for i in (3, 4, 5, 6)]
    host = t.host(r.choice(["pg-stage", "db-staging", "stage-db"]))
    msgs = [
        (ppl[0], "the nightly sync is failing with 401 again, I think the %s expired" % name),
        (ppl[1], "try this one, I created it this morning: %s" % t.P(t.tok(cat), cat)),
        (ppl[0], "403 now, I think it is missing a scope"),
        (ppl[1], "sorry, right scope this time %s" % t.P(t.tok(cat), cat)),
        (ppl[0], "works, thanks. I will put it in the vault at %s later" % t.N(
            "secret/%s/%s" % (t.key, cat.split("-")[0]), "vault-path")),
        (ppl[2], "while you are here, staging DB for the migration test is postgresql://migrator:%s@%s:5432/%s" % (
            t.S(t.pw(uri=True), "postgres-url-password"), host, t.key.replace("-", "_"))),
        (ppl[3], "for the README example please use the AWS docs key %s, not a real one" % t.N(
            "AKIAIOSFODNN7EXAMPLE", "doc-example-aws-key-id")),
        (ppl[2], "the password policy says 14 characters minimum now, %s" % t.N(
            "please rotate yours before Friday", "prose-no-value")),
    ]
    c2 = r.choice([c for c in CHAT_TOKENS if c != cat])
    msgs.append((ppl[1], "also the %s for the status page: %s" % (TOKEN_BY_CAT[c2][3], t.P(t.tok(c2), c2))))
    t.chat("%s/chat/ops-%s" % (d, r.choice(["channel", "room", "export"])), msgs, "ops")


HARMLESS = ["git pull --rebase", "ls -la", "systemctl status nginx", "df -h", "journalctl -u sync -n 200",
            "kubectl get pods -n %s", "tail -f /var/log/syslog", "htop", "cd /srv/%s", "docker ps",
            "sudo apt-get update", "git log --oneline -5", "vim config.yaml", "make deploy"]


def shell_history(t, d):
    r = t.r
    host = t.host(r.choice(["db1", "files", "backup", "reports"]))
    user = r.choice(["admin", "ops", "root", "svc_sync"])
    kinds = r.sample(["mysql", "curl", "pgpass", "sshpass", "docker", "redis", "htpasswd", "smb", "gh", "lftp"], 3)
    cmds = [r.choice(HARMLESS).replace("%s", t.key) for _ in range(3)]
    for k in kinds:
        pw = t.pw(uri=k in ("curl", "lftp", "smb"))
        if k == "mysql":
            c = "mysql -h %s -u %s -p'%s' %s" % (host, user, t.S(pw, "mysql-cli-password"), t.key.replace("-", "_"))
        elif k == "curl":
            c = "curl -u %s:%s https://%s/api/v1/export" % (user, t.S(pw, "curl-basic-auth"), host)
        elif k == "pgpass":
            c = "PGPASSWORD='%s' psql -h %s -U %s -c 'select 1'" % (t.S(pw, "pgpassword-env"), host, user)
        elif k == "sshpass":
            c = "sshpass -p '%s' ssh %s@%s" % (t.S(pw, "sshpass-password"), user, host)
        elif k == "docker":
            c = "docker login -u %s -p '%s' registry.%s" % (user, t.S(pw, "docker-login-password"), t.domain)
        elif k == "redis":
            c = "redis-cli -h %s -a '%s' info memory" % (host, t.S(pw, "redis-cli-password"))
        elif k == "htpasswd":
            c = "htpasswd -b /etc/nginx/.htpasswd %s '%s'" % (user, t.S(pw, "htpasswd-cli-password"))
        elif k == "smb":
            c = "smbclient //%s/scans -U %s%%%s" % (host, user, t.S(pw, "smbclient-password"))
        elif k == "gh":
            c = "export GITHUB_TOKEN=%s" % t.Ptok("github-pat")
        else:
            c = "lftp -u %s,%s sftp://%s" % (user, t.S(pw, "lftp-password"), host)
        cmds.insert(r.randint(1, len(cmds)), c)
    cmds.append("export DB_PASSWORD=$(vault kv get -field=password %s)" % t.N("secret/%s/db" % t.key, "vault-path"))
    cmds.append(r.choice(HARMLESS).replace("%s", t.key))
    fmt = r.choice(sorted(pr.HISTORY))
    t.w("%s/home/%s/%s" % (d, user, pr.HISTORY[fmt]), pr.history(fmt, r, cmds), free=True)


def ops_ticket(t, d):
    r = t.r
    fmt = r.choice(pr.TICKETS)
    svc = r.choice(["reporting portal", "SFTP drop", "VPN", "NAS", "monitoring"])
    a, b = t.p(7), t.p(8)
    entries = [(a, "I am locked out of the %s after the password change, can someone reset it?" % svc),
               (b, "Reset done. Temporary password: %s (you will be asked to change it)" % t.S(
                   t.pw(), "temporary-password"))]
    if fmt in ("jira", "github", "redmine") and r.random() < 0.6:
        k = Key(r.choice(["ec", "ed25519", "rsa"]), r)
        pem = k.openssh_private("%s@%s" % (pr.handle(a), t.domain), r) if r.random() < 0.5 else k.pem_pkcs8()
        entries.append((a, "Thanks. For the record, this is the deploy key the old box used, so it can be "
                           "revoked:\n%s" % t.K(pem, "private-key-pasted-in-ticket")))
    else:
        entries.append((a, "Thanks. The deploy key is now in %s, the old one is gone." % t.N(
            "https://%s-kv.vault.azure.net/secrets/deploy-key" % t.key.split("-")[0], "key-vault-reference")))
    key = "OPS-%d" % r.randint(100, 999)
    t.ticket("%s/tickets" % d, key, "Locked out of the %s" % svc, entries, fmt=fmt)


README_TOKENS = ["github-pat", "gitlab-pat", "npm-token", "dockerhub-pat", "vercel-token", "netlify-token",
                 "digitalocean-token", "render-key", "heroku-key", "pulumi-token", "terraform-cloud-token"]


def readme(t, d):
    r = t.r
    cat = r.choice(README_TOKENS)
    app = t.key.split("-")[0]
    lines = ["# %s-sync" % app, "", "Internal sync jobs for %s." % t.org, "", "## Local setup", "",
             "Copy `.env.example` to `.env` and set `API_KEY=%s` (ask in #ops for a key)." % t.N(
                 "<your-api-key>", "placeholder"), "",
             "The staging admin login is `admin@%s` / `%s` (staging only, reset nightly)." % (
                 t.domain, t.S(t.pw(), "staging-admin-password")), "",
             "## Troubleshooting", "",
             "If the deploy step fails with 401, the %s has probably expired. The one I used last time was "
             "`%s`, generate a new one if it no longer works." % (TOKEN_BY_CAT[cat][3], t.P(t.tok(cat), cat)), "",
             "Never commit real keys: the pre-commit hook blocks values like `%s`." % t.N(
                 "AKIAIOSFODNN7EXAMPLE", "doc-example-aws-key-id"), ""]
    t.w("%s/README.md" % d, "\n".join(lines), free=True)


def layer_text(t, d):
    readme(t, d)
    handover(t, d)
    ops_chat(t, d)
    shell_history(t, d)
    ops_ticket(t, d)
