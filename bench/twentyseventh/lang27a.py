"""Names, password words, calendars and digits for ten languages plus English.

Every name is (native script, ASCII transliteration). Order: how a full name is written."""

LANGS = {}


def _L(code, name, script, rtl, order, given_m, given_f, family, words, native_words, year, digits=None,
       gendered=None):
    LANGS[code] = dict(code=code, name=name, script=script, rtl=rtl, order=order, given_m=given_m,
                       given_f=given_f, family=family, words=words, native_words=native_words, year=year,
                       digits=digits, gendered=gendered)


def _pairs(s):
    out = []
    for chunk in s.split(";"):
        chunk = chunk.strip()
        if chunk:
            a, b = chunk.split("=")
            out.append((a.strip(), b.strip()))
    return out


_L("si", "Sinhala", "Sinhala", False, "given-family",
   _pairs("නිමල්=Nimal; සුනිල්=Sunil; කසුන්=Kasun; චමින්ද=Chaminda; ලහිරු=Lahiru; දිනේෂ්=Dinesh; රුවන්=Ruwan"),
   _pairs("සඳුනි=Sanduni; නිලූකා=Niluka; තරුෂි=Tharushi; ඉෂාරා=Ishara; දිල්රුක්ෂි=Dilrukshi; හසිනි=Hasini"),
   _pairs("පෙරේරා=Perera; සිල්වා=Silva; ප්‍රනාන්දු=Fernando; ජයසූරිය=Jayasuriya; බණ්ඩාර=Bandara; හේරත්=Herath; "
          "රත්නායක=Rathnayake; ගුණවර්ධන=Gunawardena; කුමාර=Kumara"),
   ["Sigiriya", "Kandy", "Lanka", "Perahera", "Galle", "Ella", "Kottu", "Kiribath", "Awurudu", "Yala",
    "Mihintale", "Nuwara", "Sinharaja", "Wesak"],
   ["සිගිරිය", "මහනුවර", "ලංකා", "පෙරහැර", "ගාල්ල", "අලුත්", "වෙසක්"],
   lambda y: ("BE", y + 544))

_L("my", "Burmese", "Myanmar", False, "given-family",
   _pairs("အောင်=Aung; ကျော်=Kyaw; ဇော်=Zaw; မင်း=Min; ဖြိုး=Phyo; ထွန်း=Tun; နိုင်=Naing"),
   _pairs("နှင်း=Hnin; သီရိ=Thiri; ခိုင်=Khine; စု=Su; မြတ်=Myat; ယု=Yu"),
   _pairs("ကျော်မိုး=Kyaw Moe; ဝေလွင်=Wai Lwin; သူရိန်=Thurein; ဇေယျာ=Zeyar; မြင့်=Myint; ဦး=Oo; "
          "နွယ်=Nwe; လှိုင်=Hlaing; ဆွေ=Swe"),
   ["Bagan", "Yangon", "Mandalay", "Irrawaddy", "Thingyan", "Mohinga", "Shwedagon", "Inle", "Popa", "Lahpet",
    "Chinlone", "Kalaw", "Thanaka", "Pyay"],
   ["ပုဂံ", "ရန်ကုန်", "မန္တလေး", "သင်္ကြန်", "ရွှေ", "ပုပ္ပါး"],
   lambda y: ("ME", y - 638), digits="၀၁၂၃၄၅၆၇၈၉")

_L("lo", "Lao", "Lao", False, "given-family",
   _pairs("ສົມຊາຍ=Somchai; ບຸນມີ=Bounmy; ພອນສະຫວັນ=Phonesavanh; ສີສະຫວາດ=Sisavath; ຄຳພອນ=Khamphone; ທອງລາ=Thongla"),
   _pairs("ນ້ອຍ=Noy; ແສງເດືອນ=Sengdeuane; ວຽງຄຳ=Viengkham; ມະນີວອນ=Manivone; ດາວວອນ=Davone; ບົວພັນ=Bouaphanh"),
   _pairs("ພົມມະວົງ=Phommavong; ສີຫາລາດ=Sihalath; ແກ້ວມະນີ=Keomany; ວົງໄຊ=Vongsay; ສຸວັນນະວົງ=Souvannavong; "
          "ພິລາວົງ=Philavong; ຈັນທະວົງ=Chanthavong; ອິນທະວົງ=Inthavong"),
   ["Mekong", "Vientiane", "Pakse", "Bokeo", "Khaoniao", "Laap", "Champa", "Phousi", "Nongkhiaw", "Sabaidee",
    "Xieng", "Kuangsi", "Houayxay", "Naga"],
   ["ແມ່ນ້ຳຂອງ", "ວຽງຈັນ", "ຈຳປາ", "ສະບາຍດີ", "ຫຼວງພະບາງ", "ພູສີ"],
   lambda y: ("BE", y + 543), digits="໐໑໒໓໔໕໖໗໘໙")

