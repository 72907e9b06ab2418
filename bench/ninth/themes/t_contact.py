"""Contact centre / BPO: IVR flow export, CCaaS dialer properties, WFM sync, call-recording archive, SBC
SIP trunk config, CRM CTI adapter, speech analytics, softphone provisioning sheet, supervisors talking."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "contact-center"
ORGS = [("Clearline Customer Care", "clearline", "clearlinecare.com"),
        ("Northstar BPO", "northstar-bpo", "northstarbpo.com"),
        ("Vantage Contact Solutions", "vantage-cs", "vantagecontact.net")]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["ivr-flows", "wfm-sync", "recording-archive", "crm-cti", "qa-analytics"]
    T.hosts = ["cti01", "rec-arch01", "wfm01", "sbc01", "qa01"]
    T.words = ["Headset", "Queue", "Escalate", "Callback", "Wrapup", "Dialer", "Hold", "Survey"]
    v = T.v
    client = T.pick(["Brightwave Energy", "Tandem Telecom", "Oakfield Insurance", "Parcelpoint"])
    acct = v.digits(12)
    dialer_pw = v.pw()
    sbc_admin = v.pw()

    d = T.doc("ivr/flows/main-menu.json")
    d.put("""{{
  "Version": "2019-10-30",
  "StartAction": "greeting",
  "Actions": [
    {{ "Identifier": "greeting", "Type": "MessageParticipant", "Parameters": {{ "Text": "Thank you for calling {c}." }} }},
    {{ "Identifier": "lookup", "Type": "InvokeLambdaFunction",
      "Parameters": {{ "LambdaFunctionARN": "{arn}" }} }},
    {{ "Identifier": "bot", "Type": "ConnectParticipantWithLexBot",
      "Parameters": {{ "LexV2Bot": {{ "AliasArn": "{lex}" }} }} }},
    {{ "Identifier": "pay", "Type": "InvokeExternalResource",
      "Parameters": {{ "Endpoint": "https://ivr-pay.{dom}/v1/tokenize", "ApiKey": "{pk}" }} }}
  ]
}}
""".format(c=client, arn=d.N("arn:aws:lambda:eu-west-2:%s:function:%s-crm-lookup" % (acct, T.slug), "resource-id"),
           lex=d.N("arn:aws:lex:eu-west-2:%s:bot-alias/%s/%s" % (acct, v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)), "resource-id"),
           dom=T.domain, pk=T.named(d, "ivrpay_" + v.b62(32), "ivr-payment-api-key")))

    d = T.doc("ccaas/dialer.properties")
    d.put("""# outbound dialer (CCaaS) admin API
dialer.api.url=https://api.dialhub-cloud.com/wsadmin/v13
dialer.api.user=api-{s}@{dom}
dialer.api.password={pw}
dialer.domain.id={did}
dialer.campaigns=renewals,winback,{c}
""".format(s=T.slug, dom=T.domain, pw=d.S(dialer_pw, "password-properties"), did=v.digits(6), c=client.split()[0].lower()))

    d = T.doc("wfm/wfm-sync.yaml")
    d.put("""# workforce management: forecasts in, schedules out
wfm:
  api: https://wfm-cloud.example-wfm.com/api/v2
  client_id: {s}-sync
  client_secret: "{cs}"
schedule_export:
  sftp_host: wfm01
  user: schedules
  password: "{sp}"
  cron: "15 2 * * *"
""".format(s=T.slug, cs=T.named(d, v.b64u(40), "wfm-client-secret"), sp=d.S(v.pw(), "password-yaml")))

    d = T.doc("recording/archive.ini", crlf=True)
    b2 = T.pair(d, "b2")
    d.put("""[Archive]
Endpoint=https://s3.eu-central-003.backblazeb2.com
Bucket={s}-call-recordings
KeyId={a0}
ApplicationKey={a1}
[Encryption]
Mode=AES256-GCM
Passphrase={pp}
[Retention]
Days=400
""".format(s=T.slug, a0=b2[0][1], a1=b2[1][1], pp=d.S(v.passphrase(), "recording-encryption-passphrase")))

    d = T.doc("sbc/sbc01-running-config.txt")
    d.put("""! session border controller sbc01
hostname sbc01
snmp-server community {sc} RW
snmp-server community {pub} RO
sip-trunk carrier-a
 registrar sip.carrier-a.net
 auth-username {u}
 auth-password {tp}
 register expires 3600
