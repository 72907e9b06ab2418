"""Helpers shared by the themes: indentation, filler source files, lock files."""

import textwrap


def ind(text, n):
    """Indent every line but the first by n spaces (the first sits after the marker's own indent)."""
    lines = text.split("\n")
    return "\n".join([lines[0]] + [" " * n + l if l else l for l in lines[1:]])


def jesc(text):
    """JSON string escape for a PEM block (newlines as \\n)."""
    return text.replace("\n", "\\n")


def words(v, n, sep="_"):
    return sep.join(v.pick(["order", "cart", "price", "stock", "user", "event", "batch", "queue", "report", "asset",
                            "invoice", "ledger", "metric", "shard", "job", "session", "item", "render", "model"])
                    for _ in range(n))


def py_module(v, name, topic):
    cls = "".join(w.capitalize() for w in topic.split("_"))
    return textwrap.dedent('''\
        """%s helpers."""

        from __future__ import annotations

        import logging
        from dataclasses import dataclass, field
        from typing import Iterable

        log = logging.getLogger(__name__)


        @dataclass
        class %s:
            id: str
            name: str
            tags: list[str] = field(default_factory=list)
            retries: int = %d

            def key(self) -> str:
                return f"{self.name}:{self.id}"


        def chunked(items: Iterable, size: int = %d):
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == size:
                    yield batch
                    batch = []
            if batch:
                yield batch


        def process(records: list[%s]) -> int:
            done = 0
            for batch in chunked(records):
                log.info("processing %%d %s records", len(batch))
                done += len(batch)
            return done
        ''' % (name, cls, v.r.randint(1, 5), v.pick([50, 100, 250, 500]), cls, topic))


def ts_module(v, topic):
    t = "".join(w.capitalize() for w in topic.split("_"))
    return textwrap.dedent('''\
        import { z } from "zod";

        export const %sSchema = z.object({
          id: z.string().uuid(),
          createdAt: z.coerce.date(),
          amount: z.number().int().nonnegative(),
          currency: z.enum(["EUR", "USD", "GBP"]),
        });

        export type %s = z.infer<typeof %sSchema>;

        export function total(items: %s[]): number {
          return items.reduce((sum, it) => sum + it.amount, 0);
        }

        export async function fetch%s(baseUrl: string, id: string): Promise<%s> {
          const res = await fetch(`${baseUrl}/%s/${encodeURIComponent(id)}`);
          if (!res.ok) throw new Error(`%s ${id}: ${res.status}`);
          return %sSchema.parse(await res.json());
        }
        ''' % (t, t, t, t, t, t, topic.replace("_", "-"), topic, t))


def go_file(v, pkg, topic):
    t = "".join(w.capitalize() for w in topic.split("_"))
    return textwrap.dedent('''\
        package %s

        import (
        	"context"
        	"errors"
        	"time"
        )

        var Err%sNotFound = errors.New("%s not found")

        type %s struct {
        	ID        string
        	UpdatedAt time.Time
        	Quantity  int
        }

        type Store interface {
        	Get(ctx context.Context, id string) (*%s, error)
        	Put(ctx context.Context, x *%s) error
        }

        func Refresh(ctx context.Context, s Store, id string) error {
        	ctx, cancel := context.WithTimeout(ctx, %d*time.Second)
        	defer cancel()
        	x, err := s.Get(ctx, id)
        	if err != nil {
        		return err
        	}
        	x.UpdatedAt = time.Now().UTC()
        	return s.Put(ctx, x)
        }
        ''' % (pkg, t, topic, t, t, t, v.pick([2, 5, 10, 30])))


def kt_file(v, pkg, topic):
    t = "".join(w.capitalize() for w in topic.split("_"))
    return textwrap.dedent('''\
        package %s

        import java.math.BigDecimal
        import java.time.Instant
        import org.springframework.stereotype.Service

        data class %s(val id: Long, val amount: BigDecimal, val bookedAt: Instant)

        @Service
        class %sService(private val repo: %sRepository) {
            fun balance(accountId: Long): BigDecimal =
                repo.findByAccount(accountId).fold(BigDecimal.ZERO) { acc, e -> acc + e.amount }

            fun latest(accountId: Long, limit: Int = %d): List<%s> =
                repo.findByAccount(accountId).sortedByDescending { it.bookedAt }.take(limit)
        }
        ''' % (pkg, t, t, t, v.pick([10, 20, 50]), t))


def cs_file(v, ns, topic):
    t = "".join(w.capitalize() for w in topic.split("_"))
    return textwrap.dedent('''\
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        namespace %s;

        public sealed class %sHandler
        {
            private readonly ILogger<%sHandler> _log;

            public %sHandler(ILogger<%sHandler> log) => _log = log;

            public async Task<bool> HandleAsync(Guid id, decimal amount)
            {
                _log.LogInformation("Handling {Id} for {Amount}", id, amount);
                await Task.Delay(%d);
                return amount > 0;
            }
        }
        ''' % (ns, t, t, t, t, v.pick([5, 10, 25])))


