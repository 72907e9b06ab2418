//! Shapes of value that many rules judge alike, written once: a word (`(?&word)` inside an
//! `allow` pattern), the value a prose rule reads (`(?&prose_value)` inside a pattern), the names
//! code passes where a literal password would go (`allow_shapes`), and passphrases of joined
//! words, which rules that opt in report over their allow patterns.

use serde::Deserialize;

use super::password_words::{
    PASSWORD_WORD_CALL, PASSWORD_WORD_PATTERN, UNASSIGNED_PASSWORD_WORD_CALL,
    UNASSIGNED_PASSWORD_WORD_PATTERN,
};

/// What `(?&word)` stands for in an allow pattern: one word of at most three case runs
/// (`MacDonald`, `HTTPServer`, `CONSTANT`), each lower-case run with a vowel. Random letters
/// switch case more often (`fWjIusoNYxDq`) or have a vowelless run (`Kiosk-ycMKNm`, `VmbMnxxk`).
const WORD: &str = "(?:[A-Z]+|[A-Z]?[a-z]*[aeiouy][a-z]*){1,3}";

/// The name rules write for [`WORD`]: PCRE's syntax for calling a named group, which the regex
/// crate refuses, so it never clashes with a pattern of its own.
const WORD_CALL: &str = "(?&word)";

/// What `(?&prose_value)` stands for in a rule's pattern: the value a sentence gives after the
/// words that name it, perhaps in `<code>`, `<b>` or LaTeX's `\texttt{…}` and quotes (escaped
/// in a JSON string, `\"`, or doubled in a CSV field, `""`), without
/// the sentence's closing punctuation (or the closing brace). It holds the rule's `quote` and
/// `secret` groups. It does not open with a bracket: "password (…) is" goes on to the value after
/// the aside, which a value that took the aside would hide. A full-width form (`：`, `（`,
/// U+FF00–FFEF, lead byte 0xEF) ends it: Chinese and Japanese text needs no space after it.
const PROSE_VALUE_PATTERN: &str = r#"(?:<(?:code|kbd|tt|samp|b|strong)>|\\texttt\{)?(?P<quote>\\?["'`]|"")?(?P<secret>[^\s"'`<>\\(\[{\xEF][^\s"'`<>\\\xEF]{4,125}[^\s"'`<>\\.,;:)}\xEF])"#;

/// The name rules write for [`PROSE_VALUE_PATTERN`], in the same call syntax as `(?&word)`.
const PROSE_VALUE_CALL: &str = "(?&prose_value)";

/// One character of a generated password: ASCII letters, digits and symbols, or a Latin letter
/// with a diacritic (U+00C0–U+027F but × and ÷).
macro_rules! password_char {
    () => {
        r"(?:[A-Za-z0-9._+=@#$%^&*~?!-]|\xC3[\x80-\x96\x98-\xB6\xB8-\xBF]|[\xC4-\xC9][\x80-\xBF])"
    };
}

/// The last character of a generated password: any `password_char!` but a sentence's `.`.
macro_rules! password_last_char {
    () => {
        r"(?:[A-Za-z0-9_+=@#$%^&*~?!-]|\xC3[\x80-\x96\x98-\xB6\xB8-\xBF]|[\xC4-\xC9][\x80-\xBF])"
    };
}

/// What `(?&generated_password)` stands for: a word of a generated password's shape, one with
/// a symbol somewhere (which [`GENERATED_PASSWORD`] then asks to mix capitals, small letters
/// and digits too), without a sentence's closing stop or comma; Latin letters with diacritics count
/// as letters (`Xunáan9885!`). A `+` after a character counts too; the allow shape then keeps
/// only a word that ends in it or mixes it with `-` or `_` (base64 has the one, base64url the
/// others). It holds the `secret` group.
/// Unbounded repeats keep the automaton small (bounded ones on both sides of the symbol multiply
/// its states); the allow shape bounds the length.
const GENERATED_PASSWORD_PATTERN: &str = concat!(
    "(?P<secret>",
    password_char!(),
    r"*(?:[!@#$%^&*~?]|",
    password_char!(),
    r"\+)(?:",
    password_char!(),
    "*",
    password_last_char!(),
    ")?)"
);

/// The name rules write for [`GENERATED_PASSWORD_PATTERN`].
const GENERATED_PASSWORD_CALL: &str = "(?&generated_password)";

/// What `(?&script_letter)` stands for: one character outside ASCII that is not a digit of its
/// script (Arabic-Indic, Extended Arabic-Indic, or one of the Indic scripts' digits). A word of
/// such letters alone is a label or a sentence's word; with the script's digits it may be a
/// password (`حلوہ۸۰۴`, `मंदिर२०२४`).
const SCRIPT_LETTER: &str = r"(?:[\xC2-\xD8\xDA\xDC-\xDF][\x80-\xBF]|\xD9[\x80-\x9F\xAA-\xBF]|\xDB[\x80-\xAF\xBA-\xBF]|\xE0(?:[\xA5\xA7\xA9\xAB\xAD\xAF\xB1\xB3\xB5][\x80-\xA5\xB0-\xBF]|[\xA0-\xA4\xA6\xA8\xAA\xAC\xAE\xB0\xB2\xB4\xB6-\xBF][\x80-\xBF])|[\xE1-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3})";

/// The name rules write for [`SCRIPT_LETTER`].
const SCRIPT_LETTER_CALL: &str = "(?&script_letter)";

/// What `(?&any_digit)` stands for: an ASCII digit or a decimal digit of another script, as
/// people type codes and PINs in their own script (Arabic-Indic, N'Ko, the Indic scripts, Thai,
/// Lao, Tibetan, Myanmar, Khmer, Mongolian, Limbu, New Tai Lue, Tai Tham, Balinese, Sundanese,
/// Lepcha, Ol Chiki, Vai, Javanese, Meetei Mayek, Chakma, Adlam, full-width: `᭓᭒᭘᭕`, `᥏᥎᥈᥎`,
/// `５６７６`).
const ANY_DIGIT: &str = r"(?:[0-9]|\xD9[\xA0-\xA9]|\xDB[\xB0-\xB9]|\xDF[\x80-\x89]|\xE0[\xA5\xA7\xA9\xAB\xAD\xAF\xB1\xB3\xB5][\xA6-\xAF]|\xE0[\xB9\xBB][\x90-\x99]|\xE0\xBC[\xA0-\xA9]|\xE1\x81[\x80-\x89]|\xE1\x9F[\xA0-\xA9]|\xE1\xA0[\x90-\x99]|\xE1\xA5[\x86-\x8F]|\xE1\xA7[\x90-\x99]|\xE1\xAA[\x80-\x89\x90-\x99]|\xE1\xAD[\x90-\x99]|\xE1\xAE[\xB0-\xB9]|\xE1\xB1[\x80-\x89\x90-\x99]|\xEA\x98[\xA0-\xA9]|\xEA\xA7[\x90-\x99]|\xEA\xAF[\xB0-\xB9]|\xEF\xBC[\x90-\x99]|\xF0\x91\x84[\xB6-\xBF]|\xF0\x9E\xA5[\x90-\x99])";

