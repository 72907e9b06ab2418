"""Tool/config kinds, part B: web apps, CMS, health, education, GIS, research, ERP (twentyfourth)."""
from core24 import Doc, b64, h_bcrypt, path
import prov24


def pixelfed(c):
    d = Doc(path(c, "pixelfed/.env"))
    d.t('APP_NAME="%s Photos"\nAPP_ENV=production' % c.v["name"])
    d.s("APP_KEY=base64:@@", c.b64key(32), "laravel-app-key")
    d.t("APP_URL=https://photos.%s\nDB_CONNECTION=pgsql\nDB_HOST=%s\nDB_DATABASE=pixelfed\nDB_USERNAME=pixelfed" % (c.v["domain"], c.host("pg")))
    d.s("DB_PASSWORD=@@", c.pw(), "db-password")
    d.t("REDIS_HOST=127.0.0.1\nREDIS_PASSWORD=null")
    return [d]


def friendica(c):
    d = Doc(path(c, "friendica/config/local.config.php"))
    d.t("<?php\n\nreturn [\n\t'database' => [\n\t\t'hostname' => '%s',\n\t\t'username' => 'friendica'," % c.host("mysql"))
    d.s("\t\t'password' => '@@',", c.pw(), "friendica-db-password")
    d.t("\t\t'database' => 'friendica',\n\t\t'charset' => 'utf8mb4',\n\t],\n\t'config' => [\n\t\t'admin_email' => 'it@%s',\n\t\t'sitename' => '%s',\n\t],\n];" % (c.v["domain"], c.v["name"]))
    return [d]


def umbraco(c):
    d = Doc(path(c, "umbraco/appsettings.Production.json"), fmt="json")
    d.t('{\n  "ConnectionStrings": {')
    d.s('    "umbracoDbDSN": "Server=%s;Database=umbraco;User Id=umbraco;Password=@@;TrustServerCertificate=true",' % c.host("sql"), c.pw(), "umbraco-db-password")
    d.t('    "umbracoDbDSN_ProviderName": "Microsoft.Data.SqlClient"\n  },\n  "Umbraco": {\n    "CMS": {\n      "Unattended": {\n        "InstallUnattended": true,\n        "UnattendedUserName": "Web Admin",\n        "UnattendedUserEmail": "web@%s",' % c.v["domain"])
    d.s('        "UnattendedUserPassword": "@@"', c.pw(), "umbraco-unattended-password")
    d.t('      }\n    }\n  }\n}')
    return [d]


def contao(c):
    d = Doc(path(c, "contao/config/parameters.yml"))
    d.t("parameters:\n    database_host: %s\n    database_port: 3306\n    database_user: contao" % c.host("mysql"))
    d.s("    database_password: '@@'", c.pw(), "contao-db-password")
    d.t("    database_name: contao\n    mailer_transport: smtp\n    mailer_password: null")
    d.s("    secret: @@", c.hexkey(64), "symfony-secret")
    return [d]


def modx(c):
    d = Doc(path(c, "modx/core/config/config.inc.php"))
    d.t("<?php\n/**\n *  MODX Configuration file\n */\n$database_type = 'mysql';\n$database_server = '%s';\n$database_user = 'modx';" % c.host("mysql"))
    d.s("$database_password = '@@';", c.pw(), "modx-db-password")
    d.t("$database_connection_charset = 'utf8mb4';\n$dbase = 'modx';\n$table_prefix = 'modx_';")
    d.n("$site_id = '@@';", "modx" + c.hexs(13) + "." + c.digits(8), "site-id")
    return [d]


def huginn(c):
    d = Doc(path(c, "huginn/.env"))
    d.s("APP_SECRET_TOKEN=@@", c.hexkey(128), "huginn-app-secret")
    d.t("DOMAIN=agents.%s\nDATABASE_ADAPTER=postgresql\nDATABASE_NAME=huginn\nDATABASE_USERNAME=huginn" % c.v["domain"])
    d.s("DATABASE_PASSWORD=\"@@\"", c.pw(), "db-password")
    d.t("INVITATION_CODE=%s" % c.word())
    d.s("SMTP_PASSWORD=@@", c.pw(), "smtp-password")
    return [d]


