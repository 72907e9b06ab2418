"""Tool kinds 1-17: FileRun, Actual Budget, KeystoneJS, Univention, OpenNebula, Lavalink, NadekoBot, BTCPay Server,
Sopel, Limnoria, Atheme, OpenRA, OceanBase, Apache Pinot, JanusGraph, Memgraph, Apache Doris."""

import string

import core37 as C
import prov37 as P
from core37 import ALNUM, b64, draw, hexs


def J(t, r, style):
    return C.comment_jitter(r, style, t.person(r)[1], t.ticket(r), t.date(r))


def filerun(t):
    r = t.rng("tool", "filerun")
    pw = t.pw(r)
    t.add("filerun/system/data/autoconfig.php", "<?php\n" + J(t, r, "//") + f"""$config['db'] = [
\t'type' => 'mysql',
\t'server' => 'mariadb',
\t'database' => 'filerun',
\t'username' => 'filerun',
\t'password' => '{t.S(pw, "filerun-db-password")}'
];
// After a fresh install the first login is superuser / {t.N("superuser", "vendor-default",
                                                            cite="FileRun install guide: default superuser login")}
""")


def actual_budget(t):
    r = t.rng("tool", "actual")
    srv, e2e = t.pw(r), t.passphrase(r)
    t.add("budget-sync/sync.mjs", J(t, r, "//") + f"""import * as api from '@actual-app/api';

await api.init({{
  dataDir: './actual-cache',
  serverURL: 'https://budget.{t.domain}',
  password: '{t.S(srv, "actual-server-password")}',
}});

// sync ID from Settings -> Advanced; identifies the budget file, grants nothing
const syncId = '{t.N(t.uuid(r), "budget-sync-id")}';
await api.downloadBudget(syncId, {{
  password: '{t.S(e2e, "actual-e2e-password")}',
}});
const accounts = await api.getAccounts();
console.log(accounts.map((a) => a.name).join(', '));
await api.shutdown();
""")


def keystone(t):
    r = t.rng("tool", "keystone")
    sess = t.alnum(r, 48)
    dbpw = t.pw(r, uri=True)
    uri = "postgres://keystone:%s@%s:5432/keystone" % (dbpw, t.host("db"))
    t.add("cms/keystone.ts", J(t, r, "//") + f"""import {{ config, list }} from '@keystone-6/core';
import {{ statelessSessions }} from '@keystone-6/core/session';
import {{ allowAll }} from '@keystone-6/core/access';
import {{ text }} from '@keystone-6/core/fields';

const envSecret = {t.N("process.env.SESSION_SECRET", "env-reference")};
const session = statelessSessions({{
  maxAge: 60 * 60 * 24 * 30,
  secret: envSecret ?? '{t.S(sess, "keystone-session-secret")}',
}});

export default config({{
  db: {{
    provider: 'postgresql',
    url: '{t.S(uri, "connection-uri", secret_part=dbpw)}',
  }},
  lists: {{
    Batch: list({{ access: allowAll, fields: {{ code: text(), site: text() }} }}),
  }},
  session,
}});
""")


def univention(t):
    r = t.rng("tool", "univention")
    ldap = t.pw(r, "strong")
    mach = t.alnum(r, 20)
    base = ",".join("dc=" + p for p in t.domain.split("."))
    t.add("ucs/etc/ldap.secret", t.S(ldap, "ucs-ldap-secret") + "\n")
    t.add("ucs/etc/machine.secret", t.S(mach, "ucs-machine-secret") + "\n")
    t.add("ucs/notes/join.sh", "#!/bin/sh\n" + J(t, r, "#") + f"""# rejoin the backup node after the disk swap
univention-join -dcaccount Administrator -dcpwd /root/dcpwd.txt
ucr get ldap/base          # -> {base}
univention-ldapsearch -LLL uid=Administrator dn
ldapsearch -x -D "cn=admin,{base}" -y {t.N("/etc/ldap.secret", "secret-file-reference")} -b "{base}" cn=backup
""")


def opennebula(t):
    r = t.rng("tool", "opennebula")
    pw, dbpw = t.pw(r), t.pw(r, "strong")
    t.add("one/one_auth", "oneadmin:" + t.S(pw, "opennebula-oneadmin-password") + "\n")
    t.add("one/oned.conf.d/db.conf", J(t, r, "#") + f"""DB = [ BACKEND = "mysql",
       SERVER  = "{t.host("db")}",
       PORT    = 0,
       USER    = "oneadmin",
       PASSWD  = "{t.S(dbpw, "opennebula-db-password")}",
       DB_NAME = "opennebula",
       CONNECTIONS = 25,
       COMPARE_BINARY = "no" ]
""")
    t.add("one/profile.sh", f"""# sourced by the oneadmin login shell
export ONE_XMLRPC=http://{t.host("one")}:2633/RPC2
export ONE_AUTH={t.N("$HOME/.one/one_auth", "env-reference")}
""")


