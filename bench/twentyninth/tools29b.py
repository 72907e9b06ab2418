"""Tool / config kinds 26-50: desktop clients, CI, secrets servers, research data tools, automation, self-hosted apps."""

import base64
import json

import prov29
from core29 import HEX, Tpl, b64, rchars, render
from keys29 import Key

LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def J(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False)


# 26 ---------------------------------------------------------------- RedisInsight export
def redisinsight(c):
    t = Tpl()
    dbs = []
    for name in ("cache", "queue"):
        pw = c.pw("strong")
        dbs.append({"id": t.n(c.uuid(), "uuid"), "host": c.host(name), "port": 6379, "name": "%s %s" % (c.sysname(), name),
                    "username": "default", "password": t.s(pw, "redis-password"), "tls": False, "db": 0,
                    "connectionType": "STANDALONE"})
    d = c.doc("db/redisinsight-databases-export.json", fmt="json")
    return [render(d, J(dbs), t)]


# 27 ---------------------------------------------------------------- Windows Terminal
def winterminal(c):
    t = Tpl()
    sa = c.pw("strong", safe=True)
    pl = c.pw("human", safe=True)
    g1, g2 = c.uuid(), c.uuid()
    st = {"$help": "https://aka.ms/terminal-documentation", "$schema": "https://aka.ms/terminal-profiles-schema",
          "defaultProfile": "{%s}" % t.n(g1, "uuid"), "copyOnSelect": False,
          "profiles": {"defaults": {"font": {"face": "Cascadia Mono"}}, "list": [
              {"guid": "{%s}" % g1, "name": "PowerShell", "commandline": "pwsh.exe -NoLogo"},
              {"guid": "{%s}" % g2, "name": "%s SQL" % c.sysname(),
               "commandline": "sqlcmd -S %s,1433 -U sa -P %s -d %s" % (c.host("sql"), t.s(sa, "sqlserver-password"), c.i.slug[:8])},
              {"guid": "{%s}" % c.uuid(), "name": "router console",
               "commandline": "plink.exe -ssh admin@%s -pw %s" % (c.ip(), t.s(pl, "ssh-password"))}]},
          "schemes": [], "actions": []}
    d = c.doc("desktop/WindowsTerminal/settings.json", fmt="json", crlf=True)
    return [render(d, J(st), t)]


# 28 ---------------------------------------------------------------- Profanity (XMPP) accounts
def profanity(c):
    t = Tpl()
    pw = c.pw()
    ref = c.neg("pass show xmpp/%s" % c.handle(1))
    text = "\n".join([
        "[%s@xmpp.%s]" % (c.handle(0), c.i.domain),
        "enabled=true",
        "jid=%s@xmpp.%s" % (c.handle(0), c.i.domain),
        "resource=profanity",
        "password=%s" % t.s(pw, "xmpp-password"),
        "muc.service=conference.xmpp.%s" % c.i.domain,
        "muc.nick=%s" % c.handle(0),
        "presence.last=online",
        "tls.policy=force",
        "",
        "[%s@xmpp.%s]" % (c.handle(1), c.i.domain),
        "enabled=true",
        "jid=%s@xmpp.%s" % (c.handle(1), c.i.domain),
        "eval_password=%s" % t.n(ref, "password-manager-reference"),
        "tls.policy=force",
    ])
    d = c.doc("dotfiles/.local/share/profanity/accounts")
    return [render(d, text, t)]


# 29 ---------------------------------------------------------------- Laminar CI
def laminar(c):
    t = Tpl()
    gh, cat = c.tok("github-pat")
    dpw = c.pw("strong", safe=True)
    sha = c.sha256()
    job = "deploy-%s" % c.sysname()
    d = c.doc("ci/laminar/cfg/jobs/%s.env" % job)
    render(d, "\n".join([
        "TIMEOUT=1800",
        "GITHUB_TOKEN=%s" % t.s(gh, cat),
        "DEPLOY_USER=deploy",
        "DEPLOY_PASSWORD=%s" % t.s(dpw, "deploy-password"),
        "ARTIFACT_SHA256=%s" % t.n(sha, "sha256"),
    ]), t)
    t2 = Tpl()
    ev = c.neg("$DEPLOY_PASSWORD")
    d2 = c.doc("ci/laminar/cfg/jobs/%s.run" % job)
    render(d2, "\n".join([
        "#!/bin/bash -ex",
        "git clone https://x-access-token:${GITHUB_TOKEN}@github.com/%s/%s.git src" % (c.i.slug, c.sysname()),
        "cd src && make dist",
        'sshpass -p "%s" scp dist/*.tar.gz deploy@%s:/srv/releases/' % (t2.n(ev, "env-reference"), c.host()),
        "laminarc set DEPLOYED=$LAMINAR_RUN",
    ]), t2)
    return [d, d2]


