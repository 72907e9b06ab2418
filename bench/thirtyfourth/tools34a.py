"""Tool / config kinds, part 1: self-hosted web apps and media tools (17 kinds)."""

import prov34
from core34 import B62, B64URL, HEX, LOWER, DIGITS, N, PID, S, b64, rbytes, rhex, rs


def ys(v, cat, **meta):
    """A YAML secret scalar as parts: bare when it starts with a letter, else single-quoted."""
    lab = S(v, cat, **meta)
    return [lab] if v[:1].isascii() and v[:1].isalpha() else ["'", lab, "'"]


def fernet_key(c, r):
    return c.uniq(lambda: b64(rbytes(r, 32), url=True))


def k_frappe(c, r):
    site = "erp." + c.domain
    d = c.doc("frappe-bench/sites/%s/site_config.json" % site)
    dbname = "_" + rhex(r, 16)
    d.add("{")
    d.add(' "db_name": "', N(c.neg(dbname), "frappe-db-name"), '",')
    d.add(' "db_password": "', S(c.pw(r, safe="std"), "frappe-db-password"), '",')
    d.add(' "db_type": "mariadb",')
    d.add(' "encryption_key": "', S(fernet_key(c, r), "frappe-encryption-key"), '",')
    d.add(' "host_name": "https://%s",' % site)
    d.add(' "maintenance_mode": 0,')
    d.add(' "pause_scheduler": 0')
    d.add("}")
    d2 = c.doc("frappe-bench/sites/common_site_config.json")
    d2.add("{")
    d2.add(' "background_workers": 1,')
    d2.add(' "default_site": "%s",' % site)
    d2.add(' "file_watcher_port": 6787,')
    d2.add(' "frappe_user": "frappe",')
    if r.random() < 0.5:
        d2.add(' "mail_login": "erp@%s",' % c.domain)
        d2.add(' "mail_password": "', S(c.pw(r), "frappe-mail-password"), '",')
    else:
        d2.add(' "mail_login": "erp@%s",' % c.domain)
        d2.add(' "mail_password": "', N(c.neg("<set with bench set-config>"), "placeholder"), '",')
    d2.add(' "mail_server": "smtp.%s",' % c.domain)
    d2.add(' "redis_cache": "redis://127.0.0.1:13000",')
    d2.add(' "redis_queue": "redis://127.0.0.1:11000",')
    d2.add(' "redis_socketio": "redis://127.0.0.1:13000",')
    d2.add(' "restart_supervisor_on_update": false,')
    d2.add(' "serve_default_site": true,')
    d2.add(' "socketio_port": 9000,')
    d2.add(' "webserver_port": 8000')
    d2.add("}")


def k_pretix(c, r):
    d = c.doc("pretix/etc/pretix.cfg")
    d.text("[pretix]\ninstance_name=%s tickets\nurl=https://tickets.%s\ncurrency=%s\ndatadir=/var/pretix/data\n"
           "trust_x_forwarded_for=on\ntrust_x_forwarded_proto=on\n\n[database]\nbackend=postgresql\nname=pretix\n"
           "user=pretix" % (c.org, c.domain, c.T["cur"]))
    d.add("password=", S(c.pw(r, safe="std"), "pretix-db-password"))
    d.text("host=localhost\n\n[mail]\nfrom=tickets@%s\nhost=smtp.%s\nuser=tickets@%s" % (c.domain, c.domain, c.domain))
    d.add("password=", S(c.pw(r), "pretix-mail-password"))
    d.text("port=587\ntls=on\n\n[redis]\nlocation=redis://127.0.0.1/0\nsessions=true\n\n[celery]\n"
           "backend=redis://127.0.0.1/1\nbroker=redis://127.0.0.1/2\n\n[metrics]\nenabled=true\nuser=metrics")
    if r.random() < 0.5:
        d.add("passphrase=", S(c.pw(r, style="phrase"), "pretix-metrics-passphrase"))
    else:
        d.add(";passphrase=", N(c.neg("<choose one>"), "placeholder"))
    d.add("")
    d.add("[django]")
    d.add("secret=", S(c.rnd(r, 50, B62 + "!@^*-_=+"), "pretix-django-secret"))
    d.add("debug=off")


