"""A developer's dotfiles repository (dotfiles/): credential files of common tools."""

import json

import gen_special as sp
from gen_core import (ALNUM, B64URL, LOWER, b64, bech32_encode, certificate_der, crc_token, ec_p256_der,
                      pem, rbytes, rhex, rstr, uuid4)
from gen_plant import mix
from gen_tokens import PROVIDERS, age_key, service_jwt, vault_token, hashicorp_tf_token, pypi_token
from gen_values import EXAMPLE_PAIRS, password, url_password

D = "dotfiles"


def spec(cat):
    return [s for s in PROVIDERS if s.category == cat][0]


def build(ctx):
    r, d = ctx.rng, ctx.deck

    f = ctx.f(D, "README.md")
    f.add("# dotfiles", "", "Install with `./install.sh`. Machine-specific secrets live in `~/.secrets` (not in this repo).")
    f.write()

    f = ctx.f(D, ".netrc")
    f.secret("machine ftp.partner-exchange.com login acme_upload password %s" % password(r), "netrc-password")
    f.add("", "machine api.heroku.com", "  login dev@acme.com")
    f.secret("  password %s" % uuid4(r), "heroku-api-key")
    f.add("", "machine github.com", "  login octodev")
    f.secret("  password %s" % crc_token(r, "ghp_"), "github-pat")
    f.write()

    f = ctx.f(D, ".pgpass")
    f.add("# hostname:port:database:username:password")
    f.secret("prod-db-1.cluster-c8xk2.eu-west-1.rds.amazonaws.com:5432:orders:orders_ro:%s" % url_password(r), "pgpass")
    f.secret("analytics-db.internal:5432:*:analyst:%s" % url_password(r), "pgpass")
    f.neg("localhost:5432:*:postgres:postgres", "local-dev-default")
    f.write()

    f = ctx.f(D, ".npmrc")
    f.add("init-author-name=Octo Dev", "save-exact=true")
    f.secret("//registry.npmjs.org/:_authToken=" + crc_token(r, "npm_"), "npm-token")
    f.secret("//nexus.acme.internal/repository/npm-private/:_auth=" + sp.docker_auth("octodev", password(r)), "npmrc-auth")
    f.neg("//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}", "templating")
    f.write()

    f = ctx.f(D, ".pypirc")
    f.add("[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]", "username = __token__")
    f.secret("password = " + pypi_token(r), "pypi-token")
    f.add("", "[internal]", "repository = https://pypi.acme.internal/legacy/", "username = octodev")
    f.secret("password = " + password(r), "pypirc-password")
    f.write()

    f = ctx.f(D, ".git-credentials")
    f.secret("https://octodev:%s@github.com" % crc_token(r, "ghp_"), "git-credentials")
    f.secret("https://oauth2:%s@gitlab.acme.com" % ("glpat-" + rstr(r, ALNUM + "_-", 20)), "git-credentials")
    f.secret("https://octodev:%s@bitbucket.org" % rstr(r, ALNUM, 20), "git-credentials")
    f.write()

    f = ctx.f(D, ".gitconfig")
    f.add("[user]", "    name = Octo Dev", "    email = octodev@users.noreply.github.com", "[core]", "    editor = nvim",
          "[pull]", "    rebase = true")
    f.secret('[url "https://gitlab-ci-token:%s@gitlab.acme.com/"]' % ("glpat-" + rstr(r, ALNUM + "_-", 20)), "gitlab-pat")
    f.add("    insteadOf = https://gitlab.acme.com/")
    f.add("[commit]", "    gpgsign = true", "[gpg]", "    format = ssh", "[user]")
    f.neg("    signingkey = %s" % sp.ssh_pub(r, "ed25519"), "public-key")
    f.write()

    # docker config.json
    f = ctx.f(D, ".docker/config.json")
    f.add("{", '  "auths": {', '    "https://index.docker.io/v1/": {')
    f.secret('      "auth": "%s"' % sp.docker_auth("octodev", spec("dockerhub-pat").make(r)[0][1]), "docker-config-auth")
    f.add("    },", '    "ghcr.io": {')
    f.secret('      "auth": "%s"' % sp.docker_auth("octodev", crc_token(r, "ghp_")), "docker-config-auth")
    f.add("    },", '    "registry.acme.internal": {')
    f.secret('      "auth": "%s"' % sp.docker_auth("deploy", password(r)), "docker-config-auth")
    f.add("    },", '    "public.ecr.aws": {}', "  },", '  "credsStore": "desktop",', '  "currentContext": "default"', "}")
    f.write()

    # kubeconfig
    f = ctx.f(D, ".kube/config")
    f.add("apiVersion: v1", "kind: Config", "clusters:", "- cluster:")
    f.neg("    certificate-authority-data: " + b64("\n".join(pem("CERTIFICATE", certificate_der(r, "kubernetes"))).encode()),
          "certificate")
    f.add("    server: https://k8s-prod.acme.net:6443", "  name: prod", "- cluster:")
    f.neg("    certificate-authority-data: " + b64("\n".join(pem("CERTIFICATE", certificate_der(r, "minikubeCA"))).encode()),
          "certificate")
    f.add("    server: https://127.0.0.1:6443", "  name: local", "users:", "- name: ci-deployer", "  user:")
    f.secret("    token: " + service_jwt(r), "kubeconfig-token")
    f.add("- name: admin", "  user:")
    f.neg("    client-certificate-data: " + b64("\n".join(pem("CERTIFICATE", certificate_der(r, "kubernetes-admin"))).encode()),
          "certificate")
    f.secret("    client-key-data: " + b64(("\n".join(pem("EC PRIVATE KEY", ec_p256_der(r))) + "\n").encode()), "kubeconfig-client-key")
    f.add("contexts:", "- context:", "    cluster: prod", "    user: ci-deployer", "  name: prod", "current-context: prod")
    f.write()

    # AWS
    f = ctx.f(D, ".aws/credentials")
    s = spec("aws-access-key").make(r)
    f.add("[default]")
    f.secret(["aws_access_key_id = %s" % s[0][1], "aws_secret_access_key = %s" % s[1][1]], "aws-access-key", at=1)
    f.add("", "[docs-example]")
    f.neg(["aws_access_key_id = %s" % EXAMPLE_PAIRS[0][0], "aws_secret_access_key = %s" % EXAMPLE_PAIRS[0][1]],
          "documented-example", at=0)
    f.add("", "[legacy-batch]")
    s = spec("aws-access-key").make(r)
    f.secret(["aws_access_key_id=%s" % s[0][1], "aws_secret_access_key=%s" % s[1][1]], "aws-access-key", at=1)
    f.write()
    f = ctx.f(D, ".aws/config")
    f.add("[default]", "region = eu-west-1", "output = json", "", "[profile prod-admin]", "sso_session = acme",
          "sso_account_id = 210987654321", "sso_role_name = AdministratorAccess", "", "[sso-session acme]",
          "sso_start_url = https://acme.awsapps.com/start", "sso_region = eu-west-1")
    f.write()

    # SSH
    lines, cat = sp.private_key(r, "openssh-ed25519")
    f = ctx.f(D, ".ssh/id_ed25519")
    f.secret(lines, cat)
    f.write()
    f = ctx.f(D, ".ssh/id_ed25519.pub")
    f.neg(sp.ssh_pub(r, "ed25519"), "public-key")
    f.write()
    lines, cat = sp.private_key(r, "rsa")
    f = ctx.f(D, ".ssh/deploy_rsa")
    f.secret(lines, cat)
    f.write()
    f = ctx.f(D, ".ssh/known_hosts")
    for host in ("github.com", "gitlab.acme.com", "bastion.acme.net"):
        f.neg("%s %s" % (host, " ".join(sp.ssh_pub(r).split()[:2])), "public-key")
    f.write()
    f = ctx.f(D, ".ssh/config")
    f.add("Host bastion", "    HostName bastion.acme.net", "    User ops", "    IdentityFile ~/.ssh/deploy_rsa", "",
          "Host *.internal", "    ProxyJump bastion")
    f.write()

    # shell rc
    f = ctx.f(D, ".zshrc")
    f.add('export PATH="$HOME/.local/bin:$PATH"', "export EDITOR=nvim", "alias k=kubectl", "alias tf=terraform", "",
          "# tokens for CLIs")
    mix(f, r, d, "shell", pos=6, gen=1, negs=2, fill=(0, 0), comments=0.2, allow=["placeholder"])
    f.add("", 'source "$HOME/.secrets" 2>/dev/null || true')
    f.neg('export GITHUB_TOKEN="$(gh auth token)"', "env-reference")
    f.neg('export OPENAI_API_KEY="$(op read op://Private/OpenAI/credential)"', "secret-reference")
    f.write()

    f = ctx.f(D, ".m2/settings.xml")
    f.add("<settings>", "  <servers>", "    <server>", "      <id>acme-releases</id>", "      <username>deployer</username>")
    f.secret("      <password>%s</password>" % password(r), "generic-password")
    f.add("    </server>", "    <server>", "      <id>github</id>", "      <username>octodev</username>")
    f.neg("      <password>${env.GITHUB_TOKEN}</password>", "templating")
    f.add("    </server>", "  </servers>", "</settings>")
    f.write()

    f = ctx.f(D, ".gem/credentials")
    f.add("---")
    f.secret(":rubygems_api_key: rubygems_" + rhex(r, 48), "rubygems-api-key")
    f.write()

    f = ctx.f(D, ".config/gh/hosts.yml")
    f.add("github.com:", "    git_protocol: ssh", "    users:", "        octodev:")
    f.secret("            oauth_token: " + crc_token(r, "gho_"), "github-oauth")
    f.add("    user: octodev")
    f.write()

    f = ctx.f(D, ".cargo/credentials.toml")
    f.add("[registry]")
    f.secret('token = "cio%s"' % rstr(r, ALNUM, 32), "crates-io-token")
    f.write()

    f = ctx.f(D, ".terraformrc")
    f.add('plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"', "", 'credentials "app.terraform.io" {')
    f.secret('  token = "%s"' % hashicorp_tf_token(r), "terraform-cloud-token")
    f.add("}")
    f.write()

    f = ctx.f(D, ".vault-token")
    f.secret(vault_token(r), "vault-token")
    f.write()

    f = ctx.f(D, ".my.cnf")
    f.add("[client]", "user=reporting", "host=mysql-primary.acme.net")
    f.secret("password=%s" % password(r), "generic-password")
    f.write()

    f = ctx.f(D, ".config/pip/pip.conf")
    f.add("[global]", "timeout = 60")
    f.secret("extra-index-url = https://octodev:%s@pypi.acme.internal/simple/" % url_password(r), "basic-auth-url")
    f.write()

    f = ctx.f(D, ".yarnrc.yml")
    f.add("nodeLinker: node-modules", "npmScopes:", "  acme:", '    npmRegistryServer: "https://npm.acme.internal"')
    f.secret('    npmAuthToken: "%s"' % crc_token(r, "npm_"), "npm-token")
    f.write()

    f = ctx.f(D, ".config/sops/age/keys.txt")
    f.add("# created: 2024-05-02T10:11:12+02:00")
    f.neg("# public key: " + bech32_encode("age", rbytes(r, 32)), "public-key")
    f.secret(age_key(r), "age-secret-key")
    f.write()
