"""Tool / config kinds, part 2: home, energy and devices (9 kinds) and game servers (9 kinds)."""

import base64

import prov34
from core34 import B62, DIGITS, HEX, LOWER, UPPER, N, PID, S, b64, rbytes, rhex, rs
from tools34a import ys


# ---------------------------------------------------------------- home, energy, devices
def k_knx(c, r):
    d = c.doc("knx/xknx.yaml")
    d.add("# xknx connection for the KNX IP Secure router (keyring exported from ETS)")
    d.add("connection:")
    d.add("  connection_type: TUNNELING_TCP_SECURE")
    d.add("  gateway_ip: 10.%d.%d.20" % (r.randint(0, 99), r.randint(0, 99)))
    d.add("  individual_address: 1.1.%d" % r.randint(200, 250))
    d.add("  secure_config:")
    d.add("    user_id: %d" % r.randint(2, 6))
    d.add("    user_password: ", *ys(c.pw(r, safe="std"), "knx-tunnel-user-password"))
    d.add("    device_authentication_password: ", *ys(c.pw(r, safe="std"), "knx-device-auth-password"))
    d.add("    knxkeys_file_path: /config/knx/%s.knxkeys" % c.slug)
    d.add("    knxkeys_password: ", *ys(c.pw(r, safe="std"), "knx-keyring-password"))
    d.add("    backbone_key: ", S(c.hexs(r, 32, upper=True), "knx-backbone-key"))
    d.add("# router serial (label on the device): ", N(c.neg("00FA:%s" % rhex(r, 8, upper=True)), "device-serial"))


def k_phue(c, r):
    d = c.doc("hue/.python_hue")
    ip = "10.%d.%d.%d" % (r.randint(0, 99), r.randint(0, 99), r.randint(2, 250))
    d.add('{"%s": {"username": "' % ip, S(c.rnd(r, 40, B62), "hue-application-key"), '"}}')
    d2 = c.doc("hue/entertainment.yaml")
    d2.add("# Hue entertainment streaming (DTLS PSK)")
    d2.add("bridge:")
    d2.add("  host: %s" % ip)
    d2.add("  bridge_id: ", N(c.neg("001788FFFE" + rhex(r, 6, upper=True)), "device-id"))
    d2.add("  clientkey: ", S(c.hexs(r, 32, upper=True), "hue-entertainment-clientkey"))
    d2.add("  area: %s" % r.choice(["hall", "shop", "workshop"]))


def k_solarman(c, r):
    d = c.doc("solar/solarman-config.json")
    d.add("{")
    d.add('  "name": "%s roof",' % c.org)
    d.add('  "url": "globalapi.solarmanpv.com",')
    d.add('  "appid": "', N(c.neg(str(r.randint(2 * 10 ** 11, 3 * 10 ** 11))), "app-id"), '",')
    d.add('  "secret": "', S(c.hexs(r, 32), "solarman-app-secret"), '",')
    d.add('  "username": "solar@%s",' % c.domain)
    d.add('  "password": "', S(c.pw(r), "solarman-password"), '",')
    d.add('  "stationId": %d,' % r.randint(10 ** 6, 10 ** 7))
    d.add('  "inverterId": "', N(c.neg("SS%s" % rs(r, 10, UPPER + DIGITS)), "device-serial"), '",')
    d.add('  "loggerId": "%d"' % r.randint(10 ** 9, 4 * 10 ** 9))
    d.add("}")


def k_emsesp(c, r):
    d = c.doc("heating/emsesp_settings.json")
    d.add("{")
    d.add('  "type": "settings",')
    d.add('  "System": {')
    d.add('    "version": "3.7.2",')
    d.add('    "hostname": "ems-esp",')
    d.add('    "password": "', S(c.pw(r), "emsesp-admin-password"), '"')
    d.add("  },")
    d.add('  "Network": {')
    d.add('    "ssid": "%s",' % c.T["ssids"][0])
    d.add('    "password": "', S(c.pw(r, style="phrase"), "emsesp-wifi-password"), '",')
    d.add('    "static_ip_config": false')
    d.add("  },")
    d.add('  "AP": {')
    d.add('    "provision_mode": 1,')
    d.add('    "ssid": "ems-esp",')
    d.add('    "password": "', N(c.neg("ems-esp-neo"), "documented-default",
                                   cite="EMS-ESP factory access-point / admin password (from memory)"), '"')
    d.add("  },")
    d.add('  "MQTT": {')
    d.add('    "enabled": true,')
    d.add('    "host": "mqtt.int.%s",' % c.domain)
    d.add('    "port": 1883,')
    d.add('    "username": "emsesp",')
    d.add('    "password": "', S(c.pw(r), "emsesp-mqtt-password"), '",')
    d.add('    "base": "ems-esp"')
    d.add("  }")
    d.add("}")


