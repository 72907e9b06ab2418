"""Tool / config kinds 1-17: self-hosted web apps."""
import prov32
from core32 import ALNUM, B64URL, Doc, b64, b64u, bcrypt_like, jstr, rhex, rstr, sha256hex


def grocy(ctx, r):
    d = Doc("scripts/grocy_stock_sync.py")
    key = ctx.randkey(r, 50)
    d.add('"""Push the %s stock counts into Grocy every night."""' % ctx.sysname(r), "import os", "", "import requests", "",
          'GROCY_URL = "https://grocy.%s/api"' % ctx.domain)
    d.s('GROCY_API_KEY = "%s"' % key, key, "grocy-api-key")
    ref = 'os.environ.get("GROCY_WEBHOOK_TOKEN", "")'
    d.n("WEBHOOK_TOKEN = %s" % ref, ref, "env-reference")
    d.add('HEADERS = {"GROCY-API-KEY": GROCY_API_KEY, "Accept": "application/json"}', "", "",
          "def push(product_id, amount):",
          '    r = requests.post(f"{GROCY_URL}/stock/products/{product_id}/add", json={"amount": amount}, headers=HEADERS, timeout=20)',
          "    r.raise_for_status()", "    return r.json()")
    return [d]


def monica(ctx, r):
    d = Doc("crm/monica/.env")
    app = "base64:" + ctx.b64key(r, 32)
    pw = ctx.password(r, style="strong")
    d.add("APP_ENV=production", "APP_DEBUG=false")
    d.s("APP_KEY=%s" % app, app, "laravel-app-key")
    d.add("APP_URL=https://crm.%s" % ctx.domain, "DB_CONNECTION=mysql", "DB_HOST=%s" % ctx.host(r, "db"),
          "DB_DATABASE=monica", "DB_USERNAME=monica")
    d.s("DB_PASSWORD=%s" % pw, pw, "password")
    d.add("MAIL_MAILER=smtp", "MAIL_HOST=smtp.%s" % ctx.domain, "MAIL_PORT=587", "MAIL_USERNAME=crm@%s" % ctx.domain)
    ref = "${MONICA_MAIL_PASSWORD}"
    d.n("MAIL_PASSWORD=%s" % ref, ref, "env-reference")
    d.add("LOCATION_IQ_API_KEY=", "CACHE_DRIVER=redis", "QUEUE_CONNECTION=redis")
    return [d]


def radicale(ctx, r):
    c = Doc("dav/radicale/config")
    c.add("[server]", "hosts = 0.0.0.0:5232", "", "[auth]", "type = htpasswd", "htpasswd_filename = /etc/radicale/users",
          "# plain entries are still accepted while people move to bcrypt", "htpasswd_encryption = autodetect", "",
          "[storage]", "filesystem_folder = /var/lib/radicale/collections")
    u = Doc("dav/radicale/users")
    people = r.sample(ctx.people, 4)
    for i, p in enumerate(people):
        name = p[1].split(".")[0]
        if i in (1, 3):
            h = bcrypt_like(r, 10).replace("$2b$", "$2y$")
            u.n("%s:%s" % (name, h), h, "password-hash")
        else:
            pw = ctx.password(r, style=r.choice(["human", "weak", "year", "strong"]))
            u.s("%s:%s" % (name, pw), pw, "password")
    return [c, u]


def ampache(ctx, r):
    d = Doc("music/ampache/config/ampache.cfg.php")
    pw = ctx.password(r)
    sk = ctx.randkey(r, 32)
    d.add("config_version = 71", "", ";#########################################################",
          "; Database                                                #", ";#########################################################",
          'database_hostname = "%s"' % ctx.host(r, "db"), "database_port = 3306", 'database_name = "ampache"',
          'database_username = "ampache"')
    d.s('database_password = "%s"' % pw, pw, "password")
    d.add("", "; Cryptographic secret, used for session handling")
    d.s('secret_key = "%s"' % sk, sk, "app-secret-key")
    d.add("", "; Last.FM API key and secret (leave the placeholders to disable)", 'lastfm_api_key = ""')
    ph = "<your-lastfm-secret>"
    d.n('lastfm_api_secret = "%s"' % ph, ph, "placeholder")
    d.add('web_path = "/music"', "session_length = 3600")
    return [d]


def conduwuit(ctx, r):
    d = Doc("matrix/conduwuit.toml")
    tok = ctx.randkey(r, 32)
    turn = ctx.randkey(r, 40)
    d.add("[global]", 'server_name = "%s"' % ctx.domain, 'database_path = "/var/lib/conduwuit"', 'address = ["127.0.0.1"]',
          "port = 6167", "allow_registration = true")
    d.s('registration_token = "%s"' % tok, tok, "registration-token")
    ref = "/run/secrets/conduwuit_emergency"
    d.n('# emergency_password is read from "%s" in production' % ref, ref, "secret-file-reference")
    d.add('turn_uris = ["turn:turn.%s?transport=udp", "turn:turn.%s?transport=tcp"]' % (ctx.domain, ctx.domain))
    d.s('turn_secret = "%s"' % turn, turn, "turn-shared-secret")
    d.add('trusted_servers = ["matrix.org"]')
    return [d]


