"""homelab/: a self-hosted home lab repo: Home Assistant, Nextcloud, Proxmox, Traefik
(acme.json), Caddy, Pi-hole, Vaultwarden, Gitea, Authelia, WireGuard, Matrix Synapse,
Zigbee2MQTT, Frigate cameras, Cloudflare Tunnel, Tailscale, restic/B2 backups, SOPS+age, k3s,
Synology scripts, notes and histories."""

import base64
import hashlib
import json

import nkeys
from nframe import jdump, kv, indent
from themes.common import sentence, neutral, history, filler

DOM = "lab.kestrelnest.net"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E
    cf_tok = g.cloudflare_token()

    # ---------------------------------------------------------------- Home Assistant
    t.add("homeassistant/configuration.yaml", f"""homeassistant:
  name: Home
  unit_system: metric
http:
  use_x_forwarded_for: true
  trusted_proxies: [172.20.0.0/16]
mqtt:
  broker: mosquitto
  username: hass
  password: {N('!secret mqtt_password', 'secret-manager-reference')}
notify:
  - platform: telegram
    chat_id: {N('!secret telegram_chat_id', 'secret-manager-reference')}
influxdb:
  api_version: 2
  token: {S(g.b64(64, url=True).replace('=', '') + '==', 'api-key-generic')}
  organization: home
  bucket: hass
""")
    ha_tok = g.jwt_hs({"iss": g.hexs(32), "iat": 1704067200, "exp": 2019427200})
    t.add("homeassistant/scripts/backup.sh", f"""#!/bin/sh
# trigger a full backup via the REST API
HA_TOKEN="{S(ha_tok, 'home-assistant-token', 'jwt')}"
curl -s -X POST -H "Authorization: Bearer $HA_TOKEN" http://hass.{DOM}:8123/api/services/hassio/backup_full
""")

    # ---------------------------------------------------------------- Nextcloud
    t.add("nextcloud/config/config.php", f"""<?php
$CONFIG = array (
  'instanceid' => '{N('oc' + g.s(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'resource-identifier')}',
  'passwordsalt' => '{S(g.s(30, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'), 'app-secret')}',
  'secret' => '{S(g.s(48, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/'), 'app-secret')}',
  'trusted_domains' => array (0 => 'cloud.{DOM}'),
  'dbtype' => 'pgsql',
  'dbhost' => 'postgres',
  'dbuser' => 'oc_admin',
  'dbpassword' => '{S(g.pw(), 'generic-password')}',
  'mail_smtpname' => 'cloud@kestrelnest.net',
  'mail_smtppassword' => '{S(g.pw(), 'smtp-password')}',
  'redis' => array ('host' => 'redis', 'port' => 6379, 'password' => '{S(g.pw_strong(20, ''), 'generic-password')}'),
  'version' => '28.0.4.1',
);
""")

    # ---------------------------------------------------------------- Proxmox / Terraform
    pve_sec = g.uuid()
    t.add("proxmox/terraform/provider.tf", f"""provider "proxmox" {{
  pm_api_url          = "https://pve01.{DOM}:8006/api2/json"
  pm_api_token_id     = "terraform@pve!tf"
  pm_api_token_secret = "{S(pve_sec, 'proxmox-api-token')}"
  pm_tls_insecure     = true
}}
""")
    t.add("proxmox/scripts/snapshot-all.sh", f"""#!/bin/bash
AUTH='PVEAPIToken=backup@pve!snap={S(g.uuid(), 'proxmox-api-token')}'
for vmid in 101 102 105 110; do
  curl -sk -H "Authorization: $AUTH" -X POST "https://pve01.{DOM}:8006/api2/json/nodes/pve01/qemu/$vmid/snapshot" -d snapname=nightly
done
""")
    t.add("proxmox/terraform/terraform.tfvars.example", f'pm_api_token_secret = "{N("00000000-0000-0000-0000-000000000000", "placeholder")}"\n')

    # ---------------------------------------------------------------- Traefik / Caddy
    t.add("traefik/.env", f"CF_DNS_API_TOKEN={S(cf_tok, 'cloudflare-api-token')}\nCF_API_EMAIL=admin@kestrelnest.net\n")
    t.add("traefik/dynamic/middlewares.yml", f"""http:
  middlewares:
    dash-auth:
      basicAuth:
        users:
          - "admin:{N(g.md5crypt(apr=True), 'password-hash')}"
          - "viewer:{N(g.bcrypt(10, '2y'), 'password-hash')}"
    secure-headers:
      headers:
        stsSeconds: 31536000
""")
    acct = K.rsa()
    leaf = K.ec()
    ca_k, ca_pem = K.ca("R11 (lab mirror)", "Lab")
    leaf_b64 = base64.b64encode(leaf.pem8().encode() + b"\n").decode()
    cert_b64 = base64.b64encode(K.cert(leaf, "*." + DOM, ca_k, "R11 (lab mirror)", "Lab").encode()).decode()
    t.add("traefik/acme.json", "{\n" + f"""  "letsencrypt": {{
    "Account": {{
      "Email": "admin@kestrelnest.net",
      "Registration": {{ "uri": "https://acme-v02.api.letsencrypt.org/acme/acct/{g.num(10)}" }},
      "PrivateKey": "{S(base64.b64encode(acct.pkcs1()).decode(), 'private-key-der-b64', 'der1-b64')}",
      "KeyType": "4096"
    }},
    "Certificates": [
      {{
        "domain": {{ "main": "*.{DOM}" }},
        "certificate": "{N(cert_b64, 'certificate')}",
        "key": "{S(leaf_b64, 'private-key-b64-pem', 'pem-b64')}",
        "Store": "default"
      }}
    ]
  }}
""" + "}\n")
    t.add("caddy/Caddyfile", f"""{{
  email admin@kestrelnest.net
}}

grafana.{DOM} {{
  basicauth {{
    kestrel {N(g.bcrypt(14, '2a'), 'password-hash')}
  }}
  reverse_proxy grafana:3000
  tls {{
    dns cloudflare {N('{env.CF_API_TOKEN}', 'env-reference')}
  }}
}}
""")

    # ---------------------------------------------------------------- Pi-hole / Vaultwarden / Gitea
    t.add("pihole/setupVars.conf", f"""PIHOLE_INTERFACE=eth0
IPV4_ADDRESS=192.168.50.2/24
WEBPASSWORD={N(hashlib.sha256(hashlib.sha256(g.pw().encode()).hexdigest().encode()).hexdigest(), 'password-hash')}
BLOCKING_ENABLED=true
DNSMASQ_LISTENING=local
""")
    t.add("vaultwarden/.env", f"""DOMAIN=https://vault.{DOM}
SIGNUPS_ALLOWED=false
ADMIN_TOKEN='{N(g.argon2(), 'password-hash')}'
SMTP_HOST=smtp.fastmail.com
SMTP_USERNAME=kestrel@fastmail.com
SMTP_PASSWORD={S(g.s(16, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'smtp-password')}
PUSH_INSTALLATION_ID={N(g.uuid(), 'uuid')}
PUSH_INSTALLATION_KEY={S(g.s(20), 'api-key-generic')}
""")
    t.add("vaultwarden/old/.env.2022", f"ADMIN_TOKEN={S(g.b64(48), 'app-secret')}\nSIGNUPS_ALLOWED=true\n")
    t.add("gitea/conf/app.ini", f"""APP_NAME = Kestrel Git
RUN_MODE = prod

[database]
DB_TYPE = postgres
HOST = postgres:5432
NAME = gitea
USER = gitea
PASSWD = `{S(g.pw(), 'generic-password')}`

[security]
INSTALL_LOCK = true
SECRET_KEY = {S(g.s(64), 'app-secret')}
INTERNAL_TOKEN = {S(g.jwt_hs({"nbf": 1700000000}), 'jwt', 'jwt')}
PASSWORD_HASH_ALGO = pbkdf2

[oauth2]
JWT_SECRET = {S(g.b64(32, url=True, pad=False), 'hmac-secret', 'b64-32')}

[server]
LFS_JWT_SECRET = {S(g.b64(32, url=True, pad=False), 'hmac-secret', 'b64-32')}

[mailer]
ENABLED = true
SMTP_ADDR = smtp.fastmail.com
USER = kestrel@fastmail.com
PASSWD = {N('${GITEA_MAIL_PASSWORD}', 'env-reference')}
""")

    # ---------------------------------------------------------------- Authelia
    oidc = K.rsa()
    t.add("authelia/configuration.yml", f"""server:
  address: tcp://0.0.0.0:9091
identity_validation:
  reset_password:
    jwt_secret: {S(g.s(64), 'hmac-secret')}
session:
  secret: {S(g.s(64), 'session-secret')}
  cookies:
    - domain: {DOM}
      authelia_url: https://auth.{DOM}
storage:
  encryption_key: {S(g.s(64), 'encryption-key')}
  postgres:
    address: tcp://postgres:5432
    username: authelia
    password: {S(g.pw(), 'generic-password')}
authentication_backend:
  ldap:
    address: ldap://lldap:3890
    user: uid=authelia,ou=people,dc=kestrelnest,dc=net
    password: {S(g.pw(), 'ldap-bind-password')}
notifier:
  smtp:
    address: submissions://smtp.fastmail.com:465
    username: kestrel@fastmail.com
    password: {N('{{ secret "/config/secrets/smtp" }}', 'template-reference')}
identity_providers:
  oidc:
    hmac_secret: {S(g.s(64), 'hmac-secret')}
    jwks:
      {B('s', 'private-key-yaml-block')}- key_id: main
        key: |
{A(indent(oidc.pem1(), '          '))}{E()}
    clients:
      - client_id: grafana
        client_secret: '{N('$pbkdf2-sha512$310000$' + g.b64(16, pad=False) + '$' + g.b64(64, pad=False), 'password-hash')}'
        redirect_uris: [https://grafana.{DOM}/login/generic_oauth]
""")
    t.add("authelia/users_database.yml", "users:\n" + "\n".join(
        f"  {u}:\n    displayname: \"{u.title()}\"\n    password: \"{N(g.argon2(), 'password-hash')}\"\n    email: {u}@kestrelnest.net"
        for u in ("kestrel", "robin", "guest")) + "\n")

    # ---------------------------------------------------------------- WireGuard
    spriv, spub = nkeys.wg_keypair(g.r)
    peers = []
    for name in ("phone", "laptop", "parents-router"):
        cpriv, cpub = nkeys.wg_keypair(g.r)
        psk = g.b64(32)
        peers.append((name, cpriv, cpub, psk))
    wg = ["[Interface]", "Address = 10.77.0.1/24", "ListenPort = 51820", "PrivateKey = " + S(spriv, 'wireguard-private-key', 'wg'), ""]
    for name, cpriv, cpub, psk in peers:
        wg += ["# " + name, "[Peer]", "PublicKey = " + N(cpub, 'public-key', 'wg'), "PresharedKey = " + S(psk, 'wireguard-preshared-key', 'wg'),
               "AllowedIPs = 10.77.0.%d/32" % (peers.index((name, cpriv, cpub, psk)) + 2), ""]
    t.add("wireguard/wg0.conf", "\n".join(wg))
    for k, (name, cpriv, cpub, psk) in enumerate(peers[:2]):
        t.add(f"wireguard/clients/{name}.conf", "\n".join([
            "[Interface]", "PrivateKey = " + S(cpriv, 'wireguard-private-key', 'wg'), "Address = 10.77.0.%d/32" % (k + 2),
            "DNS = 192.168.50.2", "", "[Peer]", "PublicKey = " + N(spub, 'public-key', 'wg'),
            "PresharedKey = " + S(psk, 'wireguard-preshared-key', 'wg'), "Endpoint = vpn.kestrelnest.net:51820",
            "AllowedIPs = 0.0.0.0/0"]) + "\n")

    # ---------------------------------------------------------------- Synapse
    sk = g.raw(32)
    t.add("synapse/homeserver.yaml", f"""server_name: "kestrelnest.net"
pid_file: /data/homeserver.pid
listeners:
  - port: 8008
    type: http
    x_forwarded: true
database:
  name: psycopg2
  args:
    user: synapse
    password: {S(g.pw(), 'generic-password')}
    database: synapse
    host: postgres
registration_shared_secret: "{S(g.s(50, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~^=:;.,@'), 'app-secret')}"
macaroon_secret_key: "{S(g.s(50, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~^=:;.,@'), 'app-secret')}"
form_secret: "{S(g.s(50, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~^=:;.,@'), 'app-secret')}"
signing_key_path: "/data/kestrelnest.net.signing.key"
trusted_key_servers:
  - server_name: "matrix.org"
    verify_keys:
      "ed25519:auto": "{N('Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw', 'public-key')}"
""")
    t.add("synapse/kestrelnest.net.signing.key", S("ed25519 a_%s %s" % (g.s(4), base64.b64encode(sk).decode().rstrip("=")), 'matrix-signing-key', 'matrix') + "\n")

    # ---------------------------------------------------------------- Zigbee / cameras / tunnels / backups
    nk = [g.r.randint(0, 255) for _ in range(16)]
    t.add("zigbee2mqtt/configuration.yaml", f"""homeassistant: true
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://mosquitto
  user: z2m
  password: {S(g.pw(safe=True), 'generic-password')}
serial:
  port: /dev/ttyUSB0
advanced:
  pan_id: {g.r.randint(1000, 60000)}
  ext_pan_id: [{", ".join(str(g.r.randint(0, 255)) for _ in range(8))}]
  network_key: {S('[' + ', '.join(str(x) for x in nk) + ']', 'zigbee-network-key')}
""")
    cams = ["cameras:"]
    for name in ("driveway", "backyard", "garage", "porch"):
        cams += [f"  {name}:", "    ffmpeg:", "      inputs:",
                 f"        - path: rtsp://frigate:{S(g.pw(safe=True), 'credential-uri')}@192.168.60.{g.r.randint(10, 60)}:554/cam/realmonitor?channel=1&subtype=0",
                 "          roles: [detect, record]"]
    t.add("frigate/config.yml", "mqtt:\n  host: mosquitto\n  user: frigate\n  password: " + N("{FRIGATE_MQTT_PASSWORD}", 'env-reference') + "\n" + "\n".join(cams) + "\n")
    tid = g.uuid()
    t.add("cloudflared/%s.json" % tid, "{" + f"{B('s', 'cloudflare-tunnel-credentials')}\"AccountTag\":\"{g.hexs(32)}\",\"TunnelSecret\":\"{A(g.b64(32), 'b64-32')}\",\"TunnelID\":\"{tid}\"{E()}" + "}\n")
    t.add("cloudflared/config.yml", f"tunnel: {N(tid, 'uuid')}\ncredentials-file: /etc/cloudflared/{tid}.json\ningress:\n  - hostname: cloud.{DOM}\n    service: http://nextcloud:80\n  - service: http_status:404\n")
    t.add("tailscale/docker-compose.yml", f"""services:
  tailscale:
    image: tailscale/tailscale:stable
    hostname: homelab-subnet
    environment:
      TS_AUTHKEY: {S(g.tailscale('auth'), 'tailscale-auth-key')}
      TS_ROUTES: 192.168.50.0/24
    volumes: [./state:/var/lib/tailscale]
""")
    b2id = "005" + g.hexs(22)
    t.add("backups/restic.env", f"""RESTIC_REPOSITORY=b2:kestrel-restic:/homelab
RESTIC_PASSWORD={S(g.pw('phrase'), 'encryption-key')}
{B('s', 'b2-application-key')}B2_ACCOUNT_ID={A(b2id, 'id')}
B2_ACCOUNT_KEY={A('K005' + g.s(27))}{E()}
""")
    asec, apub = nkeys.age_keypair(g.r)
    t.add("sops/keys.txt", "# created: 2024-01-14T20:11:05Z\n# public key: %s\n%s\n" % (N(apub, 'public-key', 'age-pub'), S(asec, 'age-secret-key', 'age')))
    t.add(".sops.yaml", "creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: " + N(apub, 'public-key', 'age-pub') + "\n")
    t.add("secrets/mqtt.yaml", f"""mqtt_password: {N(g.sops(), 'encrypted-blob')}
sops:
  age:
    - recipient: {apub}
  lastmodified: "2024-01-14T20:15:02Z"
  mac: {N(g.sops(), 'encrypted-blob')}
""")
    t.add("k3s/join-worker.sh", f"""#!/bin/sh
curl -sfL https://get.k3s.io | K3S_URL=https://k3s01.{DOM}:6443 \\
  K3S_TOKEN={S('K10' + g.sha256() + '::server:' + g.hexs(32), 'k3s-node-token')} sh -
""")
    t.add("synology/hyperbackup-check.py", f"""import requests

NAS = "https://nas.{DOM}:5001"
r = requests.get(NAS + "/webapi/auth.cgi", params={{"api": "SYNO.API.Auth", "version": 6, "method": "login",
                 "account": "monitor", "passwd": "{S(g.pw(), 'generic-password')}", "format": "sid"}}, verify=False)
print(r.json())
""")

    # ---------------------------------------------------------------- prose
    t.add("notes/network.md", f"""# Network

* VLAN 10 main, VLAN 20 IoT, VLAN 30 guests, VLAN 60 cameras.
* Main Wi-Fi `Kestrel` PSK: `{S(g.pw('phrase', safe=True), 'wifi-psk')}`;
* IoT Wi-Fi `Kestrel-IoT`: `{S(g.pw(safe=True), 'wifi-psk')}`.
* {sentence(c, g, 'the OPNsense web UI', g.pw(), user='root')}
* Guest network uses a voucher portal, nothing to store here.
* {neutral(g, 'OPNsense')}
""")
    t.add("README.md", f"""# homelab

Everything that runs at home. Secrets *should* be in `secrets/` (SOPS + age), but some older
configs still have them inline - TODO.

Example for new services: `DB_PASSWORD={N('changeme', 'placeholder')}` in `.env` then `sops -e`.
""")
    h = filler(g, 3, "docker", "nuc01") + [
        "docker exec -it vaultwarden /vaultwarden hash",
        "pveum user token add terraform@pve tf --privsep 0",
        "export CLOUDFLARE_API_TOKEN=%s" % S(cf_tok, 'cloudflare-api-token'),
        "restic -r b2:kestrel-restic:/homelab snapshots",
        "mosquitto_sub -h 192.168.50.5 -u hass -P '%s' -t '#' -v" % S(g.pw(safe=True), 'password-in-history'),
        "wg show", "sops -d secrets/mqtt.yaml"] + filler(g, 3, "traefik", "nuc01")
    history(t, "home/kestrel/.bash_history", h)
