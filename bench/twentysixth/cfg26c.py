"""Tool and config kinds, part C: devices, modems, radios, VPN and RADIUS, mail and chat clients, ERP SDKs."""

import base64

from core26 import Doc, b64u, jq, yq


def wvdial_conf(ctx):
    d = Doc("etc/wvdial.conf", fmt="ini")
    apn = ctx.r.choice(["internet", "net", "web.gprs", "data.m2m"])
    d.add("[Dialer Defaults]")
    d.add("Init1 = ATZ")
    d.add('Init3 = AT+CGDCONT=1,"IP","%s"' % apn)
    d.add("Modem Type = USB Modem")
    d.add("Phone = *99#")
    d.add("Modem = /dev/ttyUSB2")
    d.add("Username = %s" % ctx.r.choice(["m2m", "gprs", ctx.slug.split("-")[0]]))
    d.sec("Password = %s" % (p := ctx.pw(sym="-_.!*#")), p, "apn-password", "generic")
    d.add("Stupid Mode = 1")
    d.add("")
    d.add("[Dialer backup]")
    d.add("Phone = *99***1#")
    v = ctx.one(["<from the SIM card pack>", "<APN password>", "changeme", "XXXXXXXX"])
    d.neg("; Password = %s" % v, v, "placeholder")
    return d


def mmcli_unit(ctx):
    d = Doc("etc/systemd/system/lte-connect.service", fmt="ini")
    d.add("[Unit]")
    d.add("Description=Bring up the LTE bearer on the site gateway")
    d.add("After=ModemManager.service")
    d.add("")
    d.add("[Service]")
    d.add("Type=oneshot")
    d.sec('ExecStart=/usr/bin/mmcli -m any --simple-connect="apn=%s,user=gw,password=%s,ip-type=ipv4"' % (
        ctx.r.choice(["m2m.corp", "iot.apn", "private.net"]), p := ctx.pw(sym="-_.!*#")), p, "apn-password", "generic")
    d.add("RemainAfterExit=yes")
    d.add("")
    d.add("[Install]")
    d.add("WantedBy=multi-user.target")
    return d


def teltonika_sms_log(ctx):
    d = Doc("fleet/tracker_sms_commands.csv")
    d.add("sent_at,phone,imei,command,status")
    for i in range(4):
        im = ctx.imei()
        ph = "+%d%d" % (ctx.theme["dial"], ctx.r.randrange(10 ** 7, 10 ** 9))
        if i == 0:
            d.neg("%s,%s,%s,\"  getinfo\",delivered" % (ctx.ts(), ph, im), im, "imei")
        elif i == 1:
            p = ctx.pw(sym="-_.!*")
            d.sec("%s,%s,%s,\"  setparam 2001:%s;2002:fleet;2003:%s\",delivered" % (
                ctx.ts(), ph, im, ctx.r.choice(["internet", "iot.apn", "web"]), p), p, "apn-password", "generic")
        elif i == 2:
            u, p = "fleet", ctx.uniq(lambda: ctx.rs(8))
            d.sec("%s,%s,%s,\"%s %s setparam 2004:%s;2005:5027\",delivered" % (
                ctx.ts(), ph, im, u, p, "gps." + ctx.domain), p, "sms-password", "generic")
        else:
            d.neg("%s,%s,%s,\"  cpureset\",failed" % (ctx.ts(), ph, im), im, "imei")
    return d


def zebra_sgd(ctx):
    d = Doc("labels/printers/zt411_wlan_setup.zpl")
    d.add("! U1 setvar \"device.friendly_name\" \"%s\"" % ctx.r.choice(["PACK-01", "DISPATCH-2", "QC-LABELS"]))
    d.add("! U1 setvar \"wlan.essid\" \"%s\"" % ctx.r.choice(ctx.theme["ssids"]))
    d.add("! U1 setvar \"wlan.security\" \"wpa_psk\"")
    d.sec("! U1 setvar \"wlan.wpa.psk\" \"%s\"" % (p := ctx.pw(sym="-_.!*#")), p, "wifi-psk", "generic")
    d.add("! U1 setvar \"wlan.ip.protocol\" \"dhcp\"")
    d.add("! U1 do \"device.reset\" \"\"")
    d.add("^XA")
    d.add("^FO40,40^A0N,40,40^FDTest label^FS")
    g = ctx.uniq(lambda: "".join(ctx.r.choice("0123456789") for _ in range(13)))
    d.neg("^FO40,100^BCN,80,Y,N,N^FD%s^FS" % g, g, "barcode-number")
    d.add("^XZ")
    return d


