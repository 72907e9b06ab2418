"""Tool kinds 1-14: self-hosted web apps.  Each kind(ctx, r) returns a list of Docs (paths relative to the theme)."""
from core35 import ALNUM, HEX, V, Doc, b64, rbytes, rs
import prov35


def shiori(c, r):
    d = Doc("bookmarks/shiori.env")
    pw = c.uri_pw(r)
    d.add("# Shiori bookmark manager (%s)" % c.org, "SHIORI_DIR=/srv/shiori", "SHIORI_HTTP_PORT=8080")
    d.sec(V("SHIORI_HTTP_SECRET_KEY="), c.alnum(r, 40), "shiori-secret-key")
    d.sec(V("SHIORI_DATABASE_URL=postgres://shiori:", "@db:5432/shiori?sslmode=disable"), pw, "password-uri")
    d.neg(V("SHIORI_HTTP_ROOT_PATH=/shiori/  # build ", ""), prov35.hashval(r, "git")[1], "commit-sha")
    if r.random() < 0.5:
        d.neg(V("# admin password: set it with  shiori account add admin --password ", ""), "<choose-one>",
              "placeholder")
    return [d]


def lychee(c, r):
    d = Doc("photos/lychee/.env")
    d.add("APP_NAME=\"%s Photos\"" % c.org, "APP_ENV=production")
    d.sec(V("APP_KEY=base64:"), c.b64s(r, 32), "laravel-app-key")
    d.add("DB_CONNECTION=mysql", "DB_HOST=mariadb", "DB_DATABASE=lychee", "DB_USERNAME=lychee")
    d.sec(V("DB_PASSWORD="), c.password(r), "password-env")
    d.add("MAIL_MAILER=smtp", "MAIL_HOST=smtp.%s" % c.domain, "MAIL_USERNAME=photos@%s" % c.domain)
    if r.random() < 0.6:
        d.sec(V("MAIL_PASSWORD="), c.strong(r), "password-env")
    else:
        d.neg(V("MAIL_PASSWORD="), "${MAIL_PASSWORD}", "reference-env")
    d.neg(V("TRUSTED_PROXIES=\"*\"\nVUEJS_ID=", ""), prov35.hashval(r, "uuid")[1], "uuid")
    return [d]


def logto(c, r):
    d = Doc("auth/logto/docker-compose.yml")
    pw = c.uri_pw(r)
    d.add("services:", "  logto:", "    image: svhd/logto:1.24", "    environment:", "      - TRUST_PROXY_HEADER=1")
    d.sec(V("      - DB_URL=postgres://logto:", "@postgres:5432/logto"), pw, "password-uri")
    d.add("      - ENDPOINT=https://login.%s" % c.domain, "  postgres:", "    image: postgres:16-alpine",
          "    environment:", "      POSTGRES_USER: logto")
    d.neg(V("      POSTGRES_PASSWORD_FILE: ", ""), "/run/secrets/logto_db", "reference-file")
    e = Doc("auth/logto/m2m.env")
    e.add("LOGTO_ENDPOINT=https://login.%s" % c.domain)
    e.pair(V("LOGTO_M2M_APP_ID="), rs(r, 21, "abcdefghijklmnopqrstuvwxyz0123456789"), V("LOGTO_M2M_APP_SECRET="),
           c.alnum(r, 32), "logto-m2m-pair")
    return [d, e]


def rainloop(c, r):
    d = Doc("webmail/rainloop/_data_/_default_/configs/application.ini")
    d.add("[webmail]", "title = \"%s Webmail\"" % c.org, "", "[security]", "allow_admin_panel = On",
          "admin_login = \"admin\"")
    if r.random() < 0.6:
        d.sec(V("admin_password = \"", "\""), c.password(r), "rainloop-admin-password")
    else:
        d.neg(V("admin_password = \"", "\""), prov35.hashval(r, "bcrypt")[1], "hash-bcrypt")
    d.add("", "[contacts]", "enable = On", "type = \"mysql\"",
          "pdo_dsn = \"mysql:host=127.0.0.1;port=3306;dbname=rainloop\"", "pdo_user = \"rainloop\"")
    d.sec(V("pdo_password = \"", "\""), c.strong(r), "password-ini")
    d.add("", "[labs]", "use_imap_auth_plain = On")
    return [d]


