"""Provider token table for the ninth corpus (about 120 providers).

Each single-value entry: key -> (category, setting name, generator(V, org), offline check or None).
Pairs (a key ID next to its secret) are in PAIRS: key -> (category, [(setting, generator, is_identifier), ...]).
Shapes come from the providers' public documentation and secrets-anchors.md; where a provider documents
no shape (NAMED below), the value sits in a setting whose name says what it is.
"""

import json
import string

from nvals import B62, DIGITS, LOWER, UPPER, b64e, b64ue

B32 = UPPER + "234567"
UD = UPPER + DIGITS


def _pypi(v, org):
    ident, cav = v.uuid().encode(), b'{"version": 1, "permissions": "user"}'
    body = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(cav)]) + cav
            + b"\x00\x00\x06\x20" + v.rbytes(32))
    return "pypi-" + b64ue(body)


def _jfrog_ref(v, org):
    return b64e(b"reftkn:01:" + v.digits(10).encode() + b":" + v.b62(32).encode()).rstrip("=")


def _sentry_org(v, org):
    p = {"iat": 1700000000 + v.r.randrange(10 ** 8), "url": "https://sentry.io", "region_url": "https://us.sentry.io",
         "org": org}
    return "sntrys_" + b64e(json.dumps(p, separators=(",", ":")).encode()).rstrip("=") + "_" + v.b64(32).rstrip("=")


def _ops(v, org):
    p = {"signInAddress": "%s.1password.com" % org, "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
         "iterations": 650000, "salt": v.b64u(22)}, "email": "%s@1passwordserviceaccounts.com" % v.alnum_lower(13),
         "srpX": v.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": v.b64u(43), "key_ops": ["encrypt", "decrypt"],
                                   "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + v.chars(UD, 6) + "-" + v.chars(UD, 26),
         "deviceUuid": v.alnum_lower(26)}
    return "ops_" + b64e(json.dumps(p, separators=(",", ":")).encode()).rstrip("=")


def _mapbox(v, org):
    p = {"u": org, "a": v.chars(LOWER + DIGITS, 25)}
    return "sk." + b64ue(json.dumps(p, separators=(",", ":")).encode()) + "." + v.b64u(22)


def _discord(v, org):
    snow = str(v.r.randrange(10 ** 17, 13 * 10 ** 17))
    return b64ue(snow.encode()) + "." + v.b64u(6) + "." + v.b64u(38)


