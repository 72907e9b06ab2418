"""Private-key wrappings: where and how genuinely generated keys sit in files, with their public companions."""

import json

import keys25 as K
from core25 import Doc, rand_str, rhex


def _ktype(c, choices):
    t = c.r.choice(choices)
    if t == "rsa":
        return K.rsa_key(c.r)
    if t == "p256":
        return K.ec_key(c.r)
    return K.ed_key(c.r)


def _mark(it, fmt, wrap, k, raw):
    it["check"] = {"format": fmt, "wrap": wrap, "type": k["type"]}
    it["raw"] = raw
    return it


def pgp_armored(c):
    p = c.person()
    k = K.ed_key(c.r)
    created = 1640995200 + c.r.randint(0, 10 ** 8)
    sec, pub, fpr = K.pgp_key(k, "%s <%s>" % (p["latin"].capitalize() + " " + p["handle"].split(".")[1].capitalize(), p["email"]), created)
    a = Doc("%s/backup/gpg/%s-secret.asc" % (c.dir, p["handle"]))
    _mark(a.block(sec, sec, "secret", "pgp-private-key"), "pgp", "pgp_armored", k, sec)
    b = Doc("%s/backup/gpg/%s-public.asc" % (c.dir, p["handle"]))
    b.block(pub, pub, "negative", "pgp-public-key")
    f = Doc("%s/backup/gpg/README.txt" % c.dir)
    f.add("Exported with: gpg --export-secret-keys --armor %s" % p["email"])
    f.n("Fingerprint: %s" % fpr, fpr, "key-fingerprint")
    return [a, b, f]


def p12_nodes(c):
    k = _ktype(c, ["rsa", "p256", "p256"])
    host = c.host("web")
    body = K.pem("PRIVATE KEY", K.pkcs8(k))
    d = Doc("%s/certs/%s.key.pem" % (c.dir, host.split(".")[0]))
    d.add("Bag Attributes", "    localKeyID: %s" % " ".join(rhex(c.r, 2).upper() for _ in range(20)),
          "    friendlyName: %s" % host, "Key Attributes: <No Attributes>")
    _mark(d.block(body, body, "secret", "pkcs8-private-key"), "pem", "p12_nodes", k, body)
    return [d]


def pkey_text(c):
    k = _ktype(c, ["p256", "ed25519"])
    d = Doc("%s/support/tls-key-dump.txt" % c.dir)
    d.add("$ openssl pkey -in /etc/ssl/private/gateway.key -text -noout")
    if k["type"] == "p256":
        d.add("Private-Key: (256 bit)", "priv:")
        priv, pub = K.hexdump_lines(k["d"].to_bytes(32, "big"), pad=True), K.hexdump_lines(k["pub"])
    else:
        d.add("ED25519 Private-Key:", "priv:")
        priv, pub = K.hexdump_lines(k["seed"]), K.hexdump_lines(k["pub"])
    v = "\n".join(priv)
    _mark(d.block(v, v, "secret", "private-key-hex-dump"), "hexdump", "pkey_text", k, K.pem("PRIVATE KEY", K.pkcs8(k)))
    d.add("pub:")
    pv = "\n".join(pub)
    d.block(pv, pv, "negative", "public-key-hex-dump")
    if k["type"] == "p256":
        d.add("ASN1 OID: prime256v1", "NIST CURVE: P-256")
    return [d]


def dkim(c):
    k = K.rsa_key(c.r)
    sel = c.r.choice(["mail", "s2025", "default", "dkim1"])
    body = K.pem("RSA PRIVATE KEY", K.rsa_pkcs1(k))
    a = Doc("%s/mail/dkim/%s.private" % (c.dir, sel))
    _mark(a.block(body, body, "secret", "pkcs1-private-key"), "pem", "dkim", k, body)
    b = Doc("%s/mail/dkim/%s.txt" % (c.dir, sel))
    import base64
    p = base64.b64encode(K.spki(k)).decode()
    chunks = [p[i:i + 250] for i in range(0, len(p), 250)]
    b.add('%s._domainkey\tIN\tTXT\t( "v=DKIM1; h=sha256; k=rsa; "' % sel)
    txt = "\n".join('\t  "%s%s"' % ("p=" if i == 0 else "", ch) for i, ch in enumerate(chunks))
    b.block(txt, txt, "negative", "dkim-public-key")
    b.add("\t)  ; ----- DKIM key %s for %s" % (sel, c.domain))
    return [a, b]


