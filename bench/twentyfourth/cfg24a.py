"""Tool/config kinds, part A: databases, replication, backup, data platforms, messaging (twentyfourth)."""
from core24 import Doc, b64, h_bcrypt, path, jstr
import prov24


def cockroach(c):
    d = Doc(path(c, "ops/cockroach-backup.sh"))
    pw = c.pw(uri=True)
    d.t("#!/usr/bin/env bash\n# nightly full backup of the %s cluster to object storage\nset -euo pipefail" % c.theme.key)
    d.s("export COCKROACH_URL=\"postgresql://backup:@@@%s:26257/defaultdb?sslmode=verify-full\"" % c.host("crdb"), pw, "cockroach-url-password")
    d.t("cockroach sql --certs-dir=/etc/cockroach/certs -e \"BACKUP INTO 's3://crdb-backups/%s?AUTH=implicit' AS OF SYSTEM TIME '-10s';\"" % c.theme.key)
    d.n("# cluster id @@", c.uuid(), "cluster-uuid")
    return [d]


def orientdb(c):
    d = Doc(path(c, "orientdb/config/orientdb-server-config.xml"), fmt="xml")
    d.t('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<orient-server>\n    <network>\n        <protocols>\n            <protocol implementation="com.orientechnologies.orient.server.network.protocol.binary.ONetworkProtocolBinary" name="binary"/>\n        </protocols>\n    </network>\n    <users>')
    d.s('        <user resources="*" password="@@" name="root"/>', c.pw(style="alnum"), "orientdb-root-password")
    d.n('        <user resources="connect,server.listDatabases" password="@@" name="monitor"/>',
        "{PBKDF2WithHmacSHA256}" + c.hexs(48).upper() + ":" + c.hexs(48).upper() + ":65536", "orientdb-password-hash")
    d.t('    </users>\n    <properties>\n        <entry value="info" name="log.console.level"/>\n    </properties>\n</orient-server>')
    return [d]


def keydb(c):
    d = Doc(path(c, "keydb/keydb.conf"))
    d.t("bind 0.0.0.0\nport 6379\nactive-replica yes\nmulti-master yes\nreplicaof %s 6379" % c.host("cache"))
    d.s("requirepass @@", c.pw(), "keydb-requirepass")
    d.s("masterauth @@", c.pw(), "keydb-masterauth")
    d.n("# requirepass @@", "foobared", "documented-example")
    d.t("save 900 1\nappendonly yes")
    return [d]


def repmgr(c):
    d = Doc(path(c, "postgres/repmgr.conf"))
    d.t("node_id=%d\nnode_name='%s'" % (c.r(1, 3), c.host("pg")))
    d.s("conninfo='host=%s user=repmgr dbname=repmgr password=@@ connect_timeout=2'" % c.host("pg"), c.pw(style="alnum"), "repmgr-conninfo-password")
    d.t("data_directory='/var/lib/postgresql/16/main'\nuse_replication_slots=yes\npassfile='/var/lib/postgresql/.pgpass'\nfailover=automatic")
    d.n("# witness: conninfo='host=%s user=repmgr dbname=repmgr password=@@'" % c.host("pgw"), "********", "masked-password")
    return [d]


def odyssey(c):
    d = Doc(path(c, "odyssey/odyssey.conf"))
    d.t('daemonize no\nlog_format "%%p %%t %%l [%%i %%s] (%%c) %%m\\n"\n\nstorage "postgres_server" {\n\ttype "remote"\n\thost "%s"\n\tport 5432\n}\n\ndatabase "erp" {\n\tuser "erp_app" {\n\t\tauthentication "scram-sha-256"' % c.host("pg"))
    d.s('\t\tpassword "@@"', c.pw(), "odyssey-route-password")
    d.t('\t\tstorage "postgres_server"\n\t\tpool "transaction"\n\t}\n\tuser "report" {\n\t\tauthentication "md5"')
    d.n('\t\tpassword "@@"', "md5" + c.hexs(32), "md5-password-hash")
    d.t('\t\tstorage "postgres_server"\n\t\tpool "session"\n\t}\n}')
    return [d]


def vitess(c):
    d = Doc(path(c, "vitess/db_credentials.json"), fmt="json")
    d.t("{")
    d.s('  "vt_app": ["@@"],', c.pw(), "vitess-app-password")
    d.s('  "vt_dba": ["@@"],', c.pw(), "vitess-dba-password")
    d.s('  "vt_repl": ["@@"]', c.pw(style="alnum"), "vitess-repl-password")
    d.t("}")
    return [d]


