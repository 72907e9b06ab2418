"""Small service configuration files in many syntaxes.

A service gets a random set of settings; each setting is a secret, a hard negative or a plain
value, rendered in one of ~20 syntaxes (dotenv, YAML, JSON, TOML, INI, properties, HOCON, XML,
PHP, Python, JS, Go, C#, Java, Kotlin, Rust, Ruby, Elixir, shell, Dockerfile, Terraform, k8s env).
"""

import re

FORMATS = {
    # fmt: (file name, key style)
    "env": (".env", "UPPER"),
    "yaml": ("config/settings.yaml", "snake"),
    "json": ("config/production.json", "camel"),
    "toml": ("config.toml", "snake"),
    "ini": ("settings.ini", "snake"),
    "properties": ("src/main/resources/application-prod.properties", "dotted"),
    "hocon": ("conf/prod.conf", "camel"),
    "xml": ("App.config", "Pascal"),
    "php": ("config/services.php", "snake"),
    "py": ("app/config.py", "UPPER"),
    "js": ("src/config.js", "camel"),
    "go": ("internal/config/defaults.go", "Pascal"),
    "cs": ("src/Settings.cs", "Pascal"),
    "java": ("src/main/java/com/acme/Config.java", "UPPER"),
    "kt": ("src/main/kotlin/Config.kt", "UPPER"),
    "rs": ("src/settings.rs", "UPPER"),
    "rb": ("config/initializers/settings.rb", "snake"),
    "ex": ("config/prod.exs", "snake"),
    "sh": ("bin/start.sh", "UPPER"),
    "dockerfile": ("Dockerfile", "UPPER"),
    "tf": ("deploy/main.tf", "snake"),
    "k8s": ("deploy/deployment.yaml", "UPPER"),
    "compose": ("docker-compose.override.yml", "UPPER"),
}


def _words(key):
    return [w for w in re.split(r"[_\s]+", key.lower()) if w]


def keyname(key, style):
    w = _words(key)
    if style == "UPPER":
        return "_".join(x.upper() for x in w)
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "Pascal":
        return "".join(x.capitalize() for x in w)
    return ".".join(w)


def env_ref(fmt, key):
    """An environment lookup in the syntax of fmt: (kind, text); kind 'expr' is unquoted code."""
    K = keyname(key, "UPPER")
    return {
        "env": ("lit", "${%s}" % K), "yaml": ("lit", "${%s}" % K), "json": ("lit", "${%s}" % K),
        "toml": ("lit", "${%s}" % K), "ini": ("lit", "%%(ENV_%s)s" % K), "properties": ("lit", "${%s}" % K),
        "hocon": ("expr", "${?%s}" % K), "xml": ("lit", "#{%s}#" % K), "php": ("expr", "env('%s')" % K),
        "py": ("expr", 'os.environ["%s"]' % K), "js": ("expr", "process.env.%s" % K),
        "go": ("expr", 'os.Getenv("%s")' % K), "cs": ("expr", 'Environment.GetEnvironmentVariable("%s")' % K),
        "java": ("expr", 'System.getenv("%s")' % K), "kt": ("expr", 'System.getenv("%s")' % K),
        "rs": ("expr", 'env!("%s")' % K), "rb": ("expr", 'ENV.fetch("%s")' % K),
        "ex": ("expr", 'System.fetch_env!("%s")' % K), "sh": ("lit", "${%s:?missing}" % K),
        "dockerfile": ("lit", "${%s}" % K), "tf": ("expr", "var.%s" % keyname(key, "snake")),
        "k8s": ("lit", "$(%s)" % K), "compose": ("lit", "${%s}" % K),
    }[fmt]


def _q(kind, text, dq=True):
    if kind == "expr":
        return text
    return ('"%s"' if dq else "'%s'") % text


