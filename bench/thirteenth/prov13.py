"""Provider token shapes (documented or observed formats), key-ID + secret pairs and public-by-design values.

Each single token: (category, setting name, human name, generator(v), check). `check` names an offline check
that verify.py runs ("gh" CRC32, "pypi", "jfrog", "b64json:<prefix>", "openai", "uuid", "age", "jwt",
"azure-key", "discord", "telegram"). Categories are the label categories.
"""
import base64
import json
import re

from vals13 import b64u_nopad, ALNUM, B32L
import keys13


def _b64json(obj):
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def pypi(v):
    ident = v.uuid4().encode()
    cav = json.dumps({"version": 1, "permissions": {"projects": [v.choice(["billing-sync", "ops-tools", "edi-kit"])]}},
                     separators=(",", ":")).encode()
    mac = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(cav)]) + cav
           + b"\x00\x00\x06\x20" + v.raw(32))
    return "pypi-" + b64u_nopad(mac)


def jfrog_ref(v):
    return base64.b64encode(("reftkn:01:%s:%s" % (v.digits(10), v.alnum(27))).encode()).decode()


def sentry_org(v):
    body = _b64json({"iat": v.randint(1700000000, 1760000000) + 0.5, "url": "https://sentry.io",
                     "region_url": "https://us.sentry.io", "org": v.choice(["ops", "field-apps", "portal-team"])})
    return "sntrys_" + body + "_" + v.b64bytes(32).rstrip("=")


def grafana_cloud(v):
    stack = v.digits(6)
    return "glc_" + _b64json({"o": v.digits(7), "n": "stack-%s-hm-write-%s" % (stack, v.lower(6)),
                              "k": v.alnum(32), "m": {"r": v.choice(["prod-us-east-0", "prod-eu-west-2"])}})


def op_sa(v):
    return "ops_" + _b64json({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096",
                              "alg": "PBES2g-HS256", "iterations": 650000, "salt": v.b64ubytes(16)},
                              "email": "%s@1passwordserviceaccounts.com" % v.lower(13), "srpX": v.hex(64),
                              "muk": {"alg": "A256GCM", "ext": True, "k": v.b64ubytes(32),
                                      "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
                              "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (v.upper(6), v.upper(6), v.upper(5), v.upper(5),
                                                                     v.upper(5), v.upper(5)),
                              "deviceUuid": v.lower(26)})


def mapbox(v, prefix="sk"):
    return "%s.%s.%s" % (prefix, _b64json({"u": v.choice(["fieldmaps", "routeplan", "ops-gis"]), "a": "cl" + v.lower(23)}),
                         v.b64u(22))


def discord_bot(v):
    uid = str(v.randint(10 ** 17, 10 ** 18 - 1))
    return "%s.%s.%s" % (base64.b64encode(uid.encode()).decode().rstrip("="), v.b64u(6), v.b64u(38))


def openai(v, kind="proj"):
    return "sk-%s-%sT3BlbkFJ%s" % (kind, v.b64u(74), v.b64u(74))


def azure_sas(v, acct, cont):
    sig = base64.b64encode(v.raw(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return ("https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-%02d-%02dT18:00:00Z"
            "&st=2025-01-02T09:00:00Z&spr=https&sig=%s" % (acct, cont, v.randint(1, 12), v.randint(1, 28), sig))


def azure_conn(v, acct):
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (acct, v.b64bytes(64)))


def ttn(v):
    return "NNSXS.%s.%s" % (v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 39), v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 52))


