"""Free text, part B: e-mail, wiki runbooks, notes and minutes, shell/REPL histories, version-control
artefacts and shared spreadsheets."""

import json

import prov23
import vals23
from core23 import Doc
from prose23a import Clock, pick_lang, vault_ref, xml_esc


# ---------------------------------------------------------------- e-mail
def _mail_parts(c, L):
    r = c.rng
    sysn = c.sysname()
    u = c.vocab("user")
    v = c.pw("pws")
    line = r.choice(L["pw"]).format(sys=sysn, u=u, v=v)
    tok, cat = c.provider(r.choice(prov23.CHAT_SHAPES))
    tline = r.choice(L["tok"]).format(sys=c.sysname(), v=tok)
    return sysn, v, line, tok, cat, tline


def mail_mht(c, L, path):
    r = c.rng
    sysn, v, line, tok, cat, tline = _mail_parts(c, L)
    b = "----=_NextPart_%s" % vals23.hexs(r, 24)
    d = Doc(path + ".mht", crlf=True, free=True)
    a, z = c.person(), c.person()
    d.t("From: %s <%s>" % (c.full(a), c.email(a)), "To: %s <%s>" % (c.full(z), c.email(z)),
        "Subject: %s: %s" % (L["subj"][0], sysn), "MIME-Version: 1.0",
        'Content-Type: multipart/related; boundary="%s"; type="text/html"' % b, "", "--" + b,
        "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit",
        "Content-Location: file:///C:/Users/%s/AppData/Local/Temp/mail.htm" % c.handle(a), "",
        "<html><body>", "<p>%s,</p>" % L["subj"][4])
    d.s("<p>%s</p>" % xml_esc(line), v, "shared-password")
    d.s("<p>%s</p>" % xml_esc(tline), tok, cat, group="provider")
    ref = vault_ref(c)
    d.n("<p>%s</p>" % xml_esc(r.choice(L["dont"]).format(vault=ref)), xml_esc(ref), "vault-reference")
    d.t("<p>%s,<br>%s</p>" % (L["subj"][5], c.full(a)), "</body></html>", "", "--%s--" % b)
    return d


def mail_outlook_txt(c, L, path):
    r = c.rng
    sysn, v, line, tok, cat, tline = _mail_parts(c, L)
    d = Doc(path + ".txt", crlf=True, free=True)
    a, z = c.person(), c.person()
    k = Clock(c)
    d.t("From:\t%s <%s>" % (c.full(z), c.email(z)), "Sent:\t%04d-%02d-%02d %s" % (k.d + (k.hm(),)),
        "To:\t%s" % c.full(a), "Subject:\tRE: %s — %s" % (L["subj"][0], sysn), "", r.choice(L["filler"]), "",
        "%s" % c.full(z), "", "-----Original Message-----", "From:\t%s <%s>" % (c.full(a), c.email(a)),
        "Subject:\t%s — %s" % (L["subj"][0], sysn), "", "%s," % L["subj"][4])
    d.s(line, v, "shared-password")
    d.s(tline, tok, cat, group="provider")
    d.t("", L["subj"][5], c.full(a))
    return d


def mail_gmail_original(c, L, path):
    r = c.rng
    sysn, v, line, tok, cat, tline = _mail_parts(c, L)
    d = Doc(path + ".eml", free=True)
    a, z = c.person(), c.person()
    mid = "<%s@mail.%s>" % (vals23.hexs(r, 24), c.domain)
    d.t("Delivered-To: %s" % c.email(z), "Received: from mail.%s (mail.%s. [%s])" % (c.domain, c.domain, c.ip()),
        "        by mx.google.com with ESMTPS id %s" % vals23.rs(r, 12))
    sig = vals23.b64_bytes(r, 128)
    d.t("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=mail;" % c.domain,
        "        bh=%s;" % vals23.b64_bytes(r, 32))
    d.n("        b=%s" % sig, sig, "dkim-signature")
    d.t("From: %s <%s>" % (c.full(a), c.email(a)), "To: %s" % c.email(z), "Subject: %s: %s" % (L["subj"][0], sysn))
    d.n("Message-ID: %s" % mid, mid, "message-id")
    d.t("Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: 8bit", "", "%s," % L["subj"][4], "")
    d.s(line, v, "shared-password")
    d.s(tline, tok, cat, group="provider")
    d.t("", "%s," % L["subj"][5], c.full(a), "", "> " + r.choice(L["filler"]))
    d.s("> " + line, v, "shared-password")
    return d


