"""Tool kinds, part B: network gear, databases, backup, CI, mail servers and game servers (18 kinds)."""

from core30 import MARK as M, sha256_hex
from tools30a import bcrypt

MD5CRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def md5crypt(r):
    return "$1$%s$%s" % (r.chars(MD5CRYPT, 8), r.chars(MD5CRYPT, 22))


def sha512crypt(r):
    return "$6$%s$%s" % (r.chars(MD5CRYPT, 16), r.chars(MD5CRYPT, 86))


def ruijie(c, r):
    d = c.doc("network/ruijie-core-sw.cfg", crlf=True)
    d.t("!", "version RGOS 11.4(1)B74P2", "hostname %s-CORE" % c.domain.split(".")[0].upper(), "!")
    d.s("enable secret 0 %s" % M, c.pw(r), "network-enable-password")
    d.n("enable secret 5 %s" % M, md5crypt(r), "password-hash-md5crypt")
    d.s("username admin privilege 15 password 0 %s" % M, c.pw(r), "network-user-password")
    d.t("!", "snmp-server location %s" % c.city)
    d.s("snmp-server community %s rw" % M, c.fresh(lambda: r.lower(6) + r.digits(4)), "snmp-community")
    d.n("snmp-server community %s ro" % M, "public", "default-community")
    d.s("radius-server host 10.%d.0.5 key 0 %s" % (r.randrange(1, 250), M), c.pw(r), "radius-shared-secret")
    d.t("!", "interface VLAN 10", " ip address 10.10.0.1 255.255.255.0", "!", "line vty 0 4", " login local", "!", "end")


def alliedware(c, r):
    d = c.doc("network/awplus-access.cfg")
    d.t("!", "hostname awp-%s" % c.systems[1], "!")
    d.n("username manager privilege 15 password 8 %s" % M, md5crypt(r), "password-hash-md5crypt")
    d.s("username %s privilege 15 password %s" % (c.people[1]["handle"], M), c.pw(r), "network-user-password")
    d.t("!", "service password-encryption", "!")
    d.s("snmp-server community %s" % M, c.fresh(lambda: r.lower(8)), "snmp-community")
    d.s("snmp-server user ops-v3 ops-group auth sha %s" % M, c.pw(r), "snmpv3-auth-password")
    d.s("radius-server host 10.20.0.9 key %s" % M, c.pw(r), "radius-shared-secret")
    d.t("!", "interface port1.0.1-1.0.24", " switchport", " switchport mode access", "!", "end")


def os10(c, r):
    d = c.doc("network/os10-leaf1-running-configuration.txt")
    d.t("! Version 10.5.4.2", "! Last configuration change at Mar  4 09:12:44 2025", "!", "hostname leaf1-%s" % c.key[:8])
    d.n("username admin password %s role sysadmin priv-lvl 15" % M, sha512crypt(r), "password-hash-sha512crypt")
    d.s("username netops password %s role netadmin priv-lvl 15" % M, c.pw(r), "network-user-password")
    d.t("!")
    d.s("radius-server host 10.30.1.4 key 0 %s" % M, c.pw(r), "radius-shared-secret")
    d.n("tacacs-server host 10.30.1.5 key 9 %s" % M, r.hex(64), "encrypted-value")
    d.s("snmp-server community %s rw" % M, c.fresh(lambda: r.lower(7) + r.digits(3)), "snmp-community")
    d.t("!", "interface ethernet1/1/1", " no shutdown", " switchport access vlan 10", "!")


def materialize(c, r):
    d = c.doc("warehouse/materialize/001_sources.sql")
    d.t("-- Materialize: live views over the ERP database", "")
    d.s("CREATE SECRET pgpass AS '%s';" % M, c.pw(r), "materialize-secret-value")
    d.t("CREATE CONNECTION pg_erp TO POSTGRES (", "    HOST '%s'," % c.host("erp"), "    DATABASE erp,", "    USER materialize,")
    d.n("    PASSWORD SECRET %s," % M, "pgpass", "secret-reference")
    d.t("    SSL MODE 'require'", ");")
    d.s("CREATE SECRET kafka_password AS '%s';" % M, c.pw(r), "materialize-secret-value")
    d.t("CREATE SOURCE erp_feed FROM POSTGRES CONNECTION pg_erp (PUBLICATION 'mz_source') FOR ALL TABLES;")


