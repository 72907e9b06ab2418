"""Tool and config file kinds, part A: network, messaging, observability, backup, CI runners."""

import crypto21 as C
import kit21 as K
import prov21
import vals21 as V

Q = '"\\'
SQ = "'\\"
S3_PAIRS = ["aws", "do-spaces", "cloudflare-r2", "scaleway", "backblaze-b2"]


def _wg(cx):
    sk, pk = C.wg_keypair(cx.rng)
    cx.reg.take(sk)
    return sk, pk


def vyos(cx):
    d = cx.doc("network/vyos/edge-%s.cmds" % cx.v["short"])
    d.l("# VyOS 1.4 configuration commands for the %s edge router" % cx.v["city"],
        "# apply with: configure ; source /config/scripts/edge.cmds ; commit ; save",
        "set system host-name 'edge-%s'" % cx.v["short"],
        "set system domain-name '%s'" % cx.host("net")[4:])
    pw = cx.pw(forbid=SQ + " ")
    d.s("set system login user vyos authentication plaintext-password '%s'" % pw, pw, "password-vyos-login")
    K.hsh(d, cx, "set system login user backup authentication encrypted-password '{v}'", "sha512crypt")
    d.l("set interfaces ethernet eth0 description 'WAN'")
    K.neg(d, "set interfaces ethernet eth0 hw-id '{v}'", cx.mac().lower(), "id-mac")
    if cx.chance(0.6):
        c = cx.safe_pw("alnum")
        d.s("set service snmp community %s authorization 'rw'" % c, c, "snmp-write-community")
        d.n("set service snmp community public authorization 'ro'", "public", "snmp-community-default")
    psk = cx.pw(forbid=SQ + " ")
    d.s("set vpn ipsec authentication psk HQ secret '%s'" % psk, psk, "ipsec-psk")
    d.l("set vpn ipsec authentication psk HQ id '%s'" % cx.host("edge"))
    if cx.chance(0.5):
        sk, pk = _wg(cx)
        d.s("set interfaces wireguard wg0 private-key '%s'" % sk, sk, "wireguard-private-key")
        d.n("set interfaces wireguard wg0 peer hq public-key '%s'" % pk, pk, "public-key-wireguard")
        d.l("set interfaces wireguard wg0 peer hq allowed-ips '10.20.0.0/24'")


def pfsense(cx):
    d = cx.doc("network/pfsense/config-fw-%s.xml" % cx.v["short"])
    d.l('<?xml version="1.0"?>', "<pfsense>", "\t<version>23.3</version>", "\t<system>",
        "\t\t<hostname>fw-%s</hostname>" % cx.v["short"], "\t\t<domain>%s.%s</domain>" % (cx.v["short"], cx.v["suffix"]),
        "\t\t<user>", "\t\t\t<name>admin</name>", "\t\t\t<descr><![CDATA[System Administrator]]></descr>",
        "\t\t\t<scope>system</scope>", "\t\t\t<groupname>admins</groupname>")
    K.hsh(d, cx, "\t\t\t<bcrypt-hash>{v}</bcrypt-hash>", "bcrypt")
    d.l("\t\t\t<uid>0</uid>", "\t\t</user>", "\t\t<authserver>", "\t\t\t<refid>%s</refid>" % V.rhex(cx.rng, 13),
        "\t\t\t<type>ldap</type>", "\t\t\t<name>Directory</name>", "\t\t\t<host>dc1.%s.%s</host>" % (cx.v["short"], cx.v["suffix"]),
        "\t\t\t<ldap_binddn>CN=svc-pfsense,OU=Service,DC=%s,DC=%s</ldap_binddn>" % (cx.v["short"], cx.v["suffix"]))
    bp = cx.pw(forbid="<>&\"'")
    d.s("\t\t\t<ldap_bindpw>%s</ldap_bindpw>" % bp, bp, "password-ldap-bind")
    d.l("\t\t</authserver>", "\t</system>", "\t<ipsec>", "\t\t<phase1>", "\t\t\t<ikeid>1</ikeid>",
        "\t\t\t<remote-gateway>%d.%d.%d.%d</remote-gateway>" % (193, cx.rng.randint(0, 255), cx.rng.randint(0, 255), cx.rng.randint(1, 254)),
        "\t\t\t<authentication_method>pre_shared_key</authentication_method>")
    psk = cx.pw(style="b64")
    d.s("\t\t\t<pre-shared-key>%s</pre-shared-key>" % psk, psk, "ipsec-psk")
    d.l("\t\t</phase1>", "\t</ipsec>", "\t<snmpd>")
    d.n("\t\t<rocommunity>public</rocommunity>", "public", "snmp-community-default")
    d.l("\t</snmpd>", "</pfsense>")


