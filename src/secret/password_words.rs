//! The word for "password" in the languages offices write in, written once for every prose rule:
//! `(?&password_word)` in a pattern stands for [`PASSWORD_WORD_PATTERN`], and the same call in a
//! rule's `keywords` stands for [`PASSWORD_WORD_KEYWORDS`], so a rule that reads the word also
//! wakes on it.

use std::sync::OnceLock;

use regex_automata::meta::Regex;

/// The name rules write, in patterns and in keyword lists.
pub const PASSWORD_WORD_CALL: &str = "(?&password_word)";

/// An apostrophe or an ʻokina inside a word for password, typed (`'`, `’`, `‘`, `ʻ`) or
/// escaped as HTML exports write it (`&#x27;`, `&#39;`, `&apos;`: Google Docs, Stack Exchange).
macro_rules! apostrophe {
    () => {
        r"(?:\xCA\xBB|'|\xE2\x80\x98|\xE2\x80\x99|&\#x27;|&\#39;|&apos;)"
    };
}

/// The Latin-script words that `secret/generic-password` and
/// `secret/localized-password-assignment` read as names (`password: …`, `Kennwort = …`), as
/// alternatives to put inside `\b…\b`.
macro_rules! assigned_latin_password_words {
    () => {
        concat!(
        r"passwor[dt]|kennwort|wachtwoord|mot[ \t]de[ \t]passe|contrase(?:\xC3\xB1|n)a|senha",
        r"|salasana(?:si|n|nne)?|l(?:\xC3\xB6|o)senord(?:et)?|has(?:\xC5\x82|l)[ao]|passord(?:et)?",
        r"|adgangskoden?",
        )
    };
}

