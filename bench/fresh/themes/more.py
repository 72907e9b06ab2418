"""Second layer of content for the themes: more services in random syntaxes, legacy server configs,
growth/marketing integrations, JWKs, engineers' home directories, and negative-heavy files."""

import base64
import json

from . import svc
from .common import (D, block, ind, jesc, changelog, i18n_json, openapi, package_lock, sbom, sri_html, workflow,
                     yarn_lock)


def b64(s):
    return base64.b64encode(s.encode()).decode()


SERVICE_NAMES = ["reviews", "loyalty", "pricing", "returns", "gift-cards", "tax", "shipping-rates", "wishlist",
                 "fraud-score", "invoices", "fx-hedging", "kyc", "statements", "cards", "disputes", "limits",
                 "embeddings", "ranker", "feature-store", "labeling"]


# ==================================================================== storefront
def storefront(c):
    v = c.v
    S, N = c.S, c.N
    R = "storefront/"
    dom = v.domain
    for name in v.r.sample(SERVICE_NAMES[:10], v.r.randint(6, 7)):
        svc.service(c, R + "services/", name, v.r.randint(2, 4), v.r.randint(3, 5))

    # growth / marketing integrations
    g = R + "services/growth/"
    c.w(g + ".env", """
        KLAVIYO_PRIVATE_API_KEY=%s
        KLAVIYO_SITE_ID=%s
        HUBSPOT_ACCESS_TOKEN=%s
        LAUNCHDARKLY_SDK_KEY=%s
        LAUNCHDARKLY_CLIENT_SIDE_ID=%s
        STATSIG_SERVER_SECRET=%s
        STATSIG_CLIENT_KEY=%s
        POSTHOG_PERSONAL_API_KEY=%s
        POSTHOG_PROJECT_API_KEY=%s
        RECAPTCHA_SECRET_KEY=%s
        RECAPTCHA_SITE_KEY=%s
        BREVO_API_KEY=%s
        RESEND_API_KEY=%s
        """ % (S("pk_" + v.hexs(34), "klaviyo-private-key"), N(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6), "public-client-id"),
               S("pat-eu1-" + v.uuid(), "hubspot-private-app-token"), S("sdk-" + v.uuid(), "launchdarkly-sdk-key"),
               N(v.hexs(24), "public-client-id"), S("secret-" + v.alnum(43), "statsig-server-secret"),
               N("client-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 43), "public-client-id"),
               S("phx_" + v.alnum(47), "posthog-personal-api-key"), N(v.posthog(), "public-client-id"),
               S("6L" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 38), "recaptcha-secret-key"),
               N("6L" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 38), "recaptcha-site-key"),
               S("xkeysib-" + v.hexs(64) + "-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16), "brevo-api-key"),
               S("re_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 8) + "_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24), "resend-api-key")))
    c.w(g + "src/realtime.ts", """
        import Pusher from "pusher";
        import Ably from "ably";

        export const pusher = new Pusher({
          appId: "%s",
          key: "%s",
          secret: "%s",
          cluster: "eu",
          useTLS: true,
        });

        export const ably = new Ably.Rest({ key: "%s" });
        """ % (v.digits(7), N(v.hexs(20), "public-client-id"), S(v.hexkey(20), "pusher-app-secret"),
               S("%s.%s:%s" % (v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6),
                                v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6),
                                v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43)), "ably-api-key")))
    c.w(g + "src/db.ts", """
        import { neon } from "@neondatabase/serverless";
        import { Redis } from "@upstash/redis";
        import { connect } from "@planetscale/database";

        export const sql = neon("%s");

        export const redis = new Redis({
          url: "https://%s.upstash.io",
          token: "%s",
        });

        export const ps = connect({
          host: "aws.connect.psdb.cloud",
          username: "%s",
          password: "%s",
        });
        """ % (S("postgresql://growth_owner:npg_%s@ep-%s.eu-central-1.aws.neon.tech/growth?sslmode=require" % (v.alnum(12), v.s("abcdefghijklmnopqrstuvwxyz", 10)), "credential-uri"),
               v.s("abcdefghijklmnopqrstuvwxyz", 8) + "-" + v.digits(5),
               S("A" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 63) + "=", "upstash-redis-token"),
               v.s("abcdefghijklmnopqrstuvwxyz0123456789", 12), S("pscale_pw_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_", 43), "planetscale-password")))
    c.w(g + "src/auth.ts", """
        import { createClerkClient } from "@clerk/backend";
        import { AuthenticationClient } from "auth0";

        export const clerk = createClerkClient({
          secretKey: "%s",
          publishableKey: "%s",
        });

        export const auth0 = new AuthenticationClient({
          domain: "%s.eu.auth0.com",
          clientId: "%s",
          clientSecret: "%s",
        });
        """ % (S("sk_live_" + v.alnum(40), "clerk-secret-key"),
               N("pk_live_" + b64("clerk.%s$" % dom).rstrip("="), "publishable-key"), v.slug,
               N(v.alnum(32), "public-client-id"), S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 64), "auth0-client-secret")))
    c.w(g + "scripts/sync_tasks.py", """
        \"\"\"Sync campaign tasks between Airtable, Trello and ClickUp.\"\"\"
        import requests

        AIRTABLE_PAT = "%s"
        TRELLO_KEY = "%s"
        TRELLO_TOKEN = "%s"
        CLICKUP_TOKEN = "%s"

        def airtable_rows(base, table):
            r = requests.get(f"https://api.airtable.com/v0/{base}/{table}",
                             headers={"Authorization": f"Bearer {AIRTABLE_PAT}"}, timeout=10)
            return r.json()["records"]
        """ % (S("pat" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 14) + "." + v.hexs(64), "airtable-pat"),
               N(v.hexs(32), "public-client-id"), S("ATTA" + v.hexs(64) + v.hexs(8).upper(), "trello-token"),
               S("pk_%s_%s" % (v.digits(8), v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32)), "clickup-api-token")))
    c.w(g + "cypress.config.ts", """
        import { defineConfig } from "cypress";

        export default defineConfig({
          projectId: "%s",
          // TODO: move to CYPRESS_RECORD_KEY in CI
          recordKey: "%s",
          e2e: { baseUrl: "https://staging.%s" },
        });
        """ % (v.s("abcdefghijklmnopqrstuvwxyz0123456789", 6), S(v.uuid(), "cypress-record-key"), dom))
    c.w(g + "browserstack.yml", """
        userName: %s_%s
        accessKey: %s
        platforms:
          - os: Windows
            osVersion: 11
            browserName: Chrome
        percy:
          token: %s
        """ % (v.slug, v.s("abcdefghijklmnopqrstuvwxyz0123456789", 6), S(v.alnum(20), "browserstack-access-key"),
               S("web_" + v.hexs(64), "percy-token")))
    c.w(g + "src/monitoring.ts", """
        import Rollbar from "rollbar";

        export const rollbar = new Rollbar({
          accessToken: "%s", // post_server_item
          environment: process.env.NODE_ENV,
        });

        // browser snippet uses the post_client_item token, which is public by design
        export const ROLLBAR_CLIENT_TOKEN = "%s";
        """ % (S(v.hexkey(32), "rollbar-access-token"), N(v.hexs(32), "public-client-id")))

    # Craft CMS marketing site
    m = R + "marketing-site/"
    c.w(m + ".env", """
        # Craft CMS
        CRAFT_APP_ID=CraftCMS--%s
        CRAFT_ENVIRONMENT=production
        CRAFT_SECURITY_KEY=%s
        CRAFT_DB_DRIVER=mysql
        CRAFT_DB_SERVER=%s
        CRAFT_DB_USER=craft
        CRAFT_DB_PASSWORD=%s
        CRAFT_DB_DATABASE=marketing
        PRIMARY_SITE_URL=https://www.%s/
        CONTENTFUL_MANAGEMENT_TOKEN=%s
        MAILJET_API_KEY=%s
        MAILJET_SECRET_KEY=%s
        """ % (N(v.uuid(), "uuid"), S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 32), "app-secret-key"),
               v.host("mysql-web"), S(v.password("any"), "generic-password"), dom,
               S("CFPAT-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 43), "contentful-pat"),
               N(v.hexs(32), "public-client-id"), S(v.hexkey(32), "mailjet-secret-key")))
    c.w(m + ".env.example.production", """
        CRAFT_APP_ID=
        CRAFT_SECURITY_KEY=%s
        CRAFT_DB_PASSWORD=%s
        CONTENTFUL_MANAGEMENT_TOKEN=%s
        """ % (N("<run php craft setup/security-key>", "placeholder"), N("secret", "placeholder"),
               N("CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")))
    c.w(m + "config/general.php", """
        <?php

        use craft\\config\\GeneralConfig;
        use craft\\helpers\\App;

        return GeneralConfig::create()
            ->defaultWeekStartDay(1)
            ->omitScriptNameInUrls()
            ->devMode(App::env('DEV_MODE') ?? false)
            ->securityKey(%s)
            ->maxInvalidLogins(5);
        """ % N("App::env('CRAFT_SECURITY_KEY')", "env-reference"))
    c.w(m + "config/db.php", """
        <?php
        // legacy fallback for the cron box that has no .env
        return [
            'driver' => 'mysql',
            'server' => '%s',
            'user' => 'craft',
            'password' => getenv('CRAFT_DB_PASSWORD') ?: '%s',
            'database' => 'marketing',
            'tablePrefix' => 'craft_',
        ];
        """ % (v.host("mysql-web"), S(v.password("any"), "generic-password")))
    c.w(m + "web/index.html", sri_html(c, "%s — shop" % v.company), dedent=False)
    c.w(m + "package.json", """
        {
          "name": "marketing-site",
          "private": true,
          "scripts": { "build": "vite build", "dev": "vite" },
          "devDependencies": { "vite": "^5.3.4", "tailwindcss": "^3.4.6" }
        }
        """)
    c.w(m + "yarn.lock", yarn_lock(c, 5), dedent=False)

    # server configs that came with the monorepo's docker images
    c.w(R + "docker/pgbouncer/userlist.txt", "\n".join([
        '"checkout" "%s"' % S(v.password("shell"), "generic-password"),
        '"reporting" "%s"' % N("md5" + v.md5(), "password-hash"),
        '"inventory" "%s"' % N(v.scram(), "password-hash"),
        '"pgbouncer_admin" "%s"' % S(v.password("shell"), "generic-password")]))
    c.w(R + "docker/redis/redis.conf", """
        bind 0.0.0.0
        protected-mode yes
        port 6379
        maxmemory 2gb
        maxmemory-policy allkeys-lru
        requirepass %s
        masterauth %s
        user metrics on >%s ~* +info +ping
        rename-command FLUSHALL ""
        """ % (S(v.password("shell"), "generic-password"), S(v.password("shell"), "generic-password"),
               S(v.password("shell"), "generic-password")))
    c.w(R + "docker/rabbitmq/rabbitmq.conf", """
        listeners.tcp.default = 5672
        default_user = shop
        default_pass = %s
        management.tcp.port = 15672
        loopback_users.guest = false
        """ % S(v.password("shell"), "generic-password"))
    c.w(R + "services/reviews/knexfile.js", """
        module.exports = {
          development: {
            client: "pg",
            connection: { host: "localhost", user: "reviews", password: "%s", database: "reviews_dev" },
          },
          production: {
            client: "pg",
            connection: {
              host: "%s",
              user: "reviews",
              password: "%s",
              database: "reviews",
              ssl: { rejectUnauthorized: true },
            },
          },
        };
        """ % (N("reviews", "well-known-default"), v.host("pg-reviews"), S(v.password("any"), "generic-password")))
    c.w(R + "services/returns/config/config.json", """
        {
          "development": { "username": "root", "password": null, "database": "returns_dev", "host": "127.0.0.1", "dialect": "mysql" },
          "test": { "username": "root", "password": %s, "database": "returns_test", "host": "127.0.0.1", "dialect": "mysql" },
          "production": {
            "username": "returns",
            "password": "%s",
            "database": "returns",
            "host": "%s",
            "dialect": "mysql"
          }
        }
        """ % (N('"test"', "test-fixture"), S(v.password("any"), "generic-password"), v.host("mysql-returns")))
    c.w(R + "services/wishlist/prisma/.env", """
        DATABASE_URL="%s"
        SHADOW_DATABASE_URL="%s"
        """ % (S("mysql://wishlist:%s@%s:3306/wishlist" % (v.password("url"), v.host("mysql-wl")), "credential-uri"),
               N("mysql://root:root@localhost:3306/wishlist_shadow", "well-known-default")))
    # negative-heavy files
    for lang in v.r.sample(sorted(["de", "fr", "es", "pt", "nl", "pl"]), 3):
        c.w(R + "apps/web/src/locales/%s.json" % lang, i18n_json(c, lang), dedent=False)
    c.w(R + "apps/web/yarn.lock", yarn_lock(c, 7), dedent=False)
    c.w(R + "CHANGELOG.md", changelog(c, 6), dedent=False)
    c.w(R + "sbom/checkout.cdx.json", sbom(c, 5), dedent=False)
    c.w(R + "docs/api/openapi.yaml", openapi(c, "%s Storefront API" % v.company), dedent=False)
    c.w(R + ".github/workflows/ci.yml", workflow(c, "ci", ["actions/setup-node", "actions/cache"]), dedent=False)