def orchestrator(c):
    d = Doc(path(c, "orchestrator/orchestrator.conf.json"), fmt="json")
    d.t('{\n  "Debug": false,\n  "ListenAddress": ":3000",\n  "MySQLTopologyUser": "orchestrator",')
    d.s('  "MySQLTopologyPassword": "@@",', c.pw(), "orchestrator-topology-password")
    d.t('  "MySQLOrchestratorHost": "%s",\n  "MySQLOrchestratorDatabase": "orchestrator",\n  "MySQLOrchestratorUser": "orc_server",' % c.host("mysql"))
    d.s('  "MySQLOrchestratorPassword": "@@",', c.pw(), "orchestrator-backend-password")
    d.t('  "HTTPAuthUser": "",\n  "HTTPAuthPassword": "",\n  "RecoverMasterClusterFilters": ["*"]\n}')
    return [d]


def mydumper(c):
    d = Doc(path(c, "backup/mydumper.cnf"))
    pw = c.pw()
    d.t("[mydumper]\nhost = %s\nuser = dumper" % c.host("mysql"))
    d.s("password = @@", pw, "mydumper-password")
    d.t("threads = 4\ncompress = 1\n\n[myloader]\nhost = %s\nuser = dumper" % c.host("mysql-restore"))
    d.s("password = @@", pw, "mydumper-password")
    d.t("overwrite-tables = 1")
    return [d]


def manticore(c):
    d = Doc(path(c, "manticore/manticore.conf"))
    d.t("source products\n{\n    type      = mysql\n    sql_host  = %s\n    sql_user  = search" % c.host("mysql"))
    d.s("    sql_pass  = @@", c.pw(), "manticore-sql-pass")
    d.t("    sql_db    = catalogue\n    sql_query = SELECT id, name, description FROM products\n}\n\nindex products\n{\n    source = products\n    path   = /var/lib/manticore/products\n}\n\nsearchd\n{\n    listen = 9306:mysql\n    pid_file = /run/manticore/searchd.pid\n}")
    return [d]


def questdb(c):
    d = Doc(path(c, "questdb/conf/server.conf"))
    d.t("http.bind.to=0.0.0.0:9000\npg.enabled=true\npg.net.bind.to=0.0.0.0:8812\npg.user=admin")
    d.s("pg.password=@@", c.pw(), "questdb-pg-password")
    d.t("pg.readonly.user.enabled=true\npg.readonly.user=grafana")
    d.s("pg.readonly.password=@@", c.pw(), "questdb-readonly-password")
    d.n("# shipped default was pg.password=@@ — changed at install", "quest", "documented-default")
    return [d]


def vmauth(c):
    d = Doc(path(c, "victoriametrics/auth.yml"))
    d.t("users:\n  - username: \"grafana\"")
    d.s("    password: \"@@\"", c.pw(), "vmauth-password")
    d.t("    url_prefix: \"http://%s:8428/\"" % c.host("vm"))
    d.s("  - bearer_token: \"@@\"", c.token(40), "vmauth-bearer-token")
    d.t("    url_prefix: \"http://%s:8480/insert/0/prometheus/\"\n  - username: \"vmagent\"" % c.host("vminsert"))
    d.n("    password: \"@@\"", "%{VMAGENT_PASSWORD}", "env-reference")
    d.t("    url_prefix: \"http://%s:8428/\"" % c.host("vm"))
    return [d]


def amanda(c):
    d = Doc(path(c, "amanda/DailySet1/amanda.conf"))
    kid, sec = prov24.PAIR_BY["aws"][2](c), prov24.PAIR_BY["aws"][4](c)
    d.t('org "%s"\nmailto "backup@%s"\ndumpcycle 7\ntapecycle 14 tapes\n\ndefine changer s3_changer {\n    tpchanger "chg-multi:s3:%s-amanda/DailySet1/slot-{01,02,03,04,05,06,07}"' % (c.v["name"], c.v["domain"], c.theme.key))
    d.pair('    device-property "S3_ACCESS_KEY" "@@"', kid, '    device-property "S3_SECRET_KEY" "@@"', sec, "aws-key-pair")
    d.t('    device-property "S3_BUCKET_LOCATION" "eu-central-1"\n    device-property "S3_SSL" "YES"\n}\ntpchanger "s3_changer"')
    return [d]


