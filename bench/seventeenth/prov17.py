"""Provider token shapes (from secrets-anchors.md), key-ID + secret pairs, public-by-design values,
documented examples and vendor-shaped placeholders."""
import base64
import json

import crypto17 as C
from vals17 import (ALNUM, B32, B64, B64U, DIG, HEX, LO, UP, b64, b64url, crc_token, hexs, jwt, rbytes, rs,
                    uuid4)


def _b64j(d):
    return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def pypi(r, test=False):
    loc = b"test.pypi.org" if test else b"pypi.org"
    ident = json.dumps({"nonce": hexs(r, 32), "version": 1}, separators=(",", ":")).encode()
    cav = json.dumps([1, ["proj-" + hexs(r, 8)]], separators=(",", ":")).encode()
    m = b"\x02" + b"\x01" + varint(len(loc)) + loc + b"\x02" + varint(len(ident)) + ident + b"\x00" \
        + b"\x02" + varint(len(cav)) + cav + b"\x00" + b"\x00" + b"\x06" + varint(32) + rbytes(r, 32)
    return "pypi-" + base64.urlsafe_b64encode(m).decode().rstrip("=")


def discord(r):
    uid = str(r.randint(10 ** 17, 9 * 10 ** 17))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(r, 6, B64U) + "." + rs(r, 38, B64U)


def age_key(r):
    return C.bech32_encode("age-secret-key-", rbytes(r, 32)).upper()


def sentry_org(r, org):
    payload = {"iat": r.randint(1700000000, 1760000000), "url": "https://sentry.io", "region_url": "https://de.sentry.io",
               "org": org}
    return "sntrys_" + _b64j(payload) + "_" + rs(r, 43, B64U.replace("-", "").replace("_", ""))