def render(fmt, service, entries):
    """entries: list of (key, kind, text), kind in lit/expr/plain (plain == lit, unlabelled)."""
    style = FORMATS[fmt][1]
    L = []
    ent = [(keyname(k, style), kind, t) for k, kind, t in entries]
    if fmt == "env":
        L += ["# %s" % service] + ["%s=%s" % (k, t) for k, kd, t in ent]
    elif fmt == "yaml":
        L += ["%s:" % service.replace("-", "_")] + ["  %s: %s" % (k, _q(kd, t)) for k, kd, t in ent]
    elif fmt == "json":
        L += ["{", '  "service": "%s",' % service]
        L += ['  "%s": %s%s' % (k, _q(kd, t) if kd != "expr" else '"%s"' % t, "," if i < len(ent) - 1 else "")
              for i, (k, kd, t) in enumerate(ent)]
        L += ["}"]
    elif fmt == "toml":
        L += ["[%s]" % service] + ['%s = %s' % (k, _q(kd, t)) for k, kd, t in ent]
    elif fmt == "ini":
        L += ["[%s]" % service] + ["%s = %s" % (k, t) for k, kd, t in ent]
    elif fmt == "properties":
        L += ["# %s" % service] + ["%s.%s=%s" % (service.split("-")[0], k, t) for k, kd, t in ent]
    elif fmt == "hocon":
        L += ["%s {" % service.replace("-", "_")] + ["  %s = %s" % (k, _q(kd, t)) for k, kd, t in ent] + ["}"]
    elif fmt == "xml":
        L += ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
        L += ['    <add key="%s" value="%s" />' % (k, t) for k, kd, t in ent]
        L += ["  </appSettings>", "</configuration>"]
    elif fmt == "php":
        L += ["<?php", "", "return ["] + ["    '%s' => %s," % (k, _q(kd, t, dq=False)) for k, kd, t in ent] + ["];"]
    elif fmt == "py":
        L += ['"""Settings for %s."""' % service, "import os", ""] + ["%s = %s" % (k, _q(kd, t)) for k, kd, t in ent]
    elif fmt == "js":
        L += ["module.exports = {"] + ["  %s: %s," % (k, _q(kd, t)) for k, kd, t in ent] + ["};"]
    elif fmt == "go":
        L += ["package config", "", 'import "os"', "", "var Defaults = Settings{"]
        L += ["\t%s: %s," % (k, _q(kd, t)) for k, kd, t in ent] + ["}"]
    elif fmt == "cs":
        L += ["namespace Acme.%s;" % "".join(x.capitalize() for x in _words(service.replace("-", " "))), "",
              "public static class Settings", "{"]
        L += ['    public static readonly string %s = %s;' % (k, _q(kd, t)) for k, kd, t in ent] + ["}"]
    elif fmt == "java":
        L += ["package com.acme;", "", "public final class Config {"]
        L += ["    public static final String %s = %s;" % (k, _q(kd, t)) for k, kd, t in ent] + ["}"]
    elif fmt == "kt":
        L += ["package com.acme", "", "object Config {"]
        L += ["    val %s: String = %s" % (k, _q(kd, t)) for k, kd, t in ent] + ["}"]
    elif fmt == "rs":
        L += ["// settings for %s" % service] + ["pub const %s: &str = %s;" % (k, _q(kd, t)) for k, kd, t in ent]
    elif fmt == "rb":
        L += ["Rails.application.config.x.%s = {" % service.replace("-", "_")]
        L += ["  %s: %s," % (k, _q(kd, t)) for k, kd, t in ent] + ["}"]
    elif fmt == "ex":
        L += ["import Config", "", "config :%s," % service.replace("-", "_")]
        L += ["  %s: %s%s" % (k, _q(kd, t), "," if i < len(ent) - 1 else "") for i, (k, kd, t) in enumerate(ent)]
    elif fmt == "sh":
        L += ["#!/usr/bin/env bash", "set -euo pipefail"] + ["export %s=%s" % (k, _q(kd, t)) for k, kd, t in ent]
        L += ['exec /app/%s "$@"' % service]
    elif fmt == "dockerfile":
        L += ["FROM gcr.io/distroless/base-debian12", "WORKDIR /app"] + ["ENV %s=%s" % (k, t) for k, kd, t in ent]
        L += ["COPY --from=build /out/%s /app/" % service, 'ENTRYPOINT ["/app/%s"]' % service]
    elif fmt == "tf":
        L += ['module "%s" {' % service.replace("-", "_"), '  source = "../modules/service"']
        L += ["  %s = %s" % (k, _q(kd, t)) for k, kd, t in ent] + ["}"]
    elif fmt == "k8s":
        L += ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % service, "spec:", "  template:",
              "    spec:", "      containers:", "        - name: %s" % service, "          env:"]
        for k, kd, t in ent:
            L += ["            - name: %s" % k, "              value: %s" % _q(kd, t)]
    elif fmt == "compose":
        L += ["services:", "  %s:" % service, "    environment:"] + ["      %s: %s" % (k, _q(kd, t)) for k, kd, t in ent]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- value pools
