"""Tool/config file kinds, part B: monitoring, logging, data pipelines and secret tooling."""

KINDS = [
("gatus", "monitoring/gatus/config.yaml", False, """\
alerting:
  telegram:
    token: "«P:telegram-bot»"
    id: "«N:digits10:identifier»"
  email:
    from: "gatus@⟦dom⟧"
    username: "gatus@⟦dom⟧"
    password: "«S:pw:smtp-password»"
    host: "smtp.⟦idom⟧"
    port: 587
endpoints:
  - name: ⟦sys⟧
    url: "https://⟦h1⟧/health"
    interval: 60s
    conditions:
      - "[STATUS] == 200\""""),
("healthchecks-local", "monitoring/hc/local_settings.py", False, """\
import os

SECRET_KEY = "«S:alnum50:framework-secret»"
ALLOWED_HOSTS = ["hc.⟦idom⟧"]
SITE_ROOT = "https://hc.⟦idom⟧"
DB = "postgres"
DB_HOST = "db.⟦idom⟧"
DB_USER = "hc"
DB_PASSWORD = "«S:pw:db-password»"
EMAIL_HOST = "smtp.⟦idom⟧"
EMAIL_HOST_USER = "hc@⟦dom⟧"
EMAIL_HOST_PASSWORD = «N:pyenv=EMAIL_HOST_PASSWORD:reference»
TELEGRAM_TOKEN = "«P:telegram-bot»\""""),
("cachet-env", "status/cachet/.env", False, """\
APP_ENV=production
APP_DEBUG=false
APP_URL=https://status.⟦dom⟧
APP_KEY=base64:«S:b64_32:framework-secret»
DB_DRIVER=pgsql
DB_HOST=db.⟦idom⟧
DB_DATABASE=cachet
DB_USERNAME=cachet
DB_PASSWORD=«S:pw:db-password»
MAIL_DRIVER=smtp
MAIL_HOST=smtp.⟦idom⟧
MAIL_USERNAME=status@⟦dom⟧
MAIL_PASSWORD=«N:changeme:placeholder»"""),
("checkmk-rules", "monitoring/checkmk/etc/check_mk/conf.d/wato/rules.mk", False, """\
# Written by Checkmk store

globals().setdefault('special_agent_vsphere', [])

special_agent_vsphere = [
{'id': 'vsphere-hosts', 'value': {'user': 'monitoring@vsphere.local', 'secret': ('password', '«S:pw:password»'), 'tcp_port': 443, 'direct': 'hostsystem', 'skip_placeholder_vms': True, 'ssl': False}, 'condition': {'host_name': ['⟦h1⟧']}, 'options': {'disabled': False}},
] + special_agent_vsphere

special_agent_ipmi_sensors = [
{'id': 'ipmi-bmc', 'value': ('freeipmi', {'username': 'ADMIN', 'password': ('store', 'ipmi_bmc_pw'), 'privilege_lvl': 'user'}), 'condition': {}},
]"""),
("munin-plugin-conf", "monitoring/etc/munin/plugin-conf.d/mysql", False, """\
[mysql*]
user root
env.mysqlconnection DBI:mysql:mysql;host=127.0.0.1;port=3306
env.mysqluser munin
env.mysqlpassword «S:pw:db-password»

[postgres_*]
user postgres
env.PGUSER munin
env.PGPASSWORD «N:angle=password:placeholder»"""),
("riemann-config", "monitoring/etc/riemann/riemann.config", False, """\
; -*- mode: clojure; -*-
(logging/init {:file "/var/log/riemann/riemann.log"})
(let [host "0.0.0.0"]
  (tcp-server {:host host})
  (udp-server {:host host}))

(def email (mailer {:host "smtp.⟦idom⟧"
                    :user "riemann@⟦dom⟧"
                    :pass "«S:pw:smtp-password»"
                    :from "riemann@⟦dom⟧"}))

(def pd (pagerduty {:service-key "«S:hex32:api-key»"}))

(streams
  (where (state "critical") (email "⟦email⟧")))"""),
("graphite-local-settings", "monitoring/graphite/local_settings.py", False, """\
SECRET_KEY = '«S:alnum50:framework-secret»'
TIME_ZONE = 'Europe/⟦tz⟧'
LOG_RENDERING_PERFORMANCE = True
DATABASES = {
    'default': {
        'NAME': 'graphite',
        'ENGINE': 'django.db.backends.postgresql_psycopg2',
        'USER': 'graphite',
        'PASSWORD': '«S:pw:db-password»',
        'HOST': 'db.⟦idom⟧',
        'PORT': ''
    }
}
LDAP_BASE_USER = "CN=svc-graphite,OU=Service,DC=⟦dcdom⟧"
LDAP_BASE_PASS = «N:pyenv=GRAPHITE_LDAP_PASS:reference»"""),
("vmagent-unit", "monitoring/etc/systemd/system/vmagent.service", False, """\
[Unit]
Description=vmagent for the ⟦sys⟧
After=network.target

[Service]
Type=simple
User=victoriametrics
ExecStart=/usr/local/bin/vmagent-prod \\
  -promscrape.config=/etc/victoriametrics/scrape.yml \\
  -remoteWrite.url=https://vm.⟦idom⟧/api/v1/write \\
  -remoteWrite.basicAuth.username=⟦user⟧ \\
  -remoteWrite.basicAuth.password=«S:pw:remote-write-password» \\
  -remoteWrite.tmpDataPath=/var/lib/vmagent
Restart=always

[Install]
WantedBy=multi-user.target"""),
("vmauth-users", "monitoring/etc/victoriametrics/auth.yml", False, """\
users:
- username: "grafana"
  password: "«S:pw:password»"
  url_prefix: "http://vmselect.⟦idom⟧:8481/select/0/prometheus"
- username: "⟦user⟧"
  password: "«S:pw:password»"
  url_prefix: "http://vminsert.⟦idom⟧:8480/insert/0/prometheus"
- bearer_token: "«S:alnum32:bearer-token»"
  url_prefix: "http://vmselect.⟦idom⟧:8481/select/1/prometheus"
- username: "readonly"
  password: "%{VMAUTH_RO_PASSWORD}"
  url_prefix: "http://vmselect.⟦idom⟧:8481/select/2/prometheus\""""),
("jaeger-collector", "tracing/jaeger-collector.env", False, """\
SPAN_STORAGE_TYPE=elasticsearch
ES_SERVER_URLS=https://es.⟦idom⟧:9200
ES_USERNAME=jaeger
ES_PASSWORD=«S:pw:elasticsearch-password»
ES_TLS_ENABLED=true
ES_TLS_CA=/etc/jaeger/ca.pem
COLLECTOR_OTLP_ENABLED=true
ES_INDEX_PREFIX=⟦sys_slug⟧"""),
("openobserve-env", "logs/openobserve.env", False, """\
ZO_ROOT_USER_EMAIL=⟦email⟧
ZO_ROOT_USER_PASSWORD=«S:pw:admin-password»
ZO_DATA_DIR=/data
ZO_META_STORE=postgres
ZO_META_POSTGRES_DSN=postgres://openobserve:«S:pwu:db-password»@db.⟦idom⟧:5432/openobserve
ZO_S3_BUCKET_NAME=⟦slug⟧-logs
ZO_S3_ACCESS_KEY=«PAIR:aws»
ZO_S3_SECRET_KEY=«SEC»"""),
("quickwit", "logs/quickwit.yaml", False, """\
version: 0.8
node_id: ⟦h1⟧
listen_address: 0.0.0.0
metastore_uri: postgres://quickwit:«S:pwu:db-password»@db.⟦idom⟧:5432/quickwit
default_index_root_uri: s3://⟦slug⟧-quickwit/indexes
storage:
  s3:
    region: eu-central-1
    access_key_id: «N:env=AWS_ACCESS_KEY_ID:reference»
    secret_access_key: ${AWS_SECRET_ACCESS_KEY}"""),
("uptrace", "tracing/uptrace.yml", False, """\
ch:
  addr: clickhouse.⟦idom⟧:9000
  user: uptrace
  password: «S:pw:db-password»
  database: uptrace
projects:
  - id: 1
    name: Uptrace
    token: «S:alnum24:project-token»
    pinned_attrs: [service_name, host_name]
  - id: 2
    name: ⟦sys⟧
    token: «S:alnum24:project-token»
auth:
  users:
    - name: ⟦user⟧
      email: ⟦email⟧
      password: «S:pw:password»
secret_key: «S:alnum32:framework-secret»"""),
("glitchtip-env", "errors/glitchtip.env", False, """\
SECRET_KEY=«S:alnum50:framework-secret»
DATABASE_URL=postgres://glitchtip:«S:pwu:db-password»@db.⟦idom⟧:5432/glitchtip
REDIS_URL=redis://redis.⟦idom⟧:6379/1
GLITCHTIP_DOMAIN=https://errors.⟦dom⟧
DEFAULT_FROM_EMAIL=errors@⟦dom⟧
EMAIL_URL=smtp://errors%40⟦dom⟧:«S:pwu:smtp-password»@smtp.⟦idom⟧:587
SENTRY_DSN=«N:pub=sentry-dsn:public-by-design»"""),
("nxlog-conf", "logs/nxlog/nxlog.conf", True, """\
define ROOT C:\\Program Files\\nxlog
Moduledir %ROOT%\\modules
CacheDir  %ROOT%\\data
LogFile   %ROOT%\\data\\nxlog.log

<Extension _json>
    Module  xm_json
</Extension>

<Input eventlog>
    Module  im_msvistalog
</Input>

<Output elastic>
    Module      om_elasticsearch
    URL         https://es.⟦idom⟧:9200/_bulk
    HTTPBasicAuthUser     nxlog
    HTTPBasicAuthPassword «S:pw:elasticsearch-password»
    HTTPSCAFile %ROOT%\\cert\\ca.pem
</Output>

<Route r>
    Path    eventlog => elastic
</Route>"""),
("winlogbeat", "logs/winlogbeat/winlogbeat.yml", True, """\
winlogbeat.event_logs:
  - name: Application
  - name: Security
  - name: System
output.elasticsearch:
  hosts: ["https://es.⟦idom⟧:9200"]
  username: "winlogbeat"
  password: "«S:pw:elasticsearch-password»"
  ssl.certificate_authorities: ["C:/ProgramData/winlogbeat/ca.pem"]
cloud.auth: "«N:keystore=ES_CLOUD_AUTH:reference»"
setup.kibana:
  host: "https://kibana.⟦idom⟧:5601\""""),
("packetbeat", "logs/packetbeat/packetbeat.yml", False, """\
packetbeat.interfaces.device: any
packetbeat.protocols:
- type: http
  ports: [80, 8080, 8000]
output.logstash:
  hosts: ["logstash.⟦idom⟧:5044"]
  ssl.certificate: "/etc/packetbeat/client.crt"
  ssl.key: "/etc/packetbeat/client.key"
  ssl.key_passphrase: "«S:pw:key-passphrase»"
monitoring.elasticsearch:
  api_key: "«S:esapikey:elasticsearch-api-key»\""""),
("cribl-outputs", "logs/cribl/local/cribl/outputs.yml", False, """\
outputs:
  splunk_lb:
    type: splunk_lb
    hosts:
      - host: idx1.⟦idom⟧
        port: 9997
    authType: manual
    authToken: «S:uuid:hec-token»
  s3_archive:
    type: s3
    bucket: ⟦slug⟧-archive
    awsAuthenticationMethod: manual
    awsApiKey: «PAIR:aws»
    awsSecretKey: «SEC»
  webhook_ops:
    type: webhook
    url: https://ops.⟦idom⟧/ingest
    authType: token
    token: "`C.Secret('ops_webhook', 'text').value`\""""),
("bento-yaml", "pipelines/bento/config.yaml", False, """\
input:
  kafka_franz:
    seed_brokers: [ kafka.⟦idom⟧:9093 ]
    topics: [ ⟦sys_slug⟧ ]
    consumer_group: bento
    sasl:
      - mechanism: SCRAM-SHA-512
        username: bento
        password: "«S:pw:kafka-password»"
output:
  aws_s3:
    bucket: ⟦slug⟧-events
    path: '${! meta("kafka_topic") }/${! timestamp_unix() }.json'
    credentials:
      id: «PAIR:aws»
      secret: «SEC»"""),
("kestra-app", "pipelines/kestra/application.yml", False, """\
datasources:
  postgres:
    url: jdbc:postgresql://db.⟦idom⟧:5432/kestra
    driverClassName: org.postgresql.Driver
    username: kestra
    password: «S:pw:db-password»
kestra:
  server:
    basicAuth:
      enabled: true
      username: ⟦email⟧
      password: «S:pw:admin-password»
  encryption:
    secret-key: «S:b64_32:encryption-key»
  url: https://flows.⟦idom⟧/"""),
("dlt-secrets", "pipelines/.dlt/secrets.toml", False, """\
[sources.rest_api]
api_key = "«S:alnum32:api-key»"

[destination.postgres.credentials]
database = "analytics"
username = "loader"
password = "«S:pw:db-password»"
host = "db.⟦idom⟧"
port = 5432

[destination.filesystem.credentials]
aws_access_key_id = "«PAIR:aws»"
aws_secret_access_key = "«SEC»\""""),
("sling-env", "pipelines/.sling/env.yaml", False, """\
connections:
  ERP_DB:
    type: postgres
    url: postgresql://sling:«S:pwu:db-password»@erp-db.⟦idom⟧:5432/erp?sslmode=require
  WAREHOUSE:
    type: clickhouse
    host: ch.⟦idom⟧
    user: sling
    password: «S:pw:db-password»
  LAKE:
    type: s3
    bucket: ⟦slug⟧-lake
    access_key_id: «N:env=LAKE_KEY_ID:reference»
variables: {}"""),
("hop-config", "pipelines/hop/metadata/rdbms/erp.json", False, """\
{
  "name": "erp",
  "rdbms": {
    "POSTGRESQL": {
      "databaseName": "erp",
      "hostname": "erp-db.⟦idom⟧",
      "port": "5432",
      "username": "hop",
      "password": "«S:pw:db-password»",
      "accessType": 0
    }
  }
}"""),
("hop-config-encrypted", "pipelines/hop/metadata/rdbms/warehouse.json", False, """\
{
  "name": "warehouse",
  "rdbms": {
    "POSTGRESQL": {
      "databaseName": "dwh",
      "hostname": "dwh.⟦idom⟧",
      "port": "5432",
      "username": "hop",
      "password": "«N:env=HOP_DWH_PASSWORD:reference»",
      "accessType": 0
    }
  }
}"""),
("spring-cloud-config", "config-server/application.yml", False, """\
server:
  port: 8888
spring:
  cloud:
    config:
      server:
        git:
          uri: https://git.⟦idom⟧/config/⟦sys_slug⟧.git
          username: config-server
          password: «S:pw:git-password»
          default-label: main
encrypt:
  key: «S:alnum32:encryption-key»
management:
  endpoints.web.exposure.include: health"""),
("eureka-properties", "config-server/eureka-client.properties", False, """\
spring.application.name=⟦sys_slug⟧
eureka.client.serviceUrl.defaultZone=https://eureka:«S:pwu:password»@discovery.⟦idom⟧/eureka/
eureka.instance.preferIpAddress=true
eureka.instance.metadataMap.password=«N:springref=EUREKA_META_PW:reference»
management.endpoints.web.exposure.include=health,info"""),
("consul-template", "secrets/consul-template/config.hcl", False, """\
consul {
  address = "consul.⟦idom⟧:8501"
  token   = "«S:uuid:consul-token»"
  ssl {
    enabled = true
    ca_cert = "/etc/consul.d/ca.pem"
  }
}
vault {
  address     = "https://vault.⟦idom⟧:8200"
  token       = "«P:vault-service»"
  renew_token = true
}
template {
  source      = "/etc/consul-template/app.ctmpl"
  destination = "/etc/⟦sys_slug⟧/app.conf"
}"""),
("transcrypt-gitconfig", "repo/.git-config-transcrypt", False, """\
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = git@git.⟦idom⟧:ops/⟦sys_slug⟧.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[transcrypt]
	version = 2.2.3
	cipher = aes-256-cbc
	password = «S:pw:encryption-passphrase»
	openssl-path = openssl
[filter "crypt"]
	clean = \\"$(git config transcrypt.crypt-dir 2>/dev/null || printf '%s/crypt' \\"$(git rev-parse --git-dir)\\")\\"/transcrypt clean %f"""),
("infisical-json", "secrets/.infisical.json", False, """\
{
    "workspaceId": "«N:uuid:workspace-id»",
    "defaultEnvironment": "prod",
    "gitBranchToEnvironmentMapping": {"main": "prod", "develop": "dev"}
}"""),
("infisical-agent", "secrets/infisical-agent.yaml", False, """\
infisical:
  address: "https://secrets.⟦idom⟧"
auth:
  type: "universal-auth"
  config:
    client-id: "./client-id"
    client-secret: "./client-secret"
    remove_client_secret_on_read: false
sinks:
  - type: "file"
    config:
      path: "/var/run/infisical/token"
templates:
  - source-path: /etc/infisical/app.tmpl
    destination-path: /etc/⟦sys_slug⟧/app.env
# machine identity secret for the build box, rotate in Q3:
# «S:hex64:machine-identity-secret»"""),
("akeyless-profile", "secrets/.akeyless/profiles/default.toml", False, """\
[default]
  access_type = "access_key"
  access_id = "«PAIR:akeyless»"
  access_key = "«SEC»"
  gateway_url = "https://akl-gw.⟦idom⟧:8000\""""),
]
