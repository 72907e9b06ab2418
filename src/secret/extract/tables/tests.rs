use proptest::prelude::*;

use super::*;

/// The (key, value) pairs the extractor finds in `text` for a file at `path`.
fn cells(path: &str, text: &str) -> Vec<(String, String)> {
    table_secret_cells(path, text.as_bytes(), &[])
        .into_iter()
        .map(|cell| {
            assert_eq!(&text.as_bytes()[cell.span.clone()], cell.value.as_slice());
            (cell.key, String::from_utf8(cell.value).unwrap())
        })
        .collect()
}

fn pair(key: &str, value: &str) -> (String, String) {
    (key.to_owned(), value.to_owned())
}

#[test]
fn markdown_columns_and_row_labels() {
    let text = "Intro\n\n| Host | User | Password |\n|:--|---|--:|\n| db1 | `ops` | 'first-cell' |\n| db2 | ops | **second-cell** |\n\nafter | the table\n";
    assert_eq!(
        cells("wiki/a.md", text),
        [pair("Password", "first-cell"), pair("Password", "second-cell")]
    );
    let labelled = "| Vendor | Item | Value |\n|---|---|---|\n| Twilio | Auth token | f1f160ec6094b72d |\n| Twilio | Region | us1 |\n";
    assert_eq!(cells("a.md", labelled), [pair("Auth token", "f1f160ec6094b72d")]);
    // A value under the password column that names a password manager labels nothing.
    let pointer = "| user | password | notes |\n|---|---|---|\n| ops | in 1Password | TC-400 |\n";
    assert_eq!(cells("a.md", pointer), []);
}

#[test]
fn gherkin_examples_name_their_columns_in_the_first_row() {
    let text = "  Scenario Outline: landing pages\n    When I log in as \"<user>\" with password \"<password>\"\n\n    Examples:\n      | user | password | page |\n      | dispatcher | first-cell | dispatch |\n      | accountant | second-cell | ledger |\n\n  Scenario: other\n      | page | title |\n      | ledger | third |\n";
    assert_eq!(
        cells("qa/features/access.feature", text),
        [pair("password", "first-cell"), pair("password", "second-cell")]
    );
}

#[test]
fn transfer_codes_communities_and_licence_keys_are_credentials() {
    let text = "domain,status,auth_code\nexample.eu,ok,Xq4-cell-one\n";
    assert_eq!(cells("codes.csv", text), [pair("auth_code", "Xq4-cell-one")]);
    let text = "site,ip,snmp_write_community\nJ1,10.0.0.1,cell-two-rw\n";
    assert_eq!(cells("sites.csv", text), [pair("snmp_write_community", "cell-two-rw")]);
    let text = "| client | licence key |\n|---|---|\n| acme | AAAAA-cell3 |\n";
    assert_eq!(cells("keys.md", text), [pair("licence key", "AAAAA-cell3")]);
}

#[test]
fn a_table_needs_its_delimiter_row() {
    assert!(cells("a.md", "| Password |\n| hunter2x |\n").is_empty());
    assert!(cells("a.md", "a | b\nc | d\n").is_empty());
}

#[test]
fn columns_about_a_credential_are_not_read() {
    let text = "| name | key_id | token_expires_at | password_hash | secret name |\n|---|---|---|---|---|\n| ci | AKIA1 | 2026-01-01 | 5f4dcc3b | prod-db |\n";
    assert!(cells("a.md", text).is_empty());
}

#[test]
fn password_columns_skip_digests() {
    let text = "id,email,password\n1,a@example.org,$2b$12$abcdefghijklmnopqrstuv\n2,b@example.org,5f4dcc3b5aa765d61d8327deb882cf99\n3,c@example.org,plain-text\n4,d@example.org,pbkdf2:sha256:260000$Qx8v$9f2c\n";
    assert_eq!(cells("users.csv", text), [pair("password", "plain-text")]);
}

#[test]
fn delimited_files_pick_their_separator() {
    let semicolons = "user;api key;note\nbot;\"k-1234567890\";\"a; b\"\n";
    assert_eq!(cells("x.csv", semicolons), [pair("api key", "k-1234567890")]);
    let tabs = "user\tclientSecret\nbot\tcs-0987654321\n";
    assert_eq!(cells("x.tsv", tabs), [pair("clientSecret", "cs-0987654321")]);
}

