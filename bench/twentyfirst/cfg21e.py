"""Tool and config file kinds, part E: mail, lists, telephony, SMS, amateur radio, GNSS streaming."""

import kit21 as K
import vals21 as V

Q = '"\\'
SQ = "'\\"
YAML_BAD = "\"'\\#:{}[],&*?|<>=!%@` "
XML_BAD = "<>&\"'"
CALL = {"IS": ("TF3", "274"), "HR": ("9A3", "219"), "ID": ("YB1", "510")}


def cyrus(cx):
    d = cx.doc("mail/cyrus/imapd.conf")
    d.l("configdirectory: /var/lib/cyrus", "partition-default: /var/spool/cyrus/mail", "admins: cyrus",
        "sasl_pwcheck_method: saslauthd", "sasl_mech_list: PLAIN LOGIN", "allowplaintext: no",
        "ldap_uri: ldaps://%s" % cx.host("dc1"), "ldap_bind_dn: CN=svc-cyrus,OU=Service,DC=%s,DC=%s" % (cx.v["short"], cx.v["suffix"]))
    p = cx.pw(forbid=" ")
    d.s("ldap_password: %s" % p, p, "password-ldap-bind")
    d.l("proxy_authname: murder")
    m = cx.pw(forbid=" ")
    d.s("proxy_password: %s" % m, m, "password-imap-proxy")
    d.l("tls_server_cert: /etc/ssl/certs/imap.pem", "tls_server_key: /etc/ssl/private/imap.key")


def zimbra(cx):
    d = cx.doc("mail/zimbra/conf/localconfig.xml")
    d.l('<?xml version="1.0" encoding="UTF-8"?>', "<localconfig>", '  <key name="zimbra_server_hostname">',
        "    <value>%s</value>" % cx.host("mail"), "  </key>")
    for name, cat in (("ldap_root_password", "password-ldap-root"), ("zimbra_ldap_password", "password-ldap-bind"),
                      ("mysql_root_password", "password-mysql")):
        if name == "mysql_root_password" and cx.chance(0.4):
            continue
        v = cx.rs(cx.rng.randint(10, 14))
        d.l('  <key name="%s">' % name)
        d.s("    <value>%s</value>" % v, v, cat)
        d.l("  </key>")
    d.l('  <key name="zimbra_uid">', "    <value>996</value>", "  </key>", "</localconfig>")


def mailman3(cx):
    d = cx.doc("mail/mailman3/mailman.cfg")
    p, u = cx.pw(forbid=" "), cx.upw()
    d.l("[mailman]", "site_owner: postmaster@%s" % cx.v["domain"], "layout: fhs", "", "[webservice]",
        "hostname: localhost", "port: 8001", "admin_user: restadmin")
    d.s("admin_pass: %s" % p, p, "password-mailman-rest")
    d.l("", "[database]", "class: mailman.database.postgresql.PostgreSQLDatabase")
    d.s("url: postgres://mailman:%s@%s/mailman" % (u, cx.host("db1")), u, "password-url")
    d.l("", "[archiver.hyperkitty]", "class: mailman_hyperkitty.Archiver", "enable: yes")
    d.n("configuration: /etc/mailman3/mailman-hyperkitty.cfg", "/etc/mailman3/mailman-hyperkitty.cfg", "reference-file")


def sympa(cx):
    d = cx.doc("mail/sympa/sympa.conf")
    p, c = cx.pw(forbid=" "), cx.mixed(24)
    d.l("domain\tlists.%s" % cx.v["domain"], "listmaster\tlistmaster@%s" % cx.v["domain"], "lang\t%s" % cx.code,
        "db_type\tPostgreSQL", "db_host\t%s" % cx.host("db1"), "db_name\tsympa", "db_user\tsympa")
    d.s("db_passwd\t%s" % p, p, "password-postgres")
    d.s("cookie\t%s" % c, c, "sympa-cookie-secret")
    d.l("wwsympa_url\thttps://lists.%s/sympa" % cx.v["domain"])


def postal(cx):
    d = cx.doc("mail/postal/postal.yml")
    p = cx.pw(forbid=YAML_BAD)
    d.l("version: 2", "postal:", "  web_hostname: postal.%s" % cx.v["domain"], "  web_protocol: https",
        "  smtp_hostname: postal.%s" % cx.v["domain"], "main_db:", "  host: %s" % cx.host("db1"), "  username: postal")
    d.s("  password: %s" % p, p, "password-mariadb")
    d.l("  database: postal", "message_db:", "  host: %s" % cx.host("db1"), "  username: postal")
    d.s("  password: %s" % p, p, "password-mariadb")
    d.l("rails:")
    k = cx.hexs(128)
    d.s("  secret_key: %s" % k, k, "framework-secret-key")
    d.l("smtp_server:", '  default_bind_address: "::"', "dns:", "  dkim_identifier: postal")


