"""Logs, captures and terminal recordings: credentials that leak through tooling output."""

import json

from core25 import Doc, b64, rand_str, rbytes, rhex, sha256_hex


def _t(c):
    return "%s %02d:%02d:%02d" % (c.date(), c.r.randint(6, 22), c.r.randint(0, 59), c.r.randint(0, 59))


def journal_json(c):
    d = Doc("%s/support/bundle/journal.json" % c.dir)
    boot, mach = rhex(c.r, 32), rhex(c.r, 32)
    base = {"_BOOT_ID": boot, "_MACHINE_ID": mach, "_HOSTNAME": c.host("app").split(".")[0]}
    ev = dict(base, SYSLOG_IDENTIFIER="systemd", MESSAGE="Started Daily backup job.", __REALTIME_TIMESTAMP=str(1735000000000000 + c.r.randint(0, 10 ** 13)))
    d.n(json.dumps(ev, ensure_ascii=False), mach, "machine-id")
    pw = c.pw(avoid='"\\ ')
    cmd = "ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/restic-wrapper --repo sftp:backup@%s:/srv --password=%s" % (c.host("nas"), pw)
    ev = dict(base, SYSLOG_IDENTIFIER="sudo", MESSAGE=cmd, __REALTIME_TIMESTAMP=str(1735000000000000 + c.r.randint(0, 10 ** 13)))
    d.s(json.dumps(ev, ensure_ascii=False), pw, "command-line-password")
    return [d]


def logcat(c):
    d = Doc("%s/mobile/logs/logcat-%s.txt" % (c.dir, c.date()))
    tok, cat, _ = c.tok(c.r.choice(["stripe", "openai", "mapbox-sk", "slack-bot"]))
    pid = c.r.randint(2000, 30000)
    t = "%02d-%02d %02d:%02d" % (c.r.randint(1, 12), c.r.randint(1, 28), c.r.randint(0, 23), c.r.randint(0, 59))
    d.add("%s:11.402  %d  %d I okhttp.OkHttpClient: --> POST https://api.%s/v1/sync" % (t, pid, pid + 41, c.domain))
    d.s("%s:11.403  %d  %d I okhttp.OkHttpClient: Authorization: Bearer %s" % (t, pid, pid + 41, tok), tok, cat, group="provider")
    pw = c.pw(avoid='"\\')
    d.s('%s:11.404  %d  %d I okhttp.OkHttpClient: {"user":"%s","password":"%s"}' % (t, pid, pid + 41, c.person()["handle"], pw), pw,
        "logged-request-password")
    app = "ca-app-pub-%016d~%010d" % (c.r.randint(0, 10 ** 16 - 1), c.r.randint(0, 10 ** 10 - 1))
    d.n("%s:12.010  %d  %d D Ads     : Initialising with app id %s" % (t, pid, pid + 52, app), app, "admob-app-id")
    return [d]


def ausearch(c):
    d = Doc("%s/security/audit/execve-%s.txt" % (c.dir, c.date()))
    pw = c.pw(avoid=" '\"")
    d.add("----", "type=PROCTITLE msg=audit(%s.118:8812) : proctitle=bash" % _t(c),
          "type=SYSCALL msg=audit(%s.118:8812) : arch=x86_64 syscall=execve success=yes exit=0 items=2 ppid=2211 pid=2290 auid=ops uid=ops tty=pts1 comm=mysql exe=/usr/bin/mysql key=exec" % _t(c))
    d.s("type=EXECVE msg=audit(%s.118:8812) : argc=4 a0=mysql a1=-uroot a2=-p%s a3=erp" % (_t(c), pw), pw, "command-line-password")
    d.add("----", "type=EXECVE msg=audit(%s.502:8830) : argc=3 a0=systemctl a1=restart a2=erp-api" % _t(c))
    return [d]


