"""book-publisher: a trade book publisher - ONIX metadata feeds to retailers, distributor drops, e-book DRM,
print-on-demand, audiobooks, royalty runs, manuscript submissions, rights database, author website."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def isbn13(v):
    body = "978" + v.choice(["1", "0"]) + v.s("0123456789", 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Larkspur Books", "Quillon House", "Fernhill Press"])
    ctx.domain = v.choice(["larkspurbooks.com", "quillonhouse.co.uk", "fernhillpress.org"])
    ctx.words = ["folio", "verso", "recto", "serif", "quarto", "galley", "colophon", "frontlist", "backlist",
                 "imprint", "dustjacket", "octavo"]
    ctx.set_people(9)
    ppl = ctx.people

    # ---- ONIX feeds
    d = ctx.doc("metadata/onix-feeds.yaml")
    d.w("# nightly ONIX 3.0 delivery", "sender: %s" % ctx.org, "recipients:")
    for name in v.sample(["bookshop-aggregator", "ebook-store", "library-supplier", "audio-retailer"], 3):
        r = v.random()
        d.w("  - name: %s" % name, "    host: sftp.%s.example" % name, "    user: %s" % ctx.org.split()[0].lower())
        if r < 0.6:
            d.w("    password: \"%s\"" % d.S(ctx.pw(), "yaml-password"))
        else:
            d.w("    key_file: %s" % d.N("/etc/onix/keys/%s_ed25519" % name, "key-file-path"))
    d.w("sample_titles:")
    for _ in range(3):
        d.w("  - %s" % d.N(isbn13(v), "isbn"))

    d = ctx.doc("distribution/titlestream.ini", crlf=True)
    d.w("[TitleStream]", "Endpoint=ftps://drop.titlestream.example", "Account=%s" % d.N(v.digits(7), "account-number"),
        "User=%sftp" % ctx.org.split()[0].lower(), "Password=%s" % d.S(ctx.pw(), "ini-password"),
        "PassiveMode=1", "", "[Stock]", "ReportTime=05:30", "ApiToken=%s" % d.P("tst_" + v.alnum(36),
                                                                               "vendor-titlestream-token"))

    # ---- e-book DRM / delivery
    d = ctx.doc("ebooks/fulfilment.properties")
    d.w("# e-book fulfilment server (LockLeaf)", "lockleaf.distributor.id=%s" % d.N(v.uuid(), "uuid"),
        "lockleaf.shared.secret=%s" % d.S(v.b64bytes(32), "hmac-secret"),
        "lockleaf.server=https://fulfil.%s" % ctx.domain,
        "db.password=%s" % d.N("${FULFIL_DB_PASSWORD}", "env-reference"), "epub.watermark=social")

    # ---- print on demand
    d = ctx.doc("print/pod-client.json")
    d.w("{", '  "provider": "PressRun",', '  "apiKey": "%s",' % d.P("prk_live_" + v.alnum(40),
                                                                    "vendor-pressrun-key"),
        '  "webhookSecret": "%s",' % d.S(v.hex(40), "webhook-signing-secret"),
        '  "sandboxKey": "%s",' % d.N("prk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "placeholder-prefixed"),
        '  "defaultTrim": "5.5x8.5",', '  "paper": "cream-55lb"', "}")

    # ---- audiobook upload (ruby)
    d = ctx.doc("audio/upload_masters.rb")
    d.w("# push finished audiobook masters to Narrata", "require 'net/sftp'", "",
        "NARRATA_KEY = '%s'" % d.P("nrt_sk_" + v.alnum(32), "vendor-narrata-key"),
        "Net::SFTP.start('ingest.narrata.example', 'audio-%s', password: '%s') do |sftp|" % (
            ctx.org.split()[0].lower(), d.S(ctx.pw(), "ruby-password")),
        "  Dir['masters/*.wav'].each { |f| sftp.upload!(f, \"/in/#{File.basename(f)}\") }", "end")

    # ---- royalty run (PowerShell, CRLF)
    d = ctx.doc("royalties/Run-RoyaltyStatements.ps1", crlf=True)
    d.w("# half-yearly royalty statements", "$server = 'SQLROY01'",
        "$pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % d.S(ctx.pw(), "powershell-password"),
        "$cred = New-Object System.Management.Automation.PSCredential('royalty_svc', $pw)",
        "Invoke-Sqlcmd -ServerInstance $server -Database Royalties -Credential $cred -InputFile .\\period-close.sql",
        "$smtp = Get-Secret -Name 'royalty-smtp' -Vault Corp", "Send-MailMessage -To finance@%s -Subject 'done'" %
        ctx.domain)
    sql_std(ctx, "royalties/logins.sql", "mssql", ["royalty_svc", "royalty_ro", "contracts_app"])

    # ---- submissions portal
    env_pair(ctx, "submissions/.env.production", [
        ("APP_NAME", "lit", None, "Submissions"),
        ("APP_KEY", "S", "laravel-app-key", "base64:" + v.b64bytes(32)),
        ("DB_PASSWORD", "S", "env-password", ctx.pw()),
        ("MAILGUN_SECRET", "P", "mailgun-key", prov14.single(v, "mailgun-key")),
        ("RECAPTCHA_SECRET", "S", "recaptcha-secret", "6L" + v.b64url(38)),
        ("RECAPTCHA_SITE_KEY", "N", "public-recaptcha-site", prov14.public_value(v, "recaptcha-site")[1]),
        ("AWS_BUCKET", "lit", None, "submissions-%s" % v.lower(6)),
    ])

    # ---- author website (wp-config)
    d = ctx.doc("web/authors-site/wp-config.php")
    d.w("<?php", "define( 'DB_NAME', 'authors_wp' );", "define( 'DB_USER', 'authors_wp' );",
        "define( 'DB_PASSWORD', '%s' );" % d.S(ctx.pw(), "php-password"), "define( 'DB_HOST', 'localhost' );",
        "define( 'AUTH_KEY',         '%s' );" % d.S(v.s(prov14.ALNUM + "!#%*+-=?@^_()[]{}<>~", 64), "wordpress-salt"),
        "define( 'SECURE_AUTH_KEY',  getenv('WP_SECURE_AUTH_KEY') );",
        "define( 'LOGGED_IN_KEY',    'put your unique phrase here' );",
        "$table_prefix = 'wp_';", "require_once ABSPATH . 'wp-settings.php';")

    # ---- rights database
    d = ctx.doc("rights/config.inc.php")
    d.w("<?php", "// translation rights & permissions database",
        "$config['db_dsn'] = '%s';" % d.S("mysql://rights:%s@127.0.0.1/rights" % ctx.pw(), "db-url-password"),
        "$config['agent_portal_token'] = '%s';" % d.P("rtx_" + v.hex(32), "vendor-rightsx-token"),
        "$config['default_territory'] = 'World English';")

    # ---- typesetting server (CRLF XML)
    d = ctx.doc("production/typeset-server.xml", crlf=True)
    d.w('<?xml version="1.0"?>', "<TypesetServer>", "  <License server=\"lic.%s\" port=\"27001\"/>" % ctx.domain,
        "  <HotFolder path=\"\\\\files\\production\\in\" user=\"typeset\" password=\"%s\"/>" % d.S(
            ctx.pw(), "xml-password"),
        "  <Output path=\"\\\\files\\production\\out\"/>", "</TypesetServer>")

    # ---- newsletter
    d = ctx.doc("marketing/newsletter_sync.py")
    d.w("import mailchimp_marketing as mc", "", "client = mc.Client()",
        'client.set_config({"api_key": "%s", "server": "us%d"})' % (d.P(prov14.single(v, "mailchimp-key"),
                                                                        "mailchimp-key"), v.randint(2, 21)),
        'AUDIENCE_ID = "%s"' % d.N(v.hex(10), "random-id"))

    device_sheet(ctx, "it/office-devices.tsv", "tsv", v.sample([
        ("copier-2f", "bizhub C450i"), ("plotter", "SureColor P9570"), ("nas-archive", "RS1221+"),
        ("fw", "FortiGate 60F"), ("ap-editorial", "U6-LR"), ("scanner-proofs", "fi-7600")], 5), subnet="10.12.0")

    # ---- free text
    def chat(d):
        tok = v.gh("ghp_")
        return [
            (ppl[0], "the ebook store rejected tonight's ONIX again - bad sftp login?"),
            (ppl[1], "they rotated it on their side, new password is %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[2], "proofs folder on the NAS: user proofs, pw %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[3], "reminder the royalty SQL login lives in %s" % d.N("vault:kv/royalties/sql", "vault-reference")),
            (ppl[4], "the deploy token for the author site repo: %s" % d.P(tok, "github-pat", "gh-crc")),
            (ppl[0], "manuscript from the agent is here %s" % d.S(
                "https://www.dropbox.com/scl/fi/%s/%s.docx?rlkey=%s&dl=0" % (v.lower(21), v.choice(
                    ["final-draft", "ms-v7", "copyedit"]), v.lower(25)), "private-share-link")),
            (ppl[5], "the PressRun sandbox key is %s, fine to share" % d.N("prk_test_XXXXXXXXXXXXXXXXXXXXXXXX",
                                                                           "placeholder-prefixed")),
            (ppl[6], "and the live one? %s" % d.P("prk_live_" + v.alnum(40), "vendor-pressrun-key")),
            (ppl[3], "please don't. rotating it now"),
        ]
    P.chat(ctx, "comms", v.choice(P.CHAT_FORMATS), chat, v.choice(["production", "digital-ops", "metadata"]))

    def wiki(d):
        return [
            ("p", "How the production department gets files from typesetting to printers and retailers."),
            ("h", "Accounts"),
            ("table", ["System", "Login", "Password"], [
                ["Printer portal (offset)", "production@" + ctx.domain, d.S(ctx.pw(), "wiki-password")],
                ["Proof server", "typeset", "same as the hot folder, ask IT"],
                ["Cover-art DAM", "covers", d.S(ctx.pw(), "wiki-password")],
            ]),
            ("h", "Re-sending a feed"),
            ("code", ["lftp -u %s,%s sftp://sftp.ebook-store.example -e 'put onix/full.xml; bye'" % (
                ctx.org.split()[0].lower(), d.S(ctx.pw(), "wiki-password"))]),
            ("p", "ISBN prefixes: %s (print), %s (ebook)." % (d.N(isbn13(v), "isbn"), isbn13(v))),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Production handbook", wiki)

    def ticket(d):
        return [
            (ppl[7], "Author %s cannot sign in to the author portal to approve the cover." % v.choice(
                ["M. Aldous", "R. Penhale", "J. Okonjo"])),
            (ppl[2], "Set a temporary password %s and sent it by phone." % d.S(ctx.pw(), "ticket-password")),
            (ppl[7], "Author says it works now."),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "HELP-%d" % v.randint(1000, 9999),
             "Author portal access", ppl[7], ticket)

    def mail(d):
        return [
            "Hello,", "Welcome aboard as a TitleStream distribution client. Your FTPS account is ready.",
            "Host: drop.titlestream.example  User: %sftp" % ctx.org.split()[0].lower(),
            "Initial password: %s" % d.S(ctx.pw(), "email-password"),
            "Stock API token: %s" % d.P("tst_" + v.alnum(36), "vendor-titlestream-token"),
            "Please change the password after first login.", "TitleStream Client Onboarding"]
    P.email(ctx, "mail/titlestream-onboarding.eml", "onboarding@titlestream.example", ctx.mail(ppl[1]),
            "Your distribution account", mail)

    def mail2(d):
        return [
            "Hi %s," % ppl[4].split()[0], "Translation rights agent portal login for the Frankfurt meetings:",
            "user: rights@%s / %s" % (ctx.domain, d.S(ctx.pw(), "email-password")),
            "The catalogue PDF is public, no password needed.", "Best, %s" % ppl[8].split()[0]]
    P.email(ctx, "mail/frankfurt-portal.eml", ctx.mail(ppl[8]), ctx.mail(ppl[4]), "Agent portal", mail2)

    def vm(d):
        return ["Hi, this is the narrator, about the remote recording booth.",
                "The booth laptop password is %s, all one word," % d.S(ctx.pw(1), "voicemail-password"),
                "so your engineer can log in tomorrow at nine. Thanks."]
    P.voicemail(ctx, "mail/voicemail-narrator.txt", "+1 646 555 %04d" % v.randint(0, 9999), ppl[3], vm)

    def nts(d):
        return [("Production meeting",),
                "Printer portal password was posted in the chat; changed to %s (%s has it)." % (
                    d.S(ctx.pw(), "notes-password"), ppl[0].split()[0]),
                "Audio: Narrata key rotated; old key shows as %s in their dashboard." % d.N(
                    "nrt_sk_" + "*" * 28 + v.alnum(4), "masked"),
                "Metadata: ONIX validation errors down to 3.", ("Actions",),
                "Move the author-site DB password out of wp-config (%s)." % ppl[5].split()[0]]
    P.notes(ctx, "docs/meetings/production-%s.md" % v.choice(["jan", "apr", "sep"]), "Production", ppl[:5], nts)
