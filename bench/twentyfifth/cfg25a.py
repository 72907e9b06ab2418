"""Tool/config kinds, part one: databases, data tools, messaging and real-time servers."""

from core25 import Doc, rand_str


def oracle_expdp(c):
    r = c.r
    d = Doc("%s/dba/datapump/exp_nightly.par" % c.dir)
    d.add("# expdp parfile=exp_nightly.par", "directory=DATA_PUMP_DIR", "dumpfile=%s_%%U.dmp" % c.slug.split("-")[0],
          "logfile=exp_nightly.log", "schemas=APP,LIMS", "parallel=4", "compression=ALL")
    d.s("userid=system/%s@//%s:1521/ORCLPDB1" % ((v := c.pw(r.choice(["strong", "human"]), avoid=c.URI)), c.host("ora")), v, "oracle-password")
    d.s("encryption_password=%s" % (v := c.pw("phrase")), v, "dump-encryption-password")
    d.n("# demo schema for the test instance: userid=scott/tiger@XEPDB1", "scott/tiger", "documented-default-password")
    return [d]


def oracle_wallet(c):
    d = Doc("%s/dba/wallet/setup_wallet.sh" % c.dir)
    d.add("#!/bin/sh", "# secure external password store for batch jobs", "set -e", "W=/u01/app/oracle/wallet")
    d.s("orapki wallet create -wallet $W -pwd '%s' -auto_login_local" % (v := c.pw("strong")), v, "oracle-wallet-password")
    d.s("echo \"$WALLET_PWD\" | mkstore -wrl $W -createCredential PRODDB app_batch '%s'" % (v := c.pw()), v, "oracle-password")
    d.n("sqlplus -s /@PRODDB @nightly.sql   # password comes from the wallet", "/@PRODDB", "wallet-reference")
    return [d]


def sqlldr(c):
    d = Doc("%s/etl/load_lots.sh" % c.dir)
    d.add("#!/bin/bash", "# load the day's lot file into staging", "cd /data/incoming",
          "for f in lots_*.csv; do")
    d.s("  sqlldr userid=loader/%s@//%s:1521/STG control=lots.ctl data=\"$f\" errors=50" % ((v := c.pw(avoid=c.URI + "*!")), c.host("ora")),
        v, "oracle-password")
    d.add("done")
    return [d]


def teradata_bteq(c):
    a = Doc("%s/dwh/bteq/refresh_sales.bteq" % c.dir)
    a.add(".SET ERROROUT STDOUT", ".LOGMECH TD2")
    a.s(".LOGON tdprod/etl_%s,%s;" % (c.slug.split("-")[0][:8], (v := c.pw())), v, "teradata-password")
    a.add("DELETE FROM stg.sales_daily;", "INSERT INTO stg.sales_daily SELECT * FROM land.sales WHERE load_dt = CURRENT_DATE;",
          ".IF ERRORCODE <> 0 THEN .QUIT 8;", ".LOGOFF;", ".QUIT 0;")
    b = Doc("%s/dwh/bteq/run_refresh.sh" % c.dir)
    b.add("#!/bin/bash", "bteq <<EOF")
    b.n(".LOGON ${TDPID}/${TD_USER},${TD_PASS};", "${TD_PASS}", "environment-reference")
    b.add(".RUN FILE = refresh_sales.bteq;", "EOF")
    return [a, b]


def sql_anywhere(c):
    d = Doc("%s/pos-backup/backup_asa.bat" % c.dir, crlf=True)
    d.add("@echo off", "rem nightly backup of the SQL Anywhere POS database")
    d.n("rem first install only: dbisql -c \"UID=DBA;PWD=sql;Server=pos\"", "PWD=sql", "documented-default-password")
    d.s("dbbackup -c \"UID=backup_op;PWD=%s;Server=pos;Host=%s\" -y D:\\Backup\\pos" % ((v := c.pw(avoid="%;\"")), c.ip()), v,
        "sqlanywhere-password")
    d.add("if errorlevel 1 echo backup failed >> D:\\Backup\\backup.log")
    return [d]


