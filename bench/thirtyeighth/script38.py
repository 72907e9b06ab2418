"""Script tables built from Unicode character names, and transliterators (thirty-eighth corpus).

Dogri: Devanagari and Takri; Tai Lue: New Tai Lue; Kayah: Kayah Li; Brahui: Arabic script (Urdu letters);
Lezgi: Cyrillic with the palochka. Romanised input; the parts inside PROTECT brackets are copied as they are.
"""
import re
import unicodedata as U

L = U.lookup
PROT_OPEN, PROT_CLOSE = "\u27e6", "\u27e7"   # ⟦ ⟧ protect a code-switched stretch
DIGIT_NAMES = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]


def digits_of(prefix):
    return "".join(L("%s DIGIT %s" % (prefix, n)) for n in DIGIT_NAMES)


DIGITS = {
    "devanagari": digits_of("DEVANAGARI"),
    "takri": digits_of("TAKRI"),
    "taile": digits_of("NEW TAI LUE"),
    "kayahli": digits_of("KAYAH LI"),
    "urdu": digits_of("EXTENDED ARABIC-INDIC"),
    "ascii": "0123456789",
}


def native_digits(s, system):
    t = DIGITS[system]
    return "".join(t[int(c)] if c.isdigit() and c in "0123456789" else c for c in s)


def _protected_map(text, fn):
    """Apply fn to the unprotected stretches and to no placeholder {…} or sentinel-marked value."""
    out = []
    for part in re.split("(%s.*?%s|\\{[a-z_0-9]+\\})" % (PROT_OPEN, PROT_CLOSE), text):
        if not part:
            continue
        if part.startswith(PROT_OPEN):
            out.append(part[1:-1])
        elif part.startswith("{") and part.endswith("}"):
            out.append(part)
        else:
            out.append(fn(part))
    return "".join(out)


def strip_protect(text):
    return text.replace(PROT_OPEN, "").replace(PROT_CLOSE, "")


# ---------------------------------------------------------------- Brahmic: Devanagari / Takri
B_CONS = [("kh", "KHA"), ("gh", "GHA"), ("ng", "NGA"), ("chh", "CHA"), ("ch", "CA"), ("jh", "JHA"), ("ny", "NYA"),
          ("Th", "TTHA"), ("Dh", "DDHA"), ("th", "THA"), ("dh", "DHA"), ("ph", "PHA"), ("bh", "BHA"),
          ("sh", "SHA"), ("T", "TTA"), ("D", "DDA"), ("N", "NNA"), ("k", "KA"), ("g", "GA"), ("c", "CA"),
          ("j", "JA"), ("t", "TA"), ("d", "DA"), ("n", "NA"), ("p", "PA"), ("b", "BA"), ("m", "MA"),
          ("y", "YA"), ("r", "RA"), ("l", "LA"), ("v", "VA"), ("w", "VA"), ("s", "SA"), ("h", "HA"),
          ("z", "JA+"), ("f", "PHA+")]
B_VOW = [("aa", "AA"), ("ai", "AI"), ("au", "AU"), ("ii", "II"), ("ee", "II"), ("uu", "UU"), ("oo", "UU"),
         ("a", "A"), ("i", "I"), ("u", "U"), ("e", "E"), ("o", "O")]


