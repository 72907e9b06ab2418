"""Tool and config kinds, part 2 (17): virtualisation, security tools, CI, deployment, mail servers."""

import base64

from core27 import ALNUM, DIG, HEX, Doc, rs, sh_quote
import prov27
from cfg27a import fixed


def powercli(ctx):
    r = ctx.r
    d = Doc("%s/vmware/Connect-Cluster.ps1" % ctx.dir, "config", crlf=True)
    pw = ctx.pw()
    d.add('$vc = "vcenter.%s"' % ctx.internal)
    d.sec('Connect-VIServer -Server $vc -User "administrator@vsphere.local" -Password \'%s\'' % pw, pw,
          "vcenter-password")
    d.add('Get-VM | Where-Object { $_.PowerState -eq "PoweredOn" } | Select Name, NumCpu, MemoryGB | Export-Csv vms.csv')
    tp = ctx.uniq(lambda: ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20)))
    d.neg('# esx02 certificate thumbprint %s' % tp, tp, "certificate-thumbprint")
    d.add('Connect-VIServer -Server "esx02.%s" -Credential (Get-VICredentialStoreItem -Host esx02)' % ctx.internal)
    return [d]


def truenas(ctx):
    r = ctx.r
    d = Doc("%s/nas/truenas_snapshots.py" % ctx.dir, "code")
    k = ctx.uniq(lambda: "%d-%s" % (r.randrange(1, 9), rs(r, ALNUM, 64)))
    d.add("import requests", "", 'API = "https://%s/api/v2.0"' % ctx.host("files"))
    d.sec('KEY = "%s"' % k, k, "truenas-api-key", group="provider")
    g = ctx.uniq(lambda: str(r.randrange(10 ** 18, 10 ** 19)))
    d.neg("POOL_GUID = %s  # tank" % g, g, "pool-guid")
    d.add("", "", "def snapshots(dataset):",
          '    h = {"Authorization": "Bearer " + KEY}',
          '    q = {"dataset": dataset}',
          '    return requests.get(API + "/zfs/snapshot", headers=h, params=q, verify=False, timeout=30).json()')
    return [d]


def tacticalrmm(ctx):
    r = ctx.r
    d = Doc("%s/rmm/local_settings.py" % ctx.dir, "code")
    sk = ctx.uniq(lambda: rs(r, ALNUM + "!@#%^&*(-_=+)", 50))
    pw, mesh = ctx.pw(), ctx.key_hex(160)
    d.sec('SECRET_KEY = "%s"' % sk, sk, "django-secret-key")
    d.add("DEBUG = False", "ALLOWED_HOSTS = ['api.%s']" % ctx.domain, "DATABASES = {", "    'default': {",
          "        'ENGINE': 'django.db.backends.postgresql',", "        'NAME': 'tacticalrmm',",
          "        'USER': 'tactical',")
    d.sec("        'PASSWORD': '%s'," % pw, pw, "database-password")
    d.add("        'HOST': 'localhost',", "        'PORT': '5432',", "    }", "}", 'MESH_USERNAME = "tactical"',
          'MESH_SITE = "https://mesh.%s"' % ctx.domain)
    d.sec('MESH_TOKEN_KEY = "%s"' % mesh, mesh, "meshcentral-login-token-key")
    sha = prov27.short_sha(ctx)
    d.neg("# installed from install.sh at commit %s" % sha, sha, "git-sha")
    return [d]


def fleetctl(ctx):
    r = ctx.r
    d = Doc("%s/fleet/.fleet/config" % ctx.dir, "config")
    tok = ctx.uniq(lambda: base64.b64encode(bytes(r.randrange(256) for _ in range(66))).decode())
    d.add("contexts:", "  default:", "    address: https://fleet.%s" % ctx.domain, "    email: admin@%s" % ctx.domain)
    d.sec("    token: %s" % tok, tok, "fleet-api-token")
    d.add("    tls-skip-verify: false", '    url-prefix: ""', "  staging:", "    address: https://fleet-stg.%s" % ctx.domain,
          '    token: ""')
    ref = "secret/%s/fleet/enroll" % ctx.t["hosts"][0]
    d.neg("# agent enroll secret: vault kv get -field=secret " + ref, ref, "vault-path")
    return [d]


