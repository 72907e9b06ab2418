"""Tool and config file kinds, part C: API gateways, identity, certificates, notifications, self-hosted apps."""

import neg20 as N
import vals20 as V
from cfg20a import AV_DQ, AV_SQ, AV_URI, AV_XML, AV_INI, AV_PLAIN, uri, app


def tyk(ctx):
    ctx.add("gateway/tyk.conf", f"""{{
  "listen_port": 8080,
  "secret": "{ctx.sgen("gateway-admin-secret", "alnum", 32)}",
  "node_secret": "{ctx.sgen("gateway-admin-secret", "alnum", 32)}",
  "template_path": "/opt/tyk-gateway/templates",
  "use_db_app_configs": false,
  "storage": {{
    "type": "redis",
    "host": "redis.{ctx.suffix}",
    "port": 6379,
    "password": "{ctx.spw(avoid=AV_DQ)}",
    "database": 0
  }},
  "enable_analytics": true,
  "hash_keys": true
}}
""")


def wso2(ctx):
    ctx.add("apim/repository/conf/deployment.toml", f"""[server]
hostname = "apim.{ctx.suffix}"
node_ip = "127.0.0.1"

[super_admin]
username = "admin"
password = "{ctx.spw(avoid=AV_DQ)}"
create_admin_account = true

[keystore.primary]
file_name = "{ctx.theme['dir']}.jks"
type = "JKS"
password = "{ctx.spw("keystore-password", avoid=AV_DQ)}"
alias = "{ctx.theme['dir']}"
key_password = "{ctx.N("$secret{keystore_key_password}", "reference-wso2-secret")}"

[database.apim_db]
type = "postgre"
url = "jdbc:postgresql://pg.{ctx.suffix}:5432/apim_db"
username = "apimadmin"
password = "{ctx.spw(avoid=AV_DQ)}"
""")


def zitadel(ctx):
    ctx.add("sso/zitadel/docker-compose.yaml", f"""services:
  zitadel:
    image: ghcr.io/zitadel/zitadel:v2.58.3
    # the quick-start uses {N.documented(ctx, "zitadel-docs-example-masterkey")} - never in production
    command: 'start-from-init --masterkey "{ctx.sgen("zitadel-masterkey", "alnum", 32)}" --tlsMode external'
    environment:
      ZITADEL_DATABASE_POSTGRES_HOST: db
      ZITADEL_DATABASE_POSTGRES_USER_USERNAME: zitadel
      ZITADEL_DATABASE_POSTGRES_USER_PASSWORD: {ctx.spw(avoid=AV_PLAIN + '"')}
      ZITADEL_EXTERNALDOMAIN: sso.{ctx.domain}
    depends_on: [db]
""")


def simplesaml(ctx):
    ctx.add("sso/simplesamlphp/config/config.php", f"""<?php
$config = [
    'baseurlpath' => 'https://idp.{ctx.domain}/simplesaml/',
    'technicalcontact_email' => 'it@{ctx.domain}',
    'secretsalt' => '{ctx.sgen("framework-secret", "alnum", 32)}',
    'auth.adminpassword' => '{ctx.spw(avoid=AV_SQ)}',
    'admin.protectmetadata' => true,
    'timezone' => 'Europe/Amsterdam',
    'store.type' => 'sql',
    'store.sql.dsn' => 'pgsql:host=pg.{ctx.suffix};dbname=saml',
    'store.sql.username' => 'saml',
    'store.sql.password' => {N.lang_ref(ctx, "SAML_DB_PASSWORD", "php")},
];
""")


def acme_sh(ctx):
    ctx.add("tls/acme.sh/account.conf", f"""LOG_FILE='/root/.acme.sh/acme.sh.log'
ACCOUNT_EMAIL='hostmaster@{ctx.domain}'
AUTO_UPGRADE='0'
SAVED_CF_Token='{ctx.stok("cloudflare-api-token")}'
SAVED_CF_Account_ID='{ctx.N(V.hexs(ctx.rng, 32), "id-cloudflare-account")}'
USER_PATH='/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin'
UPGRADE_HASH='{N.hash_(ctx, "sha1-hex")}'
""")


def certbot_ini(ctx):
    if ctx.chance(0.5):
        ctx.add("tls/certbot/cloudflare.ini", f"""# Cloudflare API token used by Certbot (Zone:DNS:Edit)
dns_cloudflare_api_token = {ctx.stok("cloudflare-api-token")}
""")
    else:
        ctx.add("tls/certbot/rfc2136.ini", f"""# Target DNS server
dns_rfc2136_server = 192.0.2.53
dns_rfc2136_port = 53
dns_rfc2136_name = certbot.{ctx.domain}.
dns_rfc2136_secret = {ctx.sgen("tsig-secret", "b64", 32)}
dns_rfc2136_algorithm = HMAC-SHA512
""")