def k_indico(c, r):
    d = c.doc("indico/etc/indico.conf")
    d.add("# General settings")
    d.add("SQLALCHEMY_DATABASE_URI = 'postgresql://indico:", S(c.pw(r, safe="uri"), "indico-db-password"),
          "@localhost/indico'")
    d.add("SECRET_KEY = '", S(c.rnd(r, 64, B62), "indico-secret-key"), "'")
    d.add("BASE_URL = 'https://events.%s'" % c.domain)
    d.add("CELERY_BROKER = 'redis://127.0.0.1:6379/0'")
    d.add("REDIS_CACHE_URL = 'redis://127.0.0.1:6379/1'")
    d.add("DEFAULT_TIMEZONE = '%s'" % c.T["tz"])
    d.add("DEFAULT_LOCALE = 'en_GB'")
    d.add("ENABLE_ROOMBOOKING = False")
    d.add("CACHE_DIR = '/opt/indico/cache'")
    d.add("TEMP_DIR = '/opt/indico/tmp'")
    d.add("LOG_DIR = '/opt/indico/log'")
    d.add("STORAGE_BACKENDS = {'default': 'fs:/opt/indico/archive'}")
    d.add("ATTACHMENT_STORAGE = 'default'")
    d.add("")
    d.add("# Email settings")
    d.add("SMTP_SERVER = ('smtp.%s', 587)" % c.domain)
    d.add("SMTP_USE_TLS = True")
    d.add("SMTP_LOGIN = 'events@%s'" % c.domain)
    d.add("SMTP_PASSWORD = '", S(c.pw(r), "indico-smtp-password"), "'")
    d.add("SUPPORT_EMAIL = 'events@%s'" % c.domain)
    d.add("NO_REPLY_EMAIL = 'noreply@%s'" % c.domain)
    d.add("SENTRY_DSN = '", N(c.neg(prov34.public_value(r, "sentry-dsn")), "public-sentry-dsn"), "'")


def k_typebot(c, r):
    d = c.doc("typebot/.env")
    d.add("ENCRYPTION_SECRET=", S(c.rnd(r, 32, B62), "typebot-encryption-secret"))
    d.add("DATABASE_URL=postgresql://postgres:", S(c.pw(r, safe="uri"), "typebot-db-password"),
          "@typebot-db:5432/typebot")
    d.add("NEXTAUTH_URL=https://bots.%s" % c.domain)
    d.add("NEXT_PUBLIC_VIEWER_URL=https://chat.%s" % c.domain)
    d.add("ADMIN_EMAIL=%s" % c.people[0].email)
    d.add("DISABLE_SIGNUP=true")
    d.add("")
    d.add("SMTP_HOST=smtp.%s" % c.domain)
    d.add("SMTP_PORT=587")
    d.add("SMTP_USERNAME=bots@%s" % c.domain)
    d.add("SMTP_PASSWORD=", S(c.pw(r, safe="shell"), "typebot-smtp-password"))
    d.add("NEXT_PUBLIC_SMTP_FROM='Typebot <bots@%s>'" % c.domain)
    d.add("")
    d.add("GITHUB_CLIENT_ID=", N(c.neg("Iv1." + rhex(r, 16)), "oauth-client-id"))
    if r.random() < 0.6:
        d.add("GITHUB_CLIENT_SECRET=", S(c.hexs(r, 40), "typebot-github-client-secret"))
    else:
        d.add("GITHUB_CLIENT_SECRET=", N(c.neg("${GITHUB_CLIENT_SECRET}"), "env-reference"))
    d.add("S3_ACCESS_KEY=")
    d.add("S3_SECRET_KEY=")


def k_formbricks(c, r):
    d = c.doc("formbricks/.env")
    d.add("WEBAPP_URL=https://forms.%s" % c.domain)
    d.add("NEXTAUTH_URL=https://forms.%s" % c.domain)
    d.add("DATABASE_URL='postgresql://postgres:", S(c.pw(r, safe="uri"), "formbricks-db-password"),
          "@postgres:5432/formbricks?schema=public'")
    d.add("# generate each of the three below with: openssl rand -hex 32")
    d.add("NEXTAUTH_SECRET=", S(c.hexs(r, 64), "formbricks-nextauth-secret"))
    d.add("ENCRYPTION_KEY=", S(c.hexs(r, 64), "formbricks-encryption-key"))
    if r.random() < 0.5:
        d.add("CRON_SECRET=", S(c.hexs(r, 64), "formbricks-cron-secret"))
    else:
        d.add("CRON_SECRET=", N(c.neg("<openssl rand -hex 32>"), "placeholder"))
    d.add("MAIL_FROM=forms@%s" % c.domain)
    d.add("SMTP_HOST=smtp.%s" % c.domain)
    d.add("SMTP_PORT=465")
    d.add("SMTP_SECURE_ENABLED=1")
    d.add("REDIS_URL=redis://redis:6379")
    d.add("NEXT_PUBLIC_TURNSTILE_SITE_KEY=", N(c.neg(prov34.public_value(r, "turnstile-site")), "public-site-key"))