def grafana_cloud(r, org):
    return "glc_" + _b64j({"o": str(r.randint(100000, 999999)), "n": "stack-%d-%s" % (r.randint(100000, 999999), org[:12]),
                           "k": rs(r, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-us-east-0", "prod-ap-southeast-1"])}})


def grafana_legacy(r):
    return _b64j({"k": rs(r, 32), "n": "ci-" + rs(r, 5, LO), "id": r.randint(1, 9)})


def op_sa(r):
    return "ops_" + _b64j({"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                            "iterations": 650000, "salt": rs(r, 22, B64U)}, "email": rs(r, 13, LO) + "@1passwordserviceaccounts.eu",
                           "srpX": hexs(r, 64), "muk": {"alg": "A256GCM", "ext": True, "k": rs(r, 43, B64U), "kty": "oct"},
                           "secretKey": "A3-" + rs(r, 6, UP + DIG) + "-" + rs(r, 11, UP + DIG) + "-" + rs(r, 5, UP + DIG)
                           + "-" + rs(r, 5, UP + DIG) + "-" + rs(r, 5, UP + DIG), "deviceUuid": rs(r, 26, LO + DIG)})


def jfrog_ref(r):
    return base64.b64encode(("reftkn:01:%d:%s" % (r.randint(1900000000, 2100000000), rs(r, 27))).encode()).decode().rstrip("=")


def azdo_new(r):
    return rs(r, 52) + "AZDO" + rs(r, 28)


def cf_origin(r):
    return "v1.0-" + hexs(r, 24) + "-" + hexs(r, 146)


# (id, vendor, generator(rng, org) -> value, variable names)
SHAPES = [
    ("github-classic-pat", "GitHub", lambda r, o: crc_token(r, "ghp_"), ["GITHUB_TOKEN", "GH_PAT", "github_token"]),
    ("github-oauth", "GitHub", lambda r, o: crc_token(r, "gho_"), ["GH_OAUTH_TOKEN", "github_oauth"]),
    ("github-app-user", "GitHub", lambda r, o: crc_token(r, "ghu_"), ["GH_USER_TOKEN"]),
    ("github-app-install", "GitHub", lambda r, o: crc_token(r, "ghs_"), ["GH_INSTALL_TOKEN", "GITHUB_APP_TOKEN"]),
    ("github-fine-grained", "GitHub", lambda r, o: "github_pat_11" + rs(r, 20, UP + DIG) + "_" + rs(r, 59, ALNUM), ["GH_FG_TOKEN", "GITHUB_PAT"]),
    ("gitlab-pat", "GitLab", lambda r, o: "glpat-" + rs(r, 20, B64U), ["GITLAB_TOKEN", "CI_PUSH_TOKEN"]),
    ("gitlab-trigger", "GitLab", lambda r, o: "glptt-" + hexs(r, 40), ["TRIGGER_TOKEN"]),
    ("gitlab-deploy", "GitLab", lambda r, o: "gldt-" + rs(r, 20, B64U), ["GITLAB_DEPLOY_TOKEN"]),
    ("gitlab-runner", "GitLab", lambda r, o: "glrt-" + rs(r, 20, B64U), ["RUNNER_TOKEN", "runner_token"]),
    ("gitlab-runner-reg", "GitLab", lambda r, o: "GR1348941" + rs(r, 20, B64U), ["REGISTRATION_TOKEN"]),
    ("aws-session", "AWS", lambda r, o: "IQoJb3JpZ2luX2Vj" + b64(r, 240), ["AWS_SESSION_TOKEN"]),
    ("aws-bedrock", "AWS", lambda r, o: "ABSKQmVkcm9ja0FQSUtleS" + b64(r, 96).rstrip("="), ["AWS_BEARER_TOKEN_BEDROCK"]),
    ("google-api-key", "Google", lambda r, o: "AIza" + rs(r, 35, B64U), ["GOOGLE_API_KEY", "MAPS_SERVER_KEY", "geocoding_key"]),
    ("google-oauth-secret", "Google", lambda r, o: "GOCSPX-" + rs(r, 28, B64U), ["GOOGLE_CLIENT_SECRET"]),
    ("google-refresh", "Google", lambda r, o: "1//0" + rs(r, 99, B64U), ["GOOGLE_REFRESH_TOKEN"]),
    ("google-access", "Google", lambda r, o: "ya29.a0A" + rs(r, 150, B64U), ["GOOGLE_ACCESS_TOKEN"]),
    ("azure-entra-secret", "Azure", lambda r, o: rs(r, 3, ALNUM) + r.choice(DIG) + "Q~" + rs(r, 34, ALNUM + "_~.-"), ["AZURE_CLIENT_SECRET", "ClientSecret"]),
    ("azure-storage-key", "Azure", lambda r, o: b64(r, 64), ["AZURE_STORAGE_KEY", "AccountKey"]),
    ("azure-devops-pat", "Azure DevOps", lambda r, o: rs(r, 52, LO + "234567"), ["AZDO_PAT", "SYSTEM_ACCESSTOKEN_OVERRIDE"]),
    ("azure-devops-pat-new", "Azure DevOps", lambda r, o: azdo_new(r), ["ADO_TOKEN"]),
    ("azure-sb-key", "Azure", lambda r, o: b64(r, 32), ["SERVICEBUS_KEY"]),
    ("slack-bot", "Slack", lambda r, o: "xoxb-%d-%d-%s" % (r.randint(10 ** 11, 10 ** 12), r.randint(10 ** 12, 10 ** 13), rs(r, 24)), ["SLACK_BOT_TOKEN"]),
    ("slack-user", "Slack", lambda r, o: "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 11, 10 ** 12), r.randint(10 ** 11, 10 ** 12), r.randint(10 ** 12, 10 ** 13), hexs(r, 32)), ["SLACK_USER_TOKEN"]),
    ("slack-app", "Slack", lambda r, o: "xapp-1-A%s-%d-%s" % (rs(r, 10, UP + DIG), r.randint(10 ** 12, 10 ** 13), hexs(r, 64)), ["SLACK_APP_TOKEN"]),
    ("slack-webhook", "Slack", lambda r, o: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 10, UP + DIG), rs(r, 10, UP + DIG), rs(r, 24)), ["SLACK_WEBHOOK_URL", "alert_webhook"]),
    ("stripe-secret", "Stripe", lambda r, o: "sk_live_51" + rs(r, 97), ["STRIPE_SECRET_KEY", "stripe.apiKey"]),
    ("stripe-restricted", "Stripe", lambda r, o: "rk_live_51" + rs(r, 97), ["STRIPE_RESTRICTED_KEY"]),
    ("stripe-webhook", "Stripe", lambda r, o: "whsec_" + rs(r, 32), ["STRIPE_WEBHOOK_SECRET"]),
    ("twilio-auth-token", "Twilio", lambda r, o: hexs(r, 32), ["TWILIO_AUTH_TOKEN"]),
    ("sendgrid", "SendGrid", lambda r, o: "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U), ["SENDGRID_API_KEY", "smtp_password"]),
    ("mailgun", "Mailgun", lambda r, o: "key-" + hexs(r, 32), ["MAILGUN_API_KEY"]),
    ("mailgun-new", "Mailgun", lambda r, o: hexs(r, 32) + "-" + hexs(r, 8) + "-" + hexs(r, 8), ["MAILGUN_KEY"]),
    ("mailchimp", "Mailchimp", lambda r, o: hexs(r, 32) + "-us" + str(r.randint(2, 21)), ["MAILCHIMP_API_KEY"]),
    ("npm", "npm", lambda r, o: crc_token(r, "npm_"), ["NPM_TOKEN", "_authToken"]),
    ("pypi", "PyPI", lambda r, o: pypi(r), ["TWINE_PASSWORD", "PYPI_TOKEN"]),
    ("rubygems", "RubyGems", lambda r, o: "rubygems_" + hexs(r, 48), ["GEM_HOST_API_KEY"]),
    ("nuget", "NuGet", lambda r, o: "oy2" + rs(r, 43, LO + DIG), ["NUGET_API_KEY"]),
    ("dockerhub-pat", "Docker", lambda r, o: "dckr_pat_" + rs(r, 27, B64U), ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"]),
    ("dockerhub-oat", "Docker", lambda r, o: "dckr_oat_" + rs(r, 32, B64U), ["DOCKER_ORG_TOKEN"]),
    ("jfrog-api", "JFrog", lambda r, o: "AKCp8" + rs(r, 68), ["ARTIFACTORY_API_KEY"]),
    ("jfrog-ref", "JFrog", lambda r, o: "cmVmdGtuOjAxOj" + jfrog_ref(r)[14:], ["JFROG_ACCESS_TOKEN"]),
    ("vault-service", "HashiCorp", lambda r, o: "hvs." + rs(r, 24) if r.random() < 0.3 else "hvs.CAESI" + rs(r, 86, B64U), ["VAULT_TOKEN"]),
    ("vault-batch", "HashiCorp", lambda r, o: "hvb.AAAAAQ" + rs(r, 130, B64U), ["VAULT_BATCH_TOKEN"]),
    ("tfc-token", "HashiCorp", lambda r, o: rs(r, 14) + ".atlasv1." + rs(r, 67), ["TF_TOKEN_app_terraform_io", "TFE_TOKEN"]),
    ("doppler", "Doppler", lambda r, o: "dp.st.prd." + rs(r, 40), ["DOPPLER_TOKEN"]),
    ("pulumi", "Pulumi", lambda r, o: "pul-" + hexs(r, 40), ["PULUMI_ACCESS_TOKEN"]),
    ("databricks", "Databricks", lambda r, o: "dapi" + hexs(r, 32) + (r.choice(["", "-2", "-3"])), ["DATABRICKS_TOKEN"]),
    ("digitalocean", "DigitalOcean", lambda r, o: "dop_v1_" + hexs(r, 64), ["DIGITALOCEAN_TOKEN", "DO_PAT"]),
    ("heroku-new", "Heroku", lambda r, o: "HRKU-AA" + rs(r, 58, B64U), ["HEROKU_API_KEY"]),
    ("vercel", "Vercel", lambda r, o: "vcp_" + rs(r, 56), ["VERCEL_TOKEN"]),
    ("supabase-mgmt", "Supabase", lambda r, o: "sbp_" + hexs(r, 40), ["SUPABASE_ACCESS_TOKEN"]),
    ("supabase-secret", "Supabase", lambda r, o: "sb_secret_" + rs(r, 31, B64U), ["SUPABASE_SECRET_KEY"]),
    ("cloudflare-token", "Cloudflare", lambda r, o: "cfut_" + rs(r, 40) + hexs(r, 8), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"]),
    ("cloudflare-global", "Cloudflare", lambda r, o: hexs(r, 37), ["CF_API_KEY"]),
    ("cloudflare-origin-ca", "Cloudflare", lambda r, o: cf_origin(r), ["CF_ORIGIN_CA_KEY"]),
    ("shopify-admin", "Shopify", lambda r, o: "shpat_" + hexs(r, 32), ["SHOPIFY_ADMIN_TOKEN"]),
    ("shopify-shared", "Shopify", lambda r, o: "shpss_" + hexs(r, 32), ["SHOPIFY_API_SECRET"]),
    ("square-access", "Square", lambda r, o: "EAAA" + rs(r, 60, B64U), ["SQUARE_ACCESS_TOKEN"]),
    ("square-app-secret", "Square", lambda r, o: "sq0csp-" + rs(r, 43, B64U), ["SQUARE_APP_SECRET"]),
    ("braintree", "Braintree", lambda r, o: "access_token$production$%s$%s" % (rs(r, 16, LO + DIG), hexs(r, 32)), ["BRAINTREE_ACCESS_TOKEN"]),
    ("openai-project", "OpenAI", lambda r, o: "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U), ["OPENAI_API_KEY"]),
    ("openai-svcacct", "OpenAI", lambda r, o: "sk-svcacct-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U), ["OPENAI_KEY"]),
    ("anthropic", "Anthropic", lambda r, o: "sk-ant-api03-" + rs(r, 93, B64U) + "AA", ["ANTHROPIC_API_KEY"]),
    ("huggingface", "Hugging Face", lambda r, o: "hf_" + rs(r, 34, UP + LO), ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"]),
    ("groq", "Groq", lambda r, o: "gsk_" + rs(r, 52), ["GROQ_API_KEY"]),
    ("perplexity", "Perplexity", lambda r, o: "pplx-" + rs(r, 48), ["PPLX_API_KEY"]),
    ("replicate", "Replicate", lambda r, o: "r8_" + rs(r, 37), ["REPLICATE_API_TOKEN"]),
    ("openrouter", "OpenRouter", lambda r, o: "sk-or-v1-" + hexs(r, 64), ["OPENROUTER_API_KEY"]),
    ("xai", "xAI", lambda r, o: "xai-" + rs(r, 80), ["XAI_API_KEY"]),
    ("langsmith", "LangSmith", lambda r, o: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10), ["LANGSMITH_API_KEY"]),
    ("atlassian", "Atlassian", lambda r, o: "ATATT3xFfGF0" + rs(r, 170, B64U) + "=" + hexs(r, 8).upper(), ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN"]),
    ("linear", "Linear", lambda r, o: "lin_api_" + rs(r, 40), ["LINEAR_API_KEY"]),
    ("notion", "Notion", lambda r, o: "ntn_" + rs(r, 46), ["NOTION_TOKEN"]),
    ("notion-legacy", "Notion", lambda r, o: "secret_" + rs(r, 43), ["NOTION_API_KEY"]),
    ("figma", "Figma", lambda r, o: "figd_" + rs(r, 40, B64U), ["FIGMA_TOKEN"]),
    ("postman", "Postman", lambda r, o: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34), ["POSTMAN_API_KEY"]),
    ("grafana-sa", "Grafana", lambda r, o: "glsa_" + rs(r, 32) + "_" + hexs(r, 8), ["GRAFANA_TOKEN", "GF_SA_TOKEN"]),
    ("grafana-cloud", "Grafana", lambda r, o: grafana_cloud(r, o), ["GRAFANA_CLOUD_TOKEN"]),
    ("grafana-legacy", "Grafana", lambda r, o: "eyJrIjoi" + grafana_legacy(r)[8:], ["GRAFANA_API_KEY"]),
    ("sentry-org", "Sentry", lambda r, o: sentry_org(r, o), ["SENTRY_AUTH_TOKEN"]),
    ("sentry-user", "Sentry", lambda r, o: "sntryu_" + hexs(r, 64), ["SENTRY_TOKEN"]),
    ("newrelic-user", "New Relic", lambda r, o: "NRAK-" + rs(r, 27, UP + DIG), ["NEW_RELIC_API_KEY"]),
    ("newrelic-insert", "New Relic", lambda r, o: "NRII-" + rs(r, 32, B64U), ["NEW_RELIC_INSERT_KEY"]),
    ("dynatrace", "Dynatrace", lambda r, o: "dt0c01." + rs(r, 24, UP + DIG) + "." + rs(r, 64, UP + DIG), ["DT_API_TOKEN"]),
    ("datadog-api", "Datadog", lambda r, o: hexs(r, 32), ["DD_API_KEY", "DATADOG_API_KEY"]),
    ("okta", "Okta", lambda r, o: "00" + rs(r, 40, B64U), ["OKTA_API_TOKEN"]),
    ("telegram-bot", "Telegram", lambda r, o: "%d:AA%s" % (r.randint(10 ** 8, 10 ** 10), rs(r, 33, B64U)), ["TELEGRAM_BOT_TOKEN"]),
    ("discord-bot", "Discord", lambda r, o: discord(r), ["DISCORD_TOKEN"]),
    ("age-secret", "age", lambda r, o: age_key(r), ["SOPS_AGE_KEY"]),
    ("1password-sa", "1Password", lambda r, o: op_sa(r), ["OP_SERVICE_ACCOUNT_TOKEN"]),
    ("circleci", "CircleCI", lambda r, o: "CCIPAT_" + rs(r, 22) + "_" + hexs(r, 40), ["CIRCLE_TOKEN"]),
    ("buildkite", "Buildkite", lambda r, o: "bkua_" + hexs(r, 40), ["BUILDKITE_API_TOKEN"]),
    ("bitbucket-dc", "Bitbucket", lambda r, o: "BBDC-" + rs(r, 44, B64U), ["BITBUCKET_TOKEN"]),
    ("swarm-join", "Docker", lambda r, o: "SWMTKN-1-" + rs(r, 50, LO + DIG) + "-" + rs(r, 25, LO + DIG), ["SWARM_JOIN_TOKEN"]),
    ("octopus", "Octopus", lambda r, o: "API-" + rs(r, 26, UP + DIG), ["OCTOPUS_API_KEY"]),
    ("infracost", "Infracost", lambda r, o: "ico-" + rs(r, 32), ["INFRACOST_API_KEY"]),
    ("prefect", "Prefect", lambda r, o: "pnu_" + rs(r, 36), ["PREFECT_API_KEY"]),
    ("render", "Render", lambda r, o: "rnd_" + rs(r, 32), ["RENDER_API_KEY"]),
    ("planetscale-token", "PlanetScale", lambda r, o: "pscale_tkn_" + rs(r, 43, B64U), ["PLANETSCALE_SERVICE_TOKEN"]),
    ("planetscale-pw", "PlanetScale", lambda r, o: "pscale_pw_" + rs(r, 43, B64U), ["DATABASE_PASSWORD"]),
]
SHAPE = {s[0]: s for s in SHAPES}


def make(r, sid, org="org"):
    return SHAPE[sid][2](r, org)


# ---------------------------------------------------------------- pairs: (id, vendor, id-gen, secret-gen, id names, secret names)
PAIRS = [
    ("aws-keypair", "AWS", lambda r: "AKIA" + rs(r, 16, B32), lambda r: rs(r, 40, B64), ("aws_access_key_id", "aws_secret_access_key")),
    ("alibaba-keypair", "Alibaba", lambda r: "LTAI5t" + rs(r, 18), lambda r: rs(r, 30), ("AccessKeyId", "AccessKeySecret")),
    ("tencent-keypair", "Tencent", lambda r: "AKID" + rs(r, 32), lambda r: rs(r, 32), ("SecretId", "SecretKey")),
    ("twilio-apikey-pair", "Twilio", lambda r: "SK" + hexs(r, 32), lambda r: rs(r, 32), ("TWILIO_API_KEY", "TWILIO_API_SECRET")),
    ("b2-keypair", "Backblaze", lambda r: "005" + hexs(r, 22), lambda r: "K005" + rs(r, 27, ALNUM + "/+"), ("B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY")),
    ("algolia-admin-pair", "Algolia", lambda r: rs(r, 10, UP + DIG), lambda r: hexs(r, 32), ("ALGOLIA_APP_ID", "ALGOLIA_ADMIN_KEY")),
    ("duo-pair", "Duo", lambda r: "DI" + rs(r, 18, UP + DIG), lambda r: rs(r, 40), ("ikey", "skey")),
    ("cloudinary-pair", "Cloudinary", lambda r: str(r.randint(10 ** 14, 10 ** 15)), lambda r: rs(r, 27, B64U), ("api_key", "api_secret")),
    ("mailjet-pair", "Mailjet", lambda r: hexs(r, 32), lambda r: hexs(r, 32), ("MJ_APIKEY_PUBLIC", "MJ_APIKEY_PRIVATE")),
    ("plaid-pair", "Plaid", lambda r: hexs(r, 24), lambda r: hexs(r, 30), ("PLAID_CLIENT_ID", "PLAID_SECRET")),
    ("scaleway-pair", "Scaleway", lambda r: "SCW" + rs(r, 17, UP + DIG), lambda r: uuid4(r), ("SCW_ACCESS_KEY", "SCW_SECRET_KEY")),
    ("vonage-pair", "Vonage", lambda r: hexs(r, 8), lambda r: rs(r, 16), ("VONAGE_API_KEY", "VONAGE_API_SECRET")),
    ("akamai-pair", "Akamai", lambda r: "akab-" + rs(r, 16, LO + DIG) + "-" + rs(r, 16, LO + DIG), lambda r: b64(r, 32), ("client_token", "client_secret")),
    ("azure-sp-pair", "Azure", lambda r: uuid4(r), lambda r: rs(r, 3) + r.choice(DIG) + "Q~" + rs(r, 34, ALNUM + "_~.-"), ("ARM_CLIENT_ID", "ARM_CLIENT_SECRET")),
]
PAIR = {p[0]: p for p in PAIRS}


# ---------------------------------------------------------------- public by design (negatives)
def public_value(r, kind, org="org"):
    return {
        "stripe-publishable": lambda: "pk_live_51" + rs(r, 97),
        "mapbox-public": lambda: "pk.eyJ1Ijoi" + rs(r, 40, B64U) + "." + rs(r, 22, B64U),
        "sentry-dsn": lambda: "https://%s@o%d.ingest.de.sentry.io/%d" % (hexs(r, 32), r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 6, 10 ** 7)),
        "ga4-id": lambda: "G-" + rs(r, 10, UP + DIG),
        "recaptcha-site": lambda: "6L" + rs(r, 38, B64U),
        "turnstile-site": lambda: "0x4AAAAAAA" + rs(r, 12, B64U),
        "google-client-id": lambda: "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, 32, LO + DIG)),
        "twilio-account-sid": lambda: "AC" + hexs(r, 32),
        "supabase-publishable": lambda: "sb_publishable_" + rs(r, 31, B64U),
        "supabase-anon-jwt": lambda: jwt(r, {"iss": "supabase", "ref": rs(r, 20, LO), "role": "anon", "iat": 1716000000, "exp": 2031576000}),
        "posthog-project": lambda: "phc_" + rs(r, 43),
        "launchdarkly-client": lambda: hexs(r, 24),
        "square-app-id": lambda: "sq0idp-" + rs(r, 22, B64U),
        "algolia-search": lambda: hexs(r, 32),
        "newrelic-browser": lambda: "NRJS-" + hexs(r, 19),
        "datadog-rum-client": lambda: "pub" + hexs(r, 32),
        "hcaptcha-site": lambda: uuid4(r),
        "clerk-publishable": lambda: "pk_live_" + base64.b64encode(("clerk.%s.com$" % org).encode()).decode().rstrip("="),
    }[kind]()


PUBLIC_KINDS = ["stripe-publishable", "mapbox-public", "sentry-dsn", "ga4-id", "recaptcha-site", "turnstile-site",
                "google-client-id", "twilio-account-sid", "supabase-publishable", "supabase-anon-jwt",
                "posthog-project", "launchdarkly-client", "square-app-id", "algolia-search", "newrelic-browser",
                "datadog-rum-client", "hcaptcha-site", "clerk-publishable"]

DOC_EXAMPLES = {
    "aws-doc-key-id": "AKIAIOSFODNN7EXAMPLE",
    "aws-doc-secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "stripe-doc-test": "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "jwt-io-example": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "slack-doc-token": "xoxb-not-a-real-token-this-will-not-work",
    "azurite-dev-key": "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
}


def prefix_placeholder(r, sid):
    v = {
        "github-classic-pat": "ghp_" + "x" * 36, "stripe-secret": "sk_live_" + "X" * 24,
        "stripe-restricted": "rk_live_...", "stripe-webhook": "whsec_...", "slack-bot": "xoxb-your-bot-token",
        "sendgrid": "SG.xxxxxxxx.yyyyyyyy", "gitlab-pat": "glpat-xxxxxxxxxxxxxxxxxxxx", "vault-service": "hvs.<redacted>",
        "openai-project": "sk-proj-...", "anthropic": "sk-ant-api03-REPLACE_ME", "npm": "npm_${NPM_TOKEN}",
        "huggingface": "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "dockerhub-pat": "dckr_pat_<your-token>",
        "digitalocean": "dop_v1_<token>", "grafana-sa": "glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_00000000",
        "shopify-admin": "shpat_00000000000000000000000000000000", "mailgun": "key-<your-mailgun-key>",
        "square-access": "EAAA<sandbox-token-here>", "doppler": "dp.st.<config>.<token>",
        "telegram-bot": "123456789:AA-your-bot-token", "pulumi": "pul-<token>",
    }
    return v.get(sid) or r.choice(["<%s>" % sid.replace("-", "_").upper(), "REPLACE_ME", "changeme", "TODO",
                                   "your-%s-here" % sid.split("-")[0]])