def lavalink(t):
    r = t.rng("tool", "lavalink")
    pw = t.pw(r)
    cid, csec = C.hexs(r, 32), t.hexsec(r, 32)
    t.reg.values.add(cid)
    a, b = t.pair(cid, csec, "spotify-client-pair")
    t.add("lavalink/application.yml", J(t, r, "#") + f"""server:
  port: 2333
  address: 0.0.0.0
lavalink:
  plugins:
    - dependency: "com.github.topi314.lavasrc:lavasrc-plugin:4.2.0"
  server:
    password: "{t.S(pw, "lavalink-password")}"
    sources:
      youtube: false
      bandcamp: true
      http: true
plugins:
  lavasrc:
    sources:
      spotify: true
    spotify:
      clientId: "{a}"
      clientSecret: "{b}"
      countryCode: "US"
logging:
  level:
    root: INFO
""")
    t.add("lavalink/README.md", f"""# Lavalink node for the radio bot

The example `application.yml` shipped with Lavalink uses the password
`{t.N("youshallnotpass", "vendor-default", cite="Lavalink example application.yml")}`; ours is different and lives only on the node.
""")


def nadeko(t):
    r = t.rng("tool", "nadeko")
    tok, gkey = t.tok(r, P.discord), t.tok(r, P.google_api)
    t.add("nadeko/creds.yml", f"""# DO NOT CHANGE
version: 7
# Bot token. Do not share with anyone ever -> https://discordapp.com/developers/applications/
token: '{t.S(tok, "discord-bot-token")}'
# List of Ids of the users who have bot owner permissions
ownerIds:
  - {t.N(str(r.randint(10 ** 17, 10 ** 18)), "discord-user-id")}
usePrivilegedIntents: true
totalShards: 1
google:
  searchId: ''
  imageSearchId: ''
googleApiKey: '{t.S(gkey, "google-api-key")}'
db:
  type: sqlite
  connectionString: Data Source=data/NadekoBot.db
""")


def btcpay(t):
    r = t.rng("tool", "btcpay")
    key = t.hexsec(r, 40)
    hook = t.alnum(r, 32)
    store = draw(r, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44)
    t.add("btcpay/create-invoice.sh", "#!/bin/sh\n" + J(t, r, "#") + f"""STORE_ID={t.N(store, "btcpay-store-id")}
curl -s -X POST "https://pay.{t.domain}/api/v1/stores/$STORE_ID/invoices" \\
  -H "Authorization: token {t.S(key, "btcpay-greenfield-key")}" \\
  -H "Content-Type: application/json" \\
  -d '{{"amount": "{r.randint(5, 90)}.50", "currency": "USD", "metadata": {{"orderId": "{t.ticket(r)}"}}}}'
""")
    t.add("btcpay/webhook.env", f"BTCPAY_URL=https://pay.{t.domain}\nBTCPAY_WEBHOOK_SECRET="
          f"{t.S(hook, 'btcpay-webhook-secret')}\n")


def sopel(t):
    r = t.rng("tool", "sopel")
    pw = t.pw(r)
    nick = t.dir.split("-")[0] + "bot"
    t.add("sopel/default.cfg", J(t, r, "#") + f"""[core]
nick = {nick}
host = irc.libera.chat
use_ssl = true
port = 6697
owner = {t.people[0][1]}
channels =
    "#{t.dir}"
auth_method = sasl
auth_username = {nick}
auth_password = {t.S(pw, "sopel-sasl-password")}
prefix = \\.

[admin]
hold_ground = false
""")
    t.add("sopel/default.cfg.example", f"""[core]
nick = {nick}
host = irc.libera.chat
auth_method = sasl
auth_username = {nick}
auth_password = {t.N("<your-nickserv-password>", "placeholder")}
""")


