"""Free text: scripted conversations in the theme's language, rendered into 31 export / document formats."""

import html
import json
import re

from core29 import Doc, rchars
from lang29 import L

SENT = re.compile(r"@@@M(\d+)@@@")
URI_SCHEMES = [("postgresql", 5432, "app"), ("mysql", 3306, "shop"), ("mongodb", 27017, "admin"),
               ("redis", 6379, "0"), ("amqp", 5672, "%2F")]
TOKENS_FOR_CHAT = ["github-pat", "gitlab-pat", "slack-bot", "stripe-live", "sendgrid", "openai", "anthropic", "npm",
                   "telegram", "digitalocean", "huggingface", "linear", "notion", "dockerhub", "shopify", "vault",
                   "github-fine", "postman", "groq", "mailgun", "vercel", "sentry-user", "doppler", "pypi",
                   "discord", "age", "atlassian", "square", "okta", "databricks"]

SECRET_KINDS = ["pw", "pw", "login", "next", "temp", "wifi", "token", "token", "token", "revoked", "rotated", "pin",
                "phrase", "uri", "apikey", "curl"]
NEG_KINDS = ["masked", "vault", "ticket", "commit", "placeholder", "envref", "uuid", "checksum", "fingerprint"]


def fill(t, **kw):
    return t.format(**kw)


def display(c, k, lang):
    native, given, family = c.person(k)
    if lang == "en" or c.i.lang in ("tk", "fo", "rw", "to", "gn"):
        return "%s %s" % (given if lang == "en" else native, family)
    return native.rstrip("་")


def secret_exchange(c, lang, kind, a):
    T = L[lang]["S"]
    r = c.r
    sys = c.sysname()
    out = []

    def m(text, label=None):
        out.append({"who": a, "text": text, "label": label})

    if kind in ("pw", "login"):
        v = c.pw()
        m(fill(T[kind], sys=sys, v=v, user=c.handle()), ("secret", v, "password", {}))
    elif kind == "next":
        v = c.pw(r.choice(["strong", "human", "phrase"]))
        m(fill(T["next"], sys=sys))
        m(v, ("secret", v, "password", {"shape": "bare-next-line"}))
    elif kind == "temp":
        v = c.pw(r.choice(["human", "year", "weak"]))
        m(fill(T["temp"], v=v), ("secret", v, "temporary-password", {}))
    elif kind == "wifi":
        v = c.pw("native") if (lang != "en" and r.random() < 0.4) else c.pw(r.choice(["human", "phrase", "strong"]))
        ssid = "%s-%s" % (c.i.slug[:10], r.choice(["office", "guest", "staff", "store", "iot"]))
        m(fill(T["wifi"], ssid=ssid, v=v), ("secret", v, "wifi-password", {}))
    elif kind in ("token", "revoked"):
        v, cat = c.tok(r.choice(TOKENS_FOR_CHAT))
        m(fill(T[kind], sys=sys, v=v), ("secret", v, cat, {"note": "revoked"} if kind == "revoked" else {}))
    elif kind == "rotated":
        v = c.pw()
        m(fill(T["rotated"], sys=sys, v=v), ("secret", v, "password", {"note": "rotated"}))
        if r.random() < 0.5:
            ref = c.vaultref(sys)
            m(fill(L[lang]["N"]["vault"], v=ref), ("negative", ref, "vault-reference", {}))
    elif kind == "pin":
        v = c.pin()
        m(fill(T["pin"], sys=sys, v=v), ("secret", v, "pin", {}))
    elif kind == "phrase":
        v = c.passphrase(r.choice(["-", " ", "."]))
        m(fill(T["phrase"], sys=sys, v=v), ("secret", v, "passphrase", {}))
    elif kind == "uri":
        scheme, port, db = r.choice(URI_SCHEMES)
        pw = c.pw(safe=True)
        uri = "%s://%s:%s@%s:%d/%s" % (scheme, c.handle(), pw, c.host(sys), port, db)
        m(fill(T["uri"], v=uri), ("secret", pw, "connection-uri-password", {}))
    elif kind == "apikey":
        v = c.hexkey(32) if r.random() < 0.5 else c.alnum(r.choice([32, 40]))
        m(fill(T["apikey"], sys=sys, v=v), ("secret", v, "api-key", {}))
    elif kind == "curl":
        pw = c.pw(safe=True)
        cmd = "curl -u %s:%s https://%s/api/v1/status" % (c.handle(), pw, c.host(sys))
        m(fill(T["curl"], v=cmd), ("secret", pw, "basic-auth-password", {}))
    return out