class Brahmic:
    def __init__(self, script):
        self.script = script
        self.cons = []
        for r, n in B_CONS:
            nukta = n.endswith("+")
            ch = L("%s LETTER %s" % (script, n.rstrip("+")))
            if nukta:
                ch += L("%s SIGN NUKTA" % script)
            self.cons.append((r, ch))
        self.vow = [(r, L("%s LETTER %s" % (script, n))) for r, n in B_VOW]
        self.sign = {r: ("" if n == "A" else L("%s VOWEL SIGN %s" % (script, n))) for r, n in B_VOW}
        self.virama = L("%s SIGN VIRAMA" % script)
        self.anusvara = L("%s SIGN ANUSVARA" % script)

    def word(self, w):
        out, i, prev_cons = [], 0, False
        while i < len(w):
            if w[i] == "_":
                out.append(self.virama)
                i += 1
                continue
            if w[i] == "M":
                out.append(self.anusvara)
                i += 1
                prev_cons = False
                continue
            for r, ch in self.cons:
                if w.startswith(r, i):
                    out.append(ch)
                    i += len(r)
                    prev_cons = True
                    break
            else:
                for r, ch in self.vow:
                    if w.startswith(r, i):
                        out.append(self.sign[r] if prev_cons else ch)
                        i += len(r)
                        prev_cons = False
                        break
                else:
                    out.append(w[i])
                    i += 1
                    prev_cons = False
        return "".join(out)

    def __call__(self, text, digits=None):
        def conv(s):
            s = re.sub(r"[A-Za-z_]+", lambda m: self.word(m.group(0)), s)
            s = s.replace(" . ", " \u0964 ").replace(".", "\u0964") if self.script == "DEVANAGARI" else s
            return s
        return _protected_map(text, conv)


DEVANAGARI = Brahmic("DEVANAGARI")
TAKRI = Brahmic("TAKRI")


# ---------------------------------------------------------------- New Tai Lue (visual order)
NTL = lambda n: L("NEW TAI LUE " + n)
TL_ONSET = [("kh", "HIGH XA"), ("ng", "HIGH NGA"), ("ts", "HIGH TSA"), ("th", "HIGH THA"), ("ph", "HIGH PHA"),
            ("kw", "HIGH KVA"), ("k", "HIGH KA"), ("x", "LOW XA"), ("s", "HIGH SA"), ("y", "LOW YA"),
            ("t", "HIGH TA"), ("n", "LOW NA"), ("p", "HIGH PA"), ("m", "LOW MA"), ("f", "HIGH FA"),
            ("v", "LOW VA"), ("w", "LOW VA"), ("l", "LOW LA"), ("h", "HIGH HA"), ("d", "HIGH DA"),
            ("b", "HIGH BA"), ("q", "HIGH QA"), ("c", "LOW TSA"), ("j", "LOW TSA")]
TL_VOWEL = [("aai", ("", "VOWEL SIGN AAY")), ("aao", ("", "VOWEL SIGN AA|LETTER FINAL V")),
            ("ao", ("", "VOWEL SIGN AA|LETTER FINAL V")), ("ai", ("VOWEL SIGN AY", "")), ("ae", ("VOWEL SIGN AE", "")),
            ("aa", ("", "VOWEL SIGN AA")), ("oa", ("", "VOWEL SIGN OA")), ("ue", ("", "VOWEL SIGN UE")),
            ("ii", ("", "VOWEL SIGN II")), ("uu", ("", "VOWEL SIGN UU")), ("oi", ("", "VOWEL SIGN OY")),
            ("ui", ("", "VOWEL SIGN UY")), ("iu", ("", "VOWEL SIGN IY")), ("a", ("", "VOWEL SIGN VOWEL SHORTENER")),
            ("i", ("", "VOWEL SIGN II")), ("u", ("", "VOWEL SIGN U")), ("e", ("VOWEL SIGN E", "")),
            ("o", ("VOWEL SIGN O", ""))]
TL_FINAL = [("ng", "LETTER FINAL NG"), ("n", "LETTER FINAL N"), ("m", "LETTER FINAL M"), ("k", "LETTER FINAL K"),
            ("t", "LETTER FINAL D"), ("d", "LETTER FINAL D"), ("p", "LETTER FINAL B"), ("b", "LETTER FINAL B"),
            ("w", "LETTER FINAL V"), ("v", "LETTER FINAL V")]


def _tl_syl(s):
    tone = ""
    if s and s[-1] in "12":
        tone, s = NTL("TONE MARK-" + s[-1]), s[:-1]
    on = NTL("LETTER HIGH QA")
    for r, n in TL_ONSET:
        if s.startswith(r):
            on, s = NTL("LETTER " + n), s[len(r):]
            break
    pre = post = ""
    for r, (a, b) in TL_VOWEL:
        if s.startswith(r):
            pre, s = (NTL(a) if a else ""), s[len(r):]
            post = "".join(NTL(x) for x in b.split("|")) if b else ""
            break
    fin = ""
    for r, n in TL_FINAL:
        if s == r:
            fin, s = NTL(n), ""
            if post == NTL("VOWEL SIGN VOWEL SHORTENER"):
                post = ""
            break
    return pre + on + post + fin + tone + s


