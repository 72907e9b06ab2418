"""Tool and config file kinds, part B: network, identity, remote access, data stores, monitoring and logging."""

import base64
import struct

import neg20 as N
import vals20 as V
from cfg20a import AV_DQ, AV_SQ, AV_URI, AV_XML, AV_INI, AV_PLAIN, uri, app

GIS = {"rocket-range", "ocean-observing", "subsea-cable", "water-bottler", "ebike-maker"}


def qgis(ctx):
    ctx.add("gis/ops-map.qgs", f"""<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="{ctx.v['city']} operations" version="3.34.6-Prizren">
  <projectlayers>
    <maplayer type="vector" geometry="Point">
      <id>assets_{V.hexs(ctx.rng, 8)}</id>
      <datasource>dbname='gis' host=gis.{ctx.suffix} port=5432 user='qgis_ro' password='{ctx.spw(avoid=AV_XML + " ")}' sslmode=require key='id' srid=4326 type=Point checkPrimaryKeyUnicity='1' table="public"."assets" (geom)</datasource>
      <layername>assets</layername>
    </maplayer>
    <maplayer type="vector" geometry="Line">
      <id>routes_{V.hexs(ctx.rng, 8)}</id>
      <datasource>dbname='gis' host=gis.{ctx.suffix} port=5432 authcfg={ctx.N(V.rstr(ctx.rng, V.LOWER + V.DIGITS, 7), "id-qgis-authcfg")} sslmode=require key='id' srid=4326 type=LineString table="public"."routes" (geom)</datasource>
      <layername>routes</layername>
    </maplayer>
  </projectlayers>
</qgis>
""")


def ivysettings(ctx):
    ctx.add("build/ivysettings.xml", f"""<ivysettings>
  <settings defaultResolver="main"/>
  <credentials host="repo.{ctx.suffix}" realm="Artifactory Realm" username="ivy-publisher" passwd="{ctx.spw(avoid=AV_XML + "$")}"/>
  <credentials host="mirror.{ctx.suffix}" realm="Sonatype Nexus Repository Manager" username="reader" passwd="{ctx.N("${nexus.password}", "reference-ivy-property")}"/>
  <resolvers>
    <chain name="main">
      <ibiblio name="internal" m2compatible="true" root="https://repo.{ctx.suffix}/artifactory/libs-release"/>
    </chain>
  </resolvers>
</ivysettings>
""")


def openfortivpn(ctx):
    u = ctx.person()
    ctx.add("ops/vpn/openfortivpn-%s.conf" % u.handle, f"""# openfortivpn -c this file
host = vpn.{ctx.domain}
port = 10443
username = {u.handle}
password = {ctx.spw(avoid=" ")}
trusted-cert = {N.hash_(ctx, "sha256-hex")}
set-dns = 0
pppd-use-peerdns = 0
""")


def vpnc(ctx):
    ctx.add("ops/vpn/vpnc-site.conf", f"""IPSec gateway vpn-legacy.{ctx.domain}
IPSec ID {ctx.theme['dir'].split('-')[0]}-field
IPSec secret {ctx.spw("ipsec-group-secret", avoid=" ")}
IKE Authmode psk
Xauth username field-laptop
Xauth password {ctx.spw(avoid=" ")}
NAT Traversal Mode natt
""")


def rprofile(ctx):
    ctx.add("analysis/.Rprofile", f"""options(repos = c(CRAN = "https://cran.rstudio.com"), width = 120)
Sys.setenv(TZ = "UTC")
Sys.setenv(GITHUB_PAT = "{ctx.stok("github-classic-pat")}")
# the ERDDAP/warehouse login comes from the OS keyring
wh_pass <- {ctx.N('keyring::key_get("warehouse", "analyst")', "reference-keyring")}
if (interactive()) message("profile loaded for ", Sys.info()[["user"]])
""")


