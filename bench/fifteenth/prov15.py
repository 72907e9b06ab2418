"""Provider token shapes (documented or widely observed), key-ID + secret pairs, public-by-design values,
prefix-shaped placeholders and the documented example values used as hard negatives."""

import base64
import json

from vals15 import ALNUM, B62, HEX, UHEX, B64U, B32, LOWER, LOWNUM, UPNUM, crc32_b62, b64u_json

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def bech32(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hx + data + [0] * 6) ^ 1
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data)


def bech32_ok(s):
    s = s.lower()
    hrp, _, rest = s.rpartition("1")
    if not hrp or any(c not in BECH for c in rest):
        return False
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _polymod(hx + [BECH.index(c) for c in rest]) == 1


def _pypi(r):
    cav = json.dumps({"version": 1, "permissions": {"projects": [r.choice(["tools", "sync", "client"]) + "-" +
                                                                 r.s(5, LOWER)]}}).encode()
    ident = json.dumps({"nonce": r.hex(32)}).encode()
    blob = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(cav)]) + cav +
            b"\x00\x00\x06\x20" + r.raw(32))
    return "pypi-" + base64.urlsafe_b64encode(blob).rstrip(b"=").decode()


def _discord(r):
    uid = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + r.s(6, B64U) + "." + r.s(38, B64U)


def _mapbox_sk(r):
    return "sk." + b64u_json({"u": r.s(8, LOWER), "a": "cl" + r.s(23, LOWNUM)}) + "." + r.s(22, B64U)


def _ops(r):
    return "ops_" + b64u_json({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096",
                                                                                  "alg": "PBES2g-HS256",
                                                                                  "iterations": 650000,
                                                                                  "salt": r.b64u(16)},
                               "email": r.s(12, LOWER) + "@" + r.s(8, LOWER) + ".1password.com",
                               "srpX": r.hex(64), "muk": {"alg": "A256GCM", "ext": True,
                                                          "k": r.b64u(32), "key_ops": ["encrypt", "decrypt"],
                                                          "kty": "oct", "kid": "mp"},
                               "secretKey": "A3-" + r.s(6, UPNUM) + "-" + r.s(6, UPNUM) + "-" + r.s(5, UPNUM),
                               "throttleSecret": {"seed": r.hex(64), "uuid": r.s(26, UPNUM)},
                               "deviceUuid": r.s(26, LOWNUM)})


