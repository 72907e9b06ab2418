"""Multi-provider integration files in 20 language/config syntaxes not used by earlier corpora.

Each file holds 2 provider tokens, often a key-ID + secret pair, sometimes a webhook signing secret, an
identifier, a public-by-design value and a reference in the language's own idiom (or a vendor placeholder).
"""

import kit21 as K
import prov21


def snake(n):
    return n.lower()


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def ada(n):
    return "_".join(x.capitalize() for x in n.lower().split("_"))


# name, path, crlf, header(cx), footer, assign(name, "{v}") -> line, envref(name) -> (line, value)
def _hdr_plsql(cx):
    return ["CREATE OR REPLACE PACKAGE pkg_integrations AS",
            "  -- endpoints and credentials for outbound UTL_HTTP calls (%s)" % cx.sys()]


SYN = {
    "plsql": ("db/plsql/pkg_integrations.pks", False, _hdr_plsql, ["END pkg_integrations;", "/"],
              lambda n: "  c_%s CONSTANT VARCHAR2(400) := '{v}';" % snake(n),
              lambda n: ("  c_%s CONSTANT VARCHAR2(400) := SYS_CONTEXT('APP_CTX', '%s');" % (snake(n), n),
                         "SYS_CONTEXT('APP_CTX', '%s')" % n)),
    "vba": ("office/macros/Integrations.bas", True,
            lambda cx: ['Attribute VB_Name = "Integrations"', "Option Explicit",
                        "' outbound API settings for the %s workbook" % cx.sys()], [],
            lambda n: 'Public Const %s As String = "{v}"' % n,
            lambda n: ('Public Function %s() As String: %s = Environ$("%s"): End Function' % (camel(n), camel(n), n),
                       'Environ$("%s")' % n)),
    "autoit": ("automation/autoit/sync.au3", True,
               lambda cx: ["#include <InetConstants.au3>", "; %s sync job" % cx.sys(), ""], ['ConsoleWrite("done" & @CRLF)'],
               lambda n: 'Global Const $%s = "{v}"' % n,
               lambda n: ('Global $%s = EnvGet("%s")' % (n, n), 'EnvGet("%s")' % n)),
    "wix": ("installer/wix/Product.wxs", True,
            lambda cx: ['<?xml version="1.0" encoding="UTF-8"?>', '<Wix xmlns="http://wixtoolset.org/schemas/v4/wxs">'],
            ["  </Package>", "</Wix>"],
            lambda n: '    <Property Id="%s" Value="{v}" />' % n.replace("_", ""),
            lambda n: ('    <Property Id="%s" Value="[%%%s]" />' % (n.replace("_", ""), n), "[%%%s]" % n)),
    "coffeescript": ("web/config/integrations.coffee", False,
                     lambda cx: ["# integration settings for %s" % cx.sys(), "module.exports ="], [],
                     lambda n: "  %s: '{v}'" % camel(n),
                     lambda n: ("  %s: process.env.%s" % (camel(n), n), "process.env.%s" % n)),
    "awk": ("reports/awk/export.awk", False,
            lambda cx: ["#!/usr/bin/awk -f", "# nightly export of %s" % cx.sys(), "BEGIN {"],
            ['    FS = ";"', "}", "{ print $1, $3 }"],
            lambda n: '    %s = "{v}"' % snake(n),
            lambda n: ('    %s = ENVIRON["%s"]' % (snake(n), n), 'ENVIRON["%s"]' % n)),
    "vimscript": ("editor/vim/plugin/integrations.vim", False,
                  lambda cx: ['" API keys for plugins used by the %s team' % cx.v["short"]], [],
                  lambda n: "let g:%s = '{v}'" % snake(n),
                  lambda n: ("let g:%s = $%s" % (snake(n), n), "$%s" % n)),
    "objectscript": ("iris/App/Integrations.cls", False,
                     lambda cx: ["/// outbound settings for %s" % cx.sys(), "Class App.Integrations Extends %RegisteredObject",
                                 "{", ""], ["}"],
                     lambda n: 'Parameter %s = "{v}";' % n.replace("_", ""),
                     lambda n: ('ClassMethod %s() As %%String [ CodeMode = expression ] { $System.Util.GetEnviron("%s") }'
                                % (n.replace("_", ""), n), '$System.Util.GetEnviron("%s")' % n)),
    "abl": ("erp/openedge/integrations.i", False,
            lambda cx: ["/* integrations.i - outbound credentials for %s */" % cx.sys()], [],
            lambda n: 'DEFINE VARIABLE c%s AS CHARACTER NO-UNDO INITIAL "{v}".' % camel(n).capitalize(),
            lambda n: ('c%s = OS-GETENV("%s").' % (camel(n).capitalize(), n), 'OS-GETENV("%s")' % n)),
    "rpgle": ("ibmi/QRPGLESRC/INTEGR.rpgle", False,
              lambda cx: ["**free", "ctl-opt nomain;", "// outbound API constants (%s)" % cx.sys(),
                          "dcl-pr getenv pointer extproc('getenv');", "  name pointer value options(*string);", "end-pr;"],
              [], lambda n: "dcl-c %s '{v}';" % n[:30],
              lambda n: ("dcl-s %s varchar(200) inz(%%str(getenv('%s')));" % (camel(n)[:20], n), "getenv('%s')" % n)),
    "foxpro": ("legacy/vfp/integrations.prg", True,
               lambda cx: ["* integrations.prg - %s" % cx.sys()], ["RETURN"],
               lambda n: '#DEFINE %s "{v}"' % n,
               lambda n: ('lc%s = GETENV("%s")' % (camel(n).capitalize(), n), 'GETENV("%s")' % n)),
    "qml": ("hmi/qml/Settings.qml", False,
            lambda cx: ["pragma Singleton", "import QtQuick 2.15", "", "QtObject {"], ["}"],
            lambda n: '    readonly property string %s: "{v}"' % camel(n),
            lambda n: ('    readonly property string %s: AppEnv.value("%s")' % (camel(n), n), 'AppEnv.value("%s")' % n)),
    "structured-text": ("plc/GVL_Cloud.st", True,
                        lambda cx: ["{attribute 'qualified_only'}", "(* cloud connector settings for %s *)" % cx.sys(),
                                    "VAR_GLOBAL CONSTANT"], ["END_VAR"],
                        lambda n: "    s%s : STRING(255) := '{v}';" % camel(n).capitalize(),
                        lambda n: ("    s%s : STRING(255) := 'HMI:%s'; (* written by the HMI at start-up *)"
                                   % (camel(n).capitalize(), n), "HMI:%s" % n)),
    "squirrel": ("iot/imp/agent.nut", False,
                 lambda cx: ["// Electric Imp agent for the %s" % cx.t["devices"][0][0]], [
                     "http.onrequest(function(req, res) {", '    res.send(200, "ok");', "});"],
                 lambda n: 'const %s = "{v}";' % n,
                 lambda n: ("local %s = __VARS.%s;" % (camel(n), n), "__VARS.%s" % n)),
    "rescript": ("web/src/Config.res", False,
                 lambda cx: ["// integration settings (%s)" % cx.sys()], [],
                 lambda n: 'let %s = "{v}"' % camel(n),
                 lambda n: ('@val @scope(("process", "env")) external %s: string = "%s"' % (camel(n), n),
                            '@scope(("process", "env"))')),
    "mumps": ("vista/ZZINTEG.m", False,
              lambda cx: ["ZZINTEG ;%s/IT - outbound interface settings" % cx.v["short"].upper(), " ;;1.0", " Q",
                          "CFG(KEY) ; return one setting"], [' Q ""'],
              lambda n: ' I KEY="%s" Q "{v}"' % n,
              lambda n: (' I KEY="%s" Q $ZTRNLNM("%s")' % (n, n), '$ZTRNLNM("%s")' % n)),
    "purescript": ("web/src/Config.purs", False,
                   lambda cx: ["module Config where", "", "import Node.Process (lookupEnv)", ""], [],
                   lambda n: '%s = "{v}" :: String' % camel(n),
                   lambda n: ('%s = lookupEnv "%s"' % (camel(n), n), 'lookupEnv "%s"' % n)),
    "tcl": ("ops/tcl/integrations.tcl", False,
            lambda cx: ["# outbound settings for %s" % cx.sys()], [],
            lambda n: "set %s {{v}}" % snake(n),
            lambda n: ("set %s $::env(%s)" % (snake(n), n), "$::env(%s)" % n)),
    "ada": ("svc/ada/integrations.ads", False,
            lambda cx: ["with Ada.Environment_Variables;", "", "package Integrations is"], ["end Integrations;"],
            lambda n: '   %s : constant String := "{v}";' % ada(n),
            lambda n: ('   function %s return String is (Ada.Environment_Variables.Value ("%s"));' % (ada(n), n),
                       'Ada.Environment_Variables.Value ("%s")' % n)),
    "vala": ("desktop/vala/config.vala", False,
             lambda cx: ["namespace Integrations {"], ["}"],
             lambda n: '    public const string %s = "{v}";' % n,
             lambda n: ('    public string %s () { return Environment.get_variable ("%s"); }' % (snake(n), n),
                        'Environment.get_variable ("%s")' % n)),
}