# 30 ---------------------------------------------------------------- builds.sr.ht manifest
def buildssrht(c):
    t = Tpl()
    sid = c.uuid()
    tok, cat = c.tok(c.r.choice(["pypi", "npm", "dockerhub", "gitlab-pat"]))
    text = "\n".join([
        "image: alpine/edge",
        "packages:",
        "  - python3",
        "  - py3-pip",
        "sources:",
        "  - https://git.sr.ht/~%s/%s" % (c.handle(0), c.sysname()),
        "secrets:",
        "  - %s" % t.n(sid, "secret-reference-uuid"),
        "environment:",
        "  RELEASE_CHANNEL: stable",
        "  PUBLISH_TOKEN: %s" % t.s(tok, cat),
        "tasks:",
        "  - build: |",
        "      cd %s" % c.sysname(),
        "      python3 -m build",
        "  - publish: |",
        "      cd %s" % c.sysname(),
        "      ./publish.sh --token \"$PUBLISH_TOKEN\"",
    ])
    d = c.doc(".build.yml")
    return [render(d, text, t)]


# 31 ---------------------------------------------------------------- Psono server settings.yaml
def psono(c):
    t = Tpl()
    sk, als, dbs = c.alnum(64), c.alnum(64), c.alnum(64)
    priv = c.hexkey(64)
    pub = c.neg(rchars(c.r, HEX, 64))
    dbpw = c.pw("strong")
    text = "\n".join([
        "# generated with: python3 ./psono/manage.py generateserverkeys",
        "SECRET_KEY: '%s'" % t.s(sk, "django-secret-key"),
        "ACTIVATION_LINK_SECRET: '%s'" % t.s(als, "app-secret"),
        "DB_SECRET: '%s'" % t.s(dbs, "app-secret"),
        "PRIVATE_KEY: '%s'" % t.s(priv, "nacl-private-key"),
        "PUBLIC_KEY: '%s'" % t.n(pub, "public-key"),
        "",
        "ALLOWED_HOSTS: ['*']",
        "ALLOWED_DOMAINS: ['%s']" % c.i.domain,
        "HOST_URL: 'https://psono.%s/server'" % c.i.domain,
        "",
        "DATABASES:",
        "    default:",
        "        'ENGINE': 'django.db.backends.postgresql_psycopg2'",
        "        'NAME': 'psono'",
        "        'USER': 'psono'",
        "        'PASSWORD': '%s'" % t.s(dbpw, "database-password"),
        "        'HOST': 'localhost'",
        "        'PORT': '5432'",
    ])
    d = c.doc("psono/settings.yaml")
    return [render(d, text, t)]


# 32 ---------------------------------------------------------------- Conjur CLI
def conjur(c):
    t = Tpl()
    k1 = c._sec(lambda: rchars(c.r, LOWNUM, 55))
    k2 = c._sec(lambda: rchars(c.r, LOWNUM, 55))
    fp = c.neg(":".join(rchars(c.r, "0123456789ABCDEF", 2) for _ in range(20)))
    text = "\n".join([
        "$ conjur init -u https://conjur.%s -a %s" % (c.i.domain, c.i.slug),
        "The Conjur server's certificate SHA-1 fingerprint is:",
        t.n(fp, "certificate-fingerprint"),
        "",
        "To verify this certificate, we recommend running the following command on the Conjur server:",
        "openssl x509 -fingerprint -noout -in ~conjur/etc/ssl/conjur.pem",
        "",
        "Trust this certificate? yes",
        "Wrote certificate to /home/%s/conjur-%s.pem" % (c.handle(0), c.i.slug),
        "Wrote configuration to /home/%s/.conjurrc" % c.handle(0),
        "$ conjur host rotate-api-key -i host/%s/%s" % (c.i.slug, c.sysname()),
        t.s(k1, "conjur-api-key"),
        "$ conjur user rotate-api-key",
        t.s(k2, "conjur-api-key"),
    ])
    d = c.doc("ops/conjur-setup-session.txt")
    return [render(d, text, t)]


