"""Second layer: legacy ops files, host directories, startup log."""

import vals11 as V


def _u(t):
    return t.r.pick(["svc_" + t.slug[:8].replace("-", ""), "ops", "backup", t.handle(t.r.randint(0, 8)), "sync"])


# ------------------------------------------------------------------ legacy ops files (22)
def lg_rclone(t, d):
    reg = d.R("aws-access-key")
    t.c.provider_cats.add("aws-access-key")
    return ".config/rclone/rclone.conf", """[offsite]
type = s3
provider = AWS
access_key_id = %s%s
secret_access_key = %s%s
region = eu-west-1

[nas]
type = smb
host = nas.%s
user = %s
""" % (reg.B, reg.A("AKIA" + t.r.b32(16), "pair-id", True), reg.A(t.r.b64(40)), reg.E, t.domain, _u(t))


def lg_proftpd(t, d):
    return "etc/proftpd/sql.conf", """<IfModule mod_sql.c>
  SQLBackend mysql
  SQLAuthTypes Crypt
  SQLConnectInfo ftpusers@%s proftpd %s
  SQLUserInfo ftpuser userid passwd uid gid homedir shell
</IfModule>
""" % (t.host("db"), d.S(t.r.pw("strong"), "ftp-sql-password"))


def lg_chap(t, d):
    return "etc/ppp/chap-secrets", """# Secrets for authentication using CHAP
# client        server  secret                  IP addresses
%-15s *       %s    *
""" % (t.slug[:12], d.S(t.r.pw(), "chap-secret"))


def lg_transifex(t, d):
    return ".transifexrc", """[https://www.transifex.com]
rest_hostname = https://rest.api.transifex.com
token = %s
""" % d.S("1/" + t.r.hex(40), "transifex-token", "provider")


def lg_irssi(t, d):
    return ".irssi/config", """servers = (
  {
    address = "irc.%s";
    chatnet = "%s";
    port = "6697";
    use_tls = "yes";
    password = "%s";
    autoconnect = "yes";
  }
);
""" % (t.domain, t.slug[:8], d.S(t.r.pw(), "irc-server-password"))


def lg_mutt(t, d):
    u = t.mail(t.r.randint(0, 8))
    return ".muttrc", """set imap_user = "%s"
set imap_pass = "%s"
set folder = "imaps://mail.%s/"
set smtp_url = "smtps://%s@mail.%s:465/"
set ssl_force_tls = yes
""" % (u, d.S(t.r.pw(), "imap-password"), t.domain, u.replace("@", "%40"), t.domain)


def lg_aerc(t, d):
    u = t.handle(t.r.randint(0, 8))
    return ".config/aerc/accounts.conf", """[%s]
source        = imaps://%s:%s@mail.%s
outgoing      = smtps://%s@mail.%s
default       = INBOX
from          = %s <%s@%s>
""" % (t.org, u, d.S(t.r.uri_pw(), "imap-uri"), t.domain, u, t.domain, t.person(1), u, t.domain)


def lg_svn(t, d):
    pw = t.r.pw()
    return ".subversion/auth/svn.simple/%s" % t.r.hex(32), """K 8
passtype
V 6
simple
K 8
password
V %d
%s
K 15
svn:realmstring
V 40
<https://svn.%s:443> Subversion
K 8
username
V 6
deploy
END
""" % (len(pw), d.S(pw, "svn-password"), t.domain)


def lg_apt(t, d):
    return "etc/apt/auth.conf.d/vendor.conf", "machine apt.%s\nlogin %s\npassword %s\n" % (
        t.domain, _u(t), d.S(t.r.pw("strong"), "apt-repo-password"))


def lg_pip(t, d):
    return ".config/pip/pip.conf", """[global]
index-url = https://%s:%s@pypi.%s/simple
timeout = 30
""" % (_u(t), d.S(t.r.uri_pw(), "package-index-password"), t.domain)


def lg_rabbit(t, d):
    return "etc/rabbitmq/rabbitmq.conf", """listeners.ssl.default = 5671
default_user = %s
default_pass = %s
management.tcp.port = 15672
""" % (t.slug[:10], d.S(t.r.pw(), "rabbitmq-password"))


def lg_nm(t, d):
    return "etc/NetworkManager/system-connections/%s-staff.nmconnection" % t.slug[:10], """[connection]
id=%s-staff
uuid=%s
type=wifi

[wifi]
ssid=%s-staff

[wifi-security]
key-mgmt=wpa-psk
psk=%s
""" % (t.slug[:10], d.N(t.r.uuid(), "uuid"), t.slug[:10].upper(), d.S(t.r.phrase(), "wifi-psk"))


def lg_hostapd(t, d):
    return "etc/hostapd/hostapd.conf", """interface=wlan0
ssid=%s-iot
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_passphrase=%s
""" % (t.slug[:10], d.S(t.r.pw(), "wifi-psk"))


