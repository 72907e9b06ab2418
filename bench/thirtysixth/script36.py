"""Mechanical transliterators from the romanisations used in lang36*.py into native scripts, and
native digit sets. Text inside [brackets] is kept in Latin letters (technical words, names)."""
import re
import unicodedata

_L = unicodedata.lookup

DIGITS = {
    "latin": "0123456789",
    "chakma": "".join(chr(0x11136 + i) for i in range(10)),
    "limbu": "".join(chr(0x1946 + i) for i in range(10)),
    "urdu": "".join(chr(0x06F0 + i) for i in range(10)),
    "fullwidth": "".join(chr(0xFF10 + i) for i in range(10)),
}


def digits(s, system):
    if system == "latin":
        return s
    d = DIGITS[system]
    return "".join(d[int(c)] if c.isdigit() and c in "0123456789" else c for c in s)


def _segments(text):
    """Split into (latin_kept, chunk) segments: [..] kept verbatim (brackets removed)."""
    out = []
    for m in re.finditer(r"\[([^\]]*)\]|(\{[^}]*\})|([^\[{]+)", text):
        if m.group(1) is not None:
            out.append((True, m.group(1)))
        elif m.group(2) is not None:
            out.append((True, m.group(2)))
        else:
            out.append((False, m.group(3)))
    return out


def _apply(text, word_fn, punct=None):
    res = []
    for keep, chunk in _segments(text):
        if keep:
            res.append(chunk)
            continue
        parts = re.split(r"([A-Za-zÀ-ɏðÐ'ʼ\u0300-\u036f]+)", chunk)
        for i, p in enumerate(parts):
            if i % 2 == 1:
                res.append(word_fn(p))
            else:
                if punct:
                    for a, b in punct:
                        p = p.replace(a, b)
                res.append(p)
    return "".join(res)


def _tokenise(word, cons, vowels):
    w = word.lower()
    toks = []
    i = 0
    cl = sorted(cons, key=len, reverse=True)
    vl = sorted(vowels, key=len, reverse=True)
    while i < len(w):
        for c in cl:
            if w.startswith(c, i):
                toks.append(("C", c))
                i += len(c)
                break
        else:
            for v in vl:
                if w.startswith(v, i):
                    toks.append(("V", v))
                    i += len(v)
                    break
            else:
                toks.append(("X", w[i]))
                i += 1
    return toks


# ---------------------------------------------------------------- Chakma
_CK = {"k": 0x11107, "kh": 0x11108, "g": 0x11109, "gh": 0x1110A, "ng": 0x1110B, "c": 0x1110C, "ch": 0x1110C,
       "chh": 0x1110D, "j": 0x1110E, "jh": 0x1110F, "ny": 0x11110, "t": 0x11116, "th": 0x11117, "d": 0x11118,
       "dh": 0x11119, "n": 0x1111A, "p": 0x1111B, "ph": 0x1111C, "f": 0x1111C, "b": 0x1111D, "bh": 0x1111E,
       "m": 0x1111F, "y": 0x11121, "r": 0x11122, "l": 0x11123, "w": 0x11124, "v": 0x11124, "s": 0x11125,
       "sh": 0x11125, "h": 0x11126, "z": 0x1110E}
_CKV = {"a": None, "aa": None, "i": 0x11128, "ii": 0x11129, "ee": 0x11129, "u": 0x1112A, "uu": 0x1112B,
        "e": 0x1112C, "ai": 0x1112D, "o": 0x1112E, "au": 0x1112F, "ou": 0x1112F, "oi": 0x11130}
_CKI = {"a": "\U00011103", "aa": "\U00011103", "i": "\U00011104", "ii": "\U00011104", "u": "\U00011105",
        "uu": "\U00011105", "e": "\U00011106"}


def _chakma_word(w):
    toks = _tokenise(w, _CK, _CKV)
    out = ""
    for i, (t, v) in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "C":
            out += chr(_CK[v])
            if not nxt or nxt[0] != "V":
                out += "\U00011134"
        elif t == "V":
            prev = toks[i - 1] if i else None
            if prev and prev[0] == "C":
                if _CKV[v]:
                    out += chr(_CKV[v])
            else:
                out += _CKI.get(v) or ("\U00011103" + (chr(_CKV[v]) if _CKV[v] else ""))
        else:
            out += v
    return out


def chakma(text):
    return _apply(text, _chakma_word, [(". ", "\U00011141 "), ("?", "\U00011143")])


