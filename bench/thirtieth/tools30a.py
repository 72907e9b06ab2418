"""Tool kinds, part A: self-hosted web apps and home / IoT gear (17 kinds). Each takes (ctx, stream)."""

import json

from core30 import MARK as M, sha256_hex

BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt(r):
    return "$2b$12$" + r.chars(BCRYPT, 53)


def yourls(c, r):
    d = c.doc("links/yourls/user/config.php")
    dbpw, cookie, editor = c.pw(r), c.alnum(r, 40), c.pw(r, "human")
    d.t("<?php", "/* YOURLS config for go.%s */" % c.domain, "define( 'YOURLS_DB_USER', 'yourls' );")
    d.s("define( 'YOURLS_DB_PASS', '%s' );" % M, dbpw, "yourls-db-password")
    d.t("define( 'YOURLS_DB_NAME', 'yourls' );", "define( 'YOURLS_DB_HOST', '%s' );" % c.host("db"),
        "define( 'YOURLS_SITE', 'https://go.%s' );" % c.domain)
    d.s("define( 'YOURLS_COOKIEKEY', '%s' );" % M, cookie, "yourls-cookie-key")
    d.t("$yourls_user_passwords = [")
    phpass = "phpass:!2y!10!" + r.chars(BCRYPT, 53)
    d.n("    '%s' => '%s'," % (c.people[0]["handle"], M), phpass, "password-hash-phpass")
    d.s("    '%s' => '%s'," % (c.people[1]["handle"], M), editor, "yourls-user-password")
    d.t("];", "define( 'YOURLS_UNIQUE_URLS', true );")


def mealie(c, r):
    d = c.doc("recipes/mealie.env")
    d.t("# Mealie (canteen recipes) - %s" % c.org, "PUID=1000", "PGID=1000", "TZ=Etc/UTC", "BASE_URL=https://recipes.%s" % c.domain)
    d.n("DEFAULT_PASSWORD=%s" % M, "MyPassword", "documented-default-password")
    d.t("DB_ENGINE=postgres", "POSTGRES_USER=mealie")
    d.s("POSTGRES_PASSWORD=%s" % M, c.pw(r, uri=True), "mealie-postgres-password")
    d.t("POSTGRES_SERVER=%s" % c.host("db"), "SMTP_HOST=smtp.%s" % c.domain, "SMTP_USER=%s" % c.people[2]["email"])
    d.s("SMTP_PASSWORD=%s" % M, c.pw(r), "mealie-smtp-password")
    v, cat, _ = c.tok(r, "openai")
    d.s("OPENAI_API_KEY=%s" % M, v, cat)


def shlink(c, r):
    d = c.doc("links/shlink/shlink.env")
    key = c.fresh(r.uuid)
    d.t("DEFAULT_DOMAIN=s.%s" % c.domain, "IS_HTTPS_ENABLED=true", "DB_DRIVER=maria", "DB_USER=shlink")
    d.s("DB_PASSWORD=%s" % M, c.pw(r), "shlink-db-password")
    d.s("INITIAL_API_KEY=%s" % M, key, "shlink-api-key")
    d.s("GEOLITE_LICENSE_KEY=%s" % M, c.fresh(lambda: r.alnum(6) + "_" + r.alnum(29) + "_mmk"), "maxmind-license-key")
    j = c.doc("links/shlink/servers.json")
    sid = r.uuid()
    j.t("[", "  {")
    j.n('    "id": "%s",' % M, sid, "uuid-identifier")
    j.t('    "name": "%s links",' % c.org, '    "url": "https://s.%s",' % c.domain)
    j.s('    "apiKey": "%s"' % M, c.fresh(r.uuid), "shlink-api-key")
    j.t("  }", "]")


def linkding(c, r):
    d = c.doc("tools/linkding_sync.py")
    tok = c.hexs(r, 40)
    d.t('"""Push the supplier bookmarks into linkding."""', "import requests", "",
        'LINKDING = "https://links.%s/api/bookmarks/"' % c.domain)
    d.s('HEADERS = {"Authorization": "Token %s"}' % M, tok, "linkding-api-token")
    d.n('BUNDLE_SHA = "%s"  # sha256 of suppliers.csv' % M, sha256_hex(r.raw(16)), "file-checksum")
    d.t("", "def push(url, title):", '    requests.post(LINKDING, headers=HEADERS, json={"url": url, "title": title}, timeout=10)')
    e = c.doc("tools/linkding.env")
    e.t("LD_SUPERUSER_NAME=admin")
    e.s("LD_SUPERUSER_PASSWORD=%s" % M, c.pw(r), "linkding-superuser-password")
    e.t("LD_DISABLE_BACKGROUND_TASKS=False")