def haraka(cx):
    d = cx.doc("mail/haraka/config/auth_flat_file.ini")
    d.l("[core]", "methods=PLAIN,LOGIN,CRAM-MD5", "", "[users]")
    for u in ("relay@%s" % cx.v["domain"], "scanner@%s" % cx.v["domain"]):
        p = cx.pw(forbid=" ;#=")
        d.s("%s=%s" % (u, p), p, "password-smtp")


def opensmtpd(cx):
    d = cx.doc("mail/opensmtpd/secrets")
    d.l("# table secrets file:/etc/mail/secrets  (referenced from smtpd.conf, chmod 640 root:_smtpd)")
    p = cx.pw(forbid=" :")
    d.s("relay %s-relay@smtp.%s.example:%s" % (cx.v["short"], cx.t["vendors"][2][0].lower(), p), p, "password-smtp")
    d.n("# backup relay credentials live in /etc/mail/secrets-backup.db (makemap)", "/etc/mail/secrets-backup.db",
        "reference-file")


def nullmailer(cx):
    d = cx.doc("mail/nullmailer/remotes")
    p = cx.pw(forbid=" '\"\\")
    d.l("# /etc/nullmailer/remotes (one relay per line)")
    d.s("smtp.%s smtp --port=587 --starttls --user=alerts@%s --pass=%s" % (cx.v["domain"], cx.v["domain"], p), p,
        "password-smtp")


def esmtprc(cx):
    d = cx.doc("home/%s/.esmtprc" % cx.person().short)
    p = cx.pw(forbid=Q)
    d.l("identity alerts@%s" % cx.v["domain"], "\thostname smtp.%s:587" % cx.v["domain"],
        '\tusername "alerts@%s"' % cx.v["domain"])
    d.s('\tpassword "%s"' % p, p, "password-smtp")
    d.l("\tstarttls required", 'mda "/usr/bin/procmail -d %T"')


def vdirsyncer(cx):
    who = cx.person()
    d = cx.doc("home/%s/.config/vdirsyncer/config" % who.short)
    p = cx.pw(forbid=Q)
    d.l("[general]", 'status_path = "~/.vdirsyncer/status/"', "", "[pair contacts]", 'a = "contacts_local"',
        'b = "contacts_remote"', 'collections = ["from a", "from b"]', "", "[storage contacts_local]", 'type = "filesystem"',
        'path = "~/.contacts/"', 'fileext = ".vcf"', "", "[storage contacts_remote]", 'type = "carddav"',
        'url = "https://dav.%s/"' % cx.v["domain"], 'username = "%s"' % who.handle)
    d.s('password = "%s"' % p, p, "password-dav")
    d.l("", "[storage cal_remote]", 'type = "caldav"', 'url = "https://dav.%s/"' % cx.v["domain"],
        'username = "%s"' % who.handle)
    d.n('password.fetch = ["command", "pass", "dav/%s"]' % who.handle, '["command", "pass", "dav/%s"]' % who.handle,
        "reference-pass")


def kannel(cx):
    d = cx.doc("sms/kannel/kannel.conf")
    a = cx.pw(forbid=' "#')
    d.l("group = core", "admin-port = 13000")
    d.s("admin-password = %s" % a, a, "password-kannel-admin")
    d.l("smsbox-port = 13001", 'log-file = "/var/log/kannel/bearerbox.log"', "", "group = smsc", "smsc = smpp",
        "smsc-id = operator1", "host = smpp.operator.example", "port = 2775", 'system-type = ""',
        "smsc-username = %s" % cx.v["short"].upper() + "01")
    s = cx.rs(8)
    d.s("smsc-password = %s" % s, s, "password-smpp")
    d.l("transceiver-mode = true", "", "group = sendsms-user", "username = app")
    u = cx.pw(forbid=' "#')
    d.s("password = %s" % u, u, "password-kannel-sendsms")