def negative_exchange(c, lang, kind, a):
    T = L[lang]["N"]
    if kind == "masked":
        v, cat = c.masked(), "masked"
    elif kind == "vault":
        v, cat = c.vaultref(), "vault-reference"
    elif kind == "ticket":
        v, cat = c.reqid(), "request-id"
    elif kind == "commit":
        v, cat = c.gitsha(), "git-sha"
    elif kind == "placeholder":
        v, cat = c.placeholder(), "placeholder"
    elif kind == "envref":
        v, cat = c.envref(), "env-reference"
    elif kind == "uuid":
        v, cat = c.uuid(), "uuid"
    elif kind == "checksum":
        v, cat = c.sha256(), "sha256"
    else:
        v, cat = c.fingerprint(), "ssh-fingerprint"
    return [{"who": a, "text": fill(T[kind], v=v), "label": ("negative", v, cat, {})}]


def script(c, lang, nsec, nneg, speakers=3):
    r = c.r
    LL = L[lang]
    who = list(range(min(speakers, len(c.i.people))))
    units = []
    for _ in range(nsec):
        units.append(secret_exchange(c, lang, r.choice(SECRET_KINDS), r.choice(who)))
    for _ in range(nneg):
        units.append(negative_exchange(c, lang, r.choice(NEG_KINDS), r.choice(who)))
    if r.random() < 0.3:
        units.append([{"who": r.choice(who), "text": LL["nopaste"], "label": None}])
    for _ in range(r.randrange(2, 5)):
        src = L["en"] if (lang != "en" and r.random() < 0.15) else LL
        units.append([{"who": r.choice(who), "text": fill(r.choice(src["chatter"]), sys=c.sysname()), "label": None}])
    r.shuffle(units)
    msgs = [{"who": who[0], "text": r.choice(LL["hello"]), "label": None}]
    for u in units:
        msgs.extend(u)
    msgs.append({"who": who[-1], "text": r.choice(LL["thanks"]), "label": None})
    return msgs


# ---------------------------------------------------------------- rendering helpers
def esc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_xml(s):
    return html.escape(s, quote=True)


def esc_none(s):
    return s


def esc_csv(s):
    return '"%s"' % s.replace('"', '""') if any(ch in s for ch in ',"') else s


def finish(doc, text, msgs, esc, lang):
    for line in text.split("\n"):
        found = SENT.findall(line)
        labs = []
        for idx in found:
            m = msgs[int(idx)]
            line = line.replace("@@@M%s@@@" % idx, esc(m["text"]))
            if m["label"]:
                labs.append(m["label"])
        assert len(labs) <= 1, line
        if labs:
            kind, v, cat, extra = labs[0]
            if v not in line:
                v = esc_xml(v) if esc is esc_xml else esc(v)
            extra = dict(extra, free_text=True, lang=lang)
            (doc.s if kind == "secret" else doc.n)(line, v, cat, **extra)
        else:
            doc.l(line)
    return doc


def S(i):
    return "@@@M%d@@@" % i


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)


def times(c, n, step=(1, 9)):
    t = c.when()
    out = []
    import datetime
    for _ in range(n):
        t = t + datetime.timedelta(minutes=c.r.randrange(*step), seconds=c.r.randrange(0, 60))
        out.append(t)
    return out


