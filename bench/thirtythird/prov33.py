"""Provider token shapes (from secrets-anchors.md, checksums computed where documented), key-ID + secret pairs,
public-by-design values, documented examples, placeholders, references, masks and hashes."""

import base64
import json

from core33 import (ALNUM, B32, B62, B64URL, HEX, LOWER_ALNUM, b64, b64url_nopad, bech32_encode, crc_tail,
                    jwt)

UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
AWS_SECRET = ALNUM + "/+"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def gh(prefix):
    def f(r):
        body = r.b62(30)
        return prefix + body + crc_tail(body)
    return f


def _pypi(r):
    ident = r.hex(32).encode()
    cav = json.dumps({"version": 1, "permissions": {"projects": [r.pick(["ops-tools", "ledger", "sync"])]}},
                     separators=(",", ":")).encode()
    raw = b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(cav)]) + cav + \
        b"\x00\x00\x06\x20" + r.raw(32)
    return "pypi-" + b64url_nopad(raw)


def _jfrog(r):
    return b64("reftkn:01:%d:%s" % (r.randrange(1900000000, 2100000000), r.alnum(27))).rstrip("=")


def _telegram(r):
    return "%d:AA%s" % (r.randrange(5000000000, 7999999999), r.s(B64URL, 33))


def _discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return "%s.%s.%s" % (b64url_nopad(uid), r.s(B64URL, 6), r.s(B64URL, 38))


def _age(r):
    return bech32_encode("age-secret-key-", list(r.raw(32))).upper()


def _ops(r):
    payload = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": r.b64bytes(16, urlsafe=True, pad=False)},
               "email": "%s@%s.1passwordserviceaccounts.eu" % (r.s(LOWER_ALNUM, 13), r.s(LOWER_ALNUM, 10)),
               "srpX": r.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": r.b64bytes(32, True, False),
                                          "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (r.s(UPPER_ALNUM, 6), r.s(UPPER_ALNUM, 6), r.s(UPPER_ALNUM, 5),
                                                       r.s(UPPER_ALNUM, 5), r.s(UPPER_ALNUM, 5), r.s(UPPER_ALNUM, 5)),
               "throttleSecret": {"seed": r.hex(64), "uuid": r.s(UPPER_ALNUM, 26)},
               "deviceUuid": r.s(LOWER_ALNUM, 26)}
    return "ops_" + b64url_nopad(json.dumps(payload, separators=(",", ":")))


def _mapbox_sk(r):
    return "sk." + b64url_nopad(json.dumps({"u": r.pick(["ops", "maps", "fieldteam"]) + r.hex(4),
                                             "a": r.s(LOWER_ALNUM, 25)}, separators=(",", ":"))) + "." + r.s(B64URL, 22)


def _sentry_org(r):
    payload = {"iat": r.randrange(1700000000, 1760000000) + 0.5, "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": r.pick(["ops", "field", "shopfront"]) + "-" + r.hex(4)}
    return "sntrys_" + b64url_nopad(json.dumps(payload, separators=(",", ":"))) + "_" + r.s(B64URL, 43)


def _glc(r):
    payload = {"o": str(r.randrange(100000, 999999)), "n": "stack-%d-hm-write" % r.randrange(100000, 999999),
               "k": r.alnum(24), "m": {"r": r.pick(["eu", "prod-us-east-0", "prod-ap-southeast-0"])}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":"))).rstrip("=")


def _bedrock(r):
    return "ABSK" + b64("BedrockAPIKey-%s-at-%d:%s" % (r.s(LOWER_ALNUM, 4), r.randrange(10 ** 11, 10 ** 12),
                                                      r.s(B64STD, 40)))


def _convex(r):
    adj = r.pick(["happy", "brave", "quiet", "rapid", "amber", "tidy"])
    noun = r.pick(["otter", "heron", "gecko", "lynx", "finch", "tapir"])
    return "prod:%s-%s-%d|%s" % (adj, noun, r.randrange(100, 999), "eyJ2MiI6I" + r.s(B64URL, 70))


