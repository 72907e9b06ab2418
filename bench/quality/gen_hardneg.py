"""High-entropy values that are not secrets: object / client IDs, public JWKs,
password hashes and digests in fixtures, non-secret data in Secret manifests,
document IDs in links, known-answer test digests."""

import json

import gen_special as sp
from gen_core import (ALNUM, B64URL, DIGITS, LOWER, b64, b64url, random_modulus, rbytes, rhex, rstr)


def bcrypt_hash(r):
    return "$2b$12$" + rstr(r, "./" + ALNUM, 53)


def build(ctx):
    r = ctx.rng

    # Stripe webhook fixture: object IDs share the sk_/pk_ look but are identifiers
    f = ctx.f("storefront", "payments/tests/fixtures/checkout_completed.json")
    f.add("{")
    f.neg('  "id": "evt_%s",' % rstr(r, ALNUM, 24), "object-id")
    f.add('  "object": "event",', '  "api_version": "2024-06-20",', '  "type": "checkout.session.completed",',
          '  "livemode": true,', '  "data": {', '    "object": {')
    f.neg('      "id": "cs_live_%s",' % rstr(r, ALNUM, 58), "object-id")
    f.neg('      "customer": "cus_%s",' % rstr(r, ALNUM, 14), "object-id")
    f.neg('      "payment_intent": "pi_%s",' % rstr(r, ALNUM, 24), "object-id")
    f.neg('      "invoice": "in_%s",' % rstr(r, ALNUM, 24), "object-id")
    f.add('      "amount_total": 4999,', '      "currency": "eur",', '      "line_items": [')
    f.neg('        {"price": "price_%s", "quantity": 1}' % rstr(r, ALNUM, 24), "object-id")
    f.add("      ]", "    }", "  },", '  "request": {')
    f.neg('    "idempotency_key": "%s"' % sp.uuid(r), "uuid")
    f.add("  }", "}")
    f.write()

    # Public JWKS
    f = ctx.f("platform", "certs/jwks.json")
    f.add("{", '  "keys": [')
    for i in range(2):
        n = random_modulus(r).to_bytes(256, "big")
        f.add("    {", '      "kty": "RSA",', '      "use": "sig",', '      "alg": "RS256",')
        f.neg('      "kid": "%s",' % b64url(rbytes(r, 32)), "key-id")
        f.neg('      "n": "%s",' % b64url(n), "public-key")
        f.add('      "e": "AQAB"', "    }" + ("," if i == 0 else ""))
    f.add("  ]", "}")
    f.write()

    # Rails fixtures with password hashes and token digests
    f = ctx.f("admin-portal", "spec/fixtures/accounts.yml")
    for name in ("owner", "auditor", "support"):
        f.add("%s:" % name, "  email: %s@example.com" % name)
        f.neg("  password_digest: %s" % bcrypt_hash(r), "password-hash")
        f.neg("  api_token_digest: %s" % rhex(r, 64), "sha256-digest")
        f.add("  confirmed_at: 2024-02-%02d 10:00:00" % r.randint(1, 28))
    f.write()

    # Secret manifest whose data is configuration, not credentials
    f = ctx.f("platform", "k8s/base/orders-db-config.yaml")
    f.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: orders-db-config", "type: Opaque", "data:")
    for k, v in (("DB_HOST", "pg.prod.svc.cluster.local"), ("DB_PORT", "5432"), ("DB_NAME", "orders"), ("DB_USER", "orders_app"),
                 ("DB_SSLMODE", "verify-full")):
        f.neg("  %s: %s" % (k, b64(v.encode())), "base64-nonsecret")
    f.write()

    # Mobile/Amplify config: identifiers only
    f = ctx.f("mobile-app", "app/src/main/res/raw/amplifyconfiguration.json")
    f.add("{", '  "auth": {', '    "plugins": {', '      "awsCognitoAuthPlugin": {', '        "CognitoUserPool": {',
          '          "Default": {')
    f.neg('            "PoolId": "eu-west-1_%s",' % rstr(r, ALNUM, 9), "identifier")
    f.neg('            "AppClientId": "%s",' % rstr(r, LOWER + DIGITS, 26), "identifier")
    f.add('            "Region": "eu-west-1"', "          }", "        },", '        "CredentialsProvider": {',
          '          "CognitoIdentity": {', '            "Default": {')
    f.neg('              "PoolId": "eu-west-1:%s",' % sp.uuid(r), "identifier")
    f.add('              "Region": "eu-west-1"', "            }", "          }", "        }", "      }", "    }", "  }", "}")
    f.write()

    # OAuth app settings: client IDs are public
    f = ctx.f("notification-service", "src/auth/oauth.ts")
    f.add("export const githubApp = {")
    f.neg("  clientId: 'Iv1.%s'," % rhex(r, 16), "identifier")
    f.add("  authorizeUrl: 'https://github.com/login/oauth/authorize',", "  tokenUrl: 'https://github.com/login/oauth/access_token',")
    f.neg("  clientSecret: process.env.GITHUB_CLIENT_SECRET,", "env-reference")
    f.add("};", "", "export const googleApp = {")
    f.neg("  clientId: '%s-%s.apps.googleusercontent.com'," % (rstr(r, DIGITS, 12), rstr(r, LOWER + DIGITS, 32)), "identifier")
    f.add("  scopes: ['openid', 'email'],", "};")
    f.write()

    # Links to documents / recordings with long IDs
    f = ctx.f("inventory-api", "docs/design.md")
    f.add("# Stock reservation design", "", "Background reading:", "")
    f.neg("- RFC: https://docs.google.com/document/d/1%s/edit" % rstr(r, B64URL, 43), "document-id")
    f.neg("- Walkthrough: https://www.youtube.com/watch?v=%s" % rstr(r, B64URL, 11), "document-id")
    f.neg("- Dashboard: https://acme.grafana.net/d/%s/inventory-overview?orgId=1" % rstr(r, ALNUM, 14), "document-id")
    f.add("", "The reservation token is an opaque UUID, e.g.:", "")
    f.neg("    reservation_token = %s" % sp.uuid(r), "uuid")
    f.add("", "Host key fingerprint of the bastion (verify on first connect):", "")
    f.neg("    SHA256:%s" % b64(rbytes(r, 32)).rstrip("="), "key-fingerprint")
    f.write()

    # Known-answer test: digests are expected outputs, not secrets
    f = ctx.f("inventory-api", "internal/checksum/checksum_test.go")
    f.add("package checksum", "", 'import "testing"', "", "func TestDigest(t *testing.T) {", "\tcases := map[string]string{")
    for word in ("", "inventory", "sku-42"):
        f.neg('\t\t"%s": "%s",' % (word, rhex(r, 64)), "sha256-digest")
    f.add("\t}", "\tfor in, want := range cases {", "\t\tif got := Digest(in); got != want {",
          '\t\t\tt.Errorf("Digest(%q) = %s, want %s", in, got, want)', "\t\t}", "\t}", "}")
    f.write()

    # yarn.lock style integrity + webpack asset manifest hashes
    f = ctx.f("storefront", "static/manifest.json")
    f.add("{")
    for name in ("main.js", "vendor.js", "main.css"):
        stem, ext = name.rsplit(".", 1)
        f.neg('  "%s": "/static/%s.%s.%s",' % (name, stem, rhex(r, 20), ext), "content-hash")
    f.add('  "entrypoints": ["main.js"]', "}")
    f.write()
