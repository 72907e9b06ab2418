"""Random values for the sixth corpus: provider-shaped tokens, human-style passwords, names,
hashes and look-alikes. Every draw comes from the caller's random.Random; ``Vals.seen`` is shared
across the whole corpus so no generated secret is ever produced twice by accident."""
import base64
import hashlib
import json
import string
import struct
import urllib.parse
import zlib

from skeys import base62

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
AN = UP + LO + DI
B64 = UP + LO + DI + "+/"
B64U = UP + LO + DI + "-_"
HEXL = "0123456789abcdef"
CRYPT = "./" + DI + UP + LO

WORDS = ("harbor otter maple falcon cedar copper summit lantern meadow river granite willow comet orchard "
         "beacon thistle juniper canyon marble pepper saffron tundra violet walnut zephyr anchor bramble "
         "cobalt dahlia ember fjord glacier hazel indigo jasper kestrel lagoon mango nectar onyx pelican "
         "quartz raven sierra tango umber velvet wombat yonder acorn badger cricket driftwood "
         "eagle fennel gopher heron iris jackal koala lemur magpie narwhal osprey puffin quokka "
         "robin salmon toucan urchin vulture walrus yak zebra basil clover daisy fern ginger holly ivy "
         "lotus mint nutmeg olive poppy rosemary sage tulip bluebird sparrow finch lark wren").split()
PETS = "Buddy Max Bella Luna Charlie Daisy Rocky Molly Bailey Coco Ziggy Pepper Scout Biscuit Milo Nala Rosie Gus".split()
TEAMS = "Seahawks Packers Broncos Rangers Yankees Celtics Lakers Canucks Steelers Orioles Braves Mariners".split()
SEASONS = "Spring Summer Autumn Fall Winter".split()
FIRST = ("Aisha Ben Carla Dmitri Elena Farid Grace Hiro Ines Jonas Keisha Liam Mei Nadia Omar Priya Quinn "
         "Rafael Sofia Tomas Uma Victor Wen Ximena Yusuf Zoe Amara Bruno Chloe Diego Esther Felix Gemma "
         "Hana Ivan Jade Kofi Lena Marco Nora Oscar Paula Rohan Sara Theo").split()
LAST = ("Abbott Brennan Castillo Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lindqvist Moreau "
        "Nakamura Okafor Petrov Quinlan Rossi Schmidt Tanaka Umeh Varga Walsh Xu Yilmaz Zhang Alvarez "
        "Becker Chen Duarte Evans Fontaine Gupta Horvat Ibrahim").split()


