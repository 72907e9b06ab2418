"""Hard negatives: placeholders, references, hashes, digests, identifiers, encrypted blobs, i18n and policy text."""
import base64
import hashlib

from crypto18 import b64
from vals18 import ALNUM, HEX

BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

PLACEHOLDERS = ["changeme", "CHANGE_ME", "<your-token>", "<password>", "xxxxxxxxxxxx", "REPLACE_ME", "TODO-set-me",
                "your-api-key-here", "********", "dummy", "<insert secret here>", "@@DB_PASSWORD@@", "%DB_PASSWORD%",
                "__SECRET__", "<redacted>", "XXXXXXXXXXXXXXXXXXXX", "not-set", "set-in-vault", "<fill me in>",
                "[REDACTED]", "your_password", "example-password", "****", "<paste token>", "PLACEHOLDER"]


def placeholder(v):
    return v.choice(PLACEHOLDERS)


# reference syntaxes: style -> format with {N} upper env name, {n} lower name, {p} path
REFS = {
    "shell": "${{{N}}}", "shell-bare": "${N}", "gha": "${{{{ secrets.{N} }}}}", "concourse": "(({n}))",
    "k8s-env": "$({N})", "dbt": "{{{{ env_var('{N}') }}}}", "ha": "!secret {n}", "ssm": "${{ssm:/{p}}}",
    "cfn": "{{{{resolve:secretsmanager:{p}:SecretString:{n}}}}}", "vault-uri": "vault:secret/data/{p}#{n}",
    "op": "op://{P}/{n}/password", "ruby": "ENV['{N}']", "elixir": "System.fetch_env!(\"{N}\")",
    "python": "os.environ[\"{N}\"]", "r": "Sys.getenv(\"{N}\")", "node": "process.env.{N}",
    "deno": "Deno.env.get(\"{N}\")", "aero": "#env {N}", "drone": "from_secret: {n}", "grafana": "$__env{{{N}}}",
    "grafana-file": "$__file{{/run/secrets/{n}}}", "nomad": "{{{{ with secret \"kv/data/{p}\" }}}}{{{{ .Data.data.{n} }}}}{{{{ end }}}}",
    "yesod": "_env:{N}", "julia": "ENV[\"{N}\"]", "systemd": "%d/{n}", "file": "/run/secrets/{n}",
    "serverless": "${{env:{N}}}", "pulumi": "${{{n}}}", "spring": "${{{N}}}", "powershell": "$env:{N}",
    "netlify": "$NETLIFY_{N}", "argocd": "${n}", "azure-kv": "@Microsoft.KeyVault(SecretUri=https://{P}.vault.azure.net/secrets/{n}/)",
    "gcp-sm": "projects/{P}/secrets/{n}/versions/latest", "erlang": "{{env, \"{N}\"}}", "lua": "os.getenv(\"{N}\")",
    "matlab": "getenv('{N}')", "zig": "std.process.getEnvVarOwned(alloc, \"{N}\")", "ocaml": "Sys.getenv \"{N}\"",
    "nix": "config.sops.secrets.{n}.path", "chef": "data_bag_item('{P}', '{n}')['value']", "salt": "{{{{ pillar['{n}'] }}}}",
    "helm": "{{{{ .Values.{n} }}}}", "jinja": "{{{{ vault_{n} }}}}", "airflow": "{{{{ var.value.{n} }}}}",
    "postman": "{{{{{n}}}}}", "insomnia": "{{{{ _.{n} }}}}", "http": "{{{{$dotenv {N}}}}}", "bazel": "$(cat ~/.{n})",
}


def ref(style, name, path="ops/app", vault="Ops"):
    N = name.upper().replace("-", "_").replace(".", "_")
    n = name.lower().replace("-", "_").replace(".", "_")
    return REFS[style].format(N=N, n=n, p=path, P=vault)


# ---------------------------------------------------------------- hashes
def bcrypt(v):
    return "$2b$%02d$" % v.choice([10, 11, 12]) + v.s(53, BCRYPT)


def sha512crypt(v):
    return "$6$" + v.s(16, BCRYPT) + "$" + v.s(86, BCRYPT)


def yescrypt(v):
    return "$y$j9T$" + v.s(22, BCRYPT) + "$" + v.s(43, BCRYPT)


def argon2(v):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + v.s(22, ALNUM + "+/") + "$" + v.s(43, ALNUM + "+/")


def django_pbkdf2(v):
    return "pbkdf2_sha256$870000$" + v.s(22) + "$" + b64(v.bytes(32))


