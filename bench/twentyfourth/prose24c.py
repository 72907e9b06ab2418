"""Free-text formats, part 2: wiki, notes, shell histories, VCS artefacts, sheets, captures, signage (twentyfourth)."""
import base64
import html
import json

import prov24
from core24 import Doc, jstr, path
from prose24a import sysname, vault_ref
from prose24b import Clock, emit, emit_html


def _lab_s(value, cat, group="generic"):
    return ("secret", value, cat, group)


def _lab_n(value, cat):
    return ("negative", value, cat, None)


# ---------------------------------------------------------------- wiki
def wiki_blocks(ctx, sc, L):
    sysn = sysname(ctx)
    b = [("h", "%s — runbook" % sysn, None), ("p", sc.chatter(L, ctx.person())["text"], None)]
    hdr = ["host", "user", "password"]
    rows = []
    for _ in range(2):
        pw = ctx.pw()
        rows.append(([ctx.host(), ctx.svc_user(), pw], _lab_s(pw, "wiki-table-password")))
    ref = vault_ref(ctx, sysn)
    rows.append(([ctx.host(), "admin", "Vault: " + ref], _lab_n(ref, "vault-reference")))
    b.append(("table", hdr, rows))
    pw = ctx.pw(uri=True)
    b.append(("code", "curl -fsS -u admin:%s https://%s/health" % (pw, ctx.host()), _lab_s(pw, "curl-basic-auth")))
    b.append(("code", 'curl -fsS -H "Authorization: Bearer $OPS_TOKEN" https://%s/api/status' % ctx.host(), _lab_n("$OPS_TOKEN", "env-reference")))
    b.append(("p", sc.chatter(L, ctx.person())["text"], None))
    return b


def _md(d, blocks, hint=False):
    for kind, a, b in blocks:
        if kind == "h":
            d.t("# " + a + "\n")
        elif kind == "p":
            if hint:
                d.t('{%% hint style="info" %%}\n%s\n{%% endhint %%}\n' % a)
            else:
                d.t(a + "\n")
        elif kind == "table":
            d.t("| " + " | ".join(a) + " |\n|" + "---|" * len(a))
            for cells, lab in b:
                emit(d, "| " + " | ".join(cells) + " |", lab)
            d.t("")
        elif kind == "code":
            d.t("```bash")
            emit(d, a, b)
            d.t("```\n")


def w_gollum(ctx, sc, L):
    bl = wiki_blocks(ctx, sc, L)
    d = Doc(path(ctx, "wiki/gollum/%s-Runbook.md" % bl[0][1].split(" ")[0]), free=True)
    _md(d, bl)
    d.t("See also [[Home]] and [[On-call]].")
    return d


def w_hackmd(ctx, sc, L):
    bl = wiki_blocks(ctx, sc, L)
    d = Doc(path(ctx, "wiki/hackmd/%s.md" % ctx.alnum(22)), free=True)
    d.t("---\ntitle: %s\ntags: ops, runbook\nrobots: noindex, nofollow\n---\n" % bl[0][1])
    _md(d, bl)
    return d


def w_gitbook(ctx, sc, L):
    bl = wiki_blocks(ctx, sc, L)
    d = Doc(path(ctx, "wiki/gitbook/runbooks/%s.md" % bl[0][1].split(" ")[0].lower()), free=True)
    d.t("---\ndescription: %s\n---\n" % bl[0][1])
    _md(d, bl, hint=True)
    return d


def w_foam(ctx, sc, L):
    bl = wiki_blocks(ctx, sc, L)
    d = Doc(path(ctx, "wiki/foam/%s-runbook.md" % bl[0][1].split(" ")[0].lower()), free=True)
    _md(d, bl)
    d.t("Links: [[on-call]] [[vendors]]\n\n[on-call]: on-call.md \"On-call\"\n[vendors]: vendors.md \"Vendors\"")
    return d


def _json_blocks(ctx, blocks, line):
    out = []
    for kind, a, b in blocks:
        if kind in ("h", "p"):
            out.append((line(a), None))
        elif kind == "table":
            for cells, lab in b:
                out.append((line(" · ".join(cells)), lab))
        else:
            out.append((line(a), b))
    return out


