"""logistics/: a third-party-logistics warehouse operator: OpenAS2 EDI partners and keys, X12
samples (ISA security fields), SFTP drops, carrier APIs (UPS, FedEx, DHL, Shippo, EasyPost),
SAP RFC, Odoo, Dynamics, handheld (Zebra StageNow) Wi-Fi profiles, MQTT reefer telemetry and
AWS IoT devices, yard cameras, Metabase, partner e-mail, tickets, a Teams log and histories."""

import hashlib

import nkeys
from nframe import jdump, kv, esc_json_pem
from themes.common import sentence, neutral, ticket, email, history, filler

DOM = "northgate-logistics.com"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E

    # ---------------------------------------------------------------- AS2
    ks_pw = g.pw()
    partners = g.r.sample(["WALMART", "TARGET", "KROGER", "HOMEDEPOT", "COSTCO", "MEIJER", "LOWES", "CVS"], 5)
    t.add("edi/as2/config/config.xml", f"""<openas2>
  <properties storageBaseDir="%home%/../data" />
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="%home%/as2_certs.p12"
                password="{S(ks_pw, 'keystore-password')}"
                interval="300" />
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory" filename="%home%/partnerships.xml" />
  <processor classname="org.openas2.processor.DefaultProcessor">
    <module classname="org.openas2.processor.sender.AS2SenderModule" />
  </processor>
</openas2>
""")
    ps = ['<partnerships>', '  <partner name="NORTHGATE" as2_id="NORTHGATE-AS2" x509_alias="northgate" email="edi@%s"/>' % DOM]
    for p in partners:
        ps.append('  <partner name="%s" as2_id="%s" x509_alias="%s" email="edi@%s.example"/>' % (p, N(p + "-" + g.s(6, "0123456789"), 'account-identifier') if g.chance(0.4) else p + "-AS2", p.lower(), p.lower()))
    ps.append('</partnerships>')
    t.add("edi/as2/config/partnerships.xml", "\n".join(ps) + "\n")
    our = K.rsa()
    ca_k, ca_pem = K.ca("Northgate EDI CA", "Northgate Logistics")
    t.add("edi/as2/keys/northgate-signing.key", S(our.pem1(), 'private-key-pem') + "\n")
    t.add("edi/as2/keys/northgate-signing.crt", N(K.cert(our, "as2.%s" % DOM, ca_k, "Northgate EDI CA", "Northgate Logistics"), 'certificate') + "\n")
    for p in partners[:3]:
        pk = K.ec()
        pca, _ = K.ca("%s Trading Partner CA" % p.title(), p.title())
        t.add("edi/as2/partners/%s.cer" % p.lower(), N(K.cert(pk, "as2.%s.example" % p.lower(), pca, "%s Trading Partner CA" % p.title(), p.title()), 'certificate') + "\n")
    mdn = []
    for k in range(5):
        mic = g.b64(32)
        mdn.append("%s MDN from %s: processed; Received-Content-MIC: %s, sha-256" % (g.date(), g.pick(partners),
                                                                                N(mic, 'integrity-hash') if k < 3 else mic))
    t.add("edi/as2/logs/mdn.log", "\n".join(mdn) + "\n")

    # ---------------------------------------------------------------- X12 samples
    def isa(sec_q, sec):
        return "ISA*00*          *%s*%s*ZZ*NORTHGATE      *ZZ*%-15s*240311*1402*U*00401*%09d*0*P*>~" % (
            sec_q, sec, g.pick(partners), g.r.randint(1, 999999999))
    pw10 = g.s(10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    t.add("edi/outbound/samples/856_meijer.x12", isa("01", S(pw10, 'edi-security-password')) + "\nGS*SH*NORTHGATE*MEIJER*20240311*1402*1001*X*004010~\nST*856*0001~\nBSN*00*SHP%d*20240311*1402~\nSE*3*0001~\nGE*1*1001~\nIEA*1*000000001~\n" % g.r.randint(10000, 99999))
    t.add("edi/outbound/samples/810_target.x12", isa("00", "          ") + "\nGS*IN*NORTHGATE*TARGET*20240311*1402*1002*X*004010~\nST*810*0001~\nBIG*20240311*INV%d~\nSE*3*0001~\n" % g.r.randint(10000, 99999))

    # ---------------------------------------------------------------- SFTP drops
    drops = ["drops:"]
    for p in partners:
        drops.append(f"  - partner: {p}\n    host: sftp.{p.lower()}.example\n    user: ngl_{p.lower()[:6]}")
        r = g.r.random()
        if r < 0.55:
            drops.append(f"    password: {S(g.pw(), 'generic-password')}")
        elif r < 0.8:
            drops.append(f"    key_file: /etc/edi/keys/id_rsa_{p.lower()}")
        else:
            ref = '{{ lookup("hashi_vault", "secret=edi/data/%s:password") }}' % p.lower()
            drops.append("    password: " + N(ref, 'vault-reference'))
    t.add("edi/sftp/drops.yaml", "\n".join(drops) + "\n")
    sk = K.rsa()
    t.add("edi/sftp/keys/id_rsa_%s" % partners[0].lower(), S(K.openssh(sk, "edi@ngl-edi01"), 'private-key-openssh') + "\n")
    t.add("edi/sftp/keys/id_rsa_%s.pub" % partners[0].lower(), N(nkeys.openssh_public(sk, "edi@ngl-edi01"), 'public-key') + "\n")
    hk = K.ec()
    t.add("edi/sftp/known_hosts", "\n".join([
        "sftp.%s.example %s" % (partners[0].lower(), N(nkeys.openssh_public(hk), 'public-key')),
        "|1|%s|%s %s" % (g.b64(20), g.b64(20), nkeys.openssh_public(K.ed()))]) + "\n")

    # ---------------------------------------------------------------- carriers
    ups_id, ups_sec = g.s(48), g.s(64)
    fx_key, fx_sec = "l7" + g.hexs(30), g.hexs(32)
    t.add("carriers/.env", f"""# carrier integrations - production
{B('s', 'ups-oauth-credentials')}UPS_CLIENT_ID={A(ups_id, 'id')}
UPS_CLIENT_SECRET={A(ups_sec)}{E()}
UPS_ACCOUNT_NUMBER={N(g.s(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), 'account-identifier')}
{B('s', 'fedex-api-credentials')}FEDEX_API_KEY={A(fx_key, 'id')}
FEDEX_SECRET_KEY={A(fx_sec)}{E()}
DHL_API_KEY={S(g.s(32), 'dhl-api-credentials')}
DHL_API_SECRET={S(g.s(16), 'dhl-api-credentials')}
SHIPPO_API_TOKEN={S('shippo_live_' + g.hexs(40), 'shippo-api-token')}
EASYPOST_API_KEY={S('EZAK' + g.hexs(54), 'easypost-api-key')}
""")
    t.add("carriers/.env.sandbox", f"""UPS_CLIENT_ID=
UPS_CLIENT_SECRET=
SHIPPO_API_TOKEN={N('shippo_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder')}
EASYPOST_API_KEY={N('${EASYPOST_TEST_KEY}', 'env-reference')}
""")
    t.add("carriers/src/dhl_client.py", f"""import base64
import requests

DHL_USER = "northgateGB"
DHL_AUTH = "Basic {S(g.basic('northgateGB', g.pw(safe=True)), 'basic-auth-header', 'basic')}"


def rate(shipment):
    return requests.post("https://express.api.dhl.com/mydhlapi/rates", json=shipment,
                         headers={{"Authorization": DHL_AUTH}}, timeout=20)
""")
    t.add("carriers/docs/ups-oauth.md", f"""# UPS OAuth

UPS's documentation uses `client_id={N('YOUR_CLIENT_ID', 'placeholder')}`; ours are in `carriers/.env`.
Tracking numbers look like `1Z{g.s(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}` and are not secret.
""")

    # ---------------------------------------------------------------- ERP
    t.add("erp/sap/sapnwrfc.ini", f"""DEST=PRD
ASHOST=sapprd01.{DOM}
SYSNR=00
CLIENT=100
USER=RFC_WMS
PASSWD={S(g.pw_strong(12, '!'), 'generic-password')}
LANG=EN

DEST=QAS
ASHOST=sapqas01.{DOM}
SYSNR=00
CLIENT=200
USER=RFC_WMS
PASSWD={S(g.pw_strong(12, '!'), 'generic-password')}
LANG=EN
""")
    t.add("erp/odoo/odoo.conf", f"""[options]
admin_passwd = {N(g.pbkdf2_django().replace('pbkdf2_sha256$720000$', '$pbkdf2-sha512$600000$'), 'password-hash')}
db_host = pg-erp01.{DOM}
db_port = 5432
db_user = odoo
db_password = {S(g.pw(), 'generic-password')}
addons_path = /opt/odoo/addons,/opt/odoo/custom
proxy_mode = True
""")
    t.add("erp/dynamics/appsettings.json", f"""{{
  "Dataverse": {{
    "ConnectionString": "AuthType=ClientSecret;Url=https://northgate.crm.dynamics.com;ClientId={g.uuid()};ClientSecret={S(g.azure_client_secret(), 'azure-client-secret')}"
  }},
  "TenantId": "{N(g.uuid(), 'account-identifier')}"
}}
""")
    t.add("erp/oracle/tnsnames.ora", """WMSPRD =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = ora-wms01)(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = WMSPRD))
  )
""")
    t.add("erp/oracle/wms-extract.sh", f"""#!/bin/sh
sqlplus -s wms_extract/{S(g.pw(safe=True), 'generic-password')}@WMSPRD @extract_onhand.sql > /data/onhand.csv
""")

    # ---------------------------------------------------------------- handhelds / IoT
    for site in g.r.sample(["DC1-Reno", "DC2-Memphis", "DC3-Allentown", "DC4-Ontario"], 3):
        t.add(f"wms/handhelds/stagenow/{site}-wifi.xml", f"""<wap-provisioningdoc>
  <characteristic type="Wi-Fi" version="10.1">
    <characteristic type="Profiles">
      <characteristic type="Profile">
        <parm name="SSID" value="NGL-SCAN-{site.split('-')[0]}"/>
        <parm name="SecurityMode" value="1"/>
        <parm name="WPAMode" value="3"/>
        <parm name="PassPhrase" value="{S(g.pw('phrase', safe=True), 'wifi-psk')}"/>
      </characteristic>
    </characteristic>
  </characteristic>
  <characteristic type="PowerMgr"><parm name="ResetAction" value="0"/></characteristic>
</wap-provisioningdoc>
""")
    mq_pw = g.pw(safe=True)
    t.add("iot/mosquitto/mosquitto.conf", f"""listener 8883
cafile /etc/mosquitto/ca.crt
certfile /etc/mosquitto/broker.crt
keyfile /etc/mosquitto/broker.key
password_file /etc/mosquitto/passwd
connection cloud-bridge
address mqtt.{DOM}:8883
remote_username bridge-dc1
remote_password {S(g.pw(safe=True), 'generic-password')}
topic reefer/# out 1
""")
    t.add("iot/mosquitto/passwd", "\n".join("%s:%s" % (u, N("$7$101$" + g.b64(12) + "$" + g.b64(64), 'password-hash'))
                                             for u in ("reefer-gw", "dock-sensors", "bridge-dc1")) + "\n")
    t.add("iot/reefer-monitor/config.json", jdump({"mqtt": {"host": "mqtt." + DOM, "port": 8883, "username": "reefer-gw",
                                                            "password": S(mq_pw, 'generic-password')},
                                                   "alert_threshold_c": 5.5, "fleet": ["RF-%03d" % k for k in range(3)]}))
    for truck in ["TRK-%03d" % g.r.randint(100, 999) for _ in range(3)]:
        dk = K.ec()
        t.add(f"iot/aws-iot/{truck}/private.pem.key", S(dk.pem_sec1(), 'private-key-pem') + "\n")
        t.add(f"iot/aws-iot/{truck}/certificate.pem.crt", N(K.cert(dk, truck, ca_k, "Northgate EDI CA", "Northgate Logistics"), 'certificate') + "\n")
    t.add("iot/aws-iot/README.md", "Device certificates were issued by our own CA; the thing names match the truck IDs.\n"
          "Endpoint: %s-ats.iot.us-east-2.amazonaws.com\n" % N(g.s(14, "abcdefghijklmnopqrstuvwxyz0123456789"), 'account-identifier'))
    cams = ["camera,ip,rtsp"]
    for k in range(5):
        cams.append("gate-%d,%s,rtsp://admin:%s@%s:554/Streaming/Channels/101" % (k + 1, "10.40.1.%d" % (10 + k), S(g.pw(safe=True), 'credential-uri'), "10.40.1.%d" % (10 + k)))
    t.add("yard/cameras.csv", "\n".join(cams) + "\n")
    t.add("bi/metabase/.env", f"""MB_DB_TYPE=postgres
MB_DB_HOST=pg-bi01.{DOM}
MB_DB_USER=metabase
MB_DB_PASS={S(g.pw(), 'generic-password')}
MB_ENCRYPTION_SECRET_KEY={S(g.b64(32), 'encryption-key', 'b64-32')}
MB_SITE_URL=https://bi.{DOM}
""")

    # ---------------------------------------------------------------- prose
    email(t, "email/partner-kroger-sftp.eml", "edi-support@kroger-partner.example", "edi@" + DOM, "RE: SFTP cutover", [
        "Hi Northgate team,", "", "Your new SFTP account is live:", "  host: sftp2.kroger-partner.example",
        "  user: ngl_kroger", "  password: " + S(g.pw(), 'password-in-prose'), "",
        "The old server is decommissioned on 31 March.", "", "Regards,", "EDI Support"])
    t.add("docs/3pl-onboarding.md", f"""# New 3PL client onboarding

1. Create the client in the WMS and the SAP customer master.
2. Exchange AS2 certificates (ours: `edi/as2/keys/northgate-signing.crt`,
   SHA-256 fingerprint `{N(g.sha256(), 'key-fingerprint')}`).
3. Handheld profile: the scanner Wi-Fi passphrase is `{S(g.pw('phrase', safe=True), 'wifi-psk')}` (DC1 only).
4. {neutral(g, 'the WMS')}
""")
    ticket(t, "tickets/WMS-2291.txt", "WMS-2291", "Zebra scanners at DC2 drop off Wi-Fi", [
        "Re-staged 14 devices with the new profile.",
        sentence(c, g, 'the StageNow admin console', g.pw()), neutral(g, 'DC2')], system="Freshservice")
    log = []
    for m in [neutral(g, "the dock doors"), "SAP RFC user locked again",
              "unlocked, pw is still " + S(g.pw_strong(12, '!'), 'password-in-prose'),
              neutral(g, "Metabase"), "FedEx sandbox key is test_only, fine to share: " + N("l7xx1234567890abcdef1234567890abcd", 'placeholder')]:
        log.append("[%s %02d:%02d] %s: %s" % (g.date(), g.r.randint(6, 22), g.r.randint(0, 59), g.person(), m))
    t.add("chat/teams-warehouse-it.txt", "\n".join(log) + "\n")
    h = filler(g, 3, "openas2", "edi01") + [
        "lftp -u ngl_target,'%s' sftp://sftp.target.example" % S(g.pw(safe=True), 'password-in-history'),
        "sshpass -p %s sftp ngl_costco@sftp.costco.example" % S(g.pw(safe=True), 'password-in-history'),
        "psql postgresql://wms_ro:%s@pg-wms01.%s/wms -c 'select count(*) from picks'" % (S(g.pw(safe=True), 'password-in-history'), DOM),
        "openssl x509 -in northgate-signing.crt -noout -fingerprint -sha256",
        "mosquitto_pub -h mqtt.%s -p 8883 -u reefer-gw -P '%s' -t reefer/test -m hi" % (DOM, S(mq_pw, 'password-in-history'))] + filler(g, 2, "mosquitto", "edi01")
    history(t, "home/edi/.bash_history", h)