def awx(c):
    d = Doc(path(c, "awx/installer/inventory"))
    d.t("localhost ansible_connection=local ansible_python_interpreter=\"/usr/bin/env python3\"\n\n[all:vars]\npg_hostname=%s\npg_username=awx\npg_database=awx" % c.host("pg"))
    d.s("pg_password=@@", c.pw(), "awx-pg-password")
    d.t("admin_user=admin")
    d.s("admin_password=@@", c.pw(), "awx-admin-password")
    d.s("secret_key=@@", c.token(40), "awx-secret-key")
    return [d]


def stackstorm(c):
    d = Doc(path(c, "st2/st2.conf"), fmt="ini")
    d.t("[api]\nhost = 127.0.0.1\nport = 9101\n\n[auth]\nenable = True\nbackend = flat_file\n\n[database]\nhost = %s\nport = 27017\ndb_name = st2\nusername = stackstorm" % c.host("mongo"))
    d.s("password = @@", c.pw(), "st2-mongo-password")
    d.t("\n[messaging]")
    d.s("url = amqp://stackstorm:@@@%s:5672/" % c.host("rabbit"), c.pw(uri=True), "amqp-url-password")
    return [d]


def maas(c):
    d = Doc(path(c, "maas/regiond.conf"))
    d.t("database_host: %s\ndatabase_name: maasdb\ndatabase_user: maas" % c.host("pg"))
    d.s("database_pass: @@", c.pw(style="alnum"), "maas-db-password")
    d.t("maas_url: http://%s:5240/MAAS" % c.host("maas"))
    return [d]


def omv(c):
    d = Doc(path(c, "openmediavault/config-notification.xml"), fmt="xml")
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<config>\n  <system>\n    <email>\n      <enable>1</enable>\n      <server>smtp.%s</server>\n      <port>587</port>\n      <tls>1</tls>\n      <sender>nas@%s</sender>\n      <authentication>\n        <enable>1</enable>\n        <username>nas@%s</username>' % ((c.v["domain"],) * 3))
    d.s('        <password>@@</password>', c.pw(), "omv-smtp-password")
    d.t('      </authentication>\n    </email>\n  </system>\n</config>')
    return [d]


def komga(c):
    d = Doc(path(c, "komga/application.yml"))
    d.t("komga:\n  remember-me:")
    d.s("    key: @@", c.token(32), "komga-remember-me-key")
    d.t("    validity: 2592000\n  cors.allowed-origins:\n    - https://library.%s\nserver:\n  port: 25600" % c.v["domain"])
    return [d]


def kavita(c):
    d = Doc(path(c, "kavita/config/appsettings.json"), fmt="json")
    d.t("{")
    d.s('  "TokenKey": "@@",', c.b64key(96).replace("/", "_").replace("+", "-"), "kavita-jwt-token-key")
    d.t('  "Port": 5000,\n  "IpAddresses": "0.0.0.0,::",\n  "BaseUrl": "/",\n  "Cache": 75\n}')
    return [d]


def freshrss(c):
    d = Doc(path(c, "freshrss/data/config.php"))
    d.t("<?php\nreturn array (\n  'environment' => 'production',")
    d.s("  'salt' => '@@',", c.hexkey(40), "freshrss-salt")
    d.t("  'base_url' => 'https://rss.%s/i',\n  'db' => \n  array (\n    'type' => 'pgsql',\n    'host' => '%s',\n    'user' => 'freshrss'," % (c.v["domain"], c.host("pg")))
    d.s("    'password' => '@@',", c.pw(), "freshrss-db-password")
    d.t("    'base' => 'freshrss',\n  ),\n);")
    return [d]