def gvm(ctx):
    d = Doc("%s/scans/weekly-scan.sh" % ctx.dir, "config")
    pw = ctx.pw()
    u = ctx.uuid()
    d.add("#!/bin/sh", "SOCK=/run/gvmd/gvmd.sock")
    d.sec("gvm-cli --gmp-username admin --gmp-password %s socket --socketpath $SOCK --xml '<get_tasks/>'" %
          sh_quote(pw), pw, "gvm-password")
    d.neg("gvm-cli --gmp-username admin --gmp-password \"$GMP_PASS\" socket --socketpath $SOCK "
          "--xml '<start_task task_id=\"%s\"/>'" % u, u, "uuid")
    return [d]


def nessus(ctx):
    d = Doc("%s/scans/nessus_export.py" % ctx.dir, "code")
    a, s = ctx.key_hex(64), ctx.key_hex(64)
    d.add("import requests", "", 'NESSUS = "https://%s:8834"' % ctx.host("ops"))
    d.pair('ACCESS_KEY = "%s"' % a, 'SECRET_KEY = "%s"' % s, a, s, "nessus-api-pair", group="generic")
    d.add('H = {"X-ApiKeys": "accessKey=%s; secretKey=%s" % (ACCESS_KEY, SECRET_KEY)}', "", "",
          "def export(scan_id):",
          '    r = requests.post(f"{NESSUS}/scans/{scan_id}/export", headers=H, json={"format": "csv"}, verify=False)',
          '    return r.json()["file"]')
    u = ctx.uuid()
    d.neg('BASIC_TEMPLATE = "%s"' % u, u, "uuid")
    return [d]


def cloudbuild(ctx):
    r = ctx.r
    d = Doc("%s/cloudbuild.yaml" % ctx.dir, "config")
    pw = ctx.pw()
    proj = "%s-prod-%d" % (ctx.t["hosts"][0], r.randrange(100, 999))
    d.add("steps:", "- name: gcr.io/cloud-builders/docker",
          "  args: ['build', '-t', 'europe-docker.pkg.dev/$PROJECT_ID/app/web:$SHORT_SHA', '.']",
          "- name: gcr.io/cloud-builders/gcloud", "  entrypoint: bash",
          "  args: ['-c', 'gcloud run deploy web --image europe-docker.pkg.dev/$PROJECT_ID/app/web:$SHORT_SHA "
          "--set-env-vars DB_PASSWORD=$$DB_PASSWORD,SMTP_PASSWORD=${_SMTP_PASSWORD}']",
          "  secretEnv: ['DB_PASSWORD']", "substitutions:")
    d.sec("  _SMTP_PASSWORD: '%s'" % pw, pw, "smtp-password")
    hook = prov27.token(ctx, "slack-webhook")
    d.sec("  _SLACK_WEBHOOK: %s" % hook, hook, "slack-webhook", group="provider")
    d.add("  _REGION: europe-west1", "availableSecrets:", "  secretManager:")
    path = "projects/%s/secrets/db-password/versions/latest" % proj
    d.neg("  - versionName: %s" % path, path, "secret-manager-path")
    d.add("    env: DB_PASSWORD")
    return [d]


def codebuild(ctx):
    r = ctx.r
    d = Doc("%s/buildspec.yml" % ctx.dir, "config")
    tok = prov27.token(ctx, "sentry-user")
    arn = "arn:aws:secretsmanager:ap-south-1:%s:secret:npm-token-%s" % (rs(r, DIG, 12), rs(r, ALNUM, 6))
    d.add("version: 0.2", "env:", "  variables:", "    NODE_ENV: production")
    d.sec('    SENTRY_AUTH_TOKEN: "%s"' % tok, tok, "sentry-user", group="provider")
    d.add("  parameter-store:")
    ref = "/%s/prod/db_password" % ctx.t["hosts"][0]
    d.neg("    DB_PASSWORD: " + ref, ref, "parameter-store-path")
    d.add("  secrets-manager:")
    d.neg("    NPM_TOKEN: %s:token" % arn, arn, "secrets-manager-arn")
    d.add("phases:", "  install:", "    runtime-versions:", "      nodejs: 20", "  build:", "    commands:",
          "      - npm ci", "      - npm run build", "      - npx sentry-cli sourcemaps upload dist")
    return [d]


