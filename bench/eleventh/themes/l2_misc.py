"""Second layer: scanner-regression fixtures, ID inventory, hash files, i18n files."""

import vals11 as V


# ------------------------------------------------------------------ scanner-regression fixtures
def fixtures(t, base):
    r = t.r
    lang = r.pick(["pytest", "jest", "go", "rspec", "rust", "phpunit", "junit", "exunit"])
    d = t.doc("PLACEHOLDER")
    bad1 = d.N(r.gh_bad("ghp_"), "bad-checksum-token")
    bad2 = d.N(r.gh_bad("npm_"), "bad-checksum-token")
    bad3 = d.N(r.gh_bad(r.pick(["gho_", "ghs_", "ghu_"])), "bad-checksum-token")
    reg = d.R("documented-example", kind="negative")
    aws_id = reg.B + reg.A(V.AWS_DOC_ID, None, True)
    aws_sec = reg.A(V.AWS_DOC_SECRET) + reg.E
    stripe = d.N(V.STRIPE_DOC, "documented-example")
    jwt = d.N(V.JWT_IO, "documented-example")
    if lang == "pytest":
        path = "tests/test_redaction.py"
        text = '''"""Regression tests: the redactor must not report look-alike tokens."""
import pytest

LOOKALIKES = [
    "%s",  # bad checksum
    "%s",
    "%s",
]

AWS_EXAMPLE = {
    "id": "%s",
    "secret": "%s",
}
STRIPE_DOCS = "%s"
JWT_IO = "%s"


@pytest.mark.parametrize("tok", LOOKALIKES)
def test_lookalike_not_flagged(tok):
    assert not redact.is_live_token(tok)
''' % (bad1, bad2, bad3, aws_id, aws_sec, stripe, jwt)
    elif lang == "jest":
        path = "test/redact.test.js"
        text = '''// look-alike tokens for the log scrubber
const FAKE = [
  '%s',
  '%s',
  '%s',
];
const awsDoc = {
  accessKeyId: '%s',
  secretAccessKey: '%s',
};
const stripeDoc = '%s';
const jwtIo = '%s';

test.each(FAKE)('ignores %%s', (tok) => expect(scrub(tok)).toBe(tok));
''' % (bad1, bad2, bad3, aws_id, aws_sec, stripe, jwt)
    elif lang == "go":
        path = "internal/scrub/scrub_test.go"
        text = '''package scrub

import "testing"

var lookalikes = []string{
	"%s",
	"%s",
	"%s",
}

var (
	awsDocID     = "%s"
	awsDocSecret = "%s"
	stripeDoc    = "%s"
	jwtIO        = "%s"
)

func TestLookalikes(t *testing.T) {
	for _, tok := range lookalikes {
		if IsLive(tok) {
			t.Fatalf("flagged %%s", tok)
		}
	}
}
''' % (bad1, bad2, bad3, aws_id, aws_sec, stripe, jwt)
    elif lang == "rspec":
        path = "spec/scrubber_spec.rb"
        text = '''RSpec.describe Scrubber do
  LOOKALIKES = [
    "%s",
    "%s",
    "%s",
  ].freeze
  AWS_DOC = {
    id: "%s",
    secret: "%s",
  }.freeze
  STRIPE_DOC = "%s"
  JWT_IO = "%s"

  it "leaves look-alikes alone" do
    LOOKALIKES.each { |t| expect(described_class.live?(t)).to be false }
  end
end
''' % (bad1, bad2, bad3, aws_id, aws_sec, stripe, jwt)
    elif lang == "rust":
        path = "tests/lookalikes.rs"
        text = '''const LOOKALIKES: &[&str] = &[
    "%s",
    "%s",
    "%s",
];
const AWS_DOC: (&str, &str) = (
    "%s",
    "%s",
);
const STRIPE_DOC: &str = "%s";
const JWT_IO: &str = "%s";

#[test]
fn lookalikes_are_not_live() {
    for t in LOOKALIKES { assert!(!scrub::is_live(t)); }
}
''' % (bad1, bad2, bad3, aws_id, aws_sec, stripe, jwt)
    elif lang == "phpunit":
        path = "tests/Unit/ScrubberTest.php"
        text = '''<?php
final class ScrubberTest extends TestCase
{
    private const LOOKALIKES = [
        '%s',
        '%s',
        '%s',
    ];
    private const AWS_DOC = [
        'id' => '%s',
        'secret' => '%s',
    ];
    private const STRIPE_DOC = '%s';
    private const JWT_IO = '%s';
}
''' % (bad1, bad2, bad3, aws_id, aws_sec, stripe, jwt)
    elif lang == "junit":
        path = "src/test/java/ScrubberTest.java"
        text = '''class ScrubberTest {
    static final String[] LOOKALIKES = {
        "%s",
        "%s",
        "%s",
    };
    static final String AWS_DOC_ID =
        "%s";
    static final String AWS_DOC_SECRET = "%s";
    static final String STRIPE_DOC = "%s";
    static final String JWT_IO = "%s";
}
''' % (bad1, bad2, bad3, aws_id, aws_sec, stripe, jwt)
    else:
        path = "test/scrubber_test.exs"
        text = '''defmodule ScrubberTest do
  use ExUnit.Case
  @lookalikes [
    "%s",
    "%s",
    "%s"
  ]
  @aws_doc %%{
    id: "%s",
    secret: "%s"
  }
  @stripe_doc "%s"
  @jwt_io "%s"
end
''' % (bad1, bad2, bad3, aws_id, aws_sec, stripe, jwt)
    d.path = "%s/%s/%s" % (t.name, base, path)
    d.write(text)


