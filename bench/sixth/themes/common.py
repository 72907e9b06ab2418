"""Shared pieces for every theme: the category registry, the theme context, prose/chat/e-mail/
history helpers, key wrappings and negative palettes."""
import base64
import json
import random

import skeys
from svals import Vals, PLACEHOLDERS, AWS_DOC_ID, AWS_DOC_SECRET, STRIPE_DOC, JWT_IO, SLACK_DOC

# ---------------------------------------------------------------- category registry

SECRET_CATS = """
generic-password database-password service-account-password local-admin-password temporary-password
wifi-psk vpn-psk snmp-community mainframe-password racf-password-phrase mq-ldap-bind-password
connect-direct-proxy-password websphere-xor-password credential-uri db-connection-string jdbc-connection-string
odbc-connection-string basic-auth-header docker-auth netrc-password sftp-password ftp-password smtp-password
ldap-bind-password windows-autologon-password vnc-password rdp-password opcua-user-password mqtt-password
kafka-sasl-credentials dnp3-update-key relay-access-password app-secret-key session-secret encryption-key
hmac-signing-secret webhook-secret api-key api-secret oauth-client-secret oauth-refresh-token bearer-token
jwt-bearer-token password-in-url sabre-credentials salesforce-password-token civicrm-key joomla-secret
moodle-password-salt lti-shared-secret ezproxy-password uds-security-key otp-backup-codes zip-password
vault-secret-id kubernetes-sa-token kubeconfig-client-key sql-login-password

aws-access-key aws-session-credentials azure-storage-key azure-client-secret azure-devops-pat
azure-connection-string gcp-service-account google-api-key google-oauth-client-secret google-oauth-refresh-token
google-ads-developer-token github-pat github-oauth-token github-app-token github-fine-grained-pat gitlab-pat
gitlab-deploy-token gitlab-trigger-token npm-token pypi-token rubygems-api-key nuget-api-key dockerhub-token
jfrog-reference-token vault-token terraform-cloud-token doppler-token pulumi-token databricks-token
digitalocean-token heroku-api-key vercel-token supabase-management-token supabase-secret-key
cloudflare-origin-ca-key cloudflare-api-token shopify-access-token square-access-token square-application-secret
braintree-access-token openai-api-key anthropic-api-key huggingface-token groq-api-key perplexity-api-key
replicate-api-token openrouter-api-key langsmith-api-key atlassian-api-token linear-api-key notion-token
figma-token postman-api-key grafana-service-account-token sentry-user-token sentry-org-token newrelic-user-key
dynatrace-token okta-api-token telegram-bot-token discord-bot-token 1password-service-account-token
circleci-token buildkite-token octopus-api-key prefect-api-key render-api-key planetscale-token
contentful-token netlify-token airtable-token asana-token sonarqube-token shippo-api-key mollie-api-key
brevo-api-key paystack-secret-key flutterwave-secret-key slack-bot-token slack-user-token slack-webhook
stripe-secret-key stripe-restricted-key stripe-webhook-secret sendgrid-api-key mailgun-api-key mailchimp-api-key
twilio-credentials twilio-api-key klaviyo-private-key adobe-client-secret twitter-bearer-token
meta-access-token meta-app-secret pinterest-token linkedin-access-token dropbox-token trello-token
salesforce-access-token salesforce-refresh-token salesforce-sfdx-auth-url canvas-api-token arcgis-api-key
arcgis-token adyen-api-key adyen-hmac-key duffel-access-token samsara-api-token segment-api-token
paypal-client-secret tiktok-access-token amplitude-secret-key mixpanel-service-secret braze-api-key
iterable-api-key zoom-client-secret benchling-api-key dnanexus-token basespace-token seqera-token
influxdb-token meraki-api-key clover-access-token toast-client-secret docusign-secret-key docusign-connect-hmac
imanage-client-secret clio-client-secret accela-app-secret fme-token here-api-key tomtom-api-key
smartcar-client-secret geotab-password hivemq-credentials confluent-api-credentials amadeus-credentials
travelport-credentials blackbaud-subscription-key quickbooks-client-secret eventbrite-token
powerschool-client-secret clever-district-token moodle-ws-token datadog-api-key pagerduty-token
age-secret-key openvpn-static-key relativity-client-secret netdocuments-client-secret adobe-sign-integration-key
lexisnexis-api-key iso-claimsearch-password socrata-api-secret efm-token doordash-signing-secret
uber-eats-client-secret sevenshifts-token punchh-api-secret marketman-password salesforce-consumer-secret
bluebeam-client-secret dataloader-encryption-key appsflyer-api-token microsoft-ads-developer-token
expedia-quickconnect-password siteminder-password opera-client-secret worldpay-xml-password ndc-client-secret
classy-api-secret volunteerhub-password openai-admin-key xai-api-key mapbox-secret-token

private-key-pem private-key-openssh private-key-jwk private-key-putty private-key-pgp private-key-xml
private-key-der-base64 private-key-pem-base64 private-key-pem-escaped
""".split()

