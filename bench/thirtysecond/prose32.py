"""Conversation scripts: exchanges in the theme's language that carry secrets, negatives or nothing."""
import prov32
from core32 import rhex, rstr, sha256hex, bcrypt_like, sha512crypt_like, uuid4, b64

PROV_NAMES = {"github": "GitHub", "npm": "npm", "gitlab": "GitLab", "slack": "Slack", "stripe": "Stripe",
              "sendgrid": "SendGrid", "openai": "OpenAI", "anthropic": "Anthropic", "huggingface": "Hugging Face",
              "telegram": "Telegram", "discord": "Discord", "digitalocean": "DigitalOcean", "vercel": "Vercel",
              "shopify": "Shopify", "mailgun": "Mailgun", "grafana": "Grafana", "sentry": "Sentry", "linear": "Linear",
              "notion": "Notion", "dockerhub": "Docker Hub", "pypi": "PyPI", "vault": "Vault", "doppler": "Doppler",
              "hetzner": "Hetzner", "figma": "Figma", "postman": "Postman", "groq": "Groq", "replicate": "Replicate",
              "heroku": "Heroku", "supabase": "Supabase", "square": "Square", "mailchimp": "Mailchimp",
              "newrelic": "New Relic", "okta": "Okta", "atlassian": "Atlassian", "cloudflare-ca": "Cloudflare",
              "pulumi": "Pulumi", "terraform": "Terraform Cloud", "age": "age", "openrouter": "OpenRouter",
              "databricks": "Databricks", "circleci": "CircleCI", "buildkite": "Buildkite", "gitlab-deploy": "GitLab",
              "github-fine": "GitHub", "rubygems": "RubyGems", "nuget": "NuGet", "render": "Render", "prefect": "Prefect",
              "infracost": "Infracost", "dynatrace": "Dynatrace", "onepassword": "1Password", "jfrog": "JFrog",
              "sentry-org": "Sentry", "grafana-cloud": "Grafana Cloud", "mapbox": "Mapbox", "entra": "Entra ID",
              "azure-devops": "Azure DevOps", "octopus": "Octopus", "planetscale": "PlanetScale", "swarm": "Docker Swarm",
              "bedrock": "Bedrock", "stripe-webhook": "Stripe", "slack-webhook": "Slack", "google": "Google",
              "google-oauth": "Google", "github-oauth": "GitHub", "github-app": "GitHub"}
PROSE_TOKENS = ["github", "npm", "gitlab", "slack", "stripe", "sendgrid", "openai", "anthropic", "huggingface",
                "telegram", "discord", "digitalocean", "vercel", "shopify", "mailgun", "grafana", "sentry", "linear",
                "notion", "dockerhub", "pypi", "vault", "doppler", "figma", "postman", "groq", "replicate", "heroku",
                "supabase", "square", "mailchimp", "newrelic", "okta", "pulumi", "terraform", "age", "openrouter",
                "databricks", "circleci", "buildkite", "github-fine", "rubygems", "render", "dynatrace", "jfrog",
                "sentry-org", "google", "google-oauth", "onepassword", "atlassian", "mapbox", "entra", "planetscale"]
PAIR_NAMES = ["aws", "gcs-hmac", "alibaba", "tencent", "twilio-key", "b2", "datadog", "s3compat"]
PAIR_DISPLAY = {"aws": "AWS", "gcs-hmac": "GCS HMAC", "alibaba": "Alibaba Cloud", "tencent": "Tencent Cloud",
                "twilio-key": "Twilio", "b2": "Backblaze B2", "datadog": "Datadog", "s3compat": "MinIO"}

SECRET_KINDS = ["colon", "is", "quoted", "below", "ask", "temp", "wifi", "door", "pin", "phrase", "token", "token",
                "revoked", "rotated", "uri", "cli", "pair", "codespan", "revoked", "ask", "rotated"]
NEG_KINDS = ["vault", "masked", "placeholder", "envref", "sha", "uuid", "checksum", "fingerprint", "hash",
             "example", "public", "masked", "vault", "envref"]


class Msg:
    def __init__(self, author, text, lab=None, pair=None, row=None):
        self.author = author
        self.text = text
        self.lab = lab          # (kind, value, category, extra)
        self.pair = pair        # ("id", id_value) or ("secret", value, category, id_value, extra)
        self.row = row          # (system, user, value-or-text, note) for table-capable formats

    def labelled(self):
        return self.lab is not None or self.pair is not None


def _fmt(L, key, ctx, r, **kw):
    d = {"q1": L["q"][0], "q2": L["q"][1], "sys": kw.get("sys") or ctx.sysname(r)}
    d.update(kw)
    return L[key].format(**d)


