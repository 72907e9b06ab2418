"""platform-infra/ part 1: Ansible, Terraform, Packer."""
import json


def build(x):
    r, t, n = x.r, x.t, x.n
    dom = r.choice(["acme-corp", "northwind", "contoso-ops", "globex"]) + ".net"

    # ---------------------------------------------------------------- Ansible
    f = x.c.file("platform-infra/ansible/inventories/prod/hosts.ini")
    become = f.S(r.password("words"), "generic-password")
    winpw = f.S(r.password("strong"), "generic-password")
    f.write('''[db]
db01 ansible_host=%s ansible_user=deploy ansible_become_pass='%s'
db02 ansible_host=%s ansible_user=deploy

[web]
web[01:04].%s ansible_user=deploy ansible_ssh_private_key_file=~/.ssh/deploy_ed25519

[windows]
ad01.%s

[windows:vars]
ansible_connection=winrm
ansible_user=Administrator
ansible_password=%s
ansible_winrm_transport=ntlm
''' % (r.ip(), become, r.ip(), dom, dom, winpw))

    f = x.c.file("platform-infra/ansible/inventories/prod/group_vars/all/vault.yml")
    blob, cat = n.ansible_vault()
    f.N(blob, cat)
    f.write(blob + "\n")

    f = x.c.file("platform-infra/ansible/inventories/prod/group_vars/all/vars.yml")
    v1 = f.N("{{ vault_postgres_password }}", "template-ref")
    v2 = f.N("{{ lookup('community.hashi_vault.hashi_vault', 'secret=%s:token') }}" % n.vault_path("grafana")[0], "secret-store-ref")
    iv, _ = n.ansible_vault(indent="  ")
    f.N(iv, "encrypted-blob")
    pol = f.N("password_min_length: 14", "password-policy")
    f.write('''---
postgres_version: 15
postgres_password: "%s"
grafana_api_token: "%s"
smtp_relay_password: !vault |
  %s
%s
password_max_age_days: 90
''' % (v1, v2, iv, pol))

    f = x.c.file("platform-infra/ansible/inventories/prod/host_vars/legacy-ftp01.yml")
    fpw = f.S(r.password("human"), "generic-password")
    mroot = f.S(r.password("strong"), "generic-password")
    f.write('''---
# migrated from the old puppet manifests, clean up later
vsftpd_users:
  - name: partner_upload
    password: "%s"
    home: /srv/ftp/partner
mysql_root_password: %s
mysql_bind_address: 127.0.0.1
''' % (fpw, mroot))

    f = x.c.file("platform-infra/ansible/roles/postgres/defaults/main.yml")
    cm = f.N("changeme", "template-ref")
    enc = f.N("postgres_password_encryption: scram-sha-256", "password-policy")
    f.write('''---
postgres_port: 5432
postgres_password: %s   # overridden per inventory from the vault
%s
postgres_hba_entries:
  - { type: host, database: all, user: all, address: "10.0.0.0/8", method: scram-sha-256 }
''' % (cm, enc))

    f = x.c.file("platform-infra/ansible/roles/app/templates/app.env.j2")
    t1 = f.N("{{ app_db_password }}", "template-ref")
    t2 = f.N("{{ app_secret_key }}", "template-ref")
    f.write("DATABASE_URL=postgres://app:%s@{{ groups['db'][0] }}:5432/app\nSECRET_KEY=%s\nLOG_LEVEL=info\n" % (t1, t2))

    f = x.c.file("platform-infra/ansible/playbooks/bootstrap.yml")
    crypt = f.N(*n.sha512crypt())
    mpw = f.S(r.password("words"), "generic-password")
    rpw = f.S(x.urlpw(), "basic-auth")
    bt = f.N("Bearer {{ grafana_api_token }}", "template-ref")
    f.write('''---
- hosts: all
  become: true
  tasks:
    - name: ops break-glass user
      ansible.builtin.user:
        name: opsadmin
        groups: sudo
        password: "%s"

    - name: app database user
      community.mysql.mysql_user:
        login_user: root
        login_password: "%s"
        name: app
        priv: "app.*:ALL"

    - name: rabbitmq vhost
      ansible.builtin.shell: >
        curl -fsS -u admin:%s -X PUT http://localhost:15672/api/vhosts/app

    - name: register grafana datasource
      ansible.builtin.uri:
        url: https://grafana.%s/api/datasources
        method: POST
        headers:
          Authorization: "%s"
        body_format: json
        body: "{{ lookup('file', 'files/prometheus-ds.json') }}"
''' % (crypt, mpw, rpw, dom, bt))

    f = x.c.file("platform-infra/ansible/.vault_pass")
    vp = f.S(r.password("phrase"), "generic-password")
    f.write(vp + "\n")

    f = x.c.file("platform-infra/ansible/ansible.cfg")
    f.write("[defaults]\ninventory = inventories/prod/hosts.ini\nvault_password_file = .vault_pass\nhost_key_checking = True\nforks = 20\n")

    # ---------------------------------------------------------------- Terraform
    f = x.c.file("platform-infra/terraform/modules/rds/variables.tf")
    f.write('''variable "identifier" {
  type = string
}

variable "master_username" {
  type    = string
  default = "dbadmin"
}

variable "master_password" {
  description = "Leave null to let RDS manage the password in Secrets Manager."
  type        = string
  default     = null
  sensitive   = true
}
''')

    f = x.c.file("platform-infra/terraform/modules/rds/main.tf")
    rp = f.N("random_password.master.result", "template-ref")
    f.write('''resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#%%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "this" {
  identifier                  = var.identifier
  engine                      = "postgres"
  engine_version              = "15.5"
  instance_class              = "db.r6g.large"
  username                    = var.master_username
  password                    = coalesce(var.master_password, %s)
  storage_encrypted           = true
  deletion_protection         = true
}
''' % rp)

    f = x.c.file("platform-infra/terraform/envs/prod/terraform.tfvars")
    dbp = f.S(r.password("strong"), "generic-password")
    dd_api = f.S(*t.datadog())
    dd_app = f.S(r.hex(40), "datadog-key")
    cft = f.S(*t.cloudflare_token())
    gh = f.S(*t.github())
    f.write('''region          = "eu-central-1"
environment     = "prod"
db_master_password = "%s"

datadog_api_key = "%s"
datadog_app_key = "%s"

cloudflare_api_token = "%s"
github_token         = "%s"

allowed_cidrs = ["10.0.0.0/8", "192.168.100.0/24"]
''' % (dbp, dd_api, dd_app, cft, gh))

    f = x.c.file("platform-infra/terraform/envs/prod/providers.tf")
    kid, sec = t.aws_pair()
    f.S(kid, "aws-credentials", end=sec)
    f.write('''terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = var.region
  access_key = "%s"
  secret_key = "%s"
}
''' % (kid, sec))

    f = x.c.file("platform-infra/terraform/envs/prod/backend.hcl")
    sak = f.S(*t.azure_storage_key())
    f.write('resource_group_name  = "rg-tfstate"\nstorage_account_name = "sttfstate%s"\ncontainer_name       = "tfstate"\nkey                  = "prod.terraform.tfstate"\naccess_key           = "%s"\n' % (r.digits(5), sak))

    f = x.c.file("platform-infra/terraform/envs/staging/staging.auto.tfvars")
    ph1 = f.N(*n.placeholder("DATADOG_API_KEY"))
    ph2 = f.N("REPLACE_ME", "template-ref")
    f.write('region = "eu-central-1"\nenvironment = "staging"\ndb_master_password = null\ndatadog_api_key = "%s"\ncloudflare_api_token = "%s"\n' % (ph1, ph2))

    f = x.c.file("platform-infra/terraform/envs/prod/.terraform.lock.hcl")
    hs = [f.N(*n.h1()) for _ in range(3)]
    zh = [f.N("zh:" + r.hex(64), "hash") for _ in range(4)]
    f.write('''# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "%s",
    "%s",
    "%s",
    "%s",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.1"
  hashes = [
    "%s",
    "%s",
    "%s",
  ]
}
''' % (hs[0], zh[0], zh[1], zh[2], hs[1], hs[2], zh[3]))

    f = x.c.file("platform-infra/terraform/envs/prod/terraform.tfstate")
    st_pw = r.password("strong").replace('"', "")
    f.S('"result": "%s"' % st_pw, "generic-password")
    lin = f.N(*n.uuid())
    arn_acct = r.digits(12)
    state = {"version": 4, "terraform_version": "1.7.5", "serial": r.randint(10, 400), "lineage": lin,
             "outputs": {}, "resources": [
                 {"mode": "managed", "type": "random_password", "name": "master",
                  "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
                  "instances": [{"schema_version": 3, "attributes": {
                      "id": "none", "length": 32, "result": st_pw, "special": True}, "sensitive_attributes": []}]},
                 {"mode": "managed", "type": "aws_db_instance", "name": "this",
                  "instances": [{"attributes": {"arn": "arn:aws:rds:eu-central-1:%s:db:prod-main" % arn_acct,
                                                "engine": "postgres", "username": "dbadmin"}}]}]}
    f.write(json.dumps(state, indent=2) + "\n")

    f = x.c.file("platform-infra/terraform/modules/ci-user/main.tf")
    o = f.N("aws_iam_access_key.ci.secret", "template-ref")
    pgp = f.N("keybase:platform_ops", "identifier")
    f.write('''resource "aws_iam_user" "ci" {
  name = "ci-deployer"
}

resource "aws_iam_access_key" "ci" {
  user    = aws_iam_user.ci.name
  pgp_key = "%s"
}

output "ci_secret" {
  value     = %s
  sensitive = true
}
''' % (pgp, o))

    # ---------------------------------------------------------------- Packer
    f = x.c.file("platform-infra/packer/ubuntu-2204.pkr.hcl")
    e1 = f.N('env("AWS_SECRET_ACCESS_KEY")', "template-ref")
    iso = f.N("sha256:" + r.hex(64), "hash")
    vc = f.S(r.password("words"), "generic-password")
    f.write('''variable "aws_secret_key" {
  type      = string
  default   = %s
  sensitive = true
}

source "vsphere-iso" "ubuntu" {
  vcenter_server      = "vcenter.%s"
  username            = "packer@vsphere.local"
  password            = "%s"
  insecure_connection = false
  iso_url             = "https://releases.ubuntu.com/22.04/ubuntu-22.04.4-live-server-amd64.iso"
  iso_checksum        = "%s"
  ssh_username        = "packer"
  ssh_private_key_file = "~/.ssh/packer_ed25519"
  http_directory      = "http"
}

build {
  sources = ["source.vsphere-iso.ubuntu"]
  provisioner "shell" {
    inline = ["sudo apt-get update", "sudo apt-get -y upgrade"]
  }
}
''' % (e1, dom, vc, iso))

    f = x.c.file("platform-infra/packer/http/preseed.cfg")
    rc = f.N(*n.sha512crypt())
    upw = f.S(r.password("human"), "generic-password")
    f.write('''d-i debian-installer/locale string en_US.UTF-8
d-i netcfg/get_hostname string golden-image
d-i passwd/root-login boolean true
d-i passwd/root-password-crypted password %s
d-i passwd/user-fullname string Packer Build
d-i passwd/username string packer
d-i passwd/user-password password %s
d-i passwd/user-password-again password %s
d-i pkgsel/include string openssh-server cloud-init
''' % (rc, upw, upw))
