"""Key/value syntaxes: each renders [(CANONICAL_KEY, value_text)] into a file and knows its own native
reference form (used for the negatives in twins and in code that reads the environment).

Values never contain quotes, backslashes, dollars, percent signs or spaces, so they can sit literally in
every syntax below and stay findable on their line.
"""


def camel(k):
    p = k.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(k):
    return "".join(x.capitalize() for x in k.lower().split("_"))


def snake(k):
    return k.lower()


def dotted(k):
    return k.lower().replace("_", ".")


def _lines(head, body, tail, fmt, conv, entries, sep="\n"):
    out = [head] if head else []
    out += [fmt % (conv(k), v) for k, v in entries]
    if tail:
        out.append(tail)
    return sep.join(out) + "\n"


def _json(entries, section):
    rows = ['    "%s": "%s"' % (camel(k), v) for k, v in entries]
    return '{\n  "%s": {\n%s\n  }\n}\n' % (section, ",\n".join(rows))


def _js(entries, section):
    rows = ['  %s: "%s",' % (camel(k), v) for k, v in entries]
    return "// %s settings\nmodule.exports = {\n%s\n};\n" % (section, "\n".join(rows))


def _ts(entries, section):
    rows = ['  %s: "%s",' % (camel(k), v) for k, v in entries]
    return "export const %s = {\n%s\n} as const;\n" % (camel(section), "\n".join(rows))


def _php(entries, section):
    rows = ["    '%s' => '%s'," % (snake(k), v) for k, v in entries]
    return "<?php\n// %s\nreturn [\n%s\n];\n" % (section, "\n".join(rows))


def _go(entries, section):
    rows = ['\t%s = "%s"' % (pascal(k), v) for k, v in entries]
    return "package %s\n\nconst (\n%s\n)\n" % (section.replace("-", ""), "\n".join(rows))


def _java(entries, section):
    rows = ['    public static final String %s = "%s";' % (k, v) for k, v in entries]
    return "package com.internal.%s;\n\npublic final class Secrets {\n%s\n}\n" % (section.replace("-", ""),
                                                                              "\n".join(rows))


def _csharp(entries, section):
    rows = ['        public const string %s = "%s";' % (pascal(k), v) for k, v in entries]
    return "namespace Internal.%s\n{\n    internal static class Keys\n    {\n%s\n    }\n}\n" % (
        pascal(section.replace("-", "_")), "\n".join(rows))


def _xml(entries, section):
    rows = ['    <add key="%s" value="%s" />' % (pascal(k), v) for k, v in entries]
    return '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n%s\n  </appSettings>\n' \
           '</configuration>\n' % "\n".join(rows)


def _k8s(entries, section):
    rows = ['  %s: "%s"' % (k, v) for k, v in entries]
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\ntype: Opaque\nstringData:\n%s\n" % (
        section, "\n".join(rows))


def _gha(entries, section):
    rows = ["      %s: %s" % (k, v) for k, v in entries]
    return ("name: %s\non:\n  workflow_dispatch: {}\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n%s\n"
            "    steps:\n      - run: ./scripts/sync.sh\n" % (section, "\n".join(rows)))


def _compose(entries, section):
    rows = ["      - %s=%s" % (k, v) for k, v in entries]
    return "services:\n  %s:\n    image: registry.internal/%s:latest\n    environment:\n%s\n" % (
        section, section, "\n".join(rows))


def _ruby(entries, section):
    rows = ['  %s: "%s",' % (snake(k), v) for k, v in entries]
    return "# frozen_string_literal: true\n\n%s = {\n%s\n}.freeze\n" % (section.upper().replace("-", "_"),
                                                                     "\n".join(rows))


def _rust(entries, section):
    return "// %s\n" % section + "".join('pub const %s: &str = "%s";\n' % (k, v) for k, v in entries)


def _kotlin(entries, section):
    return "package internal.%s\n\n" % section.replace("-", "") + "".join(
        'const val %s = "%s"\n' % (k, v) for k, v in entries)


def _perl(entries, section):
    rows = ["    %s => '%s'," % (snake(k), v) for k, v in entries]
    return "# %s\nour %%CONFIG = (\n%s\n);\n1;\n" % (section, "\n".join(rows))


def _lua(entries, section):
    rows = ['  %s = "%s",' % (snake(k), v) for k, v in entries]
    return "-- %s\nreturn {\n%s\n}\n" % (section, "\n".join(rows))


def _elixir(entries, section):
    rows = ['  %s: "%s"' % (snake(k), v) for k, v in entries]
    return "import Config\n\nconfig :%s,\n%s\n" % (section.replace("-", "_"), ",\n".join(rows))


def _sql(entries, section):
    return "-- %s\n" % section + "".join(
        "INSERT INTO integration_setting (name, value) VALUES ('%s', '%s');\n" % (snake(k), v) for k, v in entries)


def _hcl(entries, section):
    return "# %s\n" % section + "".join('%s = "%s"\n' % (snake(k), v) for k, v in entries)