def lg_ddclient(t, d):
    return "etc/ddclient.conf", """protocol=dyndns2
use=web
server=members.dyndns.org
login=%s
password='%s'
gw.%s
""" % (t.slug[:10], d.S(t.r.pw(), "ddns-password"), t.domain)


def lg_ssmtp(t, d):
    return "etc/ssmtp/ssmtp.conf", """root=postmaster
mailhub=smtp.%s:587
AuthUser=alerts@%s
AuthPass=%s
UseSTARTTLS=YES
""" % (t.domain, t.domain, d.S(t.r.pw(), "smtp-password"))


def lg_proxychains(t, d):
    return "etc/proxychains.conf", """strict_chain
proxy_dns
[ProxyList]
socks5 10.%d.%d.5 1080 %s %s
""" % (t.r.randint(1, 250), t.r.randint(1, 250), _u(t), d.S(t.r.pw(), "proxy-password"))


def lg_cups(t, d):
    return "etc/cups/printers.conf", """<Printer office-mfp>
Info Front office MFP
DeviceURI smb://%s:%s@fs01.%s/office-mfp
State Idle
Accepting Yes
</Printer>
""" % (_u(t), d.S(t.r.uri_pw(), "printer-smb-password"), t.domain)


def lg_debiancnf(t, d):
    return "etc/mysql/debian.cnf", """[client]
host     = localhost
user     = debian-sys-maint
password = %s
socket   = /var/run/mysqld/mysqld.sock
""" % d.S(t.r.an(16), "mysql-password")


def lg_nslcd(t, d):
    return "etc/nslcd.conf", """uri ldaps://ldap.%s/
base dc=%s,dc=local
binddn cn=nslcd,ou=services,dc=%s,dc=local
bindpw %s
tls_reqcert demand
""" % (t.domain, t.slug[:10], t.slug[:10], d.S(t.r.pw("strong"), "ldap-bind-password"))


def lg_dnsdist(t, d):
    return "etc/dnsdist/dnsdist.conf", """newServer({address="10.0.0.53", name="resolver1"})
controlSocket("127.0.0.1:5199")
setKey("%s")
webserver("127.0.0.1:8083")
""" % d.S(V.b64s(t.r.bytes(32)), "dnsdist-console-key")


def lg_netplan(t, d):
    return "etc/netplan/60-wifi.yaml", """network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "%s-ops":
          password: "%s"
""" % (t.slug[:10].upper(), d.S(t.r.phrase(), "wifi-psk"))


def lg_upsmon(t, d):
    return "etc/nut/upsmon.conf", "MONITOR rack-ups@localhost 1 upsmon %s primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n" % (
        d.S(t.r.pw(), "ups-monitor-password"))


LEGACY = [lg_rclone, lg_proftpd, lg_chap, lg_transifex, lg_irssi, lg_mutt, lg_aerc, lg_svn, lg_apt, lg_pip,
          lg_rabbit, lg_nm, lg_hostapd, lg_ddclient, lg_ssmtp, lg_proxychains, lg_cups, lg_debiancnf, lg_nslcd,
          lg_dnsdist, lg_netplan, lg_upsmon]


def legacy(t, base):
    for fn in t.r.sample(LEGACY, t.r.randint(2, 3)):
        d = t.doc("PLACEHOLDER")
        path, text = fn(t, d)
        d.path = "%s/%s/legacy/%s" % (t.name, base, path)
        d.write(text)


# ------------------------------------------------------------------ host directories (12)
def h_vector(t, d):
    return "etc/vector/vector.toml", """[sources.journald]
type = "journald"

[sinks.loki]
type = "loki"
inputs = ["journald"]
endpoint = "https://logs.%s"
auth.strategy = "basic"
auth.user = "%s"
auth.password = "%s"
""" % (t.domain, t.slug[:10], d.S(t.r.pw(), "log-shipper-password"))


def h_fluentbit(t, d):
    return "etc/fluent-bit/fluent-bit.conf", """[OUTPUT]
    Name        es
    Match       *
    Host        es.%s
    Port        9200
    HTTP_User   fluent
    HTTP_Passwd %s
    tls         On
""" % (t.domain, d.S(t.r.pw(), "elasticsearch-password"))


def h_alloy(t, d):
    return "etc/alloy/config.alloy", """prometheus.remote_write "metrics" {
  endpoint {
    url = "https://prom.%s/api/v1/write"
    basic_auth {
      username = "%s"
      password = "%s"
    }
  }
}
""" % (t.domain, t.r.dig(6), d.S(t.r.an(40), "remote-write-password"))


def h_collectd(t, d):
    return "etc/collectd/collectd.conf.d/network.conf", """<Plugin network>
  <Server "metrics.%s" "25826">
    SecurityLevel Encrypt
    Username "%s"
    Password "%s"
  </Server>
</Plugin>
""" % (t.domain, t.slug[:10], d.S(t.r.pw(), "collectd-password"))


