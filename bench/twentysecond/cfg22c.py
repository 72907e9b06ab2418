"""Tool/config file kinds, part C: data stores, backup, provisioning and system services."""

KINDS = [
("redis-sentinel", "cache/etc/redis/sentinel.conf", False, """\
port 26379
daemonize no
sentinel monitor ⟦sys_slug⟧ 10.20.4.11 6379 2
sentinel auth-pass ⟦sys_slug⟧ «S:pw:redis-password»
sentinel down-after-milliseconds ⟦sys_slug⟧ 5000
sentinel failover-timeout ⟦sys_slug⟧ 60000
requirepass «S:pw:redis-password>sentpw»
sentinel sentinel-pass «=sentpw»
# sentinel auth-user ⟦sys_slug⟧ «N:angle=user:placeholder»"""),
("influx-cli-configs", "home/⟦user⟧/.influxdbv2/configs", False, """\
[default]
  url = "https://influx.⟦idom⟧:8086"
  token = "«S:influxtok:influxdb-token»"
  org = "⟦slug⟧"
  active = true

[staging]
  url = "https://influx-stg.⟦idom⟧:8086"
  token = "«N:env=INFLUX_TOKEN:reference»"
  org = "⟦slug⟧\""""),
("bareos-client", "backup/etc/bareos/bareos-dir.d/client/⟦h1s⟧-fd.conf", False, """\
Client {
  Name = ⟦h1s⟧-fd
  Address = ⟦h1⟧
  Password = "«S:pw:bareos-password»"
  File Retention = 30 days
  Job Retention = 6 months
  AutoPrune = yes
}"""),
("bareos-console", "backup/etc/bareos/bconsole.conf", False, """\
Director {
  Name = bareos-dir
  address = backup.⟦idom⟧
  Password = "«S:pw:bareos-password»"
  Description = "Bareos Console credentials for local Director"
}"""),
("pbs-client-env", "backup/usr/local/sbin/pbs-nightly.sh", False, """\
#!/bin/sh
# nightly backup of the ⟦sys⟧ to Proxmox Backup Server
export PBS_REPOSITORY='backup@pbs!nightly@pbs.⟦idom⟧:datastore1'
export PBS_PASSWORD='«S:uuid:pbs-api-token-secret»'
export PBS_ENCRYPTION_PASSWORD='«S:pw:encryption-passphrase»'
export PBS_FINGERPRINT='«N:certfp:fingerprint»'
proxmox-backup-client backup root.pxar:/ etc.pxar:/etc --ns ⟦slug⟧"""),
("autounattend", "provisioning/Autounattend.xml", True, """\
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="«N:hex16:public-token»" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>«S:pw:local-admin-password»</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Username>kiosk</Username>
        <Password>
          <Value>«S:pw:autologon-password»</Value>
          <PlainText>true</PlainText>
        </Password>
        <Enabled>true</Enabled>
      </AutoLogon>
      <TimeZone>Central Europe Standard Time</TimeZone>
    </component>
  </settings>
</unattend>"""),
("butane", "provisioning/⟦h1s⟧.bu", False, """\
variant: fcos
version: 1.5.0
passwd:
  users:
    - name: core
      password_hash: «N:sha512crypt:password-hash»
      ssh_authorized_keys:
        - «N:sshpub:public-key»
storage:
  files:
    - path: /etc/⟦sys_slug⟧/agent.env
      mode: 0600
      contents:
        inline: |
          AGENT_TOKEN=«S:alnum32:agent-token»
          AGENT_URL=https://⟦h1⟧/api"""),
("getmailrc", "mail/.getmail/getmailrc", False, """\
[retriever]
type = SimpleIMAPSSLRetriever
server = imap.⟦idom⟧
username = ⟦email⟧
password = «S:pw:mail-password»
mailboxes = ("INBOX",)

[destination]
type = Maildir
path = ~/Maildir/

[options]
delete = false
read_all = false"""),
("coturn", "rtc/etc/turnserver.conf", False, """\
listening-port=3478
tls-listening-port=5349
realm=turn.⟦dom⟧
use-auth-secret
static-auth-secret=«S:alnum32:turn-secret»
user=⟦user⟧:«S:pw:turn-password»
cert=/etc/letsencrypt/live/turn.⟦dom⟧/fullchain.pem
pkey=/etc/letsencrypt/live/turn.⟦dom⟧/privkey.pem
no-multicast-peers"""),
("sonar-properties", "quality/conf/sonar.properties", False, """\
sonar.jdbc.username=sonar
sonar.jdbc.password=«S:pw:db-password»
sonar.jdbc.url=jdbc:postgresql://db.⟦idom⟧/sonarqube
sonar.web.host=0.0.0.0
sonar.web.port=9000
sonar.auth.jwtBase64Hs256Secret=«S:b64_32:jwt-secret»
sonar.core.serverBaseURL=https://sonar.⟦idom⟧
#sonar.jdbc.password=«N:angle=password:placeholder»"""),
("monitrc", "monitoring/etc/monit/monitrc", False, """\
set daemon 60
set log /var/log/monit.log
set mailserver smtp.⟦idom⟧ port 587
    username "monit@⟦dom⟧" password "«S:pw:smtp-password»"
    using tls
set alert ⟦email⟧
set httpd port 2812 and
    use address 0.0.0.0
    allow 10.20.0.0/16
    allow admin:«S:pwnc:monit-password»
check process ⟦sys_slug⟧ with pidfile /run/⟦sys_slug⟧.pid
    start program = "/bin/systemctl start ⟦sys_slug⟧"
    stop program = "/bin/systemctl stop ⟦sys_slug⟧\""""),
("pm2-ecosystem", "apps/⟦sys_slug⟧/ecosystem.config.js", False, """\
module.exports = {
  apps: [{
    name: '⟦sys_slug⟧',
    script: './dist/server.js',
    instances: 2,
    env_production: {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app:«S:pwu:db-password»@db.⟦idom⟧:5432/⟦db⟧',
      SESSION_SECRET: '«S:alnum32:session-secret»',
      SENDGRID_API_KEY: '«P:sendgrid»',
      STRIPE_PUBLISHABLE_KEY: '«N:pub=stripe-publishable:public-by-design»',
    },
    env_development: {
      DATABASE_URL: process.env.DEV_DATABASE_URL,
    },
  }],
};"""),
("apache-ldap-vhost", "web/etc/apache2/sites-available/intranet.conf", False, """\
<VirtualHost *:443>
    ServerName intranet.⟦idom⟧
    DocumentRoot /var/www/intranet
    <Location />
        AuthType Basic
        AuthName "⟦org⟧ intranet"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc1.⟦idom⟧/OU=Staff,DC=⟦dcdom⟧?sAMAccountName?sub"
        AuthLDAPBindDN "CN=svc-apache,OU=Service,DC=⟦dcdom⟧"
        AuthLDAPBindPassword "«S:pw:ldap-bind-password»"
        Require valid-user
    </Location>
    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/intranet.pem
</VirtualHost>"""),
("apache-ldap-exec", "web/etc/apache2/conf-available/ldap-bind.conf", False, """\
# the bind password is read from a helper at start-up
AuthLDAPBindPassword «N:execref=/usr/local/bin/ldap-pass:reference»
LDAPTrustedGlobalCert CA_BASE64 /etc/ssl/certs/ad-ca.pem"""),
("kong-conf", "gateway/etc/kong/kong.conf", False, """\
database = postgres
pg_host = db.⟦idom⟧
pg_port = 5432
pg_user = kong
pg_password = «S:pw:db-password»
pg_database = kong
admin_listen = 127.0.0.1:8001
admin_gui_session_conf = {"secret":"«S:alnum24:session-secret»","storage":"kong","cookie_secure":true}
pg_ro_password = «N:kongvault:reference»"""),
("containerd-config", "nodes/etc/containerd/config.toml", False, """\
version = 2

[plugins."io.containerd.grpc.v1.cri".registry.configs."registry.⟦idom⟧".auth]
  username = "node-pull"
  password = "«S:pw:registry-password»"

[plugins."io.containerd.grpc.v1.cri".registry.configs."ghcr.io".auth]
  username = "⟦user⟧"
  password = "«P:github-pat»"

[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
  endpoint = ["https://mirror.⟦idom⟧"]"""),
("iscsid-conf", "storage/etc/iscsi/iscsid.conf", False, """\
iscsid.startup = /bin/systemctl start iscsid.socket
node.startup = automatic
node.session.auth.authmethod = CHAP
node.session.auth.username = ⟦h1s⟧
node.session.auth.password = «S:chap:chap-secret»
node.session.auth.username_in = target-⟦slug⟧
node.session.auth.password_in = «S:chap:chap-secret»
discovery.sendtargets.auth.authmethod = CHAP
node.session.timeo.replacement_timeout = 120"""),
("ansible-inventory", "ansible/inventory/hosts.ini", False, """\
[plc_gateways]
⟦h1⟧ ansible_host=10.20.7.11
⟦h2⟧ ansible_host=10.20.7.12

[plc_gateways:vars]
ansible_user=ops
ansible_password=«S:pw:ssh-password»
ansible_become_password=«N:jinja=vault_become_pass:template»

[windows]
hmi01.⟦idom⟧ ansible_user=Administrator ansible_password=«S:pw:winrm-password» ansible_connection=winrm"""),
("ansible-cfg", "ansible/ansible.cfg", False, """\
[defaults]
inventory = inventory/hosts.ini
vault_password_file = «N:path=~/.config/ansible/vault-pass.txt:reference»
remote_user = ops
host_key_checking = True
[privilege_escalation]
become = True"""),
("cobbler-settings", "provisioning/etc/cobbler/settings.yaml", False, """\
server: 10.20.0.10
next_server_v4: 10.20.0.10
default_password_crypted: "«N:md5crypt:password-hash»"
manage_dhcp: true
ldap_server: "dc1.⟦idom⟧"
ldap_search_bind_dn: "CN=svc-cobbler,OU=Service,DC=⟦dcdom⟧"
ldap_search_passwd: "«S:pw:ldap-bind-password»"
power_management_default_type: "ipmilanplus\""""),
("ipxe-script", "provisioning/tftp/boot.ipxe", False, """\
#!ipxe
dhcp
set base-url https://deploy.⟦idom⟧/images
set username pxe
set password «S:pw:http-password»
chain https://pxe:«S:pwu:http-password»@deploy.⟦idom⟧/menu.ipxe || goto failed
:failed
echo Boot failed, dropping to shell
shell"""),
("grub-cfg", "provisioning/boot/grub/custom.cfg", False, """\
set superusers="root ⟦user⟧"
password_pbkdf2 root «N:grubpbkdf2:password-hash»
password ⟦user⟧ «S:pw:bootloader-password»
menuentry "⟦org⟧ recovery" --users ⟦user⟧ {
    linux /vmlinuz root=/dev/sda2 ro single
    initrd /initrd.img
}"""),
("gcloud-adc", "home/⟦user⟧/.config/gcloud/application_default_credentials.json", False, """\
{
  "account": "",
  "client_id": "«N:pub=google-client-id:public-by-design»",
  "client_secret": "«S:gocspx:oauth-client-secret»",
  "quota_project_id": "⟦slug⟧-analytics",
  "refresh_token": "«P:google-refresh»",
  "type": "authorized_user",
  "universe_domain": "googleapis.com"
}"""),
("snowsql-config", "home/⟦user⟧/.snowsql/config", False, """\
[connections]
accountname = ⟦slug⟧-eu1
username = ⟦user⟧
password = «S:pw:warehouse-password»
warehousename = REPORTING_WH

[connections.etl]
accountname = ⟦slug⟧-eu1
username = etl_svc
authenticator = SNOWFLAKE_JWT
private_key_path = «N:path=~/.snowsql/rsa_key.p8:reference»
[options]
log_level = INFO"""),
("celeryconfig", "apps/⟦sys_slug⟧/celeryconfig.py", False, """\
broker_url = "amqp://celery:«S:pwu:broker-password»@rabbit.⟦idom⟧:5672/⟦sys_slug⟧"
result_backend = "redis://:«S:pwu:redis-password»@redis.⟦idom⟧:6379/3"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "Europe/⟦tz⟧"
beat_schedule = {}"""),
("meilisearch-toml", "search/meilisearch/config.toml", False, """\
db_path = "/var/lib/meilisearch/data"
env = "production"
http_addr = "127.0.0.1:7700"
master_key = "«S:alnum32:search-master-key»"
no_analytics = true
dump_dir = "/var/lib/meilisearch/dumps/"
log_level = "INFO\""""),
("typesense-ini", "search/typesense/typesense-server.ini", False, """\
[server]
api-address = 0.0.0.0
api-port = 8108
data-dir = /var/lib/typesense
api-key = «S:alnum32:search-api-key»
log-dir = /var/log/typesense
enable-cors = true"""),
("parse-server-config", "apps/parse/config.json", False, """\
{
  "appId": "⟦slug⟧-app",
  "masterKey": "«S:alnum32:parse-master-key»",
  "databaseURI": "mongodb://parse:«S:pwu:db-password»@mongo.⟦idom⟧:27017/parse?authSource=admin",
  "serverURL": "https://api.⟦dom⟧/parse",
  "publicServerURL": "https://api.⟦dom⟧/parse",
  "javascriptKey": "«N:alnum24:client-key»",
  "cloud": "./cloud/main.js"
}"""),
]
