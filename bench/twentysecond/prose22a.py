"""Free text, part A: conversation scripts, chat exports (8 formats), tickets (7) and e-mail (3)."""
import json
from urllib.parse import quote

from core22 import Doc
from lang22 import L
import prov22


PWPH = {"pt": "senha", "it": "password", "fr": "mot-de-passe", "nb": "passord", "sk": "heslo", "nl": "wachtwoord",
        "es": "contrasena", "pl": "haslo", "el": "kodikos", "hu": "jelszo"}


# ---------------------------------------------------------------- scripts
def script(th, lang):
    """A short conversation: list of (speaker, text, label) with label = (kind, value, cat, group) or None."""
    r, d, v = th.v.r, L[lang], th.v
    a, b = th.person(), th.person()
    sysname = th.sys()
    msgs = [(a, d["hello"] + ", " + r.choice(d["ask"]).format(sys=sysname), None)]
    pw = v.pw(spaces=r.random() < 0.2, style=r.choice([None, None, "weak", "phrase", "leet", "punct"]))
    msgs.append((b, r.choice(d["ans"]).format(v=pw), ("secret", pw, "chat-password", "generic")))
    msgs.append((a, r.choice(d["ok"]), None))
    tok, shape = th.provider()
    msgs.append((b, r.choice(d["tok"]).format(svc=shape.split("-")[0].capitalize(), v=tok), ("secret", tok, "provider-" + shape, "provider")))
    extra = [r.choice(["tmp", "wifi", "old", "pw", "none", "none", "none", "none"]), r.choice(["vault", "nopost", "policy"]), r.choice(["reqid", "masked", "sha", "imei"])]
    for e in extra:
        if e == "tmp":
            t = v.pw(style=r.choice(["weak", "alnum", "punct"]))
            msgs.append((b, r.choice(d["tmp"]).format(u=th.user(), v=t), ("secret", t, "temporary-password", "generic")))
        elif e == "wifi":
            t = v.pw(style=r.choice(["phrase", "weak", "leet", "strong"]), spaces=r.random() < 0.3)
            msgs.append((a, r.choice(d["wifi"]).format(ssid=th.ssid(), v=t), ("secret", t, "wifi-psk", "generic")))
        elif e == "old":
            t, sh = th.provider()
            msgs.append((a, r.choice(d["old"]).format(v=t), ("secret", t, "provider-" + sh, "provider")))
        elif e == "pw":
            t = v.pw()
            msgs.append((b, r.choice(d["pw"]).format(sys=th.sys(), u=th.user(), v=t), ("secret", t, "chat-password", "generic")))
        elif e == "vault":
            p = "secret/%s/%s" % (th.slug, th.sys_slug())
            msgs.append((b, r.choice(d["vault"]).format(path=p), ("negative", p, "vault-reference", None)))
        elif e == "reqid":
            t = v.uuid()
            msgs.append((a, "request id: " + t, ("negative", t, "request-id", None)))
        elif e == "masked":
            t, sh = th.provider()
            m = prov22.mask(t)
            v.used.discard(t)
            msgs.append((b, m, ("negative", m, "masked-value", None)))
        elif e == "sha":
            t = v.sha1()
            msgs.append((a, "commit " + t, ("negative", t, "git-sha", None)))
        elif e == "imei":
            t = v.imei()
            msgs.append((b, "IMEI " + t, ("negative", t, "imei", None)))
        elif e in ("nopost", "policy"):
            t = r.choice(d[e])
            msgs.append((a, t, ("negative", t, "prose-about-passwords", None)))
    return msgs


def _add(doc, line, lab):
    if lab is None:
        doc.t(line)
    elif lab[0] == "secret":
        doc.s(line, lab[1], lab[2], lab[3])
    else:
        doc.neg(line, lab[1], lab[2])


def _enc(lab, f):
    return None if lab is None else (lab[0], f(lab[1]), lab[2], lab[3])