def roundcube(ctx):
    ctx.add("mail/roundcube/config.inc.php", f"""<?php
$config = [];
$config['db_dsnw'] = '{uri(ctx, "mysql", "roundcube", "localhost", 3306, "roundcubemail")}';
$config['imap_host'] = 'ssl://imap.{ctx.suffix}:993';
$config['smtp_host'] = 'tls://smtp.{ctx.suffix}:587';
$config['support_url'] = 'https://helpdesk.{ctx.suffix}';
$config['des_key'] = '{ctx.sgen("encryption-key", "alnum", 24)}';
$config['plugins'] = ['archive', 'zipdownload', 'managesieve'];
$config['language'] = '{ctx.lang}_{ctx.lang.upper()}';
""")


def sogo(ctx):
    ctx.add("mail/sogo/sogo.conf", f"""{{
  SOGoProfileURL = "{uri(ctx, "postgresql", "sogo", "localhost", 5432, "sogo/sogo_user_profile")}";
  OCSFolderInfoURL = "{uri(ctx, "postgresql", "sogo", "localhost", 5432, "sogo/sogo_folder_info")}";
  SOGoUserSources = (
    {{
      type = ldap;
      CNFieldName = cn;
      UIDFieldName = uid;
      baseDN = "ou=people,dc={ctx.domain.split('.')[0]},dc=lan";
      bindDN = "uid=sogo,ou=services,dc={ctx.domain.split('.')[0]},dc=lan";
      bindPassword = "{ctx.spw("ldap-bind-password", avoid=AV_DQ + ";")}";
      hostname = "ldaps://ldap.{ctx.suffix}";
      id = directory;
    }}
  );
  SOGoTimeZone = "Europe/Paris";
}}
""")


def libvirt(ctx):
    name = "%s-%02d" % (app(ctx), ctx.randint(1, 9))
    ctx.add("virt/%s.xml" % name, f"""<domain type='kvm'>
  <name>{name}</name>
  <uuid>{ctx.N(V.uuid4(ctx.rng), "id-uuid")}</uuid>
  <memory unit='KiB'>4194304</memory>
  <vcpu placement='static'>2</vcpu>
  <os><type arch='x86_64' machine='pc-q35-8.2'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/{name}.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <interface type='bridge'>
      <mac address='{V.mac(ctx.rng).lower()}'/>
      <source bridge='br-ops'/>
      <model type='virtio'/>
    </interface>
    <graphics type='spice' autoport='yes' listen='0.0.0.0' passwd='{ctx.spw("console-password", avoid=AV_XML, style=ctx.choice(["alnum", "human", "leet"]))}'/>
  </devices>
</domain>
""")


def autoinstall(ctx):
    ctx.add("provision/autoinstall/user-data", f"""#cloud-config
autoinstall:
  version: 1
  locale: en_US.UTF-8
  identity:
    hostname: {app(ctx)}-node
    username: ops
    password: "{N.hash_(ctx, "sha512crypt")}"
  ssh:
    install-server: true
    allow-pw: false
  late-commands:
    - curtin in-target -- useradd -m -s /bin/bash svc-backup
    - "echo 'svc-backup:{ctx.spw(avoid=AV_DQ + "':")}' | chpasswd --root /target"
    - curtin in-target -- systemctl enable ssh
""")


def hammer(ctx):
    ctx.add("ops/.hammer/cli.modules.d/foreman.yml", f""":foreman:
  :enable_module: true
  :host: 'https://foreman.{ctx.suffix}/'
  :username: 'admin'
  :password: '{ctx.spw(avoid=AV_SQ)}'
  :refresh_cache: false
  :request_timeout: 120
""")


def observium(ctx):
    ctx.add("monitoring/observium/config.php", f"""<?php
$config['db_extension'] = 'mysqli';
$config['db_host']      = 'localhost';
$config['db_user']      = 'observium';
$config['db_pass']      = '{ctx.spw(avoid=AV_SQ)}';
$config['db_name']      = 'observium';
$config['snmp']['community'] = array("{ctx.N("public", "snmp-read-community-public")}");
$config['auth_mechanism'] = "mysql";
$config['base_url'] = "https://nms.{ctx.suffix}";
""")


def cacti(ctx):
    ctx.add("monitoring/cacti/include/config.php", f"""<?php
$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = '{ctx.spw(avoid=AV_SQ)}';
$database_port     = '3306';
$database_retries  = 5;
$database_ssl      = false;
$poller_id = 1;
$url_path = '/cacti/';
""")


