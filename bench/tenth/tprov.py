"""Provider token table for the tenth corpus.

Each single-token provider is (category, setting name, generator, check). Each pair is (category,
[(id setting, id generator), (secret setting, secret generator)]). Shapes follow the providers'
public documentation or, where flagged in the README, widely observed formats. Every value is drawn
from the RNG; none is a real credential."""

import base64
import json

from tvals import b64u_nopad


def _b64json(obj):
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def _pypi(r):
    ident = r.uuid().encode()
    cav = json.dumps({"version": 1, "permissions": r.choice(["user", {"projects": ["tenth-" + r.lo(6)]}])},
                     separators=(",", ":")).encode()
    blob = (b"\x02" + b"\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident + b"\x00"
            + b"\x02" + bytes([len(cav)]) + cav + b"\x00" + b"\x00" + b"\x06\x20" + r.bytes_(32))
    return "pypi-" + b64u_nopad(blob)


def _jfrog_ref(r):
    raw = "reftkn:01:%d:%s" % (r.randint(1750000000, 1900000000), r.al(27))
    return base64.b64encode(raw.encode()).decode()[:64]


def _sentry_org(r):
    body = _b64json({"iat": r.randint(1700000000, 1760000000) + .5, "url": "https://sentry.io",
                     "region_url": "https://us.sentry.io", "org": "org-" + r.lo(6)})
    return "sntrys_" + body + "_" + r.al(43)


def _grafana_cloud(r):
    return "glc_" + _b64json({"o": str(r.randint(100000, 999999)), "n": "stack-%d-token-%s" % (r.randint(100000, 999999),
                              r.lo(5)), "k": r.al(24), "m": {"r": r.choice(["us", "eu", "prod-eu-west-2"])}})


def _op_sa(r):
    return "ops_" + _b64json({"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg":
                              "PBES2g-HS256", "iterations": 650000, "salt": r.b64u(22)}, "email": r.lo(12) +
                              "@1passwordserviceaccounts.com", "srpX": r.hx(64), "muk": {"alg": "A256GCM", "ext": True,
                              "k": r.b64u(43), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
                              "secretKey": "A3-" + r.up(6) + "-" + r.up(11) + "-" + r.up(5) + "-" + r.up(5) + "-" +
                              r.up(5), "throttleSecret": {"seed": r.hx(64), "uuid": r.up(26)}, "deviceUuid": r.lo(26)})


def _mapbox_sk(r):
    return "sk." + b64u_nopad(json.dumps({"u": r.lo(8), "a": r.lo(10)}, separators=(",", ":")).encode()) + "." + r.b64u(22)


def _discord(r):
    bot_id = str(r.randint(10 ** 17, 13 * 10 ** 17))
    return b64u_nopad(bot_id.encode()) + "." + r.b64u(6) + "." + r.b64u(38)


def _openai(r):
    if r.random() < .5:
        return "sk-" + r.al(20) + "T3BlbkFJ" + r.al(20)
    return "sk-proj-" + r.b64u(74) + "T3BlbkFJ" + r.b64u(74)


def _azure_storage(r):
    acct = "st" + r.lo(10)
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (acct, r.b64bytes(64)))


def _bedrock(r):
    raw = "BedrockAPIKey-%s-at-%d:%s" % (r.lo(4), r.randint(10 ** 11, 10 ** 12 - 1), r.b64bytes(33))
    return "ABSK" + base64.b64encode(raw.encode()).decode()


def _monday(r):
    return r.jwt({"tid": r.randint(10 ** 8, 10 ** 9), "aai": r.randint(10, 99), "uid": r.randint(10 ** 7, 10 ** 8),
                  "iad": r.ts(2025)[:19] + ".000Z", "per": "me:write", "actid": r.randint(10 ** 6, 10 ** 7),
                  "rgn": "use1"})


def _calendly(r):
    return r.jwt({"iss": "https://auth.calendly.com", "iat": r.randint(1700000000, 1760000000), "jti": r.uuid(),
                  "user_uuid": r.uuid()})


