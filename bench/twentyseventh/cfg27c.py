"""Tool and config kinds, part 3 (16): VPN, IoT gateways, LoRa, softphones, cameras, solar, firmware, media."""

import hashlib

from core27 import ALNUM, DIG, HEX, UPPER, Doc, jstr, rs, sh_quote, xml_esc
from cfg27a import fixed


def xl2tpd(ctx):
    d = Doc("%s/vpn/options.l2tpd.client" % ctx.dir, "config")
    pw = ctx.pw()
    d.add("ipcp-accept-local", "ipcp-accept-remote", "refuse-eap", "require-chap", "noccp", "noauth", "mtu 1280",
          "mru 1280", "noipdefault", "defaultroute", "usepeerdns", "connect-delay 5000", 'name "%s"' % ctx.user())
    d.sec('password "%s"' % pw, pw, "l2tp-password")
    ref = "secret/%s/vpn/ipsec-psk" % ctx.t["hosts"][0]
    d.neg("# the IPsec PSK lives in /etc/ipsec.secrets, copied from vault %s" % ref, ref, "vault-path")
    return [d]


def omg(ctx):
    d = Doc("%s/gateway/User_config.h" % ctx.dir, "code")
    a, b = ctx.pw(native=True), ctx.pw()
    d.add("#ifndef user_config_h", "#define user_config_h", "", '#define Gateway_Name "OMG_%s"' %
          ctx.t["hosts"][0].replace("-", "_"), "", "/*-------------WiFi-------------*/",
          '#define wifi_ssid "%s"' % ctx.t["ssids"][2])
    d.sec('#define wifi_password "%s"' % jstr(a), jstr(a), "wifi-psk")
    d.add("", "/*-------------MQTT-------------*/", '#define MQTT_SERVER "%s"' % ctx.host("ops"), '#define MQTT_PORT "1883"',
          '#define MQTT_USER "omg"')
    d.sec('#define MQTT_PASS "%s"' % b, b, "mqtt-password")
    fixed(d, ctx, '// upstream default: #  define MQTT_PASS "your_password"', "your_password", "placeholder")
    d.add("", "#endif")
    return [d]


def basicstation(ctx):
    r = ctx.r
    d = Doc("%s/lora/station/tc.key" % ctx.dir, "config")
    k = ctx.uniq(lambda: "NNSXS.%s.%s" % (rs(r, UPPER + "234567", 39), rs(r, UPPER + "234567", 52)))
    d.sec("Authorization: Bearer %s" % k, k, "ttn-api-key", group="provider")
    e = Doc("%s/lora/station/station.conf" % ctx.dir, "config", fmt="json")
    eui = ctx.uniq(lambda: "0016c001ff" + rs(r, HEX, 6))
    e.add("{", '  "radio_conf": {', '    "lorawan_public": true,', '    "clksrc": 0', "  },", '  "station_conf": {')
    e.neg('    "routerid": "%s",' % eui, eui, "gateway-eui")
    e.add('    "log_file": "stderr",', '    "log_level": "INFO"', "  }", "}")
    u = Doc("%s/lora/station/tc.uri" % ctx.dir, "config")
    u.add("wss://eu1.cloud.thethings.network:8887")
    return [d, e, u]


def microsip(ctx):
    r = ctx.r
    d = Doc("%s/phones/MicroSIP.ini" % ctx.dir, "config", crlf=True, fmt="ini")
    ext = str(r.randrange(200, 299))
    pw = ctx.pw()
    p = ctx.person()
    d.add("[Settings]", "accountId=1", "singleMode=1", "enableLog=0", "", "[Account1]", "label=%s" % p.latin,
          "server=pbx.%s" % ctx.domain, "proxy=", "domain=pbx.%s" % ctx.domain, "username=%s" % ext)
    d.sec("password=%s" % pw, pw, "sip-password")
    d.add("authID=%s" % ext, "displayName=%s" % p.latin, "voicemailNumber=*97", "transport=udp", "publicAddr=",
          "SRTP=", "publish=0", "ICE=0", "allowRewrite=0", "disableSessionTimer=0")
    ha1 = ctx.hexid(32)
    d.neg("; HA1 for the PBX import (MD5 of user:realm:password): %s" % ha1, ha1, "digest-ha1")
    return [d]


