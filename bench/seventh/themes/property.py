"""A property-management SaaS (Rails monolith): accounting-system interfaces, smart locks, tenant
screening, bank feeds, listings syndication, backups and a tenant portal."""

from themes.common7 import Ctx, K, S, N, put_key, b64, slack_export, email, zendesk_csv, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "property-saas"


def build(corpus, rng):
    org, dom = rng.choice([("Keystone Rentals", "keystonerentals.io"), ("Lettable", "lettable.co.uk"), ("Habitat Desk", "habitatdesk.com")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    dev, cs = v.person(), v.person()
    app = "app"

    # --- database.yml (prod literal vs ERB env)
    f = c.f("app/config/database.yml")
    f.t("default: &default", "  adapter: postgresql", "  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>", "", "development:", "  <<: *default", "  database: pm_dev")
    f.n("  password: @@", "<%= ENV['DEV_DB_PASSWORD'] %>", "neg.env-ref")
    f.t("", "production:", "  <<: *default", "  host: %s" % v.host(dom), "  username: pm_app")
    f.s("  password: @@", c.pw(), "generic.password-yaml")

    # --- master key
    f = c.f("app/config/credentials/production.key")
    f.s("@@", v.hex(32), "generic.rails-master-key")
    f = c.f("app/config/credentials/production.yml.enc")
    f.n("@@", v.b64(180) + "--" + v.b64(12) + "--" + v.b64(16), "neg.encrypted")

    # --- storage.yml (hard-coded pair vs credentials reference)
    f = c.f("app/config/storage.yml")
    f.t("amazon:", "  service: S3")
    aid, asec = c.pair("aws")
    f.begin("secret", "provider.aws-pair")
    f.a("  access_key_id: @@", aid, ident=True)
    f.a("  secret_access_key: @@", asec)
    f.end()
    f.t("  region: eu-west-2", "  bucket: %s-leases" % c.name.split("-")[0], "", "amazon_archive:", "  service: S3")
    f.n("  access_key_id: @@", "<%= Rails.application.credentials.dig(:aws, :archive_key_id) %>", "neg.template-ref")

    # --- accounting interface initializer (SOAP) and smart locks
    f = c.f("app/config/initializers/accounting_interface.rb")
    f.t("AccountingInterface.configure do |config|", "  config.wsdl = 'https://%s.accounting-host.example/Interfaces/ItfResidentData.asmx?WSDL'" % c.name.split("-")[0],
        "  config.username = 'pm_interface'")
    f.s("  config.password = '@@'", c.pw(), "generic.password-ruby")
    f.s("  config.entity_license = '@@'", v.upper(8) + "-" + v.upper(8) + "-" + v.upper(8), "generic.license-key")
    f.t("end")
    f = c.f("app/config/initializers/smart_locks.rb")
    f.t("SmartLocks.configure do |c|")
    f.s("  c.api_key = ENV.fetch('LOCKS_API_KEY', '@@')", v.alnum(48), "generic.api-key-named")
    f.t("  c.webhook_secret = ENV.fetch('LOCKS_WEBHOOK_SECRET')")
    f.t("end")

    # --- .env.production with providers
    pid_, psec = c.pair("plaid")
    f = c.f("app/.env.production")
    f.t("RAILS_ENV=production", "RAILS_LOG_TO_STDOUT=1")
    f.s("SECRET_KEY_BASE=@@", v.hex(128), "generic.secret-key-base")
    f.begin("secret", "provider.plaid-pair")
    f.a("PLAID_CLIENT_ID=@@", pid_, ident=True)
    f.a("PLAID_SECRET=@@", psec)
    f.end()
    f.s("STRIPE_SECRET_KEY=@@", c.tok("stripe-secret"), "provider.stripe-secret")
    f.s("SENDGRID_API_KEY=@@", c.tok("sendgrid"), "provider.sendgrid")
    f.s("SCREENING_API_KEY=@@", v.hex(32), "generic.api-key-named")
    f.s("HUBSPOT_PRIVATE_APP_TOKEN=@@", c.tok("hubspot"), "provider.hubspot")
    f.n("STRIPE_PUBLISHABLE_KEY=@@", c.pub("stripe-publishable"), "neg.publishable-key")

    # --- seeds (password vs digest)
    f = c.f("app/db/seeds.rb")
    f.t("Company.find_or_create_by!(name: 'Demo Lettings')")
    f.s("User.create!(email: 'ops@%s', password: '@@', role: :admin)" % dom, c.pw(), "generic.seed-password")
    f.n("User.create!(email: 'auditor@%s', password_digest: '@@')" % dom, "$2a$12$" + v.chars("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53), "neg.password-hash")

    # --- webhook fixture (signatures)
    f = c.f("app/spec/fixtures/webhooks/payment_succeeded.json")
    f.t("{")
    f.n('  "signature_header": "@@",', "t=%d,v1=%s" % (c.r.randint(1700000000, 1760000000), v.hex(64)), "neg.webhook-signature")
    f.n('  "id": "@@",', "evt_" + v.alnum(24), "neg.resource-id")
    f.t('  "type": "payment_intent.succeeded"', "}")

    # --- listings feed (negatives)
    f = c.f("integrations/listings-feed/feed.xml")
    f.t('<?xml version="1.0"?>', "<hotPadsItems version=\"2.1\">")
    for i in range(3):
        f.n('  <Listing id="@@" type="RENTAL">', v.hex(24), "neg.resource-id")
        f.t("    <street>%d %s St</street>" % (c.r.randint(1, 999), c.pick(["Elm", "Union", "Harbour", "Mill"])), "  </Listing>")
    f.t("</hotPadsItems>")

    # --- other accounting connector (.NET xml)
    f = c.f("integrations/ri-connector/RiClient.exe.config", crlf=True)
    f.t("<configuration><appSettings>", '  <add key="Endpoint" value="https://gateway.ri.example/api" />', '  <add key="Pmc" value="%s" />' % v.digits(7))
    f.s('  <add key="LicenseKey" value="@@" />', v.uuid().upper(), "generic.license-key")
    f.s('  <add key="Password" value="@@" />', c.pw(), "generic.password-xml")
    f.t("</appSettings></configuration>")

    # --- tenant portal (public only)
    f = c.f("tenant-portal/.env.local")
    f.n("NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=@@", c.pub("supabase-publishable"), "neg.publishable-key")
    f.n("NEXT_PUBLIC_POSTHOG_KEY=@@", c.pub("posthog-project"), "neg.publishable-key")
    f.n("NEXT_PUBLIC_GOOGLE_CLIENT_ID=@@", c.pub("google-oauth-client-id"), "neg.public-id")

    # --- backups (pgBackRest with S3-compatible pair)
    f = c.f("ops/pgbackrest.conf")
    f.t("[global]", "repo1-type=s3", "repo1-s3-bucket=%s-pgbackrest" % c.name.split("-")[0], "repo1-s3-endpoint=s3.eu-central-003.backblazeb2.com")
    f.begin("secret", "generic.s3-compatible-pair")
    f.a("repo1-s3-key=@@", "003" + v.hex(22), ident=True)
    f.a("repo1-s3-key-secret=@@", "K003" + v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 27))
    f.end()
    f.n("repo1-cipher-pass=@@", "${PGBACKREST_REPO1_CIPHER_PASS}", "neg.env-ref")
    f.t("", "[main]", "pg1-path=/var/lib/postgresql/16/main")

    # --- Sidekiq web basic auth
    f = c.f("app/config/initializers/sidekiq_web.rb")
    f.t("Sidekiq::Web.use Rack::Auth::Basic do |user, password|")
    f.s("  user == 'ops' && password == '@@'", c.pw(), "generic.password-ruby")
    f.t("end")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    lockkey = v.alnum(48)
    slack_export(c, "comms/slack-eng/2025-%02d-%02d.json" % (c.r.randint(1, 12), c.r.randint(1, 28)), [
        (a, "lock provider webhooks are 401ing"),
        (b, S("they rotated our key on their side, new one: @@", lockkey, "generic.api-key-chat")),
        (a, "added to the credentials file, deploying"),
        (d, S("staging sidekiq login is ops / @@ btw", c.pw(), "generic.password-chat")),
        (b, N("deploy sha is @@", v.sha1(), "neg.git-sha")),
        (d, S("and the plaid sandbox-to-prod secret we used for the demo: @@", c.pair("plaid")[1], "provider.plaid-secret")),
    ])
    zendesk_csv(c, "comms/zendesk-tenants.csv", [
        ("tenant%d@mail.example" % c.r.randint(1, 999), "Locked out of portal", S("I reset it to @@ but it says invalid", c.pw("word"), "generic.password-ticket")),
        ("landlord%d@mail.example" % c.r.randint(1, 999), "Bank feed missing", "The March statement lines are missing for account ending 4411."),
        ("tenant%d@mail.example" % c.r.randint(1, 999), "Door code", N("The new door code for unit 4 shows as @@ in the app", "******", "neg.masked")),
        ("agent%d@mail.example" % c.r.randint(1, 999), "Accounting sync", S("our interface user is pm_interface, password @@ if you need to test", c.pw(), "generic.password-ticket")),
    ])
    email(c, "comms/mail/accounting-interface.eml", "interfaces@accounting-host.example", "%s <%s@%s>" % (dev, dev.split()[0].lower(), dom),
          "Interface entity license", ["Hello,", "", "The interface entity for your database has been activated.",
                                       S("Entity license: @@", v.upper(8) + "-" + v.upper(8) + "-" + v.upper(8), "generic.license-key-email"),
                                       S("Interface user password: @@", c.pw(), "generic.password-email"), "", "Regards"])
    wiki(c, "docs/oncall.md", "md", "On-call handbook", [
        ("Access", ["Production console via Teleport.", S("Emergency Rails console user: breakglass / @@", c.pw("strong"), "generic.password-wiki")]),
        ("Backups", ["pgBackRest to B2 nightly.", N("Cipher pass comes from @@", "op://Prod/pgbackrest/cipher", "neg.vault-ref")]),
        ("Smart locks", [S("Vendor sandbox key for demos: @@", v.alnum(48), "generic.api-key-wiki")]),
    ])
    sheet(c, "docs/building-wifi.csv", ["building", "ssid", "password", "managed_by"], [
        ["%d %s St" % (c.r.randint(1, 99), c.pick(["Elm", "Union", "Harbour", "Mill"])), "RES-%d" % i, S("@@", c.pw("word"), "generic.wifi-psk-spreadsheet"), "us"] for i in range(3)
    ] + [["Riverside Lofts", "RL-GUEST", N("@@", "(open network)", "neg.placeholder"), "landlord"]])
    history(c, "home/%s/fish_history" % dev.split()[0].lower(), "fish", [
        "bin/rails c -e production",
        S("env PGPASSWORD=@@ psql -h %s -U pm_app pm_production" % v.host(dom), c.pw(), "generic.password-cli"),
        S("heroku config:set LOCKS_API_KEY=@@ -a pm-prod", lockkey, "generic.api-key-cli"),
        "git push heroku main",
    ])
    i18n_file(c, "app/config/locales/auth.yml", "yaml")

    layer2.build(c, "platform", "pm-api", (a, b))
