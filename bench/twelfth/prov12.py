"""Provider token table for the twelfth corpus: shapes follow each provider's documented (or widely observed)
format.  `P` is a list of (category, setting name, spec); `PAIRS` of (category, id name, id spec, secret name,
secret spec).  A spec is a template with {a:N} alnum, {h:N} hex, {H:N} HEX, {d:N} digits, {l:N} lower,
{L:N} upper, {ld:N} lower+digits, {Ld:N} upper+digits, {b:N} base64 chars, {u:N} base64url chars,
{3:N} base32, {uuid}, or a callable taking the value factory.
"""
import base64
import json
import re

from vals12 import B32, B64, B64U, b64u

CS = {"a": None, "h": "0123456789abcdef", "H": "0123456789ABCDEF", "d": "0123456789",
      "l": "abcdefghijklmnopqrstuvwxyz", "L": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ld": "abcdefghijklmnopqrstuvwxyz0123456789",
      "Ld": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "b": B64, "u": B64U, "3": B32}

_tok = re.compile(r"\{(uuid|[a-zA-Z3]+):?(\d*)\}")


def render(spec, v):
    if callable(spec):
        return spec(v)

    def rep(m):
        k, n = m.group(1), m.group(2)
        if k == "uuid":
            return v.uuid()
        n = int(n)
        if k == "a":
            return v.an(n)
        if k == "d":
            return v.dg(n)
        return v.s(n, CS[k])
    return _tok.sub(rep, spec)


# ---- structured generators ---------------------------------------------------------------------
def pypi(v):
    ident = json.dumps({"nonce": v.hx(32), "version": 1}, separators=(",", ":")).encode()
    cav = json.dumps({"permissions": "user", "version": 1}, separators=(",", ":")).encode()
    raw = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(cav)]) + cav
           + b"\x00\x00\x06\x20" + v.bytes(32))
    return "pypi-" + b64u(raw)


def jfrog_ref(v):
    return base64.b64encode(("reftkn:01:%d:%s" % (v.ts(), v.an(27))).encode()).decode()


