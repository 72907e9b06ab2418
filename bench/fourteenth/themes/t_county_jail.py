"""county-jail: a county detention centre - security door control, inmate calling platform, commissary
kiosks, video visitation, jail-management-system interfaces, medical/eMAR export, body scanner, court video."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    county = v.choice(["Harlan", "Pike", "Marlow", "Ossining"])
    ctx.org = "%s County Detention Center" % county
    ctx.domain = "%scounty.example.gov" % county.lower()
    ctx.words = ["sallyport", "cellblock", "booking", "intake", "rollcall", "lockdown", "podcontrol", "warden",
                 "bailiff", "custody"]
    ctx.set_people(9)
    ppl = ctx.people

    d = ctx.doc("control/door-control.ini", crlf=True)
    d.w("[TouchScreen]", "Station=Central Control", "AdminPassword=%s" % d.S(ctx.pw(), "ini-password"),
        "", "[PLC]", "Address=10.90.1.10", "Rack=0", "Slot=1", "", "[Historian]",
        "Password=%s" % d.N("{DPAPI}AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + v.b64bytes(24), "encrypted-value"))

    d = ctx.doc("phones/callguard.yaml")
    d.w("platform: CallGuard", "facility_id: %s" % d.N(v.digits(5), "facility-id"),
        "api_key: %s" % d.P("cgd_" + v.alnum(40), "vendor-callguard-key"), "recordings:",
        "  sftp_host: rec.callguard.example", "  sftp_user: %s" % county.lower(),
        "  sftp_password: \"%s\"" % d.S(ctx.pw(), "yaml-password"), "  retention_days: 365")

    d = ctx.doc("commissary/kiosk.json")
    d.w("{", '  "kioskExitPassword": "%s",' % d.S(ctx.pw(), "kiosk-exit-password"),
        '  "payments": {', '    "processor": "TrustPay",', '    "secretKey": "%s"' % d.P(
            "tp_sk_live_" + v.alnum(32), "vendor-trustpay-secret"), "  },",
        '  "publishableKey": "%s",' % d.N("tp_pk_live_" + v.alnum(32), "public-publishable-key"),
        '  "units": ["A", "B", "C", "Medical"]', "}")

    d = ctx.doc("visitation/visitation.properties")
    d.w("visit.platform.url=https://visits.example-vendor.com", "visit.platform.key=%s" % d.P(
        "vv_" + v.hex(40), "vendor-videovisit-key"),
        "visit.db.url=%s" % d.S("jdbc:sqlserver://sql02;databaseName=Visits;user=visits;password=%s" % ctx.pw(),
                                "jdbc-password"),
        "visit.hours=08:00-20:00")

    d = ctx.doc("jms/interfaces.xml", crlf=True)
    d.w('<?xml version="1.0"?>', "<Interfaces>",
        "  <Court endpoint=\"https://courts.example.gov/ws\" user=\"jail_if\" password=\"%s\"/>" % d.S(
            ctx.pw(), "xml-password"),
        "  <Booking sample=\"%s\"/>" % d.N("B%s-%s" % (v.randint(2019, 2025), v.digits(6)), "booking-number"),
        "  <Pharmacy endpoint=\"sftp://emar.example-pharmacy.com\" keyRef=\"%s\"/>" % d.N(
            "cert:LocalMachine/My/" + v.HEX(40), "certificate-thumbprint"),
        "</Interfaces>")

    d = ctx.doc("medical/Export-Emar.ps1", crlf=True)
    d.w("# nightly medication administration export to the pharmacy", "$sftpUser = 'jailmed'",
        "$sftpPass = '%s'" % d.S(ctx.pw(), "powershell-password"),
        "& 'C:\\Program Files (x86)\\WinSCP\\WinSCP.com' /command \"open sftp://${sftpUser}:${sftpPass}@emar."
        "example-pharmacy.com/\" \"put D:\\exports\\emar.csv\" \"exit\"")

    d = ctx.doc("intake/body-scanner.toml")
    d.w("[scanner]", 'model = "SecurPass"', 'serial = "%s"' % d.N(v.serial("SP"), "serial-number"), "",
        "[service]", 'remote_password = "%s"' % d.S(ctx.pw(), "toml-password"), 'dose_log = "D:/doselog"')

    d = ctx.doc("court-video/arraignment.sh")
    d.w("#!/bin/bash", "# join the morning arraignment bridge from the video courtroom",
        "BRIDGE=\"https://video.courts.example.gov/join/%s?pwd=%s\"" % (v.digits(10), d.S(v.alnum(22),
                                                                                        "meeting-password")),
        "xdg-open \"$BRIDGE\"")

    env_pair(ctx, "family-portal/.env.production", [
        ("APP_KEY", "S", "laravel-app-key", "base64:" + v.b64bytes(32)),
        ("DB_PASSWORD", "S", "env-password", ctx.pw()),
        ("TRUSTPAY_SECRET", "P", "vendor-trustpay-secret", "tp_sk_live_" + v.alnum(32)),
        ("TWILIO_AUTH_TOKEN", "P", "twilio-auth-token", v.hex(32)),
        ("RECAPTCHA_SITE_KEY", "N", "public-recaptcha-site", prov14.public_value(v, "recaptcha-site")[1]),
    ])
    sql_std(ctx, "db/logins.sql", "mssql", ["jms_app", "visits", "reports_ro", "commissary"])
    device_sheet(ctx, "it/housing-units.csv", "csv", v.sample([
        ("pod-a-intercom", "IP7-A"), ("pod-b-intercom", "IP7-A"), ("nvr-01", "Avigilon NVR5"),
        ("kiosk-a", "KX-200"), ("control-ws", "OptiPlex 7010"), ("door-plc", "S7-1500")], 5), crlf=True,
        subnet="10.90.0")

    def chat(d):
        return [
            (ppl[0], "central control touchscreen wants the admin pw after update"),
            (ppl[1], "it's %s - only give it to the control sergeant" % d.S(ctx.pw(), "chat-password")),
            (ppl[2], "callguard sftp pw changed to %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[3], "staff wifi (not the inmate tablet network): %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[4], "arraignment bridge link for tomorrow: %s" % d.S(
                "https://video.courts.example.gov/join/%s?pwd=%s" % (v.digits(10), v.alnum(22)), "meeting-link")),
            (ppl[1], "kiosk exit pw is in %s" % d.N("CyberArk > Jail > Kiosk", "secret-manager-note")),
        ]
    P.chat(ctx, "comms", v.choice(["teams", "teams", "mattermost", "gchat"]), chat,
           v.choice(["jail-it", "control-room", "facilities"]))

    def wiki(d):
        return [
            ("p", "Control-room IT quick reference. Sensitive: staff only."),
            ("table", ["System", "Account", "Password"], [
                ["Video visitation admin", "visitadmin", d.S(ctx.pw(), "wiki-password")],
                ["Body scanner service", "service", "vendor only"],
                ["Intercom server", "admin", d.S(ctx.pw(), "wiki-password")]]),
            ("p", "The door-control PLC has no password; it is on the isolated control VLAN."),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Control room IT", wiki, crlf=True)

    def ticket(d):
        return [
            (ppl[7], "Family member can't log into the deposit portal."),
            (ppl[2], "Reset; temporary password %s given over the phone." % d.S(ctx.pw(), "ticket-password")),
        ]
    P.ticket(ctx, "support/tickets", "servicenow", "INC%07d" % v.randint(1, 9999999), "Family portal login",
             ppl[7], ticket)

    def mail(d):
        return [
            "Good afternoon,", "Your CallGuard administrator account has been created.",
            "URL: https://admin.callguard.example  User: %s" % ctx.mail(ppl[0]),
            "Temporary password: %s" % d.S(ctx.pw(), "email-password"),
            "API key for the JMS integration: %s" % d.P("cgd_" + v.alnum(40), "vendor-callguard-key"),
            "CallGuard Implementation"]
    P.email(ctx, "mail/callguard-admin.eml", "implementation@callguard.example", ctx.mail(ppl[0]),
            "Administrator account", mail, crlf=True)

    def vm(d):
        return ["This is the night sergeant, the booking workstation in intake is locked,",
                "I tried the password on the shift sheet, %s, and it says expired." % d.S(ctx.pw(),
                                                                                      "voicemail-password"),
                "Please call the control room."]
    P.voicemail(ctx, "mail/voicemail-sergeant.txt", "ext %d" % v.randint(400, 499), ppl[2], vm)

    def nts(d):
        return [("Shift briefing - IT items",),
                "Intake workstation passwords reset; shared booking login is now %s until AD accounts exist." % d.S(
                    ctx.pw(), "notes-password"),
                "Inmate tablets: vendor patch scheduled.", ("Actions",),
                "%s: remove passwords from the shift sheet." % ppl[4].split()[0]]
    P.notes(ctx, "docs/meetings/briefing-%s.md" % v.choice(["mon", "wed", "fri"]), "Briefing", ppl[:5], nts)
