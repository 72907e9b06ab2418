"""Random values for the novel corpus: provider-shaped tokens, human-style passwords, names,
hashes and other look-alikes. Every draw comes from the Gen's random.Random, so a seed fixes
the whole corpus. Token shapes follow the providers' public documentation (prefix, length,
alphabet) as summarised in shared/research/secrets-anchors.md.
"""

import base64
import binascii
import hashlib
import hmac
import json
import string
import urllib.parse

import nkeys

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"

WORDS = ("amber anchor apple arrow aspen atlas autumn badger bamboo banjo basil beacon birch biscuit bison blossom "
         "breeze bridge bronze buffalo cactus canyon cedar cherry cinder clover cobalt comet copper coral cosmos "
         "cricket crystal cypress dahlia delta denim falcon fennel ferret fjord flint forest fossil galaxy garnet "
         "ginger glacier granite gravel harbor hazel heron hickory horizon indigo iris ivory jasper juniper kestrel "
         "lagoon lantern lemon lilac linen lotus magnet maple marble meadow meteor mango mist monsoon moss nectar "
         "nutmeg oasis olive onyx orbit orchid otter oyster paddle panther papaya pebble pepper pigeon pine pixel "
         "plum polar poppy prairie quartz quill rabbit raven reef ripple river robin saffron salmon sapphire "
         "sequoia shadow sierra silver sparrow spruce summit sunset tango thistle thunder tiger timber topaz tulip "
         "tundra velvet violet walnut willow winter zephyr").split()
FIRST = ("Aisha Alejandro Amara Anders Anika Ayumi Bastien Beatriz Bogdan Caoimhe Chidi Dagny Dmitri Elif Emeka Esme "
         "Farid Fatima Gunnar Hana Hiroshi Ingrid Isidro Jasmin Joaquin Kalani Kenji Laila Lars Leilani Lucia Mateus "
         "Mei Milos Nadia Nikhil Noor Olamide Oskar Paloma Priya Quentin Rafael Rania Rohan Saanvi Sigrid Tariq "
         "Thandiwe Tomasz Ulla Valentina Wanjiru Xiomara Yusuf Zainab Zoltan").split()
LAST = ("Abara Andersson Bakshi Balogun Castellanos Chowdhury Dimitrov Eriksen Fagerlund Ferreira Gallagher Haddad "
        "Hakimi Ishikawa Jovanovic Kaczmarek Kowalczyk Lindqvist Mahlangu Marchetti Nakamura Novak Obi Okafor "
        "Petrov Quispe Rahman Rasmussen Sandoval Szabo Takahashi Tanaka Urquhart Varga Vasquez Wojcik Yilmaz "
        "Zhukova Zielinski").split()
PETS = "Buddy Luna Max Bella Rocky Coco Milo Daisy Bear Nala Ziggy Pepper Ollie Mocha Biscuit Waffles".split()
SEASONS = "Spring Summer Autumn Winter Fall".split()
MONTHS = "January February March April May June July August September October November December".split()
TEAMS = "Arsenal Chelsea Celtic Rangers Packers Steelers Yankees Dodgers Lakers Bulls Ajax Benfica".split()


