"""Provider token shapes (documented prefixes, lengths and checksums), key-ID + secret pairs,
public-by-design values and providers' documented example values."""

import hashlib
import hmac
import json
import zlib

import keys26
from core26 import (ALNUM, B32, B62, B64, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, b64, b64u, b64u_json,
                    bech32_encode, crc32_b62, jwt_hs256, varint)


def _r(r, n, alphabet):
    return "".join(r.choice(alphabet) for _ in range(n))


def _uuid(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + "89ab"[r.randrange(4)] + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def _gh(prefix):
    def g(r):
        body = _r(r, 30, B62)
        return prefix + body + crc32_b62(body)
    return g


def npm(r):
    body = _r(r, 30, B62)
    return "npm_" + body + crc32_b62(body)


def github_fine(r):
    return "github_pat_11" + _r(r, 20, UPPER_ALNUM) + "_" + _r(r, 59, ALNUM)


def pypi(r):
    ident = _uuid(r).encode()
    caveat = json.dumps({"version": 1, "permissions": {"projects": [r.choice(["ingest-client", "lotwriter",
                                                                                 "fieldsync", "qc-tools"])]}},
                        separators=(", ", ": ")).encode()
    root = bytes(r.getrandbits(8) for _ in range(32))
    sig = hmac.new(root, ident, hashlib.sha256).digest()
    sig = hmac.new(sig, caveat, hashlib.sha256).digest()
    blob = b"\x02" + b"\x01" + varint(8) + b"pypi.org" + b"\x02" + varint(len(ident)) + ident + b"\x00"
    blob += b"\x02" + varint(len(caveat)) + caveat + b"\x00" + b"\x00" + b"\x06" + varint(32) + sig
    return "pypi-" + b64u(blob)


def age_key(r):
    return bech32_encode("age-secret-key-", bytes(r.getrandbits(8) for _ in range(32))).upper()


def aws_id(r):
    return "AKIA" + _r(r, 16, B32)


def aws_secret(r):
    return _r(r, 40, B64)


def jwt_generic(r, payload, header=None):
    return jwt_hs256(header or {"alg": "HS256", "typ": "JWT"}, payload, bytes(r.getrandbits(8) for _ in range(32)))


def jwt_eddsa(r, payload):
    key = keys26.new_key(r, "ed25519")
    h = b64u_json({"alg": "EdDSA", "typ": "JWT"})
    p = b64u_json(payload)
    return h + "." + p + "." + b64u(keys26.ed25519_sign(key.priv, (h + "." + p).encode()))


def _ts(r):
    return 1714000000 + r.randrange(0, 60000000)


def supabase_service(r):
    ref = _r(r, 20, "abcdefghijklmnopqrstuvwxyz")
    t = _ts(r)
    return jwt_generic(r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": t, "exp": t + 315360000})


def turso(r):
    t = _ts(r)
    return jwt_eddsa(r, {"a": "rw", "iat": t, "id": _uuid(r)})


def cesium(r):
    return jwt_generic(r, {"jti": _uuid(r), "id": r.randrange(100000, 400000), "iat": _ts(r)})


def bakong(r):
    t = _ts(r)
    return jwt_generic(r, {"data": {"id": _r(r, 16, HEX)}, "iat": t, "exp": t + 7776000})


def discord(r):
    uid = str(r.randrange(10 ** 17, 12 * 10 ** 17))
    return b64u(uid.encode()) + "." + _r(r, 6, B64URL) + "." + _r(r, 38, B64URL)


def telegram(r):
    return "%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), _r(r, 33, B64URL))


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), _r(r, 24, ALNUM))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (_r(r, 10, UPPER_ALNUM), _r(r, 10, UPPER_ALNUM),
                                                            _r(r, 24, ALNUM))


def stripe_sk(r):
    return "sk_live_51" + _r(r, 97, ALNUM)


def stripe_rk(r):
    return "rk_live_51" + _r(r, 97, ALNUM)


def stripe_test(r):
    return "sk_test_51" + _r(r, 97, ALNUM)


def stripe_whsec(r):
    return "whsec_" + _r(r, 32, ALNUM)


def sendgrid(r):
    return "SG." + _r(r, 22, B64URL) + "." + _r(r, 43, B64URL)


def mailgun(r):
    return "key-" + _r(r, 32, HEX)


def docker_pat(r):
    return "dckr_pat_" + _r(r, 27, B64URL)


def vault(r):
    return "hvs.CAESI" + _r(r, 86, B64URL)


def tfc(r):
    return _r(r, 14, ALNUM) + ".atlasv1." + _r(r, 67, ALNUM)


