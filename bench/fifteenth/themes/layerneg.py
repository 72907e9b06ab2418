"""Second-layer files that are mostly hard negatives: a deployment manifest, a startup log, regression
fixtures, a hash file, i18n strings, a lock file and an asset inventory."""

from prov15 import DOC_EXAMPLES


def manifest(t, d):
    r = t.r
    kind = r.choice(["actions", "deployment", "gitlab"])
    app = t.key.split("-")[0]
    if kind == "actions":
        t.w("%s/.github/workflows/deploy.yml" % d, "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n"
            "  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@%s\n"
            "      - uses: docker/login-action@%s\n        with:\n          registry: ghcr.io\n"
            "          username: ${{ github.actor }}\n          password: %s\n      - run: ./deploy.sh\n"
            "        env:\n          DATABASE_URL: %s\n          API_TOKEN: %s\n          IMAGE: %s\n"
            "      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: %s\n" % (
                t.N(r.git_sha(), "git-sha"), r.git_sha(),
                t.N("${{ secrets.GITHUB_TOKEN }}", "ci-secret-reference"),
                t.N("${{ secrets.DATABASE_URL }}", "ci-secret-reference"),
                t.N("${{ secrets.%s_API_TOKEN }}" % app.upper(), "ci-secret-reference"),
                t.N("ghcr.io/%s/%s@sha256:%s" % (app, app, r.sha256()), "image-digest"), t.Ptok("npm-token")))
    elif kind == "deployment":
        t.w("%s/k8s/deployment.yaml" % d, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n"
            "spec:\n  template:\n    spec:\n      containers:\n        - name: %s\n          image: %s\n"
            "          env:\n            - name: DB_PASSWORD\n              valueFrom:\n"
            "                secretKeyRef: {name: %s-db, key: %s}\n            - name: TRACE_ID_SEED\n"
            "              value: \"%s\"\n            - name: BUILD_SHA\n              value: \"%s\"\n"
            "            - name: DD_API_KEY\n              value: \"%s\"\n" % (
                app, app, t.N("registry.%s/%s@sha256:%s" % (t.domain, app, r.sha256()), "image-digest"),
                app, t.N("password", "k8s-secret-key-reference"), t.N(r.uuid(), "uuid"),
                t.N(r.git_sha(), "git-sha"), t.Ptok("datadog-api-key")))
    else:
        t.w("%s/.gitlab-ci.yml" % d, "variables:\n  DOCKER_DRIVER: overlay2\n  DB_PASSWORD: %s\n"
            "  SENTRY_AUTH_TOKEN: %s\n"
            "deploy:\n  stage: deploy\n  image: %s\n  script:\n    - echo \"%s\" | docker login -u gitlab-ci-token "
            "--password-stdin $CI_REGISTRY\n    - helm upgrade --install %s ./chart --set image.tag=%s\n" % (
                t.N("$DB_PASSWORD_MASKED", "ci-secret-reference"), t.Ptok("sentry-user-token"),
                t.N("alpine/helm@sha256:%s" % r.sha256(), "image-digest"),
                t.N("$CI_JOB_TOKEN", "ci-secret-reference"), app, t.N(r.git_sha(), "git-sha")))


