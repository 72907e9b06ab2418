"""Free text, part C: miscellaneous documents (6), shell/REPL histories (8), version-control artefacts (7),
spreadsheet exports (4)."""

import frame21 as F
import kit21 as K
import prov21
import talk21 as T
from prose21a import _put, J, X

ID = (lambda s: s)
NOQ = "\"'\\ `$"


# ---------------------------------------------------------------- misc documents
def graphviz(cx):
    d = cx.doc("docs/diagrams/%s-dataflow.dot" % cx.v["short"], ft=True)
    u = cx.upw()
    p = cx.pw(forbid="\"\\")
    sn = cx.serial(cx.t["devices"][0][1])
    d.l("digraph %s_dataflow {" % cx.v["short"], "  rankdir=LR;", '  node [shape=box, fontname="Helvetica"];',
        '  erp [label="%s\\n%s"];' % (cx.sys(), cx.host("erp")), '  db [label="PostgreSQL\\n%s"];' % cx.host("db1"))
    d.s('  erp -> db [label="postgres://etl:%s@%s:5432/erp"];' % (u, cx.host("db1")), u, "password-url")
    d.s('  sftp [label="Partner SFTP\\nuser: %s / %s"];' % (cx.v["short"], p), p, "password-diagram")
    d.n('  gw [label="%s\\nS/N %s"];' % (cx.t["devices"][0][0], sn), sn, "id-serial")
    d.l("  db -> sftp;", "  gw -> erp;", "}")


def freemind(cx):
    d = cx.doc("docs/mindmaps/%s-migration.mm" % cx.sys().split()[0].lower(), ft=True)
    p = cx.pw(forbid="\\")
    vt, vi = T.vault_item(cx)
    key, item = T.token_item(cx)
    d.l('<map version="1.0.1">', '<node CREATED="1741079553000" ID="ID_1" MODIFIED="1741080000000" TEXT="%s">' % X(cx.sys()),
        '<node CREATED="1741079560000" ID="ID_2" POSITION="right" TEXT="%s">' % X(cx.w("subject")))
    _put(d, '<node ID="ID_3" TEXT="%s"/>' % X("admin / " + p), (T.SECRET, p, "password-mindmap", "generic"), X)
    _put(d, '<node ID="ID_4" TEXT="%s"/>' % X("%s: %s" % (K.vendor_of(key), item[1])), item, X)
    _put(d, '<node ID="ID_5" TEXT="%s"/>' % X(vt), vi, X)
    d.l("</node>", '<node ID="ID_6" POSITION="left" TEXT="%s"/>' % X(cx.say("chat")), "</node>", "</map>")


def opml(cx):
    d = cx.doc("docs/outlines/%s-handover.opml" % cx.v["short"], ft=True)
    rows = T.device_rows(cx, 3)
    d.l('<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
        "  <head><title>%s</title><dateCreated>%s</dateCreated></head>" % (X(cx.w("todo")), cx.day().strftime("%a, %d %b %Y %H:%M:%S GMT")),
        "  <body>", '    <outline text="%s">' % X(cx.w("subject")))
    for dev, host, user, v, item in rows:
        _put(d, '      <outline text="%s"/>' % X("%s %s: %s / %s" % (dev, host, user, v)), item, X)
    d.l("    </outline>", "  </body>", "</opml>")


def _vc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def vcard(cx):
    d = cx.doc("docs/contacts/vendors.vcf", ft=True)
    for i, (name, _) in enumerate(cx.t["vendors"]):
        d.l("BEGIN:VCARD", "VERSION:4.0", "FN:%s support" % name, "ORG:%s" % name,
            "TEL;TYPE=work:+%d %d %d" % (cx.rng.randint(30, 99), cx.rng.randint(100, 999), cx.rng.randint(10000, 99999)),
            "EMAIL:support@%s.example" % name.lower())
        if i == 0:
            p = cx.pw(forbid=",;\\")
            d.s("NOTE:portal login %s / %s" % (cx.v["short"], p), p, "password-contact-note")
        elif i == 1:
            c = "%d-%d" % (cx.rng.randint(1000, 9999), cx.rng.randint(100000, 999999))
            d.n("NOTE:customer number %s\\, contract renewal in June" % c, c, "id-customer-number")
        else:
            key, item = T.token_item(cx)
            d.s("NOTE:%s" % _vc("API key %s" % item[1]), _vc(item[1]), item[2], "provider")
        d.l("END:VCARD")