MAILS = {"mht": mail_mht, "outlook-txt": mail_outlook_txt, "gmail-original": mail_gmail_original}


# ---------------------------------------------------------------- wiki runbooks
def _runbook_rows(c):
    r = c.rng
    rows = []
    for i in range(4):
        dev = "%s-%02d" % (r.choice(c.theme["hosts"]), i + 1)
        if i < 2:
            v = c.pw("pw")
            rows.append((dev, c.ip(), "admin", v, "S"))
        elif i == 2:
            ref = vault_ref(c)
            rows.append((dev, c.ip(), "admin", ref, "N"))
        else:
            rows.append((dev, c.ip(), "operator", None, None))
    return rows


def wiki(c, L, path, fmt):
    r = c.rng
    title = "%s — runbook" % c.sysname()
    ext = {"zim": ".txt", "silverbullet": ".md", "anytype": ".md", "docusaurus": ".mdx", "mdbook": ".md", "tana": ".txt"}[fmt]
    d = Doc(path + ext, free=True)
    rows = _runbook_rows(c)
    host = c.host()
    cv = c.pw("pwu")
    if fmt == "zim":
        d.t("Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6", "", "====== %s ======" % title, "",
            "===== Devices =====", "|Device|IP|User|Password|", "|------|--|----|--------|")
        cell = lambda row, p: "|%s|%s|%s|%s|" % (row[0], row[1], row[2], p)
    elif fmt == "tana":
        d.t("%%%%tana%%%%", "- %s #runbook" % title)
        cell = lambda row, p: "  - %s (%s) — user:: %s — password:: %s" % (row[0], row[1], row[2], p)
    else:
        if fmt == "docusaurus":
            d.t("---", "sidebar_position: %d" % r.randint(1, 9), "title: %s" % title, "---", "",
                "import Admonition from '@theme/Admonition';", "")
        elif fmt == "anytype":
            d.t("# %s" % title, "", "Type: Runbook  ", "Tags: ops, %s" % c.slug, "")
        elif fmt == "silverbullet":
            d.t("---", "tags: runbook", "---", "# %s" % title, "")
        else:
            d.t("# %s" % title, "", "{{#include ../shared/oncall-header.md}}", "")
        d.t("## Devices", "", "| Device | IP | User | Password |", "|---|---|---|---|")
        cell = lambda row, p: "| %s | %s | %s | %s |" % (row[0], row[1], row[2], p)
    for row in rows:
        if row[4] == "S":
            d.s(cell(row, "`%s`" % row[3] if fmt not in ("zim", "tana") else row[3]), row[3], "device-password")
        elif row[4] == "N":
            d.n(cell(row, row[3]), row[3], "vault-reference")
        else:
            d.t(cell(row, "—"))
    d.t("")
    if fmt == "docusaurus":
        d.t('<Admonition type="warning">')
        d.n(L["dont"][0].format(vault="Vaultwarden"), "Vaultwarden", "vault-reference")
        d.t("</Admonition>", "")
    d.t("## Health check" if fmt != "zim" else "===== Health check =====", "")
    if fmt not in ("zim", "tana"):
        d.t("```bash")
    d.s("curl -su admin:%s https://%s/api/health" % (cv, host), cv, "curl-basic-auth-password")
    d.n("curl -s -H \"Authorization: Bearer $OPS_TOKEN\" https://%s/api/status" % host, "$OPS_TOKEN", "env-reference")
    if fmt not in ("zim", "tana"):
        d.t("```")
    return d


WIKIS = ["zim", "silverbullet", "anytype", "docusaurus", "mdbook", "tana"]


