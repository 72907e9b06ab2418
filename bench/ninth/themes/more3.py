"""Second layer, part 3 (every theme): free text -- a hand-over (e-mail, wiki in one of 8 markups, or meeting
notes), a chat export, a shell history and a ticket, each with secrets mixed with masked values and references."""

import nkeys as K
import nprov
from themes.common import (CHAT_EXT, CHATS, HIST_PATH, HISTS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat,
                           email, history, ticket, wiki)

CHATTY = ["slack-bot", "sendgrid", "openai", "anthropic", "github-pat", "gitlab-pat", "npm", "atlassian", "linear",
          "notion", "datadog", "pagerduty", "twilio-sg", "mailgun", "dockerhub", "vercel", "digitalocean", "okta",
          "telegram", "discord", "huggingface", "stripe-rk", "shopify", "postman", "grafana-sa", "sentry-user",
          "vault", "tailscale", "ngrok", "zendesk", "hubspot", "airtable", "asana", "figma", "groq", "resend"]


def _tok(T, d, leaky=False):
    key = T.pick(["github-pat", "github-fg", "npm", "gitlab-pat", "github-oauth"]) if leaky and T.chance(0.6) else T.pick(CHATTY)
    cat, env, val, check = nprov.token(T.v, key, T.slug)
    return env, d.S(val, cat, check, grp="provider"), key


def handover(T, sub):
    svc, svc2 = T.services[0], T.services[2 % len(T.services)]
    host = T.pick(T.hosts)
    kind = T.pick(["email", "wiki", "wiki", "notes"])
    if kind == "email":
        d = T.doc("%s/handover/%s-handover.eml" % (sub, svc), prose=True)
        env, tok, key = _tok(T, d)
        paste = T.chance(0.4)
        k = T.ed() if paste else None
        body = """Hi {a},

as promised, the bits you need for {svc} while I'm away.

- the {svc2} admin login is ops-admin / {pw}
- {env} for the {svc} worker is {tok} (it is also in Vault, path secret/{slug}/{svc})
- the old reporting password was {mask}, it no longer works
- {host} is the box; sudo works with your own account
{k}
Cheers,
{b}
""".format(a=T.first(1), b=T.first(0), svc=svc, svc2=svc2, env=env, tok=tok, slug=T.slug, host=host,
           pw=d.S(T.v.pw(), "password-email"), mask=d.N("R" + "*" * 10, "masked"),
           k=("\nThe deploy key in case Vault is down (please delete this mail afterwards):\n\n" +
              d.S(K.openssh_priv(k, T.kr, "deploy@" + host), "private-key-pasted", "pem") + "\n") if paste else "")
        d.put(email("%s <%s>" % (T.people[0], T.email(0)), "%s <%s>" % (T.people[1], T.email(1)),
                    "Handover: %s and %s" % (svc, svc2), "Fri, %d Jun 2025 17:%02d:11 +0200" % (T.r.randrange(2, 28), T.r.randrange(60)), body))
    elif kind == "wiki":
        fmt = T.pick(WIKIS)
        d = T.doc("%s/wiki/%s-runbook%s" % (sub, svc, WIKI_EXT[fmt]), prose=True)
        env, tok, key = _tok(T, d)
        blocks = [("p", "Runbook for %s, owned by %s. Secrets belong in Vault; the values below are from the cut-over." % (svc, T.people[2])),
                  ("h", "Access"),
                  ("ul", ["DB: %s on %s, user %s_admin, password %s" % (svc, host, svc.replace("-", "_"), d.S(T.v.pw(), "password-wiki")),
                          "%s: %s" % (env, tok),
                          "break-glass account: see %s" % d.N("op://%s-ops/%s-breakglass/password" % (T.slug, svc), "secret-reference")]),
                  ("h", "Restart"),
                  ("code", ["ssh %s" % host, "sudo systemctl restart %s" % svc, "curl -fsS https://%s.%s/healthz" % (svc, T.domain)])]
        if T.chance(0.35):
            blocks.append(("h", "Replication user"))
            blocks.append(("code", ["mysql -h %s -u repl -p'%s' -e 'SHOW REPLICA STATUS\\G'" % (host, d.S(T.v.pw_alnum(), "password-wiki-cli"))]))
        d.put(wiki(fmt, "%s runbook" % svc, blocks))
    else:
        d = T.doc("%s/notes/%s-standup.md" % (sub, T.date(T.r.randrange(1, 13))), prose=True)
        env, tok, key = _tok(T, d)
        d.put("""# Ops stand-up

Attendees: {a}, {b}, {c}

## {svc}
- cut-over done; {b} rotated the service password to {pw}
- the old one is still shown as {mask} in the portal, ignore it
- new {env}: {tok} -- {c} to move it into Vault by Friday
- monitoring still points at {host}

## Actions
- [ ] {a}: delete this note once Vault has everything
""".format(a=T.first(0), b=T.first(1), c=T.first(2), svc=svc, host=host, env=env, tok=tok,
           pw=d.S(T.v.pw_human(T.words), "password-notes"), mask=d.N("****" + T.v.pw()[-3:], "masked")))


