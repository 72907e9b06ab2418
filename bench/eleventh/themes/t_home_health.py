"""Home health and hospice agency: EVV, point-of-care tablets, OASIS submission, scheduling, e-fax."""

from themes import prose as P

DIRNAME = "home-health"


def identity(r):
    city = r.pick(["Chattanooga", "Fort Wayne", "Bakersfield", "Akron", "Lansing", "Montgomery", "Reno", "Topeka"])
    org = r.pick(["%s Home Health", "Comfort Care Hospice of %s", "%s Visiting Nurses", "BrightPath Home Care %s"]) % city
    slug = city.lower().replace(" ", "") + r.pick(["-hh", "-vna", "-hospice"])
    return org, slug, slug.replace("-", "") + r.pick([".org", ".com"]), city


def build(t):
    r = t.r
    kiosk_pw = r.human()
    fax_key = "frl_" + r.an(40)
    evv_pw = r.pw()
    # 1. EVV aggregator
    d = t.doc("evv/aggregator.properties")
    d.write("""# electronic visit verification: state aggregator
evv.sftp.host=sftp.evv-aggregator.example
evv.sftp.user=%s
evv.sftp.password=%s
evv.api.client-id=%s
evv.api.client-secret=%s
evv.provider.npi=%s
""" % (t.slug[:10], d.S(r.pw(), "sftp-password"), d.N(r.uuid(), "oauth-client-id"),
       d.P(r.b64u(48), "evvhub-client-secret"), r.dig(10)))
    # 2. tablets MDM
    d = t.doc("pointofcare/tablets-mdm.json")
    tabs = ",\n".join('    {"asset": "PT-%03d", "serial": "%s"}' % (i, d.N(r.serial("R5"), "device-id")) for i in range(1, 4))
    d.write("""{
  "mdm": {"enrollmentToken": "%s", "tenant": "%s"},
  "kioskExitPassword": "%s",
  "tablets": [
%s
  ]
}
""" % (d.P("mdm_" + r.an(44), "mdm-enrollment-token"), t.slug, d.S(kiosk_pw, "kiosk-exit-password"), tabs))
    # 3. OASIS submission
    d = t.doc("oasis/SubmissionClient.ini", crlf=True)
    d.write("""[Submission]
Endpoint=https://submit.assessments.example/oasis
User=%s
Password=%s

[Proxy]
Host=proxy.%s:8080
User=svc_oasis
Password=%s
""" % (t.slug[:8].upper() + r.dig(3), d.S(r.strong(), "oasis-submission-password"), t.domain,
       d.S(r.pw(), "proxy-password")))
    # 4. scheduling appsettings
    d = t.doc("scheduling/appsettings.Production.json", crlf=True)
    d.write("""{
  "ConnectionStrings": {
    "Scheduling": "Host=%s;Database=scheduling;Username=sched;Password=%s"
  },
  "FaxRelay": {"ApiKey": "%s", "FromNumber": "+1555%s"},
  "AzureAd": {
    "TenantId": "%s",
    "ClientId": "%s"
  }
}
""" % (t.host("pg"), d.S(r.uri_pw(), "connection-string-password"), d.P(fax_key, "faxrelay-api-key"), r.dig(7),
       d.N(r.uuid(), "uuid"), d.N(r.uuid(), "oauth-client-id")))
    d = t.doc("scheduling/appsettings.Development.json", crlf=True)
    d.write("""{
  "ConnectionStrings": {
    "Scheduling": "%s"
  },
  "FaxRelay": {"ApiKey": ""}
}
""" % d.N("Host=localhost;Database=scheduling;Username=sched;Password=sched", "dev-default"))
    # 5. mileage export
    d = t.doc("payroll/Export-Mileage.ps1", crlf=True)
    d.write("""# weekly mileage export to the payroll provider
$sftpPass = ConvertTo-SecureString "%s" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("mileage", $sftpPass)
New-SFTPSession -ComputerName sftp.payroll.example -Credential $cred
""" % d.S(r.pw(), "sftp-password"))
    # 6. infusion pharmacy
    d = t.doc("pharmacy/infusion-partner.yaml")
    d.write("""partner: Infusion pharmacy network
orders_api:
  url: https://orders.infusionrx.example/v1
  token: %s
results_sftp:
  host: sftp.infusionrx.example
  user: %s
  password: %s
""" % (d.P("irx_" + r.hex(40), "infusionrx-token"), t.slug[:10], d.S(r.pw(), "sftp-password")))
    # 7. shared devices sheet
    d = t.doc("it/shared-field-devices.csv", prose=True)
    d.write(P.sheet(["device", "team", "user", "password", "notes"], [
        ["Loaner laptop 1", "North team", "fieldnurse", d.S(r.human(), "laptop-password"), ""],
        ["Loaner laptop 2", "Hospice team", "fieldnurse", d.S(r.human(), "laptop-password"), ""],
        ["Intake PC", "office", "intake", d.N("LAPS", "secret-reference"), "domain"]]))
    # 8. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/on-call-guide.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "After-hours on-call guide", [
        ("Visit verification", ["If a visit fails EVV, log into the aggregator web portal (%s) and add a manual "
                                "reason code." % d.S(evv_pw, "evv-portal-password")]),
        ("Answering service", ["Portal password for the answering service: %s" % d.S(r.human(), "answering-service-password")]),
        ("Escalation", [("list", ["Clinical manager on call", "Administrator"])])]))
    # 9. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/clinical-managers-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "nurse stuck in kiosk mode on PT-002"),
        (1, "exit password is %s" % d.S(kiosk_pw, "kiosk-exit-password")),
        (2, "faxes to the physician office failing since noon"),
        (1, "faxrelay key rotated, new one %s" % d.S(fax_key, "faxrelay-api-key", "provider")),
        (2, "sending now"),
        (0, "EVV portal password reset to %s for the weekend" % d.S(evv_pw, "evv-portal-password"))],
        room="clinical-managers"))
    # 10. e-mail
    d = t.doc("email/referral-portal.eml", prose=True)
    d.write(P.eml(t, "Referral Network <support@referral-network.example>", t.mail(4), "Your referral inbox", [
        "Hello,", "%s has been connected to the hospital referral network." % t.org,
        "Inbox user: %s-intake\nTemporary password: %s" % (t.slug[:8], d.S(r.human(), "temporary-password")),
        "Referral Network support"]))
    # 11. ticket
    fmt = r.pick(P.TICKETS)
    key = "HH-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Family portal: caregiver locked out", 5,
                     "Daughter of a patient cannot log in to the family portal.", [
                         (6, "She gave me the password she uses so I could test: %s" % d.S(r.human(), "end-user-password")),
                         (5, "Please don't collect passwords in tickets. Unlocked and sent a reset link."),
                         (6, "Patient MRN on file %s, no change needed." % d.N("***-**-" + r.dig(4), "masked"))]))
