"""Tool/config kinds, part C: network, VPN, identity, mail, virtualisation, monitoring, Windows deployment (twentyfourth)."""
from core24 import Doc, b64, h_sha512crypt, path
import prov24


def libreswan(c):
    d = Doc(path(c, "ipsec/ipsec.d/plant-link.secrets"))
    d.t("# Libreswan PSK for the site-to-site tunnel (see plant-link.conf)")
    d.s("%s %s : PSK \"@@\"" % ("203.0.113.%d" % c.r(2, 250), "198.51.100.%d" % c.r(2, 250)), c.pw(n=32, style="strong"), "ipsec-psk")
    d.n("# leftid=@@", "@" + c.host("fw"), "ipsec-id")
    return [d]


def softether(c):
    d = Doc(path(c, "vpn/softether-provision.sh"))
    d.t("#!/bin/sh\n# create the hub and the field-laptop users on the SoftEther server")
    pw = c.pw()
    d.s("vpncmd %s:443 /SERVER /PASSWORD:@@ /CMD HubCreate FIELD /PASSWORD:none" % c.host("vpn"), pw, "softether-server-password")
    d.s("vpncmd %s:443 /SERVER /PASSWORD:@@ /HUB:FIELD /CMD UserCreate %s /GROUP:none /REALNAME:none /NOTE:none" % (c.host("vpn"), c.person()["user"]), pw, "softether-server-password")
    d.t("vpncmd %s:443 /SERVER /PASSWORD:\"$SE_ADMIN_PW\" /HUB:FIELD /CMD UserList" % c.host("vpn"))
    return [d]


def coredns(c):
    d = Doc(path(c, "coredns/Corefile"))
    kid, sec = prov24.PAIR_BY["aws"][2](c), prov24.PAIR_BY["aws"][4](c)
    d.t("%s {\n    route53 %s.:Z%s {" % (c.v["domain"], c.v["domain"], c.chars(prov24.UPPER_ALNUM, 13)))
    d.s("        aws_access_key %s @@" % kid, sec, "aws-secret-key")
    d.t("        fallthrough\n    }\n    cache 30\n    log\n    errors\n}")
    return [d]


def lighttpd(c):
    d = Doc(path(c, "lighttpd/lighttpd-plain.user"))
    for i in range(2):
        p = c.person(i)
        d.s("%s:@@" % p["user"], c.pw(), "lighttpd-plain-password")
    return [d]


def gogs(c):
    d = Doc(path(c, "gogs/custom/conf/app.ini"))
    d.t("BRAND_NAME = %s Git\nRUN_USER = git\nRUN_MODE = prod\n\n[database]\nTYPE = postgres\nHOST = %s:5432\nNAME = gogs\nUSER = gogs" % (c.v["name"], c.host("pg")))
    d.s("PASSWORD = @@", c.pw(), "gogs-db-password")
    d.t("SSL_MODE = require\n\n[server]\nDOMAIN = git.%s\nEXTERNAL_URL = https://git.%s/\n\n[security]\nINSTALL_LOCK = true" % (c.v["domain"], c.v["domain"]))
    d.s("SECRET_KEY = @@", c.token(15), "gogs-secret-key")
    return [d]


def maddy(c):
    d = Doc(path(c, "maddy/maddy.conf"))
    d.t("$(hostname) = mx1.%s\n$(primary_domain) = %s\n\ntarget.smtp relay_out {\n    targets tcp://smtp-relay.%s:587\n    starttls yes" % (c.v["domain"], c.v["domain"], c.v["domain"]))
    d.s("    auth plain \"relay@%s\" \"@@\"" % c.v["domain"], c.pw(), "smtp-relay-password")
    d.t("}")
    return [d]


def freeipa(c):
    d = Doc(path(c, "idm/ipa-install.sh"))
    d.t("#!/bin/bash\n# unattended FreeIPA server install (DNS integrated)\nipa-server-install --unattended \\\n  --realm %s \\\n  --domain %s \\" % (c.v["domain"].upper(), c.v["domain"]))
    d.s("  --ds-password '@@' \\", c.pw(), "ipa-directory-manager-password")
    d.s("  --admin-password '@@' \\", c.pw(), "ipa-admin-password")
    d.t("  --setup-dns --auto-forwarders --no-ntp")
    return [d]


