"""Tool kinds 15-31: game servers and home / energy / device hubs."""
import json

from core35 import ALNUM, HEX, V, Doc, b64, b64u, rs
import keys35
import prov35

LOWHEX = HEX


def satisfactory(c, r):
    d = Doc("games/satisfactory/api-health.sh")
    tok = "ewoJInBsIjogIkFQSVRva2VuIgp9." + rs(r, 128, "ABCDEF0123456789")
    c.wrap_uniq(tok)
    d.add("#!/usr/bin/env bash", "# Satisfactory dedicated server HTTPS API (token from server.GenerateAPIToken)",
          "HOST=factory.%s:7777" % c.domain)
    d.sec(V("TOKEN='", "'"), tok, "satisfactory-api-token")
    d.add("curl -sk -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\",
          "  -d '{\"function\":\"QueryServerState\"}' \"https://$HOST/api/v1\"")
    if r.random() < 0.5:
        d.sec(V("# admin password set in-game: ", ""), c.password(r), "game-admin-password")
    return [d]


def garrysmod(c, r):
    d = Doc("games/gmod/garrysmod/cfg/server.cfg")
    d.add("hostname \"%s Sandbox\"" % c.org, "sv_lan 0", "sv_region 255")
    d.sec(V("rcon_password \"", "\""), c.password(r), "rcon-password")
    if r.random() < 0.5:
        d.sec(V("sv_password \"", "\""), c.human(r), "game-join-password")
    else:
        d.neg(V("// sv_password \"", "\""), "changeme", "placeholder")
    s = Doc("games/gmod/start.sh")
    s.add("#!/bin/sh")
    s.sec(V("./srcds_run -game garrysmod +maxplayers 16 +map gm_construct -authkey ",
            " +host_workshop_collection %d" % r.randrange(10 ** 9, 3 * 10 ** 9)), c.alnum(r, 32, "0123456789ABCDEF"),
          "steam-web-api-key")
    return [d, s]


def necesse(c, r):
    d = Doc("games/necesse/cfg/server.cfg", crlf=r.random() < 0.5)
    d.add("SERVER = {", "\tport = 14159,", "\tslots = 10,", "\towner = ,")
    d.sec(V("\tpassword = ", ","), c.human(r), "game-join-password")
    d.add("\tmaxClientLatencySeconds = 30,", "\tpauseWhenEmpty = true,", "\tgiveClientsPower = false,",
          "\tlogging = true,", "\tzipSaves = true,", "}")
    return [d]


def soldat(c, r):
    d = Doc("games/soldat/soldat.ini", crlf=True)
    d.add("[NETWORK]", "Port=23073", "Server_Name=%s Soldat" % c.org)
    d.sec(V("Game_Password="), c.human(r), "game-join-password")
    d.sec(V("Admin_Password="), c.strong(r), "game-admin-password")
    d.add("Max_Players=16", "", "[GAME]", "Respawn_Time=180")
    d.neg(V("; soldat.smod md5 "), prov35.hashval(r, "md5")[1], "hash-md5")
    return [d]


def scum(c, r):
    d = Doc("games/scum/SCUM/Saved/Config/WindowsServer/ServerSettings.ini", crlf=True)
    d.add("[General]", "scum.ServerName=%s Island" % c.org, "scum.MaxPlayers=64")
    d.sec(V("scum.ServerPassword="), c.human(r), "game-join-password")
    d.add("scum.WelcomeMessage=Welcome", "scum.AllowFirstPerson=1")
    d.neg(V("; AdminUsers: SteamID "), str(76561190000000000 + r.randrange(10 ** 9)), "steam-id")
    return [d]


def nukkit(c, r):
    d = Doc("games/nukkit/server.properties")
    d.add("#Properties Config file", "motd=%s Bedrock" % c.org, "server-port=19132", "enable-rcon=on",
          "rcon.port=25575")
    d.sec(V("rcon.password="), c.strong(r), "rcon-password")
    d.add("white-list=on", "xbox-auth=on")
    y = Doc("games/nukkit/plugins/DbLib/config.yml")
    y.add("mysql:", "  host: db.%s" % c.domain, "  user: nukkit")
    y.sec(V("  password: \"", "\""), c.password(r), "password-yaml")
    return [d, y]


