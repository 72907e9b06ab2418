"""Independent record label: DDEX delivery to DSPs, ERN sample, royalty processing, YouTube CMS, masters NAS,
merch shop, private promo links, press-kit sheet, release checklist, and label-artist chatter."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "record-label"
ORGS = [("Blue Harbor Records", "blueharbor", "blueharborrecords.com"),
        ("Nightjar Music Group", "nightjar", "nightjarmusic.co.uk"),
        ("Copperline Records", "copperline", "copperlinerecords.com")]
DSPS = ["streamco", "fruitmusic", "riverstream", "wavely", "tidepool"]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["ddex-delivery", "royalties", "dsp-reporting", "asset-store", "merch-shop"]
    T.hosts = ["ddex01", "roy-db01", "nas-masters01", "etl01", "shop01"]
    T.words = ["Vinyl", "Bassline", "Chorus", "Reverb", "Encore", "Falsetto", "Mixtape", "Downbeat"]
    v = T.v
    dsps = T.sample(DSPS, 4)
    nas_pw = v.pw()
    sftp_pw = {dsps[0]: v.pw(), dsps[1]: v.pw()}

    d = T.doc("delivery/dsp-endpoints.yaml")
    d.put("""# DDEX ERN 4.3 delivery targets
party_id: PADPIDA20{pid}
endpoints:
  {d0}:
    protocol: sftp
    host: ingest.{d0}.com
    user: {s}_ingest
    password: "{p0}"
  {d1}:
    protocol: sftp
    host: upload.{d1}.net
    user: {s}
    password: "{p1}"
  {d2}:
    protocol: aspera
    host: ats.{d2}.io
    token: "{at}"
  {d3}:
    protocol: sftp
    host: ddex.{d3}.com
    user: {s}
    key_file: /etc/ddex/keys/{d3}_ed25519
""".format(pid=v.digits(10), d0=dsps[0], d1=dsps[1], d2=dsps[2], d3=dsps[3], s=T.slug,
           p0=d.S(sftp_pw[dsps[0]], "password-yaml"), p1=d.S(sftp_pw[dsps[1]], "password-yaml"),
           at=T.named(d, "ATB" + v.b64u(60), "aspera-transfer-token")))

    d = T.doc("delivery/samples/NewReleaseMessage.xml")
    d.put("""<?xml version="1.0" encoding="UTF-8"?>
<ern:NewReleaseMessage xmlns:ern="http://ddex.net/xml/ern/43" ReleaseProfileVersionId="Audio">
  <MessageHeader>
    <MessageId>{mid}</MessageId>
    <MessageSender><PartyId>PADPIDA20{pid}</PartyId></MessageSender>
  </MessageHeader>
  <ResourceList>
    <SoundRecording>
      <ISRC>{isrc}</ISRC>
      <TechnicalDetails><File><HashSum><Algorithm>MD5</Algorithm><HashSumValue>{md5}</HashSumValue></HashSum></File></TechnicalDetails>
    </SoundRecording>
  </ResourceList>
  <ReleaseList><Release><ICPN>{upc}</ICPN></Release></ReleaseList>
</ern:NewReleaseMessage>
""".format(mid=v.uuid(), pid=v.digits(10), isrc=d.N("GB%s%s%s" % (v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 3), v.digits(2), v.digits(5)), "isrc"),
           md5=d.N(v.hex(32), "digest"), upc=d.N(v.digits(13), "resource-id")))

    d = T.doc("royalties/royalty-db.ini")
    aws = T.pair(d, "aws")
    d.put("""[postgres]
host = roy-db01
dbname = royalties
user = roy_app
password = {pw}

[statements]
bucket = {s}-dsp-statements
aws_access_key_id = {a0}
aws_secret_access_key = {a1}
""".format(pw=d.S(v.pw(), "password-ini"), s=T.slug, a0=aws[0][1], a1=aws[1][1]))

    d = T.doc("royalties/import_statements.py")
    d.put('''"""Pull monthly sales/streams reports from the DSP analytics portals."""
import os

PORTALS = {{
    "{d0}": {{"user": "royalties@{dom}", "password": "{p0}"}},
    "{d1}": {{"user": "royalties@{dom}", "password": {ref}}},
}}
OUT_DIR = os.environ.get("STATEMENTS_DIR", "/data/statements")
'''.format(d0=dsps[0], d1=dsps[1], dom=T.domain, p0=d.S(v.pw(), "password-python"),
           ref=d.N('os.environ["PORTAL_%s_PASSWORD"]' % dsps[1].upper(), "env-reference")))

    d = T.doc("reporting/youtube-cms.json")
    e1, gs = T.P(d, "google-oauth")
    e2, gr = T.P(d, "google-refresh")
    d.put("""{{
  "content_owner_id": "{co}",
  "installed": {{
    "client_id": "{cid}",
    "client_secret": "{gs}",
    "redirect_uris": ["http://localhost"]
  }},
  "refresh_token": "{gr}"
}}
""".format(co=d.N(v.b62(22), "resource-id"), cid=d.N("%s-%s.apps.googleusercontent.com" % (v.digits(12), v.alnum_lower(32)), "oauth-client-id"),
           gs=gs, gr=gr))

    d = T.doc("assets/mount-masters.sh")
    d.put("""#!/bin/sh
