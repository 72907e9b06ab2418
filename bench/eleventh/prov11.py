"""Provider token table for the eleventh corpus.

TOKENS: (category, setting name, generator(rng, slug), offline check or None)
PAIRS:  (category, id setting, secret setting, id generator, secret generator)
Shapes follow the providers' public documentation or secrets-anchors.md; all values are random.
"""

import json

from vals11 import b64u, b64s


def _b64json(r, obj):
    return b64s(json.dumps(obj, separators=(",", ":")).encode()).rstrip("=")


def _openai(r, kind):
    return "sk-%s-%sT3BlbkFJ%s" % (kind, r.b64u(74), r.b64u(74))


def _anthropic(r, kind):
    return "sk-ant-%s-%sAA" % (kind, r.b64u(93))


def _discord(r):
    snow = str(r.randint(10 ** 17, 9 * 10 ** 17))
    return "%s.%s.%s" % (b64u(snow.encode()), r.b64u(6), r.b64u(38))


def _sntrys(r, slug):
    body = _b64json(r, {"iat": r.randint(1.70e9, 1.76e9), "url": "https://sentry.io",
                        "region_url": "https://us.sentry.io", "org": slug})
    return "sntrys_%s_%s" % (body, r.b64u(43))


def _glc(r, slug):
    return "glc_" + _b64json(r, {"o": r.dig(6), "n": "stack-%s-%s" % (r.dig(6), slug[:10]), "k": r.an(24),
                                 "m": {"r": r.pick(["prod-eu-west-2", "prod-us-east-0", "prod-ap-southeast-1"])}})


def _ops(r, slug):
    return "ops_" + _b64json(r, {"signInAddress": "%s.1password.com" % slug, "userAuth": {
        "method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": r.b64u(22)},
        "email": "%s@%s.1passwordserviceaccounts.com" % (r.lan(13), r.lan(13)), "srpX": r.hex(64),
        "muk": {"alg": "A256GCM", "ext": True, "k": r.b64u(43), "key_ops": ["encrypt", "decrypt"],
                "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s" % (r.uan(6), r.uan(26)),
        "throttleSecret": {"seed": r.hex(64), "uuid": r.uan(26)}, "deviceUuid": r.lan(26)})


def _mapbox_sk(r, slug):
    return "sk." + _b64json(r, {"u": slug[:12], "a": r.lan(25)}) + "." + r.b64u(22)


def _jfrog_ref(r):
    raw = "01:%s:%s" % (r.dig(10), r.an(27))
    return b64s(("reftkn:" + raw).encode()).rstrip("=")[:64]


def _monday(r):
    return r.jwt({"tid": r.randint(10 ** 8, 10 ** 9), "aai": r.randint(10, 99), "uid": r.randint(10 ** 7, 10 ** 8),
                  "iad": "2025-0%d-1%dT0%d:21:09.000Z" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9)),
                  "per": "me:write", "actid": r.randint(10 ** 6, 10 ** 7), "rgn": "use1"})


def _calendly(r):
    return r.jwt({"iss": "https://auth.calendly.com", "iat": r.randint(1.70e9, 1.76e9), "jti": r.uuid(),
                  "user_uuid": r.uuid()}, alg="HS256")


def _intercom(r):
    return b64s(("tok:%s:1:0" % r.uuid()).encode())


def _elastic(r):
    return b64s(("%s:%s" % (r.b64u(20), r.b64u(22))).encode())


T = []


def t(cat, env, fn, check=None):
    T.append((cat, env, fn, check))


