"""Tool/config file kinds, part B: servers, data platforms, web applications and their framework idioms."""
import neg19 as NG
import vals19 as V


def _db(c):
    return c.slug.replace("-", "_")


def kubeadm(c):
    tok = c.uniq(lambda: V.rs(c.rng, V.LOW + V.DIG, 6) + "." + V.rs(c.rng, V.LOW + V.DIG, 16))
    ck = c.hexkey(64)
    c.file("k8s/kubeadm-config.yaml", f"""apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
bootstrapTokens:
- groups:
  - system:bootstrappers:kubeadm:default-node-token
  token: {c.S('k8s-bootstrap-token', tok, 'yaml')}
  ttl: 24h0m0s
certificateKey: {c.S('k8s-certificate-key', ck, 'yaml')}
localAPIEndpoint:
  advertiseAddress: 10.{c.randint(10, 60)}.0.11
  bindPort: 6443
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: JoinConfiguration
discovery:
  bootstrapToken:
    apiServerEndpoint: k8s-api.{c.slug}.{c.suffix}:6443
    caCertHashes:
    - {c.N('ca-cert-hash', 'sha256:' + V.sha256_hex(c.rng))}
""")


def talos(c):
    tok = c.uniq(lambda: V.rs(c.rng, V.LOW + V.DIG, 6) + "." + V.rs(c.rng, V.LOW + V.DIG, 16))
    enc = c.b64key(32)
    c.file("k8s/talos/controlplane-patch.yaml", f"""machine:
  type: controlplane
  token: {c.S('talos-machine-token', tok)}
  install:
    disk: /dev/nvme0n1
    image: ghcr.io/siderolabs/installer:v1.9.1
  network:
    hostname: cp-{c.randint(1, 3)}
cluster:
  clusterName: {c.slug}-edge
  controlPlane:
    endpoint: https://cp.{c.slug}.{c.suffix}:6443
  secretboxEncryptionSecret: {c.S('etcd-encryption-key', enc)}
  discovery:
    enabled: true
  id: {c.N('cluster-id', V.b64s(c.rng, 32))}
""")


def rke2(c):
    tok = c.uniq(lambda: "K10" + V.hexs(c.rng, 64) + "::server:" + V.hexs(c.rng, 32))
    c.file("k8s/rke2/config.yaml", f"""# /etc/rancher/rke2/config.yaml on agents
server: https://rke2.{c.slug}.{c.suffix}:9345
token: {c.S('rke2-join-token', tok)}
node-label:
  - "site={c.city.split()[0].lower()}"
tls-san:
  - rke2.{c.slug}.{c.suffix}
""")


def kratos(c):
    ck, ci = c.alnum(32), c.alnum(32)
    pw = c.pw(uri=True)
    c.file("identity/kratos.yml", f"""version: v1.3.0
dsn: postgres://kratos:{c.S('uri-password', pw)}@{c.host('pg')}:5432/kratos?sslmode=require
serve:
  public:
    base_url: https://id.{c.domain}/
secrets:
  cookie:
    - {c.S('cookie-secret', ck)}
  cipher:
    - {c.S('cipher-secret', ci)}
selfservice:
  default_browser_return_url: https://{c.domain}/
  methods:
    password:
      enabled: true
courier:
  smtp:
    connection_uri: {c.N('env-reference', '${COURIER_SMTP_CONNECTION_URI}')}
""")


def oauth2_proxy(c):
    cs = c.alnum(32)
    ck = c.b64key(32, urlsafe=True)
    c.file("identity/oauth2-proxy.cfg", f"""http_address = "0.0.0.0:4180"
provider = "keycloak-oidc"
oidc_issuer_url = "https://sso.{c.domain}/realms/staff"
client_id = "{c.N('oauth-client-id', 'oauth2-proxy-' + c.slug)}"
client_secret = "{c.S('client-secret', cs)}"
cookie_secret = "{c.S('cookie-secret', ck)}"
cookie_secure = true
email_domains = ["{c.domain}"]
upstreams = ["http://127.0.0.1:8080/"]
""")


def pomerium(c):
    ss, ck = c.b64key(32), c.b64key(32)
    cs = c.alnum(40)
    c.file("identity/pomerium/config.yaml", f"""authenticate_service_url: https://authenticate.{c.domain}
shared_secret: {c.S('shared-secret', ss)}
cookie_secret: {c.S('cookie-secret', ck)}
idp_provider: oidc
idp_provider_url: https://sso.{c.domain}/realms/staff
idp_client_id: {c.N('oauth-client-id', 'pomerium')}
idp_client_secret: {c.S('client-secret', cs)}
routes:
  - from: https://grafana.{c.domain}
    to: http://grafana.monitoring.svc:3000
    policy:
      - allow:
          or:
            - domain:
                is: {c.domain}
""")


