"""Phrasing in the ten working languages plus English: how people write "password", "token", "API key",
"passphrase" with a value (several patterns), questions and answers, rotations, revocations, negatives,
chatter, i18n strings and password-policy sentences. "§" marks the value."""

L = {}

L["or"] = {
    "name": "Odia", "digits": "୦୧୨୩୪୫୬୭୮୯",
    "pw_pats": ["ପାସୱାର୍ଡ: §", "ପାସୱାର୍ଡ ହେଉଛି §", "{sys} ପାସୱାର୍ଡ §", "ନୂଆ ପାସୱାର୍ଡ \"§\" ରଖିଛି", "ଲଗଇନ୍ ପାଇଁ ପାସୱାର୍ଡ - §",
                "ଗୁପ୍ତ ଶବ୍ଦ: §"],
    "next": "{sys} ପାସୱାର୍ଡ ତଳେ ଦେଉଛି:", "ask": "{sys} ର ପାସୱାର୍ଡ କଣ? ଭୁଲିଗଲି", "answer": ["§", "ଏଇଟା: §", "§ ଚେଷ୍ଟା କରନ୍ତୁ"],
    "tmp": "ଅସ୍ଥାୟୀ ପାସୱାର୍ଡ §, ପ୍ରଥମ ଲଗଇନ୍ ପରେ ବଦଳାନ୍ତୁ", "wifi": "ୱାଇଫାଇ ({ssid}) ପାସୱାର୍ଡ: §",
    "tok_pats": ["{sys} ଟୋକେନ୍: §", "API କି ହେଉଛି §", "ଏହି ଟୋକେନ୍ ବ୍ୟବହାର କରନ୍ତୁ §"],
    "rotated": "ପୁରୁଣା ପାସୱାର୍ଡ § ଥିଲା, ମୁଁ ବଦଳାଇ ଦେଇଛି।", "revoked": "ଏହି ଟୋକେନ୍ § ବାତିଲ କରିଦିଆଯାଇଛି, ଆଉ ଚାଲିବ ନାହିଁ।",
    "pin": "ଷ୍ଟୋର ରୁମ୍ ଦ୍ୱାର କୋଡ୍ §", "pp": "ବ୍ୟାକଅପ୍ ପାସଫ୍ରେଜ୍: §", "uri": "ଏହି ଲିଙ୍କରେ ସଂଯୋଗ କରନ୍ତୁ: §",
    "cli": "ଏହି କମାଣ୍ଡ ଚଲାନ୍ତୁ: §",
    "n_vault": "ପାସୱାର୍ଡ vault ରେ ଅଛି: §", "n_masked": "କି ର ଶେଷ ଅଂଶ ଦେଖାଉଛି: §", "n_placeholder": "ଫର୍ମରେ § ବଦଳରେ ନିଜ ଟୋକେନ୍ ଦିଅନ୍ତୁ",
    "n_env": "ଆପ୍ ଏହାକୁ § ରୁ ପଢ଼େ", "n_commit": "ଠିକ୍ କରିଦେଲି, କମିଟ୍ §", "n_req": "ସପୋର୍ଟ ଅନୁରୋଧ ID §",
    "n_sum": "ଫାଇଲ୍ ଚେକସମ୍ §", "n_fp": "ସର୍ଭର ହୋଷ୍ଟ କି ଫିଙ୍ଗରପ୍ରିଣ୍ଟ §",
    "dont": "ଦୟାକରି ଏଠାରେ ପାସୱାର୍ଡ ପୋଷ୍ଟ କରନ୍ତୁ ନାହିଁ।", "thanks": "ଧନ୍ୟବାଦ!", "ok": "ଠିକ୍ ଅଛି, ଚାଲିଲା।",
    "chatter": ["ଆଜି ଡେଲିଭରି ଟିକେ ଡେରି ହେବ।", "କାଲି ସକାଳେ ମିଟିଂ ଅଛି।", "ରୂପା ଷ୍ଟକ୍ ଗଣନା ସରିଗଲା।", "ପ୍ରିଣ୍ଟର ପୁଣି ଅଟକିଗଲା।",
                "ଠିକ୍ ଅଛି, ମୁଁ ଦେଖୁଛି।", "ଅପଡେଟ୍ ପରେ ଜଣାଇବି।"],
    "i18n": ["ଆପଣଙ୍କ ପାସୱାର୍ଡ ଦିଅନ୍ତୁ", "ପାସୱାର୍ଡ ଭୁଲିଗଲେ?", "ପାସୱାର୍ଡ ଦେଖାନ୍ତୁ", "API କି", "ପାସୱାର୍ଡ ଅତି କମରେ ୧୨ ଅକ୍ଷର ହେବା ଆବଶ୍ୟକ"],
    "policy": "ପାସୱାର୍ଡ ଅତି କମରେ ୧୨ ଅକ୍ଷରର ହେବା ଆବଶ୍ୟକ ଏବଂ ପ୍ରତି ୯୦ ଦିନରେ ବଦଳାଇବାକୁ ପଡ଼ିବ।",
}