def k_koel(c, r):
    d = c.doc("koel/.env")
    d.add("APP_NAME=Koel")
    d.add("APP_ENV=production")
    d.add("APP_KEY=base64:", S(c.uniq(lambda: b64(rbytes(r, 32))), "koel-app-key"))
    d.add("APP_URL=https://music.%s" % c.domain)
    d.add("DB_CONNECTION=mysql")
    d.add("DB_HOST=127.0.0.1")
    d.add("DB_PORT=3306")
    d.add("DB_DATABASE=koel")
    d.add("DB_USERNAME=koel")
    d.add("DB_PASSWORD=", S(c.pw(r, safe="shell"), "koel-db-password"))
    d.add("MEDIA_PATH=/srv/music")
    d.add("STREAMING_METHOD=x-sendfile")
    d.add("")
    d.add("LASTFM_API_KEY=", PID(rhex(r, 32)))
    d.add("LASTFM_API_SECRET=", S(c.hexs(r, 32), "lastfm-api-secret", pair=True))
    if r.random() < 0.5:
        d.add("SPOTIFY_CLIENT_ID=", PID(rhex(r, 32)))
        d.add("SPOTIFY_CLIENT_SECRET=", S(c.hexs(r, 32), "spotify-client-secret", pair=True))
    d.add("YOUTUBE_API_KEY=", N(c.neg("your-youtube-api-key"), "placeholder"))


def k_ocis(c, r):
    d = c.doc("ocis/config/ocis.yaml")
    d.add("token_manager:")
    d.add("  jwt_secret: ", *ys(c.rnd(r, 32, B62 + "-.=^"), "ocis-jwt-secret"))
    d.add("machine_auth_api_key: ", *ys(c.rnd(r, 32, B62 + "-.=^"), "ocis-machine-auth-key"))
    d.add("system_user_id: ", N(c.neg(prov34.uuid(r)), "uuid"))
    d.add("admin_user_id: ", N(c.neg(prov34.uuid(r)), "uuid"))
    d.add("idm:")
    d.add("  service_user_passwords:")
    d.add("    admin_password: ", *ys(c.pw(r, style="strong", safe="alnum"), "ocis-admin-password"))
    d.add("    idm_password: ", *ys(c.rnd(r, 32, B62), "ocis-idm-password"))
    d.add("proxy:")
    d.add("  oidc:")
    d.add("    issuer: https://cloud.%s" % c.domain)
    d.add("  insecure_backends: false")


def k_kasm(c, r):
    d = c.doc("kasm/conf/app/api.app.config.yaml")
    d.add("database:")
    d.add("  host: kasm_db")
    d.add("  name: kasm")
    d.add("  password: ", *ys(c.rnd(r, 20, B62), "kasm-db-password"))
    d.add("  port: 5432")
    d.add("  ssl: true")
    d.add("  type: postgres")
    d.add("  username: kasmapp")
    d.add("redis:")
    d.add("  host: kasm_redis")
    d.add("  port: 6379")
    d.add("  redis_password: ", *ys(c.rnd(r, 20, B62), "kasm-redis-password"))
    d.add("manager:")
    d.add("  token: ", *ys(c.rnd(r, 20, B62), "kasm-manager-token"))
    d.add("server:")
    d.add("  zone_name: default")
    d.add("  zone_id: ", N(c.neg(prov34.uuid(r)), "uuid"))
    d.add("  hostname: kasm.%s" % c.domain)


