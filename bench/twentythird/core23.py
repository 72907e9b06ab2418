"""Documents, labelled lines, pairs, blocks, the template engine and the per-theme context."""

import re

import prov23
import vals23

SLOT = re.compile(r"«([^«»]+)»")


class Doc:
    def __init__(self, path, crlf=False, fmt=None, free=False):
        self.path, self.crlf, self.fmt, self.free = path, crlf, fmt, free
        self.lines, self.labels, self.memo = [], [], {}

    # plain lines
    def t(self, *texts):
        for t in texts:
            self.lines.extend(t.split("\n"))
        return self

    def _label(self, kind, cat, value, **kw):
        lab = {"line": len(self.lines), "kind": kind, "category": cat, "value": value}
        lab.update(kw)
        self.labels.append(lab)
        return lab

    def s(self, text, value, cat, group="generic", free=None):
        assert "\n" not in text and value in text, (self.path, text, value)
        self.lines.append(text)
        return self._label("secret", cat, value, group=group, free_text=self.free if free is None else free)

    def n(self, text, value, cat):
        assert "\n" not in text and value in text, (self.path, text, value)
        self.lines.append(text)
        return self._label("negative", cat, value)

    def pair(self, first, second, idv, secret, cat, secret_first=False, free=None):
        """Two adjacent lines: ID then secret (or the reverse); one label spanning both."""
        self.lines.append(first)
        a = len(self.lines)
        self.lines.append(second)
        sl = a if secret_first else a + 1
        il = a + 1 if secret_first else a
        assert idv in self.lines[il - 1] and secret in self.lines[sl - 1], (first, second)
        lab = {"line": sl, "kind": "secret", "category": cat, "value": secret, "group": "provider",
               "free_text": self.free if free is None else free, "span": [a, a + 1],
               "anchors": [[il, idv, "id"], [sl, secret, "secret"]]}
        self.labels.append(lab)
        return lab

    def block(self, text, cat, kind="secret", group="key", check=None, raw=None, value=None, free=None):
        """A multi-line value: text is its lines as shown; the label spans them."""
        ls = text.split("\n")
        a = len(self.lines) + 1
        self.lines.extend(ls)
        lab = {"line": a, "kind": kind, "category": cat, "value": value if value is not None else text}
        if kind == "secret":
            lab.update(group=group, free_text=self.free if free is None else free)
        if len(ls) > 1:
            lab["span"] = [a, a + len(ls) - 1]
        if check:
            lab["check"] = check
        if raw:
            lab["raw"] = raw
        self.labels.append(lab)
        return lab

    def render(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


class Ctx:
    """Per-theme state: its own random stream, organisation, people, vocabulary and the corpus-wide registry."""

    def __init__(self, rng, theme, lang, registry, seedtag):
        self.rng, self.theme, self.lang, self.registry, self.seedtag = rng, theme, lang, registry, seedtag
        v = theme["variants"][rng.randrange(len(theme["variants"]))]
        self.org, self.slug, self.domain, self.city, self.suffix = v
        self.idomain = self.slug + self.suffix
        self.people = []
        used = set()
        while len(self.people) < 8:
            f = rng.choice(lang["first"])
            l = rng.choice(lang["last_f"] if f in lang.get("female", ()) else lang["last"])
            if f in used:
                continue
            used.add(f)
            self.people.append((f, l))
        self.ascii_names = lang.get("ascii", {})
        self.words = lang["words"]
        self.pending = {}

    # ---------------------------------------------------------------- people and vocabulary
    def person(self):
        return self.rng.choice(self.people)

    def full(self, p=None):
        p = p or self.person()
        return self.lang.get("fullname", "{f} {l}").format(f=p[0], l=p[1])

    def handle(self, p=None):
        p = p or self.person()
        f, l = self.ascii_names.get(p[0], p[0]), self.ascii_names.get(p[1], p[1])
        return ascii_fold(f + "." + l).lower().replace(" ", "")

    def email(self, p=None):
        return "%s@%s" % (self.handle(p), self.domain)

    def sysname(self):
        return self.rng.choice(self.theme["systems"])

    def host(self, role=None):
        role = role or self.rng.choice(self.theme["hosts"])
        return "%s%02d.%s" % (role, self.rng.randint(1, 12), self.idomain)

    def ip(self):
        return "10.%d.%d.%d" % (self.rng.randint(0, 250), self.rng.randint(0, 250), self.rng.randint(2, 250))

    def vocab(self, name):
        r = self.rng
        if name == "host":
            return self.host()
        if name.startswith("host-"):
            return self.host(name[5:])
        if name == "ip":
            return self.ip()
        if name == "user":
            return r.choice(["svc_", "app_", "", "ops_", "sync_"]) + r.choice(self.theme["users"])
        if name == "person":
            return self.full()
        if name == "handle":
            return self.handle()
        if name == "email":
            return self.email()
        if name == "org":
            return self.org
        if name == "slug":
            return self.slug
        if name == "domain":
            return self.domain
        if name == "idomain":
            return self.idomain
        if name == "city":
            return self.city
        if name == "sys":
            return self.sysname()
        if name == "db":
            return r.choice(self.theme["users"]) + r.choice(["", "_prod", "_db", "_main"])
        if name == "port":
            return str(r.choice([5432, 3306, 6379, 8080, 8443, 9000, 5672, 27017, 1521, 9200]))
        if name == "ssid":
            return self.theme["ssid"] + r.choice(["", "-Staff", "-Ops", "-5G", "-Guest"])
        if name == "word":
            return r.choice(self.words)
        if name == "num":
            return str(r.randint(2, 9999))
        if name == "serial":
            return vals23.serial(r)
        if name == "date":
            return self.date()
        raise KeyError(name)

    def date(self):
        r = self.rng
        return "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))

    def time(self):
        r = self.rng
        return "%02d:%02d" % (r.randint(7, 19), r.randint(0, 59))

    # ---------------------------------------------------------------- values
    def _unique(self, make):
        for _ in range(200):
            v = make()
            if v not in self.registry:
                self.registry[v] = self.seedtag
                return v
        raise RuntimeError("no unique value")

    PW_STYLES = ["strong", "strong", "weak", "weak", "leet", "phrase", "punct", "alnum", "b64", "hex", "phrasesp"]

    def pw(self, kind="pw"):
        r = self.rng
        if kind == "pw":
            styles = [s for s in self.PW_STYLES if s != "phrasesp"]
        elif kind == "pws":
            styles = self.PW_STYLES + ["phrasesp", "phrasesp"]
        elif kind == "pwy":
            styles = ["strong", "weak", "weak", "leet", "phrase", "alnum", "hex"]
        elif kind == "pwu":
            styles = ["uri", "uri", "weak2", "alnum", "hex", "phrase2"]
        elif kind == "pwa":
            styles = ["weak2", "alnum", "hex", "alnum"]
        else:
            raise ValueError(kind)
        st = r.choice(styles)

        def make():
            if st == "weak2":
                return vals23.cap(r.choice(self.words)) + str(r.randint(1970, 2025))
            if st == "phrase2":
                return "-".join(r.choice(self.words) for _ in range(3)) + "-" + str(r.randint(10, 99))
            v = vals23.styled(r, self.words, st)
            if kind == "pwy" and v[0] in vals23.LEAD_PUNCT:
                v = "Q" + v
            return v
        return self._unique(make)

    def gen_secret(self, spec):
        """returns (value, group, category override or None)"""
        r = self.rng
        if spec in ("pw", "pws", "pwy", "pwu", "pwa"):
            return self.pw(spec), "generic", None
        if spec.startswith("P:"):
            cat, g = prov23.SHAPES[spec[2:]]
            return self._unique(lambda: g(r, self)), "provider", cat
        if spec.startswith("hex"):
            n = int(spec[3:])
            return self._unique(lambda: vals23.hexs(r, n)), "generic", None
        if spec.startswith("b64:"):
            n = int(spec[4:])
            return self._unique(lambda: vals23.b64_bytes(r, n)), "generic", None
        if spec.startswith("b64u:"):
            n = int(spec[5:])
            return self._unique(lambda: vals23.b64_bytes(r, n, url=True, pad=False)), "generic", None
        if spec.startswith("alnum:"):
            n = int(spec[6:])
            return self._unique(lambda: vals23.rs(r, n)), "generic", None
        if spec == "uuid":
            return self._unique(lambda: vals23.uuid4(r)), "generic", None
        if spec.startswith("digits:"):
            n = int(spec[7:])
            return self._unique(lambda: str(r.randint(10 ** (n - 1), 10 ** n - 1))), "generic", None
        raise ValueError(spec)

    def provider(self, shape):
        cat, g = prov23.SHAPES[shape]
        return self._unique(lambda: g(self.rng, self)), cat

    def pair(self, name):
        cat, idn, secn, g = prov23.PAIRS[name]
        while True:
            a, b = g(self.rng, self)
            if a not in self.registry and b not in self.registry:
                self.registry[a] = self.registry[b] = self.seedtag
                return a, b, cat

    def gen_negative(self, spec):
        r = self.rng
        if spec.startswith("!"):
            return spec[1:]
        if spec == "ph":
            return r.choice(prov23.PLACEHOLDERS)
        if spec == "sha256":
            return vals23.sha256_hex(r)
        if spec == "sha512":
            return vals23.sha512_hex(r)
        if spec == "gitsha":
            return vals23.git_sha(r)
        if spec == "uuid":
            return vals23.uuid4(r)
        if spec == "ulid":
            return vals23.ulid(r)
        if spec in ("sha512crypt", "md5crypt", "bcrypt", "argon2", "yescrypt"):
            return getattr(vals23, spec)(r)
        if spec == "pbkdf2":
            return vals23.pbkdf2_django(r)
        if spec == "sri":
            return vals23.sri(r)
        if spec == "mac":
            return vals23.mac(r)
        if spec == "imei":
            return vals23.imei(r)
        if spec == "serial":
            return vals23.serial(r)
        if spec.startswith("pub:"):
            return prov23.public_value(r, self, spec[4:])
        if spec.startswith("mask:"):
            cat, g = prov23.SHAPES[spec[5:]]
            return prov23.mask(g(r, self))
        if spec.startswith("hex"):
            return vals23.hexs(r, int(spec[3:]))
        if spec.startswith("b64:"):
            return vals23.b64_bytes(r, int(spec[4:]))
        if spec.startswith("digits:"):
            n = int(spec[7:])
            return str(r.randint(10 ** (n - 1), 10 ** n - 1))
        if spec == "macU":
            return vals23.mac(r).upper()
        if spec == "chatid":
            return "-100" + str(r.randint(10 ** 9, 10 ** 10 - 1))
        if spec == "fp":
            return ":".join("%02x" % r.randrange(256) for _ in range(16))
        if spec == "crn":
            return "crn:v1:bluemix:public:cloud-object-storage:global:a/%s:%s::" % (vals23.hexs(r, 32), vals23.uuid4(r))
        if spec == "rancherid":
            return "token-" + vals23.rs(r, 5, vals23.LOWER_ALNUM)
        if spec == "rancherproj":
            return "c-m-%s:p-%s" % (vals23.rs(r, 8, vals23.LOWER_ALNUM), vals23.rs(r, 5, vals23.LOWER_ALNUM))
        if spec == "age-recipient":
            return prov23.age_recipient(r)
        raise ValueError(spec)


FOLD = {"ą": "a", "č": "c", "ę": "e", "ė": "e", "į": "i", "š": "s", "ų": "u", "ū": "u", "ž": "z", "ā": "a", "ē": "e",
        "ģ": "g", "ī": "i", "ķ": "k", "ļ": "l", "ņ": "n", "ć": "c", "đ": "d", "ê": "e", "ô": "o", "ë": "e", "ï": "i",
        "é": "e", "è": "e", "á": "a", "à": "a", "ó": "o", "ú": "u", "í": "i", "ñ": "n"}


def ascii_fold(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in FOLD:
            out.append(FOLD[lo].upper() if ch != lo else FOLD[lo])
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- template engine
def render(c, doc, template):
    """Render a template into doc. Slots:
    «v:name» vocabulary (memoised per doc with «v:name@k»); «S:category:spec[>store]» a secret;
    «S:category:@name» a stored secret again; «N:category:spec» a negative; «I:pair» / «K:pair» a pair's ID and
    secret on adjacent lines (one label). A line holds at most one labelled slot."""
    text = template.strip("\n")
    pend = None
    for raw in text.split("\n"):
        label = None
        out = []
        pos = 0
        for m in SLOT.finditer(raw):
            out.append(raw[pos:m.start()])
            pos = m.end()
            body = m.group(1)
            kind, _, rest = body.partition(":")
            if kind == "v":
                key = rest
                name = rest.split("@")[0]
                if "@" in rest:
                    if key not in doc.memo:
                        doc.memo[key] = c.vocab(name)
                    out.append(doc.memo[key])
                else:
                    out.append(c.vocab(name))
            elif kind == "S":
                cat, _, spec = rest.partition(":")
                store = None
                if ">" in spec:
                    spec, store = spec.split(">")
                if spec.startswith("@"):
                    value, group, cat2 = doc.memo["S" + spec[1:]]
                else:
                    value, group, cat2 = c.gen_secret(spec)
                    if store:
                        doc.memo["S" + store] = (value, group, cat2)
                assert label is None, raw
                label = ("S", cat2 or cat, value, group)
                out.append(value)
            elif kind == "N":
                cat, _, spec = rest.partition(":")
                value = c.gen_negative(spec)
                assert label is None, raw
                label = ("N", cat, value)
                out.append(value)
            elif kind in ("I", "K"):
                if kind == "I":
                    a, b, cat = c.pair(rest)
                    pend = (a, b, cat, len(doc.lines))
                    label = ("I",)
                    out.append(a)
                else:
                    label = ("K",)
                    out.append(pend[1])
            else:
                raise ValueError(body)
        out.append(raw[pos:])
        line = "".join(out)
        if label is None:
            doc.lines.append(line)
        elif label[0] == "S":
            doc.s(line, label[2], label[1], group=label[3])
        elif label[0] == "N":
            doc.n(line, label[2], label[1])
        elif label[0] == "I":
            doc.lines.append(line)
        else:
            a, b, cat, idx = pend
            assert idx == len(doc.lines) - 1, (doc.path, raw)
            first = doc.lines.pop()
            doc.pair(first, line, a, b, cat)
            pend = None
    return doc