# 33 ---------------------------------------------------------------- Pegasus WMS credentials.conf
def pegasus(c):
    t = Tpl()
    kid, sec = c.pair(prov29.aws_pair)
    kid2, sec2 = c.pair(lambda r: (rchars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20), rchars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40)))
    ph = c.neg("<enter-secret-here>")
    text = "\n".join([
        "[amazon]",
        "endpoint = https://s3.amazonaws.com",
        "",
        "[amazon@default]",
        "access_key = %s" % t.pid(kid, "aws"),
        "secret_key = %s" % t.psec(sec, "aws-secret-access-key", "aws"),
        "",
        "[ceph]",
        "endpoint = https://s3.%s" % c.i.lan,
        "",
        "[pegasus@ceph]",
        "access_key = %s" % t.pid(kid2, "ceph"),
        "secret_key = %s" % t.psec(sec2, "s3-compatible-secret-key", "ceph"),
        "",
        "[osn]",
        "endpoint = https://osn.example.edu",
        "",
        "[pegasus@osn]",
        "access_key = ASK-THE-DATA-DESK",
        "secret_key = %s" % t.n(ph, "placeholder"),
    ])
    d = c.doc("workflows/.pegasus/credentials.conf", fmt="ini")
    return [render(d, text, t)]


# 34 ---------------------------------------------------------------- Arvados CLI settings
def arvados(c):
    t = Tpl()
    cl = rchars(c.r, "abcdefghijklmnopqrstuvwxyz", 5)
    tok = c._sec(lambda: "v2/%s-gj3su-%s/%s" % (cl, rchars(c.r, LOWNUM, 15), rchars(c.r, LOWNUM, 50)))
    pdh = c.neg("%s+%d" % (rchars(c.r, HEX, 32), c.r.randrange(1000, 10 ** 7)))
    text = "\n".join([
        "ARVADOS_API_HOST=%s.arvadosapi.com" % cl,
        "ARVADOS_API_TOKEN=%s" % t.s(tok, "arvados-api-token"),
        "ARVADOS_API_HOST_INSECURE=false",
        "# reference genome collection (portable data hash)",
        "REFERENCE_PDH=%s" % t.n(pdh, "content-hash"),
    ])
    d = c.doc("research/.config/arvados/settings.conf")
    return [render(d, text, t)]


# 35 ---------------------------------------------------------------- EPrints
def eprints(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    d = c.doc("repository/archives/%s/cfg/cfg.d/database.pl" % c.i.slug[:8])
    render(d, "\n".join([
        "# Database connection info",
        '$c->{dbhost} = "localhost";',
        '$c->{dbport} = "3306";',
        '$c->{dbname} = "%s";' % c.i.slug[:8],
        '$c->{dbuser} = "eprints";',
        '$c->{dbpass} = "%s";' % t.s(pw, "database-password"),
        '$c->{dbengine} = "InnoDB";',
    ]), t)
    t2 = Tpl()
    pub = c.neg("6L" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 38))
    sec = c._sec(lambda: "6L" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 38))
    d2 = c.doc("repository/archives/%s/cfg/cfg.d/recaptcha.pl" % c.i.slug[:8])
    render(d2, "\n".join([
        "# reCAPTCHA on the request-a-copy form",
        '$c->{recaptcha}->{public_key} = "%s";' % t2.n(pub, "public-recaptcha-site-key"),
        '$c->{recaptcha}->{private_key} = "%s";' % t2.s(sec, "recaptcha-secret-key"),
    ]), t2)
    return [d, d2]


