"""The second layer every theme gets: integrations files in dealt syntaxes (+ example twins), private keys in
several wrappings, legacy dotfiles, a host file, a manifest of references, a startup log, regression fixtures,
a hash file, i18n, a lock file, an ID inventory, a shell history and a hand-over."""

import base64
import json

import keys14
import prose14
import prov14
import syntax14
from vals14 import (AWS_EXAMPLE_ID, AWS_EXAMPLE_SECRET, AZURITE_KEY, GITHUB_DOC, JWT_IO, RECAPTCHA_TEST_SECRET,
                    SLACK_DOC, STRIPE_DOC_TEST)
from themes.common import b64, gcp_sa, jsonesc

DIRS = ["platform", "it-ops", "infra", "shared-it", "systems", "devops", "integration", "backoffice-it"]


def build(ctx, deal):
    v = ctx.v
    base = v.choice(DIRS)
    ctx.l2 = base
    integrations(ctx, base, deal)
    keyfiles(ctx, base)
    legacy(ctx, base)
    hostfile(ctx, base)
    manifest(ctx, base)
    startup_log(ctx, base)
    fixtures(ctx, base)
    hashes(ctx, base)
    i18n(ctx, base)
    lockfile(ctx, base)
    if v.random() < 0.3:
        inventory(ctx, base)
    shell_history(ctx, base)
    handover(ctx, base)
    ops_ticket(ctx, base)
    ops_chat(ctx, base, deal)


# ------------------------------------------------------------------ integrations
GENERIC_SETTINGS = [("SESSION_SECRET", "session-secret", lambda v: v.hex(64)),
                    ("WEBHOOK_SIGNING_SECRET", "webhook-signing-secret", lambda v: v.b64url(40)),
                    ("JWT_SIGNING_KEY", "jwt-secret", lambda v: v.b64bytes(48)),
                    ("ENCRYPTION_KEY", "encryption-key", lambda v: v.b64bytes(32)),
                    ("HMAC_SECRET", "hmac-secret", lambda v: v.hex(48)),
                    ("SMTP_PASSWORD", "smtp-password", None),
                    ("DB_PASSWORD", "db-password", None),
                    ("REDIS_PASSWORD", "redis-password", lambda v: v.alnum(32)),
                    ("LDAP_BIND_PASSWORD", "ldap-bind-password", None),
                    ("SFTP_PASSWORD", "sftp-password", None)]


def integrations(ctx, base, deal):
    v = ctx.v
    provs = list(deal["providers"])
    half = (len(provs) + 1) // 2
    groups = [provs[:half], provs[half:]]
    pairs = list(deal["pairs"])
    for i, (syntax, plist) in enumerate(zip(deal["syntaxes"], groups)):
        svc = v.choice(["integrations", "connectors", "sync-worker", "notifier", "api-gateway", "reporting",
                        "ops-bot", "scheduler", "portal-backend", "data-bridge"]) + ("-%d" % (i + 1) if i else "")
        fname, _ = syntax14.render(syntax, svc, [("X", "y")], svc)
        d = ctx.doc("%s/%s/%s" % (base, svc, fname), crlf=syntax in syntax14.CRLF)
        st = []
        twin = []
        for p in plist:
            name = prov14.SINGLE[p][0]
            val = ctx.prov(p)
            st.append((name, d.P(val, p, prov14.SINGLE[p][2])))
            twin.append(("P", name, p))
        gname, gcat, gfun = v.choice(GENERIC_SETTINGS)
        gval = gfun(v) if gfun else ctx.pw()
        st.insert(v.randint(0, len(st)), (gname, d.S(gval, gcat)))
        twin.append(("S", gname, gcat))
        if pairs and (i == 0 or v.random() < 0.6):
            pn = pairs.pop(0)
            idn, sn, idv, sv = prov14.pair(v, pn)
            r = d.R(pn + "-key-pair", "provider")
            pos = v.randint(0, len(st))
            st[pos:pos] = [(idn, r.I(idv)), (sn, r.A(sv))]
            twin.append(("pair", idn, sn, pn))
        # public-by-design value in the real file too
        pub = v.choice(prov14.PUBLIC)
        pname, pval = prov14.public_value(v, pub)
        st.append((pname, d.N(pval, "public-" + pub)))
        _, lines = syntax14.render(syntax, svc, st, svc)
        d.w(*lines)
        if i == 0 or v.random() < 0.5:
            suffix = v.choice([".example", ".sample", ".dist", ".template", ".tmpl"])
            t = ctx.doc("%s/%s/%s%s" % (base, svc, fname, suffix), crlf=syntax in syntax14.CRLF)
            tst = []
            for item in twin:
                if v.random() > 0.65:
                    continue
                if item[0] == "pair":
                    _, idn, sn, pn = item
                    if pn == "aws":
                        tst += [(idn, t.N(AWS_EXAMPLE_ID, "doc-example-aws-key-id")),
                                (sn, t.N(AWS_EXAMPLE_SECRET, "doc-example-aws-secret"))]
                    else:
                        tst += [(idn, t.N("<%s>" % idn.lower(), "placeholder")),
                                (sn, t.N(syntax14.ref(syntax, sn), "env-reference"))]
                    continue
                _, name, cat = item
                r = v.random()
                if cat in prov14.PLACEHOLDER and r < 0.4:
                    tst.append((name, t.N(prov14.PLACEHOLDER[cat], "placeholder-prefixed")))
                elif r < 0.6:
                    tst.append((name, t.N(syntax14.ref(syntax, name), "env-reference")))
                elif r < 0.75:
                    tst.append((name, t.N("vault:secret/data/%s#%s" % (svc, name.lower()), "vault-reference")))
                elif r < 0.9:
                    tst.append((name, t.N(v.choice(["changeme", "REPLACE_ME", "your-%s-here" % name.lower().replace(
                        "_", "-"), "<%s>" % name.lower(), "xxxxxxxxxxxxxxxx"]), "placeholder")))
                else:
                    tst.append((name, t.N("dev-default", "dev-default")))
            if not tst:
                tst.append(("LOG_LEVEL", "info"))
            _, lines = syntax14.render(syntax, svc, tst, svc)
            t.w(*lines)


