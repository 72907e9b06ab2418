"""Free text, part A: chat exports (8 formats) and tickets (7 formats). Shared beats produce messages with
placeholders; each format renders them in its own syntax and escaping."""

import html
import json

import keywrap20 as KW
import neg20 as N
import phr20
import prov20
import vals20 as V

CONTEXT_FREE = sorted(n for n, s in prov20.SHAPES.items() if not s[3])


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return html.escape(s, quote=False)


def csvq(s):
    return s.replace('"', '""')


class Clock:
    def __init__(self, ctx):
        self.ctx = ctx
        self.t = 1735689600 + ctx.randint(0, 300) * 86400 + ctx.randint(7, 10) * 3600

    def tick(self, lo=20, hi=900):
        self.t += self.ctx.randint(lo, hi)
        return self.t


def ts(t, fmt="%Y-%m-%d %H:%M:%S"):
    import time
    return time.strftime(fmt, time.gmtime(t))


def iso(t):
    return ts(t, "%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t % 997)


def sysname(ctx):
    return ctx.choice(ctx.theme["systems"])


def provider_token(ctx, lang):
    name = ctx.deck("provider-prose", CONTEXT_FREE).one()
    vendor = prov20.SHAPES[name][0]
    return phr20.P[lang]["tok"][ctx.randint(0, len(phr20.P[lang]["tok"]) - 1)].format(vendor=vendor, tok=ctx.stok(name))


def pw_line(ctx, lang, cat="password"):
    p = phr20.P[lang]
    style = ctx.choice(["human", "human", "leet", "strong", "phrase", "alnum", "punct"])
    return ctx.choice(p["pw"]).format(sys=sysname(ctx), pw=ctx.S(ctx.pw(style=style, lang=lang, spaces=True), cat))


def chat_beats(ctx, lang, people):
    """A list of (person, text) messages; every labelled message carries exactly one item."""
    p = phr20.P[lang]
    a, b, c = people[0], people[1], people[-1]
    beats = []
    s = sysname(ctx)
    beats.append([(a, ctx.choice(p["ask"]).format(sys=s)),
                  (b, ctx.choice(p["ans"]).format(pw=ctx.S(ctx.pw(style=ctx.choice(["human", "leet", "strong", "alnum"]), lang=lang), "password"))),
                  (a, ctx.choice(p["thanks"]))])
    if ctx.chance(0.75):
        beats.append([(c, provider_token(ctx, lang))])
    if ctx.chance(0.45):
        beats.append([(b, pw_line(ctx, lang))])
    if ctx.chance(0.25):
        beats.append([(a, ctx.choice(p["wifi"]).format(ssid=ctx.choice(ctx.theme["ssid"]),
                                                       pw=ctx.S(ctx.pw(style=ctx.choice(["phrase", "human"]), lang=lang, spaces=True), "wifi-psk")))])
    negs = [
        lambda: (c, ctx.choice(p["vault"]).format(ref=N.vault_ref(ctx, ctx.choice(["DB_PASSWORD", "VPN_PSK", "ADMIN_PASSWORD", "API_TOKEN"])))),
        lambda: (b, ctx.choice(p["revoked"]).format(masked=N.masked(ctx))),
        lambda: (a, N.prose(ctx, ctx.choice(p["noshare"]))),
        lambda: (b, "%s %s" % (ctx.choice(["build", "trace", "request", "job", "ticket"]), N.ident(ctx, ctx.choice(["build-id", "uuid", "ulid", "request-id", "trace-id", "commit"])))),
    ]
    for f in ctx.sample(negs, 4):
        beats.append([f()])
    ctx.rng.shuffle(beats)
    msgs = []
    for beat in beats:
        if ctx.chance(0.6):
            msgs.append((ctx.choice(people), ctx.choice(p["chat"])))
        msgs.extend(beat)
    msgs.append((ctx.choice(people), ctx.choice(p["chat"])))
    return msgs


# ---------------------------------------------------------------- chat formats

def _chat_setup(ctx, langs=None):
    lang = ctx.pick_lang()
    if langs:
        lang = ctx.choice([l for l in langs if l in ctx.langs] or [lang])
    people = ctx.persons(ctx.randint(3, 4), lang if lang in ctx.langs else None)
    return lang, people, chat_beats(ctx, lang, people), Clock(ctx)


def chat_wechat(ctx):
    lang, people, msgs, clk = _chat_setup(ctx, ["zh"])
    grp = ctx.choice(ctx.theme["apps"])
    out = ["微信聊天记录导出 — 群聊「%s 运维群」" % grp, "导出时间：%s" % ts(clk.t + 86400), ""]
    day = None
    for who, text in msgs:
        t = clk.tick()
        if ts(t, "%Y-%m-%d") != day:
            day = ts(t, "%Y-%m-%d")
            out += ["—————  %s  —————" % day, ""]
        out += ["%s %s" % (ts(t), who.name), text, ""]
    ctx.add("chats/wechat-%s-%s.txt" % (grp, ts(clk.t, "%Y%m%d")), "\n".join(out), free=True)


def chat_hangouts(ctx):
    lang, people, msgs, clk = _chat_setup(ctx)
    gaia = {p.handle: str(ctx.randint(10 ** 20, 10 ** 21)) for p in people}
    ev = []
    for who, text in msgs:
        t = clk.tick()
        ev.append('        {\n          "conversation_id": {"id": "UgwCONV"},\n          "sender_id": {"gaia_id": "%s", "chat_id": "%s"},\n'
                  '          "timestamp": "%d",\n          "chat_message": {\n            "message_content": {\n              "segment": [\n'
                  '                {\n                  "type": "TEXT",\n                  "text": "%s"\n                }\n              ]\n'
                  '            }\n          },\n          "event_type": "REGULAR_CHAT_MESSAGE"\n        }' % (
                      gaia[who.handle], gaia[who.handle], t * 1000000 + ctx.randint(0, 999999), ctx.esc(text, jesc)))
    parts = ",\n".join('            {"id": {"gaia_id": "%s"}, "fallback_name": "%s"}' % (gaia[p.handle], jesc(p.name)) for p in people)
    body = ('{\n  "conversations": [\n    {\n      "conversation": {\n        "conversation_id": {"id": "UgwCONV"},\n'
            '        "conversation": {\n          "name": "%s",\n          "participant_data": [\n%s\n          ]\n        }\n      },\n'
            '      "events": [\n%s\n      ]\n    }\n  ]\n}\n') % (jesc(ctx.choice(ctx.theme["words"]).title()), parts, ",\n".join(ev))
    ctx.add("takeout/Hangouts/Hangouts.json", body.replace("UgwCONV", "Ugw" + V.rstr(ctx.rng, V.ALNUM, 20)), free=True)


def chat_graph(ctx):
    lang, people, msgs, clk = _chat_setup(ctx)
    items = []
    for who, text in msgs:
        t = clk.tick()
        items.append('    {\n      "id": "%d",\n      "messageType": "message",\n      "createdDateTime": "%s",\n'
                     '      "from": {"user": {"id": "%s", "displayName": "%s"}},\n      "body": {\n        "contentType": "html",\n'
                     '        "content": "%s"\n      }\n    }' % (
                         t * 1000 + ctx.randint(0, 999), iso(t), V.uuid4(ctx.rng), jesc(who.name),
                         ctx.esc("<p>" + ctx.esc(text, xesc) + "</p>", jesc)))
    ctx.add("exports/teams-graph/chat-%s-messages.json" % ctx.choice(ctx.theme["apps"]),
            '{\n  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats(\'19%%3A%s%%40thread.v2\')/messages",\n  "value": [\n%s\n  ]\n}\n' % (
                V.hexs(ctx.rng, 32), ",\n".join(items)), free=True)


def chat_lync(ctx):
    lang, people, msgs, clk = _chat_setup(ctx)
    out = ["Conversation with %s" % ", ".join(p.name for p in people[1:]), "Started: %s" % ts(clk.t, "%d/%m/%Y %H:%M"), ""]
    for who, text in msgs:
        t = clk.tick()
        out += ["%s [%s]:" % (who.name, ts(t, "%H:%M")), text, ""]
    ctx.add("mail/Conversation History/%s %s.txt" % (people[1].name, ts(clk.t, "%Y-%m-%d")), "\n".join(out), crlf=True, free=True)


def chat_mirc(ctx):
    lang, people, msgs, clk = _chat_setup(ctx)
    ch = "#" + ctx.choice(ctx.theme["apps"])
    out = ["Session Start: %s" % ts(clk.t, "%a %b %d %H:%M:%S %Y"), "Session Ident: %s" % ch,
           "[%s] * Now talking in %s" % (ts(clk.t, "%H:%M"), ch)]
    for who, text in msgs:
        t = clk.tick()
        out.append("[%s] <%s> %s" % (ts(t, "%H:%M"), who.handle, text))
    out.append("Session Close: %s" % ts(clk.tick(), "%a %b %d %H:%M:%S %Y"))
    ctx.add("irc/logs/%s.%s.log" % (ch, ts(clk.t, "%Y%m%d")), "\n".join(out) + "\n", crlf=True, free=True)


def chat_yammer(ctx):
    lang, people, msgs, clk = _chat_setup(ctx)
    out = ["id,replied_to_id,thread_id,group_id,group_name,sender_id,sender_name,sender_email,body,created_at"]
    thread = ctx.randint(10 ** 10, 10 ** 11)
    gid = ctx.randint(10 ** 7, 10 ** 8)
    first = None
    for who, text in msgs:
        t = clk.tick()
        mid = ctx.randint(10 ** 10, 10 ** 11)
        out.append('%d,%s,%d,%d,%s,%d,%s,%s,"%s",%s' % (mid, first or "", thread, gid, ctx.choice(ctx.theme["apps"]) + "-team",
                                                       ctx.randint(10 ** 9, 10 ** 10), who.name, who.email, ctx.esc(text, csvq), ts(t, "%Y-%m-%d %H:%M:%S UTC")))
        first = first or str(mid)
    ctx.add("exports/viva-engage/Messages.csv", "\n".join(out) + "\n", crlf=True, free=True)


def chat_twist(ctx):
    lang, people, msgs, clk = _chat_setup(ctx)
    t0 = clk.t
    com = []
    for who, text in msgs[1:]:
        t = clk.tick()
        com.append('    {\n      "id": %d,\n      "creator_name": "%s",\n      "content": "%s",\n      "posted": "%s"\n    }' % (
            ctx.randint(10 ** 7, 10 ** 8), jesc(who.name), ctx.esc(text, jesc), ts(t, "%Y-%m-%dT%H:%M:%S")))
    who, text = msgs[0]
    ctx.add("exports/twist/thread-%d.json" % ctx.randint(10 ** 6, 10 ** 7),
            '{\n  "thread": {\n    "title": "%s",\n    "creator_name": "%s",\n    "content": "%s",\n    "posted": "%s"\n  },\n  "comments": [\n%s\n  ]\n}\n' % (
                jesc(ctx.choice(ctx.theme["words"]).title() + " – " + ctx.choice(ctx.theme["systems"])), jesc(who.name),
                ctx.esc(text, jesc), ts(t0, "%Y-%m-%dT%H:%M:%S"), ",\n".join(com)), free=True)


def chat_line(ctx):
    lang, people, msgs, clk = _chat_setup(ctx, ["zh", "en"])
    out = ["[LINE] %s" % ("與「%s」的聊天記錄" % ctx.choice(ctx.theme["apps"]) if lang == "zh" else "Chat history with %s" % ctx.choice(ctx.theme["apps"])),
           "Saved on: %s" % ts(clk.t + 86400, "%Y/%m/%d %H:%M"), ""]
    day = None
    for who, text in msgs:
        t = clk.tick()
        if ts(t, "%Y/%m/%d") != day:
            day = ts(t, "%Y/%m/%d")
            out.append(ts(t, "%Y/%m/%d(%a)"))
        out.append("%s\t%s\t%s" % (ts(t, "%H:%M"), who.name, text))
    ctx.add("chats/[LINE] %s.txt" % ctx.choice(ctx.theme["apps"]), "\n".join(out) + "\n", free=True)


CHATS = {"wechat-txt": chat_wechat, "hangouts-json": chat_hangouts, "graph-chatmessage-json": chat_graph,
         "lync-history": chat_lync, "mirc-log": chat_mirc, "viva-engage-csv": chat_yammer, "twist-json": chat_twist,
         "line-txt": chat_line}


# ---------------------------------------------------------------- tickets

def ticket_beats(ctx, lang):
    """(subject, list of (person, text)); each text carries at most one item."""
    p = phr20.P[lang]
    s = sysname(ctx)
    who = ctx.persons(3)
    subj = ctx.choice(p["subj"]).format(sys=s)
    notes = [(who[0], ctx.choice(p["temp"]).format(pw=ctx.S(ctx.pw(style=ctx.choice(["human", "alnum", "leet", "strong"]), lang=lang), "temporary-password")))]
    if ctx.chance(0.6):
        from cfg20a import uri, AV_URI
        scheme = ctx.choice(["postgresql", "mysql", "mongodb", "redis", "amqp"])
        notes.append((who[1], "DSN: %s" % uri(ctx, scheme, ctx.choice(["svc_" + ctx.choice(ctx.theme["apps"]).replace("-", "_"), "vendor_ro", "report"]),
                                            ctx.host("db"), {"postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672}[scheme], "ops")))
    else:
        notes.append((who[1], pw_line(ctx, lang)))
    if ctx.chance(0.5):
        notes.append((who[2], provider_token(ctx, lang)))
    negs = [lambda: (who[2], "request-id: %s" % N.ident(ctx, ctx.choice(["uuid", "ulid", "request-id"]))),
            lambda: ctx.choice([(who[1], "S/N %s" % N.serial(ctx, ctx.choice(ctx.theme["devices"])[1])),
                                (who[1], "IMEI %s" % N.ident(ctx, "imei")), (who[1], "MAC %s" % N.ident(ctx, "mac"))]),
            lambda: (who[0], N.prose(ctx, ctx.choice(p["noshare"]))),
            lambda: (who[0], ctx.choice(p["vault"]).format(ref=N.vault_ref(ctx, ctx.choice(["VENDOR_PASSWORD", "PORTAL_ADMIN", "SFTP_PASSWORD"]))))]
    notes += [f() for f in ctx.sample(negs, 2)]
    ctx.rng.shuffle(notes)
    return subj, who, notes


def _pasted_key(ctx, esc=None):
    """Maybe a private key pasted for a vendor: returns (placeholder, key) or None."""
    if not ctx.chance(0.3):
        return None
    key = ctx.key(ctx.choice(["ed25519", "ec", "rsa"]))
    fmt = ctx.choice(["openssh", KW.pem_fmt(ctx, key)])
    raw = KW.raw_text(key, fmt, "vendor-access@%s" % ctx.domain, ctx)
    if esc == "json":
        return KW.item(ctx, key, fmt, raw, jesc(raw), wrap="json")
    if esc == "csv":
        return KW.item(ctx, key, fmt, raw)
    return KW.item(ctx, key, fmt, raw)


def ticket_topdesk(ctx):
    lang = ctx.pick_lang()
    subj, who, notes = ticket_beats(ctx, lang)
    clk = Clock(ctx)
    trail = []
    for w, text in notes:
        t = clk.tick(600, 7200)
        trail.append('    {\n      "entryDate": "%s",\n      "operator": {"name": "%s"},\n      "memoText": "%s",\n      "invisibleForCaller": %s\n    }' % (
            iso(t), jesc(w.name), ctx.esc(text, jesc), ctx.choice(["true", "false"])))
    num = "I %s %03d" % (ts(clk.t, "%y%m"), ctx.randint(1, 999))
    ctx.add("tickets/topdesk/%s.json" % num.replace(" ", ""), '{\n  "number": "%s",\n  "briefDescription": "%s",\n  "caller": {"dynamicName": "%s"},\n  "category": {"name": "%s"},\n  "progressTrail": [\n%s\n  ]\n}\n' % (
        num, ctx.esc(subj, jesc), jesc(who[0].name), ctx.choice(["Access", "Hardware", "Application"]), ",\n".join(trail)), free=True)


def ticket_fogbugz(ctx):
    lang = ctx.pick_lang()
    subj, who, notes = ticket_beats(ctx, lang)
    clk = Clock(ctx)
    ev = []
    pk = _pasted_key(ctx)
    if pk:
        notes.append((who[1], "key for the vendor login, remove after use:\n" + pk))
    for i, (w, text) in enumerate(notes):
        t = clk.tick(600, 7200)
        ev.append('      <event ixBugEvent="%d">\n        <sVerb>%s</sVerb>\n        <sPerson>%s</sPerson>\n        <dt>%s</dt>\n        <s><![CDATA[%s]]></s>\n      </event>' % (
            ctx.randint(10 ** 5, 10 ** 6), "Opened" if i == 0 else "Edited", xesc(w.name), ts(t, "%Y-%m-%dT%H:%M:%SZ"), text))
    bug = ctx.randint(1000, 9999)
    ctx.add("tickets/fogbugz/case-%d.xml" % bug, '<?xml version="1.0" encoding="UTF-8"?>\n<response>\n  <cases count="1">\n    <case ixBug="%d" operations="edit,assign,resolve">\n      <sTitle><![CDATA[%s]]></sTitle>\n      <events>\n%s\n      </events>\n    </case>\n  </cases>\n</response>\n' % (
        bug, subj, "\n".join(ev)), free=True)


def ticket_pivotal(ctx):
    lang = ctx.pick_lang()
    subj, who, notes = ticket_beats(ctx, lang)
    pk = _pasted_key(ctx, "csv")
    head = "Id,Title,Labels,Iteration,Iteration Start,Iteration End,Type,Estimate,Current State,Created at,Requested By,Description"
    cells = []
    for w, text in notes:
        cells.append('"%s\n(%s - Mar %d, 2025)"' % (ctx.esc(text, csvq), w.name, ctx.randint(1, 28)))
    if pk:
        cells.append('"%s\n(%s - Mar %d, 2025)"' % (pk, who[1].name, ctx.randint(1, 28)))
    head += ",Comment" * len(cells)
    desc = ctx.esc(subj, csvq)
    row = '%d,"%s",access,%d,,,chore,,started,"%s","%s","%s",%s' % (
        ctx.randint(10 ** 8, 2 * 10 ** 8), desc, ctx.randint(40, 200), "Mar 4, 2025", who[0].name, desc, ",".join(cells))
    ctx.add("tickets/pivotal/%s_%d.csv" % (ctx.choice(ctx.theme["apps"]), ctx.randint(10 ** 6, 10 ** 7)), head + "\n" + row + "\n", crlf=True, free=True)


def ticket_gitlab(ctx):
    lang = ctx.pick_lang()
    subj, who, notes = ticket_beats(ctx, lang)
    clk = Clock(ctx)
    pk = _pasted_key(ctx, "json")
    items = []
    if pk:
        notes.append((who[2], "\ue003" + pk))
    for w, text in notes:
        t = clk.tick(300, 5000)
        body = ("```\\n" + text[1:] + "\\n```") if text.startswith("\ue003") else ctx.esc(text, jesc)
        items.append('  {\n    "id": %d,\n    "type": null,\n    "body": "%s",\n    "author": {"username": "%s", "name": "%s"},\n    "created_at": "%s",\n    "system": false,\n    "noteable_type": "Issue"\n  }' % (
            ctx.randint(10 ** 8, 10 ** 9), body, w.handle, jesc(w.name), iso(t)))
    ctx.add("tickets/gitlab/issue-%d-notes.json" % ctx.randint(100, 2000), "[\n%s\n]\n" % ",\n".join(items), free=True)


def ticket_wrike(ctx):
    lang = ctx.pick_lang()
    subj, who, notes = ticket_beats(ctx, lang)
    clk = Clock(ctx)
    com = []
    for w, text in notes:
        t = clk.tick(600, 7200)
        com.append('    {\n      "id": "IEAB%s",\n      "authorId": "KUA%s",\n      "text": "%s",\n      "createdDate": "%s"\n    }' % (
            V.rstr(ctx.rng, V.UPPER + V.DIGITS, 12), V.rstr(ctx.rng, V.UPPER + V.DIGITS, 5), ctx.esc(ctx.esc(text, xesc), jesc), ts(t, "%Y-%m-%dT%H:%M:%SZ")))
    ctx.add("tickets/wrike/task-%s-comments.json" % V.rstr(ctx.rng, V.UPPER, 6),
            '{\n  "kind": "comments",\n  "task": {"title": "%s", "permalink": "https://www.wrike.com/open.htm?id=%d"},\n  "data": [\n%s\n  ]\n}\n' % (
                ctx.esc(subj, jesc), ctx.randint(10 ** 9, 2 * 10 ** 9), ",\n".join(com)), free=True)


def ticket_spiceworks(ctx):
    lang = ctx.pick_lang()
    subj, who, notes = ticket_beats(ctx, lang)
    clk = Clock(ctx)
    pk = _pasted_key(ctx)
    num = ctx.randint(1000, 9999)
    out = ["Ticket #%d - %s" % (num, subj), "Status: Open    Priority: Medium    Assignee: %s" % who[1].name,
           "Created by: %s <%s>" % (who[0].name, who[0].email), "", "--- Comments ---", ""]
    if pk:
        notes.append((who[1], "key for the vendor (delete after the visit):\n" + pk))
    for w, text in notes:
        t = clk.tick(600, 7200)
        out += ["[%s] %s:" % (ts(t, "%Y-%m-%d %H:%M"), w.name), text, ""]
    ctx.add("tickets/spiceworks/ticket-%d.txt" % num, "\n".join(out), free=True)


def ticket_basecamp(ctx):
    lang = ctx.pick_lang()
    subj, who, notes = ticket_beats(ctx, lang)
    clk = Clock(ctx)
    items = []
    for w, text in notes:
        t = clk.tick(600, 7200)
        items.append('  {\n    "id": %d,\n    "type": "Comment",\n    "created_at": "%s",\n    "content": "%s",\n    "creator": {"name": "%s", "email_address": "%s"}\n  }' % (
            ctx.randint(10 ** 9, 10 ** 10), iso(t), ctx.esc("<div>" + ctx.esc(text, xesc) + "</div>", jesc), jesc(w.name), w.email))
    ctx.add("tickets/basecamp/todo-%d-comments.json" % ctx.randint(10 ** 9, 10 ** 10), "[\n%s\n]\n" % ",\n".join(items), free=True)


TICKETS = {"topdesk-json": ticket_topdesk, "fogbugz-xml": ticket_fogbugz, "pivotal-csv": ticket_pivotal,
           "gitlab-notes-json": ticket_gitlab, "wrike-json": ticket_wrike, "spiceworks-txt": ticket_spiceworks,
           "basecamp-json": ticket_basecamp}