/// The other Latin-script words (with `\b` around what is ASCII), as a pattern without groups.
macro_rules! other_latin_password_words {
    () => {
        concat!(
        r"\b(?:passwuert|wachtwurd|wagwoord|contrasenya|contrasinal|senhal",
        // the English word as other languages spell it by ear: Plautdietsch Passwuat, Dogri
        // and Punjabi paasvard, Bislama paswod, Tok Pisin paswot
        // (a single o after w is the English and German word, which the assignment rules read)
        r"|(?:pa{1,2}s{1,2}(?:[vw](?:[au]|[aou]{2}|\xC3[\xA4\xB6\xBC])|vo)|paas{1,2}wo)r{0,2}[dt]",
        r"|jelszo|jelszav(?:a|ad|at|unk)|hesl(?:o|a|em)|gesl[ao]|lozink[aeiu]",
        // Romanian, Latvian, Turkish, Azerbaijani, Uzbek, Tajik and Turkmen forms: parola,
        // parolunuz, paroli, parolini, parolyny
        r"|parol(?:[aeiu]|un(?:uz)?|asi|an[iu]z|e|ini|y(?:ny|m|my)?)?|parooli?",
        r"|slapta(?:\xC5\xBE|z)od(?:is|i|\xC5\xBEio)|nenosiri|nywila|kata[ \t](?:laluan|sandi)",
        r"|tembung[ \t]sandi|m(?:\xE1\xBA\xADt|at)[ \t]kh(?:\xE1\xBA\xA9u|au)|sifre(?:niz|si|n|ye|yo)?",
        // Livonian salāzsõnā (and salāzsõnād), as typed without its marks too; Tagalog and
        // Filipino pasword (Persian ramz in Latin letters is left out: as a keyword, four
        // letters in any case, it woke every prose rule inside base64 and minified code)
        r"|sal(?:\xC4\x81|a)zs(?:\xC3\xB5|o)n(?:\xC4\x81|a)d?|paswor{1,2}[dt]",
        r"|lykilord|pasahitz(?:a|ak)?|cyfrinair|pasfhocal|fjalekalim[ie]?|kalmar[ \t]sirri",
        r"|iphasiwedi|igama[ \t]lokugqitha|pasvorto|modpas|okwuntughe|tenimiafin(?:a[a-z]{0,4})?",
        r"|kupuhipa|ijambobanga|facal-faire|ger-tremen|eray(?:ga)?[ \t]sir(?:ta)?|qupiya[ \t]soz",
        // Samoan upu faʻalilolilo (with its ʻokina, an apostrophe or none); Quechua pakasqa simi
        // with the suffixes it takes (simiykita, siminmi, simita)
        r"|upu[ \t]fa", apostrophe!(), r"?alilolilo|pakasqa[ \t]simi(?:[a-z]{1,6})?",
        // Yoruba ọ̀rọ̀ aṣínà, as written without its tone marks
        r"|oro[ \t]asina",
        // Tongan lea fakapulipuli; Kinyarwanda ijambo ry'ibanga
        r"|lea[ \t]fakapulipuli|ijambo[ \t]ry", apostrophe!(), r"?ibanga",
        // Turkmen açarsöz, açar söz, açar sözi, açar sözlem (a passphrase)
        r"|a(?:\xC3\xA7|c)ar[ \t]?s(?:\xC3\xB6|o)z(?:i|lem(?:i)?)?",
        // Tok Pisin paswot; Kabyle (w)awal uffir and tafyirt tuffirt (a passphrase); Greenlandic
        // isissutissaq; Javanese (tembung) sandhi; Esperanto pasfrazo (a passphrase); Xhosa
        // ibinzana eliyimfihlo (a passphrase)
        r"|paswot|w?awal[ \t]uffir|tafyirt[ \t]tuffirt|isissutissa(?:q|r)|sandhi|pasfrazo",
        r"|ibinzana[ \t]eliyimfihlo",
        // Swahili neno la siri; Sundanese kecap sandi; Hmong lo lus zais; Fijian vosa vuni;
        // Sesotho phasewete; Oromo jecha icciitii
        r"|neno[ \t]la[ \t]siri|kecap[ \t]sandi(?:na)?|lo[ \t]lus[ \t]zais|vosa[ \t]vuni|phasewete",
        r"|jech[ai][ \t]icciitii",
        // Papiamento kontraseña; Scots passwird; Romansh pled-clav; Sundanese frasa sandi and
        // Breton frazenn-dremen (a passphrase)
        r"|kontrase(?:\xC3\xB1|n)a|passwird|pled-clav|frasa[ \t]sandi|frazenn-dremen",
        // Ladino kontrasenya; Bislama paswod; Luganda ekigambo ky'ekyama; Hmong kab lus zais (a
        // passphrase)
        r"|kontrasenya|paswod|ekigambo[ \t]ky", apostrophe!(), r"?ekyama|kab[ \t]lus[ \t]zais",
        // Minangkabau kato sandi; Krio paspres (a passphrase); Yucatec Maya contraseñail (the
        // Spanish word with the possessive ending -il)
        r"|kato[ \t]sandi|paspres|contrase(?:\xC3\xB1|n)ail",
        // Venda phasiwede; Zhuang saekmaj; Limbu sapla tham; Ojibwe giimooj-ikidowin ("secret
        // word")
        r"|phasiwede|saekmaj|sapla[ \t]tham|giimooj-ikidowin",
        // Upper Sorbian hesło; Northern Sami beassansátni; Chichewa mawu achinsinsi
        r"|hes\xC5\x82[oa]|beassans(?:\xC3\xA1|a)tni|mawu[ \t]achinsinsi",
        // Igbo ahịrịokwu nzuzo (a passphrase: "secret sentence")
        r"|ah(?:\xE1\xBB\x8B|i)r(?:\xE1\xBB\x8B|i)okwu[ \t]nzuzo",
        // Igbo okwuntụghe with its dot below; Hawaiian huaʻōlelo huna and māmalaʻōlelo huna (a
        // passphrase), with the ʻokina and macrons or without
        r"|okwunt\xE1\xBB\xA5ghe",
        r"|(?:hua|m(?:\xC4\x81|a)mala)", apostrophe!(), r"?(?:\xC5\x8D|o)lelo[ \t]huna)\b",
        // Latin words that end with a letter that is not ASCII: no `\b` after them
        r"|\b(?:jelsz\xC3\xB3t?|slapta(?:\xC5\xBE|z)od\xC4\xAF|parol\xC4\x83|lykilor\xC3\xB0",
        r"|fjal\xC3\xABkalim[ie]?|loynior\xC3\xB0|salas\xC3\xB5na|qupiya[ \t]s\xC3\xB6z",
        // Taiwanese Hokkien bi̍t-bé (and bi̍t-bé-kù, a passphrase) in Pe̍h-ōe-jī, the i's
        // vertical line a combining U+030D
        r"|bi(?:\xCC\x8D)?t-b\xC3\xA9",
        // Krio paswɔd, its open o a letter that is not ASCII
        r"|pasw\xC9\x94d)",
        // Turkish, Azerbaijani and Kurdish şifre, şifrə, şîfre (a capital Ş is not ASCII either)
        r"|(?:\xC5\x9F|\xC5\x9E)(?:i|\xC3\xAE)fr(?:e|\xC9\x99)",
        // Yoruba ọ̀rọ̀ aṣínà with its marks (ọ is U+1ECD, the grave a combining U+0300)
        r"|(?:\xE1\xBB\x8C|\xE1\xBB\x8D)(?:\xCC\x80)?r(?:\xE1\xBB\x8D)(?:\xCC\x80)?[ \t]a(?:\xE1\xB9\xA3|s)(?:\xC3\xAD|i)n(?:\xC3\xA0|a)",
        )
    };
}