# ---------------------------------------------------------------- formats
def f_groupme(c, msgs, lang, subj):
    ts = times(c, len(msgs))
    gid = str(c.r.randrange(10 ** 7, 10 ** 8))
    uids = [str(c.r.randrange(10 ** 7, 10 ** 8)) for _ in c.i.people]
    arr = []
    for i, m in enumerate(msgs):
        epoch = int(ts[i].timestamp())
        arr.append({"attachments": [], "avatar_url": None, "created_at": epoch, "favorited_by": [], "group_id": gid,
                    "id": "%d%s" % (epoch, rchars(c.r, "0123456789", 8)), "name": display(c, m["who"], lang),
                    "sender_id": uids[m["who"]], "sender_type": "user", "system": False, "text": S(i), "user_id": uids[m["who"]]})
    return Doc(c.p("chat/groupme-%s/message.json" % c.r.choice(["ops", "office", "crew", "shop"])), fmt="json"), jdump(arr), esc_json


def f_gitter(c, msgs, lang, subj):
    ts = times(c, len(msgs))
    arr = []
    for i, m in enumerate(msgs):
        arr.append({"id": rchars(c.r, "0123456789abcdef", 24), "text": S(i), "sent": ts[i].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "fromUser": {"username": c.handle(m["who"]) if False else display(c, m["who"], "en").replace(" ", "-").lower(),
                                 "displayName": display(c, m["who"], lang)}, "readBy": c.r.randrange(1, 6)})
    return Doc(c.p("chat/gitter-archive-%s.json" % c.ts("%Y-%m")), fmt="json"), jdump(arr), esc_json


def f_kaizala(c, msgs, lang, subj):
    ts = times(c, len(msgs))
    lines = ["Kaizala group: %s" % c.i.org, "Exported on %s" % ts[-1].strftime("%d/%m/%Y"), ""]
    for i, m in enumerate(msgs):
        lines.append("%s - %s: %s" % (ts[i].strftime("%d/%m/%Y %H:%M"), display(c, m["who"], lang), S(i)))
    return Doc(c.p("chat/kaizala-%s.txt" % c.i.slug[:8])), "\n".join(lines), esc_none


def f_connecteam(c, msgs, lang, subj):
    ts = times(c, len(msgs))
    ch = c.r.choice(["Operations", "Warehouse", "Front desk", "Maintenance"])
    lines = ["Date,Time,Channel,Sender,Message"]
    for i, m in enumerate(msgs):
        lines.append("%s,%s,%s,%s,%s" % (ts[i].strftime("%Y-%m-%d"), ts[i].strftime("%H:%M"), ch,
                                          esc_csv(display(c, m["who"], lang)), S(i)))
    return Doc(c.p("chat/connecteam-chat-export.csv")), "\n".join(lines), esc_csv


def f_userlike(c, msgs, lang, subj):
    ts = times(c, len(msgs), (0, 3))
    agent = display(c, 0, lang)
    lines = ["Subject: Userlike chat transcript #%d" % c.r.randrange(100000, 999999), "", "Widget: %s support" % c.i.org,
             "Operator: %s" % agent, "Started: %s" % ts[0].strftime("%Y-%m-%d %H:%M:%S"),
             "Visitor browser: Firefox 128 / Windows 11", "", "---"]
    for i, m in enumerate(msgs):
        role = "Operator %s" % agent if m["who"] == 0 else "Visitor (%s)" % display(c, m["who"], lang)
        lines.append("[%s] %s: %s" % (ts[i].strftime("%H:%M:%S"), role, S(i)))
    lines += ["---", "Rate this chat: https://userlike.com/r/%s" % rchars(c.r, "abcdefghijklmnop0123456789", 12)]
    return Doc(c.p("support/userlike-transcript-%d.txt" % c.r.randrange(1000, 9999))), "\n".join(lines), esc_none