# ---------------------------------------------------------------- Limbu
_LB = {"k": 0x1901, "kh": 0x1902, "g": 0x1903, "gh": 0x1904, "ng": 0x1905, "c": 0x1906, "ch": 0x1906,
       "chh": 0x1907, "j": 0x1908, "jh": 0x1909, "t": 0x190B, "th": 0x190C, "d": 0x190D, "dh": 0x190E,
       "n": 0x190F, "p": 0x1910, "ph": 0x1911, "f": 0x1911, "b": 0x1912, "bh": 0x1913, "m": 0x1914, "y": 0x1915,
       "r": 0x1916, "l": 0x1917, "w": 0x1918, "v": 0x1918, "sh": 0x1919, "s": 0x191B, "h": 0x191C, "z": 0x1908}
_LBV = {"a": 0x1920, "aa": 0x1920, "i": 0x1921, "ii": 0x1921, "u": 0x1922, "uu": 0x1922, "ee": 0x1923,
        "ai": 0x1924, "oo": 0x1925, "au": 0x1926, "e": 0x1927, "o": None}
_LBF = {"k": 0x1930, "ng": 0x1931, "t": 0x1933, "n": 0x1934, "m": 0x1935, "r": 0x1936, "l": 0x1937, "p": 0x1938}
_LBSUB = {"y": 0x1929, "r": 0x192A, "w": 0x192B}


def _limbu_word(w):
    toks = _tokenise(w, _LB, _LBV)
    out = ""
    i = 0
    while i < len(toks):
        t, v = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "C":
            prev = toks[i - 1] if i else None
            if prev and prev[0] == "C" and v in _LBSUB and out:
                out += chr(_LBSUB[v])
            elif (not nxt or nxt[0] != "V") and v in _LBF and prev and prev[0] == "V":
                out += chr(_LBF[v])
            else:
                out += chr(_LB[v])
        elif t == "V":
            prev = toks[i - 1] if i else None
            if not (prev and prev[0] == "C"):
                out += "\u1900"
            if _LBV[v]:
                out += chr(_LBV[v])
        elif v in "'ʼ":
            out += "\u1939"
        elif v == ":":
            out += "\u193A"
        else:
            out += v
        i += 1
    return out


def limbu(text):
    return _apply(text, _limbu_word, [("?", "\u1945"), ("!", "\u1944"), (". ", "\u0964 ")])


# ---------------------------------------------------------------- Buginese (Lontara)
_BG = {"k": 0x1A00, "g": 0x1A01, "ng": 0x1A02, "ngk": 0x1A03, "p": 0x1A04, "b": 0x1A05, "m": 0x1A06,
       "mp": 0x1A07, "t": 0x1A08, "d": 0x1A09, "n": 0x1A0A, "nr": 0x1A0B, "c": 0x1A0C, "j": 0x1A0D, "ny": 0x1A0E,
       "nc": 0x1A0F, "y": 0x1A10, "r": 0x1A11, "l": 0x1A12, "w": 0x1A13, "s": 0x1A14, "h": 0x1A16, "f": 0x1A04,
       "v": 0x1A13, "z": 0x1A0D}
_BGV = {"a": None, "i": 0x1A17, "u": 0x1A18, "é": 0x1A19, "o": 0x1A1A, "e": 0x1A1B}


def _bugis_word(w):
    toks = _tokenise(w, _BG, _BGV)
    out = ""
    for i, (t, v) in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "C":
            if nxt and nxt[0] == "V":
                out += chr(_BG[v])
            # final or cluster-first consonants are not written in Lontara
        elif t == "V":
            prev = toks[i - 1] if i else None
            if not (prev and prev[0] == "C"):
                out += "\u1A15"
            if _BGV[v]:
                out += chr(_BGV[v])
        elif v in "'ʼ":
            pass
        else:
            out += v
    return out


def lontara(text):
    return _apply(text, _bugis_word, [(". ", "\u1A1E "), ("? ", "\u1A1E "), (",", "\u1A1E")])


# ---------------------------------------------------------------- Osage
_OS = ["a", "ai", "ą", "ah", "br", "ch", "hch", "e", "ę", "h", "hy", "i", "k", "hk", "ky", "l", "m", "n", "o",
       "ǫ", "p", "hp", "s", "sh", "t", "ht", "ts", "hts", "tsh", "dh", "u", "w", "x", "gh", "z", "zh"]
_OSC = {k: i for i, k in enumerate(_OS)}


