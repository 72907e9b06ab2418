"""Tool / config kinds 35-50: cluster bootstrap, tunnels, API and test tooling, error trackers, media tools."""
import base64

import prov32
from core32 import ALNUM, Doc, b64, jstr, rhex, rstr, uuid4


def kairos(ctx, r):
    d = Doc("edge/kairos/cloud-config.yaml")
    pw = ctx.password(r)
    inner = "otp:\n  dht:\n    interval: 9000\n    key: %s\n    length: 6\n  crypto:\n    interval: 9000\n    key: %s\n    length: 6\nroom: %s\nrendezvous: %s\nmdns: %s\nmax_message_size: 20971520\n" % (
        rstr(r, 32), rstr(r, 32), rstr(r, 32), rstr(r, 32), rstr(r, 32))
    tok = ctx.uniq(lambda r: b64(inner.encode()), r)
    key = ctx_pub(ctx, r)
    d.add("#cloud-config", "hostname: %s-edge-{{ trunc 4 .MachineID }}" % ctx.short, "users:", "  - name: kairos",
          "    groups: [admin]")
    d.s('    passwd: "%s"' % pw, pw, "password")
    d.n('    ssh_authorized_keys: ["%s"]' % key, key, "public-key-ssh")
    d.add("p2p:", "  auto:", "    enable: true", "    ha:", "      enable: false")
    d.s('  network_token: "%s"' % tok, tok, "kairos-network-token", decoded="base64 YAML with OTP keys")
    return [d]


def ctx_pub(ctx, r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rstr(r, 43, ALNUM + "+/"), ctx.handle(r), ctx.short)


def cloudnativepg(ctx, r):
    d = Doc("k8s/cnpg-%s.yaml" % ctx.sysname(r))
    pw = ctx.password(r)
    pw2 = ctx.password(r, style="strong")
    enc = base64.b64encode(pw2.encode()).decode()
    ctx.reg.add(enc)
    d.add("apiVersion: postgresql.cnpg.io/v1", "kind: Cluster", "metadata:", "  name: %s-pg" % ctx.short, "spec:",
          "  instances: 3", "  bootstrap:", "    initdb:", "      database: app", "      owner: app", "      secret:",
          "        name: %s-pg-app" % ctx.short, "  superuserSecret:", "    name: %s-pg-superuser" % ctx.short,
          "  storage:", "    size: 20Gi", "---", "apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-pg-app" % ctx.short,
          "type: kubernetes.io/basic-auth", "stringData:", "  username: app")
    d.s("  password: '%s'" % pw, pw, "password")
    d.add("---", "apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-pg-superuser" % ctx.short,
          "type: kubernetes.io/basic-auth", "data:", "  username: cG9zdGdyZXM=")
    d.s("  password: %s" % enc, enc, "password-base64", decoded=pw2)
    return [d]


def tmate(ctx, r):
    d = Doc("dotfiles/.tmate.conf")
    key = ctx.uniq(lambda r: "tmk-" + rstr(r, 26), r)
    fp = "SHA256:" + b64(bytes(r.getrandbits(8) for _ in range(32))).rstrip("=")
    d.add("# self-hosted tmate server for remote support", 'set -g tmate-server-host "tmate.%s"' % ctx.domain,
          "set -g tmate-server-port 2200")
    d.n('set -g tmate-server-ed25519-fingerprint "%s"' % fp, fp, "ssh-fingerprint")
    d.s('set -g tmate-api-key "%s"' % key, key, "tmate-api-key")
    d.add('set -g tmate-session-name "%s-support"' % ctx.short)
    return [d]


