#!/usr/bin/env python3
"""Prints synthetic, never-issued secrets in documented provider formats.

Used to write rule `examples` and test fixtures: every value is random (seeded, so the output is
reproducible) and carries a valid offline checksum where the format has one, so the scanner treats
it as well-formed. None of these values was ever a real credential.

    scripts/synthetic_secrets.py KIND [COUNT] [--seed N]
    scripts/synthetic_secrets.py --list
"""
import argparse
import base64
import gzip
import random
import zlib

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = BASE62 + "+/"
B64URL = BASE62 + "-_"
HEX = "0123456789abcdef"


def pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def crc_base62(body):
    value = zlib.crc32(body.encode()) & 0xFFFFFFFF
    digits = ""
    for _ in range(6):
        digits = BASE62[value % 62] + digits
        value //= 62
    return digits


def crc_token(r, prefix):
    body = pick(r, BASE62, 30)
    return f"{prefix}_{body}{crc_base62(body)}"


def wrap(text, width):
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def pem(r, label, content_len=600):
    """A PEM block whose body is one DER SEQUENCE of random content (the shape a key has)."""
    der = bytes([0x30, 0x82, content_len >> 8, content_len & 0xFF]) + bytes(r.randrange(256) for _ in range(content_len))
    return f"-----BEGIN {label}-----\n{wrap(base64.b64encode(der).decode(), 64)}\n-----END {label}-----"


def ssh_string(data):
    return len(data).to_bytes(4, "big") + data


def openssh_key(r, cipher=b"none"):
    """An OpenSSH private key container (PROTOCOL.key layout) around random key material."""
    public = ssh_string(b"ssh-ed25519") + ssh_string(bytes(r.randrange(256) for _ in range(32)))
    private = bytes(r.randrange(256) for _ in range(160))
    raw = (b"openssh-key-v1\0" + ssh_string(cipher) + ssh_string(b"none" if cipher == b"none" else b"bcrypt")
           + ssh_string(b"") + (1).to_bytes(4, "big") + ssh_string(public) + ssh_string(private))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{wrap(base64.b64encode(raw).decode(), 70)}\n-----END OPENSSH PRIVATE KEY-----"


def macaroon_token(r, location=b"pypi.org"):
    """A PyPI token: pypi- + a version 2 macaroon (location, identifier, one caveat, signature)."""
    def field(kind, data):
        return bytes([kind, len(data)]) + data
    caveat = b'{"version": 1, "permissions": {"projects": ["%s"]}}' % pick(r, "abcdefghijklmnopqrstuvwxyz", 8).encode()
    raw = (bytes([2]) + field(1, location) + field(2, bytes(r.randrange(256) for _ in range(32))) + b"\0"
           + field(2, caveat) + b"\0" + b"\0" + field(6, bytes(r.randrange(256) for _ in range(32))))
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    generator = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            checksum ^= generator[i] if (top >> i) & 1 else 0
    return checksum


def bech32_encode(hrp, data8):
    bits, acc, data5 = 0, 0, []
    for byte in data8:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            data5.append((acc >> bits) & 31)
    if bits:
        data5.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = bech32_polymod(expanded + data5 + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data5 + checksum)


def jwt(r):
    def seg(obj):
        return base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")
    header = seg('{"alg":"HS256","typ":"JWT"}')
    payload = seg('{"sub":"%s","iat":1700000000}' % pick(r, HEX, 12))
    return f"{header}.{payload}.{pick(r, B64URL, 43)}"


