"""Free text, part B: e-mail (4 formats), wiki runbooks (7 markups), notes (4), miscellaneous documents (4),
shell/REPL histories (7), version-control logs (6) and spreadsheet exports (3)."""

import json

import frame20 as F
import neg20 as N
import phr20
import vals20 as V
from cfg20a import AV_URI, AV_XML, AV_SQ, AV_DQ, uri
from prose20a import Clock, ts, iso, jesc, xesc, csvq, sysname, provider_token, pw_line

# ---------------------------------------------------------------- shared content


def device_rows(ctx, lang, n=2):
    rows = []
    for name, prefix in ctx.sample(ctx.theme["devices"], n):
        rows.append((name, ctx.host(prefix.lower().rstrip("-_") + "-%02d" % ctx.randint(1, 12)), ctx.choice(["admin", "service", "operator", "root"]),
                     ctx.S(ctx.pw(style=ctx.choice(["human", "leet", "alnum", "strong"]), lang=lang, avoid="|^!*_=~[]{}<>&'\"`#"), "device-password")))
    return rows


def cli_cred(ctx):
    """A command line carrying one password (the value is labelled)."""
    h = lambda n: ctx.host(n)
    pw = lambda: ctx.S(ctx.pw(avoid=AV_URI + "-", style=ctx.choice(["alnum", "human", "urlsafe"])), "cli-password")
    return ctx.choice([
        lambda: "ipmitool -I lanplus -H %s -U ADMIN -P %s chassis status" % (h("bmc-01"), pw()),
        lambda: "mosquitto_sub -h %s -p 8883 -u ops -P %s -t 'telemetry/#' -v" % (h("mqtt"), pw()),
        lambda: "rabbitmqadmin -H %s -u admin -p %s list queues" % (h("mq"), pw()),
        lambda: "lftp -u upload,%s sftp://%s" % (pw(), h("sftp")),
        lambda: "snmpset -v2c -c %s %s 1.3.6.1.2.1.1.5.0 s core-sw" % (ctx.S(ctx.pw(avoid=AV_URI + "-", style="alnum"), "snmp-write-community"), h("sw-core")),
        lambda: "keytool -importcert -keystore truststore.jks -storepass %s -alias vendor -file vendor.crt" % pw(),
        lambda: "openssl pkcs12 -in client.p12 -nodes -passin pass:%s -out client.pem" % pw(),
        lambda: "wget --user=reports --password=%s https://%s/export/latest.csv" % (pw(), h("reports")),
        lambda: "clickhouse-client --host %s --user analyst --password %s" % (h("ch"), pw()),
        lambda: "cqlsh %s -u cassandra -p %s" % (h("cass"), pw()),
        lambda: "nats --server nats://%s:4222 --user ops --password %s sub '>'" % (h("nats"), pw()),
    ])()


def vault_note(ctx, lang):
    return phr20.P[lang]["vault"][0].format(ref=N.vault_ref(ctx, ctx.choice(["ADMIN_PASSWORD", "BMC_PASSWORD", "SFTP_PASSWORD"])))


def curl_example(ctx):
    return "curl -u USER:%s https://%s/api/" % (N.placeholder(ctx, avoid=" "), ctx.host("api"))


# ---------------------------------------------------------------- e-mail

def _mail_body(ctx, lang, to):
    p = phr20.P[lang]
    s = sysname(ctx)
    lines = [p["greet"].format(name=to.short), "",
             "%s: https://%s" % (s, ctx.host(ctx.choice(ctx.theme["apps"]))),
             "%s: %s" % (p["user"], to.handle),
             "%s: %s" % (p["password"], ctx.S(ctx.pw(style=ctx.choice(["human", "alnum", "strong", "leet"]), lang=lang, avoid=AV_XML), "password")),
             ""]
    if ctx.chance(0.4):
        lines += [provider_token(ctx, lang), ""]
    lines += [N.prose(ctx, ctx.choice(p["policy"])), "", p["sign"], ctx.person(lang).name]
    return lines


