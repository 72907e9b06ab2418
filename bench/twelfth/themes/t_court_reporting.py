"""Court-reporting agency: steno writers and CAT software, realtime feeds, remote depositions, transcripts."""
from themes import kit

ORGS = [("Verbatim Reporting Associates", "verbatimra", "Denver"), ("Lakeshore Court Reporters", "lakeshorecr", "Milwaukee"),
        ("Capitol Steno Services", "capsteno", "Austin"), ("Bayline Deposition Services", "baylinedepo", "Oakland")]


def setup(ctx):
    ctx.org, ctx.short, ctx.city = ctx.v.choice(ORGS)
    ctx.dom = ctx.short + ".com"


def run(ctx):
    v, o = ctx.v, ctx.short
    rt_pw = v.an(8).upper() + v.dg(2)
    pdf_pw = v.pw("human")
    vid_pw = v.pw()
    wifi = v.pw("phrase")

    d = ctx.doc("cat/StenoCAT.ini", crlf=True)
    d.write(f"""[Realtime]
; broadcast to attorneys' laptops in the deposition room
BroadcastPort=8088
SessionPassword={d.S(rt_pw, 'realtime-session-password')}

[CloudSync]
Provider=LiveDepo
Token={d.P('ldp_' + v.an(40), 'livedepo-token')}

[Dictionary]
Path=C:\\StenoCAT\\Dict\\main.sgdct
Licence={d.N('SC-****-****-' + v.updg(4), 'masked')}

[Writer]
Serial={d.N(v.serial('LUM'), 'device-id')}
""")

    d = ctx.doc("remote-depo/platform.yaml")
    d.write(f"""# remote deposition rooms (video + exhibit sharing)
provider: RemoteDepo
account_id: {d.N(v.uuid(), 'uuid')}
api_key: {d.P('rdp_live_' + v.an(36), 'remotedepo-api-key')}
webhook_secret: {d.S(v.hx(48), 'webhook-signing-secret')}
recording:
  bucket: {o}-depo-recordings
  retention_days: 2555
""")

    d = ctx.doc("transcripts/repository.toml")
    d.write(f"""# transcript repository (certified PDFs, condensed, word index)
[storage]
endpoint = "https://files.{ctx.dom}/dav"
user = "repo-writer"
password = "{d.S(v.pw(), 'webdav-password')}"

[pdf]
# every certified transcript is encrypted with the same owner password
owner_password = "{d.S(pdf_pw, 'transcript-pdf-password')}"
user_password = ""
""")

    d = ctx.doc("scheduling/.env.production")
    d.write(f"""RAILS_ENV=production
DATABASE_URL={d.S('postgres://depobook:%s@db.%s:5432/depobook' % (v.urisafe(), ctx.dom), 'database-url')}
SECRET_KEY_BASE={d.S(v.hx(128), 'rails-secret-key-base')}
DEPOBOOK_API_KEY={d.P('dbk_' + v.hx(32), 'depobook-api-key')}
GOOGLE_CLIENT_ID={d.N('%d-%s.apps.googleusercontent.com' % (v.randint(10 ** 11, 10 ** 12 - 1), v.lodg(32)), 'oauth-client-id')}
""")
    d = ctx.doc("scheduling/.env.example")
    r, c = kit.example_ref(ctx, "SECRET_KEY_BASE")
    d.write(f"""RAILS_ENV=development
DATABASE_URL={d.N(kit.dev_default_dsn(ctx), 'dev-default')}
SECRET_KEY_BASE={d.N(r, c)}
DEPOBOOK_API_KEY={d.N('dbk_<your key>', 'placeholder')}
""")

    d = ctx.doc("video/sync-depo-video.ps1", crlf=True)
    d.write(f"""# videographers drop MP4 + sync files; push them to the repository share
$pw = ConvertTo-SecureString '{d.S(vid_pw, 'convertto-securestring-password')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('{o.upper()}\\svc_video', $pw)
New-PSDrive -Name V -PSProvider FileSystem -Root \\\\nas01\\video -Credential $cred
Copy-Item D:\\Depos\\*.mp4 V:\\incoming\\
""")

    d = ctx.doc("billing/invoices-export.sql")
    d.write(f"""-- nightly export to the accounting system
CREATE USER acct_export WITH PASSWORD '{d.S(v.pw('urisafe'), 'postgres-role-password')}';
GRANT SELECT ON invoices, jobs TO acct_export;
""")

    d = ctx.doc("office/reporter-kit.csv", free=True)
    d.write(kit.sheet([
        ["item", "assigned to", "login", "secret", "notes"],
        ["realtime router (travel)", "pool", "admin", d.S(v.an(12), "travel-router-password"), "GL.iNet, for rooms without Wi-Fi"],
        ["LiveDepo account", "pool", "scheduling@" + ctx.dom, d.N("SSO", "secret-reference"), ""],
        ["steno writer " + v.serial("LUM"), ctx.person(), "", d.N("n/a", "placeholder"), ""],
        ["office Wi-Fi", "everyone", "", d.S(wifi, "wifi-psk"), "conference room too"],
    ], delim=";"))

    a, b, c = ctx.people(3)
    d = kit.fdoc(ctx, "wiki/new-reporter-onboarding")
    kit.wiki(ctx, d, "New reporter onboarding", [
        ("p", "Welcome! Everything you need for your first deposition with us."),
        ("h", "Realtime"),
        ("p", "Attorneys connect to your broadcast with the session password %s (it changes when someone leaves the firm)." % d.S(rt_pw, "realtime-session-password")),
        ("h", "Transcripts"),
        ("li", ["Certified PDFs are encrypted automatically",
                "If a client can't open one, the owner password is %s" % d.S(pdf_pw, "transcript-pdf-password"),
                "Never e-mail the password in the same message as the transcript"]),
        ("h", "Office"),
        ("p", "Wi-Fi: VRA-STAFF, key %s" % d.S(wifi, "wifi-psk")),
    ])

    d = kit.fdoc(ctx, "chat/reporters")
    kit.chat(ctx, d, "reporters", [
        (a, "opposing counsel can't see my realtime feed"),
        (b, "did you give them the new session password? it's %s since Monday" % d.S(rt_pw, "realtime-session-password")),
        (a, "that did it"),
        (c, "anyone know the video share password? the videographer is stuck"),
        (b, "svc_video / %s, but it should be on the laptop already" % d.S(vid_pw, "video-share-password")),
        (c, "thx"),
    ])

    def body(d):
        return f"""Counsel,

Your expedited transcript of the deposition of {ctx.person()} {v.word().capitalize()} is ready.

The certified copy is in your client folder:
https://files.{ctx.dom}/s/{d.S(v.an(15), 'private-share-link')}

To view the realtime rough draft during tomorrow's continuation, connect to the room's broadcast and use the
access code we agreed on by phone: {d.S(v.pw('human'), 'realtime-access-code')}

{a}
Scheduling, {ctx.org}
"""
    kit.email(ctx, "mail/expedited-transcript.eml", kit.addr(ctx, a), "paralegal@lawfirm.example", "Expedited transcript and tomorrow's realtime", body)

    d = kit.fdoc(ctx, "tickets/client-portal")
    kit.ticket(ctx, d, "CR-%d" % v.randint(100, 999), "Paralegal locked out of the client portal", c, [
        (c, "Paralegal at a client firm says the portal won't accept her password (she sent it: %s)." % d.S(v.pw('human'), 'end-user-password')),
        (b, "Caps lock was on on her side. Asked her to change it. Firm billing card %s untouched." % d.N("**** **** **** " + str(v.randint(1000, 9999)), "masked")),
    ])
