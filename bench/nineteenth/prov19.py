"""Provider token shapes (from secrets-anchors.md and vendors' documented formats), key-ID + secret pairs,
public-by-design values, documented examples and vendor-shaped placeholders."""
import base64
import json

import crypto19 as C
import vals19 as V

B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _b64j(d):
    return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def _pypi(r):
    ident = V.hexs(r, 32).encode()
    caveat = json.dumps({"version": 1, "permissions": {"projects": ["plant-" + V.rs(r, V.LOW, 6)]}},
                        separators=(",", ":")).encode()
    raw = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(caveat)]) + caveat
           + b"\x00\x00\x06\x20" + V.rbytes(r, 32))
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _bedrock(r):
    acct = V.rs(r, V.DIG, 12)
    inner = "BedrockAPIKey-%s-at-%s:%s" % (V.rs(r, V.LOW + V.DIG, 4), acct, V.b64s(r, 45))
    return "ABSK" + base64.b64encode(inner.encode()).decode()


def _jfrog_ref(r):
    return base64.b64encode(("reftkn:01:%d:%s" % (r.randint(1780000000, 1890000000), V.alnum(r, 27))).encode()
                            ).decode().rstrip("=")


def _glc(r):
    return "glc_" + _b64j({"o": str(r.randint(100000, 999999)), "n": "stack-%d-hm-write-%s" % (
        r.randint(100000, 999999), V.rs(r, V.LOW, 6)), "k": V.alnum(r, 24), "m": {"r": r.choice(
            ["prod-eu-west-2", "prod-us-central-0", "prod-ap-southeast-1"])}})


def _sntrys(r, org):
    body = base64.b64encode(json.dumps({"iat": float(r.randint(1720000000, 1760000000)) + 0.5,
                                        "url": "https://sentry.io", "region_url": "https://de.sentry.io",
                                        "org": org}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + body + "_" + V.b64s(r, 32, pad=False).replace("+", "A").replace("/", "B")


def _ops(r):
    d = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                                                         "iterations": 650000, "salt": V.b64s(r, 16, True, False)},
         "email": "%s@1passwordserviceaccounts.eu" % V.rs(r, V.LOW + V.DIG, 13),
         "srpX": V.hexs(r, 64), "muk": {"alg": "A256GCM", "ext": False, "k": V.b64s(r, 32, True, False),
                                        "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (V.rs(r, V.UP + V.DIG, 6), V.rs(r, V.UP + V.DIG, 6),
                                                V.rs(r, V.UP + V.DIG, 5), V.rs(r, V.UP + V.DIG, 5),
                                                V.rs(r, V.UP + V.DIG, 5), V.rs(r, V.UP + V.DIG, 5)),
         "throttleSecret": {"seed": V.hexs(r, 64), "uuid": V.rs(r, V.UP + V.DIG, 26)},
         "deviceUuid": V.rs(r, V.LOW + V.DIG, 26)}
    return "ops_" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def _discord(r):
    snow = str(r.randint(10 ** 17, 13 * 10 ** 17))
    return "%s.%s.%s" % (base64.b64encode(snow.encode()).decode().rstrip("="), V.rs(r, V.B64U, 6),
                         V.rs(r, V.B64U, 38))


def _age(r):
    return C.bech32_encode("age-secret-key-", V.rbytes(r, 32)).upper()


def _mapbox_sk(r, user):
    return "sk." + base64.urlsafe_b64encode(json.dumps({"u": user, "a": "cl" + V.rs(r, V.LOW + V.DIG, 23)},
                                                       separators=(",", ":")).encode()).decode().rstrip("=") \
        + "." + V.rs(r, V.B64U, 22)


def _swarm(r):
    return "SWMTKN-1-%s-%s" % (V.rs(r, B36, 50), V.rs(r, B36, 25))


def _entra(r):
    return V.rs(r, V.ALNUM, 3) + V.rs(r, V.DIG, 1) + "Q~" + V.rs(r, V.ALNUM + "_~.-", 34)


