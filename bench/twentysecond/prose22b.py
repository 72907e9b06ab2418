"""Free text, part B: wiki runbooks (7 markups), notes (4), meeting minutes (2), shell/REPL histories (9),
version-control artefacts (6) and spreadsheet exports (3)."""
import json

from core22 import Doc
from lang22 import L


def _rows(th):
    """Device rows: (device, host, user, password or None)."""
    v, r = th.v, th.v.r
    devs = r.sample(th.t["devices"], 3)
    rows = [(devs[0], th.host(), "admin", v.pw()), (devs[2], th.host(), "operator", None)]
    if r.random() < 0.4:
        rows.insert(1, (devs[1], th.host(), "service", v.pw(style=r.choice(["weak", "leet", "punct"]))))
    return rows


def _cmd(th):
    """A command line carrying a password: (line, value)."""
    v, r = th.v, th.v.r
    pw = v.pw(uri=True)
    h = th.host()
    opts = [("mysql -h %s -u report -p'%s' erp" % (h, pw)), ("sshpass -p '%s' ssh ops@%s" % (pw, h)),
            ("curl -u svc-sync:%s https://%s/api/v1/export" % (pw, h)), ("redis-cli -h %s -a '%s' INFO" % (h, pw)),
            ("psql 'postgresql://app:%s@%s:5432/erp'" % (pw, h)), ("mosquitto_pub -h %s -u gw -P '%s' -t test -m 1" % (h, pw)),
            ("lftp -u upload,%s sftp://%s" % (pw, h))]
    return r.choice(opts), pw


def wiki(th, fmt, lang):
    d = L[lang]
    rows = _rows(th)
    cmd, cpw = _cmd(th)
    vault = "secret/%s/%s" % (th.slug, th.sys_slug())
    title = th.sys()
    ex = "curl -u admin:<password> https://%s/" % th.host()
    ext = {"trilium": "html", "dendron": "md", "typst": "typ", "rdoc": "rdoc", "myst": "md", "jira": "txt", "ikiwiki": "mdwn"}[fmt]
    doc = Doc("wiki/%s/%s.%s" % (fmt, th.sys_slug(), ext), free_text=True)
    if fmt == "trilium":
        doc.t("<html><head><title>%s</title></head><body>" % title, "<h1>%s</h1>" % title, "<table>")
        row = lambda a, b, c, x: "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (a, b, c, x)
        code = lambda c: "<pre><code>%s</code></pre>" % c.replace("<", "&lt;").replace(">", "&gt;")
        tail = ["</table>"]
        end = ["</body></html>"]
    elif fmt == "dendron":
        doc.t("---", "id: " + th.v.s("abcdefghijklmnopqrstuvwxyz0123456789", 23), "title: " + title, "desc: ''", "updated: 1714720462000", "---", "", "## " + title, "",
              "| device | host | user | password |", "|---|---|---|---|")
        row = lambda a, b, c, x: "| %s | %s | %s | %s |" % (a, b, c, x)
        code = lambda c: "`%s`" % c
        tail, end = [""], []
    elif fmt == "myst":
        doc.t("# " + title, "", "```{list-table}", ":header-rows: 1", "", "* - device", "  - host", "  - user", "  - password")
        row = lambda a, b, c, x: "* - %s\n  - %s\n  - %s\n  - %s" % (a, b, c, x)
        code = lambda c: "```{code-block} bash\n%s\n```" % c
        tail, end = ["```", ""], []
    elif fmt == "typst":
        doc.t("= " + title, "", "#table(", "  columns: 4,", "  [device], [host], [user], [password],")
        row = lambda a, b, c, x: "  [%s], [%s], [%s], [%s]," % (a, b, c, x.replace("*", "\\*").replace("_", "\\_") if False else x)
        code = lambda c: "```bash\n%s\n```" % c
        tail, end = [")", ""], []
    elif fmt == "rdoc":
        doc.t("= " + title, "", "== Devices", "")
        row = lambda a, b, c, x: "* #{a}: #{b}, user +#{c}+, password: #{x}".replace("#{a}", a).replace("#{b}", b).replace("#{c}", c).replace("#{x}", x)
        code = lambda c: "  " + c
        tail, end = [""], []
    elif fmt == "jira":
        doc.t("h1. " + title, "", "||device||host||user||password||")
        row = lambda a, b, c, x: "|%s|%s|%s|%s|" % (a, b, c, x)
        code = lambda c: "{code:bash}\n%s\n{code}" % c
        tail, end = [""], []
    else:  # ikiwiki
        doc.t('[[!meta title="%s"]]' % title, '[[!tag runbook]]', "", "device | host | user | password", "--- | --- | --- | ---")
        row = lambda a, b, c, x: "%s | %s | %s | %s" % (a, b, c, x)
        code = lambda c: "    " + c
        tail, end = [""], []
    for dev, h, u, pw in rows:
        text = row(dev, h, u, pw if pw else d["vault"][0].format(path=vault))
        if pw:
            doc.block(text, pw, "wiki-password", kind="secret", group="generic") if "\n" in text else doc.s(text, pw, "wiki-password")
        else:
            doc.block(text, vault, "vault-reference", kind="negative") if "\n" in text else doc.neg(text, vault, "vault-reference")
    doc.t(*tail)
    c = code(cmd)
    shown = cmd if fmt != "trilium" else cmd
    doc.block(c, cpw, "cli-password", kind="secret", group="generic") if "\n" in c else doc.s(c, cpw, "cli-password")
    e = code(ex)
    shown_ex = "&lt;password&gt;" if fmt == "trilium" else "<password>"
    doc.block(e, shown_ex, "placeholder", kind="negative") if "\n" in e else doc.neg(e, shown_ex, "placeholder")
    doc.t(*end)
    return doc


