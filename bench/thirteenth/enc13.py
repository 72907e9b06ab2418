"""Base58Check, BIP-32 extended keys (secp256k1) and bech32 (BIP-173; used for age keys). Pure Python."""
import hashlib


def _k256():
    from keys13 import K256
    return K256


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    return "1" * (len(data) - len(data.lstrip(b"\x00"))) + s


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\x00" * pad + b


def b58check_ok(s):
    try:
        b = b58decode(s)
    except ValueError:
        return False
    return hashlib.sha256(hashlib.sha256(b[:-4]).digest()).digest()[:4] == b[-4:]


def bip32_pair(rng, depth=3):
    """(xprv, xpub) of an account-level node: chain code and key from the RNG, public key on secp256k1."""
    k = rng.randrange(1, _k256().n)
    cc = bytes(rng.getrandbits(8) for _ in range(32))
    fp = bytes(rng.getrandbits(8) for _ in range(4))
    child = (0x80000000).to_bytes(4, "big")
    Q = _k256().mul(k)
    comp = bytes([2 + (Q[1] & 1)]) + Q[0].to_bytes(32, "big")
    head = bytes([depth]) + fp + child + cc
    xprv = b58check(bytes.fromhex("0488ade4") + head + b"\x00" + k.to_bytes(32, "big"))
    xpub = b58check(bytes.fromhex("0488b21e") + head + comp)
    return xprv, xpub


def wif(rng):
    k = rng.randrange(1, _k256().n)
    return b58check(b"\x80" + k.to_bytes(32, "big") + b"\x01")


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


def _to5(data):
    acc, bits, out = 0, 0, []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32(hrp, data):
    d5 = _to5(data)
    pm = _polymod(_hrp_expand(hrp) + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[x] for x in d5 + chk)


def bech32_ok(s):
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    try:
        vals = [_BECH.index(c) for c in data]
    except ValueError:
        return False
    return _polymod(_hrp_expand(hrp) + vals) == 1


def age_key(rng):
    return bech32("age-secret-key-", bytes(rng.getrandbits(8) for _ in range(32))).upper()


def age_recipient(rng):
    return bech32("age", bytes(rng.getrandbits(8) for _ in range(32)))
