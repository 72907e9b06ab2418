"""eng-wiki/: knowledge that leaks: Markdown wiki export, Mattermost JSONL export, an IRC-style
room log, shell/REPL/DB-client histories of several engineers, Postman/Insomnia/HAR/HTTPie/.http
API-client files."""

import base64
import json
import re

from .common import D, readme

R = "eng-wiki/"
MARK = re.compile("(\x00\\d+\x00)")


def jtext(text):
    """JSON string literal for text that may contain markers (markers are kept raw)."""
    parts = MARK.split(text)
    out = []
    for i, p in enumerate(parts):
        out.append(p if i % 2 else json.dumps(p)[1:-1])
    return '"' + "".join(out) + '"'


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain
    people = [v.person() for _ in range(6)]
    handles = [p[2] for p in people]

    # ---------------------------------------------------------------- wiki pages
    wk = R + "wiki/"
    c.w(wk + "index.md", """
        # Engineering wiki

        * [Developer setup](onboarding/dev-setup.md)
        * [Payments](services/payments.md)
        * [AWS accounts](vendors/aws.md)
        * [Internal API auth](api/auth.md)
        * [Staging access](onboarding/staging.md)
        """)
    c.w(wk + "onboarding/dev-setup.md", """
        # Developer setup

        1. Install the toolchain: `brew bundle` in the repo root.
        2. Create a GitHub token with `repo` + `read:packages` and export it:

           ```sh
           export GITHUB_TOKEN=%s
           export NPM_TOKEN=%s
           ```

        3. Log in to the registry: `echo $GITHUB_TOKEN | docker login ghcr.io -u USERNAME --password-stdin`
        4. Ask in #it-help for the VPN profile. The Wi-Fi for guests is `%s-Guest`.
        5. Copy `.env.example` to `.env`; the defaults (`DB_PASSWORD=%s`) work with docker-compose.

        > Never paste real tokens in this wiki. Use 1Password (`op://Engineering/...`).
        """ % (N("<your-token>", "placeholder"), N("${NPM_TOKEN}", "env-reference"), v.company, N("postgres", "well-known-default")))
    qa_pw = v.password("any")
    c.w(wk + "onboarding/staging.md", """
        # Staging access

        Staging is at https://staging.%s. Everyone uses the shared QA login until SSO lands:

        * user: `qa-shared@%s`
        * password: `%s`

        The admin panel (https://staging.%s/admin) uses the same password.

        For the staging database use the read-only user:

        ```
        psql "host=%s port=5432 dbname=shop user=qa_ro password=%s sslmode=require"
        ```

        Basic-auth on the preview environments: `preview` / `%s` (rotated every sprint by #platform).
        """ % (dom, dom, S(qa_pw, "generic-password"), dom, v.host("pg-shop", "stg"),
               S(v.password("shell"), "generic-password"), S(v.password("any"), "generic-password")))
    c.w(wk + "services/payments.md", """
        # Payments

        | environment | provider | key | notes |
        |---|---|---|---|
        | docs | Stripe | `%s` | from Stripe's API reference |
        | prod | Stripe (restricted, reporting) | `%s` | read-only on charges |
        | prod | Adyen | `%s` | stored in Vault, **do not copy** |
        | prod | PayPal | client id `%s` | public |

        Webhook signing secret for the reporting endpoint: `%s`.
        Reconciliation exports go to `s3://%s-finance/recon/` (see [AWS accounts](../vendors/aws.md)).
        """ % (N("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "documentation-example"), S(v.stripe("rk_live_"), "stripe-restricted-key"),
               N("vault:secret/payments/adyen#api_key", "secret-manager-reference"),
               N("A" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 79), "public-client-id"),
               S(v.stripe("whsec_"), "stripe-webhook-secret"), v.slug))
    ak, asec = v.aws_pair()
    c.w(wk + "vendors/aws.md", """
        # AWS accounts

        | account | id | purpose |
        |---|---|---|
        | %s-prod | %s | production |
        | %s-data | %s | data lake |

        Configure the CLI like the AWS docs show:

        ```ini
        [default]
        %saws_access_key_id = %s
        aws_secret_access_key = %s%s
        ```

        For the finance export job (until it moves to an IAM role) use:

        ```ini
        [finance-export]
        %saws_access_key_id = %s
        aws_secret_access_key = %s%s
        region = eu-west-1
        ```
        """ % (v.slug, N(v.digits(12), "account-identifier"), v.slug, v.digits(12),
               c.B("negative", "documentation-example"), c.A("AKIAIOSFODNN7EXAMPLE"),
               c.A("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), c.E(),
               c.B("secret", "aws-access-key"), c.A(ak), c.A(asec), c.E()))
    jwt_doc = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
               "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    sess = v.jwt({"sub": handles[0], "org": v.slug, "scope": "admin", "iat": v.iat(), "exp": v.iat() + 2592000})
    c.w(wk + "api/auth.md", """
        # Internal API authentication

        All internal APIs accept a JWT in the `Authorization` header. Example from jwt.io:

        ```
        Authorization: Bearer %s
        ```

        Quick test (token copied from my browser session, valid 30 days):

        ```sh
        curl -s https://api.%s/v1/me \\
          -H "Authorization: Bearer %s"
        ```

        Service-to-service calls use an API key in `X-Api-Key`. Keys look like
        `%s` (prefix `ik_` + 32 characters). Request one in #platform.
        """ % (N(jwt_doc, "documentation-example"), dom, S(sess, "jwt", check="jwt"), N("ik_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder")))
    bpriv, bpub = c.k.ssh_ed("%s@bastion-temp" % handles[1])
    c.w(wk + "incidents/2024-05-bastion-access.md", D("""
        # 2024-05 bastion access during the IdP outage

        While Okta was down we handed out a temporary key for the bastion. **Remove after the
        incident** (it was not removed):

        ```
        %s
        ```

        Public half added to `bastion-01:/home/ops/.ssh/authorized_keys`:
        `%s`
        """) % (S(bpriv, "private-key-openssh"), N(bpub, "public-key")), dedent=False)
    c.w(wk + "glossary.md", """
        # Glossary

        * **PAT** – personal access token. Treat like a password.
        * **Password** – see the [password policy](policies/passwords.md): 14+ characters, no reuse.
        * **Service account** – non-human identity; owner must be a team.
        * **Salt** – random value stored next to a password hash, not secret.
        """)
    c.w(wk + "policies/passwords.md", """
        # Password policy

        * Minimum length 14, checked against the HIBP corpus.
        * Example of a *bad* password: `%s`.
        * Example of a good passphrase: `%s` (don't use this one).
        * Password managers: 1Password for staff, Bitwarden for contractors.
        """ % (N("Password123!", "documentation-example"), N("correct horse battery staple", "documentation-example")))

    # ---------------------------------------------------------------- Mattermost export (JSONL)
    chan = R + "chat/mattermost-export/"
    msgs = [
        ("platform", "heads up: rotating the grafana admin pw tonight, new one goes to 1Password", None),
        ("platform", "can someone share the sentry token for the release job?", None),
        ("platform", "here: %s (org token, scoped to releases)", S(v.sentry_org(v.slug), "sentry-auth-token")),
        ("platform", "thx! also which slack bot token does the deploy notifier use?", None),
        ("platform", "%s - but please move it to vault", S(v.slack("xoxb"), "slack-bot-token")),
        ("data", "prod read replica: %s", S("postgresql://analyst:%s@%s:5432/shop" % (v.password("url"), v.host("pg-replica")), "credential-uri")),
        ("data", "HF token for the eval box %s (read only)", S(v.hf(), "huggingface-token")),
        ("data", "I set OPENAI_API_KEY=%s on the notebook server, it's the team key", S(v.openai("proj"), "openai-api-key")),
        ("data", "please use %s in the workflow instead, not the raw key", N("${{ secrets.OPENAI_API_KEY }}", "ci-secret-reference")),
        ("random", "wifi password for the offsite: %s", S(v.password("any", style="word"), "wifi-psk")),
        ("random", "the old key was %s, it's revoked now", N("sk_live_" + "*" * 24, "redacted")),
        ("support", "customer can't log in, I reset their password to %s and told them to change it", S(v.password("any", style="season"), "generic-password")),
        ("support", "zendesk api token for the export script: %s", S(v.alnum(40), "zendesk-api-token")),
        ("security", "found this in a public gist, revoking: %s", S(v.github("ghp"), "github-pat", check="gh-crc")),
        ("security", "and this npm token in the same gist %s", S(v.npm(), "npm-token", check="npm-crc")),
        ("security", "commit %s introduced it, purged from history", N(v.sha1(), "git-sha")),
        ("platform", "gitlab PAT for the mirror bot: %s", S(v.gitlab("glpat-"), "gitlab-pat")),
        ("platform", "linear api key for the changelog bot %s", S(v.linear(), "linear-api-key")),
        ("platform", "notion integration secret (docs sync) %s", S(v.notion(), "notion-token")),
        ("platform", "figma token for the icon export %s", S(v.figma(), "figma-token")),
        ("platform", "postman api key so the collection sync works: %s", S(v.postman(), "postman-api-key")),
        ("platform", "request id for the failed call was %s if that helps", N(v.uuid(), "uuid")),
        ("data", "anthropic key for the summariser pilot %s", S(v.anthropic(), "anthropic-api-key")),
        ("data", "snowflake: user LOADER, password %s (account %s)", S(v.password("any"), "generic-password"), ),
        ("random", "my password manager generated %s lol, is that long enough for the new policy?", N("********************", "redacted")),
        ("support", "twilio sendgrid key for the support inbox relay %s", S(v.sendgrid(), "sendgrid-api-key")),
        ("security", "okta api token used by the offboarding script: %s", S(v.okta(), "okta-api-token")),
        ("security", "telegram bot for the honeypot alerts %s", S(v.telegram(), "telegram-bot-token")),
        ("platform", "doppler service token for staging %s", S(v.doppler("st"), "doppler-token")),
        ("platform", "vault token (ttl 768h, renew please) %s", S(v.vault(), "vault-token")),
    ]
    lines = ['{"type":"version","version":1}']
    t0 = v.r.randint(1714000000000, 1718000000000)
    for i, m in enumerate(msgs):
        chn, text = m[0], m[1]
        if len(m) > 2 and m[2] is not None:
            text = text % ((m[2],) if text.count("%s") == 1 else (m[2], v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 7) + "-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 7)))
        t0 += v.r.randint(20000, 900000)
        lines.append('{"type":"post","post":{"team":"eng","channel":"%s","user":"%s","message":%s,"create_at":%d}}' % (
            chn, v.pick(handles), jtext(text), t0))
    c.w(chan + "posts.jsonl", "\n".join(lines), dedent=False)
    c.w(chan + "channels.jsonl", "\n".join(
        '{"type":"channel","channel":{"team":"eng","name":"%s","display_name":"%s","type":"O"}}' % (n, n.title())
        for n in ["platform", "data", "random", "support", "security"]), dedent=False)

    # ---------------------------------------------------------------- IRC-style room log
    irc = [
        "[09:58] <%s> morning",
        "[10:02] <%s> anyone has the jenkins admin login? locked out",
        "[10:03] <%s> admin / %s",
        "[10:03] <%s> ty",
        "[10:10] <%s> redis on cache-02 wants a password now: redis-cli -h cache-02 -a %s",
        "[10:12] <%s> the docker hub token for the ci org is %s",
        "[10:14] <%s> can you not paste those here pls",
        "[10:20] <%s> ok moving everything to vault, path is secret/data/ci/dockerhub",
        "[10:31] <%s> mailgun key for the old newsletter box: %s",
        "[10:33] <%s> digitalocean token for the dns script %s",
        "[10:40] <%s> ftp for the printer vendor: %s",
    ]
    vals = [None, None, S(v.password("shell"), "generic-password"), None, S(v.password("shell"), "generic-password"),
            S(v.docker_pat(), "dockerhub-token"), None, None, S(v.mailgun(), "mailgun-api-key"),
            S(v.digitalocean(), "digitalocean-token"),
            S("ftp://%s:%s@ftp.printvendor.example/in" % (v.slug, v.password("url")), "credential-uri")]
    out = []
    for t, val in zip(irc, vals):
        if val:
            out.append(t % (v.pick(handles), val))
        else:
            out.append(t % v.pick(handles))
    c.w(R + "chat/irc/#ops-2024-06-11.log", "\n".join(out), dedent=False)

    # ---------------------------------------------------------------- shell histories
    hm = R + "home-snapshots/"
    u1, u2, u3 = handles[0].split(".")[0], handles[1].split(".")[0], handles[2].split(".")[0]
    ts = v.r.randint(1710000000, 1718000000)

    def zsh(cmds):
        return "\n".join(": %d:0;%s" % (ts + i * 37, cmd) for i, cmd in enumerate(cmds))

    ak2, as2 = v.aws_pair()
    c.w(hm + "%s/.zsh_history" % u1, zsh([
        "git status",
        "export OPENAI_API_KEY=%s" % S(v.openai("proj"), "openai-api-key"),
        "python scripts/eval.py --model gpt-4o",
        "mysql -h %s -u root -p'%s' shop" % (v.host("mysql-shop"), S(v.password("shell"), "generic-password")),
        "%saws configure set aws_access_key_id %s" % (c.B("secret", "aws-access-key"), c.A(ak2)),
        "aws configure set aws_secret_access_key %s%s" % (c.A(as2), c.E()),
        "aws sts get-caller-identity",
        "curl -H \"Authorization: token %s\" https://api.github.com/user" % S(v.github("ghp"), "github-pat", check="gh-crc"),
        "docker login -u %sci -p %s" % (v.slug, S(v.docker_pat(), "dockerhub-token")),
        "git clone https://%s:%s@gitlab.%s/platform/infra.git" % (u1, S(v.gitlab("glpat-"), "gitlab-pat"), dom),
        "read -s DB_PASSWORD",
        "export TOKEN=%s" % N("$(vault kv get -field=token secret/ci/deploy)", "command-substitution"),
        "kubectl create secret generic shop-db --from-literal=password=%s -n shop" % S(v.password("shell"), "generic-password"),
        "kubectl get secret shop-db -o jsonpath='{.data.password}' | base64 -d",
        "git checkout %s" % N(v.sha1(), "git-sha"),
        "stripe listen --api-key %s --forward-to localhost:8080/webhooks" % S(v.stripe("rk_live_"), "stripe-restricted-key"),
        "vault login %s" % S(v.vault(), "vault-token"),
        "terraform apply -var 'db_password=%s'" % S(v.password("shell"), "generic-password"),
    ]), dedent=False)
    c.w(hm + "%s/.bash_history" % u2, "\n".join([
        "cd ~/src/ledger",
        "psql \"postgresql://ledger_admin:%s@%s:5432/ledger\"" % (S(v.password("url"), "generic-password"), v.host("pg-ledger")),
        "redis-cli -h %s -a %s --no-auth-warning info" % (v.host("redis"), S(v.password("shell"), "generic-password")),
        "mongosh \"%s\"" % S("mongodb://admin:%s@%s:27017/?authSource=admin" % (v.password("url"), v.host("mongo")), "credential-uri"),
        "htpasswd -b -c /etc/nginx/.htpasswd admin %s" % S(v.password("shell"), "generic-password"),
        "sqlcmd -S sql-ledger-01 -U sa -P '%s' -Q 'SELECT @@VERSION'" % S(v.password("shell"), "generic-password"),
        "smbclient //%s/finance -U %s%%%s" % ("nas01." + dom, u2, S(v.password("shell"), "generic-password")),
        "wget --user=%s --password=%s https://reports.%s/export.csv" % (u2, S(v.password("shell"), "generic-password"), dom),
        "pg_dump \"host=%s user=backup password=%s dbname=ledger\" > /tmp/ledger.sql" % (v.host("pg-ledger"), S(v.password("shell"), "generic-password")),
        "az storage blob upload --account-name %sledger --account-key %s -c exports -f /tmp/ledger.sql" % (v.slug, S(v.azure_storage_key(), "azure-storage-account-key")),
        "openssl enc -aes-256-cbc -pbkdf2 -in ledger.sql -out ledger.sql.enc -k %s" % S(v.password("shell"), "generic-password"),
        "ansible-playbook site.yml -e ansible_become_pass=%s" % S(v.password("shell"), "generic-password"),
        "op read op://Engineering/ledger-db/password",
        "sha256sum ledger.sql.enc",
        "history | grep psql",
        "curl -s https://api.telegram.org/bot%s/getUpdates" % S(v.telegram(), "telegram-bot-token"),
        "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"backup done\"}' %s" % S(v.slack_webhook(), "slack-webhook"),
        "docker pull postgres@sha256:%s" % N(v.sha256(), "image-digest"),
    ]), dedent=False)
    fish = []
    for i, cmd in enumerate([
        "heroku config:set SENDGRID_API_KEY=%s -a %s-legacy" % (S(v.sendgrid(), "sendgrid-api-key"), v.slug),
        "gh auth login --with-token < ~/token.txt",
        "set -x HF_TOKEN %s" % S(v.hf(), "huggingface-token"),
        "http POST :8000/api/login username=admin password=%s" % S(v.password("shell"), "generic-password"),
        "npm config set //registry.npmjs.org/:_authToken=%s" % S(v.npm(), "npm-token", check="npm-crc"),
        "set -x ANTHROPIC_API_KEY (security find-generic-password -s anthropic -w)",
        "echo %s | docker login ghcr.io -u %s --password-stdin" % (S(v.github("ghp"), "github-pat", check="gh-crc"), u3),
    ]):
        fish.append("- cmd: %s\n  when: %d" % (cmd, ts + 1000 + i * 61))
    c.w(hm + "%s/.local/share/fish/fish_history" % u3, "\n".join(fish), dedent=False)
    c.w(hm + "%s/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt" % u3, "\n".join([
        "Get-ADUser -Filter * | Measure-Object",
        "$env:AZURE_DEVOPS_EXT_PAT = \"%s\"" % S(v.azure_devops(), "azure-devops-pat"),
        "az devops project list --org https://dev.azure.com/%s" % v.slug,
        "$cred = Get-Credential",
        "Invoke-RestMethod -Uri https://api.%s/v1/jobs -Headers @{Authorization = \"Bearer %s\"}" % (dom, S(v.alnum(40), "generic-api-key")),
        "Connect-AzAccount -ServicePrincipal -Tenant %s -Credential $cred" % v.uuid(),
        "$sp = New-Object PSCredential('%s', (ConvertTo-SecureString '%s' -AsPlainText -Force))" % (v.uuid(), S(v.azure_client_secret(), "azure-client-secret")),
        "Get-FileHash .\\release.zip -Algorithm SHA256",
    ]), dedent=False)
    c.w(hm + "%s/.mysql_history" % u2, "\n".join([
        "_HiStOrY_V2_",
        "SHOW\\040DATABASES;",
        "CREATE\\040USER\\040'reporting'@'%%'\\040IDENTIFIED\\040BY\\040'%s';" % S(v.password("shell"), "generic-password"),
        "GRANT\\040SELECT\\040ON\\040shop.*\\040TO\\040'reporting'@'%';",
        "SELECT\\040id,email\\040FROM\\040users\\040LIMIT\\04010;",
    ]), dedent=False)
    c.w(hm + "%s/.psql_history" % u1, "\n".join([
        "\\dt",
        "ALTER ROLE app_rw WITH PASSWORD '%s';" % S(v.password("shell"), "generic-password"),
        "\\password reporting",
        "SELECT usename, passwd FROM pg_shadow WHERE usename = 'legacy';",
        "SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day';",
    ]), dedent=False)
    c.w(hm + "%s/.rediscli_history" % u2, "\n".join([
        "AUTH %s" % S(v.password("shell"), "generic-password"),
        "INFO replication",
        "CONFIG SET requirepass %s" % S(v.password("shell"), "generic-password"),
        "KEYS session:*",
    ]), dedent=False)
    c.w(hm + "%s/.python_history" % u1, "\n".join([
        "import boto3",
        "s3 = boto3.client('s3')",
        "import openai",
        "openai.api_key = '%s'" % S(v.openai("legacy"), "openai-api-key"),
        "client = openai.OpenAI()",
        "import hashlib; hashlib.sha256(b'hello').hexdigest()",
    ]), dedent=False)

    # ---------------------------------------------------------------- API clients
    api = R + "api-clients/"
    bearer = v.alnum(40)
    basic_pw = v.password("any")
    c.w(api + "postman/%s-internal.postman_collection.json" % v.slug, """
        {
          "info": {
            "_postman_id": "%s",
            "name": "%s internal APIs",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
          },
          "auth": {
            "type": "bearer",
            "bearer": [
              { "key": "token", "value": "%s", "type": "string" }
            ]
          },
          "item": [
            {
              "name": "List orders",
              "request": {
                "method": "GET",
                "header": [ { "key": "X-Api-Key", "value": "%s" } ],
                "url": "{{baseUrl}}/v1/orders?limit=50"
              }
            },
            {
              "name": "Legacy reports (basic)",
              "request": {
                "auth": {
                  "type": "basic",
                  "basic": [
                    { "key": "username", "value": "reports", "type": "string" },
                    { "key": "password", "value": "%s", "type": "string" }
                  ]
                },
                "method": "GET",
                "url": "https://reports.%s/api/daily"
              }
            },
            {
              "name": "Refund",
              "request": {
                "method": "POST",
                "header": [ { "key": "Authorization", "value": "%s" } ],
                "url": "{{baseUrl}}/v1/refunds"
              }
            }
          ],
          "variable": [ { "key": "baseUrl", "value": "https://api.%s" } ]
        }
        """ % (N(v.uuid(), "uuid"), v.company, S(bearer, "generic-api-key"), S("ik_" + v.alnum(32), "generic-api-key"),
               S(basic_pw, "generic-password"), dom, N("Bearer {{accessToken}}", "template-reference"), dom))
    c.w(api + "postman/prod.postman_environment.json", """
        {
          "id": "%s",
          "name": "prod",
          "values": [
            { "key": "baseUrl", "value": "https://api.%s", "type": "default", "enabled": true },
            { "key": "accessToken", "value": "%s", "type": "secret", "enabled": true },
            { "key": "clientSecret", "value": "%s", "type": "secret", "enabled": true },
            { "key": "clientId", "value": "%s", "type": "default", "enabled": true },
            { "key": "adminPassword", "value": "", "type": "secret", "enabled": true }
          ],
          "_postman_variable_scope": "environment"
        }
        """ % (N(v.uuid(), "uuid"), dom, S(v.jwt({"sub": "svc-postman", "aud": "api", "iat": v.iat()}), "jwt", check="jwt"),
               S(v.alnum(48), "oauth-client-secret"), N("postman-" + v.hexs(8), "public-client-id")))
    c.w(api + "insomnia/export.yaml", """
        _type: export
        __export_format: 4
        resources:
          - _id: req_%s
            _type: request
            name: Create shipment
            method: POST
            url: https://api.easypost.com/v2/shipments
            authentication:
              type: basic
              username: %s
              password: ""
          - _id: req_%s
            _type: request
            name: Search index stats
            url: https://search.%s/_stats
            authentication:
              type: bearer
              token: %s
          - _id: env_%s
            _type: environment
            name: Base Environment
            data:
              base_url: https://api.%s
              api_key: "%s"
              partner_secret: %s
        """ % (v.hexs(32), S("EZAK" + v.hexs(54), "easypost-api-key"), v.hexs(32), dom, S(v.alnum(40), "generic-api-key"),
               v.hexs(32), dom, N("{{ _.vault_api_key }}", "template-reference"), S(v.alnum(32), "generic-api-key")))
    c.w(api + "http/orders.http", """
        @host = https://api.%s
        @token = %s

        ### list orders
        GET {{host}}/v1/orders
        Authorization: Bearer {{token}}

        ### legacy basic auth
        GET https://legacy.%s/orders.xml
        Authorization: Basic %s

        ### webhook replay
        POST {{host}}/v1/webhooks/replay
        Content-Type: application/json
        X-Signature: %s

        {"id": "%s"}
        """ % (dom, S(v.alnum(40), "generic-api-key"), dom,
               S(base64.b64encode(("legacy:%s" % v.password("any")).encode()).decode(), "basic-auth-header", check="basic"),
               N("sha256=" + v.sha256(), "signature"), N(v.uuid(), "uuid")))
    c.w(api + "http/http-client.private.env.json", """
        {
          "prod": {
            "token": "%s",
            "password": "%s"
          },
          "staging": {
            "token": "%s",
            "password": "%s"
          }
        }
        """ % (S(v.alnum(40), "generic-api-key"), S(v.password("any"), "generic-password"),
               N("{{$dotenv STAGING_TOKEN}}", "template-reference"), N("changeme", "placeholder")))
    c.w(api + "httpie/sessions/api.%s/default.json" % dom, """
        {
            "__meta__": {
                "about": "HTTPie session file",
                "help": "https://httpie.io/docs#sessions",
                "httpie": "3.2.2"
            },
            "auth": {
                "password": null,
                "type": "basic",
                "raw_auth": "%s"
            },
            "cookies": [],
            "headers": [
                { "name": "X-Tenant", "value": "%s" }
            ]
        }
        """ % (S("%s:%s" % (u1, v.password("any")), "generic-password"), v.slug))
    access = v.alnum(43)
    c.w(api + "har/checkout-debug.har", """
        {
          "log": {
            "version": "1.2",
            "creator": { "name": "Firefox", "version": "127.0" },
            "entries": [
              {
                "startedDateTime": "2024-06-11T09:41:12.114Z",
                "request": {
                  "method": "POST",
                  "url": "https://auth.%s/oauth/token",
                  "headers": [
                    { "name": "Content-Type", "value": "application/x-www-form-urlencoded" }
                  ],
                  "postData": {
                    "mimeType": "application/x-www-form-urlencoded",
                    "text": "grant_type=password&username=%s%%40%s&password=%s&client_id=web"
                  }
                },
                "response": {
                  "status": 200,
                  "headers": [
                    { "name": "etag", "value": "W/\\"%s\\"" },
                    { "name": "x-request-id", "value": "%s" }
                  ],
                  "content": {
                    "mimeType": "application/json",
                    "text": "{\\"access_token\\":\\"%s\\",\\"token_type\\":\\"Bearer\\",\\"expires_in\\":3600}"
                  }
                }
              },
              {
                "startedDateTime": "2024-06-11T09:41:13.502Z",
                "request": {
                  "method": "GET",
                  "url": "https://api.%s/v1/cart",
                  "headers": [
                    { "name": "Authorization", "value": "Bearer %s" },
                    { "name": "x-api-key", "value": "%s" },
                    { "name": "If-None-Match", "value": "%s" }
                  ]
                },
                "response": { "status": 304, "headers": [], "content": { "size": 0 } }
              }
            ]
          }
        }
        """ % (dom, u1, dom, S(v.password("url"), "generic-password"), N(v.sha1()[:27], "hash-sha1"), N(v.uuid(), "uuid"),
               S(access, "oauth-access-token"), dom, S(v.alnum(43), "oauth-access-token"), S(v.alnum(32), "generic-api-key"),
               N('W/\\"%s\\"' % v.md5(), "hash-md5")))