def ds389(c):
    d = Doc(path(c, "dirsrv/instance.inf"), fmt="ini")
    d.t("[general]\nconfig_version = 2\nfull_machine_name = %s\n\n[slapd]\ninstance_name = %s\nroot_dn = cn=Directory Manager" % (c.host("ldap"), c.theme.key.replace("-", "")))
    d.s("root_password = @@", c.pw(), "389ds-root-password")
    d.t("port = 389\nsecure_port = 636\n\n[backend-userroot]\nsuffix = dc=%s,dc=local\nsample_entries = no" % c.theme.key.replace("-", ""))
    return [d]


def samba(c):
    d = Doc(path(c, "fileserver/join-domain.sh"))
    d.t("#!/bin/sh\n# join the file server to AD and restart winbind\nkinit -V administrator@%s < /dev/null || true" % c.v["domain"].upper())
    d.s("net ads join -U 'administrator%@@' -S " + c.host("dc"), c.pw(), "ad-join-password")
    d.t("systemctl restart winbind smbd nmbd\nwbinfo -u | head")
    return [d]


def pureftpd(c):
    d = Doc(path(c, "pure-ftpd/db/mysql.conf"))
    d.t("MYSQLServer     %s\nMYSQLPort       3306\nMYSQLUser       pureftpd" % c.host("mysql"))
    d.s("MYSQLPassword   @@", c.pw(), "pureftpd-mysql-password")
    d.t("MYSQLDatabase   pureftpd\nMYSQLCrypt      crypt\nMYSQLGetPW      SELECT Password FROM users WHERE User='\\L'")
    return [d]


def ovirt(c):
    d = Doc(path(c, "ovirt/engine-answers.conf"), fmt=None)
    d.t("[environment:default]\nOVESETUP_CONFIG/fqdn=str:%s\nOVESETUP_DB/host=str:%s\nOVESETUP_DB/user=str:engine" % (c.host("engine"), c.host("pg")))
    d.s("OVESETUP_DB/password=str:@@", c.pw(), "ovirt-db-password")
    d.s("OVESETUP_CONFIG/adminPassword=str:@@", c.pw(), "ovirt-admin-password")
    d.t("OVESETUP_CONFIG/applicationMode=str:both")
    return [d]


def boundary(c):
    d = Doc(path(c, "boundary/controller.hcl"))
    d.t("disable_mlock = true\n\ncontroller {\n  name = \"controller-1\"\n  database {")
    d.s("    url = \"postgresql://boundary:@@@%s:5432/boundary\"" % c.host("pg"), c.pw(uri=True), "db-url-password")
    d.t("  }\n}\n\nkms \"aead\" {\n  purpose   = \"root\"\n  aead_type = \"aes-gcm\"")
    d.s("  key       = \"@@\"", c.b64key(32), "boundary-root-kms-key")
    d.t("  key_id    = \"global_root\"\n}\n\nkms \"aead\" {\n  purpose   = \"worker-auth\"\n  aead_type = \"aes-gcm\"")
    d.n("  key       = \"@@\"", "env://BOUNDARY_WORKER_AUTH_KEY", "env-reference")
    d.t("  key_id    = \"global_worker-auth\"\n}")
    return [d]


def airos(c):
    d = Doc(path(c, "radios/airos-ptp-backup.cfg"))
    d.t("aaa.1.status=enabled\naaa.1.ssid=%s-ptp\nusers.1.name=ubnt" % c.theme.key)
    d.n("users.1.password=@@", h_sha512crypt(c), "sha512crypt-hash")
    d.t("users.status=enabled\nwireless.1.ssid=%s-ptp\nwpa.1.pairwise=CCMP\nwpa.1.ssid=%s-ptp" % (c.theme.key, c.theme.key))
    d.s("wpa.1.psk=@@", c.pw(), "wpa-psk")
    d.t("snmp.community=public")
    return [d]


def racadm(c):
    d = Doc(path(c, "idrac/set-idrac.sh"))
    d.t("#!/bin/bash\n# baseline every iDRAC after rack install")
    pw = c.pw()
    d.n("# factory default root/@@ is refused after first login", "calvin", "documented-default")
    d.s("racadm -r %s -u root -p '@@' set iDRAC.SNMP.AgentCommunity monitoring" % c.host("idrac"), pw, "idrac-root-password")
    d.s("racadm -r %s -u root -p '%s' set iDRAC.Users.3.Password '@@'" % (c.host("idrac"), "$IDRAC_ROOT_PW"), c.pw(), "idrac-user-password")
    return [d]


