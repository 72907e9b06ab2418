"""The 20 free-text formats. Each renderer turns a chat script or document items into one Doc."""

import time

from core33 import N, S, esc_json, esc_parts, esc_xml, plain
from prose33 import Writer, chat_script, doc_items

BASE_TS = 1740000000


def T(ts, fmt):
    return time.strftime(fmt, time.gmtime(ts))


def flat(lines, sep="\n"):
    out = []
    for i, ln in enumerate(lines):
        if i:
            out.append(sep)
        out.extend(ln)
    return out


def xesc(s):
    return esc_xml(s, quote=False)


def name(c, who):
    return c.people[who][0]


def handle(c, who):
    return c.people[who][1]


def emit(d, prefix, parts, suffix="", esc=None):
    ps = esc_parts(parts, esc) if esc else list(parts)
    d(prefix, *ps, suffix) if ps else d(prefix + suffix)


def policy_item(c, L):
    if c.rng("policy", L["code"], len(c.reg.values)).chance(0.4):
        return N(L["policy"], "policy-sentence")
    return L["policy"]


def title(c, r, L):
    return "%s — %s" % (c.org, r.pick(c.systems))


# ---------------------------------------------------------------- chats
def f_irccloud(c, r, L, base):
    chan = r.pick(["ops", "shop", "it", "general"])
    d = c.doc("comms/irccloud/irc.%s_%s_%s.log" % (c.domain, chan, T(base, "%Y-%m-%d")), free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    d("[%s] — %s joined (~%s@%s)" % (T(base, "%Y-%m-%d %H:%M:%S"), handle(c, 0), handle(c, 0).split(".")[0], c.host("bnc")))
    for m in msgs:
        for ln in m.lines:
            emit(d, "[%s] <%s> " % (T(base + m.t, "%Y-%m-%d %H:%M:%S"), handle(c, m.who)), ln)
    return d


def f_empathy(c, r, L, base):
    d = c.doc("comms/empathy/logs/%s@jabber.%s/chatrooms/ops@conference.%s/%s.log" % (
        handle(c, 0), c.domain, c.domain, T(base, "%Y%m%d")), free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    d("<?xml version='1.0' encoding='utf-8'?>")
    d("<?xml-stylesheet type=\"text/xsl\" href=\"log-store-xml.xsl\"?>")
    d("<log>")
    for m in msgs:
        head = "<message time='%s' cm_id='%d' id='%s@jabber.%s' name='%s' token='' isuser='%s' type='normal'>" % (
            T(base + m.t, "%Y%m%dT%H:%M:%S"), m.t % 997, handle(c, m.who), c.domain,
            esc_xml(name(c, m.who)).replace("'", "&apos;"), "true" if m.who == 0 else "false")
        for i, ln in enumerate(m.lines):
            pre = head if i == 0 else ""
            post = "</message>" if i == len(m.lines) - 1 else ""
            emit(d, pre, ln, post, xesc)
    d("</log>")
    return d


def f_whereby(c, r, L, base):
    room = "%s-ops" % c.slug[:12]
    d = c.doc("comms/whereby/chat-%s-%s.txt" % (room, T(base, "%Y%m%d")), free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    d("Whereby chat — room \"%s\" — %s" % (room, T(base, "%Y-%m-%d")))
    d("")
    for m in msgs:
        for i, ln in enumerate(m.lines):
            pre = "[%s] %s: " % (T(base + m.t, "%H:%M"), name(c, m.who)) if i == 0 else "        "
            emit(d, pre, ln)
    return d


# ---------------------------------------------------------------- tickets
def f_libredesk(c, r, L, base):
    cid = r.randrange(100, 9999)
    d = c.doc("tickets/libredesk/conversation-%d.json" % cid, free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    d("{")
    d("  \"reference_number\": \"%d\"," % cid)
    d("  \"subject\": \"%s\"," % esc_json(title(c, r, L)))
    d("  \"status\": \"Open\",")
    d("  \"inbox\": \"support@%s\"," % c.domain)
    d("  \"messages\": [")
    for i, m in enumerate(msgs):
        d("    {")
        d("      \"uuid\": \"%s\"," % r.uuid())
        d("      \"type\": \"%s\"," % ("incoming" if m.who == msgs[0].who else "outgoing"))
        d("      \"sender\": \"%s\"," % esc_json(name(c, m.who)))
        d("      \"created_at\": \"%s\"," % T(base + m.t, "%Y-%m-%dT%H:%M:%SZ"))
        d("      \"private\": %s," % ("true" if i % 3 == 2 else "false"))
        emit(d, "      \"text_content\": \"", flat(m.lines), "\"", esc_json)
        d("    }" + ("," if i < len(msgs) - 1 else ""))
    d("  ]")
    d("}")
    return d


def f_backlog(c, r, L, base):
    key = "%s-%d" % (c.slug[:4].upper().replace("-", ""), r.randrange(10, 999))
    d = c.doc("tickets/backlog/%s.txt" % key, free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    d("%s  %s" % (key, title(c, r, L)))
    d("Status: In Progress   Priority: High   Assignee: %s" % name(c, msgs[-1].who))
    d("Created: %s by %s" % (T(base, "%Y/%m/%d %H:%M"), name(c, msgs[0].who)))
    d("----")
    for ln in msgs[0].lines:
        emit(d, "", ln)
    for i, m in enumerate(msgs[1:]):
        d("")
        d("---- Comment #%d ---- %s ---- %s ----" % (i + 1, name(c, m.who), T(base + m.t, "%Y/%m/%d %H:%M")))
        for ln in m.lines:
            emit(d, "", ln)
    return d


# ---------------------------------------------------------------- e-mail
def _email_groups(msgs):
    groups = []
    for m in msgs:
        if groups and groups[-1][0] == m.who:
            groups[-1][1].append(m)
        else:
            groups.append([m.who, [m]])
    return groups


def _headers(c, r, frm, to, subj, ts, tz, extra=()):
    hs = ["Date: %s %s" % (T(ts, "%a, %d %b %Y %H:%M:%S"), tz.replace(":", "")),
          "From: %s <%s>" % (c.people[frm][0], c.email(handle(c, frm))),
          "To: %s <%s>" % (c.people[to][0], c.email(handle(c, to))),
          "Subject: %s" % subj,
          "Message-ID: <%s.%d@%s>" % (r.hex(16), ts, c.domain),
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: 8bit"]
    return hs + list(extra)


def f_evolution(c, r, L, base):
    folder = r.pick(["Inbox", "Ops", "Suppliers"])
    d = c.doc("mail/evolution/%s.mbox" % folder, free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    subj = title(c, r, L)
    groups = _email_groups(msgs)
    for gi, (who, ms) in enumerate(groups):
        ts = base + ms[0].t
        to = groups[gi + 1][0] if gi + 1 < len(groups) else groups[gi - 1][0] if gi else (who + 1) % 6
        if gi:
            d("")
        d("From %s %s" % (c.email(handle(c, who)), T(ts, "%a %b %d %H:%M:%S %Y")))
        for h in _headers(c, r, who, to, ("Re: " if gi else "") + subj, ts, c.t["tz"], ["X-Mailer: Evolution 3.52.4"]):
            d(h)
        d("")
        for m in ms:
            for ln in m.lines:
                txt = plain(ln)
                emit(d, ">" if txt.startswith("From ") else "", ln)
        d("")
        d("-- ")
        d("%s, %s" % (name(c, who), c.org))
    return d


def _quote_block(c, r, L, d, base):
    who = r.randrange(len(c.people))
    d("")
    d("%s, %s <%s>:" % (T(base - 3600 * r.randrange(2, 30), "%Y-%m-%d %H:%M"), name(c, who), c.email(handle(c, who))))
    for line in r.sample(L["chatter"], 2):
        d("> " + line)


def f_sylpheed(c, r, L, base):
    d = c.doc("mail/sylpheed/Mail/inbox/%d" % r.randrange(12, 480), free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    frm = msgs[0].who
    to = (frm + 1) % len(c.people)
    for h in _headers(c, r, frm, to, title(c, r, L), base, c.t["tz"],
                      ["X-Mailer: Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-pc-linux-gnu)"]):
        d(h)
    d("")
    for m in msgs:
        for ln in m.lines:
            emit(d, "", ln)
    _quote_block(c, r, L, d, base)
    return d


def f_mailbird(c, r, L, base):
    d = c.doc("mail/mailbird/%s.eml" % r.hex(12), crlf=True, free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    frm = msgs[0].who
    to = (frm + 2) % len(c.people)
    for h in _headers(c, r, frm, to, title(c, r, L), base, c.t["tz"], ["X-Mailer: Mailbird 3.0.28.0"]):
        d(h)
    d("")
    for m in msgs:
        for ln in m.lines:
            emit(d, "", ln)
        d("")
    d("%s" % name(c, frm))
    _quote_block(c, r, L, d, base)
    return d


# ---------------------------------------------------------------- meetings
def f_assemblyai(c, r, L, base):
    tid = r.hex(8) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(4) + "-" + r.hex(12)
    d = c.doc("meetings/assemblyai/%s.json" % tid, free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    speakers = {}
    for m in msgs:
        speakers.setdefault(m.who, "ABCDEF"[len(speakers)])
    d("{")
    d("  \"id\": \"%s\"," % tid)
    d("  \"status\": \"completed\",")
    d("  \"language_code\": \"%s\"," % L["code"])
    d("  \"audio_duration\": %d," % (msgs[-1].t + 30))
    d("  \"utterances\": [")
    for i, m in enumerate(msgs):
        d("    {")
        d("      \"speaker\": \"%s\"," % speakers[m.who])
        d("      \"start\": %d," % (m.t * 1000))
        d("      \"end\": %d," % (m.t * 1000 + 4000 + r.randrange(9000)))
        d("      \"confidence\": 0.%d," % r.randrange(80, 99))
        emit(d, "      \"text\": \"", flat(m.lines, " "), "\"", esc_json)
        d("    }" + ("," if i < len(msgs) - 1 else ""))
    d("  ]")
    d("}")
    return d


def f_airgram(c, r, L, base):
    d = c.doc("meetings/airgram/%s-%s.md" % (T(base, "%Y-%m-%d"), r.pick(c.systems)), free_text=True, lang=L["code"])
    items, w = doc_items(c, r, L)
    d("# %s" % title(c, r, L))
    d("")
    d("**Date:** %s  " % T(base, "%Y-%m-%d %H:%M"))
    d("**Attendees:** %s" % ", ".join(p[0] for p in c.people[:4]))
    d("")
    d("## Notes")
    d("")
    _md_items(d, items)
    d("")
    d("## Action items")
    d("")
    for p in c.people[:2]:
        d("- [ ] %s: %s" % (p[0], r.pick(L["chatter"])))
    d("")
    d("> ", policy_item(c, L))
    return d


# ---------------------------------------------------------------- forums
def f_smf(c, r, L, base):
    tid = r.randrange(100, 9999)
    d = c.doc("forum/smf/topic-%d.txt" % tid, free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    d("Topic: %s  (Read %d times)" % (title(c, r, L), r.randrange(20, 400)))
    for i, m in enumerate(msgs):
        d("")
        if i == 0:
            d("« on: %s »" % T(base + m.t, "%B %d, %Y, %I:%M:%S %p"))
        else:
            d("« Reply #%d on: %s »" % (i, T(base + m.t, "%B %d, %Y, %I:%M:%S %p")))
        d("[b]%s[/b]" % name(c, m.who))
        code = len(m.lines) == 2
        for j, ln in enumerate(m.lines):
            if code and j == 1:
                emit(d, "[code]", ln, "[/code]")
            else:
                emit(d, "", ln)
    return d


def f_talkyard(c, r, L, base):
    pid = r.randrange(100, 9999)
    d = c.doc("forum/talkyard/page-%d.json" % pid, free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L)
    d("{")
    d("  \"pageId\": \"%d\"," % pid)
    d("  \"title\": \"%s\"," % esc_json(title(c, r, L)))
    d("  \"posts\": [")
    for i, m in enumerate(msgs):
        d("    {")
        d("      \"nr\": %d," % (i + 1))
        d("      \"authorUsername\": \"%s\"," % handle(c, m.who))
        d("      \"createdAt\": %d," % ((base + m.t) * 1000))
        emit(d, "      \"approvedSource\": \"", flat(m.lines), "\"", esc_json)
        d("    }" + ("," if i < len(msgs) - 1 else ""))
    d("  ]")
    d("}")
    return d


# ---------------------------------------------------------------- patches and pull requests
def _diff_hunk(c, r, d, prefix=""):
    sys = r.pick(c.systems)
    d(prefix + "diff --git a/config/%s.env b/config/%s.env" % (sys, sys))
    d(prefix + "index ", N("%s..%s" % (r.hex(12), r.hex(12)), "git-blob-ids"), " 100644")
    d(prefix + "--- a/config/%s.env" % sys)
    d(prefix + "+++ b/config/%s.env" % sys)
    d(prefix + "@@ -1,4 +1,4 @@")
    d(prefix + " %s_HOST=%s" % (sys.upper().replace("-", "_"), c.host(sys)))
    if r.chance(0.5):
        d(prefix + "-%s_PASSWORD=" % sys.upper().replace("-", "_"), S(c.pw(r), "rotated-password", note="rotated"))
    else:
        d(prefix + "-%s_PASSWORD=" % sys.upper().replace("-", "_"), N("${%s_PASSWORD}" % sys.upper().replace("-", "_"),
                                                                     "env-reference"))
    d(prefix + "+%s_PASSWORD=" % sys.upper().replace("-", "_"), S(c.pw(r), "password-in-diff"))
    d(prefix + " %s_TIMEOUT=30" % sys.upper().replace("-", "_"))
    return sys


def f_patchwork(c, r, L, base):
    n = r.randrange(1000, 99999)
    d = c.doc("review/patchwork/series-%d.mbox" % n, free_text=True, lang=L["code"])
    a, b = r.sample(range(len(c.people)), 2)
    subj = "[PATCH v2] config: rotate credentials after the %s move" % r.pick(c.systems)
    d("From %s Mon Sep 17 00:00:00 2001" % r.hex(40))
    d("From: %s <%s>" % (name(c, a), c.email(handle(c, a))))
    d("Date: %s %s" % (T(base, "%a, %d %b %Y %H:%M:%S"), c.t["tz"].replace(":", "")))
    d("Subject: %s" % subj)
    mid = "%d-%s@%s" % (base, r.hex(6), c.domain)
    d("Message-Id: <%s>" % mid)
    d("")
    w = Writer(c, r, L)
    d(r.pick(L["chatter"]))
    d("")
    d("Signed-off-by: %s <%s>" % (name(c, a), c.email(handle(c, a))))
    d("---")
    d(" config/... | 2 +-")
    d(" 1 file changed, 1 insertion(+), 1 deletion(-)")
    d("")
    _diff_hunk(c, r, d)
    d("-- ")
    d("2.47.1")
    d("")
    msgs = chat_script(c, r, L, n_secret=r.pick([0, 0, 1]), n_neg=r.pick([0, 1]))
    d("From %s@%s %s" % (handle(c, b), c.domain, T(base + 7200, "%a %b %d %H:%M:%S %Y")))
    d("From: %s <%s>" % (name(c, b), c.email(handle(c, b))))
    d("Subject: Re: %s" % subj)
    d("In-Reply-To: <%s>" % mid)
    d("")
    d("> Signed-off-by: %s <%s>" % (name(c, a), c.email(handle(c, a))))
    d("")
    for m in msgs:
        for ln in m.lines:
            emit(d, "", ln)
    d("")
    d("Reviewed-by: %s <%s>" % (name(c, b), c.email(handle(c, b))))
    return d


def f_pullrequest(c, r, L, base):
    n = r.randrange(10, 900)
    d = c.doc("review/pull-requests/PR-%d.md" % n, free_text=True, lang=L["code"])
    msgs = chat_script(c, r, L, n_secret=r.pick([0, 0, 1]), n_neg=r.pick([0, 1]))
    d("# %s (#%d)" % (title(c, r, L), n))
    d("")
    d("**%s** opened this pull request on %s" % (handle(c, msgs[0].who), T(base, "%Y-%m-%d")))
    d("")
    d(r.pick(L["chatter"]))
    d("")
    d("```diff")
    _diff_hunk(c, r, d)
    d("```")
    for m in msgs:
        d("")
        d("---")
        d("**%s** commented on %s" % (handle(c, m.who), T(base + m.t, "%Y-%m-%d %H:%M")))
        d("")
        for ln in m.lines:
            emit(d, "", ln)
    return d


# ---------------------------------------------------------------- documents
def _md_items(d, items, code_fence=True):
    for it in items:
        if it.kind == "para":
            for ln in it.lines:
                emit(d, "", ln)
        elif it.kind == "bullet":
            for ln in it.lines:
                emit(d, "- ", ln)
        elif it.kind == "code":
            d("```")
            for ln in it.lines:
                emit(d, "", ln)
            d("```")
        elif it.kind == "table":
            d("")
            d("| host | user | password |")
            d("|---|---|---|")
            for row in it.lines:
                emit(d, "| %s | %s | " % (row[0], row[1]), [row[2]], " |")
            d("")


def f_readme_com(c, r, L, base):
    slug = "%s-%s" % (c.slug[:16], r.pick(c.systems))
    d = c.doc("docs/readme/%s.md" % slug, free_text=True, lang=L["code"])
    items, w = doc_items(c, r, L)
    d("---")
    d("title: \"%s\"" % title(c, r, L).replace("\"", "'"))
    d("slug: \"%s\"" % slug)
    d("excerpt: \"%s\"" % r.pick(L["chatter"]).replace("\"", "'"))
    d("hidden: false")
    d("---")
    d(r.pick(L["chatter"]))
    d("")
    for it in items:
        if it.kind == "table":
            d("[block:parameters]")
            d("{")
            d("  \"data\": {")
            d("    \"h-0\": \"Host\",")
            d("    \"h-1\": \"User\",")
            d("    \"h-2\": \"%s\"," % esc_json(L["i18n"]["password"]))
            cells = []
            for i, row in enumerate(it.lines):
                cells.append(("%d-0" % i, [row[0]]))
                cells.append(("%d-1" % i, [row[1]]))
                cells.append(("%d-2" % i, [row[2]]))
            for j, (k, parts) in enumerate(cells):
                emit(d, "    \"%s\": \"" % k, parts, "\"" + ("," if j < len(cells) - 1 else ""), esc_json)
            d("  },")
            d("  \"cols\": 3,")
            d("  \"rows\": %d" % len(it.lines))
            d("}")
            d("[/block]")
        else:
            _md_items(d, [it])
        d("")
    d("[block:callout]")
    d("{")
    d("  \"type\": \"warning\",")
    emit(d, "  \"body\": \"", [policy_item(c, L)], "\"", esc_json)
    d("}")
    d("[/block]")
    return d


def f_writerside(c, r, L, base):
    tid = "%s-%s" % (c.slug[:16], r.pick(c.systems))
    d = c.doc("docs/writerside/topics/%s.topic" % tid, free_text=True, lang=L["code"])
    items, w = doc_items(c, r, L)
    d("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    d("<!DOCTYPE topic SYSTEM \"https://resources.jetbrains.com/writerside/1.0/xhtml-entities.dtd\">")
    d("<topic xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
    d("       xsi:noNamespaceSchemaLocation=\"https://resources.jetbrains.com/writerside/1.0/topic.v2.xsd\"")
    d("       title=\"%s\" id=\"%s\">" % (esc_xml(title(c, r, L)), tid))
    d("    <p>%s</p>" % xesc(r.pick(L["chatter"])))
    for it in items:
        if it.kind == "para":
            for ln in it.lines:
                emit(d, "    <p>", ln, "</p>", xesc)
        elif it.kind == "bullet":
            d("    <list>")
            for ln in it.lines:
                emit(d, "        <li>", ln, "</li>", xesc)
            d("    </list>")
        elif it.kind == "code":
            for ln in it.lines:
                emit(d, "    <code-block lang=\"bash\">", ln, "</code-block>", xesc)
        elif it.kind == "table":
            d("    <table>")
            d("        <tr><td>Host</td><td>User</td><td>%s</td></tr>" % xesc(L["i18n"]["password"]))
            for row in it.lines:
                emit(d, "        <tr><td>%s</td><td>%s</td><td>" % (row[0], row[1]), [row[2]], "</td></tr>", xesc)
            d("    </table>")
    d("    <note>")
    emit(d, "        <p>", [policy_item(c, L)], "</p>", xesc)
    d("    </note>")
    d("</topic>")
    return d


def _dox_line(d, parts, prefix=""):
    ps = list(parts)
    first = plain(ps)
    pre = "\\" if first.startswith(("@", "\\")) else ""
    emit(d, prefix + pre, ps)


def f_doxygen(c, r, L, base):
    page = "%s_ops" % c.slug[:14].strip("-").replace("-", "_")
    d = c.doc("docs/doxygen/%s.dox" % page, free_text=True, lang=L["code"])
    items, w = doc_items(c, r, L)
    d("/*!")
    d("\\page %s %s" % (page, title(c, r, L)))
    d("")
    d("\\section %s_access Access" % page)
    d("")
    for it in items:
        if it.kind == "para":
            for ln in it.lines:
                _dox_line(d, ln)
            d("")
        elif it.kind == "bullet":
            for ln in it.lines:
                _dox_line(d, ln, " - ")
            d("")
        elif it.kind == "code":
            d("\\code{.sh}")
            for ln in it.lines:
                emit(d, "", ln)
            d("\\endcode")
            d("")
        elif it.kind == "table":
            d("<table>")
            d("<tr><th>Host</th><th>User</th><th>%s</th></tr>" % L["i18n"]["password"])
            for row in it.lines:
                emit(d, "<tr><td>%s</td><td>%s</td><td>" % (row[0], row[1]), [row[2]], "</td></tr>")
            d("</table>")
            d("")
    d("\\par Policy")
    _dox_line(d, [policy_item(c, L)])
    d("*/")
    return d


def _plain_items(d, items, bullet="* "):
    for it in items:
        if it.kind == "para":
            for ln in it.lines:
                emit(d, "", ln)
        elif it.kind == "bullet":
            for ln in it.lines:
                emit(d, bullet, ln)
        elif it.kind == "code":
            for ln in it.lines:
                emit(d, "    ", ln)
        elif it.kind == "table":
            for row in it.lines:
                emit(d, "  %-32s %-12s " % (row[0], row[1]), [row[2]])
        d("")


def f_handover(c, r, L, base):
    d = c.doc("docs/handover-%s.txt" % T(base, "%Y-%m"), free_text=True, lang=L["code"])
    items, w = doc_items(c, r, L, n_secret=r.pick([1, 1, 2]))
    a, b = r.sample(c.people, 2)
    d("HANDOVER — %s" % c.org)
    d("%s -> %s, %s" % (a[0], b[0], T(base, "%Y-%m-%d")))
    d("=" * 40)
    d("")
    _plain_items(d, items)
    d("", policy_item(c, L))
    return d


def f_runbook(c, r, L, base):
    d = c.doc("ops/%s/README.md" % r.pick(c.systems), free_text=True, lang=L["code"])
    items, w = doc_items(c, r, L)
    d("# %s" % title(c, r, L))
    d("")
    d(r.pick(L["chatter"]))
    d("")
    d("## Access")
    d("")
    _md_items(d, items)
    d("")
    d("## Policy")
    d("")
    d("", policy_item(c, L))
    return d


def f_minutes(c, r, L, base):
    d = c.doc("docs/minutes/%s.txt" % T(base, "%Y-%m-%d"), free_text=True, lang=L["code"])
    items, w = doc_items(c, r, L)
    d("%s — %s" % (c.org, T(base, "%Y-%m-%d")))
    d("Present: %s" % ", ".join(p[0] for p in c.people[:5]))
    d("")
    for i, it in enumerate(items):
        d("%d." % (i + 1))
        _plain_items(d, [it], bullet="   - ")
    d("", policy_item(c, L))
    return d


FORMATS = {"irccloud": f_irccloud, "empathy": f_empathy, "whereby": f_whereby, "libredesk": f_libredesk,
           "backlog": f_backlog, "evolution": f_evolution, "sylpheed": f_sylpheed, "mailbird": f_mailbird,
           "assemblyai": f_assemblyai, "airgram": f_airgram, "smf": f_smf, "talkyard": f_talkyard,
           "patchwork": f_patchwork, "pullrequest": f_pullrequest, "readme-com": f_readme_com,
           "writerside": f_writerside, "doxygen": f_doxygen, "handover": f_handover, "runbook": f_runbook,
           "minutes": f_minutes}


def pasted_key_draft(c, r, key, L):
    """A PEM key pasted into a Mailbird draft (free text)."""
    d = c.doc("mail/mailbird/drafts/%s.eml" % r.hex(12), crlf=True, free_text=True, lang=L["code"])
    frm = 0
    to = 1
    for h in _headers(c, r, frm, to, "key for %s" % c.host(r.pick(c.systems)), BASE_TS + r.randrange(86400 * 300),
                      c.t["tz"], ["X-Mailer: Mailbird 3.0.28.0", "X-Mailbird-Draft: 1"]):
        d(h)
    d("")
    d(r.pick(L["greet"]))
    d("")
    wrap = key.wrapping(False)
    d.multi(S("", "private-key-%s-%s" % (wrap, key.kind), key_check="%s/%s" % (key.kind, wrap)), key.pem_private())
    d("")
    d(r.pick(L["chatter"]))
    return d
