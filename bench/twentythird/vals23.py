"""Random strings, password styles, identifiers and hash-shaped negatives for the twenty-third corpus."""

import base64
import hashlib
import string

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
BCRYPT64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
# punctuation that survives every syntax the templates use without quoting problems
SAFE_PUNCT = "!@*~^+.-_="
URI_PUNCT = "-._~!*"
LEAD_PUNCT = "!@*~^+."


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return rs(rng, n, HEX)


def b64_bytes(rng, n, url=False, pad=True):
    raw = bytes(rng.randrange(256) for _ in range(n))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = "4"
    h[16] = "89ab"[rng.randrange(4)]
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid(rng):
    return rs(rng, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def mixed_ok(s):
    return any(c.islower() for c in s) and any(c.isupper() for c in s) and any(c.isdigit() for c in s)


def strong(rng, n=None, punct=SAFE_PUNCT):
    n = n or rng.randint(14, 24)
    while True:
        body = [rng.choice(ALNUM) for _ in range(n)]
        for _ in range(rng.randint(1, 3)):
            body[rng.randrange(1, n)] = rng.choice(punct)
        s = "".join(body)
        if mixed_ok(s):
            return s


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}


def cap(w):
    return w[:1].upper() + w[1:]


def weak(rng, words):
    w = cap(rng.choice(words))
    year = str(rng.choice([rng.randint(1968, 2025), rng.randint(10, 99), rng.randint(100, 9999)]))
    return w + year + rng.choice(["!", "#", "", "?", ".", "*", "!!", "@", "$"]).replace("#", "!").replace("$", "*")


def leet(rng, words):
    while True:
        w = rng.choice(words) + rng.choice(words)
        out = []
        for ch in w:
            if ch in LEET and rng.random() < 0.7:
                out.append(LEET[ch])
            elif rng.random() < 0.3:
                out.append(ch.upper())
            else:
                out.append(ch)
        s = "".join(out) + str(rng.randint(1, 99)) + rng.choice("!?*+")
        if len(s) >= 9 and any(c.isalpha() for c in s):
            return s


def phrase(rng, words, spaces=False):
    n = rng.randint(3, 5)
    ws = []
    while len(ws) < n:
        w = rng.choice(words)
        if w not in ws:
            ws.append(w)
    sep = " " if spaces else rng.choice(["-", ".", "_", "+", "-"])
    tail = str(rng.randint(10, 999))
    if rng.random() < 0.4:
        ws = [cap(w) for w in ws]
    return sep.join(ws) + sep + tail


def punct_lead(rng, words):
    w = cap(rng.choice(words))
    return rng.choice(LEAD_PUNCT) + w + str(rng.randint(100, 99999)) + rng.choice(["", "x", "Q", "z", "!"])


def uri_safe(rng, n=None):
    n = n or rng.randint(16, 26)
    while True:
        body = [rng.choice(ALNUM) for _ in range(n)]
        for _ in range(rng.randint(0, 2)):
            body[rng.randrange(1, n)] = rng.choice(URI_PUNCT)
        s = "".join(body)
        if mixed_ok(s):
            return s


def styled(rng, words, style):
    """style: strong weak leet phrase phrasesp punct b64 hex alnum uri"""
    if style == "strong":
        return strong(rng)
    if style == "weak":
        return weak(rng, words)
    if style == "leet":
        return leet(rng, words)
    if style == "phrase":
        return phrase(rng, words)
    if style == "phrasesp":
        return phrase(rng, words, spaces=True)
    if style == "punct":
        return punct_lead(rng, words)
    if style == "b64":
        return b64_bytes(rng, rng.choice([18, 24, 30, 33]))
    if style == "hex":
        return hexs(rng, rng.choice([24, 32, 40]))
    if style == "alnum":
        while True:
            s = rs(rng, rng.randint(16, 28))
            if mixed_ok(s):
                return s
    if style == "uri":
        return uri_safe(rng)
    raise ValueError(style)


# ---------------------------------------------------------------- negatives: hashes and identifiers
def sha256_hex(rng):
    return hashlib.sha256(bytes(rng.randrange(256) for _ in range(32))).hexdigest()


def sha512_hex(rng):
    return hashlib.sha512(bytes(rng.randrange(256) for _ in range(32))).hexdigest()


def git_sha(rng):
    return hashlib.sha1(bytes(rng.randrange(256) for _ in range(20))).hexdigest()


def sha512crypt(rng):
    return "$6$%s$%s" % (rs(rng, 16, CRYPT64), rs(rng, 86, CRYPT64))


def md5crypt(rng):
    return "$1$%s$%s" % (rs(rng, 8, CRYPT64), rs(rng, 22, CRYPT64))


def yescrypt(rng):
    return "$y$j9T$%s$%s" % (rs(rng, 22, CRYPT64), rs(rng, 43, CRYPT64))


def bcrypt(rng):
    return "$2b$%02d$%s" % (rng.choice([10, 11, 12]), rs(rng, 53, BCRYPT64))


def argon2(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64_bytes(rng, 16, pad=False), b64_bytes(rng, 32, pad=False))


def pbkdf2_django(rng):
    salt = rs(rng, 22)
    dk = hashlib.pbkdf2_hmac("sha256", rs(rng, 12).encode(), salt.encode(), 1000)
    return "pbkdf2_sha256$870000$%s$%s" % (salt, base64.b64encode(dk).decode())


def sri(rng, alg="sha512"):
    n = 64 if alg == "sha512" else 32
    return "%s-%s" % (alg, b64_bytes(rng, n))


def mac(rng, sep=":"):
    return sep.join("%02x" % rng.randrange(256) for _ in range(6))


def imei(rng):
    digits = [rng.randrange(10) for _ in range(14)]
    digits[0] = 3
    digits[1] = 5
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def serial(rng, prefix=""):
    return prefix + rs(rng, 2, string.ascii_uppercase) + str(rng.randint(1000000, 9999999))
