"""Conversation scripts for the free text: who says what, which secrets and negatives (twentyfourth)."""
import prov24
from lang24 import ALL as LANGS

SEC_KINDS = ["pw", "qa", "temp", "wifi", "tok", "revoked", "pw", "tok"]
NEG_KINDS = ["vault", "nopost", "policy", "masked", "sha", "reqid"]


def sysname(ctx):
    s = ctx.choice(ctx.theme.systems)
    return s.upper() if len(s) <= 4 else s.capitalize()


def vault_ref(ctx, sysn):
    return ctx.choice(["secret/data/%s/%s" % (ctx.theme.key, sysn.lower()), "kv/%s/%s/admin" % (ctx.theme.key.split("-")[0], sysn.lower()),
                       "op://Ops/%s/password" % sysn])


class Script:
    """Draws messages. A message is {"who": person, "text": str, "lab": None | (kind, value, cat, group)}."""

    def __init__(self, ctx, deck):
        self.ctx, self.deck = ctx, deck

    def token(self):
        shape = self.deck.provider()
        return shape, prov24.SHAPE_FN[shape](self.ctx)

    def _f(self, L, key, **kw):
        return self.ctx.choice(L.P[key]).format(**kw)

    def secret_msgs(self, L, kind, who, who2):
        c = self.ctx
        sysn = sysname(c)
        if kind in ("pw", "qa", "temp"):
            pw = c.pw(spaces=True)
            user = c.svc_user()
            if kind == "temp":
                return [{"who": who, "text": self._f(L, "temp", pw=pw), "lab": ("secret", pw, "temp-password", "generic")}]
            m = {"who": who2 if kind == "qa" else who, "text": self._f(L, "pw", sys=sysn, pw=pw, user=user),
                 "lab": ("secret", pw, "shared-password", "generic")}
            if kind == "qa":
                return [{"who": who, "text": self._f(L, "ask", sys=sysn), "lab": None}, m]
            return [m]
        if kind == "wifi":
            pw = c.pw(style=c.choice(["weak", "phrase", "leet", "alnum"]))
            return [{"who": who, "text": self._f(L, "wifi", ssid=c.choice(c.theme.ssids), pw=pw), "lab": ("secret", pw, "wifi-key", "generic")}]
        shape, tok = self.token()
        key = "tok" if kind == "tok" else "revoked"
        svc = shape.split("-")[0].capitalize()
        return [{"who": who, "text": self._f(L, key, svc=svc, tok=tok), "lab": ("secret", tok, shape, "provider")}]

    def negative_msg(self, L, kind, who):
        c = self.ctx
        if kind == "vault":
            ref = vault_ref(c, sysname(c))
            return {"who": who, "text": self._f(L, "vault", ref=ref), "lab": ("negative", ref, "vault-reference", None)}
        if kind in ("nopost", "policy"):
            t = self._f(L, kind)
            return {"who": who, "text": t, "lab": ("negative", t, "policy-sentence" if kind == "policy" else "no-passwords-here", None)}
        if kind == "masked":
            shape, tok = self.token()
            m = prov24.mask(tok)
            return {"who": who, "text": self._f(L, "masked", masked=m), "lab": ("negative", m, "masked-key", None)}
        if kind == "sha":
            s = c.hexs(40)
            return {"who": who, "text": self._f(L, "sha", sha=s), "lab": ("negative", s, "commit-sha", None)}
        rid = c.uuid()
        return {"who": who, "text": self._f(L, "reqid", rid=rid), "lab": ("negative", rid, "request-id", None)}

    def chatter(self, L, who):
        return {"who": who, "text": self._f(L, "chatter", sys=sysname(self.ctx)), "lab": None}

    def conversation(self, L, n_sec, n_neg, sec_kinds=None, neg_kinds=None, chatter=3):
        c = self.ctx
        people = c.sample(c.people, 3)
        blocks = []
        for k in (sec_kinds or [c.choice(SEC_KINDS) for _ in range(n_sec)]):
            a, b = c.sample(people, 2)
            blocks.append(self.secret_msgs(L, k, a, b))
        for k in (neg_kinds or c.sample(NEG_KINDS, n_neg)):
            blocks.append([self.negative_msg(L, k, c.choice(people))])
        for _ in range(chatter):
            blocks.append([self.chatter(L, c.choice(people))])
        c.rng.shuffle(blocks)
        msgs = [self.chatter(L, people[0])]
        for b in blocks:
            msgs.extend(b)
        return msgs

    def lang_for(self, slot, p_en=0.2):
        """Theme language, or English for about one in five of the second chats, tickets and e-mails."""
        if slot in ("chat2", "ticket", "email") and self.ctx.chance(p_en):
            return LANGS["en"]
        return self.ctx.lang
