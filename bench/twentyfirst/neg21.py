"""Negative values: placeholders, secret-store references, password hashes, digests, identifiers."""

import vals21 as V


def placeholder(cx, kind=None):
    """(value, category)."""
    opts = ["lang", "lang2", "changeme", "replace", "angle", "stars", "todo", "xs"]
    kind = kind or cx.pick(opts)
    v = {"lang": cx.lang["ph"], "lang2": cx.lang["ph2"], "changeme": "changeme", "replace": "REPLACE_ME",
         "angle": "<password>", "stars": "********", "todo": "TODO-set-in-vault", "xs": "xxxxxxxxxxxx"}[kind]
    return v, "placeholder"


def ref(cx, style, name):
    """A reference to a secret kept elsewhere. (value, category)."""
    up = name.upper().replace("-", "_").replace(".", "_")
    low = name.lower().replace("_", "-")
    acct = "%012d" % cx.rng.randint(10 ** 11, 10 ** 12 - 1)
    r = {
        "env": ("${%s}" % up, "reference-env"),
        "gha": ("${{ secrets.%s }}" % up, "reference-ci-secret"),
        "helm": ("{{ .Values.secrets.%s }}" % low.replace("-", ""), "reference-template"),
        "jinja": ("{{ vault_%s }}" % low.replace("-", "_"), "reference-template"),
        "vault": ("vault:secret/data/%s/%s#password" % (cx.v["short"], low), "reference-vault"),
        "op": ("op://%s-ops/%s/password" % (cx.v["short"], low), "reference-1password"),
        "aws-sm": ("arn:aws:secretsmanager:eu-north-1:%s:secret:%s/%s-%s" % (acct, cx.v["short"], low, V.rs(cx.rng, 6)),
                   "reference-aws-secrets-manager"),
        "keyvault": ("@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (cx.v["short"], low),
                     "reference-key-vault"),
        "gcp": ("projects/%s/secrets/%s/versions/latest" % (cx.rng.randint(10 ** 11, 10 ** 12 - 1), low),
                "reference-gcp-secret"),
        "file": ("/run/secrets/%s" % low, "reference-file"),
        "systemd": ("%%d/%s" % low, "reference-systemd-credential"),
        "spring": ("${%s.password}" % low.replace("-", "."), "reference-spring"),
        "doppler": ("$(doppler secrets get %s --plain)" % up, "reference-doppler-cli"),
        "pass": ("$(pass show %s/%s)" % (cx.v["short"], low), "reference-pass"),
        "bws": ("$(bws secret get %s | jq -r .value)" % V.uuid4(cx.rng), "reference-bws"),
        "infisical": ("$(infisical secrets get %s --plain --silent)" % up, "reference-infisical"),
        "sops": ("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (V.b64s(V.rbytes(cx.rng, 18)),
                 V.b64s(V.rbytes(cx.rng, 32)), V.b64s(V.rbytes(cx.rng, 16))), "encrypted-sops"),
        "jenkins": ("credentials('%s')" % low, "reference-jenkins"),
        "nomad": ('{{ with nomadVar "nomad/jobs/%s" }}{{ .%s }}{{ end }}' % (low, up.lower()), "reference-template"),
    }[style]
    return cx.uniq(lambda: r[0]) if style in ("aws-sm", "gcp", "bws", "sops") else r[0], r[1]


REF_STYLES = ["env", "gha", "helm", "jinja", "vault", "op", "aws-sm", "keyvault", "gcp", "file", "systemd", "spring",
              "doppler", "pass", "bws", "infisical", "sops", "jenkins", "nomad"]


def pwhash(cx, kind=None):
    kind = kind or cx.pick(["bcrypt", "sha512crypt", "argon2", "ssha"])
    v = {"bcrypt": lambda: V.bcrypt_hash(cx.rng), "sha512crypt": lambda: V.sha512crypt_rand(cx.rng),
         "argon2": lambda: V.argon2_hash(cx.rng), "ssha": lambda: V.ssha(cx.rng),
         "pbkdf2": lambda: V.pbkdf2_django(cx.rng)}[kind]
    return cx.uniq(v), "password-hash-" + kind


def digest(cx, kind=None):
    kind = kind or cx.pick(["sha256", "sha1", "md5"])
    f = {"sha256": V.sha256_hex, "sha1": V.sha1_hex, "md5": V.md5_hex, "git": V.git_sha}[kind]
    return cx.uniq(f, cx.rng), "digest-" + kind


def ident(cx, kind):
    f = {
        "uuid": lambda: V.uuid4(cx.rng),
        "ulid": lambda: V.ulid(cx.rng),
        "request": lambda: "req_" + V.rhex(cx.rng, 24),
        "trace": lambda: V.rhex(cx.rng, 32),
        "build": lambda: "%d" % cx.rng.randint(10000, 999999),
        "oid": lambda: "1.3.6.1.4.1.%d.%d.%d" % (cx.rng.randint(30000, 60000), cx.rng.randint(1, 40), cx.rng.randint(1, 999)),
        "commit": lambda: V.git_sha(cx.rng),
    }[kind]
    return cx.uniq(f), "id-" + kind