def h_snmp(t, d):
    reg = d.R("snmpv3-credentials")
    return "etc/snmp/snmpd.conf", """sysLocation %s server room
rocommunity %s 10.0.0.0/8
%screateUser monitor SHA "%s" AES "%s"%s
rouser monitor priv
""" % (t.city, d.N("public", "well-known-default"), reg.B, reg.A(t.r.pw("strong")), reg.A(t.r.pw("strong")), reg.E)


def h_frr(t, d):
    return "etc/frr/frr.conf", """router bgp 650%02d
 neighbor 10.255.0.1 remote-as 65000
 neighbor 10.255.0.1 password %s
!
line vty
""" % (t.r.randint(10, 99), d.S(t.r.an(18), "bgp-md5-password"))


def h_bird(t, d):
    return "etc/bird/bird.conf", """protocol ospf v2 backbone {
  area 0 {
    interface "eth1" {
      authentication cryptographic;
      password "%s" { algorithm hmac sha256; };
    };
  };
}
""" % d.S(t.r.an(20), "ospf-auth-key")


def h_duplicity(t, d):
    return "etc/default/duplicity", """TARGET=b2://%s-backup/duplicity
PASSPHRASE=%s
GPG_KEY=%s
""" % (t.slug[:12], d.S(t.r.phrase(5), "backup-passphrase"), t.r.HEX(16))


def h_wireguard(t, d):
    return "etc/wireguard/wg0.conf", """[Interface]
Address = 10.77.%d.1/24
ListenPort = 51820
PrivateKey = %s

[Peer]
PublicKey = %s
AllowedIPs = 10.77.0.0/16
Endpoint = vpn.%s:51820
""" % (t.r.randint(1, 200), d.S(V.b64s(t.r.bytes(32)), "wireguard-private-key"),
       d.N(V.b64s(t.r.bytes(32)), "wireguard-public-key"), t.domain)


def h_monit(t, d):
    return "etc/monit/monitrc", """set daemon 60
set httpd port 2812 and
    use address 0.0.0.0
    allow admin:%s
check process nginx with pidfile /run/nginx.pid
""" % d.S(t.r.an(14), "monit-password")


def h_supervisor(t, d):
    return "etc/supervisor/supervisord.conf", """[inet_http_server]
port=127.0.0.1:9001
username=ops
password=%s

[program:worker]
command=/opt/%s/bin/worker
""" % (d.S(t.r.pw(), "supervisor-password"), t.slug)


def h_nodeexp(t, d):
    return "etc/node_exporter/web-config.yml", """basic_auth_users:
  prometheus: %s
""" % d.N(t.r.bcrypt(), "password-hash")


HOSTS = [h_vector, h_fluentbit, h_alloy, h_collectd, h_snmp, h_frr, h_bird, h_duplicity, h_wireguard, h_monit,
         h_supervisor, h_nodeexp]


def hosts(t, base):
    names = t.r.sample(["app", "edge", "gw", "mon", "bk", "rtr", "log", "nas"], t.r.randint(2, 3))
    fns = t.r.sample(HOSTS, len(names))
    for n, fn in zip(names, fns):
        d = t.doc("PLACEHOLDER")
        path, text = fn(t, d)
        d.path = "%s/%s/hosts/%s%02d/%s" % (t.name, base, n, t.r.randint(1, 9), path)
        d.write(text)


# ------------------------------------------------------------------ startup log
def startup_log(t, base):
    r = t.r
    d = t.doc("%s/logs/%s-startup.log" % (base, r.pick(["api", "sync", "gateway", "worker"])))
    pw = r.uri_pw()
    style = r.pick(["plain", "json"])
    lines = [
        ("INFO", "starting %s build %s" % (t.slug, d.N(r.git_sha(), "git-sha"))),
        ("INFO", "config: stripe.secret=%s" % d.N("sk_live_" + "*" * 8 + r.an(4), "masked")),
        ("INFO", "config: smtp.password=%s" % d.N("********", "masked")),
        ("DEBUG", "config: api.token=%s" % d.N("[REDACTED]", "masked")),
        ("INFO", "request trace_id=%s" % d.N(r.trace_id(), "trace-id")),
        ("WARN", "legacy connector: opening Server=%s;Database=%s;User Id=%s;Password=%s;" % (
            t.host("sql"), t.slug[:10], _u(t), d.S(pw, "connection-string-password"))),
        ("INFO", "listening on :8080"),
    ]
    out = []
    for lvl, msg in lines:
        ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                    r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        if style == "json":
            out.append('{"ts":"%s","level":"%s","msg":"%s"}' % (ts, lvl.lower(), msg))
        else:
            out.append("%s %-5s [main] %s" % (ts, lvl, msg))
    d.write("\n".join(out) + "\n")
