"""The 20 free-text formats.  Message formats get [{person, t, lines}], document formats get item groups."""

from core34 import L as Lab
from core34 import N, PID, S, dt, json_esc, map_parts, plain, rhex, rs, xml_esc

CHAT = ["qq", "line", "chatra", "sametime", "debbugs", "deck", "gitbug", "flyspray", "eudora", "gnus", "rev",
        "sonix", "discuz", "bbpress"]
DOCS = ["pandoc", "markdoc", "zola", "handover", "runbook", "minutes"]
FORMATS = CHAT + DOCS


def _nm(p, L):
    return p.latin if L["code"] == "en" else p.native


def _ts(t, f="%Y-%m-%d %H:%M:%S"):
    return dt(t).strftime(f)


def _rfc(t):
    return dt(t).strftime("%a, %d %b %Y %H:%M:%S +0000")


# ---------------------------------------------------------------- chat
def f_qq(c, r, L, msgs, title, n):
    d = c.doc("chat/qq-%s-%d.txt" % (c.slug, n), lang=L["code"], free=True, fmt="qq")
    d.add("消息记录（此消息记录为文本格式，不支持重新导入）")
    d.add("")
    d.add("================================================================")
    d.add("消息分组:我的群聊")
    d.add("================================================================")
    d.add("消息对象:%s" % title)
    d.add("================================================================")
    d.add("")
    qq = {}
    for m in msgs:
        p = m["person"]
        qq.setdefault(p.handle, r.randint(10 ** 8, 4 * 10 ** 9))
        tt = dt(m["t"])
        d.add("%s %d%s %s(%d)" % (tt.strftime("%Y-%m-%d"), tt.hour, tt.strftime(":%M:%S"), _nm(p, L), qq[p.handle]))
        for ln in m["lines"]:
            d.addp(ln)
        d.add("")


def f_line(c, r, L, msgs, title, n):
    d = c.doc("chat/LINE-%s-%d.txt" % (c.slug, n), lang=L["code"], free=True, fmt="line")
    d.add("[LINE] Chat history in %s" % title)
    d.add("Saved on: %s" % _ts(msgs[-1]["t"] + 3600, "%Y/%m/%d %H:%M"))
    d.add("")
    day = None
    for m in msgs:
        dd = dt(m["t"]).strftime("%Y/%m/%d(%a)")
        if dd != day:
            if day:
                d.add("")
            d.add(dd)
            day = dd
        head = "%s\t%s\t" % (_ts(m["t"], "%H:%M"), _nm(m["person"], L))
        lines = m["lines"]
        if len(lines) == 1:
            d.add(head, *lines[0])
        else:
            for i, ln in enumerate(lines):
                pre = [head + '"'] if i == 0 else []
                post = ['"'] if i == len(lines) - 1 else []
                d.add(*(pre + ln + post))


def f_chatra(c, r, L, msgs, title, n):
    d = c.doc("support/chatra-transcript-%d.txt" % n, lang=L["code"], free=True, fmt="chatra")
    v = msgs[0]["person"]
    d.add("Chat transcript \u2014 %s" % c.org)
    d.add("Visitor: %s <%s>" % (_nm(v, L), v.email))
    d.add("Page: https://%s/%s" % (c.domain, r.choice(["shop", "contact", "orders", "members"])))
    d.add("Started: %s UTC" % _ts(msgs[0]["t"], "%Y-%m-%d %H:%M"))
    d.add("")
    for m in msgs:
        who = _nm(m["person"], L) if m["person"] is v else "Agent " + _nm(m["person"], L)
        for i, ln in enumerate(m["lines"]):
            if i == 0:
                d.add("[%s] %s: " % (_ts(m["t"], "%H:%M"), who), *ln)
            else:
                d.add("    ", *ln)


def f_sametime(c, r, L, msgs, title, n):
    d = c.doc("chat/sametime-%s-%d.html" % (c.slug, n), lang=L["code"], free=True, fmt="sametime")
    d.add('<html><head><meta charset="utf-8"><title>Chat transcript: %s</title></head>' % xml_esc(title))
    d.add("<body>")
    d.add('<div class="st-transcript" data-saved="%s">' % _ts(msgs[-1]["t"]))
    for m in msgs:
        lines = [map_parts(ln, xml_esc) for ln in m["lines"]]
        head = '<p class="msg"><span class="time">%s</span> <b>%s</b>: ' % (_ts(m["t"], "%H:%M"),
                                                                          xml_esc(_nm(m["person"], L)))
        for i, ln in enumerate(lines):
            pre = [head] if i == 0 else []
            post = ["</p>"] if i == len(lines) - 1 else ["<br>"]
            d.add(*(pre + ln + post))
    d.add("</div>")
    d.add("</body></html>")


