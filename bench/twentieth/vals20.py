"""Seeded value generators: password styles, random strings, hashes, identifiers, JWTs."""

import base64
import hashlib
import json
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
B62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
SYMS = "!#$%&()*+,-./:;<=>?@[]^_{|}~"
URLSAFE = ALNUM + "-_"
B64 = UPPER + LOWER + DIGITS + "+/"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BCRYPT_ALPH = "./" + UPPER + LOWER + DIGITS

WORDS = {
    "en": ["harbour", "lantern", "granite", "meadow", "cobalt", "velvet", "thistle", "orbit", "falcon", "cedar",
           "marble", "pepper", "tundra", "walnut", "saffron", "beacon", "copper", "juniper", "rocket", "summit"],
    "de": ["Sonnenblume", "Wanderweg", "Kupfer", "Leuchtturm", "Gewitter", "Kastanie", "Birnbaum", "Rotkehlchen",
           "Brezel", "Nebelhorn", "Feldweg", "Schwalbe", "Tannenzapfen", "Rheinufer", "Zugspitze"],
    "fr": ["Mistral", "Lavande", "Baguette", "Marmotte", "Falaise", "Cerisier", "Bretagne", "Goeland", "Tartine",
           "Papillon", "Brouillard", "Chataigne", "Hirondelle", "Calanque"],
    "es": ["Girasol", "Tortuga", "Aceituna", "Montana", "Relampago", "Golondrina", "Naranjo", "Castillo",
           "Mariposa", "Almendra", "Tormenta", "Cigarra"],
    "it": ["Girasole", "Limone", "Tramonto", "Cipresso", "Gabbiano", "Fragola", "Vesuvio", "Farfalla",
           "Pinoli", "Basilico", "Temporale", "Dolomiti"],
    "pt": ["Andorinha", "Saudade", "Oliveira", "Gaivota", "Castanha", "Alecrim", "Sardinha", "Marinheiro",
           "Pastel", "Laranjeira", "Trovoada"],
    "nl": ["Tulpenveld", "Windmolen", "Stroopwafel", "Kanaal", "Duinpan", "Hagelslag", "Zeehond", "Polder",
           "Fietspad", "Kievit", "Boterbloem"],
    "nb": ["Fjellrev", "Nordlys", "Skreien", "Brunost", "Fjorden", "Multebaer", "Lofoten", "Reinsdyr",
           "Tindetur", "Skiloype", "Havorn"],
    "el": ["Thalassa", "Elia", "Meltemi", "Kalimera", "Limani", "Delfini", "Ampeli", "Portokali", "Vouno",
           "Karavi", "Fengari"],
    "hu": ["Balaton", "Paprika", "Gulyas", "Napraforgo", "Pogacsa", "Csillag", "Fecske", "Tokaj", "Szellem",
           "Dunakanyar", "Kalacs"],
    "ro": ["Carpati", "Ciocarlie", "Mamaliga", "Brad", "Fluture", "Dunarea", "Ghiocel", "Lupul", "Izvor",
           "Cozonac", "Furtuna"],
    "zh": ["longjing", "xiongmao", "baozi", "huanghe", "meihua", "taishan", "zhuzi", "jinyu", "denglong",
           "xiaolong", "huoguo"],
}
PASSWORD_WORDS = [w for ws in WORDS.values() for w in ws]


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def hexs(rng, n):
    return rstr(rng, HEX, n)


# ---------------------------------------------------------------- passwords

STYLES = ["strong", "human", "leet", "phrase", "urlsafe", "punct", "b64", "alnum", "human", "strong"]


def password(rng, style=None, lang="en", avoid="", spaces=False, minlen=9):
    """A password in one of several styles; characters in `avoid` never appear."""
    fixed = style
    for i in range(400):
        style = fixed or rng.choice(STYLES)
        v = _password(rng, style, lang, spaces and " " not in avoid, avoid)
        if len(v) >= minlen and not any(c in v for c in avoid) and v.strip() == v:
            return v
    raise RuntimeError("cannot draw password style %s avoiding %r" % (style, avoid))