def k_collabora(c, r):
    d = c.doc("collabora/coolwsd.xml")
    d.add('<config>')
    d.add('  <admin_console desc="Web admin console settings.">')
    d.add('    <enable desc="Enable the admin console functionality" type="bool" default="true">true</enable>')
    d.add('    <enable_pam desc="Enable admin user authentication with PAM" type="bool" default="false">false</enable_pam>')
    d.add('    <username desc="The username of the admin console. Ignored if PAM is enabled.">admin</username>')
    if r.random() < 0.5:
        d.add('    <password desc="The password of the admin console. Deprecated on most platforms.">',
              S(c.pw(r, safe="xml"), "collabora-admin-password"), '</password>')
    else:
        h = "pbkdf2.sha512.10000.%s.%s" % (rhex(r, 32), rhex(r, 128))
        d.add('    <secure_password desc="Salt and password hash combination generated by coolconfig">',
              N(c.neg(h), "hash-pbkdf2"), '</secure_password>')
    d.add('  </admin_console>')
    d.add('  <ssl desc="SSL settings">')
    d.add('    <enable type="bool" desc="Controls whether SSL encryption between coolwsd and the network is enabled" default="true">false</enable>')
    d.add('    <termination desc="Connection via proxy where coolwsd acts as working via https" type="bool" default="false">true</termination>')
    d.add('  </ssl>')
    d.add('</config>')
    d2 = c.doc("collabora/compose.yaml")
    d2.add("services:")
    d2.add("  code:")
    d2.add("    image: collabora/code:24.04.12.2.1")
    d2.add("    environment:")
    d2.add("      - aliasgroup1=https://cloud.%s:443" % c.domain)
    d2.add("      - username=admin")
    d2.add("      - password=", S(c.pw(r, safe="uri"), "collabora-admin-password"))
    d2.add("      - extra_params=--o:ssl.enable=false --o:ssl.termination=true")
    d2.add("    ports:")
    d2.add('      - "9980:9980"')


def k_davical(c, r):
    d = c.doc("davical/etc/config.php")
    d.add("<?php")
    d.add("  $c->domain_name = 'cal.%s';" % c.domain)
    d.add("  $c->system_name = '%s calendars';" % c.org)
    d.add("  $c->admin_email = 'cal@%s';" % c.domain)
    d.add("  $c->restrict_setup_to_admin = true;")
    d.add('  $c->pg_connect[] = "dbname=davical port=5432 user=davical_app password=',
          S(c.pw(r, safe="uri"), "davical-db-password"), ' host=db";')
    d.add("")
    d.add("  include('drivers_ldap.php');")
    d.add("  $c->authenticate_hook['call'] = 'LDAP_check';")
    d.add("  $c->authenticate_hook['config'] = array(")
    d.add("      'host' => 'ldap.int.%s'," % c.domain)
    d.add("      'port' => '389',")
    d.add("      'bindDN' => 'cn=davical,ou=services,dc=%s,dc=%s'," % (c.slug, c.domain.split(".")[-1]))
    if r.random() < 0.6:
        d.add("      'passDN' => '", S(c.pw(r), "davical-ldap-bind-password"), "',")
    else:
        d.add("      'passDN' => '", N(c.neg(prov34.masked(r)), "masked"), "', // real one in the vault")
    d.add("      'baseDNUsers' => 'ou=people,dc=%s,dc=%s'," % (c.slug, c.domain.split(".")[-1]))
    d.add("      'filterUsers' => 'objectClass=inetOrgPerson',")
    d.add("  );")


def k_mahara(c, r):
    d = c.doc("mahara/htdocs/config.php")
    d.add("<?php")
    d.add("$cfg = new stdClass();")
    d.add("$cfg->dbtype   = 'postgres';")
    d.add("$cfg->dbhost   = 'localhost';")
    d.add("$cfg->dbport   = null;")
    d.add("$cfg->dbname   = 'mahara';")
    d.add("$cfg->dbuser   = 'mahara';")
    d.add("$cfg->dbpass   = '", S(c.pw(r), "mahara-db-password"), "';")
    d.add("$cfg->dataroot = '/var/lib/maharadata';")
    d.add("$cfg->wwwroot  = 'https://portfolio.%s/';" % c.domain)
    if r.random() < 0.5:
        d.add("$cfg->urlsecret = '", N(c.neg("mysupersecret"), "documented-default",
                                        cite="Mahara config-dist.php default urlsecret (from memory)"), "';")
    else:
        d.add("$cfg->urlsecret = '", S(c.rnd(r, 24, B62), "mahara-urlsecret"), "';")
    d.add("$cfg->passwordsaltmain = '", S(c.rnd(r, 40, B62 + "!@^*-_=+.~"), "mahara-password-salt"), "';")
    d.add("$cfg->sendemail = true;")
    d.add("$cfg->smtphosts = 'smtp.%s';" % c.domain)
    d.add("$cfg->smtpuser = 'portfolio@%s';" % c.domain)
    d.add("$cfg->smtppass = '", S(c.pw(r), "mahara-smtp-password"), "';")
    d.add("$cfg->smtpsecure = 'tls';")


