"""Free text, part A: the conversation script (phrasing in the theme's language or English) and the chat,
ticket and calendar-invite formats that render it."""

import json

import lang23
import prov23
import vals23
from core23 import Doc

VAULTS = ["Vaultwarden (Ops/{sys})", "1Password › Ops › {sys}", "KeePassXC ops.kdbx", "Passbolt › {sys}",
          "vault kv get secret/{slug}/ops", "Bitwarden › IT collection", "Psono › {sys}"]


def vault_ref(c):
    return c.rng.choice(VAULTS).format(sys=c.sysname(), slug=c.slug)


def pick_lang(c, english_share=0.2):
    return lang23.LANGS["en"] if c.rng.random() < english_share else c.lang


def script(c, L, secrets, negs, shape_deck):
    """A conversation. secrets: list of kinds among pw, qa, temp, wifi, tok, revoked; negs: among dont, reset,
    masked, sha, reqid. Returns messages: dict(who, text, lab)."""
    r = c.rng
    c.topic = c.sysname()
    msgs = [dict(who=c.person(), text=r.choice(L["filler"]), lab=None)]
    items = [("S", k) for k in secrets] + [("N", k) for k in negs]
    r.shuffle(items)
    for kind, k in items:
        who = c.person()
        sysn = c.topic if r.random() < 0.7 else c.sysname()
        u = c.vocab("user")
        if kind == "S":
            if k in ("pw", "qa", "temp", "wifi"):
                v = c.pw("pws" if k != "temp" else "pw")
                cat = {"pw": "shared-password", "qa": "answered-password", "temp": "temporary-password",
                       "wifi": "wifi-psk"}[k]
                if k == "pw":
                    text = r.choice(L["pw"]).format(sys=sysn, u=u, v=v)
                elif k == "qa":
                    msgs.append(dict(who=who, text=r.choice(L["q"]).format(sys=sysn), lab=None))
                    who = c.person()
                    text = r.choice(L["a"]).format(v=v)
                elif k == "temp":
                    text = r.choice(L["temp"]).format(v=v)
                else:
                    text = r.choice(L["wifi"]).format(ssid=c.vocab("ssid"), v=v)
                msgs.append(dict(who=who, text=text, lab=("S", v, cat, "generic")))
            else:
                v, cat = c.provider(shape_deck.draw())
                pat = r.choice(L["tok"] if k == "tok" else L["revoked"])
                msgs.append(dict(who=who, text=pat.format(sys=sysn, v=v), lab=("S", v, cat, "provider")))
        else:
            if k == "dont":
                v = vault_ref(c)
                msgs.append(dict(who=who, text=r.choice(L["dont"]).format(vault=v), lab=("N", v, "vault-reference")))
            elif k == "reset":
                v = vault_ref(c)
                msgs.append(dict(who=who, text=L["reset"][0].format(sys=sysn, vault=v), lab=("N", v, "vault-reference")))
            elif k == "masked":
                shape = r.choice(prov23.CHAT_SHAPES)
                v = prov23.mask(prov23.SHAPES[shape][1](r, c))
                msgs.append(dict(who=who, text="%s: %s" % (sysn, v), lab=("N", v, "masked-key")))
            elif k == "sha":
                v = vals23.git_sha(r)[:r.choice([8, 12, 40])]
                msgs.append(dict(who=who, text="build %s ✅ (%s)" % (v, sysn), lab=("N", v, "git-commit-sha")))
            elif k == "reqid":
                v = vals23.uuid4(r)
                msgs.append(dict(who=who, text="request id %s → HTTP 502 (%s)" % (v, sysn), lab=("N", v, "request-id")))
            elif k == "policy":
                v = L["reset"][1]
                msgs.append(dict(who=who, text=v, lab=("N", v, "password-policy-text")))
        if r.random() < 0.5:
            msgs.append(dict(who=c.person(), text=r.choice(L["filler"]), lab=None))
    return msgs


