"""Tool/config kinds, part three: legacy web, community apps, game servers, browser and test-automation artefacts."""

import hashlib
import hmac
import json

from core25 import Doc, b64u, rand_str, rbytes


def jwt_hs256(r, claims):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(r, 32), (head + "." + body).encode(), hashlib.sha256).digest()
    return head + "." + body + "." + b64u(sig)


def global_asa(c):
    d = Doc("%s/legacy-intranet/global.asa" % c.dir, crlf=True)
    d.add('<SCRIPT LANGUAGE="VBScript" RUNAT="Server">', "Sub Application_OnStart")
    d.s('  Application("ConnStr") = "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=intranet;User ID=web_iis;Password=%s;"'
        % (c.host("sql"), (v := c.pw(avoid=";\""))), v, "connection-string-password")
    d.s('  Application("SmtpPass") = "%s"' % (v := c.pw(avoid="\"")), v, "smtp-password")
    d.add('  Application("SiteName") = "%s"' % c.org_latin, "End Sub", "</SCRIPT>")
    return [d]


def odc(c):
    d = Doc("%s/finance/reports/Sales by region.odc" % c.dir, crlf=True)
    d.add('<html xmlns:o="urn:schemas-microsoft-com:office:office"', 'xmlns="http://www.w3.org/TR/REC-html40">', "<head>",
          '<meta http-equiv=Content-Type content="text/x-ms-odc; charset=utf-8">', "<xml id=msodc>",
          " <odc:OfficeDataConnection xmlns:odc=\"urn:schemas-microsoft-com:office:odc\">", "  <odc:Connection odc:Type=\"OLEDB\">")
    d.s("   <odc:ConnectionString>Provider=SQLOLEDB.1;Password=%s;Persist Security Info=True;User ID=report;Initial Catalog=Sales;Data Source=%s</odc:ConnectionString>"
        % ((v := c.pw(avoid=";<>&\"")), c.host("sql")), v, "connection-string-password")
    d.add("   <odc:CommandType>Table</odc:CommandType>", "   <odc:CommandText>&quot;Sales&quot;.&quot;dbo&quot;.&quot;ByRegion&quot;</odc:CommandText>",
          "  </odc:Connection>", " </odc:OfficeDataConnection>", "</xml>", "</head>", "</html>")
    return [d]


def flarum(c):
    d = Doc("%s/forum/config.php" % c.dir)
    d.add("<?php return array (", "  'debug' => false,", "  'database' =>", "  array (", "    'driver' => 'mysql',",
          "    'host' => '%s'," % c.host("db"), "    'database' => 'flarum',", "    'username' => 'flarum',")
    d.s("    'password' => '%s'," % (v := c.pw(avoid="'\\")), v, "database-password")
    d.add("    'prefix' => 'flarum_',", "  ),", "  'url' => 'https://forum.%s'," % c.domain, "  'paths' =>",
          "  array (", "    'api' => 'api',", "    'admin' => 'admin',", "  ),", ");")
    return [d]


def nodebb(c):
    d = Doc("%s/community/config.json" % c.dir, fmt="json")
    d.add("{", '    "url": "https://community.%s",' % c.domain)
    d.s('    "secret": "%s",' % (v := c.uuid()), v, "session-secret")
    d.add('    "database": "mongo",', '    "mongo": {', '        "host": "%s",' % c.host("mongo"), '        "port": "27017",',
          '        "username": "nodebb",')
    d.s('        "password": "%s",' % (v := c.pw()), v, "database-password")
    d.add('        "database": "nodebb"', "    },", '    "port": "4567"', "}")
    return [d]


def cs2_server(c):
    d = Doc("%s/staff-games/cs2/cfg/server.cfg" % c.dir)
    d.add('hostname "%s staff night"' % c.org_latin, "sv_lan 0")
    d.s('rcon_password "%s"' % (v := c.pw("strong", avoid='"')), v, "rcon-password")
    d.s('sv_password "%s"' % (v := c.pw("weak")), v, "game-join-password")
    d.s("sv_setsteamaccount %s" % (v := c.hexs(32).upper()), v, "steam-game-server-token")
    d.add("mp_maxrounds 24", "exec banned_user.cfg")
    return [d]