def _grafana_cloud(v, org):
    p = {"o": v.digits(6), "n": "%s-stack-%s" % (org, v.alnum_lower(6)), "k": v.b62(24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + b64e(json.dumps(p, separators=(",", ":")).encode()).rstrip("=")


def _azure_storage(v, org):
    return ("DefaultEndpointsProtocol=https;AccountName=%s%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (org.replace("-", "")[:14], v.alnum_lower(4), v.b64(64)))


def _servicebus(v, org):
    return ("Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
            "SharedAccessKey=%s" % (org, v.b64(32)))


def _stripe(prefix):
    def g(v, org):
        return prefix + (v.b62(24) if v.r.random() < 0.3 else "51" + v.b62(97))
    return g


def _adyen(v, org):
    return "AQE" + v.b64(60).rstrip("=") + "==-" + v.b64(32) + "-" + v.b62(12)


def _bedrock(v, org):
    raw = b"BedrockAPIKey-" + v.alnum_lower(4).encode() + b"-at-" + v.digits(12).encode() + b":" + v.b64(48).encode()
    return "ABSK" + b64e(raw)


P = {
    "github-pat": ("github-pat", "GITHUB_TOKEN", lambda v, o: v.github("ghp_"), "crc32"),
    "github-oauth": ("github-oauth-token", "GH_OAUTH_TOKEN", lambda v, o: v.github("gho_"), "crc32"),
    "github-app": ("github-app-token", "GH_INSTALLATION_TOKEN", lambda v, o: v.github("ghs_"), "crc32"),
    "github-u2s": ("github-user-to-server", "GH_USER_TOKEN", lambda v, o: v.github("ghu_"), "crc32"),
    "github-fg": ("github-fine-grained-pat", "GH_PAT", lambda v, o: "github_pat_11" + v.chars(UD, 20) + "_" + v.b62(59), None),
    "npm": ("npm-token", "NPM_TOKEN", lambda v, o: v.github("npm_"), "crc32"),
    "gitlab-pat": ("gitlab-pat", "GITLAB_TOKEN", lambda v, o: "glpat-" + v.b64u(20), None),
    "gitlab-runner": ("gitlab-runner-token", "CI_RUNNER_TOKEN", lambda v, o: "glrt-" + v.b64u(20), None),
    "gitlab-deploy": ("gitlab-deploy-token", "GITLAB_DEPLOY_TOKEN", lambda v, o: "gldt-" + v.b64u(20), None),
    "gitlab-trigger": ("gitlab-trigger-token", "GITLAB_TRIGGER_TOKEN", lambda v, o: "glptt-" + v.hex(40), None),
    "bedrock": ("aws-bedrock-key", "AWS_BEARER_TOKEN_BEDROCK", _bedrock, None),
    "google-api": ("google-api-key", "GOOGLE_API_KEY", lambda v, o: "AIzaSy" + v.b64u(33), None),
    "gemini": ("gemini-api-key", "GEMINI_API_KEY", lambda v, o: "AIzaSy" + v.b64u(33), None),
    "google-oauth": ("google-oauth-secret", "GOOGLE_CLIENT_SECRET", lambda v, o: "GOCSPX-" + v.b64u(28), None),
    "google-refresh": ("google-refresh-token", "GOOGLE_REFRESH_TOKEN", lambda v, o: "1//0" + v.b64u(99), None),
    "entra": ("entra-client-secret", "AZURE_CLIENT_SECRET",
              lambda v, o: v.b62(3) + v.pick(DIGITS) + "Q~" + v.chars(B62 + "_~.-", 34), None),
    "azure-devops": ("azure-devops-pat", "AZURE_DEVOPS_PAT", lambda v, o: v.chars(LOWER + "234567", 52), None),
    "azure-storage": ("azure-storage-connection-string", "AZURE_STORAGE_CONNECTION_STRING", _azure_storage, "azure-storage"),
    "servicebus": ("azure-servicebus-connection-string", "SERVICEBUS_CONNECTION", _servicebus, None),
    "slack-bot": ("slack-bot-token", "SLACK_BOT_TOKEN",
                  lambda v, o: "xoxb-%s-%s-%s" % (v.digits(11), v.digits(13), v.b62(24)), None),
    "slack-user": ("slack-user-token", "SLACK_USER_TOKEN",
                   lambda v, o: "xoxp-%s-%s-%s-%s" % (v.digits(11), v.digits(11), v.digits(13), v.hex(32)), None),
    "slack-app": ("slack-app-token", "SLACK_APP_TOKEN",
                  lambda v, o: "xapp-1-A%s-%s-%s" % (v.chars(UD, 10), v.digits(13), v.hex(64)), None),
    "slack-webhook": ("slack-webhook", "SLACK_WEBHOOK_URL", lambda v, o: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        v.chars(UD, 8), v.chars(UD, 10), v.b62(24)), None),
    "stripe": ("stripe-secret-key", "STRIPE_SECRET_KEY", _stripe("sk_live_"), None),
    "stripe-rk": ("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", _stripe("rk_live_"), None),
    "stripe-whsec": ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", lambda v, o: "whsec_" + v.b62(32), None),
    "sendgrid": ("sendgrid-key", "SENDGRID_API_KEY", lambda v, o: "SG.%s.%s" % (v.b64u(22), v.b64u(43)), None),
    "mailgun": ("mailgun-key", "MAILGUN_API_KEY", lambda v, o: "key-" + v.hex(32), None),
    "mailchimp": ("mailchimp-key", "MAILCHIMP_API_KEY", lambda v, o: "%s-us%d" % (v.hex(32), v.r.randrange(2, 21)), None),
    "pypi": ("pypi-token", "PYPI_API_TOKEN", _pypi, "pypi"),
    "rubygems": ("rubygems-key", "GEM_HOST_API_KEY", lambda v, o: "rubygems_" + v.hex(48), None),
    "nuget": ("nuget-key", "NUGET_API_KEY", lambda v, o: "oy2" + v.alnum_lower(43), None),
    "dockerhub": ("dockerhub-pat", "DOCKERHUB_TOKEN", lambda v, o: "dckr_pat_" + v.b64u(27), None),
    "jfrog": ("jfrog-api-key", "ARTIFACTORY_API_KEY", lambda v, o: "AKCp" + v.b62(69), None),
    "jfrog-ref": ("jfrog-reference-token", "JFROG_ACCESS_TOKEN", _jfrog_ref, "jfrog"),
    "vault": ("vault-token", "VAULT_TOKEN", lambda v, o: "hvs.CAESI" + v.b64u(86), None),
    "tfc": ("terraform-cloud-token", "TFE_TOKEN", lambda v, o: v.b62(14) + ".atlasv1." + v.b62(67), None),
    "doppler": ("doppler-token", "DOPPLER_TOKEN", lambda v, o: "dp.st.prd." + v.b62(40), None),
    "pulumi": ("pulumi-token", "PULUMI_ACCESS_TOKEN", lambda v, o: "pul-" + v.hex(40), None),
    "databricks": ("databricks-token", "DATABRICKS_TOKEN", lambda v, o: "dapi" + v.hex(32), None),
    "digitalocean": ("digitalocean-token", "DIGITALOCEAN_TOKEN", lambda v, o: "dop_v1_" + v.hex(64), None),
    "heroku": ("heroku-key", "HEROKU_API_KEY", lambda v, o: "HRKU-AA" + v.b64u(58), None),
    "vercel": ("vercel-token", "VERCEL_TOKEN", lambda v, o: "vcp_" + v.b62(56), None),
    "supabase": ("supabase-token", "SUPABASE_ACCESS_TOKEN", lambda v, o: "sbp_" + v.hex(40), None),
    "supabase-secret": ("supabase-secret-key", "SUPABASE_SECRET_KEY", lambda v, o: "sb_secret_" + v.b64u(31), None),
    "cloudflare": ("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", lambda v, o: v.b64u(40), None),
    "cloudflare-ca": ("cloudflare-origin-ca-key", "CF_ORIGIN_CA_KEY", lambda v, o: "v1.0-%s-%s" % (v.hex(24), v.hex(146)), None),
    "shopify": ("shopify-admin-token", "SHOPIFY_ADMIN_TOKEN", lambda v, o: "shpat_" + v.hex(32), None),
    "shopify-ss": ("shopify-shared-secret", "SHOPIFY_API_SECRET", lambda v, o: "shpss_" + v.hex(32), None),
    "square": ("square-access-token", "SQUARE_ACCESS_TOKEN", lambda v, o: "EAAA" + v.b64u(60), None),
    "braintree": ("braintree-token", "BRAINTREE_ACCESS_TOKEN",
                  lambda v, o: "access_token$production$%s$%s" % (v.alnum_lower(16), v.hex(32)), None),
    "openai": ("openai-key", "OPENAI_API_KEY", lambda v, o: "sk-proj-" + v.b64u(74) + "T3BlbkFJ" + v.b64u(74), "openai"),
    "openai-svc": ("openai-key", "OPENAI_API_KEY", lambda v, o: "sk-svcacct-" + v.b64u(74) + "T3BlbkFJ" + v.b64u(74), "openai"),
    "anthropic": ("anthropic-key", "ANTHROPIC_API_KEY", lambda v, o: "sk-ant-api03-" + v.b64u(93) + "AA", None),
    "huggingface": ("huggingface-token", "HF_TOKEN", lambda v, o: "hf_" + v.chars(string.ascii_letters, 34), None),
    "groq": ("groq-key", "GROQ_API_KEY", lambda v, o: "gsk_" + v.b62(52), None),
    "perplexity": ("perplexity-key", "PPLX_API_KEY", lambda v, o: "pplx-" + v.b62(48), None),
    "replicate": ("replicate-token", "REPLICATE_API_TOKEN", lambda v, o: "r8_" + v.b62(37), None),
    "openrouter": ("openrouter-key", "OPENROUTER_API_KEY", lambda v, o: "sk-or-v1-" + v.hex(64), None),
    "xai": ("xai-key", "XAI_API_KEY", lambda v, o: "xai-" + v.b62(80), None),
    "langsmith": ("langsmith-key", "LANGSMITH_API_KEY", lambda v, o: "lsv2_pt_%s_%s" % (v.hex(32), v.hex(10)), None),
    "atlassian": ("atlassian-token", "JIRA_API_TOKEN", lambda v, o: "ATATT3xFfGF0" + v.b64u(170) + "=" + v.HEX(8), None),
    "linear": ("linear-key", "LINEAR_API_KEY", lambda v, o: "lin_api_" + v.b62(40), None),
    "notion": ("notion-token", "NOTION_TOKEN", lambda v, o: "ntn_" + v.digits(11) + v.b62(35), None),
    "figma": ("figma-token", "FIGMA_TOKEN", lambda v, o: "figd_" + v.b64u(40), None),
    "postman": ("postman-key", "POSTMAN_API_KEY", lambda v, o: "PMAK-%s-%s" % (v.hex(24), v.hex(34)), None),
    "grafana-sa": ("grafana-sa-token", "GRAFANA_TOKEN", lambda v, o: "glsa_%s_%s" % (v.b62(32), v.hex(8)), None),
    "grafana-cloud": ("grafana-cloud-token", "GRAFANA_CLOUD_TOKEN", _grafana_cloud, "b64json"),
    "sentry-org": ("sentry-org-token", "SENTRY_AUTH_TOKEN", _sentry_org, "b64json"),
    "sentry-user": ("sentry-user-token", "SENTRY_USER_TOKEN", lambda v, o: "sntryu_" + v.hex(64), None),
    "newrelic": ("newrelic-key", "NEW_RELIC_API_KEY", lambda v, o: "NRAK-" + v.chars(UD, 27), None),
    "dynatrace": ("dynatrace-token", "DT_API_TOKEN", lambda v, o: "dt0c01.%s.%s" % (v.chars(UD, 24), v.chars(UD, 64)), None),
    "datadog": ("datadog-api-key", "DD_API_KEY", lambda v, o: v.hex(32), None),
    "datadog-app": ("datadog-app-key", "DD_APP_KEY", lambda v, o: v.hex(40), None),
    "okta": ("okta-token", "OKTA_API_TOKEN", lambda v, o: "00" + v.b64u(40), None),
    "telegram": ("telegram-bot-token", "TELEGRAM_BOT_TOKEN", lambda v, o: "%s:AA%s" % (v.digits(10), v.b64u(33)), None),
    "discord": ("discord-bot-token", "DISCORD_BOT_TOKEN", _discord, "discord"),
    "1password": ("onepassword-sa-token", "OP_SERVICE_ACCOUNT_TOKEN", _ops, "b64json"),
    "circleci": ("circleci-token", "CIRCLE_TOKEN", lambda v, o: "CCIPAT_%s_%s" % (v.b62(22), v.hex(40)), None),
    "buildkite": ("buildkite-token", "BUILDKITE_API_TOKEN", lambda v, o: "bkua_" + v.hex(40), None),
    "bitbucket-dc": ("bitbucket-dc-token", "BITBUCKET_TOKEN", lambda v, o: "BBDC-" + v.b62(44), None),
    "octopus": ("octopus-key", "OCTOPUS_API_KEY", lambda v, o: "API-" + v.chars(UD, 26), None),
    "infracost": ("infracost-key", "INFRACOST_API_KEY", lambda v, o: "ico-" + v.b62(32), None),
    "prefect": ("prefect-key", "PREFECT_API_KEY", lambda v, o: "pnu_" + v.b62(36), None),
    "render": ("render-key", "RENDER_API_KEY", lambda v, o: "rnd_" + v.b62(32), None),
    "planetscale": ("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", lambda v, o: "pscale_tkn_" + v.b64u(43), None),
    "planetscale-pw": ("planetscale-password", "DATABASE_PASSWORD", lambda v, o: "pscale_pw_" + v.b64u(43), None),
    "contentful": ("contentful-token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda v, o: "CFPAT-" + v.b64u(43), None),
    "netlify": ("netlify-token", "NETLIFY_AUTH_TOKEN", lambda v, o: "nfp_" + v.b62(36), None),
    "airtable": ("airtable-pat", "AIRTABLE_TOKEN", lambda v, o: "pat%s.%s" % (v.b62(14), v.hex(64)), None),
    "asana": ("asana-pat", "ASANA_PAT", lambda v, o: "2/%s/%s:%s" % (v.digits(16), v.digits(16), v.hex(32)), None),
    "dropbox": ("dropbox-token", "DROPBOX_ACCESS_TOKEN", lambda v, o: "sl.B" + v.b64u(134), None),
    "shippo": ("shippo-token", "SHIPPO_API_TOKEN", lambda v, o: "shippo_live_" + v.hex(40), None),
    "mollie": ("mollie-key", "MOLLIE_API_KEY", lambda v, o: "live_" + v.b62(30), None),
    "brevo": ("brevo-key", "BREVO_API_KEY", lambda v, o: "xkeysib-%s-%s" % (v.hex(64), v.b62(16)), None),
    "paystack": ("paystack-secret", "PAYSTACK_SECRET_KEY", lambda v, o: "sk_live_" + v.hex(40), None),
    "flutterwave": ("flutterwave-secret", "FLW_SECRET_KEY", lambda v, o: "FLWSECK-%s-X" % v.hex(32), None),
    "mapbox": ("mapbox-secret-token", "MAPBOX_SECRET_TOKEN", _mapbox, "b64json"),
    "lob": ("lob-key", "LOB_API_KEY", lambda v, o: "live_" + v.hex(35), None),
    "intercom": ("intercom-token", "INTERCOM_ACCESS_TOKEN",
                 lambda v, o: b64e(("tok:%s:1:0" % v.uuid()).encode()).rstrip("="), None),
    "pagerduty": ("pagerduty-key", "PAGERDUTY_API_KEY", lambda v, o: "u+" + v.b64u(18), None),
    "pinecone": ("pinecone-key", "PINECONE_API_KEY", lambda v, o: "pcsk_%s_%s" % (v.b62(6), v.b62(63)), None),
    "flyio": ("flyio-token", "FLY_API_TOKEN", lambda v, o: "fm2_" + v.b64(120).rstrip("="), None),
    "sonar": ("sonar-token", "SONAR_TOKEN", lambda v, o: "squ_" + v.hex(40), None),
    "ngrok": ("ngrok-authtoken", "NGROK_AUTHTOKEN", lambda v, o: "2%s_%s" % (v.b62(26), v.b62(21)), None),
    "tailscale": ("tailscale-key", "TS_AUTHKEY", lambda v, o: "tskey-auth-k%sCNTRL-%s" % (v.b62(10), v.b62(33)), None),
    "elevenlabs": ("elevenlabs-key", "ELEVENLABS_API_KEY", lambda v, o: "sk_" + v.hex(48), None),
    "fireworks": ("fireworks-key", "FIREWORKS_API_KEY", lambda v, o: "fw_" + v.b62(24), None),
    "adyen": ("adyen-api-key", "ADYEN_API_KEY", _adyen, None),
    "posthog": ("posthog-personal-key", "POSTHOG_PERSONAL_API_KEY", lambda v, o: "phx_" + v.b62(43), None),
    "launchdarkly": ("launchdarkly-sdk-key", "LD_SDK_KEY", lambda v, o: "sdk-" + v.uuid(), "uuid-suffix"),
    "postmark": ("postmark-token", "POSTMARK_SERVER_TOKEN", lambda v, o: v.uuid(), "uuid"),
    "resend": ("resend-key", "RESEND_API_KEY", lambda v, o: "re_%s_%s" % (v.b62(8), v.b62(24)), None),
    "hubspot": ("hubspot-token", "HUBSPOT_ACCESS_TOKEN", lambda v, o: "pat-na1-" + v.uuid(), "uuid-suffix"),
    "clickup": ("clickup-token", "CLICKUP_API_TOKEN", lambda v, o: "pk_%s_%s" % (v.digits(8), v.chars(UD, 32)), None),
    "typeform": ("typeform-token", "TYPEFORM_TOKEN", lambda v, o: "tfp_%s_%s" % (v.b62(44), v.b62(14)), None),
    "zendesk": ("zendesk-token", "ZENDESK_API_TOKEN", lambda v, o: v.b62(40), None),
    "cohere": ("cohere-key", "COHERE_API_KEY", lambda v, o: v.b62(40), None),
    "mistral": ("mistral-key", "MISTRAL_API_KEY", lambda v, o: v.b62(32), None),
    "deepgram": ("deepgram-key", "DEEPGRAM_API_KEY", lambda v, o: v.hex(40), None),
    "snyk": ("snyk-token", "SNYK_TOKEN", lambda v, o: v.uuid(), "uuid"),
    "codecov": ("codecov-token", "CODECOV_TOKEN", lambda v, o: v.uuid(), "uuid"),
    "twitch": ("twitch-client-secret", "TWITCH_CLIENT_SECRET", lambda v, o: v.alnum_lower(30), None),
    "age": ("age-secret-key", "SOPS_AGE_KEY", lambda v, o: v.age_key(), "bech32"),
    "swarm": ("docker-swarm-join-token", "SWARM_JOIN_TOKEN",
              lambda v, o: "SWMTKN-1-%s-%s" % (v.alnum_lower(50), v.alnum_lower(25)), None),
    "deepl": ("deepl-key", "DEEPL_AUTH_KEY", lambda v, o: v.uuid() + ":fx", None),
    "bugsnag": ("bugsnag-key", "BUGSNAG_API_KEY", lambda v, o: v.hex(32), None),
    "rollbar": ("rollbar-token", "ROLLBAR_ACCESS_TOKEN", lambda v, o: v.hex(32), None),
    "hetzner": ("hetzner-token", "HCLOUD_TOKEN", lambda v, o: v.b62(64), None),
    "linode": ("linode-token", "LINODE_TOKEN", lambda v, o: v.hex(64), None),
    "deno": ("deno-deploy-token", "DENO_DEPLOY_TOKEN", lambda v, o: "ddp_" + v.b62(36), None),
    "fastly": ("fastly-token", "FASTLY_API_TOKEN", lambda v, o: v.b64u(32), None),
    "auth0": ("auth0-client-secret", "AUTH0_CLIENT_SECRET", lambda v, o: v.b64u(64), None),
    "zoom": ("zoom-client-secret", "ZOOM_CLIENT_SECRET", lambda v, o: v.b62(32), None),
    "honeycomb": ("honeycomb-key", "HONEYCOMB_API_KEY", lambda v, o: "hcaik_01" + v.alnum_lower(50), None),
    "sumsub": ("sumsub-secret", "SUMSUB_SECRET_KEY", lambda v, o: v.b62(32), None),
    "twilio-sg": ("twilio-auth-token", "TWILIO_AUTH_TOKEN", lambda v, o: v.hex(32), None),
    "vonage": ("vonage-secret", "VONAGE_API_SECRET", lambda v, o: v.b62(16), None),
    "slack-signing": ("slack-signing-secret", "SLACK_SIGNING_SECRET", lambda v, o: v.hex(32), None),
    "okta-client": ("okta-client-secret", "OKTA_CLIENT_SECRET", lambda v, o: v.b64u(64), None),
    "firebase-server": ("fcm-server-key", "FCM_SERVER_KEY", lambda v, o: "AAAA" + v.b64u(7) + ":APA91b" + v.b64u(134), None),
}

# Settings whose names alone say what they are (no documented shape): counted as provider tokens.
NAMED = {"cloudflare", "datadog", "datadog-app", "zendesk", "cohere", "mistral", "deepgram", "snyk", "codecov",
         "twitch", "bugsnag", "rollbar", "hetzner", "linode", "fastly", "auth0", "zoom", "sumsub", "twilio-sg",
         "vonage", "slack-signing", "okta-client", "postmark", "azure-devops", "pagerduty"}


def _aws(v, o):
    return [("AWS_ACCESS_KEY_ID", "AKIA" + v.chars(B32, 16), True), ("AWS_SECRET_ACCESS_KEY", v.b64(30), False)]


PAIRS = {
    "aws": ("aws-access-key-pair", _aws),
    "twilio": ("twilio-credentials", lambda v, o: [("TWILIO_ACCOUNT_SID", "AC" + v.hex(32), True),
                                                   ("TWILIO_AUTH_TOKEN", v.hex(32), False)]),
    "twilio-key": ("twilio-api-key-pair", lambda v, o: [("TWILIO_API_KEY", "SK" + v.hex(32), True),
                                                        ("TWILIO_API_SECRET", v.b62(32), False)]),
    "algolia": ("algolia-admin-key", lambda v, o: [("ALGOLIA_APP_ID", v.chars(UD, 10), True),
                                                   ("ALGOLIA_ADMIN_KEY", v.hex(32), False)]),
    "alibaba": ("alibaba-access-key-pair", lambda v, o: [("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5t" + v.b62(18), True),
                                                         ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", v.b62(30), False)]),
    "tencent": ("tencent-secret-pair", lambda v, o: [("TENCENTCLOUD_SECRET_ID", "AKID" + v.b62(32), True),
                                                    ("TENCENTCLOUD_SECRET_KEY", v.b62(32), False)]),
    "confluent": ("confluent-api-key-pair", lambda v, o: [("CONFLUENT_CLOUD_API_KEY", v.chars(UD, 16), True),
                                                          ("CONFLUENT_CLOUD_API_SECRET", v.b64(48), False)]),
    "atlas": ("mongodb-atlas-key-pair", lambda v, o: [("MONGODB_ATLAS_PUBLIC_KEY", v.alnum_lower(8), True),
                                                      ("MONGODB_ATLAS_PRIVATE_KEY", v.uuid(), False)]),
    "b2": ("backblaze-b2-key-pair", lambda v, o: [("B2_APPLICATION_KEY_ID", "005" + v.hex(22), True),
                                                  ("B2_APPLICATION_KEY", "K005" + v.b64u(27), False)]),
    "scaleway": ("scaleway-key-pair", lambda v, o: [("SCW_ACCESS_KEY", "SCW" + v.chars(UD, 17), True),
                                                    ("SCW_SECRET_KEY", v.uuid(), False)]),
    "mailjet": ("mailjet-key-pair", lambda v, o: [("MJ_APIKEY_PUBLIC", v.hex(32), True),
                                                  ("MJ_APIKEY_PRIVATE", v.hex(32), False)]),
    "mux": ("mux-token-pair", lambda v, o: [("MUX_TOKEN_ID", v.uuid(), True), ("MUX_TOKEN_SECRET", v.b64(56), False)]),
    "plaid": ("plaid-secret", lambda v, o: [("PLAID_CLIENT_ID", v.hex(24), True), ("PLAID_SECRET", v.hex(30), False)]),
    "cloudinary": ("cloudinary-url", lambda v, o: [("CLOUDINARY_URL", "cloudinary://%s:%s@%s" % (
        v.digits(15), v.b64u(27), o), False)]),
}

DOCUMENTED = {
    "aws-id": "AKIAIOSFODNN7EXAMPLE",
    "aws-secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "stripe-test": "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "jwt-io": ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
               "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
}


def token(v, key, org):
    cat, env, gen, check = P[key]
    return cat, env, gen(v, org), check


def pair(v, key, org):
    cat, gen = PAIRS[key]
    return cat, gen(v, org)
