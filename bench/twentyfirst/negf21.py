"""Negative-only file kinds, part A (lock files, signed indexes, hardware and cloud identity captures, SBOM,
LFS pointers, wheel RECORD, Android asset links, ads.txt, i18n resources, templates). Part B is negf21b.py."""

import base64
import hashlib

import keys21
import kit21 as K
import negf21b
import vals21 as V

I18N = {
    "en": ("Password", "API key", "Show password", "Enter your password", "Forgot your password?"),
    "da": ("Adgangskode", "API-nøgle", "Vis adgangskode", "Indtast din adgangskode", "Glemt adgangskode?"),
    "fi": ("Salasana", "API-avain", "Näytä salasana", "Anna salasanasi", "Unohditko salasanan?"),
    "et": ("Parool", "API võti", "Näita parooli", "Sisesta parool", "Unustasid parooli?"),
    "ca": ("Contrasenya", "Clau API", "Mostra la contrasenya", "Introdueix la contrasenya", "Has oblidat la contrasenya?"),
    "hr": ("Lozinka", "API ključ", "Prikaži lozinku", "Unesite lozinku", "Zaboravili ste lozinku?"),
    "tr": ("Şifre", "API anahtarı", "Şifreyi göster", "Şifrenizi girin", "Şifrenizi mi unuttunuz?"),
    "cs": ("Heslo", "API klíč", "Zobrazit heslo", "Zadejte heslo", "Zapomněli jste heslo?"),
    "sl": ("Geslo", "API ključ", "Pokaži geslo", "Vnesite geslo", "Ste pozabili geslo?"),
    "is": ("Lykilorð", "API lykill", "Sýna lykilorð", "Sláðu inn lykilorð", "Gleymdirðu lykilorðinu?"),
    "id": ("Kata sandi", "Kunci API", "Tampilkan kata sandi", "Masukkan kata sandi", "Lupa kata sandi?"),
}


def _sri(cx):
    return cx.uniq(V.sha512_sri, cx.rng)


def bun_lock(cx):
    d = cx.doc("web/bun.lock")
    pk = [("hono", "4.6.3"), ("zod", "3.23.8"), ("dayjs", "1.11.13"), ("ky", "1.7.2")]
    d.l("{", '  "lockfileVersion": 1,', '  "workspaces": {', '    "": {', '      "name": "%s-web",' % cx.v["short"],
        '      "dependencies": {')
    for n, v in pk:
        d.l('        "%s": "^%s",' % (n, v))
    d.l("      },", "    },", "  },", '  "packages": {')
    for n, v in pk:
        K.neg(d, '    "%s": ["%s@%s", "", {}, "{v}"],' % (n, n, v), _sri(cx), "digest-sri")
    d.l("  }", "}")


def inrelease(cx):
    d = cx.doc("packaging/apt/dists/stable/InRelease")
    d.l("-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA512", "", "Origin: %s" % cx.v["short"],
        "Label: %s internal" % cx.v["short"], "Suite: stable", "Codename: bookworm",
        "Date: %s" % cx.day().strftime("%a, %d %b %Y %H:%M:%S UTC"), "Architectures: amd64 arm64", "Components: main",
        "Description: internal packages", "MD5Sum:")
    K.dig(d, cx, " {v}             %d main/binary-amd64/Packages" % cx.rng.randint(2000, 90000), "md5")
    d.l("SHA256:")
    K.dig(d, cx, " {v}             %d main/binary-amd64/Packages" % cx.rng.randint(2000, 90000), "sha256")
    K.dig(d, cx, " {v}              %d main/binary-amd64/Packages.gz" % cx.rng.randint(900, 9000), "sha256")
    body = V.b64s(V.rbytes(cx.rng, 564))
    sig = "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n=" + V.b64s(V.rbytes(cx.rng, 3))
    d.l("-----BEGIN PGP SIGNATURE-----", "")
    d.nb(sig, sig, "pgp-signature")
    d.l("-----END PGP SIGNATURE-----")


def apkindex(cx):
    d = cx.doc("packaging/alpine/APKINDEX")
    for name, ver in (("%s-agent" % cx.v["short"], "2.4.1-r0"), ("%s-tools" % cx.v["short"], "0.9.7-r2")):
        K.neg(d, "C:Q1{v}", V.b64s(V.rbytes(cx.rng, 20)), "digest-apk-checksum")
        d.l("P:%s" % name, "V:%s" % ver, "A:x86_64", "S:%d" % cx.rng.randint(10000, 900000),
            "I:%d" % cx.rng.randint(100000, 9000000), "T:%s internal package" % cx.v["short"],
            "U:https://git.%s/%s" % (cx.v["domain"], name), "L:Proprietary", "o:%s" % name,
            "m:%s <%s>" % (cx.people[0].name, cx.people[0].email), "t:%d" % (1735689600 + cx.rng.randint(0, 9000000)))
        K.dig(d, cx, "c:{v}", "git")
        d.l("D:so:libc.musl-x86_64.so.1", "")


