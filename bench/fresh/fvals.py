"""Random synthetic values: provider-shaped tokens, human-style passwords, names, hashes.

Token shapes (prefix, length, alphabet, checksum) follow public provider documentation as
summarised in shared/research/secrets-anchors.md. Every value is drawn from the seeded RNG.
"""

import base64
import binascii
import hashlib
import hmac
import json
import string
import urllib.parse
import uuid

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
B32 = string.ascii_uppercase + "234567"
LOWER_NUM = string.ascii_lowercase + string.digits

WORDS = """anchor apple arrow aspen atlas autumn badger bamboo banjo basil beacon birch biscuit blizzard blossom
bonfire bramble breeze brook bucket cactus canyon caramel cashew castle cedar cello chalk cherry cinder citrus
clover cobalt comet copper coral cosmic cotton coyote crane crystal daisy dolphin dragon drift ember falcon
fennel fern fiddle fjord flint forest fossil fox galaxy garnet ginger glacier granite gravel harbor hazel
heron hickory honey horizon iris ivory jasmine juniper kayak kettle koala lagoon lantern lemon lilac linen
lizard lotus lunar magnet mango maple marble meadow meteor mint mocha monsoon moose mosaic nectar nickel
nutmeg oasis ocean olive onyx orbit orchid otter oyster paddle panda papaya pebble pepper pigeon pine
pixel plum polar poppy prairie quartz quill rabbit raven reef ripple river robin saffron salmon sapphire
sequoia shadow silver sparrow spruce squash summit sunset tango thistle thunder tiger timber tulip tundra
velvet violet walnut willow wombat yarrow zephyr""".split()
PETS = "Buddy Max Bella Luna Charlie Daisy Rocky Milo Coco Bailey Lucy Oscar Teddy Rosie Ziggy Pepper Nala Simba Biscuit Mochi".split()
TEAMS = "Arsenal Lakers Yankees Celtics Packers Chelsea Liverpool Broncos Warriors Raiders Dodgers Rangers".split()
CITIES = "Boston Denver Austin Seattle Dublin Berlin Lisbon Oslo Madrid Toronto Chicago Phoenix Sydney Osaka".split()
FIRST = """Alice Bruno Carla Deepak Elena Farid Greta Hiro Ines Jonas Kavya Liam Maya Nikolai Olga Pedro Quinn Rosa
Sanjay Tara Umar Vera Wes Xin Yusuf Zoe Amara Bjorn Chloe Diego Emeka Freya Gustavo Hana Ivan Julia""".split()
LAST = """Adams Becker Costa Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Larsen Moreau Novak Okafor
Petrov Quinn Rossi Santos Tanaka Ueda Vargas Weber Yilmaz Zhang Murphy Nguyen Patel Schmidt Lindqvist""".split()
MONTHS = "January February March April May June July August September October November December".split()
SEASONS = ["Spring", "Summer", "Autumn", "Fall", "Winter"]
COMPANIES = [("Northwind", "northwind"), ("Bluefin", "bluefin"), ("Harborline", "harborline"),
             ("Quillon", "quillon"), ("Tessellate", "tessellate"), ("Corvid", "corvid"),
             ("Lumenfold", "lumenfold"), ("Kestrel", "kestrel"), ("Marlowe", "marlowe")]
TLDS = ["io", "com", "dev", "co", "net"]


