"""Mechanical transliterators from the romanisations used in lang37*.py to the languages' own scripts.

Protected segments are written ⟦like this⟧ in the romanised frames and stay in Latin letters; {fields} are left
alone.  Character tables are built from Unicode character names (unicodedata), so no code point is typed by hand
where a name exists.
"""

import re
import unicodedata

_NAME = {}


def ch(name):
    if name not in _NAME:
        _NAME[name] = unicodedata.lookup(name)
    return _NAME[name]


def digits(kind, s):
    base = {"hanifi": 0x10D30, "taitham": 0x1A80, "myanmar": 0x1040, "arabic": 0x0660, "ascii": 0x30}[kind]
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in s)


# ------------------------------------------------------------------ Hanifi Rohingya (right to left)
_HR_CONS = [("kh", "KHA"), ("sh", "SHA"), ("ch", "CA"), ("ng", "NGA"), ("ny", "NYA"), ("dh", "DDA"),
            ("th", "TTA"), ("rr", "RRA"), ("b", "BA"), ("p", "PA"), ("t", "TA"), ("j", "JA"), ("c", "CA"),
            ("h", "HA"), ("f", "FA"), ("d", "DA"), ("r", "RA"), ("z", "ZA"), ("s", "SA"), ("k", "KA"),
            ("g", "GA"), ("l", "LA"), ("m", "MA"), ("n", "NA"), ("w", "WA"), ("y", "YA"), ("v", "VA"), ("x", "KHA"),
            ("q", "KA")]
_HR_VOW = {"a": "A", "i": "I", "u": "U", "e": "E", "o": "O"}


def _hanifi_word(w):
    out, i, lw = [], 0, w.lower()
    while i < len(lw):
        c = lw[i]
        if c == "ñ":
            out.append(ch("HANIFI ROHINGYA MARK NA KHONNA"))
            i += 1
            continue
        if c in _HR_VOW:
            if i == 0 or lw[i - 1] in _HR_VOW:
                out.append(ch("HANIFI ROHINGYA LETTER A"))
            out.append(ch("HANIFI ROHINGYA VOWEL " + _HR_VOW[c]))
            if i + 1 < len(lw) and lw[i + 1] == c:
                out.append(ch("HANIFI ROHINGYA SIGN HARBAHAY"))
                i += 1
            i += 1
            continue
        for lat, name in _HR_CONS:
            if lw.startswith(lat, i):
                out.append(ch("HANIFI ROHINGYA LETTER " + name))
                i += len(lat)
                if i >= len(lw) or lw[i] not in _HR_VOW:
                    out.append(ch("HANIFI ROHINGYA MARK SAKIN"))
                break
        else:
            out.append(w[i])
            i += 1
    return "".join(out)


# ------------------------------------------------------------------ Tai Tham (Kham Mueang)
_TT_ONS = [("kh", "HIGH KHA"), ("ng", "NGA"), ("ch", "LOW CA"), ("ny", "NYA"), ("th", "HIGH THA"),
           ("ph", "HIGH PHA"), ("k", "HIGH KA"), ("j", "HIGH CA"), ("c", "HIGH CA"), ("s", "HIGH SA"),
           ("d", "DA"), ("t", "HIGH TA"), ("n", "NA"), ("b", "BA"), ("p", "HIGH PA"), ("f", "HIGH FA"),
           ("m", "MA"), ("y", "LOW YA"), ("r", "RA"), ("l", "LA"), ("w", "WA"), ("h", "HIGH HA"), ("g", "LOW KA")]
_TT_VOW = [("aa", ["AA"]), ("ae", ["AE"]), ("ai", ["AI"]), ("ao", ["E", "AA"]), ("ii", ["II"]), ("ia", ["E", "II"]),
           ("ue", ["UE"]), ("uu", ["UU"]), ("ua", ["O"]), ("ee", ["E"]), ("oo", ["OO"]), ("a", ["A"]), ("i", ["I"]),
           ("u", ["U"]), ("e", ["E"]), ("o", ["OO"])]
_TT_CODA = {"ng": ch("TAI THAM CONSONANT SIGN FINAL NGA"), "m": ch("TAI THAM CONSONANT SIGN MA"),
            "n": "\u1a60" + ch("TAI THAM LETTER NA"), "k": "\u1a60" + ch("TAI THAM LETTER HIGH KA"),
            "t": "\u1a60" + ch("TAI THAM LETTER HIGH TA"), "p": ch("TAI THAM CONSONANT SIGN LOW PA"),
            "w": ch("TAI THAM LETTER WA"), "y": ch("TAI THAM LETTER LOW YA")}


