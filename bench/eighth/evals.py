"""Random values: provider-shaped tokens, human-style passwords, names, hashes and look-alikes."""

import base64
import hashlib
import json
import string
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
B32 = string.ascii_uppercase + "234567"
LOWER_DIG = string.ascii_lowercase + string.digits


def b62_crc(s):
    c = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while c:
        c, r = divmod(c, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def gh_valid(tok):
    """True when a gh*_/npm_ token's last 6 characters are the CRC32 of its 30 random ones."""
    body = tok.split("_", 1)[1]
    return len(body) == 36 and b62_crc(body[:30]) == body[30:]


class V:
    def __init__(self, rng):
        self.r = rng
        self.used = set()

    # -------------------------------------------------------------- primitives
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uniq(self, f):
        for _ in range(100):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("no unique value")

    def hex(self, n):
        return self.s(HEX, n)

    def an(self, n):
        return self.s(ALNUM, n)

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode()

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)

    # -------------------------------------------------------------- tokens with checksums
    def gh(self, prefix="ghp_", valid=True):
        def f():
            body = self.an(30)
            crc = b62_crc(body)
            if not valid:
                bad = list(crc)
                bad[-1] = B62[(B62.index(bad[-1]) + 1 + self.r.randrange(60)) % 62]
                crc = "".join(bad)
            return prefix + body + crc
        return self.uniq(f)

    def jwt(self, payload, alg="HS256"):
        h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return "%s.%s.%s" % (h, p, self.b64u(32 if alg.startswith("HS") else 256))

    # -------------------------------------------------------------- passwords
    WORDS = ("harbor tundra maple falcon cobalt ember juniper lantern meadow orbit pepper quartz raven saddle "
             "thistle velvet walnut yonder zephyr basalt canyon dahlia fjord glacier heron indigo jasper kestrel "
             "lichen marigold nectar onyx pylon quiver rhubarb sorrel tamarack umber vesper willow alpine "
             "biscuit corvid drumlin eskimo fennel gossamer hickory ironwood kelpie larch mistral nutmeg otter "
             "pumice quokka rosin sumac trillium upland vireo wombat yarrow").split()

    def password(self, style=None, safe=True):
        """Human-style passwords. safe=True keeps to characters that need no quoting in most syntaxes."""
        r = self.r
        style = style if style is not None else r.randrange(8)
        syms = "!#*-_.+" if safe else "!#*-_.+@%&$"

        def f():
            if style == 0:
                return r.choice(self.WORDS).capitalize() + str(r.randint(1990, 2031)) + r.choice(syms[:4])
            if style == 1:
                w = r.choice(self.WORDS)
                leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
                return leet.capitalize() + r.choice(syms) + str(r.randint(10, 99))
            if style == 2:
                return self.an(r.randint(14, 22))
            if style == 3:
                return "-".join(r.choice(self.WORDS) for _ in range(4))
            if style == 4:
                return self.s(ALNUM + syms, r.randint(16, 24))
            if style == 5:
                return r.choice(self.WORDS).capitalize() + r.choice(self.WORDS).capitalize() + str(r.randint(100, 999)) + r.choice(syms)
            if style == 6:
                return self.s(string.ascii_uppercase + string.digits, 8) + self.s(string.ascii_lowercase, 4) + r.choice(syms)
            return self.an(r.randint(10, 12)) + r.choice(syms) + self.an(r.randint(3, 6))
        return self.uniq(f)

    def word_pw(self):
        return self.password(style=self.r.choice([0, 1, 5]))

    def strong_pw(self):
        return self.password(style=self.r.choice([2, 4, 7]))

    # -------------------------------------------------------------- negatives
    def bcrypt(self):
        a = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
        return "$2b$12$" + self.s(a, 53)

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64(16).rstrip("="), self.b64(32).rstrip("="))

    def sha512crypt(self):
        a = "./" + ALNUM
        return "$6$%s$%s" % (self.s(a, 16), self.s(a, 86))

    def sha256(self):
        return self.hex(64)

    def gitsha(self):
        return self.hex(40)

    def sri(self):
        return "sha384-" + self.b64(48)

    def digest(self):
        return "sha256:" + self.hex(64)

    def masked(self, prefix=""):
        return self.r.choice([prefix + "****" + self.an(4), "********", prefix + "…" + self.an(4),
                              "[REDACTED]", prefix + "xxxxxxxxxxxx" + self.an(4), "<masked>"])