def scram(v):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(v.bytes(16)), b64(v.bytes(32)), b64(v.bytes(32)))


def mysql_native(v):
    return "*" + v.hexs(40).upper()


def apr1(v):
    return "$apr1$" + v.s(8, BCRYPT) + "$" + v.s(22, BCRYPT)


def mosquitto(v):
    return "$7$101$" + b64(v.bytes(12)) + "$" + b64(v.bytes(64))


def password_hash(v):
    f = v.choice([("bcrypt", bcrypt), ("sha512crypt", sha512crypt), ("argon2", argon2), ("pbkdf2", django_pbkdf2),
                  ("scram", scram), ("apr1", apr1), ("yescrypt", yescrypt)])
    return "password-hash-" + f[0], f[1](v)


# ---------------------------------------------------------------- digests / ids
def go_sum_line(v, mod, ver):
    return "%s %s h1:%s" % (mod, ver, b64(v.bytes(32)))


def docker_digest(v):
    return "sha256:" + v.sha256()


def git_sha(v):
    return v.sha1()


def request_id(v):
    return v.choice([lambda: "req_" + v.s(24), lambda: v.uuid(), lambda: v.hexs(32), lambda: "Root=1-%s-%s" % (v.hexs(8), v.hexs(24)),
                     lambda: v.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), lambda: "%s-%s" % (v.hexs(16), v.choice(["FRA", "AMS", "ORD", "LHR"]))])()


# ---------------------------------------------------------------- encrypted blobs
def ansible_vault(v, indent=""):
    body = v.hexs(v.choice([320, 400, 480]))
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [body[i:i + 80] for i in range(0, len(body), 80)]
    return ("\n" + indent).join(lines)


def sops_value(v, typ="str"):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]" % (b64(v.bytes(v.r.randint(12, 30))), b64(v.bytes(32)), b64(v.bytes(16)), typ)


def eyaml(v):
    return "ENC[PKCS7,%s]" % b64(v.bytes(v.choice([189, 205, 221])))


def jenkins_secret(v):
    return "{AQAAABAAAAAQ" + b64(v.bytes(48))[:-2] + "}"


def pulumi_secure(v):
    return "v1:" + b64(v.bytes(12)) + ":" + b64(v.bytes(v.r.randint(24, 48)))


def sealed(v):
    return "AgB" + b64(v.bytes(300))[:380]


def base64_png(v):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + v.bytes(40)
    return "data:image/png;base64," + b64(raw)


I18N = {
    "en": ["Password", "Forgot your password?", "Password must be at least 12 characters", "Enter your API token",
           "Your password has expired", "Confirm password", "Incorrect password, try again"],
    "de": ["Passwort", "Passwort vergessen?", "Das Passwort muss mindestens 12 Zeichen lang sein",
           "Bitte geben Sie Ihr Kennwort ein", "Kennwort bestätigen"],
    "fr": ["Mot de passe", "Mot de passe oublié ?", "Le mot de passe doit contenir au moins 12 caractères",
           "Saisissez votre jeton d'accès"],
    "es": ["Contraseña", "¿Olvidaste tu contraseña?", "La contraseña debe tener al menos 12 caracteres",
           "Contraseña incorrecta"],
    "nl": ["Wachtwoord", "Wachtwoord vergeten?", "Het wachtwoord moet minstens 12 tekens bevatten"],
    "it": ["Password", "Password dimenticata?", "La password deve contenere almeno 12 caratteri"],
    "pt": ["Senha", "Esqueceu a senha?", "A senha deve ter pelo menos 12 caracteres"],
    "pl": ["Hasło", "Nie pamiętasz hasła?", "Hasło musi mieć co najmniej 12 znaków"],
    "sv": ["Lösenord", "Glömt lösenordet?", "Lösenordet måste vara minst 12 tecken"],
    "ja": ["パスワード", "パスワードをお忘れですか？", "パスワードは12文字以上にしてください"],
}

POLICY = [
    "Passwords must be at least 14 characters and may not reuse any of the last 12 passwords.",
    "Service account passwords rotate every 90 days; the rotation job posts to #sec-ops when done.",
    "Never paste a token into a ticket; link the vault path instead.",
    "API keys are issued per integration and expire after 180 days.",
    "Shared device passwords live in the team vault, not in this document.",
    "Minimum password length: 12. Require one digit and one symbol. Lockout after 5 failed attempts.",
    "Do not reuse the default vendor password on any controller; change it at commissioning.",
    "Tokens in CI must come from the secret store, never from the repository.",
]