def miniflux(c):
    d = Doc(path(c, "miniflux/miniflux.conf"))
    d.s("DATABASE_URL=postgres://miniflux:@@@%s/miniflux?sslmode=require" % c.host("pg"), c.pw(uri=True), "db-url-password")
    d.t("RUN_MIGRATIONS=1\nCREATE_ADMIN=1\nADMIN_USERNAME=admin")
    d.s("ADMIN_PASSWORD=@@", c.pw(), "miniflux-admin-password")
    d.n("OAUTH2_CLIENT_ID=@@", c.uuid(), "oauth-client-id")
    d.t("OAUTH2_PROVIDER=oidc")
    return [d]


def ttrss(c):
    d = Doc(path(c, "tt-rss/config.php"))
    d.t("<?php\n\tputenv('TTRSS_DB_TYPE=pgsql');\n\tputenv('TTRSS_DB_HOST=%s');\n\tputenv('TTRSS_DB_USER=ttrss');" % c.host("pg"))
    d.s("\tputenv('TTRSS_DB_PASS=@@');", c.pw(), "ttrss-db-password")
    d.t("\tputenv('TTRSS_DB_NAME=ttrss');\n\tputenv('TTRSS_SELF_URL_PATH=https://news.%s/tt-rss/');" % c.v["domain"])
    return [d]


def wallabag(c):
    d = Doc(path(c, "wallabag/app/config/parameters.yml"))
    d.t("parameters:\n    database_driver: pdo_pgsql\n    database_host: %s\n    database_port: 5432\n    database_name: wallabag\n    database_user: wallabag" % c.host("pg"))
    d.s("    database_password: @@", c.pw(style="alnum"), "wallabag-db-password")
    d.t("    domain_name: https://read.%s\n    mailer_dsn: smtp://127.0.0.1\n    locale: en" % c.v["domain"])
    d.s("    secret: @@", c.token(30), "symfony-secret")
    return [d]


def shaarli(c):
    d = Doc(path(c, "shaarli/data/config.json.php"))
    d.t("<?php /*\n{\n    \"credentials\": {\n        \"login\": \"%s\"," % c.person()["user"])
    d.n("        \"hash\": \"@@\",", c.hexs(40), "sha1-password-hash")
    d.s("        \"salt\": \"@@\"", c.hexkey(40), "shaarli-salt")
    d.t("    },\n    \"api\": {\n        \"enabled\": true,")
    d.s("        \"secret\": \"@@\"", c.hexkey(12), "shaarli-api-secret")
    d.t("    }\n}\n*/ ?>")
    return [d]


def medplum(c):
    d = Doc(path(c, "medplum/medplum.config.json"), fmt="json")
    d.t('{\n  "baseUrl": "https://api.%s/",\n  "database": {\n    "host": "%s",\n    "port": 5432,\n    "dbname": "medplum",\n    "username": "medplum",' % (c.v["domain"], c.host("pg")))
    d.s('    "password": "@@"', c.pw(), "medplum-db-password")
    d.t('  },')
    d.n('  "recaptchaSiteKey": "@@",', "6L" + c.chars(prov24.URLSAFE, 38), "recaptcha-site-key")
    d.s('  "recaptchaSecretKey": "@@",', "6L" + c.chars(prov24.URLSAFE, 38), "recaptcha-secret-key")
    d.t('  "maxJsonSize": "1mb"\n}')
    return [d]


def sakai(c):
    d = Doc(path(c, "sakai/sakai.properties"))
    d.t("serverName=lms.%s\nvendor@org.sakaiproject.db.api.SqlService=mysql\ndriverClassName@javax.sql.BaseDataSource=org.mariadb.jdbc.Driver\nurl@javax.sql.BaseDataSource=jdbc:mariadb://%s:3306/sakai?useUnicode=true\nusername@javax.sql.BaseDataSource=sakai" % (c.v["domain"], c.host("mysql")))
    d.s("password@javax.sql.BaseDataSource=@@", c.pw(), "sakai-db-password")
    return [d]


