"""Multi-provider integration files, each in one of 20 language/config syntaxes not used by earlier corpora."""

import neg20 as N
import prov20
import vals20 as V


def snake(var):
    return var.lower()


def camel(var):
    p = var.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def kebab(var):
    return var.lower().replace("_", "-")


def pascal(var):
    return "".join(x.title() for x in var.lower().split("_"))


# each syntax: path, crlf, naming, bad chars for values, head, assign, env-ref expression, comment prefix, tail
SYNTAXES = {
    "tsql": dict(
        path="db/integrations/seed_settings_{app}.sql", crlf=True, name=snake, bad="'",
        head=lambda c, a: "USE [Integrations];\nGO\nSET NOCOUNT ON;\n",
        assign=lambda n, v: "DECLARE @%s nvarchar(400) = N'%s';" % (n, v),
        ref=lambda c, var: N.ref(c, var, "keyvault"), refwrap=lambda n, r: "DECLARE @%s nvarchar(400) = N'%s';" % (n, r),
        comment="-- ",
        tail=lambda c, a: "MERGE dbo.settings AS t USING (VALUES (N'%s', SYSUTCDATETIME())) AS s(app, updated)\n  ON t.app = s.app\n"
                          "WHEN MATCHED THEN UPDATE SET updated = s.updated;\nGO\n" % a),
    "plpgsql": dict(
        path="db/migrations/V{n}__{app}_integrations.sql", crlf=False, name=snake, bad="'",
        head=lambda c, a: "DO $$\nBEGIN\n",
        assign=lambda n, v: "  INSERT INTO app.integration_settings (name, value) VALUES ('%s', '%s') ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value;" % (n, v),
        ref=lambda c, var: c.N("current_setting('app.%s')" % var.lower(), "reference-pg-setting"),
        refwrap=lambda n, r: "  PERFORM set_config('app.%s_source', %s, false);" % (n, r),
        comment="  -- ", tail=lambda c, a: "END\n$$;\n"),
    "bicep": dict(
        path="infra/bicep/{app}.bicep", crlf=False, name=camel, bad="'",
        head=lambda c, a: "targetScope = 'resourceGroup'\n\nparam location string = resourceGroup().location\n",
        assign=lambda n, v: "@secure()\nparam %s string = '%s'" % (n, v),
        assign_pub=lambda n, v: "param %s string = '%s'" % (n, v),
        ref=lambda c, var: c.N("kv.getSecret('%s')" % var.lower().replace("_", "-"), "reference-bicep-keyvault"),
        refwrap=lambda n, r: "var %sRef = %s" % (n, r), comment="// ",
        tail=lambda c, a: "\nresource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'kv-%s'\n}\n" % a),
    "ballerina": dict(
        path="integrations/{app}/main.bal", crlf=False, name=camel, bad='"\\',
        head=lambda c, a: "import ballerina/http;\nimport ballerina/os;\n\n",
        assign=lambda n, v: 'configurable string %s = "%s";' % (n, v),
        ref=lambda c, var: c.N('os:getEnv("%s")' % var, "reference-env-ballerina"),
        refwrap=lambda n, r: "final string %s = %s;" % (n, r), comment="// ",
        tail=lambda c, a: '\nservice /hooks on new http:Listener(9090) {\n    resource function post events(http:Request req) returns http:Ok {\n        return {};\n    }\n}\n'),
    "apex": dict(
        path="salesforce/force-app/main/default/classes/{App}Integration.cls", crlf=True, name=lambda v: v.upper(), bad="'\\",
        head=lambda c, a: "public with sharing class %sIntegration {\n" % a.title().replace("-", ""),
        assign=lambda n, v: "    private static final String %s = '%s';" % (n, v),
        ref=lambda c, var: c.N("callout:%s_NC" % var.split("_")[0].title(), "reference-apex-named-credential"),
        refwrap=lambda n, r: "    private static final String %s_ENDPOINT = '%s';" % (n, r), comment="    // ",
        tail=lambda c, a: "\n    public static HttpResponse ping() {\n        HttpRequest req = new HttpRequest();\n        req.setMethod('GET');\n        return new Http().send(req);\n    }\n}\n"),
    "cfml": dict(
        path="legacy/{app}/Application.cfc", crlf=True, name=camel, bad='"#',
        head=lambda c, a: 'component {\n    this.name = "%s";\n    function onApplicationStart() {\n' % a,
        assign=lambda n, v: '        application.%s = "%s";' % (n, v),
        ref=lambda c, var: c.N("server.system.environment.%s" % var, "reference-env-cfml"),
        refwrap=lambda n, r: "        application.%s = %s;" % (n, r), comment="        // ",
        tail=lambda c, a: "        return true;\n    }\n}\n"),
    "xquery": dict(
        path="exist/modules/{app}-config.xqm", crlf=False, name=kebab, bad='"&<{}',
        head=lambda c, a: 'xquery version "3.1";\n\nmodule namespace cfg = "http://%s/ns/config";\n\n' % c.domain,
        assign=lambda n, v: 'declare variable $cfg:%s := "%s";' % (n, v),
        ref=lambda c, var: c.N('environment-variable("%s")' % var, "reference-env-xquery"),
        refwrap=lambda n, r: "declare variable $cfg:%s := %s;" % (n, r), comment="(: ",
        tail=lambda c, a: ""),
    "xslt": dict(
        path="publishing/xsl/{app}-export.xsl", crlf=False, name=camel, bad="'\"&<",
        head=lambda c, a: '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n',
        assign=lambda n, v: "  <xsl:param name=\"%s\" select=\"'%s'\"/>" % (n, v),
        ref=lambda c, var: c.N("environment-variable('%s')" % var, "reference-env-xslt"),
        refwrap=lambda n, r: '  <xsl:param name="%s" select="%s"/>' % (n, r), comment="  <!-- ",
        tail=lambda c, a: '  <xsl:template match="/">\n    <xsl:copy-of select="."/>\n  </xsl:template>\n</xsl:stylesheet>\n'),
    "raku": dict(
        path="tools/{app}-sync.raku", crlf=False, name=kebab, bad="'\\",
        head=lambda c, a: "#!/usr/bin/env raku\nuse Cro::HTTP::Client;\n\n",
        assign=lambda n, v: "my $%s = '%s';" % (n, v),
        ref=lambda c, var: c.N("%%*ENV<%s>" % var, "reference-env-raku"),
        refwrap=lambda n, r: "my $%s = %s;" % (n, r), comment="# ",
        tail=lambda c, a: "\nsub MAIN() {\n    say 'sync done';\n}\n"),
    "prolog": dict(
        path="rules/{app}_integrations.pl", crlf=False, name=snake, bad="'\\",
        head=lambda c, a: ":- module(%s_integrations, [credential/2]).\n\n" % a.replace("-", "_"),
        assign=lambda n, v: "credential(%s, '%s')." % (n, v),
        ref=lambda c, var: c.N("getenv('%s', Value)" % var, "reference-env-prolog"),
        refwrap=lambda n, r: "credential(%s, Value) :- %s." % (n, r), comment="% ",
        tail=lambda c, a: ""),
    "guile": dict(
        path="guix/{app}-services.scm", crlf=False, name=kebab, bad='"\\',
        head=lambda c, a: "(define-module (%s services)\n  #:use-module (gnu services))\n\n" % a,
        assign=lambda n, v: '(define %s "%s")' % (n, v),
        ref=lambda c, var: c.N('(getenv "%s")' % var, "reference-env-guile"),
        refwrap=lambda n, r: "(define %s %s)" % (n, r), comment=";; ",
        tail=lambda c, a: ""),
    "fennel": dict(
        path="hammerspoon/{app}-config.fnl", crlf=False, name=kebab, bad='"\\',
        head=lambda c, a: "(local config\n  {",
        assign=lambda n, v: '   :%s "%s"' % (n, v),
        ref=lambda c, var: c.N('(os.getenv "%s")' % var, "reference-env-fennel"),
        refwrap=lambda n, r: "   :%s %s" % (n, r), comment="   ;; ",
        tail=lambda c, a: "   :timeout 30})\n\nconfig\n"),
    "janet": dict(
        path="scripts/{app}.janet", crlf=False, name=kebab, bad='"\\',
        head=lambda c, a: "(import spork/http)\n\n",
        assign=lambda n, v: '(def %s "%s")' % (n, v),
        ref=lambda c, var: c.N('(os/getenv "%s")' % var, "reference-env-janet"),
        refwrap=lambda n, r: "(def %s %s)" % (n, r), comment="# ",
        tail=lambda c, a: '\n(defn main [& args]\n  (print "ok"))\n'),
    "hy": dict(
        path="jobs/{app}_sync.hy", crlf=False, name=lambda v: v.upper().replace("_", "-"), bad='"\\',
        head=lambda c, a: "(import os requests)\n\n",
        assign=lambda n, v: '(setv %s "%s")' % (n, v),
        ref=lambda c, var: c.N('(os.getenv "%s")' % var, "reference-env-hy"),
        refwrap=lambda n, r: "(setv %s %s)" % (n, r), comment=";; ",
        tail=lambda c, a: '\n(defn main []\n  (print "synced"))\n'),
    "haxe": dict(
        path="game-kiosk/src/Secrets.hx", crlf=False, name=lambda v: v.upper(), bad='"\\$',
        head=lambda c, a: "package;\n\nclass Secrets {\n",
        assign=lambda n, v: '    public static inline final %s = "%s";' % (n, v),
        ref=lambda c, var: c.N('Sys.getEnv("%s")' % var, "reference-env-haxe"),
        refwrap=lambda n, r: "    public static final %s_RUNTIME = %s;" % (n, r), comment="    // ",
        tail=lambda c, a: "}\n"),
    "gdscript": dict(
        path="kiosk/autoload/backend.gd", crlf=False, name=lambda v: v.upper(), bad='"\\',
        head=lambda c, a: "extends Node\n\n",
        assign=lambda n, v: 'const %s := "%s"' % (n, v),
        ref=lambda c, var: c.N('OS.get_environment("%s")' % var, "reference-env-gdscript"),
        refwrap=lambda n, r: "var %s_runtime := %s" % (n.lower(), r), comment="# ",
        tail=lambda c, a: '\nfunc _ready() -> void:\n\tprint("backend ready")\n'),
    "wolfram": dict(
        path="analysis/{app}-feeds.wl", crlf=False, name=pascal, bad='"\\',
        head=lambda c, a: "(* ::Package:: *)\n\n",
        assign=lambda n, v: '$%s = "%s";' % (n, v),
        ref=lambda c, var: c.N('Environment["%s"]' % var, "reference-env-wolfram"),
        refwrap=lambda n, r: "$%s = %s;" % (n, r), comment="(* ",
        tail=lambda c, a: "\nfetch[url_] := URLExecute[url, \"RawJSON\"]\n"),
    "stata": dict(
        path="analysis/do/{app}_pull.do", crlf=True, name=lambda v: v.upper(), bad='"`$\\',
        head=lambda c, a: "version 18\nclear all\nset more off\n",
        assign=lambda n, v: 'global %s "%s"' % (n, v),
        ref=lambda c, var: c.N(": env %s" % var, "reference-env-stata"),
        refwrap=lambda n, r: "local %s %s" % (n.lower(), r), comment="* ",
        tail=lambda c, a: "\nimport delimited using \"https://api.example.invalid/export.csv\", clear\nsave \"%s.dta\", replace\n" % a),
    "rexx": dict(
        path="mainframe/exec/{APP}CFG.rexx", crlf=False, name=lambda v: v.upper(), bad="'",
        head=lambda c, a: "/* REXX */\n",
        assign=lambda n, v: "%s = '%s'" % (n, v),
        ref=lambda c, var: c.N("value('%s',,'ENVIRONMENT')" % var, "reference-env-rexx"),
        refwrap=lambda n, r: "%s = %s" % (n, r), comment="/* ",
        tail=lambda c, a: "say 'config loaded'\nexit 0\n"),
    "kcl": dict(
        path="deploy/kcl/{app}/main.k", crlf=False, name=snake, bad='"\\$',
        head=lambda c, a: "import k8s.api.core.v1\n\nschema Integrations:\n    endpoint: str\n\n",
        assign=lambda n, v: '%s = "%s"' % (n, v),
        ref=lambda c, var: c.N('option("%s")' % var.lower(), "reference-kcl-option"),
        refwrap=lambda n, r: "%s = %s" % (n, r), comment="# ",
        tail=lambda c, a: ""),
}

