"""Hard negatives: values that look like credentials but that a reviewer would not call a leak.

Every method returns (value, category).  Categories:
  template-ref, secret-store-ref, encrypted-blob, hash, public-key, doc-example, fake-test,
  identifier, base64-image, bad-checksum, publishable-key, i18n, password-policy, redacted,
  benign-high-entropy
"""
import base64
import json

import hrand
from hrand import ALNUM, B64URL, DIGITS, HEX, LOWER, UPPER, b64url_nopad, crc_token_bad, wrap


class Neg:
    def __init__(self, rng):
        self.r = rng

    # --- references ----------------------------------------------------------
    def gha_secret(self, name):
        return "${{ secrets.%s }}" % name, "template-ref"

    def env_ref(self, name):
        return self.r.choice(["${%s}", "$%s", "${env:%s}", "%%%s%%", "$(%s)"]) % name, "template-ref"

    def jinja(self, name):
        return "{{ %s }}" % name, "template-ref"

    def placeholder(self, what="API_KEY"):
        return self.r.choice(["<YOUR_%s>" % what, "<%s>" % what.lower(), "REPLACE_WITH_%s" % what,
                              "your-%s-here" % what.lower().replace("_", "-"), "__%s__" % what,
                              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "********", "CHANGE_ME"]), "template-ref"

    def aws_sm_arn(self, name):
        return "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (
            self.r.choice(["us-east-1", "eu-west-1", "ap-southeast-2"]), self.r.digits(12), name,
            self.r.s(ALNUM, 6)), "secret-store-ref"

    def ssm_path(self, name):
        return "/%s/%s/%s" % (self.r.choice(["prod", "staging"]), self.r.choice(["api", "etl", "game"]), name), "secret-store-ref"

    def vault_path(self, name):
        return "secret/data/%s/%s" % (self.r.choice(["platform", "data", "mobile"]), name), "secret-store-ref"

    def op_ref(self, item):
        return "op://%s/%s/credential" % (self.r.choice(["Infra", "Shared", "CI"]), item), "secret-store-ref"

    def gcp_sm(self, name):
        return "projects/%s/secrets/%s/versions/latest" % (self.r.digits(12), name), "secret-store-ref"

    def akv_ref(self, name):
        return "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (
            self.r.s(LOWER, 6), name), "secret-store-ref"

    def cfn_resolve(self, name):
        return "{{resolve:secretsmanager:%s:SecretString:password}}" % name, "secret-store-ref"

    # --- encrypted -----------------------------------------------------------
    def ansible_vault(self, indent=""):
        salt, hmac_, ct = self.r.hex(64), self.r.hex(64), self.r.hex(self.r.choice([32, 64, 96]))
        body = hrand.hexlify("\n".join([salt, hmac_, ct]).encode())
        lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)]
        return ("\n" + indent).join(lines), "encrypted-blob"

    def sops_value(self, n=None):
        n = n or self.r.randint(12, 40)
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            self.r.b64(n), self.r.b64(32), self.r.b64(16)), "encrypted-blob"

    def sealed(self):
        return "AgB" + self.r.s(ALNUM + "+/", self.r.randint(600, 720)) + "==", "encrypted-blob"

    def pulumi_secure(self):
        return "v1:%s:%s" % (self.r.b64(12), self.r.b64(self.r.randint(24, 48))), "encrypted-blob"

    def travis_secure(self):
        return self.r.b64(512), "encrypted-blob"

    def kms_blob(self):
        return "AQICAHh" + self.r.s(ALNUM + "+/", 230) + "==", "encrypted-blob"

    def age_armor(self, indent=""):
        body = wrap(self.r.b64(self.r.randint(180, 260)), 64)
        block = "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----" % body
        return block.replace("\n", "\n" + indent), "encrypted-blob"

    # --- hashes --------------------------------------------------------------
    def sha256(self):
        return self.r.hex(64), "hash"

    def sha1(self):
        return self.r.hex(40), "hash"

    def md5(self):
        return self.r.hex(32), "hash"

    def bcrypt(self):
        return "$2b$12$" + self.r.s(ALNUM + "./", 53), "hash"

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (
            self.r.b64(16, pad=False), self.r.b64(32, pad=False)), "hash"

    def sha512crypt(self):
        return "$6$%s$%s" % (self.r.s(ALNUM + "./", 16), self.r.s(ALNUM + "./", 86)), "hash"

    def apr1(self):
        return "$apr1$%s$%s" % (self.r.s(ALNUM + "./", 8), self.r.s(ALNUM + "./", 22)), "hash"

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (self.r.b64(16), self.r.b64(32), self.r.b64(32)), "hash"

    def integrity(self):
        return "sha512-" + self.r.b64(64), "hash"

    def docker_digest(self):
        return "sha256:" + self.r.hex(64), "hash"

    def h1(self):
        return "h1:" + self.r.b64(32), "hash"

    # --- public material -------------------------------------------------------
    def age_recipient(self):
        return hrand.bech32_encode("age", self.r.bytes(32)), "public-key"

    def wg_public(self):
        return self.r.b64(32), "public-key"

    # --- examples and fakes ---------------------------------------------------
    def aws_example_id(self):
        return "AKIA" + self.r.s(UPPER + "234567", 9) + "EXAMPLE", "doc-example"

    def aws_example_secret(self):
        return self.r.s(ALNUM, 10) + "/" + self.r.s(ALNUM, 5) + "/" + self.r.s(ALNUM, 11) + "EXAMPLEKEY", "doc-example"

    def fake(self, what="token"):
        return self.r.choice(["fake-%s-for-tests" % what, "test-%s-not-real" % what, "dummy_%s" % what,
                              "not-a-real-%s" % what, "fake_%s_%s" % (what, self.r.digits(4)),
                              "TEST_%s_DO_NOT_USE" % what.upper()]), "fake-test"

    def masked(self, prefix=""):
        return prefix + self.r.choice(["*" * 16, "****" + self.r.hex(4), "[REDACTED]", "<redacted>",
                                       "•" * 12, "xxxx...%s" % self.r.hex(4)]), "redacted"

    def github_bad(self):
        return crc_token_bad(self.r.choice(["ghp_", "gho_", "ghs_"]), self.r.b62(30)), "bad-checksum"

    def npm_bad(self):
        return crc_token_bad("npm_", self.r.b62(30)), "bad-checksum"

    def age_bad(self):
        good = hrand.bech32_encode("age-secret-key-", self.r.bytes(32)).upper()
        c = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
        last = c[(c.index(good[-1]) + 5) % 32]
        return good[:-1] + last, "bad-checksum"

    # --- identifiers ------------------------------------------------------------
    def uuid(self):
        return self.r.uuid(), "identifier"

    def account_id(self):
        return self.r.digits(12), "identifier"

    def google_client_id(self):
        return "%s-%s.apps.googleusercontent.com" % (self.r.digits(12), self.r.s(LOWER + DIGITS, 32)), "identifier"

    def firebase_app_id(self, platform="android"):
        return "1:%s:%s:%s" % (self.r.digits(12), platform, self.r.hex(22 if platform != "web" else 16)), "identifier"

    def trace_id(self):
        return self.r.hex(32), "identifier"

    def git_sha(self):
        return self.r.hex(40), "hash"

    # --- publishable / public-by-design ---------------------------------------
    def stripe_pk(self):
        return "pk_live_" + self.r.b62(99), "publishable-key"

    def supabase_pub(self):
        return "sb_publishable_" + self.r.s(ALNUM + "_-", 31), "publishable-key"

    def mapbox_pk(self):
        payload = b64url_nopad(json.dumps({"u": self.r.s(LOWER, 8), "a": self.r.s(LOWER + DIGITS, 25)},
                                          separators=(",", ":")))
        return "pk.%s.%s" % (payload, self.r.s(B64URL, 22)), "publishable-key"

    def recaptcha_site(self):
        return "6L" + self.r.s(ALNUM + "-_", 38), "publishable-key"

    def sentry_dsn(self):
        return "https://%s@o%s.ingest.sentry.io/%s" % (self.r.hex(32), self.r.digits(6), self.r.digits(7)), "publishable-key"

    # --- images -------------------------------------------------------------------
    def png_b64(self, n=None):
        raw = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + self.r.bytes(n or self.r.randint(120, 400)))
        return base64.b64encode(raw).decode(), "base64-image"

    def data_uri(self):
        v, _ = self.png_b64()
        return "data:image/png;base64," + v, "base64-image"


__all__ = ["Neg", "HEX", "DIGITS"]
