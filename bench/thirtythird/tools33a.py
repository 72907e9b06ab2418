"""Tool / config kinds: self-hosted web apps (17)."""

from core33 import N, PID, S
import prov33


def k_copyparty(c, r):
    d = c.doc("files/copyparty.conf")
    d("# copyparty config for %s" % c.org)
    d("[global]")
    d("  e2dsa  # index all files")
    d("  e2ts   # and their tags")
    d("  i: 0.0.0.0")
    d("  p: 3923")
    d("  name: %s-files" % c.slug)
    d("")
    d("[accounts]")
    for handle in [c.people[0][1], c.people[1][1]]:
        d("  %s: " % handle, S(c.pw(r), "copyparty-account-password"))
    d("  #guest: ", N("changeme", "placeholder"), "   (from the example, never enabled)")
    d("")
    d("[/]")
    d("  /srv/pub")
    d("  accs:")
    d("    r: *")
    d("    rw: %s" % c.people[0][1])
    d("")
    d("[/office]")
    d("  /srv/office")
    d("  accs:")
    d("    rwmd: %s, %s" % (c.people[0][1], c.people[1][1]))
    return [d]


def k_ghostfolio(c, r):
    d = c.doc("ghostfolio/.env")
    d("COMPOSE_PROJECT_NAME=ghostfolio")
    d("")
    d("# CACHE")
    d("REDIS_HOST=redis")
    d("REDIS_PORT=6379")
    if r.chance(0.5):
        d("REDIS_PASSWORD=", S(c.pw(r, safe=True), "redis-password"))
    else:
        d("REDIS_PASSWORD=")
    d("")
    d("# POSTGRES")
    d("POSTGRES_DB=ghostfolio-db")
    d("POSTGRES_USER=user")
    d("POSTGRES_PASSWORD=", S(c.pw(r, safe=True), "database-password"))
    d("")
    d("# VARIOUS")
    d("ACCESS_TOKEN_SALT=", S(c.alnum(r, 32), "access-token-salt"))
    d("DATABASE_URL=postgresql://${POSTGRES_USER}:", N("${POSTGRES_PASSWORD}", "env-reference"),
      "@postgres:5432/${POSTGRES_DB}?connect_timeout=300&sslmode=prefer")
    d("JWT_SECRET_KEY=", S(c.hexsecret(r, 64), "jwt-secret"))
    return [d]


def k_karakeep(c, r):
    d = c.doc("karakeep/.env")
    d("KARAKEEP_VERSION=release")
    d("NEXTAUTH_SECRET=", S(c.b64secret(r, 36), "nextauth-secret"))
    d("MEILI_MASTER_KEY=", S(c.b64secret(r, 36), "meilisearch-master-key"))
    d("NEXTAUTH_URL=https://bookmarks.%s" % c.domain)
    d("DATA_DIR=/data")
    if r.chance(0.5):
        d("OPENAI_API_KEY=", c.tok(r, "openai"))
    else:
        d("# OPENAI_API_KEY=", N("sk-proj-...", "placeholder"), "  (AI tagging switched off)")
    d("INFERENCE_LANG=english")
    return [d]


def k_kutt(c, r):
    d = c.doc("links/kutt.env")
    d("PORT=3000")
    d("SITE_NAME=%s links" % c.org)
    d("DEFAULT_DOMAIN=go.%s" % c.domain)
    d("JWT_SECRET=", S(c.alnum(r, 48), "jwt-secret"))
    d("DB_CLIENT=pg")
    d("DB_HOST=postgres")
    d("DB_NAME=kutt")
    d("DB_USER=kutt")
    d("DB_PASSWORD=", S(c.pw(r), "database-password"))
    d("REDIS_ENABLED=true")
    d("REDIS_HOST=redis")
    d("REDIS_PASSWORD=")
    d("MAIL_ENABLED=true")
    d("MAIL_HOST=smtp.%s" % c.domain)
    d("MAIL_PORT=587")
    d("MAIL_USER=links@%s" % c.domain)
    d("MAIL_PASSWORD=", S(c.pw(r), "smtp-password"))
    d("# previous MAIL_PASSWORD (before the move): ", N("*" * r.randrange(8, 13), "masked-value"))
    return [d]


