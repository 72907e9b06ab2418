"""Config file kinds, part B: data and app platforms, language ecosystems, home/IoT automation."""
import base64
import json

import neg18
from crypto18 import b64, x25519_private
from ctx18 import env_quote, eq, yaml_quote, yq


def k_grafana_ds(c):
    s, label = c.system()
    pw = c.pw()
    p = c.prov()
    d = c.doc("grafana/provisioning/datasources/%s.yaml" % s)
    d.set('''apiVersion: 1
datasources:
  - name: %s-postgres
    type: postgres
    url: db01.%s:5432
    user: grafana_ro
    jsonData:
      database: %s
      sslmode: require
    secureJsonData:
      password: %s
  - name: %s-loki
    type: loki
    url: https://logs-prod-eu-west-0.grafana.net
    basicAuth: true
    basicAuthUser: "%s"
    secureJsonData:
      basicAuthPassword: %s
  - name: %s-influx
    type: influxdb
    url: http://influx.%s:8086
    secureJsonData:
      token: %s
''' % (s, c.internal, s, yq(d, pw, "database-password"), s, c.v.digits(6), yq(d, p.value, p.cat, "provider"), s,
       c.internal, d.N(c.ref("grafana", "influx_token"), "grafana-env-reference")))


def k_keycloak(c):
    s, label = c.system()
    key, sec = c.generic("oauth-client-secret")
    smtp = c.pw()
    hv = neg18.b64(c.v.bytes(64))
    salt = neg18.b64(c.v.bytes(16))
    u = c.person()
    d = c.doc("keycloak/realm-%s.json" % c.short)
    d.set('''{
  "realm": "%s",
  "enabled": true,
  "sslRequired": "external",
  "smtpServer": {
    "host": "smtp.%s",
    "port": "587",
    "from": "noreply@%s",
    "auth": "true",
    "user": "noreply@%s",
    "password": "%s"
  },
  "clients": [
    {
      "clientId": "%s-portal",
      "id": "%s",
      "publicClient": false,
      "secret": "%s",
      "redirectUris": ["https://%s.%s/*"]
    },
    {
      "clientId": "%s-spa",
      "publicClient": true,
      "secret": "**********"
    }
  ],
  "users": [
    {
      "username": "%s",
      "email": "%s",
      "credentials": [
        {
          "type": "password",
          "secretData": "{\\"value\\":\\"%s\\",\\"salt\\":\\"%s\\",\\"additionalParameters\\":{}}",
          "credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\"}"
        }
      ]
    }
  ]
}
''' % (c.short, c.domain, c.domain, c.domain, d.S(smtp, "smtp-password"), s, d.N(c.uuid(), "uuid"), d.S(sec, key),
       s, c.domain, s, u.handle, u.email, d.N(hv, "password-hash-pbkdf2"), salt))
    d.text = d.text.replace('"secret": "**********"', '"secret": "' + d.N("**********", "masked-value") + '"')


def k_airflow(c):
    s, label = c.system()
    pw, pw2 = c.upw(), c.upw()
    p = c.prov()
    d = c.doc("airflow/connections.json")
    d.set('''{
  "%s_warehouse": {
    "conn_type": "postgres",
    "host": "dwh.%s",
    "login": "airflow",
    "password": "%s",
    "schema": "analytics",
    "port": 5432
  },
  "%s_sftp": {
    "conn_type": "sftp",
    "host": "sftp.%s",
    "login": "%s",
    "password": "%s",
    "extra": "{\\"no_host_key_check\\": false}"
  },
  "slack_alerts": {
    "conn_type": "http",
    "password": "%s"
  },
  "%s_api": {
    "conn_type": "http",
    "host": "api.%s",
    "password": "%s"
  }
}
''' % (c.short, c.internal, d.S(pw, "database-password"), s, c.domain, s, d.S(pw2, "sftp-password"),
       d.N("{{ var.value.slack_token }}", "airflow-template-reference"), s, c.domain, d.S(p.value, p.cat, "provider")))


def k_airflow_env(c):
    pw = c.upw()
    d = c.doc("airflow/.env")
    fk = base64.urlsafe_b64encode(c.v.bytes(32)).decode()
    d.set('''AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__CORE__FERNET_KEY=%s
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:%s@pg.%s:5432/airflow
AIRFLOW__WEBSERVER__SECRET_KEY=%s
AIRFLOW_CONN_S3_DEFAULT=%s
_AIRFLOW_WWW_USER_USERNAME=admin
''' % (d.S(fk, "fernet-key"), d.S(pw, "connection-string-password"), c.internal, d.S(c.fresh(c.v.hexs, 64), "session-secret"),
       d.N("aws://?region_name=eu-west-1", "connection-without-credentials")))


