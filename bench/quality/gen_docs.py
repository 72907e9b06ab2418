"""Markdown documentation spread over the projects: READMEs, runbooks, API docs, changelogs."""

import gen_special as sp
from gen_core import ALNUM, DIGITS, b64, bad_crc_token, rbytes, rhex, rstr
from gen_tokens import PROVIDERS
from gen_values import EXAMPLE_PAIRS, password

PGP_HEADER = "-----BEGIN PGP PUBLIC KEY BLOCK-----"


def spec(cat):
    return [s for s in PROVIDERS if s.category == cat][0]


def pgp_public_block(r):
    body = b64(b"\x99\x01\x8d\x04" + rbytes(r, 390))
    lines = [PGP_HEADER, ""] + [body[i:i + 64] for i in range(0, len(body), 64)]
    lines += ["=" + b64(rbytes(r, 3)), "-----END PGP PUBLIC KEY BLOCK-----"]
    return lines


def build(ctx):
    r, d = ctx.rng, ctx.deck

    f = ctx.f("storefront", "README.md")
    f.add("# Storefront", "", "Django shop for the EU market.", "", "## Local setup", "", "```bash",
          "cp .env.example .env", "docker compose up -d db", "```", "", "Then set the following in `.env`:", "")
    f.neg("    STRIPE_SECRET_KEY=sk_live_...", "placeholder")
    f.neg("    SENDGRID_API_KEY=<your SendGrid key>", "placeholder")
    f.neg("    DATABASE_URL=postgres://storefront:${DB_PASSWORD}@localhost:5432/storefront", "templating")
    f.add("", "Call the API with a personal token:", "", "```bash")
    f.neg('curl -H "Authorization: Bearer $STOREFRONT_TOKEN" https://api.example.com/v2/orders', "env-reference")
    f.add("```", "", "Publishable keys are safe to ship in the frontend bundle, e.g.:", "")
    f.neg("    NEXT_PUBLIC_STRIPE_KEY=pk_live_%s" % rstr(r, ALNUM, 24), "publishable-key")
    f.write()

    f = ctx.f("platform", "docs/aws-access.md")
    f.add("# AWS access", "", "Never create long-lived IAM users. Use SSO instead:", "", "```bash",
          "aws sso login --profile prod-admin", "```", "",
          "If a tool insists on static keys, the format looks like this (AWS documentation example values):", "", "```ini",
          "[example]")
    f.neg(["aws_access_key_id = %s" % EXAMPLE_PAIRS[1][0], "aws_secret_access_key = %s" % EXAMPLE_PAIRS[1][1]],
          "documented-example")
    f.add("```", "", "Roles:", "")
    f.neg("- `arn:aws:iam::%s:role/ReadOnly`" % rstr(r, DIGITS, 12), "aws-arn")
    f.write()

    # runbook where someone pasted live credentials while debugging
    f = ctx.f("platform", "docs/runbooks/2024-03-orders-outage.md")
    f.add("# Incident 2024-03-14: orders API returning 502", "", "## Timeline", "",
          "- 09:12 alerts fired for `orders` p99 latency", "- 09:20 rolled back deploy " + "`%s`" % rhex(r, 12),
          "- 09:31 reproduced locally with the prod credentials:", "", "```bash")
    uri, cat = sp.conn_uri(r, "postgres")
    f.secret('psql "%s" -c "select count(*) from orders"' % uri, cat)
    s = spec("datadog-api-key").make(r)
    f.secret('curl -X GET "https://api.datadoghq.com/api/v1/validate" -H "DD-API-KEY: %s"' % s[0][1], "datadog-api-key")
    f.add("```", "", "- 10:05 root cause: connection pool exhausted after the pgbouncer upgrade", "",
          "## Follow-ups", "", "- [ ] rotate the credentials above (pasted here during the incident)")
    f.neg("- [x] commit %s adds pool metrics" % sp.git_sha(r), "git-sha")
    f.write()

    f = ctx.f("notification-service", "docs/API.md")
    f.add("# Notification API", "", "## Authentication", "", "Send the service token in the `Authorization` header:", "",
          "```http", "POST /v1/messages HTTP/1.1", "Host: notify.acme.internal")
    f.neg("Authorization: Bearer <token>", "placeholder")
    f.add("Content-Type: application/json", "```", "", "Webhook payloads are signed; verify with your endpoint secret:", "",
          "```js")
    f.neg("const secret = process.env.WEBHOOK_SECRET; // e.g. whsec_...", "env-reference")
    f.add("```", "", "## Example response", "", "```json", "{")
    f.neg('  "id": "%s",' % sp.uuid(r), "uuid")
    f.neg('  "trace_id": "%s",' % rhex(r, 32), "trace-id")
    f.add('  "status": "queued"', "}", "```", "", "Tokens that fail the checksum are rejected with 401, for example:", "")
    f.neg("    %s" % bad_crc_token(r, "ghp_"), "wrong-checksum")
    f.write()

    f = ctx.f("inventory-api", "CHANGELOG.md")
    f.add("# Changelog", "")
    for v in ("2.4.1", "2.4.0", "2.3.2"):
        f.add("## %s" % v, "")
        f.neg("- fix: reserve stock atomically (%s)" % sp.git_sha(r), "git-sha")
        f.neg("- chore: bump base image to `%s`" % sp.docker_digest(r), "docker-digest")
        f.add("")
    f.write()

    f = ctx.f("inventory-api", "SECURITY.md")
    f.add("# Security policy", "", "Report vulnerabilities to security@acme.com, encrypted with this key:", "")
    f.neg(pgp_public_block(r), "public-key")
    f.add("", "Fingerprint:")
    f.neg("    %s" % " ".join(rhex(r, 4).upper() for _ in range(10)), "key-fingerprint")
    f.write()

    f = ctx.f("billing-service", "docs/integrations.md")
    f.add("# Payment provider integration", "", "| Setting | Example | Where it lives |", "|---|---|---|")
    f.neg("| `billing.providers.stripe-secret-key` | `sk_live_xxxxxxxxxxxxxxxx` | Vault `secret/billing/stripe` |", "placeholder")
    f.neg("| `billing.providers.tax-api-key` | `${TAX_API_KEY}` | CI variable |", "templating")
    f.neg("| `billing.providers.webhook-secret` | `whsec_********` | Vault |", "placeholder")
    f.add("", "For local testing you can use the credentials from the shared sandbox account:", "")
    s = spec("twilio-api-key").make(r)
    f.secret(["    TWILIO_API_KEY=%s" % s[0][1], "    TWILIO_API_SECRET=%s" % s[1][1]], "twilio-api-key", at=1)
    f.add("", "(these are live sandbox credentials - please do not share outside the team)")
    f.write()

    f = ctx.f("platform", "docs/onboarding.md")
    f.add("# Onboarding", "", "1. Request access to the `platform` group.", "2. Set up MFA.",
          "3. Clone the repos and run `make bootstrap`.", "", "The wiki admin account for the first login:", "")
    f.secret("    user: wiki-admin / password: %s" % password(r), "generic-password")
    f.add("", "Change it on first login. Default Grafana credentials for the local stack:", "")
    f.neg("    admin / admin", "local-dev-default")
    f.write()