def k_roomba(c, r):
    d = c.doc("roomba/config.ini")
    ip = "10.%d.%d.%d" % (r.randint(0, 99), r.randint(0, 99), r.randint(2, 250))
    blid = rhex(r, 16, upper=True)
    d.add("[%s]" % ip)
    d.add("blid = ", N(c.neg(blid), "device-id"))
    d.add("password = ", S(c.uniq(lambda: ":1:%d:%s" % (r.randint(1500000000, 1750000000), rs(r, 16))),
                           "roomba-local-password"))
    d.add("data = {'ver': '3', 'hostname': 'Roomba-%s', 'robotname': 'Sweeper', 'ip': '%s', 'sku': 'R980020'}"
          % (blid, ip))


def k_husqvarna(c, r):
    d = c.doc("mower/automower.env")
    d.add("# Husqvarna developer portal, application 'yard-schedule'")
    d.add("HUSQVARNA_APP_KEY=", PID(prov34.uuid(r)))
    d.add("HUSQVARNA_APP_SECRET=", S(c.uniq(lambda: prov34.uuid(r)), "husqvarna-application-secret", pair=True))
    d.add("MOWER_ID=", N(c.neg(prov34.uuid(r)), "uuid"))
    d.add("POLL_SECONDS=300")


def k_nightscout(c, r):
    d = c.doc("nightscout/.env")
    d.add("# Nightscout for the staff first-aid glucose log")
    d.add("MONGODB_URI=mongodb+srv://nightscout:", S(c.pw(r, safe="uri"), "nightscout-mongodb-password"),
          "@cluster0.%s.mongodb.net/nightscout?retryWrites=true" % rs(r, 5, LOWER + DIGITS))
    d.add("API_SECRET=", S(c.pw(r, style="phrase"), "nightscout-api-secret"))
    d.add("# ", N("API_SECRET must be at least 12 characters long", "policy-sentence"))
    d.add("DISPLAY_UNITS=mmol")
    d.add("ENABLE=careportal basal iob cob bridge")
    d.add("AUTH_DEFAULT_ROLES=denied")
    d.add("BRIDGE_USER_NAME=%s" % c.people[2].email)
    d.add("BRIDGE_PASSWORD=", S(c.pw(r, safe="shell"), "nightscout-bridge-password"))
    d2 = c.doc("nightscout/uploader.txt")
    d2.add("Uploader URL for the phone (role readable):")
    tok = c.uniq(lambda: "readable-" + rhex(r, 16))
    d2.add("https://ns.%s/api/v1/entries.json?token=" % c.domain, S(tok, "nightscout-access-token"))


def k_jeedom(c, r):
    d = c.doc("jeedom/core/config/common.config.php")
    d.add("<?php")
    d.add("global $CONFIG;")
    d.add("$CONFIG = array(")
    d.add("\t'db' => array(")
    d.add("\t\t'host' => 'localhost',")
    d.add("\t\t'port' => '3306',")
    d.add("\t\t'dbname' => 'jeedom',")
    d.add("\t\t'username' => 'jeedom',")
    d.add("\t\t'password' => '", S(c.rnd(r, 15, B62), "jeedom-db-password"), "',")
    d.add("\t),")
    d.add(");")
    d2 = c.doc("jeedom/core/config/common.config.sample.php")
    d2.add("<?php")
    d2.add("global $CONFIG;")
    d2.add("$CONFIG = array(")
    d2.add("\t'db' => array(")
    d2.add("\t\t'host' => '#HOST#',")
    d2.add("\t\t'port' => '#PORT#',")
    d2.add("\t\t'dbname' => '#DBNAME#',")
    d2.add("\t\t'username' => '#USERNAME#',")
    d2.add("\t\t'password' => '", N(c.neg("#PASSWORD#"), "placeholder"), "',")
    d2.add("\t),")
    d2.add(");")
    d3 = c.doc("jeedom/scripts/open-gate.sh")
    d3.add("#!/bin/sh")
    d3.add("curl -s \"http://jeedom.int.%s/core/api/jeeApi.php?apikey=" % c.domain,
           S(c.rnd(r, 32, B62), "jeedom-api-key"), "&type=cmd&id=%d\"" % r.randint(100, 999))


