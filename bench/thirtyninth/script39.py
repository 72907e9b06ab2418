"""Romanisation -> Lepcha, Saurashtra, Tai Viet, Hanunoo; native digits. Tables from unicodedata names."""
import re
import unicodedata

U = unicodedata.lookup


def _t(prefix, pairs):
    return {k: U(prefix + v) for k, v in pairs.items()}


def _digits(prefix):
    names = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
    return "".join(U(prefix + n) for n in names)


LATIN_DIGITS = "0123456789"
DIGITS = {
    "lep": _digits("LEPCHA DIGIT "),
    "saz": _digits("SAURASHTRA DIGIT "),
    "glk": _digits("EXTENDED ARABIC-INDIC DIGIT "),
    "bsk": _digits("EXTENDED ARABIC-INDIC DIGIT "),
}

# ------------------------------------------------------------------ Lepcha
_LC = {"k": "KA", "kh": "KHA", "g": "GA", "ng": "NGA", "c": "CA", "ch": "CHA", "j": "JA", "ny": "NYA", "t": "TA",
       "th": "THA", "d": "DA", "n": "NA", "p": "PA", "ph": "PHA", "f": "FA", "b": "BA", "m": "MA", "ts": "TSA",
       "tsh": "TSHA", "z": "DZA", "y": "YA", "r": "RA", "l": "LA", "h": "HA", "v": "VA", "s": "SA", "sh": "SHA",
       "w": "WA", "kl": "KLA", "gl": "GLA", "pl": "PLA", "bl": "BLA", "ml": "MLA", "hl": "HLA"}
LEPCHA = dict(
    cons=_t("LEPCHA LETTER ", _LC),
    vs=dict(a="", **_t("LEPCHA VOWEL SIGN ", {"aa": "AA", "i": "I", "o": "O", "oo": "OO", "u": "U", "uu": "UU",
                                               "e": "E"})),
    final=_t("LEPCHA CONSONANT SIGN ", {"k": "K", "m": "M", "l": "L", "n": "N", "p": "P", "r": "R", "t": "T",
                                        "ng": "KANG"}),
    carrier=U("LEPCHA LETTER A"), virama="", prevowels=(), punct={".": U("LEPCHA PUNCTUATION TA-ROL")},
)

# ------------------------------------------------------------------ Saurashtra
_SC = {"k": "KA", "kh": "KHA", "g": "GA", "gh": "GHA", "ng": "NGA", "c": "CA", "ch": "CHA", "j": "JA", "jh": "JHA",
       "ny": "NYA", "T": "TTA", "D": "DDA", "N": "NNA", "t": "TA", "th": "THA", "d": "DA", "dh": "DHA", "n": "NA",
       "p": "PA", "ph": "PHA", "b": "BA", "bh": "BHA", "m": "MA", "y": "YA", "r": "RA", "l": "LA", "v": "VA",
       "w": "VA", "sh": "SHA", "s": "SA", "h": "HA", "L": "LLA"}
_SV = {"aa": "AA", "i": "I", "ii": "II", "u": "U", "uu": "UU", "e": "E", "ee": "EE", "ai": "AI", "o": "O",
       "oo": "OO", "au": "AU"}
SAURASHTRA = dict(
    cons=_t("SAURASHTRA LETTER ", _SC),
    vs=dict(a="", **_t("SAURASHTRA VOWEL SIGN ", _SV)),
    indep=dict(a=U("SAURASHTRA LETTER A"), **_t("SAURASHTRA LETTER ", _SV)),
    final={}, virama=U("SAURASHTRA SIGN VIRAMA"), prevowels=(), punct={".": U("SAURASHTRA DANDA")},
)

# ------------------------------------------------------------------ Tai Viet (visual order: prevowels first)
_TC = {"k": "KO", "kh": "KHO", "g": "GO", "ng": "NGO", "c": "CO", "ch": "CHO", "s": "SO", "ny": "NYO", "d": "DO",
       "t": "TO", "th": "THO", "n": "NO", "b": "BO", "p": "PO", "ph": "PHO", "f": "FO", "m": "MO", "y": "YO",
       "r": "RO", "l": "LO", "v": "VO", "w": "VO", "h": "HO"}
TAIVIET = dict(
    cons=dict(**{k: U("TAI VIET LETTER LOW " + v) for k, v in _TC.items()},
              **{"q" + k: U("TAI VIET LETTER HIGH " + v) for k, v in _TC.items()}),
    vs=dict(o="", **_t("TAI VIET VOWEL ", {"a": "AA", "aa": "AA", "i": "I", "ue": "UE", "u": "U", "e": "E",
                                           "oo": "O", "ia": "IA", "uea": "UEA", "ua": "UA", "aue": "AUE",
                                           "ay": "AY", "ai": "AY", "an": "AN", "am": "AM"})),
    final={k: U("TAI VIET LETTER LOW " + v) for k, v in _TC.items()},
    carrier=U("TAI VIET LETTER LOW O"), virama="", punct={},
    prevowels=("e", "oo", "uea", "aue", "ay", "ai"),
    tones={"^": U("TAI VIET TONE MAI EK"), "~": U("TAI VIET TONE MAI THO")},
)

