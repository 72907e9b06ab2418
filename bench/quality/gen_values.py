"""Generic credentials, hard-negative values and key/value renderers.

`kv(syntax, NAME, value)` renders one assignment line in many syntaxes, so the
same credential can be planted in a .env file, YAML, Java, Go, PHP ...
`generic(rng)` yields realistic human/random passwords and keys bound to
secret-named keys (positives); `negative(rng, lang)` yields hard negatives bound
to the same kind of secret-named keys (placeholders, templating, references,
documented examples, wrong checksums, publishable keys, fake test data).
"""

from gen_core import (ALNUM, B64URL, DIGITS, HEX, LOWER, UPPER, b64, bad_crc_token, rbytes,
                      rhex, rstr)

SAFE_SYMBOLS = "!@*-_.+=^~?"
URL_SYMBOLS = "-_.~!*"
WORDS = ["copper", "lantern", "stride", "maple", "harbor", "violet", "falcon", "ember", "quartz",
         "willow", "thunder", "saffron", "glacier", "meadow", "cobalt", "orchid", "pepper", "rocket",
         "canyon", "velvet", "nimbus", "juniper", "marble", "tundra", "zephyr", "bramble"]


# ---------------------------------------------------------------- names
def snake(name):
    return name.lower()


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def pascal(name):
    return "".join(p.title() for p in name.lower().split("_"))


def dotted(name):
    parts = name.lower().split("_")
    return parts[0] + "." + "-".join(parts[1:]) if len(parts) > 1 else parts[0]


def kebab(name):
    return name.lower().replace("_", "-")


# ---------------------------------------------------------------- renderers
def kv(syntax, name, value, rng, raw=False):
    """One assignment line.  raw=True inserts `value` verbatim (code / templating)."""
    q = lambda v, c='"': v if raw else c + v + c
    c = rng.random()
    if syntax == "env":
        if raw:
            return "%s=%s" % (name, value)
        return "%s=%s" % (name, value if c < 0.6 else q(value, '"' if c < 0.85 else "'"))
    if syntax == "shell":
        return "export %s=%s" % (name, q(value, '"' if c < 0.7 else "'"))
    if syntax == "yaml":
        return "%s: %s" % (snake(name), value if raw or c < 0.5 else q(value, '"' if c < 0.8 else "'"))
    if syntax == "yaml-env":
        return "%s: %s" % (name, value if raw or c < 0.4 else q(value))
    if syntax == "compose-list":
        return "- %s=%s" % (name, value)
    if syntax == "json":
        return '"%s": %s,' % (camel(name), value if raw else '"%s"' % value)
    if syntax == "json-snake":
        return '"%s": %s,' % (snake(name), value if raw else '"%s"' % value)
    if syntax == "toml":
        return "%s = %s" % (snake(name), q(value))
    if syntax == "ini":
        return ("%s = %s" if c < 0.6 else "%s=%s") % (snake(name), value)
    if syntax == "properties":
        return ("%s=%s" if c < 0.7 else "%s = %s") % (dotted(name), value)
    if syntax == "xml":
        return '<add key="%s" value="%s" />' % (pascal(name), value)
    if syntax == "python":
        return "%s = %s" % (name, q(value, '"' if c < 0.6 else "'"))
    if syntax == "python-dict":
        return '"%s": %s,' % (snake(name), q(value, '"' if c < 0.6 else "'"))
    if syntax == "js":
        return "const %s = %s;" % (camel(name), q(value, "'" if c < 0.6 else '"'))
    if syntax == "js-obj":
        return "%s: %s," % (camel(name), q(value, "'" if c < 0.6 else '"'))
    if syntax == "ts":
        return "export const %s = %s;" % (name, q(value))
    if syntax == "go":
        return "%s = %s" % (camel(name), q(value, '"' if raw or c < 0.8 else "`"))
    if syntax == "go-struct":
        return "%s: %s," % (pascal(name), q(value))
    if syntax == "java":
        return "private static final String %s = %s;" % (name, q(value))
    if syntax == "kotlin":
        return "const val %s = %s" % (name, q(value))
    if syntax == "csharp":
        return "public const string %s = %s;" % (pascal(name), q(value))
    if syntax == "rust":
        return "const %s: &str = %s;" % (name, q(value))
    if syntax == "php":
        return "define('%s', %s);" % (name, q(value, "'"))
    if syntax == "php-var":
        return "$%s = %s;" % (camel(name), q(value, "'" if c < 0.7 else '"'))
    if syntax == "php-array":
        return "'%s' => %s," % (snake(name), q(value, "'"))
    if syntax == "ruby":
        return "%s = %s" % (name, q(value, '"' if c < 0.5 else "'"))
    if syntax == "hcl":
        return "%s = %s" % (snake(name), q(value))
    raise ValueError(syntax)