# ------------------------------------------------------------------ ID inventory, hashes, i18n
def id_inventory(t, base):
    r = t.r
    d = t.doc("%s/docs/identifiers.md" % base)
    d.write("""# Public identifiers (safe to share)

| what | value |
|---|---|
| Google OAuth client ID | %s |
| Stripe publishable key | %s |
| Sentry DSN | %s |
| Export bucket | %s |
| Azure subscription | %s |
| GA4 property | %s |
| Last release commit | %s |
| widget.js SRI | %s |
""" % (d.N(r.google_client_id(), "oauth-client-id"), d.N(r.pk_live(), "publishable-key"),
       d.N(r.sentry_dsn(), "sentry-dsn"), d.N(r.arn("s3", t.slug + "-exports"), "resource-id"),
       d.N(r.uuid(), "uuid"), d.N(r.ga4(), "analytics-id"), d.N(r.git_sha(), "git-sha"), d.N(r.sri(), "sri")))


def hashes(t, base):
    r = t.r
    kind = r.pick(["htpasswd", "shadow", "argon", "smbpasswd", "sqlseed"])
    users = [t.handle(i) for i in r.sample(range(9), 3)]
    if kind == "htpasswd":
        d = t.doc("%s/web/.htpasswd" % base)
        d.write("".join("%s:%s\n" % (u, d.N(r.bcrypt(), "password-hash")) for u in users))
    elif kind == "shadow":
        d = t.doc("%s/backup/shadow.bak" % base)
        d.write("root:*:19800:0:99999:7:::\n" + "".join(
            "%s:%s:19%d:0:99999:7:::\n" % (u, d.N(r.sha512crypt(), "password-hash"), r.randint(600, 999)) for u in users))
    elif kind == "argon":
        d = t.doc("%s/auth/users.json" % base)
        d.write("[\n" + ",\n".join('  {"user": "%s", "hash": "%s"}' % (u, d.N(r.argon2(), "password-hash"))
                                   for u in users) + "\n]\n")
    elif kind == "smbpasswd":
        d = t.doc("%s/backup/smbpasswd" % base)
        d.write("".join("%s:%d:%s:%s:[U          ]:LCT-%s:\n" % (
            u, 1000 + i, "X" * 32, d.N(r.HEX(32), "password-hash"), r.HEX(8)) for i, u in enumerate(users)))
    else:
        d = t.doc("%s/db/seed_users.sql" % base)
        d.write("-- staff accounts for the test restore\n" + "".join(
            "INSERT INTO users (login, password_hash) VALUES ('%s', '%s');\n" % (u, d.N(r.bcrypt(), "password-hash"))
            for u in users))


I18N = {"en": "Password", "fr": "Mot de passe", "de": "Passwort", "es": "Contraseña", "it": "Password",
        "pt": "Senha", "nl": "Wachtwoord", "sv": "Lösenord", "pl": "Hasło", "tr": "Şifre", "fi": "Salasana",
        "cs": "Heslo", "da": "Adgangskode", "nb": "Passord", "ro": "Parolă", "hu": "Jelszó", "el": "Κωδικός",
        "ja": "パスワード", "ko": "비밀번호", "zh": "密码", "ru": "Пароль", "uk": "Пароль", "he": "סיסמה"}


def i18n(t, base):
    r = t.r
    fmt = r.pick(["json", "po", "properties", "strings", "arb", "resx", "xliff", "railsyml"])
    langs = r.sample(sorted(I18N), r.randint(2, 3))
    for lg in langs:
        word = I18N[lg]
        if fmt == "json":
            d = t.doc("%s/locales/%s.json" % (base, lg))
            d.write('{\n  "login.title": "%s",\n  "login.password": "%s",\n  "login.submit": "OK"\n}\n' % (
                t.org, d.N(word, "i18n-password")))
        elif fmt == "po":
            d = t.doc("%s/locale/%s/LC_MESSAGES/messages.po" % (base, lg))
            d.write('msgid ""\nmsgstr "Language: %s\\n"\n\nmsgid "Password"\nmsgstr "%s"\n' % (lg, d.N(word, "i18n-password")))
        elif fmt == "properties":
            d = t.doc("%s/i18n/messages_%s.properties" % (base, lg))
            d.write("login.user=User\nlogin.password=%s\n" % d.N(word, "i18n-password"))
        elif fmt == "strings":
            d = t.doc("%s/ios/%s.lproj/Localizable.strings" % (base, lg))
            d.write('"login.password" = "%s";\n' % d.N(word, "i18n-password"))
        elif fmt == "arb":
            d = t.doc("%s/lib/l10n/app_%s.arb" % (base, lg))
            d.write('{\n  "@@locale": "%s",\n  "passwordLabel": "%s"\n}\n' % (lg, d.N(word, "i18n-password")))
        elif fmt == "resx":
            d = t.doc("%s/Resources/Strings.%s.resx" % (base, lg), crlf=True)
            d.write('<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <data name="PasswordLabel" xml:space="preserve">\n'
                    '    <value>%s</value>\n  </data>\n</root>\n' % d.N(word, "i18n-password"))
        elif fmt == "xliff":
            d = t.doc("%s/translations/messages.%s.xlf" % (base, lg))
            d.write('<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" target-language="%s">\n'
                    '<body>\n<trans-unit id="password">\n<source>Password</source>\n<target>%s</target>\n'
                    '</trans-unit>\n</body></file></xliff>\n' % (lg, d.N(word, "i18n-password")))
        else:
            d = t.doc("%s/config/locales/%s.yml" % (base, lg))
            d.write('%s:\n  sessions:\n    password: "%s"\n' % (lg, d.N(word, "i18n-password")))
