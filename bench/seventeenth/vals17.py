"""Seeded value helpers: alphabets, password styles, checksummed tokens, JWT, hashes and identifiers."""
import base64
import hashlib
import hmac
import json
import string
import zlib

import crypto17 as C

UP, LO, DIG = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
B32 = UP + "234567"

WORDS = ("amber anchor anvil apricot arbor aster atlas autumn badger balsam basalt beacon birch bishop "
         "blossom bramble brass breeze bronze cactus candle canyon cedar cellar chalk cinder clover cobalt "
         "comet copper coral cricket crimson cypress dahlia delta dune ember falcon fennel fern fjord flint "
         "gable garnet ginger glacier granite gravel harbor hazel heron hickory indigo iris ivory jasper "
         "juniper kestrel lagoon lantern larch lemon linden lotus magpie maple marble meadow mesa mint "
         "mistral moss nectar nickel nutmeg oak obsidian ochre olive onyx orchid osprey otter paprika "
         "pebble pepper pewter pine plum poppy prairie quartz quill raven reed ridge river robin saffron "
         "sage salmon sandstone sapphire sequoia shale sienna silver slate sparrow spruce summit tamarind "
         "teal thistle thunder timber topaz tulip tundra umber velvet violet walnut willow wren yarrow zinc "
         "harvest pilgrim tractor lobster bicycle trumpet saddle kettle lantern mitten pretzel waffle").split()
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Herbst", "Sommer", "Invierno", "Primavera", "Hiver", "Zomer"]
PETS = ["Bella", "Max", "Luna", "Rocky", "Milo", "Nala", "Bruno", "Kiki", "Oscar", "Tigre", "Simba", "Pixel"]
SYMS = "!#$%&*+-=?@^_~."


def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(rng, n):
    return rs(rng, n, HEX)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(rng, nbytes):
    return base64.b64encode(rbytes(rng, nbytes)).decode()


def b64url(rng, nbytes):
    return base64.urlsafe_b64encode(rbytes(rng, nbytes)).decode().rstrip("=")


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- passwords
def pw_strong(rng, n=None):
    n = n or rng.randint(14, 24)
    while True:
        s = rs(rng, n, ALNUM + "!#%*+-=?@^_")
        if any(c in DIG for c in s) and any(c in UP for c in s) and any(c in "!#%*+-=?@^_" for c in s):
            return s


def pw_weak(rng):
    w = rng.choice(WORDS).capitalize()
    return rng.choice([
        lambda: "%s%d%s" % (w, rng.randint(2019, 2027), rng.choice("!#$*")),
        lambda: "%s%d!" % (rng.choice(SEASONS), rng.randint(2022, 2026)),
        lambda: "%s%02d%s" % (rng.choice(PETS), rng.randint(1, 99), rng.choice(["!", "!!", "#", "$"])),
        lambda: w.replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randint(10, 999)),
        lambda: "%s_%s%d" % (w, rng.choice(WORDS), rng.randint(1, 9)),
        lambda: "%s.%d" % (w, rng.randint(1000, 9999)),
    ])()


def pw_phrase(rng):
    ws = [rng.choice(WORDS) for _ in range(rng.randint(3, 5))]
    sep = rng.choice(["-", " ", ".", "_", ""])
    if sep == "":
        ws = [w.capitalize() for w in ws]
    s = sep.join(ws)
    return s + (str(rng.randint(2, 99)) if rng.random() < 0.6 else "")


def pw_urisafe(rng):
    return rs(rng, rng.randint(18, 32), ALNUM + "-._~")


def pw_punct(rng):
    return rng.choice("!#%*+-=?@^_~") + rs(rng, rng.randint(11, 18), ALNUM + "!%*+-=?@_")


def pw_hexish(rng):
    return hexs(rng, rng.choice([16, 24, 32]))


def password(rng, style=None):
    style = style or rng.choice(["strong", "strong", "weak", "weak", "phrase", "uri", "punct", "b64"])
    return {"strong": pw_strong, "weak": pw_weak, "phrase": pw_phrase, "uri": pw_urisafe, "punct": pw_punct,
            "hex": pw_hexish, "b64": lambda r: b64(r, rng.choice([12, 15, 18]))}[style](rng)


def uri_password(rng):
    """A password that can sit in a URI unescaped."""
    return rng.choice([pw_urisafe, lambda r: rs(r, rng.randint(12, 22)), lambda r: pw_weak(r).replace("!", "")
                       .replace("#", "").replace("$", "").replace("*", "").replace("@", "a").replace(" ", "")])(rng)


# ---------------------------------------------------------------- checksummed tokens
def crc_token(rng, prefix):
    body = rs(rng, 30)
    return prefix + body + C.base62(zlib.crc32(body.encode()))


def crc_broken(rng, prefix):
    t = crc_token(rng, prefix)
    last = t[-1]
    return t[:-1] + rng.choice([c for c in ALNUM if c != last])


def crc_valid(tok):
    body, cs = tok[4:34], tok[34:40]
    return C.base62(zlib.crc32(body.encode())) == cs


# ---------------------------------------------------------------- JWT
def jwt(rng, payload, key=None, alg="HS256"):
    h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    if alg == "HS256":
        sig = hmac.new((key or rs(rng, 32)).encode(), (h + "." + p).encode(), hashlib.sha256).digest()
    else:
        sig = rbytes(rng, 256)
    return h + "." + p + "." + base64.urlsafe_b64encode(sig).decode().rstrip("=")


# ---------------------------------------------------------------- hashes (negatives)
BC = "./" + ALNUM


def bcrypt(rng):
    return "$2b$%d$%s" % (rng.choice([10, 12, 12, 14]), rs(rng, 53, BC))


def sha512crypt(rng):
    return "$6$%s$%s" % (rs(rng, 16, BC), rs(rng, 86, BC))


def yescrypt(rng):
    return "$y$j9T$%s$%s" % (rs(rng, 22, BC), rs(rng, 43, BC))


def apr1(rng):
    return "$apr1$%s$%s" % (rs(rng, 8, BC), rs(rng, 22, BC))


def argon2(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rng, 16).rstrip("="), b64(rng, 32).rstrip("="))


def pbkdf2_django(rng):
    return "pbkdf2_sha256$870000$%s$%s" % (rs(rng, 22), b64(rng, 32))


def scram(rng):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(rng, 16), b64(rng, 32), b64(rng, 32))


def mysql_native(rng):
    return "*" + hexs(rng, 40).upper()


def md5_pg(rng):
    return "md5" + hexs(rng, 32)


def sha256hex(rng):
    return hexs(rng, 64)


def sri(rng):
    return "sha512-" + b64(rng, 64)


def git_sha(rng, n=40):
    return hexs(rng, n)


def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def imei(rng):
    b = "35" + "".join(rng.choice(DIG) for _ in range(12))
    return b + luhn_digit(b)


def mac_addr(rng):
    return ":".join("%02X" % rng.getrandbits(8) for _ in range(6))


def ulid(rng):
    return rs(rng, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def trace_id(rng):
    return hexs(rng, 32)


def aws_request_id(rng):
    return uuid4(rng)


def mongo_id(rng):
    return hexs(rng, 24)


def ipv4(rng, private=True):
    if private:
        return "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(2, 250))
    return "%d.%d.%d.%d" % (rng.choice([81, 145, 185, 193, 212]), rng.randint(0, 254), rng.randint(0, 254), rng.randint(2, 250))
