"""Tool and config file kinds, part A: build/deploy, mobile and web front-end, application frameworks."""

import json

import neg20 as N
import vals20 as V

AV_DQ = '"\\$`'
AV_SQ = "'\\"
AV_URI = ":/?#[]@%\"'\\ <>{}|^`+&=;,$!*()~"
AV_XML = "<>&\"'"
AV_INI = ";#\"'\\ =$%"
AV_PLAIN = AV_INI + ":{}[]@&*!|>`,?"


def uri(ctx, scheme, user, host, port, db, cat="uri-password"):
    pw = ctx.pw(avoid=AV_URI)
    return "%s://%s:%s@%s:%d/%s" % (scheme, user, ctx.S(pw, cat), host, port, db)


def app(ctx):
    return ctx.choice(ctx.theme["apps"])


# ---------------------------------------------------------------- build / deploy

def cloudbuild(ctx):
    a = app(ctx)
    proj = "%s-%s" % (ctx.theme["dir"].split("-")[0], ctx.choice(["prod", "ops", "apps"]))
    ctx.add("%s/cloudbuild.yaml" % a, f"""steps:
  - name: gcr.io/cloud-builders/docker
    args: ["build", "-t", "europe-docker.pkg.dev/{proj}/apps/{a}:$SHORT_SHA", "."]
  - name: gcr.io/google.com/cloudsdktool/cloud-sdk:slim
    entrypoint: bash
    args:
      - -c
      - |
        gcloud run deploy {a} --image europe-docker.pkg.dev/{proj}/apps/{a}:$SHORT_SHA \\
          --region europe-north1 --set-env-vars DB_HOST=10.20.0.5,DB_PASSWORD=$_DB_PASSWORD
    secretEnv: ["SMTP_PASSWORD"]
substitutions:
  _DB_PASSWORD: "{ctx.spw(avoid=AV_DQ + ",")}"
  _REGION: europe-north1
availableSecrets:
  secretManager:
    - versionName: {N.ref(ctx, "SMTP_PASSWORD", "gcp-sm")}
      env: SMTP_PASSWORD
options:
  logging: CLOUD_LOGGING_ONLY
""")


def turbo(ctx):
    ctx.add(".turbo/config.json", f"""{{
  "teamid": "{ctx.N("team_" + V.rstr(ctx.rng, V.ALNUM, 24), "id-vercel-team")}",
  "apiurl": "https://vercel.com/api",
  "token": "{ctx.stok("vercel-token")}"
}}
""")


def knife(ctx):
    u = ctx.person()
    ctx.add(".chef/config.rb", f"""current_dir = File.dirname(__FILE__)
log_level                :info
node_name                "{u.handle}"
client_key               "#{{current_dir}}/{u.handle}.pem"
chef_server_url          "https://chef.{ctx.suffix}/organizations/{ctx.theme['dir'].split('-')[0]}"
cookbook_path            ["#{{current_dir}}/../cookbooks"]
knife[:vsphere_host]     = "vcsa.{ctx.suffix}"
knife[:vsphere_user]     = "svc-chef@vsphere.local"
knife[:vsphere_pass]     = "{ctx.spw(avoid=AV_DQ + "#")}"
knife[:ssh_password]     = "{ctx.spw(avoid=AV_DQ + "#")}"
knife[:secret_file]      = "{ctx.N("/etc/chef/encrypted_data_bag_secret", "reference-file-path")}"
""")


def samconfig(ctx):
    a = app(ctx)
    ctx.add("%s/samconfig.toml" % a, f"""version = 0.1

[default.deploy.parameters]
stack_name = "{a}-prod"
resolve_s3 = true
s3_prefix = "{a}"
region = "eu-north-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=prod DbPassword={ctx.spw(avoid=AV_DQ + " =")} AlertEmail=ops@{ctx.domain}"
image_repositories = []

[staging.deploy.parameters]
stack_name = "{a}-staging"
parameter_overrides = "Stage=staging DbPasswordArn={N.ref(ctx, "DB_PASSWORD", "aws-sm")}"
""")


