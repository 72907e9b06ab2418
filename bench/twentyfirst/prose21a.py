"""Free text, part A: chat exports (8 formats) and tickets (7 formats)."""

import html
import json

import frame21 as F
import talk21 as T

J = F.jesc


def X(s):
    return F.xesc(s)


def XS(s):
    return F.xesc(s).replace("'", "&apos;")


def H(s):
    return html.escape(s, quote=True)


def JH(s):
    return F.jesc(H(s))


def _en(cx):
    return cx.chance(0.2)


def _xmpp(cx, p):
    return "%s@xmpp.%s" % (p.handle, cx.v["domain"])


# ---------------------------------------------------------------- chat
def adium(cx):
    msgs = T.conversation(cx, _en(cx))
    me = cx.people[0]
    peer = next(p for p, _, _ in msgs if p is not me)
    t = cx.day()
    d = cx.doc("chat/adium/%s (%s).chatlog" % (_xmpp(cx, peer), t.strftime("%Y-%m-%dT%H.%M.%S+0100")), ft=True)
    d.l('<?xml version="1.0" encoding="UTF-8" ?>',
        '<chat xmlns="http://purl.org/net/ulf/ns/0.4-02" account="%s" service="Jabber" adiumversion="1.5.10" buildid="1b3e3a0aa5a1">' % _xmpp(cx, me),
        '<event type="windowOpened" sender="%s" time="%s"></event>' % (_xmpp(cx, me), t.strftime("%Y-%m-%dT%H:%M:%S+01:00")))
    for p, text, item in msgs:
        t = cx.tick(cx.rng.randint(0, 6))
        pre = '<message sender="%s" time="%s" alias="%s"><div><span style="font-family: Helvetica; font-size: 12pt;">' % (
            _xmpp(cx, p), t.strftime("%Y-%m-%dT%H:%M:%S+01:00"), X(p.first))
        line = pre + X(text) + "</span></div></message>"
        _put(d, line, item, X)
    d.l('<event type="windowClosed" sender="%s" time="%s"></event>' % (_xmpp(cx, me), cx.tick(3).strftime("%Y-%m-%dT%H:%M:%S+01:00")),
        "</chat>")


def _put(d, line, item, esc):
    if item is None:
        d.l(line)
    elif item[0] == T.SECRET:
        d.s(line, esc(item[1]), item[2], item[3])
    else:
        d.n(line, esc(item[1]), item[2])


def kopete(cx):
    msgs = T.conversation(cx, _en(cx))
    me = cx.people[0]
    peer = next(p for p, _, _ in msgs if p is not me)
    t = cx.day()
    d = cx.doc("chat/kopete/logs/JabberProtocol/%s/%s.%s.xml" % (_xmpp(cx, me).replace("@", "-"), _xmpp(cx, peer).replace("@", "-"),
                                                                   t.strftime("%Y%m")), ft=True)
    d.l("<!DOCTYPE Kopete-History>", '<kopete-history version="0.9">', " <head>",
        '  <date month="%d" year="%d"/>' % (t.month, t.year), '  <contact type="myself" contactId="%s"/>' % _xmpp(cx, me),
        '  <contact contactId="%s"/>' % _xmpp(cx, peer), " </head>")
    for p, text, item in msgs:
        t = cx.tick(cx.rng.randint(0, 6))
        line = ' <msg nick="%s" in="%d" from="%s" time="%d %s">%s</msg>' % (
            X(p.first), 0 if p is me else 1, _xmpp(cx, p), t.day, t.strftime("%H:%M:%S"), X(text))
        _put(d, line, item, X)
    d.l("</kopete-history>")


def empathy(cx):
    msgs = T.conversation(cx, _en(cx))
    me = cx.people[0]
    peer = next(p for p, _, _ in msgs if p is not me)
    t = cx.day()
    d = cx.doc("chat/telepathy/logs/gabble_jabber_%s/%s/%s.log" % (me.handle.replace(".", "_"), _xmpp(cx, peer),
                                                                  t.strftime("%Y%m%d")), ft=True)
    d.l("<?xml version='1.0' encoding='utf-8'?>", '<?xml-stylesheet type="text/xsl" href="log-store-xml.xsl"?>', "<log>")
    for p, text, item in msgs:
        t = cx.tick(cx.rng.randint(0, 6))
        line = "<message time='%s' cm_id='%d' id='%s' name='%s' token='' isuser='%s' type='normal'>%s</message>" % (
            t.strftime("%Y%m%dT%H:%M:%S"), cx.rng.randint(1000, 99999), _xmpp(cx, p), XS(p.first),
            "true" if p is me else "false", X(text))
        _put(d, line, item, X)
    d.l("</log>")


