"""Tool and config kinds, part one (25 kinds): build ecosystems, CI, dev clusters, cloud CLIs, desktop tools."""

import string

from core28 import Doc, rstr, HEXL, B62, B64STD, B64URL, uuid4, jwt, rbytes, json_str
import prov28

UPAL = string.ascii_uppercase + string.digits


def P(c, *parts):
    return "/".join((c.dir,) + parts)


def k_pants(c, r):
    d = Doc(P(c, "monorepo", "pants.toml"), "config", fmt="toml")
    tok = c.b62s(r, 40)
    pw = c.pw(r, url=True)
    d.add("[GLOBAL]", 'pants_version = "2.21.0"', "remote_cache_read = true", "remote_cache_write = true",
          'remote_store_address = "grpcs://cache.%s:443"' % c.internal)
    d.sec('remote_store_headers = { Authorization = "Bearer %s" }' % tok, tok, "remote-cache-token")
    d.add("", "[python-repos]", "indexes = [", '  "https://pypi.org/simple/",')
    d.sec('  "https://ci:%s@pypi.%s/simple/",' % (pw, c.internal), pw, "index-url-password")
    d.add("]", "", "[subprocess-environment]")
    d.neg('env_vars = ["PIP_INDEX_URL=%(env.PIP_INDEX_URL)s"]', "%(env.PIP_INDEX_URL)s", "env-reference")
    return [d]


def k_bowerrc(c, r):
    d = Doc(P(c, "legacy-web", ".bowerrc"), "config", fmt="json")
    pw = c.pw(r, url=True)
    d.add("{", '  "directory": "vendor/bower_components",', '  "registry": {', '    "search": [')
    d.sec('      "https://bower:%s@registry.%s"' % (pw, c.internal), pw, "registry-url-password")
    d.add("    ],", '    "register": "https://registry.%s"' % c.internal, "  },",
          '  "proxy": "http://proxy.%s:3128",' % c.internal, '  "strict-ssl": true', "}")
    return [d]


def k_podfile(c, r):
    d = Doc(P(c, "ios", "Podfile"), "config")
    tok = c.token(r, "github-pat")
    d.add("source 'https://cdn.cocoapods.org/'")
    d.sec("source 'https://ci-bot:%s@github.com/%s/podspecs.git'" % (tok, c.slug), tok, "provider:github-pat",
          group="provider")
    d.neg("# CI variant: source \"https://ci-bot:#{ENV['POD_REPO_TOKEN']}@github.com/%s/podspecs.git\"" % c.slug,
          "#{ENV['POD_REPO_TOKEN']}", "env-reference")
    d.add("platform :ios, '15.0'", "", "target 'FieldApp' do", "  use_frameworks!", "  pod 'Alamofire', '~> 5.9'",
          "  pod 'KeychainAccess', '~> 4.2'", "end")
    n = Doc(P(c, "ios", "netrc-trunk"), "config")
    pw = c.hexs(r, 32)
    n.add("machine trunk.cocoapods.org", "  login %s" % c.people[0]["email"])
    n.sec("  password %s" % pw, pw, "cocoapods-trunk-session")
    return [d, n]


def k_maven(c, r):
    s = Doc(P(c, "build", "settings-security.xml"), "config", fmt="xml")
    master = "{" + rstr(r, B64STD, 43) + "=}"
    s.add('<?xml version="1.0" encoding="UTF-8"?>', "<settingsSecurity>")
    s.neg("  <master>%s</master>" % master, master, "encrypted-value")
    s.add("</settingsSecurity>")
    d = Doc(P(c, "build", "settings.xml"), "config", fmt="xml")
    enc = "{" + rstr(r, B64STD, 43) + "=}"
    pw = c.pw(r)
    d.add('<?xml version="1.0" encoding="UTF-8"?>', '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">',
          "  <servers>", "    <server>", "      <id>releases</id>", "      <username>deploy</username>")
    d.neg("      <password>%s</password>" % enc, enc, "encrypted-value")
    d.add("    </server>", "    <server>", "      <id>thirdparty</id>", "      <username>ci</username>")
    d.sec("      <password>%s</password>" % pw, pw, "password")
    d.add("    </server>", "  </servers>", "  <mirrors>", "    <mirror>", "      <id>internal</id>",
          "      <url>https://nexus.%s/repository/maven-public/</url>" % c.internal,
          "      <mirrorOf>*</mirrorOf>", "    </mirror>", "  </mirrors>", "</settings>")
    return [s, d]


