"""Second layer, part 4: free text. A hand-over (e-mail, runbook wiki or stand-up notes), a chat export,
a shell history and a ticket, each with secrets and hard negatives in prose."""

import tkeys as K
import tprov
from themes import prose


LEAK_NAMES = {"github-pat": "GitHub token", "github-oauth-token": "GitHub OAuth token", "npm-token": "npm publish token",
              "gitlab-pat": "GitLab token", "github-fine-grained-pat": "GitHub fine-grained token",
              "slack-bot-token": "Slack bot token", "openai-key": "OpenAI key", "stripe-secret-key": "live Stripe key",
              "anthropic-key": "Anthropic key", "dockerhub-pat": "Docker Hub token"}


def _leak(C):
    cat = C.r.choice(tprov.LEAKABLE)
    return C.tok(cat), cat


def _lname(cat):
    return LEAK_NAMES[cat]


def handover(C, base):
    r = C.r
    kind = r.choice(["email", "email-key", "wiki", "standup"])
    a, b = C.people[2], C.people[3]
    tok, tcat = _leak(C)
    if kind.startswith("email"):
        def body(d):
            out = ["Hi %s," % b.split()[0], "", "Quick hand-over for %s before I go." % C.app, "",
                   "- the service account for the nightly export is svc-%s, password %s" % (
                       C.app[:8], d.S(C.pw(), "handover-password")),
                   "- the deploy token is still the one in the team vault (%s)" % d.N(
                       "op://Ops/%s-deploy/token" % C.app, "secret-reference"),
                   "- if the pipeline complains, the fallback %s I used locally was %s" % (_lname(tcat), d.S(tok, tcat)),
                   "- the staging admin is admin / %s (vendor default, only on the isolated VLAN)" % d.N(
                       "admin", "well-known-default")]
            if kind == "email-key":
                key = K.new_key(r, r.choice(["ed", "ec"]))
                out += ["", "The jump-host key is below in case the vault is down again:", "",
                        d.S(K.openssh_private(key, "handover@" + C.dom, r).rstrip("\n"), "private-key-openssh-in-email",
                            "openssh")]
            return out + ["", "Thanks,", a.split()[0]]
        prose.email(C, "%s/handover/%s-handover.eml" % (base, C.app), "%s <%s@%s>" % (a, r.handle(a), C.dom),
                    "%s <%s@%s>" % (b, r.handle(b), C.dom), "Hand-over: %s while I'm on leave" % C.app, body)
    elif kind == "wiki":
        def blocks(d):
            dsn = "postgresql://restore_%s:%s@pg-primary.%s:5432/%s" % (
                C.app[:6].replace("-", "_"), C.upw(), C.dom, C.app.replace("-", "_"))
            return [
                ("p", "Owner: %s. Last tested %s." % (a, r.date())),
                ("h", "Before you start"),
                ("p", "The object-store token is read from %s; do not paste it here." % d.N(
                    "${BACKUP_BUCKET_TOKEN}", "env-reference")),
                ("h", "Steps"),
                ("code", ["pg_restore --clean -d \"%s\" latest.dump" % d.S(dsn, "database-url"),
                          "export RESTORE_NOTIFY_TOKEN=%s" % d.S(tok, tcat),
                          "./verify-restore.sh --admin-password '%s'" % d.S(C.pw(), "runbook-password")]),
                ("p", "Ping %s in the ops channel when done." % b),
            ]
        prose.wiki(C, "%s/runbooks/%s-restore" % (base, C.app), "%s: restore from backup" % C.app, blocks)
    else:
        d = C.doc("%s/notes/standup-%s.md" % (base, r.date()), free=True)
        d.w("# Stand-up %s\n\n" % C.app)
        d.w("**%s**: rotated the reporting DB user, new password is %s (will move it to the vault today)\n\n" % (
            a.split()[0], d.S(C.pw(), "standup-password")))
        d.w("**%s**: %s for the mirror job: %s, revoke after the migration\n\n" % (
            b.split()[0], _lname(tcat), d.S(tok, tcat)))
        d.w("**%s**: nothing blocking; the webhook secret is in %s now\n" % (C.people[4].split()[0], d.N(
            "vault:secret/data/%s#webhook_secret" % C.app, "vault-reference")))


def chat(C, base):
    p = C.people
    r = C.r
    tok, tcat = _leak(C)
    variant = r.randint(0, 2)

    def msgs_b(d):
        dsn = "postgresql://%s:%s@pg-staging.%s:5432/%s" % (C.app[:8].replace("-", "_"), C.upw(), C.dom,
                                                            C.app.replace("-", "_"))
        return [
            (p[3], "what's the staging DB url for %s? my .env is empty" % C.app),
            (p[4], d.S(dsn, "database-url")),
            (p[3], "and the webhook secret for the partner callback?"),
            (p[4], "whsec is %s" % d.S(r.al(32), "webhook-secret")),
            (p[5], "please stop pasting secrets in here, they are all in %s" % d.N(
                "vault:secret/data/%s/staging" % C.app, "vault-reference")),
            (p[3], "sorry, also pasted my %s by accident: %s" % (_lname(tcat), d.S(tok, tcat))),
            (p[3], "revoking it now"),
        ]

    def msgs_c(d):
        return [
            (p[1], "paged for %s, admin console wants a login" % C.app),
            (p[2], "break-glass admin is admin / %s, rotate after" % d.S(C.pw(), "chat-password")),
            (p[1], "deploy job also failed, which token does it use?"),
            (p[2], "the one in the CI variable %s" % d.N("$CI_DEPLOY_TOKEN", "ci-reference")),
            (p[1], "that one is expired, I used mine for now: %s" % d.S(tok, tcat)),
            (p[2], "ok. log shows it as %s, masking works at least" % d.N(tok[:4] + "…" + tok[-4:], "masked")),
        ]

    def msgs(d):
        if variant == 1:
            return msgs_b(d)
        if variant == 2:
            return msgs_c(d)
        return [
            (p[0], "anyone know why the %s export failed last night?" % C.app),
            (p[1], "auth error, the service password was rotated. new one: %s" % d.S(C.spw(), "chat-password")),
            (p[0], "thanks. and the %s for the sync?" % _lname(tcat)),
            (p[1], "it's %s" % d.S(tok, tcat)),
            (p[1], "but please take it from %s next time" % d.N("op://Ops/%s/api-token" % C.app, "secret-reference")),
            (p[2], "fyi the old password %s is dead now, I disabled the account" % d.S(C.pw(), "chat-password")),
            (p[0], "startup log shows the token as %s so the masking works" % d.N(tok[:4] + "************", "masked")),
            (p[1], "nice"),
        ]
    prose.chat(C, "%s/chat" % base, "%s-ops" % C.app, msgs)