/// The word in the other scripts, which need no `\b`.
macro_rules! script_password_words {
    () => {
        concat!(
        // Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Tajik пароль / парола / парол;
        // Serbian and Macedonian лозинка; Kazakh құпия сөз; Kyrgyz сырсөз; Tatar серсүз; Mongolian
        r"(?:\xD0\x9F|\xD0\xBF)\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBB",
        r"|(?:\xD0\x9B|\xD0\xBB)\xD0\xBE\xD0\xB7\xD0\xB8\xD0\xBD\xD0\xBA",
        r"|(?:\xD2\x9A|\xD2\x9B)\xD2\xB1\xD0\xBF\xD0\xB8\xD1\x8F[ \t]?\xD1\x81\xD3\xA9\xD0\xB7",
        r"|(?:\xD0\xA1|\xD1\x81)\xD1\x8B\xD1\x80\xD1\x81\xD3\xA9\xD0\xB7",
        r"|(?:\xD0\xA1|\xD1\x81)\xD0\xB5\xD1\x80\xD1\x81\xD2\xAF\xD0\xB7",
        // Moksha салава вал ("secret word")
        r"|(?:\xD0\xA1|\xD1\x81)\xD0\xB0\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xB0[ \t]\xD0\xB2\xD0\xB0\xD0\xBB",
        r"|(?:\xD0\x9D|\xD0\xBD)\xD1\x83\xD1\x83\xD1\x86[ \t]\xD2\xAF\xD0\xB3",
        // Greek κωδικός (πρόσβασης) and συνθηματικό
        r"|(?:\xCE\xBA|\xCE\x9A)\xCF\x89\xCE\xB4\xCE\xB9\xCE\xBA",
        r"|(?:\xCF\x83|\xCE\xA3)\xCF\x85\xCE\xBD\xCE\xB8\xCE\xB7\xCE\xBC\xCE\xB1\xCF\x84\xCE\xB9\xCE\xBA",
        // Armenian գաղտնաբառ, Georgian პაროლი, Hebrew סיסמה
        r"|(?:\xD5\xA3|\xD4\xB3)\xD5\xA1\xD5\xB2\xD5\xBF\xD5\xB6\xD5\xA1\xD5\xA2\xD5\xA1\xD5\xBC",
        r"|\xE1\x83\x9E\xE1\x83\x90\xE1\x83\xA0\xE1\x83\x9D\xE1\x83\x9A",
        r"|\xD7\xA1\xD7\x99\xD7\xA1\xD7\x9E",
        // Arabic كلمة المرور / كلمة السر / كلمة مرور; Persian رمز (عبور), پسورد, گذرواژه, کلمه عبور;
        // Urdu پاس ورڈ, Sindhi پاسورڊ; Pashto پټنوم
        r"|\xD9\x83\xD9\x84\xD9\x85(?:\xD8\xA9|\xD9\x87)(?:[ \t]\xD8\xA7\xD9\x84)?[ \t]?(?:\xD9\x85\xD8\xB1\xD9\x88\xD8\xB1|\xD8\xB3\xD8\xB1)",
        r"|\xDA\xA9\xD9\x84\xD9\x85\xD9\x87[ \t]?\xD8\xB9\xD8\xA8\xD9\x88\xD8\xB1",
        r"|\xD8\xB1\xD9\x85\xD8\xB2(?:[ \t]?\xD8\xB9\xD8\xA8\xD9\x88\xD8\xB1)?|\xD9\xBE\xD8\xB3\xD9\x88\xD8\xB1\xD8\xAF",
        r"|\xDA\xAF\xD8\xB0\xD8\xB1\xD9\x88\xD8\xA7\xDA\x98\xD9\x87",
        r"|\xD9\xBE\xD8\xA7\xD8\xB3[ \t]?\xD9\x88\xD8\xB1\xDA(?:\x88|\x8A)",
        r"|\xD9\xBE\xD9\xBC\xD9\x86\xD9\x88\xD9\x85",
        // Sorani Kurdish وشەی نهێنی and پاسۆرد
        r"|\xD9\x88\xD8\xB4\xDB\x95\xDB\x8C[ \t]\xD9\x86\xD9\x87\xDB\x8E\xD9\x86\xDB\x8C",
        r"|\xD9\xBE\xD8\xA7\xD8\xB3\xDB\x86\xD8\xB1\xD8\xAF",
        // Uyghur پارول
        r"|\xD9\xBE\xD8\xA7\xD8\xB1\xD9\x88\xD9\x84",
        // Yiddish פּאַראָל, with its points or without; Dhivehi ޕާސްވޯޑް and ޕާސްފްރޭޒް (passphrase)
        r"|\xD7\xA4(?:\xD6\xBC)?\xD7\x90(?:\xD6\xB7)?\xD7\xA8\xD7\x90(?:\xD6\xB8)?\xD7\x9C",
        r"|\xDE\x95\xDE\xA7\xDE\x90\xDE\xB0(?:\xDE\x88\xDE\xAF\xDE\x91|\xDE\x8A\xDE\xB0\xDE\x83\xDE\xAD\xDE\x92)",
        // Tibetan གསང་ཚིག; Guarani ñe'ẽñemi (and ñe'ẽjoaju ñemi, a passphrase), with or without
        // its marks
        r"|\xE0\xBD\x82\xE0\xBD\xA6\xE0\xBD\x84\xE0\xBC\x8B\xE0\xBD\x9A\xE0\xBD\xB2\xE0\xBD\x82",
        r"|(?:\xC3\xB1|\xC3\x91|\bn)e", apostrophe!(), r"?(?:\xE1\xBA\xBD|e)(?:joaju[ \t])?(?:\xC3\xB1|n)emi\b",
        // Chechen къайлаха фраза (a passphrase: "secret phrase")
        r"|(?:\xD0\x9A|\xD0\xBA)\xD1\x8A\xD0\xB0\xD0\xB9\xD0\xBB\xD0\xB0\xD1\x85\xD0\xB0[ \t]\xD1\x84\xD1\x80\xD0\xB0\xD0\xB7\xD0\xB0",
        // Odia ପାସୱାର୍ଡ, ଗୁପ୍ତ ଶବ୍ଦ (secret word) and ପାସଫ୍ରେଜ୍ (a passphrase)
        r"|\xE0\xAC\xAA\xE0\xAC\xBE\xE0\xAC\xB8(?:\xE0\xAD\xB1\xE0\xAC\xBE\xE0\xAC\xB0\xE0\xAD\x8D\xE0\xAC\xA1|\xE0\xAC\xAB\xE0\xAD\x8D\xE0\xAC\xB0\xE0\xAD\x87\xE0\xAC\x9C)",
        r"|\xE0\xAC\x97\xE0\xAD\x81\xE0\xAC\xAA\xE0\xAD\x8D\xE0\xAC\xA4[ \t]\xE0\xAC\xB6\xE0\xAC\xAC\xE0\xAD\x8D\xE0\xAC\xA6",
        // Chuvash вӑрттӑн сӑмах (a passphrase: "secret word")
        r"|(?:\xD0\x92|\xD0\xB2)\xD3\x91\xD1\x80\xD1\x82\xD1\x82\xD3\x91\xD0\xBD[ \t]\xD1\x81\xD3\x91\xD0\xBC\xD0\xB0\xD1\x85",
        // Tuvan чажыт сөс ("secret word", сөзү with its ending); Maninka gundo kuma in N'Ko
        // (ߜߎ߲ߘߏ ߞߎߡߊ, "secret word")
        r"|(?:\xD0\xA7|\xD1\x87)\xD0\xB0\xD0\xB6\xD1\x8B\xD1\x82[ \t]\xD1\x81\xD3\xA9(?:\xD1\x81|\xD0\xB7)",
        r"|\xDF\x9C\xDF\x8E\xDF\xB2\xDF\x98\xDF\x8F[ \t]\xDF\x9E\xDF\x8E\xDF\xA1\xDF\x8A",
        // Limbu ᤛᤠᤸᤗᤠ ᤌᤠᤵ (sapla tham), Buginese ᨔᨉᨗ (sandi) in Lontara, Ojibwe ᑮᒨᐨ-ᐃᑭᑐᐎᓐ in
        // syllabics, Georgian and Mingrelian საიდუმლო სიტყვა ("secret word")
        r"|\xE1\xA4\x9B\xE1\xA4\xA0\xE1\xA4\xB8\xE1\xA4\x97\xE1\xA4\xA0[ \t]\xE1\xA4\x8C\xE1\xA4\xA0\xE1\xA4\xB5",
        r"|\xE1\xA8\x94\xE1\xA8\x89\xE1\xA8\x97",
        r"|\xE1\x91\xAE\xE1\x92\xA8\xE1\x90\xA8-\xE1\x90\x83\xE1\x91\xAD\xE1\x91\x90\xE1\x90\x8E\xE1\x93\x90",
        r"|\xE1\x83\xA1\xE1\x83\x90\xE1\x83\x98\xE1\x83\x93\xE1\x83\xA3\xE1\x83\x9B\xE1\x83\x9A\xE1\x83\x9D[ \t]\xE1\x83\xA1\xE1\x83\x98\xE1\x83\xA2\xE1\x83\xA7\xE1\x83\x95\xE1\x83\x90",
        // Tamasheq and Kabyle ⴰⵡⴰⵍ ⵓⴼⴼⵉⵔ ("hidden word") in Tifinagh
        r"|\xE2\xB4\xB0\xE2\xB5\xA1\xE2\xB4\xB0\xE2\xB5\x8D[ \t]\xE2\xB5\x93\xE2\xB4\xBC\xE2\xB4\xBC\xE2\xB5\x89\xE2\xB5\x94",
        // Assyrian Neo-Aramaic ܦܐܣܘܘܪܕ, in Syriac script
        r"|\xDC\xA6\xDC\x90\xDC\xA3\xDC\x98\xDC\x98\xDC\xAA\xDC\x95",
        // Assamese পাছৱৰ্ড and গোপন বাক্যাংশ (a passphrase)
        r"|\xE0\xA6\xAA\xE0\xA6\xBE\xE0\xA6\x9B\xE0\xA7\xB1\xE0\xA7\xB0\xE0\xA7\x8D\xE0\xA6\xA1",
        r"|\xE0\xA6\x97\xE0\xA7\x8B\xE0\xA6\xAA\xE0\xA6\xA8[ \t]\xE0\xA6\xAC\xE0\xA6\xBE\xE0\xA6\x95\xE0\xA7\x8D\xE0\xA6\xAF\xE0\xA6\xBE\xE0\xA6\x82\xE0\xA6\xB6",
        // Tatar серле җөмлә (a passphrase)
        r"|(?:\xD0\xA1|\xD1\x81)\xD0\xB5\xD1\x80\xD0\xBB\xD0\xB5[ \t]\xD2\x97\xD3\xA9\xD0\xBC\xD0\xBB\xD3\x99",
        // Devanagari पासवर्ड (Hindi, Marathi, Nepali), कूटशब्द, संकेतशब्द; Bengali পাসওয়ার্ড;
        // Gurmukhi ਪਾਸਵਰਡ; Gujarati પાસવર્ડ
        r"|\xE0\xA4\xAA\xE0\xA4\xBE\xE0\xA4\xB8\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xA1",
        r"|\xE0\xA4\x95\xE0\xA5\x82\xE0\xA4\x9F\xE0\xA4\xB6\xE0\xA4\xAC\xE0\xA5\x8D\xE0\xA4\xA6",
        r"|\xE0\xA4\xB8\xE0\xA4\x82\xE0\xA4\x95\xE0\xA5\x87\xE0\xA4\xA4\xE0\xA4\xB6\xE0\xA4\xAC\xE0\xA5\x8D\xE0\xA4\xA6",
        // Devanagari पासफ्रेज (passphrase)
        r"|\xE0\xA4\xAA\xE0\xA4\xBE\xE0\xA4\xB8\xE0\xA4\xAB\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x87\xE0\xA4\x9C",
        r"|\xE0\xA6\xAA\xE0\xA6\xBE\xE0\xA6\xB8\xE0\xA6\x93\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA6\xBE\xE0\xA6\xB0\xE0\xA7\x8D\xE0\xA6\xA1",
        r"|\xE0\xA8\xAA\xE0\xA8\xBE\xE0\xA8\xB8\xE0\xA8\xB5\xE0\xA8\xB0\xE0\xA8\xA1",
        r"|\xE0\xAA\xAA\xE0\xAA\xBE\xE0\xAA\xB8\xE0\xAA\xB5\xE0\xAA\xB0\xE0\xAB\x8D\xE0\xAA\xA1",
        // Tamil கடவுச்சொல்; Telugu పాస్వర్డ్, Kannada ಪಾಸ್ವರ್ಡ್ and Malayalam പാസ്വേഡ്, each with
        // or without a zero-width non-joiner; Sinhala මුරපදය
        r"|\xE0\xAE\x95\xE0\xAE\x9F\xE0\xAE\xB5\xE0\xAF\x81\xE0\xAE\x9A\xE0\xAF\x8D\xE0\xAE\x9A\xE0\xAF\x8A\xE0\xAE\xB2\xE0\xAF\x8D",
        r"|\xE0\xB0\xAA\xE0\xB0\xBE\xE0\xB0\xB8\xE0\xB1\x8D(?:\xE2\x80\x8C)?\xE0\xB0\xB5\xE0\xB0\xB0\xE0\xB1\x8D\xE0\xB0\xA1\xE0\xB1\x8D",
        r"|\xE0\xB2\xAA\xE0\xB2\xBE\xE0\xB2\xB8\xE0\xB3\x8D(?:\xE2\x80\x8C)?\xE0\xB2\xB5\xE0\xB2\xB0\xE0\xB3\x8D\xE0\xB2\xA1\xE0\xB3\x8D",
        r"|\xE0\xB4\xAA\xE0\xB4\xBE\xE0\xB4\xB8\xE0\xB5\x8D(?:\xE2\x80\x8C|\xE2\x80\x8D)?\xE0\xB4\xB5\xE0\xB5\x87\xE0\xB4\xA1\xE0\xB5\x8D",
        r"|\xE0\xB6\xB8\xE0\xB7\x94\xE0\xB6\xBB\xE0\xB6\xB4\xE0\xB6\xAF",
        // Thai รหัสผ่าน; Lao ລະຫັດຜ່ານ; Khmer ពាក្យសម្ងាត់; Burmese စကားဝှက်; Amharic (የ)ይለፍ ቃል
        r"|\xE0\xB8\xA3\xE0\xB8\xAB\xE0\xB8\xB1\xE0\xB8\xAA\xE0\xB8\x9C\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\x99",
        r"|\xE0\xBA\xA5\xE0\xBA\xB0\xE0\xBA\xAB\xE0\xBA\xB1\xE0\xBA\x94\xE0\xBA\x9C\xE0\xBB\x88\xE0\xBA\xB2\xE0\xBA\x99",
        r"|\xE1\x9E\x96\xE1\x9E\xB6\xE1\x9E\x80\xE1\x9F\x92\xE1\x9E\x99\xE1\x9E\x9F\xE1\x9E\x98\xE1\x9F\x92\xE1\x9E\x84\xE1\x9E\xB6\xE1\x9E\x8F\xE1\x9F\x8B",
        r"|\xE1\x80\x85\xE1\x80\x80\xE1\x80\xAC\xE1\x80\xB8\xE1\x80\x9D\xE1\x80\xBE\xE1\x80\x80\xE1\x80\xBA",
        r"|\xE1\x8B\xAD\xE1\x88\x88\xE1\x8D\x8D[ \t]\xE1\x89\x83\xE1\x88\x8D",
        // Tigrinya and Amharic ፓስዎርድ
        r"|\xE1\x8D\x93\xE1\x88\xB5\xE1\x8B\x8E\xE1\x88\xAD\xE1\x8B\xB5",
        // Chinese 密码 / 密碼 / 口令; Japanese パスワード; Korean 비밀번호, 비번, 암호
        r"|\xE5\xAF\x86\xE7\xA0\x81|\xE5\xAF\x86\xE7\xA2\xBC|\xE5\x8F\xA3\xE4\xBB\xA4",
        r"|\xE3\x83\x91\xE3\x82\xB9\xE3\x83\xAF\xE3\x83\xBC\xE3\x83\x89",
        r"|\xEB\xB9\x84\xEB\xB0\x80\xEB\xB2\x88\xED\x98\xB8|\xEB\xB9\x84\xEB\xB2\x88|\xEC\x95\x94\xED\x98\xB8",

        )
    };
}