# ---------------------------------------------------------------- notes / minutes
def notes(c, L, path, fmt, shape):
    r = c.rng
    tv = c.pw("pw")
    temp = L["temp"][0].format(v=tv)
    tok, cat = c.provider(shape)
    revoked = r.random() < 0.6
    if revoked:
        tline = L["revoked"][0].format(v=tok)
    else:
        masked = prov23.mask(tok)
        tline = "%s: %s" % (c.sysname(), masked)
    att = ", ".join(c.full(p) for p in r.sample(c.people, 4))
    heads = [L["subj"][1], "%s: %s" % (L["subj"][2], att), L["subj"][3]]
    if fmt == "apple-notes":
        d = Doc(path + ".html", free=True)
        d.t("<html><head><meta charset=\"utf-8\"></head><body>", "<div><h1>%s</h1></div>" % xml_esc(heads[0]),
            "<div>%s</div>" % xml_esc(heads[1]), "<div><b>%s</b></div>" % xml_esc(heads[2]), "<ul>")
        wrap = lambda s: "<li>%s</li>" % xml_esc(s)
        tail = ["</ul>", "</body></html>"]
    elif fmt == "upnote":
        d = Doc(path + ".md", free=True)
        d.t("# %s" % heads[0], "", heads[1], "", "## %s" % heads[2], "")
        wrap = lambda s: "- [ ] " + s
        tail = []
    elif fmt == "canvas":
        d = Doc(path + ".canvas", fmt="json", free=True)
        d.t("{", '  "nodes": [')
        d.t('    {"id": "%s", "type": "text", "text": %s, "x": 0, "y": 0, "width": 400, "height": 120},' % (
            vals23.hexs(r, 16), json.dumps("# " + heads[0] + "\n" + heads[1], ensure_ascii=False)))
        wrap = lambda s: '    {"id": "%s", "type": "text", "text": %s, "x": %d, "y": 200, "width": 400, "height": 80},' % (
            vals23.hexs(r, 16), json.dumps(s, ensure_ascii=False), r.randint(0, 900))
        tail = ['    {"id": "%s", "type": "file", "file": "Ops/%s.md", "x": 500, "y": 0, "width": 400, "height": 400}' % (
            vals23.hexs(r, 16), c.slug), "  ],", '  "edges": []', "}"]
    else:  # joplin raw export
        d = Doc(path + ".md", free=True)
        d.t(heads[0], "", heads[1], "", "## " + heads[2], "")
        wrap = lambda s: "* " + s
        nid = vals23.hexs(r, 32)
        tail = ["", "id: %s" % nid, "parent_id: %s" % vals23.hexs(r, 32), "created_time: %04d-%02d-%02dT08:00:00.000Z" % Clock(c).d,
                "is_todo: 0", "type_: 1"]
    d.t(wrap(r.choice(L["filler"])))
    d.s(wrap(temp), tv, "temporary-password")
    if revoked:
        d.s(wrap(tline), tok, cat, group="provider")
    else:
        d.n(wrap(tline), masked, "masked-key")
    d.n(wrap(L["reset"][1]), L["reset"][1], "password-policy-text")
    d.t(*tail)
    return d


NOTES = ["apple-notes", "upnote", "canvas", "joplin"]


# ---------------------------------------------------------------- histories
def _hist_cmds(c, shape):
    """(command, value, category, group) secrets and (command, value, category) negatives"""
    r = c.rng
    host = c.host()
    out = []
    kinds = r.sample(["mysql", "redis", "curl", "sshpass", "psql", "lftp"], 2)
    for k in kinds:
        v = c.pw("pwu" if k in ("psql", "curl") else "pwa")
        cmd = {"mysql": "mysql -u %s -p'%s' -h %s %s" % (c.vocab("user"), v, host, c.vocab("db")),
               "redis": "redis-cli -h %s -a '%s' --no-auth-warning info replication" % (host, v),
               "curl": "curl -u admin:%s https://%s/api/v1/config" % (v, host),
               "sshpass": "sshpass -p '%s' ssh -o StrictHostKeyChecking=no %s@%s" % (v, c.vocab("user"), host),
               "psql": "psql postgresql://%s:%s@%s:5432/%s" % (c.vocab("user"), v, host, c.vocab("db")),
               "lftp": "lftp -u %s,%s sftp://%s" % (c.vocab("user"), v, host)}[k]
        out.append(("S", cmd, v, "%s-cli-password" % k, "generic"))
    tok, cat = c.provider(shape)
    var = cat.upper().replace("-", "_")
    out.append(("S", "export %s=%s" % (var, tok), tok, cat, "provider"))
    out.append(("N", "export DB_PASSWORD=\"$(pass show %s/db)\"" % c.slug, "$(pass show %s/db)" % c.slug, "command-substitution"))
    sha = vals23.git_sha(r)
    out.append(("N", "git checkout %s" % sha, sha, "git-commit-sha"))
    r.shuffle(out)
    return out