def _osage_word(w):
    w = unicodedata.normalize("NFD", w).replace("\u00f0", "dh").replace("\u00d0", "Dh")
    w = w.replace("a\u0328", "\u0105").replace("e\u0328", "\u0119").replace("o\u0328", "\u01eb")
    w = w.replace("A\u0328", "\u0104").replace("E\u0328", "\u0118").replace("O\u0328", "\u01ea")
    low = w.lower()
    keys = sorted(_OS, key=len, reverse=True)
    out = ""
    i = 0
    first = True
    while i < len(low):
        for k in keys:
            if low.startswith(k, i):
                cap = first and w[i].isupper()
                out += chr((0x104B0 if cap else 0x104D8) + _OSC[k])
                i += len(k)
                break
        else:
            c = w[i]
            out += "\u02BC" if c in "'\u02bc" else c
            i += 1
        first = False
    return unicodedata.normalize("NFC", out)


def osage(text):
    return _apply(text, _osage_word)


# ---------------------------------------------------------------- Georgian (Mingrelian)
_KA = {"a": "ა", "b": "ბ", "g": "გ", "d": "დ", "e": "ე", "v": "ვ", "z": "ზ", "t": "თ", "i": "ი", "k'": "კ",
       "l": "ლ", "m": "მ", "n": "ნ", "o": "ო", "p'": "პ", "zh": "ჟ", "r": "რ", "s": "ს", "t'": "ტ", "u": "უ",
       "p": "ფ", "k": "ქ", "gh": "ღ", "q'": "ყ", "sh": "შ", "ch": "ჩ", "ts": "ც", "dz": "ძ", "ts'": "წ",
       "ch'": "ჭ", "kh": "ხ", "j": "ჯ", "h": "ჰ", "ə": "ჷ", "y": "ჲ", "q": "ყ"}


def _ka_word(w):
    low = w.lower()
    keys = sorted(_KA, key=len, reverse=True)
    out = ""
    i = 0
    while i < len(low):
        for k in keys:
            if low.startswith(k, i):
                out += _KA[k]
                i += len(k)
                break
        else:
            out += low[i]
            i += 1
    return out


def georgian(text):
    res = []
    for keep, chunk in _segments(text):
        if keep:
            res.append(chunk)
        else:
            res.append(re.sub(r"[A-Za-zəʼ']+", lambda m: _ka_word(m.group(0)), chunk))
    return "".join(res)


# ---------------------------------------------------------------- Ojibwe syllabics
_OJC = {"p": "P", "b": "P", "t": "T", "d": "T", "k": "K", "g": "K", "ch": "C", "j": "C", "m": "M", "n": "N",
        "s": "S", "z": "S", "sh": "SH", "zh": "SH", "y": "Y", "w": "W", "h": "H", "'": "Q"}
_OJV = ["aa", "ii", "oo", "a", "i", "o", "e"]
_OJF = {"P": "\u144A", "T": "\u141F", "K": "\u1420", "C": "\u1428", "M": "\u14BC", "N": "\u14D0", "S": "\u1422",
        "SH": "\u1525", "Y": "\u1429", "W": "\u1424", "H": "\u1426", "Q": "\u1426"}


def _syl(cons, vowel):
    name = "CANADIAN SYLLABICS " + (cons if cons not in ("", None) else "") + vowel.upper()
    return _L(name)


def _ojibwe_word(w):
    low = w.lower().replace("ʼ", "'")
    toks = _tokenise(low, _OJC, _OJV)
    out = ""
    i = 0
    while i < len(toks):
        t, v = toks[i]
        if t == "C":
            c = _OJC[v]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            # Cw + vowel: syllable plus the western w-dot
            if c not in ("W", "H", "Q") and nxt and nxt == ("C", "w") and i + 2 < len(toks) and toks[i + 2][0] == "V":
                out += _syl(c, toks[i + 2][1]) + "\u1427"
                i += 3
                continue
            if nxt and nxt[0] == "V" and c not in ("H", "Q"):
                out += _syl(c, nxt[1])
                i += 2
                continue
            out += _OJF[c]
        elif t == "V":
            out += _syl("", v)
        else:
            out += v
        i += 1
    return out


def syllabics(text):
    return _apply(text, _ojibwe_word)


TRANSLIT = {"chakma": chakma, "limbu": limbu, "lontara": lontara, "osage": osage, "georgian": georgian,
            "syllabics": syllabics}