/// What `(?&password_word)` stands for: the word in about seventy languages. Words in Latin
/// script sit inside `\b…\b`; the others sit outside it, since `\b` never matches next to a byte
/// that is not ASCII (so they also match with the case endings agglutinative languages add:
/// Georgian პაროლია, Thai รหัสผ่านชั่วคราว). Forms with and without diacritics are both written,
/// as chat often drops them. Case folds only for ASCII, so other scripts list both cases.
pub const PASSWORD_WORD_PATTERN: &str = concat!(
    r"(?:\b(?:",
    assigned_latin_password_words!(),
    r")\b|",
    other_latin_password_words!(),
    "|",
    script_password_words!(),
    ")"
);

/// What `(?&password_word_unassigned)` stands for: the word in the languages whose names no
/// assignment rule reads (`Iphasiwedi: …`, `Passwuert: …`, `পাসওয়ার্ড: …`), where a colon right
/// after it is prose; `password: …` and `Kennwort = …` are left to the assignment rules, which
/// know hashes and encrypted values.
pub const UNASSIGNED_PASSWORD_WORD_PATTERN: &str =
    concat!("(?:", other_latin_password_words!(), "|", script_password_words!(), ")");

/// The name rules write for [`UNASSIGNED_PASSWORD_WORD_PATTERN`].
pub const UNASSIGNED_PASSWORD_WORD_CALL: &str = "(?&password_word_unassigned)";