def totara(c):
    d = Doc(path(c, "totara/config.php"))
    d.t("<?php\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n$CFG->dbtype    = 'pgsql';\n$CFG->dbhost    = '%s';\n$CFG->dbname    = 'totara';\n$CFG->dbuser    = 'totara';" % c.host("pg"))
    d.s("$CFG->dbpass    = '@@';", c.pw(), "totara-db-password")
    d.t("$CFG->wwwroot   = 'https://learn.%s';\n$CFG->dataroot  = '/var/totara/data';\nrequire_once(__DIR__ . '/lib/setup.php');" % c.v["domain"])
    return [d]


def mapproxy(c):
    d = Doc(path(c, "mapproxy/mapproxy.yaml"))
    d.t("services:\n  wms:\n    srs: ['EPSG:3857', 'EPSG:4326']\nlayers:\n  - name: ortho\n    title: Orthophoto\n    sources: [ortho_cache]\ncaches:\n  ortho_cache:\n    grids: [webmercator]\n    sources: [ortho_wms]\nsources:\n  ortho_wms:\n    type: wms\n    req:")
    d.s("      url: https://gis:@@@wms.%s/geoserver/wms" % c.v["domain"], c.pw(uri=True), "wms-basic-auth-password")
    d.t("      layers: ortho2024")
    return [d]


def pygeoapi(c):
    d = Doc(path(c, "pygeoapi/pygeoapi-config.yml"))
    d.t("server:\n  bind:\n    host: 0.0.0.0\n    port: 5000\n  url: https://geo.%s\nresources:\n  parcels:\n    type: collection\n    title: Parcels\n    providers:\n      - type: feature\n        name: PostgreSQL\n        data:\n          host: %s\n          dbname: gis\n          user: geo_ro" % (c.v["domain"], c.host("pg")))
    d.s("          password: @@", c.pw(style="alnum"), "pygeoapi-db-password")
    d.t("          search_path: [public]\n        id_field: gid\n        table: parcels")
    return [d]


def qfieldcloud(c):
    d = Doc(path(c, "qfieldcloud/.env"))
    d.t("DEBUG=0\nQFIELDCLOUD_HOST=qfield.%s" % c.v["domain"])
    d.s("SECRET_KEY=@@", c.token(50), "django-secret-key")
    d.t("STORAGE_ENDPOINT_URL=https://s3.%s" % c.v["domain"])
    kid, sec = prov24.PAIR_BY["aws"][2](c), prov24.PAIR_BY["aws"][4](c)
    d.pair("STORAGE_ACCESS_KEY_ID=@@", kid, "STORAGE_SECRET_ACCESS_KEY=@@", sec, "aws-key-pair")
    d.t("STORAGE_BUCKET_NAME=qfieldcloud-%s" % c.theme.key)
    return [d]


def owncast(c):
    d = Doc(path(c, "owncast/owncast.service"), fmt="ini")
    d.t("[Unit]\nDescription=Owncast live stream\nAfter=network-online.target\n\n[Service]\nUser=owncast\nWorkingDirectory=/opt/owncast")
    d.t("EnvironmentFile=/etc/owncast/stream.env")
    d.s("ExecStart=/opt/owncast/owncast -adminpassword @@ -streamkey ${OWNCAST_STREAM_KEY}", c.pw(style="alnum"), "owncast-admin-password")
    d.t("Restart=on-failure\n\n[Install]\nWantedBy=multi-user.target")
    return [d]


def postfixadmin(c):
    d = Doc(path(c, "postfixadmin/config.local.php"))
    d.t("<?php\n$CONF['configured'] = true;\n$CONF['database_type'] = 'mysqli';\n$CONF['database_host'] = '%s';\n$CONF['database_user'] = 'postfixadmin';" % c.host("mysql"))
    d.s("$CONF['database_password'] = '@@';", c.pw(), "postfixadmin-db-password")
    d.t("$CONF['database_name'] = 'postfixadmin';")
    d.n("$CONF['setup_password'] = '@@';", h_bcrypt(c), "bcrypt-hash")
    return [d]