def k_linkwarden(c, r):
    d = c.doc("linkwarden/.env")
    d("NEXTAUTH_URL=https://links.%s/api/v1/auth" % c.domain)
    d("NEXTAUTH_SECRET=", S(c.b64secret(r, 32), "nextauth-secret"))
    d("POSTGRES_PASSWORD=", S(c.pw(r, safe=True), "database-password"))
    d("DATABASE_URL=postgresql://postgres:", N("${POSTGRES_PASSWORD}", "env-reference"), "@postgres:5432/postgres")
    d("MEILI_MASTER_KEY=")
    d("NEXT_PUBLIC_DISABLE_REGISTRATION=true")
    return [d]


def k_piwigo(c, r):
    d = c.doc("gallery/local/config/database.inc.php")
    d("<?php")
    d("$conf['dblayer'] = 'mysqli';")
    d("$conf['db_base'] = 'piwigo';")
    d("$conf['db_user'] = 'piwigo';")
    d("$conf['db_password'] = '", S(c.pw(r), "database-password"), "';")
    d("$conf['db_host'] = 'localhost';")
    d("")
    d("$prefixeTable = 'piwigo_';")
    d("")
    d("define('PHPWG_INSTALLED', true);")
    d("define('PWG_CHARSET', 'utf-8');")
    d("define('DB_CHARSET', 'utf8');")
    d("define('DB_COLLATE', '');")
    d("?>")
    e = c.doc("gallery/local/config/config.inc.php")
    e("<?php")
    e("// local overrides for the %s gallery" % c.org)
    e("$conf['show_exif'] = false;")
    e("$conf['smtp_host'] = 'smtp.%s:587';" % c.domain)
    e("$conf['smtp_user'] = 'gallery@%s';" % c.domain)
    if r.chance(0.5):
        e("$conf['smtp_password'] = '", S(c.pw(r), "smtp-password"), "';")
    else:
        e("$conf['smtp_password'] = ", N("getenv('PIWIGO_SMTP_PASSWORD')", "env-reference"), ";")
    e("$conf['smtp_secure'] = 'tls';")
    e("?>")
    return [d, e]


def k_psitransfer(c, r):
    d = c.doc("transfer/config.production.js")
    d("module.exports = {")
    d("  \"port\": 3000,")
    d("  \"iface\": \"0.0.0.0\",")
    d("  \"adminPass\": \"", S(c.pw(r), "admin-password"), "\",")
    if r.chance(0.5):
        d("  \"uploadPass\": \"", S(c.pw(r), "upload-password"), "\",")
    else:
        d("  \"uploadPass\": ", N("process.env.PSITRANSFER_UPLOAD_PASS", "env-reference"), ",")
    d("  \"uploadDir\": \"/data\",")
    d("  \"retentions\": { \"one-time\": \"one time download\", \"3600\": \"1 Hour\", \"604800\": \"1 Week\" },")
    d("  \"defaultRetention\": \"604800\",")
    d("  \"maxFileSize\": 2147483648")
    d("};")
    return [d]


def k_snappymail(c, r):
    d = c.doc("webmail/data/_data_/_default_/configs/application.ini")
    d("[webmail]")
    d("title = \"%s Webmail\"" % c.org)
    d("language = \"en\"")
    d("")
    d("[security]")
    d("admin_login = \"admin\"")
    d("admin_password = \"", N(prov33.bcrypt(r, "2y", 10), "bcrypt-hash"), "\"")
    d("admin_totp = \"\"")
    d("force_https = On")
    d("")
    d("[contacts]")
    d("enable = On")
    d("type = \"pgsql\"")
    d("pdo_dsn = \"host=127.0.0.1;port=5432;dbname=snappymail\"")
    d("pdo_user = \"snappymail\"")
    d("pdo_password = \"", S(c.pw(r), "database-password"), "\"")
    d("")
    d("[plugins]")
    d("enable = On")
    return [d]


def k_tandoor(c, r):
    d = c.doc("recipes/.env")
    if r.chance(0.6):
        d("SECRET_KEY=", S(c.secret_of(r, lambda rr: rr.s("abcdefghijklmnopqrstuvwxyz0123456789!@%^*(-_=+)", 50)),
                           "django-secret-key"))
    else:
        d("SECRET_KEY_FILE=", N("/run/secrets/tandoor_secret_key", "secret-file-path"))
    d("TZ=Europe/Berlin")
    d("DB_ENGINE=django.db.backends.postgresql")
    d("POSTGRES_HOST=db_recipes")
    d("POSTGRES_DB=djangodb")
    d("POSTGRES_PORT=5432")
    d("POSTGRES_USER=djangouser")
    d("POSTGRES_PASSWORD=", S(c.pw(r), "database-password"))
    d("EMAIL_HOST=smtp.%s" % c.domain)
    d("EMAIL_PORT=587")
    d("EMAIL_HOST_USER=recipes@%s" % c.domain)
    if r.chance(0.5):
        d("EMAIL_HOST_PASSWORD=", S(c.pw(r), "smtp-password"))
    else:
        d("EMAIL_HOST_PASSWORD=", N("${TANDOOR_SMTP_PASSWORD}", "env-reference"))
    d("EMAIL_USE_TLS=1")
    d("ALLOWED_HOSTS=recipes.%s" % c.domain)
    return [d]