def dmidecode(cx):
    d = cx.doc("inventory/%s-dmidecode.txt" % cx.host("app01").split(".")[0])
    d.l("# dmidecode 3.5", "Getting SMBIOS data from sysfs.", "SMBIOS 3.3.0 present.", "",
        "Handle 0x0001, DMI type 1, 27 bytes", "System Information", "\tManufacturer: Dell Inc.",
        "\tProduct Name: PowerEdge R650", "\tVersion: Not Specified")
    K.neg(d, "\tSerial Number: {v}", cx.rs(7, V.UP + V.DIG), "id-serial")
    K.uuid(d, cx, "\tUUID: {v}")
    d.l("\tWake-up Type: Power Switch", "\tFamily: PowerEdge", "", "Handle 0x0002, DMI type 2, 15 bytes",
        "Base Board Information", "\tManufacturer: Dell Inc.", "\tProduct Name: 0J1PX8")
    K.neg(d, "\tSerial Number: {v}", ".%s.CNFCP00%s." % (V.rs(cx.rng, 7, V.UP + V.DIG), V.rs(cx.rng, 8, V.DIG)), "id-serial")
    d.l("\tAsset Tag: %s-%04d" % (cx.v["short"].upper(), cx.rng.randint(1, 9999)))


def lsblk(cx):
    d = cx.doc("inventory/lsblk-%s.txt" % cx.host("db1").split(".")[0])
    d.l("$ lsblk -f", "NAME        FSTYPE      FSVER LABEL UUID                                 FSAVAIL FSUSE% MOUNTPOINTS",
        "sda", "├─sda1      vfat        FAT32       %s-%s                             505.8M     1%% /boot/efi" % (
            V.rs(cx.rng, 4, "0123456789ABCDEF"), V.rs(cx.rng, 4, "0123456789ABCDEF")))
    K.uuid(d, cx, "├─sda2      ext4        1.0         {v}    1.4G    21% /boot", "id-fs-uuid")
    K.uuid(d, cx, "└─sda3      crypto_LUKS 2           {v}", "id-fs-uuid")
    K.uuid(d, cx, "  └─dm_crypt-0 LVM2_member LVM2 001 {v}", "id-fs-uuid")