def smokeping(ctx):
    ctx.add("monitoring/smokeping/smokeping_secrets.dist", f"""{ctx.choice(["osl", "ath", "lis", "mrs"])}-probe:{ctx.spw("probe-shared-secret", avoid=": ")}
{ctx.choice(["site2", "dc2", "pop2"])}-probe:{ctx.spw("probe-shared-secret", avoid=": ")}
""")


def nautobot(ctx):
    ctx.add("netops/nautobot_config.py", f"""import os
from nautobot.core.settings import *  # noqa: F401,F403

ALLOWED_HOSTS = ["nautobot.{ctx.suffix}"]
SECRET_KEY = "{ctx.sgen("framework-secret", "urlsafe", 50)}"
DATABASES = {{
    "default": {{
        "NAME": "nautobot",
        "USER": "nautobot",
        "PASSWORD": {N.lang_ref(ctx, "NAUTOBOT_DB_PASSWORD", "python-get")},
        "HOST": "pg.{ctx.suffix}",
    }}
}}
NAPALM_USERNAME = "netauto"
NAPALM_PASSWORD = "{ctx.spw(avoid=AV_DQ)}"
""")


def knot(ctx):
    ctx.add("dns/knot.conf", f"""server:
    listen: [0.0.0.0@53, ::@53]
    rundir: "/run/knot"

key:
  - id: xfr.{ctx.domain}.
    algorithm: hmac-sha256
    secret: {ctx.sgen("tsig-secret", "b64", 32)}

remote:
  - id: secondary
    address: 192.0.2.53
    key: xfr.{ctx.domain}.

zone:
  - domain: {ctx.domain}
    notify: secondary
    acl: [secondary]
""")


def cloudflared(ctx):
    tid = V.uuid4(ctx.rng)
    ctx.add("edge/cloudflared/%s.json" % tid, f"""{{"AccountTag":"{ctx.N(V.hexs(ctx.rng, 32), "id-cloudflare-account")}",
"TunnelSecret":"{ctx.sgen("tunnel-secret", "b64", 32)}",
"TunnelID":"{ctx.N(tid, "id-uuid")}",
"Endpoint":""}}
""")


def frpc(ctx):
    ctx.add("edge/frpc.toml", f"""serverAddr = "relay.{ctx.domain}"
serverPort = 7000
auth.method = "token"
auth.token = "{ctx.sgen("relay-token", "alnum", 32)}"

[[proxies]]
name = "plc-ssh"
type = "stcp"
secretKey = "{ctx.spw("relay-token", avoid=AV_DQ)}"
localIP = "127.0.0.1"
localPort = 22
""")


def netbird(ctx):
    ctx.add("vpn/netbird/management.json", f"""{{
    "Stuns": [{{"Proto": "udp", "URI": "stun:relay.{ctx.domain}:3478"}}],
    "TURNConfig": {{
        "Turns": [{{"Proto": "udp", "URI": "turn:relay.{ctx.domain}:3478", "Username": "self", "Password": null}}],
        "CredentialsTTL": "12h",
        "Secret": "{ctx.sgen("turn-secret", "alnum", 32)}",
        "TimeBasedCredentials": false
    }},
    "Signal": {{"Proto": "https", "URI": "signal.{ctx.domain}:443"}},
    "DataStoreEncryptionKey": "{ctx.sgen("encryption-key", "b64", 32)}",
    "HttpConfig": {{"AuthAudience": "{ctx.N(V.uuid4(ctx.rng), "id-oidc-client")}"}}
}}
""")


def headscale(ctx):
    ctx.add("vpn/headscale/config.yaml", f"""server_url: https://hs.{ctx.domain}
listen_addr: 0.0.0.0:8080
noise:
  private_key_path: {ctx.N("/var/lib/headscale/noise_private.key", "reference-file-path")}
prefixes:
  v4: 100.64.0.0/10
database:
  type: sqlite
  sqlite:
    path: /var/lib/headscale/db.sqlite
oidc:
  issuer: https://sso.{ctx.domain}/application/o/headscale/
  client_id: {ctx.N(V.rstr(ctx.rng, V.ALNUM, 40), "id-oidc-client")}
  client_secret: {ctx.sgen("oidc-client-secret", "alnum", 64)}
  allowed_domains:
    - {ctx.domain}
""")