# (category, setting, human name, generator, check)
TOKENS = [
    ("github-pat", "GITHUB_TOKEN", "GitHub token", lambda v: v.gh("ghp_"), "gh"),
    ("github-oauth", "GH_OAUTH_TOKEN", "GitHub OAuth token", lambda v: v.gh("gho_"), "gh"),
    ("github-app-user", "GITHUB_USER_TO_SERVER_TOKEN", "GitHub app user token", lambda v: v.gh("ghu_"), "gh"),
    ("github-app-install", "GITHUB_INSTALLATION_TOKEN", "GitHub installation token", lambda v: v.gh("ghs_"), "gh"),
    ("github-fine-grained", "GH_FINE_GRAINED_PAT", "fine-grained GitHub PAT",
     lambda v: "github_pat_11%s_%s" % (v.upper(20), v.alnum(59)), None),
    ("gitlab-pat", "GITLAB_TOKEN", "GitLab token", lambda v: "glpat-" + v.s(ALNUM + "-_", 20), None),
    ("gitlab-trigger", "GITLAB_TRIGGER_TOKEN", "GitLab trigger token", lambda v: "glptt-" + v.hex(40), None),
    ("gitlab-runner", "CI_RUNNER_TOKEN", "runner token", lambda v: "glrt-" + v.s(ALNUM + "-_", 20), None),
    ("gitlab-deploy", "GITLAB_DEPLOY_TOKEN", "GitLab deploy token", lambda v: "gldt-" + v.s(ALNUM + "-_", 20), None),
    ("gitlab-runner-registration", "RUNNER_REGISTRATION_TOKEN", "runner registration token",
     lambda v: "GR1348941" + v.s(ALNUM + "-_", 20), None),
    ("npm-token", "NPM_TOKEN", "npm token", lambda v: v.gh("npm_"), "gh"),
    ("pypi-token", "PYPI_API_TOKEN", "PyPI token", pypi, "pypi"),
    ("rubygems-key", "GEM_HOST_API_KEY", "RubyGems key", lambda v: "rubygems_" + v.hex(48), None),
    ("nuget-key", "NUGET_API_KEY", "NuGet key", lambda v: "oy2" + v.lower(43), None),
    ("dockerhub-pat", "DOCKERHUB_TOKEN", "Docker Hub token", lambda v: "dckr_pat_" + v.b64u(27), None),
    ("jfrog-api-key", "ARTIFACTORY_API_KEY", "Artifactory key", lambda v: "AKCp" + v.alnum(69), None),
    ("jfrog-reference-token", "JFROG_ACCESS_TOKEN", "JFrog token", jfrog_ref, "jfrog"),
    ("vault-service-token", "VAULT_TOKEN", "Vault token", lambda v: "hvs.CAESI" + v.b64u(86), None),
    ("vault-batch-token", "VAULT_BATCH_TOKEN", "Vault batch token", lambda v: "hvb.AAAAAQ" + v.b64u(132), None),
    ("terraform-cloud", "TFE_TOKEN", "Terraform Cloud token",
     lambda v: "%s.atlasv1.%s" % (v.alnum(14), v.alnum(67)), None),
    ("doppler-service", "DOPPLER_TOKEN", "Doppler token", lambda v: "dp.st.prd." + v.alnum(40), None),
    ("doppler-personal", "DOPPLER_PERSONAL_TOKEN", "Doppler personal token", lambda v: "dp.pt." + v.alnum(43), None),
    ("pulumi-token", "PULUMI_ACCESS_TOKEN", "Pulumi token", lambda v: "pul-" + v.hex(40), None),
    ("databricks-pat", "DATABRICKS_TOKEN", "Databricks token", lambda v: "dapi" + v.hex(32), None),
    ("digitalocean-pat", "DIGITALOCEAN_TOKEN", "DigitalOcean token", lambda v: "dop_v1_" + v.hex(64), None),
    ("digitalocean-oauth", "DO_OAUTH_TOKEN", "DigitalOcean OAuth token", lambda v: "doo_v1_" + v.hex(64), None),
    ("heroku-key", "HEROKU_API_KEY", "Heroku key", lambda v: "HRKU-AA" + v.b64u(58), None),
    ("vercel-token", "VERCEL_TOKEN", "Vercel token", lambda v: "vcp_" + v.alnum(56), None),
    ("supabase-mgmt", "SUPABASE_ACCESS_TOKEN", "Supabase token", lambda v: "sbp_" + v.hex(40), None),
    ("supabase-secret", "SUPABASE_SECRET_KEY", "Supabase secret key", lambda v: "sb_secret_" + v.b64u(31), None),
    ("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", "Cloudflare origin CA key",
     lambda v: "v1.0-%s-%s" % (v.hex(24), v.hex(146)), None),
    ("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", "Cloudflare token", lambda v: v.b64u(40), None),
    ("shopify-admin", "SHOPIFY_ADMIN_TOKEN", "Shopify admin token", lambda v: "shpat_" + v.hex(32), None),
    ("shopify-shared-secret", "SHOPIFY_API_SECRET", "Shopify app secret", lambda v: "shpss_" + v.hex(32), None),
    ("square-access", "SQUARE_ACCESS_TOKEN", "Square token", lambda v: "EAAA" + v.b64u(60), None),
    ("square-app-secret", "SQUARE_APPLICATION_SECRET", "Square app secret", lambda v: "sq0csp-" + v.b64u(43), None),
    ("braintree-token", "BRAINTREE_ACCESS_TOKEN", "Braintree token",
     lambda v: "access_token$production$%s$%s" % (v.lower(16), v.hex(32)), None),
    ("stripe-secret", "STRIPE_SECRET_KEY", "Stripe secret key", lambda v: "sk_live_51" + v.alnum(96), None),
    ("stripe-restricted", "STRIPE_RESTRICTED_KEY", "Stripe restricted key", lambda v: "rk_live_51" + v.alnum(96), None),
    ("stripe-webhook", "STRIPE_WEBHOOK_SECRET", "Stripe webhook secret", lambda v: "whsec_" + v.alnum(32), None),
    ("openai-key", "OPENAI_API_KEY", "OpenAI key", openai, "openai"),
    ("openai-svcacct", "OPENAI_SERVICE_KEY", "OpenAI service-account key", lambda v: openai(v, "svcacct"), "openai"),
    ("anthropic-key", "ANTHROPIC_API_KEY", "Anthropic key", lambda v: "sk-ant-api03-" + v.b64u(93) + "AA", None),
    ("huggingface-token", "HF_TOKEN", "Hugging Face token", lambda v: "hf_" + v.s(ALNUM[:52], 34), None),
    ("groq-key", "GROQ_API_KEY", "Groq key", lambda v: "gsk_" + v.alnum(52), None),
    ("perplexity-key", "PERPLEXITY_API_KEY", "Perplexity key", lambda v: "pplx-" + v.alnum(48), None),
    ("replicate-token", "REPLICATE_API_TOKEN", "Replicate token", lambda v: "r8_" + v.alnum(37), None),
    ("openrouter-key", "OPENROUTER_API_KEY", "OpenRouter key", lambda v: "sk-or-v1-" + v.hex(64), None),
    ("xai-key", "XAI_API_KEY", "xAI key", lambda v: "xai-" + v.alnum(80), None),
    ("langsmith-key", "LANGSMITH_API_KEY", "LangSmith key", lambda v: "lsv2_pt_%s_%s" % (v.hex(32), v.hex(10)), None),
    ("atlassian-token", "JIRA_API_TOKEN", "Atlassian token",
     lambda v: "ATATT3xFfGF0" + v.b64u(170) + "=" + v.HEX(8), None),
    ("linear-key", "LINEAR_API_KEY", "Linear key", lambda v: "lin_api_" + v.alnum(40), None),
    ("notion-token", "NOTION_TOKEN", "Notion token", lambda v: "ntn_" + v.digits(11) + v.alnum(35), None),
    ("figma-token", "FIGMA_TOKEN", "Figma token", lambda v: "figd_" + v.b64u(40), None),
    ("postman-key", "POSTMAN_API_KEY", "Postman key", lambda v: "PMAK-%s-%s" % (v.hex(24), v.hex(34)), None),
    ("grafana-sa", "GRAFANA_SA_TOKEN", "Grafana token", lambda v: "glsa_%s_%s" % (v.alnum(32), v.hex(8)), None),
    ("grafana-cloud", "GRAFANA_CLOUD_TOKEN", "Grafana Cloud token", grafana_cloud, "b64json:glc_"),
    ("sentry-org-token", "SENTRY_AUTH_TOKEN", "Sentry token", sentry_org, "b64json:sntrys_"),
    ("sentry-user-token", "SENTRY_USER_TOKEN", "Sentry user token", lambda v: "sntryu_" + v.hex(64), None),
    ("newrelic-user-key", "NEW_RELIC_API_KEY", "New Relic key", lambda v: "NRAK-" + v.upper(27), None),
    ("dynatrace-token", "DT_API_TOKEN", "Dynatrace token",
     lambda v: "dt0c01.%s.%s" % (v.upper(24), v.upper(64)), None),
    ("okta-token", "OKTA_API_TOKEN", "Okta token", lambda v: "00" + v.b64u(40), None),
    ("telegram-bot", "TELEGRAM_BOT_TOKEN", "Telegram bot token",
     lambda v: "%s:AA%s" % (v.digits(10), v.b64u(33)), "telegram"),
    ("discord-bot", "DISCORD_BOT_TOKEN", "Discord bot token", discord_bot, "discord"),
    ("slack-bot", "SLACK_BOT_TOKEN", "Slack bot token",
     lambda v: "xoxb-%s-%s-%s" % (v.digits(12), v.digits(13), v.alnum(24)), None),
    ("slack-user", "SLACK_USER_TOKEN", "Slack user token",
     lambda v: "xoxp-%s-%s-%s-%s" % (v.digits(12), v.digits(12), v.digits(13), v.hex(32)), None),
    ("slack-app", "SLACK_APP_TOKEN", "Slack app token",
     lambda v: "xapp-1-A%s-%s-%s" % (v.upper(10), v.digits(13), v.hex(64)), None),
    ("slack-webhook", "SLACK_WEBHOOK_URL", "Slack webhook",
     lambda v: "https://hooks.slack.com/services/T%s/B%s/%s" % (v.upper(8), v.upper(10), v.alnum(24)), None),
    ("sendgrid-key", "SENDGRID_API_KEY", "SendGrid key", lambda v: "SG.%s.%s" % (v.b64u(22), v.b64u(43)), None),
    ("mailgun-key", "MAILGUN_API_KEY", "Mailgun key", lambda v: "key-" + v.hex(32), None),
    ("mailchimp-key", "MAILCHIMP_API_KEY", "Mailchimp key", lambda v: "%s-us%d" % (v.hex(32), v.randint(2, 21)), None),
    ("age-secret-key", "SOPS_AGE_KEY", "age key", lambda v: keys13.age_key(v), "age"),
    ("1password-sa", "OP_SERVICE_ACCOUNT_TOKEN", "1Password token", op_sa, "b64json:ops_"),
    ("azure-entra-secret", "AZURE_CLIENT_SECRET", "Entra client secret",
     lambda v: "%s%dQ~%s" % (v.alnum(3), v.randint(0, 9), v.s(ALNUM + "_~.-", 34)), None),
    ("azure-devops-pat", "AZURE_DEVOPS_PAT", "Azure DevOps PAT", lambda v: v.s(B32L, 52), None),
    ("azure-storage-conn", "AZURE_STORAGE_CONNECTION_STRING", "storage connection string",
     lambda v: azure_conn(v, "st" + v.lower(10)), "azure-key"),
    ("azure-sas-url", "AZURE_BLOB_SAS_URL", "SAS URL", lambda v: azure_sas(v, "st" + v.lower(10), "exports"), None),
    ("azure-servicebus", "SERVICEBUS_CONNECTION", "Service Bus connection string",
     lambda v: "Endpoint=sb://sb-%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
               "SharedAccessKey=%s" % (v.lower(8), v.b64bytes(32)), None),
    ("azure-appconfig", "APP_CONFIG_CONNECTION", "App Configuration connection string",
     lambda v: "Endpoint=https://appcs-%s.azconfig.io;Id=%s;Secret=%s" % (v.lower(6), v.b64u(20), v.b64bytes(32)), None),
    ("google-api-key", "GOOGLE_GEOCODING_KEY", "Google API key", lambda v: "AIza" + v.b64u(35), None),
    ("google-oauth-secret", "GOOGLE_CLIENT_SECRET", "Google client secret", lambda v: "GOCSPX-" + v.b64u(28), None),
    ("google-refresh-token", "GOOGLE_REFRESH_TOKEN", "Google refresh token", lambda v: "1//0" + v.b64u(99), None),
    ("circleci-token", "CIRCLECI_TOKEN", "CircleCI token", lambda v: "CCIPAT_%s_%s" % (v.alnum(22), v.hex(40)), None),
    ("buildkite-token", "BUILDKITE_API_TOKEN", "Buildkite token", lambda v: "bkua_" + v.hex(40), None),
    ("bitbucket-app-password", "BITBUCKET_APP_PASSWORD", "Bitbucket app password", lambda v: "ATBB" + v.alnum(32), None),
    ("docker-swarm-join", "SWARM_JOIN_TOKEN", "swarm join token",
     lambda v: "SWMTKN-1-%s-%s" % (v.lower(50), v.lower(25)), None),
    ("octopus-key", "OCTOPUS_API_KEY", "Octopus key", lambda v: "API-" + v.upper(26), None),
    ("infracost-key", "INFRACOST_API_KEY", "Infracost key", lambda v: "ico-" + v.alnum(32), None),
    ("prefect-key", "PREFECT_API_KEY", "Prefect key", lambda v: "pnu_" + v.alnum(36), None),
    ("render-key", "RENDER_API_KEY", "Render key", lambda v: "rnd_" + v.alnum(32), None),
    ("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", "PlanetScale token", lambda v: "pscale_tkn_" + v.b64u(43), None),
    ("planetscale-password", "PLANETSCALE_DB_PASSWORD", "PlanetScale password", lambda v: "pscale_pw_" + v.b64u(43), None),
    ("netlify-token", "NETLIFY_AUTH_TOKEN", "Netlify token", lambda v: "nfp_" + v.alnum(40), None),
    ("neon-key", "NEON_API_KEY", "Neon key", lambda v: "napi_" + v.lower(64), None),
    ("mapbox-secret", "MAPBOX_SECRET_TOKEN", "Mapbox secret token", mapbox, "b64json:sk."),
    ("elevenlabs-key", "ELEVENLABS_API_KEY", "ElevenLabs key", lambda v: "sk_" + v.hex(48), None),
    ("pinecone-key", "PINECONE_API_KEY", "Pinecone key", lambda v: "pcsk_%s_%s" % (v.alnum(5), v.alnum(62)), None),
    ("airtable-pat", "AIRTABLE_TOKEN", "Airtable token", lambda v: "pat%s.%s" % (v.alnum(14), v.hex(64)), None),
    ("asana-pat", "ASANA_PAT", "Asana token", lambda v: "2/%s/%s:%s" % (v.digits(16), v.digits(16), v.hex(32)), None),
    ("dropbox-token", "DROPBOX_ACCESS_TOKEN", "Dropbox token", lambda v: "sl.B" + v.b64u(135), None),
    ("intercom-token", "INTERCOM_ACCESS_TOKEN", "Intercom token",
     lambda v: base64.b64encode(("tok:%s_%s:1:0" % (v.hex(8), v.uuid4())).encode()).decode(), None),
    ("tailscale-authkey", "TS_AUTHKEY", "Tailscale auth key",
     lambda v: "tskey-auth-k%s-%s" % (v.alnum(16), v.alnum(33)), None),
    ("ngrok-authtoken", "NGROK_AUTHTOKEN", "ngrok authtoken", lambda v: "2%s_%s" % (v.alnum(26), v.alnum(21)), None),
    ("sonar-token", "SONAR_TOKEN", "Sonar token", lambda v: "sqp_" + v.hex(40), None),
    ("snyk-token", "SNYK_TOKEN", "Snyk token", lambda v: v.uuid4(), "uuid"),
    ("codecov-token", "CODECOV_TOKEN", "Codecov token", lambda v: v.uuid4(), "uuid"),
    ("contentful-pat", "CONTENTFUL_MANAGEMENT_TOKEN", "Contentful token", lambda v: "CFPAT-" + v.b64u(43), None),
    ("easypost-key", "EASYPOST_API_KEY", "EasyPost key", lambda v: "EZAK" + v.alnum(54), None),
    ("shippo-token", "SHIPPO_API_TOKEN", "Shippo token", lambda v: "shippo_live_" + v.hex(40), None),
    ("flutterwave-secret", "FLW_SECRET_KEY", "Flutterwave secret", lambda v: "FLWSECK-%s-X" % v.hex(32), None),
    ("brevo-key", "BREVO_API_KEY", "Brevo key", lambda v: "xkeysib-%s-%s" % (v.hex(64), v.alnum(16)), None),
    ("resend-key", "RESEND_API_KEY", "Resend key", lambda v: "re_%s_%s" % (v.alnum(8), v.alnum(24)), None),
    ("postmark-token", "POSTMARK_SERVER_TOKEN", "Postmark token", lambda v: v.uuid4(), "uuid"),
    ("hubspot-pat", "HUBSPOT_ACCESS_TOKEN", "HubSpot token", lambda v: "pat-na1-" + v.uuid4(), None),
    ("klaviyo-private", "KLAVIYO_PRIVATE_API_KEY", "Klaviyo private key", lambda v: "pk_" + v.hex(34), None),
    ("clickup-token", "CLICKUP_API_TOKEN", "ClickUp token", lambda v: "pk_%s_%s" % (v.digits(8), v.upper(32)), None),
    ("trello-token", "TRELLO_TOKEN", "Trello token", lambda v: "ATTA" + v.hex(64) + v.HEX(8), None),
    ("typeform-token", "TYPEFORM_TOKEN", "Typeform token", lambda v: "tfp_%s_%s" % (v.b64u(44), v.alnum(14)), None),
    ("zapier-webhook", "ZAPIER_HOOK_URL", "Zapier hook",
     lambda v: "https://hooks.zapier.com/hooks/catch/%s/%s/" % (v.digits(8), v.lower(6)), None),
    ("discord-webhook", "DISCORD_WEBHOOK_URL", "Discord webhook",
     lambda v: "https://discord.com/api/webhooks/%s/%s" % (v.digits(19), v.b64u(68)), None),
    ("teams-webhook", "TEAMS_WEBHOOK_URL", "Teams webhook",
     lambda v: "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
         v.choice(["ops", "corp", "field"]), v.uuid4(), v.uuid4(), v.hex(32), v.uuid4()), None),
    ("googlechat-webhook", "GCHAT_WEBHOOK_URL", "Google Chat webhook",
     lambda v: "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s%%3D" % (
         v.b64u(7), v.b64u(35), v.b64u(43)), None),
    ("datadog-api-key", "DD_API_KEY", "Datadog API key", lambda v: v.hex(32), None),
    ("datadog-app-key", "DD_APP_KEY", "Datadog app key", lambda v: v.hex(40), None),
    ("rollbar-token", "ROLLBAR_ACCESS_TOKEN", "Rollbar token", lambda v: v.hex(32), None),
    ("launchdarkly-sdk", "LAUNCHDARKLY_SDK_KEY", "LaunchDarkly SDK key", lambda v: "sdk-" + v.uuid4(), None),
    ("linode-token", "LINODE_TOKEN", "Linode token", lambda v: v.hex(64), None),
    ("hetzner-token", "HCLOUD_TOKEN", "Hetzner token", lambda v: v.alnum(64), None),
    ("samsara-token", "SAMSARA_API_TOKEN", "Samsara token", lambda v: "samsara_api_" + v.alnum(30), None),
    ("particle-token", "PARTICLE_ACCESS_TOKEN", "Particle token", lambda v: v.hex(40), None),
    ("adafruit-io-key", "ADAFRUIT_IO_KEY", "Adafruit IO key", lambda v: "aio_" + v.alnum(28), None),
    ("ubidots-token", "UBIDOTS_TOKEN", "Ubidots token", lambda v: "BBFF-" + v.alnum(30), None),
    ("ttn-api-key", "TTN_API_KEY", "TTN key", ttn, None),
    ("meraki-key", "MERAKI_DASHBOARD_API_KEY", "Meraki key", lambda v: v.hex(40), None),
    ("jumpcloud-key", "JUMPCLOUD_API_KEY", "JumpCloud key", lambda v: "jca_" + v.alnum(40), None),
    ("bamboohr-key", "BAMBOOHR_API_KEY", "BambooHR key", lambda v: v.hex(40), None),
    ("pipedrive-token", "PIPEDRIVE_API_TOKEN", "Pipedrive token", lambda v: v.hex(40), None),
    ("zoho-refresh", "ZOHO_REFRESH_TOKEN", "Zoho refresh token", lambda v: "1000.%s.%s" % (v.hex(32), v.hex(32)), None),
    ("activecampaign-key", "ACTIVECAMPAIGN_API_KEY", "ActiveCampaign key", lambda v: v.hex(72), None),
    ("onesignal-key", "ONESIGNAL_REST_API_KEY", "OneSignal key", lambda v: "os_v2_app_" + v.s(B32L, 113), None),
    ("fcm-server-key", "FCM_SERVER_KEY", "FCM server key",
     lambda v: "AAAA%s:APA91b%s" % (v.b64u(7), v.b64u(134)), None),
    ("expo-token", "EXPO_TOKEN", "Expo token", lambda v: v.b64u(40), None),
    ("revenuecat-secret", "REVENUECAT_SECRET_KEY", "RevenueCat secret", lambda v: "sk_" + v.alnum(32), None),
    ("recaptcha-secret", "RECAPTCHA_SECRET_KEY", "reCAPTCHA secret", lambda v: "6L" + v.b64u(38), None),
    ("hcaptcha-secret", "HCAPTCHA_SECRET", "hCaptcha secret", lambda v: "0x" + v.hex(40), None),
    ("turnstile-secret", "TURNSTILE_SECRET_KEY", "Turnstile secret", lambda v: "0x4AAAAAAA" + v.b64u(25), None),
    ("gocardless-token", "GOCARDLESS_ACCESS_TOKEN", "GoCardless token", lambda v: "live_" + v.b64u(40), None),
    ("wise-token", "WISE_API_TOKEN", "Wise token", lambda v: v.uuid4(), "uuid"),
    ("plaid-secret", "PLAID_SECRET", "Plaid secret", lambda v: v.hex(30), None),
    ("taxjar-token", "TAXJAR_API_TOKEN", "TaxJar token", lambda v: v.hex(32), None),
    ("openweather-key", "OPENWEATHER_API_KEY", "OpenWeather key", lambda v: v.hex(32), None),
    ("here-key", "HERE_API_KEY", "HERE key", lambda v: v.b64u(43), None),
    ("tomtom-key", "TOMTOM_API_KEY", "TomTom key", lambda v: v.alnum(32), None),
    ("vimeo-token", "VIMEO_ACCESS_TOKEN", "Vimeo token", lambda v: v.hex(32), None),
    ("youtube-stream-key", "YOUTUBE_STREAM_KEY", "YouTube stream key",
     lambda v: "-".join(v.lower(4) for _ in range(5)), None),
    ("twitch-stream-key", "TWITCH_STREAM_KEY", "Twitch stream key",
     lambda v: "live_%s_%s" % (v.digits(9), v.alnum(30)), None),
    ("fastly-token", "FASTLY_API_TOKEN", "Fastly token", lambda v: v.b64u(32), None),
    ("pushover-token", "PUSHOVER_APP_TOKEN", "Pushover token", lambda v: "a" + v.lower(29), None),
    ("opsgenie-key", "OPSGENIE_API_KEY", "Opsgenie key", lambda v: v.uuid4(), "uuid"),
    ("mistral-key", "MISTRAL_API_KEY", "Mistral key", lambda v: v.alnum(32), None),
    ("cohere-key", "COHERE_API_KEY", "Cohere key", lambda v: v.alnum(40), None),
    ("deepgram-key", "DEEPGRAM_API_KEY", "Deepgram key", lambda v: v.hex(40), None),
    ("telnyx-key", "TELNYX_API_KEY", "Telnyx key", lambda v: "KEY%s_%s" % (v.HEX(32), v.alnum(22)), None),
    ("smartsheet-token", "SMARTSHEET_ACCESS_TOKEN", "Smartsheet token", lambda v: v.alnum(37), None),
    ("monday-token", "MONDAY_API_TOKEN", "monday.com token",
     lambda v: v.jwt({"tid": v.randint(10 ** 8, 10 ** 9), "aai": 11, "uid": v.randint(10 ** 7, 10 ** 8),
                      "iad": "2025-0%d-1%dT10:22:31.000Z" % (v.randint(1, 9), v.randint(0, 9)),
                      "per": "me:write", "actid": v.randint(10 ** 6, 10 ** 7), "rgn": "use1"}), "jwt"),
    ("harness-pat", "HARNESS_API_KEY", "Harness key",
     lambda v: "pat.%s.%s.%s" % (v.b64u(22), v.hex(24), v.alnum(20)), None),
    ("elastic-api-key", "ELASTIC_API_KEY", "Elastic key",
     lambda v: base64.b64encode(("%s:%s" % (v.b64u(20), v.b64u(22))).encode()).decode(), None),
    ("auth0-client-secret", "AUTH0_CLIENT_SECRET", "Auth0 client secret", lambda v: v.b64u(64), None),
    ("clerk-secret", "CLERK_SECRET_KEY", "Clerk secret key", lambda v: "sk_live_" + v.alnum(40), None),
    ("salesforce-consumer-secret", "SF_CONSUMER_SECRET", "Salesforce consumer secret", lambda v: v.HEX(64), None),
    ("xero-client-secret", "XERO_CLIENT_SECRET", "Xero client secret", lambda v: v.b64u(48), None),
    ("intuit-client-secret", "QBO_CLIENT_SECRET", "Intuit client secret", lambda v: v.alnum(40), None),
    ("box-client-secret", "BOX_CLIENT_SECRET", "Box client secret", lambda v: v.alnum(32), None),
    ("supabase-service-role", "SUPABASE_SERVICE_ROLE_KEY", "Supabase service-role key",
     lambda v: v.jwt({"iss": "supabase", "ref": v.lower(20), "role": "service_role", "iat": 1712000000,
                      "exp": 2027576000}), "jwt"),
]

