"""Phrasing for English, Dzongkha, Maninka (N'Ko script), Jejueo, Okinawan and Shanghainese.

Every template has one {v} where the labelled value (or a command / URI containing it) goes.
Other fields: {sys} {name} {place} {ssid} {prov}.  Written by a non-native speaker (see README).
"""

# The keys every language provides.
SECRET_T = ["colon", "sentence", "quoted", "below", "ask", "ans", "temp", "wifi", "door", "alarm", "backup",
            "token", "revoked", "rotated", "newref", "uri", "cli", "pair_id", "pair_sec"]
NEG_T = ["ref", "masked", "ph", "env", "commit", "ticket", "sum", "fp", "hash", "example", "public"]

EN = {
    "name": "English", "code": "en", "q": ("\u201c", "\u201d"), "digits": None,
    "colon": "{sys} password: {v}",
    "sentence": "I set the {sys} password to {v} for now, tell me if it doesn't work.",
    "quoted": "The password for {sys} is \u201c{v}\u201d (without the quotes).",
    "below": "The {sys} password is below:",
    "ask": "What's the password for {sys} again?",
    "ans": "Here: {v}",
    "temp": "Temporary password for {name}: {v} \u2014 change it at first login.",
    "wifi": "Wi-Fi {ssid}: {v}",
    "door": "Door code for {place}: {v}",
    "alarm": "Alarm PIN: {v}",
    "backup": "Passphrase for the offsite backups: {v}",
    "token": "New {prov} token: {v}",
    "revoked": "This {prov} token is revoked already, it was {v}",
    "rotated": "The old {sys} password was {v}, I changed it this morning.",
    "newref": "The new one is in {v}",
    "uri": "Connection string for {sys}: {v}",
    "cli": "Run this on {sys}: {v}",
    "pair_id": "{prov} key ID: {v}",
    "pair_sec": "and the secret: {v}",
    "ref": "The {sys} password is kept in {v}",
    "masked": "The token ends in {v}, can you check which one it is?",
    "ph": "Replace {v} with your own password.",
    "env": "The service reads it from {v}",
    "commit": "Deployed commit {v}.",
    "ticket": "Support case {v}",
    "sum": "Checksum of the backup file: {v}",
    "fp": "Server fingerprint: {v}",
    "hash": "The database only has the hash: {v}",
    "example": "{v} is only the example from the docs, not ours.",
    "public": "This one is public, fine to share: {v}",
    "nopaste": "Please don't paste passwords in here.",
    "policy": "Passwords must be at least 12 characters long and must not be reused.",
    "chat": ["Morning all.", "Thanks!", "On it.", "I'll check after lunch.", "OK, done.", "Sounds good."],
    "i18n": [("login.password", "Password"), ("login.pin", "Enter your PIN"), ("door.code", "Door code"),
             ("wifi.key", "Wi-Fi password"), ("login.forgot", "Forgot your password?")],
    "ph_native": "<your password>",
    "tbl": ("System", "User", "Password"),
    "heads": {"handover": "Hand-over notes", "runbook": "Operations runbook", "minutes": "Meeting minutes",
              "access": "Access", "notes": "Notes", "decisions": "Decisions", "actions": "Actions",
              "present": "Present"},
    "subj": ["{sys}: access after the move", "{sys} login problem", "Keys for {sys}", "Re: {sys} settings"],
}

