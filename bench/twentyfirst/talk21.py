"""Free-text building blocks: conversation scripts, ticket stories, e-mail bodies, in the organisation's language.

An item is None or (kind, value, category, group). Renderers escape text and value with the same char-wise
function, so the escaped value stays a substring of the escaped line.
"""

import keywrap21
import kit21 as K
import neg21
import prov21
import vals21 as V

SECRET, NEG = "secret", "negative"


def chat_pw(cx):
    return cx.pw(space=cx.chance(0.3), forbid="\\\n")


def token_item(cx):
    key = K.bearer_shape(cx)
    return key, (SECRET, prov21.token(cx, key), key, "provider")


def vault_item(cx, en=False):
    style = cx.pick(["vault", "op", "aws-sm", "keyvault", "gcp", "pass", "bws", "doppler"])
    v, cat = neg21.ref(cx, style, cx.sys().split()[0].lower() + "-" + cx.pick(["admin", "api", "db", "sftp"]))
    return cx.say("vault", en, sys=cx.sys(), ref=v), (NEG, v, cat)


def revoked_item(cx, en=False):
    key = K.bearer_shape(cx)
    fake = prov21.SHAPE[key][3](cx)
    m = prov21.mask(fake)
    return cx.say("revoked", en, sys=K.vendor_of(key), v=m), (NEG, m, "masked-revoked")


def trace_item(cx):
    t = cx.hexs(32)
    return "CI #%d failed, trace %s" % (cx.rng.randint(1000, 99999), t), (NEG, t, "id-trace")


def conversation(cx, en=False, n=2):
    """[(person, text, item)] with about n secrets and two negatives, in the organisation's language."""
    people = cx.rng.sample(cx.people, 4)
    out = [(people[0], cx.say("chat", en), None)]
    sys1 = cx.sys()
    # question answered in the next message
    p = chat_pw(cx)
    out.append((people[1], cx.say("ask", en, sys=sys1), None))
    out.append((people[2], cx.say("ans", en, v=p), (SECRET, p, "password-chat", "generic")))
    out.append((people[1], cx.say("thanks", en), None))
    kinds = ["pw", "wifi", "temp", "dsn"]
    cx.rng.shuffle(kinds)
    if cx.chance(0.6):
        kinds.insert(0, "tok")
    for kind in kinds[:max(0, n - 1)]:
        who = cx.pick(people)
        if kind == "tok":
            key, item = token_item(cx)
            out.append((who, cx.say("tok", en, sys=K.vendor_of(key), v=item[1]), item))
        elif kind == "pw":
            v = chat_pw(cx)
            out.append((who, cx.say("pw", en, sys=cx.sys(), v=v, who=cx.pick(people).first), (SECRET, v, "password-chat", "generic")))
        elif kind == "wifi":
            v = cx.pw(style=cx.pick(["phrase", "human"]), space=True, forbid="\\")
            out.append((who, cx.say("wifi", en, ssid=cx.ssid(), v=v), (SECRET, v, "wifi-psk", "generic")))
        elif kind == "temp":
            v = cx.pw(style=cx.pick(["human", "strong", "alnum"]), forbid="\\ ")
            out.append((who, cx.say("temp", en, who=cx.pick(people).first, v=v), (SECRET, v, "temporary-password", "generic")))
        else:
            u = cx.upw()
            dsn = "postgresql://%s:%s@%s:5432/%s" % (cx.sys().split()[0].lower(), u, cx.host("db-stage"), cx.v["short"])
            out.append((who, "staging DSN: " + dsn, (SECRET, u, "password-url", "generic")))
    out.append((cx.pick(people), cx.say("chat", en), None))
    negs = [vault_item(cx, en), revoked_item(cx, en), trace_item(cx),
            (cx.say("nopost", en), (NEG, cx.say("nopost", en), "prose-no-value"))]
    cx.rng.shuffle(negs)
    for text, item in negs[:2]:
        if item[2] == "prose-no-value":
            text = item[1]
        pos = cx.rng.randint(1, len(out))
        if pos in (2, 3):
            pos = 4
        out.insert(pos, (cx.pick(people), text, item))
    return out


def ticket_story(cx, en=False):
    """(title, description, [(person, text, item)]) for a ticket with 2 secrets and 2 negatives."""
    sys1 = cx.sys()
    title = {"en": "Access to %s for the new contractor" % sys1}.get("en") if en else "%s: %s" % (sys1, cx.lang["w"]["subject"])
    who = cx.rng.sample(cx.people, 3)
    desc_id = cx.pick(["request", "serial", "imei"])
    if desc_id == "request":
        v, cat = neg21.ident(cx, "request")
        desc = ("Error on login, request id %s" % v, (NEG, v, cat))
    elif desc_id == "serial":
        v = cx.serial(cx.t["devices"][0][1])
        desc = ("%s %s does not sync since Monday" % (cx.t["devices"][0][0], v), (NEG, v, "id-serial"))
    else:
        v = cx.imei()
        desc = ("Modem IMEI %s is offline" % v, (NEG, v, "id-imei"))
    comments = []
    t = cx.pw(style=cx.pick(["human", "strong", "alnum", "leet"]), forbid="\\")
    comments.append((who[1], cx.say("temp", en, who=who[0].first, v=t), (SECRET, t, "temporary-password", "generic")))
    if cx.chance(0.7):
        key, item = token_item(cx)
        comments.append((who[2], cx.say("tok", en, sys=K.vendor_of(key), v=item[1]), item))
    else:
        u = cx.upw()
        comments.append((who[2], "DSN for the report job: mysql://report:%s@%s:3306/%s" % (u, cx.host("db1"), cx.v["short"]),
                         (SECRET, u, "password-url", "generic")))
    text, item = vault_item(cx, en)
    comments.append((who[1], text, item))
    comments.append((who[0], cx.say("thanks", en), None))
    return title, desc, comments


def pasted_key(cx):
    """A private key a user pasted (raw PEM); returns (key, fmt, raw)."""
    k, fmt = keywrap21.pick_key(cx, ("pkcs8", "openssh", "pkcs1", "sec1"))
    return k, fmt, k.pem(fmt)


def key_check(k, fmt, wrap):
    return {"format": "%s-%s" % (fmt, k.kind), "wrap": wrap}


def device_rows(cx, n=3):
    """Rows (device, host, user, value, item) for tables; one row points to the vault (negative)."""
    rows = []
    devs = list(cx.t["devices"])
    cx.rng.shuffle(devs)
    for i, (name, pre) in enumerate(devs[:n]):
        host = cx.host("%s%02d" % (pre.lower(), cx.rng.randint(1, 30)))
        if i == n - 1:
            see = cx.w("see")
            rows.append((name, host, "admin", see, (NEG, see, "prose-see-vault")))
        else:
            v = cx.pw(forbid="|,;\t\\\"<>&'")
            rows.append((name, host, cx.pick(["admin", "root", "service", "operator"]), v,
                         (SECRET, v, "password-device-table", "generic")))
    return rows