# 36 ---------------------------------------------------------------- Cantaloupe IIIF server
def cantaloupe(c):
    t = Tpl()
    adm = c.pw("strong")
    kid, sec = c.pair(prov29.aws_pair)
    basic = c.pw("human")
    ph = c.neg("CHANGE_ME")
    text = "\n".join([
        "temp_pathname =",
        "http.enabled = true",
        "http.port = 8182",
        "endpoint.iiif.3.enabled = true",
        "endpoint.admin.enabled = true",
        "endpoint.admin.username = admin",
        "endpoint.admin.secret = %s" % t.s(adm, "admin-password"),
        "source.static = S3Source",
        "S3Source.endpoint = https://s3.eu-central-1.amazonaws.com",
        "S3Source.access_key_id = %s" % t.pid(kid, "aws"),
        "S3Source.secret_access_key = %s" % t.psec(sec, "aws-secret-access-key", "aws"),
        "S3Source.BasicLookupStrategy.bucket.name = %s-scans" % c.i.slug,
        "HttpSource.BasicLookupStrategy.url_prefix = https://images.%s/" % c.i.lan,
        "HttpSource.BasicLookupStrategy.auth.basic.username = iiif",
        "HttpSource.BasicLookupStrategy.auth.basic.secret = %s" % t.s(basic, "basic-auth-password"),
        "cache.server.derivative.enabled = false",
        "S3Cache.secret_access_key = %s" % t.n(ph, "placeholder"),
    ])
    d = c.doc("iiif/cantaloupe.properties")
    return [render(d, text, t)]


# 37 ---------------------------------------------------------------- Espanso
def espanso(c):
    t = Tpl()
    pw = c.pw("human")
    vpn = c.pw("strong")
    tok, cat = c.any_tok()
    ref = c.neg("pass show %s/admin" % c.sysname())
    text = "\n".join([
        "# espanso match file",
        "matches:",
        '  - trigger: ":sig"',
        '    replace: "%s\\n%s"' % (c.person(0)[1], c.i.org),
        '  - trigger: ":dbpw"',
        '    replace: "%s"' % t.s(pw, "password"),
        '  - trigger: ":vpn"',
        '    replace: "%s"' % t.s(vpn, "vpn-password"),
        '  - trigger: ":tok"',
        '    replace: "%s"' % t.s(tok, cat),
        '  - trigger: ":adm"',
        '    replace: "{{output}}"',
        "    vars:",
        "      - name: output",
        "        type: shell",
        "        params:",
        '          cmd: "%s"' % t.n(ref, "password-manager-reference"),
    ])
    d = c.doc("dotfiles/.config/espanso/match/base.yml")
    return [render(d, text, t)]


# 38 ---------------------------------------------------------------- Hammerspoon
def hammerspoon(c):
    t = Tpl()
    ha = c.jwt_secret({"iss": rchars(c.r, HEX, 32), "iat": 1735000000 + c.r.randrange(10 ** 7), "exp": 2050000000 + c.r.randrange(10 ** 7)})
    po = c._sec(lambda: "a" + rchars(c.r, LOWNUM, 29))
    kc = c.neg("security find-generic-password -s %s-vpn -w" % c.i.slug[:8])
    text = "\n".join([
        "-- ~/.hammerspoon/init.lua",
        'local HA_URL = "http://homeassistant.%s:8123"' % c.i.lan,
        'local HA_TOKEN = "%s"' % t.s(ha, "home-assistant-token"),
        'local PUSHOVER_APP = "%s"' % t.s(po, "pushover-app-token"),
        "",
        "local function ha(service, entity)",
        '  hs.http.asyncPost(HA_URL .. "/api/services/" .. service, hs.json.encode({entity_id = entity}),',
        '    {["Authorization"] = "Bearer " .. HA_TOKEN, ["Content-Type"] = "application/json"}, function() end)',
        "end",
        "",
        'hs.hotkey.bind({"cmd", "alt"}, "L", function() ha("light/toggle", "light.workshop") end)',
        "",
        "local function vpnPassword()",
        '  return hs.execute("%s"):gsub("%%s+$", "")' % t.n(kc, "keychain-reference"),
        "end",
    ])
    d = c.doc("dotfiles/.hammerspoon/init.lua")
    return [render(d, text, t)]