NEGATIVE_CATS = """
placeholder env-reference template-reference ci-secret-reference secret-manager-reference file-reference
command-substitution encrypted-blob password-hash public-key certificate certificate-base64 key-fingerprint
cert-thumbprint image-digest integrity-hash git-sha file-checksum uuid resource-identifier account-identifier
device-identifier public-client-id publishable-key public-sdk-key analytics-id documentation-example
well-known-default bad-checksum-token masked-value i18n-string test-fixture webhook-signature encoded-data
jwks-public masked-card-number
""".split()


def categories():
    from sframe import Categories
    return Categories(SECRET_CATS, NEGATIVE_CATS)


# ---------------------------------------------------------------- theme context

class T:
    def __init__(self, corpus, name, seed, seen):
        self.c = corpus
        self.name = name
        self.r = random.Random("sixth:%d:%s" % (seed, name))
        self.v = Vals(self.r, seen)
        self.seed = seed

    def f(self, rel, crlf=False, prose=False):
        return self.c.f(self.name + "/" + rel, crlf=crlf, prose=prose)

    def text(self, rel, text, crlf=False):
        d = self.f(rel, crlf=crlf)
        d.done(text)

    def rsa(self):
        return skeys.RSAKey(self.r)

    def ec(self):
        return skeys.ECKey(self.r)

    def ed(self):
        return skeys.Ed25519Key(self.r)

    def ca(self, cn, org):
        k = self.ec()
        der = skeys.make_cert(cn, k.spki(), k, cn, self.r.getrandbits(63), self.r, org=org, ca=True)
        return k, der

    def cert_for(self, key, cn, ca_key, ca_cn, org, dns=None):
        return skeys.make_cert(cn, key.spki(), ca_key, ca_cn, self.r.getrandbits(63), self.r, org=org, dns=dns or [cn])

    def chance(self, p):
        return self.r.random() < p


# ---------------------------------------------------------------- text helpers

def jq(s):
    """JSON string literal that leaves markers intact."""
    return json.dumps(s, ensure_ascii=False).replace("\\u0000", "\x00")


def indent(s, n):
    pad = " " * n
    return "\n".join(pad + x if x else x for x in s.split("\n"))


def esc_nl(s):
    return s.replace("\n", "\\n")


def ts_pair(r, day_start=1712000000):
    return day_start + r.randrange(0, 86400 * 200)


