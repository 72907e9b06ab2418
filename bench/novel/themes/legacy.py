"""legacy-dotnet/: a manufacturer's legacy Windows/.NET estate: machine.config, per-app
Web.config (connection strings, Entra client secrets, protected sections), SSIS .dtsx and
.dtsConfig, ODBC exports and File DSNs, UDL files, IIS applicationHost.config, scheduled-task
scripts, SCCM task-sequence variables, PowerShell (SecureString, Export-Clixml DPAPI), VB6 and
classic ASP, log4net, an ADFS signing key, a handover document, a password-spreadsheet export,
tickets and a PowerShell history. Some files use CRLF line endings."""

from nframe import jdump, kv
from themes.common import sentence, neutral, ticket, email, history, filler

DOM = "hallbergmetall.local"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E
    sql = "SQL%02d\\PROD" % g.r.randint(1, 9)
    sa_pw = g.pw()

    t.add("Config/machine.config.excerpt", f"""<configuration>
  <system.web>
    <processModel enable="true" userName="HALLBERG\\svc_aspnet" password="{S(g.pw(), 'service-account-password')}" />
    <machineKey validationKey="{S(g.hexs(128, upper=True), 'machine-key')}"
                decryptionKey="{S(g.hexs(48, upper=True), 'machine-key')}" validation="SHA1" decryption="AES" />
  </system.web>
</configuration>
""", crlf=True)
    for app in g.r.sample(["OrderPortal", "QualityTracker", "ShopFloorAPI", "SupplierHub", "TimeClock", "ToolCrib"], 4):
        kind = g.r.random()
        if kind < 0.25:
            cs = f'<add name="Main" connectionString="Data Source={sql};Initial Catalog={app};Integrated Security=SSPI;" providerName="System.Data.SqlClient" />'
        else:
            cs = f'<add name="Main" connectionString="Data Source={sql};Initial Catalog={app};User ID={app.lower()}_app;Password={S(g.pw(safe=True), "db-connection-string")};" providerName="System.Data.SqlClient" />'
        extra = ""
        if g.chance(0.5):
            extra = f'\n    <add key="ida:ClientSecret" value="{S(g.azure_client_secret(), "azure-client-secret")}" />'
        prot = ""
        if g.chance(0.5):
            prot = f"""
  <appSettings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <CipherData>
        <CipherValue>{N(g.b64(128), 'encrypted-blob')}</CipherValue>
      </CipherData>
    </EncryptedData>
  </appSettings>"""
        t.add(f"Web/{app}/Web.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    {cs}
  </connectionStrings>
  <appSettings>
    <add key="ida:ClientId" value="{g.uuid()}" />
    <add key="ida:Tenant" value="hallbergmetall.onmicrosoft.com" />{extra}
    <add key="SmtpServer" value="smtp.{DOM}" />
  </appSettings>{prot}
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="{N('30ad4fe6b2a6aeed', 'public-key')}" culture="neutral" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
""", crlf=True)

    # ---------------------------------------------------------------- SSIS
    for pkg in ("LoadSalesHistory", "ExportToSAP"):
        t.add(f"SSIS/{pkg}.dtsx", f"""<?xml version="1.0"?>
<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts" DTS:ExecutableType="Microsoft.Package" DTS:ProtectionLevel="2" DTS:DTSID="{{{N(g.uuid(upper=True), 'uuid')}}}">
  <DTS:ConnectionManagers>
    <DTS:ConnectionManager DTS:ObjectName="ERP" DTS:CreationName="OLEDB">
      <DTS:ObjectData>
        <DTS:ConnectionManager DTS:ConnectionString="Data Source={sql};Initial Catalog=ERP;Provider=SQLNCLI11.1;User ID=etl;">
          <DTS:Password DTS:Name="Password" Sensitive="1" Encrypted="1">{N('AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA' + g.b64(90), 'encrypted-blob')}</DTS:Password>
        </DTS:ConnectionManager>
      </DTS:ObjectData>
    </DTS:ConnectionManager>
  </DTS:ConnectionManagers>
</DTS:Executable>
""", crlf=True)
    t.add("SSIS/ExportToSAP.dtsConfig", f"""<?xml version="1.0"?>
<DTSConfiguration>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[ERP].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source={sql};Initial Catalog=ERP;User ID=etl;Password={S(g.pw(safe=True), 'db-connection-string')};Provider=SQLNCLI11.1;</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", crlf=True)

    # ---------------------------------------------------------------- ODBC / UDL / DSN
    t.add("ODBC/odbc-export.reg", f"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\QMS]
"Driver"="C:\\\\Windows\\\\system32\\\\sqlsrv32.dll"
"Server"="{sql}"
"Database"="QMS"
"LastUser"="qms_reader"
"PWD"="{S(g.pw(safe=True), 'generic-password')}"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\MES]
"Driver"="C:\\\\Program Files\\\\Microsoft SQL Server\\\\Client SDK\\\\ODBC\\\\170\\\\Bin\\\\msodbcsql17.dll"
"Server"="mes-sql01"
"Trusted_Connection"="Yes"
""", crlf=True)
    t.add("ODBC/Labels.dsn", f"""[ODBC]
DRIVER=SQL Server
UID=label_print
PWD={S(g.pw(safe=True), 'generic-password')}
DATABASE=Labels
SERVER=mes-sql01
""", crlf=True)
    t.add("ODBC/QualityReports.udl", f"""[oledb]
; Everything after this line is an OLE DB initstring
Provider=SQLOLEDB.1;Password={S(g.pw(safe=True), 'db-connection-string')};Persist Security Info=True;User ID=qr_user;Initial Catalog=QMS;Data Source={sql}
""", crlf=True)

    # ---------------------------------------------------------------- IIS / tasks / SCCM
    t.add("IIS/applicationHost.config.excerpt", f"""<applicationPools>
  <add name="OrderPortal" managedRuntimeVersion="v4.0">
    <processModel identityType="SpecificUser" userName="HALLBERG\\svc_orderportal" password="{N('[enc:IISWASOnlyCngProvider:' + g.b64(96) + ':enc]', 'encrypted-blob')}" />
  </add>
  <add name="TimeClock" managedRuntimeVersion="v4.0">
    <processModel identityType="SpecificUser" userName="HALLBERG\\svc_timeclock" password="{S(g.pw(), 'service-account-password')}" />
  </add>
</applicationPools>
<sites>
  <site name="Scans" id="4">
    <application path="/">
      <virtualDirectory path="/" physicalPath="\\\\fs02\\scans" userName="HALLBERG\\svc_scans" password="{N('[enc:IISCngProvider:' + g.b64(96) + ':enc]', 'encrypted-blob')}" />
    </application>
  </site>
</sites>
""", crlf=True)
    tasks = ["@echo off", "REM recreate nightly jobs after server move"]
    for job in ("ERP-Export", "Label-Cleanup", "MES-Backup"):
        tasks.append(f'schtasks /create /tn "{job}" /tr "C:\\Jobs\\{job}.cmd" /sc daily /st 02:{g.r.randint(10, 59)} /ru HALLBERG\\svc_batch /rp "{S(g.pw(), "service-account-password")}"')
    tasks.append('schtasks /create /tn "Inventory" /tr "C:\\Jobs\\inv.cmd" /sc hourly /ru SYSTEM')
    t.add("Tasks/create_tasks.cmd", "\n".join(tasks) + "\n", crlf=True)
    t.add("Tasks/ERP-Export.xml", f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo><URI>\\ERP-Export</URI></RegistrationInfo>
  <Principals>
    <Principal id="Author"><UserId>{N('S-1-5-21-' + '-'.join(g.num(10) for _ in range(3)) + '-1123', 'account-identifier')}</UserId><LogonType>Password</LogonType></Principal>
  </Principals>
  <Actions Context="Author"><Exec><Command>C:\\Jobs\\ERP-Export.cmd</Command></Exec></Actions>
</Task>
""", crlf=True)
    t.add("SCCM/TaskSequence/variables.xml", f"""<SequenceData>
  <Variable name="OSDJoinAccount">HALLBERG\\svc_domainjoin</Variable>
  <Variable name="OSDJoinPassword">{S(g.pw(), 'service-account-password')}</Variable>
  <Variable name="OSDLocalAdminPassword">{S(g.pw(), 'generic-password')}</Variable>
  <Variable name="OSDDomainName">{DOM}</Variable>
</SequenceData>
""", crlf=True)

    # ---------------------------------------------------------------- scripts and code
    t.add("Deploy/deploy-app.ps1", f"""param([string]$Server = 'APP02')
$user = 'HALLBERG\\svc_deploy'
$secure = ConvertTo-SecureString '{S(g.pw(), 'generic-password')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
$admin = Read-Host -AsSecureString -Prompt 'Local admin password'
Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {{ iisreset /noforce }}
""", crlf=True)
    t.add("Deploy/svc_backup.cred.xml", f"""<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0"><T>System.Management.Automation.PSCredential</T><T>System.Object</T></TN>
    <Props>
      <S N="UserName">HALLBERG\\svc_backup</S>
      <SS N="Password">{N(g.dpapi(), 'dpapi-blob')}</SS>
    </Props>
  </Obj>
</Objs>
""", crlf=True)
    t.add("Services/LabelPrinter/LabelPrinter.exe.config", f"""<configuration>
  <appSettings>
    <add key="SmtpUser" value="labels@hallbergmetall.se" />
    <add key="SmtpPassword" value="{S(g.pw(), 'smtp-password')}" />
    <add key="PrinterShare" value="\\\\print01\\ZD620" />
  </appSettings>
  <log4net>
    <appender name="Smtp" type="log4net.Appender.SmtpAppender">
      <to value="it-alerts@hallbergmetall.se" />
      <username value="labels@hallbergmetall.se" />
      <password value="{S(g.pw(), 'smtp-password')}" />
      <smtpHost value="smtp.{DOM}" />
    </appender>
  </log4net>
</configuration>
""", crlf=True)
    t.add("VB6/QCClient/modGlobals.bas", f"""Attribute VB_Name = "modGlobals"
Option Explicit
Public Const DB_SERVER = "{sql}"
Public Const DB_USER = "qc_client"
Public Const DB_PASS = "{S(g.pw(safe=True), 'generic-password')}"
Public Const APP_VERSION = "4.2.17"
""", crlf=True)
    t.add("ClassicASP/includes/conn.asp", f"""<%
Dim Conn
Set Conn = Server.CreateObject("ADODB.Connection")
Conn.Open "Provider=SQLOLEDB;Data Source={sql};Initial Catalog=Intranet;User Id=intranet;Password={S(g.pw(safe=True), 'db-connection-string')};"
%>
""", crlf=True)
    t.add("ClassicASP/includes/conn.sample.asp", f"""<%
Conn.Open "Provider=SQLOLEDB;Data Source=SERVER;Initial Catalog=Intranet;User Id=intranet;Password={N('********', 'redacted')};"
%>
""", crlf=True)
    sk = K.rsa()
    t.add("ADFS/token-signing-export.pem", S(sk.pem8(), 'private-key-pem') + "\n")
    ca_k, _ = K.ca("Hallberg Issuing CA", "Hallberg Metall")
    t.add("ADFS/token-signing.cer.pem", N(K.cert(sk, "ADFS Signing - sts." + DOM, ca_k, "Hallberg Issuing CA", "Hallberg Metall"), 'certificate') + "\n")
    t.add("ADFS/thumbprints.txt", "\n".join("%s  %s" % (N(g.sha1().upper(), 'key-fingerprint'), name) for name in ("token-signing", "token-decrypting", "service-communications")) + "\n")
    for asm in ("Hallberg.Core", "Hallberg.Data", "Hallberg.Labels"):
        t.add(f"Source/{asm}/Properties/AssemblyInfo.cs", f"""using System.Reflection;
using System.Runtime.InteropServices;
[assembly: AssemblyTitle("{asm}")]
[assembly: Guid("{N(g.uuid(), 'uuid')}")]
[assembly: AssemblyVersion("3.1.*")]
""", crlf=True)

    # ---------------------------------------------------------------- prose
    handover = [f"HANDOVER - IT systems (exported from Handover-2019.docx)", "",
                "1. ERP database", f"   Server {sql}, the sa account password is {S(sa_pw, 'password-in-prose')} (only for emergencies).",
                "2. Label printing", "   " + neutral(g, 'the label service'),
                "3. SCCM", "   " + sentence(c, g, "the SCCM network access account", g.pw(), user="HALLBERG\\svc_sccm_naa"),
                "4. Backup", "   The backup credential is stored as DPAPI XML in Deploy\\svc_backup.cred.xml (only readable on BKP01).",
                "5. Firewall", "   Admin login is in the KeePass file on the IT share, not here."]
    t.add("Handover/Handover-2019.txt", "\n".join(handover) + "\n", crlf=True)
    rows = ["System;Username;Password;Notes"]
    for sysname in ("Baan ERP", "Zebra printers", "Kyocera scan", "APC UPS", "Fortigate VPN", "Vendor portal (Sandvik)"):
        rows.append("%s;%s;%s;%s" % (sysname, g.pick(["admin", "service", g.user()]), S(g.pw(), 'password-spreadsheet-row'), g.pick(["", "change yearly", "shared"])))
    rows.append("Domain admin;HALLBERG\\da_it;see KeePass;")
    t.add("Handover/passwords-2019.csv", "\n".join(rows) + "\n", crlf=True)
    ticket(t, "Tickets/HD-30117.txt", "HD-30117", "Label printing stopped after password change", [
        "svc_labels password expired. New password set to " + S(g.pw(), 'temp-password') + ", updated in the service config.",
        neutral(g, 'LabelPrinter')], system="TOPdesk")
    email(t, "Mail/sap-consultant.eml", "consultant@sap-partner.example", "it@" + DOM.replace(".local", ".se"), "RFC user for interface", [
        "Hi,", "", "please create the RFC user as discussed. Initial password we agreed: " + S(g.pw_strong(12, '!'), 'temp-password'), "",
        "Regards"])
    h = ["Get-Service -Name *Label*", "Restart-Service LabelPrinter",
         "net use \\\\fs02\\scans /user:HALLBERG\\svc_scans %s" % S(g.pw(safe=True), 'password-in-history'),
         "sqlcmd -S %s -U sa -P \"%s\" -Q \"select @@version\"" % (sql.replace("\\\\", "\\"), S(sa_pw, 'password-in-history')),
         "runas /savecred /user:HALLBERG\\da_it mmc", "Get-ADUser svc_labels -Properties PasswordLastSet",
         "cmdkey /add:app02 /user:HALLBERG\\svc_deploy /pass:%s" % S(g.pw(safe=True), 'password-in-history'),
         "Get-FileHash .\\setup.msi -Algorithm SHA256", "exit"]
    t.add("Users/it-admin/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", "\n".join(h) + "\n", crlf=True)
