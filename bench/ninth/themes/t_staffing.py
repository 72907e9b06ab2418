"""Staffing agency: ATS API, background checks, payroll export and bank ACH SFTP, timesheet kiosks, job-board
feeds, E-Verify web services, e-signature, report data source, client VMS portals sheet, recruiters talking."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "staffing-agency"
ORGS = [("Brightpath Staffing", "brightpath", "brightpathstaffing.com"),
        ("Keystone Talent Partners", "keystone-talent", "keystonetalent.com"),
        ("Northfield Workforce", "northfield", "northfieldworkforce.com")]
CLIENTS = ["Granite Logistics", "Halcyon Health", "Orbit Manufacturing", "Pinecrest Foods", "Sterling Retail"]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["ats-sync", "background-checks", "payroll-export", "timesheets", "job-boards"]
    T.hosts = ["ats01", "pay01", "ts01", "files01", "sql-staff01"]
    T.words = ["Recruiter", "Placement", "Shift", "Timesheet", "Onboard", "Resume", "Talent", "Payroll"]
    v = T.v
    clients = T.sample(CLIENTS, 3)
    vms_pw = v.pw()
    boards_pw = v.pw_human(T.words)

    d = T.doc("ats/ats-api.properties")
    d.put("""# ATS REST API (OAuth password grant, legacy)
ats.auth.url=https://auth.ats-cloud.com/oauth/authorize
ats.client.id={cid}
ats.client.secret={cs}
ats.api.user={s}.api
ats.api.password={pw}
ats.sync.interval=PT10M
""".format(cid=d.N(v.uuid(), "oauth-client-id"), cs=T.named(d, v.b62(32), "ats-client-secret"), s=T.slug,
           pw=d.S(v.pw(), "password-properties")))

    d = T.doc("background/screening.env")
    d.put("SCREENING_API_KEY=%s\nSCREENING_PACKAGE=standard_plus\nSCREENING_WEBHOOK_SECRET=%s\n" % (
        T.named(d, v.hex(40), "screening-api-key"), d.S(v.hex(32), "webhook-secret")))
    d = T.doc("background/screening.env.example")
    d.put("SCREENING_API_KEY=%s\nSCREENING_PACKAGE=basic\nSCREENING_WEBHOOK_SECRET=%s\n" % (
        d.N("test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"), d.N("${SCREENING_WEBHOOK_SECRET}", "env-reference")))

    d = T.doc("payroll/payroll-export.json")
    d.put("""{{
  "provider": "payroll-cloud",
  "client_id": "{s}-export",
  "client_secret": "{cs}",
  "mtls_cert": "/etc/payroll/{s}.crt",
  "sftp": {{
    "host": "sftp.payroll-cloud.com",
    "user": "{s}",
    "password": "{pw}"
  }}
}}
""".format(s=T.slug, cs=T.named(d, v.b64u(40), "payroll-client-secret"), pw=d.S(v.pw(), "password-json")))

    d = T.doc("payroll/bank-ach.ini", crlf=True)
    d.put("""[Bank]
Host=sftp.commercial-bank-files.com
Port=22
User={s}ach
Password={pw}
CompanyId={cid}
[Files]
Outbound=D:\\ACH\\out
""".format(s=T.slug[:8], pw=d.S(v.pw(), "password-ini"), cid="1" + v.digits(9)))

    d = T.doc("timesheets/kiosk.yaml")
    d.put("""# clock-in kiosks at client sites
api:
  url: https://ts01.{dom}/api
  device_token: "{tok}"
device:
  admin_password: "{ap}"
  photo_capture: true
sites: [{cl}]
""".format(dom=T.domain, tok=d.S(v.b64u(40), "device-token"), ap=d.S(v.pw_human(T.words), "password-yaml"),
           cl=", ".join('"%s"' % c for c in clients)))

    d = T.doc("job-boards/feeds.yaml")
    d.put("""# job feeds
indeed:
  publisher_id: "{pid}"
  feed_token: "{ft}"
board_b:
  account: {s}
  password: "{bp}"