def k_kolibri(c, r):
    d = c.doc("kolibri/.kolibri/options.ini", crlf=r.random() < 0.4)
    d.add("[Database]")
    d.add("DATABASE_ENGINE = postgres")
    d.add("DATABASE_NAME = kolibri")
    d.add("DATABASE_PASSWORD = ", S(c.pw(r, safe="std"), "kolibri-db-password"))
    d.add("DATABASE_USER = kolibri")
    d.add("DATABASE_HOST = 127.0.0.1")
    d.add("DATABASE_PORT = 5432")
    d.add("")
    d.add("[Server]")
    d.add("CHERRYPY_START = True")
    d.add("HTTP_PORT = 8080")
    d.add("")
    d.add("[Deployment]")
    d.add("LANGUAGES = en,fr-fr")
    d2 = c.doc("kolibri/provision.sh")
    d2.add("#!/bin/sh")
    d2.add("# one-off provisioning of the learning server")
    d2.add("kolibri manage provisiondevice \\")
    d2.add('  --facility "%s" \\' % c.org)
    d2.add("  --preset formal \\")
    d2.add("  --superusername %s \\" % c.people[1].handle.replace(".", "_"))
    d2.add("  --superuserpassword '", S(c.pw(r), "kolibri-superuser-password"), "' \\")
    d2.add("  --language_id en --noinput")
    d2.add("# facility id after provisioning: ", N(c.neg(rhex(r, 32)), "object-id"))


def k_tinode(c, r):
    d = c.doc("tinode/tinode.conf")
    d.add("// Tinode server configuration (JSON with comments)")
    d.add("{")
    d.add('  "listen": ":6060",')
    d.add('  "api_path": "/",')
    d.add('  "cache_control": 39600,')
    d.add('  "api_key_salt": "', S(c.uniq(lambda: b64(rbytes(r, 32))), "tinode-api-key-salt"), '",')
    d.add('  "max_message_size": 4194304,')
    d.add('  "store_config": {')
    d.add('    "uid_key": "', S(c.uniq(lambda: b64(rbytes(r, 16))), "tinode-uid-key"), '",')
    d.add('    "use_adapter": "mysql",')
    d.add('    "adapters": {')
    d.add('      "mysql": {')
    d.add('        "dsn": "tinode:', S(c.pw(r, safe="uri"), "tinode-db-password"),
          '@tcp(localhost)/tinode?parseTime=true&collation=utf8mb4_unicode_ci",')
    d.add('        "database": "tinode"')
    d.add('      }')
    d.add('    }')
    d.add('  },')
    d.add('  "auth_config": {')
    d.add('    "token": {')
    d.add('      "expire_in": 1209600,')
    d.add('      "serial_num": 1,')
    d.add('      "key": "', S(c.uniq(lambda: b64(rbytes(r, 32))), "tinode-token-key"), '"')
    d.add('    }')
    d.add('  }')
    d.add("}")
    d2 = c.doc("tinode/webapp/config.js")
    d2.add("// API key of the web client; Tinode API keys identify the client app and are not secret.")
    d2.add("export const API_KEY = '", N(c.neg("AQEAAAABAAD_rAp4DJh05a1HAwFT3A6K"), "documented-default",
                                      cite="Tinode default client API key (documented as not a security measure; from memory)"),
           "';")
    d2.add("export const HOST = 'chat.%s';" % c.domain)
    d2.add("export const SECURE = true;")


def k_slskd(c, r):
    d = c.doc("slskd/slskd.yml")
    d.add("directories:")
    d.add("  downloads: /data/downloads")
    d.add("  incomplete: /data/incomplete")
    d.add("soulseek:")
    d.add("  username: %s" % c.slug[:14])
    d.add("  password: ", *ys(c.pw(r, safe="std"), "slskd-soulseek-password"))
    d.add("  listen_port: 50300")
    d.add("web:")
    d.add("  port: 5030")
    d.add("  authentication:")
    d.add("    disabled: false")
    d.add("    username: %s" % c.people[0].handle.split(".")[0])
    d.add("    password: ", *ys(c.pw(r, safe="std"), "slskd-web-password"))
    d.add("    # defaults are slskd / slskd, changed on install:")
    d.add("    # password: ", N(c.neg("slskd"), "documented-default", cite="slskd default web credentials"))
    d.add("    jwt:")
    d.add("      key: ", *ys(c.rnd(r, 48, B62), "slskd-jwt-key"))
    d.add("      ttl: 604800")
    d.add("    api_keys:")
    d.add("      homepage:")
    d.add("        key: ", *ys(c.rnd(r, 32, B62), "slskd-api-key"))
    d.add("        role: readonly")
    d.add("        cidr: 10.0.0.0/8")