PLACEHOLDERS = ["changeme", "<your-password>", "YOUR_API_KEY_HERE", "xxxxxxxx", "REPLACE_ME", "<redacted>",
                "********", "TODO-set-me", "your_token_here", "<secret>", "dummy", "example-password",
                "<paste token>", "CHANGE_ME_IN_PROD"]

I18N = {
    "es": "Contraseña", "fr": "Mot de passe", "pt": "Senha", "nl": "Wachtwoord", "sv": "Lösenord",
    "de": "Passwort", "it": "Parola d'ordine", "pl": "Hasło", "tr": "Şifre", "ja": "パスワード",
    "zh": "密码", "ko": "비밀번호", "fi": "Salasana", "cs": "Heslo", "ru": "Пароль", "uk": "Пароль доступу",
    "el": "Κωδικός πρόσβασης", "vi": "Mật khẩu", "id": "Kata sandi", "da": "Adgangskode",
}

# ------------------------------------------------------------------ provider token table
# (category, conventional setting name, generator). Shapes from providers' public docs / anchors.


def _providers():
    P = []

    def add(cat, env, f):
        P.append((cat, env, f))
    add("github-pat", "GITHUB_TOKEN", lambda v: v.gh("ghp_"))
    add("github-oauth", "GH_OAUTH_TOKEN", lambda v: v.gh("gho_"))
    add("github-app-token", "GITHUB_APP_INSTALL_TOKEN", lambda v: v.gh("ghs_"))
    add("github-fine-grained-pat", "GH_FG_PAT", lambda v: "github_pat_" + v.an(22) + "_" + v.s(ALNUM + "_", 59))
    add("npm-token", "NPM_TOKEN", lambda v: v.gh("npm_"))
    add("gitlab-pat", "GITLAB_TOKEN", lambda v: "glpat-" + v.s(B64U, 20))
    add("gitlab-runner-token", "RUNNER_TOKEN", lambda v: "glrt-" + v.s(B64U, 20))
    add("gitlab-deploy-token", "GITLAB_DEPLOY_TOKEN", lambda v: "gldt-" + v.s(B64U, 20))
    add("gitlab-trigger-token", "GITLAB_TRIGGER", lambda v: "glptt-" + v.hex(40))
    add("slack-bot-token", "SLACK_BOT_TOKEN", lambda v: "xoxb-%s-%s-%s" % (v.digits(11), v.digits(13), v.an(24)))
    add("slack-user-token", "SLACK_USER_TOKEN", lambda v: "xoxp-%s-%s-%s-%s" % (v.digits(11), v.digits(11), v.digits(13), v.hex(32)))
    add("slack-app-token", "SLACK_APP_TOKEN", lambda v: "xapp-1-A%s-%s-%s" % (v.s(B32[:26] + "0123456789", 10), v.digits(13), v.hex(64)))
    add("slack-webhook", "SLACK_WEBHOOK_URL", lambda v: "https://hooks.slack.com/services/T%s/B%s/%s" % (
        v.s(string.ascii_uppercase + string.digits, 10), v.s(string.ascii_uppercase + string.digits, 10), v.an(24)))
    add("stripe-secret-key", "STRIPE_SECRET_KEY", lambda v: "sk_live_" + v.an(99))
    add("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", lambda v: "rk_live_" + v.an(99))
    add("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", lambda v: "whsec_" + v.an(32))
    add("sendgrid-key", "SENDGRID_API_KEY", lambda v: "SG." + v.s(B64U, 22) + "." + v.s(B64U, 43))
    add("mailgun-key", "MAILGUN_API_KEY", lambda v: "key-" + v.hex(32))
    add("mailchimp-key", "MAILCHIMP_API_KEY", lambda v: v.hex(32) + "-us" + str(v.r.randint(2, 21)))
    add("openai-key", "OPENAI_API_KEY", lambda v: "sk-proj-" + v.s(B64U, 74) + "T3BlbkFJ" + v.s(B64U, 74))
    add("anthropic-key", "ANTHROPIC_API_KEY", lambda v: "sk-ant-api03-" + v.s(B64U, 93) + "AA")
    add("huggingface-token", "HF_TOKEN", lambda v: "hf_" + v.s(string.ascii_letters, 34))
    add("groq-key", "GROQ_API_KEY", lambda v: "gsk_" + v.an(52))
    add("perplexity-key", "PPLX_API_KEY", lambda v: "pplx-" + v.an(48))
    add("replicate-token", "REPLICATE_API_TOKEN", lambda v: "r8_" + v.an(37))
    add("openrouter-key", "OPENROUTER_API_KEY", lambda v: "sk-or-v1-" + v.hex(64))
    add("xai-key", "XAI_API_KEY", lambda v: "xai-" + v.an(80))
    add("langsmith-key", "LANGSMITH_API_KEY", lambda v: "lsv2_pt_" + v.hex(32) + "_" + v.hex(10))
    add("aws-bedrock-key", "AWS_BEARER_TOKEN_BEDROCK", lambda v: "ABSK" + v.b64(96).rstrip("="))
    add("google-api-key", "GOOGLE_API_KEY", lambda v: "AIza" + v.s(B64U, 35))
    add("google-oauth-secret", "GOOGLE_CLIENT_SECRET", lambda v: "GOCSPX-" + v.s(B64U, 28))
    add("azure-entra-secret", "AZURE_CLIENT_SECRET", lambda v: v.s(ALNUM, 3) + str(v.r.randint(0, 9)) + "Q~" + v.s(ALNUM + "_~.-", 34))
    add("azure-devops-pat", "AZDO_PAT", lambda v: v.s("abcdefghijklmnopqrstuvwxyz234567", 52))
    add("pypi-token", "PYPI_TOKEN", lambda v: "pypi-AgEIcHlwaS5vcmc" + v.s(B64U, 140))
    add("rubygems-key", "GEM_HOST_API_KEY", lambda v: "rubygems_" + v.hex(48))
    add("nuget-key", "NUGET_API_KEY", lambda v: "oy2" + v.s(LOWER_DIG, 43))
    add("dockerhub-pat", "DOCKERHUB_TOKEN", lambda v: "dckr_pat_" + v.s(B64U, 27))
    add("jfrog-reference-token", "JFROG_ACCESS_TOKEN", lambda v: base64.b64encode(("reftkn:01:%d:%s" % (
        v.r.randint(1700000000, 1900000000), v.an(27))).encode()).decode().rstrip("="))
    add("vault-token", "VAULT_TOKEN", lambda v: "hvs." + v.s(B64U, 92))
    add("terraform-cloud-token", "TFE_TOKEN", lambda v: v.an(14) + ".atlasv1." + v.an(67))
    add("doppler-token", "DOPPLER_TOKEN", lambda v: "dp.st.prd." + v.an(43))
    add("pulumi-token", "PULUMI_ACCESS_TOKEN", lambda v: "pul-" + v.hex(40))
    add("databricks-token", "DATABRICKS_TOKEN", lambda v: "dapi" + v.hex(32))
    add("digitalocean-token", "DIGITALOCEAN_TOKEN", lambda v: "dop_v1_" + v.hex(64))
    add("heroku-key", "HEROKU_API_KEY", lambda v: "HRKU-AA" + v.s(B64U, 58))
    add("vercel-token", "VERCEL_TOKEN", lambda v: "vcp_" + v.an(56))
    add("supabase-secret", "SUPABASE_SECRET_KEY", lambda v: "sb_secret_" + v.s(B64U, 31))
    add("supabase-management-token", "SUPABASE_ACCESS_TOKEN", lambda v: "sbp_" + v.hex(40))
    add("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", lambda v: "cfut_" + v.an(40) + v.hex(8))
    add("cloudflare-origin-ca-key", "CF_ORIGIN_CA_KEY", lambda v: "v1.0-" + v.hex(24) + "-" + v.hex(146))
    add("shopify-token", "SHOPIFY_ADMIN_TOKEN", lambda v: "shpat_" + v.hex(32))
    add("shopify-shared-secret", "SHOPIFY_API_SECRET", lambda v: "shpss_" + v.hex(32))
    add("square-token", "SQUARE_ACCESS_TOKEN", lambda v: "EAAA" + v.s(B64U, 60))
    add("braintree-token", "BRAINTREE_ACCESS_TOKEN", lambda v: "access_token$production$%s$%s" % (v.s(LOWER_DIG, 16), v.hex(32)))
    add("twilio-api-key", "TWILIO_API_KEY", lambda v: "SK" + v.hex(32))
    add("atlassian-token", "JIRA_API_TOKEN", lambda v: "ATATT3xFfGF0" + v.s(B64U, 170) + "=" + v.hex(8).upper())
    add("linear-key", "LINEAR_API_KEY", lambda v: "lin_api_" + v.an(40))
    add("notion-token", "NOTION_TOKEN", lambda v: "ntn_" + v.digits(11) + v.an(35))
    add("figma-token", "FIGMA_TOKEN", lambda v: "figd_" + v.s(B64U, 40))
    add("postman-key", "POSTMAN_API_KEY", lambda v: "PMAK-" + v.hex(24) + "-" + v.hex(34))
    add("grafana-sa-token", "GRAFANA_TOKEN", lambda v: "glsa_" + v.an(32) + "_" + v.hex(8))
    add("sentry-user-token", "SENTRY_AUTH_TOKEN", lambda v: "sntryu_" + v.hex(64))
    add("newrelic-user-key", "NEW_RELIC_API_KEY", lambda v: "NRAK-" + v.s(string.ascii_uppercase + string.digits, 27))
    add("dynatrace-token", "DT_API_TOKEN", lambda v: "dt0c01." + v.s(string.ascii_uppercase + string.digits, 24) + "." + v.s(string.ascii_uppercase + string.digits, 64))
    add("okta-token", "OKTA_API_TOKEN", lambda v: "00" + v.s(B64U, 40))
    add("telegram-bot-token", "TELEGRAM_BOT_TOKEN", lambda v: "%s:AA%s" % (v.digits(10), v.s(B64U, 33)))
    add("discord-bot-token", "DISCORD_BOT_TOKEN", lambda v: base64.b64encode(v.digits(19).encode()).decode().rstrip("=") + "." + v.s(B64U, 6) + "." + v.s(B64U, 38))
    add("onepassword-sa-token", "OP_SERVICE_ACCOUNT_TOKEN", lambda v: "ops_" + base64.b64encode(json.dumps(
        {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": v.b64u(16)},
         "email": v.s(string.ascii_lowercase, 12) + "@1passwordserviceaccounts.com", "srpX": v.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": v.b64u(32), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + v.s(B32, 6) + "-" + v.s(B32, 26), "throttleSecret": {"seed": v.hex(64), "uuid": v.s(B32, 26)}, "deviceUuid": v.s(LOWER_DIG, 26)}, separators=(",", ":")).encode()).decode().rstrip("="))
    add("alibaba-access-key", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda v: v.an(30))
    add("tencent-secret-key", "TENCENTCLOUD_SECRET_KEY", lambda v: v.an(32))
    add("circleci-token", "CIRCLECI_TOKEN", lambda v: "CCIPAT_" + v.an(22) + "_" + v.hex(40))
    add("buildkite-token", "BUILDKITE_API_TOKEN", lambda v: "bkua_" + v.hex(40))
    add("octopus-key", "OCTOPUS_API_KEY", lambda v: "API-" + v.s(string.ascii_uppercase + string.digits, 26))
    add("prefect-key", "PREFECT_API_KEY", lambda v: "pnu_" + v.an(36))
    add("render-key", "RENDER_API_KEY", lambda v: "rnd_" + v.an(32))
    add("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", lambda v: "pscale_tkn_" + v.s(B64U, 43))
    add("infracost-key", "INFRACOST_API_KEY", lambda v: "ico-" + v.an(32))
    add("contentful-token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda v: "CFPAT-" + v.s(B64U, 43))
    add("netlify-token", "NETLIFY_AUTH_TOKEN", lambda v: "nfp_" + v.an(36))
    add("airtable-pat", "AIRTABLE_TOKEN", lambda v: "pat" + v.an(14) + "." + v.hex(64))
    add("asana-pat", "ASANA_PAT", lambda v: "2/%s/%s:%s" % (v.digits(16), v.digits(16), v.hex(32)))
    add("dropbox-token", "DROPBOX_ACCESS_TOKEN", lambda v: "sl." + v.s(B64U, 136))
    add("shippo-token", "SHIPPO_API_TOKEN", lambda v: "shippo_live_" + v.hex(40))
    add("mollie-key", "MOLLIE_API_KEY", lambda v: "live_" + v.an(30))
    add("brevo-key", "BREVO_API_KEY", lambda v: "xkeysib-" + v.hex(64) + "-" + v.an(16))
    add("paystack-key", "PAYSTACK_SECRET_KEY", lambda v: "sk_live_" + v.hex(40))
    add("flutterwave-key", "FLW_SECRET_KEY", lambda v: "FLWSECK-" + v.hex(32) + "-X")
    add("mapbox-secret-token", "MAPBOX_SECRET_TOKEN", lambda v: "sk." + base64.urlsafe_b64encode(json.dumps(
        {"u": v.s(string.ascii_lowercase, 8), "a": v.s(LOWER_DIG, 25)}, separators=(",", ":")).encode()).decode().rstrip("=") + "." + v.s(B64U, 22))
    add("lob-key", "LOB_API_KEY", lambda v: "live_" + v.hex(35))
    add("easypost-key", "EASYPOST_API_KEY", lambda v: "EZAK" + v.hex(54))
    add("intercom-token", "INTERCOM_ACCESS_TOKEN", lambda v: "dG9rOj" + v.s(B64U, 54) + "=")
    add("zendesk-token", "ZENDESK_API_TOKEN", lambda v: v.an(40))
    add("pagerduty-key", "PAGERDUTY_API_KEY", lambda v: "u+" + v.s(B64U, 18))
    add("cohere-key", "COHERE_API_KEY", lambda v: v.an(40))
    add("mistral-key", "MISTRAL_API_KEY", lambda v: v.an(32))
    add("fireworks-key", "FIREWORKS_API_KEY", lambda v: "fw_" + v.an(24))
    add("deepgram-key", "DEEPGRAM_API_KEY", lambda v: v.hex(40))
    add("elevenlabs-key", "ELEVENLABS_API_KEY", lambda v: "sk_" + v.hex(48))
    add("pinecone-key", "PINECONE_API_KEY", lambda v: "pcsk_" + v.an(5) + "_" + v.an(62))
    add("fly-token", "FLY_API_TOKEN", lambda v: "FlyV1 fm2_" + v.s(B64U, 120))
    add("railway-token", "RAILWAY_TOKEN", lambda v: v.uuid())
    add("snyk-token", "SNYK_TOKEN", lambda v: v.uuid())
    add("sonar-token", "SONAR_TOKEN", lambda v: "squ_" + v.hex(40))
    add("codecov-token", "CODECOV_TOKEN", lambda v: v.uuid())
    add("ngrok-token", "NGROK_AUTHTOKEN", lambda v: v.an(27) + "_" + v.an(21))
    add("tailscale-key", "TS_AUTHKEY", lambda v: "tskey-auth-k" + v.an(11) + "CNTRL-" + v.an(33))
    add("age-secret-key", "SOPS_AGE_KEY", None)  # filled in by the key layer when needed
    add("plaid-secret", "PLAID_SECRET", lambda v: v.hex(30))
    add("adyen-key", "ADYEN_API_KEY", lambda v: "AQE" + v.s(ALNUM, 10) + "XHmfrw" + v.s(B64U, 80))
    add("twitch-client-secret", "TWITCH_CLIENT_SECRET", lambda v: v.s(LOWER_DIG, 30))
    add("riot-api-key", "RIOT_API_KEY", lambda v: "RGAPI-" + v.uuid())
    add("ttn-api-key", "TTN_API_KEY", lambda v: "NNSXS." + v.s(B32, 39) + "." + v.s(B32, 52))
    add("autodesk-client-secret", "APS_CLIENT_SECRET", lambda v: v.an(16))
    add("salesforce-consumer-secret", "SF_CONSUMER_SECRET", lambda v: v.hex(64).upper())
    add("onfleet-key", "ONFLEET_API_KEY", lambda v: v.hex(32))
    return [p for p in P if p[2] is not None]


PROVIDERS = _providers()
PROVIDER_BY_CAT = {c: (e, f) for c, e, f in PROVIDERS}