# key-ID + secret pairs: (category, id setting, id generator, secret setting, secret generator, human name)
PAIRS = [
    ("aws-access-key", "AWS_ACCESS_KEY_ID", lambda v: "AKIA" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
     "AWS_SECRET_ACCESS_KEY", lambda v: v.s(ALNUM + "+/", 40), "AWS"),
    ("twilio-api-key", "TWILIO_API_KEY_SID", lambda v: "SK" + v.hex(32), "TWILIO_API_KEY_SECRET",
     lambda v: v.alnum(32), "Twilio"),
    ("twilio-auth-token", "TWILIO_ACCOUNT_SID", lambda v: "AC" + v.hex(32), "TWILIO_AUTH_TOKEN",
     lambda v: v.hex(32), "Twilio"),
    ("alibaba-access-key", "ALIBABA_ACCESS_KEY_ID", lambda v: "LTAI5t" + v.alnum(18), "ALIBABA_ACCESS_KEY_SECRET",
     lambda v: v.alnum(30), "Alibaba Cloud"),
    ("tencent-secret", "TENCENTCLOUD_SECRET_ID", lambda v: "AKID" + v.alnum(32), "TENCENTCLOUD_SECRET_KEY",
     lambda v: v.alnum(32), "Tencent Cloud"),
    ("algolia-admin", "ALGOLIA_APP_ID", lambda v: v.upper(10), "ALGOLIA_ADMIN_KEY", lambda v: v.hex(32), "Algolia"),
    ("confluent-api-key", "CONFLUENT_API_KEY", lambda v: v.upper(16), "CONFLUENT_API_SECRET",
     lambda v: v.b64bytes(48), "Confluent"),
    ("mongodb-atlas", "ATLAS_PUBLIC_KEY", lambda v: v.s("abcdefghijklmnopqrstuvwxyz", 8), "ATLAS_PRIVATE_KEY",
     lambda v: v.uuid4(), "MongoDB Atlas"),
    ("backblaze-b2", "B2_APPLICATION_KEY_ID", lambda v: "005" + v.hex(22), "B2_APPLICATION_KEY",
     lambda v: "K005" + v.b64u(27), "Backblaze B2"),
    ("wasabi-key", "WASABI_ACCESS_KEY", lambda v: v.upper(20), "WASABI_SECRET_KEY",
     lambda v: v.s(ALNUM + "+/", 40), "Wasabi"),
    ("scaleway-key", "SCW_ACCESS_KEY", lambda v: "SCW" + v.upper(17), "SCW_SECRET_KEY", lambda v: v.uuid4(), "Scaleway"),
    ("duo-skey", "DUO_IKEY", lambda v: "DI" + v.upper(18), "DUO_SKEY", lambda v: v.alnum(40), "Duo"),
    ("vonage-secret", "VONAGE_API_KEY", lambda v: v.hex(8), "VONAGE_API_SECRET", lambda v: v.alnum(16), "Vonage"),
    ("mailjet-secret", "MJ_APIKEY_PUBLIC", lambda v: v.hex(32), "MJ_APIKEY_PRIVATE", lambda v: v.hex(32), "Mailjet"),
    ("mux-secret", "MUX_TOKEN_ID", lambda v: v.uuid4(), "MUX_TOKEN_SECRET", lambda v: v.b64u(75), "Mux"),
    ("paypal-client-secret", "PAYPAL_CLIENT_ID", lambda v: "A" + v.b64u(79), "PAYPAL_CLIENT_SECRET",
     lambda v: "E" + v.b64u(79), "PayPal"),
    ("authorize-net-key", "AUTHNET_API_LOGIN_ID", lambda v: v.alnum(9), "AUTHNET_TRANSACTION_KEY",
     lambda v: v.alnum(16), "Authorize.Net"),
    ("shipstation-secret", "SHIPSTATION_API_KEY", lambda v: v.hex(32), "SHIPSTATION_API_SECRET",
     lambda v: v.hex(32), "ShipStation"),
    ("sumologic-key", "SUMO_ACCESS_ID", lambda v: "su" + v.alnum(12), "SUMO_ACCESS_KEY", lambda v: v.alnum(64),
     "Sumo Logic"),
    ("fivetran-secret", "FIVETRAN_API_KEY", lambda v: v.alnum(16), "FIVETRAN_API_SECRET", lambda v: v.alnum(32),
     "Fivetran"),
    ("plivo-token", "PLIVO_AUTH_ID", lambda v: "MA" + v.upper(18), "PLIVO_AUTH_TOKEN", lambda v: v.alnum(40), "Plivo"),
]

