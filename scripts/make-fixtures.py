#!/usr/bin/env python3
"""Writes fixtures/secrets/ (a small repository with planted synthetic secrets) and
fixtures/expected/secrets.json (where each one is: rule, path, 1-based line and column in
characters, exclusive end column, and whether an inline comment suppresses it).

Every value comes from scripts/synthetic_secrets.py with a fixed seed: never a real credential.
Re-running the script reproduces the files byte for byte; CI checks that they are current.

    scripts/make-fixtures.py [ROOT]      # ROOT defaults to the repository
"""
import base64
import json
import os
import random
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import synthetic_secrets as synth  # noqa: E402

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TREE = os.path.join(ROOT, "fixtures", "secrets")
rng = random.Random("nhiscan-fixtures-v1")


def make(kind):
    return synth.KINDS[kind](rng)


planted = []
files = {}


class Doc:
    """A file assembled from pieces; secrets are recorded with their exact positions."""

    def __init__(self, path, newline=b"\n"):
        self.path, self.newline, self.lines = path, newline, [[]]
        files[path] = self

    def text(self, value):
        parts = value.split("\n")
        for i, part in enumerate(parts):
            if i:
                self.lines.append([])
            if part:
                self.lines[-1].append(part.encode() if isinstance(part, str) else part)
        return self

    def raw(self, value: bytes):
        for i, part in enumerate(value.split(b"\n")):
            if i:
                self.lines.append([])
            if part:
                self.lines[-1].append(part)
        return self

    def secret(self, rule, value, suppressed=False):
        line = len(self.lines)
        prefix = b"".join(self.lines[-1])
        column = char_count(prefix) + 1
        rows = value.split("\n")
        self.text(value)
        if len(rows) == 1:
            end_line, end_column = line, column + char_count(value.encode())
        else:
            end_line, end_column = line + len(rows) - 1, char_count(rows[-1].encode()) + 1
        planted.append({"rule": rule, "path": self.path, "line": line, "column": column,
                        "end_line": end_line, "end_column": end_column, "suppressed": suppressed})
        return self

    def bytes(self):
        return self.newline.join(b"".join(parts) for parts in self.lines)


def char_count(data: bytes):
    # Characters as nhiscan counts them: every byte that does not continue a UTF-8 sequence.
    return sum(1 for b in data if b & 0xC0 != 0x80)