def baikal(c, r):
    d = c.doc("dav/baikal/config/baikal.yaml")
    d.t("system:", "    configured_version: '0.10.1'", "    timezone: 'Europe/Paris'", "    card_enabled: true",
        "    cal_enabled: true", "    dav_auth_type: 'Digest'")
    d.n("    admin_passwordhash: %s" % M, sha256_hex(r.raw(20)), "password-hash-sha256")
    d.s("    encryption_key: %s" % M, c.hexs(r, 32), "baikal-encryption-key")
    d.t("database:", "    sqlite_file: '/var/www/baikal/Specific/db/db.sqlite'", "    mysql: true",
        "    mysql_host: '%s'" % c.host("db"), "    mysql_dbname: 'baikal'", "    mysql_username: 'baikal'")
    d.s("    mysql_password: '%s'" % M, c.pw(r), "baikal-mysql-password")


def dashy(c, r):
    d = c.doc("dashboard/dashy/conf.yml")
    d.t("pageInfo:", "  title: %s ops" % c.org, "appConfig:", "  theme: nord", "  auth:", "    users:",
        "      - user: %s" % c.people[0]["handle"])
    d.n("        hash: %s" % M, sha256_hex(r.raw(24)).upper(), "password-hash-sha256")
    d.t("        type: admin", "sections:", "  - name: Weather", "    widgets:", "      - type: weather", "        options:")
    d.s("          apiKey: %s" % M, c.hexs(r, 32), "openweathermap-api-key")
    d.t("          city: %s" % c.city, "  - name: Services", "    widgets:", "      - type: gl-current-cpu",
        "        options:", "          hostname: http://%s:61208" % c.host("monitor"), "      - type: nextcloud-user",
        "        options:", "          hostname: https://cloud.%s" % c.domain, "          username: ops")
    d.s("          password: %s" % M, c.pw(r), "nextcloud-app-password")


def windmill(c, r):
    d = c.doc("automation/windmill/resources.json")
    rows = [("f/ops/erp_db", "postgresql"), ("f/ops/mailer", "smtp")]
    d.t("[", "  {", '    "path": "%s",' % rows[0][0], '    "resource_type": "postgresql",', '    "value": {',
        '      "host": "%s",' % c.host("erp"), '      "port": 5432,', '      "user": "windmill",')
    d.s('      "password": "%s",' % M, c.pw(r), "windmill-postgres-password")
    d.t('      "dbname": "erp",', '      "sslmode": "require"', "    }", "  },", "  {", '    "path": "%s",' % rows[1][0],
        '    "resource_type": "smtp",', '    "value": {', '      "host": "smtp.%s",' % c.domain, '      "user": "robot",')
    d.n('      "password": "%s"' % M, "$var:f/ops/smtp_password", "windmill-variable-reference")
    d.t("    }", "  },", "  {", '    "path": "f/ops/slack",', '    "resource_type": "slack",', '    "value": {')
    v, cat, _ = c.tok(r, "slack-bot")
    d.s('      "token": "%s"' % M, v, cat)
    d.t("    }", "  }", "]")


def librechat(c, r):
    d = c.doc("assistant/librechat/.env")
    d.t("HOST=0.0.0.0", "PORT=3080", "MONGO_URI=mongodb://%s:27017/LibreChat" % c.host("mongo"), "DOMAIN_CLIENT=https://chat.%s" % c.domain)
    d.s("CREDS_KEY=%s" % M, c.hexs(r, 64), "librechat-creds-key")
    d.s("CREDS_IV=%s" % M, c.hexs(r, 32), "librechat-creds-iv")
    d.s("JWT_SECRET=%s" % M, c.hexs(r, 64), "jwt-signing-secret")
    d.n("OPENAI_API_KEY=%s" % M, "user_provided", "template-keyword")
    v, cat, _ = c.tok(r, "anthropic")
    d.s("ANTHROPIC_API_KEY=%s" % M, v, cat)
    d.s("MEILI_MASTER_KEY=%s" % M, c.alnum(r, 32), "meilisearch-master-key")


