"""Tool/config file kinds, part A: proxies, tunnels, overlay networks, federated and streaming servers.
Template syntax: see core22.fill. Each entry: (kind, path, crlf, template)."""

KINDS = [
("tinyproxy", "proxy/etc/tinyproxy/tinyproxy.conf", False, """\
User tinyproxy
Group tinyproxy
Port 8888
Listen 10.20.0.5
Timeout 600
LogFile "/var/log/tinyproxy/tinyproxy.log"
MaxClients 100
Allow 10.20.0.0/16
BasicAuth ⟦user⟧ «S:pw:proxy-password»
# upstream through the head-office proxy
Upstream http ⟦user2⟧:«S:pwu:proxy-password»@proxy.⟦idom⟧:3128
# BasicAuth monitoring «N:angle=password:placeholder»
ConnectPort 443
ConnectPort 563"""),
("3proxy", "proxy/etc/3proxy/3proxy.cfg", False, """\
nserver 10.20.0.2
nscache 65536
timeouts 1 5 30 60 180 1800 15 60
log /var/log/3proxy/3proxy.log D
rotate 30
users ⟦user⟧:CL:«S:pw:proxy-password»
users backup:CR:«N:md5crypt:password-hash»
auth strong
allow ⟦user⟧,backup
proxy -p3128 -a
socks -p1080"""),
("shadowsocks-json", "tunnel/shadowsocks/config.json", False, """\
{
  "server": "0.0.0.0",
  "server_port": 8388,
  "password": "«S:pw:shadowsocks-password»",
  "method": "chacha20-ietf-poly1305",
  "timeout": 300,
  "fast_open": false,
  "plugin_opts": "«N:env=SS_PLUGIN_OPTS:reference»",
  "nameserver": "10.20.0.2"
}"""),
("xray-reality", "tunnel/xray/config.json", False, """\
{
  "log": {"loglevel": "warning"},
  "inbounds": [{
    "port": 443,
    "protocol": "vless",
    "settings": {"clients": [{"id": "«N:uuid:client-uuid»", "flow": "xtls-rprx-vision"}], "decryption": "none"},
    "streamSettings": {
      "network": "tcp",
      "security": "reality",
      "realitySettings": {
        "dest": "www.⟦dom⟧:443",
        "serverNames": ["www.⟦dom⟧"],
        "privateKey": "«S:x25519:reality-private-key»",
        "shortIds": ["«N:hex8:identifier»"]
      }
    }
  }],
  "outbounds": [{"protocol": "trojan", "settings": {"servers": [{"address": "edge.⟦dom⟧", "port": 443,
    "password": "«S:pw:trojan-password»"}]}}]
}"""),
("hysteria2", "tunnel/hysteria/config.yaml", False, """\
listen: :443
tls:
  cert: /etc/hysteria/fullchain.pem
  key: /etc/hysteria/privkey.pem
auth:
  type: password
  password: "«S:pw:hysteria-password»"
obfs:
  type: salamander
  salamander:
    password: "«S:pw:obfs-password»"
masquerade:
  type: proxy
  proxy:
    url: https://www.⟦dom⟧/
trafficStats:
  listen: 127.0.0.1:9999
  secret: "«N:env=HY_STATS_SECRET:reference»\""""),
("pritunl", "vpn/etc/pritunl.conf", False, """\
{
    "mongodb_uri": "mongodb://pritunl:«S:pwu:db-password»@mongo.⟦idom⟧:27017/pritunl?authSource=admin",
    "server_key_path": "/var/lib/pritunl/pritunl.key",
    "server_cert_path": "/var/lib/pritunl/pritunl.crt",
    "log_path": "/var/log/pritunl.log",
    "static_cache": true,
    "port": 443,
    "bind_addr": "0.0.0.0",
    "www_path": "/usr/share/pritunl/www",
    "local_address_interface": "auto"
}"""),
("chisel-unit", "tunnel/etc/systemd/system/chisel-server.service", False, """\
[Unit]
Description=chisel tunnel server for the ⟦sys⟧
After=network-online.target

[Service]
ExecStart=/usr/local/bin/chisel server --port 8443 --reverse --auth ⟦user⟧:«S:pw:tunnel-password»
Restart=always
User=chisel
# fingerprint of the server key, shown to clients
Environment=CHISEL_FP=«N:fpr:fingerprint»

[Install]
WantedBy=multi-user.target"""),
("gost-yaml", "tunnel/gost/gost.yml", False, """\
services:
- name: service-0
  addr: ":8080"
  handler:
    type: http
    auth:
      username: ⟦user⟧
      password: "«S:pw:proxy-password»"
  listener:
    type: tcp
  forwarder:
    nodes:
    - name: target-0
      addr: ⟦h1⟧:3306
      auth:
        username: relay
        password: "«N:tmpl=relay_password:template»\""""),
("torrc", "tor/etc/tor/torrc", False, """\
SocksPort 9050
ControlPort 9051
HashedControlPassword «N:torhash:password-hash»
HiddenServiceDir /var/lib/tor/⟦sys_slug⟧/
HiddenServicePort 80 127.0.0.1:8080
ClientOnionAuthDir /var/lib/tor/onion_auth
Log notice file /var/log/tor/notices.log"""),
("tor-auth-private", "tor/var/lib/tor/onion_auth/partner.auth_private", False, """\
«S:onionauth:onion-client-auth-key»"""),
("yggdrasil", "overlay/etc/yggdrasil.conf", False, """\
{
  Peers: [
    tls://ygg.⟦dom⟧:443
  ]
  Listen: []
  AdminListen: unix:///var/run/yggdrasil.sock
  MulticastInterfaces: [{ Regex: "eth0", Beacon: true, Listen: true, Port: 0 }]
  AllowedPublicKeys: ["«N:hex64:public-key»"]
  PrivateKey: «S:hex128:yggdrasil-private-key»
  IfName: auto
  IfMTU: 65535
}"""),
("pleroma-secret-exs", "fedi/config/prod.secret.exs", False, """\
import Config

config :pleroma, Pleroma.Web.Endpoint,
  url: [host: "social.⟦dom⟧", scheme: "https", port: 443],
  http: [ip: {127, 0, 0, 1}, port: 4000],
  secret_key_base: "«S:b64_48:framework-secret»",
  signing_salt: "«S:alnum8:signing-salt»"

config :pleroma, Pleroma.Repo,
  adapter: Ecto.Adapters.Postgres,
  username: "pleroma",
  password: "«S:pw:db-password»",
  database: "pleroma",
  hostname: "db.⟦idom⟧"

config :web_push_encryption, :vapid_details,
  subject: "mailto:⟦email⟧",
  public_key: "«N:vapidpub:public-key»",
  private_key: "«S:b64u32:vapid-private-key»\""""),
("misskey", "fedi/.config/default.yml", False, """\
url: https://notes.⟦dom⟧/
port: 3000
db:
  host: db.⟦idom⟧
  port: 5432
  db: misskey
  user: misskey
  pass: "«S:pw:db-password»"
redis:
  host: redis.⟦idom⟧
  port: 6379
  pass: "«S:pw:redis-password»"
id: 'aidx'
proxyBypassHosts:
  - api.deepl.com"""),
("peertube", "fedi/config/production.yaml", False, """\
listen:
  hostname: '127.0.0.1'
  port: 9000
webserver:
  https: true
  hostname: 'video.⟦dom⟧'
  port: 443
secrets:
  peertube: '«S:hex64:framework-secret»'
database:
  hostname: 'db.⟦idom⟧'
  port: 5432
  username: 'peertube'
  password: '«S:pw:db-password»'
smtp:
  hostname: smtp.⟦idom⟧
  port: 587
  username: 'video@⟦dom⟧'
  password: '«S:pw:smtp-password»'
admin:
  email: '⟦email⟧'"""),
("lemmy-hjson", "fedi/lemmy.hjson", False, """\
{
  # for more info about the config, check out the documentation
  hostname: forum.⟦dom⟧
  database: {
    host: db.⟦idom⟧
    user: lemmy
    password: "«S:pw:db-password»"
    database: lemmy
  }
  setup: {
    admin_username: ⟦user⟧
    admin_password: "«S:pw:admin-password»"
    site_name: "⟦org⟧ forum"
  }
  email: {
    smtp_server: "smtp.⟦idom⟧:587"
    smtp_login: "forum@⟦dom⟧"
    smtp_password: "«N:env=SMTP_PASSWORD:reference»"
    tls_type: starttls
  }
}"""),
("dendrite", "matrix/dendrite.yaml", False, """\
version: 2
global:
  server_name: ⟦dom⟧
  private_key: matrix_key.pem
  database:
    connection_string: postgresql://dendrite:«S:pwu:db-password»@db.⟦idom⟧/dendrite?sslmode=require
    max_open_conns: 90
client_api:
  registration_disabled: true
  registration_shared_secret: "«S:alnum32:registration-secret»"
  recaptcha_public_key: "«N:pub=recaptcha-site:public-by-design»"
  recaptcha_private_key: ""
  turn:
    turn_shared_secret: "«S:alnum32:turn-secret»\""""),
("openfire", "xmpp/conf/openfire.xml", False, """\
<?xml version="1.0" encoding="UTF-8"?>
<jive>
  <adminConsole>
    <port>9090</port>
    <securePort>9091</securePort>
  </adminConsole>
  <locale>⟦lang⟧</locale>
  <connectionProvider>
    <className>org.jivesoftware.database.DefaultConnectionProvider</className>
  </connectionProvider>
  <database>
    <defaultProvider>
      <driver>org.postgresql.Driver</driver>
      <serverURL>jdbc:postgresql://db.⟦idom⟧:5432/openfire</serverURL>
      <username>openfire</username>
      <password>«S:pw:db-password»</password>
      <testSQL>select 1</testSQL>
    </defaultProvider>
  </database>
  <setup>true</setup>
</jive>"""),
("tigase-tdsl", "xmpp/etc/config.tdsl", False, """\
admins = [ '⟦user⟧@⟦dom⟧' ]
'config-type' = 'default'
debug = [ 'server' ]
'default-virtual-host' = '⟦dom⟧'
dataSource () {
    default () {
        uri = 'jdbc:postgresql://db.⟦idom⟧/tigasedb?user=tigase&password=«S:pwu:db-password»'
    }
}
'sess-man' () {
    'amp' () {}
}
'c2s' () {
    seeOtherHost (active: false) {}
}"""),
("mongooseim-toml", "xmpp/etc/mongooseim.toml", False, """\
[general]
  loglevel = "warning"
  hosts = ["⟦dom⟧"]
  default_server_domain = "⟦dom⟧"

[outgoing_pools.rdbms.default]
  scope = "global"
  workers = 5

  [outgoing_pools.rdbms.default.connection]
    driver = "pgsql"
    host = "db.⟦idom⟧"
    database = "mongooseim"
    username = "mongooseim"
    password = "«S:pw:db-password»"

[s2s]
  default_policy = "deny"
  [s2s.shared]
    secret = "«S:alnum24:s2s-secret»\""""),
("galene-group", "video/groups/⟦sys_slug⟧.json", False, """\
{
    "op": [{"username": "⟦user⟧", "password": "«S:pw:conference-password»"}],
    "presenter": [{"username": "trainer", "password": "«S:pw:conference-password»"}],
    "other": [{"username": "guest", "password": {"type": "pbkdf2", "hash": "«N:hex64:password-hash»",
      "salt": "6c1f0e2a9b3d4c5e", "iterations": 4096}}],
    "allow-recording": true,
    "autolock": true,
    "description": "⟦sys⟧ briefing room"
}"""),
("livekit", "video/livekit.yaml", False, """\
port: 7880
rtc:
  tcp_port: 7881
  port_range_start: 50000
  port_range_end: 60000
  use_external_ip: true
redis:
  address: redis.⟦idom⟧:6379
  password: «S:pw:redis-password»
keys:
  «PAIRL:livekit»
webhook:
  api_key: «N:ref=keys.api_key:reference»
  urls:
    - https://hooks.⟦dom⟧/livekit"""),
("ovenmediaengine", "video/conf/Server.xml", False, """\
<?xml version="1.0" encoding="UTF-8"?>
<Server version="8">
	<Name>OvenMediaEngine</Name>
	<Type>origin</Type>
	<IP>*</IP>
	<Managers>
		<API>
			<AccessToken>⟦user⟧:«S:pw:api-token»</AccessToken>
		</API>
	</Managers>
	<VirtualHosts>
		<VirtualHost>
			<Name>default</Name>
			<SignedPolicy>
				<PolicyQueryKeyName>policy</PolicyQueryKeyName>
				<SignatureQueryKeyName>signature</SignatureQueryKeyName>
				<SecretKey>«S:alnum32:signing-secret»</SecretKey>
			</SignedPolicy>
		</VirtualHost>
	</VirtualHosts>
</Server>"""),
("azuracast-env", "radio/azuracast.env", False, """\
APPLICATION_ENV=production
LANG=⟦lang⟧_⟦cc⟧.UTF-8
MYSQL_HOST=localhost
MYSQL_PORT=3306
MYSQL_USER=azuracast
MYSQL_PASSWORD=«S:pw:db-password»
MYSQL_DATABASE=azuracast
MYSQL_ROOT_PASSWORD=«S:pw:db-password»
AUTO_ASSIGN_PORT_MIN=8000
AUTO_ASSIGN_PORT_MAX=8499
ENABLE_REDIS=true"""),
("navidrome-toml", "media/navidrome.toml", False, """\
MusicFolder = "/srv/audio"
DataFolder = "/var/lib/navidrome"
Address = "127.0.0.1"
Port = 4533
BaseUrl = "/luister"
PasswordEncryptionKey = "«S:alnum32:encryption-key»"
LastFM.ApiKey = "«PAIR:lastfm»"
LastFM.Secret = "«SEC»"
Spotify.ID = "«N:hex32:client-id»"
Spotify.Secret = "«N:env=ND_SPOTIFY_SECRET:reference»\""""),
("airsonic-properties", "media/airsonic.properties", False, """\
#Airsonic preferences.  NOTE: This file is automatically generated.
IndexCreationInterval=1
LocaleLanguage=⟦lang⟧
DatabaseConfigType=external
DatabaseConfigExternalDriver=org.mariadb.jdbc.Driver
DatabaseConfigExternalUrl=jdbc:mariadb://db.⟦idom⟧:3306/airsonic
DatabaseConfigExternalUser=airsonic
DatabaseConfigExternalPassword=«S:pw:db-password»
SmtpServer=smtp.⟦idom⟧
SmtpUser=media@⟦dom⟧
SmtpPassword=«S:pw:smtp-password»
JWTKey=«S:alnum24:jwt-secret»"""),
("funkwhale-env", "media/funkwhale/.env", False, """\
FUNKWHALE_HOSTNAME=audio.⟦dom⟧
FUNKWHALE_PROTOCOL=https
FUNKWHALE_API_PORT=5000
DJANGO_SECRET_KEY=«S:alnum50:framework-secret»
DATABASE_URL=postgresql://funkwhale:«S:pwu:db-password»@db.⟦idom⟧:5432/funkwhale
CACHE_URL=redis://redis.⟦idom⟧:6379/0
EMAIL_CONFIG=smtp+tls://media%40⟦dom⟧:«S:pwu:smtp-password»@smtp.⟦idom⟧:587
AWS_SECRET_ACCESS_KEY=«N:angle=secret:placeholder»"""),
]