t("github-pat", "GITHUB_TOKEN", lambda r, s: r.gh("ghp_"), "crc32")
t("github-oauth", "GH_OAUTH_TOKEN", lambda r, s: r.gh("gho_"), "crc32")
t("github-app-token", "GITHUB_APP_INSTALLATION_TOKEN", lambda r, s: r.gh("ghs_"), "crc32")
t("github-user-token", "GH_USER_TO_SERVER", lambda r, s: r.gh("ghu_"), "crc32")
t("github-fine-grained", "GITHUB_PAT", lambda r, s: "github_pat_%s_%s" % (r.an(22), r.s(r_an_us, 59)))
t("npm-token", "NPM_TOKEN", lambda r, s: r.gh("npm_"), "crc32")
t("gitlab-pat", "GITLAB_TOKEN", lambda r, s: "glpat-" + r.s(r_b64u_noeq, 20))
t("gitlab-runner", "RUNNER_TOKEN", lambda r, s: "glrt-" + r.s(r_b64u_noeq, 20))
t("gitlab-deploy", "GITLAB_DEPLOY_TOKEN", lambda r, s: "gldt-" + r.s(r_b64u_noeq, 20))
t("gitlab-trigger", "GITLAB_TRIGGER_TOKEN", lambda r, s: "glptt-" + r.hex(40))
t("gitlab-oauth-secret", "GITLAB_APP_SECRET", lambda r, s: "gloas-" + r.hex(64))
t("gitlab-feed", "GITLAB_FEED_TOKEN", lambda r, s: "glft-" + r.s(r_b64u_noeq, 20))
t("aws-bedrock", "AWS_BEARER_TOKEN_BEDROCK", lambda r, s: "ABSK" + r.b64(132))
t("google-api-key", "GOOGLE_API_KEY", lambda r, s: "AIza" + r.b64u(35))
t("gemini-key", "GEMINI_API_KEY", lambda r, s: "AIza" + r.b64u(35))
t("google-oauth-secret", "GOOGLE_CLIENT_SECRET", lambda r, s: "GOCSPX-" + r.b64u(28))
t("google-refresh-token", "GOOGLE_REFRESH_TOKEN", lambda r, s: "1//0" + r.pick("cdgh") + r.b64u(99))
t("entra-secret", "AZURE_CLIENT_SECRET", lambda r, s: r.an(3) + r.dig(1) + "Q~" + r.s(r_entra, 34))
t("azure-devops-pat", "AZURE_DEVOPS_PAT", lambda r, s: r.s("abcdefghijklmnopqrstuvwxyz234567", 52))
t("azure-storage", "AZURE_STORAGE_CONNECTION_STRING", lambda r, s: (
    "DefaultEndpointsProtocol=https;AccountName=%sst%s;AccountKey=%s;EndpointSuffix=core.windows.net"
    % (s.replace("-", "")[:10], r.lan(4), r.b64bytes(64))), "azure-storage")
t("azure-servicebus", "SERVICEBUS_CONNECTION", lambda r, s: (
    "Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
    "SharedAccessKey=%s" % (s[:12], r.b64bytes(32))))
t("azure-appconfig", "APPCONFIG_CONNECTION", lambda r, s: (
    "Endpoint=https://%s-cfg.azconfig.io;Id=%s-l0-s0:%s;Secret=%s" % (s[:12], r.an(4), r.an(20), r.b64bytes(32))))
t("azure-openai", "AZURE_OPENAI_API_KEY", lambda r, s: r.hex(32))
t("azure-sas-url", "BLOB_SAS_URL", lambda r, s: (
    "https://%sfiles.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-0%d-01T00:00:00Z"
    "&st=2025-01-01T00:00:00Z&spr=https&sig=%s" % (s[:10], r.randint(1, 9), r.b64(43).replace("+", "%2B")
                                                    .replace("/", "%2F") + "%3D")))
t("slack-bot-token", "SLACK_BOT_TOKEN", lambda r, s: "xoxb-%s-%s-%s" % (r.dig(12), r.dig(13), r.an(24)))
t("slack-user-token", "SLACK_USER_TOKEN", lambda r, s: "xoxp-%s-%s-%s-%s" % (r.dig(12), r.dig(12), r.dig(13),
                                                                            r.hex(32)))
t("slack-app-token", "SLACK_APP_TOKEN", lambda r, s: "xapp-1-A%s-%s-%s" % (r.uan(10), r.dig(13), r.hex(64)))
t("slack-webhook", "SLACK_WEBHOOK_URL", lambda r, s: "https://hooks.slack.com/services/T%s/B%s/%s" % (
    r.uan(10), r.uan(10), r.an(24)))
t("slack-signing-secret", "SLACK_SIGNING_SECRET", lambda r, s: r.hex(32))
t("discord-webhook", "DISCORD_WEBHOOK_URL", lambda r, s: "https://discord.com/api/webhooks/%s/%s" % (
    r.dig(19), r.b64u(68)))
