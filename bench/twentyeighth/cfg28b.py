"""Tool and config kinds, part two (25 kinds): web frameworks, notebooks, API testing, self-hosted apps,
hobby hardware, network gear and language package tools."""

import string

from core28 import Doc, rstr, HEXL, B62, B64URL, B64STD, uuid4, json_str
import prov28

UPAL = string.ascii_uppercase + string.digits


def P(c, *parts):
    return "/".join((c.dir,) + parts)


def k_remix(c, r):
    d = Doc(P(c, "web", "app", "sessions.server.ts"), "config")
    s = c.pw(r, "strong")
    d.add('import { createCookieSessionStorage } from "@remix-run/node";', "",
          "export const sessionStorage = createCookieSessionStorage({", "  cookie: {", '    name: "__session",',
          "    httpOnly: true,", '    sameSite: "lax",')
    d.sec('    secrets: [process.env.SESSION_SECRET ?? "%s"],' % s, s, "cookie-secret")
    d.add('    secure: process.env.NODE_ENV === "production",', "  },", "});")
    return [d]


def k_gatsby(c, r):
    d = Doc(P(c, "site", "gatsby-config.js"), "config")
    space = rstr(r, string.ascii_lowercase + string.digits, 12)
    tok = c.alnum(r, 43, B64URL)
    ga = prov28.public_value("ga4", r)
    d.add("module.exports = {", "  siteMetadata: {", "    title: %s," % json_str(c.org),
          "    siteUrl: `https://www.%s`," % c.domain, "  },", "  plugins: [", "    {",
          "      resolve: `gatsby-source-contentful`,", "      options: {")
    d.neg("        spaceId: `%s`," % space, space, "identifier")
    d.sec("        accessToken: `%s`," % tok, tok, "contentful-preview-token")
    d.add("        host: `preview.contentful.com`,", "      },", "    },", "    {",
          "      resolve: `gatsby-plugin-google-gtag`,")
    d.neg("      options: { trackingIds: [`%s`] }," % ga, ga, "public-by-design")
    d.add("    },", "  ],", "};")
    return [d]


def k_sveltekit(c, r):
    d = Doc(P(c, "portal", "src", "hooks.server.ts"), "config")
    t = c.b62s(r, 40)
    ph = prov28.public_value("posthog-project", r)
    d.add("import type { Handle } from '@sveltejs/kit';", "import { env } from '$env/dynamic/private';", "")
    d.sec("const ADMIN_TOKEN = env.ADMIN_TOKEN ?? '%s';" % t, t, "admin-token")
    d.neg("const POSTHOG_KEY = '%s';" % ph, ph, "public-by-design")
    d.add("", "export const handle: Handle = async ({ event, resolve }) => {",
          "  if (event.url.pathname.startsWith('/admin')) {",
          "    if (event.request.headers.get('x-admin-token') !== ADMIN_TOKEN) {",
          "      return new Response('forbidden', { status: 403 });", "    }", "  }", "  return resolve(event);", "};")
    return [d]


def k_rmd(c, r):
    d = Doc(P(c, "reports", "monthly-report.Rmd"), "config")
    pw = c.pw(r)
    name, sid = c.system(r)
    d.add("---", 'title: "Monthly report: %s"' % name, "output: html_document", "---", "", "```{r setup, include=FALSE}",
          "library(DBI)", "con <- dbConnect(RPostgres::Postgres(),", '                 host = "%s",' % c.host(r, "db"),
          '                 dbname = "%s", user = "analyst",' % sid)
    d.sec('                 password = "%s")' % pw, pw, "db-password")
    d.neg('mapbox_token <- Sys.getenv("MAPBOX_TOKEN")', 'Sys.getenv("MAPBOX_TOKEN")', "env-reference")
    d.add("```", "", "## Summary", "", "```{r}", 'dbGetQuery(con, "select count(*) from lots")', "```")
    return [d]


