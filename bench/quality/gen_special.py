"""Structured secrets and structured negatives: private keys, GCP service-account
JSON, connection strings / URIs, certificates, hashes and digests, assets."""

import json

from gen_core import (ALNUM, B64URL, DIGITS, LOWER, b64, b64url, certificate_der, ec_p256_der,
                      openssh_private, pem, rbytes, rhex, rsa_key, rsa_pkcs1_der, rsa_pkcs8_der,
                      rsa_public_der, random_modulus, rstr, ssh_public_line, tiny_png, uuid4)
from gen_values import password, url_password

USERS = ["app", "svc_orders", "billing", "inventory", "admin", "deploy", "reporting", "etl_user", "api", "root"]
HOSTS = ["db.internal", "prod-db-1.cluster-c8xk2.eu-west-1.rds.amazonaws.com", "10.0.12.7", "pg.prod.svc.cluster.local",
         "mysql-primary.acme.net", "db", "postgres", "analytics-db.internal"]
COMMENTS = ["deploy@ci-runner", "jenkins@build-01", "alice@laptop", "ops@bastion", "github-actions-deploy",
            "backup@db-host", "root@provision"]


# ---------------------------------------------------------------- private keys
def private_key(rng, kind=None):
    """-> (lines, category)."""
    kind = kind or rng.choice(["rsa", "pkcs8", "ec", "openssh-ed25519", "openssh-ed25519", "openssh-rsa"])
    if kind == "rsa":
        return pem("RSA PRIVATE KEY", rsa_pkcs1_der(rsa_key(rng))), "private-key-rsa"
    if kind == "pkcs8":
        return pem("PRIVATE KEY", rsa_pkcs8_der(rsa_key(rng))), "private-key-pkcs8"
    if kind == "ec":
        return pem("EC PRIVATE KEY", ec_p256_der(rng)), "private-key-ec"
    if kind == "openssh-ed25519":
        return openssh_private(rng, "ed25519", rng.choice(COMMENTS)), "private-key-openssh"
    return openssh_private(rng, "rsa", rng.choice(COMMENTS)), "private-key-openssh"


def gcp_service_account(rng, project):
    """-> (lines, index of the private_key line)."""
    key = "\\n".join(pem("PRIVATE KEY", rsa_pkcs8_der(rsa_key(rng)))) + "\\n"
    sa = rng.choice(["deployer", "ci-uploader", "bq-reader", "terraform", "pubsub-worker"])
    cid = rstr(rng, DIGITS, 21)
    email = "%s@%s.iam.gserviceaccount.com" % (sa, project)
    lines = ["{",
             '  "type": "service_account",',
             '  "project_id": "%s",' % project,
             '  "private_key_id": "%s",' % rhex(rng, 40),
             '  "private_key": "%s",' % key,
             '  "client_email": "%s",' % email,
             '  "client_id": "%s",' % cid,
             '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
             '  "token_uri": "https://oauth2.googleapis.com/token",',
             '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
             '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",' % email.replace("@", "%40"),
             '  "universe_domain": "googleapis.com"',
             "}"]
    return lines, 4