def argocd_repo(ctx):
    a = app(ctx)
    ctx.add("gitops/argocd/repo-%s.yaml" % a, f"""apiVersion: v1
kind: Secret
metadata:
  name: repo-{a}
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://git.{ctx.suffix}/platform/{a}-deploy.git
  username: argocd
  password: {ctx.stok("gitlab-deploy-token")}
---
apiVersion: v1
kind: Secret
metadata:
  name: repo-creds-helm
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repo-creds
stringData:
  url: https://charts.{ctx.suffix}
  username: helm-reader
  password: {N.ref(ctx, "HELM_PASSWORD", "argocd-vault")}
""")


def flytoml(ctx):
    a = app(ctx)
    ctx.add("%s/fly.toml" % a, f"""app = "{ctx.theme['dir']}-{a}"
primary_region = "{ctx.choice(["arn", "ams", "fra", "cdg", "mad", "lhr"])}"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"
  SESSION_SECRET = "{ctx.sgen("session-secret", "hex", 64)}"

# DATABASE_URL is set with `fly secrets set`, never here
[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = "stop"
""")


def render_yaml(ctx):
    a = app(ctx)
    ctx.add("render.yaml", f"""services:
  - type: web
    name: {a}
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: gunicorn app:app
    envVars:
      - key: JWT_SECRET
        value: {ctx.sgen("jwt-secret", "urlsafe", 48)}
      - key: MAPS_KEY
        sync: false
      - key: DATABASE_URL
        fromDatabase:
          name: {a}-db
          property: connectionString
      - key: SECRET_KEY
        generateValue: true
databases:
  - name: {a}-db
    plan: standard
""")


def dokku_env(ctx):
    a = app(ctx)
    ctx.add("ops/dokku/%s.ENV" % a, f"""export DOKKU_APP_RESTORE='1'
export DOKKU_PROXY_PORT='80'
export DATABASE_URL='{uri(ctx, "postgres", a.replace("-", "_"), "dokku-postgres-" + a, 5432, a.replace("-", "_"))}'
export SECRET_KEY_BASE='{ctx.sgen("framework-secret", "hex", 128)}'
export SENTRY_DSN='{N.public(ctx, "sentry-dsn")}'
export GIT_REV='{N.ident(ctx, "commit")}'
""")


def goreleaser(ctx):
    a = app(ctx)
    ctx.add("tools/%s-cli/.goreleaser.yaml" % a, f"""version: 2
project_name: {a}-cli
builds:
  - env: [CGO_ENABLED=0]
    goos: [linux, windows, darwin]
signs:
  - artifacts: checksum
    args: ["--batch", "--pinentry-mode", "loopback", "--passphrase", "{ctx.spw("signing-passphrase", avoid=AV_DQ, style="phrase")}", "--output", "${{signature}}", "--detach-sign", "${{artifact}}"]
release:
  gitea:
    owner: tools
    name: {a}-cli
gitea_urls:
  api: https://git.{ctx.suffix}/api/v1
env_files:
  gitea_token: {ctx.N("~/.config/goreleaser/gitea_token", "reference-file-path")}
artifactories:
  - name: internal
    target: https://repo.{ctx.suffix}/artifactory/generic-local/{a}/{{{{ .Version }}}}/
    username: deployer
""")


# ---------------------------------------------------------------- mobile / front-end

def cordova_build(ctx):
    ctx.add("mobile/build.json", json.dumps({"android": {
        "debug": {"keystore": "../keys/debug.keystore", "storePassword": "@D1@", "alias": "androiddebugkey", "password": "@D2@"},
        "release": {"keystore": "../keys/release.jks", "storePassword": "@S1@", "alias": "upload", "password": "@S2@",
                    "keystoreType": "jks", "packageType": "bundle"}}}, indent=4).replace(
        "@S1@", ctx.spw("keystore-password", avoid=AV_DQ)).replace("@S2@", ctx.spw("keystore-password", avoid=AV_DQ)).replace(
        "@D1@", ctx.N("android", "documented-android-debug-keystore")).replace("@D2@", ctx.N("android", "documented-android-debug-keystore")) + "\n")


