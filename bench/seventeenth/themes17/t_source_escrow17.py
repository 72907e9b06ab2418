"""Source-code escrow agent: client repository mirrors, deposit intake and encrypted archives, verification
builds (Packer VMs), LTO key manager, beneficiary release, escrowed licence keys, Rails deposit portal."""
import vals17 as V

DIR = "source-escrow"
VARIANTS = [
    {"org": "Lockvault Source Escrow GmbH", "domain": "lockvault-escrow.de", "city": "Hamburg", "langs": ["de", "en"]},
    {"org": "DLS Dépôt Logiciel Sécurisé", "domain": "dls-sequestre.fr", "city": "Lyon", "langs": ["fr", "en"]},
    {"org": "Keystone Code Escrow Ltd", "domain": "keystone-escrow.co.uk", "city": "Leeds", "langs": ["en"]},
]
CLIENTS = ["acme-ledger", "quillsoft", "harbor-pos", "medirota", "tramline-erp", "bluefin-hr"]


def vocab(t):
    return {
        "systems": ["deposit portal", "mirror sync", "verification farm", "LTO archive", "release board", "licence DB"],
        "devices": [("tape library", "admin"), ("verification VM host", "root"), ("air-gapped build box", "builder"),
                    ("safe-room badge reader", "installer"), ("LTO key manager", "kmadmin")],
        "vendor": "TapeGuard", "hosts": ["mirror01", "verify-esx", "portal", "lto-km"], "channel": "escrow-ops",
        "db": "escrow", "ssid": "LV-Office", "ticket_prefix": "ESC",
        "integrations": ["deposit-portal", "mirror-sync", "verify-runner"],
        "topics": ["Mirror for client repo fails with 403", "Verification build of deposit 2025-031 fails", "Portal upload stalls at 99%"],
        "chatter": ["deposit from quillsoft arrived", "verification VM snapshot restored", "tape rotation is due friday",
                    "beneficiary call at 3", "two-person rule for the safe room please", "mirror job green again"],
    }


