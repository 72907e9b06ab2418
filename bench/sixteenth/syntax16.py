"""Key/value syntaxes: each renderer writes a list of entries into a Doc.  An entry's key is a
snake_case path ("db.password"); renderers apply the syntax's own case and nesting.  An entry's
value is a literal (mk=None), or goes through a marker function (labelled), or is raw code (a
native reference such as os.environ[...] that must not be quoted)."""


class E:
    __slots__ = ("key", "value", "mk", "raw", "comment")

    def __init__(self, key, value, mk=None, raw=False, comment=None):
        self.key, self.value, self.mk, self.raw, self.comment = key, value, mk, raw, comment

    def v(self):
        return self.mk(self.value) if self.mk else self.value


def upper(k):
    return k.replace(".", "_").replace("-", "_").upper()


def camel(k):
    parts = k.replace(".", "_").replace("-", "_").split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def pascal(k):
    return "".join(p.capitalize() for p in k.replace(".", "_").replace("-", "_").split("_"))


def leaf(k):
    return k.split(".")[-1]


def _needs_quote(s):
    return not s.replace("-", "").replace("_", "").replace(".", "").isalnum()


def _q(e, q='"', always=False):
    if e.raw:
        return e.v()
    if always or _needs_quote(e.value):
        return q + e.v() + q
    return e.v()


def _tree(entries):
    root = {}
    for e in entries:
        node = root
        parts = e.key.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = e
    return root


def _comment(d, e, prefix):
    if e.comment:
        d.w(prefix + " " + e.comment)


# ---------------------------------------------------------------- config syntaxes
def env(d, es, head=None):
    if head:
        d.w("# " + head)
    for e in es:
        _comment(d, e, "#")
        d.w("%s=%s" % (upper(e.key), _q(e, '"')))


def shell(d, es, head=None):
    d.w("#!/usr/bin/env bash")
    if head:
        d.w("# " + head)
    for e in es:
        _comment(d, e, "#")
        d.w('export %s="%s"' % (upper(e.key), e.v()))


def yaml(d, es, head=None, indent=0):
    if head:
        d.w("# " + head)

    def walk(node, ind):
        for k, x in node.items():
            if isinstance(x, dict):
                d.w(" " * ind + k + ":")
                walk(x, ind + 2)
            else:
                _comment(d, x, " " * ind + "#")
                d.w(" " * ind + "%s: %s" % (k, _q(x, '"')))
    walk(_tree(es), indent)


def json_(d, es, head=None):
    def walk(node, ind):
        items = list(node.items())
        for i, (k, x) in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            if isinstance(x, dict):
                d.w(" " * ind + '"%s": {' % k)
                walk(x, ind + 2)
                d.w(" " * ind + "}" + comma)
            else:
                d.w(" " * ind + '"%s": %s%s' % (k, x.v() if x.raw else '"' + x.v() + '"', comma))
    d.w("{")
    walk(_tree(es), 2)
    d.w("}")


def toml(d, es, head=None):
    if head:
        d.w("# " + head)
    flat = [e for e in es if "." not in e.key]
    for e in flat:
        _comment(d, e, "#")
        d.w('%s = %s' % (e.key, _q(e, '"', True)))
    sections = {}
    for e in es:
        if "." in e.key:
            sec, k = e.key.rsplit(".", 1)
            sections.setdefault(sec, []).append((k, e))
    for sec, items in sections.items():
        d.blank().w("[%s]" % sec)
        for k, e in items:
            _comment(d, e, "#")
            d.w('%s = %s' % (k, _q(e, '"', True)))


def ini(d, es, head=None, sep=" = "):
    if head:
        d.w("; " + head)
    sections = {}
    for e in es:
        sec, k = e.key.rsplit(".", 1) if "." in e.key else ("general", e.key)
        sections.setdefault(sec, []).append((k, e))
    for sec, items in sections.items():
        d.w("[%s]" % sec)
        for k, e in items:
            _comment(d, e, ";")
            d.w("%s%s%s" % (k, sep, e.v()))
        d.blank()


def properties(d, es, head=None):
    if head:
        d.w("# " + head)
    for e in es:
        _comment(d, e, "#")
        d.w("%s=%s" % (e.key.replace("_", "-"), e.v()))


