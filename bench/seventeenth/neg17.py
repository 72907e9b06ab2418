"""Negative values: placeholders, references (by syntax), masked values, encrypted-at-rest blobs,
hashes, digests and identifiers that look random but are not credentials."""
from vals17 import (ALNUM, B64U, DIG, HEX, LO, UP, apr1, argon2, b64, bcrypt, git_sha, hexs, imei, md5_pg,
                    mongo_id, mysql_native, pbkdf2_django, rs, scram, sha256hex, sha512crypt, sri, ulid, uuid4,
                    yescrypt)

PLACEHOLDERS = ["changeme", "<password>", "<your-api-key>", "xxxxxxxxxxxx", "REPLACE_ME", "TODO-set-me",
                "your-token-here", "<redacted>", "[REDACTED]", "PLACEHOLDER", "insert-key-here", "__SECRET__",
                "@@DB_PASSWORD@@", "#{DbPassword}", "%%API_KEY%%", "dummy", "not-set", "<fill in>", "<token>",
                "CHANGE_ME_BEFORE_PROD", "example-secret-do-not-use", "********", "...", "<secret>", "?????",
                "ask-ops", "see 1Password", "TBD", "<paste here>", "xxx-xxx-xxx", "0000000000000000"]


def placeholder(r, avoid=()):
    while True:
        p = r.choice(PLACEHOLDERS)
        if p not in avoid:
            return p


def ref(r, name, style=None):
    """A reference to a secret stored elsewhere, in one of many native syntaxes."""
    low = name.lower()
    styles = {
        "sh": lambda: "${%s}" % name, "sh-req": lambda: "${%s:?%s is not set}" % (name, name),
        "sh-def": lambda: "${%s:-}" % name, "dollar": lambda: "$" + name, "azp": lambda: "$(%s)" % name,
        "cmd": lambda: "%%%s%%" % name, "helm": lambda: "{{ .Values.secrets.%s }}" % low.replace("_", ""),
        "jinja": lambda: "{{ vault_%s }}" % low, "gha": lambda: "${{ secrets.%s }}" % name,
        "py": lambda: "os.environ[\"%s\"]" % name, "pyget": lambda: "os.getenv(\"%s\")" % name,
        "node": lambda: "process.env.%s" % name, "java": lambda: "System.getenv(\"%s\")" % name,
        "ruby": lambda: "ENV.fetch(\"%s\")" % name, "php": lambda: "getenv('%s')" % name,
        "cs": lambda: "Environment.GetEnvironmentVariable(\"%s\")" % name, "go": lambda: "os.Getenv(\"%s\")" % name,
        "rust": lambda: "std::env::var(\"%s\")?" % name, "spring": lambda: "${%s}" % low.replace("_", "."),
        "op": lambda: "op://%s/%s/credential" % (r.choice(["Ops", "Infra", "Shared", "Prod"]), low.replace("_", "-")),
        "vault": lambda: "vault:secret/data/%s#%s" % (low.split("_")[0], low),
        "awssm": lambda: "arn:aws:secretsmanager:eu-west-1:%d:secret:%s-%s" % (r.randint(10 ** 11, 10 ** 12), low.replace("_", "/"), rs(r, 6)),
        "gcpsm": lambda: "projects/%d/secrets/%s/versions/latest" % (r.randint(10 ** 11, 10 ** 12), low.replace("_", "-")),
        "akv": lambda: "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (rs(r, 5, LO), low.replace("_", "-")),
        "file": lambda: "/run/secrets/%s" % low, "catfile": lambda: "$(cat /run/secrets/%s)" % low,
        "octo": lambda: "#{%s}" % name.title().replace("_", ""), "tf": lambda: "var.%s" % low,
        "k8s": lambda: "secretKeyRef: {name: %s, key: %s}" % (low.split("_")[0] + "-creds", low),
        "jenkins": lambda: "credentials('%s')" % low.replace("_", "-"), "drone": lambda: "from_secret: %s" % low,
        "sops": lambda: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, r.randint(9, 30)).rstrip("="), b64(r, 32).rstrip("="), b64(r, 16)),
        "jasypt": lambda: "ENC(%s)" % b64(r, 32), "cipher": lambda: "{cipher}" + hexs(r, 96),
        "systemd": lambda: "%%d/%s" % low, "docker": lambda: "/run/secrets/%s" % low,
    }
    style = style or r.choice(sorted(styles))
    return styles[style]()


def masked(r, v=None):
    forms = ["********", "•••••••••", "[MASKED]", "<hidden>", "(redacted)", "***REDACTED***", "xxxxxxxx"]
    if v and len(v) > 12 and r.random() < 0.5:
        return v[:4] + "*" * 12 + v[-4:] if r.random() < 0.5 else "*" * 8 + v[-4:]
    return r.choice(forms)


HASHERS = {"bcrypt": bcrypt, "sha512crypt": sha512crypt, "yescrypt": yescrypt, "apr1": apr1, "argon2": argon2,
           "pbkdf2-django": pbkdf2_django, "scram": scram, "mysql-native": mysql_native, "md5-pg": md5_pg}