# ---------------------------------------------------------------- Dzongkha (Tibetan script)
DZ = {
    "name": "Dzongkha", "code": "dz", "q": ("\u201c", "\u201d"), "digits": "\u0f20\u0f21\u0f22\u0f23\u0f24\u0f25\u0f26\u0f27\u0f28\u0f29",
    "colon": "{sys} གི་གསང་ཚིག: {v}",
    "sentence": "ད་ལྟོ་ {sys} གི་གསང་ཚིག་ {v} ལུ་བསྒྱུར་ཡི། ལཱ་མ་འབད་བ་ཅིན་ ང་ལུ་སླབ་གནང་།",
    "quoted": "{sys} གི་གསང་ཚིག་འདི་ “{v}” ཨིན།",
    "below": "{sys} གི་གསང་ཚིག་ འོག་ལུ་ཡོད།",
    "ask": "{sys} གི་གསང་ཚིག་ ག་ཅི་ཨིན་ན?",
    "ans": "འདི་ཨིན། {v}",
    "temp": "{name} གི་དོན་ལུ་ གནས་སྐབས་ཀྱི་གསང་ཚིག: {v} — ཐེངས་དང་པ་ནང་བསྐྱོད་པའི་སྐབས་ བསྒྱུར་དགོ།",
    "wifi": "ཝའི་ཕའི་ {ssid} གི་གསང་ཚིག: {v}",
    "door": "{place} གི་སྒོའི་ཨང་: {v}",
    "alarm": "ཉེན་བརྡའི་ PIN: {v}",
    "backup": "རྒྱབ་ཚབ་ཀྱི་གསང་ཚིག་རིངམོ: {v}",
    "token": "{prov} གི་ token གསརཔ: {v}",
    "revoked": "{prov} token འདི་ ཆ་མེད་བཏང་ཡི། སྔར་ {v} ཨིན་མས།",
    "rotated": "{sys} གི་གསང་ཚིག་རྙིངམ་ {v} ཨིན་མས། ད་རིས་ནངས་པར་ བསྒྱུར་ཡི།",
    "newref": "གསརཔ་འདི་ {v} ནང་ཡོད།",
    "uri": "{sys} ལུ་མཐུད་ནིའི་ connection string: {v}",
    "cli": "{sys} གུ་ འདི་ run འབད: {v}",
    "pair_id": "{prov} key ID: {v}",
    "pair_sec": "དེ་ལས་ secret འདི: {v}",
    "ref": "{sys} གི་གསང་ཚིག་ {v} ནང་བཞག་ཡོད།",
    "masked": "token གི་མཇུག་ {v} ཨིན། ག་འདི་ཨིན་ན་ བལྟ་གནང་།",
    "ph": "{v} གི་ཚབ་ལུ་ རང་གི་གསང་ཚིག་བཙུགས།",
    "env": "ལས་རིམ་གྱིས་ {v} ལས་ལྷག་ཨིན།",
    "commit": "commit {v} བཙུགས་ཡི།",
    "ticket": "རྒྱབ་སྐྱོར་གྱི་ཨང་ {v}",
    "sum": "རྒྱབ་ཚབ་ཡིག་སྣོད་ཀྱི་ checksum: {v}",
    "fp": "server གི་ fingerprint: {v}",
    "hash": "གནད་སྡུད་མཛོད་ནང་ hash རྐྱངམ་ཅིག་ཡོད: {v}",
    "example": "{v} འདི་ docs ནང་གི་དཔེ་རྐྱངམ་ཅིག་ཨིན། ང་བཅས་ཀྱི་མེན།",
    "public": "འདི་ public key ཨིན། བགོ་བཤའ་རྐྱབ་ཆོག: {v}",
    "nopaste": "ནཱ་ལུ་ གསང་ཚིག་ མ་བཙུགས་གནང་།",
    "policy": "གསང་ཚིག་འདི་ ཡིག་འབྲུ་ ༡༢ ལས་མ་ཉུང་བར་དགོ། ལོག་སྟེ་ ལག་ལེན་འཐབ་ནི་མི་ཆོག།",
    "chat": ["ཀུ་ཟུ་ཟང་པོ་ལ།", "བཀའ་དྲིན་ཆེ་ལ།", "ལཱ་ཚར་ཡི།", "ནངས་པར་ མདའ་རྩེད་ཡོད།", "ལགས་སོ།",
             "ཕྱི་རུ་ བལྟ་གེ།"],
    "i18n": [("login.password", "གསང་ཚིག"), ("login.pin", "PIN ཨང་ བཙུགས།"), ("door.code", "སྒོའི་ཨང་"),
             ("wifi.key", "ཝའི་ཕའི་ གསང་ཚིག"), ("login.forgot", "གསང་ཚིག་ བརྗེད་ཡི་ག?")],
    "ph_native": "<གསང་ཚིག>",
    "tbl": ("རིམ་ལུགས", "ལག་ལེན་པ", "གསང་ཚིག"),
    "heads": {"handover": "ལཱ་ལེན་སྤྲོད་ཀྱི་དྲན་ཐོ", "runbook": "ལག་ལེན་ལམ་སྟོན", "minutes": "ཞལ་འཛོམས་ཀྱི་དྲན་ཐོ",
              "access": "འཛུལ་སྤྱོད", "notes": "དྲན་ཐོ", "decisions": "ཐག་གཅད", "actions": "ལཱ",
              "present": "ཞུགས་མི"},
    "subj": ["{sys}: འཛུལ་སྤྱོད", "{sys} ནང་བསྐྱོད་མ་ཚུགས", "{sys} གི་ལྡེ་མིག", "Re: {sys}"],
}