def taskwarrior(cx):
    d = cx.doc("docs/tasks/taskwarrior-export.json", ft=True)
    tasks = [("renew the certificate for the portal", None)]
    t = cx.pw(style=cx.pick(["human", "alnum"]), forbid="\\")
    tasks.append(("reset %s for %s" % (cx.sys(), cx.person().first), ("temp %s" % t, (T.SECRET, t, "temporary-password", "generic"))))
    vt, vi = T.vault_item(cx)
    tasks.append(("move the SFTP password to the vault", (vt, vi)))
    key, item = T.token_item(cx)
    tasks.append(("rotate the %s key" % K.vendor_of(key), ("current key %s" % item[1], item)))
    d.l("[")
    for i, (desc, ann) in enumerate(tasks):
        ts = cx.tick().strftime("%Y%m%dT%H%M%SZ")
        c = "," if i < len(tasks) - 1 else ""
        if ann is None:
            d.l('{"id":%d,"description":"%s","entry":"%s","status":"pending","uuid":"%s","urgency":%.1f}%s' % (
                i + 1, desc, ts, cx.uuid(), cx.rng.uniform(1, 9), c))
        else:
            line = '{"id":%d,"description":"%s","entry":"%s","status":"pending","uuid":"%s","annotations":[{"entry":"%s","description":"%s"}],"urgency":%.1f}%s' % (
                i + 1, J(desc), ts, cx.uuid(), ts, J(ann[0]), cx.rng.uniform(1, 9), c)
            _put(d, line, ann[1], J)
    d.l("]")


def excalidraw(cx):
    d = cx.doc("docs/whiteboard/%s-network.excalidraw" % cx.v["short"], ft=True)
    items = [(cx.host("fw"), None)]
    p = cx.pw(forbid="\\")
    items.append(("wifi %s: %s" % (cx.ssid(), p), (T.SECRET, p, "wifi-psk", "generic")))
    u = cx.upw()
    items.append(("mqtts://gw:%s@%s:8883" % (u, cx.host("mqtt")), (T.SECRET, u, "password-url", "generic")))
    sn = cx.serial(cx.t["devices"][1][1])
    items.append(("%s S/N %s" % (cx.t["devices"][1][0], sn), (T.NEG, sn, "id-serial")))
    d.l("{", '  "type": "excalidraw",', '  "version": 2,', '  "source": "https://excalidraw.com",', '  "elements": [')
    for i, (text, item) in enumerate(items):
        line = '    {"id": "%s", "type": "text", "x": %d, "y": %d, "text": "%s", "fontSize": 20}%s' % (
            cx.rs(21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), 100 + 40 * i, 80 * i, J(text),
            "," if i < len(items) - 1 else "")
        _put(d, line, item, J)
    d.l("  ],", '  "appState": {"viewBackgroundColor": "#ffffff"},', '  "files": {}', "}")


# ---------------------------------------------------------------- histories
def pry(cx):
    d = cx.doc("home/%s/.pry_history" % cx.person().short, ft=True)
    aid, sec = prov21.pair(cx, "aws")
    u = cx.upw()
    key, item = T.token_item(cx)
    d.l("User.count", "Order.where(status: :failed).count")
    d.s('s3 = Aws::S3::Client.new(region: "eu-north-1", access_key_id: "%s", secret_access_key: "%s")' % (aid, sec), sec,
        "aws-secret-access-key", "provider")
    d.s('Redis.new(url: "redis://:%s@%s:6379/0").ping' % (u, cx.host("redis1")), u, "password-url")
    _put(d, 'Faraday.new(headers: {"Authorization" => "Bearer %s"}).get("https://api.%s.example/v1/ping")' % (
        item[1], K.vendor_of(key).lower().replace(" ", "")), item, ID)
    d.n('ENV.fetch("SMTP_PASSWORD")', 'ENV.fetch("SMTP_PASSWORD")', "reference-env-accessor")
    d.l("exit")