def k_trivy(c, r):
    d = Doc(P(c, "security", "trivy.yaml"), "config")
    pw = c.pw(r)
    d.add("severity:", "  - HIGH", "  - CRITICAL", "scan:", "  skip-dirs:", "    - node_modules", "db:",
          '  repository: "registry.%s/aquasec/trivy-db:2"' % c.internal, "registry:", "  username:",
          '    - "scanner"', "  password:")
    d.sec('    - "%s"' % pw, pw, "registry-password")
    dg = "sha256:" + rstr(r, HEXL, 64)
    d.neg("# trivy-db pulled at %s" % dg, dg, "digest")
    return [d]


def k_coveralls(c, r):
    d = Doc(P(c, "service", ".coveralls.yml"), "config")
    t = c.b62s(r, 33)
    d.add("service_name: github-actions")
    d.sec("repo_token: %s" % t, t, "coveralls-repo-token")
    d.add("parallel: true", "flag_name: unit")
    return [d]


def k_quay(c, r):
    d = Doc(P(c, "scripts", "quay-push.sh"), "config")
    t = c.alnum(r, 64, UPAL)
    d.add("#!/usr/bin/env bash", "set -euo pipefail", "# robot account with write on %s/*" % c.slug)
    d.sec('docker login -u="%s+ci_pusher" -p="%s" quay.io' % (c.slug, t), t, "quay-robot-token")
    tag = "v1.%d.%d" % (r.randrange(20), r.randrange(20))
    d.add("docker build -t quay.io/%s/api:%s ." % (c.slug, tag), "docker push quay.io/%s/api:%s" % (c.slug, tag))
    dg = "sha256:" + rstr(r, HEXL, 64)
    d.neg("# last pushed digest: %s" % dg, dg, "digest")
    return [d]


def k_codefresh(c, r):
    d = Doc(P(c, ".codefresh", "codefresh.yml"), "config")
    pw = c.pw(r)
    d.add('version: "1.0"', "stages:", '  - "build"', '  - "deploy"', "steps:", "  build:", "    type: build",
          '    stage: "build"', "    image_name: %s/api" % c.slug, "    tag: ${{CF_SHORT_REVISION}}", "  deploy:",
          "    image: alpine/helm:3.14", '    stage: "deploy"', "    environment:")
    d.sec("      - DB_PASSWORD=%s" % pw, pw, "db-password")
    d.neg("      - SLACK_WEBHOOK=${{SLACK_WEBHOOK}}", "${{SLACK_WEBHOOK}}", "template")
    d.add("    commands:", "      - helm upgrade --install api ./chart --set db.password=$DB_PASSWORD")
    return [d]


def k_screwdriver(c, r):
    d = Doc(P(c, "packages", "screwdriver.yaml"), "config")
    t = c.token(r, "npm")
    d.add("shared:", "  image: node:20", "  environment:")
    d.sec('    REGISTRY_TOKEN: "%s"' % t, t, "provider:npm", group="provider")
    d.add("jobs:", "  main:", "    requires: [~pr, ~commit]", "    secrets:", "      - NPM_TOKEN", "    steps:",
          "      - install: npm ci")
    d.neg("      - publish: npm publish --//registry.npmjs.org/:_authToken=$NPM_TOKEN", "$NPM_TOKEN", "env-reference")
    return [d]


def k_zuul(c, r):
    d = Doc(P(c, "zuul.d", "secrets.yaml"), "config")
    enc = rstr(r, B64STD, 680) + "="
    pw = c.pw(r)
    d.add("- secret:", "    name: %s-pypi" % c.slug, "    data:", "      username: __token__",
          "      password: !encrypted/pkcs1-oaep")
    d.neg("        - " + enc, enc, "encrypted-value")
    d.add("", "- job:", "    name: %s-smoke" % c.slug, "    parent: base", "    vars:")
    d.sec('      smoke_password: "%s"' % pw, pw, "password")
    return [d]


def k_microk8s(c, r):
    d = Doc(P(c, "cluster", "add-node.txt"), "config")
    t = c.hexs(r, 32)
    ip = "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(2, 250))
    d.add("$ microk8s add-node", "From the node you wish to join to this cluster, run the following:")
    d.sec("microk8s join %s:25000/%s/%s" % (ip, t, rstr(r, HEXL, 12)), t, "cluster-join-token")
    d.add("", "Use the '--worker' flag to join a node as a worker not running the control plane, eg:",
          "microk8s join %s:25000/<token>/<hash> --worker" % ip, "",
          "If the node you are adding is not reachable through the default interface you can use one of the following:",
          "(output trimmed)")
    return [d]


