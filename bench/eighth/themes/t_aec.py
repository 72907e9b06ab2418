"""Architecture / engineering firm: Autodesk Platform Services, Revit Server, Procore, Bluebeam,
plotters, BIM 360 sync scripts, site-survey drones."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet

ORGS = [("Ashgrove Architects", "ashgrove-arch.example"), ("Meridian Structural", "meridian-se.example"), ("Larchfield Design Studio", "larchfield.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    d = ctx.doc("bim/aps-sync/config.json")
    d.close('{\n  "aps": {\n    "clientId": "%s",\n    "clientSecret": "%s",\n    "callback": "https://bim.%s/callback"\n  },\n  "hubId": "%s"\n}\n'
            % (d.N(v.an(32), "oauth-client-id"), ctx.tok(d, "autodesk-client-secret"), ctx.domain, d.N("b." + v.uuid(), "resource-id")))
    d = ctx.doc("bim/procore/export.ps1", crlf=True)
    d.close("$ClientId = '%s'\n$ClientSecret = '%s'\n$body = @{ grant_type = 'client_credentials'; client_id = $ClientId; client_secret = $ClientSecret }\n"
            "Invoke-RestMethod -Method Post -Uri https://login.procore.com/oauth/token -Body $body\n"
            % (v.s("abcdefghijklmnopqrstuvwxyz0123456789-_", 43), d.S(v.s("abcdefghijklmnopqrstuvwxyz0123456789-_", 43), "oauth-client-secret")))
    d = ctx.doc("bim/revit-server/RSN.ini", crlf=True)
    d.close("revit01\nrevit02\n")
    d = ctx.doc("it/plotters.csv", prose=True)
    rows = [[p, "10.12.0.%d" % (20 + i), "admin", d.S(ctx.pw("word"), "device-admin-password")] for i, p in enumerate(r.sample(["hp-t1700", "hp-z9", "canon-tx4100", "kip-860"], 3))]
    d.close(csv_sheet(["plotter", "ip", "user", "ews_password"], rows))
    d = ctx.doc("it/scan-to-folder.bat", crlf=True)
    d.close('@echo off\nnet use S: \\\\fs01\\scans /user:%s\\scanner %s /persistent:yes\n' % (ctx.domain.split(".")[0].upper(), d.S(ctx.pw(), "net-use-password")))
    d = ctx.doc("survey/drones/dji-flighthub.yaml")
    d.close('flighthub:\n  org_key: "%s"\n  app_id: "%s"\n  app_key: "%s"\n  app_license: "%s"\n'
            % (d.S(v.hex(64), "flighthub-org-key"), d.N(v.digits(6), "resource-id"), d.S(v.hex(32), "dji-app-key"), d.N(v.b64(96), "licence-blob")))
    d = ctx.doc("survey/pix4d/credentials.txt", prose=True)
    d.close("Pix4D cloud (shared survey account)\nuser: survey@%s\npass: %s\n\nBluebeam Studio project invite password: %s\n"
            % (ctx.domain, d.S(ctx.pw(), "prose-password"), d.S(ctx.pw("word"), "prose-password")))
    d = ctx.doc("projects/tickets/bim360-sync", prose=True)
    ext, text = ticket(ctx, "IT-%d" % r.randint(100, 999), "BIM 360 sync failing", [
        (0, "Desktop Connector asks for a login every hour."), (1, "Re-authorised the APS app. While testing I used the render node admin account, password %s" % d.S(ctx.pw("strong"), "prose-password")),
        (2, "Please rotate that. Closing.")])
    d.path += ext
    d.close(text)
    d = ctx.doc("projects/exports/studio.json", prose=True)
    msgs = [(0, "who has the Procore login for the %s job?" % r.choice(["hospital", "library", "depot"])), (1, "pm@%s / %s" % (ctx.domain, d.S(ctx.pw(), "prose-password"))),
            (2, "and the Enscape licence key is %s" % d.N("XXXX-XXXX-XXXX-" + v.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4), "masked"))]
    d.close(chat(ctx, d, msgs, "slack"))
    return "bim"