def readme(v, title, body):
    return "# %s\n\n%s\n" % (title, textwrap.dedent(body).strip())


NPM_PKGS = ["express@4.19.2", "zod@3.23.8", "pino@9.3.2", "ioredis@5.4.1", "pg@8.12.0", "stripe@16.2.0",
            "dotenv@16.4.5", "axios@1.7.2", "lodash@4.17.21", "uuid@10.0.0", "jsonwebtoken@9.0.2",
            "@sentry/node@8.20.0", "bullmq@5.10.0", "date-fns@3.6.0", "openai@4.56.0", "firebase-admin@12.3.0"]


def package_lock(c, name, n=5):
    """package-lock.json excerpt; every integrity string is a labelled negative."""
    v = c.v
    pk = v.r.sample(NPM_PKGS, n)
    entries = []
    for p in pk:
        nm, ver = p.rsplit("@", 1)
        entries.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": '
                       '"https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "%s"\n    }' % (
                           nm, ver, nm, nm.split("/")[-1], ver, c.N(v.sri(), "integrity-hash")))
    return ('{\n  "name": "%s",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n'
            '    "": {\n      "name": "%s"\n    },\n' % (name, name)) + ",\n".join(entries) + "\n  }\n}\n"


def go_sum(c, n=4):
    v = c.v
    mods = v.r.sample(["github.com/jackc/pgx/v5 v5.6.0", "github.com/go-chi/chi/v5 v5.1.0",
                       "github.com/spf13/viper v1.19.0", "go.uber.org/zap v1.27.0",
                       "github.com/redis/go-redis/v9 v9.6.1", "github.com/stretchr/testify v1.9.0"], n)
    return "".join("%s %s\n" % (m, c.N(v.gosum(), "integrity-hash")) for m in mods)


def gcp_sa(c, project, name, key=None, indent=0):
    """Service-account key JSON; the whole object is one secret region (anchors: key id, key)."""
    v = c.v
    key = key or c.k.rsa()
    kid = v.hexs(40)
    pk = key.pem_pkcs8().replace("\n", "\\n") + "\\n"
    email = "%s@%s.iam.gserviceaccount.com" % (name, project)
    p = " " * indent
    lines = [
        c.B("secret", "gcp-service-account") + "{",
        '  "type": "service_account",',
        '  "project_id": "%s",' % project,
        '  "private_key_id": "%s",' % c.A(kid),
        '  "private_key": "%s",' % c.A(pk),
        '  "client_email": "%s",' % email,
        '  "client_id": "%s",' % v.digits(21),
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token",',
        '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
        '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",' % email.replace("@", "%40"),
        '  "universe_domain": "googleapis.com"',
        "}" + c.E(),
    ]
    return "\n".join((p + l if i else l) for i, l in enumerate(lines))


def D(template):
    """Dedent a template before %-substitution (use with c.w(..., dedent=False) when a
    substituted value spans several lines)."""
    t = textwrap.dedent(template)
    return t[1:] if t.startswith("\n") else t


# ---------------------------------------------------------------- negative-heavy files
I18N = {
    "de": ("Passwort", "Passwort bestätigen", "Passwort vergessen?", "Ihr Passwort ist abgelaufen", "API-Schlüssel"),
    "fr": ("Mot de passe", "Confirmer le mot de passe", "Mot de passe oublié ?", "Votre mot de passe a expiré", "Clé API"),
    "es": ("Contraseña", "Confirmar contraseña", "¿Olvidaste tu contraseña?", "Tu contraseña ha caducado", "Clave de API"),
    "pt": ("Senha", "Confirmar senha", "Esqueceu a senha?", "Sua senha expirou", "Chave de API"),
    "nl": ("Wachtwoord", "Wachtwoord bevestigen", "Wachtwoord vergeten?", "Je wachtwoord is verlopen", "API-sleutel"),
    "pl": ("Hasło", "Potwierdź hasło", "Nie pamiętasz hasła?", "Twoje hasło wygasło", "Klucz API"),
}


def i18n_json(c, lang):
    N = c.N
    p, conf, forgot, expired, apikey = I18N[lang]
    return ('{\n  "auth": {\n    "password": "%s",\n    "password_confirm": "%s",\n    "forgot": "%s",\n'
            '    "expired": "%s"\n  },\n  "settings": {\n    "api_key": "%s",\n    "token_hint": "%s"\n  }\n}\n') % (
        N(p, "i18n-string"), N(conf, "i18n-string"), forgot, N(expired, "i18n-string"), N(apikey, "i18n-string"),
        N("%s: ••••••••" % apikey, "redacted"))


def yarn_lock(c, n=6):
    v = c.v
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for p in v.r.sample(NPM_PKGS, n):
        nm, ver = p.rsplit("@", 1)
        out += ['"%s@^%s":' % (nm, ver), '  version "%s"' % ver,
                '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (nm, nm.split("/")[-1], ver, c.N(v.sha1(), "hash-sha1")),
                '  integrity %s' % c.N(v.sri(), "integrity-hash"), ""]
    return "\n".join(out)