def f_smartsupp(c, msgs, lang, subj):
    ts = times(c, len(msgs), (0, 4))
    arr = []
    for i, m in enumerate(msgs):
        arr.append({"id": rchars(c.r, "abcdefghijklmnopqrstuvwxyz0123456789", 16), "type": "message",
                    "subType": "agent" if m["who"] == 0 else "contact", "createdAt": ts[i].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "content": {"type": "text", "text": S(i)}, "author": display(c, m["who"], lang)})
    obj = {"id": rchars(c.r, "abcdefghijklmnopqrstuvwxyz0123456789", 16), "channel": {"type": "default"},
           "status": "closed", "domain": c.i.domain, "messages": arr}
    return Doc(c.p("support/smartsupp-conversation-%d.json" % c.r.randrange(1000, 9999)), fmt="json"), jdump(obj), esc_json


def f_jivochat(c, msgs, lang, subj):
    ts = times(c, len(msgs), (0, 4))
    lines = ["JivoChat - chat transcript", "Site: https://www.%s" % c.i.domain, "Agent: %s" % display(c, 0, lang),
             "Visitor: %s" % display(c, 1, lang), "Date: %s" % ts[0].strftime("%d.%m.%Y"), ""]
    for i, m in enumerate(msgs):
        lines.append("(%s) %s: %s" % (ts[i].strftime("%H:%M:%S"), display(c, m["who"], lang), S(i)))
    lines += ["", "Chat ended by visitor."]
    return Doc(c.p("support/jivochat-%s.txt" % ts[0].strftime("%Y%m%d-%H%M"))), "\n".join(lines), esc_none


def f_tiledesk(c, msgs, lang, subj):
    ts = times(c, len(msgs), (0, 4))
    arr = []
    for i, m in enumerate(msgs):
        arr.append({"sender": "bot_" if False else rchars(c.r, "0123456789abcdef", 24), "senderFullname": display(c, m["who"], lang),
                    "text": S(i), "type": "text", "status": 150, "createdAt": ts[i].strftime("%Y-%m-%dT%H:%M:%S.000Z")})
    obj = {"request_id": "support-group-%s" % rchars(c.r, "0123456789abcdef", 24), "status": 1000, "first_text": S(0),
           "department": "Default", "messages": arr}
    return Doc(c.p("support/tiledesk-request-%d.json" % c.r.randrange(1000, 9999)), fmt="json"), jdump(obj), esc_json


def _subject(c, lang):
    return fill(c.r.choice(L[lang]["subjects"]), sys=c.sysname())


def f_znuny(c, msgs, lang, subj):
    ts = times(c, len(msgs), (5, 90))
    num = "%s10000%03d" % (ts[0].strftime("%Y%m%d"), c.r.randrange(1, 999))
    lines = ["Ticket#%s — %s" % (num, subj), "State: open    Priority: 3 normal    Queue: IT::Access",
             "Owner: %s    Customer: %s" % (c.handle(0), c.email(1)), ""]
    art, prev = 0, None
    for i, m in enumerate(msgs):
        if m["who"] != prev:
            art += 1
            lines += ["--- Article #%d ---" % art, "From: %s <%s>" % (display(c, m["who"], lang), c.email(m["who"])),
                      "Subject: RE: %s" % subj if art > 1 else "Subject: %s" % subj,
                      "Created: %s" % ts[i].strftime("%Y-%m-%d %H:%M:%S"), ""]
            prev = m["who"]
        lines.append(S(i))
        lines.append("")
    return Doc(c.p("tickets/znuny-ticket-%s.txt" % num)), "\n".join(lines), esc_none


def f_groove(c, msgs, lang, subj):
    ts = times(c, len(msgs), (5, 120))
    arr = [{"created_at": ts[i].strftime("%Y-%m-%dT%H:%M:%SZ"), "author": c.email(m["who"]), "note": False,
            "plain_text_body": S(i)} for i, m in enumerate(msgs)]
    obj = {"ticket": {"number": c.r.randrange(1000, 9999), "title": subj, "state": "opened", "tags": ["access"],
                      "mailbox": "support@%s" % c.i.domain, "messages": arr}}
    return Doc(c.p("tickets/groove-ticket-%d.json" % obj["ticket"]["number"]), fmt="json"), jdump(obj), esc_json