def _plain(c):
    return r_choice(c, ["ls -la", "systemctl status nginx", "df -h", "journalctl -u app -n 50", "cd /srv/%s" % c.slug,
                        "htop", "git pull --rebase", "docker compose ps"])


def r_choice(c, xs):
    return c.rng.choice(xs)


def history(c, path, fmt, shape):
    r = c.rng
    cmds = _hist_cmds(c, shape)
    ts = 1718000000 + r.randint(0, 20000000)

    def put(d, text, item, enc=lambda v: v):
        if item[0] == "S":
            d.s(text, enc(item[2]), item[3], group=item[4])
        else:
            d.n(text, enc(item[2]), item[3])

    if fmt == "viminfo":
        d = Doc(path.rsplit("/", 1)[0] + "/.viminfo", free=True)
        d.t("# This viminfo file was generated by Vim 9.1.", "# You may edit it if you're careful!", "",
            "# Viminfo version", "|1,4", "", "*encoding=utf-8", "", "# Command Line History (newest to oldest):")
        for item in cmds:
            ts -= r.randint(30, 900)
            put(d, ":!" + item[1], item)
            put(d, '|2,0,%d,,"!%s"' % (ts, item[1].replace('"', '\\"')), item)
        d.t("", "# Search String History (newest to oldest):", "?/password")
        return d
    if fmt == "lldb":
        d = Doc(path.rsplit("/", 1)[0] + "/.lldb/lldb-widehistory", free=True)
        d.t("_HiStOrY_V2_")
        for item in cmds:
            d.t("breakpoint\\040set\\040-n\\040main")
            put(d, "platform\\040shell\\040" + item[1].replace(" ", "\\040"), item, enc=lambda v: v.replace(" ", "\\040"))
        return d
    if fmt == "atuin":
        d = Doc(path + "-history.txt", free=True)
        d.t("$ atuin history list --format \"{time}\\t{command}\\t{duration}\"")
        for item in cmds:
            ts += r.randint(30, 900)
            d.t("%s\t%s\t%dms" % (_fmt_ts(ts), _plain(c), r.randint(3, 900)))
            put(d, "%s\t%s\t%dms" % (_fmt_ts(ts + 7), item[1], r.randint(3, 900)), item)
        return d
    if fmt == "tcsh":
        d = Doc(path.rsplit("/", 1)[0] + "/.history", free=True)
        for item in cmds:
            ts += r.randint(30, 900)
            d.t("#+%d" % ts)
            put(d, item[1], item)
        return d
    # cqlsh_history: CQL instead of shell
    d = Doc(path.rsplit("/", 1)[0] + "/.cassandra/cqlsh_history", free=True)
    d.t("_HiStOrY_V2_", "DESCRIBE\\040KEYSPACES;", "USE\\040%s;" % c.slug)
    for _ in range(2):
        v = c.pw("pwa")
        role = c.vocab("user")
        d.s("CREATE\\040ROLE\\040%s\\040WITH\\040PASSWORD\\040=\\040'%s'\\040AND\\040LOGIN\\040=\\040true;" % (role, v), v,
            "cassandra-role-password")
    d.t("LIST\\040ROLES;")
    return d


def _fmt_ts(ts):
    days, rem = divmod(ts, 86400)
    y, m, dd = _civil(days)
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, dd, rem // 3600, rem % 3600 // 60, rem % 60)


