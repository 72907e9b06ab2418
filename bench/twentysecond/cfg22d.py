"""Tool/config file kinds, part D: trackers, mail filters, games, media, test tools and network devices."""

KINDS = [
("rt-siteconfig", "helpdesk/rt/RT_SiteConfig.pm", False, """\
use utf8;
Set( $rtname, '⟦dom⟧' );
Set( $WebDomain, 'rt.⟦idom⟧' );
Set( $DatabaseType, 'Pg' );
Set( $DatabaseHost, 'db.⟦idom⟧' );
Set( $DatabaseUser, 'rt_user' );
Set( $DatabasePassword, '«S:pw:db-password»' );
Set( $ExternalSettings, {
    'AD' => { 'type' => 'ldap', 'server' => 'dc1.⟦idom⟧',
              'user' => 'svc-rt', 'pass' => '«S:pw:ldap-bind-password»' },
});
Set( $SMTPPassword, $ENV{«N:perlenv=RT_SMTP_PASSWORD:reference»} );
1;"""),
("trac-ini", "helpdesk/trac/conf/trac.ini", False, """\
[trac]
database = postgres://trac:«S:pwu:db-password»@db.⟦idom⟧/trac
base_url = https://trac.⟦idom⟧/⟦sys_slug⟧

[notification]
smtp_enabled = true
smtp_server = smtp.⟦idom⟧
smtp_user = trac@⟦dom⟧
smtp_password = «S:pw:smtp-password»
smtp_from = trac@⟦dom⟧

[project]
name = ⟦sys⟧"""),
("amavisd-conf", "mail/etc/amavisd.conf", False, """\
use strict;
$mydomain = '⟦dom⟧';
$myhostname = 'mx1.⟦dom⟧';
@lookup_sql_dsn = (
  ['DBI:mysql:database=mail;host=db.⟦idom⟧;port=3306', 'amavis', '«S:pw:db-password»'] );
$sql_select_policy = 'SELECT *,users.id FROM users WHERE users.email IN (%k)';
$notify_method  = 'smtp:[127.0.0.1]:10025';
$forward_method = 'smtp:[127.0.0.1]:10025';
$sa_tag_level_deflt = 2.0;
1;"""),
("k6-script", "loadtest/k6/booking.js", False, """\
import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = { vus: 20, duration: '5m' };
const BASE = 'https://staging.⟦dom⟧';
const API_KEY = '«S:alnum32:api-key»';
const ADMIN_TOKEN = __ENV.«N:word=ADMIN_TOKEN:reference»;

export default function () {
  const res = http.post(`${BASE}/api/login`, JSON.stringify({ user: 'loadtest', password: '«S:pw:test-account-password»' }),
    { headers: { 'Content-Type': 'application/json', 'X-Api-Key': API_KEY } });
  check(res, { 'status 200': (r) => r.status === 200 });
  sleep(1);
}"""),
("gatling-simulation", "loadtest/gatling/src/test/scala/PortalSimulation.scala", False, """\
import io.gatling.core.Predef._
import io.gatling.http.Predef._
import scala.concurrent.duration._

class PortalSimulation extends Simulation {
  val httpProtocol = http.baseUrl("https://portal.⟦dom⟧")
    .basicAuth("perf", "«S:pw:test-account-password»")
  val token = sys.env.getOrElse("«N:word=PORTAL_TOKEN:reference»", "")
  val scn = scenario("browse")
    .exec(http("home").get("/").header("Authorization", "Bearer " + token))
    .pause(2)
  setUp(scn.inject(rampUsers(50).during(2.minutes))).protocols(httpProtocol)
}"""),
("appium-caps", "mobile-tests/browserstack.caps.json", False, """\
{
  "platformName": "Android",
  "appium:deviceName": "Samsung Galaxy S23",
  "appium:app": "bs://«N:hex40:app-id»",
  "bstack:options": {
    "userName": "⟦user⟧_qa",
    "accessKey": "«S:alnum20:browserstack-access-key»",
    "projectName": "⟦sys⟧",
    "buildName": "nightly"
  }
}"""),
("factorio-settings", "games/factorio/server-settings.json", False, """\
{
  "name": "⟦org⟧ staff server",
  "description": "Friday evening",
  "visibility": {"public": false, "lan": true},
  "username": "⟦user⟧",
  "password": "",
  "token": "«S:hex30:game-service-token»",
  "game_password": "«S:pw:game-password»",
  "require_user_verification": true,
  "max_players": 12,
  "admins": ["⟦user⟧"]
}"""),
("sonarr-config", "media/sonarr/config.xml", False, """\
<Config>
  <BindAddress>*</BindAddress>
  <Port>8989</Port>
  <SslPort>9898</SslPort>
  <EnableSsl>False</EnableSsl>
  <ApiKey>«S:hex32:api-key»</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <Branch>main</Branch>
  <LogLevel>info</LogLevel>
  <PostgresUser>sonarr</PostgresUser>
  <PostgresPassword>«S:pw:db-password»</PostgresPassword>
  <PostgresHost>db.⟦idom⟧</PostgresHost>
  <InstanceName>Sonarr</InstanceName>
</Config>"""),
("qbittorrent-conf", "media/qBittorrent/qBittorrent.conf", False, """\
[BitTorrent]
Session\\DefaultSavePath=/srv/downloads
Session\\Port=51413

[Network]
Proxy\\IP=proxy.⟦idom⟧
Proxy\\Port=3128
Proxy\\Type=HTTP
Proxy\\Username=⟦user⟧
Proxy\\Password=«S:pw:proxy-password»

[Preferences]
WebUI\\Port=8080
WebUI\\Username=admin
WebUI\\Password_PBKDF2="@ByteArray(«N:qbhash:password-hash»)\""""),
("deluge-auth", "media/deluge/auth", False, """\
localclient:«S:hex40:daemon-password»:10
⟦user⟧:«S:pw:password»:10
reader:«S:pw:password»:1"""),
("huawei-vrp", "network/huawei/⟦h1s⟧-vrp.cfg", False, """\
#
 sysname ⟦h1s⟧
#
aaa
 local-user admin password irreversible-cipher «N:huaweicipher:password-hash»
 local-user admin privilege level 15
 local-user admin service-type ssh
 local-user netops password irreversible-cipher «N:huaweicipher:password-hash»
#
snmp-agent
snmp-agent community read «N:word=public:default-value»
snmp-agent community write «S:community:snmp-community»
snmp-agent sys-info version v2c v3
#
radius-server template rad1
 radius-server shared-key simple «S:pw:radius-secret»
 radius-server authentication 10.20.0.20 1812
#
return"""),
("gophish-smtp", "security-awareness/gophish/sending_profile.json", False, """\
{
  "name": "⟦org⟧ phishing simulation",
  "interface_type": "SMTP",
  "from_address": "IT Service Desk <it@⟦dom⟧>",
  "host": "smtp.⟦idom⟧:587",
  "username": "phishsim@⟦dom⟧",
  "password": "«S:pw:smtp-password»",
  "ignore_cert_errors": false,
  "headers": [{"key": "X-Sim-Campaign", "value": "«N:uuid:identifier»"}]
}"""),
("hangfire-startup", "apps/⟦sys_slug⟧/HangfireSetup.cs", True, """\
using Hangfire;
using Hangfire.Dashboard.BasicAuthorization;

public static class HangfireSetup
{
    public static void Use(IApplicationBuilder app)
    {
        app.UseHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = new[] { new BasicAuthAuthorizationFilter(new BasicAuthAuthorizationFilterOptions
            {
                RequireSsl = true,
                Users = new[] { new BasicAuthAuthorizationUser { Login = "ops", PasswordClear = "«S:pw:dashboard-password»" } }
            }) }
        });
        GlobalConfiguration.Configuration.UseSqlServerStorage("Server=sql.⟦idom⟧;Database=Hangfire;User Id=hangfire;Password=«S:pw:db-password»;");
        var fallback = Environment.GetEnvironmentVariable("«N:word=HANGFIRE_DB:reference»");
    }
}"""),
("zeromq-curve", "messaging/curve/server.key_secret", False, """\
#   ****  Generated on 2024-03-11 08:14:02 by CZMQ  ****
#   ZeroMQ CURVE **Secret** Certificate
#   DO NOT PROVIDE THIS FILE TO OTHER USERS nor change its permissions.

metadata
    name = "⟦h1s⟧"
curve
    public-key = "«N:z85:public-key»"
    secret-key = "«S:z85:curve-secret-key»\""""),
("mikrotik-like-snmp", "network/net-snmp/snmp.conf", False, """\
# client defaults for the ⟦sys⟧ pollers
defVersion 3
defSecurityName poller
defSecurityLevel authPriv
defAuthType SHA
defAuthPassphrase «S:pws:snmpv3-passphrase»
defPrivType AES
defPrivPassphrase «S:pws:snmpv3-passphrase»
mibs +ALL"""),
("sentinel-like-nut", "power/etc/nut/upsd.users", False, """\
[admin]
    password = «S:pw:ups-password»
    actions = SET
    instcmds = ALL

[upsmon]
    password = «S:pw:ups-password»
    upsmon primary"""),
("nut-upsmon", "power/etc/nut/upsmon.conf", False, """\
MONITOR ups@localhost 1 upsmon «S:pw:ups-password» primary
MINSUPPLIES 1
SHUTDOWNCMD "/sbin/shutdown -h +0"
NOTIFYCMD /usr/sbin/upssched
POLLFREQ 5"""),
("chrony-keys", "time/etc/chrony/chrony.keys", False, """\
# symmetric keys for authenticated NTP with the ⟦sys⟧ controllers
1 SHA256 HEX:«S:hex64:ntp-key»
2 SHA1 HEX:«S:hex40:ntp-key»
#3 MD5 «N:angle=key:placeholder»"""),
("keepalived", "ha/etc/keepalived/keepalived.conf", False, """\
vrrp_instance VI_⟦h1s⟧ {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 150
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass «S:alnum8:vrrp-password»
    }
    virtual_ipaddress {
        10.20.0.50/24
    }
}"""),
("fastlane-env", "mobile/fastlane/.env.default", False, """\
FASTLANE_USER=release@⟦dom⟧
FASTLANE_PASSWORD=«S:pw:apple-id-password»
MATCH_PASSWORD=«S:pw:match-passphrase»
MATCH_GIT_URL=https://git.⟦idom⟧/mobile/certificates.git
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«S:applepw:app-specific-password»
SLACK_URL=«N:env=SLACK_WEBHOOK_URL:reference»"""),
("godot-export-presets", "games/kiosk/export_presets.cfg", False, """\
[preset.0]

name="Android"
platform="Android"
runnable=true
export_path="build/kiosk.apk"

[preset.0.options]

keystore/release="res://release.keystore"
keystore/release_user="⟦slug⟧"
keystore/release_password="«S:pw:keystore-password»"
package/unique_name="com.⟦slug_us⟧.kiosk\""""),
("unity-project-settings", "games/kiosk/ProjectSettings/ProjectSettings.asset", False, """\
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  companyName: ⟦org_ascii⟧
  productName: Visitor kiosk
  AndroidKeystoreName: '{inproject}: keys/kiosk.keystore'
  AndroidKeyaliasName: kiosk
  AndroidKeystorePass: «S:pw:keystore-password»
  AndroidKeyaliasPass: «S:pw:keystore-password»
  cloudProjectId: «N:uuid:project-id»"""),
("minecraft-server", "games/minecraft/server.properties", False, """\
#Minecraft server properties
enable-rcon=true
rcon.port=25575
rcon.password=«S:pw:rcon-password»
server-port=25565
motd=⟦org_ascii⟧ staff server
white-list=true
enable-query=false"""),
("srcds-server-cfg", "games/csgo/cfg/server.cfg", False, """\
hostname "⟦org_ascii⟧ LAN"
rcon_password "«S:pw:rcon-password»"
sv_password "«S:pw:game-password»"
sv_lan 1
mp_autoteambalance 1
log on"""),
("mumble-ini", "voice/murmur.ini", False, """\
database=/var/lib/mumble-server/mumble-server.sqlite
ice="tcp -h 127.0.0.1 -p 6502"
icesecretwrite=«S:alnum24:ice-secret»
icesecretread=
welcometext="Welcome to the ⟦org⟧ voice server"
port=64738
serverpassword=«S:pw:voice-password»
bandwidth=72000
users=100"""),
("plex-preferences", "media/plex/Preferences.xml", False, """\
<?xml version="1.0" encoding="utf-8"?>
<Preferences
 MachineIdentifier="«N:uuid:identifier»"
 ProcessedMachineIdentifier="«N:hex40:identifier»"
 FriendlyName="⟦h1s⟧" PublishServerOnPlexOnlineKey="1" PlexOnlineUsername="⟦user⟧"
 PlexOnlineToken="«S:plextoken:plex-token»"
 PlexOnlineMail="⟦email⟧" AcceptedEULA="1"/>"""),
]