def cli_line(ctx, r, pw):
    host, user = ctx.host(r), ctx.user(r)
    forms = ["mysql -h %s -u %s -p'%s' stock" % (host, user, pw),
             "PGPASSWORD='%s' psql -h %s -U %s" % (pw, host, user),
             "curl -u %s:%s https://%s/api/health" % (user, pw, host),
             "smbclient //%s/scans -U %s%%%s" % (host, user, pw),
             "mosquitto_sub -h %s -u %s -P '%s' -t '#'" % (host, user, pw),
             "redis-cli -h %s -a '%s' ping" % (host, pw),
             "sshpass -p '%s' ssh %s@%s" % (pw, user, host),
             "lftp -u %s,'%s' sftp://%s" % (user, pw, host)]
    return r.choice(forms)


def uri_line(ctx, r, pw):
    host, user = ctx.host(r), ctx.user(r)
    forms = ["postgresql://%s:%s@%s:5432/%s" % (user, pw, host, ctx.sysname(r)),
             "mysql://%s:%s@%s:3306/%s" % (user, pw, host, ctx.sysname(r)),
             "mongodb://%s:%s@%s:27017/?authSource=admin" % (user, pw, host),
             "redis://:%s@%s:6379/0" % (pw, host),
             "amqp://%s:%s@%s:5672/%%2F" % (user, pw, host),
             "ftp://%s:%s@%s/incoming" % (user, pw, host)]
    return r.choice(forms)


def neg_value(ctx, r, kind):
    """(value, category, extra) for a negative of this kind."""
    if kind == "vault":
        v, c = ctx.vault(r)
        return v, c, {}
    if kind == "masked":
        name = r.choice(PROSE_TOKENS[:20])
        tok = prov32.TOKENS[name][1](r)
        return prov32.mask(r, tok, r.choice([0, 0, 1, 3])), "masked", {}
    if kind == "placeholder":
        return prov32.placeholder(r), "placeholder", {}
    if kind == "envref":
        var = r.choice(["DB_PASSWORD", "API_TOKEN", "SMTP_PASS", ctx.sysname(r).upper() + "_PASSWORD", "MQTT_PASS"])
        return prov32.envref(r, var, r.choice([0, 1, 2, 5])), "env-reference", {}
    if kind == "sha":
        return rhex(r, 40), "git-sha", {}
    if kind == "uuid":
        return uuid4(r), "uuid", {}
    if kind == "checksum":
        return sha256hex(r), "sha256", {}
    if kind == "fingerprint":
        return "SHA256:" + b64(bytes(r.getrandbits(8) for _ in range(32))).rstrip("="), "ssh-fingerprint", {}
    if kind == "hash":
        return (bcrypt_like(r) if r.random() < 0.6 else sha512crypt_like(r)), "password-hash", {}
    if kind == "example":
        key = r.choice(["aws-id", "aws-secret", "jwt-io", "azurite", "recaptcha", "turnstile", "stripe-test"])
        v, c, cite = prov32.EXAMPLES[key]
        return v, c, {"cite": cite}
    if kind == "public":
        v, c = prov32.public_value(r, r.choice(prov32.PUBLIC_KINDS))
        return v, c, {}
    raise ValueError(kind)


