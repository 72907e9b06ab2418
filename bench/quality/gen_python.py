"""Python projects: a Django web shop (storefront/) and a small Flask ML worker (ml-worker/)."""

import gen_special as sp
from gen_core import ALNUM, rhex, rstr
from gen_plant import filler, generic_pos, mix, neg, provider
from gen_values import kv, password

P = "storefront"


def build(ctx):
    C, r, d = ctx.C, ctx.rng, ctx.deck
    ctx.C.raw(ctx.p(P, "manage.py"), '''#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "storefront.settings.local")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
''')

    # ---- settings/base.py: references only
    f = ctx.f(P, "storefront/settings/base.py")
    f.add('"""Base settings shared by every environment."""', "import os", "from pathlib import Path", "",
          "BASE_DIR = Path(__file__).resolve().parent.parent.parent", "")
    f.neg('SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', "env-reference")
    f.add('DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"', 'ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")', "",
          "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",', '    "django.contrib.sessions",',
          '    "catalog",', '    "checkout",', '    "payments",', "]", "", "DATABASES = {", '    "default": {',
          '        "ENGINE": "django.db.backends.postgresql",', '        "NAME": os.environ.get("DB_NAME", "storefront"),',
          '        "USER": os.environ.get("DB_USER", "storefront"),')
    f.neg('        "PASSWORD": os.environ.get("DB_PASSWORD", ""),', "env-reference")
    f.add('        "HOST": os.environ.get("DB_HOST", "localhost"),', '        "PORT": 5432,', "    }", "}", "",
          "AUTH_PASSWORD_VALIDATORS = [",
          '    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},',
          '    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},',
          "]", "", "PASSWORD_HASHERS = [", '    "django.contrib.auth.hashers.Argon2PasswordHasher",',
          '    "django.contrib.auth.hashers.PBKDF2PasswordHasher",', "]", "")
    f.neg('STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")', "env-reference")
    f.neg('STRIPE_PUBLISHABLE_KEY = "pk_live_%s"' % rstr(r, ALNUM, 24), "publishable-key")
    f.neg('EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")', "env-reference")
    f.add('LANGUAGE_CODE = "en-us"', 'TIME_ZONE = "UTC"', "USE_I18N = True", 'STATIC_URL = "/static/"')
    f.write()

    # ---- settings/local.py: a developer's committed local settings
    f = ctx.f(P, "storefront/settings/local.py")
    f.add("from .base import *  # noqa", "", "DEBUG = True", 'ALLOWED_HOSTS = ["*"]', "")
    f.secret('SECRET_KEY = "%s"' % sp.django_secret_key(r), "django-secret-key")
    f.add("", "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
          '        "NAME": "storefront",', '        "USER": "storefront",')
    f.secret('        "PASSWORD": "%s",' % password(r), "generic-password")
    f.add('        "HOST": "127.0.0.1",', "    }", "}", "", 'EMAIL_HOST = "smtp.sendgrid.net"', 'EMAIL_HOST_USER = "apikey"')
    provider(f, r, d, "python")
    mix(f, r, d, "python", pos=3, gen=2, negs=1)
    f.write()

    # ---- settings/production.py
    f = ctx.f(P, "storefront/settings/production.py")
    f.add("from .base import *  # noqa", "import os", "", "DEBUG = False", "SECURE_HSTS_SECONDS = 31536000", "")
    mix(f, r, d, "python", pos=1, gen=0, negs=5, allow=["env-reference", "secret-reference", "config-not-secret"])
    f.add("", "CACHES = {", '    "default": {', '        "BACKEND": "django.core.cache.backends.redis.RedisCache",')
    uri, cat = sp.conn_uri(r, "redis")
    f.secret('        "LOCATION": "%s",' % uri, cat)
    f.add("    }", "}")
    f.write()

    # ---- .env (crlf in some rounds) and .env.example
    f = ctx.f(P, ".env", crlf=ctx.round % 2 == 1)
    f.add("# local overrides - loaded by django-environ")
    uri, cat = sp.conn_uri(r, "postgres")
    f.secret("DATABASE_URL=%s" % uri, cat)
    mix(f, r, d, "env", pos=9, gen=3, negs=2)
    f.write()
    f = ctx.f(P, ".env.example")
    f.add("# Copy to .env and fill in real values. Never commit .env!")
    f.neg("DATABASE_URL=postgres://storefront:<password>@localhost:5432/storefront", "placeholder")
    mix(f, r, d, "env", pos=0, gen=0, negs=10, fill=(0, 1), allow=["placeholder", "templating", "empty-value"])
    f.write()

    # ---- alembic.ini with interpolation and a real URL
    f = ctx.f(P, "alembic.ini")
    f.add("[alembic]", "script_location = migrations")
    f.neg("prepend_sys_path = %(here)s", "templating")
    uri, cat = sp.conn_uri(r, "postgres")
    f.secret("sqlalchemy.url = " + uri.replace("postgresql+psycopg2", "postgresql").replace("postgres://", "postgresql://"), cat)
    f.add("", "[loggers]", "keys = root,sqlalchemy,alembic", "", "[logger_root]", "level = WARN", "handlers = console")
    f.write()

    # ---- payments client with a hard-coded key next to env lookups
    f = ctx.f(P, "payments/clients.py")
    f.add('"""Thin wrappers around the payment and messaging providers."""', "import logging", "import os", "",
          "import requests", "", "log = logging.getLogger(__name__)", "")
    mix(f, r, d, "python", pos=2, gen=1, negs=3, fill=(0, 0))
    f.add("", "", "class PaymentGateway:", '    base_url = "https://api.payments.example.com/v1"', "",
          "    def __init__(self, api_key=None, timeout=10):")
    f.neg('        self.api_key = api_key or os.environ["PAYMENT_API_KEY"]', "env-reference")
    f.add("        self.timeout = timeout", "", "    def charge(self, amount_cents, currency, source):",
          '        headers = {"Authorization": f"Bearer {self.api_key}"}',
          '        resp = requests.post(f"{self.base_url}/charges", json={"amount": amount_cents, "currency": currency,',
          '                             "source": source}, headers=headers, timeout=self.timeout)',
          "        resp.raise_for_status()", "        return resp.json()", "", "", "def notify_ops(text):")
    hook = [s for s in d.specs if s.category == "slack-webhook"][0].make(r)[0][1]
    f.secret('    requests.post("%s", json={"text": text}, timeout=5)' % hook, "slack-webhook")
    f.write()

    # ---- scripts/seed_db.py : psycopg2 kwargs
    f = ctx.f(P, "scripts/seed_db.py")
    f.add("import psycopg2", "", "", "def connect():", "    return psycopg2.connect(", '        host="localhost",',
          '        dbname="storefront",', '        user="storefront",')
    f.secret('        password="%s",' % password(r), "generic-password")
    f.add("    )", "", "", 'if __name__ == "__main__":', "    conn = connect()",
          '    conn.cursor().execute("SELECT count(*) FROM catalog_product")')
    f.write()

    # ---- tests
    f = ctx.f(P, "tests/test_auth.py")
    f.add("import pytest", "from django.contrib.auth import get_user_model", "", "")
    f.add("@pytest.fixture", "def user(db):")
    f.neg('    return get_user_model().objects.create_user("alice", "alice@example.com", password="password")', "fake-test-data")
    f.add("", "", "def test_login(client, user):")
    f.neg('    resp = client.post("/accounts/login/", {"username": "alice", "password": "password"})', "fake-test-data")
    f.add("    assert resp.status_code == 302", "", "", "def test_rejects_token_with_bad_checksum(validator):")
    from gen_core import bad_crc_token
    f.neg('    assert not validator.is_valid("%s")' % bad_crc_token(r, "ghp_"), "wrong-checksum")
    f.add("", "", "def test_order_id_roundtrip():")
    f.neg('    order_id = "%s"' % sp.uuid(r), "uuid")
    f.add("    assert str(Order(id=order_id).id) == order_id")
    f.write()

    f = ctx.f(P, "tests/fixtures/users.json")
    f.add("[")
    for i, name in enumerate(["alice", "bob", "carol"]):
        f.add("  {", '    "model": "auth.user",', '    "pk": %d,' % (i + 1), '    "fields": {', '      "username": "%s",' % name)
        f.neg('      "password": "%s",' % r.choice(["password", "test", "not-a-real-password"]), "fake-test-data")
        f.neg('      "external_id": "%s",' % sp.uuid(r), "uuid")
        f.add('      "email": "%s@example.com"' % name, "    }", "  }" + ("," if i < 2 else ""))
    f.add("]")
    f.write()

    # VCR cassette: a recorded request that leaked a live key, and one that was scrubbed
    f = ctx.f(P, "tests/cassettes/test_charge_card.yaml")
    f.add("interactions:", "- request:", "    body: amount=1999&currency=eur&source=tok_visa", "    headers:",
          "      Content-Type:", "      - application/x-www-form-urlencoded", "      Authorization:")
    stripe = [s for s in d.specs if s.category == "stripe-secret-key"][0].make(r)[0][1]
    f.secret("      - Bearer " + stripe, "stripe-secret-key")
    f.add("    method: POST", "    uri: https://api.stripe.com/v1/charges", "  response:", "    headers:", "      Request-Id:")
    f.neg("      - req_" + rstr(r, ALNUM, 14), "request-id")
    f.add("      Idempotency-Key:")
    f.neg("      - " + sp.uuid(r), "uuid")
    f.add("    status:", "      code: 200", "      message: OK", "- request:", "    headers:", "      Authorization:")
    f.neg("      - Bearer <REDACTED>", "placeholder")
    f.add("    method: GET", "    uri: https://api.stripe.com/v1/balance", "  response:", "    status:", "      code: 200",
          "version: 1")
    f.write()

    # ---- requirements with hashes
    f = ctx.f(P, "requirements.txt")
    f.add("# generated by pip-compile --generate-hashes")
    for pkg, ver in [("django", "5.0.6"), ("psycopg2-binary", "2.9.9"), ("requests", "2.32.3"), ("celery", "5.4.0"),
                     ("redis", "5.0.7"), ("stripe", "9.12.0"), ("gunicorn", "22.0.0")]:
        f.add("%s==%s \\" % (pkg, ver))
        f.neg("    --hash=sha256:%s \\" % sp.sha256_hex(r), "sha256-digest")
        f.neg("    --hash=sha256:%s" % sp.sha256_hex(r), "sha256-digest")
    f.write()

    # ---- i18n
    f = ctx.f(P, "locale/de/LC_MESSAGES/django.po")
    f.add('msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', "")
    for k, en in sp.I18N[:6]:
        f.add("#: templates/account/%s.html:%d" % (k.lower(), r.randint(3, 90)), 'msgid "%s"' % en)
        f.neg('msgstr "%s"' % sp.I18N_DE[k], "i18n-string")
        f.add("")
    f.write()

    # ---- static vendor bundle
    f = ctx.f(P, "static/js/vendor.min.js")
    f.add("/*! popover v2.11.8 | MIT */")
    f.neg(sp.minified_js(r), "minified-code")
    f.neg('var ICON_SPINNER="%s";' % sp.png_data_uri(r), "base64-asset")
    f.write()
    build_ml_worker(ctx)


