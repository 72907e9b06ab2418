"""Hard negatives: placeholders, masked values, references, encrypted blobs, hashes, identifiers, i18n."""
import base64

import vals19 as V

PLACEHOLDERS = ["changeme", "<your-token>", "xxxxxxxxxxxx", "REPLACE_ME", "TODO-set-in-prod", "your_api_key_here",
                "<password>", "%DB_PASSWORD%", "@@SECRET@@", "__FILL_ME_IN__", "dummy-not-used", "example-secret",
                "CHANGE_ME_BEFORE_DEPLOY", "<insert-password-here>", "not-set", "tbd", "[REDACTED]", "<redacted>",
                "please-change", "secret", "password", "s3cr3t-placeholder", "0000000000000000", "insert_key",
                "<API_KEY>", "YOUR-CLIENT-SECRET", "fill-me", "<<vault>>", "${SECRET}", "***",
                "ask-ops-for-this", "set-via-ci", "none", "null", "-"]
MASKED = ["********", "••••••••", "****************", "sk_live_••••••••••••3f9a", "xoxb-****-****-****",
          "ghp_****************************", "<hidden>", "•••• (rotated)", "*****REDACTED*****", "AKIA************WXYZ",
          "pa$$****", "hvs.****************"]


def placeholder(c):
    return c.choice(PLACEHOLDERS)


def masked(c):
    return c.choice(MASKED)


def env_name(name):
    return name.upper().replace("-", "_").replace(".", "_")


def reference(c, name, style=None):
    """A reference to a secret stored elsewhere, in one of many syntaxes."""
    n = env_name(name)
    lo = name.lower().replace("_", "-")
    styles = {
        "shell": "${%s}" % n,
        "shell-default": "${%s:?must be set}" % n,
        "gha": "${{ secrets.%s }}" % n,
        "helm": "{{ .Values.secrets.%s }}" % lo.replace("-", ""),
        "jinja": "{{ vault_%s }}" % lo.replace("-", "_"),
        "vault-path": "vault:secret/data/%s/%s#%s" % (c.slug, lo, "value"),
        "aws-sm-arn": "arn:aws:secretsmanager:eu-west-1:%d:secret:%s/%s-%s" % (
            c.randint(10 ** 11, 10 ** 12 - 1), c.slug, lo, V.alnum(c.rng, 6)),
        "gcp-sm": "projects/%d/secrets/%s/versions/latest" % (c.randint(10 ** 11, 10 ** 12 - 1), lo),
        "op": "op://%s/%s/password" % (c.slug.split("-")[0].capitalize() + "-Ops", lo),
        "keyvault": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (c.slug[:12], lo),
        "ssm": "${ssm:/%s/prod/%s}" % (c.slug, lo),
        "cfn-resolve": "{{resolve:secretsmanager:%s/%s:SecretString:password}}" % (c.slug, lo),
        "k8s-file": "/run/secrets/%s" % lo,
        "spring": "${%s}" % lo.replace("-", "."),
        "omegaconf": "${oc.env:%s}" % n,
        "sops-file": "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            V.b64s(c.rng, 12), V.b64s(c.rng, 24), V.b64s(c.rng, 16)),
        "jasypt": "ENC(%s)" % V.b64s(c.rng, 32),
        "cipher": "{cipher}%s" % V.hexs(c.rng, 64),
        "dollar-brace-env": "${env:%s}" % n,
        "percent-env": "%%env(%s)%%" % n,
    }
    if style is None:
        style = c.choice(sorted(styles))
    return styles[style]


# encrypted-at-rest values (their keys live elsewhere)
def ansible_vault_lines(c, indent=""):
    body = V.hexs(c.rng, 80 * 5)
    lines = [indent + "$ANSIBLE_VAULT;1.1;AES256"] + [indent + body[i:i + 80] for i in range(0, len(body), 80)]
    return lines


def appveyor_secure(c):
    return V.b64s(c.rng, 48)


def rdp_blob(c):
    return "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + V.hexs(c.rng, 200).upper()


def mremoteng_blob(c):
    return V.b64s(c.rng, 48)


# hashes
HASHERS = {
    "password-hash-bcrypt": V.bcrypt_hash,
    "password-hash-argon2": V.argon2_hash,
    "password-hash-sha512crypt": V.sha512crypt,
    "password-hash-yescrypt": V.yescrypt,
    "password-hash-pbkdf2": V.pbkdf2_django,
    "password-hash-scram": V.scram,
}


def pw_hash(c, cat=None):
    cat = cat or c.choice(sorted(HASHERS))
    return cat, HASHERS[cat](c.rng)


# i18n: the word "password" and a prompt, per language
I18N = {
    "en": ("Password", "Enter your password", "Forgot your password?", "Password must be at least 12 characters"),
    "de": ("Passwort", "Bitte Passwort eingeben", "Passwort vergessen?", "Das Passwort muss mindestens 12 Zeichen haben"),
    "fr": ("Mot de passe", "Saisissez votre mot de passe", "Mot de passe oublié ?", "Le mot de passe doit contenir au moins 12 caractères"),
    "es": ("Contraseña", "Introduce tu contraseña", "¿Olvidaste tu contraseña?", "La contraseña debe tener al menos 12 caracteres"),
    "it": ("Password", "Inserisci la password", "Password dimenticata?", "La password deve contenere almeno 12 caratteri"),
    "pt": ("Senha", "Introduza a sua senha", "Esqueceu a senha?", "A senha deve ter pelo menos 12 caracteres"),
    "nl": ("Wachtwoord", "Voer je wachtwoord in", "Wachtwoord vergeten?", "Het wachtwoord moet minstens 12 tekens bevatten"),
    "pl": ("Hasło", "Wpisz hasło", "Nie pamiętasz hasła?", "Hasło musi mieć co najmniej 12 znaków"),
    "sv": ("Lösenord", "Ange ditt lösenord", "Glömt lösenordet?", "Lösenordet måste vara minst 12 tecken"),
    "cs": ("Heslo", "Zadejte heslo", "Zapomněli jste heslo?", "Heslo musí mít alespoň 12 znaků"),
    "da": ("Adgangskode", "Indtast din adgangskode", "Glemt adgangskode?", "Adgangskoden skal være mindst 12 tegn"),
    "fi": ("Salasana", "Anna salasana", "Unohditko salasanan?", "Salasanan on oltava vähintään 12 merkkiä"),
    "tr": ("Parola", "Parolanızı girin", "Parolanızı mı unuttunuz?", "Parola en az 12 karakter olmalıdır"),
    "ja": ("パスワード", "パスワードを入力してください", "パスワードをお忘れですか？", "パスワードは12文字以上にしてください"),
}


def b64_of(s):
    return base64.b64encode(s.encode()).decode()
