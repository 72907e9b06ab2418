"""Colocation data centre: DCIM, PDU inventory, out-of-band BMCs, BMS Modbus/BACnet bridge, badge panels,
customer portal, cross-connect LOA tool, UPS network cards, NOC chatter and customer tickets."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "colo-dc"
ORGS = [("Meridian Colocation", "meridian-colo", "meridiancolo.net"),
        ("Ironbridge Data Centers", "ironbridge", "ironbridge-dc.com"),
        ("Northwind Colo", "northwind", "northwindcolo.com")]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["dcim", "customer-portal", "bms-bridge", "badge-sync", "cross-connect"]
    T.hosts = ["dcim01", "bms-gw01", "pdu-mgr01", "portal01", "badge01", "oob-sw01"]
    T.words = ["Chiller", "Busway", "Genset", "Cage", "Raised", "Crah", "Plenum", "Rack"]
    v = T.v
    site = T.pick(["DAL1", "ATL2", "PHX1", "CHI3", "SEA1"])
    dcim_pw = v.pw()

    d = T.doc("dcim/dcim.conf")
    d.put("""# DCIM application server ({site})
[database]
host = dcim01
name = dcim
user = dcim_app
password = {db}

[snmp]
version = 3
user = dcim-poller
auth_protocol = SHA
auth_pass = {ap}
priv_protocol = AES
priv_pass = {pp}
engine_id = {eid}

[ldap]
url = ldaps://ad.{dom}
bind_dn = CN=svc-dcim,OU=Service,DC={dc},DC=local
bind_password = {lb}
""".format(site=site, db=d.S(dcim_pw, "password-ini"), ap=d.S(v.pw_alnum(20), "snmpv3-auth-pass"),
           pp=d.S(v.pw_alnum(20), "snmpv3-priv-pass"), eid=d.N("0x80001f8880" + v.hex(16), "resource-id"), dom=T.domain,
           dc=T.slug.split("-")[0], lb=d.S(v.pw(), "ldap-bind-password")))

    d = T.doc("dcim/pdu-inventory.csv", prose=True)
    rows = [["pdu", "cage", "rack", "ip", "model", "snmp_rw_community"]]
    for i in range(5):
        rw = d.S(v.pw_alnum(16), "snmp-write-community") if i in (0, 2) else (
            d.N("private", "well-known-default") if i == 3 else "v3 only")
        rows.append(["%s-PDU-%02d%s" % (site, i // 2 + 1, "AB"[i % 2]), "C%02d" % T.r.randrange(1, 40), "R%02d" % T.r.randrange(1, 24),
                     "10.%d.%d.%d" % (T.r.randrange(10, 30), T.r.randrange(0, 9), 10 + i), T.pick(["AP8941", "PX3-5190R", "G5-3F"]), rw])
    d.put(sheet(rows))

    d = T.doc("oob/host_vars/bmc.yml")
    d.put("""# out-of-band controllers in the meet-me room
bmc_hosts:
  mmr-core01:
    address: 10.250.0.11
    user: root
    password: "{p1}"
  mmr-core02:
    address: 10.250.0.12
    user: root
    password: "{p2}"
  spare-chassis:
    address: 10.250.0.30
    user: root
    password: "{p3}"   # factory default, not racked yet
""".format(p1=d.S(v.pw(), "bmc-password"), p2=d.S(v.pw(), "bmc-password"), p3=d.N("calvin", "well-known-default")))

    d = T.doc("bms/modbus-bridge.toml")
    d.put("""# BMS bridge: Modbus/BACnet -> MQTT -> DCIM
[site]
code = "{site}"

[mqtt]
url = "mqtts://mq.{dom}:8883"
username = "bms-bridge"
password = "{mp}"

[cloud]
endpoint = "https://api.bms-cloud-analytics.com"
token = "{ct}"

[[modbus]]
name = "chiller-plant"
host = "10.70.1.20"
unit = 1
""".format(site=site, dom=T.domain, mp=d.S(v.pw(), "password-toml"), ct=T.named(d, "bmsc_" + v.b62(40), "bms-cloud-token")))

    d = T.doc("badge/access-panel.xml", crlf=True)
    d.put("""<?xml version="1.0" encoding="utf-8"?>
<AccessSystem site="{site}">
  <Database connectionString="{cs}" />
  <Panels>
    <Panel id="1" address="10.80.1.10" commKey="{ck}" />
    <Panel id="2" address="10.80.1.11" commKeyRef="{ref}" />
  </Panels>