def chatlog(T, sub):
    fmt = T.pick([c for c in CHATS if c != getattr(T, "chat_used", None)])
    d = T.doc("%s/exports/chat-%s%s" % (sub, T.pick(["ops", "infra", "oncall", "it"]), CHAT_EXT[fmt]), prose=True)
    env, tok, key = _tok(T, d)
    svc = T.pick(T.services)
    old, new = T.v.pw(), T.v.pw()
    msgs = [(0, "anyone know the %s admin password? the vault entry is empty" % svc),
            (1, "it's %s" % d.S(new, "password-chat")),
            (0, "thx. and the %s for the nightly job?" % env),
            (1, "%s - please don't paste it anywhere else" % tok),
            (2, "fyi the old one (%s) was rotated last week, it was in the wiki" % d.S(old, "password-chat-rotated"))
            if T.chance(0.5) else (2, "fyi the old one was rotated last week, it was in the wiki"),
            (0, "ok, the dashboard shows it as %s so that's fine" % d.N(T.v.masked(new, 2), "masked")),
            (3, "reminder: Vault path is %s" % d.N("secret/data/%s/%s" % (T.slug, svc), "vault-reference"))]
    d.put(chat(fmt, T, "%s-ops" % T.slug, msgs))


def shell_history(T, sub):
    fmt = T.pick(HISTS)
    u = T.user(T.r.randrange(8)).split(".")[0]
    d = T.doc("%s/home/%s/%s" % (sub, u, HIST_PATH[fmt]), crlf=fmt == "powershell", prose=True)
    host = T.pick(T.hosts)
    if fmt == "powershell":
        env, tok, key = _tok(T, d)
        cmds = ["Get-Service -ComputerName %s" % host,
                "$pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % d.S(T.v.pw(), "password-powershell"),
                "$cred = New-Object System.Management.Automation.PSCredential('%s\\svc-%s', $pw)" % (T.slug.upper()[:8], T.services[0]),
                "Invoke-Command -ComputerName %s -Credential $cred -ScriptBlock { Restart-Service W3SVC }" % host,
                "Invoke-RestMethod -Uri https://api.%s/v1/sync -Headers @{Authorization='Bearer %s'}" % (T.domain, tok),
                "net use Z: \\\\%s\\exports /user:%s\\%s %s" % (host, T.slug.upper()[:8], u, d.S(T.v.pw_human(T.words), "password-net-use")),
                "Get-ChildItem Z:\\ | Sort-Object LastWriteTime | Select-Object -Last 5",
                "$env:API_TOKEN = (Get-Secret -Name %s-api -AsPlainText)" % T.slug]
    else:
        env, tok, key = _tok(T, d)
        cmds = ["ssh %s" % host,
                "export %s=%s" % (env, tok),
                "mysql -h %s -u report -p'%s' %s -e 'select count(*) from jobs'" % (host, d.S(T.v.pw(), "password-mysql-cli"), T.slug.replace("-", "_"))
                if T.chance(0.5) else
                "sshpass -p '%s' scp backup@%s:/var/backups/latest.tgz ." % (d.S(T.v.pw_human(T.words), "password-sshpass"), host),
                "export PGPASSWORD=$(vault kv get -field=password secret/%s/pg)" % T.slug,
                "psql -h pg1.%s -U %s_app -c '\\dt'" % (T.domain, T.services[0].replace("-", "_")),
                "kubectl -n prod get pods -l app=%s" % T.services[0],
                "git log --oneline -5"]
        if T.chance(0.5):
            cmds.insert(6, "curl -u admin:%s https://%s.%s/api/health" % (d.S(T.v.pw_uri(), "password-curl-u"), T.services[1], T.domain))
    d.put(history(fmt, cmds))


def incident_ticket(T, sub):
    fmt = T.pick([t for t in TICKETS if t != getattr(T, "ticket_used", None)])
    n = T.v.digits(4)
    d = T.doc("%s/tickets/%s-%s%s" % (sub, T.slug.upper()[:4], n, TICKET_EXT[fmt]), prose=True)
    env, tok, key = _tok(T, d, leaky=True)
    svc = T.pick(T.services)
    user = T.user(T.r.randrange(3, 8))
    desc = "User %s cannot log into %s after the password reset. They sent their new password in the chat: %s" % (
        user, svc, d.S(T.v.pw_human(T.words), "password-ticket-user"))
    comments = [(1, "Reset again, temporary password set to %s, must change at first login" % d.S(T.v.pw_human(T.words), "password-ticket-temp"))
                if T.chance(0.4) else (1, "Reset again via the self-service portal, user confirmed it works"),
                (2, "Also found %s committed in the %s repo; revoked it and issued a new one (stored in Vault)" % (tok, svc)),
                (1, "Closing. Template for next time: password=%s" % d.N("<temporary-password>", "placeholder"))]
    d.put(ticket(fmt, T, "%s-%s" % (T.slug.upper()[:4], n), "%s login failure after reset" % svc, desc, comments))


def build(T, sub):
    handover(T, sub)
    chatlog(T, sub)
    shell_history(T, sub)
    incident_ticket(T, sub)