def s3fs(c):
    d = Doc(path(c, "etc/passwd-s3fs"))
    kid, sec = prov24.PAIR_BY["aws"][2](c), prov24.PAIR_BY["aws"][4](c)
    d.s("%s:@@" % kid, sec, "aws-secret-key")
    return [d]


def juicefs(c):
    d = Doc(path(c, "storage/juicefs-format.sh"))
    kid, sec = prov24.PAIR_BY["aws"][2](c), prov24.PAIR_BY["aws"][4](c)
    d.t("#!/bin/sh\njuicefs format \\\n  --storage s3 \\\n  --bucket https://%s-jfs.s3.eu-central-1.amazonaws.com \\" % c.theme.key)
    d.pair("  --access-key @@ \\", kid, "  --secret-key @@ \\", sec, "aws-key-pair")
    d.s("  \"redis://:@@@%s:6379/1\" \\" % c.host("redis"), c.pw(uri=True), "redis-url-password")
    d.t("  jfs-%s" % c.theme.key)
    return [d]


def rathole(c):
    d = Doc(path(c, "rathole/client.toml"), fmt="toml")
    d.t("[client]\nremote_addr = \"relay.%s:2333\"" % c.v["domain"])
    d.s("default_token = \"@@\"", c.token(32), "rathole-token")
    d.t("\n[client.services.scada_hmi]\nlocal_addr = \"127.0.0.1:8080\"")
    d.s("token = \"@@\"", c.token(24), "rathole-token")
    return [d]


def netmaker(c):
    d = Doc(path(c, "netmaker/netmaker.env"))
    d.t("SERVER_HOST=%s\nNM_DOMAIN=nm.%s" % ("203.0.113.%d" % c.r(2, 250), c.v["domain"]))
    d.s("MASTER_KEY=@@", c.token(30), "netmaker-master-key")
    d.t("MQ_USERNAME=netmaker")
    d.s("MQ_PASSWORD=@@", c.pw(), "mq-password")
    d.t("INSTALL_TYPE=ce")
    return [d]


def firezone(c):
    d = Doc(path(c, "firezone/.env"))
    d.t("EXTERNAL_URL=https://vpn.%s\nADMIN_EMAIL=it@%s" % (c.v["domain"], c.v["domain"]))
    d.s("DEFAULT_ADMIN_PASSWORD=@@", c.pw(), "firezone-admin-password")
    d.s("GUARDIAN_SECRET_KEY=@@", c.b64key(48), "guardian-secret-key")
    d.s("SECRET_KEY_BASE=@@", c.b64key(48), "secret-key-base")
    d.s("DATABASE_PASSWORD=@@", c.pw(), "db-password")
    return [d]


def hmailserver(c):
    d = Doc(path(c, "hmailserver/Bin/hMailServer.INI"), crlf=True, fmt="ini")
    d.t("[Directories]\nProgramFolder=C:\\Program Files (x86)\\hMailServer\nDatabaseFolder=C:\\Program Files (x86)\\hMailServer\\Database\n[Security]")
    d.n("AdministratorPassword=@@", c.hexs(32), "md5-password-hash")
    d.t("[Database]\nType=MSSQL\nUsername=hmail\nPasswordEncryption=0\nPort=1433\nServer=%s\nDatabase=hMailServer" % c.host("sql"))
    d.s("Password=@@", c.pw(), "hmailserver-db-password")
    return [d]


def snmpexporter(c):
    d = Doc(path(c, "prometheus/snmp.yml"))
    d.t("auths:\n  public_v2:\n    version: 2")
    d.n("    community: @@", "public", "default-community")
    d.t("  plant_v2:\n    version: 2")
    d.s("    community: @@", c.pw(style="alnum"), "snmp-community")
    d.t("  plant_v3:\n    version: 3\n    security_level: authPriv\n    username: monitor")
    d.s("    password: @@", c.pw(), "snmpv3-auth-password")
    d.t("    auth_protocol: SHA256")
    d.s("    priv_password: @@", c.pw(), "snmpv3-priv-password")
    d.t("    priv_protocol: AES")
    return [d]


