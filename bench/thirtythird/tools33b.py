"""Tool / config kinds: network devices, home and sensor devices, ADS-B feeders, VoIP, IRC."""

from core33 import N, S
import prov33

def k_nxos(c, r):
    crlf = r.chance(0.5)
    d = c.doc("network/nexus/%s-nx01-running.cfg" % c.systems[0], crlf=crlf)
    d("!Command: show running-config")
    d("!Running configuration last done at: Tue Mar  4 09:%02d:%02d 2025" % (r.randrange(60), r.randrange(60)))
    d("")
    d("version 9.3(10) Bios:version 05.45")
    d("hostname %s-nx01" % c.systems[0])
    d("feature tacacs+")
    d("feature lacp")
    d("feature lldp")
    d("")
    d("username admin password 5 ", N(prov33.sha256crypt(r), "sha256crypt-hash"), "  role network-admin")
    d("ip domain-lookup")
    d("tacacs-server host 10.%d.0.5 key 0 \"" % r.randrange(10, 60), S(c.pw(r), "tacacs-key"), "\"")
    d("aaa group server tacacs+ TACACS")
    d("    server 10.20.0.5")
    d("snmp-server user monitor network-operator auth sha ", S(c.pw_ascii(r), "snmpv3-auth-password"))
    d("snmp-server community ", S(c.pw(r, "weak"), "snmp-community"), " group network-operator")
    d("snmp-server community ", N("public", "snmp-default-community", cite="SNMP default read community"),
      " group network-operator")
    d("")
    d("interface Ethernet1/1")
    d("  description uplink-%s" % c.systems[1])
    d("  switchport mode trunk")
    return [d]


def k_openbsd(c, r):
    d = c.doc("network/openbsd/etc/iked.conf")
    site = r.pick(c.systems)
    d("# iked.conf -- site-to-site tunnel to the %s site" % site)
    d("ikev2 \"%s\" active esp \\" % site)
    d("\tfrom 10.10.0.0/24 to 10.20.0.0/24 \\")
    d("\tpeer 203.0.113.%d \\" % r.randrange(2, 250))
    d("\tsrcid fw.%s dstid %s.%s \\" % (c.domain, site, c.domain))
    d("\tpsk \"", S(c.pw(r), "ike-pre-shared-key"), "\"")
    e = c.doc("network/openbsd/etc/hostname.wg0")
    e("inet 10.99.0.1 255.255.255.0")
    e("wgkey ", S(c.b64secret(r, 32), "wireguard-private-key"), " wgport 51820")
    e("wgpeer ", N(r.b64bytes(32), "wireguard-public-key"), " wgaip 10.99.0.2/32")
    e("up")
    return [d, e]


def k_ahoy(c, r):
    d = c.doc("solar/ahoy_config.json")
    d("{")
    d("  \"version\": 11,")
    d("  \"wifi\": {")
    d("    \"ssid\": \"%s\"," % c.t["ssids"][0])
    d("    \"pwd\": \"", S(c.pw(r), "wifi-psk"), "\",")
    d("    \"dhcp\": true")
    d("  },")
    d("  \"sys\": {")
    d("    \"dev\": \"ahoy-%s\"," % c.slug[:10])
    d("    \"adminpwd\": \"", S(c.pw(r), "admin-password"), "\",")
    d("    \"prot_mask\": 0")
    d("  },")
    d("  \"mqtt\": {")
    d("    \"broker\": \"mqtt.%s\"," % c.idom)
    d("    \"port\": 1883,")
    d("    \"user\": \"ahoy\",")
    d("    \"pwd\": \"", S(c.pw(r), "mqtt-password"), "\",")
    d("    \"topic\": \"inverter\"")
    d("  },")
    d("  \"inst\": {")
    d("    \"iv\": [")
    d("      { \"en\": true, \"name\": \"roof\", \"sn\": ", N(str(116100000000 + r.randrange(10 ** 8)), "device-serial"),
      ", \"ch\": [400, 400] }")
    d("    ]")
    d("  }")
    d("}")
    return [d]


def k_teslamate(c, r):
    d = c.doc("teslamate/docker-compose.yml")
    d("services:")
    d("  teslamate:")
    d("    image: teslamate/teslamate:latest")
    d("    restart: always")
    d("    environment:")
    d("      - ENCRYPTION_KEY=", S(c.pw(r), "encryption-key"))
    d("      - DATABASE_USER=teslamate")
    d("      - DATABASE_PASS=", S(c.pw(r), "database-password"))
    d("      - DATABASE_NAME=teslamate")
    d("      - DATABASE_HOST=database")
    d("      - MQTT_HOST=mqtt.%s" % c.idom)
    d("      - MQTT_USERNAME=teslamate")
    d("      - MQTT_PASSWORD=", N("${MQTT_PASSWORD}", "env-reference"))
    d("    ports:")
    d("      - 4000:4000")
    d("  database:")
    d("    image: postgres:17@", N(prov33.image_digest(r), "image-digest"))
    d("    environment:")
    d("      - POSTGRES_USER=teslamate")
    d("      - POSTGRES_PASSWORD_FILE=", N("/run/secrets/teslamate_db", "secret-file-path"))
    d("      - POSTGRES_DB=teslamate")
    return [d]