def ps_aux(c):
    d = Doc("%s/support/bundle/ps-auxww.txt" % c.dir)
    d.add("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
          "root           1  0.0  0.1 168532 13140 ?        Ss   Jan12   0:09 /sbin/init")
    pw = c.pw(avoid=" '\"")
    d.s("app         2211  3.1 12.4 5120340 998212 ?      Sl   Jan12  91:02 java -Xmx2g -Dspring.datasource.password=%s -jar /opt/erp/erp.jar" % pw,
        pw, "command-line-password")
    rp = c.pw("strong", avoid=" '\"")
    d.s("redis        988  0.4  0.2  72412 18760 ?        Ssl  Jan12   9:40 redis-server *:6379 --requirepass %s" % rp, rp, "redis-password")
    cid = rhex(c.r, 64)
    d.n("root        1720  0.0  0.1 722400 11200 ?        Sl   Jan12   0:31 /usr/bin/containerd-shim-runc-v2 -namespace moby -id %s" % cid,
        cid, "container-id")
    return [d]


def tcpdump_ascii(c):
    d = Doc("%s/netops/captures/pop3-debug.txt" % c.dir)
    user = c.person()["handle"]
    pw = c.pw(avoid=" ")
    d.add("tcpdump: listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes",
          "%s.120301 IP 10.2.0.55.51544 > %s.110: Flags [P.], seq 1:17, ack 42, win 502, length 16" % (_t(c)[11:], c.host("mail")),
          "E..8..@.@.......", "USER %s" % user,
          "%s.121907 IP 10.2.0.55.51544 > %s.110: Flags [P.], seq 17:33, ack 61, win 502, length 16" % (_t(c)[11:], c.host("mail")),
          "E..8..@.@.......")
    d.s("PASS %s" % pw, pw, "pop3-password")
    up = c.pw(avoid=":")
    basic = b64(("scanner:%s" % up).encode())
    d.add("%s.300114 IP 10.2.0.71.40110 > %s.80: Flags [P.], length 211" % (_t(c)[11:], c.host("nas")), "GET /status HTTP/1.1")
    d.s("Authorization: Basic %s" % basic, basic, "basic-auth-header")
    return [d]


def curl_trace(c):
    d = Doc("%s/support/curl-trace.txt" % c.dir)
    tok, cat, _ = c.tok(c.r.choice(["github-pat", "gitlab-pat", "digitalocean", "vercel", "shopify", "dockerhub"]))
    rid = c.uuid()
    d.add("== Info:   Trying %s:443..." % c.ip(), "== Info: Connected to api.%s port 443" % c.domain, "=> Send header, 187 bytes (0xbb)",
          "0000: POST /v2/exports HTTP/2", "0019: Host: api.%s" % c.domain, "0030: User-Agent: curl/8.5.0")
    d.s("0048: Authorization: Bearer %s" % tok, tok, cat, group="provider")
    d.n("0098: X-Request-Id: %s" % rid, rid, "request-id")
    d.add("00ca: Accept: */*", "<= Recv header, 13 bytes (0xd)", "0000: HTTP/2 202")
    return [d]


def tshark_ftp(c):
    d = Doc("%s/netops/captures/ftp-fields.tsv" % c.dir)
    d.add("# tshark -r scale-upload.pcapng -Y 'ftp.request.command in {\"USER\" \"PASS\"}' -T fields -e frame.number -e ip.src -e ftp.request.command -e ftp.request.arg")
    src = c.ip()
    d.add("412\t%s\tUSER\tscale_upload" % src)
    pw = c.pw(avoid="\t ")
    d.s("414\t%s\tPASS\t%s" % (src, pw), pw, "ftp-password")
    return [d]


def zeek_ftp(c):
    d = Doc("%s/security/zeek/ftp.log" % c.dir)
    d.add("#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-", "#path\tftp", "#open\t%s" % _t(c).replace(" ", "-"),
          "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tuser\tpassword\tcommand\targ\treply_code",
          "#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tstring\tstring\tcount")
    uid = "C" + rand_str(c.r, 17)
    pw = c.pw(avoid="\t ,")
    d.s("%d.%06d\t%s\t%s\t50412\t%s\t21\tlabel_printer\t%s\tSTOR\tftp://%s/labels/batch.zpl\t226" % (
        c.r.randint(1700000000, 1760000000), c.r.randint(0, 999999), uid, c.ip(), c.ip(), pw, c.ip()), pw, "ftp-password")
    uid2 = "C" + rand_str(c.r, 17)
    d.n("%d.%06d\t%s\t%s\t50877\t%s\t21\tanonymous\tftp@example.com\tRETR\tftp://%s/pub/manual.pdf\t226" % (
        c.r.randint(1700000000, 1760000000), c.r.randint(0, 999999), uid2, c.ip(), c.ip(), c.ip()), uid2, "zeek-connection-uid")
    d.add("#close\t%s" % _t(c).replace(" ", "-"))
    return [d]


