"""Tool and config file kinds, part C: game servers, media and home automation, trading tools, dev and cloud
CLIs, remote access."""

from cfg23a import T

KINDS = [
    T("valheim-start", "games/valheim/start_server.sh", """
#!/bin/bash
# Valheim dedicated server for the staff guild
export templdpath=$LD_LIBRARY_PATH
export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
export SteamAppId=892970
./valheim_server.x86_64 -name "«v:org» Vikings" -port 2456 -world "«v:word»" -password "«S:valheim-server-password:pwa»" -public 0
export LD_LIBRARY_PATH=$templdpath
"""),
    T("terraria-config", "games/terraria/serverconfig.txt", """
#this is the world file that will be loaded
world=/srv/terraria/Worlds/«v:word».wld
autocreate=2
worldname=«v:word»
difficulty=1
maxplayers=16
port=7777
password=«S:terraria-server-password:pwa»
motd=Welcome to the «v:org» server
#secure=1
"""),
    T("zomboid-ini", "games/zomboid/servertest.ini", """
PVP=false
PauseEmpty=true
GlobalChat=true
Open=false
ServerWelcomeMessage=Welcome to «v:org» Zomboid
Password=«S:zomboid-server-password:pwa»
RCONPort=27015
RCONPassword=«S:zomboid-rcon-password:pwa»
DiscordEnable=false
DiscordToken=«N:empty-placeholder:!<none>»
MaxPlayers=12
""", crlf=True),
    T("palworld-settings", "games/palworld/PalWorldSettings.ini", """
[/Script/Pal.PalGameWorldSettings]
OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,ExpRate=1.000000,ServerPlayerMaxNum=16,ServerName="«v:org» Pals",ServerDescription="",AdminPassword="«S:palworld-admin-password:pwa»",ServerPassword="",PublicPort=8211,RCONEnabled=True,RCONPort=25575)
""", crlf=True),
    T("dayz-server", "games/dayz/serverDZ.cfg", """
hostname = "«v:org» DayZ";
password = "«S:dayz-server-password:pwa»";
passwordAdmin = "«S:dayz-admin-password:pwa»";
maxPlayers = 20;
verifySignatures = 2;
forceSameBuild = 1;
disableVoN = 0;
serverTime = "SystemTime";
class Missions
{
    class DayZ
    {
        template = "dayzOffline.chernarusplus";
    };
};
""", crlf=True),
    T("7dtd-serverconfig", "games/7dtd/serverconfig.xml", """
<?xml version="1.0"?>
<ServerSettings>
  <property name="ServerName" value="«v:org» 7DTD"/>
  <property name="ServerPassword" value="«S:7dtd-server-password:pwa»"/>
  <property name="ServerVisibility" value="0"/>
  <property name="TelnetEnabled" value="true"/>
  <property name="TelnetPort" value="8081"/>
  <property name="TelnetPassword" value="«S:7dtd-telnet-password:pwa»"/>
  <property name="WebDashboardEnabled" value="false"/>
  <property name="EACEnabled" value="true"/>
</ServerSettings>
""", crlf=True, fmt="xml"),
    T("openttd-secrets", "games/openttd/secrets.cfg", """
[network]
server_password = «S:openttd-server-password:pwa»
rcon_password = «S:openttd-rcon-password:pwa»
admin_password = «S:openttd-admin-password:pwa»
default_company_pass =
network_id = «N:openttd-network-id:hex32»
server_invite_code_secret = «S:openttd-invite-code-secret:hex32»
"""),
    T("fivem-server", "games/fivem/server.cfg", """
endpoint_add_tcp "0.0.0.0:30120"
endpoint_add_udp "0.0.0.0:30120"
ensure mapmanager
ensure chat
ensure spawnmanager
sv_hostname "«v:org» RP"
sv_maxclients 32
rcon_password "«S:fivem-rcon-password:pwa»"
set steam_webApiKey "«S:steam-web-api-key:hex32»"
sv_licenseKey "cfxk_«S:fivem-license-key:alnum:38»"
set mysql_connection_string "«N:env-reference:!${MYSQL_CONNECTION_STRING}»"
"""),
    T("assetto-server", "games/assetto/server_cfg.ini", """
[SERVER]
NAME=«v:org» Friday League
CARS=ks_mazda_mx5_cup
TRACK=magione
MAX_CLIENTS=18
PASSWORD=«S:assetto-server-password:pwa»
ADMIN_PASSWORD=«S:assetto-admin-password:pwa»
UDP_PORT=9600
TCP_PORT=9600
HTTP_PORT=8081
REGISTER_TO_LOBBY=0
""", crlf=True, fmt="ini"),
    T("beammp-toml", "games/beammp/ServerConfig.toml", """
[General]
Name = "«v:org» BeamMP"
Port = 30814
AuthKey = "«S:beammp-auth-key:uuid»"
Private = true
MaxPlayers = 10
Map = "/levels/gridmap_v2/info.json"
Description = "staff drives"
LogChat = true
""", fmt="toml"),
    T("enshrouded-json", "games/enshrouded/enshrouded_server.json", """
{
  "name": "«v:org» Enshrouded",
  "saveDirectory": "./savegame",
  "logDirectory": "./logs",
  "ip": "0.0.0.0",
  "queryPort": 15637,
  "slotCount": 16,
  "userGroups": [
    {"name": "Admin", "password": "«S:enshrouded-admin-password:pwa»", "canKickBan": true},
    {"name": "Friend", "password": "«S:enshrouded-friend-password:pwa»", "canKickBan": false},
    {"name": "Guest", "password": "", "canKickBan": false}
  ]
}
""", fmt="json"),
    T("vrising-host", "games/vrising/ServerHostSettings.json", """
{
  "Name": "«v:org» V Rising",
  "Port": 9876,
  "QueryPort": 9877,
  "MaxConnectedUsers": 20,
  "Password": "«S:vrising-server-password:pwa»",
  "Secure": true,
  "ListOnSteam": false,
  "Rcon": {
    "Enabled": true,
    "Port": 25575,
    "Password": "«S:vrising-rcon-password:pwa»"
  }
}
""", fmt="json"),
    T("kodi-advancedsettings", "media/kodi/advancedsettings.xml", """
<advancedsettings version="1.0">
  <videodatabase>
    <type>mysql</type>
    <host>«v:host»</host>
    <port>3306</port>
    <user>kodi</user>
    <pass>«S:mysql-password:pw»</pass>
  </videodatabase>
  <musicdatabase>
    <type>mysql</type>
    <host>«v:host»</host>
    <user>kodi</user>
    <pass>«N:placeholder:ph»</pass>
  </musicdatabase>
</advancedsettings>
""", fmt="xml"),
    T("kodi-sources", "media/kodi/sources.xml", """
<sources>
  <video>
    <default pathversion="1"></default>
    <source>
      <name>Training videos</name>
      <path pathversion="1">smb://«v:handle»:«S:smb-password:pwu»@nas.«v:idomain»/training/</path>
      <allowsharing>true</allowsharing>
    </source>
    <source>
      <name>Public</name>
      <path pathversion="1">smb://nas.«v:idomain»/public/</path>
    </source>
  </video>
</sources>
""", fmt="xml"),
    T("transmission-settings", "media/transmission/settings.json", """
{
    "download-dir": "/srv/downloads",
    "incomplete-dir-enabled": false,
    "rpc-authentication-required": true,
    "rpc-bind-address": "0.0.0.0",
    "rpc-enabled": true,
    "rpc-password": "«S:transmission-rpc-password:pw»",
    "rpc-port": 9091,
    "rpc-username": "«v:user»",
    "rpc-whitelist-enabled": false
}
""", fmt="json"),
    T("transmission-hashed", "media/transmission/settings.json.bak", """
{
    "rpc-authentication-required": true,
    "rpc-password": "{«N:transmission-hashed-password:hex40»",
    "rpc-port": 9091,
    "rpc-username": "«v:user»"
}
""", fmt="json"),
    T("sabnzbd-ini", "media/sabnzbd/sabnzbd.ini", """
__version__ = 19
__encoding__ = utf-8
[misc]
host = 0.0.0.0
port = 8080
username = «v:user»
password = «S:sabnzbd-password:pwa»
api_key = «S:sabnzbd-api-key:hex32»
nzb_key = «S:sabnzbd-nzb-key:hex32»
[servers]
[[news.«v:domain»]]
name = news.«v:domain»
host = news.«v:domain»
port = 563
username = «v:user»
password = «S:usenet-password:pwa»
ssl = 1
"""),
    T("nzbget-conf", "media/nzbget/nzbget.conf", """
MainDir=/srv/nzbget
ControlIP=0.0.0.0
ControlPort=6789
ControlUsername=nzbget
ControlPassword=«S:nzbget-control-password:pwa»
RestrictedUsername=viewer
RestrictedPassword=«N:empty-placeholder:!(none)»
Server1.Name=primary
Server1.Host=news.«v:domain»
Server1.Username=«v:user»
Server1.Password=«S:usenet-password:pwa»
"""),
    T("motioneye-camera", "media/motioneye/camera-1.conf", """
# @name Gate camera «v:word»
# @enabled on
netcam_url rtsp://«v:ip»:554/Streaming/Channels/101
netcam_userpass admin:«S:camera-password:pwa»
netcam_keepalive on
width 1920
height 1080
framerate 10
target_dir /var/lib/motioneye/Camera1
# @webcam_auth viewer:«N:placeholder:ph»
"""),
    T("shinobi-conf", "media/shinobi/conf.json", """
{
  "port": 8080,
  "passwordType": "sha256",
  "detectorMergePamRegionTriggers": true,
  "db": {
    "host": "«v:host»",
    "user": "majesticflame",
    "password": "«S:mysql-password:pw»",
    "database": "ccio",
    "port": 3306
  },
  "mail": {
    "service": "gmail",
    "auth": {"user": "cctv@«v:domain»", "pass": "«S:smtp-password:pw»"}
  },
  "cron": {"key": "«S:shinobi-cron-key:alnum:32»"},
  "pluginKeys": {"DeepStack": "«N:placeholder:ph»"}
}
""", fmt="json"),
    T("homebridge-config", "home/homebridge/config.json", """
{
  "bridge": {
    "name": "Homebridge «v:word»",
    "username": "«N:hap-mac-username:macU»",
    "port": 51826,
    "pin": "«N:homekit-setup-pin:!031-45-154»"
  },
  "platforms": [
    {
      "platform": "Ring",
      "refreshToken": "«S:ring-refresh-token:b64u:96»"
    },
    {
      "platform": "UniFi Protect",
      "controllers": [{"address": "«v:ip»", "username": "homebridge", "password": "«S:unifi-protect-password:pw»"}]
    }
  ]
}
""", fmt="json"),
    T("evcc-yaml", "home/evcc/evcc.yaml", """
network:
  schema: http
  host: evcc.«v:idomain»
  port: 7070
mqtt:
  broker: «v:host»:1883
  user: evcc
  password: «S:mqtt-password:pwy»
chargers:
  - name: wallbox
    type: template
    template: go-e-v3
    host: «v:ip»
vehicles:
  - name: van
    type: template
    template: renault
    user: «v:email»
    password: '«S:vehicle-account-password:pw»'
sponsortoken: «N:placeholder:ph»
"""),
    T("fhem-cfg", "home/fhem/fhem.cfg", """
attr global logfile ./log/fhem-%Y-%m.log
attr global modpath .
define WEB FHEMWEB 8083 global
attr WEB basicAuth «S:fhem-basic-auth-base64:b64:18»
define allowed_WEB allowed
attr allowed_WEB validFor WEB
define telnetPort telnet 7072 global
define TelegramBot TelegramBot «S:telegram-bot-token:P:telegram»
attr TelegramBot defaultPeer «N:telegram-chat-id:chatid»
"""),
    T("ibc-config", "trading/ibc/config.ini", """
# IBC configuration for the hedge account
IbLoginId=«v:handle»
IbPassword=«S:ibkr-password:pwa»
TradingMode=live
AcceptIncomingConnectionAction=reject
ReadOnlyApi=no
IbDir=
StoreSettingsOnServer=no
MinimizeMainWindow=yes
ExistingSessionDetectedAction=primary
"""),
    T("metatrader-ini", "trading/mt5/startup.ini", """
[Common]
Login=«N:mt5-account-number:digits:8»
Password=«S:metatrader-password:pwa»
Server=«v:org»-Live
KeepPrivate=1
NewsEnable=0
[Experts]
AllowLiveTrading=1
AllowDllImport=0
Enabled=1
""", crlf=True),
    T("quickfix-session", "trading/fix/session.cfg", """
[DEFAULT]
ConnectionType=initiator
ReconnectInterval=5
FileStorePath=store
FileLogPath=log
StartTime=00:30:00
EndTime=23:30:00
UseDataDictionary=Y
DataDictionary=FIX44.xml

[SESSION]
BeginString=FIX.4.4
SenderCompID=«v:slug»_MBR01
TargetCompID=«v:slug»_GW
SocketConnectHost=«v:host»
SocketConnectPort=9878
Username=MBR01
Password=«S:fix-logon-password:pwa»
ResetOnLogon=Y
"""),
    T("init-gradle", "dev/gradle/init.d/company-repo.gradle", """
allprojects {
    repositories {
        maven {
            name = "«v:slug»Releases"
            url = uri("https://nexus.«v:idomain»/repository/maven-releases/")
            credentials {
                username = "deployer"
                password = "«S:nexus-password:pw»"
            }
        }
        maven {
            url = uri("https://maven.pkg.github.com/«v:slug»/platform-libs")
            credentials {
                username = "ci-«v:slug»"
                password = "«S:x:P:github-classic»"
            }
        }
        maven {
            url = uri("https://nexus.«v:idomain»/repository/maven-public/")
            credentials {
                username = providers.gradleProperty("nexusUser").get()
                password = «N:gradle-property-reference:!providers.gradleProperty("nexusPassword").get()»
            }
        }
    }
}
"""),
    T("rebar3-hex", "dev/erlang/hex.config", """
%% ~/.config/rebar3/hex.config
{repos, [
    #{name => <<"hexpm:«v:slug»">>,
      api_key => <<"«S:hex-api-key:hex32»">>,
      repo_key => <<"«S:hex-repo-key:hex32»">>},
    #{name => <<"hexpm">>,
      api_key => «N:erlang-undefined:!undefined»}
]}.
"""),
    T("pause-file", "dev/perl/.pause", """
user «v:user»
password «S:pause-password:pws»
# mailto «v:email»
"""),
    T("luarocks-upload", "dev/lua/upload_config.lua", """
-- ~/.luarocks/upload_config.lua
key = "«S:luarocks-api-key:alnum:40»"
server = "https://luarocks.org"
"""),
    T("robo3t-json", "dev/robo3t/robo3t.json", """
{
  "autoExpand": true,
  "connections": [
    {
      "connectionName": "«v:sys»",
      "serverHost": "«v:host»",
      "serverPort": 27017,
      "credentials": [
        {"databaseName": "admin", "userName": "«v:user»", "userPassword": "«S:mongodb-password:pw»", "enabled": true}
      ],
      "ssl": {"enabled": true, "pemKeyFile": "", "pemPassPhrase": ""}
    }
  ]
}
""", fmt="json"),
    T("zappa-settings", "dev/zappa/zappa_settings.json", """
{
  "production": {
    "app_function": "app.app",
    "aws_region": "ap-southeast-1",
    "project_name": "«v:slug»-api",
    "runtime": "python3.11",
    "s3_bucket": "zappa-«v:slug»",
    "environment_variables": {
      "DATABASE_URL": "postgres://api:«S:postgres-password:pwu»@«v:host»:5432/api",
      "SECRET_KEY": "«S:flask-secret-key:hex64»",
      "SENDGRID_API_KEY": "«S:x:P:sendgrid»",
      "SENTRY_DSN": "«N:sentry-dsn-public:pub:sentry-dsn»"
    }
  }
}
""", fmt="json"),
    T("chalice-config", "dev/chalice/.chalice/config.json", """
{
  "version": "2.0",
  "app_name": "«v:slug»-webhooks",
  "stages": {
    "prod": {
      "api_gateway_stage": "api",
      "environment_variables": {
        "WEBHOOK_SECRET": "«S:webhook-signing-secret:alnum:40»",
        "OPENAI_API_KEY": "«S:x:P:openai»",
        "STRIPE_PUBLISHABLE_KEY": "«N:stripe-publishable-key:pub:stripe-pk»",
        "TABLE_NAME": "events"
      }
    }
  }
}
""", fmt="json"),
    T("rancher-cli", "dev/rancher/cli2.json", """
{
  "Servers": {
    "rancherDefault": {
      "accessKey": "«N:rancher-token-id:rancherid»",
      "secretKey": "«S:rancher-secret-key:alnum:54»",
      "url": "https://rancher.«v:idomain»",
      "project": "«N:rancher-project-id:rancherproj»",
      "cacert": ""
    }
  },
  "CurrentServer": "rancherDefault"
}
""", fmt="json"),
    T("oci-config", "cloud/oci/config", """
[DEFAULT]
user=ocid1.user.oc1..«N:oci-ocid:hex32»
fingerprint=«N:key-fingerprint:fp»
key_file=~/.oci/oci_api_key.pem
tenancy=ocid1.tenancy.oc1..aaaaaaaa«v:slug»
region=ap-singapore-1
pass_phrase=«S:oci-key-passphrase:pws»
"""),
    T("hcloud-cli", "cloud/hcloud/cli.toml", """
active_context = "«v:slug»"

[[contexts]]
  name = "«v:slug»"
  token = "«S:hcloud-token:P:hcloud»"

[[contexts]]
  name = "sandbox"
  token = "«N:env-reference:!$HCLOUD_TOKEN»"
""", fmt="toml"),
    T("scw-config", "cloud/scw/config.yaml", """
access_key: «I:scaleway»
secret_key: «K:scaleway»
default_organization_id: «N:scaleway-org-id:uuid»
default_project_id: «N:scaleway-project-id:uuid»
default_region: fr-par
default_zone: fr-par-1
"""),
    T("exoscale-toml", "cloud/exoscale/exoscale.toml", """
defaultaccount = "«v:slug»"

[[accounts]]
  account = "«v:slug»"
  defaultZone = "ch-gva-2"
  environment = "api"
  key = "«I:exoscale»"
  secret = "«K:exoscale»"
  name = "«v:slug»"
""", fmt="toml"),
    T("vultr-cli", "cloud/vultr/.vultr-cli.yaml", """
api-key: «S:vultr-api-key:P:vultr»
output: text
"""),
    T("aliyun-config", "cloud/aliyun/config.json", """
{
	"current": "default",
	"profiles": [
		{
			"name": "default",
			"mode": "AK",
			"access_key_id": "«I:alibaba»",
			"access_key_secret": "«K:alibaba»",
			"region_id": "ap-southeast-3",
			"output_format": "json",
			"language": "en"
		}
	]
}
""", fmt="json"),
    T("ibmcloud-login", "cloud/ibm/login.sh", """
#!/bin/sh
# nightly COS sync
ibmcloud login --apikey «S:ibm-cloud-api-key:P:ibmcloud» -r eu-de -g «v:slug»-rg
ibmcloud cos config crn --crn «N:ibm-crn:crn»
"""),
    T("chef-knife", "dev/chef/knife.rb", """
current_dir = File.dirname(__FILE__)
log_level                :info
node_name                "«v:handle»"
client_key               "#{current_dir}/«v:handle».pem"
chef_server_url          "https://chef.«v:idomain»/organizations/«v:slug»"
encrypted_data_bag_secret «N:file-reference:!"#{current_dir}/encrypted_data_bag_secret"»
knife[:vault_mode]       = "client"
knife[:vsphere_pass]     = "«S:vsphere-password:pw»"
knife[:digital_ocean_access_token] = "«S:x:P:digitalocean»"
"""),
    T("x11vnc-unit", "remote/x11vnc.service", """
[Unit]
Description=x11vnc on the «v:sys» HMI
After=display-manager.service

[Service]
ExecStart=/usr/bin/x11vnc -display :0 -forever -shared -rfbport 5900 \\
    -passwd «S:vnc-password:pwa» \\
    -viewpasswd «S:vnc-viewonly-password:pwa»
ExecStop=/usr/bin/killall x11vnc
Restart=on-failure

[Install]
WantedBy=graphical.target
"""),
]
