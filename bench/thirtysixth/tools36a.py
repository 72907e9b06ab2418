"""Tool kinds 1-15: self-hosted web apps and game servers."""
import hashlib
import json

import prov36
from cfg36 import AN, basic, comment, doc, envq, eq, ip, jwt_token, new_key
from core36 import B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64u, esc_json, rbytes, rhex, rs, ruuid
from keys36 import ssh_fingerprint


def filebrowser(ctx, r):
    pw = ctx.password(r)
    d = doc(ctx, "filebrowser/setup.sh")
    d.add("#!/bin/sh", comment(r), "set -eu", "DB=/srv/filebrowser/filebrowser.db", "",
          'filebrowser -d "$DB" config init --address 0.0.0.0 --port 8080 --root /srv/share',
          'filebrowser -d "$DB" config set --auth.method=json --branding.name "%s"' % ctx.org)
    d.sl("filebrowser -d \"$DB\" users add %s '%s' --perm.admin" % (ctx.user(r), pw), pw, "password")
    ref = "${FB_VIEWER_PASSWORD}"
    d.nl('filebrowser -d "$DB" users add viewer "%s" --perm.download=true --perm.create=false' % ref, ref, "reference")
    out = [d]
    if r.random() < 0.6:
        pw2 = ctx.password(r, "random")
        l = doc(ctx, "filebrowser/first-start.log")
        l.add('%s Using database: /database/filebrowser.db' % "2024/%02d/%02d 06:1%d:0%d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 9), r.randint(0, 9)))
        l.add("2024/05/02 06:14:09 Using config file: /config/settings.json")
        l.sl("2024/05/02 06:14:09 User 'admin' initialized with randomly generated password: %s" % pw2, pw2, "password")
        l.add("2024/05/02 06:14:09 Listening on [::]:80")
        out.append(l)
    return out


def filestash(ctx, r):
    sk = ctx.strong(r, 16, AN)
    pw = ctx.password(r)
    h = prov36.bcrypt_like(r)
    d = doc(ctx, "filestash/state/config/config.json")
    d.add("{", '    "general": {', '        "name": "%s files",' % ctx.org, '        "port": 8334,',
          '        "host": "files.%s",' % ctx.domain)
    d.sl('        "secret_key": "%s",' % sk, sk, "secret-key")
    d.add('        "force_ssl": true,', '        "editor": "emacs",', '        "fork_button": false,', '        "display_hidden": false,',
          '        "refresh_after_upload": true,', '        "upload_button": true', "    },", '    "auth": {')
    d.nl('        "admin": "%s"' % h, h, "password-hash")
    d.add("    },", '    "connections": [', "        {", '            "type": "sftp",', '            "label": "%s",' % r.choice(ctx.th["systems"]),
          '            "hostname": "%s",' % ip(r), '            "username": "%s",' % ctx.user(r))
    d.sl('            "password": "%s"' % pw, pw, "password")
    d.add("        },", '        { "type": "s3", "label": "archive" }', "    ]", "}")
    return [d]


def calibre_web(ctx, r):
    pw = ctx.password(r)
    hp = "pbkdf2:sha256:260000$%s$%s" % (rs(r, 16, AN), hashlib.sha256(rbytes(r, 8)).hexdigest())
    d = doc(ctx, "calibre-web/app.db.sql")
    d.add("PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;",
          "CREATE TABLE settings (id INTEGER NOT NULL, mail_server VARCHAR, mail_port INTEGER, mail_use_ssl SMALLINT, mail_login VARCHAR, mail_password VARCHAR, mail_from VARCHAR, mail_size INTEGER, mail_server_type SMALLINT, config_calibre_dir VARCHAR, config_port INTEGER, config_title_regex VARCHAR, PRIMARY KEY (id));")
    d.sl("INSERT INTO settings VALUES(1,'smtp.%s',587,1,'library@%s','%s','%s library <library@%s>',25,0,'/books',8083,'^(A|The|An)\\s+');" % (
        ctx.domain, ctx.domain, pw.replace("'", "''"), ctx.org.replace("'", "''"), ctx.domain), pw.replace("'", "''"), "smtp-password")
    d.add("CREATE TABLE user (id INTEGER NOT NULL, name VARCHAR(64), email VARCHAR(120), role SMALLINT, password VARCHAR, kindle_mail VARCHAR(120), locale VARCHAR(2), PRIMARY KEY (id));")
    d.nl("INSERT INTO user VALUES(1,'admin','admin@%s',1,'%s','','en');" % (ctx.domain, hp), hp, "password-hash")
    d.add("INSERT INTO user VALUES(2,'Guest','',0,'','','en');", "COMMIT;")
    return [d]


def audiobookshelf(ctx, r):
    uid = ruuid(r)
    tok = jwt_token(ctx, r, {"userId": uid, "username": ctx.user(r), "iat": r.randint(1690000000, 1720000000)})
    lib = ruuid(r)
    d = doc(ctx, "audiobookshelf/scan-libraries.sh")
    d.add("#!/usr/bin/env bash", "# nightly: rescan the podcast library after the feed job", 'ABS="https://books.%s"' % ctx.domain)
    d.sl('ABS_TOKEN="%s"' % tok, tok, "jwt")
    d.nl('LIB="%s"' % lib, lib, "uuid")
    d.add('curl -fsS -X POST -H "Authorization: Bearer $ABS_TOKEN" "$ABS/api/libraries/$LIB/scan"',
          'curl -fsS -H "Authorization: Bearer $ABS_TOKEN" "$ABS/api/libraries/$LIB/items?limit=5" | jq ".results[].media.metadata.title"')
    return [d]


def librephotos(ctx, r):
    sk = ctx.strong(r, 50, AN + "!@#%^*(-_=+)")
    up = ctx.password(r)
    dbp = ctx.password(r, "random")
    mapk, _ = prov36.public_value(r, "mapbox")
    d = doc(ctx, "librephotos/.env")
    d.add("# This file contains all the things you need to change to set up your LibrePhotos.", "",
          "scanDirectory=/srv/photos/%s" % ctx.key, "data=./librephotos/data", "logs=./librephotos/logs", "cache=./librephotos/cache", "")
    d.sl("secretKey=%s" % sk, sk, "django-secret-key")
    d.add("userName=admin")
    d.sl("userPass=%s" % up, up, "password")
    d.add("adminEmail=admin@%s" % ctx.domain, "httpPort=3000", "tag=latest", "dbName=librephotos", "dbUser=docker")
    d.sl("dbPass=%s" % dbp, dbp, "db-password")
    d.nl("mapApiKey=%s" % mapk, mapk, "public-by-design", cite="Mapbox public token")
    d.add("gunniWorkers=2", "skipPatterns=@eaDir,#recycle", "allowUpload=false", "DEBUG=0")
    return [d]


def hubzilla(ctx, r):
    pw = ctx.password(r)
    lh = rhex(r, 64)
    d = doc(ctx, "hubzilla/.htconfig.php")
    d.add("<?php", "", "// Set the following for your MySQL installation", "// Copy or rename this file to .htconfig.php", "",
          "$db_host = '127.0.0.1';", "$db_port = '0';", "$db_user = 'hubzilla';")
    d.sl("$db_pass = '%s';" % pw, pw, "db-password")
    d.add("$db_data = 'hubzilla';", "$db_type = '0'; // an integer. 0 or unset for mysql, 1 for postgres", "",
          "define( 'UNO', 0 );", "App::$config['system']['timezone'] = '%s';" % "Asia/Karachi",
          "App::$config['system']['baseurl'] = 'https://hub.%s';" % ctx.domain, "App::$config['system']['sitename'] = '%s';" % ctx.org.replace("'", "\\'"))
    d.nl("App::$config['system']['location_hash'] = '%s';" % lh, lh, "site-id")
    d.add("App::$config['system']['transport_security_header'] = 1;", "App::$config['system']['content_security_policy'] = 1;",
          "App::$config['system']['register_policy'] = REGISTER_OPEN;", "App::$config['system']['admin_email'] = 'admin@%s';" % ctx.domain,
          "App::$config['system']['max_import_size'] = 200000;")
    return [d]


def solidtime(ctx, r):
    appk = "base64:" + b64(rbytes(r, 32))
    ctx.reg.add(appk)
    dbp = ctx.password(r, "random")
    k = new_key(ctx, r, "rsa")
    priv = k.pkcs8_pem().replace("\n", "\\n")
    pub = k.spki_pem().replace("\n", "\\n")
    ctx.reg.add(priv)
    d = doc(ctx, "solidtime/laravel.env")
    d.add("APP_NAME=solidtime", "APP_ENV=production")
    d.sl("APP_KEY=%s" % appk, appk, "laravel-app-key")
    d.add("APP_DEBUG=false", "APP_URL=https://time.%s" % ctx.domain, "APP_FORCE_HTTPS=true", "", "DB_CONNECTION=pgsql", "DB_HOST=database",
          "DB_PORT=5432", "DB_DATABASE=solidtime", "DB_USERNAME=solidtime")
    d.sl("DB_PASSWORD=%s" % dbp, dbp, "db-password")
    d.add("", "MAIL_MAILER=log", "QUEUE_CONNECTION=database", "FILESYSTEM_DISK=local", "")
    d.sl('PASSPORT_PRIVATE_KEY="%s"' % priv, priv, "private-key", key_check="rsa:pkcs8:escaped")
    d.nl('PASSPORT_PUBLIC_KEY="%s"' % pub, pub, "public-key", key_check="spki:escaped")
    return [d]


def easyappointments(ctx, r):
    dbp = ctx.password(r)
    gs = ctx.token(r, prov36.gocspx)
    gid, _ = prov36.public_value(r, "google-client-id")
    d = doc(ctx, "easyappointments/config.php")
    d.add("<?php", "/* ----------------------------------------------------------------------------", " * Easy!Appointments - Online Appointment Scheduler",
          " * ---------------------------------------------------------------------------- */", "", "class Config", "{",
          "    // ------------------------------------------------------------------------", "    // GENERAL SETTINGS", "",
          "    const BASE_URL = 'https://book.%s';" % ctx.domain, "    const LANGUAGE = 'english';", "    const DEBUG_MODE = false;", "",
          "    // DATABASE SETTINGS", "", "    const DB_HOST = 'mysql';", "    const DB_NAME = 'easyappointments';", "    const DB_USERNAME = 'ea';")
    d.sl("    const DB_PASSWORD = '%s';" % dbp, dbp, "db-password")
    d.add("", "    // GOOGLE CALENDAR SYNC", "", "    const GOOGLE_SYNC_FEATURE = true;")
    d.nl("    const GOOGLE_CLIENT_ID = '%s';" % gid, gid, "public-by-design", cite="Google OAuth client ID")
    d.sl("    const GOOGLE_CLIENT_SECRET = '%s';" % gs, gs, "google-oauth-secret")
    d.add("}", "")
    return [d]


def beszel(ctx, r):
    k = new_key(ctx, r, "ed25519")
    pub = k.ssh_pub("beszel-hub").rsplit(" ", 1)[0]
    tok = ctx.strong(r, 32, AN + "-_")
    hubpw = ctx.password(r)
    d = doc(ctx, "beszel/compose.yaml")
    d.add("services:", "  beszel:", "    image: henrygd/beszel:latest", "    container_name: beszel", "    restart: unless-stopped",
          "    ports:", '      - "8090:8090"', "    volumes:", "      - ./beszel_data:/beszel_data", "    environment:",
          "      USER_EMAIL: ops@%s" % ctx.domain)
    d.sl("      USER_PASSWORD: %s" % envq(r, hubpw, "nd"), hubpw, "password")
    d.add("", "  beszel-agent:", "    image: henrygd/beszel-agent:latest", "    container_name: beszel-agent", "    restart: unless-stopped",
          "    network_mode: host", "    volumes:", "      - /var/run/docker.sock:/var/run/docker.sock:ro", "    environment:",
          "      LISTEN: 45876")
    d.nl('      KEY: "%s"' % pub, pub, "public-key", key_check="openssh-pub")
    d.sl("      TOKEN: %s" % tok, tok, "agent-token")
    d.add("      HUB_URL: http://localhost:8090")
    return [d]


# ---------------------------------------------------------------- game servers
def urban_terror(ctx, r):
    rc = ctx.password(r)
    pp = ctx.password(r, "weak")
    d = doc(ctx, "games/urt/q3ut4/server.cfg")
    d.add("// Urban Terror 4.3 server config for %s" % ctx.org, 'set sv_hostname "^7%s ^1|^7 UrT"' % ctx.key,
          'set sv_joinmessage "Welcome! Be nice."', 'set sv_maxclients "16"', 'set sv_privateClients "2"')
    d.sl('set sv_privatePassword "%s"' % pp, pp, "password")
    d.sl('set rconpassword "%s"' % rc, rc, "rcon-password")
    d.nl('// set g_password "changeme"', "changeme", "placeholder")
    d.add('set g_password ""', 'set g_gametype "4"', 'set timelimit "20"', 'set fraglimit "0"', 'set g_allowvote "536870912"',
          'set sv_dlURL "https://maps.%s/urt"' % ctx.domain, 'map ut4_turnpike')
    return [d]


def red_eclipse(ctx, r):
    ap = ctx.password(r)
    sp = ctx.password(r, "human")
    d = doc(ctx, "games/redeclipse/servinit.cfg")
    d.add("// Red Eclipse dedicated server, %s" % ctx.org, 'sv_serverdesc "%s LAN"' % ctx.key, 'sv_servermotd "Fair play. Have fun."',
          "sv_serverclients 12", "sv_serveropen 2")
    d.sl('adminpass "%s"' % ap, ap, "admin-password")
    if r.random() < 0.7:
        d.sl('serverpass "%s"' % sp, sp, "password")
    k = new_key(ctx, r, "p256")
    pubhex = k.pub[1:33].hex()
    d.add("// local auth for the two moderators (public keys only, private halves stay on their machines)")
    d.nl('addlocalop %s a "%s"' % (ctx.user(r), pubhex), pubhex, "public-key")
    d.add("sv_rotatemodefilter 1", "sv_duelmaxqueued 4")
    return [d]


def cuberite(ctx, r):
    ap = ctx.password(r)
    vp = ctx.password(r, "weak")
    d = doc(ctx, "games/cuberite/webadmin.ini", crlf=True)
    d.add("[WebAdmin]", "Ports=8080", "Enabled=1")
    d.nl("; Template default was Password=admin -- changed on first boot", "admin", "documented-default",
         cite="Cuberite webadmin.ini template")
    d.add("", "[User:%s]" % ctx.user(r))
    d.sl("Password=%s" % ap, ap, "password")
    d.add("", "[User:viewer]")
    d.sl("Password=%s" % vp, vp, "password")
    s = doc(ctx, "games/cuberite/settings.ini", crlf=True)
    s.add("[Server]", "Description=%s Minecraft" % ctx.org, "MaxPlayers=20", "Ports=25565", "", "[Authentication]", "Authenticate=1",
          "Server=sessionserver.mojang.com", "Address=/session/minecraft/hasJoined?username=%USERNAME%&serverId=%SERVERID%", "",
          "[PlayerData]", "LoadOfflinePlayerData=0")
    return [d, s]


def ss14(ctx, r):
    pg = ctx.password(r, "random")
    api = ctx.strong(r, 32, AN)
    d = doc(ctx, "games/ss14/server_config.toml")
    d.add("[game]", 'hostname = "%s station"' % ctx.key, "maxplayers = 40", "", "[hub]", "advertise = %s" % r.choice(["true", "false"]),
          'server_url = "ss14://ss14.%s"' % ctx.domain, "", "[database]", 'engine = "postgres"', 'pg_host = "127.0.0.1"', "pg_port = 5432",
          'pg_database = "ss14"', 'pg_username = "ss14"')
    d.sl('pg_password = "%s"' % pg, pg, "db-password")
    d.add("", "[console]", "loginlocal = true", "", "[auth]", "mode = 1")
    w = doc(ctx, "games/ss14/watchdog/appsettings.yml")
    sha = hashlib.sha256(rbytes(r, 16)).hexdigest()
    w.add("Serilog:", "  MinimumLevel:", "    Default: Information", "", 'BaseUrl: "http://localhost:5000/"', "", "Servers:", "  Instances:",
          "    %s:" % ctx.key.split("-")[0], '      Name: "%s"' % ctx.org)
    w.sl('      ApiToken: "%s"' % api, api, "api-token")
    w.add("      ApiPort: 1212", "      TimeoutSeconds: 120", "      UpdateType: Manifest", "      Updates:",
          '        ManifestUrl: "https://cdn.%s/fork/%s/manifest"' % (ctx.domain, ctx.key))
    w.nl("      # last good build sha256: %s" % sha, sha, "checksum")
    return [d, w]


def crafty(ctx, r):
    pw = ctx.password(r)
    d = doc(ctx, "games/crafty/app/config/default-creds.txt")
    d.add("{", '    "username": "admin",')
    d.sl('    "password": "%s",' % pw, pw, "password")
    d.add('    "info": "This is NOT where you change your password. This file is only a means to give you a default password."', "}")
    uid = ruuid(r)
    tok = jwt_token(ctx, r, {"user_id": r.randint(1, 9), "iat": r.randint(1700000000, 1730000000), "token_id": r.randint(1, 40)})
    b = doc(ctx, "games/crafty/backup.sh")
    b.add("#!/bin/sh", "# called by cron at 04:30")
    b.sl("TOKEN='%s'" % tok, tok, "jwt")
    b.nl("SERVER=%s" % uid, uid, "uuid")
    b.add('curl -sk -X POST -H "Authorization: Bearer $TOKEN" "https://crafty.%s:8443/api/v2/servers/$SERVER/action/backup_server"' % ctx.domain)
    return [d, b]


def sandstorm(ctx, r):
    rc = ctx.password(r)
    gslt = ctx.strong(r, 32, "0123456789ABCDEF")
    jp = ctx.password(r, "weak")
    d = doc(ctx, "games/sandstorm/Insurgency/Saved/Config/LinuxServer/Game.ini")
    d.add("[Rcon]", "bEnabled=True")
    d.sl("Password=%s" % rc, rc, "rcon-password")
    d.add("ListenPort=27015", "bUseBroadcastAddress=True", "ListenAddressOverride=", "bAllowConsoleCommands=True",
          "MaxPasswordAttempts=3", "IncorrectPasswordBanTime=30", "", "[/Script/Insurgency.INSGameMode]", "bKillFeed=True",
          "bKillFeedSpectator=True", "bKillerInfo=True", "bKillerInfoRevealDistance=False")
    s = doc(ctx, "games/sandstorm/start.sh")
    s.add("#!/bin/bash", "cd /opt/sandstorm/Insurgency/Binaries/Linux || exit 1")
    s.sl("JOIN_PW='%s'" % jp, jp, "password")
    line = ('./InsurgencyServer-Linux-Shipping "Oilfield?Scenario=Scenario_Refinery_Push_Security?MaxPlayers=20?password=${JOIN_PW}" '
            '-Port=27102 -QueryPort=27131 -log -hostname="%s" -GSLTToken=%s -Mods' % (ctx.org, gslt))
    s.sl(line, gslt, "steam-gslt")
    adm = doc(ctx, "games/sandstorm/Insurgency/Config/Server/Admins.txt")
    sid = "7656119%010d" % r.randrange(10 ** 9, 10 ** 10)
    adm.nl(sid, sid, "steam-id")
    adm.add("7656119%010d" % r.randrange(10 ** 9, 10 ** 10))
    return [d, s, adm]


KINDS = {
    "FileBrowser": filebrowser, "Filestash": filestash, "Calibre-Web": calibre_web, "Audiobookshelf": audiobookshelf,
    "LibrePhotos": librephotos, "Hubzilla": hubzilla, "Solidtime": solidtime, "Easy!Appointments": easyappointments,
    "Beszel": beszel,
    "Urban Terror": urban_terror, "Red Eclipse": red_eclipse, "Cuberite": cuberite, "Space Station 14": ss14,
    "Crafty Controller": crafty, "Insurgency: Sandstorm": sandstorm,
}