def dbshell(cx):
    d = cx.doc("home/%s/.dbshell" % cx.person().short, ft=True)
    a, b = cx.pw(forbid=NOQ), cx.pw(forbid=NOQ)
    d.l("show dbs", "use admin")
    d.s('db.auth("admin", "%s")' % a, a, "password-mongodb")
    d.s('db.createUser({user: "report", pwd: "%s", roles: [{role: "read", db: "%s"}]})' % (b, cx.v["short"]), b,
        "password-mongodb")
    d.n('db.changeUserPassword("etl", passwordPrompt())', "passwordPrompt()", "prose-no-value")
    d.l('db.getSiblingDB("%s").events.countDocuments()' % cx.v["short"], "exit")


def influx(cx):
    d = cx.doc("home/%s/.influx_history" % cx.person().short, ft=True)
    a, b = cx.pw(forbid=NOQ), cx.pw(forbid=NOQ)
    d.l("show databases", "auth")
    d.s("CREATE USER \"grafana\" WITH PASSWORD '%s'" % a, a, "password-influxdb")
    d.s("SET PASSWORD FOR \"telegraf\" = '%s'" % b, b, "password-influxdb")
    d.l("use telegraf", "select count(*) from cpu where time > now() - 1h")


def psysh(cx):
    d = cx.doc("home/%s/.config/psysh/psysh_history" % cx.person().short, ft=True)
    p = cx.pw(forbid=NOQ)
    key, item = T.token_item(cx)
    d.l("_HiStOrY_V2_")
    d.s("$pdo = new PDO('mysql:host=%s;dbname=shop', 'shop', '%s');" % (cx.host("db1"), p), p, "password-mysql")
    _put(d, "Http::withToken('%s')->get('https://api.%s/v1/orders')->status()" % (item[1], cx.v["domain"]), item, ID)
    d.n("config('services.stripe.secret')", "config('services.stripe.secret')", "reference-config-accessor")
    d.l("App\\Models\\Order::latest()->first()")


def beeline(cx):
    d = cx.doc("home/%s/.beeline/history" % cx.person().short, ft=True)
    p = cx.pw(forbid=NOQ + ";")
    d.s("!connect jdbc:hive2://%s:10000/default svc_etl %s" % (cx.host("hs2"), p), p, "password-hive")
    d.l("show databases;", "select count(*) from raw.events where dt='%s';" % cx.day().strftime("%Y-%m-%d"),
        "!connect jdbc:hive2://%s:10000/default;principal=hive/_HOST@%s" % (cx.host("hs2"), cx.v["domain"].upper()))
    d.l("set hive.execution.engine=tez;")


def xonsh(cx):
    sid = cx.uuid()
    d = cx.doc("home/%s/.local/share/xonsh/history_json/xonsh-%s.json" % (cx.person().short, sid), ft=True)
    key, item = T.token_item(cx)
    u = cx.upw()
    cmds = [("ls -la\n", None), ("$%s = '%s'\n" % (K.var_of(key), item[1]), item),
            ("psql postgresql://app:%s@%s/app -c 'select 1'\n" % (u, cx.host("db1")), (T.SECRET, u, "password-url", "generic")),
            ("$AWS_PROFILE = 'prod'\n", None), ("vault kv get -field=password secret/%s/sftp\n" % cx.v["short"],
                                                (T.NEG, "vault kv get -field=password secret/%s/sftp" % cx.v["short"], "reference-vault-cli"))]
    t0 = 1741079553.0 + cx.rng.randint(0, 9000000)
    d.l("{", '  "locked": false,', '  "ts": [%.3f, %.3f],' % (t0, t0 + 900), '  "data": {', '    "cmds": [')
    for i, (inp, it) in enumerate(cmds):
        line = '      {"inp": "%s", "rtn": 0, "ts": [%.3f, %.3f]}%s' % (J(inp), t0 + i * 30, t0 + i * 30 + 1,
                                                                   "," if i < len(cmds) - 1 else "")
        _put(d, line, it, J)
    d.l("    ],", '    "sessionid": "%s"' % sid, "  }", "}")


def sqlplus(cx):
    d = cx.doc("home/%s/.sqlplus_history" % cx.person().short, ft=True)
    a, b = cx.pw(forbid=NOQ + "@/"), cx.pw(forbid=NOQ + "@/")
    d.s('conn app_owner/"%s"@//%s:1521/ERPPDB' % (a, cx.host("ora1")), a, "password-oracle")
    d.l("select count(*) from orders where created > sysdate - 1;")
    d.s('alter user report identified by "%s" account unlock;' % b, b, "password-oracle")
    d.l("conn / as sysdba", "select name, open_mode from v$pdbs;")