class V:
    """All random values for one corpus. Secrets are unique within the corpus."""

    def __init__(self, rng):
        self.r = rng
        self.used = set()
        self.company, self.slug = rng.choice(COMPANIES)
        self.domain = "%s.%s" % (self.slug, rng.choice(TLDS))

    # ------------------------------------------------------------ primitives
    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n, urlsafe=False, pad=True):
        b = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(self.rbytes(n)).decode()
        return b if pad else b.rstrip("=")

    def uniq(self, fn, *a, **kw):
        for _ in range(100):
            v = fn(*a, **kw)
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    def pick(self, seq):
        return self.r.choice(seq)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.s(string.digits, n - 1)

    # ------------------------------------------------------------ names
    def first(self):
        return self.pick(FIRST)

    def person(self):
        f, l = self.pick(FIRST), self.pick(LAST)
        return f, l, ("%s.%s" % (f, l)).lower()

    def email(self, user=None):
        return "%s@%s" % (user or self.person()[2], self.domain)

    def user(self):
        f, l, _ = self.person()
        return self.pick([f.lower(), (f[0] + l).lower(), "%s_%s" % (f.lower(), l.lower()), f.lower() + self.digits(2)])

    def svc_user(self, base):
        return self.pick([base, base + "_app", "svc_" + base, base + "_rw", base + "user"])

    def host(self, role, env="prod"):
        return self.pick(["%s-%s-%02d.%s.internal" % (role, env, self.r.randint(1, 9), self.slug),
                          "%s.%s.%s" % (role, env, self.domain),
                          "%s-%d.%s.svc.cluster.local" % (role, self.r.randint(0, 2), env)])

    # ------------------------------------------------------------ passwords
    SYM = "!@#%^*-_=+.?~"

    def password(self, ctx="any", style=None):
        """Human / password-manager style password. ctx restricts the character set:
        any (no quotes, backslash, $, &, <, >), shell (also no ! ? *), alnum, url (percent-encoded)."""
        return self.uniq(self._pw, ctx, style)

    def _pw(self, ctx, style):
        r = self.r
        sym = {"any": self.SYM, "shell": "@#%^-_=+.~", "alnum": "", "url": self.SYM, "safe": "-_."}[ctx]
        symc = (lambda: r.choice(sym)) if sym else (lambda: "")
        style = style or r.choices(
            ["season", "word", "leet", "phrase", "pm", "pm_alnum", "apple", "company", "openssl", "keyboard",
             "namedate", "hex"], [8, 9, 7, 10, 11, 5, 5, 5, 4, 3, 4, 3])[0]
        y = r.choice([str(r.randint(2015, 2026)), str(r.randint(15, 26)), str(r.randint(1, 99))])
        if style == "season":
            pw = r.choice(SEASONS + MONTHS) + y + symc()
        elif style == "word":
            w = r.choice(PETS + TEAMS + CITIES + [x.capitalize() for x in WORDS])
            pw = r.choice([w + symc() + y, w + y + symc(), symc() + w + y])
        elif style == "leet":
            w = r.choice(WORDS) + r.choice(WORDS)
            tr = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
            w = "".join(tr[c] if c in tr and r.random() < 0.5 else c for c in w)
            pw = w[0].upper() + w[1:] + str(r.randint(1, 99)) + symc()
        elif style == "phrase":
            sep = r.choice(["-", ".", "_", "", "-"]) if ctx != "alnum" else ""
            ws = [r.choice(WORDS) for _ in range(r.randint(3, 4))]
            if r.random() < 0.5 or sep == "":
                ws = [w.capitalize() for w in ws]
            pw = sep.join(ws) + (str(r.randint(1, 99)) if r.random() < 0.7 else "")
        elif style == "pm":
            n = r.choice([16, 18, 20, 24, 32])
            pool = ALNUM + (sym * 2)
            while True:
                pw = "".join(r.choice(pool) for _ in range(n))
                if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c.islower() for c in pw) \
                        and (not sym or any(c in sym for c in pw)):
                    break
        elif style == "pm_alnum":
            pw = self.s(ALNUM, r.choice([16, 20, 24, 32]))
        elif style == "apple":
            parts = ["".join(r.choice("bcdfghjkmnpqrstvwxz" if i % 2 == 0 else "aeiouy") for i in range(6))
                     for _ in range(3)]
            i = r.randrange(3)
            j = r.randrange(6)
            parts[i] = parts[i][:j] + str(r.randint(0, 9)) + parts[i][j + 1:]
            k = r.randrange(3)
            parts[k] = parts[k][0].upper() + parts[k][1:]
            pw = "-".join(parts)
        elif style == "company":
            pw = r.choice([self.company, self.company.lower(), "Welcome", "P@ssw0rd", "Passw0rd", "Admin"]) + \
                r.choice(["@", "#", "!", "_", ""]) + r.choice([y, "123", "2024", "2025", "1"])
            if ctx in ("alnum",):
                pw = "".join(c for c in pw if c.isalnum())
        elif style == "openssl":
            pw = self.b64(r.choice([12, 15, 18, 24]))
            if ctx in ("shell", "alnum", "url", "safe"):
                pw = pw.replace("+", "x").replace("/", "Q").rstrip("=")
        elif style == "keyboard":
            pw = r.choice(["1qaz2wsx", "Zaq12wsx", "1qaz@WSX", "qwerty", "Qwerty", "asdf", "Asdfgh"]) + \
                r.choice(["3edc", "!QAZ", "123", "2025", "#", "!!"]) + str(r.randint(1, 99))
        elif style == "namedate":
            pw = r.choice([n.lower() for n in FIRST] + FIRST) + r.choice(["", "_", "."]) + \
                r.choice(["%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), str(r.randint(1965, 2012))]) + symc()
        else:
            pw = self.hexs(r.choice([24, 32]))
        if ctx == "alnum":
            pw = "".join(c for c in pw if c.isalnum())
        if ctx == "shell":
            pw = "".join(c for c in pw if c not in "!?*$`\"'\\&;<>|() ")
        if ctx == "safe":
            pw = "".join(c for c in pw if c.isalnum() or c in "-_.")
        for bad in "'\"\\$&<>` ":
            pw = pw.replace(bad, "")
        if len(pw) < 8:
            pw += str(r.randint(100, 999)) + ("" if ctx in ("alnum", "safe", "shell") else symc())
        if ctx == "url":
            pw = urllib.parse.quote(pw, safe="!*-._~")
        return pw

    def passphrase(self):
        return self.uniq(lambda: " ".join(self.r.choice(WORDS) for _ in range(self.r.randint(4, 6))))

    # ------------------------------------------------------------ generic secrets
    def hexkey(self, n=32):
        return self.uniq(self.hexs, n)

    def b64key(self, nbytes=32, urlsafe=False, pad=True):
        return self.uniq(self.b64, nbytes, urlsafe, pad)

    def alnum(self, n):
        return self.uniq(self.s, ALNUM, n)

    # ------------------------------------------------------------ GitHub / npm (CRC32, base62)
    @staticmethod
    def b62(n, width=6):
        out = ""
        while n:
            n, r = divmod(n, 62)
            out = B62[r] + out
        return out.rjust(width, "0")

    def _crc_token(self, prefix, body_len=30):
        body = self.s(ALNUM, body_len)
        return prefix + body + self.b62(binascii.crc32(body.encode()) & 0xFFFFFFFF)

    def github(self, kind="ghp"):
        return self.uniq(self._crc_token, kind + "_")

    def github_bad_crc(self):
        t = self._crc_token("ghp_")
        last = t[-1]
        return t[:-1] + ("A" if last != "A" else "B")

    def npm(self):
        return self.uniq(self._crc_token, "npm_")

    def github_fine(self):
        return self.uniq(lambda: "github_pat_11" + self.s(string.ascii_uppercase + string.digits, 20) + "_" +
                         self.s(ALNUM, 59))

    # ------------------------------------------------------------ providers (shapes from docs)
    def gitlab(self, kind="glpat-"):
        return self.uniq(lambda: kind + self.s(ALNUM + "-_", 20))

    def gitlab_trigger(self):
        return self.uniq(lambda: "glptt-" + self.hexs(40))

    def gitlab_runner_reg(self):
        return self.uniq(lambda: "GR1348941" + self.s(ALNUM + "-_", 20))

    def aws_pair(self, prefix="AKIA"):
        kid = self.uniq(lambda: prefix + self.s(B32, 16))
        sec = self.uniq(self.s, ALNUM + "+/", 40)
        return kid, sec

    def aws_session_token(self):
        return self.uniq(lambda: "IQoJb3JpZ2luX2Vj" + self.s(ALNUM + "+/", 340) + "=")

    def slack(self, kind="xoxb"):
        r = self.r
        if kind == "xoxb":
            return self.uniq(lambda: "xoxb-%s-%s-%s" % (self.digits(11), self.digits(13), self.s(ALNUM, 24)))
        if kind == "xoxp":
            return self.uniq(lambda: "xoxp-%s-%s-%s-%s" % (self.digits(11), self.digits(11), self.digits(13),
                                                            self.hexs(32)))
        if kind == "xapp":
            return self.uniq(lambda: "xapp-1-A%s-%s-%s" % (self.s(string.ascii_uppercase + string.digits, 10),
                                                            self.digits(13), self.hexs(64)))
        raise ValueError(kind)

    def slack_webhook(self):
        U = string.ascii_uppercase + string.digits
        return self.uniq(lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (
            self.s(U, 8), self.s(U, 10), self.s(ALNUM, 24)))

    def discord_webhook(self):
        return self.uniq(lambda: "https://discord.com/api/webhooks/%s/%s" % (self.digits(19), self.s(B64U, 68)))

    def teams_webhook(self):
        return self.uniq(lambda: "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
            self.slug, self.uuid(), self.uuid(), self.hexs(32), self.uuid()))

    def stripe(self, kind="sk_live_"):
        n = self.r.choice([24, 99]) if kind != "whsec_" else 32
        return self.uniq(lambda: kind + self.s(ALNUM, n))

    def twilio_pair(self):
        return self.uniq(lambda: "AC" + self.hexs(32)), self.uniq(self.hexs, 32)

    def twilio_api_key(self):
        return self.uniq(lambda: "SK" + self.hexs(32)), self.uniq(self.s, ALNUM, 32)

    def sendgrid(self):
        return self.uniq(lambda: "SG." + self.s(B64U, 22) + "." + self.s(B64U, 43))

    def mailgun(self):
        return self.uniq(lambda: "key-" + self.hexs(32))

    def mailchimp(self):
        return self.uniq(lambda: self.hexs(32) + "-us" + str(self.r.randint(1, 21)))

    def postmark(self):
        return self.uniq(self.uuid)

    def pypi(self, test=False):
        loc = b"test.pypi.org" if test else b"pypi.org"
        ident = self.uuid().encode()
        cav = json.dumps({"permissions": {"projects": [self.pick(WORDS) + "-" + self.pick(WORDS)]},
                          "version": 1}).encode()
        raw = b"\x02" + b"\x01" + bytes([len(loc)]) + loc + b"\x02" + bytes([len(ident)]) + ident + b"\x00" + \
            b"\x02" + bytes([len(cav)]) + cav + b"\x00" + b"\x00" + b"\x06\x20" + self.rbytes(32)
        return self.uniq(lambda: "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("="))

    def rubygems(self):
        return self.uniq(lambda: "rubygems_" + self.hexs(48))

    def nuget(self):
        return self.uniq(lambda: "oy2" + self.s(string.ascii_lowercase + string.digits, 43))

    def docker_pat(self):
        return self.uniq(lambda: "dckr_pat_" + self.s(B64U, 27))

    def openai(self, kind="proj"):
        m = "T3BlbkFJ"
        if kind == "legacy":
            return self.uniq(lambda: "sk-" + self.s(ALNUM, 20) + m + self.s(ALNUM, 20))
        pre = {"proj": "sk-proj-", "svc": "sk-svcacct-", "admin": "sk-admin-"}[kind]
        return self.uniq(lambda: pre + self.s(B64U, 74) + m + self.s(B64U, 74))

    def anthropic(self, admin=False):
        return self.uniq(lambda: ("sk-ant-admin01-" if admin else "sk-ant-api03-") + self.s(B64U, 93) + "AA")

    def hf(self, org=False):
        return self.uniq(lambda: ("api_org_" if org else "hf_") + self.s(string.ascii_letters, 34))

    def groq(self):
        return self.uniq(lambda: "gsk_" + self.s(ALNUM, 52))

    def replicate(self):
        return self.uniq(lambda: "r8_" + self.s(ALNUM, 37))

    def openrouter(self):
        return self.uniq(lambda: "sk-or-v1-" + self.hexs(64))

    def perplexity(self):
        return self.uniq(lambda: "pplx-" + self.s(ALNUM, 48))

    def langsmith(self):
        return self.uniq(lambda: "lsv2_" + self.pick(["pt", "sk"]) + "_" + self.hexs(32) + "_" + self.hexs(10))

    def google_api(self):
        return self.uniq(lambda: "AIza" + self.s(B64U, 35))

    def gocspx(self):
        return self.uniq(lambda: "GOCSPX-" + self.s(B64U, 28))

    def google_client_id(self):
        return "%s-%s.apps.googleusercontent.com" % (self.digits(12), self.s(LOWER_NUM, 32))

    def azure_client_secret(self):
        return self.uniq(lambda: self.s(ALNUM, 3) + str(self.r.randint(0, 9)) + "Q~" + self.s(ALNUM + "_~.-", 34))

    def azure_storage_key(self):
        return self.uniq(lambda: base64.b64encode(self.rbytes(64)).decode())

    def azure_devops(self):
        return self.uniq(lambda: self.s(string.ascii_lowercase + "234567", 52))

    def azure_sas_sig(self):
        return urllib.parse.quote(base64.b64encode(self.rbytes(32)).decode(), safe="")

    def datadog_api(self):
        return self.uniq(self.hexs, 32)

    def datadog_app(self):
        return self.uniq(self.hexs, 40)

    def newrelic_user(self):
        return self.uniq(lambda: "NRAK-" + self.s(string.ascii_uppercase + string.digits, 27))

    def newrelic_license(self):
        return self.uniq(lambda: self.hexs(36) + "NRAL")

    def newrelic_insert(self):
        return self.uniq(lambda: "NRII-" + self.s(B64U, 32))

    def sentry_user(self):
        return self.uniq(lambda: "sntryu_" + self.hexs(64))

    def sentry_org(self, org):
        payload = json.dumps({"iat": self.r.randint(1700000000, 1760000000), "url": "https://sentry.io",
                              "region_url": "https://us.sentry.io", "org": org}, separators=(",", ":"))
        return self.uniq(lambda: "sntrys_" + base64.b64encode(payload.encode()).decode().rstrip("=") + "_" +
                         self.s(B64U, 43))

    def grafana_sa(self):
        body = self.s(ALNUM, 32)
        return self.uniq(lambda: "glsa_" + body + "_" + "%08x" % (binascii.crc32(body.encode()) & 0xFFFFFFFF))

    def grafana_cloud(self, stack):
        payload = json.dumps({"o": self.digits(6), "n": stack + "-token", "k": self.s(ALNUM, 24),
                              "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
        return self.uniq(lambda: "glc_" + base64.b64encode(payload.encode()).decode())

    def pagerduty_key(self):
        return self.uniq(self.hexs, 32)

    def pagerduty_api(self):
        return self.uniq(lambda: "u+" + self.s(B64U, 18))

    def dynatrace(self):
        U = string.ascii_uppercase + string.digits
        return self.uniq(lambda: "dt0c01." + self.s(U, 24) + "." + self.s(U, 64))

    def okta(self):
        return self.uniq(lambda: "00" + self.s(B64U, 40))

    def vault(self):
        return self.uniq(lambda: "hvs." + self.s(B64U, 91))

    def tfc(self):
        return self.uniq(lambda: self.s(ALNUM, 14) + ".atlasv1." + self.s(ALNUM, 67))

    def pulumi(self):
        return self.uniq(lambda: "pul-" + self.hexs(40))

    def doppler(self, kind="st"):
        return self.uniq(lambda: "dp.%s.%s" % (kind, self.s(ALNUM, 43)))

    def digitalocean(self):
        return self.uniq(lambda: "dop_v1_" + self.hexs(64))

    def cloudflare_token(self):
        return self.uniq(self.s, B64U, 40)

    def shopify(self, kind="shpat_"):
        return self.uniq(lambda: kind + self.hexs(32))

    def square(self):
        return self.uniq(lambda: "EAAA" + self.s(B64U, 60))

    def braintree(self):
        return self.uniq(lambda: "access_token$production$%s$%s" % (self.s(LOWER_NUM, 16), self.hexs(32)))

    def atlassian(self):
        return self.uniq(lambda: "ATATT3xFfGF0" + self.s(B64U, 170) + "=" + self.hexs(8).upper())

    def linear(self):
        return self.uniq(lambda: "lin_api_" + self.s(ALNUM, 40))

    def notion(self):
        return self.uniq(lambda: "ntn_" + self.digits(11) + self.s(ALNUM, 35))

    def figma(self):
        return self.uniq(lambda: "figd_" + self.s(B64U, 40))

    def postman(self):
        return self.uniq(lambda: "PMAK-" + self.hexs(24) + "-" + self.hexs(34))

    def telegram(self):
        return self.uniq(lambda: self.digits(10) + ":AA" + self.s(B64U, 33))

    def supabase_mgmt(self):
        return self.uniq(lambda: "sbp_" + self.hexs(40))

    def supabase_secret(self):
        return self.uniq(lambda: "sb_secret_" + self.s(B64U, 31))

    def fcm_server_key(self):
        return self.uniq(lambda: "AAAA" + self.s(B64U, 7) + ":APA91b" + self.s(B64U, 134))

    def expo(self):
        return self.uniq(lambda: self.s(B64U, 40))

    def dropbox(self):
        return self.uniq(lambda: "sl.B" + self.s(B64U, 135))

    def frameio(self):
        return self.uniq(lambda: "fio-u-" + self.s(B64U, 64))

    def b2_pair(self):
        return self.uniq(lambda: "00" + self.hexs(23)), self.uniq(lambda: "K00" + self.s(ALNUM + "/+", 28))

    def vimeo(self):
        return self.uniq(self.hexs, 32)

    def elastic_api_key(self):
        return self.uniq(lambda: base64.b64encode(("%s:%s" % (self.s(B64U, 20), self.s(B64U, 22))).encode()).decode())

    def honeycomb(self):
        return self.uniq(lambda: "hcaik_" + self.s(string.ascii_lowercase + string.digits, 58))

    def buildkite(self):
        return self.uniq(lambda: "bkua_" + self.hexs(40))

    def circleci(self):
        return self.uniq(lambda: "CCIPAT_" + self.s(ALNUM, 22) + "_" + self.hexs(40))

    def snyk(self):
        return self.uniq(self.uuid)

    def sonar(self):
        return self.uniq(lambda: "squ_" + self.hexs(40))

    def jfrog_ref(self):
        return self.uniq(lambda: "cmVmdGtuOjAxOjE3" + self.s(ALNUM, 48))

    def swarm(self):
        return self.uniq(lambda: "SWMTKN-1-" + self.s(LOWER_NUM, 50) + "-" + self.s(LOWER_NUM, 25))

    def mapbox_secret(self):
        return self.uniq(lambda: "sk.eyJ1Ijoi" + self.s(B64U, 40) + "." + self.s(B64U, 22))

    def wandb(self):
        return self.uniq(self.hexs, 40)

    def pinecone(self):
        return self.uniq(lambda: "pcsk_" + self.s(ALNUM, 6) + "_" + self.s(ALNUM, 63))

    def cohere(self):
        return self.uniq(self.s, ALNUM, 40)

    def mistral(self):
        return self.uniq(self.s, ALNUM, 32)

    def deepseek(self):
        return self.uniq(lambda: "sk-" + self.hexs(32))

    def xai(self):
        return self.uniq(lambda: "xai-" + self.s(ALNUM, 80))

    def gitea(self):
        return self.uniq(self.hexs, 40)

    # ------------------------------------------------------------ JWT
    @staticmethod
    def _b64u(b):
        return base64.urlsafe_b64encode(b).decode().rstrip("=")

    def jwt(self, claims, key=None, alg="HS256"):
        head = self._b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        body = self._b64u(json.dumps(claims, separators=(",", ":")).encode())
        if alg == "HS256":
            sig = hmac.new((key or self.hexs(32)).encode(), (head + "." + body).encode(), hashlib.sha256).digest()
        else:
            sig = self.rbytes(256)
        return self.uniq(lambda: head + "." + body + "." + self._b64u(sig))

    def iat(self):
        return self.r.randint(1690000000, 1760000000)

    # ------------------------------------------------------------ negatives
    def sha256(self):
        return hashlib.sha256(self.rbytes(16)).hexdigest()

    def sha1(self):
        return hashlib.sha1(self.rbytes(16)).hexdigest()

    def md5(self):
        return hashlib.md5(self.rbytes(16)).hexdigest()

    def sri(self, algo="sha512"):
        n = {"sha512": 64, "sha384": 48, "sha256": 32}[algo]
        return algo + "-" + base64.b64encode(self.rbytes(n)).decode()

    def gosum(self):
        return "h1:" + base64.b64encode(self.rbytes(32)).decode()

    def bcrypt(self):
        return "$2b$%02d$" % self.r.choice([10, 12]) + self.s(string.ascii_letters + string.digits + "./", 53)

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64(16, pad=False), self.b64(32, pad=False))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.s(ALNUM + "./", 16), self.s(ALNUM + "./", 86))

    def pbkdf2_django(self):
        return "pbkdf2_sha256$600000$%s$%s" % (self.s(ALNUM, 22), self.b64(32))

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (self.b64(16), self.b64(32), self.b64(32))

    def mysql_native(self):
        return "*" + self.hexs(40).upper()

    def stripe_pk(self):
        return "pk_live_" + self.s(ALNUM, 99)

    def sentry_dsn(self, proj="backend"):
        return "https://%s@o%s.ingest.sentry.io/%s" % (self.hexs(32), self.digits(6), self.digits(7))

    def dd_client_token(self):
        return "pub" + self.hexs(32)

    def posthog(self):
        return "phc_" + self.s(ALNUM, 43)

    def nr_browser(self):
        return "NRJS-" + self.hexs(19)

    def sealed(self, n=420):
        return "AgB" + self.s(B64, n) + "=="

    def sops(self):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (self.b64(self.r.randint(12, 30)), self.b64(32),
                                                                    self.b64(16))

    def ansible_vault_lines(self, n=5):
        return ["$ANSIBLE_VAULT;1.1;AES256"] + [self.hexs(80) for _ in range(n)]

    def pulumi_secure(self):
        return "v1:" + self.b64(12) + ":" + self.b64(self.r.randint(24, 48))

    def rails_enc(self):
        return "%s--%s--%s" % (self.b64(self.r.randint(90, 300)), self.b64(12), self.b64(16))