def inadyn(cx):
    d = cx.doc("network/inadyn.conf")
    d.l("# In-A-Dyn v2 configuration, /etc/inadyn.conf", "period          = 300", "user-agent      = inadyn/2.12", "")
    d.l("provider default@dyndns.org {", "    username    = %s" % cx.v["short"])
    pw = cx.pw(forbid=Q + " #")
    d.s("    password    = %s" % pw, pw, "password-ddns")
    d.l("    hostname    = %s-gw.dyndns.org" % cx.v["short"], "}", "", "provider cloudflare.com {",
        "    username    = %s" % cx.v["domain"])
    K.prov(d, cx, "cloudflare-api-token", "    password    = {v}")
    d.l("    hostname    = vpn.%s" % cx.v["domain"], "    ttl         = 1", "    proxied     = false", "}")


def bitlbee(cx):
    d = cx.doc("chat/bitlbee.conf")
    d.l("## BitlBee default configuration file", "[settings]", "RunMode = ForkDaemon", "User = bitlbee",
        "DaemonInterface = 127.0.0.1", "DaemonPort = 6667", "ClientInterface = 0.0.0.0", "AuthMode = Registered")
    if cx.chance(0.5):
        p = cx.safe_pw()
        d.s("AuthPassword = %s" % p, p, "password-bitlbee-auth")
    else:
        K.neg(d, "AuthPassword = md5:{v}", V.b64s(V.rbytes(cx.rng, 20)), "password-hash-md5-salted")
    op = cx.safe_pw()
    d.s("OperPassword = %s" % op, op, "password-bitlbee-oper")
    d.l("HostName = chat.%s" % cx.v["domain"], "ConfigDir = /var/lib/bitlbee", "Motd = /etc/bitlbee/motd.txt")


def matterbridge(cx):
    d = cx.doc("chat/matterbridge.toml")
    d.l("# matterbridge: bridges the %s channels" % cx.v["org"], "", "[irc.libera]", 'Server="irc.libera.chat:6697"',
        'Nick="%s-bridge"' % cx.v["short"], 'NickServNick="%s-bridge"' % cx.v["short"])
    p = cx.pw(forbid=Q)
    d.s('NickServPassword="%s"' % p, p, "password-irc-nickserv")
    d.l("UseTLS=true", 'RemoteNickFormat="[{PROTOCOL}] <{NICK}> "', "")
    d.l("[slack.%s]" % cx.v["short"])
    K.prov(d, cx, "slack-bot", 'Token="{v}"')
    d.l('RemoteNickFormat="{NICK}"', "")
    key = cx.pick(["discord-bot", "telegram-bot"])
    if key == "discord-bot":
        d.l("[discord.club]")
        K.prov(d, cx, key, 'Token="{v}"')
        d.l('Server="%s"' % cx.v["short"].upper())
    else:
        d.l("[telegram.ops]")
        K.prov(d, cx, key, 'Token="{v}"')
    d.l("", "[mattermost.work]", 'Server="chat.%s:443"' % cx.v["domain"], 'Team="ops"', 'Login="bridge"')
    K.ref(d, cx, "env", "mm-bridge-password", 'Password="{v}"')
    d.l("", "[[gateway]]", 'name="ops"', "enable=true", "", "[[gateway.inout]]", 'account="irc.libera"',
        'channel="#%s-ops"' % cx.v["short"], "", "[[gateway.inout]]", 'account="slack.%s"' % cx.v["short"], 'channel="ops"')


