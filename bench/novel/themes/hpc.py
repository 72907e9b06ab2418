"""hpc-cluster/: a university research-computing centre: Slurm (slurmdbd, slurmrestd JWT,
munge key in a Kubernetes Secret), Open XDMoD, Open OnDemand + Dex, Globus Connect Server,
iRODS, HTCondor IDTOKENs, LDAP/Kerberos, Grafana, Spack mirrors and lock file, Apptainer remote,
conda channels, batch jobs, user-support tickets (RT), a Zulip export, e-mail and histories."""

import base64
import json

from nframe import jdump, kv, esc_json_pem, indent
from themes.common import sentence, neutral, ticket, email, history, filler

DOM = "rc.northbridge.edu"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E

    # ---------------------------------------------------------------- Slurm
    slurm_db = g.pw()
    t.add("slurm/slurmdbd.conf", f"""AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=/etc/slurm/jwt_hs256.key
DbdHost=slurmdbd01
SlurmUser=slurm
StorageType=accounting_storage/mysql
StorageHost=mariadb01.{DOM}
StorageUser=slurm
StoragePass={S(slurm_db, 'generic-password')}
StorageLoc=slurm_acct_db
PurgeJobAfter=24month
""")
    t.add("slurm/slurm.conf", f"""ClusterName=granite
SlurmctldHost=slurmctl01
AuthType=auth/munge
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=slurmdbd01
AccountingStoragePass=/var/run/munge/munge.socket.2
JobCompType=jobcomp/elasticsearch
JobCompLoc=https://es01.{DOM}:9200/slurm/_doc
JobCompUser=slurm_jobcomp
JobCompPass={S(g.pw(safe=True), 'generic-password')}
NodeName=gpu[001-024] Gres=gpu:a100:4 CPUs=64 RealMemory=512000
PartitionName=gpu Nodes=gpu[001-024] MaxTime=2-00:00:00 State=UP
""")
    jwt_payload = {"exp": 1893456000, "iat": 1710000000, "sun": "slurmrestd"}
    t.add("slurm/slurmrestd.env", f"""SLURMRESTD_LISTEN=0.0.0.0:6820
SLURM_JWT={S(g.jwt_hs(jwt_payload), 'slurm-jwt', 'jwt')}
SLURMRESTD_SECURITY=disable_unshared_files
""")
    mk = g.raw(1024)
    t.add("k8s/slinky/munge-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: slurm-munge
  namespace: slinky
type: Opaque
data:
  munge.key: {S(base64.b64encode(mk).decode(), 'munge-key')}
""")
    t.add("k8s/slinky/values.yaml", f"""slurm:
  jwtHs256KeyRef:
    secretName: {N('slurm-jwt-key', 'secret-manager-reference')}
  auth:
    mungeKeyRef: slurm-munge
mariadb:
  auth:
    password: {N('{{ .Values.global.dbPassword }}', 'template-reference')}
""")

    # ---------------------------------------------------------------- XDMoD / OnDemand
    xd_pw = g.pw(safe=True)
    secs = []
    for sec in ("database", "datawarehouse", "shredder", "hpcdb", "logger"):
        secs.append(f"""[{sec}]
type = "mysql"
host = "mariadb01.{DOM}"
port = "3306"
user = "xdmod"
pass = "{S(xd_pw, 'generic-password')}"
""")
    t.add("xdmod/portal_settings.ini", f"""[general]
title = "Northbridge XDMoD"
site_address = "https://xdmod.{DOM}/"
user_manual = "https://xdmod.{DOM}/user_manual/"
[mailer]
sender_email = "xdmod@{DOM}"

""" + "\n".join(secs))
    dex_secret = g.s(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    t.add("ondemand/ood_portal.yml", f"""servername: ondemand.{DOM}
ssl:
  - 'SSLCertificateFile "/etc/pki/tls/certs/ondemand.crt"'
  - 'SSLCertificateKeyFile "/etc/pki/tls/private/ondemand.key"'
auth:
  - 'AuthType openid-connect'
  - 'Require valid-user'
oidc_uri: /oidc
oidc_provider_metadata_url: https://ondemand.{DOM}/dex/.well-known/openid-configuration
oidc_client_id: ondemand.{DOM}
oidc_client_secret: {S(dex_secret, 'oauth-client-secret')}
oidc_remote_user_claim: email
dex:
  connectors:
    - type: ldap
      id: ldap
      name: LDAP
      config:
        host: ldap01.{DOM}:636
        bindDN: cn=ood-bind,ou=services,dc=northbridge,dc=edu
        bindPW: {S(g.pw(), 'ldap-bind-password')}
        userSearch:
          baseDN: ou=people,dc=northbridge,dc=edu
          username: uid
""")
    for cl in ("granite", "basalt"):
        t.add(f"ondemand/clusters.d/{cl}.yml", f"""---
v2:
  metadata:
    title: "{cl.capitalize()}"
  login:
    host: "login.{cl}.{DOM}"
  job:
    adapter: "slurm"
    cluster: "{cl}"
    bin: "/usr/bin"
""")

    # ---------------------------------------------------------------- Globus / iRODS / HTCondor
    gk = K.rsa()
    gcid, gsec = g.uuid(), g.b64(32)
    t.add("globus/deployment-key.json", "{\n" + f"""  {B('s', 'globus-client-credentials')}"client_id": "{A(gcid, 'id')}",
  "secret": "{A(gsec)}",
  "private_key": "{A(esc_json_pem(gk.pem8()), 'pem-json')}"{E()},
  "endpoint_id": "{N(g.uuid(), 'resource-identifier')}"
""" + "}\n")
    t.add("globus/transfer-nightly.sh", f"""#!/bin/bash
# Mirror the instrument share to Granite scratch every night
export GLOBUS_CLI_CLIENT_ID={g.uuid()}
export GLOBUS_CLI_CLIENT_SECRET='{S(g.b64(32), 'globus-client-credentials')}'
SRC={N(g.uuid(), 'resource-identifier')}
DST={N(g.uuid(), 'resource-identifier')}
globus transfer --recursive --sync-level checksum "$SRC:/instruments/" "$DST:/scratch/instruments/"
""")
    zone_key, neg_key, cp_key = g.s(32), g.s(32), g.s(32)
    t.add("irods/server_config.json", f"""{{
    "schema_name": "server_config",
    "zone_name": "nbZone",
    "zone_key": "{S(zone_key, 'app-secret')}",
    "negotiation_key": "{S(neg_key, 'app-secret')}",
    "server_control_plane_key": "{S(cp_key, 'app-secret')}",
    "server_control_plane_port": 1248,
    "catalog_provider_hosts": ["icat01.{DOM}"],
    "default_resource_name": "s3Resc"
}}
""")
    t.add("irods/database_config.json", jdump({"catalog_database_type": "postgres", "db_host": "pg01." + DOM,
                                                "db_name": "ICAT", "db_username": "irods",
                                                "db_password": S(g.pw(safe=True), 'generic-password'),
                                                "db_odbc_driver": "PostgreSQL Unicode"}))
    t.add("irods/s3.keypair", f"{B('s', 'aws-access-key')}{A(g.aws_id(), 'id')}\n{A(g.aws_secret())}{E()}\n")
    for who in ("admin", "jobrouter"):
        tok = g.jwt_hs({"iat": 1711000000, "iss": "cm01." + DOM, "jti": g.hexs(32), "scope": "condor:/ADMINISTRATOR condor:/READ",
                        "sub": who + "@" + DOM})
        t.add(f"condor/tokens.d/{who}.token", S(tok, 'htcondor-idtoken', 'jwt') + "\n")
    t.add("condor/config.d/50-security.conf", f"""SEC_DEFAULT_AUTHENTICATION_METHODS = IDTOKENS, FS
SEC_TOKEN_DIRECTORY = /etc/condor/tokens.d
SEC_PASSWORD_FILE = /etc/condor/passwords.d/POOL
ALLOW_ADMINISTRATOR = condor@{DOM}/cm01.{DOM}
""")

    # ---------------------------------------------------------------- LDAP / Kerberos
    t.add("ldap/nslcd.conf", f"""uid nslcd
gid ldap
uri ldaps://ldap01.{DOM}/ ldaps://ldap02.{DOM}/
base dc=northbridge,dc=edu
binddn cn=nslcd,ou=services,dc=northbridge,dc=edu
bindpw {S(g.pw(), 'ldap-bind-password')}
ssl on
tls_reqcert demand
""")
    t.add("ldap/slapd.conf", f"""database mdb
suffix "dc=northbridge,dc=edu"
rootdn "cn=Manager,dc=northbridge,dc=edu"
rootpw {N(g.ssha(), 'password-hash')}
directory /var/lib/ldap
""")
    t.add("kerberos/notes.md", f"""# Kerberos notes

Realm `NORTHBRIDGE.EDU`, KDCs kdc01/kdc02. Host keytabs are created with:

    kadmin -p hpcadmin/admin -w '{S(g.pw(), 'password-in-prose')}' -q "ktadd -k /tmp/host.keytab host/gpu001.{DOM}"

(yes, the admin principal password is in here; move it to the vault - see RT#20931)

The keytab key version and its enctype hash: kvno 4, `{N(g.sha1(), 'hash-sha1')}`.
""")

    # ---------------------------------------------------------------- monitoring
    t.add("grafana/grafana.ini", f"""[server]
root_url = https://grafana.{DOM}/
[security]
admin_user = admin
admin_password = {S(g.pw(), 'generic-password')}
secret_key = {S(g.s(32), 'app-secret')}
[database]
type = mysql
host = mariadb01.{DOM}:3306
user = grafana
password = \"\"\"{S(g.pw(), 'generic-password')}\"\"\"
[auth.generic_oauth]
client_secret = {N('$__file{/etc/grafana/oauth_secret}', 'file-reference')}
""")
    t.add("grafana/provisioning/datasources/slurm.yml", f"""apiVersion: 1
datasources:
  - name: slurm-acct
    type: mysql
    url: mariadb01.{DOM}:3306
    user: grafana_ro
    jsonData:
      database: slurm_acct_db
    secureJsonData:
      password: {S(g.pw(safe=True), 'generic-password')}
  - name: prometheus
    type: prometheus
    url: https://prom.{DOM}
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: {N('${PROM_BASIC_PW}', 'env-reference')}
""")

    # ---------------------------------------------------------------- software stack
    t.add("spack/mirrors.yaml", f"""mirrors:
  nb-binary-cache:
    url: s3://nb-spack-cache
    access_pair:
      {B('s', 'aws-access-key')}id: {A(g.aws_id(), 'id')}
      secret: {A(g.aws_secret())}{E()}
    signed: true
  spack-public:
    url: https://mirror.spack.io
""")
    lock = {"_meta": {"file-type": "spack-lockfile", "lockfile-version": 5}, "roots": [], "concrete_specs": {}}
    hashes = []
    for pkg in ["openmpi", "hdf5", "fftw", "cuda", "netcdf-c", "gromacs", "lammps"]:
        h = g.s(32, "abcdefghijklmnopqrstuvwxyz234567")
        hashes.append((pkg, h))
        lock["roots"].append({"hash": N(h, 'build-identifier') if len(hashes) <= 4 else h, "spec": pkg})
    t.add("spack/spack.lock", jdump(lock))
    t.add("containers/apptainer-remote.yaml", f"""Active: SylabsCloud
Remotes:
  SylabsCloud:
    URI: cloud.sylabs.io
    Token: {S(g.jwt_hs({"user_id": g.hexs(24), "exp": 1893456000, "iss": "https://auth.sylabs.io/"}), 'sylabs-token', 'jwt')}
    System: true
""")
    t.add("containers/condarc", f"""channels:
  - https://conda.anaconda.org/t/{S('nb-' + g.s(30, 'abcdefghijklmnopqrstuvwxyz0123456789-'), 'anaconda-token')}/northbridge
  - conda-forge
channel_priority: strict
""")

    # ---------------------------------------------------------------- jobs
    t.add("jobs/llm-finetune.sbatch", f"""#!/bin/bash
#SBATCH --job-name=llama-ft
#SBATCH --partition=gpu
#SBATCH --gres=gpu:a100:4
#SBATCH --time=1-12:00:00
module load cuda/12.2 python/3.11
export HF_TOKEN={S(g.hf(), 'huggingface-token')}
export WANDB_MODE=offline
srun python train.py --model meta-llama/Llama-3-8B --out /scratch/$USER/ft
""")
    t.add("jobs/s3-stage.sbatch", f"""#!/bin/bash
#SBATCH --job-name=stage
#SBATCH --time=02:00:00
{B('s', 'aws-access-key')}export AWS_ACCESS_KEY_ID={A(g.aws_id(), 'id')}
export AWS_SECRET_ACCESS_KEY={A(g.aws_secret())}{E()}
aws s3 sync s3://nb-genomics-raw/run42 /scratch/$USER/run42
""")
    t.add("jobs/openai-batch.sbatch", f"""#!/bin/bash
#SBATCH --job-name=annot
#SBATCH --time=04:00:00
export OPENAI_API_KEY="${{OPENAI_API_KEY:?load it with 'module load openai-key'}}"
python annotate.py --model gpt-4o-mini --in corpus.jsonl
""")
    t.add("jobs/README.md", f"""# Example jobs

Never put tokens in job scripts - they are world-readable in `/var/spool/slurm`.
Use `{N('~/.config/hf/token', 'file-reference')}` or the `hpc-secrets` module.
""")

    # ---------------------------------------------------------------- people / prose
    ek = K.ed()
    t.add("users/svc-backup/.ssh/id_ed25519", S(K.openssh(ek, "svc-backup@granite"), 'private-key-openssh') + "\n")
    from nkeys import openssh_public, ssh_fingerprint
    t.add("users/svc-backup/.ssh/authorized_keys", "\n".join(
        N(openssh_public(k, "%s@%s" % (g.user(), DOM)), 'public-key') for k in (ek, K.ed(), K.ed())) + "\n")
    t.add("users/svc-backup/.ssh/fingerprints.txt", "256 %s svc-backup@granite (ED25519)\n" % N(ssh_fingerprint(ek), 'key-fingerprint'))
    temp = g.pw("word")
    email(t, "support/allocations/welcome-new-pi.eml", "rc-help@" + DOM, "%s@%s" % (g.user(0), "northbridge.edu"),
          "Your Granite allocation is ready", [
              "Dear Professor %s," % g.last(), "", "Your project allocation on Granite is active.",
              "Login node: login.granite.%s" % DOM, "Username: %s" % g.user(1),
              "Temporary password: " + S(temp, 'temp-password'),
              "You will be asked to change it at first login.", "", "Research Computing"])
    ticket(t, "support/rt/RT-20931.txt", "RT#20931", "Cannot submit jobs from OnDemand", [
        "Hi, I get 'invalid user' when I launch Jupyter.",
        "My password is " + S(g.pw(), 'password-in-prose') + " if you need to test, username " + g.user(1) + ".",
        "(Staff note: told the user to change it immediately.)"], system="Request Tracker")
    ticket(t, "support/rt/RT-21002.txt", "RT#21002", "Globus endpoint shows expired credential", [
        "The collection on the lab NAS keeps failing.",
        "Globus endpoint id " + N(g.uuid(), 'resource-identifier') + ".",
        neutral(g, 'the Globus endpoint')], system="Request Tracker")
    msgs = [{"sender_full_name": g.person(), "content": m, "timestamp": 1711000000 + k * 311} for k, m in enumerate([
        neutral(g, "Granite"), "xdmod db creds? the ingest cron broke",
        "xdmod / " + S(xd_pw, 'password-in-prose') + " on mariadb01",
        neutral(g, "slurmdbd"), "also the grafana admin is still the installer default " + N("admin", 'well-known-default'),
        "fixed", "irods rodsadmin password: " + S(g.pw(), 'password-in-prose')])]
    t.add("support/zulip/hpc-admins.json", jdump({"stream": "hpc-admins", "topic": "misc", "messages": msgs}))
    h = filler(g, 3, "slurmctld", "slurmctl01") + [
        "sacctmgr show assoc format=account,user,grptres",
        "mysql -u slurm -p'%s' slurm_acct_db -e 'show tables'" % S(slurm_db, 'password-in-history'),
        "ldapmodify -x -D cn=Manager,dc=northbridge,dc=edu -w '%s' -f add-group.ldif" % S(g.pw(), 'password-in-history'),
        "scontrol token lifespan=7200 username=portal",
        "iinit", "echo 'rods:%s' | chpasswd" % S(g.pw(safe=True), 'password-in-history'),
        "sha1sum /etc/munge/munge.key"] + filler(g, 3, "munge", "slurmctl01")
    history(t, "root/.bash_history", h)
    t.add("root/.python_history", "\n".join([
        "import requests",
        "r = requests.get('https://xdmod.%s/rest/v1/warehouse/quick_stats', auth=('xdmod-api', '%s'))" % (DOM, S(g.pw(safe=True), 'password-in-history')),
        "r.json()", "exit()"]) + "\n")
