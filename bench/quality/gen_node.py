"""Node/TypeScript service (notification-service/) with lockfile, configs, locales, tests."""

import json

import gen_special as sp
from gen_core import ALNUM, bad_crc_token, crc_token, rhex, rstr
from gen_plant import mix, provider
from gen_tokens import sendgrid_key, service_jwt, slack_webhook
from gen_values import password

N = "notification-service"
PKGS = [("express", "4.19.2"), ("jsonwebtoken", "9.0.2"), ("mongoose", "8.4.1"), ("ioredis", "5.4.1"),
        ("@sendgrid/mail", "8.1.3"), ("twilio", "5.1.0"), ("pino", "9.2.0"), ("zod", "3.23.8"), ("dotenv", "16.4.5"),
        ("bullmq", "5.8.2"), ("axios", "1.7.2"), ("@slack/web-api", "7.2.0"), ("ms", "2.1.3"), ("debug", "4.3.5"),
        ("semver", "7.6.2"), ("uuid", "10.0.0"), ("jest", "29.7.0"), ("typescript", "5.5.2"), ("ts-node", "10.9.2"),
        ("eslint", "9.5.0")]


def build(ctx):
    r, d = ctx.rng, ctx.deck
    deps = {p: "^" + v for p, v in PKGS[:12]}
    ctx.C.raw(ctx.p(N, "package.json"), json.dumps({
        "name": "@acme/notification-service", "version": "1.14.2", "private": True, "main": "dist/index.js",
        "scripts": {"build": "tsc -p .", "start": "node dist/index.js", "test": "jest --runInBand", "lint": "eslint src"},
        "dependencies": deps, "devDependencies": {p: "^" + v for p, v in PKGS[16:]}}, indent=2))

    # ---- package-lock.json: integrity hashes are negatives
    f = ctx.f(N, "package-lock.json")
    f.add("{", '  "name": "@acme/notification-service",', '  "version": "1.14.2",', '  "lockfileVersion": 3,',
          '  "requires": true,', '  "packages": {', '    "": {', '      "name": "@acme/notification-service",',
          '      "version": "1.14.2"', "    },")
    for i, (p, v) in enumerate(PKGS):
        f.add('    "node_modules/%s": {' % p, '      "version": "%s",' % v,
              '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (p, p.split("/")[-1], v))
        f.neg('      "integrity": "%s",' % sp.sri(r, "sha512" if r.random() < 0.85 else "sha1"), "sri-integrity")
        f.add('      "license": "MIT"', "    }" + ("," if i < len(PKGS) - 1 else ""))
    f.add("  }", "}")
    f.write()

    # ---- project .npmrc
    f = ctx.f(N, ".npmrc")
    f.add("@acme:registry=https://npm.pkg.github.com", "engine-strict=true")
    f.neg("//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "templating")
    f.secret("//npm.pkg.github.com/:_authToken=" + crc_token(r, "ghp_"), "github-pat")
    f.write()

    # ---- env files
    f = ctx.f(N, ".env")
    uri, cat = sp.conn_uri(r, "mongodb-srv")
    f.secret("MONGO_URL=" + uri, cat)
    mix(f, r, d, "env", pos=9, gen=2, negs=2)
    f.write()
    f = ctx.f(N, ".env.test")
    f.add("# test doubles - values are not real")
    f.neg("JWT_SECRET=test-secret", "fake-test-data")
    f.neg("SENDGRID_API_KEY=SG.fake", "fake-test-data")
    f.neg("TWILIO_AUTH_TOKEN=" + "0" * 32, "placeholder")
    uri, cat = sp.conn_uri_negative(r)
    f.neg("MONGO_URL=" + uri, cat)
    f.write()
    f = ctx.f(N, ".env.example")
    mix(f, r, d, "env", negs=8, fill=(0, 1), allow=["placeholder", "empty-value", "templating"])
    f.write()

    # ---- config/default.json (node-config) + production.json (custom-environment refs)
    f = ctx.f(N, "config/default.json")
    f.add("{", '  "port": 3000,', '  "logLevel": "info",', '  "mail": {', '    "from": "no-reply@example.com",')
    f.neg('    "apiKey": "",', "empty-value")
    f.add('    "sandbox": false', "  },", '  "sms": {', '    "accountSid": "",')
    f.neg('    "authToken": "<twilio-auth-token>",', "placeholder")
    f.add('    "from": "+15005550006"', "  },", '  "integrations": {')
    mix(f, r, d, "json", pos=4, gen=1, negs=2, indent="    ", fill=(0, 1), comments=0)
    f.add('    "enabled": true', "  }", "}")
    f.write()
    f = ctx.f(N, "config/custom-environment-variables.json")
    f.add("{", '  "mail": {')
    f.neg('    "apiKey": "SENDGRID_API_KEY"', "env-reference")
    f.add("  },", '  "sms": {')
    f.neg('    "authToken": "TWILIO_AUTH_TOKEN"', "env-reference")
    f.add("  }", "}")
    f.write()

    # ---- src/config.ts: env lookups with hard-coded fallbacks
    f = ctx.f(N, "src/config.ts")
    f.add("import 'dotenv/config';", "import { z } from 'zod';", "", "const Env = z.object({",
          "  PORT: z.coerce.number().default(3000),", "  MONGO_URL: z.string().url(),", "});", "",
          "export const env = Env.parse(process.env);", "")
    f.secret("export const SENDGRID_API_KEY = process.env.SENDGRID_API_KEY || '%s';" % sendgrid_key(r), "sendgrid-api-key")
    f.neg("export const TWILIO_AUTH_TOKEN = process.env.TWILIO_AUTH_TOKEN ?? '';", "env-reference")
    f.secret("export const JWT_SECRET = process.env.JWT_SECRET || '%s';" % password(r, 20, 30), "generic-secret")
    f.add("")
    mix(f, r, d, "ts", pos=3, gen=0, negs=2, fill=(0, 0), comments=0.3)
    f.write()

    # ---- clients
    f = ctx.f(N, "src/clients/slack.js")
    f.add("const { WebClient } = require('@slack/web-api');", "")
    tok = [s for s in d.specs if s.category == "slack-bot-token"][0].make(r)[0][1]
    f.secret("const slack = new WebClient('%s');" % tok, "slack-bot-token")
    f.secret("const ALERTS_WEBHOOK = \"%s\";" % slack_webhook(r), "slack-webhook")
    f.add("", "async function postAlert(text) {", "  await fetch(ALERTS_WEBHOOK, {", "    method: 'POST',",
          "    headers: { 'Content-Type': 'application/json' },", "    body: JSON.stringify({ text }),", "  });", "}", "",
          "module.exports = { slack, postAlert };")
    f.write()

    f = ctx.f(N, "src/clients/twilio.ts")
    f.add("import twilio from 'twilio';", "")
    sid, tokv = ("AC" + rhex(r, 32)), rhex(r, 32)
    f.secret(["const accountSid = '%s';" % sid, "const authToken = '%s';" % tokv], "twilio-auth-token", at=1)
    f.add("", "export const client = twilio(accountSid, authToken);", "",
          "export async function sendSms(to: string, body: string) {",
          "  return client.messages.create({ to, from: '+15017122661', body });", "}")
    f.write()

    f = ctx.f(N, "src/db.js")
    f.add("const mongoose = require('mongoose');", "const Redis = require('ioredis');", "")
    uri, cat = sp.conn_uri(r, "mongodb")
    f.secret("const MONGO_URL = process.env.MONGO_URL || '%s';" % uri, cat)
    uri, cat = sp.conn_uri(r, "redis")
    f.secret("const redis = new Redis('%s');" % uri, cat)
    f.add("", "async function connect() {", "  await mongoose.connect(MONGO_URL, { maxPoolSize: 20 });", "}", "",
          "module.exports = { connect, redis };")
    f.write()

    f = ctx.f(N, "src/auth/serviceToken.js")
    f.add("// Token used by the cron runner to call the internal API.", "// TODO(platform): load from secrets manager")
    f.secret("const CRON_SERVICE_TOKEN = '%s';" % service_jwt(r), "jwt")
    f.add("", "module.exports = function authHeaders() {", "  return { Authorization: `Bearer ${CRON_SERVICE_TOKEN}` };", "};")
    f.write()

    # ---- tests & fixtures
    f = ctx.f(N, "test/auth.test.js")
    f.add("const { verifyGithubToken } = require('../src/auth/github');", "",
          "describe('verifyGithubToken', () => {", "  it('rejects tokens with a bad checksum', () => {")
    f.neg("    expect(verifyGithubToken('%s')).toBe(false);" % bad_crc_token(r, "ghp_"), "wrong-checksum")
    f.add("  });", "", "  it('rejects obvious placeholders', () => {")
    f.neg("    expect(verifyGithubToken('ghp_" + "x" * 36 + "')).toBe(false);", "placeholder")
    f.add("  });", "", "  it('logs in with the fixture user', async () => {")
    f.neg("    const res = await login({ email: 'test@example.com', password: 'password' });", "fake-test-data")
    f.add("    expect(res.status).toBe(200);", "  });", "});")
    f.write()

    f = ctx.f(N, "test/fixtures/messages.json")
    f.add("[")
    for i in range(4):
        f.add("  {")
        f.neg('    "id": "%s",' % sp.uuid(r), "uuid")
        f.add('    "channel": "%s",' % r.choice(["email", "sms", "push"]), '    "template": "order-shipped",')
        f.neg('    "dedupeKey": "%s"' % rhex(r, 40), "sha1-digest")
        f.add("  }" + ("," if i < 3 else ""))
    f.add("]")
    f.write()

    # ---- locales
    for lang in ("en", "de"):
        f = ctx.f(N, "locales/%s.json" % lang)
        f.add("{", '  "title": "%s",' % ("Notification settings" if lang == "en" else "Benachrichtigungen"))
        for i, (k, en) in enumerate(sp.I18N):
            f.neg('  "%s": "%s",' % (k, en if lang == "en" else sp.I18N_DE[k]), "i18n-string")
        f.add('  "save": "%s"' % ("Save" if lang == "en" else "Speichern"), "}")
        f.write()

    # ---- public html with SRI + CSP hashes
    f = ctx.f(N, "public/index.html")
    f.add("<!doctype html>", "<html lang=\"en\">", "<head>", '  <meta charset="utf-8">')
    f.neg("  <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'sha256-%s'\">" % sp.b64(sp.rbytes(r, 32)), "csp-hash")
    f.neg('  <script src="https://cdn.jsdelivr.net/npm/htmx.org@1.9.12/dist/htmx.min.js" integrity="%s" crossorigin="anonymous"></script>'
          % sp.sri(r, "sha384"), "sri-integrity")
    f.neg('  <link rel="icon" href="%s">' % sp.png_data_uri(r), "base64-asset")
    f.add("  <title>Notification preferences</title>", "</head>", "<body>", '  <form method="post" action="/login">')
    f.neg('    <input type="password" name="password" placeholder="Enter your password" autocomplete="current-password">', "i18n-string")
    f.add("  </form>", "</body>", "</html>")
    f.write()

    f = ctx.f(N, "dist/vendor.min.js")
    f.neg(sp.minified_js(r), "minified-code")
    f.neg(sp.minified_js(r), "minified-code")
    f.write()

    f = ctx.f(N, "src/constants.ts")
    f.add("// Names of DI tokens and event types")
    for ident in r.sample(sp.LONG_IDENTIFIERS, 3):
        f.neg("export const %s = '%s';" % (rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + "_TOKEN_NAME_%d" % r.randint(1, 99), ident),
              "long-identifier")
    f.add("export const MAX_RETRIES = 5;")
    f.write()