def unifi_gateway(ctx):
    ctx.add("network/unifi/config.gateway.json", f"""{{
  "interfaces": {{
    "ethernet": {{
      "eth0": {{
        "pppoe": {{
          "2": {{
            "user-id": "{ctx.theme['dir'].split('-')[0]}@isp-business",
            "password": "{ctx.spw(avoid=AV_DQ)}",
            "default-route": "auto"
          }}
        }}
      }}
    }}
  }},
  "service": {{
    "radius-server": {{
      "secret": "{ctx.spw("radius-secret", avoid=AV_DQ)}"
    }}
  }}
}}
""")


def opensips(ctx):
    ctx.add("voice/opensips.cfg", f"""log_level=2
socket=udp:0.0.0.0:5060
loadmodule "db_mysql.so"
loadmodule "usrloc.so"
modparam("usrloc", "db_url", "{uri(ctx, "mysql", "opensips", "db." + ctx.suffix, 3306, "opensips")}")
loadmodule "auth_db.so"
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
route {{
    if (!mf_process_maxfwd_header(10)) {{ send_reply(483, "Too Many Hops"); exit; }}
}}
""")


def znc(ctx):
    u = ctx.person()
    ctx.add("irc/znc/znc.conf", f"""Version = 1.9.0
<Listener listener0>
	AllowIRC = true
	AllowWeb = true
	Port = 6697
	SSL = true
</Listener>
<User {u.handle}>
	Admin = true
	Nick = {u.handle}
	<Pass password>
		Method = sha256
		Hash = {N.hash_(ctx, "sha256-hex")}
		Salt = {ctx.N(V.rstr(ctx.rng, V.ALNUM + "!?", 20), "hash-salt")}
	</Pass>
	<Network ops>
		Server = irc.{ctx.suffix} +6697 {ctx.spw("irc-server-password", avoid=" ")}
		Chan = #ops
	</Network>
</User>
""")


def hexchat(ctx):
    u = ctx.person()
    ctx.add("irc/hexchat/servlist.conf", f"""v=2.16.2

N=Libera.Chat
L=6
E=UTF-8 (Unicode)
F=19
D=0
S=irc.libera.chat

N=OpsIRC
I={u.handle}
i={u.handle}_
U={u.handle}
P={ctx.spw("irc-server-password", avoid=" ")}
L=7
E=UTF-8 (Unicode)
F=23
D=0
S=irc.{ctx.suffix}/+6697
J=#ops
""")


def sensu(ctx):
    ctx.add("monitoring/sensu/agent.yml", f"""backend-url:
  - "wss://sensu.{ctx.suffix}:8081"
name: "{app(ctx)}-01"
namespace: "default"
user: "agent"
password: "{ctx.spw(avoid=AV_DQ)}"
subscriptions:
  - linux
  - {app(ctx)}
keepalive-interval: 20
""")


def opensearch_dash(ctx):
    ctx.add("logging/opensearch_dashboards.yml", f"""server.host: 0.0.0.0
opensearch.hosts: [https://os-1.{ctx.suffix}:9200, https://os-2.{ctx.suffix}:9200]
opensearch.ssl.verificationMode: full
opensearch.username: kibanaserver
opensearch.password: "{ctx.spw(avoid=AV_DQ)}"
opensearch.requestHeadersAllowlist: [authorization, securitytenant]
opensearch_security.multitenancy.enabled: true
opensearch_security.cookie.secure: true
opensearch_security.cookie.password: "{ctx.sgen("cookie-secret", "alnum", 40)}"
""")


def rsyslog(ctx):
    ctx.add("logging/rsyslog.d/60-opensearch.conf", f"""module(load="omelasticsearch")
template(name="json-syslog" type="list" option.json="on") {{
  constant(value="{{\\"@timestamp\\":\\"")
  property(name="timereported" dateFormat="rfc3339")
  constant(value="\\",\\"host\\":\\"")
  property(name="hostname")
  constant(value="\\",\\"message\\":\\"")
  property(name="msg" format="json")
  constant(value="\\"}}")
}}
action(type="omelasticsearch" server="os-1.{ctx.suffix}" serverport="9200" usehttps="on"
       template="json-syslog" searchIndex="syslog" bulkmode="on"
       uid="rsyslog" pwd="{ctx.spw(avoid=AV_DQ)}")
""")