def ps_history_csv(cx):
    d = cx.doc("home/%s/history-%s.csv" % (cx.person().short, cx.day().strftime("%Y%m%d")), crlf=True, ft=True)
    p = cx.pw(forbid="'\\")
    key, item = T.token_item(cx)
    cmds = [("Get-Service | Where-Object Status -eq 'Running'", None),
            ("$cred = New-Object PSCredential('svc-backup', (ConvertTo-SecureString '%s' -AsPlainText -Force))" % p,
             (T.SECRET, p, "password-powershell", "generic")),
            ("Invoke-RestMethod -Uri https://api.%s/v2/status -Headers @{Authorization='Bearer %s'}" % (cx.v["domain"], item[1]), item),
            ("$pw = Get-Secret -Name smtp -Vault Ops -AsPlainText", (T.NEG, "Get-Secret -Name smtp -Vault Ops", "reference-secretmanagement"))]
    d.l("#TYPE Microsoft.PowerShell.Commands.HistoryInfo",
        '"Id","CommandLine","ExecutionStatus","StartExecutionTime","EndExecutionTime","Duration"')
    for i, (c, it) in enumerate(cmds):
        t = cx.tick(1)
        line = '"%d",%s,"Completed","%s","%s","00:00:00.%07d"' % (i + 1, F.csvq(c), t.strftime("%m/%d/%Y %I:%M:%S %p"),
                                                                t.strftime("%m/%d/%Y %I:%M:%S %p"), cx.rng.randint(1, 9999999))
        _put(d, line, it, lambda s: s.replace('"', '""'))


# ---------------------------------------------------------------- version control
def rcs(cx):
    d = cx.doc("vcs/rcs/gateway.ini,v", ft=True)
    p1, p2 = cx.pw(forbid="@\\"), cx.pw(forbid="@\\")
    who = cx.person().short
    t = [cx.day() for _ in range(3)]
    d.l("head\t1.3;", "access;", "symbols;", "locks; strict;", "comment\t@# @;", "", "")
    for rev, nxt, tt in (("1.3", "1.2", t[2]), ("1.2", "1.1", t[1]), ("1.1", "", t[0])):
        d.l(rev, "date\t%s;\tauthor %s;\tstate Exp;" % (tt.strftime("%Y.%m.%d.%H.%M.%S"), who), "branches;", "next\t%s;" % nxt, "")
    d.l("", "desc", "@gateway settings", "@", "", "", "1.3", "log", "@password moved to a file readable by the service only",
        "@", "text", "@[gateway]", "host = %s" % cx.host("gw"))
    d.n("password_file = /etc/gateway/secret", "/etc/gateway/secret", "reference-file")
    d.l("@", "", "", "1.2", "log", "@new password after the audit", "@", "text", "@d3 1", "a3 1")
    d.s("password = %s" % p2, p2, "password-vcs-history")
    d.l("@", "", "", "1.1", "log", "@initial import", "@", "text", "@d3 1", "a3 1")
    d.s("password = %s" % p1, p1, "password-vcs-history")
    d.l("@")


def cvs_diff(cx):
    d = cx.doc("vcs/cvs/app.conf.diff", ft=True)
    p = cx.pw(forbid="$")
    d.l("Index: etc/app.conf", "=" * 67, "RCS file: /cvsroot/%s/etc/app.conf,v" % cx.v["short"], "retrieving revision 1.14",
        "diff -u -r1.14 app.conf", "--- etc/app.conf\t%s -0000\t1.14" % cx.day().strftime("%d %b %Y %H:%M:%S"),
        "+++ etc/app.conf\t%s -0000" % cx.tick().strftime("%d %b %Y %H:%M:%S"), "@@ -3,7 +3,7 @@", " [smtp]",
        " host = smtp.%s" % cx.v["domain"], " user = alerts")
    d.s("-password = %s" % p, p, "password-vcs-history")
    d.n("+password = ${SMTP_PASSWORD}", "${SMTP_PASSWORD}", "reference-env")
    d.l(" port = 587")