# ---------------------------------------------------------------- tickets
def f_debbugs(c, r, L, msgs, title, n):
    d = c.doc("tickets/bugs/%d.mbox" % (1000 + n * 37), lang=L["code"], free=True, fmt="debbugs")
    bug = 1000 + n * 37
    sysn = c.systems[n % 6]
    for i, m in enumerate(msgs):
        p = m["person"]
        d.add("From %s  %s" % (p.email, dt(m["t"]).strftime("%a %b %d %H:%M:%S %Y")))
        d.add("Received: (at %s) by bugs.%s; %s" % ("submit" if i == 0 else str(bug), c.domain,
                                                     dt(m["t"]).strftime("%d %b %Y %H:%M:%S +0000")))
        d.add("From: %s <%s>" % (p.latin, p.email))
        d.add("To: %s@bugs.%s" % ("submit" if i == 0 else str(bug), c.domain))
        d.add("Subject: %s%s" % ("" if i == 0 or title.startswith("Re: ") else "Re: ", title))
        d.add("Message-ID: <%s@%s>" % (rhex(r, 16), c.domain))
        d.add("Date: %s" % _rfc(m["t"]))
        d.add("")
        if i == 0:
            d.add("Package: %s" % sysn)
            d.add("Version: 2.%d.%d-1" % (r.randint(0, 9), r.randint(0, 9)))
            d.add("Severity: important")
            d.add("")
        for ln in m["lines"]:
            d.addp(ln)
        d.add("")
        if i == 0:
            d.add("-- System Information:")
            d.add("Debian Release: 12.%d" % r.randint(5, 9))
            d.add("Architecture: amd64 (x86_64)")
            d.add("")


def f_deck(c, r, L, msgs, title, n):
    d = c.doc("tickets/deck-board-%d.json" % n, lang=L["code"], free=True, fmt="deck")
    d.add("{")
    d.add('  "boards": [')
    d.add("    {")
    d.add('      "id": %d,' % r.randint(2, 40))
    d.add('      "title": "%s",' % json_esc(c.org))
    d.add('      "stacks": [')
    d.add("        {")
    d.add('          "id": %d,' % r.randint(10, 99))
    d.add('          "title": "%s",' % json_esc(L["heads"]["actions"]))
    d.add('          "cards": [')
    d.add("            {")
    d.add('              "id": %d,' % r.randint(100, 999))
    d.add('              "title": "%s",' % json_esc(title))
    d.add('              "comments": [')
    rows = []
    k = 1
    for m in msgs:
        for ln in m["lines"]:
            rows.append((m, map_parts(ln, json_esc), k))
            k += 1
    for i, (m, ln, k) in enumerate(rows):
        head = '                {"id": %d, "actorId": "%s", "creationDateTime": "%s", "message": "' % (
            k, m["person"].handle, _ts(m["t"], "%Y-%m-%dT%H:%M:%S+00:00"))
        tail = '"}' + ("," if i < len(rows) - 1 else "")
        d.add(head, *(ln + [tail]))
    d.add("              ]")
    d.add("            }")
    d.add("          ]")
    d.add("        }")
    d.add("      ]")
    d.add("    }")
    d.add("  ]")
    d.add("}")


def f_gitbug(c, r, L, msgs, title, n):
    d = c.doc("tickets/git-bug-%s.txt" % rhex(r, 7), lang=L["code"], free=True, fmt="gitbug")
    ppl = []
    for m in msgs:
        if m["person"].handle not in ppl:
            ppl.append(m["person"].handle)
    d.add("[open] %s %s" % (rhex(r, 7), title))
    d.add("%s opened this issue %s" % (msgs[0]["person"].latin, _ts(msgs[0]["t"])))
    d.add("")
    d.add("labels: ops, access")
    d.add("participants: %s" % ", ".join(ppl))
    d.add("actors: %s" % ", ".join(ppl))
    for i, m in enumerate(msgs):
        d.add("")
        d.add("  #%d %s" % (i, m["person"].latin))
        d.add("")
        for ln in m["lines"]:
            d.add("  ", *ln)


