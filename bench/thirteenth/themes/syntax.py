"""Key/value syntaxes for the integrations files and their .example twins.

A syntax turns (setting name, value text) into a line. Value text may carry markers. `ref(name)` gives the
syntax's native way to read the setting from the environment (a negative in the twin), or None.
"""


def camel(name):
    return "".join(w.capitalize() for w in name.lower().split("_"))


def lower(name):
    return name.lower()


class Syn:
    def __init__(self, key, fname, head, line, tail, ref=None, case=None, crlf=False, comment="#", sep=None,
                 bad="", refcat="env-reference"):
        self.key, self.fname, self.head, self.line, self.tail = key, fname, head, line, tail
        self._ref, self.case, self.crlf, self.cmt, self.sep, self.bad = ref, case, crlf, comment, sep, bad
        self.refcat = refcat

    def name(self, env):
        return self.case(env) if self.case else env

    def kv(self, env, val, raw=False):
        return self.line(self.name(env), val, raw)

    def ref(self, env):
        return self._ref(self.name(env), env) if self._ref else None

    def comment(self, text):
        return "%s %s" % (self.cmt, text) if self.cmt else None

    def render(self, d, entries, title):
        """entries: ("kv", env, text[, raw]) | ("pair", region, env1, text1, env2, text2) | ("comment", text)."""
        d.w(*[h.replace("{title}", title) for h in self.head])
        out = []   # (text, is_value, region_prefix, region_suffix)
        for e in entries:
            if e[0] == "comment":
                c = self.comment(e[1])
                if c is not None:
                    out.append([c, False, "", ""])
            elif e[0] == "kv":
                out.append([self.kv(e[1], e[2], len(e) > 3 and e[3]), True, "", ""])
            else:
                r = e[1]
                out.append([self.kv(e[2], e[3]), True, r.B, ""])
                out.append([self.kv(e[4], e[5]), True, "", r.E])
        if self.sep:
            vals = [o for o in out if o[1]]
            for o in vals[:-1]:
                o[0] += self.sep
        for text, _, pre, suf in out:
            d.w(pre + text + suf)
        d.w(*self.tail)


def q(v, raw):
    return v if raw else '"%s"' % v


def sq(v, raw):
    return v if raw else "'%s'" % v