def w_roam(ctx, sc, L):
    bl = wiki_blocks(ctx, sc, L)
    d = Doc(path(ctx, "wiki/roam/%s-export.json" % ctx.theme.key), fmt="json", free=True)
    d.t('[\n  {\n    "title": "%s",\n    "children": [' % jstr(bl[0][1]))
    items = _json_blocks(ctx, bl[1:], lambda s: '      {"string": "%s", "uid": "%s", "create-time": %d}' % (jstr(s), ctx.alnum(9), ctx.epoch() * 1000))
    for i, (ln, lab) in enumerate(items):
        emit(d, ln + ("," if i < len(items) - 1 else ""), lab)
    d.t("    ]\n  }\n]")
    return d


def w_siyuan(ctx, sc, L):
    bl = wiki_blocks(ctx, sc, L)
    d = Doc(path(ctx, "wiki/siyuan/data/%s.sy" % ctx.digits(14)), fmt="json", free=True)
    d.t('{\n  "ID": "%s-%s",\n  "Type": "NodeDocument",\n  "Properties": {"title": "%s"},\n  "Children": [' % (ctx.digits(14), ctx.alnum(7).lower(), jstr(bl[0][1])))
    items = _json_blocks(ctx, bl[1:], lambda s: '    {"ID": "%s-%s", "Type": "NodeParagraph", "Children": [{"Type": "NodeText", "Data": "%s"}]}' % (ctx.digits(14), ctx.alnum(7).lower(), jstr(s)))
    for i, (ln, lab) in enumerate(items):
        emit(d, ln + ("," if i < len(items) - 1 else ""), lab)
    d.t("  ]\n}")
    return d


WIKIS = {"gollum": w_gollum, "hackmd": w_hackmd, "gitbook": w_gitbook, "foam": w_foam, "roam": w_roam, "siyuan": w_siyuan}


# ---------------------------------------------------------------- notes / minutes
def note_msgs(ctx, sc, L):
    ppl = ctx.sample(ctx.people, 2)
    m = [sc.chatter(L, ppl[0])]
    m += sc.secret_msgs(L, "temp", ppl[0], ppl[1])
    m.append(sc.chatter(L, ppl[1]))
    m += sc.secret_msgs(L, "revoked", ppl[1], ppl[0])
    m.append(sc.negative_msg(L, "masked", ppl[0]))
    return m


def n_bear(ctx, sc, L):
    d = Doc(path(ctx, "notes/bear/handover-%s.md" % ctx.day()), free=True)
    d.t("# Handover %s\n#ops/handover #%s\n" % (ctx.day(), ctx.theme.key.split("-")[0]))
    for m in note_msgs(ctx, sc, L):
        emit(d, "- " + m["text"], m["lab"])
    return d