def backuppc(c):
    d = Doc(path(c, "backuppc/config.pl"))
    d.t("$Conf{XferMethod} = 'rsyncd';\n$Conf{RsyncdUserName} = 'backuppc';")
    d.s("$Conf{RsyncdPasswd} = '@@';", c.pw(), "backuppc-rsyncd-password")
    d.t("$Conf{SmbShareUserName} = 'BACKUP\\\\svc_backuppc';")
    d.s("$Conf{SmbSharePasswd} = '@@';", c.pw(), "backuppc-smb-password")
    d.t("$Conf{CgiAdminUsers} = 'backuppc';\n$Conf{FullKeepCnt} = [4, 0, 4];")
    return [d]


def urbackup(c):
    d = Doc(path(c, "urbackup/settings.cfg"))
    d.t("internet_mode_enabled=true\ninternet_server=backup.%s\ninternet_server_port=55415\ncomputername=%s" % (c.v["domain"], c.host("ws")))
    d.s("internet_authkey=@@", c.token(10, prov24.ALNUM), "urbackup-internet-authkey")
    d.t("internet_full_file_backups=1\ninternet_image_backups=0")
    return [d]


def rocketmq(c):
    d = Doc(path(c, "rocketmq/conf/plain_acl.yml"))
    d.t("globalWhiteRemoteAddresses:\n  - 10.10.*.*\naccounts:")
    d.pair("  - accessKey: @@", "rocketmq-" + c.alnum(6), "    secretKey: @@", c.token(24), "rocketmq-access-pair", group="generic")
    d.t("    whiteRemoteAddress:\n    admin: false\n    defaultTopicPerm: DENY\n    topicPerms:\n      - orders=PUB|SUB")
    return [d]


def sqoop(c):
    d = Doc(path(c, "etl/sqoop-import-orders.sh"))
    d.t("#!/bin/sh\n# daily ERP extract into the data lake")
    d.s("sqoop import --connect jdbc:mysql://%s/erp --username etl --password '@@' \\" % c.host("erp"), c.pw(), "sqoop-password")
    d.t("  --table orders --target-dir /data/raw/orders/$(date +%F) --num-mappers 4")
    d.n("# safer variant used on the new cluster: --password-file @@", "hdfs:///user/etl/.erp.password", "password-file-reference")
    return [d]


def ambari(c):
    d = Doc(path(c, "ambari/cluster-template.json"), fmt="json")
    d.t('{\n  "blueprint": "%s-hdp",' % c.theme.key)
    d.s('  "default_password": "@@",', c.pw(), "ambari-default-password")
    d.t('  "host_groups": [\n    { "name": "master", "hosts": [ { "fqdn": "%s" } ] }\n  ],\n  "credentials": [\n    { "alias": "kdc.admin.credential", "principal": "admin/admin@%s",' % (c.host("hdp"), c.v["domain"].upper()))
    d.s('      "key": "@@", "type": "TEMPORARY" }', c.pw(), "kdc-admin-password")
    d.t('  ]\n}')
    return [d]


def ranger(c):
    d = Doc(path(c, "ranger/install.properties"))
    d.t("DB_FLAVOR=POSTGRES\ndb_host=%s\ndb_root_user=postgres" % c.host("pg"))
    d.s("db_root_password=@@", c.pw(), "ranger-db-root-password")
    d.t("db_name=ranger\ndb_user=rangeradmin")
    d.s("db_password=@@", c.pw(), "ranger-db-password")
    d.s("rangerAdmin_password=@@", c.pw(), "ranger-admin-password")
    d.t("audit_store=solr\naudit_solr_user=\naudit_solr_password=")
    return [d]


def payara(c):
    d = Doc(path(c, "payara/passwordfile"))
    d.s("AS_ADMIN_PASSWORD=@@", c.pw(), "payara-admin-password")
    d.n("AS_ADMIN_MASTERPASSWORD=@@", "changeit", "documented-default")
    d.s("AS_ADMIN_ALIASPASSWORD=@@", c.pw(), "payara-alias-password")
    return [d]


def kallithea(c):
    d = Doc(path(c, "kallithea/my.ini"), fmt="ini")
    d.t("[server:main]\nhost = 0.0.0.0\nport = 5000\n\n[app:main]\nuse = egg:kallithea")
    d.n("app_instance_uuid = @@", c.uuid(), "instance-uuid")
    d.s("beaker.session.secret = @@", c.hexkey(32), "kallithea-session-secret")
    d.s("sqlalchemy.url = postgresql://kallithea:@@@%s/kallithea" % c.host("pg"), c.pw(uri=True), "kallithea-db-password")
    return [d]


