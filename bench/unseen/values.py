"""Random values: provider-shaped tokens, passwords, names.

Token shapes follow the providers' public documentation (prefix, length, alphabet)
and, where a format has an offline check (GitHub/npm CRC32, PyPI macaroon, JWT,
Discord snowflake, Azure 64-byte keys, Sentry org tokens, bech32), the value is built
so that the check passes.  Nothing here is copied from any scanner's rules or tests.
"""

import base64
import hashlib
import hmac
import json
import string
import zlib

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO                      # GitHub's base62 dictionary order
ALNUM = UP + LO + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
B32 = UP + "234567"


def b62_encode(n, pad=6):
    s = ""
    while n:
        s = B62[n % 62] + s
        n //= 62
    return s.rjust(pad, "0")


def crc_b62(body):
    return b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


class Tok:
    def __init__(self, rng):
        self.r = rng

    # ------------------------------------------------------------ primitives
    def chars(self, n, alphabet):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def mixed(self, n, alphabet=ALNUM):
        """Random string that contains an upper, a lower and a digit (if the alphabet has them)."""
        if n < 6:
            return self.chars(n, alphabet)
        while True:
            s = self.chars(n, alphabet)
            need = [c for c in (UP, LO, DIG) if set(c) & set(alphabet)]
            if all(set(s) & set(c) for c in need):
                return s

    def hex(self, n, upper=False):
        return self.chars(n, HEXU if upper else HEXL)

    def raw(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return b64s(self.raw(nbytes))

    def b64url(self, nbytes):
        return b64u(self.raw(nbytes))

    def uuid(self, upper=False):
        h = list(self.hex(32))
        h[12] = "4"
        h[16] = self.r.choice("89ab")
        h = "".join(h)
        s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return s.upper() if upper else s

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.chars(n - 1, DIG)

    def sha1(self):
        return hashlib.sha1(self.raw(20)).hexdigest()

    def sha256(self):
        return hashlib.sha256(self.raw(32)).hexdigest()

    def md5(self):
        return hashlib.md5(self.raw(16)).hexdigest()

    # ------------------------------------------------------------ crypt-style hashes (negatives)
    CRYPT = "./" + DIG + UP + LO

    def bcrypt(self, cost=10, variant="2y"):
        return "$%s$%02d$%s" % (variant, cost, self.chars(53, self.CRYPT))

    def apr1(self):
        return "$apr1$%s$%s" % (self.chars(8, self.CRYPT), self.chars(22, self.CRYPT))

    def md5crypt(self):
        return "$1$%s$%s" % (self.chars(8, self.CRYPT), self.chars(22, self.CRYPT))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.chars(16, self.CRYPT), self.chars(86, self.CRYPT))

    def phpass(self):
        return "$P$B" + self.chars(30, self.CRYPT)

    def argon2(self):
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64s(self.raw(16)).rstrip("="), b64s(self.raw(32)).rstrip("="))

    def mosquitto_pbkdf2(self):
        return "$7$101$%s$%s" % (b64s(self.raw(12)), b64s(self.raw(64)))

    # ------------------------------------------------------------ GitHub / GitLab
    def github(self, prefix="ghp", valid=True):
        body = self.chars(30, B62)
        chk = crc_b62(body)
        if not valid:
            while True:
                bad = self.chars(6, B62)
                if bad != chk:
                    chk = bad
                    break
        return "%s_%s%s" % (prefix, body, chk)

    def github_fine(self):
        return "github_pat_%s_%s" % (self.chars(22, B62), self.chars(59, B62))

    def npm(self, valid=True):
        return "npm_" + self.github("x", valid)[2:]

    def glpat(self):
        return "glpat-" + self.mixed(20, ALNUM + "-_")

    def glptt(self):
        return "glptt-" + self.hex(40)

    def glrt(self):
        return "glrt-" + self.chars(20, ALNUM + "-_")

    # ------------------------------------------------------------ AWS / GCP / Azure / other clouds
    def aws_id(self, prefix="AKIA"):
        return prefix + self.chars(16, B32)

    def aws_secret(self):
        return self.mixed(40, ALNUM + "+/")

    def aws_session(self):
        return "IQoJb3JpZ2luX2Vj" + self.chars(4, ALNUM) + b64s(self.raw(self.r.randint(560, 640)))

    def google_api(self):
        return "AIza" + self.mixed(35, ALNUM + "-_")

    def google_client_secret(self):
        return "GOCSPX-" + self.mixed(28, ALNUM + "-_")

    def google_refresh(self):
        return "1//0" + self.mixed(99, ALNUM + "-_")

    def azure_client_secret(self):
        return self.mixed(3, ALNUM) + self.r.choice(DIG) + "Q~" + self.mixed(34, ALNUM + "_~.-")

    def azure_storage_key(self):
        return b64s(self.raw(64))

    def azure_sas_sig(self):
        return b64s(self.raw(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    def azure_devops_pat(self):
        return self.chars(52, LO + "234567")

    def azure_sb_key(self):
        return b64s(self.raw(32))

    def alibaba_id(self):
        return "LTAI5t" + self.mixed(18, ALNUM)

    def tencent_id(self):
        return "AKID" + self.mixed(32, ALNUM)

    # ------------------------------------------------------------ chat / comms
    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.mixed(24, ALNUM))

    def slack_user(self):
        return "xoxp-%s-%s-%s-%s" % (self.digits(12), self.digits(12), self.digits(13), self.hex(32))

    def slack_webhook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            self.chars(8, UP + DIG), self.chars(10, UP + DIG), self.mixed(24, ALNUM))

    def discord_bot(self):
        snow = str(self.r.randint(10 ** 17, 13 * 10 ** 17))
        return "%s.%s.%s" % (b64u(snow.encode()), self.chars(6, B64URL), self.mixed(38, ALNUM + "-_"))

    def discord_webhook(self):
        return "https://discord.com/api/webhooks/%d/%s" % (
            self.r.randint(10 ** 17, 13 * 10 ** 17), self.mixed(68, ALNUM + "-_"))

    def telegram(self):
        return "%d:AA%s" % (self.r.randint(10 ** 9, 8 * 10 ** 9), self.mixed(33, ALNUM + "-_"))

    def twilio_sid(self, prefix="AC"):
        return prefix + self.hex(32)

    def sendgrid(self):
        return "SG.%s.%s" % (self.mixed(22, ALNUM + "-_"), self.mixed(43, ALNUM + "-_"))

    def mailgun(self):
        return "key-" + self.hex(32)

    def mailgun_new(self):
        return "%s-%s-%s" % (self.hex(32), self.hex(8), self.hex(8))

    def mailchimp(self):
        return "%s-us%d" % (self.hex(32), self.r.randint(2, 21))

    def resend(self):
        return "re_%s_%s" % (self.mixed(8, ALNUM), self.mixed(24, ALNUM))

    # ------------------------------------------------------------ payments / commerce
    def stripe(self, kind="sk_live"):
        return "%s_51%s" % (kind, self.mixed(97, ALNUM))

    def stripe_whsec(self):
        return "whsec_" + self.mixed(32, ALNUM)

    def shopify(self, prefix="shpat"):
        return "%s_%s" % (prefix, self.hex(32))

    def square(self):
        return "EAAA" + self.mixed(60, ALNUM + "-_")

    def revenuecat_secret(self):
        return "sk_" + self.mixed(26, ALNUM)

    # ------------------------------------------------------------ AI
    def openai(self):
        return "sk-proj-%sT3BlbkFJ%s" % (self.mixed(74, ALNUM + "-_"), self.mixed(74, ALNUM + "-_"))

    def openai_legacy(self):
        return "sk-%sT3BlbkFJ%s" % (self.mixed(20, ALNUM), self.mixed(20, ALNUM))

    def anthropic(self):
        return "sk-ant-api03-%sAA" % self.mixed(93, ALNUM + "-_")

    def huggingface(self):
        return "hf_" + self.mixed(34, UP + LO)

    def wandb(self):
        return self.hex(40)

    # ------------------------------------------------------------ package registries / dev tools
    def pypi(self, test=False):
        loc = b"test.pypi.org" if test else b"pypi.org"
        ident = json.dumps({"version": 1, "macaroon": self.uuid()}, separators=(",", ":")).encode()
        cav = json.dumps([1, [self.r.choice(["quillkit", "tidewater", "pyhelm", "datapress"])]],
                         separators=(",", ":")).encode()
        mac = b"\x02\x01" + bytes([len(loc)]) + loc + b"\x02" + bytes([len(ident)]) + ident + b"\x00" \
            + b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00\x06\x20" + self.raw(32)
        return "pypi-" + b64u(mac)

    def rubygems(self):
        return "rubygems_" + self.hex(48)

    def nuget(self):
        return "oy2" + self.chars(43, LO + DIG)

    def crates(self):
        return "cio" + self.mixed(32, ALNUM)

    def dockerhub(self):
        return "dckr_pat_" + self.mixed(27, ALNUM + "-_")

    def sonar(self):
        return "sqp_" + self.hex(40)

    def codecov(self):
        return self.uuid()

    # ------------------------------------------------------------ platforms / infra
    def heroku(self):
        return "HRKU-AA" + self.mixed(58, ALNUM + "-_")

    def digitalocean(self, kind="dop"):
        return "%s_v1_%s" % (kind, self.hex(64))

    def vault(self):
        return "hvs.CAESI" + self.mixed(86, ALNUM + "-_")

    def tfc(self):
        return "%s.atlasv1.%s" % (self.mixed(14, ALNUM), self.mixed(67, ALNUM))

    def doppler(self):
        return "dp.st.prd." + self.mixed(43, ALNUM)

    def databricks(self):
        return "dapi" + self.hex(32)

    def cloudflare_token(self):
        return self.mixed(40, ALNUM + "-_")

    def cloudflare_global(self):
        return self.hex(37)

    def netlify(self):
        return "nfp_" + self.mixed(36, ALNUM)

    def vercel(self):
        return "vcp_" + self.mixed(56, ALNUM)

    def datadog_api(self):
        return self.hex(32)

    def datadog_app(self):
        return self.hex(40)

    def newrelic(self):
        return "NRAK-" + self.chars(27, UP + DIG)

    def dynatrace(self):
        return "dt0c01.%s.%s" % (self.chars(24, UP + DIG), self.chars(64, UP + DIG))

    def grafana_cloud(self, org="acme"):
        payload = {"o": self.digits(6), "n": "stack-%s-hm-write-%s" % (self.digits(6), org),
                   "k": self.mixed(24, ALNUM), "m": {"r": "prod-eu-west-2"}}
        return "glc_" + b64s(json.dumps(payload, separators=(",", ":")).encode())

    def sentry_org(self, org):
        payload = {"iat": self.r.randint(1700000000, 1730000000), "url": "https://sentry.io",
                   "region_url": "https://de.sentry.io", "org": org}
        return "sntrys_%s_%s" % (b64s(json.dumps(payload, separators=(",", ":")).encode()).rstrip("="),
                                 self.mixed(43, ALNUM))

    def sentry_user(self):
        return "sntryu_" + self.hex(64)

    def okta(self):
        return "00" + self.mixed(40, ALNUM + "-_")

    def atlassian(self):
        return "ATATT3xFfGF0" + self.mixed(170, ALNUM + "-_") + "=" + self.hex(8, upper=True)

    def linear(self):
        return "lin_api_" + self.mixed(40, ALNUM)

    def notion(self):
        return "ntn_" + self.digits(11) + self.mixed(35, ALNUM)

    def postman(self):
        return "PMAK-%s-%s" % (self.hex(24), self.hex(34))

    def hubspot(self):
        return "pat-na1-" + self.uuid()

    def algolia_key(self):
        return self.hex(32)

    def fcm_server(self):
        return "AAAA%s:APA91b%s" % (self.mixed(7, ALNUM + "-_"), self.mixed(134, ALNUM + "-_"))

    def mapbox(self, kind="sk", user="acme"):
        mid = b64u(json.dumps({"u": user, "a": "cl" + self.chars(23, LO + DIG)}, separators=(",", ":")).encode())
        return "%s.%s.%s" % (kind, mid, self.mixed(22, ALNUM + "-_"))

    def planetscale_pw(self):
        return "pscale_pw_" + self.mixed(43, ALNUM + "-_")

    def turnstile_secret(self):
        return "0x4AAAAAAA" + self.mixed(32, ALNUM + "-_")

    def turnstile_site(self):
        return "0x4AAAAAAA" + self.mixed(12, ALNUM + "-_")

    def recaptcha_site(self):
        return "6L" + self.mixed(38, ALNUM + "-_")

    def elastic_sa_token(self, name="kibana", tok="kibana-prod"):
        raw = ("elastic/%s/%s:%s" % (name, tok, self.mixed(22, ALNUM + "-_"))).encode()
        return b64s(b"\x00\x01\x00\x01" + raw).rstrip("=")

    def elastic_api_key(self):
        return "%s:%s" % (self.mixed(20, ALNUM + "-_"), self.mixed(22, ALNUM + "-_"))

    def influx(self):
        return b64u(self.raw(64)) + "=="

    def onepassword_sa(self, email_user):
        payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                   "iterations": 650000, "salt": b64u(self.raw(16))},
                   "email": "%s@1passwordserviceaccounts.com" % email_user, "srpX": self.hex(64),
                   "muk": {"alg": "A256GCM", "ext": True, "k": b64u(self.raw(32)), "key_ops": ["encrypt", "decrypt"],
                           "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + self.chars(6, UP + DIG) + "-" +
                   self.chars(11, UP + DIG), "throttleSecret": {"seed": self.hex(64), "deviceUuid": self.chars(26, LO + DIG)},
                   "deviceUuid": self.chars(26, LO + DIG)}
        return "ops_" + b64u(json.dumps(payload, separators=(",", ":")).encode())

    def confluent_key(self):
        return self.chars(16, UP + DIG)

    def confluent_secret(self):
        return self.mixed(64, ALNUM + "+/")

    def laravel_key(self):
        return "base64:" + b64s(self.raw(32))

    def wp_salt(self):
        return self.chars(64, ALNUM + "!#$%()*+,-.:;<=>?@[]^_{|}~ ")

    def fernet(self):
        return b64u(self.raw(32)) + "="

    def esphome_key(self):
        return b64s(self.raw(32))

    def wireguard(self):
        return b64s(self.raw(32))

    # ------------------------------------------------------------ JWT
    def jwt_hs256(self, payload, header=None, key=None):
        header = header or {"alg": "HS256", "typ": "JWT"}
        h = b64u(json.dumps(header, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        sig = hmac.new(key or self.raw(32), ("%s.%s" % (h, p)).encode(), hashlib.sha256).digest()
        return "%s.%s.%s" % (h, p, b64u(sig))

    def jwt_rs256(self, payload, rsa_key, kid):
        h = b64u(json.dumps({"alg": "RS256", "kid": kid}, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        return "%s.%s.%s" % (h, p, b64u(rsa_key.sign_sha256(("%s.%s" % (h, p)).encode())))


# ====================================================================== passwords

WORDS = """anchor apple autumn badger bamboo banjo barley beacon birch blossom breeze bronze buffalo cactus
canyon cedar cherry cinder citrus clover cobalt comet copper coral cricket crimson crystal dahlia delta
desert dolphin dragon eagle ember falcon fern fiddle flint forest fossil galaxy garnet ginger glacier
granite harbor hazel heron hickory horizon indigo island jasper juniper kestrel lagoon lantern lemon
lilac maple marble meadow meteor mango mosaic nectar nimbus nutmeg oasis olive onyx orchid otter
panda papaya pebble pepper pilot pinecone planet plum polar prairie quartz quill raven reef river
rocket saffron salmon sequoia shadow sierra silver sparrow spruce summit sunset tango thistle thunder
tiger topaz tulip tundra velvet violet walnut willow winter zephyr""".split()

SEASONS = ["Spring", "Summer", "Autumn", "Fall", "Winter"]
MONTHS = ["January", "March", "April", "June", "July", "August", "October", "November", "December"]
COMMON = ["Welcome", "Password", "Letmein", "Admin", "Company", "Football", "Monkey", "Sunshine", "Dragon",
          "Master", "Shadow", "Baseball", "Princess", "Charlie", "Freedom", "Whatever", "Trustno"]
PETS = ["Buddy", "Max", "Bella", "Luna", "Charlie", "Daisy", "Rocky", "Milo", "Coco", "Bailey", "Ollie",
        "Teddy", "Rosie", "Toby", "Lola", "Maddie", "Jasper", "Willow", "Biscuit", "Pepper"]


class Pw:
    """Passwords in several human styles.  `safe` limits the symbols so the value can be
    written unescaped in the target syntax."""
    SYMS = {
        "any": "!#%*-_+=.?@$^&",
        "shell": "#%*-_+=.@^",          # safe inside single quotes and most unquoted contexts
        "uri": "-_.~!*",                # unreserved in URI userinfo
        "xml": "!#%*-_+=.?@$^",
        "json": "!#%*-_+=.?@$^&",
        "csv": "!#%*-_+=.?@$^&",
        "ini": "!#%*-_+.?@$^&",
        "yaml": "!%*-_+=.?@$^&",        # no leading # / no ': '
        "cmd": "#*-_+=.?@$",            # Windows batch / net use
        "word": "-_.",
    }

    def __init__(self, rng):
        self.r = rng

    def sym(self, safe):
        return self.r.choice(self.SYMS[safe])

    def human(self, safe="any"):
        r = self.r
        style = r.randrange(7)
        year = r.choice([r.randint(1975, 2003), r.randint(2015, 2025)])
        if style == 0:
            return "%s%d%s" % (r.choice(SEASONS), r.randint(2019, 2025), self.sym(safe))
        if style == 1:
            return "%s%d%s" % (r.choice(COMMON), r.randint(1, 99), self.sym(safe))
        if style == 2:
            return "%s%s%d" % (r.choice(PETS), self.sym(safe), year)
        if style == 3:
            return "%s%s%02d" % (r.choice(WORDS).capitalize(), r.choice(WORDS).capitalize(), r.randint(1, 99))
        if style == 4:
            w = r.choice(WORDS)
            leet = w.replace("a", "@" if "@" in self.SYMS[safe] else "4").replace("o", "0").replace("e", "3") \
                .replace("i", "1")
            return leet.capitalize() + str(r.randint(10, 999)) + self.sym(safe)
        if style == 5:
            return "%s%s%s" % (r.choice(MONTHS), r.randint(1, 28), self.sym(safe))
        return "%s%d%s%s" % (r.choice(WORDS).capitalize(), r.randint(100, 9999), self.sym(safe),
                             r.choice(WORDS)[:4])

    def random(self, n=None, safe="any"):
        n = n or self.r.randint(14, 24)
        alpha = ALNUM + self.SYMS[safe]
        while True:
            s = "".join(self.r.choice(alpha) for _ in range(n))
            if set(s) & set(UP) and set(s) & set(LO) and set(s) & set(DIG) and s[0] not in "-#!*&":
                return s

    def passphrase(self, safe="any"):
        r = self.r
        words = r.sample(WORDS, r.randint(3, 4))
        style = r.randrange(3)
        if style == 0:
            return "-".join(words) + str(r.randint(1, 99))
        if style == 1:
            return ".".join(w.capitalize() for w in words)
        return "".join(w.capitalize() for w in words) + str(r.randint(1, 9))

    def any(self, safe="any"):
        k = self.r.random()
        if k < 0.45:
            return self.human(safe)
        if k < 0.8:
            return self.random(safe=safe)
        return self.passphrase(safe)

    def wifi(self):
        k = self.r.random()
        if k < 0.4:
            return self.passphrase("word")
        if k < 0.7:
            return self.human("word")
        return self.random(16, "word")


# ====================================================================== names

FIRST = ["alex", "maria", "jonas", "priya", "tomasz", "chen", "fatima", "lukas", "sofia", "omar", "hannah",
         "diego", "aisha", "henrik", "yuki", "grace", "mateo", "ingrid", "kwame", "lena", "ravi", "noah",
         "elif", "marek", "zara", "felix", "nadia", "oscar", "tara", "samuel"]
LAST = ["novak", "okafor", "lindqvist", "reyes", "kowalski", "tanaka", "haddad", "brennan", "moreau",
        "schneider", "patel", "silva", "oconnell", "nguyen", "fischer", "rossi", "andersen", "dubois",
        "kaur", "mensah", "ivanova", "walsh", "becker", "costa", "yilmaz"]
BIZ1 = ["harbor", "lumen", "north", "bloom", "cedar", "atlas", "copper", "willow", "summit", "river",
        "pioneer", "meridian", "orchard", "beacon", "granite", "silverline", "brightside", "oak"]
BIZ2 = ["dental", "bakery", "cycles", "legal", "realty", "fitness", "florist", "brewing", "clinic",
        "outfitters", "studio", "vets", "optics", "roofing", "coffee", "books", "motors", "yoga"]
TLDS = ["com", "co.uk", "de", "nl", "io", "net", "org", "eu", "ca"]
PROJECTS = ["quillkit", "tidewater", "lanternfish", "pyhelm", "marlin-db", "foxglove", "corvid", "sprocket",
            "kelpie", "tansy", "wrenchly", "pebblejs"]
UNIS = ["northfield", "eastbrook", "kingsmere", "westvale", "lakeside", "highmoor"]


class Names:
    def __init__(self, rng):
        self.r = rng
        self._used = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def unique(self, fn):
        for _ in range(200):
            v = fn()
            if v not in self._used:
                self._used.add(v)
                return v
        raise RuntimeError("name space exhausted")

    def person(self):
        return self.r.choice(FIRST), self.r.choice(LAST)

    def user(self):
        f, l = self.person()
        return self.r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), f, "%s_%s" % (f, l[0])])

    def client(self):
        return self.unique(lambda: "%s-%s" % (self.r.choice(BIZ1), self.r.choice(BIZ2)))

    def domain(self, client=None):
        base = (client or self.client()).replace("-", "")
        return "%s.%s" % (base, self.r.choice(TLDS))

    def project(self):
        return self.unique(lambda: self.r.choice(PROJECTS))

    def uni(self):
        return self.r.choice(UNIS)

    def host(self, role="app"):
        return "%s-%s%02d" % (self.r.choice(["prd", "stg", "ops", "int"]), role, self.r.randint(1, 12))

    def ip(self, private=True):
        if private:
            return "10.%d.%d.%d" % (self.r.randint(0, 40), self.r.randint(0, 254), self.r.randint(2, 250))
        return "%d.%d.%d.%d" % (self.r.choice([34, 52, 85, 91, 145, 185]), self.r.randint(0, 254),
                                self.r.randint(0, 254), self.r.randint(2, 250))