def doppler(r):
    return "dp.st.prd." + _r(r, 40, ALNUM)


def databricks(r):
    return "dapi" + _r(r, 32, HEX)


def digitalocean(r):
    return "dop_v1_" + _r(r, 64, HEX)


def openai(r):
    return "sk-proj-" + _r(r, 74, B64URL) + "T3BlbkFJ" + _r(r, 74, B64URL)


def anthropic(r):
    return "sk-ant-api03-" + _r(r, 93, B64URL) + "AA"


def huggingface(r):
    return "hf_" + _r(r, 34, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def groq(r):
    return "gsk_" + _r(r, 52, ALNUM)


def grafana_sa(r):
    body = _r(r, 32, ALNUM)
    return "glsa_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)


def sentry_user(r):
    return "sntryu_" + _r(r, 64, HEX)


def newrelic(r):
    return "NRAK-" + _r(r, 27, UPPER_ALNUM)


def shopify(r):
    return "shpat_" + _r(r, 32, HEX)


def square(r):
    return "EAAA" + _r(r, 60, B64URL)


def atlassian(r):
    return "ATATT3xFfGF0" + _r(r, 170, B64URL) + "=" + _r(r, 8, HEX.upper())


def linear(r):
    return "lin_api_" + _r(r, 40, ALNUM)


def notion(r):
    return "ntn_" + _r(r, 11, "0123456789") + _r(r, 35, ALNUM)


def figma(r):
    return "figd_" + _r(r, 40, B64URL)


def postman(r):
    return "PMAK-" + _r(r, 24, HEX) + "-" + _r(r, 34, HEX)


def heroku(r):
    return "HRKU-AA" + _r(r, 58, B64URL)


def okta(r):
    return "00" + _r(r, 40, B64URL)


def pulumi(r):
    return "pul-" + _r(r, 40, HEX)


def mapbox_sk(r):
    user = r.choice(["ops", "maps", "field", "gis", "survey"]) + str(r.randrange(10, 99))
    return "sk." + b64u(json.dumps({"u": user, "a": _r(r, 25, LOWER_ALNUM)}, separators=(",", ":")).encode()) + \
           "." + _r(r, 22, B64URL)


def jfrog_ref(r):
    raw = ("reftkn:01:%d:%s" % (1800000000 + r.randrange(10 ** 8), _r(r, 27, ALNUM))).encode()
    return b64(raw).rstrip("=")


def onepassword_sa(r):
    blob = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
            "iterations": 650000, "salt": b64u(bytes(r.getrandbits(8) for _ in range(16)))},
            "email": _r(r, 13, LOWER_ALNUM) + "@1passwordserviceaccounts.com", "srpX": _r(r, 64, HEX),
            "muk": {"alg": "A256GCM", "ext": True, "k": _r(r, 43, B64URL), "key_ops": ["encrypt", "decrypt"],
                    "kty": "oct", "kid": "mp"},
            "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (_r(r, 6, UPPER_ALNUM), _r(r, 6, UPPER_ALNUM), _r(r, 5, UPPER_ALNUM),
                                                   _r(r, 5, UPPER_ALNUM), _r(r, 5, UPPER_ALNUM), _r(r, 5, UPPER_ALNUM)),
            "throttleSecret": {"seed": _r(r, 64, HEX), "uuid": _r(r, 26, UPPER_ALNUM)},
            "deviceUuid": _r(r, 26, LOWER_ALNUM)}
    return "ops_" + b64(json.dumps(blob, separators=(",", ":")).encode()).rstrip("=")


def buildkite(r):
    return "bkua_" + _r(r, 40, HEX)


def rubygems(r):
    return "rubygems_" + _r(r, 48, HEX)


def nuget(r):
    return "oy2" + _r(r, 43, LOWER_ALNUM)


def tailscale(r):
    return "tskey-auth-k" + _r(r, 10, ALNUM) + "CNTRL-" + _r(r, 33, ALNUM)


def supabase_mgmt(r):
    return "sbp_" + _r(r, 40, HEX)


def vercel(r):
    return "vcp_" + _r(r, 56, ALNUM)


def launchdarkly(r):
    return "sdk-" + _uuid(r)


def dynatrace(r):
    return "dt0c01." + _r(r, 24, UPPER_ALNUM) + "." + _r(r, 64, UPPER_ALNUM)


def google_key(r):
    return "AIza" + _r(r, 35, B64URL)


def google_oauth_secret(r):
    return "GOCSPX-" + _r(r, 28, B64URL)


def gitlab_pat(r):
    return "glpat-" + _r(r, 20, B64URL)