# ---------------------------------------------------------------- Maninka, written in N'Ko (transliterated below)
_NKO = {"a": "\u07ca", "e": "\u07cb", "i": "\u07cc", "\u025b": "\u07cd", "u": "\u07ce", "o": "\u07cf",
        "\u0254": "\u07d0", "b": "\u07d3", "p": "\u07d4", "t": "\u07d5", "j": "\u07d6", "c": "\u07d7",
        "d": "\u07d8", "r": "\u07d9", "s": "\u07db", "g": "\u07dc", "f": "\u07dd", "k": "\u07de",
        "l": "\u07df", "n": "\u07e3", "m": "\u07e1", "\u0272": "\u07e2", "h": "\u07e4", "w": "\u07e5",
        "y": "\u07e6", "\u014b": "\u07d2", "z": "\u07d6\u07ed", "v": "\u07dd\u07ed"}
_NKO_PUNCT = {",": "\u07f8", "!": "\u07f9", "?": "\u061f"}
_NKO_DIG = "\u07c0\u07c1\u07c2\u07c3\u07c4\u07c5\u07c6\u07c7\u07c8\u07c9"
_V = set("aeiou\u025b\u0254")


def nko(s):
    """Latin Maninka -> N'Ko.  [[...]] and {...} are kept as they are (technical words, placeholders)."""
    out, i = [], 0
    s2 = s
    while i < len(s2):
        if s2.startswith("[[", i):
            j = s2.index("]]", i)
            out.append(s2[i + 2:j])
            i = j + 2
            continue
        if s2[i] == "{":
            j = s2.index("}", i)
            out.append(s2[i:j + 1])
            i = j + 1
            continue
        # a word
        j = i
        while j < len(s2) and (s2[j].isalpha() or s2[j] == "'") and not s2.startswith("[[", j):
            j += 1
        if j == i:
            c = s2[i]
            out.append(_NKO_DIG[int(c)] if c.isdigit() else _NKO_PUNCT.get(c, c))
            i += 1
            continue
        out.append(_nko_word(s2[i:j].lower().replace("'", "")))
        i = j
    return "".join(out)


def _nko_word(w):
    if w == "n":
        return "\u07d2"
    w = w.replace("ny", "\u0272").replace("gb", "g")
    res = []
    for k, ch in enumerate(w):
        prev = w[k - 1] if k else ""
        nxt = w[k + 1] if k + 1 < len(w) else ""
        if ch == "n" and prev in _V and (nxt == "" or nxt not in _V):
            res.append("\u07f2")  # nasalisation mark
            continue
        if ch in _V and prev == ch:
            continue  # long vowel written once
        res.append(_NKO.get(ch, ch))
    return "".join(res)


