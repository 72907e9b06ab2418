"""Free text, part B: e-mail (4 formats), wiki runbooks (7 markups), notes (5 apps)."""

import html

import frame21 as F
import talk21 as T
from prose21a import _put, J, X

SAFE = "\"'\\ #;$`&<>%{}=,:@/|()[]!*^~"


def _mail_story(cx, en):
    """Lines [(text, item)] of a credentials e-mail, and the password (for quoting)."""
    sender, rcpt = cx.two()
    sys1 = cx.sys()
    user = "%s.%s" % (rcpt.short, cx.v["short"])
    p = cx.pw(forbid="\\<>&\"")
    lines = [("%s %s," % (cx.w("hello", en), rcpt.first), None), ("", None),
             ("%s: https://%s.%s/" % (sys1, sys1.split()[0].lower(), cx.v["domain"]), None),
             ("%s: %s" % (cx.w("user", en), user), None),
             ("%s: %s" % (cx.w("password", en), p), (T.SECRET, p, "password-email", "generic"))]
    if cx.chance(0.5):
        key, item = T.token_item(cx)
        lines.append((cx.say("tok", en, sys=T.K.vendor_of(key), v=item[1]), item))
    pol = cx.lang["policy"][0] if not en else cx.en["policy"][0]
    lines += [("", None), (pol, (T.NEG, pol, "policy-text")), ("", None), (cx.w("bye", en), None), (sender.name, None)]
    return sender, rcpt, lines, p


def _headers(cx, sender, rcpt, subject, t):
    return ["From: %s <%s>" % (sender.name, sender.email), "To: %s <%s>" % (rcpt.name, rcpt.email),
            "Subject: %s" % subject, "Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0100"),
            "Message-ID: <%s@%s>" % (cx.hexs(24), cx.v["domain"])]


def maildir(cx):
    en = cx.chance(0.25)
    sender, rcpt, lines, p = _mail_story(cx, en)
    t = cx.day()
    d = cx.doc("mail/Maildir/cur/%d.M%dP%d.mail01,S=%d:2,S" % (int(t.timestamp()), cx.rng.randint(100000, 999999),
                                                               cx.rng.randint(1000, 99999), cx.rng.randint(2000, 9000)), ft=True)
    b = "----=_Part_%d_%d" % (cx.rng.randint(10 ** 5, 10 ** 6), cx.rng.randint(10 ** 8, 10 ** 9))
    d.l("Return-Path: <%s>" % sender.email, "Delivered-To: %s" % rcpt.email,
        "Received: from mail01.%s by mx.%s with ESMTPS; %s" % (cx.v["domain"], cx.v["domain"], t.strftime("%a, %d %b %Y %H:%M:%S +0100")))
    d.l(*_headers(cx, sender, rcpt, cx.w("subject", en), t))
    d.l("MIME-Version: 1.0", 'Content-Type: multipart/alternative; boundary="%s"' % b, "", "--" + b,
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "")
    for text, item in lines:
        _put(d, text, item, lambda s: s)
    d.l("", "--" + b, "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", "<html><body>")
    d.s("<p>%s: <code>%s</code></p>" % (html.escape(cx.w("password", en)), html.escape(p)), html.escape(p), "password-email")
    d.l("</body></html>", "", "--" + b + "--")


def postcat(cx):
    en = cx.chance(0.25)
    sender, rcpt, lines, p = _mail_story(cx, en)
    qid = cx.rs(10, "0123456789ABCDEF")
    t = cx.day()
    d = cx.doc("mail/postfix-queue/postcat-%s.txt" % qid, ft=True)
    q = "deferred/%s/%s" % (qid[0], qid)
    d.l("*** ENVELOPE RECORDS %s ***" % q,
        "message_size:            %d             412               1               0            %d" % ((cx.rng.randint(2000, 5000),) * 2),
        "message_arrival_time: %s" % t.strftime("%a %b %d %H:%M:%S %Y"), "create_time: %s" % t.strftime("%a %b %d %H:%M:%S %Y"),
        "named_attribute: rewrite_context=local", "sender: %s" % sender.email, "original_recipient: %s" % rcpt.email,
        "recipient: %s" % rcpt.email, "*** MESSAGE CONTENTS %s ***" % q,
        "Received: by mail01.%s (Postfix, from userid 0)" % cx.v["domain"], "\tid %s; %s" % (qid, t.strftime("%a, %d %b %Y %H:%M:%S +0100 (CET)")))
    d.l(*_headers(cx, sender, rcpt, cx.w("subject", en), t))
    d.l("")
    for text, item in lines:
        _put(d, text, item, lambda s: s)
    d.l("*** HEADER EXTRACTED %s ***" % q, "named_attribute: encoding=8bit", "*** MESSAGE FILE END %s ***" % q)


