"""Shell and REPL histories (free text): yash, iredis and litecli (prompt_toolkit FileHistory format)."""

from core31 import Doc, N, S, chance, pick, rhex


def _ptk_stamp(r, t):
    t[0] += r.randrange(20, 4000)
    s = t[0]
    return "# 2025-%02d-%02d %02d:%02d:%02d.%06d" % (1 + s // 2419200 % 12, 1 + s // 86400 % 28, s // 3600 % 24,
                                                   s // 60 % 60, s % 60, r.randrange(10 ** 6))


def yash(ctx, r):
    p = ctx.person(r)
    d = Doc("home/%s/.yash_history" % p.handle, free_text=True, lang="shell")
    benign = ["ls -la", "cd /srv/%s" % ctx.slug, "git pull --rebase", "systemctl status nginx", "df -h",
              "journalctl -u %s -n 50" % ctx.systems[0][0], "htop", "make deploy", "tail -f /var/log/syslog"]
    items = []
    for _ in range(r.randrange(2, 4)):
        k = r.randrange(5)
        if k == 0:
            v = ctx.pw(r, cs="shell")
            items.append(("mysql -h %s -u %s -p'%s' %s" % (ctx.host(r), ctx.svc_user(r), v, ctx.slug), S(v, "history-cli-password")))
        elif k == 1:
            v, cat = ctx.tok(r, pick(r, ["sendgrid", "openai", "digitalocean", "linear", "huggingface"]))
            items.append(("export SHOP_API_TOKEN=%s" % v, S(v, cat)))
        elif k == 2:
            v, cat = ctx.tok(r, "github-classic")
            items.append(("git remote set-url origin https://%s:%s@github.com/%s/ops.git" % (p.handle, v, ctx.slug), S(v, cat)))
        elif k == 3:
            v, cat = ctx.tok(r, pick(r, ["grafana-sa", "vercel", "cloudflare", "sentry-user"]))
            items.append(("curl -sS -H 'Authorization: Bearer %s' https://%s/api/health" % (v, ctx.host(r)), S(v, cat)))
        else:
            v = ctx.pw(r, cs="shell")
            items.append(("sshpass -p '%s' ssh %s@%s" % (v, ctx.svc_user(r), ctx.host(r)), S(v, "history-cli-password")))
    for _ in range(r.randrange(1, 3)):
        k = r.randrange(4)
        if k == 0:
            v = "pass show %s/db" % ctx.slug
            items.append(('export DB_PASSWORD="$(%s)"' % v, N(v, "secret-reference")))
        elif k == 1:
            v = ctx.commit(r)
            items.append(("git checkout %s" % v, N(v, "git-commit-sha")))
        elif k == 2:
            v = "sha256:" + ctx.sha256(r)
            items.append(("docker pull registry.%s/pos@%s" % (ctx.domain, v), N(v, "image-digest")))
        else:
            v = pick(r, ["$API_TOKEN", "${API_TOKEN}", "$SHOP_TOKEN"])
            items.append(('curl -H "Authorization: Bearer %s" https://%s/api' % (v, ctx.host(r)), N(v, "env-reference")))
    r.shuffle(items)
    for cmd, it in items:
        for _ in range(r.randrange(0, 3)):
            d.add(pick(r, benign))
        d.add(cmd, it)
    d.add(pick(r, benign))
    return d


def _ptk(d, r, entries):
    t = [r.randrange(10 ** 7)]
    for cmd, it in entries:
        d.add("")
        d.add(_ptk_stamp(r, t))
        d.add("+" + cmd, it)


def iredis(ctx, r):
    p = ctx.person(r)
    d = Doc("home/%s/.iredis_history" % p.handle, free_text=True, lang="redis")
    benign = ["INFO memory", "DBSIZE", "KEYS order:*", "TTL cart:%d" % r.randrange(1000), "CLIENT LIST", "PING"]
    items = []
    for _ in range(r.randrange(2, 4)):
        k = r.randrange(3)
        v = ctx.pw(r, cs="shell")
        if k == 0:
            items.append(("AUTH %s %s" % (pick(r, ["default", ctx.svc_user(r)]), v), S(v, "redis-auth-password")))
        elif k == 1:
            items.append(("CONFIG SET requirepass %s" % v, S(v, "redis-requirepass")))
        else:
            items.append(("ACL SETUSER %s on >%s ~%s:* +@read +@write" % (ctx.svc_user(r), v, ctx.slug), S(v, "redis-acl-password")))
    for _ in range(r.randrange(1, 3)):
        k = r.randrange(3)
        if k == 0:
            v = "#" + ctx.sha256(r)
            items.append(("ACL SETUSER reports on %s ~report:* +get" % v, N(v, "redis-acl-hash")))
        elif k == 1:
            v = ctx.uuid(r)
            items.append(("GET session:%s" % v, N(v, "session-uuid")))
        else:
            v = rhex(r, 40)
            items.append(("SCRIPT EXISTS %s" % v, N(v, "lua-script-sha1")))
    r.shuffle(items)
    entries = []
    for it in items:
        if chance(r, .6):
            entries.append((pick(r, benign), None))
        entries.append(it)
    _ptk(d, r, entries)
    return d


def litecli(ctx, r):
    p = ctx.person(r)
    d = Doc("home/%s/.config/litecli/history" % p.handle, free_text=True, lang="sql")
    benign = [".tables", "SELECT count(*) FROM orders;", ".schema settings", "SELECT * FROM stock LIMIT 20;",
              "PRAGMA cipher_version;", ".mode column"]
    items = []
    for _ in range(r.randrange(2, 4)):
        k = r.randrange(3)
        v = ctx.pw(r, cs="shell")
        if k == 0:
            items.append(("PRAGMA key = '%s';" % v, S(v, "sqlcipher-key")))
        elif k == 1:
            items.append(("ATTACH DATABASE 'archive-%d.db' AS arc KEY '%s';" % (r.randrange(2019, 2025), v), S(v, "sqlcipher-key")))
        else:
            items.append(("INSERT INTO settings(name, value) VALUES ('smtp_password', '%s');" % v, S(v, "sql-literal-password")))
    for _ in range(r.randrange(1, 3)):
        k = r.randrange(2)
        if k == 0:
            v = ctx.bcrypt(r)
            items.append(("UPDATE users SET password_hash = '%s' WHERE id = %d;" % (v, r.randrange(2, 40)), N(v, "password-hash")))
        else:
            v = pick(r, ["changeme", "<smtp-password>", "TODO"])
            items.append(("UPDATE settings SET value = '%s' WHERE name = 'smtp_password';" % v, N(v, "placeholder")))
    r.shuffle(items)
    entries = []
    for it in items:
        if chance(r, .6):
            entries.append((pick(r, benign), None))
        entries.append(it)
    _ptk(d, r, entries)
    return d


KINDS = [yash, iredis, litecli]
