"""Private keys in 21 wrappings: OpenSSH and PuTTY files, JWK, and PEM text embedded in code and config
(Scala stripMargin, Zig \\\\ lines, OCaml {| |}, Haskell [r| |], Julia raw, Tcl braces, PL/SQL q'[ ]', Dart ''',
C# raw, Nim, Jenkinsfile writeFile, R raw, Objective-C and C string concatenation, Erlang binary, fish, Vala,
Smalltalk). Public halves (SSH lines, SPKI PEM, certificates, JWKS) are labelled negative.
"""

import json

import keys21

CATS = {"pkcs8": "private-key-pkcs8", "pkcs1": "private-key-pkcs1", "sec1": "private-key-sec1",
        "openssh": "private-key-openssh", "ppk2": "private-key-ppk", "ppk3": "private-key-ppk", "jwk": "private-key-jwk"}


def pick_key(cx, fmts=("pkcs8", "pkcs8", "pkcs8", "pkcs1", "sec1", "sec1", "openssh", "openssh"), comment=None):
    fmt = cx.pick(list(fmts))
    if fmt == "pkcs1":
        kind = "rsa"
    elif fmt == "sec1":
        kind = "ec"
    else:
        r = cx.rng.random()
        kind = "rsa" if r < 0.22 else ("ec" if r < 0.6 else "ed25519")
    who = cx.person()
    k = keys21.make_key(kind, cx.rng, comment if comment is not None else "%s@%s" % (who.short, cx.v["short"]))
    return k, fmt


def raw_pem(k, fmt):
    return k.pem(fmt)


def ca(cx):
    """Per-theme internal CA (EC), created on first use."""
    if not hasattr(cx, "_ca"):
        cx._ca = keys21.make_key("ec", cx.rng, "ca")
        der = keys21.certificate(cx._ca, cx._ca, "%s Internal CA" % cx.v["short"].upper(), "%s Internal CA" % cx.v["short"].upper(),
                                 cx.v["org"], cx.rng.randint(2, 2 ** 63), "240101000000Z", "340101000000Z", ca=True,
                                 country=cx.v["country"])
        cx._ca_pem = keys21.cert_pem(der)
    return cx._ca


def leaf_cert(cx, k, cn):
    issuer = ca(cx)
    der = keys21.certificate(k, issuer, cn, "%s Internal CA" % cx.v["short"].upper(), cx.v["org"],
                             cx.rng.randint(2, 2 ** 63), "250101000000Z", "270401000000Z", sans=[cn], country=cx.v["country"])
    return keys21.cert_pem(der)


def label_block(d, text, marker_begin, marker_end, k, fmt, wrap, raw):
    """Append text and label the part from the BEGIN marker to the END marker as the key."""
    a = text.index(marker_begin)
    b = text.index(marker_end, a) + len(marker_end)
    value = text[a:b]
    d.sb(text, value, CATS[fmt], "key", check={"format": "%s-%s" % (fmt, k.kind), "wrap": wrap}, raw=raw)


def _markers(raw):
    lines = raw.splitlines()
    return lines[0], lines[-1]


def embedded(cx, wrap, path, before, after, line_fmt, crlf=False, fmts=None, first_fmt=None, last_fmt=None, pub=None):
    """Generic code wrapper: each PEM line rendered with line_fmt (a %s format); first/last may differ."""
    k, fmt = pick_key(cx, fmts) if fmts else pick_key(cx)
    raw = raw_pem(k, fmt)
    lines = raw.splitlines()
    out = []
    for i, ln in enumerate(lines):
        f = line_fmt
        if i == 0 and first_fmt:
            f = first_fmt
        if i == len(lines) - 1 and last_fmt:
            f = last_fmt
        out.append(f % ln)
    d = cx.doc(path, crlf=crlf)
    if before:
        d.l(*before)
    begin, end = _markers(raw)
    label_block(d, "\n".join(out), begin, end, k, fmt, wrap, raw)
    if after:
        d.l(*after)
    if pub and cx.chance(0.6):
        public_companion(cx, d, k, pub)
    return d, k


def public_companion(cx, d, k, style):
    """Write the public half next to the document, labelled negative."""
    base = d.path.split("/", 1)[1].rsplit("/", 1)[0]
    if style == "spki":
        p = k.spki_pem()
        c = cx.doc("%s/%s-public.pem" % (base, cx.pick(["signing", "verify", "export"])))
        c.nb(p, p, "public-key-spki")
    elif style == "cert":
        cn = "%s.%s.%s" % (cx.pick(["api", "sso", "gw", "edge"]), cx.v["short"], cx.v["suffix"])
        p = leaf_cert(cx, k, cn)
        c = cx.doc("%s/%s.crt" % (base, cn.split(".")[0]))
        c.nb(p, p, "certificate")