# public-by-design values (negatives): (category, setting, generator)
PUBLIC = [
    ("publishable-key", "STRIPE_PUBLISHABLE_KEY", lambda v: "pk_live_51" + v.alnum(96)),
    ("publishable-key", "MAPBOX_PUBLIC_TOKEN", lambda v: mapbox(v, "pk")),
    ("sentry-dsn", "SENTRY_DSN",
     lambda v: "https://%s@o%s.ingest.us.sentry.io/%s" % (v.hex(32), v.digits(6), v.digits(7))),
    ("analytics-id", "GA_MEASUREMENT_ID", lambda v: "G-" + v.upper(10)),
    ("public-client-token", "DD_CLIENT_TOKEN", lambda v: "pub" + v.hex(32)),
    ("oauth-client-id", "GOOGLE_CLIENT_ID",
     lambda v: "%s-%s.apps.googleusercontent.com" % (v.digits(12), v.lower(32))),
    ("public-site-key", "RECAPTCHA_SITE_KEY", lambda v: "6L" + v.b64u(38)),
    ("public-site-key", "HCAPTCHA_SITEKEY", lambda v: v.uuid4()),
    ("public-client-token", "LAUNCHDARKLY_CLIENT_SIDE_ID", lambda v: v.hex(24)),
    ("public-client-token", "PUSHER_APP_KEY", lambda v: v.hex(20)),
    ("oauth-client-id", "PLAID_CLIENT_ID", lambda v: v.hex(24)),
    ("public-search-key", "ALGOLIA_SEARCH_ONLY_KEY", lambda v: v.hex(32)),
    ("supabase-anon-key", "SUPABASE_ANON_KEY",
     lambda v: v.jwt({"iss": "supabase", "ref": v.lower(20), "role": "anon", "iat": 1712000000, "exp": 2027576000})),
    ("oauth-client-id", "AZURE_CLIENT_ID", lambda v: v.uuid4()),
    ("tenant-id", "AZURE_TENANT_ID", lambda v: v.uuid4()),
]