def inspircd(ctx, r):
    d = Doc("irc/inspircd/inspircd.conf")
    oper = ctx.password(r, style=r.choice(["strong", "leet"]))
    send = ctx.randkey(r, 24)
    d.add('<server name="irc.%s" description="%s chat" network="%sNet">' % (ctx.domain, ctx.org, ctx.short.title()),
          '<module name="password_hash">', '<module name="bcrypt">', "",
          '<oper name="%s"' % ctx.handle(r).split(".")[0], '      host="*@10.*"')
    d.s('      password="%s"' % oper, oper, "irc-oper-password")
    d.add('      hash="plaintext"', '      type="NetAdmin">', "", '<oper name="backup"', '      host="*@10.*"')
    h = bcrypt_like(r, 10).replace("$2b$", "$2a$")
    d.n('      password="%s"' % h, h, "password-hash")
    d.add('      hash="bcrypt"', '      type="GlobalOp">', "", '<link name="services.%s"' % ctx.domain,
          '      ipaddr="%s"' % ctx.ip(r), '      port="7000"')
    d.s('      sendpass="%s"' % send, send, "irc-link-password")
    recv = ctx.randkey(r, 24)
    d.s('      recvpass="%s">' % recv, recv, "irc-link-password")
    return [d]


def unrealircd(ctx, r):
    d = Doc("irc/unrealircd/unrealircd.conf")
    link = ctx.password(r, style="strong")
    d.add('include "modules.default.conf";', "me {", '    name "irc.%s";' % ctx.domain, '    info "%s";' % ctx.org,
          '    sid "0%02d";' % r.randrange(10, 99), "}", "", "oper admin {", '    class opers;', '    mask *@10.*;')
    h = "$argon2id$v=19$m=6144,t=2,p=2$%s$%s" % (rstr(r, 22, ALNUM + "+/"), rstr(r, 43, ALNUM + "+/"))
    d.n('    password "%s";' % h, h, "password-hash")
    d.add('    operclass netadmin-with-override;', "}", "", "link services.%s {" % ctx.domain,
          "    incoming { mask %s; }" % ctx.ip(r))
    d.s('    password "%s";' % link, link, "irc-link-password")
    d.add("    class servers;", "}", "", "set {", '    network-name "%sNet";' % ctx.short.title(), "    cloak-keys {")
    k = ctx.randkey(r, 80)
    d.s('        "%s";' % k, k, "irc-cloak-key")
    d.add('        "%s";' % "and-another-key-you-must-change-before-starting-the-server-ABC123", "    }", "}")
    d.mark("negative", "and-another-key-you-must-change-before-starting-the-server-ABC123", "placeholder", back=3)
    return [d]


def ergo(ctx, r):
    d = Doc("irc/ergo/ircd.yaml")
    pw = ctx.password(r)
    h = bcrypt_like(r, 4).replace("$2b$", "$2a$")
    d.add("network:", "    name: %sNet" % ctx.short.title(), "server:", "    name: irc.%s" % ctx.domain, "    listeners:",
          '        ":6697":', "            tls:", "                cert: /etc/ergo/fullchain.pem",
          "                key: /etc/ergo/privkey.pem", "opers:", "    admin:", "        class: server-admin",
          "        whois-line: is the server administrator")
    d.n('        password: "%s"' % h, h, "password-hash")
    d.add("datastore:", "    path: ircd.db", "    mysql:", "        enabled: true", "        host: %s" % ctx.host(r, "db"),
          "        port: 3306", "        user: ergo")
    d.s('        password: "%s"' % pw, pw, "password")
    d.add("        history-database: ergo_history", "        timeout: 3s")
    return [d]


def mybb(ctx, r):
    d = Doc("forum/mybb/inc/config.php")
    pw = ctx.password(r)
    pin = ctx.password(r, style=r.choice(["weak", "human"]))
    d.add("<?php", "/**", " * Database configuration", " */", "$config['database']['type'] = 'mysqli';",
          "$config['database']['database'] = 'mybb';", "$config['database']['table_prefix'] = 'mybb_';",
          "$config['database']['hostname'] = '%s';" % ctx.host(r, "db"), "$config['database']['username'] = 'mybb';")
    d.s("$config['database']['password'] = '%s';" % pw, pw, "password")
    d.add("", "$config['admin_dir'] = 'admin';", "$config['hide_admin_links'] = 0;", "$config['cache_store'] = 'db';",
          "", "/* ACP PIN, asked for after the admin password */")
    d.s("$config['secret_pin'] = '%s';" % pin, pin, "admin-pin")
    ref = "getenv('MYBB_READ_DB_PASSWORD')"
    d.n("$config['database']['read']['password'] = %s;" % ref, ref, "env-reference")
    return [d]