def gammu(cx):
    d = cx.doc("sms/gammu-smsdrc")
    p = cx.pw(forbid=" ;#")
    d.l("[gammu]", "device = /dev/ttyUSB2", "connection = at", "logfile = /var/log/gammu-smsd.log", "", "[smsd]",
        "service = sql", "driver = native_pgsql", "host = %s" % cx.host("db1"), "user = smsd")
    d.s("password = %s" % p, p, "password-postgres")
    d.l("database = smsd", "CommTimeout = 30")


def freepbx(cx):
    d = cx.doc("voip/freepbx.conf")
    p = cx.hexs(32) if cx.chance(0.5) else cx.pw(forbid=SQ)
    d.l("<?php", "$amp_conf['AMPDBUSER'] = 'freepbxuser';")
    d.s("$amp_conf['AMPDBPASS'] = '%s';" % p, p, "password-mysql")
    d.l("$amp_conf['AMPDBHOST'] = 'localhost';", "$amp_conf['AMPDBPORT'] = '3306';", "$amp_conf['AMPDBNAME'] = 'asterisk';",
        "$amp_conf['AMPDBENGINE'] = 'mysql';", "$amp_conf['datasource'] = ''; //for sqlite3", "",
        "require_once('/var/www/html/admin/bootstrap.php');", "?>")


def asterisk_manager(cx):
    d = cx.doc("voip/asterisk/manager.conf")
    p = cx.pw(forbid=" ;")
    d.l(";", "; AMI - The Asterisk Manager Interface", ";", "[general]", "enabled = yes", "port = 5038",
        "bindaddr = 127.0.0.1", "", "[%s-crm]" % cx.v["short"])
    d.s("secret = %s" % p, p, "password-asterisk-ami")
    d.l("deny = 0.0.0.0/0.0.0.0", "permit = 127.0.0.1/255.255.255.0", "read = system,call,log,verbose,command,agent,user,config",
        "write = system,call,agent,user,config,command,originate", "", ";[mark]")
    d.n(";secret = mysecret", "mysecret", "example-package-default")


def grandstream(cx):
    mac = cx.mac("").lower()
    d = cx.doc("voip/provisioning/cfg%s.xml" % mac)
    a, s = cx.pw(forbid=XML_BAD), cx.pw(forbid=XML_BAD)
    ext = str(cx.rng.randint(2000, 2999))
    d.l('<?xml version="1.0" encoding="UTF-8" ?>', '<gs_provision version="1">')
    d.n("  <mac>%s</mac>" % mac, mac, "id-mac")
    d.l('  <config version="1">', "    <!-- Admin password for web access -->")
    d.s("    <P2>%s</P2>" % a, a, "password-phone-admin")
    d.l("    <!-- Account 1: SIP server -->", "    <P47>%s</P47>" % cx.host("pbx"), "    <!-- Account 1: SIP User ID -->",
        "    <P35>%s</P35>" % ext, "    <!-- Account 1: Authenticate ID -->", "    <P36>%s</P36>" % ext,
        "    <!-- Account 1: Authenticate password -->")
    d.s("    <P34>%s</P34>" % s, s, "password-sip")
    d.l("    <!-- Account 1: Display name -->", "    <P3>%s</P3>" % cx.person().name, "  </config>", "</gs_provision>")


def snom(cx):
    d = cx.doc("voip/provisioning/snom-%s.xml" % cx.v["short"])
    h, u = cx.pw(forbid=XML_BAD), cx.pw(forbid=XML_BAD)
    d.l('<?xml version="1.0" encoding="utf-8"?>', "<settings>", '  <phone-settings e="2">',
        '    <http_user perm="R">admin</http_user>')
    d.s('    <http_pass perm="R">%s</http_pass>' % h, h, "password-phone-admin")
    d.l('    <user_realname idx="1" perm="R">%s</user_realname>' % cx.person().name,
        '    <user_name idx="1" perm="R">%d</user_name>' % cx.rng.randint(2000, 2999),
        '    <user_host idx="1" perm="R">%s</user_host>' % cx.host("pbx"))
    d.s('    <user_pass idx="1" perm="R">%s</user_pass>' % u, u, "password-sip")
    d.l("  </phone-settings>", "</settings>")


