"""Two theme-specific files per theme."""
from ctx18 import yq


def aero(c):
    d = c.doc("balance/daq-station.ini", crlf=True)
    d.set('''[Station]
Name=BAL-6C-01
Serial=%s
[Historian]
Server=hist01.%s
User=daq_writer
Password=%s
[Upload]
FtpHost=ftp.%s
FtpUser=runs
FtpPassword=%s
''' % (d.N(c.v.serial("BAL"), "device-serial"), c.internal, d.S(c.spw(), "database-password"), c.domain, d.S(c.spw(), "ftp-password")))
    cat, vendor, idn, secn, idv, secv = c.pair()
    d2 = c.doc("portal/customer-runs.yaml")
    i, s = d2.P(idv, secv, cat)
    d2.set('''customers:
  - name: %s Motorsport
    sftp_user: cust-%s
    sftp_password: %s
    run_prefix: RUN-%s
storage:
  %s: %s
  %s: %s
''' % (c.choice(["Halden", "Verra", "Oakridge"]), c.v.digits(4), yq(d2, c.pw(), "sftp-password"),
       d2.N(c.uuid(), "uuid"), idn.lower(), i, secn.lower(), s))


def canal(c):
    d = c.doc("lockctl/modbus-gateway.json")
    d.set('''{
  "device": "lock-%02d-gw",
  "mac": "%s",
  "web": {"user": "admin", "password": "%s"},
  "snmp": {
    "read_community": "%s",
    "write_community": "%s"
  },
  "modbus": {"unit_id": 1, "port": 502}
}
''' % (c.r.randint(1, 40), d.N(c.v.mac(), "mac-address"), d.S(c.pw("alnum"), "device-password"), d.N("public", "snmp-public-community"),
       d.S(c.fresh(c.v.alnum, 12, 20), "snmp-write-community")))
    d2 = c.doc("sms/gateway.conf")
    d2.set('''# bridge keeper SMS gateway
provider = %s
api_url = https://sms.%s/v2/send
api_key = %s
sender = %s
modem_imei = %s
''' % (c.vendors[0][0], c.domain, d2.S(c.fresh(c.v.hexs, 40), "api-key"), c.short.upper(), d2.N(c.v.digits(15), "imei")))


def aquatics(c):
    d = c.doc("dosing/controller-config.xml", crlf=True)
    d.set('''<?xml version="1.0" encoding="utf-8"?>
<DosingController serial="%s" firmware="3.14.2">
  <Network dhcp="false" ip="10.30.4.21" />
  <Service user="service" password="%s" />
  <Cloud enabled="true" endpoint="https://cloud.%s" apiKey="%s" />
</DosingController>
''' % (d.N(c.v.serial("DC"), "device-serial"), d.S(c.spw(), "device-password"), c.domain, d.S(c.fresh(c.v.s, 32), "api-key")))
    d2 = c.doc("timing/meet-manager.ini")
    d2.set('''[Results]
UploadHost=results.%s
UploadUser=meet
UploadPassword=%s
[Scoreboard]
Port=COM3
AdminPassword=%s
''' % (c.domain, d2.S(c.spw(), "ftp-password"), d2.S(c.pw("human"), "device-password")))


def met(c):
    d = c.doc("aws/station_logger.cr1")
    d.set(''''CR1000X program for AWS site %s
Public AirT, RH, WS_ms, WindDir
Const FTP_HOST = "ingest.%s"
Const FTP_USER = "aws%s"
Const FTP_PASS = "%s"
BeginProg
  Scan (10,Sec,0,0)
    FTPClient (FTP_HOST, FTP_USER, FTP_PASS, "Table1", "obs.dat", 2, 0, 60, Min)
  NextScan
EndProg
''' % (d.N(c.v.digits(5), "wmo-station-id"), c.domain, c.v.digits(3), d.S(c.spw(), "ftp-password")))
    d2 = c.doc("gts/openwis.properties")
    d2.set('''openwis.db.url=jdbc:postgresql://gtsdb.%s:5432/openwis
openwis.db.user=openwis
openwis.db.password=%s
amhs.mta.host=amhs.%s
amhs.password=%s
''' % (c.internal, d2.S(c.spw(), "database-password"), c.internal, d2.S(c.spw(), "amhs-password")))


def press(c):
    d = c.doc("ojs/config.inc.php")
    d.set('''; <?php exit; // DO NOT DELETE ?>
[database]
driver = mysqli
host = db01.%s
username = ojs
password = "%s"
name = ojs

[security]
salt = "%s"
api_key_secret = "%s"

[email]
smtp_password = "%s"
''' % (c.internal, d.S(c.pw(), "database-password"), d.S(c.fresh(c.v.s, 40), "app-salt"), d.S(c.fresh(c.v.s, 64), "jwt-signing-secret"),
       d.N("ENV_SMTP_PASSWORD", "placeholder")))
    d2 = c.doc("crossref/deposit.sh")
    d2.set('''#!/bin/sh
# deposit the latest issue XML with Crossref
curl -F "operation=doMDUpload" -F "login_id=%s" -F "login_passwd=%s" \\
     -F "fname=@issue.xml" https://doi.crossref.org/servlet/deposit
echo "deposit batch %s"
''' % (c.short, d2.S(c.spw(), "crossref-password"), d2.N(c.uuid(), "uuid")))