def gitlab_trigger(r):
    return "glptt-" + _r(r, 40, HEX)


def gitlab_deploy(r):
    return "gldt-" + _r(r, 20, B64URL)


def azure_entra(r):
    return _r(r, 3, ALNUM) + str(r.randrange(10)) + "Q~" + _r(r, 34, ALNUM + "_~.-")


def azure_storage_key(r):
    return b64(bytes(r.getrandbits(8) for _ in range(64)))


def chapa(r):
    return "CHASECK-" + _r(r, 32, ALNUM)


def flutterwave(r):
    return "FLWSECK-" + _r(r, 32, HEX) + "-X"


def paystack(r):
    return "sk_live_" + _r(r, 40, HEX)


def khalti(r):
    return "live_secret_key_" + _r(r, 32, HEX)


def sumup(r):
    return "sup_sk_" + _r(r, 32, ALNUM)


def mapillary(r):
    return "MLY|%d|%s" % (r.randrange(10 ** 15, 10 ** 16), _r(r, 32, HEX))


def nxcloud(r):
    return b64((_uuid(r) + "|read-write").encode())


def replicate(r):
    return "r8_" + _r(r, 37, ALNUM)


def render(r):
    return "rnd_" + _r(r, 28, ALNUM)


def planetscale(r):
    return "pscale_tkn_" + _r(r, 43, B64URL)


def infracost(r):
    return "ico-" + _r(r, 32, ALNUM)


def prefect(r):
    return "pnu_" + _r(r, 36, ALNUM)


def sentry_org(r):
    body = b64(json.dumps({"iat": _ts(r), "url": "https://sentry.io", "region_url": "https://de.sentry.io",
                           "org": r.choice(["ops", "mill", "field", "shop"]) + str(r.randrange(10, 99))},
                          separators=(",", ":")).encode()).rstrip("=")
    return "sntrys_" + body + "_" + _r(r, 43, B64URL)


def twilio_pair(r):
    return "SK" + _r(r, 32, HEX), _r(r, 32, ALNUM)


def alibaba_pair(r):
    return "LTAI5t" + _r(r, 18, ALNUM), _r(r, 30, ALNUM)


def tencent_pair(r):
    return "AKID" + _r(r, 32, ALNUM), _r(r, 32, ALNUM)


def monnify_pair(r):
    return "MK_PROD_" + _r(r, 10, UPPER_ALNUM), _r(r, 32, UPPER_ALNUM)