def k_dbt(c):
    pw = c.pw()
    d = c.doc("analytics/dbt/profiles.yml")
    d.set('''%s:
  target: prod
  outputs:
    prod:
      type: postgres
      host: dwh.%s
      user: dbt_prod
      password: %s
      port: 5432
      dbname: analytics
      schema: marts
      threads: 8
    dev:
      type: postgres
      host: localhost
      user: dbt_dev
      password: "%s"
      dbname: analytics_dev
      schema: dev
''' % (c.short, c.internal, yq(d, pw, "database-password"), d.N("{{ env_var('DBT_DEV_PASSWORD') }}", "dbt-env-reference")))


def k_prefect(c):
    s, label = c.system()
    p = c.prov()
    d = c.doc("flows/%s/prefect.yaml" % s)
    d.set('''name: %s-flows
prefect-version: 3.1.0

pull:
  - prefect.deployments.steps.git_clone:
      repository: https://git.%s/%s/%s-flows.git
      access_token: "{{ prefect.blocks.secret.git-token }}"

deployments:
  - name: nightly-%s
    entrypoint: flows/%s.py:main
    work_pool:
      name: %s-pool
      job_variables:
        env:
          %s: %s
          WORK_QUEUE_ID: %s
''' % (s, c.domain, c.short, s, s, s, c.short, p.env, yq(d, p.value, p.cat, "provider"), d.N(c.uuid(), "uuid")))
    d.text = d.text.replace('"{{ prefect.blocks.secret.git-token }}"', '"' + d.N("{{ prefect.blocks.secret.git-token }}", "prefect-block-reference") + '"')


def k_dagster(c):
    pw = c.upw()
    d = c.doc("orchestration/dagster.yaml")
    d.set('''storage:
  postgres:
    postgres_db:
      username: dagster
      password: "%s"
      hostname: pg.%s
      db_name: dagster
      port: 5432

run_launcher:
  module: dagster_docker
  class: DockerRunLauncher
  config:
    env_vars:
      - DAGSTER_PG_PASSWORD
      - WAREHOUSE_PASSWORD=%s

telemetry:
  enabled: false
''' % (d.S(pw, "database-password"), c.internal, d.S(c.spw(), "database-password")))


def k_supabase(c):
    role = c.fresh(c.v.jwt, {"iss": "supabase", "ref": c.v.s(20, "abcdefghijklmnopqrstuvwxyz"), "role": "service_role",
                             "iat": 1720000000, "exp": 2035000000})
    jwtsec = c.fresh(c.v.s, 40)
    pub = c.public()
    d = c.doc("web/.env.production")
    d.set('''NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co
%s=%s
SUPABASE_SERVICE_ROLE_KEY=%s
SUPABASE_JWT_SECRET=%s
NEXT_PUBLIC_SITE_URL=https://www.%s
''' % (c.v.s(20, "abcdefghijklmnopqrstuvwxyz"), "NEXT_PUBLIC_" + pub[1], d.N(pub[2], pub[0]), d.S(role, "supabase-service-role-jwt", "provider"),
       d.S(jwtsec, "jwt-signing-secret"), c.domain))


def k_fly(c):
    s, label = c.system()
    key, val = c.generic("api-key")
    d = c.doc("%s/fly.toml" % s)
    d.set('''app = "%s-%s"
primary_region = "ams"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"
  PARTNER_API_KEY = "%s"

[http_service]
  internal_port = 8080
  force_https = true

# secrets: fly secrets set DATABASE_URL=... (never in this file)
''' % (c.short, s, d.S(val, key)))


def k_render(c):
    s, label = c.system()
    p = c.prov()
    d = c.doc("render.yaml")
    d.set('''services:
  - type: web
    name: %s-%s
    runtime: node
    buildCommand: npm ci && npm run build
    startCommand: npm start
    envVars:
      - key: NODE_ENV
        value: production
      - key: %s
        value: %s
      - key: DATABASE_URL
        fromDatabase:
          name: %s-db
          property: connectionString
      - key: SESSION_SECRET
        generateValue: true
      - key: SMTP_PASSWORD
        sync: false
''' % (c.short, s, p.env, yq(d, p.value, p.cat, "provider"), c.short))


