"""Cinema chain: theatre management system, projector/server SNMP and web UIs, KDM handling, ticketing
and concessions POS, digital signage."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet

ORGS = [("Marquee Picturehouses", "marqueepics.example"), ("Orion Cinemas", "orioncinemas.example"), ("Paragon Screens", "paragonscreens.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    sites = r.sample(["leeds", "york", "hull", "derby", "bath", "exeter"], r.randint(2, 3))
    for s in sites:
        d = ctx.doc("sites/%s/tms/tms.properties" % s)
        d.close("tms.site=%s\ntms.db.url=jdbc:postgresql://tms-%s:5432/tms\ntms.db.user=tms\ntms.db.password=%s\nkdm.inbox.imap.user=kdm@%s\nkdm.inbox.imap.password=%s\n"
                % (s, s, d.S(ctx.pw("strong"), "jdbc-password"), ctx.domain, d.S(ctx.pw(), "imap-password")))
        d = ctx.doc("sites/%s/screens.csv" % s, prose=True)
        rows = []
        for i in range(1, r.randint(3, 5)):
            rows.append(["screen-%d" % i, "10.%d.%d.20" % (50 + sites.index(s), i), r.choice(["IMB", "ICMP", "DSS200"]),
                         d.S(ctx.pw("word"), "device-admin-password") if i % 2 else d.N(r.choice(["admin (factory)", "see TMS"]), "placeholder")])
        d.close(csv_sheet(["screen", "server_ip", "model", "web_password"], rows))
    d = ctx.doc("ticketing/booking-api/appsettings.Production.json")
    d.close('{\n  "Vista": {\n    "ConnectApiToken": "%s",\n    "ClientId": "%s"\n  },\n  "Payments": {\n    "StripeSecretKey": "%s",\n    "StripePublishableKey": "%s"\n  },\n  "ApplePayMerchantId": "merchant.%s"\n}\n'
            % (d.S(v.an(48), "vista-connect-token"), d.N(v.uuid(), "uuid"), ctx.tok(d, "stripe-secret-key"), d.N("pk_live_" + v.an(99), "publishable-key"), ctx.domain))
    d = ctx.doc("ticketing/booking-api/appsettings.Development.json")
    d.close('{\n  "Vista": {\n    "ConnectApiToken": "%s"\n  },\n  "Payments": {\n    "StripeSecretKey": "%s"\n  }\n}\n'
            % (d.N("<from user-secrets>", "placeholder"), d.N("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "documented-example")))
    d = ctx.doc("concessions/pos-terminal.ini", crlf=True)
    d.close("[Store]\nSiteCode=%s\n[Sql]\nServer=.\\SQLEXPRESS\nUser=sa\nPassword=%s\n[Loyalty]\nApiKey=%s\n"
            % (sites[0].upper(), d.S(ctx.pw(), "sql-sa-password"), d.S(v.an(32), "loyalty-api-key")))
    d = ctx.doc("signage/players.yaml")
    d.close("players:\n" + "".join("  - site: %s\n    enrol_code: %s\n" % (s, d.N(v.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8), "device-id")) for s in sites) +
            "cms:\n  url: https://signage.%s\n  api_key: %s\n" % (ctx.domain, d.S(v.hex(40), "signage-api-key")))
    d = ctx.doc("projection/mail/kdm-delivery.eml", prose=True)
    d.close(email(ctx, "KDM portal login", ["Hi,", "", "The distributor's KDM portal account for all sites:", "login: projection@%s" % ctx.domain,
                  "password: %s" % d.S(ctx.pw(), "prose-password"), "", "Server certificate thumbprint for the new IMB: %s" % d.N(v.hex(40), "fingerprint")], 0, 2))
    d = ctx.doc("projection/exports/projection-team.txt", prose=True)
    msgs = [(0, "screen 2 at %s won't ingest the DCP" % sites[0]), (1, "log into the IMB with manager / %s and clear the queue" % d.S(ctx.pw("word"), "device-admin-password")),
            (2, "done, KDM valid until Sunday")]
    d.close(chat(ctx, d, msgs, "teams"))
    return "tms"