L["kab"] = {
    "name": "Kabyle",
    "pw_pats": ["Awal uffir: §", "Awal uffir d §", "Awal uffir n {sys} §", "Sekcem \"§\" deg wawal uffir", "Iwakken ad tkecmeḍ: §",
                "Awal-nni uffir: §"],
    "next": "Atan wawal uffir n {sys}:", "ask": "Acu-t wawal uffir n {sys}? Ttuɣ-t", "answer": ["§", "Atan: §", "Ɛreḍ §"],
    "tmp": "Awal uffir askudan: §, beddel-it mi ara tkecmeḍ", "wifi": "Awal uffir n Wi-Fi ({ssid}): §",
    "tok_pats": ["Token n {sys}: §", "Tasarut API d §", "Seqdec token-agi: §"],
    "rotated": "Awal uffir aqdim d §, beddleɣ-t.", "revoked": "Token-agi § yettwakkes, ur yeddu ara tura.",
    "pin": "Tangalt n tewwurt n tḥanut: §", "pp": "Tafyirt tuffirt n backup: §", "uri": "Qqen s: §", "cli": "Selkem taladna-agi: §",
    "n_vault": "Awal uffir yella deg vault: §", "n_masked": "Tasarut tfukk s: §", "n_placeholder": "Err token-ik deg wadeg n §",
    "n_env": "Asnas yeqqar-it seg §", "n_commit": "Yettwaseggem deg commit §", "n_req": "Asuter n tallalt ID §",
    "n_sum": "Checksum n ufaylu: §", "n_fp": "Adsil n tsarut n uqeddac: §",
    "dont": "Ttxil-k, ur d-ttaru ara awalen uffiren dagi.", "thanks": "Tanemmirt!", "ok": "Ih, yeddad.",
    "chatter": ["Azekka ad d-awin tazart seg Beni Maouche.", "Asmekti: timlilit ass n ttlata.", "Tamacint n ufraz teḥbes tikkelt-nniḍen.",
                "Ih, ad walaɣ.", "Ad k-d-iniɣ mbeɛd.", "Tura yelha."],
    "i18n": ["Sekcem awal-ik uffir", "Tettuḍ awal uffir?", "Sken awal uffir", "Tasarut API", "Awal uffir ilaq ad yesɛu ma drus 12 n yisekkilen"],
    "policy": "Awal uffir ilaq ad yesɛu ma drus 12 n yisekkilen, ad yettwabeddel yal 90 n wussan.",
}