def f_teamwork(c, msgs, lang, subj):
    ts = times(c, len(msgs), (5, 120))
    arr = [{"id": c.r.randrange(10 ** 7, 10 ** 8), "type": "message", "createdAt": ts[i].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "createdBy": {"firstName": display(c, m["who"], lang), "email": c.email(m["who"])}, "body": S(i)}
           for i, m in enumerate(msgs)]
    obj = {"ticket": {"id": c.r.randrange(10 ** 6, 10 ** 7), "subject": subj, "status": "active", "priority": "medium",
                      "threads": arr}}
    return Doc(c.p("tickets/teamwork-desk-%d.json" % obj["ticket"]["id"]), fmt="json"), jdump(obj), esc_json


def f_trengo(c, msgs, lang, subj):
    ts = times(c, len(msgs), (1, 30))
    arr = [{"id": c.r.randrange(10 ** 8, 10 ** 9), "type": "OUTBOUND" if m["who"] == 0 else "INBOUND",
            "message": S(i), "created_at": ts[i].strftime("%Y-%m-%d %H:%M:%S"), "contact": {"name": display(c, m["who"], lang)}}
           for i, m in enumerate(msgs)]
    obj = {"ticket_id": c.r.randrange(10 ** 6, 10 ** 7), "channel": "WA_BUSINESS", "subject": subj, "messages": arr}
    return Doc(c.p("tickets/trengo-%d.json" % obj["ticket_id"]), fmt="json"), jdump(obj), esc_json


def f_hiver(c, msgs, lang, subj):
    ts = times(c, len(msgs), (10, 200))
    lines = ["Return-Path: <%s>" % c.email(msgs[-1]["who"]), "Message-ID: <%s@mail.%s>" % (rchars(c.r, "0123456789abcdef", 20), c.i.domain),
             "Date: %s" % ts[-1].strftime("%a, %d %b %Y %H:%M:%S +0000"),
             "From: %s <%s>" % (display(c, msgs[-1]["who"], "en"), c.email(msgs[-1]["who"])),
             "To: ops@%s" % c.i.domain, "Subject: Re: %s" % subj, "X-Hiver-Assignee: %s" % c.email(0),
             "X-Hiver-Status: pending", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
             "Content-Transfer-Encoding: 8bit", ""]
    prev = None
    for i, m in enumerate(msgs):
        if prev is not None and m["who"] != prev:
            lines += ["", "On %s %s wrote:" % (ts[i].strftime("%a, %d %b %Y at %H:%M"), display(c, prev, lang)), ""]
        lines.append(S(i))
        prev = m["who"]
    lines += ["", "-- ", c.i.org]
    return Doc(c.p("mail/hiver-%s.eml" % ts[0].strftime("%Y%m%d")), crlf=True), "\n".join(lines), esc_none


def f_groupsio(c, msgs, lang, subj):
    ts = times(c, len(msgs), (10, 300))
    lines = ["Groups.io digest: ops@%s.groups.io" % c.i.slug, ""]
    prev = None
    for i, m in enumerate(msgs):
        if m["who"] != prev:
            lines += ["", "From: %s <%s>" % (display(c, m["who"], lang), c.email(m["who"])),
                      "Date: %s" % ts[i].strftime("%a, %d %b %Y %H:%M"), "Subject: [ops] %s" % subj, "#%s" % c.sysname(), ""]
            prev = m["who"]
        lines.append(S(i))
    lines += ["", "_._,_._,_", "Groups.io Links: You receive all messages sent to this group.",
              "View/Reply Online (#%d)" % c.r.randrange(100, 9999)]
    return Doc(c.p("mail/groupsio-digest-%s.txt" % ts[0].strftime("%Y%m%d"))), "\n".join(lines), esc_none