def _ident_line(cx, syn):
    kind = cx.pick(["TENANT_ID", "ORG_ID", "WORKSPACE_ID", "PROJECT_ID", "ACCOUNT_ID"])
    return kind, cx.uuid()


def build(cx, name):
    path, crlf, hdr, ftr, assign, envref = SYN[name]
    d = cx.doc("integrations/" + path, crlf=crlf)
    d.l(*hdr(cx))
    if name == "wix":
        up = cx.uuid()
        d.n('  <Package Name="%s Agent" Manufacturer="%s" Version="2.3.1.0" UpgradeCode="%s">' % (
            cx.sys(), cx.v["org"].replace("&", "and"), up), up, "id-upgrade-code")
    xml_ok = (lambda k: k not in ("azure-sas-url",)) if name == "wix" else None
    k1 = K.shape(cx, ok=xml_ok)
    K.prov(d, cx, k1, assign(K.var_of(k1)))
    if cx.chance(0.55):
        pk = cx.decks["pair"].one(cx.dealt("pair"))
        _, _, idv, sv, _ = prov21.PAIR[pk]
        K.pair(d, cx, pk, assign(idv), assign(sv))
    k2 = K.shape(cx, ok=lambda k: k != k1 and (xml_ok is None or xml_ok(k)))
    K.prov(d, cx, k2, assign(K.var_of(k2)))
    if cx.chance(0.8):
        k3 = K.shape(cx, ok=lambda k: k not in (k1, k2) and (xml_ok is None or xml_ok(k)))
        K.prov(d, cx, k3, assign(K.var_of(k3)))
    if cx.chance(0.3):
        v = cx.mixed(40)
        d.s(assign("WEBHOOK_SIGNING_SECRET").replace("{v}", v), v, "webhook-secret")
    kind, ident = _ident_line(cx, name)
    d.n(assign(kind).replace("{v}", ident), ident, "id-" + kind.lower().replace("_", "-"))
    pub = cx.decks["public"].one(cx.dealt("public"))
    K.pub(d, cx, pub, assign(prov21.PUB[pub][1]))
    if cx.chance(0.75):
        refname = cx.pick(["SMTP_PASSWORD", "DB_PASSWORD", "PARTNER_API_KEY", "SFTP_PASSWORD"])
        line, val = envref(refname)
        d.n(line, val, "reference-env-accessor")
    else:
        i = cx.pick([j for j, p in enumerate(prov21.PLACEHOLDERS) if "<" not in p or name != "wix"])
        K.vph(d, assign("SANDBOX_TOKEN"), i=i)
    d.l(*ftr)


SYNTAXES = {n: (lambda cx, n=n: build(cx, n)) for n in SYN}