# ------------------------------------------------------------------ Hanunoo (three vowels; e->i, o->u)
_HC = {"k": "KA", "g": "GA", "ng": "NGA", "t": "TA", "d": "DA", "n": "NA", "p": "PA", "b": "BA", "m": "MA",
       "y": "YA", "r": "RA", "l": "LA", "w": "WA", "s": "SA", "h": "HA"}
HANUNOO = dict(
    cons=_t("HANUNOO LETTER ", _HC),
    vs={"a": "", "i": U("HANUNOO VOWEL SIGN I"), "e": U("HANUNOO VOWEL SIGN I"), "u": U("HANUNOO VOWEL SIGN U"),
        "o": U("HANUNOO VOWEL SIGN U")},
    indep={"a": U("HANUNOO LETTER A"), "i": U("HANUNOO LETTER I"), "e": U("HANUNOO LETTER I"),
           "u": U("HANUNOO LETTER U"), "o": U("HANUNOO LETTER U")},
    final={}, virama=U("HANUNOO SIGN PAMUDPOD"), prevowels=(),
    punct={".": U("PHILIPPINE SINGLE PUNCTUATION"), ",": U("PHILIPPINE SINGLE PUNCTUATION")},
)

SPECS = {"lep": LEPCHA, "saz": SAURASHTRA, "blt": TAIVIET, "hnn": HANUNOO}


def _longest(table, w, i):
    for n in (4, 3, 2, 1):
        if w[i:i + n] in table:
            return w[i:i + n]
    return None


def abugida(word, spec):
    cons, vs = spec["cons"], spec["vs"]
    out, i = [], 0
    tones = spec.get("tones", {})
    while i < len(word):
        ch = word[i]
        if ch in tones:
            out.append(tones[ch])
            i += 1
            continue
        c = _longest(cons, word, i)
        if c:
            i += len(c)
            v = _longest(vs, word, i)
            if v is not None and v in vs and word[i:i + len(v)] == v:
                i += len(v)
                sign = vs[v]
                out.append(sign + cons[c] if v in spec["prevowels"] else cons[c] + sign)
            else:
                base = c[1:] if c.startswith("q") else c
                if base in spec["final"]:
                    out.append(spec["final"][base])
                else:
                    out.append(cons[c] + spec["virama"])
            continue
        v = _longest(vs, word, i)
        if v is not None:
            i += len(v)
            if "indep" in spec and v in spec["indep"]:
                out.append(spec["indep"][v])
            else:
                sign = vs[v]
                out.append(sign + spec["carrier"] if v in spec["prevowels"] else spec["carrier"] + sign)
            continue
        i += 1
    return "".join(out)


KEEP = {"wifi", "login", "token", "pin", "ok", "pw"}
_WORD = re.compile(r"[a-zA-Z'^~]+|.", re.S)


def translit(text, code):
    spec = SPECS[code]
    out = []
    for m in _WORD.finditer(text):
        s = m.group(0)
        if s.lower() in KEEP:
            out.append(s)
        elif len(s) > 1 or s.isalpha():
            out.append(abugida(s, spec))
        else:
            out.append(spec["punct"].get(s, s))
    return "".join(out)


_SEG = re.compile(r"(\{[A-Z]+\}|<[^<>]*>)")


def render(text, code, romanised=False, fold=None):
    """Transliterate the parts of a frame outside {PLACEHOLDERS} and <code-switched> stretches."""
    parts = []
    for piece in _SEG.split(text):
        if not piece:
            continue
        if piece.startswith("<") and piece.endswith(">"):
            parts.append(piece[1:-1])
        elif piece.startswith("{"):
            parts.append(piece)
        elif code in SPECS and not romanised:
            parts.append(translit(piece, code))
        else:
            p = piece.replace("^", "").replace("~", "")
            if code in ("blt",):
                p = p.replace("q", "")
            parts.append(fold(p) if fold else p)
    return "".join(parts)


def to_digits(s, code):
    d = DIGITS.get(code)
    if not d:
        return s
    return "".join(d[int(c)] if c.isdigit() and c in LATIN_DIGITS else c for c in s)


def fold_accents(s):
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if unicodedata.category(ch) != "Mn":
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).replace("ı", "i").replace("ə", "e")
