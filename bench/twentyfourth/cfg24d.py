"""Tool/config kinds, part D: game servers, media, home automation and device gateways (twentyfourth)."""
from core24 import Doc, b64, path
import prov24


def conan(c):
    d = Doc(path(c, "games/conan/ConanSandbox/Saved/Config/WindowsServer/ServerSettings.ini"), crlf=True, fmt="ini")
    d.t("[ServerSettings]\nPVPEnabled=False\nMaxNudity=0\nServerCommunity=2")
    d.s("AdminPassword=@@", c.pw(), "game-admin-password")
    d.t("MaxPlayers=40\nServerRegion=1")
    return [d]


def unturned(c):
    d = Doc(path(c, "games/unturned/Servers/%s/Server/Commands.dat" % c.theme.key.split("-")[0]))
    d.t("Name %s LAN\nMap PEI\nPort 27015\nMaxplayers 16\nPerspective Both\nMode Normal" % c.v["name"][:20])
    d.s("Password @@", c.pw(style="weak"), "game-join-password")
    d.n("Owner @@", "7656119" + c.digits(10), "steamid64")
    d.t("Cheats off")
    return [d]


def spaceeng(c):
    d = Doc(path(c, "games/space-engineers/SpaceEngineers-Dedicated.cfg"), crlf=True, fmt="xml")
    d.t('<?xml version="1.0"?>\n<MyConfigDedicated xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <ServerName>%s</ServerName>\n  <WorldName>Star System</WorldName>\n  <RemoteApiEnabled>true</RemoteApiEnabled>\n  <RemoteApiPort>8080</RemoteApiPort>' % c.v["name"][:24])
    d.s("  <RemoteSecurityKey>@@</RemoteSecurityKey>", c.b64key(16), "space-engineers-remote-key")
    d.n("  <ServerPasswordHash>@@</ServerPasswordHash>", c.b64key(20), "password-hash")
    d.n("  <ServerPasswordSalt>@@</ServerPasswordSalt>", c.b64key(16), "password-salt")
    d.t("</MyConfigDedicated>")
    return [d]


def starbound(c):
    d = Doc(path(c, "games/starbound/storage/starbound_server.config"), fmt="json")
    d.t('{\n  "allowAdminCommands" : true,\n  "gameServerPort" : 21025,\n  "maxPlayers" : 8,\n  "runRconServer" : true,\n  "rconServerPort" : 21026,')
    d.s('  "rconServerPassword" : "@@",', c.pw(), "game-rcon-password")
    d.t('  "serverUsers" : {\n    "%s" : {\n      "admin" : true,' % c.person()["user"])
    d.s('      "password" : "@@"', c.pw(style="weak"), "game-user-password")
    d.t('    }\n  }\n}')
    return [d]


def dst(c):
    d = Doc(path(c, "games/dst/MyDediServer/cluster.ini"), fmt="ini")
    d.t("[GAMEPLAY]\ngame_mode = survival\nmax_players = 6\npvp = false\n\n[NETWORK]\ncluster_description = %s\ncluster_name = %s\ncluster_intention = cooperative" % (c.v["name"], c.theme.key))
    d.s("cluster_password = @@", c.pw(style="weak"), "game-join-password")
    d.t("\n[SHARD]\nshard_enabled = true\nbind_ip = 127.0.0.1\nmaster_ip = 127.0.0.1\nmaster_port = 10889")
    d.s("cluster_key = @@", c.pw(style="alnum"), "dst-cluster-key")
    return [d]


def squad(c):
    d = Doc(path(c, "games/squad/SquadGame/ServerConfig/Rcon.cfg"))
    d.t("IP=0.0.0.0\nPort=21114")
    d.s("Password=@@", c.pw(), "game-rcon-password")
    d.t("MaxConnections=5")
    return [d]


def vintagestory(c):
    d = Doc(path(c, "games/vintagestory/data/serverconfig.json"), fmt="json")
    d.t('{\n  "FileEditWarning": "",\n  "ConfigVersion": "1.9",\n  "ServerName": "%s",\n  "Port": 42420,\n  "MaxClients": 16,' % c.v["name"][:24])
    d.s('  "Password": "@@",', c.pw(style="weak"), "game-join-password")
    d.t('  "AdvertiseServer": false,\n  "WhitelistMode": 1\n}')
    return [d]


def minetest(c):
    d = Doc(path(c, "games/luanti/minetest.conf"))
    d.t("server_name = %s\nserver_announce = false\nport = 30000\nname = %s" % (c.v["name"], c.person()["user"]))
    d.s("default_password = @@", c.pw(style="weak"), "game-default-password")
    d.t("default_privs = interact, shout\nenable_damage = true")
    return [d]


def teeworlds(c):
    d = Doc(path(c, "games/teeworlds/autoexec.cfg"))
    d.t("sv_name \"%s LAN\"\nsv_port 8303\nsv_max_clients 12" % c.v["name"][:20])
    d.s("password \"@@\"", c.pw(style="weak"), "game-join-password")
    d.s("sv_rcon_password \"@@\"", c.pw(), "game-rcon-password")
    d.t("sv_map dm1")
    return [d]


def xonotic(c):
    d = Doc(path(c, "games/xonotic/data/server.cfg"))
    d.t("hostname \"%s friday night\"\nsv_public 0\nmaxplayers 10\nport 26000" % c.v["name"][:20])
    d.s("rcon_password \"@@\"", c.pw(), "game-rcon-password")
    d.t("g_maplist \"afterslime atelier catharsis\"")
    return [d]