def k_k3d(c, r):
    d = Doc(P(c, "dev", "k3d-config.yaml"), "config")
    t = c.pw(r, "strong")
    pw = c.pw(r)
    d.add("apiVersion: k3d.io/v1alpha5", "kind: Simple", "metadata:", "  name: %s-dev" % c.slug, "servers: 1",
          "agents: 2")
    d.sec('token: "%s"' % t, t, "cluster-token")
    d.add("registries:", "  config: |", "    configs:", "      registry.%s:" % c.internal, "        auth:",
          "          username: dev")
    d.sec('          password: "%s"' % pw, pw, "registry-password")
    return [d]


def k_devspace(c, r):
    d = Doc(P(c, "devspace.yaml"), "config")
    pw = c.pw(r)
    d.add("version: v2beta1", "name: %s" % c.slug, "vars:", "  DB_PASSWORD:")
    d.sec('    value: "%s"' % pw, pw, "db-password")
    d.add("  REGISTRY_TOKEN:", "    source: env", "pullSecrets:", "  harbor:", "    registry: harbor.%s" % c.internal,
          "    username: robot$dev")
    d.neg("    password: ${REGISTRY_TOKEN}", "${REGISTRY_TOKEN}", "env-reference")
    d.add("deployments:", "  api:", "    helm:", "      chart:", "        path: ./chart")
    return [d]


def k_okteto(c, r):
    d = Doc(P(c, "okteto.yml"), "config")
    pw = c.pw(r)
    pub = prov28.public_value("mapbox-public", r)
    d.add("build:", "  api:", "    context: .", "deploy:")
    d.sec("  - helm upgrade --install api chart --set mqtt.password=%s" % pw, pw, "mqtt-password")
    d.add("dev:", "  api:", "    command: bash", "    sync:", "      - .:/usr/src/app", "    environment:")
    d.neg("      STRIPE_KEY: $STRIPE_KEY", "$STRIPE_KEY", "env-reference")
    d.neg("      MAPBOX_TOKEN: %s" % pub, pub, "public-by-design")
    return [d]


def k_telepresence(c, r):
    d = Doc(P(c, "dev", "api-intercept.env"), "config")
    pw = c.pw(r, url=True)
    pw2 = c.pw(r)
    u = uuid4(r)
    d.add("# telepresence intercept api --port 8080 --env-file api-intercept.env",
          "KUBERNETES_SERVICE_HOST=10.43.0.1", "KUBERNETES_SERVICE_PORT=443")
    d.sec("DATABASE_URL=postgres://api:%s@pg.%s.svc:5432/api" % (pw, c.slug), pw, "db-uri-password")
    d.sec("REDIS_PASSWORD=%s" % pw2, pw2, "redis-password")
    d.add("TELEPRESENCE_ROOT=/tmp/telfs-%d" % r.randrange(10 ** 8, 10 ** 9))
    d.neg("TELEPRESENCE_INTERCEPT_ID=%s:api" % u, u, "uuid")
    return [d]


def k_skopeo(c, r):
    d = Doc(P(c, "scripts", "mirror-images.sh"), "config")
    pw = c.pw(r)
    d.add("#!/bin/sh", "set -e", "for img in nginx:1.27 redis:7.4 postgres:16; do", "  skopeo copy \\")
    d.sec('    --src-creds "mirror:%s" \\' % pw, pw, "registry-password")
    d.add("    --dest-authfile /run/containers/0/auth.json \\", '    "docker://docker.io/library/$img" \\',
          '    "docker://registry.%s/mirror/$img"' % c.internal, "done")
    dg = "sha256:" + rstr(r, HEXL, 64)
    d.neg("# nginx:1.27 -> %s" % dg, dg, "digest")
    return [d]


def k_oras(c, r):
    d = Doc(P(c, "firmware", "publish.sh"), "config")
    pw = c.pw(r)
    d.add("#!/usr/bin/env bash", "set -euo pipefail")
    d.sec("oras login registry.%s -u ci -p '%s'" % (c.internal, pw), pw, "registry-password")
    ver = "%d.%d.%d" % (r.randrange(1, 4), r.randrange(10), r.randrange(30))
    d.add("oras push registry.%s/artifacts/firmware:%s firmware.bin:application/octet-stream" % (c.internal, ver))
    dg = "sha256:" + rstr(r, HEXL, 64)
    d.neg("# Digest: %s" % dg, dg, "digest")
    return [d]