def limnoria(t):
    r = t.rng("tool", "limnoria")
    sasl, srv = t.pw(r), t.pw(r, "strong")
    nick = t.dir.split("-")[0] + "-supy"
    t.add("limnoria/bot.conf", J(t, r, "#") + f"""supybot.nick: {nick}
supybot.ident: limnoria
supybot.networks: oftc
supybot.networks.oftc.servers: irc.oftc.net:6697
supybot.networks.oftc.ssl: True
supybot.networks.oftc.password: {t.S(srv, "limnoria-server-password")}
supybot.networks.oftc.sasl.username: {nick}
supybot.networks.oftc.sasl.password: {t.S(sasl, "limnoria-sasl-password")}
supybot.networks.oftc.channels: #{t.dir}
supybot.directories.data: data
supybot.log.level: INFO
""")
    t.add("limnoria/conf/users.conf", f"""user 1
  name {t.people[0][1]}
  ident True
  hashed True
  password {t.N(t.sha256(r), "password-hash")}
  secure False
  capability owner
""")


def atheme(t):
    r = t.rng("tool", "atheme")
    snd, rcv = t.pw(r, "strong"), t.pw(r, "strong")
    t.add("atheme/atheme.conf", J(t, r, "#") + f"""serverinfo {{
\tname = "services.{t.domain}";
\tdesc = "{t.org} services";
\tnetname = "{t.dir}";
}};

uplink "hub.{t.domain}" {{
\thost = "10.0.{r.randint(1, 9)}.2";
\tsend_password = "{t.S(snd, "atheme-uplink-send-password")}";
\treceive_password = "{t.S(rcv, "atheme-uplink-receive-password")}";
\tport = 6667;
}};

operator "{t.people[0][1]}" {{
\toperclass = "sra";
\tpassword = "{t.N(P.argon2(r), "argon2-hash")}";
}};
""")