L["ig"] = {
    "name": "Igbo",
    "pw_pats": ["Okwuntụghe: §", "Okwuntụghe bụ §", "Okwuntụghe {sys} §", "Tinye \"§\" ka okwuntụghe", "Iji banye: §",
                "Okwuntụghe ọhụrụ bụ §"],
    "next": "Nke a bụ okwuntụghe {sys}:", "ask": "Gịnị bụ okwuntụghe {sys}? Echefuola m ya", "answer": ["§", "Ọ bụ §", "Nwaa §"],
    "tmp": "Okwuntụghe nwa oge: §, gbanwee ya mgbe ị banyere", "wifi": "Okwuntụghe Wi-Fi ({ssid}): §",
    "tok_pats": ["Token {sys}: §", "Igodo API bụ §", "Jiri token a: §"],
    "rotated": "Okwuntụghe ochie bụ §, agbanwere m ya.", "revoked": "E kagburu token a §, ọ naghịzi arụ ọrụ.",
    "pin": "Koodu ọnụ ụzọ ụlọ nkwakọba: §", "pp": "Ahịrịokwu nzuzo maka backup: §", "uri": "Jikọọ site na: §", "cli": "Gbaa iwu a: §",
    "n_vault": "Okwuntụghe dị na vault: §", "n_masked": "Igodo ahụ na-ejedebe na: §", "n_placeholder": "Dochie § na token gị",
    "n_env": "Ngwa ahụ na-agụ ya site na §", "n_commit": "Edozila ya na commit §", "n_req": "Nọmba arịrịọ nkwado §",
    "n_sum": "Checksum faịlụ: §", "n_fp": "Mkpịsị aka igodo sava: §",
    "dont": "Biko, etinyela okwuntụghe ebe a.", "thanks": "Daalụ!", "ok": "Ọ dị mma, ọ na-arụ ọrụ ugbu a.",
    "chatter": ["Kontena ahụ ga-abịa Onitsha echi.", "Anyị nwere nzukọ n'ụtụtụ.", "Ngwa ahịa okada ejupụtala ụlọ nkwakọba.", "Ọ dị mma, m ga-ele ya anya.",
                "Aga m agwa gị ma o mechaa.", "Printa ahụ akwụsịla ọzọ."],
    "i18n": ["Tinye okwuntụghe gị", "Chefuru okwuntụghe?", "Gosi okwuntụghe", "Igodo API", "Okwuntụghe ga-enwerịrị opekata mpe mkpụrụedemede 12"],
    "policy": "Okwuntụghe ga-enwerịrị opekata mpe mkpụrụedemede 12, a ga-agbanwekwa ya kwa ụbọchị 90.",
}

L["xh"] = {
    "name": "Xhosa",
    "pw_pats": ["Igama lokugqitha: §", "Iphasiwedi ngu-§", "Iphasiwedi ye-{sys} §", "Faka \"§\" njengegama lokugqitha",
                "Ukungena: §", "Igama lokugqitha elitsha ngu-§"],
    "next": "Nali igama lokugqitha le-{sys}:", "ask": "Yintoni iphasiwedi ye-{sys}? Ndiyilibele", "answer": ["§", "Ngu-§", "Zama §"],
    "tmp": "Igama lokugqitha lethutyana: §, litshintshe xa ungena", "wifi": "Iphasiwedi ye-Wi-Fi ({ssid}): §",
    "tok_pats": ["Ithokheni ye-{sys}: §", "Isitshixo se-API ngu-§", "Sebenzisa le thokheni: §"],
    "rotated": "Elidala yayingu-§, ndilitshintshile.", "revoked": "Le thokheni § icinyiwe, ayisasebenzi.",
    "pin": "Ikhowudi yomnyango wendawo yokugcina: §", "pp": "Ibinzana eliyimfihlo le-backup: §", "uri": "Qhagamshela nge: §",
    "cli": "Qhuba lo myalelo: §",
    "n_vault": "Iphasiwedi ikwi-vault: §", "n_masked": "Isitshixo siphela ngo: §", "n_placeholder": "Faka ithokheni yakho endaweni ye-§",
    "n_env": "I-app iyifunda ku-§", "n_commit": "Kulungisiwe kwi-commit §", "n_req": "Inombolo yesicelo senkxaso §",
    "n_sum": "I-checksum yefayile: §", "n_fp": "Umnwe wesitshixo seseva: §",
    "dont": "Nceda ungabhali amagama okugqitha apha.", "thanks": "Enkosi!", "ok": "Kulungile, iyasebenza ngoku.",
    "chatter": ["Ilori ye-OEM iza ngo-10 ngomso.", "Sinentlanganiso kusasa.", "Umatshini we-crimp umile kwakhona.", "Kulungile, ndiza kujonga.",
                "Ndiza kukuxelela kamva.", "Iimvula ziza kulibazisa ukuhanjiswa."],
    "i18n": ["Faka igama lakho lokugqitha", "Ulibalile igama lokugqitha?", "Bonisa igama lokugqitha", "Isitshixo se-API",
             "Igama lokugqitha kufuneka libe noonobumba abali-12 ubuncinane"],
    "policy": "Igama lokugqitha kufuneka libe noonobumba abali-12 ubuncinane kwaye litshintshwe rhoqo emva kweentsuku ezingama-90.",
}

