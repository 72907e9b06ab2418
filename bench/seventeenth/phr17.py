"""How people write credentials in free text. leak() returns messages [(role, text)], role 'a' asks and
'b' answers; a single-author renderer just joins the texts. {v} is the (already registered) value."""

WORD = {
    "password": {"en": ["password", "pw", "pwd", "passwd", "pass"], "de": ["Passwort", "Kennwort", "PW"],
                 "fr": ["mot de passe", "mdp"], "es": ["contraseña", "clave"], "nl": ["wachtwoord", "ww"],
                 "pt": ["senha", "palavra-passe"], "pl": ["hasło", "haslo"], "sv": ["lösenord", "lösen"],
                 "it": ["password", "pwd"]},
    "token": {"en": ["token", "api token", "access token"], "de": ["Token", "API-Token"], "fr": ["jeton", "token"],
              "es": ["token", "clave de API"], "nl": ["token", "API-sleutel"], "pt": ["token", "chave da API"],
              "pl": ["token", "klucz API"], "sv": ["token", "API-nyckel"], "it": ["token", "chiave API"]},
    "key": {"en": ["key", "api key", "secret key", "secret"], "de": ["Schlüssel", "Key"], "fr": ["clé", "clé secrète"],
            "es": ["clave", "llave"], "nl": ["sleutel", "key"], "pt": ["chave", "chave secreta"], "pl": ["klucz"],
            "sv": ["nyckel"], "it": ["chiave"]},
}
TYPOS = {"password": ["pasword", "passwrod", "pasword", "passowrd", "pssword"], "token": ["tokne", "toekn"],
         "key": ["kye"]}

EN = [
    [("a", "what's the {w} for {what}?"), ("b", "{v}")],
    [("a", "anyone have the {what} {w}? locked out again"), ("b", "{v}"), ("a", "ty!")],
    [("a", "can someone send me the {what} {w}"), ("b", "sure, here:\n{v}")],
    [("b", "{what} {w} is {v}")],
    [("b", "{w} for {what}: `{v}`")],
    [("b", "user {u} / pass {v}")],
    [("b", "login for {what} -> {u} / {v} (please don't share)")],
    [("b", "creds: {u}:{v}")],
    [("b", "I reset the {what} {w} to {v} for now, change it after first login")],
    [("b", "new {w} below\n{v}")],
    [("b", "{what} login\n  user: {u}\n  {w}: {v}")],
    [("a", "> what is the {w} for {what}\n{v}\nthat's the current one as of today")],
    [("b", "try {v} - if that doesn't work ping {name}")],
    [("b", "the {what} uses the service account ({v}), same as last year")],
    [("b", "{w} ({what}) = {v}")],
    [("a", "is the {what} {w} still the old one?"), ("b", "no, changed it yesterday"), ("b", "it's {v} now")],
    [("b", "fyi the {what} {w} expires friday, current one: {v}")],
    [("b", "copy/paste from the vendor mail: {v}")],
    [("b", "- host: {what}\n- user: {u}\n- {w}: {v}")],
    [("b", "| {what} | {u} | {v} |")],
    [("a", "{w}??"), ("b", "{v}"), ("b", "(case sensitive)")],
    [("b", "{what}\n{v}\n^ that's the {w}, username is {u}")],
    [("b", "use this one -> {v}")],
    [("b", "the {w} they gave us on site was \"{v}\"")],
    [("b", "set it to '{v}' on all of them so the techs remember it")],
    [("b", "{u} and {v} — same as the label on the back")],
    [("a", "what did you set the {what} {w} to?"), ("b", "{v} — without the quotes obv")],
    [("b", "if {name} asks: {what} {w} = {v}")],
]
LOCAL = {
    "de": [[("b", "{W} für {what}: {v}")], [("a", "Wie lautet das {W} für {what}?"), ("b", "{v}")],
           [("b", "Zugang {what}: Benutzer {u}, {W} {v}")], [("b", "Neues {W} ist {v} (bitte nach dem Login ändern)")]],
    "fr": [[("b", "le {W} du {what} c'est {v}")], [("a", "quelqu'un a le {W} pour {what} ?"), ("b", "{v}")],
           [("b", "identifiants {what} : {u} / {v}")], [("b", "nouveau {W} : {v} (à changer)")]],
    "es": [[("b", "la {W} de {what} es {v}")], [("a", "¿alguien tiene la {W} de {what}?"), ("b", "{v}")],
           [("b", "acceso {what}: usuario {u}, {W} {v}")], [("b", "te paso la {W}: {v}")]],
    "nl": [[("b", "{W} van {what} is {v}")], [("a", "weet iemand het {W} voor {what}?"), ("b", "{v}")],
           [("b", "inlog {what}: {u} / {v}")], [("b", "nieuw {W}: {v} (graag wijzigen)")]],
    "pt": [[("b", "a {W} do {what} é {v}")], [("a", "alguém tem a {W} do {what}?"), ("b", "{v}")],
           [("b", "acesso {what}: utilizador {u}, {W} {v}")], [("b", "{W} nova: {v}")]],
    "pl": [[("b", "{W} do {what}: {v}")], [("a", "ktoś ma {W} do {what}?"), ("b", "{v}")],
           [("b", "login {what}: {u} / {v}")], [("b", "nowe {W} to {v}")]],
    "sv": [[("b", "{W} till {what} är {v}")], [("a", "har någon {W} till {what}?"), ("b", "{v}")],
           [("b", "inloggning {what}: {u} / {v}")], [("b", "nytt {W}: {v}")]],
    "it": [[("b", "la {W} del {what} è {v}")], [("a", "qualcuno ha la {W} del {what}?"), ("b", "{v}")],
           [("b", "accesso {what}: utente {u}, {W} {v}")], [("b", "nuova {W}: {v}")]],
}
CORRECTION = [
    [("b", "{what} {w}: {n}"), ("b", "wait no, that's the client id. the secret is {v}")],
    [("b", "here you go {n}"), ("b", "ugh wrong clipboard, that's the build id. real one:\n{v}")],
    [("b", "{w} is in the vault now, entry id {n}"), ("b", "ok fine, for today only: {v}")],
]