def langfuse(c, r):
    d = c.doc("assistant/tracing.py")
    pk = "pk-lf-" + r.uuid()
    sk = c.fresh(lambda: "sk-lf-" + r.uuid())
    d.t("from langfuse import Langfuse", "", "langfuse = Langfuse(")
    d.pair('    public_key="%s",' % M, pk, '    secret_key="%s",' % M, sk, "langfuse-key-pair")
    d.t('    host="https://langfuse.%s",' % c.domain, ")")
    e = c.doc("assistant/langfuse.env")
    e.t("DATABASE_URL=postgresql://langfuse@%s:5432/langfuse" % c.host("db"))
    e.s("NEXTAUTH_SECRET=%s" % M, c.b64(r, 32), "nextauth-secret")
    e.s("SALT=%s" % M, c.b64(r, 24), "langfuse-salt")
    e.s("ENCRYPTION_KEY=%s" % M, c.hexs(r, 64), "langfuse-encryption-key")
    e.n("LANGFUSE_INIT_PROJECT_PUBLIC_KEY=%s" % M, "pk-lf-" + r.uuid(), "langfuse-public-key")


def searxng(c, r):
    d = c.doc("search/searxng/settings.yml")
    d.t("use_default_settings: true", "general:", "  instance_name: \"%s search\"" % c.org, "server:", "  port: 8080",
        "  bind_address: \"127.0.0.1\"")
    d.n("  # secret_key: \"%s\"  # the shipped default, replaced below" % M, "ultrasecretkey", "documented-default-secret")
    d.s("  secret_key: \"%s\"" % M, c.hexs(r, 64), "searxng-secret-key")
    d.t("  limiter: true", "redis:", "  url: redis://%s:6379/0" % c.host("cache"), "engines:", "  - name: wolframalpha",
        "    engine: wolframalpha_api")
    d.s("    api_key: '%s'" % M, c.fresh(lambda: r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 6) + "-" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)),
        "wolframalpha-app-id")


def invidious(c, r):
    d = c.doc("video/invidious/config.yml")
    d.t("db:", "  user: kemal")
    d.s("  password: %s" % M, c.pw(r), "invidious-db-password")
    d.t("  host: %s" % c.host("db"), "  port: 5432", "  dbname: invidious", "check_tables: true", "external_port: 443",
        "domain: video.%s" % c.domain, "https_only: true")
    d.s("hmac_key: \"%s\"" % M, c.alnum(r, 20), "invidious-hmac-key")
    d.n("# hmac_key: \"%s\"  # generate with pwgen 20 1" % M, "CHANGE_ME!!", "placeholder")


def castopod(c, r):
    d = c.doc("podcast/castopod/.env")
    d.t("app.baseURL=\"https://pod.%s/\"" % c.domain, "admin.gateway=\"cp-admin\"", "auth.gateway=\"cp-auth\"",
        "database.default.hostname=\"%s\"" % c.host("db"), "database.default.database=\"castopod\"",
        "database.default.username=\"castopod\"")
    d.s("database.default.password=\"%s\"" % M, c.pw(r), "castopod-db-password")
    d.s("analytics.salt=\"%s\"" % M, c.b64(r, 48), "castopod-analytics-salt")
    d.t("email.fromEmail=\"pod@%s\"" % c.domain, "email.SMTPHost=\"smtp.%s\"" % c.domain, "email.SMTPUser=\"pod@%s\"" % c.domain)
    d.s("email.SMTPPass=\"%s\"" % M, c.pw(r), "castopod-smtp-password")
    d.n("restapi.basicAuthPassword=\"%s\"" % M, "${CP_REST_PASSWORD}", "env-reference")


def valetudo(c, r):
    d = c.doc("robots/valetudo_config.json")
    cfg = ['{', '  "embedded": true,', '  "robot": {"implementation": "auto"},', '  "webserver": {', '    "port": 80,',
           '    "basicAuth": {', '      "enabled": true,', '      "username": "valetudo",']
    d.t(*cfg)
    d.s('      "password": "%s"' % M, c.pw(r), "valetudo-basic-auth-password")
    d.t("    }", "  },", '  "mqtt": {', '    "enabled": true,', '    "connection": {', '      "host": "%s",' % c.host("mqtt"),
        '      "port": 8883,', '      "tls": {"enabled": true},', '      "authentication": {', '        "credentials": {',
        '          "enabled": true,', '          "username": "vacuum-%s",' % r.lower(4))
    d.s('          "password": "%s"' % M, c.pw(r), "mqtt-password")
    d.t("        }", "      }", "    },", '    "identity": {')
    d.n('      "identifier": "%s"' % M, r.hex(12), "device-identifier")
    d.t("    }", "  }", "}")


