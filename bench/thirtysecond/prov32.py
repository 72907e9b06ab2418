"""Provider token shapes (from secrets-anchors.md), pairs, public-by-design values, documented examples,
masking, placeholders, references."""
import base64
import json
import string

from core32 import (ALNUM, B64, B64URL, BASE32, HEX, LOWER_ALNUM, UPPER_ALNUM, b64, b64u, bech32_encode,
                    crc_token, jwt, rhex, rstr, uuid4)


def _macaroon(r):
    ident = json.dumps({"version": 1, "permissions": "user"}, separators=(",", ":")).encode()
    body = (b"\x02\x01\x08pypi.org\x02\x01" + bytes([32]) + bytes(r.getrandbits(8) for _ in range(32))
            + b"\x00\x02\x06" + bytes([len(ident)]) + ident + b"\x00\x00\x06\x20"
            + bytes(r.getrandbits(8) for _ in range(32)))
    return "pypi-" + b64u(body)


def _jfrog(r):
    return b64(("reftkn:01:%d:%s" % (1780000000 + r.randrange(10 ** 8), rstr(r, 27))).encode()).rstrip("=")


def _discord(r):
    snow = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return b64u(snow.encode()) + "." + rstr(r, 6, B64URL) + "." + rstr(r, 38, B64URL)


def _ops(r):
    payload = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": rstr(r, 22, B64URL)}, "email": rstr(r, 13, "abcdefghijklmnopqrstuvwxyz")
               + "@1passwordserviceaccounts.eu", "srpX": rhex(r, 64), "muk": {"alg": "A256GCM", "ext": True,
               "k": rstr(r, 43, B64URL), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
               "secretKey": "A3-" + rstr(r, 6, UPPER_ALNUM) + "-" + rstr(r, 6, UPPER_ALNUM), "throttleSecret": {
               "seed": rhex(r, 64), "uuid": rstr(r, 26, UPPER_ALNUM)}, "deviceUuid": rstr(r, 26, "abcdefghijklmnopqrstuvwxyz234567")}
    return "ops_" + b64u(json.dumps(payload, separators=(",", ":")).encode())


def _age(r):
    return bech32_encode("age-secret-key-", bytes(r.getrandbits(8) for _ in range(32))).upper()


def _sentry_org(r):
    payload = {"iat": 1740000000 + r.randrange(10 ** 7), "url": "https://sentry.io", "region_url": "https://de.sentry.io",
               "org": rstr(r, 8, "abcdefghijklmnopqrstuvwxyz")}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + rstr(r, 43, ALNUM)


