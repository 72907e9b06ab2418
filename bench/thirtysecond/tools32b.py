"""Tool / config kinds 18-34: more self-hosted apps, devices and energy gear, storage and virtualisation CLIs."""
import base64
import gzip

from core32 import ALNUM, HEX, UPPER_ALNUM, Doc, b64, jstr, rhex, rstr, sha256hex, sha1hex, uuid4


def jirafeau(ctx, r):
    d = Doc("files/jirafeau/lib/config.local.php")
    h = sha256hex(r)
    a, b = ctx.password(r, style="phrase"), ctx.password(r, style=r.choice(["human", "weak"]))
    d.add("<?php", "$cfg['web_root'] = 'https://drop.%s/';" % ctx.domain, "$cfg['var_root'] = '/var/lib/jirafeau/';",
          "$cfg['style'] = 'modern';", "// sha256 of the admin password, not the password itself")
    d.n("$cfg['admin_password'] = '%s';" % h, h, "sha256")
    d.add("$cfg['upload_password'] = array(")
    d.s("    '%s'," % a, a, "upload-password")
    d.s("    '%s'" % b, b, "upload-password")
    d.add(");", "$cfg['availabilities'] = array('hour' => true, 'day' => true, 'week' => true, 'month' => false);")
    return [d]


def cronicle(ctx, r):
    d = Doc("jobs/cronicle/conf/config.json")
    sk = ctx.randkey(r, 32)
    smtp = ctx.password(r)
    d.add("{", '  "base_app_url": "https://cron.%s",' % ctx.domain, '  "email_from": "cron@%s",' % ctx.domain,
          '  "smtp_hostname": "smtp.%s",' % ctx.domain, '  "smtp_port": 587,')
    d.s('  "secret_key": "%s",' % sk, sk, "app-secret-key")
    d.add('  "mail_options": {', '    "secure": false,', '    "auth": {', '      "user": "cron@%s",' % ctx.domain)
    d.s('      "pass": %s' % jstr(smtp), smtp, "smtp-password")
    d.add("    }", "  },", '  "Storage": {', '    "engine": "S3",', '    "AWS": {', '      "region": "eu-central-1",',
          '      "credentials": {', '        "accessKeyId": "${AWS_ACCESS_KEY_ID}",')
    ref = "${AWS_SECRET_ACCESS_KEY}"
    d.n('        "secretAccessKey": "%s"' % ref, ref, "env-reference")
    d.add("      }", "    }", "  }", "}")
    return [d]


def ventrilo(ctx, r):
    d = Doc("voice/ventrilo/ventrilo_srv.ini", crlf=True)
    adm, srv = ctx.password(r, style="strong"), ctx.password(r, style=r.choice(["human", "weak", "year"]))
    d.add("[Server]", "Name=%s crew" % ctx.org, "Phonetic=%s" % ctx.short, "Auth=1", "Duplicates=1")
    d.s("AdminPassword=%s" % adm, adm, "admin-password")
    d.s("Password=%s" % srv, srv, "server-password")
    d.n(";Password=<server password>", "<server password>", "placeholder")
    d.add("SendBuffer=0", "RecvBuffer=0", "Diag=0", "LogonTimeout=5", "CloseStd=1",
          "TimeStamp=0", "PingRate=10", "ExtraBuffer=0", "ChanWidth=0", "ChanDepth=0", "MaxClients=24", "VoiceCodec=3",
          "VoiceFormat=32", "SilentLobby=0", "AutoKick=0")
    return [d]


def pydio(ctx, r):
    d = Doc("files/pydio/install-conf.yml")
    fp = ctx.password(r)
    db = ctx.password(r, style="strong")
    d.add("# cells configure --yaml install-conf.yml", "proxyconfigs:", "  - binds:", "      - 0.0.0.0:8080",
          "    reverseproxyurl: https://cells.%s" % ctx.domain, "dbconnectiontype: tcp",
          "dbtcphostname: %s" % ctx.host(r, "db"), "dbtcpport: 3306", "dbtcpname: cells", "dbtcpuser: pydio")
    d.s("dbtcppassword: %s" % db, db, "password")
    d.add("frontendlogin: admin")
    start = len(d.lines)
    d.add("frontendpassword: %s" % fp, "frontendrepeat: %s" % fp)
    d._label(start, "secret", fp, "password", span=(start, start + 1))
    d.add("dstype: S3", "dss3apikey: %s" % "cells-archive")
    ref = "${PYDIO_S3_SECRET}"
    d.n("dss3apisecret: %s" % ref, ref, "env-reference")
    return [d]


