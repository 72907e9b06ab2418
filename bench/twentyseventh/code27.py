"""Sixteen integration languages and four platform-CLI secret dumps."""

import json

from core27 import DIG, Doc, jstr, rs
import prov27


def _pascal(var):
    return "".join(w.capitalize() for w in var.lower().split("_"))


def _camel(var):
    p = _pascal(var)
    return p[0].lower() + p[1:]


def _snake(var):
    return var.lower()


def _kebab(var):
    return var.lower().replace("_", "-")


# language: (extension, crlf, header, decl, env, footer(first_name))
LANGS = {
    "scala": ("scala", False, ["package %(pkg)s", "", "import java.net.http.HttpRequest", "", "object Integrations {"],
              '  val %(P)s = "%(v)s"', '  val %(P)s = sys.env("%(V)s")',
              lambda n: ["", "  def auth(b: HttpRequest.Builder): HttpRequest.Builder =",
                         '    b.header("Authorization", s"Bearer $%s")' % _pascal(n), "}"]),
    "clojure": ("clj", False, ["(ns %(pkg)s.integrations", "  (:require [clj-http.client :as http]))", ""],
                '(def %(k)s "%(v)s")', '(def %(k)s (System/getenv "%(V)s"))',
                lambda n: ["", "(defn fetch [url]",
                           '  (http/get url {:headers {"Authorization" (str "Bearer " %s)}}))' % _kebab(n)]),
    "haskell": ("hs", False, ["{-# LANGUAGE OverloadedStrings #-}", "module Integrations where", "",
                              "import qualified Data.ByteString.Char8 as B", "import System.Environment (getEnv)", ""],
                '%(c)s = "%(v)s" :: B.ByteString', '%(c)sIO = getEnv "%(V)s"',
                lambda n: ["", "authHeader :: (B.ByteString, B.ByteString)",
                           'authHeader = ("Authorization", "Bearer " <> %s)' % _camel(n)]),
    "julia": ("jl", False, ["module Integrations", "", "using HTTP", ""],
              'const %(V)s = raw"%(v)s"', 'const %(V)s = ENV["%(V)s"]',
              lambda n: ["", 'fetch(url) = HTTP.get(url, ["Authorization" => "Bearer " * %s])' % n, "", "end"]),
    "nim": ("nim", False, ["import std/[httpclient, os]", ""],
            'const %(c)s* = "%(v)s"', 'let %(c)s* = getEnv("%(V)s")',
            lambda n: ["", "proc client*(): HttpClient =", "  result = newHttpClient()",
                       '  result.headers = newHttpHeaders({"Authorization": "Bearer " & %s})' % _camel(n)]),
    "crystal": ("cr", False, ['require "http/client"', "", "module Integrations"],
                '  %(V)s = "%(v)s"', '  %(V)s = ENV["%(V)s"]',
                lambda n: ["", "  def self.headers", '    HTTP::Headers{"Authorization" => "Bearer #{%s}"}' % n,
                           "  end", "end"]),
    "ocaml": ("ml", False, ["(* integration settings *)", ""],
              'let %(s)s = "%(v)s"', 'let %(s)s = Sys.getenv "%(V)s"',
              lambda n: ["", 'let auth_header = ("Authorization", "Bearer " ^ %s)' % _snake(n)]),
    "fsharp": ("fs", False, ["module Integrations", "", "open System", "open System.Net.Http", ""],
               'let [<Literal>] %(P)s = "%(v)s"', 'let %(c)s = Environment.GetEnvironmentVariable "%(V)s"',
               lambda n: ["", "let client () =", "    let c = new HttpClient()",
                          '    c.DefaultRequestHeaders.Add("Authorization", "Bearer " + %s)' % _pascal(n), "    c"]),
    "groovy": ("groovy", False, ["// integration settings for the nightly job", ""],
               "def %(c)s = '%(v)s'", "def %(c)s = System.getenv('%(V)s')",
               lambda n: ["", "def conn = new URL(args[0]).openConnection()",
                          "conn.setRequestProperty('Authorization', \"Bearer ${%s}\")" % _camel(n),
                          "println conn.responseCode"]),
    "objc": ("m", False, ["#import <Foundation/Foundation.h>", ""],
             'static NSString * const k%(P)s = @"%(v)s";',
             'static NSString *%(P)sFromEnv(void) { return NSProcessInfo.processInfo.environment[@"%(V)s"]; }',
             lambda n: ["", "NSMutableURLRequest *AuthorizedRequest(NSURL *url) {",
                        "    NSMutableURLRequest *r = [NSMutableURLRequest requestWithURL:url];",
                        '    [r setValue:[@"Bearer " stringByAppendingString:k%s] forHTTPHeaderField:@"Authorization"];'
                        % _pascal(n), "    return r;", "}"]),
    "vbnet": ("vb", True, ["Imports System.Net.Http", "", "Module Integrations"],
              '    Public Const %(P)s As String = "%(v)s"',
              '    Public ReadOnly %(P)s As String = Environment.GetEnvironmentVariable("%(V)s")',
              lambda n: ["", "    Function Client() As HttpClient", "        Dim c As New HttpClient()",
                         '        c.DefaultRequestHeaders.Add("Authorization", "Bearer " & %s)' % _pascal(n),
                         "        Return c", "    End Function", "End Module"]),
    "erlang": ("erl", False, ["-module(integrations).", "-export([headers/0]).", ""],
               '-define(%(V)s, <<"%(v)s">>).', '%(s)s() -> os:getenv("%(V)s").',
               lambda n: ["", 'headers() -> [{<<"authorization">>, <<"Bearer ", ?%s/binary>>}].' % n]),
    "r": ("R", False, ["library(httr2)", ""],
          '%(s)s <- "%(v)s"', '%(s)s <- Sys.getenv("%(V)s")',
          lambda n: ["", "fetch <- function(url) {",
                     "  request(url) |> req_auth_bearer_token(%s) |> req_perform()" % _snake(n), "}"]),
    "tcl": ("tcl", False, ["package require http", "package require tls", ""],
            "set %(s)s {%(v)s}", "set %(s)s $::env(%(V)s)",
            lambda n: ["", "proc fetch {url} {", "    global %s" % _snake(n),
                       '    set tok [::http::geturl $url -headers [list Authorization "Bearer $%s"]]' % _snake(n),
                       "    return [::http::data $tok]", "}"]),
    "racket": ("rkt", False, ["#lang racket", "(require net/http-easy)", ""],
               '(define %(k)s "%(v)s")', '(define %(k)s (getenv "%(V)s"))',
               lambda n: ["", "(define (fetch url)",
                          '  (get url #:headers (hasheq (quote Authorization) (string-append "Bearer " %s))))'
                          % _kebab(n)]),
    "dlang": ("d", False, ["module integrations;", "", "import std.process : environment;", ""],
              'enum %(c)s = "%(v)s";', 'string %(c)s() { return environment.get("%(V)s"); }',
              lambda n: ["", 'string[string] headers() { return ["Authorization": "Bearer " ~ %s]; }' % _camel(n)]),
}

