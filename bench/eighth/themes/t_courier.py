"""Courier / last-mile start-up: dispatch API, driver app, route optimisation, payouts, label printing."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet

ORGS = [("Zipline Couriers", "zipcour.example"), ("Parcelhop", "parcelhop.example"), ("Kerbside Logistics", "kerbside.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    d = ctx.doc("dispatch-api/.env.production")
    d.close("NODE_ENV=production\nDATABASE_URL=postgres://dispatch:%s@pg.%s:5432/dispatch\nONFLEET_API_KEY=%s\nGOOGLE_MAPS_SERVER_KEY=%s\n"
            "STRIPE_CONNECT_SECRET=%s\nTWILIO_ACCOUNT_SID=AC%s\nJWT_SIGNING_SECRET=%s\nSENTRY_DSN=%s\n"
            % (d.S(ctx.pw("strong"), "uri-password"), ctx.domain, ctx.tok(d, "onfleet-key"), ctx.tok(d, "google-api-key"), ctx.tok(d, "stripe-secret-key"),
               v.hex(32), d.S(v.b64(48), "jwt-secret"), d.N("https://%s@o%s.ingest.sentry.io/%s" % (v.hex(32), v.digits(6), v.digits(7)), "sentry-dsn")))
    d = ctx.doc("dispatch-api/.env.example")
    d.close("DATABASE_URL=postgres://dispatch:%s@localhost:5432/dispatch\nONFLEET_API_KEY=%s\nSTRIPE_CONNECT_SECRET=%s\n"
            % (d.N("password", "placeholder"), d.N("<onfleet key>", "placeholder"), d.N("sk_test_...", "placeholder")))
    d = ctx.doc("driver-app/app.config.ts")
    d.close("export default {\n  name: 'Driver',\n  extra: {\n    mapboxPublicToken: '%s',\n    googleIosClientId: '%s',\n    revenueCatKey: '%s',\n  },\n};\n"
            % (d.N("pk.eyJ1Ijoi" + v.s("abcdefghijklmnopqrstuvwxyz0123456789", 30) + "." + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22), "publishable-key"),
               d.N("%s-%s.apps.googleusercontent.com" % (v.digits(12), v.s("abcdefghijklmnopqrstuvwxyz0123456789", 32)), "oauth-client-id"),
               d.N("appl_" + v.an(27), "publishable-key")))
    d = ctx.doc("routing/solver.toml")
    d.close('[here]\napi_key = "%s"\n\n[osrm]\nurl = "http://osrm.internal:5000"\n\n[cache]\nredis = "redis://:%s@cache.%s:6379/2"\n'
            % (d.S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43), "here-api-key"), d.S(ctx.pw("strong"), "redis-uri-password"), ctx.domain))
    d = ctx.doc("payouts/payout_job.rb")
    d.close('require "stripe"\n\nStripe.api_key = ENV.fetch("STRIPE_CONNECT_SECRET")\nWISE_TOKEN = "%s" # TODO: move to credentials\n\n'
            'def pay(driver)\n  Stripe::Transfer.create(amount: driver.cents, currency: "gbp", destination: driver.account)\nend\n'
            % d.S(v.uuid(), "wise-api-token"))
    d = ctx.doc("warehouse/label-printers.csv", prose=True)
    rows = [["hub-%s" % h, "zebra-%d" % i, "10.9.%d.5" % i, d.S(ctx.pw("word"), "device-admin-password")] for i, h in enumerate(r.sample(["lhr", "man", "brs", "gla", "lds"], 3))]
    d.close(csv_sheet(["hub", "printer", "ip", "web_admin_password"], rows))
    d = ctx.doc("support/exports/driver-support.json", prose=True)
    msgs = [(0, "driver 4471 can't log into the app"), (1, "reset his password to %s, he'll change it" % d.S(ctx.pw("word"), "end-user-password")),
            (2, "also the ops dashboard login for the new hub lead is hublead / %s" % d.S(ctx.pw(), "prose-password")),
            (0, "👍")]
    d.close(chat(ctx, d, msgs, "slack"))
    d = ctx.doc("support/mail/partner-onboarding.eml", prose=True)
    d.close(email(ctx, "Your integration credentials", ["Hi team,", "", "Welcome aboard! Your sandbox key is test_only and the production key is:",
                  "  %s" % d.S("zc_live_" + v.an(40), "partner-api-key"), "Webhook signing secret: %s" % ctx.tok(d, "stripe-webhook-secret"), "", "Best"], 0, 4))
    return "dispatch"