def syslogng(ctx):
    ctx.add("logging/syslog-ng/conf.d/http.conf", f"""destination d_logs_http {{
    http(
        url("https://logs.{ctx.domain}/api/v1/ingest")
        method("POST")
        user("syslog-ng")
        password("{ctx.spw(avoid=AV_DQ)}")
        headers("Content-Type: application/json")
        body("$(format-json --scope rfc5424 --key ISODATE)")
    );
}};
log {{ source(s_sys); destination(d_logs_http); }};
""")


def redis_acl(ctx):
    ctx.add("data/redis/users.acl", f"""user default off
user app on >{ctx.spw(avoid=" ")} ~app:* &* +@all -@dangerous
user worker on >{ctx.spw(avoid=" ")} ~jobs:* +@list +@connection
user metrics on {N.hash_(ctx, "redis-acl-sha256")} ~* +info +ping +client|list
""")


def mongodb_keyfile(ctx):
    s = V.b64e(V.rbytes(ctx.rng, 756))
    body = "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
    ctx.corpus.used.add(body)
    ctx.add("data/mongodb/mongod.conf", f"""storage:
  dbPath: /var/lib/mongodb
net:
  port: 27017
  bindIp: 0.0.0.0
  tls:
    mode: requireTLS
    certificateKeyFile: /etc/mongodb/tls/server.pem
security:
  authorization: enabled
  keyFile: {ctx.N("/etc/mongodb/keyfile", "reference-file-path")}
replication:
  replSetName: rs0
""")
    ctx.add("data/mongodb/keyfile", ctx.S(body, "mongodb-replica-keyfile") + "\n")


def memcached_sasl(ctx):
    ctx.add("data/memcached/memcached-sasl-pwdb", "%s:%s\n%s:%s\n" % (
        app(ctx), ctx.spw(avoid=": "), "sessions", ctx.spw(avoid=": ")))


def ceph_keyring(ctx):
    raw = struct.pack("<HIIH", 1, ctx.randint(1_600_000_000, 1_760_000_000), 0, 16) + V.rbytes(ctx.rng, 16)
    key = ctx.uniq(lambda: base64.b64encode(raw).decode())
    ctx.add("storage/ceph/ceph.client.%s.keyring" % app(ctx), f"""[client.{app(ctx)}]
\tkey = {ctx.S(key, "ceph-key")}
\tcaps mon = "profile rbd"
\tcaps osd = "profile rbd pool=vms"
""")


def nanomq_bridge(ctx):
    v = ctx.choice(ctx.theme["vendors"])[0].split(" ")[0].lower()
    ctx.add("edge/nanomq/nanomq.conf", f"""mqtt {{
    max_packet_size = 1MB
}}
listeners.tcp {{
    bind = "0.0.0.0:1883"
}}
bridges.mqtt.{v} {{
    server = "mqtt-tls://mqtt.{v}.example:8883"
    proto_ver = 4
    clientid = "{ctx.theme['dir']}-edge-{ctx.randint(1, 9)}"
    username = "{ctx.theme['dir']}"
    password = "{ctx.spw(avoid=AV_DQ + "$")}"
    ssl {{
        cacertfile = "/etc/certs/{v}-ca.pem"
    }}
    forwards = [
        {{ remote_topic = "{ctx.theme['dir']}/telemetry/#", local_topic = "telemetry/#" }}
    ]
}}
""")


def teleport(ctx):
    ctx.add("access/teleport.yaml", f"""version: v3
teleport:
  nodename: {app(ctx)}-bastion
  data_dir: /var/lib/teleport
  join_params:
    token_name: {ctx.sgen("join-token", "hex", 32)}
    method: token
  proxy_server: teleport.{ctx.domain}:443
  ca_pin: "sha256:{N.hash_(ctx, "sha256-hex")}"
ssh_service:
  enabled: true
  labels:
    env: prod
auth_service:
  enabled: false
proxy_service:
  enabled: false
""")