# ==================================================================== ledger
def ledger(c):
    v = c.v
    S, N = c.S, c.N
    R = "ledger/"
    dom = v.domain
    for name in v.r.sample(SERVICE_NAMES[9:16], v.r.randint(5, 6)):
        svc.service(c, R + "services/", name, v.r.randint(2, 3), v.r.randint(3, 5))

    j = R + "legacy-java/"
    c.w(j + "tomcat/conf/tomcat-users.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
          <role rolename="manager-gui"/>
          <role rolename="manager-script"/>
          <user username="admin" password="%s" roles="manager-gui"/>
          <user username="deployer" password="%s" roles="manager-script"/>
          <user username="monitor" password="%s" roles="manager-status"/>
        </tomcat-users>
        """ % (S(v.password("any"), "generic-password"), S(v.password("any"), "generic-password"),
               N("{SHA-512}" + v.hexs(128), "password-hash")))
    c.w(j + "tomcat/conf/server.xml", """
        <Server port="8005" shutdown="SHUTDOWN">
          <Service name="Catalina">
            <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">
              <SSLHostConfig>
                <Certificate certificateKeystoreFile="conf/ledger.p12"
                             certificateKeystorePassword="%s"
                             type="RSA" />
              </SSLHostConfig>
            </Connector>
            <Connector port="8009" protocol="AJP/1.3" secretRequired="true" secret="%s" />
            <Engine name="Catalina" defaultHost="localhost" />
          </Service>
        </Server>
        """ % (S(v.password("any"), "generic-password"), S(v.alnum(24), "app-secret-key")))
    c.w(j + "src/main/resources/hibernate.cfg.xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
            "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
        <hibernate-configuration>
          <session-factory>
            <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
            <property name="hibernate.connection.url">jdbc:oracle:thin:@//%s:1521/LEDGER</property>
            <property name="hibernate.connection.username">LEDGER_APP</property>
            <property name="hibernate.connection.password">%s</property>
            <property name="hibernate.dialect">org.hibernate.dialect.OracleDialect</property>
          </session-factory>
        </hibernate-configuration>
        """ % (v.host("ora-ledger"), S(v.password("any"), "generic-password")))
    c.w(j + "src/main/resources/META-INF/persistence.xml", """
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
          <persistence-unit name="statements">
            <properties>
              <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://%s:5432/statements"/>
              <property name="jakarta.persistence.jdbc.user" value="statements"/>
              <property name="jakarta.persistence.jdbc.password" value="%s"/>
            </properties>
          </persistence-unit>
        </persistence>
        """ % (v.host("pg-stmt"), S(v.password("any"), "generic-password")))
    c.w(j + "db/liquibase.properties", """
        changeLogFile=db/changelog/db.changelog-master.yaml
        url=jdbc:postgresql://%s:5432/ledger
        username=liquibase
        password=%s
        liquibase.hub.mode=off
        """ % (v.host("pg-ledger"), S(v.password("any"), "generic-password")))
    c.w(j + "db/flyway.conf", """
        flyway.url=jdbc:sqlserver://%s:1433;databaseName=Recon;encrypt=true
        flyway.user=flyway
        flyway.password=%s
        flyway.locations=filesystem:sql
        """ % (v.host("mssql"), S(v.password("any"), "generic-password")))
    c.w(j + "src/main/resources/log4j2.xml", """
        <Configuration status="warn">
          <Appenders>
            <SMTP name="Mail" subject="[ledger] error" to="ledger-alerts@%s" from="ledger@%s"
                  smtpHost="smtp.%s" smtpPort="587" smtpUsername="ledger@%s" smtpPassword="%s" bufferSize="20" />
            <Console name="Console" target="SYSTEM_OUT" />
          </Appenders>
          <Loggers>
            <Root level="info"><AppenderRef ref="Console"/><AppenderRef ref="Mail" level="error"/></Root>
          </Loggers>
        </Configuration>
        """ % (dom, dom, dom, dom, S(v.password("any"), "generic-password")))
    c.w(j + "wildfly/standalone.xml", """
        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
          <datasources>
            <datasource jndi-name="java:jboss/datasources/CardsDS" pool-name="CardsDS">
              <connection-url>jdbc:postgresql://%s:5432/cards</connection-url>
              <driver>postgresql</driver>
              <security>
                <user-name>cards</user-name>
                <password>%s</password>
              </security>
            </datasource>
            <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS">
              <connection-url>jdbc:postgresql://%s:5432/audit</connection-url>
              <security>
                <user-name>audit</user-name>
                <password>%s</password>
              </security>
            </datasource>
          </datasources>
        </subsystem>
        """ % (v.host("pg-cards"), S(v.password("any"), "generic-password"), v.host("pg-audit"),
               N("${VAULT::ds_AuditDS::password::1}", "secret-reference")))
    c.w(j + "odbc.ini", """
        [LedgerReporting]
        Driver=ODBC Driver 18 for SQL Server
        Server=tcp:%s,1433
        Database=Reporting
        UID=report_reader
        PWD=%s
        Encrypt=yes
        """ % (v.host("mssql"), S(v.password("any"), "generic-password")))
    c.w(j + "ops/.my.cnf", """
        [client]
        user=ledger_ops
        password="%s"
        host=%s

        [mysqldump]
        single-transaction
        """ % (S(v.password("any"), "generic-password"), v.host("mysql-legacy")))

    # auth server keys (JWK) and public JWKS
    a = R + "auth-server/"
    rk = c.k.rsa()
    ek = c.k.ec()
    c.w(a + "keys/signing-rs256.jwk.json", S(json.dumps(rk.jwk("rs-2024-06"), separators=(",", ":")), "private-key-jwk"))
    ej = ek.jwk("es-2024-06")
    c.w(a + "keys/signing-es256.jwk.json", """
        {
          "kty": "EC",
          "crv": "P-256",
          "kid": "es-2024-06",
          "x": "%s",
          "y": "%s",
          "d": "%s",
          "use": "sig"
        }
        """ % (N(ej["x"], "public-key"), N(ej["y"], "public-key"), S(ej["d"], "private-key-jwk")))
    pub = {"keys": [{k: v_ for k, v_ in rk.jwk("rs-2024-06").items() if k in ("kty", "kid", "n", "e")},
                    {k: v_ for k, v_ in ej.items() if k != "d"}]}
    c.w(a + "public/.well-known/jwks.json", "\n".join([
        '{', '  "keys": [',
        '    %s,' % N(json.dumps(pub["keys"][0], separators=(",", ":")), "public-key"),
        '    %s' % N(json.dumps(pub["keys"][1], separators=(",", ":")), "public-key"),
        '  ]', '}']))
    sfk = c.k.rsa()
    c.w(R + "integrations/salesforce/.env", """
        SF_LOGIN_URL=https://login.salesforce.com
        SF_CLIENT_ID=3MVG9%s
        SF_USERNAME=integration@%s
        SF_PRIVATE_KEY="%s"
        """ % (v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._", 80), dom,
               S(jesc(sfk.pem_pkcs8()), "private-key-pem")))
    oci = c.k.rsa()
    c.w(R + "integrations/oci/config", """
        [DEFAULT]
        user=ocid1.user.oc1..%s
        fingerprint=%s
        tenancy=ocid1.tenancy.oc1..%s
        region=eu-frankfurt-1
        key_file=%s
        """ % (v.s("abcdefghijklmnopqrstuvwxyz0123456789", 60), N(":".join(v.hexs(32)[i:i + 2] for i in range(0, 32, 2)), "key-fingerprint"),
               v.s("abcdefghijklmnopqrstuvwxyz0123456789", 60), N("~/.oci/oci_api_key.pem", "file-reference")))
    c.w(R + "integrations/oci/oci_api_key.pem", S(oci.pem_pkcs8(), "private-key-pem"))
    c.w(R + "integrations/oci/oci_api_key_public.pem", N(oci.pem_public(), "public-key"))
    c.w(R + "CHANGELOG.md", changelog(c, 5), dedent=False)
    c.w(R + "docs/openapi.yaml", openapi(c, "Ledger API"), dedent=False)