def secret_exchange(ctx, L, r, kind, people, chat=None):
    A, B, C = people[0], people[1], people[2]
    chat = chat or Chatter(L, r)
    sys = ctx.sysname(r)
    if kind in ("colon", "is", "quoted", "codespan"):
        v = ctx.password(r, native=True)
        key = "colon" if kind == "codespan" else kind
        shown = "`%s`" % v if kind == "codespan" else v
        return [Msg(A, _fmt(L, key, ctx, r, sys=sys, v=shown), ("secret", v, "password", {}))]
    if kind == "below":
        v = ctx.password(r, native=True)
        return [Msg(A, _fmt(L, "below", ctx, r, sys=sys) + "\n" + v, ("secret", v, "password", {}))]
    if kind == "ask":
        v = ctx.password(r, native=True)
        out = [Msg(A, _fmt(L, "ask", ctx, r, sys=sys))]
        for _ in range(r.randrange(0, 3)):
            out.append(Msg(C, chat()))
        out.append(Msg(B, _fmt(L, "answer", ctx, r, v=v), ("secret", v, "password", {})))
        return out
    if kind == "temp":
        v = ctx.password(r, style=r.choice(["human", "strong", "weak"]))
        return [Msg(A, _fmt(L, "temp", ctx, r, who=C[0], v=v), ("secret", v, "temporary-password", {}))]
    if kind == "wifi":
        v = ctx.wifi(r)
        return [Msg(A, _fmt(L, "wifi", ctx, r, ssid=r.choice(ctx.t["ssids"]), v=v), ("secret", v, "wifi-psk", {}))]
    if kind == "door":
        v = ctx.pin(r, r.choice([4, 5, 6]))
        return [Msg(A, _fmt(L, "door", ctx, r, place=r.choice(ctx.t["places"]), v=v), ("secret", v, "door-code", {}))]
    if kind == "pin":
        v = ctx.pin(r)
        return [Msg(A, _fmt(L, "pin", ctx, r, v=v), ("secret", v, "alarm-pin", {}))]
    if kind == "phrase":
        v = ctx.passphrase(r)
        return [Msg(A, _fmt(L, "phrase", ctx, r, v=v), ("secret", v, "passphrase", {}))]
    if kind in ("token", "revoked"):
        name = r.choice(PROSE_TOKENS)
        v, cat, _ = ctx.token(r, name)
        extra = {"note": "revoked"} if kind == "revoked" else {}
        return [Msg(A, _fmt(L, kind, ctx, r, prov=PROV_NAMES[name], v=v), ("secret", v, cat, extra))]
    if kind == "rotated":
        v = ctx.password(r)
        ref, _ = ctx.vault(r, sys)
        return [Msg(A, _fmt(L, "rotated", ctx, r, sys=sys, v=v), ("secret", v, "password", {"note": "rotated"})),
                Msg(A, _fmt(L, "rotated_new", ctx, r, ref=ref), ("negative", ref, "vault-reference", {}))]
    if kind == "uri":
        v = ctx.password(r, style=r.choice(["strong", "human", "weak", "phrase"]))
        return [Msg(A, _fmt(L, "uri", ctx, r, v=uri_line(ctx, r, v)), ("secret", v, "password-in-uri", {}))]
    if kind == "cli":
        v = ctx.password(r, style=r.choice(["strong", "human", "leet", "year"]))
        return [Msg(A, _fmt(L, "cli", ctx, r, v="`%s`" % cli_line(ctx, r, v)), ("secret", v, "password-in-cli", {}))]
    if kind == "pair":
        name = r.choice(PAIR_NAMES)
        kid, sec, cat, _, _ = ctx.pair(r, name)
        return [Msg(A, PAIR_DISPLAY[name] + " — " + _fmt(L, "pair_id", ctx, r, id=kid), pair=("id", kid)),
                Msg(A, _fmt(L, "pair_secret", ctx, r, v=sec), pair=("secret", sec, cat, kid, {}))]
    raise ValueError(kind)


def negative_exchange(ctx, L, r, kind, people):
    A = people[0]
    if kind == "vault":
        sys = ctx.sysname(r)
        v, cat = ctx.vault(r, sys)
        return [Msg(A, _fmt(L, "vault", ctx, r, sys=sys, ref=v), ("negative", v, cat, {}))]
    v, cat, extra = neg_value(ctx, r, kind)
    return [Msg(A, _fmt(L, kind, ctx, r, v=v), ("negative", v, cat, extra))]


class Chatter:
    """Chatter lines without repeats inside one file."""

    def __init__(self, L, r):
        self.L, self.r, self.pool = L, r, []

    def __call__(self):
        if not self.pool:
            self.pool = list(self.L["chatter"])
            self.r.shuffle(self.pool)
        return self.pool.pop()


def table_rows(ctx, L, r, n_secret=1):
    """Rows for an access table: one or two passwords (secrets) and a vault reference (negative)."""
    rows = []
    for _ in range(n_secret):
        sys = ctx.sysname(r)
        v = ctx.password(r, native=True)
        rows.append(Msg(None, None, ("secret", v, "password", {}), row=(sys, ctx.user(r), v, "")))
    sys = ctx.sysname(r)
    ref, c = ctx.vault(r, sys)
    rows.append(Msg(None, None, ("negative", ref, c, {}), row=(sys, ctx.user(r), ref, "")))
    r.shuffle(rows)
    return rows


def conversation(ctx, L, r, n_sec, n_neg, n_chat=None, allow=None, doc=False):
    """Shuffled exchanges with chatter; returns a list of Msg. doc=True: no chatter (wiki pages, notes)."""
    people = list(ctx.people)
    chat = Chatter(L, r)
    blocks = []
    kinds = allow or SECRET_KINDS
    for _ in range(n_sec):
        r.shuffle(people)
        blocks.append(secret_exchange(ctx, L, r, r.choice(kinds), people[:3], chat))
    for _ in range(n_neg):
        r.shuffle(people)
        blocks.append(negative_exchange(ctx, L, r, r.choice(NEG_KINDS), people[:3]))
    if doc:
        r.shuffle(blocks)
        out = [m for b in blocks for m in b]
        out.append(Msg(people[0], r.choice(L["policy"])))
        return out
    for _ in range(n_chat if n_chat is not None else r.randrange(2, 5)):
        blocks.append([Msg(r.choice(people), chat())])
    if r.random() < 0.35:
        blocks.append([Msg(r.choice(people), L["nopaste"])])
    r.shuffle(blocks)
    out = [Msg(people[0], chat())]
    for b in blocks:
        out.extend(b)
    return out
