"""Tool kinds 17-33: Wi-Fi and network gear, virtualisation, databases and middleware."""

import hashlib

from core31 import ALNUM, DIGITS, HEX, IdMark, LOWER, UPPER, Doc, N, S, b64, pick, rhex, rstr, ruuid


def _psk_hex(ssid, pw):
    return hashlib.pbkdf2_hmac("sha1", pw.encode(), ssid.encode(), 4096, 32).hex()


def connman(c, r):
    ssid = "%s-%s" % (c.slug[:10], pick(r, ["staff", "plant", "shop"]))
    d = Doc("var/lib/connman/%s.config" % ssid)
    p1, p2 = c.pw(r, style=pick(r, ["phrase", "human", "year"])), c.pw(r)
    d.text("[global]\nName = %s networks\nDescription = provisioned by the kiosk image\n" % c.org)
    d.add("[service_%s]" % ssid.replace("-", "_"))
    d.add("Type = wifi")
    hexssid = ssid.encode().hex()
    d.add("SSID = %s" % hexssid, N(hexssid, "ssid-hex"))
    d.add("Security = psk")
    d.add("Passphrase = %s" % p1, S(p1, "connman-wifi-passphrase"))
    d.text("\n[service_eap]\nType = wifi\nName = %s-eap\nEAP = peap\nPhase2 = MSCHAPV2" % c.slug[:10])
    d.add("Identity = %s" % c.svc_user(r, "kiosk"))
    d.add("Passphrase = %s" % p2, S(p2, "connman-eap-password"))
    d.add("CACertFile = /etc/ssl/certs/%s-radius-ca.pem" % c.slug)
    return [d]


def netctl(c, r):
    ssid = "%s office" % c.org
    d = Doc("etc/netctl/wlan-office")
    p = c.pw(r, style=pick(r, ["phrase", "human", "native", "strong"]))
    d.text("Description='Office wifi (%s)'\nInterface=wlan0\nConnection=wireless\nSecurity=wpa" % c.org)
    d.add("ESSID='%s'" % ssid)
    d.add("IP=dhcp")
    d.add("Key='%s'" % p, S(p, "netctl-wifi-key"))
    uid = ruuid(r)
    d.add("ExecUpPost='curl -fsS https://hc.%s/ping/%s || true'" % (c.domain, uid), N(uid, "healthcheck-uuid"))
    d2 = Doc("etc/netctl/wlan-warehouse")
    ssid2, p2 = "%s-wh" % c.slug[:10], c.pw(r, style="strong")
    psk = c.uniq(lambda: _psk_hex(ssid2, p2))
    c.reg.values.discard(p2)
    d2.text("Description='Warehouse AP, precomputed PSK'\nInterface=wlan0\nConnection=wireless\nSecurity=wpa\nESSID='%s'\nIP=dhcp" % ssid2)
    d2.add('Key=\\"%s' % psk, S(psk, "wifi-psk-hex"))
    return [d, d2]


def wpa_passphrase(c, r):
    ssid = "%s-%s" % (c.slug[:10], pick(r, ["guest", "pos", "cams"]))
    d = Doc("network/wpa_supplicant-%s.conf" % ssid)
    p = c.pw(r, style=pick(r, ["phrase", "human", "year", "strong"]))
    psk = _psk_hex(ssid, p)
    d.add("# generated with: wpa_passphrase \"%s\" <passphrase> >> this file" % ssid, N("<passphrase>", "placeholder"))
    d.add("ctrl_interface=DIR=/run/wpa_supplicant GROUP=netdev")
    d.add("network={")
    d.add('\tssid="%s"' % ssid)
    d.add('\t#psk="%s"' % p, S(p, "wifi-passphrase-commented"))
    c.reg.take(psk)
    d.add("\tpsk=%s" % psk, S(psk, "wifi-psk-hex"))
    d.add("}")
    return [d]


