"""Provider token shapes (documented formats), key-ID + secret pairs, public-by-design values, documented examples
and vendor-shaped placeholders."""
import hashlib
import hmac
import json
import string

from crypto18 import b64, b64u, bech32_encode
from vals18 import ALNUM, B32, B64U, HEX, LOWER_ALNUM

UP_ALNUM = string.ascii_uppercase + string.digits


def _pypi(v):
    ident = json.dumps({"version": 1, "permissions": "user" if v.r.random() < .5 else {"projects": [v.s(8).lower()]}},
                       separators=(",", ":")).encode()
    key = v.bytes(32)
    sig = hmac.new(key, ident, hashlib.sha256).digest()
    body = b"\x02\x01\x08pypi.org\x02" + bytes([len(v.uuid())]) + v.uuid().encode() + b"\x00"
    cav = json.dumps([int(1.7e9) + v.r.randint(0, 10 ** 8), None], separators=(",", ":")).encode()
    sig = hmac.new(sig, cav, hashlib.sha256).digest()
    body += b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00\x06\x20" + sig
    return "pypi-" + b64u(body)


def _sentry_org(v, org):
    payload = {"iat": 1.7e9 + v.r.randint(0, 10 ** 8), "url": "https://sentry.io",
               "region_url": "https://%s.sentry.io" % v.choice(["us", "de"]), "org": org}
    payload["iat"] = round(payload["iat"], 6)
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + v.s(43, B64U)


def _glc(v, org):
    d = {"o": v.digits(6), "n": "stack-%s-hm-%s" % (v.digits(6), org[:12]), "k": v.s(24),
         "m": {"r": v.choice(["prod-eu-west-2", "prod-us-east-0", "prod-eu-west-3"])}}
    return "glc_" + b64(json.dumps(d, separators=(",", ":")).encode())


def _ops(v, org):
    d = {"signInAddress": "%s.1password.eu" % org[:14], "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
         "iterations": 650000, "salt": v.s(22, B64U)}, "email": "%s@%s.1passwordserviceaccounts.eu" % (v.s(13, LOWER_ALNUM), v.s(6, LOWER_ALNUM)),
         "srpX": v.hexs(64), "muk": {"alg": "A256GCM", "ext": True, "k": v.s(43, B64U), "key_ops": ["encrypt", "decrypt"],
         "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (v.s(6, UP_ALNUM), v.s(6, UP_ALNUM),
         v.s(5, UP_ALNUM), v.s(5, UP_ALNUM), v.s(5, UP_ALNUM), v.s(5, UP_ALNUM)), "throttleSecret": {"seed": v.hexs(64), "uuid": v.s(26, UP_ALNUM)},
         "deviceUuid": v.s(26, "abcdefghijklmnopqrstuvwxyz234567")}
    return "ops_" + b64(json.dumps(d, separators=(",", ":")).encode()).rstrip("=")


def _discord(v):
    snow = str((1_200_000_000_000 + v.r.randint(0, 10 ** 11)) << 22)
    return b64u(snow.encode()) + "." + v.s(6, B64U) + "." + v.s(38, B64U)


def _openai(v):
    k = v.r.randrange(3)
    if k == 0:
        return "sk-" + v.s(20) + "T3BlbkFJ" + v.s(20)
    pre = "sk-proj-" if k == 1 else "sk-svcacct-"
    return pre + v.s(74, B64U) + "T3BlbkFJ" + v.s(74, B64U)


def _age(v):
    return bech32_encode("age-secret-key-", list(v.bytes(32))).upper()


def _mapbox_sk(v, user):
    return "sk." + b64u(json.dumps({"u": user, "a": v.s(25, LOWER_ALNUM)}, separators=(",", ":")).encode()) + "." + v.s(22, B64U)


def _jfrog_ref(v):
    raw = ("reftkn:01:%d:" % (1780000000 + v.r.randint(0, 10 ** 8))).encode()
    raw += v.s(48 - len(raw)).encode()
    return b64(raw)


