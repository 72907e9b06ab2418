"""Core helpers for the twenty-ninth corpus: seeded streams, labelled documents, encodings, value shapes."""

import base64
import binascii
import hashlib
import json
import random
import string

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
PW_SYMBOLS = "!*+-.=^_~@?"
SAFE_SYMBOLS = "-._~!*"


def stream(*parts):
    """A random.Random seeded from a string, so each family of draws is independent."""
    return random.Random("twentyninth:" + ":".join(str(p) for p in parts))


def rchars(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62(n, width=None):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    out = out or "0"
    return out.rjust(width, "0") if width else out


def crc_b62_token(r, prefix):
    """GitHub / npm style: 30 random base62 chars + 6-char base62 CRC32 of them."""
    body = rchars(r, B62, 30)
    return prefix + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def crc_b62_ok(token, prefix):
    body = token[len(prefix):]
    if len(body) != 36:
        return False
    return b62(binascii.crc32(body[:30].encode()) & 0xFFFFFFFF, 6) == body[30:]


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(data):
    return base64.b64encode(data).decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = list(rchars(r, HEX, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha256_hex(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def git_sha(r):
    return hashlib.sha1(rbytes(r, 20)).hexdigest()


def jwt(r, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64u(rbytes(r, 32)))


# ---------------------------------------------------------------- bech32 (age keys)
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc, bits, ret, maxv = 0, 0, [], (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data8):
    data = _convertbits(data8, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    try:
        vals = [_BECH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


# ---------------------------------------------------------------- labelled documents
class Doc:
    """A file being built line by line; labels point at 1-based lines."""

    def __init__(self, path, crlf=False, fmt=None):
        self.path = path
        self.lines = []
        self.labels = []
        self.crlf = crlf
        self.fmt = fmt            # 'json', 'xml', 'toml', 'ini' -> parsed by the checks

    def _push(self, text):
        parts = text.split("\n")
        start = len(self.lines) + 1
        self.lines.extend(parts)
        return start

    def l(self, *texts):
        for t in texts:
            self._push(t)
        return self

    def _label(self, kind, text, value, cat, extra=None):
        assert "\n" not in text, text
        assert value and value in text, (self.path, value, text)
        n = self._push(text)
        lab = {"path": self.path, "line": n, "kind": kind, "category": cat, "value": value}
        if extra:
            lab.update(extra)
        self.labels.append(lab)
        return lab

    def s(self, text, value, cat, **extra):
        return self._label("secret", text, value, cat, extra)

    def n(self, text, value, cat, **extra):
        return self._label("negative", text, value, cat, extra)

    def pair(self, id_text, id_value, sec_text, sec_value, cat, sec_first=False, kind="secret", gap=()):
        """A key-ID + secret pair: one label spanning both lines, its line on the secret."""
        assert id_value in id_text and sec_value in sec_text, (self.path, id_text, sec_text)
        if sec_first:
            ns = self._push(sec_text)
            for g in gap:
                self._push(g)
            ni = self._push(id_text)
            span = [ns, ni]
        else:
            ni = self._push(id_text)
            for g in gap:
                self._push(g)
            ns = self._push(sec_text)
            span = [ni, ns]
        lab = {"path": self.path, "line": ns, "kind": kind, "category": cat, "value": sec_value,
               "span": span, "id_value": id_value}
        self.labels.append(lab)
        return lab

    def block(self, text, cat, kind="secret", value=None):
        """A multi-line value (private key, certificate); span over all its lines."""
        lines = text.split("\n")
        start = self._push(text)
        end = start + len(lines) - 1
        lab = {"path": self.path, "line": start, "kind": kind, "category": cat,
               "value": value if value is not None else text}
        if end > start:
            lab["span"] = [start, end]
        self.labels.append(lab)
        return lab

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        body = nl.join(self.lines)
        return body + nl


class Registry:
    """Keeps secrets unique corpus-wide and negatives distinct from secrets."""

    def __init__(self):
        self.secrets = set()
        self.negatives = set()

    def secret(self, gen, tries=200):
        for _ in range(tries):
            v = gen()
            if v not in self.secrets and v not in self.negatives:
                self.secrets.add(v)
                return v
        raise RuntimeError("could not draw a unique secret")

    def negative(self, v):
        self.negatives.add(v)
        return v


# ---------------------------------------------------------------- templates with inline labelled values
class Tpl:
    """Marks values inside a template string; Doc.render() substitutes them and labels their lines."""

    def __init__(self):
        self.marks = {}
        self.k = 0

    def _m(self, **kw):
        self.k += 1
        key = "@@V%d@@" % self.k
        self.marks[key] = kw
        return key

    def s(self, value, cat, **extra):
        return self._m(kind="secret", value=value, cat=cat, extra=extra, shown=extra.pop("shown", value))

    def n(self, value, cat, **extra):
        return self._m(kind="negative", value=value, cat=cat, extra=extra, shown=extra.pop("shown", value))

    def pid(self, value, group):
        return self._m(kind="pair-id", value=value, group=group, shown=value)

    def psec(self, value, cat, group, **extra):
        return self._m(kind="pair-secret", value=value, cat=cat, group=group, extra=extra, shown=value)

    def raw(self, value):
        """An unlabelled value (e.g. a user name) kept out of template formatting."""
        return self._m(kind="raw", value=value, shown=value)


_MARK = __import__("re").compile(r"@@V\d+@@")


def render(doc, text, tpl):
    pairs = {}
    for tline in text.split("\n"):
        keys = _MARK.findall(tline)
        line = tline
        for key in keys:
            line = line.replace(key, tpl.marks[key]["shown"])
        labelled = [tpl.marks[k] for k in keys if tpl.marks[k]["kind"] != "raw"]
        if not labelled:
            doc.l(line)
            continue
        assert len(labelled) == 1, (doc.path, tline)
        m = labelled[0]
        if "\n" in line:
            if m["kind"] in ("secret", "negative"):
                lab = doc.block(line, m["cat"], kind=m["kind"], value=m["value"])
                lab.update(m["extra"])
            else:
                raise AssertionError("multi-line pair part")
            continue
        if m["kind"] == "secret":
            doc.s(line, m["value"], m["cat"], **m["extra"])
        elif m["kind"] == "negative":
            doc.n(line, m["value"], m["cat"], **m["extra"])
        else:
            doc.l(line)
            p = pairs.setdefault(m["group"], {})
            p[m["kind"]] = (len(doc.lines), m)
    for g, p in pairs.items():
        (il, im), (sl, sm) = p["pair-id"], p["pair-secret"]
        lo, hi = min(il, sl), max(il, sl)
        assert hi - lo <= 4, (doc.path, g)
        assert not any(lo <= l["line"] <= hi or (l.get("span") and l["span"][0] <= hi and l["span"][1] >= lo)
                       for l in doc.labels), (doc.path, g)
        lab = {"path": doc.path, "line": sl, "kind": "secret", "category": sm["cat"], "value": sm["value"],
               "span": [lo, hi], "id_value": im["value"]}
        lab.update(sm["extra"])
        doc.labels.append(lab)
    doc.labels.sort(key=lambda l: l["line"])
    return doc
