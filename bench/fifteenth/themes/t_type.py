"""Type foundry: font build pipeline, licence key server and desktop activation, web-font kit CDN,
reseller feeds and royalty reports, UFO source sync, proofing site."""

from keys15 import Key
from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Quillstone Type", "quillstonetype.com", "Amsterdam"),
        ("Fathom Letterworks", "fathomletter.works", "Providence"),
        ("Grotesk & Serif Foundry", "grotesk-serif.de", "Berlin")]
FAMILIES = ["Halden Sans", "Marram Serif", "Osier Mono", "Tessellate Display", "Corvid Text", "Brine Grotesk"]


def build(t):
    r = t.r
    fam = r.sample(FAMILIES, 3)
    # ---- build pipeline
    fb_tok = r.hex(40)
    t.w(".github/workflows/build-fonts.yml", "name: build-fonts\non: [push]\njobs:\n  build:\n"
        "    runs-on: macos-14\n    steps:\n      - uses: actions/checkout@%s\n      - run: pip install fontmake "
        "gftools fontbakery\n      - run: make all\n      - run: fontbakery check-googlefonts fonts/ttf/*.ttf "
        "--html report.html\n        env:\n          FONTBAKERY_DASHBOARD_TOKEN: %s\n"
        "          SIGNING_PASSPHRASE: %s\n" % (t.N(r.git_sha(), "git-sha"), t.S(fb_tok, "vendor-api-token"),
                                            t.N("${{ secrets.SIGNING_PASSPHRASE }}", "ci-secret-reference")))
    t.w("build/Makefile", "FAMILIES = %s\n\nall:\n\tfor f in $(FAMILIES); do fontmake -g sources/$$f.glyphs -o "
        "variable; done\n\nupload:\n\tgftools push-stats --token %s fonts/\n" % (
            " ".join(f.replace(" ", "") for f in fam), t.Ptok("github-fine-grained-pat")))

    # ---- licence server
    lic_pw = t.pw(uri=True)
    hmac_secret = r.b64(32)
    t.w("licensing/keyserver/config.toml", '[server]\nlisten = "0.0.0.0:8443"\n\n[db]\nurl = "postgres://licsrv:%s@%s'
        ':5432/licences"\n\n[signing]\nhmac_secret = "%s"\nkey_file = "/etc/keyserver/licence-signing.pem"\n\n'
        '[paddle]\nvendor_id = %s\nvendor_auth_code = "%s"\n' % (
            t.S(lic_pw, "postgres-url-password"), t.host("db"), t.S(hmac_secret, "licence-hmac-secret"),
            t.N(r.digits(6), "vendor-account-id"), t.S(r.hex(50), "vendor-auth-code")))
    k = Key("ec", r)
    t.w("licensing/keyserver/licence-signing.pem", t.K(k.pem_traditional(), "private-key-pem-file") + "\n")
    pub = k.pem_public().replace("\n", "\n")
    t.w("licensing/desktop/activation.ts", 'import { verify } from "./crypto";\n\n// public half of the licence '
        'signing key; safe to ship\nexport const LICENCE_VERIFY_KEY = `%s`;\n\nexport const ACTIVATION_URL = '
        '"https://licences.%s/v2/activate";\n' % (t.N(pub, "public-key-pem"), t.domain))

    # ---- web-font kits
    env_twins(t, "webfonts/kit-service", [
        ("NODE_ENV", "-", None, "production"),
        ("DATABASE_PASSWORD", "S", "db-password", t.pw()),
        ("REDIS_URL", "-", None, "redis://cache.internal:6379/2"),
        ("SHOPIFY_ADMIN_TOKEN", "P", "shopify-admin-token", t.tok("shopify-admin-token")),
        ("SHOPIFY_API_SECRET", "P", "shopify-shared-secret", t.tok("shopify-shared-secret")),
        ("MAILCHIMP_API_KEY", "P", "mailchimp-key", t.tok("mailchimp-key")),
        ("SENTRY_DSN", "N", "public-sentry-dsn", "https://%s@o%s.ingest.sentry.io/%s" % (
            r.hex(32), r.digits(6), r.digits(7))),
        ("KIT_TOKEN_SECRET", "S", "jwt-secret", r.b64u(40)),
    ], prod=".env", example=".env.example")
    t.w("webfonts/cdn.json", '{\n  "provider": "fastly",\n  "serviceId": "%s",\n  "apiToken": "%s",\n'
        '  "allowedReferrers": ["*.%s"],\n  "projectId": "%s"\n}\n' % (
            r.s(22), t.Ptok("fastly-api-token"), t.domain, t.N(r.uuid(), "uuid")))

    # ---- resellers
    t.w("resellers/feeds.ini", "[myfonts]\nprotocol = sftp\nhost = upload.reseller-one.example\nuser = %s\n"
        "password = %s\n\n[fontspring]\nprotocol = sftp\nhost = drop.reseller-two.example\nuser = %s\n"
        "password_file = %s\n" % (t.key, t.S(t.pw(), "sftp-password"), t.key,
                                  t.N("/etc/feeds/fontspring.pass", "secret-file-path")))
    t.w("resellers/royalty_report.rb", "require 'net/http'\nrequire 'json'\n\nFONTSTAND_KEY = '%s'\n"
        "FONTSPRING_TOKEN = %s\n\ndef sales(month)\n  uri = URI(\"https://api.reseller.example/v1/sales?month=#{month}\")\n"
        "  req = Net::HTTP::Get.new(uri)\n  req['Authorization'] = \"Token #{FONTSTAND_KEY}\"\n"
        "  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| JSON.parse(h.request(req).body) }\nend\n" % (
            t.S(r.hex(32), "reseller-api-key"), t.N('ENV.fetch("FONTSPRING_TOKEN")', "env-reference")))

    # ---- sources sync (rclone obscured password is reversible)
    t.w("glyphs/rclone.conf", "[studio-nas]\ntype = sftp\nhost = %s\nuser = type\npass = %s\n\n[archive]\n"
        "type = s3\nprovider = Wasabi\nenv_auth = true\n" % (t.host("nas"), t.S(r.b64u(30), "rclone-obscured-password")))
    t.w("glyphs/sync-sources.sh", "#!/bin/sh\nset -eu\n# nightly: push UFO/Glyphs sources to the NAS\n"
        "rclone sync ./sources studio-nas:/type/sources --exclude '*.ttf'\n"
        "# check id %s\ncurl -fsS -H \"X-Api-Key: %s\" https://hc.%s/ping/$CHECK_ID\n" % (
            t.N(r.uuid(), "uuid"), t.S(r.s(32), "healthcheck-api-key"), t.domain))

    # ---- proofing site
    t.w("proofing/wp-config.php", "<?php\ndefine('DB_NAME', 'proofing');\ndefine('DB_USER', 'proof');\n"
        "define('DB_PASSWORD', '%s');\ndefine('DB_HOST', '%s');\ndefine('AUTH_KEY', '%s');\n"
        "define('SECURE_AUTH_KEY', '%s');\ndefine('LOGGED_IN_KEY', %s);\n$table_prefix = 'wp_';\n" % (
            t.S(t.pw(), "db-password"), t.host("db"), t.S(r.s(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
                                                               "qrstuvwxyz0123456789!*-_.+=?@~"), "wordpress-salt"),
            t.N("put your unique phrase here", "placeholder"), t.N("getenv('WP_LOGGED_IN_KEY')", "env-reference")))
    sql_logins(t, "ops/sql/grants.sql", "mysql", [("kits", True), ("proofing", True), ("analytics", False)])
    device_sheet(t, "ops/studio-sheet.tsv", [
        ("proof printer", "10.8.1.20", r.serial("EP"), "admin", cred_cell(t, "device-password"), "A3 proofs"),
        ("studio NAS", "10.8.1.5", r.serial("SY"), "type", cred_cell(t, "device-password"), "sources"),
        ("build mac mini", "10.8.1.31", r.serial("C0"), "builder", cred_cell(t, "device-password"), "fontmake"),
        ("plotter", "10.8.1.40", r.serial("RL"), "-", t.N("no password", "prose-no-value"), "specimens"),
    ], fmt="tsv")

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    glyphs_lic = "GLY-" + "-".join(r.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    t.chat("studio/type-design", [
        (a, "%s italic masters are in, kerning next week" % fam[0]),
        (b, "Glyphs licence for the new intern: %s" % t.S(glyphs_lic, "software-licence-key")),
        (c, "Adobe Fonts partner portal login is fonts@%s / %s" % (t.domain, t.S(t.pw(), "partner-portal-password"))),
        (a, "the licence verify key is public, it is in activation.ts, %s" % t.N("no need to hide it",
                                                                               "prose-no-value")),
        (d, "signing passphrase for the release zips: %s" % t.S(r.pw_phrase(), "signing-passphrase")),
    ], "type-design")
    gh = t.tok("github-pat")
    t.wiki("wiki/release-process", "Font release process", [
        ("h", "Tag and upload"),
        ("code", ["git tag v%d.%03d" % (r.randint(1, 3), r.randint(1, 999)),
                  "GITHUB_TOKEN=%s gh release upload v2 fonts/*.zip" % t.P(gh, "github-pat")]),
        ("h", "Google Fonts onboarding"),
        ("p", "The onboarding repository uses a deploy key kept in %s." % t.N("vault:secret/type/gf-deploy-key",
                                                                             "vault-reference")),
        ("h", "Licence server"),
        ("p", "If the key server is down, restart it; the DB password is in config.toml (%s)." % t.S(
            lic_pw, "postgres-url-password")),
    ])
    t.ticket("tickets", "LIC-%d" % r.randint(1000, 9999),
             "Desktop licence will not activate on a second machine", [
                 (t.p(4), "Customer bought a 2-seat licence for %s, second Mac says seats exhausted." % fam[1]),
                 (t.p(5), "Freed one seat. The customer account had a weak password so I reset it to %s" % t.S(
                     t.pw(), "temporary-password")),
                 (t.p(4), "Customer confirmed activation works.")])
    t.mail("mail/reseller-onboarding", ("Ines", "Partners", "partners@reseller-one.example"),
           (a[0], a[1], t.mail_of(0)), "Your upload account", [
               "Hi %s," % a[0],
               "Your SFTP upload account is ready: user %s, password %s" % (t.key, t.S(t.pw(), "sftp-password")),
               "Reports API key (read-only): %s" % t.S(r.hex(32), "reseller-api-key"),
               "Best,"])
    t.notes("notes/release-meeting", "Release meeting", [
        "%s v2 goes out on the 15th; specimen PDF still missing small caps." % fam[2],
        "Licence server HMAC was in a screenshot in the deck, %s." % t.N("rotate it", "prose-no-value"),
        "New HMAC secret (already deployed): %s" % t.S(r.b64(32), "licence-hmac-secret"),
        "Fontbakery dashboard token is %s" % t.S(fb_tok, "vendor-api-token")])
