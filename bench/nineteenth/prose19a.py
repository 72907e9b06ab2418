"""Free text, part A: chat exports (8 formats) and tickets (7 formats)."""
import json

import keywrap19 as KW
import neg19 as NG
import phr19 as PH
import prov19 as P
import vals19 as V

CHAT_FORMATS = ["skype-json", "zoom-chat-txt", "threema-txt", "viber-csv", "messenger-json", "keybase-json",
                "xmpp-archive-xml", "kakaotalk-txt"]
TICKET_FORMATS = ["mantis-csv", "azure-boards-csv", "phabricator-remarkup", "taiga-json", "zammad-json",
                  "helpscout-json", "trac-ticket"]


def _sys(c):
    return c.choice(c.theme["systems"])


def _vault_path(c):
    return c.choice(["kv/%s/%s" % (c.slug, c.choice(["ops", "devices", "integrations"])),
                     "op://%s-ops/%s" % (c.slug.split("-")[0], c.choice(["gateway", "service account", "vendor portal"])),
                     "secret/data/%s/shared" % c.slug])


def _ts(c, day=None):
    return "2025-%02d-%02d" % (c.randint(1, 12), day or c.randint(1, 28)), "%02d:%02d:%02d" % (
        c.randint(7, 18), c.randint(0, 59), c.randint(0, 59))


def pw_style(c):
    return c.choice(["weak", "weak", "phrase", "strong", "punct", "urisafe", "alnum"])


def people3(c, lang):
    pool = [p for p in c.people if p["lang"] == lang]
    if len(pool) < 3:
        pool = c.people
    return c.sample(pool, 3)


def conversation(c, lang):
    """A short chat in one language: list of (person, text). Labelled values are already marked."""
    ppl = people3(c, lang)
    msgs = []
    chat = PH.CHAT[lang]
    msgs.append((ppl[0], c.choice(chat)))
    # question answered in the next message
    sys_ = _sys(c)
    msgs.append((ppl[1], PH.fill(c.choice(PH.ASK[lang][:2]), sys=sys_, vendor="")))
    pw = c.pw(style=pw_style(c), space_ok=True)
    msgs.append((ppl[2], PH.fill(c.choice(PH.ANSWER[lang]), v=c.S("password-in-chat", pw))))
    msgs.append((ppl[1], c.choice(chat)))
    # a token pasted mid-sentence
    t = c.tok(pool=P.PASTEABLE)
    msgs.append((ppl[0], PH.fill(c.choice(PH.TOK[lang]), vendor=t["vendor"], v=c.T(t))))
    # a negative: talking about a credential without giving one
    neg = PH.fill(c.choice(PH.NEG[lang]), path=_vault_path(c), who=ppl[0]["first"], sys=_sys(c))
    msgs.append((ppl[2], c.N("prose-no-value", neg)))
    if c.chance(0.7):
        msgs.append((ppl[0], PH.fill(PH.MASKED_LINE[lang], v=c.N("masked-token", NG.masked(c)))))
    if c.chance(0.6):
        ident = c.choice([("build", lambda: "%d.%02d.%d-rc%d+%s" % (2025, c.randint(1, 12), c.randint(1, 9), c.randint(1, 4), V.hexs(c.rng, 7))),
                          ("trace", lambda: V.hexs(c.rng, 32)), ("request id", lambda: V.uuid4(c.rng)),
                          ("serial", lambda: V.serial(c.rng, c.slug[:2].upper())), ("commit", lambda: V.sha1_hex(c.rng))])
        msgs.append((ppl[1], "%s %s" % (ident[0], c.N("identifier-in-chat", ident[1]()))))
    if c.chance(0.45):
        user = c.choice(["admin", "service", "ops", c.person()["handle"]])
        pw2 = c.pw(style=pw_style(c))
        msgs.append((ppl[1], PH.fill(c.choice(PH.PW[lang]), sys=_sys(c), user=user, v=c.S("password-in-chat", pw2))))
    msgs.append((ppl[2], c.choice(chat)))
    return msgs