def pocketbase(ctx, r):
    d = Doc("scripts/bootstrap-pocketbase.sh")
    pw = ctx.password(r)
    enc = ctx.randkey(r, 32)
    d.add("#!/bin/sh", "set -eu", "cd /opt/pocketbase")
    d.s("export PB_ENCRYPTION_KEY='%s'" % enc, enc, "encryption-key")
    d.s("./pocketbase superuser upsert it@%s '%s'" % (ctx.domain, pw), pw, "password")
    ref = '"$(cat /run/secrets/pb_ops_password)"'
    d.n("./pocketbase superuser upsert ops@%s %s" % (ctx.domain, ref), ref, "secret-file-reference")
    d.add("exec ./pocketbase serve --encryptionEnv=PB_ENCRYPTION_KEY --http=127.0.0.1:8090")
    return [d]


def tradfri(ctx, r):
    d = Doc("home/tradfri/.tradfri_psk.conf")
    ident = rhex(r, 32)
    key = ctx.randkey(r, 16)
    d.add("{", '  "%s": {' % ctx.ip(r))
    d.pair('    "identity": "%s",' % ident, '    "key": "%s"' % key, ident, key, "tradfri-psk")
    d.add("  },", '  "%s": {' % ctx.ip(r), '    "identity": "%s",' % rhex(r, 32))
    d.n('    "key": "********"', "********", "masked")
    d.add("  }", "}")
    return [d]


def sbfspot(ctx, r):
    d = Doc("energy/sbfspot/SBFspot.cfg")
    pw = ctx.password(r, style=r.choice(["weak", "human"]), maxlen=12)
    sql = ctx.password(r)
    d.add("# SBFspot configuration for the roof inverter", "BTAddress=", "IP_Address=%s" % ctx.ip(r),
          "# User password; the factory default is 0000")
    d.n("#Password=0000", "0000", "documented-default", cite="SMA inverters: factory user password 0000")
    d.s("Password=%s" % pw, pw, "inverter-password")
    d.add("MIS_Enabled=0", "Plantname=%s" % ctx.org, "OutputPath=/home/pi/smadata/%Y", "SQL_Database=SBFspot",
          "SQL_Hostname=%s" % ctx.host(r, "db"), "SQL_Username=sbfspot")
    d.s("SQL_Password=%s" % sql, sql, "password")
    return [d]


def openevse(ctx, r):
    d = Doc("energy/openevse/config-export.json")
    mqtt = ctx.password(r)
    www = ctx.password(r, style=r.choice(["human", "weak"]))
    api = ctx.hexkey(r, 32)
    d.add("{", '  "ssid": "%s",' % ctx.t["ssids"][0])
    d.n('  "pass": "_DUMMY_PASSWORD",', "_DUMMY_PASSWORD", "masked")
    d.add('  "emoncms_enabled": true,', '  "emoncms_server": "https://emoncms.%s",' % ctx.domain, '  "emoncms_node": "evse",')
    d.s('  "emoncms_apikey": "%s",' % api, api, "emoncms-api-key")
    d.add('  "mqtt_enabled": true,', '  "mqtt_server": "%s",' % ctx.host(r, "mqtt"), '  "mqtt_user": "evse",')
    d.s('  "mqtt_pass": %s,' % jstr(mqtt), mqtt, "mqtt-password")
    d.add('  "www_username": "admin",')
    d.s('  "www_password": %s,' % jstr(www), www, "admin-password")
    d.add('  "hostname": "openevse-%s"' % rhex(r, 4), "}")
    return [d]


def apcupsd(ctx, r):
    d = Doc("power/apcupsd/apcupsd.conf")
    com = ctx.password(r, style=r.choice(["weak", "strong"]))
    d.add("## apcupsd.conf v1.1 ##", "UPSNAME %s-ups1" % ctx.short, "UPSCABLE ether", "UPSTYPE snmp")
    d.s("DEVICE %s:161:APC:%s" % (ctx.ip(r), com), com, "snmp-community")
    d.add("# second UPS in the store still answers to the factory community")
    d.n("#DEVICE %s:161:APC:public" % ctx.ip(r), "public", "documented-default", cite="SNMP default read community")
    d.add("POLLTIME 60", "ONBATTERYDELAY 6", "BATTERYLEVEL 15", "MINUTES 5", "NETSERVER on", "NISIP 127.0.0.1")
    return [d]