def zyxel(c, r):
    d = Doc("network/zyxel-usg-startup-config.conf", crlf=True)
    p, comm = c.pw(r, cs="ini"), c.rand(r, 14, ALNUM)
    d.text("! ZyWALL USG FLEX startup-config\n!\nhostname fw-%s\n!" % c.slug[:12])
    d.add("username admin password %s user-type admin" % p, S(p, "zyxel-admin-password"))
    enc = "$4$" + rstr(r, 8, ALNUM) + "$" + rstr(r, 43, ALNUM + "./")
    d.add("username helpdesk encrypted-password %s user-type limited-admin" % enc, N(enc, "encrypted-password"))
    d.add("!")
    d.add("snmp-server community %s rw" % comm, S(comm, "snmp-community"))
    d.add("snmp-server community public ro", N("public", "snmp-default-community"))
    d.add("!")
    d.add("ntp server pool.ntp.org")
    return [d]


def omada(c, r):
    d = Doc("scripts/omada_openapi.py")
    cid, sec = rhex(r, 32), c.hexs(r, 32)
    it = S(sec, "pair-omada-openapi", id_value=cid)
    d.text('"""Omada Open API: list clients per site (client-credentials flow)."""\nimport requests\n')
    d.add('OMADA = "https://omada.%s:8043"' % c.intra)
    oid = rhex(r, 32)
    d.add('OMADAC_ID = "%s"  # controller ID, not a credential' % oid, N(oid, "omada-controller-id"))
    d.add('CLIENT_ID = "%s"' % cid, IdMark(it))
    d.add('CLIENT_SECRET = "%s"' % sec, it)
    d.text('tok = requests.post(f"{OMADA}/openapi/authorize/token?grant_type=client_credentials",\n'
           '                    json={"omadacId": OMADAC_ID, "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, verify=False).json()')
    return [d]


def sophos(c, r):
    d = Doc("network/sophos-api-request.xml")
    p, psk = c.pw(r, cs="xml"), c.pw(r, cs="xml", style="strong")
    d.add('<?xml version="1.0" encoding="UTF-8"?>')
    d.add("<!-- POST https://fw.%s:4444/webconsole/APIController?reqxml=... -->" % c.intra)
    d.add("<Request>")
    d.add("  <Login>")
    d.add("    <Username>api-admin</Username>")
    d.add("    <Password>%s</Password>" % p, S(p, "sophos-api-password"))
    d.add("  </Login>")
    d.add('  <Set operation="add">')
    d.add("    <IPSecConnection>")
    d.add("      <Name>shop-to-hq</Name>")
    d.add("      <AuthenticationType>PresharedKey</AuthenticationType>")
    d.add("      <PresharedKey>%s</PresharedKey>" % psk, S(psk, "ipsec-psk"))
    d.add("    </IPSecConnection>")
    d.add("  </Set>")
    d.add("</Request>")
    enc = rhex(r, 96).upper()
    d.add('<!-- replay copy from the audit log: <Login><Username>api-admin</Username><Password passwordform="encrypt">%s</Password></Login> -->' % enc,
          N(enc, "encrypted-password"))
    return [d]


def checkpoint(c, r):
    d = Doc("network/cp_mgmt_login.sh")
    p = c.pw(r, cs="shell")
    d.text("#!/bin/bash\n# Check Point management API session for the nightly policy export")
    d.add('mgmt_cli login user "api_%s" password "%s" > /tmp/cp-id.txt' % (c.slug[:6], p), S(p, "checkpoint-api-password"))
    d.add('mgmt_cli show-packages details-level full -s /tmp/cp-id.txt --format json > packages.json')
    d.add('# CI variant: mgmt_cli login api-key "$CP_API_KEY" > /tmp/cp-id.txt', N("$CP_API_KEY", "env-reference"))
    u = ruuid(r)
    d.add('mgmt_cli show-domain uid "%s" -s /tmp/cp-id.txt' % u, N(u, "object-uuid"))
    d.add("mgmt_cli logout -s /tmp/cp-id.txt")
    return [d]