def k_nuki(c, r):
    d = c.doc("nuki/bridge.yaml")
    d.add("# Nuki bridge HTTP API (door locks)")
    d.add("bridge:")
    d.add("  host: 10.%d.%d.%d" % (r.randint(0, 99), r.randint(0, 99), r.randint(2, 250)))
    d.add("  port: 8080")
    d.add("  token: ", *ys(c.rnd(r, 6, LOWER + DIGITS), "nuki-bridge-token"))
    d.add("locks:")
    for i in range(2):
        d.add("  - name: %s" % c.T["places"][i][1].replace(" ", "-"))
        d.add("    nukiId: %d" % r.randint(10 ** 8, 10 ** 9))
    ts = "2025-0%d-1%dT0%d:1%d:0%dZ" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9),
                                       r.randint(0, 9))
    d.add("# tested with a hashed token (ts, rnr, hash) instead of the plain one:")
    d.add("# /lockAction?nukiId=%d&action=1&ts=%s&rnr=%d&hash=" % (r.randint(10 ** 8, 10 ** 9), ts,
                                                                  r.randint(1000, 9999)),
          N(c.neg(rhex(r, 64)), "hash-sha256"))


# ---------------------------------------------------------------- game servers
def k_srcds(c, r):
    game, cfg = r.choice([("tf", "tf/cfg/server.cfg"), ("left4dead2", "left4dead2/cfg/server.cfg")])
    d = c.doc("games/srcds/" + cfg)
    d.add('hostname "%s community server"' % c.org)
    d.add('rcon_password "', S(c.pw(r, safe="shell"), "srcds-rcon-password"), '"')
    if r.random() < 0.5:
        d.add('sv_password "', S(c.pw(r, style=r.choice(["weak", "year"])), "srcds-server-password"), '"')
    else:
        d.add('// sv_password "', N(c.neg("changeme"), "placeholder"), '"')
    d.add("sv_lan 0")
    d.add("sv_region 255")
    d.add("mp_timelimit 30")
    if game == "left4dead2":
        d.add("sv_steamgroup ", N(c.neg(str(r.randint(10 ** 7, 10 ** 8))), "object-id"))
    d.add('sv_contact "%s"' % c.people[0].email)
    d2 = c.doc("games/srcds/start.sh")
    d2.add("#!/bin/bash")
    d2.add("cd \"$(dirname \"$0\")\"")
    d2.add("./srcds_run -game %s -console -port 27015 +map %s +maxplayers 24 \\" %
           (game, "ctf_2fort" if game == "tf" else "c1m1_hotel"))
    d2.add("  +sv_setsteamaccount ", S(c.hexs(r, 32, upper=True), "steam-gslt"), " -autoupdate")


def k_urbanterror(c, r):
    d = c.doc("games/urt/q3ut4/server.cfg")
    d.add('set sv_hostname "^7%s ^1UrT"' % c.slug)
    d.add('set sv_joinmessage "welcome to %s"' % c.org)
    d.add('set sv_maxclients "16"')
    d.add('set g_password ""')
    d.add('set sv_privateClients "2"')
    d.add('set sv_privatePassword "', S(c.pw(r, safe="shell"), "urt-private-password"), '"')
    d.add('set rconpassword "', S(c.pw(r, safe="shell"), "urt-rcon-password"), '"')
    d.add('set g_refpass "', S(c.pw(r, style="weak"), "urt-referee-password"), '"')
    d.add('set g_gametype "4"')
    d.add('// set rconpassword "', N(c.neg("yourpassword"), "placeholder"), '"')
    d.add('set sv_dlURL "https://maps.%s/urt"' % c.domain)


def k_etlegacy(c, r):
    d = c.doc("games/etlegacy/etmain/etl_server.cfg")
    d.add('set sv_hostname "^1%s ^7ET:L"' % c.slug)
    d.add('set g_motd "%s"' % c.org)
    d.add('set sv_maxclients "24"')
    d.add('set g_password ""')
    d.add('set sv_privatepassword "', S(c.pw(r, safe="shell"), "etl-private-password"), '"')
    d.add('set rconpassword "', S(c.pw(r, safe="shell"), "etl-rcon-password"), '"')
    d.add('set refereePassword "', S(c.pw(r, safe="shell"), "etl-referee-password"), '"')
    if r.random() < 0.5:
        d.add('set shoutcastPassword "', S(c.pw(r, style="weak"), "etl-shoutcast-password"), '"')
    d.add('set sv_wwwBaseURL "https://files.%s/etl"' % c.domain)
    d.add("// pak0.pk3 md5 ", N(c.neg(rhex(r, 32)), "checksum-md5"))