def _storj(r):
    return "1" + r.s(B58, 8) + r.s(B58, 230)


# name -> (category, generator)
PROVIDERS = {
    "github-pat": ("github-classic-pat", gh("ghp_")),
    "github-oauth": ("github-oauth-token", gh("gho_")),
    "github-app": ("github-app-token", gh("ghs_")),
    "github-u2s": ("github-user-to-server-token", gh("ghu_")),
    "npm": ("npm-token", gh("npm_")),
    "github-fine": ("github-fine-grained-pat", lambda r: "github_pat_11" + r.s(UPPER_ALNUM, 20) + "_" +
                    r.s(ALNUM, 59)),
    "gitlab-pat": ("gitlab-pat", lambda r: "glpat-" + r.s(ALNUM + "_-", 20)),
    "gitlab-deploy": ("gitlab-deploy-token", lambda r: "gldt-" + r.s(ALNUM + "_-", 20)),
    "gitlab-trigger": ("gitlab-trigger-token", lambda r: "glptt-" + r.hex(40)),
    "gitlab-runner": ("gitlab-runner-token", lambda r: "glrt-" + r.s(ALNUM + "_-", 20)),
    "google-api": ("google-api-key", lambda r: "AIza" + r.s(ALNUM + "_-", 35)),
    "google-oauth-secret": ("google-oauth-client-secret", lambda r: "GOCSPX-" + r.s(ALNUM + "_-", 28)),
    "slack-bot": ("slack-bot-token", lambda r: "xoxb-%d-%d-%s" % (r.randrange(10 ** 10, 10 ** 12),
                                                                   r.randrange(10 ** 12, 10 ** 13), r.alnum(24))),
    "slack-webhook": ("slack-webhook", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        r.s(UPPER_ALNUM, 9), r.s(UPPER_ALNUM, 10), r.alnum(24))),
    "stripe-secret": ("stripe-secret-key", lambda r: "sk_live_51" + r.alnum(97)),
    "stripe-restricted": ("stripe-restricted-key", lambda r: "rk_live_51" + r.alnum(97)),
    "stripe-webhook": ("stripe-webhook-secret", lambda r: "whsec_" + r.alnum(32)),
    "sendgrid": ("sendgrid-api-key", lambda r: "SG." + r.s(B64URL, 22) + "." + r.s(B64URL, 43)),
    "mailgun": ("mailgun-api-key", lambda r: "key-" + r.hex(32)),
    "mailchimp": ("mailchimp-api-key", lambda r: r.hex(32) + "-us" + str(r.randrange(2, 21))),
    "pypi": ("pypi-token", _pypi),
    "rubygems": ("rubygems-api-key", lambda r: "rubygems_" + r.hex(48)),
    "nuget": ("nuget-api-key", lambda r: "oy2" + r.s(LOWER_ALNUM, 43)),
    "dockerhub": ("dockerhub-pat", lambda r: "dckr_pat_" + r.s(B64URL, 27)),
    "jfrog": ("jfrog-reference-token", _jfrog),
    "vault": ("vault-service-token", lambda r: "hvs.CAESI" + r.s(B64URL, 86)),
    "tfc": ("terraform-cloud-token", lambda r: r.alnum(14) + ".atlasv1." + r.alnum(67)),
    "doppler": ("doppler-service-token", lambda r: "dp.st.prd." + r.alnum(43)),
    "pulumi": ("pulumi-token", lambda r: "pul-" + r.hex(40)),
    "databricks": ("databricks-pat", lambda r: "dapi" + r.hex(32)),
    "digitalocean": ("digitalocean-pat", lambda r: "dop_v1_" + r.hex(64)),
    "heroku": ("heroku-api-key", lambda r: "HRKU-AA" + r.s(B64URL, 58)),
    "vercel": ("vercel-token", lambda r: "vcp_" + r.alnum(56)),
    "supabase": ("supabase-management-token", lambda r: "sbp_" + r.hex(40)),
    "supabase-secret": ("supabase-secret-key", lambda r: "sb_secret_" + r.s(ALNUM + "_-", 31)),
    "cloudflare": ("cloudflare-api-token", lambda r: "cfut_" + r.alnum(40) + r.hex(8)),
    "cloudflare-ca": ("cloudflare-origin-ca-key", lambda r: "v1.0-" + r.hex(24) + "-" + r.hex(146)),
    "shopify": ("shopify-admin-token", lambda r: "shpat_" + r.hex(32)),
    "square": ("square-access-token", lambda r: "EAAA" + r.s(B64URL, 60)),
    "braintree": ("braintree-access-token", lambda r: "access_token$production$%s$%s" % (r.s(LOWER_ALNUM, 16),
                                                                                        r.hex(32))),
    "openai": ("openai-api-key", lambda r: "sk-proj-" + r.s(B64URL, 64) + "T3BlbkFJ" + r.s(B64URL, 64)),
    "anthropic": ("anthropic-api-key", lambda r: "sk-ant-api03-" + r.s(B64URL, 93) + "AA"),
    "huggingface": ("huggingface-token", lambda r: "hf_" + r.s(LETTERS, 34)),
    "groq": ("groq-api-key", lambda r: "gsk_" + r.alnum(52)),
    "replicate": ("replicate-token", lambda r: "r8_" + r.alnum(37)),
    "openrouter": ("openrouter-key", lambda r: "sk-or-v1-" + r.hex(64)),
    "perplexity": ("perplexity-key", lambda r: "pplx-" + r.alnum(48)),
    "xai": ("xai-key", lambda r: "xai-" + r.alnum(80)),
    "langsmith": ("langsmith-key", lambda r: "lsv2_pt_" + r.hex(32) + "_" + r.hex(10)),
    "atlassian": ("atlassian-api-token", lambda r: "ATATT3xFfGF0" + r.s(B64URL, 170) + "=" +
                  r.s("0123456789ABCDEF", 8)),
    "linear": ("linear-api-key", lambda r: "lin_api_" + r.alnum(40)),
    "notion": ("notion-token", lambda r: "ntn_" + r.alnum(46)),
    "figma": ("figma-token", lambda r: "figd_" + r.s(B64URL, 40)),
    "postman": ("postman-api-key", lambda r: "PMAK-" + r.hex(24) + "-" + r.hex(34)),
    "grafana-sa": ("grafana-service-account-token", lambda r: "glsa_" + r.alnum(32) + "_" + r.hex(8)),
    "grafana-cloud": ("grafana-cloud-token", _glc),
    "sentry-user": ("sentry-user-token", lambda r: "sntryu_" + r.hex(64)),
    "sentry-org": ("sentry-org-token", _sentry_org),
    "newrelic": ("newrelic-user-key", lambda r: "NRAK-" + r.s(UPPER_ALNUM, 27)),
    "dynatrace": ("dynatrace-token", lambda r: "dt0c01." + r.s(UPPER_ALNUM, 24) + "." + r.s(UPPER_ALNUM, 64)),
    "okta": ("okta-api-token", lambda r: "00" + r.s(ALNUM + "_-", 40)),
    "telegram": ("telegram-bot-token", _telegram),
    "discord": ("discord-bot-token", _discord),
    "discord-webhook": ("discord-webhook", lambda r: "https://discord.com/api/webhooks/%d/%s" % (
        r.randrange(10 ** 17, 2 * 10 ** 18), r.s(B64URL, 68))),
    "age": ("age-secret-key", _age),
    "1password": ("1password-service-account-token", _ops),
    "circleci": ("circleci-token", lambda r: "CCIPAT_" + r.alnum(22) + "_" + r.hex(40)),
    "buildkite": ("buildkite-token", lambda r: "bkua_" + r.hex(40)),
    "swarm": ("docker-swarm-join-token", lambda r: "SWMTKN-1-" + r.s(LOWER_ALNUM, 50) + "-" + r.s(LOWER_ALNUM, 25)),
    "render": ("render-api-key", lambda r: "rnd_" + r.alnum(32)),
    "planetscale": ("planetscale-token", lambda r: "pscale_tkn_" + r.s(ALNUM + "_-", 43)),
    "prefect": ("prefect-api-key", lambda r: "pnu_" + r.alnum(36)),
    "octopus": ("octopus-api-key", lambda r: "API-" + r.s(UPPER_ALNUM, 26)),
    "infracost": ("infracost-api-key", lambda r: "ico-" + r.alnum(32)),
    "mapbox-secret": ("mapbox-secret-token", _mapbox_sk),
    "bedrock": ("aws-bedrock-api-key", _bedrock),
    "azure-storage": ("azure-storage-key", lambda r: r.b64bytes(64)),
    "entra": ("entra-client-secret", lambda r: r.alnum(3) + str(r.randrange(10)) + "Q~" +
              r.s(ALNUM + "_~.-", 34)),
    "azure-devops": ("azure-devops-pat", lambda r: r.s("abcdefghijklmnopqrstuvwxyz234567", 52)),
    # shapes from memory for the new kinds (see README limitations)
    "xata": ("xata-api-key", lambda r: "xau_" + r.alnum(32)),
    "fauna": ("fauna-secret", lambda r: "fnAF" + r.s(ALNUM + "_-", 36)),
    "convex": ("convex-deploy-key", _convex),
    "storj": ("storj-access-grant", _storj),
    "mailersend": ("mailersend-api-key", lambda r: "mlsn." + r.hex(64)),
    "pushbullet": ("pushbullet-token", lambda r: "o." + r.alnum(32)),
    "africastalking": ("africastalking-api-key", lambda r: "atsk_" + r.hex(64)),
}