def _glc(r):
    payload = {"o": str(r.randrange(10 ** 5, 10 ** 6)), "n": "stack-" + str(r.randrange(10 ** 5, 10 ** 6)) + "-alloy",
               "k": rstr(r, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


# name -> (category, generator, env-variable name used in configs)
TOKENS = {
    "github": ("github-pat", lambda r: crc_token(r, "ghp_"), "GITHUB_TOKEN"),
    "github-oauth": ("github-oauth-token", lambda r: crc_token(r, "gho_"), "GH_OAUTH_TOKEN"),
    "github-app": ("github-app-token", lambda r: crc_token(r, "ghs_"), "GH_APP_TOKEN"),
    "github-fine": ("github-fine-grained-pat", lambda r: "github_pat_" + rstr(r, 22, UPPER_ALNUM + "0123456789") + "_" + rstr(r, 59, ALNUM + "_"), "GH_PAT"),
    "npm": ("npm-token", lambda r: crc_token(r, "npm_"), "NPM_TOKEN"),
    "gitlab": ("gitlab-pat", lambda r: "glpat-" + rstr(r, 20, ALNUM + "_-"), "GITLAB_TOKEN"),
    "gitlab-deploy": ("gitlab-deploy-token", lambda r: "gldt-" + rstr(r, 20, ALNUM + "_-"), "GITLAB_DEPLOY_TOKEN"),
    "gitlab-trigger": ("gitlab-trigger-token", lambda r: "glptt-" + rhex(r, 40), "GITLAB_TRIGGER_TOKEN"),
    "google": ("google-api-key", lambda r: "AIza" + rstr(r, 35, ALNUM + "_-"), "GOOGLE_API_KEY"),
    "google-oauth": ("google-oauth-secret", lambda r: "GOCSPX-" + rstr(r, 28, ALNUM + "_-"), "GOOGLE_CLIENT_SECRET"),
    "slack": ("slack-bot-token", lambda r: "xoxb-%d-%d-%s" % (r.randrange(10 ** 10, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), rstr(r, 24)), "SLACK_BOT_TOKEN"),
    "slack-webhook": ("slack-webhook", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(r, 10, UPPER_ALNUM), rstr(r, 10, UPPER_ALNUM), rstr(r, 24)), "SLACK_WEBHOOK_URL"),
    "stripe": ("stripe-secret-key", lambda r: "sk_live_51" + rstr(r, 97), "STRIPE_SECRET_KEY"),
    "stripe-restricted": ("stripe-restricted-key", lambda r: "rk_live_51" + rstr(r, 97), "STRIPE_RESTRICTED_KEY"),
    "stripe-webhook": ("stripe-webhook-secret", lambda r: "whsec_" + rstr(r, 32), "STRIPE_WEBHOOK_SECRET"),
    "sendgrid": ("sendgrid-api-key", lambda r: "SG." + rstr(r, 22, ALNUM + "_-") + "." + rstr(r, 43, ALNUM + "_-"), "SENDGRID_API_KEY"),
    "mailgun": ("mailgun-api-key", lambda r: "key-" + rhex(r, 32), "MAILGUN_API_KEY"),
    "mailchimp": ("mailchimp-api-key", lambda r: rhex(r, 32) + "-us" + str(r.randrange(1, 22)), "MAILCHIMP_API_KEY"),
    "pypi": ("pypi-token", _macaroon, "PYPI_TOKEN"),
    "rubygems": ("rubygems-api-key", lambda r: "rubygems_" + rhex(r, 48), "GEM_HOST_API_KEY"),
    "nuget": ("nuget-api-key", lambda r: "oy2" + rstr(r, 43, LOWER_ALNUM), "NUGET_API_KEY"),
    "dockerhub": ("dockerhub-pat", lambda r: "dckr_pat_" + rstr(r, 27, ALNUM + "_-"), "DOCKERHUB_TOKEN"),
    "jfrog": ("jfrog-reference-token", _jfrog, "JFROG_ACCESS_TOKEN"),
    "vault": ("vault-token", lambda r: "hvs." + rstr(r, 91, ALNUM + "_-"), "VAULT_TOKEN"),
    "terraform": ("terraform-cloud-token", lambda r: rstr(r, 14) + ".atlasv1." + rstr(r, 67), "TFE_TOKEN"),
    "doppler": ("doppler-token", lambda r: "dp.st.prd." + rstr(r, 43), "DOPPLER_TOKEN"),
    "pulumi": ("pulumi-token", lambda r: "pul-" + rhex(r, 40), "PULUMI_ACCESS_TOKEN"),
    "databricks": ("databricks-token", lambda r: "dapi" + rhex(r, 32), "DATABRICKS_TOKEN"),
    "digitalocean": ("digitalocean-token", lambda r: "dop_v1_" + rhex(r, 64), "DIGITALOCEAN_TOKEN"),
    "heroku": ("heroku-api-key", lambda r: "HRKU-AA" + rstr(r, 58, ALNUM + "_-"), "HEROKU_API_KEY"),
    "vercel": ("vercel-token", lambda r: "vcp_" + rstr(r, 56), "VERCEL_TOKEN"),
    "supabase": ("supabase-token", lambda r: "sbp_" + rhex(r, 40), "SUPABASE_ACCESS_TOKEN"),
    "supabase-secret": ("supabase-secret-key", lambda r: "sb_secret_" + rstr(r, 31, ALNUM + "_-"), "SUPABASE_SECRET_KEY"),
    "cloudflare-ca": ("cloudflare-origin-ca-key", lambda r: "v1.0-" + rhex(r, 24) + "-" + rhex(r, 146), "CF_ORIGIN_CA_KEY"),
    "shopify": ("shopify-access-token", lambda r: "shpat_" + rhex(r, 32), "SHOPIFY_ACCESS_TOKEN"),
    "square": ("square-access-token", lambda r: "EAAA" + rstr(r, 60, ALNUM + "_-"), "SQUARE_ACCESS_TOKEN"),
    "braintree": ("braintree-access-token", lambda r: "access_token$production$%s$%s" % (rstr(r, 16, LOWER_ALNUM), rhex(r, 32)), "BRAINTREE_ACCESS_TOKEN"),
    "openai": ("openai-api-key", lambda r: "sk-proj-" + rstr(r, 74, ALNUM + "_-") + "T3BlbkFJ" + rstr(r, 74, ALNUM + "_-"), "OPENAI_API_KEY"),
    "anthropic": ("anthropic-api-key", lambda r: "sk-ant-api03-" + rstr(r, 93, ALNUM + "_-") + "AA", "ANTHROPIC_API_KEY"),
    "huggingface": ("huggingface-token", lambda r: "hf_" + rstr(r, 34, string.ascii_letters), "HF_TOKEN"),
    "groq": ("groq-api-key", lambda r: "gsk_" + rstr(r, 52), "GROQ_API_KEY"),
    "replicate": ("replicate-token", lambda r: "r8_" + rstr(r, 37), "REPLICATE_API_TOKEN"),
    "openrouter": ("openrouter-key", lambda r: "sk-or-v1-" + rhex(r, 64), "OPENROUTER_API_KEY"),
    "linear": ("linear-api-key", lambda r: "lin_api_" + rstr(r, 40), "LINEAR_API_KEY"),
    "notion": ("notion-token", lambda r: "ntn_" + rstr(r, 46), "NOTION_TOKEN"),
    "figma": ("figma-token", lambda r: "figd_" + rstr(r, 40, ALNUM + "_-"), "FIGMA_TOKEN"),
    "postman": ("postman-api-key", lambda r: "PMAK-" + rhex(r, 24) + "-" + rhex(r, 34), "POSTMAN_API_KEY"),
    "grafana": ("grafana-service-account-token", lambda r: "glsa_" + rstr(r, 32) + "_" + rhex(r, 8), "GRAFANA_TOKEN"),
    "grafana-cloud": ("grafana-cloud-token", _glc, "GRAFANA_CLOUD_TOKEN"),
    "sentry": ("sentry-user-token", lambda r: "sntryu_" + rhex(r, 64), "SENTRY_AUTH_TOKEN"),
    "sentry-org": ("sentry-org-token", _sentry_org, "SENTRY_ORG_TOKEN"),
    "newrelic": ("newrelic-user-key", lambda r: "NRAK-" + rstr(r, 27, UPPER_ALNUM), "NEW_RELIC_API_KEY"),
    "dynatrace": ("dynatrace-token", lambda r: "dt0c01." + rstr(r, 24, UPPER_ALNUM) + "." + rstr(r, 64, UPPER_ALNUM), "DT_API_TOKEN"),
    "okta": ("okta-api-token", lambda r: "00" + rstr(r, 40, ALNUM + "_-"), "OKTA_API_TOKEN"),
    "telegram": ("telegram-bot-token", lambda r: "%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), rstr(r, 33, ALNUM + "_-")), "TELEGRAM_BOT_TOKEN"),
    "discord": ("discord-bot-token", _discord, "DISCORD_BOT_TOKEN"),
    "age": ("age-secret-key", _age, "AGE_SECRET_KEY"),
    "onepassword": ("1password-service-account-token", _ops, "OP_SERVICE_ACCOUNT_TOKEN"),
    "circleci": ("circleci-token", lambda r: "CCIPAT_" + rstr(r, 22) + "_" + rhex(r, 40), "CIRCLECI_TOKEN"),
    "buildkite": ("buildkite-token", lambda r: "bkua_" + rhex(r, 40), "BUILDKITE_API_TOKEN"),
    "swarm": ("docker-swarm-join-token", lambda r: "SWMTKN-1-" + rstr(r, 50, LOWER_ALNUM) + "-" + rstr(r, 25, LOWER_ALNUM), "SWARM_TOKEN"),
    "render": ("render-api-key", lambda r: "rnd_" + rstr(r, 32), "RENDER_API_KEY"),
    "planetscale": ("planetscale-password", lambda r: "pscale_pw_" + rstr(r, 43, ALNUM + "_-"), "PLANETSCALE_PASSWORD"),
    "prefect": ("prefect-api-key", lambda r: "pnu_" + rstr(r, 36), "PREFECT_API_KEY"),
    "octopus": ("octopus-api-key", lambda r: "API-" + rstr(r, 26, UPPER_ALNUM), "OCTOPUS_API_KEY"),
    "infracost": ("infracost-api-key", lambda r: "ico-" + rstr(r, 32), "INFRACOST_API_KEY"),
    "atlassian": ("atlassian-api-token", lambda r: "ATATT3xFfGF0" + rstr(r, 170, ALNUM + "_-") + "=" + rstr(r, 8, "0123456789ABCDEF"), "ATLASSIAN_API_TOKEN"),
    "azure-devops": ("azure-devops-pat", lambda r: rstr(r, 52, "abcdefghijklmnopqrstuvwxyz234567"), "AZURE_DEVOPS_PAT"),
    "mapbox": ("mapbox-secret-token", lambda r: "sk.eyJ1Ijoi" + rstr(r, 40, ALNUM) + "." + rstr(r, 22, ALNUM + "_-"), "MAPBOX_SECRET_TOKEN"),
    "bedrock": ("aws-bedrock-api-key", lambda r: "ABSK" + rstr(r, 132, B64), "AWS_BEARER_TOKEN_BEDROCK"),
    "azure-storage": ("azure-storage-key", lambda r: b64(bytes(r.getrandbits(8) for _ in range(64))), "AZURE_STORAGE_KEY"),
    "twilio": ("twilio-auth-token", lambda r: rhex(r, 32), "TWILIO_AUTH_TOKEN"),
    "hetzner": ("hetzner-cloud-token", lambda r: rstr(r, 64), "HCLOUD_TOKEN"),
    "entra": ("entra-client-secret", lambda r: rstr(r, 3) + str(r.randrange(10)) + "Q~" + rstr(r, 34, ALNUM + "_~.-"), "AZURE_CLIENT_SECRET"),
}

# pairs: name -> (category, id generator, secret generator, id env, secret env)
PAIRS = {
    "aws": ("aws-access-key", lambda r: "AKIA" + rstr(r, 16, BASE32), lambda r: rstr(r, 40, ALNUM + "/+"),
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
    "gcs-hmac": ("gcs-hmac-key", lambda r: "GOOG1E" + rstr(r, 55, UPPER_ALNUM), lambda r: rstr(r, 40, ALNUM + "/+"),
                 "GCS_HMAC_ACCESS_ID", "GCS_HMAC_SECRET"),
    "alibaba": ("alibaba-access-key", lambda r: "LTAI" + rstr(r, 20), lambda r: rstr(r, 30), "ALIBABA_CLOUD_ACCESS_KEY_ID",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    "tencent": ("tencent-secret-key", lambda r: "AKID" + rstr(r, 32), lambda r: rstr(r, 32), "TENCENTCLOUD_SECRET_ID",
                "TENCENTCLOUD_SECRET_KEY"),
    "twilio-key": ("twilio-api-key", lambda r: "SK" + rhex(r, 32), lambda r: rstr(r, 32), "TWILIO_API_KEY",
                   "TWILIO_API_SECRET"),
    "b2": ("backblaze-b2-key", lambda r: "005" + rhex(r, 22), lambda r: "K005" + rstr(r, 27, ALNUM + "/+"), "B2_APPLICATION_KEY_ID",
           "B2_APPLICATION_KEY"),
    "datadog": ("datadog-keys", lambda r: rhex(r, 32), lambda r: rhex(r, 40), "DD_API_KEY", "DD_APP_KEY"),
    "s3compat": ("s3-compatible-key", lambda r: rstr(r, 20, UPPER_ALNUM), lambda r: rstr(r, 40, ALNUM), "S3_ACCESS_KEY",
                 "S3_SECRET_KEY"),
}

# documented examples: (value, category, cite)
EXAMPLES = {
    "aws-id": ("AKIAIOSFODNN7EXAMPLE", "documented-example-aws", "AWS IAM documentation example access key ID"),
    "aws-secret": ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "documented-example-aws", "AWS IAM documentation example secret key"),
    "jwt-io": ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
               "documented-example-jwt", "jwt.io debugger default token"),
    "azurite": ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                "documented-example-azurite", "Azurite / storage emulator well-known account key"),
    "recaptcha": ("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "documented-test-key-recaptcha", "reCAPTCHA v2 test secret key (Google FAQ)"),
    "turnstile": ("1x0000000000000000000000000000000AA", "documented-test-key-turnstile", "Cloudflare Turnstile always-passes test secret key"),
    "stripe-test": ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "documented-example-stripe", "Stripe API reference sample test key"),
    "rfc8032": ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "documented-example-rfc8032", "RFC 8032 section 7.1 test 1 secret key"),
    "ecpay-key": ("5294y06JbISpM5x9", "documented-test-key-ecpay", "ECPay stage merchant 2000132 HashKey (public test credentials)"),
    "ecpay-iv": ("v77hoKGq4kWxNNIS", "documented-test-key-ecpay", "ECPay stage merchant 2000132 HashIV (public test credentials)"),
}