def linphone(ctx):
    r = ctx.r
    d = Doc("%s/phones/linphonerc" % ctx.dir, "config")
    a, b = str(r.randrange(300, 399)), str(r.randrange(400, 499))
    pw = ctx.pw()
    ha1 = hashlib.md5(("%s:pbx.%s:%s" % (b, ctx.domain, rs(r, ALNUM, 12))).encode()).hexdigest()
    ctx.claim(ha1)
    d.add("[sip]", "default_proxy=0", "sip_port=-1", "", "[auth_info_0]", "username=%s" % a, "userid=%s" % a)
    d.sec("passwd=%s" % pw, pw, "sip-password")
    d.add("realm=pbx.%s" % ctx.domain, "domain=pbx.%s" % ctx.domain, "algorithm=MD5", "", "[auth_info_1]",
          "username=%s" % b)
    d.neg("ha1=%s" % ha1, ha1, "digest-ha1")
    d.add("realm=pbx.%s" % ctx.domain, "", "[proxy_0]", "reg_proxy=<sip:pbx.%s;transport=tls>" % ctx.domain,
          'reg_identity="%s" <sip:%s@pbx.%s>' % (ctx.person().latin, a, ctx.domain), "reg_expires=3600")
    return [d]


def baresip(ctx):
    r = ctx.r
    d = Doc("%s/doorphone/.baresip/accounts" % ctx.dir, "config")
    pw = ctx.pw()
    ext = r.randrange(500, 599)
    d.add("#", "# SIP accounts - one account per line", "#")
    if ctx.reg.claim("#<sip:user@domain>;auth_pass=PASSWORD"):
        d.neg("#<sip:user@domain>;auth_pass=PASSWORD", "#<sip:user@domain>;auth_pass=PASSWORD", "placeholder")
    else:
        d.add("#<sip:user@domain>;auth_pass=PASSWORD")
    d.sec('<sip:%d@pbx.%s;transport=tls>;auth_pass=%s;outbound="sip:pbx.%s;transport=tls";regint=600' % (
        ext, ctx.domain, pw, ctx.domain), pw, "sip-password")
    return [d]


def axis(ctx):
    r = ctx.r
    d = Doc("%s/cameras/axis-setup.sh" % ctx.dir, "config")
    a, b = ctx.pw(), ctx.pw()
    mac = ctx.uniq(lambda: "ACCC8E" + rs(r, "0123456789ABCDEF", 6))
    d.add("#!/bin/sh", "CAM=%s" % ctx.ip())
    d.sec("ROOTPW=%s" % sh_quote(a), a, "camera-password")
    d.add('curl --digest -u "root:$ROOTPW" "http://$CAM/axis-cgi/param.cgi?action=update&Network.HostName=cam-yard"')
    d.sec('curl --digest -u "root:$ROOTPW" "http://$CAM/axis-cgi/pwdgrp.cgi?action=add&user=viewer&pwd=%s'
          '&grp=users&sgrp=viewer"' % b, b, "camera-password")
    d.neg("# unit serial/MAC %s" % mac, mac, "mac-address")
    return [d]


def solaredge(ctx):
    r = ctx.r
    d = Doc("%s/solar/solaredge_daily.py" % ctx.dir, "code")
    k = ctx.uniq(lambda: rs(r, UPPER + DIG, 32))
    site = ctx.uniq(lambda: str(r.randrange(10 ** 6, 4 * 10 ** 6)))
    d.add("import datetime", "import requests", "")
    d.neg("SITE_ID = %s" % site, site, "site-id")
    d.sec('API_KEY = "%s"' % k, k, "solaredge-api-key")
    d.add("", "", "def yesterday():", "    day = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()",
          '    url = f"https://monitoringapi.solaredge.com/site/{SITE_ID}/energy"',
          '    q = {"timeUnit": "DAY", "startDate": day, "endDate": day, "api_key": API_KEY}',
          '    return requests.get(url, params=q, timeout=30).json()["energy"]["values"][0]["value"]')
    return [d]