def mordhau(c):
    d = Doc(path(c, "games/mordhau/Mordhau/Saved/Config/LinuxServer/Game.ini"), crlf=True, fmt="ini")
    d.t("[/Script/Mordhau.MordhauGameMode]\nPlayerRespawnTime=5.000000\n\n[/Script/Mordhau.MordhauGameSession]\nMaxSlots=32\nServerName=%s" % c.v["name"][:24])
    d.s("ServerPassword=@@", c.pw(style="weak"), "game-join-password")
    d.s("AdminPassword=@@", c.pw(), "game-admin-password")
    return [d]


def jackett(c):
    d = Doc(path(c, "media/jackett/ServerConfig.json"), fmt="json")
    d.t('{\n  "Port": 9117,\n  "AllowExternal": true,')
    d.s('  "APIKey": "@@",', c.token(32, "abcdefghijklmnopqrstuvwxyz0123456789"), "jackett-api-key")
    d.n('  "AdminPassword": "@@",', c.hexs(128), "sha512-password-hash")
    d.n('  "InstanceId": "@@",', c.token(64, "abcdefghijklmnopqrstuvwxyz0123456789"), "instance-id")
    d.t('  "UpdateDisabled": false\n}')
    return [d]


def mopidy(c):
    d = Doc(path(c, "media/mopidy/mopidy.conf"), fmt="ini")
    d.t("[core]\ndata_dir = /var/lib/mopidy\n\n[http]\nhostname = 0.0.0.0\nport = 6680\n\n[spotify]\nenabled = true")
    d.n("client_id = @@", c.uuid(), "spotify-client-id")
    d.s("client_secret = @@", c.b64key(30).replace("/", "_").replace("+", "-"), "mopidy-spotify-client-secret")
    d.t("\n[subidy]\nurl = https://music.%s\nusername = radio" % c.v["domain"])
    d.s("password = @@", c.pw(), "subsonic-password")
    return [d]


def photoprism(c):
    d = Doc(path(c, "media/photoprism/compose.yaml"))
    d.t("services:\n  photoprism:\n    image: photoprism/photoprism:latest\n    ports:\n      - \"2342:2342\"\n    environment:\n      PHOTOPRISM_ADMIN_USER: \"admin\"")
    d.s("      PHOTOPRISM_ADMIN_PASSWORD: \"@@\"", c.pw(), "photoprism-admin-password")
    d.t("      PHOTOPRISM_SITE_URL: \"https://photos.%s/\"\n      PHOTOPRISM_DATABASE_DRIVER: \"mysql\"\n      PHOTOPRISM_DATABASE_SERVER: \"mariadb:3306\"\n      PHOTOPRISM_DATABASE_USER: \"photoprism\"" % c.v["domain"])
    d.s("      PHOTOPRISM_DATABASE_PASSWORD: \"@@\"", c.pw(), "db-password")
    d.t("    volumes:\n      - \"./originals:/photoprism/originals\"")
    return [d]


def iobroker(c):
    d = Doc(path(c, "iobroker/iobroker-data/iobroker.json"), fmt="json")
    d.t('{\n  "system": {\n    "memoryLimitMB": 0,\n    "hostname": "%s"\n  },\n  "objects": {\n    "type": "redis",\n    "host": "%s",\n    "port": 6379,' % (c.host("iob"), c.host("redis")))
    pw = c.pw()
    d.s('    "pass": "@@"', pw, "redis-password")
    d.t('  },\n  "states": {\n    "type": "redis",\n    "host": "%s",\n    "port": 6379,' % c.host("redis"))
    d.s('    "pass": "@@"', pw, "redis-password")
    d.t('  }\n}')
    return [d]


def pikvm(c):
    d = Doc(path(c, "pikvm/etc/kvmd/ipmipasswd"))
    d.n("# <ipmi_user>:<ipmi_passwd> -> <kvmd_user>:<kvmd_passwd>", "<ipmi_passwd>", "placeholder")
    pw = c.pw(style="alnum")
    d.s("admin:%s -> admin:@@" % pw, pw, "pikvm-ipmi-password")
    return [d]


def zwavejs(c):
    d = Doc(path(c, "zwave-js-ui/store/settings.json"), fmt="json")
    d.t('{\n  "zwave": {\n    "port": "/dev/serial/by-id/usb-Zooz_800_Z-Wave_Stick-if00",\n    "securityKeys": {')
    d.s('      "S2_Unauthenticated": "@@",', c.hexkey(32).upper(), "zwave-s2-key")
    d.s('      "S2_Authenticated": "@@",', c.hexkey(32).upper(), "zwave-s2-key")
    d.s('      "S0_Legacy": "@@"', c.hexkey(32).upper(), "zwave-s0-key")
    d.t('    }\n  },\n  "mqtt": {\n    "host": "mqtt://%s",\n    "username": "zwave",' % c.host("mqtt"))
    d.s('    "password": "@@"', c.pw(), "mqtt-password")
    d.t('  }\n}')
    return [d]


def rhasspy(c):
    d = Doc(path(c, "rhasspy/profiles/en/profile.json"), fmt="json")
    d.t('{\n  "mqtt": {\n    "enabled": "true",\n    "host": "%s",\n    "username": "rhasspy",' % c.host("mqtt"))
    d.s('    "password": "@@",', c.pw(), "mqtt-password")
    d.t('    "site_id": "%s"\n  },\n  "speech_to_text": { "system": "kaldi" }\n}' % c.host("sat"))
    return [d]


KINDS = [conan, unturned, spaceeng, starbound, dst, squad, vintagestory, minetest, teeworlds, xonotic, mordhau,
         jackett, mopidy, photoprism, iobroker, pikvm, zwavejs, rhasspy]