/// The name rules write for [`ANY_DIGIT`].
const ANY_DIGIT_CALL: &str = "(?&any_digit)";

/// What `(?&command_start)` stands for: where a command's name may start, at a word boundary or
/// right after an escaped line break or tab (`…:\ncurl -u …` inside a JSON string, where the `n`
/// of the escape takes the boundary away). A rule that uses it needs a window that starts at
/// least two bytes before its keyword.
const COMMAND_START: &str = r"(?:\\[nrt]|\b)";

/// The name rules write for [`COMMAND_START`].
const COMMAND_START_CALL: &str = "(?&command_start)";

/// A pattern with every `(?&word)`, `(?&prose_value)`, `(?&generated_password)`,
/// `(?&script_letter)`, `(?&any_digit)`, `(?&command_start)`, `(?&password_word)` and
/// `(?&password_word_unassigned)` written out.
pub fn expand_calls(pattern: &str) -> String {
    pattern
        .replace(WORD_CALL, WORD)
        .replace(SCRIPT_LETTER_CALL, SCRIPT_LETTER)
        .replace(ANY_DIGIT_CALL, ANY_DIGIT)
        .replace(COMMAND_START_CALL, COMMAND_START)
        .replace(PROSE_VALUE_CALL, PROSE_VALUE_PATTERN)
        .replace(GENERATED_PASSWORD_CALL, GENERATED_PASSWORD_PATTERN)
        .replace(PASSWORD_WORD_CALL, PASSWORD_WORD_PATTERN)
        .replace(UNASSIGNED_PASSWORD_WORD_CALL, UNASSIGNED_PASSWORD_WORD_PATTERN)
}

/// A rule's allow patterns: its own, with `(?&word)` written out, then its shapes' lists.
pub fn allow_patterns(written: &[String], shapes: &[AllowShape]) -> Vec<String> {
    let own = written.iter().map(|pattern| expand_calls(pattern));
    let shared =
        shapes.iter().flat_map(|shape| shape.patterns()).map(|pattern| expand_calls(pattern));
    own.chain(shared).collect()
}

/// A named list of allow patterns a rule takes whole (`allow_shapes = ["code-argument"]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AllowShape {
    /// What code passes where a literal password would go when it is not one: a variable,
    /// attribute or dotted path (`self.config.password`, `cfg.db.pass`), a CONSTANT_NAME, a plain
    /// word, or a value that says it is not real (`dummy`, `P@ssw0rd`). Dotted words that read as
    /// a passphrase stay reportable (see the comments on each pattern).
    CodeArgument,
    /// A link that names a page rather than holding a capability token: its last path segment is
    /// a slug of words, a number, letters only, or a UUID (a record behind a login).
    PageLink,
    /// What a sentence goes on with where a prose rule expects a password ("the password is
    /// required", "reset to v3.0"): words, numbers, versions, identifiers, paths, links, a
    /// password manager's name, a hash. The prose rules share it.
    ProseValue,
    /// What a word of a generated password's shape (capitals, small letters, digits and a
    /// symbol) is when it is not one: too short or long, missing a kind of character, masked,
    /// encoded, a hash, an anchor, a query, a handle, a package version, an issue key.
    GeneratedPassword,
    /// Words that make spaced words a sentence rather than a passphrase (`the`, `must`,
    /// `characters`, `mora`, `harus`, …), in the languages the passphrase rules read.
    SentenceWords,
}

impl AllowShape {
    /// The allow patterns (regexes over the secret) this shape stands for.
    pub fn patterns(self) -> &'static [&'static str] {
        match self {
            AllowShape::CodeArgument => CODE_ARGUMENT,
            AllowShape::PageLink => PAGE_LINK,
            AllowShape::ProseValue => PROSE_VALUE,
            AllowShape::GeneratedPassword => GENERATED_PASSWORD,
            AllowShape::SentenceWords => SENTENCE_WORDS,
        }
    }
}

const SENTENCE_WORDS: &[&str] = &[concat!(
    r"(?i)(?:^| )(?:the|and|you|your|for|with|this|that|from|are|was|were|will|not|but|into|",
    r"then|when|have|has|had|use|used|using|set|see|our|can|must|should|would|could|new|old|",
    r"store|stored|enter|need|needs|required|here|there|same|also|only|each|every|any|all|",
    r"its|his|her|their|them|they|who|what|which|keep|kept|file|vault|manager|secret|",
    r"password|passphrase|phrase|key|keys|words|word|change|changed|rotate|rotated|please|",
    r"ask|via|per|like|just|than|more|least|long|characters|after|before|since|until|days|",
    r"hours|minutes|weeks|months|years|attempts|times|expires|expired|valid|invalid|reset|",
    r"length|minimum|maximum|policy|der|die|das|und|ist|nach|mit|les|des|est|avec|pour|dans|",
    r"het|een|van|voor|met|los|las|del|con|por|para|uma|com|dos|och|med|for|til|som|mora|",
    r"vsaj|imeti|biti|znakov|ang|mga|dapat|cua|cho|khong|phai|duoc|dan|yang|untuk|dengan|",
    r"tidak|ini|itu|harus|minimal|lazima|herufi|vir|moet|nie|turi|bent|simboli[a-z]*|",
    r"karakter[a-z]*|zeichen|caract[a-z]*|tekens|tecken|znak[a-z]*|simbol[a-z]*|rigomba|",
    r"kugira|nibura|inyuguti)(?: |$)",
)];