def k_homepage(c, r):
    d = c.doc("homepage/config/services.yaml")
    d("- Media:")
    d("    - Sonarr:")
    d("        icon: sonarr.png")
    d("        href: http://sonarr.%s" % c.idom)
    d("        widget:")
    d("          type: sonarr")
    d("          url: http://sonarr.%s:8989" % c.idom)
    d("          key: ", S(c.hexsecret(r, 32), "sonarr-api-key"))
    d("    - Radarr:")
    d("        icon: radarr.png")
    d("        href: http://radarr.%s" % c.idom)
    d("        widget:")
    d("          type: radarr")
    d("          url: http://radarr.%s:7878" % c.idom)
    d("          key: ", N("{{HOMEPAGE_VAR_RADARR_KEY}}", "env-reference"))
    d("- Downloads:")
    d("    - qBittorrent:")
    d("        icon: qbittorrent.png")
    d("        widget:")
    d("          type: qbittorrent")
    d("          url: http://%s:8080" % c.host("torrent"))
    d("          username: admin")
    d("          password: '", S(c.pw(r), "qbittorrent-password"), "'")
    return [d]


def k_kometa(c, r):
    d = c.doc("kometa/config/config.yml")
    d("libraries:")
    d("  Movies:")
    d("    collection_files:")
    d("      - default: basic")
    d("      - default: imdb")
    d("plex:")
    d("  url: http://%s:32400" % c.host("media"))
    d("  token: ", S(c.secret_of(r, lambda rr: rr.s(prov33.B64URL[:-2] + "_-", 20)), "plex-token"))
    d("  timeout: 60")
    d("  clean_bundles: false")
    d("tmdb:")
    d("  apikey: ", S(c.hexsecret(r, 32), "tmdb-api-key"))
    d("  language: en")
    d("trakt:")
    cid = r.hex(64)
    d("  client_id: ", PID(cid, "trakt"))
    d("  client_secret: ", It_pair(c.hexsecret(r, 64), "trakt-client-pair", "trakt"))
    d("  pin:")
    d("mdblist:")
    d("  apikey: ", N("################################", "placeholder"))
    d("  cache_expiration: 60")
    return [d]


def It_pair(value, category, pid):
    s = S(value, category)
    s.pid = pid
    return s


def k_recyclarr(c, r):
    d = c.doc("recyclarr/recyclarr.yml")
    d("sonarr:")
    d("  series:")
    d("    base_url: http://sonarr.%s:8989" % c.idom)
    d("    api_key: ", S(c.hexsecret(r, 32), "sonarr-api-key"))
    d("    quality_definition:")
    d("      type: series")
    d("radarr:")
    d("  movies:")
    d("    base_url: !secret radarr_url")
    d("    api_key: ", N("!secret radarr_apikey", "secret-reference"))
    d("    delete_old_custom_formats: true")
    e = c.doc("recyclarr/secrets.yml")
    e("radarr_url: http://radarr.%s:7878" % c.idom)
    if r.chance(0.5):
        e("radarr_apikey: ", S(c.hexsecret(r, 32), "radarr-api-key"))
    else:
        e("radarr_apikey: ", N("!env_var RADARR_API_KEY", "env-reference"))
    return [d, e]


def k_notifiarr(c, r):
    d = c.doc("notifiarr/notifiarr.conf")
    d("###############################################")
    d("# Notifiarr Client Example Configuration File #")
    d("###############################################")
    d("api_key = \"", S(c.uuid_secret(r), "notifiarr-api-key"), "\"")
    d("# api_key = \"", N("api-key-from-notifiarr.com", "placeholder"), "\"")
    d("bind_addr = \"0.0.0.0:5454\"")
    d("quiet = false")
    d("urlbase = \"/\"")
    d("upstreams = [ \"127.0.0.1/32\", \"::1/128\" ]")
    d("")
    d("[[sonarr]]")
    d("  name = \"Sonarr\"")
    d("  url = \"http://sonarr.%s:8989\"" % c.idom)
    d("  api_key = \"", S(c.hexsecret(r, 32), "sonarr-api-key"), "\"")
    d("")
    d("[[lidarr]]")
    d("  name = \"Lidarr\"")
    d("  url = \"http://lidarr.%s:8686\"" % c.idom)
    d("  api_key = \"\"")
    return [d]


