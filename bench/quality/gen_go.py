"""Go service (inventory-api/): go.mod/go.sum, config, storage, clients, tests."""

import gen_special as sp
from gen_core import crc_token, rhex
from gen_plant import mix, provider
from gen_values import password

G = "inventory-api"
MODS = [("github.com/jackc/pgx/v5", "v5.6.0"), ("github.com/go-chi/chi/v5", "v5.0.14"), ("github.com/redis/go-redis/v9", "v9.5.3"),
        ("github.com/golang-jwt/jwt/v5", "v5.2.1"), ("go.uber.org/zap", "v1.27.0"), ("github.com/google/uuid", "v1.6.0"),
        ("github.com/spf13/viper", "v1.19.0"), ("golang.org/x/crypto", "v0.24.0"), ("google.golang.org/grpc", "v1.64.0"),
        ("github.com/stretchr/testify", "v1.9.0"), ("github.com/aws/aws-sdk-go-v2", "v1.30.0")]


def build(ctx):
    r, d = ctx.rng, ctx.deck
    f = ctx.f(G, "go.mod")
    f.add("module github.com/acme/inventory-api", "", "go 1.22", "", "require (")
    for m, v in MODS:
        f.add("\t%s %s" % (m, v))
    f.add(")")
    f.write()

    f = ctx.f(G, "go.sum")
    for m, v in MODS:
        f.neg("%s %s %s" % (m, v, sp.go_sum_hash(r)), "go-sum-hash")
        f.neg("%s %s/go.mod %s" % (m, v, sp.go_sum_hash(r)), "go-sum-hash")
    f.write()

    f = ctx.f(G, "cmd/server/main.go")
    f.add("package main", "", "import (", '\t"log"', '\t"net/http"', '\t"os"', "", '\t"github.com/acme/inventory-api/internal/config"',
          ")", "", "func main() {", "\tcfg := config.Load()")
    f.neg('\tdsn := os.Getenv("DATABASE_URL")', "env-reference")
    f.neg('\tapiKey := os.Getenv("INVENTORY_API_KEY")', "env-reference")
    f.add("\tsrv := newServer(cfg, dsn, apiKey)", '\tlog.Fatal(http.ListenAndServe(":"+cfg.Port, srv))', "}")
    f.write()

    # ---- internal/config: var block mixing literals and env lookups
    f = ctx.f(G, "internal/config/defaults.go")
    f.add("package config", "", 'import "os"', "", "// Defaults used when the environment does not override them.",
          "// FIXME: these were copied from the staging environment.", "var (")
    mix(f, r, d, "go", pos=5, gen=2, negs=3, indent="\t", fill=(0, 1))
    f.add(")", "", "func getenv(k, def string) string {", "\tif v := os.Getenv(k); v != \"\" {", "\t\treturn v", "\t}",
          "\treturn def", "}")
    f.write()

    f = ctx.f(G, "internal/config/config.go")
    f.add("package config", "", "type Config struct {", "\tPort        string", "\tDatabaseURL string", "\tGitHubToken string",
          "}", "", "func Load() Config {", "\treturn Config{", '\t\tPort: getenv("PORT", "8080"),')
    uri, cat = sp.conn_uri(r, "postgres")
    f.secret('\t\tDatabaseURL: getenv("DATABASE_URL", "%s"),' % uri, cat)
    f.secret('\t\tGitHubToken: getenv("GITHUB_TOKEN", "%s"),' % crc_token(r, "ghp_"), "github-pat")
    f.add("\t}", "}")
    f.write()

    f = ctx.f(G, "internal/clients/clients.go")
    f.add("package clients", "", "import (", '\t"net/http"', '\t"time"', ")", "",
          "// Registry holds credentials for the upstream providers.", "type Registry struct {",
          "\tHTTP *http.Client", "}", "", "var upstream = struct {")
    f.add("\tSearchKey string", "\tMailKey   string", "}{")
    mix(f, r, d, "go-struct", pos=2, gen=1, negs=0, indent="\t", fill=(0, 0), comments=0)
    f.add("}", "", "func New() *Registry {", "\treturn &Registry{HTTP: &http.Client{Timeout: 10 * time.Second}}", "}")
    f.write()

    f = ctx.f(G, "internal/storage/mysql.go")
    f.add("package storage", "", "import (", '\t"database/sql"', "", '\t_ "github.com/go-sql-driver/mysql"', ")", "",
          "func OpenLegacy() (*sql.DB, error) {")
    f.secret('\treturn sql.Open("mysql", "reporting:%s@tcp(mysql-primary.acme.net:3306)/inventory?parseTime=true")' % sp.url_password(r),
             "mysql-dsn")
    f.add("}")
    f.write()

    f = ctx.f(G, "internal/auth/jwt_test.go")
    f.add("package auth", "", 'import "testing"', "")
    f.neg('var testSigningKey = []byte("test-secret")', "fake-test-data")
    f.add("", "func TestSignAndVerify(t *testing.T) {", '\ttok, err := Sign(testSigningKey, "user-42")', "\tif err != nil {",
          "\t\tt.Fatal(err)", "\t}")
    f.neg('\tconst wantKid = "%s"' % sp.uuid(r), "uuid")
    f.add("\tif _, err := Verify(testSigningKey, tok, wantKid); err != nil {", "\t\tt.Fatalf(\"verify: %v\", err)", "\t}", "}")
    f.write()

    f = ctx.f(G, "config/config.yaml")
    f.add("server:", "  port: 8080", "  read_timeout: 15s", "database:", "  host: pg.prod.svc.cluster.local", "  user: inventory")
    f.secret("  password: %s" % password(r), "generic-password")
    f.add("  max_open_conns: 25", "cache:", "  addr: redis-master:6379")
    f.neg("  password: ${REDIS_PASSWORD}", "templating")
    f.add("integrations:")
    mix(f, r, d, "yaml", pos=4, gen=1, negs=3, indent="  ", fill=(0, 1))
    f.write()

    f = ctx.f(G, "testdata/golden/inventory.json")
    f.add("{", '  "items": [')
    for i in range(3):
        f.add("    {")
        f.neg('      "sku_id": "%s",' % sp.uuid(r), "uuid")
        f.neg('      "etag": "%s",' % rhex(r, 32), "md5-digest")
        f.add('      "qty": %d' % r.randint(0, 500), "    }" + ("," if i < 2 else ""))
    f.add("  ]", "}")
    f.write()

    f = ctx.f(G, "Dockerfile")
    f.neg("FROM golang:1.22-alpine@%s AS build" % sp.docker_digest(r), "docker-digest")
    f.add("WORKDIR /src", "COPY go.mod go.sum ./", "RUN go mod download", "COPY . .", "RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server")
    f.neg("FROM gcr.io/distroless/static-debian12@%s" % sp.docker_digest(r), "docker-digest")
    f.add("COPY --from=build /out/server /server")
    f.neg('ENV API_KEY=""', "empty-value")
    f.add('ENTRYPOINT ["/server"]')
    f.write()