user admin privilege 15 secret {hs}
""".format(sc=d.S(v.pw_alnum(14), "snmp-write-community"), pub=d.N("public", "well-known-default"), u=v.digits(10),
           tp=d.S(v.pw_alnum(20), "sip-trunk-password"), hs=d.N("5 $1$" + v.chars("./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 4) + "$" +
                                                              v.chars("./abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 22), "password-hash")))

    d = T.doc("crm-cti/adapter.config", crlf=True)
    d.put("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CrmLoginUrl" value="https://login.salesforce.com" />
    <add key="CrmUser" value="cti.integration@{dom}" />
    <add key="CrmPasswordAndToken" value="{pt}" />
    <add key="ConsumerKey" value="{ck}" />
    <add key="CtiServer" value="cti01:5060" />
  </appSettings>
</configuration>
""".format(dom=T.domain, pt=d.S(v.pw() + v.b62(24), "salesforce-password-and-token"),
           ck=d.N("3MVG9" + v.b64u(80).replace("-", ".").replace("_", "."), "oauth-client-id")))

    d = T.doc("qa/speech-analytics.env")
    e1, dg = T.P(d, "deepgram")
    e2, oa = T.P(d, "openai")
    d.put("%s=%s\n%s=%s\nQA_DATABASE_URL=%s\nREDACT_PCI=true\n" % (
        e1, dg, e2, oa, d.S("postgresql://qa:%s@qa01:5432/qa" % v.pw_uri(), "db-uri")))
    d = T.doc("qa/speech-analytics.env.example")
    d.put("DEEPGRAM_API_KEY=\nOPENAI_API_KEY=%s\nQA_DATABASE_URL=%s\nREDACT_PCI=true\n" % (
        d.N("sk-proj-...", "placeholder"), d.N("postgresql://qa:qa@localhost:5432/qa", "dev-default")))

    d = T.doc("agents/softphone-provisioning.csv", prose=True)
    rows = [["agent", "extension", "sip_user", "sip_password", "site"]]
    for i in range(4):
        ext = str(4000 + T.r.randrange(100, 900))
        rows.append([v.person(), ext, ext, d.S(v.pw_alnum(16), "sip-password-sheet") if i < 3 else d.N("(reset pending)", "placeholder"),
                     T.pick(["Leeds", "Cork", "Manila", "Cape Town"])])
    d.put(sheet(rows))

    fmt = T.pick(WIKIS)
    d = T.doc("ops/wiki/new-site-onboarding%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Bringing a new site online", [
        ("ul", ["order the SIP trunk; carrier sends auth details to noc@",
                "SBC admin web UI: admin / %s" % d.S(sbc_admin, "password-wiki"),
                "WFM: add the site, supervisors log in with SSO"]),
        ("h", "Recordings"),
        ("p", "Recordings are encrypted in the archive; the passphrase is in the vault, never in tickets.")]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("ops/chat/supervisors%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "supervisors", [
        (3, "dialer admin locked me out again"),
        (1, "use the api account for now: password %s" % d.S(dialer_pw, "password-chat")),
        (3, "and %s want us in their CRM sandbox today" % client),
        (2, "their test login is cc-agent01 / %s" % d.S(v.pw_human(T.words), "password-chat"))]))

    d = T.doc("ops/mail/client-crm.eml", prose=True)
    d.put(email("%s <it@%s.com>" % (v.person(), client.split()[0].lower()), "%s <%s>" % (T.people[2], T.email(2)),
                "CRM sandbox for your agents", "Thu, %d Nov 2025 08:14:21 +0000" % T.r.randrange(1, 28), """Hi {n},

sandbox is ready: https://{c}--uat.sandbox.my.crm-cloud.com
Shared team login for the pilot: {s}.pilot@{c}.com / {pw}

We will switch you to SSO once the pilot is signed off.
""".format(n=T.first(2), c=client.split()[0].lower(), s=T.slug, pw=d.S(v.pw(), "password-email"))))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(6)
    d = T.doc("ops/tickets/CC-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "CC-%s" % n, "Agent softphone will not register",
                 "Agent at ext %d cannot register. SBC log shows 403. Agent says their SIP password is %s" % (
                     4000 + T.r.randrange(100, 900), d.S(v.pw_alnum(16), "sip-password-ticket")),
                 [(1, "Password had a trailing space in the provisioning sheet. Re-provisioned."),
                  (2, "SBC admin password rotated after this, new one in the vault.")]))