def _times(c, n):
    d, _ = _ts(c)
    t = c.randint(7, 16) * 3600 + c.randint(0, 40) * 60
    out = []
    for i in range(n):
        t += c.randint(0, 4) * 60 + c.randint(0, 59)
        out.append((d, "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)))
    return out


def chat_file(c, slot=None):
    fmt = c.deal("chat-format", CHAT_FORMATS, avoid=getattr(c, "chat_used", []))
    c.chat_used = getattr(c, "chat_used", []) + [fmt]
    lang = c.lang(0.25)
    msgs = conversation(c, lang)
    ts = _times(c, len(msgs))
    topic = c.choice(["ops", "night-shift", "vendors", "site", "it-support", "release"])
    if fmt == "skype-json":
        items = []
        for (p, text), (d, t) in zip(msgs, ts):
            items.append('        {\n          "id": "%d",\n          "displayName": %s,\n          "originalarrivaltime": "%sT%s.%03dZ",\n'
                         '          "messagetype": "RichText",\n          "from": "8:live:.cid.%s",\n          "content": %s\n        }'
                         % (c.randint(10 ** 12, 10 ** 13), json.dumps(p["name"], ensure_ascii=False), d, t,
                            c.randint(0, 999), V.hexs(c.rng, 16), json.dumps(text, ensure_ascii=False)))
        body = ('{\n  "userId": "8:live:.cid.%s",\n  "exportDate": "%sT09:00:00.000Z",\n  "conversations": [\n    {\n'
                '      "id": "19:%s@thread.skype",\n      "displayName": "%s %s",\n      "MessageList": [\n%s\n      ]\n    }\n  ]\n}\n'
                % (V.hexs(c.rng, 16), ts[-1][0], V.hexs(c.rng, 32), c.org.split()[0], topic, ",\n".join(items)))
        c.file("comms/skype/%s-messages.json" % topic, body, free=True)
    elif fmt == "zoom-chat-txt":
        lines = []
        for (p, text), (d, t) in zip(msgs, ts):
            lines.append("%s From  %s  to  Everyone:" % (t, p["name"]))
            lines.append("\t" + text)
        c.file("comms/zoom/%s_meeting_saved_chat.txt" % topic, "\n".join(lines) + "\n", free=True)
    elif fmt == "threema-txt":
        lines = []
        for (p, text), (d, t) in zip(msgs, ts):
            y, mo, da = d.split("-")
            lines.append("[%s.%s.%s %s] %s: %s" % (da, mo, y[2:], t[:5], p["name"], text))
        c.file("comms/threema/%s.txt" % topic, "\n".join(lines) + "\n", free=True)
    elif fmt == "viber-csv":
        lines = ["Date,Time,Sender Name,Sender Phone Number,Message"]
        for (p, text), (d, t) in zip(msgs, ts):
            lines.append('%s,%s,%s,+%d,"%s"' % (d, t, p["name"], c.randint(10 ** 10, 10 ** 11), text.replace('"', '""')))
        c.file("comms/viber/%s.csv" % topic, "\n".join(lines) + "\n", free=True)
    elif fmt == "messenger-json":
        items = []
        t0 = c.randint(1735689600000, 1767225600000)
        stamps = [t0 + i * c.randint(20000, 240000) for i in range(len(msgs))]
        for (p, text), ms in reversed(list(zip(msgs, stamps))):
            items.append('    {\n      "sender_name": %s,\n      "timestamp_ms": %d,\n      "content": %s,\n      "is_geoblocked_for_viewer": false\n    }'
                         % (json.dumps(p["name"], ensure_ascii=False), ms, json.dumps(text, ensure_ascii=False)))
        parts = ",\n".join('    {"name": %s}' % json.dumps(p["name"], ensure_ascii=False) for p in {m[0]["name"]: m[0] for m in msgs}.values())
        c.file("comms/messenger/%s/message_1.json" % topic, '{\n  "participants": [\n%s\n  ],\n  "messages": [\n%s\n  ],\n  "title": "%s %s",\n  "thread_path": "inbox/%s_%d"\n}\n'
               % (parts, ",\n".join(items), c.org.split()[0], topic, topic, c.randint(10 ** 9, 10 ** 10)), free=True)
    elif fmt == "keybase-json":
        items = []
        kb0 = 1735689600 + c.randint(0, 330) * 86400 + c.randint(0, 80000)
        for i, ((p, text), (d, t)) in enumerate(zip(msgs, ts)):
            kb0 += c.randint(30, 200)
            items.append('      {\n        "msg": {\n          "id": %d,\n          "channel": {"name": "%s", "members_type": "team", "topic_name": "%s"},\n'
                         '          "sender": {"username": "%s", "device_name": "laptop"},\n          "sent_at": %d,\n'
                         '          "content": {\n            "type": "text",\n            "text": {\n              "body": %s\n            }\n          }\n        }\n      }'
                         % (i + 1, c.slug, topic, p["handle"], kb0, json.dumps(text, ensure_ascii=False)))
        c.file("comms/keybase/%s.json" % topic, '{\n  "result": {\n    "messages": [\n%s\n    ]\n  }\n}\n' % ",\n".join(items), free=True)
    elif fmt == "xmpp-archive-xml":
        me = msgs[0][0]
        lines = ["<?xml version='1.0' encoding='UTF-8'?>",
                 "<chat xmlns='urn:xmpp:archive' with='%s@conference.%s' start='%sT%sZ'>" % (topic, c.domain, ts[0][0], ts[0][1])]
        for i, ((p, text), (d, t)) in enumerate(zip(msgs, ts)):
            tag = "from" if p is not me else "to"
            lines.append("  <%s secs='%d' name='%s'>" % (tag, i * 37, p["handle"]))
            lines.append("    <body>%s</body>" % text.replace("&", "&amp;").replace("<", "&lt;"))
            lines.append("  </%s>" % tag)
        lines.append("</chat>")
        c.file("comms/xmpp/%s-archive.xml" % topic, "\n".join(lines) + "\n", free=True)
    elif fmt == "kakaotalk-txt":
        lines = ["%s %s" % (c.org.split()[0], topic), "Date Saved : %s %s" % (ts[-1][0], ts[-1][1][:5]), ""]
        for (p, text), (d, t) in zip(msgs, ts):
            y, mo, da = d.split("-")
            lines.append("%s. %d. %d. %s, %s : %s" % (y, int(mo), int(da), t[:5], p["name"], text))
        c.file("comms/kakaotalk/KakaoTalk_%s.txt" % topic, "\n".join(lines) + "\n", free=True)


# ------------------------------------------------------------------ tickets
TICKET_TITLES = {
    "en": ["{sys} unreachable after maintenance", "Access request: {sys} for the new contractor",
           "Nightly export to {sys} failing", "Replace certificate on {sys}"],
    "de": ["{sys} nach Wartung nicht erreichbar", "Zugang {sys} für neuen Dienstleister", "Nächtlicher Export nach {sys} schlägt fehl"],
    "fr": ["{sys} injoignable après maintenance", "Demande d'accès {sys} pour le prestataire", "Export nocturne vers {sys} en échec"],
    "es": ["{sys} no responde tras el mantenimiento", "Solicitud de acceso a {sys}", "Falla la exportación nocturna a {sys}"],
    "it": ["{sys} non raggiungibile dopo la manutenzione", "Richiesta accesso {sys}", "Export notturno verso {sys} in errore"],
    "pt": ["{sys} inacessível após manutenção", "Pedido de acesso ao {sys}", "Exportação noturna para {sys} a falhar"],
    "nl": ["{sys} onbereikbaar na onderhoud", "Toegangsverzoek {sys}", "Nachtelijke export naar {sys} faalt"],
    "pl": ["{sys} niedostępny po przeglądzie", "Wniosek o dostęp do {sys}", "Nocny eksport do {sys} nie działa"],
    "sv": ["{sys} nås inte efter underhåll", "Behörighet till {sys}", "Nattlig export till {sys} misslyckas"],
    "cs": ["{sys} nedostupný po údržbě", "Žádost o přístup do {sys}", "Noční export do {sys} padá"],
    "da": ["{sys} utilgængelig efter vedligehold", "Adgang til {sys}", "Natlig eksport til {sys} fejler"],
    "fi": ["{sys} ei vastaa huollon jälkeen", "Käyttöoikeuspyyntö: {sys}", "Yöajo {sys}:iin epäonnistuu"],
    "tr": ["Bakım sonrası {sys} erişilemiyor", "{sys} erişim talebi", "{sys} gece aktarımı başarısız"],
    "ja": ["メンテナンス後に{sys}へ接続できない", "{sys}のアクセス申請", "{sys}への夜間エクスポートが失敗"],
}
DSN_LINE = {"en": "failing job uses {v}", "de": "der Job verbindet sich mit {v}", "fr": "le job utilise {v}",
            "es": "el job usa {v}", "it": "il job usa {v}", "pt": "o job usa {v}", "nl": "de job gebruikt {v}",
            "pl": "zadanie używa {v}", "sv": "jobbet använder {v}", "cs": "úloha používá {v}", "da": "jobbet bruger {v}",
            "fi": "ajo käyttää {v}", "tr": "iş {v} kullanıyor", "ja": "失敗しているジョブの接続先: {v}"}
KEY_LINE = {"en": "key from the old jump host, attaching for the vendor:", "de": "Schlüssel vom alten Jumphost, für den Dienstleister:",
            "fr": "clé de l'ancien bastion, pour le prestataire :", "es": "clave del antiguo bastión, para el proveedor:",
            "it": "chiave del vecchio jump host, per il fornitore:", "pt": "chave do antigo jump host, para o fornecedor:",
            "nl": "sleutel van de oude jumphost, voor de leverancier:", "pl": "klucz ze starego jump hosta, dla dostawcy:",
            "sv": "nyckeln från gamla hoppservern, till leverantören:", "cs": "klíč ze starého jump hostu pro dodavatele:",
            "da": "nøgle fra den gamle jumphost, til leverandøren:", "fi": "vanhan hyppykoneen avain toimittajalle:",
            "tr": "eski jump host anahtarı, tedarikçi için:", "ja": "旧踏み台サーバーの鍵（業者向け）:"}


def ticket_content(c, lang, allow_key=True):
    """Returns (title, description, comments[(person, text)]) with marked values; text may span lines."""
    sys_ = _sys(c)
    title = PH.fill(c.choice(TICKET_TITLES[lang]), sys=sys_)
    rid = c.N("request-id", V.uuid4(c.rng) if c.chance(0.5) else V.ulid(c.rng))
    desc = "%s -- ref %s" % (c.choice(PH.CHAT[lang]), rid)
    dev = c.choice([("serial", lambda: V.serial(c.rng, c.slug[:2].upper())), ("IMEI", lambda: V.imei(c.rng)),
                    ("MAC", lambda: V.mac(c.rng)), ("asset", lambda: "AST-%06d" % c.randint(1, 999999))])
    comments = []
    ppl = people3(c, lang)
    kind = c.choice(["temp-password", "dsn", "token", "temp-password"])
    if kind == "temp-password":
        pw = c.pw(style=pw_style(c))
        comments.append((ppl[0], PH.fill(c.choice(PH.PW[lang]), sys=sys_, user=c.person()["handle"],
                                         v=c.S("password-in-ticket", pw))))
    elif kind == "dsn":
        pw = c.pw(uri=True)
        dsn = "%s://%s:%s@%s/%s" % (c.choice(["postgresql", "mysql", "mongodb", "amqp", "redis"]), c.choice(["etl", "svc", "report"]),
                                    c.S("uri-password", pw), c.host(c.choice(["pg", "db", "mq"])), c.slug.split("-")[0])
        comments.append((ppl[0], PH.fill(DSN_LINE[lang], v=dsn)))
    else:
        t = c.tok(pool=P.PASTEABLE)
        comments.append((ppl[0], PH.fill(c.choice(PH.TOK[lang]), vendor=t["vendor"], v=c.T(t))))
    comments.append((ppl[1], c.N("prose-no-value", PH.fill(c.choice(PH.NEG[lang]), path=_vault_path(c), who=ppl[0]["first"], sys=sys_))))
    if allow_key and c.chance(0.4):
        fam, kt, k = KW.new_key(c, ["openssh", "pkcs8", "pkcs1"])
        raw = KW.raw_text(c, fam, k, "vendor@" + c.host("jump").split(".")[0])
        comments.append((ppl[2], KEY_LINE[lang] + "\n" + c.K(KW.cat(fam, kt), raw, KW._fmt(fam, kt), raw)))
    elif c.chance(0.5):
        pw = c.pw(style=pw_style(c))
        comments.append((ppl[2], PH.fill(c.choice(PH.PW[lang]), sys=_sys(c), user="admin", v=c.S("password-in-ticket", pw))))
    comments.append((ppl[1], "%s: %s" % (dev[0], c.N("device-identifier", dev[1]()))))
    comments.append((ppl[1], c.choice(PH.CHAT[lang])))
    return title, desc, comments


def _json_text(text):
    return json.dumps(text, ensure_ascii=False)


def ticket_file(c, slot=None):
    fmt = c.deal("ticket-format", TICKET_FORMATS, avoid=getattr(c, "ticket_used", []))
    c.ticket_used = getattr(c, "ticket_used", []) + [fmt]
    lang = c.lang(0.3)
    # CSV cells and JSON strings can carry a multi-line key; every format here can
    title, desc, comments = ticket_content(c, lang)
    num = c.randint(1000, 9999)
    if fmt == "mantis-csv":
        # one note per row, so that a row never carries two labels
        rows = ['Id,Project,Reporter,Assigned To,Priority,Severity,Status,Summary,Description,Notes',
                '%07d,%s,%s,%s,high,major,assigned,"%s","%s",""' % (num, c.slug, comments[0][0]["handle"],
                                                                   comments[1][0]["handle"], title, desc)]
        for i, (p, t) in enumerate(comments):
            rows.append('%07d-%d,%s,%s,,,,note,"","","%s"' % (num, i + 1, c.slug, p["handle"], t.replace('"', '""')))
        c.file("tickets/mantis-export-%d.csv" % num, "\n".join(rows) + "\n", free=True)
    elif fmt == "azure-boards-csv":
        rows = ['ID,Work Item Type,Title,Assigned To,State,Tags,Description']
        rows.append('%d,Issue,"%s",%s,Active,ops,"<div>%s</div>"' % (num, title, comments[0][0]["name"], desc))
        for i, (p, t) in enumerate(comments):
            rows.append('%d,Task,"%s (%d)",%s,New,comment,"<div>%s</div>"' % (num + i + 1, title, i + 1, p["name"], t.replace('"', '""')))
        c.file("tickets/azure-boards-%d.csv" % num, "\n".join(rows) + "\n", free=True)
    elif fmt == "phabricator-remarkup":
        out = ["= T%d: %s =" % (num, title), "", "**Priority:** High  **Status:** Open  **Author:** @%s" % comments[0][0]["handle"], "",
               desc, ""]
        for p, t in comments:
            out.append("== @%s commented ==" % p["handle"])
            if "\n" in t:
                head, body = t.split("\n", 1)
                out += [head, "```", body, "```"]
            else:
                out.append(t)
            out.append("")
        c.file("tickets/phabricator/T%d.remarkup" % num, "\n".join(out), free=True)
    elif fmt == "taiga-json":
        cm = ",\n".join('    {\n      "user": "%s",\n      "comment": %s\n    }' % (p["handle"], _json_text(t).replace("\n", "\\n"))
                        for p, t in comments)
        c.file("tickets/taiga/us-%d.json" % num, '{\n  "ref": %d,\n  "subject": %s,\n  "description": %s,\n  "status": "In progress",\n  "comments": [\n%s\n  ]\n}\n'
               % (num, _json_text(title), _json_text(desc), cm), free=True)
    elif fmt == "zammad-json":
        arts = ",\n".join('    {\n      "from": "%s <%s>",\n      "type": "note",\n      "internal": true,\n      "body": %s\n    }'
                          % (p["name"], p["email"], _json_text(t).replace("\n", "\\n")) for p, t in comments)
        c.file("tickets/zammad/ticket-%d.json" % num, '{\n  "number": "%d",\n  "title": %s,\n  "state": "open",\n  "group": "IT",\n  "articles": [\n    {\n      "type": "email",\n      "body": %s\n    },\n%s\n  ]\n}\n'
               % (num * 10 + 1, _json_text(title), _json_text(desc), arts), free=True)
    elif fmt == "helpscout-json":
        th = ",\n".join('      {\n        "type": "note",\n        "createdBy": {"email": "%s"},\n        "body": %s\n      }'
                        % (p["email"], _json_text(t).replace("\n", "\\n")) for p, t in comments)
        c.file("tickets/helpscout/conversation-%d.json" % num, '{\n  "id": %d,\n  "subject": %s,\n  "preview": %s,\n  "_embedded": {\n    "threads": [\n%s\n    ]\n  }\n}\n'
               % (num * 1000 + c.randint(0, 999), _json_text(title), _json_text(desc), th), free=True)
    elif fmt == "trac-ticket":
        out = ["= Ticket #%d: %s =" % (num, title), "", "||= Reported by =|| %s ||= Component =|| %s ||" % (
            comments[0][0]["handle"], _sys(c)), "", desc, ""]
        for i, (p, t) in enumerate(comments):
            out.append("=== Comment %d by %s ===" % (i + 1, p["handle"]))
            if "\n" in t:
                head, body = t.split("\n", 1)
                out += [head, "{{{", body, "}}}"]
            else:
                out.append(t)
            out.append("")
        c.file("tickets/trac/ticket-%d.txt" % num, "\n".join(out), free=True)


SLOTS = [("chat-1", chat_file), ("chat-2", chat_file), ("ticket-1", ticket_file), ("ticket-2", ticket_file)]
