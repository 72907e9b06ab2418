"""Provider token shapes (secrets-anchors.md), pairs, public-by-design values, documented examples, masks,
placeholders, references and hashes.  Every generator takes a random.Random."""

import string

import core37 as C
from core37 import ALNUM, B64URL, HEX, draw, hexs

LOW_NUM = string.ascii_lowercase + string.digits


def ghp(r):
    return C.crc_token("ghp_", r)


def gho(r):
    return C.crc_token("gho_", r)


def ghs(r):
    return C.crc_token("ghs_", r)


def npm(r):
    return C.crc_token("npm_", r)


def github_pat(r):
    return "github_pat_" + draw(r, ALNUM, 22) + "_" + draw(r, ALNUM, 59)


def glpat(r):
    return "glpat-" + draw(r, ALNUM + "-_", 20)


def gldt(r):
    return "gldt-" + draw(r, ALNUM + "-_", 20)


def pypi(r):
    ident = C.uuid4(r).encode()
    caveat = ('{"permissions": {"projects": ["%s"]}, "version": 1}' % r.choice(
        ["kiln-tools", "rack-sync", "ledger-client", "vat-monitor", "orders-api"])).encode()

    def field(t, data):
        return bytes([t, len(data)]) + data if len(data) < 128 else bytes([t]) + _varint(len(data)) + data
    raw = (b"\x02" + field(1, b"pypi.org") + field(2, ident) + b"\x00" + field(2, caveat) + b"\x00" + b"\x00"
           + field(6, C.rbytes(r, 32)))
    return "pypi-" + C.b64url_nopad(raw)


def _varint(n):
    out = b""
    while True:
        b = n & 0x7f
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def rubygems(r):
    return "rubygems_" + hexs(r, 48)


def dockerhub(r):
    return "dckr_pat_" + draw(r, B64URL, 27)


def google_api(r):
    return "AIza" + draw(r, B64URL, 35)


def google_oauth_secret(r):
    return "GOCSPX-" + draw(r, B64URL, 28)


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13), draw(r, ALNUM, 24))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (draw(r, string.ascii_uppercase + string.digits, 10),
                                                           draw(r, string.ascii_uppercase + string.digits, 10),
                                                           draw(r, ALNUM, 24))


def stripe_sk(r):
    return "sk_live_" + draw(r, ALNUM, r.choice([24, 99]))


def stripe_rk(r):
    return "rk_live_" + draw(r, ALNUM, 99)


def stripe_whsec(r):
    return "whsec_" + draw(r, ALNUM, 32)


def sendgrid(r):
    return "SG." + draw(r, B64URL, 22) + "." + draw(r, B64URL, 43)


def mailgun(r):
    return "key-" + hexs(r, 32)


def mailchimp(r):
    return hexs(r, 32) + "-us%d" % r.randint(1, 21)


def vault_hvs(r):
    return "hvs." + draw(r, B64URL, 91)


def tfc(r):
    return draw(r, ALNUM, 14) + ".atlasv1." + draw(r, ALNUM, 67)


def doppler(r):
    return "dp.st.%s.%s" % (r.choice(["prd", "stg", "dev"]), draw(r, ALNUM, 40))


def pulumi(r):
    return "pul-" + hexs(r, 40)


def databricks(r):
    return "dapi" + hexs(r, 32)


def digitalocean(r):
    return "dop_v1_" + hexs(r, 64)


def openai(r):
    return "sk-proj-" + draw(r, B64URL, 74) + "T3BlbkFJ" + draw(r, B64URL, 74)


def anthropic(r):
    return "sk-ant-api03-" + draw(r, B64URL, 93) + "AA"


def huggingface(r):
    return "hf_" + draw(r, string.ascii_letters, 34)


def groq(r):
    return "gsk_" + draw(r, ALNUM, 52)


def replicate(r):
    return "r8_" + draw(r, ALNUM, 37)


def openrouter(r):
    return "sk-or-v1-" + hexs(r, 64)


def linear(r):
    return "lin_api_" + draw(r, ALNUM, 40)


def figma(r):
    return "figd_" + draw(r, B64URL, 40)


def postman(r):
    return "PMAK-%s-%s" % (hexs(r, 24), hexs(r, 34))


def grafana_sa(r):
    return "glsa_%s_%s" % (draw(r, ALNUM, 32), hexs(r, 8))


