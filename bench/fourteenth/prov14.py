"""Provider token shapes (documented prefixes, lengths and alphabets), key-ID + secret pairs,
public-by-design values and prefix-shaped placeholders."""

import base64
import json

from keys14 import b64u
from vals14 import B62, ALNUM, B64URL, HEX

# ------------------------------------------------------------------ single tokens
# name -> (setting name, generator, check)


def _pypi(v):
    ident = v.uuid()
    caveat = json.dumps({"version": 1, "permissions": {"projects": [v.choice(["timing-sdk", "relayctl", "pkgtool"])]}},
                        separators=(",", ":")).encode()
    body = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident.encode() + b"\x00\x02" + bytes([len(caveat)])
            + caveat + b"\x00\x00\x06\x20" + v.randbytes(32))
    return "pypi-" + b64u(body)


def _grafana_cloud(v):
    j = json.dumps({"o": str(v.randint(100000, 999999)), "n": "stack-%d-%s" % (v.randint(100, 999), v.lower(6)),
                    "k": v.alnum(24), "m": {"r": v.choice(["us", "eu", "prod-eu-west-2"])}}, separators=(",", ":"))
    return "glc_" + base64.b64encode(j.encode()).decode().rstrip("=")


def _sentry_org(v):
    j = json.dumps({"iat": v.randint(1700000000, 1760000000), "url": "https://sentry.io",
                    "region_url": "https://us.sentry.io", "org": v.choice(["ops", "platform", "fieldapps"])},
                   separators=(",", ":"))
    return "sntrys_" + base64.b64encode(j.encode()).decode().rstrip("=") + "_" + v.s(ALNUM + "+/", 43)


def _ops(v):
    j = json.dumps({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                    "iterations": 650000, "salt": v.b64url(22)}, "email": v.lower(14) + "@1passwordserviceaccounts.com",
                    "srpX": v.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": v.b64url(43), "kty": "oct",
                    "kid": "mp"}, "secretKey": "A3-" + v.upper(6) + "-" + v.upper(11) + "-" + v.upper(5),
                    "throttleSecret": {"seed": v.hex(64), "uuid": v.uuid()}, "deviceUuid": v.lower(26)},
                   separators=(",", ":"))
    return "ops_" + base64.b64encode(j.encode()).decode().rstrip("=")


def _mapbox_sk(v):
    j = json.dumps({"u": v.choice(["fieldops", "mapsteam", "dispatch"]), "a": v.lower(25)}, separators=(",", ":"))
    return "sk." + b64u(j.encode()) + "." + v.b64url(22)


def _discord(v):
    snow = str(v.randint(10 ** 17, 10 ** 18 * 9))
    return b64u(snow.encode()) + "." + v.b64url(6) + "." + v.b64url(38)


def _jfrog_ref(v):
    return "cmVmdGtuOjAxOjE3" + v.alnum(48)


def _openai(v):
    return "sk-proj-" + v.b64url(74) + "T3BlbkFJ" + v.b64url(74)


def _elastic(v):
    return base64.b64encode((v.b64url(20) + ":" + v.b64url(22)).encode()).decode()