def secret_pool(c):
    v, S = c.v, c.S

    def pw(ctx="any"):
        return lambda: S(v.password(ctx), "generic-password")

    def uri(scheme):
        def f():
            host = v.host(scheme.split("+")[0].replace("postgresql", "pg"))
            port = {"postgresql": 5432, "mysql": 3306, "mongodb": 27017, "amqps": 5671, "redis": 6379, "smtp": 587,
                    "ldaps": 636, "sqlserver": 1433}.get(scheme, 5432)
            return S("%s://%s:%s@%s:%d/%s" % (scheme, v.svc_user(v.pick(["app", "svc", "worker", "api"])),
                                               v.password("url"), host, port, v.pick(["app", "main", "jobs", "events"])),
                     "credential-uri")
        return f

    return [
        ("db password", pw()), ("smtp password", pw()), ("admin password", pw()), ("redis password", pw("alnum")),
        ("ldap bind password", pw()), ("keystore password", pw()), ("sftp password", pw()), ("rabbitmq password", pw()),
        ("elastic password", pw()), ("proxy password", pw()), ("mq password", pw("safe")),
        ("session secret", lambda: S(v.alnum(48), "app-secret-key")),
        ("encryption key", lambda: S(v.hexkey(64), "encryption-key")),
        ("cookie secret", lambda: S(v.b64key(32), "app-secret-key")),
        ("jwt secret", lambda: S(v.b64key(48), "jwt-signing-secret")),
        ("webhook secret", lambda: S(v.hexkey(40), "webhook-signing-secret")),
        ("internal api token", lambda: S(v.alnum(40), "generic-api-key")),
        ("partner api key", lambda: S(v.hexkey(32), "generic-api-key")),
        ("database url", uri("postgresql")), ("mysql url", uri("mysql")), ("mongo url", uri("mongodb")),
        ("amqp url", uri("amqps")), ("cache url", uri("redis")), ("mail url", uri("smtp")),
        ("jdbc url", lambda: S("jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true" % (
            v.host("mysql"), v.pick(["billing", "catalog", "audit"]), v.svc_user("app"), v.password("url")),
            "db-connection-string")),
        ("sql connection", lambda: S("Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True" % (
            v.host("mssql"), v.pick(["Billing", "Crm", "Audit"]), v.svc_user("app"), v.password("safe")),
            "db-connection-string")),
        ("slack bot token", lambda: S(v.slack("xoxb"), "slack-bot-token")),
        ("slack app token", lambda: S(v.slack("xapp"), "slack-app-token")),
        ("slack user token", lambda: S(v.slack("xoxp"), "slack-user-token")),
        ("stripe secret key", lambda: S(v.stripe("sk_live_"), "stripe-secret-key")),
        ("sendgrid api key", lambda: S(v.sendgrid(), "sendgrid-api-key")),
        ("github token", lambda: S(v.github("ghp"), "github-pat", check="gh-crc")),
        ("github oauth token", lambda: S(v.github("gho"), "github-oauth-token", check="gh-crc")),
        ("github app user token", lambda: S(v.github("ghu"), "github-app-token", check="gh-crc")),
        ("gitlab token", lambda: S(v.gitlab("glpat-"), "gitlab-pat")),
        ("openai api key", lambda: S(v.openai(v.pick(["proj", "svc"])), "openai-api-key")),
        ("anthropic api key", lambda: S(v.anthropic(), "anthropic-api-key")),
        ("hf token", lambda: S(v.hf(), "huggingface-token")),
        ("datadog api key", lambda: S(v.datadog_api(), "datadog-api-key")),
        ("new relic license key", lambda: S(v.newrelic_license(), "newrelic-license-key")),
        ("mailgun api key", lambda: S(v.mailgun(), "mailgun-api-key")),
        ("mailchimp api key", lambda: S(v.mailchimp(), "mailchimp-api-key")),
        ("shopify admin token", lambda: S(v.shopify(v.pick(["shpat_", "shpca_", "shppa_"])), "shopify-access-token")),
        ("square access token", lambda: S(v.square(), "square-access-token")),
        ("square app secret", lambda: S("sq0csp-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43), "square-application-secret")),
        ("twilio auth token", lambda: S(v.hexkey(32), "twilio-auth-token")),
        ("azure storage key", lambda: S(v.azure_storage_key(), "azure-storage-account-key")),
        ("google api key", lambda: S(v.google_api(), "google-api-key")),
        ("dropbox token", lambda: S(v.dropbox(), "dropbox-token")),
        ("vault token", lambda: S(v.vault(), "vault-token")),
        ("okta api token", lambda: S(v.okta(), "okta-api-token")),
        ("linear api key", lambda: S(v.linear(), "linear-api-key")),
        ("digitalocean token", lambda: S(v.digitalocean(), "digitalocean-token")),
        ("heroku api key", lambda: S("HRKU-AA" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 58), "heroku-api-key")),
        ("sentry auth token", lambda: S(v.sentry_user(), "sentry-auth-token")),
        ("npm token", lambda: S(v.npm(), "npm-token", check="npm-crc")),
        ("telegram bot token", lambda: S(v.telegram(), "telegram-bot-token")),
        ("discord webhook", lambda: S(v.discord_webhook(), "discord-webhook")),
    ]


def negative_pool(c, fmt):
    v, N = c.v, c.N

    def ref(key):
        kind, text = env_ref(fmt, key)
        return lambda: (kind, N(text, "env-reference"))

    return [
        ("db password", ref("db password")), ("smtp password", ref("smtp password")), ("api token", ref("api token")),
        ("stripe secret key", ref("stripe secret key")), ("jwt secret", ref("jwt secret")),
        ("db password secret", lambda: ("lit", N("arn:aws:secretsmanager:eu-west-1:%s:secret:%s/db-%s" % (
            v.digits(12), v.pick(["prod", "stg"]), v.s("abcdefghijklmnopqrstuvwxyz0123456789", 6)), "secret-manager-reference"))),
        ("vault path", lambda: ("lit", N("vault:secret/data/%s/%s#password" % (v.pick(["prod", "shared"]), v.pick(["db", "smtp", "ldap"])), "secret-manager-reference"))),
        ("gcp secret", lambda: ("lit", N("projects/%s/secrets/%s/versions/latest" % (v.slug, v.pick(["db-password", "api-key"])), "secret-manager-reference"))),
        ("admin password", lambda: ("lit", N(v.pick(["changeme", "CHANGE_ME", "<admin-password>", "your-password-here", "REPLACE_ME", "xxxxxxxx", "TODO"]), "placeholder"))),
        ("api key", lambda: ("lit", N(v.pick(["<your-api-key>", "YOUR_API_KEY", "insert-key-here", "xxxxxxxxxxxxxxxxxxxxxxxx", "dummy", "${API_KEY}"]), "placeholder"))),
        ("tenant id", lambda: ("lit", N(v.uuid(), "uuid"))),
        ("correlation namespace", lambda: ("lit", N(v.uuid(), "uuid"))),
        ("build sha", lambda: ("lit", N(v.sha1(), "git-sha"))),
        ("release commit", lambda: ("lit", N(v.sha1()[:12], "git-sha"))),
        ("schema checksum", lambda: ("lit", N(v.sha256(), "hash-sha256"))),
        ("asset hash", lambda: ("lit", N(v.md5(), "hash-md5"))),
        ("image digest", lambda: ("lit", N("sha256:" + v.sha256(), "image-digest"))),
        ("oauth client id", lambda: ("lit", N(v.google_client_id(), "public-client-id"))),
        ("launchdarkly client side id", lambda: ("lit", N(v.hexs(24), "public-client-id"))),
        ("stripe publishable key", lambda: ("lit", N(v.stripe_pk(), "publishable-key"))),
        ("posthog project key", lambda: ("lit", N(v.posthog(), "public-client-id"))),
        ("sentry dsn", lambda: ("lit", N(v.sentry_dsn(), "sentry-dsn"))),
        ("datadog client token", lambda: ("lit", N(v.dd_client_token(), "public-client-id"))),
        ("jwt public key path", lambda: ("lit", N("/etc/%s/jwt/public.pem" % v.slug, "file-reference"))),
        ("tls key file", lambda: ("lit", N("/run/secrets/tls.key", "file-reference"))),
        ("password hash", lambda: ("lit", N(v.bcrypt(), "password-hash"))),
        ("recaptcha site key", lambda: ("lit", N("6L" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 38), "public-client-id"))),
        ("test password", lambda: ("lit", N(v.pick(["test", "testtest", "password", "secret", "dev"]), "test-fixture"))),
        ("encoded banner", lambda: ("lit", N(__import__("base64").b64encode(("Welcome to %s %s" % (v.company, v.pick(["staging", "prod", "dev"]))).encode()).decode(), "encoded-data"))),
    ]