def growatt(ctx):
    r = ctx.r
    d = Doc("%s/solar/growatt_poll.py" % ctx.dir, "code")
    pw = ctx.pw()
    sn = ctx.uniq(lambda: rs(r, UPPER + DIG, 10))
    d.add("import growattServer", "", 'api = growattServer.GrowattApi(agent_identifier="%s-poller")' %
          ctx.t["hosts"][0])
    d.sec('login = api.login("%s", "%s")' % (ctx.t["users"][0] + "_solar", pw), pw, "solar-portal-password")
    d.add('plant_id = login["data"][0]["plantId"]')
    d.neg('INVERTER_SN = "%s"' % sn, sn, "device-serial")
    d.add('print(api.inverter_detail(INVERTER_SN)["pac"])')
    return [d]


def firstrun(ctx):
    r = ctx.r
    d = Doc("%s/kiosk/boot/firstrun.sh" % ctx.dir, "config")
    ssid = ctx.t["ssids"][1]
    passphrase = ctx._pw("human", r, 8)
    psk = hashlib.pbkdf2_hmac("sha1", passphrase.encode(), ssid.encode(), 4096, 32).hex()
    ctx.claim(psk)
    h = ctx.uniq(lambda: "$5$%s$%s" % (rs(r, ALNUM + "./", 16), rs(r, ALNUM + "./", 43)))
    d.add("#!/bin/bash", "", "set +e", "", 'CURRENT_HOSTNAME=`cat /etc/hostname | tr -d " \\t\\n\\r"`',
          "if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then",
          "   /usr/lib/raspberrypi-sys-mods/imager_custom set_hostname kiosk-%02d" % r.randrange(1, 20), "fi",
          "FIRSTUSER=`getent passwd 1000 | cut -d: -f1`", "if [ -f /usr/lib/userconf-pi/userconf ]; then")
    d.neg("   /usr/lib/userconf-pi/userconf 'kiosk' '%s'" % h, h, "sha256crypt-hash")
    d.add("fi", "if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then")
    d.sec("   /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan '%s' '%s' '%s'" % (ssid, psk, ctx.t["tld"][-2:].upper()),
          psk, "wifi-psk-hex")
    d.add("fi", "rm -f /boot/firstrun.sh", "sed -i 's| systemd.run.*||g' /boot/cmdline.txt", "exit 0")
    return [d]


def swupdate(ctx):
    r = ctx.r
    d = Doc("%s/firmware/swupdate.cfg" % ctx.dir, "config")
    tok = ctx.key_hex(32)
    d.add("globals :", "{", "\tverbose = true;", "\tloglevel = 5;", "\tsyslog = true;", "};", "", "suricatta :", "{",
          '\ttenant\t\t= "default";', '\tid\t\t= "%s-%s";' % (ctx.t["hosts"][0], rs(r, DIG, 4)),
          '\turl\t\t= "https://hawkbit.%s";' % ctx.domain, "\tnocheckcert\t= false;")
    d.sec('\tgatewaytoken\t= "%s";' % tok, tok, "hawkbit-gateway-token")
    d.add("\tpolldelay\t= 300;", "};")
    h = ctx.sha256()
    d.neg("# last image: kiosk-rootfs.swu sha256 %s" % h, h, "sha256-digest")
    return [d]


def buildroot(ctx):
    r = ctx.r
    d = Doc("%s/firmware/configs/kiosk_defconfig" % ctx.dir, "config")
    pw = ctx.pw()
    h = ctx.uniq(lambda: "$6$%s$%s" % (rs(r, ALNUM + "./", 16), rs(r, ALNUM + "./", 86)))
    d.add("BR2_aarch64=y", "BR2_TOOLCHAIN_EXTERNAL=y", 'BR2_TARGET_GENERIC_HOSTNAME="kiosk"',
          'BR2_TARGET_GENERIC_ISSUE="%s kiosk"' % ctx.org)
    d.sec('BR2_TARGET_GENERIC_ROOT_PASSWD="%s"' % pw, pw, "firmware-root-password")
    d.neg('# release images: BR2_TARGET_GENERIC_ROOT_PASSWD="%s"' % h.replace("$", "$$"), h.replace("$", "$$"),
          "sha512crypt-hash")
    d.add('BR2_SYSTEM_DHCP="eth0"', "BR2_PACKAGE_DROPBEAR=y", "BR2_PACKAGE_WPA_SUPPLICANT=y",
          'BR2_ROOTFS_OVERLAY="board/kiosk/overlay"')
    return [d]


