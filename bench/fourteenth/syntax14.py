"""Key/value settings rendered in many syntaxes. A setting is (NAME, text) where text may hold a marker.
render(syntax, base, settings, service) -> (file name, list of lines).  ref(syntax, NAME) -> native reference."""


def snake(n):
    return n.lower()


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.title() for x in p[1:])


def pascal(n):
    return "".join(x.title() for x in n.lower().split("_"))


def dotted(n):
    return n.lower().replace("_", ".")


def kebab(n):
    return n.lower().replace("_", "-")


def r_env(base, st, svc):
    return base + ".env", ["# %s runtime settings" % svc] + ['%s="%s"' % (k, v) for k, v in st]


def r_yaml(base, st, svc):
    return base + ".yaml", ["# %s" % svc, "%s:" % snake(svc.replace("-", "_")), "  settings:"] + [
        '    %s: "%s"' % (snake(k), v) for k, v in st]


def r_json(base, st, svc):
    body = ",\n".join('    "%s": "%s"' % (camel(k), v) for k, v in st)
    return base + ".json", ["{", '  "service": "%s",' % svc, '  "settings": {'] + body.split("\n") + ["  }", "}"]


def r_toml(base, st, svc):
    return base + ".toml", ["# %s" % svc, "[%s]" % snake(svc.replace("-", "_"))] + [
        '%s = "%s"' % (snake(k), v) for k, v in st]


def r_ini(base, st, svc):
    return base + ".ini", ["; %s" % svc, "[%s]" % svc] + ["%s = %s" % (pascal(k), v) for k, v in st]


def r_props(base, st, svc):
    return base + ".properties", ["# %s" % svc] + ["%s.%s=%s" % (svc.replace("-", "."), dotted(k), v) for k, v in st]


def r_python(base, st, svc):
    return base + ".py", ['"""%s settings."""' % svc, "import os", ""] + [
        '%s = os.environ.get("%s", "%s")' % (k, k, v) for k, v in st]


def r_go(base, st, svc):
    return base + ".go", ["package config", "", "// %s credentials" % svc, "const ("] + [
        '\t%s = "%s"' % (pascal(k), v) for k, v in st] + [")"]


def r_tfvars(base, st, svc):
    w = max(len(k) for k, _ in st)
    return base + ".auto.tfvars", ["# %s" % svc] + ['%s = "%s"' % (snake(k).ljust(w), v) for k, v in st]


def r_k8s(base, st, svc):
    return base + "-secret.yaml", ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % svc,
                                   "type: Opaque", "stringData:"] + ['  %s: "%s"' % (k, v) for k, v in st]


def r_ps1(base, st, svc):
    return base + ".ps1", ["# %s environment" % svc] + ['$env:%s = "%s"' % (k, v) for k, v in st]


def r_bash(base, st, svc):
    return base + ".sh", ["#!/usr/bin/env bash", "# %s" % svc] + ["export %s='%s'" % (k, v) for k, v in st]


def r_js(base, st, svc):
    return base + ".js", ["// %s" % svc, "module.exports = {"] + [
        "  %s: process.env.%s || '%s'," % (camel(k), k, v) for k, v in st] + ["};"]


def r_ts(base, st, svc):
    return base + ".ts", ["// %s" % svc] + ['export const %s = "%s";' % (k, v) for k, v in st]


def r_php(base, st, svc):
    return base + ".php", ["<?php", "// %s" % svc, "return ["] + [
        "    '%s' => '%s'," % (snake(k), v) for k, v in st] + ["];"]


def r_appsettings(base, st, svc):
    return base + ".config", ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"] + [
        '    <add key="%s" value="%s" />' % (pascal(k), v) for k, v in st] + ["  </appSettings>", "</configuration>"]


def r_compose(base, st, svc):
    return base + ".compose.yaml", ["services:", "  %s:" % svc, "    image: registry.internal/%s:2.4" % svc,
                                    "    environment:"] + ['      %s: "%s"' % (k, v) for k, v in st]


def r_systemd(base, st, svc):
    return base + ".service", ["[Unit]", "Description=%s" % svc, "", "[Service]"] + [
        'Environment="%s=%s"' % (k, v) for k, v in st] + ["ExecStart=/opt/%s/bin/%s" % (svc, svc), "",
                                                          "[Install]", "WantedBy=multi-user.target"]


