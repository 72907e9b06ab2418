"""secops/: a security team's repository: Splunk (HEC inputs, outputs, server.conf),
Elastic/Kibana, CrowdStrike and SentinelOne API clients, TheHive/Cortex with analyzers
(VirusTotal, Shodan, AbuseIPDB, urlscan), MISP, Wazuh, Tenable, DefectDojo, Dependency-Track,
an internal PKI, IOC lists and Sigma/YARA rules (hash-heavy), detection test fixtures, incident
notes, a SOC chat export and histories."""

import nkeys
from nframe import jdump, kv
from themes.common import sentence, neutral, ticket, history, filler, chat_jsonl

DOM = "corvid-sec.io"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E

    # ---------------------------------------------------------------- Splunk
    inp = ["[http]", "disabled = 0", "enableSSL = 1", ""]
    for name in ("k8s-audit", "cloudtrail-fwd", "okta-logs", "edr-events"):
        inp += [f"[http://{name}]", "disabled = 0", f"index = {name.replace('-', '_')}",
                "token = " + S(g.splunk_hec(), 'splunk-hec-token'), ""]
    t.add("siem/splunk/apps/corvid_hec/local/inputs.conf", "\n".join(inp))
    t.add("siem/splunk/etc/system/local/server.conf", f"""[general]
serverName = splunk-idx01
pass4SymmKey = {N('$7$' + g.b64(60), 'encrypted-blob')}

[sslConfig]
sslPassword = {N('$7$' + g.b64(48), 'encrypted-blob')}

[clustering]
mode = peer
pass4SymmKey = {S(g.pw(), 'generic-password')}
""")
    t.add("siem/splunk/etc/system/local/authentication.conf", f"""[authentication]
authType = LDAP
authSettings = corvid_ad

[corvid_ad]
host = dc01.{DOM}
port = 636
SSLEnabled = 1
bindDN = CN=svc_splunk,OU=Service,DC=corvid,DC=local
bindDNpassword = {S(g.pw(), 'ldap-bind-password')}
userBaseDN = OU=Staff,DC=corvid,DC=local
""")
    t.add("siem/splunk/fwd/outputs.conf", f"""[tcpout:primary]
server = splunk-idx01.{DOM}:9997, splunk-idx02.{DOM}:9997
clientCert = $SPLUNK_HOME/etc/auth/fwd.pem
sslPassword = {S(g.pw(), 'keystore-password')}
""")

    # ---------------------------------------------------------------- Elastic
    kid, kkey, kb64 = g.elastic_api_key()
    t.add("siem/elastic/kibana.yml", f"""server.publicBaseUrl: https://kibana.{DOM}
elasticsearch.hosts: ["https://es01.{DOM}:9200"]
elasticsearch.username: kibana_system
elasticsearch.password: {S(g.pw(), 'generic-password')}
xpack.encryptedSavedObjects.encryptionKey: {S(g.s(32), 'encryption-key')}
xpack.security.encryptionKey: {S(g.s(32), 'encryption-key')}
xpack.reporting.encryptionKey: {N('${REPORTING_KEY}', 'env-reference')}
""")
    t.add("siem/elastic/filebeat.yml", f"""output.elasticsearch:
  hosts: ["https://es01.{DOM}:9200"]
  api_key: "{S(kid + ':' + kkey, 'elastic-api-key')}"
setup.kibana.host: "https://kibana.{DOM}"
""")
    t.add("siem/elastic/lab/docker-compose.yml", f"""services:
  es:
    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.0
    environment:
      ELASTIC_PASSWORD: {N('changeme', 'well-known-default')}
      discovery.type: single-node
""")
    t.add("siem/elastic/scripts/reindex.sh", f"""#!/bin/sh
curl -s -H "Authorization: ApiKey {S(kb64, 'elastic-api-key', 'elastic')}" \\
  -X POST "https://es01.{DOM}:9200/_reindex" -d @reindex.json
""")

    # ---------------------------------------------------------------- EDR
    cs_id, cs_sec = g.crowdstrike()
    t.add("edr/crowdstrike/falconpy.env", f"""{B('s', 'crowdstrike-api-client')}FALCON_CLIENT_ID={A(cs_id, 'id')}
FALCON_CLIENT_SECRET={A(cs_sec)}{E()}
FALCON_BASE_URL=https://api.us-2.crowdstrike.com
FALCON_CID={N(g.hexs(32, upper=True) + '-' + g.hexs(2, upper=True), 'account-identifier')}
""")
    t.add("edr/sentinelone/mgmt.yaml", f"""console: https://corvid.sentinelone.net
api_token: {S(g.s(80), 'sentinelone-api-token')}
site_ids:
  - {N(g.num(19), 'resource-identifier')}
""")
    t.add("edr/sentinelone/mgmt.example.yaml", f"console: https://example.sentinelone.net\napi_token: {N('<API_TOKEN>', 'placeholder')}\n")

    # ---------------------------------------------------------------- TheHive / Cortex / MISP
    t.add("soar/thehive/application.conf", f"""play.http.secret.key="{S(g.s(64), 'app-secret')}"
db.janusgraph {{
  storage.backend = cql
  storage.hostname = ["cassandra01"]
  storage.username = "thehive"
  storage.password = "{S(g.pw(), 'generic-password')}"
}}
cortex {{
  servers = [{{ name = local, url = "http://cortex:9001", auth {{ type = bearer, key = "{S(g.thehive(), 'cortex-api-key')}" }} }}]
}}
""")
    t.add("soar/cortex/analyzers.json", jdump({
        "VirusTotal_GetReport_3_1": {"key": S(g.virustotal(), 'virustotal-api-key'), "polling_interval": 60},
        "Shodan_Host_1_0": {"key": S(g.shodan(), 'shodan-api-key')},
        "AbuseIPDB_1_0": {"key": S(g.abuseipdb(), 'abuseipdb-api-key'), "days": 30},
        "Urlscan_io_Scan_0_1_0": {"key": S(g.uuid(), 'urlscan-api-key')},
        "MISP_2_1": {"url": ["https://misp.%s" % DOM], "key": [S(g.misp(), 'misp-auth-key')], "cert_check": [True]}}))
    t.add("threatintel/misp/config.php", f"""<?php
$config = array(
  'Security' => array(
    'level' => 'medium',
    'salt' => '{S(g.s(32), 'app-secret')}',
    'cipherSeed' => '',
  ),
  'MISP' => array('baseurl' => 'https://misp.{DOM}', 'org' => 'CORVID'),
);
""")
    t.add("threatintel/misp/pymisp_keys.py", f"""misp_url = "https://misp.{DOM}"
misp_key = "{S(g.misp(), 'misp-auth-key')}"
misp_verifycert = True
""")
    t.add("threatintel/feeds.json", jdump([{"name": "CIRCL OSINT", "url": "https://www.circl.lu/doc/misp/feed-osint",
                                            "uuid": N(g.uuid(), 'uuid')},
                                           {"name": "abuse.ch URLhaus", "url": "https://urlhaus.abuse.ch/downloads/misp/",
                                            "uuid": N(g.uuid(), 'uuid')}]))

    # ---------------------------------------------------------------- Wazuh / vuln mgmt
    t.add("wazuh/ossec.conf", f"""<ossec_config>
  <integration>
    <name>virustotal</name>
    <api_key>{S(g.virustotal(), 'virustotal-api-key')}</api_key>
    <group>syscheck</group>
    <alert_format>json</alert_format>
  </integration>
  <integration>
    <name>slack</name>
    <hook_url>{S(g.slack_webhook(), 'slack-webhook')}</hook_url>
    <level>10</level>
  </integration>
</ossec_config>
""")
    t.add("wazuh/authd.pass", S(g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789"), 'generic-password') + "\n")
    t.add("wazuh/internal_users.yml", "\n".join(
        f"{u}:\n  hash: \"{N(g.bcrypt(12, '2y'), 'password-hash')}\"\n  reserved: {str(u == 'admin').lower()}"
        for u in ("admin", "kibanaserver", "logstash", "snapshotrestore")) + "\n")
    ta, ts = g.hexs(64), g.hexs(64)
    t.add("vuln/tenable/.env", f"""{B('s', 'tenable-api-keys')}TIO_ACCESS_KEY={A(ta, 'id')}
TIO_SECRET_KEY={A(ts)}{E()}
""")
    t.add("vuln/defectdojo/.env", f"""DD_SECRET_KEY={S(g.secret_key(50), 'django-secret-key')}
DD_CREDENTIAL_AES_256_KEY={S(g.s(32), 'encryption-key')}
DD_DATABASE_URL=postgresql://defectdojo:{S(g.pw(safe=True), 'credential-uri')}@postgres:5432/defectdojo
DD_ADMIN_PASSWORD={N('${DD_ADMIN_PASSWORD}', 'env-reference')}
""")
    t.add("vuln/dependency-track/upload-bom.sh", f"""#!/bin/sh
curl -X POST https://dtrack.{DOM}/api/v1/bom \\
  -H "X-Api-Key: {S('odt_' + g.s(32), 'dependency-track-api-key')}" \\
  -F "project={N(g.uuid(), 'uuid')}" -F "bom=@bom.json"
""")

    # ---------------------------------------------------------------- PKI
    ca = K.rsa()
    t.add("pki/root/ca.key", S(ca.pem1(), 'private-key-pem') + "\n")
    ec_ca, ca_pem = K.ca("Corvid Internal Root R2", "Corvid Security")
    t.add("pki/root/ca.crt", N(ca_pem, 'certificate') + "\n")
    ocsp = K.ec()
    t.add("pki/ocsp/ocsp-responder.key", S(ocsp.pem8(), 'private-key-pem') + "\n")
    t.add("pki/ocsp/ocsp-responder.crt", N(K.cert(ocsp, "ocsp." + DOM, ec_ca, "Corvid Internal Root R2", "Corvid Security"), 'certificate') + "\n")
    t.add("pki/index.txt", "\n".join("V\t2612%02d000000Z\t\t%s\tunknown\t/CN=%s.%s" % (
        g.r.randint(1, 12), N(g.hexs(32, upper=True), 'resource-identifier') if k < 3 else g.hexs(32, upper=True), g.word(), DOM) for k in range(5)) + "\n")

    # ---------------------------------------------------------------- IOCs, rules, fixtures
    rows = ["type,value,first_seen,source"]
    for k in range(14):
        kind = g.pick(["md5", "sha1", "sha256"])
        v = {"md5": g.md5, "sha1": g.sha1, "sha256": g.sha256}[kind]()
        cat = {"md5": "hash-md5", "sha1": "hash-sha1", "sha256": "hash-sha256"}[kind]
        rows.append("%s,%s,%s,%s" % (kind, N(v, cat) if k < 10 else v, g.date(), g.pick(["MISP", "VT", "internal", "OTX"])))
    t.add("intel/iocs/2024-q1-hashes.csv", "\n".join(rows) + "\n")
    t.add("detections/yara/loader_x.yar", f"""rule Loader_X_2024 {{
  meta:
    author = "corvid-soc"
    hash1 = "{N(g.sha256(), 'hash-sha256')}"
    hash2 = "{N(g.sha256(), 'hash-sha256')}"
  strings:
    $s1 = "password=" ascii
    $s2 = {{ 6A 40 68 00 30 00 00 }}
    $k = "{N(g.hexs(32), 'test-fixture')}" ascii
  condition:
    uint16(0) == 0x5A4D and all of them
}}
""")
    t.add("detections/sigma/proc_creation_cred_in_cmdline.yml", f"""title: Password passed on the command line
id: {N(g.uuid(), 'uuid')}
status: experimental
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    CommandLine|contains:
      - ' /p:'
      - ' -p '
      - 'ConvertTo-SecureString'
  condition: selection
falsepositives:
  - admin scripts
level: medium
""")
    t.add("detections/tests/fixtures/leaked_creds.log", "\n".join([
        "# fixtures for the credential-leak detection; none of these are live",
        "aws_access_key_id=" + N("AKIAIOSFODNN7EXAMPLE", 'documentation-example'),
        "aws_secret_access_key=" + N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", 'documentation-example'),
        "token=" + N(g.github("ghp_", bad=True), 'bad-checksum-token', 'gh-bad'),
        "token=" + N(g.github("gho_", bad=True), 'bad-checksum-token', 'gh-bad'),
        "slack=" + N("xoxb-not-a-real-token-this-will-not-work", 'documentation-example'),
        "stripe=" + N("sk_test_4eC39HqLyjWDarjtT1zdp7dc", 'documentation-example'),
        "password=" + N("hunter2", 'test-fixture')]) + "\n")
    t.add("detections/tests/test_regexes.py", f'''import re

SAMPLE_NPM = "{N(g.npm(bad=True), 'bad-checksum-token', 'gh-bad')}"


def test_npm_checksum_is_rejected():
    assert re.match(r"npm_[A-Za-z0-9]{{36}}", SAMPLE_NPM)
''')

    # ---------------------------------------------------------------- incident notes
    comp_pw = g.pw()
    t.add("ir/cases/2024-0311-phish/notes.md", f"""# IR-2024-0311 credential phishing

* 09:12 user {g.user()} entered credentials on a look-alike Okta page.
* Captured from the kit's drop file: username + password `{S(comp_pw, 'password-in-prose')}` (user's real password; reset at 09:40).
* Kit exfil endpoint used a Telegram bot: token `{S(g.telegram(), 'telegram-bot-token')}` (reported to Telegram).
* Attachment SHA-256: `{N(g.sha256(), 'hash-sha256')}`
* Okta session ID (revoked): `{N('102' + g.s(22), 'masked-value')}`
* Defanged C2: hxxps://login-corvid[.]help/owa
""")
    t.add("ir/cases/2024-0311-phish/timeline.csv", "time,event,hash\n" + "\n".join(
        "%02d:%02d,%s,%s" % (9, 10 + k, g.pick(["email delivered", "link clicked", "creds submitted", "mfa push", "session revoked"]),
                            N(g.md5(), 'hash-md5') if k < 3 else "") for k in range(5)) + "\n")
    msgs = [neutral(g, "Splunk"), "HEC token for the new k8s cluster?",
            S(g.splunk_hec(), 'splunk-hec-token') + " - index k8s_audit", neutral(g, "Kibana"),
            "VT key hit the quota again, using my personal one for now: " + S(g.virustotal(), 'virustotal-api-key'),
            "don't :(", "shodan account creds are in the vault: " + N("vault kv get secret/soc/shodan", 'vault-reference'),
            neutral(g, "TheHive")]
    chat_jsonl(t, "chat/soc-slack.jsonl", "soc", msgs)
    ticket(t, "tickets/SEC-771.txt", "SEC-771", "Wazuh agents not enrolling", [
        "Agents on the new subnet fail with 'Invalid password'.", "authd password is " + S(g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789"), 'password-in-prose'),
        neutral(g, 'Wazuh')], system="Jira")
    h = filler(g, 3, "wazuh-manager", "soc01") + [
        "curl -s -H 'x-apikey: %s' https://www.virustotal.com/api/v3/files/%s" % (S(g.virustotal(), 'virustotal-api-key'), g.sha256()),
        "shodan init %s" % S(g.shodan(), 'shodan-api-key'),
        "curl -u elastic:%s https://es01.%s:9200/_cluster/health" % (S(g.pw(safe=True), 'password-in-history'), DOM),
        "sha256sum sample.bin", "yara -r detections/yara /tmp/samples"] + filler(g, 2, "splunk", "soc01")
    history(t, "home/analyst/.bash_history", h)
