"""Provider token shapes (documented prefixes, lengths, checksums), pairs, public-by-design values,
documented examples, masks, placeholders, references and hashes."""
import base64
import hashlib
import json
import struct

from core36 import (B32, B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64u, crc_tail, gh_token, jwt, rbytes,
                    rhex, rs, ruuid)

AN = UPPER + LOWER + DIGITS


def _pypi(r, project=None):
    ident = ruuid(r).encode()
    style = r.randrange(3) if project else 0
    cav = [json.dumps({"version": 1, "permissions": "user"}),
           json.dumps({"version": 1, "permissions": {"projects": [project]}}),
           json.dumps([1, [project]])][style].encode()

    def field(t, data):
        return bytes([t]) + _varint(len(data)) + data
    mac = bytes([2]) + field(1, b"pypi.org") + field(2, ident) + b"\x00" + field(2, cav) + b"\x00" + b"\x00" \
        + field(6, rbytes(r, 32))
    return "pypi-" + b64u(mac)


def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def pypi_ok(tok):
    s = tok[5:]
    raw = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    return raw[:11] == b"\x02\x01\x08pypi.org"


def azure_key(r):
    return b64(rbytes(r, 64))


def aws_pair(r, temp=False):
    kid = ("ASIA" if temp else "AKIA") + rs(r, 16, B32)
    sec = rs(r, 40, UPPER + LOWER + DIGITS + "+/")
    return kid, sec


def twilio_pair(r):
    return "AC" + rhex(r, 32), rhex(r, 32)


def slack_bot(r):
    return "xoxb-%s-%s-%s" % (rs(r, 12, DIGITS), rs(r, 13, DIGITS), rs(r, 24, AN))


def slack_user(r):
    return "xoxp-%s-%s-%s-%s" % (rs(r, 12, DIGITS), rs(r, 12, DIGITS), rs(r, 13, DIGITS), rhex(r, 32))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, UPPER + DIGITS), rs(r, 10, UPPER + DIGITS),
                                                           rs(r, 24, AN))


def stripe_sk(r, kind="sk"):
    return "%s_live_51%s" % (kind, rs(r, 97, AN))


def stripe_whsec(r):
    return "whsec_" + rs(r, 32, AN)


def sendgrid(r):
    return "SG.%s.%s" % (rs(r, 22, B64URL), rs(r, 43, B64URL))


def mailgun(r):
    return "key-" + rhex(r, 32)


def openai(r):
    return "sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL)


def anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, B64URL) + "AA"


def hf(r):
    return "hf_" + rs(r, 34, UPPER + LOWER)


def gitlab(r):
    return "glpat-" + rs(r, 20, AN + "-_")


def npm(r):
    return gh_token(r, "npm_")


def ghp(r, prefix="ghp_"):
    return gh_token(r, prefix)


def github_fine(r):
    return "github_pat_11%s_%s" % (rs(r, 20, UPPER + DIGITS), rs(r, 59, AN))


def google_api(r):
    return "AIza" + rs(r, 35, AN + "-_")


def gocspx(r):
    return "GOCSPX-" + rs(r, 28, AN + "-_")


def telegram(r):
    return "%s:AA%s" % (rs(r, 10, DIGITS).lstrip("0") or "7", rs(r, 33, AN + "-_"))


def discord(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 9))
    return "%s.%s.%s" % (b64u(uid.encode()), rs(r, 6, AN + "-_"), rs(r, 38, AN + "-_"))


def dop(r):
    return "dop_v1_" + rhex(r, 64)


def hvs(r):
    return "hvs." + rs(r, 91, AN + "-_")


def doppler(r):
    return "dp.st.prd." + rs(r, 43, AN)


def databricks(r):
    return "dapi" + rhex(r, 32)


def pulumi(r):
    return "pul-" + rhex(r, 40)


def shopify(r):
    return "shpat_" + rhex(r, 32)


def sentry_user(r):
    return "sntryu_" + rhex(r, 64)


def grafana_sa(r):
    return "glsa_%s_%s" % (rs(r, 32, AN), rhex(r, 8))