def changelog(c, n=6):
    v = c.v
    out = ["# Changelog", ""]
    for i in range(n):
        out += ["## %d.%d.%d" % (3, 9 - i, v.r.randint(0, 9)), "",
                "* %s (%s)" % (v.pick(["fix token refresh race", "rotate signing keys on deploy", "add password strength meter",
                                       "drop legacy API key auth", "move secrets to Vault", "upgrade OpenSSL", "faster checkout",
                                       "redact Authorization header in logs"]), c.N(v.sha1()[:7], "git-sha")),
                "* merge %s" % c.N(v.sha1(), "git-sha"), ""]
    return "\n".join(out)


def sri_html(c, title):
    v = c.v
    return "\n".join([
        "<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">",
        "  <title>%s</title>" % title,
        "  <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' '%s'\">" % c.N("sha256-" + v.b64(32), "integrity-hash"),
        "  <link rel=\"stylesheet\" href=\"/assets/app.%s.css\" integrity=\"%s\" crossorigin=\"anonymous\">" % (v.hexs(8), c.N(v.sri("sha384"), "integrity-hash")),
        "  <script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js\" integrity=\"%s\" crossorigin=\"anonymous\" defer></script>" % c.N(v.sri("sha384"), "integrity-hash"),
        "  <script nonce=\"%s\">window.__BUILD__ = \"%s\";</script>" % (c.N(v.b64(16), "nonce"), v.sha1()[:8]),
        "</head>", "<body>", "  <div id=\"app\"></div>",
        "  <script type=\"module\" src=\"/assets/index.%s.js\"></script>" % v.hexs(8), "</body>", "</html>", ""])


def sbom(c, n=5):
    v = c.v
    comps = []
    for p in v.r.sample(NPM_PKGS, n):
        nm, ver = p.rsplit("@", 1)
        comps.append('    {\n      "type": "library",\n      "name": "%s",\n      "version": "%s",\n      "purl": "pkg:npm/%s@%s",\n'
                     '      "hashes": [ { "alg": "SHA-512", "content": "%s" } ]\n    }' % (nm, ver, nm.replace("@", "%40"), ver,
                                                                                     c.N(v.hexs(128), "integrity-hash")))
    return ('{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.5",\n  "serialNumber": "urn:uuid:%s",\n  "version": 1,\n'
            '  "components": [\n%s\n  ]\n}\n') % (c.N(v.uuid(), "uuid"), ",\n".join(comps))


def openapi(c, title):
    v, N = c.v, c.N
    return "\n".join([
        "openapi: 3.0.3", "info:", "  title: %s" % title, "  version: 2.4.0",
        "components:", "  securitySchemes:", "    apiKey:", "      type: apiKey", "      in: header", "      name: X-Api-Key",
        "    bearer:", "      type: http", "      scheme: bearer", "      bearerFormat: JWT",
        "  schemas:", "    Credentials:", "      type: object", "      properties:",
        "        username:", "          type: string", "          example: jane.doe",
        "        password:", "          type: string", "          format: password", "          example: %s" % N("correct-horse-battery-staple", "documentation-example"),
        "    Token:", "      type: object", "      properties:",
        "        access_token:", "          type: string", "          example: %s" % N("eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo", "documentation-example"),
        "        api_key:", "          type: string", "          example: %s" % N("ak_live_XXXXXXXXXXXXXXXXXXXX", "placeholder"),
        "        id:", "          type: string", "          format: uuid", "          example: %s" % N(v.uuid(), "uuid"),
        "security:", "  - apiKey: []", "  - bearer: []", ""])


def workflow(c, name, steps):
    """GitHub Actions workflow with pinned actions and secret references (all negatives)."""
    v, N = c.v, c.N
    out = ["name: %s" % name, "on:", "  pull_request:", "  push:", "    branches: [main]", "jobs:", "  %s:" % name,
           "    runs-on: ubuntu-latest", "    steps:",
           "      - uses: actions/checkout@%s # v4.1.7" % N(v.sha1(), "git-sha")]
    for s in steps:
        out += ["      - uses: %s@%s" % (s, N(v.sha1(), "git-sha"))]
    out += ["      - run: make ci", "        env:",
            "          REGISTRY_TOKEN: %s" % N("${{ secrets.REGISTRY_TOKEN }}", "ci-secret-reference"),
            "          SONAR_TOKEN: %s" % N("${{ secrets.SONAR_TOKEN }}", "ci-secret-reference"),
            "          GITHUB_TOKEN: %s" % N("${{ github.token }}", "ci-secret-reference"), ""]
    return "\n".join(out)


def block(text, n, head="|"):
    """A YAML block scalar (or heredoc) value: the head on the key's line, then text indented by n.
    The label's span then starts on the key's line."""
    return head + "\n" + " " * n + ind(text, n)