def k_etebase(c, r):
    d = c.doc("etebase/etebase-server.ini")
    d.add("[global]")
    d.add("secret_file = ", N(c.neg("/etc/etebase-server/secret.txt"), "secret-file-path"))
    d.add("debug = false")
    d.add("static_root = /srv/http/etebase_server/static")
    d.add("media_root = /var/lib/etebase-server/media")
    d.add("")
    d.add("[allowed_hosts]")
    d.add("allowed_host1 = sync.%s" % c.domain)
    d.add("")
    d.add("[database]")
    d.add("engine = django.db.backends.postgresql")
    d.add("name = etebase")
    d.add("user = etebase")
    d.add("password = ", S(c.pw(r, safe="std"), "etebase-db-password"))
    d.add("host = localhost")
    d.add("port = 5432")
    d2 = c.doc("etebase/secret.txt")
    d2.add(S(c.rnd(r, 50, B62 + "!@^*(-_=+)"), "etebase-django-secret"))


def k_arr(c, r):
    app, port = r.choice([("Lidarr", 8686), ("Readarr", 8787)])
    d = c.doc("%s/config.xml" % app.lower(), crlf=r.random() < 0.3)
    d.add("<Config>")
    d.add("  <BindAddress>*</BindAddress>")
    d.add("  <Port>%d</Port>" % port)
    d.add("  <SslPort>%d</SslPort>" % (port + 1000))
    d.add("  <EnableSsl>False</EnableSsl>")
    d.add("  <LaunchBrowser>True</LaunchBrowser>")
    d.add("  <ApiKey>", S(c.hexs(r, 32), app.lower() + "-api-key"), "</ApiKey>")
    d.add("  <AuthenticationMethod>Forms</AuthenticationMethod>")
    d.add("  <AuthenticationRequired>Enabled</AuthenticationRequired>")
    d.add("  <Branch>master</Branch>")
    d.add("  <LogLevel>info</LogLevel>")
    d.add("  <SslCertPath></SslCertPath>")
    d.add("  <SslCertPassword></SslCertPassword>")
    d.add("  <UrlBase></UrlBase>")
    d.add("  <InstanceName>%s</InstanceName>" % app)
    d.add("  <PostgresUser>%s</PostgresUser>" % app.lower())
    d.add("  <PostgresPassword>", S(c.pw(r, safe="xml"), app.lower() + "-postgres-password"), "</PostgresPassword>")
    d.add("  <PostgresPort>5432</PostgresPort>")
    d.add("  <PostgresHost>db</PostgresHost>")
    d.add("</Config>")
    d2 = c.doc("%s/backup-manifest.txt" % app.lower())
    d2.add("%s backup %s" % (app, "2025.06.02"))
    d2.add("files: config.xml %s.db logs.db" % app.lower())
    d2.add("sha256(%s.db) = " % app.lower(), N(c.neg(rhex(r, 64)), "checksum-sha256"))


def k_autobrr(c, r):
    d = c.doc("autobrr/config.toml")
    d.add("# config.toml")
    d.add('host = "0.0.0.0"')
    d.add("port = 7474")
    d.add('logLevel = "INFO"')
    d.add('logPath = "/config/logs/autobrr.log"')
    d.add("checkForUpdates = true")
    d.add("# the example file ships with:")
    d.add('# sessionSecret = "', N(c.neg("secret-session-key"), "documented-default",
                                     cite="autobrr config.toml example sessionSecret (from memory)"), '"')
    d.add('sessionSecret = "', S(c.rnd(r, 16, B62), "autobrr-session-secret"), '"')
    d.add('databaseType = "postgres"')
    d.add('postgresHost = "db"')
    d.add("postgresPort = 5432")
    d.add('postgresDatabase = "autobrr"')
    d.add('postgresUser = "autobrr"')
    d.add('postgresPass = "', S(c.pw(r), "autobrr-postgres-password"), '"')


KINDS_A = {
    "frappe": k_frappe, "pretix": k_pretix, "indico": k_indico, "typebot": k_typebot, "formbricks": k_formbricks,
    "koel": k_koel, "ocis": k_ocis, "kasm": k_kasm, "collabora": k_collabora, "davical": k_davical,
    "mahara": k_mahara, "kolibri": k_kolibri, "tinode": k_tinode, "slskd": k_slskd, "etebase": k_etebase,
    "lidarr-readarr": k_arr, "autobrr": k_autobrr,
}