def certbot(cx):
    d = cx.doc("ops/captures/certbot-certificates.txt")
    d.l("Saving debug log to /var/log/letsencrypt/letsencrypt.log", "",
        "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "Found the following certs:")
    for name in ("portal", "api"):
        cn = "%s.%s" % (name, cx.v["domain"])
        d.l("  Certificate Name: %s" % cn)
        K.neg(d, "    Serial Number: {v}", V.rhex(cx.rng, 36).lstrip("0"), "id-cert-serial")
        d.l("    Key Type: ECDSA", "    Domains: %s" % cn,
            "    Expiry Date: 2025-%02d-%02d 09:14:50+00:00 (VALID: %d days)" % (cx.rng.randint(1, 12), cx.rng.randint(1, 28), cx.rng.randint(5, 89)),
            "    Certificate Path: /etc/letsencrypt/live/%s/fullchain.pem" % cn)
        d.n("    Private Key Path: /etc/letsencrypt/live/%s/privkey.pem" % cn, "/etc/letsencrypt/live/%s/privkey.pem" % cn,
            "reference-file")
    d.l("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")


def nvidia_smi(cx):
    d = cx.doc("inventory/nvidia-smi-q-%s.txt" % cx.host("gpu01").split(".")[0])
    d.l("", "==============NVSMI LOG==============", "",
        "Timestamp                                 : %s" % cx.day().strftime("%a %b %d %H:%M:%S %Y"),
        "Driver Version                            : 550.54.14", "CUDA Version                              : 12.4", "",
        "Attached GPUs                             : 1", "GPU 00000000:3B:00.0",
        "    Product Name                          : NVIDIA RTX A4000", "    Product Brand                         : NVIDIA RTX")
    K.neg(d, "    Serial Number                         : {v}", V.rs(cx.rng, 13, V.DIG), "id-serial")
    K.neg(d, "    GPU UUID                              : GPU-{v}", cx.uuid(), "id-uuid")
    d.l("    VBIOS Version                         : 94.04.57.00.02")


def docker_inspect(cx):
    d = cx.doc("ops/captures/docker-inspect-%s.json" % cx.v["short"])
    app = cx.sys().split()[0].lower()
    d.l("[", "    {")
    K.neg(d, '        "Id": "{v}",', cx.hexs(64), "id-container")
    d.l('        "Created": "%s",' % cx.day().strftime("%Y-%m-%dT%H:%M:%S.123456789Z"), '        "Path": "/docker-entrypoint.sh",',
        '        "Args": ["nginx", "-g", "daemon off;"],')
    K.neg(d, '        "Image": "sha256:{v}",', cx.hexs(64), "digest-image")
    d.l('        "Name": "/%s-web",' % app, '        "Config": {', '            "Hostname": "%s",' % V.rhex(cx.rng, 12),
        '            "Env": [')
    d.n('                "DB_PASSWORD_FILE=/run/secrets/db_password",', "/run/secrets/db_password", "reference-file")
    d.l('                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",',
        '                "NGINX_VERSION=1.27.2"', "            ],")
    K.neg(d, '            "Image": "registry.%s/%s@sha256:{v}"' % (cx.v["domain"], app), cx.hexs(64), "digest-image")
    d.l("        }", "    }", "]")


def cloud_whoami(cx):
    d = cx.doc("ops/captures/cloud-whoami.txt")
    acct = "%012d" % cx.rng.randint(10 ** 11, 10 ** 12 - 1)
    d.l("$ aws sts get-caller-identity", "{")
    K.neg(d, '    "UserId": "{v}",', "AIDA" + V.rs(cx.rng, 17, V.B32), "id-aws-unique-id")
    d.n('    "Account": "%s",' % acct, acct, "id-aws-account")
    d.l('    "Arn": "arn:aws:iam::%s:user/%s"' % (acct, cx.person().handle), "}", "$ az account show", "{",
        '  "environmentName": "AzureCloud",')
    ten = cx.uuid()
    d.n('  "homeTenantId": "%s",' % ten, ten, "id-tenant")
    K.uuid(d, cx, '  "id": "{v}",', "id-subscription")
    d.l('  "isDefault": true,', '  "managedByTenants": [],', '  "name": "%s Production",' % cx.v["short"].upper(),
        '  "state": "Enabled",')
    d.n('  "tenantId": "%s",' % ten, ten, "id-tenant")
    d.l('  "user": {', '    "name": "%s",' % cx.person().email, '    "type": "user"', "  }", "}")


def spdx(cx):
    app = "%s-%s" % (cx.v["short"], cx.sys().split()[0].lower())
    d = cx.doc("sbom/%s.spdx" % app)
    d.l("SPDXVersion: SPDX-2.3", "DataLicense: CC0-1.0", "SPDXID: SPDXRef-DOCUMENT", "DocumentName: %s-1.8.2" % app)
    K.uuid(d, cx, "DocumentNamespace: https://%s/spdx/%s-{v}" % (cx.v["domain"], app), "id-document-namespace")
    d.l("Creator: Tool: syft-1.14.0", "Created: %s" % cx.day().strftime("%Y-%m-%dT%H:%M:%SZ"), "")
    for name, ver in (("openssl", "3.0.15"), ("zlib", "1.3.1")):
        d.l("PackageName: %s" % name, "SPDXID: SPDXRef-Package-%s" % name, "PackageVersion: %s" % ver)
        K.dig(d, cx, "PackageChecksum: SHA256: {v}", "sha256")
        d.l("")
    d.l("FileName: ./bin/%s" % app)
    K.dig(d, cx, "FileChecksum: SHA1: {v}", "sha1")


def lfs(cx):
    d = cx.doc("repo/git-lfs-ls-files.txt")
    d.l("$ git lfs ls-files -l")
    for p in ("assets/maps/basemap.tif", "docs/manual.pdf", "data/calibration.bin"):
        K.dig(d, cx, "{v} * %s" % p, "sha256")
    p = cx.doc("repo/assets/maps/basemap.tif")
    p.l("version https://git-lfs.github.com/spec/v1")
    K.dig(p, cx, "oid sha256:{v}", "sha256")
    p.l("size %d" % cx.rng.randint(10 ** 7, 9 * 10 ** 7))


def wheel_record(cx):
    pkg = "%s_client" % cx.v["short"]
    d = cx.doc("python/%s-1.4.2.dist-info/RECORD" % pkg)
    for f in ("%s/__init__.py" % pkg, "%s/client.py" % pkg, "%s-1.4.2.dist-info/METADATA" % pkg):
        K.neg(d, "%s,sha256={v},%d" % (f, cx.rng.randint(90, 9000)), V.b64u(V.rbytes(cx.rng, 32)), "digest-wheel-record")
    d.l("%s-1.4.2.dist-info/RECORD,," % pkg)


def assetlinks(cx):
    d = cx.doc("web/.well-known/assetlinks.json")
    fp = ":".join(V.rhex(cx.rng, 2).upper() for _ in range(32))
    d.l("[{", '  "relation": ["delegate_permission/common.handle_all_urls"],', '  "target": {',
        '    "namespace": "android_app",', '    "package_name": "com.%s.field",' % cx.v["short"],
        '    "sha256_cert_fingerprints":')
    d.n('    ["%s"]' % fp, fp, "digest-cert-fingerprint")
    d.l("  }", "}]")


def ads_txt(cx):
    d = cx.doc("web/public/ads.txt")
    d.l("# ads.txt for %s" % cx.v["domain"])
    K.neg(d, "google.com, {v}, DIRECT, f08c47fec0942fa0", "pub-" + V.rs(cx.rng, 16, V.DIG), "public-ads-publisher-id")
    K.neg(d, "appnexus.com, {v}, RESELLER, f5ab79cb980f11d1", V.rs(cx.rng, 5, V.DIG), "public-ads-publisher-id")


def _i18n(cx):
    return I18N[cx.code]


def resource_bundle(cx):
    w = _i18n(cx)
    d = cx.doc("java/app/src/main/resources/messages_%s.properties" % cx.code)
    d.l("login.title=%s" % cx.w("subject"))
    d.n("login.password=%s" % w[0], w[0], "i18n-string")
    d.n("login.password.placeholder=%s" % w[3], w[3], "i18n-string")
    d.n("settings.apiKey=%s" % w[1], w[1], "i18n-string")
    d.n("settings.apiKey.show=%s" % w[2], w[2], "i18n-string")
    pol = cx.lang["policy"][0]
    d.n("error.password.policy=%s" % pol, pol, "policy-text")


def rails_locale(cx):
    w = _i18n(cx)
    d = cx.doc("ruby/config/locales/%s.yml" % cx.code)
    d.l("%s:" % cx.code, "  sessions:", "    new:")
    d.n('      password: "%s"' % w[0], w[0], "i18n-string")
    d.n('      forgot: "%s"' % w[4], w[4], "i18n-string")
    d.l("  api_keys:", "    index:")
    d.n('      title: "%s"' % w[1], w[1], "i18n-string")
    d.n('      reveal: "%s"' % w[2], w[2], "i18n-string")


def tmx(cx):
    w, e = _i18n(cx), I18N["en"]
    d = cx.doc("l10n/%s-ui.tmx" % cx.v["short"])
    d.l('<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
        '  <header creationtool="%s-l10n" creationtoolversion="1.0" segtype="sentence" o-tmf="xliff" adminlang="en" '
        'srclang="en" datatype="plaintext"/>' % cx.v["short"], "  <body>")
    for i, key in enumerate(("login.password", "settings.api_key", "login.forgot")):
        idx = (0, 1, 4)[i]
        d.l('    <tu tuid="%s">' % key, '      <tuv xml:lang="en"><seg>%s</seg></tuv>' % e[idx])
        d.n('      <tuv xml:lang="%s"><seg>%s</seg></tuv>' % (cx.code, w[idx]), w[idx], "i18n-string")
        d.l("    </tu>")
    d.l("  </body>", "</tmx>")


def mjml(cx):
    d = cx.doc("mail-templates/temporary-password.mjml")
    d.l("<mjml>", "  <mj-body>", "    <mj-section>", "      <mj-column>", "        <mj-text>%s {{first_name}},</mj-text>" % cx.w("hello"))
    d.n("        <mj-text>%s: <strong>{{temporary_password}}</strong></mj-text>" % _i18n(cx)[0], "{{temporary_password}}",
        "reference-template")
    d.n('        <mj-button href="{{reset_url}}">%s</mj-button>' % _i18n(cx)[4], "{{reset_url}}", "reference-template")
    d.l("      </mj-column>", "    </mj-section>", "  </mj-body>", "</mjml>")


KINDS = {
    "bun-lock": (bun_lock, None), "debian-inrelease": (inrelease, None), "alpine-apkindex": (apkindex, None),
    "dmidecode": (dmidecode, None), "lsblk": (lsblk, None), "certbot-certificates": (certbot, None),
    "nvidia-smi": (nvidia_smi, None), "docker-inspect": (docker_inspect, None), "cloud-whoami": (cloud_whoami, None),
    "spdx-sbom": (spdx, None), "git-lfs": (lfs, None), "wheel-record": (wheel_record, None),
    "assetlinks": (assetlinks, None), "ads-txt": (ads_txt, None), "java-resource-bundle": (resource_bundle, None),
    "rails-locale": (rails_locale, None), "tmx": (tmx, None), "mjml-template": (mjml, None),
}
KINDS.update(negf21b.KINDS)