def networkd_wg(cx):
    d = cx.doc("network/systemd/90-wg0.netdev")
    d.l("[NetDev]", "Name=wg0", "Kind=wireguard", "Description=WireGuard tunnel to %s" % cx.host("hub"), "",
        "[WireGuard]")
    sk, pk = _wg(cx)
    d.s("PrivateKey=%s" % sk, sk, "wireguard-private-key")
    d.l("ListenPort=51820", "", "[WireGuardPeer]")
    _, ppk = C.wg_keypair(cx.rng)
    d.n("PublicKey=%s" % ppk, ppk, "public-key-wireguard")
    if cx.chance(0.6):
        psk = cx.b64(32)
        d.s("PresharedKey=%s" % psk, psk, "wireguard-preshared-key")
    else:
        d.n("PresharedKeyFile=/etc/systemd/network/wg0-hub.psk", "/etc/systemd/network/wg0-hub.psk", "reference-file")
    d.l("AllowedIPs=10.44.0.0/16", "Endpoint=%s:51820" % cx.host("hub"), "PersistentKeepalive=25")


def kapacitor(cx):
    d = cx.doc("monitoring/kapacitor/kapacitor.conf")
    d.l('hostname = "%s"' % cx.host("kapacitor"), 'data_dir = "/var/lib/kapacitor"', "", "[http]",
        '  bind-address = ":9092"', "  auth-enabled = false", "", "[[influxdb]]", "  enabled = true", "  default = true",
        '  name = "primary"', '  urls = ["http://%s:8086"]' % cx.host("influx"), '  username = "kapacitor"')
    p = cx.pw(forbid=Q)
    d.s('  password = "%s"' % p, p, "password-influxdb")
    d.l("", "[smtp]", "  enabled = true", '  host = "smtp.%s"' % cx.v["domain"], "  port = 587",
        '  username = "alerts@%s"' % cx.v["domain"])
    if cx.chance(0.6):
        p2 = cx.pw(forbid=Q)
        d.s('  password = "%s"' % p2, p2, "password-smtp")
    else:
        K.ph(d, cx, '  password = "{v}"')
    d.l('  from = "kapacitor@%s"' % cx.v["domain"], "", "[slack]", "  enabled = true")
    K.prov(d, cx, "slack-webhook", '  url = "{v}"')
    d.l('  channel = "#alerts"', "", "[pagerduty2]", "  enabled = false", '  routing-key = ""')


def artemis(cx):
    d = cx.doc("messaging/artemis/etc/artemis-users.properties")
    d.l("## ---------------------------------------------------------------------------",
        "## Licensed to the Apache Software Foundation (ASF) under one or more",
        "## contributor license agreements.", "## ---------------------------------------------------------------------------",
        "## users for broker %s" % cx.host("mq"))
    for u, cat in (("admin", "password-artemis-admin"), ("svc-%s" % cx.sys().split()[0].lower(), "password-artemis-service")):
        p = cx.pw(forbid=" \\#!=:")
        d.s("%s = %s" % (u, p), p, cat)
    K.ph(d, cx, "#guest = {v}", "changeme")


def zookeeper_jaas(cx):
    d = cx.doc("messaging/zookeeper/zookeeper_jaas.conf")
    su, kp = cx.pw(forbid=Q), cx.pw(forbid=Q)
    d.l("Server {", "    org.apache.zookeeper.server.auth.DigestLoginModule required")
    d.s('    user_super="%s"' % su, su, "password-zookeeper-digest")
    d.s('    user_kafka="%s";' % kp, kp, "password-zookeeper-digest")
    d.l("};", "", "Client {", "    org.apache.zookeeper.server.auth.DigestLoginModule required", '    username="kafka"')
    d.s('    password="%s";' % kp, kp, "password-zookeeper-digest")
    d.l("};")