const CODE_ARGUMENT: &[&str] = &[
    // a path of one or two dots ends in a name (orchard.wren.glacier60 is a passphrase), and a
    // capitalised first part does not end in digits (Autumn17.Gravel is a password)
    r"^(?:[a-z_$][A-Za-z0-9_$]*|[A-Z][A-Za-z0-9_$]*[A-Za-z_$]|[A-Z])(?:\.[A-Za-z_$][A-Za-z0-9_$]*)?\.[A-Za-z_$][A-Za-z_$]*$",
    // a longer path needs a capital, digit, `_` or `$` somewhere: four or more plain lower-case
    // words are a passphrase (lilac.pine.moss.otter)
    r"^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*){2,}\.[A-Za-z_$]*[A-Z_$][A-Za-z_$]*$",
    r"^[A-Za-z_$]*[A-Z0-9_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*){2,}\.[A-Za-z_$][A-Za-z_$]*$",
    // two parts, each with at most two trailing digits (db1.pass2); a class name has none
    // (Settings.Password, but Spring21.Timber is a password)
    r"^[a-z_$][A-Za-z_$]*[0-9]{0,2}\.[A-Za-z_$][A-Za-z_$]*[0-9]{0,2}$",
    r"^[A-Z][A-Za-z_$]*\.[A-Za-z_$][A-Za-z_$]*$",
    // up to three lower-case words; with a number only up to two (tango.walrus.granite66 is a
    // passphrase)
    r"^[a-z]+(?:[_.-][a-z]+){0,2}$",
    r"^[a-z]+(?:[_.-][a-z]+)?[0-9]{0,2}$",
    r"^[A-Za-z]+$",
    r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
    // says it is not real
    r"(?i)p[a@4][s$5]{2}w(?:[o0]r)?d",
    r"(?i)(?:dummy|fake|mock|sample|not[-_.]?real)",
    // an authentication method's name beside the word (pg_hba's "password", "scram-sha-256")
    r"(?i)^scram-sha-(?:1|256)$",
];

/// Whether a value reads as a passphrase of joined words (`reef-cashew-pepper`,
/// `falcon64.rosemary.anvil`, `Glacier.quartz.Meadow750`): three to eight words joined by one
/// kind of separator (`-`, `.`, `_`, `+`, a space), each a lower-case word (capitalised or not)
/// with a vowel and at most three digits after it, and perhaps a number of up to three digits
/// as a last word of its own; with three words, each of four letters or more. A word that names a thing in
/// configuration or joins a phrase (`shop-rabbitmq-credentials`, `check-with-admin`) makes it a
/// name or an instruction instead. Words set apart by single spaces (`iris lemon saffron
/// pilgrim69`) need to be four or more: three read as a phrase too often. Latin letters with
/// diacritics count as letters (`zephyr hazel ŵanthu tidal`), and fewer than half of the words
/// may be in another script (`hazel ᨠᩁᩡᨯᩢ᩠ᨲ lantern quarry`): more, and they are a sentence of
/// that script.
pub fn is_passphrase(value: &[u8]) -> bool {
    let Some(&separator) =
        value.iter().find(|byte| byte.is_ascii() && !byte.is_ascii_alphanumeric())
    else {
        return false;
    };
    if !matches!(separator, b'-' | b'.' | b'_' | b' ' | b'+') {
        return false;
    }
    // A generator may set the number apart with a separator of its own
    // (thistle.timber.raven-333): the words are what comes before it.
    let body = without_number_set_apart(value, separator);
    let mut words: Vec<&[u8]> = body.split(|&byte| byte == separator).collect();
    // The number may stand as a word of its own after three or more (pollachi.kavery.kolam.303,
    // tapuz+negev+kinneret+hadera+955).
    if words.len() >= 4 && words.last().is_some_and(|last| is_short_number(last)) {
        words.pop();
    }
    if separator == b' ' && words.len() < 4 {
        return false;
    }
    // Snake case is how code names things: joined by `_`, three words are a passphrase only
    // with a number (paddle_gravel_sunset22, not ansible_become_method); four or more words
    // are one without (indigo_thunder_lupin_nimbus), names that long hold a word of the stop
    // list.
    if separator == b'_' && words.len() < 4 && !value.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let shortest = if words.len() == 3 { 4 } else { 3 };
    let in_other_script = words.iter().filter(|word| is_script_passphrase_word(word)).count();
    (3..=8).contains(&words.len())
        && in_other_script * 2 < words.len()
        && (words.iter())
            .all(|word| is_passphrase_word(word, shortest) || is_script_passphrase_word(word))
}

/// `value` without a number of one to three digits at its end that another separator than the
/// words' own sets apart after a letter (`raven-333` in `thistle.timber.raven-333`).
fn without_number_set_apart(value: &[u8], separator: u8) -> &[u8] {
    let digits = value.iter().rev().take_while(|byte| byte.is_ascii_digit()).count();
    let Some(cut) = value.len().checked_sub(digits + 1) else {
        return value;
    };
    let apart = (1..=3).contains(&digits)
        && matches!(value[cut], b'-' | b'.' | b'_' | b'+')
        && value[cut] != separator
        && cut > 0
        && value[cut - 1].is_ascii_alphabetic();
    if apart { &value[..cut] } else { value }
}

/// A word of two or more characters of a script other than Latin (`ᨠᩁᩡᨯᩢ᩠ᨲ`, `ቡላ`, `аҵла`):
/// letters and their marks, no digit, blank or punctuation; or one syllable or ideograph of a
/// script whose characters are words of their own (`ꉘ`, `竹`, `숲`).
fn is_script_passphrase_word(word: &[u8]) -> bool {
    let Ok(word) = std::str::from_utf8(word) else { return false };
    let mut chars = word.chars();
    let one_syllable = chars.next().is_some_and(|c| {
        matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{A000}'..='\u{A48C}' | '\u{AC00}'..='\u{D7A3}')
    }) && chars.next().is_none();
    one_syllable
        || word.chars().count() >= 2
            && word.chars().all(|c| {
            is_script_character(c)
                && !is_latin_letter(c)
                && !matches!(c, '\u{80}'..='\u{BF}' | '\u{2000}'..='\u{2BFF}' | '\u{3000}'..='\u{303F}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF20}')
        })
}

/// A character outside ASCII that is no digit (of any script) and no blank: what a word of
/// another script is written with.
pub(crate) fn is_script_character(c: char) -> bool {
    !c.is_ascii() && !c.is_numeric() && !c.is_whitespace()
}

/// A letter of the Latin script, with or without diacritics (`ŵ`, `é`, `ė`), or a combining
/// mark set on one (`o̲`).
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' | '\u{300}'..='\u{36F}')
            && !matches!(c, '\u{D7}' | '\u{F7}')
}

/// One to three digits.
fn is_short_number(word: &[u8]) -> bool {
    (1..=3).contains(&word.len()) && word.iter().all(u8::is_ascii_digit)
}