# (category, vendor, env name, generator, bearer-usable)
def shapes(org):
    o = org
    return [
        ("github-classic-pat", "GitHub", "GITHUB_TOKEN", lambda v: v.crc_token("ghp_"), True),
        ("github-oauth-token", "GitHub", "GH_OAUTH_TOKEN", lambda v: v.crc_token("gho_"), True),
        ("github-app-installation-token", "GitHub", "GH_INSTALLATION_TOKEN", lambda v: v.crc_token("ghs_"), True),
        ("github-user-to-server-token", "GitHub", "GH_USER_TOKEN", lambda v: v.crc_token("ghu_"), True),
        ("github-refresh-token", "GitHub", "GH_REFRESH_TOKEN", lambda v: v.crc_token("ghr_"), False),
        ("github-fine-grained-pat", "GitHub", "GH_PAT", lambda v: "github_pat_11" + v.s(20, UP_ALNUM) + "_" + v.s(59), True),
        ("gitlab-pat", "GitLab", "GITLAB_TOKEN", lambda v: "glpat-" + v.s(20, B64U), True),
        ("gitlab-runner-token", "GitLab", "RUNNER_TOKEN", lambda v: "glrt-" + v.s(20, B64U), False),
        ("gitlab-deploy-token", "GitLab", "GITLAB_DEPLOY_TOKEN", lambda v: "gldt-" + v.s(20, B64U), False),
        ("gitlab-trigger-token", "GitLab", "TRIGGER_TOKEN", lambda v: "glptt-" + v.hexs(40), False),
        ("gitlab-runner-registration-token", "GitLab", "REGISTRATION_TOKEN", lambda v: "GR1348941" + v.s(20, B64U), False),
        ("google-api-key", "Google", "GOOGLE_MAPS_API_KEY", lambda v: "AIza" + v.s(35, B64U), False),
        ("azure-devops-pat", "Azure DevOps", "AZURE_DEVOPS_EXT_PAT", lambda v: v.s(52, "abcdefghijklmnopqrstuvwxyz234567"), False),
        ("azure-storage-account-key", "Azure", "AZURE_STORAGE_KEY", lambda v: b64(v.bytes(64)), False),
        ("slack-bot-token", "Slack", "SLACK_BOT_TOKEN", lambda v: "xoxb-%s-%s-%s" % (v.digits(12), v.digits(13), v.s(24)), True),
        ("slack-user-token", "Slack", "SLACK_USER_TOKEN", lambda v: "xoxp-%s-%s-%s-%s" % (v.digits(12), v.digits(12), v.digits(13), v.hexs(32)), True),
        ("slack-app-token", "Slack", "SLACK_APP_TOKEN", lambda v: "xapp-1-A%s-%s-%s" % (v.s(10, UP_ALNUM), v.digits(13), v.hexs(64)), True),
        ("slack-webhook-url", "Slack", "SLACK_WEBHOOK_URL", lambda v: "https://hooks.slack.com/services/T%s/B%s/%s" % (v.s(8, UP_ALNUM), v.s(10, UP_ALNUM), v.s(24)), False),
        ("stripe-secret-key", "Stripe", "STRIPE_SECRET_KEY", lambda v: "sk_live_" + (("51" + v.s(97)) if v.r.random() < .6 else v.s(24)), True),
        ("stripe-restricted-key", "Stripe", "STRIPE_RESTRICTED_KEY", lambda v: "rk_live_" + ("51" + v.s(97) if v.r.random() < .5 else v.s(24)), True),
        ("stripe-webhook-secret", "Stripe", "STRIPE_WEBHOOK_SECRET", lambda v: "whsec_" + v.s(32), False),
        ("sendgrid-api-key", "SendGrid", "SENDGRID_API_KEY", lambda v: "SG." + v.s(22, B64U) + "." + v.s(43, B64U), True),
        ("mailgun-api-key", "Mailgun", "MAILGUN_API_KEY", lambda v: "key-" + v.hexs(32), False),
        ("mailchimp-api-key", "Mailchimp", "MAILCHIMP_API_KEY", lambda v: v.hexs(32) + "-us" + str(v.r.randint(1, 21)), False),
        ("npm-access-token", "npm", "NPM_TOKEN", lambda v: v.crc_token("npm_"), True),
        ("pypi-api-token", "PyPI", "TWINE_PASSWORD", _pypi, False),
        ("rubygems-api-key", "RubyGems", "GEM_HOST_API_KEY", lambda v: "rubygems_" + v.hexs(48), False),
        ("nuget-api-key", "NuGet", "NUGET_API_KEY", lambda v: "oy2" + v.s(43, LOWER_ALNUM), False),
        ("dockerhub-pat", "Docker Hub", "DOCKERHUB_TOKEN", lambda v: "dckr_pat_" + v.s(27, B64U), False),
        ("jfrog-api-key", "JFrog", "ARTIFACTORY_API_KEY", lambda v: "AKCp" + v.choice("58") + v.s(68), False),
        ("jfrog-reference-token", "JFrog", "JFROG_ACCESS_TOKEN", _jfrog_ref, True),
        ("vault-service-token", "HashiCorp Vault", "VAULT_TOKEN", lambda v: "hvs.CAESI" + v.s(86, B64U), True),
        ("vault-batch-token", "HashiCorp Vault", "VAULT_BATCH_TOKEN", lambda v: "hvb.AAAAAQ" + v.s(110, B64U), True),
        ("terraform-cloud-token", "HCP Terraform", "TFE_TOKEN", lambda v: v.s(14) + ".atlasv1." + v.s(67), True),
        ("doppler-service-token", "Doppler", "DOPPLER_TOKEN", lambda v: "dp.st." + v.choice(["prd.", "stg.", ""]) + v.s(43), True),
        ("doppler-personal-token", "Doppler", "DOPPLER_PERSONAL_TOKEN", lambda v: "dp.pt." + v.s(43), True),
        ("pulumi-access-token", "Pulumi", "PULUMI_ACCESS_TOKEN", lambda v: "pul-" + v.hexs(40), True),
        ("databricks-pat", "Databricks", "DATABRICKS_TOKEN", lambda v: "dapi" + v.hexs(32) + v.choice(["", "", "-2", "-3"]), True),
        ("digitalocean-pat", "DigitalOcean", "DIGITALOCEAN_TOKEN", lambda v: "dop_v1_" + v.hexs(64), True),
        ("digitalocean-oauth-token", "DigitalOcean", "DO_OAUTH_TOKEN", lambda v: "doo_v1_" + v.hexs(64), True),
        ("heroku-api-key", "Heroku", "HEROKU_API_KEY", lambda v: "HRKU-AA" + v.s(58, B64U), True),
        ("vercel-token", "Vercel", "VERCEL_TOKEN", lambda v: "vcp_" + v.s(56), True),
        ("supabase-management-token", "Supabase", "SUPABASE_ACCESS_TOKEN", lambda v: "sbp_" + v.hexs(40), True),
        ("supabase-secret-key", "Supabase", "SUPABASE_SECRET_KEY", lambda v: "sb_secret_" + v.s(31, B64U), False),
        ("cloudflare-origin-ca-key", "Cloudflare", "CF_ORIGIN_CA_KEY", lambda v: "v1.0-" + v.hexs(24) + "-" + v.hexs(146), False),
        ("cloudflare-global-api-key", "Cloudflare", "CLOUDFLARE_API_KEY", lambda v: v.hexs(37), False),
        ("shopify-admin-token", "Shopify", "SHOPIFY_ADMIN_TOKEN", lambda v: "shpat_" + v.hexs(32), False),
        ("shopify-shared-secret", "Shopify", "SHOPIFY_API_SECRET", lambda v: "shpss_" + v.hexs(32), False),
        ("shopify-custom-app-token", "Shopify", "SHOPIFY_CUSTOM_APP_TOKEN", lambda v: "shpca_" + v.hexs(32), False),
        ("square-access-token", "Square", "SQUARE_ACCESS_TOKEN", lambda v: "EAAA" + v.s(60, B64U), True),
        ("square-application-secret", "Square", "SQUARE_APP_SECRET", lambda v: "sq0csp-" + v.s(43, B64U), False),
        ("braintree-access-token", "Braintree", "BRAINTREE_ACCESS_TOKEN", lambda v: "access_token$production$%s$%s" % (v.s(16, LOWER_ALNUM), v.hexs(32)), False),
        ("openai-api-key", "OpenAI", "OPENAI_API_KEY", _openai, True),
        ("anthropic-api-key", "Anthropic", "ANTHROPIC_API_KEY", lambda v: "sk-ant-api03-" + v.s(93, B64U) + "AA", False),
        ("huggingface-token", "Hugging Face", "HF_TOKEN", lambda v: "hf_" + v.s(34, string.ascii_letters), True),
        ("groq-api-key", "Groq", "GROQ_API_KEY", lambda v: "gsk_" + v.s(52), True),
        ("replicate-api-token", "Replicate", "REPLICATE_API_TOKEN", lambda v: "r8_" + v.s(37), True),
        ("openrouter-api-key", "OpenRouter", "OPENROUTER_API_KEY", lambda v: "sk-or-v1-" + v.hexs(64), True),
        ("perplexity-api-key", "Perplexity", "PPLX_API_KEY", lambda v: "pplx-" + v.s(48), True),
        ("langsmith-api-key", "LangSmith", "LANGSMITH_API_KEY", lambda v: "lsv2_" + v.choice(["pt", "sk"]) + "_" + v.hexs(32) + "_" + v.hexs(10), False),
        ("atlassian-api-token", "Atlassian", "JIRA_API_TOKEN", lambda v: "ATATT3xFfGF0" + v.s(170, B64U) + "=" + v.s(8, "0123456789ABCDEF"), False),
        ("linear-api-key", "Linear", "LINEAR_API_KEY", lambda v: "lin_api_" + v.s(40), True),
        ("notion-token", "Notion", "NOTION_TOKEN", lambda v: "ntn_" + v.digits(11) + v.s(35), True),
        ("figma-pat", "Figma", "FIGMA_TOKEN", lambda v: "figd_" + v.s(40, B64U), False),
        ("postman-api-key", "Postman", "POSTMAN_API_KEY", lambda v: "PMAK-" + v.hexs(24) + "-" + v.hexs(34), False),
        ("grafana-cloud-token", "Grafana", "GRAFANA_CLOUD_TOKEN", lambda v: _glc(v, o), True),
        ("grafana-service-account-token", "Grafana", "GRAFANA_SA_TOKEN", lambda v: "glsa_" + v.s(32) + "_" + v.hexs(8), True),
        ("sentry-org-token", "Sentry", "SENTRY_AUTH_TOKEN", lambda v: _sentry_org(v, o), True),
        ("sentry-user-token", "Sentry", "SENTRY_USER_TOKEN", lambda v: "sntryu_" + v.hexs(64), True),
        ("newrelic-user-key", "New Relic", "NEW_RELIC_API_KEY", lambda v: "NRAK-" + v.s(27, UP_ALNUM), False),
        ("newrelic-insert-key", "New Relic", "NEW_RELIC_INSERT_KEY", lambda v: "NRII-" + v.s(32, B64U), False),
        ("dynatrace-api-token", "Dynatrace", "DT_API_TOKEN", lambda v: "dt0c01." + v.s(24, UP_ALNUM) + "." + v.s(64, UP_ALNUM), False),
        ("datadog-api-key", "Datadog", "DD_API_KEY", lambda v: v.hexs(32), False),
        ("okta-api-token", "Okta", "OKTA_API_TOKEN", lambda v: "00" + v.s(40, B64U), False),
        ("telegram-bot-token", "Telegram", "TELEGRAM_BOT_TOKEN", lambda v: v.digits(v.r.randint(9, 10)) + ":AA" + v.s(33, B64U), False),
        ("discord-bot-token", "Discord", "DISCORD_BOT_TOKEN", _discord, False),
        ("age-secret-key", "age", "SOPS_AGE_KEY", _age, False),
        ("1password-service-account-token", "1Password", "OP_SERVICE_ACCOUNT_TOKEN", lambda v: _ops(v, o), False),
        ("mapbox-secret-token", "Mapbox", "MAPBOX_DOWNLOADS_TOKEN", lambda v: _mapbox_sk(v, o[:12]), False),
        ("buildkite-agent-token", "Buildkite", "BUILDKITE_API_TOKEN", lambda v: "bkua_" + v.hexs(40), True),
        ("circleci-pat", "CircleCI", "CIRCLE_TOKEN", lambda v: "CCIPAT_" + v.s(22) + "_" + v.hexs(40), False),
        ("render-api-key", "Render", "RENDER_API_KEY", lambda v: "rnd_" + v.s(32), True),
        ("prefect-api-key", "Prefect", "PREFECT_API_KEY", lambda v: "pnu_" + v.s(36), True),
        ("planetscale-token", "PlanetScale", "PLANETSCALE_SERVICE_TOKEN", lambda v: "pscale_tkn_" + v.s(43, B64U), False),
        ("planetscale-password", "PlanetScale", "DATABASE_PASSWORD", lambda v: "pscale_pw_" + v.s(43, B64U), False),
        ("infracost-api-key", "Infracost", "INFRACOST_API_KEY", lambda v: "ico-" + v.s(32), False),
        ("docker-swarm-join-token", "Docker", "SWARM_JOIN_TOKEN", lambda v: "SWMTKN-1-" + v.s(50, LOWER_ALNUM) + "-" + v.s(25, LOWER_ALNUM), False),
        ("octopus-api-key", "Octopus Deploy", "OCTOPUS_API_KEY", lambda v: "API-" + v.s(26, UP_ALNUM), False),
    ]