def startup_log(t, d):
    r = t.r
    ts = "2025-%02d-%02dT06:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59))
    dsn_pw = t.pw(uri=True)
    lines = [
        "%s:01Z INFO  starting %s-sync v%d.%d.%d" % (ts, t.key, r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
        "%s:01Z INFO  config: db_password=%s" % (ts, t.N("********", "masked-value")),
        "%s:02Z INFO  config: api_token=[REDACTED]" % ts,
        "%s:02Z DEBUG request_id=%s" % (ts, r.uuid()),
        "%s:03Z INFO  connected to %s as sync" % (ts, t.host("db1")),
        "%s:03Z WARN  legacy bridge dsn=postgres://bridge:%s@%s:5432/%s" % (
            ts, t.S(dsn_pw, "postgres-url-password"), t.host("legacy"), t.key.replace("-", "_")),
        "%s:04Z INFO  trace_id=%s span=%s" % (ts, r.hex(32), r.hex(16)),
        "%s:05Z INFO  token fingerprint sha256:%s" % (ts, t.N(r.sha256(), "digest-sha256")),
        "%s:05Z INFO  ready" % ts,
    ]
    t.w("%s/logs/sync-startup.log" % d, "\n".join(lines) + "\n")


def fixtures(t, d):
    r = t.r
    lang = r.choice(["py", "js", "go"])
    bad_gh = r.crc_token("ghp_", valid=False)
    bad_npm = r.crc_token("npm_", valid=False)
    docs = r.sample(DOC_EXAMPLES, 2)
    if lang == "py":
        body = ['"""Redaction tests. Every value below is FAKE: checksums are deliberately broken or the value',
                'is a vendor documentation example."""', "", "FAKE_TOKENS = ["]
        body.append('    "%s",  # bad CRC32' % t.N(bad_gh, "test-fixture-bad-checksum"))
        body.append('    "%s",  # bad CRC32' % t.N(bad_npm, "test-fixture-bad-checksum"))
        body += ['    "%s",  # docs example' % t.N(v, c) for c, v in docs]
        body += ["]", "", "", "def test_redacts_all(redactor):", "    for tok in FAKE_TOKENS:",
                 "        assert tok not in redactor(tok)"]
        t.w("%s/tests/test_redaction.py" % d, "\n".join(body) + "\n")
    elif lang == "js":
        body = ["// Fixtures for the log scrubber. All values are fake (broken checksums or vendor doc examples).",
                "export const fakeTokens = {"]
        body.append('  githubBadChecksum: "%s",' % t.N(bad_gh, "test-fixture-bad-checksum"))
        body.append('  npmBadChecksum: "%s",' % t.N(bad_npm, "test-fixture-bad-checksum"))
        body += ['  doc%d: "%s",' % (i, t.N(v, c)) for i, (c, v) in enumerate(docs)]
        body.append("};")
        t.w("%s/test/fixtures/fakeTokens.js" % d, "\n".join(body) + "\n")
    else:
        body = ["package scrub", "", "// Fake values only: broken checksums and vendor documentation examples.",
                "var fakeTokens = []string{"]
        body.append('\t"%s", // bad CRC32' % t.N(bad_gh, "test-fixture-bad-checksum"))
        body.append('\t"%s", // bad CRC32' % t.N(bad_npm, "test-fixture-bad-checksum"))
        body += ['\t"%s",' % t.N(v, c) for c, v in docs]
        body.append("}")
        t.w("%s/scrub/fixtures_test.go" % d, "\n".join(body) + "\n")


def hash_file(t, d):
    r = t.r
    kind = r.choice(["htpasswd", "shadow", "users"])
    names = [r.choice(["ops", "admin", "report", "kiosk", "audit", "noc", "viewer"]) + str(i) for i in range(3)]
    if kind == "htpasswd":
        t.w("%s/etc/nginx/.htpasswd" % d, "".join("%s:%s\n" % (n, t.N(r.bcrypt() if i % 2 else r.apr1(),
                                                                          "hash-htpasswd"))
                                                 for i, n in enumerate(names)))
    elif kind == "shadow":
        t.w("%s/backup/shadow.excerpt" % d, "".join("%s:%s:19%d:0:99999:7:::\n" % (
            n, t.N(r.yescrypt() if i % 2 else r.sha512crypt(), "hash-shadow"), r.randint(100, 999))
            for i, n in enumerate(names)))
    else:
        rows = ['  {"user": "%s", "password_hash": "%s"}' % (n, t.N(
            [r.argon2, r.bcrypt, r.pbkdf2_django][i % 3](), "hash-password-seed")) for i, n in enumerate(names)]
        t.w("%s/seed/users.json" % d, "[\n" + ",\n".join(rows) + "\n]\n")


I18N = {"de": ("Passwort", "API-Schlüssel", "Geheimnis", "Angemeldet bleiben"),
        "fr": ("Mot de passe", "Clé API", "Secret", "Rester connecté"),
        "es": ("Contraseña", "Clave de API", "Secreto", "Mantener la sesión iniciada"),
        "nl": ("Wachtwoord", "API-sleutel", "Geheim", "Ingelogd blijven"),
        "pl": ("Hasło", "Klucz API", "Sekret", "Nie wylogowuj mnie"),
        "it": ("Password", "Chiave API", "Segreto", "Resta connesso")}


def i18n(t, d):
    r = t.r
    lang = r.choice(sorted(I18N))
    pw, key, secret, stay = I18N[lang]
    if r.random() < 0.5:
        t.w("%s/locales/%s.json" % (d, lang), '{\n  "login.password": "%s",\n  "settings.api_key": "%s",\n'
            '  "settings.client_secret": "%s",\n  "login.remember_me": "%s"\n}\n' % (
                t.N(pw, "i18n-string"), t.N(key, "i18n-string"), t.N(secret, "i18n-string"), stay))
    else:
        t.w("%s/locale/%s/LC_MESSAGES/messages.po" % (d, lang), 'msgid ""\nmsgstr ""\n"Language: %s\\n"\n\n'
            'msgid "Password"\nmsgstr "%s"\n\nmsgid "API key"\nmsgstr "%s"\n\nmsgid "Secret"\nmsgstr "%s"\n\n'
            'msgid "Stay signed in"\nmsgstr "%s"\n' % (lang, t.N(pw, "i18n-string"), t.N(key, "i18n-string"),
                                                      t.N(secret, "i18n-string"), stay))


def lock_file(t, d):
    r = t.r
    kind = r.choice(["npm", "gosum", "poetry"])
    if kind == "npm":
        pk = ["axios", "dayjs", "pino", "zod"]
        rows = ['    "node_modules/%s": {\n      "version": "%d.%d.%d",\n      "integrity": "%s"\n    }' % (
            p, r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), t.N(r.sri(), "digest-sri") if i % 2 else r.sri())
            for i, p in enumerate(pk)]
        t.w("%s/app/package-lock.json" % d, '{\n  "lockfileVersion": 3,\n  "packages": {\n%s\n  }\n}\n' %
            ",\n".join(rows))
    elif kind == "gosum":
        import base64
        mods = ["github.com/jackc/pgx/v5", "golang.org/x/crypto", "github.com/spf13/cobra"]
        t.w("%s/svc/go.sum" % d, "".join("%s v0.%d.%d h1:%s\n" % (m, r.randint(1, 40), r.randint(0, 9), t.N(
            base64.b64encode(r.raw(32)).decode(), "digest-go-sum") if i != 1 else base64.b64encode(r.raw(32)).decode())
            for i, m in enumerate(mods)))
    else:
        pk = ["requests", "pydantic", "paramiko"]
        t.w("%s/tools/poetry.lock" % d, "".join(
            '[[package]]\nname = "%s"\nversion = "2.%d.%d"\nfiles = [\n    {file = "%s-2.%d.%d.tar.gz", '
            'hash = "%s"},\n]\n\n' % (p, i, i + 1, p, i, i + 1, t.N("sha256:" + r.sha256(), "digest-sha256"))
            for i, p in enumerate(pk)))


def inventory(t, d):
    r = t.r
    rows = ["asset_tag,hostname,mac,serial,uuid"]
    for i in range(4):
        c = i % 3
        mac = t.N(r.mac(), "mac-address") if c == 0 else r.mac()
        serial = t.N(r.serial(), "device-serial") if c == 1 else r.serial()
        uid = t.N(r.uuid(), "uuid") if c == 2 else r.uuid()
        rows.append("AT-%05d,%s-%02d,%s,%s,%s" % (r.randint(1, 99999), t.key.split("-")[0], i + 1, mac, serial, uid))
    t.w("%s/inventory/assets.csv" % d, "\n".join(rows) + "\n")


def layer_negatives(t, d):
    manifest(t, d)
    startup_log(t, d)
    fixtures(t, d)
    hash_file(t, d)
    i18n(t, d)
    lock_file(t, d)
    if t.r.random() < 0.5:
        inventory(t, d)