_EMK_LATIN = {
    "colon": "{sys} gundo kuma: {v}",
    "sentence": "n ye {sys} gundo kuma falen ka a kɛ {v} ye sisan, ni a ma baara kɛ, a fɔ n ye.",
    "quoted": "{sys} gundo kuma ye «{v}» ye.",
    "below": "{sys} gundo kuma sɛbɛnnin bɛ duguma.",
    "ask": "{sys} gundo kuma ye mun ye?",
    "ans": "a filɛ: {v}",
    "temp": "{name} ka gundo kuma waati dɔɔnin kama: {v}, a falen i ka don fɔlɔ la.",
    "wifi": "[[WiFi]] {ssid} gundo kuma: {v}",
    "door": "{place} da gundo nimɔrɔ: {v}",
    "alarm": "[[alarme]] gundo nimɔrɔ [[(PIN)]]: {v}",
    "backup": "[[backup]] gundo kuma jan: {v}",
    "token": "{prov} [[token]] kura: {v}",
    "revoked": "{prov} [[token]] nin bɔra baara la, kɔrɔlen tun ye {v} ye.",
    "rotated": "{sys} gundo kuma kɔrɔ tun ye {v} ye, n ye a falen bi sɔgɔma.",
    "newref": "a kura bɛ {v} kɔnɔ.",
    "uri": "{sys} [[connection string]]: {v}",
    "cli": "nin kɛ {sys} kan: {v}",
    "pair_id": "{prov} [[key ID]]: {v}",
    "pair_sec": "a [[secret]]: {v}",
    "ref": "{sys} gundo kuma bɛ {v} kɔnɔ.",
    "masked": "[[token]] laban ye {v} ye, a lajɛ a ye min ye.",
    "ph": "i yɛrɛ ka gundo kuma bila {v} nɔ na.",
    "env": "[[app]] bɛ a kalan {v} la.",
    "commit": "[[commit]] {v} bilara.",
    "ticket": "dɛmɛ nimɔrɔ {v}",
    "sum": "[[backup]] [[checksum]]: {v}",
    "fp": "[[server fingerprint]]: {v}",
    "hash": "[[hash]] dɔrɔn bɛ [[database]] kɔnɔ: {v}",
    "example": "{v} ye [[docs]] kɔnɔ misali dɔrɔn ye, a tɛ an ta ye.",
    "public": "nin ye [[public key]] ye, a bɛ se ka di mɔgɔw ma: {v}",
    "nopaste": "aw kana gundo kuma sɛbɛn yan.",
    "policy": "gundo kuma ka kan ka sɛbɛnden 12 sɔrɔ walima ka tɛmɛ o kan, aw kana kɔrɔlen segin.",
}
EMK = {k: nko(v) for k, v in _EMK_LATIN.items()}
EMK.update({
    "name": "Maninka (N'Ko script)", "code": "emk", "q": ("«", "»"), "digits": _NKO_DIG,
    "chat": [nko(x) for x in ["i ni sɔgɔma!", "i ni ce.", "sumbala kɛra bi.", "an bɛ taga Kankan sini.",
                              "tɔɔrɔ tɛ.", "awɔ."]],
    "i18n": [("login.password", nko("gundo kuma")), ("login.pin", nko("i ka [[PIN]] sɛbɛn")),
             ("door.code", nko("da gundo nimɔrɔ")), ("wifi.key", nko("[[WiFi]] gundo kuma")),
             ("login.forgot", nko("i ɲinana i ka gundo kuma kɔ wa?"))],
    "ph_native": "<" + nko("gundo kuma") + ">",
    "tbl": (nko("baarakɛminɛn"), nko("tɔgɔ"), nko("gundo kuma")),
    "heads": {"handover": nko("baara dili sɛbɛn"), "runbook": nko("baara kɛcogo"), "minutes": nko("ɲɔgɔn ye sɛbɛn"),
              "access": nko("donni"), "notes": nko("kibaruyaw"), "decisions": nko("latigɛw"),
              "actions": nko("baaraw"), "present": nko("mɔgɔ nanenw")},
    "subj": [nko("{sys}: donni"), nko("{sys} donni gɛlɛya"), nko("{sys} kilew"), "Re: {sys}"],
})