def n2n(ctx, r):
    d = Doc("vpn/n2n/edge.conf")
    key = ctx.password(r, style="strong")
    upw = ctx.password(r)
    pub = rstr(r, 43, ALNUM + "+/")
    d.add("# n2n edge for the %s sites" % ctx.org, "-d=n2n0", "-c=%s-sites" % ctx.short)
    d.s("-k=%s" % key, key, "n2n-community-key")
    d.add("-a=10.%d.99.%d" % (ctx.octet, r.randrange(2, 250)), "-l=sn.%s:7654" % ctx.domain, "-I=%s" % ctx.handle(r))
    d.s("-J=%s" % upw, upw, "password")
    d.n("-P=%s" % pub, pub, "public-key")
    d.add("-A3", "-f")
    return [d]


def rest_client(ctx, r):
    d = Doc("api/%s.http" % ctx.sysname(r))
    pw = ctx.password(r)
    u = ctx.user(r)
    pw2 = ctx.password(r, style="strong")
    basic = base64.b64encode(("%s:%s" % (u, pw2)).encode()).decode()
    ctx.reg.add(basic)
    d.add("@host = https://api.%s" % ctx.domain)
    d.s("@adminPassword = %s" % pw, pw, "password")
    ref = "{{$dotenv STOCK_API_TOKEN}}"
    d.n("@token = %s" % ref, ref, "env-reference")
    d.add("", "### log in", "POST {{host}}/auth/login", "Content-Type: application/json", "",
          '{"user": "admin", "password": "{{adminPassword}}"}', "", "### stock list (old basic auth endpoint)",
          "GET {{host}}/v1/stock")
    d.s("Authorization: Basic %s" % basic, basic, "basic-auth-header", decoded="%s:%s" % (u, pw2))
    d.add("", "### with the token", "GET {{host}}/v2/stock", "Authorization: Bearer {{token}}")
    return [d]


def karate(ctx, r):
    d = Doc("tests/karate/src/test/java/karate-config.js")
    pw = ctx.password(r)
    cs = ctx.randkey(r, 40)
    d.add("function fn() {", "  var env = karate.env || 'dev';", "  var config = { baseUrl: 'https://dev.%s' };" % ctx.domain,
          "  if (env == 'staging') {", "    config.baseUrl = 'https://staging.%s';" % ctx.domain, "    config.username = 'qa-bot';")
    d.s("    config.password = '%s';" % pw, pw, "password")
    d.s("    config.clientSecret = '%s';" % cs, cs, "oauth-client-secret")
    d.add("  } else if (env == 'prod') {", "    config.baseUrl = 'https://%s';" % ctx.domain)
    ref = "karate.properties['prod.api.key']"
    d.n("    config.apiKey = %s;" % ref, ref, "env-reference")
    d.add("  }", "  karate.configure('connectTimeout', 5000);", "  return config;", "}")
    return [d]


def saucelabs(ctx, r):
    c = Doc("tests/.sauce/credentials.yml")
    key = ctx.uuid_secret(r)
    c.add("username: %s-qa" % ctx.short)
    c.s("accessKey: %s" % key, key, "saucelabs-access-key")
    cfg = Doc("tests/.sauce/config.yml")
    cfg.add("apiVersion: v1alpha", "kind: playwright", "sauce:", "  region: eu-central-1", "  concurrency: 2", "  metadata:",
            "    tags: [%s]" % ctx.short, "defaults:", "  timeout: 10m", "env:")
    ref = "$SAUCE_ACCESS_KEY"
    cfg.n("  SAUCE_KEY: %s" % ref, ref, "env-reference")
    cfg.add("suites:", "  - name: checkout", "    platformName: Windows 11", "    params:", "      browserName: chromium")
    return [c, cfg]


def lambdatest(ctx, r):
    d = Doc("tests/lambdatest-config.json")
    key = ctx.uniq(lambda r: "LT_" + rstr(r, 47), r)
    d.add("{", '  "lambdatest_auth": {', '    "username": "%s",' % ctx.handle(r).replace(".", ""))
    d.s('    "access_key": "%s"' % key, key, "lambdatest-access-key")
    d.add("  },", '  "browsers": [{"browser": "Chrome", "platform": "Windows 11", "versions": ["latest"]}],',
          '  "run_settings": {', '    "build_name": "%s-e2e",' % ctx.short, '    "parallels": 2,', '    "env": {')
    ref = "${STAGING_API_TOKEN}"
    d.n('      "API_TOKEN": "%s"' % ref, ref, "env-reference")
    d.add("    }", "  },", '  "tunnel_settings": {"tunnel": true, "tunnel_name": "%s"}' % ctx.short, "}")
    return [d]


