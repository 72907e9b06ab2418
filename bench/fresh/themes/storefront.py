"""storefront/: e-commerce monorepo (Rails storefront, Node checkout, Go inventory, Symfony back office,
Python search/reco, SQL migrations, docker-compose)."""

from .common import ind, package_lock, go_sum, py_module, ts_module, go_file, readme

R = "storefront/"


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain

    c.w(R + "README.md", readme(v, "%s storefront monorepo" % v.company, """
        | path | what |
        |---|---|
        | `apps/storefront` | Rails 7 shop front |
        | `services/checkout` | Node checkout + payment webhooks |
        | `services/inventory` | Go stock service |
        | `backoffice` | Symfony admin |
        | `services/search` | Python search indexer |

        Run `make bootstrap`, then copy `.env.example` to `.env` in each service.
        Secrets for staging/production come from Vault (`vault kv get shop/<service>`).
        """))

    # ---------------------------------------------------------------- Rails storefront
    app = R + "apps/storefront/"
    stg_pw = v.password("any")
    c.w(app + "config/database.yml", """
        default: &default
          adapter: postgresql
          encoding: unicode
          pool: <%%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %%>

        development:
          <<: *default
          database: storefront_development

        test:
          <<: *default
          database: storefront_test

        staging:
          <<: *default
          host: %s
          database: storefront_staging
          username: storefront
          password: "%s"

        production:
          <<: *default
          url: %s
        """ % (v.host("pg-shop", "stg"), S(stg_pw, "generic-password"),
               N('<%= ENV["DATABASE_URL"] %>', "env-reference")))
    c.w(app + "config/master.key", S(v.hexkey(32), "rails-master-key"))
    c.w(app + "config/credentials.yml.enc", N(v.rails_enc(), "encrypted-blob"))
    c.w(app + "config/credentials/production.key", S(v.hexkey(32), "rails-master-key"))
    c.w(app + "config/credentials/production.yml.enc", N(v.rails_enc(), "encrypted-blob"))
    c.w(app + "config/secrets.yml", """
        # Legacy secrets file kept for the old asset host; production reads ENV.
        development:
          secret_key_base: %s

        test:
          secret_key_base: %s

        production:
          secret_key_base: %s
        """ % (S(v.hexkey(128), "app-secret-key"),
               N("test" * 1 + "-secret-key-base-not-used", "test-fixture"),
               N('<%= ENV["SECRET_KEY_BASE"] %>', "env-reference")))
    smtp_pw = v.password("any")
    c.w(app + "config/environments/production.rb", """
        require "active_support/core_ext/integer/time"

        Rails.application.configure do
          config.enable_reloading = false
          config.eager_load = true
          config.force_ssl = true
          config.log_level = :info
          config.active_storage.service = :amazon
          config.action_mailer.delivery_method = :smtp
          config.action_mailer.default_url_options = { host: "shop.%s" }
          config.action_mailer.smtp_settings = {
            address: "smtp.mailgun.org",
            port: 587,
            user_name: "postmaster@mg.%s",
            password: "%s",
            authentication: :plain,
            enable_starttls_auto: true
          }
          config.hosts << "shop.%s"
        end
        """ % (dom, dom, S(smtp_pw, "generic-password"), dom))
    c.w(app + "config/storage.yml", """
        local:
          service: Disk
          root: <%%= Rails.root.join("storage") %%>

        amazon:
          service: S3
          access_key_id: %s
          secret_access_key: <%%= Rails.application.credentials.dig(:aws, :secret_access_key) %%>
          region: eu-central-1
          bucket: %s-shop-assets
        """ % (N("<%= Rails.application.credentials.dig(:aws, :access_key_id) %>", "secret-reference"), v.slug))
    c.w(app + "config/initializers/stripe.rb", """
        Rails.configuration.stripe = {
          publishable_key: "%s",
          secret_key: %s
        }
        Stripe.api_key = Rails.configuration.stripe[:secret_key]
        Stripe.max_network_retries = 2
        """ % (N(v.stripe_pk(), "publishable-key"), N('ENV.fetch("STRIPE_SECRET_KEY")', "env-reference")))
    admin_pw = v.password("any")
    c.w(app + "db/seeds.rb", """
        # Seeds for staging. Production admins are created through the console.
        Shop.find_or_create_by!(slug: "main") do |s|
          s.name = "%s"
          s.currency = "EUR"
        end

        AdminUser.find_or_create_by!(email: "ops@%s") do |u|
          u.password = "%s"
          u.password_confirmation = u.password
        end

        AdminUser.find_or_create_by!(email: "qa@%s") do |u|
          u.password = %s
        end
        """ % (v.company, dom, S(admin_pw, "generic-password"), dom, N("SecureRandom.base58(24)", "generated-at-runtime")))
    c.w(app + "spec/fixtures/admin_users.yml", """
        ops:
          email: ops@example.com
          encrypted_password: "%s"
        qa:
          email: qa@example.com
          encrypted_password: "%s"
        """ % (N(v.bcrypt(), "password-hash"), N(v.bcrypt(), "password-hash")))
    c.w(app + "config/locales/de.yml", """
        de:
          devise:
            sessions:
              new:
                email: "E-Mail"
                password: "%s"
                remember_me: "Angemeldet bleiben"
            passwords:
              new:
                forgot_your_password: "%s"
        """ % (N("Passwort", "i18n-string"), N("Passwort vergessen?", "i18n-string")))
    c.w(app + "app/models/order.rb", """
        class Order < ApplicationRecord
          belongs_to :customer
          has_many :line_items, dependent: :destroy
          enum :state, { cart: 0, placed: 1, paid: 2, shipped: 3, refunded: 4 }

          def total_cents
            line_items.sum { |li| li.unit_price_cents * li.quantity }
          end
        end
        """)
    c.w(app + "Gemfile", """
        source "https://rubygems.org"

        ruby "3.3.4"
        gem "rails", "~> 7.1.3"
        gem "pg", "~> 1.5"
        gem "puma", ">= 6.0"
        gem "devise"
        gem "stripe", "~> 12.0"
        gem "sidekiq", "~> 7.2"
        """)

    # ---------------------------------------------------------------- checkout (Node/TS)
    ck = R + "services/checkout/"
    db_pw = v.password("url")
    redis_pw = v.password("alnum")
    c.w(ck + ".env", """
        NODE_ENV=production
        PORT=8080
        DATABASE_URL=%s
        REDIS_URL=%s
        STRIPE_SECRET_KEY=%s
        STRIPE_WEBHOOK_SECRET=%s
        STRIPE_PUBLISHABLE_KEY=%s
        PAYPAL_CLIENT_ID=%s
        PAYPAL_CLIENT_SECRET=%s
        SENTRY_DSN=%s
        """ % (S("postgres://checkout:%s@%s:5432/checkout" % (db_pw, v.host("pg-shop")), "credential-uri"),
               S("rediss://default:%s@%s:6380/0" % (redis_pw, v.host("redis")), "credential-uri"),
               S(v.stripe("sk_live_"), "stripe-secret-key"), S(v.stripe("whsec_"), "stripe-webhook-secret"),
               N(v.stripe_pk(), "publishable-key"), N("A" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 79), "public-client-id"),
               S("E" + v.alnum(79), "paypal-client-secret"), N(v.sentry_dsn(), "sentry-dsn")))
    c.w(ck + ".env.example", """
        NODE_ENV=development
        PORT=8080
        DATABASE_URL=%s
        REDIS_URL=redis://localhost:6379/0
        STRIPE_SECRET_KEY=%s
        STRIPE_WEBHOOK_SECRET=%s
        PAYPAL_CLIENT_SECRET=%s
        """ % (N("postgres://checkout:checkout@localhost:5432/checkout", "well-known-default"),
               N("sk_live_" + "x" * 24, "placeholder"), N("whsec_...", "placeholder"),
               N("<paypal-client-secret>", "placeholder")))
    jwt_fallback = v.alnum(48)
    c.w(ck + "src/config.ts", """
        import "dotenv/config";

        function required(name: string): string {
          const value = process.env[name];
          if (!value) throw new Error(`missing env ${name}`);
          return value;
        }

        export const config = {
          port: Number(process.env.PORT ?? 8080),
          databaseUrl: %s,
          stripeKey: required("STRIPE_SECRET_KEY"),
          // TODO(payments): remove fallback once all pods have JWT_SECRET set
          jwtSecret: process.env.JWT_SECRET || "%s",
          cartTtlSeconds: 60 * 60 * 24,
        };
        """ % (N('required("DATABASE_URL")', "env-reference"), S(jwt_fallback, "jwt-signing-secret")))
    c.w(ck + "src/payments/braintree.ts", """
        import braintree from "braintree";

        export const gateway = new braintree.BraintreeGateway({
          accessToken: "%s",
        });

        export async function clientToken(customerId?: string) {
          const res = await gateway.clientToken.generate(customerId ? { customerId } : {});
          return res.clientToken;
        }
        """ % S(v.braintree(), "braintree-access-token"))
    c.w(ck + "src/payments/adyen.ts", """
        import { Client, CheckoutAPI } from "@adyen/api-library";

        const client = new Client({
          apiKey: %s,
          environment: "LIVE",
          liveEndpointUrlPrefix: "%s",
        });
        export const checkout = new CheckoutAPI(client);
        """ % (N('process.env.ADYEN_API_KEY ?? ""', "env-reference"), v.hexs(16) + "-" + v.slug))
    c.w(ck + "src/cart.ts", ts_module(v, "cart_line"))
    c.w(ck + "test/fixtures/stripe-event.json", """
        {
          "id": "%s",
          "object": "event",
          "type": "checkout.session.completed",
          "data": {
            "object": {
              "id": "%s",
              "customer": "%s",
              "payment_intent": "%s",
              "amount_total": 4599
            }
          }
        }
        """ % (N("evt_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24), "resource-identifier"),
               N("cs_live_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 58), "resource-identifier"),
               "cus_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 14),
               N("pi_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24), "resource-identifier")))
    c.w(ck + "test/webhook.test.ts", """
        import { describe, it, expect } from "vitest";
        import { verify } from "../src/webhook";

        const SECRET = "%s";

        describe("webhook signature", () => {
          it("rejects a bad signature", () => {
            expect(() => verify("{}", "t=1,v1=deadbeef", SECRET)).toThrow();
          });
        });
        """ % N("whsec_test_secret_do_not_use", "test-fixture"))
    c.w(ck + "package-lock.json", package_lock(c, "checkout", 5), dedent=False)

    # ---------------------------------------------------------------- inventory (Go)
    inv = R + "services/inventory/"
    inv_pw = v.password("safe")
    c.w(inv + "internal/config/config.go", """
        package config

        import (
        	"os"
        	"time"
        )

        type Config struct {
        	ListenAddr   string
        	MySQLDSN     string
        	ShopifyToken string
        	SyncEvery    time.Duration
        }

        func Default() Config {
        	return Config{
        		ListenAddr:   ":8081",
        		MySQLDSN:     "%s",
        		ShopifyToken: %s,
        		SyncEvery:    5 * time.Minute,
        	}
        }
        """ % (S("inventory:%s@tcp(%s:3306)/inventory?parseTime=true" % (inv_pw, v.host("mysql-inv")),
                 "db-connection-string"), N('os.Getenv("SHOPIFY_ADMIN_TOKEN")', "env-reference")))
    c.w(inv + "config/shopify.yaml", """
        shop: %s.myshopify.com
        api_version: "2024-07"
        api_key: %s
        api_secret_key: %s
        admin_access_token: %s
        webhooks:
          - topic: inventory_levels/update
            address: https://inventory.%s/hooks/shopify
        """ % (v.slug, N(v.hexs(32), "public-client-id"), S(v.shopify("shpss_"), "shopify-shared-secret"),
               S(v.shopify("shpat_"), "shopify-access-token"), dom))
    c.w(inv + "internal/stock/stock.go", go_file(v, "stock", "stock_level"))
    c.w(inv + "go.sum", go_sum(c, 4), dedent=False)

    # ---------------------------------------------------------------- Symfony back office
    bo = R + "backoffice/"
    my_pw = v.password("url")
    mail_pw = v.password("url")
    c.w(bo + ".env", """
        # In all environments, the following files are loaded if they exist,
        # the latter taking precedence over the former:
        #  * .env                contains default values for the environment variables needed by the app
        #  * .env.local          uncommitted file with local overrides
        APP_ENV=prod
        APP_SECRET=%s
        DATABASE_URL="%s"
        MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
        MAILER_DSN=%s
        """ % (S(v.hexkey(32), "app-secret-key"),
               S("mysql://backoffice:%s@%s:3306/backoffice?serverVersion=8.0.32&charset=utf8mb4" % (my_pw, v.host("mysql-bo")), "credential-uri"),
               S("smtp://apikey:%s@smtp.sendgrid.net:587" % mail_pw, "credential-uri")))
    c.w(bo + ".env.test", """
        # define your env variables for the test env here
        KERNEL_CLASS='App\\Kernel'
        APP_SECRET='%s'
        SYMFONY_DEPRECATIONS_HELPER=999999
        PANTHER_APP_ENV=panther
        """ % N("$ecretf0rt3st", "well-known-default"))
    c.w(bo + "config/packages/doctrine.yaml", """
        doctrine:
            dbal:
                url: '%s'
            orm:
                auto_generate_proxy_classes: true
                enable_lazy_ghost_objects: true
        """ % N("%env(resolve:DATABASE_URL)%", "env-reference"))
    c.w(bo + "config/packages/security.yaml", """
        security:
            password_hashers:
                Symfony\\Component\\Security\\Core\\User\\PasswordAuthenticatedUserInterface: 'auto'
            providers:
                backend_users:
                    memory:
                        users:
                            ops: { password: '%s', roles: ['ROLE_ADMIN'] }
            firewalls:
                main:
                    lazy: true
                    form_login: ~
        """ % N(v.bcrypt(), "password-hash"))
    c.w(bo + "translations/messages.fr.yaml", """
        login:
            username: "Identifiant"
            password: "%s"
            submit: "Se connecter"
        reset:
            hint: "%s"
        """ % (N("Mot de passe", "i18n-string"), N("Votre mot de passe doit contenir 12 caractères", "i18n-string")))

    # ---------------------------------------------------------------- search (Python)
    se = R + "services/search/"
    es_pw = v.password("any")
    c.w(se + "search/settings.py", """
        import os

        from elasticsearch import Elasticsearch

        INDEX = "products-v7"
        ES_HOSTS = ["https://%s:9200"]

        es = Elasticsearch(
            ES_HOSTS,
            basic_auth=("indexer", "%s"),
            ca_certs="/etc/ssl/certs/es-ca.pem",
            request_timeout=30,
        )

        RECO_API_KEY = %s
        """ % (v.host("es"), S(es_pw, "generic-password"), N('os.environ["RECO_API_KEY"]', "env-reference")))
    c.w(se + "search/indexer.py", py_module(v, "Product indexer", "product_doc"))
    c.w(se + "requirements.txt", """
        elasticsearch==8.14.0 \\
            --hash=%s
        pydantic==2.8.2 \\
            --hash=%s
        """ % (N("sha256:" + v.sha256(), "integrity-hash"), N("sha256:" + v.sha256(), "integrity-hash")))

    # ---------------------------------------------------------------- notifications
    nt = R + "services/notifications/"
    sid, tok = v.twilio_pair()
    c.w(nt + "config/production.json", """
        {
          "sendgrid": {
            "apiKey": "%s",
            "from": "orders@%s",
            "templates": { "orderConfirmed": "d-%s", "shipped": "d-%s" }
          },
          "twilio": {
            %s"accountSid": "%s",
            "authToken": "%s"%s
          },
          "mailchimp": {
            "apiKey": "%s",
            "listId": "%s"
          }
        }
        """ % (S(v.sendgrid(), "sendgrid-api-key"), dom, N(v.hexs(32), "resource-identifier"), v.hexs(32),
               c.B("secret", "twilio-credentials"), c.A(sid), c.A(tok), c.E(),
               S(v.mailchimp(), "mailchimp-api-key"), v.hexs(10)))
    c.w(nt + "config/default.json", """
        {
          "sendgrid": { "apiKey": "%s" },
          "twilio": { "accountSid": "", "authToken": "%s" }
        }
        """ % (N("SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
               N("${TWILIO_AUTH_TOKEN}", "env-reference")))

    # ---------------------------------------------------------------- infra
    pg_root = v.password("any")
    mysql_root = v.password("any")
    rabbit_pw = v.password("any")
    c.w(R + "docker-compose.yml", """
        services:
          postgres:
            image: postgres:16.3@%s
            environment:
              POSTGRES_USER: shop
              POSTGRES_PASSWORD: "%s"
            ports: ["5432:5432"]
          mysql:
            image: mysql:8.0
            environment:
              - MYSQL_ROOT_PASSWORD=%s
              - MYSQL_DATABASE=inventory
            healthcheck:
              test: ["CMD", "mysqladmin", "ping", "-uroot", "%s"]
          rabbitmq:
            image: rabbitmq:3.13-management
            environment:
              RABBITMQ_DEFAULT_USER: shop
              RABBITMQ_DEFAULT_PASS: "%s"
          checkout:
            build: ./services/checkout
            env_file: ./services/checkout/.env
            environment:
              STRIPE_SECRET_KEY: %s
            depends_on: [postgres]
        """ % (N("sha256:" + v.sha256(), "image-digest"), S(pg_root, "generic-password"),
               S(mysql_root, "generic-password"), N("-p$$MYSQL_ROOT_PASSWORD", "env-reference"),
               S(rabbit_pw, "generic-password"), N("${STRIPE_SECRET_KEY:?set in .env}", "env-reference")))
    rep_pw = v.password("any")
    c.w(R + "db/migrations/20240112093000_create_reporting_role.sql", """
        -- Read-only role for the BI tool (Metabase)
        CREATE ROLE reporting LOGIN PASSWORD '%s';
        GRANT CONNECT ON DATABASE checkout TO reporting;
        GRANT USAGE ON SCHEMA public TO reporting;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
        """ % S(rep_pw, "generic-password"))
    c.w(R + "db/migrations/20240205110000_create_api_clients.sql", """
        CREATE TABLE api_clients (
          id            uuid PRIMARY KEY,
          name          text NOT NULL,
          client_id     text NOT NULL UNIQUE,
          secret_hash   text NOT NULL,
          created_at    timestamptz NOT NULL DEFAULT now()
        );

        INSERT INTO api_clients (id, name, client_id, secret_hash) VALUES
          ('%s', 'pos-terminals', 'pos-%s', '%s'),
          ('%s', 'marketplace-feed', 'feed-%s', '%s');
        """ % (N(v.uuid(), "uuid"), v.hexs(8), v.argon2(), v.uuid(), v.hexs(8), N(v.argon2(), "password-hash")))
    feed_secret = v.alnum(40)
    c.w(R + "db/migrations/20240302080000_partner_webhooks.sql", """
        ALTER TABLE partners ADD COLUMN webhook_url text;
        ALTER TABLE partners ADD COLUMN webhook_secret text;

        -- backfill for the two launch partners (rotate after go-live!)
        UPDATE partners SET webhook_url = 'https://hooks.%s.example/shop', webhook_secret = '%s' WHERE slug = 'parcelpoint';
        UPDATE partners SET webhook_url = 'https://api.returnly.example/in', webhook_secret = NULL WHERE slug = 'returnly';
        """ % (v.slug, S(feed_secret, "webhook-signing-secret")))
    mig_pw = v.password("any")
    c.w(R + "db/mysql/001_users.sql", """
        CREATE USER IF NOT EXISTS 'inventory'@'%%' IDENTIFIED BY '%s';
        GRANT SELECT, INSERT, UPDATE, DELETE ON inventory.* TO 'inventory'@'%%';
        CREATE USER IF NOT EXISTS 'exporter'@'localhost' IDENTIFIED WITH mysql_native_password AS '%s';
        GRANT PROCESS, REPLICATION CLIENT ON *.* TO 'exporter'@'localhost';
        FLUSH PRIVILEGES;
        """ % (S(mig_pw, "generic-password"), N(v.mysql_native(), "password-hash")))
    ftp_pw = v.password("any")
    c.w(R + "scripts/import_supplier_feed.py", """
        #!/usr/bin/env python3
        \"\"\"Nightly: pull the supplier price feed over FTPS and upsert into inventory.\"\"\"
        import csv
        import io
        from ftplib import FTP_TLS

        HOST = "ftp.supplier-%s.example"

        def fetch():
            ftp = FTP_TLS(HOST)
            ftp.login("%s", "%s")
            ftp.prot_p()
            buf = io.BytesIO()
            ftp.retrbinary("RETR /out/prices.csv", buf.write)
            return list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8"))))

        if __name__ == "__main__":
            print(len(fetch()), "rows")
        """ % (v.hexs(4), v.slug + "_feed", S(ftp_pw, "generic-password")))
    c.w(R + ".github/workflows/deploy.yml", """
        name: deploy
        on:
          push:
            branches: [main]
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@%s # v4.1.7
              - uses: docker/login-action@%s # v3.3.0
                with:
                  registry: ghcr.io
                  username: ${{ github.actor }}
                  password: %s
              - run: ./scripts/deploy.sh
                env:
                  KUBE_TOKEN: %s
        """ % (N(v.sha1(), "git-sha"), v.sha1(), N("${{ secrets.GITHUB_TOKEN }}", "ci-secret-reference"),
               N("${{ secrets.KUBE_TOKEN }}", "ci-secret-reference")))
    c.w(R + "Makefile", """
        .PHONY: bootstrap test
        bootstrap:
        \tcd apps/storefront && bundle install
        \tcd services/checkout && npm ci
        \tcd services/inventory && go mod download
        test:
        \tcd services/checkout && npm test
        """)