def tailue(text):
    def conv(s):
        s = re.sub(r"[a-z12]+(?:-[a-z12]+)*", lambda m: "".join(_tl_syl(x) for x in m.group(0).split("-")), s)
        return s.replace(".", "\u19de")
    return _protected_map(text, conv)


# ---------------------------------------------------------------- Kayah Li
KL = lambda n: L("KAYAH LI " + n)
KL_CONS = [("kh", "KHA"), ("ng", "NGA"), ("sh", "SHA"), ("ny", "NYA"), ("ht", "HTA"), ("ph", "PHA"), ("th", "THA"),
           ("k", "KA"), ("g", "GA"), ("s", "SA"), ("z", "ZA"), ("t", "TA"), ("n", "NA"), ("p", "PA"), ("m", "MA"),
           ("d", "DA"), ("b", "BA"), ("r", "RA"), ("y", "YA"), ("l", "LA"), ("w", "WA"), ("h", "HA"), ("v", "VA"),
           ("c", "CA")]
KL_VOW = [("oe", "LETTER OE"), ("oo", "LETTER OO"), ("ue", "VOWEL UE"), ("ee", "VOWEL EE"), ("a", "LETTER A"),
          ("i", "LETTER I"), ("e", "VOWEL E"), ("u", "VOWEL U"), ("o", "VOWEL O")]


def _kl_word(w):
    out, i, after_cons = [], 0, False
    while i < len(w):
        if w[i] in "12":
            out.append(KL("TONE PLOPHU" if w[i] == "1" else "TONE CALYA"))
            i += 1
            continue
        for r, n in KL_CONS:
            if w.startswith(r, i):
                out.append(KL("LETTER " + n))
                i += len(r)
                after_cons = True
                break
        else:
            for r, n in KL_VOW:
                if w.startswith(r, i):
                    if n.startswith("VOWEL") and not after_cons:
                        out.append(KL("LETTER A"))
                    out.append(KL(n))
                    i += len(r)
                    after_cons = False
                    break
            else:
                out.append(w[i])
                i += 1
    return "".join(out)


def kayahli(text):
    def conv(s):
        s = re.sub(r"[a-z12]+", lambda m: _kl_word(m.group(0)), s)
        return s.replace(" .", " " + KL("SIGN SHYA") if False else " .").replace(".", L("KAYAH LI SIGN CWI"))
    return _protected_map(text, conv)


# ---------------------------------------------------------------- Arabic script, Urdu letters (Brahui)
AR = lambda n: L("ARABIC LETTER " + n)
AR_CONS = [("kh", "KHAH"), ("gh", "GHAIN"), ("ch", "TCHEH"), ("sh", "SHEEN"), ("zh", "JEH"), ("th", "TEH"),
           ("lh", "LAM WITH SMALL V"),
           ("b", "BEH"), ("p", "PEH"), ("t", "TEH"), ("T", "TTEH"), ("s", "SEEN"), ("j", "JEEM"), ("H", "HAH"),
           ("h", "HEH GOAL"), ("d", "DAL"), ("D", "DDAL"), ("z", "ZAIN"), ("r", "REH"), ("R", "RREH"),
           ("f", "FEH"), ("q", "QAF"), ("k", "KEHEH"), ("g", "GAF"), ("l", "LAM"), ("m", "MEEM"), ("n", "NOON"),
           ("N", "NOON GHUNNA"), ("w", "WAW"), ("v", "WAW"), ("y", "FARSI YEH"), ("'", "AIN")]