_L("gu", "Gujarati", "Gujarati", False, "given-family",
   _pairs("રાજેશ=Rajesh; હિતેશ=Hitesh; જીગ્નેશ=Jignesh; પ્રકાશ=Prakash; કેતન=Ketan; ભાવિન=Bhavin"),
   _pairs("હેતલ=Hetal; પૂજા=Pooja; નેહા=Neha; કિંજલ=Kinjal; ભૂમિ=Bhumi; ઉર્વી=Urvi"),
   _pairs("પટેલ=Patel; શાહ=Shah; દેસાઈ=Desai; મહેતા=Mehta; પંડ્યા=Pandya; ત્રિવેદી=Trivedi; જોશી=Joshi; "
          "ઠક્કર=Thakkar; ચૌધરી=Chaudhari"),
   ["Navratri", "Garba", "Dhokla", "Khaman", "Sabarmati", "Somnath", "Rajkot", "Fafda", "Kutch", "Dwarka",
    "Thepla", "Uttarayan", "Narmada", "Jalebi"],
   ["ગરબા", "ઢોકળા", "સોમનાથ", "નર્મદા", "કચ્છ", "ફાફડા"],
   lambda y: ("VS", y + 56), digits="૦૧૨૩૪૫૬૭૮૯")

_L("ml", "Malayalam", "Malayalam", False, "given-family",
   _pairs("അനിൽ=Anil; സുരേഷ്=Suresh; ബിജു=Biju; ജോസഫ്=Joseph; രാഹുൽ=Rahul; ഷിബു=Shibu"),
   _pairs("ലക്ഷ്മി=Lakshmi; അനുപമ=Anupama; ദിവ്യ=Divya; ശ്രീജ=Sreeja; മറിയം=Mariyam; ആതിര=Athira"),
   _pairs("നായർ=Nair; മേനോൻ=Menon; പിള്ള=Pillai; കുര്യൻ=Kurian; വർഗീസ്=Varghese; തോമസ്=Thomas; "
          "വാര്യർ=Warrier; ജോർജ്=George; പണിക്കർ=Panicker"),
   ["Onam", "Sadya", "Periyar", "Munnar", "Thrissur", "Vembanad", "Payasam", "Kathakali", "Malabar", "Chenda",
    "Pooram", "Karimeen", "Appam", "Nila"],
   ["ഓണം", "സദ്യ", "പെരിയാർ", "മൂന്നാർ", "പൂരം", "നിള"],
   lambda y: ("ME", y - 825), digits="൦൧൨൩൪൫൬൭൮൯")

_L("pa", "Punjabi", "Gurmukhi", False, "given-family",
   _pairs("ਹਰਪ੍ਰੀਤ=Harpreet; ਗੁਰਪ੍ਰੀਤ=Gurpreet; ਮਨਦੀਪ=Mandeep; ਜਸਵਿੰਦਰ=Jaswinder; ਰਣਜੀਤ=Ranjit; ਕੁਲਦੀਪ=Kuldeep"),
   _pairs("ਸਿਮਰਨ=Simran; ਨਵਨੀਤ=Navneet; ਹਰਲੀਨ=Harleen; ਜਸਪ੍ਰੀਤ=Jaspreet; ਰਾਜਵਿੰਦਰ=Rajwinder; ਮਨਜੀਤ=Manjeet"),
   _pairs("ਗਿੱਲ=Gill; ਸੰਧੂ=Sandhu; ਢਿੱਲੋਂ=Dhillon; ਬਰਾੜ=Brar; ਗਰੇਵਾਲ=Grewal; ਸਿੱਧੂ=Sidhu; ਬਾਜਵਾ=Bajwa; "
          "ਚੀਮਾ=Cheema; ਔਲਖ=Aulakh"),
   ["Vaisakhi", "Bhangra", "Amritsar", "Jalandhar", "Lassi", "Giddha", "Sutlej", "Phulkari", "Sarson", "Beas",
    "Dhol", "Patiala", "Ludhiana", "Kabaddi"],
   ["ਵਿਸਾਖੀ", "ਭੰਗੜਾ", "ਅੰਮ੍ਰਿਤਸਰ", "ਸਤਲੁਜ", "ਫੁਲਕਾਰੀ", "ਕਬੱਡੀ"],
   lambda y: ("NS", y - 1468), digits="੦੧੨੩੪੫੬੭੮੯",
   gendered=(("ਸਿੰਘ", "Singh"), ("ਕੌਰ", "Kaur")))