# (category, conventional variable name, generator, provider family)
SHAPES = [
    ("github-pat", "GITHUB_TOKEN", _gh("ghp_")),
    ("github-oauth", "GH_OAUTH_TOKEN", _gh("gho_")),
    ("github-app-installation", "GH_APP_TOKEN", _gh("ghs_")),
    ("github-user-to-server", "GH_USER_TOKEN", _gh("ghu_")),
    ("github-refresh", "GH_REFRESH_TOKEN", _gh("ghr_")),
    ("github-fine-grained", "GITHUB_PAT", github_fine),
    ("gitlab-pat", "GITLAB_TOKEN", gitlab_pat),
    ("gitlab-trigger", "CI_TRIGGER_TOKEN", gitlab_trigger),
    ("gitlab-deploy", "GITLAB_DEPLOY_TOKEN", gitlab_deploy),
    ("npm-token", "NPM_TOKEN", npm),
    ("pypi-token", "PYPI_TOKEN", pypi),
    ("age-secret-key", "SOPS_AGE_KEY", age_key),
    ("google-api-key", "GOOGLE_API_KEY", google_key),
    ("google-oauth-secret", "GOOGLE_CLIENT_SECRET", google_oauth_secret),
    ("slack-bot-token", "SLACK_BOT_TOKEN", slack_bot),
    ("slack-webhook", "SLACK_WEBHOOK_URL", slack_webhook),
    ("stripe-secret", "STRIPE_SECRET_KEY", stripe_sk),
    ("stripe-restricted", "STRIPE_RESTRICTED_KEY", stripe_rk),
    ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", stripe_whsec),
    ("sendgrid", "SENDGRID_API_KEY", sendgrid),
    ("mailgun", "MAILGUN_API_KEY", mailgun),
    ("docker-pat", "DOCKERHUB_TOKEN", docker_pat),
    ("vault-token", "VAULT_TOKEN", vault),
    ("terraform-cloud", "TFE_TOKEN", tfc),
    ("doppler", "DOPPLER_TOKEN", doppler),
    ("databricks", "DATABRICKS_TOKEN", databricks),
    ("digitalocean", "DIGITALOCEAN_TOKEN", digitalocean),
    ("openai", "OPENAI_API_KEY", openai),
    ("anthropic", "ANTHROPIC_API_KEY", anthropic),
    ("huggingface", "HF_TOKEN", huggingface),
    ("groq", "GROQ_API_KEY", groq),
    ("grafana-sa", "GRAFANA_SA_TOKEN", grafana_sa),
    ("sentry-user", "SENTRY_AUTH_TOKEN", sentry_user),
    ("sentry-org", "SENTRY_ORG_TOKEN", sentry_org),
    ("newrelic-user", "NEW_RELIC_API_KEY", newrelic),
    ("telegram-bot", "TELEGRAM_BOT_TOKEN", telegram),
    ("discord-bot", "DISCORD_TOKEN", discord),
    ("shopify", "SHOPIFY_ACCESS_TOKEN", shopify),
    ("square", "SQUARE_ACCESS_TOKEN", square),
    ("atlassian", "JIRA_API_TOKEN", atlassian),
    ("linear", "LINEAR_API_KEY", linear),
    ("notion", "NOTION_TOKEN", notion),
    ("figma", "FIGMA_TOKEN", figma),
    ("postman", "POSTMAN_API_KEY", postman),
    ("heroku", "HEROKU_API_KEY", heroku),
    ("okta", "OKTA_API_TOKEN", okta),
    ("pulumi", "PULUMI_ACCESS_TOKEN", pulumi),
    ("mapbox-secret", "MAPBOX_SECRET_TOKEN", mapbox_sk),
    ("jfrog-reference", "JFROG_ACCESS_TOKEN", jfrog_ref),
    ("onepassword-sa", "OP_SERVICE_ACCOUNT_TOKEN", onepassword_sa),
    ("buildkite", "BUILDKITE_API_TOKEN", buildkite),
    ("rubygems", "GEM_HOST_API_KEY", rubygems),
    ("nuget", "NUGET_API_KEY", nuget),
    ("tailscale", "TS_AUTHKEY", tailscale),
    ("supabase-mgmt", "SUPABASE_ACCESS_TOKEN", supabase_mgmt),
    ("supabase-service-jwt", "SUPABASE_SERVICE_ROLE_KEY", supabase_service),
    ("vercel", "VERCEL_TOKEN", vercel),
    ("launchdarkly", "LD_SDK_KEY", launchdarkly),
    ("dynatrace", "DT_API_TOKEN", dynatrace),
    ("azure-entra-secret", "AZURE_CLIENT_SECRET", azure_entra),
    ("chapa", "CHAPA_SECRET_KEY", chapa),
    ("flutterwave", "FLW_SECRET_KEY", flutterwave),
    ("paystack", "PAYSTACK_SECRET_KEY", paystack),
    ("khalti", "KHALTI_SECRET_KEY", khalti),
    ("sumup", "SUMUP_API_KEY", sumup),
    ("mapillary", "MAPILLARY_TOKEN", mapillary),
    ("nx-cloud", "NX_CLOUD_ACCESS_TOKEN", nxcloud),
    ("turso-jwt", "TURSO_AUTH_TOKEN", turso),
    ("cesium-ion-jwt", "CESIUM_ION_TOKEN", cesium),
    ("bakong-jwt", "BAKONG_TOKEN", bakong),
    ("replicate", "REPLICATE_API_TOKEN", replicate),
    ("render", "RENDER_API_KEY", render),
    ("planetscale", "PLANETSCALE_TOKEN", planetscale),
    ("infracost", "INFRACOST_API_KEY", infracost),
    ("prefect", "PREFECT_API_KEY", prefect),
]
SHAPE = {s[0]: s for s in SHAPES}

DISPLAY = {"github": "GitHub", "gitlab": "GitLab", "npm": "npm", "pypi": "PyPI", "age": "SOPS age", "google": "Google",
           "slack": "Slack", "stripe": "Stripe", "sendgrid": "SendGrid", "mailgun": "Mailgun", "docker": "Docker Hub",
           "vault": "Vault", "terraform": "Terraform Cloud", "doppler": "Doppler", "databricks": "Databricks",
           "digitalocean": "DigitalOcean", "openai": "OpenAI", "anthropic": "Anthropic", "huggingface": "Hugging Face",
           "groq": "Groq", "grafana": "Grafana", "sentry": "Sentry", "newrelic": "New Relic", "telegram": "Telegram bot",
           "discord": "Discord bot", "shopify": "Shopify", "square": "Square", "atlassian": "Jira", "linear": "Linear",
           "notion": "Notion", "figma": "Figma", "postman": "Postman", "heroku": "Heroku", "okta": "Okta",
           "pulumi": "Pulumi", "mapbox": "Mapbox", "jfrog": "Artifactory", "onepassword": "1Password",
           "buildkite": "Buildkite", "rubygems": "RubyGems", "nuget": "NuGet", "tailscale": "Tailscale",
           "supabase": "Supabase", "vercel": "Vercel", "launchdarkly": "LaunchDarkly", "dynatrace": "Dynatrace",
           "azure": "Azure", "chapa": "Chapa", "flutterwave": "Flutterwave", "paystack": "Paystack", "khalti": "Khalti",
           "sumup": "SumUp", "mapillary": "Mapillary", "nx": "Nx Cloud", "turso": "Turso", "cesium": "Cesium ion",
           "bakong": "Bakong", "replicate": "Replicate", "render": "Render", "planetscale": "PlanetScale",
           "infracost": "Infracost", "prefect": "Prefect", "aws": "AWS", "twilio": "Twilio", "alibaba": "Alibaba Cloud",
           "tencent": "Tencent Cloud", "monnify": "Monnify"}


