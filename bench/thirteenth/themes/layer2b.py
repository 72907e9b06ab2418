"""Second layer, part two: manifest, legacy ops files, host files, startup log, fixtures, hashes, i18n,
ID inventory and lock files."""
import base64

import prov13
from vals13 import DOC


# ------------------------------------------------------------------ manifests (references and IDs only)
def manifest(t, base):
    v = t.v
    kind = v.choice(["actions", "deployment", "terraform", "gitlab"])
    if kind == "actions":
        d = t.f(".github/workflows/deploy-%s.yml" % t.short[:10])
        d.w("name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:",
            "    runs-on: ubuntu-latest", "    steps:")
        d.w("      - uses: actions/checkout@" + d.N(v.git_sha(), "git-sha"))
        d.w("      - name: publish", "        env:")
        for name in v.sample(["REGISTRY_PASSWORD", "DEPLOY_TOKEN", "SENTRY_AUTH_TOKEN", "SLACK_WEBHOOK_URL",
                              "DB_PASSWORD"], 3):
            d.w("          %s: %s" % (name, d.N("${{ secrets.%s }}" % name, "ci-reference")))
        d.w("        run: ./scripts/publish.sh")
    elif kind == "deployment":
        d = t.f("%s/k8s/deployment.yaml" % base)
        d.w("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: portal", "spec:", "  replicas: 2",
            "  template:", "    spec:", "      containers:", "        - name: portal")
        d.w("          image: registry.%s/portal@%s" % (t.domain, d.N(v.image_digest(), "image-digest")))
        d.w("          env:", "            - name: DB_PASSWORD", "              valueFrom:",
            "                secretKeyRef: {name: portal-db, key: password}", "            - name: API_TOKEN")
        d.w("              value: " + d.N("{{ .Values.portal.apiToken }}", "template-reference"))
        d.w("            - name: TRACE_SAMPLE_ID")
        d.w("              value: \"%s\"" % d.N(v.hex(32), "trace-id"))
    elif kind == "terraform":
        d = t.f("%s/terraform/secrets.tf" % base)
        d.w('data "aws_secretsmanager_secret_version" "db" {')
        d.w('  secret_id = "%s"' % d.N("arn:aws:secretsmanager:us-east-2:%s:secret:%s/db-%s" % (
            v.digits(12), t.short, v.alnum(6)), "resource-id"))
        d.w("}", "", 'variable "db_password" {', "  type      = string", "  sensitive = true", "}", "",
            'resource "aws_db_instance" "main" {', '  identifier = "%s-db"' % t.short[:12],
            "  password   = var.db_password")
        d.w('  kms_key_id = "%s"' % d.N("arn:aws:kms:us-east-2:%s:key/%s" % (v.digits(12), v.uuid4()), "resource-id"))
        d.w("}")
    else:
        d = t.f(".gitlab-ci.yml")
        d.w("stages: [test, deploy]", "variables:", "  DOCKER_DRIVER: overlay2")
        d.w("  DEPLOY_TOKEN: " + d.N("$CI_DEPLOY_PASSWORD", "ci-reference"))
        d.w("deploy:", "  stage: deploy", "  image: alpine@" + d.N(v.image_digest(), "image-digest"),
            "  script:", '    - ./deploy.sh "$CI_COMMIT_SHA"')


# ------------------------------------------------------------------ legacy ops files
def legacy(t, base, n):
    for name in t.v.sample(sorted(LEGACY), n):
        LEGACY[name](t, base)


def _pgpass(t, base):
    d = t.f("%s/legacy/.pgpass" % base)
    d.w("# hostname:port:database:username:password")
    d.w("pg-report.%s:5432:reporting:report_ro:%s" % (t.domain, d.S(t.pw("uri"), "pgpass-password")))
    d.w("# local socket connections use peer auth, no entry needed")


def _msmtprc(t, base):
    d = t.f("%s/legacy/.msmtprc" % base)
    d.w("defaults", "auth on", "tls on", "", "account alerts", "host smtp.%s" % t.domain, "port 587",
        "from alerts@%s" % t.domain, "user alerts@%s" % t.domain)
    d.w("password " + d.S(t.pw(), "smtp-password"))


def _s3cfg(t, base):
    d = t.f("%s/legacy/.s3cfg" % base)
    r = d.R("s3cfg-wasabi-key")
    d.w("[default]", "host_base = s3.wasabisys.com", "host_bucket = %(bucket)s.s3.wasabisys.com")
    d.w(r.B + "access_key = " + r.A(t.v.upper(20), ident=True))
    d.w("secret_key = " + r.A(t.v.s(prov13.ALNUM + "+/", 40)) + r.E)
    d.w("use_https = True")