def k_viseron(c, r):
    d = c.doc("nvr/viseron/config.yaml")
    d("ffmpeg:")
    d("  camera:")
    d("    camera_gate:")
    d("      name: Gate")
    d("      host: 10.0.40.%d" % r.randrange(10, 90))
    d("      port: 554")
    d("      path: /Streaming/Channels/101")
    d("      username: viseron")
    d("      password: '", S(c.pw(r), "camera-password"), "'")
    d("    camera_yard:")
    d("      name: Yard")
    d("      host: 10.0.40.%d" % r.randrange(90, 180))
    d("      port: 554")
    d("      path: /cam/realmonitor?channel=1&subtype=0")
    d("      username: viseron")
    d("      password: ", N("!secret yard_camera_password", "secret-reference"))
    d("darknet:")
    d("  object_detector:")
    d("    cameras:")
    d("      camera_gate:")
    d("        fps: 1")
    return [d]


def k_ringmqtt(c, r):
    d = c.doc("ring-mqtt/config.json")
    d("{")
    d("    \"mqtt_url\": \"mqtt://ringmqtt:", S(c.pw(r, safe=True), "mqtt-password"), "@mqtt.%s:1883\"," % c.idom)
    d("    \"mqtt_options\": \"\",")
    d("    \"livestream_user\": \"\",")
    d("    \"livestream_pass\": \"\",")
    d("    \"disarm_code\": \"", S(c.pin(r), "alarm-disarm-code"), "\",")
    d("    \"enable_cameras\": true,")
    d("    \"enable_modes\": false,")
    d("    \"enable_panic\": false,")
    d("    \"hass_topic\": \"homeassistant/status\",")
    d("    \"ring_topic\": \"ring\",")
    d("    \"location_ids\": [ ", N("\"%s\"" % r.uuid(), "uuid"), " ]")
    d("}")
    e = c.doc("ring-mqtt/ring-state.json")
    import json
    tok = c.secret_of(r, lambda rr: __import__("core33").b64(json.dumps(
        {"rt": rr.s(prov33.B64URL, 180), "hid": rr.hex(32)}, separators=(",", ":"))))
    e("{")
    e("  \"ring_token\": \"", S(tok, "ring-refresh-token"), "\",")
    e("  \"systemId\": ", N("\"%s\"" % r.hex(64), "device-id"))
    e("}")
    return [d, e]


def k_fr24(c, r):
    d = c.doc("adsb/fr24feed.ini")
    d("receiver=\"beast-tcp\"")
    d("host=\"127.0.0.1:30005\"")
    d("fr24key=\"", S(c.hexsecret(r, 16), "fr24-sharing-key"), "\"")
    d("bs=\"no\"")
    d("raw=\"no\"")
    d("logmode=\"1\"")
    d("logpath=\"/var/log/fr24feed\"")
    d("mlat=\"yes\"")
    d("mlat-without-gps=\"yes\"")
    d("# radar code shown on the stats page: ", N("T-" + r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + str(r.randrange(10, 99)),
                                                 "feeder-station-id"))
    return [d]


def k_yate(c, r):
    d = c.doc("voip/yate/accfile.conf")
    d("; Yate accounts (registrations to upstream providers)")
    d("[sip-trunk]")
    d("enabled=yes")
    d("protocol=sip")
    d("username=%s" % c.slug[:12])
    d("password=", S(c.pw(r), "sip-password"))
    d("registrar=sip.%s" % c.domain)
    d("interval=600")
    d("")
    d("[iax-link]")
    d("enabled=no")
    d("protocol=iax")
    d("username=branch")
    d("password=", N("<iax link password>", "placeholder"))
    d("server=iax.%s" % c.idom)
    e = c.doc("voip/yate/regfile.conf")
    e("[general]")
    e("auth=yes")
    ext = r.randrange(100, 199)
    for i in range(2):
        e("")
        e("[%d]" % (ext + i))
        e("password=", S(c.pw(r, r.pick(["weak", "human", "strong"])), "sip-password"))
    return [d, e]


def k_pjsua(c, r):
    ext = r.randrange(200, 299)
    d = c.doc("voip/pjsua/doorphone.cfg")
    d("# pjsua --config-file doorphone.cfg")
    d("--id sip:%d@%s" % (ext, c.domain))
    d("--registrar sip:sip.%s" % c.domain)
    d("--realm *")
    d("--username %d" % ext)
    d("--password ", S(c.pw(r), "sip-password"))
    d("--stun-srv stun.%s" % c.domain)
    d("--null-audio")
    d("--auto-answer 200")
    d("--max-calls 1")
    d("# second line (disabled): --password ", N("<extension password>", "placeholder"))
    return [d]


