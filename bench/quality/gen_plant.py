"""Planting helpers: put labeled positives / negatives and unlabeled filler into a FileBuilder."""

from gen_values import generic, kv, negative

FILLER = [("LOG_LEVEL", "info"), ("PORT", "8080"), ("APP_ENV", "production"), ("REGION", "eu-west-1"),
          ("DB_HOST", "db.internal"), ("DB_PORT", "5432"), ("DB_USER", "app"), ("DB_NAME", "app_production"),
          ("CACHE_TTL", "300"), ("SENTRY_ENVIRONMENT", "production"), ("TZ", "UTC"), ("MAX_CONNECTIONS", "20"),
          ("S3_BUCKET", "acme-uploads-prod"), ("API_BASE_URL", "https://api.example.com/v2"),
          ("FEATURE_FLAGS", "checkout,search,new-nav"), ("REDIS_HOST", "cache.internal"), ("REDIS_PORT", "6379"),
          ("SMTP_HOST", "smtp.mailgun.org"), ("SMTP_PORT", "587"), ("SMTP_USER", "postmaster@mg.example.com"),
          ("WORKERS", "4"), ("REQUEST_TIMEOUT_MS", "15000"), ("OTEL_SERVICE_NAME", "orders"),
          ("DEFAULT_LOCALE", "en-US"), ("ALLOWED_HOSTS", "example.com,www.example.com"),
          ("QUEUE_NAME", "events-v2"), ("METRICS_PATH", "/metrics"), ("CORS_ORIGIN", "https://app.example.com"),
          ("UPLOAD_MAX_MB", "25"), ("KAFKA_BROKERS", "kafka-0.kafka:9092,kafka-1.kafka:9092"),
          ("ENABLE_TRACING", "true"), ("RATE_LIMIT_PER_MIN", "600"), ("HEALTHCHECK_PATH", "/healthz"),
          ("STATIC_URL", "/static/"), ("GRPC_PORT", "9090"), ("AWS_REGION", "us-east-1"), ("DEBUG", "false")]

COMMENT = {"env": "#", "shell": "#", "yaml": "#", "yaml-env": "#", "compose-list": "#", "ini": ";", "toml": "#",
           "properties": "#", "python": "#", "python-dict": "#", "ruby": "#", "hcl": "#", "js": "//", "js-obj": "//",
           "ts": "//", "go": "//", "go-struct": "//", "java": "//", "kotlin": "//", "csharp": "//", "rust": "//",
           "php": "//", "php-var": "//", "php-array": "//", "k8s-env": "#"}
COMMENTS = ["payments", "third-party integrations", "TODO: move to the secret store", "observability",
            "rotated 2024-11", "do not commit real values (ask #platform)", "legacy, remove after migration",
            "used by the nightly export job", "notification providers", "storage", "feature toggles"]
_PREFIXES = ["LEGACY_", "BACKUP_", "REPORTING_", "STAGING_", "ANALYTICS_", "SECONDARY_", "EXPORT_", "EU_", "US_"]


def _uniq(fb, names):
    used = fb.__dict__.setdefault("used_names", set())
    prefix = ""
    i = 0
    while any(prefix + n in used for n in names):
        prefix = _PREFIXES[i % len(_PREFIXES)] + (str(i // len(_PREFIXES) + 2) + "_" if i >= len(_PREFIXES) else "")
        i += 1
    used.update(prefix + n for n in names)
    return [prefix + n for n in names]


def render(syntax, name, value, rng, raw=False):
    """-> (lines, index of the value line)."""
    if syntax == "k8s-env":
        v = value if raw else '"%s"' % value
        return ["- name: %s" % name, "  value: %s" % v], 1
    return [kv(syntax, name, value, rng, raw=raw)], 0


def comment(fb, syntax, rng, indent="", text=None):
    c = COMMENT.get(syntax)
    if c:
        fb.add(indent + "%s %s" % (c, text or rng.choice(COMMENTS)))


def filler(fb, rng, syntax, n=1, indent=""):
    used = fb.__dict__.setdefault("used_names", set())
    for _ in range(n):
        free = [x for x in FILLER if x[0] not in used]
        if not free:
            return
        name, val = rng.choice(free)
        used.add(name)
        lines, _ = render(syntax, name, val, rng)
        fb.add(*[indent + l for l in lines])


def provider(fb, rng, deck, syntax, indent="", spec=None):
    spec = spec or deck.draw()
    parts = spec.make(rng)
    names = _uniq(fb, [p[0] for p in parts])
    lines, at = [], None
    for (n, v, is_secret), name in zip(parts, names):
        ls, idx = render(syntax, name, v, rng)
        if is_secret and at is None:
            at = len(lines) + idx
        lines += ls
    return fb.secret(lines, spec.category, at=at, indent=indent)


def generic_pos(fb, rng, syntax, indent=""):
    cat, name, val = generic(rng)
    name = _uniq(fb, [name])[0]
    lines, at = render(syntax, name, val, rng)
    return fb.secret(lines, cat, at=at, indent=indent)


def neg(fb, rng, syntax, indent="", allow=None, flavor=None):
    cat, name, val, raw = negative(rng, "yaml" if syntax == "k8s-env" else syntax, allow, flavor)
    if cat == "empty-value" and syntax not in ("env", "ini", "properties", "yaml", "yaml-env", "shell"):
        raw = False
    name = _uniq(fb, [name])[0]
    lines, at = render(syntax, name, val, rng, raw=raw)
    return fb.neg(lines, cat, at=at, indent=indent)


def mix(fb, rng, deck, syntax, pos=0, gen=0, negs=0, indent="", fill=(0, 2), comments=0.25, allow=None, flavor=None):
    """Interleave `pos` provider credentials, `gen` generic credentials and `negs`
    hard negatives, with unlabeled filler lines and comments in between."""
    jobs = ["p"] * pos + ["g"] * gen + ["n"] * negs
    rng.shuffle(jobs)
    for j in jobs:
        if rng.random() < comments:
            comment(fb, syntax, rng, indent)
        filler(fb, rng, syntax, rng.randint(*fill), indent)
        if j == "p":
            provider(fb, rng, deck, syntax, indent)
        elif j == "g":
            generic_pos(fb, rng, syntax, indent)
        else:
            neg(fb, rng, syntax, indent, allow, flavor)
    filler(fb, rng, syntax, rng.randint(*fill), indent)


class Ctx:
    """Shared generation state handed to every project module."""

    def __init__(self, corpus, rng, deck, round_no=0):
        self.C, self.rng, self.deck, self.round = corpus, rng, deck, round_no
        self.suffix = "" if round_no == 0 else "-%d" % (round_no + 1)

    def p(self, project, rel):
        return "%s%s/%s" % (project, self.suffix, rel)

    def f(self, project, rel, crlf=False):
        return self.C.file(self.p(project, rel), crlf=crlf)