def r_csharp(base, st, svc):
    return base + ".cs", ["namespace Ops.Integrations", "{", "    internal static class %sSecrets" % pascal(
        svc.replace("-", "_")), "    {"] + ['        internal const string %s = "%s";' % (pascal(k), v)
                                          for k, v in st] + ["    }", "}"]


def r_ruby(base, st, svc):
    return base + ".rb", ["# %s" % svc, "CREDS = {"] + ['  %s: "%s",' % (snake(k), v) for k, v in st] + [
        "}.freeze"]


def r_rust(base, st, svc):
    return base + ".rs", ["// %s" % svc] + ['pub const %s: &str = "%s";' % (k, v) for k, v in st]


def r_kotlin(base, st, svc):
    return base + ".kt", ["package ops.config", "", "object %sKeys {" % pascal(svc.replace("-", "_"))] + [
        '    const val %s = "%s"' % (k, v) for k, v in st] + ["}"]


def r_java(base, st, svc):
    return base + ".java", ["package ops.config;", "", "public final class %sKeys {" % pascal(
        svc.replace("-", "_"))] + ['    public static final String %s = "%s";' % (k, v) for k, v in st] + ["}"]


def r_dockerfile(base, st, svc):
    return "Dockerfile." + base, ["FROM python:3.12-slim", "WORKDIR /srv/%s" % svc] + [
        'ENV %s="%s"' % (k, v) for k, v in st] + ['CMD ["python", "-m", "%s"]' % snake(svc.replace("-", "_"))]


def r_cmd(base, st, svc):
    return base + ".cmd", ["@echo off", "rem %s" % svc] + ['set "%s=%s"' % (k, v) for k, v in st] + [
        "start \"\" \"C:\\Program Files\\%s\\%s.exe\"" % (svc, svc)]


def r_fish(base, st, svc):
    return base + ".fish", ["# %s" % svc] + ["set -gx %s '%s'" % (k, v) for k, v in st]


def r_envrc(base, st, svc):
    return base + ".envrc", ["# direnv: %s" % svc] + ["export %s=%s" % (k, v) for k, v in st]


def r_makefile(base, st, svc):
    return base + ".mk", ["# %s" % svc] + ["%s ?= %s" % (k, v) for k, v in st] + ["", "deploy:",
                                                                              "\t./deploy.sh %s" % svc]


def r_nomad(base, st, svc):
    return base + ".nomad.hcl", ['job "%s" {' % svc, '  group "app" {', '    task "app" {', "      env {"] + [
        '        %s = "%s"' % (k, v) for k, v in st] + ["      }", "    }", "  }", "}"]


def r_ansible(base, st, svc):
    return base + ".vars.yml", ["---", "# %s" % svc] + ['%s_%s: "%s"' % (snake(svc.replace("-", "_")), snake(k), v)
                                                       for k, v in st]


def r_elixir(base, st, svc):
    return base + ".exs", ["import Config", "", "config :ops, :%s," % snake(svc.replace("-", "_"))] + [
        '  %s: "%s"%s' % (snake(k), v, "," if i < len(st) - 1 else "") for i, (k, v) in enumerate(st)]


def r_hocon(base, st, svc):
    return base + ".conf", ["%s {" % camel(svc.replace("-", "_"))] + [
        '  %s = "%s"' % (camel(k), v) for k, v in st] + ["}"]


def r_lua(base, st, svc):
    return base + ".lua", ["-- %s" % svc, "return {"] + ['  %s = "%s",' % (snake(k), v) for k, v in st] + ["}"]


def r_perl(base, st, svc):
    return base + ".pm", ["package Ops::%s;" % pascal(svc.replace("-", "_")), "use strict;", "our %CONF = ("] + [
        "    %s => '%s'," % (snake(k), v) for k, v in st] + [");", "1;"]


def r_swift(base, st, svc):
    return base + ".swift", ["// %s" % svc, "enum %sSecrets {" % pascal(svc.replace("-", "_"))] + [
        '    static let %s = "%s"' % (camel(k), v) for k, v in st] + ["}"]


def r_jenkins(base, st, svc):
    return base + ".Jenkinsfile", ["pipeline {", "  agent any", "  environment {"] + [
        "    %s = '%s'" % (k, v) for k, v in st] + ["  }", "  stages {", "    stage('sync') {",
                                                   "      steps { sh './sync.sh' }", "    }", "  }", "}"]


def r_nginx(base, st, svc):
    return base + ".nginx.conf", ["location /%s/ {" % svc, "    include fastcgi_params;"] + [
        "    fastcgi_param %s \"%s\";" % (k, v) for k, v in st] + ["    fastcgi_pass unix:/run/php/php8.2-fpm.sock;",
                                                                  "}"]


