"""Provider token shapes (documented formats), key-ID + secret pairs, public-by-design values,
documented examples and vendor-shaped placeholders.

Each shape is (key, variable name, vendor, generator(cx) -> value). Generators use cx.rng and register the
value as unique through cx.uniq.
"""

import base64
import json
import struct

import crypto21 as C
import vals21 as V

A, U, H, D, LO = V.ALNUM, V.B64URL, V.HEX, V.DIG, V.LOW + V.DIG
UPN = V.UP + V.DIG


def _r(cx, n, alpha=A):
    return V.rs(cx.rng, n, alpha)


def _crc(cx, prefix):
    body = V.rs(cx.rng, 30, A)
    return prefix + body + C.crc32_b62(body)


def _b64(obj):
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _pypi(cx):
    def field(t, data):
        return bytes([t]) + bytes([len(data)]) + data
    ident = V.uuid4(cx.rng).encode()
    cav = json.dumps({"version": 1, "permissions": {"projects": [cx.v["short"] + "-tools"]}}).encode()
    body = b"\x02" + field(1, b"pypi.org") + field(2, ident) + b"\x00" + field(2, cav) + b"\x00\x00"
    body += bytes([6, 32]) + V.rbytes(cx.rng, 32)
    return "pypi-" + _b64u(body)


def _sts(cx):
    return "IQoJb3JpZ2luX2Vj" + base64.b64encode(V.rbytes(cx.rng, 300)).decode()


def _bedrock(cx):
    raw = "BedrockAPIKey-%s-at-%s:%s" % (_r(cx, 4, LO), _r(cx, 12, D), V.b64s(V.rbytes(cx.rng, 45)))
    return "ABSK" + base64.b64encode(raw.encode()).decode()


def _jfrog_ref(cx):
    raw = "reftkn:01:%s:%s" % (_r(cx, 10, D), _r(cx, 27, A))
    return base64.b64encode(raw.encode()).decode().rstrip("=")


def _grafana_cloud(cx):
    return "glc_" + _b64({"o": _r(cx, 6, D), "n": "stack-%s-%s" % (_r(cx, 6, D), _r(cx, 6, LO)), "k": _r(cx, 24, A),
                          "m": {"r": cx.pick(["prod-eu-west-2", "prod-eu-west-3", "prod-ap-southeast-1"])}})