PLAIN = [("log level", "info"), ("port", "8080"), ("region", "eu-west-1"), ("timeout seconds", "30"),
         ("max connections", "20"), ("feature new checkout", "true"), ("password min length", "12"),
         ("token ttl seconds", "3600"), ("metrics path", "/metrics"), ("password reset path", "/account/reset"),
         ("queue name", "jobs-default"), ("cache ttl", "300")]


def service(c, root, name, n_secret, n_neg, fmt=None, path=None):
    """Write one service config file with n_secret secrets and n_neg hard negatives."""
    v = c.v
    fmt = fmt or v.pick(sorted(FORMATS))
    sp = v.r.sample(secret_pool(c), n_secret)
    npool = negative_pool(c, fmt)
    np_ = v.r.sample(npool, n_neg)
    plain = v.r.sample(PLAIN, 3)
    entries = []
    for key, mk in sp:
        entries.append((key, "lit", mk()))
    for key, mk in np_:
        kind, text = mk()
        entries.append((key, kind, text))
    for key, val in plain:
        entries.append((key, "lit", val))
    v.r.shuffle(entries)
    seen, uniq = set(), []
    for key, kind, text in entries:       # duplicate keys would look odd; suffix them
        k = key
        while keyname(k, "snake") in seen:
            k = k + " alt"
        seen.add(keyname(k, "snake"))
        uniq.append((k, kind, text))
    p = path or "%s%s/%s" % (root, name, FORMATS[fmt][0])
    c.w(p, render(fmt, name, uniq), dedent=False)
    return fmt