BY_CAT = {t[0]: t for t in TOKENS}


def placeholder_for(value, rng):
    """A prefix-shaped placeholder: keep a recognisable prefix, fill the rest with x/X/0 or a phrase."""
    if value.startswith(("Endpoint=", "DefaultEndpoints")):
        return re.sub(r"((?:AccountKey|SharedAccessKey|Secret)=)[^;]+", lambda m: m.group(1) + "<key>", value)
    if value.startswith(("http://", "https://")):
        host = re.match(r"https?://[^/]+/", value).group(0)
        if "hooks.slack.com" in host:
            return host + "services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"
        return host + rng.choice(["<webhook-path>", "XXXXXXXX/XXXXXXXX", "REPLACE_ME", "<path-with-token>"])
    cut = 0
    for i, c in enumerate(value[:14]):
        if c in "_-.$":
            cut = i + 1
    prefix = value[:cut]
    style = rng.randrange(4)
    if style == 0 and prefix:
        return prefix + "x" * max(8, len(value) - cut)
    if style == 1 and prefix:
        return prefix + "X" * 24
    if style == 2:
        return rng.choice(["<your-token-here>", "your-api-key", "REPLACE_ME", "changeme", "TODO-fill-in",
                           "<redacted>", "xxxxxxxxxxxxxxxx", "insert-key-here"])
    return (prefix or "") + rng.choice(["YOUR_KEY_HERE", "your_token_here", "00000000000000000000", "EXAMPLE"])
