"""E-sports / streaming org: OBS profiles, Twitch/YouTube stream keys, Discord bots, Riot/FACEIT APIs,
StreamElements, merch shop."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet

ORGS = [("Nightfall Esports", "nightfall.gg.example"), ("Crimson Tide Gaming", "crimsontide.example"), ("Vortex Collective", "vortexcollective.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    players = r.sample(["ghost", "nyx", "bolt", "kairo", "vex", "sable", "onyx"], r.randint(3, 4))
    for p in players:
        d = ctx.doc("streamers/%s/obs/basic/profiles/Main/service.json" % p)
        d.close('{\n    "settings": {\n        "bwtest": false,\n        "key": "%s",\n        "server": "auto",\n        "service": "Twitch"\n    },\n    "type": "rtmp_common"\n}\n'
                % d.S("live_%s_%s" % (v.digits(9), v.an(30)), "twitch-stream-key"))
    d = ctx.doc("streamers/%s/obs/basic/profiles/YouTube/service.json" % players[0])
    d.close('{\n    "settings": {\n        "key": "%s",\n        "server": "rtmps://a.rtmps.youtube.com:443/live2"\n    },\n    "type": "rtmp_custom"\n}\n'
            % d.S("-".join(v.s("abcdefghijklmnopqrstuvwxyz0123456789", 4) for _ in range(5)), "youtube-stream-key"))
    d = ctx.doc("bots/discord-bot/.env")
    d.close("DISCORD_TOKEN=%s\nDISCORD_CLIENT_ID=%s\nTWITCH_CLIENT_ID=%s\nTWITCH_CLIENT_SECRET=%s\nRIOT_API_KEY=%s\nSTREAMELEMENTS_JWT=%s\n"
            % (ctx.tok(d, "discord-bot-token"), d.N(v.digits(18), "oauth-client-id"), d.N(v.s("abcdefghijklmnopqrstuvwxyz0123456789", 30), "oauth-client-id"),
               ctx.tok(d, "twitch-client-secret"), ctx.tok(d, "riot-api-key"),
               d.S(v.jwt({"citadel": v.hex(24), "role": "owner", "channel": v.hex(24), "provider": "twitch"}), "streamelements-jwt", "jwt")))
    d = ctx.doc("bots/discord-bot/config.example.json")
    d.close('{\n  "token": "%s",\n  "guild": "%s"\n}\n' % (d.N("YOUR_BOT_TOKEN", "placeholder"), d.N(v.digits(18), "resource-id")))
    d = ctx.doc("tournament/faceit-sync.py")
    d.close('import requests\n\nFACEIT_SERVER_KEY = "%s"\nSTARTGG_TOKEN = "%s"\n\n\ndef matches(hub):\n    h = {"Authorization": "Bearer " + FACEIT_SERVER_KEY}\n    return requests.get(f"https://open.faceit.com/data/v4/hubs/{hub}/matches", headers=h).json()\n'
            % (d.S(v.uuid(), "faceit-api-key"), d.S(v.hex(32), "startgg-token")))
    d = ctx.doc("merch/shopify-theme/config/settings_data.json")
    d.close('{\n  "current": {\n    "storefront_access_token": "%s",\n    "ga4_id": "%s"\n  }\n}\n' % (d.N(v.hex(32), "public-api-key"), d.N("G-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), "tag-id")))
    d = ctx.doc("merch/admin-sync/.env")
    d.close("SHOPIFY_ADMIN_TOKEN=%s\nSHOPIFY_API_SECRET=%s\nPRINTFUL_TOKEN=%s\n" % (ctx.tok(d, "shopify-token"), ctx.tok(d, "shopify-shared-secret"), d.S(v.an(40), "printful-token")))
    d = ctx.doc("ops/exports/team-chat.txt", prose=True)
    msgs = [(0, "%s's stream key leaked on stream lol" % players[1]), (1, "new one: %s" % d.S("live_%s_%s" % (v.digits(9), v.an(30)), "twitch-stream-key")),
            (2, "team twitter login is %s btw for the announcement" % d.S(ctx.pw("word"), "prose-password")), (0, "don't post that here")]
    d.close(chat(ctx, d, msgs, "matrix"))
    d = ctx.doc("ops/mail/sponsor-portal.eml", prose=True)
    d.close(email(ctx, "Sponsor portal access", ["Hi,", "", "Access for the sponsor dashboard:", "user: sponsors@%s" % ctx.domain,
                  "password: %s" % d.S(ctx.pw(), "prose-password"), "", "Cheers"], 1, 5))
    return "stream"
