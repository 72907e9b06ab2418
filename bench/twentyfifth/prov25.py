"""Provider token shapes (from documented formats), key-ID + secret pairs, public-by-design values, documented examples."""

import base64
import hashlib
import hmac
import json
import string

from core25 import (ALNUM, B32, B62, B62_SYNAPSE, b62, b64, b64u, crc32, rand_str, rbytes, rhex, ruuid)

LOW = string.ascii_lowercase + string.digits
UPA = string.ascii_uppercase + string.digits
URL = ALNUM + "-_"


def gh(r, prefix):
    body = rand_str(r, 30, B62)
    return prefix + body + b62(crc32(body))


def pypi(r):
    def pkt(t, data):
        return bytes([t, len(data)]) + data
    ident = json.dumps({"version": 1, "permissions": "user"}).encode() if r.random() < 0.3 else \
        json.dumps({"version": 1, "permissions": {"projects": [rand_str(r, 8, string.ascii_lowercase)]}}).encode()
    key = rbytes(r, 32)
    cav = json.dumps({"nbf": r.randint(1700000000, 1760000000)}).encode()
    sig = hmac.new(key, ident, hashlib.sha256).digest()
    sig = hmac.new(sig, cav, hashlib.sha256).digest()
    raw = b"\x02" + pkt(1, b"pypi.org") + pkt(2, ident[:120]) + b"\x00" + pkt(2, cav) + b"\x00\x00" + pkt(6, sig)
    return "pypi-" + b64u(raw)


def jfrog_ref(r):
    raw = "reftkn:01:%d:%s" % (r.randint(1900000000, 2100000000), rand_str(r, 27))
    return b64(raw.encode()).rstrip("=")[:64]


def discord(r):
    snow = str(r.randint(10 ** 17, 13 * 10 ** 17))
    return b64u(snow.encode()) + "." + rand_str(r, 6, URL) + "." + rand_str(r, 38, URL)


def synapse(r, localpart):
    base = "syt_%s_%s" % (b64u(localpart.encode()), rand_str(r, 20, string.ascii_letters))
    return base + "_" + b62(crc32(base), 6, B62_SYNAPSE)


def grafana_sa(r):
    body = rand_str(r, 32)
    return "glsa_%s_%08x" % (body, crc32("glsa_" + body))


def sentry_org(r, org):
    payload = {"iat": r.randint(1700000000, 1760000000) + 0.5, "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + rand_str(r, 43)


def onepassword(r):
    payload = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64u(rbytes(r, 16))}, "email": rand_str(r, 12, LOW) + "@1passwordserviceaccounts.eu",
               "srpX": rhex(r, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(r, 32)), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rand_str(r, 6, UPA) + "-" + rand_str(r, 11, UPA), "throttleSecret":
               {"seed": rhex(r, 64), "uuid": rand_str(r, 26, UPA)}, "deviceUuid": rand_str(r, 26, string.ascii_lowercase + "234567")}
    return "ops_" + b64u(json.dumps(payload, separators=(",", ":")).encode())


def azure_entra(r):
    return rand_str(r, 3, ALNUM) + str(r.randint(0, 9)) + "Q~" + rand_str(r, 34, ALNUM + "_~.-")


def azure_storage_key(r):
    return b64(rbytes(r, 64))


def azure_sas(r, account):
    sig = b64(rbytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return ("https://%s.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupitfx&se=2026-%02d-%02dT18:00:00Z"
            "&st=2025-01-01T00:00:00Z&spr=https&sig=%s" % (account, r.randint(1, 12), r.randint(1, 28), sig))


def openai(r):
    return "sk-proj-" + rand_str(r, 74, URL) + "T3BlbkFJ" + rand_str(r, 74, URL)


def telegram(r):
    return "%d:AA%s" % (r.randint(10 ** 8, 8 * 10 ** 9), rand_str(r, 33, URL))


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13), rand_str(r, 24))


def slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rand_str(r, 10, UPA), rand_str(r, 10, UPA), rand_str(r, 24))