def merge_conflict(cx):
    d = cx.doc("vcs/conflicts/config/production.yml", ft=True)
    a = cx.pw(forbid="\"'\\#:{}[],&*?|<>=!%@` ")
    d.l("database:", "  host: %s" % cx.host("db1"), "  user: app", "<<<<<<< HEAD")
    d.s("  password: %s" % a, a, "password-vcs-history")
    d.l("=======")
    K.ref(d, cx, "sops", "db-password", "  password: {v}")
    d.l(">>>>>>> feature/encrypt-secrets", "  pool: 10")


def rej(cx):
    d = cx.doc("vcs/patches/settings.py.rej", ft=True)
    p = cx.pw(forbid="\"\\")
    d.l("--- config/settings.py", "+++ config/settings.py", "@@ -12,7 +12,7 @@", ' EMAIL_HOST = "smtp.%s"' % cx.v["domain"],
        ' EMAIL_HOST_USER = "web@%s"' % cx.v["domain"])
    d.s('-EMAIL_HOST_PASSWORD = "%s"' % p, p, "password-vcs-history")
    d.n('+EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]', 'os.environ["EMAIL_HOST_PASSWORD"]', "reference-env-accessor")
    d.l(" EMAIL_PORT = 587")


def range_diff(cx):
    d = cx.doc("vcs/git/range-diff-deploy.txt", ft=True)
    key, item = T.token_item(cx)
    a, b = cx.hexs(7), cx.hexs(7)
    d.l("$ git range-diff main origin/deploy-creds deploy-creds", "1:  %s ! 1:  %s ci: add deploy credentials" % (a, b),
        "    @@ Metadata", "      ## Commit message ##", "         ci: add deploy credentials", "    ", "    @@ deploy/env.sh")
    _put(d, "    -+export DEPLOY_TOKEN=%s" % item[1], item, ID)
    d.n('    ++export DEPLOY_TOKEN="$(vault kv get -field=token secret/deploy)"', "vault kv get -field=token secret/deploy",
        "reference-vault-cli")
    d.l("2:  %s = 2:  %s docs: describe the release steps" % (cx.hexs(7), cx.hexs(7)))