SINGLE = {
    "github-pat": ("GITHUB_TOKEN", lambda v: v.gh("ghp_"), "gh-crc"),
    "github-oauth": ("GH_OAUTH_TOKEN", lambda v: v.gh("gho_"), "gh-crc"),
    "github-app-token": ("GITHUB_APP_INSTALLATION_TOKEN", lambda v: v.gh("ghs_"), "gh-crc"),
    "github-fine-grained-pat": ("GH_PAT", lambda v: "github_pat_11" + v.upper(20) + "_" + v.s(ALNUM, 59), None),
    "gitlab-pat": ("GITLAB_TOKEN", lambda v: "glpat-" + v.s(ALNUM + "-_", 20), None),
    "gitlab-deploy-token": ("GITLAB_DEPLOY_TOKEN", lambda v: "gldt-" + v.s(ALNUM + "-_", 20), None),
    "gitlab-runner-token": ("RUNNER_TOKEN", lambda v: "glrt-" + v.s(ALNUM + "-_", 20), None),
    "npm-token": ("NPM_TOKEN", lambda v: v.gh("npm_"), "gh-crc"),
    "pypi-token": ("PYPI_API_TOKEN", _pypi, "pypi"),
    "rubygems-key": ("GEM_HOST_API_KEY", lambda v: "rubygems_" + v.hex(48), None),
    "nuget-key": ("NUGET_API_KEY", lambda v: "oy2" + v.lower(43), None),
    "dockerhub-pat": ("DOCKERHUB_TOKEN", lambda v: "dckr_pat_" + v.b64url(27), None),
    "jfrog-reference-token": ("ARTIFACTORY_ACCESS_TOKEN", _jfrog_ref, None),
    "vault-token": ("VAULT_TOKEN", lambda v: "hvs." + v.b64url(91), None),
    "terraform-cloud-token": ("TFE_TOKEN", lambda v: v.alnum(14) + ".atlasv1." + v.alnum(67), None),
    "doppler-token": ("DOPPLER_TOKEN", lambda v: "dp.st.prd." + v.alnum(43), None),
    "pulumi-token": ("PULUMI_ACCESS_TOKEN", lambda v: "pul-" + v.hex(40), None),
    "databricks-pat": ("DATABRICKS_TOKEN", lambda v: "dapi" + v.hex(32), None),
    "digitalocean-pat": ("DIGITALOCEAN_TOKEN", lambda v: "dop_v1_" + v.hex(64), None),
    "heroku-key": ("HEROKU_API_KEY", lambda v: "HRKU-AA" + v.b64url(58), None),
    "vercel-token": ("VERCEL_TOKEN", lambda v: "vcp_" + v.alnum(56), None),
    "supabase-mgmt-token": ("SUPABASE_ACCESS_TOKEN", lambda v: "sbp_" + v.hex(40), None),
    "supabase-secret-key": ("SUPABASE_SECRET_KEY", lambda v: "sb_secret_" + v.b64url(31), None),
    "cloudflare-api-token": ("CLOUDFLARE_API_TOKEN", lambda v: v.b64url(40), None),
    "cloudflare-origin-ca-key": ("CF_ORIGIN_CA_KEY", lambda v: "v1.0-" + v.hex(24) + "-" + v.hex(146), None),
    "shopify-admin-token": ("SHOPIFY_ADMIN_TOKEN", lambda v: "shpat_" + v.hex(32), None),
    "shopify-shared-secret": ("SHOPIFY_API_SECRET", lambda v: "shpss_" + v.hex(32), None),
    "square-access-token": ("SQUARE_ACCESS_TOKEN", lambda v: "EAAA" + v.b64url(60), None),
    "braintree-access-token": ("BRAINTREE_ACCESS_TOKEN",
                               lambda v: "access_token$production$" + v.lower(16) + "$" + v.hex(32), None),
    "stripe-secret-key": ("STRIPE_SECRET_KEY", lambda v: "sk_live_51" + v.alnum(97), None),
    "stripe-restricted-key": ("STRIPE_RESTRICTED_KEY", lambda v: "rk_live_51" + v.alnum(97), None),
    "stripe-webhook-secret": ("STRIPE_WEBHOOK_SECRET", lambda v: "whsec_" + v.alnum(32), None),
    "sendgrid-key": ("SENDGRID_API_KEY", lambda v: "SG." + v.b64url(22) + "." + v.b64url(43), None),
    "mailgun-key": ("MAILGUN_API_KEY", lambda v: "key-" + v.hex(32), None),
    "mailchimp-key": ("MAILCHIMP_API_KEY", lambda v: v.hex(32) + "-us" + str(v.randint(2, 21)), None),
    "openai-key": ("OPENAI_API_KEY", _openai, "openai"),
    "anthropic-key": ("ANTHROPIC_API_KEY", lambda v: "sk-ant-api03-" + v.b64url(93) + "AA", None),
    "huggingface-token": ("HF_TOKEN", lambda v: "hf_" + v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34),
                          None),
    "groq-key": ("GROQ_API_KEY", lambda v: "gsk_" + v.alnum(52), None),
    "replicate-token": ("REPLICATE_API_TOKEN", lambda v: "r8_" + v.alnum(37), None),
    "openrouter-key": ("OPENROUTER_API_KEY", lambda v: "sk-or-v1-" + v.hex(64), None),
    "langsmith-key": ("LANGSMITH_API_KEY", lambda v: "lsv2_pt_" + v.hex(32) + "_" + v.hex(10), None),
    "atlassian-token": ("JIRA_API_TOKEN", lambda v: "ATATT3xFfGF0" + v.b64url(170) + "=" + v.HEX(8), None),
    "linear-key": ("LINEAR_API_KEY", lambda v: "lin_api_" + v.alnum(40), None),
    "notion-token": ("NOTION_TOKEN", lambda v: "ntn_" + v.digits(11) + v.alnum(35), None),
    "figma-token": ("FIGMA_TOKEN", lambda v: "figd_" + v.b64url(40), None),
    "postman-key": ("POSTMAN_API_KEY", lambda v: "PMAK-" + v.hex(24) + "-" + v.hex(34), None),
    "grafana-sa-token": ("GRAFANA_TOKEN", lambda v: "glsa_" + v.alnum(32) + "_" + v.hex(8), None),
    "grafana-cloud-token": ("GRAFANA_CLOUD_TOKEN", _grafana_cloud, "b64json"),
    "sentry-org-token": ("SENTRY_AUTH_TOKEN", _sentry_org, "b64json"),
    "sentry-user-token": ("SENTRY_USER_TOKEN", lambda v: "sntryu_" + v.hex(64), None),
    "newrelic-user-key": ("NEW_RELIC_API_KEY", lambda v: "NRAK-" + v.upper(27), None),
    "dynatrace-token": ("DT_API_TOKEN", lambda v: "dt0c01." + v.upper(24) + "." + v.upper(64), None),
    "datadog-api-key": ("DD_API_KEY", lambda v: v.hex(32), None),
    "okta-token": ("OKTA_API_TOKEN", lambda v: "00" + v.b64url(40), None),
    "telegram-bot-token": ("TELEGRAM_BOT_TOKEN", lambda v: v.digits(10) + ":AA" + v.b64url(33), None),
    "discord-bot-token": ("DISCORD_BOT_TOKEN", _discord, None),
    "onepassword-sa-token": ("OP_SERVICE_ACCOUNT_TOKEN", _ops, "b64json"),
    "circleci-token": ("CIRCLE_TOKEN", lambda v: "CCIPAT_" + v.alnum(22) + "_" + v.hex(40), None),
    "buildkite-token": ("BUILDKITE_API_TOKEN", lambda v: "bkua_" + v.hex(40), None),
    "swarm-join-token": ("SWARM_WORKER_TOKEN", lambda v: "SWMTKN-1-" + v.lower(50) + "-" + v.lower(25), None),
    "octopus-key": ("OCTOPUS_API_KEY", lambda v: "API-" + v.upper(26), None),
    "render-key": ("RENDER_API_KEY", lambda v: "rnd_" + v.alnum(32), None),
    "planetscale-token": ("PLANETSCALE_SERVICE_TOKEN", lambda v: "pscale_tkn_" + v.b64url(43), None),
    "azure-client-secret": ("AZURE_CLIENT_SECRET", lambda v: v.alnum(3) + str(v.randint(0, 9)) + "Q~" +
                            v.s(ALNUM + "_~.-", 34), None),
    "azure-devops-pat": ("AZURE_DEVOPS_EXT_PAT", lambda v: v.s("abcdefghijklmnopqrstuvwxyz234567", 52), None),
    "mapbox-secret-token": ("MAPBOX_SECRET_TOKEN", _mapbox_sk, None),
    "airtable-pat": ("AIRTABLE_TOKEN", lambda v: "pat" + v.alnum(14) + "." + v.hex(64), None),
    "contentful-pat": ("CONTENTFUL_MANAGEMENT_TOKEN", lambda v: "CFPAT-" + v.b64url(43), None),
    "netlify-token": ("NETLIFY_AUTH_TOKEN", lambda v: "nfp_" + v.alnum(40), None),
    "tailscale-authkey": ("TS_AUTHKEY", lambda v: "tskey-auth-k" + v.alnum(11) + "CNTRL-" + v.alnum(33), None),
    "shippo-token": ("SHIPPO_API_TOKEN", lambda v: "shippo_live_" + v.hex(40), None),
    "easypost-key": ("EASYPOST_API_KEY", lambda v: "EZAK" + v.hex(54), None),
    "pagerduty-routing-key": ("PAGERDUTY_ROUTING_KEY", lambda v: "R0" + v.hex(30), None),
    "hubspot-private-app": ("HUBSPOT_ACCESS_TOKEN", lambda v: "pat-na1-" + v.uuid(), None),
    "elastic-api-key": ("ELASTIC_API_KEY", _elastic, None),
    "age-secret-key": ("SOPS_AGE_KEY", None, "bech32"),
    "pinecone-key": ("PINECONE_API_KEY", lambda v: "pcsk_" + v.alnum(5) + "_" + v.alnum(63), None),
    "fly-token": ("FLY_API_TOKEN", lambda v: "FlyV1 fm2_" + v.b64url(180), None),
    "typeform-token": ("TYPEFORM_TOKEN", lambda v: "tfp_" + v.alnum(44) + "_" + v.alnum(14), None),
    "adyen-api-key": ("ADYEN_API_KEY", lambda v: "AQE" + v.s(ALNUM, 40) + "-" + v.s(ALNUM + "+/", 44) + "=-" +
                      v.s(ALNUM, 12), None),
    "twilio-auth-token": ("TWILIO_AUTH_TOKEN", lambda v: v.hex(32), None),
    "zendesk-api-token": ("ZENDESK_API_TOKEN", lambda v: v.alnum(40), None),
    "linode-token": ("LINODE_TOKEN", lambda v: v.hex(64), None),
    "fastly-token": ("FASTLY_API_TOKEN", lambda v: v.b64url(32), None),
    "auth0-client-secret": ("AUTH0_CLIENT_SECRET", lambda v: v.b64url(64), None),
}