def capacitor(ctx):
    ctx.add("app/capacitor.config.ts", f"""import type {{ CapacitorConfig }} from '@capacitor/cli';

const config: CapacitorConfig = {{
  appId: 'com.{ctx.domain.split('.')[0].replace('-', '')}.app',
  appName: '{ctx.v['org'].split(' ')[0]}',
  webDir: 'dist',
  android: {{
    buildOptions: {{
      keystorePath: '../keys/upload.jks',
      keystorePassword: '{ctx.spw("keystore-password", avoid=AV_SQ)}',
      keystoreAlias: 'upload',
      keystoreAliasPassword: '{ctx.spw("keystore-password", avoid=AV_SQ)}',
      releaseType: 'AAB',
    }},
  }},
  plugins: {{
    PushNotifications: {{ presentationOptions: ['badge', 'sound'] }},
  }},
}};

export default config;
""")


def keystore_props(ctx):
    ctx.add("android/keystore.properties", f"""# used by app/build.gradle signingConfigs.release
storeFile=../keys/release-upload.jks
storePassword={ctx.spw("keystore-password", avoid=AV_INI)}
keyAlias=upload
keyPassword={ctx.spw("keystore-password", avoid=AV_INI)}
""")


def angular_env(ctx):
    a = app(ctx)
    ctx.add("%s-web/src/environments/environment.prod.ts" % a, f"""export const environment = {{
  production: true,
  apiBase: 'https://api.{ctx.domain}/v2',
  firebase: {{
    apiKey: '{N.public(ctx, "firebase-web-api-key")}',
    authDomain: '{a}-prod.firebaseapp.com',
    projectId: '{a}-prod',
    appId: '1:{V.rstr(ctx.rng, V.DIGITS, 12)}:web:{V.hexs(ctx.rng, 22)}',
  }},
  // TODO move to the backend, this should never ship to browsers
  adminApiToken: '{ctx.sgen("api-token", "alnum", 40)}',
  recaptchaSiteKey: '{N.public(ctx, "recaptcha-site-key")}',
}};
""")


def nuxt_config(ctx):
    ctx.add("web/nuxt.config.ts", f"""export default defineNuxtConfig({{
  devtools: {{ enabled: false }},
  runtimeConfig: {{
    // server only
    cmsPreviewSecret: '{ctx.sgen("preview-secret", "urlsafe", 32)}',
    mailerPassword: '{ctx.spw(avoid=AV_SQ)}',
    public: {{
      apiBase: 'https://api.{ctx.domain}',
      posthogKey: '{N.public(ctx, "posthog-project-key")}',
      turnstileSiteKey: '{N.public(ctx, "turnstile-site-key")}',
    }},
  }},
  modules: ['@nuxtjs/i18n', '@pinia/nuxt'],
}})
""")


def next_config(ctx):
    ctx.add("portal/next.config.js", f"""/** @type {{import('next').NextConfig}} */
const nextConfig = {{
  reactStrictMode: true,
  output: 'standalone',
  env: {{
    REVALIDATE_SECRET: '{ctx.sgen("revalidate-secret", "hex", 40)}',
    NEXT_PUBLIC_GA_ID: '{N.public(ctx, "ga4-measurement-id")}',
    NEXT_PUBLIC_SEGMENT_WRITE_KEY: '{N.public(ctx, "segment-write-key")}',
  }},
  images: {{ remotePatterns: [{{ protocol: 'https', hostname: 'cdn.{ctx.domain}' }}] }},
}}

module.exports = nextConfig
""")


def sails_prod(ctx):
    a = app(ctx)
    ctx.add("%s/config/env/production.js" % a, f"""module.exports = {{
  datastores: {{
    default: {{
      adapter: 'sails-postgresql',
      url: '{uri(ctx, "postgresql", "sails", "pg." + ctx.suffix, 5432, a.replace("-", "_"))}',
      ssl: {{ rejectUnauthorized: true }},
    }},
  }},
  session: {{
    secret: '{ctx.sgen("session-secret", "hex", 32)}',
    cookie: {{ secure: true, maxAge: 24 * 60 * 60 * 1000 }},
  }},
  custom: {{
    baseUrl: 'https://{a}.{ctx.domain}',
    mailgunSecret: {N.lang_ref(ctx, "MAILGUN_SECRET", "node")},
  }},
}};
""")