# token kinds that read well when pasted in a conversation
CHAT_TOKENS = ["github-pat", "github-oauth", "npm", "github-fine", "gitlab-pat", "gitlab-deploy", "google-api",
               "slack-bot", "slack-webhook", "stripe-secret", "stripe-restricted", "sendgrid", "mailgun",
               "mailchimp", "pypi", "rubygems", "nuget", "dockerhub", "vault", "doppler", "pulumi",
               "databricks", "digitalocean", "heroku", "vercel", "supabase", "cloudflare", "shopify", "square",
               "openai", "anthropic", "huggingface", "groq", "replicate", "openrouter", "linear", "notion",
               "figma", "postman", "grafana-sa", "sentry-user", "newrelic", "dynatrace", "okta", "telegram",
               "discord-webhook", "age", "circleci", "buildkite", "render", "planetscale", "prefect", "octopus",
               "infracost", "mapbox-secret", "perplexity", "langsmith", "xai", "atlassian", "tfc", "jfrog",
               "1password", "bedrock", "entra", "sentry-org", "grafana-cloud", "discord", "swarm", "braintree",
               "cloudflare-ca", "gitlab-trigger", "github-app", "github-u2s", "gitlab-runner", "azure-storage"]

PROVIDER_NAMES = {
    "github-pat": "GitHub", "github-oauth": "GitHub", "github-app": "GitHub", "github-u2s": "GitHub",
    "npm": "npm", "github-fine": "GitHub", "gitlab-pat": "GitLab", "gitlab-deploy": "GitLab",
    "gitlab-trigger": "GitLab", "gitlab-runner": "GitLab", "google-api": "Google Maps",
    "slack-bot": "Slack", "slack-webhook": "Slack", "stripe-secret": "Stripe", "stripe-restricted": "Stripe",
    "sendgrid": "SendGrid", "mailgun": "Mailgun", "mailchimp": "Mailchimp", "pypi": "PyPI",
    "rubygems": "RubyGems", "nuget": "NuGet", "dockerhub": "Docker Hub", "vault": "Vault", "doppler": "Doppler",
    "pulumi": "Pulumi", "databricks": "Databricks", "digitalocean": "DigitalOcean", "heroku": "Heroku",
    "vercel": "Vercel", "supabase": "Supabase", "cloudflare": "Cloudflare", "shopify": "Shopify",
    "square": "Square", "openai": "OpenAI", "anthropic": "Anthropic", "huggingface": "Hugging Face",
    "groq": "Groq", "replicate": "Replicate", "openrouter": "OpenRouter", "linear": "Linear",
    "notion": "Notion", "figma": "Figma", "postman": "Postman", "grafana-sa": "Grafana",
    "sentry-user": "Sentry", "newrelic": "New Relic", "dynatrace": "Dynatrace", "okta": "Okta",
    "telegram": "Telegram", "discord-webhook": "Discord", "age": "age", "circleci": "CircleCI",
    "buildkite": "Buildkite", "render": "Render", "planetscale": "PlanetScale", "prefect": "Prefect",
    "octopus": "Octopus Deploy", "infracost": "Infracost", "mapbox-secret": "Mapbox",
    "perplexity": "Perplexity", "langsmith": "LangSmith", "xai": "xAI", "atlassian": "Atlassian",
    "tfc": "Terraform Cloud", "jfrog": "Artifactory", "1password": "1Password", "bedrock": "Bedrock",
    "entra": "Entra ID", "sentry-org": "Sentry", "grafana-cloud": "Grafana Cloud", "discord": "Discord",
    "swarm": "Docker Swarm", "braintree": "Braintree", "cloudflare-ca": "Cloudflare", "github-app": "GitHub",
    "azure-storage": "Azure Storage",
}