def linear(r):
    return "lin_api_" + rs(r, 40, AN)


def notion(r):
    return "ntn_" + rs(r, 46, AN)


def figma(r):
    return "figd_" + rs(r, 40, AN + "-_")


def postman(r):
    return "PMAK-%s-%s" % (rhex(r, 24), rhex(r, 34))


def newrelic(r):
    return "NRAK-" + rs(r, 27, UPPER + DIGITS)


def dockerhub(r):
    return "dckr_pat_" + rs(r, 27, AN + "-_")


def rubygems(r):
    return "rubygems_" + rhex(r, 48)


def cloudflare(r):
    return "cfut_" + rs(r, 40, AN) + rhex(r, 8)


def supabase_secret(r):
    return "sb_secret_" + rs(r, 31, AN + "-_")


def groq(r):
    return "gsk_" + rs(r, 52, AN)


def replicate(r):
    return "r8_" + rs(r, 37, AN)


def openrouter(r):
    return "sk-or-v1-" + rhex(r, 64)


def okta(r):
    return "00" + rs(r, 40, AN + "-_")


def atlassian(r):
    return "ATATT3xFfGF0" + rs(r, 170, AN + "-_") + "=" + rhex(r, 8).upper()


def age_key(r):
    from core36 import bech32_encode
    return bech32_encode("age-secret-key-", list(rbytes(r, 32))).upper()


def age_recipient(r):
    from core36 import bech32_encode
    return bech32_encode("age", list(rbytes(r, 32)))


def buildkite(r):
    return "bkua_" + rhex(r, 40)


def render(r):
    return "rnd_" + rs(r, 32, AN)


def prefect(r):
    return "pnu_" + rs(r, 36, AN)


def square(r):
    return "EAAA" + rs(r, 60, AN + "-_")


def vercel(r):
    return "vcp_" + rs(r, 56, AN)


def mailchimp(r):
    return rhex(r, 32) + "-us" + str(r.randint(2, 21))


def alibaba_pair(r):
    return "LTAI5t" + rs(r, 18, AN), rs(r, 30, AN)


def tencent_pair(r):
    return "AKID" + rs(r, 32, AN), rs(r, 32, AN)


def b2_pair(r):
    return "005" + rhex(r, 22), "K005" + rs(r, 27, AN + "+/")