FILE_STEM = {"scala": "Integrations", "clojure": "integrations", "haskell": "Integrations", "julia": "Integrations",
             "nim": "integrations", "crystal": "integrations", "ocaml": "integrations", "fsharp": "Integrations",
             "groovy": "nightly", "objc": "Integrations", "vbnet": "Integrations", "erlang": "integrations",
             "r": "integrations", "tcl": "integrations", "racket": "integrations", "dlang": "integrations"}


def _fmt(tpl, var, value=""):
    return tpl % {"P": _pascal(var), "c": _camel(var), "s": _snake(var), "k": _kebab(var), "V": var, "v": value}


def integration(ctx, lang, shapes, use_pair, pair_kind, neg_kind, rng):
    ext, crlf, header, decl, env, footer = LANGS[lang]
    d = Doc("%s/integrations/%s/%s.%s" % (ctx.dir, lang, FILE_STEM[lang], ext), "code", crlf=crlf)
    pkg = ctx.domain.split(".")[0].replace("-", "")
    d.add(*[h % {"pkg": pkg} if "%(pkg)s" in h else h for h in header])
    first = None
    for i, shape in enumerate(shapes):
        if i == 1 and use_pair:
            a, b = prov27.pair(ctx, pair_kind, rng)
            va, vb = prov27.PAIRS[pair_kind][2]
            d.pair(_fmt(decl, va, a), _fmt(decl, vb, b), a, b, pair_kind + "-pair")
            continue
        v = prov27.token(ctx, shape, rng)
        var = prov27.SHAPES[shape][2]
        d.sec(_fmt(decl, var, v), v, shape, group="provider")
        first = first or var
    if neg_kind == "env":
        var = ctx.uniq(lambda: "%s_%s" % (rng.choice(ctx.t["users"]).upper(), rng.choice(
            ["WEBHOOK_SECRET", "SIGNING_SECRET", "PARTNER_TOKEN", "SMS_API_KEY", "SYNC_TOKEN", "HMAC_KEY"])))
        line = _fmt(env, var)
        d.neg(line, var, "env-reference")
    else:
        v = prov27.public(ctx, neg_kind, rng)
        var = prov27.PUBLIC[neg_kind][1]
        d.neg(_fmt(decl, var, v), v, neg_kind)
    d.add(*footer(first))
    return [d]