def build(t):
    r = t.r
    cl = r.sample(CLIENTS, 4)
    t.f("mirrors/clients.yaml", """# one read-only token per client, scoped to the escrowed repos
clients:
  - name: %s
    url: https://github.com/%s/core
    token: %s
  - name: %s
    url: https://gitlab.%s.example/platform/monorepo.git
    deploy_token_user: escrow-mirror
    deploy_token: %s
  - name: %s
    url: https://bitbucket.%s.example/scm/pos/till.git
    token: %s
  - name: %s
    url: https://dev.azure.com/%s/erp/_git/erp
    pat: %s
""" % (cl[0], cl[0], t.P("github-fine-grained"), cl[1], cl[1], t.P("gitlab-deploy"), cl[2], cl[2], t.P("bitbucket-dc"),
       cl[3], cl[3], t.P("azure-devops-pat")))
    t.f("mirrors/sync_mirrors.py", """import subprocess
import yaml

# fallback while the GitHub App for %s is being re-installed
FALLBACK_INSTALLATION_TOKEN = "%s"


def clone(c):
    tok = c.get("token") or c.get("pat") or c.get("deploy_token")
    url = c["url"].replace("https://", "https://x-access-token:%%s@" %% tok)
    subprocess.run(["git", "clone", "--mirror", url, "/srv/mirrors/" + c["name"]], check=True)


for c in yaml.safe_load(open("clients.yaml"))["clients"]:
    clone(c)
""" % (cl[0], t.P("github-app-install")))
    t.f("verification/build-vm/windows-2022.pkr.hcl", """source "vsphere-iso" "win2022" {
  vcenter_server = "%s"
  username       = "packer@vsphere.local"
  password       = var.vsphere_password
  iso_checksum   = "sha256:%s"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "%s"
}

build {
  sources = ["source.vsphere-iso.win2022"]
}
""" % (t.host("verify-esx"), t.N(V.sha256hex(r), "digest-sha256"), t.S(t.pw(), "packer-winrm-password")))
    arch_pw = t.pw("strong")
    t.f("deposits/intake/2025-031/deposit-manifest.json", """{
  "deposit": "2025-031",
  "client": "%s",
  "archive": "%s-2025-031.7z",
  "sha256": "%s",
  "archive_password": "%s",
  "received": "2025-03-12T09:14:00Z",
  "contact": "release-manager@%s.example"
}""" % (cl[1], cl[1], t.N(V.sha256hex(r), "digest-sha256"), t.S(arch_pw, "archive-password"), cl[1]))
    t.f("deposits/intake/unpack.ps1", """param([string]$Deposit = "2025-031")
$archive = "D:\\intake\\$Deposit\\%s-$Deposit.7z"
$cred = Get-Secret -Name "intake-$Deposit" -Vault EscrowVault
# vault entry was empty for this one, used the password from the manifest
& 'C:\\Program Files\\7-Zip\\7z.exe' x $archive -o"D:\\work\\$Deposit" -p"%s" -y
""" % (cl[1], t.S(arch_pw, "archive-password")), crlf=True)
    t.f("archive/lto/keymanager.conf", """[kmip]
server = %s:5696
client_cert = /etc/lto/kmip-client.crt
client_user = lto-lib01
client_password = %s

[keys]
active_key_id = %s
previous_key_id = %s
""" % (t.host("lto-km"), t.S(t.pw(), "kmip-client-password"), t.N(V.hexs(r, 32).upper(), "id-kmip-key"), t.N(V.hexs(r, 32).upper(), "id-kmip-key")))
    k = t.key("RSA")
    kpp = t.pw("phrase")
    raw, chk = t.keytext(k, "legacy-enc", passphrase=kpp)
    t.f("verification/signing/%s-release-signing.key" % cl[2], t.S(raw, "private-key-rsa-legacy-enc", "key", check=chk, raw=raw))
    t.f("verification/reports/VR-2025-031.md", """# Verification report VR-2025-031

**Client:** %s   **Deposit:** 2025-031   **Result:** PASS with remarks

## Build
- Built on the air-gapped box from tag `v7.4.2` (%s)
- Output hash matches the client's release artefact: `%s`

## Remarks
- The release signing key is in the deposit (`%s-release-signing.key`). The client's
  release manager gave us the passphrase on the phone: %s
- Two third-party binaries without source (listed in annex B).
""" % (cl[1], t.N(V.git_sha(r), "id-git-sha"), t.N(V.sha256hex(r), "digest-sha256"), cl[2], t.S(kpp, "key-passphrase")), free=True)
    p, q = t.person(0), t.person(1)
    dpp = t.pw("phrase")
    t.f("release-board/2025-02-release-%s.eml" % cl[3], """From: %s <%s>
To: legal@beneficiary-bank.example
Cc: %s <%s>
Subject: Release of escrow deposit %s-2024-117 (Escrow Agreement §9.2)
Date: Thu, 20 Feb 2025 16:40:02 +0100
Content-Type: text/plain; charset=utf-8

Dear Sir or Madam,

following the release board decision of 18 February, the deposit has been
made available on the exchange server. The archive is encrypted; the
passphrase is:

    %s

Please confirm receipt. The download link expires in 72 hours.

Kind regards,
%s
Escrow Operations
""" % (p.name, p.email, q.name, q.email, cl[3], t.S(dpp, "archive-password"), p.name), free=True)
    rows = []
    for c in cl[:3]:
        key = "-".join(V.rs(r, 5, V.UP + V.DIG) for _ in range(5))
        rows.append("INSERT INTO escrowed_licence_keys (client, product, licence_key) VALUES ('%s', 'runtime', '%s');" % (c, t.S(key, "licence-key")))
    rows.append("INSERT INTO escrowed_licence_keys (client, product, licence_key) VALUES ('%s', 'runtime', '%s');" % (cl[3], t.N("TRIAL-00000-00000-00000-00000", "placeholder")))
    t.f("licensing/seed_licence_keys.sql", "-- licence keys the beneficiary needs to run the rebuilt software\n" + "\n".join(rows))
    t.f("portal/config/secrets.yml", """development:
  secret_key_base: <%%= ENV["SECRET_KEY_BASE"] %%>

test:
  secret_key_base: %s

production:
  secret_key_base: %s
""" % (t.N("test-only-" + "0" * 40, "placeholder"), t.S(V.hexs(r, 128), "rails-secret-key-base")))
    t.f("portal/config/storage.yml", """local:
  service: Disk
  root: <%%= Rails.root.join("storage") %%>

azure:
  service: AzureStorage
  storage_account_name: %sdeposits
  storage_access_key: %s
  container: deposits
""" % (t.domain.split(".")[0][:10].replace("-", ""), t.P("azure-storage-key")))
    badge = t.pw("weak")
    if t.lang == "de":
        body = "Tresorraum\n- Zwei-Personen-Regel, Protokoll im Ordner\n- Installateur-Login am Ausweisleser: installer / %s\n- Bandbibliothek Webinterface: admin / %s\n"
    elif t.lang == "fr":
        body = "Salle forte\n- règle des deux personnes, registre dans le classeur\n- lecteur de badges, compte installateur : installer / %s\n- bibliothèque LTO, interface web : admin / %s\n"
    else:
        body = "Safe room\n- two-person rule, log sheet in the binder\n- badge reader installer login: installer / %s\n- tape library web UI: admin / %s\n"
    t.f("ops/safe-room.txt", body % (t.S(badge, "device-password"), t.S(t.pw(), "device-password")), free=True)