WIKIS = ["trilium", "dendron", "typst", "rdoc", "myst", "jira", "ikiwiki"]


def note(th, fmt, lang):
    d, v, r = L[lang], th.v, th.v.r
    pw = v.pw(spaces=r.random() < 0.3, style=r.choice([None, "weak", "phrase", "leet"]))
    pline = r.choice(d["pw"]).format(sys=th.sys(), u=th.user(), v=pw)
    wpw = v.pw(style=r.choice(["phrase", "weak", "strong"]))
    wline = r.choice(d["wifi"]).format(ssid=th.ssid(), v=wpw)
    pol = d["policy"][1]
    if fmt in ("qownnotes", "zettlr"):
        ext = "md"
        doc = Doc("notes/%s/%s.%s" % (fmt, th.sys_slug(), ext), free_text=True)
        if fmt == "zettlr":
            doc.t("---", "id: %s" % v.digits(14), "tags: [%s]" % th.slug, "---", "")
        doc.t("# " + th.sys(), "")
        doc.s("- " + pline, pw, "note-password")
        doc.s("- " + wline, wpw, "wifi-psk")
        doc.neg("- " + pol, pol, "prose-about-passwords")
        sn = v.serial("SN")
        doc.neg("- %s: %s" % (th.r.choice(th.t["devices"]), sn), sn, "serial-number")
        return doc
    key = "content" if fmt == "notesnook" else "text"
    doc = Doc("notes/%s/%s-backup.json" % (fmt, th.sys_slug()), free_text=True)
    j = lambda x: json.dumps(x, ensure_ascii=False)
    doc.t("{", '  "version": 5.2,', '  "items": [')
    doc.s("    " + j({"title": th.sys(), key: pline}) + ",", j(pw)[1:-1], "note-password")
    doc.s("    " + j({"title": "Wi-Fi", key: wline}) + ",", j(wpw)[1:-1], "wifi-psk")
    doc.neg("    " + j({"title": "policy", key: pol}) + ",", j(pol)[1:-1], "prose-about-passwords")
    sn = v.serial("SN")
    doc.neg("    " + j({"title": th.r.choice(th.t["devices"]), key: sn}), sn, "serial-number")
    doc.t("  ]", "}")
    return doc


NOTES = ["qownnotes", "notesnook", "zettlr", "turtl"]


def minutes(th, fmt, lang):
    d, v, r = L[lang], th.v, th.v.r
    ppl = [th.person() for _ in range(3)]
    tmp = v.pw(style=r.choice(["weak", "alnum", "punct"]))
    tline = r.choice(d["tmp"]).format(u=ppl[2]["nick"], v=tmp)
    tok, shape = th.provider()
    old = r.choice(d["old"]).format(v=tok)
    ext = "txt" if fmt == "etherpad" else "md"
    doc = Doc("minutes/%s/%s-%s.%s" % (fmt, th.sys_slug(), next(th.clock())[:10], ext), free_text=True)
    if fmt == "hedgedoc":
        doc.t("---", "title: %s %s" % (d["minutes"], th.sys()), "tags: minutes", "---", "")
    doc.t("%s - %s" % (d["minutes"], th.sys()), "", "%s: %s" % (d["attendees"], ", ".join(p["name"] for p in ppl)), "", d["actions"] + ":")
    doc.s("- " + tline, tmp, "temporary-password")
    if r.random() < 0.5:
        doc.s("- " + old, tok, "provider-" + shape, "provider")
    else:
        m = "- %s %s" % (shape.split("-")[0], __import__("prov22").mask(tok))
        doc.neg(m, m[2:].split(" ", 1)[1], "masked-value")
    vp = "secret/%s/%s" % (th.slug, th.sys_slug())
    doc.neg("- " + d["vault"][0].format(path=vp), vp, "vault-reference")
    n = r.choice(d["nopost"])
    doc.neg("- " + n, n, "prose-about-passwords")
    return doc


MINUTES = ["etherpad", "hedgedoc"]