def digest(cx):
    en = cx.chance(0.3)
    sender, rcpt, lines, p = _mail_story(cx, en)
    lst = "%s-ops" % cx.v["short"]
    t = cx.day()
    vol, iss = cx.rng.randint(3, 19), cx.rng.randint(1, 40)
    d = cx.doc("mail/digests/%s-digest-vol%d-issue%d.txt" % (lst, vol, iss), ft=True)
    subj = cx.w("subject", en)
    d.l("From: %s-request@lists.%s" % (lst, cx.v["domain"]), "Subject: %s Digest, Vol %d, Issue %d" % (lst, vol, iss),
        "To: %s@lists.%s" % (lst, cx.v["domain"]), "Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0100"),
        'Content-Type: text/plain; charset="utf-8"', "", "Send %s mailing list submissions to" % lst,
        "\t%s@lists.%s" % (lst, cx.v["domain"]), "", "Today's Topics:", "", "   1. %s (%s)" % (subj, sender.name),
        "   2. Re: %s (%s)" % (subj, rcpt.name), "", "-" * 70, "", "Message: 1")
    d.l(*_headers(cx, sender, rcpt, subj, t)[:4])
    d.l("")
    for text, item in lines:
        _put(d, text, item, lambda s: s)
    d.l("", "-" * 30, "", "Message: 2")
    d.l(*_headers(cx, rcpt, sender, "Re: " + subj, cx.tick())[:4])
    d.l("", cx.say("thanks", en), "", "%s %s:" % (t.strftime("%Y-%m-%d %H:%M"), sender.name))
    for text, item in lines[:6]:
        if item and item[0] == T.SECRET:
            _put(d, "> " + text, item, lambda s: s)
        else:
            d.l(("> " + text).rstrip())
    d.l("", "End of %s Digest, Vol %d, Issue %d" % (lst, vol, iss), "*" * 39)


def hyperkitty(cx):
    """Mailman 3 archive (HyperKitty REST API) capture of one thread; the reply quotes the credentials."""
    en = cx.chance(0.3)
    sender, rcpt, lines, p = _mail_story(cx, en)
    lst = "%s-ops@lists.%s" % (cx.v["short"], cx.v["domain"])
    t = cx.day()
    d = cx.doc("mail/hyperkitty/%s-thread-%s.json" % (cx.v["short"], cx.hexs(8)), ft=True)
    d.l("{", '  "mailinglist": "https://lists.%s/hyperkitty/api/list/%s/",' % (cx.v["domain"], lst), '  "emails": [')
    # one JSON string per e-mail body; each body carries exactly one credential so it fits one label
    first = lines[:5]
    d.l("    {")
    d.l('      "message_id_hash": "%s",' % cx.rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        '      "subject": "%s",' % J(cx.w("subject", en)), '      "sender_name": "%s",' % J(sender.name),
        '      "date": "%s",' % t.strftime("%Y-%m-%dT%H:%M:%SZ"))
    body = "\n".join(text for text, _ in first)
    _put(d, '      "content": "%s"' % J(body), first[4][1], J)
    d.l("    },", "    {", '      "message_id_hash": "%s",' % cx.rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        '      "subject": "%s",' % J("Re: " + cx.w("subject", en)), '      "sender_name": "%s",' % J(rcpt.name),
        '      "date": "%s",' % cx.tick().strftime("%Y-%m-%dT%H:%M:%SZ"))
    quoted = cx.say("thanks", en) + "\n\n" + "\n".join("> " + text for text, _ in first)
    _put(d, '      "content": "%s"' % J(quoted), first[4][1], J)
    d.l("    }", "  ]", "}")