BEARER = {c for c, _, _, _, b in shapes("x") if b}


def _b2_id(v):
    return "00" + v.hexs(10) + "000000000" + str(v.r.randint(1, 9))


# pairs: (category, vendor, id env name, secret env name, id generator, secret generator)
def pairs(org):
    return [
        ("aws-access-key-pair", "AWS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
         lambda v: "AKIA" + v.s(16, B32), lambda v: v.s(40, ALNUM + "/+")),
        ("alibaba-access-key-pair", "Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
         lambda v: "LTAI5t" + v.s(18), lambda v: v.s(30)),
        ("tencent-secret-pair", "Tencent Cloud", "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
         lambda v: "AKID" + v.s(32), lambda v: v.s(32)),
        ("twilio-auth-token-pair", "Twilio", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN",
         lambda v: "AC" + v.hexs(32), lambda v: v.hexs(32)),
        ("twilio-api-key-pair", "Twilio", "TWILIO_API_KEY", "TWILIO_API_SECRET",
         lambda v: "SK" + v.hexs(32), lambda v: v.s(32)),
        ("datadog-api-app-key-pair", "Datadog", "DD_API_KEY", "DD_APP_KEY",
         lambda v: v.hexs(32), lambda v: v.hexs(40)),
        ("google-oauth-client-pair", "Google", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET",
         lambda v: "%s-%s.apps.googleusercontent.com" % (v.digits(12), v.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")),
         lambda v: "GOCSPX-" + v.s(28, B64U)),
        ("azure-client-secret-pair", "Microsoft Entra", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
         lambda v: v.uuid(), lambda v: v.s(3) + v.choice("0123456789") + "Q~" + v.s(34, ALNUM + "_.~-")),
        ("backblaze-b2-key-pair", "Backblaze", "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY",
         _b2_id, lambda v: "K00" + v.s(28, ALNUM + "/+")),
        ("algolia-admin-key-pair", "Algolia", "ALGOLIA_APP_ID", "ALGOLIA_ADMIN_API_KEY",
         lambda v: v.s(10, UP_ALNUM), lambda v: v.hexs(32)),
        ("digitalocean-spaces-key-pair", "DigitalOcean", "SPACES_ACCESS_KEY_ID", "SPACES_SECRET_ACCESS_KEY",
         lambda v: "DO00" + v.s(16, UP_ALNUM), lambda v: v.s(43, ALNUM + "/+")),
        ("cloudinary-key-pair", "Cloudinary", "CLOUDINARY_API_KEY", "CLOUDINARY_API_SECRET",
         lambda v: v.digits(15), lambda v: v.s(27, B64U)),
        ("pusher-key-pair", "Pusher", "PUSHER_APP_KEY", "PUSHER_APP_SECRET",
         lambda v: v.hexs(20), lambda v: v.hexs(20)),
    ]


# ---------------------------------------------------------------- negatives with vendor shapes
def public_values(v, org):
    """(category, env name, value): public by design, never a secret."""
    return [
        ("stripe-publishable-key", "STRIPE_PUBLISHABLE_KEY", "pk_live_51" + v.s(97)),
        ("google-oauth-client-id", "GOOGLE_CLIENT_ID", "%s-%s.apps.googleusercontent.com" % (v.digits(12), v.s(32, "abcdefghijklmnopqrstuvwxyz0123456789"))),
        ("supabase-anon-key", "SUPABASE_ANON_KEY", v.jwt({"iss": "supabase", "ref": v.s(20, "abcdefghijklmnopqrstuvwxyz"), "role": "anon", "iat": 1720000000 + v.r.randint(0, 10 ** 7), "exp": 2035000000 + v.r.randint(0, 10 ** 7)})),
        ("supabase-publishable-key", "SUPABASE_PUBLISHABLE_KEY", "sb_publishable_" + v.s(31, B64U)),
        ("mapbox-public-token", "MAPBOX_ACCESS_TOKEN", "pk." + b64u(json.dumps({"u": org[:12], "a": v.s(25, LOWER_ALNUM)}, separators=(",", ":")).encode()) + "." + v.s(22, B64U)),
        ("sentry-dsn", "SENTRY_DSN", "https://%s@o%s.ingest.%s.sentry.io/%s" % (v.hexs(32), v.digits(6), v.choice(["us", "de"]), v.digits(7))),
        ("ga4-measurement-id", "GA_MEASUREMENT_ID", "G-" + v.s(10, UP_ALNUM)),
        ("recaptcha-site-key", "RECAPTCHA_SITE_KEY", "6L" + v.s(38, B64U)),
        ("posthog-project-key", "POSTHOG_KEY", "phc_" + v.s(43)),
        ("launchdarkly-client-id", "LD_CLIENT_SIDE_ID", v.hexs(24)),
        ("newrelic-browser-key", "NEW_RELIC_BROWSER_KEY", "NRJS-" + v.hexs(19)),
        ("datadog-rum-client-token", "DD_CLIENT_TOKEN", "pub" + v.hexs(32)),
        ("algolia-search-key", "ALGOLIA_SEARCH_KEY", v.hexs(32)),
        ("twilio-account-sid", "TWILIO_ACCOUNT_SID", "AC" + v.hexs(32)),
        ("clerk-publishable-key", "CLERK_PUBLISHABLE_KEY", "pk_live_" + b64(("clerk.%s.com$" % org.lower()[:14]).encode()).rstrip("=")),
    ]


DOC_EXAMPLES = [
    ("documented-example-aws", "AKIAIOSFODNN7EXAMPLE"),
    ("documented-example-aws", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("documented-example-stripe", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("documented-example-jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("documented-example-github", "gho_16C7e42F292c6912E7710c838347Ae178B4a"),
    ("documented-example-azurite", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
    ("documented-example-mailgun", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"),
    ("documented-example-twilio", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
]

VENDOR_PLACEHOLDERS = [
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "AKIAXXXXXXXXXXXXXXXX",
    "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX", "hvs.<redacted>", "glpat-xxxxxxxxxxxxxxxxxxxx",
    "SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "sk-proj-REPLACE_ME", "dop_v1_<your-token>", "hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "AIzaSy-your-key-here",
    "whsec_...", "xoxp-your-user-token", "dapi<your-token>", "pnu_your_prefect_key",
]