L["tpi"] = {
    "name": "Tok Pisin",
    "pw_pats": ["Paswot: §", "Paswot em §", "Paswot bilong {sys} §", "Putim \"§\" olsem paswot", "Long login: §", "Nupela paswot em §"],
    "next": "Paswot bilong {sys} i stap daunbilo:", "ask": "Wanem paswot bilong {sys}? Mi lusim tingting", "answer": ["§", "Em §", "Traim §"],
    "tmp": "Paswot bilong sotpela taim: §, senisim taim yu login", "wifi": "Paswot bilong Wi-Fi ({ssid}): §",
    "tok_pats": ["Token bilong {sys}: §", "API ki em §", "Usim dispela token: §"],
    "rotated": "Olpela paswot em §, mi senisim pinis.", "revoked": "Mipela rausim pinis dispela token §, em i no wok nau.",
    "pin": "Kod bilong dua bilong stoa: §", "pp": "Paswot tok bilong backup: §", "uri": "Konekim long: §", "cli": "Ranim dispela komand: §",
    "n_vault": "Paswot i stap long vault: §", "n_masked": "Ki i pinis long: §", "n_placeholder": "Putim token bilong yu long ples bilong §",
    "n_env": "App i ridim long §", "n_commit": "Mi stretim pinis long commit §", "n_req": "Namba bilong sapot rikwes §",
    "n_sum": "Checksum bilong fail: §", "n_fp": "Fingaprin bilong ki bilong seva: §",
    "dont": "Plis, no ken putim paswot long hia.", "thanks": "Tenkyu tru!", "ok": "Orait, em i wok nau.",
    "chatter": ["Ren i bikpela long Lae tude.", "Mipela gat miting long moningtaim.", "Ol pukpuk pikinini i kamap long incubator namba 3.",
                "Orait, bai mi lukim.", "Bai mi tokim yu bihain.", "Printa i bagarap gen."],
    "i18n": ["Putim paswot bilong yu", "Yu lusim tingting long paswot?", "Soim paswot", "API ki", "Paswot i mas gat 12 leta o moa"],
    "policy": "Paswot i mas gat 12 leta o moa, na yu mas senisim long olgeta 90 de.",
}

L["haw"] = {
    "name": "Hawaiian",
    "pw_pats": ["Huaʻōlelo huna: §", "ʻO ka huaʻōlelo huna, §", "Huaʻōlelo huna o {sys} §", "E kikokiko i \"§\" no ka huaʻōlelo huna",
                "No ke komo ʻana: §", "ʻO § ka huaʻōlelo huna hou"],
    "next": "Eia ka huaʻōlelo huna o {sys}:", "ask": "He aha ka huaʻōlelo huna o {sys}? Ua poina iaʻu", "answer": ["§", "ʻO §", "E hoʻāʻo i §"],
    "tmp": "Huaʻōlelo huna manawa pōkole: §, e hoʻololi ma hope o ke komo ʻana", "wifi": "Huaʻōlelo huna Wi-Fi ({ssid}): §",
    "tok_pats": ["Token o {sys}: §", "ʻO ke kī API, §", "E hoʻohana i kēia token: §"],
    "rotated": "ʻO § ka huaʻōlelo huna kahiko, ua hoʻololi au.", "revoked": "Ua hoʻopau ʻia kēia token §, ʻaʻole hana hou.",
    "pin": "Helu puka o ka hale mālama: §", "pp": "Māmalaʻōlelo huna no ka backup: §", "uri": "E hoʻopili ma: §", "cli": "E holo i kēia kauoha: §",
    "n_vault": "Aia ka huaʻōlelo huna i ka vault: §", "n_masked": "Pau ke kī me: §", "n_placeholder": "E kau i kāu token ma kahi o §",
    "n_env": "Heluhelu ka polokalamu mai §", "n_commit": "Ua hoʻoponopono ʻia ma ka commit §", "n_req": "Helu noi kōkua §",
    "n_sum": "Checksum o ka waihona: §", "n_fp": "Manamana lima o ke kī kikowaena: §",
    "dont": "E ʻoluʻolu, mai kākau i nā huaʻōlelo huna ma ʻaneʻi.", "thanks": "Mahalo nui!", "ok": "Maikaʻi, ke hana nei i kēia manawa.",
    "chatter": ["Hiki mai ke kalo mai Waipiʻo ʻapōpō.", "He hālāwai kā kākou i ke kakahiaka.", "Ua paʻa hou ka mīkini wili.", "ʻAe, e nānā ana au.",
                "E haʻi aku au ma hope.", "Ua ua nui ma Hilo i kēia lā."],
    "i18n": ["E kikokiko i kou huaʻōlelo huna", "Ua poina ka huaʻōlelo huna?", "Hōʻike i ka huaʻōlelo huna", "Kī API",
             "Pono he 12 hua palapala ka liʻiliʻi o ka huaʻōlelo huna"],
    "policy": "Pono he 12 hua palapala ka liʻiliʻi o ka huaʻōlelo huna, a e hoʻololi ʻia i kēlā me kēia 90 lā.",
}

