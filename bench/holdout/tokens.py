"""Synthetic credentials in providers' publicly documented shapes.

Every method returns (value, category) so a generator can write `f.S(*tok.github_pat())`.
All bodies are random from the seeded RNG; no real or documentation token is reproduced.
"""
import json
import struct
import time

import hrand
from hrand import ALNUM, B32, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64url_nopad, crc_token


class Tok:
    def __init__(self, rng):
        self.r = rng

    # --- source hosting / package registries --------------------------------
    def github(self, kind="ghp_"):
        return crc_token(kind, self.r.b62(30)), "github-token"

    def github_fine(self):
        return "github_pat_%s_%s" % (self.r.s(ALNUM, 22), self.r.s(ALNUM + "_", 59)), "github-token"

    def gitlab_pat(self):
        return "glpat-" + self.r.s(ALNUM + "-_", 20), "gitlab-token"

    def gitlab_other(self):
        k = self.r.choice(["trigger", "runner", "deploy", "regtoken"])
        if k == "trigger":
            return "glptt-" + self.r.hex(40), "gitlab-token"
        if k == "runner":
            return "glrt-" + self.r.s(ALNUM + "-_", 20), "gitlab-token"
        if k == "deploy":
            return "gldt-" + self.r.s(ALNUM + "-_", 20), "gitlab-token"
        return "GR1348941" + self.r.s(ALNUM + "-_", 20), "gitlab-token"

    def npm(self):
        return crc_token("npm_", self.r.b62(30)), "npm-token"

    def pypi(self):
        ident = b'{"nonce":"%s","version":1}' % self.r.hex(32).encode()
        cav = b'{"permissions":"user","version":1}'
        mac = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00" +
               b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00\x06\x20" + self.r.bytes(32))
        return "pypi-" + b64url_nopad(mac), "pypi-token"

    def rubygems(self):
        return "rubygems_" + self.r.hex(48), "rubygems-key"

    def nuget(self):
        return "oy2" + self.r.s(LOWER + DIGITS, 43), "nuget-key"

    def docker_pat(self):
        return "dckr_pat_" + self.r.s(B64URL, 27), "docker-token"

    def jfrog(self):
        return "AKCp" + self.r.s(ALNUM, 69), "jfrog-key"

    # --- cloud ---------------------------------------------------------------
    def aws_pair(self, temp=False):
        kid = ("ASIA" if temp else "AKIA") + self.r.s(UPPER + "234567", 16)
        sec = self.r.s(ALNUM + "+/", 40)
        return kid, sec

    def aws_session(self):
        return "IQoJb3JpZ2luX2Vj" + self.r.s(ALNUM + "+/", self.r.randint(300, 420)) + "=="

    def google_api(self):
        return "AIza" + self.r.s(ALNUM + "-_", 35), "google-api-key"

    def google_oauth_secret(self):
        return "GOCSPX-" + self.r.s(ALNUM + "-_", 28), "google-oauth"

    def google_refresh(self):
        return "1//0" + self.r.s(ALNUM + "-_", 99), "google-oauth"

    def google_access(self):
        return "ya29.a0" + self.r.s(ALNUM + "-_", 160), "google-oauth"

    def azure_client_secret(self):
        return (self.r.s(ALNUM, 3) + self.r.choice(DIGITS) + "Q~" +
                self.r.s(ALNUM + "_~.-", 34)), "azure-client-secret"

    def azure_storage_key(self):
        return self.r.b64(64), "azure-storage-key"

    def azure_devops_pat(self):
        return self.r.s("abcdefghijklmnopqrstuvwxyz234567", 52), "azure-devops-pat"

    def azure_sas_sig(self):
        return self.r.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    def alibaba(self):
        return "LTAI" + self.r.s(ALNUM, 20), self.r.s(ALNUM, 30)

    def tencent(self):
        return "AKID" + self.r.s(ALNUM, 32), self.r.s(ALNUM, 32)

    def digitalocean(self):
        return "dop_v1_" + self.r.hex(64), "digitalocean-token"

    def heroku(self):
        return "HRKU-AA" + self.r.s(B64URL, 58), "heroku-key"

    def vault(self):
        return "hvs." + self.r.s(B64URL, 90), "vault-token"

    def tfc(self):
        return self.r.s(ALNUM, 14) + ".atlasv1." + self.r.s(ALNUM, 67), "terraform-cloud-token"

    def doppler(self):
        return "dp.st.prd." + self.r.s(ALNUM, 40), "doppler-token"

    def pulumi(self):
        return "pul-" + self.r.hex(40), "pulumi-token"

    def databricks(self):
        return "dapi" + self.r.hex(32), "databricks-token"

    def cloudflare_token(self):
        return self.r.s(ALNUM + "_-", 40), "cloudflare-token"

    def cloudflare_origin_ca(self):
        return "v1.0-" + self.r.hex(24) + "-" + self.r.hex(146), "cloudflare-token"

    def vercel(self):
        return "vcp_" + self.r.s(ALNUM, 56), "vercel-token"

    def supabase_mgmt(self):
        return "sbp_" + self.r.hex(40), "supabase-key"

    def supabase_secret(self):
        return "sb_secret_" + self.r.s(ALNUM + "_-", 31), "supabase-key"

    def planetscale(self):
        return "pscale_pw_" + self.r.s(ALNUM + "_", 43), "planetscale-password"

    # --- SaaS -----------------------------------------------------------------
    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.r.digits(12), self.r.digits(13), self.r.b62(24)), "slack-token"

    def slack_user(self):
        return "xoxp-%s-%s-%s-%s" % (self.r.digits(12), self.r.digits(12), self.r.digits(13),
                                     self.r.hex(32)), "slack-token"

    def slack_app(self):
        return "xapp-1-A%s-%s-%s" % (self.r.s(UPPER + DIGITS, 10), self.r.digits(13),
                                     self.r.hex(64)), "slack-token"

    def slack_webhook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            self.r.s(UPPER + DIGITS, 10), self.r.s(UPPER + DIGITS, 10), self.r.b62(24)), "slack-webhook"

    def discord_webhook(self):
        return "https://discord.com/api/webhooks/%s/%s" % (
            self.r.digits(19), self.r.s(B64URL, 68)), "discord-webhook"

    def discord_bot(self):
        uid = self.r.digits(18)
        return "%s.%s.%s" % (b64url_nopad(uid), self.r.s(B64URL, 6), self.r.s(B64URL, 38)), "discord-token"

    def telegram(self):
        return "%s:AA%s" % (self.r.digits(10), self.r.s(B64URL, 33)), "telegram-token"

    def stripe_secret(self):
        return "sk_live_" + self.r.b62(self.r.choice([24, 99])), "stripe-key"

    def stripe_restricted(self):
        return "rk_live_" + self.r.b62(99), "stripe-key"

    def stripe_whsec(self):
        return "whsec_" + self.r.b62(32), "stripe-key"

    def twilio(self):
        return "SK" + self.r.hex(32), self.r.b62(32)

    def twilio_account(self):
        return "AC" + self.r.hex(32), self.r.hex(32)

    def sendgrid(self):
        return "SG.%s.%s" % (self.r.s(B64URL, 22), self.r.s(B64URL, 43)), "sendgrid-key"

    def mailgun(self):
        return "key-" + self.r.hex(32), "mailgun-key"

    def mailchimp(self):
        return self.r.hex(32) + "-us" + str(self.r.randint(2, 21)), "mailchimp-key"

    def shopify(self):
        return self.r.choice(["shpat_", "shppa_", "shpss_"]) + self.r.hex(32), "shopify-token"

    def square(self):
        return "EAAA" + self.r.s(B64URL, 60), "square-token"

    def braintree(self):
        return "access_token$production$%s$%s" % (self.r.s(LOWER + DIGITS, 16), self.r.hex(32)), "braintree-token"

    def openai(self):
        if self.r.chance(0.5):
            return "sk-proj-" + self.r.s(B64URL, 64) + "T3BlbkFJ" + self.r.s(B64URL, 64), "openai-key"
        return "sk-" + self.r.b62(20) + "T3BlbkFJ" + self.r.b62(20), "openai-key"

    def anthropic(self):
        return "sk-ant-api03-" + self.r.s(B64URL, 93) + "AA", "anthropic-key"

    def huggingface(self):
        return "hf_" + self.r.s(UPPER + LOWER, 34), "huggingface-token"

    def groq(self):
        return "gsk_" + self.r.b62(52), "ai-provider-key"

    def replicate(self):
        return "r8_" + self.r.b62(37), "ai-provider-key"

    def openrouter(self):
        return "sk-or-v1-" + self.r.hex(64), "ai-provider-key"

    def langsmith(self):
        return "lsv2_pt_%s_%s" % (self.r.hex(32), self.r.hex(10)), "ai-provider-key"

    def atlassian(self):
        return "ATATT3x" + self.r.s(B64URL, 170) + "=" + self.r.hex(8).upper(), "atlassian-token"

    def linear(self):
        return "lin_api_" + self.r.b62(40), "linear-key"

    def notion(self):
        return "ntn_" + self.r.digits(11) + self.r.b62(35), "notion-token"

    def figma(self):
        return "figd_" + self.r.s(B64URL, 40), "figma-token"

    def postman(self):
        return "PMAK-%s-%s" % (self.r.hex(24), self.r.hex(34)), "postman-key"

    def grafana_sa(self):
        body = self.r.b62(32)
        return "glsa_%s_%s" % (body, self.r.hex(8)), "grafana-token"

    def sentry_user(self):
        return "sntryu_" + self.r.hex(64), "sentry-token"

    def newrelic(self):
        return "NRAK-" + self.r.s(UPPER + DIGITS, 27), "newrelic-key"

    def dynatrace(self):
        return "dt0c01.%s.%s" % (self.r.s(UPPER + DIGITS, 24), self.r.s(UPPER + DIGITS, 64)), "dynatrace-token"

    def datadog(self):
        return self.r.hex(32), "datadog-key"

    def okta(self):
        return "00" + self.r.s(B64URL, 40), "okta-token"

    def onepassword_sa(self):
        payload = json.dumps({"signInAddress": "acme-ops.1password.com", "userAuth": {
            "method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
            "salt": self.r.b64(16, url=True, pad=False)}, "email": "%s@%s.1passwordserviceaccounts.com"
            % (self.r.s(LOWER + DIGITS, 12), self.r.s(LOWER, 10)),
            "srpX": self.r.hex(64), "muk": {"alg": "A256GCM", "ext": True, "k": self.r.b64(32, url=True, pad=False),
                                           "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
            "secretKey": "A3-%s-%s-%s" % (self.r.s(UPPER + DIGITS, 6), self.r.s(UPPER + DIGITS, 6),
                                          self.r.s(UPPER + DIGITS, 5)),
            "throttleSecret": {"seed": self.r.hex(64), "uuid": self.r.s(UPPER + DIGITS, 26)},
            "deviceUuid": self.r.s(LOWER + DIGITS, 26)}, separators=(",", ":"))
        return "ops_" + b64url_nopad(payload), "1password-token"

    def circleci(self):
        return "CCIPAT_%s_%s" % (self.r.b62(22), self.r.hex(40)), "ci-token"

    def buildkite(self):
        return "bkua_" + self.r.hex(40), "ci-token"

    def swarm(self):
        b36 = LOWER + DIGITS
        return "SWMTKN-1-%s-%s" % (self.r.s(b36, 50), self.r.s(b36, 25)), "docker-swarm-token"

    def age(self):
        return hrand.bech32_encode("age-secret-key-", self.r.bytes(32)).upper(), "age-key"

    def steam_web_api(self):
        return self.r.hex(32).upper(), "steam-key"

    # --- JWT ---------------------------------------------------------------------
    def jwt(self, claims, alg="HS256", kid=None):
        hdr = {"alg": alg, "typ": "JWT"}
        if kid:
            hdr["kid"] = kid
        sig = self.r.bytes(32 if alg.startswith("HS") else 256)
        return "%s.%s.%s" % (b64url_nopad(json.dumps(hdr, separators=(",", ":"))),
                             b64url_nopad(json.dumps(claims, separators=(",", ":"))),
                             b64url_nopad(sig))

    def jwt_live(self, iss, sub, aud=None, role=None, alg="HS256", kid=None):
        now = 1767225600 + self.r.randint(0, 10 ** 7)  # 2026+
        c = {"iss": iss, "sub": sub, "iat": now - 3600}
        if aud:
            c["aud"] = aud
        if role:
            c["role"] = role
        c["exp"] = now + 10 * 365 * 86400
        return self.jwt(c, alg, kid), "jwt"

    # --- generic -----------------------------------------------------------------
    def hexkey(self, n=64):
        return self.r.hex(n), "generic-api-key"

    def apikey(self, n=None):
        return self.r.mixed(ALNUM, n or self.r.randint(32, 48)), "generic-api-key"

    def pw(self, style=None):
        return self.r.password(style), "generic-password"

    def django_secret(self):
        return self.r.s(LOWER + DIGITS + "!@#%^&*(-_=+)", 50), "app-secret-key"

    def b64key(self, nbytes=32):
        return self.r.b64(nbytes), "app-secret-key"


def basic_auth(user, pw):
    return b64("%s:%s" % (user, pw))


def now_ts():
    return int(time.time())


__all__ = ["Tok", "basic_auth", "struct"]