/// A Latin word of `shortest` letters or more (its diacritics counting as vowels), capitalised
/// or not, with at most three digits after it.
fn is_passphrase_word(word: &[u8], shortest: usize) -> bool {
    let Ok(word) = std::str::from_utf8(word) else { return false };
    let text_end = word.find(|c: char| !is_latin_letter(c)).unwrap_or(word.len());
    let (text, digits) = word.split_at(text_end);
    let lower_after_first = text.chars().skip(1).all(|c| !c.is_uppercase());
    let has_vowel = text.chars().any(|c| "aeiouyAEIOUY".contains(c) || !c.is_ascii());
    let lowered = text.to_ascii_lowercase();
    text.chars().count() >= shortest
        && digits.len() <= 3
        && digits.bytes().all(|b| b.is_ascii_digit())
        && lower_after_first
        && has_vowel
        && !NOT_PASSPHRASE_WORDS.contains(&lowered.as_bytes())
}

/// Words that make joined words a name (of a Secret, a setting, a host) or an instruction.
const NOT_PASSPHRASE_WORDS: &[&[u8]] = &[
    b"secret",
    b"secrets",
    b"credential",
    b"credentials",
    b"creds",
    b"password",
    b"passwords",
    b"passwd",
    b"pass",
    b"passphrase",
    b"token",
    b"tokens",
    b"keys",
    b"config",
    b"configs",
    b"conf",
    b"settings",
    b"setting",
    b"value",
    b"values",
    b"default",
    b"defaults",
    b"example",
    b"examples",
    b"sample",
    b"samples",
    b"test",
    b"tests",
    b"dummy",
    b"placeholder",
    b"changeme",
    b"required",
    b"replace",
    b"insert",
    b"enter",
    b"your",
    b"here",
    b"none",
    b"null",
    b"true",
    b"false",
    b"with",
    b"from",
    b"that",
    b"this",
    b"into",
    b"have",
    b"will",
    b"must",
    b"same",
    b"above",
    b"below",
    b"stored",
    b"vault",
    b"file",
    b"files",
    b"name",
    b"path",
    b"prod",
    b"production",
    b"staging",
    b"development",
    b"local",
    b"localhost",
    b"host",
    b"user",
    b"users",
    b"admin",
    b"root",
    b"service",
    b"server",
    b"cluster",
    b"auth",
    b"data",
    b"database",
    b"cert",
    b"certs",
    b"private",
    b"public",
    b"only",
    b"read",
    b"write",
    b"release",
    b"system",
    b"internal",
    b"external",
    b"account",
    b"login",
    b"client",
    // words of a sentence, which words set apart by spaces may be
    b"the",
    b"and",
    b"was",
    b"were",
    b"after",
    b"before",
    b"during",
    b"when",
    b"then",
    b"than",
    b"about",
    // a schedule or a kind of backup (daily weekly monthly yearly, full incremental)
    b"hourly",
    b"daily",
    b"nightly",
    b"weekly",
    b"monthly",
    b"yearly",
    b"full",
    b"incremental",
    b"differential",
    b"snapshot",
];

const GENERATED_PASSWORD: &[&str] = &[
    // its length, and all three kinds of character; a generator may leave the digits out of a
    // long one (Xd~SUV=xuc&FExOzp*), whose letters then switch case at random: a word without
    // digits stays only when it is long, has at least four capitals and four small letters, and
    // no run of five small letters or four capitals (hudson.util.CopyOnWriteMap$Hash, chat=%CHAT)
    // and no two camel-case words in a row (*xmlXPathEvalFunc, %#TabLineFill#%T)
    r"^.{0,9}$",
    r"^.{41,}$",
    r"^[^A-Z]*$",
    r"^[^a-z]*$",
    r"^[^0-9]{0,13}$",
    r"^[^0-9A-Z]*(?:[A-Z][^0-9A-Z]*){0,3}$",
    r"^[^0-9a-z]*(?:[a-z][^0-9a-z]*){0,3}$",
    r"^[^0-9]*(?:[a-z]{5}|[A-Z]{4}|[A-Z][a-z]{3,}[A-Z][a-z]{2,}|[A-Z][a-z]{2,}[A-Z][a-z]{3,})[^0-9]*$",
    // masked (a run of x is every rule's placeholder check), percent-encoded, a crypt(3) hash,
    // punycode, a character class
    r"\*{3,}",
    r"%[0-9A-Fa-f]{2}",
    r"^\$[0-9a-z]{1,2}\$",
    r"[Xx]n--",
    r"a-z|A-Z|0-9",
    // a page's anchor (README.md#setup), a kind (youtube#video), an issue (OSS-fuzz#33579),
    // a setting (serial#=), a query (&Param=) or an entity (&#x2028;)
    r"\.[a-z]{2,4}#",
    r"[a-z]#[a-z]",
    r"^[A-Za-z]+#[0-9]",
    r"^[A-Za-z._-]*#[0-9]+$",
    r"#=",
    r"\.@",
    r"&[A-Za-z#]",
    // markup around a word (*bold*, ^anchor$), a locale tag (pl-Latn-$1)
    r"^[*^$].*[*$.]$",
    r"^[a-z]{2,3}-(?:[A-Z][a-z]{3}|[A-Z]{2})(?:$|-)",
    // a package at a version (a name with digits at a bare number is a password's word and
    // year: N4nn1ng@3927), an address, a handle or a reference alone, a word with a glob or
    // a question mark after it
    r"@[0-9]+(?:\.[0-9]+)+$",
    r"^[^0-9]*@[0-9]+$",
    r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]",
    r"^[@#$][A-Za-z0-9._-]+$",
    r"^[A-Za-z0-9_.-]*[A-Za-z_.-][*?]$",
    // a log's unique request id (ModSecurity: jtGRJvlTBlmW@Isjx5GkzSqM541)
    r"^[A-Za-z0-9]{8,}@[A-Za-z0-9]{8,}$",
    // a versioned symbol in a backtrace (pthread_create@@GLIBC_2.2.5), Markdown's bold around a
    // word (**EC2-Classic**), an encoded header parameter (filename*=UTF-8'', =?UTF-8?Q?…?=)
    r"@@?[A-Z][A-Z0-9]*_[0-9]",
    r"^\*\*|\*\*$|[0-9a-z]\*\*[A-Z][a-z]+$",
    r"(?i)\*=utf-8",
    r"^=\?[A-Za-z0-9-]+\?[QqBb]\?",
    // an option and its setting (-Xrename-threshold=50%), a variable set to a short value
    // (GIT_SKIP_TESTS=t?000), a filter with a glob (Values=c5*, Values=10.*)
    r"^--?[A-Za-z][A-Za-z-]*=",
    // `+` inside a word without `-`, `_` or another symbol: base64's sign (a password may end
    // in one `+`: Halud2011+)
    r"^[^!@#$%^&*~?_-]*\+[^!@#$%^&*~?_-]+$",
    // a package's version (10.11.6-MariaDB-0+deb12u1-log), code points (U+02C2-U+02C5), a sum of
    // names and small numbers (addrB+size-1), a compiler (CXX=g++-12)
    r"^[0-9]+(?:\.[0-9]+)+[-+~]",
    r"U\+[0-9A-Fa-f]{4}",
    r"^(?:[A-Za-z]+|[0-9]{1,3})(?:[+-](?:[A-Za-z]+|[0-9]{1,3}))+$",
    r"\+\+",
    r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+=.{0,6}$",
    r"^[A-Z][a-z]+=[A-Za-z0-9.,:/_-]*\*$",
    // PostScript's header (%!PS-Adobe-3.0), a quickfix line's file#line#text, a mangled
    // symbol (_ZN28_$u7b$$u7b$closure$u7d$$u7d$E)
    r"^%!",
    r"#[0-9]+#",
    r"^_ZN|\$u[0-9a-f]{2}\$",
    // rustdoc's anchors (#impl-*const+T-1) and code in a link's query, `+` for each blank
    // (0x87654321_u64+*+0xFEED)
    r"^#?impl-",
    r"\+[*!=<>&|/%-]{1,2}\+",
    // a member chain through a JavaScript match group (RegExp.$1.length), a share of something
    // (95%-of-system-RAM), a pattern that ends in any characters (E@web-dc1-srv.*)
    r"[A-Za-z]\.\$[0-9]\.[a-z]",
    r"^[0-9]+%-[a-z]",
    r"\.\*$",
];