L["ce"] = {
    "name": "Chechen",
    "pw_pats": ["Пароль: §", "Пароль — §", "{sys} пароль §", "Пароль «§» ю", "ЧугӀо: §", "Керла ишар: §"],
    "next": "ХӀара ю {sys} пароль:", "ask": "{sys} пароль муьлха ю? Дицъелла суна", "answer": ["§", "ХӀара ю: §", "Хьажа §"],
    "tmp": "Ханна пароль: §, чувалийча хийца", "wifi": "Wi-Fi ({ssid}) пароль: §",
    "tok_pats": ["{sys} токен: §", "API-догӀа: §", "ХӀара токен лелае: §"],
    "rotated": "Шира пароль § яра, ас хийцина.", "revoked": "ХӀара токен § дӀаяьккхина, кхин болх бац.",
    "pin": "Склад чу воьду неӀаран код: §", "pp": "Backup-ан къайлаха фраза: §", "uri": "ХӀокхуьнца вова: §", "cli": "ХӀара команда дӀайоладе: §",
    "n_vault": "Пароль vault чохь ю: §", "n_masked": "ДогӀа чекхдолу: §", "n_placeholder": "§ метта хьайн токен язъе",
    "n_env": "Программа иза § чуьра ешар ю", "n_commit": "Нисдина commit § чохь", "n_req": "ГӀо дехаран номер §",
    "n_sum": "Файлан checksum: §", "n_fp": "Серверан догӀан отпечаток: §",
    "dont": "Дехар до, кхузахь пароль ма язъе.", "thanks": "Баркалла!", "ok": "Дика ду, хӀинца болх бо.",
    "chatter": ["Кхана турнир ю, дерриге а кийча хила деза.", "Ӏуьйранна гулам бу.", "Весаш таса мах хийцалуш бу.", "Дика ду, ас хьажа.",
                "ТӀаьхьо хаам бийр бу.", "Табло кхин а сецна."],
    "i18n": ["Язъе хьан пароль", "Пароль дицъелла?", "Пароль гайта", "API-догӀа", "Парольхь лаххара а 12 элп хила деза"],
    "policy": "Парольхь лаххара а 12 элп хила деза, 90 дийнахь цкъа хийца а деза.",
    "native_words": ["Борз", "Аргун", "Лоам", "Терк", "Нохчо"],
}