def starrocks(c, r):
    d = c.doc("warehouse/starrocks/catalogs.sql")
    i, s, cat, _, _ = c.pair(r, "aws")
    d.t("CREATE EXTERNAL CATALOG lake", "PROPERTIES (", '    "type" = "hive",',
        '    "hive.metastore.uris" = "thrift://%s:9083",' % c.host("metastore"))
    d.pair('    "aws.s3.access_key" = "%s",' % M, i, '    "aws.s3.secret_key" = "%s",' % M, s, cat)
    d.t('    "aws.s3.region" = "eu-west-1"', ");", "")
    d.s("CREATE USER 'bi_reader'@'%%' IDENTIFIED BY '%s';" % M, c.pw(r), "database-user-password")
    d.n("CREATE USER 'etl'@'%%' IDENTIFIED WITH mysql_native_password AS '%s';" % M, "*" + r.hex(40).upper(), "password-hash-mysql")


def risingwave(c, r):
    d = c.doc("warehouse/risingwave/sources.sql")
    d.t("CREATE SOURCE scale_events (", "    site VARCHAR, grams INT, ts TIMESTAMP", ") WITH (", "    connector = 'kafka',",
        "    topic = 'scale-events',", "    properties.bootstrap.server = '%s:9093'," % c.host("kafka"),
        "    properties.security.protocol = 'SASL_SSL',", "    properties.sasl.mechanism = 'SCRAM-SHA-512',",
        "    properties.sasl.username = 'rw-reader',")
    d.s("    properties.sasl.password = '%s'" % M, c.pw(r), "kafka-sasl-password")
    d.t(") FORMAT PLAIN ENCODE JSON;", "")
    d.t("CREATE SINK erp_sink FROM scale_events WITH (", "    connector = 'jdbc',")
    d.s("    jdbc.url = 'jdbc:postgresql://%s:5432/erp?user=rw&password=%s'," % (c.host("erp"), M), c.pw(r, uri=True), "jdbc-url-password")
    d.t("    table.name = 'scale_events'", ");")


def rustic(c, r):
    d = c.doc("backup/rustic.toml")
    i, s, cat, _, _ = c.pair(r, "b2")
    d.t("[repository]", 'repository = "opendal:b2"')
    d.s('password = "%s"' % M, c.pw(r, "phrase"), "backup-repository-password")
    d.t("", "[repository.options]", 'bucket = "%s-backup"' % c.key)
    d.pair('application_key_id = "%s"' % M, i, 'application_key = "%s"' % M, s, cat)
    d.t('bucket_id = "%s"' % r.hex(24), "", "[[backup.snapshots]]", 'sources = ["/srv/data"]')
    d.n('# password-command = "%s"' % M, "pass show backup/rustic", "secret-manager-reference")


def resticprofile(c, r):
    d = c.doc("backup/profiles.toml")
    d.t("version = \"1\"", "", "[default]", 'repository = "s3:https://s3.%s/restic"' % c.domain)
    d.n('password-file = "%s"' % M, "/etc/resticprofile/key", "file-path-reference")
    d.t("", "[default.env]")
    i, s, cat, _, _ = c.pair(r, "minio")
    d.pair('AWS_ACCESS_KEY_ID = "%s"' % M, i, 'AWS_SECRET_ACCESS_KEY = "%s"' % M, s, cat)
    d.t("", "[offsite]", 'inherit = "default"', 'repository = "sftp:backup@%s:/restic"' % c.host("offsite"))
    d.s('password = "%s"' % M, c.pw(r), "backup-repository-password")
    d.t("", "[offsite.backup]", 'source = ["/srv"]', 'schedule = "03:15"')