# ------------------------------------------------------------------ platform CLI dumps
def cli_dump(ctx, kind, shapes, public_kind, rng):
    r = rng
    toks = [(prov27.SHAPES[s][2], prov27.token(ctx, s, r), s) for s in shapes]
    pw = ctx.pw(rng=r)
    pub = prov27.public(ctx, public_kind, r) if kind != "secretsmanager" else None
    pubvar = prov27.PUBLIC[public_kind][1]
    app = ctx.t["hosts"][0] + "-web"
    if kind == "cf-env":
        d = Doc("%s/ops/cf-env-%s.txt" % (ctx.dir, app), "config")
        d.add("$ cf env %s" % app, "Getting env variables for app %s in org %s / space production as ops@%s..." % (
            app, ctx.t["hosts"][0], ctx.domain), "", "System-Provided:", "VCAP_SERVICES: {", '  "p.mysql": [', "   {",
            '    "credentials": {', '     "hostname": "%s",' % ctx.host("db"), '     "name": "service_instance_db",')
        d.sec('     "password": "%s",' % jstr(pw), jstr(pw), "database-password")
        d.add('     "username": "%s"' % rs(r, "abcdef0123456789", 16), "    },", '    "label": "p.mysql"', "   }", "  ]",
              " }", "", "User-Provided:")
        for var, v, s in toks:
            d.sec("%s: %s" % (var, v), v, s, group="provider")
        d.neg("%s: %s" % (pubvar, pub), pub, public_kind)
        return [d]
    if kind == "eb-printenv":
        d = Doc("%s/ops/eb-printenv-%s.txt" % (ctx.dir, app), "config")
        d.add("$ eb printenv %s-prod" % app, " Environment Variables:")
        rows = [(var, v, s) for var, v, s in toks] + [("DB_PASSWORD", pw, None), (pubvar, pub, "pub")]
        rng.shuffle(rows)
        for var, v, s in rows:
            line = "     %s = %s" % (var, v)
            if s == "pub":
                d.neg(line, v, public_kind)
            elif s is None:
                d.sec(line, v, "database-password")
            else:
                d.sec(line, v, s, group="provider")
        d.add("     NODE_ENV = production")
        return [d]
    if kind == "secretsmanager":
        d = Doc("%s/ops/get-secret-value-%s.json" % (ctx.dir, app), "config", fmt="json")
        acct = rs(r, DIG, 12)
        arn = "arn:aws:secretsmanager:eu-west-1:%s:secret:%s/prod-%s" % (acct, app, rs(r, "ABCDEFGHIJKLMNOPabcdefgh", 6))
        d.add("{")
        d.neg('    "ARN": "%s",' % arn, arn, "secrets-manager-arn")
        d.add('    "Name": "%s/prod",' % app, '    "VersionId": "%s",' % ctx.uuid(rng=r))
        obj = {var: v for var, v, _ in toks}
        obj["DB_PASSWORD"] = pw
        s = json.dumps(json.dumps(obj, separators=(",", ":")))
        # one line holds all three values: one label (the first provider token); the others ride along
        d.sec('    "SecretString": %s,' % s, toks[0][1], toks[0][2], group="provider",
              also=[toks[1][1], pw])
        d.add('    "VersionStages": [', '        "AWSCURRENT"', "    ],", '    "CreatedDate": "%s.512000+00:00"' %
              ctx.stamp(rng=r), "}")
        return [d]
    # op item get --format json --reveal
    d = Doc("%s/ops/op-item-%s.json" % (ctx.dir, app), "config", fmt="json")
    d.add("{", '  "id": "%s",' % rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 26), '  "title": "%s production",' % app,
          '  "vault": {"id": "%s", "name": "Production"},' % rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 26),
          '  "category": "API_CREDENTIAL",', '  "fields": [')
    rows = [(var, v, s) for var, v, s in toks] + [("db password", pw, None), (pubvar, pub, "pub")]
    for i, (var, v, s) in enumerate(rows):
        comma = "," if i < len(rows) - 1 else ""
        line = '    {"id": "%s", "type": "%s", "label": "%s", "value": "%s"}%s' % (
            rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 10), "STRING" if s == "pub" else "CONCEALED", var,
            jstr(v), comma)
        if s == "pub":
            d.neg(line, v, public_kind)
        elif s is None:
            d.sec(line, jstr(v), "database-password")
        else:
            d.sec(line, v, s, group="provider")
    d.add("  ]", "}")
    return [d]


CLI_KINDS = ["cf-env", "eb-printenv", "secretsmanager", "op-item"]