def modoboa(c):
    d = Doc(path(c, "modoboa/instance/instance/settings.py"))
    d.t("import os\n\nBASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))")
    d.s("SECRET_KEY = '@@'", c.token(50, prov24.ALNUM + "!^*-_+"), "django-secret-key")
    d.t("DEBUG = False\nALLOWED_HOSTS = ['mail.%s']\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'modoboa',\n        'USER': 'modoboa'," % c.v["domain"])
    d.s("        'PASSWORD': '@@',", c.pw(), "modoboa-db-password")
    d.t("        'HOST': '%s',\n    },\n}" % c.host("pg"))
    return [d]


def invenio(c):
    d = Doc(path(c, "invenio/invenio.cfg"))
    d.t("# Invenio RDM instance configuration\nSITE_UI_URL = \"https://repo.%s\"" % c.v["domain"])
    d.s("SECRET_KEY = \"@@\"", c.token(48), "flask-secret-key")
    d.s("SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://invenio:@@@%s/invenio\"" % c.host("pg"), c.pw(uri=True), "db-url-password")
    d.t("APP_DEFAULT_SECURE_HEADERS = {'force_https': True}")
    return [d]


def dspace(c):
    d = Doc(path(c, "dspace/config/local.cfg"))
    d.t("dspace.dir = /dspace\ndspace.server.url = https://dspace.%s/server\ndb.url = jdbc:postgresql://%s:5432/dspace\ndb.username = dspace" % (c.v["domain"], c.host("pg")))
    d.s("db.password = @@", c.pw(), "dspace-db-password")
    d.t("mail.server = smtp.%s\nmail.server.username = repository@%s" % (c.v["domain"], c.v["domain"]))
    d.s("mail.server.password = @@", c.pw(), "smtp-password")
    return [d]


def omeka(c):
    d = Doc(path(c, "omeka/config/database.ini"))
    d.t("user     = \"omeka\"")
    d.s("password = \"@@\"", c.pw(), "omeka-db-password")
    d.t("dbname   = \"omeka_s\"\nhost     = \"%s\"" % c.host("mysql"))
    return [d]


def archivesspace(c):
    d = Doc(path(c, "archivesspace/config/config.rb"))
    d.t("AppConfig[:frontend_proxy_url] = \"https://archives.%s/staff\"" % c.v["domain"])
    d.s("AppConfig[:db_url] = \"jdbc:mysql://%s:3306/archivesspace?user=as&password=@@&useUnicode=true&characterEncoding=UTF-8\"" % c.host("mysql"), c.pw(uri=True), "archivesspace-db-password")
    d.t("AppConfig[:enable_solr] = true\nAppConfig[:solr_url] = \"http://%s:8983/solr/archivesspace\"" % c.host("solr"))
    return [d]


def ilias(c):
    d = Doc(path(c, "ilias/data/client.ini.php"))
    d.t("; <?php exit; ?>\n[server]\nstart = ./login.php\n\n[client]\nname = \"%s\"\n\n[db]\ntype = \"innodb\"\nhost = \"%s\"\nuser = \"ilias\"" % (c.v["name"], c.host("mysql")))
    d.s("pass = \"@@\"", c.pw(), "ilias-db-password")
    d.t("name = \"ilias\"")
    return [d]


def gnuhealth(c):
    d = Doc(path(c, "gnuhealth/tryton/server/config/trytond.conf"), fmt="ini")
    d.t("[database]")
    d.s("uri = postgresql://gnuhealth:@@@%s:5432/" % c.host("pg"), c.pw(uri=True), "db-url-password")
    d.t("path = /home/gnuhealth/attach\n\n[web]\nlisten = 0.0.0.0:8000\n\n[session]")
    d.n("super_pwd = @@", "$1$" + c.chars("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 8) + "$" + c.chars("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 22), "md5crypt-hash")
    return [d]


