"""Seeded value generators: password styles, random strings, hashes, identifiers, JWTs."""
import base64
import hashlib
import json
import string

import crypto19 as C

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = UP + LOW + DIG
HEX = "0123456789abcdef"
B64 = UP + LOW + DIG + "+/"
B64U = UP + LOW + DIG + "-_"
# symbols that need no escaping in JSON, YAML/TOML double quotes, XML, shell single quotes
SYM = "!#%*+-.:=?@^_~"
URI_SAFE = ALNUM + "-._~"
PUNCT_START = "@!#%*-.~^+=:?"

STYLES = ["strong", "weak", "phrase", "urisafe", "punct", "base64", "hex", "alnum"]

COMMON_WORDS = ["Amber", "Harbor", "Falcon", "Copper", "Willow", "Granite", "Meadow", "Comet", "Lantern", "Orchid",
                "Saffron", "Tundra", "Velvet", "Zephyr", "Cobalt", "Juniper", "Marble", "Nimbus", "Pepper", "Quartz",
                "Raven", "Sierra", "Thistle", "Umber", "Walnut", "Yarrow", "Bramble", "Cinder", "Dahlia", "Ember"]
PHRASE_WORDS = ["otter", "canyon", "piano", "glacier", "lemon", "harvest", "violet", "rocket", "ember", "meadow",
                "tulip", "signal", "breeze", "walrus", "pepper", "orbit", "cedar", "marble", "lantern", "bison",
                "crystal", "thunder", "saddle", "quiver", "nectar", "pebble", "falcon", "juniper", "mango", "harbor",
                "velvet", "oyster", "summit", "cactus", "kettle", "ribbon", "anchor", "plaza", "tiger", "cobalt"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Welcome", "Monday", "Friday", "October", "March", "Sunshine"]


def rs(rng, alphabet, n):
    return "".join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def hexs(rng, n):
    return rs(rng, HEX, n)


def b64s(rng, nbytes, urlsafe=False, pad=True):
    b = rbytes(rng, nbytes)
    s = base64.urlsafe_b64encode(b).decode() if urlsafe else base64.b64encode(b).decode()
    return s if pad else s.rstrip("=")


def alnum(rng, n):
    return rs(rng, ALNUM, n)


def _strong(rng, n, sym=SYM):
    while True:
        s = rs(rng, ALNUM + sym * 2, n)
        if any(c in sym for c in s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s) \
                and any(c.islower() for c in s):
            return s


def password(rng, style=None, words=None, space_ok=False, sym=SYM, uri=False):
    """One password in a given style. uri=True restricts to characters safe in URI userinfo."""
    if style is None:
        style = STYLES[rng.randrange(len(STYLES))]
    if uri and style in ("punct", "base64", "strong"):
        style = ["urisafe", "alnum", "hex", "weak"][rng.randrange(4)]
    words = words or COMMON_WORDS
    if uri:
        sym = "-._~"
    if style == "strong":
        return _strong(rng, rng.randint(14, 24), sym)
    if style == "weak":
        form = rng.randrange(5)
        w = words[rng.randrange(len(words))]
        w = w[0].upper() + w[1:]
        s1 = sym[rng.randrange(len(sym))]
        if form == 0:
            return "%s%d%s" % (w, rng.randint(1, 9999), s1)
        if form == 1:
            return "%s%d%s" % (SEASONS[rng.randrange(len(SEASONS))], rng.randint(2019, 2026), s1)
        if form == 2:
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1").replace("s", "5")
            return "%s%s%02d" % (leet, s1, rng.randint(0, 99))
        if form == 3:
            return "%s%s%s%d" % (w.lower(), s1, words[rng.randrange(len(words))].lower(), rng.randint(10, 99))
        return "%s%s%d" % (s1 if not uri else "", w, rng.randint(100, 99999)) if not uri else "%s%d" % (w, rng.randint(100, 99999))
    if style == "phrase":
        n = rng.randint(3, 4)
        ws = [PHRASE_WORDS[rng.randrange(len(PHRASE_WORDS))] for _ in range(n)]
        seps = ["-", ".", "_"] + ([" "] if space_ok else [])
        sep = seps[rng.randrange(len(seps))]
        if rng.random() < 0.5:
            ws = [w.capitalize() for w in ws]
        s = sep.join(ws)
        if rng.random() < 0.6:
            s += sep + str(rng.randint(2, 99))
        return s
    if style == "urisafe":
        while True:
            s = rs(rng, URI_SAFE, rng.randint(16, 28))
            if s[0].isalnum() and any(c in "-._~" for c in s):
                return s
    if style == "punct":
        return PUNCT_START[rng.randrange(len(PUNCT_START))] + _strong(rng, rng.randint(12, 20), sym)
    if style == "base64":
        return b64s(rng, rng.choice([18, 24, 32, 33]))
    if style == "hex":
        return hexs(rng, rng.choice([24, 32, 40, 64]))
    if style == "alnum":
        return alnum(rng, rng.randint(18, 32))
    raise ValueError(style)


# ------------------------------------------------------------------ identifiers (negatives)
def uuid4(rng):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + "89ab"[rng.randrange(4)] + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid(rng):
    return "01" + rs(rng, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)


def mac(rng, sep=":"):
    return sep.join("%02X" % rng.randrange(256) for _ in range(6))


def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei(rng):
    body = "35" + rs(rng, DIG, 12)
    return body + luhn_digit(body)


def iccid(rng):
    body = "8944" + rs(rng, DIG, 14)
    return body + luhn_digit(body)


def imsi(rng, mcc="234", mnc="15"):
    return mcc + mnc + rs(rng, DIG, 15 - len(mcc) - len(mnc))


def serial(rng, prefix):
    return "%s-%s" % (prefix, rs(rng, UP + DIG, 8))


def sha256_hex(rng):
    return hashlib.sha256(rbytes(rng, 32)).hexdigest()


def sha1_hex(rng):
    return hashlib.sha1(rbytes(rng, 20)).hexdigest()


def md5_hex(rng):
    return hashlib.md5(rbytes(rng, 16)).hexdigest()


def sri(rng):
    return "sha512-" + base64.b64encode(hashlib.sha512(rbytes(rng, 32)).digest()).decode()


BCRYPT_ALPHA = "./" + UP + LOW + DIG


def bcrypt_hash(rng, cost=12):
    return "$2b$%02d$%s%s" % (cost, rs(rng, BCRYPT_ALPHA, 22), rs(rng, BCRYPT_ALPHA, 31))


def argon2_hash(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64s(rng, 16, pad=False), b64s(rng, 32, pad=False))


def sha512crypt(rng):
    return "$6$%s$%s" % (rs(rng, BCRYPT_ALPHA, 16), rs(rng, BCRYPT_ALPHA, 86))


def yescrypt(rng):
    return "$y$j9T$%s$%s" % (rs(rng, BCRYPT_ALPHA, 22), rs(rng, BCRYPT_ALPHA, 43))


def pbkdf2_django(rng):
    return "pbkdf2_sha256$720000$%s$%s" % (alnum(rng, 22), b64s(rng, 32))


def scram(rng):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64s(rng, 16), b64s(rng, 32), b64s(rng, 32))


def traceparent(rng):
    return "00-%s-%s-01" % (hexs(rng, 32), hexs(rng, 16))


# ------------------------------------------------------------------ JWT
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, payload, alg="HS256", kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    sig_len = 32 if alg.startswith("HS") else 256
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(payload, separators=(",", ":")).encode()),
                         b64u(rbytes(rng, sig_len)))


def crc_token(rng, prefix):
    body = alnum(rng, 30)
    return prefix + body + C.crc_suffix(body)


def bad_crc_token(rng, prefix):
    while True:
        body = alnum(rng, 30)
        suf = alnum(rng, 6)
        if suf != C.crc_suffix(body):
            return prefix + body + suf