def apprise(ctx):
    ctx.add("notify/apprise.yml", f"""version: 1
urls:
  - tgram://{ctx.stok("telegram-bot-token")}/-100{V.rstr(ctx.rng, V.DIGITS, 10)}:
      - tag: oncall
  - mailtos://alerts:{ctx.spw(avoid=AV_URI)}@smtp.{ctx.suffix}?to=ops@{ctx.domain}:
      - tag: digest
  - json://hooks.{ctx.suffix}/apprise:
      - tag: archive
""")


def watchtower(ctx):
    ctx.add("ops/watchtower.env", f"""WATCHTOWER_SCHEDULE=0 0 4 * * *
WATCHTOWER_CLEANUP=true
WATCHTOWER_NOTIFICATIONS=shoutrrr
WATCHTOWER_NOTIFICATION_URL=discord://{ctx.sgen("discord-webhook-token", "urlsafe", 68)}@{V.rstr(ctx.rng, V.DIGITS, 19)}
REPO_USER={ctx.domain.split(".")[0].replace("-", "")}ci
REPO_PASS={ctx.stok("dockerhub-pat")}
""")


def ntfy(ctx):
    u = ctx.person()
    ctx.add("notify/ntfy/server.yml", f"""base-url: https://ntfy.{ctx.domain}
auth-file: /var/lib/ntfy/user.db
auth-default-access: deny-all
auth-users:
  - "{u.handle}:{N.hash_(ctx, "bcrypt")}:admin"
auth-tokens:
  - "{u.handle}:{ctx.sgen("ntfy-access-token", "alnum", 29, prefix="tk_")}:backup-script"
auth-access:
  - "{u.handle}:alerts-*:rw"
""")


def gotify(ctx):
    ctx.add("notify/gotify/config.yml", f"""server:
  listenaddr: ""
  port: 80
database:
  dialect: postgres
  connection: host=pg.{ctx.suffix} port=5432 user=gotify dbname=gotify password={ctx.spw(avoid=AV_PLAIN + AV_SQ)} sslmode=require
defaultuser:
  name: admin
  pass: {ctx.spw(avoid=AV_PLAIN)}
passstrength: 10
uploadedimagesdir: data/images
""")


def vikunja(ctx):
    ctx.add("tools/vikunja/config.yml", f"""service:
  publicurl: https://tasks.{ctx.domain}/
  secret: "{ctx.sgen("jwt-secret", "alnum", 48)}"
  enableregistration: false
database:
  type: postgres
  host: pg.{ctx.suffix}
  user: vikunja
  password: "{ctx.spw(avoid=AV_DQ)}"
  database: vikunja
mailer:
  enabled: true
  host: smtp.{ctx.suffix}
  password: ""
""")


def n8n(ctx):
    ctx.add("automation/n8n/.env", f"""N8N_HOST=flows.{ctx.domain}
N8N_PROTOCOL=https
WEBHOOK_URL=https://flows.{ctx.domain}/
N8N_ENCRYPTION_KEY={ctx.sgen("encryption-key", "alnum", 32)}
DB_TYPE=postgresdb
DB_POSTGRESDB_HOST=postgres
DB_POSTGRESDB_USER=n8n
DB_POSTGRESDB_PASSWORD={ctx.spw(avoid=AV_INI)}
GENERIC_TIMEZONE=Europe/Berlin
""")


def nocodb(ctx):
    ctx.add("tools/nocodb/docker-compose.yml", f"""services:
  nocodb:
    image: nocodb/nocodb:0.258.2
    environment:
      NC_DB: "pg://root_db:5432?u=nocodb&p={ctx.spw(avoid=AV_URI)}&d=nocodb"
      NC_AUTH_JWT_SECRET: "{ctx.sgen("jwt-secret", "hex", 32)}"
      NC_PUBLIC_URL: "https://tables.{ctx.domain}"
      NC_DISABLE_TELE: "true"
    ports: ["8080:8080"]
""")


def immich(ctx):
    ctx.add("media/immich/.env", f"""UPLOAD_LOCATION=/srv/photos/library
DB_DATA_LOCATION=/srv/photos/postgres
IMMICH_VERSION=v1.132.3
DB_PASSWORD={ctx.spw(avoid=AV_INI, style=ctx.choice(["alnum", "urlsafe"]))}
DB_USERNAME=postgres
DB_DATABASE_NAME=immich
""")