def bridge(c):
    d = c.doc("lora/chirpstack-devices.csv")
    rows = ["dev_eui,name,app_key,profile"]
    for i in range(3):
        rows.append("%s,%s-%02d,%s,class-a" % (c.v.hexs(16).upper(), c.choice(["strain", "tilt", "accel"]), i + 1,
                                              d.S(c.fresh(c.v.hexs, 32).upper(), "lorawan-app-key")))
    d.set("\n".join(rows) + "\n")
    d2 = c.doc("loggers/cr6-upload.toml")
    d2.set('''[upload]
host = "data.%s"
user = "logger"
password = "%s"
interval_min = 10
''' % (c.domain, d2.S(c.pw(), "service-password")))


def nuclear(c):
    d = c.doc("dosimetry/reader-station.ini", crlf=True)
    d.set('''[Reader]
Serial=%s
[Database]
Server=sql01.%s
User=dose_reader
Password=%s
''' % (d.N(c.v.serial("EPD"), "device-serial"), c.internal, d.S(c.spw(), "database-password")))
    d2 = c.doc("permits/ldap.yml")
    d2.set('''ldap:
  url: ldaps://dc01.%s:636
  bind_dn: CN=svc-permits,OU=Service,DC=%s,DC=local
  bind_password: %s
  user_base: OU=Staff,DC=%s,DC=local
''' % (c.internal, c.short, yq(d2, c.pw(), "ldap-bind-password"), c.short))


def ortho(c):
    d = c.doc("scanner/station.json")
    d.set('''{
  "station": "scan-01",
  "cloud_token": "%s",
  "share": {"path": "\\\\\\\\files.%s\\\\scans", "user": "scanner", "password": "%s"},
  "licence_id": "%s"
}
''' % (d.S(c.fresh(c.v.s, 40), "api-key"), c.internal, d.S(c.spw(), "smb-password"), d.N(c.uuid(), "uuid")))
    d2 = c.doc("claims/as2-partner.xml")
    d2.set('''<partnership name="%s-insurer">
  <attribute name="as2_url" value="https://as2.insurer.example/receive"/>
  <attribute name="as2_id" value="%s"/>
  <attribute name="http_password" value="%s"/>
  <attribute name="mdn_signing_fingerprint" value="%s"/>
</partnership>
''' % (c.short, c.short.upper(), d2.S(c.pw(), "as2-password"), d2.N(c.sha1(), "certificate-fingerprint")))


def paper(c):
    d = c.doc("opcua/server-users.xml")
    d.set('''<Users>
  <User name="historian" password="%s" role="Reader"/>
  <User name="engineer" password="%s" role="Admin"/>
  <User name="guest" password="" role="Reader"/>
</Users>
''' % (d.S(c.spw(), "opcua-password"), d.S(c.pw("human"), "opcua-password")))
    d2 = c.doc("weighbridge/terminal.ini", crlf=True)
    d2.set('''[Terminal]
Id=WB-%s
[DB]
Host=mes01.%s
User=weigh
Pass=%s
''' % (d2.N(c.v.digits(6), "device-serial"), c.internal, d2.S(c.spw(), "database-password")))


def mart(c):
    d = c.doc("ring/obs-stream.json")
    d.set('''{
  "type": "rtmp_custom",
  "settings": {
    "server": "rtmp://live.%s/app",
    "key": "%s",
    "use_auth": true,
    "username": "ring",
    "password": "%s"
  }
}
''' % (c.domain, d.S(c.fresh(lambda: "live_%s_%s" % (c.v.digits(9), c.v.s(30))), "stream-key"), d.S(c.spw(), "stream-password")))
    d2 = c.doc("movements/api-client.yml")
    d2.set('''movement_service:
  base_url: https://api.movements.example.gov/v1
  client_id: %s
  client_secret: %s
  holding_number: "%s"
''' % (d2.N(c.uuid(), "oauth-client-id"), yq(d2, c.fresh(c.v.s, 40), "oauth-client-secret"), d2.N("%02d/%03d/%04d" % (c.r.randint(1, 99), c.r.randint(1, 999), c.r.randint(1, 9999)), "holding-number")))


BESPOKE = {"aero-testing": aero, "canal-authority": canal, "aquatics-centre": aquatics, "met-service": met,
           "scholarly-press": press, "bridge-monitoring": bridge, "nuclear-decom": nuclear, "orthotics-lab": ortho,
           "paper-mill": paper, "livestock-mart": mart}
