"""Value generators: passwords, provider shapes, documented examples, hashes, masks, references (thirty-eighth)."""
import base64
import hashlib
import json
import string

from core38 import (ALNUM, B64, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, b64, b64u, crc_token, jwt_hs256, rbytes,
                    rhex, rs, ruuid)

SYMS = "!#%*+-.=?@^_~"
WORDS = ["river", "mango", "copper", "lantern", "pepper", "harbor", "cobalt", "meadow", "falcon", "thunder",
         "maple", "saffron", "granite", "willow", "ember", "orchid", "marble", "canyon", "juniper", "quartz",
         "velvet", "tundra", "basalt", "cedar", "nectar", "pebble", "monsoon", "walrus", "ginkgo", "sable"]


def pw_strong(r):
    n = r.randrange(14, 23)
    while True:
        s = rs(r, ALNUM + SYMS, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c in SYMS for c in s):
            return s


def pw_human(r, words):
    w = r.choice(words + WORDS)
    return w.capitalize() + str(r.randrange(1960, 2026)) + r.choice("!@#$*?")


def pw_leet(r, words):
    w = r.choice(words + WORDS)
    t = str.maketrans({"a": "@", "e": "3", "i": "1", "o": "0", "s": "$"})
    return w.capitalize().translate(t) + r.choice(["_", "!", "#", ""]) + str(r.randrange(10, 99))


def pw_phrase(r, words):
    sep = r.choice("-._")
    parts = r.sample(words + WORDS, 3)
    return sep.join(parts) + sep + str(r.randrange(10, 999))


def pw_weak(r, words):
    return r.choice(words) + str(r.randrange(1000, 9999))


def password(r, theme, style=None, native=None):
    style = style or r.choice(["strong", "strong", "human", "leet", "phrase", "weak", "native"])
    w = theme["words"]
    if style == "strong":
        return pw_strong(r)
    if style == "human":
        return pw_human(r, w)
    if style == "leet":
        return pw_leet(r, w)
    if style == "phrase":
        return pw_phrase(r, w)
    if style == "weak":
        return pw_weak(r, w)
    if native:
        return native(r)
    return pw_strong(r)


def door_code(r):
    return "".join(r.choice(string.digits) for _ in range(r.choice([4, 5, 6, 6])))


def pin(r):
    return "".join(r.choice(string.digits) for _ in range(r.choice([4, 6])))


def wifi_key(r, theme):
    c = r.random()
    if c < 0.4:
        return pw_phrase(r, theme["words"])
    if c < 0.7:
        return pw_human(r, theme["words"])
    return rs(r, ALNUM, r.choice([10, 12, 16]))


def backup_phrase(r, theme, native_word=None):
    ws = r.sample(WORDS + theme["words"], r.choice([4, 5]))
    if native_word:
        ws[r.randrange(len(ws))] = native_word
    return " ".join(ws)


# ---------------------------------------------------------------- provider tokens used in prose and common files
def ghp(r, prefix="ghp_"):
    return crc_token(prefix, rs(r, ALNUM, 30))


def npm(r):
    return crc_token("npm_", rs(r, ALNUM, 30))


def github_pat(r):
    return "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)


def glpat(r):
    return "glpat-" + rs(r, ALNUM + "_-", 20)


def slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randrange(10 ** 10, 10 ** 11), r.randrange(10 ** 12, 10 ** 13), rs(r, ALNUM, 24))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPPER_ALNUM, 8), rs(r, UPPER_ALNUM, 10),
                                                           rs(r, ALNUM, 24))


def stripe_sk(r):
    return "sk_live_" + rs(r, ALNUM, 99)


def sendgrid(r):
    return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)


def mailgun(r):
    return "key-" + rhex(r, 32)


def openai(r):
    return "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def anthropic(r):
    return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"


def hf(r):
    return "hf_" + rs(r, string.ascii_letters, 34)


def telegram(r):
    return "%d:AA%s" % (r.randrange(10 ** 9, 8 * 10 ** 9), rs(r, B64URL, 33))


def google_key(r):
    return "AIza" + rs(r, B64URL, 35)


def dop(r):
    return "dop_v1_" + rhex(r, 64)


def aws_pair(r):
    return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), rs(r, B64[:-2] + "/+", 40)


def twilio_pair(r):
    return "AC" + rhex(r, 32), rhex(r, 32)


def jwt(r, iss, sub, extra=None):
    payload = {"iss": iss, "sub": sub, "iat": 1700000000 + r.randrange(10 ** 7)}
    payload.update(extra or {})
    return jwt_hs256({"alg": "HS256", "typ": "JWT"}, payload, rbytes(r, 32))


def session_secret(r):
    return rs(r, ALNUM, r.choice([32, 48, 64]))


PROSE_TOKENS = [("GitHub", lambda r: ghp(r)), ("GitHub", lambda r: github_pat(r)), ("GitLab", glpat),
                ("Slack", slack_bot), ("Stripe", stripe_sk), ("SendGrid", sendgrid), ("Mailgun", mailgun),
                ("OpenAI", openai), ("Anthropic", anthropic), ("Hugging Face", hf), ("Telegram", telegram),
                ("Google Maps", google_key), ("DigitalOcean", dop), ("npm", npm)]

# ---------------------------------------------------------------- documented examples (negatives, with a cite)
DOC_EXAMPLES = [
    ("aws-docs-example-key-id", "AKIAIOSFODNN7EXAMPLE", "AWS IAM documentation example access key ID"),
    ("aws-docs-example-secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS documentation example secret key"),
    ("jwt-io-example", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "jwt.io debugger default token"),
    ("stripe-docs-test-key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe API reference sample test key"),
    ("turnstile-test-secret", "1x0000000000000000000000000000000AA", "Cloudflare Turnstile testing secret (always passes)"),
    ("recaptcha-test-secret", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "Google reCAPTCHA v2 test secret key"),
    ("slack-docs-webhook", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "Slack incoming-webhooks documentation example"),
    ("azurite-key", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "Azurite emulator well-known account key"),
]

PLACEHOLDERS = ["changeme", "<password>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "<your-token-here>",
                "********", "TODO-set-me", "<insert-secret>", "your-secret-here"]


def bcrypt_hash(r):
    return "$2b$12$" + rs(r, string.ascii_letters + string.digits + "./", 53)


def sha512crypt(r):
    return "$6$" + rs(r, ALNUM + "./", 16) + "$" + rs(r, ALNUM + "./", 86)


def argon2(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="))


def sha256(r):
    return rhex(r, 64)


def sha1(r):
    return rhex(r, 40)


def md5(r):
    return rhex(r, 32)


def mask(r, tok):
    c = r.randrange(4)
    if c == 0:
        return tok[:4] + "…" + tok[-4:]
    if c == 1:
        return "****" + tok[-4:]
    if c == 2:
        return tok[:7] + "..." + tok[-3:]
    return "•" * 8 + tok[-4:]


def reference(r, name):
    c = r.randrange(8)
    low = name.lower().replace("_", "-")
    return ["${%s}" % name, "$%s" % name, "{{ vault_%s }}" % name.lower(), "op://ops/%s/credential" % low,
            "bw://ops/%s" % low, "vault:secret/data/%s#value" % low,
            "arn:aws:secretsmanager:eu-west-1:%d:secret:%s-%s" % (r.randrange(10 ** 11, 10 ** 12), low, rs(r, ALNUM, 6)),
            "$(pass show ops/%s)" % low][c]


def ssh_fp(r):
    return "SHA256:" + b64(rbytes(r, 32)).rstrip("=")