# ---------------------------------------------------------------- wiki runbooks
def _cli(cx):
    """(command line, password) with a credential on the command line."""
    h = cx.host(cx.pick(["db1", "bmc01", "mqtt", "redis1", "fs1", "dc1", "pg2"]))
    p = cx.pw(forbid=SAFE)
    c = cx.pick([
        "mysql -h %s -u monitor -p'%s' -e 'SHOW REPLICA STATUS\\G'" % (h, p),
        "ipmitool -I lanplus -H %s -U ADMIN -P %s chassis status" % (h, p),
        "mosquitto_sub -h %s -p 8883 -u ops -P %s -t 'site/#' -v" % (h, p),
        "redis-cli -h %s -a %s --no-auth-warning info replication" % (h, p),
        "smbclient //%s/share -U svc-scan%%%s -c 'ls'" % (h, p),
        "ldapsearch -x -H ldaps://%s -D 'cn=svc-read,dc=%s' -w %s -b 'dc=%s' '(uid=*)'" % (h, cx.v["short"], p, cx.v["short"]),
        "keytool -list -keystore /opt/app/conf/app.jks -storepass %s" % p,
        "openssl pkcs12 -in client.p12 -nodes -passin pass:%s -out client.pem" % p,
        "rabbitmqctl add_user svc-%s %s" % (cx.v["short"], p),
    ])
    return c, p


def _wiki_parts(cx):
    rows = T.device_rows(cx, 3)
    cmd, p = _cli(cx)
    vt, vitem = T.vault_item(cx)
    ph = "curl -u admin:%s https://%s/api/status" % (cx.lang["ph"], cx.host("gw"))
    return rows, (cmd, (T.SECRET, p, "password-command-line", "generic")), (vt, vitem), (ph, (T.NEG, cx.lang["ph"], "placeholder"))


def docbook(cx):
    rows, cmd, note, ph = _wiki_parts(cx)
    d = cx.doc("wiki/docbook/runbook-%s.dbk" % cx.sys().split()[0].lower(), ft=True)
    d.l('<?xml version="1.0" encoding="UTF-8"?>',
        '<article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="%s">' % cx.code,
        "  <title>Runbook: %s</title>" % X(cx.sys()), "  <section>", "    <title>%s</title>" % X(cx.w("subject")),
        "    <informaltable>", '      <tgroup cols="4">',
        "        <thead><row><entry>%s</entry><entry>Host</entry><entry>%s</entry><entry>%s</entry></row></thead>" % (
            X(cx.w("device")), X(cx.w("user")), X(cx.w("password"))), "        <tbody>")
    for dev, host, user, v, item in rows:
        _put(d, "          <row><entry>%s</entry><entry>%s</entry><entry>%s</entry><entry>%s</entry></row>" % (
            X(dev), host, user, X(v)), item, X)
    d.l("        </tbody>", "      </tgroup>", "    </informaltable>", "    <screen>")
    _put(d, X(cmd[0]), cmd[1], X)
    d.l("</screen>")
    _put(d, "    <note><para>%s</para></note>" % X(note[0]), note[1], X)
    _put(d, "    <programlisting>%s</programlisting>" % X(ph[0]), ph[1], X)
    d.l("  </section>", "</article>")


def _texi(s):
    return s.replace("@", "@@").replace("{", "@{").replace("}", "@}")


def texinfo(cx):
    rows, cmd, note, ph = _wiki_parts(cx)
    d = cx.doc("wiki/texinfo/runbook.texi", ft=True)
    d.l("\\input texinfo", "@setfilename runbook.info", "@settitle Runbook %s" % cx.sys(), "", "@node Top",
        "@top Runbook: %s" % cx.sys(), "", "@section %s" % cx.w("subject"), "@multitable @columnfractions .3 .3 .2 .2",
        "@headitem %s @tab Host @tab %s @tab %s" % (cx.w("device"), cx.w("user"), cx.w("password")))
    for dev, host, user, v, item in rows:
        _put(d, "@item %s @tab %s @tab %s @tab %s" % (dev, host, user, _texi(v)), item, _texi)
    d.l("@end multitable", "", "@example")
    _put(d, _texi(cmd[0]), cmd[1], _texi)
    d.l("@end example", "")
    d.l("@quotation Note")
    _put(d, _texi(note[0]), note[1], _texi)
    d.l("@end quotation", "", "@example")
    _put(d, _texi(ph[0]), ph[1], _texi)
    d.l("@end example", "", "@bye")


def _roff(s):
    return s.replace("\\", "\\e").replace("-", "\\-")


