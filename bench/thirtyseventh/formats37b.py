"""Free-text formats, part 2: SubRip, Org-mode minutes, phpBB BBCode export, X/Twitter DM archive, Stack Exchange
Posts.xml, MediaWiki XML dump, DokuWiki, Evernote ENEX, mdoc man page, AsciiDoc runbook; and the policy page."""

import string

import core37 as C
from core37 import xml_esc
from formats37a import Clock, MON, html_esc


def srt(t, r, msgs, info):
    c = Clock(r)
    pos = r.randint(2, 15)
    out = []
    for i, m in enumerate(msgs):
        dur = r.randint(2, 6)

        def ts(s):
            return "%02d:%02d:%02d,%03d" % (s // 3600, s // 60 % 60, s % 60, r.randrange(1000))
        out += ["%d" % (i + 1), "%s --> %s" % (ts(pos), ts(pos + dur)), "[%s] %s" % (m.name, m.lines[0])]
        out += m.lines[1:]
        out.append("")
        pos += dur + r.randint(1, 8)
    return "meetings/%s.srt" % info["slug"], "\n".join(out), {"bom": r.random() < 0.4, "crlf": r.random() < 0.5}


def org_minutes(t, r, msgs, info):
    c = Clock(r)
    names = []
    for m in msgs:
        if m.name not in names:
            names.append(m.name)
    out = ["#+TITLE: %s" % info["title"], "#+DATE: <%s %s>" % (c.date, c.dow), "#+AUTHOR: %s" % msgs[0].name,
           "#+LANGUAGE: %s" % info["lang"], "", "* Attendees", "- " + ", ".join(names), "", "* Notes"]
    for m in msgs:
        if m.code:
            out += ["#+BEGIN_SRC shell"] + m.lines + ["#+END_SRC"]
        else:
            out.append("- %s :: %s" % (m.handle, m.lines[0]))
            out += ["  " + x for x in m.lines[1:]]
    if info.get("rows"):
        out += ["", "* Access :noexport:", "| System | User | Password |", "|--------+------+----------|"]
        out += ["| %s | %s | %s |" % row for row in info["rows"]]
    out += ["", "* Actions", "- [ ] TODO follow up with %s" % msgs[-1].handle]
    return "meetings/%s-minutes.org" % info["slug"], "\n".join(out) + "\n", {}


def phpbb(t, r, msgs, info):
    c = Clock(r)
    tid = r.randint(100, 999)
    out = ["[size=150][b]%s[/b][/size]" % info["title"], "Topic #%d — %s forum" % (tid, t.org), ""]
    pid = r.randint(1000, 5000)
    for m in msgs:
        c.tick()
        pid += r.randint(1, 9)
        out.append("[i]Post #%d by %s » %s %s %d, %d %s[/i]" % (pid, m.handle, c.dow, MON[c.mo - 1], c.d, c.y, c.hm))
        if m.code:
            out += ["[code]"] + m.lines + ["[/code]"]
        else:
            out += m.lines
        out.append("")
    return "forum/phpbb-topic-%d.bbcode" % tid, "\n".join(out), {}


def twitter_dm(t, r, msgs, info):
    c = Clock(r)
    uid = {}
    handles = []
    for m in msgs:
        if m.handle not in uid:
            uid[m.handle] = str(r.randint(10 ** 8, 10 ** 18))
            handles.append(m.handle)
    a = handles[0]
    b = handles[1] if len(handles) > 1 else handles[0]
    conv = "%s-%s" % (uid[a], uid[b])
    items = []
    for m in msgs:
        c.tick()
        to = b if m.handle == a else a
        text = "\n".join(m.lines).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = C.json_str(text)
        items.append("\n".join([
            "        {", '          "messageCreate" : {', '            "recipientId" : "%s",' % uid[to],
            '            "reactions" : [ ],', '            "urls" : [ ],', '            "text" : %s,' % text,
            '            "mediaUrls" : [ ],', '            "senderId" : "%s",' % uid[m.handle],
            '            "id" : "%d",' % r.randint(10 ** 18, 2 * 10 ** 18),
            '            "createdAt" : "%sZ"' % c.iso(), "          }", "        }"]))
    out = ["window.YTD.direct_messages.part0 = [", "  {", '    "dmConversation" : {',
           '      "conversationId" : "%s",' % conv, '      "messages" : [', ",\n".join(items), "      ]", "    }", "  }",
           "]"]
    return "social/direct-messages-%s.js" % info["slug"], "\n".join(out) + "\n", {}


def posts_xml(t, r, msgs, info):
    c = Clock(r)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<posts>"]
    qid = r.randint(10, 400)
    users = {}
    for i, m in enumerate(msgs):
        c.tick()
        uidn = users.setdefault(m.handle, r.randint(2, 80))
        body = "&#xA;".join(xml_esc(html_esc(x)) for x in m.lines)
        if m.code:
            body = xml_esc("<pre><code>") + body + xml_esc("</code></pre>")
        else:
            body = xml_esc("<p>") + body + xml_esc("</p>")
        if i == 0:
            out.append('  <row Id="%d" PostTypeId="1" CreationDate="%s" Score="%d" ViewCount="%d" Body="%s&#xA;" '
                       'OwnerUserId="%d" LastActivityDate="%s" Title="%s" Tags="%s" AnswerCount="%d" '
                       'CommentCount="0" ContentLicense="CC BY-SA 4.0" />' % (
                           qid, c.iso(), r.randint(0, 9), r.randint(5, 90), body, uidn, c.iso(),
                           xml_esc(info["title"]), xml_esc("<%s><access>" % info["slug"].split("-")[0]),
                           len(msgs) - 1))
        else:
            out.append('  <row Id="%d" PostTypeId="2" ParentId="%d" CreationDate="%s" Score="%d" Body="%s&#xA;" '
                       'OwnerUserId="%d" LastActivityDate="%s" CommentCount="0" ContentLicense="CC BY-SA 4.0" />' % (
                           qid + i, qid, c.iso(), r.randint(0, 5), body, uidn, c.iso()))
    out.append("</posts>")
    return "forum/qa-dump/Posts.xml", "\n".join(out) + "\n", {}


def mediawiki_xml(t, r, msgs, info):
    c = Clock(r)
    wt = ["== %s ==" % info["title"], ""]
    for m in msgs:
        if m.code:
            wt += ["<syntaxhighlight lang=\"bash\">"] + m.lines + ["</syntaxhighlight>"]
        else:
            wt.append("* '''%s''': %s" % (m.handle, m.lines[0]))
            wt += ["*: " + x for x in m.lines[1:]]
    if info.get("rows"):
        wt += ["", '{| class="wikitable"', "! System !! User !! Password"]
        for s, u, p in info["rows"]:
            wt += ["|-", "| %s || %s || %s" % (s, u, p)]
        wt.append("|}")
    wt.append("[[Category:Runbooks]]")
    text = "\n".join(xml_esc(x, quote=False) for x in wt)
    sha1 = C.draw(r, string.digits + string.ascii_lowercase, 31)
    out = ['<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="%s">' % info["lang"],
           "  <siteinfo>", "    <sitename>%s wiki</sitename>" % xml_esc(t.org), "    <dbname>%swiki</dbname>" % t.dbname(),
           "    <generator>MediaWiki 1.41.1</generator>", "  </siteinfo>", "  <page>",
           "    <title>%s</title>" % xml_esc(info["title"]), "    <ns>0</ns>", "    <id>%d</id>" % r.randint(10, 900),
           "    <revision>", "      <id>%d</id>" % r.randint(1000, 9000), "      <timestamp>%sZ</timestamp>" % c.iso(False),
           "      <contributor>", "        <username>%s</username>" % msgs[0].handle,
           "        <id>%d</id>" % r.randint(2, 60), "      </contributor>", "      <model>wikitext</model>",
           "      <format>text/x-wiki</format>", '      <text xml:space="preserve">' + text + "</text>",
           "      <sha1>%s</sha1>" % t.N(sha1, "wiki-revision-sha1", lang=info["lang"]), "    </revision>",
           "  </page>", "</mediawiki>"]
    return "wiki/%s-export.xml" % info["slug"], "\n".join(out) + "\n", {}


def dokuwiki(t, r, msgs, info):
    out = ["====== %s ======" % info["title"], "", "===== Notes ====="]
    for m in msgs:
        if m.code:
            out += ["<code bash>"] + m.lines + ["</code>"]
        else:
            out.append("  * **%s**: %s" % (m.handle, m.lines[0]))
            out += ["    %s" % x for x in m.lines[1:]]
    if info.get("rows"):
        out += ["", "===== Access =====", "^ System ^ User ^ Password ^"]
        out += ["| %s | %s | %s |" % row for row in info["rows"]]
    return "wiki/pages/%s.txt" % info["slug"].replace("-", "_"), "\n".join(out) + "\n", {}


def enex(t, r, msgs, info):
    c = Clock(r)
    divs = []
    for m in msgs:
        if m.code:
            divs.append("<div><code>%s</code></div>" % html_esc(" ".join(m.lines)))
        else:
            divs.append("<div><b>%s</b>: %s</div>" % (m.handle, html_esc(m.lines[0])))
            divs += ["<div>%s</div>" % html_esc(x) for x in m.lines[1:]]
    stamp = "%s%02d%02dT%sZ" % (c.y, c.mo, c.d, c.hms.replace(":", ""))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="%s" application="Evernote" version="10.76.2">' % stamp, "  <note>",
           "    <title>%s</title>" % xml_esc(info["title"]), "    <created>%s</created>" % stamp,
           "    <updated>%s</updated>" % stamp,
           "    <note-attributes><author>%s</author></note-attributes>" % xml_esc(msgs[0].name), "    <content>",
           '      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">', "<en-note>"]
    out += divs
    out += ["</en-note>      ]]>", "    </content>", "  </note>", "</en-export>"]
    return "notes/%s.enex" % info["slug"], "\n".join(out) + "\n", {}


