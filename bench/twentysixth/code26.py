"""Integration code: provider tokens hard-coded in sixteen languages, each file with a public value or an
environment lookup beside them; plus provider-secret dumps from platform CLIs."""

import prov26
from core26 import Doc, b64u, b64u_json, jq


def _camel(var):
    parts = var.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def _pascal(var):
    return "".join(p.capitalize() for p in var.lower().split("_"))


def L(name, folder, ext, head, const, env, negline, foot, mid=()):
    return {"name": name, "folder": folder, "ext": ext, "head": head, "const": const, "env": env,
            "negline": negline, "foot": foot, "mid": list(mid)}


LANGS = [
    L("python", "integrations", "py", ['"""{svc} client for {org}."""', "import os", "", "import requests", "",
                                       'BASE_URL = "https://api.{domain}"'],
      lambda n, v: '%s = "%s"' % (n, v), lambda e: 'os.environ["%s"]' % e, lambda n, v: "%s = %s" % (n, v),
      ["", "", "def post(path, payload):", "    r = requests.post(BASE_URL + path, json=payload, timeout=15)",
       "    r.raise_for_status()", "    return r.json()"]),
    L("javascript", "services", "js", ['"use strict";', "// {svc} wiring for {org}", 'const axios = require("axios");',
                                       "", "const config = {"],
      lambda n, v: '  %s: "%s",' % (_camel(n), v), lambda e: "process.env.%s" % e,
      lambda n, v: "  %s: %s," % (_camel(n), v), ["};", "", "module.exports = config;"]),
    L("typescript", "src/integrations", "ts", ["// {svc} settings for {org}", 'import type { AxiosInstance } from "axios";', ""],
      lambda n, v: 'export const %s = "%s";' % (n, v), lambda e: 'process.env.%s ?? ""' % e,
      lambda n, v: "export const %s = %s;" % (n, v), ["", "export type Client = AxiosInstance;"]),
    L("go", "internal/notify", "go", ["// Package notify talks to {svc} for {org}.", "package notify", "", 'import "os"', "",
                                      "const ("],
      lambda n, v: '\t%s = "%s"' % (_camel(n), v), lambda e: 'os.Getenv("%s")' % e,
      lambda n, v: "var %s = %s" % (_camel(n), v), ["", 'func BaseURL() string { return "https://api.{domain}" }'],
      mid=[")", ""]),
    L("java", "src/main/java/org/ops", "java", ["package org.ops;", "", "// {svc} connector for {org}",
                                                 "public final class {cls}Config {"],
      lambda n, v: '    public static final String %s = "%s";' % (n, v), lambda e: 'System.getenv("%s")' % e,
      lambda n, v: "    public static final String %s = %s;" % (n, v), ["", "    private {cls}Config() {}", "}"]),
    L("kotlin", "app/src/main/kotlin/ops", "kt", ["package ops", "", "// {svc} keys for {org}", "object {cls}Keys {"],
      lambda n, v: '    const val %s = "%s"' % (n, v), lambda e: 'System.getenv("%s")' % e,
      lambda n, v: "    val %s: String? = %s" % (n, v), ["}"]),
    L("csharp", "src/Ops.Integrations", "cs", ["namespace Ops.Integrations;", "", "// {svc} settings for {org}",
                                               "public static class {cls}Settings", "{"],
      lambda n, v: '    public const string %s = "%s";' % (_pascal(n), v),
      lambda e: 'Environment.GetEnvironmentVariable("%s")' % e,
      lambda n, v: "    public static readonly string? %s = %s;" % (_pascal(n), v), ["}"]),
    L("php", "app/Services", "php", ["<?php", "// {svc} credentials for {org}", "return ["],
      lambda n, v: "    '%s' => '%s'," % (n.lower(), v), lambda e: "getenv('%s')" % e,
      lambda n, v: "    '%s' => %s," % (n.lower(), v), ["];"]),
    L("ruby", "config/initializers", "rb", ["# frozen_string_literal: true", "# {svc} for {org}", "module {cls}"],
      lambda n, v: '  %s = "%s"' % (n, v), lambda e: 'ENV.fetch("%s")' % e, lambda n, v: "  %s = %s" % (n, v), ["end"]),
    L("rust", "src", "rs", ["//! {svc} client constants for {org}", "", "use std::env;", ""],
      lambda n, v: 'pub const %s: &str = "%s";' % (n, v), lambda e: 'env::var("%s").unwrap_or_default()' % e,
      lambda n, v: "pub fn %s() -> String { %s }" % (n.lower(), v), []),
    L("swift", "App/Config", "swift", ["import Foundation", "", "// {svc} for {org}", "enum {cls}Secrets {"],
      lambda n, v: '    static let %s = "%s"' % (_camel(n), v), lambda e: 'ProcessInfo.processInfo.environment["%s"]' % e,
      lambda n, v: "    static let %s = %s" % (_camel(n), v), ["}"]),
    L("dart", "lib/config", "dart", ["// {svc} for {org}", "import 'dart:io';", ""],
      lambda n, v: "const String %s = '%s';" % (_camel(n), v), lambda e: "Platform.environment['%s']" % e,
      lambda n, v: "final String? %s = %s;" % (_camel(n), v), []),
    L("elixir", "config", "exs", ["import Config", "", "# {svc} for {org}", "config :ops, Ops.{cls},"],
      lambda n, v: '  %s: "%s",' % (n.lower(), v), lambda e: 'System.get_env("%s")' % e,
      lambda n, v: "  %s: %s," % (n.lower(), v), ["  timeout: 15_000"]),
    L("lua", "scripts", "lua", ["-- {svc} hooks for {org}", "local http = require('socket.http')", ""],
      lambda n, v: 'local %s = "%s"' % (n, v), lambda e: 'os.getenv("%s")' % e, lambda n, v: "local %s = %s" % (n, v),
      ["", "return { send = function(msg) return http.request(msg) end }"]),
    L("perl", "bin", "pl", ["#!/usr/bin/perl", "# {svc} sync for {org}", "use strict;", "use warnings;", ""],
      lambda n, v: "my $%s = '%s';" % (n.lower(), v), lambda e: "$ENV{%s}" % e,
      lambda n, v: "my $%s = %s;" % (n.lower(), v), ["", 'print "ok\\n";']),
    L("powershell", "ops", "ps1", ["# {svc} for {org}", "Set-StrictMode -Version Latest", ""],
      lambda n, v: "$%s = '%s'" % (_pascal(n), v), lambda e: "$env:%s" % e, lambda n, v: "$%s = %s" % (_pascal(n), v),
      ["", "Write-Host 'configured'"]),
]