class Vals:
    def __init__(self, rng, seen):
        self.r = rng
        self.seen = seen

    # ------------------------------------------------------------ primitives
    def uniq(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("could not draw a unique value")

    def pick(self, seq):
        return self.r.choice(list(seq))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def an(self, n):
        return self.uniq(lambda: self.chars(AN, n))

    def lan(self, n):
        return self.uniq(lambda: self.chars(LO + DI, n))

    def uan(self, n):
        return self.uniq(lambda: self.chars(UP + DI, n))

    def hex(self, n):
        return self.uniq(lambda: self.chars(HEXL, n))

    def HEX(self, n):
        return self.hex(n).upper()

    def digits(self, n):
        return self.uniq(lambda: self.r.choice("123456789") + self.chars(DI, n - 1))

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return self.uniq(lambda: base64.b64encode(self.rbytes(nbytes)).decode())

    def b64u(self, nchars):
        return self.uniq(lambda: self.chars(B64U, nchars))

    def b64chars(self, nchars):
        return self.uniq(lambda: self.chars(B64, nchars))

    def uuid(self):
        def f():
            h = self.chars(HEXL, 32)
            h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
            return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return self.uniq(f)

    # ------------------------------------------------------------ people and places
    def first(self):
        return self.pick(FIRST)

    def last(self):
        return self.pick(LAST)

    def person(self):
        return "%s %s" % (self.first(), self.last())

    def user(self, person=None):
        p = person or self.person()
        f, l = p.split(" ", 1)
        style = self.r.randrange(4)
        if style == 0:
            return (f[0] + l).lower()
        if style == 1:
            return (f + "." + l).lower()
        if style == 2:
            return (l + f[0]).lower()
        return (f + "_" + l[:3]).lower()

    def word(self):
        return self.pick(WORDS)

    def ip(self, net="10"):
        if net == "10":
            return "10.%d.%d.%d" % (self.r.randrange(1, 250), self.r.randrange(0, 250), self.r.randrange(2, 250))
        if net == "172":
            return "172.%d.%d.%d" % (self.r.randrange(16, 31), self.r.randrange(0, 250), self.r.randrange(2, 250))
        return "192.168.%d.%d" % (self.r.randrange(0, 250), self.r.randrange(2, 250))

    # ------------------------------------------------------------ passwords
    def pw(self, style=None, specials="!*-_.?"):
        styles = ["human", "phrase", "strong", "leet", "pet", "season", "strong", "human"]
        st = style or self.r.choice(styles)
        sp = specials or ""
        def f():
            r = self.r
            if st == "human":
                w = self.word().capitalize()
                return w + str(r.randrange(1975, 2026)) + (r.choice(sp) if sp else str(r.randrange(10)))
            if st == "phrase":
                seps = [c for c in "-." if c in sp]
                sep = r.choice(seps) if seps and r.random() < 0.7 else ""
                ws = [self.word() for _ in range(3)]
                if not sep:
                    ws = [w.capitalize() for w in ws]
                return sep.join(ws) + str(r.randrange(10, 99))
            if st == "strong":
                n = r.randrange(16, 25)
                alpha = AN + (sp * 2)
                s = self.chars(alpha, n)
                return r.choice(UP) + s[1:-1] + r.choice(DI)
            if st == "leet":
                w = (self.word() + self.word()).capitalize()
                tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
                w = w[0] + w[1:].translate(tr)
                return w + (r.choice(sp) if sp else "") + str(r.randrange(10, 999))
            if st == "pet":
                return self.pick(PETS) + (r.choice(sp) if sp else "") + str(r.randrange(1, 9999)).zfill(2)
            if st == "season":
                return self.pick(SEASONS) + str(r.randrange(2019, 2026)) + (r.choice(sp) if sp else "#")
            if st == "upper8":            # mainframe-style
                return r.choice(UP) + self.chars(UP + DI + "#@$", 7)
            if st == "pin6":
                return self.chars(DI, 6)
            raise ValueError(st)
        v = self.uniq(f)
        if len(v) < 6:
            return self.pw(style, specials)
        return v

    def pw_url(self):
        """A password with characters that must be percent-encoded in a URI; returns (raw, encoded)."""
        raw = self.uniq(lambda: self.word().capitalize() + self.r.choice("@#%/:") + str(self.r.randrange(100, 9999))
                        + self.r.choice("!*"))
        return raw, urllib.parse.quote(raw, safe="!*")

    # ------------------------------------------------------------ generic secrets
    def django_key(self):
        return self.uniq(lambda: self.chars(LO + DI + "!@#%^&*(-_=+)", 50))

    def secret_hex(self, n=64):
        return self.hex(n)

    def secret_b64(self, nbytes=32):
        return self.b64(nbytes)

    def jwt(self, payload, alg="HS256", sig_bytes=32):
        h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        s = base64.urlsafe_b64encode(self.rbytes(sig_bytes)).decode().rstrip("=")
        return self.uniq(lambda: "%s.%s.%s" % (h, p, s))

    def basic(self, user, pw):
        return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()

    # ------------------------------------------------------------ provider tokens (documented shapes)
    def gh(self, prefix="ghp"):
        def f():
            body = self.chars(AN, 30)
            return "%s_%s%s" % (prefix, body, base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6))
        return self.uniq(f)

    def gh_bad(self, prefix="ghp"):
        def f():
            body = self.chars(AN, 30)
            good = base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)
            bad = good[:-1] + ("A" if good[-1] != "A" else "B")
            return "%s_%s%s" % (prefix, body, bad)
        return self.uniq(f)

    def npm(self):
        return self.gh("npm")

    def gh_fine(self):
        return self.uniq(lambda: "github_pat_11" + self.chars(UP + DI, 20) + "_" + self.chars(AN, 59))

    def glpat(self):
        return self.uniq(lambda: "glpat-" + self.chars(AN + "-_", 20))

    def gldt(self):
        return self.uniq(lambda: "gldt-" + self.chars(AN + "-_", 20))

    def glptt(self):
        return self.uniq(lambda: "glptt-" + self.chars(HEXL, 40))

    def aws(self, prefix="AKIA"):
        kid = self.uniq(lambda: prefix + self.chars(UP + "234567", 16))
        sec = self.uniq(lambda: self.chars(AN + "+/", 40))
        return kid, sec

    def aws_session(self):
        return self.uniq(lambda: "IQoJb3JpZ2luX2VjE" + self.chars(AN + "+/", 340) + "==")

    def google_key(self):
        return self.uniq(lambda: "AIza" + self.chars(AN + "-_", 35))

    def gocspx(self):
        return self.uniq(lambda: "GOCSPX-" + self.chars(AN + "-_", 28))

    def google_refresh(self):
        return self.uniq(lambda: "1//0" + self.r.choice("3456gh") + self.chars(AN + "-_", 98))

    def google_client_id(self):
        return self.uniq(lambda: "%s-%s.apps.googleusercontent.com" % (self.chars(DI, 12), self.chars(LO + DI, 32)))

    def entra_secret(self):
        return self.uniq(lambda: self.chars(AN, 3) + self.r.choice(DI) + "Q~" + self.chars(AN + "_~.-", 34))

    def azure_storage_key(self):
        return self.b64(64)

    def azdo_pat(self):
        return self.uniq(lambda: self.chars(LO + "234567", 52))

    def slack_bot(self):
        return self.uniq(lambda: "xoxb-%s-%s-%s" % (self.chars(DI, 12), self.chars(DI, 13), self.chars(AN, 24)))

    def slack_user(self):
        return self.uniq(lambda: "xoxp-%s-%s-%s-%s" % (self.chars(DI, 12), self.chars(DI, 12), self.chars(DI, 13),
                                                         self.chars(HEXL, 32)))

    def slack_webhook(self):
        return self.uniq(lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (
            self.chars(UP + DI, 10), self.chars(UP + DI, 10), self.chars(AN, 24)))

    def stripe_sk(self, kind="sk"):
        return self.uniq(lambda: "%s_live_51%s" % (kind, self.chars(AN, 97)))

    def stripe_pk(self):
        return self.uniq(lambda: "pk_live_51%s" % self.chars(AN, 97))

    def whsec(self):
        return self.uniq(lambda: "whsec_" + self.chars(AN, 32))

    def twilio(self):
        return self.uniq(lambda: "AC" + self.chars(HEXL, 32)), self.hex(32)

    def twilio_key(self):
        return self.uniq(lambda: "SK" + self.chars(HEXL, 32)), self.an(32)

    def sendgrid(self):
        return self.uniq(lambda: "SG.%s.%s" % (self.chars(B64U, 22), self.chars(B64U, 43)))

    def mailgun(self):
        return self.uniq(lambda: "key-" + self.chars(HEXL, 32))

    def mailchimp(self):
        return self.uniq(lambda: self.chars(HEXL, 32) + "-us" + str(self.r.randrange(2, 21)))

    def pypi(self):
        def f():
            ident = self.rbytes(16).hex().encode()
            cav = json.dumps({"version": 1, "permissions": {"projects": [self.word() + "-tools"]}}).encode()
            sig = self.rbytes(32)
            mac = (b"\x02" + b"\x01\x08pypi.org" + b"\x02" + bytes([len(ident)]) + ident + b"\x00"
                   + b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00" + b"\x06\x20" + sig)
            return "pypi-" + base64.urlsafe_b64encode(mac).decode().rstrip("=")
        return self.uniq(f)

    def rubygems(self):
        return self.uniq(lambda: "rubygems_" + self.chars(HEXL, 48))

    def nuget(self):
        return self.uniq(lambda: "oy2" + self.chars(LO + DI, 43))

    def dockerhub(self):
        return self.uniq(lambda: "dckr_pat_" + self.chars(AN + "-_", 27))

    def jfrog_ref(self):
        return self.uniq(lambda: base64.b64encode(("reftkn:01:%s:%s" % (self.chars(DI, 10), self.chars(AN, 43))).encode()).decode().rstrip("="))

    def vault(self):
        return self.uniq(lambda: "hvs.CAESI" + self.chars(AN + "-_", 86))

    def tfc(self):
        return self.uniq(lambda: self.chars(AN, 14) + ".atlasv1." + self.chars(AN, 67))

    def doppler(self, kind="st"):
        if kind == "st":
            return self.uniq(lambda: "dp.st.%s.%s" % (self.r.choice(["prd", "prod", "stg"]), self.chars(AN, 40)))
        return self.uniq(lambda: "dp.%s.%s" % (kind, self.chars(AN, 43)))

    def pulumi(self):
        return self.uniq(lambda: "pul-" + self.chars(HEXL, 40))

    def databricks(self):
        return self.uniq(lambda: "dapi" + self.chars(HEXL, 32))

    def digitalocean(self):
        return self.uniq(lambda: "dop_v1_" + self.chars(HEXL, 64))

    def heroku(self):
        return self.uniq(lambda: "HRKU-AA" + self.chars(AN + "-_", 58))

    def vercel(self):
        return self.uniq(lambda: "vcp_" + self.chars(AN, 56))

    def supabase_sbp(self):
        return self.uniq(lambda: "sbp_" + self.chars(HEXL, 40))

    def supabase_secret(self):
        return self.uniq(lambda: "sb_secret_" + self.chars(AN + "-_", 31))

    def cf_origin_ca(self):
        return self.uniq(lambda: "v1.0-%s-%s" % (self.chars(HEXL, 24), self.chars(HEXL, 146)))

    def cf_token(self):
        return self.uniq(lambda: self.chars(AN + "-_", 40))

    def shopify(self, prefix="shpat"):
        return self.uniq(lambda: "%s_%s" % (prefix, self.chars(HEXL, 32)))

    def square(self):
        return self.uniq(lambda: "EAAA" + self.chars(AN + "-_", 60))

    def square_secret(self):
        return self.uniq(lambda: "sq0csp-" + self.chars(AN + "-_", 43))

    def braintree(self):
        return self.uniq(lambda: "access_token$production$%s$%s" % (self.chars(LO + DI, 16), self.chars(HEXL, 32)))

    def openai(self, kind="proj"):
        return self.uniq(lambda: "sk-%s-%sT3BlbkFJ%s" % (kind, self.chars(AN + "-_", 74), self.chars(AN + "-_", 74)))

    def anthropic(self):
        return self.uniq(lambda: "sk-ant-api03-" + self.chars(AN + "-_", 93) + "AA")

    def hf(self):
        return self.uniq(lambda: "hf_" + self.chars(UP + LO, 34))

    def groq(self):
        return self.uniq(lambda: "gsk_" + self.chars(AN, 52))

    def perplexity(self):
        return self.uniq(lambda: "pplx-" + self.chars(AN, 48))

    def replicate(self):
        return self.uniq(lambda: "r8_" + self.chars(AN, 37))

    def openrouter(self):
        return self.uniq(lambda: "sk-or-v1-" + self.chars(HEXL, 64))

    def langsmith(self):
        return self.uniq(lambda: "lsv2_pt_%s_%s" % (self.chars(HEXL, 32), self.chars(HEXL, 10)))

    def atlassian(self):
        return self.uniq(lambda: "ATATT3xFfGF0" + self.chars(AN + "-_", 170) + "=" + self.chars(UP[:6] + DI, 8))

    def linear(self):
        return self.uniq(lambda: "lin_api_" + self.chars(AN, 40))

    def notion(self):
        return self.uniq(lambda: "ntn_" + self.chars(DI, 11) + self.chars(AN, 35))

    def figma(self):
        return self.uniq(lambda: "figd_" + self.chars(AN + "-_", 40))

    def postman(self):
        return self.uniq(lambda: "PMAK-%s-%s" % (self.chars(HEXL, 24), self.chars(HEXL, 34)))

    def grafana_sa(self):
        return self.uniq(lambda: "glsa_%s_%s" % (self.chars(AN, 32), self.chars(HEXL, 8)))

    def sentry_user(self):
        return self.uniq(lambda: "sntryu_" + self.chars(HEXL, 64))

    def sentry_org(self, org):
        def f():
            payload = {"iat": self.r.randrange(1710000000, 1750000000), "url": "https://sentry.io",
                       "region_url": "https://us.sentry.io", "org": org}
            b = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
            return "sntrys_%s_%s" % (b, self.chars(AN + "/+", 43))
        return self.uniq(f)

    def newrelic(self):
        return self.uniq(lambda: "NRAK-" + self.chars(UP + DI, 27))

    def dynatrace(self):
        return self.uniq(lambda: "dt0c01.%s.%s" % (self.chars(UP + DI, 24), self.chars(UP + DI, 64)))

    def okta(self):
        return self.uniq(lambda: "00" + self.chars(AN + "-_", 40))

    def telegram(self):
        return self.uniq(lambda: "%s:AA%s" % (self.r.choice("5678") + self.chars(DI, 9), self.chars(AN + "-_", 33)))

    def discord(self):
        def f():
            snow = str(self.r.randrange(10 ** 17, 2 * 10 ** 18))
            p1 = base64.b64encode(snow.encode()).decode().rstrip("=")
            return "%s.%s.%s" % (p1, self.chars(AN + "-_", 6), self.chars(AN + "-_", 38))
        return self.uniq(f)

    def onepassword(self):
        def f():
            payload = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                       "iterations": 650000, "salt": self.chars(AN, 22)}, "email": self.chars(LO, 12) + "@1passwordserviceaccounts.com",
                       "srpX": self.chars(HEXL, 64), "muk": {"alg": "A256GCM", "ext": True, "k": self.chars(B64U, 43),
                       "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + self.chars(UP + DI, 6),
                       "throttleSecret": {"seed": self.chars(HEXL, 64), "uuid": self.chars(UP + DI, 26)}, "deviceUuid": self.chars(LO + DI, 26)}
            return "ops_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return self.uniq(f)

    def circleci(self):
        return self.uniq(lambda: "CCIPAT_%s_%s" % (self.chars(AN, 22), self.chars(HEXL, 40)))

    def buildkite(self):
        return self.uniq(lambda: "bkua_" + self.chars(HEXL, 40))

    def octopus(self):
        return self.uniq(lambda: "API-" + self.chars(UP + DI, 26))

    def prefect(self):
        return self.uniq(lambda: "pnu_" + self.chars(AN, 36))

    def render(self):
        return self.uniq(lambda: "rnd_" + self.chars(AN, 32))

    def pscale(self, kind="tkn"):
        return self.uniq(lambda: "pscale_%s_%s" % (kind, self.chars(AN + "-_", 43)))

    def samsara(self):
        return self.uniq(lambda: "samsara_api_" + self.chars(AN, 30))

    def duffel(self):
        return self.uniq(lambda: "duffel_live_" + self.chars(AN + "-_", 43))

    def segment_pat(self):
        return self.uniq(lambda: "sgp_" + self.chars(AN, 64))

    def contentful(self):
        return self.uniq(lambda: "CFPAT-" + self.chars(AN + "-_", 43))

    def netlify(self):
        return self.uniq(lambda: "nfp_" + self.chars(AN, 36))

    def airtable(self):
        return self.uniq(lambda: "pat%s.%s" % (self.chars(AN, 14), self.chars(HEXL, 64)))

    def asana(self):
        return self.uniq(lambda: "2/%s/%s:%s" % (self.chars(DI, 16), self.chars(DI, 16), self.chars(HEXL, 32)))

    def sonar(self):
        return self.uniq(lambda: "squ_" + self.chars(HEXL, 40))

    def shippo(self):
        return self.uniq(lambda: "shippo_live_" + self.chars(HEXL, 40))

    def paystack(self):
        return self.uniq(lambda: "sk_live_" + self.chars(HEXL, 40))

    def flutterwave(self):
        return self.uniq(lambda: "FLWSECK-%s-X" % self.chars(HEXL, 32))

    def mollie(self):
        return self.uniq(lambda: "live_" + self.chars(AN, 30))

    def brevo(self):
        return self.uniq(lambda: "xkeysib-%s-%s" % (self.chars(HEXL, 64), self.chars(AN, 16)))

    def klaviyo(self):
        return self.uniq(lambda: "pk_" + self.chars(HEXL, 34))

    def adobe(self):
        return self.uniq(lambda: "p8e-" + self.chars(AN + "-_", 32))

    def twitter_bearer(self):
        return self.uniq(lambda: "AAAAAAAAAAAAAAAAAAAAA%s%%3D%s" % (self.chars(AN, 25), self.chars(AN, 50)))

    def meta(self):
        return self.uniq(lambda: "EAA" + self.r.choice("BGJI") + self.chars(AN, self.r.randrange(170, 200)))

    def pinterest(self):
        return self.uniq(lambda: "pina_" + self.chars(UP + DI, 96))

    def linkedin(self):
        return self.uniq(lambda: "AQ" + self.r.choice("UVWX") + self.chars(AN + "-_", 340))

    def dropbox(self):
        return self.uniq(lambda: "sl.B" + self.chars(AN + "-_", 135))

    def trello(self):
        return self.uniq(lambda: "ATTA" + self.chars(HEXL, 64) + self.chars(UP + DI, 8))

    def sf_token(self, org):
        return self.uniq(lambda: "%s!AQ%s" % (org, self.chars(AN + "._", 94)))

    def sf_refresh(self):
        return self.uniq(lambda: "5Aep861" + self.chars(AN + "._", 80))

    def sf_org(self):
        return self.uniq(lambda: "00D" + self.chars(AN, 12))

    def mapbox(self, kind, user):
        def f():
            payload = base64.urlsafe_b64encode(json.dumps({"u": user, "a": self.chars(LO + DI, 25)}, separators=(",", ":")).encode()).decode().rstrip("=")
            return "%s.%s.%s" % (kind, payload, self.chars(AN + "-_", 22))
        return self.uniq(f)

    def canvas(self):
        return self.uniq(lambda: "%s~%s" % (self.r.choice(["1", "7", "10", "14", "2"]), self.chars(AN, 64)))

    def arcgis_key(self):
        return self.uniq(lambda: "AAPK" + self.chars(HEXL, 32) + self.chars(AN + "-_", 60))

    def arcgis_token(self):
        return self.uniq(lambda: self.chars(AN + "-_", 96) + "..")

    def adyen_key(self):
        return self.uniq(lambda: "AQE%s==-%s=-%s" % (self.chars(AN + "+/", 70), self.chars(AN + "+/", 43), self.chars(AN + ":}(", 16)))

    def adyen_client(self):
        return self.uniq(lambda: "live_" + self.chars(UP + DI, 32))

    def sabre(self, epr, pcc, pw):
        inner = base64.b64encode(("V1:%s:%s:AA" % (epr, pcc)).encode()).decode()
        pw64 = base64.b64encode(pw.encode()).decode()
        return base64.b64encode(("%s:%s" % (inner, pw64)).encode()).decode()

    def websphere_xor(self, pw):
        return "{xor}" + base64.b64encode(bytes(b ^ 0x5F for b in pw.encode())).decode()

    def seqera(self):
        return self.uniq(lambda: base64.b64encode(('{"tid": %d}.%s' % (self.r.randrange(100, 9999), self.chars(HEXL, 40))).encode()).decode().rstrip("="))

    def age_like_negative(self):
        return self.hex(64)

    # ------------------------------------------------------------ hard-negative look-alikes
    def bcrypt(self):
        return self.uniq(lambda: "$2b$%02d$%s" % (self.r.choice([10, 12]), self.chars(CRYPT, 53)))

    def argon2(self):
        return self.uniq(lambda: "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (self.chars(B64[:-2] + "+/", 22), self.chars(B64[:-2] + "+/", 43)))

    def sha512crypt(self):
        return self.uniq(lambda: "$6$%s$%s" % (self.chars(CRYPT, 16), self.chars(CRYPT, 86)))

    def md5crypt(self, prefix="1"):
        return self.uniq(lambda: "$%s$%s$%s" % (prefix, self.chars(CRYPT, 8), self.chars(CRYPT, 22)))

    def ssha(self):
        return self.uniq(lambda: "{SSHA}" + base64.b64encode(self.rbytes(28)).decode())

    def pbkdf2_django(self):
        return self.uniq(lambda: "pbkdf2_sha256$600000$%s$%s" % (self.chars(AN, 22), base64.b64encode(self.rbytes(32)).decode()))

    def mysql_native(self):
        return self.uniq(lambda: "*" + self.chars("0123456789ABCDEF", 40))

    def scram(self):
        return self.uniq(lambda: "SCRAM-SHA-256$4096:%s$%s:%s" % (base64.b64encode(self.rbytes(16)).decode(),
                                                                     base64.b64encode(self.rbytes(32)).decode(),
                                                                     base64.b64encode(self.rbytes(32)).decode()))

    def sha256(self, data=None):
        if data is None:
            return self.hex(64)
        return hashlib.sha256(data).hexdigest()

    def sha1(self):
        return self.hex(40)

    def md5(self):
        return self.hex(32)

    def digest(self):
        return "sha256:" + self.hex(64)

    def sri(self):
        return "sha384-" + self.b64(48)

    def sops(self):
        return self.uniq(lambda: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(self.rbytes(self.r.randrange(12, 40))).decode(), base64.b64encode(self.rbytes(32)).decode(),
            base64.b64encode(self.rbytes(16)).decode()))

    def jasypt(self):
        return "ENC(%s)" % self.b64(32)

    def dpapi_hex(self):
        return "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + self.hex(300)

    def vin(self):
        alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.uniq(lambda: self.r.choice(["1FT", "5YJ", "WBA", "1HG", "3VW", "JTD"]) + self.chars(alpha, 14))

    def imei(self):
        def f():
            d = [int(x) for x in "35" + self.chars(DI, 12)]
            s = 0
            for i, x in enumerate(reversed(d)):
                if i % 2 == 0:
                    x *= 2
                    x = x - 9 if x > 9 else x
                s += x
            return "".join(map(str, d)) + str((10 - s % 10) % 10)
        return self.uniq(f)

    def iccid(self):
        return self.uniq(lambda: "8901" + self.chars(DI, 15))

    def mac(self):
        return ":".join("%02x" % self.r.randrange(256) for _ in range(6))


PLACEHOLDERS = ["<your-api-key>", "CHANGE_ME", "REPLACE_WITH_REAL_SECRET", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "your_password_here", "TODO-fill-in", "<password>", "********", "changeme-in-prod-ignore",
                "__SET_IN_VAULT__", "${SECRET}", "dummy", "<insert token>", "PUT_TOKEN_HERE", "<REDACTED>"]

AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
SLACK_DOC = "xoxb-not-a-real-token-this-will-not-work"