def _sas(r, acct):
    sig = V.b64s(r, 32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return ("https://%s.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2026-%02d-%02dT18:00:00Z"
            "&st=2025-01-01T00:00:00Z&spr=https&sig=%s" % (acct, r.randint(1, 12), r.randint(1, 28), sig))


# (category, vendor, env var, function(r, ctxinfo) -> value). ctxinfo is a dict with 'org' (slug).
SHAPES = [
    ("github-pat-classic", "GitHub", "GITHUB_TOKEN", lambda r, o: V.crc_token(r, "ghp_")),
    ("github-oauth-token", "GitHub", "GH_OAUTH_TOKEN", lambda r, o: V.crc_token(r, "gho_")),
    ("github-user-to-server", "GitHub", "GH_APP_USER_TOKEN", lambda r, o: V.crc_token(r, "ghu_")),
    ("github-installation-token", "GitHub", "GH_INSTALLATION_TOKEN", lambda r, o: V.crc_token(r, "ghs_")),
    ("github-refresh-token", "GitHub", "GH_REFRESH_TOKEN", lambda r, o: V.crc_token(r, "ghr_")),
    ("github-fine-grained-pat", "GitHub", "GH_PAT", lambda r, o: "github_pat_11" + V.rs(r, V.UP + V.DIG, 20) + "_"
     + V.alnum(r, 59)),
    ("gitlab-pat", "GitLab", "GITLAB_TOKEN", lambda r, o: "glpat-" + V.rs(r, V.ALNUM + "_-", 20)),
    ("gitlab-runner-token", "GitLab", "CI_RUNNER_TOKEN", lambda r, o: "glrt-" + V.rs(r, V.ALNUM + "_-", 20)),
    ("gitlab-trigger-token", "GitLab", "GITLAB_TRIGGER_TOKEN", lambda r, o: "glptt-" + V.hexs(r, 40)),
    ("gitlab-deploy-token", "GitLab", "GITLAB_DEPLOY_TOKEN", lambda r, o: "gldt-" + V.rs(r, V.ALNUM + "_-", 20)),
    ("gitlab-runner-registration", "GitLab", "REGISTRATION_TOKEN", lambda r, o: "GR1348941" + V.rs(
        r, V.ALNUM + "_-", 20)),
    ("aws-bedrock-api-key", "AWS", "AWS_BEARER_TOKEN_BEDROCK", lambda r, o: _bedrock(r)),
    ("google-api-key", "Google", "GOOGLE_MAPS_API_KEY", lambda r, o: "AIza" + V.rs(r, V.ALNUM + "_-", 35)),
    ("google-oauth-refresh-token", "Google", "GOOGLE_REFRESH_TOKEN", lambda r, o: "1//0" + V.rs(r, V.LOW, 1)
     + V.rs(r, V.ALNUM + "_-", 98)),
    ("google-oauth-access-token", "Google", "GOOGLE_ACCESS_TOKEN", lambda r, o: "ya29.a0" + V.rs(
        r, V.ALNUM + "_-", 150)),
    ("azure-sas-url", "Azure", "EXPORT_SAS_URL", lambda r, o: _sas(r, o["slug"].replace("-", "")[:14] + "exp")),
    ("azure-servicebus-connstr", "Azure", "SERVICEBUS_CONNECTION", lambda r, o: (
        "Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
        "SharedAccessKey=%s" % (o["slug"], V.b64s(r, 32)))),
    ("azure-appconfig-connstr", "Azure", "APPCONFIG_CONNECTION_STRING", lambda r, o: (
        "Endpoint=https://%s-cfg.azconfig.io;Id=%s-l0-s0:%s;Secret=%s" % (
            o["slug"], V.rs(r, V.ALNUM, 4), V.alnum(r, 20), V.b64s(r, 32)))),
    ("slack-bot-token", "Slack", "SLACK_BOT_TOKEN", lambda r, o: "xoxb-%d-%d-%s" % (
        r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), V.alnum(r, 24))),
    ("slack-user-token", "Slack", "SLACK_USER_TOKEN", lambda r, o: "xoxp-%d-%d-%d-%s" % (
        r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), V.hexs(r, 32))),
    ("slack-app-token", "Slack", "SLACK_APP_TOKEN", lambda r, o: "xapp-1-A%s-%d-%s" % (
        V.rs(r, V.UP + V.DIG, 10), r.randint(10 ** 12, 10 ** 13), V.hexs(r, 64))),
    ("slack-config-refresh-token", "Slack", "SLACK_CONFIG_REFRESH_TOKEN", lambda r, o: "xoxe-1-" + V.alnum(r, 146)),
    ("slack-webhook-url", "Slack", "SLACK_WEBHOOK_URL", lambda r, o: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        V.rs(r, V.UP + V.DIG, 10), V.rs(r, V.UP + V.DIG, 10), V.alnum(r, 24))),
    ("stripe-secret-key", "Stripe", "STRIPE_SECRET_KEY", lambda r, o: "sk_live_51" + V.alnum(r, 97)),
    ("stripe-restricted-key", "Stripe", "STRIPE_RESTRICTED_KEY", lambda r, o: "rk_live_51" + V.alnum(r, 97)),
    ("stripe-webhook-secret", "Stripe", "STRIPE_WEBHOOK_SECRET", lambda r, o: "whsec_" + V.alnum(r, 32)),
    ("sendgrid-api-key", "SendGrid", "SENDGRID_API_KEY", lambda r, o: "SG.%s.%s" % (
        V.rs(r, V.B64U, 22), V.rs(r, V.B64U, 43))),
    ("mailgun-api-key", "Mailgun", "MAILGUN_API_KEY", lambda r, o: "key-" + V.hexs(r, 32)),
    ("mailgun-api-key-v2", "Mailgun", "MAILGUN_KEY", lambda r, o: "%s-%s-%s" % (
        V.hexs(r, 32), V.hexs(r, 8), V.hexs(r, 8))),
    ("mailchimp-api-key", "Mailchimp", "MAILCHIMP_API_KEY", lambda r, o: "%s-us%d" % (V.hexs(r, 32), r.randint(2, 21))),
    ("npm-token", "npm", "NPM_TOKEN", lambda r, o: V.crc_token(r, "npm_")),
    ("pypi-token", "PyPI", "TWINE_PASSWORD", lambda r, o: _pypi(r)),
    ("rubygems-api-key", "RubyGems", "GEM_HOST_API_KEY", lambda r, o: "rubygems_" + V.hexs(r, 48)),
    ("nuget-api-key", "NuGet", "NUGET_API_KEY", lambda r, o: "oy2" + V.rs(r, V.LOW + V.DIG, 43)),
    ("dockerhub-pat", "Docker Hub", "DOCKERHUB_TOKEN", lambda r, o: "dckr_pat_" + V.rs(r, V.B64U, 27)),
    ("dockerhub-oat", "Docker Hub", "DOCKER_ORG_TOKEN", lambda r, o: "dckr_oat_" + V.rs(r, V.B64U, 32)),
    ("jfrog-api-key", "JFrog", "ARTIFACTORY_API_KEY", lambda r, o: "AKCp" + V.alnum(r, 69)),
    ("jfrog-reference-token", "JFrog", "JFROG_ACCESS_TOKEN", lambda r, o: _jfrog_ref(r)),
    ("vault-service-token", "HashiCorp Vault", "VAULT_TOKEN", lambda r, o: "hvs." + V.rs(r, V.B64U, 91)),
    ("vault-batch-token", "HashiCorp Vault", "VAULT_BATCH_TOKEN", lambda r, o: "hvb." + V.rs(r, V.B64U, 110)),
    ("terraform-cloud-token", "HCP Terraform", "TF_TOKEN_app_terraform_io", lambda r, o: "%s.atlasv1.%s" % (
        V.alnum(r, 14), V.alnum(r, 67))),
    ("doppler-service-token", "Doppler", "DOPPLER_TOKEN", lambda r, o: "dp.st.prd." + V.alnum(r, 43)),
    ("doppler-personal-token", "Doppler", "DOPPLER_PERSONAL_TOKEN", lambda r, o: "dp.pt." + V.alnum(r, 43)),
    ("pulumi-access-token", "Pulumi", "PULUMI_ACCESS_TOKEN", lambda r, o: "pul-" + V.hexs(r, 40)),
    ("databricks-pat", "Databricks", "DATABRICKS_TOKEN", lambda r, o: "dapi" + V.hexs(r, 32)),
    ("digitalocean-pat", "DigitalOcean", "DIGITALOCEAN_TOKEN", lambda r, o: "dop_v1_" + V.hexs(r, 64)),
    ("digitalocean-oauth", "DigitalOcean", "DO_OAUTH_TOKEN", lambda r, o: "doo_v1_" + V.hexs(r, 64)),
    ("heroku-api-key", "Heroku", "HEROKU_API_KEY", lambda r, o: "HRKU-AA" + V.rs(r, V.B64U, 58)),
    ("vercel-token", "Vercel", "VERCEL_TOKEN", lambda r, o: "vcp_" + V.alnum(r, 56)),
    ("supabase-management-token", "Supabase", "SUPABASE_ACCESS_TOKEN", lambda r, o: "sbp_" + V.hexs(r, 40)),
    ("supabase-secret-key", "Supabase", "SUPABASE_SECRET_KEY", lambda r, o: "sb_secret_" + V.alnum(r, 31)),
    ("cloudflare-user-token", "Cloudflare", "CLOUDFLARE_API_TOKEN", lambda r, o: "cfut_" + V.alnum(r, 40)
     + V.hexs(r, 8)),
    ("cloudflare-origin-ca-key", "Cloudflare", "CF_ORIGIN_CA_KEY", lambda r, o: "v1.0-%s-%s" % (
        V.hexs(r, 24), V.hexs(r, 146))),
    ("shopify-admin-token", "Shopify", "SHOPIFY_ADMIN_TOKEN", lambda r, o: "shpat_" + V.hexs(r, 32)),
    ("shopify-shared-secret", "Shopify", "SHOPIFY_API_SECRET", lambda r, o: "shpss_" + V.hexs(r, 32)),
    ("shopify-custom-app-token", "Shopify", "SHOPIFY_CUSTOM_APP_TOKEN", lambda r, o: "shpca_" + V.hexs(r, 32)),
    ("square-access-token", "Square", "SQUARE_ACCESS_TOKEN", lambda r, o: "EAAA" + V.rs(r, V.B64U, 60)),
    ("square-app-secret", "Square", "SQUARE_APPLICATION_SECRET", lambda r, o: "sq0csp-" + V.rs(r, V.B64U, 43)),
    ("braintree-access-token", "Braintree", "BRAINTREE_ACCESS_TOKEN", lambda r, o: (
        "access_token$production$%s$%s" % (V.rs(r, V.LOW + V.DIG, 16), V.hexs(r, 32)))),
    ("openai-project-key", "OpenAI", "OPENAI_API_KEY", lambda r, o: "sk-proj-" + V.rs(r, V.B64U, 74) + "T3BlbkFJ"
     + V.rs(r, V.B64U, 74)),
    ("openai-service-account-key", "OpenAI", "OPENAI_SVC_KEY", lambda r, o: "sk-svcacct-" + V.rs(r, V.B64U, 74)
     + "T3BlbkFJ" + V.rs(r, V.B64U, 74)),
    ("openai-legacy-key", "OpenAI", "OPENAI_KEY", lambda r, o: "sk-" + V.alnum(r, 20) + "T3BlbkFJ" + V.alnum(r, 20)),
    ("anthropic-api-key", "Anthropic", "ANTHROPIC_API_KEY", lambda r, o: "sk-ant-api03-" + V.rs(r, V.B64U, 93) + "AA"),
    ("huggingface-token", "Hugging Face", "HF_TOKEN", lambda r, o: "hf_" + V.rs(r, V.UP + V.LOW, 34)),
    ("groq-api-key", "Groq", "GROQ_API_KEY", lambda r, o: "gsk_" + V.alnum(r, 52)),
    ("perplexity-api-key", "Perplexity", "PPLX_API_KEY", lambda r, o: "pplx-" + V.alnum(r, 48)),
    ("replicate-token", "Replicate", "REPLICATE_API_TOKEN", lambda r, o: "r8_" + V.alnum(r, 37)),
    ("openrouter-key", "OpenRouter", "OPENROUTER_API_KEY", lambda r, o: "sk-or-v1-" + V.hexs(r, 64)),
    ("xai-api-key", "xAI", "XAI_API_KEY", lambda r, o: "xai-" + V.alnum(r, 80)),
    ("langsmith-key", "LangSmith", "LANGSMITH_API_KEY", lambda r, o: "lsv2_pt_%s_%s" % (V.hexs(r, 32), V.hexs(r, 10))),
    ("atlassian-api-token", "Atlassian", "JIRA_API_TOKEN", lambda r, o: "ATATT3xFfGF0" + V.rs(r, V.B64U, 168)
     + "=" + V.rs(r, "0123456789ABCDEF", 8)),
    ("linear-api-key", "Linear", "LINEAR_API_KEY", lambda r, o: "lin_api_" + V.alnum(r, 40)),
    ("notion-token", "Notion", "NOTION_TOKEN", lambda r, o: "ntn_" + V.rs(r, V.DIG, 11) + V.alnum(r, 35)),
    ("notion-legacy-secret", "Notion", "NOTION_SECRET", lambda r, o: "secret_" + V.alnum(r, 43)),
    ("figma-pat", "Figma", "FIGMA_TOKEN", lambda r, o: "figd_" + V.rs(r, V.B64U, 40)),
    ("postman-api-key", "Postman", "POSTMAN_API_KEY", lambda r, o: "PMAK-%s-%s" % (V.hexs(r, 24), V.hexs(r, 34))),
    ("grafana-service-account", "Grafana", "GRAFANA_SA_TOKEN", lambda r, o: "glsa_%s_%s" % (V.alnum(r, 32),
                                                                                          V.hexs(r, 8))),
    ("grafana-cloud-token", "Grafana", "GRAFANA_CLOUD_TOKEN", lambda r, o: _glc(r)),
    ("sentry-org-token", "Sentry", "SENTRY_AUTH_TOKEN", lambda r, o: _sntrys(r, o["slug"])),
    ("sentry-user-token", "Sentry", "SENTRY_USER_TOKEN", lambda r, o: "sntryu_" + V.hexs(r, 64)),
    ("newrelic-user-key", "New Relic", "NEW_RELIC_API_KEY", lambda r, o: "NRAK-" + V.rs(r, V.UP + V.DIG, 27)),
    ("newrelic-insert-key", "New Relic", "NEW_RELIC_INSERT_KEY", lambda r, o: "NRII-" + V.rs(r, V.B64U, 32)),
    ("dynatrace-token", "Dynatrace", "DT_API_TOKEN", lambda r, o: "dt0c01.%s.%s" % (
        V.rs(r, V.UP + V.DIG, 24), V.rs(r, V.UP + V.DIG, 64))),
    ("telegram-bot-token", "Telegram", "TELEGRAM_BOT_TOKEN", lambda r, o: "%d:AA%s" % (
        r.randint(10 ** 8, 8 * 10 ** 9), V.rs(r, V.B64U, 33))),
    ("discord-bot-token", "Discord", "DISCORD_TOKEN", lambda r, o: _discord(r)),
    ("age-secret-key", "age", "SOPS_AGE_KEY", lambda r, o: _age(r)),
    ("onepassword-service-account", "1Password", "OP_SERVICE_ACCOUNT_TOKEN", lambda r, o: _ops(r)),
    ("circleci-pat", "CircleCI", "CIRCLECI_TOKEN", lambda r, o: "CCIPAT_%s_%s" % (V.alnum(r, 22), V.hexs(r, 40))),
    ("buildkite-token", "Buildkite", "BUILDKITE_API_TOKEN", lambda r, o: "bkua_" + V.hexs(r, 40)),
    ("bitbucket-dc-token", "Bitbucket", "BITBUCKET_TOKEN", lambda r, o: "BBDC-" + V.rs(r, V.ALNUM + "+/", 44)),
    ("docker-swarm-join-token", "Docker", "SWARM_JOIN_TOKEN", lambda r, o: _swarm(r)),
    ("octopus-api-key", "Octopus Deploy", "OCTOPUS_API_KEY", lambda r, o: "API-" + V.rs(r, V.UP + V.DIG, 26)),
    ("infracost-api-key", "Infracost", "INFRACOST_API_KEY", lambda r, o: "ico-" + V.alnum(r, 32)),
    ("prefect-api-key", "Prefect", "PREFECT_API_KEY", lambda r, o: "pnu_" + V.alnum(r, 36)),
    ("render-api-key", "Render", "RENDER_API_KEY", lambda r, o: "rnd_" + V.alnum(r, 32)),
    ("planetscale-token", "PlanetScale", "PLANETSCALE_SERVICE_TOKEN", lambda r, o: "pscale_tkn_" + V.rs(
        r, V.ALNUM + "_", 43)),
    ("planetscale-password", "PlanetScale", "PLANETSCALE_DB_PASSWORD", lambda r, o: "pscale_pw_" + V.rs(
        r, V.ALNUM + "_", 43)),
    ("mapbox-secret-token", "Mapbox", "MAPBOX_DOWNLOADS_TOKEN", lambda r, o: _mapbox_sk(r, o["slug"])),
    # context-only shapes: only recognisable through the vendor-named setting
    ("azure-storage-key", "Azure", "AZURE_STORAGE_KEY", lambda r, o: V.b64s(r, 64)),
    ("azure-devops-pat", "Azure DevOps", "AZURE_DEVOPS_PAT", lambda r, o: V.rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52)),
    ("azure-devops-pat-v2", "Azure DevOps", "AZDO_PERSONAL_ACCESS_TOKEN", lambda r, o: V.alnum(r, 76) + "AZDO"
     + V.alnum(r, 4)),
    ("datadog-api-key", "Datadog", "DD_API_KEY", lambda r, o: V.hexs(r, 32)),
    ("okta-api-token", "Okta", "OKTA_API_TOKEN", lambda r, o: "00" + V.rs(r, V.B64U, 40)),
    ("cloudflare-global-api-key", "Cloudflare", "CF_API_KEY", lambda r, o: V.hexs(r, 37)),
    ("twilio-auth-token", "Twilio", "TWILIO_AUTH_TOKEN", lambda r, o: V.hexs(r, 32)),
]
SHAPE_BY_CAT = {s[0]: s for s in SHAPES}
# shapes that read naturally as a bearer/API token pasted into chat or a shell
PASTEABLE = [s[0] for s in SHAPES if not s[0].startswith(("azure-storage", "azure-devops", "datadog", "okta",
                                                           "cloudflare-global", "twilio-auth", "azure-servicebus",
                                                           "azure-appconfig", "azure-sas", "slack-webhook"))]


