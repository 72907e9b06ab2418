"""Random values: provider-shaped tokens, human-style passwords, names, hashes and look-alikes.

All shapes come from the providers' public documentation (or, where marked '~' in the README,
from observed formats). Every value is drawn from the seeded RNG passed in.
"""

import base64
import binascii
import hashlib
import json
import string

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BCRYPT64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n, width=6):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def crc_ok(token):
    """GitHub/npm checksum: last 6 = base62(CRC32(30-char random part))."""
    body = token.split("_")[-1]
    if len(body) != 36:
        return False
    return base62(binascii.crc32(body[:30].encode())) == body[30:]


def b64u_json(d):
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


class V:
    def __init__(self, rng):
        self.r = rng

    # ---------------------------------------------------------- primitives
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chars(self, alphabet, n):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def alnum(self, n):
        return self.chars(ALNUM, n)

    def hex(self, n):
        return self.chars(HEX, n)

    def HEX(self, n):
        return self.hex(n).upper()

    def lower(self, n):
        return self.chars(string.ascii_lowercase + string.digits, n)

    def upper(self, n):
        return self.chars(string.ascii_uppercase + string.digits, n)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.chars(string.digits, n - 1)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.rbytes(nbytes)).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # ---------------------------------------------------------- checksummed
    def gh(self, prefix="ghp_"):
        body = self.chars(B62, 30)
        return prefix + body + base62(binascii.crc32(body.encode()))

    def gh_bad(self, prefix="ghp_"):
        while True:
            t = self.gh(prefix)
            t = t[:-1] + self.pick([c for c in B62 if c != t[-1]])
            if not crc_ok(t):
                return t

    def npm(self):
        return self.gh("npm_")

    # ---------------------------------------------------------- JWT
    def jwt(self, payload, alg="HS256", sig_bytes=32):
        h = b64u_json({"alg": alg, "typ": "JWT"})
        return "%s.%s.%s" % (h, b64u_json(payload), self.b64url(sig_bytes))

    # ---------------------------------------------------------- human values
    FIRST = ["maria", "james", "aisha", "tomas", "li", "priya", "oskar", "fatima", "diego", "hannah", "kwame",
             "ines", "yuki", "ravi", "sofia", "mateo", "olga", "sean", "amara", "lukas", "chen", "nadia", "pedro",
             "grace", "emeka", "ingrid", "arjun", "zoe", "kofi", "lena", "marco", "rosa", "dmitri", "eva", "samir"]
    LAST = ["okafor", "lindqvist", "garcia", "nakamura", "patel", "oconnor", "mensah", "kowalski", "haddad", "silva",
            "brennan", "fischer", "tanaka", "adeyemi", "moreau", "rossi", "novak", "ibrahim", "larsen", "chavez",
            "walsh", "nguyen", "schmidt", "mwangi", "dubois", "costa", "petrov", "kaur", "berg", "ortiz"]
    WORDS = ["Harbor", "Granite", "Falcon", "Copper", "Maple", "Summit", "Orbit", "Cobalt", "Willow", "Tundra",
             "Ember", "Juniper", "Basalt", "Meadow", "Pylon", "Quartz", "Raven", "Saffron", "Thistle", "Voyage",
             "Walnut", "Zephyr", "Anchor", "Bramble", "Cedar", "Delta", "Fjord", "Glacier", "Hopper", "Ironwood",
             "Kestrel", "Lantern", "Mistral", "Nebula", "Otter", "Pelican", "Quill", "Rook", "Sable", "Timber"]
    SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Fall"]

    def first(self):
        return self.pick(self.FIRST)

    def last(self):
        return self.pick(self.LAST)

    def person(self):
        return "%s %s" % (self.first().capitalize(), self.last().capitalize())

    def user(self):
        f, l = self.first(), self.last()
        return self.pick(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s" % (f, l[:3]), "%s%d" % (l, self.r.randint(1, 99))])

    def password(self, style=None, safe=True):
        """Human-style passwords. safe=True avoids quotes, backslash, $, #, %, @, :, spaces, ; and &."""
        st = style or self.pick(["word", "word", "season", "phrase", "strong", "strong", "leet", "company"])
        sym = "!*-_.+=^~" if safe else "!*-_.+=^~@#$%&"
        w = self.pick(self.WORDS)
        if st == "word":
            return w + self.pick(["", self.pick(self.WORDS).lower()]) + str(self.r.randint(10, 9999)) + self.pick(sym[:5])
        if st == "season":
            return self.pick(self.SEASONS) + str(self.r.randint(2019, 2026)) + self.pick("!*.")
        if st == "phrase":
            return "-".join(self.pick(self.WORDS).lower() for _ in range(self.r.randint(3, 4))) + str(self.r.randint(1, 99))
        if st == "leet":
            t = w.replace("a", "@" if not safe else "4").replace("o", "0").replace("e", "3").replace("i", "1")
            return t + self.pick(sym[:5]) + str(self.r.randint(100, 999))
        if st == "company":
            return self.pick(["Welcome", "Passw0rd", "Changeme", "Letmein", "Admin"]) + str(self.r.randint(1, 999)) + self.pick("!*.#" if not safe else "!*.")
        if st == "upper8":
            return self.chars(string.ascii_uppercase, 1) + self.chars(string.ascii_uppercase + string.digits, 7)
        if st == "hexkey":
            return self.hex(32)
        # strong
        n = self.r.randint(14, 24)
        al = ALNUM + sym
        while True:
            p = self.chars(al, n)
            if any(c.isdigit() for c in p) and any(c.isalpha() for c in p) and p[0].isalnum():
                return p

    def strong(self, n=20):
        return self.password("strong") if n is None else self.chars(ALNUM, n)

    def host(self, dom):
        return "%s%02d.%s" % (self.pick(["app", "db", "sql", "srv", "node", "mq", "web", "ops", "edge"]),
                              self.r.randint(1, 40), dom)

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randint(0, 254), self.r.randint(0, 254), self.r.randint(2, 250))

    # ---------------------------------------------------------- negatives: hashes and digests
    def bcrypt(self):
        return "$2b$%02d$" % self.pick([10, 11, 12]) + self.chars(BCRYPT64, 53)

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64(16).rstrip("="), self.b64(32).rstrip("="))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.chars(CRYPT64, 16), self.chars(CRYPT64, 86))

    def md5crypt(self):
        return "$1$%s$%s" % (self.chars(CRYPT64, 8), self.chars(CRYPT64, 22))

    def apr1(self):
        return "$apr1$%s$%s" % (self.chars(CRYPT64, 8), self.chars(CRYPT64, 22))

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (self.b64(16), self.b64(32), self.b64(32))

    def pbkdf2_django(self):
        return "pbkdf2_sha256$870000$%s$%s" % (self.alnum(22), self.b64(32))

    def ssha(self):
        return "{SSHA}" + self.b64(24)

    def mysql_native(self):
        return "*" + self.HEX(40)

    def sha256(self):
        return self.hex(64)

    def sha1(self):
        return self.hex(40)

    def md5(self):
        return self.hex(32)

    def sri(self):
        return "sha384-" + self.b64(48)

    def digest(self):
        return "sha256:" + self.hex(64)

    # ---------------------------------------------------------- encrypted blobs (negatives)
    def vault_cipher(self):
        return "vault:v1:" + self.b64(48)

    def ansible_vault_lines(self):
        body = self.hex(64 * 5)
        return ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)]

    def kms_blob(self):
        return "AQICAHh" + self.b64(120)

    def jasypt(self):
        return "ENC(" + self.b64(32) + ")"

    def sops(self):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (self.b64(18), self.b64(32), self.b64(16))