def _svc(cat):
    return prov26.display(cat)


def envname(ctx, base):
    pfx = ["PROD", "OPS", "APP", "SVC", "LIVE", ctx.slug.split("-")[0].upper()]
    return ctx.uniq(lambda: "%s_%s" % (ctx.r.choice(pfx), base))


def _fmt(t, kw):
    for k, v in kw.items():
        t = t.replace("{%s}" % k, v)
    return t


def integration(ctx, lang, items, neg, idx):
    """items: ('single', cat, var, value) or ('pair', cat, idvar, secvar, idv, secv).
    neg: ('env', var) or ('public', kind, var, value)."""
    svc = " + ".join(dict.fromkeys(_svc(it[1]) for it in items))
    cls = _pascal(items[0][1].split("-")[0])
    fname = "%s/%s_%d.%s" % (lang["folder"], items[0][1].split("-")[0], idx, lang["ext"])
    d = Doc(fname, crlf=(lang["name"] == "powershell"), role="code")
    kw = {"svc": svc, "org": ctx.org_latin, "cls": cls, "domain": ctx.domain}
    for h in lang["head"]:
        d.add(_fmt(h, kw))
    for it in items:
        if it[0] == "single":
            _, cat, var, val = it
            d.sec(lang["const"](var, val), val, cat, "provider")
        else:
            _, cat, idvar, secvar, idv, secv = it
            d.pair([lang["const"](idvar, idv), lang["const"](secvar, secv)], 0, 1, idv, secv, cat)
    if neg[0] == "public":
        _, kind, var, val = neg
        d.neg(lang["const"](var, val), val, "public-by-design")
        for m in lang["mid"]:
            d.add(m)
    else:
        for m in lang["mid"]:
            d.add(m)
        expr = lang["env"](neg[1])
        d.neg(lang["negline"]("FALLBACK_TOKEN", expr), expr, "env-reference")
    for f in lang["foot"]:
        d.add(_fmt(f, kw))
    return d