L["eo"] = {
    "name": "Esperanto",
    "pw_pats": ["Pasvorto: §", "La pasvorto estas §", "Pasvorto de {sys} §", "Tajpu \"§\" kiel pasvorton", "Por ensaluti: §",
                "La nova pasvorto estas §"],
    "next": "Jen la pasvorto de {sys}:", "ask": "Kio estas la pasvorto de {sys}? Mi forgesis ĝin", "answer": ["§", "Ĝi estas §", "Provu §"],
    "tmp": "Provizora pasvorto: §, ŝanĝu ĝin post la unua ensaluto", "wifi": "Wifi-pasvorto ({ssid}): §",
    "tok_pats": ["Ĵetono de {sys}: §", "La API-ŝlosilo estas §", "Uzu ĉi tiun ĵetonon: §"],
    "rotated": "La malnova pasvorto estis §, mi ŝanĝis ĝin.", "revoked": "Tiu ĵetono § estas nuligita, ĝi ne plu funkcias.",
    "pin": "Pordokodo de la gastejo: §", "pp": "Pasfrazo de la sekurkopio: §", "uri": "Konektu per: §", "cli": "Rulu ĉi tiun komandon: §",
    "n_vault": "La pasvorto estas en la trezorejo (vault): §", "n_masked": "La ŝlosilo finiĝas per: §", "n_placeholder": "Anstataŭigu § per via ĵetono",
    "n_env": "La aplikaĵo legas ĝin el §", "n_commit": "Riparita en commit §", "n_req": "Numero de helppeto §",
    "n_sum": "Kontrolsumo de la dosiero: §", "n_fp": "Fingrospuro de la servila ŝlosilo: §",
    "dont": "Bonvolu ne afiŝi pasvortojn ĉi tie.", "thanks": "Dankon!", "ok": "Bone, nun ĝi funkcias.",
    "chatter": ["Venos tri novaj gastigantoj el Brazilo.", "Ni havas kunvenon morgaŭ matene.", "La mapo denove malrapidas.", "Bone, mi kontrolos.",
                "Mi informos vin poste.", "La retpoŝta listo estas ĝisdatigita."],
    "i18n": ["Entajpu vian pasvorton", "Ĉu vi forgesis vian pasvorton?", "Montri pasvorton", "API-ŝlosilo",
             "La pasvorto devas havi almenaŭ 12 signojn"],
    "policy": "La pasvorto devas havi almenaŭ 12 signojn kaj esti ŝanĝita ĉiujn 90 tagojn.",
}

L["kl"] = {
    "name": "Greenlandic",
    "pw_pats": ["Isissutissaq: §", "Isissutissaq §", "{sys}-mut isissutissaq §", "\"§\" isissutissatut allaguk", "Iserniarlutit: §",
                "Isissutissaq nutaaq: §"],
    "next": "{sys}-mut isissutissaq una:", "ask": "{sys}-p isissutissaa sunaava? Puiorpara", "answer": ["§", "Una: §", "Misiliguk §"],
    "tmp": "Isissutissaq piffissami killilimmi: §, iserunnerit taarseruk", "wifi": "Wi-Fi-p ({ssid}) isissutissaa: §",
    "tok_pats": ["{sys} token: §", "API-mut isissutissaq: §", "Token una atoruk: §"],
    "rotated": "Isissutissaq utoqqaq § ujuuvoq, taarserpara.", "revoked": "Token una § atorunnaarsinneqarpoq.",
    "pin": "Qimmit illuata matuata normua: §", "pp": "Backup-imut isissutissaq takisooq: §", "uri": "Uunga attaveqarit: §",
    "cli": "Inerisaaneq una aallartiguk: §",
    "n_vault": "Isissutissaq vault-imiippoq: §", "n_masked": "Isissutissap naggataa: §", "n_placeholder": "§ token-innik taarseruk",
    "n_env": "Programmi § -mit atuartarpoq", "n_commit": "Aaqqiivigineqarpoq commit §", "n_req": "Ikiorneqarnissamut qinnutip normua §",
    "n_sum": "Filip checksum-ia: §", "n_fp": "Serverip isissutissaata kinaassusersiutaa: §",
    "dont": "Qinnuigaassi, isissutissanik maani allannginniarisi.", "thanks": "Qujanaq!", "ok": "Ajunngilaq, maanna atorsinnaavoq.",
    "chatter": ["Aqagu takornariat arfinillit tikissapput.", "Ullaakkut ataatsimiittoqassaaq.", "Qimmit nerisassaat ikittunnguupput.", "Ajunngilaq, misissussavara.",
                "Kingusinnerusukkut ilisimatissavakkit.", "Sila ajorpoq, angalaneq kinguartinneqarpoq."],
    "i18n": ["Isissutissat allaguk", "Isissutissat puiorpiuk?", "Isissutissaq takutiguk", "API-mut isissutissaq",
             "Isissutissaq minnerpaamik 12-inik naqinnertaqassaaq"],
    "policy": "Isissutissaq minnerpaamik 12-inik naqinnertaqassaaq, ulluni 90-ini tamani taarserneqartassalluni.",
}