""".format(pid=v.digits(16), ft=T.named(d, v.b62(40), "job-board-feed-token"), s=T.slug, bp=d.S(boards_pw, "password-yaml")))

    d = T.doc("compliance/everify.cfg")
    d.put("""# E-Verify web services (employer agent)
[webservice]
endpoint = https://everify.uscis.gov/WebServices/EmployerWebServiceV31
user_id = {u}
password = {pw}
password_expires = {dt}
""".format(u=v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + v.digits(4), pw=d.S(v.pw(), "everify-password"), dt=T.date()))

    d = T.doc("onboarding/esign.json")
    d.put("""{{
  "integration_key": "{ik}",
  "user_id": "{uid}",
  "secret_key": "{sk}",
  "account_id": "{aid}",
  "base_path": "https://na3.esign-platform.net/restapi"
}}
""".format(ik=d.N(v.uuid(), "oauth-client-id"), uid=v.uuid(), sk=T.named(d, v.uuid(), "esign-secret-key"), aid=v.uuid()))

    d = T.doc("reports/Placements.rds", crlf=True)
    d.put("""<?xml version="1.0" encoding="utf-8"?>
<RptDataSource xmlns="http://schemas.microsoft.com/sqlserver/reporting/2006/03/reportdatasource" Name="Placements">
  <ConnectionProperties>
    <Extension>SQL</Extension>
    <ConnectString>{cs}</ConnectString>
    <IntegratedSecurity>false</IntegratedSecurity>
  </ConnectionProperties>
</RptDataSource>
""".format(cs=d.S("Data Source=sql-staff01;Initial Catalog=Staffing;User ID=report_reader;Password=%s" % v.pw(), "sqlserver-connection-string")))

    d = T.doc("clients/vms-portals.csv", prose=True)
    rows = [["client", "VMS", "login", "password", "notes"]]
    for i, c in enumerate(clients):
        rows.append([c, T.pick(["vms-one", "fieldvms", "talentgate"]), "%s@%s" % (T.slug, T.domain),
                     d.S(vms_pw if i == 0 else v.pw(), "password-sheet") if i < 2 else d.N("SSO via client IdP", "secret-reference"),
                     "rate card %d" % (2024 + i % 2)])
    d.put(sheet(rows))

    fmt = T.pick(WIKIS)
    d = T.doc("recruiting/wiki/job-boards%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Posting jobs", [
        ("p", "All postings go through the ATS. The feed publishes every 30 minutes."),
        ("ul", ["Board B shared login: %s / %s (do not change it, the feed uses it)" % (T.slug, d.S(boards_pw, "password-wiki")),
                "Sponsored posts need manager approval."])]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("recruiting/chat/recruiters%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "recruiters", [
        (4, "%s VMS kicked me out, anyone have the login?" % clients[0]),
        (2, "%s@%s / %s" % (T.slug, T.domain, d.S(vms_pw, "password-chat"))),
        (4, "thanks. candidate portal admin?"),
        (2, "that's %s but ask ops before you use it" % d.S(v.pw_human(T.words), "password-chat"))]))

    d = T.doc("recruiting/mail/client-vms.eml", prose=True)
    d.put(email("HR Systems <hrsystems@%s.com>" % clients[1].split()[0].lower(), "%s <%s>" % (T.people[2], T.email(2)),
                "Supplier access to our VMS", "Tue, %d Dec 2025 15:22:48 -0500" % T.r.randrange(1, 28), """Hello {n},

your supplier account is active.

  Login: {s}-supplier
  Password: {pw}

Timesheets must be approved in the VMS by Monday 10:00.

HR Systems
""".format(n=T.first(2), s=T.slug, pw=d.S(v.pw(), "password-email"))))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(5)
    d = T.doc("recruiting/tickets/STF-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "STF-%s" % n, "Candidate cannot upload I-9 documents",
                 "Candidate emailed their portal password so we could upload for them: %s" % d.S(v.pw_human(T.words), "password-ticket"),
                 [(1, "We do not log in as candidates. Sent a reset link instead."), (2, "Upload fixed after the reset.")]))