def _nslcd(t, base):
    d = t.f("%s/legacy/nslcd.conf" % base)
    d.w("uid nslcd", "gid nslcd", "uri ldaps://ldap.%s/" % t.domain, "base dc=%s,dc=local" % t.short[:10],
        "binddn cn=nslcd,ou=services,dc=%s,dc=local" % t.short[:10])
    d.w("bindpw " + d.S(t.pw("strong"), "ldap-bind-password"))


def _crontab(t, base):
    d = t.f("%s/legacy/crontab.txt" % base)
    d.w("# m h dom mon dow command", "MAILTO=ops@%s" % t.domain)
    d.w("15 2 * * * mysqldump -u backup -p'%s' --all-databases | gzip > /backup/db-$(date +\\%%F).sql.gz"
        % d.S(t.pw("uri"), "mysqldump-password"))
    d.w("0 4 * * 0 /usr/local/bin/rotate-logs.sh")


def _redis(t, base):
    d = t.f("%s/legacy/redis.conf" % base)
    pw = t.v.pw_uri(32)
    d.w("bind 0.0.0.0", "port 6379", "protected-mode yes")
    d.w("requirepass " + d.S(pw, "redis-requirepass"))
    d.w("masterauth " + d.S(pw, "redis-requirepass"))
    d.w("maxmemory 2gb")


def _npmrc(t, base):
    d = t.f("%s/legacy/.npmrc" % base)
    d.w("registry=https://registry.npmjs.org/", "@%s:registry=https://npm.pkg.github.com/" % t.short[:10])
    d.w("//registry.npmjs.org/:_authToken=" + d.P(t.v.gh("npm_"), "npm-token", "gh"))
    d.w("//npm.pkg.github.com/:_authToken=" + d.N("${GITHUB_PACKAGES_TOKEN}", "env-reference"))


def _maven(t, base):
    d = t.f("%s/legacy/settings.xml" % base)
    d.w("<settings>", "  <servers>", "    <server>", "      <id>nexus-releases</id>", "      <username>deploy</username>")
    d.w("      <password>%s</password>" % d.S(t.pw("strong"), "maven-server-password"))
    d.w("    </server>", "    <server>", "      <id>nexus-snapshots</id>", "      <username>deploy</username>")
    d.w("      <password>%s</password>" % d.N("{%s=}" % t.v.b64bytes(30).rstrip("="), "encrypted-blob"))
    d.w("    </server>", "  </servers>", "</settings>")


def _snmpd(t, base):
    d = t.f("%s/legacy/snmpd.conf" % base)
    d.w("agentAddress udp:161", "sysLocation %s" % t.city)
    r = d.R("snmpv3-passphrase", group="generic")
    d.w(r.B + 'createUser opsmon SHA "%s" AES "%s"' % (r.A(t.v.pw_phrase("-")), r.A(t.v.pw_uri(20))) + r.E)
    d.w("rouser opsmon priv")


def _gitcred(t, base):
    d = t.f("%s/legacy/.git-credentials" % base)
    d.w("https://%s:%s@github.com" % (t.user(3), d.P(t.v.gh("ghp_"), "github-pat", "gh")))


def _netrc(t, base):
    d = t.f("%s/legacy/.netrc" % base)
    d.w("machine files.%s" % t.domain, "  login svc_transfer")
    d.w("  password " + d.S(t.pw(), "netrc-password"))


def _rsyncd(t, base):
    d = t.f("%s/legacy/rsyncd.secrets" % base)
    d.w("backup:" + d.S(t.pw("uri"), "rsync-secret"))


def _upsd(t, base):
    d = t.f("%s/legacy/upsd.users" % base)
    d.w("[upsmon]")
    d.w("    password = " + d.S(t.v.pw_device(), "nut-ups-password"))
    d.w("    upsmon primary")


def _dockercfg(t, base):
    d = t.f("%s/legacy/docker-config.json" % base)
    auth = base64.b64encode(("ci-pull:%s" % t.v.pw_uri()).encode()).decode()
    d.w("{", '  "auths": {', '    "registry.%s": {' % t.domain)
    d.w('      "auth": "%s"' % d.S(auth, "docker-auth-basic", "basic"))
    d.w("    }", "  }", "}")


def _pypirc(t, base):
    d = t.f("%s/legacy/.pypirc" % base)
    d.w("[distutils]", "index-servers = pypi", "", "[pypi]", "username = __token__")
    d.w("password = " + d.P(prov13.pypi(t.v), "pypi-token", "pypi"))


