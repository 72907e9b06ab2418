"""Helpers shared by the themes: key pool, prose, chat, tickets, e-mail, shell histories and
negative-heavy filler files."""

import base64
import json

import nkeys
from nframe import jfix
from nvals import register

register("key", "private-key-pem", "private-key-openssh", "private-key-jwk", "private-key-b64-pem",
         "private-key-json-escaped", "private-key-der-b64", "private-key-yaml-block", "eth-private-key",
         "wif-private-key", "age-secret-key", "wireguard-private-key", "matrix-signing-key",
         "gcp-service-account", "private-key-in-code")
register("generic", "generic-password", "credential-uri", "db-connection-string", "basic-auth-header",
         "app-secret", "hmac-secret", "jwt", "api-key-generic", "encryption-key", "wifi-psk",
         "password-in-prose", "password-in-history", "temp-password", "pre-shared-key", "session-secret",
         "docker-config-auth", "netrc-password", "pgpass-password", "oauth-client-secret", "webhook-secret",
         "sip-secret", "snmp-community", "radius-secret", "tsig-key", "cisco-type7-password",
         "wireguard-preshared-key", "keystore-password", "ldap-bind-password", "smtp-password",
         "edi-security-password", "zigbee-network-key", "framework-secret-key", "password-spreadsheet-row",
         "machine-key", "django-secret-key", "laravel-app-key", "wordpress-auth-salt", "drupal-hash-salt",
         "k3s-node-token", "munge-key", "api-token-pepper", "service-account-password", "ssh-password-in-command")
register("token", "slack-bot-token", "slack-webhook", "slack-user-token", "slack-app-token", "slack-signing-secret",
         "discord-bot-token", "discord-webhook", "telegram-bot-token", "github-pat", "github-fine-grained-pat",
         "github-oauth-token", "github-app-installation-token", "npm-token", "gitlab-pat", "aws-access-key",
         "aws-session-credentials", "azure-client-secret", "azure-storage-connection-string", "gcp-api-key",
         "google-oauth-client-secret", "sendgrid-api-key", "mailgun-api-key", "postmark-server-token",
         "twilio-credentials", "twilio-api-key", "openai-api-key", "anthropic-api-key", "huggingface-token",
         "groq-api-key", "replicate-api-token", "mistral-api-key", "cohere-api-key", "pinecone-api-key",
         "linear-api-key", "notion-token", "asana-pat", "figma-token", "mapbox-secret-token", "doppler-token",
         "flyio-token", "render-api-key", "railway-token", "netlify-token", "vercel-token", "cloudflare-api-token",
         "cloudflare-global-api-key", "cloudflare-origin-ca-key", "cloudflare-tunnel-credentials",
         "digitalocean-token", "heroku-api-key", "okta-api-token", "zendesk-api-token", "freshdesk-api-key",
         "intercom-access-token", "atlassian-api-token", "sentry-auth-token", "newrelic-user-key",
         "newrelic-license-key", "dynatrace-token", "grafana-service-account-token", "grafana-cloud-token",
         "tailscale-auth-key", "onepassword-service-account-token", "sourcegraph-token", "datadog-api-key",
         "vault-token", "terraform-cloud-token", "dockerhub-token", "pulumi-token", "stripe-secret-key",
         "stripe-webhook-secret", "shopify-access-token", "square-access-token", "pagerduty-token",
         "splunk-hec-token", "elastic-api-key", "virustotal-api-key", "shodan-api-key", "abuseipdb-api-key",
         "misp-auth-key", "thehive-api-key", "cortex-api-key", "crowdstrike-api-client", "sentinelone-api-token",
         "tenable-api-keys", "urlscan-api-key", "dependency-track-api-key", "steam-web-api-key",
         "playfab-secret-key", "eos-client-credentials", "twitch-client-secret", "gameanalytics-secret-key",
         "modio-api-key", "unity-service-account", "binance-api-credentials", "kraken-api-credentials",
         "coinbase-cdp-key", "bybit-api-credentials", "kucoin-api-credentials", "alchemy-api-key",
         "infura-credentials", "etherscan-api-key", "vonage-api-credentials", "plivo-credentials",
         "telnyx-api-key", "messagebird-access-key", "akamai-edgegrid-credentials", "fastly-api-token",
         "arc-xp-access-token", "ap-api-key", "piano-api-token", "chartbeat-api-key", "ga4-api-secret",
         "jwplayer-api-secret", "brightcove-client-secret", "twitter-bearer-token", "facebook-access-token",
         "algolia-admin-key", "sailthru-api-credentials", "pantheon-machine-token", "ups-oauth-credentials",
         "fedex-api-credentials", "dhl-api-credentials", "shippo-api-token", "proxmox-api-token",
         "home-assistant-token", "b2-application-key", "azure-entra-client-credentials", "powerbi-client-secret",
         "epic-client-secret", "spok-api-key", "bugsplat-client-secret", "pagerduty-integration-key",
         "globus-client-credentials", "sylabs-token", "anaconda-token", "htcondor-idtoken", "slurm-jwt",
         "akamai-edgeauth-key", "smartsheet-token", "hubspot-token", "aws-iot-credentials", "easypost-api-key",
         "resend-api-key", "launchdarkly-sdk-key", "buildkite-agent-token", "circleci-token")