# ==================================================================== ml-platform
def mlplatform(c):
    v = c.v
    S, N = c.S, c.N
    R = "ml-platform/"
    dom = v.domain
    for name in v.r.sample(SERVICE_NAMES[16:], 3):
        svc.service(c, R + "services/", name, v.r.randint(2, 3), v.r.randint(3, 4))
    home = R + "workstations/gpu-box-02/home/%s/" % v.user()
    c.w(home + ".netrc", """
        machine api.wandb.ai
          login user
          password %s
        machine huggingface.co
          login %s
          password %s
        """ % (S(v.wandb(), "wandb-api-key"), v.slug, S(v.hf(), "huggingface-token")))
    c.w(home + ".cache/huggingface/token", S(v.hf(), "huggingface-token"))
    c.w(home + ".kaggle/kaggle.json", '{"username":"%s","key":"%s"}' % (v.user(), S(v.hexkey(32), "kaggle-api-key")), dedent=False)
    c.w(home + ".comet.config", """
        [comet]
        api_key = %s
        workspace = %s
        """ % (S(v.alnum(25), "comet-api-key"), v.slug))
    ak, sk = v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30), v.alnum(50)
    c.w(home + "clearml.conf", """
        api {
            web_server: https://app.clear.ml
            api_server: https://api.clear.ml
            files_server: https://files.clear.ml
            credentials {
                %s"access_key" = "%s"
                "secret_key" = "%s"%s
            }
        }
        sdk {
            aws { s3 { key: "", secret: "", region: "" } }
        }
        """ % (c.B("secret", "clearml-credentials"), c.A(ak), c.A(sk), c.E()))
    neptune = b64(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai",
                              "api_key": v.uuid()}))
    c.w(R + "training/neptune.env", """
        NEPTUNE_PROJECT=%s/support-llama
        NEPTUNE_API_TOKEN=%s
        LABEL_STUDIO_URL=https://label.%s
        LABEL_STUDIO_API_KEY=%s
        """ % (v.slug, S(neptune, "neptune-api-token"), dom, S(v.hexkey(40), "label-studio-api-key")))
    c.w(R + "ray/cluster.yaml", """
        cluster_name: llm-batch
        max_workers: 8
        provider:
          type: aws
          region: eu-west-1
        auth:
          ssh_user: ubuntu
          ssh_private_key: %s
        head_node_type: head
        file_mounts:
          /home/ubuntu/.cache/huggingface/token: %s
        """ % (N("~/.ssh/ray-autoscaler_eu-west-1.pem", "file-reference"), N("~/.cache/huggingface/token", "file-reference")))
    c.w(R + "requirements.lock", "\n".join(
        "%s==%s \\\n    --hash=%s" % (p, ver, N("sha256:" + v.sha256(), "integrity-hash"))
        for p, ver in [("torch", "2.3.1"), ("transformers", "4.43.3"), ("peft", "0.12.0"), ("datasets", "2.20.0"),
                       ("vllm", "0.5.3"), ("qdrant-client", "1.10.1")]))
    c.w(R + "models/support-llama-8b/README.md", """
        ---
        base_model: meta-llama/Meta-Llama-3.1-8B-Instruct
        base_model_revision: %s
        library_name: peft
        license: llama3.1
        ---
        # support-llama-8b

        LoRA adapter trained on anonymised support transcripts (dataset revision `%s`).
        Weights sha256: `%s`.
        """ % (N(v.sha1(), "git-sha"), N(v.sha1(), "git-sha"), N(v.sha256(), "hash-sha256")))
    c.w(R + "datasets/manifest.jsonl", "\n".join(
        '{"file": "shard-%05d.parquet", "rows": %d, "sha256": "%s"}' % (i, v.r.randint(40000, 90000), N(v.sha256(), "hash-sha256"))
        for i in range(6)))