def token(r, name):
    cat, fn = PROVIDERS[name]
    return fn(r), cat


# ---------------------------------------------------------------- pairs: (id, secret, category)
def pair(r, name):
    if name == "aws":
        return "AKIA" + r.s(B32, 16), r.s(AWS_SECRET, 40), "aws-access-key-pair"
    if name == "gcs-hmac":
        return "GOOG1E" + r.s(UPPER_ALNUM, 55), r.s(AWS_SECRET, 40), "gcs-hmac-pair"
    if name == "alibaba":
        return "LTAI5t" + r.alnum(18), r.alnum(30), "alibaba-access-key-pair"
    if name == "tencent":
        return "AKID" + r.alnum(32), r.alnum(32), "tencent-secret-pair"
    if name == "twilio":
        return "SK" + r.hex(32), r.alnum(32), "twilio-api-key-pair"
    if name == "b2":
        return "005" + r.hex(22), "K005" + r.s(ALNUM + "/+", 27), "backblaze-b2-pair"
    if name == "datadog":
        return r.hex(32), r.hex(40), "datadog-api-app-pair"
    if name == "s3":
        return r.s(UPPER_ALNUM, 20), r.s(AWS_SECRET, 40), "s3-compatible-pair"
    if name == "storj-gw":
        return "j" + r.s(LOWER_ALNUM, 27), "j" + r.s(LOWER_ALNUM, 52), "storj-gateway-pair"
    if name == "worldline":
        return r.s("0123456789ABCDEF", 20), r.b64bytes(33), "worldline-api-key-pair"
    if name == "etsy":
        return r.s(LOWER_ALNUM, 24), r.s(LOWER_ALNUM, 10), "etsy-keystring-pair"
    raise KeyError(name)