# ------------------------------------------------------------------ keys
WRAPS = ["openssh", "gcp", "k8s-tls", "json-escaped", "jwk", "tf-heredoc", "key-crt", "b64-env", "ansible-block",
         "python-literal", "kubeconfig", "p8", "der-properties"]


def keyfiles(ctx, base):
    v = ctx.v
    wraps = v.sample(WRAPS, 6)
    if "gcp" not in wraps and ctx.shared["force_gcp"].pop(0):
        wraps[0] = "gcp"
    kinds = ["rsa", "ec", "ed25519", "ec", "rsa", "ed25519"]
    v.shuffle(kinds)
    host = lambda: "%s-%02d" % (v.choice(["bastion", "backup", "deploy", "sftp", "jump", "ci"]), v.randint(1, 40))
    for w, kind in zip(wraps, kinds):
        if w in ("gcp", "der-properties", "kubeconfig") and kind == "ed25519":
            kind = "ec"
        if w == "gcp":
            kind = "rsa"
        if w == "p8":
            kind = "ec"
        key = ctx.key(kind)
        cat = {"rsa": "rsa", "ec": "ec", "ed25519": "ed25519"}[kind]
        if w == "openssh":
            h = host()
            d = ctx.doc("%s/keys/id_%s_%s" % (base, "ed25519" if kind == "ed25519" else cat, h))
            d.w(d.K(keys14.openssh_private(key, "svc-%s@%s" % (ctx.theme, h), v), "private-key-openssh"))
            p = ctx.doc("%s/keys/id_%s_%s.pub" % (base, "ed25519" if kind == "ed25519" else cat, h))
            p.w(p.N(keys14.openssh_public(key, "svc-%s@%s" % (ctx.theme, h)), "ssh-public-key"))
        elif w == "gcp":
            proj = "%s-%s-%d" % (ctx.theme.split("-")[0], v.choice(["prod", "data", "ops"]), v.randint(100, 999))
            d = ctx.doc("%s/gcp/%s-sa.json" % (base, proj))
            gcp_sa(ctx, d, key, proj, v.choice(["exporter", "backup-writer", "bq-loader", "pubsub-relay"]))
        elif w == "k8s-tls":
            cn = "%s.%s" % (v.choice(["portal", "api", "gateway", "sync"]), ctx.domain)
            d = ctx.doc("%s/k8s/tls-%s.yaml" % (base, cn.split(".")[0]))
            pemk = key.pem_trad()
            d.w("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % cn.split(".")[0],
                "  namespace: %s" % ctx.theme, "type: kubernetes.io/tls", "data:",
                "  tls.crt: " + d.N(b64(ctx.cert_for(key, cn) + "\n"), "certificate-base64"),
                "  tls.key: " + d.K(b64(pemk + "\n"), "private-key-base64-pem"))
        elif w == "json-escaped":
            d = ctx.doc("%s/config/signing.json" % base)
            d.w("{", '  "issuer": "https://auth.%s",' % ctx.domain, '  "algorithm": "%s",' % (
                {"rsa": "RS256", "ec": "ES256", "ed25519": "EdDSA"}[kind]),
                '  "privateKey": "%s",' % d.K(jsonesc(key.pem8()), "private-key-json-escaped"),
                '  "publicKey": "%s",' % d.N(jsonesc(key.pub_pem()), "public-key-json-escaped"),
                '  "ttlSeconds": 900', "}")
        elif w == "jwk":
            kid = v.hex(16)
            d = ctx.doc("%s/auth/signing-key.jwk.json" % base)
            d.w(d.K(keys14.jwk_json(key, kid), "private-key-jwk"))
            p = ctx.doc("%s/auth/jwks.json" % base)
            p.w('{"keys":[%s]}' % p.N(keys14.jwk_json(key, kid, private=False), "public-jwk"))
        elif w == "tf-heredoc":
            d = ctx.doc("%s/terraform/bastion.tf" % base)
            d.w('resource "tls_private_key" "imported" {', "  # imported from the old bastion, see OPS-%d" %
                v.randint(100, 999), "}", "", 'locals {', "  bastion_private_key = <<EOT")
            d.w(d.K(key.pem_trad(), "private-key-pem-heredoc"))
            d.w("EOT", "}", "", 'resource "aws_instance" "bastion" {', '  ami           = "ami-%s"' %
                d.N(v.hex(17), "ami-id"), '  instance_type = "t3.small"', "}")
        elif w == "key-crt":
            cn = "%s.%s" % (v.choice(["vpn", "mail", "wiki", "files", "intranet"]), ctx.domain)
            d = ctx.doc("%s/tls/%s.key" % (base, cn))
            d.w(d.K(key.pem_trad(), "private-key-pem"))
            c = ctx.doc("%s/tls/%s.crt" % (base, cn))
            c.w(c.N(ctx.cert_for(key, cn), "certificate"))
        elif w == "b64-env":
            d = ctx.doc("%s/signer/.env" % base)
            d.w("SIGNER_KEY_ID=%s" % d.N(v.uuid(), "uuid"),
                "SIGNER_PRIVATE_KEY_B64=%s" % d.K(b64(key.pem8() + "\n"), "private-key-base64-pem"),
                "SIGNER_ALG=%s" % {"rsa": "RS256", "ec": "ES256", "ed25519": "EdDSA"}[kind])
        elif w == "ansible-block":
            d = ctx.doc("%s/ansible/group_vars/%s.yml" % (base, v.choice(["proxies", "gateways", "webservers"])))
            d.w("---", "nginx_server_name: %s" % ctx.domain, "nginx_tls_cert: |")
            d.w("  " + d.N(ctx.cert_for(key, ctx.domain).replace("\n", "\n  "), "certificate"))
            d.w("nginx_tls_key: |")
            d.w("  " + d.K(key.pem_trad().replace("\n", "\n  "), "private-key-pem-yaml-block"))
            d.w("nginx_worker_processes: auto")
        elif w == "python-literal":
            d = ctx.doc("%s/tools/sign_manifest.py" % base)
            d.w('"""Sign export manifests for the partner upload."""', "import base64", "",
                'SIGNING_KEY = """' + d.K(key.pem8(), "private-key-python-literal"), '"""', "",
                "def sign(payload: bytes) -> str:", "    ...")
        elif w == "kubeconfig":
            d = ctx.doc("%s/kube/config-%s" % (base, v.choice(["prod", "edge", "office"])))
            d.w("apiVersion: v1", "kind: Config", "clusters:", "- cluster:",
                "    certificate-authority-data: %s" % d.N(b64(ctx.cert_for(ctx.key("ec"), "kube-ca") + "\n"),
                                                          "certificate-base64"),
                "    server: https://k8s.%s:6443" % ctx.domain, "  name: ops", "users:", "- name: ops-admin",
                "  user:", "    client-certificate-data: %s" % d.N(b64(ctx.cert_for(key, "ops-admin") + "\n"),
                                                                     "certificate-base64"),
                "    client-key-data: %s" % d.K(b64(key.pem_trad() + "\n"), "private-key-base64-pem"),
                "contexts:", "- context: {cluster: ops, user: ops-admin}", "  name: ops", "current-context: ops")
        elif w == "p8":
            kid = v.upper(10)
            d = ctx.doc("%s/apple/AuthKey_%s.p8" % (base, kid))
            d.w(d.K(key.pem8(), "private-key-pkcs8-p8"))
        elif w == "der-properties":
            d = ctx.doc("%s/config/saml.properties" % base)
            d.w("saml.sp.entityId=https://portal.%s/saml" % ctx.domain,
                "saml.sp.privateKey=%s" % d.K(base64.b64encode(key.pkcs8()).decode(), "private-key-base64-der"),
                "saml.sp.x509cert=%s" % d.N("".join(ctx.cert_for(key, "portal-saml").split("\n")[1:-1]),
                                            "certificate-base64-der"))


