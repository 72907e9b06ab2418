"""Tool / config kinds 1-25: backup tools, network gear, game servers, IoT and makers' hardware, media servers,
database GUI exports."""

import json

import prov29
from core29 import HEX, Tpl, b64, rchars, render


def J(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False)


# 1 ---------------------------------------------------------------- Duplicacy
def duplicacy(c):
    t = Tpl()
    kid, ksec = c.pair(prov29.b2_pair)
    pw = c.pw("strong")
    chunk = c.sha256()
    prefs = [{"name": "default", "id": "%s-nas" % c.i.slug[:10], "repository": "", "storage": "b2://%s-backup" % c.i.slug,
              "encrypted": True, "no_backup": False, "no_restore": False, "no_save_password": False, "nobackup_file": "",
              "keys": {"b2_id": t.pid(kid, "b2"), "b2_key": t.psec(ksec, "backblaze-b2-application-key", "b2"),
                       "password": t.s(pw, "backup-repository-password")},
              "filters": "", "exclude_by_attribute": False}]
    d = c.doc(".duplicacy/preferences", fmt="json")
    render(d, J(prefs), t)
    t2 = Tpl()
    ref = c.neg("pass show backup/duplicacy-offsite")
    d2 = c.doc("scripts/duplicacy-nightly.sh")
    render(d2, "\n".join([
        "#!/bin/sh",
        "# nightly backup of the shared drive; the offsite storage password comes from pass(1)",
        "cd /srv/share || exit 1",
        "export DUPLICACY_OFFSITE_PASSWORD=\"$(%s)\"" % t2.n(ref, "password-manager-reference"),
        "duplicacy backup -stats -threads 4",
        "duplicacy copy -from default -to offsite",
        "# last check: chunk %s verified" % t2.n(chunk, "content-hash"),
    ]), t2)
    return [d, d2]


# 2 ---------------------------------------------------------------- autorestic
def autorestic(c):
    t = Tpl()
    key1 = c.urlkey(64)
    kid, ksec = c.pair(prov29.b2_pair)
    pw = c.pw(safe=True)
    snap = c.sha256()
    text = "\n".join([
        "version: 2",
        "",
        "locations:",
        "  share:",
        "    from: /srv/share",
        "    to: [offsite, nas]",
        "    cron: '0 2 * * *'",
        "    forget: prune",
        "",
        "backends:",
        "  offsite:",
        "    type: b2",
        "    path: '%s-backup:/share'" % c.i.slug,
        "    key: %s" % t.s(key1, "restic-repository-password"),
        "    env:",
        "      B2_ACCOUNT_ID: %s" % t.pid(kid, "b2"),
        "      B2_ACCOUNT_KEY: %s" % t.psec(ksec, "backblaze-b2-application-key", "b2"),
        "  nas:",
        "    type: rest",
        "    path: https://restic:%s@%s:8000/share" % (t.s(pw, "rest-server-password"), c.host("nas")),
        "    # last good snapshot %s" % t.n(snap, "content-hash"),
    ])
    d = c.doc(".autorestic.yml")
    return [render(d, text, t)]


# 3 ---------------------------------------------------------------- Vorta
def vorta(c):
    t = Tpl()
    pw = c.passphrase("-")
    fp = c.fingerprint()
    prof = {"id": 1, "name": "%s laptop" % c.handle(0), "repo": {"url": "ssh://borg@%s:22/./%s" % (c.host("backup"), c.handle(0)),
            "encryption": "repokey-blake2", "unique_csize": 0, "extension": "borg", "password": t.s(pw, "borg-passphrase")},
            "ssh_key": "id_ed25519", "known_host_fingerprint": t.n(fp, "ssh-fingerprint"),
            "compression": "lz4", "exclude_patterns": "*/.cache\n*/node_modules", "schedule_mode": "fixed",
            "schedule_fixed_hour": 3, "prune_keep_daily": 7, "prune_keep_weekly": 4, "SourceFileModel": [
                {"dir": "/home/%s/Documents" % c.handle(0), "dir_size": 1849223}],
            "ScheduleModel": [], "SettingsModel": [], "WifiSettingModel": []}
    d = c.doc("backup/vorta-profile-export.json", fmt="json")
    return [render(d, J(prof), t)]