# 39 ---------------------------------------------------------------- Tasker XML export
def tasker(c):
    t = Tpl()
    tok, cat = c.tok(c.r.choice(["telegram", "slack-bot", "discord"]))
    var = c.neg("%TELEGRAM_CHAT")
    text = "\n".join([
        "<TaskerData sr=\"\" dvi=\"1\" tv=\"6.3.13\">",
        "\t<Task sr=\"task12\">",
        "\t\t<cdate>%d</cdate>" % (1700000000000 + c.r.randrange(10 ** 10)),
        "\t\t<id>12</id>",
        "\t\t<nme>Notify %s</nme>" % c.sysname(),
        "\t\t<Action sr=\"act0\" ve=\"7\">",
        "\t\t\t<code>339</code>",
        "\t\t\t<Str sr=\"arg1\" ve=\"3\">POST</Str>",
        "\t\t\t<Str sr=\"arg2\" ve=\"3\">https://api.%s/notify</Str>" % c.i.domain,
        "\t\t\t<Str sr=\"arg3\" ve=\"3\">Authorization:Bearer %s</Str>" % t.s(tok, cat),
        "\t\t\t<Str sr=\"arg4\" ve=\"3\">chat=%s</Str>" % t.n(var, "variable-reference"),
        "\t\t</Action>",
        "\t</Task>",
        "</TaskerData>",
    ])
    d = c.doc("phone/tasker/Notify.tsk.xml", fmt="xml")
    return [render(d, text, t)]


