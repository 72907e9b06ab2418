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


def pem(r, label, lines=12):
    body = "\n".join(pick(r, B64, 64) for _ in range(lines))
    return f"-----BEGIN {label}-----\n{body}\n{pick(r, B64, 20)}==\n-----END {label}-----"


def jwt(r):
    def seg(obj):
        return base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")
    header = seg('{"alg":"HS256","typ":"JWT"}')
    payload = seg('{"sub":"%s","iat":1700000000}' % pick(r, HEX, 12))
    return f"{header}.{payload}.{pick(r, B64URL, 43)}"


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
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + pick(r, B64URL, 160),
    "google-api-key": lambda r: "AIza" + pick(r, B64URL, 35),
    "rsa-key": lambda r: pem(r, "RSA PRIVATE KEY"),
    "pkcs8-key": lambda r: pem(r, "PRIVATE KEY"),
    "ec-key": lambda r: pem(r, "EC PRIVATE KEY", 3),
    "openssh-key": lambda r: pem(r, "OPENSSH PRIVATE KEY", 6),
    "jwt": jwt,
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