# ------------------------------------------------------------------ legacy dotfiles
def legacy(ctx, base):
    v = ctx.v
    host = "%s.%s" % (v.choice(["db1", "pg-main", "reports", "archive"]), ctx.domain)
    choices = ["pgpass", "netrc", "mycnf", "s3cfg", "npmrc", "pypirc", "docker", "gitcred", "pipconf", "m2",
               "msmtprc", "rsyncd", "redis", "snmpd"]
    for c in v.sample(choices, 2):
        if c == "pgpass":
            d = ctx.doc("%s/home/svc/.pgpass" % base)
            d.w("%s:5432:reporting:report_ro:%s" % (host, d.S(ctx.pw(), "pgpass-password")),
                "localhost:5432:*:postgres:%s" % d.S(ctx.pw(), "pgpass-password"))
        elif c == "netrc":
            d = ctx.doc("%s/home/svc/.netrc" % base)
            d.w("machine ftp.%s" % ctx.domain, "  login upload", "  password %s" % d.S(ctx.pw(), "netrc-password"))
        elif c == "mycnf":
            d = ctx.doc("%s/home/svc/.my.cnf" % base)
            d.w("[client]", "user=backup", "password=%s" % d.S(ctx.pw(), "mycnf-password"), "host=%s" % host)
        elif c == "s3cfg":
            d = ctx.doc("%s/home/svc/.s3cfg" % base)
            idn, sn, idv, sv = prov14.pair(v, "aws")
            r = d.R("aws-key-pair", "provider")
            d.w("[default]", "access_key = %s" % r.I(idv), "secret_key = %s" % r.A(sv),
                "host_base = s3.amazonaws.com", "use_https = True")
        elif c == "npmrc":
            d = ctx.doc("%s/web/.npmrc" % base)
            d.w("registry=https://registry.npmjs.org/", "//registry.npmjs.org/:_authToken=%s" % d.P(
                v.gh("npm_"), "npm-token", "gh-crc"), "always-auth=true")
        elif c == "pypirc":
            d = ctx.doc("%s/home/svc/.pypirc" % base)
            d.w("[distutils]", "index-servers = pypi", "", "[pypi]", "username = __token__",
                "password = %s" % d.P(ctx.prov("pypi-token"), "pypi-token", "pypi"))
        elif c == "docker":
            d = ctx.doc("%s/home/svc/.docker/config.json" % base)
            auth = base64.b64encode(("deploy:" + ctx.pw()).encode()).decode()
            d.w("{", '  "auths": {', '    "registry.%s": {' % ctx.domain, '      "auth": "%s"' % d.S(
                auth, "docker-config-auth", "docker-auth"), "    }", "  },", '  "credsStore": ""', "}")
        elif c == "gitcred":
            d = ctx.doc("%s/home/svc/.git-credentials" % base)
            d.w("https://ci-bot:%s@github.com" % d.P(v.gh("ghp_"), "github-pat", "gh-crc"),
                "https://deploy:%s@git.%s" % (d.S(ctx.pw(), "git-credentials-password"), ctx.domain))
        elif c == "pipconf":
            d = ctx.doc("%s/home/svc/.config/pip/pip.conf" % base)
            d.w("[global]", "index-url = https://pypi:%s@pkgs.%s/simple/" % (d.S(ctx.pw(), "url-password"),
                                                                              ctx.domain))
        elif c == "m2":
            d = ctx.doc("%s/home/svc/.m2/settings.xml" % base)
            d.w("<settings>", "  <servers>", "    <server>", "      <id>internal-releases</id>",
                "      <username>deployer</username>", "      <password>%s</password>" % d.S(ctx.pw(),
                                                                                        "maven-password"),
                "    </server>", "  </servers>", "</settings>")
        elif c == "msmtprc":
            d = ctx.doc("%s/home/svc/.msmtprc" % base)
            d.w("account default", "host smtp.%s" % ctx.domain, "port 587", "auth on", "user alerts@%s" % ctx.domain,
                "password %s" % d.S(ctx.pw(), "msmtp-password"), "tls on")
        elif c == "rsyncd":
            d = ctx.doc("%s/etc/rsyncd.secrets" % base)
            d.w("backup:%s" % d.S(ctx.pw(), "rsync-secret"), "mirror:%s" % d.S(ctx.pw(), "rsync-secret"))
        elif c == "redis":
            d = ctx.doc("%s/etc/redis/redis.conf" % base)
            d.w("bind 127.0.0.1 10.20.0.5", "port 6379", "requirepass %s" % d.S(v.alnum(28), "redis-password"),
                "maxmemory 2gb", "maxmemory-policy allkeys-lru")
        else:
            d = ctx.doc("%s/etc/snmp/snmpd.conf" % base)
            d.w("sysLocation    server room", "rocommunity %s 10.0.0.0/8" % d.S(v.choice(ctx.words + ["noc"]) +
                                                                              v.alnum(6), "snmp-community"),
                "rocommunity public 127.0.0.1", "createUser opsmon SHA \"%s\" AES \"%s\"" % (
                    d.S(ctx.pw(), "snmpv3-passphrase"), "${PRIV}"))


