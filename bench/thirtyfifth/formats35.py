"""The 20 free-text formats.  render(fmt, c, r, msgs, lang) -> Doc.  msgs: [(person, rows)], see prose35."""
from core35 import MARK, Doc, json_esc, xml_esc

CHAT = ["xmpp-chat", "qip-history", "weechat-log", "webchat-jsonl"]
MAIL = ["mbox", "fidonet", "eml"]
TICKET = ["ticket-json", "ticket-txt", "issue-md"]
MEET = ["sbv", "ttml", "minutes-md"]
FORUM = ["vbulletin", "invision"]
DOCS = ["wiki-md", "runbook-rst", "notice-html", "keepnote", "handover-txt"]
FORMATS = CHAT + MAIL + TICKET + MEET + FORUM + DOCS
CONVERSATIONAL = CHAT + MAIL + TICKET + MEET + FORUM

PATHS = {"xmpp-chat": "chat/xmpp-%s.txt", "qip-history": "chat/qip/%s.txt", "weechat-log": "chat/irc/%s.weechatlog",
         "webchat-jsonl": "chat/webchat-%s.jsonl", "mbox": "mail/%s.mbox", "fidonet": "mail/fido/%s.msg.txt",
         "eml": "mail/%s.eml", "ticket-json": "tickets/%s.json", "ticket-txt": "tickets/%s.txt",
         "issue-md": "tickets/issue-%s.md", "sbv": "meetings/%s.sbv", "ttml": "meetings/%s.ttml",
         "minutes-md": "meetings/minutes-%s.md", "vbulletin": "forum/vb-thread-%s.html",
         "invision": "forum/ips-topic-%s.html", "wiki-md": "wiki/%s.md", "runbook-rst": "docs/runbook-%s.rst",
         "notice-html": "intranet/notice-%s.html", "keepnote": "notes/keepnote/%s/page.html",
         "handover-txt": "notes/handover-%s.txt"}


def _emit(d, text, lab, pre, post, esc, state):
    if lab is None:
        d.add(pre + esc(text) + post)
        return
    if lab == "pairid":
        d.add(pre + esc(text) + post)
        state["pairid"] = d.n()
        return
    kind, value, cat, extra = lab
    before, after = text.split(MARK)
    extra = dict(extra)
    lb = d.put(kind, pre + esc(before) + MARK + esc(after) + post, esc(value), cat, **extra)
    if "id_value" in extra:
        lb["span"] = [state.pop("pairid"), lb["line"]]


