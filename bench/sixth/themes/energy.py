"""Electric/gas utility OT: PI Web API and historians, OPC UA, Modbus gateways, substations
(SEL RTAC, DNP3 Secure Authentication), AMI head-end, IT/OT DMZ, NERC CIP inventory."""
import skeys
from themes.common import (jq, indent, teams_txt, eml, i18n_json, neg_hash, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    util = r.choice(["Riverbend Electric Cooperative", "Summit Valley Power", "Coastal Plains Energy", "Ironwood Public Utility District"])
    dom = "".join(w[0] for w in util.split()).lower() + "-ot.net"
    corp = util.split()[0].upper()[:8]

    # ------------------------------------------------------------ historian / PI
    svc_pw = v.pw()
    d = t.f("historian/pi/PIWebAPI-notes.md", prose=True)
    d.done(f"""# PI Web API (piwebapi01.{dom})

* Runs as `{corp}\\svc_piwebapi` (gMSA was not supported by the vendor build we have).
  Current password: `{d.S(svc_pw, "service-account-password")}` - set 2025-01-20, rotate with the CIP-007 cycle.
* Kerberos delegation to the PI Data Archive is configured (`setspn -S HTTP/piwebapi01 ...`).
* Basic auth is enabled only for the Grafana data source user `grafana_pi`.
""")

    pi_pw = v.pw()
    d = t.f("historian/pi/scripts/pull_tags.py")
    d.done(f'''"""Export daily averages of feeder tags for the planning team."""
import requests
from requests.auth import HTTPBasicAuth

BASE = "https://piwebapi01.{dom}/piwebapi"
AUTH = HTTPBasicAuth("grafana_pi", "{d.S(pi_pw, "service-account-password")}")

def summary(webid, start="*-1d"):
    r = requests.get(f"{{BASE}}/streams/{{webid}}/summary", params={{"startTime": start, "summaryType": "Average"}},
                     auth=AUTH, verify="/etc/pki/{dom}-ca.pem", timeout=30)
    r.raise_for_status()
    return r.json()

FEEDER_WEBIDS = ["{d.N("F1DP" + v.b64u(40), "resource-identifier")}"]
''')

    af_pw = v.pw()
    d = t.f("historian/pi/scripts/Connect-AF.ps1", crlf=True)
    d.done(f"""# connects to the AF server for the nightly element template export
$user = '{corp}\\svc_afexport'
$pass = ConvertTo-SecureString '{d.S(af_pw, "service-account-password")}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$af = Connect-AFServer -WindowsCredential $cred -AFServer (Get-AFServer 'piaf01')
Export-AFElementTemplate -AFDatabase (Get-AFDatabase 'Distribution' -AFServer $af) -Path 'D:\\export\\templates.xml'
""")

    gf_pw = v.pw()
    d = t.f("historian/timescale/pgbouncer/userlist.txt")
    d.done(f""""historian" "{d.N("md5" + v.md5(), "password-hash")}"
"grafana" "{d.S(gf_pw, "database-password")}"
"pgbouncer_admin" "{d.N(v.scram(), "password-hash")}"
""")

    # ------------------------------------------------------------ OPC UA
    op1, op2 = v.pw(), v.pw()
    d = t.f("opcua/server/Opc.Ua.ServerConfig.xml")
    d.done(f"""<?xml version="1.0" encoding="utf-8"?>
<ApplicationConfiguration xmlns="http://opcfoundation.org/UA/SDK/Configuration.xsd">
  <ApplicationName>Substation Gateway OPC UA Server</ApplicationName>
  <ApplicationUri>urn:sgw01:{dom}:OpcUaServer</ApplicationUri>
  <SecurityConfiguration>
    <ApplicationCertificate>
      <StoreType>Directory</StoreType>
      <StorePath>%LocalApplicationData%/OPC Foundation/pki/own</StorePath>
      <Thumbprint>{d.N(v.HEX(40), "cert-thumbprint")}</Thumbprint>
    </ApplicationCertificate>
  </SecurityConfiguration>
  <Extensions>
    <UserAccounts>
      <User name="scada_read" password="{d.S(op1, "opcua-user-password")}" role="Observer"/>
      <User name="scada_ctrl" password="{d.S(op2, "opcua-user-password")}" role="Operator"/>
    </UserAccounts>
  </Extensions>
</ApplicationConfiguration>
""")

    cl_pw = v.pw()
    d = t.f("opcua/clients/collect.py")
    d.done(f'''import asyncio

from asyncua import Client

URL = "opc.tcp://sgw01.{dom}:4840"


async def main():
    client = Client(URL)
    client.set_user("scada_hist")
    client.set_password("{d.S(cl_pw, "opcua-user-password")}")
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,pki/collector.der,pki/collector.pem")
    async with client:
        node = client.get_node("ns=2;s=Feeder12.Breaker.Status")
        print(await node.read_value())

asyncio.run(main())
''')

    ok = t.rsa()
    ca_k, ca_der = t.ca("%s OT Root CA" % corp, util)
    crt = t.cert_for(ok, "sgw01.%s" % dom, ca_k, "%s OT Root CA" % corp, util)
    d = t.f("opcua/pki/own/private/sgw01.pem")
    d.done(str(d.S(ok.pem_pkcs1(), "private-key-pem")))
    d = t.f("opcua/pki/own/certs/sgw01.pem")
    d.done(str(d.N(skeys.cert_pem(crt), "certificate")))
    d = t.f("opcua/pki/trusted/certs/ot-root-ca.pem")
    d.done(str(d.N(skeys.cert_pem(ca_der), "certificate")))

    # ------------------------------------------------------------ Modbus gateways (seed-dependent count)
    for i in range(r.randrange(2, 4)):
        gw = "mgate-%02d" % (i + 1)
        d = t.f("modbus/gateways/%s-export.ini" % gw, crlf=True)
        d.done(f"""[General]
ServerName={gw}
Location=Substation {r.choice("ABCDEFGH")}{i + 1}
[Network]
IP={v.ip("172")}
Netmask=255.255.255.0
[Account]
admin_user=admin
admin_password={d.S(v.pw(specials="!-_"), "service-account-password")}
[SNMP]
ReadCommunity={d.N("public", "well-known-default")}
WriteCommunity={d.S(v.word() + v.word() + str(r.randrange(10, 99)), "snmp-community")}
[ModbusTCP]
InitialDelay=0
ResponseTimeout=1000
""")

    infl = v.b64u(86) + "=="
    d = t.f("modbus/telegraf/telegraf.conf")
    d.done(f"""[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.{dom}:8086"]
  token = "{d.S(infl, "influxdb-token")}"
  organization = "ot"
  bucket = "substations"

[[inputs.modbus]]
  name = "recloser"
  slave_id = 1
  timeout = "1s"
  controller = "tcp://{v.ip("172")}:502"
  holding_registers = [
    {{ name = "phase_a_current", byte_order = "AB", data_type = "UINT16", scale = 0.1, address = [0] }},
  ]
""")

    # ------------------------------------------------------------ substations
    acc, twoac = v.pw("upper8"), v.pw("upper8")
    d = t.f("substations/rtac/relay-access-levels.txt", prose=True)
    d.done(f"""SEL relay access levels - {util}
Factory defaults (documented in every SEL manual; must be changed at commissioning):
  ACC  {d.N("OTTER", "well-known-default")}
  2AC  {d.N("TAIL", "well-known-default")}
Site values (distribution relays, set 2024-11 by relay techs):
  ACC  {d.S(acc, "relay-access-password")}
  2AC  {d.S(twoac, "relay-access-password")}
RTAC web admin: see KeePass group "Substations/RTAC".
""")

    d = t.f("substations/dnp3/outstations.csv", prose=True)
    rows = ["station,outstation_addr,master_addr,ip,sav5_user,update_key,notes"]
    for i in range(r.randrange(3, 6)):
        if r.random() < 0.7:
            key = str(d.S(v.HEX(32), "dnp3-update-key"))
            note = "AES-128 update key"
        else:
            key = str(d.N("in HSM", "secret-manager-reference"))
            note = "migrated to HSM"
        rows.append("SUB-%s%d,%d,1,%s,1,%s,%s" % (r.choice("NSEW"), i + 1, 10 + i, v.ip("172"), key, note))
    d.done("\n".join(rows) + "\n")

    ssh_k = t.ed()
    d = t.f("substations/ssh/rtac-admin_ed25519")
    d.done(str(d.S(ssh_k.openssh("relaytech@eng-ws07", r), "private-key-openssh")))
    d = t.f("substations/ssh/rtac-admin_ed25519.pub")
    d.done(str(d.N(ssh_k.ssh_public("relaytech@eng-ws07"), "public-key")))

    # ------------------------------------------------------------ DMZ / jump hosts
    d = t.f("it-ot-dmz/jump/historian.rdp", crlf=True)
    d.done(f"""full address:s:hist01.{dom}
username:s:{corp}\\engineer
prompt for credentials:i:0
password 51:b:{d.N(v.dpapi_hex(), "encrypted-blob")}
gatewayhostname:s:rdgw.{dom}
authentication level:i:2
""")

    d = t.f("it-ot-dmz/firewall/pa-backup-excerpt.xml")
    d.done(f"""<config version="10.2.0">
  <mgt-config>
    <users>
      <entry name="admin"><phash>{d.N(v.md5crypt(), "password-hash")}</phash></entry>
      <entry name="otops"><phash>{d.N(v.sha512crypt(), "password-hash")}</phash></entry>
    </users>
  </mgt-config>
  <network><ike><gateway><entry name="to-vendor">
    <authentication><pre-shared-key><key>{d.N("-AQ==" + v.b64(24) + "=" + v.b64(32), "encrypted-blob")}</key></pre-shared-key></authentication>
  </entry></gateway></ike></network>
</config>
""")

    # ------------------------------------------------------------ AMI
    hes = v.an(40)
    mdm_pw = v.pw(specials="-_.!*")
    d = t.f("meters/ami/headend.env")
    d.done(f"""HES_BASE_URL=https://hes.{dom}/api/v3
HES_API_KEY={d.S(hes, "api-key")}
MDM_DATABASE_URL={d.S("postgresql://mdm_etl:%s@mdm-db.%s:5432/mdm" % (mdm_pw, dom), "credential-uri")}
METER_READ_BATCH=5000
""")

    br_pw = v.pw()
    d = t.f("meters/ami/mosquitto-bridge.conf")
    d.done(f"""connection ami-cloud
address ami-bridge.{dom}:8883
bridge_protocol_version mqttv311
remote_clientid ami-onprem-01
remote_username ami-onprem
remote_password {d.S(br_pw, "mqtt-password")}
topic meters/# out 1
bridge_cafile /etc/mosquitto/ca.crt
""")

    d = t.f("grafana/provisioning/datasources/historians.yaml")
    gpw = v.pw()
    d.done(f"""apiVersion: 1
datasources:
  - name: Timescale
    type: postgres
    url: tsdb.{dom}:5432
    user: grafana
    jsonData: {{ database: historian, sslmode: require }}
    secureJsonData:
      password: {d.N("$__env{TSDB_PASSWORD}", "env-reference")}
  - name: PI Web API
    type: grafana-osisoftpi-datasource
    url: https://piwebapi01.{dom}/piwebapi
    basicAuth: true
    basicAuthUser: grafana_ro
    secureJsonData:
      basicAuthPassword: {d.S(gpw, "service-account-password")}
""")

    # ------------------------------------------------------------ NERC CIP / prose
    d = t.f("docs/nerc-cip/shared-accounts-inventory.csv", prose=True)
    rows = ["asset,account,type,password,custodian,last_change"]
    for asset, acct in [("EMS-HMI-01", "emsadmin"), ("EMS-HMI-02", "emsadmin"), ("SCADA-FEP-A", "root"),
                        ("Historian", "piadmin"), ("Substation switches", "netops"), ("GPS clocks", "admin")]:
        k = r.random()
        if k < 0.55:
            cell = str(d.S(v.pw(specials="!-_.*"), "service-account-password"))
        elif k < 0.85:
            cell = str(d.N("CyberArk: OT/" + asset.replace(" ", "_"), "secret-manager-reference"))
        else:
            cell = str(d.N("********", "masked-value"))
        rows.append("%s,%s,shared,%s,%s,2024-%02d-%02d" % (asset, acct, cell, v.person(), r.randrange(1, 13), r.randrange(1, 28)))
    d.done("\n".join(rows) + "\n")

    tv_pw = v.pw("strong", specials="")
    dragos = v.pw()
    d = t.f("tickets/OT-1182.txt", prose=True)
    d.done(f"""OT-1182 | Vendor remote session - sensor tuning
Requested by: {v.person()} (OT Security)
Vendor: sensor vendor field engineer
Notes:
 - Approved for 2025-03-04 13:00-16:00, via the DMZ jump host only.
 - Sensor web UI local admin for the session: admin / {d.S(dragos, "service-account-password")}
 - TeamViewer on jump02, ID {d.N(v.digits(10), "account-identifier")}
   one-time password for the session: {d.S(tv_pw, "temporary-password")}
 - Password reset after session: done 16:20, new value in CyberArk.
""")

    rt1 = v.pw()
    d = t.f("email/integrator-commissioning.eml", prose=True)
    d.done(eml("Commissioning <commissioning@gridtech-integration.example.com>", "protection@" + dom,
               "Sub E4 commissioning - RTAC handover",
               f"""All,

Attached is the final settings file set for Sub E4. RTAC web admin for handover:

   https://rtac-e4.{dom}   user: OTAdmin   password: {d.S(rt1, "service-account-password")}

Settings archive SHA-256: {d.N(v.sha256(), "file-checksum")}

Regards
Commissioning team""", r=r))

    ps_pw = v.pw()
    basic_pw = v.pw()
    d = t.f("history/engineer-ConsoleHost_history.txt", prose=True, crlf=True)
    d.done("\n".join([
        "Get-Service PI* | Select Name,Status",
        "Invoke-RestMethod -Uri https://piwebapi01.%s/piwebapi/system -Headers @{Authorization='Basic %s'}" % (
            dom, d.S(v.basic("grafana_pi", basic_pw), "basic-auth-header", "basic")),
        ".\\PsExec.exe \\\\hmi02 -u %s\\emsadmin -p %s cmd /c ipconfig" % (corp, d.S(ps_pw, "service-account-password")),
        "Test-NetConnection sgw01.%s -Port 4840" % dom,
    ]) + "\n")

    opc_pw = v.pw()
    d = t.f("chat/teams-ot-engineering.txt", prose=True)
    d.done(teams_txt(t, [
        (v.person(), "anyone know the OPC UA user for the new collector? scada_hist is locked"),
        (v.person(), "use scada_hist2 / {} until the lockout clears".format(d.S(opc_pw, "opcua-user-password"))),
        (v.person(), "ok. btw the cert thumbprint it expects is {}".format(d.N(v.HEX(40), "cert-thumbprint"))),
        (v.person(), "👍 ty"),
    ], date="2025-04-22"))

    po = t.f("hmi/i18n/es.po")
    po.done(f"""msgid ""
msgstr ""
"Language: es\\n"

msgid "Password"
msgstr "{po.N("Contraseña", "i18n-string")}"

msgid "Acknowledge alarm"
msgstr "Reconocer alarma"

msgid "Operator password required for breaker control"
msgstr "{po.N("Se requiere la contraseña del operador para el control del interruptor", "i18n-string")}"
""")

    t.text("README.md", f"# {util} - OT configuration repository\n\nCIP-010 baseline exports. Do not store live credentials here (yes, we know).\n")

    more.layer(t, "it-apps", "outage-map", "harbor.%s" % dom)