# ---------------------------------------------------------------- connection strings
def conn_uri(rng, kind=None):
    """-> (uri, category) with an embedded password."""
    kind = kind or rng.choice(["postgres", "mysql", "mongodb-srv", "mongodb", "redis", "amqp", "jdbc-postgres",
                               "jdbc-mysql", "sqlserver", "smtp", "ftp"])
    u, p, h = rng.choice(USERS), url_password(rng), rng.choice(HOSTS)
    if kind == "postgres":
        return "%s://%s:%s@%s:5432/%s" % (rng.choice(["postgres", "postgresql", "postgresql+psycopg2"]), u, p, h,
                                          rng.choice(["orders", "app", "billing"])), "postgres-uri"
    if kind == "mysql":
        return "mysql://%s:%s@%s:3306/%s" % (u, p, h, rng.choice(["shop", "wordpress", "app"])), "mysql-uri"
    if kind == "mongodb-srv":
        return "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
            u, p, rstr(rng, LOWER + DIGITS, 5), rng.choice(["events", "app", "catalog"])), "mongodb-uri"
    if kind == "mongodb":
        return "mongodb://%s:%s@mongo-0.mongo:27017,mongo-1.mongo:27017/%s?replicaSet=rs0&authSource=admin" % (
            u, p, rng.choice(["events", "app"])), "mongodb-uri"
    if kind == "redis":
        return "%s://%s:%s@%s:6379/0" % (rng.choice(["redis", "rediss"]), rng.choice(["default", ""]), p,
                                         rng.choice(["cache.internal", "redis-master", "redis.example.net"])), "redis-uri"
    if kind == "amqp":
        return "amqps://%s:%s@%s/%s" % (u, p, rng.choice(["rabbitmq.internal:5671", "b-1.mq.us-east-1.amazonaws.com:5671"]),
                                         rng.choice(["%2F", "orders"])), "amqp-uri"
    if kind == "jdbc-postgres":
        return "jdbc:postgresql://%s:5432/%s?user=%s&password=%s&ssl=true" % (h, rng.choice(["billing", "ledger"]), u, p), "jdbc-url"
    if kind == "jdbc-mysql":
        return "jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true" % (h, rng.choice(["billing", "shop"]), u, p), "jdbc-url"
    if kind == "sqlserver":
        return ("Server=tcp:%s.database.windows.net,1433;Initial Catalog=%s;User ID=%s;Password=%s;"
                "Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" % (
                    rng.choice(["acme-sql", "northwind-prod"]), rng.choice(["Billing", "Crm"]), u, password(rng))), "sqlserver-connection-string"
    if kind == "smtp":
        return "smtps://%s:%s@smtp.%s:465" % ("notifications%40example.com", p, rng.choice(["sendgrid.net", "mailgun.org", "office365.com"])), "smtp-uri"
    return "ftp://%s:%s@ftp.%s.com/exports/" % (u, p, rng.choice(["partner", "acme", "vendor"])), "ftp-uri"


def conn_uri_negative(rng):
    """URIs without real credentials -> (uri, category)."""
    c = rng.randrange(6)
    h = rng.choice(HOSTS)
    if c == 0:
        return "postgres://app@%s:5432/orders" % h, "uri-without-password"
    if c == 1:
        return "postgresql://%s:${DB_PASSWORD}@%s:5432/app" % (rng.choice(USERS), h), "templating"
    if c == 2:
        return "mongodb+srv://<username>:<password>@cluster0.mongodb.net/test", "placeholder"
    if c == 3:
        return "redis://localhost:6379/0", "uri-without-password"
    if c == 4:
        return "mysql://user:password@localhost:3306/app_test", "fake-test-data"
    return "amqp://guest:guest@localhost:5672/", "local-dev-default"


# ---------------------------------------------------------------- negatives: keys, hashes, assets
def public_key_pem(rng):
    return pem("PUBLIC KEY", rsa_public_der(random_modulus(rng)))


def certificate(rng, cn=None):
    return pem("CERTIFICATE", certificate_der(rng, cn or rng.choice(["api.example.com", "*.internal.acme.net", "auth.example.org"])))


def ssh_pub(rng, kind=None):
    return ssh_public_line(rng, kind or rng.choice(["ed25519", "rsa"]), rng.choice(COMMENTS))


def git_sha(rng):
    return rhex(rng, 40)


def sha256_hex(rng):
    return rhex(rng, 64)


def sri(rng, algo="sha512"):
    return "%s-%s" % (algo, b64(rbytes(rng, {"sha512": 64, "sha384": 48, "sha256": 32, "sha1": 20}[algo])))


def go_sum_hash(rng):
    return "h1:" + b64(rbytes(rng, 32))


def docker_digest(rng):
    return "sha256:" + rhex(rng, 64)


def png_data_uri(rng):
    return "data:image/png;base64," + b64(tiny_png(rng, rng.randint(6, 12), rng.randint(6, 12)))