def n_fireflies(ctx, sc, L):
    d = Doc(path(ctx, "notes/meetings/weekly-ops-transcript.txt"), free=True)
    s = 0
    for m in note_msgs(ctx, sc, L):
        s += ctx.r(15, 200)
        d.t("%s  %02d:%02d:%02d" % (m["who"]["full"], s // 3600, s // 60 % 60, s % 60))
        emit(d, m["text"], m["lab"])
        d.t("")
    return d


def n_paper(ctx, sc, L):
    d = Doc(path(ctx, "notes/paper/ops-sync-%s.md" % ctx.day()), free=True)
    d.t("# Ops sync %s\n\n**Attendees:** %s\n" % (ctx.day(), ", ".join(p["full"] for p in ctx.people[:4])))
    for m in note_msgs(ctx, sc, L):
        emit(d, "- [ ] " + m["text"] + " @" + m["who"]["given"], m["lab"])
    return d


def n_quip(ctx, sc, L):
    d = Doc(path(ctx, "notes/quip/%s.html" % ctx.alnum(12)), free=True)
    d.t("<html><body>\n<h1>Shift notes %s</h1>" % ctx.day())
    for m in note_msgs(ctx, sc, L):
        emit_html(d, "<p>", m["text"], "</p>", m["lab"])
    d.t("</body></html>")
    return d


NOTES = {"bear": n_bear, "fireflies": n_fireflies, "paper": n_paper, "quip": n_quip}


# ---------------------------------------------------------------- shell histories
def shell_cmds(ctx, deck):
    shape = deck.provider()
    tok = prov24.SHAPE_FN[shape](ctx)
    cands = [
        lambda: (lambda p: ("mysql -h %s -u root -p'%s' erp" % (ctx.host("mysql"), p), _lab_s(p, "mysql-cli-password")))(ctx.pw()),
        lambda: (lambda p: ("curl -u admin:%s https://%s/api/status" % (p, ctx.host()), _lab_s(p, "curl-basic-auth")))(ctx.pw(uri=True)),
        lambda: (lambda p: ("sshpass -p '%s' ssh %s@%s" % (p, ctx.svc_user(), ctx.host()), _lab_s(p, "sshpass-password")))(ctx.pw()),
        lambda: (lambda p: ('psql "postgresql://report:%s@%s/erp"' % (p, ctx.host("pg")), _lab_s(p, "psql-uri-password")))(ctx.pw(uri=True)),
    ]
    out = [("cd /srv/%s" % ctx.theme.key, None), ("systemctl status nginx --no-pager", None)]
    out += [f() for f in ctx.sample(cands, 2)]
    out.append(("export PARTNER_TOKEN=%s" % tok, _lab_s(tok, shape, "provider")))
    sha = ctx.hexs(40)
    out.append(("git checkout %s" % sha, _lab_n(sha, "commit-sha")))
    out.append(("pass show ops/%s | head -1" % ctx.choice(ctx.theme.systems), _lab_n("pass show ops/", "pass-reference")))
    ctx.rng.shuffle(out)
    return out


def h_fish(ctx, sc, L):
    d = Doc(path(ctx, "home/%s/.local/share/fish/fish_history" % ctx.person()["user"]), free=True)
    t = ctx.epoch()
    for cmd, lab in shell_cmds(ctx, sc.deck):
        emit(d, "- cmd: " + cmd, lab)
        t += ctx.r(5, 900)
        d.t("  when: %d" % t)
    return d


def h_ksh(ctx, sc, L):
    d = Doc(path(ctx, "home/%s/.sh_history" % ctx.person()["user"]), free=True)
    for cmd, lab in shell_cmds(ctx, sc.deck):
        emit(d, cmd, lab)
    return d


def h_julia(ctx, sc, L):
    d = Doc(path(ctx, "home/%s/.julia/logs/repl_history.jl" % ctx.person()["user"]), free=True)
    ck = Clock(ctx)
    for cmd, lab in shell_cmds(ctx, sc.deck):
        d.t("# time: %s %s CET\n# mode: shell" % (ck.day.isoformat(), ck.hms()))
        emit(d, "\t" + cmd, lab)
    shape = sc.deck.provider()
    tok = prov24.SHAPE_FN[shape](ctx)
    d.t("# time: %s %s CET\n# mode: julia" % (ck.day.isoformat(), ck.hms()))
    emit(d, '\tENV["API_TOKEN"] = "%s"' % tok, _lab_s(tok, shape, "provider"))
    return d


def h_redis(ctx, sc, L):
    d = Doc(path(ctx, "home/%s/.rediscli_history" % ctx.person()["user"]), free=True)
    p1, p2, p3 = ctx.pw(), ctx.pw(style="alnum"), ctx.pw()
    rows = [("INFO replication", None), ("AUTH default %s" % p1, _lab_s(p1, "redis-auth-password")),
            ("CONFIG SET requirepass \"%s\"" % p2, _lab_s(p2, "redis-requirepass")),
            ("ACL SETUSER app on >%s ~app:* +@read +@write" % p3, _lab_s(p3, "redis-acl-password"))]
    sid = ctx.uuid()
    rows.append(("HGETALL session:%s" % sid, _lab_n(sid, "session-key-name")))
    rows.append(("SLOWLOG GET 10", None))
    for r in rows:
        emit(d, *r)
    return d


HISTORIES = {"fish": h_fish, "ksh": h_ksh, "julia": h_julia, "redis": h_redis}


# ---------------------------------------------------------------- version-control artefacts
def v_conflict(ctx, sc, L):
    d = Doc(path(ctx, "repo/config/integrations.yaml"), free=True)
    a, b = ctx.pw(), ctx.pw()
    d.t("partner:\n  url: https://partner.%s/api\n  user: %s" % (ctx.v["domain"], ctx.svc_user()))
    d.t("<<<<<<< HEAD")
    d.s("  password: \"@@\"", a, "conflict-password")
    d.t("=======")
    d.s("  password: \"@@\"", b, "conflict-password")
    d.t(">>>>>>> %s" % ctx.hexs(7))
    d.n("  webhook_secret: \"@@\"", "${PARTNER_WEBHOOK_SECRET}", "env-reference")
    return d


def v_rej(ctx, sc, L):
    d = Doc(path(ctx, "repo/config/app.ini.rej"), free=True)
    d.t("--- config/app.ini\n+++ config/app.ini\n@@ -3,7 +3,7 @@\n [database]\n host = %s\n user = app" % ctx.host("pg"))
    d.s("-password = @@", ctx.pw(), "removed-password")
    d.n("+password = @@", "${DB_PASSWORD}", "env-reference")
    d.t(" pool = 10")
    return d


def v_blame(ctx, sc, L):
    d = Doc(path(ctx, "repo/blame-settings.txt"), free=True)
    p = ctx.person()
    for i, (txt, val, cat, g) in enumerate([("db_password = \"%s\"", ctx.pw(), "blamed-password", "generic"),
                                             ("partner_key = \"%s\"", None, None, "provider")]):
        sha = ctx.hexs(40)
        d.n("%s %d %d 1" % (sha, 12 + i, 12 + i), sha, "commit-sha")
        d.t("author %s\nauthor-mail <%s>\nauthor-time %d\nauthor-tz +0100\nsummary wip settings\nfilename settings.py" % (p["full"], p["email"], ctx.epoch()))
        if val is None:
            cat = sc.deck.provider()
            val = prov24.SHAPE_FN[cat](ctx)
        d.s("\t" + txt % "@@", val, cat, group=g)
    return d


def v_gitlab(ctx, sc, L):
    d = Doc(path(ctx, "repo/mr-%d-changes.json" % ctx.r(10, 900)), fmt="json", free=True)
    pw = ctx.pw()
    sha = ctx.hexs(40)
    d.t('{\n  "iid": %d,\n  "title": "Move credentials to CI variables",' % ctx.r(10, 900))
    d.n('  "sha": "@@",', sha, "commit-sha")
    d.t('  "changes": [\n    {\n      "old_path": "deploy/env.yaml",\n      "new_path": "deploy/env.yaml",')
    d.s('      "diff": "@@ -1,4 +1,4 @@\\n host: %s\\n-password: @@\\n+password: ${DEPLOY_PASSWORD}\\n"' % ctx.host(), pw, "removed-password")
    d.t('    }\n  ]\n}')
    return d


VCS = {"conflict": v_conflict, "rej": v_rej, "blame": v_blame, "gitlab": v_gitlab}


# ---------------------------------------------------------------- shared spreadsheets
def sheet_rows(ctx):
    rows = []
    for _ in range(2):
        pw = ctx.pw()
        rows.append(([sysname(ctx), ctx.host(), ctx.svc_user(), pw], _lab_s(pw, "sheet-password")))
    ref = vault_ref(ctx, sysname(ctx))
    rows.append(([sysname(ctx), ctx.host(), "admin", ref], _lab_n(ref, "vault-reference")))
    ctx.rng.shuffle(rows)
    return ["system", "host", "user", "password"], rows


def s_htm(ctx, sc, L):
    d = Doc(path(ctx, "shared/accounts.htm"), crlf=True, free=True)
    hdr, rows = sheet_rows(ctx)
    d.t('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head><meta name=ProgId content=Excel.Sheet><style>td {mso-number-format:"\\@";}</style></head>\n<body><table border=0>')
    d.t("<tr>" + "".join("<td>%s</td>" % h for h in hdr) + "</tr>")
    for cells, lab in rows:
        emit_html(d, "<tr><td>%s</td><td>%s</td><td>%s</td><td>" % tuple(cells[:3]), cells[3], "</td></tr>", lab)
    d.t("</table></body></html>")
    return d


def s_teable(ctx, sc, L):
    d = Doc(path(ctx, "shared/teable-accounts.csv"), free=True)
    hdr, rows = sheet_rows(ctx)
    d.t(",".join(hdr))
    for cells, lab in rows:
        emit(d, ",".join('"%s"' % c if " " in c else c for c in cells), lab)
    return d


def s_semicolon(ctx, sc, L):
    d = Doc(path(ctx, "shared/zugaenge-export.csv"), crlf=True, free=True)
    hdr, rows = sheet_rows(ctx)
    d.t(";".join(hdr))
    for cells, lab in rows:
        emit(d, ";".join(cells), lab)
    return d


def s_budibase(ctx, sc, L):
    d = Doc(path(ctx, "shared/budibase-rows.json"), fmt="json", free=True)
    hdr, rows = sheet_rows(ctx)
    d.t("[")
    for i, (cells, lab) in enumerate(rows):
        obj = ", ".join('"%s": "%s"' % (h, jstr(c)) for h, c in zip(hdr, cells))
        emit(d, '  {"_id": "ro_ta_%s", %s}%s' % (ctx.hexs(32), obj, "," if i < len(rows) - 1 else ""), lab)
    d.t("]")
    return d


SHEETS = {"htm": s_htm, "teable": s_teable, "semicolon": s_semicolon, "budibase": s_budibase}


# ---------------------------------------------------------------- captures and CI logs
def c_wireshark(ctx, sc, L):
    d = Doc(path(ctx, "captures/follow-tcp-stream.txt"), free=True)
    user, pw = ctx.svc_user(), ctx.pw()
    basic = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    h = ctx.host()
    d.t("GET /api/v1/status HTTP/1.1\nHost: %s\nUser-Agent: curl/8.5.0" % h)
    d.s("Authorization: Basic @@", basic, "http-basic-auth-header")
    rid = ctx.uuid()
    d.t("\nHTTP/1.1 200 OK\nContent-Type: application/json")
    d.n("X-Request-Id: @@", rid, "request-id")
    d.t("\n220 mail.%s ESMTP\nEHLO scanner\n250-AUTH PLAIN LOGIN" % ctx.v["domain"])
    ap = base64.b64encode(("\0%s@%s\0%s" % ("scanner", ctx.v["domain"], ctx.pw())).encode()).decode()
    d.s("AUTH PLAIN @@", ap, "smtp-auth-plain")
    d.t("235 2.7.0 Authentication successful")
    return d


def c_strace(ctx, sc, L):
    d = Doc(path(ctx, "captures/ftp-upload.strace"), free=True)
    pid = ctx.r(2000, 40000)
    pw = ctx.pw()
    d.t('%d  connect(5, {sa_family=AF_INET, sin_port=htons(21), sin_addr=inet_addr("10.%d.%d.%d")}, 16) = 0' % (pid, ctx.r(0, 255), ctx.r(0, 255), ctx.r(1, 254)))
    d.t('%d  write(5, "USER %s\\r\\n", %d) = %d' % (pid, "upload", 13, 13))
    d.s('%d  write(5, "PASS @@\\r\\n", %d) = %d' % (pid, len(pw) + 7, len(pw) + 7), pw, "ftp-password")
    d.t('%d  read(5, "230 Login successful.\\r\\n", 4096) = 24' % pid)
    return d


def c_gha(ctx, sc, L):
    d = Doc(path(ctx, "ci/logs/deploy-job.txt"), free=True)
    ck = Clock(ctx)
    ts = lambda: "%sT%s.%07dZ " % (ck.day.isoformat(), ck.hms(), ctx.r(0, 9999999))
    pw = ctx.pw()
    d.t(ts() + "##[group]Run ./scripts/deploy.sh\n" + ts() + "./scripts/deploy.sh\n" + ts() + "shell: /usr/bin/bash -e {0}\n" + ts() + "##[endgroup]")
    d.n(ts() + "+ curl -fsS -H 'Authorization: Bearer @@' https://deploy.%s/hooks" % ctx.v["domain"], "***", "ci-masked-secret")
    d.s(ts() + "+ mysql -h %s -u deploy -p@@ -e 'SELECT 1'" % ctx.host("mysql"), pw, "ci-leaked-password")
    d.t(ts() + "Cleaning up orphan processes")
    return d


def c_pip(ctx, sc, L):
    d = Doc(path(ctx, "ci/logs/pip-install.log"), free=True)
    pw = ctx.pw(uri=True)
    host = "nexus." + ctx.v["domain"]
    d.s("+ pip install --index-url https://ci:@@@%s/repository/pypi/simple -r requirements.txt" % host, pw, "pip-index-password")
    d.n("Looking in indexes: https://ci:@@@%s/repository/pypi/simple" % host, "****", "pip-masked-password")
    d.t("Collecting requests==2.32.3\n  Downloading requests-2.32.3-py3-none-any.whl (64 kB)\nSuccessfully installed requests-2.32.3")
    return d


CAPTURES = {"wireshark": c_wireshark, "strace": c_strace, "gha": c_gha, "pip": c_pip}


def wifi_sign(ctx, sc, L):
    d = Doc(path(ctx, "signage/guest-wifi-qr.txt"), free=True)
    ssid = ctx.choice(ctx.theme.ssids)
    pw = ctx.pw(style=ctx.choice(["weak", "phrase", "leet", "alnum"]))
    d.t("%s\n" % L.P["wifi"][0].format(ssid=ssid, pw="(QR)"))
    d.s("WIFI:T:WPA;S:%s;P:@@;H:false;;" % ssid, pw, "wifi-qr-payload")
    ref = vault_ref(ctx, "wifi-staff")
    d.n("staff SSID: @@", ref, "vault-reference")
    return d