def redpanda_rpk(cx):
    d = cx.doc("messaging/redpanda/rpk.yaml")
    d.l("version: 6", "current_profile: prod", 'current_cloud_auth_org_id: ""', 'current_cloud_auth_kind: ""',
        "profiles:", "    - name: prod", "      description: %s production cluster" % cx.v["short"], '      prompt: ""',
        "      kafka_api:", "        brokers:", "            - %s:9092" % cx.host("redpanda-0"),
        "            - %s:9092" % cx.host("redpanda-1"), "        tls:", "            ca_file: /etc/redpanda/certs/ca.crt",
        "        sasl:", "            user: svc-ingest")
    p = cx.pw(forbid="\"'\\#:{}[],&*?|<>=!%@` ")
    d.s("            password: %s" % p, p, "password-kafka-sasl")
    d.l("            mechanism: SCRAM-SHA-256", "      admin_api:", "        addresses:",
        "            - %s:9644" % cx.host("redpanda-0"), "    - name: dev", "      kafka_api:", "        brokers:",
        "            - localhost:19092", "        sasl:", "            user: dev")
    K.ph(d, cx, "            password: {v}", "changeme")
    d.l("            mechanism: SCRAM-SHA-256")


def snmp_exporter(cx):
    d = cx.doc("monitoring/snmp_exporter/snmp.yml")
    d.l("# generated by snmp_exporter generator, auths edited by hand", "auths:", "  public_v2:")
    d.n("    community: public", "public", "snmp-community-default")
    d.l("    security_level: noAuthNoPriv", "    version: 2", "  ops_v2:")
    c = cx.safe_pw("alnum")
    d.s("    community: %s" % c, c, "snmp-community")
    d.l("    version: 2", "  ops_v3:", "    username: prometheus", "    security_level: authPriv")
    a, p = cx.pw(forbid="\"'\\#:{}[],&*?|<>=!%@` "), cx.pw(forbid="\"'\\#:{}[],&*?|<>=!%@` ")
    d.s("    password: %s" % a, a, "snmpv3-auth-passphrase")
    d.l("    auth_protocol: SHA256", "    priv_protocol: AES")
    d.s("    priv_password: %s" % p, p, "snmpv3-priv-passphrase")
    d.l("    version: 3", "modules:", "  if_mib:", "    walk:", "      - 1.3.6.1.2.1.2", "      - 1.3.6.1.2.1.31.1.1")


def blackbox(cx):
    d = cx.doc("monitoring/blackbox/blackbox.yml")
    d.l("modules:", "  http_2xx:", "    prober: http", "    timeout: 5s", "  portal_login:", "    prober: http",
        "    http:", "      basic_auth:", "        username: probe")
    p = cx.pw(forbid="\"'\\#:{}[],&*?|<>=!%@` ")
    d.s("        password: %s" % p, p, "password-http-basic")
    d.l("  api_health:", "    prober: http", "    http:", "      authorization:", "        type: Bearer")
    name, tok = cx.vendor_token()
    d.s("        credentials: %s" % tok, tok, "vendor-token-fictional")
    d.l("  api_health_file:", "    prober: http", "    http:", "      authorization:")
    d.n("        credentials_file: /etc/blackbox_exporter/%s.token" % name.lower(),
        "/etc/blackbox_exporter/%s.token" % name.lower(), "reference-file")


