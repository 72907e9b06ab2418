"""Coffee/QSR franchise: Square, Clover, Toast, store routers (Cradlepoint, Meraki), back-office
PCs, kiosks, loyalty app, online ordering (DoorDash Drive, Uber Eats), inventory, payroll,
store VPN profiles, franchise IT prose."""
import skeys
from themes.common import (jq, indent, teams_txt, eml, i18n_json, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    brand = r.choice(["Copper Kettle Coffee", "Brisa Tacos", "Oak & Ember Bakery", "Tidal Poke", "Juniper Juice Co"])
    dom = brand.split()[0].lower() + brand.split()[-1].lower() + ".com"
    stores = ["%04d" % r.randrange(100, 999) for _ in range(r.randrange(3, 6))]

    # ------------------------------------------------------------ POS providers
    sq = v.square()
    sqw = v.b64u(22)
    d = t.f("pos/square/.env")
    d.done(f"""SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID={d.N("sq0idp-" + v.b64u(22), "public-client-id")}
SQUARE_ACCESS_TOKEN={d.S(sq, "square-access-token")}
SQUARE_APPLICATION_SECRET={d.S(v.square_secret(), "square-application-secret")}
SQUARE_WEBHOOK_SIGNATURE_KEY={d.S(sqw, "webhook-secret")}
SQUARE_LOCATION_IDS={",".join(v.uan(13) for _ in stores)}
""")

    d = t.f("pos/square/webhook-sample.json")
    d.done("""{
  "merchant_id": %s,
  "type": "payment.updated",
  "event_id": %s,
  "created_at": "2025-03-02T14:11:09.612Z",
  "headers": { "x-square-hmacsha256-signature": %s }
}
""" % (jq(str(d.N(v.uan(13), "account-identifier"))), jq(str(d.N(v.uuid(), "uuid"))), jq(str(d.N(v.b64(32), "webhook-signature")))))

    clv = v.uuid()
    d = t.f("pos/clover/clover.properties")
    d.done(f"""clover.base.url=https://api.clover.com
clover.merchant.id={d.N(v.uan(13), "account-identifier")}
clover.api.token={d.S(clv, "clover-access-token", "uuid")}
clover.app.id={d.N(v.uan(13), "public-client-id")}
""")

    tst = v.an(64)
    d = t.f("pos/toast/toast-api.json")
    d.done("""{
  "hostname": "https://ws-api.toasttab.com",
  "clientId": %s,
  "clientSecret": %s,
  "userAccessType": "TOAST_MACHINE_CLIENT",
  "restaurantGuids": [%s]
}
""" % (jq(str(d.N(v.an(32), "public-client-id"))), jq(str(d.S(tst, "toast-client-secret"))), jq(str(d.N(v.uuid(), "uuid")))))

    # ------------------------------------------------------------ stores: routers, back office (seed-dependent)
    for s in stores:
        d = t.f("stores/%s/cradlepoint-config.json" % s)
        d.done("""{
  "system": { "system_id": "STORE-%s", "admin": { "user": "admin", "password": %s } },
  "wlan": {
    "radio": [
      { "bss": [ { "ssid": "%s-POS", "wpapsk": %s, "hidden": true },
                 { "ssid": "%s Guest WiFi", "wpapsk": %s } ] }
    ]
  },
  "firewall": { "remote_admin": { "enabled": false } }
}
""" % (s, jq(str(d.S(v.pw(specials="!-_."), "service-account-password"))), brand.split()[0],
       jq(str(d.S(v.pw("strong", specials=""), "wifi-psk"))), brand.split()[0], jq(str(d.S(v.pw("phrase", specials="-"), "wifi-psk")))))

    mk = v.hex(40)
    d = t.f("stores/tools/meraki_audit.py")
    d.done(f'''"""List switches whose firmware is behind, across all store networks."""
import meraki

dashboard = meraki.DashboardAPI("{d.S(mk, "meraki-api-key")}", suppress_logging=True)
ORG_ID = "{d.N(v.digits(6), "account-identifier")}"
for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    print(net["name"])
''')

    s0 = stores[0]
    mgr, aut = v.pw(), v.pw()
    d = t.f("stores/%s/backoffice-setup.bat" % s0, crlf=True)
    d.done(f"""@echo off
rem back-office PC first boot
net user storemgr {d.S(mgr, "local-admin-password")} /add
net localgroup Administrators storemgr /add
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultUserName /t REG_SZ /d kiosk /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d {d.S(aut, "windows-autologon-password")} /f
""")

    sa_pw = v.pw()
    d = t.f("stores/%s/pos-db.ini" % s0, crlf=True)
    d.done(f"""[Database]
Server=.\\SQLEXPRESS
Database=BOH
User=sa
Password={d.S(sa_pw, "database-password")}
[Sync]
Endpoint=https://boh-sync.{dom}/api
""")

    d = t.f("stores/%s/kiosk-config.xml" % s0)
    d.done(f"""<?xml version="1.0" encoding="utf-8"?>
<KioskConfig>
  <Terminal>
    <Model>Lane/3000</Model>
    <SerialNumber>{d.N(v.digits(3) + "-" + v.digits(3) + "-" + v.digits(3), "device-identifier")}</SerialNumber>
    <TerminalKey>{d.S(v.HEX(32), "api-key")}</TerminalKey>
  </Terminal>
  <Menu source="https://menu.{dom}/v2/{s0}.json" refreshMinutes="15"/>
</KioskConfig>
""")

    # ------------------------------------------------------------ loyalty / online ordering
    lpw = v.pw(specials="")
    tw, twt = v.twilio()
    pun = v.hex(64)
    d = t.f("loyalty/api/appsettings.Production.json")
    d.done("""{
  "ConnectionStrings": {
    "Loyalty": %s
  },
  "Twilio": {
%s    "AccountSid": %s,
    "AuthToken": %s%s
  },
  "Punchh": {
    "ApiSecret": %s
  }
}
""" % (jq("Server=tcp:loyalty-sql.database.windows.net,1433;Initial Catalog=loyalty;User ID=loyalty_api;Password=%s;Encrypt=True" % d.S(lpw, "db-connection-string")),
       d.B("secret", "twilio-credentials"), jq(str(d.A(tw, ident=True))), jq(str(d.A(twt))) + ",", d.E(),
       jq(str(d.S(pun, "punchh-api-secret")))))

    d = t.f("loyalty/mobile/src/config.js")
    d.done(f"""export default {{
  apiBase: 'https://loyalty.{dom}/api',
  squareAppId: '{d.N("sq0idp-" + v.b64u(22), "public-client-id")}',
  googleMapsKey: process.env.EXPO_PUBLIC_MAPS_KEY,
  brazeSdkKey: '{d.N(v.uuid(), "public-sdk-key")}',
  sentryDsn: '{d.N("https://%s@o%s.ingest.sentry.io/%s" % (v.hex(32), v.digits(6), v.digits(7)), "public-client-id")}',
}};
""")

    dd_sec = v.b64u(43)
    ue = v.an(40)
    d = t.f("ordering/.env")
    d.done(f"""DOORDASH_DEVELOPER_ID={d.N(v.uuid(), "uuid")}
DOORDASH_KEY_ID={d.N(v.uuid(), "public-client-id")}
DOORDASH_SIGNING_SECRET={d.S(dd_sec, "doordash-signing-secret")}
UBER_EATS_CLIENT_ID={d.N(v.b64u(32), "public-client-id")}
UBER_EATS_CLIENT_SECRET={d.S(ue, "uber-eats-client-secret")}
""")

    mm = v.pw()
    d = t.f("inventory/marketman.yaml")
    d.done(f"""marketman:
  api_key: {d.S(v.hex(32), "api-key")}
  api_password: {d.S(mm, "marketman-password")}
  buyer_guid: {d.N(v.uuid(), "uuid")}
""")
    ss = v.an(40)
    d = t.f("payroll/7shifts.env")
    d.done(f"""SEVENSHIFTS_ACCESS_TOKEN={d.S(ss, "sevenshifts-token")}
SEVENSHIFTS_COMPANY_ID={d.N(v.digits(6), "account-identifier")}
""")

    # ------------------------------------------------------------ VPN profile with inline key + tls-crypt
    vk = t.rsa()
    vca_k, vca_der = t.ca("%s Store VPN CA" % brand.split()[0], brand)
    vcrt = t.cert_for(vk, "store-%s" % s0, vca_k, "%s Store VPN CA" % brand.split()[0], brand)
    tc = "\n".join(v.hex(32) for _ in range(16))
    d = t.f("stores/%s/store-%s.ovpn" % (s0, s0))
    d.done(f"""client
dev tun
proto udp
remote vpn.{dom} 1194
resolv-retry infinite
nobind
remote-cert-tls server
cipher AES-256-GCM
<ca>
{d.N(skeys.cert_pem(vca_der), "certificate")}
</ca>
<cert>
{d.N(skeys.cert_pem(vcrt), "certificate")}
</cert>
<key>
{d.S(vk.pem_pkcs8(), "private-key-pem")}
</key>
{d.B("secret", "openvpn-static-key")}<tls-crypt>
#
# 2048 bit OpenVPN static key
#
-----BEGIN OpenVPN Static key V1-----
{d.A(tc)}
-----END OpenVPN Static key V1-----
</tls-crypt>{d.E()}
""")

    # ------------------------------------------------------------ prose
    sqpw = v.pw()
    pat = v.pw("phrase", specials="-")
    d = t.f("franchise/wiki/new-store-checklist.md", prose=True)
    d.done(f"""# New store IT checklist

- [ ] Router: Cradlepoint from the depot, config pushed from NetCloud group "Stores".
- [ ] POS Wi-Fi passphrase follows the pattern in the vault; the temporary one during fit-out is
      `{d.S(pat, "wifi-psk")}` (change before opening day!).
- [ ] Square Dashboard: store manager gets a team member login; the franchise admin login is
      `ops@{dom}` / `{d.S(sqpw, "service-account-password")}`.
- [ ] Kitchen display default PIN is `{d.N("1234", "well-known-default")}` out of the box - change it.
- [ ] Back-office PC: run `backoffice-setup.bat`, then BitLocker.
""")

    d = t.f("franchise/exports/store-credentials.csv", prose=True)
    rows = ["store,system,user,password,updated"]
    for s in stores:
        for sysn in r.sample(["Square", "Cradlepoint", "Back office PC", "Toast", "7shifts"], 2):
            k = r.random()
            if k < 0.7:
                cell = str(d.S(v.pw(specials="!-_.*"), "service-account-password"))
            else:
                cell = str(d.N("******", "masked-value"))
            rows.append("%s,%s,%s,%s,2025-%02d-%02d" % (s, sysn, r.choice(["manager", "admin", "store" + s]), cell, r.randrange(1, 13), r.randrange(1, 28)))
    d.done("\n".join(rows) + "\n")

    t1, t2 = v.pw("season"), v.pw()
    d = t.f("franchise/tickets/HD-77120.txt", prose=True)
    d.done(f"""HD-77120  Store {stores[-1]} - manager locked out of back office
Caller: store manager, opening shift
- Reset local account storemgr on BOH-{stores[-1]}; new password {d.S(t2, "temporary-password")} (read over the phone)
- Square Dashboard login for the store reset to {d.S(t1, "temporary-password")} for the morning; manager to change it
Resolved 06:48.
""")

    op_pw = v.pw()
    d = t.f("franchise/email/store-opening.eml", prose=True)
    d.done(eml("Franchise IT <it@%s>" % dom, "owner.store%s@gmail.com" % stores[0], "Store %s go-live details" % stores[0],
               f"""Hi,

Everything is set for Monday's opening. Your logins:

  Back-office PC:  storemgr / {d.S(mgr, "local-admin-password")}
  Toast Web:       owner{stores[0]}@{dom} / {d.S(op_pw, "temporary-password")} (you'll be asked to change it)

Call the help desk if anything looks off.

Franchise IT""", r=r))

    gw = v.pw()
    d = t.f("franchise/chat/teams-district-managers.txt", prose=True)
    d.done(teams_txt(t, [
        (v.person(), "guest wifi at {} is down again, anyone remember the router admin?".format(stores[1])),
        (v.person(), "admin / {} (it's the same on the spares)".format(d.S(gw, "service-account-password"))),
        (v.person(), "fixed, thanks"),
        (v.person(), "serial of the replacement unit for the ticket: {}".format(d.N("WA" + v.digits(11), "device-identifier"))),
    ], date="2025-06-03"))

    ps1 = v.pw()
    d = t.f("franchise/history/it-admin-ConsoleHost_history.txt", prose=True, crlf=True)
    d.done("\n".join([
        "Get-ADComputer -Filter 'Name -like \"BOH-*\"' | Select Name",
        "$p = ConvertTo-SecureString '%s' -AsPlainText -Force" % d.S(ps1, "local-admin-password"),
        "Invoke-Command -ComputerName BOH-%s -Credential (New-Object PSCredential('storemgr',$p)) -ScriptBlock { Get-BitLockerVolume }" % stores[0],
        "Test-NetConnection boh-sync.%s -Port 443" % dom,
    ]) + "\n")

    i18n_json(t, "kiosk/i18n/es.json", "es")

    t.text("README.md", f"# {brand} - store systems\n\nPOS integrations, store network configs and back-office tooling for {len(stores)} stores.\n")

    more.layer(t, "hq-apps", "menu-service", "%s.azurecr.io" % dom.split(".")[0])
