"""Tai Le, Warang Citi, Makasar, Tagbanwa, Mandaic and Kaithi renderings of ASCII romanisations; native digits;
accent folding.  Every table is built from Unicode character names (Unicode 14.0 in Python 3.11)."""

import re
import unicodedata

U = unicodedata.lookup


def _tab(prefix, pairs):
    return {k: U(prefix + v) for k, v in pairs}


# ---------------------------------------------------------------- Tai Le (Tai Nüa)
TL_C = _tab("TAI LE LETTER ", [("tsh", "TSHA"), ("ts", "TSA"), ("th", "THA"), ("ph", "PHA"), ("kh", "KHA"), ("ng", "NGA"),
                               ("k", "KA"), ("x", "XA"), ("s", "SA"), ("y", "YA"), ("t", "TA"), ("l", "LA"), ("p", "PA"),
                               ("m", "MA"), ("f", "FA"), ("v", "VA"), ("w", "VA"), ("h", "HA"), ("q", "QA"), ("n", "NA"), ("d", "TA"),
                               ("b", "PA"), ("r", "LA"), ("g", "KA"), ("ch", "TSA"), ("j", "TSA"), ("z", "TSA")])
TL_V = _tab("TAI LE LETTER ", [("aue", "AUE"), ("ai", "AI"), ("ee", "EE"), ("eh", "EH"), ("oo", "OO"), ("ue", "UE"),
                               ("a", "A"), ("i", "I"), ("u", "U"), ("o", "O"), ("e", "E")])
TL_T = {str(n): U("TAI LE LETTER TONE-%d" % n) for n in range(2, 7)}
TL_T["1"] = ""

# ---------------------------------------------------------------- Warang Citi (Ho)
WC = _tab("WARANG CITI SMALL LETTER ", [("ng", "NGAA"), ("ny", "ENY"), ("ch", "UC"), ("dd", "ODD"), ("tt", "TTE"),
                                        ("rr", "HORR"), ("ss", "SSUU"), ("aa", "A"), ("ii", "II"), ("uu", "UU"),
                                        ("a", "A"), ("i", "II"), ("u", "UU"), ("e", "E"), ("o", "O"), ("k", "KO"),
                                        ("g", "GA"), ("c", "UC"), ("j", "YUJ"), ("t", "AT"), ("d", "DA"), ("n", "ENN"),
                                        ("p", "PU"), ("b", "BU"), ("m", "AM"), ("y", "YA"), ("r", "HAR"), ("l", "HOLO"),
                                        ("w", "WI"), ("s", "SII"), ("h", "HIYO"), ("v", "VIYO")])

# ---------------------------------------------------------------- Makasar / Tagbanwa (abugidas without a killer)
MK_C = _tab("MAKASAR LETTER ", [("ng", "NGA"), ("ny", "NYA"), ("k", "KA"), ("g", "GA"), ("p", "PA"), ("b", "BA"),
                                ("m", "MA"), ("t", "TA"), ("d", "DA"), ("n", "NA"), ("c", "CA"), ("j", "JA"), ("y", "YA"),
                                ("r", "RA"), ("l", "LA"), ("w", "VA"), ("v", "VA"), ("s", "SA")])
MK_V = {"a": "", "i": U("MAKASAR VOWEL SIGN I"), "u": U("MAKASAR VOWEL SIGN U"), "e": U("MAKASAR VOWEL SIGN E"),
        "o": U("MAKASAR VOWEL SIGN O")}
TB_C = _tab("TAGBANWA LETTER ", [("ng", "NGA"), ("k", "KA"), ("g", "GA"), ("t", "TA"), ("d", "DA"), ("n", "NA"),
                                 ("p", "PA"), ("b", "BA"), ("m", "MA"), ("y", "YA"), ("l", "LA"), ("r", "LA"),
                                 ("w", "WA"), ("s", "SA")])
TB_V = {"a": "", "i": U("TAGBANWA VOWEL SIGN I"), "e": U("TAGBANWA VOWEL SIGN I"), "u": U("TAGBANWA VOWEL SIGN U"),
        "o": U("TAGBANWA VOWEL SIGN U")}