def pgpool(cx):
    d = cx.doc("db/pgpool-II/pgpool.conf", crlf=False)
    d.l("# pgpool-II 4.5 configuration (excerpt)", "backend_clustering_mode = 'streaming_replication'",
        "listen_addresses = '*'", "port = 9999",
        "backend_hostname0 = '%s'" % cx.host("pg1"), "backend_port0 = 5432", "backend_weight0 = 1",
        "backend_hostname1 = '%s'" % cx.host("pg2"), "backend_port1 = 5432", "backend_weight1 = 1",
        "sr_check_period = 10", "sr_check_user = 'pgpool'")
    p = cx.pw(forbid=SQ)
    d.s("sr_check_password = '%s'" % p, p, "password-postgres")
    d.l("health_check_period = 5", "health_check_user = 'pgpool'")
    K.neg(d, "health_check_password = 'AES{v}'", V.b64s(V.rbytes(cx.rng, 32)), "encrypted-pgpool-aes")
    if cx.chance(0.5):
        r = cx.pw(forbid=SQ)
        d.s("recovery_password = '%s'" % r, r, "password-postgres")
    d.l("pool_passwd = 'pool_passwd'")


def barman(cx):
    d = cx.doc("db/barman.d/pg-main.conf")
    p1, p2 = cx.pw(forbid="' \\\"="), cx.pw(forbid="' \\\"=")
    d.l("[pg-main]", 'description = "Main PostgreSQL (streaming)"')
    d.s("conninfo = host=%s user=barman dbname=postgres password=%s" % (cx.host("pg1"), p1), p1, "password-postgres")
    d.s("streaming_conninfo = host=%s user=streaming_barman password=%s" % (cx.host("pg1"), p2), p2, "password-postgres")
    d.l("backup_method = postgres", "streaming_archiver = on", "slot_name = barman", "create_slot = auto",
        "retention_policy = RECOVERY WINDOW OF 14 DAYS", "", "[pg-report]", 'description = "Reporting replica"')
    d.n("conninfo = service=pg-report   ; password from ~barman/.pgpass", "~barman/.pgpass", "reference-file")
    d.l("backup_method = rsync", "ssh_command = ssh postgres@%s" % cx.host("pg3"))


def walg(cx):
    d = cx.doc("db/wal-g/walg.json")
    key = cx.pick(S3_PAIRS)
    d.l("{", '  "WALG_S3_PREFIX": "s3://%s-walg/%s",' % (cx.v["short"], cx.host("pg1").split(".")[0]))
    K.pair(d, cx, key, '  "AWS_ACCESS_KEY_ID": "{v}",', '  "AWS_SECRET_ACCESS_KEY": "{v}",')
    d.l('  "AWS_REGION": "eu-north-1",')
    if key != "aws":
        d.l('  "AWS_ENDPOINT": "https://s3.%s",' % cx.v["domain"], '  "AWS_S3_FORCE_PATH_STYLE": "true",')
    lk = cx.hexs(64)
    d.s('  "WALG_LIBSODIUM_KEY": "%s",' % lk, lk, "walg-libsodium-key")
    d.l('  "WALG_LIBSODIUM_KEY_TRANSFORM": "hex",', '  "WALG_COMPRESSION_METHOD": "brotli",',
        '  "PGHOST": "/var/run/postgresql"', "}")


def maxscale(cx):
    d = cx.doc("db/maxscale.cnf")
    d.l("[maxscale]", "threads=auto", "admin_secure_gui=false", "", "[db1]", "type=server",
        "address=%s" % cx.host("db1"), "port=3306", "", "[db2]", "type=server", "address=%s" % cx.host("db2"),
        "port=3306", "", "[Read-Write-Service]", "type=service", "router=readwritesplit", "servers=db1,db2",
        "user=maxscale")
    p = cx.pw(forbid=" #;\"'\\")
    d.s("password=%s" % p, p, "password-mariadb")
    d.l("", "[MariaDB-Monitor]", "type=monitor", "module=mariadbmon", "servers=db1,db2", "user=monitor")
    K.neg(d, "password={v}", V.rhex(cx.rng, 32).upper(), "encrypted-maxscale")
    d.l("monitor_interval=2s")