def _mycnf(t, base):
    d = t.f("%s/legacy/.my.cnf" % base)
    d.w("[client]", "user=etl_loader", "host=mysql-01.%s" % t.domain)
    d.w("password=" + d.S(t.pw(), "mysql-client-password"))


def _pipconf(t, base):
    d = t.f("%s/legacy/pip.conf" % base)
    d.w("[global]")
    d.w("index-url = https://build:%s@pypi.%s/simple/" % (d.S(t.v.pw_uri(), "pip-index-password"), t.domain))
    d.w("timeout = 30")


LEGACY = {"pgpass": _pgpass, "msmtprc": _msmtprc, "s3cfg": _s3cfg, "nslcd": _nslcd, "crontab": _crontab,
          "redis": _redis, "npmrc": _npmrc, "maven": _maven, "snmpd": _snmpd, "gitcred": _gitcred, "netrc": _netrc,
          "rsyncd": _rsyncd, "upsd": _upsd, "dockercfg": _dockercfg, "pypirc": _pypirc, "mycnf": _mycnf,
          "pipconf": _pipconf}


# ------------------------------------------------------------------ host directories
def hosts(t, base, n):
    v = t.v
    for i, kind in enumerate(v.sample(["zabbix", "telegraf", "datadog", "restic", "keepalived", "chrony",
                                       "nodeexp", "tsig"], n)):
        h = "%s-%02d" % (v.choice(["app", "db", "mon", "files", "edge"]), i + 1)
        if kind == "zabbix":
            d = t.f("%s/hosts/%s/zabbix_agentd.psk" % (base, h))
            d.w(d.S(v.hex(64), "zabbix-psk"))
        elif kind == "telegraf":
            d = t.f("%s/hosts/%s/telegraf.conf" % (base, h))
            d.w("[[outputs.influxdb_v2]]", '  urls = ["https://influx.%s:8086"]' % t.domain)
            d.w('  token = "%s"' % d.S(v.b64bytes(64), "influxdb-token"))
            d.w('  organization = "%s"' % t.short, '  bucket = "hosts"')
        elif kind == "datadog":
            d = t.f("%s/hosts/%s/datadog.yaml" % (base, h))
            d.w("api_key: " + d.P(v.hex(32), "datadog-api-key"))
            d.w("site: datadoghq.com", "logs_enabled: true")
        elif kind == "restic":
            d = t.f("%s/hosts/%s/restic.env" % (base, h))
            d.w("RESTIC_REPOSITORY=s3:https://s3.%s/backups/%s" % (t.domain, h))
            d.w("RESTIC_PASSWORD=" + d.S(v.pw_phrase("-"), "restic-password"))
        elif kind == "keepalived":
            d = t.f("%s/hosts/%s/keepalived.conf" % (base, h))
            d.w("vrrp_instance VI_1 {", "    state MASTER", "    interface eth0", "    virtual_router_id 51",
                "    authentication {", "        auth_type PASS")
            d.w("        auth_pass " + d.S(v.alnum(8), "vrrp-auth-pass"))
            d.w("    }", "}")
        elif kind == "chrony":
            d = t.f("%s/hosts/%s/chrony.keys" % (base, h))
            d.w("1 SHA256 HEX:" + d.S(v.HEX(64), "ntp-symmetric-key"))
        elif kind == "tsig":
            d = t.f("%s/hosts/%s/tsig.key" % (base, h))
            d.w('key "ddns-update" {', "    algorithm hmac-sha256;")
            d.w('    secret "%s";' % d.S(v.b64bytes(32), "tsig-secret"))
            d.w("};")
        else:
            d = t.f("%s/hosts/%s/web-config.yml" % (base, h))
            d.w("basic_auth_users:")
            d.w("  prometheus: " + d.N(v.bcrypt(10), "password-hash"))


# ------------------------------------------------------------------ startup log
def startup_log(t, base):
    v = t.v
    d = t.f("%s/logs/connector-startup.log" % base)
    ts = "2025-%02d-%02dT0%d:%02d" % (v.randint(1, 12), v.randint(1, 28), v.randint(1, 9), v.randint(10, 59))
    d.w("%s:01Z INFO  connector starting, version 3.%d.%d" % (ts, v.randint(0, 9), v.randint(0, 20)))
    d.w("%s:01Z INFO  db.password=%s" % (ts, d.N(t.mask(), "masked")))
    d.w("%s:02Z INFO  stripe.key=%s" % (ts, d.N("sk_live_" + "*" * 20 + v.alnum(4), "masked")))
    d.w("%s:02Z DEBUG legacy bridge dsn=%s" % (ts, "Server=sql-01.%s;Database=ops;User Id=bridge;Password=%s;" % (
        t.domain, d.S(t.pw("uri"), "logged-connection-password"))))
    d.w("%s:03Z INFO  api token loaded (%s)" % (ts, d.N("tok_…" + v.hex(4), "masked")))
    d.w("%s:04Z INFO  request_id=%s" % (ts, d.N(v.uuid4(), "uuid")))
    d.w("%s:04Z WARN  smtp password [REDACTED] rejected once, retrying" % ts)