def k_scw(c, r):
    d = Doc(P(c, "ops", "scw-config.yaml"), "config")
    ak, sk = c.uniq(lambda: "\x00".join(prov28.pair_scaleway(r))).split("\x00")
    d.pair("access_key: %s" % ak, ak, "secret_key: %s" % sk, sk, "pair:scaleway")
    org = uuid4(r)
    d.neg("default_organization_id: %s" % org, org, "uuid")
    d.add("default_project_id: %s" % uuid4(r), "default_region: fr-par", "default_zone: fr-par-1")
    return [d]


def k_twilio_cli(c, r):
    d = Doc(P(c, "ops", "twilio-cli-config.json"), "config", fmt="json")
    sid = prov28.public_value("twilio-account-sid", r)
    kid, sec = c.pair(r, "twilio")
    d.add("{", '  "profiles": {', '    "%s": {' % c.slug)
    d.neg('      "accountSid": "%s",' % sid, sid, "identifier")
    d.pair('      "apiKey": "%s",' % kid, kid, '      "apiSecret": "%s",' % sec, sec, "pair:twilio")
    d.add('      "region": "us1"', "    }", "  },", '  "activeProfile": "%s"' % c.slug, "}")
    return [d]


def k_msal(c, r):
    d = Doc(P(c, "ops", "msal_token_cache.json"), "config", fmt="json")
    tenant = uuid4(r)
    oid = uuid4(r)
    at = c.uniq(lambda: jwt({"typ": "JWT", "alg": "RS256", "kid": rstr(r, B64URL, 27)},
                            {"aud": "https://management.core.windows.net/", "iss": "https://sts.windows.net/%s/" % tenant,
                             "oid": oid, "tid": tenant, "upn": c.people[1]["email"], "exp": 1760000000 + r.randrange(10 ** 7)},
                            rbytes(r, 256)))
    rt = c.uniq(lambda: "1.AXkA" + rstr(r, B64URL, 300))
    home = "%s.%s" % (oid, tenant)
    d.add("{", '  "AccessToken": {', '    "%s-login.microsoftonline.com-accesstoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46-%s-https://management.core.windows.net//user_impersonation": {' % (home, tenant),
          '      "credential_type": "AccessToken",')
    d.sec('      "secret": "%s",' % at, at, "jwt-access-token")
    d.add('      "client_id": "04b07795-8ddb-461a-bbee-02f9e1bf7b46",', '      "realm": "%s"' % tenant, "    }", "  },",
          '  "RefreshToken": {', '    "%s-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--": {' % home,
          '      "credential_type": "RefreshToken",')
    d.sec('      "secret": "%s",' % rt, rt, "oauth-refresh-token")
    d.neg('      "home_account_id": "%s"' % home, home, "identifier")
    d.add("    }", "  }", "}")
    return [d]


def k_fly(c, r):
    d = Doc(P(c, "deploy", "fly-secrets.sh"), "config")
    pw = c.pw(r, url=True)
    s = c.hexs(r, 64)
    app = c.slug[:12] + "-api"
    d.add("#!/bin/sh", "# one-off: seed the app's secrets (do not commit) ")
    d.sec('fly secrets set -a %s DATABASE_URL="postgres://api:%s@%s-db.flycast:5432/api"' % (app, pw, app), pw,
          "db-uri-password")
    d.sec('fly secrets set -a %s SESSION_SECRET="%s"' % (app, s), s, "session-secret")
    d.add("# $ fly secrets list -a %s" % app, "# NAME            DIGEST            CREATED AT")
    dg = rstr(r, HEXL, 16)
    d.neg("# DATABASE_URL    %s  1m ago" % dg, dg, "digest")
    return [d]


def k_chezmoi(c, r):
    d = Doc(P(c, "dotfiles", ".config", "chezmoi", "chezmoi.toml"), "config", fmt="toml")
    pw = c.pw(r)
    p = c.people[r.randrange(len(c.people))]
    d.add("[data]", '    email = "%s"' % p["email"], '    smtp_host = "smtp.%s"' % c.domain)
    d.sec('    smtp_password = "%s"' % pw, pw, "smtp-password")
    d.add("", "[bitwarden]", '    command = "bw"')
    t = Doc(P(c, "dotfiles", "private_dot_netrc.tmpl"), "config")
    ref = '{{ (bitwarden "item" "nas").login.password }}'
    t.add("machine nas.%s" % c.internal, "  login backup")
    t.neg("  password " + ref, ref, "template")
    return [d, t]