def uptime_kuma(c):
    d = Doc("%s/monitoring/kuma-backup.json" % c.dir, fmt="json")
    tg, cat, _ = c.tok("telegram")
    smtp = c.pw(avoid='"\\')
    cfg = json.dumps({"name": "ops telegram", "type": "telegram", "telegramChatID": "-100%d" % c.r.randint(10 ** 9, 10 ** 10),
                      "telegramBotToken": tg, "isDefault": True}, separators=(",", ":"))
    cfg2 = json.dumps({"name": "mail", "type": "smtp", "smtpHost": "mail." + c.domain, "smtpPort": 587, "smtpUsername": "kuma",
                       "smtpPassword": smtp}, separators=(",", ":"))
    d.add("{", '  "version": "1.23.16",', '  "notificationList": [')
    d.s('    {"id": 1, "name": "ops telegram", "config": %s, "active": 1},' % json.dumps(cfg), tg, cat, group="provider")
    d.s('    {"id": 2, "name": "mail", "config": %s, "active": 1}' % json.dumps(cfg2), smtp, "smtp-password")
    d.add("  ],", '  "monitorList": [')
    d.s('    {"id": 7, "name": "NAS web", "url": "https://%s", "basic_auth_user": "monitor", "basic_auth_pass": "%s"}'
        % (c.host("nas"), (v := c.pw(avoid='"\\'))), v, "basic-auth-password")
    d.add("  ]", "}")
    return [d]


def tampermonkey(c):
    shape = c.r.choice(["linear", "notion", "figma", "openai", "huggingface"])
    v, cat, _ = c.tok(shape)
    d = Doc("%s/tools/userscripts/lot-lookup.user.js" % c.dir)
    d.add("// ==UserScript==", "// @name         Lot lookup helper", "// @namespace    https://%s/" % c.domain,
          "// @match        https://erp.%s/*" % c.inner, "// @grant        GM_xmlhttpRequest", "// ==/UserScript==", "",
          "(function () {", "  'use strict';")
    d.s("  const API_KEY = '%s';" % v, v, cat, group="provider")
    d.add("  document.querySelectorAll('.lot-id').forEach((el) => {", "    el.title = 'lookup: ' + el.textContent;", "  });",
          "})();")
    return [d]


def selenium_side(c):
    d = Doc("%s/qa/selenium/login-smoke.side" % c.dir, fmt="json")
    sid = c.uuid()
    d.add("{")
    d.n('  "id": "%s",' % sid, sid, "selenium-project-uuid")
    d.add('  "version": "2.0",', '  "name": "login smoke",', '  "url": "https://portal.%s",' % c.domain, '  "tests": [{',
          '    "id": "%s",' % c.uuid(), '    "name": "admin login",', '    "commands": [',
          '      {"id": "%s", "command": "open", "target": "/login", "value": ""},' % c.uuid(),
          '      {"id": "%s", "command": "type", "target": "id=username", "value": "admin"},' % c.uuid())
    d.s('      {"id": "%s", "command": "type", "target": "id=password", "value": "%s"},' % (c.uuid(), (v := c.pw(avoid='"\\'))),
        v, "web-login-password")
    d.add('      {"id": "%s", "command": "click", "target": "css=button[type=submit]", "value": ""}' % c.uuid(),
          "    ]", "  }],", '  "suites": [],', '  "urls": ["https://portal.%s/"],' % c.domain, '  "plugins": []', "}")
    return [d]


def playwright_state(c):
    d = Doc("%s/e2e/playwright/.auth/admin.json" % c.dir, fmt="json")
    sess = c.alnum(48)
    tok = c.uniq(lambda: jwt_hs256(c.r, {"sub": c.uuid(), "role": "admin", "iat": 1735000000 + c.r.randint(0, 10 ** 7),
                                          "exp": 1767000000 + c.r.randint(0, 10 ** 7)}))
    d.add("{", '  "cookies": [', "    {", '      "name": "session_id",')
    d.s('      "value": "%s",' % sess, sess, "session-cookie", free=False)
    d.add('      "domain": "portal.%s",' % c.domain, '      "path": "/",', '      "httpOnly": true,', '      "secure": true,',
          '      "sameSite": "Lax"', "    },", "    {", '      "name": "_ga",')
    ga = "GA1.1.%d.%d" % (c.r.randint(10 ** 8, 10 ** 9), c.r.randint(1700000000, 1760000000))
    d.n('      "value": "%s",' % ga, ga, "analytics-cookie")
    d.add('      "domain": ".%s",' % c.domain, '      "path": "/",', '      "httpOnly": false,', '      "secure": false,',
          '      "sameSite": "Lax"', "    }", "  ],", '  "origins": [{', '    "origin": "https://portal.%s",' % c.domain,
          '    "localStorage": [{', '      "name": "access_token",')
    d.s('      "value": "%s"' % tok, tok, "bearer-jwt")
    d.add("    }]", "  }]", "}")
    return [d]