def typeorm(ctx):
    ctx.add("api/ormconfig.json", json.dumps({
        "type": "mysql", "host": "mysql." + ctx.suffix, "port": 3306, "username": "api_rw", "password": "@PW@",
        "database": "api", "synchronize": False, "logging": ["error"], "entities": ["dist/entity/**/*.js"],
        "migrations": ["dist/migration/**/*.js"]}, indent=2).replace("@PW@", ctx.spw(avoid=AV_DQ)) + "\n")


def sqitch(ctx):
    ctx.add("db/sqitch.conf", f"""[core]
\tengine = pg
\ttop_dir = .
[engine "pg"]
\ttarget = prod
\tregistry = sqitch
\tclient = /usr/bin/psql
[target "prod"]
\turi = db:{uri(ctx, "pg", "sqitch", "pg-primary." + ctx.suffix, 5432, "ops")}
[target "dev"]
\turi = db:pg://sqitch@localhost/ops_dev
""")


def neo4j_py(ctx):
    ctx.add("graph/load_graph.py", f"""from neo4j import GraphDatabase

URI = "neo4j+s://graph.{ctx.suffix}:7687"
AUTH = ("neo4j", "{ctx.spw(avoid=AV_DQ)}")


def load(rows):
    with GraphDatabase.driver(URI, auth=AUTH) as driver:
        driver.verify_connectivity()
        with driver.session(database="ops") as s:
            for r in rows:
                s.run("MERGE (n:Asset {{id: $id}}) SET n += $props", id=r["id"], props=r)
""")


def redash_env(ctx):
    ctx.add("ops/redash/env", f"""PYTHONUNBUFFERED=0
REDASH_LOG_LEVEL=INFO
REDASH_REDIS_URL=redis://redis:6379/0
REDASH_COOKIE_SECRET={ctx.sgen("cookie-secret", "alnum", 40)}
REDASH_SECRET_KEY={ctx.sgen("framework-secret", "alnum", 40)}
REDASH_DATABASE_URL={uri(ctx, "postgresql", "redash", "postgres", 5432, "redash")}
REDASH_MAIL_SERVER=smtp.{ctx.suffix}
REDASH_MAIL_PASSWORD=
""")


def hasura(ctx):
    ctx.add("hasura/docker-compose.yaml", f"""services:
  graphql-engine:
    image: hasura/graphql-engine:v2.44.0
    ports: ["8080:8080"]
    environment:
      HASURA_GRAPHQL_DATABASE_URL: {uri(ctx, "postgres", "hasura", "pg." + ctx.suffix, 5432, "ops")}
      HASURA_GRAPHQL_ENABLE_CONSOLE: "false"
      HASURA_GRAPHQL_ADMIN_SECRET: {ctx.sgen("admin-secret", "urlsafe", 40)}
      HASURA_GRAPHQL_JWT_SECRET: '{{"type":"HS256","key":"{ctx.sgen("jwt-secret", "hex", 64)}"}}'
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: anonymous
""")


def postgrest(ctx):
    ctx.add("api/postgrest.conf", f"""db-uri = "{uri(ctx, "postgres", "authenticator", "pg." + ctx.suffix, 5432, "api")}"
db-schemas = "api"
db-anon-role = "web_anon"
jwt-secret = "{ctx.sgen("jwt-secret", "alnum", 48)}"
jwt-aud = "{ctx.domain}"
server-port = 3000
""")


def pgadmin_local(ctx):
    ctx.add("ops/pgadmin/config_local.py", f"""SERVER_MODE = True
SECRET_KEY = "{ctx.sgen("framework-secret", "b64", 32)}"
SECURITY_PASSWORD_SALT = "{ctx.sgen("password-salt", "alnum", 32)}"
MAIL_SERVER = "smtp.{ctx.suffix}"
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = "pgadmin@{ctx.domain}"
MAIL_PASSWORD = "{ctx.spw(avoid=AV_DQ)}"
AUTHENTICATION_SOURCES = ["oauth2", "internal"]
""")