def freetds_tsql(c):
    d = Doc("%s/scripts/mssql_export.sh" % c.dir)
    d.add("#!/bin/sh", "# FreeTDS from the Linux jump host; freetds.conf defines [PAYROLL]")
    d.s("tsql -S PAYROLL -U report_ro -P '%s' < /opt/export/monthly.sql > /srv/export/monthly.txt" % (v := c.pw()), v,
        "mssql-password")
    d.n("freebcp dbo.timesheets out ts.dat -S PAYROLL -U report_ro -P \"$MSSQL_PW\" -c", "$MSSQL_PW", "environment-reference")
    return [d]


def spss_odbc(c):
    d = Doc("%s/analysis/quality_pull.sps" % c.dir, crlf=True)
    d.add("* Pull last month's QC results from the lab database.", "GET DATA /TYPE=ODBC")
    d.s("  /CONNECT='DSN=labqc;UID=analyst;PWD=%s;DATABASE=qc;'" % (v := c.pw(avoid=";")), v, "odbc-password")
    d.add("  /SQL='SELECT lot, moisture, grade FROM results WHERE month = 5'", "  /ASSUMEDSTRWIDTH=255.", "CACHE.",
          "EXECUTE.", "FREQUENCIES VARIABLES=grade.")
    return [d]


def pgcat(c):
    d = Doc("%s/db/pgcat.toml" % c.dir, fmt="toml")
    d.add("[general]", 'host = "0.0.0.0"', "port = 6432", 'admin_username = "pgcat"')
    d.s('admin_password = "%s"' % (v := c.pw("strong")), v, "pooler-admin-password")
    d.add("", "[pools.erp]", 'pool_mode = "transaction"', "", "[pools.erp.users.0]", 'username = "erp_app"')
    d.s('password = "%s"' % (v := c.pw()), v, "database-password")
    d.add("pool_size = 20", "", "[pools.erp.shards.0]", 'servers = [["%s", 5432, "primary"]]' % c.host("pg"),
          'database = "erp"')
    return [d]


def litestream(c):
    d = Doc("%s/app/litestream.yml" % c.dir)
    kid, sec, cat, _, _ = c.pair("aws")
    d.add("dbs:", "  - path: /var/lib/app/app.db", "    replicas:", "      - type: s3",
          "        bucket: %s-litestream" % c.slug, "        path: app.db", "        region: eu-central-1")
    d.pair("        access-key-id: %s" % kid, "        secret-access-key: %s" % sec, kid, sec, cat)
    d.add("  - path: /var/lib/app/queue.db", "    replicas:", "      - url: s3://%s-litestream/queue.db" % c.slug)
    d.n("        access-key-id: ${LITESTREAM_ACCESS_KEY_ID}", "${LITESTREAM_ACCESS_KEY_ID}", "environment-reference")
    return [d]


def ravendb(c):
    d = Doc("%s/ravendb/settings.json" % c.dir, fmt="json")
    d.add("{", '  "ServerUrl": "https://0.0.0.0:443",', '  "PublicServerUrl": "https://raven.%s",' % c.inner,
          '  "Security.Certificate.Path": "/etc/ravendb/cluster.server.certificate.pfx",')
    d.s('  "Security.Certificate.Password": "%s",' % (v := c.pw("strong")), v, "certificate-password")
    d.n('  "License.Id": "%s",' % (u := c.uuid()), u, "licence-id")
    d.add('  "Setup.Mode": "None",', '  "DataDir": "/var/lib/ravendb/data"', "}")
    return [d]


def arangodb_backup(c):
    d = Doc("%s/arangodb/backup.sh" % c.dir)
    d.add("#!/bin/bash", "# daily logical dump of the catalogue database", 'OUT=/backup/arango/$(date +%F)')
    d.s("arangodump --server.endpoint ssl://%s:8529 --server.username backup --server.password '%s' \\"
        % (c.host("arango"), (v := c.pw())), v, "arangodb-password")
    d.add("  --server.database catalogue --output-directory \"$OUT\" --overwrite true")
    e = Doc("%s/arangodb/.env" % c.dir)
    e.s("ARANGO_ROOT_PASSWORD=%s" % (v := c.pw("strong")), v, "arangodb-root-password")
    e.add("ARANGO_STORAGE_ENGINE=rocksdb")
    return [d, e]


