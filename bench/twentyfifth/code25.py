"""Integration files in sixteen languages/template syntaxes: dealt provider tokens, a pair, a public value, a reference."""

from core25 import Doc


def _camel(var):
    parts = var.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


# name -> (path, header lines, const(name, value) -> (before, line, after), env(name) -> line, footer, pair-friendly)
def _one(fmt):
    return lambda n, v: ([], fmt % (n, v), [])


LANGS = {
    "free-pascal": ("src/LabClient.pas", ["unit LabClient;", "", "{$mode objfpc}{$H+}", "", "interface", "", "const"],
                    _one("  %s = '%s';"), lambda n: "  Result := GetEnvironmentVariable('%s');" % n,
                    ["", "implementation", "", "uses SysUtils;", "", "function DbPassword: string;", "begin", "@ENV", "end;", "",
                     "end."]),
    "pharo-smalltalk": ("src/LabSync/LabSync.class.st", ["Class {", "\t#name : #LabSync,", "\t#superclass : #Object,",
                        "\t#category : #'LabSync-Core'", "}", ""],
                        lambda n, v: (["{ #category : #credentials }", "LabSync class >> %s [" % _camel(n)], "\t^ '%s'" % v, ["]", ""]),
                        lambda n: "\t^ OSEnvironment current at: '%s'" % n,
                        ["{ #category : #credentials }", "LabSync class >> dbPassword [", "@ENV", "]"]),
    "elm": ("frontend/src/Config.elm", ["module Config exposing (..)", "", "-- build-time settings for the storefront", ""],
            lambda n, v: (["%s : String" % _camel(n)], '%s = "%s"' % (_camel(n), v), [""]),
            lambda n: "-- the session token arrives at runtime: flags.%s" % _camel(n), ["@ENV"]),
    "vue-sfc": ("frontend/src/components/MapPanel.vue", ['<script setup lang="ts">', "import { onMounted, ref } from 'vue'", ""],
                _one("const %s = '%s'"), lambda n: "const base = import.meta.env.VITE_%s" % n,
                ["@ENV", "const ready = ref(false)", "onMounted(() => { ready.value = true })", "</script>", "", "<template>",
                 '  <div id="map" v-if="ready"></div>', "</template>"]),
    "astro": ("site/src/pages/status.astro", ["---", "// server-rendered status page"], _one('const %s = "%s";'),
              lambda n: "const region = import.meta.env.%s;" % n,
              ["@ENV", "const res = await fetch('https://status.internal/api');", "---", "<html><body><h1>Status</h1></body></html>"]),
    "blade": ("webapp/resources/views/partials/integrations.blade.php", ["{{-- rendered on every back-office page --}}", "@php"],
              _one("    $%s = '%s';"), lambda n: "    $region = env('%s');" % n,
              ["@ENV", "@endphp", '<div data-region="{{ $region }}"></div>']),
    "twig": ("webapp/templates/base.html.twig", ["{# shared layout #}"], _one("{%% set %s = '%s' %%}"),
             lambda n: "{%% set region = app.request.server.get('%s') %%}" % n,
             ["@ENV", "<!DOCTYPE html>", "<html><body>{% block body %}{% endblock %}</body></html>"]),
    "razor": ("portal/Views/Shared/_Integrations.cshtml", ["@inject Microsoft.Extensions.Configuration.IConfiguration Configuration", "@{"],
              _one('    var %s = "%s";'), lambda n: '    var region = Configuration["%s"];' % n,
              ["@ENV", "}", '<div id="integrations" data-region="@region"></div>']),
    "jsp": ("portal/WEB-INF/jsp/report.jsp", ['<%@ page contentType="text/html;charset=UTF-8" %>', "<%"],
            _one('  String %s = "%s";'), lambda n: '  String region = System.getenv("%s");' % n,
            ["@ENV", "%>", "<html><body>report</body></html>"]),
    "coldfusion": ("intranet/Application.cfc", ["component {", '  this.name = "intranet";', "  function onApplicationStart() {"],
                   _one('    application.%s = "%s";'), lambda n: "    application.region = server.system.environment.%s;" % n,
                   ["@ENV", "    return true;", "  }", "}"]),
    "apps-script": ("sheets-automation/Code.gs", ["/** Pulls lot data into the planning sheet every hour. */"],
                    _one("const %s = '%s';"), lambda n: "const REGION = PropertiesService.getScriptProperties().getProperty('%s');" % n,
                    ["@ENV", "", "function syncLots() {", "  const sheet = SpreadsheetApp.getActive().getSheetByName('Lots');",
                     "  sheet.getRange('A1').setValue(new Date());", "}"]),
    "autolisp": ("cad/lisp/plotsync.lsp", [";;; plot-sync: uploads plotted drawings to the document server"],
                 _one('(setq *%s* "%s")'), lambda n: '(setq *region* (getenv "%s"))' % n,
                 ["@ENV", "(defun c:PLOTSYNC () (princ \"\\nsync started\") (princ))"]),
    "office-script": ("office-scripts/refresh-lots.ts", ["// Office Script (Excel on the web): refresh the lots sheet",
                      "function main(workbook: ExcelScript.Workbook) {"],
                      _one('  const %s = "%s";'), lambda n: '  const region = workbook.getNamedItem("%s").getRange().getText();' % n,
                      ["@ENV", '  workbook.getWorksheet("Lots").getRange("A1").setValue(new Date().toISOString());', "}"]),
    "aws-cdk": ("infra/cdk/lib/app-stack.ts", ["import { Stack, StackProps, SecretValue } from 'aws-cdk-lib';",
                "import { Construct } from 'constructs';", "", "export class AppStack extends Stack {",
                "  constructor(scope: Construct, id: string, props?: StackProps) {", "    super(scope, id, props);"],
                _one("    const %s = SecretValue.unsafePlainText('%s');"),
                lambda n: ("    const dbPassword = SecretValue.secretsManager('prod/erp/db-password');", "prod/erp/db-password"),
                ["@ENV", "  }", "}"]),
    "mojo": ("pipeline/fetch.mojo", ["from os import getenv", "", "# pulls the daily price sheet"],
             _one('alias %s = "%s"'), lambda n: '    var region = getenv("%s")' % n,
             ["", "fn main():", "@ENV", "    print(region)"]),
    "guix": ("ops/guix/services.scm", ["(use-modules (gnu) (gnu services))", ";; shared constants for the service definitions"],
             _one('(define %%%s "%s")'), lambda n: '(define %%region (getenv "%s"))' % n,
             ["@ENV", "(operating-system (host-name \"svc\") (services %base-services))"]),
}


