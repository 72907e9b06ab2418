"""Provider token shapes (secrets-anchors.md rows 1-67 and vendors' own format notes), key-ID + secret pairs,
public-by-design values, documented examples and vendor-shaped placeholders."""

import base64
import json

import crypto20 as C
import vals20 as V
from vals20 import rstr, hexs, ALNUM, B62, UPPER, LOWER, DIGITS, URLSAFE, HEX

B32 = UPPER + "234567"
B64C = ALNUM + "+/"


def _crc_token(rng, prefix, n):
    body = rstr(rng, B62, n)
    return prefix + body + C.crc32_b62(body)


def crc_valid(tok):
    for p in ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"):
        if tok.startswith(p):
            body = tok[len(p):]
            return len(body) > 6 and C.crc32_b62(body[:-6]) == body[-6:]
    return False


def _pypi(rng):
    ident = V.uuid4(rng).encode()
    cav = json.dumps({"version": 1, "permissions": {"projects": [rng.choice(["telemetry-kit", "decoder", "rangeops"])]}},
                     separators=(",", ":")).encode()
    mac = bytes([2, 1, 8]) + b"pypi.org" + bytes([2, len(ident)]) + ident + b"\x00"
    mac += bytes([2, len(cav)]) + cav + b"\x00" + b"\x00" + bytes([6, 32]) + V.rbytes(rng, 32)
    return "pypi-" + V.b64u(mac)


def _bedrock(rng):
    inner = "BedrockAPIKey-%s-at-%s:%s" % (rstr(rng, LOWER + DIGITS, 4), rstr(rng, DIGITS, 12),
                                           V.b64e(V.rbytes(rng, 45)))
    return "ABSK" + V.b64e(inner.encode())


def _glc(rng):
    d = {"o": rstr(rng, DIGITS, 6), "n": "stack-%s-token" % rstr(rng, DIGITS, 6), "k": rstr(rng, ALNUM, 24),
         "m": {"r": rng.choice(["prod-eu-west-2", "prod-eu-north-0", "prod-us-east-0"])}}
    return "glc_" + V.b64e(json.dumps(d, separators=(",", ":")).encode())


def _sntrys(rng):
    d = {"iat": rng.randint(1700000000, 1760000000), "url": "https://sentry.io", "region_url": "https://de.sentry.io",
         "org": rstr(rng, LOWER, rng.randint(5, 9))}
    return "sntrys_" + V.b64e(json.dumps(d, separators=(",", ":")).encode()).rstrip("=") + "_" + rstr(rng, URLSAFE, 43)


def _ops(rng):
    d = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
         "iterations": 650000, "salt": V.b64u(V.rbytes(rng, 16))}, "email": "%s@1passwordserviceaccounts.eu" % rstr(rng, LOWER + DIGITS, 13),
         "srpX": hexs(rng, 64), "muk": {"alg": "A256GCM", "ext": True, "k": V.b64u(V.rbytes(rng, 32)),
         "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s-%s-%s-%s" % tuple(
         rstr(rng, UPPER + DIGITS, n) for n in (6, 6, 5, 5, 5, 5)), "throttleSecret": {"seed": hexs(rng, 64),
         "deviceUuid": rstr(rng, LOWER + DIGITS, 26)}, "deviceUuid": rstr(rng, LOWER + DIGITS, 26)}
    return "ops_" + V.b64e(json.dumps(d, separators=(",", ":")).encode()).rstrip("=")


def _discord(rng):
    snow = str(rng.randint(10 ** 17, 13 * 10 ** 17))
    return V.b64u(snow.encode()) + "." + rstr(rng, URLSAFE, 6) + "." + rstr(rng, URLSAFE, 38)


def _age(rng):
    return C.bech32_encode("age-secret-key-", V.rbytes(rng, 32)).upper()


def _reftkn(rng):
    raw = ("reftkn:01:%d:%s" % (rng.randint(1780000000, 1900000000), rstr(rng, ALNUM, 27))).encode()
    return V.b64e(raw).rstrip("=")