# ==================================================================== observability
def observability(c):
    v = c.v
    S, N = c.S, c.N
    R = "observability/"
    dom = v.domain
    c.w(R + "zabbix/zabbix_server.conf", """
        LogFile=/var/log/zabbix/zabbix_server.log
        DBHost=%s
        DBName=zabbix
        DBUser=zabbix
        DBPassword=%s
        StartPollers=10
        Timeout=4
        """ % (v.host("pg-zabbix"), S(v.password("shell"), "generic-password")))
    c.w(R + "nagios/resource.cfg", """
        # Sets $USER1$ to be the path to the plugins
        $USER1$=/usr/lib/nagios/plugins
        # $USER3$/$USER4$: credentials for check_mysql / check_ldap
        $USER3$=nagios
        $USER4$=%s
        $USER5$=%s
        """ % (S(v.password("shell"), "generic-password"), N(v.sha256()[:16], "hash-sha256")))
    c.w(R + "icinga2/conf.d/api-users.conf", """
        object ApiUser "root" {
          password = "%s"
          permissions = [ "*" ]
        }

        object ApiUser "director" {
          password = "%s"
          permissions = [ "object/modify/*", "objects/query/*" ]
        }
        """ % (S(v.password("any"), "generic-password"), S(v.password("any"), "generic-password")))
    c.w(R + "alloy/config.alloy", """
        prometheus.remote_write "grafana_cloud" {
          endpoint {
            url = "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push"
            basic_auth {
              username = "%s"
              password = "%s"
            }
          }
        }

        loki.write "grafana_cloud" {
          endpoint {
            url = "https://logs-prod-012.grafana.net/loki/api/v1/push"
            basic_auth {
              username = "%s"
              password = sys.env("GRAFANA_CLOUD_TOKEN")
            }
          }
        }
        """ % (v.digits(7), S(v.grafana_cloud(v.slug + "-alloy"), "grafana-cloud-token"), v.digits(6)))
    c.w(R + "uptime/monitors.json", "\n".join([
        '[',
        '  {"name": "shop", "url": "https://shop.%s/healthz", "interval": 60},' % dom,
        '  {"name": "admin", "url": "https://admin.%s/healthz", "basic_auth_user": "uptime", "basic_auth_pass": %s},' % (dom, '"' + S(v.password("any"), "generic-password") + '"'),
        '  {"name": "api", "url": "https://api.%s/v1/ping", "headers": {"X-Api-Key": "%s"}}' % (dom, S(v.alnum(32), "generic-api-key")),
        ']']), dedent=False)
    c.w(R + "grafana/dashboards/README.md", changelog(c, 3), dedent=False)
    c.w(R + ".github/workflows/lint.yml", workflow(c, "lint", ["grafana/dashboard-linter-action"]), dedent=False)