#[test]
fn html_header_row_and_labelled_identifiers() {
    let text = "<table class=\"t\"><tr><th>Vendor</th><th>Account</th><th>Key</th></tr>\n<tr><td>Twilio</td><td>Account SID</td><td>AC0123456789abcdef</td></tr>\n<tr><td>Mailgun</td><td>mg.example.org</td><td><code>key-0123456789</code></td></tr></table>";
    assert_eq!(cells("vendors.html", text), [pair("Key", "key-0123456789")]);
}

#[test]
fn html_without_a_header_still_reads_labelled_cells() {
    let text = "<table><tr><td>Wi-Fi password</td><td>Gu3st-Net-2024</td></tr></table>";
    assert_eq!(cells("a.htm", text), [pair("Wi-Fi password", "Gu3st-Net-2024")]);
}

#[test]
fn sql_inserts_with_and_without_column_lists() {
    let text = "CREATE TABLE IF NOT EXISTS `crm`.`integrations` (\n  `id` int,\n  `api_key` varchar(64),\n  PRIMARY KEY (`id`)\n);\nINSERT INTO `integrations` VALUES (1,'k-1111111111'),(2,'it''s-2222222');\nINSERT INTO settings (name, value) VALUES ('smtp_password', 'smtp-value'), ('timeout', '30');\n";
    assert_eq!(
        cells("dump.sql", text),
        [
            pair("api_key", "k-1111111111"),
            pair("api_key", "it''s-2222222"),
            pair("smtp_password", "smtp-value"),
        ]
    );
}

#[test]
fn sql_copy_rows_end_at_the_terminator() {
    let text = "COPY public.clients (id, client_secret) FROM stdin;\n1\tcs-aaaaaaaa\n\\.\n2\tcs-bbbbbbbb\nCOPY t (a) TO stdout;\n";
    assert_eq!(cells("dump.sql", text), [pair("client_secret", "cs-aaaaaaaa")]);
}

#[test]
fn rules_keys_take_their_columns_apart_from_credential_ones() {
    let text = "dev_eui;app_key;password\n70b3d57ed0001234;6f1c0e9a3b5d7f21c4e8a0b6d2f4c7e9;pw-0123456789\n";
    let keys = [regex_automata::meta::Regex::new("(?i)^app_?key$").unwrap()];
    let found: Vec<(String, bool)> = table_secret_cells("devices.csv", text.as_bytes(), &keys)
        .into_iter()
        .map(|cell| (cell.key, cell.credential))
        .collect();
    assert_eq!(found, [("app_key".to_owned(), false), ("password".to_owned(), true)]);
    // Without the rule's keys, only the credential column is read.
    // nhiscan:ignore[secret/generic-password] synthetic test value
    assert_eq!(cells("devices.csv", text), [pair("password", "pw-0123456789")]);
}

#[test]
fn label_words_split_every_naming_style() {
    assert_eq!(label_words("clientSecret"), ["client", "secret"]);
    assert_eq!(label_words("CLIENT_SECRET"), ["client", "secret"]);
    assert_eq!(label_words(" Client secret "), ["client", "secret"]);
    assert!(
        names_credential("DB password") && names_credential("apiKey") && names_credential("Key")
    );
    assert!(!names_credential("Password policy") && !names_credential("Keyboard layout"));
}

#[test]
fn headers_in_any_language_the_prose_rules_know_name_a_credential() {
    for header in ["Iphasiwedi", "Нууц үг", "Parol", "Passwuert", "ពាក្យសម្ងាត់", "پاس ورڈ"]
    {
        assert!(names_credential(header), "{header}");
    }
    for header in ["Parol hash", "Parol policy", "Umsebenzisi", "Тэмдэглэл"] {
        assert!(!names_credential(header), "{header}");
    }
}