def shell_history(C, base):
    r = C.r
    user = r.handle(C.people[5])
    tok, tcat = _leak(C)

    def cmds(d, fmt):
        if fmt == "powershell":
            return [
                "Get-Service %s*" % C.app[:4],
                "$pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % d.S(C.spw(), "powershell-password"),
                "net use \\\\files.%s\\exports /user:%s\\svc-export %s" % (
                    C.dom, C.name.split("-")[0].upper(), d.S(C.pw(), "net-use-password")),
                "$env:GH_TOKEN = '%s'" % d.S(tok, tcat),
                "$env:API_KEY = $env:API_KEY_FROM_VAULT",
                "Get-Content .\\logs\\%s.log -Tail 50" % C.app,
            ]
        out = [
            "cd /srv/%s" % C.app,
            "mysql -h mysql.%s -u report -p'%s' reporting -e 'select count(*) from jobs'" % (
                C.dom, d.S(C.spw(), "mysql-password")),
            "export API_TOKEN=%s" % d.S(tok, tcat),
            "export VAULT_TOKEN=$(vault login -method=oidc -token-only)",
            "git log --oneline | head",
        ]
        k = r.randint(0, 2)
        if k == 0:
            out.append("curl -u ops:%s https://%s.%s/admin/health" % (d.S(C.upw(), "curl-basic-password"), C.app, C.dom))
        elif k == 1:
            out.append("sshpass -p '%s' scp dump.sql.gz backup@files.%s:/srv/in/" % (
                d.S(C.pw(), "sshpass-password"), C.dom))
        else:
            out.append("redis-cli -h cache.%s -a %s ping" % (C.dom, d.S(C.upw(24), "redis-password")))
        out.append("systemctl status %s --no-pager" % C.app)
        return out
    prose.history(C, "%s/home/%s" % (base, user), cmds)


def ticket(C, base):
    r = C.r
    tok, tcat = _leak(C)
    key = "%s-%d" % (C.app[:3].upper(), r.randint(100, 9999))
    variant = r.randint(0, 2)
    if variant == 1:
        def access(d):
            return [
                (C.people[4], "Please give me access to the %s admin API, I start on the partner integration." % C.app),
                (C.people[2], "Done. Your temporary password is %s (change on first login)." % d.S(
                    C.pw(), "ticket-password")),
                (C.people[2], "For the API use the team %s until yours is approved: %s" % (_lname(tcat), d.S(tok, tcat))),
                (C.people[4], "Thanks! I'll move it to %s." % d.N("op://Team/%s/api" % C.app, "secret-reference")),
            ]
        prose.ticket(C, "%s/tickets" % base, key, "Access request: %s admin API" % C.app, access)
        return
    if variant == 2:
        def incident(d):
            dsn = "mysql://%s:%s@mysql-%s.%s:3306/%s" % (C.app[:6].replace("-", ""), C.upw(), r.lo(3), C.dom,
                                                         C.app.replace("-", "_"))
            return [
                (C.people[6], "Nightly job failed. From the log:\nERROR connect failed dsn=%s" % d.S(dsn, "logged-dsn")),
                (C.people[6], "Earlier line shows the token masked as %s." % d.N("****" + tok[-4:], "masked")),
                (C.people[2], "DB password rotated, DSN logging removed. The %s in the job env was also old, "
                              "it was %s (revoked)." % (_lname(tcat), d.S(tok, tcat))),
            ]
        prose.ticket(C, "%s/tickets" % base, key, "Nightly %s job failed" % C.app, incident)
        return

    def entries(d):
        return [
            (C.people[6], "While debugging %s I pasted our %s into the public build log:\n%s\nPlease revoke." % (
                C.app, _lname(tcat), d.S(tok, tcat))),
            (C.people[2], "Revoked and replaced; the new one is in %s." % d.N("vault:kv/%s/ci#token" % C.app,
                                                                                   "vault-reference")),
            (C.people[6], "Also, the support login for the vendor portal is support@%s / %s until we get SSO." % (
                C.dom, d.S(C.pw(), "ticket-password"))),
            (C.people[6], "Thanks, closing. The audit log shows it masked as %s." % d.N("****" + tok[-4:], "masked")),
        ]
    prose.ticket(C, "%s/tickets" % base, key, "%s exposed in build log (%s)" % (_lname(tcat), C.app), entries)


def freetext(C, base):
    handover(C, base)
    chat(C, base)
    shell_history(C, base)
    ticket(C, base)