TB_I = {"a": U("TAGBANWA LETTER A"), "i": U("TAGBANWA LETTER I"), "e": U("TAGBANWA LETTER I"),
        "u": U("TAGBANWA LETTER U"), "o": U("TAGBANWA LETTER U")}

# ---------------------------------------------------------------- Mandaic (Neo-Mandaic)
MD = _tab("MANDAIC LETTER ", [("sh", "ASH"), ("th", "AT"), ("kh", "AK"), ("gh", "AG"), ("ch", "ASH"), ("aa", "HALQA"),
                              ("a", "HALQA"), ("e", "AKSA"), ("i", "AKSA"), ("y", "AKSA"), ("u", "USHENNA"),
                              ("o", "USHENNA"), ("w", "USHENNA"), ("v", "USHENNA"), ("b", "AB"), ("g", "AG"),
                              ("d", "AD"), ("h", "AH"), ("z", "AZ"), ("x", "IT"), ("k", "AK"), ("l", "AL"), ("m", "AM"),
                              ("n", "AN"), ("s", "AS"), ("'", "IN"), ("p", "AP"), ("f", "AP"), ("q", "AQ"), ("r", "AR"),
                              ("t", "AT"), ("j", "AG"), ("c", "AK")])

# ---------------------------------------------------------------- Kaithi (Magahi)
KA_C = _tab("KAITHI LETTER ", [("kh", "KHA"), ("gh", "GHA"), ("ch", "CHA"), ("jh", "JHA"), ("Th", "TTHA"), ("Dh", "DDHA"),
                               ("th", "THA"), ("dh", "DHA"), ("ph", "PHA"), ("bh", "BHA"), ("sh", "SHA"), ("ng", "NGA"),
                               ("ny", "NYA"), ("k", "KA"), ("g", "GA"), ("c", "CA"), ("j", "JA"), ("T", "TTA"),
                               ("D", "DDA"), ("R", "DDDHA"), ("t", "TA"), ("d", "DA"), ("N", "NNA"), ("n", "NA"),
                               ("p", "PA"), ("f", "PHA"), ("b", "BA"), ("m", "MA"), ("y", "YA"), ("r", "RA"), ("l", "LA"),
                               ("v", "VA"), ("w", "VA"), ("s", "SA"), ("h", "HA"), ("z", "JA")])
KA_IV = _tab("KAITHI LETTER ", [("aa", "AA"), ("ai", "AI"), ("au", "AU"), ("ii", "II"), ("uu", "UU"), ("a", "A"),
                                ("i", "I"), ("u", "U"), ("e", "E"), ("o", "O")])
KA_VS = {"aa": U("KAITHI VOWEL SIGN AA"), "ai": U("KAITHI VOWEL SIGN AI"), "au": U("KAITHI VOWEL SIGN AU"),
         "ii": U("KAITHI VOWEL SIGN II"), "uu": U("KAITHI VOWEL SIGN UU"), "a": "", "i": U("KAITHI VOWEL SIGN I"),
         "u": U("KAITHI VOWEL SIGN U"), "e": U("KAITHI VOWEL SIGN E"), "o": U("KAITHI VOWEL SIGN O")}
KA_VIRAMA, KA_ANUSVARA, KA_CANDRA, KA_DANDA = (U("KAITHI SIGN VIRAMA"), U("KAITHI SIGN ANUSVARA"),
                                                U("KAITHI SIGN CANDRABINDU"), U("KAITHI DANDA"))

VOWELS = "aeiou"


def _greedy(word, table):
    """Split a word into the longest keys of table (unknown characters pass through as themselves)."""
    keys = sorted(table, key=len, reverse=True)
    out, i = [], 0
    while i < len(word):
        for k in keys:
            if word.startswith(k, i):
                out.append(k)
                i += len(k)
                break
        else:
            out.append(word[i])
            i += 1
    return out


def taile(word):
    toks = _greedy(word.lower(), {**TL_C, **TL_V, **TL_T})
    out = [TL_C["q"]] if toks and toks[0] in TL_V else []
    return "".join(out + [TL_C[t] if t in TL_C else TL_V[t] if t in TL_V else TL_T[t] if t in TL_T else t
                          for t in toks])


def warang(word):
    return "".join(WC.get(t, t) for t in _greedy(word.lower().replace("'", ""), WC))