def manpage(cx):
    rows, cmd, note, ph = _wiki_parts(cx)
    tool = "%s-ops" % cx.v["short"]
    d = cx.doc("wiki/man/man8/%s.8" % tool, ft=True)
    d.l('.TH %s 8 "%s" "%s" "Operations"' % (tool.upper(), cx.day().strftime("%Y-%m-%d"), cx.v["org"]), ".SH NAME",
        "%s \\- operations notes for %s" % (tool, cx.sys()), ".SH DEVICES", ".TS", "tab(|);", "l l l l.",
        "%s|Host|%s|%s" % (cx.w("device"), cx.w("user"), cx.w("password")))
    for dev, host, user, v, item in rows:
        _put(d, "%s|%s|%s|%s" % (dev, _roff(host), user, _roff(v)), item, _roff)
    d.l(".TE", ".SH EXAMPLES", ".PP", ".nf")
    _put(d, _roff(cmd[0]), cmd[1], _roff)
    d.l(".fi", ".SH NOTES")
    _put(d, _roff(note[0]), note[1], _roff)
    d.l(".PP", ".nf")
    _put(d, _roff(ph[0]), ph[1], _roff)
    d.l(".fi", ".SH AUTHOR", cx.person().name)


def pod(cx):
    rows, cmd, note, ph = _wiki_parts(cx)
    d = cx.doc("wiki/pod/%s-runbook.pod" % cx.v["short"], ft=True)
    d.l("=encoding utf8", "", "=head1 NAME", "", "%s runbook - %s" % (cx.v["short"], cx.sys()), "", "=head1 DEVICES", "",
        "=over 4", "")
    for dev, host, user, v, item in rows:
        d.l("=item %s (%s)" % (dev, host), "")
        _put(d, "%s: %s, %s: %s" % (cx.w("user"), user, cx.w("password"), v), item, lambda s: s)
        d.l("")
    d.l("=back", "", "=head1 EXAMPLES", "")
    _put(d, "  " + cmd[0], cmd[1], lambda s: s)
    d.l("")
    _put(d, "  " + ph[0], ph[1], lambda s: s)
    d.l("", "=head1 NOTES", "")
    _put(d, note[0], note[1], lambda s: s)
    d.l("", "=cut")


def gemtext(cx):
    rows, cmd, note, ph = _wiki_parts(cx)
    d = cx.doc("wiki/gemini/%s-runbook.gmi" % cx.sys().split()[0].lower(), ft=True)
    d.l("# Runbook: %s" % cx.sys(), "", "## %s" % cx.w("subject"))
    for dev, host, user, v, item in rows:
        _put(d, "* %s — %s — %s / %s" % (dev, host, user, v), item, lambda s: s)
    d.l("", "```shell")
    _put(d, cmd[0], cmd[1], lambda s: s)
    _put(d, ph[0], ph[1], lambda s: s)
    d.l("```", "")
    _put(d, "> " + note[0], note[1], lambda s: s)
    d.l("=> https://wiki.%s/ops back to the index" % cx.v["domain"])


def djot(cx):
    rows, cmd, note, ph = _wiki_parts(cx)
    d = cx.doc("wiki/djot/%s.dj" % cx.sys().split()[0].lower(), ft=True)
    d.l("# Runbook: %s" % cx.sys(), "", "| %s | Host | %s | %s |" % (cx.w("device"), cx.w("user"), cx.w("password")),
        "|--|--|--|--|")
    for dev, host, user, v, item in rows:
        _put(d, "| %s | `%s` | %s | `%s` |" % (dev, host, user, v), item, lambda s: s)
    d.l("", "``` sh")
    _put(d, cmd[0], cmd[1], lambda s: s)
    d.l("```", "")
    _put(d, "{.note} " + note[0], note[1], lambda s: s)
    d.l("", "``` sh")
    _put(d, ph[0], ph[1], lambda s: s)
    d.l("```")


def muse(cx):
    rows, cmd, note, ph = _wiki_parts(cx)
    d = cx.doc("wiki/muse/%s-runbook.muse" % cx.v["short"], ft=True)
    d.l("#title Runbook: %s" % cx.sys(), "", "* %s" % cx.w("subject"), "",
        " %s || Host || %s || %s" % (cx.w("device"), cx.w("user"), cx.w("password")))
    for dev, host, user, v, item in rows:
        _put(d, " %s | %s | %s | =%s=" % (dev, host, user, v), item, lambda s: s)
    d.l("", "<example>")
    _put(d, cmd[0], cmd[1], lambda s: s)
    _put(d, ph[0], ph[1], lambda s: s)
    d.l("</example>", "")
    _put(d, note[0], note[1], lambda s: s)