def playwright_setup(c):
    d = Doc("%s/e2e/tests/auth.setup.ts" % c.dir)
    d.add("import { test as setup, expect } from '@playwright/test';", "", "setup('authenticate', async ({ page }) => {",
          "  await page.goto('https://portal.%s/login');" % c.domain, "  await page.getByLabel('User').fill('qa.admin');")
    d.s("  await page.getByLabel('Password').fill('%s');" % (v := c.pw(avoid="'\\")), v, "web-login-password")
    d.add("  await page.getByRole('button', { name: 'Sign in' }).click();")
    d.n("  // CI: page.getByLabel('Password').fill(process.env.E2E_PASSWORD ?? '')", "process.env.E2E_PASSWORD", "environment-reference")
    d.add("  await page.context().storageState({ path: 'playwright/.auth/admin.json' });", "});")
    return [d]


def gherkin(c):
    d = Doc("%s/qa/features/access.feature" % c.dir)
    d.add("Feature: back-office access", "", "  Background:")
    d.s('    Given I am logged in as "ops" with password "%s"' % (v := c.pw(avoid='"')), v, "web-login-password")
    d.add("", "  Scenario Outline: role landing pages", '    When I log in as "<user>" with password "<password>"',
          '    Then I see the "<page>" page', "", "    Examples:", "      | user       | password | page      |")
    for user, page in (("dispatcher", "dispatch"), ("accountant", "ledger")):
        d.s("      | %-10s | %s | %s |" % (user, (v := c.pw(avoid="|")), page), v, "web-login-password")
    d.add("", "  Scenario: lockout")
    d.n('    When I log in as "ops" with the wrong password "definitely-not-it-42" 5 times', "definitely-not-it-42",
        "deliberately-wrong-password")
    d.add("    Then the account is locked for 15 minutes")
    return [d]


def browser_csv(c):
    r = c.r
    p = c.person()
    if r.random() < 0.5:
        d = Doc("%s/home/%s/Downloads/Chrome Passwords.csv" % (c.dir, p["latin"]), crlf=True)
        d.add("name,url,username,password,note")
        for host in ("erp." + c.inner, "mail." + c.domain, c.host("nas")):
            d.s("%s,https://%s/,%s,%s," % (host, host, p["handle"], (v := c.pw(avoid=",\""))), v, "browser-saved-password")
        return [d]
    d = Doc("%s/home/%s/Documents/lastpass_export.csv" % (c.dir, p["latin"]), crlf=True)
    d.add("url,username,password,totp,extra,name,grouping,fav")
    for host, grp in (("erp." + c.inner, "Work"), ("bank.example", "Finance")):
        d.s("https://%s,%s,%s,,,%s,%s,0" % (host, p["handle"], (v := c.pw(avoid=",\"")), host, grp), v, "browser-saved-password")
    seed = c.uniq(lambda: rand_str(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    d.s("https://vpn.%s,%s,,%s,,VPN portal,Work,1" % (c.domain, p["handle"], seed), seed, "totp-seed")
    return [d]


def arm_parameters(c):
    d = Doc("%s/infra/arm/azuredeploy.parameters.json" % c.dir, fmt="json")
    sub = c.uuid()
    d.add("{", '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",',
          '  "contentVersion": "1.0.0.0",', '  "parameters": {', '    "adminUsername": {"value": "azureadmin"},')
    d.s('    "adminPassword": {"value": "%s"},' % (v := c.pw("strong", avoid='"\\')), v, "vm-admin-password")
    d.add('    "sqlAdminPassword": {', '      "reference": {', '        "keyVault": {')
    d.n('          "id": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.KeyVault/vaults/kv-%s"'
        % (sub, c.slug, c.slug[:10]), sub, "key-vault-reference")
    d.add("        },", '        "secretName": "sql-admin"', "      }", "    }", "  }", "}")
    return [d]


def matrix_bot(c):
    bot = c.slug.split("-")[0][:10] + "bot"
    v, cat, _ = c.tok("matrix", bot=bot)
    d = Doc("%s/bots/matrix-alerts.yaml" % c.dir)
    d.add("homeserver: https://matrix.%s" % c.domain, "user_id: \"@%s:%s\"" % (bot, c.domain))
    d.s("access_token: %s" % v, v, cat, group="provider")
    d.add("device_id: %s" % rand_str(c.r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "rooms:", "  - \"!%s:%s\"" % (rand_str(c.r, 18), c.domain))
    return [d]


KINDS = {f.__name__: f for f in [global_asa, odc, flarum, nodebb, cs2_server, uptime_kuma, tampermonkey, selenium_side,
                                  playwright_state, playwright_setup, gherkin, browser_csv, arm_parameters, matrix_bot]}