def openra(t):
    r = t.rng("tool", "openra")
    pw = t.pw(r, r.choice(["weak", "human", "leet"]))
    ids = ",".join(str(r.randint(10000, 999999)) for _ in range(r.randint(3, 6)))
    t.add("openra/lan-server.env", J(t, r, "#") + f"""# read by launch-dedicated.sh through the systemd unit (EnvironmentFile=)
Name="{t.org} LAN night"
Mod=ra
Map=
ListenPort=1234
AdvertiseOnline=False
Password={t.S(pw, "openra-server-password")}
RecordReplays=True
RequireAuthentication=True
ProfileIDWhitelist={t.N(ids, "forum-profile-ids")}
EnableSingleplayer=False
SupportDir=/srv/openra/support
""")
    t.add("openra/openra-lan.service", f"""[Unit]
Description=OpenRA dedicated server (LAN night)
After=network-online.target

[Service]
User=openra
EnvironmentFile=/srv/openra/lan-server.env
WorkingDirectory=/opt/openra
ExecStart=/opt/openra/launch-dedicated.sh
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")


def oceanbase(t):
    r = t.rng("tool", "oceanbase")
    root, proxyro, sysp = t.pw(r, "strong"), t.pw(r), t.pw(r, "strong")
    ip = "10.0.%d.%d" % (r.randint(1, 9), r.randint(10, 99))
    t.add("oceanbase/obd-deploy.yaml", J(t, r, "#") + f"""# oceanbase-ce rpm sha256 {t.N(t.sha256(r), "sha256-digest")}
oceanbase-ce:
  servers:
    - name: server1
      ip: {ip}
  global:
    home_path: /home/admin/observer
    devname: eth0
    memory_limit: 16G
    system_memory: 4G
    datafile_size: 50G
    log_disk_size: 20G
    appname: {t.dbname()}
    mysql_port: 2881
    rpc_port: 2882
    root_password: {t.S(root, "oceanbase-root-password")}
    proxyro_password: {t.S(proxyro, "oceanbase-proxyro-password")}
obproxy-ce:
  depends:
    - oceanbase-ce
  servers:
    - {ip}
  global:
    listen_port: 2883
    home_path: /home/admin/obproxy
    rs_list: {ip}:2881
    enable_cluster_checkout: false
    cluster_name: {t.dbname()}
    obproxy_sys_password: {t.S(sysp, "obproxy-sys-password")}
""")


def pinot(t):
    r = t.rng("tool", "pinot")
    adm, rd = t.pw(r, "strong"), t.pw(r)
    basic = b64("admin:" + adm)
    t.reg.values.add(basic)
    t.add("pinot/conf/controller.conf", J(t, r, "#") + f"""controller.port=9000
controller.data.dir=/var/pinot/controller/data
controller.zk.str={t.host("zk")}:2181
controller.helix.cluster.name={t.dbname()}
controller.admin.access.control.factory.class=org.apache.pinot.controller.api.access.BasicAuthAccessControlFactory
controller.admin.access.control.principals=admin,reader
controller.admin.access.control.principals.admin.password={t.S(adm, "pinot-admin-password")}
controller.admin.access.control.principals.reader.password={t.S(rd, "pinot-reader-password")}
controller.admin.access.control.principals.reader.permissions=READ
controller.segment.fetcher.auth.token=Basic {t.S(basic, "basic-auth-header", decoded="admin:" + adm)}
""")
    t.add("pinot/README.md", f"""# Pinot auth

The Apache Pinot docs show `admin` / `{t.N("verysecret", "vendor-example",
                                           cite="Apache Pinot docs, basic auth access control example")}` in their example; do not copy it.
""")


def janusgraph(t):
    r = t.rng("tool", "janusgraph")
    cql, es, hm = t.pw(r, "strong"), t.pw(r), t.alnum(r, 32)
    t.add("janusgraph/conf/janusgraph-cql-es.properties", J(t, r, "#") + f"""gremlin.graph=org.janusgraph.core.JanusGraphFactory
storage.backend=cql
storage.hostname={t.host("cassandra")}
storage.cql.keyspace={t.dbname()}
storage.username=janus
storage.password={t.S(cql, "janusgraph-cql-password")}
index.search.backend=elasticsearch
index.search.hostname={t.host("search")}
index.search.elasticsearch.http.auth.type=basic
index.search.elasticsearch.http.auth.basic.username=janus
index.search.elasticsearch.http.auth.basic.password={t.S(es, "janusgraph-es-password")}
cache.db-cache=true
""")
    t.add("janusgraph/conf/gremlin-server-auth.yaml", f"""authentication: {{
  authenticator: org.janusgraph.graphdb.tinkerpop.gremlin.server.auth.SaslAndHMACAuthenticator,
  authenticationHandler: org.janusgraph.graphdb.tinkerpop.gremlin.server.handler.SaslAndHMACAuthenticationHandler,
  config: {{
    defaultUsername: user,
    defaultPassword: {t.N("password", "vendor-example", cite="JanusGraph docs, gremlin-server auth sample")},
    hmacSecret: {t.S(hm, "janusgraph-hmac-secret")},
    credentialsDb: conf/janusgraph-credentials-server.properties
  }}
}}
""")


def memgraph(t):
    r = t.rng("tool", "memgraph")
    a, b = t.pw(r), t.pw(r, "strong")
    t.add("memgraph/init.cypherl", J(t, r, "//") + f"""CREATE USER admin IDENTIFIED BY '{t.S(a, "memgraph-password")}';
GRANT ALL PRIVILEGES TO admin;
CREATE USER reader IDENTIFIED BY '{t.S(b, "memgraph-password")}';
GRANT MATCH, READ_FILE TO reader;
// rotation job passes the new value as a parameter
SET PASSWORD FOR reader TO {t.N("$new_password", "query-parameter")};
""")


def doris(t):
    r = t.rng("tool", "doris")
    pw, root = t.pw(r), t.pw(r, "strong")
    kid, ksec = t.take(lambda: "|".join(P.aws_pair(r))).split("|")
    t.reg.values.add(kid)
    a, b = t.pair(kid, ksec, "aws-key-pair")
    t.add("doris/catalogs.sql", J(t, r, "--") + f"""CREATE CATALOG erp_mysql PROPERTIES (
    "type" = "jdbc",
    "user" = "doris_ro",
    "password" = "{t.S(pw, "doris-catalog-password")}",
    "jdbc_url" = "jdbc:mysql://{t.host("erp")}:3306/erp",
    "driver_url" = "mysql-connector-j-8.3.0.jar",
    "driver_class" = "com.mysql.cj.jdbc.Driver",
    "checksum" = "{t.N(hexs(r, 32), "md5-digest")}"
);

CREATE RESOURCE "s3_archive" PROPERTIES (
    "type" = "s3",
    "s3.endpoint" = "s3.eu-west-1.amazonaws.com",
    "s3.region" = "eu-west-1",
    "s3.access_key" = "{a}",
    "s3.secret_key" = "{b}",
    "s3.root.path" = "doris/archive"
);

SET PASSWORD FOR 'root'@'%' = PASSWORD('{t.S(root, "doris-root-password")}');
""")


KINDS_A = {"FileRun": filerun, "Actual Budget": actual_budget, "KeystoneJS": keystone, "Univention": univention,
           "OpenNebula": opennebula, "Lavalink": lavalink, "NadekoBot": nadeko, "BTCPay Server": btcpay,
           "Sopel": sopel, "Limnoria": limnoria, "Atheme": atheme, "OpenRA": openra, "OceanBase": oceanbase,
           "Apache Pinot": pinot, "JanusGraph": janusgraph, "Memgraph": memgraph, "Apache Doris": doris}
_unused = (string, ALNUM)