# (category, generator, typical setting name, human name)
TOKENS = [
    ("github-pat", lambda r: r.crc_token("ghp_"), "GITHUB_TOKEN", "GitHub PAT"),
    ("github-oauth-token", lambda r: r.crc_token("gho_"), "GH_OAUTH_TOKEN", "GitHub OAuth token"),
    ("github-app-token", lambda r: r.crc_token("ghs_"), "GITHUB_APP_TOKEN", "GitHub App token"),
    ("github-fine-grained-pat", lambda r: "github_pat_11" + r.s(20, UPNUM) + "_" + r.s(59, ALNUM),
     "GH_PAT", "GitHub fine-grained PAT"),
    ("gitlab-pat", lambda r: "glpat-" + r.s(20, B64U), "GITLAB_TOKEN", "GitLab PAT"),
    ("gitlab-runner-token", lambda r: "glrt-" + r.s(20, B64U), "CI_RUNNER_TOKEN", "GitLab runner token"),
    ("gitlab-deploy-token", lambda r: "gldt-" + r.s(20, B64U), "GITLAB_DEPLOY_TOKEN", "GitLab deploy token"),
    ("gitlab-trigger-token", lambda r: "glptt-" + r.hex(40), "TRIGGER_TOKEN", "GitLab trigger token"),
    ("npm-token", lambda r: r.crc_token("npm_"), "NPM_TOKEN", "npm token"),
    ("pypi-token", _pypi, "PYPI_API_TOKEN", "PyPI token"),
    ("rubygems-key", lambda r: "rubygems_" + r.hex(48), "GEM_HOST_API_KEY", "RubyGems key"),
    ("nuget-key", lambda r: "oy2" + r.s(43, LOWNUM), "NUGET_API_KEY", "NuGet key"),
    ("dockerhub-pat", lambda r: "dckr_pat_" + r.s(27, B64U), "DOCKERHUB_TOKEN", "Docker Hub PAT"),
    ("jfrog-api-key", lambda r: "AKCp8" + r.s(68, ALNUM), "ARTIFACTORY_API_KEY", "JFrog API key"),
    ("google-api-key", lambda r: "AIza" + r.s(35, B64U), "GOOGLE_MAPS_API_KEY", "Google API key"),
    ("google-oauth-client-secret", lambda r: "GOCSPX-" + r.s(28, B64U), "GOOGLE_CLIENT_SECRET",
     "Google OAuth client secret"),
    ("azure-entra-client-secret", lambda r: r.s(3, ALNUM) + r.s(1, "012345678") + "Q~" + r.s(34, ALNUM + "_~.-"),
     "AZURE_CLIENT_SECRET", "Entra client secret"),
    ("slack-bot-token", lambda r: "xoxb-%s-%s-%s" % (r.digits(12), r.digits(13), r.s(24, ALNUM)),
     "SLACK_BOT_TOKEN", "Slack bot token"),
    ("slack-user-token", lambda r: "xoxp-%s-%s-%s-%s" % (r.digits(12), r.digits(12), r.digits(13), r.hex(32)),
     "SLACK_USER_TOKEN", "Slack user token"),
    ("slack-app-token", lambda r: "xapp-1-A%s-%s-%s" % (r.s(10, UPNUM), r.digits(13), r.hex(64)),
     "SLACK_APP_TOKEN", "Slack app token"),
    ("slack-webhook", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (r.s(9, UPNUM), r.s(10, UPNUM),
                                                                               r.s(24, ALNUM)),
     "SLACK_WEBHOOK_URL", "Slack webhook"),
    ("stripe-secret-key", lambda r: "sk_live_51" + r.s(97, ALNUM), "STRIPE_SECRET_KEY", "Stripe secret key"),
    ("stripe-restricted-key", lambda r: "rk_live_51" + r.s(97, ALNUM), "STRIPE_RESTRICTED_KEY",
     "Stripe restricted key"),
    ("stripe-webhook-secret", lambda r: "whsec_" + r.s(32, ALNUM), "STRIPE_WEBHOOK_SECRET",
     "Stripe webhook secret"),
    ("twilio-auth-token", lambda r: r.hex(32), "TWILIO_AUTH_TOKEN", "Twilio auth token"),
    ("sendgrid-key", lambda r: "SG." + r.s(22, B64U) + "." + r.s(43, B64U), "SENDGRID_API_KEY", "SendGrid key"),
    ("mailgun-key", lambda r: "key-" + r.hex(32), "MAILGUN_API_KEY", "Mailgun key"),
    ("mailchimp-key", lambda r: r.hex(32) + "-us" + str(r.randint(2, 21)), "MAILCHIMP_API_KEY", "Mailchimp key"),
    ("brevo-key", lambda r: "xkeysib-" + r.hex(64) + "-" + r.s(16, ALNUM), "BREVO_API_KEY", "Brevo key"),
    ("postmark-server-token", lambda r: r.uuid(), "POSTMARK_SERVER_TOKEN", "Postmark server token"),
    ("vault-token", lambda r: "hvs.CAESI" + r.s(86, B64U), "VAULT_TOKEN", "Vault token"),
    ("terraform-cloud-token", lambda r: r.s(14, ALNUM) + ".atlasv1." + r.s(67, ALNUM), "TF_API_TOKEN",
     "Terraform Cloud token"),
    ("doppler-token", lambda r: "dp.st.prd." + r.s(40, ALNUM), "DOPPLER_TOKEN", "Doppler service token"),
    ("pulumi-token", lambda r: "pul-" + r.hex(40), "PULUMI_ACCESS_TOKEN", "Pulumi token"),
    ("databricks-token", lambda r: "dapi" + r.hex(32), "DATABRICKS_TOKEN", "Databricks PAT"),
    ("digitalocean-token", lambda r: "dop_v1_" + r.hex(64), "DIGITALOCEAN_TOKEN", "DigitalOcean token"),
    ("heroku-key", lambda r: "HRKU-AA" + r.s(58, B64U), "HEROKU_API_KEY", "Heroku key"),
    ("vercel-token", lambda r: "vcp_" + r.s(56, ALNUM), "VERCEL_TOKEN", "Vercel token"),
    ("supabase-management-token", lambda r: "sbp_" + r.hex(40), "SUPABASE_ACCESS_TOKEN", "Supabase token"),
    ("supabase-secret-key", lambda r: "sb_secret_" + r.s(31, ALNUM + "-_"), "SUPABASE_SECRET_KEY",
     "Supabase secret key"),
    ("cloudflare-origin-ca-key", lambda r: "v1.0-" + r.hex(24) + "-" + r.hex(146), "CF_ORIGIN_CA_KEY",
     "Cloudflare Origin CA key"),
    ("cloudflare-api-token", lambda r: r.s(40, ALNUM + "_-"), "CLOUDFLARE_API_TOKEN", "Cloudflare API token"),
    ("shopify-admin-token", lambda r: "shpat_" + r.hex(32), "SHOPIFY_ADMIN_TOKEN", "Shopify admin token"),
    ("shopify-shared-secret", lambda r: "shpss_" + r.hex(32), "SHOPIFY_API_SECRET", "Shopify shared secret"),
    ("square-access-token", lambda r: "EAAA" + r.s(60, B64U), "SQUARE_ACCESS_TOKEN", "Square token"),
    ("openai-key", lambda r: "sk-proj-" + r.s(56, B64U) + "T3BlbkFJ" + r.s(56, B64U), "OPENAI_API_KEY",
     "OpenAI key"),
    ("anthropic-key", lambda r: "sk-ant-api03-" + r.s(93, B64U) + "AA", "ANTHROPIC_API_KEY", "Anthropic key"),
    ("huggingface-token", lambda r: "hf_" + r.s(34, LOWER + LOWER.upper()), "HF_TOKEN", "Hugging Face token"),
    ("groq-key", lambda r: "gsk_" + r.s(52, ALNUM), "GROQ_API_KEY", "Groq key"),
    ("perplexity-key", lambda r: "pplx-" + r.s(48, ALNUM), "PERPLEXITY_API_KEY", "Perplexity key"),
    ("replicate-token", lambda r: "r8_" + r.s(37, ALNUM), "REPLICATE_API_TOKEN", "Replicate token"),
    ("openrouter-key", lambda r: "sk-or-v1-" + r.hex(64), "OPENROUTER_API_KEY", "OpenRouter key"),
    ("langsmith-key", lambda r: "lsv2_pt_" + r.hex(32) + "_" + r.hex(10), "LANGSMITH_API_KEY", "LangSmith key"),
    ("linear-key", lambda r: "lin_api_" + r.s(40, ALNUM), "LINEAR_API_KEY", "Linear key"),
    ("notion-token", lambda r: "ntn_" + r.digits(11) + r.s(35, ALNUM), "NOTION_TOKEN", "Notion token"),
    ("figma-token", lambda r: "figd_" + r.s(40, B64U), "FIGMA_TOKEN", "Figma token"),
    ("postman-key", lambda r: "PMAK-" + r.hex(24) + "-" + r.hex(34), "POSTMAN_API_KEY", "Postman key"),
    ("grafana-sa-token", lambda r: "glsa_" + r.s(32, ALNUM) + "_" + r.hex(8), "GRAFANA_TOKEN",
     "Grafana service-account token"),
    ("sentry-user-token", lambda r: "sntryu_" + r.hex(64), "SENTRY_AUTH_TOKEN", "Sentry user token"),
    ("newrelic-user-key", lambda r: "NRAK-" + r.s(27, UPNUM), "NEW_RELIC_API_KEY", "New Relic user key"),
    ("dynatrace-token", lambda r: "dt0c01." + r.s(24, UPNUM) + "." + r.s(64, UPNUM), "DT_API_TOKEN",
     "Dynatrace token"),
    ("okta-api-token", lambda r: "00" + r.s(40, ALNUM + "-_"), "OKTA_API_TOKEN", "Okta token"),
    ("telegram-bot-token", lambda r: r.digits(10) + ":AA" + r.s(33, B64U), "TELEGRAM_BOT_TOKEN",
     "Telegram bot token"),
    ("discord-bot-token", _discord, "DISCORD_BOT_TOKEN", "Discord bot token"),
    ("age-secret-key", lambda r: bech32("age-secret-key-", r.raw(32)).upper(), "SOPS_AGE_KEY", "age key"),
    ("circleci-token", lambda r: "CCIPAT_" + r.s(22, ALNUM) + "_" + r.hex(40), "CIRCLE_TOKEN", "CircleCI token"),
    ("buildkite-token", lambda r: "bkua_" + r.hex(40), "BUILDKITE_API_TOKEN", "Buildkite token"),
    ("docker-swarm-join-token", lambda r: "SWMTKN-1-" + r.s(50, LOWNUM) + "-" + r.s(25, LOWNUM),
     "SWARM_JOIN_TOKEN", "Swarm join token"),
    ("render-key", lambda r: "rnd_" + r.s(32, ALNUM), "RENDER_API_KEY", "Render key"),
    ("planetscale-password", lambda r: "pscale_pw_" + r.s(43, B64U), "PLANETSCALE_PASSWORD",
     "PlanetScale password"),
    ("prefect-key", lambda r: "pnu_" + r.s(36, ALNUM), "PREFECT_API_KEY", "Prefect key"),
    ("atlassian-api-token", lambda r: "ATATT3xFfGF0" + r.s(170, B64U) + "=" + r.s(8, UHEX), "JIRA_API_TOKEN",
     "Atlassian token"),
    ("mapbox-secret-token", _mapbox_sk, "MAPBOX_SECRET_TOKEN", "Mapbox secret token"),
    ("airtable-pat", lambda r: "pat" + r.s(14, ALNUM) + "." + r.hex(64), "AIRTABLE_TOKEN", "Airtable PAT"),
    ("contentful-pat", lambda r: "CFPAT-" + r.s(43, B64U), "CONTENTFUL_MANAGEMENT_TOKEN", "Contentful PAT"),
    ("tailscale-auth-key", lambda r: "tskey-auth-k" + r.s(11, ALNUM) + "CNTRL-" + r.s(33, ALNUM),
     "TS_AUTHKEY", "Tailscale auth key"),
    ("onepassword-sa-token", _ops, "OP_SERVICE_ACCOUNT_TOKEN", "1Password service-account token"),
    ("algolia-admin-key", lambda r: r.hex(32), "ALGOLIA_ADMIN_API_KEY", "Algolia admin key"),
    ("datadog-api-key", lambda r: r.hex(32), "DD_API_KEY", "Datadog API key"),
    ("pagerduty-routing-key", lambda r: "R0" + r.s(30, LOWNUM), "PAGERDUTY_ROUTING_KEY", "PagerDuty routing key"),
    ("hubspot-private-app-token", lambda r: "pat-na1-" + r.uuid(), "HUBSPOT_ACCESS_TOKEN", "HubSpot token"),
    ("shippo-token", lambda r: "shippo_live_" + r.hex(40), "SHIPPO_API_TOKEN", "Shippo token"),
    ("easypost-key", lambda r: "EZAK" + r.hex(54), "EASYPOST_API_KEY", "EasyPost key"),
    ("adafruit-io-key", lambda r: "aio_" + r.s(28, ALNUM), "ADAFRUIT_IO_KEY", "Adafruit IO key"),
    ("netlify-token", lambda r: "nfp_" + r.s(36, ALNUM), "NETLIFY_AUTH_TOKEN", "Netlify token"),
    ("asana-pat", lambda r: "2/%s/%s:%s" % (r.digits(16), r.digits(16), r.hex(32)), "ASANA_PAT", "Asana PAT"),
    ("dropbox-token", lambda r: "sl.u." + r.s(136, B64U), "DROPBOX_ACCESS_TOKEN", "Dropbox token"),
    ("typeform-token", lambda r: "tfp_" + r.s(44, ALNUM) + "_" + r.s(14, ALNUM), "TYPEFORM_TOKEN",
     "Typeform token"),
    ("azure-devops-pat", lambda r: r.s(52, "abcdefghijklmnopqrstuvwxyz234567"), "AZURE_DEVOPS_PAT",
     "Azure DevOps PAT"),
    ("zendesk-api-token", lambda r: r.s(40, ALNUM), "ZENDESK_API_TOKEN", "Zendesk token"),
    ("fastly-api-token", lambda r: r.s(32, B64U), "FASTLY_API_TOKEN", "Fastly token"),
]
TOKEN_BY_CAT = {t[0]: t for t in TOKENS}

