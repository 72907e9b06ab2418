"""The conversation script: exchanges that carry secrets, negatives mixed in, and chatter.

A message is (person, text, label) with label None or a dict {kind, value, category, group[, note]}."""

import prov28

SECRET_EXCHANGES = ["share", "ask_answer", "nextline", "temp", "wifi", "token", "uri", "revoked", "rotated", "pin",
                    "reset", "curl"]
NEG_EXCHANGES = ["masked", "vault", "policy", "reqid", "commit", "placeholder"]


def _sec(value, cat, group="generic", note=None):
    d = {"kind": "secret", "value": value, "category": cat, "group": group}
    if note:
        d["note"] = note
    return d


def _neg(value, cat):
    return {"kind": "negative", "value": value, "category": cat}


def exchange(c, r, L, kind, a, b):
    """Messages for one exchange between people a and b."""
    native_ok = L["code"] != "en"
    name, sid = c.system(r)
    if kind == "share":
        v = c.pw(r, native=native_ok and r.random() < 0.2)
        return [(a, L["share"].format(sys=name, v=v), _sec(v, "password"))]
    if kind == "ask_answer":
        v = c.pw(r, native=native_ok and r.random() < 0.15)
        return [(a, L["ask"].format(sys=name), None), (b, L["answer"].format(v=v), _sec(v, "password"))]
    if kind == "nextline":
        v = c.pw(r, "strong")
        return [(a, L["nextline"], None), (a, v, _sec(v, "password"))]
    if kind == "temp":
        v = c.pw(r)
        who = r.choice(c.people)["first"]
        return [(a, L["temp"].format(who=who, v=v), _sec(v, "temporary-password"))]
    if kind == "wifi":
        v = c.pw(r, native=native_ok and r.random() < 0.5)
        return [(a, L["wifi"].format(ssid=r.choice(c.t["ssids"]), v=v), _sec(v, "wifi-password"))]
    if kind == "token":
        shape = r.choice(prov28.DEALABLE)
        v = c.token(r, shape)
        return [(a, L["token"].format(sys=name, v=v), _sec(v, "provider:" + shape, "provider"))]
    if kind == "uri":
        pw = c.pw(r, url=True)
        scheme, port = r.choice([("postgres", 5432), ("mysql", 3306), ("mongodb", 27017), ("amqp", 5672),
                                 ("redis", 6379)])
        uri = "%s://%s:%s@%s:%d/%s" % (scheme, sid[:10], pw, c.host(r, scheme[:5]), port, sid)
        return [(a, L["uri"].format(sys=name, v=uri), _sec(pw, "uri-password"))]
    if kind == "revoked":
        shape = r.choice(prov28.DEALABLE)
        v = c.token(r, shape)
        return [(a, L["revoked"].format(v=v), _sec(v, "provider:" + shape, "provider", "revoked-shown-in-full"))]
    if kind == "rotated":
        v = c.pw(r)
        return [(a, L["rotated"].format(v=v), _sec(v, "password", note="rotated-shown-in-full"))]
    if kind == "pin":
        v = c.pin(r)
        return [(a, L["pin"].format(sys=name, v=v), _sec(v, "pin"))]
    if kind == "reset":
        v = c.pw(r)
        return [(b, L["reset"].format(v=v), _sec(v, "password"))]
    if kind == "curl":
        v = c.pw(r)
        return [(a, "curl -u admin:%s https://%s/api/status" % (v, c.host(r, sid[:8])), _sec(v, "password"))]
    # negatives
    if kind == "masked":
        v = c.masked(r)
        return [(a, L["masked"].format(v=v), _neg(v, "masked"))]
    if kind == "vault":
        v = c.vaultref(r)
        return [(a, L["vault"].format(v=v), _neg(v, "vault-reference"))]
    if kind == "policy":
        return [(b, L["policy"], _neg(L["policy"], "policy-sentence"))]
    if kind == "reqid":
        v = c.reqid(r)
        return [(a, L["reqid"].format(v=v), _neg(v, "identifier"))]
    if kind == "commit":
        v = c.sha(r)
        return [(b, L["commit"].format(v=v), _neg(v, "git-sha"))]
    if kind == "placeholder":
        v = r.choice(["YOUR_API_KEY_HERE", "<your-token>", "xxxx-xxxx-xxxx-xxxx", "changeme", "REPLACE_ME",
                      "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"])
        return [(a, L["placeholder"].format(v=v), _neg(v, "placeholder"))]
    raise ValueError(kind)


def script(c, r, L, nsec, nneg, chatter=2):
    """A list of messages: nsec secret exchanges, nneg negative exchanges, chatter in between."""
    people = list(c.people)
    r.shuffle(people)
    kinds = r.sample(SECRET_EXCHANGES, nsec) + r.sample(NEG_EXCHANGES, nneg)
    r.shuffle(kinds)
    # a policy sentence reads oddly right before a pasted password; keep the order but it is allowed
    blocks = []
    for i, k in enumerate(kinds):
        a, b = people[i % len(people)], people[(i + 1) % len(people)]
        blocks.append(exchange(c, r, L, k, a, b))
    fill = ["chat1", "chat2", "chat3"]
    msgs = [(people[0], L["greet"], None)]
    for bl in blocks:
        if r.random() < 0.5 and chatter:
            msgs.append((r.choice(people), L[r.choice(fill)], None))
        msgs.extend(bl)
    msgs.append((people[1], L["ok"], None))
    return msgs