def k_hoppscotch(c, r):
    d = Doc(P(c, "api-tests", "hoppscotch-env.json"), "config", fmt="json")
    shape = r.choice(["sendgrid", "mailgun", "postman", "linear", "openai", "groq"])
    t = c.token(r, shape)
    d.add("[", "  {", '    "name": "%s prod",' % c.slug, '    "variables": [',
          '      { "key": "baseUrl", "value": "https://api.%s", "secret": false },' % c.domain)
    d.sec('      { "key": "apiKey", "value": "%s", "secret": false },' % t, t, "provider:" + shape, group="provider")
    d.neg('      { "key": "accessToken", "value": "<<accessToken>>", "secret": false }', "<<accessToken>>", "template")
    d.add("    ]", "  }", "]")
    return [d]


def k_artillery(c, r):
    d = Doc(P(c, "loadtest", "artillery.yml"), "config")
    t = c.b62s(r, 32)
    d.add("config:", '  target: "https://api.%s"' % c.domain, "  phases:", "    - duration: 60", "      arrivalRate: 5",
          "  variables:")
    d.sec('    apiKey: "%s"' % t, t, "api-key")
    d.add("  defaults:", "    headers:")
    d.neg('      x-api-key: "{{ apiKey }}"', "{{ apiKey }}", "template")
    d.neg('      authorization: "Bearer {{ $processEnvironment.LOADTEST_TOKEN }}"',
          "{{ $processEnvironment.LOADTEST_TOKEN }}", "env-reference")
    d.add("scenarios:", "  - flow:", "      - get:", '          url: "/v1/health"')
    return [d]


def k_newman(c, r):
    d = Doc(P(c, "ci", "api-smoke.sh"), "config")
    shape = r.choice(["postman", "linear", "sendgrid", "heroku", "render"])
    t = c.token(r, shape)
    d.add("#!/usr/bin/env bash", "newman run collections/%s.postman_collection.json \\" % c.slug,
          '  --env-var "baseUrl=https://api.%s" \\' % c.domain)
    d.sec('  --env-var "apiKey=%s" \\' % t, t, "provider:" + shape, group="provider")
    d.neg('  --env-var "password=$API_PASSWORD" \\', "$API_PASSWORD", "env-reference")
    d.add("  --reporters cli,junit --reporter-junit-export results.xml")
    return [d]


def k_radarr(c, r):
    d = Doc(P(c, "media", "radarr", "config.xml"), "config", fmt="xml")
    k = c.hexs(r, 32)
    pw = c.pw(r)
    d.add("<Config>", "  <LogLevel>info</LogLevel>", "  <UrlBase></UrlBase>", "  <Port>7878</Port>")
    d.sec("  <ApiKey>%s</ApiKey>" % k, k, "radarr-api-key")
    d.add("  <AuthenticationMethod>Forms</AuthenticationMethod>", "  <PostgresUser>radarr</PostgresUser>")
    d.sec("  <PostgresPassword>%s</PostgresPassword>" % pw, pw, "db-password")
    d.add("  <PostgresHost>db.%s</PostgresHost>" % c.internal, "  <InstanceName>Radarr</InstanceName>",
          "  <Branch>master</Branch>", "</Config>")
    return [d]


def k_jellyfin(c, r):
    d = Doc(P(c, "media", "refresh_library.py"), "code")
    k = c.hexs(r, 32)
    dev = uuid4(r)
    d.add("import requests", "", 'JELLYFIN = "http://media.%s:8096"' % c.internal)
    d.sec("HEADERS = {\"Authorization\": 'MediaBrowser Client=\"ops\", Token=\"%s\"'}" % k, k, "jellyfin-api-key")
    d.neg('DEVICE_ID = "%s"' % dev, dev, "uuid")
    d.add("", 'resp = requests.post(f"{JELLYFIN}/Library/Refresh", headers=HEADERS, timeout=30)',
          "resp.raise_for_status()")
    return [d]