proptest! {
    #[test]
    fn any_input_parses_without_panicking(text in "[|^=\\-:a-z'\"`(),;\\t\\n<>/ trdhable=\\\\.]{0,300}") {
        for path in ["a.md", "a.txt", "a.adoc", "a.html", "a.csv", "a.tsv", "a.sql", "a.fods", "a.muse", "a.prn", "a.8", "a.texi"] {
            for cell in table_secret_cells(path, text.as_bytes(), &[]) {
                prop_assert!(cell.span.end <= text.len());
            }
        }
    }

    #[test]
    fn any_text_sheet_parses_without_panicking(
        parts in proptest::collection::vec(prop_oneof![
            Just("C;"), Just("Y1;"), Just("X2;"), Just("K\"a\""), Just("Y"), Just("X"), Just("K"),
            Just("DATA\n"), Just("-1,0\n"), Just("BOT\n"), Just("1,0\n"), Just("0,7\n"),
            Just("\"Password\"\n"), Just("EOD\n"), Just("\n"), Just(";"), Just("@headitem "),
            Just("@item "), Just("@tab"), Just(".TS\n"), Just("tab(|);\n"), Just(".TE\n"), Just("|"),
        ], 0..60)
    ) {
        let text = parts.concat();
        for path in ["a.slk", "a.dif", "a.texi", "a.1", "a.prn", "a.muse"] {
            for cell in table_secret_cells(path, text.as_bytes(), &[]) {
                prop_assert!(cell.span.end <= text.len());
            }
        }
    }

    #[test]
    fn any_spreadsheet_parses_without_panicking(
        parts in proptest::collection::vec(prop_oneof![
            Just("<table:table "), Just("<table:table-row>"), Just("</table:table-row>"),
            Just("<table:table-cell>"), Just("<table:table-cell/>"), Just("</table:table-cell>"),
            Just("<text:p>"), Just("</text:p>"), Just("password"), Just("x-1"), Just(">"), Just("/"),
        ], 0..40)
    ) {
        let text = parts.concat();
        for cell in table_secret_cells("a.fods", text.as_bytes(), &[]) {
            prop_assert!(cell.span.end <= text.len());
        }
    }

    #[test]
    fn sql_keywords_in_any_order_parse(
        parts in proptest::collection::vec(prop_oneof![
            Just("CREATE TABLE t ("), Just("INSERT INTO t VALUES ("), Just("COPY t (a) FROM stdin;\n"),
            Just("'x',"), Just(")"), Just(";\n"), Just("\\.\n"), Just("password"),
        ], 0..30)
    ) {
        let text = parts.concat();
        let _ = table_secret_cells("dump.sql", text.as_bytes(), &[]);
    }
}

#[test]
fn textile_confluence_and_org_tables() {
    let textile =
        "h2. Logins\n\n|_. device |_. user |_. password |\n| NVR | admin | nvr-cell-1 |\n";
    // nhiscan:ignore[secret/generic-password] synthetic test value
    assert_eq!(cells("wiki/cams.textile", textile), [pair("password", "nvr-cell-1")]);
    let confluence = "||Host||User||Password||\n|db1|ops|conf-cell-1|\n";
    assert_eq!(cells("export/page.confluence", confluence), [pair("Password", "conf-cell-1")]);
    let org = "| host | password |\n|------+----------|\n| db1  | org-cell-1 |\n";
    // nhiscan:ignore[secret/generic-password] synthetic test value
    assert_eq!(cells("notes/hosts.org", org), [pair("password", "org-cell-1")]);
}

#[test]
fn wifi_keys_shared_keys_and_write_communities_name_credentials() {
    let text = "pdu,snmp_rw_community,Suite Wi-Fi key,AuthorizationKey,psk\np1,rw-cell-1,wifi-cell-1,auth-cell-1,psk-cell-1\n";
    assert_eq!(
        cells("dcim/pdus.csv", text),
        [
            pair("snmp_rw_community", "rw-cell-1"),
            pair("Suite Wi-Fi key", "wifi-cell-1"),
            pair("AuthorizationKey", "auth-cell-1"),
            // nhiscan:ignore[secret/generic-password] synthetic test value
            pair("psk", "psk-cell-1"),
        ]
    );
}

#[test]
fn dokuwiki_and_asciidoc_tables() {
    let dokuwiki =
        "====== IT ======\n^ System ^ User ^ Password ^\n| X-ray | xray | doku-cell-1 |\n\nafter\n";
    assert_eq!(cells("wiki/it.txt", dokuwiki), [pair("Password", "doku-cell-1")]);
    let asciidoc = "[cols=\"3*\"]\n|===\n|System |User |Password\n|X-ray |xray |adoc-cell-1\n|===\n| a | b | c |\n";
    assert_eq!(cells("wiki/it.adoc", asciidoc), [pair("Password", "adoc-cell-1")]);
    // cells one per line, rows apart by blank lines
    let one_per_line = "|===\n|device |user |password\n\n|gateway\n|admin\n|adoc-cell-2\n\n|NAS\n|backup\n|adoc-cell-3\n|===\n";
    assert_eq!(
        cells("wiki/runbook.adoc", one_per_line),
        [pair("password", "adoc-cell-2"), pair("password", "adoc-cell-3")] // nhiscan:ignore (test cells)
    );
}