def _taitham_word(w):
    lw, out, i = w.lower(), [], 0
    while i < len(lw):
        ons = None
        for lat, name in _TT_ONS:
            if lw.startswith(lat, i):
                ons = ch("TAI THAM LETTER " + name)
                i += len(lat)
                break
        vow = None
        for lat, names in _TT_VOW:
            if lw.startswith(lat, i):
                vow = names
                i += len(lat)
                break
        if ons is None and vow is None:
            out.append(w[i])
            i += 1
            continue
        out.append(ons or ch("TAI THAM LETTER A"))
        coda = ""
        for lat in ("ng", "m", "n", "k", "t", "p", "w", "y"):
            if lw.startswith(lat, i) and (i + len(lat) >= len(lw) or lw[i + len(lat)] not in "aeiou"):
                coda = _TT_CODA[lat]
                i += len(lat)
                break
        if vow:
            if vow == ["A"] and coda:
                out.append(ch("TAI THAM VOWEL SIGN MAI SAT"))
            else:
                out.extend(ch("TAI THAM VOWEL SIGN " + v) for v in vow)
        out.append(coda)
    return "".join(out)


# ------------------------------------------------------------------ Yi (Nuosu): syllables joined by '-'
_YI = {}


def _yi_table():
    if not _YI:
        for c in range(0xA000, 0xA48D):
            n = unicodedata.name(chr(c), "")
            if n.startswith("YI SYLLABLE "):
                _YI[n[12:].lower()] = chr(c)
    return _YI


def _yi_word(w):
    t = _yi_table()
    parts = w.split("-")
    if all(p.lower() in t for p in parts):
        return "".join(t[p.lower()] for p in parts)
    return w


def yi_known(syl):
    return syl.lower() in _yi_table()


# ------------------------------------------------------------------ S'gaw Karen (Myanmar script)
_KR_ONS = [("hs", "LETTER CHA"), ("sh", "LETTER SGAW KAREN SHA"), ("ny", "LETTER NNYA"), ("ht", "LETTER THA"),
           ("hp", "LETTER PHA"), ("th", "LETTER SA"), ("kh", "LETTER KHA"), ("gh", "LETTER GHA"), ("ng", "LETTER NGA"),
           ("k", "LETTER KA"), ("g", "LETTER GA"), ("s", "LETTER CA"), ("t", "LETTER TA"), ("d", "LETTER DA"),
           ("n", "LETTER NA"), ("p", "LETTER PA"), ("b", "LETTER BHA"), ("m", "LETTER MA"), ("y", "LETTER YA"),
           ("r", "LETTER RA"), ("l", "LETTER LA"), ("w", "LETTER WA"), ("h", "LETTER HA"), ("x", "LETTER GHA")]
_KR_VOW = [("eu", ["VOWEL SIGN SGAW KAREN EU"]), ("ai", ["VOWEL SIGN AI"]), ("oe", ["SIGN ANUSVARA"]),
           ("aa", ["VOWEL SIGN SGAW KAREN EU"]), ("ii", ["VOWEL SIGN II"]), ("uu", ["VOWEL SIGN UU"]),
           ("a", []), ("i", ["VOWEL SIGN I"]), ("u", ["VOWEL SIGN U"]), ("e", ["VOWEL SIGN E"]),
           ("o", ["VOWEL SIGN I", "VOWEL SIGN U"])]