def k_inlets(c, r):
    name, sid = c.system(r)
    d = Doc(P(c, "tunnel", "inlets-%s.service" % sid), "config")
    t = c.b62s(r, 64)
    d.add("[Unit]", "Description=inlets-pro TCP client for %s" % name, "After=network-online.target", "",
          "[Service]", "Type=simple")
    d.sec("ExecStart=/usr/local/bin/inlets-pro tcp client --url wss://tunnel.%s:8123 --token %s --upstream 127.0.0.1 --port 443"
          % (c.domain, t), t, "tunnel-token")
    d.add("Restart=always", "RestartSec=5", "", "[Install]", "WantedBy=multi-user.target")
    return [d]


def k_piaware(c, r):
    d = Doc(P(c, "radio", "piaware-config.txt"), "config")
    pw = c.pw(r)
    u = uuid4(r)
    d.add("# piaware-config.txt on the roof receiver")
    d.neg("feeder-id %s" % u, u, "uuid")
    d.add("wireless-network yes", "wireless-ssid %s" % r.choice(c.t["ssids"]))
    d.sec("wireless-password %s" % pw, pw, "wifi-password")
    d.add("allow-auto-updates yes", "allow-manual-updates yes")
    return [d]


def k_rtl433(c, r):
    d = Doc(P(c, "sensors", "rtl_433.conf"), "config")
    pw = c.pw(r, url=True)
    d.add("frequency 433.92M", "sample_rate 250k", "report_meta time:iso")
    d.sec("output mqtt://mqtt.%s:1883,user=sensors,pass=%s,retain=1,devices=rtl_433[/model][/id]" % (c.internal, pw),
          pw, "mqtt-password")
    d.add("output json:/var/log/rtl_433.json", "protocol 40", "protocol 113")
    return [d]


def k_weewx(c, r):
    d = Doc(P(c, "weather", "weewx.conf"), "config")
    pw = c.pw(r)
    d.add("[Station]", "    location = %s" % c.town, "    station_type = Vantage", "", "[StdRESTful]",
          "    [[Wunderground]]", "        enable = true",
          "        station = I%s%d" % (c.t["country"], r.randrange(10, 99)))
    d.sec("        password = %s" % pw, pw, "weather-upload-password")
    d.add("        rapidfire = False", "    [[AWEKAS]]", "        enable = false", "        username = replace_me")
    d.neg("        password = replace_me", "replace_me", "placeholder")
    return [d]


def k_gotosocial(c, r):
    d = Doc(P(c, "social", "config.yaml"), "config")
    pw = c.pw(r)
    sg = c.token(r, "sendgrid")
    d.add('host: "social.%s"' % c.domain, 'db-type: "postgres"', 'db-address: "db.%s"' % c.internal,
          'db-user: "gotosocial"')
    d.sec('db-password: "%s"' % pw, pw, "db-password")
    d.add('smtp-host: "smtp.sendgrid.net"', "smtp-port: 587", 'smtp-username: "apikey"')
    d.sec('smtp-password: "%s"' % sg, sg, "provider:sendgrid", group="provider")
    d.add('smtp-from: "noreply@%s"' % c.domain)
    return [d]


def k_writefreely(c, r):
    d = Doc(P(c, "blog", "config.ini"), "config", fmt="ini")
    pw = c.pw(r)
    d.add("[server]", "port = 8080", "bind = localhost", "", "[database]", "type = mysql", "username = writefreely")
    d.sec("password = %s" % pw, pw, "db-password")
    d.add("database = writefreely", "host = db.%s" % c.internal, "port = 3306", "", "[app]",
          "site_name = %s" % c.org, "single_user = false", "open_registration = false")
    return [d]


def k_activepieces(c, r):
    d = Doc(P(c, "automation", ".env"), "config")
    k = c.hexs(r, 32)
    j = c.hexs(r, 64)
    pw = c.pw(r)
    d.add("AP_ENGINE_EXECUTABLE_PATH=dist/packages/engine/main.js")
    d.sec("AP_ENCRYPTION_KEY=%s" % k, k, "encryption-key")
    d.sec("AP_JWT_SECRET=%s" % j, j, "jwt-secret")
    d.add("AP_POSTGRES_HOST=db.%s" % c.internal, "AP_POSTGRES_USERNAME=activepieces")
    d.sec("AP_POSTGRES_PASSWORD=%s" % pw, pw, "db-password")
    d.add("AP_FRONTEND_URL=https://flows.%s" % c.domain, "AP_WEBHOOK_TIMEOUT_SECONDS=30")
    return [d]