</AccessSystem>
""".format(site=site, cs=d.S("Data Source=badge01\\ACS;Initial Catalog=Access;User ID=acs_svc;Password=%s" % v.pw(), "sqlserver-connection-string"),
           ck=d.S(v.HEX(32), "access-panel-comm-key"), ref=d.N("vault:kv/badge/panel2#commKey", "vault-reference")))

    d = T.doc("portal/.env.production")
    env1, st = T.P(d, "stripe")
    env2, sg = T.P(d, "sendgrid")
    d.put("""DJANGO_SETTINGS_MODULE=portal.settings.production
SECRET_KEY={sk}
DATABASE_URL={db}
{e1}={st}
STRIPE_PUBLISHABLE_KEY={pk}
{e2}={sg}
ALLOWED_HOSTS=portal.{dom}
""".format(sk=d.S(v.b64u(50), "django-secret-key"), db=d.S("postgres://portal:%s@portal01:5432/portal" % v.pw_uri(), "db-uri"),
           e1=env1, st=st, e2=env2, sg=sg, pk=d.N("pk_live_" + v.b62(24), "publishable-key"), dom=T.domain))
    d = T.doc("portal/.env.example")
    d.put("DJANGO_SETTINGS_MODULE=portal.settings.dev\nSECRET_KEY=%s\nDATABASE_URL=%s\nSTRIPE_SECRET_KEY=%s\nSENDGRID_API_KEY=\n" % (
        d.N("dev-only-not-secret", "placeholder"), d.N("postgres://portal:portal@localhost:5432/portal", "dev-default"),
        d.N("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")))

    d = T.doc("crossconnect/loa_generator.py")
    d.put('''"""Generate Letters of Authorization for cross-connect orders."""
import os

PORTAL_API = "https://portal.{dom}/api/v2"
PORTAL_API_TOKEN = "{tok}"
SIGNING_KEY_PATH = os.environ.get("LOA_SIGNING_KEY", "/etc/loa/signing.pem")


def build_loa(order):
    return {{"site": "{site}", "panel": order["panel"], "port": order["port"], "expires_days": 30}}
'''.format(dom=T.domain, tok=d.S(v.hex(40), "api-token-code"), site=site))

    d = T.doc("power/ups-nmc.ini", crlf=True)
    d.put("""[NetworkManagementCard]
; UPS-A and UPS-B network cards, {site}
SystemName={site}-UPS-A
[SystemUserManager]
SuperUser=apc
SuperUserPassword={pw}
ReadOnlyUser=device
ReadOnlyPassword={def_}
""".format(site=site, pw=d.S(v.pw_human(T.words), "password-ini"), def_=d.N("apc", "well-known-default")))

    fmt = T.pick(WIKIS)
    d = T.doc("noc/wiki/customer-onboarding%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Customer onboarding (%s)" % site, [
        ("p", "New customers get a portal account and a cage. Badges are enrolled at security."),
        ("h", "Portal"),
        ("ul", ["create the company in DCIM first, then in the portal",
                "portal superuser: noc-admin / %s" % d.S(v.pw(), "password-wiki")]),
        ("h", "BMS vendor access"),
        ("p", "The BMS integrator connects over their own VPN; their login on bms-gw01 is integrator / %s." % d.S(
            v.pw_human(T.words), "password-wiki"))]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("noc/chat/noc%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "noc", [
        (2, "DCIM is throwing LDAP errors again"),
        (1, "bind account got locked. db side is fine, pw is still %s if you want to check" % d.S(dcim_pw, "password-chat")),
        (2, "ok. generator vendor wants remote access to the genset controller"),
        (1, "give them the jump host account, genset / %s, and disable it after" % d.S(v.pw_human(T.words), "password-chat"))]))

    d = T.doc("noc/mail/bms-vendor.eml", prose=True)
    d.put(email("Integrator Service Desk <service@controls-integrators.com>", "NOC <noc@%s>" % T.domain,
                "RE: BMS remote support tunnel", "Wed, %d Jan 2025 14:40:03 -0600" % T.r.randrange(1, 28), """Hi team,

tunnel details for the chiller plant work on Thursday:

  Peer: 198.51.100.{o}
  IKEv2 PSK: {psk}
  Our engineer will use the bms-gw01 account ctrlsvc, password {pw}

Please open the firewall from 06:00.

Integrator Service Desk
""".format(o=T.r.randrange(2, 250), psk=d.S(v.pw_alnum(32), "vpn-psk"), pw=d.S(v.pw(), "password-email"))))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(6)
    d = T.doc("noc/tickets/RH-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "RH-%s" % n, "Remote hands: console into customer server in %s" % site,
                 "Customer asks us to log into their server on the crash cart and restart nginx. Root password: %s" % d.S(
                     v.pw(), "password-ticket"),
                 [(1, "Done, nginx restarted. Asked the customer to change the root password since it is in this ticket now."),
                  (2, "Customer confirmed.")]))