def _civil(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


HISTORIES = ["viminfo", "lldb", "atuin", "tcsh", "cqlsh"]


# ---------------------------------------------------------------- version control artefacts
def vcs(c, path, fmt, shape):
    r = c.rng
    f = r.choice(["config/app.ini", "deploy/settings.conf", "etc/sync.properties"])
    old = c.pw("pwa")
    tok, cat = c.provider(shape)
    envtok = cat.upper().replace("-", "_")
    d = Doc(path + {"jj": ".txt", "sapling": ".txt", "bzr": ".diff", "phorge": ".diff"}[fmt], free=True)
    sha = vals23.git_sha(r)
    if fmt == "jj":
        cid = vals23.rs(r, 12, "klmnopqrstuvwxyz")
        d.t("$ jj log -p -r %s" % cid[:8])
        d.n("○  %s %s %s 2025-06-%02d 10:12:44 %s" % (cid, c.email(), "main", r.randint(1, 28), sha[:8]), sha[:8], "commit-id")
        d.t("│  move credentials out of %s" % f, "│  diff --git a/%s b/%s" % (f, f))
    elif fmt == "sapling":
        d.t("$ sl show %s" % sha[:12])
        d.n("commit:      %s" % sha, sha, "commit-id")
        who = c.person()
        d.t("user:        %s <%s>" % (c.full(who), c.email(who)), "summary:     move credentials out of %s" % f, "",
            "diff --git a/%s b/%s" % (f, f))
    elif fmt == "bzr":
        d.t("$ bzr diff -c %d" % r.randint(100, 900), "=== modified file '%s'" % f,
            "--- %s\t2025-06-01 09:12:01 +0000" % f, "+++ %s\t2025-06-02 11:40:17 +0000" % f)
    else:
        d.t("Differential Revision: https://code.%s/D%d" % (c.idomain, r.randint(100, 3000)),
            "diff --git a/%s b/%s" % (f, f))
        d.n("index %s..%s 100644" % (sha[:12], vals23.git_sha(r)[:12]), sha[:12], "commit-id")
    pre = "│  " if fmt == "jj" else ""
    if fmt != "bzr":
        d.t(pre + "--- a/%s" % f, pre + "+++ b/%s" % f)
    d.t(pre + "@@ -4,6 +4,6 @@", pre + " [database]", pre + " host = %s" % c.host())
    d.s(pre + "-password = %s" % old, old, "removed-password-in-diff")
    d.n(pre + "+password = ${DB_PASSWORD}", "${DB_PASSWORD}", "env-reference")
    d.t(pre + " [integrations]")
    d.s(pre + "-token = %s" % tok, tok, cat, group="provider")
    d.n(pre + "+token = ${%s}" % envtok, "${%s}" % envtok, "env-reference")
    return d


VCS = ["jj", "sapling", "bzr", "phorge"]


# ---------------------------------------------------------------- shared spreadsheets
def sheet(c, path, fmt):
    r = c.rng
    rows = _runbook_rows(c)
    hdr = ["Device", "IP", "User", "Password"]
    if fmt in ("grist", "ethercalc"):
        d = Doc(path + ".csv", free=True)
        d.t(",".join(hdr))
        for row in rows:
            p = row[3] or ""
            line = ",".join([row[0], row[1], row[2], '"%s"' % p if "," in p or " " in p else p])
            if row[4] == "S":
                d.s(line, p, "device-password")
            elif row[4] == "N":
                d.n(line, p, "vault-reference")
            else:
                d.t(line)
        return d
    d = Doc(path + ".json", fmt="json", free=True)
    if fmt == "baserow":
        d.t("[")
        mk = lambda i, row: {"id": i + 1, "order": "%d.00000000000000000000" % (i + 1), "Device": row[0], "IP": row[1],
                             "User": row[2], "Password": row[3] or ""}
    else:
        d.t("{", '  "rows": [')
        mk = lambda i, row: {"_id": vals23.rs(r, 22), "Device": row[0], "IP": row[1], "User": row[2], "Password": row[3] or ""}
    for i, row in enumerate(rows):
        line = ("  " if fmt == "baserow" else "    ") + json.dumps(mk(i, row), ensure_ascii=False) + ("," if i < 3 else "")
        if row[4] == "S":
            d.s(line, row[3], "device-password")
        elif row[4] == "N":
            d.n(line, row[3], "vault-reference")
        else:
            d.t(line)
    d.t("]" if fmt == "baserow" else "  ]")
    if fmt != "baserow":
        d.t("}")
    return d


SHEETS = ["baserow", "grist", "ethercalc", "seatable"]