SYNTAX = {
    # name: (file name, renderer(entries, section) -> text, reference(KEY) -> text)
    "env": (".env", lambda e, s: "# %s\n" % s + "".join("%s=%s\n" % (k, v) for k, v in e), lambda k: "${%s}" % k),
    "shell": ("env.sh", lambda e, s: "#!/bin/sh\n# %s\n" % s + "".join('export %s="%s"\n' % (k, v) for k, v in e),
              lambda k: "${%s:?missing}" % k),
    "yaml": ("settings.yaml", lambda e, s: "%s:\n" % snake(s).replace("-", "_") + "".join(
        '  %s: "%s"\n' % (snake(k), v) for k, v in e), lambda k: "${%s}" % k),
    "json": ("settings.json", _json, lambda k: "env:%s" % k),
    "toml": ("settings.toml", lambda e, s: "[%s]\n" % s + "".join('%s = "%s"\n' % (snake(k), v) for k, v in e),
             lambda k: "${%s}" % k),
    "ini": ("settings.ini", lambda e, s: "[%s]\n" % s + "".join("%s = %s\n" % (snake(k), v) for k, v in e),
            lambda k: "%%(%s)s" % k.lower()),
    "properties": ("application.properties", lambda e, s: "# %s\n" % s + "".join(
        "%s.%s=%s\n" % (s.replace("-", "."), dotted(k), v) for k, v in e), lambda k: "${%s}" % k),
    "xml": ("App.config", _xml, lambda k: "%%%s%%" % k),
    "hcl": ("integrations.auto.tfvars", _hcl, lambda k: "var.%s" % snake(k)),
    "python": ("settings_local.py", lambda e, s: '"""%s"""\n\n' % s + "".join(
        '%s = "%s"\n' % (k, v) for k, v in e), lambda k: 'os.environ["%s"]' % k),
    "js": ("config.js", _js, lambda k: "process.env.%s" % k),
    "ts": ("config.ts", _ts, lambda k: "process.env.%s" % k),
    "go": ("secrets.go", _go, lambda k: 'os.Getenv("%s")' % k),
    "java": ("Secrets.java", _java, lambda k: 'System.getenv("%s")' % k),
    "csharp": ("Keys.cs", _csharp, lambda k: 'Environment.GetEnvironmentVariable("%s")' % k),
    "php": ("integrations.php", _php, lambda k: "getenv('%s')" % k),
    "ruby": ("integrations.rb", _ruby, lambda k: 'ENV.fetch("%s")' % k),
    "dockerfile": ("Dockerfile", lambda e, s: "FROM python:3.12-slim\n# %s\n" % s + "".join(
        "ENV %s=%s\n" % (k, v) for k, v in e) + 'CMD ["python", "-m", "app"]\n', lambda k: "${%s}" % k),
    "k8s": ("secret.yaml", _k8s, lambda k: "{{ .Values.%s }}" % camel(k)),
    "gha": ("sync.yml", _gha, lambda k: "${{ secrets.%s }}" % k),
    "compose": ("compose.yaml", _compose, lambda k: "${%s}" % k),
    "systemd": ("integrations.service", lambda e, s: "[Unit]\nDescription=%s\n\n[Service]\n" % s + "".join(
        'Environment="%s=%s"\n' % (k, v) for k, v in e) + "ExecStart=/opt/%s/bin/run\n" % s,
                lambda k: "%%d/%s" % k.lower()),
    "powershell": ("env.ps1", lambda e, s: "# %s\n" % s + "".join('$env:%s = "%s"\n' % (k, v) for k, v in e),
                   lambda k: "(Get-Secret -Name %s -AsPlainText)" % k),
    "rust": ("secrets.rs", _rust, lambda k: 'env!("%s")' % k),
    "kotlin": ("Secrets.kt", _kotlin, lambda k: 'System.getenv("%s")' % k),
    "perl": ("Config.pm", _perl, lambda k: "$ENV{%s}" % k),
    "lua": ("config.lua", _lua, lambda k: 'os.getenv("%s")' % k),
    "elixir": ("runtime.exs", _elixir, lambda k: 'System.fetch_env!("%s")' % k),
    "hocon": ("application.conf", lambda e, s: "%s {\n" % s + "".join(
        '  %s = "%s"\n' % (camel(k), v) for k, v in e) + "}\n", lambda k: "${?%s}" % k),
    "makefile": ("Makefile.vars", lambda e, s: "# %s\n" % s + "".join("%s ?= %s\n" % (k, v) for k, v in e),
                 lambda k: "$(%s)" % k),
    "cmd": ("setenv.cmd", lambda e, s: "@echo off\nrem %s\n" % s + "".join("set %s=%s\n" % (k, v) for k, v in e),
            lambda k: "%%%s%%" % k),
    "sql": ("integration_settings.sql", _sql, lambda k: "current_setting('app.%s')" % snake(k)),
    "envrc": (".envrc", lambda e, s: "# %s (direnv)\n" % s + "".join("export %s=%s\n" % (k, v) for k, v in e),
              lambda k: "$(pass show %s)" % snake(k)),
}
CRLF_SYNTAX = {"xml", "csharp", "powershell", "cmd"}


def render(name, entries, section):
    return SYNTAX[name][1](entries, section)


def ref(name, key):
    return SYNTAX[name][2](key)


def filename(name):
    return SYNTAX[name][0]