def consul_hcl(c):
    g = c.b64key(32)
    tok = c.uniq(lambda: V.uuid4(c.rng))
    c.file("infra/consul/consul.hcl", f"""datacenter = "{c.city.split()[0].lower()}"
data_dir   = "/opt/consul"
encrypt    = "{c.S('consul-gossip-key', g)}"
server     = true
bootstrap_expect = 3
retry_join = ["consul-1.{c.suffix}", "consul-2.{c.suffix}", "consul-3.{c.suffix}"]

acl {{
  enabled        = true
  default_policy = "deny"
  tokens {{
    initial_management = "{c.S('consul-acl-token', tok)}"
    agent              = "{c.N('placeholder', NG.placeholder(c))}"
  }}
}}

ca_file   = "/etc/consul.d/consul-agent-ca.pem"
cert_file = "/etc/consul.d/dc1-server-consul-0.pem"
""")


def tomcat_context(c):
    pw = c.pw()
    c.file("tomcat/conf/context.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/{_db(c)}" auth="Container" type="javax.sql.DataSource"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://{c.host('pg')}:5432/{_db(c)}"
              username="app_{_db(c)[:8]}"
              password="{c.S('db-password', pw)}"
              maxTotal="40" maxIdle="10" validationQuery="SELECT 1"/>
    <Environment name="smtpPassword" type="java.lang.String" value="{c.N('placeholder', NG.placeholder(c))}" override="false"/>
</Context>
""")


def micronaut(c):
    pw = c.pw()
    c.file("service/src/main/resources/application-prod.yml", f"""micronaut:
  application:
    name: {c.slug}-service
  security:
    token:
      jwt:
        signatures:
          secret:
            generator:
              secret: {c.S('jwt-signing-secret', c.alnum(48), 'yaml')}
datasources:
  default:
    url: jdbc:mariadb://{c.host('maria')}:3306/{_db(c)}
    username: svc
    password: {c.S('db-password', pw, 'yaml')}
  audit:
    url: jdbc:mariadb://{c.host('maria')}:3306/audit
    username: audit
    password: {c.N('micronaut-env-reference', '${AUDIT_DB_PASSWORD:}', 'yaml')}
""")


def logback(c):
    pw = c.pw()
    c.file("service/src/main/resources/logback-spring.xml", f"""<configuration>
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d %-5level [%thread] %logger{{36}} - %msg%n</pattern></encoder>
  </appender>
  <appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.{c.domain}</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>alerts@{c.domain}</username>
    <password>{c.S('smtp-password', pw)}</password>
    <to>ops@{c.domain}</to>
    <subject>[{c.slug}] %logger{{20}} - %m</subject>
  </appender>
  <root level="INFO">
    <appender-ref ref="CONSOLE" />
    <appender-ref ref="EMAIL" />
  </root>
</configuration>
""")


def trino_catalog(c):
    pw = c.pw()
    c.file("trino/etc/catalog/warehouse.properties", f"""connector.name=postgresql
connection-url=jdbc:postgresql://{c.host('dwh')}:5432/warehouse
connection-user=trino_reader
connection-password={c.S('db-password', pw)}
case-insensitive-name-matching=true
""")
    c.file("trino/etc/catalog/lake.properties", f"""connector.name=hive
hive.metastore.uri=thrift://metastore:9083
hive.s3.aws-access-key={c.N('env-reference', '${ENV:LAKE_ACCESS_KEY}')}
hive.s3.aws-secret-key={c.N('env-reference', '${ENV:LAKE_SECRET_KEY}')}
""")


def kafka_connect(c):
    pw = c.pw()
    c.file("kafka/connectors/postgres-cdc.json", f"""{{
  "name": "{c.slug}-postgres-cdc",
  "config": {{
    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
    "database.hostname": "{c.host('pg')}",
    "database.port": "5432",
    "database.user": "debezium",
    "database.password": {c.S('db-password', pw, 'json')},
    "database.dbname": "{_db(c)}",
    "topic.prefix": "{c.slug}",
    "plugin.name": "pgoutput",
    "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
    "database.history.consumer.sasl.jaas.config": {c.N('config-provider-ref', '${file:/opt/kafka/secrets/connect.properties:sasl.jaas.config}', 'json')}
  }}
}}
""")


def logstash(c):
    pw = c.pw()
    c.file("logstash/pipeline/ship.conf", f"""input {{
  beats {{ port => 5044 }}
}}
filter {{
  if [fields][app] == "{c.slug}" {{
    mutate {{ add_tag => ["app"] }}
  }}
}}
output {{
  elasticsearch {{
    hosts => ["https://es01.{c.slug}.{c.suffix}:9200"]
    user => "logstash_writer"
    password => "{c.S('elastic-password', pw)}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }}
  if "audit" in [tags] {{
    elasticsearch {{ hosts => ["https://es-audit:9200"] user => "audit" password => "{c.N('env-reference', '${AUDIT_ES_PWD}')}" }}
  }}
}}
""")


def fluentd(c):
    k = c.pw(style=c.choice(["strong", "alnum", "phrase"]))
    c.file("logging/fluent.conf", f"""<source>
  @type tail
  path /var/log/{c.slug}/*.log
  pos_file /var/log/td-agent/{c.slug}.pos
  tag app.*
  <parse>
    @type json
  </parse>
</source>

<match app.**>
  @type forward
  transport tls
  <security>
    self_hostname "#{{Socket.gethostname}}"
    shared_key {c.S('fluentd-shared-key', k)}
  </security>
  <server>
    host logs.{c.slug}.{c.suffix}
    port 24224
    password "#{{ENV['{c.N('env-reference', 'FLUENT_FORWARD_PASSWORD')}']}}"
  </server>
</match>
""")


def graylog(c):
    ps = c.alnum(96)
    c.file("graylog/server.conf", f"""is_leader = true
node_id_file = /etc/graylog/server/node-id
password_secret = {c.S('graylog-password-secret', ps)}
root_username = admin
root_password_sha2 = {c.N('sha256-password-hash', V.sha256_hex(c.rng))}
root_email = "ops@{c.domain}"
http_bind_address = 0.0.0.0:9000
elasticsearch_hosts = https://graylog:{c.S('uri-password', c.pw(uri=True))}@os01.{c.slug}.{c.suffix}:9200
mongodb_uri = mongodb://localhost/graylog
""")


def activemq(c):
    p1, p2 = c.pw(), c.pw()
    c.file("activemq/conf/credentials.properties", f"""## ---------------------------------------------------------------------------
## Defines credentials that will be used by components (like web console) to access the broker
## ---------------------------------------------------------------------------
activemq.username=system
activemq.password={c.S('broker-password', p1)}
guest.password={c.S('broker-password', p2)}
""")


def couchdb(c):
    pw = c.pw()
    hs = c.hexkey(32)
    c.file("couchdb/local.ini", f"""[couchdb]
uuid = {c.N('uuid', V.hexs(c.rng, 32))}
single_node = true

[chttpd]
bind_address = 0.0.0.0

[chttpd_auth]
secret = {c.S('couchdb-auth-secret', hs)}

[admins]
admin = {c.S('admin-password', pw)}
replicator = {c.N('password-hash-pbkdf2', '-pbkdf2-' + V.hexs(c.rng, 40) + ',' + V.hexs(c.rng, 32) + ',10')}
""")


def patroni(c):
    su, rp, ra = c.pw(), c.pw(), c.pw(style="alnum")
    c.file("postgres/patroni.yml", f"""scope: {c.slug}-pg
name: pg-{c.randint(1, 3)}
restapi:
  listen: 0.0.0.0:8008
  connect_address: pg.{c.slug}.{c.suffix}:8008
  authentication:
    username: patroni
    password: {c.S('patroni-rest-password', ra, 'yaml')}
etcd3:
  hosts: etcd-1:2379,etcd-2:2379,etcd-3:2379
postgresql:
  listen: 0.0.0.0:5432
  data_dir: /var/lib/postgresql/16/main
  authentication:
    superuser:
      username: postgres
      password: {c.S('db-superuser-password', su, 'yaml')}
    replication:
      username: replicator
      password: {c.S('db-replication-password', rp, 'yaml')}
    rewind:
      username: rewind_user
      password: {c.N('env-reference', '${PATRONI_REWIND_PASSWORD}', 'yaml')}
""")


def proxysql(c):
    a1, a2, u1 = c.pw(style="alnum"), c.pw(style="alnum"), c.pw()
    c.file("mysql/proxysql.cnf", f"""datadir="/var/lib/proxysql"

admin_variables=
{{
    admin_credentials="admin:{c.S('proxysql-admin-credentials', a1)}"
    mysql_ifaces="0.0.0.0:6032"
}}

mysql_users =
(
    {{ username = "app", password = "{c.S('db-password', u1)}", default_hostgroup = 0 }},
    {{ username = "reporting", password = "{c.N('mysql-native-hash', '*' + V.hexs(c.rng, 40).upper())}", default_hostgroup = 1 }}
)

mysql_variables=
{{
    monitor_username="monitor"
    monitor_password="{c.S('db-password', a2)}"
}}
""")


def redis_sentinel(c):
    pw = c.pw()
    c.file("redis/sentinel.conf", f"""port 26379
daemonize no
sentinel monitor mymaster 10.{c.randint(10, 60)}.4.21 6379 2
sentinel auth-pass mymaster {c.S('redis-password', pw)}
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
# sentinel auth-user mymaster sentinel-user
""")


def verdaccio(c):
    t = c.tok("npm-token")
    c.file("verdaccio/config.yaml", f"""storage: /verdaccio/storage/data
auth:
  htpasswd:
    file: /verdaccio/storage/htpasswd
    max_users: -1
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
  company:
    url: https://registry.npmjs.org/
    auth:
      type: bearer
      token: {c.T(t)}
  partner:
    url: https://npm.partner.example/
    auth:
      type: bearer
      token_env: {c.N('env-reference', 'PARTNER_NPM_TOKEN')}
packages:
  '@{c.slug}/*':
    access: $authenticated
    publish: $authenticated
    proxy: company
""")


def discourse(c):
    pw = c.pw()
    mk = c.uniq(lambda: V.alnum(c.rng, 6) + "_" + V.alnum(c.rng, 29) + "_mmk")
    c.file("forum/containers/app.yml", f"""templates:
  - "templates/postgres.template.yml"
  - "templates/redis.template.yml"
  - "templates/web.template.yml"
expose:
  - "80:80"
  - "443:443"
env:
  LANG: en_US.UTF-8
  DISCOURSE_HOSTNAME: forum.{c.domain}
  DISCOURSE_DEVELOPER_EMAILS: 'ops@{c.domain}'
  DISCOURSE_SMTP_ADDRESS: smtp.{c.domain}
  DISCOURSE_SMTP_PORT: 587
  DISCOURSE_SMTP_USER_NAME: forum@{c.domain}
  DISCOURSE_SMTP_PASSWORD: {c.S('smtp-password', pw, 'yaml')}
  DISCOURSE_MAXMIND_LICENSE_KEY: {c.S('license-key', mk, 'yaml')}
  DISCOURSE_MAXMIND_ACCOUNT_ID: {c.N('account-id', str(c.randint(100000, 999999)))}
""")


def erpnext(c):
    pw = c.pw(style="alnum")
    ek = c.b64key(32, urlsafe=True)
    c.file("erp/sites/erp." + c.domain + "/site_config.json", f"""{{
 "db_name": "_{V.hexs(c.rng, 16)}",
 "db_password": {c.S('db-password', pw, 'json')},
 "db_type": "mariadb",
 "encryption_key": {c.S('encryption-key', ek, 'json')},
 "host_name": "https://erp.{c.domain}",
 "maintenance_mode": 0
}}
""")


def dolibarr(c):
    pw = c.pw()
    uid = c.hexkey(32)
    c.file("erp/dolibarr/conf/conf.php", f"""<?php
$dolibarr_main_url_root='https://crm.{c.domain}';
$dolibarr_main_document_root='/var/www/dolibarr/htdocs';
$dolibarr_main_data_root='/var/lib/dolibarr/documents';
$dolibarr_main_db_host='{c.host('maria')}';
$dolibarr_main_db_port='3306';
$dolibarr_main_db_name='dolibarr';
$dolibarr_main_db_type='mysqli';
$dolibarr_main_db_user='dolibarr';
$dolibarr_main_db_pass='{c.S('db-password', pw)}';
$dolibarr_main_instance_unique_id='{c.S('instance-secret', uid)}';
$dolibarr_main_authentication='dolibarr';
$dolibarr_main_prod='1';
""")


def matomo(c):
    pw = c.pw()
    salt = c.hexkey(32)
    c.file("analytics/matomo/config/config.ini.php", f"""; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "{c.host('maria')}"
username = "matomo"
password = "{c.S('db-password', pw)}"
dbname = "matomo"
tables_prefix = "matomo_"

[General]
salt = "{c.S('app-salt', salt)}"
trusted_hosts[] = "stats.{c.domain}"
""")


def prestashop(c):
    pw = c.pw()
    sec, ck = c.alnum(64), c.alnum(56)
    c.file("shop/app/config/parameters.php", f"""<?php return array (
  'parameters' =>
  array (
    'database_host' => '{c.host('maria')}',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'ps_user',
    'database_password' => '{c.S('db-password', pw)}',
    'database_prefix' => 'ps_',
    'mailer_transport' => 'smtp',
    'secret' => '{c.S('framework-secret', sec)}',
    'ps_caching' => 'CacheMemcache',
    'cookie_key' => '{c.S('cookie-key', ck)}',
  ),
);
""")


def phpbb(c):
    pw = c.pw()
    c.file("forum/phpbb/config.php", f"""<?php
// phpBB 3.3.x auto-generated configuration file
// Do not change anything in this file!
$dbms = 'phpbb\\\\db\\\\driver\\\\mysqli';
$dbhost = '{c.host('maria')}';
$dbport = '';
$dbname = 'phpbb';
$dbuser = 'phpbb';
$dbpasswd = '{c.S('db-password', pw)}';
$table_prefix = 'phpbb_';
$phpbb_adm_relative_path = 'adm/';
$acm_type = 'phpbb\\\\cache\\\\driver\\\\file';

@define('PHPBB_INSTALLED', true);
@define('PHPBB_ENVIRONMENT', 'production');
""")


def codeigniter(c):
    pw = c.pw()
    c.file("web/app/Config/Database.php", f"""<?php

namespace Config;

use CodeIgniter\\Database\\Config;

class Database extends Config
{{
    public string $defaultGroup = 'default';

    public array $default = [
        'DSN'      => '',
        'hostname' => '{c.host('maria')}',
        'username' => 'ci4_app',
        'password' => '{c.S('db-password', pw)}',
        'database' => '{_db(c)}',
        'DBDriver' => 'MySQLi',
        'charset'  => 'utf8mb4',
    ];

    public array $tests = [
        'hostname' => '127.0.0.1',
        'username' => 'root',
        'password' => '',
        'database' => 'ci4_test',
    ];
}}
""")


def yii_db(c):
    pw = c.pw()
    c.file("portal/config/db.php", f"""<?php

return [
    'class' => 'yii\\db\\Connection',
    'dsn' => 'pgsql:host={c.host('pg')};dbname={_db(c)}',
    'username' => 'portal',
    'password' => '{c.S('db-password', pw)}',
    'charset' => 'utf8',
    'enableSchemaCache' => true,
];
""")


def cakephp(c):
    pw, salt = c.pw(), c.hexkey(64)
    c.file("app/config/app_local.php", f"""<?php
use function Cake\\Core\\env;

return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),
    'Security' => [
        'salt' => env('SECURITY_SALT', '{c.S('app-salt', salt)}'),
    ],
    'Datasources' => [
        'default' => [
            'host' => '{c.host('maria')}',
            'username' => 'cake',
            'password' => '{c.S('db-password', pw)}',
            'database' => '{_db(c)}',
        ],
        'test' => [
            'password' => env('{c.N('env-reference', 'TEST_DB_PASSWORD')}'),
        ],
    ],
    'EmailTransport' => [
        'default' => ['username' => null, 'password' => null],
    ],
];
""")


def mojolicious(c):
    s1 = c.alnum(40)
    pw = c.pw()
    c.file("app/myapp.production.conf", f"""{{
  hypnotoad => {{listen => ['http://*:8080'], workers => 6}},
  secrets   => ['{c.S('framework-secret', s1)}'],
  db        => {{
    dsn      => 'dbi:Pg:dbname={_db(c)};host={c.host('pg')}',
    user     => 'mojo',
    password => '{c.S('db-password', pw)}',
  }},
  minion    => {{Pg => $ENV{{{c.N('env-reference', 'MINION_DSN')}}}}},
}};
""")


def dancer2(c):
    pw = c.pw()
    ck = c.alnum(32)
    c.file("app/environments/production.yml", f"""logger: "file"
log: "warning"
show_errors: 0
engines:
  session:
    Cookie:
      secret_key: {c.S('session-secret', ck, 'yaml')}
      default_duration: 604800
plugins:
  Database:
    driver: 'Pg'
    database: '{_db(c)}'
    host: '{c.host('pg')}'
    username: 'dancer'
    password: {c.S('db-password', pw, 'yaml')}
""")


def celeryconfig(c):
    pw, rp = c.pw(uri=True), c.pw(uri=True)
    c.file("workers/celeryconfig.py", f"""import os

broker_url = "amqp://celery:{c.S('uri-password', pw)}@{c.host('mq')}:5672/{c.slug}"
result_backend = "redis://:{c.S('uri-password', rp)}@{c.host('redis')}:6379/3"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Amsterdam"
# flower basic auth comes from the environment
flower_basic_auth = os.environ.get("{c.N('env-reference', 'FLOWER_BASIC_AUTH')}")
""")


def uwsgi_ini(c):
    pw, sk = c.pw(), c.alnum(50)
    c.file("deploy/uwsgi.ini", f"""[uwsgi]
module = {_db(c)}.wsgi:application
master = true
processes = 8
socket = /run/uwsgi/{c.slug}.sock
chmod-socket = 660
vacuum = true
env = DJANGO_SETTINGS_MODULE={_db(c)}.settings.production
env = DJANGO_SECRET_KEY={c.S('django-secret-key', sk)}
env = DATABASE_PASSWORD={c.S('db-password', pw)}
env = SENTRY_DSN=@({c.N('file-reference', '/etc/' + c.slug + '/sentry_dsn')})
""")


def gunicorn_conf(c):
    sk = c.alnum(48)
    c.file("deploy/gunicorn.conf.py", f"""import multiprocessing
import os

bind = "unix:/run/gunicorn/{c.slug}.sock"
workers = multiprocessing.cpu_count() * 2 + 1
timeout = 60
raw_env = [
    "FLASK_ENV=production",
    "SECRET_KEY={c.S('flask-secret-key', sk)}",
    "MAIL_PASSWORD=" + os.environ.get("{c.N('env-reference', 'MAIL_PASSWORD')}", ""),
]
accesslog = "-"
""")


def scrapy_settings(c):
    vk = c.vendor_key()
    pr = c.pair(c.choice(["aws-access-key-pair", "do-spaces-pair", "backblaze-b2-pair"]))
    i, s = c.PR(pr, "dq", "dq")
    c.file("crawler/settings.py", f"""BOT_NAME = "{_db(c)}_crawler"
SPIDER_MODULES = ["crawler.spiders"]
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
{vk[0].upper()}_API_KEY = "{c.S('api-key', vk[1])}"
FEEDS = {{"s3://{c.slug}-crawl/%(name)s/%(time)s.jsonl": {{"format": "jsonlines"}}}}
AWS_ACCESS_KEY_ID = {i}
AWS_SECRET_ACCESS_KEY = {s}
HTTPCACHE_ENABLED = False
""")


def streamlit_secrets(c):
    pw = c.pw()
    t = c.tok(pool=["openai-project-key", "anthropic-api-key", "groq-api-key", "perplexity-api-key", "xai-api-key"])
    c.file("dashboards/.streamlit/secrets.toml", f"""# Everything in this file is available as st.secrets
{t['env']} = "{c.T(t)}"

[connections.warehouse]
dialect = "postgresql"
host = "{c.host('dwh')}"
port = "5432"
database = "analytics"
username = "streamlit"
password = "{c.S('db-password', pw)}"

[auth]
redirect_uri = "https://dash.{c.domain}/oauth2callback"
cookie_secret = "{c.S('cookie-secret', c.alnum(32))}"
client_id = "{c.N('oauth-client-id', 'dash-' + V.hexs(c.rng, 12))}"
""")


def kedro_credentials(c):
    pr = c.pair(c.choice(["aws-access-key-pair", "do-spaces-pair"]))
    i, s = c.PR(pr)
    pw = c.pw(uri=True)
    c.file("pipelines/conf/local/credentials.yml", f"""dev_s3:
  client_kwargs:
    aws_access_key_id: {i}
    aws_secret_access_key: {s}
warehouse:
  con: postgresql://kedro:{c.S('uri-password', pw)}@{c.host('dwh')}:5432/analytics
api_partner:
  token: {c.N('omegaconf-env-reference', '${oc.env:PARTNER_API_TOKEN}')}
""")


def meltano(c):
    pw = c.pw()
    c.file("elt/meltano.yml", f"""version: 1
default_environment: prod
project_id: {c.N('uuid', V.uuid4(c.rng))}
plugins:
  extractors:
  - name: tap-postgres
    variant: meltanolabs
    config:
      host: {c.host('pg')}
      user: meltano
      password: {c.S('db-password', pw, 'yaml')}
      database: {_db(c)}
  loaders:
  - name: target-snowflake
    config:
      account: {c.slug.replace('-', '')}-xy{c.randint(10000, 99999)}
      user: MELTANO
      password: {c.N('env-reference', '$TARGET_SNOWFLAKE_PASSWORD')}
""")


def singer_config(c):
    cs = c.alnum(40)
    rt = c.alnum(64)
    c.file("elt/tap-crm/config.json", f"""{{
  "client_id": {c.N('oauth-client-id', V.uuid4(c.rng), 'json')},
  "client_secret": {c.S('client-secret', cs, 'json')},
  "refresh_token": {c.S('oauth-refresh-token', rt, 'json')},
  "start_date": "2024-01-01T00:00:00Z",
  "user_agent": "{c.slug}-elt (ops@{c.domain})"
}}
""")


def phpfpm_pool(c):
    pw = c.pw()
    c.file("php/php-fpm.d/www.conf", f"""[www]
user = www-data
group = www-data
listen = /run/php/php8.3-fpm.sock
pm = dynamic
pm.max_children = 20
clear_env = no
env[APP_ENV] = production
env[DB_HOST] = {c.host('maria')}
env[DB_PASSWORD] = {c.S('db-password', pw)}
env[REDIS_URL] = $REDIS_URL
php_admin_value[error_log] = /var/log/php-fpm/www-error.log
""")


def php_ini(c):
    pw = c.pw(style="alnum")
    rp = c.pw(uri=True)
    c.file("php/conf.d/90-app.ini", f"""; site overrides
memory_limit = 512M
upload_max_filesize = 64M
mysqli.default_host = {c.host('maria')}
mysqli.default_user = legacy_app
mysqli.default_pw = {c.S('db-password', pw)}
session.save_handler = redis
session.save_path = "tcp://{c.host('redis')}:6379?auth={c.S('uri-password', rp)}&database=2"
""")


def mastodon_env(c):
    sk = c.hexkey(128)
    otp = c.hexkey(128)
    vp = c.b64key(32, urlsafe=True)
    c.file("social/.env.production", f"""LOCAL_DOMAIN=social.{c.domain}
REDIS_HOST=redis
DB_HOST=db
DB_USER=mastodon
DB_NAME=mastodon_production
DB_PASS={c.N('placeholder', NG.placeholder(c))}
SECRET_KEY_BASE={c.S('secret-key-base', sk)}
OTP_SECRET={c.S('otp-secret', otp)}
VAPID_PRIVATE_KEY={c.S('vapid-private-key', vp)}
VAPID_PUBLIC_KEY={c.N('public-key-vapid', 'B' + V.b64s(c.rng, 64, True, False))}
S3_ENABLED=false
""")


def seahub(c):
    sk = c.uniq(lambda: V.rs(c.rng, V.ALNUM + "!@#%^*-_=+", 50))
    pw = c.pw()
    c.file("files/seahub_settings.py", f"""# -*- coding: utf-8 -*-
SECRET_KEY = "{c.S('django-secret-key', sk)}"
SERVICE_URL = "https://files.{c.domain}"
FILE_SERVER_ROOT = "https://files.{c.domain}/seafhttp"
DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.mysql',
        'NAME': 'seahub_db',
        'USER': 'seafile',
        'PASSWORD': '{c.S('db-password', pw)}',
        'HOST': '{c.host('maria')}',
        'PORT': '3306',
    }}
}}
""")


def onlyoffice(c):
    j = c.alnum(32)
    pw = c.pw()
    c.file("office/onlyoffice/local.json", f"""{{
  "services": {{
    "CoAuthoring": {{
      "sql": {{
        "type": "postgres",
        "dbHost": "{c.host('pg')}",
        "dbName": "onlyoffice",
        "dbUser": "onlyoffice",
        "dbPass": {c.S('db-password', pw, 'json')}
      }},
      "token": {{ "enable": {{ "browser": true, "request": {{ "inbox": true, "outbox": true }} }} }},
      "secret": {{
        "inbox": {{ "string": {c.S('jwt-signing-secret', j, 'json')} }},
        "outbox": {{ "string": {c.S('jwt-signing-secret', j, 'json')} }},
        "session": {{ "string": {c.N('placeholder', 'secret', 'json')} }}
      }}
    }}
  }}
}}
""")


def paperless(c):
    sk = c.alnum(50)
    pw = c.pw()
    c.file("docs/paperless.conf", f"""PAPERLESS_URL=https://paperless.{c.domain}
PAPERLESS_SECRET_KEY={c.S('django-secret-key', sk)}
PAPERLESS_DBHOST={c.host('pg')}
PAPERLESS_DBUSER=paperless
PAPERLESS_DBPASS={c.S('db-password', pw, 'env')}
PAPERLESS_OCR_LANGUAGE=deu+eng
PAPERLESS_ADMIN_PASSWORD={c.N('placeholder', NG.placeholder(c), 'env')}
""")


def meshcentral(c):
    sk = c.alnum(40)
    pw = c.pw()
    c.file("remote/meshcentral-data/config.json", f"""{{
  "$schema": "https://raw.githubusercontent.com/Ylianst/MeshCentral/master/meshcentral-config-schema.json",
  "settings": {{
    "cert": "remote.{c.domain}",
    "port": 443,
    "sessionKey": {c.S('session-secret', sk, 'json')},
    "_mongoDb": "mongodb://127.0.0.1:27017/meshcentral"
  }},
  "smtp": {{
    "host": "smtp.{c.domain}",
    "port": 587,
    "from": "remote@{c.domain}",
    "user": "remote@{c.domain}",
    "pass": {c.S('smtp-password', pw, 'json')},
    "tls": false
  }}
}}
""")


def jira_dbconfig(c):
    pw = c.pw()
    c.file("atlassian/jira-home/dbconfig.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <name>defaultDS</name>
  <delegator-name>default</delegator-name>
  <database-type>postgres72</database-type>
  <schema-name>public</schema-name>
  <jdbc-datasource>
    <url>jdbc:postgresql://{c.host('pg')}:5432/jiradb</url>
    <driver-class>org.postgresql.Driver</driver-class>
    <username>jira</username>
    <password>{c.S('db-password', pw)}</password>
    <pool-min-size>20</pool-min-size>
    <pool-max-size>20</pool-max-size>
  </jdbc-datasource>
</jira-database-config>
""")
    c.file("atlassian/jira-home-dr/dbconfig.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <name>defaultDS</name>
  <database-type>postgres72</database-type>
  <atlassian-password-cipher-provider>com.atlassian.db.config.password.ciphers.algorithm.AlgorithmCipher</atlassian-password-cipher-provider>
  <jdbc-datasource>
    <url>jdbc:postgresql://{c.host('pgdr')}:5432/jiradb</url>
    <username>jira</username>
    <password>{c.N('encrypted-atlassian-cipher', '{"keyFilePath":"/var/atlassian/application-data/jira/keys/javax.crypto.spec.SecretKeySpec_' + str(c.randint(10 ** 12, 10 ** 13)) + '","serializedSealedObject":"' + V.b64s(c.rng, 60) + '"}')}</password>
  </jdbc-datasource>
</jira-database-config>
""")


def confluence_cfg(c):
    pw = c.pw()
    c.file("atlassian/confluence-home/confluence.cfg.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<confluence-configuration>
  <setupStep>complete</setupStep>
  <setupType>custom</setupType>
  <buildNumber>9012</buildNumber>
  <properties>
    <property name="atlassian.license.message">{c.N('license-blob', 'AAAB' + V.b64s(c.rng, 90))}</property>
    <property name="confluence.setup.server.id">{c.N('server-id', '-'.join(V.rs(c.rng, V.UP + V.DIG, 4) for _ in range(4)))}</property>
    <property name="hibernate.connection.url">jdbc:postgresql://{c.host('pg')}:5432/confluence</property>
    <property name="hibernate.connection.username">confluence</property>
    <property name="hibernate.connection.password">{c.S('db-password', pw)}</property>
  </properties>
</confluence-configuration>
""")


def bitbucket_props(c):
    pw = c.pw()
    c.file("atlassian/bitbucket-home/shared/bitbucket.properties", f"""# Bitbucket Data Center
jdbc.driver=org.postgresql.Driver
jdbc.url=jdbc:postgresql://{c.host('pg')}:5432/bitbucket
jdbc.user=bitbucket
jdbc.password={c.S('db-password', pw)}
plugin.search.config.aws.region=
server.context-path=/
""")


def artifactory(c):
    pw = c.pw()
    jk, mk = c.hexkey(32), c.hexkey(64)
    c.file("artifactory/var/etc/system.yaml", f"""configVersion: 1
shared:
  node:
    id: art-{c.randint(1, 3)}
  database:
    type: postgresql
    driver: org.postgresql.Driver
    url: jdbc:postgresql://{c.host('pg')}:5432/artifactory
    username: artifactory
    password: {c.S('db-password', pw, 'yaml')}
""")
    c.file("artifactory/var/etc/security/join.key", c.S("artifactory-join-key", jk) + "\n")
    c.file("artifactory/var/etc/security/master.key", c.S("artifactory-master-key", mk) + "\n")


KINDS = [("kubeadm-config", kubeadm), ("talos-patch", talos), ("rke2-config", rke2), ("ory-kratos", kratos),
         ("oauth2-proxy", oauth2_proxy), ("pomerium", pomerium), ("consul-hcl", consul_hcl),
         ("tomcat-context", tomcat_context), ("micronaut-yaml", micronaut), ("logback-smtp", logback),
         ("trino-catalog", trino_catalog), ("kafka-connect-json", kafka_connect), ("logstash-pipeline", logstash),
         ("fluentd-conf", fluentd), ("graylog-server", graylog), ("activemq-credentials", activemq),
         ("couchdb-ini", couchdb), ("patroni-yaml", patroni), ("proxysql-cnf", proxysql),
         ("redis-sentinel", redis_sentinel), ("verdaccio", verdaccio), ("discourse-app-yml", discourse),
         ("erpnext-site-config", erpnext), ("dolibarr-conf", dolibarr), ("matomo-config", matomo),
         ("prestashop-parameters", prestashop), ("phpbb-config", phpbb), ("codeigniter-database", codeigniter),
         ("yii-db", yii_db), ("cakephp-app-local", cakephp), ("mojolicious-conf", mojolicious),
         ("dancer2-yaml", dancer2), ("celeryconfig", celeryconfig), ("uwsgi-ini", uwsgi_ini),
         ("gunicorn-conf", gunicorn_conf), ("scrapy-settings", scrapy_settings),
         ("streamlit-secrets", streamlit_secrets), ("kedro-credentials", kedro_credentials),
         ("meltano-yml", meltano), ("singer-tap-config", singer_config), ("php-fpm-pool", phpfpm_pool),
         ("php-ini", php_ini), ("mastodon-env", mastodon_env), ("seahub-settings", seahub),
         ("onlyoffice-local-json", onlyoffice), ("paperless-conf", paperless), ("meshcentral-config", meshcentral),
         ("jira-dbconfig", jira_dbconfig), ("confluence-cfg", confluence_cfg), ("bitbucket-properties", bitbucket_props),
         ("artifactory-system", artifactory)]