def k_ark(c, r):
    d = Doc(P(c, "community", "ark-server", "GameUserSettings.ini"), "config", crlf=True)
    pw = c.pw(r, "human")
    apw = c.pw(r, "strong")
    d.add("[ServerSettings]")
    d.sec("ServerPassword=%s" % pw, pw, "game-server-password")
    d.sec("ServerAdminPassword=%s" % apw, apw, "game-admin-password")
    d.add("SpectatorPassword=", "RCONEnabled=True", "RCONPort=27020", "", "[SessionSettings]",
          "SessionName=%s community" % c.org, "", "[/Script/Engine.GameSession]", "MaxPlayers=20")
    return [d]


def k_asa(c, r):
    d = Doc(P(c, "network", "fw01-running-config.txt"), "config")
    h = "$sha512$5000$" + rstr(r, B64STD, 24) + "==$" + rstr(r, B64STD, 22) + "=="
    psk = c.pw(r, "strong")
    comm = c.pw(r)
    peer = "203.0.113.%d" % r.randrange(2, 250)
    d.add(": Saved", ":", "ASA Version 9.16(4)", "!", "hostname fw01", "domain-name %s" % c.internal)
    d.neg("enable password %s pbkdf2" % h, h, "password-hash")
    d.add("names", "!", "tunnel-group %s type ipsec-l2l" % peer, "tunnel-group %s ipsec-attributes" % peer)
    d.sec(" ikev2 remote-authentication pre-shared-key %s" % psk, psk, "ipsec-psk")
    d.neg(" ikev2 local-authentication pre-shared-key *****", "*****", "masked")
    d.add("!")
    d.sec("snmp-server host inside 10.0.%d.5 community %s version 2c" % (r.randrange(256), comm), comm,
          "snmp-community")
    d.add("!", ": end")
    return [d]


def k_tox(c, r):
    d = Doc(P(c, "tooling", "tox.ini"), "config", fmt="ini")
    pw = c.pw(r, url=True)
    pw2 = c.pw(r, url=True)
    d.add("[tox]", "envlist = py311, py312", "", "[testenv]", "deps = -rrequirements-dev.txt", "setenv =")
    d.sec("    DATABASE_URL = postgresql://tox:%s@staging-db.%s:5432/qa" % (pw, c.internal), pw, "db-uri-password")
    d.sec("    PIP_INDEX_URL = https://ci:%s@pypi.%s/simple" % (pw2, c.internal), pw2, "index-url-password")
    d.add("passenv = AWS_*, SENTRY_DSN", "commands = pytest -q {posargs}")
    return [d]


def k_pixi(c, r):
    d = Doc(P(c, "ml", "pixi.toml"), "config", fmt="toml")
    pw = c.pw(r, url=True)
    hf = c.token(r, "huggingface")
    d.add("[project]", 'name = "%s-ml"' % c.slug, 'channels = ["conda-forge"]', 'platforms = ["linux-64"]', "",
          "[pypi-options]")
    d.sec('extra-index-urls = ["https://ml:%s@pypi.%s/simple"]' % (pw, c.internal), pw, "index-url-password")
    d.add("", "[tasks]", 'train = "python train.py"', "", "[activation.env]")
    d.sec('HF_TOKEN = "%s"' % hf, hf, "provider:huggingface", group="provider")
    d.add('WANDB_MODE = "offline"')
    return [d]