# ------------------------------------------------------------------ scanner-regression fixtures
def fixtures(t, base):
    v = t.v
    lang = v.choice(["py", "js", "go"])
    path = {"py": "tests/test_redaction.py", "js": "test/redaction.test.js", "go": "redact/redact_test.go"}[lang]
    d = t.f("%s/%s" % (base, path))
    if lang == "py":
        d.w('"""Redaction must mask tokens; these fixtures are revoked/fake (checksums deliberately broken)."""',
            "from redact import redact", "", "FIXTURES = [")
        q = lambda m: "    \"%s\"," % m  # noqa: E731
    elif lang == "js":
        d.w("// fixtures: fake tokens, checksums deliberately broken; documented example values",
            "const { redact } = require('../src/redact');", "", "const FIXTURES = [")
        q = lambda m: "  '%s'," % m  # noqa: E731
    else:
        d.w("package redact", "", 'import (', '\t"strings"', '\t"testing"', ')', "",
            "// fake tokens (broken checksums) and documented example values",
            "var fixtures = []string{")
        q = lambda m: "\t\"%s\"," % m  # noqa: E731
    for pfx in v.sample(["ghp_", "gho_", "ghs_", "npm_", "ghu_"], 2):
        d.w(q(d.N(v.gh_bad(pfx), "bad-checksum-token")))
    d.w(q(d.N(DOC["stripe_test"], "documented-example-stripe")))
    d.w(q(d.N(DOC["jwt_io"], "documented-example-jwt")))
    d.w(q(d.N(v.choice([DOC["slack_fake"], DOC["github_docs"]]), "documented-example")))
    if lang == "py":
        d.w("]", "", "AWS_EXAMPLE = {")
        r = d.R("documented-example", kind="negative")
        d.w(r.B + '    "aws_access_key_id": "%s",' % r.A(DOC["aws_id"]))
        d.w('    "aws_secret_access_key": "%s",' % r.A(DOC["aws_secret"]) + r.E)
        d.w("}", "", "def test_masks_everything():", "    for tok in FIXTURES:",
            "        assert tok not in redact('token=' + tok)")
    elif lang == "js":
        d.w("];", "", "test('masks everything', () => {",
            "  for (const tok of FIXTURES) expect(redact(`token=${tok}`)).not.toContain(tok);", "});")
        d.w("const AZURITE = '%s';" % d.N(DOC["azurite"], "well-known-default"))
    else:
        d.w("}", "", "func TestRedact(t *testing.T) {", "\tfor _, tok := range fixtures {",
            "\t\tif strings.Contains(Redact(\"token=\"+tok), tok) {", "\t\t\tt.Fatalf(\"leaked %s\", tok)", "\t\t}",
            "\t}", "}")


# ------------------------------------------------------------------ hashes, i18n, inventory, lock files
def hashes(t, base):
    v = t.v
    kind = v.choice(["htpasswd", "shadow", "argon"])
    if kind == "htpasswd":
        d = t.f("%s/web/.htpasswd" % base)
        for i in range(v.randint(1, 3)):
            d.w("%s:%s" % (t.user(i), d.N(v.choice([v.bcrypt(), v.md5crypt().replace("$1$", "$apr1$")]),
                                          "password-hash")))
    elif kind == "shadow":
        d = t.f("%s/images/rootfs/etc/shadow" % base)
        d.w("root:%s:19800:0:99999:7:::" % d.N(v.sha512crypt(), "password-hash"))
        d.w("daemon:*:19800:0:99999:7:::")
        d.w("svc:%s:19800:0:99999:7:::" % d.N(v.sha512crypt(), "password-hash"))
    else:
        d = t.f("%s/web/users.json" % base)
        d.w("[")
        n = v.randint(2, 3)
        for i in range(n):
            d.w('  {"user": "%s", "hash": "%s"}%s' % (t.user(i), d.N(v.argon2(), "password-hash"),
                                                       "," if i < n - 1 else ""))
        d.w("]")