def mapbox_sk(r):
    user = b64u(json.dumps({"u": rand_str(r, 8, string.ascii_lowercase), "a": rand_str(r, 25, LOW)},
                           separators=(",", ":")).encode())
    return "sk." + user + "." + rand_str(r, 22, URL)


def swarm(r):
    return "SWMTKN-1-%s-%s" % (rand_str(r, 50, LOW), rand_str(r, 25, LOW))


def ado_pat(r):
    return rand_str(r, 52, "abcdefghijklmnopqrstuvwxyz234567")


def tfc(r):
    return rand_str(r, 14, ALNUM) + ".atlasv1." + rand_str(r, 67, ALNUM)


def atlassian(r):
    body = "ATATT3xFfGF0" + rand_str(r, 170, URL) + "="
    return body + "%08X" % crc32(body)


def vk(r):
    return "vk1.a." + rand_str(r, 200, URL)


# shape -> (category, typical variable name, maker)
SHAPES = {
    "github-pat": ("github-pat", "GITHUB_TOKEN", lambda r, c: gh(r, "ghp_")),
    "github-oauth": ("github-oauth", "GH_OAUTH_TOKEN", lambda r, c: gh(r, "gho_")),
    "github-app": ("github-installation-token", "GH_APP_TOKEN", lambda r, c: gh(r, "ghs_")),
    "github-fine": ("github-fine-grained-pat", "GH_PAT", lambda r, c: "github_pat_11" + rand_str(r, 20, UPA) + "_" + rand_str(r, 59)),
    "gitlab-pat": ("gitlab-pat", "GITLAB_TOKEN", lambda r, c: "glpat-" + rand_str(r, 20, URL)),
    "gitlab-deploy": ("gitlab-deploy-token", "CI_DEPLOY_PASSWORD", lambda r, c: "gldt-" + rand_str(r, 20, URL)),
    "npm": ("npm-token", "NPM_TOKEN", lambda r, c: gh(r, "npm_")),
    "pypi": ("pypi-token", "TWINE_PASSWORD", lambda r, c: pypi(r)),
    "rubygems": ("rubygems-key", "GEM_HOST_API_KEY", lambda r, c: "rubygems_" + rhex(r, 48)),
    "nuget": ("nuget-key", "NUGET_API_KEY", lambda r, c: "oy2" + rand_str(r, 43, LOW)),
    "dockerhub": ("dockerhub-pat", "DOCKERHUB_TOKEN", lambda r, c: "dckr_pat_" + rand_str(r, 27, URL)),
    "jfrog": ("jfrog-reference-token", "ARTIFACTORY_TOKEN", lambda r, c: jfrog_ref(r)),
    "vault": ("vault-token", "VAULT_TOKEN", lambda r, c: "hvs.CAESI" + rand_str(r, 86, URL)),
    "tfc": ("terraform-cloud-token", "TFE_TOKEN", lambda r, c: tfc(r)),
    "doppler": ("doppler-token", "DOPPLER_TOKEN", lambda r, c: "dp.st.prd." + rand_str(r, 40)),
    "pulumi": ("pulumi-token", "PULUMI_ACCESS_TOKEN", lambda r, c: "pul-" + rhex(r, 40)),
    "databricks": ("databricks-pat", "DATABRICKS_TOKEN", lambda r, c: "dapi" + rhex(r, 32)),
    "digitalocean": ("digitalocean-pat", "DIGITALOCEAN_TOKEN", lambda r, c: "dop_v1_" + rhex(r, 64)),
    "heroku": ("heroku-key", "HEROKU_API_KEY", lambda r, c: "HRKU-AA" + rand_str(r, 58, URL)),
    "vercel": ("vercel-token", "VERCEL_TOKEN", lambda r, c: "vcp_" + rand_str(r, 56)),
    "supabase": ("supabase-secret", "SUPABASE_SECRET_KEY", lambda r, c: "sb_secret_" + rand_str(r, 31, URL)),
    "cloudflare-origin": ("cloudflare-origin-ca-key", "CF_ORIGIN_CA_KEY", lambda r, c: "v1.0-%s-%s" % (rhex(r, 24), rhex(r, 146))),
    "shopify": ("shopify-admin-token", "SHOPIFY_ACCESS_TOKEN", lambda r, c: "shpat_" + rhex(r, 32)),
    "square": ("square-access-token", "SQUARE_ACCESS_TOKEN", lambda r, c: "EAAA" + rand_str(r, 60, URL)),
    "stripe": ("stripe-secret-key", "STRIPE_SECRET_KEY", lambda r, c: "sk_live_51" + rand_str(r, 97)),
    "stripe-rk": ("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", lambda r, c: "rk_live_51" + rand_str(r, 97)),
    "stripe-wh": ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", lambda r, c: "whsec_" + rand_str(r, 32)),
    "sendgrid": ("sendgrid-key", "SENDGRID_API_KEY", lambda r, c: "SG." + rand_str(r, 22, URL) + "." + rand_str(r, 43, URL)),
    "mailgun": ("mailgun-key", "MAILGUN_API_KEY", lambda r, c: "%s-%s-%s" % (rhex(r, 32), rhex(r, 8), rhex(r, 8))),
    "mailchimp": ("mailchimp-key", "MAILCHIMP_API_KEY", lambda r, c: rhex(r, 32) + "-us" + str(r.randint(2, 21))),
    "openai": ("openai-key", "OPENAI_API_KEY", lambda r, c: openai(r)),
    "anthropic": ("anthropic-key", "ANTHROPIC_API_KEY", lambda r, c: "sk-ant-api03-" + rand_str(r, 93, URL) + "AA"),
    "huggingface": ("huggingface-token", "HF_TOKEN", lambda r, c: "hf_" + rand_str(r, 34, string.ascii_letters)),
    "groq": ("groq-key", "GROQ_API_KEY", lambda r, c: "gsk_" + rand_str(r, 52)),
    "openrouter": ("openrouter-key", "OPENROUTER_API_KEY", lambda r, c: "sk-or-v1-" + rhex(r, 64)),
    "deepl": ("deepl-key", "DEEPL_AUTH_KEY", lambda r, c: ruuid(r) + ":fx"),
    "linear": ("linear-key", "LINEAR_API_KEY", lambda r, c: "lin_api_" + rand_str(r, 40)),
    "notion": ("notion-token", "NOTION_TOKEN", lambda r, c: "ntn_" + rand_str(r, 11, string.digits) + rand_str(r, 35)),
    "figma": ("figma-pat", "FIGMA_TOKEN", lambda r, c: "figd_" + rand_str(r, 40, URL)),
    "postman": ("postman-key", "POSTMAN_API_KEY", lambda r, c: "PMAK-%s-%s" % (rhex(r, 24), rhex(r, 34))),
    "grafana": ("grafana-service-account", "GRAFANA_TOKEN", lambda r, c: grafana_sa(r)),
    "sentry-org": ("sentry-org-token", "SENTRY_AUTH_TOKEN", lambda r, c: sentry_org(r, c.get("slug", "ops"))),
    "newrelic": ("newrelic-user-key", "NEW_RELIC_API_KEY", lambda r, c: "NRAK-" + rand_str(r, 27, UPA)),
    "dynatrace": ("dynatrace-token", "DT_API_TOKEN", lambda r, c: "dt0c01.%s.%s" % (rand_str(r, 24, UPA), rand_str(r, 64, UPA))),
    "okta": ("okta-token", "OKTA_API_TOKEN", lambda r, c: "00" + rand_str(r, 40, URL)),
    "telegram": ("telegram-bot-token", "TELEGRAM_BOT_TOKEN", lambda r, c: telegram(r)),
    "discord": ("discord-bot-token", "DISCORD_TOKEN", lambda r, c: discord(r)),
    "slack-bot": ("slack-bot-token", "SLACK_BOT_TOKEN", lambda r, c: slack_bot(r)),
    "slack-hook": ("slack-webhook", "SLACK_WEBHOOK_URL", lambda r, c: slack_hook(r)),
    "google-api": ("google-api-key", "GOOGLE_API_KEY", lambda r, c: "AIza" + rand_str(r, 35, URL)),
    "google-secret": ("google-oauth-secret", "GOOGLE_CLIENT_SECRET", lambda r, c: "GOCSPX-" + rand_str(r, 28, URL)),
    "azure-entra": ("azure-entra-secret", "AZURE_CLIENT_SECRET", lambda r, c: azure_entra(r)),
    "azure-sas": ("azure-sas-url", "AZURE_BLOB_SAS_URL", lambda r, c: azure_sas(r, c.get("acct", "opsstore"))),
    "azure-devops": ("azure-devops-pat", "AZURE_DEVOPS_PAT", lambda r, c: ado_pat(r)),
    "circleci": ("circleci-pat", "CIRCLE_TOKEN", lambda r, c: "CCIPAT_%s_%s" % (rand_str(r, 22), rhex(r, 40))),
    "buildkite": ("buildkite-token", "BUILDKITE_API_TOKEN", lambda r, c: "bkua_" + rhex(r, 40)),
    "swarm": ("docker-swarm-join-token", "SWARM_TOKEN", lambda r, c: swarm(r)),
    "render": ("render-key", "RENDER_API_KEY", lambda r, c: "rnd_" + rand_str(r, 32)),
    "planetscale": ("planetscale-token", "PLANETSCALE_TOKEN", lambda r, c: "pscale_tkn_" + rand_str(r, 43, URL)),
    "matrix": ("matrix-access-token", "MATRIX_ACCESS_TOKEN", lambda r, c: synapse(r, c.get("bot", "opsbot"))),
    "onepassword": ("1password-service-account", "OP_SERVICE_ACCOUNT_TOKEN", lambda r, c: onepassword(r)),
    "atlassian": ("atlassian-token", "JIRA_API_TOKEN", lambda r, c: atlassian(r)),
    "yandex-api": ("yandex-cloud-api-key", "YC_API_KEY", lambda r, c: "AQVN" + rand_str(r, 36, URL)),
    "yandex-oauth": ("yandex-oauth-token", "YC_TOKEN", lambda r, c: "y0_AgAAAA" + rand_str(r, 49, URL)),
    "vk": ("vk-access-token", "VK_TOKEN", lambda r, c: vk(r)),
    "mapbox-sk": ("mapbox-secret-token", "MAPBOX_DOWNLOADS_TOKEN", lambda r, c: mapbox_sk(r)),
    "paystack": ("paystack-secret-key", "PAYSTACK_SECRET_KEY", lambda r, c: "sk_live_" + rhex(r, 40)),
    "turnstile": ("turnstile-secret", "TURNSTILE_SECRET_KEY", lambda r, c: "0x4AAAAAAA" + rand_str(r, 25, URL)),
    "hcaptcha": ("hcaptcha-secret", "HCAPTCHA_SECRET", lambda r, c: "0x" + rhex(r, 40)),
    "replicate": ("replicate-token", "REPLICATE_API_TOKEN", lambda r, c: "r8_" + rand_str(r, 37)),
    "xai": ("xai-key", "XAI_API_KEY", lambda r, c: "xai-" + rand_str(r, 80)),
}