# 40 ---------------------------------------------------------------- .gemrc
def gemrc(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    text = "\n".join([
        "---",
        ":backtrace: false",
        ":bulk_threshold: 1000",
        ":sources:",
        "- https://rubygems.org/",
        "- https://%s:%s@gems.%s/private/" % (c.handle(0), t.s(pw, "gem-source-password"), c.i.domain),
        "# template for new laptops:",
        "# - https://%s@gems.%s/private/" % (t.n(c.neg("USERNAME:PASSWORD"), "placeholder"), c.i.domain),
        ":update_sources: true",
        ":verbose: true",
        "gem: --no-document",
    ])
    d = c.doc("dotfiles/.gemrc")
    return [render(d, text, t)]


# 41 ---------------------------------------------------------------- Traccar
def traccar(c):
    t = Tpl()
    db, smtp = c.pw("strong"), c.pw("human")
    tg, cat = c.tok("telegram")
    ph = c.neg("YOUR_API_KEY")
    text = "\n".join([
        "<?xml version='1.0' encoding='UTF-8'?>",
        "<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>",
        "<properties>",
        "    <entry key='config.default'>./conf/default.xml</entry>",
        "    <entry key='database.driver'>org.postgresql.Driver</entry>",
        "    <entry key='database.url'>jdbc:postgresql://%s:5432/traccar</entry>" % c.host("db"),
        "    <entry key='database.user'>traccar</entry>",
        "    <entry key='database.password'>%s</entry>" % t.s(db, "database-password"),
        "    <entry key='mail.smtp.host'>smtp.%s</entry>" % c.i.domain,
        "    <entry key='mail.smtp.username'>tracker@%s</entry>" % c.i.domain,
        "    <entry key='mail.smtp.password'>%s</entry>" % t.s(smtp, "smtp-password"),
        "    <entry key='notificator.types'>web,mail,telegram</entry>",
        "    <entry key='notificator.telegram.key'>%s</entry>" % t.s(tg, cat),
        "    <entry key='geocoder.key'>%s</entry>" % t.n(ph, "placeholder"),
        "</properties>",
    ])
    d = c.doc("fleet/traccar/conf/traccar.xml", fmt="xml")
    return [render(d, text, t)]


# 42 ---------------------------------------------------------------- OwnTracks Recorder
def owntracks(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    geo = c.hexkey(32)
    fp = c.neg(":".join(rchars(c.r, "0123456789ABCDEF", 2) for _ in range(32)))
    text = "\n".join([
        "# /etc/default/ot-recorder",
        'OTR_STORAGEDIR="/var/spool/owntracks/recorder/store"',
        'OTR_HOST="mqtt.%s"' % c.i.lan,
        "OTR_PORT=8883",
        'OTR_USER="recorder"',
        'OTR_PASS="%s"' % t.s(pw, "mqtt-password"),
        'OTR_HTTPHOST="0.0.0.0"',
        "OTR_HTTPPORT=8083",
        'OTR_TOPICS="owntracks/#"',
        'OTR_GEOKEY="opencage:%s"' % t.s(geo, "opencage-api-key"),
        'OTR_CAFILE="/etc/ssl/certs/ca-certificates.crt"',
        "# broker certificate SHA-256 fingerprint %s" % t.n(fp, "certificate-fingerprint"),
    ])
    d = c.doc("fleet/ot-recorder.default")
    return [render(d, text, t)]


# 43 ---------------------------------------------------------------- Nginx Proxy Manager
def npm_proxy(c):
    keys = c.keys
    t = Tpl()
    pw = c.pw("strong")
    d = c.doc("proxy/npm/config/production.json", fmt="json")
    render(d, J({"database": {"engine": "mysql", "host": "db", "name": "npm", "user": "npm",
                              "password": t.s(pw, "database-password"), "port": 3306}}), t)
    t2 = Tpl()
    k = keys.take("rsa")
    priv = k.pem_traditional().replace("\n", "\\n") + "\\n"
    pub = k.pem_public().replace("\n", "\\n") + "\\n"
    d2 = c.doc("proxy/npm/data/keys.json", fmt="json")
    render(d2, "{\n  \"key\": \"%s\",\n  \"pub\": \"%s\"\n}" % (
        t2.s(priv, "private-key-rsa", key_check=keys.check(k, "pkcs1-json")),
        t2.n(c.neg(pub), "public-key-spki")), t2)
    return [d, d2]


# 44 ---------------------------------------------------------------- Privoxy
def privoxy(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    text = "\n".join([
        "confdir /etc/privoxy",
        "logdir /var/log/privoxy",
        "actionsfile match-all.action",
        "actionsfile default.action",
        "actionsfile user.action",
        "filterfile default.filter",
        "logfile logfile",
        "listen-address  127.0.0.1:8118",
        "toggle  1",
        "enable-remote-toggle  0",
        "#",
        "#  forward-socks5   /  %s@socks-gw.example.com:1080  www-proxy.example.org:8000" % t.n(c.neg("user:pass"), "doc-example"),
        "#",
        "forward-socks5t  /  egress:%s@%s:1080  ." % (t.s(pw, "socks-proxy-password"), c.host("egress")),
        "forward  .%s  ." % c.i.lan,
    ])
    d = c.doc("proxy/privoxy/config")
    return [render(d, text, t)]


# 45 ---------------------------------------------------------------- Snakemake profile
def snakemake(c):
    t = Tpl()
    kid, sec = c.pair(lambda r: (rchars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20), rchars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40)))
    dig = c.sha256()
    text = "\n".join([
        "executor: slurm",
        "jobs: 40",
        "latency-wait: 60",
        "default-resources:",
        "  slurm_account: %s" % c.i.slug[:8],
        "  slurm_partition: standard",
        "  mem_mb: 4000",
        "software-deployment-method: apptainer",
        "default-storage-provider: s3",
        "default-storage-prefix: s3://%s-pipelines" % c.i.slug,
        "storage-s3-endpoint-url: https://s3.%s" % c.i.lan,
        "storage-s3-access-key: %s" % t.pid(kid, "s3"),
        "storage-s3-secret-key: %s" % t.psec(sec, "s3-compatible-secret-key", "s3"),
        "# container pinned at sha256:%s" % t.n(dig, "image-digest"),
    ])
    d = c.doc("pipelines/profiles/slurm/config.yaml")
    return [render(d, text, t)]


# 46 ---------------------------------------------------------------- XNAT
def xnat(c):
    t = Tpl()
    pw = c.pw("strong")
    ev = c.neg("${XNAT_SMTP_PASSWORD}")
    text = "\n".join([
        "datasource.driver=org.postgresql.Driver",
        "datasource.url=jdbc:postgresql://%s/xnat" % c.host("db"),
        "datasource.username=xnat",
        "datasource.password=%s" % t.s(pw, "database-password"),
        "hibernate.dialect=org.hibernate.dialect.PostgreSQL9Dialect",
        "hibernate.hbm2ddl.auto=update",
        "hibernate.show_sql=false",
        "hibernate.cache.use_second_level_cache=true",
        "spring.http.multipart.max-file-size=1073741824",
        "mail.username=xnat@%s" % c.i.domain,
        "mail.password=%s" % t.n(ev, "env-reference"),
    ])
    d = c.doc("imaging/xnat/config/xnat-conf.properties")
    return [render(d, text, t)]


# 47 ---------------------------------------------------------------- Dremio
def dremio(c):
    t = Tpl()
    ks = c.pw("strong", safe=True)
    d = c.doc("analytics/dremio/dremio.conf")
    render(d, "\n".join([
        "paths: {",
        '  local: "/var/lib/dremio"',
        '  dist: "dremioS3:///%s-dremio/dist"' % c.i.slug,
        "}",
        "services: {",
        "  coordinator.enabled: true,",
        "  coordinator.master.enabled: true,",
        "  executor.enabled: false,",
        "  coordinator.web.ssl.enabled: true,",
        '  coordinator.web.ssl.keyStore: "/etc/dremio/keystore.p12",',
        '  coordinator.web.ssl.keyStorePassword: "%s"' % t.s(ks, "keystore-password"),
        "}",
    ]), t)
    t2 = Tpl()
    kid, sec = c.pair(prov29.aws_pair)
    d2 = c.doc("analytics/dremio/core-site.xml", fmt="xml")
    render(d2, "\n".join([
        "<?xml version=\"1.0\"?>",
        "<configuration>",
        "  <property>",
        "    <name>fs.dremioS3.impl</name>",
        "    <value>com.dremio.plugins.s3.store.S3FileSystem</value>",
        "  </property>",
        "  <property>",
        "    <name>fs.s3a.access.key</name>",
        "    <value>%s</value>" % t2.pid(kid, "aws"),
        "  </property>",
        "  <property>",
        "    <name>fs.s3a.secret.key</name>",
        "    <value>%s</value>" % t2.psec(sec, "aws-secret-access-key", "aws"),
        "  </property>",
        "  <property>",
        "    <name>fs.s3a.aws.credentials.provider</name>",
        "    <value>org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider</value>",
        "  </property>",
        "</configuration>",
    ]), t2)
    return [d, d2]


# 48 ---------------------------------------------------------------- Overseerr
def overseerr(c):
    t = Tpl()
    api = c._sec(lambda: b64(bytes(c.r.getrandbits(8) for _ in range(33))))
    rad = c.hexkey(32)
    hook = c._sec(lambda: "https://discord.com/api/webhooks/%d/%s" % (c.r.randrange(10 ** 17, 2 * 10 ** 18),
                                                                        rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 68)))
    st = {"clientId": t.n(c.uuid(), "uuid"), "vapidPrivate": "", "main": {"apiKey": t.s(api, "overseerr-api-key"),
          "applicationTitle": "%s Requests" % c.i.org, "localLogin": True},
          "plex": {"name": "%s-plex" % c.i.slug[:8], "ip": c.ip(), "port": 32400, "useSsl": False,
                   "machineId": t.n(c.neg(rchars(c.r, HEX, 40)), "server-identifier")},
          "radarr": [{"name": "Radarr", "hostname": c.host("radarr"), "port": 7878, "apiKey": t.s(rad, "radarr-api-key"),
                      "useSsl": False, "activeProfileId": 1}],
          "notifications": {"agents": {"discord": {"enabled": True, "types": 6,
                                                   "options": {"webhookUrl": t.s(hook, "discord-webhook")}}}}}
    d = c.doc("media/overseerr/settings.json", fmt="json")
    return [render(d, J(st), t)]