def konversation(cx):
    msgs = T.conversation(cx, _en(cx))
    chan = "#%s-%s" % (cx.v["short"], cx.pick(["ops", "it", "lab", "noc"]))
    d = cx.doc("chat/konversation/logs/libera_%s.log" % chan, ft=True)
    t = cx.day()
    d.l("*** Logfile started", "*** on %s" % t.strftime("%a %b %d %H:%M:%S %Y"), "")
    for p, text, item in msgs:
        t = cx.tick(cx.rng.randint(0, 6))
        _put(d, "[%s] [%s] <%s>\t%s" % (t.strftime("%a %b %d %Y"), t.strftime("%H:%M:%S"), p.short, text), item, lambda s: s)


def teamspeak(cx):
    msgs = T.conversation(cx, _en(cx))
    d = cx.doc("chat/teamspeak/chats/%s/channel.txt" % cx.v["short"], ft=True)
    t = cx.day()
    d.l("<%s> *** You are now talking in channel: \"%s\"" % (t.strftime("%H:%M:%S"), cx.pick(["Ops", "Werkstatt", "Lobby", "NOC"])))
    for p, text, item in msgs:
        t = cx.tick(cx.rng.randint(0, 6))
        _put(d, '<%s> "%s": %s' % (t.strftime("%H:%M:%S"), p.name, text), item, lambda s: s)


def nextcloud_talk(cx):
    msgs = T.conversation(cx, _en(cx))
    room = cx.rs(8, "abcdefghijkmnpqrstuvwxyz23456789")
    d = cx.doc("chat/nextcloud-talk/room-%s-messages.json" % room, ft=True)
    d.l("{", '  "ocs": {', '    "meta": {"status": "ok", "statuscode": 200, "message": "OK"},', '    "data": [')
    base = cx.rng.randint(1000, 90000)
    for i, (p, text, item) in enumerate(msgs):
        t = cx.tick(cx.rng.randint(0, 6))
        line = ('      {"id": %d, "token": "%s", "actorType": "users", "actorId": "%s", "actorDisplayName": "%s", '
                '"timestamp": %d, "message": "%s", "messageParameters": [], "systemMessage": "", "messageType": "comment"}%s') % (
            base + i, room, p.handle, J(p.name), int(t.timestamp()), J(text), "," if i < len(msgs) - 1 else "")
        _put(d, line, item, J)
    d.l("    ]", "  }", "}")


def mastodon_outbox(cx):
    msgs = T.conversation(cx, _en(cx))
    me = cx.people[0]
    host = "social.%s" % cx.v["domain"]
    d = cx.doc("chat/mastodon-export/outbox.json", ft=True)
    d.l("{", '  "@context": "https://www.w3.org/ns/activitystreams",', '  "id": "outbox.json",',
        '  "type": "OrderedCollection",', '  "totalItems": %d,' % len(msgs), '  "orderedItems": [')
    for i, (p, text, item) in enumerate(msgs):
        t = cx.tick(cx.rng.randint(0, 6))
        sid = str(cx.rng.randint(10 ** 17, 10 ** 18))
        peer = cx.people[1] if p is me else p
        content = '<p><span class="h-card"><a href="https://%s/@%s" class="u-url mention">@<span>%s</span></a></span> %s</p>' % (
            host, peer.short, peer.short, H(text))
        line = ('    {"id": "https://%s/users/%s/statuses/%s/activity", "type": "Create", "actor": "https://%s/users/%s", '
                '"published": "%s", "to": ["https://%s/users/%s"], "object": {"type": "Note", "content": "%s"}}%s') % (
            host, me.short, sid, host, me.short, t.strftime("%Y-%m-%dT%H:%M:%SZ"), host, peer.short, J(content),
            "," if i < len(msgs) - 1 else "")
        _put(d, line, item, lambda s: J(H(s)))
    d.l("  ]", "}")