def taskcluster(c, r):
    d = c.doc("ci/taskcluster-creds.sh")
    cid = "project/%s/ci-deploy" % c.key
    d.t("#!/bin/sh", "# taskcluster client for the nightly deploy", "export TASKCLUSTER_ROOT_URL=https://tc.%s" % c.domain)
    d.pair("export TASKCLUSTER_CLIENT_ID=%s" % M, cid, "export TASKCLUSTER_ACCESS_TOKEN=%s" % M, c.b64(r, 33).replace("+", "-").replace("/", "_"),
           "taskcluster-client-pair")
    d.n("# taskcluster signin prints: export TASKCLUSTER_ACCESS_TOKEN=%s" % M, "<temporary-token>", "placeholder")
    d.t("taskcluster task def $TASK_ID")


def turborepo(c, r):
    d = c.doc("web/.turbo/config.json")
    d.t("{", '  "teamslug": "%s",' % c.key)
    d.s('  "token": "%s",' % M, c.alnum(r, 24), "turborepo-remote-cache-token")
    d.t('  "apiurl": "https://cache.%s"' % c.domain, "}")
    e = c.doc("web/.github/workflows/build.yml")
    e.t("name: build", "on: [push]", "env:", "  TURBO_TEAM: %s" % c.key)
    e.n("  TURBO_TOKEN: %s" % M, "${{ secrets.TURBO_TOKEN }}", "ci-secret-reference")
    e.t("jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:")
    e.n("      - uses: actions/checkout@%s" % M, r.hex(40), "git-commit-sha")
    e.t("      - run: npx turbo run build")


def docker_mailserver(c, r):
    d = c.doc("mail/dms/config/postfix-accounts.cf")
    for p in c.people[:2]:
        d.n(p["email"] + "|{SHA512-CRYPT}" + M, sha512crypt(r), "password-hash-sha512crypt")
    e = c.doc("mail/dms/config/postfix-sasl-password.cf")
    e.s("[smtp.relay-%s.net]:587 %s:%s" % (r.lower(5), "relay-" + c.key[:6], M), c.pw(r), "smtp-relay-password")
    f = c.doc("mail/dms/mailserver.env")
    f.t("OVERRIDE_HOSTNAME=mail.%s" % c.domain, "ENABLE_FAIL2BAN=1", "RELAY_HOST=smtp.relay.net", "RELAY_USER=%s" % c.key[:6])
    f.s("RELAY_PASSWORD=%s" % M, c.pw(r), "smtp-relay-password")


def mailpit(c, r):
    d = c.doc("mail/mailpit/relay.yaml")
    d.t("# mailpit --smtp-relay-config relay.yaml", "host: smtp.%s" % c.domain, "port: 587", "starttls: true", "auth: plain",
        "username: outbound@%s" % c.domain)
    d.s("password: %s" % M, c.pw(r), "smtp-relay-password")
    d.t("return-path: bounces@%s" % c.domain, "allowed-recipients: '@%s$'" % c.domain.replace(".", "\\."))
    e = c.doc("mail/mailpit/ui-auth.htpasswd")
    e.n("ops:%s" % M, bcrypt(r), "password-hash-bcrypt")


def phplist(c, r):
    d = c.doc("newsletter/phplist/config/config.php")
    d.t("<?php", "$database_host = '%s';" % c.host("db"), "$database_name = 'phplist';", "$database_user = 'phplist';")
    d.s("$database_password = '%s';" % M, c.pw(r), "phplist-db-password")
    d.t("define('PHPMAILERHOST', 'smtp.%s');" % c.domain, "$phpmailer_smtpuser = 'news@%s';" % c.domain)
    d.s("$phpmailer_smtppassword = '%s';" % M, c.pw(r), "smtp-password")
    d.n("// $phpmailer_smtppassword = '%s';" % M, "smtppassword", "placeholder")
    d.t("define('TEST', 0);")