def codimd(c, r):
    d = Doc("notes/codimd/config.json")
    d.add("{", "  \"production\": {", "    \"domain\": \"pad.%s\"," % c.domain, "    \"protocolUseSSL\": true,")
    d.sec(V("    \"sessionSecret\": \"", "\","), c.hexs(r, 64), "codimd-session-secret")
    d.sec(V("    \"dbURL\": \"postgres://codimd:", "@localhost:5432/codimd\","), c.uri_pw(r), "password-uri")
    d.add("    \"allowAnonymous\": false,", "    \"email\": true,")
    d.neg(V("    \"imageUploadType\": \"filesystem\",\n    \"sourceURL\": \"https://github.com/hackmdio/codimd/tree/",
            "\""), prov35.hashval(r, "git")[1], "commit-sha")
    d.add("  }", "}")
    return [d]


def penpot(c, r):
    d = Doc("design/penpot/config.env")
    d.add("PENPOT_PUBLIC_URI=https://design.%s" % c.domain, "PENPOT_FLAGS=enable-smtp disable-registration")
    d.sec(V("PENPOT_SECRET_KEY="), c.alnum(r, 64, ALNUM + "-_"), "penpot-secret-key")
    d.add("PENPOT_DATABASE_URI=postgresql://penpot-postgres/penpot", "PENPOT_DATABASE_USERNAME=penpot")
    d.sec(V("PENPOT_DATABASE_PASSWORD="), c.password(r), "password-env")
    d.add("PENPOT_SMTP_HOST=smtp.%s" % c.domain, "PENPOT_SMTP_USERNAME=design@%s" % c.domain)
    d.sec(V("PENPOT_SMTP_PASSWORD="), c.strong(r), "password-env")
    d.neg(V("PENPOT_TELEMETRY_ENABLED=false\n# image pinned to ", ""), prov35.hashval(r, "digest")[1], "image-digest")
    return [d]


def stirling(c, r):
    d = Doc("pdf/stirling/configs/settings.yml")
    d.add("security:", "  enableLogin: true", "  csrfDisabled: false", "  initialLogin:", "    username: admin")
    if r.random() < 0.7:
        d.sec(V("    password: '", "'"), c.password(r), "stirling-initial-password")
    else:
        d.neg(V("    password: '", "'"), "stirling", "doc-default", cite="Stirling-PDF docs: default login admin / stirling")
    d.add("system:", "  defaultLocale: en-GB", "  customStaticFilePath: /customFiles/static/")
    e = Doc("pdf/stirling/stirling.env")
    e.add("DOCKER_ENABLE_SECURITY=true", "SECURITY_ENABLELOGIN=true")
    e.sec(V("SECURITY_CUSTOMGLOBALAPIKEY="), c.alnum(r, 36), "stirling-api-key")
    e.neg(V("SECURITY_INITIALLOGIN_PASSWORD="), "${STIRLING_ADMIN_PASSWORD}", "reference-env")
    return [d, e]


def openwebui(c, r):
    d = Doc("ai/open-webui/.env")
    d.add("OLLAMA_BASE_URL=http://ollama:11434", "WEBUI_URL=https://chat.%s" % c.domain, "ENABLE_SIGNUP=false")
    d.sec(V("WEBUI_SECRET_KEY="), c.alnum(r, 32), "openwebui-secret-key")
    _, t = c.tok(r, r.choice(["openai", "groq", "openrouter", "anthropic"]))
    d.sec(V("OPENAI_API_KEY="), t, "provider-token")
    d.neg(V("# ollama model digest "), prov35.hashval(r, "digest")[1], "image-digest")
    return [d]


def flowise(c, r):
    d = Doc("ai/flowise/.env")
    d.add("PORT=3000", "FLOWISE_USERNAME=admin")
    d.sec(V("FLOWISE_PASSWORD="), c.password(r), "password-env")
    d.sec(V("FLOWISE_SECRETKEY_OVERWRITE="), c.alnum(r, 32), "flowise-encryption-key")
    d.add("DATABASE_TYPE=postgres", "DATABASE_HOST=db", "DATABASE_USER=flowise")
    d.sec(V("DATABASE_PASSWORD="), c.strong(r), "password-env")
    d.neg(V("APIKEY_PATH=", ""), "/root/.flowise", "reference-file")
    return [d]


def anythingllm(c, r):
    d = Doc("ai/anythingllm/.env")
    d.add("SERVER_PORT=3001", "STORAGE_DIR=\"/app/server/storage\"")
    d.sec(V("JWT_SECRET=\"", "\""), c.alnum(r, 48), "jwt-secret")
    d.sec(V("SIG_KEY='", "'"), c.alnum(r, 40), "anythingllm-sig-key")
    d.sec(V("SIG_SALT='", "'"), c.alnum(r, 32), "anythingllm-sig-salt")
    d.add("LLM_PROVIDER='ollama'", "OLLAMA_BASE_PATH='http://ollama:11434'")
    if r.random() < 0.5:
        d.sec(V("AUTH_TOKEN=\"", "\""), c.password(r), "anythingllm-auth-token")
    else:
        d.neg(V("# AUTH_TOKEN=\"", "\""), "<set-a-long-random-token>", "placeholder")
    return [d]


