"""Multi-provider integration files, each in one of 20 language/config syntaxes not used by earlier corpora."""
import neg19 as NG
import vals19 as V


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def kebab(name):
    return name.lower().replace("_", "-")


# syntax: (file name, crlf, header(c), line(name, quoted-marked), env-lookup(name), footer, comment prefix)
def _s(name, q1, q2=None):
    q2 = q2 if q2 is not None else q1
    return lambda v: q1 + v + q2


SYNTAXES = {
    "dhall": ("integrations.dhall", False, lambda c: "-- service credentials for %s\n{" % c.slug,
              lambda n, v, first: ("  " if first else ", ") + camel(n) + " = \"" + v + "\"",
              lambda n: "env:%s as Text" % n, "}", "--"),
    "nickel": ("integrations.ncl", False, lambda c: "# nickel export --format yaml integrations.ncl\n{",
               lambda n, v, first: "  " + kebab(n) + " = \"" + v + "\",", lambda n: "std.string.from \"%s\"" % n,
               "}", "#"),
    "starlark": ("tools/integrations.bzl", False, lambda c: "\"\"\"Credentials baked into the release rules (TODO: move to --action_env).\"\"\"\n",
                 lambda n, v, first: n + " = \"" + v + "\"", lambda n: "\"<unset>\"", "", "#"),
    "groovy-configslurper": ("conf/IntegrationConfig.groovy", False, lambda c: "integrations {",
                             lambda n, v, first: "    " + camel(n) + " = '" + v + "'",
                             lambda n: "System.getenv('%s')" % n, "}", "//"),
    "haskell": ("src/Integrations.hs", False, lambda c: "module Integrations where\n\nimport System.Environment (lookupEnv)\n",
                lambda n, v, first: camel(n) + " :: String\n" + camel(n) + " = \"" + v + "\"",
                lambda n: "lookupEnv \"%s\"" % n, "", "--"),
    "crystal": ("src/integrations.cr", False, lambda c: "module Integrations",
                lambda n, v, first: "  " + n + " = \"" + v + "\"", lambda n: "ENV[\"%s\"]?" % n, "end", "#"),
    "fortran-namelist": ("run/integrations.nml", False, lambda c: "&integrations",
                         lambda n, v, first: "  " + n.lower() + " = '" + v + "',", lambda n: "'%s'" % "<set-at-runtime>",
                         "/", "!"),
    "cmake": ("cmake/Integrations.cmake", False, lambda c: "# included from the top-level CMakeLists.txt",
              lambda n, v, first: "set(" + n + " \"" + v + "\" CACHE STRING \"\" FORCE)",
              lambda n: "$ENV{%s}" % n, "", "#"),
    "vbnet": ("Legacy/Integrations.vb", True, lambda c: "Public Module Integrations",
              lambda n, v, first: "    Public Const " + n.title().replace("_", "") + " As String = \"" + v + "\"",
              lambda n: "Environment.GetEnvironmentVariable(\"%s\")" % n, "End Module", "'"),
    "fsharp": ("src/Integrations.fs", False, lambda c: "module Integrations\n",
               lambda n, v, first: "let [<Literal>] " + n.title().replace("_", "") + " = \"" + v + "\"",
               lambda n: "System.Environment.GetEnvironmentVariable \"%s\"" % n, "", "//"),
    "objc": ("ios/Integrations.m", False, lambda c: "#import \"Integrations.h\"\n",
             lambda n, v, first: "NSString * const k" + n.title().replace("_", "") + " = @\"" + v + "\";",
             lambda n: "[[NSProcessInfo processInfo] environment][@\"%s\"]" % n, "", "//"),
    "gleam": ("src/integrations.gleam", False, lambda c: "//// credentials used by the sync workers\n",
              lambda n, v, first: "pub const " + n.lower() + " = \"" + v + "\"", lambda n: "envoy.get(\"%s\")" % n,
              "", "//"),
    "racket": ("integrations.rkt", False, lambda c: "#lang racket/base\n(provide (all-defined-out))\n",
               lambda n, v, first: "(define " + kebab(n) + " \"" + v + "\")", lambda n: "(getenv \"%s\")" % n, "", ";"),
    "common-lisp": ("src/integrations.lisp", False, lambda c: "(in-package #:%s)\n" % c.slug,
                    lambda n, v, first: "(defparameter *" + kebab(n) + "* \"" + v + "\")",
                    lambda n: "(uiop:getenv \"%s\")" % n, "", ";;"),
    "elisp": ("dotfiles/.emacs.d/integrations.el", False, lambda c: ";;; integrations.el --- work accounts  -*- lexical-binding: t -*-",
              lambda n, v, first: "(setq " + kebab(n) + " \"" + v + "\")", lambda n: "(getenv \"%s\")" % n,
              "(provide 'integrations)", ";;"),
    "abap": ("sap/zcl_integrations.abap", False, lambda c: "CLASS zcl_integrations DEFINITION PUBLIC FINAL CREATE PUBLIC.\n  PUBLIC SECTION.",
             lambda n, v, first: "    CONSTANTS c_" + n.lower()[:26] + " TYPE string VALUE '" + v + "'.",
             lambda n: "'%s'" % "<maintained-in-SM30>", "ENDCLASS.", "*"),
    "delphi": ("legacy/Integrations.pas", True, lambda c: "unit Integrations;\n\ninterface\n\nconst",
               lambda n, v, first: "  " + n.title().replace("_", "") + " = '" + v + "';",
               lambda n: "GetEnvironmentVariable('%s')" % n, "\nimplementation\n\nend.", "//"),
    "autohotkey": ("desktop/integrations.ahk", True, lambda c: "#Requires AutoHotkey v2.0\n; used by the reporting hotkeys",
                   lambda n, v, first: n + " := \"" + v + "\"", lambda n: "EnvGet(\"%s\")" % n, "", ";"),
    "applescript": ("desktop/Integrations.applescript", False, lambda c: "-- loaded by the Keynote export script",
                    lambda n, v, first: "property " + camel(n) + " : \"" + v + "\"",
                    lambda n: "(system attribute \"%s\")" % n, "", "--"),
    "powershell-psd1": ("ops/Integrations.psd1", True, lambda c: "@{",
                        lambda n, v, first: "    " + n.title().replace("_", "") + " = '" + v + "'",
                        lambda n: "'%s'" % "<see Get-Secret>", "}", "#"),
}
SYNTAX_NAMES = sorted(SYNTAXES)