def codeception(ctx, r):
    d = Doc("tests/Acceptance.suite.yml")
    pw = ctx.password(r)
    d.add("actor: AcceptanceTester", "modules:", "    enabled:", "        - WebDriver:",
          "            url: 'https://test.%s'" % ctx.domain, "            browser: chrome", "        - Db:",
          "            dsn: 'mysql:host=%s;dbname=shop_test'" % ctx.host(r, "db"), "            user: 'codecept'")
    d.s("            password: '%s'" % pw, pw, "password")
    d.add("            populate: true", "env:", "    staging:", "        modules:", "            config:", "                Db:")
    ref = "%STAGING_DB_PASSWORD%"
    d.n("                    password: '%s'" % ref, ref, "env-reference")
    return [d]


def jreleaser(ctx, r):
    d = Doc("release/.jreleaser/config.toml")
    gh, cat, _ = ctx.token(r, "github")
    gpg = ctx.passphrase(r, sep="-")
    d.add("# local release credentials (jreleaser reads ~/.jreleaser/config.toml)")
    d.s('JRELEASER_GITHUB_TOKEN = "%s"' % gh, gh, cat)
    d.s('JRELEASER_GPG_PASSPHRASE = "%s"' % gpg, gpg, "gpg-passphrase")
    d.n('JRELEASER_NEXUS2_PASSWORD = "**********"', "**********", "masked")
    d.add('JRELEASER_GPG_SECRET_KEY_PATH = "/home/release/.gnupg/release.asc"')
    return [d]


def honeybadger(ctx, r):
    d = Doc("app/config/honeybadger.yml")
    key = ctx.uniq(lambda r: "hbp_" + rstr(r, 30), r)
    d.add("---")
    d.s('api_key: "%s"' % key, key, "honeybadger-api-key")
    d.add("env: production", "exceptions:", "  ignore:", "    - ActionController::RoutingError", "insights:",
          "  enabled: true")
    ref = "<%= ENV['HONEYBADGER_PERSONAL_TOKEN'] %>"
    d.n("personal_auth_token: %s" % ref, ref, "env-reference")
    return [d]


def raygun(ctx, r):
    d = Doc("web/Web.config", crlf=True)
    key = ctx.randkey(r, 22)
    pw = ctx.password(r)
    d.add('<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <configSections>",
          '    <section name="RaygunSettings" type="Mindscape.Raygun4Net.RaygunSettings, Mindscape.Raygun4Net" />',
          "  </configSections>")
    d.s('  <RaygunSettings apikey="%s" />' % key, key, "raygun-api-key")
    d.add("  <connectionStrings>")
    d.s('    <add name="Stock" connectionString="Server=%s;Database=stock;User Id=web;Password=%s;" providerName="System.Data.SqlClient" />'
        % (ctx.host(r, "sql"), pw), pw, "password-in-connection-string")
    d.add("  </connectionStrings>", "  <appSettings>")
    ref = "#{RaygunStagingApiKey}"
    d.n('    <add key="RaygunStagingApiKey" value="%s" />' % ref, ref, "template-variable")
    d.add("  </appSettings>", "</configuration>")
    return [d]