def nitter(c, r):
    d = Doc("social/nitter/nitter.conf")
    d.add("[Server]", "hostname = \"nitter.%s\"" % c.domain, "address = \"0.0.0.0\"", "port = 8080", "",
          "[Cache]", "redisHost = \"nitter-redis\"", "redisPort = 6379")
    d.sec(V("redisPassword = \"", "\""), c.strong(r), "password-ini")
    d.add("", "[Config]")
    d.sec(V("hmacKey = \"", "\""), c.alnum(r, 24), "nitter-hmac-key")
    d.add("base64Media = false")
    g = Doc("social/nitter/sessions.jsonl")
    for _ in range(2):
        g.sec(V("{\"oauth_token\":\"%d-%s\",\"oauth_token_secret\":\"" % (r.randrange(10 ** 17, 10 ** 18),
                                                                          rs(r, 31, ALNUM)), "\"}"),
              c.alnum(r, 45), "oauth-token-secret")
    return [d, g]


def ttrss(c, r):
    d = Doc("feeds/tt-rss/config.php")
    d.add("<?php", "\tputenv('TTRSS_DB_TYPE=pgsql');", "\tputenv('TTRSS_DB_HOST=db');",
          "\tputenv('TTRSS_DB_USER=ttrss');")
    d.sec(V("\tputenv('TTRSS_DB_PASS=", "');"), c.strong(r), "password-php")
    d.add("\tputenv('TTRSS_SELF_URL_PATH=https://feeds.%s/tt-rss/');" % c.domain)
    d.sec(V("\tputenv('TTRSS_SMTP_PASSWORD=", "');"), c.password(r), "password-php")
    d.neg(V("\t// plugin checksum "), prov35.hashval(r, "sha1")[1], "hash-sha1")
    return [d]


def kopano(c, r):
    d = Doc("groupware/kopano/server.cfg")
    d.add("# Kopano storage server", "server_name = kopano.%s" % c.domain, "database_engine = mysql",
          "mysql_host = localhost", "mysql_port = 3306", "mysql_user = kopano")
    d.sec(V("mysql_password = "), c.password(r), "password-cfg")
    d.add("mysql_database = kopano")
    d.neg(V("server_ssl_key_file = "), "/etc/kopano/ssl/server.pem", "reference-file")
    e = Doc("groupware/kopano/ldap.cfg")
    e.add("ldap_uri = ldaps://ldap.%s" % c.domain, "ldap_bind_user = cn=kopano,ou=svc,dc=%s" % c.domain.split(".")[0])
    e.sec(V("ldap_bind_passwd = "), c.strong(r), "password-cfg")
    return [d, e]


def gotenberg(c, r):
    d = Doc("pdf/gotenberg/compose.override.yaml")
    d.add("services:", "  gotenberg:", "    image: gotenberg/gotenberg:8", "    command:", "      - gotenberg",
          "      - --api-enable-basic-auth", "    environment:", "      GOTENBERG_API_BASIC_AUTH_USERNAME: pdf")
    d.sec(V("      GOTENBERG_API_BASIC_AUTH_PASSWORD: \"", "\""), c.password(r), "password-yaml")
    e = Doc("pdf/gotenberg/render.sh")
    user_pw = c.strong(r)
    basic = b64(("pdf:" + user_pw).encode())
    c.wrap_uniq(basic)
    e.add("#!/bin/sh", "set -eu")
    e.sec(V("curl -sf -H 'Authorization: Basic ", "' \\"), basic, "basic-auth-header", decoded="pdf:" + user_pw)
    e.add("  --form files=@index.html https://pdf.%s/forms/chromium/convert/html -o out.pdf" % c.domain)
    e.neg(V("# expected sha256 of out.pdf for the fixture: "), prov35.hashval(r, "sha256")[1], "hash-sha256")
    return [d, e]


KINDS = [("Shiori", shiori), ("Lychee", lychee), ("Logto", logto), ("RainLoop", rainloop), ("CodiMD", codimd),
         ("Penpot", penpot), ("Stirling-PDF", stirling), ("Open WebUI", openwebui), ("Flowise", flowise),
         ("AnythingLLM", anythingllm), ("Nitter", nitter), ("tt-rss", ttrss), ("Kopano", kopano),
         ("Gotenberg", gotenberg)]
_ = (HEX, rbytes)