def build(c, lang, shapes, pair_kind, public_kind):
    path, head, const, env, tail = LANGS[lang]
    d = Doc("%s/%s" % (c.dir, path))
    d.add(*head)

    def put(name, value, cat, kind="secret", group="provider", partner=None):
        before, line, after = const(name, value)
        if kind == "negative" and lang == "aws-cdk":
            line = "    const %s = '%s';" % (name, value)
        d.add(*before)
        if kind == "secret":
            d.s(line, value, cat, group=group)
        else:
            d.n(line, value, cat)
        d.add(*after)

    lisp = lang in ("guix", "autolisp")
    for shape in shapes:
        v, cat, var = c.tok(shape)
        put(var.lower().replace("_", "-") if lisp else var, v, cat)
    if pair_kind:
        kid, sec, cat, idn, secn = c.pair(pair_kind)
        n1, n2 = (idn.lower().replace("_", "-"), secn.lower().replace("_", "-")) if lisp else (idn.upper(), secn.upper())
        b1, l1, a1 = const(n1, kid)
        b2, l2, a2 = const(n2, sec)
        d.add(*b1)
        if a1 or b2:                       # multi-line syntaxes: one label spanning from the ID to the secret
            d.add(l1)
            id_line = len(d.lines)
            d.add(*a1)
            d.add(*b2)
            it = d.s(l2, sec, cat, group="provider", anchors=[[id_line, kid, "id"]])
            it["anchors"].append([len(d.lines), sec, "secret"])
            it["span"] = [id_line, len(d.lines)]
            d.add(*a2)
        else:
            d.pair(l1, l2, kid, sec, cat)
    pv, pcat = c.public(public_kind)
    pname = "PUBLIC_" + pcat.upper().replace("-", "_")
    put(pname.lower().replace("_", "-") if lisp else pname, pv, pcat, kind="negative")
    envname = c.r.choice(["APP_REGION", "DEPLOY_REGION", "LAB_REGION"])
    for t in tail:
        if t == "@ENV":
            line = env(envname)
            line, ref = line if isinstance(line, tuple) else (line, envname if envname in line else "flags." + _camel(envname))
            d.n(line, ref, "environment-reference")
        else:
            d.add(t)
    return d