def mediawiki_ls(ctx):
    ctx.add("wiki/LocalSettings.php", f"""<?php
# This file was automatically generated by the MediaWiki 1.41.1 installer.
if ( !defined( 'MEDIAWIKI' ) ) {{
	exit;
}}
$wgSitename = "{ctx.v['org']} Wiki";
$wgServer = "https://wiki.{ctx.suffix}";
$wgDBtype = "mysql";
$wgDBserver = "db.{ctx.suffix}";
$wgDBname = "wikidb";
$wgDBuser = "wikiuser";
$wgDBpassword = "{ctx.spw(avoid=AV_DQ)}";
$wgSecretKey = "{ctx.sgen("framework-secret", "hex", 64)}";
$wgAuthenticationTokenVersion = "1";
# Site upgrade key. Must be set to a string (default provided) to turn on the web installer while LocalSettings.php is in place
$wgUpgradeKey = "{ctx.sgen("upgrade-key", "hex", 16)}";
$wgEnableEmail = true;
$wgSMTP = [ 'host' => 'smtp.{ctx.suffix}', 'port' => 25, 'auth' => false ];
""")


def directus_env(ctx):
    ctx.add("cms/.env", f"""HOST="0.0.0.0"
PORT=8055
PUBLIC_URL="https://cms.{ctx.domain}"
KEY="{ctx.N(V.uuid4(ctx.rng), "id-uuid")}"
SECRET="{ctx.sgen("framework-secret", "urlsafe", 43)}"
DB_CLIENT="pg"
DB_HOST="pg.{ctx.suffix}"
DB_DATABASE="directus"
DB_USER="directus"
DB_PASSWORD="{ctx.spw(avoid=AV_DQ)}"
ADMIN_EMAIL="web@{ctx.domain}"
ADMIN_PASSWORD="{ctx.spw(avoid=AV_DQ)}"
""")


def authentik_env(ctx):
    ctx.add("sso/authentik/.env", f"""PG_PASS={ctx.spw(avoid=AV_INI)}
AUTHENTIK_SECRET_KEY={ctx.sgen("framework-secret", "b64", 48)}
AUTHENTIK_ERROR_REPORTING__ENABLED=false
AUTHENTIK_EMAIL__HOST=smtp.{ctx.suffix}
AUTHENTIK_EMAIL__PORT=587
AUTHENTIK_EMAIL__USERNAME=sso@{ctx.domain}
AUTHENTIK_EMAIL__PASSWORD={N.ref(ctx, "SMTP_PASSWORD", "shell")}
COMPOSE_PORT_HTTPS=443
""")


def jitsi_env(ctx):
    ctx.add("meet/.env", f"""CONFIG=~/.jitsi-meet-cfg
HTTP_PORT=8000
HTTPS_PORT=8443
TZ=Europe/Berlin
PUBLIC_URL=https://meet.{ctx.domain}
ENABLE_AUTH=1
AUTH_TYPE=internal
JICOFO_AUTH_PASSWORD={ctx.sgen("xmpp-password", "hex", 32)}
JVB_AUTH_PASSWORD={ctx.sgen("xmpp-password", "hex", 32)}
JIGASI_XMPP_PASSWORD={N.placeholder(ctx, avoid=" <>")}
JIBRI_RECORDER_PASSWORD={ctx.sgen("xmpp-password", "hex", 32)}
""")


def bbb_props(ctx):
    ctx.add("bbb/bbb-web.properties", f"""# overrides for /etc/bigbluebutton/bbb-web.properties
bigbluebutton.web.serverURL=https://bbb.{ctx.domain}
securitySalt={ctx.sgen("shared-secret", "alnum", 40)}
defaultWelcomeMessage=Welcome to <b>%%CONFNAME%%</b>!
defaultMaxUsers=120
allowRequestsWithoutSession=false
keepEvents=false
""")


def galaxy_yml(ctx):
    ctx.add("galaxy/config/galaxy.yml", f"""gravity:
  process_manager: systemd
  galaxy_root: /srv/galaxy/server
galaxy:
  database_connection: {uri(ctx, "postgresql", "galaxy", "pg." + ctx.suffix, 5432, "galaxy")}
  id_secret: {ctx.sgen("id-secret", "hex", 48)}
  admin_users: {ctx.person().email}
  brand: {ctx.v['org'].split(' ')[0]}
  file_path: /data/galaxy/datasets
  object_store_config_file: {ctx.N("/srv/galaxy/config/object_store_conf.xml", "reference-file-path")}
""")