# ---------------------------------------------------------------- Jejueo (Hangul, with arae-a as conjoining jamo)
_HA = "\u1112\u119e"            # ᄒᆞ
_HAN = "\u1112\u119e\u11ab"     # ᄒᆞᆫ
_GAL = "\u1100\u119e\u11af"     # ᄀᆞᆯ
_MAL = "\u1106\u119e\u11af"     # ᄆᆞᆯ
JJE = {
    "name": "Jejueo", "code": "jje", "q": ("\u201c", "\u201d"), "digits": None,
    "colon": "{sys} 비밀번호: {v}",
    "sentence": "{sys} 비밀번호 {v} 로 바꿨수다. 안 되민 " + _GAL + "아줍서.",
    "quoted": "{sys} 비밀번호는 \u201c{v}\u201d 이우다.",
    "below": "{sys} 비밀번호 알에 적어수다.",
    "ask": "{sys} 비밀번호 무신 거우꽈?",
    "ans": "이거우다: {v}",
    "temp": "{name} 임시 비밀번호: {v} \u2014 처음 로그인" + _HA + "민 바꿉서.",
    "wifi": "와이파이 {ssid} 비밀번호: {v}",
    "door": "{place} 문 번호: {v}",
    "alarm": "경보기 PIN: {v}",
    "backup": "백업 암호문: {v}",
    "token": "{prov} 토큰 새 거: {v}",
    "revoked": "{prov} 토큰 이거 폐기" + _HA + "여수다. 전이 건 {v} 이라수다.",
    "rotated": "{sys} 예전 비밀번호 {v} 였수다. 오늘 아적 바꿨수다.",
    "newref": "새 건 {v} 에 이수다.",
    "uri": "{sys} 접속 문자열: {v}",
    "cli": "{sys} 에서 이거 돌립서: {v}",
    "pair_id": "{prov} 키 ID: {v}",
    "pair_sec": "시크릿은 이거: {v}",
    "ref": "{sys} 비밀번호는 {v} 에 담아수다.",
    "masked": "토큰 끝이 {v} 인디, 어떤 건지 봐줍서.",
    "ph": "{v} 대신 지 비밀번호 넣읍서.",
    "env": "프로그램은 {v} 에서 읽어마씸.",
    "commit": "커밋 {v} 배포" + _HA + "여수다.",
    "ticket": "지원 요청 번호 {v}",
    "sum": "백업 파일 체크섬: {v}",
    "fp": "서버 지문(fingerprint): {v}",
    "hash": "DB엔 해시만 이수다: {v}",
    "example": "{v} 는 문서에 나온 예시우다, 우리 거 아니우다.",
    "public": "이건 공개 키라 나놔도 되우다: {v}",
    "nopaste": "이디 비밀번호 쓰지 맙서.",
    "policy": "비밀번호는 열두 자 이상이어사 " + _HA + "고, 전이 쓴 거 다시 쓰민 안 되우다.",
    "chat": [_HAN + "저 옵서!", "고맙수다.", "폭삭 속았수다.", "선별기 오늘 아적 돌아감수다.", "점심 먹엉 올쿠다.",
             "알아수다."],
    "i18n": [("login.password", "비밀번호"), ("login.pin", "PIN 번호 넣읍서"), ("door.code", "문 번호"),
             ("wifi.key", "와이파이 비밀번호"), ("login.forgot", "비밀번호 잊어불어수과?")],
    "ph_native": "<비밀번호>",
    "tbl": ("시스템", "사용자", "비밀번호"),
    "heads": {"handover": "인계 메모", "runbook": "운영 안내서", "minutes": "회의록", "access": "접속",
              "notes": "메모", "decisions": "정" + _HA + "ᆫ 거", "actions": _HA + "ᆯ 일", "present": "참석"},
    "subj": ["{sys}: 접속 정보", "{sys} 로그인 안 되우다", "{sys} 열쇠", "Re: {sys}"],
    "jamo": {"ha": _HA, "han": _HAN, "mal": _MAL},
}

# ---------------------------------------------------------------- Okinawan (Uchinaaguchi, kana and kanji)
RYU = {
    "name": "Okinawan", "code": "ryu", "q": ("\u300c", "\u300d"),
    "digits": "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19",
    "colon": "{sys}ぬパスワード：{v}",
    "sentence": "{sys}ぬパスワードや {v} んかい変えやびたん。いかんたら言ちくみそーれー。",
    "quoted": "{sys}ぬパスワードや「{v}」やいびーん。",
    "below": "{sys}ぬパスワードや 下んかい書ちょーちゃびーん。",
    "ask": "{sys}ぬパスワードや ぬーやいびーが？",
    "ans": "くりやいびーん：{v}",
    "temp": "{name}ぬ仮パスワード：{v}　初めてログインさるばすや 変えてぃくみそーれー。",
    "wifi": "Wi-Fi（{ssid}）ぬパスワード：{v}",
    "door": "{place}ぬ戸ぬ番号：{v}",
    "alarm": "警報器ぬ暗証番号：{v}",
    "backup": "バックアップぬパスフレーズ：{v}",
    "token": "{prov}ぬ新しいトークン：{v}",
    "revoked": "くぬ{prov}トークンや 失効さびたん。前ぬや {v} やいびーたん。",
    "rotated": "{sys}ぬ前ぬパスワードや {v} やいびーたん。ちゅうぬ朝 変えやびたん。",
    "newref": "新しいむぬや {v} んかい あいびーん。",
    "uri": "{sys}ぬ接続文字列：{v}",
    "cli": "{sys}さーに くり実行さびら：{v}",
    "pair_id": "{prov}ぬキーID：{v}",
    "pair_sec": "シークレットや くり：{v}",
    "ref": "{sys}ぬパスワードや {v} んかい 入っちょーいびーん。",
    "masked": "トークンぬ終わいや {v} やいびーん。ぬーがやら 見ちくみそーれー。",
    "ph": "{v} ぬ代わいに 自分ぬパスワード 入っとぅくみそーれー。",
    "env": "アプリや {v} から読みやびーん。",
    "commit": "コミット {v} デプロイさびたん。",
    "ticket": "サポート番号 {v}",
    "sum": "バックアップファイルぬチェックサム：{v}",
    "fp": "サーバーぬフィンガープリント：{v}",
    "hash": "DBんかいや ハッシュびけーん あいびーん：{v}",
    "example": "{v} や ドキュメントぬ例やいびーん。わったーむぬぇー あらびらん。",
    "public": "くりや公開鍵やくとぅ、共有しん しむん：{v}",
    "nopaste": "くまんかい パスワード 書かんぐとぅ さびら。",
    "policy": "パスワードや 十二文字以上にさびら。前に使たるむぬや 二度と使らんぐとぅ。",
    "chat": ["はいさい！", "にふぇーでーびる。", "ちばりよー！", "三線ぬ皮、ちゅう張いやびたん。", "なんくるないさ。",
             "わかやびたん。"],
    "i18n": [("login.password", "パスワード"), ("login.pin", "暗証番号 入りてぃくみそーれー"), ("door.code", "戸ぬ番号"),
             ("wifi.key", "Wi-Fiぬパスワード"), ("login.forgot", "パスワード 忘りやびたが？")],
    "ph_native": "（ここにパスワード）",
    "tbl": ("システム", "ユーザー", "パスワード"),
    "heads": {"handover": "引き継ぎぬメモ", "runbook": "運用ぬ手引き", "minutes": "寄り合いぬ記録", "access": "アクセス",
              "notes": "メモ", "decisions": "決またるくとぅ", "actions": "すしぐとぅ", "present": "出席"},
    "subj": ["{sys}：アクセス", "{sys}んかい ログインないびらん", "{sys}ぬ鍵", "Re: {sys}"],
}