def evennia(c, r):
    d = Doc("games/mud/server/conf/secret_settings.py")
    d.add('"""', "This file is meant for when you want to share your game dir with", "others but don't want to share "
          "all details of your specific game or local server setup.", '"""', "")
    d.sec(V("SECRET_KEY = '", "'"), c.alnum(r, 50, ALNUM + "!@#%^*(-_=+)"), "django-secret-key")
    d.add("DATABASES = {\"default\": {\"ENGINE\": \"django.db.backends.postgresql\", \"NAME\": \"mud\",",
          "                         \"USER\": \"evennia\",")
    d.sec(V("                         \"PASSWORD\": \"", "\", \"HOST\": \"localhost\"}}"), c.strong(r),
          "password-python")
    return [d]


def foundryvtt(c, r):
    lic = "-".join(rs(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    c.wrap_uniq(lic)
    d = Doc("games/foundry/Config/license.json")
    d.add("{")
    d.sec(V("  \"license\": \"", "\","), lic, "foundry-license-key")
    d.neg(V("  \"signature\": \"", "\","), b64(bytes(r.getrandbits(8) for _ in range(48))), "license-signature")
    d.add("  \"time\": \"2025-03-02T10:11:12.000Z\"", "}")
    o = Doc("games/foundry/Config/options.json")
    o.add("{", "  \"port\": 30000,", "  \"upnp\": false,", "  \"hostname\": \"vtt.%s\"," % c.domain)
    o.neg(V("  \"sslKey\": \"", "\","), "/etc/letsencrypt/live/vtt/privkey.pem", "reference-file")
    o.add("  \"proxySSL\": true", "}")
    return [d, o]


def pufferpanel(c, r):
    d = Doc("games/pufferpanel/config.json")
    d.add("{", "  \"logs\": \"/var/log/pufferpanel\",", "  \"panel\": {", "    \"database\": {",
          "      \"dialect\": \"mysql\",")
    d.sec(V("      \"url\": \"pufferpanel:", "@tcp(127.0.0.1:3306)/pufferpanel?charset=utf8&parseTime=true\""),
          c.uri_pw(r), "password-dsn")
    d.add("    },", "    \"web\": {")
    d.sec(V("      \"sessionKey\": \"", "\""), c.b64s(r, 32), "session-secret")
    d.add("    }", "  },", "  \"daemon\": {", "    \"data\": {\"servers\": \"/var/lib/pufferpanel/servers\"}", "  }", "}")
    return [d]


# ---------------------------------------------------------------- home, energy, devices
def deconz(c, r):
    d = Doc("home/deconz/lights.yaml")
    d.add("deconz:", "  host: 192.168.%d.%d" % (r.randrange(1, 9), r.randrange(2, 250)), "  port: 80")
    d.sec(V("  api_key: ", ""), c.alnum(r, 10, "0123456789ABCDEF"), "deconz-api-key")
    d.neg(V("  gateway_id: ", ""), rs(r, 16, "0123456789ABCDEF"), "device-id")
    return [d]


def openwb(c, r):
    d = Doc("energy/openwb/openwb.conf")
    d.add("lademodus=0", "evsecon=modbusevse", "wattbezugmodul=bezug_smashm")
    d.sec(V("soc_tesla_password="), c.password(r), "password-conf")
    d.add("soc_tesla_username=%s" % c.email(r))
    d.sec(V("myrenault_passwortlp2="), c.human(r), "password-conf")
    d.neg(V("soc_id_pin="), "none", "placeholder")
    d.sec(V("mqttpass="), c.strong(r), "password-conf")
    return [d]


def mycroft(c, r):
    d = Doc("voice/mycroft/identity/identity2.json")
    ident = {"uuid": prov35.hashval(r, "uuid")[1], "access": c.alnum(r, 40), "refresh": c.alnum(r, 40),
             "expires_at": 1735689600 + r.randrange(10 ** 6)}
    d.add("{")
    d.neg(V("  \"uuid\": \"", "\","), ident["uuid"], "uuid")
    d.sec(V("  \"access\": \"", "\","), ident["access"], "mycroft-access-token")
    d.sec(V("  \"refresh\": \"", "\","), ident["refresh"], "mycroft-refresh-token")
    d.add("  \"expires_at\": %d" % ident["expires_at"], "}")
    return [d]


def fronius(c, r):
    d = Doc("energy/fronius/solarweb.env")
    d.add("# Fronius Solar.web Query API", "SOLARWEB_PV_SYSTEM_ID=%s" % prov35.hashval(r, "uuid")[1])
    d.pair(V("SOLARWEB_ACCESS_KEY_ID=FKIA"), rs(r, 32, "0123456789ABCDEF"), V("SOLARWEB_ACCESS_KEY_VALUE="),
           c.uniq(lambda r: prov35.hashval(r, "uuid")[1], r),
           "fronius-access-key-pair")
    d.add("SOLARWEB_BASE=https://api.solarweb.com/swqapi")
    return [d]


def powerwall(c, r):
    d = Doc("energy/powerwall/pypowerwall.env")
    d.add("PW_HOST=192.168.%d.%d" % (r.randrange(1, 9), r.randrange(2, 250)), "PW_EMAIL=%s" % c.email(r))
    d.sec(V("PW_PASSWORD="), c.alnum(r, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ"), "powerwall-gateway-password")
    d.add("PW_TIMEZONE=UTC", "PW_CACHE_EXPIRE=5")
    d.neg(V("# gateway serial "), "1232100-00-E--TG1%s" % rs(r, 11, "0123456789"), "device-serial")
    return [d]


def blueiris(c, r):
    d = Doc("cameras/blueiris/ui3-login.py")
    pw = c.password(r)
    d.add("import hashlib, requests", "", "HOST = \"http://nvr.%s:81\"" % c.domain, "USER = \"viewer\"")
    d.sec(V("PASSWORD = \"", "\""), pw, "password-python")
    d.add("", "def login():", "    s = requests.post(HOST + \"/json\", json={\"cmd\": \"login\"}).json()[\"session\"]",
          "    resp = hashlib.md5(f\"{USER}:{s}:{PASSWORD}\".encode()).hexdigest()",
          "    return requests.post(HOST + \"/json\", json={\"cmd\": \"login\", \"session\": s, \"response\": resp})")
    d.neg(V("# sample response from the docs run: "), prov35.hashval(r, "md5")[1], "hash-md5")
    return [d]


def technitium(c, r):
    d = Doc("dns/technitium/compose.yaml")
    d.add("services:", "  dns-server:", "    image: technitium/dns-server:latest", "    hostname: dns.%s" % c.domain,
          "    environment:", "      - DNS_SERVER_DOMAIN=dns.%s" % c.domain)
    d.sec(V("      - DNS_SERVER_ADMIN_PASSWORD=", ""), c.password(r), "password-compose")
    d.neg(V("      - DNS_SERVER_ADMIN_PASSWORD_FILE=", ""), "/run/secrets/dns_admin", "reference-file")
    t = Doc("dns/technitium/zone-sync.sh")
    t.add("#!/bin/sh")
    t.sec(V("TOKEN=", ""), c.hexs(r, 64), "technitium-api-token")
    t.add("curl -s \"https://dns.%s:53443/api/zones/list?token=$TOKEN\"" % c.domain)
    return [d, t]


def unbound(c, r):
    k = keys35.Key("rsa", r)
    d = Doc("dns/unbound/unbound.conf")
    d.add("server:", "    interface: 0.0.0.0", "    access-control: 10.0.0.0/8 allow", "", "remote-control:",
          "    control-enable: yes")
    d.neg(V("    control-key-file: \"", "\""), "/etc/unbound/unbound_control.key", "reference-file")
    d.add("    control-cert-file: \"/etc/unbound/unbound_control.pem\"")
    p = Doc("dns/unbound/unbound_control.key")
    rows = k.traditional()
    c.wrap_uniq("\n".join(rows[1:-1]))
    p.block("secret", rows, "\n".join(rows), "private-key-rsa-pkcs1", key_check="rsa-pkcs1")
    s = Doc("dns/unbound/unbound_server.pub.pem")
    rows = k.spki()
    s.block("negative", rows, "\n".join(rows), "public-key-spki", key_check="spki")
    return [d, p, s]


KINDS = [("Satisfactory", satisfactory), ("Garry's Mod", garrysmod), ("Necesse", necesse), ("Soldat", soldat),
         ("SCUM", scum), ("Nukkit", nukkit), ("Evennia", evennia), ("FoundryVTT", foundryvtt),
         ("PufferPanel", pufferpanel), ("deCONZ", deconz), ("openWB", openwb), ("Mycroft", mycroft),
         ("Fronius Solar.web", fronius), ("Powerwall", powerwall), ("Blue Iris", blueiris),
         ("Technitium DNS", technitium), ("Unbound", unbound)]
_ = (json, b64u, LOWHEX)