def _openai(rng, kind):
    if kind == "legacy":
        return "sk-" + rstr(rng, ALNUM, 20) + "T3BlbkFJ" + rstr(rng, ALNUM, 20)
    pre = {"proj": "sk-proj-", "svc": "sk-svcacct-", "admin": "sk-admin-"}[kind]
    return pre + rstr(rng, URLSAFE, 74) + "T3BlbkFJ" + rstr(rng, URLSAFE, 74)


def _sas(rng):
    acct = rstr(rng, LOWER + DIGITS, rng.randint(8, 14))
    sig = V.b64e(V.rbytes(rng, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return ("https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-0%d-1%dT18:00:00Z"
            "&st=2025-0%d-0%dT08:00:00Z&spr=https&sig=%s" % (acct, rng.choice(["exports", "ingest", "archive", "backups"]),
                                                              rng.randint(1, 9), rng.randint(0, 9), rng.randint(1, 9),
                                                              rng.randint(1, 9), sig))


def _az_conn(rng):
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (rstr(rng, LOWER + DIGITS, 12), V.b64e(V.rbytes(rng, 64))))


def _sb_conn(rng):
    return ("Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s"
            % (rstr(rng, LOWER, 9), V.b64e(V.rbytes(rng, 32))))


def _appcfg(rng):
    return ("Endpoint=https://%s.azconfig.io;Id=%s-l0-s0:%s;Secret=%s"
            % (rstr(rng, LOWER, 10), rstr(rng, ALNUM, 4), rstr(rng, ALNUM, 20), V.b64e(V.rbytes(rng, 32))))


def _cloudinary(rng):
    return "cloudinary://%s:%s@%s" % (rstr(rng, DIGITS, 15), rstr(rng, URLSAFE, 27), rstr(rng, LOWER, 8))


def _mapbox_sk(rng):
    p = V.b64u(json.dumps({"u": rstr(rng, LOWER, 8), "a": rstr(rng, LOWER + DIGITS, 25)}, separators=(",", ":")).encode())
    return "sk." + p + "." + rstr(rng, URLSAFE, 22)


# name -> (vendor label, env-var name, generator, context_only)
SHAPES = {
    "github-classic-pat": ("GitHub", "GITHUB_TOKEN", lambda r: _crc_token(r, "ghp_", 30), False),
    "github-oauth-token": ("GitHub OAuth", "GH_OAUTH_TOKEN", lambda r: _crc_token(r, "gho_", 30), False),
    "github-user-to-server": ("GitHub App (user)", "GH_APP_USER_TOKEN", lambda r: _crc_token(r, "ghu_", 30), False),
    "github-installation-token": ("GitHub App installation", "GH_INSTALL_TOKEN", lambda r: _crc_token(r, "ghs_", 30), False),
    "github-refresh-token": ("GitHub App refresh", "GH_REFRESH_TOKEN", lambda r: _crc_token(r, "ghr_", 70), False),
    "github-fine-grained-pat": ("GitHub", "GITHUB_PAT", lambda r: "github_pat_" + rstr(r, B62, 22) + "_" + rstr(r, B62, 59), False),
    "gitlab-pat": ("GitLab", "GITLAB_TOKEN", lambda r: "glpat-" + rstr(r, URLSAFE, 20), False),
    "gitlab-trigger-token": ("GitLab pipeline trigger", "GITLAB_TRIGGER_TOKEN", lambda r: "glptt-" + hexs(r, 40), False),
    "gitlab-runner-token": ("GitLab runner", "RUNNER_TOKEN", lambda r: "glrt-" + rstr(r, URLSAFE, 20), False),
    "gitlab-runner-registration": ("GitLab runner registration", "REGISTRATION_TOKEN", lambda r: "GR1348941" + rstr(r, URLSAFE, 20), False),
    "gitlab-deploy-token": ("GitLab deploy", "GITLAB_DEPLOY_TOKEN", lambda r: "gldt-" + rstr(r, URLSAFE, 20), False),
    "gitlab-feed-token": ("GitLab feed", "GITLAB_FEED_TOKEN", lambda r: "glft-" + rstr(r, URLSAFE, 20), False),
    "gitlab-oauth-app-secret": ("GitLab OAuth app", "GITLAB_APP_SECRET", lambda r: "gloas-" + hexs(r, 64), False),
    "gitlab-agent-token": ("GitLab agent", "GITLAB_AGENT_TOKEN", lambda r: "glagent-" + rstr(r, URLSAFE, 50), False),
    "aws-bedrock-key": ("AWS Bedrock", "AWS_BEARER_TOKEN_BEDROCK", _bedrock, False),
    "google-api-key": ("Google", "GOOGLE_API_KEY", lambda r: "AIza" + rstr(r, URLSAFE, 35), False),
    "google-oauth-access-token": ("Google OAuth", "GOOGLE_ACCESS_TOKEN", lambda r: "ya29.a0" + rstr(r, URLSAFE, 150), False),
    "google-oauth-refresh-token": ("Google OAuth", "GOOGLE_REFRESH_TOKEN", lambda r: "1//0" + rstr(r, URLSAFE, 99), False),
    "azure-storage-connection-string": ("Azure Storage", "AZURE_STORAGE_CONNECTION_STRING", _az_conn, False),
    "azure-sas-url": ("Azure Blob SAS", "AZURE_SAS_URL", _sas, False),
    "azure-servicebus-connection-string": ("Azure Service Bus", "SERVICEBUS_CONNECTION", _sb_conn, False),
    "azure-appconfig-connection-string": ("Azure App Configuration", "APPCONFIG_CONNECTION_STRING", _appcfg, False),
    "azure-devops-pat": ("Azure DevOps", "AZURE_DEVOPS_PAT", lambda r: rstr(r, LOWER + "234567", 52), True),
    "azure-storage-key": ("Azure Storage", "AZURE_STORAGE_KEY", lambda r: V.b64e(V.rbytes(r, 64)), True),
    "slack-bot-token": ("Slack", "SLACK_BOT_TOKEN", lambda r: "xoxb-%s-%s-%s" % (rstr(r, DIGITS, 12), rstr(r, DIGITS, 13), rstr(r, ALNUM, 24)), False),
    "slack-user-token": ("Slack", "SLACK_USER_TOKEN", lambda r: "xoxp-%s-%s-%s-%s" % (rstr(r, DIGITS, 12), rstr(r, DIGITS, 12), rstr(r, DIGITS, 13), hexs(r, 32)), False),
    "slack-app-token": ("Slack", "SLACK_APP_TOKEN", lambda r: "xapp-1-A%s-%s-%s" % (rstr(r, UPPER + DIGITS, 10), rstr(r, DIGITS, 13), hexs(r, 64)), False),
    "slack-config-token": ("Slack", "SLACK_CONFIG_TOKEN", lambda r: "xoxe.xoxp-1-" + rstr(r, ALNUM, 140), False),
    "slack-webhook": ("Slack webhook", "SLACK_WEBHOOK_URL", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(r, UPPER + DIGITS, 10), rstr(r, UPPER + DIGITS, 10), rstr(r, ALNUM, 24)), False),
    "stripe-secret-key": ("Stripe", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rstr(r, ALNUM, 97), False),
    "stripe-restricted-key": ("Stripe", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + rstr(r, ALNUM, 97), False),
    "stripe-webhook-secret": ("Stripe webhook", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rstr(r, ALNUM, 32), False),
    "sendgrid-api-key": ("SendGrid", "SENDGRID_API_KEY", lambda r: "SG." + rstr(r, URLSAFE, 22) + "." + rstr(r, URLSAFE, 43), False),
    "mailgun-api-key": ("Mailgun", "MAILGUN_API_KEY", lambda r: r.choice(["key-" + hexs(r, 32), "%s-%s-%s" % (hexs(r, 32), hexs(r, 8), hexs(r, 8))]), False),
    "mailchimp-api-key": ("Mailchimp", "MAILCHIMP_API_KEY", lambda r: hexs(r, 32) + "-us" + str(r.randint(1, 21)), False),
    "npm-token": ("npm", "NPM_TOKEN", lambda r: _crc_token(r, "npm_", 30), False),
    "pypi-token": ("PyPI", "PYPI_TOKEN", _pypi, False),
    "rubygems-api-key": ("RubyGems", "GEM_HOST_API_KEY", lambda r: "rubygems_" + hexs(r, 48), False),
    "nuget-api-key": ("NuGet", "NUGET_API_KEY", lambda r: "oy2" + rstr(r, LOWER + DIGITS, 43), False),
    "dockerhub-pat": ("Docker Hub", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rstr(r, URLSAFE, 27), False),
    "dockerhub-oat": ("Docker Hub organisation", "DOCKERHUB_ORG_TOKEN", lambda r: "dckr_oat_" + rstr(r, URLSAFE, 32), False),
    "jfrog-api-key": ("JFrog", "ARTIFACTORY_API_KEY", lambda r: "AKCp8" + rstr(r, ALNUM, 68), False),
    "jfrog-reference-token": ("JFrog", "JFROG_ACCESS_TOKEN", _reftkn, False),
    "vault-service-token": ("Vault", "VAULT_TOKEN", lambda r: "hvs.CAESI" + rstr(r, URLSAFE, 86), False),
    "vault-batch-token": ("Vault", "VAULT_BATCH_TOKEN", lambda r: "hvb.AAAAAQ" + rstr(r, URLSAFE, 120), False),
    "terraform-cloud-token": ("HCP Terraform", "TF_TOKEN_app_terraform_io", lambda r: rstr(r, ALNUM, 14) + ".atlasv1." + rstr(r, ALNUM, 67), False),
    "doppler-personal-token": ("Doppler", "DOPPLER_TOKEN", lambda r: "dp.pt." + rstr(r, ALNUM, 43), False),
    "doppler-service-token": ("Doppler", "DOPPLER_SERVICE_TOKEN", lambda r: "dp.st.prd." + rstr(r, ALNUM, 43), False),
    "pulumi-token": ("Pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + hexs(r, 40), False),
    "databricks-token": ("Databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + hexs(r, 32) + r.choice(["", "-2", "-3"]), False),
    "digitalocean-pat": ("DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + hexs(r, 64), False),
    "digitalocean-oauth": ("DigitalOcean", "DO_OAUTH_TOKEN", lambda r: "doo_v1_" + hexs(r, 64), False),
    "heroku-api-key": ("Heroku", "HEROKU_API_KEY", lambda r: "HRKU-AA" + rstr(r, URLSAFE, 58), False),
    "vercel-token": ("Vercel", "VERCEL_TOKEN", lambda r: r.choice(["vcp_", "vci_"]) + rstr(r, ALNUM, 56), False),
    "supabase-management-token": ("Supabase", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + hexs(r, 40), False),
    "supabase-secret-key": ("Supabase", "SUPABASE_SECRET_KEY", lambda r: "sb_secret_" + rstr(r, URLSAFE, 31), False),
    "cloudflare-user-token": ("Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r: r.choice(["cfut_", "cfat_"]) + rstr(r, ALNUM, 40) + hexs(r, 8), False),
    "cloudflare-api-token": ("Cloudflare", "CF_API_TOKEN", lambda r: rstr(r, URLSAFE, 40), True),
    "cloudflare-global-key": ("Cloudflare", "CF_API_KEY", lambda r: hexs(r, 37), True),
    "cloudflare-origin-ca-key": ("Cloudflare Origin CA", "CF_ORIGIN_CA_KEY", lambda r: "v1.0-%s-%s" % (hexs(r, 24), hexs(r, 146)), False),
    "shopify-admin-token": ("Shopify", "SHOPIFY_ACCESS_TOKEN", lambda r: "shpat_" + hexs(r, 32), False),
    "shopify-shared-secret": ("Shopify", "SHOPIFY_API_SECRET", lambda r: "shpss_" + hexs(r, 32), False),
    "shopify-custom-app-token": ("Shopify", "SHOPIFY_CUSTOM_APP_TOKEN", lambda r: "shpca_" + hexs(r, 32), False),
    "square-access-token": ("Square", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rstr(r, URLSAFE, 60), False),
    "square-app-secret": ("Square", "SQUARE_APPLICATION_SECRET", lambda r: "sq0csp-" + rstr(r, URLSAFE, 43), False),
    "braintree-access-token": ("Braintree", "BRAINTREE_ACCESS_TOKEN", lambda r: "access_token$production$%s$%s" % (rstr(r, LOWER + DIGITS, 16), hexs(r, 32)), False),
    "openai-project-key": ("OpenAI", "OPENAI_API_KEY", lambda r: _openai(r, "proj"), False),
    "openai-service-account-key": ("OpenAI", "OPENAI_API_KEY", lambda r: _openai(r, "svc"), False),
    "openai-legacy-key": ("OpenAI", "OPENAI_KEY", lambda r: _openai(r, "legacy"), False),
    "openai-admin-key": ("OpenAI admin", "OPENAI_ADMIN_KEY", lambda r: _openai(r, "admin"), False),
    "anthropic-api-key": ("Anthropic", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rstr(r, URLSAFE, 93) + "AA", False),
    "anthropic-admin-key": ("Anthropic admin", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + rstr(r, URLSAFE, 93) + "AA", False),
    "huggingface-token": ("Hugging Face", "HF_TOKEN", lambda r: "hf_" + rstr(r, UPPER + LOWER, 34), False),
    "huggingface-org-token": ("Hugging Face org", "HF_ORG_TOKEN", lambda r: "api_org_" + rstr(r, UPPER + LOWER, 34), False),
    "groq-api-key": ("Groq", "GROQ_API_KEY", lambda r: "gsk_" + rstr(r, ALNUM, 52), False),
    "perplexity-api-key": ("Perplexity", "PERPLEXITY_API_KEY", lambda r: "pplx-" + rstr(r, ALNUM, 48), False),
    "replicate-token": ("Replicate", "REPLICATE_API_TOKEN", lambda r: "r8_" + rstr(r, ALNUM, 37), False),
    "openrouter-key": ("OpenRouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + hexs(r, 64), False),
    "xai-api-key": ("xAI", "XAI_API_KEY", lambda r: "xai-" + rstr(r, ALNUM, 80), False),
    "langsmith-key": ("LangSmith", "LANGSMITH_API_KEY", lambda r: r.choice(["lsv2_pt_", "lsv2_sk_"]) + hexs(r, 32) + "_" + hexs(r, 10), False),
    "atlassian-api-token": ("Atlassian", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rstr(r, URLSAFE, 170) + "=" + hexs(r, 8).upper(), False),
    "linear-api-key": ("Linear", "LINEAR_API_KEY", lambda r: "lin_api_" + rstr(r, ALNUM, 40), False),
    "notion-token": ("Notion", "NOTION_TOKEN", lambda r: r.choice(["ntn_" + rstr(r, ALNUM, 46), "secret_" + rstr(r, ALNUM, 43)]), False),
    "figma-token": ("Figma", "FIGMA_TOKEN", lambda r: "figd_" + rstr(r, URLSAFE, 40), False),
    "postman-api-key": ("Postman", "POSTMAN_API_KEY", lambda r: "PMAK-%s-%s" % (hexs(r, 24), hexs(r, 34)), False),
    "grafana-service-account-token": ("Grafana", "GRAFANA_TOKEN", lambda r: "glsa_" + rstr(r, ALNUM, 32) + "_" + hexs(r, 8), False),
    "grafana-cloud-token": ("Grafana Cloud", "GRAFANA_CLOUD_TOKEN", _glc, False),
    "sentry-org-token": ("Sentry", "SENTRY_AUTH_TOKEN", _sntrys, False),
    "sentry-user-token": ("Sentry", "SENTRY_USER_TOKEN", lambda r: "sntryu_" + hexs(r, 64), False),
    "newrelic-user-key": ("New Relic", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rstr(r, UPPER + DIGITS, 27), False),
    "dynatrace-token": ("Dynatrace", "DT_API_TOKEN", lambda r: "dt0c01.%s.%s" % (rstr(r, UPPER + DIGITS, 24), rstr(r, UPPER + DIGITS, 64)), False),
    "datadog-api-key": ("Datadog", "DD_API_KEY", lambda r: hexs(r, 32), True),
    "okta-api-token": ("Okta", "OKTA_API_TOKEN", lambda r: "00" + rstr(r, URLSAFE, 40), True),
    "telegram-bot-token": ("Telegram bot", "TELEGRAM_BOT_TOKEN", lambda r: "%d:AA%s" % (r.randint(10 ** 9, 8 * 10 ** 9), rstr(r, URLSAFE, 33)), False),
    "discord-bot-token": ("Discord bot", "DISCORD_TOKEN", _discord, False),
    "age-secret-key": ("age", "SOPS_AGE_KEY", _age, False),
    "onepassword-service-account": ("1Password", "OP_SERVICE_ACCOUNT_TOKEN", _ops, False),
    "circleci-pat": ("CircleCI", "CIRCLECI_TOKEN", lambda r: "CCIPAT_%s_%s" % (rstr(r, ALNUM, 22), hexs(r, 40)), False),
    "buildkite-token": ("Buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hexs(r, 40), False),
    "bitbucket-dc-token": ("Bitbucket", "BITBUCKET_TOKEN", lambda r: "BBDC-" + rstr(r, ALNUM + "+", 44), False),
    "docker-swarm-join-token": ("Docker Swarm", "SWARM_TOKEN", lambda r: "SWMTKN-1-%s-%s" % (rstr(r, LOWER + DIGITS, 50), rstr(r, LOWER + DIGITS, 25)), False),
    "octopus-api-key": ("Octopus Deploy", "OCTOPUS_API_KEY", lambda r: "API-" + rstr(r, UPPER + DIGITS, 26), False),
    "infracost-key": ("Infracost", "INFRACOST_API_KEY", lambda r: "ico-" + rstr(r, ALNUM, 32), False),
    "prefect-key": ("Prefect", "PREFECT_API_KEY", lambda r: "pnu_" + rstr(r, ALNUM, 36), False),
    "render-key": ("Render", "RENDER_API_KEY", lambda r: "rnd_" + rstr(r, ALNUM, 32), False),
    "planetscale-token": ("PlanetScale", "PLANETSCALE_TOKEN", lambda r: "pscale_tkn_" + rstr(r, URLSAFE, 43), False),
    "planetscale-password": ("PlanetScale", "DATABASE_PASSWORD", lambda r: "pscale_pw_" + rstr(r, URLSAFE, 43), False),
    "mapbox-secret-token": ("Mapbox", "MAPBOX_SECRET_TOKEN", _mapbox_sk, False),
    "cloudinary-url": ("Cloudinary", "CLOUDINARY_URL", _cloudinary, False),
}

# pairs: name -> (vendor, id var, secret var, generator of (id, secret))
PAIRS = {
    "aws-access-key": ("AWS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                       lambda r: ("AKIA" + rstr(r, B32, 16), rstr(r, B64C, 40))),
    "aws-sts-key": ("AWS STS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                    lambda r: ("ASIA" + rstr(r, B32, 16), rstr(r, B64C, 40))),
    "alibaba-access-key": ("Alibaba Cloud", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                           lambda r: ("LTAI5t" + rstr(r, ALNUM, 18), rstr(r, ALNUM, 30))),
    "tencent-secret": ("Tencent Cloud", "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
                       lambda r: ("AKID" + rstr(r, ALNUM, 32), rstr(r, ALNUM, 32))),
    "twilio-api-key": ("Twilio", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                       lambda r: ("SK" + hexs(r, 32), rstr(r, ALNUM, 32))),
    "twilio-account": ("Twilio", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN",
                       lambda r: ("AC" + hexs(r, 32), hexs(r, 32))),
    "datadog-keys": ("Datadog", "DD_API_KEY", "DD_APP_KEY", lambda r: (hexs(r, 32), hexs(r, 40))),
    "google-oauth-client": ("Google OAuth", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET",
                            lambda r: ("%s-%s.apps.googleusercontent.com" % (rstr(r, DIGITS, 12), rstr(r, LOWER + DIGITS, 32)),
                                       "GOCSPX-" + rstr(r, URLSAFE, 28))),
    "entra-client-secret": ("Microsoft Entra", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
                            lambda r: (V.uuid4(r), rstr(r, ALNUM, 3) + str(r.randint(0, 9)) + "Q~" + rstr(r, ALNUM + "_~.-", 34))),
    "azure-storage-account": ("Azure Storage", "AZURE_STORAGE_ACCOUNT", "AZURE_STORAGE_KEY",
                              lambda r: (rstr(r, LOWER + DIGITS, 14), V.b64e(V.rbytes(r, 64)))),
    "algolia-admin": ("Algolia", "ALGOLIA_APP_ID", "ALGOLIA_ADMIN_KEY",
                      lambda r: (rstr(r, UPPER + DIGITS, 10), hexs(r, 32))),
    "backblaze-b2": ("Backblaze B2", "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY",
                     lambda r: ("005" + hexs(r, 22), "K005" + rstr(r, ALNUM + "+/", 27))),
    "do-spaces": ("DigitalOcean Spaces", "SPACES_KEY", "SPACES_SECRET",
                  lambda r: ("DO" + rstr(r, UPPER + DIGITS, 18), rstr(r, B64C, 43))),
    "okta-client": ("Okta", "OKTA_CLIENT_ID", "OKTA_CLIENT_SECRET",
                    lambda r: ("0oa" + rstr(r, ALNUM, 17), rstr(r, URLSAFE, 64))),
}

# public by design: name -> (label, var, generator)
PUBLIC = {
    "stripe-publishable-key": ("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", lambda r: "pk_live_51" + rstr(r, ALNUM, 97)),
    "clerk-publishable-key": ("Clerk publishable key", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY",
                              lambda r: "pk_live_" + V.b64e(("clerk.%s.app$" % rstr(r, LOWER, 8)).encode()).rstrip("=")),
    "mapbox-public-token": ("Mapbox public token", "MAPBOX_ACCESS_TOKEN",
                            lambda r: "pk." + V.b64u(json.dumps({"u": rstr(r, LOWER, 8), "a": rstr(r, LOWER + DIGITS, 25)}, separators=(",", ":")).encode()) + "." + rstr(r, URLSAFE, 22)),
    "sentry-dsn": ("Sentry DSN", "SENTRY_DSN", lambda r: "https://%s@o%s.ingest.de.sentry.io/%s" % (hexs(r, 32), rstr(r, DIGITS, 6), rstr(r, DIGITS, 7))),
    "ga4-measurement-id": ("GA4 measurement ID", "GA_MEASUREMENT_ID", lambda r: "G-" + rstr(r, UPPER + DIGITS, 10)),
    "recaptcha-site-key": ("reCAPTCHA site key", "RECAPTCHA_SITE_KEY", lambda r: "6L" + rstr(r, URLSAFE, 38)),
    "turnstile-site-key": ("Turnstile site key", "TURNSTILE_SITE_KEY", lambda r: "0x4AAAAAAA" + rstr(r, URLSAFE, 14)),
    "hcaptcha-site-key": ("hCaptcha site key", "HCAPTCHA_SITEKEY", lambda r: V.uuid4(r)),
    "supabase-anon-key": ("Supabase anon key", "SUPABASE_ANON_KEY",
                          lambda r: V.jwt(r, {"iss": "supabase", "ref": rstr(r, LOWER, 20), "role": "anon", "iat": 1700000000, "exp": 2015000000})),
    "supabase-publishable-key": ("Supabase publishable key", "SUPABASE_PUBLISHABLE_KEY", lambda r: "sb_publishable_" + rstr(r, URLSAFE, 31)),
    "posthog-project-key": ("PostHog project key", "POSTHOG_KEY", lambda r: "phc_" + rstr(r, ALNUM, 43)),
    "google-oauth-client-id": ("Google OAuth client ID", "GOOGLE_CLIENT_ID",
                               lambda r: "%s-%s.apps.googleusercontent.com" % (rstr(r, DIGITS, 12), rstr(r, LOWER + DIGITS, 32))),
    "twilio-account-sid": ("Twilio account SID", "TWILIO_ACCOUNT_SID", lambda r: "AC" + hexs(r, 32)),
    "square-application-id": ("Square application ID", "SQUARE_APPLICATION_ID", lambda r: "sq0idp-" + rstr(r, URLSAFE, 22)),
    "launchdarkly-client-id": ("LaunchDarkly client-side ID", "LD_CLIENT_SIDE_ID", lambda r: hexs(r, 24)),
    "datadog-rum-client-token": ("Datadog RUM client token", "DD_CLIENT_TOKEN", lambda r: "pub" + hexs(r, 32)),
    "adyen-client-key": ("Adyen client key", "ADYEN_CLIENT_KEY", lambda r: "live_" + rstr(r, UPPER + DIGITS, 32)),
    "firebase-web-api-key": ("Firebase web config apiKey", "NEXT_PUBLIC_FIREBASE_API_KEY", lambda r: "AIza" + rstr(r, URLSAFE, 35)),
    "segment-write-key": ("Segment write key (browser)", "NEXT_PUBLIC_SEGMENT_WRITE_KEY", lambda r: rstr(r, ALNUM, 32)),
    "braintree-tokenization-key": ("Braintree tokenization key", "BRAINTREE_TOKENIZATION_KEY",
                                   lambda r: "production_%s_%s" % (rstr(r, LOWER + DIGITS, 8), rstr(r, LOWER + DIGITS, 16))),
}

DOCUMENTED = [
    ("aws-docs-example-key-id", "AKIAIOSFODNN7EXAMPLE"),
    ("aws-docs-example-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("stripe-docs-test-key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("azurite-well-known-key", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
    ("slack-docs-not-a-token", "xoxb-not-a-real-token-this-will-not-work"),
    ("mailgun-docs-example", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"),
    ("github-docs-example-token", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"),
    ("zitadel-docs-example-masterkey", "MasterkeyNeedsToHave32Characters"),
]
DOCUMENTED_VALUES = {v for _, v in DOCUMENTED}

PLACEHOLDER_SHAPES = [
    ("vendor-placeholder", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("vendor-placeholder", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"),
    ("vendor-placeholder", "xoxb-your-bot-token-here"),
    ("vendor-placeholder", "AKIAXXXXXXXXXXXXXXXX"),
    ("vendor-placeholder", "hvs.REPLACE_WITH_VAULT_TOKEN"),
    ("vendor-placeholder", "glpat-xxxxxxxxxxxxxxxxxxxx"),
    ("vendor-placeholder", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("vendor-placeholder", "sk-proj-REPLACE-ME"),
    ("vendor-placeholder", "dop_v1_<your-token>"),
    ("vendor-placeholder", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
    ("vendor-placeholder", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("vendor-placeholder", "whsec_replace_me"),
]


def masked(rng, name):
    """A masked form of a provider token (negative)."""
    label, var, gen, _ = SHAPES[name]
    v = gen(rng)
    cut = max(4, min(12, len(v) // 6))
    keep = v[-4:]
    pre = v[:cut]
    for p in ("ghp_", "glpat-", "sk_live_", "xoxb-", "hvs.", "npm_", "SG.", "sk-proj-", "dop_v1_", "hf_", "shpat_", "AIza"):
        if v.startswith(p):
            pre = p
            break
    return pre + rng.choice(["*" * 12, "…", "************************", "•" * 10, "[REDACTED]", "...."]) + keep