L["jv"] = {
    "name": "Javanese",
    "pw_pats": ["Tembung sandhi: §", "Sandhiné §", "Sandhi {sys} §", "Lebokna \"§\" minangka tembung sandhi", "Kanggo mlebu: §",
                "Tembung sandhi anyar §"],
    "next": "Iki tembung sandhi {sys}:", "ask": "Sandhi {sys} apa ya? Aku lali", "answer": ["§", "Iki: §", "Jajal §"],
    "tmp": "Sandhi sauntara: §, gantinen sawise mlebu", "wifi": "Sandhi Wi-Fi ({ssid}): §",
    "tok_pats": ["Token {sys}: §", "Kunci API-né §", "Nganggo token iki: §"],
    "rotated": "Sandhi lawas §, wis tak ganti.", "revoked": "Token iki § wis dicabut, ora bisa dienggo maneh.",
    "pin": "Kode lawang gudang: §", "pp": "Frasa sandhi kanggo backup: §", "uri": "Sambungna nganggo: §", "cli": "Jalanké prentah iki: §",
    "n_vault": "Sandhiné ana ing vault: §", "n_masked": "Kunciné pungkasané: §", "n_placeholder": "Ganti § nganggo token panjenengan",
    "n_env": "Aplikasiné maca saka §", "n_commit": "Wis dibenakaké ing commit §", "n_req": "Nomer panjaluk bantuan §",
    "n_sum": "Checksum berkas: §", "n_fp": "Sidik driji kunci server: §",
    "dont": "Tulung aja nulis sandhi ing kéné.", "thanks": "Matur nuwun!", "ok": "Oke, saiki wis mlaku.",
    "chatter": ["Kedelé saka Klaten teka sesuk.", "Ésuk ana rapat.", "Ruang fermentasi 2 rada panas.", "Oke, tak delok.",
                "Mengko tak kabari.", "Printer macet manèh."],
    "i18n": ["Lebokna tembung sandhi panjenengan", "Lali tembung sandhi?", "Tampilaké tembung sandhi", "Kunci API",
             "Tembung sandhi kudu paling ora 12 aksara"],
    "policy": "Tembung sandhi kudu paling ora 12 aksara lan diganti saben 90 dina.",
}

L["en"] = {
    "name": "English",
    "pw_pats": ["password: §", "the password is §", "{sys} password §", "use \"§\" as the password", "login for now: §", "new password is §"],
    "next": "{sys} password on the next line:", "ask": "what's the {sys} password again? I lost it", "answer": ["§", "it's §", "try §"],
    "tmp": "temporary password §, change it after the first login", "wifi": "Wi-Fi ({ssid}) password: §",
    "tok_pats": ["{sys} token: §", "the API key is §", "use this token: §"],
    "rotated": "old password was §, I changed it this morning.", "revoked": "revoked this token §, it no longer works.",
    "pin": "store room door code §", "pp": "backup passphrase: §", "uri": "connect with §", "cli": "run this: §",
    "n_vault": "password is in the vault: §", "n_masked": "the key ends with §", "n_placeholder": "replace § with your own token",
    "n_env": "the app reads it from §", "n_commit": "fixed in commit §", "n_req": "support request ID §",
    "n_sum": "file checksum §", "n_fp": "server host key fingerprint §",
    "dont": "please don't paste passwords in here.", "thanks": "thanks!", "ok": "ok, works now.",
    "chatter": ["shipment is late again.", "standup moved to 9:30 tomorrow.", "the label printer jammed again.", "ok, looking.",
                "will report back after lunch.", "updated the runbook."],
    "i18n": ["Enter your password", "Forgot your password?", "Show password", "API key", "Password must be at least 12 characters"],
    "policy": "Passwords must be at least 12 characters long and are rotated every 90 days.",
}

LANGS = ["or", "kab", "ig", "xh", "tpi", "haw", "ce", "eo", "kl", "jv"]


def native_digits(lang, s):
    d = L[lang].get("digits")
    if not d:
        return s
    return "".join(d[int(c)] if c.isdigit() else c for c in s)