def k_keepassxc(c, r):
    d = Doc(P(c, "notes", "keepassxc-show.txt"), "config")
    pw = c.pw(r)
    name, sid = c.system(r)
    host = c.host(r, sid[:6])
    d.add('$ keepassxc-cli show -s -a Title -a UserName -a Password -a URL ops.kdbx "Infra/%s"' % sid,
          "Enter password to unlock ops.kdbx:", "Title: %s" % name, "UserName: admin")
    d.sec("Password: %s" % pw, pw, "password")
    d.add("URL: https://%s" % host, "", '$ keepassxc-cli show ops.kdbx "Infra/backup-nas"', "Enter password to unlock ops.kdbx:",
          "Title: backup-nas", "UserName: backup")
    d.neg("Password: PROTECTED", "PROTECTED", "masked")
    u = uuid4(r).replace("-", "")
    d.add("URL: smb://nas.%s" % c.internal, "Notes: rotate quarterly")
    d.neg("Uuid: %s" % u, u, "identifier")
    return [d]


def k_oracle(c, r):
    t = Doc(P(c, "db", "tnsnames.ora"), "config")
    t.add("ERPPROD =", "  (DESCRIPTION =", "    (ADDRESS = (PROTOCOL = TCP)(HOST = db01.%s)(PORT = 1521))" % c.internal,
          "    (CONNECT_DATA = (SERVICE_NAME = erpprod.%s))" % c.domain, "  )")
    d = Doc(P(c, "db", "expdp_nightly.par"), "config")
    pw = c.pw(r, url=True)
    pw2 = c.pw(r)
    d.sec("userid=system/%s@ERPPROD" % pw, pw, "db-password")
    d.add("directory=DATA_PUMP_DIR", "dumpfile=erp_%U.dmp", "logfile=erp_export.log", "schemas=ERP,HR",
          "parallel=2", "compression=ALL")
    d.sec("encryption_password=%s" % pw2, pw2, "dump-encryption-password")
    h = rstr(r, HEXL, 64)
    d.neg("# sha256 of last dump set: %s" % h, h, "hash")
    return [t, d]


def k_dbeaver(c, r):
    d = Doc(P(c, "analytics", ".dbeaver", "data-sources.json"), "config", fmt="json")
    pw = c.pw(r)
    name, sid = c.system(r)
    h = c.host(r, "db")
    d.add("{", '  "folders": {},', '  "connections": {', '    "postgres-jdbc-%s": {' % rstr(r, HEXL, 11),
          '      "provider": "postgresql",', '      "driver": "postgres-jdbc",', '      "name": %s,' % json_str(name),
          '      "save-password": true,', '      "configuration": {', '        "host": "%s",' % h,
          '        "port": "5432",', '        "database": "%s",' % sid,
          '        "url": "jdbc:postgresql://%s:5432/%s",' % (h, sid), '        "user": "report",')
    d.sec('        "password": "%s",' % pw, pw, "db-password")
    d.add('        "type": "prod",', '        "auth-model": "native"', "      }", "    },",
          '    "mysql8-%s": {' % rstr(r, HEXL, 11), '      "provider": "mysql",', '      "driver": "mysql8",',
          '      "name": "archive",', '      "configuration": {', '        "host": "archive.%s",' % c.internal,
          '        "user": "ro",')
    d.neg('        "password": "${MYSQL_ARCHIVE_PASS}"', "${MYSQL_ARCHIVE_PASS}", "env-reference")
    d.add("      }", "    }", "  }", "}")
    return [d]


KINDS = {
    "pants.toml": k_pants, "bowerrc": k_bowerrc, "cocoapods-podfile": k_podfile, "maven-settings-security": k_maven,
    "trivy.yaml": k_trivy, "coveralls.yml": k_coveralls, "quay-robot-login": k_quay, "codefresh.yml": k_codefresh,
    "screwdriver.yaml": k_screwdriver, "zuul-secrets": k_zuul, "microk8s-add-node": k_microk8s,
    "k3d-config": k_k3d, "devspace.yaml": k_devspace, "okteto.yml": k_okteto, "telepresence-env": k_telepresence,
    "skopeo-copy": k_skopeo, "oras-push": k_oras, "scaleway-cli": k_scw, "twilio-cli": k_twilio_cli,
    "msal-token-cache": k_msal, "fly-secrets": k_fly, "chezmoi": k_chezmoi, "keepassxc-cli-show": k_keepassxc,
    "oracle-expdp": k_oracle, "dbeaver-data-sources": k_dbeaver,
}