def _sentry_org(cx):
    payload = {"iat": 1700000000 + cx.rng.randint(0, 60000000), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": cx.v["short"]}
    return "sntrys_" + _b64(payload) + "_" + _r(cx, 43, U)


def _discord(cx):
    snow = str(cx.rng.randint(10 ** 17, 10 ** 18 - 1))
    return _b64u(snow.encode()) + "." + _r(cx, 6, U) + "." + _r(cx, 38, U)


def _ops(cx):
    payload = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": _r(cx, 22, U)}, "email": "%s@1passwordserviceaccounts.eu" % _r(cx, 13, V.LOW),
               "srpX": _r(cx, 64, H), "muk": {"alg": "A256GCM", "ext": False, "k": _r(cx, 43, U), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s" % (_r(cx, 6, UPN), _r(cx, 5, UPN), _r(cx, 5, UPN)),
               "throttleSecret": {"seed": _r(cx, 64, H), "uuid": _r(cx, 26, UPN)}, "deviceUuid": _r(cx, 26, LO)}
    return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def _mapbox_sk(cx, pre="sk"):
    return pre + "." + _b64u(json.dumps({"u": cx.v["short"] + "-maps", "a": "cl" + _r(cx, 23, LO)},
                                        separators=(",", ":")).encode()) + "." + _r(cx, 22, U)


def _age(cx):
    return C.age_keypair(cx.rng)[0]


def _sas(cx):
    acct = cx.v["short"] + _r(cx, 6, V.LOW + D)
    sig = base64.b64encode(V.rbytes(cx.rng, 32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return ("https://%s.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-%02d-%02dT18:00:00Z"
            "&st=2025-01-01T08:00:00Z&spr=https&sig=%s" % (acct, cx.rng.randint(1, 12), cx.rng.randint(1, 28), sig))


SHAPES = [
    ("github-pat", "GITHUB_TOKEN", "GitHub", lambda cx: _crc(cx, "ghp_")),
    ("github-oauth", "GH_OAUTH_TOKEN", "GitHub", lambda cx: _crc(cx, "gho_")),
    ("github-user-to-server", "GH_APP_USER_TOKEN", "GitHub", lambda cx: _crc(cx, "ghu_")),
    ("github-installation", "GH_INSTALLATION_TOKEN", "GitHub", lambda cx: _crc(cx, "ghs_")),
    ("github-refresh", "GH_REFRESH_TOKEN", "GitHub", lambda cx: _crc(cx, "ghr_")),
    ("github-fine-grained", "GITHUB_PAT", "GitHub", lambda cx: "github_pat_" + _r(cx, 22) + "_" + _r(cx, 59)),
    ("gitlab-pat", "GITLAB_TOKEN", "GitLab", lambda cx: "glpat-" + _r(cx, 20, U)),
    ("gitlab-trigger", "GITLAB_TRIGGER_TOKEN", "GitLab", lambda cx: "glptt-" + _r(cx, 40, H)),
    ("gitlab-deploy", "GITLAB_DEPLOY_TOKEN", "GitLab", lambda cx: "gldt-" + _r(cx, 20, U)),
    ("gitlab-feed", "GITLAB_FEED_TOKEN", "GitLab", lambda cx: "glft-" + _r(cx, 20, U)),
    ("gitlab-oauth-app", "GITLAB_OAUTH_SECRET", "GitLab", lambda cx: "gloas-" + _r(cx, 64, H)),
    ("gitlab-agent", "GITLAB_AGENT_TOKEN", "GitLab", lambda cx: "glagent-" + _r(cx, 50, U)),
    ("aws-bedrock", "AWS_BEARER_TOKEN_BEDROCK", "AWS Bedrock", _bedrock),
    ("google-api-key", "GOOGLE_API_KEY", "Google", lambda cx: "AIza" + _r(cx, 35, U)),
    ("google-oauth-access", "GOOGLE_ACCESS_TOKEN", "Google", lambda cx: "ya29.a0" + _r(cx, 150, U)),
    ("google-oauth-refresh", "GOOGLE_REFRESH_TOKEN", "Google", lambda cx: "1//0" + _r(cx, 2) + "-" + _r(cx, 96, U)),
    ("azure-storage-conn", "AZURE_STORAGE_CONNECTION_STRING", "Azure Storage",
     lambda cx: "DefaultEndpointsProtocol=https;AccountName=%s%s;AccountKey=%s;EndpointSuffix=core.windows.net"
     % (cx.v["short"], _r(cx, 6, V.LOW + D), base64.b64encode(V.rbytes(cx.rng, 64)).decode())),
    ("azure-sas-url", "AZURE_EXPORT_SAS_URL", "Azure Storage", _sas),
    ("azure-servicebus", "SERVICEBUS_CONNECTION", "Azure Service Bus",
     lambda cx: "Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
     "SharedAccessKey=%s" % (cx.v["short"], base64.b64encode(V.rbytes(cx.rng, 32)).decode())),
    ("azure-appconfig", "APPCONFIG_CONNECTION", "Azure App Configuration",
     lambda cx: "Endpoint=https://%s-cfg.azconfig.io;Id=%s-l0-s0:%s;Secret=%s" % (
         cx.v["short"], _r(cx, 4), _r(cx, 20), base64.b64encode(V.rbytes(cx.rng, 32)).decode())),
    ("azure-devops-pat", "AZURE_DEVOPS_PAT", "Azure DevOps", lambda cx: _r(cx, 52, V.LOW + "234567")),
    ("slack-bot", "SLACK_BOT_TOKEN", "Slack",
     lambda cx: "xoxb-%s-%s-%s" % (_r(cx, 12, D), _r(cx, 13, D), _r(cx, 24))),
    ("slack-user", "SLACK_USER_TOKEN", "Slack",
     lambda cx: "xoxp-%s-%s-%s-%s" % (_r(cx, 12, D), _r(cx, 12, D), _r(cx, 13, D), _r(cx, 32, H))),
    ("slack-app", "SLACK_APP_TOKEN", "Slack",
     lambda cx: "xapp-1-A%s-%s-%s" % (_r(cx, 10, UPN), _r(cx, 13, D), _r(cx, 64, H))),
    ("slack-config", "SLACK_CONFIG_TOKEN", "Slack", lambda cx: "xoxe.xoxp-1-" + _r(cx, 140)),
    ("slack-webhook", "SLACK_WEBHOOK_URL", "Slack",
     lambda cx: "https://hooks.slack.com/services/T%s/B%s/%s" % (_r(cx, 9, UPN), _r(cx, 10, UPN), _r(cx, 24))),
    ("stripe-secret", "STRIPE_SECRET_KEY", "Stripe", lambda cx: "sk_live_51" + _r(cx, 97)),
    ("stripe-restricted", "STRIPE_RESTRICTED_KEY", "Stripe", lambda cx: "rk_live_51" + _r(cx, 97)),
    ("stripe-webhook", "STRIPE_WEBHOOK_SECRET", "Stripe", lambda cx: "whsec_" + _r(cx, 32)),
    ("sendgrid", "SENDGRID_API_KEY", "SendGrid", lambda cx: "SG." + _r(cx, 22, U) + "." + _r(cx, 43, U)),
    ("mailgun-legacy", "MAILGUN_API_KEY", "Mailgun", lambda cx: "key-" + _r(cx, 32, H)),
    ("mailgun", "MAILGUN_KEY", "Mailgun", lambda cx: "%s-%s-%s" % (_r(cx, 32, H), _r(cx, 8, H), _r(cx, 8, H))),
    ("mailchimp", "MAILCHIMP_API_KEY", "Mailchimp", lambda cx: _r(cx, 32, H) + "-us" + str(cx.rng.randint(2, 21))),
    ("npm", "NPM_TOKEN", "npm", lambda cx: _crc(cx, "npm_")),
    ("pypi", "PYPI_API_TOKEN", "PyPI", _pypi),
    ("rubygems", "GEM_HOST_API_KEY", "RubyGems", lambda cx: "rubygems_" + _r(cx, 48, H)),
    ("nuget", "NUGET_API_KEY", "NuGet", lambda cx: "oy2" + _r(cx, 43, V.LOW + D)),
    ("docker-pat", "DOCKERHUB_TOKEN", "Docker Hub", lambda cx: "dckr_pat_" + _r(cx, 27, U)),
    ("docker-oat", "DOCKERHUB_ORG_TOKEN", "Docker Hub", lambda cx: "dckr_oat_" + _r(cx, 32, U)),
    ("jfrog-api-key", "ARTIFACTORY_API_KEY", "JFrog", lambda cx: "AKCp" + _r(cx, 69)),
    ("jfrog-reference", "JFROG_ACCESS_TOKEN", "JFrog", _jfrog_ref),
    ("vault-service", "VAULT_TOKEN", "HashiCorp Vault", lambda cx: "hvs.CAESI" + _r(cx, 86, U)),
    ("vault-batch", "VAULT_BATCH_TOKEN", "HashiCorp Vault", lambda cx: "hvb.AAAAAQ" + _r(cx, 128, U)),
    ("terraform-cloud", "TFE_TOKEN", "HCP Terraform", lambda cx: _r(cx, 14) + ".atlasv1." + _r(cx, 67)),
    ("doppler-service", "DOPPLER_TOKEN", "Doppler", lambda cx: "dp.st.prd." + _r(cx, 40)),
    ("doppler-personal", "DOPPLER_PERSONAL_TOKEN", "Doppler", lambda cx: "dp.pt." + _r(cx, 43)),
    ("pulumi", "PULUMI_ACCESS_TOKEN", "Pulumi", lambda cx: "pul-" + _r(cx, 40, H)),
    ("databricks", "DATABRICKS_TOKEN", "Databricks", lambda cx: "dapi" + _r(cx, 32, H)),
    ("digitalocean", "DIGITALOCEAN_TOKEN", "DigitalOcean", lambda cx: "dop_v1_" + _r(cx, 64, H)),
    ("digitalocean-oauth", "DO_OAUTH_TOKEN", "DigitalOcean", lambda cx: "doo_v1_" + _r(cx, 64, H)),
    ("heroku", "HEROKU_API_KEY", "Heroku", lambda cx: "HRKU-AA" + _r(cx, 58, U)),
    ("vercel", "VERCEL_TOKEN", "Vercel", lambda cx: "vcp_" + _r(cx, 56)),
    ("supabase-mgmt", "SUPABASE_ACCESS_TOKEN", "Supabase", lambda cx: "sbp_" + _r(cx, 40, H)),
    ("supabase-secret", "SUPABASE_SECRET_KEY", "Supabase", lambda cx: "sb_secret_" + _r(cx, 31, U)),
    ("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", "Cloudflare", lambda cx: "v1.0-" + _r(cx, 24, H) + "-" + _r(cx, 146, H)),
    ("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", "Cloudflare", lambda cx: _r(cx, 40, U)),
    ("cloudflare-global-key", "CLOUDFLARE_API_KEY", "Cloudflare", lambda cx: _r(cx, 37, H)),
    ("shopify-admin", "SHOPIFY_ADMIN_TOKEN", "Shopify", lambda cx: "shpat_" + _r(cx, 32, H)),
    ("shopify-shared-secret", "SHOPIFY_API_SECRET", "Shopify", lambda cx: "shpss_" + _r(cx, 32, H)),
    ("square-access", "SQUARE_ACCESS_TOKEN", "Square", lambda cx: "EAAA" + _r(cx, 60, U)),
    ("square-app-secret", "SQUARE_APP_SECRET", "Square", lambda cx: "sq0csp-" + _r(cx, 43, U)),
    ("braintree", "BRAINTREE_ACCESS_TOKEN", "Braintree",
     lambda cx: "access_token$production$%s$%s" % (_r(cx, 16, V.LOW + D), _r(cx, 32, H))),
    ("openai-project", "OPENAI_API_KEY", "OpenAI", lambda cx: "sk-proj-" + _r(cx, 64, U) + "T3BlbkFJ" + _r(cx, 64, U)),
    ("openai-svcacct", "OPENAI_SERVICE_KEY", "OpenAI", lambda cx: "sk-svcacct-" + _r(cx, 64, U) + "T3BlbkFJ" + _r(cx, 64, U)),
    ("anthropic", "ANTHROPIC_API_KEY", "Anthropic", lambda cx: "sk-ant-api03-" + _r(cx, 93, U) + "AA"),
    ("huggingface", "HF_TOKEN", "Hugging Face", lambda cx: "hf_" + _r(cx, 34, V.LOW + V.UP)),
    ("groq", "GROQ_API_KEY", "Groq", lambda cx: "gsk_" + _r(cx, 52)),
    ("perplexity", "PERPLEXITY_API_KEY", "Perplexity", lambda cx: "pplx-" + _r(cx, 48)),
    ("replicate", "REPLICATE_API_TOKEN", "Replicate", lambda cx: "r8_" + _r(cx, 37)),
    ("openrouter", "OPENROUTER_API_KEY", "OpenRouter", lambda cx: "sk-or-v1-" + _r(cx, 64, H)),
    ("xai", "XAI_API_KEY", "xAI", lambda cx: "xai-" + _r(cx, 80)),
    ("langsmith", "LANGSMITH_API_KEY", "LangSmith", lambda cx: "lsv2_pt_%s_%s" % (_r(cx, 32, H), _r(cx, 10, H))),
    ("atlassian", "ATLASSIAN_API_TOKEN", "Atlassian", lambda cx: "ATATT3xFfGF0" + _r(cx, 180, U) + "=" + _r(cx, 8, V.HEX.upper()[:16])),
    ("linear", "LINEAR_API_KEY", "Linear", lambda cx: "lin_api_" + _r(cx, 40)),
    ("notion", "NOTION_TOKEN", "Notion", lambda cx: "ntn_" + _r(cx, 46)),
    ("notion-legacy", "NOTION_SECRET", "Notion", lambda cx: "secret_" + _r(cx, 43)),
    ("figma", "FIGMA_TOKEN", "Figma", lambda cx: "figd_" + _r(cx, 40, U)),
    ("postman", "POSTMAN_API_KEY", "Postman", lambda cx: "PMAK-%s-%s" % (_r(cx, 24, H), _r(cx, 34, H))),
    ("grafana-sa", "GRAFANA_SA_TOKEN", "Grafana", lambda cx: "glsa_%s_%s" % (_r(cx, 32), _r(cx, 8, H))),
    ("grafana-cloud", "GRAFANA_CLOUD_TOKEN", "Grafana Cloud", _grafana_cloud),
    ("sentry-org", "SENTRY_AUTH_TOKEN", "Sentry", _sentry_org),
    ("sentry-user", "SENTRY_USER_TOKEN", "Sentry", lambda cx: "sntryu_" + _r(cx, 64, H)),
    ("newrelic-user", "NEW_RELIC_API_KEY", "New Relic", lambda cx: "NRAK-" + _r(cx, 27, UPN)),
    ("dynatrace", "DT_API_TOKEN", "Dynatrace", lambda cx: "dt0c01.%s.%s" % (_r(cx, 24, UPN), _r(cx, 64, UPN))),
    ("okta-api", "OKTA_API_TOKEN", "Okta", lambda cx: "00" + _r(cx, 40, U)),
    ("telegram-bot", "TELEGRAM_BOT_TOKEN", "Telegram", lambda cx: "%s:AA%s" % (_r(cx, 10, D), _r(cx, 33, U))),
    ("discord-bot", "DISCORD_BOT_TOKEN", "Discord", _discord),
    ("age-identity", "SOPS_AGE_KEY", "age", _age),
    ("onepassword-sa", "OP_SERVICE_ACCOUNT_TOKEN", "1Password", _ops),
    ("circleci", "CIRCLE_TOKEN", "CircleCI", lambda cx: "CCIPAT_%s_%s" % (_r(cx, 22), _r(cx, 40, H))),
    ("buildkite", "BUILDKITE_API_TOKEN", "Buildkite", lambda cx: "bkua_" + _r(cx, 40, H)),
    ("bitbucket-dc", "BITBUCKET_TOKEN", "Bitbucket Data Center", lambda cx: "BBDC-" + _r(cx, 44)),
    ("docker-swarm", "SWARM_JOIN_TOKEN", "Docker Swarm",
     lambda cx: "SWMTKN-1-%s-%s" % (_r(cx, 50, LO), _r(cx, 25, LO))),
    ("octopus", "OCTOPUS_API_KEY", "Octopus Deploy", lambda cx: "API-" + _r(cx, 26, UPN)),
    ("infracost", "INFRACOST_API_KEY", "Infracost", lambda cx: "ico-" + _r(cx, 32)),
    ("prefect", "PREFECT_API_KEY", "Prefect", lambda cx: "pnu_" + _r(cx, 36)),
    ("render", "RENDER_API_KEY", "Render", lambda cx: "rnd_" + _r(cx, 32)),
    ("planetscale", "PLANETSCALE_TOKEN", "PlanetScale", lambda cx: "pscale_tkn_" + _r(cx, 43, U)),
    ("mapbox-secret", "MAPBOX_SECRET_TOKEN", "Mapbox", lambda cx: _mapbox_sk(cx)),
    ("cloudinary-url", "CLOUDINARY_URL", "Cloudinary",
     lambda cx: "cloudinary://%s:%s@%s-media" % (_r(cx, 15, D), _r(cx, 27, U), cx.v["short"])),
    ("tailscale-auth", "TS_AUTHKEY", "Tailscale", lambda cx: "tskey-auth-k%sCNTRL-%s" % (_r(cx, 10), _r(cx, 32))),
    ("deepl", "DEEPL_AUTH_KEY", "DeepL", lambda cx: V.uuid4(cx.rng) + ":fx"),
    ("fcm-server-key", "FCM_SERVER_KEY", "Firebase Cloud Messaging",
     lambda cx: "AAAA%s:APA91b%s" % (_r(cx, 7, U), _r(cx, 134, U))),
    ("launchdarkly-sdk", "LD_SDK_KEY", "LaunchDarkly", lambda cx: "sdk-" + V.uuid4(cx.rng)),
    ("harness-pat", "HARNESS_API_KEY", "Harness", lambda cx: "pat.%s.%s.%s" % (_r(cx, 22, U), _r(cx, 24, H), _r(cx, 20))),
    ("axiom", "AXIOM_TOKEN", "Axiom", lambda cx: "xaat-" + V.uuid4(cx.rng)),
    ("neon", "NEON_API_KEY", "Neon", lambda cx: "napi_" + _r(cx, 64, LO)),
    ("pinecone", "PINECONE_API_KEY", "Pinecone", lambda cx: "pcsk_%s_%s" % (_r(cx, 5), _r(cx, 60))),
    ("sonar-project", "SONAR_TOKEN", "SonarQube", lambda cx: "sqp_" + _r(cx, 40, H)),
    ("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", "Contentful", lambda cx: "CFPAT-" + _r(cx, 43, U)),
    ("airtable", "AIRTABLE_TOKEN", "Airtable", lambda cx: "pat%s.%s" % (_r(cx, 14), _r(cx, 64, H))),
    ("nets-easy", "NETS_SECRET_KEY", "Nets Easy", lambda cx: "live-secret-key-" + _r(cx, 32, H)),
    ("midtrans", "MIDTRANS_SERVER_KEY", "Midtrans", lambda cx: "Mid-server-" + _r(cx, 24, U)),
    ("xendit", "XENDIT_SECRET_KEY", "Xendit", lambda cx: "xnd_production_" + _r(cx, 64, U)),
    ("mollie", "MOLLIE_API_KEY", "Mollie", lambda cx: "live_" + _r(cx, 30)),
    ("flutterwave", "FLW_SECRET_KEY", "Flutterwave", lambda cx: "FLWSECK-" + _r(cx, 32, H) + "-X"),
    ("shippo", "SHIPPO_API_TOKEN", "Shippo", lambda cx: "shippo_live_" + _r(cx, 40, H)),
    ("yandex-cloud", "YC_API_KEY", "Yandex Cloud", lambda cx: "AQVN" + _r(cx, 36, U)),
]
SHAPE = {s[0]: s for s in SHAPES}

# shapes that read naturally as a bearer token pasted in chat or a ticket
BEARERISH = [s[0] for s in SHAPES if s[0] not in (
    "azure-storage-conn", "azure-sas-url", "azure-servicebus", "azure-appconfig", "slack-webhook", "cloudinary-url",
    "age-identity", "docker-swarm", "cloudflare-global-key", "azure-devops-pat", "cloudflare-api-token")]


def token(cx, key):
    k, var, vendor, fn = SHAPE[key]
    return cx.uniq(lambda: fn(cx))


# ---------------------------------------------------------------- pairs: (key, vendor, id var, secret var, gen)
def _aws(cx):
    return "AKIA" + _r(cx, 16, V.B32), _r(cx, 40, A + "+/")


PAIRS = [
    ("aws", "AWS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", _aws),
    ("alibaba", "Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
     lambda cx: ("LTAI" + _r(cx, 20), _r(cx, 30))),
    ("tencent", "Tencent Cloud", "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
     lambda cx: ("AKID" + _r(cx, 32), _r(cx, 32))),
    ("twilio-apikey", "Twilio", "TWILIO_API_KEY", "TWILIO_API_SECRET", lambda cx: ("SK" + _r(cx, 32, H), _r(cx, 32))),
    ("datadog", "Datadog", "DD_API_KEY", "DD_APP_KEY", lambda cx: (_r(cx, 32, H), _r(cx, 40, H))),
    ("google-oauth-client", "Google OAuth", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET",
     lambda cx: ("%s-%s.apps.googleusercontent.com" % (_r(cx, 12, D), _r(cx, 32, V.LOW + D)), "GOCSPX-" + _r(cx, 28, U))),
    ("entra-client", "Microsoft Entra", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
     lambda cx: (V.uuid4(cx.rng), _r(cx, 3) + str(cx.rng.randint(0, 9)) + "Q~" + _r(cx, 34, A + "_~.-"))),
    ("okta-client", "Okta", "OKTA_CLIENT_ID", "OKTA_CLIENT_SECRET", lambda cx: ("0oa" + _r(cx, 17), _r(cx, 64, U))),
    ("algolia-admin", "Algolia", "ALGOLIA_APP_ID", "ALGOLIA_ADMIN_KEY", lambda cx: (_r(cx, 10, UPN), _r(cx, 32, H))),
    ("backblaze-b2", "Backblaze B2", "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY",
     lambda cx: ("005" + _r(cx, 22, H), "K005" + _r(cx, 27, A))),
    ("do-spaces", "DigitalOcean Spaces", "SPACES_ACCESS_KEY_ID", "SPACES_SECRET_ACCESS_KEY",
     lambda cx: ("DO" + _r(cx, 18, UPN), _r(cx, 43, A + "+/"))),
    ("razorpay", "Razorpay", "RAZORPAY_KEY_ID", "RAZORPAY_KEY_SECRET", lambda cx: ("rzp_live_" + _r(cx, 14), _r(cx, 24))),
    ("confluent", "Confluent Cloud", "CONFLUENT_API_KEY", "CONFLUENT_API_SECRET",
     lambda cx: (_r(cx, 16, UPN), _r(cx, 64, A + "+/"))),
    ("cloudflare-r2", "Cloudflare R2", "R2_ACCESS_KEY_ID", "R2_SECRET_ACCESS_KEY", lambda cx: (_r(cx, 32, H), _r(cx, 64, H))),
    ("scaleway", "Scaleway", "SCW_ACCESS_KEY", "SCW_SECRET_KEY", lambda cx: ("SCW" + _r(cx, 17, UPN), V.uuid4(cx.rng))),
]
PAIR = {p[0]: p for p in PAIRS}


def pair(cx, key):
    k, vendor, idv, sv, fn = PAIR[key]
    for _ in range(50):
        i, s = fn(cx)
        if cx.reg.take(s):
            cx.reg.take(i)
            return i, s
    raise RuntimeError("pair")


def sts(cx):
    """STS triple: ASIA id, secret, session token."""
    i = "ASIA" + _r(cx, 16, V.B32)
    s = cx.uniq(lambda: _r(cx, 40, A + "+/"))
    t = cx.uniq(lambda: _sts(cx))
    cx.reg.take(i)
    return i, s, t


# ---------------------------------------------------------------- public by design (negatives)
def _supabase_anon(cx):
    ref = _r(cx, 20, V.LOW)
    return V.jwt_hs256(cx.rng, {"iss": "supabase", "ref": ref, "role": "anon", "iat": 1735689600, "exp": 2051222400})


PUBLIC = [
    ("stripe-publishable", "STRIPE_PUBLISHABLE_KEY", lambda cx: "pk_live_51" + _r(cx, 97)),
    ("mapbox-public", "MAPBOX_PUBLIC_TOKEN", lambda cx: _mapbox_sk(cx, "pk")),
    ("sentry-dsn", "SENTRY_DSN",
     lambda cx: "https://%s@o%s.ingest.de.sentry.io/%s" % (_r(cx, 32, H), _r(cx, 6, D), _r(cx, 7, D))),
    ("ga4", "GA_MEASUREMENT_ID", lambda cx: "G-" + _r(cx, 10, UPN)),
    ("recaptcha-site", "RECAPTCHA_SITE_KEY", lambda cx: "6L" + _r(cx, 38, U)),
    ("turnstile-site", "TURNSTILE_SITE_KEY", lambda cx: "0x4AAAAAAA" + _r(cx, 14, U)),
    ("hcaptcha-site", "HCAPTCHA_SITEKEY", lambda cx: V.uuid4(cx.rng)),
    ("supabase-anon", "SUPABASE_ANON_KEY", _supabase_anon),
    ("supabase-publishable", "SUPABASE_PUBLISHABLE_KEY", lambda cx: "sb_publishable_" + _r(cx, 31, U)),
    ("posthog", "POSTHOG_KEY", lambda cx: "phc_" + _r(cx, 43)),
    ("google-client-id", "GOOGLE_CLIENT_ID",
     lambda cx: "%s-%s.apps.googleusercontent.com" % (_r(cx, 12, D), _r(cx, 32, V.LOW + D))),
    ("twilio-sid", "TWILIO_ACCOUNT_SID", lambda cx: "AC" + _r(cx, 32, H)),
    ("square-app-id", "SQUARE_APPLICATION_ID", lambda cx: "sq0idp-" + _r(cx, 22, U)),
    ("launchdarkly-client", "LD_CLIENT_SIDE_ID", lambda cx: _r(cx, 24, H)),
    ("datadog-rum", "DD_CLIENT_TOKEN", lambda cx: "pub" + _r(cx, 32, H)),
    ("braintree-tokenization", "BRAINTREE_TOKENIZATION_KEY",
     lambda cx: "production_%s_%s" % (_r(cx, 8, V.LOW + D), _r(cx, 16, V.LOW + D))),
    ("razorpay-key-id", "RAZORPAY_KEY_ID", lambda cx: "rzp_live_" + _r(cx, 14)),
    ("midtrans-client", "MIDTRANS_CLIENT_KEY", lambda cx: "Mid-client-" + _r(cx, 16, U)),
    ("xendit-public", "XENDIT_PUBLIC_KEY", lambda cx: "xnd_public_production_" + _r(cx, 60, U)),
    ("nets-checkout", "NETS_CHECKOUT_KEY", lambda cx: "live-checkout-key-" + _r(cx, 32, H)),
    ("flutterwave-public", "FLW_PUBLIC_KEY", lambda cx: "FLWPUBK-" + _r(cx, 32, H) + "-X"),
    ("paystack-public", "PAYSTACK_PUBLIC_KEY", lambda cx: "pk_live_" + _r(cx, 40, H)),
    ("clerk-publishable", "CLERK_PUBLISHABLE_KEY",
     lambda cx: "pk_live_" + base64.b64encode(("clerk.%s$" % cx.v["domain"]).encode()).decode().rstrip("=")),
    ("mollie-profile", "MOLLIE_PROFILE_ID", lambda cx: "pfl_" + _r(cx, 10)),
    ("stripe-account", "STRIPE_ACCOUNT_ID", lambda cx: "acct_1" + _r(cx, 15)),
]
PUB = {p[0]: p for p in PUBLIC}


def public(cx, key):
    return cx.uniq(lambda: PUB[key][2](cx))


# ---------------------------------------------------------------- documented examples (negatives)
EXAMPLES = [
    ("aws-docs-key-id", "AKIAIOSFODNN7EXAMPLE"),
    ("aws-docs-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("stripe-docs-test-key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
                       "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("slack-docs-not-a-token", "xoxb-not-a-real-token-this-will-not-work"),
    ("xkcd-example-password", "correct horse battery staple"),
]
EXAMPLE = dict(EXAMPLES)

# vendor-shaped placeholders (negatives)
PLACEHOLDERS = [
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "AKIAXXXXXXXXXXXXXXXX",
    "xoxb-your-bot-token-here", "hvs.REPLACE_WITH_VAULT_TOKEN", "glpat-xxxxxxxxxxxxxxxxxxxx",
    "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "npm_00000000000000000000000000000000000000",
    "sk-proj-REPLACE_ME", "dckr_pat_<your-token>", "AIzaSy-your-google-api-key-here", "dop_v1_<token>",
    "whsec_<signing-secret>", "rubygems_<api-key>", "pul-<access-token>", "hf_<your-token>",
]


def mask(value, keep=4):
    """A masked rendition (e.g. of a revoked key): prefix kept, middle starred, last chars kept."""
    cut = value.find("_", 0, 12)
    head = value[:cut + 1] if 0 < cut < 12 else value[:3]
    return head + "*" * 12 + value[-keep:]