def dagger(ctx):
    d = Doc("%s/ci/main.go" % ctx.dir, "code")
    pw = ctx.pw()
    reg = "registry.%s" % ctx.domain
    d.add("package main", "", "import (", '\t"context"', "", '\t"dagger/ci/internal/dagger"', ")", "", "type Ci struct{}",
          "", "func (m *Ci) Publish(ctx context.Context, src *dagger.Directory) (string, error) {",
          "\t// TODO: take this as a *dagger.Secret argument")
    d.sec('\tregPass := dag.SetSecret("registry-password", "%s")' % pw, pw, "registry-password")
    d.add('\treturn dag.Container().From("node:20-alpine").', '\t\tWithDirectory("/src", src).WithWorkdir("/src").',
          '\t\tWithExec([]string{"npm", "ci"}).', '\t\tWithRegistryAuth("%s", "ci", regPass).' % reg,
          '\t\tPublish(ctx, "%s/web:latest")' % reg, "}", "")
    ref = "env:%s_DEPLOY_TOKEN" % ctx.t["users"][0].upper()
    d.neg("// dagger call deploy --token=" + ref, ref, "env-reference")
    d.add("func (m *Ci) Deploy(ctx context.Context, token *dagger.Secret) error { return nil }")
    return [d]


def kamal(ctx):
    r = ctx.r
    d = Doc("%s/web/.kamal/secrets" % ctx.dir, "config")
    tok = prov27.token(ctx, "dockerhub")
    mk = ctx.key_hex(32)
    d.add("# Secrets for kamal deploy (do not commit real values!)")
    d.sec("KAMAL_REGISTRY_PASSWORD=%s" % tok, tok, "dockerhub", group="provider")
    d.sec("RAILS_MASTER_KEY=%s" % mk, mk, "rails-master-key")
    ref = "op://Production/%s-postgres/password" % ctx.t["hosts"][0]
    d.neg('POSTGRES_PASSWORD=$(op read "%s")' % ref, ref, "op-reference")
    e = Doc("%s/web/config/deploy.yml" % ctx.dir, "config")
    e.add("service: web", "image: %s/web" % ctx.t["users"][0], "servers:", "  web:", "    - %s" % ctx.ip(),
          "registry:", "  username: %s" % ctx.t["users"][0], "  password:", "    - KAMAL_REGISTRY_PASSWORD", "env:",
          "  clear:", "    RAILS_LOG_TO_STDOUT: 1", "  secret:", "    - RAILS_MASTER_KEY", "    - POSTGRES_PASSWORD")
    _ = r
    return [d, e]


def caprover(ctx):
    d = Doc("%s/deploy/caprover-deploy.sh" % ctx.dir, "config")
    pw = ctx.pw()
    d.add("#!/bin/sh", "# one-off deploy from a laptop", "npm run build")
    d.sec("caprover deploy -h https://captain.apps.%s -p %s -a web -b main" % (ctx.domain, sh_quote(pw)), pw,
          "caprover-password")
    ref = "$%s_CAPROVER_TOKEN" % ctx.t["users"][0].upper()
    d.neg('# CI uses: caprover deploy --appToken "%s" -a web' % ref, ref, "env-reference")
    return [d]