def k_pavlov(c, r):
    d = c.doc("games/pavlov/Pavlov/Saved/Config/RconSettings.txt", crlf=True)
    d.add("Password=", S(c.pw(r, safe="alnum"), "pavlov-rcon-password"))
    d.add("Port=9100")
    d2 = c.doc("games/pavlov/Pavlov/Saved/Config/LinuxServer/Game.ini", crlf=True)
    d2.add("[/Script/Pavlov.DedicatedServer]")
    d2.add("bEnabled=true")
    d2.add('ServerName="%s"' % c.org)
    d2.add("MaxPlayers=10")
    d2.add("bSecured=true")
    d2.add("bCustomServer=true")
    d2.add("bWhitelist=false")
    d2.add("RefreshListTime=120")
    d2.add("TickRate=90")
    d2.add("TimeLimit=60")
    d2.add("Password=", S(c.pin(r, 4), "pavlov-server-pin"))
    d2.add('MapRotation=(MapId="', N(c.neg("UGC%d" % r.randint(10 ** 9, 4 * 10 ** 9)), "object-id"),
           '", GameMode="TDM")')
    d2.add('MapRotation=(MapId="datacenter", GameMode="SND")')


def k_rathena(c, r):
    d = c.doc("games/rathena/conf/import/inter_conf.txt")
    d.add("// import/inter_conf.txt - overrides for the live server")
    d.add("login_server_ip: 127.0.0.1")
    d.add("login_server_port: 3306")
    d.add("login_server_id: ragnarok")
    d.add("login_server_pw: ", S(c.pw(r, safe="shell"), "rathena-login-db-password"))
    d.add("login_server_db: ragnarok")
    d.add("ipban_db_id: ragnarok")
    d.add("ipban_db_pw: ", S(c.pw(r, safe="shell"), "rathena-ipban-db-password"))
    d.add("char_server_id: ragnarok")
    d.add("char_server_pw: ", S(c.pw(r, safe="shell"), "rathena-char-db-password"))
    d.add("map_server_id: ragnarok")
    d.add("map_server_pw: ", S(c.pw(r, safe="shell"), "rathena-map-db-password"))
    d2 = c.doc("games/rathena/conf/char_athena.conf")
    d2.add("// Server Communication username and password.")
    d2.add("// Change these in conf/import/char_conf.txt; the shipped defaults are s1 / p1.")
    d2.add("userid: s1")
    d2.add("passwd: ", N(c.neg("p1"), "documented-default", cite="rAthena char_athena.conf shipped default"))
    d2.add("server_name: %s" % c.slug)
    d2.add("char_ip: 127.0.0.1")


def k_azerothcore(c, r):
    d = c.doc("games/azerothcore/etc/worldserver.conf")
    d.add("[worldserver]")
    d.add("RealmID = 1")
    d.add('DataDir = "/opt/acore/data"')
    d.add('LogsDir = "/opt/acore/logs"')
    d.add('LoginDatabaseInfo     = "127.0.0.1;3306;acore_auth;', S(c.pw(r, safe="uri"), "azerothcore-auth-db-password"),
          ';acore_auth"')
    d.add('WorldDatabaseInfo     = "127.0.0.1;3306;acore_world;', S(c.pw(r, safe="uri"), "azerothcore-world-db-password"),
          ';acore_world"')
    d.add('CharacterDatabaseInfo = "127.0.0.1;3306;acore_chars;', S(c.pw(r, safe="uri"), "azerothcore-chars-db-password"),
          ';acore_characters"')
    d.add("SOAP.Enabled = 0")
    d.add("Ra.Enable = 0")
    d2 = c.doc("games/azerothcore/etc/authserver.conf.dist")
    d2.add("[authserver]")
    d2.add("#    LoginDatabaseInfo")
    d2.add('#        Default:     "127.0.0.1;3306;acore;acore;acore_auth"')
    d2.add('LoginDatabaseInfo = "127.0.0.1;3306;acore;', N(c.neg("acore"), "documented-default",
                                                               cite="AzerothCore authserver.conf.dist default"),
           ';acore_auth"')