# ---------------------------------------------------------------- file wrappings
def ssh_id(cx):
    k, fmt = pick_key(cx, ("openssh",))
    who = cx.person()
    t = {"rsa": "rsa", "ec": "ecdsa", "ed25519": "ed25519"}[k.kind]
    raw = k.openssh_private()
    d = cx.doc("home/%s/.ssh/id_%s" % (who.short, t))
    d.sb(raw, raw, CATS["openssh"], "key", check={"format": "openssh-%s" % k.kind, "wrap": "file"}, raw=raw)
    p = cx.doc("home/%s/.ssh/id_%s.pub" % (who.short, t))
    line = k.ssh_pub_line()
    p.n(line, line, "public-key-ssh")


def ppk(cx):
    k, _ = pick_key(cx, ("pkcs8",))
    k.comment = "%s-%s" % (cx.v["short"], cx.pick(["sftp", "deploy", "tunnel", "backup"]))
    ver = cx.pick([2, 3])
    raw = k.ppk(ver)
    d = cx.doc("keys/putty/%s.ppk" % k.comment, crlf=True)
    d.sb(raw, raw, CATS["ppk%d" % ver], "key", check={"format": "ppk%d-%s" % (ver, k.kind), "wrap": "file"}, raw=raw)
    a = cx.doc("keys/putty/authorized_keys.%s" % k.comment)
    a.l("# installed on %s for the %s account" % (cx.host("sftp"), k.comment.split("-")[-1]))
    line = k.ssh_pub_line()
    a.n(line, line, "public-key-ssh")


def jwk(cx):
    k, _ = pick_key(cx, ("pkcs8",))
    kid = "%s-%s" % (cx.v["short"], cx.hexs(8))
    j = k.jwk(kid=kid)
    j["use"], j["alg"] = "sig", {"rsa": "RS256", "ec": "ES256", "ed25519": "EdDSA"}[k.kind]
    raw = json.dumps(j, indent=2)
    d = cx.doc("auth/keys/signing-%s.jwk.json" % kid)
    d.sb(raw, raw, CATS["jwk"], "key", check={"format": "jwk-%s" % k.kind, "wrap": "file"}, raw=raw)
    pj = k.jwk(kid=kid, private=False)
    pj["use"], pj["alg"] = j["use"], j["alg"]
    pub = json.dumps({"keys": [pj]}, indent=2)
    p = cx.doc("auth/public/jwks.json")
    p.nb(pub, pub, "public-key-jwks")


def scala(cx):
    embedded(cx, "scala-stripmargin", "jvm/src/main/scala/%s/auth/Keys.scala" % cx.v["short"],
             ["package %s.auth" % cx.v["short"], "", "object Keys {", "  // service-to-service signing key",
              "  val SigningKeyPem: String ="],
             ["  // verify with the public key published in the partner portal", "}"],
             "       |%s", first_fmt='    """|%s', last_fmt='       |%s""".stripMargin', pub=None)


def zig(cx):
    embedded(cx, "zig-multiline", "firmware/src/keys.zig",
             ["// device key for the %s, provisioned at the factory" % cx.t["devices"][0][0], "pub const device_key_pem ="],
             [";"], "    \\\\%s", pub=None)


def ocaml(cx):
    d, k = embedded(cx, "ocaml-quoted", "tools/export/lib/keys.ml", ["(* signing key for the export job *)"], [],
                    "%s", first_fmt="let signing_key = {|%s", last_fmt="%s|}", pub="spki")


def haskell(cx):
    embedded(cx, "haskell-quasiquote", "svc/src/Keys.hs",
             ["{-# LANGUAGE QuasiQuotes #-}", "module Keys (signingKey) where", "", "import Text.RawString.QQ (r)", "",
              "signingKey :: String"], ["|]"], "%s", first_fmt="signingKey = [r|%s", pub=None)


def julia(cx):
    embedded(cx, "julia-raw", "analysis/src/keys.jl", ["# key for the upload API client certificate",
                                                      'const CLIENT_KEY = raw"""'], ['"""'], "%s", pub="cert")


def tcl(cx):
    embedded(cx, "tcl-braces", "ops/tcl/tls_client.tcl",
             ["package require tls", "# client key for the %s feed" % cx.sys()],
             ["tls::init -keyfile \"\" -certfile client.crt"], "%s", first_fmt="set ::tls_key {%s", last_fmt="%s}",
             pub=None)


def plsql(cx):
    embedded(cx, "plsql-q-quote", "db/keys/insert_signing_key.sql",
             ["INSERT INTO app_keys (key_id, purpose, pem) VALUES (",
              "  'sig-%s', 'document-signing'," % cx.hexs(6)], ["COMMIT;"], "%s", first_fmt="  q'[%s",
             last_fmt="%s]');", pub=None)


