"""A sports-betting platform: Quarkus odds and settlement services, data-feed suppliers, KYC, geolocation,
payments, risk engine (Hazelcast, Pulsar), responsible gambling, a headless CMS and DB grants."""

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, slack_export, irc_log, email, ticket, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "sportsbook"


def build(corpus, rng):
    org, dom = rng.choice([("Oddsline", "oddsline.bet"), ("Paddock Sports", "paddocksports.co.uk"), ("Vega Play", "vegaplay.se")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    trader, sre = v.person(), v.person()

    # --- Quarkus application.properties with profiles
    f = c.f("odds-feed/src/main/resources/application.properties")
    f.t("quarkus.datasource.db-kind=postgresql", "quarkus.datasource.username=odds")
    f.n("%dev.quarkus.datasource.password=@@", "changeme", "neg.placeholder")
    f.s("%prod.quarkus.datasource.password=@@", c.pw(), "generic.password-properties")
    f.n("%staging.quarkus.datasource.password=@@", "${ODDS_DB_PASSWORD}", "neg.env-ref")
    f.t("feed.supplier.base-url=https://api.sportsdata.example/odds/v4")
    f.s("feed.supplier.api-key=@@", v.alnum(24), "generic.api-key-named")
    f.t("mp.messaging.incoming.prices.connector=smallrye-kafka")

    # --- second feed supplier
    f = c.f("odds-feed/suppliers/racing-feed.yaml")
    f.t("racing:", "  endpoint: wss://push.racingdata.example/v2", "  username: %s_push" % c.name.split("-")[0])
    f.s("  password: \"@@\"", c.pw("strong"), "generic.password-yaml")
    f.t("  heartbeat_seconds: 15")

    # --- KYC providers
    f = c.f("kyc/.env")
    f.s("ONFIDO_API_TOKEN=@@", c.tok("onfido"), "provider.onfido")
    f.s("SUMSUB_APP_TOKEN=@@", c.tok("sumsub"), "provider.sumsub")
    f.s("SUMSUB_SECRET_KEY=@@", v.alnum(32), "provider.sumsub-secret")
    f.n("ONFIDO_WEBHOOK_ID=@@", v.uuid(), "neg.uuid")

    # --- geolocation licence
    f = c.f("geo/geolocation.properties")
    f.t("geo.installer.id=%s" % v.digits(6), "geo.environment=production")
    f.s("geo.api.secret=@@", v.hex(40), "generic.api-key-named")

    # --- payments
    f = c.f("payments/psp-gateway.json")
    f.t("{", '  "psp": "card-acquirer",', '  "accountId": "%s",' % v.digits(10))
    f.s('  "apiKey": "@@",', b64("pmle-%s:B-qa2-0-%s-%s" % (v.digits(6), v.hex(8), v.alnum(30))), "generic.basic-auth-apikey", "basic")
    f.n('  "singleUseTokenKey": "@@",', b64("SUT-%s:%s" % (v.digits(6), v.alnum(20))), "neg.publishable-key")
    f.t('  "currency": "GBP"', "}")
    key = c.rsa()
    f = c.f("payments/open-banking/merchant-signing.pem")
    put_key(f, key.pem_pkcs8(), "key.rsa-pem")
    f = c.f("payments/open-banking/merchant-public.pem")
    f.nblock("neg.public-key", [(ln, ln) for ln in key.pem_public().split("\n")])
    f = c.f("payments/apm.env")
    f.s("APM_MERCHANT_SECRET_KEY=@@", v.alnum(64), "generic.merchant-secret")
    f.s("RAZORPAY_WEBHOOK_SECRET=@@", v.alnum(32), "generic.webhook-secret")

    # --- risk engine
    f = c.f("risk/hazelcast.xml")
    f.t('<hazelcast xmlns="http://www.hazelcast.com/schema/config">', "  <group>", "    <name>risk</name>")
    f.s("    <password>@@</password>", c.pw(), "generic.password-xml")
    f.t("  </group>", "</hazelcast>")
    f = c.f("risk/pulsar-client.conf")
    f.t("webServiceUrl=https://pulsar.%s:8443/" % dom, "authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken")
    f.s("authParams=token:@@", v.jwt({"sub": "risk-engine"}, alg="RS256", sig_bytes=256), "generic.jwt-bearer", "jwt")
    f = c.f("risk/aerospike.conf")
    f.t("service {", "    proto-fd-max 15000", "}", "network {", "    tls risk-tls {", "        cert-file /etc/aerospike/tls/risk.crt")
    f.n("        key-file-password @@", "env:AEROSPIKE_TLS_PW", "neg.env-ref")
    f.t("    }", "}")

    # --- responsible gambling
    f = c.f("safer-gambling/self-exclusion.env")
    f.s("SELF_EXCLUSION_API_KEY=@@", v.alnum(32), "generic.api-key-named")
    f.t("SELF_EXCLUSION_URL=https://api.self-exclusion.example/v2")

    # --- CMS (Strapi-style)
    f = c.f("cms/.env")
    f.t("HOST=0.0.0.0", "PORT=1337")
    f.s("APP_KEYS=@@", ",".join(v.b64(16) for _ in range(4)), "generic.app-secret")
    f.s("ADMIN_JWT_SECRET=@@", v.b64(16), "generic.jwt-secret")
    f.s("DATABASE_PASSWORD=@@", c.pw(), "generic.password-env")

    # --- grants
    f = c.f("db/grants.sql")
    f.s("CREATE USER 'settlement'@'10.%' IDENTIFIED BY '@@';", c.pw(), "generic.password-sql")
    f.n("CREATE USER 'readonly'@'%' IDENTIFIED WITH mysql_native_password AS '@@';", v.mysql_native(), "neg.password-hash")
    f.t("GRANT SELECT ON bets.* TO 'readonly'@'%';")

    # --- settlement sample (negatives)
    f = c.f("settlement/samples/settled-bets.jsonl")
    for i in range(3):
        f.n('{"betId":"@@","market":"1X2","result":"WON","stake":%d}' % c.r.randint(1, 500), v.uuid(), "neg.uuid")
    f.n('{"batchSha256":"@@"}', v.sha256(), "neg.digest")

    # --- affiliate export (negatives)
    f = c.f("affiliates/btag-export.csv")
    f.t("btag,affiliate,first_deposit")
    for i in range(2):
        f.n("@@,aff%d,2025-0%d-1%d" % (c.r.randint(100, 999), i + 1, i), "a_%sb_%sc_" % (v.digits(4), v.digits(3)), "neg.resource-id")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    slack_export(c, "comms/slack-trading/2025-%02d-%02d.json" % (c.r.randint(1, 12), c.r.randint(1, 28)), [
        (a, "racing feed dropped again at 14:02"),
        (b, S("supplier reset the push account, new pass @@", c.pw("strong"), "generic.password-chat")),
        (d, S("and the odds api key for the backup tier: @@", v.alnum(24), "generic.api-key-chat")),
        (a, N("market id @@ suspended meanwhile", "1." + v.digits(9), "neg.resource-id")),
        (b, S("KYC sandbox token is not prod, prod is @@", c.tok("onfido"), "provider.onfido")),
    ])
    irc_log(c, "comms/irc-sre.log", [
        (sre, "hazelcast members flapping"),
        (a, S("group password on the new nodes is @@ right?", c.pw(), "generic.password-chat")),
        (sre, "yes, rolling restart now"),
        (b, S("fyi pulsar admin token for debugging: @@", v.jwt({"sub": "admin"}, alg="HS256"), "generic.jwt-chat", "jwt")),
    ], chan="#sre")
    email(c, "comms/mail/psp-live-keys.eml", "onboarding@acquirer.example", "%s <payments@%s>" % (d, dom), "Live credentials",
          ["Hello,", "", "Your live account is enabled.",
           S("Live API key (Basic): @@", b64("pmle-%s:B-p1-0-%s-%s" % (v.digits(6), v.hex(8), v.alnum(30))), "generic.basic-auth-apikey", "basic"),
           N("Test cards: @@ (Visa success)", "4111111111111111", "neg.test-card"), "", "Onboarding"])
    ticket(c, "comms/tickets/", "PAY-%d" % c.r.randint(100, 999), "APM secret in logs", sre, [
        (sre, ["Payment service logged the APM merchant secret at DEBUG.", S("Logged value: @@", v.alnum(64), "generic.merchant-secret-ticket")]),
        (trader, ["Rotated with the provider, log level fixed.", N("Card numbers in the same log were masked: @@", "411111******1111", "neg.masked")]),
    ])
    wiki(c, "docs/trading-systems.rst", "rst", "Trading systems", [
        ("Feeds", ["Primary: sportsdata, backup: racingdata.", S("Feed admin portal: trading / @@", c.pw(), "generic.password-wiki")]),
        ("Risk", [N("Hazelcast group password is read from @@", "secret/risk/hazelcast", "neg.vault-ref")]),
    ])
    sheet(c, "docs/supplier-backoffices.csv", ["supplier", "url", "user", "password"], [
        ["sportsdata", "https://bo.sportsdata.example", "trading", S("@@", c.pw(), "generic.password-spreadsheet")],
        ["racingdata", "https://bo.racingdata.example", "trading", S("@@", c.pw(), "generic.password-spreadsheet")],
        ["geolocation", "https://console.geo.example", "compliance", S("@@", c.pw("season"), "generic.password-spreadsheet")],
        ["kyc", "https://dashboard.kyc.example", "compliance", N("@@", "SSO only", "neg.placeholder")],
    ])
    history(c, "home/%s/.psql_history" % sre.split()[0].lower(), "psql", [
        "\\dt bets.*",
        S("ALTER ROLE settlement WITH PASSWORD '@@';", c.pw(), "generic.password-sql-history"),
        N("ALTER ROLE reporting WITH PASSWORD '@@';", v.scram(), "neg.password-hash"),
        "select count(*) from bets.open_bets;",
    ])
    i18n_file(c, "web/locales/sv.json", "json")

    layer2.build(c, "platform", "bet-api", (a, b))