PAIR_NAMES = ["aws", "gcs-hmac", "alibaba", "tencent", "twilio", "b2", "datadog", "s3"]

# ---------------------------------------------------------------- public by design (negatives)
def public_value(r, name):
    if name == "stripe-pk":
        return "pk_live_51" + r.alnum(97), "stripe-publishable-key"
    if name == "mapbox-pk":
        return "pk." + b64url_nopad(json.dumps({"u": "maps" + r.hex(4), "a": r.s(LOWER_ALNUM, 25)},
                                               separators=(",", ":"))) + "." + r.s(B64URL, 22), "mapbox-public-token"
    if name == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), r.s(LOWER_ALNUM, 32)), \
            "google-oauth-client-id"
    if name == "twilio-sid":
        return "AC" + r.hex(32), "twilio-account-sid"
    if name == "posthog":
        return "phc_" + r.alnum(43), "posthog-project-key"
    if name == "sentry-dsn":
        return "https://%s@o%d.ingest.de.sentry.io/%d" % (r.hex(32), r.randrange(100000, 999999),
                                                          r.randrange(1000000, 9999999)), "sentry-dsn"
    if name == "supabase-pub":
        return "sb_publishable_" + r.s(ALNUM + "_-", 31), "supabase-publishable-key"
    if name == "recaptcha-site":
        return "6L" + r.s(ALNUM + "_-", 38), "recaptcha-site-key"
    raise KeyError(name)


