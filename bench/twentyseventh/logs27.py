"""Eleven log and capture kinds, and the shell histories (role 'log'; not free text)."""

import base64
import json
import urllib.parse

from core27 import ALNUM, HEX, Doc, rs
import prov27
from cfg27a import fixed

LOG_KINDS = ["tcpflow", "ssldump", "modsecurity", "ltrace", "docker-history", "iis-w3c", "k8s-audit",
             "s-client-imap", "wireshark-mqtt", "sentry-event", "git-trace"]
HISTORY_KINDS = ["bash-timestamped", "fish", "powershell", "nushell"]


def _pad(ip, port):
    return "%s.%05d" % (".".join("%03d" % int(x) for x in ip.split(".")), port)


def log(ctx, kind, rng):
    r = rng
    pw = ctx.pw(rng=r)
    q = urllib.parse.quote(pw, safe="")
    if kind == "tcpflow":
        c, s = ctx.ip(r), ctx.ip(r)
        cp = r.randrange(40000, 60000)
        k = ctx.key_alnum(32, r)
        d = Doc("%s/captures/tcpflow-port80.txt" % ctx.dir, "log")
        body = "username=%s&password=%s" % (ctx.user(r), q)
        d.add("$ sudo tcpflow -c -i eth0 port 80", "%s-%s: POST /api/login HTTP/1.1" % (_pad(c, cp), _pad(s, 80)),
              "Host: %s" % ctx.host(rng=r), "Content-Type: application/x-www-form-urlencoded",
              "Content-Length: %d" % len(body), "")
        d.sec(body, q, "form-password")
        d.add("", "%s-%s: HTTP/1.1 200 OK" % (_pad(s, 80), _pad(c, cp)))
        u = ctx.uuid(r)
        d.neg("X-Request-Id: %s" % u, u, "request-id")
        d.add("", "%s-%s: GET /api/v1/stock HTTP/1.1" % (_pad(c, cp + 2), _pad(s, 80)))
        d.sec("X-Api-Key: %s" % k, k, "api-key-header")
        return [d]
    if kind == "ssldump":
        tok = prov27.token(ctx, r.choice(["gitlab-pat", "vercel", "linear", "digitalocean"]), r)
        d = Doc("%s/captures/ssldump-portal.txt" % ctx.dir, "log")
        c = ctx.ip(r)
        d.add("New TCP connection #1: %s(%d) <-> portal.%s(443)" % (c, r.randrange(40000, 60000), ctx.domain),
              "1 1  0.0012 (0.0012)  C>S  Handshake", "      ClientHello", "1 2  0.0398 (0.0386)  S>C  Handshake",
              "      ServerHello", "1 7  0.0913 (0.0004)  C>S  application_data",
              "    ---------------------------------------------------------------",
              "    GET /api/v2/reports HTTP/1.1", "    Host: portal.%s" % ctx.domain)
        d.sec("    Authorization: Bearer %s" % tok, tok, "bearer-token", group="provider")
        d.add("    ---------------------------------------------------------------",
              "1 8  0.1410 (0.0497)  S>C  application_data",
              "    ---------------------------------------------------------------", "    HTTP/1.1 200 OK")
        u = ctx.uuid(r)
        d.neg("    X-Request-Id: %s" % u, u, "request-id")
        d.add("    ---------------------------------------------------------------")
        return [d]
    if kind == "modsecurity":
        b = rs(r, HEX, 8)
        uid = ctx.uniq(lambda: rs(r, ALNUM + "@-", 27))
        d = Doc("%s/logs/modsec_audit.log" % ctx.dir, "log")
        t = ctx.date(rng=r)
        d.add("--%s-A--" % b)
        d.neg("[%s:10:11:12 +0000] %s %s %d %s 443" % (t.strftime("%d/%b/%Y"), uid, ctx.ip(r), r.randrange(40000, 60000),
                                                      ctx.ip(r)), uid, "request-id")
        d.add("--%s-B--" % b, "POST /login HTTP/1.1", "Host: %s" % ctx.host("portal", external=True, rng=r),
              "Content-Type: application/x-www-form-urlencoded", "--%s-C--" % b)
        d.sec("user=%s&password=%s&remember=1" % (ctx.user(r), q), q, "form-password")
        d.add("--%s-F--" % b, "HTTP/1.1 302 Found", "--%s-H--" % b,
              'Message: Warning. Matched phrase "/login" at REQUEST_FILENAME. [id "900100"] [msg "login attempt"]',
              "--%s-Z--" % b)
        return [d]
    if kind == "ltrace":
        tok = prov27.token(ctx, "vault", r)
        sha = prov27.short_sha(ctx, r)
        d = Doc("%s/debug/ltrace-sync-agent.txt" % ctx.dir, "log")
        d.add("$ ltrace -s 128 -e getenv+strncmp ./sync-agent --once",
              'sync-agent->getenv("SYNC_HOST") = "%s"' % ctx.host("ops", rng=r))
        d.sec('sync-agent->getenv("VAULT_TOKEN") = "%s"' % tok, tok, "vault", group="provider")
        d.sec('sync-agent->strncmp("admin:%s", "admin:", 6) = 0' % pw, pw, "password")
        d.neg('sync-agent->getenv("BUILD_COMMIT") = "%s"' % sha, sha, "git-sha")
        d.add("+++ exited (status 0) +++")
        return [d]
    if kind == "docker-history":
        npm = prov27.token(ctx, "npm", r)
        img = ctx.sha256(r)
        d = Doc("%s/ops/docker-history-web.txt" % ctx.dir, "log")
        d.add("$ docker history --no-trunc registry.%s/web:1.8" % ctx.domain,
              "IMAGE%sCREATED       CREATED BY%sSIZE      COMMENT" % (" " * 70, " " * 60))
        d.neg('sha256:%s   3 weeks ago   CMD ["node" "server.js"]   0B   buildkit.dockerfile.v0' % img, img,
              "image-id")
        d.add("<missing>   3 weeks ago   RUN /bin/sh -c npm ci --omit=dev # buildkit   41.2MB   buildkit.dockerfile.v0")
        d.sec("<missing>   3 weeks ago   ENV DB_PASSWORD=%s   0B   buildkit.dockerfile.v0" % pw, pw, "dockerfile-env")
        d.sec("<missing>   3 weeks ago   ARG NPM_TOKEN=%s   0B   buildkit.dockerfile.v0" % npm, npm, "npm",
              group="provider")
        d.add("<missing>   5 weeks ago   /bin/sh -c #(nop)  CMD [\"node\"]   0B")
        return [d]
    if kind == "iis-w3c":
        t = ctx.date(rng=r)
        k = ctx.key_alnum(32, r)
        d = Doc("%s/logs/W3SVC1/u_ex%s.log" % (ctx.dir, t.strftime("%y%m%d")), "log", crlf=True)
        s, c = ctx.ip(r), ctx.ip(r)
        d.add("#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
              "#Date: %s 00:00:01" % t.isoformat(),
              "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
              "sc-status sc-substatus sc-win32-status time-taken")
        d.sec("%s 06:14:09 %s GET /reports/export.aspx user=ops&pwd=%s 443 - %s Mozilla/5.0 200 0 0 312" % (
            t, s, q, c), q, "query-password")
        d.add("%s 06:14:11 %s GET /api/status - 443 - %s curl/8.5.0 200 0 0 4" % (t, s, c))
        d.sec("%s 06:15:40 %s GET /api/orders apikey=%s&page=2 443 - %s okhttp/4.12.0 200 0 0 96" % (t, s, k, c), k,
              "query-api-key")
        u = ctx.uuid(r)
        d.neg("%s 06:16:02 %s GET /orders/detail.aspx id=%s 443 ops %s Mozilla/5.0 200 0 0 41" % (t, s, u, c), u,
              "uuid")
        return [d]
    if kind == "k8s-audit":
        b = base64.b64encode(pw.encode()).decode()
        d = Doc("%s/logs/kube-apiserver-audit.log" % ctx.dir, "log")
        ts = ctx.stamp(rng=r)
        u1, u2 = ctx.uuid(r), ctx.uuid(r)
        ev = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": u1,
              "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/prod/secrets/db-credentials",
              "verb": "get", "user": {"username": "system:serviceaccount:prod:web"}, "responseStatus": {"code": 200}}
        d.neg(json.dumps(ev, separators=(",", ":")), u1, "audit-id")
        ev2 = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": u2,
               "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/prod/secrets", "verb": "create",
               "user": {"username": "ops@%s" % ctx.domain},
               "requestObject": {"kind": "Secret", "apiVersion": "v1", "metadata": {"name": "db-credentials"},
                                 "data": {"password": b, "username": base64.b64encode(b"app").decode()}},
               "requestReceivedTimestamp": ts + ".120401Z"}
        d.sec(json.dumps(ev2, separators=(",", ":")), b, "k8s-secret-base64")
        return [d]
    if kind == "s-client-imap":
        d = Doc("%s/debug/imap-session.txt" % ctx.dir, "log")
        d.add("$ openssl s_client -connect mail.%s:993 -crlf -quiet" % ctx.domain,
              "depth=2 C = US, O = Internet Security Research Group, CN = ISRG Root X1", "verify return:1",
              "depth=0 CN = mail.%s" % ctx.domain, "verify return:1",
              "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot ready.")
        d.sec("a001 LOGIN %s@%s %s" % (ctx.user(r), ctx.domain, pw), pw, "imap-password")
        d.add("a001 OK [CAPABILITY IMAP4rev1 SORT THREAD=REFERENCES MOVE] Logged in", "a002 SELECT INBOX",
              "* 12 EXISTS", "a002 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).", "a003 LOGOUT",
              "* BYE Logging out")
        return [d]
    if kind == "wireshark-mqtt":
        d = Doc("%s/captures/mqtt-connect-dissection.txt" % ctx.dir, "log")
        c, s = ctx.ip(r), ctx.ip(r)
        cid = "%s-%02d" % (ctx.t["hosts"][0], r.randrange(1, 20))
        user = ctx.t["users"][0]
        d.add("Frame 42: %d bytes on wire, %d bytes captured on interface eth0, id 0" % (95 + len(pw), 95 + len(pw)),
              "Internet Protocol Version 4, Src: %s, Dst: %s" % (c, s),
              "Transmission Control Protocol, Src Port: %d, Dst Port: 1883, Seq: 1, Ack: 1" % r.randrange(40000, 60000),
              "MQ Telemetry Transport Protocol, Connect Command", "    Header Flags: 0x10, Message Type: Connect Command",
              "    Protocol Name: MQTT", "    Version: MQTT v3.1.1 (4)",
              "    Connect Flags: 0xc2, User Name Flag, Password Flag, QoS Level: At most once delivery, Clean Session Flag",
              "    Keep Alive: 60", "    Client ID Length: %d" % len(cid), "    Client ID: %s" % cid,
              "    User Name Length: %d" % len(user), "    User Name: %s" % user,
              "    Password Length: %d" % len(pw.encode()))
        d.sec("    Password: %s" % pw, pw, "mqtt-password")
        return [d]
    if kind == "sentry-event":
        shape = r.choice(["anthropic", "openai", "groq", "perplexity"])
        tok = prov27.token(ctx, shape, r)
        eid = ctx.hexid(32, r)
        d = Doc("%s/debug/sentry-event-%s.json" % (ctx.dir, eid[:8]), "log", fmt="json")
        d.add("{")
        d.neg('  "event_id": "%s",' % eid, eid, "event-id")
        d.add('  "level": "error",', '  "platform": "python",', '  "request": {',
              '    "url": "https://portal.%s/api/sync",' % ctx.domain, '    "method": "POST",', '    "headers": {')
        d.sec('      "Authorization": "Bearer %s",' % tok, tok, shape, group="provider")
        d.add('      "User-Agent": "python-requests/2.32.3"', "    },")
        fixed(d, ctx, '    "data": {"username": "%s", "password": "[Filtered]"}' % ctx.user(r), "[Filtered]", "masked")
        d.add("  },", '  "extra": {')
        d.sec('    "db_url": "postgresql://app:%s@%s:5432/app"' % (q, ctx.host("db", rng=r)), q, "uri-password")
        d.add("  }", "}")
        return [d]
    # git-trace
    tok = prov27.token(ctx, "gitlab-pat", r)
    basic = base64.b64encode(("%s:%s" % (ctx.user(r), tok)).encode()).decode()
    d = Doc("%s/debug/git-push-trace.txt" % ctx.dir, "log")
    d.add("$ GIT_TRACE=1 GIT_CURL_VERBOSE=1 GIT_TRACE_REDACT=0 git push origin main",
          "12:01:02.345 git.c:463               trace: built-in: git push origin main",
          "12:01:02.347 run-command.c:657       trace: run_command: git remote-https origin https://git.%s/ops/app.git"
          % ctx.domain, "> GET /ops/app.git/info/refs?service=git-receive-pack HTTP/1.1", "> Host: git.%s" % ctx.domain)
    d.sec("> Authorization: Basic %s" % basic, basic, "basic-auth-header", group="provider")
    d.add("< HTTP/1.1 200 OK")
    u = ctx.uuid(r)
    d.neg("< X-Request-Id: %s" % u, u, "request-id")
    d.add("", "$ GIT_TRACE=1 GIT_CURL_VERBOSE=1 git fetch origin", "> GET /ops/app.git/info/refs?service=git-upload-pack HTTP/1.1")
    fixed(d, ctx, "> Authorization: Basic <redacted>", "<redacted>", "masked")
    return [d]