def erddap_setup(ctx):
    ctx.add("erddap/content/setup.xml", f"""<?xml version="1.0" encoding="ISO-8859-1" ?>
<setup>
<bigParentDirectory>/erddapData/</bigParentDirectory>
<baseUrl>http://erddap.{ctx.suffix}</baseUrl>
<baseHttpsUrl>https://erddap.{ctx.domain}</baseHttpsUrl>
<emailEverythingTo>data@{ctx.domain}</emailEverythingTo>
<emailFromAddress>erddap@{ctx.domain}</emailFromAddress>
<emailUserName>erddap@{ctx.domain}</emailUserName>
<emailPassword>{ctx.spw(avoid=AV_XML)}</emailPassword>
<emailSmtpHost>smtp.{ctx.suffix}</emailSmtpHost>
<emailSmtpPort>587</emailSmtpPort>
<flagKeyKey>{ctx.spw("flag-key", style="phrase", avoid=AV_XML)}</flagKeyKey>
<adminInstitution>{ctx.v['org']}</adminInstitution>
</setup>
""")


def geoserver_users(ctx):
    ctx.add("geoserver/security/usergroup/default/users.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<userRegistry xmlns="http://www.geoserver.org/security/users" version="1.0">
<users>
<user enabled="true" name="admin" password="{ctx.N("digest1:" + V.b64e(V.rbytes(ctx.rng, 48)), "hash-geoserver-digest")}"/>
<user enabled="true" name="wfs-editor" password="plain:{ctx.spw(avoid=AV_XML)}"/>
<user enabled="true" name="tiles" password="crypt1:{ctx.N(V.b64e(V.rbytes(ctx.rng, 24)), "encrypted-geoserver-crypt1")}"/>
</users>
<groups/>
</userRegistry>
""")


def mapfile(ctx):
    ctx.add("maps/ops.map", f"""MAP
  NAME "ops"
  EXTENT -180 -90 180 90
  PROJECTION "init=epsg:4326" END
  WEB
    METADATA
      "wms_title" "{ctx.v['org']}"
      "wms_enable_request" "*"
    END
  END
  LAYER
    NAME "assets"
    TYPE POINT
    CONNECTIONTYPE POSTGIS
    CONNECTION "host=gis.{ctx.suffix} dbname=gis user=mapserver password={ctx.spw(avoid=AV_PLAIN + '"')} port=5432"
    DATA "geom FROM assets USING UNIQUE id USING SRID=4326"
    STATUS ON
  END
END
""")


GIS = {"rocket-range", "ocean-observing", "subsea-cable", "water-bottler", "ebike-maker"}

KINDS = [
    ("cloudbuild", cloudbuild), ("turbo", turbo), ("knife", knife), ("samconfig", samconfig), ("argocd-repo", argocd_repo),
    ("fly-toml", flytoml), ("render-yaml", render_yaml), ("dokku-env", dokku_env), ("goreleaser", goreleaser),
    ("cordova-build", cordova_build), ("capacitor", capacitor), ("keystore-properties", keystore_props),
    ("angular-env", angular_env), ("nuxt-config", nuxt_config), ("next-config", next_config), ("sails-prod", sails_prod),
    ("typeorm", typeorm), ("sqitch", sqitch), ("neo4j-py", neo4j_py), ("redash-env", redash_env), ("hasura", hasura),
    ("postgrest", postgrest), ("pgadmin", pgadmin_local), ("mediawiki", mediawiki_ls), ("directus", directus_env),
    ("authentik", authentik_env), ("jitsi", jitsi_env), ("bbb", bbb_props), ("galaxy", galaxy_yml, {"ocean-observing", "poison-centre"}),
    ("erddap", erddap_setup, {"ocean-observing"}), ("geoserver", geoserver_users, GIS), ("mapfile", mapfile, GIS),
]