def omero(c):
    d = Doc(path(c, "omero/setup-omero.sh"))
    d.t("#!/bin/bash\nset -e\nomero config set omero.db.host %s\nomero config set omero.db.name omero\nomero config set omero.db.user omero" % c.host("pg"))
    d.s("omero config set omero.db.pass '@@'", c.pw(), "omero-db-password")
    d.t("omero config set omero.ldap.config true\nomero config set omero.ldap.urls ldaps://%s:636\nomero config set omero.ldap.username 'cn=omero,ou=svc,dc=%s'" % (c.host("ldap"), c.v["domain"].split(".")[0]))
    d.s("omero config set omero.ldap.password '@@'", c.pw(), "ldap-bind-password")
    return [d]


def rstudio(c):
    d = Doc(path(c, "rstudio/database.conf"))
    d.t("provider=postgresql\nhost=%s\ndatabase=rstudio\nport=5432\nusername=rstudio" % c.host("pg"))
    d.s("password=@@", c.pw(), "rstudio-db-password")
    d.t("connection-timeout-seconds=12")
    return [d]


def geonode(c):
    d = Doc(path(c, "geonode/.env"))
    d.t("COMPOSE_PROJECT_NAME=geonode\nSITEURL=https://maps.%s/\nGEONODE_DATABASE=geonode" % c.v["domain"])
    d.s("GEONODE_DATABASE_PASSWORD=@@", c.pw(), "db-password")
    d.s("GEOSERVER_ADMIN_PASSWORD=@@", c.pw(), "geoserver-admin-password")
    d.s("SECRET_KEY='@@'", c.token(50), "django-secret-key")
    d.n("OAUTH2_CLIENT_ID=@@", c.alnum(40), "oauth-client-id")
    return [d]


def vtiger(c):
    d = Doc(path(c, "vtigercrm/config.inc.php"))
    d.t("<?php\n$dbconfig['db_server'] = '%s';\n$dbconfig['db_port'] = ':3306';\n$dbconfig['db_username'] = 'vtiger';" % c.host("mysql"))
    d.s("$dbconfig['db_password'] = '@@';", c.pw(), "vtiger-db-password")
    d.t("$dbconfig['db_name'] = 'vtigercrm';\n$site_URL = 'https://crm.%s/';" % c.v["domain"])
    d.s("$application_unique_key = '@@';", c.hexkey(32), "vtiger-unique-key")
    return [d]


def akaunting(c):
    d = Doc(path(c, "akaunting/.env"))
    d.t("APP_NAME=Akaunting\nAPP_ENV=production\nAPP_LOCALE=en-GB")
    d.s("APP_KEY=base64:@@", c.b64key(32), "laravel-app-key")
    d.t("APP_URL=https://books.%s\nDB_CONNECTION=mysql\nDB_HOST=%s\nDB_DATABASE=akaunting\nDB_USERNAME=akaunting" % (c.v["domain"], c.host("mysql")))
    d.s("DB_PASSWORD=@@", c.pw(), "db-password")
    d.t("DB_PREFIX=ak_")
    return [d]


def ofbiz(c):
    d = Doc(path(c, "ofbiz/framework/entity/config/entityengine.xml"), fmt="xml")
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<entity-config xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n    <datasource name="localpostgres" helper-class="org.apache.ofbiz.entity.datasource.GenericHelperDAO" field-type-name="postgres">\n        <inline-jdbc\n                jdbc-driver="org.postgresql.Driver"\n                jdbc-uri="jdbc:postgresql://%s/ofbiz"\n                jdbc-username="ofbiz"' % c.host("pg"))
    d.s('                jdbc-password="@@"', c.pw(), "ofbiz-jdbc-password")
    d.t('                isolation-level="ReadCommitted"\n                pool-minsize="2"\n                pool-maxsize="250"/>\n    </datasource>\n</entity-config>')
    return [d]


KINDS = [pixelfed, friendica, umbraco, contao, modx, huginn, awx, stackstorm, maas, omv, komga, kavita, freshrss,
         miniflux, ttrss, wallabag, shaarli, medplum, sakai, totara, mapproxy, pygeoapi, qfieldcloud, owncast,
         postfixadmin, modoboa, invenio, dspace, omeka, archivesspace, ilias, gnuhealth, omero, rstudio, geonode,
         vtiger, akaunting, ofbiz]