def raritan(ctx, r):
    d = Doc("power/raritan/pdu_outlets.py")
    pw = ctx.password(r)
    d.add('"""Switch outlets on the rack PDUs before maintenance."""', "import os", "",
          "from raritan.rpc import Agent, pdumodel", "")
    d.s('agent = Agent("https", "%s", "admin", "%s", disable_certificate_verification=True)' % (ctx.ip(r), pw), pw, "password")
    ref = 'os.environ["RARITAN_DR_PASSWORD"]'
    d.n('agent_dr = Agent("https", "%s", "admin", %s, disable_certificate_verification=True)' % (ctx.ip(r), ref), ref, "env-reference")
    d.add("", 'pdu = pdumodel.Pdu("/model/pdu/0", agent)', "for outlet in pdu.getOutlets():",
          "    print(outlet.getMetaData().label, outlet.getState().powerState)")
    return [d]


def fanvil(ctx, r):
    mac = rhex(r, 12)
    d = Doc("voip/provision/fanvil/%s.cfg" % mac, crlf=True)
    pw = ctx.password(r, style=r.choice(["strong", "weak"]))
    ext = r.randrange(200, 299)
    d.add("<<VOIP CONFIG FILE>>Version:2.0002", "", "<GLOBAL CONFIG MODULE>", "Default Protocol   :2", "",
          "<SIP CONFIG MODULE>", "--SIP Line List--  :", "SIP1 Phone Number       :%d" % ext,
          "SIP1 Display Name       :%s" % ctx.people[0][1].split(".")[0],
          "SIP1 Register Addr      :pbx.%s" % ctx.domain, "SIP1 Register Port      :5060",
          "SIP1 Register User      :%d" % ext)
    d.s("SIP1 Register Pswd      :%s" % pw, pw, "sip-password")
    d.add("SIP1 Enable Reg         :1", "", "<WEB CONFIG MODULE>", "Web Server Type    :0", "Web Username       :admin")
    d.n("Web Password       :admin", "admin", "documented-default", cite="Fanvil factory web login admin/admin")
    d.add("<<END OF FILE>>")
    return [d]


def netapp(ctx, r):
    d = Doc("ansible/netapp-volumes.yml")
    pw = ctx.password(r)
    d.add("- name: Volumes for %s" % ctx.sysname(r), "  hosts: localhost", "  gather_facts: false", "  tasks:",
          "    - name: Archive volume", "      netapp.ontap.na_ontap_volume:", "        state: present",
          "        name: %s_archive" % ctx.short, "        vserver: svm_%s" % ctx.short, "        aggregate_name: aggr1",
          "        size: 500", "        size_unit: gb", "        hostname: %s" % ctx.ip(r), "        username: admin")
    d.s('        password: "%s"' % pw, pw, "password")
    d.add("        https: true", "        validate_certs: false", "    - name: Snapshot policy on the DR cluster",
          "      netapp.ontap.na_ontap_snapshot_policy:", "        state: present", "        name: nightly",
          "        hostname: %s" % ctx.ip(r), "        username: admin")
    ref = "{{ vault_ontap_dr_password }}"
    d.n('        password: "%s"' % ref, ref, "template-variable")
    return [d]


def purestorage(ctx, r):
    d = Doc("storage/purity_snapshots.py")
    tok = ctx.uuid_secret(r)
    d.add("import os", "", "import purestorage", "")
    d.s('array = purestorage.FlashArray("%s", api_token="%s")' % (ctx.ip(r), tok), tok, "purestorage-api-token")
    ref = 'os.environ["PURE_DR_API_TOKEN"]'
    d.n('array_dr = purestorage.FlashArray("%s", api_token=%s)' % (ctx.ip(r), ref), ref, "env-reference")
    d.add("", "for vol in array.list_volumes():", '    array.create_snapshot(vol["name"], suffix="nightly")')
    return [d]