#[test]
fn a_column_named_for_a_wifi_network_holds_its_key() {
    let text = "| Site | Barge Wi-Fi | Wi-Fi SSID |\n|---|---|---|\n| North | wifi-cell-1 | North-Barge |\n";
    assert_eq!(cells("wiki/sites.md", text), [pair("Barge Wi-Fi", "wifi-cell-1")]);
}

#[test]
fn a_note_right_after_the_login_column_is_read() {
    let text = "| device | model | login | note |\n|---|---|---|---|\n| printer | P 396 | service | Autumn2023. |\n| node | - | admin | see the vault |\n";
    assert_eq!(cells("wiki/devices.md", text), [pair("password", "Autumn2023.")]); // nhiscan:ignore (test cell)
    // A note that does not follow the login column is not read.
    let apart = "| login | host | note |\n|---|---|---|\n| service | db1 | Autumn2023. |\n";
    assert_eq!(cells("wiki/devices.md", apart), []);
}

#[test]
fn mediawiki_rst_grid_and_xml_tables() {
    let wiki = "{| class=\"wikitable\"\n|+ Devices\n! device !! login !! password\n|-\n| reader || service || Summer2025!\n|-\n| nvr\n| admin\n| Tq8vLm2Rx4\n|}\n";
    assert_eq!(
        cells("wiki/runbook.wiki", wiki),
        // nhiscan:ignore[secret/generic-password] synthetic test value
        [pair("password", "Summer2025!"), pair("password", "Tq8vLm2Rx4")]
    );
    let grid = "+--------+----------+\n| host   | password |\n+========+==========+\n| db1    | Kv7Tq2Lm |\n+--------+----------+\n| db2    | Rx4Wp9Zs |\n+--------+----------+\n";
    assert_eq!(
        cells("docs/hosts.rst", grid),
        // nhiscan:ignore[secret/generic-password] synthetic test value
        [pair("password", "Kv7Tq2Lm"), pair("password", "Rx4Wp9Zs")]
    );
    let xml = "<page><table><tbody><tr><th>host</th><th>password</th></tr><tr><td>db1</td><td>Kv7Tq2Lm</td></tr></tbody></table></page>";
    // nhiscan:ignore[secret/generic-password] synthetic test value
    assert_eq!(cells("export/page.xml", xml), [pair("password", "Kv7Tq2Lm")]);
    // nhiscan:ignore[secret/xml-secret-element] synthetic test value
    assert_eq!(cells("config/app.xml", "<config><password>Kv7Tq2Lm</password></config>"), []);
    // A value marked for copying is the text inside its code element.
    let coded = "{| class=\"wikitable\"\n! System !! User !! Kontraseña\n|-\n| till || ops || <code>code-cell-1</code>\n|}\n";
    assert_eq!(cells("wiki/till.wiki", coded), [pair("Kontraseña", "code-cell-1")]);
}

#[test]
fn password_columns_in_other_languages_and_a_second_login_column() {
    let textile = "|_. Gerät|_. user|_. Kennwort|\n|showroom iPad|admin|de-cell-1|\n";
    assert_eq!(cells("wiki/access.textile", textile), [pair("Kennwort", "de-cell-1")]);
    let second = "| device | user | login |\n|---|---|---|\n| encoder | admin | login-cell-1 |\n";
    assert_eq!(cells("wiki/ops.md", second), [pair("password", "login-cell-1")]); // nhiscan:ignore (test cell)
}