def mobilizon(ctx, r):
    d = Doc("events/mobilizon/config/runtime.exs")
    pw = ctx.password(r)
    skb = ctx.randkey(r, 64, ALNUM + "+/")
    d.add("import Config", "", "config :mobilizon, :instance,", '  name: "%s",' % ctx.org,
          '  hostname: "events.%s",' % ctx.domain, '  email_from: "noreply@%s"' % ctx.domain, "",
          "config :mobilizon, Mobilizon.Storage.Repo,", "  adapter: Ecto.Adapters.Postgres,", '  username: "mobilizon",')
    d.s('  password: "%s",' % pw, pw, "password")
    d.add('  database: "mobilizon_prod",', '  hostname: "%s"' % ctx.host(r, "db"), "",
          "config :mobilizon, Mobilizon.Web.Endpoint,")
    d.s('  secret_key_base: "%s"' % skb, skb, "phoenix-secret-key-base")
    d.add("", "config :mobilizon, Mobilizon.Web.Auth.Guardian,")
    ref = 'System.get_env("MOBILIZON_INSTANCE_SECRET_KEY")'
    d.n("  secret_key: %s" % ref, ref, "env-reference")
    return [d]


def _vapid(r):
    pub = b64u(b"\x04" + bytes(r.getrandbits(8) for _ in range(64)))
    return pub


def gancio(ctx, r):
    d = Doc("events/gancio/config.json")
    pw = ctx.password(r)
    smtp = ctx.password(r, style="strong")
    priv = ctx.uniq(lambda r: b64u(bytes(r.getrandbits(8) for _ in range(32))), r)
    pub = _vapid(r)
    d.add("{", '  "baseurl": "https://agenda.%s",' % ctx.domain, '  "hostname": "agenda.%s",' % ctx.domain,
          '  "server": {"host": "127.0.0.1", "port": 13120},', '  "db": {', '    "dialect": "postgres",',
          '    "host": "%s",' % ctx.host(r, "db"), '    "database": "gancio",', '    "username": "gancio",')
    d.s('    "password": %s' % jstr(pw), pw, "password")
    d.add("  },", '  "smtp": {', '    "host": "smtp.%s",' % ctx.domain, '    "port": 465,', '    "secure": true,',
          '    "auth": {', '      "user": "agenda@%s",' % ctx.domain)
    d.s('      "pass": %s' % jstr(smtp), smtp, "smtp-password")
    d.add("    }", "  },", '  "vapid": {')
    d.n('    "publicKey": "%s",' % pub, pub, "public-vapid-key")
    d.s('    "privateKey": "%s"' % priv, priv, "vapid-private-key")
    d.add("  }", "}")
    return [d]


def liferay(ctx, r):
    d = Doc("portal/liferay/portal-ext.properties")
    pw = ctx.password(r)
    smtp = ctx.password(r, style=r.choice(["human", "strong"]))
    d.add("## %s intranet" % ctx.org, "jdbc.default.driverClassName=org.postgresql.Driver",
          "jdbc.default.url=jdbc:postgresql://%s:5432/lportal" % ctx.host(r, "db"), "jdbc.default.username=liferay")
    d.s("jdbc.default.password=%s" % pw, pw, "password")
    d.add("", "jdbc.read.url=jdbc:postgresql://%s:5432/lportal" % ctx.host(r, "db-replica"), "jdbc.read.username=liferay_ro")
    ref = "${env:LIFERAY_JDBC_READ_PASSWORD}"
    d.n("jdbc.read.password=%s" % ref, ref, "env-reference")
    d.add("", "mail.session.mail.smtp.host=smtp.%s" % ctx.domain, "mail.session.mail.smtp.port=587",
          "mail.session.mail.smtp.user=portal@%s" % ctx.domain)
    d.s("mail.session.mail.smtp.password=%s" % smtp, smtp, "smtp-password")
    d.add("company.security.auth.requires.https=true")
    return [d]


def alfresco(ctx, r):
    d = Doc("dms/alfresco/alfresco-global.properties")
    pw = ctx.password(r)
    mail = ctx.password(r, style="strong")
    d.add("dir.root=/opt/alfresco/alf_data", "db.driver=org.postgresql.Driver", "db.username=alfresco")
    d.s("db.password=%s" % pw, pw, "password")
    d.add("db.url=jdbc:postgresql://%s:5432/alfresco" % ctx.host(r, "db"), "", "mail.host=smtp.%s" % ctx.domain,
          "mail.port=587", "mail.username=dms@%s" % ctx.domain)
    d.s("mail.password=%s" % mail, mail, "smtp-password")
    d.add("", "solr.secureComms=secret")
    ref = "${SOLR_SHARED_SECRET}"
    d.n("solr.sharedSecret=%s" % ref, ref, "env-reference")
    return [d]