def single(v, name):
    if name == "age-secret-key":
        import keys14
        return keys14.age_secret(v)
    return SINGLE[name][1](v)


# ------------------------------------------------------------------ pairs: (id setting, secret setting, id, secret)
def pair(v, name):
    if name == "aws":
        return "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AKIA" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), \
            v.s(ALNUM + "/+", 40)
    if name == "twilio-apikey":
        return "TWILIO_API_KEY", "TWILIO_API_SECRET", "SK" + v.hex(32), v.alnum(32)
    if name == "alibaba":
        return "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "LTAI5t" + v.alnum(18), v.alnum(30)
    if name == "tencent":
        return "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "AKID" + v.alnum(32), v.alnum(32)
    if name == "algolia":
        return "ALGOLIA_APP_ID", "ALGOLIA_ADMIN_KEY", v.upper(10), v.hex(32)
    if name == "confluent":
        return "CONFLUENT_CLOUD_API_KEY", "CONFLUENT_CLOUD_API_SECRET", v.upper(16), v.s(ALNUM + "+/", 64)
    if name == "atlas":
        return "MONGODB_ATLAS_PUBLIC_KEY", "MONGODB_ATLAS_PRIVATE_KEY", v.lower(8), v.uuid()
    if name == "b2":
        return "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY", "005" + v.hex(22), "K005" + v.s(ALNUM + "+/", 27)
    if name == "scaleway":
        return "SCW_ACCESS_KEY", "SCW_SECRET_KEY", "SCW" + v.upper(17), v.uuid()
    if name == "plaid":
        return "PLAID_CLIENT_ID", "PLAID_SECRET", v.hex(24), v.hex(30)
    if name == "vonage":
        return "VONAGE_API_KEY", "VONAGE_API_SECRET", v.hex(8), v.alnum(16)
    if name == "mailjet":
        return "MAILJET_API_KEY", "MAILJET_SECRET_KEY", v.hex(32), v.hex(32)
    if name == "zoom-s2s":
        return "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET", v.alnum(22), v.alnum(32)
    raise KeyError(name)