def tdengine(c):
    d = Doc("%s/telemetry/collect.sh" % c.dir)
    d.add("#!/bin/sh", "# sensor rollups into TDengine")
    d.n("# fresh install check: taos -h localhost -u root -ptaosdata", "-ptaosdata", "documented-default-password")
    d.s("taosx run -f 'mqtt://%s:1883?topics=sensors/#' -t 'taos+ws://ingest:%s@%s:6041/telemetry'"
        % (c.host("mqtt"), (v := c.pw(avoid=c.URI)), c.host("tsdb")), v, "tdengine-password")
    return [d]


def talend_context(c):
    d = Doc("%s/etl/talend/contexts/Production.properties" % c.dir)
    d.add("#Talend context: Production", "db_host=%s" % c.host("db"), "db_user=talend_etl")
    d.s("db_password=%s" % (v := c.pw()), v, "database-password")
    d.add("sftp_host=sftp.%s" % c.domain, "sftp_user=%s" % c.slug.split("-")[0])
    d.s("sftp_password=%s" % (v := c.pw("strong")), v, "sftp-password")
    d.n("s3_secret_enc=enc:routine.encryption.key.v1:%s" % (e := rand_str(c.r, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
        e, "encrypted-value")
    return [d]


def centrifugo(c):
    d = Doc("%s/realtime/config.json" % c.dir, fmt="json")
    d.add("{")
    d.s('  "token_hmac_secret_key": "%s",' % (v := c.uuid()), v, "jwt-hmac-secret")
    d.s('  "admin_password": "%s",' % (v := c.pw()), v, "admin-password")
    d.s('  "admin_secret": "%s",' % (v := c.uuid()), v, "admin-secret")
    d.s('  "api_key": "%s",' % (v := c.uuid()), v, "api-key")
    d.add('  "admin": true,', '  "allowed_origins": ["https://%s"]' % c.domain, "}")
    return [d]


def mercure_caddy(c):
    d = Doc("%s/realtime/Caddyfile" % c.dir)
    d.add("{", "\tauto_https off", "}", "", "hub.%s:443 {" % c.domain, "\tmercure {")
    d.s("\t\tpublisher_jwt %s" % (v := c.hexs(64)), v, "jwt-signing-key")
    d.s("\t\tsubscriber_jwt %s" % (v := c.hexs(64)), v, "jwt-signing-key")
    d.add("\t\tcors_origins https://%s" % c.domain, "\t}", "\trespond /healthz 200", "}", "",
          "hub-staging.%s:443 {" % c.domain, "\tmercure {")
    d.n("\t\tpublisher_jwt {env.MERCURE_PUBLISHER_JWT_KEY}", "{env.MERCURE_PUBLISHER_JWT_KEY}", "environment-reference")
    d.add("\t}", "}")
    return [d]


def nats_server(c):
    d = Doc("%s/nats/nats-server.conf" % c.dir)
    d.add("port: 4222", "monitor_port: 8222", "authorization {", "  users = [")
    d.s('    {user: ingest, password: "%s"}' % (v := c.pw("strong")), v, "nats-password")
    salt = rand_str(c.r, 53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    d.n('    {user: dashboard, password: "$2a$11$%s"}' % salt, "$2a$11$" + salt, "bcrypt-hash")
    d.add("  ]", "}")
    return [d]


def zuliprc(c):
    d = Doc("%s/bots/zuliprc" % c.dir, fmt="ini")
    d.add("[api]", "email=alerts-bot@zulip.%s" % c.domain)
    d.s("key=%s" % (v := c.alnum(32)), v, "zulip-api-key")
    d.add("site=https://zulip.%s" % c.domain)
    return [d]


KINDS = {f.__name__: f for f in [oracle_expdp, oracle_wallet, sqlldr, teradata_bteq, sql_anywhere, freetds_tsql, spss_odbc,
                                  pgcat, litestream, ravendb, arangodb_backup, tdengine, talend_context, centrifugo,
                                  mercure_caddy, nats_server, zuliprc]}
