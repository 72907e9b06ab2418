"""ledger/: fintech backend (Kotlin/Spring, Scala/Play, .NET, Elixir/Phoenix, Rust, Go)."""

from .common import ind, jesc, kt_file, cs_file, go_file, readme

R = "ledger/"


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain

    c.w(R + "README.md", readme(v, "Ledger platform", """
        Double-entry ledger, payouts and FX for %s Pay.

        * `accounts-api/` Kotlin / Spring Boot 3
        * `fx-rates/` Scala / Play
        * `LedgerService/` .NET 8
        * `payouts/` Elixir / Phoenix
        * `risk-engine/` Rust
        * `recon-worker/` Go

        Secrets are injected by the platform from Azure Key Vault; never commit `appsettings.Production.json`.
        """ % v.company))

    # ---------------------------------------------------------------- Kotlin / Spring
    ka = R + "accounts-api/"
    rabbit = v.password("any")
    ks_pw = v.password("alnum")
    jwt = v.b64key(48)
    c.w(ka + "src/main/resources/application.yml", """
        spring:
          application:
            name: accounts-api
          datasource:
            url: jdbc:postgresql://%s:5432/accounts
            username: accounts
            password: %s
          rabbitmq:
            host: %s
            username: ledger
            password: '%s'
          jpa:
            open-in-view: false
        server:
          port: 8443
          ssl:
            key-store: classpath:keystore.p12
            key-store-type: PKCS12
            key-store-password: %s
            trust-store-password: %s
        ledger:
          security:
            jwt-secret: %s
            token-ttl: 15m
        management:
          endpoints:
            web:
              exposure:
                include: health,info,prometheus
        """ % (v.host("pg-ledger"), N("${DB_PASSWORD}", "env-reference"), v.host("rabbit"),
               S(rabbit, "generic-password"), S(ks_pw, "generic-password"), N("changeit", "well-known-default"),
               S(jwt, "jwt-signing-secret")))
    c.w(ka + "src/main/resources/application-local.yml", """
        spring:
          datasource:
            url: jdbc:postgresql://localhost:5432/accounts
            username: postgres
            password: %s
        ledger:
          security:
            jwt-secret: %s
        """ % (N("postgres", "well-known-default"), N("local-dev-only-not-a-secret", "placeholder")))
    c.w(ka + "src/test/resources/application-test.yml", """
        spring:
          datasource:
            url: jdbc:tc:postgresql:16:///accounts
            password: %s
        ledger:
          security:
            jwt-secret: %s
        """ % (N("test", "test-fixture"), N("0000000000000000000000000000000000000000000000000000000000000000", "test-fixture")))
    art_pw = v.password("any")
    c.w(ka + "build.gradle.kts", """
        plugins {
            id("org.springframework.boot") version "3.3.2"
            kotlin("jvm") version "1.9.24"
            kotlin("plugin.spring") version "1.9.24"
        }

        repositories {
            mavenCentral()
            maven {
                url = uri("https://%s.jfrog.io/artifactory/libs-release")
                credentials {
                    username = "ci-deployer"
                    password = "%s"
                }
            }
        }

        dependencies {
            implementation("org.springframework.boot:spring-boot-starter-web")
            implementation("org.springframework.boot:spring-boot-starter-data-jpa")
            runtimeOnly("org.postgresql:postgresql")
        }
        """ % (v.slug, S(art_pw, "generic-password")))
    c.w(ka + "gradle.properties", """
        org.gradle.jvmargs=-Xmx2g
        kotlin.code.style=official
        artifactoryUser=ci-deployer
        artifactoryPassword=%s
        sonarToken=%s
        """ % (N("${ARTIFACTORY_PASSWORD}", "env-reference"), S(v.sonar(), "sonarqube-token")))
    hmac_key = v.hexkey(64)
    c.w(ka + "src/main/kotlin/pay/ledger/security/WebhookSigner.kt", """
        package pay.ledger.security

        import javax.crypto.Mac
        import javax.crypto.spec.SecretKeySpec

        object WebhookSigner {
            // shared with the bank connector; see OPS-1422
            private const val HMAC_KEY = "%s"

            fun sign(body: ByteArray): String {
                val mac = Mac.getInstance("HmacSHA256")
                mac.init(SecretKeySpec(HMAC_KEY.toByteArray(), "HmacSHA256"))
                return mac.doFinal(body).joinToString("") { "%%02x".format(it) }
            }
        }
        """ % S(hmac_key, "webhook-signing-secret"))
    c.w(ka + "src/main/kotlin/pay/ledger/entries/EntryService.kt", kt_file(v, "pay.ledger.entries", "entry"))
    c.w(ka + "src/test/kotlin/pay/ledger/security/WebhookSignerTest.kt", """
        package pay.ledger.security

        import org.junit.jupiter.api.Assertions.assertEquals
        import org.junit.jupiter.api.Test

        class WebhookSignerTest {
            @Test
            fun `signature is hex sha256`() {
                val expected = "%s"
                assertEquals(64, expected.length)
            }
        }
        """ % N(v.sha256(), "hash-sha256"))

    # ---------------------------------------------------------------- Scala / Play
    fx = R + "fx-rates/"
    slick_pw = v.password("any")
    c.w(fx + "conf/application.conf", """
        # https://www.playframework.com/documentation/latest/Configuration
        play.http.secret.key = "%s"
        play.http.secret.key = ${?APPLICATION_SECRET}

        play.filters.hosts.allowed = ["fx.%s", "localhost:9000"]

        slick.dbs.default {
          profile = "slick.jdbc.PostgresProfile$"
          db {
            driver = "org.postgresql.Driver"
            url = "jdbc:postgresql://%s/fx"
            user = "fx"
            password = "%s"
            numThreads = 10
          }
        }

        rates.provider {
          base-url = "https://api.exchangerate-feed.example/v2"
          api-key = "%s"
          api-key = ${?RATES_API_KEY}
          refresh = 10 minutes
        }
        """ % (S(v.alnum(64), "app-secret-key"), dom, v.host("pg-fx"), S(slick_pw, "generic-password"),
               S(v.hexkey(32), "generic-api-key")))
    c.w(fx + "conf/test.conf", """
        include "application.conf"
        play.http.secret.key = "%s"
        slick.dbs.default.db.password = %s
        """ % (N("changeme", "placeholder"), N("${?TEST_DB_PASSWORD}", "env-reference")))
    c.w(fx + "app/services/RateCache.scala", """
        package services

        import scala.concurrent.duration._
        import javax.inject.{Inject, Singleton}

        @Singleton
        class RateCache @Inject() (client: RatesClient) {
          private val ttl = 10.minutes
          @volatile private var cache = Map.empty[(String, String), BigDecimal]

          def rate(from: String, to: String): Option[BigDecimal] = cache.get((from, to))

          def refresh(): Unit = cache = client.fetchAll().map(r => (r.base, r.quote) -> r.rate).toMap
        }
        """)

    # ---------------------------------------------------------------- .NET
    ns = R + "LedgerService/"
    sql_pw = v.password("any")
    acct = v.slug + "ledger"
    sb_key = v.b64key(32)
    c.w(ns + "src/Ledger.Api/appsettings.json", """
        {
          "Logging": {
            "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
          },
          "AllowedHosts": "*",
          "ConnectionStrings": {
            "LedgerDb": "%s",
            "Redis": "%s:6380,ssl=true,abortConnect=false,password=%s",
            "Storage": "%s",
            "ServiceBus": "%s"
          },
          "Jwt": {
            "Issuer": "https://auth.%s",
            "Audience": "ledger-api",
            "SigningKey": "%s"
          },
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "%s",
            "ClientId": "%s",
            "ClientSecret": "%s"
          },
          "Smtp": {
            "Host": "smtp.office365.com",
            "User": "noreply@%s",
            "Password": "%s"
          }
        }
        """ % (S("Server=tcp:%s.database.windows.net,1433;Initial Catalog=ledger;Persist Security Info=False;User ID=ledger_app;Password=%s;MultipleActiveResultSets=False;Encrypt=True;" % (v.slug, sql_pw), "db-connection-string"),
               v.slug + "-cache.redis.cache.windows.net", S(v.b64key(32), "generic-password"),
               S("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, v.azure_storage_key()), "azure-storage-connection-string", check="azure-conn"),
               S("Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % (v.slug, sb_key), "azure-service-bus-connection-string"),
               dom, S(v.b64key(64), "jwt-signing-secret"), N(v.uuid(), "uuid"), N(v.uuid(), "public-client-id"),
               S(v.azure_client_secret(), "azure-client-secret"), dom, S(v.password("any"), "generic-password")))
    c.w(ns + "src/Ledger.Api/appsettings.Development.json", """
        {
          "ConnectionStrings": {
            "LedgerDb": "Server=(localdb)\\\\mssqllocaldb;Database=Ledger;Trusted_Connection=True;MultipleActiveResultSets=true",
            "Storage": "%s"
          },
          "Jwt": { "SigningKey": "%s" }
        }
        """ % (N("UseDevelopmentStorage=true", "well-known-default"), N("dev-signing-key-change-me-please-0123456789", "placeholder")))
    c.w(ns + "src/Ledger.Api/appsettings.Staging.json", """
        {
          "ConnectionStrings": {
            "LedgerDb": "%s",
            "Storage": "%s"
          },
          "AzureAd": { "ClientSecret": "%s" }
        }
        """ % (N("@Microsoft.KeyVault(SecretUri=https://kv-%s-stg.vault.azure.net/secrets/LedgerDb/)" % v.slug, "secret-manager-reference"),
               N("@Microsoft.KeyVault(VaultName=kv-%s-stg;SecretName=StorageConnection)" % v.slug, "secret-manager-reference"),
               N("#{AzureAdClientSecret}#", "template-reference")))
    legacy_pw = v.password("any")
    c.w(ns + "legacy/Ledger.Web/Web.config", """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <connectionStrings>
            <add name="LedgerEntities" connectionString="%s" providerName="System.Data.EntityClient" />
            <add name="Audit" connectionString="Data Source=sql-audit;Initial Catalog=Audit;Integrated Security=True" providerName="System.Data.SqlClient" />
          </connectionStrings>
          <appSettings>
            <add key="ClientValidationEnabled" value="true" />
            <add key="BankGateway.Username" value="ledger-prod" />
            <add key="BankGateway.Password" value="%s" />
            <add key="Theme" value="Default" />
          </appSettings>
          <system.web>
            <compilation debug="false" targetFramework="4.8" />
            %s
          </system.web>
        </configuration>
        """ % (S("metadata=res://*/Ledger.csdl|res://*/Ledger.ssdl|res://*/Ledger.msl;provider=System.Data.SqlClient;provider connection string=&quot;data source=sql-ledger-01;initial catalog=Ledger;user id=ledger_web;password=%s;MultipleActiveResultSets=True&quot;" % legacy_pw, "db-connection-string"),
               S(v.password("any"), "generic-password"),
               S('<machineKey validationKey="%s" decryptionKey="%s" validation="HMACSHA256" decryption="AES" />' % (v.hexkey(128).upper(), v.hexkey(64).upper()), "aspnet-machine-key")))
    c.w(ns + "nuget.config", """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
            <add key="ledger-internal" value="https://pkgs.dev.azure.com/%s/_packaging/ledger/nuget/v3/index.json" />
          </packageSources>
          <packageSourceCredentials>
            <ledger-internal>
              <add key="Username" value="build" />
              <add key="ClearTextPassword" value="%s" />
            </ledger-internal>
          </packageSourceCredentials>
        </configuration>
        """ % (v.slug, S(v.azure_devops(), "azure-devops-pat")))
    c.w(ns + "src/Ledger.Api/packages.lock.json", """
        {
          "version": 1,
          "dependencies": {
            "net8.0": {
              "Azure.Identity": {
                "type": "Direct",
                "requested": "[1.12.0, )",
                "resolved": "1.12.0",
                "contentHash": "%s"
              },
              "Serilog.AspNetCore": {
                "type": "Direct",
                "requested": "[8.0.1, )",
                "resolved": "8.0.1",
                "contentHash": "%s"
              }
            }
          }
        }
        """ % (N(v.b64(64), "integrity-hash"), N(v.b64(64), "integrity-hash")))
    c.w(ns + "src/Ledger.Api/Handlers/PostingHandler.cs", cs_file(v, "Ledger.Api.Handlers", "posting"))
    c.w(ns + "src/Ledger.Api/Resources/Strings.resx", """
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <data name="Login_Password" xml:space="preserve">
            <value>%s</value>
          </data>
          <data name="Login_PasswordRequired" xml:space="preserve">
            <value>%s</value>
          </data>
          <data name="Login_Submit" xml:space="preserve">
            <value>Sign in</value>
          </data>
        </root>
        """ % (N("Password", "i18n-string"), N("Please enter your password.", "i18n-string")))

    # ---------------------------------------------------------------- Elixir / Phoenix
    px = R + "payouts/"
    ecto_pw = v.password("url")
    c.w(px + "config/dev.exs", """
        import Config

        config :payouts, Payouts.Repo,
          username: "postgres",
          password: %s,
          hostname: "localhost",
          database: "payouts_dev",
          show_sensitive_data_on_connection_error: true,
          pool_size: 10

        config :payouts, PayoutsWeb.Endpoint,
          http: [ip: {127, 0, 0, 1}, port: 4000],
          check_origin: false,
          code_reloader: true,
          debug_errors: true,
          secret_key_base: %s
        """ % (N('"postgres"', "well-known-default"), S('"%s"' % v.b64key(48), "app-secret-key")))
    c.w(px + "config/prod.secret.exs", """
        # Kept for the legacy release on the old VM; new deploys use runtime.exs
        import Config

        config :payouts, Payouts.Repo,
          url: "%s",
          pool_size: 15

        config :payouts, PayoutsWeb.Endpoint,
          secret_key_base: "%s"

        config :stripity_stripe, api_key: "%s"

        config :payouts, Payouts.Wise,
          api_token: "%s",
          profile_id: %s
        """ % (S("ecto://payouts:%s@%s/payouts_prod" % (ecto_pw, v.host("pg-payouts")), "credential-uri"),
               S(v.b64key(48), "app-secret-key"), S(v.stripe("rk_live_"), "stripe-restricted-key"),
               S(v.uuid(), "generic-api-key"), v.digits(8)))
    c.w(px + "config/runtime.exs", """
        import Config

        if config_env() == :prod do
          database_url =
            System.get_env("DATABASE_URL") ||
              raise \"\"\"
              environment variable DATABASE_URL is missing.
              For example: %s
              \"\"\"

          config :payouts, Payouts.Repo, url: database_url

          secret_key_base = %s

          config :payouts, PayoutsWeb.Endpoint, secret_key_base: secret_key_base
          config :stripity_stripe, api_key: %s
        end
        """ % (N("ecto://USER:PASS@HOST/DATABASE", "placeholder"), N('System.fetch_env!("SECRET_KEY_BASE")', "env-reference"), N('System.fetch_env!("STRIPE_API_KEY")', "env-reference")))
    c.w(px + "mix.lock", """
        %%{
          "ecto_sql": {:hex, :ecto_sql, "3.11.3", "%s", [:mix], [], "hexpm", "%s"},
          "phoenix": {:hex, :phoenix, "1.7.14", "%s", [:mix], [], "hexpm", "%s"},
        }
        """ % (N(v.sha256(), "integrity-hash"), v.sha256(), N(v.sha256(), "integrity-hash"), v.sha256()))
    c.w(px + "lib/payouts/batch.ex", """
        defmodule Payouts.Batch do
          @moduledoc "Groups approved payouts into bank batches."
          alias Payouts.{Repo, Payout}
          import Ecto.Query

          @max_batch 500

          def pending(currency) do
            from(p in Payout, where: p.state == :approved and p.currency == ^currency, limit: @max_batch)
            |> Repo.all()
          end
        end
        """)

    # ---------------------------------------------------------------- Rust
    rs = R + "risk-engine/"
    kafka_pw = v.password("any")
    c.w(rs + "config/default.toml", """
        [server]
        bind = "0.0.0.0:7070"
        workers = 8

        [database]
        url = "%s"
        max_connections = 20

        [kafka]
        brokers = ["%s:9093"]
        sasl_mechanism = "SCRAM-SHA-512"
        sasl_username = "risk-engine"
        sasl_password = "%s"

        [model]
        path = "/models/risk-v14.onnx"
        sha256 = "%s"
        """ % (S("postgres://risk:%s@%s:5432/risk" % (v.password("url"), v.host("pg-risk")), "credential-uri"),
               v.host("kafka"), S(kafka_pw, "generic-password"), N(v.sha256(), "hash-sha256")))
    c.w(rs + "config/local.toml", """
        [database]
        url = "%s"

        [kafka]
        sasl_password = "%s"
        """ % (N("postgres://risk:risk@localhost:5432/risk", "well-known-default"), N("<set-me>", "placeholder")))
    c.w(rs + "src/config.rs", """
        use serde::Deserialize;

        #[derive(Debug, Deserialize)]
        pub struct Kafka {
            pub brokers: Vec<String>,
            pub sasl_username: String,
            pub sasl_password: String,
        }

        pub const SANCTIONS_API: &str = "https://sanctions.%s.internal/v1";
        pub const SANCTIONS_API_KEY: &str = "%s";

        pub fn kafka_password() -> String {
            %s
        }
        """ % (v.slug, S(v.alnum(32), "generic-api-key"), N('std::env::var("KAFKA_SASL_PASSWORD").unwrap_or_default()', "env-reference")))
    c.w(rs + "Cargo.lock", """
        # This file is automatically @generated by Cargo.
        version = 3

        [[package]]
        name = "serde"
        version = "1.0.204"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        checksum = "%s"

        [[package]]
        name = "tokio"
        version = "1.39.2"
        source = "registry+https://github.com/rust-lang/crates.io-index"
        checksum = "%s"
        """ % (N(v.sha256(), "integrity-hash"), N(v.sha256(), "integrity-hash")))

    # ---------------------------------------------------------------- Go recon worker + signing keys
    gw = R + "recon-worker/"
    c.w(gw + "config.yaml", """
        plaid:
          env: production
          client_id: %s
          secret: %s
        sftp:
          host: sftp.bank-%s.example
          user: %s
          password: "%s"
          known_hosts: /etc/recon/known_hosts
        """ % (N(v.hexs(24), "public-client-id"), S(v.hexkey(30), "plaid-secret"), v.hexs(4), v.slug + "_recon",
               S(v.password("any"), "generic-password")))
    c.w(gw + "internal/match/match.go", go_file(v, "match", "statement_line"))
    bank_key = c.k.rsa()
    c.w(R + "signing/iso20022-signing.key", S(bank_key.pem_pkcs8(), "private-key-pem"))
    ca = c.k.ec()
    c.w(R + "signing/bank-root-ca.pem", N(c.k.cert(ca, "Bank Root CA G3", "Example Bank plc", ca=True), "certificate"))
    c.w(R + "signing/README.md", """
        The payment-file signing key (`iso20022-signing.key`) must move to the HSM before the
        audit (ticket SEC-311). The bank's public root is `bank-root-ca.pem` (fingerprint
        `%s`).
        """ % N(":".join(v.sha256()[i:i + 2].upper() for i in range(0, 64, 2)), "cert-thumbprint"))