# ---------------------------------------------------------------- Shanghainese (Wu, simplified characters)
WUU = {
    "name": "Shanghainese", "code": "wuu", "q": ("\u201c", "\u201d"), "digits": None,
    "colon": "{sys} 个密码：{v}",
    "sentence": "{sys} 个密码我先改成 {v} 了，用勿来就搭我讲一声。",
    "quoted": "{sys} 个密码是\u201c{v}\u201d。",
    "below": "{sys} 个密码写辣下头。",
    "ask": "{sys} 个密码是啥？",
    "ans": "喏：{v}",
    "temp": "{name} 个临时密码：{v}，第一趟登录辰光要改脱。",
    "wifi": "无线网 {ssid} 密码：{v}",
    "door": "{place} 门禁密码：{v}",
    "alarm": "报警器 PIN：{v}",
    "backup": "备份口令：{v}",
    "token": "{prov} 新个 token：{v}",
    "revoked": "迭个 {prov} token 已经作废了，老早是 {v}。",
    "rotated": "{sys} 老个密码是 {v}，今朝早浪向改脱了。",
    "newref": "新个放辣 {v} 里向。",
    "uri": "{sys} 个连接串：{v}",
    "cli": "到 {sys} 浪向跑一记：{v}",
    "pair_id": "{prov} key ID：{v}",
    "pair_sec": "secret 是迭个：{v}",
    "ref": "{sys} 个密码放辣 {v} 里向。",
    "masked": "token 尾巴是 {v}，侬看看是哪一个。",
    "ph": "拿 {v} 换成侬自家个密码。",
    "env": "程序从 {v} 里向读个。",
    "commit": "已经部署 commit {v} 了。",
    "ticket": "工单号 {v}",
    "sum": "备份文件个校验和：{v}",
    "fp": "服务器指纹：{v}",
    "hash": "数据库里只有哈希：{v}",
    "example": "{v} 是文档里个例子，勿是阿拉个。",
    "public": "迭个是公钥，可以分享个：{v}",
    "nopaste": "覅辣迭搭贴密码。",
    "policy": "密码至少十二位，用过个密码勿好再用。",
    "chat": ["侬好！", "谢谢侬。", "今朝生意老好个。", "锅子里个生煎已经好了。", "晓得了。", "阿拉夜里向再讲。"],
    "i18n": [("login.password", "密码"), ("login.pin", "请输入 PIN 码"), ("door.code", "门禁密码"),
             ("wifi.key", "无线网密码"), ("login.forgot", "密码忘记脱了？")],
    "ph_native": "<密码>",
    "tbl": ("系统", "用户", "密码"),
    "heads": {"handover": "交接笔记", "runbook": "运维手册", "minutes": "会议纪要", "access": "登录",
              "notes": "备注", "decisions": "决定", "actions": "要做个事体", "present": "参加"},
    "subj": ["{sys}：登录信息", "{sys} 登勿进", "{sys} 个钥匙", "Re: {sys}"],
}