# ------------------------------------------------------------------ host file
def hostfile(ctx, base):
    v = ctx.v
    c = v.choice(["keepalived", "zabbix", "telegraf", "chrony", "restic", "tsig"])
    if c == "keepalived":
        d = ctx.doc("%s/etc/keepalived/keepalived.conf" % base)
        d.w("vrrp_instance VI_1 {", "    state MASTER", "    interface eth0", "    virtual_router_id 51",
            "    authentication {", "        auth_type PASS", "        auth_pass %s" % d.S(v.alnum(8),
                                                                                      "vrrp-auth-pass"),
            "    }", "    virtual_ipaddress { 10.40.0.10/24 }", "}")
    elif c == "zabbix":
        d = ctx.doc("%s/etc/zabbix/zabbix_agent2.psk" % base)
        d.w(d.S(v.hex(64), "zabbix-psk"))
    elif c == "telegraf":
        d = ctx.doc("%s/etc/telegraf/telegraf.conf" % base)
        d.w("[[outputs.influxdb_v2]]", '  urls = ["https://influx.%s:8086"]' % ctx.domain,
            '  token = "%s"' % d.P(v.b64url(86) + "==", "influxdb-token"), '  organization = "%s"' % ctx.theme,
            '  bucket = "telemetry"')
    elif c == "chrony":
        d = ctx.doc("%s/etc/chrony.keys" % base)
        d.w("# NTP symmetric keys", "1 SHA256 HEX:%s" % d.S(v.HEX(64), "ntp-key"))
    elif c == "restic":
        d = ctx.doc("%s/etc/restic/env" % base)
        d.w("RESTIC_REPOSITORY=s3:https://s3.%s/backups/%s" % (ctx.domain, ctx.theme),
            "RESTIC_PASSWORD=%s" % d.S(v.phrase(5).replace(" ", "-"), "restic-password"))
    else:
        d = ctx.doc("%s/etc/bind/tsig-transfer.key" % base)
        d.w('key "xfer-%s" {' % ctx.theme, "    algorithm hmac-sha256;",
            '    secret "%s";' % d.S(v.b64bytes(32), "tsig-secret"), "};")


