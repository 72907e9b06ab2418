"""A regional broadcaster: playout, contribution/distribution (SRT, RTMP), CDN, DRM, EPG, captions."""

import json

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, slack_export, email, ticket, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "broadcast-playout"


def build(corpus, rng):
    org, dom = rng.choice([("Northlight Media", "northlight-tv.net"), ("Kestrel Broadcasting", "kestrel-bc.co.uk"),
                           ("Harbourview Television", "hvtv.ca")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    eng, mcr = v.person(), v.person()

    # --- SRT gateway routes (Haivision-style)
    f = c.f("contribution/srt-gateway/routes.conf")
    f.t("# SRT gateway routes, exported from the web UI", "")
    for i in range(c.r.randint(2, 3)):
        f.t("[route.%s]" % c.pick(["stadium", "newsvan%d" % i, "studio-b", "parliament", "racecourse"]) + str(i))
        f.t("mode = listener", "port = %d" % (9000 + i), "latency = %d" % c.pick([120, 250, 500]), "pbkeylen = 16")
        f.s("passphrase = @@", c.pw("strong"), "generic.srt-passphrase")
        f.t("")

    # --- ffmpeg push scripts
    yt = "-".join(v.lower(4) for _ in range(5))
    f = c.f("distribution/push-social.sh")
    f.t("#!/bin/sh", "# simulcast the news hour to social platforms", "SRC=srt://127.0.0.1:9000?mode=caller")
    f.s('ffmpeg -i "$SRC" -c copy -f flv "rtmp://a.rtmp.youtube.com/live2/@@" &', yt, "provider.youtube-stream-key")
    f.s('ffmpeg -i "$SRC" -c copy -f flv "rtmp://live.twitch.tv/app/@@" &', c.tok("twitch-stream"), "provider.twitch-stream")
    f.s('ffmpeg -i "$SRC" -c copy -f flv "rtmps://live-api-s.facebook.com:443/rtmp/@@" &',
        "FB-%s-0-%s" % (v.digits(15), v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 28)), "provider.facebook-stream-key")
    f.t("wait")

    # --- OBS profile (backup encoder)
    f = c.f("distribution/obs/basic/profiles/Backup/service.json")
    f.t("{", '    "settings": {', '        "bwtest": false,')
    f.s('        "key": "@@",', "-".join(v.lower(4) for _ in range(5)), "provider.youtube-stream-key")
    f.t('        "server": "rtmp://b.rtmp.youtube.com/live2?backup=1",', '        "service": "YouTube - RTMPS"', "    },", '    "type": "rtmp_common"', "}")

    # --- Wowza Streaming Engine password files
    f = c.f("origin/wowza/conf/admin.password")
    f.t("# Admin password file (format [username] [password] [group])")
    f.s("admin @@ admin,advUser", c.pw(), "generic.password-wowza")
    f = c.f("origin/wowza/conf/publish.password")
    f.t("# Publish password file (format [username] [password])")
    for i in range(c.r.randint(1, 2)):
        f.s("encoder%d @@" % (i + 1), c.pw("strong"), "generic.password-wowza-publish")

    # --- CloudFront signed URLs: key pair id + private key
    key = c.rsa()
    f = c.f("cdn/cloudfront/signer.env")
    f.t("CLOUDFRONT_KEY_PATH=/etc/cdn/private_key.pem", "SIGNED_URL_TTL=21600")
    f = c.f("cdn/cloudfront/private_key.pem")
    put_key(f, key.pem_trad(), "key.rsa-pem")
    f = c.f("cdn/cloudfront/public_key.pem")
    f.nblock("neg.public-key", [(ln, ln) for ln in key.pem_public().split("\n")])

    # --- Bunny storage + API
    f = c.f("cdn/bunny/.env")
    f.t("BUNNY_STORAGE_ZONE=%s-vod" % c.name.split("-")[0])
    f.s("BUNNY_STORAGE_PASSWORD=@@", v.uuid() + "-" + v.hex(4) + "-" + v.hex(4), "provider.bunny-storage-password")
    f.s("BUNNY_API_KEY=@@", v.uuid() + "-" + v.hex(20), "provider.bunny-api-key")
    f.n("BUNNY_PULL_ZONE_ID=@@", v.digits(7), "neg.resource-id")

    # --- Mux live (pair) in a Python uploader
    mid, msec = c.pair("mux")
    f = c.f("cdn/mux/create_stream.py")
    f.t("import mux_python", "", "cfg = mux_python.Configuration()")
    f.begin("secret", "provider.mux-pair")
    f.a('cfg.username = "@@"', mid, ident=True)
    f.a('cfg.password = "@@"', msec)
    f.end()
    f.t('PLAYBACK_POLICY = "signed"')

    # --- Avid Interplay web services
    f = c.f("mam/interplay-ws.properties", crlf=True)
    f.t("interplay.ws.url=http://%s/services/Assets" % v.host(dom), "interplay.workgroup=NEWS-WG")
    f.t("interplay.user=svc_ingest")
    f.s("interplay.password=@@", c.pw(), "generic.password-properties")
    f.n("interplay.archive.password=@@", "${INTERPLAY_ARCHIVE_PW}", "neg.env-ref")

    # --- EEG iCap caption encoder
    f = c.f("captions/icap-encoder.conf")
    f.t("[icap]", "server = icap.eegcloud.tv", "company = %s" % org)
    f.s("access_code = @@", v.upper(4) + "-" + v.upper(4) + "-" + v.upper(4), "generic.icap-access-code")
    f.s("password = @@", c.pw(), "generic.password-ini")

    # --- DRM content keys (CENC) + PSSH
    f = c.f("drm/cpix-keys.json")
    f.t("{", '  "contentId": "news-hour-%s",' % v.digits(6), '  "keys": [')
    for i in range(2):
        f.begin("secret", "generic.drm-content-key")
        f.a('    {"kid": "@@",', v.uuid(), ident=True)
        f.a('     "key": "@@"}' + ("," if i == 0 else ""), v.b64(16))
        f.end()
    f.t("  ],")
    f.n('  "pssh_widevine": "@@"', "AAAAW3Bzc2gAAAAA7e+LqXnWSs6jyCfc1R0h7QAAADsIARIQ" + v.b64(40), "neg.pssh")
    f.t("}")
    f = c.f("drm/keyos.env")
    f.s("KEYOS_AUTH_XML_SECRET=@@", v.hex(64), "provider.keyos-auth-xml-secret")
    f.n("KEYOS_USER_ID=@@", v.uuid(), "neg.uuid")

    # --- XMLTV EPG export (negatives: EIDR, CRIDs)
    f = c.f("epg/xmltv-%s.xml" % v.digits(8))
    f.t('<?xml version="1.0" encoding="UTF-8"?>', '<tv generator-info-name="playout-epg">', '  <channel id="main.%s"><display-name>%s</display-name></channel>' % (dom, org))
    for i in range(3):
        f.t('  <programme start="20250%d%02d%02d0000 +0000" channel="main.%s">' % (c.r.randint(1, 9), c.r.randint(1, 28), 18 + i, dom))
        f.t("    <title>%s</title>" % c.pick(["Evening News", "Harbour Lights", "Match of the Week", "Weather Watch", "Late Debate"]))
        f.n('    <episode-num system="eidr">@@</episode-num>', "10.5240/%s-%s-%s-%s-%s-%s" % (v.HEX(4), v.HEX(4), v.HEX(4), v.HEX(4), v.HEX(4), v.HEX(1)), "neg.eidr-id")
        f.t("  </programme>")
    f.t("</tv>")

    # --- BXF traffic schedule (negatives: Ad-IDs, house numbers)
    f = c.f("traffic/bxf/schedule-%s.xml" % v.digits(6))
    f.t('<BxfMessage xmlns="http://smpte-ra.org/schemas/2021/2019/BXF" messageType="Information">', "  <BxfData action=\"add\"><Schedule>")
    for i in range(2):
        f.t("    <ScheduledEvent><EventData eventType=\"Primary\">")
        f.n("      <HouseNumber>@@</HouseNumber>", "HN" + v.digits(8), "neg.resource-id")
        f.n("      <AdId>@@</AdId>", v.upper(4) + v.digits(7) + "H", "neg.resource-id")
        f.t("    </EventData></ScheduledEvent>")
    f.t("  </Schedule></BxfData>", "</BxfMessage>")

    # --- SCTE-35 cue samples
    f = c.f("traffic/scte35/cues.json")
    f.t("[")
    f.n('  {"name": "ad-break-start", "base64": "@@"},', "/DAl" + v.b64(30), "neg.scte35-cue")
    f.n('  {"name": "ad-break-end", "base64": "@@"}', "/DAg" + v.b64(27), "neg.scte35-cue")
    f.t("]")

    # --- MediaLive channel (references only)
    f = c.f("distribution/medialive-channel.json")
    f.t("{", '  "Name": "news-hour-hd",', '  "Destinations": [{', '    "Id": "rtmp-partner",', '    "Settings": [{')
    f.t('      "Url": "rtmp://ingest.partner.example/live",', '      "StreamName": "newshour",', '      "Username": "northlight",')
    f.n('      "PasswordParam": "@@"', "/medialive/%s/rtmp-partner" % c.name, "neg.ssm-ref")
    f.t("    }]", "  }],")
    f.n('  "RoleArn": "@@"', "arn:aws:iam::%s:role/MediaLiveAccessRole" % v.digits(12), "neg.resource-id")
    f.t("}")

    # --- PTZ camera spreadsheet (free text)
    rows = []
    for i in range(c.r.randint(4, 6)):
        cell = S("@@", c.pw(), "generic.password-spreadsheet") if i % 2 == 0 else N("@@", c.pick(["admin", "12345"]), "neg.default-password")
        rows.append(["CAM-%02d" % (i + 1), c.pick(["Studio A", "Studio B", "Newsroom", "Roof"]), v.ip(), "admin", cell,
                     "changed" if i % 2 == 0 else "factory default - isolated VLAN"])
    sheet(c, "studio/ptz-cameras.csv", ["camera", "location", "ip", "user", "password", "note"], rows)

    # --- Intercom (Riedel-like) panel config with SNMP
    f = c.f("studio/intercom/artist-snmp.cfg")
    f.t("[snmp]", "version = 2c")
    f.n("read_community = @@", "public", "neg.default-password")
    f.s("write_community = @@", v.alnum(12), "generic.snmp-write-community")

    # --- signing key for the playout API webhook
    f = c.f("playout/api/appsettings.Production.json")
    f.t("{", '  "Playout": {', '    "Channels": ["main", "plus1", "sport"],')
    f.s('    "WebhookHmacKey": "@@",', v.b64(32), "generic.hmac-key")
    f.t('    "AsRunPath": "\\\\\\\\mcr-nas\\\\asrun"', "  },", '  "ConnectionStrings": {')
    f.s('    "Automation": "Server=%s;Database=Playout;User Id=playout_app;Password=@@;TrustServerCertificate=true"' % v.host(dom), c.pw(), "generic.connection-string")
    f.t("  }", "}")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    srt = c.pw("strong")
    slack_export(c, "comms/slack-mcr/2025-%02d-%02d.json" % (c.r.randint(1, 12), c.r.randint(1, 28)), [
        (a, "stadium feed is up on route 3, latency 500"),
        (b, S("what is the srt passphrase for the OB truck? truck says @@ does not work", c.pw("strong"), "generic.srt-passphrase-chat")),
        (a, S("new one is @@ since the rotation", srt, "generic.srt-passphrase-chat")),
        (d, S("fyi twitch key for the esports stream: @@", c.tok("twitch-stream"), "provider.twitch-stream")),
        (b, N("also the EIDR for tonight is @@", "10.5240/%s-%s-%s-%s-%s-%s" % (v.HEX(4), v.HEX(4), v.HEX(4), v.HEX(4), v.HEX(4), v.HEX(1)), "neg.eidr-id")),
        (a, "thanks, on air in 5"),
    ])
    cdnpw = c.pw()
    email(c, "comms/mail/cdn-onboarding.eml", "onboarding@cdnpartner.example", "%s <%s@%s>" % (eng, eng.split()[0].lower(), dom),
          "Your Media Services ingest account", [
              "Hello %s," % eng.split()[0], "",
              "your primary ingest point is ready. Connection details:", "",
              "  Stream ID: %s" % v.digits(6), "  Username: %s_ingest" % c.name.split("-")[0],
              S("  Password: @@", cdnpw, "generic.password-email"), "",
              N("The portal login uses SSO; please do not reply with your password (Mot de passe / @@).", "Contraseña", "neg.i18n"),
              "", "Regards,", "CDN Onboarding"])
    ticket(c, "comms/tickets/", "MCR-%d" % c.r.randint(1000, 9999),
           "YouTube key visible in studio screenshot", mcr, [
               (mcr, ["Screenshot of the backup encoder posted to the public Instagram story shows the stream key.",
                      S("Key in the picture: @@ - please reset.", yt, "provider.youtube-stream-key")]),
               (eng, ["Reset in YouTube Studio, new key is in the password manager (entry 'YT main').",
                      N("OBS profile now reads the key from @@", "%APPDATA%\\obs-studio\\keys\\yt.txt", "neg.file-ref")]),
           ])
    wiki(c, "docs/mcr-runbook." + c.pick(["md", "adoc"]), c.pick(["md", "asciidoc"]), "Master control runbook", [
        ("Failover", ["If the primary playout server dies, switch the router to the backup chain (salvo 12).",
                      S("Backup automation client login: mcr / @@", c.pw(), "generic.password-wiki")]),
        ("Contribution", ["SRT receivers listen on 9000-9003, see routes.conf.",
                          N("Passphrases live in the vault under @@", "secret/broadcast/srt", "neg.vault-ref")]),
        ("Captions", [S("iCap fallback access code: @@", v.upper(4) + "-" + v.upper(4) + "-" + v.upper(4), "generic.icap-access-code")]),
    ])
    history(c, "home/%s/.zsh_history" % eng.split()[0].lower(), "zsh", [
        "ssh mcr@%s" % v.host(dom),
        S("curl -u admin:@@ http://%s:8087/v2/servers/_defaultServer_/status" % v.host(dom), c.pw(), "generic.password-cli"),
        "srt-live-transmit srt://:9000 udp://239.1.1.1:5000 -v",
        S("srt-live-transmit 'srt://stadium.%s:9001?passphrase=@@' file://con > /dev/null" % dom, srt, "generic.srt-passphrase-cli"),
        "ffprobe -v error -show_streams udp://239.1.1.1:5000",
        S("export MUX_TOKEN_SECRET=@@", c.pair("mux")[1], "provider.mux-secret"),
    ])
    fmt = c.pick(["po", "json", "xliff"])
    i18n_file(c, "playout/ui/locales/messages." + fmt, fmt)

    layer2.build(c, "platform", "playout-api", (a, b))
