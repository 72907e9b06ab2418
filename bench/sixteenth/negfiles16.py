"""Second layer, part three: files of hard negatives (lock files, logs, i18n, fixtures, hashes,
checksums, encrypted-at-rest blobs, public keys, release notes, notebooks, OpenAPI)."""

import neg16
import prov16


def lockfile(ctx, base):
    v = ctx.v
    kind = v.choice(["npm", "poetry", "gosum", "cargo", "tflock", "yarn", "pipfile"])
    pk = ["left-pad", "undici", "zod", "pino", "fastify", "dayjs", "yaml", "semver", "ws", "chalk"]
    if kind == "npm":
        d = ctx.doc(base + "/package-lock.json")
        d.w("{", '  "name": "%s",' % v.choice(ctx.vocab["apps"]), '  "lockfileVersion": 3,', '  "packages": {')
        for i, p in enumerate(v.sample(pk, 4)):
            d.w('    "node_modules/%s": {' % p, '      "version": "%d.%d.%d",' % (v.randint(1, 9), v.randint(0, 20), v.randint(0, 9)),
                '      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz",' % (p, p),
                '      "integrity": "%s"' % d.N(v.sri(), "npm-integrity"), "    }" + ("," if i < 3 else ""))
        d.w("  }", "}")
    elif kind == "poetry":
        d = ctx.doc(base + "/poetry.lock")
        for p in v.sample(["requests", "pydantic", "httpx", "sqlalchemy", "paramiko", "boto3"], 3):
            d.w("[[package]]", 'name = "%s"' % p, 'version = "2.%d.%d"' % (v.randint(0, 9), v.randint(0, 9)), "files = [")
            d.w('    {file = "%s-2.0.tar.gz", hash = "sha256:%s"},' % (p, d.N(v.sha256(), "lockfile-sha256")))
            d.w("]", "")
    elif kind == "gosum":
        d = ctx.doc(base + "/go.sum")
        for p in ["github.com/spf13/cobra", "golang.org/x/crypto", "github.com/jackc/pgx/v5", "go.uber.org/zap"]:
            d.w("%s v1.%d.%d h1:%s" % (p, v.randint(0, 9), v.randint(0, 9), d.N(v.b64(32), "go-sum-hash")))
    elif kind == "cargo":
        d = ctx.doc(base + "/Cargo.lock")
        for p in v.sample(["serde", "tokio", "rustls", "ring", "clap", "anyhow"], 3):
            d.w("[[package]]", 'name = "%s"' % p, 'version = "1.%d.%d"' % (v.randint(0, 40), v.randint(0, 9)),
                'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % d.N(v.sha256(), "cargo-checksum"), "")
    elif kind == "tflock":
        d = ctx.doc(base + "/.terraform.lock.hcl")
        d.w('provider "registry.terraform.io/hashicorp/aws" {', '  version = "5.%d.0"' % v.randint(10, 80), "  hashes = [")
        d.w('    "h1:%s",' % d.N(v.b64(32), "terraform-lock-hash"))
        for _ in range(2):
            d.w('    "zh:%s",' % d.N(v.sha256(), "terraform-lock-hash"))
        d.w("  ]", "}")
    elif kind == "yarn":
        d = ctx.doc(base + "/yarn.lock")
        for p in v.sample(pk, 3):
            d.w('"%s@^1.0.0":' % p, '  version "1.%d.0"' % v.randint(0, 30), '  resolved "https://registry.yarnpkg.com/%s/-/%s-1.0.0.tgz#%s"' % (
                p, p, d.N(v.sha1(), "yarn-resolved-sha1")), "  integrity " + v.sri(), "")
    else:
        d = ctx.doc(base + "/Pipfile.lock")
        d.w("{", '  "_meta": {"hash": {"sha256": "%s"}},' % d.N(v.sha256(), "lockfile-sha256"), '  "default": {')
        d.w('    "urllib3": {"hashes": ["sha256:%s"], "version": "==2.2.3"}' % d.N(v.sha256(), "lockfile-sha256"), "  }", "}")


def applog(ctx, base):
    v = ctx.v
    app = v.choice(ctx.vocab["apps"])
    d = ctx.doc(base + "/logs/%s-%s.log" % (app, v.date().replace("-", "")))
    ts = v.date()
    d.w('%sT06:00:01Z INFO  boot app=%s build=%s' % (ts, app, d.N("%s-%s" % (v.word(), v.hex(12)), "build-id")))
    d.w('%sT06:00:02Z INFO  db connect url=postgresql://%s:%s@%s/%s' % (ts, app, d.N("********", "masked-stars"), ctx.host("pg01"), app))
    d.w('%sT06:02:11Z INFO  request id=%s traceparent=%s' % (ts, v.uuid(), d.N(v.traceparent(), "trace-id")))
    d.w('%sT06:02:11Z DEBUG outbound Authorization: Bearer %s' % (ts, d.N("[REDACTED]", "masked-redacted")))
    d.w('%sT06:03:40Z INFO  session created sid=%s user=%s' % (ts, d.N(v.hex(32), "log-session-id"), ctx.person().split()[0].lower()))
    d.w('%sT06:04:02Z WARN  api key fingerprint=%s rejected (revoked 2 days ago)' % (ts, d.N("sha256:" + v.b64(32).rstrip("="), "key-fingerprint")))
    d.w('%sT06:04:09Z INFO  s3 put etag=%s x-amz-request-id=%s' % (ts, v.md5(), d.N(v.HEXU(16), "aws-request-id")))
    d.w('%sT06:05:00Z INFO  x-amz-id-2=%s' % (ts, d.N(v.b64(56), "aws-extended-request-id")))
    d.w('%sT06:05:31Z INFO  stripe charge %s captured' % (ts, d.N("ch_3" + v.alnum(24), "stripe-object-id")))


I18N = {
    "de": ("Passwort", "Passwort vergessen?", "API-Schlüssel", "Geheimnis anzeigen", "Token kopieren"),
    "fr": ("Mot de passe", "Mot de passe oublié ?", "Clé d'API", "Afficher le secret", "Copier le jeton"),
    "es": ("Contraseña", "¿Olvidaste tu contraseña?", "Clave de API", "Mostrar secreto", "Copiar token"),
    "pt": ("Senha", "Esqueceu a senha?", "Chave de API", "Mostrar segredo", "Copiar token"),
    "nl": ("Wachtwoord", "Wachtwoord vergeten?", "API-sleutel", "Geheim tonen", "Token kopiëren"),
    "sv": ("Lösenord", "Glömt lösenordet?", "API-nyckel", "Visa hemlighet", "Kopiera token"),
    "tr": ("Parola", "Parolanızı mı unuttunuz?", "API anahtarı", "Gizli anahtarı göster", "Belirteci kopyala"),
}


def i18n(ctx, base):
    v = ctx.v
    langs = v.sample(sorted(I18N), 3)
    kind = v.choice(["json", "po", "properties", "yaml"])
    for lang in langs:
        t = I18N[lang]
        if kind == "json":
            d = ctx.doc("%s/locales/%s.json" % (base, lang))
            d.w("{", '  "auth.password": "%s",' % d.N(t[0], "i18n-string"), '  "auth.forgot": "%s",' % t[1],
                '  "settings.apiKey": "%s",' % d.N(t[2], "i18n-string"), '  "settings.reveal": "%s"' % t[3], "}")
        elif kind == "po":
            d = ctx.doc("%s/locale/%s/LC_MESSAGES/messages.po" % (base, lang))
            d.w('msgid "Password"', 'msgstr "%s"' % d.N(t[0], "i18n-string"), "", 'msgid "API key"', 'msgstr "%s"' % t[2], "",
                'msgid "Copy token"', 'msgstr "%s"' % d.N(t[4], "i18n-string"))
        elif kind == "properties":
            d = ctx.doc("%s/i18n/messages_%s.properties" % (base, lang))
            d.w("login.password=" + d.N(t[0], "i18n-string"), "login.forgot=" + t[1], "token.copy=" + d.N(t[4], "i18n-string"))
        else:
            d = ctx.doc("%s/config/locales/%s.yml" % (base, lang))
            d.w("%s:" % lang, "  devise:", "    password: \"%s\"" % d.N(t[0], "i18n-string"), "    secret: \"%s\"" % d.N(t[3], "i18n-string"))


def fixtures(ctx, base):
    v = ctx.v
    lang = v.choice(["py", "js", "go"])
    bad = [v.gh_bad(p) for p in ("ghp_", "gho_", "npm_")]
    ex = v.sample(prov16.DOC_EXAMPLES, 2)
    if lang == "py":
        d = ctx.doc(base + "/tests/test_redaction.py")
        d.w("import pytest", "", "# tokens below have a deliberately broken checksum; they are not real", "FAKE_TOKENS = [")
        for b in bad:
            d.w('    "%s",' % d.N(b, "token-bad-checksum"))
        d.w("]")
        for c, x in ex:
            d.w('DOC_%s = "%s"' % (c.upper().replace("-", "_"), d.N(x, c)))
        d.w('DUMMY_PASSWORD = "%s"' % d.N("not-a-real-password", "test-fixture-fake"), "",
            "@pytest.mark.parametrize('tok', FAKE_TOKENS)", "def test_masks(tok):", "    assert '****' in redact(tok)")
    elif lang == "js":
        d = ctx.doc(base + "/test/redact.spec.js")
        d.w("// fixtures: checksum-invalid tokens and vendor documentation examples", "const fakes = [")
        for b in bad:
            d.w("  '%s'," % d.N(b, "token-bad-checksum"))
        d.w("];")
        for c, x in ex:
            d.w("const %s = '%s';" % (c.replace("-", "_"), d.N(x, c)))
        d.w("const dummySecret = '%s';" % d.N("test-secret-do-not-use", "test-fixture-fake"),
            "test('masks', () => fakes.forEach(t => expect(redact(t)).toContain('****')));")
    else:
        d = ctx.doc(base + "/internal/redact/redact_test.go")
        d.w("package redact", "", "// Not real tokens: the CRC32 suffix is wrong on purpose.", "var fakeTokens = []string{")
        for b in bad:
            d.w('\t"%s",' % d.N(b, "token-bad-checksum"))
        d.w("}")
        for c, x in ex:
            d.w('const doc%s = "%s"' % (c.title().replace("-", ""), d.N(x, c)))
        d.w('const dummyPassword = "%s"' % d.N("fixture-password-000", "test-fixture-fake"))


def hashes(ctx, base):
    v = ctx.v
    kind = v.choice(["htpasswd", "shadow", "seed"])
    users = [p.split()[0].lower() for p in ctx.people[:4]]
    if kind == "htpasswd":
        d = ctx.doc(base + "/.htpasswd")
        for u in users:
            c, h = v.choice([("bcrypt-hash", v.bcrypt()), ("apr1-hash", v.apr1())])
            d.w("%s:%s" % (u, d.N(h, c)))
    elif kind == "shadow":
        d = ctx.doc(base + "/etc-backup/shadow")
        d.w("root:!:19800:0:99999:7:::")
        for u in users:
            c, h = v.choice([("yescrypt-hash", v.yescrypt()), ("sha512crypt-hash", v.sha512crypt())])
            d.w("%s:%s:19%d:0:99999:7:::" % (u, d.N(h, c), v.randint(500, 999)))
    else:
        d = ctx.doc(base + "/db/seed_users.sql")
        for u in users:
            c, h = v.choice([("bcrypt-hash", v.bcrypt()), ("argon2-hash", v.argon2()), ("django-pbkdf2-hash", v.django_hash())])
            d.w("INSERT INTO users (login, password_hash) VALUES ('%s', '%s');" % (u, d.N(h, c)))


def checksums(ctx, base):
    v = ctx.v
    d = ctx.doc(base + "/release/SHA256SUMS")
    app = v.choice(ctx.vocab["apps"])
    for arch in ["linux-amd64", "linux-arm64", "windows-amd64.exe", "darwin-arm64"]:
        d.w("%s  %s-%s" % (d.N(v.sha256(), "sha256-digest"), app, arch))


def encrypted(ctx, base):
    v = ctx.v
    kind = v.choice(["sealed", "sops", "ansible", "spring"])
    if kind == "sealed":
        d = ctx.doc(base + "/k8s/sealed-%s.yaml" % v.choice(ctx.vocab["apps"]))
        d.w("apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: app-secrets", "spec:", "  encryptedData:")
        for k in ["DB_PASSWORD", "API_TOKEN"]:
            d.w("    %s: %s" % (k, d.N("AgB" + v.b64(330), "sealed-secret-ciphertext")))
    elif kind == "sops":
        d = ctx.doc(base + "/secrets/prod.enc.yaml")
        for k in ["db_password", "smtp_password", "api_token"]:
            d.w("%s: %s" % (k, d.N("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (v.b64(18), v.b64(32), v.b64(16)), "sops-ciphertext")))
        d.w("sops:", "    age:", "        - recipient: " + d.N("age1" + v.chars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "age-public-recipient"),
            "    lastmodified: \"%sT10:00:00Z\"" % v.date(), "    mac: " + d.N("ENC[AES256_GCM,data:%s,type:str]" % v.b64(48), "sops-ciphertext"))
    elif kind == "ansible":
        d = ctx.doc(base + "/group_vars/prod/vault.yml")
        body = "\n".join(v.hex(80) for _ in range(5))
        d.w("$ANSIBLE_VAULT;1.1;AES256")
        d.w(d.N(body, "ansible-vault-ciphertext"))
    else:
        d = ctx.doc(base + "/config/application-prod.yml")
        d.w("spring:", "  datasource:", "    url: jdbc:postgresql://%s:5432/app" % ctx.host("pg02"),
            "    password: '%s'" % d.N("{cipher}" + v.hex(128), "spring-cipher"), "jasypt:", "  encryptor:",
            "    password: " + d.N("${JASYPT_ENCRYPTOR_PASSWORD}", "env-reference"),
            "mail:", "  password: " + d.N("ENC(%s)" % v.b64(48), "jasypt-ciphertext"))


def pubkeys(ctx, base):
    v = ctx.v
    d = ctx.doc(base + "/ssh/authorized_keys")
    for i in range(3):
        k = ctx.key(v.choice(["ed25519", "ec"]))
        d.w(d.N(k.ssh_public(ctx.person(i).split()[0].lower() + "@laptop"), "ssh-public-key"))
    h = ctx.doc(base + "/ssh/known_hosts")
    for i in range(2):
        k = ctx.key("ed25519")
        h.w("%s %s" % (ctx.host("bastion%d" % i), h.N(k.ssh_public("").strip(), "ssh-host-public-key")))


def notebook(ctx, base):
    v = ctx.v
    d = ctx.doc(base + "/notebooks/%s-analysis.ipynb" % v.choice(ctx.vocab["apps"]))
    d.w("{", ' "cells": [', "  {", '   "cell_type": "code",', '   "id": "%s",' % d.N(v.hex(8) + "-" + v.hex(4), "notebook-cell-id"),
        '   "metadata": {},', '   "source": [', '    "import getpass, os\\n",',
        '    "pw = %s\\n",' % d.N("getpass.getpass('warehouse password: ')", "interactive-prompt"),
        '    "conn = connect(user=\\"analyst\\", password=pw)"', "   ],", '   "outputs": [', "    {",
        '     "name": "stdout", "output_type": "stream",',
        '     "text": ["rows: 48213, checksum %s\\n"]' % d.N(v.md5(), "md5-digest"), "    }", "   ]", "  }", " ],",
        ' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},', ' "nbformat": 4,', ' "nbformat_minor": 5', "}")


def openapi(ctx, base):
    v = ctx.v
    d = ctx.doc(base + "/api/openapi.yaml")
    d.w("openapi: 3.0.3", "info:", "  title: %s API" % v.choice(ctx.vocab["apps"]), "  version: 2.%d.0" % v.randint(0, 9),
        "components:", "  securitySchemes:", "    ApiKeyAuth:", "      type: apiKey", "      in: header", "      name: X-API-Key",
        "  schemas:", "    Credentials:", "      type: object", "      properties:", "        apiKey:", "          type: string",
        "          example: " + d.N("<your-api-key>", "placeholder-angle"), "        password:", "          type: string",
        "          format: password", "          example: " + d.N("********", "masked-stars"),
        "        clientId:", "          type: string", "          example: " + d.N(v.uuid(), "uuid"))


NEGFILES = [lockfile, applog, i18n, fixtures, hashes, checksums, encrypted, pubkeys, notebook, openapi]