def public_value(r, kind):
    """Public-by-design values: (value, category)."""
    if kind == "stripe-pk":
        return "pk_live_51" + rstr(r, 97), "public-stripe-publishable"
    if kind == "mapbox-pk":
        return "pk.eyJ1Ijoi" + rstr(r, 40) + "." + rstr(r, 22, ALNUM + "_-"), "public-mapbox-token"
    if kind == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rstr(r, 32, LOWER_ALNUM)), "public-oauth-client-id"
    if kind == "sentry-dsn":
        return "https://%s@o%d.ingest.de.sentry.io/%d" % (rhex(r, 32), r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 6, 10 ** 7)), "public-sentry-dsn"
    if kind == "twilio-sid":
        return "AC" + rhex(r, 32), "public-twilio-account-sid"
    if kind == "posthog":
        return "phc_" + rstr(r, 43), "public-posthog-key"
    if kind == "supabase-pub":
        return "sb_publishable_" + rstr(r, 31, ALNUM + "_-"), "public-supabase-publishable"
    if kind == "algolia-search":
        return rhex(r, 32), "public-algolia-search-key"
    if kind == "firebase-web":
        return "AIza" + rstr(r, 35, ALNUM + "_-"), "public-firebase-web-api-key"
    if kind == "recaptcha-site":
        return "6L" + rstr(r, 38, ALNUM + "_-"), "public-recaptcha-site-key"
    raise ValueError(kind)