# 4 ---------------------------------------------------------------- HP ProCurve
def procurve(c):
    t = Tpl()
    mgr = c.pw("strong")
    opr = c.pw("human")
    comm = c.alnum(16)
    h = c.neg(rchars(c.r, HEX, 40).upper())
    text = "\n".join([
        "Running configuration:",
        "",
        "; J9773A Configuration Editor; Created on release #YA.16.10.0012",
        "; Ver #14:01.4f.f8.1d.9b.3f.bf.bb.ef.7c.59.fc.6b.fb.9f.fc.ff.ff.37.ef:02",
        'hostname "%s-core-sw1"' % c.i.slug[:10],
        "module 1 type j9773a",
        'snmp-server community "%s" operator unrestricted' % t.s(comm, "snmp-community"),
        'snmp-server contact "%s"' % c.email(0),
        "vlan 1",
        '   name "DEFAULT_VLAN"',
        "   untagged 1-24",
        "   ip address dhcp-bootp",
        "   exit",
        "include-credentials",
        'password manager user-name "admin" plaintext "%s"' % t.s(mgr, "switch-manager-password"),
        'password operator user-name "ops" plaintext "%s"' % t.s(opr, "switch-operator-password"),
        'password port-access user-name "dot1x" sha1 "%s"' % t.n(h, "password-hash"),
    ])
    d = c.doc("network/procurve-%s-running-config.txt" % c.i.slug[:8], crlf=True)
    return [render(d, text, t)]


# 5 ---------------------------------------------------------------- Brocade ICX
def brocade(c):
    t = Tpl()
    comm = c.alnum(14)
    rad = c.pw("strong", safe=True)
    en = c.pw("human")
    hashed = c.neg("$1$%s$%s" % (rchars(c.r, "ABCDEFGHabcdefgh0123456789", 8), rchars(c.r, "ABCDEFGHIJKLMabcdefghijklm0123456789./", 22)))
    text = "\n".join([
        "ICX7150-24P Router#show running-config",
        "Current configuration:",
        "!",
        "ver 08.0.95dT213",
        "!",
        "no service password-encryption",
        "!",
        "stack unit 1",
        "  module 1 icx7150-24p-poe-port-management-module",
        "!",
        "enable super-user-password %s" % t.s(en, "enable-password"),
        "username ops password 8 %s" % t.n(hashed, "password-hash"),
        "!",
        "radius-server host %s auth-port 1812 acct-port 1813 default key 0 %s" % (c.ip(), t.s(rad, "radius-shared-secret")),
        "snmp-server community 0 %s ro" % t.s(comm, "snmp-community"),
        "!",
        "hostname %s-icx" % c.i.slug[:10],
        "ip dns domain-list %s" % c.i.lan,
        "!",
        "end",
    ])
    d = c.doc("network/brocade-icx-config.txt")
    return [render(d, text, t)]


# 6 ---------------------------------------------------------------- H3C Comware
def comware(c):
    t = Tpl()
    simple = c.pw("human")
    radkey = c.alnum(18)
    cipher = c.neg("$h$6$" + b64(bytes(c.r.getrandbits(8) for _ in range(33))))
    text = "\n".join([
        "<%s-S5130>display current-configuration" % c.i.slug[:8],
        "#",
        " version 7.1.070, Release 3208P08",
        "#",
        " sysname %s-S5130" % c.i.slug[:8],
        "#",
        "radius scheme ops",
        " primary authentication %s" % c.ip(),
        " key authentication simple %s" % t.s(radkey, "radius-shared-secret"),
        " user-name-format without-domain",
        "#",
        "local-user admin class manage",
        " password hash %s" % t.n(cipher, "password-hash"),
        " service-type ssh terminal",
        " authorization-attribute user-role network-admin",
        "#",
        "local-user installer class manage",
        " password simple %s" % t.s(simple, "switch-local-user-password"),
        " service-type ssh",
        "#",
        "return",
    ])
    d = c.doc("network/h3c-current-configuration.cfg")
    return [render(d, text, t)]


