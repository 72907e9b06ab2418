"""Hard-negative values: placeholders, references, masked values, encrypted-at-rest blobs,
identifiers and digests.  Every function returns (category, value)."""

import base64

import prov16


def placeholder(v, hint="token"):
    h = hint.lower().replace("_", "-")
    return v.choice([
        ("placeholder-angle", "<%s>" % h), ("placeholder-your", "your-%s-here" % h), ("placeholder-changeme", "changeme"),
        ("placeholder-xxx", "x" * v.randint(8, 32)), ("placeholder-replace", "REPLACE_ME"),
        ("placeholder-todo", "TODO-set-%s" % h), ("placeholder-prefix", v.choice(prov16.PREFIX_PLACEHOLDERS)),
        ("placeholder-fill", "<fill in from 1Password>"), ("placeholder-dots", "..."),
        ("placeholder-example", "example-%s-not-real" % h), ("placeholder-insert", "[insert %s]" % h.replace("-", " ")),
    ])


def reference(v, var, org="ops"):
    path = var.lower().replace("_", "-")
    return v.choice([
        ("vault-reference", "vault:secret/data/%s/%s#value" % (org, path)),
        ("1password-reference", "op://%s-prod/%s/credential" % (org, path)),
        ("aws-secrets-manager-arn", "arn:aws:secretsmanager:eu-central-1:%s:secret:%s/%s-%s" % (
            v.digits(12), org, path, v.alnum(6))),
        ("azure-keyvault-reference", "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (org, path)),
        ("gcp-secret-manager-reference", "projects/%s-prod/secrets/%s/versions/latest" % (org, path)),
        ("helm-template", "{{ .Values.secrets.%s }}" % var.lower()),
        ("github-actions-secret", "${{ secrets.%s }}" % var.upper()),
        ("env-reference", "${%s}" % var.upper()),
        ("jinja-template", "{{ %s }}" % var.lower()),
        ("doppler-reference", "${{ doppler.%s }}" % var.upper()),
        ("k8s-secret-file", "/var/run/secrets/%s/%s" % (org, path)),
        ("sops-reference", "sops://%s/secrets.enc.yaml#%s" % (org, var.lower())),
    ])


def masked(v, value=None):
    return v.choice([
        ("masked-stars", "*" * v.randint(6, 16)), ("masked-redacted", "[REDACTED]"), ("masked-redacted", "<redacted>"),
        ("masked-partial", (value or v.alnum(20))[:4] + "…" + "*" * 6),
        ("masked-partial", "****" + (value or v.alnum(20))[-4:]), ("masked-hidden", "(hidden)"),
    ])


def encrypted_at_rest(v):
    return v.choice([
        ("sops-ciphertext", "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (v.b64(v.randint(12, 30)), v.b64(32), v.b64(16))),
        ("jasypt-ciphertext", "ENC(%s)" % v.b64(v.choice([32, 48]))),
        ("spring-cipher", "{cipher}" + v.hex(v.choice([96, 128]))),
        ("sealed-secret-ciphertext", "AgB" + v.b64(v.choice([330, 360]))[:440]),
        ("dpapi-blob", "01000000d08c9ddf0115d1118c7a00c04fc297eb" + v.hex(120)),
        ("mule-secure-property", "![%s]" % v.b64(24)),
    ])


def identifier(v):
    return v.choice([
        ("uuid", v.uuid()), ("git-sha", v.sha1()), ("sha256-digest", v.sha256()), ("mongo-object-id", v.objectid()),
        ("ulid", v.ulid()), ("trace-id", v.traceparent()), ("request-id", v.uuid()),
        ("aws-request-id", v.HEXU(16)), ("aws-extended-request-id", v.b64(56)),
        ("s3-etag", '"%s"' % v.md5()), ("docker-image-digest", "sha256:" + v.sha256()),
        ("build-id", "%s-%s" % (v.word(), v.hex(12))), ("stripe-object-id", v.choice(["ch_3", "pi_3", "cus_", "in_1"]) + v.alnum(24)),
    ])


def hashed(v):
    return v.choice([
        ("bcrypt-hash", v.bcrypt()), ("argon2-hash", v.argon2()), ("sha512crypt-hash", v.sha512crypt()),
        ("yescrypt-hash", v.yescrypt()), ("apr1-hash", v.apr1()), ("django-pbkdf2-hash", v.django_hash()),
        ("scram-verifier", v.scram()), ("mysql-native-hash", v.mysql_hash()),
    ])


def doc_example(v):
    return v.choice(prov16.DOC_EXAMPLES)


def b64(s):
    return base64.b64encode(s.encode()).decode()