def _karen_word(w):
    lw, out, i = w.lower(), [], 0
    while i < len(lw):
        ons = None
        for lat, name in _KR_ONS:
            if lw.startswith(lat, i):
                ons = ch("MYANMAR " + name)
                i += len(lat)
                break
        med = ""
        if ons and i < len(lw) and lw[i] in "lw" and i + 1 < len(lw) and lw[i + 1] in "aeiou":
            med = ch("MYANMAR CONSONANT SIGN MEDIAL YA") if lw[i] == "l" else ch("MYANMAR CONSONANT SIGN MEDIAL WA")
            i += 1
        vow = None
        for lat, names in _KR_VOW:
            if lw.startswith(lat, i):
                vow = names
                i += len(lat)
                break
        if ons is None and vow is None:
            out.append(w[i])
            i += 1
            continue
        out.append((ons or ch("MYANMAR LETTER A")) + med)
        out.extend(ch("MYANMAR " + v) for v in (vow or []))
        if i < len(lw) and lw[i] == "h":
            out.append(ch("MYANMAR SIGN VISARGA"))
            i += 1
        elif i < len(lw) and lw[i] == "q":
            out.append(ch("MYANMAR TONE MARK SGAW KAREN HATHI"))
            i += 1
        elif i < len(lw) and lw[i] == "x":
            out.append(ch("MYANMAR TONE MARK SGAW KAREN KE PHO"))
            i += 1
    return "".join(out)


# ------------------------------------------------------------------ Ethiopic (Gurage)
_ET_CONS = [("ch'", "CH"), ("t'", "TH"), ("p'", "PH"), ("k'", "Q"), ("sh", "SH"), ("ch", "C"), ("ny", "NY"),
            ("zh", "ZH"), ("ts", "TS"), ("h", "H"), ("l", "L"), ("m", "M"), ("r", "R"), ("s", "S"), ("q", "Q"),
            ("b", "B"), ("v", "V"), ("t", "T"), ("n", "N"), ("k", "K"), ("w", "W"), ("z", "Z"), ("y", "Y"),
            ("d", "D"), ("j", "J"), ("g", "G"), ("f", "F"), ("p", "P"), ("x", "X"), ("c", "C")]
_ET_VOW = {"ä": "A", "u": "U", "i": "I", "a": "AA", "e": "EE", "ə": "E", "o": "O"}


def _ethiopic_word(w):
    w = w.replace("ñ", "ny").replace("Ñ", "Ny")
    lw, out, i = w.lower(), [], 0
    while i < len(lw):
        cons = None
        for lat, name in _ET_CONS:
            if lw.startswith(lat, i):
                cons = name
                i += len(lat)
                if lw.startswith(lat, i):
                    cons = "GEM"          # gemination is not written: skip the first of two
                break
        if cons == "GEM":
            continue
        if cons is None and lw[i] == "'":
            cons = "GLOTTAL"
            i += 1
        vow = "E"
        if i < len(lw) and lw[i] in _ET_VOW:
            vow = _ET_VOW[lw[i]]
            i += 1
        elif cons is None:
            out.append(w[i])
            i += 1
            continue
        cons = cons or "GLOTTAL"
        try:
            out.append(ch("ETHIOPIC SYLLABLE %s %s" % (cons, vow) if cons == "GLOTTAL" else
                          "ETHIOPIC SYLLABLE %s%s" % (cons, vow)))
        except KeyError:
            out.append(ch("ETHIOPIC SYLLABLE %sE" % cons) if cons != "GLOTTAL" else "")
    return "".join(out)


# ------------------------------------------------------------------ Comorian in Arabic script (Ajami)
_AR_CONS = [("ndr", "\u0646\u062f\u0631"), ("dj", "\u062c"), ("sh", "\u0634"), ("ny", "\u0646\u064a"),
            ("ng", "\u06a0"), ("ts", "\u062a\u0633"), ("dz", "\u062f\u0632"), ("mb", "\u0645\u0628"),
            ("b", "\u0628"), ("p", "\u067e"), ("t", "\u062a"), ("d", "\u062f"), ("j", "\u062c"), ("s", "\u0633"),
            ("z", "\u0632"), ("f", "\u0641"), ("v", "\u06a4"), ("k", "\u0643"), ("g", "\u06af"), ("h", "\u0647"),
            ("l", "\u0644"), ("m", "\u0645"), ("n", "\u0646"), ("r", "\u0631"), ("w", "\u0648"), ("y", "\u064a"),
            ("c", "\u0643")]
_AR_SHORT = {"a": "\u064e", "i": "\u0650", "u": "\u064f", "e": "\u0650\u064a", "o": "\u064f\u0648"}
_AR_LONG = {"a": "\u0627", "i": "\u064a", "u": "\u0648", "e": "\u064a", "o": "\u0648"}