# 7 ---------------------------------------------------------------- Stationeers
def stationeers(c):
    t = Tpl()
    spw, apw = c.pw("weak"), c.pw("strong")
    text = "\n".join([
        '<?xml version="1.0" encoding="utf-8"?>',
        '<SettingData xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
        "  <ServerName>%s staff colony</ServerName>" % c.i.org,
        "  <ServerMaxPlayers>8</ServerMaxPlayers>",
        "  <ServerPassword>%s</ServerPassword>" % t.s(spw, "game-server-password"),
        "  <AdminPassword>%s</AdminPassword>" % t.s(apw, "game-admin-password"),
        "  <ServerVisible>false</ServerVisible>",
        "  <UPNPEnabled>false</UPNPEnabled>",
        "  <AutoSave>true</AutoSave>",
        "  <SaveInterval>300</SaveInterval>",
        "  <StartLocalHost>true</StartLocalHost>",
        "</SettingData>",
    ])
    d = c.doc("games/stationeers/setting.xml", fmt="xml", crlf=True)
    return [render(d, text, t)]


# 8 ---------------------------------------------------------------- Avorion
def avorion(c):
    t = Tpl()
    pw, rcon = c.pw("human"), c.alnum(24)
    sid = c.neg(str(c.r.randrange(76561197960265728, 76561199999999999)))
    text = "\n".join([
        "[Game]",
        "difficulty=-1",
        "collision=-1",
        "galaxyName=%s" % c.i.slug,
        "",
        "[Administration]",
        "name=%s crew galaxy" % c.i.org,
        "description=Friday evening sector runs",
        "maxPlayers=10",
        "password=%s" % t.s(pw, "game-server-password"),
        "rconPassword=%s" % t.s(rcon, "rcon-password"),
        "rconPort=27015",
        "admins=%s" % t.n(sid, "steam-id"),
        "listed=false",
    ])
    d = c.doc("games/avorion/galaxies/%s/server.ini" % c.i.slug, fmt="ini")
    return [render(d, text, t)]


# 9 ---------------------------------------------------------------- Empyrion
def empyrion(c):
    t = Tpl()
    spw, tel = c.pw("weak"), c.pw("strong", safe=True)
    text = "\n".join([
        "ServerConfig:",
        "    Srv_Port: 30000",
        "    Srv_Name: %s Empyrion" % c.i.org,
        "    Srv_Password: %s" % t.s(spw, "game-server-password"),
        "    Srv_MaxPlayers: 8",
        "    Srv_ReservePlayfields: 2",
        "    Srv_Description: staff server, ask in chat for access",
        "    Srv_Public: false",
        "    Tel_Enabled: true",
        "    Tel_Port: 30004",
        "    Tel_Pwd: %s" % t.s(tel, "telnet-admin-password"),
        "    EACActive: true",
        "    SaveDirectory: Saves",
        "GameConfig:",
        "    GameName: %s" % c.i.slug,
        "    Mode: Survival",
        "    Seed: %s" % t.n(str(c.r.randrange(10 ** 6, 10 ** 7)), "world-seed"),
        "    CustomScenario: Default Multiplayer",
    ])
    d = c.doc("games/empyrion/dedicated.yaml")
    return [render(d, text, t)]