def _time(i):
    return "2025-03-%02d %02d:%02d" % (3 + i // 40, 9 + (i // 6) % 9, (i * 7) % 60)


def render(fmt, c, r, msgs, lang, slug, title):
    esc = xml_esc if fmt in ("ttml", "vbulletin", "invision", "notice-html", "keepnote") else (
        json_esc if fmt in ("webchat-jsonl", "ticket-json") else (lambda s: s))
    crlf = fmt in ("eml", "fidonet")
    d = Doc(PATHS[fmt] % slug, free_text=True, lang=lang, crlf=crlf)
    st = {}
    org, dom = c.org, c.domain
    head, foot, first, cont, post = [], [], "", "", ""
    if fmt == "xmpp-chat":
        head = ["Conversation with ops@muc.%s" % dom, ""]
    elif fmt == "qip-history":
        head = []
    elif fmt == "weechat-log":
        head = []
    elif fmt == "webchat-jsonl":
        head = []
    elif fmt == "mbox":
        head = ["From %s@%s Mon Mar  3 09:00:00 2025" % (c.people[0][1], dom), "From: %s <%s@%s>" % (
            c.people[0][0], c.people[0][1], dom), "To: ops@%s" % dom, "Subject: %s" % title,
            "Date: Mon, 3 Mar 2025 09:00:00 +0000", "Content-Type: text/plain; charset=utf-8", ""]
    elif fmt == "fidonet":
        head = ["AREA:%s.OPS" % dom.split(".")[0].upper()[:8], "From: %s, 2:%d/%d" % (
            c.people[0][0], r.randrange(400, 499), r.randrange(1, 99)), "To  : All", "Subj: %s" % title,
            "\x01MSGID: 2:%d/%d %08x" % (r.randrange(400, 499), r.randrange(1, 99), r.getrandbits(32)),
            "\x01CHRS: UTF-8 4", ""]
        foot = ["", "--- GoldED+/LNX 1.1.5", " * Origin: %s (2:%d/%d)" % (org, r.randrange(400, 499),
                                                                        r.randrange(1, 99)), "SEEN-BY: 5020/1042"]
    elif fmt == "eml":
        head = ["Message-ID: <%08x.%s>" % (r.getrandbits(32), dom), "From: %s <%s@%s>" % (
            c.people[1][0], c.people[1][1], dom), "To: team@%s" % dom, "Subject: %s" % title,
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", ""]
    elif fmt == "ticket-json":
        head = ["{", "  \"id\": %d," % r.randrange(1000, 9999), "  \"subject\": \"%s\"," % json_esc(title),
                "  \"comments\": ["]
        foot = ["    {\"author\": \"system\", \"body\": \"closed\"}", "  ]", "}"]
    elif fmt == "ticket-txt":
        head = ["Ticket #%d — %s" % (r.randrange(1000, 9999), title), "Status: open   Queue: ops", "=" * 40, ""]
    elif fmt == "issue-md":
        head = ["# %s" % title, "", "_opened by @%s_" % c.people[0][1], ""]
    elif fmt == "sbv":
        head = []
    elif fmt == "ttml":
        head = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<tt xmlns=\"http://www.w3.org/ns/ttml\" xml:lang=\"%s\">" % lang, "<body><div>"]
        foot = ["</div></body>", "</tt>"]
    elif fmt == "minutes-md":
        head = ["# %s" % title, "", "**%s** — %s" % (org, _time(0)[:10]), "", "## Notes", ""]
    elif fmt == "vbulletin":
        head = ["<html><head><title>%s - %s</title></head><body>" % (xml_esc(title), xml_esc(org)),
                "<table class=\"tborder\" width=\"100%\">"]
        foot = ["</table>", "</body></html>"]
    elif fmt == "invision":
        head = ["<!DOCTYPE html>", "<html><body><h1 class=\"ipsType_pageTitle\">%s</h1>" % xml_esc(title)]
        foot = ["</body></html>"]
    elif fmt == "wiki-md":
        head = ["# %s" % title, "", "> %s" % org, ""]
    elif fmt == "runbook-rst":
        head = [title, "=" * max(8, len(title)), "", ".. note::", "   %s" % org, ""]
    elif fmt == "notice-html":
        head = ["<!doctype html>", "<html lang=\"%s\"><body>" % lang, "<h1>%s</h1>" % xml_esc(title), "<ul>"]
        foot = ["</ul>", "</body></html>"]
    elif fmt == "keepnote":
        head = ["<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"]
        foot = ["</body></html>"]
    else:
        head = [title, "-" * 30, ""]
    d.add(*head) if head else None
    for i, (who, rows) in enumerate(msgs):
        name, handle = who
        t = _time(i)
        if fmt == "xmpp-chat":
            first, cont = "[%s] %s: " % (t, handle), "    "
        elif fmt == "qip-history":
            d.add("-------------------------------------->-" if i % 2 else "--------------------------------------<-",
                  "%s (%s:00 %s)" % (handle, t[11:], t[:10]))
            first = cont = ""
        elif fmt == "weechat-log":
            first = cont = "%s:00\t%s\t" % (t, handle)
        elif fmt in ("webchat-jsonl", "ticket-json"):
            first = cont = ("{\"ts\": \"%s\", \"from\": \"%s\", \"text\": \"" if fmt == "webchat-jsonl"
                            else "    {\"author\": \"%s\", \"at\": \"%s\", \"body\": \"") % (
                (t, handle) if fmt == "webchat-jsonl" else (handle, t))
        elif fmt in ("mbox", "eml", "fidonet"):
            if i:
                d.add("")
            first, cont = ("%s:" % name.split()[0]) + "\n" if False else "", ""
            if i and r.random() < 0.3:
                d.add("> %s" % c.L["hello"][i % len(c.L["hello"])])
        elif fmt == "ticket-txt":
            d.add("", "--- %s, %s ---" % (name, t))
            first = cont = ""
        elif fmt == "issue-md":
            d.add("", "**@%s** commented on %s:" % (handle, t[:10]), "")
            first = cont = ""
        elif fmt == "sbv":
            d.add("" if i else "", "0:%02d:%02d.000,0:%02d:%02d.500" % (i // 6, (i * 9) % 60, i // 6, (i * 9 + 8) % 60)) \
                if i else d.add("0:00:00.000,0:00:08.500")
            first, cont = "%s: " % name.split()[0], ""
        elif fmt == "ttml":
            first, cont = "<p begin=\"%d.0s\" end=\"%d.5s\">%s: " % (i * 9, i * 9 + 8, xml_esc(name)), ""
        elif fmt == "minutes-md":
            first, cont = "- **%s:** " % name, "  "
        elif fmt == "vbulletin":
            d.add("<tr><td class=\"alt2\">%s &mdash; %s</td></tr>" % (xml_esc(name), t), "<tr><td class=\"alt1\">")
            first, cont = "", ""
        elif fmt == "invision":
            d.add("<article class=\"ipsComment\"><aside>%s</aside>" % xml_esc(name), "<div data-role=\"commentContent\">")
            first = cont = "<p>"
        elif fmt == "wiki-md":
            first, cont = "* ", "  "
        elif fmt == "runbook-rst":
            first, cont = "#. ", "   "
        elif fmt == "notice-html":
            first, cont = "<li>", ""
        elif fmt == "keepnote":
            first, cont = "", ""
        else:
            first, cont = "- ", "  "
        post_row = {"webchat-jsonl": "\"}", "ticket-json": "\"},", "invision": "</p>", "keepnote": "<br/>",
                    "vbulletin": "<br />"}.get(fmt, "")
        for j, (text, lab) in enumerate(rows):
            pre = first if j == 0 else cont
            post = post_row
            if fmt == "ttml":
                post = "</p>" if j == len(rows) - 1 else "<br/>"
            if fmt == "notice-html":
                post = "</li>" if j == len(rows) - 1 else "<br>"
            _emit(d, text, lab, pre, post, esc, st)
        if fmt == "vbulletin":
            d.add("</td></tr>")
        elif fmt == "invision":
            d.add("</div></article>")
    if fmt in ("mbox", "eml"):
        d.add("", "-- ", c.people[0][0])
    d.add(*foot) if foot else None
    return d
