"""Provider token shapes (from secrets-anchors.md and vendor documentation), key-ID + secret pairs,
public-by-design values, documented example keys and prefix-shaped placeholders."""

import base64
import json

from vals16 import ALNUM, B32, B64U, DIG, HEX, LO, UP, b64u, crc_b62

LOW_B32 = "abcdefghijklmnopqrstuvwxyz234567"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data):
    bits, acc, five = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            five.append((acc >> bits) & 31)
    if bits:
        five.append((acc << (5 - bits)) & 31)
    hv = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bech32_polymod(hv + five + [0] * 6) ^ 1
    return hrp + "1" + "".join(BECH[d] for d in five + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def _pypi(v):
    ident = json.dumps({"version": 1, "nonce": v.hex(16)}, separators=(",", ":")).encode()
    caveat = json.dumps([1, [v.uuid()]], separators=(",", ":")).encode()
    blob = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(caveat)])
            + caveat + b"\x00\x00\x06\x20" + v.rbytes(32))
    return "pypi-" + b64u(blob)


def _sentry_org(v, org):
    payload = {"iat": v.epoch(), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=") \
        + "_" + v.chars(ALNUM + "+/", 43)


def _grafana_cloud(v, org):
    payload = {"o": v.digits(6), "n": org + "-stack-" + v.word(), "k": v.alnum(24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _onepass(v, org):
    payload = {"signInAddress": org + ".1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": v.b64url(16)}, "email": v.lower_alnum(13) + "@1passwordserviceaccounts.eu",
               "srpX": v.hex(64), "muk": {"alg": "A256GCM", "ext": False, "k": v.b64url(32), "kty": "oct",
               "kid": "mp"}, "secretKey": "A3-" + v.upper_alnum(6) + "-" + v.upper_alnum(6) + "-" + v.upper_alnum(5),
               "throttleSecret": {"seed": v.hex(64), "uuid": v.upper_alnum(26)}, "deviceUuid": v.lower_alnum(26)}
    return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def _jfrog_ref(v):
    return base64.b64encode(("reftkn:01:%d:%s" % (v.epoch() + 31536000, v.alnum(31))).encode()).decode().rstrip("=")


def _discord(v):
    snow = str(v.randint(10 ** 17, 12 * 10 ** 17))
    return b64u(snow.encode()) + "." + v.chars(ALNUM + "-_", 6) + "." + v.chars(ALNUM + "-_", 38)


def _openai(v):
    k = v.chars(ALNUM + "-_", 74) + "T3BlbkFJ" + v.chars(ALNUM + "-_", 74)
    return v.choice(["sk-proj-", "sk-svcacct-", "sk-admin-"]) + k


def _atlassian(v):
    return "ATATT3xFfGF0" + v.chars(ALNUM + "-_", 170) + "=" + v.HEXU(8)


def _mapbox_sk(v):
    payload = b64u(json.dumps({"u": v.word() + v.digits(3), "a": v.lower_alnum(25)}, separators=(",", ":")).encode())
    return "sk." + payload + "." + v.chars(ALNUM + "-_", 22)


def _age(v):
    return bech32("age-secret-key-", v.rbytes(32)).upper()


# name -> (category, vendor, [natural variable names], generator(v, org))
SHAPES = {
    "github-pat": ("github-classic-pat", "GitHub", ["GITHUB_TOKEN", "GH_TOKEN", "gh_pat"], lambda v, o: v.gh_token("ghp_")),
    "github-oauth": ("github-oauth-token", "GitHub", ["GITHUB_OAUTH_TOKEN", "oauth_token"], lambda v, o: v.gh_token("gho_")),
    "github-user2server": ("github-app-user-token", "GitHub", ["GH_USER_TOKEN"], lambda v, o: v.gh_token("ghu_")),
    "github-install": ("github-app-installation-token", "GitHub", ["GH_INSTALL_TOKEN", "installation_token"], lambda v, o: v.gh_token("ghs_")),
    "github-fine": ("github-fine-grained-pat", "GitHub", ["GITHUB_PAT", "GH_FG_TOKEN"],
                    lambda v, o: "github_pat_11" + v.upper_alnum(20) + "_" + v.chars(ALNUM, 59)),
    "gitlab-pat": ("gitlab-pat", "GitLab", ["GITLAB_TOKEN", "CI_API_TOKEN", "private_token"], lambda v, o: "glpat-" + v.chars(ALNUM + "-_", 20)),
    "gitlab-trigger": ("gitlab-pipeline-trigger-token", "GitLab", ["TRIGGER_TOKEN"], lambda v, o: "glptt-" + v.hex(40)),
    "gitlab-deploy": ("gitlab-deploy-token", "GitLab", ["DEPLOY_TOKEN", "registry_password"], lambda v, o: "gldt-" + v.chars(ALNUM + "-_", 20)),
    "gitlab-runner": ("gitlab-runner-token", "GitLab", ["RUNNER_TOKEN", "token"], lambda v, o: "glrt-" + v.chars(ALNUM + "-_", 20)),
    "gitlab-reg": ("gitlab-runner-registration-token", "GitLab", ["REGISTRATION_TOKEN"], lambda v, o: "GR1348941" + v.chars(ALNUM + "-_", 20)),
    "google-api": ("google-api-key", "Google", ["GOOGLE_API_KEY", "MAPS_API_KEY", "gcp_api_key"], lambda v, o: "AIza" + v.chars(ALNUM + "-_", 35)),
    "google-oauth-secret": ("google-oauth-client-secret", "Google", ["GOOGLE_CLIENT_SECRET", "client_secret"], lambda v, o: "GOCSPX-" + v.chars(ALNUM + "-_", 28)),
    "google-refresh": ("google-oauth-refresh-token", "Google", ["GOOGLE_REFRESH_TOKEN", "refresh_token"], lambda v, o: "1//0" + v.chars(ALNUM + "-_", 99)),
    "azure-entra": ("azure-entra-client-secret", "Microsoft", ["AZURE_CLIENT_SECRET", "ClientSecret"],
                    lambda v, o: v.chars(ALNUM, 3) + v.chars(DIG, 1) + "Q~" + v.chars(ALNUM + "_~.-", 34)),
    "azure-devops": ("azure-devops-pat", "Microsoft", ["AZURE_DEVOPS_EXT_PAT", "ADO_PAT", "SYSTEM_ACCESSTOKEN_OVERRIDE"], lambda v, o: v.chars(LOW_B32, 52)),
    "slack-bot": ("slack-bot-token", "Slack", ["SLACK_BOT_TOKEN", "slack_token"],
                  lambda v, o: "xoxb-%s-%s-%s" % (v.digits(12), v.digits(13), v.alnum(24))),
    "slack-user": ("slack-user-token", "Slack", ["SLACK_USER_TOKEN"],
                   lambda v, o: "xoxp-%s-%s-%s-%s" % (v.digits(12), v.digits(12), v.digits(13), v.hex(32))),
    "slack-app": ("slack-app-token", "Slack", ["SLACK_APP_TOKEN"], lambda v, o: "xapp-1-A%s-%s-%s" % (v.upper_alnum(10), v.digits(13), v.hex(64))),
    "slack-webhook": ("slack-webhook-url", "Slack", ["SLACK_WEBHOOK_URL", "webhook_url"],
                      lambda v, o: "https://hooks.slack.com/services/T%s/B%s/%s" % (v.upper_alnum(8), v.upper_alnum(10), v.alnum(24))),
    "stripe-secret": ("stripe-secret-key", "Stripe", ["STRIPE_SECRET_KEY", "stripe_api_key"], lambda v, o: "sk_live_51" + v.alnum(97)),
    "stripe-restricted": ("stripe-restricted-key", "Stripe", ["STRIPE_RESTRICTED_KEY"], lambda v, o: "rk_live_51" + v.alnum(97)),
    "stripe-webhook": ("stripe-webhook-secret", "Stripe", ["STRIPE_WEBHOOK_SECRET", "endpoint_secret"], lambda v, o: "whsec_" + v.alnum(32)),
    "twilio-auth": ("twilio-auth-token", "Twilio", ["TWILIO_AUTH_TOKEN"], lambda v, o: v.hex(32)),
    "sendgrid": ("sendgrid-api-key", "SendGrid", ["SENDGRID_API_KEY", "smtp_password"], lambda v, o: "SG." + v.chars(ALNUM + "-_", 22) + "." + v.chars(ALNUM + "-_", 43)),
    "mailgun": ("mailgun-api-key", "Mailgun", ["MAILGUN_API_KEY"], lambda v, o: "key-" + v.hex(32)),
    "mailchimp": ("mailchimp-api-key", "Mailchimp", ["MAILCHIMP_API_KEY", "mc_key"], lambda v, o: v.hex(32) + "-us" + str(v.randint(2, 21))),
    "npm": ("npm-access-token", "npm", ["NPM_TOKEN", "NODE_AUTH_TOKEN"], lambda v, o: v.gh_token("npm_")),
    "pypi": ("pypi-api-token", "PyPI", ["PYPI_TOKEN", "TWINE_PASSWORD"], lambda v, o: _pypi(v)),
    "rubygems": ("rubygems-api-key", "RubyGems", ["GEM_HOST_API_KEY"], lambda v, o: "rubygems_" + v.hex(48)),
    "nuget": ("nuget-api-key", "NuGet", ["NUGET_API_KEY"], lambda v, o: "oy2" + v.lower_alnum(43)),
    "dockerhub": ("docker-hub-pat", "Docker", ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], lambda v, o: "dckr_pat_" + v.chars(ALNUM + "-_", 27)),
    "dockerhub-org": ("docker-hub-org-token", "Docker", ["DOCKER_ORG_TOKEN"], lambda v, o: "dckr_oat_" + v.chars(ALNUM + "-_", 32)),
    "jfrog-api": ("jfrog-api-key", "JFrog", ["ARTIFACTORY_API_KEY"], lambda v, o: "AKCp" + v.alnum(69)),
    "jfrog-ref": ("jfrog-reference-token", "JFrog", ["JFROG_ACCESS_TOKEN", "ARTIFACTORY_TOKEN"], lambda v, o: "cmVmdGtu" + _jfrog_ref(v)[8:]),
    "vault": ("vault-service-token", "HashiCorp", ["VAULT_TOKEN"], lambda v, o: "hvs." + v.chars(ALNUM + "-_", 91)),
    "tfc": ("terraform-cloud-token", "HashiCorp", ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"],
            lambda v, o: v.alnum(14) + ".atlasv1." + v.alnum(67)),
    "doppler": ("doppler-token", "Doppler", ["DOPPLER_TOKEN"], lambda v, o: v.choice(["dp.st.prd.", "dp.pt.", "dp.sa."]) + v.alnum(43)),
    "pulumi": ("pulumi-access-token", "Pulumi", ["PULUMI_ACCESS_TOKEN"], lambda v, o: "pul-" + v.hex(40)),
    "databricks": ("databricks-pat", "Databricks", ["DATABRICKS_TOKEN"], lambda v, o: "dapi" + v.hex(32) + v.choice(["", "-2", "-3"])),
    "digitalocean": ("digitalocean-pat", "DigitalOcean", ["DIGITALOCEAN_TOKEN", "DO_TOKEN"], lambda v, o: "dop_v1_" + v.hex(64)),
    "heroku": ("heroku-api-key", "Heroku", ["HEROKU_API_KEY"], lambda v, o: "HRKU-AA" + v.chars(ALNUM + "-_", 58)),
    "heroku-legacy": ("heroku-legacy-api-key", "Heroku", ["HEROKU_API_KEY"], lambda v, o: v.uuid()),
    "vercel": ("vercel-token", "Vercel", ["VERCEL_TOKEN"], lambda v, o: "vcp_" + v.alnum(56)),
    "supabase-mgmt": ("supabase-management-token", "Supabase", ["SUPABASE_ACCESS_TOKEN"], lambda v, o: "sbp_" + v.hex(40)),
    "supabase-secret": ("supabase-secret-key", "Supabase", ["SUPABASE_SECRET_KEY"], lambda v, o: "sb_secret_" + v.chars(ALNUM + "-_", 31)),
    "cloudflare": ("cloudflare-api-token", "Cloudflare", ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], lambda v, o: "cfut_" + v.alnum(40) + v.hex(8)),
    "cloudflare-origin": ("cloudflare-origin-ca-key", "Cloudflare", ["CF_ORIGIN_CA_KEY"], lambda v, o: "v1.0-" + v.hex(24) + "-" + v.hex(146)),
    "shopify-admin": ("shopify-admin-token", "Shopify", ["SHOPIFY_ACCESS_TOKEN", "admin_api_token"], lambda v, o: "shpat_" + v.hex(32)),
    "shopify-secret": ("shopify-shared-secret", "Shopify", ["SHOPIFY_API_SECRET"], lambda v, o: "shpss_" + v.hex(32)),
    "square": ("square-access-token", "Square", ["SQUARE_ACCESS_TOKEN"], lambda v, o: "EAAA" + v.chars(ALNUM + "-_", 60)),
    "square-secret": ("square-application-secret", "Square", ["SQUARE_APP_SECRET"], lambda v, o: "sq0csp-" + v.chars(ALNUM + "-_", 43)),
    "braintree": ("braintree-access-token", "PayPal", ["BRAINTREE_ACCESS_TOKEN"],
                  lambda v, o: "access_token$production$" + v.lower_alnum(16) + "$" + v.hex(32)),
    "openai": ("openai-api-key", "OpenAI", ["OPENAI_API_KEY"], lambda v, o: _openai(v)),
    "anthropic": ("anthropic-api-key", "Anthropic", ["ANTHROPIC_API_KEY"], lambda v, o: "sk-ant-api03-" + v.chars(ALNUM + "-_", 93) + "AA"),
    "huggingface": ("huggingface-token", "Hugging Face", ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], lambda v, o: "hf_" + v.chars(UP + LO, 34)),
    "groq": ("groq-api-key", "Groq", ["GROQ_API_KEY"], lambda v, o: "gsk_" + v.alnum(52)),
    "perplexity": ("perplexity-api-key", "Perplexity", ["PPLX_API_KEY"], lambda v, o: "pplx-" + v.alnum(48)),
    "replicate": ("replicate-api-token", "Replicate", ["REPLICATE_API_TOKEN"], lambda v, o: "r8_" + v.alnum(37)),
    "openrouter": ("openrouter-api-key", "OpenRouter", ["OPENROUTER_API_KEY"], lambda v, o: "sk-or-v1-" + v.hex(64)),
    "xai": ("xai-api-key", "xAI", ["XAI_API_KEY"], lambda v, o: "xai-" + v.alnum(80)),
    "langsmith": ("langsmith-api-key", "LangChain", ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], lambda v, o: "lsv2_pt_" + v.hex(32) + "_" + v.hex(10)),
    "atlassian": ("atlassian-api-token", "Atlassian", ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN"], lambda v, o: _atlassian(v)),
    "linear": ("linear-api-key", "Linear", ["LINEAR_API_KEY"], lambda v, o: "lin_api_" + v.alnum(40)),
    "notion": ("notion-token", "Notion", ["NOTION_TOKEN", "NOTION_API_KEY"], lambda v, o: "ntn_" + v.digits(11) + v.alnum(35)),
    "figma": ("figma-pat", "Figma", ["FIGMA_TOKEN"], lambda v, o: "figd_" + v.chars(ALNUM + "-_", 40)),
    "postman": ("postman-api-key", "Postman", ["POSTMAN_API_KEY"], lambda v, o: "PMAK-" + v.hex(24) + "-" + v.hex(34)),
    "grafana-sa": ("grafana-service-account-token", "Grafana", ["GRAFANA_TOKEN", "GF_SA_TOKEN"], lambda v, o: "glsa_" + v.alnum(32) + "_" + v.hex(8)),
    "grafana-cloud": ("grafana-cloud-token", "Grafana", ["GRAFANA_CLOUD_TOKEN"], _grafana_cloud),
    "sentry-org": ("sentry-org-token", "Sentry", ["SENTRY_AUTH_TOKEN"], _sentry_org),
    "sentry-user": ("sentry-user-token", "Sentry", ["SENTRY_AUTH_TOKEN"], lambda v, o: "sntryu_" + v.hex(64)),
    "newrelic": ("newrelic-user-key", "New Relic", ["NEW_RELIC_API_KEY"], lambda v, o: "NRAK-" + v.upper_alnum(27)),
    "dynatrace": ("dynatrace-token", "Dynatrace", ["DT_API_TOKEN"], lambda v, o: "dt0c01." + v.upper_alnum(24) + "." + v.upper_alnum(64)),
    "datadog": ("datadog-api-key", "Datadog", ["DD_API_KEY", "DATADOG_API_KEY"], lambda v, o: v.hex(32)),
    "okta": ("okta-api-token", "Okta", ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"], lambda v, o: "00" + v.chars(ALNUM + "-_", 40)),
    "telegram": ("telegram-bot-token", "Telegram", ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"],
                 lambda v, o: v.digits(10) + ":AA" + v.chars(ALNUM + "-_", 33)),
    "discord": ("discord-bot-token", "Discord", ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"], lambda v, o: _discord(v)),
    "age": ("age-secret-key", "age", ["SOPS_AGE_KEY"], lambda v, o: _age(v)),
    "onepassword": ("1password-service-account-token", "1Password", ["OP_SERVICE_ACCOUNT_TOKEN"], _onepass),
    "circleci": ("circleci-pat", "CircleCI", ["CIRCLECI_TOKEN", "CIRCLE_TOKEN"], lambda v, o: "CCIPAT_" + v.alnum(22) + "_" + v.hex(40)),
    "buildkite": ("buildkite-api-token", "Buildkite", ["BUILDKITE_API_TOKEN"], lambda v, o: "bkua_" + v.hex(40)),
    "bitbucket-dc": ("bitbucket-dc-token", "Atlassian", ["BITBUCKET_TOKEN"], lambda v, o: "BBDC-" + v.chars(ALNUM + "+/", 44)),
    "swarm": ("docker-swarm-join-token", "Docker", ["SWARM_JOIN_TOKEN"],
              lambda v, o: "SWMTKN-1-" + v.lower_alnum(50) + "-" + v.lower_alnum(25)),
    "octopus": ("octopus-api-key", "Octopus", ["OCTOPUS_API_KEY"], lambda v, o: "API-" + v.upper_alnum(26)),
    "infracost": ("infracost-api-key", "Infracost", ["INFRACOST_API_KEY"], lambda v, o: "ico-" + v.alnum(32)),
    "prefect": ("prefect-api-key", "Prefect", ["PREFECT_API_KEY"], lambda v, o: "pnu_" + v.alnum(36)),
    "render": ("render-api-key", "Render", ["RENDER_API_KEY"], lambda v, o: "rnd_" + v.alnum(32)),
    "planetscale": ("planetscale-password", "PlanetScale", ["DATABASE_PASSWORD"], lambda v, o: "pscale_pw_" + v.chars(ALNUM + "-_", 43)),
    "planetscale-tok": ("planetscale-service-token", "PlanetScale", ["PLANETSCALE_SERVICE_TOKEN"], lambda v, o: "pscale_tkn_" + v.chars(ALNUM + "-_", 43)),
    "mapbox-secret": ("mapbox-secret-token", "Mapbox", ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], lambda v, o: _mapbox_sk(v)),
    "azure-storage": ("azure-storage-account-key", "Microsoft", ["AZURE_STORAGE_KEY", "AccountKey"], lambda v, o: v.b64(64)),
}

# key-ID + secret pairs: name -> (category, vendor, id names, secret names, id gen, secret gen)
PAIRS = {
    "aws": ("aws-access-key-pair", "AWS", ["aws_access_key_id", "AWS_ACCESS_KEY_ID"], ["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"],
            lambda v: "AKIA" + v.chars(B32, 16), lambda v: v.chars(ALNUM + "+/", 40)),
    "alibaba": ("alibaba-access-key-pair", "Alibaba", ["ALIBABA_CLOUD_ACCESS_KEY_ID", "access_key_id"], ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", "access_key_secret"],
                lambda v: "LTAI5t" + v.alnum(18), lambda v: v.alnum(30)),
    "tencent": ("tencent-secret-pair", "Tencent", ["TENCENTCLOUD_SECRET_ID", "secret_id"], ["TENCENTCLOUD_SECRET_KEY", "secret_key"],
                lambda v: "AKID" + v.alnum(32), lambda v: v.alnum(32)),
    "twilio-key": ("twilio-api-key-pair", "Twilio", ["TWILIO_API_KEY", "api_key_sid"], ["TWILIO_API_SECRET", "api_key_secret"],
                   lambda v: "SK" + v.hex(32), lambda v: v.alnum(32)),
    "b2": ("backblaze-b2-key-pair", "Backblaze", ["B2_APPLICATION_KEY_ID", "account"], ["B2_APPLICATION_KEY", "key"],
           lambda v: "005" + v.hex(22), lambda v: "K005" + v.chars(ALNUM + "/+", 27)),
    "algolia": ("algolia-admin-key-pair", "Algolia", ["ALGOLIA_APP_ID", "appId"], ["ALGOLIA_ADMIN_KEY", "adminApiKey"],
                lambda v: v.upper_alnum(10), lambda v: v.hex(32)),
    "duo": ("duo-integration-pair", "Cisco Duo", ["ikey", "DUO_IKEY"], ["skey", "DUO_SKEY"],
            lambda v: "DI" + v.upper_alnum(18), lambda v: v.alnum(40)),
    "minio": ("s3-compatible-key-pair", "MinIO", ["access_key", "S3_ACCESS_KEY"], ["secret_key", "S3_SECRET_KEY"],
              lambda v: v.upper_alnum(20), lambda v: v.chars(ALNUM + "+/", 40)),
    "cloudinary": ("cloudinary-key-pair", "Cloudinary", ["CLOUDINARY_API_KEY", "api_key"], ["CLOUDINARY_API_SECRET", "api_secret"],
                   lambda v: v.digits(15), lambda v: v.chars(ALNUM + "-_", 27)),
    "azure-sp": ("azure-service-principal-pair", "Microsoft", ["AZURE_CLIENT_ID", "appId"], ["AZURE_CLIENT_SECRET", "password"],
                 lambda v: v.uuid(), lambda v: v.chars(ALNUM, 3) + v.chars(DIG, 1) + "Q~" + v.chars(ALNUM + "_~.-", 34)),
}

# public by design: name -> (negative category, variable names, generator)
PUBLIC = {
    "stripe-pk": ("stripe-publishable-key", ["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_KEY"], lambda v: "pk_live_51" + v.alnum(97)),
    "mapbox-pk": ("mapbox-public-token", ["MAPBOX_PUBLIC_TOKEN", "VITE_MAPBOX_TOKEN"],
                  lambda v: "pk." + b64u(json.dumps({"u": v.word(), "a": v.lower_alnum(25)}).encode()) + "." + v.chars(ALNUM + "-_", 22)),
    "sentry-dsn": ("sentry-dsn", ["SENTRY_DSN", "sentryDsn"], lambda v: "https://%s@o%s.ingest.de.sentry.io/%s" % (v.hex(32), v.digits(6), v.digits(7))),
    "ga4": ("ga4-measurement-id", ["GA_MEASUREMENT_ID"], lambda v: "G-" + v.upper_alnum(10)),
    "algolia-search": ("algolia-search-only-key", ["ALGOLIA_SEARCH_KEY", "searchApiKey"], lambda v: v.hex(32)),
    "google-client-id": ("google-oauth-client-id", ["GOOGLE_CLIENT_ID"], lambda v: "%s-%s.apps.googleusercontent.com" % (v.digits(12), v.lower_alnum(32))),
    "twilio-sid": ("twilio-account-sid", ["TWILIO_ACCOUNT_SID"], lambda v: "AC" + v.hex(32)),
    "supabase-pub": ("supabase-publishable-key", ["SUPABASE_PUBLISHABLE_KEY"], lambda v: "sb_publishable_" + v.chars(ALNUM + "-_", 31)),
    "posthog": ("posthog-project-key", ["POSTHOG_KEY"], lambda v: "phc_" + v.alnum(43)),
    "recaptcha-site": ("recaptcha-site-key", ["RECAPTCHA_SITE_KEY"], lambda v: "6L" + v.chars(ALNUM + "-_", 38)),
}

DOC_EXAMPLES = [
    ("aws-docs-example-key-id", "AKIAIOSFODNN7EXAMPLE"),
    ("aws-docs-example-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("stripe-docs-test-key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("slack-docs-example", "xoxb-not-a-real-token-this-will-not-work"),
    ("github-docs-example", "gho_16C7e42F292c6912E7710c838347Ae178B4a"),
]

# prefix-shaped placeholders: clearly not real
PREFIX_PLACEHOLDERS = ["sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-your-bot-token-here",
                       "AIzaSy_REPLACE_WITH_YOUR_KEY", "glpat-XXXXXXXXXXXXXXXXXXXX", "SG.xxxxxxxx.yyyyyyyy",
                       "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "hvs.REPLACE_ME", "dop_v1_<your-token>",
                       "sk-proj-...", "hf_********************************", "AKIAXXXXXXXXXXXXXXXX",
                       "whsec_...", "shpat_00000000000000000000000000000000", "dckr_pat_CHANGE_ME"]


def provider_names():
    return sorted(SHAPES)


def make(v, name, org="acme"):
    cat, vendor, names, gen = SHAPES[name]
    return cat, vendor, names, gen(v, org)