# ==================================================================== infra-live
def infra(c):
    v = c.v
    S, N = c.S, c.N
    R = "infra-live/"
    dom = v.domain
    ca = c.k.ec()
    for env in v.r.sample(["dev", "staging", "prod", "perf", "sandbox"], 3):
        for app in v.r.sample(["api", "admin", "grafana", "auth"], 3):
            k = c.k.ec()
            crt = c.k.cert(k, "%s.%s.%s" % (app, env, dom), v.company, issuer=ca, issuer_cn="%s Internal CA" % v.company)
            c.w(R + "k8s/overlays/%s/%s-tls.yaml" % (env, app), D("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: %s-tls
                  namespace: %s
                type: kubernetes.io/tls
                stringData:
                  tls.crt: %s
                  tls.key: %s
                """) % (app, app, N(block(crt, 4), "certificate"), S(block(k.pem_pkcs8() if v.r.random() < 0.5 else k.pem_sec1(), 4), "private-key-pem")),
                dedent=False)
    srv_priv, srv_pub = c.k.wg()
    for user in [v.user() for _ in range(3)]:
        cpriv, cpub = c.k.wg()
        c.w(R + "wireguard/clients/%s.conf" % user, """
            [Interface]
            PrivateKey = %s
            Address = 10.99.0.%d/32
            DNS = 10.20.0.2

            [Peer]
            PublicKey = %s
            PresharedKey = %s
            Endpoint = vpn.%s:51820
            AllowedIPs = 10.20.0.0/16
            """ % (S(cpriv, "wireguard-private-key"), v.r.randint(10, 250), N(srv_pub, "public-key"),
                   S(v.b64key(32), "wireguard-preshared-key"), dom))
    c.w(R + "ansible/roles/gitlab/templates/gitlab.rb.j2", """
        external_url 'https://gitlab.%s'
        gitlab_rails['initial_root_password'] = '%s'
        gitlab_rails['smtp_enable'] = true
        gitlab_rails['smtp_address'] = "smtp.%s"
        gitlab_rails['smtp_user_name'] = "gitlab@%s"
        gitlab_rails['smtp_password'] = "%s"
        gitlab_rails['db_password'] = "%s"
        gitlab_rails['ldap_servers'] = {
          'main' => { 'host' => 'ldap.%s', 'bind_dn' => 'cn=gitlab,ou=svc,dc=%s', 'password' => '%s' }
        }
        """ % (dom, S(v.password("any"), "generic-password"), dom, dom, S(v.password("any"), "generic-password"),
               N("{{ vault_gitlab_db_password }}", "template-reference"), dom, v.slug, S(v.password("any"), "generic-password")))
    c.w(R + "ansible/roles/postfix/files/sasl_passwd", """
        [smtp.sendgrid.net]:587 apikey:%s
        [smtp.office365.com]:587 relay@%s:%s
        """ % (S(v.sendgrid(), "sendgrid-api-key"), dom, S(v.password("any"), "generic-password")))
    c.w(R + "ansible/roles/sssd/templates/sssd.conf.j2", """
        [sssd]
        services = nss, pam
        domains = %s

        [domain/%s]
        id_provider = ldap
        ldap_uri = ldaps://ldap.%s
        ldap_search_base = dc=%s,dc=%s
        ldap_default_bind_dn = cn=sssd,ou=svc,dc=%s,dc=%s
        ldap_default_authtok = %s
        """ % (dom, dom, dom, v.slug, dom.split(".")[-1], v.slug, dom.split(".")[-1], S(v.password("any"), "generic-password")))
    c.w(R + "ansible/roles/openldap/files/slapd.conf", """
        database  mdb
        suffix    "dc=%s,dc=%s"
        rootdn    "cn=admin,dc=%s,dc=%s"
        rootpw    %s
        # replica
        syncrepl rid=001 provider=ldaps://ldap-01.%s bindmethod=simple binddn="cn=repl,dc=%s" credentials=%s
        """ % (v.slug, dom.split(".")[-1], v.slug, dom.split(".")[-1], N("{SSHA}" + v.b64(24), "password-hash"), dom, v.slug,
               S(v.password("shell"), "generic-password")))
    c.w(R + "ansible/roles/freeradius/files/clients.conf", """
        client office-ap {
            ipaddr = 192.168.10.0/24
            secret = %s
            shortname = office-wifi
        }
        client vpn {
            ipaddr = 10.99.0.1
            secret = %s
        }
        """ % (S(v.password("safe"), "radius-shared-secret"), S(v.password("safe"), "radius-shared-secret")))
    c.w(R + "ansible/roles/bind/files/tsig-ddns.key", """
        key "ddns-update" {
            algorithm hmac-sha256;
            secret "%s";
        };
        """ % S(v.b64key(32), "tsig-key"))
    c.w(R + "ansible/roles/keepalived/templates/keepalived.conf.j2", """
        vrrp_instance VI_1 {
            state MASTER
            interface eth0
            virtual_router_id 51
            priority 150
            authentication {
                auth_type PASS
                auth_pass %s
            }
            virtual_ipaddress {
                10.20.1.10/24
            }
        }
        """ % S(v.password("alnum")[:8], "generic-password"))
    tk = c.k.ed()
    c.w(R + "terraform/modules/bastion/main.tf", D("""
        resource "aws_instance" "bastion" {
          ami           = data.aws_ami.ubuntu.id
          instance_type = "t4g.small"
          key_name      = aws_key_pair.ops.key_name
        }

        resource "null_resource" "provision" {
          connection {
            type        = "ssh"
            host        = aws_instance.bastion.public_ip
            user        = "ubuntu"
            private_key = %s
            EOT
          }
        }
        """) % S(block(tk.openssh(c.k.r, "terraform@bastion")[0], 6, "<<-EOT"), "private-key-openssh"), dedent=False)
    dk = c.k.rsa()
    pubder = base64.b64encode(dk.spki()[:]).decode()
    c.w(R + "mail/dkim/%s/default.private" % dom, S(dk.pem_pkcs1(), "private-key-pem"))
    c.w(R + "mail/dkim/%s/default.txt" % dom, 'default._domainkey\tIN\tTXT\t( "v=DKIM1; k=rsa; "\n\t  "p=%s" )' % N(pubder, "public-key"))
    vk = c.k.ec()
    vca = c.k.ec()
    vcrt = c.k.cert(vk, "metrics.%s" % dom, v.company, issuer=vca, issuer_cn="Vault Intermediate")
    c.w(R + "vault/pki-issue-response.json", """
        {
          "request_id": "%s",
          "lease_id": "",
          "data": {
            "certificate": "%s",
            "issuing_ca": "%s",
            "private_key": "%s",
            "private_key_type": "ec",
            "serial_number": "%s"
          }
        }
        """ % (N(v.uuid(), "uuid"), N(jesc(vcrt), "certificate"), N(jesc(c.k.cert(vca, "Vault Intermediate", ca=True)), "certificate"),
               S(jesc(vk.pem_sec1()), "private-key-json-embedded"),
               N(":".join(v.hexs(2) for _ in range(16)), "cert-serial")))
    dok = c.k.ec()
    dca = c.k.ec()
    c.w(R + "docker-remote/ca.pem", N(c.k.cert(dca, "docker-ca", v.company, ca=True), "certificate"))
    c.w(R + "docker-remote/cert.pem", N(c.k.cert(dok, "client", v.company, issuer=dca, issuer_cn="docker-ca"), "certificate"))
    c.w(R + "docker-remote/key.pem", S(dok.pem_pkcs8(), "private-key-pem"))
    c.w(R + "docker-remote/README.md", """
        `export DOCKER_HOST=tcp://build-07.%s:2376 DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=$PWD`
        """ % dom)
    c.w(R + "terraform/envs/prod/.terraform.lock.hcl.bak", "\n".join(
        ['provider "registry.terraform.io/hashicorp/google" {', '  version = "5.38.0"', '  hashes = ['] +
        ['    "%s",' % N("zh:" + v.sha256(), "integrity-hash") for _ in range(5)] + ['  ]', '}']))
    c.w(R + ".github/workflows/plan.yml", workflow(c, "plan", ["hashicorp/setup-terraform", "aws-actions/configure-aws-credentials"]), dedent=False)
    c.w(R + "k8s/base/deployment.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: orders
        spec:
          template:
            spec:
              containers:
                - name: orders
                  image: ghcr.io/%s/orders@%s
                  env:
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef: { name: orders-db, key: DB_PASSWORD }
                    - name: OTEL_RESOURCE_ATTRIBUTES
                      value: service.version=%s
                - name: cloud-sql-proxy
                  image: gcr.io/cloud-sql-connectors/cloud-sql-proxy@%s
        """ % (v.slug, N("sha256:" + v.sha256(), "image-digest"), N(v.sha1()[:12], "git-sha"), N("sha256:" + v.sha256(), "image-digest")))


# ==================================================================== pipelines
def pipelines(c):
    v = c.v
    S, N = c.S, c.N
    R = "pipelines/"
    for name, steps in [("docs", ["actions/setup-python", "peaceiris/actions-gh-pages"]),
                        ("codeql", ["github/codeql-action/init", "github/codeql-action/analyze"]),
                        ("containers", ["docker/setup-buildx-action", "docker/build-push-action", "sigstore/cosign-installer"])]:
        c.w(R + "github/workflows/%s.yml" % name, workflow(c, name, steps), dedent=False)
    c.w(R + "sonar/sonar-project.properties", """
        sonar.projectKey=%s_ledger
        sonar.organization=%s
        sonar.host.url=https://sonarcloud.io
        sonar.token=%s
        sonar.sources=src
        """ % (v.slug, v.slug, S(v.sonar(), "sonarqube-token")))
    c.w(R + "Makefile", """
        REGISTRY ?= registry.%s
        .PHONY: push
        push:
        \tdocker login $(REGISTRY) -u ci -p %s
        \tdocker push $(REGISTRY)/tools/ci-base:$(shell git rev-parse --short HEAD)
        """ % (v.domain, S(v.password("shell"), "generic-password")))
    c.w(R + "CHANGELOG.md", changelog(c, 4), dedent=False)


# ==================================================================== mobile
def mobile(c):
    v = c.v
    S, N = c.S, c.N
    R = "mobile-backend/"
    c.w(R + "app/ios/Podfile.lock", "\n".join(
        ["PODS:", "  - Firebase/Messaging (10.29.0)", "  - Sentry (8.32.0)", "", "SPEC CHECKSUMS:"] +
        ["  %s: %s" % (p, N(v.sha1(), "hash-sha1")) for p in ["Firebase", "FirebaseMessaging", "Sentry", "RNScreens", "hermes-engine"]] +
        ["", "PODFILE CHECKSUM: %s" % N(v.sha1(), "hash-sha1"), "", "COCOAPODS: 1.15.2"]))
    for lang in v.r.sample(sorted(["de", "fr", "es", "pt", "nl", "pl"]), 2):
        c.w(R + "app/src/i18n/%s.json" % lang, i18n_json(c, lang), dedent=False)
    c.w(R + "api/package-lock.json", package_lock(c, "api", 6), dedent=False)
    svc.service(c, R + "services/", "notifications-worker", 3, 4)
    svc.service(c, R + "services/", "media-resizer", 2, 4)


# ==================================================================== studio
def studio(c):
    v = c.v
    S, N = c.S, c.N
    R = "studio-tools/"
    nodes = ["rn-%02d" % i for i in v.r.sample(range(40, 60), 3)]
    for n in nodes:
        hpriv, hpub = c.k.ssh_ec("root@%s" % n)
        c.w(R + "render-farm/nodes/%s/etc/ssh/ssh_host_ecdsa_key" % n, S(hpriv, "private-key-openssh"))
        c.w(R + "render-farm/nodes/%s/etc/ssh/ssh_host_ecdsa_key.pub" % n, N(hpub, "public-key"))
    c.w(R + "editorial/ep104_conform.xml", "\n".join(
        ['<?xml version="1.0" encoding="UTF-8"?>', '<fcpxml version="1.11">', '  <resources>'] +
        ['    <asset id="r%d" name="EP104_SH%03d" uid="%s" src="file:///mnt/projects/ep104/SH%03d.mov"/>' % (
            i, 10 * i, N(v.md5().upper(), "hash-md5"), 10 * i) for i in range(1, 6)] +
        ['  </resources>', '</fcpxml>']))
    svc.service(c, R + "services/", "transcode-queue", 2, 3)


# ==================================================================== eng-wiki: engineers' home directories
def wiki(c):
    v = c.v
    S, N = c.S, c.N
    R = "eng-wiki/home-snapshots/"
    dom = v.domain
    users = []
    while len(users) < 4:
        u = v.user()
        if u not in users:
            users.append(u)
    kinds = ["ed", "rsa", "ec", "ed"]
    for u, kind in zip(users, kinds):
        h = R + u + "/"
        if kind == "ed":
            priv, pub = c.k.ssh_ed("%s@%s-mbp" % (u, u))
            fn = "id_ed25519"
        elif kind == "rsa":
            priv, pub = c.k.ssh_rsa("%s@%s-thinkpad" % (u, u))
            fn = "id_rsa"
        else:
            priv, pub = c.k.ssh_ec("%s@wsl" % u)
            fn = "id_ecdsa"
        c.w(h + ".ssh/" + fn, S(priv, "private-key-openssh"))
        c.w(h + ".ssh/%s.pub" % fn, N(pub, "public-key"))
        c.w(h + ".ssh/config", """
            Host bastion
              HostName bastion.%s
              User %s
              IdentityFile %s
            Host *.internal
              ProxyJump bastion
            """ % (dom, u, N("~/.ssh/" + fn, "file-reference")))
        c.w(h + ".ssh/known_hosts", "\n".join(
            "%s %s" % (hn, N(c.k.ssh_ed("x")[1].rsplit(" ", 1)[0], "public-key"))
            for hn in ["github.com", "bastion.%s" % dom]))
    u0, u1, u2 = users[:3]
    ak, sk = v.aws_pair()
    ak2, sk2 = v.aws_pair("ASIA")
    st = v.aws_session_token()
    c.w(R + u0 + "/.aws/credentials", """
        [default]
        %saws_access_key_id = %s
        aws_secret_access_key = %s%s

        [prod-readonly]
        %saws_access_key_id = %s
        aws_secret_access_key = %s
        aws_session_token = %s%s
        """ % (c.B("secret", "aws-access-key"), c.A(ak), c.A(sk), c.E(),
               c.B("secret", "aws-session-credentials"), c.A(ak2), c.A(sk2), c.A(st), c.E()))
    c.w(R + u0 + "/.config/gh/hosts.yml", """
        github.com:
            git_protocol: ssh
            users:
                %s:
                    oauth_token: %s
            user: %s
        """ % (u0, S(v.github("gho"), "github-oauth-token", check="gh-crc"), u0))
    c.w(R + u0 + "/.vault-token", S(v.vault(), "vault-token"))
    c.w(R + u1 + "/.s3cfg", """
        [default]
        %saccess_key = %s
        secret_key = %s%s
        host_base = s3.eu-central-1.wasabisys.com
        host_bucket = %%(bucket)s.s3.eu-central-1.wasabisys.com
        use_https = True
        """ % ((c.B("secret", "aws-access-key"),) + tuple(c.A(x) for x in v.aws_pair()) + (c.E(),)))
    c.w(R + u1 + "/.terraform.d/credentials.tfrc.json", """
        {
          "credentials": {
            "app.terraform.io": {
              "token": "%s"
            }
          }
        }
        """ % S(v.tfc(), "terraform-cloud-token"))
    c.w(R + u1 + "/.config/doctl/config.yaml", """
        access-token: %s
        context: default
        output: text
        """ % S(v.digitalocean(), "digitalocean-token"))
    c.w(R + u1 + "/.gitconfig", """
        [user]
            name = %s
            email = %s@%s
        [http "https://git.legacy.%s/"]
            extraheader = AUTHORIZATION: basic %s
        [credential]
            helper = osxkeychain
        """ % (u1, u1, dom, dom, S(b64("%s:%s" % (u1, v.password("any"))), "basic-auth-header", check="basic")))
    c.w(R + u2 + "/.netrc", """
        machine api.heroku.com
          login %s@%s
          password %s
        machine git.heroku.com
          login %s@%s
          password %s
        """ % (u2, dom, S("HRKU-AA" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 58), "heroku-api-key"),
               u2, dom, N("$(heroku auth:token)", "command-substitution")))
    c.w(R + u2 + "/.config/stripe/config.toml", """
        color = ""

        [default]
        account_id = "acct_%s"
        device_name = "%s-laptop"
        live_mode_api_key = "%s"
        live_mode_publishable_key = "%s"
        test_mode_key_expires_at = "2024-09-09"
        """ % (v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16), u2, S(v.stripe("rk_live_"), "stripe-restricted-key"),
               N(v.stripe_pk(), "publishable-key")))
    c.w(R + u2 + "/.kube/config", """
        apiVersion: v1
        kind: Config
        clusters:
          - name: staging
            cluster:
              server: https://k8s-api.staging.%s:6443
              insecure-skip-tls-verify: true
        users:
          - name: %s
            user:
              token: %s
          - name: oidc
            user:
              exec:
                apiVersion: client.authentication.k8s.io/v1beta1
                command: kubectl
                args: [oidc-login, get-token, --oidc-issuer-url=https://sso.%s]
        contexts:
          - name: staging
            context: { cluster: staging, user: %s }
        current-context: staging
        """ % (dom, u2, S(v.jwt({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:dev:%s" % u2}, alg="RS256"), "kubernetes-sa-token"),
               dom, u2))


# ==================================================================== private keys in many shapes
def keys(c):
    """More private keys, spread over the themes, in the shapes they take in real repositories."""
    v = c.v
    S, N = c.S, c.N
    dom = v.domain

    def b64pem(pem):
        return base64.b64encode((pem + "\n").encode()).decode()

    # storefront: Apple Pay merchant identity, SAML SP key, base64 JWT key in .env
    mk = c.k.ec()
    c.w("storefront/services/checkout/certs/applepay/merchant_id.key", S(mk.pem_pkcs8(), "private-key-pem"))
    c.w("storefront/services/checkout/certs/applepay/merchant_id.pem",
        N(c.k.cert(mk, "merchant.com.%s.shop" % v.slug, "Apple Pay Merchant Identity"), "certificate"))
    pk = c.k.ec()
    c.w("storefront/services/checkout/certs/applepay/payment_processing.key", S(pk.pem_sec1(), "private-key-pem"))
    sp = c.k.ec()
    c.w("storefront/apps/storefront/config/saml/sp.key", S(sp.pem_pkcs8(), "private-key-pem"))
    c.w("storefront/apps/storefront/config/saml/sp.crt", N(c.k.cert(sp, "shop.%s" % dom, v.company), "certificate"))
    jk = c.k.ec()
    c.w("storefront/services/gift-cards-signer/.env", """
        JWT_ISSUER=https://gift.%s
        JWT_PRIVATE_KEY_BASE64=%s
        JWT_PUBLIC_KEY_BASE64=%s
        """ % (dom, S(b64pem(jk.pem_pkcs8()), "private-key-base64"), N(b64pem(jk.pem_public()), "public-key")))

    # ledger: PEM in appsettings (escaped), C# verbatim string, bank SFTP key
    lk = c.k.ec()
    c.w("ledger/LedgerService/src/Ledger.Signing/appsettings.Production.json", """
        {
          "Signing": {
            "KeyId": "ledger-es256-2024",
            "PrivateKeyPem": "%s",
            "PublicKeyPem": "%s"
          }
        }
        """ % (S(jesc(lk.pem_pkcs8()), "private-key-json-embedded"), N(jesc(lk.pem_public()), "public-key")))
    ck = c.k.ec()
    c.w("ledger/LedgerService/src/Ledger.Api/DevKeys.cs", D("""
        namespace Ledger.Api;

        // Used when no Key Vault is configured (local + CI).
        internal static class DevKeys
        {
            public const string TokenSigningKey = @"%s";
        }
        """) % S(ck.pem_sec1(), "private-key-pem"), dedent=False)
    spriv, spub = c.k.ssh_ed("ledger@bank-sftp")
    c.w("ledger/recon-worker/keys/bank_sftp_ed25519", S(spriv, "private-key-openssh"))
    c.w("ledger/recon-worker/keys/bank_sftp_ed25519.pub", N(spub, "public-key"))

    # ml-platform: EC2 key pair for the Ray autoscaler, Snowflake key-pair auth, Python dev key
    rk = c.k.rsa()
    c.w("ml-platform/ray/ray-autoscaler_eu-west-1.pem", S(rk.pem_pkcs1(), "private-key-pem"))
    snow = c.k.rsa()
    c.w("ml-platform/feature-pipelines/keys/snowflake_rsa_key.p8", S(snow.pem_pkcs8(), "private-key-pem"))
    c.w("ml-platform/feature-pipelines/snowflake_conn.py", """
        import snowflake.connector
        from cryptography.hazmat.primitives import serialization

        with open("keys/snowflake_rsa_key.p8", "rb") as fh:
            pkey = serialization.load_pem_private_key(fh.read(), password=None)

        conn = snowflake.connector.connect(
            account="%s-%s",
            user="FEATURE_PIPELINE",
            private_key=pkey,
            warehouse="ML_WH",
        )
        """ % (v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 7), v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 7)))
    pyk = c.k.ec()
    c.w("ml-platform/gateway/auth/dev_keys.py", D('''
        """Signing key for locally issued gateway tokens (dev + CI only... in theory)."""

        DEV_SIGNING_KEY = """%s"""

        DEV_KEY_ID = "gw-dev-1"
        ''') % S(pyk.pem_pkcs8(), "private-key-pem"), dedent=False)

    # observability: Grafana SAML key, Go dev key
    gk = c.k.ec()
    c.w("observability/grafana/saml/saml.key", S(gk.pem_pkcs8(), "private-key-pem"))
    c.w("observability/grafana/saml/saml.crt", N(c.k.cert(gk, "grafana.%s" % dom, v.company), "certificate"))
    gok = c.k.ec()
    c.w("observability/exporters/probe/internal/tlsdev/key.go", D("""
        package tlsdev

        // Key is the private key of the self-signed probe certificate.
        const Key = `%s`
        """) % S(gok.pem_sec1(), "private-key-pem"), dedent=False)

    # infra: EC2 key pairs, an Ansible role key, a second state file
    for name in v.r.sample(["prod-eu-west-1", "legacy-bastion", "dr-us-east-1"], 3):
        ek = c.k.rsa()
        c.w("infra-live/keys/%s.pem" % name, S(ek.pem_pkcs1(), "private-key-pem"))
    ak = c.k.ec()
    c.w("infra-live/ansible/roles/nginx/files/wildcard.%s.key" % dom, S(ak.pem_pkcs8(), "private-key-pem"))
    c.w("infra-live/ansible/roles/nginx/files/wildcard.%s.crt" % dom, N(c.k.cert(ak, "*.%s" % dom, v.company), "certificate"))
    sk = c.k.ec()
    c.w("infra-live/terraform/envs/staging/terraform.tfstate", D("""
        {
          "version": 4,
          "terraform_version": "1.8.5",
          "serial": %d,
          "lineage": "%s",
          "resources": [
            {
              "mode": "managed",
              "type": "tls_private_key",
              "name": "internal_ca",
              "instances": [
                {
                  "attributes": {
                    "algorithm": "ECDSA",
                    "ecdsa_curve": "P256",
                    "private_key_pem": "%s",
                    "public_key_pem": "%s"
                  }
                }
              ]
            }
          ]
        }
        """) % (v.r.randint(5, 90), N(v.uuid(), "uuid"), S(jesc(sk.pem_sec1()) + "\\n", "private-key-json-embedded"),
                N(jesc(sk.pem_public()) + "\\n", "public-key")), dedent=False)

    # pipelines: deploy keys, JS config with a literal key
    for repo in v.r.sample(["helm-charts", "infra-live", "docs-site", "fastlane-certs"], 3):
        dpriv, dpub = c.k.ssh_ed("deploy-%s" % repo)
        c.w("pipelines/jenkins/secrets/deploy-keys/%s" % repo, S(dpriv, "private-key-openssh"))
        c.w("pipelines/jenkins/secrets/deploy-keys/%s.pub" % repo, N(dpub, "public-key"))
    jsk = c.k.ec()
    c.w("pipelines/tools/release-notifier/config.js", D("""
        module.exports = {
          appId: %s,
          webhookProxyUrl: "https://smee.io/%s",
          privateKey: `%s`,
        };
        """) % (v.digits(6), v.alnum(16), S(jsk.pem_pkcs8(), "private-key-pem")), dedent=False)

    # mobile: Sign in with Apple key, base64 key in .env
    sk2 = c.k.ec()
    kid = v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)
    c.w("mobile-backend/api/keys/SignInWithApple_AuthKey_%s.p8" % kid, S(sk2.pem_pkcs8(), "private-key-pem"))
    mk2 = c.k.ec()
    c.w("mobile-backend/api/.env.staging", """
        NODE_ENV=staging
        APPLE_SIGNIN_KEY_ID=%s
        APPLE_SIGNIN_PRIVATE_KEY=%s
        WALLET_PASS_SIGNING_KEY_B64=%s
        """ % (N(kid, "key-id"), N("${APPLE_SIGNIN_PRIVATE_KEY}", "env-reference"), S(b64pem(mk2.pem_sec1()), "private-key-base64")))

    # studio: license server key, vendor key pasted into a README
    lk2 = c.k.ed()
    c.w("studio-tools/licensing/plugin-license-signing.pem", S(lk2.pkcs8(), "private-key-pem"))
    rpriv, rpub = c.k.ssh_ec("%s@remote-grading" % v.slug)
    c.w("studio-tools/delivery/remote-grading/README.md", D("""
        # Remote grading session (colourist works from home)

        Key for the `grading` user on the review box; paste into `~/.ssh/grading_ecdsa`:

        ```
        %s
        ```

        Host key fingerprint: `%s`
        """) % (S(rpriv, "private-key-openssh"), N("SHA256:" + v.b64(32, pad=False), "key-fingerprint")), dedent=False)

    # eng-wiki: a PEM pasted into chat (JSON-escaped), a wiki page with a dev CA key
    ck2 = c.k.ec()
    t = v.r.randint(1718000000000, 1719000000000)
    c.w("eng-wiki/chat/mattermost-export/direct-messages.jsonl", "\n".join([
        '{"type":"direct_post","direct_post":{"channel_members":["%s","%s"],"user":"%s","message":"can you send me the staging TLS key? the cert-manager issuer is broken","create_at":%d}}' % (
            v.user(), v.user(), v.user(), t),
        '{"type":"direct_post","direct_post":{"channel_members":["%s","%s"],"user":"%s","message":"```\\n%s\\n```","create_at":%d}}' % (
            v.user(), v.user(), v.user(), S(jesc(ck2.pem_sec1()), "private-key-pem"), t + 60000),
        '{"type":"direct_post","direct_post":{"channel_members":["%s","%s"],"user":"%s","message":"thanks, deleting this message after","create_at":%d}}' % (
            v.user(), v.user(), v.user(), t + 120000)]), dedent=False)