#[test]
fn spreadsheets_saved_as_xml_have_a_header_row() {
    let cell = |text: &str| {
        format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
        )
    };
    let row = |cells: &[&str]| {
        let cells: String = cells.iter().map(|text| cell(text)).collect::<Vec<_>>().join("\n  ");
        format!(" <table:table-row>\n  {cells}\n </table:table-row>\n")
    };
    let ods = format!(
        "<office:spreadsheet><table:table table:name=\"Devices\">\n{}{}{}</table:table>",
        row(&["Host", "Utilisateur", "Mot de passe"]),
        row(&["db1", "ops", "ods-cell-one"]),
        " <table:table-row><table:table-cell/><table:table-cell/>".to_owned()
            + &cell("ods-cell-two")
            + "</table:table-row>\n",
    );
    assert_eq!(
        cells("sheets/a.fods", &ods),
        [pair("Mot de passe", "ods-cell-one"), pair("Mot de passe", "ods-cell-two")]
    );
    let excel = "<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">\n<Worksheet><Table>\n<Row><Cell><Data ss:Type=\"String\">Device</Data></Cell><Cell><Data ss:Type=\"String\">Password</Data></Cell></Row>\n<Row>\n <Cell><Data ss:Type=\"String\">gw-1</Data></Cell>\n <Cell><Data ss:Type=\"String\">xml-cell-three</Data></Cell>\n</Row>\n</Table></Worksheet></Workbook>\n";
    assert_eq!(cells("sheets/a.xml", excel), [pair("Password", "xml-cell-three")]);
    // Another XML file with rows and cells is not a spreadsheet.
    assert_eq!(
        cells("a.xml", &excel.replace("urn:schemas-microsoft-com:office:spreadsheet", "x")),
        []
    );
}

#[test]
fn headers_with_accented_letters_name_their_credential() {
    let text = "Device\tUsuario\tContraseña\npsg-01\tadmin\tf2@ZkFH-cell-four\n";
    assert_eq!(cells("a.tsv", text), [pair("Contraseña", "f2@ZkFH-cell-four")]);
    let text = "urządzenie;hasło\nbrama;cell-five-Xq9\n";
    assert_eq!(cells("a.csv", text), [pair("hasło", "cell-five-Xq9")]);
}

#[test]
fn wiki_headers_marked_by_their_cells() {
    let trac = "== Devices ==\n||= Device =||= User =||= Password =||\n|| billing-1 || service || =kHg-cell-six ||\n";
    assert_eq!(cells("wiki/billing.txt", trac), [pair("= Password =", "=kHg-cell-six")]);
    let pmwiki = "||border=1\n||! Device ||! Password ||\n|| gps-1 || -Zone-cell-seven ||\n";
    assert_eq!(cells("wiki/gps.txt", pmwiki), [pair("! Password", "-Zone-cell-seven")]);
    // PmWiki's own page files are named Group.Page, without an extension
    assert_eq!(cells("wiki/pmwiki/Ops.GPStags", pmwiki), [pair("! Password", "-Zone-cell-seven")]);
    assert_eq!(cells("notes/Ops.GPStags", pmwiki), []);
    let creole = "|= Device |= User |= Password |\n| psg-1 | service | ?IzO-cell-eight |\n";
    assert_eq!(cells("wiki/portal.creole", creole), [pair("= Password", "?IzO-cell-eight")]);
    let foswiki = "---++ Laitteet\n| *Device* | *Salasana* |\n| aoi-2 | N0zz-cell-nine |\n";
    assert_eq!(cells("Ops/Runbook.txt", foswiki), [pair("Salasana", "N0zz-cell-nine")]);
    // A row with one bold cell among others is data, not a header.
    let bold = "| *note* | plain |\n| a | Xq-cell-ten |\n";
    assert_eq!(cells("a.txt", bold), []);
}

#[test]
fn password_headers_in_more_languages() {
    for header in
        ["Heslo", "Lösenord", "Adgangskode", "Jelszó", "Şifre", "Lozinka", "Geslo", "Parool"]
    {
        let text = format!("Device\tUser\t{header}\nlab-02\tadmin\tcell-{}-Zq9\n", header.len());
        assert_eq!(cells("a.tsv", &text).len(), 1, "{header}");
    }
}

#[test]
fn txt2tags_tiki_moin_and_wikka_tables() {
    let t2t = "|| Device | Host | password |\n| shelf | s1.lan | cell-one |\n";
    assert_eq!(cells("docs/run.t2t", t2t), [pair("password", "cell-one")]);
    let tiki = "||__Device__|__Host__|__password__\nPOS|p1.lan|cell-two\n||\n";
    assert_eq!(cells("wiki/run.tiki", tiki), [pair("__password__", "cell-two")]);
    let moin = "||'''Device'''||'''Host'''||'''jelszó'''||\n||kiosk||k1.lan||cell-three||\n";
    assert_eq!(cells("wiki/Run.moin", moin), [pair("jelszó", "cell-three")]);
    // PmWiki's attribute line is still no header
    assert_eq!(cells("wiki/a.txt", "||border=1\n||host||password||\n"), []);
}