def f_oncall(c, msgs, lang, subj):
    ts = times(c, len(msgs), (1, 15))
    log = [{"action": "Added resolution note" if i % 3 == 0 else "Commented", "author": display(c, m["who"], lang),
            "created_at": ts[i].strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "text": S(i)} for i, m in enumerate(msgs)]
    obj = {"alert_group": {"id": "I" + rchars(c.r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 12), "title": subj,
                           "state": "resolved", "integration": "Grafana Alerting", "log": log}}
    return Doc(c.p("incidents/oncall-alert-group-%s.json" % obj["alert_group"]["id"]), fmt="json"), jdump(obj), esc_json


def f_zenduty(c, msgs, lang, subj):
    ts = times(c, len(msgs), (1, 15))
    notes = [{"unique_id": rchars(c.r, "0123456789abcdef", 32) if False else c.r.randrange(10 ** 6, 10 ** 7),
              "note": S(i), "user": display(c, m["who"], lang), "creation_date": ts[i].strftime("%Y-%m-%dT%H:%M:%S.000Z")}
             for i, m in enumerate(msgs)]
    obj = {"incident": {"incident_number": c.r.randrange(100, 999), "summary": subj, "status": 3, "urgency": 1,
                        "service": c.sysname(), "notes": notes}}
    return Doc(c.p("incidents/zenduty-incident-%d.json" % obj["incident"]["incident_number"]), fmt="json"), jdump(obj), esc_json


def f_spike(c, msgs, lang, subj):
    ts = times(c, len(msgs), (1, 15))
    lines = ["# Incident #%d — %s" % (c.r.randrange(100, 999), subj), "",
             "**Service:** %s  ", "**Severity:** SEV-2  ", "**Source:** Spike.sh escalation `%s`" % c.sysname(), "",
             "## Timeline", ""]
    lines[2] = lines[2] % c.sysname()
    for i, m in enumerate(msgs):
        lines.append("- `%s` **%s**: %s" % (ts[i].strftime("%H:%M"), display(c, m["who"], lang), S(i)))
    lines += ["", "## Follow-up", "", "- [ ] postmortem"]
    return Doc(c.p("incidents/spike-incident-%s.md" % ts[0].strftime("%Y%m%d"))), "\n".join(lines), esc_none


def f_cryptpad(c, msgs, lang, subj):
    lines = ["# %s" % subj, "", "_%s — CryptPad_" % c.i.org, ""]
    for i, m in enumerate(msgs):
        if i and i % 4 == 0:
            lines += ["", "## %s" % c.sysname(), ""]
        lines.append("- %s" % S(i))
    return Doc(c.p("wiki/cryptpad-%s.md" % c.sysname())), "\n".join(lines), esc_none


def f_gdocs(c, msgs, lang, subj):
    lines = ['<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">',
             '<style type="text/css">.c0{font-weight:400}.c1{padding-top:0pt}.title{font-size:26pt}</style></head>',
             '<body class="c3 doc-content">', '<p class="c1 title"><span class="c0">%s</span></p>' % esc_xml(subj)]
    for i, m in enumerate(msgs):
        lines.append('<p class="c1"><span class="c0">%s</span></p>' % S(i))
    lines.append("</body></html>")
    return Doc(c.p("wiki/%s-google-docs.html" % c.sysname())), "\n".join(lines), esc_xml


def f_workflowy(c, msgs, lang, subj):
    lines = ['<?xml version="1.0"?>', '<opml version="2.0">', "  <head>", "    <ownerEmail>%s</ownerEmail>" % c.email(0),
             "  </head>", "  <body>", '    <outline text="%s">' % esc_xml(subj)]
    for i, m in enumerate(msgs):
        lines.append('      <outline text="%s" />' % S(i))
    lines += ["    </outline>", "  </body>", "</opml>"]
    return Doc(c.p("wiki/workflowy-%s.opml" % c.sysname()), fmt="xml"), "\n".join(lines), esc_xml