# mount the masters share on the mastering workstation
mkdir -p /mnt/masters
mount -t cifs //nas-masters01/masters /mnt/masters -o username=mastering,password={pw},vers=3.0,uid=1000
""".format(pw=d.S(nas_pw, "password-mount-cifs")))

    d = T.doc("shop/.env")
    e1, sh = T.P(d, "shopify")
    e2, mc = T.P(d, "mailchimp")
    d.put("SHOP_DOMAIN=%s-merch.myshopify.com\n%s=%s\n%s=%s\nBANDCAMP_CLIENT_ID=%s\nBANDCAMP_CLIENT_SECRET=%s\n" % (
        T.slug, e1, sh, e2, mc, v.digits(4), T.named(d, v.b62(32), "bandcamp-client-secret")))
    d = T.doc("shop/.env.example")
    d.put("SHOP_DOMAIN=\nSHOPIFY_ADMIN_TOKEN=%s\nMAILCHIMP_API_KEY=%s\nBANDCAMP_CLIENT_SECRET=\n" % (
        d.N("shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"), d.N("<mailchimp key>-us1", "placeholder")))

    d = T.doc("promo/private-links.md", prose=True)
    d.put("""# Pre-release private links

Do not forward outside the promo list. Links expire on release day.

- Single 1 (radio edit): https://soundcloud.com/{s}/{t1}/{p1}
- Album stream for press: https://listen.{dom}/p/{p2}
- Public teaser (fine to share): https://soundcloud.com/{s}/teaser
""".format(s=T.slug, t1=v.word() + "-edit", dom=T.domain, p1=d.S("s-" + v.b62(11), "private-share-link"),
           p2=d.S(v.b64u(22), "private-share-link")))

    d = T.doc("promo/press-kit.csv", prose=True)
    rows = [["outlet", "contact", "download link", "download password"]]
    for i in range(3):
        rows.append([T.pick(["Pitch Weekly", "Loud & Quiet", "Resident Mix", "The Quietus", "Clash Daily"]), v.person(),
                     "https://files.%s/press/%s" % (T.domain, v.alnum_lower(8)),
                     d.S(v.pw_human(T.words), "download-password-sheet") if i < 2 else "no password (public EPK)"])
    d.put(sheet(rows))

    fmt = T.pick(WIKIS)
    d = T.doc("ops/wiki/release-checklist%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Release checklist", [
        ("ul", ["metadata complete in the catalogue (ISRCs, splits, credits)",
                "ERN sent to all DSPs 3 weeks before release",
                "pitch through the DSP artist portal (label login: %s / %s)" % ("label@" + T.domain, d.S(v.pw(), "password-wiki"))]),
        ("h", "If delivery fails"),
        ("p", "Check the ack folder on ddex01. Re-send with ./redeliver.sh UPC.")]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("ops/chat/label-artists%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "label-artists", [
        (4, "hey, can you upload the stems to the NAS for the remix?"),
        (2, "sure, or do it yourself: \\\\nas-masters01\\masters user mastering pw %s" % d.S(nas_pw, "password-chat")),
        (4, "thanks! also our artist portal login stopped working"),
        (2, "manager changed it to %s last week apparently" % d.S(v.pw_human(T.words), "password-chat"))]))

    d = T.doc("ops/mail/distributor.eml", prose=True)
    d.put(email("Label Services <labelservices@%s-distribution.com>" % dsps[2], "%s <%s>" % (T.people[0], T.email(0)),
                "Your delivery account", "Fri, %d Oct 2025 16:20:44 +0100" % T.r.randrange(1, 28), """Hi {n},

welcome aboard. Your delivery credentials:

SFTP host: sftp.{d}-distribution.com
Username: {s}
Password: {pw}

Sales reporting API key: {k}

Label Services
""".format(n=T.first(0), d=dsps[2], s=T.slug, pw=d.S(v.pw(), "password-email"), k=T.named(d, v.hex(40), "distributor-api-key"))))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(4)
    d = T.doc("ops/tickets/LBL-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "LBL-%s" % n, "Royalty statement download broken for artist",
                 "Artist manager cannot download Q%d statements. Their portal login: %s / %s" % (
                     T.r.randrange(1, 5), "mgmt@" + v.word() + "music.com", d.S(v.pw_human(T.words), "password-ticket")),
                 [(1, "Statement PDF was too large; split it."), (2, "Closed, manager confirmed download works.")]))