const PAGE_LINK: &[&str] = &[
    r"/[A-Za-z]+(?:[-_][A-Za-z]+)*/?(?:\?[^/]*)?$",
    r"/[0-9_-]+(?:\?[^/]*)?$",
    r"/[A-Za-z_-]+(?:\?[^/]*)?$",
    r"/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\?[^/]*)?$",
];

const PROSE_VALUE: &[&str] = &[
    // words, numbers, identifiers and paths make the sentence go on ("is required", "is 12 characters")
    // (a word has at most three case runs; random letters such as lPiwIRhvYCXXyp switch far more;
    // and each lower-case run has a vowel: Kiosk-ycMKNm and VmbMnxxk are random letters)
    r#"^(?&word)(?:(?:-|\x27|’)(?&word)){0,2}[.,!?]?$"#,
    r#"^[0-9]+$"#,
    // code: an index into a list (args[token.index]), a call (crypto.pbkdf2(), a constant's
    // member closing a statement (Uint16Array.BYTES_PER_ELEMENT);)
    r#"^[A-Za-z_$][A-Za-z0-9_$]*\[[A-Za-z0-9_$.\x27"]+\]$"#,
    r#"^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*\((?:\)|$)"#,
    r#"^[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)+(?:\)+;?|;)$"#,
    // a word that closes Markdown's bold (**To change the password for your IAM user**), or
    // reStructuredText's emphasis ("a default password *must* be set", "*itself*") and
    // inline literals (``salt.jobs.completed{fun,success}``)
    r#"^[A-Za-z]+(?:-[A-Za-z0-9]+)*[.,:!?]?\*\*$"#,
    r#"^\*?[A-Za-z]+(?:-[A-Za-z]+)*\*[.,:!?]?$"#,
    r#"``"#,
    // a URL's userinfo described in words ("saved as cleartext with user:pass@ URIs")
    r#"^[a-z]+:[a-z]+@$"#,
    // a word that closes an aside or a completion's description ("password requests.]"), a
    // sentence's last word in accented Latin ("ellenőrzésképpen!")
    r#"^[A-Za-z]+[.,!?]?[\])}]+$"#,
    // a width or a count written with its unit ("square root of packed double-precision
    // (64-bit) elements", "a 3-way merge")
    r#"^[0-9]+-[a-z]+$"#,
    // (or with a case ending of another script: Tuvan "Пароль 12-ден эвес", "12 or more")
    r#"^[0-9]+-(?&script_letter)+$"#,
    r#"^(?:[a-z]|[\xC3-\xC5][\x80-\xBF]){4,}[.!?]$"#,
    // (words in Latin letters beyond Latin-1, hyphen-joined, such as a Khoekhoe greeting with
    // its click letters: "ǃGâi-ǁgoas!")
    r#"^(?:[A-Za-z]|[\xC3-\xC7][\x80-\xBF])*[\xC4-\xC7][\x80-\xBF](?:[A-Za-z-]|[\xC3-\xC7][\x80-\xBF])*[.!?]$"#,
    // a TaskPaper tag closing a to-do (@due(2024-05-07), @done(…)), an SQL column type
    // (password VARCHAR(120)), an escaped tag (&lt;br /&gt;) after a label in an XML export
    r#"^@[a-z]+(?:\(|$)"#,
    r#"(?i)^(?:n?varchar|char|text|blob|integer|int|bigint|smallint|boolean|bytea|binary|varbinary)(?:\([0-9]*\)?)?[,;]?$"#,
    r#":&lt;/?[a-z]"#,
    // a run of fields cut from a CSV row or an SQL tuple (,NULL,0,1,-1)
    r#"^,(?:NULL|-?[0-9]*),|,,"#,
    // (and one word of such letters alone, with no digit or symbol: Lakota "etáŋ", "téča")
    r#"^(?:[A-Za-z]|[\xC3-\xCA][\x80-\xBF])*[\xC3-\xCA][\x80-\xBF](?:[A-Za-z]|[\xC3-\xCA][\x80-\xBF])*[.,!?]?$"#,
    // words of another script joined by hyphens (Файл-източник), without the script's digits
    r#"^(?&script_letter)+(?:-(?&script_letter)+)+$"#,
    // an advisory's ID (CVE-2025-22872 / GO-2025-3595), an algorithm named by its parts
    // (ec-sign-ed25519, rsa-sign-pss-2048-sha256)
    r#"^(?:CVE|GO|GHSA|PYSEC|RUSTSEC|OSV|DSA|DLA|USN|RHSA|ALAS)-[0-9A-Za-z-]+$"#,
    r#"(?i)^(?:[a-z]+-)+(?:ed25519|ed448|sha-?(?:256|384|512)|(?:rsa|pss|pkcs1)-?(?:2048|3072|4096)(?:-sha(?:256|384|512))?|p-?(?:256|384))$"#,
    // an authentication scheme and its hash ("password for HTTP Digest/MD5 authentication")
    r#"(?i)^[a-z]+/(?:md5|sha-?[0-9]+)$"#,
    // the name of a hash, a cipher or a curve ("hashed with argon2id", "keys are ed25519")
    r#"(?i)^(?:argon2(?:id|i|d)?|pbkdf2(?:-?sha-?[0-9]+)?|sha-?(?:1|224|256|384|512)|sha3-[0-9]+|md5|blake[23][bs]?|aes-?(?:128|192|256)(?:-[a-z]{2,4})?|rsa-?[0-9]{3,4}|ed(?:25519|448)|x25519|curve25519|p-?(?:256|384|521)|secp(?:256|384|521)[rk]1|chacha20(?:-?poly1305)?|hmac-?sha-?[0-9]+|s?crypt|bcrypt|yescrypt|3?des|rc4)[.,;:]?$"#,
    // character ranges a policy lists ("A-Z, a-z and 0-9", "A-Z、a-z、0-9中的三种")
    r#"(?:A-Z|a-z|0-9)[^A-Za-z0-9]{1,5}(?:A-Z|a-z|0-9)"#,
    // a set of symbols a policy lists ("at least one of: !@#$%^&*"), not a password
    r#"^[^A-Za-z0-9\x80-\xFF]+$"#,
    // a share or a rate, perhaps in Markdown's bold ("precision and recall: **100.0%** / 99.2%")
    r#"^(?:\*\*)?[0-9]+(?:[.,][0-9]+)?%(?:\*\*)?$"#,
    // a manual page (pass(1), crypttab(5)): where the password comes from
    r#"^[a-z][a-z0-9_.-]*\([0-9][a-z]?\)?$"#,
    // a key's check value or ID ("KCV of the current key is 5B0AF2"), not the key
    r#"^[0-9A-F]{4,8}$"#,
    // a setting written out ("the passphrase (snmp_auth=SHA)"), not its value
    // (a snake_case name and a short word: bmuh=JIWx9rAFoP and f4=y_91B0X5KJ are passwords)
    r#"^[a-z]+_[a-z0-9_]+[:=][A-Za-z][A-Za-z0-9]{0,7}$"#,
    // a key's fingerprint ("the fingerprint of the new one is SHA256:YawdgIA6…"), not the key
    r#"^(?:SHA256|SHA1|SHA512|MD5):[A-Za-z0-9+/=:]"#,
    // version numbers: "changed to 2.4.1", "reset to v3.0"
    r#"^v?[0-9]+(?:\.[0-9]+)+"#,
    // a folder in a password manager (Stores/Robot) or a vault path ("it is in the vault:
    // secret/print-works/press-controller", perhaps the last cell of a table row)
    r#"^[A-Za-z][a-z]+(?:/[A-Za-z][a-z]*)+$"#,
    // (with the field after `#`, as vault references write it: kv/corp/dryer#password)
    r#"^[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_.-]*){1,5}(?:#[a-z0-9_.-]+)?\|?$"#,
    // a parenthesis or bracket opens an aside: "new value (provided through the API)"
    r#"^[(\[{]"#,
    // a word and a comma go on with the next field of a CSV row ("password reset,jdoe,2025-08-04")
    r#"^[a-z]+,"#,
    // (three or more words with a number are a passphrase: badger_pigeon_nutmeg_prairie77, and a
    // dotted name of three or more parts ends in a word: Arrow.lemon.pixel74 is a passphrase;
    // four or more joined words are one too, iris.fjord.lumen.ridge, unless one is as short as the
    // `to` of up-to-date or a word of a phrase, see-the-wiki-page)
    r#"^[a-z]+(?:[_.-][a-z]+){0,2}$"#,
    r#"^(?:[a-z]+[_.-])*(?:[a-z]{1,2}|the|and|for|see|ask|use|from|with|not|set|via|per|our|your)(?:[_.-][a-z]+)*$"#,
    r#"^[a-z]+(?:[_.-][a-z]+)?[0-9]{0,2}$"#,
    // (each part of a dotted name has at most two case runs: nZtKjq.LvNfF93 is random)
    r#"^[a-z_]+(?:[A-Z]+[a-z_]*)?[0-9]{0,2}\.(?:[A-Z]+[a-z_]*|[a-z_]+)(?:[A-Z]+[a-z_]*)?[0-9]{0,2}$"#,
    // (a capitalised first part is words, HTTPClient.Get; YYuB.bUs_t is random)
    r#"^[A-Z]+[a-z_]*(?:[A-Z][a-z_]+)*\.[A-Za-z_][A-Za-z_]*$"#,
    r#"^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z_]*$"#,
    r#"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*){2,}\.[A-Za-z_]*[A-Z_][A-Za-z_]*$"#,
    r#"^[A-Za-z_]*[A-Z0-9_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*){2,}\.[A-Za-z_][A-Za-z_]*$"#,
    r#"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$"#,
    // variables, paths, dotfiles, jq paths (.contact.raw_text) and flags ("--password-stdin"); a
    // value that only begins with `.` or `-` (.~^.@ciz.0!W^dk, -!xIp~!6R*q) is a password, and so
    // is one that begins with `$` and a digit ($3n4k1@4776: a leet "s"), unless it is a price
    r#"^(?:[:/]|\$[A-Za-z_{(]|\$[0-9][0-9.,]*(?:[/ kKmMbB]|$))"#,
    // Windows and template variables (%APP_PASSWORD%, %(password)s, %{pass}) and @-references
    // (@Value, @file.txt, @{params}, @ops-team, @db_pass2); a password may begin with % or @ too
    // (%mS-sau1rc8dM?CF, @Sepideh74997z: a capital, then digits no name ends in)
    r#"^%(?:[({]|[A-Za-z_][A-Za-z0-9_.]*%)"#,
    r#"^@(?:[{@/]|[A-Za-z0-9_.-]*[/.][A-Za-z0-9_.-]*$|[A-Za-z_][A-Za-z_-]*[0-9]{0,3}$|[a-z0-9_-]+$)"#,
    r#"^\.{1,2}/"#,
    // (a dotfile's name is lower case, or letters alone: .npmrc, .Xresources, .DS_Store; a capital
    // and digits make a password, .Merapi69)
    r#"^\.[a-z][a-z0-9_-]*$"#,
    r#"^\.[A-Z][A-Za-z_]*$"#,
    r#"^\.[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$"#,
    // (one capital and a lower-case name, or PowerShell's words: -Dkey, -Xmx512m, -AsPlainText;
    // -Tramonto3814G and -Pakht30203a are passwords: digits in a flag are a size, -Xss4m)
    r#"^--?(?:[a-z][a-z0-9-]*|[A-Z](?:[a-z][a-z.-]*(?:[0-9]{1,4}[kmgKMG]?)?)?|(?:[A-Z][a-z]+)+)(?:=|$)"#,
    r#"^-[0-9.]+$"#,
    // (a home path: a password may begin with ~ too, ~uAE3JKF-INF27aY~7Dhr)
    r#"^~[A-Za-z0-9_.-]*/"#,
    r#"^(?:www\.|https?:)"#,
    r#"(?i)(?:^|[-_.])pass(?:word|wd)(?:$|[-_.])"#,
    r#"(?i)(?:my|your|the|new|old|test|example|dummy|fake|some|secure|strong|super|db|admin|user|default|sample|enter|change|insert|put|type)[_ -]?pass(?:word|wd)"#,
    r#"(?i)^pass(?:word|wd)(?:1|12|123|1234|12345|123456)?[!@#$.]?$"#,
    r#"(?i)[a-z]pass(?:word|wd)[0-9!@#$.]*$"#,
    r#"%[sd](?:[^A-Za-z0-9]|$)"#,
    // string concatenation in code ("token type: "+r.type, +str(n)), and password hashes written
    // in SQL (+PASSWORD(…)); a password may begin with + too (+F2iVG6@3vlvzqqlf)
    // (a variable is lower-case words: +Ammos7824Z is a password)
    r#"^\+[A-Za-z_$][A-Za-z0-9_$.]*[(\[]"#,
    r#"^\+[a-z_$][A-Za-z_$.]*$"#,
    // payment-card tokens are not credentials
    r#"^tok_[A-Za-z0-9]{14,}$"#,
    // password managers named where the sentence says where passwords live
    r#"(?i)^(?:1password|bitwarden|lastpass|keepass(?:xc)?|dashlane|keeper|passbolt)$"#,
    r#"^SCRAM-SHA-256\$"#,
    r#"^md5[0-9a-f]{32}$"#,
    r#"^\$[0-9a-z]{1,3}\$"#,
];

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;

    fn allowed_by(patterns: &[String], value: &str) -> bool {
        patterns.iter().any(|pattern| Regex::new(pattern).unwrap().is_match(value))
    }

    #[test]
    fn a_word_has_few_case_runs_each_with_a_vowel() {
        let pattern = vec![expand_calls("^(?&word)(?:-(?&word))?$")];
        for word in ["MacDonald", "HTTPServer", "CONSTANT", "admin", "Kiosk-exit"] {
            assert!(allowed_by(&pattern, word), "{word}");
        }
        for random in ["fWjIusoNYxDq", "Kiosk-ycMKNm", "VmbMnxxk", "Summer22"] {
            assert!(!allowed_by(&pattern, random), "{random}");
        }
    }

    #[test]
    fn passphrases_are_joined_words() {
        for passphrase in [
            "reef-cashew-pepper",
            "falcon64.rosemary.anvil",
            "Glacier.quartz.Meadow750",
            "iris.fjord.lumen.ridge",
            "paddle_gravel_winter_sunset22",
            "indigo_thunder_lupin_nimbus",
            "cat-dog-owl-elk",
            "iris lemon saffron pilgrim69",
            "pollachi.kavery.kolam.303",
            "tapuz+negev+kinneret+hadera+955",
            "ilish_shapla_bhatiari_tara_43",
            "zephyr hazel ŵanthu tidal",
            "tidal indigo zephyr haáahe lagoon",
            "hazel ᨠᩁᩡᨯᩢ᩠ᨲ lantern quarry",
            "umber saffron fern တဘျုး thistle",
            "ganhcoeg.copper.ladder.saddle.甘蔗",
            "canvas falcon saffron willow ꉘ",
            "thistle.timber.raven-333",
            "zephyr_hollow_lantern-980",
        ] {
            assert!(is_passphrase(passphrase.as_bytes()), "{passphrase}");
        }
        for other in [
            "cello-coral",
            "app.db.host",
            "shop-rabbitmq-credentials",
            "check-with-admin",
            "ansible_become_method",
            "ansible_become_password_file",
            "wait_for_it_to_finish",
            "ansible-become-pass",
            "see-the-wiki",
            "reef-cashew.pepper",
            "reef.cashew-303",
            "summer.break-2024",
            "reef-cashew-pepper!",
            "self.configValue.secret",
            "summer.2024.break",
            "rhythm-crwth-nymph",
            "cat-dog-owl",
            "amber bramble velvet",
            "used only when needed",
            "leave this field empty",
            "was changed during the update",
            "iris  lemon saffron pilgrim",
            "reef-cashew-pepper1234",
            "a-b-c-d-e-f-g-h-i",
            "reef-cashew-303",
            "summer.break.2024",
            "c++",
            "пароль хранится в сейфе",
            "ᨾᩧᩋᩢᩙ ᨠᩁᩡᨯᩢ᩠ᨲ lantern harbor",
            "amber — meadow copper",
            "amber meadow copper 2024",
            // half the words in another script make a sentence of it
            "amber 竹 meadow 的",
        ] {
            assert!(!is_passphrase(other.as_bytes()), "{other}");
        }
    }

    #[test]
    fn page_links_end_in_names_and_capability_links_in_tokens() {
        let patterns = allow_patterns(&[], &[AllowShape::PageLink]);
        for page in [
            "https://vendor.net/blog/release-notes-for-version-four",
            "https://support.vendor.net/tickets/4815162342",
            "https://app.vendor.net/invite/3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c",
        ] {
            assert!(allowed_by(&patterns, page), "{page}");
        }
        let capability = "https://files.vendor.net/s/Q7vLm2ZrT9xWp4Kc8sYb1NhD?dl=1";
        assert!(!allowed_by(&patterns, capability));
    }

    #[test]
    fn generated_passwords_with_a_number_after_a_hash_are_not_issue_numbers() {
        let patterns = allow_patterns(&[], &[AllowShape::GeneratedPassword]);
        assert!(allowed_by(&patterns, "OSS-fuzz#33579"));
        assert!(allowed_by(&patterns, "Closes#1234"));
        assert!(allowed_by(&patterns, "Babel@7") && allowed_by(&patterns, "PyYAML@6.0.1"));
        for secret in ["L1p4q#6176", "Ph1ph1d1#6331", "N4nn1ng@3927"] {
            assert!(!allowed_by(&patterns, secret), "{secret}");
        }
    }

    #[test]
    fn generated_passwords_without_digits_need_letters_that_switch_case_at_random() {
        let patterns = allow_patterns(&[], &[AllowShape::GeneratedPassword]);
        for word in [
            "Yahoo!Answers",
            "hudson.util.CopyOnWriteMap$Hash",
            "MAILTO=ops@harlow.org",
            "*xmlXPathEvalFunc",
            "%#TabLineFill#%T",
            "chat=%TELEGRAM_CHAT",
            "Ab!cdefghijklmnop",
        ] {
            assert!(allowed_by(&patterns, word), "{word}");
        }
        for secret in ["acPO=CRrJ%^ufgJz!bf?", "JmWb_^YyjR!lQbVnL", "ZZVn?-dNmxKqcFxWx"] {
            assert!(!allowed_by(&patterns, secret), "{secret}");
        }
    }

    #[test]
    fn a_plus_counts_as_a_symbol_unless_it_is_base64s_or_a_versions() {
        let patterns = allow_patterns(&[], &[AllowShape::GeneratedPassword]);
        for word in [
            "DxlR+Fp8M+",
            "2pFpvf8KY8xPZ8ufsZDxlR+Fp8M",
            "10.11.6-MariaDB-0+deb12u1-log",
            "U+02C2-U+02C5",
            "addrB+size-1",
            "CXX=g++-12",
        ] {
            assert!(allowed_by(&patterns, word), "{word}");
        }
        for secret in ["stUp+ip9G-oVF2jL0", "hPQ9_clr+RVxfDuyw", "Halud2011+"] {
            assert!(!allowed_by(&patterns, secret), "{secret}");
        }
        let regex = Regex::new(&expand_calls(r"(?:^| )(?&generated_password)(?: |$)")).unwrap();
        assert!(regex.is_match("pw Halud2011+ ok"));
        assert!(!regex.is_match("aishikawa + Lantern2029 and +44 20"));
    }

    #[test]
    fn generated_passwords_that_open_like_a_language_tag_are_not_locale_tags() {
        let patterns = allow_patterns(&[], &[AllowShape::GeneratedPassword]);
        for tag in ["pl-Latn-$1x9", "en-US-x#1Ab"] {
            assert!(allowed_by(&patterns, tag), "{tag}");
        }
        assert!(!allowed_by(&patterns, "wl-QkWM^CVV0D!Yf?q7PU"));
    }

    #[test]
    fn prose_values_are_names_paths_and_fingerprints_and_passwords_are_not() {
        let patterns = allow_patterns(&[], &[AllowShape::ProseValue]);
        for name in [
            "~/backups/key",
            "--password-stdin",
            "-Xss4m",
            "-AsPlainText",
            ".contact.raw_text",
            ".env",
            "../shared/secrets",
            "SHA256:YawdgIA6kaLX+bZA/zhzOODPhx4nMAIIZdza/OcFmVw",
            "snmp_auth=SHA",
            "100.0%",
            "**99.2%",
            "!@#$%^&*",
            "argon2id",
            "A-Z、a-z、0-9中的三种。",
            "HMAC-SHA256",
            "HTTPClient.Get",
            "%APP_PASSWORD%",
            "%(password)s",
            "@Value",
            "@{params}",
            "@file.txt",
            "@ops-team",
            "@db_pass2",
            "@build/secrets",
            "+r.type",
            "+str(n)",
            "$HOME/.pgpass",
            "${DB_PASS}",
            "$30/month",
            "@due(2024-05-07",
            "VARCHAR(120",
        ] {
            assert!(allowed_by(&patterns, name), "{name}");
        }
        for secret in [
            "-!xIp~!6R*qjS3b+N=A",
            "-Pakht30203a",
            ".~^.@ciz.0!W^dk",
            "-L2k8^~waWM!URti^5",
            "-VUH=EVgsQ2Lh+jGQ1C0",
            "YYuB.bUs_t",
            "f4=y_91B0X5KJ",
            "+F2iVG6@3vlvzqqlf",
            "%mS-sau1rc8dM?CF",
            "@%A6yILJsaazBth",
            "@Sepideh74997z",
            "@Lavash66765z",
            "$3n4k1@4776",
        ] {
            assert!(!allowed_by(&patterns, secret), "{secret}");
        }
    }

    #[test]
    fn the_prose_value_call_reads_the_value_without_closing_punctuation() {
        let regex = Regex::new(&expand_calls(r"password is (?&prose_value)")).unwrap();
        let group = |text: &'static str, name: &str| {
            let mut caps = regex.create_captures();
            regex.captures(text, &mut caps);
            caps.get_group_by_name(name).map(|span| &text[span.range()])
        };
        assert_eq!(group("the password is <b>Tq8vLm2Rx4</b>.", "secret"), Some("Tq8vLm2Rx4"));
        assert_eq!(group("the password is `Kv7Tq2Lm!`.", "secret"), Some("Kv7Tq2Lm!"));
        assert_eq!(group("the password is `Kv7Tq2Lm!`.", "quote"), Some("`"));
        // escaped in a JSON string, doubled in a CSV field
        assert_eq!(group(r#"the password is \"Kv7Tq2Lm!\""#, "secret"), Some("Kv7Tq2Lm!"));
        assert_eq!(group(r#""the password is ""Kv7Tq2Lm!""""#, "secret"), Some("Kv7Tq2Lm!"));
    }

    #[test]
    fn the_generated_password_call_reads_a_word_with_a_symbol_without_the_closing_stop() {
        let regex = Regex::new(&expand_calls(r"(?:^| )(?&generated_password)")).unwrap();
        let secret = |text: &'static str| {
            let mut caps = regex.create_captures();
            regex.captures(text, &mut caps);
            caps.get_group_by_name("secret").map(|span| &text[span.range()])
        };
        assert_eq!(secret("admin Lantern2029#."), Some("Lantern2029#"));
        assert_eq!(secret("biKs%Q!27dz~W!H=q"), Some("biKs%Q!27dz~W!H=q"));
        assert_eq!(secret("no symbol in Lantern2029 here"), None);
    }

    #[test]
    fn a_pattern_without_the_call_is_unchanged() {
        assert_eq!(expand_calls(r"^[a-z]{3}(?:x|y)$"), r"^[a-z]{3}(?:x|y)$");
    }

    #[test]
    fn code_arguments_are_names_and_passphrases_are_not() {
        let patterns = allow_patterns(&[], &[AllowShape::CodeArgument]);
        for name in ["self.config.password", "cfg.db.pass", "DB_PASSWORD", "settings.Db.Pass", "x"]
        {
            assert!(allowed_by(&patterns, name), "{name}");
        }
        for secret in [
            "lilac.pine.moss.otter",
            "orchard.wren.glacier60",
            "tango.walrus.granite66",
            "Rn#WaNU5NMi8",
            "Juniper-Vault4471",
            "Spring21.Timber",
            "Autumn17.Gravel",
        ] {
            assert!(!allowed_by(&patterns, secret), "{secret}");
        }
    }
}
