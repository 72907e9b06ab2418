"""Domain registrar: EPP client and logins, transfer auth codes, DNSSEC signing keys (BIND format), TSIG,
reseller API, registry data escrow (GPG/SFTP), anycast DNS nodes, abuse mailbox."""
import base64

import vals17 as V

DIR = "domain-registrar"
VARIANTS = [
    {"org": "Nordnamn Registrar AB", "domain": "nordnamn.se", "city": "Malmö", "langs": ["sv", "en"]},
    {"org": "Domeinwerk B.V.", "domain": "domeinwerk.nl", "city": "Utrecht", "langs": ["nl", "en"]},
    {"org": "Harbourline Names Ltd", "domain": "harbourline-names.co.uk", "city": "Bristol", "langs": ["en"]},
]
TLDS = [("se", "epp.internetstiftelsen.example"), ("nl", "drs.sidn.example"), ("eu", "epp.eurid.example"), ("com", "epp.verisign-grs.example")]


def vocab(t):
    return {
        "systems": ["EPP client", "reseller API", "DNS signer", "RDAP server", "escrow job", "abuse desk"],
        "devices": [("HSM partition", "crypto-officer"), ("anycast node BMC", "ADMIN"), ("EPP gateway", "epp"),
                    ("registry console", "ops"), ("KVM over IP", "admin")],
        "vendor": "PowerDNS", "hosts": ["epp-gw", "signer", "rdap", "ns1-ams"], "channel": "noc",
        "db": "registrar", "ssid": "HL-Office", "ticket_prefix": "REG",
        "integrations": ["reseller-api", "dns-signer", "billing-sync"],
        "topics": ["EPP session limit reached at .eu", "Reseller cannot fetch transfer code", "RRSIG expiring on ns2"],
        "chatter": ["zone push done", ".nl registry maintenance tonight", "KSK rollover next month", "abuse queue at 120",
                    "ns1-ams latency spike", "registry lock request from a bank"],
    }


