"""Language runtime: rendering romanised frames in each script, native values (thirty-eighth corpus)."""
import re

import script38 as S
from lang38a import CBK, DGO, KHB, MAS, TAY
from lang38b import BRH, EKY, ENG, GRT, LEZ, PDT

LANGS = {L["code"]: L for L in (DGO, KHB, CBK, TAY, MAS, LEZ, BRH, EKY, PDT, GRT, ENG)}
for _L in LANGS.values():
    _L["frame_list"] = [tuple(line.split("|", 1)) for line in _L["frames"].strip().splitlines()]
    assert len(_L["frame_list"]) >= 40, (_L["code"], len(_L["frame_list"]))

LATIN_FOLD = {"\u00b7": "'", "\u00e4": "a", "\u00f6": "o", "\u00fc": "u", "\u00e9": "e", "\u00f1": "n", "\u00e1": "a",
              "\u00ed": "i", "\u00f3": "o", "\u00fa": "u"}


def _rom_display(L, text):
    s = L["script"]
    if s == "devanagari":
        text = re.sub(r"(?<=[a-z])_(?=[a-zA-Z])", "", text)
        text = re.sub(r"(?<=[a-z])M", "n", text)
        return re.sub(r"\b([a-z]*)([TDN])", lambda m: m.group(0).lower(), text)
    if s in ("taile", "kayahli"):
        return re.sub(r"(?<=[a-z])[12]", "", text)
    if s == "arabic":
        return re.sub(r"(?<=[a-z])([TDRN])", lambda m: m.group(1).lower(), text.replace("_", ""))
    return text


def render(L, text, mode):
    """Render romanised text with ⟦…⟧ protection and {placeholders} kept for later substitution."""
    s = L["script"]
    if mode == "rom" or s == "latin":
        out = S._protected_map(text, lambda t: _rom_display(L, t))
        if mode == "fold":
            out = S.fold(out, LATIN_FOLD)
        return out
    if s == "devanagari":
        return (S.TAKRI if mode == "alt" else S.DEVANAGARI)(text)
    if s == "taile":
        return S.tailue(text)
    if s == "kayahli":
        return S.kayahli(text)
    if s == "arabic":
        return S.urdu_script(text)
    if s == "cyrillic":
        return S.lezgi_cyr(text)
    raise ValueError(s)


def digits_system(L, mode):
    if mode in ("rom", "fold"):
        return "ascii"
    if L["code"] == "dgo" and mode == "alt":
        return "takri"
    return L["digits"]


def native_word(L, theme, r, mode):
    w = r.choice(theme["native"])
    if L["script"] == "latin" or mode in ("rom", "fold"):
        return _rom_display(L, w).replace("-", "").replace("'", "")
    return render(L, w, mode).replace(" ", "")


def native_password(L, theme, r, mode):
    w = native_word(L, theme, r, mode)
    num = S.native_digits(str(r.randrange(100, 9999)), digits_system(L, mode))
    return w + num + r.choice("!#@*")


def pick_mode(L, r):
    x = r.random()
    if x < L.get("rom_share", 0):
        return "rom"
    if x < L.get("rom_share", 0) + L.get("alt_share", 0):
        return "alt"
    if r.random() < L.get("fold_share", 0):
        return "fold"
    return "native"


def fill(template, **kw):
    return re.sub(r"\{([a-z_]+)\}", lambda m: kw[m.group(1)] if m.group(1) in kw else m.group(0), template)