def minified_js(rng):
    v = lambda: rng.choice("abcdefghnortuvxyz")
    chunks = ['!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).%s=t()}(this,(function(){"use strict";' % rng.choice(["Popover", "Dropzone", "Chartlet", "Tippy"]),
              'var %s=function(%s,%s){return %s.reduce((function(%s,%s){return %s[%s.id]=%s,%s}),{})};' % ((v(),) * 10),
              'function %s(e){return e&&e.__esModule&&Object.prototype.hasOwnProperty.call(e,"default")?e.default:e}' % v(),
              'const %s=new Map,%s=(e,t)=>{%s.has(e)||%s.set(e,[]),%s.get(e).push(t)};' % ((v(),) * 5),
              'return{version:"%d.%d.%d",init:%s,destroy:function(){%s.clear()}}}));' % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9), v(), v())]
    return "".join(chunks)


LONG_IDENTIFIERS = [
    "org.springframework.security.config.annotation.web.configuration.WebSecurityConfigurerAdapter",
    "AbstractAnnotationConfigDispatcherServletInitializerWithCustomMultipartResolverSupport",
    "com.acme.billing.infrastructure.persistence.jpa.InvoiceLineItemRepositoryAdapterImplementation",
    "InternalServiceAccountTokenRefreshSchedulerConfigurationProperties",
    "k8s.io/client-go/informers/externalversions/internalinterfaces.SharedInformerFactory",
    "PasswordResetTokenExpirationNotificationEmailTemplateRenderer",
    "github.com/acme/inventory-api/internal/platform/observability/tracing/otelgrpcinterceptor",
    "SecretsManagerCredentialProviderChainFallbackStrategyFactoryBean",
    "useAuthenticatedApiClientWithAutomaticTokenRefreshAndRetryBackoff",
    "tokenizerVocabularyMergesFileDownloadProgressCallbackHandlerRegistry",
]

I18N = [("password", "Enter your password"), ("passwordConfirm", "Confirm your password"),
        ("apiKey", "API key"), ("apiKeyHelp", "You can create an API key in Settings > Developer"),
        ("secretLabel", "Client secret"), ("tokenExpired", "Your session token has expired. Please sign in again."),
        ("forgotPassword", "Forgot your password?"), ("passwordTooShort", "Password must be at least 12 characters"),
        ("resetToken", "The reset link is invalid or has expired"), ("secretCopied", "Secret copied to clipboard"),
        ("privateKey", "Paste your private key"), ("currentPassword", "Current password")]
I18N_DE = {"password": "Passwort eingeben", "passwordConfirm": "Passwort bestaetigen", "apiKey": "API-Schluessel",
           "apiKeyHelp": "Einen API-Schluessel erstellen Sie unter Einstellungen > Entwickler",
           "secretLabel": "Client-Geheimnis", "tokenExpired": "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
           "forgotPassword": "Passwort vergessen?", "passwordTooShort": "Das Passwort muss mindestens 12 Zeichen lang sein",
           "resetToken": "Der Link ist ungueltig oder abgelaufen", "secretCopied": "Geheimnis in die Zwischenablage kopiert",
           "privateKey": "Privaten Schluessel einfuegen", "currentPassword": "Aktuelles Passwort"}


def django_secret_key(rng):
    return rstr(rng, "abcdefghijklmnopqrstuvwxyz0123456789!@*(-_=+)^", 50)


def wp_salt(rng):
    chars = ALNUM + "!@*()-_=+[]|:,.<>?/~`^"
    return rstr(rng, chars, 64)


def docker_auth(user, pw):
    return b64(("%s:%s" % (user, pw)).encode())


def k8s_b64(value):
    return b64(value.encode())


def ansible_vault_lines(rng, n=6):
    return ["$ANSIBLE_VAULT;1.1;AES256"] + [rhex(rng, 80) for _ in range(n)] + [rhex(rng, 40)]


def sealed_value(rng):
    return "AgB" + b64(rbytes(rng, 360)).rstrip("=")


def uuid(rng):
    return uuid4(rng)
