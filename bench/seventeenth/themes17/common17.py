"""Theme context: organisation, people, hosts, and value helpers with corpus-wide uniqueness."""
import random

import keys17 as K
import crypto17 as C
import neg17 as NG
import prov17 as PV
import vals17 as V

FIRST = {
    "en": ["Olivia", "Liam", "Grace", "Noah", "Chloe", "Ethan", "Ruby", "Owen", "Maya", "Callum", "Priya", "Dev", "Aisha", "Tom"],
    "de": ["Jonas", "Lea", "Lukas", "Hannah", "Felix", "Marie", "Tobias", "Katrin", "Jörg", "Anke", "Sven", "Birgit"],
    "fr": ["Camille", "Hugo", "Léa", "Louis", "Chloé", "Mathis", "Inès", "Julien", "Manon", "Théo", "Océane"],
    "es": ["Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Pablo", "Valeria", "Álvaro", "Carmen", "Diego"],
    "nl": ["Daan", "Sanne", "Bram", "Lotte", "Joris", "Femke", "Thijs", "Anouk", "Ruben", "Eline"],
    "pt": ["João", "Beatriz", "Tiago", "Mariana", "Rui", "Inês", "Duarte", "Leonor", "Gonçalo", "Marta"],
    "pl": ["Kasia", "Piotr", "Agnieszka", "Tomasz", "Magda", "Paweł", "Zofia", "Krzysztof", "Ewa", "Marek"],
    "sv": ["Erik", "Elsa", "Oskar", "Maja", "Linnea", "Anders", "Ingrid", "Nils", "Astrid", "Johan"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Davide", "Elena", "Paolo"],
}
LAST = {
    "en": ["Hughes", "Patel", "Okafor", "Brennan", "Walsh", "Clarke", "Nguyen", "Fraser", "Lopez", "Abbott", "Kaur", "Byrne"],
    "de": ["Becker", "Hoffmann", "Schulz", "Krüger", "Wagner", "Neumann", "Vogel", "Brandt", "Lange", "Hartmann"],
    "fr": ["Moreau", "Lefebvre", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Mercier"],
    "es": ["García", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ruiz", "Serrano", "Molina"],
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Boer", "Meijer", "Bos"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues", "Martins", "Sousa", "Lopes"],
    "pl": ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska"],
    "sv": ["Lindqvist", "Johansson", "Berg", "Nyström", "Holm", "Sandberg", "Ekström", "Lund"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco"],
}
PHONE = {"en": "+44 7", "de": "+49 15", "fr": "+33 6", "es": "+34 6", "nl": "+31 6", "pt": "+351 9", "pl": "+48 5",
         "sv": "+46 7", "it": "+39 3"}
ASCII = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "á": "a", "à": "a",
                       "â": "a", "í": "i", "ó": "o", "ô": "o", "ú": "u", "ñ": "n", "ç": "c", "ã": "a", "õ": "o", "ł": "l",
                       "ś": "s", "ź": "z", "ż": "z", "ę": "e", "ą": "a", "ć": "c", "ń": "n", "å": "a", "ø": "o", "æ": "ae",
                       "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "Å": "A", "Ö": "O", "Ä": "A", "Ł": "L", "Ś": "S",
                       "Ż": "Z", "Ø": "O", "Ü": "U", "Ç": "C"})


class Person:
    def __init__(self, r, lang, domain):
        self.first = r.choice(FIRST[lang])
        self.last = r.choice(LAST[lang])
        self.name = "%s %s" % (self.first, self.last)
        a = (self.first + "." + self.last.replace(" ", "")).lower().translate(ASCII)
        self.email = "%s@%s" % (a, domain)
        self.handle = r.choice([a, self.first.lower().translate(ASCII), (self.first[0] + self.last.replace(" ", "")).lower().translate(ASCII)])
        self.phone = PHONE.get(lang, "+44 7") + "".join(r.choice(V.DIG) for _ in range(8))
        self.uid = V.rs(r, 8, V.UP + V.DIG)
        self.lang = lang


class Ctx:
    """One theme's context. f() writes a file under the theme directory."""

    def __init__(self, corpus, seed, name, variants, shared):
        self.c = corpus
        self.name = name
        self.r = random.Random("%s:%s" % (seed, name))
        v = self.r.choice(variants)
        self.org, self.domain, self.city, self.langs = v["org"], v["domain"], v["city"], v["langs"]
        self.lang = self.langs[0]
        self.idom = self.r.choice(["corp", "lan", "int", "internal", "local", "ad"]) + "." + self.domain
        self.shared = shared
        self.people = []
        seen = set()
        while len(self.people) < 9:
            p = Person(self.r, self.r.choice(self.langs + ["en"] if self.lang != "en" else self.langs), self.domain)
            if p.name not in seen:
                seen.add(p.name)
                self.people.append(p)
        self.nfiles = 0

    # ---------------------------------------------------------------- files and labels
    def f(self, path, text, free=False, crlf=False):
        self.nfiles += 1
        self.c.add(self.name + "/" + path, text, free=free, crlf=crlf, theme=self.name)

    def S(self, value, cat, group="generic", **kw):
        return self.c.S(value, cat, group, **kw)

    def N(self, value, cat):
        return self.c.N(value, cat)

    def uniq(self, gen):
        used = self.shared.setdefault("used", set())
        for _ in range(200):
            v = gen()
            if v not in used and len(v) >= 6:
                used.add(v)
                return v
        raise RuntimeError("no unique value")

    # ---------------------------------------------------------------- value helpers
    def pw(self, style=None):
        return self.uniq(lambda: V.password(self.r, style))

    def upw(self):
        return self.uniq(lambda: V.uri_password(self.r))

    def hexkey(self, n=32):
        return self.uniq(lambda: V.hexs(self.r, n))

    def b64key(self, n=32):
        return self.uniq(lambda: V.b64(self.r, n))

    def rtok(self, n=32, alpha=V.ALNUM, prefix=""):
        return self.uniq(lambda: prefix + V.rs(self.r, n, alpha))

    def pv(self, sid):
        """A provider token value (not yet registered)."""
        return self.uniq(lambda: PV.make(self.r, sid, self.domain.split(".")[0]))

    def P(self, sid):
        """Registered provider token sentinel, category = shape id."""
        return self.S(self.pv(sid), sid, "provider")

    def pair(self, pid):
        p = PV.PAIR[pid]
        return self.c.pair(self.uniq(lambda: p[2](self.r)), self.uniq(lambda: p[3](self.r)), pid, "provider")

    def pick(self, seq):
        return self.r.choice(seq)

    def person(self, i=None):
        return self.people[i] if i is not None else self.r.choice(self.people)

    def host(self, name):
        return "%s.%s" % (name, self.idom)

    def ip(self):
        return V.ipv4(self.r)

    # ---------------------------------------------------------------- negatives
    def ref(self, name, style=None):
        return self.N(NG.ref(self.r, name, style), "ref-" + (style or "env"))

    def ph(self, cat="placeholder"):
        return self.N(NG.placeholder(self.r), cat)

    def ident(self, kind):
        return self.N(NG.ident(self.r, kind), "id-" + kind)

    def hashed(self, kind=None):
        v, cat = NG.pw_hash(self.r, kind)
        return self.N(v, cat)

    def public(self, kind):
        return self.N(PV.public_value(self.r, kind, self.domain.split(".")[0]), "public-" + kind)

    def doc(self, kind):
        return self.N(PV.DOC_EXAMPLES[kind], "doc-example-" + kind)

    def masked(self, v=None):
        return self.N(NG.masked(self.r, v), "masked")

    # ---------------------------------------------------------------- keys
    def key(self, kty=None):
        kty = kty or self.r.choice(["RSA", "RSA", "EC", "OKP"])
        if kty == "RSA":
            return C.rsa_key(self.r, 2048)
        return C.ec_key(self.r) if kty == "EC" else C.ed_key(self.r)

    def keytext(self, k, fmt, comment=None, passphrase=None):
        return K.private_text(k, fmt, self.r, passphrase=passphrase, comment=comment or "%s@%s" % (self.person().handle, self.domain))

    def cert(self, k, cn):
        ca = self.shared["ca"]
        serial = self.r.getrandbits(63)
        return K.cert_pem(K.certificate(k, cn, self.org, ca, self.org + " Issuing CA", serial))