def pijul(cx):
    d = cx.doc("vcs/pijul/change-%s.txt" % cx.rs(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), ft=True)
    p = cx.pw(forbid="'\\")
    who = cx.person()
    d.l("$ pijul change", "message = 'gateway: first configuration'",
        "timestamp = '%s'" % cx.day().strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "", "[[authors]]",
        "key = '%s'" % cx.rs(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"), "", "# Hunks", "",
        '1. File addition: "gateway.ini" in "/etc" +dx "UTF-8"', "  up 1.%d, new 0:%d" % (cx.rng.randint(2, 90), cx.rng.randint(40, 90)),
        "+ [gateway]", "+ host = %s" % cx.host("gw"))
    d.s("+ password = %s" % p, p, "password-vcs-history")
    if cx.chance(0.6):
        key, item = T.token_item(cx)
        _put(d, "+ cloud_token = %s" % item[1], item, ID)
    d.n("+ ; rotate after go-live (%s)" % cx.w("see"), cx.w("see"), "prose-see-vault")


def wpa_cli(cx):
    d = cx.doc("home/%s/.wpa_cli_history" % cx.person().short, ft=True)
    p = cx.pw(style=cx.pick(["phrase", "human", "strong"]), space=True, forbid='"\\')
    d.l("status", "scan", "scan_results", "add_network", 'set_network 0 ssid "%s"' % cx.ssid())
    d.s('set_network 0 psk "%s"' % p, p, "wifi-psk")
    d.l("set_network 0 key_mgmt WPA-PSK", "enable_network 0", "add_network",
        'set_network 1 ssid "%s-IoT"' % cx.v["short"].upper(), "set_network 1 key_mgmt WPA-EAP", "set_network 1 eap PEAP",
        'set_network 1 identity "svc-%s"' % cx.v["short"])
    e = cx.pw(forbid='"\\ ')
    d.s('set_network 1 password "%s"' % e, e, "password-wifi-eap")
    d.l("save_config", "quit")


def quilt(cx):
    d = cx.doc("vcs/debian/patches/0003-site-credentials.patch", ft=True)
    name, tok = cx.vendor_token()
    who = cx.person()
    d.l("Description: ship site defaults for the %s build" % cx.v["short"],
        " The upstream placeholder token is replaced by the site token.", "Author: %s <%s>" % (who.name, who.email),
        "Forwarded: not-needed", "Last-Update: %s" % cx.day().strftime("%Y-%m-%d"), "---", "--- a/etc/agent.conf",
        "+++ b/etc/agent.conf", "@@ -10,4 +10,4 @@", " [server]", " url = https://%s.example/api" % name.lower())
    d.n("-token = CHANGE_ME", "CHANGE_ME", "placeholder")
    d.s("+token = %s" % tok, tok, "vendor-token-fictional")
    d.l(" timeout = 30")


# ---------------------------------------------------------------- spreadsheets
def _cells(cx):
    rows = T.device_rows(cx, 3)
    head = (cx.w("device"), "Host", cx.w("user"), cx.w("password"))
    return head, rows


def sylk(cx):
    head, rows = _cells(cx)
    d = cx.doc("sheets/%s-devices.slk" % cx.v["short"], ft=True)
    d.l("ID;PWXL;N;E")
    for x, h in enumerate(head, 1):
        d.l('C;Y1;X%d;K"%s"' % (x, h))
    for y, (dev, host, user, v, item) in enumerate(rows, 2):
        d.l('C;Y%d;X1;K"%s"' % (y, dev), 'C;Y%d;X2;K"%s"' % (y, host), 'C;Y%d;X3;K"%s"' % (y, user))
        _put(d, 'C;Y%d;X4;K"%s"' % (y, v), item, ID)
    d.l("E")


def dif(cx):
    head, rows = _cells(cx)
    d = cx.doc("sheets/%s-devices.dif" % cx.v["short"], ft=True)
    d.l("TABLE", "0,1", '""', "VECTORS", "0,4", '""', "TUPLES", "0,%d" % (len(rows) + 1), '""', "DATA", "0,0", '""')
    for r in [head] + rows:
        d.l("-1,0", "BOT")
        for i, c in enumerate(r[:4]):
            d.l("1,0")
            if i == 3 and len(r) > 4:
                _put(d, '"%s"' % c, r[4], ID)
            else:
                d.l('"%s"' % c)
    d.l("-1,0", "EOD")


def html_table(cx):
    head, rows = _cells(cx)
    d = cx.doc("sheets/%s-devices.htm" % cx.v["short"], crlf=True, ft=True)
    d.l('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Excel.Sheet>'
        '<meta name=Generator content="Microsoft Excel 15"></head>', "<body>",
        "<table border=0 cellpadding=0 cellspacing=0 width=512 style='border-collapse:collapse;width:384pt'>",
        " <tr height=20 style='height:15.0pt'>" + "".join("<td class=xl65>%s</td>" % X(h) for h in head) + "</tr>")
    for dev, host, user, v, item in rows:
        _put(d, " <tr height=20 style='height:15.0pt'><td>%s</td><td>%s</td><td>%s</td><td class=xl66>%s</td></tr>" % (
            X(dev), host, user, X(v)), item, X)
    d.l("</table>", "</body>", "</html>")


def prn(cx):
    head, rows = _cells(cx)
    d = cx.doc("sheets/%s-devices.prn" % cx.v["short"], crlf=True, ft=True)
    fmt = "%-22s%-22s%-10s%s"
    d.l(fmt % head)
    for dev, host, user, v, item in rows:
        _put(d, fmt % (dev, host, user, v), item, ID)


FORMATS = {
    "misc": {"graphviz": (graphviz, None), "freemind": (freemind, None), "opml": (opml, None), "vcard": (vcard, None),
             "taskwarrior": (taskwarrior, None), "excalidraw": (excalidraw, None)},
    "history": {"pry": (pry, None), "dbshell": (dbshell, None), "influx": (influx, None), "psysh": (psysh, None),
                "beeline": (beeline, None), "xonsh": (xonsh, None), "sqlplus-rlwrap": (sqlplus, None),
                "powershell-history-csv": (ps_history_csv, None),
                "wpa-cli": (wpa_cli, None)},
    "vcs": {"rcs": (rcs, None), "cvs-diff": (cvs_diff, None), "merge-conflict": (merge_conflict, None),
            "patch-reject": (rej, None), "git-range-diff": (range_diff, None), "pijul-change": (pijul, None),
            "quilt-dep3": (quilt, None)},
    "sheet": {"sylk": (sylk, None), "dif": (dif, None), "excel-html": (html_table, None), "prn": (prn, None)},
}