def history(th, fmt, lang):
    v, r = th.v, th.v.r
    h = th.host()
    pw, pw2 = v.pw(uri=True), v.pw(uri=True)
    vault_cmd = "export DB_PASSWORD=$(vault kv get -field=password secret/%s/db)" % th.slug
    tok, shape = th.provider()
    name = {"fish": ".local/share/fish/fish_history", "zsh": ".zsh_history", "ipython": "ipython-history.txt",
            "scala": ".scala_history", "gdb": ".gdb_history", "pgcli": ".config/pgcli/history", "mycli": ".mycli-history",
            "usql": ".usql_history", "vsql": ".vsql_history"}[fmt]
    doc = Doc("home/%s/%s" % (th.user(), name), free_text=True)
    ts = r.randint(1714000000, 1719999999)
    if fmt == "fish":
        items = [("- cmd: ssh ops@%s" % h, None), ("  when: %d" % ts, None),
                 ("- cmd: mysql -h %s -u report -p'%s' erp" % (h, pw), ("secret", pw, "cli-password")), ("  when: %d" % (ts + 40), None),
                 ("- cmd: set -x GITHUB_TOKEN %s" % tok if False else "- cmd: set -gx API_TOKEN %s" % tok, ("secret", tok, "provider-" + shape)), ("  when: %d" % (ts + 90), None),
                 ("- cmd: " + vault_cmd, ("negative", "vault kv get -field=password", "vault-reference")), ("  when: %d" % (ts + 120), None)]
    elif fmt == "zsh":
        items = [(": %d:0;cd /srv/%s" % (ts, th.sys_slug()), None),
                 (": %d:0;sshpass -p '%s' scp dump.sql ops@%s:/tmp/" % (ts + 30, pw, h), ("secret", pw, "cli-password")),
                 (": %d:0;export API_TOKEN=%s" % (ts + 60, tok), ("secret", tok, "provider-" + shape)),
                 (": %d:0;%s" % (ts + 90, vault_cmd), ("negative", "vault kv get -field=password", "vault-reference"))]
    elif fmt == "ipython":
        items = [("   1: import psycopg2", None), ('   2: conn = psycopg2.connect(host="%s", user="report", password="%s")' % (h, pw), ("secret", pw, "repl-password")),
                 ('   3: headers = {"Authorization": "Bearer %s"}' % tok, ("secret", tok, "provider-" + shape)),
                 ('   4: pw = os.environ["DB_PASSWORD"]', ("negative", 'os.environ["DB_PASSWORD"]', "reference"))]
    elif fmt == "scala":
        items = [('val ds = spark.read.format("jdbc").option("url", "jdbc:postgresql://%s/erp").option("user", "spark")' % h, None),
                 ('  .option("password", "%s").load()' % pw, ("secret", pw, "repl-password")),
                 ('val tok = sys.env("API_TOKEN")', ("negative", 'sys.env("API_TOKEN")', "reference")),
                 ('val hook = "%s"' % tok, ("secret", tok, "provider-" + shape))]
    elif fmt == "gdb":
        items = [("file ./%s-agent" % th.sys_slug(), None), ("set environment DB_PASSWORD=%s" % pw, ("secret", pw, "debugger-password")),
                 ("set environment API_TOKEN=%s" % tok, ("secret", tok, "provider-" + shape)), ("run --config /etc/%s/agent.conf" % th.sys_slug(), None),
                 ("bt", None)]
    elif fmt in ("pgcli", "mycli", "vsql"):
        stmt = {"pgcli": "ALTER ROLE report WITH PASSWORD '%s';", "mycli": "CREATE USER 'report'@'%%' IDENTIFIED BY '%s';",
                "vsql": "ALTER USER report IDENTIFIED BY '%s';"}[fmt]
        items = [("", None), ("# 2024-05-03 09:14:22.%06d" % r.randint(0, 999999), None), ("+" + stmt % pw, ("secret", pw, "sql-password")),
                 ("", None), ("# 2024-05-03 09:15:01.%06d" % r.randint(0, 999999), None), ("+SELECT count(*) FROM deliveries;", None),
                 ("", None), ("# 2024-05-03 09:16:40.%06d" % r.randint(0, 999999), None),
                 ("+" + stmt % pw2, ("secret", pw2, "sql-password")) if r.random() < 0.4 else
                ("+SELECT rolname, rolpassword FROM pg_authid WHERE rolname = 'report'; -- %s" % v.sha256(), ("negative", "pg_authid", "no-secret"))]
        if fmt == "vsql":
            items = [(a[1:] if a.startswith("+") else a, b) for a, b in items if not a.startswith("#") and a]
    else:  # usql
        items = [("\\connect postgres://report:%s@%s/erp" % (pw, h), ("secret", pw, "cli-password")),
                 ("select * from pumps limit 5;", None), ("\\set TOKEN %s" % tok, ("secret", tok, "provider-" + shape)),
                 ("\\connect $DB_URL", ("negative", "$DB_URL", "reference"))]
    for line, lab in items:
        if lab is None:
            doc.t(line)
        elif lab[0] == "secret":
            doc.s(line, lab[1], lab[2], "provider" if lab[2].startswith("provider") else "generic")
        else:
            doc.neg(line, lab[1], lab[2])
    return doc


HISTORIES = ["fish", "zsh", "ipython", "scala", "gdb", "pgcli", "mycli", "usql", "vsql"]