# ------------------------------------------------------------------ negatives-heavy files
def manifest(ctx, base):
    v = ctx.v
    c = v.choice(["gha", "deploy", "gitlab"])
    if c == "gha":
        d = ctx.doc("%s/.github/workflows/deploy.yml" % base)
        d.w("name: deploy", "on: [push]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
            "      - uses: actions/checkout@%s" % d.N(v.sha1(), "git-sha"),
            "      - uses: aws-actions/configure-aws-credentials@%s" % d.N(v.sha1(), "git-sha"),
            "        with:", "          role-to-assume: %s" % d.N("arn:aws:iam::%s:role/deploy-%s" % (
                v.digits(12), ctx.theme), "arn"),
            "          aws-region: eu-west-1", "      - run: ./deploy.sh", "        env:",
            "          DB_PASSWORD: %s" % d.N("${{ secrets.DB_PASSWORD }}", "ci-secret-reference"),
            "          SLACK_WEBHOOK: %s" % d.N("${{ secrets.SLACK_WEBHOOK_URL }}", "ci-secret-reference"),
            "          IMAGE: %s" % d.N("registry.%s/%s@sha256:%s" % (ctx.domain, ctx.theme, v.sha256()),
                                        "image-digest"))
    elif c == "deploy":
        d = ctx.doc("%s/k8s/deployment.yaml" % base)
        d.w("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s-api" % ctx.theme, "spec:",
            "  template:", "    spec:", "      containers:", "        - name: api",
            "          image: %s" % d.N("ghcr.io/%s/api@sha256:%s" % (ctx.theme, v.sha256()), "image-digest"),
            "          env:", "            - name: DATABASE_PASSWORD", "              valueFrom:",
            "                secretKeyRef: {name: %s, key: password}" % d.N("%s-db" % ctx.theme,
                                                                             "secret-name-reference"),
            "            - name: BUILD_SHA", "              value: \"%s\"" % d.N(v.sha1(), "git-sha"),
            "            - name: TRACE_SAMPLER_ID", "              value: \"%s\"" % d.N(v.uuid(), "uuid"))
    else:
        d = ctx.doc("%s/.gitlab-ci.yml" % base)
        d.w("stages: [build, deploy]", "variables:", "  DOCKER_TLS_CERTDIR: \"/certs\"",
            "  BASE_IMAGE: %s" % d.N("python:3.12-slim@sha256:%s" % v.sha256(), "image-digest"), "deploy:",
            "  stage: deploy", "  script:",
            "    - echo \"%s\" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY" % d.N(
                "$CI_JOB_TOKEN", "ci-secret-reference"),
            "    - ./deploy.sh --db-password \"%s\"" % d.N("$PROD_DB_PASSWORD", "ci-secret-reference"),
            "  only: [main]")


def startup_log(ctx, base):
    v = ctx.v
    d = ctx.doc("%s/logs/%s-startup.log" % (base, v.choice(["bridge", "api", "worker", "sync"])))
    t = "2025-%02d-%02dT%02d:" % (v.randint(1, 12), v.randint(1, 28), v.randint(0, 23))
    d.w("%s00:01.114Z INFO  loading configuration from /etc/%s/app.yaml" % (t, ctx.theme),
        "%s00:01.120Z INFO  db.password=%s" % (t, d.N("********", "masked")),
        "%s00:01.121Z INFO  stripe.secret_key=%s" % (t, d.N("sk_live_****************************" + v.alnum(4),
                                                              "masked")),
        "%s00:01.125Z DEBUG smtp.password=%s" % (t, d.N("[REDACTED]", "masked")),
        "%s00:01.402Z INFO  request_id=%s trace=%s" % (t, v.uuid(), d.N(v.hex(32), "trace-id")),
        "%s00:02.017Z WARN  legacy bridge connecting with dsn=%s" % (t, d.S(
            "postgresql://bridge:%s@db.%s:5432/legacy" % (ctx.pw(), ctx.domain), "log-dsn-password")),
        "%s00:02.311Z INFO  listening on :8080" % t)