def hipchat(cx):
    msgs = T.conversation(cx, _en(cx))
    d = cx.doc("chat/hipchat-export/rooms/%d/history.json" % cx.rng.randint(100000, 999999), ft=True)
    d.l("[")
    for i, (p, text, item) in enumerate(msgs):
        t = cx.tick(cx.rng.randint(0, 6))
        line = ('  {"UserMessage": {"sender": {"id": %d, "name": "%s", "mention_name": "%s"}, "message": "%s", '
                '"timestamp": "%s", "id": "%s", "attachment": null}}%s') % (
            cx.rng.randint(100000, 999999), J(p.name), p.short, J(text), t.strftime("%Y-%m-%dT%H:%M:%SZ+0000"),
            cx.uuid(), "," if i < len(msgs) - 1 else "")
        _put(d, line, item, J)
    d.l("]")


# ---------------------------------------------------------------- tickets
def _maybe_key_comment(cx, comments):
    """Sometimes a user pastes a private key 'for the vendor' (JSON: one line with \\n escapes)."""
    if not cx.chance(0.35):
        return None
    k, fmt, raw = T.pasted_key(cx)
    return (cx.people[2], None, k, fmt, raw, raw.replace("\n", "\\n"))


def _json_ticket(cx, path, head, line_fmt, tail, esc=J, html_body=False):
    title, desc, comments = T.ticket_story(cx, _en(cx))
    d = cx.doc(path, ft=True)
    for h in head(title):
        d.l(h)
    wrap = (lambda s: "<p>%s</p>" % s) if html_body else (lambda s: s)
    e = (lambda s: esc(H(s))) if html_body else esc
    allc = [(cx.people[0], desc[0], desc[1])] + comments
    kc = _maybe_key_comment(cx, allc)
    for i, (p, text, item) in enumerate(allc):
        t = cx.tick()
        line = line_fmt(i, p, t, e(text) if not html_body else esc("<p>" + H(text) + "</p>"), "," if i < len(allc) - 1 else "")
        _put(d, line, item, e)
        if kc and i == 1:
            p2, _, k, fmt, raw, shown = kc
            body = "key for the vendor, as requested:\\n" + shown
            line = line_fmt(99, p2, cx.tick(), body if not html_body else "<p>" + body + "</p>", ",")
            d.s(line, shown, "private-key-" + fmt, "key")
            d.labels[-1].check, d.labels[-1].raw = T.key_check(k, fmt, "json-escaped"), raw
    for tl in tail:
        d.l(tl)
    return d


def shortcut(cx):
    sid = cx.rng.randint(1000, 9999)
    _json_ticket(cx, "tickets/shortcut/story-%d.json" % sid,
                 lambda title: ["{", '  "app_url": "https://app.shortcut.com/%s/story/%d",' % (cx.v["short"], sid),
                                '  "id": %d,' % sid, '  "name": "%s",' % J(title), '  "story_type": "chore",',
                                '  "comments": ['],
                 lambda i, p, t, body, c: '    {"author_id": "%s", "created_at": "%s", "id": %d, "text": "%s"}%s' % (
                     cx.uuid(), t.strftime("%Y-%m-%dT%H:%M:%SZ"), 5000 + i, body, c),
                 ["  ],", '  "workflow_state_id": 500000008', "}"])


def plane(cx):
    iid = cx.uuid()
    _json_ticket(cx, "tickets/plane/issue-%s-comments.json" % iid[:8],
                 lambda title: ["{", '  "issue": {"id": "%s", "name": "%s", "sequence_id": %d, "priority": "high"},' % (
                     iid, J(title), cx.rng.randint(10, 400)), '  "comments": ['],
                 lambda i, p, t, body, c: '    {"id": "%s", "comment_html": "%s", "actor_detail": {"display_name": "%s"}, "created_at": "%s"}%s' % (
                     cx.uuid(), body, J(p.first), t.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), c),
                 ["  ]", "}"], html_body=True)


def forgejo(cx):
    n = cx.rng.randint(10, 300)
    repo = "%s/%s" % (cx.v["short"], cx.sys().split()[0].lower())
    _json_ticket(cx, "tickets/forgejo/%s-issue-%d-comments.json" % (repo.replace("/", "_"), n),
                 lambda title: ["["],
                 lambda i, p, t, body, c: '  {"id": %d, "issue_url": "https://git.%s/%s/issues/%d", "user": {"login": "%s"}, "body": "%s", "created_at": "%s"}%s' % (
                     20000 + i, cx.v["domain"], repo, n, p.short, body, t.strftime("%Y-%m-%dT%H:%M:%S+01:00"), c),
                 ["]"])


