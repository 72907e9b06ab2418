"""Theme context, key/value syntaxes for the integrations files, their .example twins, generic settings."""
import re

from prov12 import render
from vals12 import V


class Ctx:
    """Per-theme context: value factory, names, the dealt providers, and documents under the theme dir."""

    def __init__(self, corpus, seed, name, deal, pairs, leaks):
        self.corpus, self.name = corpus, name
        self.v = V("twelfth:%s:%s" % (seed, name))
        self.deal, self.pairs, self.leaks = list(deal), list(pairs), list(leaks)
        self.used = []
        self.org = self.city = self.dom = None
        self.notes = []

    def doc(self, rel, crlf=False, free=False):
        return self.corpus.doc("%s/%s" % (self.name, rel), crlf=crlf, free=free)

    def prov(self, avoid=""):
        for i, (cat, setting, spec) in enumerate(self.deal):
            val = render(spec, self.v)
            if any(c in val for c in avoid):
                continue
            self.deal.pop(i)
            self.used.append(cat)
            return cat, setting, val
        raise RuntimeError("provider deal exhausted for " + self.name)

    def pair(self):
        cat, idn, ids, secn, secs = self.pairs.pop(0)
        self.used.append(cat)
        return cat, idn, render(ids, self.v), secn, render(secs, self.v)

    def leak(self):
        cat, setting, spec = self.leaks.pop(0)
        self.used.append(cat)
        return cat, setting, render(spec, self.v)

    # handy names
    def person(self):
        return self.v.choice(FIRST)

    def people(self, k):
        return self.v.sample(FIRST, k)

    def host(self, role):
        return "%s-%s%02d" % (self.short, role, self.v.randint(1, 9))


FIRST = ("Ana Bram Cato Dara Eitan Fern Gus Hedda Ines Jory Kemal Lupe Mads Nia Oren Pia Quin Rosa Sven Tova "
         "Uli Vesna Wade Xiadani Yusuf Zora Ayo Bettina Cyrus Dolores Emeka Farah Gideon Harriet Ivo Jun Kalani "
         "Lorcan Marisol Nils Odile Pradeep Rhea Soren Tamsin Ulla Viggo Wren").split()


# --------------------------------------------------------------------- key styles
def keyname(k, style):
    parts = k.lower().split("_")
    if style == "U":
        return k
    if style == "l":
        return k.lower()
    if style == "c":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "P":
        return "".join(p.capitalize() for p in parts)
    if style == "d":
        return ".".join(parts)
    if style == "k":
        return "-".join(parts)
    raise ValueError(style)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


DQ = lambda s: '"%s"' % s
SQ = lambda s: "'%s'" % s
RAW = lambda s: s


class Syntax:
    def __init__(self, name, fname, style, comment, kv, q=DQ, ref=None, head="", foot="", esc=None, avoid="",
                 crlf=False, indent=""):
        self.name, self.fname, self.style, self.comment = name, fname, style, comment
        self.kv, self.q, self.ref, self.head, self.foot = kv, q, ref, head, foot
        self.esc = esc or (lambda s: s)
        self.avoid, self.crlf, self.indent = avoid, crlf, indent