PUBLIC_KINDS = ["stripe-pk", "mapbox-pk", "google-client-id", "sentry-dsn", "twilio-sid", "posthog", "supabase-pub",
                "recaptcha-site"]


def mask(r, value, style=None):
    style = style if style is not None else r.randrange(5)
    if style == 0 and len(value) > 12:
        return value[:4] + "…" + value[-4:]
    if style == 1:
        return value[:3] + "*" * max(8, len(value) - 3)
    if style == 2:
        return "********"
    if style == 3 and len(value) > 10:
        return value[:6] + "...REDACTED"
    return "[REDACTED]"


PLACEHOLDERS = ["changeme", "<password>", "YOUR_API_KEY", "REPLACE_ME", "xxxxxxxxxxxxxxxx", "<paste-token-here>",
                "TODO-set-me", "dummy-password", "<secret>", "your-secret-here", "CHANGE_ME_PLEASE", "example123",
                "${PLACEHOLDER}", "__SECRET__", "<insert key>", "s3cr3t-goes-here"]


def placeholder(r):
    return r.choice(PLACEHOLDERS)


def envref(r, var, style=None):
    styles = ["${%s}", "$%s", "%%%s%%", "{{ %s }}", "${{ secrets.%s }}", "${env:%s}", "$(cat /run/secrets/%s)",
              "{{ .Env.%s }}"]
    st = styles[style if style is not None else r.randrange(len(styles))]
    return st % (var.lower() if "cat /run" in st or st == "{{ %s }}" else var)


def vaultref(r, path_words):
    a, b = path_words
    kinds = [
        "op://%s/%s/password" % (a.title(), b),
        "vault:secret/data/%s/%s#password" % (a, b),
        "bw://%s-%s" % (a, b),
        "pass show %s/%s" % (a, b),
        "projects/%s-prod/secrets/%s/versions/latest" % (a, b),
        "arn:aws:secretsmanager:eu-central-1:%d:secret:%s/%s-%s" % (r.randrange(10 ** 11, 10 ** 12), a, b, rstr(r, 6)),
        "akv://kv-%s/%s" % (a, b),
        "keepassxc://%s/%s" % (a.title(), b),
    ]
    return r.choice(kinds), "vault-reference"