def emit(doc, line, m, enc=None):
    """append a rendered line, labelled when the message carries a label; enc gives the value as it appears"""
    lab = m["lab"]
    if lab is None:
        doc.lines.append(line)
        return
    v = enc(lab[1]) if enc else lab[1]
    if lab[0] == "S":
        doc.s(line, v, lab[2], group=lab[3])
    else:
        doc.n(line, v, lab[2])


class Clock:
    def __init__(self, c):
        self.c = c
        r = c.rng
        self.d = (2025, r.randint(1, 12), r.randint(1, 27))
        self.m = r.randint(7 * 60, 10 * 60)

    def tick(self):
        self.m += self.c.rng.randint(1, 25)
        return self.m

    def hm(self):
        return "%02d:%02d" % divmod(self.m % 1440, 60)

    def iso(self):
        return "%04d-%02d-%02dT%s:%02d" % (self.d + (self.hm(), self.c.rng.randint(0, 59)))

    def epoch_ms(self):
        days = (self.d[0] - 1970) * 365 + (self.d[0] - 1969) // 4 + [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][self.d[1] - 1] + self.d[2] - 1
        return (days * 86400 + self.m * 60) * 1000 + self.c.rng.randint(0, 999)


def name(c, p):
    return c.full(p)


# ---------------------------------------------------------------- chat formats
def chat_campfire(c, msgs, path):
    d = Doc(path + ".txt", free=True)
    k = Clock(c)
    d.t("Campfire transcript — room “%s ops” — %04d-%02d-%02d" % ((c.slug,) + k.d), "")
    for m in msgs:
        k.tick()
        h, mi = divmod(k.m % 1440, 60)
        emit(d, "[%d:%02d %s] %s: %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM", name(c, m["who"]), m["text"]), m)
    return d


def chat_zalo(c, msgs, path):
    d = Doc(path + ".txt", free=True)
    k = Clock(c)
    d.t("Zalo PC - Xuất tin nhắn nhóm: %s" % c.org, "")
    for m in msgs:
        k.tick()
        emit(d, "[%s %02d/%02d/%04d] %s: %s" % (k.hm(), k.d[2], k.d[1], k.d[0], name(c, m["who"]), m["text"]), m)
    return d


def chat_simplex(c, msgs, path):
    d = Doc(path + ".json", fmt="json", free=True)
    k = Clock(c)
    me = msgs[0]["who"]
    d.t("{", '  "chatInfo": {"type": "group", "groupInfo": {"localDisplayName": "%s-ops"}},' % c.slug, '  "chatItems": [')
    for i, m in enumerate(msgs):
        k.tick()
        item = {"chatDir": {"type": "groupSnd"} if m["who"] == me else {"type": "groupRcv", "groupMember": {
            "localDisplayName": c.handle(m["who"])}}, "meta": {"itemTs": k.iso() + "Z"},
                "content": {"type": "sndMsgContent" if m["who"] == me else "rcvMsgContent",
                            "msgContent": {"type": "text", "text": m["text"]}}}
        emit(d, "    " + json.dumps(item, ensure_ascii=False) + ("," if i < len(msgs) - 1 else ""), m)
    d.t("  ]", "}")
    return d


def chat_qtox(c, msgs, path):
    d = Doc(path + ".log", free=True)
    k = Clock(c)
    d.t("=== qTox chat log: %s — %04d-%02d-%02d ===" % ((c.full(),) + k.d))
    for m in msgs:
        k.tick()
        emit(d, "[%s:%02d] %s: %s" % (k.hm(), c.rng.randint(0, 59), m["who"][0], m["text"]), m)
    return d


def chat_flock(c, msgs, path):
    d = Doc(path + ".json", fmt="json", free=True)
    k = Clock(c)
    d.t("{", '  "channel": "#%s-ops",' % c.slug, '  "messages": [')
    for i, m in enumerate(msgs):
        k.tick()
        o = {"uid": "m:" + vals23.hexs(c.rng, 16), "from": "u:" + c.handle(m["who"]), "timestamp": k.epoch_ms(),
             "text": m["text"]}
        emit(d, "    " + json.dumps(o, ensure_ascii=False) + ("," if i < len(msgs) - 1 else ""), m)
    d.t("  ]", "}")
    return d


