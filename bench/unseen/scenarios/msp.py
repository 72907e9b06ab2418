"""A managed-service provider's shared drive: PowerShell / batch / VBScript tooling, Windows
deployment answer files, Group Policy Preferences, KeePass exports, FileZilla / WinSCP / PuTTY
files, network device backups and per-client notes."""

import base64

import keys
from core import T


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    root = "msp-share"
    cl = nm.client()
    cdom = cl.split("-")[0].upper()[:8]
    fqdn = "%s.local" % cl.split("-")[0]
    cl2 = nm.client()
    tech_f, tech_l = nm.person()
    tech = "%s.%s" % (tech_f, tech_l)

    # ------------------------------------------------------------------ PowerShell onboarding
    F = c.file("%s/scripts/onboarding/New-ClientUser.ps1" % root, crlf=True)
    F.write(T("""
        <#
        .SYNOPSIS
            Creates a new AD user for a client, adds default groups and a home drive.
        .EXAMPLE
            .\\New-ClientUser.ps1 -GivenName Jane -Surname Doe -Department Finance
        #>
        [CmdletBinding(SupportsShouldProcess)]
        param(
            [Parameter(Mandatory)] [string] $GivenName,
            [Parameter(Mandatory)] [string] $Surname,
            [string] $Department = 'Staff',
            [string] $OU = 'OU=Users,OU=@@cdom@@,DC=@@dc1@@,DC=local'
        )

        Import-Module ActiveDirectory -ErrorAction Stop

        $Sam = ('{0}.{1}' -f $GivenName, $Surname).ToLower() -replace '[^a-z.]', ''
        $Upn = "$Sam@@@fqdn@@"

        # Everyone starts with the same first-logon password and must change it.
        $SecurePass = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force

        $params = @{
            Name                  = "$GivenName $Surname"
            GivenName             = $GivenName
            Surname               = $Surname
            SamAccountName        = $Sam
            UserPrincipalName     = $Upn
            Department            = $Department
            Path                  = $OU
            AccountPassword       = $SecurePass
            Enabled               = $true
            ChangePasswordAtLogon = $true
        }
        if ($PSCmdlet.ShouldProcess($Upn, 'New-ADUser')) {
            New-ADUser @params
            Add-ADGroupMember -Identity 'GG-AllStaff' -Members $Sam
            Add-ADGroupMember -Identity ("GG-{0}" -f $Department) -Members $Sam -ErrorAction SilentlyContinue
            $home = "\\\\fs01\\home$\\$Sam"
            New-Item -ItemType Directory -Path $home -Force | Out-Null
            Set-ADUser $Sam -HomeDrive 'H:' -HomeDirectory $home
            Write-Host "Created $Upn" -ForegroundColor Green
        }
        """, cdom=cdom, dc1=fqdn.split(".")[0], fqdn=fqdn, pw=F.s(pw.human("cmd").replace("$", "#"),
                                                                     "generic-password")))

    F = c.file("%s/scripts/backup/Map-BackupShare.ps1" % root, crlf=True)
    sig = [t.b64(48) for _ in range(8)]
    F.write(T("""
        # Maps the NAS backup share for the Veeam agent job and checks free space.
        $ErrorActionPreference = 'Stop'

        $nas = '\\\\nas01.@@fqdn@@\\veeam'
        $cred = New-Object System.Net.NetworkCredential('svc_veeam', '@@pw@@', '@@cdom@@')
        $netCred = New-Object System.Management.Automation.PSCredential ($cred.UserName, $cred.SecurePassword)

        # Second share uses the password from the RMM's secure variable
        $archiveCred = New-Object System.Management.Automation.PSCredential ('@@cdom@@\\svc_archive', (ConvertTo-SecureString @@ref@@ -AsPlainText -Force))

        New-PSDrive -Name V -PSProvider FileSystem -Root $nas -Credential $netCred -Persist | Out-Null
        New-PSDrive -Name A -PSProvider FileSystem -Root '\\\\nas02.@@fqdn@@\\archive' -Credential $archiveCred | Out-Null

        $free = (Get-PSDrive V).Free / 1GB
        if ($free -lt 200) {
            Write-Warning ("Backup share low on space: {0:N0} GB free" -f $free)
            exit 2
        }
        Write-Output ("OK {0:N0} GB free" -f $free)

        @@sb@@# SIG # Begin signature block
        # @@s0@@
        # @@s1@@
        # @@s2@@
        # @@s3@@
        # @@s4@@
        # @@s5@@
        # @@s6@@
        # @@s7@@
        # SIG # End signature block@@se@@
        """, fqdn=fqdn, pw=F.s(pw.any("cmd").replace("'", ""), "generic-password"), cdom=cdom,
        ref=F.n("$env:ARCHIVE_SVC_PW", "env-reference"),
        sb=F.nb("code-signature", sig[:1]), se=F.e(), **{"s%d" % i: sig[i] for i in range(8)}))

    # ------------------------------------------------------------------ batch + VBScript
    F = c.file("%s/scripts/legacy/map_drives.bat" % root, crlf=True)
    F.write(T("""
        @echo off
        REM Logon script for @@cl@@ (legacy, replaced by GPO drive maps on the new DC)
        net use * /delete /yes >nul 2>&1
        net use S: \\\\fs01\\shared /persistent:yes
        net use P: \\\\fs01\\projects /persistent:yes
        net use Z: \\\\scan01\\scans /user:@@cdom@@\\svc_scan @@pw@@ /persistent:yes

        set SQLSERVER=sql01\\SAGE
        set SQLUSER=sage_report
        set SQLPASS=@@sqlpw@@
        sqlcmd -S %SQLSERVER% -U %SQLUSER% -P @@ref@@ -i \\\\fs01\\it$\\reports\\daily_ledger.sql -o C:\\Temp\\ledger.txt

        if exist "C:\\Program Files\\Sophos\\Sophos UI\\Sophos UI.exe" goto done
        echo Sophos missing on %COMPUTERNAME% >> \\\\fs01\\it$\\logs\\av-missing.txt
        :done
        exit /b 0
        """, cl=cl, cdom=cdom, pw=F.s(pw.any("cmd").replace("%", "#"), "generic-password"),
        sqlpw=F.s(pw.random(safe="cmd").replace("%", "#"), "generic-password"), ref=F.n("%SQLPASS%", "env-reference")))

    F = c.file("%s/scripts/legacy/export_timesheets.vbs" % root, crlf=True)
    F.write(T("""
        ' Exports last week's timesheets from the old Access/SQL system to CSV.
        Option Explicit
        Dim conn, rs, fso, out, sql
        Set conn = CreateObject("ADODB.Connection")
        conn.Open "@@conn@@"
        sql = "SELECT EmployeeNo, WeekEnding, Hours, CostCentre FROM dbo.Timesheets " & _
              "WHERE WeekEnding >= DATEADD(day, -7, GETDATE())"
        Set rs = conn.Execute(sql)
        Set fso = CreateObject("Scripting.FileSystemObject")
        Set out = fso.CreateTextFile("\\\\fs01\\finance\\timesheets\\export.csv", True)
        out.WriteLine "EmployeeNo,WeekEnding,Hours,CostCentre"
        Do Until rs.EOF
            out.WriteLine rs("EmployeeNo") & "," & rs("WeekEnding") & "," & rs("Hours") & "," & rs("CostCentre")
            rs.MoveNext
        Loop
        out.Close
        rs.Close
        conn.Close
        """, conn=F.s("Provider=SQLOLEDB;Data Source=sql01\\TIMESHEETS;Initial Catalog=TS;User ID=ts_export;Password=%s;"
                      % pw.any("cmd").replace(";", "#"), "db-connection-string")))

    # ------------------------------------------------------------------ RDP files (no secrets)
    for host in ("dc01", "rds01"):
        c.plain("%s/clients/%s/rdp/%s.rdp" % (root, cl, host), T("""
            screen mode id:i:2
            use multimon:i:0
            desktopwidth:i:1920
            desktopheight:i:1080
            session bpp:i:32
            compression:i:1
            keyboardhook:i:2
            audiocapturemode:i:0
            videoplaybackmode:i:1
            connection type:i:7
            networkautodetect:i:1
            bandwidthautodetect:i:1
            displayconnectionbar:i:1
            enableworkspacereconnect:i:0
            disable wallpaper:i:0
            allow font smoothing:i:0
            full address:s:@@host@@.@@fqdn@@
            audiomode:i:0
            redirectprinters:i:1
            redirectcomports:i:0
            redirectsmartcards:i:1
            redirectclipboard:i:1
            autoreconnection enabled:i:1
            authentication level:i:2
            prompt for credentials:i:0
            negotiate security layer:i:1
            gatewayhostname:s:rdgw.@@fqdn@@
            gatewayusagemethod:i:1
            username:s:@@cdom@@\\@@tech@@
            """, host=host, fqdn=fqdn, cdom=cdom, tech=tech), crlf=True)

    F = c.file("%s/clients/%s/rdp/save-creds.cmd" % (root, cl), crlf=True)
    F.write(T("""
        @echo off
        rem store the jump-host credential so the .rdp files connect without a prompt
        cmdkey /generic:TERMSRV/rds01.@@fqdn@@ /user:@@cdom@@\\@@tech@@ /pass:@@pw@@
        cmdkey /list | find "rds01"
        """, fqdn=fqdn, cdom=cdom, tech=tech, pw=F.s(pw.any("cmd").replace("%", "#"), "generic-password")))

    # ------------------------------------------------------------------ unattend.xml
    F = c.file("%s/clients/%s/deploy/unattend.xml" % (root, cl))
    admin_pw = pw.human("xml")
    admin_b64 = base64.b64encode((admin_pw + "AdministratorPassword").encode("utf-16-le")).decode()
    F.write(T("""
        <?xml version="1.0" encoding="utf-8"?>
        <unattend xmlns="urn:schemas-microsoft-com:unattend">
            <settings pass="specialize">
                <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="@@pkt0@@" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
                    <ComputerName>*</ComputerName>
                    <RegisteredOrganization>@@org@@</RegisteredOrganization>
                    <TimeZone>GMT Standard Time</TimeZone>
                </component>
                <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64" publicKeyToken="@@pkt1@@" language="neutral" versionScope="nonSxS">
                    <Identification>
                        <JoinDomain>@@fqdn@@</JoinDomain>
                        <MachineObjectOU>OU=Workstations,OU=@@cdom@@,DC=@@dc1@@,DC=local</MachineObjectOU>
                        <Credentials>
                            <Domain>@@cdom@@</Domain>
                            <Username>svc_domainjoin</Username>
                            <Password>@@joinpw@@</Password>
                        </Credentials>
                    </Identification>
                </component>
            </settings>
            <settings pass="oobeSystem">
                <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="@@pkt2@@" language="neutral" versionScope="nonSxS">
                    <AutoLogon>
                        <Password>
                            <Value>@@alpw@@</Value>
                            <PlainText>true</PlainText>
                        </Password>
                        <Enabled>true</Enabled>
                        <LogonCount>2</LogonCount>
                        <Username>ITSetup</Username>
                    </AutoLogon>
                    <UserAccounts>
                        <AdministratorPassword>
                            <Value>@@adm@@</Value>
                            <PlainText>false</PlainText>
                        </AdministratorPassword>
                    </UserAccounts>
                    <OOBE>
                        <HideEULAPage>true</HideEULAPage>
                        <HideWirelessSetupInOOBE>true</HideWirelessSetupInOOBE>
                        <ProtectYourPC>1</ProtectYourPC>
                    </OOBE>
                    <FirstLogonCommands>
                        <SynchronousCommand wcm:action="add">
                            <Order>1</Order>
                            <CommandLine>powershell -ExecutionPolicy Bypass -File C:\\Setup\\Install-Agent.ps1</CommandLine>
                        </SynchronousCommand>
                    </FirstLogonCommands>
                </component>
            </settings>
        </unattend>
        """, org=cl.replace("-", " ").title(), fqdn=fqdn, cdom=cdom, dc1=fqdn.split(".")[0],
        pkt0=F.n("31bf3856ad364e35", "public-key-token"), pkt1=F.n("31bf3856ad364e35", "public-key-token"),
        pkt2=F.n("31bf3856ad364e35", "public-key-token"),
        joinpw=F.s(pw.any("xml"), "generic-password"), alpw=F.s(pw.human("xml"), "generic-password"),
        adm=F.s(admin_b64, "unattend-encoded-password", {"type": "unattend", "plain": admin_pw})))

    # ------------------------------------------------------------------ Group Policy Preferences
    gpo = "{%s}" % t.uuid(upper=True)
    lp = pw.human("xml")
    F = c.file("%s/clients/%s/sysvol-backup/Policies/%s/Machine/Preferences/Groups/Groups.xml" % (root, cl, gpo))
    F.write(T("""
        <?xml version="1.0" encoding="utf-8"?>
        <Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
        	<User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="LocalSupport" image="2" changed="2016-04-19 10:12:33" uid="@@u1@@">
        		<Properties action="U" newName="" fullName="MSP local support" description="break-glass account" cpassword="@@cp@@" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="LocalSupport"/>
        	</User>
        	<Group clsid="{6D4A79E4-529C-4481-ABD0-F5BD7EA93BA7}" name="Administrators (built-in)" image="2" changed="2016-04-19 10:14:02" uid="@@u2@@">
        		<Properties action="U" newName="" description="" deleteAllUsers="0" deleteAllGroups="0" removeAccounts="0" groupSid="S-1-5-32-544" groupName="Administrators (built-in)">
        			<Members>
        				<Member name="@@cdom@@\\GG-Workstation-Admins" action="ADD" sid=""/>
        			</Members>
        		</Properties>
        	</Group>
        </Groups>
        """, u1=F.n("{%s}" % t.uuid(upper=True), "uuid"),
        cp=F.s(keys.gpp_cpassword(lp), "gpp-cpassword", {"type": "gpp", "plain": lp}),
        u2=F.n("{%s}" % t.uuid(upper=True), "uuid"), cdom=cdom))

    tp = pw.random(16, "xml")
    F = c.file("%s/clients/%s/sysvol-backup/Policies/%s/Machine/Preferences/ScheduledTasks/ScheduledTasks.xml"
               % (root, cl, gpo))
    F.write(T("""
        <?xml version="1.0" encoding="utf-8"?>
        <ScheduledTasks clsid="{CC63F200-7309-4ba0-B154-A71CD118DBCC}">
        	<TaskV2 clsid="{D8896631-B747-47a7-84A6-C155337F3BC8}" name="Nightly cleanup" image="2" changed="2017-09-02 22:01:45" uid="@@u1@@" userContext="0" removePolicy="0">
        		<Properties action="U" name="Nightly cleanup" runAs="@@cdom@@\\svc_tasks" cpassword="@@cp@@" logonType="Password">
        			<Task version="1.2">
        				<Actions Context="Author">
        					<Exec>
        						<Command>C:\\Scripts\\cleanup.cmd</Command>
        					</Exec>
        				</Actions>
        			</Task>
        		</Properties>
        	</TaskV2>
        </ScheduledTasks>
        """, u1=F.n("{%s}" % t.uuid(upper=True), "uuid"), cdom=cdom,
        cp=F.s(keys.gpp_cpassword(tp), "gpp-cpassword", {"type": "gpp", "plain": tp})))

    # ------------------------------------------------------------------ KeePass CSV export
    F = c.file("%s/clients/%s/keepass/export-%d.csv" % (root, cl, r.randint(2021, 2024)))
    rows = [("Firewall (FortiGate)", "admin", "https://fw01.%s:10443" % fqdn, "console only"),
            ("Synology NAS", "nasadmin", "https://nas01.%s:5001" % fqdn, ""),
            ("Microsoft 365 global admin", "msp-admin@%s.onmicrosoft.com" % cl.split("-")[0], "https://admin.microsoft.com", "MFA on tech phone"),
            ("Sage 200 SQL", "sa", "", "instance SQL01\\SAGE"),
            ("Ubiquiti controller", "ubnt-admin", "https://unifi.%s:8443" % fqdn, "")]
    lines = ['"Account","Login Name","Password","Web Site","Comments"']
    for name, login, url, comment in rows:
        p = pw.any("csv").replace('"', "")
        lines.append('"%s","%s","%s","%s","%s"' % (name, login, F.s(p, "password-manager-export"), url, comment))
    lines.append('"Printer web UI","admin","","http://192.168.10.40","default, no password set"')
    F.write("\n".join(lines) + "\n")

    # ------------------------------------------------------------------ FileZilla / WinSCP / PuTTY
    F = c.file("%s/tools/filezilla/sitemanager.xml" % root)
    servers = []
    for i, (host, user) in enumerate([("ftp.%s" % nm.domain(cl2), "webupdate"),
                                      ("sftp.%s" % nm.domain(), "exports"),
                                      ("files.%s" % nm.domain(), "msp")]):
        p = pw.any("xml")
        enc = base64.b64encode(p.encode()).decode()
        servers.append(T("""
                    <Server>
                        <Host>@@host@@</Host>
                        <Port>@@port@@</Port>
                        <Protocol>@@proto@@</Protocol>
                        <Type>0</Type>
                        <User>@@user@@</User>
                        <Pass encoding="base64">@@enc@@</Pass>
                        <Logontype>1</Logontype>
                        <PasvMode>MODE_DEFAULT</PasvMode>
                        <EncodingType>Auto</EncodingType>
                        <BypassProxy>0</BypassProxy>
                        <Name>@@name@@</Name>
                        <SyncBrowsing>0</SyncBrowsing>
                        <DirectoryComparison>0</DirectoryComparison>
                    </Server>""", host=host, port=21 if i == 0 else 22, proto=0 if i == 0 else 1, user=user,
                         enc=F.s(enc, "filezilla-password", {"type": "base64-plain", "plain": p}), name=host))
    F.write(T("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
        <FileZilla3 version="3.66.5" platform="windows">
            <Servers>
                <Folder expanded="1">Clients
        @@servers@@
                    <Server>
                        <Host>ftp.legacy-supplier.net</Host>
                        <Port>21</Port>
                        <Protocol>0</Protocol>
                        <Type>0</Type>
                        <User>upload</User>
                        <Logontype>2</Logontype>
                        <Name>supplier (ask for password)</Name>
                    </Server>
                </Folder>
            </Servers>
        </FileZilla3>
        """, servers="\n".join(servers)))

    F = c.file("%s/tools/winscp/WinSCP.ini" % root)
    sessions = []
    for host, user in (("backup01.%s" % fqdn, "root"), ("web01.%s" % nm.domain(cl2), "deploy")):
        p = pw.random(safe="ini")
        enc = keys.winscp_encrypt(r, user, host, p)
        sessions.append(T("""
            [Sessions\\@@user@@@@@host@@]
            HostName=@@host@@
            UserName=@@user@@
            Password=@@enc@@
            FSProtocol=2
            PingType=2
            PingIntervalSecs=30
            """, user=user, host=host, enc=F.s(enc, "winscp-password",
                                                {"type": "winscp", "user": user, "host": host, "plain": p})))
    F.write(T("""
        [Configuration\\Interface]
        Theme=Light
        CollectUsage=0
        LastMonitor=1

        [Configuration\\Interface\\Commander]
        SwappedPanels=0

        """) + "\n".join(sessions) + "\n")

    k = c.rsa()
    F = c.file("%s/tools/putty/keys/%s-sftp.ppk" % (root, cl2))
    F.write(F.s(keys.putty_ppk_rsa(k, "rsa-key-%s" % t.digits(8)), "private-key-putty", {"type": "ppk"}) + "\n")
    F = c.file("%s/tools/putty/keys/%s-sftp.pub" % (root, cl2))
    F.write(F.n(k.ssh_public("rsa-key-%s" % cl2), "public-key") + "\n")

    # ------------------------------------------------------------------ network configs
    F = c.file("%s/clients/%s/network/core-sw01.cfg" % (root, cl))
    t7 = pw.human("word")
    F.write(T("""
        !
        ! Last configuration change at 14:02:11 GMT Thu Feb 8 2024 by @@tech@@
        !
        version 15.2
        service timestamps debug datetime msec
        service timestamps log datetime msec
        service password-encryption
        !
        hostname CORE-SW01
        !
        boot-start-marker
        boot-end-marker
        !
        enable secret 5 @@en@@
        !
        username admin privilege 15 secret 9 @@u9@@
        username backup privilege 1 password 7 @@u7@@
        aaa new-model
        aaa authentication login default local
        !
        ip domain-name @@fqdn@@
        ip name-server 10.0.0.10
        !
        spanning-tree mode rapid-pvst
        spanning-tree extend system-id
        !
        vlan 10
         name USERS
        vlan 20
         name VOICE
        vlan 99
         name MGMT
        !
        interface GigabitEthernet1/0/1
         description UPLINK-FW01
         switchport mode trunk
         switchport trunk allowed vlan 10,20,99
        !
        interface Vlan99
         ip address 10.0.99.2 255.255.255.0
        !
        snmp-server community @@snmp@@ RO 99
        snmp-server location Server room, 1st floor
        snmp-server contact noc@msp.example
        !
        line con 0
         logging synchronous
        line vty 0 4
         transport input ssh
        !
        end
        """, tech=tech, en=F.n(t.md5crypt(), "password-hash"), u9=F.n("$9$%s$%s" % (t.chars(14, t.CRYPT),
                                                                                    t.chars(43, t.CRYPT)),
                                                                       "password-hash"),
        u7=F.s(keys.cisco_type7(t7, r.randint(0, 15)), "cisco-type7-password", {"type": "cisco7", "plain": t7}),
        fqdn=fqdn, snmp=F.s(pw.random(12, "word"), "snmp-community")))

    F = c.file("%s/clients/%s/network/fw01-backup.conf" % (root, cl))
    F.write(T("""
        #config-version=FGT60F-7.2.8-FW-build1639-240313:opmode=0:vdom=0:user=@@tech@@
        config system global
            set admintimeout 30
            set hostname "FW01"
            set timezone 26
        end
        config system admin
            edit "admin"
                set accprofile "super_admin"
                set vdom "root"
                set password ENC @@h1@@
            next
        end
        config vpn ipsec phase1-interface
            edit "to-azure"
                set interface "wan1"
                set peertype any
                set proposal aes256-sha256
                set remote-gw 20.77.@@o3@@.@@o4@@
                set psksecret ENC @@h2@@
            next
        end
        config user local
            edit "vpnuser1"
                set type password
                set passwd ENC @@h3@@
            next
        end
        """, tech=tech, h1=F.n("SH2" + t.hex(60), "password-hash"), o3=r.randint(1, 254), o4=r.randint(1, 254),
        h2=F.n(t.b64(96), "encrypted-blob"), h3=F.n(t.b64(72), "encrypted-blob")))

    # ------------------------------------------------------------------ M365 / Azure app
    F = c.file("%s/clients/%s/m365/Connect-Tenant.ps1" % (root, cl), crlf=True)
    F.write(T("""
        # App-only Graph connection used by the monthly licence report
        $TenantId       = '@@tid@@'
        $AppId          = '@@aid@@'
        $ClientSecret   = '@@sec@@'
        $CertThumbprint = '@@thumb@@'   # cert auth for Exchange Online

        $body = @{
            grant_type    = 'client_credentials'
            scope         = 'https://graph.microsoft.com/.default'
            client_id     = $AppId
            client_secret = $ClientSecret
        }
        $token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
        $headers = @{ Authorization = "Bearer $token" }
        $skus = Invoke-RestMethod -Headers $headers -Uri 'https://graph.microsoft.com/v1.0/subscribedSkus'
        $skus.value | Select-Object skuPartNumber, consumedUnits, @{n='enabled';e={$_.prepaidUnits.enabled}} |
            Export-Csv -NoTypeInformation -Path ".\\licences-$(Get-Date -Format yyyy-MM).csv"

        Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $CertThumbprint -Organization '@@org@@.onmicrosoft.com'
        """, tid=F.n(t.uuid(), "uuid"), aid=F.n(t.uuid(), "uuid"),
        sec=F.s(t.azure_client_secret(), "azure-client-secret"), thumb=F.n(t.sha1().upper(), "cert-thumbprint"),
        org=cl.split("-")[0]))

    # ------------------------------------------------------------------ RMM agent install
    F = c.file("%s/tools/rmm/Install-Agent.ps1" % root, crlf=True)
    F.write(T("""
        param([string] $SiteId = '@@site@@')
        $ErrorActionPreference = 'Stop'
        $InstallToken = '@@tok@@'
        $msi = Join-Path $env:TEMP 'rmm-agent.msi'
        Invoke-WebRequest -Uri 'https://rmm.msp-tools.net/download/agent/windows/x64' -OutFile $msi -UseBasicParsing
        $args = "/i `"$msi`" /qn SITEID=$SiteId INSTALLTOKEN=$InstallToken /l*v $env:TEMP\\rmm-install.log"
        Start-Process msiexec.exe -ArgumentList $args -Wait
        # Remove the old agent if present
        Start-Process msiexec.exe -ArgumentList '/x @@guid@@ /qn' -Wait -ErrorAction SilentlyContinue
        Invoke-RestMethod -Uri 'https://rmm.msp-tools.net/api/v2/device/checkin' -Headers @{ Authorization = @@ref@@ } -Method Post
        """, site=t.digits(6), tok=F.s(t.hex(32), "generic-api-key"), guid=F.n("{%s}" % t.uuid(upper=True), "uuid"),
        ref=F.n('"Bearer $env:RMM_API_TOKEN"', "env-reference")))

    # ------------------------------------------------------------------ client notes
    bl = "-".join("%06d" % (r.randint(0, 65535) * 11) for _ in range(8))
    F = c.file("%s/clients/%s/docs/site-notes.md" % (root, cl))
    F.write(T("""
        # @@org@@: site notes

        Main office, 2 floors, ~35 users. Contract: managed workstations + servers, 8x5.

        ## Key systems
        - DC01 / DC02 (Server 2022), domain `@@fqdn@@`
        - FS01 file server, RDS01 for the finance app
        - FortiGate 60F, Ubiquiti Wi-Fi (controller on FS01)

        ## Credentials
        Everything is in the client's KeePass. Exceptions, until they are moved:

        - Domain admin break-glass: `@@cdom@@\\adm-@@tech_l@@` / @@da@@
        - Staff Wi-Fi (WPA2-PSK, SSID `@@ssid@@`): @@psk@@
        - Guest Wi-Fi: printed on the reception sign, rotates monthly
        - BitLocker recovery key for the finance laptop (FIN-LT04): @@bl@@

        ## Backups
        Veeam B&R on FS01 to the Synology, copy job to Wasabi. The Wasabi bucket is
        `@@c1@@-veeam`; keys are in KeePass under "Wasabi".
        Encryption password for the backup job: @@veeam@@

        ## Contacts
        Office manager: @@of@@ @@ol@@, 01632 960@@ph@@
        """, org=cl.replace("-", " ").title(), fqdn=fqdn, cdom=cdom, tech_l=tech_l,
        da=F.s(pw.any("any").replace("`", ""), "generic-password"), ssid=cl.split("-")[0].title() + "-Staff",
        psk=F.s(pw.wifi(), "wifi-psk"), bl=F.s(bl, "bitlocker-recovery-key"), c1=cl,
        veeam=F.s(pw.passphrase(), "generic-password"), of=nm.person()[0].title(), ol=nm.person()[1].title(),
        ph=r.randint(100, 999)))

    F = c.file("%s/clients/%s/printers/scan-to-email.csv" % (root, cl))
    F.write(T("""
        device,location,smtp_server,port,tls,auth_user,auth_password,from
        MFP-1F,"Ground floor, reception",smtp.office365.com,587,STARTTLS,scanner@@@fqdn2@@,@@p@@,scanner@@@fqdn2@@
        MFP-2F,"First floor, finance",smtp.office365.com,587,STARTTLS,scanner@@@fqdn2@@,(same as MFP-1F),scanner@@@fqdn2@@
        """, fqdn2=nm.domain(cl), p=F.s(pw.human("csv").replace(",", "."), "generic-password")))

    F = c.file("%s/README.txt" % root)
    F.write(T("""
        MSP SHARE - READ ME
        ===================
        scripts\\    reusable scripts (PowerShell first, legacy batch/VBS kept for old clients)
        tools\\      portable tools and their configs (FileZilla, WinSCP, PuTTY, RMM installer)
        clients\\    one folder per client: docs, network backups, deployment files

        Do not store passwords here. Use the client's KeePass database or the PSA vault.
        LAPS is enabled for all managed workstations: Get-LapsADPassword -Identity <computer> -AsPlainText
        """))

    # ------------------------------------------------------------------ Google Workspace reporting + Azure DevOps
    gcid = "%s-%s.apps.googleusercontent.com" % (t.digits(12), t.chars(32, "abcdefghijklmnopqrstuvwxyz0123456789"))
    F = c.file("%s/clients/%s/google/client_secret.json" % (root, cl2))
    F.write(T("""
        {"installed":{"client_id":"@@cid@@","project_id":"@@proj@@","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"@@sec@@","redirect_uris":["http://localhost"]}}
        """, cid=gcid, proj="%s-reports" % cl2.split("-")[0], sec=F.s(t.google_client_secret(), "google-oauth-client-secret")))

    F = c.file("%s/clients/%s/google/token.json" % (root, cl2))
    F.write(T("""
        {
          "token": "@@at@@",
          "refresh_token": "@@rt@@",
          "token_uri": "https://oauth2.googleapis.com/token",
          "client_id": "@@cid@@",
          "scopes": ["https://www.googleapis.com/auth/admin.reports.audit.readonly"],
          "expiry": "2024-03-02T11:48:09.512311Z"
        }
        """, at=F.s("ya29.a0" + t.mixed(150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                    "google-oauth-token"),
        rt=F.s(t.google_refresh(), "google-oauth-token"), cid=F.n(gcid, "public-client-id")))

    F = c.file("%s/scripts/ado/Sync-Repos.ps1" % root, crlf=True)
    F.write(T("""
        # Mirrors client repos from Azure DevOps to the MSP's backup storage.
        $Org = 'https://dev.azure.com/@@org@@'
        $Pat = '@@pat@@'
        $auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$Pat"))
        $headers = @{ Authorization = "Basic $auth" }
        $projects = (Invoke-RestMethod -Uri "$Org/_apis/projects?api-version=7.1" -Headers $headers).value
        foreach ($p in $projects) {
            $repos = (Invoke-RestMethod -Uri "$Org/$($p.name)/_apis/git/repositories?api-version=7.1" -Headers $headers).value
            foreach ($r in $repos) {
                $dest = Join-Path 'D:\\Mirrors' ("{0}\\{1}.git" -f $p.name, $r.name)
                if (Test-Path $dest) { git -C $dest remote update --prune }
                else { git -c http.extraHeader="Authorization: Basic $auth" clone --mirror $r.remoteUrl $dest }
            }
        }
        Get-ChildItem D:\\Mirrors -Recurse -Filter packed-refs | Get-FileHash -Algorithm SHA256 | Export-Csv D:\\Mirrors\\hashes.csv -NoTypeInformation
        """, org=cl2.split("-")[0], pat=F.s(t.azure_devops_pat(), "azure-devops-pat")))

    F = c.file("%s/scripts/ado/hashes-2024-05.csv" % root)
    F.write(T("""
        "Algorithm","Hash","Path"
        "SHA256","@@h1@@","D:\\Mirrors\\Website\\site.git\\packed-refs"
        "SHA256","@@h2@@","D:\\Mirrors\\Finance\\sage-reports.git\\packed-refs"
        """, h1=F.n(t.sha256().upper(), "hash-sha256"), h2=F.n(t.sha256().upper(), "hash-sha256")))
