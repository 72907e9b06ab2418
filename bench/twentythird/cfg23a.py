"""Tool and config file kinds, part A: databases, caches, brokers, backup and monitoring."""


def T(key, path, body, crlf=False, fmt=None):
    return dict(key=key, path=path, body=body, crlf=crlf, fmt=fmt)


KINDS = [
    T("cqlshrc", "db/cassandra/cqlshrc", """
; cqlsh settings for the «v:sys@s» keyspace
[authentication]
username = «v:user»
password = «S:cassandra-password:pw»

[connection]
hostname = «v:host»
port = 9042

[ssl]
certfile = /etc/cassandra/tls/ca.pem
validate = true
; the read-only role's password: «N:vault-path:!vault kv get -field=password secret/cassandra/ro»
"""),
    T("scylla-manager-agent", "db/scylla/scylla-manager-agent.yaml", """
# Scylla Manager Agent
auth_token: «S:scylla-manager-auth-token:alnum:32»
https: 0.0.0.0:10001
s3:
  access_key_id: «N:env-reference:!${SM_S3_KEY_ID}»
  secret_access_key: «N:env-reference:!${SM_S3_SECRET}»
  region: eu-central-1
prometheus: ':5090'
cpu: -1
"""),
    T("arangosh-conf", "db/arango/arangosh.conf", """
# arangosh client settings for «v:sys»
[server]
endpoint = ssl://«v:host»:8529
username = root
password = «S:arangodb-password:pw»
authentication = true

[javascript]
startup-directory = /usr/share/arangodb3/js
"""),
    T("arangod-jwt", "db/arango/arangod.conf", """
[server]
endpoint = ssl://0.0.0.0:8529
authentication = true
jwt-secret-folder = /etc/arangodb3/jwt
# single secret used before the folder was introduced:
jwt-secret = «S:arangodb-jwt-secret:hex64»

[database]
directory = /var/lib/arangodb3

[ssl]
keyfile = /etc/arangodb3/server.pem
"""),
    T("rethinkdb-instance", "db/rethinkdb/instance.conf", """
# RethinkDB instance «v:host@h»
bind=all
driver-port=28015
cluster-port=29015
directory=/var/lib/rethinkdb/«v:db»
initial-password=«S:rethinkdb-initial-password:pwa»
join=«v:host»:29015
# tls-key=/etc/rethinkdb/tls/key.pem (not enabled yet)
"""),
    T("couchbase-init", "db/couchbase/cluster-init.sh", """
#!/bin/sh
# one-off cluster bootstrap for «v:sys»
set -eu
couchbase-cli cluster-init -c «v:host@n»:8091 \\
  --cluster-username Administrator \\
  --cluster-password '«S:couchbase-password:pws»' \\
  --services data,index,query --cluster-ramsize 4096
couchbase-cli bucket-create -c «v:host@n»:8091 -u Administrator -p "$CB_ADMIN_PASSWORD" \\
  --bucket «v:db» --bucket-type couchbase --bucket-ramsize 1024
couchbase-cli user-manage -c «v:host@n»:8091 -u Administrator -p "$CB_ADMIN_PASSWORD" --set \\
  --rbac-username «v:user» --rbac-password '«S:couchbase-user-password:pw»' --roles data_reader[*] --auth-domain local
"""),
    T("firebird-isql", "db/firebird/nightly-sweep.bat", """
@echo off
rem Nightly sweep of the «v:sys» Firebird database
set ISC_USER=SYSDBA
set ISC_PASSWORD=«S:firebird-sysdba-password:pwa»
"C:\\Program Files\\Firebird\\Firebird_4_0\\gfix.exe" -sweep «v:host»:D:\\data\\«v:db».fdb
"C:\\Program Files\\Firebird\\Firebird_4_0\\isql.exe" -user REPORTS -password «S:firebird-password:pwa» «v:host»:D:\\data\\«v:db».fdb -i D:\\jobs\\stats.sql
rem the SYSDBA default masterkey is disabled on this server
""", crlf=True),
    T("sqlplus-job", "db/oracle/refresh_mviews.sh", """
#!/bin/bash
# refresh materialised views for «v:sys»
export ORACLE_HOME=/u01/app/oracle/product/19c
export TNS_ADMIN=/etc/oracle
sqlplus -s «v:user»/«S:oracle-password:pwa»@//«v:host»:1521/«v:db» <<'SQL'
exec dbms_mview.refresh('MV_DAILY', 'C');
exit
SQL
# the wallet alias below needs no password in the script
sqlplus -s /@REPORTS_WALLET @/opt/jobs/report.sql
"""),
    T("informix-jdbc", "db/informix/datasource.properties", """
# Informix data source for «v:sys»
ds.url=jdbc:informix-sqli://«v:host»:9088/«v:db»:INFORMIXSERVER=ol_«v:slug»;user=«v:user»;password=«S:informix-password:pwa»
ds.pool.max=20
ds.pool.validation=select 1 from systables where tabid=1
ds.readonly.url=jdbc:informix-sqli://«v:host»:9088/«v:db»:INFORMIXSERVER=ol_«v:slug»
ds.readonly.password=«N:env-reference:!${INFORMIX_RO_PASSWORD}»
"""),
    T("hdbuserstore", "db/hana/setup-hdbuserstore.sh", """
#!/bin/sh
# store connection keys for the «v:sys» batch user (run as «v:slug»adm)
hdbuserstore SET BATCHKEY «v:host»:30015 «v:user» «S:sap-hana-password:pwa»
hdbuserstore SET BACKUPKEY «v:host»:30013 BACKUP_OPERATOR «S:sap-hana-password:pwa»
hdbuserstore LIST
# DBADMIN credentials live in the PAM vault entry «N:vault-path:!secret/hana/dbadmin»
"""),
    T("gpload", "db/greenplum/gpload_orders.yaml", """
VERSION: 1.0.0.1
DATABASE: «v:db»
USER: «v:user»
PASSWORD: «S:greenplum-password:pwy»
HOST: «v:host»
PORT: 5432
GPLOAD:
   INPUT:
    - SOURCE:
         LOCAL_HOSTNAME:
           - etl01
         FILE:
           - /data/landing/orders_*.csv
    - FORMAT: csv
   OUTPUT:
    - TABLE: staging.orders
    - MODE: insert
"""),
    T("tidb-lightning", "db/tidb/tidb-lightning.toml", """
[lightning]
level = "info"
file = "/var/log/tidb-lightning.log"

[tikv-importer]
backend = "local"
sorted-kv-dir = "/mnt/ssd/sorted-kv"

[mydumper]
data-source-dir = "s3://«v:slug»-dumps/«v:db»?region=ap-southeast-1"

[tidb]
host = "«v:host»"
port = 4000
user = "root"
password = "«S:tidb-password:pw»"
status-port = 10080
pd-addr = "«v:host»:2379"
""", fmt="toml"),
    T("dgraph-compose", "db/dgraph/docker-compose.yml", """
services:
  zero:
    image: dgraph/dgraph:v23.1.0
    command: dgraph zero --my=zero:5080
  alpha:
    image: dgraph/dgraph:v23.1.0
    command: >
      dgraph alpha --my=alpha:7080 --zero=zero:5080
      --security "token=«S:dgraph-admin-token:alnum:40»;whitelist=10.0.0.0/8"
    volumes:
      - dgraph:/dgraph
  ratel:
    image: dgraph/ratel:v21.03.2
    environment:
      RATEL_PASSWORD_HINT: «N:placeholder:ph»
volumes:
  dgraph: {}
"""),
    T("surrealdb-unit", "db/surreal/surrealdb.service", """
[Unit]
Description=SurrealDB for «v:sys»
After=network-online.target

[Service]
User=surreal
ExecStart=/usr/local/bin/surreal start --log info --user root --pass «S:surrealdb-root-password:pwa» --bind 0.0.0.0:8000 rocksdb:/var/lib/surreal/data
# LoadCredential keeps the client password out of the unit
LoadCredential=client_pass:/etc/credstore/surreal-client
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""),
    T("edgedb-credentials", "db/edgedb/credentials/«slug»_prod.json", """
{
  "host": "«v:host»",
  "port": 5656,
  "user": "edgedb",
  "password": "«S:edgedb-password:pw»",
  "database": "«v:db»",
  "tls_security": "strict",
  "tls_cert_data": null
}
""", fmt="json"),
    T("ferretdb-env", "db/ferretdb/ferretdb.env", """
# FerretDB in front of PostgreSQL
FERRETDB_POSTGRESQL_URL=postgres://ferret:«S:postgres-password:pwu»@«v:host»:5432/«v:db»
FERRETDB_LISTEN_ADDR=:27017
FERRETDB_TELEMETRY=disable
# the MongoDB-side user is created by the app with MONGO_APP_PASSWORD=«N:env-reference:!${MONGO_APP_PASSWORD}»
"""),
    T("valkey-conf", "cache/valkey/valkey.conf", """
# Valkey primary for «v:sys»
bind 0.0.0.0
port 6379
protected-mode yes
requirepass «S:valkey-password:pwa»
masterauth «S:valkey-replication-password:pwa»
aclfile /etc/valkey/users.acl
maxmemory 2gb
maxmemory-policy allkeys-lru
"""),
    T("valkey-acl", "cache/valkey/users.acl", """
user default off
user «v:user» on >«S:valkey-acl-password:pwa» ~app:* +@read +@write -@dangerous
user monitor on #«N:acl-sha256-hash:sha256» ~* +info +ping
user replicator on #«N:acl-sha256-hash:sha256» +psync +replconf +ping
"""),
    T("dragonfly-flags", "cache/dragonfly/dragonfly.conf", """
# flagfile for dragonfly
--port=6380
--dir=/var/lib/dragonfly
--requirepass=«S:dragonfly-password:pwa»
--maxmemory=8gb
--cache_mode=true
--tls_key_file=/etc/dragonfly/tls/key.pem
"""),
    T("vernemq", "mq/vernemq/vernemq.conf", """
allow_anonymous = off
listener.tcp.default = 0.0.0.0:1883
listener.ssl.default = 0.0.0.0:8883
plugins.vmq_passwd = on
vmq_passwd.password_file = /etc/vernemq/vmq.passwd
plugins.vmq_diversity = on
vmq_diversity.auth_postgres.enabled = on
vmq_diversity.postgres.host = «v:host»
vmq_diversity.postgres.user = vernemq
vmq_diversity.postgres.password = «S:postgres-password:pwa»
vmq_diversity.postgres.database = «v:db»
"""),
    T("vmq-passwd", "mq/vernemq/vmq.passwd", """
«v:user»:«N:vmq-passwd-hash:sha512crypt»
bridge_«v:slug»:«N:vmq-passwd-hash:sha512crypt»
"""),
    T("kopia-env", "backup/kopia/kopia.env", """
# EnvironmentFile for kopia-snapshot.service
KOPIA_PASSWORD=«S:kopia-repository-password:pw»
KOPIA_CONFIG_PATH=/etc/kopia/repository.config
KOPIA_LOG_DIR=/var/log/kopia
# B2 bucket credentials for the repository
B2_KEY_ID=«I:b2»
B2_KEY=«K:b2»
KOPIA_CHECK_FOR_UPDATES=false
"""),
    T("centreon-conf", "monitoring/centreon/centreon.conf.php", """
<?php
/* Centreon central configuration */
$conf_centreon['hostCentreon'] = '«v:host»';
$conf_centreon['hostCentstorage'] = '«v:host»';
$conf_centreon['user'] = 'centreon';
$conf_centreon['password'] = '«S:centreon-db-password:pw»';
$conf_centreon['db'] = 'centreon';
$conf_centreon['dbcstg'] = 'centreon_storage';
$conf_centreon['port'] = '3306';
$centreon_path = '/usr/share/centreon/';
"""),
    T("opennms-datasources", "monitoring/opennms/opennms-datasources.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<datasource-configuration xmlns="http://xmlns.opennms.org/xsd/config/opennms-datasources">
  <connection-pool factory="org.opennms.core.db.HikariCPConnectionFactory" idleTimeout="600" maxSize="50"/>
  <jdbc-data-source name="opennms" database-name="opennms" class-name="org.postgresql.Driver"
                    url="jdbc:postgresql://«v:host»:5432/opennms"
                    user-name="opennms"
                    password="«S:opennms-db-password:pw»"/>
  <jdbc-data-source name="opennms-admin" database-name="template1" class-name="org.postgresql.Driver"
                    url="jdbc:postgresql://«v:host»:5432/template1"
                    user-name="postgres"
                    password="«N:scv-reference:!${scv:postgres:password}»"/>
</datasource-configuration>
""", fmt="xml"),
    T("statping", "monitoring/statping/config.yml", """
connection: postgres
host: «v:host»
port: 5432
user: statping
password: «S:statping-db-password:pwy»
database: statping
location: /app
sqlfile: ""
api_secret: «S:statping-api-secret:hex32»
language: en
allow_reports: false
"""),
    T("great-expectations", "data/great_expectations/uncommitted/config_variables.yml", """
# values referenced from great_expectations.yml as ${...}
warehouse_host: «v:host»
warehouse_user: ge_validator
warehouse_password: «S:warehouse-password:pwy»
slack_webhook: «S:slack-webhook:P:slack-webhook»
s3_docs_bucket: «v:slug»-data-docs
"""),
    T("great-expectations-main", "data/great_expectations/great_expectations.yml", """
config_version: 3.0
datasources:
  warehouse:
    class_name: Datasource
    execution_engine:
      class_name: SqlAlchemyExecutionEngine
      credentials:
        host: ${warehouse_host}
        username: ${warehouse_user}
        password: «N:ge-config-variable:!${warehouse_password}»
        drivername: postgresql
config_variables_file_path: uncommitted/config_variables.yml
"""),
]