def duplicati(cx):
    d = cx.doc("backup/duplicati-%s-export.json" % cx.v["short"])
    p = cx.pw(forbid="&=?#%+/:;@ \"\\")
    fp = "ssh-ed25519 256 " + V.rs(cx.rng, 2, V.HEX) + ":" + ":".join(V.rhex(cx.rng, 2) for _ in range(15))
    d.l("{", '  "CreatedByVersion": "2.0.8.1",', '  "Schedule": {"ID": 1, "Tags": ["ID=1"], "Time": "2025-01-01T01:30:00Z", "Repeat": "1D"},',
        '  "Backup": {', '    "ID": "1",', '    "Name": "%s file server",' % cx.v["short"])
    d.s('    "TargetURL": "ssh://%s:22/volume1/duplicati?auth-username=dup&auth-password=%s&ssh-fingerprint=%s",'
        % (cx.host("nas"), p, fp.replace(" ", "%20")), p, "password-sftp")
    d.l('    "Settings": [')
    pp = cx.pw(forbid=Q)
    d.s('      {"Filter": "", "Name": "passphrase", "Value": "%s", "Argument": null},' % pp, pp, "backup-passphrase")
    d.l('      {"Filter": "", "Name": "encryption-module", "Value": "aes", "Argument": null},',
        '      {"Filter": "", "Name": "keep-versions", "Value": "30", "Argument": null}', "    ],",
        '    "Sources": ["/srv/share/"]', "  }", "}")


def syncthing(cx):
    d = cx.doc("sync/syncthing/config.xml")
    def devid():
        s = V.rs(cx.rng, 56, V.B32)
        return "-".join(s[i:i + 7] for i in range(0, 56, 7))
    d.l('<configuration version="37">',
        '    <folder id="%s-%s" label="%s" path="/srv/sync/shared" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true">'
        % (V.rs(cx.rng, 5, V.LOW + V.DIG), V.rs(cx.rng, 5, V.LOW + V.DIG), cx.v["short"]))
    dv = cx.uniq(devid)
    d.n('        <device id="%s" introducedBy=""></device>' % dv, dv, "id-syncthing-device")
    d.l("    </folder>", "    <gui enabled=\"true\" tls=\"true\" debugging=\"false\">", "        <address>0.0.0.0:8384</address>",
        "        <user>admin</user>")
    K.hsh(d, cx, "        <password>{v}</password>", "bcrypt")
    k = cx.mixed(32)
    d.s("        <apikey>%s</apikey>" % k, k, "syncthing-api-key")
    d.l("        <theme>default</theme>", "    </gui>", "</configuration>")


def sftpgo(cx):
    d = cx.doc("sftp/sftpgo.json")
    p, sp = cx.pw(forbid=Q), cx.pw(forbid=Q)
    d.l("{", '  "common": {"idle_timeout": 15, "upload_mode": 0},', '  "sftpd": {"bindings": [{"port": 2022, "address": ""}]},',
        '  "data_provider": {', '    "driver": "postgresql",', '    "name": "sftpgo",', '    "host": "%s",' % cx.host("pg1"),
        '    "port": 5432,', '    "username": "sftpgo",')
    d.s('    "password": "%s",' % p, p, "password-postgres")
    d.l('    "sslmode": 1', "  },", '  "httpd": {', '    "bindings": [{"port": 8080, "address": "127.0.0.1"}],')
    d.s('    "signing_passphrase": "%s",' % sp, sp, "sftpgo-signing-passphrase")
    d.l('    "token_validation": 0', "  },", '  "smtp": {"host": "smtp.%s", "port": 587, "user": "sftpgo",' % cx.v["domain"])
    d.l('    "password": ""}')
    d.l("}")