def chat_chanty(c, msgs, path):
    d = Doc(path + ".txt", free=True)
    k = Clock(c)
    d.t("Chanty export · Team %s · #ops" % c.org, "")
    for m in msgs:
        k.tick()
        d.t("%s, %02d.%02d.%04d %s" % (name(c, m["who"]), k.d[2], k.d[1], k.d[0], k.hm()))
        emit(d, m["text"], m)
        d.t("")
    return d


def chat_lark(c, msgs, path):
    d = Doc(path + ".json", fmt="json", free=True)
    k = Clock(c)
    d.t("{", '  "chat_id": "oc_%s",' % vals23.hexs(c.rng, 32), '  "items": [')
    for i, m in enumerate(msgs):
        k.tick()
        o = {"message_id": "om_" + vals23.hexs(c.rng, 32), "msg_type": "text", "create_time": str(k.epoch_ms()),
             "sender": {"id": "ou_" + vals23.hexs(c.rng, 32), "sender_type": "user", "name": name(c, m["who"])},
             "body": {"content": json.dumps({"text": m["text"]}, ensure_ascii=False)}}
        emit(d, "    " + json.dumps(o, ensure_ascii=False) + ("," if i < len(msgs) - 1 else ""), m)
    d.t("  ]", "}")
    return d


def chat_instagram(c, msgs, path):
    d = Doc(path.rsplit("/", 1)[0] + "/inbox/%s_%d/message_1.json" % (c.slug, c.rng.randint(10 ** 9, 10 ** 10)),
            fmt="json", free=True)
    k = Clock(c)
    people = []
    for m in msgs:
        if m["who"] not in people:
            people.append(m["who"])
    d.t("{", '  "participants": [' + ", ".join('{"name": %s}' % json.dumps(name(c, p)) for p in people) + "],",
        '  "messages": [')
    for i, m in enumerate(reversed(msgs)):
        k.tick()
        o = {"sender_name": name(c, m["who"]), "timestamp_ms": k.epoch_ms(), "content": m["text"],
             "is_geoblocked_for_viewer": False}
        emit(d, "    " + json.dumps(o) + ("," if i < len(msgs) - 1 else ""), m, enc=lambda v: json.dumps(v)[1:-1])
    d.t("  ],", '  "title": "%s ops",' % c.slug, '  "thread_path": "inbox/%s"' % c.slug, "}")
    return d


CHATS = {"campfire": chat_campfire, "zalo": chat_zalo, "simplex": chat_simplex, "qtox": chat_qtox,
         "flock": chat_flock, "chanty": chat_chanty, "lark": chat_lark, "instagram": chat_instagram}


# ---------------------------------------------------------------- ticket formats
def ticket_sysaid(c, msgs, path):
    d = Doc(path + ".xml", fmt="xml", free=True)
    r = c.rng
    sid = r.randint(10000, 99999)
    d.t('<?xml version="1.0" encoding="UTF-8"?>', '<ServiceRequest id="%d">' % sid,
        "  <Title>%s</Title>" % xml_esc(c.topic), "  <RequestUser>%s</RequestUser>" % c.handle())
    ser = vals23.serial(r)
    d.n("  <AssetSerial>%s</AssetSerial>" % ser, ser, "asset-serial")
    d.t("  <Notes>")
    for m in msgs:
        emit(d, '    <Note user="%s">%s</Note>' % (c.handle(m["who"]), xml_esc(m["text"])), m, enc=xml_esc)
    d.t("  </Notes>", "</ServiceRequest>")
    return d


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ticket_freshservice(c, msgs, path):
    d = Doc(path + ".json", fmt="json", free=True)
    r = c.rng
    k = Clock(c)
    d.t("{", '  "ticket": {', '    "id": %d,' % r.randint(1000, 9999), '    "subject": %s,' % json.dumps(
        c.topic, ensure_ascii=False), '    "requester_email": "%s",' % c.email(msgs[0]["who"]))
    first = msgs[0]
    emit(d, '    "description_text": %s,' % json.dumps(first["text"], ensure_ascii=False), first)
    d.t('    "conversations": [')
    rest = msgs[1:]
    for i, m in enumerate(rest):
        k.tick()
        o = {"body_text": m["text"], "user_email": c.email(m["who"]), "created_at": k.iso() + "Z", "private": m["lab"] is not None and m["lab"][0] == "S"}
        emit(d, "      " + json.dumps(o, ensure_ascii=False) + ("," if i < len(rest) - 1 else ""), m)
    d.t("    ]", "  }", "}")
    return d