def firefly(ctx):
    ctx.add("finance/firefly/.env", f"""APP_ENV=production
APP_DEBUG=false
SITE_OWNER=finance@{ctx.domain}
APP_KEY={ctx.sgen("framework-secret", "alnum", 32)}
DEFAULT_LANGUAGE={ctx.lang}_{ctx.lang.upper()}
DB_CONNECTION=mysql
DB_HOST=db
DB_DATABASE=firefly
DB_USERNAME=firefly
DB_PASSWORD={ctx.spw(avoid=AV_INI)}
STATIC_CRON_TOKEN={ctx.sgen("cron-token", "alnum", 32)}
""")


def snipeit(ctx):
    ctx.add("assets/snipe-it/.env", f"""APP_ENV=production
APP_DEBUG=false
APP_KEY=base64:{ctx.sgen("framework-secret", "b64", 32)}
APP_URL=https://assets.{ctx.suffix}
APP_TIMEZONE='Europe/Lisbon'
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=snipeit
DB_USERNAME=snipeit
DB_PASSWORD='{ctx.spw(avoid=AV_SQ)}'
MAIL_MAILER=smtp
MAIL_HOST=smtp.{ctx.suffix}
MAIL_USERNAME=assets@{ctx.domain}
MAIL_PASSWORD='{ctx.spw(avoid=AV_SQ)}'
""")


def mautic(ctx):
    ctx.add("marketing/mautic/config/local.php", f"""<?php
$parameters = array(
    'db_driver' => 'pdo_mysql',
    'db_host' => 'db.{ctx.suffix}',
    'db_name' => 'mautic',
    'db_user' => 'mautic',
    'db_password' => '{ctx.spw(avoid=AV_SQ)}',
    'mailer_dsn' => 'smtp://newsletter%40{ctx.domain}:{ctx.spw(avoid=AV_URI)}@smtp.{ctx.suffix}:587',
    'secret_key' => '{ctx.sgen("framework-secret", "hex", 64)}',
    'site_url' => 'https://news.{ctx.domain}',
);
""")


def espocrm(ctx):
    ctx.add("crm/espocrm/data/config-internal.php", f"""<?php
return [
    'database' => [
        'host' => 'localhost',
        'port' => '',
        'charset' => NULL,
        'dbname' => 'espocrm',
        'user' => 'espocrm',
        'password' => '{ctx.spw(avoid=AV_SQ)}',
        'platform' => 'Mysql'
    ],
    'logger' => ['path' => 'data/logs/espo.log', 'level' => 'WARNING'],
    'passwordSalt' => '{ctx.sgen("password-salt", "hex", 16)}',
    'cryptKey' => '{ctx.sgen("encryption-key", "hex", 32)}',
    'isInstalled' => true
];
""")


def openproject(ctx):
    ctx.add("pm/openproject/configuration.yml", f"""production:
  rails_cache_store: :memcache
  email_delivery_method: :smtp
  smtp_address: smtp.{ctx.suffix}
  smtp_port: 587
  smtp_domain: {ctx.domain}
  smtp_authentication: login
  smtp_user_name: "projects@{ctx.domain}"
  smtp_password: "{ctx.spw(avoid=AV_DQ)}"
  attachments_storage: fog
  fog:
    credentials:
      provider: 'AWS'
      aws_access_key_id: {N.ref(ctx, "OP_FOG_KEY_ID", "shell")}
""")


def kimai(ctx):
    ctx.add("hr/kimai/.env.local", f"""APP_ENV=prod
APP_SECRET={ctx.sgen("framework-secret", "hex", 40)}
DATABASE_URL=mysql://kimai:{ctx.spw(avoid=AV_URI)}@127.0.0.1:3306/kimai?charset=utf8mb4&serverVersion=8.0.36
MAILER_FROM=timesheets@{ctx.domain}
MAILER_URL=null://null
""")


def listmonk(ctx):
    ctx.add("newsletter/listmonk/config.toml", f"""[app]
address = "0.0.0.0:9000"
admin_username = "listmonk"
admin_password = "{ctx.spw(avoid=AV_DQ)}"

[db]
host = "pg.{ctx.suffix}"
port = 5432
user = "listmonk"
password = "{ctx.spw(avoid=AV_DQ)}"
database = "listmonk"
ssl_mode = "require"
max_open = 25
""")