def fixtures(ctx, base):
    v = ctx.v
    d = ctx.doc("%s/tests/test_redaction.py" % base)
    d.w('"""Redaction regression tests. Every token below is fake: checksums are deliberately wrong or the',
        'values are the providers\' documented examples."""', "import pytest", "", "FAKE = [",
        '    "%s",  # bad CRC' % d.N(v.gh_broken("ghp_"), "broken-checksum-token"),
        '    "%s",  # bad CRC' % d.N(v.gh_broken("npm_"), "broken-checksum-token"),
        '    "%s",  # bad CRC' % d.N(v.gh_broken("ghs_"), "broken-checksum-token"),
        '    "%s",' % d.N(AWS_EXAMPLE_ID, "doc-example-aws-key-id"),
        '    "%s",' % d.N(AWS_EXAMPLE_SECRET, "doc-example-aws-secret"),
        '    "%s",' % d.N(STRIPE_DOC_TEST, "doc-example-stripe"),
        '    "%s",' % d.N(SLACK_DOC, "doc-example-slack"),
        '    "%s",' % d.N(GITHUB_DOC, "doc-example-github"), "]", "",
        'JWT_SAMPLE = "%s"  # jwt.io' % d.N(JWT_IO, "doc-example-jwt"), "",
        '@pytest.mark.parametrize("tok", FAKE)', "def test_masked(tok):", "    assert redact(tok) != tok")
    if v.random() < 0.5:
        d2 = ctx.doc("%s/tests/fixtures/azurite.env" % base)
        d2.w("# local emulator - well-known development account",
             "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
             "AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" % d2.N(AZURITE_KEY,
                                                                                       "doc-example-azurite"),
             "RECAPTCHA_SECRET=%s" % d2.N(RECAPTCHA_TEST_SECRET, "doc-example-recaptcha-test"))


def hashes(ctx, base):
    v = ctx.v
    c = v.choice(["htpasswd", "shadow", "users"])
    if c == "htpasswd":
        d = ctx.doc("%s/etc/nginx/.htpasswd" % base)
        for u in v.sample(["ops", "grafana", "status", "vendor", "audit"], 3):
            h = v.choice([v.bcrypt, v.apr1])()
            d.w("%s:%s" % (u, d.N(h, "hash-htpasswd")))
    elif c == "shadow":
        d = ctx.doc("%s/backup/etc/shadow.bak" % base)
        d.w("root:%s:19876:0:99999:7:::" % d.N(v.yescrypt(), "hash-yescrypt"), "daemon:*:19876:0:99999:7:::",
            "ops:%s:19901:0:99999:7:::" % d.N(v.sha512crypt(), "hash-sha512crypt"), "nobody:!:19876::::::")
    else:
        d = ctx.doc("%s/db/seed_users.sql" % base)
        d.w("INSERT INTO users (email, password_hash) VALUES",
            "  ('admin@%s', '%s')," % (ctx.domain, d.N(v.argon2(), "hash-argon2")),
            "  ('ops@%s', '%s')," % (ctx.domain, d.N(v.bcrypt(10), "hash-bcrypt")),
            "  ('report@%s', '%s');" % (ctx.domain, d.N(v.django_pbkdf2(), "hash-pbkdf2")))


I18N = {
    "de": ("Passwort", "Passwort vergessen?", "API-Schlüssel", "Geheimnis"),
    "fr": ("Mot de passe", "Mot de passe oublié ?", "Clé API", "Secret"),
    "es": ("Contraseña", "¿Olvidaste tu contraseña?", "Clave de API", "Secreto"),
    "nl": ("Wachtwoord", "Wachtwoord vergeten?", "API-sleutel", "Geheim"),
    "pt": ("Senha", "Esqueceu a senha?", "Chave de API", "Segredo"),
    "sv": ("Lösenord", "Glömt lösenordet?", "API-nyckel", "Hemlighet"),
}


def i18n(ctx, base):
    v = ctx.v
    lang = v.choice(sorted(I18N))
    w = I18N[lang]
    if v.random() < 0.5:
        d = ctx.doc("%s/web/locales/%s.json" % (base, lang))
        d.w("{", '  "login.password": "%s",' % d.N(w[0], "i18n-string"),
            '  "login.forgot": "%s",' % d.N(w[1], "i18n-string"),
            '  "settings.api_key": "%s",' % d.N(w[2], "i18n-string"), '  "settings.secret": "%s"' % d.N(w[3], "i18n-string"), "}")
    else:
        d = ctx.doc("%s/web/locale/%s/LC_MESSAGES/messages.po" % (base, lang))
        d.w('msgid ""', 'msgstr ""', '"Language: %s\\n"' % lang, "", 'msgid "Password"',
            'msgstr "%s"' % d.N(w[0], "i18n-string"), "", 'msgid "Forgot password?"', 'msgstr "%s"' % w[1], "",
            'msgid "API key"', 'msgstr "%s"' % d.N(w[2], "i18n-string"))


