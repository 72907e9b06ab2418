"""dotfiles/: one developer's home-directory dotfiles and helper scripts, committed to a repo."""
import base64
import json

from hrand import ALNUM, DIGITS, HEX, LOWER, UPPER, b64


def build(x):
    r, t, n = x.r, x.t, x.n
    me, last = r.person()
    co = r.choice(["acme", "initech", "globex", "soylent"])

    f = x.c.file("dotfiles/.bashrc")
    gh = f.S(*t.github())
    opr = f.N("$(op read op://Private/OpenAI/credential)", "secret-store-ref")
    f.write('''# ~/.bashrc
[ -z "$PS1" ] && return
HISTCONTROL=ignoreboth
HISTSIZE=100000
alias k=kubectl
alias tf=terraform
export EDITOR=nvim
export GITHUB_TOKEN=%s
export OPENAI_API_KEY=%s
[ -f ~/.fzf.bash ] && source ~/.fzf.bash
''' % (gh, opr))

    f = x.c.file("dotfiles/.zshrc")
    kid, sec = t.aws_pair()
    f.S(kid, "aws-credentials", end=sec)
    fg = f.S(*t.github_fine())
    ca = f.N("$(aws codeartifact get-authorization-token --domain %s --query authorizationToken --output text)" % co, "template-ref")
    f.write('''export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git kubectl terraform)
source $ZSH/oh-my-zsh.sh

# sandbox account for the workshop
export AWS_ACCESS_KEY_ID=%s
export AWS_SECRET_ACCESS_KEY=%s
export HOMEBREW_GITHUB_API_TOKEN=%s
export CODEARTIFACT_AUTH_TOKEN=%s
''' % (kid, sec, fg, ca))

    f = x.c.file("dotfiles/.gitconfig")
    sk = f.N(r.s(HEX.upper(), 16), "identifier")
    ghs = f.S(*t.github("ghs_"))
    f.write('''[user]
	name = %s %s
	email = %s.%s@%s.com
	signingkey = %s
[commit]
	gpgsign = true
[url "https://x-access-token:%s@github.com/%s/"]
	insteadOf = https://github.com/%s/
[pull]
	rebase = true
''' % (me.capitalize(), last.capitalize(), me, last, co, sk, ghs, co, co))

    f = x.c.file("dotfiles/.git-credentials")
    g1 = f.S(*t.github())
    g2 = f.S(*t.gitlab_pat())
    f.write("https://%s:%s@github.com\nhttps://oauth2:%s@gitlab.%s.com\n" % (me, g1, g2, co))

    f = x.c.file("dotfiles/.netrc")
    hk = f.S(r.uuid(), "heroku-key")
    npw = f.S(r.password("strong"), "generic-password")
    f.write("machine api.heroku.com\n  login %s@%s.com\n  password %s\nmachine nexus.%s.internal login %s password %s\n"
            % (me, co, hk, co, me, npw))

    f = x.c.file("dotfiles/.npmrc")
    npm = f.S(*t.npm())
    ref = f.N("${GITHUB_PACKAGES_TOKEN}", "template-ref")
    ba = f.S(b64("%s:%s" % (me, x.urlpw())), "basic-auth")
    f.write('''//registry.npmjs.org/:_authToken=%s
@%s:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=%s
@internal:registry=https://nexus.%s.internal/repository/npm-private/
//nexus.%s.internal/repository/npm-private/:_auth=%s
save-exact=true
''' % (npm, co, ref, co, co, ba))

    f = x.c.file("dotfiles/.pypirc")
    pp = f.S(*t.pypi())
    kr = f.N("<stored in keyring>", "template-ref")
    f.write("[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\nusername = __token__\npassword = %s\n\n[testpypi]\nusername = __token__\npassword = %s\n" % (pp, kr))

    f = x.c.file("dotfiles/.docker/config.json")
    da = f.S(b64("%s:%s" % (me, t.docker_pat()[0])), "docker-config-auth")
    f.write(json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": da},
                                  "ghcr.io": {}}, "credsStore": "desktop",
                        "currentContext": "default"}, indent="\t") + "\n")

    # kubeconfig with a client key and an SA token
    f = x.c.file("dotfiles/.kube/config")
    ca_key = x.k.rsa(2048)
    cert = ca_key.self_signed_cert(r, "kubernetes", org="kubernetes")
    cad = f.N(b64(cert + "\n"), "public-key")
    ck = b64(x.k.ec().sec1_pem() + "\n")
    f.S(ck, "private-key")
    sat = f.S(*t.jwt_live("https://oidc.eks.eu-west-1.amazonaws.com/id/" + r.hex(32).upper(),
                          "system:serviceaccount:ci:deployer", aud=["sts.amazonaws.com"], alg="RS256", kid=r.hex(40)))
    f.write('''apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: %s
    server: https://k8s.%s.internal:6443
  name: onprem
contexts:
- context: {cluster: onprem, user: admin-onprem}
  name: onprem
- context: {cluster: onprem, user: ci-deployer}
  name: onprem-ci
current-context: onprem
users:
- name: admin-onprem
  user:
    client-certificate-data: %s
    client-key-data: %s
- name: ci-deployer
  user:
    token: %s
''' % (cad, co, cad, ck, sat))

    f = x.c.file("dotfiles/.aws/credentials")
    k1, s1 = t.aws_pair()
    f.S(k1, "aws-credentials", end=s1)
    k2, s2 = t.aws_pair(temp=True)
    st = t.aws_session()
    f.S(k2, "aws-credentials", end=st)
    f.write("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n[incident-2024-05]\naws_access_key_id = %s\naws_secret_access_key = %s\naws_session_token = %s\n" % (k1, s1, k2, s2, st))

    f = x.c.file("dotfiles/.aws/config")
    ra = f.N("arn:aws:iam::%s:role/OrganizationAccountAccessRole" % r.digits(12), "identifier")
    mfa = f.N("arn:aws:iam::%s:mfa/%s" % (r.digits(12), me), "identifier")
    f.write("[default]\nregion = eu-west-1\n\n[profile prod-admin]\nrole_arn = %s\nmfa_serial = %s\nsource_profile = default\n\n[profile sso]\nsso_start_url = https://%s.awsapps.com/start\nsso_region = eu-west-1\n" % (ra, mfa, co))

    # SSH
    ed = x.k.ed()
    f = x.c.file("dotfiles/.ssh/id_ed25519")
    priv = f.S(ed.openssh_private(r, "%s@laptop" % me), "private-key")
    f.write(priv + "\n", mode=0o600)
    f = x.c.file("dotfiles/.ssh/id_ed25519.pub")
    pub = f.N(ed.ssh_public("%s@laptop" % me), "public-key")
    f.write(pub + "\n")
    f = x.c.file("dotfiles/.ssh/id_rsa_legacy")
    rk = x.k.rsa(2048)
    f.write(f.S(rk.pkcs1_pem(), "private-key") + "\n")
    f = x.c.file("dotfiles/.ssh/authorized_keys")
    a1 = f.N(rk.ssh_public("%s@old-laptop" % me), "public-key")
    a2 = f.N(x.k.ec().ssh_public("ci@runner"), "public-key")
    f.write("%s\n%s\n" % (a1, a2))
    f = x.c.file("dotfiles/.ssh/known_hosts")
    kh = []
    for _ in range(3):
        line = "|1|%s|%s %s" % (r.b64(20), r.b64(20), x.k.ed().ssh_public("").strip())
        kh.append(f.N(line, "public-key"))
    f.write("\n".join(kh) + "\n")
    f = x.c.file("dotfiles/.ssh/config")
    f.write("Host bastion\n  HostName bastion.%s.com\n  User %s\n  IdentityFile ~/.ssh/id_ed25519\n\nHost 10.*\n  ProxyJump bastion\n" % (co, me))

    f = x.c.file("dotfiles/.pgpass")
    p1 = f.S(r.password("strong").replace(":", "#"), "generic-password")
    p2 = f.S(x.urlpw(), "generic-password")
    f.write("db-prod.%s.internal:5432:*:%s:%s\nlocalhost:5432:*:postgres:%s\n" % (co, me, p1, p2), mode=0o600)

    f = x.c.file("dotfiles/.my.cnf")
    mp = f.S(r.password("words"), "generic-password")
    f.write('[client]\nuser=%s\npassword="%s"\nhost=mysql-replica.%s.internal\n' % (me, mp, co))

    f = x.c.file("dotfiles/.config/gh/hosts.yml")
    gho = f.S(*t.github("gho_"))
    f.write("github.com:\n    user: %s%s\n    oauth_token: %s\n    git_protocol: ssh\n" % (me, last, gho))

    f = x.c.file("dotfiles/.s3cfg")
    do_id = "DO00" + r.s(UPPER + DIGITS, 16)
    do_sec = r.s(ALNUM + "/+", 43)
    f.S(do_id, "generic-api-key", end=do_sec)
    f.write("[default]\naccess_key = %s\nsecret_key = %s\nhost_base = fra1.digitaloceanspaces.com\nhost_bucket = %%(bucket)s.fra1.digitaloceanspaces.com\n" % (do_id, do_sec))

    f = x.c.file("dotfiles/.config/rclone/rclone.conf")
    b2id = f.N("00" + r.hex(23), "identifier")
    b2k = f.S("K00" + r.s(ALNUM, 28), "generic-api-key")
    f.write("[b2]\ntype = b2\naccount = %s\nkey = %s\nhard_delete = false\n" % (b2id, b2k))

    f = x.c.file("dotfiles/.config/wireguard/wg0.conf")
    wpk = f.S(r.b64(32), "wireguard-key")
    wpub = f.N(*n.wg_public())
    psk = f.S(r.b64(32), "wireguard-key")
    f.write("[Interface]\nAddress = 10.66.0.7/32\nPrivateKey = %s\nDNS = 10.66.0.1\n\n[Peer]\nPublicKey = %s\nPresharedKey = %s\nEndpoint = vpn.%s.com:51820\nAllowedIPs = 10.0.0.0/8\n" % (wpk, wpub, psk, co))

    f = x.c.file("dotfiles/.config/age/keys.txt")
    ak = f.S(*t.age())
    ap = f.N(*n.age_recipient())
    f.write("# created: 2024-02-11T09:14:02+01:00\n# public key: %s\n%s\n" % (ap, ak))

    f = x.c.file("dotfiles/scripts/backup.sh")
    mpw = f.S(r.password("strong").replace("'", ""), "generic-password")
    rpw = f.S(r.password("phrase"), "generic-password")
    f.write('''#!/bin/sh
set -eu
export RESTIC_REPOSITORY=b2:%s-backups:/laptop
export RESTIC_PASSWORD='%s'
mysqldump -u root -p'%s' --all-databases | gzip > /tmp/all.sql.gz
restic backup ~/work /tmp/all.sql.gz
''' % (co, rpw, mpw))

    f = x.c.file("dotfiles/scripts/vpn.sh")
    vpw = f.S(r.password("human"), "generic-password")
    f.write('''#!/bin/sh
echo "%s" | sudo openconnect --user=%s --passwd-on-stdin vpn.%s.com
''' % (vpw, me, co))

    f = x.c.file("dotfiles/.bash_history")
    glp = f.S(*t.gitlab_pat())
    hv = f.S(*t.vault())
    cpw = f.S(x.urlpw(), "connection-string")
    f.write('''ls -la
kubectl get pods -n prod
curl -H "PRIVATE-TOKEN: %s" https://gitlab.%s.com/api/v4/projects?membership=true
export VAULT_ADDR=https://vault.%s.internal:8200
export VAULT_TOKEN=%s
vault kv get secret/platform/grafana
mysql -h mysql-replica.%s.internal -u %s -p
git clone https://%s:%s@git.%s.internal/ops/runbooks.git
history | grep ssh
''' % (glp, co, co, hv, co, me, me, cpw, co))