PAIRS = ["aws", "twilio-apikey", "alibaba", "tencent", "algolia", "confluent", "atlas", "b2", "scaleway", "plaid",
         "vonage", "mailjet", "zoom-s2s"]


# ------------------------------------------------------------------ public-by-design (negatives)
def public_value(v, name):
    if name == "stripe-publishable":
        return "STRIPE_PUBLISHABLE_KEY", "pk_live_51" + v.alnum(97)
    if name == "mapbox-public":
        j = json.dumps({"u": v.choice(["fieldops", "mapsteam"]), "a": v.lower(25)}, separators=(",", ":"))
        return "MAPBOX_PUBLIC_TOKEN", "pk." + b64u(j.encode()) + "." + v.b64url(22)
    if name == "sentry-dsn":
        return "SENTRY_DSN", "https://%s@o%d.ingest.us.sentry.io/%d" % (v.hex(32), v.randint(100000, 999999),
                                                                         v.randint(1000000, 9999999))
    if name == "ga4":
        return "GA_MEASUREMENT_ID", "G-" + v.upper(10)
    if name == "recaptcha-site":
        return "RECAPTCHA_SITE_KEY", "6L" + v.b64url(38)
    if name == "google-oauth-client-id":
        return "GOOGLE_CLIENT_ID", "%d-%s.apps.googleusercontent.com" % (v.randint(10 ** 11, 10 ** 12), v.lower(32))
    if name == "square-app-id":
        return "SQUARE_APPLICATION_ID", "sq0idp-" + v.b64url(22)
    if name == "adyen-client-key":
        return "ADYEN_CLIENT_KEY", "live_" + v.upper(32)
    if name == "algolia-search-key":
        return "ALGOLIA_SEARCH_ONLY_KEY", v.hex(32)
    if name == "hcaptcha-site":
        return "HCAPTCHA_SITEKEY", v.uuid()
    if name == "posthog-project-key":
        return "POSTHOG_PROJECT_API_KEY", "phc_" + v.alnum(43)
    if name == "launchdarkly-client-id":
        return "LD_CLIENT_SIDE_ID", v.hex(24)
    if name == "supabase-publishable":
        return "SUPABASE_PUBLISHABLE_KEY", "sb_publishable_" + v.b64url(31)
    raise KeyError(name)


PUBLIC = ["stripe-publishable", "mapbox-public", "sentry-dsn", "ga4", "recaptcha-site", "google-oauth-client-id",
          "square-app-id", "adyen-client-key", "algolia-search-key", "hcaptcha-site", "posthog-project-key",
          "launchdarkly-client-id", "supabase-publishable"]

# prefix-shaped placeholders (negatives)
PLACEHOLDER = {
    "github-pat": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "gitlab-pat": "glpat-xxxxxxxxxxxxxxxxxxxx",
    "npm-token": "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    "stripe-secret-key": "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
    "stripe-webhook-secret": "whsec_...",
    "sendgrid-key": "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "openai-key": "sk-proj-...",
    "anthropic-key": "sk-ant-api03-REPLACE_ME",
    "slack": "xoxb-your-bot-token",
    "huggingface-token": "hf_********************************",
    "datadog-api-key": "<DATADOG_API_KEY>",
    "telegram-bot-token": "123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "vault-token": "hvs.CHANGEME",
    "shopify-admin-token": "shpat_00000000000000000000000000000000",
    "dockerhub-pat": "dckr_pat_REPLACE",
}