def f_flyspray(c, r, L, msgs, title, n):
    fs = r.randint(100, 999)
    d = c.doc("tickets/flyspray-FS%d.txt" % fs, lang=L["code"], free=True, fmt="flyspray")
    d.add("FS#%d - %s" % (fs, title))
    d.add("Attached to Project: %s ops" % c.org)
    d.add("Opened by %s - %s" % (_nm(msgs[0]["person"], L), _ts(msgs[0]["t"], "%A, %d %B %Y, %H:%M GMT")))
    d.add("Task Type: Bug Report")
    d.add("Category: %s" % c.systems[n % 6])
    d.add("Status: Assigned")
    d.add("Severity: Medium")
    d.add("")
    d.add("Details:")
    for ln in msgs[0]["lines"]:
        d.addp(ln)
    d.add("")
    d.add("Comments (%d)" % (len(msgs) - 1))
    for m in msgs[1:]:
        d.add("-" * 40)
        d.add("Comment by %s - %s" % (_nm(m["person"], L), _ts(m["t"], "%A, %d %B %Y, %H:%M GMT")))
        for ln in m["lines"]:
            d.addp(ln)


# ---------------------------------------------------------------- e-mail
def f_eudora(c, r, L, msgs, title, n):
    d = c.doc("mail/Eudora/%s.mbx" % ["In", "Out", "Trash", "ops"][n % 4], lang=L["code"], free=True, crlf=True,
              fmt="eudora")
    prev = None
    for i, m in enumerate(msgs):
        p = m["person"]
        to = msgs[i - 1]["person"] if i else c.people[(c.people.index(p) + 1) % 6]
        d.add("From ???@??? %s" % dt(m["t"]).strftime("%a %b %d %H:%M:%S %Y"))
        d.add("Return-Path: <%s>" % p.email)
        d.add("X-Persona: <%s>" % p.email)
        d.add("Date: %s" % _rfc(m["t"]))
        d.add("To: %s" % to.email)
        d.add("From: %s <%s>" % (p.latin, p.email))
        d.add("Subject: %s%s" % ("Re: " if i and not title.startswith("Re: ") else "", title))
        d.add("Message-ID: <%s@%s>" % (rhex(r, 12), c.domain))
        d.add("Mime-Version: 1.0")
        d.add('Content-Type: text/plain; charset="utf-8"')
        d.add("")
        for ln in m["lines"]:
            d.addp(ln)
        if prev is not None:
            d.add("")
            d.add("> " + prev)
        prev = r.choice(L["chat"])
        d.add("")


def f_gnus(c, r, L, msgs, title, n):
    grp = r.choice(["ops", "inbox", "work"])
    art = r.randint(20, 900)
    d = c.doc("mail/Mail/%s/%d" % (grp, art), lang=L["code"], free=True, fmt="gnus")
    p = msgs[0]["person"]
    to = c.people[(c.people.index(p) + 2) % 6]
    body = []
    for m in msgs:
        body.extend(m["lines"])
        body.append([""])
    d.add("X-From-Line: %s  %s" % (p.email, dt(msgs[0]["t"]).strftime("%a %b %d %H:%M:%S %Y")))
    d.add("Return-Path: <%s>" % p.email)
    d.add("X-Gnus-Mail-Source: file:/var/mail/%s" % to.handle)
    d.add("From: %s <%s>" % (p.latin, p.email))
    d.add("To: %s <%s>" % (to.latin, to.email))
    d.add("Subject: %s" % title)
    d.add("Date: %s" % _rfc(msgs[0]["t"]))
    d.add("Message-ID: <%s.fsf@%s>" % (rhex(r, 10), c.domain))
    d.add("User-Agent: Gnus/5.13 (Gnus v5.13)")
    d.add("Xref: mail.%s %s:%d" % (c.domain, grp, art))
    d.add("Lines: %d" % (len(body) + 2))
    d.add("")
    d.add(r.choice(L["chat"]))
    d.add("")
    for ln in body:
        d.addp(ln)
    d.add("-- ")
    d.add(p.latin)


# ---------------------------------------------------------------- meetings
def _hms(s):
    return "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)


def f_rev(c, r, L, msgs, title, n):
    d = c.doc("meetings/rev-transcript-%d.txt" % n, lang=L["code"], free=True, fmt="rev")
    t0 = msgs[0]["t"]
    for m in msgs:
        d.add("%s (%s):" % (_nm(m["person"], L), _hms(m["t"] - t0 + 4)))
        for ln in m["lines"]:
            d.addp(ln)
        d.add("")


def f_sonix(c, r, L, msgs, title, n):
    d = c.doc("meetings/sonix-%s-%d.txt" % (c.slug, n), lang=L["code"], free=True, fmt="sonix")
    d.add(title)
    d.add(_ts(msgs[0]["t"], "%Y-%m-%d"))
    d.add("")
    t0 = msgs[0]["t"]
    for m in msgs:
        for i, ln in enumerate(m["lines"]):
            if i == 0:
                d.add("[%s] %s: " % (_hms(m["t"] - t0 + 2), _nm(m["person"], L)), *ln)
            else:
                d.addp(ln)
        d.add("")