# ---------------------------------------------------------------- generic credentials
def password(rng, lo=10, hi=30):
    style = rng.random()
    if style < 0.45:       # random, all character classes
        n = rng.randint(max(lo, 12), hi)
        core = [rng.choice(UPPER), rng.choice(LOWER), rng.choice(DIGITS), rng.choice(SAFE_SYMBOLS)]
        core += [rng.choice(ALNUM + SAFE_SYMBOLS) for _ in range(n - 5)]
        rng.shuffle(core)
        return rng.choice(UPPER + LOWER) + "".join(core)
    if style < 0.7:        # passphrase
        w = rng.sample(WORDS, 3)
        sep = rng.choice(["-", ".", "_", "!", "+"])
        return sep.join(x.title() if rng.random() < 0.6 else x for x in w) + str(rng.randint(2, 999))
    if style < 0.85:       # human-ish with leetspeak
        w = rng.choice(WORDS).title()
        leet = w.replace("o", "0").replace("e", "3").replace("a", "@")
        return leet + rng.choice(["!", "?", "*", "_"]) + str(rng.randint(10, 9999))
    n = rng.randint(max(lo, 16), hi)   # long random alnum
    return rng.choice(UPPER + LOWER) + rstr(rng, ALNUM, n - 1)


def url_password(rng):
    n = rng.randint(12, 26)
    core = [rng.choice(UPPER), rng.choice(LOWER), rng.choice(DIGITS), rng.choice(URL_SYMBOLS)]
    core += [rng.choice(ALNUM + URL_SYMBOLS) for _ in range(n - 5)]
    rng.shuffle(core)
    return rng.choice(LOWER) + "".join(core)


PASSWORD_NAMES = ["DB_PASSWORD", "DATABASE_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD",
                  "SMTP_PASSWORD", "REDIS_PASSWORD", "ADMIN_PASSWORD", "LDAP_BIND_PASSWORD",
                  "RABBITMQ_PASSWORD", "KEYSTORE_PASSWORD", "MAIL_PASSWORD", "DB_PASS", "PASSWD",
                  "ELASTIC_PASSWORD", "SFTP_PASSWORD", "MONGO_PASSWORD", "PASSWORD"]
API_KEY_NAMES = ["API_KEY", "PAYMENT_API_KEY", "GEOCODER_API_KEY", "PARTNER_API_KEY", "SEARCH_API_KEY",
                 "X_API_KEY", "ANALYTICS_API_KEY", "INTERNAL_API_KEY", "WEATHER_API_KEY"]
SECRET_NAMES = ["CLIENT_SECRET", "JWT_SECRET", "SESSION_SECRET", "APP_SECRET", "SIGNING_SECRET",
                "ENCRYPTION_KEY", "HMAC_SECRET", "COOKIE_SECRET", "OAUTH_CLIENT_SECRET", "WEBHOOK_SECRET"]
TOKEN_NAMES = ["AUTH_TOKEN", "ACCESS_TOKEN", "SERVICE_TOKEN", "BEARER_TOKEN", "API_TOKEN", "REFRESH_TOKEN"]


def generic(rng):
    """-> (category, NAME, value) for a generic credential."""
    c = rng.random()
    if c < 0.5:
        return "generic-password", rng.choice(PASSWORD_NAMES), password(rng)
    if c < 0.68:
        v = rng.choice([lambda: rhex(rng, 32), lambda: rstr(rng, ALNUM, rng.randint(24, 40)),
                        lambda: rhex(rng, 8) + "-" + rhex(rng, 24)])()
        return "generic-api-key", rng.choice(API_KEY_NAMES), v
    if c < 0.88:
        v = rng.choice([lambda: b64(rbytes(rng, 32)), lambda: rhex(rng, 64), lambda: rstr(rng, ALNUM, 48),
                        lambda: rstr(rng, B64URL, 43)])()
        return "generic-secret", rng.choice(SECRET_NAMES), v
    return "generic-token", rng.choice(TOKEN_NAMES), rstr(rng, ALNUM, rng.randint(32, 48))


# ---------------------------------------------------------------- hard negatives
PLACEHOLDERS = ["changeme", "your-api-key", "<token>", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "TODO",
                "<your-password>", "your_secret_here", "********", "[REDACTED]", "CHANGE_ME",
                "insert-key-here", "<YOUR_API_KEY>", "your-token-goes-here", "xxxx-xxxx-xxxx-xxxx",
                "<redacted>", "PUT_YOUR_KEY_HERE", "dummy-value", "***", "<secret>", "replace-with-real-secret",
                "your_access_token", "EXAMPLE_KEY", "<client-secret>", "set-me"]