#[test]
fn xlsx_worksheets_gnumeric_cells_and_sheets_json_ranges() {
    let xlsx = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\n<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Host</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Κωδικός</t></is></c></row>\n<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>h1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>cell-four</t></is></c></row>\n</sheetData></worksheet>";
    assert_eq!(cells("xl/worksheets/sheet1.xml", xlsx), [pair("Κωδικός", "cell-four")]);
    let gnumeric = "<gnm:Workbook xmlns:gnm=\"http://www.gnumeric.org/v10.dtd\"><gnm:Sheets><gnm:Sheet><gnm:Cells>\n<gnm:Cell Row=\"0\" Col=\"0\">Host</gnm:Cell>\n<gnm:Cell Row=\"0\" Col=\"2\">Password</gnm:Cell>\n<gnm:Cell Row=\"1\" Col=\"0\">h1</gnm:Cell>\n<gnm:Cell Row=\"1\" Col=\"2\">cell-five</gnm:Cell>\n</gnm:Cells></gnm:Sheet></gnm:Sheets></gnm:Workbook>";
    assert_eq!(cells("exports/inv.gnumeric.xml", gnumeric), [pair("Password", "cell-five")]);
    let sheets =
        "{\n  \"values\": [\n    [\"Host\", \"Password\"],\n    [\"h1\", \"cell-six\"]\n  ]\n}\n";
    assert_eq!(cells("exports/devices.json", sheets), [pair("Password", "cell-six")]);
    assert_eq!(cells("data/list.json", "{\"values\": [1, 2]}\n"), []);
}

#[test]
fn spreadsheets_exported_as_text() {
    let sylk = "ID;PWXL;N;E\nC;Y1;X1;K\"Host\"\nC;Y1;X2;K\"Password\"\nC;Y2;X1;K\"sg08\"\nC;X2;K\"Sylk-cell-1\"\n";
    assert_eq!(cells("sheets/devices.slk", sylk), [pair("Password", "Sylk-cell-1")]);
    let dif = "TABLE\n0,1\n\"\"\nDATA\n0,0\n\"\"\n-1,0\nBOT\n1,0\n\"Host\"\n1,0\n\"Kata sandi\"\n-1,0\nBOT\n1,0\n\"vm21\"\n1,0\n\"Dif-cell-2\"\n-1,0\nEOD\n";
    assert_eq!(cells("sheets/devices.dif", dif), [pair("Kata sandi", "Dif-cell-2")]);
    let prn = "Device                Host            Password\nfarm tablet           ft04.corp       Prn-cell-3\nsensor                ln29.corp       see vault\n";
    assert_eq!(cells("sheets/devices.prn", prn), [pair("Password", "Prn-cell-3")]);
}

#[test]
fn tables_of_documentation_formats() {
    let texinfo = "@multitable @columnfractions .5 .5\n@headitem Host @tab Password\n@item fg16 @tab Texi-cell-4\n@end multitable\n@item x @tab Not-a-cell\n";
    assert_eq!(cells("wiki/runbook.texi", texinfo), [pair("Password", "Texi-cell-4")]);
    let tbl = ".TS\ntab(|);\nl l.\nHost|Lozinka\ntc01|Tbl-cell-5\n.TE\nafter|Not-a-cell\n";
    assert_eq!(cells("man/man8/ops.8", tbl), [pair("Lozinka", "Tbl-cell-5")]);
    let muse = " Host || Heslo\n dt11 | =Muse-cell-6=\n\nplain | Not-a-cell\n";
    assert_eq!(cells("wiki/runbook.muse", muse), [pair("Heslo", "Muse-cell-6")]);
    let docbook = "<informaltable><tgroup cols=\"2\"><thead><row><entry>Host</entry><entry>Password</entry></row></thead><tbody><row><entry>sg24</entry><entry>Dbk-cell-7</entry></row></tbody></tgroup></informaltable>";
    assert_eq!(cells("wiki/runbook.dbk", docbook), [pair("Password", "Dbk-cell-7")]);
}