# ---------------------------------------------------------------- forums
def f_discuz(c, r, L, msgs, title, n):
    tid = r.randint(100, 9999)
    d = c.doc("forum/thread-%d-1-1.txt" % tid, lang=L["code"], free=True, fmt="discuz")
    d.add("%s Forum \u00bb %s \u00bb %s" % (c.org, c.systems[n % 6], title))
    for i, m in enumerate(msgs):
        d.add("-" * 80)
        tt = dt(m["t"])
        d.add("Author: %s    Time: %d-%d-%d %s" % (_nm(m["person"], L), tt.year, tt.month, tt.day, tt.strftime("%H:%M")))
        if i == 0:
            d.add("Title: %s" % title)
        d.add("")
        if i and r.random() < 0.3:
            d.add("[quote]%s[/quote]" % r.choice(L["chat"]))
        for ln in m["lines"]:
            d.addp(ln)
    d.add("-" * 80)


def f_bbpress(c, r, L, msgs, title, n):
    d = c.doc("forum/bbpress-export-%d.xml" % n, lang=L["code"], free=True, fmt="bbpress")
    d.add('<?xml version="1.0" encoding="UTF-8" ?>')
    d.add('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
          'xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">')
    d.add("<channel>")
    d.add("<title>%s forum</title>" % xml_esc(c.org))
    d.add("<wp:wxr_version>1.2</wp:wxr_version>")
    pid = r.randint(100, 900)
    for i, m in enumerate(msgs):
        d.add("<item>")
        d.add("<title>%s</title>" % xml_esc(("Re: " if i and not title.startswith("Re: ") else "") + title))
        d.add("<dc:creator><![CDATA[%s]]></dc:creator>" % m["person"].handle)
        lines = m["lines"]
        for j, ln in enumerate(lines):
            pre = ["<content:encoded><![CDATA["] if j == 0 else []
            post = ["]]></content:encoded>"] if j == len(lines) - 1 else []
            d.add(*(pre + ln + post))
        d.add("<wp:post_id>%d</wp:post_id>" % (pid + i))
        d.add("<wp:post_date>%s</wp:post_date>" % _ts(m["t"]))
        d.add("<wp:post_type>%s</wp:post_type>" % ("topic" if i == 0 else "reply"))
        d.add("</item>")
    d.add("</channel>")
    d.add("</rss>")


# ---------------------------------------------------------------- documents (items, not messages)
def _policy(d, L, lab, prefix=""):
    if lab:
        d.add(prefix, N(L["policy"], "policy-sentence"))
    else:
        d.add(prefix + L["policy"])


def f_pandoc(c, r, L, groups, title, n, pol, author):
    d = c.doc("docs/%s-notes-%d.md" % (c.systems[n % 6], n), lang=L["code"], free=True, fmt="pandoc")
    d.add("---")
    d.add('title: "%s"' % title.replace('"', "'"))
    d.add("author: [%s]" % author.latin)
    d.add("date: %s" % _ts(c.t0 + n * 86400, "%Y-%m-%d"))
    d.add("lang: %s" % L["code"])
    d.add("---")
    d.add("")
    d.add("# " + L["heads"]["access"])
    for i, g in enumerate(groups):
        d.add("")
        if i == 0 and len(g) == 1:
            d.add("::: warning")
            d.addp(g[0])
            d.add(":::")
            continue
        for ln in g:
            d.addp(ln)
    d.add("")
    d.add(L["heads"]["notes"])
    _policy(d, L, pol, ": ")


def f_markdoc(c, r, L, groups, title, n, pol, author):
    d = c.doc("docs/site/%s-%d.md" % (c.systems[(n + 1) % 6], n), lang=L["code"], free=True, fmt="markdoc")
    d.add("---")
    d.add("title: %s" % title)
    d.add("---")
    d.add("")
    d.add("# %s" % title)
    for i, g in enumerate(groups):
        d.add("")
        if i % 2 == 0:
            d.add('{% callout type="note" %}')
            for ln in g:
                d.addp(ln)
            d.add("{% /callout %}")
        else:
            for ln in g:
                d.add("- ", *ln) if not plain(ln).startswith("|") else d.addp(ln)
    d.add("")
    d.add('{% callout type="warning" %}')
    _policy(d, L, pol)
    d.add("{% /callout %}")