def _ably(r):
    return "%s.%s:%s" % (r.al(6), r.b64u(6), r.b64u(43))


def _elastic(r):
    return base64.b64encode(("%s:%s" % (r.b64u(20), r.b64u(22))).encode()).decode()


def _slack_app(r):
    return "xapp-1-A%s-%d-%s" % (r.up(10), r.randint(10 ** 12, 10 ** 13 - 1), r.hx(64))


def _cf_origin(r):
    return "v1.0-%s-%s" % (r.hx(24), r.hx(146))


def _teams_hook(r):
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s"
            % (r.lo(8), r.uuid(), r.uuid(), r.hx(32), r.uuid(), r.b64u(40)))


def _gchat_hook(r):
    return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s"
            % (r.b64u(7), r.b64u(35), r.b64u(43) + "%3D"))


T = [
    ("github-pat", "GITHUB_TOKEN", lambda r: r.crc_token("ghp_"), "crc"),
    ("github-oauth-token", "GH_OAUTH_TOKEN", lambda r: r.crc_token("gho_"), "crc"),
    ("github-app-token", "GITHUB_APP_INSTALLATION_TOKEN", lambda r: r.crc_token("ghs_"), "crc"),
    ("github-user-to-server", "GITHUB_USER_TOKEN", lambda r: r.crc_token("ghu_"), "crc"),
    ("github-fine-grained-pat", "GH_FINE_GRAINED_PAT", lambda r: "github_pat_11" + r.up(20) + "_" + r.al(59), None),
    ("npm-token", "NPM_TOKEN", lambda r: r.crc_token("npm_"), "crc"),
    ("gitlab-pat", "GITLAB_TOKEN", lambda r: "glpat-" + r.s(r.ALPH_GL, 20), None),
    ("gitlab-runner-token", "CI_RUNNER_TOKEN", lambda r: "glrt-" + r.s(r.ALPH_GL, 20), None),
    ("gitlab-deploy-token", "GITLAB_DEPLOY_TOKEN", lambda r: "gldt-" + r.s(r.ALPH_GL, 20), None),
    ("gitlab-trigger-token", "GITLAB_TRIGGER_TOKEN", lambda r: "glptt-" + r.hx(40), None),
    ("gitlab-oauth-secret", "GITLAB_OAUTH_APP_SECRET", lambda r: "gloas-" + r.hx(64), None),
    ("aws-bedrock-key", "AWS_BEARER_TOKEN_BEDROCK", _bedrock, None),
    ("google-api-key", "GOOGLE_API_KEY", lambda r: "AIza" + r.b64u(35), None),
    ("gemini-api-key", "GEMINI_API_KEY", lambda r: "AIza" + r.b64u(35), None),
    ("google-oauth-secret", "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + r.b64u(28), None),
    ("google-refresh-token", "GOOGLE_REFRESH_TOKEN", lambda r: "1//0" + r.choice("cdgh") + r.b64u(99), None),
    ("entra-client-secret", "AZURE_CLIENT_SECRET", lambda r: r.al(3) + r.dig(1) + "Q~" + r.s(r.ALPH_ENTRA, 34), None),
    ("azure-devops-pat", "AZURE_DEVOPS_PAT", lambda r: r.s("abcdefghijklmnopqrstuvwxyz234567", 52), None),
    ("azure-storage-conn", "AZURE_STORAGE_CONNECTION_STRING", _azure_storage, "azure-storage"),
    ("azure-servicebus-conn", "SERVICEBUS_CONNECTION", lambda r: "Endpoint=sb://sb-%s.servicebus.windows.net/;"
     "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % (r.lo(8), r.b64bytes(32)), None),
    ("azure-openai-key", "AZURE_OPENAI_API_KEY", lambda r: r.hx(32), None),
    ("slack-bot-token", "SLACK_BOT_TOKEN", lambda r: "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12),
                                                                            r.randint(10 ** 12, 10 ** 13), r.al(24)), None),
    ("slack-user-token", "SLACK_USER_TOKEN", lambda r: "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12),
     r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13), r.hx(32)), None),
    ("slack-app-token", "SLACK_APP_TOKEN", _slack_app, None),
    ("slack-webhook", "SLACK_WEBHOOK_URL", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        r.up(10), r.up(10), r.al(24)), None),
    ("slack-signing-secret", "SLACK_SIGNING_SECRET", lambda r: r.hx(32), None),
    ("discord-webhook", "DISCORD_WEBHOOK_URL", lambda r: "https://discord.com/api/webhooks/%d/%s" % (
        r.randint(10 ** 17, 13 * 10 ** 17), r.b64u(68)), None),
    ("teams-webhook", "TEAMS_WEBHOOK_URL", _teams_hook, None),
    ("google-chat-webhook", "GCHAT_WEBHOOK_URL", _gchat_hook, None),
    ("mattermost-webhook", "MATTERMOST_HOOK_URL", lambda r: "https://mm.%s.internal/hooks/%s" % (r.lo(5), r.lo(26)), None),
    ("stripe-secret-key", "STRIPE_SECRET_KEY", lambda r: "sk_live_51" + r.al(22) + r.al(74), None),
    ("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_51" + r.al(96), None),
    ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + r.al(32), None),
    ("sendgrid-key", "SENDGRID_API_KEY", lambda r: "SG." + r.b64u(22) + "." + r.b64u(43), None),
    ("mailgun-key", "MAILGUN_API_KEY", lambda r: "key-" + r.hx(32), None),
    ("mailchimp-key", "MAILCHIMP_API_KEY", lambda r: r.hx(32) + "-us" + str(r.randint(1, 21)), None),
    ("pypi-token", "PYPI_API_TOKEN", _pypi, "pypi"),
    ("rubygems-key", "GEM_HOST_API_KEY", lambda r: "rubygems_" + r.hx(48), None),
    ("nuget-key", "NUGET_API_KEY", lambda r: "oy2" + r.lo(43), None),
    ("dockerhub-pat", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + r.b64u(27), None),
    ("jfrog-api-key", "ARTIFACTORY_API_KEY", lambda r: "AKCp" + r.al(69), None),
    ("jfrog-reference-token", "JFROG_ACCESS_TOKEN", _jfrog_ref, "jfrog-ref"),
    ("vault-token", "VAULT_TOKEN", lambda r: "hvs.CAESI" + r.b64u(86), None),
    ("terraform-cloud-token", "TFE_TOKEN", lambda r: r.al(14) + ".atlasv1." + r.al(67), None),
    ("doppler-token", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + r.al(43), None),
    ("pulumi-token", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + r.hx(40), None),
    ("databricks-pat", "DATABRICKS_TOKEN", lambda r: "dapi" + r.hx(32), None),
    ("digitalocean-pat", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + r.hx(64), None),
    ("heroku-key", "HEROKU_API_KEY", lambda r: "HRKU-AA" + r.b64u(58), None),
    ("vercel-token", "VERCEL_TOKEN", lambda r: "vcp_" + r.al(56), None),
    ("supabase-management", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + r.hx(40), None),
    ("supabase-secret", "SUPABASE_SECRET_KEY", lambda r: "sb_secret_" + r.b64u(31), None),
    ("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", lambda r: r.b64u(40), None),
    ("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", _cf_origin, None),
    ("shopify-admin-token", "SHOPIFY_ADMIN_TOKEN", lambda r: "shpat_" + r.hx(32), None),
    ("shopify-shared-secret", "SHOPIFY_API_SECRET", lambda r: "shpss_" + r.hx(32), None),
    ("square-token", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + r.b64u(60), None),
    ("braintree-token", "BRAINTREE_ACCESS_TOKEN", lambda r: "access_token$production$%s$%s" % (r.lo(16), r.hx(32)), None),
    ("openai-key", "OPENAI_API_KEY", _openai, "openai"),
    ("anthropic-key", "ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + r.b64u(93) + "AA", None),
    ("anthropic-admin-key", "ANTHROPIC_ADMIN_KEY", lambda r: "sk-ant-admin01-" + r.b64u(93) + "AA", None),
    ("huggingface-token", "HF_TOKEN", lambda r: "hf_" + r.letters(34), None),
    ("groq-key", "GROQ_API_KEY", lambda r: "gsk_" + r.al(52), None),
    ("perplexity-key", "PERPLEXITY_API_KEY", lambda r: "pplx-" + r.al(48), None),
    ("replicate-token", "REPLICATE_API_TOKEN", lambda r: "r8_" + r.al(37), None),
    ("openrouter-key", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + r.hx(64), None),
    ("xai-key", "XAI_API_KEY", lambda r: "xai-" + r.al(80), None),
    ("langsmith-key", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + r.hx(32) + "_" + r.hx(10), None),
    ("together-key", "TOGETHER_API_KEY", lambda r: r.hx(64), None),
    ("voyage-key", "VOYAGE_API_KEY", lambda r: "pa-" + r.b64u(43), None),
    ("jina-key", "JINA_API_KEY", lambda r: "jina_" + r.al(60), None),
    ("atlassian-token", "ATLASSIAN_API_TOKEN", lambda r: "ATATT3xFfGF0" + r.b64u(170) + "=" + r.HX(8), None),
    ("linear-key", "LINEAR_API_KEY", lambda r: "lin_api_" + r.al(40), None),
    ("notion-token", "NOTION_TOKEN", lambda r: "ntn_" + r.dig(11) + r.al(35), None),
    ("figma-token", "FIGMA_TOKEN", lambda r: "figd_" + r.b64u(40), None),
    ("postman-key", "POSTMAN_API_KEY", lambda r: "PMAK-" + r.hx(24) + "-" + r.hx(34), None),
    ("grafana-sa-token", "GRAFANA_SA_TOKEN", lambda r: "glsa_" + r.al(32) + "_" + r.hx(8), None),
    ("grafana-cloud-token", "GRAFANA_CLOUD_TOKEN", _grafana_cloud, "b64json"),
    ("sentry-org-token", "SENTRY_AUTH_TOKEN", _sentry_org, "b64json"),
    ("sentry-user-token", "SENTRY_USER_TOKEN", lambda r: "sntryu_" + r.hx(64), None),
    ("newrelic-user-key", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + r.up(27), None),
    ("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", lambda r: r.hx(36) + "NRAL", None),
    ("dynatrace-token", "DT_API_TOKEN", lambda r: "dt0c01." + r.up(24) + "." + r.up(64), None),
    ("datadog-api-key", "DD_API_KEY", lambda r: r.hx(32), None),
    ("datadog-app-key", "DD_APP_KEY", lambda r: r.hx(40), None),
    ("okta-api-token", "OKTA_API_TOKEN", lambda r: "00" + r.b64u(40), None),
    ("okta-client-secret", "OKTA_CLIENT_SECRET", lambda r: r.b64u(64), None),
    ("telegram-bot-token", "TELEGRAM_BOT_TOKEN", lambda r: "%d:AA%s" % (r.randint(10 ** 9, 8 * 10 ** 9), r.b64u(33)), None),
    ("discord-bot-token", "DISCORD_BOT_TOKEN", _discord, "discord"),
    ("onepassword-sa-token", "OP_SERVICE_ACCOUNT_TOKEN", _op_sa, "b64json"),
    ("circleci-token", "CIRCLE_TOKEN", lambda r: "CCIPAT_" + r.al(22) + "_" + r.hx(40), None),
    ("buildkite-token", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + r.hx(40), None),
    ("bitbucket-dc-token", "BITBUCKET_TOKEN", lambda r: "BBDC-" + r.al(44), None),
    ("octopus-key", "OCTOPUS_API_KEY", lambda r: "API-" + r.up(26), None),
    ("harness-pat", "HARNESS_API_KEY", lambda r: "pat.%s.%s.%s" % (r.b64u(22), r.hx(24), r.al(20)), None),
    ("infracost-key", "INFRACOST_API_KEY", lambda r: "ico-" + r.al(32), None),
    ("prefect-key", "PREFECT_API_KEY", lambda r: "pnu_" + r.al(36), None),
    ("render-key", "RENDER_API_KEY", lambda r: "rnd_" + r.al(32), None),
    ("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", lambda r: "pscale_tkn_" + r.b64u(43), None),
    ("planetscale-password", "PLANETSCALE_DB_PASSWORD", lambda r: "pscale_pw_" + r.b64u(43), None),
    ("neon-key", "NEON_API_KEY", lambda r: "napi_" + r.lo(64), None),
    ("contentful-token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda r: "CFPAT-" + r.b64u(43), None),
    ("sanity-token", "SANITY_API_TOKEN", lambda r: "sk" + r.al(80), None),
    ("contentstack-token", "CONTENTSTACK_MANAGEMENT_TOKEN", lambda r: "cs" + r.hx(32), None),
    ("netlify-token", "NETLIFY_AUTH_TOKEN", lambda r: "nfp_" + r.al(36), None),
    ("airtable-pat", "AIRTABLE_TOKEN", lambda r: "pat" + r.al(14) + "." + r.hx(64), None),
    ("asana-pat", "ASANA_TOKEN", lambda r: "2/%d/%d:%s" % (r.randint(10 ** 15, 10 ** 16), r.randint(10 ** 15, 10 ** 16),
                                                            r.hx(32)), None),
    ("dropbox-token", "DROPBOX_ACCESS_TOKEN", lambda r: "sl.u." + r.b64u(135), None),
    ("shippo-token", "SHIPPO_API_TOKEN", lambda r: "shippo_live_" + r.hx(40), None),
    ("mollie-key", "MOLLIE_API_KEY", lambda r: "live_" + r.al(30), None),
    ("brevo-key", "BREVO_API_KEY", lambda r: "xkeysib-" + r.hx(64) + "-" + r.al(16), None),
    ("paystack-key", "PAYSTACK_SECRET_KEY", lambda r: "sk_live_" + r.hx(40), None),
    ("flutterwave-key", "FLW_SECRET_KEY", lambda r: "FLWSECK-" + r.hx(32) + "-X", None),
    ("mapbox-secret-token", "MAPBOX_SECRET_TOKEN", _mapbox_sk, "b64json"),
    ("lob-key", "LOB_API_KEY", lambda r: "live_" + r.hx(35), None),
    ("intercom-token", "INTERCOM_ACCESS_TOKEN", lambda r: base64.b64encode(("tok:" + r.uuid()).encode()).decode(), None),
    ("pagerduty-key", "PAGERDUTY_API_KEY", lambda r: r.choice("uy") + "+" + r.b64u(18), None),
    ("pinecone-key", "PINECONE_API_KEY", lambda r: "pcsk_" + r.al(6) + "_" + r.al(63), None),
    ("flyio-token", "FLY_API_TOKEN", lambda r: "fm2_" + r.b64(120), None),
    ("sonar-token", "SONAR_TOKEN", lambda r: "squ_" + r.hx(40), None),
    ("ngrok-authtoken", "NGROK_AUTHTOKEN", lambda r: "2" + r.al(26) + "_" + r.al(21), None),
    ("tailscale-authkey", "TS_AUTHKEY", lambda r: "tskey-auth-k" + r.al(10) + "CNTRL-" + r.al(33), None),
    ("elevenlabs-key", "ELEVENLABS_API_KEY", lambda r: "sk_" + r.hx(48), None),
    ("fireworks-key", "FIREWORKS_API_KEY", lambda r: "fw_" + r.al(24), None),
    ("adyen-key", "ADYEN_API_KEY", lambda r: "AQE" + r.al(12) + "/" + r.b64u(40) + "=-" + r.b64(43) + "=-" + r.al(12), None),
    ("posthog-personal-key", "POSTHOG_PERSONAL_API_KEY", lambda r: "phx_" + r.al(43), None),
    ("launchdarkly-sdk-key", "LD_SDK_KEY", lambda r: "sdk-" + r.uuid(), "uuid"),
    ("postmark-token", "POSTMARK_SERVER_TOKEN", lambda r: r.uuid(), "uuid"),
    ("resend-key", "RESEND_API_KEY", lambda r: "re_" + r.al(8) + "_" + r.al(24), None),
    ("hubspot-pat", "HUBSPOT_ACCESS_TOKEN", lambda r: "pat-na1-" + r.uuid(), None),
    ("clickup-token", "CLICKUP_API_TOKEN", lambda r: "pk_%d_%s" % (r.randint(10 ** 7, 10 ** 8), r.up(32)), None),
    ("typeform-token", "TYPEFORM_TOKEN", lambda r: "tfp_" + r.al(44) + "_" + r.al(14), None),
    ("klaviyo-key", "KLAVIYO_PRIVATE_KEY", lambda r: "pk_" + r.hx(34), None),
    ("zendesk-token", "ZENDESK_API_TOKEN", lambda r: r.al(40), None),
    ("cohere-key", "COHERE_API_KEY", lambda r: r.al(40), None),
    ("mistral-key", "MISTRAL_API_KEY", lambda r: r.al(32), None),
    ("deepgram-key", "DEEPGRAM_API_KEY", lambda r: r.hx(40), None),
    ("snyk-token", "SNYK_TOKEN", lambda r: r.uuid(), "uuid"),
    ("codecov-token", "CODECOV_TOKEN", lambda r: r.uuid(), "uuid"),
    ("railway-token", "RAILWAY_TOKEN", lambda r: r.uuid(), "uuid"),
    ("twitch-client-secret", "TWITCH_CLIENT_SECRET", lambda r: r.lo(30), None),
    ("age-secret-key", "SOPS_AGE_KEY", lambda r: r.age_key(), "age"),
    ("docker-swarm-token", "SWARM_JOIN_TOKEN", lambda r: "SWMTKN-1-" + r.lo(50) + "-" + r.lo(25), None),
    ("deepl-key", "DEEPL_AUTH_KEY", lambda r: r.uuid() + ":fx", None),
    ("bugsnag-key", "BUGSNAG_API_KEY", lambda r: r.hx(32), None),
    ("rollbar-token", "ROLLBAR_ACCESS_TOKEN", lambda r: r.hx(32), None),
    ("hetzner-token", "HCLOUD_TOKEN", lambda r: r.al(64), None),
    ("linode-token", "LINODE_TOKEN", lambda r: r.hx(64), None),
    ("deno-deploy-token", "DENO_DEPLOY_TOKEN", lambda r: "ddp_" + r.al(36), None),
    ("fastly-token", "FASTLY_API_TOKEN", lambda r: r.b64u(32), None),
    ("auth0-client-secret", "AUTH0_CLIENT_SECRET", lambda r: r.b64u(64), None),
    ("zoom-client-secret", "ZOOM_CLIENT_SECRET", lambda r: r.al(32), None),
    ("honeycomb-key", "HONEYCOMB_API_KEY", lambda r: "hcaik_01" + r.lo(58), None),
    ("sumsub-token", "SUMSUB_APP_TOKEN", lambda r: "prd:" + r.al(24) + "." + r.al(32), None),
    ("twilio-auth-token", "TWILIO_AUTH_TOKEN", lambda r: r.hx(32), None),
    ("vonage-secret", "VONAGE_API_SECRET", lambda r: r.al(16), None),
    ("fcm-server-key", "FCM_SERVER_KEY", lambda r: "AAAA" + r.al(7) + ":APA91b" + r.b64u(134), None),
    ("monday-token", "MONDAY_API_TOKEN", _monday, "jwt"),
    ("calendly-token", "CALENDLY_PAT", _calendly, "jwt"),
    ("ably-key", "ABLY_API_KEY", _ably, None),
    ("elastic-api-key", "ELASTIC_API_KEY", _elastic, None),
    ("frameio-token", "FRAMEIO_TOKEN", lambda r: "fio-u-" + r.b64u(64), None),
    ("here-api-key", "HERE_API_KEY", lambda r: r.b64u(43), None),
    ("openweather-key", "OPENWEATHER_API_KEY", lambda r: r.hx(32), None),
    ("virustotal-key", "VT_API_KEY", lambda r: r.hx(64), None),
    ("serpapi-key", "SERPAPI_KEY", lambda r: r.hx(64), None),
    ("expo-token", "EXPO_TOKEN", lambda r: r.b64u(40), None),
    ("smartsheet-token", "SMARTSHEET_ACCESS_TOKEN", lambda r: r.al(37), None),
    ("cloudinary-url", "CLOUDINARY_URL", lambda r: "cloudinary://%d:%s@%s" % (r.randint(10 ** 14, 10 ** 15),
                                                                              r.b64u(27), r.lo(8)), None),
]

PAIRS = [
    ("aws-access-key", [("AWS_ACCESS_KEY_ID", lambda r: "AKIA" + r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)),
                        ("AWS_SECRET_ACCESS_KEY", lambda r: r.b64(40))]),
    ("twilio-sid-token", [("TWILIO_ACCOUNT_SID", lambda r: "AC" + r.hx(32)), ("TWILIO_AUTH_TOKEN", lambda r: r.hx(32))]),
    ("twilio-api-key", [("TWILIO_API_KEY", lambda r: "SK" + r.hx(32)), ("TWILIO_API_SECRET", lambda r: r.al(32))]),
    ("algolia-admin-key", [("ALGOLIA_APP_ID", lambda r: r.up(10)), ("ALGOLIA_ADMIN_KEY", lambda r: r.hx(32))]),
    ("alibaba-access-key", [("ALIBABA_CLOUD_ACCESS_KEY_ID", lambda r: "LTAI5t" + r.al(18)),
                            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: r.al(30))]),
    ("tencent-secret", [("TENCENTCLOUD_SECRET_ID", lambda r: "AKID" + r.al(32)),
                        ("TENCENTCLOUD_SECRET_KEY", lambda r: r.al(32))]),
    ("confluent-api-key", [("CONFLUENT_API_KEY", lambda r: r.up(16)), ("CONFLUENT_API_SECRET", lambda r: r.b64(64))]),
    ("mongodb-atlas-key", [("MONGODB_ATLAS_PUBLIC_KEY", lambda r: r.lo(8)),
                           ("MONGODB_ATLAS_PRIVATE_KEY", lambda r: r.uuid())]),
    ("backblaze-b2-key", [("B2_APPLICATION_KEY_ID", lambda r: "005" + r.hx(22)),
                          ("B2_APPLICATION_KEY", lambda r: "K005" + r.b64(27))]),
    ("scaleway-key", [("SCW_ACCESS_KEY", lambda r: "SCW" + r.up(17)), ("SCW_SECRET_KEY", lambda r: r.uuid())]),
    ("mailjet-key", [("MJ_APIKEY_PUBLIC", lambda r: r.hx(32)), ("MJ_APIKEY_PRIVATE", lambda r: r.hx(32))]),
    ("mux-token", [("MUX_TOKEN_ID", lambda r: r.uuid()), ("MUX_TOKEN_SECRET", lambda r: r.b64(75))]),
    ("plaid-secret", [("PLAID_CLIENT_ID", lambda r: r.hx(24)), ("PLAID_SECRET", lambda r: r.hx(30))]),
    ("paypal-client-secret", [("PAYPAL_CLIENT_ID", lambda r: "A" + r.b64u(79)), ("PAYPAL_CLIENT_SECRET",
                                                                                lambda r: "E" + r.b64u(79))]),
    ("razorpay-key", [("RAZORPAY_KEY_ID", lambda r: "rzp_live_" + r.al(14)), ("RAZORPAY_KEY_SECRET", lambda r: r.al(24))]),
]

PROVIDER_CATS = {c for c, *_ in T} | {c for c, _ in PAIRS}
BY_CAT = {c: (c, n, g, k) for c, n, g, k in T}
LEAKABLE = ["github-pat", "github-oauth-token", "npm-token", "gitlab-pat", "github-fine-grained-pat", "slack-bot-token",
            "openai-key", "stripe-secret-key", "anthropic-key", "dockerhub-pat"]