def history(ctx, kind, rng):
    r = rng
    a = ctx.pw(rng=r)
    shape = r.choice(["github-pat", "gitlab-pat", "huggingface", "doppler", "pulumi"])
    tok = prov27.token(ctx, shape, r)
    host = ctx.host(rng=r)
    sha = prov27.short_sha(ctx, r)
    cmds = [("s", "mysql -h %s -u root -p'%s' -e 'SHOW PROCESSLIST'" % (ctx.host("db", rng=r), a), a, "cli-password"),
            ("p", "export %s=%s" % (prov27.SHAPES[shape][2], tok), tok, shape),
            ("-", "ssh ops@%s" % host, None, None),
            ("n", "pass show infra/%s/root" % ctx.t["hosts"][0], "infra/%s/root" % ctx.t["hosts"][0], "vault-path"),
            ("n", "git checkout %s" % sha, sha, "git-sha"),
            ("-", "kubectl -n prod get pods", None, None), ("-", "sudo systemctl restart nginx", None, None)]
    r.shuffle(cmds)
    t0 = 1700000000 + r.randrange(10 ** 7)
    if kind == "bash-timestamped":
        d = Doc("%s/home/ops/.bash_history" % ctx.dir, "log")
    elif kind == "fish":
        d = Doc("%s/home/ops/.local/share/fish/fish_history" % ctx.dir, "log")
    elif kind == "powershell":
        d = Doc("%s/home/ops/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt"
                % ctx.dir, "log", crlf=True)
    else:
        d = Doc("%s/home/ops/.config/nushell/history.txt" % ctx.dir, "log")
    for i, (k, cmd, v, cat) in enumerate(cmds):
        if kind == "bash-timestamped":
            d.add("#%d" % (t0 + 60 * i))
            line = cmd
        elif kind == "fish":
            line = "- cmd: " + cmd
        else:
            line = cmd
        if k == "s":
            d.sec(line, v, cat)
        elif k == "p":
            if kind == "powershell":
                line = '$env:%s = "%s"' % (prov27.SHAPES[shape][2], tok)
            d.sec(line, v, cat, group="provider")
        elif k == "n":
            d.neg(line, v, cat)
        else:
            d.add(line)
        if kind == "fish":
            d.add("  when: %d" % (t0 + 60 * i))
    return [d]