# 10 ---------------------------------------------------------------- Killing Floor 2
def kf2(c):
    t = Tpl()
    apw, gpw = c.pw("human"), c.pw("weak")
    text = "\n".join([
        "[Engine.AccessControl]",
        "AdminPassword=%s" % t.s(apw, "game-admin-password"),
        "GamePassword=%s" % t.s(gpw, "game-server-password"),
        "",
        "[Engine.GameReplicationInfo]",
        "ServerName=%s KF2" % c.i.org,
        "ShortName=%s" % c.i.slug[:8],
        "",
        "[KFGame.KFGameInfo]",
        "GameLength=1",
        "GameDifficulty=2.000000",
        "bDisableTeamCollision=True",
        "",
        "[IpDrv.WebServer]",
        "bEnabled=true",
        "ListenPort=8080",
    ])
    d = c.doc("games/kf2/KFGame/Config/PCServer-KFGame.ini", crlf=True, fmt="ini")
    t2 = Tpl()
    wpw = c.pw("strong")
    ph = c.neg("********")
    d2 = c.doc("games/kf2/KFGame/Config/KFWeb.ini", crlf=True, fmt="ini")
    render(d2, "\n".join([
        "[WebAdmin.WebAdmin]",
        "AuthenticationClass=WebAdmin.BasicWebAdminAuth",
        "SessionHandlerClass=WebAdmin.SessionHandler",
        "bHttpAuth=True",
        "; the form shows %s, the admin password lives in PCServer-KFGame.ini" % t2.n(ph, "masked"),
        "",
        "[WebAdmin.BasicWebAdminAuth]",
        "Password=%s" % t2.s(wpw, "webadmin-password"),
    ]), t2)
    return [render(d, text, t), d2]


# 11 ---------------------------------------------------------------- Blynk
def blynk(c):
    t = Tpl()
    tok = c.alnum(32)
    wifi = c.pw("human")
    tmpl = c.neg("TMPL" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 8))
    sys = c.sysname()
    text = "\n".join([
        '#define BLYNK_TEMPLATE_ID "%s"' % t.n(tmpl, "blynk-template-id"),
        '#define BLYNK_TEMPLATE_NAME "%s"' % sys,
        '#define BLYNK_AUTH_TOKEN "%s"' % t.s(tok, "blynk-auth-token"),
        "",
        "#include <WiFi.h>",
        "#include <BlynkSimpleEsp32.h>",
        "",
        'char ssid[] = "%s-iot";' % c.i.slug[:10],
        'char pass[] = "%s";' % t.s(wifi, "wifi-password"),
        "",
        "BlynkTimer timer;",
        "",
        "void sendSensor() {",
        "  float t = dht.readTemperature();",
        "  Blynk.virtualWrite(V5, t);",
        "}",
        "",
        "void setup() {",
        "  Serial.begin(115200);",
        "  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);",
        "  timer.setInterval(10000L, sendSensor);",
        "}",
        "",
        "void loop() { Blynk.run(); timer.run(); }",
    ])
    d = c.doc("firmware/%s-monitor/%s-monitor.ino" % (sys, sys))
    return [render(d, text, t)]


# 12 ---------------------------------------------------------------- ThingSpeak
def thingspeak(c):
    t = Tpl()
    wkey = c._sec(lambda: rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16))
    wifi = c.pw("phrase")
    ch = c.neg(str(c.r.randrange(1000000, 2999999)))
    text = "\n".join([
        "# MicroPython on the ESP32 logger: posts readings to ThingSpeak every 5 minutes",
        "import network, urequests, time, machine",
        "",
        'SSID = "%s-sensors"' % c.i.slug[:10],
        'WIFI_PASS = "%s"' % t.s(wifi, "wifi-password"),
        "CHANNEL_ID = %s" % t.n(ch, "channel-id"),
        'WRITE_API_KEY = "%s"' % t.s(wkey, "thingspeak-write-key"),
        "",
        "def post(temp, hum):",
        '    url = "https://api.thingspeak.com/update?api_key=%s&field1=%.1f&field2=%.1f" % (WRITE_API_KEY, temp, hum)',
        "    urequests.get(url).close()",
        "",
        "sta = network.WLAN(network.STA_IF)",
        "sta.active(True)",
        "sta.connect(SSID, WIFI_PASS)",
    ])
    d = c.doc("firmware/logger/main.py")
    return [render(d, text, t)]