def gitblit(c):
    d = Doc(path(c, "gitblit/data/users.conf"))
    d.t("[user \"admin\"]")
    d.n("\tpassword = @@", "MD5:" + c.hexs(32), "md5-password-hash")
    d.t("\trole = \"#admin\"\n\trole = \"#notfederated\"\n[user \"ci\"]")
    d.s("\tpassword = @@", c.pw(style="alnum"), "gitblit-plain-password")
    d.t("\trole = \"#create\"")
    return [d]


def onedev(c):
    d = Doc(path(c, "onedev/conf/hibernate.properties"))
    d.t("hibernate.dialect=io.onedev.server.persistence.PostgreSQLDialect\nhibernate.connection.driver_class=org.postgresql.Driver\nhibernate.connection.url=jdbc:postgresql://%s:5432/onedev\nhibernate.connection.username=onedev" % c.host("pg"))
    d.s("hibernate.connection.password=@@", c.pw(), "onedev-db-password")
    d.t("hibernate.hikari.maximumPoolSize=25")
    return [d]


def pterodactyl(c):
    d = Doc(path(c, "pterodactyl/wings/config.yml"))
    d.t("debug: false")
    d.n("uuid: @@", c.uuid(), "node-uuid")
    d.pair("token_id: @@", c.alnum(16), "token: @@", c.token(64), "wings-token-pair", group="generic")
    d.t("api:\n  host: 0.0.0.0\n  port: 8080\n  ssl:\n    enabled: true\n    cert: /etc/letsencrypt/live/%s/fullchain.pem\nremote: https://panel.%s" % (c.host("wings"), c.v["domain"]))
    return [d]


def linuxgsm(c):
    d = Doc(path(c, "lgsm/config-lgsm/csgoserver/csgoserver.cfg"))
    d.t("## LinuxGSM instance settings\nip=\"0.0.0.0\"\nport=\"27015\"\nsteamuser=\"%s\"" % c.person()["user"])
    d.s("steampass='@@'", c.pw(), "steam-password")
    d.s("gslt=\"@@\"", c.hexkey(32).upper(), "steam-gslt")
    d.n("# rcon lives in serverfiles/csgo/cfg/csgoserver.cfg, not here (see @@)", "https://docs.linuxgsm.com/game-server-config", "doc-link")
    return [d]


def velocity(c):
    d = Doc(path(c, "velocity/velocity.toml"), fmt="toml")
    d.t('config-version = "2.5"\nbind = "0.0.0.0:25577"\nmotd = "<#09add3>%s"\nshow-max-players = 120\nonline-mode = true\nplayer-info-forwarding-mode = "modern"' % c.v["name"])
    d.s('forwarding-secret = "@@"', c.token(12), "velocity-forwarding-secret")
    d.t('\n[servers]\nlobby = "127.0.0.1:30066"\ntry = ["lobby"]')
    return [d]


def cromwell(c):
    d = Doc(path(c, "cromwell/cromwell.conf"))
    d.t('include required(classpath("application"))\n\ndatabase {\n  profile = "slick.jdbc.MySQLProfile$"\n  db {\n    driver = "com.mysql.cj.jdbc.Driver"\n    url = "jdbc:mysql://%s/cromwell?rewriteBatchedStatements=true"\n    user = "cromwell"' % c.host("mysql"))
    d.s('    password = "@@"', c.pw(), "cromwell-db-password")
    d.t('    connectionTimeout = 5000\n  }\n}')
    return [d]


def openbis(c):
    d = Doc(path(c, "openbis/servers/openBIS-server/jetty/etc/service.properties"))
    d.t("database.engine = postgresql\ndatabase.url-host-part = %s\ndatabase.kind = prod\ndatabase.owner = openbis" % c.host("pg"))
    d.s("database.owner-password = @@", c.pw(), "openbis-db-password")
    d.t("database.admin-user = postgres")
    d.s("database.admin-password = @@", c.pw(), "openbis-db-admin-password")
    return [d]


KINDS = [cockroach, orientdb, keydb, repmgr, odyssey, vitess, orchestrator, mydumper, manticore, questdb, vmauth,
         amanda, backuppc, urbackup, rocketmq, sqoop, ambari, ranger, payara, kallithea, gitblit, onedev,
         pterodactyl, linuxgsm, velocity, cromwell, openbis]