/// Literal text that every match of [`PASSWORD_WORD_PATTERN`] holds, which a rule's keyword list
/// takes in place of `(?&password_word)`: lower-case ASCII ignores case, other text matches as
/// written.
#[rustfmt::skip]
pub const PASSWORD_WORD_KEYWORDS: &[&str] = &[
    "passwor", "passwuert", "passord", "wachtwoord", "wachtwurd", "wagwoord", "kennwort",
    "de passe", "de\tpasse", "contrase", "contrasenya", "contrasinal", "senha", "jelsz", "salasan",
    "lösenord", "losenord", "hasł", "hasl", "hesl", "gesl", "lozink", "parol", "parool",
    "slaptažod", "slaptazod", "nenosiri", "nywila", "kata laluan", "kata sandi", "kata\tlaluan",
    "kata\tsandi", "tembung", "mật", "mat kh", "mat\tkh", "sifre", "lykilor", "pasahitz",
    "cyfrinair", "pasfhocal", "fjalekalim", "fjalëkalim", "kalmar", "iphasiwedi", "igama",
    "adgangskode", "pasvorto", "modpas", "okwuntughe", "tenimiafin", "kupuhipa", "ijambobanga",
    "facal-faire", "ger-tremen", "eray", "alilolilo", "pakasqa", "qupiya", "açars", "acars",
    "loynior", "salasõna", "fakapulipuli", "ijambo ry", "açar s", "acar s", "פּאַראָל", "פאראל",
    "ޕާސް", "གསང་ཚིག", "ñemi", "Ñemi", "ne'enemi", "серле", "Серле", "पासफ",
    "paswot", "awal uffir", "awal\tuffir", "tafyirt", "isissutissa", "sandhi", "pasfrazo",
    "ibinzana", "okwuntụghe", "lelo huna", "lelo\thuna", "ପାସ", "ଗୁପ୍ତ", "okwu nzuzo",
    "okwu\tnzuzo", "къайлаха", "Къайлаха",
    "neno la siri", "kecap sandi", "lus zais", "vosa vuni", "phasewete", "icciitii",
    "hesł", "beassans", "achinsinsi", "وشەی", "ⴰⵡⴰⵍ ⵓⴼⴼⵉⵔ", "ⴰⵡⴰⵍ\tⵓⴼⴼⵉⵔ", "phasiwede", "saekmaj", "sapla tham", "sapla\ttham", "giimooj-ikidowin",
    "ᤛᤠᤸᤗᤠ ᤌᤠᤵ", "ᤛᤠᤸᤗᤠ\tᤌᤠᤵ", "ᨔᨉᨗ", "ᑮᒨᐨ-ᐃᑭᑐᐎᓐ", "საიდუმლო სიტყვა", "საიდუმლო\tსიტყვა",
    "kontrase", "passwird", "pled-clav", "frasa sandi", "frasa\tsandi", "frazenn-dremen", "bi\u{30d}t-bé",
    "bit-bé", "вӑрттӑн", "Вӑрттӑн", "পাছৱ", "গোপন", "paswod", "ekigambo ky", "ܦܐܣܘ",
    "şifr", "Şifr", "şîfr", "Şîfr", "oro asina", "oro\tasina", "ọ̀rọ̀", "ọrọ", "Ọ̀rọ̀", "Ọrọ", "Парол", "парол", "Лозинк", "лозинк", "Құпия", "құпия",
    "Сырсөз", "сырсөз", "Серсүз", "серсүз", "Нууц", "нууц", "κωδικ", "Κωδικ", "συνθημ",
    "Συνθημ", "գաղտն", "Գաղտն", "პაროლ", "סיסמ", "كلم", "کلمه", "رمز", "پسورد", "گذرو", "پاس",
    "پټن", "پارول", "पासव", "कूटश", "संकेत", "পাসও", "ਪਾਸਵ", "પાસવ", "கடவு",
    "పాస్", "ಪಾಸ್", "പാസ്", "මුරප", "รหัสผ", "ລະຫັດ", "សម្ង", "ဝှက်", "ይለፍ", "ፓስዎርድ",
    "密码", "密碼", "口令", "パスワード", "비밀번호", "비번", "암호",
    "paasv", "paasw", "passv", "passw", "pasv", "pasw", "salāzs", "salazs",
    "салава", "Салава",
    "kato sandi", "kato\tsandi", "paspres", "pasw\u{254}d", "чажыт", "Чажыт", "ߜߎ߲ߘߏ",
];