def sentry_user(r):
    return "sntryu_" + hexs(r, 64)


def newrelic(r):
    return "NRAK-" + draw(r, string.ascii_uppercase + string.digits, 27)


def telegram(r):
    return "%d:AA%s" % (r.randint(10 ** 8, 10 ** 10 - 1), draw(r, B64URL, 33))


def discord(r):
    bot = str(r.randint(10 ** 17, 10 ** 19 - 1))
    return "%s.%s.%s" % (C.b64url_nopad(bot), draw(r, B64URL, 6), draw(r, B64URL, 38))


def atlassian(r):
    return "ATATT3xFfGF0" + draw(r, B64URL, 170) + "=" + hexs(r, 8).upper()


def okta(r):
    return "00" + draw(r, B64URL, 40)


def buildkite(r):
    return "bkua_" + hexs(r, 40)


def render(r):
    return "rnd_" + draw(r, ALNUM, 32)


def shopify(r):
    return "shpat_" + hexs(r, 32)


def square(r):
    return "EAAA" + draw(r, B64URL, 60)


def supabase(r):
    return "sbp_" + hexs(r, 40)


def azure_storage(r):
    return C.b64(C.rbytes(r, 64))


def age_key(r):
    return C.age_secret(r)


def twilio_pair(r):
    return "AC" + hexs(r, 32), hexs(r, 32)


def aws_pair(r):
    return "AKIA" + draw(r, C.B32, 16), draw(r, ALNUM + "+/", 40)


def alibaba_pair(r):
    return "LTAI5t" + draw(r, ALNUM, 18), draw(r, ALNUM, 30)


def tencent_pair(r):
    return "AKID" + draw(r, ALNUM, 32), draw(r, ALNUM, 32)


def b2_pair(r):
    return "005" + hexs(r, 22), "K005" + draw(r, ALNUM + "/+", 27)


def minio_pair(r):
    return draw(r, string.ascii_uppercase + string.digits, 20), draw(r, ALNUM, 40)


PROVIDERS = [  # (name used in prose, category, generator)
    ("GitHub", "github-pat", ghp), ("GitHub", "github-oauth", gho), ("GitHub", "github-fine-grained-pat", github_pat),
    ("GitLab", "gitlab-pat", glpat), ("npm", "npm-token", npm), ("PyPI", "pypi-token", pypi),
    ("RubyGems", "rubygems-key", rubygems), ("Docker Hub", "dockerhub-pat", dockerhub),
    ("Google Maps", "google-api-key", google_api), ("Slack", "slack-bot-token", slack_bot),
    ("Stripe", "stripe-secret-key", stripe_sk), ("SendGrid", "sendgrid-key", sendgrid),
    ("Mailgun", "mailgun-key", mailgun), ("Mailchimp", "mailchimp-key", mailchimp),
    ("Vault", "vault-token", vault_hvs), ("Terraform Cloud", "tfc-token", tfc), ("Doppler", "doppler-token", doppler),
    ("Pulumi", "pulumi-token", pulumi), ("Databricks", "databricks-token", databricks),
    ("DigitalOcean", "digitalocean-token", digitalocean), ("OpenAI", "openai-key", openai),
    ("Anthropic", "anthropic-key", anthropic), ("Hugging Face", "huggingface-token", huggingface),
    ("Groq", "groq-key", groq), ("Replicate", "replicate-token", replicate), ("OpenRouter", "openrouter-key", openrouter),
    ("Linear", "linear-key", linear), ("Figma", "figma-token", figma), ("Postman", "postman-key", postman),
    ("Grafana", "grafana-sa-token", grafana_sa), ("Sentry", "sentry-user-token", sentry_user),
    ("New Relic", "newrelic-key", newrelic), ("Telegram", "telegram-bot-token", telegram),
    ("Discord", "discord-bot-token", discord), ("Atlassian", "atlassian-token", atlassian),
    ("Okta", "okta-token", okta), ("Buildkite", "buildkite-token", buildkite), ("Render", "render-key", render),
    ("Shopify", "shopify-token", shopify), ("Square", "square-token", square), ("Supabase", "supabase-token", supabase),
]