def mailcow(ctx):
    ctx.add("mail/mailcow/mailcow.conf", f"""# ------------------------------
# mailcow web ui configuration
# ------------------------------
MAILCOW_HOSTNAME=mail.{ctx.domain}
MAILCOW_PASS_SCHEME=BLF-CRYPT
DBNAME=mailcow
DBUSER=mailcow
DBPASS={ctx.sgen("database-password", "alnum", 28)}
DBROOT={ctx.sgen("database-password", "alnum", 28)}
REDISPASS={ctx.sgen("database-password", "alnum", 28)}
HTTP_PORT=80
HTTPS_PORT=443
TZ=Europe/Bucharest
""")


def mailu(ctx):
    ctx.add("mail/mailu/mailu.env", f"""# Mailu main configuration file
SECRET_KEY={ctx.sgen("framework-secret", "alnum", 16)}
SUBNET=192.168.203.0/24
DOMAIN={ctx.domain}
HOSTNAMES=mail.{ctx.domain}
POSTMASTER=admin
INITIAL_ADMIN_ACCOUNT=admin
INITIAL_ADMIN_DOMAIN={ctx.domain}
INITIAL_ADMIN_PW={ctx.spw(avoid=AV_INI)}
INITIAL_ADMIN_MODE=ifmissing
""")


def stalwart(ctx):
    ctx.add("mail/stalwart/config.toml", f"""[server]
hostname = "mx.{ctx.domain}"

[authentication.fallback-admin]
user = "admin"
secret = "{ctx.spw(avoid=AV_DQ)}"

[store."postgresql"]
type = "postgresql"
host = "pg.{ctx.suffix}"
database = "stalwart"
user = "stalwart"
password = "{ctx.N("%{env:STALWART_DB_PASSWORD}%", "reference-stalwart-env")}"
""")


def chatwoot(ctx):
    ctx.add("support/chatwoot/.env", f"""SECRET_KEY_BASE={ctx.sgen("framework-secret", "hex", 128)}
FRONTEND_URL=https://support.{ctx.domain}
DEFAULT_LOCALE={ctx.lang}
POSTGRES_HOST=postgres
POSTGRES_USERNAME=chatwoot
POSTGRES_PASSWORD={ctx.spw(avoid=AV_INI)}
REDIS_URL=redis://redis:6379
REDIS_PASSWORD={ctx.spw(avoid=AV_INI)}
MAILER_SENDER_EMAIL=Support <support@{ctx.domain}>
""")


def calcom(ctx):
    ctx.add("booking/calcom/.env", f"""NEXT_PUBLIC_WEBAPP_URL=https://book.{ctx.domain}
NEXTAUTH_URL=https://book.{ctx.domain}
NEXTAUTH_SECRET={ctx.sgen("nextauth-secret", "b64", 32)}
CALENDSO_ENCRYPTION_KEY={ctx.sgen("encryption-key", "alnum", 32)}
DATABASE_URL="{uri(ctx, "postgresql", "calcom", "pg." + ctx.suffix, 5432, "calendso")}"
NEXT_PUBLIC_TELEMETRY_KEY=
""")


def documenso(ctx):
    ctx.add("sign/documenso/.env", f"""NEXTAUTH_SECRET="{ctx.sgen("nextauth-secret", "b64", 32)}"
NEXT_PRIVATE_ENCRYPTION_KEY="{ctx.sgen("encryption-key", "alnum", 32)}"
NEXT_PUBLIC_WEBAPP_URL="https://sign.{ctx.domain}"
NEXT_PRIVATE_SIGNING_TRANSPORT="local"
NEXT_PRIVATE_SIGNING_PASSPHRASE="{ctx.spw("signing-passphrase", avoid=AV_DQ, style="phrase")}"
NEXT_PRIVATE_SIGNING_LOCAL_FILE_PATH="/opt/documenso/cert.p12"
""")


def plausible(ctx):
    ctx.add("analytics/plausible-conf.env", f"""BASE_URL=https://stats.{ctx.domain}
SECRET_KEY_BASE={ctx.sgen("framework-secret", "b64", 48)}
TOTP_VAULT_KEY={ctx.sgen("encryption-key", "b64", 32)}
DISABLE_REGISTRATION=invite_only
MAILER_EMAIL=stats@{ctx.domain}
""")


def umami(ctx):
    ctx.add("analytics/umami/docker-compose.yml", f"""services:
  umami:
    image: ghcr.io/umami-software/umami:postgresql-latest
    environment:
      DATABASE_URL: {uri(ctx, "postgresql", "umami", "db", 5432, "umami")}
      DATABASE_TYPE: postgresql
      APP_SECRET: {ctx.sgen("framework-secret", "hex", 64)}
    ports: ["3000:3000"]
""")