SYNTAXES = [
    Syn("dotenv", "{base}.env", ["# {title}"], lambda k, v, r: "%s=%s" % (k, v), [], bad="#"),
    Syn("yaml", "{base}.yaml", ["# {title}", "integrations:"], lambda k, v, r: "  %s: %s" % (k, q(v, r)), [],
        case=lower, ref=lambda k, e: '"${%s}"' % e),
    Syn("json", "{base}.json", ["{", '  "_comment": "{title}",', '  "integrations": {'],
        lambda k, v, r: '    "%s": %s' % (k, q(v, r)), ["  }", "}"], case=lower, comment=None, sep=","),
    Syn("toml", "{base}.toml", ["# {title}", "[integrations]"], lambda k, v, r: "%s = %s" % (k, q(v, r)), [],
        case=lower),
    Syn("properties", "{base}.properties", ["# {title}"],
        lambda k, v, r: "integrations.%s=%s" % (k, v), [], case=lambda e: e.lower().replace("_", "."),
        ref=lambda k, e: "${%s}" % e),
    Syn("python", "{base}_settings.py", ['"""{title}"""', "import os", ""],
        lambda k, v, r: "%s = %s" % (k, q(v, r)), [], ref=lambda k, e: 'os.environ["%s"]' % e),
    Syn("go", "{base}_config.go", ["// {title}", "package config", "", 'import "os"', "", "var ("],
        lambda k, v, r: "\t%s = %s" % (k, q(v, r)), [")", "", "var _ = os.Getenv"], case=camel, comment="//",
        ref=lambda k, e: 'os.Getenv("%s")' % e),
    Syn("tfvars", "{base}.auto.tfvars", ["# {title}"], lambda k, v, r: "%s = %s" % (k, q(v, r)), [], case=lower),
    Syn("k8s", "{base}-secret.yaml", ["# {title}", "apiVersion: v1", "kind: Secret", "metadata:",
                                      "  name: integrations", "type: Opaque", "stringData:"],
        lambda k, v, r: "  %s: %s" % (k, q(v, r)), []),
    Syn("powershell", "{base}.ps1", ["# {title}"], lambda k, v, r: "$env:%s = %s" % (k, sq(v, r)), [], crlf=True,
        ref=lambda k, e: "(Get-Secret -Name %s -AsPlainText)" % e, bad="'"),
    Syn("ini", "{base}.ini", ["; {title}", "[integrations]"], lambda k, v, r: "%s = %s" % (k, v), [], case=lower,
        comment=";", crlf=True),
    Syn("jsmodule", "{base}.config.js", ["// {title}", "module.exports = {"],
        lambda k, v, r: "  %s: %s," % (k, sq(v, r)), ["};"], case=lambda e: camel(e)[0].lower() + camel(e)[1:],
        comment="  //", ref=lambda k, e: "process.env.%s" % e),
    Syn("php", "{base}.php", ["<?php", "// {title}", "return ["], lambda k, v, r: "    '%s' => %s," % (k, sq(v, r)),
        ["];"], case=lower, comment="    //", ref=lambda k, e: "getenv('%s')" % e),
    Syn("appsettings-xml", "{base}.config", ['<?xml version="1.0" encoding="utf-8"?>', "<!-- {title} -->",
                                             "<configuration>", "  <appSettings>"],
        lambda k, v, r: '    <add key="%s" value="%s" />' % (k, v), ["  </appSettings>", "</configuration>"],
        case=camel, comment=None, crlf=True, ref=lambda k, e: "#{%s}" % k, refcat="template-reference"),
    Syn("compose", "{base}.compose.yaml", ["# {title}", "services:", "  worker:", "    image: registry.local/worker:4.2",
                                           "    environment:"],
        lambda k, v, r: "      %s: %s" % (k, q(v, r)), [], ref=lambda k, e: '"${%s}"' % e),
    Syn("systemd", "{base}.service", ["# {title}", "[Unit]", "Description=integration worker", "", "[Service]",
                                      "ExecStart=/opt/worker/bin/worker"],
        lambda k, v, r: "Environment=%s=%s" % (k, v), ["", "[Install]", "WantedBy=multi-user.target"]),
    Syn("csharp", "{base}Secrets.cs", ["// {title}", "namespace Ops.Integrations", "{", "    public static class Keys",
                                       "    {"],
        lambda k, v, r: "        public static readonly string %s = %s;" % (k, q(v, r)), ["    }", "}"], case=camel,
        comment="        //", crlf=True, ref=lambda k, e: 'Environment.GetEnvironmentVariable("%s")' % e),
    Syn("ruby", "{base}.rb", ["# {title}", "module Integrations"], lambda k, v, r: "  %s = %s" % (k, q(v, r)),
        ["end"], comment="  #", ref=lambda k, e: 'ENV.fetch("%s")' % e, bad="#"),
    Syn("rust", "{base}.rs", ["// {title}"], lambda k, v, r: "pub const %s: &str = %s;" % (k, q(v, r)), [],
        comment="//", ref=lambda k, e: 'env!("%s")' % e),
    Syn("kotlin", "{base}.kt", ["// {title}", "package ops.integrations", "", "object Keys {"],
        lambda k, v, r: "    %s %s = %s" % ("val" if r else "const val", k, q(v, r)), ["}"], comment="    //",
        ref=lambda k, e: 'System.getenv("%s")' % e),
    Syn("java", "{base}Keys.java", ["// {title}", "package ops.integrations;", "", "public final class Keys {"],
        lambda k, v, r: "    public static final String %s = %s;" % (k, q(v, r)), ["}"], comment="    //",
        ref=lambda k, e: 'System.getenv("%s")' % e),
    Syn("dockerfile", "{base}.Dockerfile", ["# {title}", "FROM python:3.12-slim", "WORKDIR /app"],
        lambda k, v, r: "ENV %s=%s" % (k, v), ['CMD ["python", "-m", "worker"]'], ref=lambda k, e: "${%s}" % e),
    Syn("cmd", "{base}.cmd", ["@echo off", "rem {title}"], lambda k, v, r: "set %s=%s" % (k, v), [], comment="rem",
        crlf=True, ref=lambda k, e: "%%VAULT_%s%%" % e, bad="%^&"),
    Syn("fish", "{base}.fish", ["# {title}"], lambda k, v, r: "set -gx %s %s" % (k, sq(v, r)), [],
        ref=lambda k, e: "(pass show ops/%s)" % e.lower()),
    Syn("envrc", "{base}.envrc", ["# {title}"], lambda k, v, r: "export %s=%s" % (k, sq(v, r)), [],
        ref=lambda k, e: '"$(pass show ops/%s)"' % e.lower()),
    Syn("makefile", "{base}.mk", ["# {title}"], lambda k, v, r: "export %s := %s" % (k, v), [], bad="$#",
        ref=lambda k, e: "$(shell pass show ops/%s)" % e.lower()),
    Syn("nomad", "{base}.nomad.hcl", ["# {title}", 'job "integrations" {', '  group "worker" {', '    task "sync" {',
                                      "      env {"],
        lambda k, v, r: "        %s = %s" % (k, q(v, r)), ["      }", "    }", "  }", "}"]),
    Syn("ansible", "{base}.vars.yml", ["# {title}", "---"], lambda k, v, r: "%s: %s" % (k, q(v, r)), [], case=lower,
        ref=lambda k, e: '"{{ vault_%s }}"' % k, refcat="template-reference"),
    Syn("elixir", "{base}.exs", ["# {title}", "import Config", "", "config :ops, :integrations,"],
        lambda k, v, r: "  %s: %s" % (k, q(v, r)), [], case=lower, sep=",",
        ref=lambda k, e: 'System.get_env("%s")' % e),
    Syn("hocon", "{base}.conf", ["# {title}", "integrations {"], lambda k, v, r: "  %s = %s" % (k, q(v, r)), ["}"],
        case=lower, comment="  #", ref=lambda k, e: "${?%s}" % e),
    Syn("lua", "{base}.lua", ["-- {title}", "return {"], lambda k, v, r: "  %s = %s," % (k, q(v, r)), ["}"],
        case=lower, comment="  --", ref=lambda k, e: 'os.getenv("%s")' % e),
    Syn("perl", "{base}.pm", ["# {title}", "package Integrations;", "our %CONF = ("],
        lambda k, v, r: "    %s => %s," % (k, sq(v, r)), [");", "1;"], case=lower, comment="    #",
        ref=lambda k, e: "$ENV{%s}" % e),
    Syn("swift", "{base}.swift", ["// {title}", "import Foundation", "", "enum Secrets {"],
        lambda k, v, r: "    static let %s = %s" % (k[0].lower() + k[1:], q(v, r)), ["}"], case=camel,
        comment="    //", ref=lambda k, e: 'ProcessInfo.processInfo.environment["%s"] ?? ""' % e),
    Syn("jenkinsfile", "{base}.Jenkinsfile", ["// {title}", "pipeline {", "    agent any", "    environment {"],
        lambda k, v, r: "        %s = %s" % (k, sq(v, r)),
        ["    }", "    stages {", "        stage('sync') { steps { sh './sync.sh' } }", "    }", "}"],
        comment="        //", ref=lambda k, e: "credentials('%s')" % e.lower().replace("_", "-"),
        refcat="ci-reference"),
    Syn("nginx", "{base}.fastcgi.conf", ["# {title}"], lambda k, v, r: "fastcgi_param %s %s;" % (k, q(v, r)), [],
        bad="$"),
    Syn("apache", "{base}.apache.conf", ["# {title}"], lambda k, v, r: "SetEnv %s %s" % (k, q(v, r)), []),
]

BY_KEY = {s.key: s for s in SYNTAXES}
