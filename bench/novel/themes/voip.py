"""voip-telecom/: a small carrier / hosted-PBX provider: Asterisk (pjsip, legacy sip, AMI, IAX),
FreeSWITCH (event socket, directory, gateways), Kamailio (DB URLs, kamctlrc, TLS), CPaaS
gateways (Twilio, Vonage, Plivo, Telnyx, Bandwidth, MessageBird), SIP trunk CSV, desk-phone
provisioning (Polycom, Yealink), STIR/SHAKEN keys, NOC chat, porting wiki, tickets, histories."""

import nkeys
from nframe import jdump, kv
from themes.common import sentence, neutral, chat_jsonl, ticket, history, filler

DOM = "voxline.net"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E

    # ---------------------------------------------------------------- Asterisk pjsip
    out = ["; pjsip.conf -- tenant acme-dental", "[transport-udp]", "type=transport", "protocol=udp", "bind=0.0.0.0:5060", ""]
    for ext in range(101, 101 + g.r.randint(6, 9)):
        out += [f"[{ext}]", "type=endpoint", "context=from-internal", "disallow=all", "allow=ulaw,g722",
                f"auth={ext}-auth", f"aors={ext}", "", f"[{ext}-auth]", "type=auth"]
        if g.chance(0.2):
            import hashlib
            realm = "asterisk"
            out += ["auth_type=md5", f"username={ext}",
                    "md5_cred=" + N(hashlib.md5(f"{ext}:{realm}:{g.pw(safe=True)}".encode()).hexdigest(), 'password-hash'), ""]
        else:
            out += ["auth_type=userpass", f"username={ext}", "password=" + S(g.pw(safe=True), 'sip-secret'), ""]
        out += [f"[{ext}]", "type=aor", "max_contacts=2", ""]
    trunk_user = g.num(10)
    out += ["[trunk-telnyx]", "type=registration", "outbound_auth=trunk-telnyx-auth",
            f"server_uri=sip:sip.telnyx.com", f"client_uri=sip:{trunk_user}@sip.telnyx.com", "",
            "[trunk-telnyx-auth]", "type=auth", "auth_type=userpass", f"username={trunk_user}",
            "password=" + S(g.pw_strong(16), 'sip-secret'), ""]
    t.add("asterisk/acme-dental/pjsip.conf", "\n".join(out))
    reg_pw = g.pw(safe=True)
    peers = []
    for name in ["office-gw", "fax-ata", "doorphone"]:
        peers += [f"[{name}]", "type=friend", "host=dynamic", "nat=force_rport,comedia",
                  "secret=" + S(g.pw(safe=True), 'sip-secret'), "context=from-internal", ""]
    t.add("asterisk/legacy-pbx/sip.conf", "\n".join([
        "[general]", "bindport=5060", "srvlookup=yes", "allowguest=no",
        "register => %s:%s@sip.flowroute.com/%s" % (g.num(8), S(reg_pw, 'sip-secret'), g.num(10)), ""] + peers))
    t.add("asterisk/legacy-pbx/manager.conf", f"""[general]
enabled = yes
port = 5038
bindaddr = 127.0.0.1

[admin]
secret = {S(g.pw(), 'generic-password')}
deny = 0.0.0.0/0.0.0.0
permit = 127.0.0.1/255.255.255.0
read = all
write = all

[fop]
; FreePBX default, box is firewalled
secret = {N('amp111', 'well-known-default')}
read = system,call,log
""")
    t.add("asterisk/legacy-pbx/iax.conf", f"""[general]
bandwidth=low
jitterbuffer=yes

[branch-office]
type=friend
host=dynamic
auth=md5
secret={S(g.pw(safe=True), 'sip-secret')}
context=from-branch
""")
    t.add("asterisk/legacy-pbx/res_odbc.conf", f"""[asteriskcdrdb]
enabled => yes
dsn => MySQL-asteriskcdrdb
username => freepbxuser
password => {S(g.hexs(32), 'generic-password')}
pre-connect => yes
""")

    # ---------------------------------------------------------------- FreeSWITCH
    t.add("freeswitch/autoload_configs/event_socket.conf.xml", f"""<configuration name="event_socket.conf" description="Socket Client">
  <settings>
    <param name="nat-map" value="false"/>
    <param name="listen-ip" value="127.0.0.1"/>
    <param name="listen-port" value="8021"/>
    <param name="password" value="{N('ClueCon', 'well-known-default')}"/>
  </settings>
</configuration>
""")
    t.add("freeswitch/edge02/event_socket.conf.xml", f"""<configuration name="event_socket.conf" description="Socket Client">
  <settings>
    <param name="listen-ip" value="0.0.0.0"/>
    <param name="listen-port" value="8021"/>
    <param name="password" value="{S(g.pw(safe=True), 'generic-password')}"/>
    <param name="apply-inbound-acl" value="lan"/>
  </settings>
</configuration>
""")
    t.add("freeswitch/vars.xml", f"""<include>
  <X-PRE-PROCESS cmd="set" data="default_password={N('1234', 'well-known-default')}"/>
  <X-PRE-PROCESS cmd="set" data="domain=$${{local_ip_v4}}"/>
  <X-PRE-PROCESS cmd="set" data="hold_music=local_stream://moh"/>
</include>
""")
    for uid in range(1000, 1000 + g.r.randint(3, 5)):
        t.add(f"freeswitch/directory/default/{uid}.xml", f"""<include>
  <user id="{uid}">
    <params>
      <param name="password" value="{S(g.pw(safe=True), 'sip-secret')}"/>
      <param name="vm-password" value="$${{default_password}}"/>
    </params>
    <variables>
      <variable name="effective_caller_id_name" value="{g.person()}"/>
      <variable name="effective_caller_id_number" value="{uid}"/>
    </variables>
  </user>
</include>
""")
    t.add("freeswitch/sip_profiles/external/bandwidth.xml", f"""<include>
  <gateway name="bandwidth">
    <param name="username" value="voxline-prod"/>
    <param name="password" value="{S(g.pw_strong(18), 'sip-secret')}"/>
    <param name="realm" value="voxline.auth.bandwidth.com"/>
    <param name="proxy" value="voxline.sip.bandwidth.com"/>
    <param name="register" value="true"/>
  </gateway>
</include>
""")

    # ---------------------------------------------------------------- Kamailio
    kam_pw = g.pw(safe=True)
    t.add("kamailio/kamailio.cfg", f"""#!KAMAILIO
#!define WITH_MYSQL
#!define WITH_AUTH
#!define WITH_TLS
#!ifdef WITH_MYSQL
#!define DBURL "mysql://kamailio:{S(kam_pw, 'credential-uri')}@db01.{DOM}/kamailio"
#!define DBURL_RO "mysql://kamailioro:${{env(KAM_RO_PW)}}@db01.{DOM}/kamailio"
#!endif
listen=udp:{g.ip()}:5060
listen=tls:{g.ip()}:5061
loadmodule "auth_db.so"
modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
modparam("htable", "htable", "ipban=>size=8;autoexpire=300;")
""")
    t.add("kamailio/kamctlrc", f"""SIP_DOMAIN={DOM}
DBENGINE=MYSQL
DBHOST=db01.{DOM}
DBNAME=kamailio
DBRWUSER="kamailio"
DBRWPW="{S(kam_pw, 'generic-password')}"
DBROUSER="kamailioro"
DBROPW="{N('kamailioro', 'well-known-default')}"
DBROOTUSER="root"
""")
    t.add("kamailio/kamctlrc.lab", f"""SIP_DOMAIN=lab.{DOM}
DBENGINE=MYSQL
DBHOST=localhost
DBRWUSER="kamailio"
DBRWPW="{N('kamailiorw', 'well-known-default')}"
""")
    sbc_ca, sbc_ca_pem = K.ca("Voxline SBC CA", "Voxline")
    sbc = K.ec()
    t.add("kamailio/tls/sbc01.key", S(sbc.pem_sec1(), 'private-key-pem') + "\n")
    t.add("kamailio/tls/sbc01.crt", N(K.cert(sbc, "sbc01." + DOM, sbc_ca, "Voxline SBC CA", "Voxline"), 'certificate') + "\n")
    t.add("kamailio/tls.cfg", f"""[server:default]
method = TLSv1.2+
verify_certificate = no
private_key = /etc/kamailio/tls/sbc01.key
certificate = /etc/kamailio/tls/sbc01.crt
ca_list = /etc/kamailio/tls/ca.crt
""")

    # ---------------------------------------------------------------- CPaaS
    sid, tok = g.twilio_sid(), g.hexs(32)
    ksid, ksec = g.twilio_sid("SK"), g.s(32)
    vk, vs = g.hexs(8), g.s(16)
    pid, ptok = "MA" + g.s(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), g.s(40)
    t.add("sms-gateway/.env", f"""# sms-gateway production
NODE_ENV=production
{B("s", "twilio-credentials")}TWILIO_ACCOUNT_SID={A(sid, "id")}
TWILIO_AUTH_TOKEN={A(tok)}{E()}
{B('s', 'twilio-api-key')}TWILIO_API_KEY={A(ksid, "id")}
TWILIO_API_SECRET={A(ksec)}{E()}
{B('s', 'vonage-api-credentials')}VONAGE_API_KEY={A(vk, "id")}
VONAGE_API_SECRET={A(vs)}{E()}
{B('s', 'plivo-credentials')}PLIVO_AUTH_ID={A(pid, "id")}
PLIVO_AUTH_TOKEN={A(ptok)}{E()}
TELNYX_API_KEY={S('KEY' + g.hexs(32, upper=True) + '_' + g.s(22), 'telnyx-api-key')}
TELNYX_PUBLIC_KEY={N(g.b64(32), 'public-key')}
BANDWIDTH_USERNAME=api-voxline
BANDWIDTH_PASSWORD={S(g.pw(), 'generic-password')}
MESSAGEBIRD_ACCESS_KEY={S(g.s(25), 'messagebird-access-key')}
REDIS_URL=redis://:{S(g.pw_strong(24, ''), 'credential-uri')}@cache01.{DOM}:6379/2
""")
    t.add("sms-gateway/.env.example", f"""TWILIO_ACCOUNT_SID={N('AC' + 'x' * 32, 'placeholder')}
TWILIO_AUTH_TOKEN={N('<twilio-auth-token>', 'placeholder')}
TELNYX_API_KEY={N('KEYxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder')}
BANDWIDTH_PASSWORD=
REDIS_URL=redis://localhost:6379/0
""")
    t.add("sms-gateway/src/providers/twilio.py", f"""import os
from twilio.rest import Client

# Fallback for the on-call laptop; production reads the environment.
ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "{N(sid, 'account-identifier')}")
AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "{S(tok, 'twilio-credentials')}")


def client():
    return Client(ACCOUNT_SID, AUTH_TOKEN)
""")
    t.add("sms-gateway/test/fixtures/webhook.json", jdump({
        "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "MessageSid": N("SM" + g.hexs(32), 'resource-identifier'),
        "From": "+15005550006", "To": "+15551234567", "Body": "STOP",
        "X-Twilio-Signature": N(g.b64(20), 'signature')}))

    # ---------------------------------------------------------------- trunks CSV
    rows = ["carrier,host,auth,username,password,channels"]
    for carrier in g.r.sample(["Flowroute", "Telnyx", "Bandwidth", "VoIP.ms", "Twilio Elastic SIP", "Voxbone", "SignalWire", "Lumen"], 7):
        if g.chance(0.3):
            rows.append("%s,%s,ip,,,%d" % (carrier, g.ip("172"), g.pick([23, 46, 92])))
        else:
            rows.append("%s,sip.%s.com,digest,%s,%s,%d" % (carrier, carrier.split()[0].lower().replace(".", ""), g.num(9),
                                                        S(g.pw(safe=True), 'sip-secret'), g.pick([23, 46, 92])))
    t.add("trunks/carriers.csv", "\n".join(rows) + "\n")

    # ---------------------------------------------------------------- phone provisioning
    for i in range(g.r.randint(4, 6)):
        mac = g.hexs(12)
        ext = 200 + i
        if g.chance(0.5):
            t.add(f"provisioning/tftp/{mac}.cfg", f"""<?xml version="1.0" standalone="yes"?>
<polycomConfig>
  <reg reg.1.address="{ext}@{DOM}" reg.1.auth.userId="{ext}" reg.1.auth.password="{S(g.pw(safe=True), 'sip-secret')}" reg.1.label="{g.first()}"/>
  <device device.set="1" device.auth.localAdminPassword="{N('456', 'well-known-default')}" device.prov.serverName="prov.{DOM}"/>
  <tcpIpApp tcpIpApp.sntp.address="pool.ntp.org"/>
</polycomConfig>
""")
        else:
            t.add(f"provisioning/tftp/{mac}.boot", f"""#!version:1.0.0.1
account.1.enable = 1
account.1.label = {g.first()}
account.1.auth_name = {ext}
account.1.user_name = {ext}
account.1.password = {S(g.pw(safe=True), 'sip-secret')}
account.1.sip_server.1.address = {DOM}
static.security.user_password = admin:{N('admin', 'well-known-default')}
static.auto_provision.server.url = https://prov.{DOM}/yealink/
static.auto_provision.aes_key_16.com = {S(g.s(16), 'encryption-key')}
""")
    t.add("provisioning/inventory.csv", "mac,model,site\n" + "\n".join(
        "%s,%s,%s" % (N(g.hexs(12, upper=True), 'device-identifier') if k < 3 else g.hexs(12, upper=True),
                      g.pick(["VVX450", "T54W", "T46U", "CP965"]), g.pick(["HQ", "Branch1", "Branch2"])) for k in range(8)) + "\n")

    # ---------------------------------------------------------------- STIR/SHAKEN
    sk = K.ec()
    ca_k, ca_pem = K.ca("Voxline SHAKEN Test STI-CA", "Voxline")
    t.add("stir-shaken/sp-key.pem", S(sk.pem_sec1(), 'private-key-pem') + "\n")
    t.add("stir-shaken/sp-cert.pem", N(K.cert(sk, "SHAKEN 1234", ca_k, "Voxline SHAKEN Test STI-CA", "Voxline"), 'certificate') + "\n")
    passport = g.jwt_es({"attest": "A", "dest": {"tn": ["15551234567"]}, "iat": 1711000000,
                         "orig": {"tn": "15557654321"}, "origid": g.uuid()}, sk)
    t.add("stir-shaken/sample-identity-header.txt", "Identity: " + N(passport, 'signature') + ";info=<https://cr.voxline.net/sp-cert.pem>;alg=ES256;ppt=shaken\n")

    # ---------------------------------------------------------------- billing / homer
    t.add("billing/cdr-export.ini", f"""[source]
driver = mysql
host = db01.{DOM}
user = cdr_export
password = {S(g.pw(), 'generic-password')}
[target]
bucket = s3://voxline-cdr-archive
access_key_id = {N('AKIAIOSFODNN7EXAMPLE', 'documentation-example')}
""")
    t.add("homer/heplify-server.toml", f"""HEPAddr = "0.0.0.0:9060"
DBShema = "homer7"
DBDriver = "postgres"
DBAddr = "localhost:5432"
DBUser = "homer"
DBPass = "{S(g.pw(safe=True), 'generic-password')}"
AlegIDs = ["X-CID"]
""")

    # ---------------------------------------------------------------- prose
    portal_pw = g.pw()
    t.add("wiki/number-porting.md", f"""# Number porting runbook

1. Collect the LOA and the latest bill from the customer.
2. Submit the port in the carrier portal (https://portal.{g.pick(['bandwidth', 'telnyx', 'inteliquent'])}.com).
   Shared NOC login: noc@{DOM}, password `{S(portal_pw, 'password-in-prose')}`.
3. {neutral(g, 'the porting portal')}
4. On FOC date, update the routing in Kamailio (`kamctl dispatcher reload`).

Never send the customer's account PIN by e-mail.
""")
    msgs = [neutral(g, "sbc01"), "who has the AMI login for legacy-pbx?",
            "admin / " + S(g.pw(), 'password-in-prose') + " - only from localhost",
            neutral(g, "Kamailio"), "twilio sub-account token for the dental tenant: " + S(g.hexs(32), 'twilio-credentials'),
            "thx", neutral(g, "FreeSWITCH"),
            "ESL password on edge01 is still the default " + N("ClueCon", 'well-known-default') + ", fix pls"]
    t.add("noc/irc-2024-04.log", "\n".join("[%02d:%02d] <%s> %s" % (g.r.randint(0, 23), g.r.randint(0, 59), g.user(2), m)
                                          for m in msgs) + "\n")
    ticket(t, "tickets/TT-88213.txt", "TT-88213", "One-way audio at Branch2 after firewall swap", [
        "Customer reports one-way audio. Checked SIP ALG on the new firewall.",
        "Firewall admin login for the vendor: " + S(g.pw(), 'temp-password'),
        neutral(g, 'Branch2')], system="OTRS")
    ticket(t, "tickets/TT-88240.txt", "TT-88240", "Reset SIP password for ext 104", [
        sentence(c, g, "ext 104 on acme-dental", g.pw(safe=True)), "Phone re-provisioned, registered OK."], system="OTRS")
    h = filler(g, 3, "asterisk", "pbx01") + [
        "asterisk -rx 'pjsip show registrations'",
        "curl -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json -u %s" % (sid, S(sid + ":" + tok, 'twilio-credentials')),
        "fs_cli -H 127.0.0.1 -P 8021 -p '%s' -x 'sofia status'" % S(g.pw(safe=True), 'password-in-history'),
        "mysql -u kamailio -p%s kamailio -e 'select * from subscriber limit 3'" % S(g.pw(safe=True), 'password-in-history'),
        "sngrep -d any port 5060", "sha256sum /etc/asterisk/*.conf"] + filler(g, 3, "kamailio", "sbc01")
    history(t, "home/noc/.bash_history", h)