class Gen:
    def __init__(self, rng):
        self.r = rng
        self._used = set()

    # ---------------------------------------------------------- primitives
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def s(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uniq(self, fn, *a):
        for _ in range(50):
            v = fn(*a)
            if v not in self._used:
                self._used.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    def raw(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def hexs(self, n, upper=False):
        v = self.s(n, HEX)
        return v.upper() if upper else v

    def b64(self, nbytes, url=False, pad=True):
        b = self.raw(nbytes)
        v = base64.urlsafe_b64encode(b).decode() if url else base64.b64encode(b).decode()
        return v if pad else v.rstrip("=")

    def uuid(self, upper=False):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def num(self, digits):
        return str(self.r.randint(1, 9)) + self.s(digits - 1, DIG)

    # ---------------------------------------------------------- names
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def person(self):
        return "%s %s" % (self.first(), self.last())

    def user(self, style=None):
        f, l_ = self.first().lower(), self.last().lower()
        style = style or self.r.randint(0, 3)
        return [f + "." + l_, f[0] + l_, f + l_[0], l_ + f[0] + str(self.r.randint(1, 9))][style % 4]

    def word(self):
        return self.pick(WORDS)

    def host(self, prefix=None, dom="internal"):
        p = prefix or self.word()
        return "%s%02d.%s" % (p, self.r.randint(1, 40), dom)

    def ip(self, net="10"):
        if net == "10":
            return "10.%d.%d.%d" % (self.r.randint(0, 254), self.r.randint(0, 254), self.r.randint(2, 250))
        if net == "172":
            return "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 254), self.r.randint(2, 250))
        return "192.168.%d.%d" % (self.r.randint(0, 254), self.r.randint(2, 250))

    def date(self, y0=2023, y1=2025):
        return "%04d-%02d-%02d" % (self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))

    # ---------------------------------------------------------- passwords
    def pw(self, style=None, safe=False):
        """A password as people pick them. safe=True keeps to [A-Za-z0-9!._-] (fits URLs, INI, shell)."""
        r = self.r
        sym = "!._-" if safe else "!#%*+._-?@$^&="
        style = style if style is not None else r.choice(["word", "word", "pet", "leet", "phrase", "random", "random",
                                                          "season", "team", "keyboard"])
        if style == "word":
            v = self.word().capitalize() + str(r.randint(10, 2025)) + r.choice("!.#*?" if not safe else "!._")
        elif style == "pet":
            v = self.pick(PETS) + r.choice(["#", "@", "!", "."] if not safe else ["!", "."]) + str(r.randint(2005, 2024))
        elif style == "leet":
            w = self.word() + self.word()
            tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
            v = "".join(ch.translate(tr) if r.random() < 0.6 else ch for ch in w).capitalize() + r.choice("!?" if not safe else "!.") + str(r.randint(1, 99))
        elif style == "phrase":
            sep = r.choice(["-", ".", "_"] if safe else ["-", ".", " ", "_"]) if True else "-"
            if sep == " ":
                sep = "-"
            v = sep.join(self.word() for _ in range(r.randint(3, 4))) + str(r.randint(1, 99))
            if r.random() < 0.4:
                v = v.capitalize()
        elif style == "season":
            v = self.pick(SEASONS + MONTHS[:6]) + str(r.randint(2019, 2025)) + r.choice("!@#$" if not safe else "!.")
        elif style == "team":
            v = self.pick(TEAMS) + str(r.randint(1, 99)) + r.choice("!*" if not safe else "!_")
        elif style == "keyboard":
            v = r.choice(["Qwerty", "Asdf", "Zxcv", "Qazwsx", "Passw0rd"]) + str(r.randint(100, 99999)) + r.choice("!$" if not safe else "!.")
        else:  # random
            n = r.randint(14, 24)
            pool = ALNUM + sym
            while True:
                v = "".join(r.choice(pool) for _ in range(n))
                if any(c in DIG for c in v) and any(c in UP for c in v) and v[0] not in "-#=":
                    break
        if v in self._used:
            return self.pw(style, safe)
        self._used.add(v)
        return v

    def pw_strong(self, n=None, extra="!._-"):
        n = n or self.r.randint(16, 28)
        while True:
            v = self.s(1, ALNUM) + self.s(n - 1, ALNUM + extra)
            if any(c in DIG for c in v) and any(c in UP for c in v) and any(c in LOW for c in v):
                if v not in self._used:
                    self._used.add(v)
                    return v

    def secret_key(self, n=50, alphabet=ALNUM + "!@#%^&*(-_=+)"):
        """A framework secret key (Django-style)."""
        return self.s(n, alphabet)

    def hexkey(self, nbytes=32):
        return self.raw(nbytes).hex()

    def pw_url_encoded(self):
        """A password with a reserved character, written percent-encoded as it must be in a URI."""
        base = self.word().capitalize() + str(self.r.randint(10, 99))
        raw = base + self.r.choice(["@", "#", ":", "/", "%", "?"]) + self.s(4, ALNUM)
        return urllib.parse.quote(raw, safe="")

    # ---------------------------------------------------------- provider tokens
    def _crc_suffix(self, body):
        c = binascii.crc32(body.encode()) & 0xFFFFFFFF
        out = ""
        while c:
            c, r = divmod(c, 62)
            out = (DIG + UP + LOW)[r] + out
        return out.rjust(6, "0")

    def github(self, prefix="ghp_", bad=False):
        body = self.s(30)
        chk = self._crc_suffix(body)
        if bad:
            chk = chk[:-1] + ("0" if chk[-1] != "0" else "1")
        return prefix + body + chk

    def npm(self, bad=False):
        return "npm_" + self.github("", bad)

    def github_fine(self):
        return "github_pat_11" + self.s(20, UP + DIG) + "_" + self.s(59, ALNUM)

    def gitlab(self):
        return "glpat-" + self.s(20, B64U)

    def slack(self, kind="xoxb"):
        if kind == "xoxb":
            return "xoxb-%s-%s-%s" % (self.num(12), self.num(13), self.s(24))
        if kind == "xoxp":
            return "xoxp-%s-%s-%s-%s" % (self.num(12), self.num(12), self.num(13), self.hexs(32))
        return "xapp-1-A%s-%s-%s" % (self.s(10, UP + DIG), self.num(13), self.hexs(64))

    def slack_webhook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (self.s(8, UP + DIG), self.s(10, UP + DIG), self.s(24))

    def discord_webhook(self):
        return "https://discord.com/api/webhooks/%s/%s" % (self.num(19), self.s(68, B64U))

    def discord_bot(self):
        sid = self.num(18)
        return "%s.%s.%s" % (base64.b64encode(sid.encode()).decode().rstrip("="), self.s(6, B64U), self.s(38, B64U))

    def telegram(self):
        return "%s:AA%s" % (self.num(self.r.choice([9, 10])), self.s(33, B64U))

    def stripe(self, kind="sk_live_"):
        return kind + self.s(99 if kind in ("sk_live_", "rk_live_") else 24)

    def whsec(self):
        return "whsec_" + self.s(32)

    def sendgrid(self):
        return "SG.%s.%s" % (self.s(22, B64U), self.s(43, B64U))

    def mailgun(self, legacy=None):
        if legacy or (legacy is None and self.chance(0.4)):
            return "key-" + self.hexs(32)
        return "%s-%s-%s" % (self.hexs(32), self.hexs(8), self.hexs(8))

    def postmark(self):
        return self.uuid()

    def twilio_sid(self, kind="AC"):
        return kind + self.hexs(32)

    def openai(self, kind="sk-proj-"):
        return kind + self.s(74, B64U) + "T3BlbkFJ" + self.s(74, B64U)

    def anthropic(self):
        return "sk-ant-api03-" + self.s(93, B64U) + "AA"

    def hf(self):
        return "hf_" + self.s(34, LOW + UP)

    def groq(self):
        return "gsk_" + self.s(52)

    def replicate(self):
        return "r8_" + self.s(37)

    def pinecone(self):
        return "pcsk_%s_%s" % (self.s(6), self.s(64))

    def linear(self):
        return "lin_api_" + self.s(40)

    def notion(self):
        return "ntn_" + self.num(11) + self.s(35)

    def notion_legacy(self):
        return "secret_" + self.s(43)

    def asana(self):
        return "2/%s/%s:%s" % (self.num(16), self.num(16), self.hexs(32))

    def figma(self):
        return "figd_" + self.s(40, B64U)

    def mapbox_sk(self, user):
        payload = base64.b64encode(json.dumps({"u": user, "a": self.s(25, LOW + DIG)}, separators=(",", ":")).encode())
        return "sk." + payload.decode().rstrip("=") + "." + self.s(22, B64U)

    def mapbox_pk(self, user):
        payload = base64.b64encode(json.dumps({"u": user, "a": self.s(25, LOW + DIG)}, separators=(",", ":")).encode())
        return "pk." + payload.decode().rstrip("=") + "." + self.s(22, B64U)

    def doppler(self, kind="st"):
        if kind == "st":
            return "dp.st.%s.%s" % (self.pick(["prd", "stg", "dev"]), self.s(40))
        return "dp.%s.%s" % (kind, self.s(43))

    def fly(self):
        return "FlyV1 fm2_" + self.b64(150, pad=False).replace("/", "_").replace("+", "-") + ",fm2_" + self.b64(60, pad=False).replace("/", "_").replace("+", "-")

    def render(self):
        return "rnd_" + self.s(32)

    def netlify(self):
        return "nfp_" + self.s(36)

    def vercel(self):
        return "vcp_" + self.s(56, B64U)

    def cloudflare_token(self):
        return self.s(40, B64U)

    def cloudflare_global(self):
        return self.hexs(37)

    def cloudflare_origin_ca(self):
        return "v1.0-%s-%s" % (self.hexs(24), self.hexs(146))

    def digitalocean(self):
        return "dop_v1_" + self.hexs(64)

    def heroku(self):
        return "HRKU-AA" + self.s(58, B64U)

    def okta(self):
        return "00" + self.s(40, B64U)

    def zendesk(self):
        return self.s(40)

    def freshdesk(self):
        return self.s(20)

    def intercom(self):
        raw = "tok:%s:1:0" % self.uuid().replace("-", "_")
        return base64.b64encode(raw.encode()).decode()

    def atlassian(self):
        return "ATATT3xFfGF0" + self.s(170, B64U) + "=" + self.hexs(8, upper=True)

    def sentry_user(self):
        return "sntryu_" + self.hexs(64)

    def sentry_org(self, org):
        payload = {"iat": self.r.randint(1700000000, 1750000000) + 0.5, "url": "https://sentry.io",
                   "region_url": "https://us.sentry.io", "org": org}
        body = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return "sntrys_" + body + "_" + self.s(43)

    def newrelic_user(self):
        return "NRAK-" + self.s(27, UP + DIG)

    def newrelic_license(self):
        return self.hexs(36) + "NRAL"

    def dynatrace(self):
        return "dt0c01.%s.%s" % (self.s(24, UP + DIG), self.s(64, UP + DIG))

    def grafana_sa(self):
        body = self.s(32)
        return "glsa_%s_%08x" % (body, binascii.crc32(body.encode()) & 0xFFFFFFFF)

    def grafana_cloud(self, org):
        payload = {"o": self.num(6), "n": "%s-%s" % (org, self.word()), "k": self.s(24), "m": {"r": "prod-us-east-0"}}
        return "glc_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()

    def tailscale(self, kind="auth"):
        return "tskey-%s-k%s-%s" % (kind, self.s(11), self.s(32))

    def onepassword_sa(self):
        payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                   "iterations": 650000, "salt": self.b64(16, url=True, pad=False)}, "email": "%s@1passwordserviceaccounts.com" % self.s(13, LOW + DIG),
                   "srpX": self.hexs(64), "muk": {"alg": "A256GCM", "ext": True, "k": self.b64(32, url=True, pad=False),
                   "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + self.s(6, UP + DIG) + "-" + self.s(6, UP + DIG) + "-" + self.s(5, UP + DIG), "throttleSecret": {"seed": self.hexs(64), "uuid": self.s(26, UP + DIG)}, "deviceUuid": self.s(26, LOW + DIG)}
        return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")

    def sourcegraph(self):
        return "sgp_" + self.hexs(16) + "_" + self.hexs(40)

    def mistral(self):
        return self.s(32)

    def cohere(self):
        return self.s(40)

    def datadog_api(self):
        return self.hexs(32)

    def datadog_app(self):
        return self.hexs(40)

    def aws_id(self, prefix="AKIA"):
        return prefix + self.s(16, UP + "234567")

    def aws_secret(self):
        return self.s(40, ALNUM + "+/")

    def azure_client_secret(self):
        return self.s(3, ALNUM) + self.s(1, DIG) + "Q~" + self.s(34, ALNUM + "_~.-")

    def azure_storage_key(self):
        return self.b64(64)

    def gcp_api_key(self):
        return "AIza" + self.s(35, B64U)

    def google_client_secret(self):
        return "GOCSPX-" + self.s(28, B64U)

    def google_client_id(self):
        return "%s-%s.apps.googleusercontent.com" % (self.num(12), self.s(32, LOW + DIG))

    def vault_token(self):
        return "hvs." + self.s(90, B64U)

    def tfc(self):
        return self.s(14) + ".atlasv1." + self.s(67)

    def dockerhub(self):
        return "dckr_pat_" + self.s(27, B64U)

    def pulumi(self):
        return "pul-" + self.hexs(40)

    def shopify(self, kind="shpat_"):
        return kind + self.hexs(32)

    def square(self):
        return "EAAA" + self.s(60, B64U)

    def pagerduty(self):
        return self.s(20, ALNUM + "_-+")

    def splunk_hec(self):
        return self.uuid()

    def elastic_api_key(self):
        kid, key = self.s(20, B64U), self.s(22, B64U)
        return kid, key, base64.b64encode(("%s:%s" % (kid, key)).encode()).decode()

    def virustotal(self):
        return self.hexs(64)

    def shodan(self):
        return self.s(32)

    def abuseipdb(self):
        return self.hexs(80)

    def misp(self):
        return self.s(40)

    def thehive(self):
        return self.s(32, ALNUM + "+/")

    def crowdstrike(self):
        return self.hexs(32), self.s(40)

    def steam_web(self):
        return self.hexs(32, upper=True)

    def playfab_secret(self):
        return self.s(52, UP + DIG)

    def eos_secret(self):
        return self.s(43, ALNUM + "+/")

    def twitch_secret(self):
        return self.s(30, LOW + DIG)

    def binance(self):
        return self.s(64), self.s(64)

    def kraken(self):
        return self.s(56, ALNUM + "+/"), self.b64(64)

    def alchemy(self):
        return self.s(32, ALNUM + "_-")

    def infura(self):
        return self.hexs(32), self.s(32, ALNUM)

    def etherscan(self):
        return self.s(34, UP + DIG)

    def jwt_hs(self, payload, secret=None):
        secret = secret or self.raw(32)
        if isinstance(secret, str):
            secret = secret.encode()
        h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).rstrip(b"=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).rstrip(b"=")
        sig = base64.urlsafe_b64encode(hmac.new(secret, h + b"." + p, hashlib.sha256).digest()).rstrip(b"=")
        return (h + b"." + p + b"." + sig).decode()

    def jwt_es(self, payload, eckey, kid=None):
        hd = {"alg": "ES256", "typ": "JWT"}
        if kid:
            hd["kid"] = kid
        h = base64.urlsafe_b64encode(json.dumps(hd, separators=(",", ":")).encode()).rstrip(b"=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).rstrip(b"=")
        der = eckey.sign(h + b"." + p, self.r)
        _, a, b = nkeys.der_read(der)
        (_, r0, r1), (_, s0, s1) = nkeys.der_children(der, a, b)
        raw = int.from_bytes(der[r0:r1], "big").to_bytes(32, "big") + int.from_bytes(der[s0:s1], "big").to_bytes(32, "big")
        return (h + b"." + p + b"." + base64.urlsafe_b64encode(raw).rstrip(b"=")).decode()

    def basic(self, user, pw):
        return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()

    # ---------------------------------------------------------- look-alikes (negatives)
    def sha256(self):
        return hashlib.sha256(self.raw(16)).hexdigest()

    def sha1(self):
        return hashlib.sha1(self.raw(16)).hexdigest()

    def md5(self):
        return hashlib.md5(self.raw(16)).hexdigest()

    def sha512(self):
        return hashlib.sha512(self.raw(16)).hexdigest()

    def _crypt64(self, n):
        return self.s(n, "./" + DIG + UP + LOW)

    def bcrypt(self, cost=12, ver="2b"):
        return "$%s$%02d$%s" % (ver, cost, self.s(53, "./" + UP + LOW + DIG))

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.b64(16, pad=False), self.b64(32, pad=False))

    def sha512crypt(self):
        return "$6$%s$%s" % (self._crypt64(16), self._crypt64(86))

    def md5crypt(self, apr=False):
        return "$%s$%s$%s" % ("apr1" if apr else "1", self._crypt64(8), self._crypt64(22))

    def ssha(self):
        return "{SSHA}" + self.b64(24)

    def pbkdf2_django(self):
        return "pbkdf2_sha256$720000$%s$%s" % (self.s(22), self.b64(32))

    def scram(self):
        return "SCRAM-SHA-256$4096:%s$%s:%s" % (self.b64(16), self.b64(32), self.b64(32))

    def mysql_native(self):
        return "*" + self.hexs(40, upper=True)

    def cisco9(self):
        return "$9$%s$%s" % (self._crypt64(14), self._crypt64(43))

    def cisco5(self):
        return "$1$%s$%s" % (self._crypt64(4), self._crypt64(22))

    def git_sha(self):
        return self.sha1()

    def sri(self):
        return "sha512-" + self.b64(64)

    def sops(self):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (self.b64(self.r.randint(12, 30)), self.b64(32), self.b64(16))

    def vault_blob(self, lines=5):
        out = ["$ANSIBLE_VAULT;1.1;AES256"]
        for _ in range(lines):
            out.append(self.hexs(80))
        return out

    def dpapi(self):
        return "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + self.hexs(200)

    def jasypt(self):
        return "ENC(" + self.b64(32) + ")"

    def spring_cipher(self):
        return "{cipher}" + self.hexs(96)

    def keystore_cipher(self):
        return self.hexs(64)

    def eth_address_random(self):
        return nkeys.eth_address(nkeys.ECKey(self.r, nkeys.K1))

    def ga4(self):
        return "G-" + self.s(10, UP + DIG)

    def sentry_dsn(self, org="o"):
        return "https://%s@o%s.ingest.sentry.io/%s" % (self.hexs(32), self.num(6), self.num(7))

    # ---------------------------------------------------------- filler
    def placeholder(self):
        return self.pick(["changeme", "CHANGE_ME", "<password>", "<YOUR_PASSWORD>", "your-password-here", "xxxxxxxx",
                          "REPLACE_ME", "TODO", "********", "<redacted>", "[REDACTED]", "secret", "password",
                          "__PASSWORD__", "<set-me>", "example", "dummy", "***"])


MIX = {}  # category -> group; filled by register()


def register(group, *cats):
    for c in cats:
        MIX[c] = group
