"""Free-text formats: chats, tickets, reviews, e-mail, wiki pages, notebooks, transcripts, sheets and notes."""

import json

from core26 import Doc, jq
from prose26a import exchange, script, uri, chat_pw, _sec, _neg


def put(d, line, item, free=True):
    if item is None:
        d.add(line)
    elif item["kind"] == "secret":
        extra = {"note": item["note"]} if item.get("note") else {}
        d.sec(line, item["value"], item["category"], item["group"], role="free", free=free, **extra)
    else:
        d.neg(line, item["value"], item["category"], role="free")


def _name(p, en):
    return p.latin if en else p.native


class Clock:
    """Monotonic timestamps for one conversation."""

    def __init__(self, ctx):
        import datetime
        d = ctx.date()
        self.ctx = ctx
        self.t = datetime.datetime(d.year, d.month, d.day, ctx.r.randrange(7, 11), ctx.r.randrange(60))

    def tick(self, lo=1, hi=45):
        import datetime
        self.t += datetime.timedelta(minutes=self.ctx.r.randrange(lo, hi), seconds=self.ctx.r.randrange(60))
        return self.t

    def day(self):
        return self.t.date().isoformat()


# ---------------------------------------------------------------- chats
def chat_mattermost(ctx, en):
    t = ctx.epoch_ms()
    import datetime
    day = (datetime.date(1970, 1, 1) + datetime.timedelta(days=t // 86400000 + 2)).isoformat()
    d = Doc("exports/mattermost_bulk_%s.jsonl" % day.replace("-", ""), fmt="jsonl", role="free")
    d.add(json.dumps({"type": "version", "version": 1}))
    chan = ctx.r.choice(["ops", "general", "it-help", "office", "logistics"])
    for m in script(ctx, 3, 3, 4, en):
        t += ctx.r.randrange(20000, 900000)
        if ctx.r.random() < 0.8:
            obj = {"type": "post", "post": {"team": ctx.slug.split("-")[0], "channel": chan, "user": m["author"].handle,
                                            "message": m["text"], "create_at": t}}
        else:
            other = ctx.person(exclude=m["author"])
            obj = {"type": "direct_post", "direct_post": {"channel_members": [m["author"].handle, other.handle],
                                                          "user": m["author"].handle, "message": m["text"],
                                                          "create_at": t}}
        put(d, json.dumps(obj, ensure_ascii=False), m["item"])
    return d


def chat_signal(ctx, en):
    a = ctx.person()
    d = Doc("exports/signal/%s/chat.md" % a.handle.replace(".", "_"), role="free")
    clk = Clock(ctx)
    for m in script(ctx, 3, 1, 3, en):
        put(d, "[%s] %s: %s" % (clk.tick().strftime("%Y-%m-%d %H:%M"), _name(m["author"], en), m["text"]), m["item"])
    return d


# ---------------------------------------------------------------- tickets and reviews
def ticket_odoo(ctx, en):
    tid = ctx.r.randrange(1000, 9999)
    d = Doc("helpdesk/odoo_ticket_%d_messages.json" % tid, fmt="json", role="free")
    msgs = script(ctx, 2, 1, 1, en)[1:]
    clk = Clock(ctx)
    d.add("[")
    for i, m in enumerate(msgs):
        d.add("  {")
        d.add('    "id": %d,' % ctx.r.randrange(10 ** 5, 10 ** 6))
        d.add('    "date": "%s",' % clk.tick(20, 400).strftime("%Y-%m-%d %H:%M:%S"))
        d.add('    "author_id": [%d, %s],' % (ctx.people.index(m["author"]) * 7 + 3, jq(_name(m["author"], en))))
        d.add('    "message_type": "comment",')
        put(d, '    "body": %s' % jq("<p>%s</p>" % m["text"]), m["item"])
        d.add("  }" + ("," if i < len(msgs) - 1 else ""))
    d.add("]")
    return d


def ticket_trudesk(ctx, en):
    uid = ctx.r.randrange(1000, 99999)
    d = Doc("helpdesk/trudesk_%d.json" % uid, fmt="json", role="free")
    msgs = script(ctx, 2, 1, 1, en)[1:]
    first = msgs[0]
    d.add("{")
    d.add('  "success": true,')
    d.add('  "ticket": {')
    d.add('    "uid": %d,' % uid)
    d.add('    "subject": %s,' % jq(ctx.ph("subj_access", en=en, sys=ctx.system())))
    put(d, '    "issue": %s,' % jq("<p>%s</p>" % first["text"]), first["item"])
    d.add('    "comments": [')
    rest = msgs[1:]
    clk = Clock(ctx)
    for i, m in enumerate(rest):
        d.add("      {")
        d.add('        "owner": {"fullname": %s, "username": %s},' % (jq(_name(m["author"], en)), jq(m["author"].handle)))
        d.add('        "date": "%sZ",' % clk.tick(20, 400).strftime("%Y-%m-%dT%H:%M:%S"))
        put(d, '        "comment": %s' % jq("<p>%s</p>" % m["text"]), m["item"])
        d.add("      }" + ("," if i < len(rest) - 1 else ""))
    d.add("    ]")
    d.add("  }")
    d.add("}")
    return d


def gitlab_mr_notes(ctx, en):
    iid = ctx.r.randrange(10, 900)
    d = Doc("review/mr_%d_notes.json" % iid, fmt="json", role="free")
    msgs = script(ctx, 2, 1, 1, en)[1:]
    clk = Clock(ctx)
    d.add("[")
    for i, m in enumerate(msgs):
        d.add("  {")
        d.add('    "id": %d,' % ctx.r.randrange(10 ** 6, 10 ** 7))
        d.add('    "type": "DiffNote",')
        put(d, '    "body": %s,' % jq(m["text"]), m["item"])
        d.add('    "author": {"username": %s, "name": %s},' % (jq(m["author"].handle), jq(m["author"].latin)))
        d.add('    "created_at": "%s.000Z",' % clk.tick(5, 300).strftime("%Y-%m-%dT%H:%M:%S"))
        d.add('    "noteable_type": "MergeRequest",')
        d.add('    "noteable_iid": %d' % iid)
        d.add("  }" + ("," if i < len(msgs) - 1 else ""))
    d.add("]")
    return d


def gh_pr_view(ctx, en):
    n = ctx.r.randrange(10, 700)
    d = Doc("review/pr_%d_comments.txt" % n, role="free")
    msgs = script(ctx, 2, 1, 1, en)[1:]
    d.add("title:\t%s" % ctx.ph("subj_incident", en=en, sys=ctx.system()))
    d.add("state:\tOPEN")
    d.add("author:\t%s" % msgs[0]["author"].handle)
    d.add("labels:\tops")
    d.add("number:\t%d" % n)
    d.add("--")
    for m in msgs:
        d.add("author:\t%s" % m["author"].handle)
        d.add("association:\tmember")
        d.add("edited:\tfalse")
        d.add("status:\tcommented")
        d.add("--")
        put(d, m["text"], m["item"])
        d.add("--")
    return d


# ---------------------------------------------------------------- e-mail
def email_outlook(ctx, en):
    a, b = ctx.two()
    sysname = ctx.system()
    d = Doc("mail/%s.txt" % ctx.r.choice(["RE_access", "FW_credentials", "RE_vendor_login", "handover"]), crlf=True,
            role="free")
    dt = ctx.date()
    d.add("From:\t%s <%s>" % (b.latin, b.email))
    d.add("Sent:\t%s, %d %s %d %02d:%02d" % (dt.strftime("%A"), dt.day, dt.strftime("%B"), dt.year,
                                             ctx.r.randrange(7, 19), ctx.r.randrange(60)))
    d.add("To:\t%s <%s>" % (a.latin, a.email))
    d.add("Subject:\tRE: %s" % ctx.ph("subj_access", en=en, sys=sysname))
    d.add("")
    d.add(ctx.ph("hi_name", en=en, name=_name(a, en)))
    d.add("")
    d.add(ctx.ph("vendor_creds", en=en, sys=sysname))
    d.add("URL: https://%s/" % ctx.host("portal"))
    d.add("%s: %s" % (ctx.ph("col_user", en=en), ctx.r.choice(["admin", "service", a.handle])))
    v = chat_pw(ctx, en=en)
    put(d, "%s: %s" % (ctx.ph("col_pw", en=en), v), _sec(v, "password", "generic"))
    d.add("")
    for m in [exchange(ctx, ctx.r.choice(["masked", "vault", "policy"]), en)[0]]:
        put(d, m["text"], m["item"])
    d.add("")
    d.add(ctx.ph("regards", en=en))
    d.add(_name(b, en))
    d.add("")
    d.add("-----Original Message-----")
    d.add("From: %s <%s>" % (a.latin, a.email))
    d.add("Sent: %s" % ctx.ds())
    d.add("")
    m = exchange(ctx, ctx.r.choice(["share_pw", "paren", "dash", "temp_pw"]), en)[0]
    put(d, m["text"], m["item"])
    return d


# ---------------------------------------------------------------- wiki pages
def _access_rows(ctx, en):
    rows = []
    for _ in range(2):
        v = ctx.pw(sym="-_.!*#%+=@?")
        rows.append(("| %s | %s | `%s` | |" % (ctx.system(), ctx.r.choice(["admin", "ops", "service", "root"]), v),
                     _sec(v, "password", "generic")))
    p = ctx.uniq(lambda: "secret/%s/%s" % (ctx.slug.split("-")[0], ctx.r.choice(["vpn", "nas", "erp", "scada"]) +
                                          "-" + ctx.rs(3, "abcdefghijklmnopqrstuvwxyz")))
    rows.append(("| %s | admin | — | vault: `%s` |" % (ctx.system(), p), _neg(p, "vault-path")))
    ctx.r.shuffle(rows)
    return rows


def _wiki_body(ctx, d, en, aside_open, aside_close):
    P = ctx.EN if en else ctx.P
    d.add("## %s" % P["h_access"])
    d.add("")
    d.add("| %s | %s | %s | %s |" % (P["col_sys"], P["col_user"], P["col_pw"], P["col_note"]))
    d.add("|---|---|---|---|")
    for line, it in _access_rows(ctx, en):
        put(d, line, it)
    d.add("")
    d.add("## %s" % P["h_check"])
    d.add("")
    d.add("```bash")
    v = ctx.pw(sym="-_.!*#%+=@")
    put(d, "curl -u monitor:'%s' https://%s/health" % (v, ctx.host("app")), _sec(v, "password", "generic"))
    env = ctx.uniq(lambda: "$%s_%s" % (ctx.r.choice(["OPS", "MON", "API", "SVC"]), ctx.r.choice(["TOKEN", "API_TOKEN", "BEARER"])))
    put(d, 'curl -H "Authorization: Bearer %s" https://%s/api/v1/status' % (env, ctx.host("api")),
        _neg(env, "env-reference"))
    d.add("```")
    d.add("")
    d.add("## %s" % P["h_notes"])
    d.add("")
    m = exchange(ctx, "token_paste", en)[1]
    put(d, "- " + m["text"], m["item"])
    d.add("")
    d.add(aside_open)
    m = exchange(ctx, ctx.r.choice(["policy", "dont_post", "masked"]), en)[0]
    put(d, m["text"], m["item"])
    d.add(aside_close)


def wiki_starlight(ctx, en):
    d = Doc("docs/src/content/docs/runbooks/%s.mdx" % ctx.r.choice(["plant-it", "access", "on-call"]), role="free")
    d.extend(["---", "title: %s" % (ctx.EN if en else ctx.P)["h_access"], "sidebar:", "  order: 3", "---", ""])
    _wiki_body(ctx, d, en, ":::caution", ":::")
    return d


def wiki_nextra(ctx, en):
    d = Doc("pages/ops/%s.mdx" % ctx.r.choice(["runbook", "access", "servers"]), role="free")
    d.extend(["import { Callout } from 'nextra/components'", "", "# %s" % ctx.org_latin, ""])
    _wiki_body(ctx, d, en, '<Callout type="warning">', "</Callout>")
    return d


def wiki_retype(ctx, en):
    d = Doc("wiki/%s.md" % ctx.r.choice(["runbook", "access", "it"]), role="free")
    d.extend(["---", "label: %s" % (ctx.EN if en else ctx.P)["h_access"], "icon: lock", "order: 100", "---", ""])
    _wiki_body(ctx, d, en, "!!!warning", "!!!")
    return d


# ---------------------------------------------------------------- notebooks
def _nb_free(ctx, en):
    m = exchange(ctx, ctx.r.choice(["share_pw", "paren", "dash", "next_line", "qa"]), en)
    return m


def nb_databricks(ctx, en):
    d = Doc("notebooks/%s_analysis.py" % ctx.r.choice(["yield", "moisture", "sales", "bookings"]), role="free")
    d.add("# Databricks notebook source")
    d.add("# MAGIC %md")
    d.add("# MAGIC ## %s" % ctx.system())
    for m in _nb_free(ctx, en):
        put(d, "# MAGIC " + m["text"], m["item"])
    d.add("")
    d.add("# COMMAND ----------")
    d.add("")
    p = ctx.pw(sym="-_.!*#%+=@")
    d.add('jdbc_url = "jdbc:postgresql://%s:5432/warehouse"' % ctx.host("pg"))
    put(d, 'df = spark.read.format("jdbc").option("url", jdbc_url).option("user", "etl").option("password", "%s").option("dbtable", "lots").load()' % p,
        _sec(p, "password", "generic"), free=False)
    d.add("")
    d.add("# COMMAND ----------")
    d.add("")
    sc = ctx.uniq(lambda: 'dbutils.secrets.get(scope="%s", key="%s")' % (ctx.slug.split("-")[0],
                                                                         ctx.r.choice(["db", "api", "sftp", "erp"]) +
                                                                         ctx.rs(2, "0123456789")))
    put(d, "token = " + sc, _neg(sc, "secret-scope-reference"), free=False)
    d.add("display(df.limit(20))")
    return d


def nb_deepnote(ctx, en):
    d = Doc("notebooks/%s.deepnote" % ctx.r.choice(["ops-report", "season", "kpis"]), role="free")
    d.add("version: 1.0.0")
    d.add("metadata:")
    d.add("  createdAt: %s.000Z" % ctx.ts())
    d.add("project:")
    d.add("  id: %s" % ctx.uuid())
    d.add("  name: %s" % ctx.org_latin)
    d.add("  notebooks:")
    d.add("    - id: %s" % ctx.hexs(32))
    d.add("      name: %s" % ctx.system())
    d.add("      blocks:")
    d.add("        - id: %s" % ctx.hexs(32))
    d.add("          type: markdown")
    d.add("          content: |-")
    for m in _nb_free(ctx, en):
        put(d, "            " + m["text"], m["item"])
    d.add("        - id: %s" % ctx.hexs(32))
    d.add("          type: code")
    d.add("          content: |-")
    d.add("            import sqlalchemy as sa")
    u, p = uri(ctx)
    put(d, '            engine = sa.create_engine("%s")' % u, _sec(p, "connection-uri", "generic"), free=False)
    d.add("        - id: %s" % ctx.hexs(32))
    d.add("          type: code")
    d.add("          content: |-")
    e = ctx.uniq(lambda: 'os.environ["%s"]' % ctx.r.choice(["DEEPNOTE_PG_PASSWORD", "WAREHOUSE_TOKEN", "ERP_API_KEY",
                                                             "PG_PASS", "REPORT_DB_PASSWORD"]))
    put(d, "            token = " + e, _neg(e, "env-reference"), free=False)
    return d


def nb_observable(ctx, en):
    d = Doc("dashboard/src/%s.md" % ctx.r.choice(["overview", "lots", "season"]), role="free")
    d.extend(["---", "title: %s" % ctx.system(), "---", "", "# %s" % ctx.org_latin, ""])
    for m in _nb_free(ctx, en):
        put(d, m["text"], m["item"])
    d.add("")
    d.add("```js")
    d.add('const db = DuckDBClient.of({lots: FileAttachment("data/lots.parquet")});')
    k = ctx.api_key(32)
    put(d, 'const apiKey = "%s";' % k, _sec(k, "api-key", "generic"), free=False)
    d.add("```")
    d.add("")
    d.add("```js")
    m = exchange(ctx, "commit", en)[0]
    put(d, "// " + m["text"], m["item"], free=False)
    d.add("display(await db.query(\"select * from lots limit 10\"));")
    d.add("```")
    return d


# ---------------------------------------------------------------- transcripts and notes
def tactiq(ctx, en):
    P = ctx.EN if en else ctx.P
    day = ctx.ds()
    d = Doc("meetings/%s_%s.txt" % (P["meeting"].replace(" ", "_"), day), role="free")
    d.add("Tactiq.io - %s - %s" % (P["meeting"], day))
    d.add("")
    s = 0
    for m in script(ctx, 2, 1, 5, en):
        s += ctx.r.randrange(5, 140)
        put(d, "%02d:%02d:%02d.%03d %s: %s" % (s // 3600, (s // 60) % 60, s % 60, ctx.r.randrange(1000),
                                              m["author"].latin if en else m["author"].native, m["text"]), m["item"])
    return d


def standup_md(ctx, en):
    P = ctx.EN if en else ctx.P
    day = ctx.ds()
    d = Doc("notes/standup_%s.md" % day, role="free")
    d.add("# %s — %s" % (P["meeting"], day))
    d.add("")
    d.add("**%s:** %s" % (P["attendees"], ", ".join(_name(p, en) for p in ctx.r.sample(ctx.people, 4))))
    d.add("")
    fill = ctx.r.sample(P["fillers"], 3)
    for i, (head, kinds) in enumerate([(P["y"], ["share_pw", "temp_pw", "rotated", "conn"]), (P["t"], ["commit", "reqid"]),
                                       (P["b"], ["dash", "paren", "revoked"])]):
        d.add("## %s" % head)
        d.add("")
        for m in exchange(ctx, ctx.r.choice(kinds), en):
            put(d, "- %s: %s" % (_name(m["author"], en), m["text"]), m["item"])
        d.add("- %s" % fill[i].format(sys=ctx.system()))
        d.add("")
    return d


def passwords_txt(ctx, en):
    who = ctx.person()
    d = Doc("desktop/%s/passwords.txt" % who.handle.split(".")[0], crlf=True, role="free")
    for i in range(4):
        sysname = ctx.system()
        v = chat_pw(ctx, native=(i == 3 and not en and ctx.r.random() < 0.5), en=en)
        style = ctx.r.choice(["%s - admin - %s", "%s: %s", "%s (%s)", "%s  user=admin  pw=%s"])
        put(d, style % (sysname, v), _sec(v, "password", "generic"))
    m = exchange(ctx, "masked", en)[0]
    put(d, m["text"], m["item"])
    return d


def vcard(ctx, en):
    p = ctx.person()
    d = Doc("contacts/%s.vcf" % ctx.r.choice(["vendor-support", "it-helpdesk", "sorter-service", "radio-tech"]),
            crlf=True, role="free")
    d.add("BEGIN:VCARD")
    d.add("VERSION:3.0")
    d.add("FN:%s" % _name(p, en))
    d.add("ORG:%s" % ctx.org_latin)
    d.add("TEL;TYPE=CELL:+%d%d" % (ctx.theme["dial"], ctx.r.randrange(10 ** 7, 10 ** 9)))
    d.add("EMAIL:%s" % p.email)
    v = chat_pw(ctx, en=en)
    put(d, "NOTE:%s" % ctx.ph("dash", en=en, sys=ctx.system(), val=v), _sec(v, "password", "generic"))
    v = ctx.pw(sym="-_.!*#%+=@?")
    put(d, "X-WIFI:%s" % ctx.ph("wifi", en=en, ssid=ctx.r.choice(ctx.theme["ssids"]), val=v), _sec(v, "wifi-psk", "generic"))
    d.add("END:VCARD")
    return d


def google_forms_csv(ctx, en):
    P = ctx.EN if en else ctx.P
    d = Doc("forms/%s_responses.csv" % ctx.r.choice(["access_requests", "onboarding", "device_requests"]), role="free")
    d.add('"Timestamp","Email Address","%s","%s","%s","%s"' % (P["col_user"], P["col_sys"], P["col_pw"], P["col_note"]))
    for i in range(4):
        p = ctx.person()
        ts = "%s %s" % (ctx.date().strftime("%Y/%m/%d"), "%d:%02d:%02d PM GMT+%d" % (ctx.r.randrange(1, 12),
                                                                                   ctx.r.randrange(60), ctx.r.randrange(60),
                                                                                   ctx.r.randrange(1, 9)))
        if i in (0, 2):
            v = chat_pw(ctx, en=en)
            put(d, '"%s","%s","%s","%s","%s",""' % (ts, p.email, p.handle, ctx.system(), v),
                _sec(v, "temporary-password", "generic"))
        elif i == 1:
            s = ctx.sentence("policy", en=en, n=None)
            put(d, '"%s","%s","%s","%s","","%s"' % (ts, p.email, p.handle, ctx.system(), s), _neg(s, "policy-sentence"))
        else:
            d.add('"%s","%s","%s","%s","",""' % (ts, p.email, p.handle, ctx.system()))
    return d


def jotform_csv(ctx, en):
    P = ctx.EN if en else ctx.P
    d = Doc("forms/jotform_%d.csv" % ctx.r.randrange(10 ** 11, 10 ** 12), role="free")
    d.add("Submission Date,%s,%s,%s,%s,Submission ID" % (P["col_user"], P["col_sys"], P["col_pw"], P["col_note"]))
    for i in range(3):
        p = ctx.person()
        sid = ctx.uniq(lambda: str(ctx.r.randrange(10 ** 18, 10 ** 19)))
        dt = "%s %02d:%02d:%02d" % (ctx.ds(), ctx.r.randrange(24), ctx.r.randrange(60), ctx.r.randrange(60))
        if i < 2:
            v = chat_pw(ctx, en=en)
            put(d, '%s,%s,%s,%s,,%s' % (dt, p.handle, ctx.system().replace(",", ""), v, sid), _sec(v, "password", "generic"))
        else:
            put(d, '%s,%s,%s,,,%s' % (dt, p.handle, ctx.system().replace(",", ""), sid), _neg(sid, "submission-id"))
    return d


CHATS = [chat_mattermost, chat_signal]
TICKETS = [ticket_odoo, ticket_trudesk, gitlab_mr_notes, gh_pr_view]
WIKIS = [wiki_starlight, wiki_nextra, wiki_retype]
NOTEBOOKS = [nb_databricks, nb_deepnote, nb_observable]
SHEETS = [google_forms_csv, jotform_csv]
NOTES = [passwords_txt, vcard]