def icarus(c, r):
    d = c.doc("games/icarus/ServerSettings.ini")
    d.t("[/Script/Icarus.DedicatedServerSettings]", "SessionName=%s staff server" % c.org)
    d.s("JoinPassword=%s" % M, c.pw(r, "human"), "game-join-password")
    d.t("MaxPlayers=8")
    d.s("AdminPassword=%s" % M, c.pw(r), "game-admin-password")
    d.t("ShutdownIfNotJoinedFor=300.000000", "ShutdownIfEmptyFor=300.000000", "AllowNonAdminsToLaunchProspects=True")


def astroneer(c, r):
    d = c.doc("games/astroneer/AstroServerSettings.ini", crlf=True)
    d.t("[/Script/Astro.AstroServerSettings]", "bLoadAutoSave=True", "MaxServerFramerate=30.000000",
        "PublicIP=203.0.113.%d" % r.randrange(2, 250), "ServerName=%s" % c.org, "OwnerName=%s" % c.people[0]["handle"])
    d.n("OwnerGuid=%s" % M, r.digits(17), "steam-id")
    d.s("ServerPassword=%s" % M, c.pw(r, "human"), "game-server-password")
    d.s("ConsolePassword=%s" % M, c.pw(r), "game-rcon-password")
    d.t("ConsolePort=1234", "HeartbeatInterval=55")


def ets2(c, r):
    d = c.doc("games/ets2/server_config.sii")
    d.t("SiiNunit", "{", "server_config : _nameless.%s.%s {" % (r.hex(3), r.hex(4)), ' lobby_name: "%s convoy"' % c.org,
        ' description: "drivers only"', ' welcome_message: "Drive safe"')
    d.s(' password: "%s"' % M, c.pw(r, "weak"), "game-server-password")
    d.t(" max_players: 8", " max_vehicles_total: 100", " connection_virtual_port: 100", " query_virtual_port: 101")
    d.s(' server_logon_token: "%s"' % M, c.hexs(r, 32).upper(), "steam-game-server-token")
    d.t(" moderator_list: 0", "}", "", "}")


def farmsim(c, r):
    d = c.doc("games/farmsim/dedicatedServerConfig.xml")
    d.t('<?xml version="1.0" encoding="utf-8" standalone="no" ?>', "<server>", '    <webserver port="8080">', "        <initial_admin>",
        "            <username>admin</username>")
    d.s("            <passphrase>%s</passphrase>" % M, c.pw(r), "game-web-admin-password")
    d.t("        </initial_admin>", "    </webserver>", "    <settings>", "        <game_name>%s farm</game_name>" % c.org)
    d.s("        <admin_password>%s</admin_password>" % M, c.pw(r, "human"), "game-admin-password")
    d.t("        <game_password></game_password>", "        <savegame_index>1</savegame_index>", "    </settings>", "</server>")


def stormworks(c, r):
    d = c.doc("games/stormworks/server_config.xml")
    d.s('<server_data port="25564" name="%s" seed="%d" save_name="autosave_server" max_players="16" password="%s" day_length="30">'
        % (c.org, r.randrange(1000, 99999), M), c.pw(r, "human"), "game-server-password")
    d.t("\t<admins>")
    d.n('\t\t<id value="%s"/>' % M, "7656119" + r.digits(10, False), "steam-id")
    d.t("\t</admins>", "\t<authorized/>", "\t<blacklist/>", "</server_data>")


KINDS_B = {"ruijie": ruijie, "alliedware": alliedware, "os10": os10, "materialize": materialize, "starrocks": starrocks,
           "risingwave": risingwave, "rustic": rustic, "resticprofile": resticprofile, "taskcluster": taskcluster,
           "turborepo": turborepo, "docker-mailserver": docker_mailserver, "mailpit": mailpit, "phplist": phplist,
           "icarus": icarus, "astroneer": astroneer, "ets2": ets2, "farmsim": farmsim, "stormworks": stormworks}