def appwrite(ctx):
    ctx.add("backend/appwrite/.env", f"""_APP_ENV=production
_APP_LOCALE={ctx.lang}
_APP_DOMAIN=aw.{ctx.domain}
_APP_OPENSSL_KEY_V1={ctx.sgen("encryption-key", "hex", 64)}
_APP_DB_HOST=mariadb
_APP_DB_USER=appwrite
_APP_DB_PASS={ctx.spw(avoid=AV_INI)}
_APP_EXECUTOR_SECRET={ctx.sgen("executor-secret", "hex", 32)}
_APP_SMTP_HOST=smtp.{ctx.suffix}
""")


def supabase_selfhost(ctx):
    ref = "supabase-demo"
    ctx.add("backend/supabase/.env", f"""############
# Secrets
############
POSTGRES_PASSWORD={ctx.spw(avoid=AV_INI)}
JWT_SECRET={ctx.sgen("jwt-secret", "alnum", 40)}
ANON_KEY={N.public(ctx, "supabase-anon-key")}
SERVICE_ROLE_KEY={ctx.S(ctx.uniq(lambda: V.jwt(ctx.rng, {"role": "service_role", "iss": "supabase", "iat": 1735689600, "exp": 1893456000})), "supabase-service-role-jwt")}
DASHBOARD_USERNAME=supabase
DASHBOARD_PASSWORD={ctx.spw(avoid=AV_INI)}
############
# API Proxy
############
KONG_HTTP_PORT=8000
API_EXTERNAL_URL=https://db.{ctx.domain}
""")


def seaweedfs(ctx):
    ctx.add("storage/seaweedfs/security.toml", f"""# Put this file to one of the location, with descending priority
#    ./security.toml
#    /etc/seaweedfs/security.toml

[jwt.signing]
key = "{ctx.sgen("jwt-signing-key", "b64", 32)}"
expires_after_seconds = 10

[jwt.signing.read]
key = ""

[access]
ui = false
""")


def kanboard(ctx):
    ctx.add("tools/kanboard/config.php", f"""<?php
define('DB_DRIVER', 'postgres');
define('DB_USERNAME', 'kanboard');
define('DB_PASSWORD', '{ctx.spw(avoid=AV_SQ)}');
define('DB_HOSTNAME', 'pg.{ctx.suffix}');
define('DB_NAME', 'kanboard');
define('LDAP_AUTH', true);
define('LDAP_SERVER', 'ldaps://ldap.{ctx.suffix}');
define('LDAP_BIND_TYPE', 'proxy');
define('LDAP_USERNAME', 'cn=kanboard,ou=services,dc=corp');
define('LDAP_PASSWORD', '{ctx.spw("ldap-bind-password", avoid=AV_SQ)}');
""")


def appsmith(ctx):
    ctx.add("tools/appsmith/docker.env", f"""APPSMITH_ENCRYPTION_PASSWORD={ctx.sgen("encryption-key", "alnum", 24)}
APPSMITH_ENCRYPTION_SALT={ctx.sgen("password-salt", "alnum", 24)}
APPSMITH_DB_URL=mongodb://appsmith:{ctx.spw(avoid=AV_URI)}@mongo.{ctx.suffix}:27017/appsmith?authSource=admin
APPSMITH_DISABLE_TELEMETRY=true
APPSMITH_MAIL_ENABLED=false
""")


def moonraker(ctx):
    ctx.add("lab/printer/moonraker.secrets", f"""[mqtt_credentials]
username: printer-{ctx.randint(1, 4)}
password: {ctx.spw(avoid=" ")}

[webcam_upload]
api_key: {ctx.sgen("api-key", "hex", 32)}
""")


KINDS = [
    ("tyk", tyk), ("wso2", wso2), ("zitadel", zitadel), ("simplesamlphp", simplesaml), ("acme-sh", acme_sh),
    ("certbot-ini", certbot_ini), ("apprise", apprise), ("watchtower", watchtower), ("ntfy", ntfy), ("gotify", gotify),
    ("vikunja", vikunja), ("n8n", n8n), ("nocodb", nocodb), ("immich", immich), ("firefly", firefly), ("snipe-it", snipeit),
    ("mautic", mautic), ("espocrm", espocrm), ("openproject", openproject), ("kimai", kimai), ("listmonk", listmonk),
    ("mailcow", mailcow), ("mailu", mailu), ("stalwart", stalwart), ("chatwoot", chatwoot), ("calcom", calcom),
    ("documenso", documenso), ("plausible", plausible), ("umami", umami), ("appwrite", appwrite),
    ("supabase-selfhost", supabase_selfhost), ("seaweedfs", seaweedfs), ("kanboard", kanboard), ("appsmith", appsmith),
    ("moonraker", moonraker, {"ebike-maker", "rocket-range", "ocean-observing"}),
]