def uuid4(r):
    h = pick(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def neptune_token(r):
    """base64 of the JSON object Neptune encodes its API tokens as."""
    body = ('{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai",'
            '"api_key":"%s"}' % uuid4(r))
    return base64.b64encode(body.encode()).decode()


def cloudflare_tunnel_token(r):
    """base64 of {"a": account tag, "t": tunnel UUID, "s": base64 of a 32-byte tunnel secret}."""
    secret = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
    body = '{"a":"%s","t":"%s","s":"%s"}' % (pick(r, HEX, 32), uuid4(r), secret)
    return base64.b64encode(body.encode()).decode()


def incus_trust_token(r):
    """base64 of the JSON object `incus config trust add` prints: the client's name, the server's
    certificate fingerprint and addresses, a 32-byte join secret in hex and the expiry."""
    body = ('{"client_name":"client-%s","fingerprint":"%s","addresses":["10.%d.%d.%d:8443"],'
            '"secret":"%s","expires_at":"0001-01-01T00:00:00Z"}'
            % (pick(r, HEX, 4), pick(r, HEX, 64), r.randrange(256), r.randrange(256),
               r.randrange(1, 255), pick(r, HEX, 64)))
    return base64.b64encode(body.encode()).decode()


def discord_bot_token(r):
    """base64url of a snowflake user ID dated 2016-2025, a 6-character part, a 38-character one."""
    ms = r.randrange(40_000_000_000, 340_000_000_000)
    snowflake = (ms << 22) | r.randrange(1 << 22)
    first = base64.urlsafe_b64encode(str(snowflake).encode()).decode().rstrip("=")
    return f"{first}.{pick(r, B64URL, 6)}.{pick(r, B64URL, 38)}"


def k0s_join_token(r):
    """What `k0s token create` prints: base64 of a gzipped kubeconfig that holds the cluster's CA
    (random bytes here), the API address and a bootstrap token (`abcdef.0123456789abcdef` shape)."""
    lower = "abcdefghijklmnopqrstuvwxyz0123456789"
    ca = base64.b64encode(bytes(r.randrange(256) for _ in range(180))).decode()
    token = f"{pick(r, lower, 6)}.{pick(r, lower, 16)}"
    kubeconfig = (
        "apiVersion: v1\nclusters:\n- cluster:\n"
        f"    certificate-authority-data: {ca}\n    server: https://10.20.0.{r.randrange(2, 250)}:6443\n"
        "  name: k0s\ncontexts:\n- context:\n    cluster: k0s\n    user: kubelet-bootstrap\n"
        "  name: k0s\ncurrent-context: k0s\nkind: Config\npreferences: {}\nusers:\n"
        f"- name: kubelet-bootstrap\n  user:\n    token: {token}\n"
    )
    return base64.b64encode(gzip.compress(kubeconfig.encode(), mtime=0)).decode()


def edgevpn_token(r):
    """What `edgevpn -g` prints (and Kairos takes as `p2p.network_token`): base64 of the YAML
    configuration with its OTP keys for the DHT and for encryption, and random room names."""
    keys = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    yaml = (
        f"otp:\n  dht:\n    interval: 9000\n    key: {pick(r, keys, 32)}\n    length: 32\n"
        f"  crypto:\n    interval: 9000\n    key: {pick(r, keys, 32)}\n    length: 32\n"
        f"room: {pick(r, BASE62, 32)}\nrendezvous: {pick(r, BASE62, 32)}\nmdns: {pick(r, BASE62, 32)}\n"
        "max_message_size: 20971520\n"
    )
    return base64.b64encode(yaml.encode()).decode()


KINDS = {
    "aws-key-id": lambda r: "AKIA" + pick(r, BASE32, 16),
    "aws-sts-key-id": lambda r: "ASIA" + pick(r, BASE32, 16),
    "aws-secret": lambda r: pick(r, B64, 40),
    "github-pat": lambda r: crc_token(r, "ghp"),
    "github-oauth": lambda r: crc_token(r, "gho"),
    "github-user": lambda r: crc_token(r, "ghu"),
    "github-server": lambda r: crc_token(r, "ghs"),
    "github-refresh": lambda r: crc_token(r, "ghr"),
    "github-fine-grained": lambda r: f"github_pat_{pick(r, BASE62, 22)}_{pick(r, BASE62, 59)}",
    "npm": lambda r: crc_token(r, "npm"),
    "gitlab-pat": lambda r: "glpat-" + pick(r, B64URL, 20),
    "gitlab-runner": lambda r: "glrt-" + pick(r, B64URL, 20),
    "gitlab-deploy": lambda r: "gldt-" + pick(r, B64URL, 20),
    "gitlab-trigger": lambda r: "glptt-" + pick(r, HEX, 40),
    "slack-bot": lambda r: f"xoxb-{pick(r, '0123456789', 12)}-{pick(r, '0123456789', 13)}-{pick(r, BASE62, 24)}",
    "slack-user": lambda r: f"xoxp-{pick(r, '0123456789', 12)}-{pick(r, '0123456789', 12)}-{pick(r, '0123456789', 13)}-{pick(r, HEX, 32)}",
    "slack-app": lambda r: f"xapp-1-A{pick(r, BASE32, 10)}-{pick(r, '0123456789', 13)}-{pick(r, HEX, 64)}",
    "slack-config": lambda r: f"xoxe.xoxp-1-{pick(r, BASE62, 140)}",
    "slack-webhook": lambda r: f"https://hooks.slack.com/services/T{pick(r, BASE32, 10)}/B{pick(r, BASE32, 10)}/{pick(r, BASE62, 24)}",
    "stripe-live": lambda r: "sk_live_" + pick(r, BASE62, 99),
    "stripe-test": lambda r: "sk_test_" + pick(r, BASE62, 99),
    "stripe-restricted": lambda r: "rk_live_" + pick(r, BASE62, 99),
    "stripe-webhook": lambda r: "whsec_" + pick(r, BASE62, 32),
    "pypi": macaroon_token,
    "testpypi": lambda r: macaroon_token(r, b"test.pypi.org"),
    "age": lambda r: bech32_encode("age-secret-key-", bytes(r.randrange(256) for _ in range(32))).upper(),
    "google-api-key": lambda r: "AIza" + pick(r, B64URL, 35),
    "rsa-key": lambda r: pem(r, "RSA PRIVATE KEY", 1190),
    "pkcs8-key": lambda r: pem(r, "PRIVATE KEY", 1210),
    "ec-key": lambda r: pem(r, "EC PRIVATE KEY", 119),
    "encrypted-pkcs8-key": lambda r: pem(r, "ENCRYPTED PRIVATE KEY", 1290),
    "openssh-key": openssh_key,
    "openssh-encrypted-key": lambda r: openssh_key(r, b"aes256-ctr"),
    "jwt": jwt,
    "neptune-api-token": neptune_token,
    "cloudflare-tunnel-token": cloudflare_tunnel_token,
    "incus-trust-token": incus_trust_token,
    "discord-bot-token": discord_bot_token,
    "k0s-join-token": k0s_join_token,
    "edgevpn-token": edgevpn_token,
    "password": lambda r: pick(r, BASE62 + "!#%&*+-=?@^_", 18),
    # Only characters a URL's userinfo may hold unencoded (RFC 3986 unreserved).
    "url-password": lambda r: pick(r, BASE62 + "-._~", 16),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", nargs="?")
    parser.add_argument("count", nargs="?", type=int, default=1)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    if args.list or not args.kind:
        print("\n".join(sorted(KINDS)))
        return
    r = random.Random(f"{args.seed}:{args.kind}")
    for _ in range(args.count):
        print(KINDS[args.kind](r))


if __name__ == "__main__":
    main()