def zoho_desk(cx):
    tid = cx.rng.randint(10 ** 17, 10 ** 18)
    _json_ticket(cx, "tickets/zoho-desk/ticket-%d-threads.json" % tid,
                 lambda title: ["{", '  "data": ['],
                 lambda i, p, t, body, c: '    {"id": "%d", "channel": "EMAIL", "direction": "%s", "summary": "", "content": "%s", "author": {"name": "%s", "type": "AGENT"}, "createdTime": "%s"}%s' % (
                     tid + i + 1, "in" if i == 0 else "out", body, J(p.name), t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), c),
                 ["  ]", "}"], html_body=True)


def kayako(cx):
    cid = cx.rng.randint(1000, 99999)
    _json_ticket(cx, "tickets/kayako/case-%d-posts.json" % cid,
                 lambda title: ["{", '  "status": 200,', '  "data": ['],
                 lambda i, p, t, body, c: '    {"id": %d, "subject": "", "contents": "%s", "creator": {"id": %d, "resource_type": "user"}, "created_at": "%s", "resource_type": "post"}%s' % (
                     cid * 10 + i, body, cx.rng.randint(1, 900), t.strftime("%Y-%m-%dT%H:%M:%S+00:00"), c),
                 ["  ],", '  "resource": "post"', "}"])


def freescout(cx):
    cid = cx.rng.randint(100, 9999)
    def head(title):
        return ["{", '  "id": %d,' % cid, '  "number": %d,' % (cid + 1000), '  "subject": "%s",' % J(title),
                '  "_embedded": {', '    "threads": [']
    _json_ticket(cx, "tickets/freescout/conversation-%d.json" % cid, head,
                 lambda i, p, t, body, c: '      {"id": %d, "type": "%s", "body": "%s", "createdBy": {"firstName": "%s"}, "createdAt": "%s"}%s' % (
                     cid * 10 + i, "customer" if i == 0 else "message", body, J(p.first), t.strftime("%Y-%m-%dT%H:%M:%SZ"), c),
                 ["    ]", "  }", "}"], html_body=True)


def itop_xml(cx):
    title, desc, comments = T.ticket_story(cx, _en(cx))
    rid = cx.rng.randint(1000, 99999)
    d = cx.doc("tickets/itop/UserRequest-R-%06d.xml" % rid, ft=True)
    d.l('<?xml version="1.0" encoding="UTF-8"?>', "<Set>", '<UserRequest alias="UserRequest" id="%d">' % rid,
        "<ref>R-%06d</ref>" % rid, "<title>%s</title>" % X(title))
    _put(d, "<description>%s</description>" % X("<p>" + H(desc[0]) + "</p>"), desc[1], lambda s: X(H(s)))
    d.l("<public_log>")
    for p, text, item in comments:
        t = cx.tick()
        d.l("========== %s : %s (%d) ============" % (t.strftime("%Y-%m-%d %H:%M:%S"), X(p.name), cx.rng.randint(2, 90)), "")
        _put(d, X(text), item, X)
        d.l("")
    if cx.chance(0.4):
        k, fmt, raw = T.pasted_key(cx)
        d.l("========== %s : %s (%d) ============" % (cx.tick().strftime("%Y-%m-%d %H:%M:%S"), X(cx.people[2].name), 7), "",
            "key for the vendor, as requested:")
        d.sb(raw, raw, "private-key-" + fmt, "key", check=T.key_check(k, fmt, "xml-text"), raw=raw)
    d.l("</public_log>", "<status>resolved</status>", "</UserRequest>", "</Set>")


FORMATS = {
    "chat": {"adium": (adium, None), "kopete": (kopete, None), "telepathy": (empathy, None),
             "konversation": (konversation, None), "teamspeak": (teamspeak, None),
             "nextcloud-talk": (nextcloud_talk, None), "mastodon-outbox": (mastodon_outbox, None),
             "hipchat": (hipchat, None)},
    "ticket": {"shortcut": (shortcut, None), "plane": (plane, None), "forgejo": (forgejo, None),
               "zoho-desk": (zoho_desk, None), "kayako": (kayako, None), "freescout": (freescout, None),
               "itop-xml": (itop_xml, None)},
}