def k_invoiceplane(c, r):
    d = c.doc("invoices/ipconfig.php")
    d("# <?php exit('No direct script access allowed'); ?>")
    d("IP_URL=https://invoices.%s" % c.domain)
    d("ENABLE_DEBUG=false")
    d("DISABLE_SETUP=true")
    d("REMOVE_INDEXPHP=true")
    d("")
    d("DB_HOSTNAME=localhost")
    d("DB_USERNAME=invoiceplane")
    d("DB_PASSWORD=", S(c.pw(r), "database-password"))
    d("DB_DATABASE=invoiceplane")
    d("DB_PORT=3306")
    d("")
    d("SESS_EXPIRATION=864000")
    d("ENCRYPTION_KEY=", S("base64:" + c.b64secret(r, 32), "encryption-key"))
    d("ENCRYPTION_CIPHER=AES-256")
    d("SETUP_COMPLETED=true")
    d("# staging copy uses DB_PASSWORD=", N("<set during setup>", "placeholder"))
    return [d]


def k_homarr(c, r):
    d = c.doc("homarr/.env")
    d("# generate with: openssl rand -hex 32")
    d("SECRET_ENCRYPTION_KEY=", S(c.hexsecret(r, 64), "encryption-key"))
    d("# SECRET_ENCRYPTION_KEY=", N("<generate with: openssl rand -hex 32>", "placeholder"))
    d("DB_DRIVER=mysql2")
    d("DB_DIALECT=mysql")
    d("DB_URL=mysql://homarr:", S(c.pw(r, safe=True), "database-password"), "@db:3306/homarr")
    d("AUTH_PROVIDERS=credentials")
    return [d]


def k_adminer(c, r):
    d = c.doc("adminer/index.php")
    d("<?php")
    d("function adminer_object() {")
    d("    include_once \"./plugins/plugin.php\";")
    d("    include_once \"./plugins/login-password-less.php\";")
    d("    include_once \"./plugins/login-servers.php\";")
    d("    $plugins = array(")
    d("        // read-only reporting login without the DB password")
    d("        new AdminerLoginPasswordLess(password_hash(\"", S(c.pw(r), "adminer-login-password"), "\", PASSWORD_DEFAULT)),")
    d("        // staging: new AdminerLoginPasswordLess('", N(prov33.bcrypt(r, "2y", 10), "bcrypt-hash"), "'),")
    d("        new AdminerLoginServers(array(")
    d("            \"orders\" => \"%s\"," % c.host("db"))
    d("        )),")
    d("    );")
    d("    return new AdminerPlugin($plugins);")
    d("}")
    d("include \"./adminer.php\";")
    return [d]


def k_goatcounter(c, r):
    d = c.doc("analytics/goatcounter.service")
    d("[Unit]")
    d("Description=GoatCounter web analytics")
    d("After=postgresql.service")
    d("")
    d("[Service]")
    d("User=goatcounter")
    d("ExecStart=/usr/local/bin/goatcounter serve \\")
    d("    -listen :8081 -tls proxy \\")
    d("    -db 'postgresql+host=/run/postgresql dbname=goatcounter user=goatcounter password=",
      S(c.pw(r, safe=True), "database-password"), "' \\")
    d("    -smtp 'smtp://stats%%40%s:" % c.domain, S(c.pw(r, safe=True), "smtp-password"), "@smtp.%s:587'" % c.domain)
    d("# import script token: ", c.neg_ref(r, "goatcounter"))
    d("Restart=on-failure")
    d("")
    d("[Install]")
    d("WantedBy=multi-user.target")
    return [d]


KINDS = {
    "homarr": k_homarr, "adminer": k_adminer, "goatcounter": k_goatcounter, "copyparty": k_copyparty, "ghostfolio": k_ghostfolio, "karakeep": k_karakeep,
    "kutt": k_kutt, "linkwarden": k_linkwarden, "piwigo": k_piwigo, "psitransfer": k_psitransfer,
    "snappymail": k_snappymail, "tandoor": k_tandoor, "homepage": k_homepage, "kometa": k_kometa,
    "recyclarr": k_recyclarr, "notifiarr": k_notifiarr, "invoiceplane": k_invoiceplane,
}