def f_zola(c, r, L, groups, title, n, pol, author):
    d = c.doc("site/content/ops/%s-%d.md" % (c.systems[(n + 3) % 6], n), lang=L["code"], free=True, fmt="zola")
    d.add("+++")
    d.add('title = "%s"' % title.replace('"', "'"))
    d.add("date = %s" % _ts(c.t0 + n * 86400, "%Y-%m-%d"))
    d.add("draft = false")
    d.add("")
    d.add("[taxonomies]")
    d.add('tags = ["ops", "access"]')
    d.add("")
    d.add("[extra]")
    d.add('lang = "%s"' % L["code"])
    d.add('author = "%s"' % author.latin)
    d.add("+++")
    d.add("")
    d.add("## " + L["heads"]["access"])
    for i, g in enumerate(groups):
        d.add("")
        if i == 0:
            d.add("{% note() %}")
            for ln in g:
                d.addp(ln)
            d.add("{% end %}")
            continue
        for ln in g:
            d.add("* ", *ln) if not plain(ln).startswith("|") else d.addp(ln)
    d.add("")
    d.add("> " + L["nopaste"])
    _policy(d, L, pol, "> ")


def f_handover(c, r, L, groups, title, n, pol, author):
    d = c.doc("notes/handover-%s-%d.txt" % (author.handle.split(".")[0], n), lang=L["code"], free=True, fmt="handover")
    d.add("%s \u2014 %s" % (L["heads"]["handover"], author.latin if L["code"] == "en" else author.native))
    d.add(_ts(c.t0 + n * 86400, "%Y-%m-%d"))
    d.add("")
    for i, g in enumerate(groups):
        d.add("%d." % (i + 1))
        for ln in g:
            d.add("   ", *ln)
        d.add("")
    _policy(d, L, pol, "* ")


def f_runbook(c, r, L, groups, title, n, pol, author):
    d = c.doc("ops/%s-%d/README.md" % (c.systems[(n + 2) % 6], n), lang=L["code"], free=True, fmt="runbook")
    d.add("# %s: %s" % (L["heads"]["runbook"], c.systems[(n + 2) % 6]))
    d.add("")
    d.add("## " + L["heads"]["access"])
    d.add("")
    for g in groups:
        for ln in g:
            if plain(ln).startswith("|"):
                d.addp(ln)
            else:
                d.add("- ", *ln)
        d.add("")
    d.add("## " + L["heads"]["notes"])
    d.add("")
    _policy(d, L, pol)


def f_minutes(c, r, L, groups, title, n, pol, author):
    d = c.doc("meetings/minutes-%s.md" % _ts(c.t0 + n * 86400, "%Y-%m-%d"), lang=L["code"], free=True, fmt="minutes")
    d.add("# %s \u2014 %s" % (L["heads"]["minutes"], _ts(c.t0 + n * 86400, "%Y-%m-%d")))
    d.add("")
    d.add("**%s:** %s" % (L["heads"]["present"], ", ".join(
        (p.latin if L["code"] == "en" else p.native) for p in c.people[:4])))
    d.add("")
    d.add("## " + L["heads"]["decisions"])
    for i, g in enumerate(groups):
        d.add("")
        d.add("%d. " % (i + 1), *g[0])
        for ln in g[1:]:
            d.add("   ", *ln)
    d.add("")
    d.add("## " + L["heads"]["actions"])
    d.add("")
    _policy(d, L, pol, "- ")


RENDER = {"qq": f_qq, "line": f_line, "chatra": f_chatra, "sametime": f_sametime, "debbugs": f_debbugs,
          "deck": f_deck, "gitbug": f_gitbug, "flyspray": f_flyspray, "eudora": f_eudora, "gnus": f_gnus,
          "rev": f_rev, "sonix": f_sonix, "discuz": f_discuz, "bbpress": f_bbpress, "pandoc": f_pandoc,
          "markdoc": f_markdoc, "zola": f_zola, "handover": f_handover, "runbook": f_runbook,
          "minutes": f_minutes}


def draft_with_key(c, r, L, key_lines, key_meta):
    """A Gnus draft with a private key pasted into the body (free text)."""
    p, q = c.people[0], c.people[1]
    d = c.doc("mail/drafts/%d" % r.randint(1, 60), lang=L["code"], free=True, fmt="gnus-draft")
    d.add("From: %s <%s>" % (p.latin, p.email))
    d.add("To: %s <%s>" % (q.latin, q.email))
    d.add("Subject: %s" % L["subj"][2].format(sys=c.systems[0]))
    d.add("--text follows this line--")
    d.add(r.choice(L["chat"]))
    d.add("")
    d.block(key_lines, S("", "private-key-pem", **key_meta))
    d.add("")
    d.add(L["nopaste"])