def sentry_org(v):
    p = {"iat": v.ts() - 10 ** 7 + 0.25, "url": "https://sentry.io", "region_url": "https://us.sentry.io",
         "org": v.word() + "-" + v.word()}
    return "sntrys_" + base64.b64encode(json.dumps(p, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + v.s(43, B64)


def grafana_cloud(v):
    p = {"o": str(v.randint(100000, 999999)), "n": "stack-%d-%s" % (v.randint(100000, 999999), v.word()),
         "k": v.an(24), "m": {"r": v.choice(["prod-us-east-0", "prod-eu-west-2", "prod-ap-southeast-1"])}}
    return "glc_" + base64.b64encode(json.dumps(p, separators=(",", ":")).encode()).decode()


def op_sa(v):
    p = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
         "iterations": 650000, "salt": v.b64url(16)}, "email": "%s@1passwordserviceaccounts.com" % v.lodg(13),
         "srpX": v.hx(64), "muk": {"alg": "A256GCM", "ext": True, "k": v.b64url(32), "key_ops": ["encrypt", "decrypt"],
         "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (v.updg(6), v.updg(6), v.updg(5), v.updg(5), v.updg(5), v.updg(5)),
         "throttleSecret": {"seed": v.hx(64), "deviceUuid": v.lodg(26)}, "deviceUuid": v.lodg(26)}
    return "ops_" + b64u(json.dumps(p, separators=(",", ":")).encode())


def mapbox_sk(v):
    p = b64u(json.dumps({"u": v.word() + v.word(), "a": "cl" + v.lodg(23)}, separators=(",", ":")).encode())
    return "sk.%s.%s" % (p, v.b64url(16)[:22])


def discord_bot(v):
    sid = str(v.randint(10 ** 17, 13 * 10 ** 17))
    return "%s.%s.%s" % (base64.b64encode(sid.encode()).decode().rstrip("="), v.s(6, B64U), v.s(38, B64U))


def openai_proj(v):
    return "sk-proj-" + v.s(74, B64U) + "T3BlbkFJ" + v.s(74, B64U)


def openai_svc(v):
    return "sk-svcacct-" + v.s(74, B64U) + "T3BlbkFJ" + v.s(74, B64U)


def openai_admin(v):
    return "sk-admin-" + v.s(58, B64U) + "T3BlbkFJ" + v.s(58, B64U)


def azure_storage(v):
    return v.b64(64)


def azure_sas(v):
    return ("https://%s%d.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-%02d-%02dT18:00:00Z"
            "&st=2025-01-01T00:00:00Z&spr=https&sig=%s" % (v.word(), v.randint(10, 99), v.word(), v.randint(1, 12),
            v.randint(1, 28), v.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")))


def age_key(v):
    return bech32_encode("AGE-SECRET-KEY-", v.bytes(32)).upper()


def slack_webhook(v):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (v.updg(10), v.updg(10), v.an(24))


def discord_webhook(v):
    return "https://discord.com/api/webhooks/%d/%s" % (v.randint(10 ** 17, 13 * 10 ** 17), v.s(68, B64U))


def teams_webhook(v):
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" %
            (v.word(), v.uuid(), v.uuid(), v.hx(32), v.uuid(), v.s(43, B64U)))


def zapier_hook(v):
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (v.randint(1000000, 9999999), v.lodg(7))


def make_hook(v):
    return "https://hook.eu1.make.com/%s" % v.lodg(32)


def gitlab_routable(v):
    return "glpat-" + v.s(27, B64U) + ".01." + v.lodg(9)


def mailchimp(v):
    return v.hx(32) + "-us%d" % v.randint(1, 21)


def sendgrid(v):
    return "SG.%s.%s" % (v.s(22, B64U), v.s(43, B64U))


def telegram(v):
    return "%d:AA%s" % (v.randint(10 ** 8, 9 * 10 ** 9), v.s(33, B64U))


def bedrock(v):
    return "ABSK" + base64.b64encode(("BedrockAPIKey-%s-at-%d:%s" % (v.lodg(4), v.randint(10 ** 11, 10 ** 12 - 1), v.b64(48))).encode()).decode()


def monday(v):
    return v.jwt({"tid": v.randint(10 ** 8, 10 ** 9), "aai": 11, "uid": v.randint(10 ** 7, 10 ** 8), "iad": "2025-03-04T10:11:12.000Z",
                  "per": "me:write", "actid": v.randint(10 ** 6, 10 ** 7), "rgn": "use1"})


def calendly(v):
    return v.jwt({"iss": "https://auth.calendly.com", "iat": v.ts(), "jti": v.uuid(), "user_uuid": v.uuid()}, alg="HS256")


def supabase_service(v):
    return v.jwt({"iss": "supabase", "ref": v.lo(20), "role": "service_role", "iat": v.ts() - 10 ** 7, "exp": v.ts() + 10 ** 8})


def cf_origin_ca(v):
    return "v1.0-%s-%s" % (v.hx(24), v.hx(146))


def heroku(v):
    return "HRKU-AA" + v.s(58, B64U)


def dt_token(v):
    return "dt0c01.%s.%s" % (v.updg(24), v.updg(64))


def braintree(v):
    return "access_token$production$%s$%s" % (v.lodg(16), v.hx(32))


def atlassian(v):
    return "ATATT3xFfGF0" + v.s(170, B64U) + "=" + v.HX(8)


def tfc(v):
    return "%s.atlasv1.%s" % (v.an(14), v.an(67))


def glsa(v):
    return "glsa_%s_%s" % (v.an(32), v.hx(8))


def langsmith(v):
    return "lsv2_pt_%s_%s" % (v.hx(32), v.hx(10))


def salesforce(v):
    return "00D%s!%s" % (v.an(12), v.s(96, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"))


def intercom(v):
    return base64.b64encode(("%s:%s" % (v.uuid(), v.uuid())).encode()).decode()


def webex_bot(v):
    return "%s_%s_%s" % (v.an(64), v.s(4, "PFAC"), v.uuid())


def twitter_bearer(v):
    return "AAAAAAAAAAAAAAAAAAAAA" + v.an(22) + "%3D" + v.an(50)


def fb_page(v):
    return "EAA" + v.an(4) + "ZD" + v.an(180)


# bech32 (BIP-173), for age keys
_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _conv(data, frm, to):
    acc = bits = 0
    out = []
    for b in data:
        acc = (acc << frm) | b
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_encode(hrp, data):
    hrp = hrp.lower()
    d = _conv(data, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + d + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[x] for x in d + chk)


def bech32_ok(s):
    s = s.lower()
    pos = s.rfind("1")
    hrp, data = s[:pos], [_CH.find(c) for c in s[pos + 1:]]
    return -1 not in data and _polymod(_hrp_expand(hrp) + data) == 1


def _gh(p):
    return lambda v: v.gh(p)


# ---- the table: (category, setting, spec) -----------------------------------------------------
P = [
    ("github-pat", "GITHUB_TOKEN", _gh("ghp_")),
    ("github-oauth-token", "GH_OAUTH_TOKEN", _gh("gho_")),
    ("github-app-user-token", "GITHUB_USER_TOKEN", _gh("ghu_")),
    ("github-app-installation-token", "GITHUB_INSTALLATION_TOKEN", _gh("ghs_")),
    ("github-refresh-token", "GITHUB_REFRESH_TOKEN", _gh("ghr_")),
    ("github-fine-grained-pat", "GH_FINE_GRAINED_TOKEN", "github_pat_11{Ld:20}_{a:59}"),
    ("npm-token", "NPM_TOKEN", _gh("npm_")),
    ("gitlab-pat", "GITLAB_TOKEN", "glpat-{u:20}"),
    ("gitlab-routable-pat", "GITLAB_API_TOKEN", gitlab_routable),
    ("gitlab-pipeline-trigger", "GITLAB_TRIGGER_TOKEN", "glptt-{h:40}"),
    ("gitlab-runner-token", "CI_RUNNER_TOKEN", "glrt-t1_{u:20}"),
    ("gitlab-deploy-token", "GITLAB_DEPLOY_TOKEN", "gldt-{u:20}"),
    ("gitlab-feed-token", "GITLAB_FEED_TOKEN", "glft-{u:20}"),
    ("gitlab-oauth-secret", "GITLAB_OAUTH_SECRET", "gloas-{h:64}"),
    ("gitlab-scim-token", "GITLAB_SCIM_TOKEN", "glsoat-{u:20}"),
    ("gitlab-incoming-mail-token", "GITLAB_INCOMING_EMAIL_TOKEN", "glimt-{ld:25}"),
    ("gitlab-runner-registration", "RUNNER_REGISTRATION_TOKEN", "GR1348941{u:20}"),
    ("pypi-token", "PYPI_API_TOKEN", pypi),
    ("rubygems-key", "GEM_HOST_API_KEY", "rubygems_{h:48}"),
    ("nuget-key", "NUGET_API_KEY", "oy2{ld:43}"),
    ("dockerhub-pat", "DOCKERHUB_TOKEN", "dckr_pat_{u:27}"),
    ("dockerhub-org-token", "DOCKER_ORG_TOKEN", "dckr_oat_{u:32}"),
    ("jfrog-api-key", "ARTIFACTORY_API_KEY", "AKCp{a:69}"),
    ("jfrog-reference-token", "JFROG_ACCESS_TOKEN", jfrog_ref),
    ("vault-service-token", "VAULT_TOKEN", "hvs.{u:91}"),
    ("vault-batch-token", "VAULT_BATCH_TOKEN", "hvb.{u:138}"),
    ("terraform-cloud-token", "TFE_TOKEN", tfc),
    ("doppler-service-token", "DOPPLER_TOKEN", "dp.st.prd.{a:43}"),
    ("doppler-personal-token", "DOPPLER_PERSONAL_TOKEN", "dp.pt.{a:43}"),
    ("doppler-service-account", "DOPPLER_SA_TOKEN", "dp.sa.{a:43}"),
    ("pulumi-token", "PULUMI_ACCESS_TOKEN", "pul-{h:40}"),
    ("databricks-pat", "DATABRICKS_TOKEN", "dapi{h:32}"),
    ("digitalocean-pat", "DIGITALOCEAN_TOKEN", "dop_v1_{h:64}"),
    ("digitalocean-oauth", "DO_OAUTH_TOKEN", "doo_v1_{h:64}"),
    ("digitalocean-refresh", "DO_REFRESH_TOKEN", "dor_v1_{h:64}"),
    ("heroku-key", "HEROKU_API_KEY", heroku),
    ("vercel-token", "VERCEL_TOKEN", "vcp_{a:56}"),
    ("vercel-integration-token", "VERCEL_INTEGRATION_TOKEN", "vci_{a:56}"),
    ("supabase-management-token", "SUPABASE_ACCESS_TOKEN", "sbp_{h:40}"),
    ("supabase-secret-key", "SUPABASE_SECRET_KEY", "sb_secret_{u:31}"),
    ("supabase-service-role", "SUPABASE_SERVICE_ROLE_KEY", supabase_service),
    ("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", "{u:40}"),
    ("cloudflare-user-token", "CF_USER_API_TOKEN", "cfut_{a:40}{h:8}"),
    ("cloudflare-account-token", "CF_ACCOUNT_API_TOKEN", "cfat_{a:40}{h:8}"),
    ("cloudflare-global-key", "CLOUDFLARE_GLOBAL_API_KEY", "{h:37}"),
    ("cloudflare-origin-ca-key", "CF_ORIGIN_CA_KEY", cf_origin_ca),
    ("shopify-admin-token", "SHOPIFY_ADMIN_TOKEN", "shpat_{h:32}"),
    ("shopify-custom-app-token", "SHOPIFY_CUSTOM_APP_TOKEN", "shpca_{h:32}"),
    ("shopify-private-app", "SHOPIFY_PRIVATE_APP_PASSWORD", "shppa_{h:32}"),
    ("shopify-shared-secret", "SHOPIFY_API_SECRET", "shpss_{h:32}"),
    ("square-access-token", "SQUARE_ACCESS_TOKEN", "EAAA{u:60}"),
    ("square-app-secret", "SQUARE_APPLICATION_SECRET", "sq0csp-{u:43}"),
    ("braintree-access-token", "BRAINTREE_ACCESS_TOKEN", braintree),
    ("stripe-secret-key", "STRIPE_SECRET_KEY", "sk_live_51{a:97}"),
    ("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", "rk_live_51{a:97}"),
    ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "whsec_{a:32}"),
    ("openai-project-key", "OPENAI_API_KEY", openai_proj),
    ("openai-service-account-key", "OPENAI_SVCACCT_KEY", openai_svc),
    ("openai-admin-key", "OPENAI_ADMIN_KEY", openai_admin),
    ("anthropic-key", "ANTHROPIC_API_KEY", "sk-ant-api03-{u:93}AA"),
    ("anthropic-admin-key", "ANTHROPIC_ADMIN_KEY", "sk-ant-admin01-{u:93}AA"),
    ("huggingface-token", "HF_TOKEN", "hf_{a:34}"),
    ("huggingface-org-token", "HF_ORG_TOKEN", "api_org_{a:34}"),
    ("groq-key", "GROQ_API_KEY", "gsk_{a:52}"),
    ("perplexity-key", "PERPLEXITY_API_KEY", "pplx-{a:48}"),
    ("replicate-token", "REPLICATE_API_TOKEN", "r8_{a:37}"),
    ("openrouter-key", "OPENROUTER_API_KEY", "sk-or-v1-{h:64}"),
    ("xai-key", "XAI_API_KEY", "xai-{a:80}"),
    ("langsmith-key", "LANGSMITH_API_KEY", langsmith),
    ("deepseek-key", "DEEPSEEK_API_KEY", "sk-{h:32}"),
    ("mistral-key", "MISTRAL_API_KEY", "{a:32}"),
    ("cohere-key", "COHERE_API_KEY", "{a:40}"),
    ("pinecone-key", "PINECONE_API_KEY", "pcsk_{a:5}_{a:63}"),
    ("bedrock-key", "AWS_BEARER_TOKEN_BEDROCK", bedrock),
    ("google-api-key", "GOOGLE_API_KEY", "AIza{u:35}"),
    ("google-oauth-secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-{u:28}"),
    ("google-refresh-token", "GOOGLE_REFRESH_TOKEN", "1//0{u:99}"),
    ("azure-entra-secret", "AZURE_CLIENT_SECRET", "{a:3}8Q~{u:34}"),
    ("azure-storage-key", "AZURE_STORAGE_KEY", azure_storage),
    ("azure-sas-url", "AZURE_BLOB_SAS_URL", azure_sas),
    ("azure-devops-pat", "AZURE_DEVOPS_PAT", "{ld:52}"),
    ("slack-bot-token", "SLACK_BOT_TOKEN", "xoxb-{d:12}-{d:13}-{a:24}"),
    ("slack-user-token", "SLACK_USER_TOKEN", "xoxp-{d:12}-{d:12}-{d:13}-{h:32}"),
    ("slack-app-token", "SLACK_APP_TOKEN", "xapp-1-A{Ld:10}-{d:13}-{h:64}"),
    ("slack-config-token", "SLACK_CONFIG_TOKEN", "xoxe.xoxp-1-{a:160}"),
    ("slack-webhook", "SLACK_WEBHOOK_URL", slack_webhook),
    ("discord-bot-token", "DISCORD_BOT_TOKEN", discord_bot),
    ("discord-webhook", "DISCORD_WEBHOOK_URL", discord_webhook),
    ("teams-webhook", "TEAMS_WEBHOOK_URL", teams_webhook),
    ("telegram-bot-token", "TELEGRAM_BOT_TOKEN", telegram),
    ("sendgrid-key", "SENDGRID_API_KEY", sendgrid),
    ("mailgun-key", "MAILGUN_API_KEY", "key-{h:32}"),
    ("mailgun-new-key", "MAILGUN_PRIVATE_KEY", "{h:32}-{h:8}-{h:8}"),
    ("mailchimp-key", "MAILCHIMP_API_KEY", mailchimp),
    ("mandrill-key", "MANDRILL_API_KEY", "md-{u:22}"),
    ("postmark-token", "POSTMARK_SERVER_TOKEN", "{uuid}"),
    ("sparkpost-key", "SPARKPOST_API_KEY", "{h:40}"),
    ("brevo-key", "BREVO_API_KEY", "xkeysib-{h:64}-{a:16}"),
    ("resend-key", "RESEND_API_KEY", "re_{a:8}_{a:24}"),
    ("mailjet-secret", "MJ_APIKEY_PRIVATE", "{h:32}"),
    ("twilio-auth-token", "TWILIO_AUTH_TOKEN", "{h:32}"),
    ("messagebird-key", "MESSAGEBIRD_ACCESS_KEY", "{a:25}"),
    ("vonage-secret", "VONAGE_API_SECRET", "{a:16}"),
    ("telnyx-key", "TELNYX_API_KEY", "KEY01{Ld:27}_{a:22}"),
    ("sinch-token", "SINCH_SERVICE_TOKEN", "{h:32}"),
    ("linear-key", "LINEAR_API_KEY", "lin_api_{a:40}"),
    ("notion-token", "NOTION_TOKEN", "ntn_{d:11}{a:35}"),
    ("notion-legacy-secret", "NOTION_INTEGRATION_SECRET", "secret_{a:43}"),
    ("figma-pat", "FIGMA_TOKEN", "figd_{u:40}"),
    ("postman-key", "POSTMAN_API_KEY", "PMAK-{h:24}-{h:34}"),
    ("atlassian-token", "ATLASSIAN_API_TOKEN", atlassian),
    ("asana-pat", "ASANA_PAT", "2/{d:16}/{d:16}:{h:32}"),
    ("clickup-token", "CLICKUP_API_TOKEN", "pk_{d:8}_{Ld:32}"),
    ("monday-token", "MONDAY_API_TOKEN", monday),
    ("calendly-token", "CALENDLY_TOKEN", calendly),
    ("airtable-pat", "AIRTABLE_PAT", "pat{a:14}.{h:64}"),
    ("typeform-token", "TYPEFORM_TOKEN", "tfp_{a:44}_{a:14}"),
    ("trello-token", "TRELLO_TOKEN", "ATTA{h:64}{H:8}"),
    ("hubspot-private-app", "HUBSPOT_ACCESS_TOKEN", "pat-na1-{uuid}"),
    ("pipedrive-token", "PIPEDRIVE_API_TOKEN", "{h:40}"),
    ("freshdesk-key", "FRESHDESK_API_KEY", "{a:20}"),
    ("zendesk-token", "ZENDESK_API_TOKEN", "{a:40}"),
    ("intercom-token", "INTERCOM_ACCESS_TOKEN", intercom),
    ("sentry-org-token", "SENTRY_AUTH_TOKEN", sentry_org),
    ("sentry-user-token", "SENTRY_USER_TOKEN", "sntryu_{h:64}"),
    ("grafana-service-account", "GRAFANA_SA_TOKEN", glsa),
    ("grafana-cloud-token", "GRAFANA_CLOUD_TOKEN", grafana_cloud),
    ("newrelic-user-key", "NEW_RELIC_API_KEY", "NRAK-{Ld:27}"),
    ("newrelic-insert-key", "NEW_RELIC_INSERT_KEY", "NRII-{u:32}"),
    ("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", "{h:36}NRAL"),
    ("dynatrace-token", "DT_API_TOKEN", dt_token),
    ("datadog-api-key", "DD_API_KEY", "{h:32}"),
    ("datadog-app-key", "DD_APP_KEY", "{h:40}"),
    ("honeycomb-key", "HONEYCOMB_API_KEY", "hcaik_01{ld:24}{ld:34}"),
    ("opsgenie-key", "OPSGENIE_API_KEY", "{uuid}"),
    ("pagerduty-key", "PAGERDUTY_TOKEN", "u+{u:18}"),
    ("pagerduty-routing-key", "PAGERDUTY_ROUTING_KEY", "R0{Ld:30}"),
    ("splunk-hec-token", "SPLUNK_HEC_TOKEN", "{uuid}"),
    ("logzio-token", "LOGZIO_TOKEN", "{a:32}"),
    ("betterstack-token", "BETTERSTACK_SOURCE_TOKEN", "{a:24}"),
    ("okta-token", "OKTA_API_TOKEN", "00{u:40}"),
    ("auth0-client-secret", "AUTH0_CLIENT_SECRET", "{u:64}"),
    ("onepassword-sa-token", "OP_SERVICE_ACCOUNT_TOKEN", op_sa),
    ("onepassword-connect-token", "OP_CONNECT_TOKEN", lambda v: v.jwt({"aud": ["com.1password.connect"], "sub": v.lodg(26), "iss": "com.1password.b5", "iat": v.ts()}, alg="ES256", sig_bytes=64)),
    ("age-secret-key", "SOPS_AGE_KEY", age_key),
    ("tailscale-auth-key", "TS_AUTHKEY", "tskey-auth-k{a:16}-{a:33}"),
    ("tailscale-api-key", "TAILSCALE_API_KEY", "tskey-api-k{a:16}-{a:33}"),
    ("ngrok-authtoken", "NGROK_AUTHTOKEN", "2{a:26}_{a:21}"),
    ("cloudflare-tunnel-token", "TUNNEL_TOKEN", lambda v: base64.b64encode(json.dumps({"a": v.hx(32), "t": v.uuid(), "s": v.b64(32)}, separators=(",", ":")).encode()).decode()),
    ("netlify-token", "NETLIFY_AUTH_TOKEN", "nfp_{a:36}"),
    ("render-key", "RENDER_API_KEY", "rnd_{a:32}"),
    ("fly-token", "FLY_API_TOKEN", "FlyV1 fm2_{u:100}"),
    ("railway-token", "RAILWAY_TOKEN", "{uuid}"),
    ("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", "pscale_tkn_{u:43}"),
    ("planetscale-password", "PLANETSCALE_DB_PASSWORD", "pscale_pw_{u:43}"),
    ("neon-key", "NEON_API_KEY", "napi_{ld:64}"),
    ("mongodb-atlas-private-key", "ATLAS_PRIVATE_KEY", "{uuid}"),
    ("upstash-token", "UPSTASH_REDIS_REST_TOKEN", "A{u:59}"),
    ("circleci-token", "CIRCLECI_TOKEN", "CCIPAT_{a:22}_{h:40}"),
    ("buildkite-token", "BUILDKITE_API_TOKEN", "bkua_{h:40}"),
    ("bitbucket-app-password", "BITBUCKET_APP_PASSWORD", "ATBB{a:28}{H:8}"),
    ("bitbucket-dc-token", "BITBUCKET_HTTP_TOKEN", "BBDC-{u:44}"),
    ("octopus-key", "OCTOPUS_API_KEY", "API-{Ld:26}"),
    ("snyk-token", "SNYK_TOKEN", "{uuid}"),
    ("codecov-token", "CODECOV_TOKEN", "{uuid}"),
    ("sonarcloud-token", "SONAR_TOKEN", "sqp_{h:40}"),
    ("infracost-key", "INFRACOST_API_KEY", "ico-{a:32}"),
    ("prefect-key", "PREFECT_API_KEY", "pnu_{a:36}"),
    ("docker-swarm-token", "SWARM_JOIN_TOKEN", "SWMTKN-1-{ld:50}-{ld:25}"),
    ("consul-token", "CONSUL_HTTP_TOKEN", "{uuid}"),
    ("nomad-token", "NOMAD_TOKEN", "{uuid}"),
    ("contentful-token", "CONTENTFUL_MANAGEMENT_TOKEN", "CFPAT-{u:43}"),
    ("sanity-token", "SANITY_API_TOKEN", "sk{a:180}"),
    ("algolia-admin-key", "ALGOLIA_ADMIN_KEY", "{h:32}"),
    ("mapbox-secret-token", "MAPBOX_SECRET_TOKEN", mapbox_sk),
    ("here-api-key", "HERE_API_KEY", "{u:43}"),
    ("tomtom-key", "TOMTOM_API_KEY", "{a:32}"),
    ("openweather-key", "OPENWEATHER_API_KEY", "{h:32}"),
    ("tomorrow-io-key", "TOMORROW_API_KEY", "{a:32}"),
    ("shodan-key", "SHODAN_API_KEY", "{a:32}"),
    ("abuseipdb-key", "ABUSEIPDB_API_KEY", "{h:80}"),
    ("hibp-key", "HIBP_API_KEY", "{h:32}"),
    ("virustotal-key", "VT_API_KEY", "{h:64}"),
    ("ipinfo-token", "IPINFO_TOKEN", "{h:14}"),
    ("bitly-token", "BITLY_ACCESS_TOKEN", "{h:40}"),
    ("eventbrite-token", "EVENTBRITE_PRIVATE_TOKEN", "{Ld:20}"),
    ("onesignal-key", "ONESIGNAL_REST_API_KEY", "os_v2_app_{ld:112}"),
    ("agora-certificate", "AGORA_APP_CERTIFICATE", "{h:32}"),
    ("stytch-secret", "STYTCH_SECRET", "secret-live-{u:36}"),
    ("clerk-secret", "CLERK_SECRET_KEY", "sk_live_{a:42}"),
    ("paddle-key", "PADDLE_API_KEY", "pdl_live_apikey_{ld:26}_{a:22}_{a:3}"),
    ("gocardless-token", "GOCARDLESS_ACCESS_TOKEN", "live_{u:40}"),
    ("paystack-secret", "PAYSTACK_SECRET_KEY", "sk_live_{h:40}"),
    ("flutterwave-secret", "FLW_SECRET_KEY", "FLWSECK-{h:32}-X"),
    ("mollie-key", "MOLLIE_API_KEY", "live_{a:30}"),
    ("adyen-key", "ADYEN_API_KEY", "AQE{a:4}+{b:60}="),
    ("checkout-secret", "CKO_SECRET_KEY", "sk_{ld:8}-{ld:4}-{ld:4}-{ld:4}-{ld:12}"),
    ("coinbase-commerce-key", "COINBASE_COMMERCE_API_KEY", "{uuid}"),
    ("mixpanel-secret", "MIXPANEL_API_SECRET", "{h:32}"),
    ("segment-write-key", "SEGMENT_WRITE_KEY", "{a:32}"),
    ("amplitude-secret", "AMPLITUDE_SECRET_KEY", "{h:32}"),
    ("braze-key", "BRAZE_REST_API_KEY", "{uuid}"),
    ("customerio-key", "CUSTOMERIO_APP_API_KEY", "{h:32}"),
    ("launchdarkly-sdk-key", "LAUNCHDARKLY_SDK_KEY", "sdk-{uuid}"),
    ("launchdarkly-api-token", "LD_API_TOKEN", "api-{uuid}"),
    ("posthog-personal-key", "POSTHOG_PERSONAL_API_KEY", "phx_{a:47}"),
    ("statsig-secret", "STATSIG_SERVER_SECRET", "secret-{a:43}"),
    ("twitter-bearer", "TWITTER_BEARER_TOKEN", twitter_bearer),
    ("facebook-page-token", "FB_PAGE_ACCESS_TOKEN", fb_page),
    ("webex-bot-token", "WEBEX_BOT_TOKEN", webex_bot),
    ("salesforce-access-token", "SF_ACCESS_TOKEN", salesforce),
    ("box-client-secret", "BOX_CLIENT_SECRET", "{a:32}"),
    ("dropbox-token", "DROPBOX_ACCESS_TOKEN", "sl.B{u:136}"),
    ("keycloak-client-secret", "KEYCLOAK_CLIENT_SECRET", "{a:32}"),
    ("jumpcloud-key", "JUMPCLOUD_API_KEY", "jca_{a:36}"),
    ("jamf-client-secret", "JAMF_CLIENT_SECRET", "{u:64}"),
    ("gitea-token", "GITEA_TOKEN", "{h:40}"),
    ("yelp-key", "YELP_API_KEY", "{u:128}"),
    ("deno-deploy-token", "DENO_DEPLOY_TOKEN", "ddp_{a:36}"),
    ("harness-pat", "HARNESS_API_KEY", "pat.{u:22}.{h:24}.{a:20}"),
    ("sumsub-token", "SUMSUB_APP_TOKEN", "prd:{a:24}.{a:32}"),
    ("frameio-token", "FRAMEIO_TOKEN", "fio-u-{u:64}"),
    ("readme-key", "README_API_KEY", "rdme_{ld:70}"),
    ("duffel-token", "DUFFEL_ACCESS_TOKEN", "duffel_live_{u:43}"),
    ("easypost-key", "EASYPOST_API_KEY", "EZAK{h:54}"),
    ("shippo-token", "SHIPPO_API_TOKEN", "shippo_live_{h:40}"),
    ("lob-key", "LOB_API_KEY", "live_{h:35}"),
    ("plaid-secret", "PLAID_SECRET", "{h:30}"),
    ("dwolla-secret", "DWOLLA_SECRET", "{a:50}"),
    ("workos-key", "WORKOS_API_KEY", "sk_{a:50}"),
    ("frontapp-token", "FRONT_API_TOKEN", lambda v: v.jwt({"scopes": ["shared:*"], "iat": v.ts(), "iss": "front", "sub": v.hx(20), "jti": v.hx(16)})),
    ("scalingo-token", "SCALINGO_API_TOKEN", "tk-us-{u:48}"),
    ("flickr-key", "FLICKR_SECRET", "{h:16}"),
    ("azure-openai-key", "AZURE_OPENAI_API_KEY", "{h:32}"),
    ("azure-search-admin-key", "AZURE_SEARCH_ADMIN_KEY", "{a:52}"),
    ("azure-maps-key", "AZURE_MAPS_SUBSCRIPTION_KEY", "{u:84}"),
    ("azure-appconfig-connection", "AZURE_APPCONFIG_CONNECTION_STRING",
     lambda v: "Endpoint=https://%s-cfg.azconfig.io;Id=%s-l0-s0:%s;Secret=%s" % (v.word(), v.an(4), v.an(20), v.b64(32))),
    ("azure-servicebus-connection", "SERVICEBUS_CONNECTION_STRING",
     lambda v: "Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % (v.word(), v.b64(32))),
    ("azure-eventhub-connection", "EVENTHUB_CONNECTION_STRING",
     lambda v: "Endpoint=sb://%s-eh.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=%s;EntityPath=telemetry" % (v.word(), v.b64(32))),
    ("zapier-webhook", "ZAPIER_HOOK_URL", zapier_hook),
    ("make-webhook", "MAKE_WEBHOOK_URL", make_hook),
    ("lokalise-token", "LOKALISE_API_TOKEN", "{h:40}"),
    ("crowdin-token", "CROWDIN_PERSONAL_TOKEN", "{h:80}"),
    ("alchemy-key", "ALCHEMY_API_KEY", "{u:32}"),
    ("infura-secret", "INFURA_API_SECRET", "{h:32}"),
    ("fastly-token", "FASTLY_API_TOKEN", "{u:32}"),
    ("netbox-token", "NETBOX_TOKEN", "{h:40}"),
    ("clickhouse-cloud-secret", "CLICKHOUSE_KEY_SECRET", "4b1d{a:38}"),
]

# (category, id setting, id spec, secret setting, secret spec)
PAIRS = [
    ("aws-access-key", "AWS_ACCESS_KEY_ID", "AKIA{3:16}", "AWS_SECRET_ACCESS_KEY", "{b:40}"),
    ("alibaba-access-key", "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI{a:20}", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "{a:30}"),
    ("tencent-secret", "TENCENTCLOUD_SECRET_ID", "AKID{a:32}", "TENCENTCLOUD_SECRET_KEY", "{a:32}"),
    ("twilio-api-key", "TWILIO_API_KEY_SID", "SK{h:32}", "TWILIO_API_KEY_SECRET", "{a:32}"),
    ("paypal-client", "PAYPAL_CLIENT_ID", "A{u:79}", "PAYPAL_CLIENT_SECRET", "E{u:79}"),
    ("razorpay-key", "RAZORPAY_KEY_ID", "rzp_live_{a:14}", "RAZORPAY_KEY_SECRET", "{a:24}"),
    ("duo-admin-api", "DUO_IKEY", "DI{Ld:18}", "DUO_SKEY", "{a:40}"),
    ("crowdstrike-falcon", "FALCON_CLIENT_ID", "{h:32}", "FALCON_CLIENT_SECRET", "{a:40}"),
    ("tenable-keys", "TENABLE_ACCESS_KEY", "{h:64}", "TENABLE_SECRET_KEY", "{h:64}"),
    ("cloudflare-r2", "R2_ACCESS_KEY_ID", "{h:32}", "R2_SECRET_ACCESS_KEY", "{h:64}"),
    ("digitalocean-spaces", "SPACES_ACCESS_KEY_ID", "DO00{Ld:16}", "SPACES_SECRET_ACCESS_KEY", "{b:43}"),
    ("pusher-app", "PUSHER_APP_KEY", "{h:20}", "PUSHER_APP_SECRET", "{h:20}"),
    ("plivo-auth", "PLIVO_AUTH_ID", "MA{Ld:18}", "PLIVO_AUTH_TOKEN", "{a:40}"),
    ("sumologic-access", "SUMO_ACCESS_ID", "su{a:12}", "SUMO_ACCESS_KEY", "{a:64}"),
    ("backblaze-b2", "B2_APPLICATION_KEY_ID", "005{h:22}", "B2_APPLICATION_KEY", "K005{a:27}"),
    ("wasabi-keys", "WASABI_ACCESS_KEY", "{Ld:20}", "WASABI_SECRET_KEY", "{a:40}"),
    ("algolia-app", "ALGOLIA_APP_ID", "{Ld:10}", "ALGOLIA_WRITE_KEY", "{h:32}"),
    ("scaleway-keys", "SCW_ACCESS_KEY", "SCW{Ld:17}", "SCW_SECRET_KEY", "{uuid}"),
    ("mux-token", "MUX_TOKEN_ID", "{uuid}", "MUX_TOKEN_SECRET", "{b:75}"),
    ("linode-object-storage", "LINODE_OBJ_ACCESS_KEY", "{Ld:20}", "LINODE_OBJ_SECRET_KEY", "{a:40}"),
    ("ibm-cos-hmac", "COS_HMAC_ACCESS_KEY_ID", "{h:32}", "COS_HMAC_SECRET_ACCESS_KEY", "{h:48}"),
    ("kraken-api", "KRAKEN_API_KEY", "{b:56}", "KRAKEN_PRIVATE_KEY", "{b:86}=="),
]

# tokens people paste into chats and tickets (weighted towards the common ones)
LEAKY = ["github-pat", "github-fine-grained-pat", "npm-token", "gitlab-pat", "slack-bot-token", "slack-webhook",
         "openai-project-key", "anthropic-key", "stripe-secret-key", "dockerhub-pat", "sendgrid-key", "huggingface-token",
         "vault-service-token", "digitalocean-pat", "telegram-bot-token", "discord-bot-token", "groq-key", "linear-key",
         "atlassian-token", "terraform-cloud-token", "github-oauth-token", "pypi-token", "shopify-admin-token",
         "notion-token", "figma-pat", "postman-key", "doppler-service-token", "newrelic-user-key", "grafana-service-account",
         "tailscale-auth-key"]

P_BY_CAT = {c: (c, n, s) for c, n, s in P}
assert len(P_BY_CAT) == len(P), "duplicate provider category"