def _ar_word(w):
    out, i = [], 0
    while i < len(w):
        start = i == 0
        end2 = lambda r: i + len(r) == len(w)
        if w.startswith("aa", i):
            out.append(L("ARABIC LETTER ALEF WITH MADDA ABOVE") if start else AR("ALEF"))
            i += 2
            continue
        if w.startswith(("ii", "ee"), i):
            out.append((AR("ALEF") if start else "") + AR("FARSI YEH"))
            i += 2
            continue
        if w.startswith(("uu", "oo"), i):
            out.append((AR("ALEF") if start else "") + AR("WAW"))
            i += 2
            continue
        c = w[i]
        if c == "a" and not start and i == len(w) - 1:
            out.append(AR("HEH GOAL"))
            i += 1
            continue
        if c in "aiu":
            if start:
                out.append(AR("ALEF"))
            i += 1
            continue
        if c in "eo":
            if c == "e":
                out.append((AR("ALEF") if start else "") + (AR("YEH BARREE") if end2("e") else AR("FARSI YEH")))
            else:
                out.append((AR("ALEF") if start else "") + AR("WAW"))
            i += 1
            continue
        for r, n in AR_CONS:
            if w.startswith(r, i):
                out.append(AR(n))
                i += len(r)
                break
        else:
            out.append(c)
            i += 1
    return "".join(out)


def urdu_script(text):
    def conv(s):
        s = re.sub(r"[A-Za-z']+", lambda m: _ar_word(m.group(0)), s)
        return s.replace(",", L("ARABIC COMMA")).replace("?", L("ARABIC QUESTION MARK")).replace(
            ".", L("ARABIC FULL STOP"))
    return _protected_map(text, conv)


# ---------------------------------------------------------------- Lezgi Cyrillic
CY = lambda n: L("CYRILLIC SMALL LETTER " + n)
PAL = L("CYRILLIC LETTER PALOCHKA")
LZ = [("ch'", CY("CHE") + PAL), ("k'", CY("KA") + PAL), ("p'", CY("PE") + PAL), ("t'", CY("TE") + PAL),
      ("c'", CY("TSE") + PAL), ("gh", CY("GHE") + CY("HARD SIGN")), ("xh", CY("HA") + CY("SOFT SIGN")),
      ("qh", CY("HA") + CY("HARD SIGN")), ("q", CY("KA") + CY("HARD SIGN")), ("gj", CY("GHE") + CY("SOFT SIGN")),
      ("ch", CY("CHE")), ("sh", CY("SHA")), ("zh", CY("ZHE")), ("ja", CY("YA")), ("ju", CY("YU")),
      ("jo", CY("IO")), ("\u00fc", CY("U") + CY("SOFT SIGN")), ("y", CY("YERU")), ("a", CY("A")), ("b", CY("BE")),
      ("v", CY("VE")), ("g", CY("GHE")), ("d", CY("DE")), ("e", CY("IE")), ("z", CY("ZE")), ("i", CY("I")),
      ("j", CY("SHORT I")), ("k", CY("KA")), ("l", CY("EL")), ("m", CY("EM")), ("n", CY("EN")), ("o", CY("O")),
      ("p", CY("PE")), ("r", CY("ER")), ("s", CY("ES")), ("t", CY("TE")), ("u", CY("U")), ("f", CY("EF")),
      ("x", CY("HA")), ("h", CY("GHE") + CY("SOFT SIGN")), ("c", CY("TSE"))]


def _lz_word(w):
    out, i = [], 0
    cap = w[:1].isupper()
    w = w.lower()
    while i < len(w):
        if i == 0 and w[0] == "e":
            out.append(CY("E"))
            i += 1
            continue
        for r, ch in LZ:
            if w.startswith(r, i):
                out.append(ch)
                i += len(r)
                break
        else:
            out.append(w[i])
            i += 1
    s = "".join(out)
    return s[:1].upper() + s[1:] if cap else s


def lezgi_cyr(text):
    return _protected_map(text, lambda s: re.sub(r"[A-Za-z\u00fc\u00dc']+", lambda m: _lz_word(m.group(0)), s))


def fold(text, table):
    return "".join(table.get(c, c) for c in text)


def strip_marks(text):
    """Fold diacritics away as phone keyboards do (keeps the private-use sentinels)."""
    return "".join(c for c in U.normalize("NFD", text) if not U.combining(c))