def _mdoc_line(x):
    x = x.replace("\\", "\\e")
    return ("\\&" + x) if x[:1] in (".", "'") else x


def mdoc(t, r, msgs, info):
    c = Clock(r)
    name = info["slug"]
    out = [".Dd %s %d, %d" % (["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"][c.mo - 1], c.d, c.y),
           ".Dt %s 7" % name.upper(), ".Os", ".Sh NAME", ".Nm %s" % name, ".Nd %s" % info["title"],
           ".Sh DESCRIPTION"]
    for m in msgs:
        if m.code:
            out += [".Bd -literal -offset indent"] + [_mdoc_line(x) for x in m.lines] + [".Ed"]
        else:
            out += [".Pp", ".Sy %s :" % m.handle] + [_mdoc_line(x) for x in m.lines]
    if info.get("rows"):
        out += [".Sh ACCESS", '.Bl -column "system" "user" "password"']
        out += [".It %s Ta %s Ta %s" % row for row in info["rows"]]
        out.append(".El")
    out += [".Sh AUTHORS", ".An %s Aq Mt %s@%s" % (msgs[0].name, msgs[0].handle, t.domain)]
    return "docs/man/%s.7" % name, "\n".join(out) + "\n", {}


def asciidoc(t, r, msgs, info):
    c = Clock(r)
    out = ["= %s" % info["title"], ":author: %s" % msgs[0].name, ":revdate: %s" % c.date, ":lang: %s" % info["lang"],
           "", "== Notes", ""]
    for m in msgs:
        if m.code:
            out += ["[source,shell]", "----"] + m.lines + ["----", ""]
        else:
            out.append("%s:: %s" % (m.handle, m.lines[0]))
            out += ["+", m.lines[1]] if len(m.lines) == 2 else []
            out += m.lines[2:]
    if info.get("rows"):
        out += ["", "== Access", "", '[cols="1,1,2"]', "|===", "|System |User |Password", ""]
        for s, u, p in info["rows"]:
            out += ["|" + s, "|" + u, "|" + p, ""]
        out.append("|===")
    return "docs/%s.adoc" % info["slug"], "\n".join(out) + "\n", {}


FORMATS_B = {
    "srt": (srt, True, False), "org": (org_minutes, True, True), "phpbb": (phpbb, True, False),
    "twitter": (twitter_dm, False, False), "posts": (posts_xml, False, False),
    "mediawiki": (mediawiki_xml, True, True), "dokuwiki": (dokuwiki, True, True), "enex": (enex, True, False),
    "mdoc": (mdoc, True, True), "asciidoc": (asciidoc, True, True),
}


def policy_page(t, r, native_voice, en_voice, label):
    """docs/credentials-policy.md: the policy sentence in the theme language and English."""
    nat = native_voice.say("policy")
    en = en_voice.say("policy")
    ref = "op://Ops/%s/password" % t.system(r)
    out = ["# Credentials policy — %s" % t.org, "", t.N(nat, "policy-text", lang=t.lang) if label else nat, "",
           t.N(en, "policy-text", lang="en") if (label and r.random() < 0.5) else en, "",
           "- Shared passwords live in the vault, for example `%s`." % t.N(ref, "vault-reference"),
           "- Rotate after anyone leaves; note the date in the ticket, never the value.",
           "- Door codes and alarm PINs change every quarter.", ""]
    return "docs/credentials-policy.md", "\n".join(out), {}