# 49 ---------------------------------------------------------------- Domoticz JSON API script
def domoticz(c):
    t = Tpl()
    pw = c.pw("human")
    enc = base64.b64encode(pw.encode()).decode()
    c.reg.secrets.add(enc)
    user = base64.b64encode(b"automation").decode()
    sha = c.sha256()
    text = "\n".join([
        "#!/bin/sh",
        "# switch the %s extractor fan from cron; Domoticz wants base64 user and password" % c.sysname(),
        'DZ="http://domoticz.%s:8080/json.htm"' % c.i.lan,
        'curl -s "$DZ?username=%s&password=%s&type=command&param=switchlight&idx=12&switchcmd=On"' % (user, t.s(enc, "base64-password", decoded=pw)),
        "sleep 900",
        'curl -s "$DZ?type=command&param=switchlight&idx=12&switchcmd=Off"',
        "# settings export checksum %s" % t.n(sha, "sha256"),
    ])
    d = c.doc("automation/domoticz-fan.sh")
    return [render(d, text, t)]


# 50 ---------------------------------------------------------------- TeamPass
def teampass(c):
    t = Tpl()
    enc = c.neg("def50200" + rchars(c.r, HEX, 200))
    d = c.doc("teampass/includes/config/settings.php")
    render(d, "\n".join([
        "<?php",
        "// DATABASE connexion parameters",
        'define("DB_HOST", "localhost");',
        'define("DB_USER", "teampass_admin");',
        'define("DB_PASSWD", "%s");' % t.n(enc, "encrypted-value"),
        'define("DB_NAME", "teampass");',
        'define("DB_PREFIX", "teampass_");',
        'define("DB_PORT", "3306");',
        'define("DB_ENCODING", "utf8");',
        'define("SECUREPATH", "/var/teampass-sk");',
        'define("SECUREFILE", "teampass-seckey.txt");',
        "",
        'if (isset($_SESSION["settings"]["timezone"]) === true) {',
        '    date_default_timezone_set($_SESSION["settings"]["timezone"]);',
        "}",
    ]), t)
    t2 = Tpl()
    key = c._sec(lambda: "def00000" + rchars(c.r, HEX, 128))
    d2 = c.doc("teampass/teampass-sk/teampass-seckey.txt")
    render(d2, t2.s(key, "defuse-encryption-key"), t2)
    return [d, d2]


