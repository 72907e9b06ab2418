"""Logs and captures (14 kinds), shell histories, negative-only files, and each theme's own two files."""

import base64
import json

import prov29
from core29 import HEX, Tpl, b64, crc_b62_ok, rbytes, rchars, render
from keys29 import Key
from lang29 import L

LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def J(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False)


def _k8s_jwt(c):
    return c.jwt_secret({"aud": ["https://kubernetes.default.svc"], "exp": 1780000000 + c.r.randrange(10 ** 6),
                         "iat": 1748000000 + c.r.randrange(10 ** 6), "iss": "https://kubernetes.default.svc",
                         "kubernetes.io": {"namespace": c.i.slug[:12], "serviceaccount": {"name": "deployer",
                                                                                          "uid": c.uuid()}},
                         "sub": "system:serviceaccount:%s:deployer" % c.i.slug[:12]})


# ---------------------------------------------------------------- logs
def l_journal(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    boot = c.neg(rchars(c.r, HEX, 32))
    rt = 1748000000000000 + c.r.randrange(10 ** 12)
    recs = []
    for i, msg in enumerate(["Started %s.service - %s sync." % (c.sysname(), c.sysname()),
                             "sync: connecting to postgresql://sync:%s@%s/app" % (t.s(pw, "connection-uri-password"), c.host("db")),
                             "sync: 214 rows pushed"]):
        recs += ["__CURSOR=s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (rchars(c.r, HEX, 32), 0x1a2b + i, boot, 0x3c4d5e + i, rt + i, rchars(c.r, HEX, 16)),
                 "__REALTIME_TIMESTAMP=%d" % (rt + i * 1000),
                 "_BOOT_ID=%s" % (t.n(boot, "boot-id") if i == 0 else boot),
                 "PRIORITY=6", "SYSLOG_IDENTIFIER=%s" % c.sysname(), "_PID=%d" % (1200 + i),
                 "MESSAGE=%s" % msg, ""]
    return [render(c.doc("logs/journal-export-%s.txt" % c.sysname()), "\n".join(recs).rstrip("\n"), t)]


def l_auditd(c):
    t = Tpl()
    pw = c.pw("human", safe=True)
    ts = 1748000000 + c.r.randrange(10 ** 7)
    benign = "/usr/bin/systemctl restart %s" % c.sysname()
    ptitle = c.neg(benign.replace(" ", "\x00").encode().hex().upper())
    text = "\n".join([
        'type=SYSCALL msg=audit(%d.123:%d): arch=c000003e syscall=59 success=yes exit=0 ppid=2211 pid=2240 auid=1000 uid=0 comm="mysql" exe="/usr/bin/mariadb"' % (ts, 501),
        'type=EXECVE msg=audit(%d.123:%d): argc=4 a0="mysql" a1="-uroot" a2="-p%s" a3="shop"' % (ts, 501, t.s(pw, "command-line-password")),
        "type=CWD msg=audit(%d.123:%d): cwd=\"/root\"" % (ts, 501),
        "type=PROCTITLE msg=audit(%d.456:%d): proctitle=%s" % (ts + 4, 502, t.n(ptitle, "hex-encoded-command")),
    ])
    return [render(c.doc("logs/audit.log"), text, t)]


def l_kubectl(c):
    t = Tpl()
    tok = _k8s_jwt(c)
    aid = c.uuid()
    api = "https://%s:6443" % c.host("k8s")
    text = "\n".join([
        "I0612 10:15:00.101234   41201 loader.go:395] Config loaded from file:  /home/%s/.kube/config" % c.handle(0),
        "I0612 10:15:00.102311   41201 round_trippers.go:466] curl -v -XGET  -H \"Accept: application/json\" -H \"Authorization: Bearer %s\" '%s/api/v1/namespaces/%s/pods?limit=500'" % (t.s(tok, "kubernetes-sa-token"), api, c.i.slug[:12]),
        "I0612 10:15:00.131502   41201 round_trippers.go:553] GET %s/api/v1/namespaces/%s/pods?limit=500 200 OK in 29 milliseconds" % (api, c.i.slug[:12]),
        "I0612 10:15:00.131531   41201 round_trippers.go:570] HTTP Statistics: GetConnection 2 ms ServerProcessing 27 ms Duration 29 ms",
        "I0612 10:15:00.131540   41201 round_trippers.go:577] Response Headers:",
        "I0612 10:15:00.131549   41201 round_trippers.go:580]     Audit-Id: %s" % t.n(aid, "uuid"),
        "I0612 10:15:00.131557   41201 round_trippers.go:580]     Content-Type: application/json",
    ])
    return [render(c.doc("logs/kubectl-v9-get-pods.log"), text, t)]


def l_helm(c):
    t = Tpl()
    pw = c.pw("strong")
    dig = c.sha256()
    text = "\n".join([
        "install.go:222: [debug] Original chart version: \"15.5.0\"",
        "install.go:239: [debug] CHART PATH: /home/%s/.cache/helm/repository/postgresql-15.5.0.tgz" % c.handle(0),
        "",
        "NAME: %s-db" % c.sysname(),
        "NAMESPACE: %s" % c.i.slug[:12],
        "STATUS: pending-install",
        "REVISION: 1",
        "USER-SUPPLIED VALUES:",
        "auth:",
        "  database: app",
        "  password: %s" % t.s(pw, "database-password"),
        "  username: app",
        "image:",
        "  digest: sha256:%s" % t.n(dig, "image-digest"),
        "",
        "HOOKS:",
        "MANIFEST:",
    ])
    return [render(c.doc("logs/helm-install-debug.txt"), text, t)]


def l_pstranscript(c):
    t = Tpl()
    pw = c.pw("strong")
    sa = c.pw("human")
    h = c.neg(rchars(c.r, "0123456789ABCDEF", 64))
    text = "\n".join([
        "**********************",
        "PowerShell transcript start",
        "Start time: %s" % c.ts("%Y%m%d%H%M%S"),
        "Username: %s\\%s" % (c.i.slug[:8].upper(), c.handle(0)),
        "RunAs User: %s\\%s" % (c.i.slug[:8].upper(), c.handle(0)),
        "Machine: %s-ADM01 (Microsoft Windows NT 10.0.20348.0)" % c.i.slug[:6].upper(),
        "Host Application: C:\\Program Files\\PowerShell\\7\\pwsh.exe",
        "Process ID: %d" % c.r.randrange(1000, 9999),
        "PSVersion: 7.4.2",
        "**********************",
        'PS C:\\ops> $pw = ConvertTo-SecureString "%s" -AsPlainText -Force' % t.s(pw, "password"),
        'PS C:\\ops> $cred = New-Object System.Management.Automation.PSCredential ("svc-backup", $pw)',
        "PS C:\\ops> Get-Secret -Name SqlSa -Vault Ops -AsPlainText",
        t.s(sa, "password", shape="command-output"),
        "PS C:\\ops> Get-FileHash .\\agent.msi",
        "",
        "Algorithm       Hash                                                                   Path",
        "---------       ----                                                                   ----",
        "SHA256          %s       C:\\ops\\agent.msi" % t.n(h, "sha256"),
        "",
        "**********************",
        "PowerShell transcript end",
    ])
    return [render(c.doc("logs/PowerShell_transcript.%s.txt" % c.ts("%Y%m%d%H%M%S"), crlf=True), text, t)]


def l_heroku(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    rid = c.uuid()
    base = c.ts("%Y-%m-%dT%H:%M")
    text = "\n".join([
        "%s:01.123456+00:00 heroku[web.1]: Starting process with command `bin/start`" % base,
        "%s:03.456789+00:00 app[web.1]: boot: DATABASE_URL=postgres://u%s:%s@ec2-3-120-1-2.eu-central-1.compute.amazonaws.com:5432/d%s" % (
            base, rchars(c.r, LOWNUM, 10), t.s(pw, "connection-uri-password"), rchars(c.r, LOWNUM, 10)),
        "%s:04.000000+00:00 heroku[web.1]: State changed from starting to up" % base,
        "%s:09.222222+00:00 heroku[router]: at=info method=GET path=\"/health\" host=%s.herokuapp.com request_id=%s fwd=\"10.1.2.3\" dyno=web.1 connect=0ms service=3ms status=200 bytes=120 protocol=https" % (
            base, c.i.slug, t.n(rid, "request-id")),
    ])
    return [render(c.doc("logs/heroku-logs.txt"), text, t)]


def l_general(c):
    t = Tpl()
    pw, pw2 = c.pw("strong"), c.pw("human")
    hsh = c.neg("*" + rchars(c.r, "0123456789ABCDEF", 40))
    ts = c.ts("%y%m%d %H:%M:%S")
    text = "\n".join([
        "/usr/sbin/mariadbd, Version: 10.11.6-MariaDB-0+deb12u1-log (Debian 12). started with:",
        "Tcp port: 3306  Unix socket: /run/mysqld/mysqld.sock",
        "Time\t\t    Id Command\tArgument",
        "%s\t   31 Connect\troot@localhost on  using Socket" % ts,
        "\t\t   31 Query\tCREATE USER 'shop'@'%%' IDENTIFIED BY '%s'" % t.s(pw, "database-password"),
        "\t\t   31 Query\tSET PASSWORD FOR 'report'@'%%' = PASSWORD('%s')" % t.s(pw2, "database-password"),
        "\t\t   31 Query\tCREATE USER 'legacy'@'%%' IDENTIFIED BY PASSWORD '%s'" % t.n(hsh, "password-hash"),
        "\t\t   31 Quit\t",
    ])
    return [render(c.doc("logs/mariadb-general.log"), text, t)]


def l_catalina(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    sid = c.neg(rchars(c.r, "0123456789ABCDEF", 32))
    d = c.ts("%d-%b-%Y %H:%M:%S")
    text = "\n".join([
        "%s.101 INFO [main] org.apache.catalina.startup.Catalina.load Server initialization in [812] milliseconds" % d,
        "%s.655 INFO [main] com.zaxxer.hikari.HikariDataSource.<init> Creating pool with url jdbc:mysql://%s:3306/shop?user=shop&password=%s&useSSL=false" % (d, c.host("db"), t.s(pw, "jdbc-password")),
        "%s.902 WARNING [http-nio-8080-exec-3] org.apache.catalina.session.StandardManager.load Expired session [%s] dropped" % (d, t.n(sid, "session-id")),
        "%s.950 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [1843] milliseconds" % d,
    ])
    return [render(c.doc("logs/catalina.out"), text, t)]


def l_iis(c):
    t = Tpl()
    key = c.alnum(40)
    cid = c.uuid()
    dte = c.ts("%Y-%m-%d")
    text = "\n".join([
        "#Software: Microsoft Internet Information Services 10.0",
        "#Version: 1.0",
        "#Date: %s 00:00:01" % dte,
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken",
        "%s 08:14:02 10.0.0.5 GET /api/orders api_key=%s&page=2 443 - 41.186.2.7 okhttp/4.12.0 200 0 0 41" % (dte, t.s(key, "api-key")),
        "%s 08:14:09 10.0.0.5 GET /api/status correlationId=%s 443 - 41.186.2.7 curl/8.5.0 200 0 0 3" % (dte, t.n(cid, "uuid")),
    ])
    return [render(c.doc("logs/u_ex%s.log" % dte.replace("-", "")[2:], crlf=True), text, t)]


def l_modsec(c):
    t = Tpl()
    pw = c.pw("human")
    user = c.handle(1)
    enc = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    c.reg.secrets.add(enc)
    uid = c.neg(rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@", 27))
    b = rchars(c.r, "abcdef0123456789", 8)
    text = "\n".join([
        "--%s-A--" % b,
        "[%s +0000] %s 41.186.2.7 51622 10.0.0.8 443" % (c.ts("%d/%b/%Y:%H:%M:%S"), t.n(uid, "request-id")),
        "--%s-B--" % b,
        "POST /admin/login HTTP/1.1",
        "Host: %s" % c.i.domain,
        "Authorization: Basic %s" % t.s(enc, "basic-auth-base64", decoded="%s:%s" % (user, pw)),
        "Content-Type: application/x-www-form-urlencoded",
        "--%s-F--" % b,
        "HTTP/1.1 403 Forbidden",
        "--%s-H--" % b,
        "Message: Access denied with code 403 (phase 2). Matched phrase \"admin\" [id \"990011\"]",
        "--%s-Z--" % b,
    ])
    return [render(c.doc("logs/modsec_audit.log"), text, t)]


def l_nextflow(c):
    t = Tpl()
    kid, sec = c.pair(prov29.aws_pair)
    sid = c.uuid()
    d = c.ts("%b-%d %H:%M:%S")
    text = "\n".join([
        "%s.101 [main] DEBUG nextflow.cli.Launcher - $> nextflow run main.nf -profile aws" % d,
        "%s.310 [main] INFO  nextflow.cli.CmdRun - N E X T F L O W  ~  version 24.04.2" % d,
        "%s.512 [main] DEBUG nextflow.Session - Session UUID: %s" % (d, t.n(sid, "uuid")),
        "%s.530 [main] DEBUG nextflow.Session - Session config: [aws:[accessKey:%s, secretKey:%s, region:eu-west-1], process:[executor:awsbatch]]" % (
            d, kid, t.s(sec, "aws-secret-access-key", id_value=kid)),
        "%s.601 [main] DEBUG nextflow.Session - Work-dir: s3://%s-work/nf" % (d, c.i.slug),
    ])
    return [render(c.doc("logs/.nextflow.log"), text, t)]


def l_jupyter(c):
    t = Tpl()
    tok = c.hexkey(48)
    kid = c.uuid()
    d = c.ts("%Y-%m-%d %H:%M:%S")
    text = "\n".join([
        "[I %s.101 ServerApp] jupyterlab | extension was successfully loaded." % d,
        "[I %s.205 ServerApp] Serving notebooks from local directory: /home/%s/notebooks" % (d, c.handle(0)),
        "[I %s.205 ServerApp] Jupyter Server 2.14.1 is running at:" % d,
        "[I %s.205 ServerApp] http://%s:8888/lab?token=%s" % (d, c.host("lab"), t.s(tok, "jupyter-token")),
        "[I %s.205 ServerApp] Use Control-C to stop this server and shut down all kernels (twice to skip confirmation)." % d,
        "[I %s.877 ServerApp] Kernel started: %s" % (d, t.n(kid, "uuid")),
    ])
    return [render(c.doc("logs/jupyter-server.log"), text, t)]


def l_bunyan(c):
    t = Tpl()
    tok, cat = c.any_tok()
    rid = c.uuid()
    base = {"name": "%s-api" % c.sysname(), "hostname": c.host(), "pid": c.r.randrange(1000, 30000), "v": 0}
    recs = [dict(base, level=30, msg="listening on :8080", time=c.ts("%Y-%m-%dT%H:%M:%S.101Z")),
            dict(base, level=20, req={"method": "POST", "url": "/v1/sync", "headers": {"authorization": "Bearer @@TOK@@"}},
                 msg="incoming request", time=c.ts("%Y-%m-%dT%H:%M:%S.202Z")),
            dict(base, level=30, req_id="@@RID@@", msg="request completed", time=c.ts("%Y-%m-%dT%H:%M:%S.303Z"))]
    text = "\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in recs)
    text = text.replace("@@TOK@@", t.s(tok, cat)).replace("@@RID@@", t.n(rid, "request-id"))
    return [render(c.doc("logs/%s-api.bunyan.log" % c.sysname()), text, t)]


def l_serilog(c):
    t = Tpl()
    pw = c.pw("strong", safe=True)
    tr = c.traceid()
    recs = [{"@t": c.ts("%Y-%m-%dT%H:%M:%S.1012345Z"), "@mt": "Opening {ConnectionString}",
             "ConnectionString": "Server=%s;Database=shop;User Id=sa;Password=@@PW@@;TrustServerCertificate=True" % c.host("sql"),
             "SourceContext": "Shop.Data"},
            {"@t": c.ts("%Y-%m-%dT%H:%M:%S.2012345Z"), "@mt": "Request finished in {Elapsed} ms", "Elapsed": 41.2,
             "TraceId": "@@TR@@", "SourceContext": "Microsoft.AspNetCore.Hosting.Diagnostics"}]
    text = "\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in recs)
    text = text.replace("@@PW@@", t.s(pw, "connection-string-password")).replace("@@TR@@", t.n(tr, "trace-id"))
    return [render(c.doc("logs/shop-%s.clef" % c.ts("%Y%m%d")), text, t)]


LOGS = {"journal-export": ("`journalctl -o export` records", l_journal), "auditd": ("auditd `audit.log` EXECVE", l_auditd),
        "kubectl-v9": ("`kubectl -v=9` round-tripper log", l_kubectl), "helm-debug": ("`helm install --debug` output", l_helm),
        "ps-transcript": ("PowerShell `Start-Transcript` file (CRLF)", l_pstranscript), "heroku": ("`heroku logs` output", l_heroku),
        "mariadb-general": ("MariaDB general query log", l_general), "catalina": ("Tomcat `catalina.out`", l_catalina),
        "iis-w3c": ("IIS W3C `u_ex*.log` (CRLF)", l_iis), "modsec": ("ModSecurity serial audit log", l_modsec),
        "nextflow": ("`.nextflow.log`", l_nextflow), "jupyter": ("Jupyter server log", l_jupyter),
        "bunyan": ("bunyan JSON lines", l_bunyan), "serilog": ("Serilog CLEF", l_serilog)}


# ---------------------------------------------------------------- histories
def h_bash(c):
    t = Tpl()
    tok, cat = c.any_tok()
    pw = c.pw("strong", safe=True)
    tok2, cat2 = c.any_tok()
    lines = ["cd /srv/%s" % c.sysname(), "git pull",
             "git checkout %s" % t.n(c.gitsha(), "git-sha"),
             "mysql -u root -p'%s' shop" % t.s(pw, "command-line-password"),
             "export API_TOKEN=%s" % t.s(tok, cat),
             "systemctl status %s" % c.sysname(),
             "curl -H \"Authorization: Bearer %s\" https://api.%s/v1/me" % (t.s(tok2, cat2) if c.r.random() < 0.5 else "$API_TOKEN", c.i.domain),
             "pass show %s" % t.n(c.neg("ops/%s/db" % c.sysname()), "password-manager-reference"),
             "ls -la", "exit"]
    if c.r.random() < 0.5:
        lines.insert(2, "sudo journalctl -u %s --since today" % c.sysname())
    return [render(c.doc("home/%s/.bash_history" % c.handle(0)), "\n".join(lines), t)]


def h_doskey(c):
    t = Tpl()
    pw, pw2 = c.pw("human"), c.pw("strong")
    tok, cat = c.any_tok()
    lines = ["C:\\Users\\%s>doskey /history" % c.handle(1), "cd \\ops",
             "net use Z: \\\\%s\\share /user:%s\\%s %s" % (c.host("nas"), c.i.slug[:8].upper(), c.handle(1), t.s(pw, "command-line-password")),
             "cmdkey /generic:%s /user:backup /pass:%s" % (c.host("backup"), t.s(pw2, "command-line-password")),
             "set API_TOKEN=%s" % t.s(tok, cat),
             "echo %s" % t.n(c.neg("%API_TOKEN%"), "env-reference"),
             "ipconfig /all", "doskey /history"]
    return [render(c.doc("ops/doskey-history.txt", crlf=True), "\n".join(lines), t)]


def h_clickhouse(c):
    t = Tpl()
    pw = c.pw("strong")
    kid, sec = c.pair(prov29.aws_pair)
    hsh = c.sha256()
    ts = c.ts("%Y-%m-%d %H:%M:%S")
    lines = ["### %s.101" % ts, "SHOW DATABASES;",
             "### %s.202" % ts, "CREATE USER etl IDENTIFIED WITH sha256_password BY '%s';" % t.s(pw, "database-password"),
             "### %s.303" % ts,
             "INSERT INTO raw.orders SELECT * FROM s3('https://%s-exports.s3.amazonaws.com/orders/*.csv.gz', '%s', '%s', 'CSVWithNames');" % (
                 c.i.slug, kid, t.s(sec, "aws-secret-access-key", id_value=kid)),
             "### %s.404" % ts, "ALTER USER report IDENTIFIED WITH sha256_hash BY '%s';" % t.n(hsh, "password-hash")]
    return [render(c.doc("home/%s/.clickhouse-client-history" % c.handle(2)), "\n".join(lines), t)]


# ---------------------------------------------------------------- negative-only files
def n_env_example(c):
    t = Tpl()
    rows = [
        "DB_PASSWORD=%s" % t.n(c.neg("changeme"), "placeholder"),
        "STRIPE_SECRET_KEY=%s" % t.n(c.neg("sk_live_" + "x" * 24), "placeholder"),
        "API_KEY=%s" % t.n(c.neg("your-api-key-here"), "placeholder"),
        "JWT_SECRET=%s" % t.n(c.neg("<generate with: openssl rand -hex 32>"), "placeholder"),
        "SMTP_PASSWORD=%s" % t.n(c.neg("${SMTP_PASSWORD}"), "env-reference"),
        "VAULT_TOKEN=%s" % t.n(c.neg("{{ vault_token }}"), "template-reference"),
    ]
    rows.pop(c.r.randrange(len(rows)))
    text = "\n".join(["# copy to .env and fill in; never commit the real file"] + rows)
    return [render(c.doc(".env.example"), text, t)]


def n_i18n(c):
    lang = c.i.lang
    I = dict(L[lang]["i18n"])
    for k in c.r.sample(sorted(I), 2):
        I.pop(k)
    t = Tpl()
    style = c.r.choice(["po", "android", "arb", "xliff", "i18next"])
    if style == "po":
        lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: %s\\n"' % lang, ""]
        for k, v in I.items():
            lines += ['msgid "%s"' % L["en"]["i18n"][k], 'msgstr "%s"' % t.n(c.neg(v), "i18n-string"), ""]
        return [render(c.doc("locale/%s/LC_MESSAGES/messages.po" % lang), "\n".join(lines).rstrip("\n"), t)]
    if style == "android":
        lines = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>"]
        for k, v in I.items():
            lines.append('    <string name="%s">%s</string>' % (k, t.n(c.neg(v.replace("'", "\\'")), "i18n-string")))
        lines.append("</resources>")
        return [render(c.doc("app/src/main/res/values-%s/strings.xml" % lang, fmt="xml"), "\n".join(lines), t)]
    if style == "arb":
        body = ",\n".join('  "%s": "%s"' % (k, t.n(c.neg(v), "i18n-string")) for k, v in I.items())
        return [render(c.doc("lib/l10n/app_%s.arb" % lang, fmt="json"), '{\n  "@@locale": "%s",\n%s\n}' % (lang, body), t)]
    if style == "xliff":
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
                 '  <file source-language="en" target-language="%s" datatype="plaintext" original="ng2.template">' % lang, "    <body>"]
        for k, v in I.items():
            lines += ['      <trans-unit id="%s" datatype="html">' % k, "        <source>%s</source>" % L["en"]["i18n"][k],
                      "        <target>%s</target>" % t.n(c.neg(v.replace("'", "&apos;")), "i18n-string"), "      </trans-unit>"]
        lines += ["    </body>", "  </file>", "</xliff>"]
        return [render(c.doc("src/locale/messages.%s.xlf" % lang, fmt="xml"), "\n".join(lines), t)]
    body = ",\n".join('  "%s": "%s"' % (k, t.n(c.neg(v), "i18n-string")) for k, v in I.items())
    return [render(c.doc("public/locales/%s/translation.json" % lang, fmt="json"), "{\n%s\n}" % body, t)]


def n_policy(c):
    lang = c.i.lang
    t = Tpl()
    ex = c.r.sample(prov29.DOC_EXAMPLES, 2)
    lines = ["# %s" % L[lang]["i18n"]["policy"], "", L[lang]["nopaste"], "",
             "- %s" % L[lang]["i18n"]["policy"], "", "```"]
    for v, cat in ex:
        lines.append("%s" % t.n(c.neg(v), cat))
    lines += ["```", "", "(AWS / Stripe / jwt.io documentation examples)"]
    return [render(c.doc("docs/credentials-policy.md"), "\n".join(lines), t)]


def n_lock(c):
    t = Tpl()
    pk = {"name": c.sysname(), "version": "1.4.0", "lockfileVersion": 3, "requires": True, "packages": {}}
    for name in ("left-pad", "ms", "debug"):
        pk["packages"]["node_modules/" + name] = {"version": "1.%d.%d" % (c.r.randrange(9), c.r.randrange(9)),
            "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name),
            "integrity": t.n(c.neg("sha512-" + b64(rbytes(c.r, 64))), "integrity-hash")}
    return [render(c.doc("web/package-lock.json", fmt="json"), J(pk), t)]


def n_gosum(c):
    t = Tpl()
    lines = []
    for mod in c.r.sample(["github.com/google/uuid v1.6.0", "golang.org/x/crypto v0.24.0", "github.com/lib/pq v1.10.9"], 2):
        lines.append("%s %s" % (mod, t.n(c.neg("h1:" + b64(rbytes(c.r, 32))), "module-hash")))
        lines.append("%s/go.mod %s" % (mod, t.n(c.neg("h1:" + b64(rbytes(c.r, 32))), "module-hash")))
    return [render(c.doc("go.sum"), "\n".join(lines), t)]


def n_known_hosts(c):
    t = Tpl()
    lines = []
    for _ in range(2):
        k = Key("ed25519", c.r)
        h = "|1|%s|%s" % (b64(rbytes(c.r, 20)), b64(rbytes(c.r, 20)))
        lines.append("%s %s" % (h, t.n(c.neg(k.openssh_public("").strip()), "ssh-public-key")))
    d = c.doc("home/%s/.ssh/known_hosts" % c.handle(0))
    render(d, "\n".join(lines), t)
    t2 = Tpl()
    k = Key("ed25519", c.r)
    d2 = c.doc("home/%s/.ssh/authorized_keys" % c.handle(0))
    render(d2, t2.n(c.neg(k.openssh_public(c.email(0))), "ssh-public-key"), t2)
    return [d, d2]


def n_sums(c):
    t = Tpl()
    lines = ["%s  %s" % (t.n(c.sha256(), "sha256"), f) for f in ("%s-1.4.0-linux-amd64.tar.gz" % c.sysname(),
                                                                 "%s-1.4.0-windows-amd64.zip" % c.sysname(), "install.sh")]
    return [render(c.doc("release/SHA256SUMS"), "\n".join(lines), t)]


def n_sops(c):
    t = Tpl()
    enc = lambda n: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(c.r, n)), b64(rbytes(c.r, 32)), b64(rbytes(c.r, 16)))
    text = "\n".join([
        "db_password: %s" % t.n(c.neg(enc(18)), "encrypted-value"),
        "api_token: %s" % t.n(c.neg(enc(40)), "encrypted-value"),
        "sops:",
        "    age:",
        "        - recipient: %s" % t.n(c.neg("age1" + rchars(c.r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)), "public-key"),
        "    lastmodified: \"%s\"" % c.ts(),
        "    mac: %s" % t.n(c.neg(enc(32)), "encrypted-value"),
        "    version: 3.9.0",
    ])
    return [render(c.doc("secrets/%s.enc.yaml" % c.sysname()), text, t)]


def n_fixtures(c):
    t = Tpl()
    while True:
        body = rchars(c.r, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 36)
        if not crc_b62_ok("ghp_" + body, "ghp_"):
            break
    bad = c.neg("ghp_" + body)
    text = "\n".join([
        "# FAKE values for the parser tests - none of these work anywhere",
        "fake_github_token: %s  # checksum deliberately wrong" % t.n(bad, "fake-bad-checksum"),
        "fake_password: %s" % t.n(c.neg("hunter2-not-real"), "fixture-fake"),
        "rfc8032_test_secret: %s" % t.n(c.neg("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"), "test-vector"),
    ])
    return [render(c.doc("tests/fixtures/fake-credentials.yaml"), text, t)]


def n_openapi(c):
    t = Tpl()
    text = "\n".join([
        "openapi: 3.0.3",
        "info:",
        "  title: %s API" % c.sysname(),
        "  version: 1.2.0",
        "components:",
        "  securitySchemes:",
        "    ApiKeyAuth:",
        "      type: apiKey",
        "      in: header",
        "      name: X-API-Key",
        "  parameters:",
        "    ApiKey:",
        "      name: X-API-Key",
        "      in: header",
        "      schema:",
        "        type: string",
        "      example: %s" % t.n(c.neg("YOUR_API_KEY_HERE"), "placeholder"),
        "security:",
        "  - ApiKeyAuth: []",
    ])
    return [render(c.doc("api/openapi.yaml"), text, t)]


def n_jaeger(c):
    t = Tpl()
    tid = c.traceid()
    obj = {"data": [{"traceID": t.n(tid, "trace-id"), "spans": [
        {"traceID": tid, "spanID": t.n(c.neg(rchars(c.r, HEX, 16)), "span-id"), "operationName": "GET /v1/orders",
         "startTime": 1748000000000000 + c.r.randrange(10 ** 9), "duration": 4211}]}]}
    return [render(c.doc("traces/jaeger-trace.json", fmt="json"), J(obj), t)]


def n_hmac(c):
    t = Tpl()
    text = "\n".join([
        "# RFC 4231 test case 2 (HMAC-SHA-256), used by the webhook verifier unit tests",
        "key  = %s" % t.n(c.neg("4a656665"), "test-vector"),
        "data = 7768617420646f2079612077616e7420666f72206e6f7468696e673f",
        "hmac = %s" % t.n(c.neg("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), "test-vector"),
    ])
    return [render(c.doc("tests/vectors/hmac-sha256.txt"), text, t)]


def n_cargo_lock(c):
    t = Tpl()
    lines = ["# This file is automatically @generated by Cargo.", "version = 3", ""]
    for name in ("base64", "serde", "ring"):
        lines += ["[[package]]", 'name = "%s"' % name, 'version = "0.%d.%d"' % (c.r.randrange(30), c.r.randrange(9)),
                  'source = "registry+https://github.com/rust-lang/crates.io-index"',
                  'checksum = "%s"' % t.n(c.sha256(), "sha256"), ""]
    return [render(c.doc("agent/Cargo.lock", fmt="toml"), "\n".join(lines).rstrip("\n"), t)]


NEGONLY_ALWAYS = [n_env_example, n_i18n, n_policy]
NEGONLY_POOL = {"package-lock": n_lock, "go-sum": n_gosum, "known-hosts": n_known_hosts, "sha256sums": n_sums,
                "sops": n_sops, "fixtures": n_fixtures, "openapi": n_openapi, "jaeger": n_jaeger, "hmac-vectors": n_hmac,
                "cargo-lock": n_cargo_lock}


# ---------------------------------------------------------------- each theme's own files
PAYMENTS = {
    "thangka-studio": ("payments/razorpay.properties", [("razorpay.key_id", "id", lambda c: "rzp_live_" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 14)),
                                                        ("razorpay.key_secret", "razorpay-key-secret", lambda c: rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24)),
                                                        ("razorpay.webhook_secret", "webhook-secret", lambda c: rchars(c.r, "abcdefghijklmnopqrstuvwxyz0123456789", 20))]),
    "seaplane-transfers": ("payments/bml-connect.env", [("BML_MERCHANT_ID", "id", lambda c: str(c.r.randrange(10 ** 9, 10 ** 10))),
                                                        ("BML_API_KEY", "payment-api-key", lambda c: rchars(c.r, "abcdefghijklmnopqrstuvwxyz0123456789", 64)),
                                                        ("BML_APP_ID", "neg", lambda c: None)]),
    "dabbawala-network": ("payments/phonepe.yaml", [("merchant_id", "id", lambda c: "M" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 14)),
                                                    ("salt_key", "phonepe-salt-key", lambda c: None),
                                                    ("salt_index", "plain", lambda c: "1")]),
    "confectionery-works": ("payments/yookassa.properties", [("yookassa.shop_id", "id", lambda c: str(c.r.randrange(100000, 999999))),
                                                            ("yookassa.secret_key", "yookassa-secret-key", lambda c: "live_" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 43))]),
    "klezmer-agency": ("payments/square.env", [("SQUARE_APPLICATION_ID", "id", lambda c: "sq0idp-" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 22)),
                                               ("SQUARE_ACCESS_TOKEN", "prov:square", None)]),
    "akhalteke-stud": ("payments/halkbank-epos.properties", [("epos.merchant", "id", lambda c: str(c.r.randrange(10 ** 7, 10 ** 8))),
                                                            ("epos.password", "payment-gateway-password", lambda c: None)]),
    "rowing-club": ("payments/nets-easy.env", [("NETS_CHECKOUT_KEY", "neg-hex", lambda c: None),
                                               ("NETS_SECRET_KEY", "nets-secret-key", lambda c: "live-secret-key-" + rchars(c.r, HEX, 32))]),
    "basket-cooperative": ("payments/momo-collection.yaml", [("subscription_key", "mtn-momo-subscription-key", lambda c: rchars(c.r, HEX, 32)),
                                                            ("api_user", "id", lambda c: None),
                                                            ("api_key", "mtn-momo-api-key", lambda c: rchars(c.r, HEX, 32))]),
    "kava-exporter": ("payments/stripe.env", [("STRIPE_PUBLISHABLE_KEY", "neg-pk", None), ("STRIPE_SECRET_KEY", "prov:stripe-live", None),
                                              ("STRIPE_WEBHOOK_SECRET", "prov:stripe-whsec", None)]),
    "yerba-mate-mill": ("payments/bancard-vpos.properties", [("bancard.public_key", "id", lambda c: rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32)),
                                                            ("bancard.private_key", "bancard-private-key", lambda c: rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789(){}", 40)),
                                                            ("sifen.csc", "sifen-csc", lambda c: rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32))]),
}