def ticket_maniphest(c, msgs, path):
    d = Doc(path + ".txt", free=True)
    r = c.rng
    d.t("T%d %s" % (r.randint(100, 9999), c.topic), "Status: Open · Priority: High · Tags: #%s #ops" % c.slug, "",
        "= Description =", "")
    emit(d, msgs[0]["text"], msgs[0])
    d.t("")
    for m in msgs[1:]:
        d.t("**%s** added a comment." % c.handle(m["who"]))
        emit(d, m["text"], m)
        d.t("")
    return d


def ticket_otobo(c, msgs, path):
    d = Doc(path + ".txt", free=True)
    r = c.rng
    k = Clock(c)
    d.t("Ticket#%s — %s" % (r.randint(2025000000000000, 2025999999999999), c.topic), "Queue: IT::Ops   State: open",
        "-" * 60)
    for m in msgs:
        k.tick()
        d.t("Article  From: %s <%s>  Created: %04d-%02d-%02d %s" % ((name(c, m["who"]), c.email(m["who"])) + k.d + (k.hm(),)))
        emit(d, "  " + m["text"], m)
        d.t("-" * 60)
    return d


def ticket_sourcehut(c, msgs, path):
    d = Doc(path + ".txt", free=True)
    r = c.rng
    d.t("~%s/%s-ops#%d: %s" % (c.slug, c.slug, r.randint(10, 400), c.topic), "")
    k = Clock(c)
    for m in msgs:
        k.tick()
        d.t("~%s on %04d-%02d-%02d %s UTC:" % ((c.handle(m["who"]),) + k.d + (k.hm(),)))
        emit(d, m["text"], m)
        d.t("")
    return d


TICKETS = {"sysaid": ticket_sysaid, "freshservice": ticket_freshservice, "maniphest": ticket_maniphest,
           "otobo": ticket_otobo, "sourcehut": ticket_sourcehut}


# ---------------------------------------------------------------- calendar invite (CRLF)
def invite_ics(c, L, path):
    r = c.rng
    d = Doc(path + ".ics", crlf=True, free=True)
    uid = vals23.uuid4(r)
    k = Clock(c)
    org = c.person()
    d.t("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Planner//EN" % c.slug, "METHOD:REQUEST", "BEGIN:VEVENT")
    d.n("UID:%s" % uid, uid, "calendar-uid")
    d.t("DTSTART:%04d%02d%02dT090000Z" % k.d, "DTEND:%04d%02d%02dT120000Z" % k.d,
        "SUMMARY:%s — %s" % (L["subj"][1], c.sysname()),
        "ORGANIZER;CN=%s:mailto:%s" % (c.full(org), c.email(org)), "LOCATION:%s, %s" % (c.org, c.city),
        "DESCRIPTION:%s\\n" % L["subj"][4])
    if c.rng.random() < 0.5:
        v = c.pw("pws")
        d.s(" " + L["wifi"][0].format(ssid=c.vocab("ssid"), v=v) + "\\n", v, "wifi-psk")
    else:
        t = c.pw("pw")
        d.s(" " + L["temp"][0].format(v=t) + "\\n", t, "temporary-password")
    ref = vault_ref(c)
    d.n(" %s\\n" % L["dont"][0].format(vault=ref), ref, "vault-reference")
    d.t(" %s" % L["subj"][5], "END:VEVENT", "END:VCALENDAR")
    return d