KINDS = {
    "redisinsight": ("RedisInsight databases export JSON", redisinsight),
    "winterminal": ("Windows Terminal `settings.json` (CRLF)", winterminal),
    "profanity": ("Profanity XMPP `accounts`", profanity),
    "laminar": ("Laminar CI job `.env` + `.run`", laminar),
    "buildssrht": ("builds.sr.ht `.build.yml`", buildssrht),
    "psono": ("Psono server `settings.yaml`", psono),
    "conjur": ("Conjur CLI init / rotate-api-key session", conjur),
    "pegasus": ("Pegasus WMS `credentials.conf`", pegasus),
    "arvados": ("Arvados `settings.conf`", arvados),
    "eprints": ("EPrints `cfg.d/database.pl` + `recaptcha.pl`", eprints),
    "cantaloupe": ("Cantaloupe IIIF `cantaloupe.properties`", cantaloupe),
    "espanso": ("Espanso `match/base.yml`", espanso),
    "hammerspoon": ("Hammerspoon `init.lua`", hammerspoon),
    "tasker": ("Tasker task XML export", tasker),
    "gemrc": ("RubyGems `.gemrc`", gemrc),
    "traccar": ("Traccar `traccar.xml`", traccar),
    "owntracks": ("OwnTracks Recorder `/etc/default/ot-recorder`", owntracks),
    "npmproxy": ("Nginx Proxy Manager `production.json` + `keys.json`", npm_proxy),
    "privoxy": ("Privoxy `config` (`forward-socks5t` with credentials)", privoxy),
    "snakemake": ("Snakemake profile `config.yaml` (S3 storage plugin)", snakemake),
    "xnat": ("XNAT `xnat-conf.properties`", xnat),
    "dremio": ("Dremio `dremio.conf` + `core-site.xml`", dremio),
    "overseerr": ("Overseerr `settings.json`", overseerr),
    "domoticz": ("Domoticz JSON API script (base64 credentials)", domoticz),
    "teampass": ("TeamPass `settings.php` + `teampass-seckey.txt`", teampass),
}