class Keys:
    """Lazily draws keys from the corpus RNG (deterministic order of calls)."""

    def __init__(self, g):
        self.g = g
        self.n_rsa = 0

    def rsa(self, bits=2048):
        self.n_rsa += 1
        return nkeys.RSAKey(self.g.r, bits)

    def ec(self):
        return nkeys.ECKey(self.g.r)

    def k1(self):
        return nkeys.ECKey(self.g.r, nkeys.K1)

    def ed(self):
        return nkeys.EdKey(self.g.r)

    def any_pem(self):
        """A private key PEM in one of the common encodings, and its key."""
        kind = self.g.pick(["rsa1", "rsa8", "ec1", "ec8", "ed8", "ec8"])
        if kind == "rsa1":
            k = self.rsa()
            return k.pem1(), k
        if kind == "rsa8":
            k = self.rsa()
            return k.pem8(), k
        if kind == "ec1":
            k = self.ec()
            return k.pem_sec1(), k
        if kind == "ec8":
            k = self.ec()
            return k.pem8(), k
        k = self.ed()
        return k.pem8(), k

    def ca(self, cn, org):
        k = self.ec()
        return k, nkeys.cert_pem(k, cn, k, cn, self.g.r, org=org, ca=True, years=(2022, 2032))

    def cert(self, subject_key, cn, ca_key, ca_cn, org, dns=None):
        return nkeys.cert_pem(subject_key, cn, ca_key, ca_cn, self.g.r, org=org, dns=dns or [cn])

    def openssh(self, key, comment):
        return nkeys.openssh_private(key, comment, self.g.r)


# ------------------------------------------------------------------ prose
SECRET_SENTENCES = [
    "the password for {what} is {v}",
    "{what} login is {user} / {v}",
    "pw for {what}: {v}",
    "use {v} for {what} until we rotate it",
    "creds for {what} -> user {user}, pass {v}",
    "{what}: {user} + {v} (temporary, change after first login)",
    "I reset {what} to {v}, let me know if it works",
    "new {what} password is {v}",
    "you can log in to {what} with {user} and {v}",
    "{what} admin pass = {v}",
]

NEUTRAL_SENTENCES = [
    "Can someone check why {what} is slow this morning?",
    "Restarted {what}, looks fine now.",
    "Ticket is assigned to the vendor, they will call back.",
    "Please do not paste passwords in here, use the vault.",
    "The maintenance window is Sunday 02:00-04:00.",
    "{what} certificate expires next month, renewal is on the list.",
    "Thanks, that fixed it.",
    "I'll update the runbook after lunch.",
    "Is {what} behind the VPN or public?",
    "Logs are in the usual place.",
    "The password for {what} is in the vault, ask {person} for access.",
    "Rotated the {what} credentials, new ones are in 1Password.",
]


def sentence(c, g, what, pw, cat="password-in-prose", user=None):
    t = g.pick(SECRET_SENTENCES)
    return t.format(what=what, user=user or g.user(), v=c.S(pw, cat))


def neutral(g, what):
    return g.pick(NEUTRAL_SENTENCES).format(what=what, person=g.person())