def hubitat(c, r):
    d = c.doc("automation/hubitat_poll.js")
    app = r.randrange(10, 900)
    tok = c.fresh(r.uuid)
    d.t("// Poll the Hubitat Maker API for the cold-room sensors", "const fetch = require('node-fetch');")
    d.s("const BASE = 'http://%s/apps/api/%d/devices?access_token=%s';" % (c.host("hub"), app, M), tok, "hubitat-maker-api-token")
    d.n("const HUB_UUID = '%s'; // hub identifier, not a credential" % M, r.uuid(), "uuid-identifier")
    d.t("async function poll() {", "  const res = await fetch(BASE);", "  return res.json();", "}", "module.exports = { poll };")


def switchbot(c, r):
    d = c.doc("automation/switchbot_meter.py")
    tok, sec = c.hexs(r, 96), None
    sec = c.hexs(r, 32)
    d.t("import base64, hashlib, hmac, time, uuid", "import requests", "")
    d.pair('TOKEN = "%s"' % M, tok, 'SECRET = "%s"' % M, sec, "switchbot-token-secret-pair")
    d.t("", "def headers():", "    t = str(int(time.time() * 1000)); nonce = str(uuid.uuid4())",
        "    sign = base64.b64encode(hmac.new(SECRET.encode(), (TOKEN + t + nonce).encode(), hashlib.sha256).digest())",
        '    return {"Authorization": TOKEN, "sign": sign, "t": t, "nonce": nonce}')
    d.n('METER_ID = "%s"' % M, r.hex(12).upper(), "device-identifier")


def wg_easy(c, r):
    d = c.doc("vpn/wg-easy/docker-compose.yml")
    d.t("services:", "  wg-easy:", "    image: ghcr.io/wg-easy/wg-easy:14", "    environment:",
        "      - WG_HOST=vpn.%s" % c.domain)
    d.n("      - PASSWORD_HASH=%s" % M, bcrypt(r).replace("$", "$$"), "password-hash-bcrypt")
    d.t("    ports:", '      - "51820:51820/udp"')
    j = c.doc("vpn/wg-easy/wg0.json")
    j.t("{", '  "server": {')
    j.s('    "privateKey": "%s",' % M, c.b64(r, 32), "wireguard-private-key")
    j.n('    "publicKey": "%s",' % M, r.b64(32), "wireguard-public-key")
    j.t('    "address": "10.8.0.1"', "  },", '  "clients": {', '    "%s": {' % r.uuid(),
        '      "name": "%s-laptop",' % c.people[0]["handle"], '      "address": "10.8.0.2",')
    j.s('      "privateKey": "%s",' % M, c.b64(r, 32), "wireguard-private-key")
    j.n('      "publicKey": "%s",' % M, r.b64(32), "wireguard-public-key")
    j.s('      "preSharedKey": "%s",' % M, c.b64(r, 32), "wireguard-preshared-key")
    j.t('      "enabled": true', "    }", "  }", "}")


def iwd(c, r):
    ssid = r.pick(c.th["ssids"])
    d = c.doc("netconf/iwd/%s.psk" % ssid)
    d.t("[Security]")
    d.s("Passphrase=%s" % M, c.pw(r), "wifi-passphrase")
    d.s("PreSharedKey=%s" % M, c.hexs(r, 64), "wifi-psk-derived")
    d.t("", "[Settings]", "AutoConnect=true")
    g = c.doc("netconf/iwd/guest.psk")
    g.t("[Security]")
    g.n("Passphrase=%s" % M, "<guest-passphrase>", "placeholder")
    g.t("", "[Settings]", "AutoConnect=false")


KINDS_A = {"yourls": yourls, "mealie": mealie, "shlink": shlink, "linkding": linkding, "baikal": baikal, "dashy": dashy,
           "windmill": windmill, "librechat": librechat, "langfuse": langfuse, "searxng": searxng, "invidious": invidious,
           "castopod": castopod, "valetudo": valetudo, "hubitat": hubitat, "switchbot": switchbot, "wg-easy": wg_easy,
           "iwd": iwd}
