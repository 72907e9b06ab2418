"""Negative values: placeholders, references to secret stores, masked values, hashes, identifiers, public-by-design
values, documented examples, prose about passwords. Every helper registers the item and returns its placeholder."""

import prov20
import vals20 as V

PLACEHOLDERS = ["changeme", "CHANGE_ME", "REPLACE_ME", "<password>", "<your-api-key>", "xxxxxxxxxxxx", "********",
                "TODO-set-in-prod", "<insert token here>", "dummy-not-used", "__SET_ME__", "<redacted>",
                "PLEASE_FILL_IN", "your-secret-here", "none-for-local-dev", "<secret>"]
LOCAL_PH = {"en": "<password>", "de": "<Passwort>", "fr": "<mot de passe>", "es": "<contraseña>", "it": "<password>",
            "pt": "<senha>", "nl": "<wachtwoord>", "nb": "<passord>", "el": "<κωδικός>", "hu": "<jelszó>",
            "ro": "<parolă>", "zh": "<密码>"}


def placeholder(ctx, lang=None, avoid=""):
    if lang and ctx.chance(0.3):
        v = LOCAL_PH[lang]
    else:
        v = ctx.choice([p for p in PLACEHOLDERS if not any(c in p for c in avoid)] or ["changeme"])
    return ctx.N(v, "placeholder")


def vendor_placeholder(ctx):
    return ctx.N(ctx.choice(prov20.PLACEHOLDER_SHAPES)[1], "vendor-placeholder")


def _slug(var):
    return var.lower().replace("_", "-")


REF_STYLES = ["shell", "nomad", "concourse", "op", "vault", "aws-sm", "keyvault", "gcp-sm", "run-secrets", "symfony",
              "gha", "argocd-vault", "vals", "ansible-vault-lookup", "systemd-cred", "k8s-file", "doppler-cli", "pass"]


def ref_value(ctx, var, style=None):
    style = style or ctx.choice(REF_STYLES)
    s = _slug(var)
    acct = ctx.randint(100000000000, 999999999999)
    region = ctx.choice(["eu-north-1", "eu-west-1", "eu-central-1", "eu-south-2"])
    return style, {
        "shell": "${%s}" % var,
        "nomad": '{{ env "%s" }}' % var,
        "concourse": "((%s))" % s,
        "op": "op://%s/%s/password" % (ctx.choice(["Infra", "Ops", "Shared", "Prod"]), s),
        "vault": "vault:secret/data/%s#%s" % (ctx.choice(["prod", "ops", "apps"]), s),
        "aws-sm": "arn:aws:secretsmanager:%s:%d:secret:prod/%s-%s" % (region, acct, s, V.rstr(ctx.rng, V.ALNUM, 6)),
        "keyvault": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (ctx.choice(["prod", "ops", "core"]), s),
        "gcp-sm": "projects/%d/secrets/%s/versions/latest" % (ctx.randint(100000000000, 999999999999), s),
        "run-secrets": "/run/secrets/%s" % s.replace("-", "_"),
        "symfony": "%%env(%s)%%" % var,
        "gha": "${{ secrets.%s }}" % var,
        "argocd-vault": "<path:kv/data/%s#%s>" % (ctx.choice(["prod", "ops"]), s),
        "vals": "ref+vault://secret/%s#/%s" % (ctx.choice(["prod", "ops"]), s),
        "ansible-vault-lookup": "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/%s:value') }}" % s,
        "systemd-cred": "%%d/%s" % s,
        "k8s-file": "/var/run/secrets/app/%s" % s,
        "doppler-cli": "$(doppler secrets get %s --plain)" % var,
        "pass": "$(pass show infra/%s)" % s,
    }[style]


VAULTISH = ["op", "vault", "aws-sm", "keyvault", "gcp-sm", "argocd-vault", "vals", "pass", "doppler-cli"]


def vault_ref(ctx, var):
    return ref(ctx, var, ctx.choice(VAULTISH))


def ref(ctx, var, style=None):
    style, v = ref_value(ctx, var, style)
    return ctx.N(v, "reference-" + style)


def lang_ref(ctx, var, lang):
    """Environment access in a programming language (negative)."""
    v = {
        "python": 'os.environ["%s"]' % var, "python-get": 'os.getenv("%s")' % var, "node": "process.env.%s" % var,
        "ruby": 'ENV.fetch("%s")' % var, "php": "getenv('%s')" % var, "java": 'System.getenv("%s")' % var,
        "go": 'os.Getenv("%s")' % var, "rust": 'env::var("%s")' % var, "csharp": 'Environment.GetEnvironmentVariable("%s")' % var,
        "r": 'Sys.getenv("%s")' % var, "perl": "$ENV{%s}" % var, "elixir": 'System.fetch_env!("%s")' % var,
        "kotlin": 'System.getenv("%s")' % var, "dart": "Platform.environment['%s']" % var, "lua": 'os.getenv("%s")' % var,
    }[lang]
    return ctx.N(v, "reference-env-" + lang)