t("teams-webhook", "TEAMS_WEBHOOK_URL", lambda r, s: (
    "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (
        s[:12], r.uuid(), r.uuid(), r.hex(32), r.uuid(), r.b64u(43))))
t("google-chat-webhook", "GCHAT_WEBHOOK", lambda r, s: (
    "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s%%3D" % (
        r.b64u(7), r.b64u(35), r.b64u(43))))
t("zapier-webhook", "ZAPIER_HOOK_URL", lambda r, s: "https://hooks.zapier.com/hooks/catch/%s/%s/" % (
    r.dig(8), r.lan(7)))
t("make-webhook", "MAKE_WEBHOOK_URL", lambda r, s: "https://hook.%s.make.com/%s" % (r.pick(["eu1", "us1", "eu2"]),
                                                                                   r.lan(32)))
t("stripe-secret", "STRIPE_SECRET_KEY", lambda r, s: "sk_live_51" + r.an(97))
t("stripe-restricted", "STRIPE_RESTRICTED_KEY", lambda r, s: "rk_live_51" + r.an(97))
t("stripe-webhook", "STRIPE_WEBHOOK_SECRET", lambda r, s: "whsec_" + r.an(32))
t("sendgrid", "SENDGRID_API_KEY", lambda r, s: "SG.%s.%s" % (r.b64u(22), r.b64u(43)))
t("mailgun", "MAILGUN_API_KEY", lambda r, s: "%s-%s-%s" % (r.hex(32), r.hex(8), r.hex(8)))
t("mailchimp", "MAILCHIMP_API_KEY", lambda r, s: "%s-us%d" % (r.hex(32), r.randint(2, 21)))
t("mandrill", "MANDRILL_KEY", lambda r, s: "md-" + r.b64u(22))
t("sparkpost", "SPARKPOST_API_KEY", lambda r, s: r.hex(40))
t("pypi-token", "PYPI_TOKEN", lambda r, s: r.pypi(), "pypi")
t("rubygems", "GEM_HOST_API_KEY", lambda r, s: "rubygems_" + r.hex(48))
t("nuget", "NUGET_API_KEY", lambda r, s: "oy2" + r.lan(43))
t("dockerhub-pat", "DOCKERHUB_TOKEN", lambda r, s: "dckr_pat_" + r.b64u(27))
t("dockerhub-oat", "DOCKER_ORG_TOKEN", lambda r, s: "dckr_oat_" + r.b64u(32))
t("jfrog-api-key", "ARTIFACTORY_API_KEY", lambda r, s: "AKCp" + r.an(69))
t("jfrog-reference", "JFROG_ACCESS_TOKEN", lambda r, s: _jfrog_ref(r), "jfrog-ref")
t("vault-token", "VAULT_TOKEN", lambda r, s: "hvs.CAESI" + r.b64u(86))
t("terraform-cloud", "TF_API_TOKEN", lambda r, s: "%s.atlasv1.%s" % (r.an(14), r.an(67)))
t("doppler", "DOPPLER_TOKEN", lambda r, s: "dp.st.%s.%s" % (r.pick(["prd", "prod", "production"]), r.an(43)))
t("pulumi", "PULUMI_ACCESS_TOKEN", lambda r, s: "pul-" + r.hex(40))
t("databricks", "DATABRICKS_TOKEN", lambda r, s: "dapi" + r.hex(32))
t("digitalocean", "DIGITALOCEAN_TOKEN", lambda r, s: "dop_v1_" + r.hex(64))
t("heroku", "HEROKU_API_KEY", lambda r, s: "HRKU-AA" + r.b64u(58))
t("vercel", "VERCEL_TOKEN", lambda r, s: "vcp_" + r.an(56))
t("supabase-mgmt", "SUPABASE_ACCESS_TOKEN", lambda r, s: "sbp_" + r.hex(40))
t("supabase-secret", "SUPABASE_SECRET_KEY", lambda r, s: "sb_secret_" + r.b64u(31))
t("cloudflare-token", "CLOUDFLARE_API_TOKEN", lambda r, s: r.b64u(40))
t("cloudflare-global", "CF_API_KEY", lambda r, s: r.hex(37))
t("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", lambda r, s: "v1.0-%s-%s" % (r.hex(24), r.hex(146)))
t("shopify-admin", "SHOPIFY_ADMIN_TOKEN", lambda r, s: "shpat_" + r.hex(32))
t("shopify-shared-secret", "SHOPIFY_API_SECRET", lambda r, s: "shpss_" + r.hex(32))
t("shopify-custom-app", "SHOPIFY_CUSTOM_APP_TOKEN", lambda r, s: "shpca_" + r.hex(32))
t("square-token", "SQUARE_ACCESS_TOKEN", lambda r, s: "EAAA" + r.b64u(60))
t("square-app-secret", "SQUARE_APPLICATION_SECRET", lambda r, s: "sq0csp-" + r.b64u(43))
t("braintree", "BRAINTREE_ACCESS_TOKEN", lambda r, s: "access_token$production$%s$%s" % (r.lan(16), r.hex(32)))
t("openai", "OPENAI_API_KEY", lambda r, s: _openai(r, "proj"), "openai")
t("openai-svcacct", "OPENAI_SERVICE_KEY", lambda r, s: _openai(r, "svcacct"), "openai")
t("anthropic", "ANTHROPIC_API_KEY", lambda r, s: _anthropic(r, "api03"))
t("anthropic-admin", "ANTHROPIC_ADMIN_KEY", lambda r, s: _anthropic(r, "admin01"))
t("huggingface", "HF_TOKEN", lambda r, s: "hf_" + r.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34))
t("groq", "GROQ_API_KEY", lambda r, s: "gsk_" + r.an(52))
t("perplexity", "PERPLEXITY_API_KEY", lambda r, s: "pplx-" + r.an(48))
t("replicate", "REPLICATE_API_TOKEN", lambda r, s: "r8_" + r.an(37))
t("openrouter", "OPENROUTER_API_KEY", lambda r, s: "sk-or-v1-" + r.hex(64))
t("xai", "XAI_API_KEY", lambda r, s: "xai-" + r.an(80))
t("langsmith", "LANGSMITH_API_KEY", lambda r, s: "lsv2_pt_%s_%s" % (r.hex(32), r.hex(10)))
t("mistral", "MISTRAL_API_KEY", lambda r, s: r.an(32))
t("cohere", "COHERE_API_KEY", lambda r, s: r.an(40))
t("deepseek", "DEEPSEEK_API_KEY", lambda r, s: "sk-" + r.hex(32))
t("atlassian", "JIRA_API_TOKEN", lambda r, s: "ATATT3xFfGF0%s=%s" % (r.b64u(170), r.HEX(8)))
t("linear", "LINEAR_API_KEY", lambda r, s: "lin_api_" + r.an(40))
t("notion", "NOTION_TOKEN", lambda r, s: "ntn_%s%s" % (r.dig(11), r.an(35)))
t("figma", "FIGMA_TOKEN", lambda r, s: "figd_" + r.b64u(40))
t("postman", "POSTMAN_API_KEY", lambda r, s: "PMAK-%s-%s" % (r.hex(24), r.hex(34)))
t("grafana-sa", "GRAFANA_SA_TOKEN", lambda r, s: "glsa_%s_%s" % (r.an(32), r.hex(8)))
t("grafana-cloud", "GRAFANA_CLOUD_TOKEN", _glc, "b64json")
t("sentry-org", "SENTRY_AUTH_TOKEN", _sntrys, "b64json")
t("sentry-user", "SENTRY_USER_TOKEN", lambda r, s: "sntryu_" + r.hex(64))
t("newrelic-user", "NEW_RELIC_API_KEY", lambda r, s: "NRAK-" + r.uan(27))
t("newrelic-license", "NEW_RELIC_LICENSE_KEY", lambda r, s: r.hex(36) + "NRAL")
t("dynatrace", "DT_API_TOKEN", lambda r, s: "dt0c01.%s.%s" % (r.uan(24), r.uan(64)))
t("datadog-api", "DD_API_KEY", lambda r, s: r.hex(32))
t("datadog-app", "DD_APP_KEY", lambda r, s: r.hex(40))
t("okta-api", "OKTA_API_TOKEN", lambda r, s: "00" + r.b64u(40))
t("telegram-bot", "TELEGRAM_BOT_TOKEN", lambda r, s: "%s:AA%s" % (r.dig(10), r.b64u(33)))
t("discord-bot", "DISCORD_BOT_TOKEN", lambda r, s: _discord(r), "discord")
t("onepassword-sa", "OP_SERVICE_ACCOUNT_TOKEN", _ops, "b64json")
t("circleci", "CIRCLE_TOKEN", lambda r, s: "CCIPAT_%s_%s" % (r.an(22), r.hex(40)))
t("buildkite", "BUILDKITE_API_TOKEN", lambda r, s: "bkua_" + r.hex(40))
t("bitbucket-dc", "BITBUCKET_TOKEN", lambda r, s: "BBDC-" + r.b64(44))
t("octopus", "OCTOPUS_API_KEY", lambda r, s: "API-" + r.uan(27))
t("infracost", "INFRACOST_API_KEY", lambda r, s: "ico-" + r.an(32))
t("prefect", "PREFECT_API_KEY", lambda r, s: "pnu_" + r.an(36))
t("render", "RENDER_API_KEY", lambda r, s: "rnd_" + r.an(32))
t("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", lambda r, s: "pscale_tkn_" + r.b64u(43))
t("planetscale-password", "PLANETSCALE_DB_PASSWORD", lambda r, s: "pscale_pw_" + r.b64u(43))
t("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r, s: "CFPAT-" + r.b64u(43))
t("netlify", "NETLIFY_AUTH_TOKEN", lambda r, s: "nfp_" + r.an(40))
t("airtable", "AIRTABLE_TOKEN", lambda r, s: "pat%s.%s" % (r.an(14), r.hex(64)))
t("asana", "ASANA_PAT", lambda r, s: "2/%s/%s:%s" % (r.dig(16), r.dig(16), r.hex(32)))
t("dropbox", "DROPBOX_ACCESS_TOKEN", lambda r, s: "sl.u." + r.b64u(140))
t("shippo", "SHIPPO_API_TOKEN", lambda r, s: "shippo_live_" + r.hex(40))
t("mollie", "MOLLIE_API_KEY", lambda r, s: "live_" + r.an(30))
t("brevo", "BREVO_API_KEY", lambda r, s: "xkeysib-%s-%s" % (r.hex(64), r.an(16)))
t("paystack", "PAYSTACK_SECRET_KEY", lambda r, s: "sk_live_" + r.hex(40))
t("flutterwave", "FLW_SECRET_KEY", lambda r, s: "FLWSECK-%s-X" % r.hex(32))
t("mapbox-secret", "MAPBOX_SECRET_TOKEN", _mapbox_sk, "b64json")
t("lob", "LOB_API_KEY", lambda r, s: "live_" + r.hex(35))
t("intercom", "INTERCOM_ACCESS_TOKEN", lambda r, s: _intercom(r))
t("pagerduty", "PAGERDUTY_API_KEY", lambda r, s: "u+" + r.b64u(18))
t("pinecone", "PINECONE_API_KEY", lambda r, s: "pcsk_%s_%s" % (r.an(6), r.an(63)))
t("sonar", "SONAR_TOKEN", lambda r, s: "squ_" + r.hex(40))
t("ngrok", "NGROK_AUTHTOKEN", lambda r, s: "2%s_%s" % (r.an(26), r.an(21)))
t("tailscale", "TS_AUTHKEY", lambda r, s: "tskey-auth-k%s-%s" % (r.an(16), r.an(33)))
t("elevenlabs", "ELEVENLABS_API_KEY", lambda r, s: "sk_" + r.hex(48))
t("fireworks", "FIREWORKS_API_KEY", lambda r, s: "fw_" + r.an(24))
t("posthog-personal", "POSTHOG_PERSONAL_API_KEY", lambda r, s: "phx_" + r.an(43))
t("launchdarkly", "LD_SDK_KEY", lambda r, s: "sdk-" + r.uuid(), "uuid")
t("postmark", "POSTMARK_SERVER_TOKEN", lambda r, s: r.uuid(), "uuid")
t("resend", "RESEND_API_KEY", lambda r, s: "re_%s_%s" % (r.an(8), r.an(24)))
t("hubspot", "HUBSPOT_ACCESS_TOKEN", lambda r, s: "pat-na1-" + r.uuid(), "uuid")
t("clickup", "CLICKUP_API_TOKEN", lambda r, s: "pk_%s_%s" % (r.dig(8), r.uan(32)))
t("typeform", "TYPEFORM_TOKEN", lambda r, s: "tfp_%s_%s" % (r.an(44), r.an(14)))
t("klaviyo", "KLAVIYO_PRIVATE_KEY", lambda r, s: "pk_" + r.hex(34))
t("zendesk", "ZENDESK_API_TOKEN", lambda r, s: r.an(40))
t("deepgram", "DEEPGRAM_API_KEY", lambda r, s: r.hex(40))
t("snyk", "SNYK_TOKEN", lambda r, s: r.uuid(), "uuid")
t("codecov", "CODECOV_TOKEN", lambda r, s: r.uuid(), "uuid")
t("age-secret", "SOPS_AGE_KEY", lambda r, s: r.age_secret(), "age")
t("docker-swarm", "SWARM_JOIN_TOKEN", lambda r, s: "SWMTKN-1-%s-%s" % (r.lan(50), r.lan(25)))
t("deepl", "DEEPL_AUTH_KEY", lambda r, s: r.uuid() + ":fx")
t("bugsnag", "BUGSNAG_API_KEY", lambda r, s: r.hex(32))
t("rollbar", "ROLLBAR_ACCESS_TOKEN", lambda r, s: r.hex(32))
t("hetzner", "HCLOUD_TOKEN", lambda r, s: r.an(64))
t("linode", "LINODE_TOKEN", lambda r, s: r.hex(64))
t("deno-deploy", "DENO_DEPLOY_TOKEN", lambda r, s: "ddp_" + r.an(36))
t("fastly", "FASTLY_API_TOKEN", lambda r, s: r.b64u(32))
t("auth0-secret", "AUTH0_CLIENT_SECRET", lambda r, s: r.b64u(64))
t("zoom-secret", "ZOOM_CLIENT_SECRET", lambda r, s: r.an(32))
t("honeycomb", "HONEYCOMB_API_KEY", lambda r, s: "hcaik_01%s" % r.lan(58))
t("twilio-auth-token", "TWILIO_AUTH_TOKEN", lambda r, s: r.hex(32))
t("fcm-server-key", "FCM_SERVER_KEY", lambda r, s: "AAAA%s:APA91b%s" % (r.b64u(7), r.b64u(134)))
t("monday", "MONDAY_API_TOKEN", lambda r, s: _monday(r), "jwt")
t("calendly", "CALENDLY_TOKEN", lambda r, s: _calendly(r), "jwt")
t("ably", "ABLY_API_KEY", lambda r, s: "%s.%s:%s" % (r.b64u(6), r.b64u(6), r.b64u(43)))
t("elastic", "ELASTIC_API_KEY", lambda r, s: _elastic(r))
t("frameio", "FRAMEIO_TOKEN", lambda r, s: "fio-u-" + r.b64u(64))
t("here", "HERE_API_KEY", lambda r, s: r.b64u(43))
t("openweather", "OPENWEATHER_API_KEY", lambda r, s: r.hex(32))
t("virustotal", "VT_API_KEY", lambda r, s: r.hex(64))
t("serpapi", "SERPAPI_KEY", lambda r, s: r.hex(64))
t("expo", "EXPO_TOKEN", lambda r, s: r.an(40))
t("smartsheet", "SMARTSHEET_ACCESS_TOKEN", lambda r, s: r.an(37))
t("cloudinary-url", "CLOUDINARY_URL", lambda r, s: "cloudinary://%s:%s@%s" % (r.dig(15), r.b64u(27), s[:12]))
t("salesforce-token", "SF_ACCESS_TOKEN", lambda r, s: "00D%s!AR%s" % (r.an(12), r.b64u(94).replace("-", ".")))
t("trello-token", "TRELLO_TOKEN", lambda r, s: "ATTA%s%s" % (r.hex(64), r.HEX(8)))
t("eventbrite", "EVENTBRITE_PRIVATE_TOKEN", lambda r, s: r.uan(20))
t("onesignal", "ONESIGNAL_REST_API_KEY", lambda r, s: "os_v2_app_" + r.s("abcdefghijklmnopqrstuvwxyz234567", 113))
t("agora-cert", "AGORA_APP_CERTIFICATE", lambda r, s: r.hex(32))
t("stytch", "STYTCH_SECRET", lambda r, s: "secret-live-" + r.b64u(36))
t("clerk", "CLERK_SECRET_KEY", lambda r, s: "sk_live_" + r.an(50))
t("paddle", "PADDLE_API_KEY", lambda r, s: "pdl_live_apikey_%s_%s" % (r.lan(26), r.an(27)))
t("gocardless", "GOCARDLESS_ACCESS_TOKEN", lambda r, s: "live_" + r.b64u(40))
t("consul-token", "CONSUL_HTTP_TOKEN", lambda r, s: r.uuid(), "uuid")
t("opsgenie", "OPSGENIE_API_KEY", lambda r, s: r.uuid(), "uuid")
t("splunk-hec", "SPLUNK_HEC_TOKEN", lambda r, s: r.uuid().upper(), "uuid")
t("logzio", "LOGZIO_TOKEN", lambda r, s: r.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 32))
t("betterstack", "BETTERSTACK_SOURCE_TOKEN", lambda r, s: r.an(24))
t("mixpanel-secret", "MIXPANEL_SERVICE_SECRET", lambda r, s: r.an(32))
t("braze", "BRAZE_REST_API_KEY", lambda r, s: r.uuid(), "uuid")
t("customerio", "CUSTOMERIO_APP_API_KEY", lambda r, s: r.hex(32))
t("twitter-bearer", "TWITTER_BEARER_TOKEN", lambda r, s: "AAAAAAAAAAAAAAAAAAAAA%s%%3D%s" % (r.an(28), r.an(50)))
t("facebook-token", "FB_PAGE_ACCESS_TOKEN", lambda r, s: "EAAG" + r.an(180))
t("webex-bot", "WEBEX_BOT_TOKEN", lambda r, s: "%s_%s_%s" % (r.an(64), r.pick(["PF84", "P0A1"]), r.uuid()))
t("box-secret", "BOX_CLIENT_SECRET", lambda r, s: r.an(32))
t("keycloak-secret", "KEYCLOAK_CLIENT_SECRET", lambda r, s: r.an(32))
t("jumpcloud", "JC_API_KEY", lambda r, s: "jca_" + r.an(36))
t("jamf-secret", "JAMF_CLIENT_SECRET", lambda r, s: r.b64u(64))
t("shodan", "SHODAN_API_KEY", lambda r, s: r.an(32))
t("abuseipdb", "ABUSEIPDB_KEY", lambda r, s: r.hex(80))
t("hibp", "HIBP_API_KEY", lambda r, s: r.hex(32))
t("tomtom", "TOMTOM_API_KEY", lambda r, s: r.an(32))
t("tomorrow-io", "TOMORROW_API_KEY", lambda r, s: r.an(32))
t("telnyx", "TELNYX_API_KEY", lambda r, s: "KEY%s_%s" % (r.HEX(32), r.an(22)))
t("messagebird", "MESSAGEBIRD_ACCESS_KEY", lambda r, s: r.an(25))
t("gitea", "GITEA_TOKEN", lambda r, s: r.hex(40))
t("harness", "HARNESS_API_KEY", lambda r, s: "pat.%s.%s.%s" % (r.b64u(22), r.hex(24), r.an(20)))
t("bitly", "BITLY_TOKEN", lambda r, s: r.hex(40))
t("pipedrive", "PIPEDRIVE_API_TOKEN", lambda r, s: r.hex(40))
t("freshdesk", "FRESHDESK_API_KEY", lambda r, s: r.an(20))
t("sumsub-token", "SUMSUB_APP_TOKEN", lambda r, s: "prd:%s.%s" % (r.an(24), r.an(32)))
t("yelp", "YELP_API_KEY", lambda r, s: r.b64u(128))