def esxcli(ctx, r):
    d = Doc("virt/esx-patch-hosts.sh")
    pw = ctx.password(r)
    thumb = ":".join(rhex(r, 2).upper() for _ in range(20))
    d.add("#!/bin/bash", "# list VIBs before the patch window", "set -euo pipefail")
    d.n("THUMB=%s" % thumb, thumb, "certificate-thumbprint")
    d.s("esxcli --server esx01.int.%s --username root --password '%s' --thumbprint \"$THUMB\" software vib list" % (ctx.domain, pw),
        pw, "password-in-cli")
    ref = '"$ESX02_ROOT_PASSWORD"'
    d.n("esxcli --server esx02.int.%s --username root --password %s software vib list" % (ctx.domain, ref), ref, "env-reference")
    return [d]


def vboxmanage(ctx, r):
    d = Doc("kiosk/vbox-rebuild.bat", crlf=True)
    pw = ctx.password(r, style=r.choice(["human", "year", "weak"]))
    pw2 = ctx.password(r)
    d.add("@echo off", "rem rebuild the kiosk VM from the ISO", 'VBoxManage unregistervm "kiosk" --delete',
          'VBoxManage createvm --name "kiosk" --ostype Ubuntu_64 --register')
    d.s('VBoxManage unattended install "kiosk" --iso=D:\\iso\\ubuntu-24.04.iso --user=kiosk --password=%s --full-user-name="Kiosk"' % pw,
        pw, "password-in-cli")
    ref = "C:\\secrets\\vbox-admin.txt"
    d.n('VBoxManage unattended install "kiosk-b" --iso=D:\\iso\\ubuntu-24.04.iso --user=admin --password-file=%s' % ref, ref,
        "secret-file-reference")
    d.s('VBoxManage guestcontrol "kiosk" run --username admin --password %s --exe /usr/bin/systemctl -- restart kiosk' % pw2,
        pw2, "password-in-cli")
    return [d]


def contabo(ctx, r):
    d = Doc("infra/contabo-setup.sh")
    cs = ctx.randkey(r, 32)
    pw = ctx.password(r)
    d.add("#!/bin/sh", "# one-off: store the API credentials in ~/.cntb.yaml", "cntb config set-credentials \\",
          "  --oauth2-clientid=INT-%d \\" % r.randrange(10 ** 7, 10 ** 8))
    d.s("  --oauth2-client-secret=%s \\" % cs, cs, "oauth-client-secret")
    d.add("  --oauth2-user=it@%s \\" % ctx.domain)
    d.s("  --oauth2-password='%s'" % pw, pw, "password")
    d.add("", "# CI uses the environment instead")
    ref = '"$CNTB_OAUTH2_CLIENT_SECRET"'
    d.n("# cntb config set-credentials --oauth2-client-secret=%s ..." % ref, ref, "env-reference")
    d.add("cntb get instances --output json")
    return [d]


def k0s(ctx, r):
    bt = "%s.%s" % (rstr(r, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), rstr(r, 16, "abcdefghijklmnopqrstuvwxyz0123456789"))
    cfg = ("apiVersion: v1\nclusters:\n- cluster:\n    server: https://%s:6443\n  name: k0s\ncontexts:\n- context:\n"
           "    cluster: k0s\n    user: kubelet-bootstrap\n  name: k0s\ncurrent-context: k0s\nkind: Config\nusers:\n"
           "- name: kubelet-bootstrap\n  user:\n    token: %s\n") % (ctx.ip(r), bt)
    tok = ctx.uniq(lambda r: base64.b64encode(gzip.compress(cfg.encode(), mtime=0)).decode(), r)
    t = Doc("k0s/worker-token")
    t.s(tok, tok, "k0s-join-token", decoded="gzip kubeconfig with bootstrap token " + bt)
    s = Doc("k0s/install-worker.sh")
    s.add("#!/bin/sh", "set -e", "curl -sSLf https://get.k0s.sh | sudo sh")
    ref = "/etc/k0s/worker-token"
    s.n("sudo k0s install worker --token-file %s" % ref, ref, "secret-file-reference")
    s.add("sudo k0s start")
    return [t, s]


KINDS_B = ["jirafeau", "cronicle", "ventrilo", "pydio", "pocketbase", "tradfri", "sbfspot", "openevse", "apcupsd",
           "raritan", "fanvil", "netapp", "purestorage", "esxcli", "vboxmanage", "contabo", "k0s"]
FUNCS_B = {k: globals()[k] for k in KINDS_B}