def build():
    (Doc(".env")
        .text("# Local settings for the demo app\nAPP_ENV=production\nDB_PASSWORD=")
        .secret("secret/generic-password", make("password"))
        .text("\nGITHUB_TOKEN=").secret("secret/github-pat", make("github-pat"))
        .text("\nSTRIPE_SECRET_KEY=").secret("secret/stripe-live-secret-key", make("stripe-live"))
        .text("\nFEATURE_FLAGS=search,export\n"))

    (Doc("config/settings.py")
        .text('"""Service settings."""\nimport os\n\nAWS_ACCESS_KEY_ID = "')
        .secret("secret/aws-access-key-id", make("aws-key-id"))
        .text('"\nAWS_SECRET_ACCESS_KEY = "').secret("secret/aws-secret-access-key", make("aws-secret"))
        .text('"\nDATABASE_URL = "postgres://app:').secret("secret/url-password", make("url-password"))
        .text('@db.internal:5432/app"\n# Read at run time: not a finding.\n'
              'password = os.environ["DB_PASSWORD"]\nREDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")\n'))

    (Doc("deploy/values.yaml")
        .text("image:\n  repository: ghcr.io/acme/app\nnotifications:\n  slack: ")
        .secret("secret/slack-webhook-url", make("slack-webhook"))
        .text("\nregistry:\n  npmToken: ").secret("secret/npm-access-token", make("npm"))
        .text("\n  gitlabToken: \"").secret("secret/gitlab-pat", make("gitlab-pat"))
        .text("\"\n  # A reference, not a secret:\n  githubToken: ${{ secrets.GITHUB_TOKEN }}\n"))

    # A Kubernetes Secret: base64 values are decoded, and findings point at the encoded text.
    b64 = lambda text: base64.b64encode(text.encode()).decode()  # noqa: E731
    (Doc("deploy/k8s/secret.yaml")
        .text("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  username: ")
        .text(b64("app") + "\n  SLACK_BOT_TOKEN: ").secret("secret/slack-bot-token", b64(make("slack-bot")))
        .text("\n  DB_PASSWORD: ").secret("secret/kubernetes-secret-data", b64(make("password")))
        .text("\n"))

    key = make("openssh-key")
    Doc("keys/deploy_key").secret("secret/openssh-private-key", key).text("\n")

    (Doc("src/client.js")
        .text("// API client\nconst label = \"clé → ☃\"; const apiKey = \"")
        .secret("secret/google-api-key", make("google-api-key"))
        .text("\";\nconst session = \"").secret("secret/jwt", make("jwt"))
        .text("\";\nconst password = config.password; // an expression, not a finding\n"
              "export default { apiKey, session };\n"))

    (Doc("docs/setup.md")
        .text("# Setup\n\nExport a token before running the tool:\n\n"
              "<!-- nhiscan:ignore[secret/github-pat] documentation example -->\n    export GITHUB_TOKEN=")
        .secret("secret/github-pat", make("github-pat"), suppressed=True)
        .text("\n\nor in one line:\n\n    slack: ")
        .secret("secret/slack-bot-token", make("slack-bot"), suppressed=True)
        .text("  # nhiscan:ignore\n"))

    # Latin-1 bytes (invalid UTF-8) before a secret on the same line: scanned as bytes, and each
    # invalid byte counts as one column.
    (Doc("legacy/latin1.properties")
        .raw(b"# caf\xe9 settings\nlabel=r\xe9sum\xe9 ").text("token=")
        .secret("secret/github-pat", make("github-pat")).text("\n"))

    (Doc("legacy/windows.ini", newline=b"\r\n")
        .text("[service]\r\nname=reports\r\nrestricted_key=".replace("\r\n", "\n"))
        .secret("secret/stripe-restricted-key", make("stripe-restricted")).text("\nenabled=true\n"))

    Doc("README.md").text("# Demo service\n\nNothing secret here: see docs/setup.md.\n")
    Doc("empty.txt")
    # Ignored by .gitignore: found only with --no-ignore.
    Doc(".gitignore").text("ignored/\n")
    ignored = Doc("ignored/local.env").text("PYPI_TOKEN=")
    ignored.secret("secret/pypi-api-token", make("pypi"))
    ignored.text("\n")
    planted[-1]["ignored"] = True

    # Secrets written escaped: a chat line percent-encoded, a shell history in libedit's octal
    # escapes, a mail in quoted-printable, a blog post's HTML escaped into XML. Findings point at the escaped text and name the
    # encoding.
    percent = lambda text: urllib.parse.quote(text, safe="")  # noqa: E731
    octal = lambda text: "".join(c if c.isalnum() else "\\%03o" % ord(c) for c in text)  # noqa: E731
    (Doc("chat/webhook-posts.log")
        .text("2025-03-04T10:12:07Z POST /hooks/chat text=" + percent("the new password for the build box is "))
        .secret("secret/prose-password", percent(make("password")))
        .text(percent(" until Friday") + "\n"))
    (Doc("home/ops/.sqlite_history")
        .text("_HiStOrY_V2_\n" + octal("ATTACH DATABASE 'audit.db' AS audit KEY '"))
        .secret("secret/sqlcipher-key", octal(make("password")))
        .text(octal("';") + "\n"))
    qp_value = make("password")
    while "=" not in qp_value:
        qp_value = make("password")
    (Doc("mail/handover.eml")
        .text("From: ops@example.org\nSubject: NAS\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: quoted-printable\n\nHi,\n\nthe NAS admin password is ")
        .secret("secret/prose-password", qp_value.replace("=", "=3D"))
        .text("\n\nThanks\n"))
    # A blog export keeps each post's HTML escaped into the XML: `&lt;p&gt;`, and `&amp;` for
    # the password's own ampersand.
    xml_value = make("password")
    xml_value = xml_value[:5] + "&" + xml_value[5:]
    (Doc("blog/export.xml")
        .text('<?xml version="1.0" encoding="UTF-8"?>\n<livejournal>\n<entry><event>'
              "&lt;p&gt;the new password for the kiosk is ")
        .secret("secret/prose-password", xml_value.replace("&", "&amp;"))
        .text("&lt;/p&gt;</event></entry>\n</livejournal>\n"))


def write():
    for path, doc in files.items():
        full = os.path.join(TREE, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as out:
            out.write(doc.bytes())
    expected = os.path.join(ROOT, "fixtures", "expected", "secrets.json")
    os.makedirs(os.path.dirname(expected), exist_ok=True)
    planted.sort(key=lambda p: (p["path"], p["line"], p["column"], p["rule"]))
    with open(expected, "w") as out:
        json.dump(planted, out, indent=2)
        out.write("\n")


build()
write()
print(f"wrote {len(files)} files and {len(planted)} planted secrets under {os.path.relpath(TREE)}")