/// [`PASSWORD_WORD_PATTERN`] compiled once, ignoring ASCII case, for code that asks whether a
/// label or a header names a password (compiled as rules are: over bytes, so `\xC4\xAF` is a
/// byte of UTF-8).
pub(super) fn password_word_regex() -> &'static Regex {
    static WORD: OnceLock<Regex> = OnceLock::new();
    WORD.get_or_init(|| {
        let pattern = format!("(?i){PASSWORD_WORD_PATTERN}");
        let hir = super::pattern::parse_pattern(&pattern).expect("the word list parses");
        Regex::builder().build_from_hir(&hir).expect("the word list compiles")
    })
}

/// A rule's keyword list with `(?&password_word)` replaced by [`PASSWORD_WORD_KEYWORDS`].
pub fn expand_keywords(keywords: &[String]) -> Vec<String> {
    let mut expanded = Vec::with_capacity(keywords.len());
    for keyword in keywords {
        if keyword == PASSWORD_WORD_CALL {
            expanded.extend(PASSWORD_WORD_KEYWORDS.iter().map(|word| word.to_string()));
        } else {
            expanded.push(keyword.clone());
        }
    }
    expanded
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word in each language, in a sentence's own case, that the pattern must find.
    #[rustfmt::skip]
    const SAMPLES: &[&str] = &[
        "ⴰⵡⴰⵍ ⵓⴼⴼⵉⵔ", "contraseñail", "parolyny", "phasiwede", "saekmaj", "sapla tham",
        "giimooj-ikidowin", "ᤛᤠᤸᤗᤠ ᤌᤠᤵ", "ᨔᨉᨗ", "ᑮᒨᐨ-ᐃᑭᑐᐎᓐ", "საიდუმლო სიტყვა",
        "Password", "passwort", "Passwuert", "passordet", "wachtwoord", "wachtwurd", "wagwoord",
        "Kennwort", "mot de passe", "contraseña", "contrasena", "contrasenya", "contrasinal",
        "senha", "senhal", "jelszó", "jelszót", "jelszavad", "salasanasi", "lösenord", "hasło",
        "heslo", "geslo", "lozinku", "parolă", "parolunuz", "parola", "parool", "slaptažodis",
        "slaptažodį", "nenosiri", "nywila", "kata laluan", "kata sandi", "tembung sandi",
        "mật khẩu", "mat khau", "şifreniz", "şifrə", "şîfre", "Şifre", "sifre", "lykilorð",
        "pasahitza", "cyfrinair", "pasfhocal", "fjalëkalimi", "fjalekalimi", "kalmar sirri",
        "iphasiwedi", "igama lokugqitha", "Ọ̀rọ̀ aṣínà", "ọ̀rọ̀ aṣínà", "oro asina", "parolini", "adgangskode", "pasvorto", "modpas", "okwuntughe",
        "tenimiafina", "tenimiafin'ny", "tenimiafinao", "kupuhipa", "ijambobanga", "facal-faire",
        "ger-tremen", "erayga sirta", "eray sir", "upu faʻalilolilo", "upu faalilolilo",
        "pakasqa simiykita", "pakasqa simi",
        "lea fakapulipuli", "ijambo ry'ibanga", "açar sözi", "açar sözlem", "פּאַראָל", "פאראל",
        "ޕާސްވޯޑް", "ޕާސްފްރޭޒް", "གསང་ཚིག", "ñe'ẽñemi", "ñe'ẽjoaju ñemi", "Ñe'ẽñemi", "серле җөмлә", "पासफ्रेज",
        "qupiya söz", "құпиясөзі", "açarsöz", "loyniorð", "salasõna", "Пароль", "пароля", "парола", "парол",
        "лозинка", "Лозинка", "құпия сөз", "сырсөз", "серсүз", "нууц үг", "κωδικός", "Κωδικός",
        "συνθηματικό", "գաղտնաբառ", "პაროლი", "პაროლია", "סיסמה", "סיסמא", "كلمة المرور", "رمز", "پسورد",
        "كلمة السر", "كلمة مرور", "کلمه عبور", "رمز عبور", "گذرواژه", "پاس ورڈ", "پاسورڈ", "پټنوم",
        "पासवर्ड", "कूटशब्द", "संकेतशब्द", "পাসওয়ার্ড", "ਪਾਸਵਰਡ", "પાસવર્ડ", "கடவுச்சொல்",
        "పాస్\u{200C}వర్డ్", "పాస్వర్డ్", "ಪಾಸ್\u{200C}ವರ್ಡ್", "ಪಾಸ್ವರ್ಡ್", "പാസ്\u{200C}വേഡ്",
        "പാസ്വേഡ്", "මුරපදය", "รหัสผ่านชั่วคราว", "ລະຫັດຜ່ານ", "ពាក្យសម្ងាត់", "စကားဝှက်",
        "የይለፍ ቃል", "ፓስዎርድ", "پارولى", "密码", "密碼", "口令", "パスワード", "비밀번호는", "비번", "암호",
        "Paswot", "awal uffir", "wawal uffir", "tafyirt tuffirt", "Okwuntụghe", "huaʻōlelo huna",
        "hua'olelo huna", "Māmalaʻōlelo huna", "isissutissaq", "Sandhi", "pasfrazo",
        "ibinzana eliyimfihlo", "ahịrịokwu nzuzo", "къайлаха фраза", "ପାସୱାର୍ଡ", "ଗୁପ୍ତ ଶବ୍ଦ",
        "ପାସଫ୍ରେଜ୍", "neno la siri", "kecap sandi", "lo lus zais", "vosa vuni", "phasewete",
        "jecha icciitii", "hesło", "Hesło", "beassansátni", "Mawu achinsinsi", "وشەی نهێنیی", "پاسۆرد",
        "ñe&#x27;ẽñemi", "ijambo ry&#39;ibanga", "hua&apos;ōlelo huna",
        "Kontraseña", "kontrasena", "passwird", "Pled-clav", "jechi icciitii", "Frasa sandi",
        "Frazenn-dremen", "kecap sandina", "bi\u{30d}t-bé", "Bi\u{30d}t-bé-kù", "вӑрттӑн сӑмах", "পাছৱৰ্ড",
        "গোপন বাক্যাংশ", "پاسورڊ", "Kontrasenya", "paswod", "Ekigambo ky'ekyama", "ekigambo ky’ekyama",
        "Kab lus zais", "ܦܐܣܘܘܪܕ",
    ];

    fn holds_a_keyword(text: &str) -> bool {
        PASSWORD_WORD_KEYWORDS.iter().any(|keyword| {
            match keyword.bytes().any(|b| b.is_ascii_uppercase()) {
                true => text.contains(keyword),
                false => text.to_ascii_lowercase().contains(keyword),
            }
        })
    }

    #[test]
    fn the_word_is_known_in_each_language_and_wakes_a_keyword() {
        let regex = password_word_regex();
        for word in SAMPLES {
            let text = format!("{word}: x");
            let found = regex.find(&text).unwrap_or_else(|| panic!("{word} not matched"));
            assert!(holds_a_keyword(&text[found.range()]), "{word}: no keyword");
        }
    }

    #[test]
    fn the_word_inside_other_words_is_not_matched() {
        let regex = password_word_regex();
        for text in ["passwordless x", "unparole x", "parolee x", "passwords x", "senhas"] {
            assert!(!regex.is_match(text), "{text}");
        }
    }

    #[test]
    fn the_unassigned_call_leaves_out_the_words_assignment_rules_read() {
        let pattern = format!("(?i){UNASSIGNED_PASSWORD_WORD_PATTERN}");
        let hir = super::super::pattern::parse_pattern(&pattern).unwrap();
        let regex = Regex::builder().build_from_hir(&hir).unwrap();
        for word in [
            "পাসওয়ার্ড",
            "пароль",
            "كلمة المرور",
            "密码",
            "Iphasiwedi",
            "Passwuert",
            "paroli",
            "Passwuat",
            "paasvard",
        ] {
            assert!(regex.is_match(word), "{word}");
        }
        for word in ["password", "Passwort", "contraseña", "Kennwort", "senha", "hasło"] {
            assert!(!regex.is_match(word), "{word}");
        }
    }

    #[test]
    fn the_call_in_a_keyword_list_becomes_the_words() {
        let keywords = expand_keywords(&["token".into(), PASSWORD_WORD_CALL.into()]);
        assert_eq!(keywords[0], "token");
        assert_eq!(keywords.len(), 1 + PASSWORD_WORD_KEYWORDS.len());
    }
}