SYNTAXES = [
    Syntax("dotenv", "integrations.env", "U", "#", lambda k, e: "%s=%s" % (k, e), q=RAW, ref=lambda k: "${%s}" % k, avoid="$ "),
    Syntax("yaml", "integrations.yaml", "l", "#", lambda k, e: "  %s: %s" % (k, e), ref=lambda k: "${%s}" % k,
           head="integrations:\n"),
    Syntax("json", "integrations.json", "c", None, lambda k, e: '  "%s": %s,' % (k, e), ref=lambda k: '"${%s}"' % k,
           head="{\n", foot='  "_schema": 3\n}\n'),
    Syntax("toml", "integrations.toml", "l", "#", lambda k, e: "%s = %s" % (k, e), q=SQ, ref=None, head="[integrations]\n"),
    Syntax("properties", "integrations.properties", "d", "#", lambda k, e: "%s=%s" % (k, e), q=RAW,
           ref=lambda k: "${%s}" % k),
    Syntax("python", "integrations_settings.py", "U", "#", lambda k, e: "%s = %s" % (k, e),
           ref=lambda k: 'os.environ["%s"]' % k, head='import os\n\n'),
    Syntax("go", "integrations.go", "P", "//", lambda k, e: "\t%s = %s" % (k, e), q=lambda s: "`%s`" % s,
           ref=lambda k: 'os.Getenv("%s")' % k, head="package config\n\nimport \"os\"\n\nvar (\n", foot=")\n", avoid="`"),
    Syntax("tfvars", "integrations.auto.tfvars", "l", "#", lambda k, e: "%s = %s" % (k, e), ref=None, avoid="$"),
    Syntax("k8s-secret", "integrations-secret.yaml", "U", "#", lambda k, e: "  %s: %s" % (k, e), q=SQ, ref=None,
           head="apiVersion: v1\nkind: Secret\nmetadata:\n  name: integrations\n  namespace: ops\ntype: Opaque\nstringData:\n"),
    Syntax("powershell", "Set-Integrations.ps1", "U", "#", lambda k, e: "$env:%s = %s" % (k, e), q=SQ,
           ref=lambda k: "(Get-Secret -Name %s -AsPlainText)" % k, crlf=True),
    Syntax("ini", "integrations.ini", "l", ";", lambda k, e: "%s = %s" % (k, e), q=RAW, ref=lambda k: "%%(%s)s" % k.lower(),
           head="[integrations]\n", crlf=True, avoid="%"),
    Syntax("js", "integrations.config.js", "c", "//", lambda k, e: "  %s: %s," % (k, e), q=SQ,
           ref=lambda k: "process.env.%s" % k, head="module.exports = {\n", foot="};\n"),
    Syntax("php", "integrations.php", "l", "//", lambda k, e: "    '%s' => %s," % (k, e), q=SQ,
           ref=lambda k: "getenv('%s')" % k, head="<?php\n\nreturn [\n", foot="];\n"),
    Syntax("appsettings-xml", "Integrations.config", "P", None, lambda k, e: '    <add key="%s" value=%s />' % (k, e),
           esc=xesc, ref=None, head='<?xml version="1.0" encoding="utf-8"?>\n<appSettings>\n', foot="</appSettings>\n", crlf=True),
    Syntax("compose", "docker-compose.integrations.yml", "U", "#", lambda k, e: "      %s: %s" % (k, e),
           ref=lambda k: '"${%s}"' % k, head="services:\n  connector:\n    image: registry.internal/connector:4.2\n    environment:\n",
           avoid="$"),
    Syntax("systemd", "connector.service.d/integrations.conf", "U", "#", lambda k, e: 'Environment="%s=%s"' % (k, e[1:-1] if e.startswith('"') else e),
           ref=None, head="[Service]\n", avoid='$% "'),
    Syntax("csharp", "IntegrationSecrets.cs", "P", "//", lambda k, e: "    public const string %s = %s;" % (k, e),
           ref=lambda k: 'Environment.GetEnvironmentVariable("%s")' % k,
           head="namespace Ops.Connector\n{\n  internal static class IntegrationSecrets\n  {\n", foot="  }\n}\n", crlf=True),
    Syntax("elixir", "config/integrations.exs", "l", "#", lambda k, e: "  %s: %s," % (k, e),
           ref=lambda k: 'System.fetch_env!("%s")' % k, head="import Config\n\nconfig :connector, :integrations,\n",
           foot="  pool_size: 4\n", avoid="#"),
    Syntax("hocon", "integrations.conf", "c", "#", lambda k, e: "  %s = %s" % (k, e), ref=lambda k: "${?%s}" % k,
           head="integrations {\n", foot="}\n", avoid="$"),
    Syntax("ruby", "config/initializers/integrations.rb", "U", "#", lambda k, e: "  %s = %s" % (k, e), q=SQ,
           ref=lambda k: 'ENV.fetch("%s")' % k, head="module Integrations\n", foot="end\n"),
    Syntax("lua", "integrations.lua", "l", "--", lambda k, e: "  %s = %s," % (k, e), ref=lambda k: 'os.getenv("%s")' % k,
           head="return {\n", foot="}\n"),
    Syntax("perl", "Integrations.pm", "l", "#", lambda k, e: "    %s => %s," % (k, e), q=SQ, ref=lambda k: "$ENV{%s}" % k,
           head="package Integrations;\nuse strict;\n\nour %CONF = (\n", foot=");\n\n1;\n"),
    Syntax("rust", "src/integrations.rs", "U", "//", lambda k, e: "pub const %s: &str = %s;" % (k, e),
           ref=lambda k: 'env!("%s")' % k),
    Syntax("kotlin", "Integrations.kt", "U", "//", lambda k, e: "    const val %s = %s" % (k, e),
           ref=lambda k: 'System.getenv("%s")' % k, head="package ops.connector\n\nobject Integrations {\n", foot="}\n", avoid="$"),
    Syntax("nix", "integrations.nix", "c", "#", lambda k, e: "  %s = %s;" % (k, e), ref=lambda k: 'builtins.getEnv "%s"' % k,
           head="{\n", foot="}\n", avoid="$"),
    Syntax("dockerfile", "Dockerfile.integrations", "U", "#", lambda k, e: "ENV %s=%s" % (k, e),
           ref=lambda k: "${%s}" % k, head="FROM registry.internal/connector-base:3.9\n", avoid="$"),
    Syntax("bat", "set-integrations.cmd", "U", "REM", lambda k, e: "set %s=%s" % (k, e), q=RAW, ref=lambda k: "%%%s%%" % k,
           head="@echo off\n", crlf=True, avoid="%^&|<>"),
    Syntax("fish", "integrations.fish", "U", "#", lambda k, e: "set -gx %s %s" % (k, e), q=SQ,
           ref=lambda k: "(pass show ops/%s)" % k.lower()),
    Syntax("envrc", ".envrc", "U", "#", lambda k, e: "export %s=%s" % (k, e), q=SQ,
           ref=lambda k: '"$(pass show ops/%s)"' % k.lower()),
    Syntax("makefile", "integrations.mk", "U", "#", lambda k, e: "export %s := %s" % (k, e), q=RAW,
           ref=lambda k: "$(shell pass show ops/%s)" % k.lower(), avoid="$#"),
    # new in the twelfth corpus
    Syntax("edn", "resources/integrations.edn", "k", ";;", lambda k, e: " :%s %s" % (k, e), ref=lambda k: '#env %s' % k,
           head="{\n", foot="}\n"),
    Syntax("jsonnet", "integrations.libsonnet", "c", "//", lambda k, e: "  %s: %s," % (k, e), q=SQ,
           ref=lambda k: "std.extVar('%s')" % k, head="{\n", foot="}\n"),
    Syntax("cue", "integrations.cue", "c", "//", lambda k, e: "\t%s: %s" % (k, e), ref=lambda k: '"@env(%s)"' % k,
           head="package connector\n\nintegrations: {\n", foot="}\n", avoid="\\"),
    Syntax("psd1", "Integrations.psd1", "P", "#", lambda k, e: "    %s = %s" % (k, e), q=SQ, ref=None,
           head="@{\n", foot="}\n", crlf=True),
    Syntax("erlang", "sys.config", "l", "%", lambda k, e: "    {%s, %s}," % (k, e), q=lambda s: '<<"%s">>' % s,
           ref=lambda k: '{env, "%s"}' % k, head="[{connector, [\n", foot="    {pool, 4}\n]}].\n"),
    Syntax("scala", "Integrations.scala", "c", "//", lambda k, e: "  val %s = %s" % (k, e), ref=lambda k: 'sys.env("%s")' % k,
           head="package ops.connector\n\nobject Integrations {\n", foot="}\n", avoid="$"),
    Syntax("pkl", "integrations.pkl", "c", "//", lambda k, e: "%s = %s" % (k, e), ref=lambda k: 'read("env:%s")' % k,
           head="module ops.connector.Integrations\n\n", avoid="\\"),
    Syntax("kdl", "integrations.kdl", "k", "//", lambda k, e: "    %s %s" % (k, e), ref=None, head="integrations {\n",
           foot="}\n"),
    Syntax("nginx", "conf.d/integrations.fastcgi", "U", "#", lambda k, e: "fastcgi_param %s %s;" % (k, e),
           ref=lambda k: '"$%s"' % k.lower(), avoid="$;"),
    Syntax("swift", "Integrations.swift", "c", "//", lambda k, e: "    static let %s = %s" % (k, e),
           ref=lambda k: 'ProcessInfo.processInfo.environment["%s"]!' % k, head="enum Integrations {\n", foot="}\n",
           avoid="\\"),
]
SYN = {s.name: s for s in SYNTAXES}