def _b2_app_key(r, o):
    return "K00" + V.rs(r, V.ALNUM, 28)


# pairs: (category, vendor, id name, secret name, id fn, secret fn)
PAIRS = [
    ("aws-access-key-pair", "AWS", "aws_access_key_id", "aws_secret_access_key",
     lambda r, o: "AKIA" + V.rs(r, V.UP + "234567", 16), lambda r, o: V.rs(r, V.ALNUM + "/+", 40)),
    ("aws-sts-key-pair", "AWS", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
     lambda r, o: "ASIA" + V.rs(r, V.UP + "234567", 16), lambda r, o: V.rs(r, V.ALNUM + "/+", 40)),
    ("alibaba-access-key-pair", "Alibaba Cloud", "access_key_id", "access_key_secret",
     lambda r, o: "LTAI5t" + V.alnum(r, 18), lambda r, o: V.alnum(r, 30)),
    ("tencent-secret-pair", "Tencent Cloud", "SecretId", "SecretKey",
     lambda r, o: "AKID" + V.alnum(r, 32), lambda r, o: V.alnum(r, 32)),
    ("twilio-api-key-pair", "Twilio", "TWILIO_API_KEY", "TWILIO_API_SECRET",
     lambda r, o: "SK" + V.hexs(r, 32), lambda r, o: V.alnum(r, 32)),
    ("twilio-account-pair", "Twilio", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN",
     lambda r, o: "AC" + V.hexs(r, 32), lambda r, o: V.hexs(r, 32)),
    ("datadog-key-pair", "Datadog", "DD_API_KEY", "DD_APP_KEY",
     lambda r, o: V.hexs(r, 32), lambda r, o: V.hexs(r, 40)),
    ("google-oauth-client-pair", "Google", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET",
     lambda r, o: "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), V.rs(r, V.LOW + V.DIG, 32)),
     lambda r, o: "GOCSPX-" + V.rs(r, V.B64U, 28)),
    ("entra-client-secret-pair", "Microsoft Entra", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET",
     lambda r, o: V.uuid4(r), lambda r, o: _entra(r)),
    ("azure-storage-account-pair", "Azure", "AZURE_STORAGE_ACCOUNT", "AZURE_STORAGE_KEY",
     lambda r, o: o["slug"].replace("-", "")[:16] + "st", lambda r, o: V.b64s(r, 64)),
    ("algolia-admin-pair", "Algolia", "ALGOLIA_APP_ID", "ALGOLIA_ADMIN_KEY",
     lambda r, o: V.rs(r, V.UP + V.DIG, 10), lambda r, o: V.hexs(r, 32)),
    ("backblaze-b2-pair", "Backblaze", "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY",
     lambda r, o: "00" + V.hexs(r, 23), _b2_app_key),
    ("do-spaces-pair", "DigitalOcean", "SPACES_ACCESS_KEY_ID", "SPACES_SECRET_ACCESS_KEY",
     lambda r, o: "DO00" + V.rs(r, V.UP + V.DIG, 16), lambda r, o: V.b64s(r, 32, pad=False)),
    ("cloudinary-pair", "Cloudinary", "CLOUDINARY_API_KEY", "CLOUDINARY_API_SECRET",
     lambda r, o: V.rs(r, V.DIG, 15), lambda r, o: V.rs(r, V.B64U, 27)),
]
PAIR_BY_CAT = {p[0]: p for p in PAIRS}