def nuxeo(ctx, r):
    d = Doc("dms/nuxeo/nuxeo.conf")
    pw = ctx.password(r)
    status = ctx.randkey(r, 16)
    d.add("nuxeo.templates=default,postgresql", "nuxeo.db.host=%s" % ctx.host(r, "db"), "nuxeo.db.port=5432",
          "nuxeo.db.name=nuxeo", "nuxeo.db.user=nuxeo")
    d.s("nuxeo.db.password=%s" % pw, pw, "password")
    d.add("", "# used by the /runningstatus probe")
    d.s("server.status.key=%s" % status, status, "status-key")
    d.add("", "nuxeo.s3storage.bucket=%s-nuxeo-binaries" % ctx.short, "nuxeo.s3storage.region=eu-central-1")
    ref = "${env:AWS_SECRET_ACCESS_KEY}"
    d.n("nuxeo.aws.secretKey=%s" % ref, ref, "env-reference")
    return [d]


def neos(ctx, r):
    d = Doc("web/neos/Configuration/Production/Settings.yaml")
    pw = ctx.password(r)
    es = ctx.password(r, style="strong")
    d.add("Neos:", "  Flow:", "    persistence:", "      backendOptions:", "        driver: pdo_mysql",
          "        host: '%s'" % ctx.host(r, "db"), "        dbname: neos", "        user: neos")
    d.s("        password: '%s'" % pw, pw, "password")
    d.add("Flowpack:", "  ElasticSearch:", "    clients:", "      default:", "        -", "          host: search.%s" % ctx.domain,
          "          port: 9200", "          username: neos")
    d.s("          password: '%s'" % es, es, "password")
    d.add("Neos.Flow:", "  mvc:", "    routes:", "      staging:", "        backendOptions:")
    ref = "%env:STAGING_DB_PASSWORD%"
    d.n("          password: '%s'" % ref, ref, "env-reference")
    return [d]


def privatebin(ctx, r):
    d = Doc("paste/privatebin/cfg/conf.php")
    pw = ctx.password(r)
    d.add(";<?php http_response_code(403); /*", "[main]", 'name = "%s paste"' % ctx.org, "discussion = false",
          "burnafterreadingselected = true", "", "[model]", 'class = Database', "", "[model_options]",
          'dsn = "pgsql:host=%s;dbname=privatebin"' % ctx.host(r, "db"), 'tbl = "pb_"', 'usr = "privatebin"')
    d.s('pwd = "%s"' % pw, pw, "password")
    d.add('opt[12] = true', "", "; S3 storage, kept for the migration", ";[model]", ';class = S3Storage', ";[model_options]",
          ';bucket = "%s-paste"' % ctx.short, ';accesskey = "<access key>"')
    d.n(';secretkey = "<secret key>"', "<secret key>", "placeholder")
    return [d]


def lufi(ctx, r):
    d = Doc("files/lufi/lufi.conf")
    sec = ctx.randkey(r, 40)
    pw = ctx.password(r)
    d.add("# vim:set sw=4 ts=4 sts=4 ft=perl expandtab:", "{", "    hypnotoad => {", "        listen => ['http://127.0.0.1:8081'],",
          "        proxy  => 1,", "    },", "    contact => '<a href=\"mailto:it@%s\">IT</a>'," % ctx.domain,
          "    report  => 'abuse@%s'," % ctx.domain)
    d.s("    secrets => ['%s']," % sec, sec, "app-secret")
    d.add("    dbtype => 'postgresql',", "    pgdb => {", "        database => 'lufi',", "        host     => '%s'," % ctx.host(r, "db"),
          "        user     => 'lufi',")
    d.s("        pwd      => '%s'," % pw, pw, "password")
    d.add("    },", "    ldap => {", "        uri     => 'ldaps://ldap.%s'," % ctx.domain, "        bind_dn => 'uid=lufi,ou=apps,dc=%s'," % ctx.short)
    ref = "$ENV{LUFI_LDAP_BIND_PWD}"
    d.n("        bind_pwd => %s," % ref, ref, "env-reference")
    d.add("    },", "};")
    return [d]


KINDS_A = ["grocy", "monica", "radicale", "ampache", "conduwuit", "inspircd", "unrealircd", "ergo", "mybb", "mobilizon",
           "gancio", "liferay", "alfresco", "nuxeo", "neos", "privatebin", "lufi"]
FUNCS_A = {k: globals()[k] for k in KINDS_A}