PUBLIC_NAMES = ["stripe-pk", "mapbox-pk", "google-client-id", "twilio-sid", "posthog", "sentry-dsn",
                "supabase-pub", "recaptcha-site"]

# ---------------------------------------------------------------- documented examples (negatives, with cite)
DOC_EXAMPLES = {
    "aws-id": ("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id", "AWS IAM documentation example access key ID"),
    "aws-secret": ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example-secret",
                   "AWS IAM documentation example secret access key"),
    "jwt-io": ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
               "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt-io-example",
               "jwt.io debugger default token"),
    "azurite": ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                "azurite-well-known-key", "Azurite emulator well-known account key (Microsoft docs)"),
    "stripe-test": ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-docs-test-key",
                    "Stripe API reference sample test key"),
    "turnstile": ("1x0000000000000000000000000000000AA", "turnstile-test-secret",
                  "Cloudflare Turnstile testing secret key (always passes)"),
    "recaptcha": ("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "recaptcha-test-secret",
                  "Google reCAPTCHA v2 FAQ test secret key"),
    "rfc8032": ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "rfc8032-test-secret",
                "RFC 8032 section 7.1 TEST 1 secret key"),
    "slack-example": ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                      "slack-docs-example-webhook", "Slack incoming-webhooks documentation example URL"),
    "homebridge-pin": ("031-45-154", "homebridge-default-pin", "Homebridge default HomeKit setup code"),
}


def doc_example(name):
    v, cat, cite = DOC_EXAMPLES[name]
    return v, cat, cite


# ---------------------------------------------------------------- placeholders, references, masks
PLACEHOLDERS = ["changeme", "<password>", "YOUR_API_KEY", "REPLACE_ME", "<secret key>", "xxxxxxxxxxxxxxxx",
                "TODO-set-in-vault", "<insert token here>", "your-password-here", "CHANGE_ME_BEFORE_DEPLOY",
                "<redacted>", "dummy", "example-secret", "${PASSWORD}", "<generate with: openssl rand -hex 32>"]


def masked(r, value):
    style = r.randrange(4)
    if style == 0 and len(value) > 12:
        return value[:4] + "…" + value[-4:]
    if style == 1 and len(value) > 10:
        return value[:7] + "*" * 12
    if style == 2:
        return "*" * r.randrange(8, 13)
    return value[:3] + "…REDACTED"


BCRYPT_ALPHA = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt(r, variant="2b", cost=12):
    return "$%s$%02d$%s" % (variant, cost, r.s(BCRYPT_ALPHA, 53))


def sha512crypt(r):
    return "$6$%s$%s" % (r.s(BCRYPT_ALPHA, 16), r.s(BCRYPT_ALPHA, 86))


def sha256crypt(r):
    return "$5$%s$%s" % (r.s(BCRYPT_ALPHA, 16), r.s(BCRYPT_ALPHA, 43))


def md5crypt(r):
    return "$1$%s$%s" % (r.s(BCRYPT_ALPHA, 8), r.s(BCRYPT_ALPHA, 22))


def argon2id(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (r.b64bytes(16, pad=False), r.b64bytes(32, pad=False))


def mysql_hash(r):
    return "*" + r.s("0123456789ABCDEF", 40)


def pg_md5(r):
    return "md5" + r.hex(32)


def scram(r):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (r.b64bytes(16), r.b64bytes(32), r.b64bytes(32))


def image_digest(r):
    return "sha256:" + r.hex(64)


def npm_integrity(r):
    return "sha512-" + r.b64bytes(64)