def r_apache(base, st, svc):
    return base + ".apache.conf", ["<Location /%s>" % svc] + ['    SetEnv %s "%s"' % (k, v) for k, v in st] + [
        "</Location>"]


def r_sql(base, st, svc):
    return base + ".sql", ["-- %s integration settings" % svc] + [
        "INSERT INTO app_settings (name, value) VALUES ('%s', '%s');" % (dotted(k), v) for k, v in st]


def r_crontab(base, st, svc):
    return base + ".crontab", ["# %s" % svc] + ["%s=%s" % (k, v) for k, v in st] + [
        "*/15 * * * * /opt/%s/bin/run >> /var/log/%s.log 2>&1" % (svc, svc)]


def r_gha(base, st, svc):
    return base + ".workflow.yml", ["name: %s" % svc, "on:", "  schedule:", "    - cron: '17 3 * * *'",
                                    "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:"] + [
        "      %s: %s" % (k, v) for k, v in st] + ["    steps:", "      - uses: actions/checkout@v4",
                                                   "      - run: ./scripts/%s.sh" % svc]


RENDER = {
    "env": r_env, "yaml": r_yaml, "json": r_json, "toml": r_toml, "ini": r_ini, "properties": r_props,
    "python": r_python, "go": r_go, "tfvars": r_tfvars, "k8s": r_k8s, "powershell": r_ps1, "bash": r_bash,
    "js": r_js, "ts": r_ts, "php": r_php, "appsettings": r_appsettings, "compose": r_compose, "systemd": r_systemd,
    "csharp": r_csharp, "ruby": r_ruby, "rust": r_rust, "kotlin": r_kotlin, "java": r_java,
    "dockerfile": r_dockerfile, "cmd": r_cmd, "fish": r_fish, "envrc": r_envrc, "makefile": r_makefile,
    "nomad": r_nomad, "ansible": r_ansible, "elixir": r_elixir, "hocon": r_hocon, "lua": r_lua, "perl": r_perl,
    "swift": r_swift, "jenkins": r_jenkins, "nginx": r_nginx, "apache": r_apache, "sql": r_sql,
    "crontab": r_crontab, "gha": r_gha,
}
CRLF = {"powershell", "cmd", "appsettings", "csharp"}


def ref(syntax, k):
    """A native reference to NAME in this syntax (a negative)."""
    return {
        "env": "${%s}" % k, "yaml": "${%s}" % k, "json": "${%s}" % k, "toml": "${%s}" % k,
        "ini": "%%(%s)s" % k, "properties": "${%s}" % k, "python": "${%s}" % k,
        "go": "${%s}" % k, "tfvars": "var.%s" % snake(k), "k8s": "{{ .Values.%s }}" % camel(k),
        "powershell": "$($env:%s)" % k, "bash": "${%s:?missing}" % k, "js": "${process.env.%s}" % k,
        "ts": "${process.env.%s}" % k, "php": "{{env:%s}}" % k, "appsettings": "#{%s}#" % k,
        "compose": "${%s}" % k, "systemd": "${%s}" % k, "csharp": "{{%s}}" % k, "ruby": "<%%= ENV['%s'] %%>" % k,
        "rust": "${%s}" % k, "kotlin": "\\${%s}" % k, "java": "${%s}" % k, "dockerfile": "${%s}" % k,
        "cmd": "%%%s%%" % k, "fish": "$%s" % k, "envrc": "$(pass show ops/%s)" % kebab(k),
        "makefile": "$(%s)" % k, "nomad": "{{ with secret \"kv/data/ops\" }}{{ .Data.data.%s }}{{ end }}" % snake(k),
        "ansible": "{{ vault_%s }}" % snake(k), "elixir": "${%s}" % k, "hocon": "${?%s}" % k,
        "lua": "${%s}" % k, "perl": "$ENV{%s}" % k, "swift": "$(%s)" % k, "jenkins": "credentials('%s')" % kebab(k),
        "nginx": "$%s" % snake(k), "apache": "${%s}" % k, "sql": "{{%s}}" % k, "crontab": "$(cat /run/secrets/%s)"
                                                                                        % snake(k),
        "gha": "${{ secrets.%s }}" % k,
    }[syntax]


def render(syntax, base, settings, svc):
    return RENDER[syntax](base, settings, svc)
