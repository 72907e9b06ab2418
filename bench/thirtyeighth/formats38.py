"""The 20 free-text formats and the policy page (thirty-eighth corpus)."""
import json

from core38 import SC, SM, SO, json_str, rhex, rs, rtf_esc, xml_esc, LOWER_ALNUM


def _times(c, n, start_h=8):
    t = start_h * 3600 + c.r.randrange(3600)
    out = []
    for _ in range(n):
        t += c.r.randrange(20, 600)
        out.append(t)
    return out


def hms(t):
    return "%02d:%02d:%02d" % (t // 3600 % 24, t // 60 % 60, t % 60)


def f_telegram(c, L, msgs, title, day):
    items = []
    for i, (m, t) in enumerate(zip(msgs, _times(c, len(msgs)))):
        items.append('  {\n   "id": %d,\n   "type": "message",\n   "date": "2024-05-%02dT%s",\n   "from": %s,\n   "from_id": "user%d",\n   "text": %s\n  }' % (
            4000 + i, day, hms(t), json_str(m.who[0]), 10 ** 9 + hash_name(m.who[1]), json_str(m.text)))
    return '{\n "name": %s,\n "type": "private_group",\n "id": %d,\n "messages": [\n%s\n ]\n}\n' % (
        json_str(title), 10 ** 9 + c.r.randrange(10 ** 8), ",\n".join(items))


def hash_name(s):
    return sum(ord(ch) * (i + 7) for i, ch in enumerate(s)) % 10 ** 8


def f_slack(c, L, msgs, title, day):
    items = []
    base = 1715644800 + day * 86400
    for m, t in zip(msgs, _times(c, len(msgs))):
        items.append('    {\n        "type": "message",\n        "user": "U0%s",\n        "text": %s,\n        "ts": "%d.%06d"\n    }' % (
            ("%08X" % hash_name(m.who[1]))[:8], json_str(m.text), base + t, c.r.randrange(10 ** 6)))
    return "[\n%s\n]\n" % ",\n".join(items)


def f_irssi(c, L, msgs, title, day):
    out = ["--- Log opened Tue May %02d 08:00:00 2024" % day]
    for m, t in zip(msgs, _times(c, len(msgs))):
        out.append("%s < %s> %s" % (hms(t)[:5], m.who[1], m.text))
    out.append("--- Log closed Tue May %02d 23:59:59 2024" % day)
    return "\n".join(out) + "\n"


def f_whatsapp(c, L, msgs, title, day):
    out = []
    for m, t in zip(msgs, _times(c, len(msgs))):
        out.append("%02d/05/2024, %s - %s: %s" % (day, hms(t)[:5], m.who[0], m.text))
    return "\n".join(out) + "\n"


def _plain_body(msgs):
    return "\n".join("%s:\n%s" % (m.who[0].split()[0], m.text) if i % 4 == 0 else m.text for i, m in enumerate(msgs))


def f_eml(c, L, msgs, title, day):
    a, b = msgs[0].who, msgs[-1].who
    quoted = "\n".join("> " + m.text for m in msgs if SO not in m.text)[:600]
    return ("From: %s <%s@%s>\nTo: %s <%s@%s>\nSubject: %s\nDate: Tue, %02d May 2024 09:14:00 +0000\nMessage-ID: <%s@%s>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n-- \n%s\n\nOn %02d May, %s wrote:\n%s\n") % (
        a[0], a[1], c.dom, b[0], b[1], c.dom, title, day, rhex(c.r, 16), c.dom, _plain_body(msgs), a[0], day - 1, b[0], quoted)


def f_usenet(c, L, msgs, title, day):
    a = msgs[0].who
    return ("Path: news.%s!not-for-mail\nFrom: %s <%s@%s>\nNewsgroups: local.%s.ops\nSubject: %s\nDate: Tue, %02d May 2024 10:02:00 +0000\n"
            "Message-ID: <%s@news.%s>\nLines: %d\n\n%s\n\n-- \n%s, %s\n") % (
        c.dom, a[0], a[1], c.dom, c.slug, title, day, rhex(c.r, 12), c.dom, len(msgs) * 2, _plain_body(msgs), a[0], c.org)


def _ics_fold(line):
    """Fold at 74 visible characters, never inside a marked value."""
    out, cur, curlen, i = [], "", 0, 0
    while i < len(line):
        if line[i] == SO:
            j = line.index(SC, i) + 1
            tok = line[i:j]
            vis = j - (line.index(SM, i) + 1) - 1
        else:
            j = i + 1
            tok, vis = line[i], 1
        if curlen + vis > 74 and curlen:
            out.append(cur)
            cur, curlen = " ", 1
        cur += tok
        curlen += vis
        i = j
    out.append(cur)
    return "\n".join(out)


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def f_ics(c, L, msgs, title, day):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//ops calendar//EN" % c.org, "BEGIN:VEVENT",
             "UID:%s@%s" % (rhex(c.r, 20), c.dom), "DTSTAMP:202405%02dT080000Z" % day, "DTSTART:202405%02dT090000Z" % day,
             "SUMMARY:%s" % _ics_esc(title)]
    for i, m in enumerate(msgs):
        lines.append(_ics_fold(("DESCRIPTION:" if i == 0 else "COMMENT:") + _ics_esc(m.text)))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def f_obsidian(c, L, msgs, title, day):
    return "---\ntitle: %s\ndate: 2024-05-%02d\ntags: [handover, %s]\n---\n\n# %s\n\n%s\n" % (
        title, day, c.slug, title, "\n".join("- **%s**: %s" % (m.who[0].split()[0], m.text) for m in msgs))