def own_payments(c):
    path, entries = PAYMENTS[c.i.dir]
    t = Tpl()
    ext = path.rsplit(".", 1)[1]
    sep = {"properties": "=", "env": "=", "yaml": ": "}[ext]
    lines = ["# %s — %s" % (c.i.org, "payment gateway settings")]
    for key, kind, gen in entries:
        if kind == "id":
            g = gen(c) if gen else None
            v = c.neg(g) if g is not None else c.uuid()
            lines.append("%s%s%s" % (key, sep, t.n(v, "merchant-identifier")))
        elif kind == "plain":
            lines.append("%s%s%s" % (key, sep, gen(c)))
        elif kind == "neg":
            lines.append("%s%s%s" % (key, sep, t.n(c.uuid(), "uuid")))
        elif kind == "neg-hex":
            lines.append("%s%s%s" % (key, sep, t.n(c.neg("live-checkout-key-" + rchars(c.r, HEX, 32)), "public-checkout-key")))
        elif kind == "neg-pk":
            v = c.neg("pk_live_" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 99))
            lines.append("%s%s%s" % (key, sep, t.n(v, "public-stripe-publishable")))
        elif kind.startswith("prov:"):
            v, cat = c.tok(kind[5:])
            lines.append("%s%s%s" % (key, sep, t.s(v, cat)))
        else:
            if kind == "payment-gateway-password":
                v = c.pw("strong")
            elif gen is None or gen(c) is None:
                v = c.uuid_secret()
            else:
                v = c._sec(lambda: gen(c))
            lines.append("%s%s%s" % (key, sep, t.s(v, kind)))
    return [render(c.doc(path), "\n".join(lines), t)]


