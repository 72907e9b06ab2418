"""netops-mail/: an ISP's network and mail operations repo: Postfix (sasl_passwd, MySQL maps),
Dovecot (passwd-file, SQL), OpenDKIM keys, rspamd, Cisco IOS / Junos / MikroTik configs,
FreeRADIUS, BIND TSIG and rndc keys, NetBox, Oxidized, LibreNMS, SNMP, Ansible network
inventories, change tickets, an IRC log and histories."""

import hashlib

import nkeys
from nframe import jdump, kv
from themes.common import sentence, neutral, ticket, history, filler

DOM = "fjordnet.no"
XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def type7(g, pw):
    salt = g.r.randint(0, 15)
    return "%02d" % salt + "".join("%02X" % (ord(ch) ^ ord(XLAT[(salt + i) % 53])) for i, ch in enumerate(pw))


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E

    # ---------------------------------------------------------------- mail
    relays = []
    for host in ("smtp.sendgrid.net", "smtp.eu.mailgun.org", "email-smtp.eu-north-1.amazonaws.com"):
        user = {"smtp.sendgrid.net": "apikey", "smtp.eu.mailgun.org": "postmaster@mg." + DOM}.get(host, g.aws_id())
        pw = g.sendgrid() if "sendgrid" in host else g.pw_strong(24, "")
        relays.append("[%s]:587 %s:%s" % (host, user, S(pw, 'sendgrid-api-key' if 'sendgrid' in host else 'smtp-password')))
    t.add("mail/postfix/sasl_passwd", "\n".join(relays) + "\n")
    t.add("mail/postfix/main.cf", f"""myhostname = mx01.{DOM}
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous
smtp_tls_security_level = encrypt
virtual_mailbox_maps = mysql:/etc/postfix/mysql-virtual-mailbox-maps.cf
""")
    mail_db = g.pw(safe=True)
    t.add("mail/postfix/mysql-virtual-mailbox-maps.cf", f"""user = mailuser
password = {S(mail_db, 'generic-password')}
hosts = 127.0.0.1
dbname = mailserver
query = SELECT 1 FROM virtual_users WHERE email='%s'
""")
    users = []
    for k in range(6):
        u = "%s@%s" % (g.user(), DOM)
        if k == 3:
            users.append("%s:%s::::::" % (u, S("{PLAIN}" + g.pw(), 'generic-password')))
        else:
            users.append("%s:%s::::::" % (u, N("{SHA512-CRYPT}" + g.sha512crypt(), 'password-hash') if k < 4 else "{BLF-CRYPT}" + g.bcrypt(10, "2y")))
    t.add("mail/dovecot/users", "\n".join(users) + "\n")
    t.add("mail/dovecot/dovecot-sql.conf.ext", f"""driver = mysql
connect = host=127.0.0.1 dbname=mailserver user=mailuser password={S(mail_db, 'db-connection-string')}
default_pass_scheme = SHA512-CRYPT
password_query = SELECT email as user, password FROM virtual_users WHERE email='%u';
""")
    for sel, dom in (("s2024", DOM), ("mail", "kunde-" + g.word() + ".no")):
        k = K.rsa(1024 if g.chance(0.5) else 2048)
        t.add(f"mail/opendkim/keys/{dom}/{sel}.private", S(k.pem1(), 'private-key-pem') + "\n")
        pub = k.pub_pem().split("\n", 1)[1].rsplit("\n", 1)[0].replace("\n", "")
        t.add(f"mail/opendkim/keys/{dom}/{sel}.txt", f'{sel}._domainkey\tIN\tTXT\t( "v=DKIM1; h=sha256; k=rsa; "\n\t  "p={N(pub, "public-key")}" )  ; ----- DKIM key {sel} for {dom}\n')
    t.add("mail/rspamd/local.d/worker-controller.inc", f"""password = "{N('$2$' + g.s(32, 'abcdefghijklmnopqrstuvwxyz0123456789') + '$' + g.s(52, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'password-hash')}";
enable_password = "{S(g.pw(), 'generic-password')}";
""")

    # ---------------------------------------------------------------- Cisco
    for dev in g.r.sample(["core-osl-01", "core-brg-01", "agg-trd-02", "edge-svg-01", "pe-osl-03"], 3):
        tacacs = g.pw_strong(16, "")
        comm = g.s(12)
        lines = [f"hostname {dev}", "!", f"enable secret 9 {N(g.cisco9(), 'password-hash')}", "!",
                 f"username netadmin privilege 15 secret 5 {N(g.cisco5(), 'password-hash')}",
                 f"username oxidized privilege 3 password 7 {S(type7(g, g.pw(safe=True)), 'cisco-type7-password', 'cisco7')}", "!",
                 "aaa new-model", f"tacacs server TAC1", f" address ipv4 {g.ip()}", f" key 7 {S(type7(g, tacacs), 'cisco-type7-password', 'cisco7')}", "!",
                 f"snmp-server community {S(comm, 'snmp-community')} RO SNMP-ACL",
                 f"snmp-server community {N('public', 'well-known-default')} RO 99", "!",
                 f"crypto isakmp key {S(g.pw_strong(20, ''), 'pre-shared-key')} address {g.ip('172')}", "!",
                 "router ospf 1", " area 0 authentication message-digest", "interface TenGigabitEthernet0/1/0",
                 f" ip ospf message-digest-key 1 md5 7 {S(type7(g, g.s(10)), 'cisco-type7-password', 'cisco7')}", "!",
                 "ntp server 10.0.0.1", "end"]
        t.add(f"net/configs/cisco/{dev}.cfg", "\n".join(lines) + "\n")

    # ---------------------------------------------------------------- Junos / MikroTik
    t.add("net/configs/junos/mx-osl-01.conf", f"""system {{
    host-name mx-osl-01;
    root-authentication {{
        encrypted-password "{N(g.sha512crypt(), 'password-hash')}"; ## SECRET-DATA
    }}
    login {{
        user netops {{
            class super-user;
            authentication {{
                encrypted-password "{N(g.sha512crypt(), 'password-hash')}"; ## SECRET-DATA
                ssh-ed25519 "{N(nkeys.openssh_public(K.ed(), 'netops@jump01'), 'public-key')}";
            }}
        }}
    }}
}}
snmp {{
    community {S(g.s(14), 'snmp-community')} {{
        authorization read-only;
        clients {{ 10.0.0.0/8; }}
    }}
}}
""")
    mt = ["# 2024-03-01 12:00:00 by RouterOS 7.14", "# model = CCR2004-1G-12S+2XS",
          "/interface wireless security-profiles",
          "set [ find default=yes ] supplicant-identity=MikroTik",
          "add authentication-types=wpa2-psk mode=dynamic-keys name=staff wpa2-pre-shared-key=" + S(g.pw('phrase', safe=True), 'wifi-psk'),
          "/ip ipsec peer", "add address=%s name=hq exchange-mode=ike2" % g.ip("172"),
          "/ip ipsec identity", "add peer=hq secret=" + S(g.pw_strong(24, ''), 'pre-shared-key'),
          "/ppp secret", "add name=branch1 password=" + S(g.pw(safe=True), 'generic-password') + " profile=default-encryption service=l2tp",
          "/user", "add group=full name=backup password=" + S(g.pw(safe=True), 'generic-password'),
          "/snmp community", "set [ find default=yes ] name=" + N("public", 'well-known-default')]
    t.add("net/configs/mikrotik/cpe-kunde-%d.rsc" % g.r.randint(1000, 9999), "\n".join(mt) + "\n")

    # ---------------------------------------------------------------- RADIUS / BIND
    cl = []
    for name in ("bras01", "bras02", "wifi-ctrl", "vpn-asa"):
        cl += [f"client {name} {{", f"    ipaddr = {g.ip()}", f"    secret = {S(g.pw_strong(18, ''), 'radius-secret')}",
               "    nas_type = other", "}", ""]
    cl += ["client localhost {", "    ipaddr = 127.0.0.1", "    secret = " + N("testing123", 'well-known-default'), "}"]
    t.add("net/radius/clients.conf", "\n".join(cl) + "\n")
    t.add("net/radius/mods-config/files/authorize", "\n".join([
        '%s Cleartext-Password := "%s"' % (g.user(), S(g.pw(), 'generic-password')),
        '\tReply-Message := "Hello, %{User-Name}"',
        '%s Crypt-Password := "%s"' % (g.user(), N(g.sha512crypt(), 'password-hash')),
        'DEFAULT Framed-Protocol == PPP', '\tFramed-Protocol = PPP']) + "\n")
    tsig = g.b64(32)
    t.add("net/dns/named.conf.keys", f"""key "xfr-osl-ber." {{
    algorithm hmac-sha256;
    secret "{S(tsig, 'tsig-key', 'tsig')}";
}};
key "ddns-dhcp." {{
    algorithm hmac-sha512;
    secret "{S(g.b64(64), 'tsig-key', 'tsig')}";
}};
""")
    t.add("net/dns/rndc.key", f'key "rndc-key" {{\n\talgorithm hmac-sha256;\n\tsecret "{S(g.b64(32), "tsig-key", "tsig")}";\n}};\n')
    t.add("net/dns/zones/fjordnet.no.signed.excerpt", "\n".join(
        "%s. 3600 IN DNSKEY 257 3 13 %s" % (DOM, N(g.b64(64), 'public-key')) if k == 0 else
        "%s. 3600 IN DS %d 13 2 %s" % (DOM, g.r.randint(10000, 65000), N(g.sha256().upper(), 'hash-sha256')) for k in range(2)) + "\n")

    # ---------------------------------------------------------------- NetBox / Oxidized / LibreNMS
    ox_pw = g.pw(safe=True)
    t.add("net/netbox/configuration.py", f"""ALLOWED_HOSTS = ['netbox.{DOM}']
DATABASE = {{
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': '{S(g.pw(), 'generic-password')}',
    'HOST': 'pg01.{DOM}',
}}
REDIS = {{
    'tasks': {{'HOST': 'redis01', 'PORT': 6379, 'PASSWORD': '{S(g.pw_strong(20, ''), 'generic-password')}', 'DATABASE': 0}},
}}
SECRET_KEY = '{S(g.secret_key(50), 'django-secret-key')}'
API_TOKEN_PEPPERS = {{
    1: '{S(g.s(50), 'api-token-pepper')}',
}}
NAPALM_USERNAME = 'netbox-napalm'
NAPALM_PASSWORD = '{S(g.pw(), 'generic-password')}'
""")
    t.add("net/oxidized/config", f"""---
username: oxidized
password: {S(ox_pw, 'generic-password')}
model: ios
interval: 3600
source:
  default: csv
  csv:
    file: ~/.config/oxidized/router.db
    delimiter: !ruby/regexp /:/
    map: {{name: 0, model: 1, username: 2, password: 3}}
output:
  default: git
  git:
    repo: ~/configs.git
""")
    rdb = []
    for k in range(5):
        rdb.append("%s:%s:%s:%s" % (g.pick(["pe", "ce", "sw", "fw"]) + "-%02d" % k, g.pick(["ios", "junos", "routeros", "eos"]),
                                    "oxidized", S(g.pw(safe=True), 'generic-password')))
    t.add("net/oxidized/router.db", "\n".join(rdb) + "\n")
    t.add("net/librenms/.env", f"""APP_KEY=base64:{S(g.b64(32), 'laravel-app-key', 'b64-32')}
DB_HOST=localhost
DB_DATABASE=librenms
DB_USERNAME=librenms
DB_PASSWORD={S(g.pw(), 'generic-password')}
APP_URL=https://nms.{DOM}
""")
    t.add("net/snmp/snmpd.conf", f"""agentAddress udp:161
rocommunity {S(g.s(16), 'snmp-community')} 10.0.0.0/8
createUser nmsv3 SHA "{B('s', 'generic-password')}{A(g.pw_strong(16, ''))}" AES "{A(g.pw_strong(16, ''))}"{E()}
rouser nmsv3 priv
sysLocation Oslo DC1
""")

    # ---------------------------------------------------------------- Ansible
    t.add("net/ansible/inventory.ini", "\n".join([
        "[ios]", "core-osl-01 ansible_host=%s" % g.ip(), "core-brg-01 ansible_host=%s" % g.ip(), "",
        "[ios:vars]", "ansible_network_os=cisco.ios.ios", "ansible_connection=ansible.netcommon.network_cli",
        "ansible_user=ansible", "ansible_password=" + S(g.pw(safe=True), 'generic-password'),
        "ansible_become_password=" + N("{{ vault_enable_password }}", 'template-reference')]) + "\n")
    t.add("net/ansible/group_vars/junos.yml", "\n".join([
        "ansible_network_os: junipernetworks.junos.junos", "ansible_user: ansible",
        "ansible_password: !vault |"] + ["          " + (N(l, 'encrypted-blob') if k == 0 else l) for k, l in enumerate(g.vault_blob(5))]) + "\n")
    t.add("net/ansible/host_vars/vpn-asa.yml", f"ansible_host: {g.ip()}\nansible_user: admin\nansible_ssh_pass: {S(g.pw(), 'generic-password')}\nansible_become_pass: {S(g.pw(), 'generic-password')}\n")

    # ---------------------------------------------------------------- prose
    ticket(t, "changes/CHG-2024-118.md", "CHG-2024-118", "Replace TACACS key on core routers", [
        "Scope: core-osl-01, core-brg-01.", "New shared key: " + S(g.pw_strong(16, ''), 'password-in-prose'),
        "Rollback: old key stays on TAC2 until Friday.", neutral(g, 'TACACS')], system="NetBox change log")
    ticket(t, "changes/CHG-2024-131.md", "CHG-2024-131", "New SNMPv3 user for LibreNMS", [
        "auth/priv passwords stored in the vault at " + N("secret/netops/snmpv3/nmsv3", 'vault-reference') + ".",
        neutral(g, 'LibreNMS')], system="NetBox change log")
    irc = [neutral(g, "mx01"), "who has the mailgun smtp pass?",
           "postmaster@mg.%s / %s" % (DOM, S(g.pw_strong(24, ''), 'password-in-prose')), neutral(g, "bras01"),
           "radius secret for the new BRAS is " + S(g.pw_strong(18, ''), 'password-in-prose'), "ty"]
    t.add("irc/netops-2024-03.log", "\n".join("%s <%s> %s" % ("2024-03-%02dT%02d:%02d" % (g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59)), g.user(1), m) for m in irc) + "\n")
    h = filler(g, 3, "postfix", "mx01") + [
        "snmpwalk -v2c -c %s core-osl-01 ifDescr" % S(g.s(12), 'snmp-community'),
        "snmpwalk -v3 -l authPriv -u nmsv3 -a SHA -A %s -x AES -X %s core-brg-01 sysUpTime" % (B('s', 'password-in-history') + A(g.pw_strong(16, '')), A(g.pw_strong(16, '')) + E()),
        "postmap /etc/postfix/sasl_passwd", "doveadm pw -s SHA512-CRYPT",
        "mysql -u mailuser -p%s mailserver" % S(mail_db, 'password-in-history'),
        "nsupdate -y hmac-sha256:xfr-osl-ber.:%s update.txt" % S(tsig, 'tsig-key', 'tsig')] + filler(g, 3, "named", "ns1")
    history(t, "home/netops/.bash_history", h)
