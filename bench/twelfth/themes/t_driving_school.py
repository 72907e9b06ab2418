"""Driving school: lesson booking, dual-control cars with dashcams, simulators, road-test booking, e-learning."""
from themes import kit

ORGS = [("Green Light Driving Academy", "greenlight", "Boise"), ("Clutch & Go Driving School", "clutchgo", "Brighton"),
        ("Safe Lane Driver Training", "safelane", "Raleigh"), ("Mirror Signal Driving", "mirrorsignal", "Perth")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + "driving.com"


def run(ctx):
    v, o = ctx.v, ctx.short
    sim_pw = v.pw("human")
    dmv_pw = v.pw()
    cam_tok = "dcv_" + v.an(36)
    wifi = v.pw("phrase")
    nsims = v.randint(2, 4)

    d = ctx.doc("booking/.env.production")
    d.write(f"""DATABASE_URL={d.S('mysql://booking:%s@db.%s:3306/booking' % (v.urisafe(), ctx.dom), 'database-url')}
DRIVEBOOK_API_KEY={d.P('dvb_' + v.an(32), 'drivebook-api-key')}
APP_SECRET={d.S(v.hx(32), 'symfony-app-secret')}
STRIPE_PUBLISHABLE_KEY={d.N('pk_live_51' + v.an(97), 'publishable-key')}
""")
    d = ctx.doc("booking/.env.example")
    d.write(f"""DATABASE_URL={d.N(kit.dev_default_dsn(ctx, 'mysql'), 'dev-default')}
DRIVEBOOK_API_KEY={d.N('dvb_your_key_here', 'placeholder')}
APP_SECRET={d.N('%env(APP_SECRET)%', 'env-reference')}
""")

    d = ctx.doc("simulators/SimStation.ini", crlf=True)
    sims = "".join(f"Sim{i + 1}={d.N(v.serial('SIM'), 'device-id')}\n" for i in range(nsims))
    d.write(f"""[Admin]
; instructor console password to unlock scenarios (ice, night, motorway)
InstructorPassword={d.S(sim_pw, 'simulator-instructor-password')}

[Licence]
Key={d.N('SIM-****-****-' + v.updg(4), 'masked')}

[Stations]
{sims}""")

    d = ctx.doc("fleet/dashcams.json")
    d.write(f"""{{
  "vendor": "DriveCamView",
  "accountToken": "{d.P(cam_tok, 'drivecamview-token')}",
  "cars": [
    {{"reg": "{v.updg(7)}", "vin": "{d.N(v.updg(17), 'device-id')}"}},
    {{"reg": "{v.updg(7)}", "vin": "{d.N(v.updg(17), 'device-id')}"}}
  ]
}}
""")

    d = ctx.doc("scripts/book_road_tests.py")
    d.write(f"""\"\"\"Grab cancelled road-test slots from the licensing office's booking site for our students.\"\"\"
import os
import requests

S = requests.Session()
S.post("https://roadtest.dmv.example/instructor/login",
       data={{"instructor": "{v.randint(10000, 99999)}", "password": "{d.S(dmv_pw, 'roadtest-portal-password')}"}})
NOTIFY = os.environ["SLACK_WEBHOOK_URL"]
""")

    d = ctx.doc("elearning/lms.properties")
    d.write(f"""# theory course (SCORM packages)
lms.db.password={d.S(v.pw('urisafe'), 'lms-db-password')}
lms.scorm.cloud.appid={d.N(v.updg(10), 'oauth-client-id')}
lms.scorm.cloud.secret={d.P(v.an(40), 'scorm-cloud-secret')}
""")

    d = ctx.doc("sql/instructor-roles.sql")
    d.write(f"""CREATE ROLE payroll_ro LOGIN PASSWORD '{d.S(v.pw('urisafe'), 'postgres-role-password')}';
CREATE ROLE old_import LOGIN PASSWORD '{d.N('SCRAM-SHA-256$4096:' + v.b64(16) + '$' + v.b64(32) + ':' + v.b64(32), 'password-hash')}';
""")

    d = ctx.doc("office/office-kit.csv", free=True)
    d.write(kit.sheet([
        ["what", "where", "login", "password"],
        ["simulator instructor console", "classroom", "instructor", d.S(sim_pw, "simulator-instructor-password")],
        ["office Wi-Fi", "office", "", d.S(wifi, "wifi-psk")],
        ["printer", "office", "admin", d.N("admin", "well-known-default")],
        ["road-test booking", "web", "instructor id", d.N("in Bitwarden", "secret-reference")],
    ]))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/instructor-handbook")
    kit.wiki(ctx, d, "Instructor handbook: tech bits", [
        ("p", "Dashcam footage is only reviewed with the student present."),
        ("h", "Simulators"),
        ("p", "To unlock the motorway scenario use the instructor password %s." % d.S(sim_pw, "simulator-instructor-password")),
        ("h", "Road tests"),
        ("li", ["Booking runs automatically at 06:00", "manual login if it fails: password %s" % d.S(dmv_pw, "roadtest-portal-password")]),
    ])

    d = kit.fdoc(ctx, "chat/instructors")
    kit.chat(ctx, d, "instructors", [
        (a, "dashcam app logged me out, can't pull today's clip"),
        (b, "account token got rotated, it's %s now — paste it in settings" % d.P(cam_tok, "drivecamview-token")),
        (c, "what's the wifi again? new student's laptop"),
        (b, "%s" % d.S(wifi, "wifi-psk")),
        (a, "clip is up"),
    ])

    def body(d):
        return f"""Hi {ctx.person()},

Welcome to {ctx.org}! Your theory course is ready:

  https://learn.{ctx.dom}
  username: your e-mail address
  first password: {d.S(v.pw('human'), 'temporary-password')}

Your lesson calendar (private link, don't share): https://book.{ctx.dom}/cal/{d.S(v.hx(32), 'private-calendar-token')}

See you on the road,
{a}
"""
    kit.email(ctx, "mail/student-welcome.eml", kit.addr(ctx, a), "student@mail.example", "Your theory course login", body)

    d = kit.fdoc(ctx, "tickets/student-app")
    kit.ticket(ctx, d, "DRV-%d" % v.randint(100, 999), "Student can't book lessons", c, [
        (c, "Student's parent called. The app says invalid password; the parent read it out: %s" % d.S(v.pw('human'), 'end-user-password')),
        (a, "Account was created with a typo in the e-mail. Fixed. Payment card %s." % d.N("**** **** **** " + v.dg(4), "masked")),
    ])
