"""Seeded value generators: password styles, random strings, identifiers, hashes, JWT."""

import base64
import hashlib
import hmac
import json
import string

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
SYMS = "!#%*+-.=?@^_~&$:/,;()[]{}|<>"
B32 = UP + "234567"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n):
    return rs(rng, n, HEX)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64s(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def mixed(rng, n, alphabet=ALNUM):
    """Random string that has at least one lower, one upper and one digit (if alphabet allows)."""
    while True:
        s = rs(rng, n, alphabet)
        if any(c.islower() for c in s) and any(c.isupper() for c in s) and any(c.isdigit() for c in s):
            return s


# ---------------------------------------------------------------- passwords
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1"}

STYLES = ["strong", "strong", "human", "human", "human", "leet", "phrase", "phrase", "punct", "b64", "hex", "alnum"]


def _sym(rng, forbid):
    cand = [c for c in "!#%*+-.=?@^_~&$" if c not in forbid]
    return rng.choice(cand) if cand else ""


def password(rng, words, phrase_words, style=None, forbid="", space=False, minlen=8):
    """One password in a style; `forbid` lists characters the syntax cannot hold unescaped."""
    style = style or rng.choice(STYLES)
    for _ in range(100):
        v = _password(rng, words, phrase_words, style, forbid, space)
        if len(v) >= minlen and not any(c in forbid for c in v) and v == v.strip():
            return v
    raise ValueError("no password for style %s forbid %r" % (style, forbid))


def _password(rng, words, phrase_words, style, forbid, space):
    if style == "strong":
        alpha = ALNUM + "".join(c for c in "!#%*+-.=?@^_~" if c not in forbid)
        s = mixed(rng, rng.randint(14, 24), alpha)
        if not any(c in "!#%*+-.=?@^_~" for c in s):
            s = s[:5] + _sym(rng, forbid) + s[5:]
        return s
    if style == "human":
        w = rng.choice(words)
        w = w[0].upper() + w[1:]
        tail = rng.choice([str(rng.randint(1970, 2026)), str(rng.randint(10, 999)), str(rng.randint(1, 99)).zfill(2)])
        form = rng.randint(0, 3)
        if form == 0:
            return w + tail + _sym(rng, forbid)
        if form == 1:
            return w + _sym(rng, forbid) + tail
        if form == 2:
            return w + rng.choice([x for x in words if x.lower() != w.lower()]).capitalize() + tail
        return _sym(rng, forbid) + w + tail
    if style == "leet":
        w = rng.choice(words) + rng.choice(words)
        out = "".join(LEET.get(c, c) if rng.random() < 0.7 else c for c in w.lower())
        out = out[0].upper() + out[1:]
        return out + _sym(rng, forbid) + str(rng.randint(2, 99))
    if style == "phrase":
        n = rng.randint(3, 4)
        sep = " " if space and rng.random() < 0.6 else rng.choice([c for c in "-._" if c not in forbid] or ["x"])
        parts = rng.sample(phrase_words, n)
        if rng.random() < 0.5:
            parts.append(str(rng.randint(10, 999)))
        return sep.join(parts)
    if style == "punct":
        first = rng.choice([c for c in "!#%*+-.=?@^_~&$" if c not in forbid and c not in "#"] or ["_"])
        return first + mixed(rng, rng.randint(11, 18))
    if style == "b64":
        s = b64s(rbytes(rng, rng.choice([18, 24, 30, 32])))
        if any(c in forbid for c in s):
            s = b64u(rbytes(rng, 24))
        return s
    if style == "hex":
        return rhex(rng, rng.choice([24, 32, 40]))
    return mixed(rng, rng.randint(16, 28))


def uri_password(rng, words, phrase_words):
    """Password safe inside a URI userinfo without percent-encoding."""
    return password(rng, words, phrase_words, style=rng.choice(["strong", "human", "leet", "alnum", "hex"]),
                    forbid="!#$&'()*+,/:;=?@[]%{}|<>\\^` \"")


# ---------------------------------------------------------------- identifiers
def uuid4(rng):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid(rng):
    return rs(rng, 1, "01") + rs(rng, 25, CROCK)


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
    body = rng.choice(["35", "86", "01", "35"]) + rs(rng, 12, DIG)
    return body + luhn_digit(body)


def iccid(rng, country="45"):
    body = "89" + country + rs(rng, 15, DIG)
    return body + luhn_digit(body)


def mac(rng, sep=":"):
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    return sep.join("%02X" % x for x in b)


def serial(rng, prefix=""):
    return prefix + rs(rng, rng.randint(8, 11), UP + DIG)


def git_sha(rng):
    return rhex(rng, 40)


def sha256_hex(rng):
    return hashlib.sha256(rbytes(rng, 32)).hexdigest()


def md5_hex(rng):
    return hashlib.md5(rbytes(rng, 16)).hexdigest()


def sha1_hex(rng):
    return hashlib.sha1(rbytes(rng, 16)).hexdigest()


def sha512_sri(rng):
    return "sha512-" + b64s(hashlib.sha512(rbytes(rng, 32)).digest())


# ---------------------------------------------------------------- password hashes (negatives)
BCRYPT64 = "./" + UP + LOW + DIG


def bcrypt_hash(rng, cost=12, prefix="$2b$"):
    return "%s%02d$%s" % (prefix, cost, rs(rng, 53, BCRYPT64))


_CRYPT64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _b64_from_24bit(b2, b1, b0, n):
    w = (b2 << 16) | (b1 << 8) | b0
    out = ""
    for _ in range(n):
        out += _CRYPT64[w & 0x3F]
        w >>= 6
    return out


def sha512_crypt(password, salt, rounds=5000):
    """The real SHA-512 crypt ($6$) algorithm (Drepper), for password-hash negatives."""
    p, s = password.encode(), salt.encode()[:16]
    db = hashlib.sha512(p + s + p).digest()
    a = hashlib.sha512(p + s)
    n = len(p)
    while n > 64:
        a.update(db)
        n -= 64
    a.update(db[:n])
    n = len(p)
    while n:
        a.update(db if n & 1 else p)
        n >>= 1
    da = a.digest()
    dp = hashlib.sha512(p * len(p)).digest()
    pseq = (dp * (len(p) // 64 + 1))[:len(p)]
    ds = hashlib.sha512(s * (16 + da[0])).digest()
    sseq = (ds * (len(s) // 64 + 1))[:len(s)]
    c = da
    for i in range(rounds):
        h = hashlib.sha512()
        h.update(pseq if i & 1 else c)
        if i % 3:
            h.update(sseq)
        if i % 7:
            h.update(pseq)
        h.update(c if i & 1 else pseq)
        c = h.digest()
    order = [(0, 21, 42), (22, 43, 1), (44, 2, 23), (3, 24, 45), (25, 46, 4), (47, 5, 26), (6, 27, 48),
             (28, 49, 7), (50, 8, 29), (9, 30, 51), (31, 52, 10), (53, 11, 32), (12, 33, 54), (34, 55, 13),
             (56, 14, 35), (15, 36, 57), (37, 58, 16), (59, 17, 38), (18, 39, 60), (40, 61, 19), (62, 20, 41)]
    out = "".join(_b64_from_24bit(c[x], c[y], c[z], 4) for x, y, z in order)
    out += _b64_from_24bit(0, 0, c[63], 2)
    return "$6$%s$%s" % (salt, out)


def sha512crypt_rand(rng):
    salt = rs(rng, 16, _CRYPT64)
    return sha512_crypt(rs(rng, 14), salt)


def argon2_hash(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64s(rbytes(rng, 16)).rstrip("="), b64s(rbytes(rng, 32)).rstrip("="))


def ssha(rng):
    salt = rbytes(rng, 8)
    return "{SSHA}" + b64s(hashlib.sha1(rbytes(rng, 12) + salt).digest() + salt)


def pbkdf2_django(rng):
    return "pbkdf2_sha256$870000$%s$%s" % (rs(rng, 22), b64s(rbytes(rng, 32)))


# ---------------------------------------------------------------- JWT
def jwt_hs256(rng, payload, key=None):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = key or rbytes(rng, 32)
    sig = b64u(hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest())
    return head + "." + body + "." + sig