def build(t):
    r = t.r
    tl = r.sample(TLDS, 3)
    ent = []
    for tld, host in tl:
        ent.append("  - tld: %s\n    host: %s\n    port: 700\n    clID: %s-%d\n    pw: \"%s\"" % (
            tld, host, t.domain.split(".")[0][:8], r.randint(100, 999), t.S(t.pw("strong"), "epp-login-password")))
    t.f("epp/registries.yaml", "# EPP connections, one session pool each\nregistries:\n" + "\n".join(ent) + "\n")
    t.f("epp/debug/login-20250304.xml", """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
  <command>
    <login>
      <clID>%s-%d</clID>
      <pw>%s</pw>
      <newPW>%s</newPW>
      <options><version>1.0</version><lang>en</lang></options>
    </login>
    <clTRID>%s</clTRID>
  </command>
</epp>
""" % (t.domain.split(".")[0][:8], r.randint(100, 999), t.S(t.pw("strong"), "epp-login-password"), t.S(t.pw("strong"), "epp-login-password"),
       t.N("ABC-" + V.rs(r, 12, V.DIG), "id-cltrid")))
    t.f("epp/debug/transfer-request.xml", """<?xml version="1.0" encoding="UTF-8"?>
<epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
  <command>
    <transfer op="request">
      <domain:transfer xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
        <domain:name>%s.%s</domain:name>
        <domain:period unit="y">1</domain:period>
        <domain:authInfo>
          <domain:pw>%s</domain:pw>
        </domain:authInfo>
      </domain:transfer>
    </transfer>
    <clTRID>%s</clTRID>
  </command>
</epp>
""" % (r.choice(["bakery-lund", "kapsalon-ria", "fietsen-vos", "moor-garage"]), tl[0][0], t.S(V.pw_strong(r, 16), "domain-authinfo-code"),
       t.N("ABC-" + V.rs(r, 12, V.DIG), "id-cltrid")))
    rows = ["%s.%s,clientTransferProhibited,%s" % (d, tl[1][0], t.S(V.pw_strong(r, 16), "domain-authinfo-code")) for d in ("vinbar-ost", "tandlakare-nord")]
    rows.append("%s.%s,serverTransferProhibited,%s" % ("bank-secure", tl[1][0], t.N("REDACTED (registry lock)", "reference-prose")))
    t.f("support/transfer-codes-export.csv", "domain,status,auth_code\n" + "\n".join(rows))
    kt = r.randint(10000, 65000)
    zone = "%s." % t.domain
    t.f("dnssec/keys/K%s+013+%05d.private" % (zone, kt), "Private-key-format: v1.3\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: %s\n"
        "Created: 20250101000000\nPublish: 20250101000000\nActivate: 20250108000000" % t.S(V.b64(r, 32), "private-key-dnssec-bind", "key"))
    t.f("dnssec/keys/K%s+013+%05d.key" % (zone, kt), "; This is a zone-signing key, keyid %d, for %s\n%s 3600 IN DNSKEY 256 3 13 %s" % (
        kt, zone, zone, t.N(V.b64(r, 64), "dnskey-public")))
    t.f("dnssec/tsig/xfr-ns2.key", "key \"xfr-ns2.%s\" {\n    algorithm hmac-sha256;\n    secret \"%s\";\n};" % (t.domain, t.S(V.b64(r, 32), "tsig-secret")))
    t.f("reseller-api/config/production.json", """{
  "port": 8443,
  "hmacSecret": "%s",
  "db": {"host": "%s", "user": "reseller", "password": "%s"},
  "dns": {
    "cloudflareToken": "%s",
    "pdnsApiKey": "%s"
  },
  "demoKey": "%s"
}""" % (t.S(t.rtok(64, V.HEX), "hmac-secret"), t.host("epp-gw"), t.S(t.pw(), "db-password"), t.P("cloudflare-token"), t.S(t.rtok(24), "api-key-vendor"),
        t.N("demo-reseller-key-not-valid", "placeholder")))
    t.f("reseller-api/docs/quickstart.md", """# Reseller API quick start

Every request is signed with your reseller key:

```bash
curl -H "X-Reseller-Id: 4711" -H "X-Api-Key: %s" https://api.%s/v1/domains
```

The sandbox accepts the key `%s`. Keys are shown once in the portal; if you lose yours, rotate it.
""" % (t.N("<your-reseller-key>", "placeholder"), t.domain, t.N("demo-reseller-key-not-valid", "placeholder")), free=True)
    fpr = V.hexs(r, 40).upper()
    t.f("escrow/deposit.sh", """#!/bin/sh
# daily RDE deposit (RFC 8909) -> escrow agent
set -e
ESCROW_RECIPIENT_FPR=%s
DEPOSIT=/var/rde/$(date +%%F)-full.ryde
gpg --batch --yes --pinentry-mode loopback --passphrase '%s' \\
    --sign --encrypt -r "$ESCROW_RECIPIENT_FPR" /var/rde/deposit.xml
sshpass -p '%s' sftp -oBatchMode=no rde%d@sftp.escrow-agent.example <<EOF
put $DEPOSIT
EOF
""" % (t.N(fpr, "gpg-fingerprint"), t.S(t.pw("phrase"), "gpg-passphrase"), t.S(t.pw("uri"), "sftp-password"), r.randint(100, 999)))
    t.f("billing/lib/stripe_sync.rb", """require "stripe"

Stripe.api_key = "%s"
WEBHOOK_SECRET = "%s"

module Billing
  def self.renewals(since)
    Stripe::Invoice.list(created: { gte: since }, limit: 100)
  end
end
""" % (t.P("stripe-restricted"), t.P("stripe-webhook")))
    t.f("abuse/.fetchmailrc", "set daemon 120\npoll imap.%s protocol IMAP\n    user \"abuse@%s\" there with password \"%s\" is abuse here\n    ssl\n" % (
        t.domain, t.domain, t.S(t.pw(), "imap-password")))
    a, b = t.pair("aws-keypair")
    t.f("dns-backups/main.tf", """provider "aws" {
  region     = "eu-north-1"
  access_key = "%s"
  secret_key = "%s"
}

resource "aws_s3_bucket" "zones" {
  bucket = "%s-zone-backups"
}
""" % (a, b, t.domain.split(".")[0]))
    n1, n2 = t.pw(), t.pw("weak")
    t.f("noc/anycast-nodes.md", """# Anycast DNS nodes

| node | location | BMC | BMC password |
|---|---|---|---|
| ns1-ams | Amsterdam | 10.8.1.11 | %s |
| ns1-fra | Frankfurt | 10.8.2.11 | %s |
| ns1-sto | Stockholm | 10.8.3.11 | %s |

Serial console via the KVM; the HSM crypto-officer PIN is *not* written anywhere, ask two people.
""" % (t.S(n1, "bmc-password"), t.S(n2, "bmc-password"), t.N("same as ams", "reference-prose")), free=True)
    code = V.pw_strong(r, 16)
    t.f("support/macros/transfer-code-reply.txt", """Subject: Your transfer code for {{ticket.domain}}

Hi {{ticket.requester.first_name}},

Your transfer (EPP/auth) code is: {{ticket.auth_code}}

--- sent 2025-02-11 to the customer, copied here for QA ---
Hi Jonas,

Your transfer (EPP/auth) code is: %s

It is valid for 14 days.
""" % t.S(code, "domain-authinfo-code"), free=True)