def cisco_spa(c, r):
    mac = rhex(r, 12)
    d = Doc("provisioning/spa112-%s.xml" % mac)
    p1, p2 = c.pw(r, cs="xml"), c.pw(r, cs="xml")
    d.add('<?xml version="1.0" encoding="UTF-8"?>')
    d.add("<flat-profile>")
    d.add('  <Profile_Rule ua="na">https://prov.%s/spa/$MA.xml</Profile_Rule>' % c.domain)
    d.add('  <Admin_Passwd ua="na">%s</Admin_Passwd>' % p1, S(p1, "spa-admin-password"))
    d.add('  <Proxy_1_ ua="na">sip.%s</Proxy_1_>' % c.domain)
    d.add('  <User_ID_1_ ua="na">%d</User_ID_1_>' % r.randrange(200, 299))
    d.add('  <Password_1_ ua="na">%s</Password_1_>' % p2, S(p2, "sip-line-password"))
    d.add('  <User_ID_2_ ua="na">%d</User_ID_2_>' % r.randrange(300, 399))
    d.add('  <Password_2_ ua="na">*************</Password_2_>', N("*************", "masked-password"))
    d.add("</flat-profile>")
    return [d]


def xcpng(c, r):
    d = Doc("ops/xcp-snapshot.sh")
    p = c.pw(r, cs="shell")
    vm = ruuid(r)
    d.text("#!/bin/sh\n# nightly snapshot of the POS VM on the XCP-ng pool")
    d.add('VM_UUID=%s' % vm, N(vm, "vm-uuid"))
    d.add("xe -s pool.%s -u root -pw '%s' vm-snapshot uuid=$VM_UUID new-name-label=nightly-$(date +%%F)" % (c.intra, p),
          S(p, "xcp-ng-root-password"))
    p2 = c.pw(r, cs="shell")
    d.add("xe -s pool2.%s -u root -pw '%s' vm-list power-state=running" % (c.intra, p2), S(p2, "xcp-ng-root-password"))
    d.add("xe -s pool.%s -u root -pwf /root/.xe-pool-password snapshot-list params=uuid,name-label" % c.intra,
          N("/root/.xe-pool-password", "secret-file-reference"))
    return [d]


def heidisql(c, r):
    d = Doc("tools/heidisql-reports.bat", crlf=True)
    p = c.pw(r, cs="shell")
    d.add("@echo off")
    d.add("rem open the reporting DB in the portable HeidiSQL on the office USB stick")
    d.add('start "" "%%~dp0HeidiSQL\\heidisql.exe" -n=0 -h=db.%s -u=report -p=%s -P=3306 -d="Reports"' % (c.intra, p),
          S(p, "heidisql-cli-password"))
    d.add('rem staging: -p=%HEIDI_STAGING_PW% from the user environment', N("%HEIDI_STAGING_PW%", "env-reference"))
    return [d]


def nodetool(c, r):
    d = Doc("ops/cassandra-repair.sh")
    p1, p2, p3 = c.pw(r, cs="shell"), c.pw(r, cs="shell"), c.pw(r, cs="ini")
    d.text("#!/bin/sh\n# weekly primary-range repair on the order-history ring")
    d.add("nodetool -h cass1.%s -p 7199 -u cassandra -pw '%s' repair -pr orders" % (c.intra, p1), S(p1, "cassandra-jmx-password"))
    d.add("nodetool -h cass2.%s -p 7199 -u monitorRole -pwf /etc/cassandra/jmxremote.password status" % c.intra,
          N("/etc/cassandra/jmxremote.password", "secret-file-reference"))
    d2 = Doc("etc/cassandra/jmxremote.password")
    d2.add("# role  password   (chmod 400, owned by cassandra)")
    d2.add("monitorRole %s" % p2, S(p2, "jmxremote-password"))
    d2.add("controlRole %s" % p3, S(p3, "jmxremote-password"))
    return [d, d2]


def subsonic(c, r):
    d = Doc("scripts/subsonic-playlists.sh")
    pw = c.pw(r, cs="plain")
    c.reg.values.discard(pw)
    enc = c.uniq(lambda: pw.encode().hex())
    d.text("#!/bin/sh\n# Subsonic API: pull the in-store playlists for the speakers")
    d.add("BASE=https://music.%s/rest" % c.intra)
    d.add('curl -s "$BASE/getPlaylists.view?u=speakers&p=enc:%s&v=1.16.1&c=shop&f=json"' % enc, S(enc, "subsonic-hex-password", decoded=pw))
    salt = rhex(r, 12)
    d.add("# the app signs instead: t = md5(password + salt), salt %s changes per request" % salt, N(salt, "subsonic-salt"))
    d.add('curl -s "$BASE/ping.view?u=speakers&t=$TOKEN&s=$SALT&v=1.16.1&c=shop"', N("$TOKEN", "env-reference"))
    return [d]