# ---------------------------------------------------------------- chats
def chat(th, fmt, lang):
    msgs = script(th, lang)
    clock = th.clock()
    s, ch = th.slug, th.sys_slug()
    if fmt == "gajim":
        d = Doc("chat/gajim/%s@conference.%s.log" % (ch, th.dom), free_text=True)
        for p, t, lab in msgs:
            _add(d, "[%s] %s: %s" % (next(clock)[11:], p["nick"], t), lab)
    elif fmt == "quassel":
        d = Doc("chat/quassel/#%s-%s.log" % (s, ch), free_text=True)
        for p, t, lab in msgs:
            _add(d, "[%s] <%s> %s" % (next(clock), p["nick"], t), lab)
    elif fmt == "trillian":
        d = Doc("chat/trillian/logs/XMPP/Query/%s.xml" % msgs[1][0]["nick"], free_text=True)
        d.t('<session type="start" time="1714720000" medium="XMPP" to="%s" from="%s"/>' % (msgs[0][0]["jid"], msgs[1][0]["jid"]))
        for p, t, lab in msgs:
            q = lambda x: quote(x, safe="!*'()~-_.")
            _add(d, '<message type="outgoing_privateMessage" time="%d" medium="XMPP" to="x" from="%s" from_display="%s" text="%s"/>'
                 % (th.v.r.randint(1714720000, 1714729999), p["jid"], quote(p["name"]), q(t)), _enc(lab, q))
        d.t('<session type="stop" time="1714730000" medium="XMPP" to="x" from="x"/>')
    elif fmt == "miranda":
        d = Doc("chat/miranda/%s.txt" % msgs[1][0]["nick"], free_text=True)
        d.t("History for %s" % msgs[1][0]["name"], "")
        for p, t, lab in msgs:
            c = next(clock)
            _add(d, "[%s.%s.%s %s] %s: %s" % (c[8:10], c[5:7], c[:4], c[11:16], p["name"], t), lab)
    elif fmt == "psi":
        d = Doc("chat/psi/history/%s_at_%s.history" % (msgs[1][0]["nick"], th.dom.replace(".", "_")), free_text=True)
        for i, (p, t, lab) in enumerate(msgs):
            _add(d, "|%s|5|%s|N---|%s|" % (next(clock).replace(" ", "T"), "from" if i % 2 else "to", t), lab)
    elif fmt in ("pumble", "ryver"):
        key = "text" if fmt == "pumble" else "body"
        d = Doc("chat/%s/%s-export.json" % (fmt, ch), free_text=True)
        d.t("{", '  "channel": "%s",' % ch, '  "messages": [')
        for i, (p, t, lab) in enumerate(msgs):
            line = "    " + json.dumps({"author": p["email"], "ts": next(clock), key: t}, ensure_ascii=False) + ("," if i < len(msgs) - 1 else "")
            _add(d, line, _enc(lab, lambda x: json.dumps(x, ensure_ascii=False)[1:-1]))
        d.t("  ]", "}")
    else:  # chatwork csv
        d = Doc("chat/chatwork/%s.csv" % ch, free_text=True)
        d.t('"message_id","account_name","send_time","body"')
        for p, t, lab in msgs:
            _add(d, '"%d","%s","%s","%s"' % (th.v.r.randint(10**9, 2 * 10**9), p["name"], next(clock), t.replace('"', '""')), lab)
    return d


CHATS = ["gajim", "quassel", "trillian", "miranda", "psi", "pumble", "ryver", "chatwork"]


# ---------------------------------------------------------------- tickets
def ticket(th, fmt, lang):
    msgs = script(th, lang)
    d = L[lang]
    clock = th.clock()
    subj = th.v.r.choice(d["subj"]).format(sys=th.sys())
    tid = th.v.r.randint(1000, 99999)
    serial = th.v.serial("SN")
    j = lambda x: json.dumps(x, ensure_ascii=False)
    je = lambda lab: _enc(lab, lambda x: j(x)[1:-1])
    if fmt == "hesk":
        doc = Doc("tickets/hesk/%s-%d.txt" % (th.sys_slug(), tid), free_text=True)
        doc.t("Ticket tracking ID: %s-%d" % (th.v.s("ABCDEFGHJKLMNPQRSTUVWXYZ", 3), tid), "Subject: " + subj, "")
        doc.neg("Device serial: " + serial, serial, "serial-number")
        for p, t, lab in msgs:
            doc.t("", "Name: %s" % p["name"], "Date: %s" % next(clock), "Message:")
            _add(doc, t, lab)
        return doc
    if fmt == "focalboard":
        doc = Doc("tickets/focalboard/%s.boardarchive.jsonl" % th.sys_slug(), free_text=True)
        doc.t(j({"type": "board", "data": {"id": th.v.s("abcdefghijklmnopqrstuvwxyz0123456789", 27), "title": subj}}))
        doc.neg(j({"type": "block", "data": {"type": "text", "title": "serial " + serial}}), serial, "serial-number")
        for p, t, lab in msgs:
            _add(doc, j({"type": "block", "data": {"type": "comment", "createdBy": p["nick"], "title": t}}), je(lab))
        return doc
    key = {"happyfox": ("updates", "message"), "manageengine": ("notes", "description"), "jitbit": ("comments", "Body"),
           "uvdesk": ("threads", "message"), "wekan": ("comments", "text")}[fmt]
    doc = Doc("tickets/%s/%s-%d.json" % (fmt, th.sys_slug(), tid), free_text=True)
    doc.t("{", '  "id": %d,' % tid, '  "subject": %s,' % j(subj))
    doc.neg('  "asset_serial": "%s",' % serial, serial, "serial-number")
    doc.t('  "%s": [' % key[0])
    for i, (p, t, lab) in enumerate(msgs):
        line = "    " + j({"by": p["email"], "at": next(clock), key[1]: t}) + ("," if i < len(msgs) - 1 else "")
        _add(doc, line, je(lab))
    doc.t("  ]", "}")
    return doc