def zoiper(ctx):
    r = ctx.r
    d = Doc("%s/phones/Zoiper5/Config.xml" % ctx.dir, "config", fmt="xml")
    ext = str(r.randrange(600, 699))
    pw = ctx.pw()
    d.add('<?xml version="1.0" encoding="UTF-8"?>', "<options>", "  <accounts>", "    <account>",
          "      <name>%s@pbx</name>" % ext, "      <username>%s</username>" % ext)
    d.sec("      <password>%s</password>" % xml_esc(pw), xml_esc(pw), "sip-password")
    d.add("      <SIP_domain>pbx.%s</SIP_domain>" % ctx.domain, "      <SIP_auth_username>%s</SIP_auth_username>" % ext,
          "      <protocol>SIP</protocol>")
    u = ctx.uuid()
    d.neg("      <account_id>{%s}</account_id>" % u, u, "uuid")
    d.add("    </account>", "  </accounts>", "</options>")
    return [d]


def darkice(ctx):
    d = Doc("%s/radio/darkice.cfg" % ctx.dir, "config")
    pw = ctx.pw()
    d.add("[general]", "duration = 0", "bufferSecs = 5", "reconnect = yes", "", "[input]", "device = default",
          "sampleRate = 44100", "bitsPerSample = 16", "channel = 2", "", "[icecast2-0]", "bitrateMode = cbr",
          "format = mp3", "bitrate = 128", "server = stream.%s" % ctx.domain, "port = 8000")
    d.sec("password = %s" % pw, pw, "icecast-source-password")
    d.add("mountPoint = live", "name = %s" % ctx.org)
    ref = "secret/%s/radio/youtube-stream-key" % ctx.t["hosts"][0]
    d.neg("# the YouTube relay key is not kept here: vault kv get %s" % ref, ref, "vault-path")
    return [d]


def ytdlp(ctx):
    d = Doc("%s/media/yt-dlp.conf" % ctx.dir, "config")
    a, b = ctx.pw(), ctx.pw()
    d.add("# archive our livestreams and the private training videos",
          "-o ~/archive/%(upload_date)s-%(title)s.%(ext)s", "--download-archive ~/archive/done.txt",
          "--username archive@%s" % ctx.domain)
    d.sec("--password %s" % a, a, "video-site-password")
    d.sec("--video-password %s" % b, b, "video-password")
    d.add("--cookies-from-browser firefox")
    return [d]


def dahua(ctx):
    d = Doc("%s/cameras/record-nvr.sh" % ctx.dir, "config")
    pw = ctx.pw()
    ip = ctx.ip()
    d.add("#!/bin/sh", "# pull channel 1 from the Dahua NVR into 10-minute segments")
    d.sec('ffmpeg -rtsp_transport tcp -i "rtsp://admin:%s@%s:554/cam/realmonitor?channel=1&subtype=0" '
          '-c copy -f segment -segment_time 600 -strftime 1 /srv/cctv/%%Y%%m%%d-%%H%%M.mkv' % (pw, ip), pw,
          "rtsp-password")
    fixed(d, ctx, 'curl -s --digest -u "admin:$DAHUA_PASS" "http://%s/cgi-bin/configManager.cgi?action=getConfig'
          '&name=General"' % ip, "$DAHUA_PASS", "env-reference")
    return [d]


KINDS = {"xl2tpd": xl2tpd, "openmqttgateway": omg, "basicstation": basicstation, "microsip": microsip,
         "linphone": linphone, "baresip": baresip, "axis": axis, "solaredge": solaredge, "growatt": growatt,
         "firstrun": firstrun, "swupdate": swupdate, "buildroot": buildroot, "zoiper": zoiper, "darkice": darkice,
         "ytdlp": ytdlp, "dahua": dahua}