def k_netlify(c):
    p = c.prov()
    pub = c.public()
    d = c.doc("site/netlify.toml")
    d.set('''[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  %s = "%s"

[context.production.environment]
  %s = "%s"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200
''' % (pub[1], d.N(pub[2], pub[0]), p.env, d.S(p.value, p.cat, "provider")))


def k_wrangler(c):
    s, label = c.system()
    key, val = c.generic("signing-secret")
    p = c.prov()
    d = c.doc("workers/%s/wrangler.toml" % s)
    d.set('''name = "%s-%s"
main = "src/index.ts"
compatibility_date = "2025-01-15"

[[kv_namespaces]]
binding = "CACHE"
id = "%s"

[vars]
ENVIRONMENT = "production"
HMAC_SECRET = "%s"
%s = "%s"
# UPSTREAM_TOKEN is set with: wrangler secret put UPSTREAM_TOKEN
''' % (c.short, s, d.N(c.v.hexs(32), "cloudflare-namespace-id"), d.S(val, key), p.env, d.S(p.value, p.cat, "provider")))


def k_deno(c):
    s, label = c.system()
    p = c.prov()
    d = c.doc("edge/%s/main.ts" % s)
    d.set('''import { serve } from "https://deno.land/std@0.224.0/http/server.ts";

const UPSTREAM = "https://api.%s/v2";
// TODO move to Deno Deploy env before launch
const %s = "%s";
const WEBHOOK_SECRET = %s;

serve(async (req: Request) => {
  const r = await fetch(`${UPSTREAM}/latest`, {
    headers: { Authorization: `Bearer ${%s}` },
  });
  return new Response(await r.text(), { status: r.status });
});
''' % (c.domain, p.env, d.S(p.value, p.cat, "provider"), d.N('Deno.env.get("WEBHOOK_SECRET")', "env-reference"), p.env))


def k_bunfig(c):
    tok = c.fresh(c.v.crc_token, "npm_")
    d = c.doc("web/bunfig.toml")
    d.set('''[install]
registry = "https://registry.npmjs.org/"

[install.scopes]
"@%s" = { token = "%s", url = "https://registry.npmjs.org/" }
"@%s-internal" = { token = "$NPM_INTERNAL_TOKEN", url = "https://npm.%s/" }

[test]
coverage = true
''' % (c.short, d.S(tok, "npm-access-token", "provider"), c.short, c.internal))
    d.text = d.text.replace('"$NPM_INTERNAL_TOKEN"', '"' + d.N("$NPM_INTERNAL_TOKEN", "env-reference") + '"')


def k_elixir(c):
    pw = c.pw()
    skb = c.fresh(c.v.s, 64)
    d = c.doc("backend/config/runtime.exs")
    d.set('''import Config

if config_env() == :prod do
  config :%s, %s.Repo,
    username: "%s",
    password: "%s",
    hostname: "db01.%s",
    database: "%s_prod",
    pool_size: 10

  config :%s, %sWeb.Endpoint,
    url: [host: "%s", port: 443],
    secret_key_base: "%s"

  config :%s, :mailer_api_key, %s
end
''' % (c.short, c.short.capitalize(), c.short, d.S(pw, "database-password"), c.internal, c.short, c.short,
       c.short.capitalize(), c.domain, d.S(skb, "secret-key-base"), c.short, d.N('System.fetch_env!("MAILER_API_KEY")', "env-reference")))