r_an_us = None        # filled below (alphabets used inside lambdas)
r_b64u_noeq = None
r_entra = None


def _init_alphabets():
    global r_an_us, r_b64u_noeq, r_entra
    from vals11 import AN
    r_an_us = AN + "_"
    r_b64u_noeq = AN + "-_"
    r_entra = AN + "_~.-"


_init_alphabets()

TOKENS = T

# pairs: category, id setting, secret setting, id generator, secret generator
PAIRS = [
    ("aws-access-key", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
     lambda r: "AKIA" + r.b32(16), lambda r: r.b64(40)),
    ("twilio-account", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", lambda r: "AC" + r.hex(32), lambda r: r.hex(32)),
    ("twilio-api-key", "TWILIO_API_KEY", "TWILIO_API_SECRET", lambda r: "SK" + r.hex(32), lambda r: r.an(32)),
    ("algolia-admin", "ALGOLIA_APP_ID", "ALGOLIA_ADMIN_KEY", lambda r: r.uan(10), lambda r: r.hex(32)),
    ("alibaba-access-key", "ALIBABA_ACCESS_KEY_ID", "ALIBABA_ACCESS_KEY_SECRET",
     lambda r: "LTAI" + r.an(20), lambda r: r.an(30)),
    ("tencent-secret", "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY",
     lambda r: "AKID" + r.an(32), lambda r: r.an(32)),
    ("confluent-api-key", "CONFLUENT_API_KEY", "CONFLUENT_API_SECRET", lambda r: r.uan(16), lambda r: r.b64(64)),
    ("atlas-api-key", "ATLAS_PUBLIC_KEY", "ATLAS_PRIVATE_KEY", lambda r: r.lo(8), lambda r: r.uuid()),
    ("backblaze-b2", "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY",
     lambda r: "00" + r.hex(23), lambda r: "K00" + r.b64(28).replace("+", "a").replace("/", "b")),
    ("scaleway", "SCW_ACCESS_KEY", "SCW_SECRET_KEY", lambda r: "SCW" + r.uan(17), lambda r: r.uuid()),
    ("mailjet", "MJ_APIKEY_PUBLIC", "MJ_APIKEY_PRIVATE", lambda r: r.hex(32), lambda r: r.hex(32)),
    ("mux", "MUX_TOKEN_ID", "MUX_TOKEN_SECRET", lambda r: r.uuid(), lambda r: r.b64(75)),
    ("plaid", "PLAID_CLIENT_ID", "PLAID_SECRET", lambda r: r.hex(24), lambda r: r.hex(30)),
    ("paypal", "PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", lambda r: "A" + r.b64u(79), lambda r: "E" + r.b64u(79)),
    ("razorpay", "RAZORPAY_KEY_ID", "RAZORPAY_KEY_SECRET", lambda r: "rzp_live_" + r.an(14), lambda r: r.an(24)),
    ("duo-admin", "DUO_IKEY", "DUO_SKEY", lambda r: "DI" + r.uan(18), lambda r: r.an(40)),
    ("crowdstrike", "FALCON_CLIENT_ID", "FALCON_CLIENT_SECRET", lambda r: r.hex(32), lambda r: r.an(40)),
    ("tenable", "TENABLE_ACCESS_KEY", "TENABLE_SECRET_KEY", lambda r: r.hex(64), lambda r: r.hex(64)),
    ("cloudflare-r2", "R2_ACCESS_KEY_ID", "R2_SECRET_ACCESS_KEY", lambda r: r.hex(32), lambda r: r.hex(64)),
    ("do-spaces", "SPACES_KEY", "SPACES_SECRET", lambda r: "DO00" + r.uan(16), lambda r: r.b64(43)),
    ("pusher", "PUSHER_KEY", "PUSHER_SECRET", lambda r: r.hex(20), lambda r: r.hex(20)),
    ("plivo", "PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN", lambda r: "MA" + r.uan(18), lambda r: r.an(40)),
    ("sumologic", "SUMO_ACCESS_ID", "SUMO_ACCESS_KEY", lambda r: "su" + r.an(12), lambda r: r.an(64)),
]

# tokens that people paste into chats and tickets
LEAKY = ["github-pat", "github-fine-grained", "npm-token", "gitlab-pat", "slack-bot-token", "openai", "anthropic",
         "stripe-secret", "dockerhub-pat", "slack-webhook", "sendgrid", "huggingface", "vault-token",
         "digitalocean", "telegram-bot", "discord-webhook", "groq", "linear", "atlassian", "terraform-cloud"]

BY_CAT = {c[0]: c for c in TOKENS}