#[test]
fn a_sheet_saved_as_html_names_its_columns_in_td_cells() {
    let excel = "<table><tr><td>Device</td><td>Host</td><td>Heslo</td></tr><tr><td>NAS</td><td>ns09</td><td>Html-cell-8</td></tr></table>";
    assert_eq!(cells("sheets/devices.htm", excel), [pair("Heslo", "Html-cell-8")]);
    // a first row that labels its own value stays a label row
    let labels = "<table><tr><td>Password</td><td>Html-cell-9</td></tr></table>";
    assert_eq!(cells("page.html", labels), [pair("Password", "Html-cell-9")]);
}

#[test]
fn tables_written_as_lists_of_cells() {
    let sc = "# generated by sc\nleftstring A0 = \"host\"\nleftstring B0 = \"password\"\nleftstring A1 = \"gw1\"\nleftstring B1 = \"sc-cell-one\"\nlet A2 = 5\n";
    assert_eq!(cells("sheets/a.sc", sc), [pair("password", "sc-cell-one")]);
    let typst = "#table(\n  columns: (auto, 1fr),\n  [host], [password],\n  [gw[1]], [typ-cell-two],\n)\n[after] [the table]\n";
    assert_eq!(cells("wiki/a.typ", typst), [pair("password", "typ-cell-two")]);
    let myst = "```{list-table}\n:header-rows: 1\n\n* - host\n  - password\n* - gw1\n  - mystcell-three\n```\n\n- a list\n- after it\n";
    assert_eq!(cells("wiki/a.md", myst), [pair("password", "mystcell-three")]);
    let rst = ".. list-table:: Accounts\n   :header-rows: 1\n\n   * - host\n     - password\n   * - gw1\n     - rstcell-four\n";
    assert_eq!(cells("docs/a.rst", rst), [pair("password", "rstcell-four")]);
}

#[test]
fn pipe_separated_values_and_ikiwiki_tables() {
    let psv = "host|user|password|imei\ngw1|admin|psv-cell-one|\n";
    assert_eq!(cells("sheets/a.psv", psv), [pair("password", "psv-cell-one")]);
    let mdwn = "[[!meta title=\"x\"]]\n\ndevice | host | password\n--- | --- | ---\nsaw | gw1 | mdwn-cell-two\n";
    assert_eq!(cells("wiki/a.mdwn", mdwn), [pair("password", "mdwn-cell-two")]);
}

#[test]
fn mail_and_news_files_without_an_extension_are_read_for_pipe_tables() {
    let text = "Subject: access\n\n| Sisiteme | Mushumisi | Phasiwede |\n|---|---|---|\n| orders | khathu | lwamondo2024 |\n";
    let expected = [pair("Phasiwede", "lwamondo2024")];
    assert_eq!(cells("news/local/tvmarula/misc/3460", text), expected);
    assert_eq!(cells("mail/Maildir/cur/1717835459.M5P1.mx2,S=6448:2,S", text), expected);
    assert!(cells("src/lib.rs", text).is_empty());
}

#[test]
fn psql_results_mediawiki_exports_and_mdoc_column_lists() {
    let psql = "Hi,\n\nSystem          | User        | Password\n----------------+-------------+----------\ntea-packer      | ops         | cell-one\n\nthanks\n";
    assert_eq!(cells("mail/roaster.eml", psql), [pair("Password", "cell-one")]);
    // A row of dashes and pluses alone is no psql rule: it needs its header above.
    assert!(cells("mail/a.eml", "a\n---+---\nb | c | d\n").is_empty());
    let export = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\">\n<page><text>\n{| class=\"wikitable\"\n! System !! User !! Password\n|-\n| truck || svc || cell-two\n|}\n</text></page></mediawiki>\n";
    assert_eq!(cells("wiki/bulla-export.xml", export), [pair("Password", "cell-two")]);
    let mdoc = ".Sh ACCESS\n.Bl -column \"system\" \"user\" \"password\"\n.It stone-mill Ta ops Ta cell-three\n.El\n.Bl -column \"xx\" \"yy\"\n.It Sy Host Ta Sy Password\n.It db1 Ta Li cell-four\n.El\n.It after Ta the-list\n";
    assert_eq!(
        cells("docs/man/roaster.7", mdoc),
        [pair("password", "cell-three"), pair("Password", "cell-four")]
    );
}
