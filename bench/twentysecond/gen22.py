"""Slot generators for templates: «S:…», «N:…», «P:…», «PAIR:…» (twenty-second corpus)."""
import base64
import hashlib

import keys22
import prov22
from lang22 import L
from vals22 import ALNUM, HEX

PW_WORD = {"en": "Password", "pt": "Senha", "it": "Password", "fr": "Mot de passe", "nb": "Passord", "sk": "Heslo",
           "nl": "Wachtwoord", "es": "Contraseña", "pl": "Hasło", "el": "Κωδικός πρόσβασης", "hu": "Jelszó"}
Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
PAIR_GROUP = {"lastfm": "generic", "livekit": "generic", "akeyless": "provider"}
prov22.PAIRS["akeyless"] = (lambda v: "p-" + v.s("abcdefghijklmnopqrstuvwxyz0123456789", 12),
                            lambda v: v.b64(32))


class Gen:
    def __init__(self, th):
        self.th = th          # Theme state: .v (Vals), .lang, .deck(name)
        self.v = th.v

    def __call__(self, kind, spec):
        if kind == "pair":
            return self.pair(spec)
        name, _, cat = spec.partition(":")
        arg = None
        if "=" in name:
            name, arg = name.split("=", 1)
        if kind == "S":
            return self.v.uniq(lambda: self.secret(name, arg)), cat, "generic"
        if kind == "P":
            shape = self.th.deck("provider") if name == "any" else name
            return self.v.uniq(lambda: prov22.SHAPES[shape](self.v)), "provider-" + shape, "provider"
        return self.negative(name, arg), cat, None

    def pair(self, name):
        name = self.th.deck("pair") if name == "any" else name
        idf, secf = prov22.PAIRS[name]
        idv = self.v.uniq(lambda: idf(self.v))
        sec = self.v.uniq(lambda: secf(self.v))
        group = PAIR_GROUP.get(name, "provider")
        return idv, sec, ("provider-pair-" if group == "provider" else "pair-") + name, group

    def secret(self, name, arg):
        v = self.v
        if name in ("pw", "pwnc"):
            return v.password()
        if name == "pwu":
            return v.password(uri=True)
        if name == "pws":
            return v.password(style=v.r.choice(["phrase", "phrase", "strong", "weak"]), spaces=True)
        if name.startswith("hex"):
            return v.hex(int(name[3:]))
        if name.startswith("alnum"):
            return v.alnum(int(name[5:]))
        if name.startswith("b64u"):
            return v.b64(int(name[4:]), url=True)
        if name.startswith("b64_"):
            return v.b64(int(name[4:]))
        if name == "x25519":
            return v.b64(32, url=True)
        if name == "uuid":
            return v.uuid()
        if name == "onionauth":
            return v.s("abcdefghijklmnopqrstuvwxyz234567", 56) + ":descriptor:x25519:" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 52)
        if name == "esapikey":
            return base64.b64encode((v.s(ALNUM, 20) + ":" + v.s(ALNUM + "-_", 22)).encode()).decode()
        if name == "influxtok":
            return v.b64(64, url=True) + "=="
        if name == "chap":
            return v.alnum(v.r.randint(12, 16))
        if name == "community":
            return v.word().lower() + "_rw" + str(v.r.randint(10, 99))
        if name == "applepw":
            return "-".join(v.s("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4))
        if name == "z85":
            return v.s(Z85.replace('"', ""), 40)
        if name == "plextoken":
            return v.s(ALNUM + "-_", 20)
        if name == "gocspx":
            return "GOCSPX-" + v.s(ALNUM + "-_", 28)
        raise KeyError(name)

    def negative(self, name, arg):
        v, r = self.v, self.v.r
        if name == "uuid":
            return v.uuid()
        if name == "uuid4x":
            return v.s("0123456789ABCDEF", 4) + "-" + v.s("0123456789ABCDEF", 4)
        if name.startswith("hex"):
            return v.hex(int(name[3:]))
        if name.startswith("alnum"):
            return v.alnum(int(name[5:]))
        if name.startswith("b64_"):
            return v.b64(int(name[4:]))
        if name.startswith("digits"):
            return v.digits(int(name[6:]))
        if name in ("env", "keystore", "springref"):
            return "${" + arg + "}"
        if name == "angle":
            return "<" + arg + ">"
        if name == "tmpl":
            return "{{ .Values.%s }}" % arg
        if name == "jinja":
            return "{{ %s }}" % arg
        if name == "pyenv":
            return 'os.environ["%s"]' % arg
        if name in ("perlenv", "word", "ref", "path"):
            return arg
        if name == "execref":
            return "exec:" + arg
        if name == "kongvault":
            return "{vault://env/kong-pg-ro-password}"
        if name == "tfvar":
            return "REPLACE_ME"
        if name == "changeme":
            return r.choice(["changeme", "CHANGE_ME", "your-password-here", "replace-with-real-password", "TODO"])
        if name == "xxxx":
            return "xxxxxxxxxxxx"
        if name == "vendorph":
            return r.choice(prov22.PLACEHOLDERS)
        if name == "masked":
            return prov22.mask(prov22.SHAPES[self.th.deck("provider")](v))
        if name == "example":
            return dict(prov22.EXAMPLES)[arg]
        if name == "pub":
            shape = r.choice(prov22.PUBLIC_NAMES) if arg == "any" else arg
            return prov22.PUBLIC[shape](v)
        if name == "i18n":
            d = L[self.th.lang]
            return {"pw": PW_WORD[self.th.lang], "policy": d["policy"][0], "vault": d["nopost"][1]}[arg]
        if name == "md5crypt":
            return "$1$" + v.s("./" + ALNUM, 8) + "$" + v.s("./" + ALNUM, 22)
        if name == "torhash":
            return "16:" + v.hex(58).upper()
        if name == "sha512crypt":
            return v.sha512crypt_like()
        if name == "grubpbkdf2":
            return "grub.pbkdf2.sha512.10000." + v.hex(128).upper() + "." + v.hex(128).upper()
        if name == "qbhash":
            return v.b64(16) + ":" + v.b64(64)
        if name == "huaweicipher":
            return "$1c$" + v.s(ALNUM + "!:;<=>?@[]^_`{|}~"[:12], 52) + "$"
        if name == "djangohash":
            return v.django_pbkdf2(v.password())
        if name == "mosqhash":
            return "$7$101$" + v.b64(12) + "$" + v.b64(64)
        if name == "mysqlnative":
            return "*" + hashlib.sha1(hashlib.sha1(v.password().encode()).digest()).hexdigest().upper()
        if name == "fpr":
            return v.fingerprint()
        if name == "certfp":
            return ":".join(v.hex(2) for _ in range(32))
        if name == "sshpub":
            return keys22.ssh_pub_line(keys22.ed_key(r), "core@" + self.th.slug)
        if name == "vapidpub":
            return base64.urlsafe_b64encode(b"\x04" + v.rbytes(64)).decode().rstrip("=")
        if name == "agepub":
            return keys22.age_public(r)
        if name == "ejson":
            return "EJ[1:%s:%s:%s]" % (v.b64(32), v.b64(24), v.b64(r.randint(20, 40)))
        if name == "z85":
            return v.s(Z85.replace('"', ""), 40)
        if name == "dsn":
            return "-".join(v.hex(2) for _ in range(8))
        if name == "wwn":
            return "5002538" + v.hex(9)
        if name == "serial":
            return v.serial(arg)
        if name == "mac":
            return v.mac()
        if name == "imei":
            return v.imei()
        if name == "sha256":
            return v.sha256()
        raise KeyError(name)