def lockfile(ctx, base):
    v = ctx.v
    if v.random() < 0.5:
        d = ctx.doc("%s/web/package-lock.json" % base)
        d.w("{", '  "name": "%s-web",' % ctx.theme, '  "lockfileVersion": 3,', '  "packages": {')
        for i, pkg in enumerate(v.sample(["axios", "dayjs", "zod", "pino", "undici", "ws", "uuid"], 3)):
            d.w('    "node_modules/%s": {' % pkg, '      "version": "%d.%d.%d",' % (v.randint(1, 9), v.randint(0, 20),
                                                                                   v.randint(0, 9)),
                '      "integrity": "%s"' % d.N("sha512-" + v.b64bytes(64), "sri-digest"),
                "    }" + ("," if i < 2 else ""))
        d.w("  }", "}")
    else:
        d = ctx.doc("%s/tools/go.sum" % base)
        for mod in v.sample(["github.com/spf13/cobra v1.8.1", "golang.org/x/crypto v0.31.0",
                             "github.com/jackc/pgx/v5 v5.7.1", "go.uber.org/zap v1.27.0"], 3):
            d.w("%s h1:%s" % (mod, d.N(v.b64bytes(32), "go-sum-digest")))


def inventory(ctx, base):
    v = ctx.v
    d = ctx.doc("%s/inventory/assets.csv" % base)
    d.w("asset_tag,hostname,mac,serial,uuid,warranty_until")
    for i in range(v.randint(3, 5)):
        col = v.randrange(3)
        mac, ser, uid = v.mac(), v.serial(v.choice(["CN", "SG", "5CD", "FOC"])), v.uuid()
        if col == 0:
            mac = d.N(mac, "mac-address")
        elif col == 1:
            ser = d.N(ser, "serial-number")
        else:
            uid = d.N(uid, "uuid")
        d.w("IT-%05d,%s-%02d,%s,%s,%s,2027-%02d-01" % (v.randint(1, 99999), ctx.theme.split("-")[0], i + 1, mac, ser,
                                                       uid, v.randint(1, 12)))


def shell_history(ctx, base):
    v = ctx.v
    db = "%s.%s" % (v.choice(["db1", "sql01", "pg-main"]), ctx.domain)
    h = ctx.doc("%s/home/%s/.%s_history" % (base, ctx.user(ctx.who()), v.choice(["bash", "zsh"])))
    cmds = [
        lambda: "mysql -u root -p%s -h %s" % (h.S(ctx.pw(), "cli-password"), db),
        lambda: "curl -u api:%s https://%s/api/v2/export" % (h.S(ctx.pw(), "cli-password"), ctx.domain),
        lambda: "PGPASSWORD='%s' psql -h %s -U postgres -c 'select 1'" % (h.S(ctx.pw(), "cli-password"), db),
        lambda: "sshpass -p '%s' ssh admin@10.%d.%d.%d" % (h.S(ctx.pw(), "cli-password"), v.randint(0, 99),
                                                          v.randint(0, 255), v.randint(1, 254)),
        lambda: "docker login -u deploy -p %s registry.%s" % (h.S(ctx.pw(), "cli-password"), ctx.domain),
        lambda: "redis-cli -h cache.%s -a %s info" % (ctx.domain, h.S(v.alnum(24), "cli-password")),
        lambda: "htpasswd -b /etc/nginx/.htpasswd vendor %s" % h.S(ctx.pw(), "cli-password"),
        lambda: "smbclient //files/scans -U scanner%%%s" % h.S(ctx.pw(), "cli-password"),
        lambda: "export GITHUB_TOKEN=%s" % h.P(v.gh("ghp_"), "github-pat", "gh-crc"),
    ]
    plain = ["ls -la", "sudo systemctl restart nginx", "git pull --rebase", "df -h", "journalctl -u %s -n 50" %
             ctx.theme, "kubectl get pods -n %s" % ctx.theme, "vim /etc/hosts", "htop", "cd /srv/%s" % ctx.theme,
             "export DB_PASSWORD=\"$(vault kv get -field=password kv/%s/db)\"" % ctx.theme,
             "ssh-keygen -lf ~/.ssh/id_ed25519.pub", "history | grep curl"]
    seq = [c() for c in v.sample(cmds, 2)] + v.sample(plain, 8)
    v.shuffle(seq)
    h.w(*seq)