_L("ky", "Kyrgyz", "Cyrillic", False, "given-family",
   _pairs("Айбек=Aibek; Нурлан=Nurlan; Бакыт=Bakyt; Эрлан=Erlan; Азамат=Azamat; Темир=Temir"),
   _pairs("Айгерим=Aigerim; Жылдыз=Jyldyz; Гүлнара=Gulnara; Назира=Nazira; Айпери=Aiperi; Чолпон=Cholpon"),
   _pairs("Токтогул=Toktogul; Асанбек=Asanbek; Жээнбек=Jeenbek; Сатыбалды=Satybaldy; Мамыт=Mamyt; Осмон=Osmon; "
          "Абдылда=Abdylda; Бейшен=Beishen"),
   ["Issykkul", "Manas", "Tulpar", "Kymyz", "Boorsok", "Karakol", "Naryn", "Tengri", "Alatoo", "Kalpak",
    "Ordo", "Suusamyr", "Chyrak", "Jailoo"],
   ["Ысыккөл", "Манас", "Тулпар", "Кымыз", "Нарын", "Жайлоо"],
   lambda y: ("", y), gendered="ky")

_L("ps", "Pashto", "Arabic", True, "given-family",
   _pairs("احمد=Ahmad; اجمل=Ajmal; وحید=Wahid; نصیر=Naseer; بلال=Bilal; ګلاب=Gulab"),
   _pairs("ملالۍ=Malalai; زرغونه=Zarghuna; پلوشه=Palwasha; ګلالۍ=Gulalai; مرسل=Mursal; شبنم=Shabnam"),
   _pairs("خان=Khan; یوسفزی=Yousafzai; اپریدی=Afridi; شینواری=Shinwari; خټک=Khattak; مومند=Mohmand; "
          "وزیر=Wazir; ترین=Tareen"),
   ["Khyber", "Peshawar", "Pakhtun", "Attan", "Chapli", "Swat", "Tirah", "Landi", "Rabab", "Spinghar",
    "Mardan", "Jirga", "Qissa", "Malang"],
   ["خیبر", "پېښور", "اتڼ", "رباب", "سپینغر", "ملنګ"],
   lambda y: ("SH", y - 621), digits="۰۱۲۳۴۵۶۷۸۹")

_L("ha", "Hausa", "Latin (hooked letters)", False, "given-family",
   _pairs("Musa=Musa; Ibrahim=Ibrahim; Abubakar=Abubakar; Sani=Sani; Yusuf=Yusuf; Aminu=Aminu; Bashir=Bashir"),
   _pairs("Aisha=Aisha; Hauwa=Hauwa; Zainab=Zainab; Maryam=Maryam; Hadiza=Hadiza; Rabi=Rabi"),
   _pairs("Bello=Bello; Abdullahi=Abdullahi; Garba=Garba; Danjuma=Danjuma; Lawal=Lawal; Sule=Sule; "
          "Ɗahiru=Dahiru; Ɗanladi=Danladi; Haruna=Haruna"),
   ["Kano", "Zazzau", "Sallah", "Durbar", "Tuwo", "Kilishi", "Fura", "Gwani", "Kurmi", "Dala", "Tiga", "Zaki",
    "Sarki", "Rimi"],
   ["Ƙasa", "Ɗaki", "Ƙofa", "Ɗorayi", "Ɓera", "Ƙwari"],
   lambda y: ("AH", int((y - 622) * 1.0307)))

_L("mi", "Māori", "Latin (macrons)", False, "given-family",
   _pairs("Tama=Tama; Wiremu=Wiremu; Rāwiri=Rawiri; Hēmi=Hemi; Tāmati=Tamati; Nīkau=Nikau"),
   _pairs("Aroha=Aroha; Mere=Mere; Hine=Hine; Ngaio=Ngaio; Anahera=Anahera; Kahurangi=Kahurangi"),
   _pairs("Ngata=Ngata; Parata=Parata; Walker=Walker; Tamihana=Tamihana; Te Rangi=Te Rangi; Pōmare=Pomare; "
          "Kereama=Kereama; Hōhaia=Hohaia; Wihongi=Wihongi"),
   ["Aroha", "Whenua", "Taonga", "Moana", "Maunga", "Kainga", "Kahikatea", "Korimako", "Rangi", "Matariki",
    "Pounamu", "Hapu", "Waiata", "Tui"],
   ["Whānau", "Māra", "Tūī", "Kōwhai", "Pōhutukawa", "Tōtara"],
   lambda y: ("", y))

_L("en", "English", "Latin", False, "given-family",
   _pairs("James=James; Daniel=Daniel; Peter=Peter; Mark=Mark; Tom=Tom"),
   _pairs("Sarah=Sarah; Emma=Emma; Laura=Laura; Kate=Kate; Anna=Anna"),
   _pairs("Walsh=Walsh; Carter=Carter; Hughes=Hughes; Reid=Reid; Baker=Baker"),
   ["Harbour", "Sunrise", "Falcon", "Meadow", "Thunder", "Maple", "River", "Summit", "Copper", "Willow",
    "Orchard", "Lantern"],
   [], lambda y: ("", y))


def native_digits(code, s):
    d = LANGS[code]["digits"]
    if not d:
        return s
    return "".join(d[int(c)] if c.isdigit() else c for c in s)


ENGLISH_WORDS = LANGS["en"]["words"]