# ------------------------------------------------------------------------------ providers
# (id, setting name, generator, check).  Generators take a V.
def _pypi(v):
    body = base64.urlsafe_b64encode(b"\x02\x01\x08pypi.org\x02" + v.rbytes(70)).decode().rstrip("=")
    return "pypi-" + "AgEIcHlwaS5vcmc" + body[15:]


def _sentry_org(v):
    payload = {"iat": v.r.randint(1700000000, 1760000000), "url": "https://sentry.io",
               "region_url": "https://us.sentry.io", "org": v.pick(["ops", "core", "platform"]) + v.lower(4)}
    return "sntrys_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + v.b64(32).rstrip("=").replace("+", "A").replace("/", "B")


def _ops(v):
    payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": v.b64url(16)}, "email": v.lower(12) + "@1passwordserviceaccounts.com",
               "srpX": v.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": v.b64url(32), "key_ops": ["encrypt", "decrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + v.upper(6) + "-" + v.upper(11) + "-" + v.upper(5), "throttleSecret": {"seed": v.hex(64), "uuid": v.upper(26)},
               "deviceUuid": v.lower(26)}
    return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")


def _jfrog_ref(v):
    raw = b"reftkn:01:" + str(v.r.randint(1900000000, 2100000000)).encode() + b":" + v.alnum(27).encode()
    return base64.b64encode(raw).decode().rstrip("=")