def apns_p8(c):
    k = K.ec_key(c.r)
    kid = rand_str(c.r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    body = K.pem("PRIVATE KEY", K.pkcs8(k))
    a = Doc("%s/mobile/push/AuthKey_%s.p8" % (c.dir, kid))
    _mark(a.block(body, body, "secret", "apns-auth-key"), "pem", "apns_p8", k, body)
    b = Doc("%s/mobile/push/push.json" % c.dir, fmt="json")
    team = rand_str(c.r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    b.add("{", '  "keyId": "%s",' % kid)
    b.n('  "teamId": "%s",' % team, team, "apple-team-id")
    b.add('  "keyFile": "AuthKey_%s.p8",' % kid, '  "topic": "com.%s.app",' % c.slug.replace("-", ""), '  "production": true', "}")
    return [a, b]


def nats_creds(c):
    import base64
    from core25 import b64u
    user, acct = K.ed_key(c.r), K.ed_key(c.r)
    upub, apub = K.nkey_public(user["pub"]), K.nkey_public(acct["pub"], prefix=0 << 3)
    head = b64u(json.dumps({"typ": "JWT", "alg": "ed25519-nkey"}, separators=(",", ":")).encode())
    claims = {"jti": rand_str(c.r, 52, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "iat": 1700000000 + c.r.randint(0, 5 * 10 ** 7),
              "iss": apub, "name": "ingest", "sub": upub, "nats": {"pub": {}, "sub": {}, "subs": -1, "data": -1,
              "payload": -1, "type": "user", "version": 2}}
    body = b64u(json.dumps(claims, separators=(",", ":")).encode())
    jwt = head + "." + body + "." + b64u(K.ed_sign(acct["seed"], (head + "." + body).encode()))
    seed = K.nkey_seed(user["seed"])
    d = Doc("%s/nats/ingest.creds" % c.dir)
    d.add("-----BEGIN NATS USER JWT-----")
    d.n(jwt, jwt, "nats-user-jwt")
    d.add("------END NATS USER JWT------", "", "************************* IMPORTANT *************************",
          "NKEY Seed printed below can be used to sign and prove identity.", "NKEYs are sensitive and should be treated as secrets.",
          "", "-----BEGIN USER NKEY SEED-----")
    _mark(d.s(seed, seed, "nkey-seed", group="key", free=False), "nkey", "nats_creds", user, seed)
    d.add("------END USER NKEY SEED------", "", "*************************************************************")
    return [d]


def solana_id(c):
    k = K.ed_key(c.r)
    arr = K.solana_keypair(k)
    a = Doc("%s/wallet/deployer/id.json" % c.dir, fmt="json")
    _mark(a.s(arr, arr, "solana-keypair", group="key", free=False), "solana", "solana_id", k, arr)
    b = Doc("%s/wallet/deployer/NOTES.md" % c.dir)
    b.add("# deployer wallet", "", "Generated with `solana-keygen new -o id.json`, used for the loyalty-token program.", "")
    b.n("Address: `%s`" % (addr := K.solana_address(k)), addr, "solana-address")
    return [a, b]


def nostr_env(c):
    from keys25 import K256
    k = K.ec_key(c.r, K256)
    nsec, npub = K.nostr_pair(k)
    d = Doc("%s/bots/nostr/.env" % c.dir)
    d.add("RELAYS=wss://relay.damus.io,wss://nos.lol")
    _mark(d.s("NOSTR_NSEC=%s" % nsec, nsec, "nostr-private-key", group="key", free=False), "nostr", "nostr_env", k, nsec)
    d.n("NOSTR_NPUB=%s" % npub, npub, "nostr-public-key")
    return [d]


def synapse_key(c):
    import base64
    k = K.ed_key(c.r)
    kid = "a_" + rand_str(c.r, 4)
    line = K.synapse_line(k, kid)
    a = Doc("%s/matrix/%s.signing.key" % (c.dir, c.domain))
    _mark(a.s(line, line, "matrix-signing-key", group="key", free=False), "synapse", "synapse_key", k, line)
    b = Doc("%s/matrix/server-keys.json" % c.dir, fmt="json")
    vk = base64.b64encode(k["pub"]).decode().rstrip("=")
    b.add("{", '  "server_name": "%s",' % c.domain, '  "verify_keys": {')
    b.n('    "ed25519:%s": {"key": "%s"}' % (kid, vk), vk, "matrix-verify-key")
    b.add("  },", '  "valid_until_ts": %d' % (1760000000000 + c.r.randint(0, 10 ** 10)), "}")
    return [a, b]


def openssh_windows(c):
    p = c.person()
    k = _ktype(c, ["ed25519", "p256"])
    body = K.openssh_private(k, "%s@%s-LT" % (p["latin"], c.slug[:6].upper()), c.r)
    name = "id_ed25519" if k["type"] == "ed25519" else "id_ecdsa"
    a = Doc("%s/home/%s/.ssh/%s" % (c.dir, p["latin"], name), crlf=True)
    _mark(a.block(body, body, "secret", "openssh-private-key"), "openssh", "openssh_windows", k, body)
    b = Doc("%s/home/%s/.ssh/%s.pub" % (c.dir, p["latin"], name), crlf=True)
    pub = K.ssh_pub(k, "%s@%s-LT" % (p["latin"], c.slug[:6].upper()))
    b.n(pub, pub.split()[1], "ssh-public-key")
    return [a, b]


def sec1_toml(c):
    k = K.ec_key(c.r)
    body = K.pem("EC PRIVATE KEY", K.ec_sec1(k))
    d = Doc("%s/services/signer/signing.toml" % c.dir, fmt="toml")
    d.add("[signer]", 'algorithm = "ES256"', 'key_id = "%s"' % rhex(c.r, 16))
    _mark(d.block("private_key = '''\n" + body + "\n'''", body, "secret", "sec1-private-key"), "pem", "sec1_toml", k, body)
    d.add('issuer = "https://auth.%s"' % c.domain)
    return [d]


def gitlab_var_json(c):
    k = _ktype(c, ["ed25519", "p256", "rsa"])
    body = K.openssh_private(k, "deploy@%s" % c.domain, c.r)
    esc = json.dumps(body + "\n")[1:-1]
    d = Doc("%s/ci/gitlab-variables-export.json" % c.dir, fmt="json")
    d.add("[", "  {", '    "variable_type": "env_var",', '    "key": "DEPLOY_HOST",', '    "value": "%s",' % c.host("app"),
          '    "protected": false,', '    "masked": false', "  },", "  {", '    "variable_type": "file",', '    "key": "SSH_DEPLOY_KEY",')
    _mark(d.s('    "value": "%s",' % esc, esc, "openssh-private-key", group="key", free=False), "openssh-json", "gitlab_var_json", k, body)
    d.add('    "protected": true,', '    "masked": false,', '    "environment_scope": "production"', "  }", "]")
    return [d]


def plist_rsa(c):
    k = K.rsa_key(c.r)
    body = K.pem("RSA PRIVATE KEY", K.rsa_pkcs1(k))
    d = Doc("%s/macos/com.%s.sync.plist" % (c.dir, c.slug.replace("-", "")), fmt="xml")
    d.add('<?xml version="1.0" encoding="UTF-8"?>',
          '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
          '<plist version="1.0">', "<dict>", "\t<key>ServerURL</key>", "\t<string>https://sync.%s</string>" % c.domain,
          "\t<key>ClientKey</key>")
    _mark(d.block("\t<string>" + body + "</string>", body, "secret", "pkcs1-private-key"), "pem", "plist_rsa", k, body)
    d.add("</dict>", "</plist>")
    return [d]


WRAPS = {f.__name__: f for f in [pgp_armored, p12_nodes, pkey_text, dkim, apns_p8, nats_creds, solana_id, nostr_env,
                                  synapse_key, openssh_windows, sec1_toml, gitlab_var_json, plist_rsa]}