def pyzk_sync(ctx):
    d = Doc("hr/attendance_sync.py", role="code")
    d.add("from zk import ZK")
    d.add("import psycopg2")
    d.add("")
    d.sec("zk = ZK('%s', port=4370, timeout=5, password=%s, force_udp=False)" % (ctx.ip(), p := ctx.pin(6)), p,
          "device-comm-key", "generic")
    d.sec("db = psycopg2.connect(host='%s', dbname='hr', user='attendance', password='%s')" % (
        ctx.host("pg"), p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add("conn = zk.connect()")
    d.add("for att in conn.get_attendance():")
    d.add("    db.cursor().execute('INSERT INTO punches VALUES (%s, %s)', (att.user_id, att.timestamp))")
    d.neg("# badge %s is the test card at the gate" % (b := ctx.uniq(lambda: str(ctx.r.randrange(10 ** 7, 10 ** 8)))), b,
          "badge-number")
    d.add("conn.disconnect()")
    return d


def snap7_monitor(ctx):
    d = Doc("plc/s7_poll.py", role="code")
    d.add("# poll the line PLC (S7-1200) every minute for the dashboard")
    d.add("import snap7")
    d.add("")
    d.add("PLC_IP = '%s'" % ctx.ip())
    d.add("client = snap7.client.Client()")
    d.add("client.connect(PLC_IP, 0, 1)")
    d.sec("client.set_session_password('%s')" % (p := ctx.uniq(lambda: ctx.rs(8))), p, "plc-password", "generic")
    d.add("data = client.db_read(12, 0, 8)")
    d.neg("# CPU serial %s (order no. 6ES7 215-1AG40-0XB0)" % (s := ctx.serial("S V-")), s, "serial-number")
    d.add("print(snap7.util.get_real(data, 0))")
    return d


def victron_vrm(ctx):
    d = Doc("power/vrm_fetch.sh")
    site = ctx.uniq(lambda: str(ctx.r.randrange(100000, 999999)))
    d.add("#!/bin/sh")
    d.add("# pull battery state of charge from VRM for the generator schedule")
    d.neg("SITE=%s" % site, site, "installation-id")
    d.sec('curl -s -H "X-Authorization: Token %s" "https://vrmapi.victronenergy.com/v2/installations/$SITE/stats?type=venus"'
          % (t := ctx.key_hex(64)), t, "api-key", "generic")
    return d


def _pb(field, wire, payload):
    from core26 import varint
    if wire == 2:
        return varint(field << 3 | 2) + varint(len(payload)) + payload
    return varint(field << 3) + varint(payload)


def meshtastic_export(ctx):
    d = Doc("radios/meshtastic_%s.yaml" % ctx.r.choice(["guide01", "basecamp", "crew"]))
    psk1 = bytes(ctx.r.getrandbits(8) for _ in range(32))
    psk1_b64 = base64.b64encode(psk1).decode()
    ctx.claim(psk1_b64)
    name = ctx.r.choice(["ops", "crew", "guides", "team"])
    settings = _pb(2, 2, psk1) + _pb(3, 2, name.encode())
    chset = _pb(1, 2, _pb(2, 2, b"\x01") + _pb(3, 2, b"")) + _pb(1, 2, settings)
    url = "https://meshtastic.org/e/#" + b64u(chset)
    ctx.claim(url)
    d.add("# start of Meshtastic configure yaml")
    d.sec("channel_url: %s" % url, url, "meshtastic-channel-url", "generic")
    d.add("config:")
    d.add("  lora:")
    d.add("    region: %s" % ctx.r.choice(["IN", "EU_868", "ANZ", "CN"]))
    d.add("    hopLimit: 3")
    d.add("channels:")
    d.add("- index: 0")
    v = ctx.one(["AQ==", "Ag==", "Aw==", "BA==", "BQ==", "Bg==", "Bw==", "CA==", "CQ==", "Cg=="])
    d.neg("  psk: base64:%s" % v, v, "documented-default")
    d.add("- index: 1")
    d.add("  name: %s" % name)
    d.sec("  psk: base64:%s" % psk1_b64, psk1_b64, "meshtastic-psk", "generic")
    d.add("module_config:")
    d.add("  mqtt:")
    d.add("    address: mqtt.%s" % ctx.domain)
    d.add("    username: meshgw")
    d.sec("    password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    d.add("    encryptionEnabled: true")
    d.add("owner: %s" % ctx.person().latin)
    return d


def openconnect_sh(ctx):
    d = Doc("vpn/vpn-up.sh")
    d.add("#!/bin/bash")
    d.add("# site gateway -> head office GlobalProtect")
    pin = ctx.uniq(lambda: "pin-sha256:" + base64.b64encode(bytes(ctx.r.getrandbits(8) for _ in range(32))).decode())
    d.sec("echo '%s' | openconnect --protocol=gp --user=site-gw --passwd-on-stdin \\" % (p := ctx.pw(sym="-_.!#%+=@")),
          p, "password", "generic")
    d.neg("  --servercert %s \\" % pin, pin, "public-key-pin")
    d.add("  --background vpn.%s" % ctx.domain)
    return d


def radsecproxy_conf(ctx):
    d = Doc("etc/radsecproxy.conf")
    d.add("ListenUDP *:1812")
    d.add("LogLevel 3")
    d.add("")
    d.add("client wifi-controller {")
    d.add("    host %s" % ctx.ip())
    d.add("    type udp")
    d.sec("    secret %s" % (s := ctx.pw(sym="-_.!*#")), s, "radius-secret", "generic")
    d.add("}")
    d.add("")
    d.add("server eduroam-national {")
    d.add("    host radius.%s" % ctx.domain)
    d.add("    type tls")
    ctx.neg_once(d, "    secret radsec", "radsec", "documented-default")
    d.add("}")
    d.add("")
    d.add("server local-nps {")
    d.add("    host %s" % ctx.host("nps"))
    d.add("    type udp")
    d.sec("    secret %s" % (s := ctx.pw(sym="-_.!*#")), s, "radius-secret", "generic")
    d.add("}")
    d.add("realm * {")
    d.add("    server local-nps")
    d.add("}")
    return d


def imapfilter_lua(ctx):
    d = Doc("home/.imapfilter/config.lua", role="code")
    d.add("options.timeout = 120")
    d.add("options.subscribe = true")
    d.add("")
    d.add("orders = IMAP {")
    d.add("    server = 'imap.%s'," % ctx.domain)
    d.add("    username = 'orders@%s'," % ctx.domain)
    d.sec("    password = '%s'," % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add("    ssl = 'tls1.2',")
    d.add("}")
    d.add("")
    d.add("archive = IMAP {")
    d.add("    server = 'imap.%s'," % ctx.domain)
    d.add("    username = 'archive@%s'," % ctx.domain)
    v = ctx.one(["get_pass('archive')", "get_pass('imap')", "io.popen('pass show mail/archive'):read('*l')",
                 "os.getenv('IMAP_ARCHIVE_PW')"])
    d.neg("    password = %s," % v, v, "function-reference")
    d.add("}")
    d.add("results = orders.INBOX:contain_subject('invoice')")
    d.add("results:move_messages(orders['Invoices'])")
    return d


def davmail_properties(ctx):
    d = Doc("home/.davmail.properties")
    d.add("davmail.server=true")
    d.add("davmail.mode=O365Modern")
    d.add("davmail.url=https://outlook.office365.com/EWS/Exchange.asmx")
    d.add("davmail.imapPort=1143")
    d.add("davmail.smtpPort=1025")
    d.add("davmail.enableProxy=true")
    d.add("davmail.proxyHost=%s" % ctx.host("proxy"))
    d.add("davmail.proxyPort=3128")
    d.add("davmail.proxyUser=svc-davmail")
    d.sec("davmail.proxyPassword=%s" % (p := ctx.pw()), p, "password", "generic")
    d.neg("davmail.oauth.tenantId=%s" % (u := ctx.uuid()), u, "uuid-identifier")
    d.add("davmail.logFilePath=/var/log/davmail.log")
    return d


def thelounge_user(ctx):
    p = ctx.person()
    d = Doc("thelounge/users/%s.json" % p.handle.replace(".", "_"), fmt="json")
    salt = ctx.rs(22, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    h = ctx.uniq(lambda: "$2a$11$" + salt + ctx.rs(31, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    d.add("{")
    d.neg('  "password": "%s",' % h, h, "bcrypt-hash")
    d.add('  "log": true,')
    d.add('  "networks": [')
    d.add("    {")
    d.add('      "name": "ops-irc",')
    d.add('      "host": "irc.%s",' % ctx.internal)
    d.add('      "port": 6697,')
    d.add('      "tls": true,')
    d.sec('      "password": %s,' % jq(s := ctx.pw(sym="-_.!*#")), s, "password", "generic")
    d.add('      "nick": "%s",' % p.handle.split(".")[0])
    d.add('      "sasl": "plain",')
    d.add('      "saslAccount": "%s",' % p.handle)
    d.sec('      "saslPassword": %s,' % jq(s := ctx.pw(sym="-_.!*#")), s, "password", "generic")
    d.add('      "channels": [{"name": "#ops"}]')
    d.add("    }")
    d.add("  ]")
    d.add("}")
    return d


def sap_b1_di(ctx):
    d = Doc("erp/B1Sync/Program.cs", role="code")
    d.add("using SAPbobsCOM;")
    d.add("")
    d.add("namespace B1Sync")
    d.add("{")
    d.add("    internal static class Program")
    d.add("    {")
    d.add("        private static Company Connect()")
    d.add("        {")
    d.add("            var company = new Company();")
    d.add('            company.Server = "%s";' % ctx.host("b1sql"))
    d.add("            company.DbServerType = BoDataServerTypes.dst_MSSQL2019;")
    d.add('            company.CompanyDB = "SBO_%s";' % ctx.slug.split("-")[0].upper())
    d.add('            company.DbUserName = "sa";')
    d.sec('            company.DbPassword = "%s";' % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add('            company.UserName = "manager";')
    d.sec('            company.Password = "%s";' % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add('            company.LicenseServer = "%s:40000";' % ctx.host("b1lic"))
    d.add("            if (company.Connect() != 0) throw new System.Exception(company.GetLastErrorDescription());")
    d.add("            return company;")
    d.add("        }")
    d.add("    }")
    d.add("}")
    return d


KINDS = [wvdial_conf, mmcli_unit, teltonika_sms_log, zebra_sgd, pyzk_sync, snap7_monitor, victron_vrm,
         meshtastic_export, openconnect_sh, radsecproxy_conf, imapfilter_lua, davmail_properties, thelounge_user,
         sap_b1_di]