def crowdsec(ctx):
    ctx.add("security/crowdsec/local_api_credentials.yaml", f"""url: http://127.0.0.1:8080
login: {ctx.N(V.hexs(ctx.rng, 32) + V.rstr(ctx.rng, V.ALNUM, 16), "id-crowdsec-machine")}
password: {ctx.sgen("machine-password", "alnum", 64)}
""")


def fail2ban(ctx):
    ctx.add("security/fail2ban/action.d/abuseipdb.local", f"""[Definition]
norestored = 1

[Init]
abuseipdb_apikey = {ctx.sgen("abuseipdb-api-key", "hex", 80)}
abuseipdb_category = 18,22
""")


def thanos(ctx):
    a, b = ctx.reg.pair(ctx.uniq(lambda: V.rstr(ctx.rng, V.UPPER + V.DIGITS, 20)),
                        ctx.uniq(lambda: V.rstr(ctx.rng, V.ALNUM + "+/", 40)), "s3-compatible-keys", "generic")
    ctx.add("monitoring/thanos/objstore.yml", f"""type: S3
config:
  bucket: thanos-metrics
  endpoint: s3.{ctx.suffix}:9000
  insecure: false
  access_key: {a}
  secret_key: {b}
prefix: {ctx.theme['dir']}
""")


def vmagent(ctx):
    ctx.add("monitoring/vmagent.env", f"""# EnvironmentFile for vmagent.service
ARGS="-promscrape.config=/etc/vmagent/scrape.yml -remoteWrite.url=https://vm.{ctx.domain}/api/v1/write -remoteWrite.basicAuth.username=vmagent-{ctx.randint(1, 9)} -remoteWrite.basicAuth.password={ctx.spw(avoid=AV_DQ + " ")} -remoteWrite.tmpDataPath=/var/lib/vmagent"
""")


def velero(ctx):
    a, b = ctx.spair("aws-access-key")
    ctx.add("k8s/velero/credentials-velero", f"""[default]
aws_access_key_id={a}
aws_secret_access_key={b}
""")


def metallb(ctx):
    ctx.add("k8s/metallb/bgp-peers.yaml", f"""apiVersion: metallb.io/v1beta2
kind: BGPPeer
metadata:
  name: core-rtr-a
  namespace: metallb-system
spec:
  myASN: 64512
  peerASN: 64600
  peerAddress: 10.{ctx.randint(0, 254)}.0.1
  password: "{ctx.spw("bgp-md5-password", avoid=AV_DQ)}"
---
apiVersion: metallb.io/v1beta2
kind: BGPPeer
metadata:
  name: core-rtr-b
  namespace: metallb-system
spec:
  myASN: 64512
  peerASN: 64600
  peerAddress: 10.{ctx.randint(0, 254)}.0.2
  passwordSecret:
    name: bgp-rtr-b
    namespace: metallb-system
""")


KINDS = [
    ("qgis", qgis, GIS), ("ivysettings", ivysettings), ("openfortivpn", openfortivpn), ("vpnc", vpnc), ("rprofile", rprofile),
    ("roundcube", roundcube), ("sogo", sogo), ("libvirt", libvirt), ("autoinstall", autoinstall), ("hammer", hammer),
    ("observium", observium), ("cacti", cacti), ("smokeping", smokeping), ("nautobot", nautobot), ("knot", knot),
    ("cloudflared", cloudflared), ("frpc", frpc), ("netbird", netbird), ("headscale", headscale),
    ("unifi-gateway", unifi_gateway), ("opensips", opensips), ("znc", znc), ("hexchat", hexchat), ("sensu", sensu),
    ("opensearch-dashboards", opensearch_dash), ("rsyslog", rsyslog), ("syslog-ng", syslogng), ("redis-acl", redis_acl),
    ("mongodb-keyfile", mongodb_keyfile), ("memcached-sasl", memcached_sasl), ("ceph-keyring", ceph_keyring),
    ("nanomq-bridge", nanomq_bridge), ("teleport", teleport), ("crowdsec", crowdsec), ("fail2ban", fail2ban),
    ("thanos", thanos), ("vmagent", vmagent), ("velero", velero), ("metallb", metallb),
]