def kcat(c, r):
    d = Doc("scripts/kcat-tail-orders.sh")
    p = c.pw(r, cs="shell")
    d.text("#!/bin/sh\n# tail the orders topic on the managed Kafka")
    d.add("kcat -b kafka.%s:9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 -X sasl.username=%s -X sasl.password='%s' -t orders -C -o end" % (c.intra, c.svc_user(r), p),
          S(p, "kafka-sasl-password"))
    p2 = c.pw(r, cs="shell")
    d.add("kcat -b kafka-mtls.%s:9094 -X security.protocol=SSL -X ssl.key.location=client.key -X ssl.key.password='%s' -L" % (c.intra, p2),
          S(p2, "kafka-ssl-key-password"))
    d.add('# from CI: -X sasl.password="$KAFKA_SASL_PASSWORD"', N("$KAFKA_SASL_PASSWORD", "env-reference"))
    d.add("# -X ssl.ca.location=/etc/ssl/certs/kafka-ca.pem")
    return [d]


def asyncua(c, r):
    d = Doc("plc/opcua_poll.py")
    p = c.pw(r)
    d.text('"""Poll the %s PLC over OPC UA."""\nimport asyncio\n\nfrom asyncua import Client\n\n\nasync def main():' % c.t["device"])
    d.add('    client = Client("opc.tcp://plc.%s:4840")' % c.intra)
    d.add('    client.set_user("opcuser")')
    d.add('    client.set_password("%s")' % p, S(p, "opcua-password"))
    tp = rhex(r, 40)
    d.add('    # server certificate thumbprint %s' % tp, N(tp, "tls-thumbprint"))
    g = ruuid(r)
    d.add('    async with client:')
    d.add('        node = client.get_node("ns=2;g=%s")' % g, N(g, "opcua-node-guid"))
    d.text('        print(await node.read_value())\n\n\nasyncio.run(main())')
    return [d]


def erlang_vmargs(c, r):
    d = Doc("rel/vm.args")
    cookie = c.rand(r, 20, UPPER)
    d.add("## Name of the node")
    d.add("-name %s@%s" % (c.slug[:8], c.host(r)))
    d.add("## Cookie for distributed Erlang; the template in vm.args.src says: -setcookie <cookie>", N("<cookie>", "placeholder"))
    d.add("-setcookie %s" % cookie, S(cookie, "erlang-cookie"))
    d.add("+K true")
    d.add("+A 30")
    d.add("-env ERL_MAX_PORTS 4096")
    return [d]


def monetdb(c, r):
    p = c.person(r)
    d = Doc("home/%s/.monetdb" % p.handle)
    pw = c.pw(r)
    d.add("# copied from .monetdb.template (password=<set-me>)", N("<set-me>", "placeholder"))
    d.add("user=analytics")
    d.add("password=%s" % pw, S(pw, "monetdb-password"))
    d.add("database=sales")
    d.add("language=sql")
    d.add("save_history=true")
    return [d]


def jboss_cli(c, r):
    d = Doc("ops/wildfly-deploy.sh")
    p = c.pw(r, cs="shell")
    d.text("#!/bin/sh\nWAR=target/shop-$(git describe --tags).war")
    d.add("$JBOSS_HOME/bin/jboss-cli.sh --connect --controller=remote+https://app.%s:9993 --user=deployer --password='%s' --command=\"deploy --force $WAR\"" % (c.intra, p),
          S(p, "wildfly-management-password"))
    d.add("# datasource password comes from the legacy vault: ${VAULT::ds_ShopDS::password::1}",
          N("${VAULT::ds_ShopDS::password::1}", "vault-expression"))
    return [d]


KINDS = [connman, netctl, wpa_passphrase, zyxel, omada, sophos, checkpoint, cisco_spa, xcpng, heidisql, nodetool,
         subsonic, kcat, asyncua, erlang_vmargs, monetdb, jboss_cli]