# ---------------------------------------------------------------- notes
def _note_items(cx):
    """[(text, item)]: a device password, a Wi-Fi key, a token or temporary password, a vault note."""
    out = [("%s %s: %s" % (cx.t["devices"][0][0], cx.w("password"), cx.pw(forbid="\\")), None)]
    out[0] = (out[0][0], (T.SECRET, out[0][0].rsplit(": ", 1)[1], "password-note", "generic"))
    w = cx.pw(style=cx.pick(["phrase", "human"]), space=True, forbid="\\")
    out.append((cx.say("wifi", ssid=cx.ssid(), v=w), (T.SECRET, w, "wifi-psk", "generic")))
    if cx.chance(0.8):
        key, item = T.token_item(cx)
        out.append((cx.say("tok", sys=T.K.vendor_of(key), v=item[1]), item))
    vt, vi = T.vault_item(cx)
    out.append((vt, vi))
    cx.rng.shuffle(out)
    return out


def standard_notes(cx):
    d = cx.doc("notes/standard-notes-backup.json", ft=True)
    items = _note_items(cx)
    d.l("{", '  "version": "004",', '  "items": [')
    for i, (text, item) in enumerate(items):
        t = cx.tick()
        line = '    {"uuid": "%s", "content_type": "Note", "created_at": "%s", "content": {"title": "%s", "text": "%s", "references": []}}%s' % (
            cx.uuid(), t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), J(cx.sys()), J(cx.say("chat") + "\n" + text), "," if i < len(items) - 1 else "")
        _put(d, line, item, J)
    d.l("  ]", "}")


def tomboy(cx):
    d = cx.doc("notes/tomboy/%s.note" % cx.uuid(), ft=True)
    title = "%s %s" % (cx.sys(), cx.day().strftime("%Y-%m-%d"))
    d.l('<?xml version="1.0" encoding="utf-8"?>',
        '<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" '
        'xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">',
        "  <title>%s</title>" % X(title), '  <text xml:space="preserve"><note-content version="0.1">%s' % X(title))
    for text, item in _note_items(cx):
        _put(d, X(text), item, X)
    d.l("</note-content></text>", "  <last-change-date>%s</last-change-date>" % cx.tick().strftime("%Y-%m-%dT%H:%M:%S.0000000+01:00"),
        "  <open-on-startup>False</open-on-startup>", "</note>")


def cherrytree(cx):
    d = cx.doc("notes/cherrytree/%s.ctd" % cx.v["short"], ft=True)
    t = int(cx.day().timestamp())
    d.l('<?xml version="1.0" encoding="UTF-8"?>', "<cherrytree>",
        '  <node name="%s" unique_id="1" prog_lang="custom-colors" tags="" readonly="0" custom_icon_id="0" is_bold="0" '
        'foreground="" ts_creation="%d" ts_lastsave="%d">' % (X(cx.sys()), t, t + 600), "    <rich_text>%s" % X(cx.say("chat")))
    for text, item in _note_items(cx):
        _put(d, X(text), item, X)
    d.l("</rich_text>", "  </node>", "</cherrytree>")


def jrnl(cx):
    d = cx.doc("notes/jrnl/%s.txt" % cx.v["short"], ft=True)
    t = cx.day()
    d.l("[%s] %s" % (t.strftime("%Y-%m-%d %H:%M"), cx.sys()), cx.say("chat"))
    for text, item in _note_items(cx):
        _put(d, text, item, lambda s: s)
    d.l("", "[%s] %s" % (cx.day().strftime("%Y-%m-%d %H:%M"), cx.say("chat")), cx.say("chat"))


def dayone(cx):
    d = cx.doc("notes/dayone/Journal.json", ft=True)
    items = _note_items(cx)
    d.l("{", '  "metadata": {"version": "1.0"},', '  "entries": [')
    for i, (text, item) in enumerate(items):
        t = cx.tick()
        line = '    {"uuid": "%s", "creationDate": "%s", "timeZone": "Europe/Copenhagen", "text": "%s", "tags": ["work"]}%s' % (
            cx.hexs(32).upper(), t.strftime("%Y-%m-%dT%H:%M:%SZ"), J(cx.sys() + "\n\n" + text), "," if i < len(items) - 1 else "")
        _put(d, line, item, J)
    d.l("  ]", "}")


FORMATS = {
    "email": {"maildir": (maildir, None), "postcat": (postcat, None), "rfc1153-digest": (digest, None),
              "hyperkitty-json": (hyperkitty, None)},
    "wiki": {"docbook": (docbook, None), "texinfo": (texinfo, None), "manpage": (manpage, None), "pod": (pod, None),
             "gemtext": (gemtext, None), "djot": (djot, None), "muse": (muse, None)},
    "notes": {"standard-notes": (standard_notes, None), "tomboy": (tomboy, None), "cherrytree": (cherrytree, None),
              "jrnl": (jrnl, None), "dayone": (dayone, None)},
}
