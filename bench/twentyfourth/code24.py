"""Integration code in 18 languages/idioms, data-driven (twentyfourth corpus)."""
from core24 import Doc, path


def _names(shape, style):
    parts = shape.replace(".", "-").split("-")
    if style == "upper":
        return "_".join(parts).upper()
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "kebab":
        return "-".join(parts)
    if style == "pascal":
        return "".join(p.capitalize() for p in parts)
    return "_".join(parts)


# path, crlf, style, header, token line, pair (id, secret) lines, public line, env line, footer
TEMPLATES = {
    "odin": ("integrations/notify/notify.odin", False, "upper",
             'package notify\n\nimport "core:os"\nimport "core:fmt"\n',
             '{name} :: "{v}"', ('{name}_ID :: "{v}"', '{name}_SECRET :: "{v}"'), 'PUBLIC_{name} :: "{v}"',
             'db_password :: proc() -> string {{ return os.get_env("{env}") }}', '\nmain :: proc() {\n\tfmt.println("notify ready")\n}'),
    "dlang": ("integrations/upload/source/app.d", False, "camel",
              'module app;\n\nimport std.process : environment;\nimport std.stdio;\n',
              'enum string {name} = "{v}";', ('enum string {name}Id = "{v}";', 'enum string {name}Secret = "{v}";'),
              'enum string public{name} = "{v}";', 'string dbPassword() {{ return environment.get("{env}"); }}',
              '\nvoid main() {\n    writeln("uploader ready");\n}'),
    "eiffel": ("integrations/sync/sync_client.e", False, "snake",
               'note\n\tdescription: "Sync client for the partner APIs"\nclass\n\tSYNC_CLIENT\ninherit\n\tEXECUTION_ENVIRONMENT\nfeature -- Access\n',
               '\t{name}: STRING = "{v}"', ('\t{name}_id: STRING = "{v}"', '\t{name}_secret: STRING = "{v}"'),
               '\tpublic_{name}: STRING = "{v}"', '\tdb_password: detachable STRING_32 do Result := item ("{env}") end',
               'end'),
    "forth": ("integrations/push/push.fs", False, "kebab",
              '\\ push notifications for the line terminals (gforth)\n',
              ': {name} ( -- addr u ) s" {v}" ;', (': {name}-id ( -- addr u ) s" {v}" ;', ': {name}-secret ( -- addr u ) s" {v}" ;'),
              ': public-{name} ( -- addr u ) s" {v}" ;', ': db-password ( -- addr u ) s" {env}" getenv ;', '\\ end of file'),
    "q": ("integrations/feed/feed.q", False, "camel",
          '/ market-data feed handler: partner credentials\n\\d .cfg\n',
          '{name}:"{v}"', ('{name}Id:"{v}"', '{name}Secret:"{v}"'), 'public{name}:"{v}"', 'dbPassword:getenv`{env}',
          '\\d .\n.z.ts:{{.feed.poll[]}}'),
    "scilab": ("integrations/export/export.sce", False, "snake",
               '// export lab results to the partner portals\nclear;\n',
               '{name} = "{v}";', ('{name}_id = "{v}";', '{name}_secret = "{v}";'), 'public_{name} = "{v}";',
               'db_password = getenv("{env}", "");', 'mprintf("export ready\\n");'),
    "jxa": ("integrations/mac/report.js", False, "camel",
            '#!/usr/bin/osascript -l JavaScript\nObjC.import("stdlib");\n',
            'const {name} = "{v}";', ('const {name}Id = "{v}";', 'const {name}Secret = "{v}";'), 'const public{name} = "{v}";',
            'const dbPassword = $.getenv("{env}");', 'function run() {{\n  return "report queued";\n}}'),
    "rego": ("integrations/policy/partner.rego", False, "snake",
             'package partner.sync\n\nimport rego.v1\n',
             '{name} := "{v}"', ('{name}_id := "{v}"', '{name}_secret := "{v}"'), 'public_{name} := "{v}"',
             'db_password := opa.runtime().env.{env}', '\nallow if input.method == "GET"'),
    "lsl": ("integrations/visitor-centre/kiosk.lsl", False, "upper",
            '// virtual visitor-centre kiosk\n',
            'string {name} = "{v}";', ('string {name}_ID = "{v}";', 'string {name}_SECRET = "{v}";'), 'string PUBLIC_{name} = "{v}";',
            'string DB_PASSWORD_NOTECARD = "{env}";',
            'default\n{{\n    touch_start(integer n)\n    {{\n        llOwnerSay("kiosk ready");\n    }}\n}}'),
    "sourcepawn": ("integrations/gameserver/relay.sp", False, "upper",
                   '#include <sourcemod>\n#pragma semicolon 1\n',
                   '#define {name} "{v}"', ('#define {name}_ID "{v}"', '#define {name}_SECRET "{v}"'), '#define PUBLIC_{name} "{v}"',
                   'ConVar g_cvDbPassword; // CreateConVar("{env}", "", "db password", FCVAR_PROTECTED)',
                   'public void OnPluginStart()\n{{\n    PrintToServer("relay loaded");\n}}'),
    "mql5": ("integrations/trading/Bridge.mq5", True, "pascal",
             '//+------------------------------------------------------------------+\n//| Bridge.mq5  order bridge                                         |\n//+------------------------------------------------------------------+\n#property strict\n',
             'input string Inp{name} = "{v}";', ('input string Inp{name}Id = "{v}";', 'input string Inp{name}Secret = "{v}";'),
             'input string InpPublic{name} = "{v}";', 'string DbPassword() {{ return TerminalInfoString(TERMINAL_DATA_PATH) + "\\\\{env}"; }}',
             'int OnInit()\n  {{\n   return(INIT_SUCCEEDED);\n  }}'),
    "cypher": ("integrations/graph/load-partners.cypher", False, "camel",
               '// nightly partner import (Neo4j + APOC)\n',
               ':param {name} => "{v}";', (':param {name}Id => "{v}";', ':param {name}Secret => "{v}";'),
               ':param public{name} => "{v}";', 'CALL apoc.load.jsonParams($apiUrl, {{Authorization: "Bearer " + apoc.sys.getenv("{env}")}}, null) YIELD value RETURN count(value);',
               'MATCH (p:Partner) RETURN count(p);'),
    "powerquery": ("integrations/bi/PartnerFeed.pq", True, "pascal",
                   'let\n',
                   '    {name} = "{v}",', ('    {name}Id = "{v}",', '    {name}Secret = "{v}",'), '    Public{name} = "{v}",',
                   '    DbPassword = Extension.CurrentCredential()[Password], // {env}',
                   '    Source = Json.Document(Web.Contents("https://api.example.invalid/feed"))\nin\n    Source'),
    "kql": ("integrations/adx/partner-calls.kql", False, "camel",
            '// partner API calls from Azure Data Explorer\n',
            'let {name} = "{v}";', ('let {name}Id = "{v}";', 'let {name}Secret = "{v}";'), 'let public{name} = "{v}";',
            'let dbPassword = "{{{{{env}}}}}"; // substituted by the pipeline',
            'print status = "ok"'),
    "xojo": ("integrations/desktop/ApiClient.xojo_code", True, "pascal",
             '#tag Module\nProtected Module ApiClient\n',
             '\tConst k{name} As String = "{v}"', ('\tConst k{name}Id As String = "{v}"', '\tConst k{name}Secret As String = "{v}"'),
             '\tConst kPublic{name} As String = "{v}"',
             '\tFunction DbPassword() As String\n\t\tReturn System.EnvironmentVariable("{env}")\n\tEnd Function',
             'End Module\n#tag EndModule'),
    "hack": ("integrations/web/PartnerClient.hack", False, "upper",
             '<?hh\n\nnamespace Partner;\n',
             'const string {name} = \'{v}\';', ('const string {name}_ID = \'{v}\';', 'const string {name}_SECRET = \'{v}\';'),
             'const string PUBLIC_{name} = \'{v}\';', 'function db_password(): ?string {{ return \\getenv(\'{env}\') ?: null; }}', ''),
    "red": ("integrations/tools/sync.red", False, "kebab",
            'Red [Title: "partner sync"]\n',
            '{name}: "{v}"', ('{name}-id: "{v}"', '{name}-secret: "{v}"'), 'public-{name}: "{v}"', 'db-password: get-env "{env}"',
            'print "sync ready"'),
    "svelte": ("integrations/portal/src/lib/Map.svelte", False, "camel",
               '<script>\n  import {{ env }} from "$env/dynamic/public";\n',
               '  const {name} = "{v}";', ('  const {name}Id = "{v}";', '  const {name}Secret = "{v}";'), '  const public{name} = "{v}";',
               '  const dbPassword = env.PUBLIC_{env};',
               '</script>\n\n<div class="map" data-ready="true"></div>'),
}
LANGS = list(TEMPLATES)