def slack_json(t, msgs, start=None):
    """msgs: list of (user, text). One message per line."""
    ts = start or ts_pair(t.r)
    lines = []
    for user, text in msgs:
        ts += t.r.randrange(20, 900)
        uid = "U0" + "".join(t.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
        lines.append('  {"type": "message", "user": "%s", "user_name": %s, "text": %s, "ts": "%d.%06d"}' % (
            uid, jq(user), jq(text), ts, t.r.randrange(1000000)))
    return "[\n" + ",\n".join(lines) + "\n]\n"


def teams_txt(t, msgs, date="2025-03-11"):
    h, m = t.r.randrange(7, 11), t.r.randrange(0, 60)
    out = []
    for user, text in msgs:
        m += t.r.randrange(1, 9)
        h, m = h + m // 60, m % 60
        out.append("[%s %02d:%02d] %s: %s" % (date, h, m, user, text))
    return "\n".join(out) + "\n"


def whatsapp_txt(t, msgs, date="14/05/2025"):
    h, m = t.r.randrange(7, 19), t.r.randrange(0, 60)
    out = []
    for user, text in msgs:
        m += t.r.randrange(1, 15)
        h, m = (h + m // 60) % 24, m % 60
        out.append("%s, %02d:%02d - %s: %s" % (date, h, m, user, text))
    return "\n".join(out) + "\n"


def gchat_json(t, msgs):
    lines = []
    ts = ts_pair(t.r)
    for user, text in msgs:
        ts += t.r.randrange(30, 1200)
        lines.append('    {"creator": {"name": %s, "user_type": "Human"}, "created_date": "%d", "text": %s}' % (
            jq(user), ts, jq(text)))
    return '{\n  "messages": [\n' + ",\n".join(lines) + "\n  ]\n}\n"


def eml(frm, to, subject, body, date="Tue, 11 Mar 2025 09:42:17 -0500", msgid=None, r=None):
    mid = msgid or "<%d.%d@mail.local>" % (r.randrange(10 ** 9) if r else 1, r.randrange(10 ** 6) if r else 1)
    return ("Return-Path: <%s>\nMessage-ID: %s\nDate: %s\nFrom: %s\nTo: %s\nSubject: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n") % (
        frm.split("<")[-1].rstrip(">"), mid, date, frm, to, subject, body)


def zsh_history(t, cmds, start=None):
    ts = start or ts_pair(t.r)
    out = []
    for c in cmds:
        ts += t.r.randrange(5, 400)
        out.append(": %d:0;%s" % (ts, c))
    return "\n".join(out) + "\n"


def bash_history(cmds):
    return "\n".join(cmds) + "\n"


# ---------------------------------------------------------------- key wrappings

def pem_file(t, d, key, fmt="pkcs8"):
    """A stand-alone private key file. Returns the text."""
    if fmt == "pkcs1":
        v = key.pem_pkcs1()
    elif fmt == "sec1":
        v = key.pem_sec1()
    else:
        v = key.pem_pkcs8()
    return str(d.S(v, "private-key-pem"))


def yaml_block_key(d, key_name, pem_text, ind=2, base=0):
    """`key_name: |` + indented PEM, labelled from the key line."""
    return "%s%s%s: |\n%s%s" % (d.B("secret", "private-key-pem"), " " * base, key_name,
                                d.A(indent(pem_text, base + ind)), d.E())


def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


# ---------------------------------------------------------------- negative palettes

def neg_hash(t, kind=None):
    v = t.v
    k = kind or t.r.choice(["bcrypt", "argon2", "sha512", "md5crypt", "ssha", "pbkdf2", "scram"])
    return {"bcrypt": v.bcrypt, "argon2": v.argon2, "sha512": v.sha512crypt, "md5crypt": v.md5crypt,
            "ssha": v.ssha, "pbkdf2": v.pbkdf2_django, "scram": v.scram, "mysql": v.mysql_native}[k]()


I18N = {
    "de": ("Passwort", "Passwort vergessen?", "Passwort bestätigen"),
    "es": ("Contraseña", "¿Olvidó su contraseña?", "Confirmar contraseña"),
    "fr": ("Mot de passe", "Mot de passe oublié ?", "Confirmer le mot de passe"),
    "pt": ("Senha", "Esqueceu a senha?", "Confirmar senha"),
    "nl": ("Wachtwoord", "Wachtwoord vergeten?", "Wachtwoord bevestigen"),
    "sv": ("Lösenord", "Glömt lösenordet?", "Bekräfta lösenord"),
    "it": ("Parola d'ordine", "Password dimenticata?", "Conferma password"),
    "pl": ("Hasło", "Nie pamiętasz hasła?", "Potwierdź hasło"),
    "vi": ("Mật khẩu", "Quên mật khẩu?", "Xác nhận mật khẩu"),
    "ja": ("パスワード", "パスワードをお忘れですか?", "パスワードの確認"),
    "zh": ("密码", "忘记密码?", "确认密码"),
    "ru": ("Пароль", "Забыли пароль?", "Подтвердите пароль"),
    "ko": ("비밀번호", "비밀번호를 잊으셨나요?", "비밀번호 확인"),
}


def i18n_json(t, rel, lang, extra_keys=()):
    d = t.f(rel)
    pw, forgot, confirm = I18N[lang]
    lines = ['{',
             '  "login.title": %s,' % jq({"de": "Anmelden", "es": "Iniciar sesión", "fr": "Connexion", "pt": "Entrar",
                                        "nl": "Inloggen", "sv": "Logga in", "it": "Accedi", "pl": "Zaloguj",
                                        "vi": "Đăng nhập", "ja": "ログイン", "zh": "登录", "ru": "Вход", "ko": "로그인"}[lang]),
             '  "login.password": %s,' % jq(str(d.N(pw, "i18n-string"))),
             '  "login.forgot": %s,' % jq(str(d.N(forgot, "i18n-string"))),
             '  "account.password.confirm": %s' % jq(confirm)]
    for k, val in extra_keys:
        lines[-1] += ","
        lines.append('  %s: %s' % (jq(k), jq(val)))
    lines.append("}")
    d.done("\n".join(lines) + "\n")