# ------------------------------------------------------------------ documented examples (negatives, with cite)
EXAMPLES = [
    ("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id", "AWS IAM documentation example access key ID"),
    ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example-secret", "AWS IAM documentation example secret"),
    ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIy"
     "fQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt-io-example", "jwt.io debugger default token"),
    ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "azurite-key",
     "Azurite well-known development storage key"),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-docs-test-key", "Stripe API reference sample test key"),
    ("1x0000000000000000000000000000000AA", "turnstile-test-secret", "Cloudflare Turnstile dummy secret (always passes)"),
    ("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "recaptcha-test-secret", "Google reCAPTCHA v2 test secret key"),
    ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "slack-docs-webhook",
     "Slack incoming-webhook documentation URL"),
]


def public_value(r, kind=None):
    """Public-by-design values: (value, category, cite)."""
    kinds = ["pk_live", "mapbox", "sentry_dsn", "google_client_id", "posthog", "turnstile_site", "sb_publishable"]
    k = kind or r.choice(kinds)
    if k == "pk_live":
        return "pk_live_" + draw(r, ALNUM, 99), "stripe-publishable-key", "Stripe publishable keys are public"
    if k == "mapbox":
        return ("pk.eyJ1Ijoi%s" % draw(r, B64URL, 20) + "." + draw(r, B64URL, 22), "mapbox-public-token",
                "Mapbox pk. tokens are meant for browsers")
    if k == "sentry_dsn":
        return ("https://%s@o%d.ingest.sentry.io/%d" % (hexs(r, 32), r.randint(100000, 999999), r.randint(1000000, 9999999)),
                "sentry-dsn", "Sentry DSNs are public client keys")
    if k == "google_client_id":
        return ("%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), draw(r, LOW_NUM, 32)),
                "google-oauth-client-id", "OAuth client IDs are public")
    if k == "posthog":
        return "phc_" + draw(r, ALNUM, 43), "posthog-project-key", "PostHog project API keys are public"
    if k == "turnstile_site":
        return "0x4AAAAAAA" + draw(r, ALNUM + "-_", 14), "turnstile-site-key", "Turnstile site keys are public"
    return "sb_publishable_" + draw(r, ALNUM + "-_", 31), "supabase-publishable-key", "publishable keys are public"


# ------------------------------------------------------------------ masks, placeholders, references, hashes
def masked(r, token):
    k = r.randrange(5)
    if k == 0:
        return token[:4] + "…" + token[-4:]
    if k == 1:
        return "****" + token[-4:]
    if k == 2:
        return token[:8] + "..." + token[-3:]
    if k == 3:
        return "•" * 12
    return "[REDACTED]"


PLACEHOLDERS = ["changeme", "<password>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "<your-token-here>",
                "TODO-set-me", "<choose-a-password>", "your-secret-here", "********"]


def reference(r, name, kind=None):
    up = name.upper().replace("-", "_").replace(".", "_")
    lo = name.lower().replace("_", "-")
    opts = {
        "env": "${%s}" % up, "dollar": "$%s" % up, "jinja": "{{ vault_%s }}" % lo.replace("-", "_"),
        "gha": "${{ secrets.%s }}" % up, "op": "op://Ops/%s/password" % lo, "bw": "bw://ops/%s" % lo,
        "vault": "vault:secret/data/%s#value" % lo,
        "arn": "arn:aws:secretsmanager:eu-west-1:%d:secret:%s-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), lo,
                                                                      draw(r, ALNUM, 6)),
        "file": "$(cat /run/secrets/%s)" % lo.replace("-", "_"), "pass": "$(pass show ops/%s)" % lo,
    }
    return opts[kind or r.choice(sorted(opts))]


def bcrypt(r):
    return "$2b$12$" + draw(r, string.ascii_letters + string.digits + "./", 53)


def sha512crypt(r):
    return "$6$" + draw(r, ALNUM + "./", 16) + "$" + draw(r, ALNUM + "./", 86)


def argon2(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (draw(r, ALNUM + "+/", 22), draw(r, ALNUM + "+/", 43))


def hash_value(r):
    k = r.randrange(3)
    return [bcrypt, sha512crypt, argon2][k](r), ["bcrypt-hash", "sha512crypt-hash", "argon2-hash"][k]


def ssh_fp(r):
    return "SHA256:" + draw(r, ALNUM + "+/", 43)


def commit_sha(r):
    return hexs(r, 40)


def wrong_crc(r, prefix):
    return C.crc_broken(prefix, r)


def truncated_ghp(r):
    return C.crc_token("ghp_", r)[:r.randint(24, 34)]


__all__ = ["PROVIDERS", "EXAMPLES", "HEX"]