def k_pub_tokens(c, r):
    d = Doc(P(c, "mobile", "dart", "pub-tokens.json"), "config", fmt="json")
    t = c.b62s(r, 40)
    d.add("{", '  "version": 1,', '  "hosted": [')
    d.sec('    {"url": "https://dart.%s", "token": "%s"},' % (c.internal, t), t, "package-registry-token")
    d.neg('    {"url": "https://pub.%s", "env": "PUB_PRIVATE_TOKEN"}' % c.domain, "PUB_PRIVATE_TOKEN",
          "env-reference")
    d.add("  ]", "}")
    return [d]


def k_go_env(c, r):
    d = Doc(P(c, "tooling", "go-env.txt"), "config")
    pw = c.pw(r, url=True)
    d.add("$ go env", "GO111MODULE=''", "GOARCH='amd64'", "GOFLAGS='-mod=mod'", "GOINSECURE=''",
          "GONOSUMDB='git.%s/*'" % c.internal, "GOPRIVATE='git.%s/*'" % c.internal)
    d.sec("GOPROXY='https://gomod:%s@athens.%s,https://proxy.golang.org,direct'" % (pw, c.internal), pw,
          "proxy-url-password")
    d.add("GOSUMDB='sum.golang.org'", "GOVERSION='go1.23.4'")
    return [d]


def k_appsignal(c, r):
    d = Doc(P(c, "railsapp", "config", "appsignal.yml"), "config")
    k = c.uniq(lambda: uuid4(r))
    d.add("default: &defaults")
    d.neg("  push_api_key: \"<%= ENV['APPSIGNAL_PUSH_API_KEY'] %>\"", "<%= ENV['APPSIGNAL_PUSH_API_KEY'] %>",
          "env-reference")
    d.add('  name: "%s"' % c.slug, "", "production:", "  <<: *defaults", "  active: true")
    d.sec('  push_api_key: "%s"' % k, k, "appsignal-push-key")
    return [d]


def k_airbrake(c, r):
    d = Doc(P(c, "railsapp", "config", "initializers", "airbrake.rb"), "config")
    k = c.hexs(r, 32)
    pid = str(r.randrange(100000, 999999))
    d.add("Airbrake.configure do |c|")
    d.neg("  c.project_id = %s" % pid, pid, "identifier")
    d.sec("  c.project_key = '%s'" % k, k, "airbrake-project-key")
    d.add("  c.environment = Rails.env", "  c.ignore_environments = %w[test]", "end")
    return [d]


def k_chromatic(c, r):
    d = Doc(P(c, "ui-kit", "package.json"), "config", fmt="json")
    t = c.token(r, "chromatic")
    d.add("{", '  "name": "@%s/ui-kit",' % c.slug, '  "private": true,', '  "scripts": {',
          '    "storybook": "storybook dev -p 6006",', '    "build-storybook": "storybook build",')
    d.sec('    "chromatic": "npx chromatic --project-token=%s --exit-zero-on-changes"' % t, t, "provider:chromatic",
          group="provider")
    d.add("  },", '  "devDependencies": {', '    "chromatic": "^11.5.0",', '    "storybook": "^8.2.0"', "  }", "}")
    return [d]


KINDS = {
    "remix-sessions": k_remix, "gatsby-config": k_gatsby, "sveltekit-hooks": k_sveltekit, "rmarkdown": k_rmd,
    "hoppscotch-env": k_hoppscotch, "artillery.yml": k_artillery, "newman-run": k_newman, "radarr-config": k_radarr,
    "jellyfin-api": k_jellyfin, "inlets-pro-unit": k_inlets, "piaware-config": k_piaware, "rtl_433.conf": k_rtl433,
    "weewx.conf": k_weewx, "gotosocial-config": k_gotosocial, "writefreely-config": k_writefreely,
    "activepieces-env": k_activepieces, "ark-gameusersettings": k_ark, "cisco-asa-config": k_asa,
    "tox.ini": k_tox, "pixi.toml": k_pixi, "dart-pub-tokens": k_pub_tokens, "go-env": k_go_env,
    "appsignal.yml": k_appsignal, "airbrake-initializer": k_airbrake, "chromatic-package-json": k_chromatic,
}