def twin_suffix(v):
    return v.choice([".example", ".sample", ".dist", ".template", ".tmpl"])


def prefix_placeholder(value, v):
    """A placeholder shaped like the value's prefix: ghp_xxxx…, sk_live_XXXX…, <your-key>…"""
    m = re.match(r"^([A-Za-z0-9]{1,12}(?:[_.\-][A-Za-z0-9]{1,10}){0,2}[_.\-])", value)
    if m and len(m.group(1)) < len(value) - 8 and len(m.group(1)) <= 18:
        fill = v.choice(["x", "X", "0", "*"])
        if fill == "*":
            fill = "x"
        return m.group(1) + fill * min(32, len(value) - len(m.group(1)))
    return v.choice(["<your-api-key>", "REPLACE_ME", "changeme", "<insert token>", "TODO-set-in-vault", "xxxxxxxxxxxxxxxx",
                     "your-key-here", "<paste-from-vendor-portal>", "CHANGE_ME_BEFORE_DEPLOY", "<redacted>"])


def reference(key, syn, v, org):
    """A reference (not a value) for key in the twin of a file of syntax syn: (text, category, quoted?)."""
    opts = []
    if syn.ref:
        opts += [("native", "env-reference")] * 3
    opts += [("ci", "ci-reference"), ("vault", "vault-reference"), ("op", "secret-reference"),
             ("aws", "secret-reference"), ("kv", "secret-reference"), ("tpl", "template-reference"),
             ("vaulttpl", "vault-reference"), ("doppler", "secret-reference")]
    kind, cat = v.choice(opts)
    lk = key.lower().replace("_", "-")
    if kind == "native":
        return syn.ref(key), cat, False
    t = {"ci": "${{ secrets.%s }}" % key,
         "vault": "vault:secret/data/%s/integrations#%s" % (org, key.lower()),
         "op": "op://%s-ops/%s/credential" % (org, lk),
         "aws": "{{resolve:secretsmanager:%s/integrations:SecretString:%s}}" % (org, key.lower()),
         "kv": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (org, lk),
         "tpl": "{{ %s }}" % key.lower(),
         "vaulttpl": '{{ with secret "kv/data/%s" }}{{ .Data.data.%s }}{{ end }}' % (org, key.lower()),
         "doppler": "doppler://%s/prd/%s" % (org, key)}[kind]
    if any(c in t for c in syn.avoid):
        return "${{ secrets.%s }}" % key if "$" not in syn.avoid else "<set-at-deploy-time>", (
            "ci-reference" if "$" not in syn.avoid else "placeholder"), True
    return t, cat, True