SHAPED_PLACEHOLDERS = [("STRIPE_SECRET_KEY", lambda r: "sk_live_" + "x" * 24), ("GITHUB_TOKEN", lambda r: "ghp_" + "X" * 36),
                       ("AWS_ACCESS_KEY_ID", lambda r: "AKIA" + "X" * 16), ("SLACK_BOT_TOKEN", lambda r: "xoxb-your-bot-token"),
                       ("OPENAI_API_KEY", lambda r: "sk-proj-" + "*" * 20), ("GITLAB_TOKEN", lambda r: "glpat-xxxxxxxxxxxxxxxxxxxx"),
                       ("SENDGRID_API_KEY", lambda r: "SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyy"),
                       ("HF_TOKEN", lambda r: "hf_" + "x" * 34), ("NPM_TOKEN", lambda r: "npm_" + "0" * 36),
                       ("GOOGLE_API_KEY", lambda r: "AIza" + "0" * 35), ("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-...")]
FAKE_TEST = ["password", "test", "secret", "dummy", "fake", "testing", "fake-token",
             "not-a-real-secret", "example", "test-secret", "testtoken", "placeholder"]
EXAMPLE_PAIRS = [("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
                 ("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")]
CONFIG_NOT_SECRET = [("PASSWORD_MIN_LENGTH", "12"), ("TOKEN_TTL_SECONDS", "3600"), ("SECRET_NAME", "prod-db-credentials"),
                     ("PASSWORD_RESET_PATH", "/account/password/reset"), ("AUTH_TYPE", "password"),
                     ("API_KEY_HEADER", "X-Api-Key"), ("TOKEN_ENDPOINT", "https://auth.example.com/oauth2/token"),
                     ("SECRET_MOUNT_PATH", "/var/run/secrets/app"), ("PASSWORD_HASHER", "argon2"),
                     ("TOKEN_TYPE", "Bearer"), ("KEY_ROTATION_DAYS", "90"), ("SECRET_PROVIDER", "aws-secretsmanager"),
                     ("API_KEY_PREFIX", "ak_"), ("PASSWORD_FIELD", "user_password"), ("CREDENTIALS_FILE", "/etc/app/credentials.json")]

ENV_REF = {
    "python": ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")', 'env("%s")'],
    "js": ["process.env.%s", "process.env['%s']", "process.env.%s ?? ''"],
    "go": ['os.Getenv("%s")'],
    "java": ['System.getenv("%s")'],
    "rust": ['std::env::var("%s").unwrap_or_default()'],
    "php": ["getenv('%s')", "$_ENV['%s']", "env('%s')"],
    "ruby": ['ENV.fetch("%s")', 'ENV["%s"]'],
    "csharp": ['Environment.GetEnvironmentVariable("%s")'],
}
TEMPLATING = {
    "env": ["${%s}", "${%s:-}", "$%s"],
    "yaml": ["${%s}", "${%s:?required}"],
    "properties": ["${%s}", "${%s:}"],
    "ini": ["%%(%s)s", "${%s}"],
    "toml": ['"${%s}"'],
    "json": ['"${%s}"', '"{{%s}}"', '"<%%= ENV[\'%s\'] %%>"'],
    "xml": ["${%s}", "#{%s}"],
    "hcl": ["var.%s"],
    # flavours: templating syntaxes of specific tools
    "helm": ['"{{ .Values.%s }}"', "{{ .Values.secrets.%s | quote }}"],
    "actions": ["${{ secrets.%s }}"],
    "compose": ["${%s}", "$%s", "${%s:?set it in .env}"],
    "spring": ["${%s}", "${%s:}"],
    "ansible": ['"{{ %s }}"', '"{{ vault_%s }}"'],
    "k8s": ["$(%s)"],
    "gitlab": ["$%s", "${%s}"],
}
SECRET_REFS = [lambda r, n: "vault:secret/data/prod/%s#value" % n.lower().replace("_", "-"),
               lambda r, n: "arn:aws:secretsmanager:us-east-1:%s:secret:prod/%s-%s" % (rstr(r, DIGITS, 12), n.lower().replace("_", "-"), rstr(r, ALNUM, 6)),
               lambda r, n: "arn:aws:ssm:eu-west-1:%s:parameter/app/prod/%s" % (rstr(r, DIGITS, 12), n.lower()),
               lambda r, n: "projects/%s/secrets/%s/versions/latest" % (rstr(r, DIGITS, 12), n.lower().replace("_", "-")),
               lambda r, n: "op://Production/%s/credential" % n.lower().replace("_", "-"),
               lambda r, n: "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/%s/)" % n.lower().replace("_", "-"),
               lambda r, n: "sm://%s" % n.lower().replace("_", "-")]
NEG_NAMES = PASSWORD_NAMES + API_KEY_NAMES + SECRET_NAMES + TOKEN_NAMES + [
    "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "OPENAI_API_KEY",
    "SENDGRID_API_KEY", "NPM_TOKEN", "TWILIO_AUTH_TOKEN", "DATADOG_API_KEY", "SECRET_KEY"]

_TEMPLATING_SYNTAX = {"env": "env", "shell": "env", "compose-list": "env", "yaml": "yaml", "yaml-env": "yaml",
                      "properties": "properties", "ini": "ini", "toml": "toml", "json": "json", "json-snake": "json",
                      "xml": "xml", "hcl": "hcl"}
_CODE_LANG = {"python": "python", "python-dict": "python", "js": "js", "js-obj": "js", "ts": "js", "go": "go",
              "go-struct": "go", "java": "java", "kotlin": "java", "csharp": "csharp", "rust": "rust",
              "php": "php", "php-var": "php", "php-array": "php", "ruby": "ruby"}


def negative(rng, syntax, allow=None, flavor=None):
    """-> (category, NAME, value, raw) : a secret-named key with a non-secret value."""
    cats = ["placeholder", "placeholder", "shaped-placeholder", "fake-test-data", "config-not-secret",
            "secret-reference", "wrong-checksum", "documented-example", "publishable-key", "empty-value"]
    if syntax in _CODE_LANG:
        cats += ["env-reference"] * 4
    if syntax in _TEMPLATING_SYNTAX:
        cats += ["templating"] * 4
    if allow:
        cats = [c for c in cats if c in allow] or cats
    cat = rng.choice(cats)
    name = rng.choice(NEG_NAMES)
    if cat == "placeholder":
        return cat, name, rng.choice(PLACEHOLDERS), False
    if cat == "shaped-placeholder":
        n, f = rng.choice(SHAPED_PLACEHOLDERS)
        return "placeholder", n, f(rng), False
    if cat == "fake-test-data":
        return cat, rng.choice(["PASSWORD", "DB_PASSWORD", "API_KEY", "SECRET", "TOKEN", "AUTH_TOKEN"]), rng.choice(FAKE_TEST), False
    if cat == "config-not-secret":
        n, v = rng.choice(CONFIG_NOT_SECRET)
        return cat, n, v, False
    if cat == "secret-reference":
        return cat, name, rng.choice(SECRET_REFS)(rng, name), False
    if cat == "wrong-checksum":
        pre = rng.choice([("GITHUB_TOKEN", "ghp_"), ("GH_TOKEN", "gho_"), ("NPM_TOKEN", "npm_"), ("GITHUB_APP_TOKEN", "ghs_")])
        return cat, pre[0], bad_crc_token(rng, pre[1]), False
    if cat == "documented-example":
        kid, sec = rng.choice(EXAMPLE_PAIRS)
        return (cat, "AWS_ACCESS_KEY_ID", kid, False) if rng.random() < 0.5 else (cat, "AWS_SECRET_ACCESS_KEY", sec, False)
    if cat == "publishable-key":
        return cat, rng.choice([("STRIPE_PUBLISHABLE_KEY", 0), ("NEXT_PUBLIC_STRIPE_KEY", 0), ("SUPABASE_PUBLISHABLE_KEY", 1)])[0], \
            rng.choice(["pk_live_" + rstr(rng, ALNUM, 24), "pk_live_" + rstr(rng, ALNUM, 99),
                        "sb_publishable_" + rstr(rng, B64URL, 31)]), False
    if cat == "empty-value":
        return cat, name, "", False
    if cat == "env-reference":
        return cat, name, rng.choice(ENV_REF[_CODE_LANG[syntax]]) % name, True
    if cat == "templating":
        t = rng.choice(TEMPLATING[flavor or _TEMPLATING_SYNTAX[syntax]])
        inner = name
        if ".Values." in t:
            inner = camel(name)
        elif "{{ %s }}" in t or "{{ vault_%s }}" in t or "%%(" in t or "var.%s" in t:
            inner = snake(name)
        return cat, name, t % inner, True
    raise AssertionError(cat)


def neg_kv(rng, syntax, allow=None):
    """-> (category, rendered line)."""
    cat, name, val, raw = negative(rng, syntax, allow)
    if cat == "empty-value" and syntax not in ("env", "ini", "properties", "yaml", "yaml-env", "shell", "compose-list"):
        raw = False
    return cat, kv(syntax, name, val, rng, raw=raw)