def _arabic_word(w):
    lw, out, i = w.lower(), [], 0
    while i < len(lw):
        c = lw[i]
        if c in _AR_SHORT:
            if i == 0:
                out.append("\u0627")
            elif lw[i - 1] in _AR_SHORT:
                out.append("\u064a" if lw[i - 1] in "ie" else "\u0648" if lw[i - 1] in "uo" else "\u0627")
            out.append(_AR_LONG[c] if i == len(lw) - 1 else _AR_SHORT[c])
            i += 1
            continue
        for lat, ar in _AR_CONS:
            if lw.startswith(lat, i):
                out.append(ar)
                i += len(lat)
                break
        else:
            out.append(w[i])
            i += 1
    return "".join(out)


# ------------------------------------------------------------------ Abkhaz Cyrillic -> Latin (romanised chat)
_AB_LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "ӷ": "ġ", "д": "d", "е": "e", "ж": "ž", "з": "z", "ӡ": "dz",
           "и": "i", "к": "k", "қ": "ḳ", "ҟ": "q'", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "ҧ": "ṗ",
           "р": "r", "с": "s", "т": "t", "ҭ": "ṭ", "у": "u", "ф": "f", "х": "x", "ҳ": "ḥ", "ц": "c", "ҵ": "c'",
           "ч": "č", "ҷ": "ǯ", "ҽ": "ĉ", "ҿ": "ĉ'", "ш": "š", "щ": "šč", "ы": "y", "ҩ": "ò", "џ": "ǯ", "ь": "'",
           "ә": "°", "ю": "ju", "я": "ja", "й": "j", "э": "e", "ё": "jo", "ъ": ""}


def abkhaz_latin(s):
    out = []
    for c in s:
        lo = c.lower()
        if lo in _AB_LAT:
            t = _AB_LAT[lo]
            out.append(t[:1].upper() + t[1:] if c != lo else t)
        else:
            out.append(c)
    return "".join(out)


# ------------------------------------------------------------------ driver
WORD_FN = {"hanifi": _hanifi_word, "taitham": _taitham_word, "yi": _yi_word, "karen": _karen_word,
           "ethiopic": _ethiopic_word, "arabic": _arabic_word}
PUNCT = {"hanifi": {",": "\u060c", "?": "\u061f"}, "arabic": {",": "\u060c", "?": "\u061f"},
         "ethiopic": {".": "\u1362", ",": "\u1363"}, "taitham": {".": "\u1aa8"}, "karen": {".": "\u104b", ",": "\u104a"},
         "yi": {".": "\ua4ff", ",": "\ua4fe"}}
_TOKEN = re.compile(r"(⟦[^⟧]*⟧|\{[^}]*\}|\ue000.*?\ue002)", re.S)
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*'?", re.U)


def strip_guards(s):
    return s.replace("⟦", "").replace("⟧", "")


def render(text, script):
    """Transliterate a romanised frame.  ⟦…⟧, {…} and marked values are kept."""
    if script in (None, "latin", "cyrillic"):
        return strip_guards(text)
    if script in ("fold", "yi-latin"):
        parts = _TOKEN.split(text)
        out = []
        for p in parts:
            if p.startswith("⟦"):
                out.append(p[1:-1])
            elif p.startswith("{") or p.startswith("\ue000"):
                out.append(p)
            elif script == "fold":
                out.append("".join(c for c in unicodedata.normalize("NFD", p) if not unicodedata.combining(c))
                           .replace("ŵ", "w").replace("Ŵ", "W"))
            else:
                out.append(re.sub(r"(?<=[a-z])-(?=[a-z])", "", p))
        return "".join(out)
    if script == "abkhaz-latin":
        parts = _TOKEN.split(text)
        return "".join(p[1:-1] if p.startswith("⟦") else p if (p.startswith("{") or p.startswith("\ue000"))
                       else abkhaz_latin(p) for i, p in enumerate(parts))
    fn, punct = WORD_FN[script], PUNCT.get(script, {})
    out = []
    for p in _TOKEN.split(text):
        if not p:
            continue
        if p.startswith("⟦"):
            out.append(p[1:-1])
        elif p.startswith("{") or p.startswith("\ue000"):
            out.append(p)
        else:
            seg = _WORD.sub(lambda m: fn(m.group(0) if script == "yi" else m.group(0).replace("-", "")), p)
            seg = "".join(punct.get(c, c) if (c in punct and (k + 1 == len(seg) or seg[k + 1] in " \n"))
                          else c for k, c in enumerate(seg))
            out.append(seg)
    return "".join(out)