# ---------------------------------------------------------------- platform CLI dumps
def heroku_config(ctx, items, negs):
    d = Doc("ops/heroku_config_%s.txt" % ctx.r.choice(["backup", "prod", "api"]))
    d.add("# heroku config --shell -a %s-api  (saved before the migration)" % ctx.slug.split("-")[0])
    for cat, var, val in items:
        d.sec("%s='%s'" % (var, val), val, cat, "provider" if cat in prov26.SHAPE else "generic")
    for cat, var, val in negs:
        d.neg("%s='%s'" % (var, val), val, cat)
    return d


def vercel_env(ctx, items, negs):
    d = Doc("web/.env.local")
    d.add("# Created by Vercel CLI")
    oidc = ctx.uniq(lambda: "%s.%s.%s" % (
        b64u_json({"alg": "RS256", "typ": "JWT", "kid": "mrk-" + ctx.hexs(32)}),
        b64u_json({"iss": "https://oidc.vercel.com/%s" % ctx.slug,
                   "sub": "owner:%s:project:web:environment:development" % ctx.slug,
                   "aud": "https://vercel.com/%s" % ctx.slug, "iat": 1735000000 + ctx.r.randrange(10 ** 7)}),
        b64u(bytes(ctx.r.getrandbits(8) for _ in range(256)))))
    for cat, var, val in items:
        d.sec('%s="%s"' % (var, val), val, cat, "provider" if cat in prov26.SHAPE else "generic")
    d.sec('VERCEL_OIDC_TOKEN="%s"' % oidc, oidc, "vercel-oidc-jwt", "provider")
    for cat, var, val in negs:
        d.neg('%s="%s"' % (var, val), val, cat)
    return d


def ssm_dump(ctx, items, negs):
    d = Doc("ops/ssm_%s_params.json" % ctx.r.choice(["prod", "app", "shared"]), fmt="json")
    acct = ctx.r.randrange(10 ** 11, 10 ** 12)
    allp = [(c, v, x, "secret") for c, v, x in items] + [(c, v, x, "neg") for c, v, x in negs]
    ctx.r.shuffle(allp)
    d.add("{")
    d.add('    "Parameters": [')
    for i, (cat, var, val, kind) in enumerate(allp):
        name = "/%s/prod/%s" % (ctx.slug.split("-")[0], var.lower())
        d.add("        {")
        d.add('            "Name": "%s",' % name)
        d.add('            "Type": "%s",' % ("SecureString" if kind == "secret" else "String"))
        if kind == "secret":
            d.sec('            "Value": %s,' % jq(val), val, cat, "provider" if cat in prov26.SHAPE else "generic")
        else:
            d.neg('            "Value": %s,' % jq(val), val, cat)
        d.add('            "Version": %d,' % ctx.r.randrange(1, 9))
        d.add('            "LastModifiedDate": "%s.%03d000+00:00",' % (ctx.ts(), ctx.r.randrange(1000)))
        d.add('            "ARN": "arn:aws:ssm:eu-west-1:%d:parameter%s",' % (acct, name))
        d.add('            "DataType": "text"')
        d.add("        }" + ("," if i < len(allp) - 1 else ""))
    d.add("    ]")
    d.add("}")
    return d


def doppler_json(ctx, items, negs):
    d = Doc("ops/doppler_%s.json" % ctx.r.choice(["prd", "stg", "worker"]), fmt="json")
    d.add("{")
    rows = [("s", c, v, x) for c, v, x in items] + [("n", c, v, x) for c, v, x in negs]
    rows += [("m", None, "DOPPLER_CONFIG", "prd"), ("m", None, "DOPPLER_ENVIRONMENT", "prd"),
             ("m", None, "DOPPLER_PROJECT", ctx.slug)]
    rows.sort(key=lambda t: t[2])
    for i, (k, cat, var, val) in enumerate(rows):
        line = '  "%s": %s%s' % (var, jq(val), "," if i < len(rows) - 1 else "")
        if k == "s":
            d.sec(line, val, cat, "provider" if cat in prov26.SHAPE else "generic")
        elif k == "n":
            d.neg(line, val, cat)
        else:
            d.add(line)
    d.add("}")
    return d


DUMPS = [heroku_config, vercel_env, ssm_dump, doppler_json]