def own_controller(c):
    t = Tpl()
    sys = c.i.systems[0]
    psk = c.pw("native") if c.r.random() < 0.3 else c.pw("phrase")
    key = c.alnum(32)
    serial = c.neg("%s-%d" % (c.i.slug[:3].upper(), c.r.randrange(10 ** 6, 10 ** 7)))
    text = "\n".join([
        "[device]",
        "name=%s-controller" % sys,
        "serial=%s" % t.n(serial, "serial-number"),
        "firmware=4.2.%d" % c.r.randrange(1, 30),
        "firmware_sha256=%s" % t.n(c.sha256(), "sha256"),
        "",
        "[network]",
        "ssid=%s-%s" % (c.i.slug[:8], sys[:8]),
        "psk=%s" % t.s(psk, "wifi-password"),
        "",
        "[upload]",
        "url=https://%s.%s/api/v1/readings" % (c.i.systems[1], c.i.domain),
        "api_key=%s" % t.s(key, "api-key"),
        "interval=300",
        "",
        "[admin]",
        "user=service",
        "password=%s" % (t.s(c.pw("weak"), "device-admin-password") if c.r.random() < 0.5 else t.n(c.neg("admin"), "default-placeholder")),
    ])
    return [render(c.doc("%s/controller.ini" % sys, crlf=True, fmt="ini"), text, t)]


OWN = [own_controller, own_payments]