def f_rst(c, L, msgs, title, day):
    return "%s\n%s\n\n:Date: 2024-05-%02d\n:Present: %s\n\nNotes\n-----\n\n%s\n" % (
        title, "=" * len(title), day, ", ".join(sorted({m.who[0] for m in msgs})), "\n".join("* %s" % m.text for m in msgs))


def f_rtf(c, L, msgs, title, day):
    body = "\n".join("\\pard %s: %s\\par" % (rtf_esc(m.who[0]), rtf_esc(m.text)) for m in msgs)
    return "{\\rtf1\\ansi\\ansicpg1252\\deff0\n{\\fonttbl{\\f0 Arial;}}\n\\f0\\fs22\n{\\b %s}\\par\n%s\n}\n" % (rtf_esc(title), body)


def f_confluence(c, L, msgs, title, day):
    return '<ac:layout>\n<h1>%s</h1>\n<ac:structured-macro ac:name="info"><ac:rich-text-body><p>2024-05-%02d</p></ac:rich-text-body></ac:structured-macro>\n<ul>\n%s\n</ul>\n</ac:layout>\n' % (
        xml_esc(title), day, "\n".join("<li><strong>%s</strong>: %s</li>" % (xml_esc(m.who[0]), xml_esc(m.text)) for m in msgs))


def f_tiddly(c, L, msgs, title, day):
    return "created: 202405%02d091500000\nmodified: 202405%02d101500000\ntags: ops %s\ntitle: %s\ntype: text/vnd.tiddlywiki\n\n!! %s\n\n%s\n" % (
        day, day, c.slug, title, title, "\n".join("* ''%s'': %s" % (m.who[0].split()[0], m.text) for m in msgs))


def f_zim(c, L, msgs, title, day):
    return "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\nCreation-Date: 2024-05-%02dT09:00:00+00:00\n\n====== %s ======\n\n%s\n" % (
        day, title, "\n".join("* %s" % m.text for m in msgs))


def f_ghissue(c, L, msgs, title, day):
    first, rest = msgs[0], msgs[1:]
    comments = ",\n".join('    {\n      "user": {"login": %s},\n      "created_at": "2024-05-%02dT%s Z",\n      "body": %s\n    }' % (
        json_str(m.who[1]), day, hms(t), json_str(m.text)) for m, t in zip(rest, _times(c, len(rest))))
    return '{\n  "number": %d,\n  "title": %s,\n  "user": {"login": %s},\n  "body": %s,\n  "comments": [\n%s\n  ]\n}\n' % (
        c.r.randrange(10, 900), json_str(title), json_str(first.who[1]), json_str(first.text), comments)


def f_bugzilla(c, L, msgs, title, day):
    descs = "\n".join("    <long_desc isprivate=\"0\">\n      <who name=\"%s\">%s@%s</who>\n      <bug_when>2024-05-%02d %s +0000</bug_when>\n      <thetext>%s</thetext>\n    </long_desc>" % (
        xml_esc(m.who[0]), m.who[1], c.dom, day, hms(t), xml_esc(m.text)) for m, t in zip(msgs, _times(c, len(msgs))))
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<bugzilla version="5.0.4" urlbase="https://bugs.%s/">\n  <bug>\n    <bug_id>%d</bug_id>\n    <short_desc>%s</short_desc>\n%s\n  </bug>\n</bugzilla>\n' % (
        c.dom, c.r.randrange(100, 9999), xml_esc(title), descs)