def build_ml_worker(ctx):
    C, r, d = ctx.C, ctx.rng, ctx.deck
    W = "ml-worker"
    f = ctx.f(W, "app/config.py")
    f.add('"""Configuration for the embedding / summarisation worker."""', "import os", "from dataclasses import dataclass", "")
    f.add("", "@dataclass", "class Settings:")
    f.neg('    openai_api_key: str = os.getenv("OPENAI_API_KEY", "")', "env-reference")
    f.neg('    hf_token: str = os.environ.get("HF_TOKEN", "")', "env-reference")
    f.add('    model: str = "text-embedding-3-small"', "    batch_size: int = 64", "")
    f.add("", "# fallbacks used by the notebook demos")
    mix(f, r, d, "python", pos=4, gen=1, negs=2, fill=(0, 1))
    f.write()

    f = ctx.f(W, "app/worker.py")
    f.add("import json", "import os", "", "import boto3", "import redis", "", "")
    f.add("def queue():")
    uri, cat = sp.conn_uri(r, "redis")
    f.secret('    return redis.Redis.from_url(os.getenv("REDIS_URL", "%s"))' % uri, cat)
    f.add("", "", "def s3():", '    return boto3.client(', '        "s3",')
    kid, sec = provider_pair(r, d, "aws-access-key")
    f.secret(['        aws_access_key_id="%s",' % kid, '        aws_secret_access_key="%s",' % sec], "aws-access-key", at=1)
    f.add('        region_name="eu-central-1",', "    )", "", "", "def handle(msg):", '    job = json.loads(msg)',
          '    return {"id": job["id"], "status": "done"}')
    f.write()

    f = ctx.f(W, "instance/config.toml")
    f.add("[server]", 'host = "0.0.0.0"', "port = 8000", "", "[database]")
    uri, cat = sp.conn_uri(r, "postgres")
    f.secret('url = "%s"' % uri, cat)
    f.add("pool_size = 10", "", "[providers]")
    mix(f, r, d, "toml", pos=4, gen=1, negs=3, fill=(0, 1))
    f.write()

    f = ctx.f(W, "notebooks/README.md")
    f.add("# Notebooks", "", "Set the keys in your shell before starting Jupyter:", "", "```bash")
    f.neg("export OPENAI_API_KEY=sk-...", "placeholder")
    f.neg("export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")
    f.add("jupyter lab", "```")
    f.write()


def provider_pair(r, d, category):
    spec = [s for s in d.specs if s.category == category][0]
    parts = spec.make(r)
    return parts[0][1], parts[1][1]
