"""Java / Spring Boot service (billing-service/)."""

import gen_special as sp
from gen_core import rstr, UPPER, DIGITS
from gen_plant import mix
from gen_values import password

J = "billing-service"
PKG = "src/main/java/com/acme/billing"


def build(ctx):
    r, d = ctx.rng, ctx.deck
    f = ctx.f(J, "pom.xml")
    f.add('<?xml version="1.0" encoding="UTF-8"?>', '<project xmlns="http://maven.apache.org/POM/4.0.0">',
          "  <modelVersion>4.0.0</modelVersion>", "  <groupId>com.acme</groupId>", "  <artifactId>billing-service</artifactId>",
          "  <version>3.2.0-SNAPSHOT</version>", "  <properties>", "    <java.version>21</java.version>")
    f.neg("    <flyway.password>${env.FLYWAY_PASSWORD}</flyway.password>", "templating")
    f.add("  </properties>", "  <dependencies>", "    <dependency>", "      <groupId>org.springframework.boot</groupId>",
          "      <artifactId>spring-boot-starter-web</artifactId>", "    </dependency>", "  </dependencies>", "</project>")
    f.write()

    # ---- application.properties: mixed real values and placeholders
    f = ctx.f(J, "src/main/resources/application.properties", crlf=True)
    f.add("spring.application.name=billing-service", "server.port=8081")
    uri, cat = sp.conn_uri(r, "jdbc-postgres")
    f.secret("spring.datasource.url=" + uri, cat)
    f.add("spring.datasource.username=billing")
    f.secret("spring.datasource.password=" + password(r), "generic-password")
    f.add("spring.mail.host=smtp.office365.com", "spring.mail.username=billing@acme.com")
    f.neg("spring.mail.password=${MAIL_PASSWORD}", "templating")
    mix(f, r, d, "properties", pos=5, gen=2, negs=3, fill=(0, 1))
    f.write()

    f = ctx.f(J, "src/main/resources/application.yml")
    f.add("spring:", "  profiles:", "    active: ${SPRING_PROFILES_ACTIVE:dev}", "  datasource:",
          "    url: jdbc:postgresql://${DB_HOST:localhost}:5432/billing", "    username: ${DB_USER:billing}")
    f.neg("    password: ${DB_PASSWORD}", "templating")
    f.add("  security:", "    oauth2:", "      client:", "        registration:", "          okta:")
    f.neg("            client-id: 0oa%s" % rstr(r, UPPER + DIGITS, 17).lower(), "identifier")
    f.secret("            client-secret: %s" % rstr(r, sp.ALNUM + "-_", 40), "generic-secret")
    f.add("billing:", "  providers:")
    mix(f, r, d, "yaml", pos=3, gen=1, negs=3, indent="    ", fill=(0, 1), flavor="spring")
    f.add("---", "spring:", "  config:", "    activate:", "      on-profile: prod", "billing:", "  providers:")
    mix(f, r, d, "yaml", pos=0, gen=0, negs=4, indent="    ", fill=(0, 1), allow=["templating", "secret-reference", "placeholder"],
        flavor="spring")
    f.write()

    f = ctx.f(J, "src/test/resources/application-test.yml")
    f.add("spring:", "  datasource:", "    url: jdbc:h2:mem:billing;MODE=PostgreSQL", "    username: sa")
    f.neg("    password: password", "fake-test-data")
    f.add("billing:", "  providers:")
    f.neg("    stripe-secret-key: sk_test_fake", "fake-test-data")
    f.neg("    webhook-secret: test", "fake-test-data")
    f.write()

    # ---- Java sources
    f = ctx.f(J, PKG + "/config/ProviderCredentials.java")
    f.add("package com.acme.billing.config;", "", "/**", " * Credentials for payment and tax providers.",
          " * TODO(BILL-412): move to Vault before the SOC2 audit.", " */", "public final class ProviderCredentials {", "")
    mix(f, r, d, "java", pos=5, gen=1, negs=3, indent="    ", fill=(0, 0))
    f.add("", "    private ProviderCredentials() {", "    }", "}")
    f.write()

    f = ctx.f(J, PKG + "/persistence/LegacyLedgerDataSource.java")
    f.add("package com.acme.billing.persistence;", "", "import java.sql.Connection;", "import java.sql.DriverManager;",
          "import java.sql.SQLException;", "", "public class LegacyLedgerDataSource {", "")
    uri, cat = sp.conn_uri(r, "jdbc-mysql")
    f.secret('    private static final String URL = "%s";' % uri, cat)
    uri, cat = sp.conn_uri(r, "sqlserver")
    f.secret('    private static final String CRM_CONNECTION = "%s";' % uri, cat)
    f.add("", "    public Connection open() throws SQLException {", "        return DriverManager.getConnection(URL);", "    }", "")
    f.add("    public Connection openWithEnv() throws SQLException {")
    f.neg('        String pw = System.getenv("LEDGER_DB_PASSWORD");', "env-reference")
    f.add('        return DriverManager.getConnection("jdbc:mysql://ledger-db:3306/ledger", "ledger", pw);', "    }", "}")
    f.write()

    f = ctx.f(J, PKG + "/security/WebSecurityConfig.java")
    f.add("package com.acme.billing.security;", "", "import org.springframework.context.annotation.Bean;",
          "import org.springframework.context.annotation.Configuration;", "", "@Configuration",
          "public class WebSecurityConfig {", "")
    f.neg('    static final String PARENT = "%s";' % sp.LONG_IDENTIFIERS[0], "long-identifier")
    f.neg('    static final String PASSWORD_PARAMETER = "password";', "config-not-secret")
    f.neg('    static final String TOKEN_HEADER = "X-Auth-Token";', "config-not-secret")
    f.add("", "    @Bean", "    public PasswordEncoder passwordEncoder() {", "        return new BCryptPasswordEncoder(12);", "    }", "}")
    f.write()

    f = ctx.f(J, "src/test/java/com/acme/billing/InvoiceServiceTest.java")
    f.add("package com.acme.billing;", "", "import org.junit.jupiter.api.Test;", "", "class InvoiceServiceTest {", "", "    @Test",
          "    void rejectsUnknownCustomer() {")
    f.neg('        var customerId = java.util.UUID.fromString("%s");' % sp.uuid(r), "uuid")
    f.neg('        var client = new StripeClient("sk_test_dummy");', "fake-test-data")
    f.add("        assertThrows(UnknownCustomerException.class, () -> service.invoice(customerId));", "    }", "}")
    f.write()

    f = ctx.f(J, "src/main/resources/META-INF/persistence.xml")
    f.add('<?xml version="1.0" encoding="UTF-8"?>', '<persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence">',
          '  <persistence-unit name="ledger">', "    <properties>",
          '      <property name="jakarta.persistence.jdbc.url" value="jdbc:mysql://ledger-db:3306/ledger"/>',
          '      <property name="jakarta.persistence.jdbc.user" value="ledger"/>')
    f.secret('      <property name="jakarta.persistence.jdbc.password" value="%s"/>' % password(r), "generic-password")
    f.add("    </properties>", "  </persistence-unit>", "</persistence>")
    f.write()

    f = ctx.f(J, "src/main/resources/messages.properties")
    f.add("login.title=Sign in")
    f.neg("login.password.label=Password", "i18n-string")
    f.neg("login.password.placeholder=Enter your password", "i18n-string")
    f.neg("settings.apiKey.help=Generate a new API key to connect your accounting system", "i18n-string")
    f.neg("error.token.expired=Your token has expired", "i18n-string")
    f.write()

    f = ctx.f(J, "src/main/resources/keystore/README.txt")
    f.add("The TLS certificate for the internal billing endpoint (public part only).", "")
    f.neg(sp.certificate(r, "billing.internal.acme.net"), "certificate")
    f.write()

    f = ctx.f("legacy-gateway", "Web.config")
    f.add('<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
          '    <add key="Environment" value="Production" />')
    mix(f, r, d, "xml", pos=3, gen=1, negs=2, indent="    ", fill=(0, 1), comments=0)
    f.add("  </appSettings>", "  <connectionStrings>")
    uri, cat = sp.conn_uri(r, "sqlserver")
    f.secret('    <add name="Crm" connectionString="%s" providerName="System.Data.SqlClient" />' % uri, cat)
    f.add("  </connectionStrings>", "</configuration>")
    f.write()