def f_sphinx(c, msgs, lang, subj):
    title = subj
    lines = [title, "=" * (len(title) + 4), "", ".. contents::", "   :local:", "", c.sysname(), "-" * 20, ""]
    for i, m in enumerate(msgs):
        lab = m["label"]
        if lab and lab[0] == "secret" and lab[2] in ("connection-uri-password", "basic-auth-password"):
            lines += [S(i), ""]
        elif lab and lab[0] == "negative" and i % 2:
            lines += [".. note::", "", "   " + S(i), ""]
        else:
            lines += [S(i), ""]
    return Doc(c.p("docs/runbooks/%s.rst" % c.sysname())), "\n".join(lines), esc_none


def f_typora(c, msgs, lang, subj):
    lines = ["---", "typora-root-url: ./assets", "title: %s" % subj, "---", "", "# %s" % subj, ""]
    for i, m in enumerate(msgs):
        lines += [S(i), ""]
    return Doc(c.p("docs/runbooks/%s-runbook.md" % c.sysname())), "\n".join(lines), esc_none


def f_meetgeek(c, msgs, lang, subj):
    lines = ["MeetGeek transcript — %s" % subj, "Date: %s" % c.ts("%Y-%m-%d"), ""]
    t = 0
    for i, m in enumerate(msgs):
        t += c.r.randrange(5, 60)
        lines.append("%s (%02d:%02d:%02d): %s" % (display(c, m["who"], lang), t // 3600, t // 60 % 60, t % 60, S(i)))
    return Doc(c.p("meetings/meetgeek-%s.txt" % c.ts("%Y%m%d"))), "\n".join(lines), esc_none


def f_bluedot(c, msgs, lang, subj):
    lines = ["# %s" % subj, "", "Recorded with Bluedot · %s" % c.ts("%d %b %Y"), "", "## Transcript", ""]
    t = 0
    for i, m in enumerate(msgs):
        t += c.r.randrange(5, 60)
        lines += ["**%s** %02d:%02d" % (display(c, m["who"], lang), t // 60, t % 60), S(i), ""]
    return Doc(c.p("meetings/bluedot-%s.md" % c.ts("%Y%m%d"))), "\n".join(lines), esc_none


def f_notta(c, msgs, lang, subj):
    lines = [subj, c.ts("%Y-%m-%d %H:%M"), ""]
    t = 0
    spk = {}
    for i, m in enumerate(msgs):
        t += c.r.randrange(5, 60)
        spk.setdefault(m["who"], len(spk) + 1)
        lines += ["Speaker %d  %02d:%02d" % (spk[m["who"]], t // 60, t % 60), S(i), ""]
    return Doc(c.p("meetings/notta-%s.txt" % c.ts("%Y%m%d-%H%M"))), "\n".join(lines), esc_none


def f_fellow(c, msgs, lang, subj):
    lines = ["# %s" % subj, "", "**Attendees:** %s" % ", ".join(display(c, k, lang) for k in range(3)), "", "## Notes", ""]
    for i, m in enumerate(msgs):
        lines.append("- %s" % S(i))
    lines += ["", "## Action items", "", "- [ ] %s" % display(c, 0, lang)]
    return Doc(c.p("meetings/fellow-notes-%s.md" % c.ts("%Y%m%d"))), "\n".join(lines), esc_none


def f_stackexchange(c, msgs, lang, subj):
    ts = times(c, len(msgs), (30, 600))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<posts>"]
    for i, m in enumerate(msgs):
        typ = 1 if i == 0 else 2
        extra = ' Title="%s"' % esc_xml(subj) if i == 0 else ' ParentId="%d"' % 1
        lines.append('  <row Id="%d" PostTypeId="%d"%s CreationDate="%s" Score="%d" Body="&lt;p&gt;%s&lt;/p&gt;" '
                     'OwnerDisplayName="%s" />' % (i + 1, typ, extra, ts[i].strftime("%Y-%m-%dT%H:%M:%S.000"),
                                                     c.r.randrange(0, 9), S(i), esc_xml(display(c, m["who"], lang))))
    lines.append("</posts>")
    return Doc(c.p("forum/stackexchange-Posts.xml"), fmt="xml"), "\n".join(lines), esc_xml


def f_hackernews(c, msgs, lang, subj):
    ts = times(c, len(msgs), (3, 120))
    hits = [{"author": display(c, m["who"], "en").replace(" ", "_").lower(), "comment_text": S(i),
             "created_at": ts[i].strftime("%Y-%m-%dT%H:%M:%SZ"), "objectID": str(c.r.randrange(4 * 10 ** 7, 5 * 10 ** 7)),
             "story_title": subj} for i, m in enumerate(msgs)]
    obj = {"hits": hits, "nbHits": len(hits), "page": 0, "query": c.sysname()}
    return Doc(c.p("forum/hn-search-%s.json" % c.sysname()), fmt="json"), jdump(obj), esc_json


def f_fider(c, msgs, lang, subj):
    comments = [{"id": i + 1, "content": S(i), "user": {"name": display(c, m["who"], lang)},
                 "createdAt": c.ts("%Y-%m-%dT%H:%M:%SZ")} for i, m in enumerate(msgs)]
    obj = {"posts": [{"number": c.r.randrange(10, 200), "title": subj, "status": "open", "votesCount": c.r.randrange(0, 30),
                      "comments": comments}]}
    return Doc(c.p("forum/fider-export.json"), fmt="json"), jdump(obj), esc_json


def f_canny(c, msgs, lang, subj):
    comments = [{"id": rchars(c.r, "0123456789abcdef", 24), "value": S(i), "author": {"name": display(c, m["who"], lang)},
                 "created": c.ts("%Y-%m-%dT%H:%M:%S.000Z"), "internal": m["who"] == 0} for i, m in enumerate(msgs)]
    obj = {"post": {"title": subj, "board": {"name": "Feature requests"}, "status": "under review"}, "comments": comments}
    return Doc(c.p("forum/canny-post-comments.json"), fmt="json"), jdump(obj), esc_json


FORMATS = {
    "chat": [f_groupme, f_gitter, f_kaizala, f_connecteam],
    "livechat": [f_userlike, f_smartsupp, f_jivochat, f_tiledesk],
    "ticket": [f_znuny, f_groove, f_teamwork, f_trengo],
    "email": [f_hiver, f_groupsio],
    "incident": [f_oncall, f_zenduty, f_spike],
    "wiki": [f_cryptpad, f_gdocs, f_workflowy],
    "runbook": [f_sphinx, f_typora],
    "meeting": [f_meetgeek, f_bluedot, f_notta, f_fellow],
    "forum": [f_stackexchange, f_hackernews, f_fider, f_canny],
}
SLOTS = ["chat"] * 4 + ["livechat"] * 2 + ["ticket"] * 3 + ["email"] * 2 + ["incident"] * 2 + ["wiki"] * 2 + \
    ["runbook"] + ["meeting"] * 2 + ["forum"]


def build_free_text(c, slot, fmt, english):
    lang = "en" if english else c.i.lang
    r = c.r
    nsec = r.choice([1, 1, 1, 2]) if slot not in ("runbook", "wiki") else r.choice([1, 1, 2])
    nneg = r.choice([1, 1, 1, 1, 2]) if slot not in ("runbook", "wiki") else r.choice([1, 1, 2])
    msgs = script(c, lang, nsec, nneg)
    subj = _subject(c, lang)
    doc, text, esc = fmt(c, msgs, lang, subj)
    finish(doc, text, msgs, esc, lang)
    return doc