def k_ngircd(c, r):
    d = c.doc("irc/ngircd.conf")
    d("[Global]")
    d("\tName = irc.%s" % c.domain)
    d("\tAdminInfo1 = %s" % c.org)
    d("\tAdminEMail = irc@%s" % c.domain)
    d("\tInfo = %s chat" % c.org)
    d("\t;Password = ", N("wealllikeircd", "documented-example", cite="ngIRCd sample-ngircd.conf"))
    d("\tPorts = 6667")
    d("")
    d("[Operator]")
    d("\tName = %s" % c.people[0][1])
    d("\tPassword = ", S(c.pw(r), "irc-oper-password"))
    d("")
    d("[Server]")
    d("\tName = irc2.%s" % c.domain)
    d("\tHost = irc2.%s" % c.idom)
    d("\tPort = 6697")
    d("\tMyPassword = ", S(c.pw(r), "irc-link-password"))
    if r.chance(0.5):
        d("\tPeerPassword = ", S(c.pw(r), "irc-link-password"))
    else:
        d("\tPeerPassword = ", N("<set on irc2 first>", "placeholder"))
    d("\tSSLConnect = yes")
    return [d]


def k_solanum(c, r):
    d = c.doc("irc/solanum/ircd.conf")
    d("serverinfo {")
    d("\tname = \"hub.%s\";" % c.domain)
    d("\tsid = \"%d%s\";" % (r.randrange(10), r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2)))
    d("\tdescription = \"%s IRC\";" % c.org)
    d("};")
    d("")
    d("connect \"leaf.%s\" {" % c.domain)
    d("\thost = \"10.0.%d.%d\";" % (r.randrange(1, 250), r.randrange(1, 250)))
    d("\tsend_password = \"", S(c.pw(r), "irc-link-password"), "\";")
    d("\taccept_password = \"", S(c.pw(r), "irc-link-password"), "\";")
    d("\tport = 6666;")
    d("\tclass = \"server\";")
    d("\tflags = topicburst;")
    d("};")
    d("")
    d("operator \"%s\" {" % c.people[1][1])
    d("\tuser = \"*@10.0.*\";")
    d("\tpassword = \"", N(prov33.sha512crypt(r), "sha512crypt-hash"), "\";")
    d("\tprivset = \"admin\";")
    d("};")
    d("")
    d("operator \"%s\" {" % c.people[2][1])
    d("\tuser = \"*@127.0.0.1\";")
    d("\tpassword = \"", S(c.pw(r), "irc-oper-password"), "\";")
    d("\tflags = ~encrypted;")
    d("\tprivset = \"local_op\";")
    d("};")
    return [d]


def k_anope(c, r):
    d = c.doc("irc/anope/services.conf")
    d("uplink")
    d("{")
    d("\thost = \"127.0.0.1\"")
    d("\tipv6 = no")
    d("\tssl = no")
    d("\tport = 7000")
    d("\tpassword = \"", S(c.pw(r), "irc-link-password"), "\"")
    d("\t#password = \"", N("mypassword", "documented-example", cite="Anope example.conf uplink password"), "\"")
    d("}")
    d("")
    d("serverinfo")
    d("{")
    d("\tname = \"services.%s\"" % c.domain)
    d("\tdescription = \"Services for %s\"" % c.org)
    d("\tid = \"00A\"")
    d("}")
    d("")
    d("module")
    d("{")
    d("\tname = \"m_mysql\"")
    d("\tmysql")
    d("\t{")
    d("\t\tname = \"mysql/main\"")
    d("\t\tdatabase = \"anope\"")
    d("\t\tserver = \"127.0.0.1\"")
    d("\t\tusername = \"anope\"")
    d("\t\tpassword = \"", S(c.pw(r), "database-password"), "\"")
    d("\t\tport = 3306")
    d("\t}")
    d("}")
    return [d]


def k_rbfeeder(c, r):
    d = c.doc("adsb/rbfeeder.ini")
    d("[client]")
    d("network_mode=true")
    d("log_file=/var/log/rbfeeder.log")
    d("key=", S(c.hexsecret(r, 32), "radarbox-sharing-key"))
    d("sn=", N("EXTRPI%06d" % r.randrange(10 ** 6), "device-serial"))
    d("lat=%.4f" % (r.random() * 40 - 10))
    d("lon=%.4f" % (r.random() * 120 + 30))
    d("alt=%d" % r.randrange(5, 900))
    d("")
    d("[network]")
    d("mode=beast")
    d("external_port=30005")
    d("external_host=127.0.0.1")
    d("")
    d("[mlat]")
    d("autostart_mlat=true")
    return [d]


KINDS = {
    "rbfeeder": k_rbfeeder, "nx-os": k_nxos, "openbsd-iked": k_openbsd, "ahoydtu": k_ahoy,
    "teslamate": k_teslamate, "viseron": k_viseron, "ring-mqtt": k_ringmqtt, "fr24feed": k_fr24,
    "yate": k_yate, "pjsua": k_pjsua, "ngircd": k_ngircd,
    "solanum": k_solanum, "anope": k_anope,
}