# --------------------------------------------------------------------- generic settings
GENERIC_KEYS = ["DATABASE_URL", "REDIS_URL", "AMQP_URL", "ELASTICSEARCH_URL", "NATS_URL", "SESSION_SECRET",
                "COOKIE_SECRET", "JWT_SECRET", "ENCRYPTION_KEY", "WEBHOOK_SIGNING_SECRET", "MINIO_SECRET_KEY",
                "LDAP_BIND_PASSWORD", "SMTP_PASSWORD", "SFTP_PASSWORD", "MQTT_PASSWORD", "ADMIN_PASSWORD",
                "CLICKHOUSE_URL", "INFLUX_PASSWORD", "KAFKA_SASL_PASSWORD", "CSRF_SECRET"]


def generic_value(key, ctx):
    v, org = ctx.v, ctx.short
    u = v.urisafe()
    h = "%s.%s.internal" % (v.choice(["db1", "pg-main", "data01", "core-db"]), org)
    return {
        "DATABASE_URL": v.choice(["postgres://%s_app:%s@%s:5432/%s" % (org, u, h, org),
                                  "mysql://%s:%s@%s:3306/%s_prod" % (org, u, h, org),
                                  "mongodb+srv://svc_%s:%s@cluster0.%s.mongodb.net/ops" % (org, u, v.lodg(5))]),
        "REDIS_URL": "rediss://default:%s@cache.%s.internal:6380/0" % (u, org),
        "AMQP_URL": "amqps://%s:%s@mq.%s.internal:5671/ops" % (org, u, org),
        "ELASTICSEARCH_URL": "https://elastic:%s@search.%s.internal:9200" % (u, org),
        "NATS_URL": "nats://connector:%s@nats.%s.internal:4222" % (u, org),
        "CLICKHOUSE_URL": "clickhouse://ingest:%s@ch.%s.internal:9440/events?secure=true" % (u, org),
        "SESSION_SECRET": v.hx(64), "COOKIE_SECRET": v.b64(32), "JWT_SECRET": v.b64url(48), "ENCRYPTION_KEY": v.b64(32),
        "WEBHOOK_SIGNING_SECRET": v.hx(48), "MINIO_SECRET_KEY": v.an(40), "CSRF_SECRET": v.an(32),
        "LDAP_BIND_PASSWORD": v.pw(), "SMTP_PASSWORD": v.pw(), "SFTP_PASSWORD": v.pw(), "MQTT_PASSWORD": v.pw(),
        "ADMIN_PASSWORD": v.pw(), "INFLUX_PASSWORD": v.pw(), "KAFKA_SASL_PASSWORD": v.pw(),
    }[key]


GENERIC_CAT = {"DATABASE_URL": "database-url", "REDIS_URL": "redis-url", "AMQP_URL": "amqp-url",
               "ELASTICSEARCH_URL": "elasticsearch-url", "NATS_URL": "nats-url", "CLICKHOUSE_URL": "clickhouse-url",
               "SESSION_SECRET": "session-secret", "COOKIE_SECRET": "cookie-secret", "JWT_SECRET": "jwt-secret",
               "ENCRYPTION_KEY": "encryption-key", "WEBHOOK_SIGNING_SECRET": "webhook-signing-secret",
               "MINIO_SECRET_KEY": "minio-secret-key", "CSRF_SECRET": "csrf-secret", "LDAP_BIND_PASSWORD": "ldap-bind-password",
               "SMTP_PASSWORD": "smtp-password", "SFTP_PASSWORD": "sftp-password", "MQTT_PASSWORD": "mqtt-password",
               "ADMIN_PASSWORD": "admin-password", "INFLUX_PASSWORD": "influx-password", "KAFKA_SASL_PASSWORD": "kafka-sasl-password"}