def buildbot(cx):
    d = cx.doc("ci/buildbot/master.cfg")
    w1, w2, hk = cx.pw(forbid=Q), cx.pw(forbid=Q), cx.mixed(32)
    d.l("# -*- python -*-", "# ex: set filetype=python:", "from buildbot.plugins import *", "",
        "c = BuildmasterConfig = {}", "")
    d.s('c["workers"] = [worker.Worker("linux-01", "%s"),' % w1, w1, "password-buildbot-worker")
    d.s('                worker.Worker("win-01", "%s")]' % w2, w2, "password-buildbot-worker")
    d.l('c["protocols"] = {"pb": {"port": 9989}}', 'c["change_source"] = []', "",
        'c["www"] = dict(port=8010, plugins=dict(waterfall_view={}, console_view={}),')
    d.s('                change_hook_dialects={"github": {"secret": "%s", "strict": True}})' % hk, hk, "webhook-secret")
    d.n('c["www"]["auth"] = util.UserPasswordAuth({"ops": util.Secret("ops_password")})', 'util.Secret("ops_password")',
        "reference-buildbot-secret")
    d.l('c["secretsProviders"] = [secrets.SecretInAFile(dirname="/var/lib/buildbot/secrets")]',
        'c["db"] = {"db_url": "sqlite:///state.sqlite"}')


def gitlab_runner(cx):
    d = cx.doc("ci/gitlab-runner/config.toml")
    d.l("concurrent = 4", "check_interval = 0", "shutdown_timeout = 0", "", "[session_server]",
        "  session_timeout = 1800", "", "[[runners]]", '  name = "%s-docker-01"' % cx.v["short"],
        '  url = "https://gitlab.%s"' % cx.v["domain"], "  id = %d" % cx.rng.randint(10, 400))
    t = cx.rs(20, V.B64URL, prefix="glrt-")
    d.s('  token = "%s"' % t, t, "gitlab-runner-token", "provider")
    d.l("  token_obtained_at = 2025-%02d-%02dT09:12:44Z" % (cx.rng.randint(1, 12), cx.rng.randint(1, 28)),
        "  token_expires_at = 0001-01-01T00:00:00Z", '  executor = "docker"', "  [runners.cache]", '    Type = "s3"',
        "    Shared = true", "    [runners.cache.s3]", '      ServerAddress = "%s:9000"' % cx.host("minio"))
    ak, sk = cx.rs(20, V.UP + V.DIG), cx.mixed(40)
    d.pair([('      AccessKey = "%s"' % ak, ak, "id"), ('      SecretKey = "%s"' % sk, sk, "secret")], "pair-minio", "generic")
    d.l('      BucketName = "runner-cache"', "      Insecure = false", "  [runners.docker]", '    image = "alpine:3.20"',
        "    privileged = false", '    volumes = ["/cache"]')


def buildkite_agent(cx):
    d = cx.doc("ci/buildkite-agent.cfg")
    d.l('# The token from your Buildkite "Agents" page')
    t = cx.rs(50, V.LOW + V.DIG)
    d.s('token="%s"' % t, t, "buildkite-agent-token")
    d.l('name="%hostname-%spawn"', 'tags="queue=default,os=linux,site=%s"' % cx.v["short"],
        'build-path="/var/lib/buildkite-agent/builds"', 'hooks-path="/etc/buildkite-agent/hooks"',
        'plugins-path="/etc/buildkite-agent/plugins"', 'git-clone-flags="-v"')
    d.n('# verification-jwks-file="/etc/buildkite-agent/pipeline-signing.jwks"  (public keys only)',
        "/etc/buildkite-agent/pipeline-signing.jwks", "reference-file")


KINDS = {
    "vyos": (vyos, None), "pfsense": (pfsense, None), "inadyn": (inadyn, None), "bitlbee": (bitlbee, None),
    "matterbridge": (matterbridge, None), "networkd-wireguard": (networkd_wg, None), "kapacitor": (kapacitor, None),
    "artemis-users": (artemis, None), "zookeeper-jaas": (zookeeper_jaas, None), "redpanda-rpk": (redpanda_rpk, None),
    "snmp-exporter": (snmp_exporter, None), "blackbox-exporter": (blackbox, None), "pgpool": (pgpool, None),
    "barman": (barman, None), "wal-g": (walg, None), "maxscale": (maxscale, None), "duplicati": (duplicati, None),
    "syncthing": (syncthing, None), "sftpgo": (sftpgo, None), "buildbot": (buildbot, None),
    "gitlab-runner": (gitlab_runner, None), "buildkite-agent": (buildkite_agent, None),
}