# name -> (function, category, label used in prose)
TOKENS = {
    "github": (ghp, "github-pat", "GitHub"),
    "github-oauth": (lambda r: ghp(r, "gho_"), "github-oauth-token", "GitHub OAuth"),
    "github-app": (lambda r: ghp(r, "ghs_"), "github-app-token", "GitHub App"),
    "github-fine": (github_fine, "github-fine-grained-pat", "GitHub"),
    "gitlab": (gitlab, "gitlab-pat", "GitLab"),
    "npm": (npm, "npm-token", "npm"),
    "pypi": (_pypi, "pypi-token", "PyPI"),
    "slack-bot": (slack_bot, "slack-bot-token", "Slack"),
    "slack-user": (slack_user, "slack-user-token", "Slack"),
    "stripe": (stripe_sk, "stripe-secret-key", "Stripe"),
    "stripe-rk": (lambda r: stripe_sk(r, "rk"), "stripe-restricted-key", "Stripe"),
    "sendgrid": (sendgrid, "sendgrid-key", "SendGrid"),
    "mailgun": (mailgun, "mailgun-key", "Mailgun"),
    "mailchimp": (mailchimp, "mailchimp-key", "Mailchimp"),
    "openai": (openai, "openai-key", "OpenAI"),
    "anthropic": (anthropic, "anthropic-key", "Anthropic"),
    "hf": (hf, "huggingface-token", "Hugging Face"),
    "google": (google_api, "google-api-key", "Google Maps"),
    "telegram": (telegram, "telegram-bot-token", "Telegram"),
    "discord": (discord, "discord-bot-token", "Discord"),
    "do": (dop, "digitalocean-token", "DigitalOcean"),
    "vault": (hvs, "vault-token", "Vault"),
    "doppler": (doppler, "doppler-token", "Doppler"),
    "databricks": (databricks, "databricks-token", "Databricks"),
    "pulumi": (pulumi, "pulumi-token", "Pulumi"),
    "shopify": (shopify, "shopify-token", "Shopify"),
    "sentry": (sentry_user, "sentry-token", "Sentry"),
    "grafana": (grafana_sa, "grafana-token", "Grafana"),
    "linear": (linear, "linear-key", "Linear"),
    "notion": (notion, "notion-token", "Notion"),
    "figma": (figma, "figma-token", "Figma"),
    "postman": (postman, "postman-key", "Postman"),
    "newrelic": (newrelic, "newrelic-key", "New Relic"),
    "dockerhub": (dockerhub, "dockerhub-token", "Docker Hub"),
    "rubygems": (rubygems, "rubygems-key", "RubyGems"),
    "cloudflare": (cloudflare, "cloudflare-token", "Cloudflare"),
    "supabase": (supabase_secret, "supabase-secret", "Supabase"),
    "groq": (groq, "groq-key", "Groq"),
    "replicate": (replicate, "replicate-token", "Replicate"),
    "openrouter": (openrouter, "openrouter-key", "OpenRouter"),
    "okta": (okta, "okta-token", "Okta"),
    "atlassian": (atlassian, "atlassian-token", "Jira"),
    "age": (age_key, "age-secret-key", "age"),
    "buildkite": (buildkite, "buildkite-token", "Buildkite"),
    "render": (render, "render-key", "Render"),
    "prefect": (prefect, "prefect-key", "Prefect"),
    "square": (square, "square-token", "Square"),
    "vercel": (vercel, "vercel-token", "Vercel"),
    "azure-storage": (azure_key, "azure-storage-key", "Azure storage"),
}
TOKEN_NAMES = list(TOKENS)

PAIRS = {
    "aws": (aws_pair, "aws-access-key", "AWS"),
    "twilio": (twilio_pair, "twilio-auth-token", "Twilio"),
    "alibaba": (alibaba_pair, "alibaba-access-key", "Alibaba Cloud"),
    "tencent": (tencent_pair, "tencent-secret-key", "Tencent Cloud"),
    "b2": (b2_pair, "backblaze-b2-key", "Backblaze B2"),
}
PAIR_NAMES = list(PAIRS)


def gcp_sa_json(r, key_pem, project, email_user):
    """Returns (list of lines, private_key_id, escaped private key as shown)."""
    kid = rhex(r, 40)
    pk = key_pem.replace("\n", "\\n") + "\\n"
    client_id = str(r.randrange(10 ** 20, 10 ** 21))
    email = "%s@%s.iam.gserviceaccount.com" % (email_user, project)
    lines = [
        "{",
        '  "type": "service_account",',
        '  "project_id": "%s",' % project,
        '  "private_key_id": "%s",' % kid,
        '  "private_key": "%s",' % pk,
        '  "client_email": "%s",' % email,
        '  "client_id": "%s",' % client_id,
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token",',
        '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
        '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",' % email.replace("@", "%40"),
        '  "universe_domain": "googleapis.com"',
        "}",
    ]
    return lines, kid, pk


# ---------------------------------------------------------------- negatives
DOC_EXAMPLES = [
    # (value, category, cite)
    ("AKIAIOSFODNN7EXAMPLE", "documented-example", "AWS IAM docs example access key ID"),
    ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "documented-example", "AWS IAM docs example secret key"),
    ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
     "documented-example", "jwt.io debugger sample token"),
    ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
     "documented-example", "Azurite well-known development account key"),
    ("1x0000000000000000000000000000000AA", "documented-example", "Cloudflare Turnstile always-passes test secret"),
    ("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "documented-example", "Google reCAPTCHA v2 test secret key"),
    ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "documented-example",
     "Slack docs incoming-webhook example"),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "documented-example", "Stripe docs sample test key"),
]