TICKETS = ["happyfox", "manageengine", "jitbit", "uvdesk", "hesk", "wekan", "focalboard"]


# ---------------------------------------------------------------- e-mail
def email(th, fmt, lang):
    d, r, v = L[lang], th.v.r, th.v
    a, b = th.person(), th.person()
    sysname = th.sys()
    pw = v.pw(style=r.choice([None, "weak", "phrase", "punct"]), spaces=r.random() < 0.2)
    line_pw = r.choice(d["pw"]).format(sys=sysname, u=b["nick"], v=pw)
    tok, shape = th.provider()
    line_tok = r.choice(d["tok"]).format(svc=shape.split("-")[0].capitalize(), v=tok)
    subj = r.choice(d["subj"]).format(sys=sysname)
    c = next(th.clock())
    hdr = ["From: %s <%s>" % (a["name"], a["email"]), "To: %s <%s>" % (b["name"], b["email"]), "Subject: " + subj,
           "Date: %s +0100" % c, "Message-ID: <%s@%s>" % (v.hex(16), th.dom), "MIME-Version: 1.0"]
    if fmt == "thunderbird-mbox":
        doc = Doc("mail/thunderbird/Mail/Local Folders/%s" % th.sys_slug(), free_text=True)
        doc.t("From - Fri May  3 09:14:22 2024", "X-Mozilla-Status: 0001", "X-Mozilla-Status2: 00000000")
        doc.t(*hdr, "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", d["hello"] + " " + b["name"].split()[0] + ",", "")
        doc.s(line_pw, pw, "email-password", "generic")
        doc.s(line_tok, tok, "provider-" + shape, "provider")
        rid = v.uuid()
        doc.neg("Ref: " + rid, rid, "request-id")
        doc.t("", d["bye"], a["name"], "")
        doc.t("From - Fri May  3 10:02:11 2024", "X-Mozilla-Status: 0001", "X-Mozilla-Status2: 00000000",
              "From: %s <%s>" % (b["name"], b["email"]), "To: %s <%s>" % (a["name"], a["email"]), "Subject: %s: %s" % (d["re"], subj),
              "Content-Type: text/plain; charset=UTF-8", "", r.choice(d["ok"]), "")
        doc.s("> " + line_pw, pw, "email-password", "generic")
        doc.t("")
        return doc
    if fmt == "forwarded-eml":
        doc = Doc("mail/eml/%s-fwd.eml" % th.sys_slug(), free_text=True)
        doc.t(*hdr[:2], "Subject: Fwd: " + subj, *hdr[3:], "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "",
              "FYI", "", "-------- Forwarded Message --------", "Subject: " + subj, "From: " + b["email"], "")
        doc.s(line_pw, pw, "email-password", "generic")
        doc.s(line_tok, tok, "provider-" + shape, "provider")
        p = "secret/%s/%s" % (th.slug, th.sys_slug())
        vt = r.choice(d["vault"]).format(path=p)
        doc.neg(vt, p, "vault-reference")
        return doc
    doc = Doc("mail/eml/%s-alt.eml" % th.sys_slug(), free_text=True)
    bnd = "=_" + v.hex(20)
    doc.t(*hdr, 'Content-Type: multipart/alternative; boundary="%s"' % bnd, "", "--" + bnd,
          "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "", d["hello"] + ",")
    doc.s(line_pw, pw, "email-password", "generic")
    doc.s(line_tok, tok, "provider-" + shape, "provider")
    doc.t("", "--" + bnd, "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "",
          "<html><body><p>%s,</p>" % d["hello"])
    doc.s("<p>%s</p>" % line_pw, pw, "email-password", "generic")
    ph = "<" + PWPH.get(lang, "password") + ">"
    doc.neg("<p>curl -u admin:%s https://%s/</p>" % (ph.replace("<", "&lt;").replace(">", "&gt;"), th.host()), ph.replace("<", "&lt;").replace(">", "&gt;"), "placeholder")
    doc.t("</body></html>", "--" + bnd + "--")
    return doc


EMAILS = ["thunderbird-mbox", "forwarded-eml", "multipart-alt-eml"]