def word(r, kind, lang):
    w = r.choice(WORD[kind].get(lang, WORD[kind]["en"]))
    if lang == "en" and r.random() < 0.12:
        w = r.choice(TYPOS[kind])
    return w


def leak(r, lang, what, v, kind="password", user="admin", name="Sam", neg=None, local_p=0.35):
    """Messages that leak value v (a sentinel). neg: optional negative sentinel placed on its own line."""
    if neg is not None:
        pat = r.choice(CORRECTION)
        lang = "en"
    elif lang != "en" and lang in LOCAL and r.random() < local_p:
        pat = r.choice([p for p in LOCAL[lang] if user or "{u}" not in "".join(x[1] for x in p)])
    else:
        pat = r.choice([p for p in EN if user or "{u}" not in "".join(x[1] for x in p)])
        lang = "en"
    w = word(r, kind, lang)
    out = []
    for role, t in pat:
        out.append((role, t.format(w=w, W=w, what=what, v=v, u=user, name=name, n=neg)))
    return out


def flat(msgs):
    return "\n".join(t for _, t in msgs)


CHATTER = {
    "en": ["morning all", "anyone around?", "on it", "thx", "👍", "lunch?", "brb", "ok done", "will check after the call",
           "can we move this to the ticket", "ack", "who's on call tonight?", "the vendor is late again", "np",
           "reboot fixed it", "logging off, back tomorrow", "did the backup run?", "yes green", "lol"],
    "de": ["Moin", "bin dran", "danke!", "passt", "kurz in der Mittagspause", "erledigt", "wer hat heute Rufbereitschaft?"],
    "fr": ["salut", "je regarde", "merci", "ok c'est bon", "je reviens dans 5 min", "c'est réglé"],
    "es": ["buenas", "lo miro", "gracias", "listo", "vuelvo en 5", "ya funciona"],
    "nl": ["goeiemorgen", "ik kijk even", "top, bedankt", "klaar", "ben zo terug"],
    "pt": ["bom dia", "vou ver", "obrigado", "feito", "já volto"],
    "pl": ["cześć", "sprawdzam", "dzięki", "zrobione", "zaraz wracam"],
    "sv": ["hej", "kollar", "tack", "klart", "strax tillbaka"],
    "it": ["ciao", "controllo", "grazie", "fatto", "torno subito"],
}


def chatter(r, lang):
    pool = CHATTER["en"] + (CHATTER.get(lang, []) * 2 if lang != "en" else [])
    return r.choice(pool)