def suricata_eve(c):
    d = Doc("%s/security/suricata/eve-http.json" % c.dir)
    key = c.hexs(40)
    cid = "1:" + b64(rbytes(c.r, 20))
    ev = {"timestamp": _t(c).replace(" ", "T") + ".512+0300", "flow_id": c.r.randint(10 ** 14, 10 ** 15), "event_type": "http",
          "src_ip": c.ip(), "dest_ip": c.ip(), "dest_port": 80, "proto": "TCP", "community_id": cid,
          "http": {"hostname": "reports." + c.inner, "url": "/api/export?api_key=%s&format=csv" % key, "http_method": "GET", "status": 200}}
    d.s(json.dumps(ev), key, "url-api-key")
    ev2 = {"timestamp": _t(c).replace(" ", "T") + ".004+0300", "flow_id": c.r.randint(10 ** 14, 10 ** 15), "event_type": "flow",
           "src_ip": c.ip(), "dest_ip": c.ip(), "community_id": (cid2 := "1:" + b64(rbytes(c.r, 20))), "proto": "TCP"}
    d.n(json.dumps(ev2), cid2, "community-id")
    return [d]


def sysmon_xml(c):
    d = Doc("%s/security/sysmon/event-1.xml" % c.dir, crlf=True, fmt="xml")
    pw = c.pw(avoid="<>&\" ")
    guid = "{%s}" % c.uuid()
    d.add('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
          "  <System><Provider Name=\"Microsoft-Windows-Sysmon\" /><EventID>1</EventID><Computer>FLOOR-PC07.%s</Computer></System>" % c.inner,
          "  <EventData>")
    d.n('    <Data Name="ProcessGuid">%s</Data>' % guid, guid, "process-guid")
    d.add('    <Data Name="Image">C:\\Windows\\System32\\net.exe</Data>')
    d.s('    <Data Name="CommandLine">net use Z: \\\\fs01\\scans /user:%s\\scan_svc %s /persistent:yes</Data>'
        % (c.slug.split("-")[0].upper()[:15], pw), pw, "command-line-password")
    h = sha256_hex(c.r).upper()
    d.n('    <Data Name="Hashes">SHA256=%s,IMPHASH=%s</Data>' % (h, rhex(c.r, 32).upper()), h, "file-hash")
    d.add("  </EventData>", "</Event>")
    return [d]


def ps_scriptblock(c):
    d = Doc("%s/security/powershell-4104.txt" % c.dir, crlf=True)
    pw = c.pw(avoid="'")
    sbid = c.uuid()
    d.add("Log Name:      Microsoft-Windows-PowerShell/Operational", "Event ID:      4104", "Level:         Warning", "Description:",
          "Creating Scriptblock text (1 of 1):", "$u = 'CORP\\svc_backup'")
    d.s("$p = ConvertTo-SecureString '%s' -AsPlainText -Force" % pw, pw, "powershell-password")
    d.add("$cred = New-Object System.Management.Automation.PSCredential($u, $p)",
          "Invoke-Command -ComputerName %s -Credential $cred -ScriptBlock { wbadmin start backup -quiet }" % c.host("fs"), "")
    d.n("ScriptBlock ID: %s" % sbid, sbid, "scriptblock-id")
    d.add("Path: C:\\ops\\nightly.ps1")
    return [d]