I18N = {"es": ("Contraseña", "¿Olvidó su contraseña?"), "fr": ("Mot de passe", "Mot de passe oublié ?"),
        "de": ("Passwort", "Passwort vergessen?"), "pt": ("Senha", "Esqueceu a senha?"),
        "pl": ("Hasło", "Nie pamiętasz hasła?"), "vi": ("Mật khẩu", "Quên mật khẩu?"),
        "nl": ("Wachtwoord", "Wachtwoord vergeten?"), "tr": ("Şifre", "Şifrenizi mi unuttunuz?")}


def i18n(t, base):
    v = t.v
    fmt = v.choice(["json", "po", "properties", "strings"])
    for lang in v.sample(sorted(I18N), v.randint(1, 2)):
        pw, forgot = I18N[lang]
        if fmt == "json":
            d = t.f("%s/locales/%s.json" % (base, lang))
            d.w("{", '  "login.user": "%s",' % ("Usuario" if lang == "es" else "User"),
                '  "login.password": "%s",' % d.N(pw, "i18n-password"),
                '  "login.forgot": "%s"' % forgot, "}")
        elif fmt == "po":
            d = t.f("%s/locale/%s/LC_MESSAGES/portal.po" % (base, lang))
            d.w('msgid ""', 'msgstr "Content-Type: text/plain; charset=UTF-8\\n"', "", 'msgid "Password"')
            d.w('msgstr "%s"' % d.N(pw, "i18n-password"))
        elif fmt == "properties":
            d = t.f("%s/i18n/messages_%s.properties" % (base, lang))
            d.w("login.password=" + d.N(pw, "i18n-password"), "login.forgot=" + forgot)
        else:
            d = t.f("%s/%s.lproj/Localizable.strings" % (base, lang))
            d.w('"password_label" = "%s";' % d.N(pw, "i18n-password"))


def inventory(t, base):
    v = t.v
    d = t.f("%s/docs/id-inventory.md" % base)
    d.w("# Identifiers we get asked about (none of these are secrets)", "")
    pubs = v.sample(prov13.PUBLIC, 4)
    for cat, name, gen in pubs:
        d.w("- `%s`: `%s`" % (name, d.N(gen(v), cat)))
    d.w("- release commit: `%s`" % d.N(v.git_sha(), "git-sha"))
    d.w("- Stripe customer for the pilot: `%s`" % d.N("cus_" + v.alnum(14), "resource-id"))
    d.w("- tenant UUID: `%s`" % d.N(v.uuid4(), "uuid"))
    d.w("- trace from the outage: `%s`" % d.N(v.hex(32), "trace-id"))
    d.w("- SSH host key: `%s`" % d.N("SHA256:" + v.b64bytes(32).rstrip("="), "fingerprint"))


def lockfile(t, base):
    v = t.v
    kind = v.choice(["npm", "gosum", "requirements", "cargo"])
    if kind == "npm":
        d = t.f("%s/portal-ui/package-lock.json" % base)
        d.w("{", '  "name": "portal-ui",', '  "lockfileVersion": 3,', '  "packages": {')
        for i, pkg in enumerate(v.sample(["axios", "dayjs", "zod", "pinia", "vue-router"], 3)):
            d.w('    "node_modules/%s": {' % pkg, '      "version": "%d.%d.%d",' % (v.randint(1, 5), v.randint(0, 9),
                                                                                  v.randint(0, 20)))
            d.w('      "integrity": "%s"' % d.N(v.sri(), "sri"))
            d.w("    }" + ("," if i < 2 else ""))
        d.w("  }", "}")
    elif kind == "gosum":
        d = t.f("%s/agent/go.sum" % base)
        for mod in v.sample(["github.com/spf13/cobra v1.8.1", "golang.org/x/crypto v0.31.0",
                             "github.com/eclipse/paho.mqtt.golang v1.5.0", "go.uber.org/zap v1.27.0"], 3):
            d.w("%s %s" % (mod, d.N(v.gosum(), "gosum")))
    elif kind == "requirements":
        d = t.f("%s/tools/requirements.txt" % base)
        for pkg in v.sample(["requests==2.32.3", "paramiko==3.5.0", "pyyaml==6.0.2", "openpyxl==3.1.5"], 3):
            d.w("%s \\" % pkg)
            d.w("    --hash=sha256:%s" % d.N(v.sha256(), "digest"))
    else:
        d = t.f("%s/edge-agent/Cargo.lock" % base)
        d.w("version = 3", "")
        for pkg in v.sample(["serde", "tokio", "rumqttc", "anyhow"], 3):
            d.w("[[package]]", 'name = "%s"' % pkg, 'version = "1.%d.%d"' % (v.randint(0, 40), v.randint(0, 9)),
                'source = "registry+https://github.com/rust-lang/crates.io-index"')
            d.w('checksum = "%s"' % d.N(v.sha256(), "digest"), "")