# pair kind -> (category, id name, secret name, id maker, secret maker)
PAIRS = {
    "aws": ("aws-access-key", "aws_access_key_id", "aws_secret_access_key",
            lambda r: "AKIA" + rand_str(r, 16, B32), lambda r: rand_str(r, 40, ALNUM + "+/")),
    "yandex-static": ("yandex-cloud-static-key", "access_key_id", "secret_access_key",
                      lambda r: "YCAJE" + rand_str(r, 20, URL), lambda r: "YCM" + rand_str(r, 37, URL)),
    "alibaba": ("alibaba-access-key", "AccessKeyId", "AccessKeySecret",
                lambda r: "LTAI5t" + rand_str(r, 18), lambda r: rand_str(r, 30)),
    "tencent": ("tencent-secret", "SecretId", "SecretKey", lambda r: "AKID" + rand_str(r, 32), lambda r: rand_str(r, 32)),
    "twilio": ("twilio-api-key", "TWILIO_API_KEY", "TWILIO_API_SECRET", lambda r: "SK" + rhex(r, 32), lambda r: rand_str(r, 32)),
    "algolia": ("algolia-admin-key", "ALGOLIA_APP_ID", "ALGOLIA_ADMIN_KEY", lambda r: rand_str(r, 10, UPA), lambda r: rhex(r, 32)),
    "datadog": ("datadog-keys", "DD_API_KEY", "DD_APP_KEY", lambda r: rhex(r, 32), lambda r: rhex(r, 40)),
    "cloudinary": ("cloudinary-secret", "CLOUDINARY_API_KEY", "CLOUDINARY_API_SECRET",
                   lambda r: str(r.randint(10 ** 14, 10 ** 15 - 1)), lambda r: rand_str(r, 27, URL)),
    "b2": ("backblaze-b2-key", "B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY",
           lambda r: "005" + rhex(r, 22), lambda r: "K005" + rand_str(r, 27, ALNUM + "+/")),
    "azure-app": ("azure-app-credential", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", lambda r: ruuid(r), azure_entra),
}


def token(r, shape, ctx=None):
    cat, var, fn = SHAPES[shape]
    return fn(r, ctx or {}), cat, var


def pair(r, kind):
    cat, idn, secn, fid, fsec = PAIRS[kind]
    return fid(r), fsec(r), cat, idn, secn


# ------------------------------------------------------------------ negatives
def public_value(r, kind):
    """Values published by design (front-end config, page source): (value, category)."""
    if kind == "stripe-pk":
        return "pk_live_51" + rand_str(r, 97), "stripe-publishable-key"
    if kind == "firebase-web":
        return "AIza" + rand_str(r, 35, URL), "firebase-web-api-key-public"
    if kind == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rand_str(r, 32, LOW)), "google-oauth-client-id"
    if kind == "sentry-dsn":
        return "https://%s@o%d.ingest.de.sentry.io/%d" % (rhex(r, 32), r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 6, 10 ** 7)), "sentry-dsn"
    if kind == "mapbox-pk":
        return "pk.eyJ1Ijoi" + rand_str(r, 40, URL) + "." + rand_str(r, 22, URL), "mapbox-public-token"
    if kind == "turnstile-site":
        return "0x4AAAAAAA" + rand_str(r, 14, URL), "turnstile-site-key"
    if kind == "hcaptcha-site":
        return ruuid(r), "hcaptcha-site-key"
    if kind == "algolia-search":
        return rhex(r, 32), "algolia-search-only-key"
    if kind == "posthog":
        return "phc_" + rand_str(r, 43), "posthog-project-key"
    if kind == "twilio-sid":
        return "AC" + rhex(r, 32), "twilio-account-sid"
    if kind == "ga4":
        return "G-" + rand_str(r, 10, UPA), "ga4-measurement-id"
    if kind == "yandex-maps":
        return ruuid(r), "yandex-maps-js-key"
    raise KeyError(kind)


PUBLIC_KINDS = ["stripe-pk", "firebase-web", "google-client-id", "sentry-dsn", "mapbox-pk", "turnstile-site",
                "hcaptcha-site", "algolia-search", "posthog", "twilio-sid", "ga4", "yandex-maps"]

DOC_EXAMPLES = [
    ("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id"),
    ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example-secret"),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-docs-test-key"),
    ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "azurite-well-known-key"),
    ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
     ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt-io-example"),
    ("xoxb-not-a-real-token-this-will-not-work", "slack-docs-placeholder"),
]


def bad_checksum(r, prefix):
    """A gh*/npm token whose CRC32 suffix is wrong."""
    good = gh(r, prefix)
    tail = good[-6:]
    alt = tail[:-1] + B62[(B62.index(tail[-1]) + 7) % 62]
    return good[:-6] + alt


def gh_valid(tok):
    body = tok[4:34]
    return len(tok) == 40 and tok[34:] == b62(crc32(body))


def pypi_decodes(tok):
    raw = base64.urlsafe_b64decode(tok[5:] + "=" * (-len(tok[5:]) % 4))
    return raw[:11] == b"\x02\x01\x08pypi.org"