def pg_csvlog(c):
    d = Doc("%s/dba/logs/postgresql-%s.csv" % (c.dir, c.date()))
    sess = "%x.%x" % (c.r.randint(0x60000000, 0x6fffffff), c.r.randint(0x1000, 0xffff))
    pw = c.pw(avoid="'\"")
    d.s('%s.412 UTC,"postgres","erp",%d,"[local]",%s,3,"idle",%s UTC,4/1102,0,LOG,00000,"statement: ALTER ROLE app_rw WITH PASSWORD \'%s\';",,,,,,,,,"psql","client backend",,0'
        % (_t(c), c.r.randint(1000, 60000), sess, _t(c), pw), pw, "database-password")
    scram = "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(rbytes(c.r, 16)), b64(rbytes(c.r, 32)), b64(rbytes(c.r, 32)))
    d.n('%s.003 UTC,"postgres","erp",%d,"[local]",%s,4,"idle",%s UTC,4/1103,0,LOG,00000,"statement: CREATE ROLE report_ro LOGIN PASSWORD \'%s\';",,,,,,,,,"psql","client backend",,0'
        % (_t(c), c.r.randint(1000, 60000), sess, _t(c), scram), scram, "scram-verifier")
    return [d]


def mysql_tee(c):
    a = Doc("%s/dba/logs/mysql-tee.log" % c.dir)
    pw = c.pw(avoid="'\\")
    a.add("mysql> SELECT user, host FROM mysql.user WHERE user = 'lims';", "Empty set (0.00 sec)", "")
    a.s("mysql> CREATE USER 'lims'@'10.%%' IDENTIFIED BY '%s';" % pw, pw, "database-password")
    a.add("Query OK, 0 rows affected (0.02 sec)")
    b = Doc("%s/dba/logs/general.log" % c.dir)
    b.add("/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:")
    b.n("%sZ\t   41 Query\tCREATE USER 'lims'@'10.%%' IDENTIFIED BY <secret>" % _t(c).replace(" ", "T"), "<secret>", "redacted-output")
    return [a, b]


def mongo_log(c):
    d = Doc("%s/dba/logs/mongod.log" % c.dir)
    ev = {"t": {"$date": _t(c).replace(" ", "T") + ".201+00:00"}, "s": "I", "c": "COMMAND", "id": 51803, "ctx": "conn12",
          "msg": "Slow query", "attr": {"type": "command", "ns": "admin.$cmd", "command": {"createUser": "reporting", "pwd": "xxx",
                                                                                              "roles": ["read"]}, "durationMillis": 181}}
    d.n(json.dumps(ev, separators=(",", ":")), '"pwd":"xxx"', "redacted-output")
    pw = c.pw(avoid=c.URI + '"\\')
    d.s("[reporting-sync] %s connecting to mongodb://reporting:%s@%s:27017/?authSource=admin" % (_t(c), pw, c.host("mongo")), pw,
        "connection-uri-password")
    return [d]


def screenlog(c):
    d = Doc("%s/home/ops/screenlog.0" % c.dir)
    h = c.host("app").split(".")[0]
    tok, cat, var = c.tok(c.r.choice(["grafana", "vault", "tfc", "doppler", "newrelic", "buildkite"]))
    d.s("ops@%s:~$ export %s=%s" % (h, var, tok), tok, cat, group="provider")
    d.add("ops@%s:~$ ./sync-dashboards.sh" % h, "synced 14 dashboards")
    rp = c.pw(avoid=" '")
    d.s("ops@%s:~$ redis-cli -h %s -a '%s' ping" % (h, c.host("redis"), rp), rp, "redis-password")
    d.add("Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.", "PONG",
          "ops@%s:~$ exit" % h)
    return [d]


def nvram_console(c):
    d = Doc("%s/netops/console/gate-router-minicom.cap" % c.dir)
    d.add("root@gate:/# nvram show | grep -E 'pass|psk|macaddr'")
    pw = c.pw(avoid=" ")
    d.s("http_passwd=%s" % pw, pw, "router-admin-password")
    psk = c.pw(c.r.choice(["phrase", "human", "weak"]), spaces=True)
    d.s("wl0_wpa_psk=%s" % psk, psk, "wifi-psk")
    mac = ":".join(rhex(c.r, 2).upper() for _ in range(6))
    d.n("et0macaddr=%s" % mac, mac, "mac-address")
    d.add("size: 31244 bytes (34292 left)", "root@gate:/# ")
    return [d]


KINDS = {f.__name__: f for f in [journal_json, logcat, ausearch, ps_aux, tcpdump_ascii, curl_trace, tshark_ftp, zeek_ftp,
                                  suricata_eve, sysmon_xml, ps_scriptblock, pg_csvlog, mysql_tee, mongo_log, screenlog, nvram_console]}