def _password(rng, style, lang, spaces, avoid=""):
    words = WORDS.get(lang, WORDS["en"])
    syms = "".join(c for c in SYMS if c not in avoid) or "_"
    pool = ALNUM + syms
    if style == "strong":
        n = rng.randint(14, 24)
        s = [rng.choice(UPPER), rng.choice(LOWER), rng.choice(DIGITS), rng.choice(syms)]
        s += [rng.choice(pool) for _ in range(n - 4)]
        rng.shuffle(s)
        return "".join(s)
    if style == "human":
        w = rng.choice(words)
        w = w[0].upper() + w[1:]
        tail = rng.choice([str(rng.randint(2019, 2026)), "%02d" % rng.randint(1, 99), str(rng.randint(100, 999))])
        return w + tail + rng.choice([c for c in "!?#.*$@+-_" if c not in avoid] or ["_"])
    if style == "leet":
        w = rng.choice(words).lower()
        table = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}
        w = "".join(table.get(c, c) if rng.random() < 0.6 else c for c in w)
        w = w[0].upper() + w[1:]
        return w + rng.choice([c for c in "~!#%^&*" if c not in avoid] or ["_"]) + str(rng.randint(10, 99))
    if style == "phrase":
        n = rng.randint(3, 5)
        pool = WORDS.get(lang, WORDS["en"]) + (WORDS["en"] if rng.random() < 0.3 else [])
        ws = [rng.choice(pool).lower() for _ in range(n)]
        sep = " " if spaces and rng.random() < 0.5 else rng.choice([c for c in ".-_+" if c not in avoid] or ["_"])
        return sep.join(ws) + sep + str(rng.randint(10, 999))
    if style == "urlsafe":
        return rstr(rng, URLSAFE, rng.randint(20, 32))
    if style == "punct":
        a = [c for c in "@~=!%^*" if c not in avoid]
        b = [c for c in "~?*@#" if c not in avoid]
        if not a or not b:
            return ""
        return rng.choice(a) + rng.choice(b) + rstr(rng, ALNUM + "".join(c for c in "*-+@" if c not in avoid), rng.randint(10, 16))
    if style == "b64":
        return b64e(rbytes(rng, rng.choice([18, 24, 30, 33])))
    if style == "alnum":
        return rstr(rng, ALNUM, rng.randint(16, 28))
    raise ValueError(style)


def secret_b64(rng, nbytes=32):
    return b64e(rbytes(rng, nbytes))


def secret_hex(rng, n=64):
    return hexs(rng, n)


def secret_alnum(rng, n=40):
    return rstr(rng, ALNUM, n)


# ---------------------------------------------------------------- identifiers

def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def uuid7(rng, ms):
    h = "%012x" % ms + "7" + hexs(rng, 3) + rng.choice("89ab") + hexs(rng, 15)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid(rng, ms):
    t = ""
    for _ in range(10):
        ms, r = divmod(ms, 32)
        t = CROCK[r] + t
    return t + rstr(rng, CROCK, 16)


def objectid(rng, ts):
    return "%08x" % ts + hexs(rng, 16)


def luhn_digit(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei(rng):
    body = rng.choice(["35", "86", "01", "99"]) + rstr(rng, DIGITS, 12)
    return body + luhn_digit(body)


def iccid(rng):
    body = "89" + rng.choice(["47", "30", "33", "34", "351", "36", "40", "31", "886"]) + rstr(rng, DIGITS, 14)
    body = body[:18]
    return body + luhn_digit(body)


def mac(rng, sep=":"):
    return sep.join("%02x" % rng.randint(0, 255) for _ in range(6)).upper()


def serial(rng, prefix):
    return prefix + rstr(rng, DIGITS + UPPER, rng.randint(7, 10))


def git_sha(rng):
    return hexs(rng, 40)


def sha256_hex(rng):
    return hexs(rng, 64)


def sri(rng):
    return "sha512-" + b64e(rbytes(rng, 64))


# ---------------------------------------------------------------- hashes (not secrets)

def bcrypt(rng, cost=12, prefix="$2b$"):
    return "%s%02d$%s" % (prefix, cost, rstr(rng, BCRYPT_ALPH, 53))


def sha512crypt(rng):
    return "$6$%s$%s" % (rstr(rng, BCRYPT_ALPH, 16), rstr(rng, BCRYPT_ALPH, 86))


def argon2id(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64e(rbytes(rng, 16)).rstrip("="), b64e(rbytes(rng, 32)).rstrip("="))


def pbkdf2_django(rng):
    return "pbkdf2_sha256$870000$%s$%s" % (rstr(rng, ALNUM, 22), b64e(rbytes(rng, 32)))


def scram(rng):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64e(rbytes(rng, 16)), b64e(rbytes(rng, 32)), b64e(rbytes(rng, 32)))


def ssha(rng):
    return "{SSHA}" + b64e(rbytes(rng, 28))


def mosquitto7(rng):
    return "$7$101$%s$%s" % (b64e(rbytes(rng, 12)), b64e(rbytes(rng, 64)))


def redis_acl_hash(rng):
    return "#" + hexs(rng, 64)


# ---------------------------------------------------------------- JWT

def jwt(rng, payload, alg="HS256", kid=None):
    head = {"alg": alg, "typ": "JWT"}
    if kid:
        head["kid"] = kid
    h = b64u(json.dumps(head, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(hashlib.sha256(rbytes(rng, 32)).digest()) if alg.startswith("HS") else b64u(rbytes(rng, 256 if alg.startswith("RS") else 64))
    return "%s.%s.%s" % (h, p, sig)