def pandora(c):
    d = Doc(path(c, "pandora/pandora_server.conf"))
    d.t("# Pandora FMS server\nservername %s\nincomingdir /var/spool/pandora/data_in\ndbengine mysql\ndbname pandora\ndbuser pandora" % c.host("mon"))
    d.s("dbpass @@", c.pw(), "pandora-db-password")
    d.t("dbhost %s\nverbosity 1" % c.host("mysql"))
    return [d]


def zenoss(c):
    d = Doc(path(c, "zenoss/etc/global.conf"))
    d.t("zodb-host %s\nzodb-user zenoss" % c.host("mysql"))
    d.s("zodb-password @@", c.pw(), "zenoss-zodb-password")
    d.t("amqphost %s\namqpuser zenoss" % c.host("rabbit"))
    d.s("amqppassword @@", c.pw(), "zenoss-amqp-password")
    return [d]


def ntopng(c):
    d = Doc(path(c, "ntopng/ntopng.conf"))
    d.t("-i=eth1\n-w=3000\n--community")
    d.s("--redis=%s:6379:@@@0" % c.host("redis"), c.pw(uri=True), "redis-password")
    d.t("--local-networks=10.0.0.0/8")
    return [d]


def naemon(c):
    d = Doc(path(c, "naemon/resource.cfg"))
    d.t("# Sets $USER1$ to be the path to the plugins\n$USER1$=/usr/lib/naemon/plugins\n# MySQL check user")
    d.s("$USER3$=@@", c.pw(), "naemon-resource-password")
    d.t("# SNMP community for the plant switches")
    d.s("$USER4$=@@", c.pw(style="alnum"), "snmp-community")
    return [d]


def phpmyadmin(c):
    d = Doc(path(c, "phpmyadmin/config.inc.php"))
    d.t("<?php\ndeclare(strict_types=1);")
    d.s("$cfg['blowfish_secret'] = '@@';", c.token(32), "phpmyadmin-blowfish-secret")
    d.t("$i = 0;\n$i++;\n$cfg['Servers'][$i]['auth_type'] = 'cookie';\n$cfg['Servers'][$i]['host'] = '%s';\n$cfg['Servers'][$i]['controluser'] = 'pma';" % c.host("mysql"))
    d.s("$cfg['Servers'][$i]['controlpass'] = '@@';", c.pw(), "phpmyadmin-controlpass")
    return [d]


def mdt_bootstrap(c):
    d = Doc(path(c, "deploy/DeploymentShare/Control/Bootstrap.ini"), crlf=True, fmt="ini")
    d.t("[Settings]\nPriority=Default\n\n[Default]\nDeployRoot=\\\\%s\\DeploymentShare$\nUserDomain=%s\nUserID=svc_mdt" % (c.host("wds"), c.v["domain"].split(".")[0].upper()))
    d.s("UserPassword=@@", c.pw(), "mdt-share-password")
    d.t("SkipBDDWelcome=YES")
    return [d]


def mdt_custom(c):
    d = Doc(path(c, "deploy/DeploymentShare/Control/CustomSettings.ini"), crlf=True, fmt="ini")
    d.t("[Settings]\nPriority=Default\nProperties=MyCustomProperty\n\n[Default]\nOSInstall=Y\nSkipAdminPassword=YES")
    d.s("AdminPassword=@@", c.pw(), "local-admin-password")
    d.t("JoinDomain=%s\nDomainAdmin=svc_join\nDomainAdminDomain=%s" % (c.v["domain"], c.v["domain"].split(".")[0].upper()))
    d.s("DomainAdminPassword=@@", c.pw(), "domain-join-password")
    d.t("TimeZoneName=W. Europe Standard Time")
    return [d]


KINDS = [libreswan, softether, coredns, lighttpd, gogs, maddy, freeipa, ds389, samba, pureftpd, ovirt, boundary,
         airos, racadm, s3fs, juicefs, rathole, netmaker, firezone, hmailserver, snmpexporter, pandora, zenoss,
         ntopng, naemon, phpmyadmin, mdt_bootstrap, mdt_custom]