def pw_hash(r, kind=None):
    kind = kind or r.choice(sorted(HASHERS))
    return HASHERS[kind](r), "hash-" + kind


def ident(r, kind):
    return {
        "uuid": lambda: uuid4(r), "git-sha": lambda: git_sha(r), "git-short": lambda: git_sha(r, r.choice([7, 8, 10])),
        "sha256": lambda: sha256hex(r), "sha1": lambda: hexs(r, 40), "md5": lambda: hexs(r, 32), "sri": lambda: sri(r),
        "docker-digest": lambda: "sha256:" + sha256hex(r), "request-id": lambda: "req_" + rs(r, 24),
        "trace-id": lambda: hexs(r, 32), "span-id": lambda: hexs(r, 16), "ulid": lambda: ulid(r),
        "mongo-id": lambda: mongo_id(r), "imei": lambda: imei(r), "build-id": lambda: "%d-%s" % (r.randint(1000, 99999), hexs(r, 8)),
        "session-id": lambda: rs(r, 32, LO + DIG), "etag": lambda: "W/\"%s\"" % hexs(r, 32),
        "stripe-object": lambda: r.choice(["ch_", "pi_", "cus_", "in_", "sub_"]) + rs(r, 24),
        "aws-request": lambda: rs(r, 16, UP + DIG), "k8s-uid": lambda: uuid4(r),
        "cloudfront-id": lambda: rs(r, 14, UP + DIG), "azure-corr": lambda: uuid4(r),
        "otel-traceparent": lambda: "00-%s-%s-01" % (hexs(r, 32), hexs(r, 16)),
        "nonce": lambda: b64(r, 16), "csp-nonce": lambda: "'nonce-%s'" % b64(r, 16),
        "ksuid": lambda: rs(r, 27), "snowflake": lambda: str(r.randint(10 ** 17, 9 * 10 ** 17)),
    }[kind]()


IDENT_KINDS = ["uuid", "git-sha", "git-short", "sha256", "sha1", "md5", "sri", "docker-digest", "request-id",
               "trace-id", "span-id", "ulid", "mongo-id", "build-id", "session-id", "etag", "stripe-object",
               "aws-request", "k8s-uid", "otel-traceparent", "ksuid", "snowflake"]

I18N = {
    "en": ["Forgot your password?", "Password must be at least 12 characters", "Enter the API key shown in Settings",
           "Your session token has expired", "Secret key (leave blank to keep the current one)"],
    "de": ["Passwort vergessen?", "Das Passwort muss mindestens 12 Zeichen lang sein", "API-Schlüssel eingeben",
           "Ihr Sitzungstoken ist abgelaufen", "Geheimer Schlüssel (leer lassen, um ihn beizubehalten)"],
    "fr": ["Mot de passe oublié ?", "Le mot de passe doit contenir au moins 12 caractères", "Saisissez la clé API",
           "Votre jeton de session a expiré", "Clé secrète (laisser vide pour conserver l'actuelle)"],
    "es": ["¿Olvidaste tu contraseña?", "La contraseña debe tener al menos 12 caracteres", "Introduce la clave de API",
           "Tu token de sesión ha caducado", "Clave secreta (déjala vacía para mantener la actual)"],
    "nl": ["Wachtwoord vergeten?", "Het wachtwoord moet minimaal 12 tekens lang zijn", "Voer de API-sleutel in",
           "Je sessietoken is verlopen", "Geheime sleutel (leeg laten om de huidige te behouden)"],
    "pt": ["Esqueceu a senha?", "A senha deve ter pelo menos 12 caracteres", "Insira a chave de API",
           "O seu token de sessão expirou", "Chave secreta (deixe em branco para manter a atual)"],
    "pl": ["Nie pamiętasz hasła?", "Hasło musi mieć co najmniej 12 znaków", "Wprowadź klucz API",
           "Twój token sesji wygasł", "Klucz tajny (zostaw puste, aby zachować obecny)"],
    "sv": ["Glömt lösenordet?", "Lösenordet måste vara minst 12 tecken", "Ange API-nyckeln",
           "Din sessionstoken har gått ut", "Hemlig nyckel (lämna tomt för att behålla)"],
    "it": ["Password dimenticata?", "La password deve contenere almeno 12 caratteri", "Inserisci la chiave API",
           "Il token di sessione è scaduto", "Chiave segreta (lascia vuoto per mantenere quella attuale)"],
}

PROSE = [
    "Passwords are never stored in this repo; ask the on-call lead for access.",
    "The API key was rotated after the audit; the new one lives in the vault.",
    "Do not paste credentials in this channel, use the password manager share instead.",
    "Token revoked on Monday, nothing to do here.",
    "Service account password is managed by the PAM tool and changes every 24 h.",
    "If the webhook secret ever leaks, regenerate it in the provider console and update the vault entry.",
    "Use a passphrase of at least four words for the break-glass account.",
    "Credentials for the vendor portal are in the shared vault under the site name.",
]