def _unbrace(s):
    return s.replace("{{", "{").replace("}}", "}")


def build(ctx, lang, toks, pair, pub, env):
    """toks: [(shape, value)], pair: (kind, idval, secval) or None, pub: (cat, value)."""
    p, crlf, style, head, tfmt, pfmt, pubfmt, envfmt, foot = TEMPLATES[lang]
    d = Doc(path(ctx, p), crlf=crlf)
    d.t(_unbrace(head).rstrip("\n"))
    for shape, v in toks:
        d.s(tfmt.format(name=_names(shape, style), v="@@"), v, shape, group="provider")
    if pair:
        kind, iv, sv = pair
        nm = _names(kind, style)
        d.pair(pfmt[0].format(name=nm, v="@@"), iv, pfmt[1].format(name=nm, v="@@"), sv, kind + "-pair")
    d.n(pubfmt.format(name=_names(pub[0], "pascal" if style == "camel" else style), v="@@"), pub[1], pub[0])
    envline = envfmt.format(env=env)
    first = envline.split("\n")
    # the env reference is a negative on the line that names it
    for i, ln in enumerate(first):
        if env in ln:
            if i:
                d.t("\n".join(first[:i]))
            d.n(ln, env, "env-reference")
            if first[i + 1:]:
                d.t("\n".join(first[i + 1:]))
            break
    if foot:
        d.t(_unbrace(foot))
    return d