def coolify(ctx):
    r = ctx.r
    d = Doc("%s/coolify/.env" % ctx.dir, "config")
    aid = ctx.key_hex(32)
    key = ctx.uniq(lambda: "base64:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode())
    a, b = ctx.pw(), ctx.key_alnum(40)
    d.neg("APP_ID=%s" % aid, aid, "app-id")
    d.sec("APP_KEY=%s" % key, key, "laravel-app-key")
    d.add("DB_USERNAME=coolify")
    d.sec("DB_PASSWORD=%s" % a, a, "database-password")
    d.add("PUSHER_APP_ID=%s" % rs(r, DIG, 6), "PUSHER_APP_KEY=%s" % rs(r, HEX, 20))
    d.sec("PUSHER_APP_SECRET=%s" % b, b, "pusher-app-secret")
    return [d]


def fabric(ctx):
    d = Doc("%s/deploy/fabfile.py" % ctx.dir, "code")
    a, b = ctx.pw(), ctx.pw()
    d.add("from fabric import Config, Connection, task", "")
    d.sec('SUDO = Config(overrides={"sudo": {"password": "%s"}})' % a, a, "sudo-password")
    d.add("HOSTS = [%s]" % ", ".join('"%s"' % ctx.host() for _ in range(2)), "", "", "def conn(host):")
    d.sec('    return Connection(host, user="deploy", connect_kwargs={"password": "%s"}, config=SUDO)' % b, b,
          "ssh-password")
    d.add("", "", "@task", "def deploy(c):", "    for h in HOSTS:", "        cx = conn(h)",
          '        cx.run("cd /srv/app && git pull --ff-only")', '        cx.sudo("systemctl restart app")')
    return [d]


def skaffold(ctx):
    d = Doc("%s/skaffold.yaml" % ctx.dir, "config")
    pw = ctx.pw()
    d.add("apiVersion: skaffold/v4beta11", "kind: Config", "metadata:", "  name: web", "build:", "  artifacts:",
          "  - image: registry.%s/web" % ctx.domain, "deploy:", "  helm:", "    releases:", "    - name: web",
          "      chartPath: charts/web", "      setValues:")
    d.sec('        postgresql.auth.password: "%s"' % pw, pw, "helm-value-password")
    ref = "{{.%s_REDIS_PASSWORD}}" % ctx.t["users"][0].upper()
    d.neg('        redis.auth.password: "%s"' % ref, ref, "template-reference")
    d.add("profiles:", "- name: dev", "  activation:", "  - kubeContext: kind-dev")
    return [d]


def waypoint(ctx):
    d = Doc("%s/waypoint.hcl" % ctx.dir, "config")
    pw = ctx.pw()
    d.add('project = "web"', "", 'app "web" {', "  build {", '    use "docker" {}', "    registry {", '      use "docker" {',
          '        image = "registry.%s/web"' % ctx.domain, "        tag   = gitrefpretty()", "        auth {",
          '          username = "ci"')
    d.sec('          password = "%s"' % pw, pw, "registry-password")
    d.add("        }", "      }", "    }", "  }", "", "  deploy {", '    use "kubernetes" {', '      probe_path = "/health"')
    ref = "secret/data/%s/web" % ctx.t["hosts"][0]
    d.neg('      # token = dynamic("vault", { path = "%s", key = "/data/token" })' % ref, ref, "vault-path")
    d.add("    }", "  }", "}")
    return [d]


def iredmail(ctx):
    d = Doc("%s/mail/iRedMail.tips" % ctx.dir, "config")
    a, b, c, e = ctx.pw(), ctx.pw(), ctx.pw(), ctx.pw()
    from keys27 import Key
    pub = base64.b64encode(Key("ed25519", ctx.kr).pub).decode()
    d.add("=" * 60, "== iRedMail-1.6.8", "=" * 60, "", "Admin of domain %s:" % ctx.domain, "",
          "    * Account: postmaster@%s" % ctx.domain)
    d.sec("    * Password: %s" % a, a, "mail-admin-password")
    d.add("", "    You can login to iRedAdmin with this account, login name is full email address.", "",
          "MySQL:")
    d.sec('    * Root user: root, Password: "%s" (without quotes)' % b, b, "database-password")
    d.add("    * Bind account (read-only):")
    d.sec("        - Username: vmail, Password: %s" % c, c, "database-password")
    d.add("    * Vmail admin account (read-write):")
    d.sec("        - Username: vmailadmin, Password: %s" % e, e, "database-password")
    d.add("", "DNS record for DKIM support:", "")
    d.neg('dkim._domainkey.%s. 3600 TXT "v=DKIM1; k=ed25519; p=%s"' % (ctx.domain, pub), pub, "dkim-public-key")
    return [d]


def mailtrain(ctx):
    d = Doc("%s/mailtrain/server/config/production.yaml" % ctx.dir, "config")
    s, pw = ctx.key_alnum(32), ctx.pw()
    d.add("www:", "  publicUrl: https://news.%s/" % ctx.domain, "  sandboxUrl: https://sbox.news.%s/" % ctx.domain)
    d.sec('  secret: "%s"' % s, s, "session-secret")
    d.add("mysql:", "  host: %s" % ctx.host("db"), "  user: mailtrain")
    d.sec('  password: "%s"' % pw, pw, "database-password")
    d.add("  database: mailtrain", "redis:", "  enabled: true", "ldap:", "  enabled: false")
    fixed(d, ctx, "# default in the sample config: secret: a cat", "a cat", "documented-default")
    return [d]


KINDS = {"powercli": powercli, "truenas": truenas, "tacticalrmm": tacticalrmm, "fleetctl": fleetctl, "gvm": gvm,
         "nessus": nessus, "cloudbuild": cloudbuild, "codebuild": codebuild, "dagger": dagger, "kamal": kamal,
         "caprover": caprover, "coolify": coolify, "fabric": fabric, "skaffold": skaffold, "waypoint": waypoint,
         "iredmail": iredmail, "mailtrain": mailtrain}