def _abugida(word, cons, vsign, indep):
    toks = _greedy(word.lower().replace("'", "").replace("h", ""), {**cons, **{v: 1 for v in VOWELS}})
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in cons:
            if nxt in vsign:                      # CV syllable
                out.append(cons[t] + vsign[nxt])
                i += 2
                continue
            i += 1                                # coda consonant: not written
            continue
        if t in vsign:
            out.append(indep[t])
        else:
            out.append(t)
        i += 1
    return "".join(out)


MK_I = {v: U("MAKASAR LETTER A") + s for v, s in MK_V.items()}


def makasar(word):
    return _abugida(word, MK_C, MK_V, MK_I)


def tagbanwa(word):
    return _abugida(word, TB_C, TB_V, TB_I)


def mandaic(word):
    return "".join(MD.get(t, t) for t in _greedy(word.lower(), MD))


def kaithi(word):
    toks = _greedy(word, {**KA_C, **KA_IV, "M": 1, "~": 1})
    out = []
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in KA_C:
            out.append(KA_C[t])
            if nxt in KA_C:
                out.append(KA_VIRAMA)
        elif t in KA_IV:
            out.append(KA_VS[t] if prev in KA_C else KA_IV[t])
        elif t == "M":
            out.append(KA_ANUSVARA)
        elif t == "~":
            out.append(KA_CANDRA)
        else:
            out.append(t)
    return "".join(out)


WORD_FN = {"taile": taile, "warang": warang, "makasar": makasar, "tagbanwa": tagbanwa, "mandaic": mandaic,
           "kaithi": kaithi}
STOPS = {"makasar": U("MAKASAR PASSIMBANG"), "tagbanwa": U("PHILIPPINE SINGLE PUNCTUATION"),
         "mandaic": U("MANDAIC PUNCTUATION"), "kaithi": KA_DANDA}

DIGITS = {"warang": [U("WARANG CITI DIGIT " + n) for n in
                     "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()],
          "bengali": [U("BENGALI DIGIT " + n) for n in "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()],
          "persian": [U("EXTENDED ARABIC-INDIC DIGIT " + n) for n in
                      "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()],
          "devanagari": [U("DEVANAGARI DIGIT " + n) for n in
                         "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE".split()]}


def native_digits(s, system):
    t = DIGITS[system]
    return "".join(t[int(c)] if c.isdigit() and c.isascii() else c for c in s)


PIECE = re.compile(r"(\{[a-z_0-9]+\}|<[^<>]*>)")
WORDCH = re.compile(r"[A-Za-z'~0-9]+")
KEEP = {"wifi", "login", "token", "api", "key", "id", "secret", "vault", "template", "hash", "ticket", "public",
        "backup", "alarm", "pin", "chat", "connection", "string", "orders", "reset", "restart", "tapper"}


def render(text, script, romanised=False):
    """Render a frame: {placeholders} kept, <native|roman> code-switching picked, the rest transliterated."""
    out = []
    for piece in PIECE.split(text):
        if not piece:
            continue
        if piece.startswith("{"):
            out.append(piece)
        elif piece.startswith("<"):
            a, _, b = piece[1:-1].partition("|")
            out.append((b or a) if romanised else a)
        elif romanised or script not in WORD_FN:
            if romanised and script == "taile":
                piece = re.sub(r"(?<=[a-z])[1-6]", "", piece)
            if romanised and script == "kaithi":
                piece = piece.replace("R", "r").replace("T", "t").replace("D", "d").replace("N", "n").replace("M", "n")
            out.append(piece)
        else:
            fn = WORD_FN[script]
            s = WORDCH.sub(lambda mo: mo.group(0) if mo.group(0).isdigit() or mo.group(0).lower() in KEEP
                           else fn(mo.group(0)), piece)
            if script in STOPS:
                s = s.replace(".", STOPS[script])
            out.append(s)
    return "".join(out)


def fold(s):
    """Accent folding (phone typing): strip combining marks, and the Khakas letters to their Russian look-alikes."""
    s = s.translate(str.maketrans("ӧӦӱӰіІңҢғҒҷҶ", "оОуУиИнНгГчЧ"))
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
