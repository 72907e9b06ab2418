"""hospital-it/: a regional hospital's integration team share: Mirth Connect channels and
properties, DICOM PACS (dcm4chee, Orthanc), HAPI FHIR and SMART backend keys, Epic interconnect,
LDAP binds, Windows service installs, lab middleware, paging and fax, analytics, tickets, wiki,
a Teams export, an e-mail and shell histories."""

import json

import nkeys
from nframe import jdump, kv, esc_json_pem, indent
from themes.common import sentence, neutral, chat_jsonl, ticket, email, history, filler, lockfile_npm

CHANNELS = ["ADT_Inbound", "ORU_LabResults", "ORM_Radiology", "SIU_Scheduling", "MDM_Transcription", "DFT_Charges",
            "VXU_Immunization", "RDE_Pharmacy", "BAR_Billing"]
DOM = "stmarys-health.org"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E
    sql_host = "sqlprd%02d.%s" % (g.r.randint(1, 9), DOM)
    mirth_db_pw = g.pw()

    # ---------------------------------------------------------------- Mirth Connect
    chans = g.r.sample(CHANNELS, g.r.randint(6, 8))
    for ch in chans:
        cid = g.uuid()
        kind = g.pick(["db", "sftp", "http", "file", "llp"])
        if kind == "db":
            conn = f"""      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.4.2">
        <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
        <url>jdbc:sqlserver://{sql_host}:1433;databaseName=Interfaces;encrypt=true</url>
        <username>mirth_{ch.split('_')[0].lower()}</username>
        <password>{S(g.pw(), 'generic-password')}</password>
        <query>INSERT INTO hl7_inbox (msg_id, payload) VALUES (${{message.messageId}}, ${{message.encodedData}})</query>
      </properties>"""
        elif kind == "sftp":
            conn = f"""      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.2">
        <scheme>SFTP</scheme>
        <host>sftp.{g.pick(['questlab', 'labcorp-link', 'cliniclink', 'medirad'])}.net/outbound</host>
        <username>{g.user()}</username>
        <password>{S(g.pw(safe=True), 'generic-password')}</password>
        <outputPattern>${{message.messageId}}.hl7</outputPattern>
      </properties>"""
        elif kind == "http":
            user = "mirth_push"
            pw = g.pw(safe=True)
            conn = f"""      <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.4.2">
        <host>https://fhir-gw.{DOM}/hl7v2/{ch.lower()}</host>
        <headers class="linked-hash-map">
          <entry><string>Authorization</string><list><string>Basic {S(g.basic(user, pw), 'basic-auth-header', 'basic')}</string></list></entry>
        </headers>
        <useAuthentication>false</useAuthentication>
      </properties>"""
        elif kind == "file":
            conn = f"""      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.2">
        <scheme>SMB</scheme>
        <host>fs01.{DOM}/interfaces/{ch.lower()}</host>
        <username>HOSP\\svc_mirth</username>
        <password>${{smb_password}}</password>
      </properties>"""
        else:
            conn = f"""      <properties class="com.mirth.connect.connectors.tcp.TcpDispatcherProperties" version="4.4.2">
        <remoteAddress>{g.ip()}</remoteAddress>
        <remotePort>{g.r.randint(5000, 7999)}</remotePort>
        <transmissionModeProperties><startOfMessageBytes>0B</startOfMessageBytes></transmissionModeProperties>
      </properties>"""
        neg = ""
        if g.chance(0.5):
            neg = f"\n  <exportData><metadata><lastModified><time>{g.r.randint(1600000000000, 1720000000000)}</time></lastModified><checksum>{N(g.md5(), 'checksum')}</checksum></metadata></exportData>"
        t.add(f"mirth/channels/{ch}.xml", f"""<channel version="4.4.2">
  <id>{N(cid, 'uuid')}</id>
  <name>{ch}</name>
  <revision>{g.r.randint(2, 60)}</revision>
  <sourceConnector version="4.4.2">
    <name>sourceConnector</name>
    <transportName>{g.pick(['Channel Reader', 'TCP Listener', 'File Reader'])}</transportName>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.2">
      <name>dest_{kind}</name>
{conn}
    </connector>
  </destinationConnectors>{neg}
</channel>
""")

    ks_pw, key_pw = g.s(10), g.s(10)
    t.add("mirth/conf/mirth.properties", f"""# Mirth Connect configuration file
dir.appdata = /opt/mirthconnect/appdata
dir.tempdata = ${{dir.appdata}}/temp
http.port = 8080
https.port = 8443
password.minlength = 12
password.expiration = 90
# keystore
keystore.path = ${{dir.appdata}}/keystore.jks
keystore.storepass = {S(ks_pw, 'keystore-password')}
keystore.keypass = {S(key_pw, 'keystore-password')}
keystore.type = JCEKS
# database
database = sqlserver
database.url = jdbc:jtds:sqlserver://{sql_host}:1433/mirthdb
database.username = mirth
database.password = {S(mirth_db_pw, 'generic-password')}
database.max-connections = 20
server.api.require-requested-with = true
""")
    t.add("mirth/conf/mirth.properties.dist", f"""# Template shipped with the installer
keystore.storepass = {N('81uWxplDtB', 'well-known-default')}
keystore.keypass = {N('81uWxplDtB', 'well-known-default')}
database = derby
database.url = jdbc:derby:${{dir.appdata}}/mirthdb;create=true
database.username =
database.password =
""")
    t.add("mirth/code-templates/lookup.js", f"""// Code template: resolve MRN via EMPI REST service
function empiLookup(mrn) {{
    var client = new Packages.org.apache.http.impl.client.DefaultHttpClient();
    var get = new Packages.org.apache.http.client.methods.HttpGet('https://empi.{DOM}/api/v2/patients/' + mrn);
    get.addHeader('X-Api-Key', '{S(g.s(32), 'api-key-generic')}');
    get.addHeader('X-Correlation-Id', '{N(g.uuid(), 'uuid')}');
    var resp = client.execute(get);
    return Packages.org.apache.http.util.EntityUtils.toString(resp.getEntity());
}}
""")

    # ---------------------------------------------------------------- PACS
    ldap_root = g.pw()
    t.add("pacs/dcm4chee/docker-compose.env", kv("env", [
        ("LDAP_URL", "ldap://ldap:389"), ("LDAP_ROOTPASS", S(ldap_root, 'ldap-bind-password')),
        ("LDAP_CONFIGPASS", S(g.pw(), 'generic-password')), ("ARCHIVE_DEVICE_NAME", "dcm4chee-arc"),
        ("POSTGRES_DB", "pacsdb"), ("POSTGRES_USER", "pacs"), ("POSTGRES_PASSWORD", S(g.pw(safe=True), 'generic-password')),
        ("WILDFLY_CHOWN", "/opt/wildfly/standalone /storage"), ("STORAGE_DIR", "/storage/fs1"),
        ("KEYCLOAK_ADMIN", "admin"), ("KEYCLOAK_ADMIN_PASSWORD", S(g.pw(), 'generic-password')),
        ("AUTH_SERVER_URL", "https://sso.%s" % DOM)]) + "\n")
    t.add("pacs/dcm4chee/docker-compose.yml", f"""services:
  ldap:
    image: dcm4che/slapd-dcm4chee:2.6.6-32.0
    env_file: docker-compose.env
  db:
    image: dcm4che/postgres-dcm4chee:16.2-32@sha256:{N(g.sha256(), 'integrity-hash')}
    env_file: docker-compose.env
  arc:
    image: dcm4che/dcm4chee-arc-psql:5.32.0-secure
    environment:
      POSTGRES_PASSWORD: ${{POSTGRES_PASSWORD}}
      LDAP_ROOTPASS: {N('${LDAP_ROOTPASS}', 'env-reference')}
    depends_on: [ldap, db]
""")
    orth_users = [(g.user(), g.pw(safe=True)) for _ in range(2)]
    peer_pw = g.pw(safe=True)
    t.add("pacs/orthanc/orthanc.json", jdump({
        "Name": "ORTHANC-RAD01", "StorageDirectory": "/var/lib/orthanc/db", "DicomAet": "ORTHANC_RAD", "DicomPort": 4242,
        "RemoteAccessAllowed": True, "AuthenticationEnabled": True,
        "RegisteredUsers": {orth_users[0][0]: S(orth_users[0][1], 'generic-password'),
                            orth_users[1][0]: S(orth_users[1][1], 'generic-password'),
                            "viewer": N("${ORTHANC_VIEWER_PW}", 'env-reference')},
        "DicomModalities": {"ct1": ["CT_SIEMENS1", g.ip(), 104], "mr1": ["MR_GE1", g.ip(), 104]},
        "OrthancPeers": {"archive": {"Url": "https://pacs-archive.%s/orthanc/" % DOM, "Username": "rad01",
                                     "Password": S(peer_pw, 'generic-password')}},
        "DicomTlsEnabled": True, "DicomTlsCertificate": "/etc/orthanc/tls/orthanc.crt",
        "DicomTlsPrivateKey": "/etc/orthanc/tls/orthanc.key"}))
    ca_key, ca_pem = K.ca("St Marys Health Issuing CA 2", "St Marys Health")
    ok = K.rsa()
    t.add("pacs/orthanc/tls/orthanc.key", S(ok.pem8(), 'private-key-pem') + "\n")
    t.add("pacs/orthanc/tls/orthanc.crt", N(K.cert(ok, "orthanc-rad01.%s" % DOM, ca_key, "St Marys Health Issuing CA 2", "St Marys Health"), 'certificate') + "\n")
    t.add("pacs/orthanc/tls/ca-chain.crt", N(ca_pem, 'certificate') + "\n")
    rows = ["AE_TITLE,HOST,PORT,MODALITY,STUDY_UID_ROOT"]
    for i in range(6):
        root = "1.2.840.113619.2.%d.%d" % (g.r.randint(100, 999), g.r.randint(1000000, 9999999))
        rows.append("%s,%s,104,%s,%s" % (g.pick(["CT", "MR", "US", "CR", "NM"]) + "_%02d" % i, g.ip(),
                                        g.pick(["CT", "MR", "US", "CR", "NM"]), N(root, 'resource-identifier') if i < 3 else root))
    t.add("pacs/modalities.csv", "\n".join(rows) + "\n")

    # ---------------------------------------------------------------- FHIR
    fhir_db = g.pw()
    smart_secret = g.s(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    t.add("fhir/hapi/application.yaml", f"""spring:
  datasource:
    url: jdbc:postgresql://fhirdb.{DOM}:5432/hapi
    username: hapi
    password: {S(fhir_db, 'generic-password')}
    driverClassName: org.postgresql.Driver
  jpa:
    properties:
      hibernate.dialect: ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect
hapi:
  fhir:
    fhir_version: R4
    server_address: https://fhir.{DOM}/fhir
    allow_external_references: true
    smart:
      issuer: https://sso.{DOM}/realms/clinical
      client_id: hapi-fhir
      client_secret: {S(smart_secret, 'oauth-client-secret')}
    subscription:
      email:
        from: fhir-noreply@{DOM}
        host: smtp.{DOM}
        username: fhir-noreply
        password: {N('${SMTP_PASSWORD}', 'env-reference')}
""")
    sk = K.ec()
    kid = g.s(12)
    t.add("fhir/smart-backend/private_jwk.json", S(jdump(sk.jwk(kid)).rstrip("\n"), 'private-key-jwk', 'jwk') + "\n")
    t.add("fhir/smart-backend/jwks.json", N(jdump({"keys": [sk.jwk(kid, private=False)]}).rstrip("\n"), 'public-key') + "\n")
    ek = K.rsa()
    t.add("fhir/epic-backend/privatekey.pem", S(ek.pem8(), 'private-key-pem') + "\n")
    t.add("fhir/epic-backend/publickey509.pem", N(nkeys.cert_pem(ek, "epic-backend.%s" % DOM, K.ec(), "epic-backend.%s" % DOM, g.r, org="St Marys"), 'certificate') + "\n")
    epic_np = g.uuid()
    t.add("fhir/epic-backend/README.md", f"""# Epic backend services app

* Non-production client ID: `{N(epic_np, 'public-client-id')}`
* Production client ID: `{N(g.uuid(), 'public-client-id')}`
* The JWKS is uploaded in the Epic on FHIR portal; the private key lives in `privatekey.pem`
  and must never leave the integration VM.
* Token endpoint: https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token
""")
    t.add("fhir/interconnect/Web.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="EpicClientId" value="{g.uuid()}" />
    <add key="EpicClientSecret" value="{S(g.b64(48), 'epic-client-secret')}" />
    <add key="InterconnectBaseUrl" value="https://interconnect.{DOM}/Interconnect-PRD/" />
    <add key="EnableAuditLog" value="true" />
  </appSettings>
  <connectionStrings>
    <add name="Clarity" connectionString="Data Source={sql_host};Initial Catalog=Clarity;User ID=clarity_ro;Password={S(g.pw(safe=True), 'db-connection-string')};" providerName="System.Data.SqlClient" />
    <add name="Audit" connectionString="Data Source={sql_host};Initial Catalog=Audit;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""")

    # ---------------------------------------------------------------- LDAP / Windows
    bind_pw = g.pw()
    t.add("ldap/sssd.conf", f"""[sssd]
domains = hosp.{DOM}
services = nss, pam

[domain/hosp.{DOM}]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.hosp.{DOM}, ldaps://dc02.hosp.{DOM}
ldap_search_base = dc=hosp,dc=stmarys-health,dc=org
ldap_default_bind_dn = CN=svc_linux_bind,OU=Service Accounts,DC=hosp,DC=stmarys-health,DC=org
ldap_default_authtok_type = password
ldap_default_authtok = {S(bind_pw, 'ldap-bind-password')}
ldap_tls_reqcert = demand
""")
    ps_pw = g.pw()
    t.add("ldap/Sync-Badges.ps1", f"""# Nightly sync of badge numbers from the HR feed into AD
$ErrorActionPreference = 'Stop'
$user = 'HOSP\\svc_badge_sync'
$pass = ConvertTo-SecureString '{S(ps_pw, 'generic-password')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$rows = Import-Csv \\\\fs01\\hr\\badges.csv
foreach ($r in $rows) {{
    Set-ADUser -Identity $r.SamAccountName -EmployeeID $r.Badge -Credential $cred -Server dc01.hosp.{DOM}
}}
""")
    svc_rows = []
    for svc in ["HL7Listener", "LabBridge", "PyxisSync", "ScanToChart", "DictationRouter"]:
        svc_rows.append(f'sc.exe config {svc} obj= "HOSP\\svc_{svc.lower()}" password= "{S(g.pw(), "service-account-password")}"')
        svc_rows.append(f"sc.exe failure {svc} reset= 86400 actions= restart/60000")
    t.add("windows/install-services.cmd", "@echo off\nREM Re-register interface services after server rebuild\n" + "\n".join(svc_rows) + "\n", crlf=True)
    t.add("windows/services-export.csv", "Name,StartName,State,StartMode\n" + "\n".join(
        "%s,HOSP\\svc_%s,Running,Auto" % (s, s.lower()) for s in ["HL7Listener", "LabBridge", "PyxisSync", "ScanToChart"]) + "\n")

    # ---------------------------------------------------------------- lab, paging, fax
    inst = []
    for name in g.r.sample(["cobas8000", "atellica", "sysmex-xn", "vitros", "bactalert", "genexpert", "architect"], 4):
        inst.append(f"""  - name: {name}
    host: {g.ip()}
    port: {g.r.randint(3000, 9000)}
    protocol: {g.pick(['ASTM', 'HL7', 'POCT1-A'])}
    service_password: {S(g.pw(safe=True), 'generic-password') if g.chance(0.6) else N(g.placeholder(), 'placeholder')}""")
    t.add("lis/middleware/instruments.yaml", "instruments:\n" + "\n".join(inst) + "\n")
    t.add("paging/spok.env", kv("env", [("SPOK_BASE_URL", "https://spok.%s/api" % DOM),
                                        ("SPOK_API_KEY", S(g.hexs(40), 'spok-api-key')),
                                        ("SPOK_DEFAULT_GROUP", "RapidResponse")]) + "\n")
    t.add("fax/rightfax.ini", f"""[Server]
Name=FAX01
Host=fax01.{DOM}
[Login]
User=rfax_integration
Password={S(g.pw(), 'generic-password')}
NTAuth=0
[Routing]
DefaultFolder=\\\\fs01\\fax\\inbound
""")

    # ---------------------------------------------------------------- reminders / analytics
    sid, tok = g.twilio_sid(), g.hexs(32)
    sg = g.sendgrid()
    t.add("reminders/.env", f"""# appointment reminder service
{B("s", "twilio-credentials")}TWILIO_ACCOUNT_SID={A(sid, "id")}
TWILIO_AUTH_TOKEN={A(tok)}{E()}
TWILIO_MESSAGING_SERVICE_SID=MG{g.hexs(32)}
SENDGRID_API_KEY={S(sg, 'sendgrid-api-key')}
SENDGRID_TEMPLATE_ID=d-{g.hexs(32)}
REMINDER_LEAD_HOURS=48
""")
    t.add("reminders/.env.example", f"""TWILIO_ACCOUNT_SID={N('ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder')}
TWILIO_AUTH_TOKEN={N('your_auth_token', 'placeholder')}
SENDGRID_API_KEY={N('SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder')}
REMINDER_LEAD_HOURS=48
""")
    acct = "stmaryslake%02d" % g.r.randint(1, 99)
    t.add("analytics/pipeline/.env", f"""AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={S(g.azure_storage_key(), 'azure-storage-connection-string', 'azure-key')};EndpointSuffix=core.windows.net
POWERBI_TENANT_ID={N(g.uuid(), 'account-identifier')}
POWERBI_CLIENT_ID={g.uuid()}
POWERBI_CLIENT_SECRET={S(g.azure_client_secret(), 'powerbi-client-secret')}
REFRESH_CRON=0 5 * * *
""")
    t.add("analytics/pipeline/settings.py", f"""import os

STORAGE = os.environ["AZURE_STORAGE_CONNECTION_STRING"]
CLARITY_DSN = "mssql+pyodbc://clarity_ro:{S(g.pw(safe=True), 'credential-uri')}@{sql_host}/Clarity?driver=ODBC+Driver+18+for+SQL+Server"
DEIDENT_SALT = "{S(g.hexkey(16), 'hmac-secret')}"
EXPORT_SCHEMA_HASH = "{N(g.sha256(), 'hash-sha256')}"
""")
    lockfile_npm(t, "portal/package-lock.json", n=4)
    t.add("portal/locales/es.json", jdump({"login": {"username": "Usuario", "password": N("Contraseña", 'i18n-string'),
                                                     "forgot": "¿Olvidó su contraseña?"}}))
    t.add("portal/locales/de.json", jdump({"login": {"username": "Benutzername", "password": N("Passwort", 'i18n-string'),
                                                     "forgot": "Passwort vergessen?"}}))

    # ---------------------------------------------------------------- prose
    bg_pw = g.pw()
    t.add("wiki/downtime-procedures.md", f"""# EHR downtime procedures

When Epic is down for more than 30 minutes, nursing switches to the BCA workstations.

1. Log in to any BCA PC with the local downtime account.
2. {sentence(c, g, 'the BCA downtime account', bg_pw, user='bca_downtime')}
3. Print the census report from `C:\\BCA\\Reports`.
4. {neutral(g, 'BCA')}

The break-glass domain admin is sealed in the envelope in the CIO's safe; do not write it here.
""")
    t.add("wiki/hl7-feeds.md", f"""# HL7 feeds

| feed | source | destination | owner |
|---|---|---|---|
| ADT | Epic Bridges | Mirth ADT_Inbound | interfaces |
| ORU | Cobas/Atellica middleware | Epic Beaker | lab IS |
| ORM | Epic Radiant | PACS broker | rad IS |

The Mirth admin console is https://mirth01.{DOM}:8443. Admin login: `admin` / `{S(g.pw(), 'password-in-prose')}`
(shared by the on-call; rotate after every vendor session).

The SFTP password for the reference lab is kept in the vault at `{N('secret/interfaces/reflab/sftp', 'vault-reference')}`.
""")
    tmp = g.pw("season")
    ticket(t, "tickets/INC0041823.txt", "INC0041823", "PACS viewer login fails for radiology residents", [
        "Residents cannot log in to the web viewer since the LDAP change.",
        "Vendor engineer needs a temporary account, created rad_vendor01 with password " + S(tmp, 'temp-password') + ".",
        "Please disable it after Friday."])
    ticket(t, "tickets/INC0041907.txt", "INC0041907", "Mirth channel ORU_LabResults erroring", [
        "Channel errors with 'Login failed for user mirth_oru'.",
        "DBA changed the password during the patch window; " + sentence(c, g, 'mirth_oru on ' + sql_host, g.pw(safe=True)),
        neutral(g, 'Mirth')])
    ticket(t, "tickets/RITM0019922.txt", "RITM0019922", "New interface account for cardiology", [
        "Account svc_muse created in AD. The password was delivered through the secure portal.",
        "Hash recorded for audit: " + N(g.sha256(), 'hash-sha256'),
        neutral(g, 'MUSE')])
    email(t, "email/vendor-handoff.eml", "j.roberts@medirad-systems.com", "interfaces@" + DOM, "PACS go-live credentials", [
        "Hi team,", "", "As agreed, here are the service credentials for go-live:", "",
        "  DICOM router admin: router-admin", "  Password: " + S(g.pw(), 'password-in-prose'), "",
        "  Web API key: " + S(g.s(32), 'api-key-generic'), "",
        "Please store them in your password manager and delete this e-mail.", "", "Best,", "James"])
    msgs = [neutral(g, "Mirth"), "anyone know the SQL login for the DFT channel?",
            "mirth_dft / " + S(g.pw(), 'password-in-prose'), neutral(g, "Orthanc"),
            "orthanc viewer account is in the vault: " + N("op://Interfaces/orthanc-viewer/password", 'secret-manager-reference'),
            "the epic sandbox key is " + S(g.s(40), 'api-key-generic') + " fyi", neutral(g, "HAPI"),
            "Please do not paste passwords in here, use the vault.", "ok sorry"]
    chat_jsonl(t, "chat/teams-interfaces-export.jsonl", "Interfaces Team", msgs)
    h = filler(g, 4, "mirth", "mirth01") + [
        "mysql -h lisdb01 -u lis_ro -p'%s' lis -e 'select count(*) from results'" % S(g.pw(safe=True), 'password-in-history'),
        "curl -u mirth_push:%s https://fhir-gw.%s/health" % (S(g.pw(safe=True), 'password-in-history'), DOM),
        "sshpass -p '%s' scp export.csv rad@pacs01:/tmp/" % S(g.pw(safe=True), 'password-in-history'),
        "ldapsearch -x -H ldaps://dc01.hosp.%s -D svc_linux_bind -w \"$LDAP_PW\" -b dc=hosp sAMAccountName=jdoe" % DOM,
        "echo %s | sha256sum" % N(g.sha1(), 'hash-sha1')] + filler(g, 3, "orthanc", "pacs01")
    history(t, "home/integration/.bash_history", h)
    h2 = ["\\conninfo", "select * from hfj_resource limit 5;",
          "ALTER ROLE hapi_reader WITH PASSWORD '%s';" % S(g.pw(), 'password-in-history'),
          "\\du", "select now();"]
    history(t, "home/integration/.psql_history", h2)