def chat_jsonl(t, path, channel, items):
    """items: list of message texts (may hold markers). Writes one JSON object per line."""
    g = t.g
    ts = 1704067200 + g.r.randint(0, 30000000)
    lines = []
    for text in items:
        ts += g.r.randint(30, 4000)
        obj = {"ts": "%d.%06d" % (ts, g.r.randint(0, 999999)), "channel": channel, "user": g.user(), "text": text}
        lines.append(jfix(json.dumps(obj)))
    t.add(path, "\n".join(lines) + "\n")


def ticket(t, path, tid, title, body_lines, system="ServiceNow"):
    g = t.g
    hdr = ["Ticket: %s" % tid, "System: %s" % system, "Title: %s" % title,
           "Opened by: %s" % g.person(), "Opened: %s %02d:%02d" % (g.date(), g.r.randint(0, 23), g.r.randint(0, 59)),
           "Priority: %s" % g.pick(["P2", "P3", "P4"]), "", "Description:"]
    out = hdr + body_lines + ["", "Work notes:"]
    for _ in range(g.r.randint(1, 3)):
        out.append("- %s (%s)" % (neutral(g, title.split()[0]), g.person()))
    t.add(path, "\n".join(out) + "\n")


def email(t, path, frm, to, subject, body_lines):
    g = t.g
    mid = "<%s@%s>" % (g.hexs(24), frm.split("@")[1])
    hdr = ["Return-Path: <%s>" % frm, "Message-ID: %s" % mid, "Date: Tue, %d Mar 2024 %02d:%02d:11 +0000" % (
        g.r.randint(1, 28), g.r.randint(7, 19), g.r.randint(0, 59)), "From: %s" % frm, "To: %s" % to,
        "Subject: %s" % subject, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", ""]
    t.add(path, "\n".join(hdr + body_lines) + "\n")


def history(t, path, lines):
    t.add(path, "\n".join(lines) + "\n")


FILLER_CMDS = ["ls -la", "cd ..", "git status", "git pull --rebase", "htop", "df -h", "sudo systemctl status {svc}",
               "journalctl -u {svc} -n 200 --no-pager", "tail -f /var/log/syslog", "vim /etc/hosts", "ping -c 3 {host}",
               "ssh {host}", "exit", "clear", "docker ps", "history | grep {svc}", "sudo -i", "uptime",
               "free -m", "cat /etc/os-release", "ip a", "nslookup {host}", "tmux attach -t main", "sudo apt update"]


def filler(g, n, svc="nginx", host="gw01"):
    return [g.pick(FILLER_CMDS).format(svc=svc, host=host) for _ in range(n)]


# ------------------------------------------------------------------ negative helpers
def env_ref(g, name):
    return g.pick(["${%s}" % name, "$%s" % name, "${env:%s}" % name, "%%(ENV_%s)s" % name, "${%s:?required}" % name])


def b64(s):
    return base64.b64encode(s.encode()).decode()


def lockfile_npm(t, path, n=6):
    """package-lock.json fragment with integrity hashes; n of them labelled as negatives."""
    c, g = t.c, t.g
    pk = ["lodash", "axios", "express", "dayjs", "uuid", "zod", "pino", "ioredis", "pg", "ws", "commander", "chalk"]
    g.r.shuffle(pk)
    out = ['{', '  "name": "%s",' % path.split("/")[-2], '  "lockfileVersion": 3,', '  "packages": {']
    items = []
    for i, p in enumerate(pk[:max(n, 6)]):
        integ = g.sri()
        v = "%d.%d.%d" % (g.r.randint(1, 9), g.r.randint(0, 30), g.r.randint(0, 20))
        iv = c.N(integ, "integrity-hash") if i < n else integ
        items.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "%s"\n    }' % (p, v, p, p, v, iv))
    out.append(",\n".join(items))
    out += ["  }", "}"]
    t.add(path, "\n".join(out) + "\n")


def sha256sums(t, path, names, label=4):
    c, g = t.c, t.g
    lines = []
    for i, n in enumerate(names):
        h = g.sha256()
        lines.append("%s  %s" % (c.N(h, "hash-sha256") if i < label else h, n))
    t.add(path, "\n".join(lines) + "\n")
