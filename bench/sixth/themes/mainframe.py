"""Insurance carrier on z/OS plus distributed systems: JCL, RACF/ACF2, CICS Liberty, MQ,
Connect:Direct, z/OS FTP, DB2, Guidewire, rating services, 3270 macros, Zowe."""
import skeys
from themes.common import (jq, indent, slack_json, eml, bash_history, neg_hash, b64)
from themes import more

CARRIERS = ["Keystone Mutual", "Bayfront Casualty", "Northgate Assurance", "Prairie Shield Insurance", "Tidewater Indemnity"]


def mfpw(v):
    return v.pw("upper8")


def build(t):
    r, v = t.r, t.v
    carrier = r.choice(CARRIERS)
    short = "".join(w[0] for w in carrier.split())
    dom = carrier.split()[0].lower() + "ins.com"
    lpar = r.choice(["MVSA", "PRD1", "SYSP", "ZOS1"])
    mvs = "%s.%s" % (lpar.lower(), dom)

    # ------------------------------------------------------------ JCL
    bat_pw = mfpw(v)
    ftp_pw = mfpw(v)
    d = t.f("jcl/CLMEXTR.jcl")
    d.done(f"""//CLMEXTR  JOB (ACCT,CLM),'NIGHTLY CLAIMS',CLASS=A,MSGCLASS=X,
//             USER=CLMBAT,PASSWORD={d.S(bat_pw, "mainframe-password")},NOTIFY=&SYSUID
//*--------------------------------------------------------------*
//* EXTRACT OPEN CLAIMS AND SEND TO THE DATA LAKE LANDING ZONE   *
//*--------------------------------------------------------------*
//STEP010  EXEC PGM=CLMX0100
//STEPLIB  DD DSN={short}.PROD.LOADLIB,DISP=SHR
//CLMMAST  DD DSN={short}.PROD.CLAIMS.MASTER,DISP=SHR
//EXTOUT   DD DSN={short}.PROD.CLAIMS.EXTRACT(+1),
//            DISP=(NEW,CATLG,DELETE),SPACE=(CYL,(50,10),RLSE)
//*
//STEP020  EXEC PGM=FTP,PARM='(EXIT TIMEOUT 60'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
landing.{dom}
clmxfer
{d.S(ftp_pw, "ftp-password")}
binary
put '{short}.PROD.CLAIMS.EXTRACT(0)' claims_extract.dat
quit
/*
""")

    d = t.f("jcl/DB2UNLD.jcl")
    d.done(f"""//DB2UNLD  JOB (ACCT,DBA),'POLICY UNLOAD',CLASS=B,MSGCLASS=X
//         SET PW={d.N("&DB2PW", "template-reference")}
//* password symbol resolved by the scheduler from its vault at submit time
//UNLOAD   EXEC PGM=IKJEFT01,DYNAMNBR=20
//SYSTSIN  DD *
 DSN SYSTEM(DB2P)
 RUN PROGRAM(DSNTIAUL) PLAN(DSNTIAUL) PARMS('SQL')
 END
/*
//SYSIN    DD *
  SELECT POLICY_NO, EFF_DATE, PREMIUM FROM PROD.POLICY WHERE STATUS = 'A';
/*
""")

    # ------------------------------------------------------------ RACF / ACF2
    u1, u2 = v.user().upper()[:7], v.user().upper()[:7]
    tmp1, tmp2 = mfpw(v), mfpw(v)
    phrase = "%s %s %s %d" % (v.word().capitalize(), v.word(), v.word(), r.randrange(10, 99))
    d = t.f("racf/helpdesk-resets.txt", prose=True)
    d.done(f"""RACF password resets - service desk log (copy/paste from TSO session)
=====================================================================
2025-01-06  ticket SR-55123  user {u1}
  ALU {u1} PASSWORD({d.S(tmp1, "temporary-password")}) RESUME
  (expired, user to change at first logon)
2025-01-09  ticket SR-55190  user {u2}
  ALU {u2} PASSWORD({d.S(tmp2, "temporary-password")}) RESUME NOEXPIRED
2025-01-14  CICS region userid - moved to passphrase per audit
  ALU CICSPRD1 PHRASE('{d.S(phrase, "racf-password-phrase")}') NOEXPIRED
2025-01-15  protected IDs (no password at all), for the record:
  ALU STCDB2P NOPASSWORD NOPHRASE
  ALU STCMQP1 NOPASSWORD NOPHRASE
""")

    acf_pw = mfpw(v)
    d = t.f("racf/acf2-migration-notes.md", prose=True)
    d.done(f"""# ACF2 -> RACF migration (subsidiary LPAR {lpar}B)

The subsidiary still runs ACF2 until the cutover weekend. Useful commands:

```
ACF
SET LID
CHANGE OPSVIEW PASSWORD({d.S(acf_pw, "mainframe-password")}) 
LIST LIKE(OPS-)
```

`OPSVIEW` is the shared read-only ID for the operations dashboard; it moves to RACF as a
protected ID (no password) after cutover.
""")

    # ------------------------------------------------------------ CICS Liberty
    xor_pw = v.pw(specials="")
    d = t.f("cics/liberty/server.xml")
    d.done(f"""<?xml version="1.0" encoding="UTF-8"?>
<server description="CICS Liberty JVM server - policy inquiry">
  <featureManager>
    <feature>cicsts:core-1.0</feature>
    <feature>jdbc-4.2</feature>
    <feature>restConnector-2.0</feature>
  </featureManager>
  <dataSource id="db2pol" jndiName="jdbc/db2pol">
    <jdbcDriver libraryRef="db2lib"/>
    <properties.db2.jcc databaseName="DB2P" serverName="{mvs}" portNumber="5021"
        user="CICSJDBC" password="{d.S(v.websphere_xor(xor_pw), "websphere-xor-password", "xor")}"/>
  </dataSource>
  <dataSource id="db2aud" jndiName="jdbc/db2aud">
    <properties.db2.jcc databaseName="DB2A" serverName="{mvs}" portNumber="5022"
        user="CICSAUD" password="{d.N("{aes}" + v.b64(48), "encrypted-blob")}"/>
  </dataSource>
  <keyStore id="defaultKeyStore" location="safkeyring:///CICSPRD1.KEYRING" type="JCERACFKS"
      password="{d.N("password", "well-known-default")}" fileBased="false" readOnly="true"/>
</server>
""")

    # ------------------------------------------------------------ MQ
    ldap_pw = v.pw()
    d = t.f("mq/QMPRD1-security.mqsc")
    d.done(f"""* QMPRD1 security definitions - applied with runmqsc
DEFINE AUTHINFO(LDAP.CORP) AUTHTYPE(IDPWLDAP) +
       CONNAME('ldap.{dom}(636)') SECCOMM(YES) +
       LDAPUSER('CN=svc_mqldap,OU=Service,DC=corp,DC={dom.split(".")[0]}') +
       LDAPPWD('{d.S(ldap_pw, "mq-ldap-bind-password")}') +
       SHORTUSR('sAMAccountName') ADOPTCTX(YES) CHCKCLNT(REQUIRED)
ALTER QMGR CONNAUTH(LDAP.CORP)
REFRESH SECURITY TYPE(CONNAUTH)
SET CHLAUTH('CLAIMS.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('10.40.*') USERSRC(CHANNEL)
SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')
DEFINE CHANNEL('CLAIMS.SVRCONN') CHLTYPE(SVRCONN) SSLCIPH(TLS_AES_256_GCM_SHA384) SSLCAUTH(REQUIRED)
""")

    mq_pw = v.pw()
    d = t.f("mq/client/mqccred.ini")
    d.done(f"""# IBM MQ client credentials (runmqccred protects the plain entries on first run)
AllQueueManagers:
  User=claimsapp
  OPW={d.N(v.HEX(64), "encrypted-blob")}

QueueManager:
  Name=QMPRD2
  User=rateapp
  Password={d.S(mq_pw, "service-account-password")}
""")

    # ------------------------------------------------------------ Connect:Direct
    cd1, cd2 = v.pw(), v.pw()
    d = t.f("connectdirect/ndm/cfg/cd_node/userfile.cfg")
    d.done(f"""# Connect:Direct for UNIX - remote user proxies
ISOCLAIM@ISO.CD.NODE:\\
  :local.id=cdxfer:\\
  :pswd={d.S(cd1, "connect-direct-proxy-password")}:\\
  :upload=y:\\
  :download=y:

*@{short}.PRD.MVS:\\
  :local.id=cdmvs:\\
  :pswd={d.S(cd2, "connect-direct-proxy-password")}:\\
  :upload=y:

cdadmin:\\
  :admin.auth=y:\\
  :pstat.copy.id=root:
""")
    d = t.f("connectdirect/ndm/cfg/cd_node/netmap.cfg")
    d.done(f"""local.node:\\
  :comm.info=0.0.0.0;1364:\\
  :tcp.api=0.0.0.0;1363:\\
  :runstep.max.time.to.wait=00.00.00:

ISO.CD.NODE:\\
  :conn.retry.stwait=00.00.30:\\
  :comm.info=cd.iso.example.com;1364:\\
  :comm.transport=tcp:\\
  :pnode.max.sess=4:
""")

    # ------------------------------------------------------------ FTP / DB2 / Guidewire
    nr_pw = mfpw(v)
    d = t.f("zos-ftp/.netrc")
    d.done(f"""machine {mvs} login FTPCLM password {d.S(nr_pw, "netrc-password")}
machine {lpar.lower()}t.{dom} login FTPCLM password {d.N("$FTPPW", "env-reference")}
""")

    db2_pw = v.pw()
    d = t.f("db2/db2cli.ini")
    d.done(f"""[DB2P]
Database=DB2P
Protocol=TCPIP
Hostname={mvs}
ServiceName=5021
UID=RPTUSER
PWD={d.S(db2_pw, "database-password")}
Security=SSL

[DB2T]
Database=DB2T
Hostname={lpar.lower()}t.{dom}
ServiceName=5021
UID=RPTUSER
PWD=
""")

    gw_pw = v.pw(specials="!-_")
    d = t.f("guidewire/ClaimCenter/config/database-config.xml")
    d.done(f"""<?xml version="1.0"?>
<database-config>
  <database name="ClaimCenterDatabase" dbtype="sqlserver" autoupgrade="false">
    <dbcp-connection-pool
        jdbc-url="jdbc:sqlserver://cc-sql01.{dom}:1433;databaseName=ClaimCenter;user=cc_app;password={d.S(gw_pw, "jdbc-connection-string")};encrypt=true"
        max-total="120"/>
  </database>
  <archive enabled="false"/>
</database-config>
""")

    iso_pw = v.pw()
    d = t.f("guidewire/integration/iso-claimsearch.properties")
    d.done(f"""# ISO ClaimSearch (Verisk) - claim submission
iso.endpoint=https://claimsearch.iso.example.com/ws/ClaimSearch
iso.customer.id={d.N(v.digits(8), "account-identifier")}
iso.user=KMCLMSUB
iso.password={d.S(iso_pw, "iso-claimsearch-password")}
iso.timeout.ms=30000
""")

    ds_pw = v.pw()
    lex = v.hex(32)
    d = t.f("rating/src/main/resources/application.properties")
    d.done(f"""spring.application.name=rating-engine
spring.datasource.url=jdbc:db2://{mvs}:5021/DB2P:sslConnection=true;
spring.datasource.username=RATEAPP
spring.datasource.password={d.S(ds_pw, "database-password")}
rating.cache.ttl=PT10M
lexisnexis.cluereport.url=https://api.lexisnexis.example.com/clue/v2
lexisnexis.api.key={d.S(lex, "lexisnexis-api-key")}
verisk.ppc.api.key={d.N("ENC(" + v.b64(32) + ")", "encrypted-blob")}
jasypt.encryptor.password={d.N("${JASYPT_PASSWORD}", "env-reference")}
""")

    d = t.f("rating/src/test/resources/application-test.properties")
    d.done(f"""spring.datasource.url=jdbc:h2:mem:rating
spring.datasource.username=sa
spring.datasource.password=
lexisnexis.api.key={d.N("test-key-not-real", "placeholder")}
""")

    # ------------------------------------------------------------ COBOL / 3270
    cob_pw = mfpw(v)
    d = t.f("cobol/src/PREMRPT.cbl")
    d.done(f"""       IDENTIFICATION DIVISION.
       PROGRAM-ID. PREMRPT.
      * MONTHLY PREMIUM REPORT - CONNECTS TO DB2 VIA CAF
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-DB2-USER           PIC X(08) VALUE 'RPTUSER'.
       01  WS-DB2-PASSWORD       PIC X(08) VALUE '{d.S(cob_pw, "mainframe-password")}'.
       01  WS-RETURN-CODE        PIC S9(4) COMP VALUE ZERO.
       PROCEDURE DIVISION.
           CALL 'DSNALI' USING WS-DB2-USER WS-DB2-PASSWORD
           IF WS-RETURN-CODE NOT = ZERO
              DISPLAY 'CONNECT FAILED ' WS-RETURN-CODE
           END-IF
           GOBACK.
""")

    mac_pw = mfpw(v)
    d = t.f("pcomm/macros/tso_logon.mac", crlf=True)
    d.done(f"""<HAScript name="tso_logon" description="log on to TSO and start ISPF" timeout="60000" pausetime="300">
  <screen name="Screen1" entryscreen="true" exitscreen="false" transient="false">
    <description><oia status="NOTINHIBITED" optional="false" invertmatch="false"/></description>
    <actions>
      <input value="TSO OPSAUTO[enter]" row="0" col="0" movecursor="true" xlatehostkeys="true"/>
      <input value="{d.S(mac_pw, "mainframe-password")}[enter]" row="0" col="0" movecursor="true" xlatehostkeys="true"/>
      <input value="ISPF[enter]" row="0" col="0" movecursor="true" xlatehostkeys="true"/>
    </actions>
  </screen>
</HAScript>
""")

    z_pw = mfpw(v)
    d = t.f("zowe/zowe.config.json")
    d.done("""{
  "$schema": "./zowe.schema.json",
  "profiles": {
    "%s": {
      "type": "zosmf",
      "properties": { "host": "%s", "port": 443, "rejectUnauthorized": true },
      "secure": ["user", "password"]
    },
    "batchsvc": {
      "type": "zosmf",
      "properties": { "host": "%s", "port": 443, "user": "ZOWEBAT", "password": %s }
    }
  },
  "defaults": { "zosmf": "%s" }
}
""" % (lpar.lower(), mvs, mvs, jq(str(d.S(z_pw, "mainframe-password"))), lpar.lower()))

    # ------------------------------------------------------------ keys
    pgp = t.rsa()
    d = t.f("partners/iso/pgp/claims-exchange-secret.asc")
    d.done(str(d.S(pgp.pgp_secret("%s Claims Exchange <claims-exchange@%s>" % (carrier, dom), 1700000000 + r.randrange(10 ** 7)),
                   "private-key-pgp", "pgp")))
    d = t.f("partners/iso/pgp/README.txt")
    d.done(f"""Claims exchange with ISO uses PGP. Our key fingerprint (give this to the partner, not the key):
  {d.N(" ".join(v.HEX(40)[i:i + 4] for i in range(0, 40, 4)), "key-fingerprint")}
The secret key lives in partners/iso/pgp/ on the transfer server only.
""")

    cdk = t.rsa()
    ca_k, ca_der = t.ca("%s Enterprise CA" % short, carrier)
    crt = t.cert_for(cdk, "cd-prd01.%s" % dom, ca_k, "%s Enterprise CA" % short, carrier)
    d = t.f("connectdirect/secure+/cd-prd01.pem")
    d.done(d.S(cdk.pem_pkcs8(), "private-key-pem") + "\n" + d.N(skeys.cert_pem(crt), "certificate"))

    d = t.f("racf/keyring-list.txt")
    d.done(f"""RACDCERT ID(CICSPRD1) LISTRING(CICSPRD1.KEYRING)
 Digital ring information for user CICSPRD1:
  Ring:
       >CICSPRD1.KEYRING<
  Certificate Label Name             Cert Owner     USAGE      DEFAULT
  --------------------------------   ------------   --------   -------
  CICSPRD1-2025                      ID(CICSPRD1)   PERSONAL     YES
  {short} Enterprise CA              CERTAUTH       CERTAUTH     NO

 Serial Number: {d.N(":".join(v.HEX(32)[i:i + 2] for i in range(0, 32, 2)), "cert-thumbprint")}
""")

    # ------------------------------------------------------------ prose
    d = t.f("docs/batch-ids.csv", prose=True)
    rows = ["userid,purpose,owner,password,expires,notes"]
    for uid, purpose in [("CLMBAT2", "claims batch (DR)"), ("RATEBAT", "rating batch"), ("POLBAT", "policy batch"),
                         ("FNOLXFR", "FNOL intake transfer"), ("REINSFTP", "reinsurance FTP")]:
        k = r.random()
        if k < 0.6:
            cell = str(d.S(mfpw(v), "mainframe-password"))
        elif k < 0.8:
            cell = str(d.N("PROTECTED", "placeholder"))
        else:
            cell = str(d.N("********", "masked-value"))
        rows.append("%s,%s,%s,%s,NOEXPIRE," % (uid, purpose, v.user(), cell))
    d.done("\n".join(rows) + "\n")

    onb = mfpw(v)
    d = t.f("docs/mainframe-onboarding.md", prose=True)
    d.done(f"""# Mainframe onboarding for the claims dev team

1. Request a TSO ID through the access portal (role `CLM-DEV`). Expect 2 days.
2. Install the 3270 emulator profile from `pcomm/` and point it at `{mvs}` port 992 (TLS).
3. Until your ID arrives you can look at SDSF output with the shared read-only ID
   `CLMVIEW`, password `{d.S(onb, "mainframe-password")}` - please do not submit jobs with it.
4. Zowe CLI: `zowe config init --global-config`, then `zowe zosmf check status`.

Passwords are 8 characters, upper case, and expire every 60 days. Your first password is set by
the service desk and must be changed at first logon.
""")

    old_pw, new_pw = v.pw(), v.pw()
    d = t.f("tickets/CHG-2291.txt", prose=True)
    d.done(f"""CHG-2291  Rotate MQ LDAP bind password (QMPRD1, QMPRD2)
Risk: Medium   Window: Sat 02:00-03:00
Implementation plan:
  1. reset svc_mqldap in AD to the new value: {d.S(new_pw, "mq-ldap-bind-password")}
  2. ALTER AUTHINFO(LDAP.CORP) LDAPPWD(...) on both queue managers
  3. REFRESH SECURITY TYPE(CONNAUTH)
Backout: old value {d.S(old_pw, "mq-ldap-bind-password")} (revoked once the change is closed)
Post-implementation: verified with amqsputc as claimsapp.
""")

    pen_pw = v.pw()
    d = t.f("email/pentest-finding.eml", prose=True)
    d.done(eml("Red Team <redteam@%s>" % dom, "appsec@%s" % dom, "Finding RT-14: reversible passwords in Liberty config",
               f"""Hi,

During the internal test we pulled server.xml from the CICS Liberty zFS directory. The datasource
password is only XOR-encoded, which decodes instantly with any of the public tools. Also the
Guidewire test box had a local admin with the password {d.S(pen_pw, "local-admin-password")} which
matched the one on two other servers.

The {{aes}} values are fine; they need the keystore. Please rotate and move to a SAF keyring.

Thanks""", r=r))

    cd_tok = v.slack_bot()
    d = t.f("chat/slack-export/mainframe-ops/2025-02-07.json", prose=True)
    zosmf_pw = mfpw(v)
    d.done(slack_json(t, [
        (v.person(), "z/OSMF REST is rejecting the batch scheduler since the IPL"),
        (v.person(), "which ID?"),
        (v.person(), "ZOSMFBAT, current pw is {} - RACF shows it revoked after 3 failures".format(d.S(zosmf_pw, "mainframe-password"))),
        (v.person(), "resumed it. also fyi the ops bot token changed: {}".format(d.S(cd_tok, "slack-bot-token"))),
        (v.person(), "thx, evidence bundle sha1 for audit {}".format(d.N(v.sha1(), "file-checksum"))),
    ]))

    zp = mfpw(v)
    cu = v.pw()
    d = t.f("history/ops.bash_history", prose=True)
    d.done(bash_history([
        "zowe zos-jobs list jobs --owner CLMBAT",
        "zowe profiles create zosmf-profile prd --host %s --port 443 --user OPSAUTO --password '%s'" % (mvs, d.S(zp, "mainframe-password")),
        "curl -sk -u 'ZOSMFBAT:%s' https://%s/zosmf/restjobs/jobs?owner=CLMBAT" % (d.S(cu, "mainframe-password"), mvs),
        "db2 catalog tcpip node DB2PN remote %s server 5021" % mvs,
        "db2 connect to DB2P user RPTUSER using %s" % d.S(v.pw(), "database-password"),
        "db2 terminate",
        "/opt/cdunix/ndm/bin/direct",
    ]))

    d = t.f("audit/smf80-summary.txt")
    d.done(f"""SMF type 80 summary - week 6
EVENT           USERID    RESULT      DETAIL
RACINIT         CLMBAT    SUCCESS
RACINIT         ZOSMFBAT  VIOLATION   PASSWORD={d.N("********", "masked-value")}
ALTUSER         SDESK01   SUCCESS     ALU CLMDEV7 PASSWORD({d.N("********", "masked-value")})
RACINIT         OPSAUTO   SUCCESS
""")

    t.text("README.md", f"# {carrier} - core systems\n\nJCL, RACF notes, middleware configs and rating services. The authoritative copies live in Endevor; this repo mirrors them for review.\n")
    t.text("copybooks/POLMSTR.cpy", """       01  POLICY-MASTER-REC.
           05  PM-POLICY-NO          PIC X(10).
           05  PM-EFF-DATE           PIC 9(08).
           05  PM-PREMIUM            PIC S9(7)V99 COMP-3.
           05  PM-AGENT-PASSWORD-IND PIC X(01).
               88  PM-PWD-SET        VALUE 'Y'.
""")

    more.layer(t, "distributed", "claims-portal", "quay.%s" % dom)