def xml_appsettings(d, es, head=None):
    d.w('<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>")
    for e in es:
        if e.comment:
            d.w("    <!-- %s -->" % e.comment)
        d.w('    <add key="%s" value="%s" />' % (pascal(e.key), e.v()))
    d.w("  </appSettings>", "</configuration>")


def hcl(d, es, head=None):
    if head:
        d.w("# " + head)
    for e in es:
        _comment(d, e, "#")
        d.w('%s = %s' % (e.key.replace(".", "_"), _q(e, '"', True)))


def dockerfile(d, es, head=None, base="python:3.12-slim"):
    d.w("FROM %s" % base)
    if head:
        d.w("# " + head)
    for e in es:
        _comment(d, e, "#")
        d.w("ENV %s=%s" % (upper(e.key), _q(e, '"')))
    d.w("WORKDIR /srv/app", "COPY . .", 'CMD ["./entrypoint.sh"]')


def k8s_secret(d, es, head=None, name="app-credentials", ns="default"):
    d.w("apiVersion: v1", "kind: Secret", "metadata:", "  name: " + name, "  namespace: " + ns, "type: Opaque", "stringData:")
    for e in es:
        d.w('  %s: %s' % (upper(e.key), _q(e, '"', True)))


def compose(d, es, head=None, service="app", image="registry.local/app:1.4.2"):
    d.w("services:", "  %s:" % service, "    image: " + image, "    restart: unless-stopped", "    environment:")
    for e in es:
        d.w("      - %s=%s" % (upper(e.key), e.v()))


def systemd(d, es, head=None, desc="Application service"):
    d.w("[Unit]", "Description=" + desc, "After=network-online.target", "", "[Service]", "Type=simple")
    for e in es:
        d.w('Environment="%s=%s"' % (upper(e.key), e.v()))
    d.w("ExecStart=/opt/app/bin/run", "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target")


def python(d, es, head=None):
    d.w('"""%s"""' % (head or "Settings."), "import os", "")
    for e in es:
        _comment(d, e, "#")
        d.w("%s = %s" % (upper(e.key), e.v() if e.raw else '"' + e.v() + '"'))


def js(d, es, head=None):
    if head:
        d.w("// " + head)
    d.w("module.exports = {")
    for e in es:
        _comment(d, e, "  //")
        d.w("  %s: %s," % (camel(e.key), e.v() if e.raw else "'" + e.v() + "'"))
    d.w("};")


def ts(d, es, head=None):
    if head:
        d.w("// " + head)
    d.w("export const settings = {")
    for e in es:
        d.w("  %s: %s," % (camel(e.key), e.v() if e.raw else '"' + e.v() + '"'))
    d.w("} as const;")


def go(d, es, head=None, pkg="config"):
    d.w("package " + pkg, "")
    if head:
        d.w("// " + head)
    d.w("const (")
    for e in es:
        d.w('\t%s = %s' % (pascal(e.key), e.v() if e.raw else '"' + e.v() + '"'))
    d.w(")")


def java(d, es, head=None, cls="Settings"):
    d.w("package com.internal.config;", "", "public final class %s {" % cls)
    for e in es:
        d.w('    public static final String %s = %s;' % (upper(e.key), e.v() if e.raw else '"' + e.v() + '"'))
    d.w("}")


def csharp(d, es, head=None, cls="Settings"):
    d.w("namespace Internal.Config", "{", "    public static class %s" % cls, "    {")
    for e in es:
        d.w('        public const string %s = %s;' % (pascal(e.key), e.v() if e.raw else '"' + e.v() + '"'))
    d.w("    }", "}")


def ruby(d, es, head=None):
    d.w("# frozen_string_literal: true", "", "SETTINGS = {")
    for e in es:
        d.w("  %s: %s," % (e.key.replace(".", "_"), e.v() if e.raw else "'" + e.v() + "'"))
    d.w("}.freeze")


def php(d, es, head=None):
    d.w("<?php", "", "return [")
    for e in es:
        d.w("    '%s' => %s," % (e.key.replace(".", "_"), e.v() if e.raw else "'" + e.v() + "'"))
    d.w("];")


def rust(d, es, head=None):
    for e in es:
        d.w('pub const %s: &str = %s;' % (upper(e.key), e.v() if e.raw else '"' + e.v() + '"'))


def kotlin(d, es, head=None):
    d.w("object Settings {")
    for e in es:
        d.w('    val %s = %s' % (camel(e.key), e.v() if e.raw else '"' + e.v() + '"'))
    d.w("}")


def perl(d, es, head=None):
    d.w("use strict;", "use warnings;", "", "our %CFG = (")
    for e in es:
        d.w("    %s => %s," % (e.key.replace(".", "_"), e.v() if e.raw else "'" + e.v() + "'"))
    d.w(");", "1;")


def lua(d, es, head=None):
    d.w("return {")
    for e in es:
        d.w('  %s = %s,' % (e.key.replace(".", "_"), e.v() if e.raw else '"' + e.v() + '"'))
    d.w("}")


def powershell(d, es, head=None):
    if head:
        d.w("# " + head)
    for e in es:
        d.w("$%s = %s" % (pascal(e.key), e.v() if e.raw else "'" + e.v() + "'"))


def cmd(d, es, head=None):
    d.w("@echo off")
    if head:
        d.w("rem " + head)
    for e in es:
        d.w("set %s=%s" % (upper(e.key), e.v()))


def makefile(d, es, head=None):
    if head:
        d.w("# " + head)
    for e in es:
        d.w("%s ?= %s" % (upper(e.key), e.v()))
    d.w("", "deploy:", "\t./scripts/deploy.sh")


def hocon(d, es, head=None):
    d.w("app {")
    for e in es:
        d.w('  %s = %s' % (e.key, e.v() if e.raw else '"' + e.v() + '"'))
    d.w("}")


def sql(d, es, head=None, table="app_settings"):
    if head:
        d.w("-- " + head)
    for e in es:
        d.w("INSERT INTO %s (name, value) VALUES ('%s', %s);" % (table, e.key, e.v() if e.raw else "'" + e.v() + "'"))


def elixir(d, es, head=None, app="app"):
    d.w("import Config", "")
    for e in es:
        d.w("config :%s, %s: %s" % (app, e.key.replace(".", "_"), e.v() if e.raw else '"' + e.v() + '"'))


def apache(d, es, head=None):
    if head:
        d.w("# " + head)
    for e in es:
        d.w("SetEnv %s %s" % (upper(e.key), e.v()))


def plist(d, es, head=None):
    d.w('<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>")
    for e in es:
        d.w("  <key>%s</key>" % pascal(e.key), "  <string>%s</string>" % e.v())
    d.w("</dict>", "</plist>")


def xml_elems(d, es, head=None, root="settings"):
    d.w('<?xml version="1.0" encoding="UTF-8"?>', "<%s>" % root)
    for e in es:
        t = camel(e.key)
        d.w("  <%s>%s</%s>" % (t, e.v(), t))
    d.w("</%s>" % root)


SYNTAX = {
    "env": (env, ".env"), "shell": (shell, ".sh"), "yaml": (yaml, ".yaml"), "json": (json_, ".json"),
    "toml": (toml, ".toml"), "ini": (ini, ".ini"), "properties": (properties, ".properties"),
    "appsettings": (xml_appsettings, ".config"), "tfvars": (hcl, ".auto.tfvars"), "dockerfile": (dockerfile, "Dockerfile"),
    "k8s": (k8s_secret, ".secret.yaml"), "compose": (compose, "compose.yaml"), "systemd": (systemd, ".service"),
    "python": (python, ".py"), "js": (js, ".js"), "ts": (ts, ".ts"), "go": (go, ".go"), "java": (java, ".java"),
    "csharp": (csharp, ".cs"), "ruby": (ruby, ".rb"), "php": (php, ".php"), "rust": (rust, ".rs"),
    "kotlin": (kotlin, ".kt"), "perl": (perl, ".pm"), "lua": (lua, ".lua"), "powershell": (powershell, ".ps1"),
    "cmd": (cmd, ".cmd"), "makefile": (makefile, "Makefile"), "hocon": (hocon, ".conf"), "sql": (sql, ".sql"),
    "elixir": (elixir, ".exs"), "apache": (apache, ".apache.conf"), "plist": (plist, ".plist"), "xml": (xml_elems, ".xml"),
}

CRLF_SYNTAX = {"appsettings", "csharp", "powershell", "cmd"}

# native reference for a variable in each syntax: (text, raw)
def ref(syntax, var):
    raw = {"python": 'os.environ["%s"]', "js": "process.env.%s", "ts": 'process.env.%s ?? ""', "go": 'os.Getenv("%s")',
           "java": 'System.getenv("%s")', "csharp": 'Environment.GetEnvironmentVariable("%s")', "ruby": 'ENV.fetch("%s")',
           "php": "getenv('%s')", "rust": 'env!("%s")', "kotlin": 'System.getenv("%s")', "perl": "$ENV{%s}",
           "lua": 'os.getenv("%s")', "powershell": "$env:%s", "hocon": "${?%s}", "sql": "current_setting('app.%s')",
           "elixir": 'System.fetch_env!("%s")'}
    if syntax in raw:
        return raw[syntax] % var, True
    txt = {"cmd": "%%%s%%", "makefile": "$(%s)", "ini": "%%(%s)s", "appsettings": "%%%s%%", "plist": "$(%s)",
           "xml": "${%s}", "properties": "${%s}", "shell": "${%s:?missing}"}.get(syntax, "${%s}")
    return txt % var, False