IDENT_KINDS = [("PROJECT_ID", "uuid"), ("TENANT_ID", "uuid"), ("ORG_ID", "objectid"), ("WORKSPACE_ID", "ulid"),
               ("ACCOUNT_ID", "uuid7"), ("INSTALLATION_ID", "build-id")]
SAFE = set(V.ALNUM + "_-.:/+=")


def render(ctx, syn):
    spec = SYNTAXES[syn]
    a = ctx.choice(ctx.theme["apps"])
    path = spec["path"].format(app=a.replace("-", "_") if syn in ("plpgsql", "hy", "stata", "prolog", "tsql") else a,
                               App=a.title().replace("-", ""), APP=a.upper().replace("-", "")[:8], n=ctx.randint(12, 48))
    name, bad = spec["name"], spec["bad"]
    pub_assign = spec.get("assign_pub", spec["assign"])
    ok = lambda s: not any(ch in bad for ch in _sample(ctx, s))
    lines = [spec["head"](ctx, a)]
    c = spec["comment"]
    close = {"(: ": " :)", "  <!-- ": " -->", "(* ": " *)", "/* ": " */"}.get(c, "")
    lines.append("%s%s integrations - %s%s" % (c, ctx.v["org"], ctx.choice(ctx.theme["words"]), close))
    shapes = ctx.deck("provider", sorted(prov20.SHAPES)).deal(ctx.choice([2, 3, 3, 4, 4]), ok)
    if ctx.chance(0.7):
        pname = ctx.deck("pairs", sorted(prov20.PAIRS)).deal(1)[0]
        pid, psec = ctx.spair(pname)
        v = prov20.PAIRS[pname]
        lines.append(pub_assign(name(v[1]), pid))
        lines.append(spec["assign"](name(v[2]), psec))
    for s in shapes:
        var = prov20.SHAPES[s][1]
        lines.append(spec["assign"](name(var), ctx.stok(s)))
    if ctx.chance(0.35):
        lines.append(spec["assign"](name("WEBHOOK_SIGNING_SECRET"), ctx.sgen("webhook-secret", "hex", 64)))
    iv, ik = ctx.choice(IDENT_KINDS)
    lines.append(pub_assign(name(iv), N.ident(ctx, ik)))
    pub = ctx.deck("public", sorted(prov20.PUBLIC)).deal(1, lambda p: True)[0]
    lines.append(pub_assign(name(prov20.PUBLIC[pub][1]), N.public(ctx, pub)))
    if ctx.chance(0.6):
        var = ctx.choice(["DB_PASSWORD", "SMTP_PASSWORD", "SFTP_PASSWORD", "BROKER_PASSWORD"])
        lines.append(spec["refwrap"](name(var), spec["ref"](ctx, var)))
    else:
        lines.append(spec["assign"](name(ctx.choice(["SANDBOX_API_KEY", "STAGING_TOKEN", "TEST_SECRET"])),
                                    N.vendor_placeholder(ctx) if not any(ch in bad for ch in "<> ") else N.placeholder(ctx, avoid=bad + " <>")))
    lines.append(spec["tail"](ctx, a))
    text = "\n".join(l for l in lines if l is not None)
    if not text.endswith("\n"):
        text += "\n"
    ctx.add(path, text, crlf=spec["crlf"])


def _sample(ctx, shape):
    """Characters a shape can produce (checked on a throwaway draw from a separate generator)."""
    import random
    r = random.Random("integ-sample:" + shape)
    return "".join(prov20.SHAPES[shape][2](r) for _ in range(3))