def dart(cx):
    embedded(cx, "dart-triple", "app/lib/src/keys.dart", ["// mTLS client key for the field app", "const String clientKeyPem = '''"],
             ["''';"], "%s", pub="cert")


def csharp_raw(cx):
    embedded(cx, "csharp-raw-literal", "dotnet/Signing/EmbeddedKeys.cs",
             ["namespace %s.Signing;" % cx.v["short"].capitalize(), "", "internal static class EmbeddedKeys", "{",
              '    public const string SigningKey = """'], ['        """;', "}"], "        %s", crlf=True, pub=None)


def nim(cx):
    embedded(cx, "nim-triple", "tools/nim/src/keys.nim", ["# key used by the upload helper"], [], "%s",
             first_fmt='const deviceKey* = """%s', last_fmt='%s"""', pub="spki")


def jenkins(cx):
    embedded(cx, "jenkins-writefile", "ci/Jenkinsfile.deploy",
             ["pipeline {", "  agent any", "  stages {", "    stage('Deploy') {", "      steps {"],
             ["'''", "        sh 'chmod 600 deploy_key && rsync -e \"ssh -i deploy_key\" -a dist/ deploy@%s:/srv/app/'"
              % cx.host("web1"), "      }", "    }", "  }", "}"],
             "%s", first_fmt="        writeFile file: 'deploy_key', text: '''%s", fmts=("openssh", "openssh", "pkcs8"),
             pub=None)


def r_raw(cx):
    embedded(cx, "r-raw-string", "analysis/R/keys.R", ["# service account key for the reporting API (R >= 4.0 raw string)"],
             ['Sys.setenv(REPORT_KEY_PEM = signing_key)'], "%s", first_fmt='signing_key <- r"(%s', last_fmt='%s)"',
             pub=None)


def objc(cx):
    embedded(cx, "objc-concatenation", "ios/Sources/Keys.m", ['#import "Keys.h"', "", "NSString *const kClientKeyPEM ="],
             [], '    @"%s\\n"', last_fmt='    @"%s\\n";', pub=None)


def c_strings(cx):
    embedded(cx, "c-string-lines", "firmware/include/certs.h",
             ["/* client key for the cloud connector (mbedTLS) */", "#pragma once", "",
              "static const char client_key_pem[] ="], [], '"%s\\n"', last_fmt='"%s\\n";', pub=None)


def erlang(cx):
    embedded(cx, "erlang-binary", "beam/config/sys.config",
             ["[", " {%s_api, [" % cx.v["short"], '   {jwt_issuer, <<"https://auth.%s">>},' % cx.v["domain"]],
             [" ]}", "]."], "%s", first_fmt='   {jwt_private_key, <<"%s', last_fmt='%s">>}', pub=None)


def fish(cx):
    embedded(cx, "fish-quoted", "home/%s/.config/fish/conf.d/deploy.fish" % cx.person().short,
             ["# deploy key for the release box, exported for ansible"], [], "%s",
             first_fmt='set -gx DEPLOY_KEY "%s', last_fmt='%s"', fmts=("openssh", "openssh", "pkcs8"), pub=None)


def vala(cx):
    embedded(cx, "vala-verbatim", "desktop/vala/keys.vala", ["// key for the kiosk client certificate"], [], "%s",
             first_fmt='const string CLIENT_KEY = """%s', last_fmt='%s""";', pub="cert")


def smalltalk(cx):
    embedded(cx, "smalltalk-string", "pharo/%s-Signing/Signing.class.st" % cx.v["short"].capitalize(),
             ["Class {", "\t#name : #Signing,", "\t#superclass : #Object,",
              "\t#category : #'%s-Signing'" % cx.v["short"].capitalize(), "}", "", "{ #category : #keys }",
              "Signing class >> privateKeyPem ["], ["]"], "%s", first_fmt="\t^ '%s", last_fmt="%s'", pub=None)


WRAPS = {
    "ssh-id-file": ssh_id, "putty-ppk": ppk, "jwk-file": jwk, "scala-stripmargin": scala, "zig-multiline": zig,
    "ocaml-quoted": ocaml, "haskell-quasiquote": haskell, "julia-raw": julia, "tcl-braces": tcl,
    "plsql-q-quote": plsql, "dart-triple": dart, "csharp-raw-literal": csharp_raw, "nim-triple": nim,
    "jenkins-writefile": jenkins, "r-raw-string": r_raw, "objc-concatenation": objc, "c-string-lines": c_strings,
    "erlang-binary": erlang, "fish-quoted": fish, "vala-verbatim": vala, "smalltalk-string": smalltalk,
}