def handover(ctx, base):
    v = ctx.v
    a, b = ctx.people[0], ctx.people[1]
    wifi = ctx.pw()
    fmt = v.choice(["email", "md", "txt"])
    sv = ctx.pw()
    lines = [
        "Hi %s," % b.split()[0],
        "I'm off from Friday, so here is what you need for the %s side while I'm away." % base,
        "The backup box (%s) runs restic nightly; the repo password is in Vaultwarden under 'restic %s'." % (
            "bk01." + ctx.domain, ctx.theme),
        None, None, None,
        "Please do not paste any of this into the ticket system.",
        "Thanks, %s" % a.split()[0],
    ]
    if fmt == "email":
        d = ctx.doc("%s/handover/handover-%s.eml" % (base, ctx.user(a)), free=True)
        d.w("From: %s <%s>" % (a, ctx.mail(a)), "To: %s <%s>" % (b, ctx.mail(b)), "Subject: hand-over",
            "Date: Thu, %d Jul 2025 16:%02d:00 +0000" % (v.randint(1, 28), v.randint(0, 59)), "")
    else:
        d = ctx.doc("%s/handover/HANDOVER-%s.%s" % (base, ctx.user(a), fmt), free=True)
    lines[3] = "Staff Wi-Fi in the office is %s, passphrase %s" % (ctx.org.split()[0] + "-Staff", d.S(wifi,
                                                                                                        "wifi-psk"))
    lines[4] = "The service account for the nightly export is svc-export / %s (yes, still the old one)." % d.S(
        sv, "prose-password")
    if v.random() < 0.5:
        tok = d.P(v.gh("ghp_"), "github-pat", "gh-crc")
    else:
        tok = d.P(prov14.single(v, "telegram-bot-token"), "telegram-bot-token")
    lines[5] = "If the alerting bot goes quiet, its token is %s - rotate it in the admin page afterwards." % tok
    d.w(*[ln for ln in lines if ln])


def ops_ticket(ctx, base):
    """An infrastructure ticket: a reset password and, in plain-text formats, a private key pasted 'for the
    record' (or, in JSON/CSV formats, a key-vault reference)."""
    v = ctx.v
    fmt = v.choice(prose14.TICKET_FORMATS)
    a, b = ctx.people[2], ctx.people[3]
    host = "%s-%02d" % (v.choice(["backup", "sftp", "jump", "files"]), v.randint(1, 20))

    def comments(d):
        out = [(a, "Locked out of %s after the password rotation." % host),
               (b, "Reset the local admin to %s, change it when you log in." % d.S(ctx.pw(), "ticket-password"))]
        if fmt in ("jira", "github", "freshdesk"):
            key = ctx.key(v.choice(["ed25519", "ec", "rsa"]))
            if v.random() < 0.5:
                blob = keys14.openssh_private(key, "ops@%s" % host, v)
                cat = "private-key-openssh"
            else:
                blob = key.pem_trad()
                cat = "private-key-pem"
            out.append((a, "Also the old deploy key from %s, pasting it here for the record before we delete it:"
                           "\n" % host + d.K(blob, cat)))
        else:
            out.append((a, "Deploy key is now only in %s." % d.N("azurekeyvault://ops-kv/deploy-key",
                                                                "vault-reference")))
        out.append((b, "Closing."))
        return out
    prose14.ticket(ctx, "%s/tickets" % base, fmt, "OPS-%d" % v.randint(1000, 9999), "Access to %s" % host, b,
                   comments)


CHAT_TOKENS = ["github-pat", "gitlab-pat", "npm-token", "slack-bot", "openai-key", "anthropic-key",
               "huggingface-token", "datadog-api-key", "sendgrid-key", "stripe-restricted-key", "dockerhub-pat",
               "vault-token", "terraform-cloud-token", "digitalocean-pat", "cloudflare-api-token", "linear-key",
               "atlassian-token", "grafana-sa-token", "telegram-bot-token", "pulumi-token"]


def _chat_token(ctx, d, name):
    v = ctx.v
    if name == "slack-bot":
        return d.P("xoxb-%s-%s-%s" % (v.digits(12), v.digits(13), v.alnum(24)), "slack-bot-token")
    return d.P(prov14.single(v, name), name, prov14.SINGLE[name][2])


def ops_chat(ctx, base, deal):
    """A short ops chat: a token pasted, the rotated value pasted again, a DSN, the AWS docs example, a
    vault reference."""
    v = ctx.v
    fmt = v.choice(prose14.CHAT_FORMATS)
    tname = v.choice(CHAT_TOKENS)
    p = ctx.people
    label = tname.replace("-", " ")

    def msgs(d):
        out = [(p[4], "deploy is failing with 401 from the %s integration" % label.split()[0]),
               (p[5], "the %s expired, here's a new one: %s" % (label, _chat_token(ctx, d, tname))),
               (p[4], "still 401"),
               (p[5], "sorry wrong scope. try %s" % _chat_token(ctx, d, tname)),
               (p[6], "for the record the key in the AWS docs is %s, that one is not ours" % d.N(
                   AWS_EXAMPLE_ID, "doc-example-aws-key-id")),
               (p[4], "reporting db for the dashboard: %s" % d.S("postgresql://dash:%s@reports.%s:5432/dash" % (
                   ctx.pw(), ctx.domain), "chat-dsn-password")),
               (p[6], "moving all of these to %s today" % d.N("vault kv/%s/%s" % (ctx.theme, tname),
                                                              "vault-reference"))]
        if v.random() < 0.6:
            other = v.choice([x for x in CHAT_TOKENS if x != tname])
            out.insert(5, (p[7], "also the %s for the nightly job: %s" % (other.replace("-", " "),
                                                                          _chat_token(ctx, d, other))))
        return out
    prose14.chat(ctx, base + "/chat", fmt, msgs, v.choice(["ops", "deploys", "it-help", "infra"]))