# 13 ---------------------------------------------------------------- Losant
def losant(c):
    t = Tpl()
    akey = c.uuid()
    asec = c.hexkey(64)
    dev = c.neg(rchars(c.r, HEX, 24))
    cfg = {"deviceId": t.n(dev, "device-id"), "mqtt": {"host": "broker.losant.com", "port": 8883, "tls": True},
           "accessKey": t.pid(akey, "losant"), "accessSecret": t.psec(asec, "losant-access-secret", "losant"),
           "reportIntervalSec": 30, "sensors": ["temp", "humidity", "door"]}
    d = c.doc("edge/losant-device.json", fmt="json")
    return [render(d, J(cfg), t)]


# 14 ---------------------------------------------------------------- tinytuya
def tinytuya(c):
    t = Tpl()
    devs = []
    for i in range(2):
        lk = c._sec(lambda: rchars(c.r, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#*+-.=^_~", 16))
        devs.append({"name": "%s plug %d" % (c.sysname(), i + 1), "id": rchars(c.r, "0123456789abcdef", 22),
                     "key": t.s(lk, "tuya-local-key"), "mac": ":".join(rchars(c.r, HEX, 2) for _ in range(6)),
                     "category": "cz", "product_name": "Smart Plug", "ip": c.ip(), "version": "3.4"})
    d = c.doc("iot/tinytuya/devices.json", fmt="json")
    render(d, J(devs), t)
    t2 = Tpl()
    cid = c.neg(rchars(c.r, "abcdefghijklmnopqrstuvwxyz0123456789", 20))
    csec = c.hexkey(32)
    d2 = c.doc("iot/tinytuya/tinytuya.json", fmt="json")
    render(d2, J({"apiKey": t2.pid(cid, "tuya"), "apiSecret": t2.psec(csec, "tuya-cloud-api-secret", "tuya"),
                  "apiRegion": "eu", "apiDeviceID": rchars(c.r, "0123456789abcdef", 22)}), t2)
    return [d, d2]


# 15 ---------------------------------------------------------------- MagicMirror
def magicmirror(c):
    t = Tpl()
    owm = c.hexkey(32)
    apppw = c._sec(lambda: "-".join(rchars(c.r, "abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4)))
    uid = c.uuid()
    text = "\n".join([
        "let config = {",
        '\taddress: "0.0.0.0",',
        "\tport: 8080,",
        '\tlanguage: "en",',
        "\tmodules: [",
        '\t\t{ module: "clock", position: "top_left" },',
        "\t\t{",
        '\t\t\tmodule: "weather",',
        '\t\t\tposition: "top_right",',
        "\t\t\tconfig: {",
        '\t\t\t\tweatherProvider: "openweathermap",',
        '\t\t\t\tlocation: "%s",' % c.i.town,
        '\t\t\t\tapiKey: "%s"' % t.s(owm, "openweathermap-api-key"),
        "\t\t\t}",
        "\t\t},",
        "\t\t{",
        '\t\t\tmodule: "calendar",',
        '\t\t\tposition: "top_left",',
        "\t\t\tconfig: {",
        "\t\t\t\tcalendars: [{",
        '\t\t\t\t\turl: "webcal://p42-caldav.icloud.com/published/2/%s",' % t.n(uid, "uuid"),
        '\t\t\t\t\tauth: { user: "%s", pass: "%s", method: "basic" }' % (c.email(0), t.s(apppw, "app-specific-password")),
        "\t\t\t\t}]",
        "\t\t\t}",
        "\t\t}",
        "\t]",
        "};",
        "",
        'if (typeof module !== "undefined") { module.exports = config; }',
    ])
    d = c.doc("signage/MagicMirror/config/config.js")
    return [render(d, text, t)]


# 16 ---------------------------------------------------------------- OpenDTU
def opendtu(c):
    t = Tpl()
    wifi, mqtt, admin = c.pw("human"), c.pw("strong", safe=True), c.pw("strong")
    serial = c.neg(str(c.r.randrange(114100000000, 114199999999)))
    cfg = {"cfg": {"version": 196608, "save_count": c.r.randrange(5, 60)},
           "wifi": {"ssid": "%s-solar" % c.i.slug[:10], "password": t.s(wifi, "wifi-password"), "hostname": "OpenDTU-%s" % rchars(c.r, HEX, 6),
                    "dhcp": True},
           "mqtt": {"enabled": True, "hostname": c.host("mqtt"), "port": 1883, "username": "opendtu",
                    "password": t.s(mqtt, "mqtt-password"), "topic": "solar/"},
           "security": {"password": t.s(admin, "device-admin-password"), "allow_readonly": True},
           "inverters": [{"serial": t.n(serial, "serial-number"), "name": "roof east", "poll_enable": True}]}
    d = c.doc("solar/opendtu-config.json", fmt="json")
    return [render(d, J(cfg), t)]


# 17 ---------------------------------------------------------------- emonhub
def emonhub(c):
    t = Tpl()
    key = c.hexkey(32)
    mqpw = c.pw("human", safe=True)
    ref = c.neg("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    text = "\n".join([
        "#######################################################################",
        "#######################      emonhub.conf     #########################",
        "#######################################################################",
        "[hub]",
        "    loglevel = WARNING",
        "",
        "[interfacers]",
        "[[MQTT]]",
        "    Type = EmonHubMqttInterfacer",
        "    [[[init_settings]]]",
        "        mqtt_host = 127.0.0.1",
        "        mqtt_port = 1883",
        "        mqtt_user = emonpi",
        "        mqtt_passwd = %s" % t.s(mqpw, "mqtt-password"),
        "",
        "[[emoncmsorg]]",
        "    Type = EmonHubEmoncmsHTTPInterfacer",
        "    [[[init_settings]]]",
        "        apikey = %s" % t.s(key, "emoncms-api-key"),
        "        url = https://emoncms.org",
        "    [[[runtimesettings]]]",
        "        pubchannels = ToRFM12,",
        "        subchannels = ToEmonCMS,",
        "",
        "[[emoncms_backup]]",
        "    Type = EmonHubEmoncmsHTTPInterfacer",
        "    [[[init_settings]]]",
        "        apikey = %s" % t.n(ref, "placeholder"),
        "        url = https://emoncms.%s" % c.i.domain,
    ])
    d = c.doc("energy/emonhub.conf")
    return [render(d, text, t)]


# 18 ---------------------------------------------------------------- Cumulus MX
def cumulusmx(c):
    t = Tpl()
    ftp, wu = c.pw("strong", safe=True), c.pw("human")
    sid = c.neg("I%s%d" % (c.i.slug[:6].upper(), c.r.randrange(2, 99)))
    text = "\n".join([
        "[Station]",
        "Type=1",
        "Port=COM3",
        "Latitude=%.4f" % (c.r.uniform(-40, 60)),
        "",
        "[FTP site]",
        "Host=ftp.%s" % c.i.domain,
        "Port=21",
        "Username=weather",
        "Password=%s" % t.s(ftp, "ftp-password"),
        "Directory=/public_html/weather",
        "AutoUpdate=1",
        "",
        "[Wunderground]",
        "ID=%s" % t.n(sid, "station-id"),
        "Password=%s" % t.s(wu, "wunderground-station-password"),
        "Enabled=1",
        "Interval=15",
    ])
    d = c.doc("weather/CumulusMX/Cumulus.ini", crlf=True, fmt="ini")
    return [render(d, text, t)]


# 19 ---------------------------------------------------------------- Bambu Lab printers (bambulabs_api script config)
def bambu(c):
    t = Tpl()
    codes = [c._sec(lambda: rchars(c.r, "0123456789", 8)) for _ in range(2)]
    serials = [c.neg("01P" + rchars(c.r, "0123456789ABCDEF", 12)) for _ in range(2)]
    lines = ["# printers polled by the print-farm dashboard (LAN mode, access code from the printer screen)", "printers:"]
    for i in range(2):
        lines += ["  - name: p1s-%d" % (i + 1), "    host: %s" % c.ip(), "    serial: %s" % t.n(serials[i], "serial-number"),
                  "    access_code: \"%s\"" % t.s(codes[i], "printer-lan-access-code"), "    ams: true"]
    d = c.doc("printfarm/bambu-printers.yaml")
    return [render(d, "\n".join(lines), t)]


# 20 ---------------------------------------------------------------- PrusaLink
def prusalink(c):
    t = Tpl()
    tok = c.alnum(20)
    key = c.alnum(16)
    text = "\n".join([
        "[printer]",
        "type = MK3S",
        "name = %s-mk3s" % c.i.slug[:10],
        "location = workshop",
        "",
        "[network]",
        "hostname = prusa-mk3s",
        "",
        "[service::connect]",
        "hostname = connect.prusa3d.com",
        "tls = True",
        "port = 0",
        "token = %s" % t.s(tok, "prusa-connect-token"),
        "",
        "[service::local]",
        "enable = True",
        "username = maker",
        "digest_password = %s" % t.s(key, "prusalink-password"),
    ])
    d = c.doc("printfarm/prusa_printer_settings.ini", fmt="ini")
    return [render(d, text, t)]


# 21 ---------------------------------------------------------------- RepRapFirmware (Duet) config.g
def reprap(c):
    t = Tpl()
    mpw, wifi = c.pw("human"), c.pw("phrase")
    text = "\n".join([
        "; config.g for the Duet 3 Mini 5+ on the %s CNC" % c.sysname(),
        "; generated by RepRapFirmware Configuration Tool v3.5",
        "G90                                  ; absolute coordinates",
        "M83                                  ; relative extruder moves",
        'M550 P"%s-cnc"                      ; set printer name' % c.i.slug[:8],
        'M551 P"%s"            ; machine password' % t.s(mpw, "machine-password"),
        'M587 S"%s-workshop" P"%s"    ; store WiFi network' % (c.i.slug[:8], t.s(wifi, "wifi-password")),
        "M552 S1                              ; enable network",
        "M586 P0 S1                           ; enable HTTP",
        "M586 P2 S0                           ; disable Telnet",
        "M569 P0.0 S1                         ; drive 0 goes forwards",
        "M350 X16 Y16 Z16 I1                  ; microstepping with interpolation",
        "M92 X80.00 Y80.00 Z400.00            ; steps per mm",
    ])
    d = c.doc("cnc/sys/config.g")
    return [render(d, text, t)]


# 22 ---------------------------------------------------------------- AllSky camera ftp-settings.sh
def allsky(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    ph = c.neg("YOUR_PASSWORD")
    text = "\n".join([
        "#!/bin/bash",
        "# Set PROTOCOL to one of: local, ftp, ftps, sftp, scp, S3, gcs",
        'PROTOCOL="sftp"',
        'REMOTE_HOST="%s"' % c.host("web"),
        'REMOTE_PORT="22"',
        'REMOTE_USER="allsky"',
        'REMOTE_PASSWORD="%s"' % t.s(pw, "sftp-password"),
        'IMAGE_DIR="/var/www/allsky"',
        'VIDEOS_DIR="/var/www/allsky/videos"',
        "",
        "# S3 upload, not used yet",
        'AWS_CLI_DIR=""',
        'S3_SECRET="%s"' % t.n(ph, "placeholder"),
    ])
    d = c.doc("allsky/config/ftp-settings.sh")
    return [render(d, text, t)]


# 23 ---------------------------------------------------------------- Bazarr
def bazarr(c):
    t = Tpl()
    api = c.hexkey(32)
    os_pw = c.pw("human")
    md5 = c.neg(rchars(c.r, HEX, 32))
    text = "\n".join([
        "general:",
        "  ip: 0.0.0.0",
        "  port: 6767",
        "  base_url: ''",
        "  use_sonarr: true",
        "  use_radarr: false",
        "auth:",
        "  type: form",
        "  username: admin",
        "  password: %s" % t.n(md5, "password-hash"),
        "  apikey: %s" % t.s(api, "bazarr-api-key"),
        "opensubtitlescom:",
        "  username: %s" % c.handle(0),
        "  password: %s" % t.s(os_pw, "opensubtitles-password"),
        "  use_hash: true",
    ])
    d = c.doc("media/bazarr/config/config.yaml")
    return [render(d, text, t)]


# 24 ---------------------------------------------------------------- Tautulli
def tautulli(c):
    t = Tpl()
    api = c.hexkey(32)
    plex = c._sec(lambda: rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 20))
    h = c.neg("$2b$12$" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./", 53))
    text = "\n".join([
        "[General]",
        "http_port = 8181",
        "http_username = admin",
        "http_password = %s" % t.n(h, "password-hash"),
        "http_hash_password = 1",
        "api_enabled = 1",
        "api_key = %s" % t.s(api, "tautulli-api-key"),
        "",
        "[PMS]",
        "pms_ip = %s" % c.ip(),
        "pms_port = 32400",
        "pms_token = %s" % t.s(plex, "plex-token"),
        "pms_identifier = %s" % t.n(c.neg(rchars(c.r, HEX, 40)), "server-identifier"),
    ])
    d = c.doc("media/tautulli/config.ini")
    return [render(d, text, t)]


# 25 ---------------------------------------------------------------- MongoDB Compass export
def compass(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    pw2 = c.pw("human", safe=True)
    fav = {"type": "Compass Connections", "version": {"$numberInt": "1"}, "connections": [
        {"id": c.uuid(), "favorite": {"name": "%s prod" % c.sysname(), "color": "color3"},
         "connectionOptions": {"connectionString": "mongodb+srv://app:%s@%s.mongodb.net/?retryWrites=true" % (
             t.s(pw, "mongodb-password"), c.i.slug[:10])}},
        {"id": c.uuid(), "favorite": {"name": "%s staging" % c.sysname(), "color": "color5"},
         "connectionOptions": {"connectionString": "mongodb://report:%s@%s:27017/?authSource=admin" % (
             t.s(pw2, "mongodb-password"), c.host("mongo"))}},
    ]}
    d = c.doc("db/compass-connections.json", fmt="json")
    return [render(d, J(fav), t)]


KINDS = {
    "duplicacy": ("Duplicacy `.duplicacy/preferences` + nightly script", duplicacy),
    "autorestic": ("autorestic `.autorestic.yml`", autorestic),
    "vorta": ("Vorta profile export JSON", vorta),
    "procurve": ("HP ProCurve `show running-config` (CRLF)", procurve),
    "brocade": ("Brocade ICX `show running-config`", brocade),
    "comware": ("H3C Comware `display current-configuration`", comware),
    "stationeers": ("Stationeers `setting.xml` (CRLF)", stationeers),
    "avorion": ("Avorion `server.ini`", avorion),
    "empyrion": ("Empyrion `dedicated.yaml`", empyrion),
    "kf2": ("Killing Floor 2 `PCServer-KFGame.ini` + `KFWeb.ini` (CRLF)", kf2),
    "blynk": ("Blynk Arduino sketch `.ino`", blynk),
    "thingspeak": ("ThingSpeak MicroPython `main.py`", thingspeak),
    "losant": ("Losant device JSON", losant),
    "tinytuya": ("tinytuya `devices.json` + `tinytuya.json`", tinytuya),
    "magicmirror": ("MagicMirror² `config.js`", magicmirror),
    "opendtu": ("OpenDTU config backup JSON", opendtu),
    "emonhub": ("emonhub `emonhub.conf`", emonhub),
    "cumulusmx": ("Cumulus MX `Cumulus.ini` (CRLF)", cumulusmx),
    "bambu": ("Bambu Lab printer farm YAML (LAN access codes)", bambu),
    "prusalink": ("PrusaLink `prusa_printer_settings.ini`", prusalink),
    "reprap": ("RepRapFirmware `config.g` (M551/M587)", reprap),
    "allsky": ("AllSky `ftp-settings.sh`", allsky),
    "bazarr": ("Bazarr `config.yaml`", bazarr),
    "tautulli": ("Tautulli `config.ini`", tautulli),
    "compass": ("MongoDB Compass connections export JSON", compass),
}