def _cs(t):
    return "%d:%02d:%02d.%02d" % (t // 3600, t // 60 % 60, t % 60, 0)


def f_ass(c, L, msgs, title, day):
    ev = []
    t = 1
    for m in msgs:
        ev.append("Dialogue: 0,%s,%s,Default,%s,0,0,0,,%s" % (_cs(t), _cs(t + 3), m.who[0].split()[0], m.text.replace("\n", "\\N")))
        t += 4
    return ("[Script Info]\nTitle: %s\nScriptType: v4.00+\nPlayResX: 1280\nPlayResY: 720\n\n[V4+ Styles]\n"
            "Format: Name, Fontname, Fontsize, PrimaryColour, Bold, Italic, Alignment, MarginV\nStyle: Default,Noto Sans,42,&H00FFFFFF,0,0,2,30\n\n"
            "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n%s\n") % (title, "\n".join(ev))


def f_sbv(c, L, msgs, title, day):
    cues = []
    for m in msgs:                      # one speaker's consecutive lines share a cue
        if cues and cues[-1][0] == m.who:
            cues[-1][1].append(m.text)
        else:
            cues.append((m.who, [m.text]))
    out, t = [], 1
    for who, texts in cues:
        out.append("0:%02d:%02d.000,0:%02d:%02d.500\n%s" % (t // 60, t % 60, (t + 3) // 60, (t + 3) % 60, "\n".join(texts)))
        t += 4
    return "\n\n".join(out) + "\n"


def f_ttml(c, L, msgs, title, day):
    out, t = [], 1
    for m in msgs:
        out.append('      <p begin="%ds" end="%ds" ttm:agent="%s">%s</p>' % (t, t + 3, m.who[1], xml_esc(m.text)))
        t += 4
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="%s">\n'
            '  <head><metadata><ttm:title>%s</ttm:title></metadata></head>\n  <body>\n    <div>\n%s\n    </div>\n  </body>\n</tt>\n') % (
        L["code"], xml_esc(title), "\n".join(out))


def f_opml(c, L, msgs, title, day):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n    <title>%s</title>\n    <dateCreated>Tue, %02d May 2024 09:00:00 GMT</dateCreated>\n  </head>\n'
            '  <body>\n    <outline text="%s">\n%s\n    </outline>\n  </body>\n</opml>\n') % (
        xml_esc(title), day, xml_esc(title), "\n".join('      <outline text="%s"/>' % xml_esc(m.text) for m in msgs))


def f_keep(c, L, msgs, title, day):
    items = ",\n".join('    {\n      "text": %s,\n      "isChecked": %s\n    }' % (json_str(m.text), "true" if c.r.random() < 0.3 else "false") for m in msgs)
    return '{\n  "color": "YELLOW",\n  "isTrashed": false,\n  "isPinned": true,\n  "title": %s,\n  "userEditedTimestampUsec": %d,\n  "listContent": [\n%s\n  ]\n}\n' % (
        json_str(title), 1715644800000000 + c.r.randrange(10 ** 12), items)


# name, path template, renderer, CRLF probability, BOM probability
FORMATS = [
    ("telegram-json", "chats/telegram-{slug}-{n}/result.json", f_telegram, 0, 0),
    ("slack-export", "chats/slack/ops-{n}/2024-05-{day}.json", f_slack, 0, 0),
    ("irssi-log", "chats/irssi/{slug}-{n}.log", f_irssi, 0, 0),
    ("whatsapp-txt", "chats/WhatsApp Chat {slug} {n}.txt", f_whatsapp, 0.4, 0.1),
    ("eml", "mail/{slug}-{n}.eml", f_eml, 0.5, 0),
    ("usenet", "forum/local.{slug}.ops-{n}.txt", f_usenet, 0, 0),
    ("icalendar", "calendar/{slug}-{n}.ics", f_ics, 1.0, 0),
    ("obsidian-md", "notes/vault/2024-05-{day} handover {n}.md", f_obsidian, 0, 0),
    ("rst-minutes", "minutes/2024-05-{day}-{n}.rst", f_rst, 0, 0),
    ("rtf", "docs/handover-{n}.rtf", f_rtf, 0.6, 0),
    ("confluence-storage", "wiki/confluence/ops-page-{n}.xml", f_confluence, 0, 0),
    ("tiddlywiki", "wiki/tiddlers/Ops {n}.tid", f_tiddly, 0, 0),
    ("zim-wiki", "wiki/zim/Ops_{n}.txt", f_zim, 0, 0),
    ("github-issue-json", "tickets/issue-{n}.json", f_ghissue, 0, 0),
    ("bugzilla-xml", "tickets/bug-{n}.xml", f_bugzilla, 0, 0),
    ("ass-subtitles", "media/briefing-{n}.ass", f_ass, 0.5, 0.3),
    ("sbv-captions", "media/call-{n}.sbv", f_sbv, 0.3, 0),
    ("ttml", "media/training-{n}.ttml", f_ttml, 0, 0),
    ("opml-outline", "minutes/outline-{n}.opml", f_opml, 0, 0),
    ("keep-json", "notes/keep/list-{n}.json", f_keep, 0, 0),
]