def azuredatastudio(ctx, r):
    d = Doc("dotfiles/azuredatastudio/settings.json")
    pw = ctx.password(r)
    d.add("{", '  "workbench.colorTheme": "Default Dark Azure Data Studio",', '  "datasource.connections": [', "    {",
          '      "options": {', '        "server": "%s",' % ctx.host(r, "sql"), '        "database": "stock",',
          '        "authenticationType": "SqlLogin",', '        "user": "sa",')
    d.s('        "password": %s,' % jstr(pw), pw, "password")
    d.add('        "savePassword": true', "      },", '      "providerName": "MSSQL"', "    },", "    {", '      "options": {',
          '        "server": "%s",' % ctx.host(r, "sql-ro"), '        "authenticationType": "SqlLogin",', '        "user": "report",')
    ref = "${env:SQL_REPORT_PASSWORD}"
    d.n('        "password": "%s",' % ref, ref, "env-reference")
    d.add('        "savePassword": false', "      },", '      "providerName": "MSSQL"', "    }", "  ]", "}")
    return [d]


def librespot(ctx, r):
    d = Doc("media/librespot.service")
    pw = ctx.password(r)
    d.add("[Unit]", "Description=Shop speaker (librespot)", "After=network-online.target sound.target", "", "[Service]",
          "User=librespot", "Environment=LIBRESPOT_CACHE=/var/cache/librespot")
    d.s("ExecStart=/usr/bin/librespot --name \"%s shop\" --username %s --password '%s' --backend alsa --bitrate 160"
        % (ctx.short, ctx.email(ctx.people[0]), pw), pw, "password-in-cli")
    ref = "$(cat /etc/librespot/password)"
    d.n("# ExecStart=/usr/bin/librespot --name backroom --password %s" % ref, ref, "secret-file-reference")
    d.add("Restart=always", "", "[Install]", "WantedBy=multi-user.target")
    return [d]


def gallery_dl(ctx, r):
    d = Doc("media/gallery-dl/config.json")
    rt = ctx.randkey(r, 43, ALNUM + "_-")
    cid = str(r.randrange(10000, 99999))
    cs = ctx.hexkey(r, 32)
    pw = ctx.password(r)
    d.add("{", '  "extractor": {', '    "base-directory": "/srv/archive/gallery-dl",', '    "pixiv": {')
    d.s('      "refresh-token": "%s"' % rt, rt, "oauth-refresh-token")
    d.add("    },", '    "deviantart": {')
    d.pair('      "client-id": "%s",' % cid, '      "client-secret": "%s"' % cs, cid, cs, "oauth-client-secret")
    d.add("    },", '    "instagram": {', '      "username": "%s_shop",' % ctx.short)
    d.s('      "password": %s' % jstr(pw), pw, "password")
    d.add("    },", '    "flickr": {')
    d.n('      "api-secret": "<your flickr secret>"', "<your flickr secret>", "placeholder")
    d.add("    }", "  }", "}")
    return [d]


def prowlarr(ctx, r):
    d = Doc("media/prowlarr/config.xml")
    key = ctx.hexkey(r, 32)
    pw = ctx.password(r)
    d.add("<Config>", "  <BindAddress>*</BindAddress>", "  <Port>9696</Port>", "  <EnableSsl>False</EnableSsl>")
    d.s("  <ApiKey>%s</ApiKey>" % key, key, "prowlarr-api-key")
    d.add("  <AuthenticationMethod>Forms</AuthenticationMethod>", "  <Branch>master</Branch>",
          "  <PostgresHost>%s</PostgresHost>" % ctx.host(r, "db"), "  <PostgresUser>prowlarr</PostgresUser>")
    d.s("  <PostgresPassword>%s</PostgresPassword>" % pw, pw, "password")
    ref = "PROWLARR__AUTH__APIKEY"
    d.n("  <!-- in docker the key comes from %s -->" % ref, ref, "env-reference")
    d.add("  <InstanceName>%s indexers</InstanceName>" % ctx.short, "</Config>")
    return [d]


KINDS_C = ["kairos", "cloudnativepg", "tmate", "n2n", "rest_client", "karate", "saucelabs", "lambdatest", "codeception",
           "jreleaser", "honeybadger", "raygun", "azuredatastudio", "librespot", "gallery_dl", "prowlarr"]
FUNCS_C = {k: globals()[k] for k in KINDS_C}