def public_value(r, which):
    if which == "stripe-pk":
        return "pk_live_51" + rs(r, 97, AN), "stripe publishable key"
    if which == "mapbox":
        return "pk." + b64u(json.dumps({"u": rs(r, 8, LOWER), "a": rs(r, 25, AN)}, separators=(",", ":")).encode()) + "." + rs(r, 22, AN + "-_"), "Mapbox public token"
    if which == "sentry-dsn":
        return "https://%s@o%d.ingest.sentry.io/%d" % (rhex(r, 32), r.randrange(100000, 999999), r.randrange(1000000, 9999999)), "Sentry DSN"
    if which == "google-client-id":
        return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rs(r, 32, LOWER + DIGITS)), "Google OAuth client ID"
    if which == "posthog":
        return "phc_" + rs(r, 43, AN), "PostHog project key"
    if which == "turnstile-site":
        return "0x4AAAAAAA" + rs(r, 14, AN + "-_"), "Turnstile site key"
    if which == "supabase-pub":
        return "sb_publishable_" + rs(r, 31, AN + "-_"), "Supabase publishable key"
    raise ValueError(which)


PUBLIC_KINDS = ["stripe-pk", "mapbox", "sentry-dsn", "google-client-id", "posthog", "turnstile-site", "supabase-pub"]


def mask(r, token):
    style = r.randrange(6)
    if style == 0:
        return token[:4] + "…" + token[-4:]
    if style == 1:
        return "****" + token[-4:]
    if style == 2:
        i = token.find("_") + 1 if "_" in token[:12] else 4
        return token[:i] + "..." + token[-5:]
    if style == 3:
        return token[:6] + "•" * 12
    if style == 4:
        return "[REDACTED]"
    return token[:3] + "*" * 20 + token[-2:]


PLACEHOLDERS = ["changeme", "<password>", "YOUR_API_KEY", "REPLACE_ME", "<choose-one>", "xxxxxxxxxxxxxxxx",
                "CHANGE_ME_BEFORE_DEPLOY", "<your-token-here>", "TODO-set-in-vault", "example-password",
                "<secret>", "your_secret_here", "********", "<db-password>", "PUT-KEY-HERE"]


def reference(r, name=None):
    name = name or r.choice(["DB_PASSWORD", "API_TOKEN", "SMTP_PASS", "MQTT_PASSWORD", "APP_SECRET"])
    style = r.randrange(11)
    return [
        "${%s}" % name, "$%s" % name, "%%%s%%" % name, "{{ %s }}" % name.lower(),
        "${{ secrets.%s }}" % name, "op://ops/%s/password" % name.lower().replace("_", "-"),
        "bw://%s" % ruuid(r), "vault:secret/data/ops#%s" % name.lower(),
        "arn:aws:secretsmanager:eu-central-1:%d:secret:%s-%s" % (r.randrange(10 ** 11, 10 ** 12), name.lower(), rs(r, 6, AN)),
        "$(cat /run/secrets/%s)" % name.lower(), "{{ vault \"kv/%s\" }}" % name.lower(),
    ][style]


def sha256_hex(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def sha1_hex(r):
    return hashlib.sha1(rbytes(r, 20)).hexdigest()


def md5_hex(r):
    return hashlib.md5(rbytes(r, 16)).hexdigest()


def bcrypt_like(r):
    return "$2b$12$" + rs(r, 53, "./" + UPPER + LOWER + DIGITS)


def sha512crypt(r):
    return "$6$" + rs(r, 16, "./" + AN) + "$" + rs(r, 86, "./" + AN)


def argon2(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="))


def scram(r):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(rbytes(r, 16)), b64(rbytes(r, 32)), b64(rbytes(r, 32)))


def image_digest(r):
    return "sha256:" + sha256_hex(r)


def wrong_crc(r, prefix="ghp_"):
    """A gh?_ token whose CRC32 tail is deliberately wrong."""
    body = rs(r, 30)
    good = crc_tail(body)
    while True:
        bad = rs(r, 6)
        if bad != good:
            return prefix + body + bad