def _discord(v):
    snow = str(v.r.randint(10 ** 17, 10 ** 18 * 2))
    return base64.b64encode(snow.encode()).decode().rstrip("=") + "." + v.chars(B64U, 6) + "." + v.chars(B64U, 38)


def _openai(v):
    kind = v.pick(["sk-proj-", "sk-svcacct-", "sk-"])
    if kind == "sk-":
        return "sk-" + v.alnum(20) + "T3BlbkFJ" + v.alnum(20)
    return kind + v.chars(B64U, 74) + "T3BlbkFJ" + v.chars(B64U, 74)


def _mapbox_sk(v):
    return "sk." + b64u_json({"u": v.lower(10), "a": v.lower(25)}) + "." + v.chars(B64U, 22)


def _tfc(v):
    return v.alnum(14) + ".atlasv1." + v.alnum(67)


PROVIDERS = [
    # id, setting, generator, check
    ("github-pat", "GITHUB_TOKEN", lambda v: v.gh("ghp_"), "ghcrc"),
    ("github-app-install", "GH_INSTALLATION_TOKEN", lambda v: v.gh("ghs_"), "ghcrc"),
    ("github-oauth", "GITHUB_OAUTH_TOKEN", lambda v: v.gh("gho_"), "ghcrc"),
    ("github-fine-grained", "GH_FINE_GRAINED_PAT", lambda v: "github_pat_" + v.chars(B62, 22) + "_" + v.chars(B62, 59), None),
    ("gitlab-pat", "GITLAB_TOKEN", lambda v: "glpat-" + v.chars(ALNUM + "_-", 20), None),
    ("gitlab-deploy", "GITLAB_DEPLOY_TOKEN", lambda v: "gldt-" + v.chars(ALNUM + "_-", 20), None),
    ("gitlab-trigger", "GITLAB_TRIGGER_TOKEN", lambda v: "glptt-" + v.hex(40), None),
    ("npm", "NPM_TOKEN", lambda v: v.npm(), "ghcrc"),
    ("pypi", "PYPI_API_TOKEN", _pypi, "pypi"),
    ("rubygems", "GEM_HOST_API_KEY", lambda v: "rubygems_" + v.hex(48), None),
    ("nuget", "NUGET_API_KEY", lambda v: "oy2" + v.lower(43), None),
    ("dockerhub", "DOCKERHUB_TOKEN", lambda v: "dckr_pat_" + v.chars(B64U, 27), None),
    ("jfrog-ref", "ARTIFACTORY_ACCESS_TOKEN", _jfrog_ref, "jfrog"),
    ("vault", "VAULT_TOKEN", lambda v: "hvs." + v.chars(B64U, 90), None),
    ("tfc", "TFE_TOKEN", _tfc, None),
    ("doppler", "DOPPLER_TOKEN", lambda v: "dp.st.prd." + v.alnum(43), None),
    ("pulumi", "PULUMI_ACCESS_TOKEN", lambda v: "pul-" + v.hex(40), None),
    ("databricks", "DATABRICKS_TOKEN", lambda v: "dapi" + v.hex(32), None),
    ("digitalocean", "DIGITALOCEAN_TOKEN", lambda v: "dop_v1_" + v.hex(64), None),
    ("heroku", "HEROKU_API_KEY", lambda v: "HRKU-AA" + v.chars(B64U, 58), None),
    ("vercel", "VERCEL_TOKEN", lambda v: "vcp_" + v.alnum(56), None),
    ("supabase-mgmt", "SUPABASE_ACCESS_TOKEN", lambda v: "sbp_" + v.hex(40), None),
    ("supabase-secret", "SUPABASE_SECRET_KEY", lambda v: "sb_secret_" + v.chars(B64U, 31), None),
    ("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", lambda v: "v1.0-" + v.hex(24) + "-" + v.hex(146), None),
    ("shopify-admin", "SHOPIFY_ADMIN_TOKEN", lambda v: "shpat_" + v.hex(32), None),
    ("shopify-secret", "SHOPIFY_API_SECRET", lambda v: "shpss_" + v.hex(32), None),
    ("square", "SQUARE_ACCESS_TOKEN", lambda v: "EAAA" + v.chars(B64U, 60), None),
    ("braintree", "BRAINTREE_ACCESS_TOKEN", lambda v: "access_token$production$" + v.lower(16) + "$" + v.hex(32), None),
    ("stripe-secret", "STRIPE_SECRET_KEY", lambda v: "sk_live_" + v.alnum(99), None),
    ("stripe-restricted", "STRIPE_RESTRICTED_KEY", lambda v: "rk_live_" + v.alnum(99), None),
    ("stripe-webhook", "STRIPE_WEBHOOK_SECRET", lambda v: "whsec_" + v.alnum(32), None),
    ("openai", "OPENAI_API_KEY", _openai, "openai"),
    ("anthropic", "ANTHROPIC_API_KEY", lambda v: "sk-ant-api03-" + v.chars(B64U, 93) + "AA", None),
    ("huggingface", "HF_TOKEN", lambda v: "hf_" + v.chars(string.ascii_letters, 34), None),
    ("groq", "GROQ_API_KEY", lambda v: "gsk_" + v.alnum(52), None),
    ("perplexity", "PPLX_API_KEY", lambda v: "pplx-" + v.alnum(48), None),
    ("replicate", "REPLICATE_API_TOKEN", lambda v: "r8_" + v.alnum(37), None),
    ("openrouter", "OPENROUTER_API_KEY", lambda v: "sk-or-v1-" + v.hex(64), None),
    ("xai", "XAI_API_KEY", lambda v: "xai-" + v.alnum(80), None),
    ("langsmith", "LANGSMITH_API_KEY", lambda v: "lsv2_pt_" + v.hex(32) + "_" + v.hex(10), None),
    ("atlassian", "ATLASSIAN_API_TOKEN", lambda v: "ATATT3xFfGF0" + v.chars(B64U, 170) + "=" + v.HEX(8), None),
    ("linear", "LINEAR_API_KEY", lambda v: "lin_api_" + v.alnum(40), None),
    ("notion", "NOTION_TOKEN", lambda v: "ntn_" + v.digits(11) + v.alnum(35), None),
    ("figma", "FIGMA_TOKEN", lambda v: "figd_" + v.chars(B64U, 40), None),
    ("postman", "POSTMAN_API_KEY", lambda v: "PMAK-" + v.hex(24) + "-" + v.hex(34), None),
    ("grafana-sa", "GRAFANA_SA_TOKEN", lambda v: "glsa_" + v.alnum(32) + "_" + v.hex(8), None),
    ("sentry-org", "SENTRY_AUTH_TOKEN", _sentry_org, "sentry"),
    ("sentry-user", "SENTRY_USER_TOKEN", lambda v: "sntryu_" + v.hex(64), None),
    ("newrelic", "NEW_RELIC_API_KEY", lambda v: "NRAK-" + v.upper(27), None),
    ("dynatrace", "DT_API_TOKEN", lambda v: "dt0c01." + v.upper(24) + "." + v.upper(64), None),
    ("okta", "OKTA_API_TOKEN", lambda v: "00" + v.chars(B64U, 40), None),
    ("telegram", "TELEGRAM_BOT_TOKEN", lambda v: v.digits(10) + ":AA" + v.chars(B64U, 33), None),
    ("discord", "DISCORD_BOT_TOKEN", _discord, "discord"),
    ("onepassword-sa", "OP_SERVICE_ACCOUNT_TOKEN", _ops, "ops"),
    ("alibaba", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", None, None),  # pair-only, see PAIRS
    ("circleci", "CIRCLECI_TOKEN", lambda v: "CCIPAT_" + v.alnum(22) + "_" + v.hex(40), None),
    ("buildkite", "BUILDKITE_API_TOKEN", lambda v: "bkua_" + v.hex(40), None),
    ("bitbucket-dc", "BITBUCKET_TOKEN", lambda v: "BBDC-" + v.chars(ALNUM + "+/", 44), None),
    ("octopus", "OCTOPUS_API_KEY", lambda v: "API-" + v.upper(26), None),
    ("prefect", "PREFECT_API_KEY", lambda v: "pnu_" + v.alnum(36), None),
    ("render", "RENDER_API_KEY", lambda v: "rnd_" + v.alnum(32), None),
    ("planetscale", "PLANETSCALE_SERVICE_TOKEN", lambda v: "pscale_tkn_" + v.chars(B64U, 43), None),
    ("sendgrid", "SENDGRID_API_KEY", lambda v: "SG." + v.chars(B64U, 22) + "." + v.chars(B64U, 43), None),
    ("mailgun", "MAILGUN_API_KEY", lambda v: "key-" + v.hex(32), None),
    ("mailchimp", "MAILCHIMP_API_KEY", lambda v: v.hex(32) + "-us" + str(v.r.randint(2, 21)), None),
    ("brevo", "BREVO_API_KEY", lambda v: "xkeysib-" + v.hex(64) + "-" + v.alnum(16), None),
    ("postmark", "POSTMARK_SERVER_TOKEN", lambda v: v.uuid(), "uuid"),
    ("resend", "RESEND_API_KEY", lambda v: "re_" + v.alnum(8) + "_" + v.alnum(24), None),
    ("airtable", "AIRTABLE_PAT", lambda v: "pat" + v.alnum(14) + "." + v.hex(64), None),
    ("contentful", "CONTENTFUL_MANAGEMENT_TOKEN", lambda v: "CFPAT-" + v.chars(B64U, 43), None),
    ("netlify", "NETLIFY_AUTH_TOKEN", lambda v: "nfp_" + v.alnum(36), None),
    ("hubspot", "HUBSPOT_PRIVATE_APP_TOKEN", lambda v: "pat-na1-" + v.uuid(), None),
    ("clickup", "CLICKUP_API_TOKEN", lambda v: "pk_" + v.digits(8) + "_" + v.upper(32), None),
    ("typeform", "TYPEFORM_TOKEN", lambda v: "tfp_" + v.alnum(44) + "_" + v.alnum(14), None),
    ("shippo", "SHIPPO_API_TOKEN", lambda v: "shippo_live_" + v.hex(40), None),
    ("easypost", "EASYPOST_API_KEY", lambda v: "EZAK" + v.hex(54), None),
    ("mollie", "MOLLIE_API_KEY", lambda v: "live_" + v.alnum(30), None),
    ("paystack", "PAYSTACK_SECRET_KEY", lambda v: "sk_live_" + v.hex(40), None),
    ("flutterwave", "FLW_SECRET_KEY", lambda v: "FLWSECK-" + v.hex(32) + "-X", None),
    ("lob", "LOB_API_KEY", lambda v: "live_" + v.hex(35), None),
    ("onfido", "ONFIDO_API_TOKEN", lambda v: "api_live." + v.chars(B64U, 11) + "." + v.chars(B64U, 32), None),
    ("planet", "PL_API_KEY", lambda v: "PLAK" + v.hex(32), None),
    ("ttn", "TTS_API_KEY", lambda v: "NNSXS." + v.chars(B32, 39) + "." + v.chars(B32, 52), None),
    ("ubidots", "UBIDOTS_TOKEN", lambda v: "BBFF-" + v.alnum(30), None),
    ("adafruit-io", "ADAFRUIT_IO_KEY", lambda v: "aio_" + v.alnum(28), None),
    ("tailscale", "TS_AUTHKEY", lambda v: "tskey-auth-k" + v.alnum(11) + "CNTRL-" + v.alnum(33), None),
    ("sonarqube", "SONAR_TOKEN", lambda v: "squ_" + v.hex(40), None),
    ("posthog-personal", "POSTHOG_PERSONAL_API_KEY", lambda v: "phx_" + v.alnum(47), None),
    ("launchdarkly-sdk", "LD_SDK_KEY", lambda v: "sdk-" + v.uuid(), None),
    ("launchdarkly-api", "LD_API_TOKEN", lambda v: "api-" + v.uuid(), None),
    ("onesignal", "ONESIGNAL_REST_API_KEY", lambda v: "os_v2_app_" + v.lower(56) + v.chars("abcdefghijklmnopqrstuvwxyz234567", 57), None),
    ("fcm-legacy", "FCM_SERVER_KEY", lambda v: "AAAA" + v.chars(B64U, 7) + ":APA91b" + v.chars(B64U, 134), None),
    ("mapbox-secret", "MAPBOX_SECRET_TOKEN", _mapbox_sk, "mapbox"),
    ("pinecone", "PINECONE_API_KEY", lambda v: "pcsk_" + v.alnum(5) + "_" + v.alnum(63), None),
    ("twitch-stream", "TWITCH_STREAM_KEY", lambda v: "live_" + v.digits(9) + "_" + v.alnum(30), None),
    ("dropbox", "DROPBOX_ACCESS_TOKEN", lambda v: "sl." + v.chars(B64U, 136), None),
    ("azure-devops", "AZURE_DEVOPS_EXT_PAT", lambda v: v.chars("abcdefghijklmnopqrstuvwxyz234567", 52), None),
    ("google-api-server", "GEMINI_API_KEY", lambda v: "AIza" + v.chars(B64U, 35), None),
    ("google-oauth-secret", "GOOGLE_CLIENT_SECRET", lambda v: "GOCSPX-" + v.chars(B64U, 28), None),
    ("slack-bot", "SLACK_BOT_TOKEN", lambda v: "xoxb-%s-%s-%s" % (v.digits(12), v.digits(13), v.alnum(24)), None),
    ("slack-app", "SLACK_APP_TOKEN", lambda v: "xapp-1-A%s-%s-%s" % (v.upper(10), v.digits(13), v.hex(64)), None),
    ("slack-webhook", "SLACK_WEBHOOK_URL", lambda v: "https://hooks.slack.com/services/T%s/B%s/%s" % (v.upper(10), v.upper(10), v.alnum(24)), None),
    ("ably", "ABLY_API_KEY", lambda v: "%s.%s:%s" % (v.chars(B64U, 6), v.chars(B64U, 6), v.chars(B64U, 43)), None),
    ("cloudinary", "CLOUDINARY_URL", lambda v: "cloudinary://%s:%s@%s" % (v.digits(15), v.chars(B64U, 27), v.lower(9)), None),
    ("pushover", "PUSHOVER_APP_TOKEN", lambda v: "a" + v.lower(29), None),
    ("sumsub", "SUMSUB_APP_TOKEN", lambda v: "prd:" + v.alnum(24) + "." + v.alnum(32), None),
    ("age", "SOPS_AGE_KEY", None, None),  # produced by keys7.age_pair
    ("azure-entra", "AZURE_CLIENT_SECRET", lambda v: v.alnum(3) + str(v.r.randint(0, 9)) + "Q~" + v.chars(ALNUM + "_~.-", 34), None),
    ("twilio-apikey", "TWILIO_API_SECRET", None, None),  # pair-only
]
PROV = {p[0]: p for p in PROVIDERS}

# Key-ID + secret pairs: id, (id setting, id gen), (secret setting, secret gen)
PAIRS = [
    ("aws", ("AWS_ACCESS_KEY_ID", lambda v: "AKIA" + v.chars(B32, 16)), ("AWS_SECRET_ACCESS_KEY", lambda v: v.chars(ALNUM + "/+", 40))),
    ("alibaba", ("ALIBABA_CLOUD_ACCESS_KEY_ID", lambda v: "LTAI5t" + v.alnum(18)), ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda v: v.alnum(30))),
    ("tencent", ("TENCENTCLOUD_SECRET_ID", lambda v: "AKID" + v.alnum(32)), ("TENCENTCLOUD_SECRET_KEY", lambda v: v.alnum(32))),
    ("twilio-apikey", ("TWILIO_API_KEY_SID", lambda v: "SK" + v.hex(32)), ("TWILIO_API_KEY_SECRET", lambda v: v.alnum(32))),
    ("twilio-auth", ("TWILIO_ACCOUNT_SID", lambda v: "AC" + v.hex(32)), ("TWILIO_AUTH_TOKEN", lambda v: v.hex(32))),
    ("confluent", ("CONFLUENT_CLOUD_API_KEY", lambda v: v.upper(16)), ("CONFLUENT_CLOUD_API_SECRET", lambda v: v.chars(ALNUM + "+/", 64))),
    ("mongodb-atlas", ("MONGODB_ATLAS_PUBLIC_KEY", lambda v: v.lower(8)), ("MONGODB_ATLAS_PRIVATE_KEY", lambda v: v.uuid())),
    ("duo", ("DUO_IKEY", lambda v: "DI" + v.upper(18)), ("DUO_SKEY", lambda v: v.alnum(40))),
    ("razorpay", ("RAZORPAY_KEY_ID", lambda v: "rzp_live_" + v.alnum(14)), ("RAZORPAY_KEY_SECRET", lambda v: v.alnum(24))),
    ("mailjet", ("MJ_APIKEY_PUBLIC", lambda v: v.hex(32)), ("MJ_APIKEY_PRIVATE", lambda v: v.hex(32))),
    ("vonage", ("VONAGE_API_KEY", lambda v: v.hex(8)), ("VONAGE_API_SECRET", lambda v: v.alnum(16))),
    ("plaid", ("PLAID_CLIENT_ID", lambda v: v.hex(24)), ("PLAID_SECRET", lambda v: v.hex(30))),
    ("mux", ("MUX_TOKEN_ID", lambda v: v.uuid()), ("MUX_TOKEN_SECRET", lambda v: v.chars(ALNUM + "+/", 75))),
    ("untappd", ("UNTAPPD_CLIENT_ID", lambda v: v.HEX(40)), ("UNTAPPD_CLIENT_SECRET", lambda v: v.HEX(40))),
    ("oclc", ("OCLC_WSKEY", lambda v: v.alnum(80)), ("OCLC_WSKEY_SECRET", lambda v: v.chars(ALNUM + "+/", 24) + "==")),
    ("wowza-cloud", ("WSC_API_KEY", lambda v: v.alnum(64)), ("WSC_ACCESS_KEY", lambda v: v.alnum(64))),
    ("spacetrack", ("SPACETRACK_IDENTITY", lambda v: v.first() + "." + v.last() + "@gs-ops.net"), ("SPACETRACK_PASSWORD", lambda v: v.password("strong"))),
]
PAIR = {p[0]: p for p in PAIRS}