def display(cat):
    return DISPLAY.get(cat.split("-")[0], cat.split("-")[0].capitalize())

# (category, id variable, secret variable, generator returning (id, secret))
PAIRS = [
    ("aws-key-pair", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", lambda r: (aws_id(r), aws_secret(r))),
    ("twilio-key-pair", "TWILIO_API_KEY", "TWILIO_API_SECRET", twilio_pair),
    ("alibaba-key-pair", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", alibaba_pair),
    ("tencent-key-pair", "TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", tencent_pair),
    ("monnify-key-pair", "MONNIFY_API_KEY", "MONNIFY_SECRET_KEY", monnify_pair),
]

# Providers' documented example values (negatives). Each is dealt to at most one theme per seed.
DOC_EXAMPLES = [
    ("aws-docs-example", "AKIAIOSFODNN7EXAMPLE", "AWS IAM user guide"),
    ("aws-docs-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS IAM user guide"),
    ("stripe-docs-example", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe API reference"),
    ("stripe-docs-example", "pk_test_TYooMQauvdEDq54NiTphI7jx", "Stripe API reference"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
                       "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt.io debugger"),
    ("rfc7519-example", "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0"
                        "dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
     "RFC 7519 section 3.1"),
    ("azurite-well-known-key", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
     "Azurite / storage emulator"),
    ("telegram-docs-example", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "Telegram Bot API docs"),
    ("github-docs-example", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "GitHub docs"),
    ("mailgun-docs-example", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0", "Mailgun docs"),
    ("stripe-test-card", "4242424242424242", "Stripe testing docs"),
    ("twilio-test-number", "+15005550006", "Twilio test credentials docs"),
]


def public_value(r, kind):
    """Values that are public by design (negatives)."""
    if kind == "stripe-publishable":
        return "pk_live_51" + _r(r, 97, ALNUM)
    if kind == "mapbox-public":
        return "pk." + b64u(json.dumps({"u": "maps" + str(r.randrange(10, 99)), "a": _r(r, 25, LOWER_ALNUM)},
                                       separators=(",", ":")).encode()) + "." + _r(r, 22, B64URL)
    if kind == "sentry-dsn":
        return "https://%s@o%d.ingest.sentry.io/%d" % (_r(r, 32, HEX), r.randrange(10 ** 5, 10 ** 6),
                                                       r.randrange(10 ** 6, 10 ** 7))
    if kind == "firebase-web-key":
        return "AIza" + _r(r, 35, B64URL)
    if kind == "ga4":
        return "G-" + _r(r, 10, UPPER_ALNUM)
    if kind == "twilio-account-sid":
        return "AC" + _r(r, 32, HEX)
    if kind == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), _r(r, 32, LOWER_ALNUM))
    if kind == "ccavenue-access-code":
        return "AV" + _r(r, 18, UPPER_ALNUM)
    if kind == "recaptcha-site-key":
        return "6L" + _r(r, 38, B64URL)
    raise KeyError(kind)


PUBLIC_KINDS = ["stripe-publishable", "mapbox-public", "sentry-dsn", "firebase-web-key", "ga4",
                "twilio-account-sid", "google-client-id", "recaptcha-site-key"]


def bad_checksum(r):
    """A ghp_ token whose CRC32 suffix is wrong, used as a labelled test fixture."""
    body = _r(r, 30, B62)
    good = crc32_b62(body)
    while True:
        bad = _r(r, 6, B62)
        if bad != good:
            return "ghp_" + body + bad


def uuid4(r):
    return _uuid(r)


def rand(r, n, alphabet=ALNUM):
    return _r(r, n, alphabet)