def _line(syntax, c, name, marked, first):
    s = SYNTAXES[syntax]
    return s[3](name, marked, first)


def integration(c, i):
    if i == 0:
        c.integ_used = []
    syntax = c.deal("integ-syntax", SYNTAX_NAMES, avoid=c.integ_used)
    c.integ_used.append(syntax)
    fname, crlf, header, line, envf, footer, cm = SYNTAXES[syntax]
    toks = [c.tok() for _ in range(c.randint(2, 4))]
    out = [header(c)]
    first = True
    used_names = set()
    for t in toks:
        name = t["env"]
        if name in used_names:
            name = name + "_2"
        used_names.add(name)
        if c.chance(0.35):
            out.append("%s %s" % (cm, c.choice(["rotated %s" % c.choice(["March", "last sprint", "after the audit"]),
                                                "owner: " + c.person()["handle"], "prod", "TODO move to vault"])))
        out.append(line(name, c.T(t), first))
        first = False
    if c.chance(0.7):
        pr = c.pair()
        i_, s_ = c.PR(pr)
        out.append(line(pr["idname"].upper(), i_, first))
        out.append(line(pr["secname"].upper(), s_, False))
        first = False
    if c.chance(0.55):
        gname, gcat, gval = c.choice([("WEBHOOK_SIGNING_SECRET", "webhook-secret", lambda: c.hexkey(64)),
                                      ("SESSION_SECRET", "session-secret", lambda: c.b64key(32)),
                                      ("SMTP_PASSWORD", "smtp-password", lambda: c.pw()),
                                      ("ENCRYPTION_KEY", "encryption-key", lambda: c.b64key(32)),
                                      ("PARTNER_API_KEY", "api-key", lambda: c.vendor_key()[1])])
        out.append(line(gname, c.S(gcat, gval()), first))
        first = False
    idname, idval = c.choice([("PROJECT_ID", lambda: V.uuid4(c.rng)), ("TENANT_ID", lambda: V.uuid4(c.rng)),
                              ("ORG_ID", lambda: "org-" + V.alnum(c.rng, 24)), ("WORKSPACE_ID", lambda: V.ulid(c.rng)),
                              ("BUILD_ID", lambda: "%d.%d.%d-%s" % (c.randint(1, 9), c.randint(0, 30), c.randint(0, 99), V.hexs(c.rng, 8)))])
    out.append(line(idname, c.N("identifier-" + idname.split("_")[0].lower(), idval()), first))
    first = False
    pub = c.public()
    out.append("%s public, ships in the client bundle" % cm)
    out.append(line(pub["env"], c.N(pub["cat"], pub["value"]), first))
    # a reference or placeholder in the language's own idiom
    rname = c.choice(["WAREHOUSE_PASSWORD", "PAGER_ROUTING_KEY", "LDAP_BIND_PASSWORD", "BACKUP_PASSPHRASE"])
    if syntax in ("dhall", "groovy-configslurper", "haskell", "crystal", "cmake", "vbnet", "fsharp", "objc", "gleam",
                  "racket", "common-lisp", "elisp", "delphi", "autohotkey", "applescript"):
        ref = envf(rname)
        # emit the reference as an expression, not as a string literal
        lit = line(rname, "@@REF@@", False)
        q = lit[lit.index("@@REF@@") - 1]
        lit = lit.replace(q + "@@REF@@" + q, c.N("env-reference", ref))
        out.append(lit)
    else:
        out.append(line(rname, c.N("placeholder", NG.placeholder(c)), False))
    if footer:
        out.append(footer)
    base, ext = fname.rsplit(".", 1)
    c.file(fname if i == 0 else "%s-%d.%s" % (base, i + 1, ext), "\n".join(out) + "\n", crlf=crlf)