def masked(ctx, name=None):
    name = name or ctx.choice(["github-classic-pat", "stripe-secret-key", "slack-bot-token", "gitlab-pat", "sendgrid-api-key",
                               "openai-project-key", "vault-service-token", "digitalocean-pat", "huggingface-token", "shopify-admin-token"])
    return ctx.N(prov20.masked(ctx.rng, name), "masked-token")


def masked_pw(ctx):
    return ctx.N(ctx.choice(["********", "••••••••••", "[hidden]", "xxxxxxxx", "(redacted)", "*****"]), "masked-password")


HASHES = {
    "bcrypt": V.bcrypt, "sha512crypt": V.sha512crypt, "argon2id": V.argon2id, "pbkdf2-django": V.pbkdf2_django,
    "scram-sha-256": V.scram, "ssha": V.ssha, "mosquitto-sha512-pbkdf2": V.mosquitto7, "redis-acl-sha256": V.redis_acl_hash,
    "sha256-hex": V.sha256_hex, "sha1-hex": lambda r: V.hexs(r, 40), "md5-hex": lambda r: V.hexs(r, 32),
    "sri-sha512": V.sri, "git-sha": V.git_sha, "image-digest": lambda r: "sha256:" + V.sha256_hex(r),
}


def hash_(ctx, kind):
    return ctx.N(HASHES[kind](ctx.rng), "hash-" + kind)


IDENTS = {
    "uuid": lambda c: V.uuid4(c.rng),
    "uuid7": lambda c: V.uuid7(c.rng, c.randint(1_700_000_000_000, 1_760_000_000_000)),
    "ulid": lambda c: V.ulid(c.rng, c.randint(1_700_000_000_000, 1_760_000_000_000)),
    "objectid": lambda c: V.objectid(c.rng, c.randint(1_700_000_000, 1_760_000_000)),
    "imei": lambda c: V.imei(c.rng), "iccid": lambda c: V.iccid(c.rng), "mac": lambda c: V.mac(c.rng),
    "trace-id": lambda c: "00-%s-%s-01" % (V.hexs(c.rng, 32), V.hexs(c.rng, 16)),
    "request-id": lambda c: "req_" + V.rstr(c.rng, V.ALNUM, 24),
    "commit": lambda c: V.git_sha(c.rng),
    "build-id": lambda c: "%d" % c.randint(10000, 999999),
    "stripe-object-id": lambda c: c.choice(["pi_3", "cus_", "ch_3", "evt_1", "acct_1", "prod_", "price_1"]) + V.rstr(c.rng, V.ALNUM, 22),
    "aws-request-id": lambda c: V.uuid4(c.rng),
    "cloudflare-ray-id": lambda c: V.hexs(c.rng, 16) + "-" + c.choice(["OSL", "ATH", "LIS", "AMS", "FRA", "BUD", "OTP", "MRS", "TPE"]),
    "sentry-event-id": lambda c: V.hexs(c.rng, 32),
    "snowflake-id": lambda c: str(c.randint(10 ** 17, 13 * 10 ** 17)),
}


def ident(ctx, kind):
    return ctx.N(IDENTS[kind](ctx), "id-" + kind)


def serial(ctx, prefix):
    return ctx.N(V.serial(ctx.rng, prefix), "id-serial")


def public(ctx, name):
    label, var, gen = prov20.PUBLIC[name]
    return ctx.N(gen(ctx.rng), "public-" + name)


def documented(ctx, which=None):
    if which is None:
        cat, v = ctx.choice(prov20.DOCUMENTED[:8])
    else:
        cat, v = dict(prov20.DOCUMENTED)[which], None
        cat, v = which, dict(prov20.DOCUMENTED)[which]
    return ctx.N(v, "documented-" + cat)


def prose(ctx, text, cat="prose-no-value"):
    return ctx.N(text, cat)


def aws_key_id_alone(ctx):
    return ctx.N("AKIA" + V.rstr(ctx.rng, V.UPPER + "234567", 16), "id-aws-access-key-id-alone")


def crc_broken(ctx, prefix="ghp_"):
    from crypto20 import crc32_b62
    while True:
        body = V.rstr(ctx.rng, V.B62, 30)
        chk = V.rstr(ctx.rng, V.B62, 6)
        if crc32_b62(body) != chk:
            return ctx.N(prefix + body + chk, "checksum-invalid-" + prefix.rstrip("_"))