# (category, id generator, secret generator, id name, secret name)
PAIRS = [
    ("aws-access-key", lambda r: "AKIA" + r.s(16, B32[:26] + "234567"), lambda r: r.s(40, ALNUM + "+/"),
     "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"),
    ("twilio-api-key", lambda r: "SK" + r.hex(32), lambda r: r.s(32, ALNUM), "TWILIO_API_KEY", "TWILIO_API_SECRET"),
    ("alibaba-access-key", lambda r: "LTAI5t" + r.s(18, ALNUM), lambda r: r.s(30, ALNUM),
     "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
    ("tencent-secret", lambda r: "AKID" + r.s(32, ALNUM), lambda r: r.s(32, ALNUM), "TENCENTCLOUD_SECRET_ID",
     "TENCENTCLOUD_SECRET_KEY"),
    ("mailjet-key-pair", lambda r: r.hex(32), lambda r: r.hex(32), "MJ_APIKEY_PUBLIC", "MJ_APIKEY_PRIVATE"),
    ("zoom-s2s-oauth", lambda r: r.s(22, ALNUM), lambda r: r.s(32, ALNUM), "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"),
    ("backblaze-b2-key", lambda r: "005" + r.hex(22), lambda r: "K005" + r.s(27, ALNUM + "+/"), "B2_KEY_ID",
     "B2_APPLICATION_KEY"),
    ("scaleway-key", lambda r: "SCW" + r.s(17, UPNUM), lambda r: r.uuid(), "SCW_ACCESS_KEY", "SCW_SECRET_KEY"),
    ("algolia-app-admin", lambda r: r.s(10, UPNUM), lambda r: r.hex(32), "ALGOLIA_APP_ID", "ALGOLIA_ADMIN_KEY"),
    ("datadog-key-pair", lambda r: r.hex(32), lambda r: r.hex(40), "DD_API_KEY", "DD_APP_KEY"),
]

# public-by-design values: (category, generator, setting name)
PUBLIC = [
    ("public-stripe-publishable-key", lambda r: "pk_live_51" + r.s(97, ALNUM), "STRIPE_PUBLISHABLE_KEY"),
    ("public-mapbox-token", lambda r: "pk." + b64u_json({"u": r.s(8, LOWER), "a": "cl" + r.s(23, LOWNUM)}) + "." +
     r.s(22, B64U), "MAPBOX_PUBLIC_TOKEN"),
    ("public-ga4-id", lambda r: "G-" + r.s(10, UPNUM), "GA_MEASUREMENT_ID"),
    ("public-recaptcha-site-key", lambda r: "6L" + r.s(38, B64U), "RECAPTCHA_SITE_KEY"),
    ("public-google-client-id", lambda r: "%s-%s.apps.googleusercontent.com" % (r.digits(12), r.s(32, LOWNUM)),
     "GOOGLE_CLIENT_ID"),
    ("public-twilio-account-sid", lambda r: "AC" + r.hex(32), "TWILIO_ACCOUNT_SID"),
    ("public-algolia-search-key", lambda r: r.hex(32), "ALGOLIA_SEARCH_KEY"),
    ("public-sentry-dsn", lambda r: "https://%s@o%s.ingest.sentry.io/%s" % (r.hex(32), r.digits(6), r.digits(7)),
     "SENTRY_DSN"),
    ("public-supabase-publishable", lambda r: "sb_publishable_" + r.s(31, ALNUM + "-_"), "SUPABASE_PUBLISHABLE_KEY"),
    ("public-posthog-key", lambda r: "phc_" + r.s(43, ALNUM), "POSTHOG_KEY"),
]

# placeholders shaped like the real thing (negatives)
PLACEHOLDER = {
    "github-pat": "ghp_" + "x" * 36, "npm-token": "npm_" + "X" * 36, "stripe-secret-key": "sk_live_" + "X" * 24,
    "sendgrid-key": "SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
    "slack-bot-token": "xoxb-your-bot-token-here", "openai-key": "sk-proj-REPLACE_ME",
    "google-api-key": "AIza" + "0" * 35, "aws-access-key": "AKIAXXXXXXXXXXXXXXXX",
    "anthropic-key": "sk-ant-api03-...", "gitlab-pat": "glpat-xxxxxxxxxxxxxxxxxxxx",
    "huggingface-token": "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "twilio-auth-token": "your_auth_token",
    "vault-token": "hvs.XXXXXXXX", "datadog-api-key": "<DATADOG_API_KEY>",
}

# documented examples (negatives; published by the vendors themselves)
DOC_EXAMPLES = [
    ("doc-example-aws-key-id", "AKIAIOSFODNN7EXAMPLE"),
    ("doc-example-aws-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("doc-example-stripe-test", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("doc-example-jwt-io", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
                           "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("doc-example-slack", "xoxb-not-a-real-token-this-will-not-work"),
    ("doc-example-github-docs", "gho_16C7e42F292c6912E7710c838347Ae178B4a"),
]
DOC_VALUES = [v for _, v in DOC_EXAMPLES]


def crc_ok(tok):
    """True if a gh?_/npm_ token's last 6 characters are the CRC32 of the 30 before."""
    body = tok.split("_", 1)[1]
    return len(body) == 36 and crc32_b62(body[:30]) == body[30:]