def k_erlang(c):
    pw = c.pw()
    cookie = c.fresh(c.v.s, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    d = c.doc("broker/config/sys.config")
    d.set('''[
 {kernel, [{logger_level, info}]},
 {%s_gateway, [
   {listen_port, 5683},
   {upstream, "https://ingest.%s"},
   {upstream_password, "%s"},
   {distribution_cookie, '%s'},
   {admin_token, {env, "GATEWAY_ADMIN_TOKEN"}}
 ]}
].
''' % (c.short, c.domain, d.S(pw, "service-password"), d.S(cookie, "erlang-cookie"),))
    d.text = d.text.replace('{env, "GATEWAY_ADMIN_TOKEN"}', d.N('{env, "GATEWAY_ADMIN_TOKEN"}', "env-reference"))


def k_edn(c):
    pw = c.pw()
    p = c.prov()
    d = c.doc("services/reporting/resources/config.edn")
    d.set('''{:http {:port 3000}
 :db {:dbtype "postgresql"
      :host "db01.%s"
      :dbname "reporting"
      :user "reporting"
      :password "%s"}
 :mail {:api-key #env MAIL_API_KEY}
 :integrations {:%s "%s"}
 :cache-ttl-seconds 300}
''' % (c.internal, d.S(pw, "database-password"), p.env.lower().replace("_", "-"), d.S(p.value, p.cat, "provider")))
    d.text = d.text.replace("#env MAIL_API_KEY", d.N("#env MAIL_API_KEY", "aero-env-reference"))


def k_yesod(c):
    pw = c.upw()
    d = c.doc("portal/config/settings.yml")
    d.set('''static-dir: "_env:YESOD_STATIC_DIR:static"
host: "_env:YESOD_HOST:*4"
port: "_env:YESOD_PORT:3000"
approot: "_env:YESOD_APPROOT:https://portal.%s"

database:
  user: "_env:YESOD_PGUSER:portal"
  password: "_env:YESOD_PGPASS:%s"
  host: "_env:YESOD_PGHOST:db01.%s"
  database: "_env:YESOD_PGDATABASE:portal"
  poolsize: "_env:YESOD_PGPOOLSIZE:10"

copyright: Copyright %s
session-key: "%s"
''' % (c.domain, d.S(pw, "database-password"), c.internal, c.org, d.N("_env:YESOD_SESSION_KEY", "env-reference")))


def k_ocaml(c):
    p = c.prov()
    pw = c.pw()
    d = c.doc("tools/sync/bin/config.ml")
    d.set('''(* Build-time configuration for the sync tool *)
let api_base = "https://api.%s/v1"
let %s = "%s"
let ftp_user = "sync"
let ftp_password = "%s"
let proxy_token = %s
let retries = 5
''' % (c.domain, p.env.lower(), d.S(p.value, p.cat, "provider"), d.S(pw, "ftp-password"),
       d.N('Sys.getenv "PROXY_TOKEN"', "env-reference")))


def k_zig(c):
    key, val = c.generic("api-key")
    pw = c.pw()
    d = c.doc("firmware/uplink/src/secrets.zig")
    d.set('''// Compiled into the uplink firmware. Rotate with the fleet.
pub const uplink_host = "uplink.%s";
pub const uplink_port: u16 = 8883;
pub const mqtt_user = "fleet";
pub const mqtt_password = "%s";
pub const api_key = "%s";
pub const build_id = "%s";
''' % (c.domain, d.S(pw, "mqtt-password"), d.S(val, key), d.N(c.sha1(), "git-sha")))


def k_nim(c):
    pw = c.pw()
    p = c.prov()
    d = c.doc("tools/notifier/src/settings.nim")
    d.set('''const
  smtpHost* = "smtp.%s"
  smtpUser* = "alerts@%s"
  smtpPass* = "%s"
  %s* = "%s"
  fallbackToken* = getEnv("NOTIFIER_TOKEN")
''' % (c.domain, c.domain, d.S(pw, "smtp-password"), p.env.lower(), d.S(p.value, p.cat, "provider")))
    d.text = d.text.replace('getEnv("NOTIFIER_TOKEN")', d.N('getEnv("NOTIFIER_TOKEN")', "env-reference"))


def k_prosody(c):
    pw = c.pw()
    d = c.doc("chat/prosody/prosody.cfg.lua")
    d.set('''admins = { "admin@chat.%s" }
modules_enabled = { "roster"; "saslauth"; "tls"; "carbons"; "mam" }
authentication = "ldap"
ldap_server = "ldap.%s"
ldap_rootdn = "cn=prosody,ou=services,dc=%s"
ldap_password = "%s"
ldap_base = "ou=people,dc=%s"
turn_external_secret = %s
VirtualHost "chat.%s"
''' % (c.domain, c.internal, c.short, d.S(pw, "ldap-bind-password"), c.short, d.N('os.getenv("TURN_SECRET")', "env-reference"), c.domain))


def k_r(c):
    pw = c.pw()
    p = c.prov()
    d = c.doc("analysis/R/load_data.R")
    d.set('''library(DBI)
library(RPostgres)

con <- dbConnect(
  Postgres(),
  host = "dwh.%s",
  dbname = "analytics",
  user = "analyst",
  password = "%s"
)

Sys.setenv(%s = "%s")
token <- Sys.getenv("DATAHUB_TOKEN")
df <- dbGetQuery(con, "SELECT * FROM readings WHERE ts > now() - interval '7 days'")
''' % (c.internal, d.S(pw, "database-password"), p.env, d.S(p.value, p.cat, "provider")))
    d.text = d.text.replace('Sys.getenv("DATAHUB_TOKEN")', d.N('Sys.getenv("DATAHUB_TOKEN")', "env-reference"))


def k_renviron(c):
    p = c.prov()
    pw = c.spw()
    d = c.doc("analysis/.Renviron")
    d.set('''R_LIBS_USER=~/R/library
%s=%s
DWH_PASSWORD=%s
GITHUB_PAT=%s
''' % (p.env, d.S(p.value, p.cat, "provider"), d.S(pw, "database-password"), d.N("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "vendor-placeholder")))


def k_julia(c):
    pw = c.upw()
    d = c.doc("models/scripts/fit_model.jl")
    d.set('''using LibPQ, DataFrames, HTTP, JSON3

conn = LibPQ.Connection("host=dwh.%s dbname=analytics user=modeller password=%s")
api_key = ENV["FORECAST_API_KEY"]
df = DataFrame(execute(conn, "SELECT * FROM observations"))
run_id = "%s"
''' % (c.internal, d.S(pw, "connection-string-password"), d.N(c.uuid(), "uuid")))
    d.text = d.text.replace('ENV["FORECAST_API_KEY"]', d.N('ENV["FORECAST_API_KEY"]', "env-reference"))


def k_matlab(c):
    pw = c.pw()
    key, val = c.generic("api-key")
    d = c.doc("matlab/upload_results.m")
    d.set('''%% Upload processed runs to the results portal
opts = weboptions('Username', 'matlab-upload', 'Password', '%s', 'Timeout', 60);
apiKey = '%s';
url = 'https://results.%s/api/runs';
proxyPass = getenv('PROXY_PASSWORD');
resp = webwrite(url, struct('run', runId, 'key', apiKey), opts);
''' % (d.S(pw, "basic-auth-password"), d.S(val, key), c.domain))
    d.text = d.text.replace("getenv('PROXY_PASSWORD')", d.N("getenv('PROXY_PASSWORD')", "env-reference"))


def k_unity(c):
    p = c.prov()
    key, val = c.generic("api-key")
    d = c.doc("unity/Assets/Resources/BackendConfig.asset")
    d.set('''%%YAML 1.1
%%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Script: {fileID: 11500000, guid: %s, type: 3}
  m_Name: BackendConfig
  apiBaseUrl: https://game-api.%s
  analyticsKey: %s
  serverSecret: %s
  buildGuid: %s
''' % (d.N(c.v.hexs(32), "unity-guid"), c.domain, yq(d, p.value, p.cat, "provider"), yq(d, val, key),
       d.N(c.v.hexs(32), "unity-guid")))


def k_godot(c):
    pw, pw2 = c.spw(), c.spw()
    d = c.doc("godot/export_presets.cfg")
    d.set('''[preset.0]

name="Android"
platform="Android"
runnable=true
export_path="build/%s.apk"

[preset.0.options]

keystore/debug=""
keystore/debug_user=""
keystore/debug_password=""
keystore/release="/home/ci/keys/%s-release.keystore"
keystore/release_user="%s"
keystore/release_password="%s"
package/unique_name="com.%s.app"

[preset.1]

name="Web"
platform="Web"
html/custom_html_shell=""
progressive_web_app/enabled=true
''' % (c.short, c.short, c.short, d.S(pw, "keystore-password"), c.short))


def k_homeassistant(c):
    psk = c.fresh(c.v.phrase)
    pw = c.pw()
    p = c.prov()
    d = c.doc("homeassistant/secrets.yaml")
    d.set('''# Home Assistant secrets for the %s site
wifi_ssid: %s-IoT
wifi_password: %s
mqtt_password: %s
%s: %s
latitude: 52.37
''' % (c.city, c.short.upper(), yq(d, psk, "wifi-psk"), yq(d, pw, "mqtt-password"), p.env.lower(), yq(d, p.value, p.cat, "provider")))
    d2 = c.doc("homeassistant/configuration.yaml")
    d2.set('''homeassistant:
  name: %s %s
  latitude: !secret latitude

mqtt:
  broker: mqtt.%s
  username: homeassistant
  password: %s

notify:
  - platform: telegram
    name: ops
    api_key: %s
''' % (c.org, c.city, c.internal, d2.N("!secret mqtt_password", "homeassistant-secret-reference"),
       d2.N("!secret %s" % p.env.lower(), "homeassistant-secret-reference")))


def k_nodered(c):
    cs = c.fresh(c.v.s, 32)
    pwh = neg18.bcrypt(c.v)
    d = c.doc("node-red/settings.js")
    d.set('''module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "%s",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "%s",
            permissions: "*"
        }]
    },
    httpNodeAuth: {user: "ops", pass: "%s"},
}
''' % (d.S(cs, "node-red-credential-secret"), d.N(pwh, "password-hash-bcrypt"), d.N(neg18.bcrypt(c.v), "password-hash-bcrypt")))
    d2 = c.doc("node-red/flows_cred.json")
    d2.set('{"$": "%s"}\n' % d2.N(c.v.hexs(32) + b64(c.v.bytes(120)), "node-red-encrypted-credentials"))


def k_spring(c):
    s, label = c.system()
    pw = c.pw()
    p = c.prov()
    d = c.doc("%s/src/main/resources/application-prod.properties" % s)
    d.set('''spring.datasource.url=jdbc:postgresql://db01.%s:5432/%s
spring.datasource.username=%s
spring.datasource.password=%s
spring.mail.host=smtp.%s
spring.mail.password=${MAIL_PASSWORD}
app.integrations.%s=%s
app.encryption.key=%s
management.endpoints.web.exposure.include=health,info
''' % (c.internal, s, s, d.S(pw, "database-password"), c.domain, p.env.lower().replace("_", "-"),
       d.S(p.value, p.cat, "provider"), d.N("ENC(" + b64(c.v.bytes(24)) + ")", "jasypt-encrypted")))
    d.text = d.text.replace("${MAIL_PASSWORD}", d.N("${MAIL_PASSWORD}", "spring-placeholder-reference"))


def k_appsettings(c):
    s, label = c.system()
    pw = c.pw()
    key, val = c.generic("signing-secret")
    d = c.doc("%s/appsettings.Production.json" % s, crlf=True)
    d.set('''{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Main": "Server=sql01.%s;Database=%s;User Id=%s_app;Password=%s;TrustServerCertificate=True"
  },
  "Jwt": {
    "Issuer": "https://%s",
    "SigningKey": "%s"
  },
  "Smtp": {
    "Password": "%s"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=%s;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
  }
}
''' % (c.internal, s, s, d.S(pw, "connection-string-password"), c.domain, d.S(val, key),
       d.N("@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/smtp/)" % c.short, "keyvault-reference"),
       d.N(c.uuid(), "app-insights-instrumentation-key")))


def k_laravel(c):
    pw = c.pw()
    p = c.prov()
    appkey = "base64:" + b64(c.v.bytes(32))
    d = c.doc("portal/.env")
    d.set('''APP_NAME="%s Portal"
APP_ENV=production
APP_KEY=%s
APP_URL=https://portal.%s
DB_CONNECTION=mysql
DB_HOST=db01.%s
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=%s
MAIL_PASSWORD=null
%s=%s
''' % (c.org, d.S(appkey, "laravel-app-key"), c.domain, c.internal, eq(d, pw, "database-password"),
       p.env, eq(d, p.value, p.cat, "provider")))
    d.text = d.text.replace("MAIL_PASSWORD=null", "MAIL_PASSWORD=" + d.N("null", "placeholder"))


def k_django(c):
    sk = c.fresh(c.v.s, 50, "abcdefghijklmnopqrstuvwxyz0123456789!@%^&*(-_=+)")
    pw = c.pw()
    d = c.doc("webapp/settings/production.py")
    d.set('''import os
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "%s"
ALLOWED_HOSTS = ["www.%s"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "webapp",
        "USER": "webapp",
        "PASSWORD": "%s",
        "HOST": "db01.%s",
    }
}
EMAIL_HOST_PASSWORD = %s
''' % (d.S(sk, "django-secret-key"), c.domain, d.S(pw, "database-password"), c.internal,
       d.N('os.environ["EMAIL_HOST_PASSWORD"]', "env-reference")))


def k_esphome(c):
    s, label = c.system()
    psk = c.fresh(c.v.phrase)
    enc = b64(c.v.bytes(32))
    ota = c.pw()
    d = c.doc("esphome/%s-node.yaml" % s)
    d.set('''esphome:
  name: %s-node-01

esp32:
  board: esp32dev

wifi:
  ssid: "%s-Sensors"
  password: %s
  ap:
    password: %s

api:
  encryption:
    key: "%s"

ota:
  - platform: esphome
    password: %s

sensor:
  - platform: dht
    pin: GPIO4
''' % (s, c.short.upper(), yq(d, psk, "wifi-psk"), d.N("!secret fallback_ap_password", "homeassistant-secret-reference"),
       d.S(enc, "esphome-api-encryption-key"), yq(d, ota, "ota-password")))


def k_zigbee2mqtt(c):
    pw = c.pw()
    nk = [c.r.randint(0, 255) for _ in range(16)]
    d = c.doc("zigbee2mqtt/configuration.yaml")
    d.set('''homeassistant: true
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://mqtt.%s:1883
  user: z2m
  password: %s
serial:
  port: /dev/ttyUSB0
advanced:
  network_key: [%s]
  pan_id: 6754
  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]
frontend:
  auth_token: %s
''' % (c.internal, yq(d, pw, "mqtt-password"), d.S(", ".join(str(x) for x in nk), "zigbee-network-key"),
       d.N("GENERATE", "placeholder")))


def k_telegraf(c):
    p = c.prov()
    pw = c.pw()
    d = c.doc("telegraf/telegraf.conf")
    d.set('''[agent]
  interval = "10s"
  hostname = "$HOSTNAME"

[[outputs.influxdb_v2]]
  urls = ["https://influx.%s"]
  token = "%s"
  organization = "%s"
  bucket = "telemetry"

[[inputs.snmp]]
  agents = ["udp://10.20.0.10:161"]
  version = 3
  sec_name = "telegraf"
  auth_protocol = "SHA"
  auth_password = "%s"
  sec_level = "authPriv"

[[outputs.http]]
  url = "https://metrics.%s/ingest"
  headers = {"X-Api-Key" = "%s"}
''' % (c.internal, d.N("${INFLUX_TOKEN}", "env-reference"), c.short, d.S(pw, "snmpv3-auth-password"), c.domain,
       d.S(p.value, p.cat, "provider")))


def k_alertmanager(c):
    pw = c.pw()
    p = c.prov()
    d = c.doc("monitoring/alertmanager.yml")
    d.set('''global:
  smtp_smarthost: smtp.%s:587
  smtp_from: alerts@%s
  smtp_auth_username: alerts@%s
  smtp_auth_password: %s
  resolve_timeout: 5m

route:
  receiver: ops

receivers:
  - name: ops
    webhook_configs:
      - url: https://ops.%s/hooks/alertmanager
        http_config:
          authorization:
            credentials_file: /etc/alertmanager/hook-token
    pagerduty_configs:
      - routing_key: %s
''' % (c.domain, c.domain, c.domain, yq(d, pw, "smtp-password"), c.domain, d.S(c.fresh(c.v.hexs, 32), "pagerduty-routing-key")))


def k_wireguard(c):
    priv = b64(x25519_private(c.r))
    psk = b64(c.v.bytes(32))
    peer = b64(c.v.bytes(32))
    d = c.doc("ops/wireguard/wg0.conf")
    d.set('''[Interface]
Address = 10.77.0.1/24
ListenPort = 51820
PrivateKey = %s

[Peer]
# field laptop
PublicKey = %s
PresharedKey = %s
AllowedIPs = 10.77.0.10/32
''' % (d.S(priv, "wireguard-private-key"), d.N(peer, "wireguard-public-key"), d.S(psk, "wireguard-preshared-key")))


KINDS = [k_grafana_ds, k_keycloak, k_airflow, k_airflow_env, k_dbt, k_prefect, k_dagster, k_supabase, k_fly, k_render,
         k_netlify, k_wrangler, k_deno, k_bunfig, k_elixir, k_erlang, k_edn, k_yesod, k_ocaml, k_zig, k_nim, k_prosody,
         k_r, k_renviron, k_julia, k_matlab, k_unity, k_godot, k_homeassistant, k_nodered, k_spring, k_appsettings,
         k_laravel, k_django, k_esphome, k_zigbee2mqtt, k_telegraf, k_alertmanager, k_wireguard]
