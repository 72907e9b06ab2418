"""wiki/: internal wiki pages (Markdown, reStructuredText, a Confluence HTML export)."""
import json

from hrand import ALNUM, HEX, b64url_nopad


def build(x):
    r, t, n = x.r, x.t, x.n
    co = r.choice(["acme", "globex", "initech", "hooli"])

    # ---------------------------------------------------------------- onboarding with a creds table
    f = x.c.file("wiki/Onboarding.md")
    p1 = f.S(r.password("words"), "generic-password")
    p2 = f.S(r.password("human"), "generic-password")
    p3 = f.S(r.password("strong").replace("|", "!"), "generic-password")
    ref = f.N('see 1Password item "Grafana admin"', "secret-store-ref")
    stg = f.S(x.urlpw(), "connection-string")
    f.write('''# Onboarding

Welcome to the platform team! Ask in #platform-help if anything here is out of date.

## Shared accounts

| Service | URL | User | Password |
|---|---|---|---|
| Staging admin panel | https://admin.staging.%s.com | `ops` | `%s` |
| Jenkins (legacy) | https://jenkins.%s.internal | `admin` | `%s` |
| Wi-Fi "%s-guest" | - | - | `%s` |
| Grafana | https://grafana.%s.internal | `admin` | %s |

## Local setup

```bash
brew install kubectl helm terraform
export STAGING_DB_URL="postgres://readonly:%s@db-staging.%s.internal:5432/app"
psql "$STAGING_DB_URL" -c 'select 1'
```
''' % (co, p1, co, p2, co.upper(), p3, co, ref, stg, co))

    # ---------------------------------------------------------------- key-rotation runbook (doc examples)
    f = x.c.file("wiki/runbooks/rotate-aws-keys.md")
    ei = f.N(*n.aws_example_id())
    es = f.N(*n.aws_example_secret())
    mk = f.N("AKIA" + "*" * 12 + r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 4), "redacted")
    gm = f.N(*n.masked("ghp_"))
    f.write('''# Rotating AWS access keys

1. Create the new key: `aws iam create-access-key --user-name ci-deployer`
2. The output looks like this (values from the AWS docs, not ours):

```json
{
  "AccessKey": {
    "UserName": "ci-deployer",
    "AccessKeyId": "%s",
    "Status": "Active",
    "SecretAccessKey": "%s"
  }
}
```

3. Update the `AWS_SECRET_ACCESS_KEY` secret in GitHub and GitLab (never paste it here).
4. Deactivate the old key (`%s` in the console listing) after 24 h.

GitHub tokens show up masked in the audit log, e.g. `%s`; that is expected.
''' % (ei, es, mk, gm))

    f = x.c.file("wiki/runbooks/db-failover.md")
    fp = f.S(r.password("strong").replace("'", "").replace('"', ""), "generic-password")
    pgp = f.S(x.urlpw(), "generic-password")
    f.write('''# Postgres failover

If the primary is gone for more than 5 minutes:

```sh
ssh db02.%s.internal
sudo -u postgres psql "host=localhost user=postgres password=%s" -c "select pg_promote();"
```

Then point pgbouncer at the new primary:

```sh
PGPASSWORD=%s psql -h pgbouncer.%s.internal -p 6432 -U pgbouncer pgbouncer -c "RELOAD;"
```
''' % (co, fp, pgp, co))

    # ---------------------------------------------------------------- public API docs
    f = x.c.file("wiki/api/authentication.md")
    b1 = f.N("Authorization: Bearer <access_token>", "template-ref")
    exj = t.jwt({"sub": "1234567890", "name": "Jane Example", "iat": 1516239022, "exp": 1516242622,
                 "iss": "https://auth.example.com"})
    f.N(exj, "doc-example")
    hm = f.N("X-Signature: sha256=" + r.hex(64), "hash")
    fmt = f.N("`ak_live_` followed by 32 characters", "doc-example")
    exk = f.N("ak_test_" + "0123456789abcdef" * 2, "doc-example")
    f.write('''# Authenticating to the public API

All requests need an access token:

```http
GET /v2/orders HTTP/1.1
Host: api.example.com
%s
```

Tokens are JWTs. A decoded example (expired, from our test issuer):

```
%s
```

Server-side integrations use API keys instead. Live keys start with %s;
test keys look like `%s` and only work against the sandbox.

Webhooks are signed; verify the header against the raw body:

```
%s
```
''' % (b1, exj, fmt, exk, hm))

    # ---------------------------------------------------------------- password policy
    f = x.c.file("wiki/security/password-policy.md")
    pols = [
        "- Passwords must be at least 14 characters long.",
        "- A password may not contain the username or the company name.",
        "- Service account passwords rotate every 90 days; API tokens every 180 days.",
        "- Use `openssl rand -base64 32` to generate application secrets.",
        "| password_min_length | 14 |",
        "| password_history | 12 |",
    ]
    for p in pols:
        f.N(p, "password-policy")
    f.write("# Password and secret policy\n\n%s\n%s\n%s\n%s\n\n| setting | value |\n|---|---|\n%s\n%s\n| lockout_threshold | 10 |\n" % tuple(pols))

    # ---------------------------------------------------------------- postmortem with pasted artifacts
    f = x.c.file("wiki/postmortems/2024-03-11-webhook-outage.md")
    xp = f.S(*t.slack_user())
    tr = f.N(*n.trace_id())
    cs = f.S(x.urlpw(), "connection-string")
    f.write('''# 2024-03-11 webhook delivery outage

## Timeline

- 09:12 deploy of `webhook-relay` v2.8.0
- 09:15 error rate alert (trace `%s`)
- 09:40 rollback

## What went wrong

The relay crashed on start-up. From the pod log:

```
panic: dial tcp: lookup db-webhooks: no such host
connecting with amqp://relay:%s@rabbitmq.%s.internal:5672/webhooks
```

While debugging, a personal Slack token was pasted in #incident-webhooks:
`%s` (owner: on-call). Follow-up: check whether it was revoked.
''' % (tr, cs, co, xp))

    # ---------------------------------------------------------------- Confluence export (HTML table)
    f = x.c.file("wiki/confluence-export/Vendor-Accounts_98304.html")
    mc = f.S(*t.mailchimp())
    sg = f.S(*t.sendgrid())
    acsid, atok = t.twilio_account()
    sidn = f.N(acsid, "identifier")
    at = f.S(atok, "twilio-key")
    mg = f.S(*t.mailgun())
    f.write('''<html><head><title>Vendor Accounts</title></head>
<body>
<h1>Vendor Accounts</h1>
<p>Owner: Marketing Ops. Last updated by a former employee.</p>
<table class="confluenceTable">
<tr><th>Vendor</th><th>Account</th><th>Key</th></tr>
<tr><td>Mailchimp</td><td>marketing@%s.com</td><td>%s</td></tr>
<tr><td>SendGrid</td><td>transactional</td><td>%s</td></tr>
<tr><td>Twilio</td><td>Account SID</td><td>%s</td></tr>
<tr><td>Twilio</td><td>Auth token</td><td>%s</td></tr>
<tr><td>Mailgun</td><td>mg.%s.com</td><td>%s</td></tr>
</table>
</body></html>
''' % (co, mc, sg, sidn, at, co, mg))

    # ---------------------------------------------------------------- release signing: public material
    f = x.c.file("wiki/tools/release-signing.md")
    rk = x.k.rsa(2048)
    pgp = f.N(__import__("keys").pgp_public_block(rk, "%s Release Signing <release@%s.com>" % (co.capitalize(), co)), "public-key")
    cos = f.N(x.k.ec().public_pem(), "public-key")
    fpr = f.N(r.s(HEX.upper(), 40), "identifier")
    f.write('''# Release signing

Release artifacts are signed with the key below (fingerprint `%s`).

```
%s
```

Container images are signed with cosign. Verify with:

```
cosign verify --key cosign.pub registry.%s.com/app:1.2.3
```

`cosign.pub`:

```
%s
```
''' % (fpr, pgp, co, cos))

    f = x.c.file("wiki/tools/internal-ca.md")
    ck = x.k.rsa(2048)
    cert = f.N(ck.self_signed_cert(r, "%s Internal Root CA" % co.capitalize(), org=co.capitalize()), "public-key")
    f.write("# Internal CA\n\nInstall this root certificate on laptops (`sudo security add-trusted-cert ...`).\n\n```\n%s\n```\n" % cert)

    # ---------------------------------------------------------------- rst page
    f = x.c.file("wiki/rst/deploy-legacy.rst")
    dep = f.S(r.password("words"), "generic-password")
    plc = f.N("password = <ask the DBA team>", "template-ref")
    f.write('''Deploying the legacy billing app
================================

Edit ``/etc/billing/db.ini`` on the app servers:

.. code-block:: ini

   [database]
   host = billing-db.%s.internal
   user = billing
   %s

For the one-off migration we used the deploy account:

.. code-block:: console

   $ billing-migrate --user deploy --password '%s' --target prod
''' % (co, plc, dep))

    # ---------------------------------------------------------------- page with embedded images
    f = x.c.file("wiki/architecture/overview.md")
    d1 = f.N(*n.data_uri())
    d2 = f.N(*n.data_uri())
    f.write("# Architecture overview\n\n![context diagram](%s)\n\nThe ingest tier is stateless.\n\n![deployment](%s)\n" % (d1, d2))

    # ---------------------------------------------------------------- a wiki page listing API keys of a partner integration
    f = x.c.file("wiki/integrations/partner-sftp-and-api.md")
    ppk = f.S(r.b62(40), "generic-api-key")
    spw = f.S(r.password("strong").replace("`", ""), "generic-password")
    sh = f.N("SHA256:" + r.b64(32, pad=False), "hash")
    f.write('''# Partner integration (LogiTrans)

* SFTP host: `sftp.logitrans.example` (host key `%s`)
* SFTP user: `%s_upload` / password: `%s`
* REST API key (prod): `%s`

Contact: integrations@logitrans.example
''' % (sh, co, spw, ppk))
