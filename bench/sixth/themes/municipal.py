"""Municipal IT: ArcGIS Enterprise, permits (Accela), water-plant SCADA, 311 CRM, courts e-filing,
parking, open data, helpdesk."""
import skeys
from themes.common import (jq, indent, teams_txt, eml, bash_history, i18n_json, neg_hash, b64)
from themes import more

CITIES = [("Brackenridge", "WA"), ("Fairhaven", "OR"), ("Port Alder", "ME"), ("Millbrook", "NY"),
          ("Cedar Falls", "IA"), ("Ashford", "CT"), ("Lakemont", "MN")]


def build(t):
    r, v = t.r, t.v
    city, st = r.choice(CITIES)
    slug = city.lower().replace(" ", "")
    dom = "%s%s.gov" % (slug, st.lower())
    gis_host = "gis.%s" % dom

    # ------------------------------------------------------------ GIS
    site_pw = v.pw()
    psa_pw = v.pw("strong")
    tok = v.arcgis_token()
    d = t.f("gis/arcgis-server/README-admin.md", prose=True)
    d.done(f"""# ArcGIS Enterprise ({city}) - admin notes

Base deployment: Portal + Server (hosting) + Data Store on `{gis_host}` (Windows Server 2022).

## Accounts

* Primary site administrator (PSA): `siteadmin` / `{d.S(psa_pw, "service-account-password")}`
  - only for when the portal is down; everything else goes through portal admin accounts
* Windows service account `CITYNET\\svc_arcgis`, password in the IT password safe (entry "ArcGIS svc")
* Initial portal admin created by the installer: `portaladmin`, password `{d.S(site_pw, "service-account-password")}` (rotate after go-live!)

## Tokens

Long-lived token for the tile-cache job (expires 2026-01-31), generated on the admin side:

    https://{gis_host}/server/rest/services/Basemaps/Parcels/MapServer?token={d.S(tok, "arcgis-token")}

Token TTL for users is 60 min, set in `/portal/sharing/rest/portals/self/properties`.
""")

    api_key = v.arcgis_key()
    pub_pw = v.pw()
    d = t.f("gis/scripts/publish_services.py")
    d.done(f'''"""Overwrite the hosted feature layers every night from the enterprise geodatabase."""
import os

import arcpy
from arcgis.gis import GIS

PORTAL = "https://{gis_host}/portal"
gis = GIS(PORTAL, "gis_publisher", "{d.S(pub_pw, "service-account-password")}", verify_cert=False)

# location platform key for the geocoder (server side only, referrer-unrestricted)
GEOCODE_KEY = "{d.S(api_key, "arcgis-api-key")}"
SDE = r"\\\\gisfs01\\connections\\gis_prod.sde"

for name in ("Parcels", "Zoning", "Hydrants", "StreetCenterlines"):
    fc = os.path.join(SDE, "gis.DBO." + name)
    item = gis.content.search(f"title:{{name}} AND owner:gis_publisher", "Feature Layer")[0]
    item.layers[0].manager.truncate()
    arcpy.management.Append(fc, item.layers[0].url, "NO_TEST")
''')

    d = t.f("gis/web/parcel-viewer/config.js")
    d.done(f"""// public parcel viewer - everything here is shipped to the browser
window.APP_CONFIG = {{
  portalUrl: "https://{gis_host}/portal",
  appId: "{d.N(v.an(16), "public-client-id")}",
  webmapId: "{d.N(v.hex(32), "resource-identifier")}",
  geocodeUrl: "https://{gis_host}/server/rest/services/Locators/Composite/GeocodeServer",
  analytics: "{d.N("G-" + v.uan(10), "analytics-id")}"
}};
""")

    fme_tok = v.hex(40)
    fme_db = v.pw()
    d = t.f("gis/fme/fmeflow-job.env")
    d.done(f"""# FME Flow automation: nightly CAD -> GIS sync
FME_FLOW_URL=https://fme.{dom}
FME_FLOW_TOKEN={d.S(fme_tok, "fme-token")}
FME_REPOSITORY=GIS_Sync
CAD_DB_HOST=cadsql02.{dom}
CAD_DB_USER=fme_reader
CAD_DB_PASSWORD={d.S(fme_db, "database-password")}
""")

    gis_key = t.rsa()
    ca_key, ca_der = t.ca("%s Issuing CA 01" % city, "City of " + city)
    crt = t.cert_for(gis_key, gis_host, ca_key, "%s Issuing CA 01" % city, "City of " + city)
    d = t.f("gis/certs/%s.key" % gis_host)
    d.done(str(d.S(gis_key.pem_pkcs1(), "private-key-pem")))
    d = t.f("gis/certs/%s.crt" % gis_host)
    d.done(d.N(skeys.cert_pem(crt), "certificate") + "\n" + d.N(skeys.cert_pem(ca_der), "certificate"))

    d = t.f("gis/arcgis-server/logs/datastore-validate.log")
    d.done(f"""2025-04-02 02:10:11 INFO  validatedatastore: checking relational store on {gis_host}
2025-04-02 02:10:11 DEBUG using credentials siteadmin/{d.N("*********", "masked-value")}
2025-04-02 02:10:13 INFO  tile cache store healthy
2025-04-02 02:10:14 DEBUG token={d.N("<hidden>", "masked-value")} referer=https://{gis_host}
2025-04-02 02:10:15 INFO  object store machine id {d.N(v.uuid(), "uuid")}
""")

    # ------------------------------------------------------------ permits
    acc_secret = v.hex(32)
    d = t.f("permits/accela/construct-api.properties")
    d.done(f"""# Accela Construct API (Civic Platform 23.x)
accela.environment=PROD
accela.agency={slug.upper()}
accela.app.id={d.N(v.digits(18), "public-client-id")}
accela.app.secret={d.S(acc_secret, "accela-app-secret")}
accela.scope=records inspections documents
accela.callback=https://permits.{dom}/oauth/callback
""")

    sql_pw = v.pw()
    bb_secret = v.an(40)
    rk = v.stripe_sk("rk")
    d = t.f("permits/integration/appsettings.json")
    d.done("""{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Permits": %s
  },
  "Bluebeam": {
    "ClientId": %s,
    "ClientSecret": %s
  },
  "Payments": {
    "PublishableKey": %s,
    "RestrictedKey": %s
  }
}
""" % (jq("Server=sqlprd03.%s;Database=Permits;User Id=permit_app;Password=%s;TrustServerCertificate=True" % (dom, d.S(sql_pw, "db-connection-string"))),
           jq(str(d.N(v.uuid(), "public-client-id"))), jq(str(d.S(bb_secret, "bluebeam-client-secret"))),
           jq(str(d.N(v.stripe_pk(), "publishable-key"))), jq(str(d.S(rk, "stripe-restricted-key")))))

    d = t.f("permits/integration/appsettings.Development.json")
    d.done("""{
  "ConnectionStrings": {
    "Permits": "Server=(localdb)\\\\MSSQLLocalDB;Database=Permits;Trusted_Connection=True"
  },
  "Bluebeam": {
    "ClientSecret": %s
  },
  "Payments": {
    "RestrictedKey": %s
  }
}
""" % (jq(str(d.N("@Microsoft.KeyVault(SecretUri=https://kv-permits.vault.azure.net/secrets/bluebeam-secret/)", "secret-manager-reference"))),
           jq(str(d.N("__SET_IN_KEYVAULT__", "placeholder")))))

    # ------------------------------------------------------------ water SCADA
    n_plc = r.randrange(3, 6)
    d = t.f("scada/water/plc-inventory.csv", prose=True)
    rows = ["site,asset,model,ip,firmware,web_user,web_password,notes"]
    sites = ["WTP-Main", "Booster-North", "Booster-East", "Reservoir-Hill", "Well-7", "Lift-Station-3"]
    for i in range(n_plc):
        site = sites[i]
        kind = r.random()
        if kind < 0.6:
            pwc = str(d.S(v.pw(specials="!-_."), "service-account-password"))
            note = "changed at commissioning"
        elif kind < 0.8:
            pwc = str(d.N("(see KeePass)", "secret-manager-reference"))
            note = ""
        else:
            pwc = str(d.N("********", "masked-value"))
            note = "masked in export"
        rows.append("%s,PLC-%02d,%s,%s,%s,admin,%s,%s" % (site, i + 1, r.choice(["CompactLogix 5380", "M580", "S7-1500", "Micro850"]),
                                                       v.ip("172"), r.choice(["33.011", "3.20", "V2.9.4", "21.011"]), pwc, note))
    d.done("\n".join(rows) + "\n")

    opc_pw = v.pw()
    d = t.f("scada/water/ignition/opcua-connections.yaml")
    d.done(f"""# exported with ignition-config-export 1.4 - gateway wtp-ign01
connections:
  - name: Kepware-WTP
    endpoint: opc.tcp://wtp-kep01:49320
    security_policy: Basic256Sha256
    security_mode: SignAndEncrypt
    username: ignition_svc
    password: {d.S(opc_pw, "opcua-user-password")}
    server_certificate_thumbprint: {d.N(v.HEX(40), "cert-thumbprint")}
  - name: Booster-RTU
    endpoint: opc.tcp://booster-rtu:4840
    security_policy: None
    username: ""
    password: ""
""")

    mq_pw = v.pw()
    d = t.f("scada/water/kepware/iot-gateway-agents.json")
    d.done("""{
  "common.ALLTYPES_NAME": "WTP_to_Historian",
  "iot_gateway.AGENTTYPES_TYPE": "MQTT Client",
  "iot_gateway.MQTT_CLIENT_URL": "ssl://mqtt.%s:8883",
  "iot_gateway.MQTT_CLIENT_TOPIC": "wtp/telemetry",
  "iot_gateway.MQTT_CLIENT_CLIENT_ID": %s,
  "iot_gateway.MQTT_CLIENT_USERNAME": "kepware-wtp",
  "iot_gateway.MQTT_CLIENT_PASSWORD": %s,
  "iot_gateway.AGENTTYPES_RATE_MS": 10000
}
""" % (dom, jq(str(d.N(v.uuid(), "uuid"))), jq(str(d.S(mq_pw, "mqtt-password")))))

    hist_pw = v.pw()
    d = t.f("scada/water/historian/odbc.ini")
    d.done(f"""[ODBC Data Sources]
WTPHistorian=ODBC Driver 18 for SQL Server

[WTPHistorian]
Driver=ODBC Driver 18 for SQL Server
Server=wtp-hist01\\HISTORIAN
Database=Runtime
UID=report_ro
PWD={d.S(hist_pw, "database-password")}
TrustServerCertificate=yes
""")

    vnc = v.hex(16)
    d = t.f("scada/water/hmi/ultravnc.ini", crlf=True)
    d.done(f"""[ultravnc]
passwd={d.S(vnc, "vnc-password")}
passwd2={d.S(v.hex(16), "vnc-password")}
[admin]
UseRegistry=0
MSLogonRequired=0
NewMSLogon=0
DebugMode=0
AuthRequired=1
ConnectPriority=1
""")

    psk = v.pw("strong", specials="")
    d = t.f("scada/water/remote-access/fortigate-ipsec.conf")
    d.done(f"""config vpn ipsec phase1-interface
    edit "integrator-vpn"
        set interface "wan1"
        set peertype any
        set proposal aes256-sha256
        set remote-gw 198.51.100.24
        set psksecret ENC {d.N(v.b64(72), "encrypted-blob")}
    next
end
""")
    d = t.f("scada/water/remote-access/integrator-handover.txt", prose=True)
    d.done(f"""Remote access for Tri-County Controls (integrator)
-----------------------------------------------------
Tunnel: integrator-vpn, peer 198.51.100.24, IKEv2, AES256/SHA256
Pre-shared key (they need this on their side, send by phone only): {d.S(psk, "vpn-psk")}
Allowed: 172.20.10.0/24 (SCADA DMZ) -> wtp-ign01:8088, wtp-kep01:49320
Session approval: on-call operator enables the policy in FortiGate, max 4 h.
""")

    sid, tok_tw = v.twilio()
    d = t.f("scada/water/alarms/dialer.cfg")
    d.done(f"""[general]
site=WTP-Main
escalation_minutes=10
[sms]
provider=twilio
{d.B("secret", "twilio-credentials")}account_sid={d.A(sid, ident=True)}
auth_token={d.A(tok_tw)}{d.E()}
from=+1509555{r.randrange(1000, 9999)}
[voice]
enabled=true
""")

    d = t.f("scada/water/ignition/internal-users.xml")
    users = "\n".join('  <user name="%s" passwordHash="%s" roles="%s"/>' % (
        n, d.N(v.sha256(), "password-hash"), ro) for n, ro in [("operator1", "Operator"), ("operator2", "Operator"), ("supervisor", "Administrator")])
    d.done('<?xml version="1.0" encoding="UTF-8"?>\n<usersource name="default" type="INTERNAL">\n%s\n</usersource>\n' % users)

    # ------------------------------------------------------------ 311 / CRM
    sf_pw = v.pw(specials="!-_")
    sf_tok = v.an(25)
    d = t.f("311/crm/salesforce/build.properties")
    d.done(f"""# Ant Migration Tool - 311 case management org
sf.username=integration.user@{slug}311.gov
# password + security token appended
sf.password={d.S(sf_pw + sf_tok, "salesforce-password-token")}
sf.serverurl=https://login.salesforce.com
sf.maxPoll=20
""")

    gk = v.google_key()
    d = t.f("311/mobile-api/.env")
    d.done(f"""NODE_ENV=production
PORT=8080
# geocoding from the API server only
GOOGLE_GEOCODING_KEY={d.S(gk, "google-api-key")}
SEECLICKFIX_API_KEY={d.S(v.an(32), "api-key")}
DATABASE_URL={d.S("postgres://crm311:%s@pg-311.%s:5432/crm311" % (v.pw(specials="-_.!*"), dom), "credential-uri")}
SESSION_SECRET={d.S(v.hex(64), "session-secret")}
""")

    # ------------------------------------------------------------ courts / parking / open data
    efm_tok = v.b64u(48)
    ekey = t.ec()
    d = t.f("courts/efiling/efm-client.conf")
    d.done(f"""# EFSP client for the state e-filing manager
efm.endpoint=https://efm.courts.{st.lower()}.gov/EFM/EFMUserService.svc
efm.firm.id={d.N(v.uuid(), "uuid")}
efm.client.token={d.S(efm_tok, "efm-token")}
efm.x509.key=/etc/efiling/efsp-signing.key
""")
    d = t.f("courts/efiling/efsp-signing.key")
    d.done(str(d.S(ekey.pem_sec1(), "private-key-pem")))

    winscp_pw = v.pw()
    d = t.f("parking/citation-export/upload.ps1", crlf=True)
    d.done(f"""# nightly citation export to the collections vendor
$ErrorActionPreference = 'Stop'
$hostKey = "{d.N("ssh-ed25519 255 " + skeys.ssh_fingerprint(v.rbytes(51)), "key-fingerprint")}"
$file = Get-ChildItem 'D:\\Exports\\Citations' -Filter '*.csv' | Sort-Object LastWriteTime | Select-Object -Last 1
& 'C:\\Program Files (x86)\\WinSCP\\WinSCP.com' /log='D:\\Logs\\winscp.log' /command `
    "open sftp://citypark:{d.S(winscp_pw, "sftp-password")}@sftp.parkcollect.example.net/ -hostkey=`"$hostKey`"" `
    "put `"$($file.FullName)`" /inbound/" `
    "exit"
""")

    soc_id, soc_sec = v.an(25), v.an(50)
    d = t.f("open-data/socrata/pipeline.yml")
    d.done(f"""# nightly upserts to data.{dom}
domain: data.{dom}
{d.B("secret", "socrata-api-secret")}api_key_id: {d.A(soc_id, ident=True)}
api_key_secret: {d.A(soc_sec)}{d.E()}
datasets:
  - id: {d.N(v.lan(4) + "-" + v.lan(4), "resource-identifier")}
    source: sde://gis.DBO.Permits
  - id: 8k2m-qw7x
    source: sde://gis.DBO.ServiceRequests
""")
    d = t.f("open-data/socrata/checksums.sha256")
    d.done("\n".join("%s  %s" % (d.N(v.sha256(), "file-checksum"), f) for f in ["permits.csv", "service_requests.csv", "parcels.geojson"]) + "\n")

    # ------------------------------------------------------------ IT: spreadsheets, tickets, chat, mail, history
    d = t.f("it/ad/service-accounts-export.csv", prose=True)
    rows = ["account,system,owner,password,last_rotated,notes"]
    for name, sysn in [("svc_arcgis", "ArcGIS Enterprise"), ("svc_accela_sync", "Accela"), ("svc_backup", "Veeam"),
                       ("svc_scan2mail", "Copiers"), ("svc_laserfiche", "Laserfiche"), ("svc_tylermunis", "Munis")]:
        k = r.random()
        if k < 0.65:
            cell = str(d.S(v.pw(specials="!-_.*"), "service-account-password"))
        elif k < 0.85:
            cell = str(d.N("in Secret Server", "secret-manager-reference"))
        else:
            cell = str(d.N("*****", "masked-value"))
        rows.append("%s,%s,%s,%s,2024-%02d-%02d," % (name, sysn, v.user(), cell, r.randrange(1, 13), r.randrange(1, 28)))
    d.done("\n".join(rows) + "\n")

    tmp = v.pw("season")
    p = v.person()
    d = t.f("it/tickets/INC0042817.txt", prose=True)
    d.done(f"""Number: INC0042817
Opened: 2025-02-18 08:12  Caller: {p} (Utility Billing)
Short description: locked out of the resident portal admin after password expiry
Assignment group: Service Desk

Work notes:
2025-02-18 08:30 {v.person()}: unlocked account {v.user(p)} in AD, set a temporary password {d.S(tmp, "temporary-password")} -
  user must change at next logon. Told caller by phone.
2025-02-18 08:41 {v.person()}: user confirmed login works, new password set by user ({d.N("********", "masked-value")}).
State: Resolved
""")

    agol_pw = v.pw()
    d = t.f("it/chat/teams-gis-team.txt", prose=True)
    a, b, c = v.person(), v.person(), v.person()
    d.done(teams_txt(t, [
        (a, "anyone have the ArcGIS Online org admin login? need to transfer ownership of the storymaps"),
        (b, "it's {}@{} / {}".format("gisadmin_" + slug, "arcgis.com", d.S(agol_pw, "service-account-password"))),
        (b, "don't paste that anywhere else pls"),
        (c, "also the new token for the hydrant app: {}".format(d.S(v.arcgis_token(), "arcgis-token"))),
        (a, "thanks, hash of the export for the record: {}".format(d.N(v.md5(), "file-checksum"))),
        (c, "👍"),
    ]))

    ign_pw = v.pw()
    kep_pw = v.pw()
    d = t.f("it/email/scada-integrator-handover.eml", prose=True)
    d.done(eml("Dana Ortiz <dortiz@tricountycontrols.example.com>", "scada-team@" + dom,
               "WTP HMI upgrade - credentials and handover",
               f"""Hi all,

As discussed at the FAT, here is the handover for the Ignition 8.1 upgrade at the plant.

Ignition gateway (wtp-ign01:8088)
  user: admin
  pass: {d.S(ign_pw, "service-account-password")}

KEPServerEX admin (runtime user Administrator): {d.S(kep_pw, "service-account-password")}

The default Ignition trial password from the installer (password) is no longer in use.
Tag export checksum (SHA-256): {d.N(v.sha256(), "file-checksum")}

Please change the above after SAT.

Regards,
Dana""", r=r))

    pg = v.pw(specials="-_.")
    adm = v.pw()
    d = t.f("it/history/gisadmin.bash_history", prose=True)
    d.done(bash_history([
        "cd /opt/arcgis/server/tools/admin",
        "./createsite --help",
        "curl -sk -d \"username=siteadmin&password=%s&client=requestip&f=json\" https://%s:6443/arcgis/admin/generateToken" % (d.S(adm, "service-account-password"), gis_host),
        "export PGPASSWORD='%s'" % d.S(pg, "database-password"),
        "psql -h pg-gis01 -U sde -d gisprod -c 'select count(*) from sde.parcels'",
        "unset PGPASSWORD",
        "ssh gisadmin@gis-dev01",
        "history | tail",
    ]))

    i18n_json(t, "permits/web/i18n/vi.json", "vi")

    t.text("gis/README.md", f"# GIS\n\nScripts and configs for the City of {city} GIS program. Ask #gis-team before changing publishing jobs.\n")
    t.text("scada/water/README.md", "# Water plant SCADA\n\nConfiguration exports only. Anything changed here must go through MOC (management of change).\n")

    more.layer(t, "platform", slug + "-apps", "registry.%s" % dom)