def mmdvm(cx):
    pre, dmr = CALL[cx.v["country"]]
    call = pre + V.rs(cx.rng, 2, V.UP)
    d = cx.doc("radio/pi-star/MMDVM.ini")
    d.l("[General]", "Callsign=%s" % call, "Id=%s%s" % (dmr, V.rs(cx.rng, 4, V.DIG)), "Timeout=180", "Duplex=0", "",
        "[Info]", "RXFrequency=438800000", "TXFrequency=438800000", "Location=%s" % cx.v["city"],
        "Description=Club hotspot", "URL=https://www.qrz.com/db/%s" % call, "", "[DMR Network]", "Enable=1",
        "Type=Direct", "Address=%s.master.brandmeister.network" % cx.v["country"].lower(), "Port=62031", "Jitter=360")
    p = cx.pw(forbid=" ;#")
    d.s("Password=%s" % p, p, "password-brandmeister-hotspot")
    d.l("Slot1=0", "Slot2=1", "Debug=0")


def svxlink(cx):
    pre, _ = CALL[cx.v["country"]]
    call = pre + V.rs(cx.rng, 2, V.UP)
    d = cx.doc("radio/svxlink/svxlink.d/ModuleEchoLink.conf")
    p = cx.pw(forbid=' "#')
    d.l("[ModuleEchoLink]", "NAME=EchoLink", "ID=2", "TIMEOUT=60", "SERVERS=servers.echolink.org",
        "CALLSIGN=%s-R" % call)
    d.s("PASSWORD=%s" % p, p, "password-echolink")
    d.l("SYSOPNAME=%s" % cx.person().first, "LOCATION=[Svx] 145.6250, %s" % cx.v["city"], "MAX_QSOS=10",
        "MAX_CONNECTIONS=11", "LINK_IDLE_TIMEOUT=300", 'DESCRIPTION="You have connected to a SvxLink node,\\n"')


def rtkrcv(cx):
    d = cx.doc("gnss/rtklib/rtkrcv.conf")
    u = cx.upw()
    mp = cx.v["short"].upper() + "%02d00%s0" % (cx.rng.randint(0, 99), cx.v["country"])
    d.l("# RTKNAVI options for the monitoring rover", "pos1-posmode       =kinematic  # (0:single,1:dgps,2:kinematic,3:static)",
        "pos1-frequency     =l1+l2+l5", "pos1-elmask        =15", "pos2-armode        =fix-and-hold",
        "inpstr1-type       =tcpcli     # (0:off,1:serial,2:file,3:tcpsvr,4:tcpcli,6:ntripcli)",
        "inpstr1-path       =192.168.%d.%d:5018" % (cx.rng.randint(0, 9), cx.rng.randint(2, 250)), "inpstr1-format     =ubx",
        "inpstr2-type       =ntripcli")
    d.s("inpstr2-path       =rover01:%s@caster.%s:2101/%s" % (u, cx.v["domain"], mp), u, "password-ntrip")
    d.l("inpstr2-format     =rtcm3", "outstr1-type       =tcpsvr", "outstr1-path       =:9001", "outstr1-format     =nmea")


def str2str_unit(cx):
    d = cx.doc("gnss/systemd/str2str-%s.service" % cx.v["short"])
    u = cx.upw()
    mp = cx.v["short"].upper() + "%02d00%s0" % (cx.rng.randint(0, 99), cx.v["country"])
    d.l("[Unit]", "Description=RTCM3 upload of the reference receiver to the caster", "After=network-online.target", "",
        "[Service]")
    d.s("ExecStart=/usr/local/bin/str2str -in serial://ttyACM0:115200#ubx -out ntrips://:%s@caster.%s:2101/%s#rtcm3 "
        "-msg 1005(10),1077,1087,1097,1127,1230" % (u, cx.v["domain"], mp), u, "password-ntrip")
    d.l("Restart=always", "RestartSec=5", "", "[Install]", "WantedBy=multi-user.target")


KINDS = {
    "cyrus-imapd": (cyrus, None), "zimbra-localconfig": (zimbra, None), "mailman3": (mailman3, None),
    "sympa": (sympa, None), "postal": (postal, None), "haraka-auth": (haraka, None), "opensmtpd-secrets": (opensmtpd, None),
    "nullmailer-remotes": (nullmailer, None), "esmtprc": (esmtprc, None), "vdirsyncer": (vdirsyncer, None),
    "kannel": (kannel, None), "gammu-smsd": (gammu, None), "freepbx-conf": (freepbx, None),
    "asterisk-manager": (asterisk_manager, None), "grandstream-provisioning": (grandstream, None),
    "snom-provisioning": (snom, None), "mmdvm-ini": (mmdvm, {"ham-radio-club"}),
    "svxlink-echolink": (svxlink, {"ham-radio-club"}), "rtkrcv": (rtkrcv, {"rtk-network"}),
    "str2str-unit": (str2str_unit, {"rtk-network"}),
}