def _clerk_pk(r, o):
    return "pk_live_" + base64.b64encode(("clerk.%s.com$" % o["slug"]).encode()).decode().rstrip("=")


def _supabase_anon(r, o):
    return V.jwt(r, {"iss": "supabase", "ref": V.rs(r, V.LOW, 20), "role": "anon", "iat": 1716000000,
                     "exp": 2031576000})


# public-by-design values: (category, label, fn)
PUBLIC = [
    ("public-stripe-publishable-key", "STRIPE_PUBLISHABLE_KEY", lambda r, o: "pk_live_51" + V.alnum(r, 97)),
    ("public-clerk-publishable-key", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", _clerk_pk),
    ("public-mapbox-token", "MAPBOX_PUBLIC_TOKEN", lambda r, o: "pk." + base64.urlsafe_b64encode(json.dumps(
        {"u": o["slug"], "a": "cl" + V.rs(r, V.LOW + V.DIG, 23)}, separators=(",", ":")).encode()).decode().rstrip("=")
     + "." + V.rs(r, V.B64U, 22)),
    ("public-sentry-dsn", "SENTRY_DSN", lambda r, o: "https://%s@o%d.ingest.de.sentry.io/%d" % (
        V.hexs(r, 32), r.randint(100000, 4999999), r.randint(1000000, 9999999))),
    ("public-ga4-measurement-id", "GA_MEASUREMENT_ID", lambda r, o: "G-" + V.rs(r, V.UP + V.DIG, 10)),
    ("public-recaptcha-site-key", "RECAPTCHA_SITE_KEY", lambda r, o: "6L" + V.rs(r, V.ALNUM + "_-", 38)),
    ("public-turnstile-site-key", "TURNSTILE_SITE_KEY", lambda r, o: "0x4AAAAAAA" + V.rs(r, V.ALNUM + "_-", 14)),
    ("public-supabase-anon-jwt", "SUPABASE_ANON_KEY", _supabase_anon),
    ("public-supabase-publishable", "SUPABASE_PUBLISHABLE_KEY", lambda r, o: "sb_publishable_" + V.alnum(r, 31)),
    ("public-posthog-key", "POSTHOG_KEY", lambda r, o: "phc_" + V.alnum(r, 43)),
    ("public-algolia-search-key", "ALGOLIA_SEARCH_ONLY_KEY", lambda r, o: V.hexs(r, 32)),
    ("public-google-client-id", "GOOGLE_CLIENT_ID", lambda r, o: "%d-%s.apps.googleusercontent.com" % (
        r.randint(10 ** 11, 10 ** 12), V.rs(r, V.LOW + V.DIG, 32))),
    ("public-twilio-account-sid", "TWILIO_ACCOUNT_SID", lambda r, o: "AC" + V.hexs(r, 32)),
    ("public-square-application-id", "SQUARE_APPLICATION_ID", lambda r, o: "sq0idp-" + V.rs(r, V.B64U, 22)),
    ("public-launchdarkly-client-id", "LD_CLIENT_SIDE_ID", lambda r, o: V.hexs(r, 24)),
    ("public-datadog-rum-token", "DD_RUM_CLIENT_TOKEN", lambda r, o: "pub" + V.hexs(r, 32)),
    ("public-adyen-client-key", "ADYEN_CLIENT_KEY", lambda r, o: "live_" + V.rs(r, V.UP + V.DIG, 32)),
    ("public-hcaptcha-site-key", "HCAPTCHA_SITEKEY", lambda r, o: V.uuid4(r)),
]

# documented examples (negatives)
DOC_AWS_ID = "AKIAIOSFODNN7EXAMPLE"
DOC_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DOC_STRIPE_SK = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
DOC_STRIPE_PK = "pk_test_TYooMQauvdEDq54NiTphI7jx"
DOC_JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5"
           "MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
DOC_AZURITE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
DOC_SLACK = "xoxb-not-a-real-token-this-will-not-work"
DOC_XKCD = "correcthorsebatterystaple"
DOC_EXAMPLES = [
    ("doc-example-aws-access-key-id", DOC_AWS_ID, "AWS IAM user guide"),
    ("doc-example-aws-secret-key", DOC_AWS_SECRET, "AWS IAM user guide"),
    ("doc-example-stripe-test-key", DOC_STRIPE_SK, "Stripe API reference"),
    ("doc-example-stripe-publishable", DOC_STRIPE_PK, "Stripe API reference"),
    ("doc-example-jwt-io", DOC_JWT, "jwt.io debugger"),
    ("doc-example-azurite-key", DOC_AZURITE, "Azurite emulator docs"),
    ("doc-example-slack-token", DOC_SLACK, "Slack API docs"),
    ("doc-example-xkcd-passphrase", DOC_XKCD, "xkcd 936"),
]
DOC_VALUES = [d[1] for d in DOC_EXAMPLES]

# vendor-shaped placeholders (negatives)
VENDOR_PLACEHOLDERS = [
    "ghp_" + "x" * 36, "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "sk_live_" + "X" * 24, "AKIA" + "X" * 16,
    "xoxb-your-bot-token-here", "hvs.<redacted>", "SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
    "glpat-xxxxxxxxxxxxxxxxxxxx", "sk-proj-REPLACE_ME", "dckr_pat_<your-token>", "npm_" + "0" * 36,
    "sk-ant-api03-...", "hf_************************", "dop_v1_<token>", "xapp-1-XXXXXXXX", "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
]
