"""Free-text phrasing: how people hand over credentials, per language."""

PW = {
    "en": ["pw for {what} is {v}", "the password for {what} is {v} - please don't forward this",
           "{what}: user {user}, password {v}", "creds for {what} -> {user} / {v}",
           "use {v} to log in to {what}, I'll rotate it after the audit", "new password for {what} is `{v}`",
           "password was reset to {v} (temporary, change at first login)",
           "try {v}, that's what the installer set on {what}", "login: {user}  pass: {v}",
           "{what} admin is {user} and the pass is {v}", "I've set {what} to {v} for now",
           "ok so for {what} it's {user} and {v} (case sensitive!)", "Password: **{v}**",
           "fyi {what} password changed to {v} after the incident"],
    "de": ["Das Passwort für {what} ist {v}", "Zugang {what}: {user} / {v}", "PW lautet {v}, bitte nach dem Login ändern",
           "Kennwort für {what}: {v}", "hab das Passwort von {what} auf {v} gesetzt"],
    "fr": ["le mot de passe de {what} est {v}", "identifiants {what} : {user} / {v}",
           "mdp : {v} (à changer après la première connexion)", "j'ai remis le mot de passe de {what} à {v}"],
    "es": ["la contraseña de {what} es {v}", "usuario {user}, clave {v}", "te paso la contraseña de {what}: {v}",
           "he cambiado la clave de {what} a {v}"],
    "nl": ["het wachtwoord van {what} is {v}", "inlog {what}: {user} / {v}", "ww is {v}, graag na inloggen wijzigen"],
    "it": ["la password di {what} è {v}", "credenziali {what}: {user} / {v}", "ho impostato la password a {v}"],
    "pt": ["a senha do {what} é {v}", "usuário {user} senha {v}", "troquei a senha do {what} para {v}"],
    "pl": ["hasło do {what} to {v}", "login {user}, hasło {v}", "zmieniłem hasło do {what} na {v}"],
    "sv": ["lösenordet till {what} är {v}", "inlogg {what}: {user} / {v}", "nytt lösenord för {what}: {v}"],
    "ja": ["{what}のパスワードは {v} です", "ユーザー {user} / パスワード {v}", "{what} の新しいパスワード: {v}"],
}

TOKEN = {
    "en": ["the {vendor} token for {what} is {v}", "{vendor} key: {v}",
           "I generated a new {vendor} token, {v}, expires in 90 days", "use this for the CI job: {v}",
           "here's the {vendor} API key we got from the vendor {v} - only for staging please",
           "export {env}={v}", "swap the old key for {v} in the deploy config"],
    "de": ["Der {vendor}-Token für {what} ist {v}", "neuer {vendor} API-Key: {v}", "Token für {what}: {v}"],
    "fr": ["le jeton {vendor} pour {what} : {v}", "nouvelle clé {vendor} : {v}"],
    "es": ["el token de {vendor} para {what} es {v}", "nueva clave de {vendor}: {v}"],
    "nl": ["de {vendor}-token voor {what} is {v}", "nieuwe {vendor} key: {v}"],
    "it": ["il token {vendor} per {what} è {v}", "nuova chiave {vendor}: {v}"],
    "pt": ["o token do {vendor} para {what} é {v}", "nova chave {vendor}: {v}"],
    "pl": ["token {vendor} do {what} to {v}", "nowy klucz {vendor}: {v}"],
    "sv": ["{vendor}-token för {what}: {v}", "ny {vendor}-nyckel: {v}"],
    "ja": ["{vendor} のトークンは {v} です", "{what} 用の {vendor} キー: {v}"],
}

ASK = {
    "en": ["what's the password for {what}?", "anyone have the login for {what}?", "can someone send me the {what} creds?",
           "does anyone know the pw for {what}"],
    "de": ["Wie lautet das Passwort für {what}?", "Hat jemand den Zugang für {what}?"],
    "fr": ["c'est quoi le mot de passe de {what} ?", "quelqu'un a les identifiants de {what} ?"],
    "es": ["¿cuál es la contraseña de {what}?", "¿alguien tiene el acceso de {what}?"],
    "nl": ["wat is het wachtwoord van {what}?", "heeft iemand de inlog van {what}?"],
    "it": ["qual è la password di {what}?"], "pt": ["qual é a senha do {what}?"], "pl": ["jakie jest hasło do {what}?"],
    "sv": ["vad är lösenordet till {what}?"], "ja": ["{what}のパスワードを教えてください"],
}

ANSWER_PREFIX = {"en": ["", "", "it's ", "here: ", "-> "], "de": ["", "ist "], "fr": ["", "c'est "], "es": ["", "es "],
                 "nl": ["", "is "], "it": [""], "pt": [""], "pl": [""], "sv": [""], "ja": [""]}

NEG = {
    "en": ["password is in the vault under {ref}", "ask {person} for the password, it's not written down anywhere",
           "don't paste creds here please, use {ref}", "token was revoked, new one is in {ref}",
           "reset link sent to {email}, no password in chat"],
    "de": ["Passwort liegt im Tresor unter {ref}", "Zugangsdaten bitte nicht hier posten, siehe {ref}"],
    "fr": ["le mot de passe est dans le coffre : {ref}", "merci de ne pas coller de secrets ici, voir {ref}"],
    "es": ["la contraseña está en el vault: {ref}", "no pongáis claves aquí, usad {ref}"],
    "nl": ["wachtwoord staat in de kluis onder {ref}"], "it": ["la password è nel vault: {ref}"],
    "pt": ["a senha está no cofre: {ref}"], "pl": ["hasło jest w sejfie: {ref}"], "sv": ["lösenordet finns i valvet: {ref}"],
    "ja": ["パスワードは {ref} にあります"],
}

CHATTER = {
    "en": ["morning all", "thanks!", "cheers", "on it", "👍", "works now", "can you check the logs?", "brb, coffee",
           "that fixed it", "I'll update the runbook", "who's on call this weekend?", "ok deploying now"],
    "de": ["Moin", "danke!", "passt", "läuft wieder", "bin dran", "schau ich mir an"],
    "fr": ["salut", "merci !", "ça marche", "je regarde", "c'est bon"],
    "es": ["buenas", "¡gracias!", "ya funciona", "lo miro ahora"],
    "nl": ["goedemorgen", "dank!", "werkt weer", "ik kijk even"], "it": ["ciao", "grazie!", "funziona"],
    "pt": ["bom dia", "valeu!", "funcionou"], "pl": ["cześć", "dzięki!", "działa"], "sv": ["hej", "tack!", "funkar nu"],
    "ja": ["おはようございます", "ありがとう！", "直りました"],
}


def pick(c, table, lang):
    return c.choice(table.get(lang) or table["en"])