def email_emlx(ctx):
    lang = ctx.pick_lang()
    frm, to = ctx.persons(2)
    clk = Clock(ctx)
    p = phr20.P[lang]
    body = _mail_body(ctx, lang, to)
    msg = "\n".join(["Return-Path: <%s>" % frm.email, "Received: from mx.%s by imap.%s; %s" % (ctx.domain, ctx.domain, ts(clk.t, "%a, %d %b %Y %H:%M:%S +0000")),
                     "From: %s <%s>" % (frm.name, frm.email), "To: %s <%s>" % (to.name, to.email),
                     "Subject: %s" % p["subj"][0].format(sys=sysname(ctx)), "Date: %s" % ts(clk.t, "%a, %d %b %Y %H:%M:%S +0000"),
                     "Message-ID: <%s@%s>" % (V.hexs(ctx.rng, 24), ctx.domain), "MIME-Version: 1.0",
                     "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""] + body) + "\n"
    n = len(F.expand(ctx.reg, msg).encode("utf-8"))
    plist = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
             '<plist version="1.0">\n<dict>\n\t<key>date-received</key>\n\t<integer>%d</integer>\n\t<key>flags</key>\n\t<integer>8590195713</integer>\n</dict>\n</plist>\n') % clk.t
    ctx.add("mail/Mail/V10/%s/INBOX.mbox/Messages/%d.emlx" % (V.uuid4(ctx.rng).upper(), ctx.randint(10000, 99999)),
            "%d\n%s%s" % (n, msg, plist), free=True)


def email_dxl(ctx):
    lang = ctx.pick_lang()
    frm, to = ctx.persons(2)
    p = phr20.P[lang]
    body = _mail_body(ctx, lang, to)
    pars = "\n".join("<par>%s</par>" % ctx.esc(l, xesc) if l else "<par/>" for l in body)
    ctx.add("notes-export/mail/%s.dxl" % V.hexs(ctx.rng, 32).upper(), f"""<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE document SYSTEM 'xmlschemas/domino_12_0.dtd'>
<document xmlns='http://www.lotus.com/dxl' version='12.0' form='Memo'>
<noteinfo noteid='{V.hexs(ctx.rng, 4)}' unid='{V.hexs(ctx.rng, 32).upper()}' sequence='2'/>
<item name='From'><text>CN={xesc(frm.name)}/O={xesc(ctx.v['org'].split(' ')[0])}</text></item>
<item name='SendTo'><text>CN={xesc(to.name)}/O={xesc(ctx.v['org'].split(' ')[0])}</text></item>
<item name='Subject'><text>{xesc(p["subj"][2].format(sys=sysname(ctx)))}</text></item>
<item name='Body'><richtext>
<pardef id='1'/>
{pars}
</richtext></item>
</document>
""", free=True)


def email_graph(ctx):
    lang = ctx.pick_lang()
    a, b = ctx.persons(2)
    p = phr20.P[lang]
    clk = Clock(ctx)
    s = sysname(ctx)
    pw = ctx.pw(style=ctx.choice(["human", "alnum", "leet"]), lang=lang)
    first = "%s\n\n%s\n\n%s\n%s" % (p["greet"].format(name=b.short), ctx.choice(p["pw"]).format(sys=s, pw="\ue010"), p["sign"], a.name)
    reply = "%s\n\n%s\n\n> %s" % (ctx.choice(p["thanks"]), p["sign"], ctx.choice(p["pw"]).format(sys=s, pw="\ue010"))
    third = "%s\n\n%s" % (provider_token(ctx, lang), p["sign"])
    msgs = []
    for who, to, text, subj in ((a, b, first, p["subj"][0].format(sys=s)), (b, a, reply, p["re"] + " " + p["subj"][0].format(sys=s)),
                                (a, b, third, p["re"] + " " + p["subj"][0].format(sys=s))):
        t = clk.tick(600, 9000)
        text = text.replace("\ue010", ctx.S(pw, "password"))
        msgs.append('    {\n      "id": "AAMk%s",\n      "receivedDateTime": "%s",\n      "subject": "%s",\n      "from": {"emailAddress": {"name": "%s", "address": "%s"}},\n'
                    '      "toRecipients": [{"emailAddress": {"name": "%s", "address": "%s"}}],\n      "body": {\n        "contentType": "text",\n        "content": "%s"\n      }\n    }' % (
                        V.rstr(ctx.rng, V.ALNUM, 40), ts(t, "%Y-%m-%dT%H:%M:%SZ"), ctx.esc(subj, jesc), jesc(who.name), who.email,
                        jesc(to.name), to.email, ctx.esc(text, jesc)))
    ctx.add("exports/graph/conversation-%s.json" % V.hexs(ctx.rng, 8), '{\n  "value": [\n%s\n  ]\n}\n' % ",\n".join(msgs), free=True)


def email_dsn(ctx):
    lang = ctx.pick_lang()
    frm, to = ctx.persons(2)
    clk = Clock(ctx)
    bnd = "=_%s" % V.hexs(ctx.rng, 16)
    vendor = ctx.choice(ctx.theme["vendors"])
    bad = "%s@%s" % (to.handle, ctx.choice(["gmial.com", ctx.domain.replace(".", "-") + ".invalid", "old-" + ctx.domain]))
    body = _mail_body(ctx, lang, to)
    ctx.add("mail/bounces/%s.eml" % V.hexs(ctx.rng, 12), "\n".join([
        "From: Mail Delivery System <MAILER-DAEMON@mx.%s>" % ctx.domain, "To: %s" % frm.email,
        "Subject: Undelivered Mail Returned to Sender", "Date: %s" % ts(clk.t, "%a, %d %b %Y %H:%M:%S +0000"),
        "MIME-Version: 1.0", 'Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % bnd, "",
        "--" + bnd, "Content-Type: text/plain; charset=us-ascii", "",
        "This is the mail system at host mx.%s." % ctx.domain, "", "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.", "",
        "<%s>: host %s said: 550 5.1.1 user unknown" % (bad, "mx." + bad.split("@")[1]), "",
        "--" + bnd, "Content-Type: message/delivery-status", "",
        "Reporting-MTA: dns; mx.%s" % ctx.domain, "X-Postfix-Queue-ID: %s" % V.rstr(ctx.rng, V.UPPER + V.DIGITS, 10),
        "Arrival-Date: %s" % ts(clk.t, "%a, %d %b %Y %H:%M:%S +0000"), "",
        "Final-Recipient: rfc822; %s" % bad, "Action: failed", "Status: 5.1.1", "",
        "--" + bnd, "Content-Type: message/rfc822", "",
        "From: %s <%s>" % (frm.name, frm.email), "To: %s" % bad,
        "Subject: %s - %s" % (vendor[0], sysname(ctx)), "Message-ID: <%s@%s>" % (V.hexs(ctx.rng, 20), ctx.domain),
        "Content-Type: text/plain; charset=utf-8", ""] + body + ["", "--" + bnd + "--", ""]), free=True)


EMAILS = {"apple-emlx": email_emlx, "notes-dxl": email_dxl, "graph-messages-json": email_graph, "dsn-bounce": email_dsn}


# ---------------------------------------------------------------- wiki runbooks

def _wiki_parts(ctx):
    lang = ctx.choice(ctx.langs)
    p = phr20.P[lang]
    return lang, p, device_rows(ctx, lang, ctx.randint(1, 2)), cli_cred(ctx), vault_note(ctx, lang), curl_example(ctx)


def wiki_moin(ctx):
    lang, p, rows, cli, vault, curl = _wiki_parts(ctx)
    out = ["#acl Ops:read,write All:", "= %s =" % ctx.choice(ctx.theme["systems"]).title(), "", "== %s ==" % p["heading"][1],
           "||'''Device'''||'''Host'''||'''%s'''||'''%s'''||" % (p["user"], p["password"])]
    out += ["||%s||%s||%s||%s||" % r for r in rows]
    out += ["", "== %s ==" % p["heading"][2], "{{{#!highlight bash", cli, curl, "}}}", "", vault, "", "----", "CategoryRunbook"]
    ctx.add("wiki/moin/%sRunbook.moin" % ctx.choice(ctx.theme["apps"]).title().replace("-", ""), "\n".join(out) + "\n", free=True)


def wiki_jspwiki(ctx):
    lang, p, rows, cli, vault, curl = _wiki_parts(ctx)
    out = ["!!! %s" % ctx.choice(ctx.theme["systems"]).title(), "[{TableOfContents}]", "", "!! %s" % p["heading"][1],
           "|| Device || Host || %s || %s" % (p["user"], p["password"])]
    out += ["| %s | %s | %s | %s" % r for r in rows]
    out += ["", "!! %s" % p["heading"][2], "{{{", cli, curl, "}}}", "", "%%information", vault, "/%"]
    ctx.add("wiki/jspwiki/%sRunbook.txt" % ctx.choice(ctx.theme["apps"]).title().replace("-", ""), "\n".join(out) + "\n", free=True)


def wiki_tiki(ctx):
    lang, p, rows, cli, vault, curl = _wiki_parts(ctx)
    out = ["!%s" % ctx.choice(ctx.theme["systems"]).title(), "{maketoc}", "!!%s" % p["heading"][1],
           "||__Device__|__Host__|__%s__|__%s__" % (p["user"], p["password"])]
    out += ["%s|%s|%s|%s" % r for r in rows]
    out += ["||", "!!%s" % p["heading"][2], "{CODE(colors=bash)}", cli, curl, "{CODE}", "", "{REMARKSBOX(type=note)}%s{REMARKSBOX}" % vault]
    ctx.add("wiki/tiki/%s-runbook.tiki" % ctx.choice(ctx.theme["apps"]), "\n".join(out) + "\n", free=True)


def wiki_wikka(ctx):
    lang, p, rows, cli, vault, curl = _wiki_parts(ctx)
    out = ["======%s======" % ctx.choice(ctx.theme["systems"]).title(), "", "=====%s=====" % p["heading"][1],
           '|=|Device|=|Host|=|%s|=|%s||' % (p["user"], p["password"])]
    out += ["||%s||%s||%s||%s||" % r for r in rows]
    out += ["", "=====%s=====" % p["heading"][2], "%%(bash)", cli, curl, "%%", "", "//%s//" % vault, "", "----", "CategoryRunbook"]
    ctx.add("wiki/wikka/%sRunbook.wikka" % ctx.choice(ctx.theme["apps"]).title().replace("-", ""), "\n".join(out) + "\n", free=True)


def wiki_oddmuse(ctx):
    lang, p, rows, cli, vault, curl = _wiki_parts(ctx)
    out = ["= %s =" % ctx.choice(ctx.theme["systems"]).title(), "", "== %s ==" % p["heading"][1], ""]
    out += ["* %s (%s): %s / %s" % r for r in rows]
    out += ["", "== %s ==" % p["heading"][2], "", "{{{", cli, curl, "}}}", "", vault, "", "Tags: [[tag:runbook]]"]
    ctx.add("wiki/oddmuse/page/%s_Runbook.pg" % ctx.choice(ctx.theme["apps"]).title(), "\n".join(out) + "\n", free=True)


def wiki_t2t(ctx):
    lang, p, rows, cli, vault, curl = _wiki_parts(ctx)
    out = [ctx.choice(ctx.theme["systems"]).title(), ctx.v["org"], "%%mtime(%Y-%m-%d)", "",
           "= %s =" % p["heading"][1], "", "|| Device | Host | %s | %s |" % (p["user"], p["password"])]
    out += ["| %s | %s | %s | %s |" % r for r in rows]
    out += ["", "= %s =" % p["heading"][2], "", "```", cli, curl, "```", "", "''%s''" % vault]
    ctx.add("docs/t2t/%s-runbook.t2t" % ctx.choice(ctx.theme["apps"]), "\n".join(out) + "\n", free=True)


def wiki_confluence_markup(ctx):
    lang, p, rows, cli, vault, curl = _wiki_parts(ctx)
    out = ["h1. %s" % ctx.choice(ctx.theme["systems"]).title(), "{toc}", "h2. %s" % p["heading"][1],
           "||Device||Host||%s||%s||" % (p["user"], p["password"])]
    out += ["|%s|%s|%s|%s|" % r for r in rows]
    out += ["", "h2. %s" % p["heading"][2], "{code:language=bash}", cli, curl, "{code}", "", "{info}%s{info}" % vault]
    ctx.add("wiki/confluence-markup/%s-runbook.txt" % ctx.choice(ctx.theme["apps"]), "\n".join(out) + "\n", free=True)


WIKIS = {"moinmoin": wiki_moin, "jspwiki": wiki_jspwiki, "tiki": wiki_tiki, "wikka": wiki_wikka, "oddmuse": wiki_oddmuse,
         "txt2tags": wiki_t2t, "confluence-wiki-markup": wiki_confluence_markup}


# ---------------------------------------------------------------- notes

def notes_keep(ctx):
    lang = ctx.choice(ctx.langs)
    p = phr20.P[lang]
    items = [(pw_line(ctx, lang), False), (ctx.choice(p["wifi"]).format(ssid=ctx.choice(ctx.theme["ssid"]),
                                                                        pw=ctx.S(ctx.pw(style="phrase", lang=lang, spaces=True), "wifi-psk")), False),
             (N.prose(ctx, ctx.choice(p["noshare"])), True), (ctx.choice(p["chat"]), True)]
    lst = ",\n".join('    {\n      "text": "%s",\n      "isChecked": %s\n    }' % (ctx.esc(t, jesc), "true" if c else "false") for t, c in items)
    ctx.add("takeout/Keep/%s.json" % ctx.choice(ctx.theme["words"]).title().replace(" ", "_"),
            '{\n  "color": "YELLOW",\n  "isTrashed": false,\n  "isPinned": true,\n  "title": "%s",\n  "userEditedTimestampUsec": %d,\n  "listContent": [\n%s\n  ]\n}\n' % (
                jesc(p["heading"][3]), Clock(ctx).t * 1000000, lst), free=True)


def notes_simplenote(ctx):
    lang = ctx.choice(ctx.langs)
    p = phr20.P[lang]
    notes = []
    for text in (pw_line(ctx, lang), provider_token(ctx, lang), vault_note(ctx, lang)):
        notes.append('    {\n      "id": "%s",\n      "content": "%s",\n      "creationDate": "%s",\n      "tags": ["ops"]\n    }' % (
            V.hexs(ctx.rng, 32), ctx.esc(p["heading"][3] + "\n" + text, jesc), iso(Clock(ctx).t)))
    ctx.add("notes/simplenote-export/source/notes.json", '{\n  "activeNotes": [\n%s\n  ],\n  "trashedNotes": []\n}\n' % ",\n".join(notes), free=True)


def notes_todotxt(ctx):
    lang = ctx.choice(ctx.langs)
    p = phr20.P[lang]
    d = lambda: "2025-%02d-%02d" % (ctx.randint(1, 12), ctx.randint(1, 28))
    out = ["(A) %s %s +%s @office" % (d(), ctx.choice(p["subj"]).format(sys=sysname(ctx)), ctx.choice(ctx.theme["apps"])),
           "x %s %s %s +%s" % (d(), d(), pw_line(ctx, lang), ctx.choice(ctx.theme["apps"])),
           "(B) %s %s +vendor" % (d(), provider_token(ctx, lang)),
           "%s %s +security" % (d(), N.prose(ctx, ctx.choice(p["noshare"]))),
           "(C) %s %s" % (d(), ctx.choice(p["chat"]))]
    ctx.add("home/%s/todo.txt" % ctx.person().handle, "\n".join(out) + "\n", free=True)


def notes_whisper(ctx):
    lang = ctx.choice(ctx.langs)
    p = phr20.P[lang]
    t = 0.0
    segs = []
    texts = [ctx.choice(p["chat"]), pw_line(ctx, lang), ctx.choice(p["chat"])]
    if ctx.chance(0.5):
        texts.append(ctx.choice(p["wifi"]).format(ssid=ctx.choice(ctx.theme["ssid"]), pw=ctx.S(ctx.pw(style="phrase", lang=lang, spaces=True), "wifi-psk")))
    texts.append(vault_note(ctx, lang))
    for i, text in enumerate(texts):
        d = ctx.randint(20, 90) / 10.0
        segs.append('    {"id": %d, "start": %.2f, "end": %.2f, "text": " %s", "avg_logprob": -0.%d}' % (i, t, t + d, ctx.esc(text, jesc), ctx.randint(11, 45)))
        t += d + 0.4
    ctx.add("recordings/voice-memo-%s.json" % ts(Clock(ctx).t, "%Y%m%d-%H%M"), '{\n  "language": "%s",\n  "segments": [\n%s\n  ]\n}\n' % (
        lang, ",\n".join(segs)), free=True)


NOTES = {"google-keep-json": notes_keep, "simplenote-json": notes_simplenote, "todo-txt": notes_todotxt,
         "whisper-transcript-json": notes_whisper}


# ---------------------------------------------------------------- miscellaneous documents

def misc_soteams(ctx):
    lang = "en" if ctx.chance(0.6) else ctx.lang
    p = phr20.P[lang]
    a, b = ctx.persons(2)
    s = sysname(ctx)
    cfg = "%s_URL=%s" % (ctx.choice(ctx.theme["apps"]).upper().replace("-", "_"), uri(ctx, "postgresql", "app", ctx.host("db"), 5432, "app"))
    q = "<p>Our %s stopped syncing after the upgrade. Config below:</p><pre><code>%s\n</code></pre>" % (xesc(s), ctx.esc(cfg, xesc))
    ans = "<p>Your connection string is fine. Rotate that password, it is now in this post. %s</p>" % ctx.esc(N.prose(ctx, "Use a secret reference instead of an inline value."), xesc)
    com = "Also the %s in the curl example: %s" % ("token", provider_token(ctx, "en"))
    ctx.add("exports/so-teams/question-%d.json" % ctx.randint(1000, 9999), '{\n  "items": [\n    {\n      "question_id": %d,\n      "title": "%s",\n      "owner": {"display_name": "%s"},\n      "body": "%s",\n      "answers": [\n        {\n          "owner": {"display_name": "%s"},\n          "body": "%s"\n        }\n      ],\n      "comments": [\n        {\n          "owner": {"display_name": "%s"},\n          "body": "%s"\n        }\n      ]\n    }\n  ]\n}\n' % (
        ctx.randint(100, 999), jesc("%s sync fails after upgrade" % s), jesc(a.name), ctx.esc(q, jesc), jesc(b.name), ctx.esc(ans, jesc),
        jesc(a.name), ctx.esc(ctx.esc(com, xesc), jesc)), free=True)


def misc_nntp(ctx):
    lang = ctx.choice(ctx.langs)
    p = phr20.P[lang]
    a = ctx.person()
    clk = Clock(ctx)
    grp = "%s.ops.%s" % (ctx.domain.split(".")[0], ctx.choice(ctx.theme["apps"]))
    out = ["Path: news.%s!not-for-mail" % ctx.suffix, "From: %s <%s>" % (a.name, a.email), "Newsgroups: %s" % grp,
           "Subject: %s" % ctx.choice(p["subj"]).format(sys=sysname(ctx)), "Date: %s" % ts(clk.t, "%a, %d %b %Y %H:%M:%S +0000"),
           "Message-ID: <%s@news.%s>" % (V.rstr(ctx.rng, V.LOWER + V.DIGITS, 14), ctx.suffix), "Lines: 9", "", p["greet"].format(name="all"), "",
           pw_line(ctx, lang), cli_cred(ctx), "", vault_note(ctx, lang), "", "-- ", "%s, %s" % (a.name, ctx.v["org"])]
    ctx.add("news/spool/%s/%d" % (grp.replace(".", "/"), ctx.randint(100, 9999)), "\n".join(out) + "\n", free=True)


def misc_plantuml(ctx):
    a = ctx.choice(ctx.theme["apps"])
    out = ["@startuml %s-deployment" % a, "title %s - deployment (%s)" % (a, ctx.v["city"]), "",
           'node "%s" as app' % ctx.host(a), 'database "PostgreSQL" as db', 'cloud "%s" as vendor' % ctx.choice(ctx.theme["vendors"])[0], "",
           "app --> db : %s" % uri(ctx, "postgresql", a.replace("-", "_"), ctx.host("db"), 5432, a.replace("-", "_")),
           "app --> vendor : HTTPS",
           "note right of vendor", "  " + provider_token(ctx, "en"), "end note",
           "note bottom of db", "  " + vault_note(ctx, "en"), "end note", "@enduml"]
    ctx.add("docs/diagrams/%s-deployment.puml" % a, "\n".join(out) + "\n", free=True)


def misc_mermaid(ctx):
    lang = ctx.choice(ctx.langs)
    p = phr20.P[lang]
    a = ctx.choice(ctx.theme["apps"])
    out = ["# %s" % a, "", "```mermaid", "flowchart LR", "  gw[%s] -->|MQTT| broker[(broker)]" % ctx.host("gw"),
           '  broker -->|"%s"| ingest[ingest]' % uri(ctx, "mqtts", "ingest", ctx.host("mqtt"), 8883, "telemetry"),
           "  ingest --> db[(TimescaleDB)]", "```", "", "- %s" % pw_line(ctx, lang), "- %s" % vault_note(ctx, lang), ""]
    ctx.add("docs/%s-dataflow.md" % a, "\n".join(out), free=True)


MISC = {"so-teams-json": misc_soteams, "nntp-article": misc_nntp, "plantuml": misc_plantuml, "mermaid-md": misc_mermaid}


# ---------------------------------------------------------------- shell / REPL histories (not prose, but free text)

def _pw(ctx, avoid=AV_DQ + AV_SQ + " \\"):
    return ctx.S(ctx.pw(avoid=avoid, style=ctx.choice(["alnum", "human", "strong", "urlsafe"])), "repl-password")


def hist_r(ctx):
    out = ["library(DBI)", "library(RPostgres)",
           'con <- dbConnect(Postgres(), host = "%s", dbname = "ops", user = "analyst", password = "%s")' % (ctx.host("pg"), _pw(ctx)),
           'df <- dbGetQuery(con, "select * from readings limit 100")', "summary(df)",
           'Sys.setenv(GITHUB_PAT = "%s")' % ctx.stok("github-classic-pat"),
           'pw <- %s' % N.lang_ref(ctx, "PGPASSWORD", "r"), "dbDisconnect(con)", "q()"]
    ctx.add("analysis/.Rhistory", "\n".join(out) + "\n", free=True)


def hist_ghci(ctx):
    out = [":set -XOverloadedStrings", "import Network.HTTP.Simple", "import qualified Data.ByteString.Char8 as B",
           'let tok = "%s" :: B.ByteString' % ctx.stok(ctx.choice(["gitlab-pat", "slack-bot-token", "linear-api-key", "sentry-user-token"])),
           'let req = setRequestHeader "Authorization" ["Bearer " <> tok] "https://%s/api/v1/status"' % ctx.host("api"),
           "httpLBS req >>= print . getResponseStatus",
           'let dbPass = "%s"' % _pw(ctx), ":q"]
    ctx.add("home/%s/.ghci_history" % ctx.person().handle, "\n".join(out) + "\n", free=True)


def hist_duckdb(ctx):
    a, b = ctx.spair("aws-access-key")
    out = ["INSTALL httpfs;", "LOAD httpfs;", "CREATE SECRET s3prod (", "    TYPE s3,", "    KEY_ID '%s'," % a, "    SECRET '%s'," % b,
           "    REGION 'eu-north-1');", "SELECT count(*) FROM read_parquet('s3://%s-lake/readings/*.parquet');" % ctx.theme["dir"],
           "ATTACH 'postgres:dbname=ops host=%s user=ro password=%s' AS pg (TYPE postgres, READ_ONLY);" % (ctx.host("pg"), _pw(ctx, AV_SQ + " \\")),
           ".exit"]
    ctx.add("home/%s/.duckdb_history" % ctx.person().handle, "\n".join(out) + "\n", free=True)


def hist_clickhouse(ctx):
    clk = Clock(ctx)
    out = []
    for q in ["SHOW DATABASES", "SELECT count() FROM events WHERE day = today()",
              "CREATE USER grafana IDENTIFIED WITH sha256_password BY '%s'" % _pw(ctx, AV_SQ + " \\"),
              "ALTER USER etl IDENTIFIED BY '%s'" % _pw(ctx, AV_SQ + " \\"),
              "SELECT name, auth_type FROM system.users"]:
        out += ["### %s" % ts(clk.tick(), "%Y-%m-%d %H:%M:%S.") + "%06d" % ctx.randint(0, 999999), q + ";"]
    ctx.add("home/%s/.clickhouse-client-history" % ctx.person().handle, "\n".join(out) + "\n", free=True)


def hist_mongosh(ctx):
    out = ["show dbs", "use ops",
           'db.createUser({user: "reporting", pwd: "%s", roles: [{role: "read", db: "ops"}]})' % _pw(ctx),
           'db.getSiblingDB("admin").changeUserPassword("ingest", "%s")' % _pw(ctx),
           "db.readings.countDocuments({})", 'db.settings.findOne({_id: "%s"})' % N.ident(ctx, "objectid"), "exit"]
    out.reverse()
    ctx.add("home/%s/.mongodb/mongosh/mongosh_repl_history" % ctx.person().handle, "\n".join(out) + "\n", free=True)


def hist_scala(ctx):
    clk = Clock(ctx)
    cmds = ['val ds = new org.postgresql.ds.PGSimpleDataSource()', 'ds.setServerNames(Array("%s"))' % ctx.host("pg"),
            'ds.setPassword("%s")' % _pw(ctx), 'val conn = ds.getConnection("etl", null)',
            'val token = "%s"' % ctx.stok(ctx.choice(["databricks-token", "huggingface-token", "openai-project-key", "grafana-service-account-token"])),
            'sys.env.get("KAFKA_PASSWORD")', ":quit"]
    out = ["%d:%s" % (clk.tick() * 1000 + ctx.randint(0, 999), c) for c in cmds]
    ctx.add("home/%s/.scala_history_jline3" % ctx.person().handle, "\n".join(out) + "\n", free=True)


def hist_octave(ctx):
    out = ["pkg load database", 'conn = pq_connect(setdbopts("host", "%s", "dbname", "lab", "user", "octave", "password", "%s"));' % (ctx.host("pg"), _pw(ctx)),
           'data = pq_exec_params(conn, "select * from samples where batch = $1;", {%d});' % ctx.randint(100, 999),
           "plot(data.data(:,2))", 'webwrite("https://%s/api/results", struct("token", "%s"))' % (ctx.host("lims"), ctx.sgen("api-token", "hex", 40)),
           "exit"]
    ctx.add("home/%s/.octave_hist" % ctx.person().handle, "\n".join(out) + "\n", free=True)


HISTORIES = {"r-history": hist_r, "ghci-history": hist_ghci, "duckdb-history": hist_duckdb, "clickhouse-client-history": hist_clickhouse,
             "mongosh-repl-history": hist_mongosh, "scala-jline-history": hist_scala, "octave-history": hist_octave}


# ---------------------------------------------------------------- version-control logs

def _author(ctx):
    a = ctx.person()
    return a, "%s <%s>" % (a.name, a.email)


def vcs_worddiff(ctx):
    a, who = _author(ctx)
    app = ctx.choice(ctx.theme["apps"])
    old = ctx.S(ctx.pw(avoid=AV_DQ + "[]{}+-"), "password")
    tok = ctx.stok(ctx.choice(["slack-webhook", "sendgrid-api-key", "mailgun-api-key", "telegram-bot-token"]))
    ctx.add("history/%s-word-diff.txt" % app, f"""commit {N.hash_(ctx, "git-sha")}
Author: {who}
Date:   {ts(Clock(ctx).t, "%a %b %d %H:%M:%S %Y")} +0100

    move db password out of settings, add alert hook

diff --git a/{app}/settings.ini b/{app}/settings.ini
index {V.hexs(ctx.rng, 7)}..{V.hexs(ctx.rng, 7)} 100644
--- a/{app}/settings.ini
+++ b/{app}/settings.ini
@@ -4,5 +4,6 @@ host = {ctx.host("db")}
 user = {app.replace("-", "_")}
password = [-{old}-]{{+${{DB_PASSWORD}}+}}
{{+alert_hook = {tok}+}}
 timeout = 30
""", free=True)


def vcs_fossil(ctx):
    a, who = _author(ctx)
    app = ctx.choice(ctx.theme["apps"])
    ctx.add("history/fossil-diff-%s.txt" % app, f"""Index: deploy/{app}.conf
==================================================================
--- deploy/{app}.conf
+++ deploy/{app}.conf
@@ -1,6 +1,6 @@
 [upstream]
 url = https://{ctx.host("vendor-gw")}/v2
-api_key = {N.placeholder(ctx, avoid=" ")}
+api_key = {ctx.sgen("api-key", "alnum", 40)}
 [db]
-password = {ctx.spw(avoid=" ")}
+password = {N.ref(ctx, "DB_PASSWORD", "shell")}
""", free=True)


def vcs_bzr(ctx):
    a, who = _author(ctx)
    app = ctx.choice(ctx.theme["apps"])
    ctx.add("history/bzr-log-%s.txt" % app, f"""------------------------------------------------------------
revno: {ctx.randint(100, 900)}
committer: {who}
branch nick: {app}-trunk
timestamp: {ts(Clock(ctx).t, "%a %Y-%m-%d %H:%M:%S")} +0100
message:
  temporary vendor account, password {ctx.spw(avoid=" ", lang=a.lang)} - remove after go-live
diff:
=== modified file 'etc/{app}.yaml'
--- etc/{app}.yaml	2025-02-10 09:13:11 +0000
+++ etc/{app}.yaml	2025-02-12 15:40:02 +0000
@@ -3,3 +3,4 @@
 vendor:
   base_url: https://{ctx.host("vendor")}
+  token: {ctx.stok(ctx.choice(["shopify-admin-token", "square-access-token", "digitalocean-pat", "dockerhub-pat", "pulumi-token"]))}
   retries: 3
""", free=True)


def vcs_blame(ctx):
    a, who = _author(ctx)
    app = ctx.choice(ctx.theme["apps"])
    sha1, sha2 = V.git_sha(ctx.rng), V.git_sha(ctx.rng)
    lines = [("[smtp]", sha1), ("host = smtp.%s" % ctx.suffix, sha1), ("user = %s@%s" % (app, ctx.domain), sha1),
             ("password = %s" % ctx.spw(avoid=" "), sha2), ("api_token = %s" % N.ref(ctx, "MAIL_API_TOKEN", "shell"), sha2)]
    out = []
    when = {sha1: Clock(ctx).t, sha2: Clock(ctx).t + 86400 * ctx.randint(20, 200)}
    for i, (text, sha) in enumerate(lines, 1):
        out += ["%s %d %d 1" % (sha, i, i), "author %s" % a.name, "author-mail <%s>" % a.email,
                "author-time %d" % when[sha], "author-tz +0100", "summary %s" % ("initial mail settings" if sha == sha1 else "set smtp password"),
                "filename etc/mail.ini", "\t" + text]
    ctx.add("history/blame-line-porcelain-%s-mail.txt" % app, "\n".join(out) + "\n", free=True)


def vcs_jj(ctx):
    a, who = _author(ctx)
    app = ctx.choice(ctx.theme["apps"])
    ch = V.rstr(ctx.rng, "klmnopqrstuvwxyz", 12)
    kid, ksec = ctx.spair("backblaze-b2")
    ctx.add("history/jj-show-%s.txt" % ch[:8], f"""Commit ID: {N.hash_(ctx, "git-sha")}
Change ID: {ch}{V.rstr(ctx.rng, "klmnopqrstuvwxyz", 20)}
Author   : {who} (2025-03-11 14:02:51)
Committer: {who} (2025-03-11 14:05:10)

    {app}: wire up object storage for exports

diff --git a/{app}/.env.production b/{app}/.env.production
index {V.hexs(ctx.rng, 7)}..{V.hexs(ctx.rng, 7)} 100644
--- a/{app}/.env.production
+++ b/{app}/.env.production
@@ -2,3 +2,5 @@
 EXPORT_BUCKET={app}-exports
+B2_APPLICATION_KEY_ID={kid}
+B2_APPLICATION_KEY={ksec}
 LOG_LEVEL=info
""", free=True)


def vcs_darcs(ctx):
    a, who = _author(ctx)
    app = ctx.choice(ctx.theme["apps"])
    ctx.add("history/darcs-diff-%s.txt" % app, f"""patch {V.hexs(ctx.rng, 40)}
Author: {a.email}
Date:   Thu Jan 23 11:20:03 CET 2025
  * {app}: broker credentials for the field gateways
diff -rN -u old-{app}/gateway.toml new-{app}/gateway.toml
--- old-{app}/gateway.toml\t2025-01-23 11:19:40.000000000 +0100
+++ new-{app}/gateway.toml\t2025-01-23 11:19:40.000000000 +0100
@@ -1,4 +1,5 @@
 [broker]
 url = "mqtts://{ctx.host("mqtt")}:8883"
 username = "gw"
+password = "{ctx.spw(avoid=AV_DQ)}"
 keepalive = 60
""", free=True)


VCS = {"git-word-diff": vcs_worddiff, "fossil-diff": vcs_fossil, "bzr-log": vcs_bzr, "git-blame-porcelain": vcs_blame,
       "jj-show": vcs_jj, "darcs-diff": vcs_darcs}


# ---------------------------------------------------------------- spreadsheet exports

def _sheet_rows(ctx):
    lang = ctx.choice(ctx.langs)
    p = phr20.P[lang]
    rows = [("Device", "Host", p["user"].title(), p["password"].title())]
    for name, host, user, pw in device_rows(ctx, lang, 2):
        rows.append((name, host, user, pw))
    rows.append((ctx.choice(ctx.theme["devices"])[0], ctx.host("spare"), "admin", N.prose(ctx, p["see_vault"], "prose-see-vault")))
    return rows


def sheet_gsheets(ctx):
    rows = _sheet_rows(ctx)
    vals = ",\n".join("    [%s]" % ", ".join('"%s"' % ctx.esc(c, jesc) for c in r) for r in rows)
    ctx.add("exports/sheets/%s-devices.json" % ctx.choice(ctx.theme["apps"]),
            '{\n  "range": "Devices!A1:D%d",\n  "majorDimension": "ROWS",\n  "values": [\n%s\n  ]\n}\n' % (len(rows), vals), free=True)


def sheet_gnumeric(ctx):
    rows = _sheet_rows(ctx)
    cells = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cells.append('        <gnm:Cell Row="%d" Col="%d" ValueType="60">%s</gnm:Cell>' % (r, c, ctx.esc(v, xesc)))
    ctx.add("exports/gnumeric/%s-inventory.gnumeric.xml" % ctx.choice(ctx.theme["apps"]), '<?xml version="1.0" encoding="UTF-8"?>\n<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">\n  <gnm:Sheets>\n    <gnm:Sheet>\n      <gnm:Name>Devices</gnm:Name>\n      <gnm:Cells>\n%s\n      </gnm:Cells>\n    </gnm:Sheet>\n  </gnm:Sheets>\n</gnm:Workbook>\n' % "\n".join(cells), free=True)


def sheet_xlsx_xml(ctx):
    rows = _sheet_rows(ctx)
    out = []
    for r, row in enumerate(rows, 1):
        out.append('    <row r="%d">' % r)
        for c, v in enumerate(row):
            out.append('      <c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % ("ABCD"[c], r, ctx.esc(v, xesc)))
        out.append("    </row>")
    ctx.add("exports/xlsx-unzipped/%s/xl/worksheets/sheet1.xml" % ctx.choice(ctx.theme["apps"]), '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\n  <sheetData>\n%s\n  </sheetData>\n</worksheet>\n' % "\n".join(out), crlf=True, free=True)


SHEETS = {"google-sheets-json": sheet_gsheets, "gnumeric-xml": sheet_gnumeric, "xlsx-sheet-xml": sheet_xlsx_xml}