def k_opensim(c, r):
    d = c.doc("games/opensim/bin/config-include/GridCommon.ini")
    d.add("[DatabaseService]")
    d.add('    StorageProvider = "OpenSim.Data.MySQL.dll"')
    d.add('    ; ConnectionString = "Data Source=localhost;Database=opensim;User ID=opensim;Password=',
          N(c.neg("***"), "placeholder", cite="OpenSim example config"), ';Old Guids=true;SslMode=None;"')
    d.add('    ConnectionString = "Data Source=localhost;Database=opensim;User ID=opensim;Password=',
          S(c.pw(r, safe="uri"), "opensim-db-password"), ';Old Guids=true;SslMode=None;"')
    d.add("")
    d.add("[Hypergrid]")
    d.add('    HomeURI = "http://grid.%s:8002"' % c.domain)
    d2 = c.doc("games/opensim/bin/OpenSim.ini")
    d2.add("[Network]")
    d2.add("    http_listener_port = 9000")
    d2.add('    ConsoleUser = "Admin"')
    d2.add('    ConsolePass = "', S(c.pw(r, safe="shell"), "opensim-console-password"), '"')
    d2.add("[RemoteAdmin]")
    d2.add("    enabled = true")
    d2.add('    access_password = "', S(c.pw(r, safe="shell"), "opensim-remoteadmin-password"), '"')


def k_multicraft(c, r):
    d = c.doc("games/multicraft/multicraft.conf")
    d.add("[multicraft]")
    d.add("user = minecraft")
    d.add("ip = 0.0.0.0")
    d.add("port = 25465")
    d.add("password = ", S(c.pw(r, safe="std"), "multicraft-daemon-password"))
    d.add("id = 1")
    d.add("database = mysql:host=127.0.0.1;dbname=multicraft_daemon")
    d.add("dbUser = multicraft")
    d.add("dbPassword = ", S(c.pw(r, safe="std"), "multicraft-db-password"))
    d.add("name = %s" % c.slug)
    d2 = c.doc("games/multicraft/panel/protected/config/config.php")
    d2.add("<?php")
    d2.add("return array (")
    d2.add("  'panel_db' => 'sqlite:'.dirname(__FILE__).'/../data/data.db',")
    d2.add("  'daemon_db' => 'mysql:host=127.0.0.1;dbname=multicraft_daemon',")
    d2.add("  'daemon_password' => '", N(c.neg("none"), "documented-default",
                                          cite="Multicraft default daemon password 'none'"),
           "', // TODO copy from multicraft.conf")
    d2.add("  'superuser' => 'admin',")
    d2.add(");")


def k_otserv(c, r):
    d = c.doc("games/otserv/config.lua")
    d.add("-- Connection Config")
    d.add('ip = "play.%s"' % c.domain)
    d.add("loginProtocolPort = 7171")
    d.add("gameProtocolPort = 7172")
    d.add('serverName = "%s"' % c.slug.capitalize())
    d.add("-- MySQL")
    d.add('mysqlHost = "127.0.0.1"')
    d.add('mysqlUser = "otserv"')
    d.add('mysqlPass = "', S(c.pw(r), "otserv-mysql-password"), '"')
    d.add('mysqlDatabase = "otserv"')
    d.add("mysqlPort = 3306")
    d.add('mysqlSock = ""')
    d.add('passwordType = "sha1"')
    d2 = c.doc("games/otserv/schema-seed.sql")
    d2.add("-- god account for the test world (password stored as sha1)")
    d2.add("INSERT INTO `accounts` (`id`, `name`, `password`, `type`) VALUES (1, 'god', '",
           N(c.neg(rhex(r, 40)), "hash-sha1"), "', 5);")


KINDS_B = {
    "knx": k_knx, "phue": k_phue, "solarman": k_solarman, "emsesp": k_emsesp, "roomba": k_roomba,
    "husqvarna": k_husqvarna, "nightscout": k_nightscout, "jeedom": k_jeedom, "nuki": k_nuki,
    "srcds": k_srcds, "urbanterror": k_urbanterror, "etlegacy": k_etlegacy, "pavlov": k_pavlov,
    "rathena": k_rathena, "azerothcore": k_azerothcore, "opensim": k_opensim, "multicraft": k_multicraft,
    "otserv": k_otserv,
}