# Public-by-design keys and IDs (hard negatives): id, setting, generator
PUBLIC = [
    ("stripe-publishable", "STRIPE_PUBLISHABLE_KEY", lambda v: "pk_live_" + v.alnum(99)),
    ("mapbox-public", "MAPBOX_PUBLIC_TOKEN", lambda v: "pk." + b64u_json({"u": v.lower(10), "a": v.lower(25)}) + "." + v.chars(B64U, 22)),
    ("posthog-project", "POSTHOG_PROJECT_KEY", lambda v: "phc_" + v.alnum(43)),
    ("supabase-publishable", "SUPABASE_PUBLISHABLE_KEY", lambda v: "sb_publishable_" + v.chars(B64U, 31)),
    ("launchdarkly-client-id", "LD_CLIENT_SIDE_ID", lambda v: v.hex(24)),
    ("google-oauth-client-id", "GOOGLE_CLIENT_ID", lambda v: v.digits(12) + "-" + v.lower(32) + ".apps.googleusercontent.com"),
    ("sentry-dsn", "SENTRY_DSN", lambda v: "https://%s@o%s.ingest.us.sentry.io/%s" % (v.hex(32), v.digits(6), v.digits(7))),
    ("segment-write", "SEGMENT_WRITE_KEY", lambda v: v.alnum(32)),
    ("revenuecat-public", "REVENUECAT_APPLE_KEY", lambda v: "appl_" + v.alnum(27)),
    ("recaptcha-site", "RECAPTCHA_SITE_KEY", lambda v: "6L" + v.chars(B64U, 38)),
    ("algolia-search", "ALGOLIA_SEARCH_KEY", lambda v: v.hex(32)),
    ("paypal-client-id", "PAYPAL_CLIENT_ID", lambda v: "A" + v.chars(B64U, 79)),
    ("ga4", "GA_MEASUREMENT_ID", lambda v: "G-" + v.upper(10)),
    ("firebase-web", "FIREBASE_WEB_API_KEY", lambda v: "AIza" + v.chars(B64U, 35)),
    ("azure-client-id", "AZURE_CLIENT_ID", lambda v: v.uuid()),
    ("datadog-client-token", "DD_CLIENT_TOKEN", lambda v: "pub" + v.hex(32)),
]
PUB = {p[0]: p for p in PUBLIC}
