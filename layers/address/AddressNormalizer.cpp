#include "address/AddressNormalizer.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// Traditional and variant characters seen in addresses, each followed by its simplified form.
/// Callers' text comes from Hong Kong / Taiwan input methods, old signboards and OCR; the standard
/// addresses are simplified.
constexpr char16_t kVariantPairs[] =
    u"號号區区縣县鎮镇鄉乡樓楼單单門门廣广場场園园莊庄東东華华龍龙灣湾陽阳興兴嶼屿馬马倉仓臺台閩闽長长連连"
    u"羅罗陳陈鄭郑橋桥衖弄棟栋層层國国廈厦寧宁豐丰慶庆鳳凤雲云匯汇嶺岭亞亚裏里裡里進进達达濱滨鄰邻實实築筑"
    u"團团業业電电蘭兰館馆舘馆禦御邨村戶户樂乐開开發发學学書书藝艺綠绿雙双環环舊旧葉叶蓮莲麗丽錦锦繡绣觀观"
    u"頭头灘滩湧涌澤泽瀾澜漢汉歷历邊边遠远運运過过農农貿贸貴贵賓宾陸陆際际隊队階阶鐘钟銀银鋼钢鐵铁鳥鸟魚鱼"
    u"鶴鹤鷺鹭黃黄齊齐龜龟寶宝氣气產产盤盘碼码礦矿禮礼祿禄穀谷窯窑紅红紡纺經经緯纬總总聖圣職职舉举藥药衛卫"
    u"裝装見见設设詩诗誠诚護护財财質质車车軍军輝辉辦办郵邮醫医錢钱鏡镜閣阁隴陇雞鸡靈灵韓韩順顺頤颐領领風风"
    u"飛飞餘余騰腾驛驿體体鳴鸣麥麦齋斋燈灯熱热愛爱態态憲宪應应懷怀據据數数會会條条樞枢標标樹树機机權权歡欢"
    u"漁渔濟济湯汤溝沟滿满潔洁爐炉牆墙獅狮現现畫画當当療疗盡尽眾众種种範范簡简糧粮紀纪約约級级紗纱組组結结"
    u"絲丝維维網网線线練练聯联聲声臨临鋪铺舖铺藍蓝蘇苏處处補补製制複复覽览記记許许論论證证識识讀读變变貨货"
    u"購购賣卖賢贤趙赵軒轩輔辅輪轮轉转迴回遊游選选還还鄧邓釣钓鎖锁閒闲間间關关陰阴隨随險险隱隐雜杂預预題题"
    u"類类顯显駐驻驗验魯鲁鮮鲜鹽盐黨党峯峰羣群崙仑栢柏淸清敎教巿市衆众嶽岳瓊琼璽玺瑤瑶瓏珑淺浅滄沧滬沪潯浔"
    u"澗涧灝灏瀨濑禎祯穎颖筍笋簾帘緣缘縫缝繞绕義义習习翹翘葦苇蔣蒋蕭萧誼谊貝贝賀贺賽赛趕赶躍跃輿舆轄辖遼辽"
    u"郟郏鄒邹鄺邝醬酱釀酿鈺钰鋒锋錫锡鍾钟鐸铎閔闵闖闯陝陕隸隶雋隽雛雏韻韵頂顶頌颂顧顾飄飘饒饶馮冯駕驾騎骑"
    u"驊骅鬱郁鳩鸠鴻鸿鵬鹏鷹鹰龐庞後后";

/// The district and county names of Fuzhou (GB/T 2260, see DOMAIN.md): "福州" is stripped only in
/// front of one of these, since it also starts names (福州大学).
constexpr std::array<QStringView, 13> kDistrictStems{u"鼓楼", u"台江", u"仓山", u"马尾", u"晋安",
                                                     u"长乐", u"闽侯", u"连江", u"罗源", u"闽清",
                                                     u"永泰", u"平潭", u"福清"};

const QHash<char16_t, char16_t> &variantTable()
{
  static const QHash<char16_t, char16_t> table = [] {
    QHash<char16_t, char16_t> t;
    for (std::size_t i = 0; i + 1 < std::size(kVariantPairs) - 1; i += 2) {
      if (kVariantPairs[i] != kVariantPairs[i + 1])
        t.insert(kVariantPairs[i], kVariantPairs[i + 1]);
    }
    return t;
  }();
  return table;
}

bool isAsciiDigit(QChar c)
{
  return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
  return isAsciiDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isDash(char16_t c)
{
  switch (c) {
  case u'-':
  case u'\u2010': // hyphen
  case u'\u2011':
  case u'\u2012':
  case u'\u2013': // en dash
  case u'\u2014': // em dash
  case u'\u2015':
  case u'\u2212': // minus
  case u'\uFE63':
  case u'\u30FC': // katakana long vowel, which some input methods give for a dash
    return true;
  default:
    return false;
  }
}

/// Characters that only separate words: whitespace, ASCII and CJK punctuation, brackets, quotes.
bool isSeparator(QChar c)
{
  if (c.isSpace())
    return true;
  if (c == u'#' || c == u'-')
    return false;
  return c.isPunct() || c.isSymbol();
}

/// The counting words after which a numeral is a number, longest first so that 单元 wins over 单.
constexpr std::array<QStringView, 13> kCountMarkers{u"单元", u"号", u"栋", u"幢", u"座", u"楼", u"单",
                                                    u"室",   u"层", u"户", u"房", u"组", u"#"};

bool startsWithCountMarker(QStringView text)
{
  for (QStringView marker : kCountMarkers) {
    if (text.startsWith(marker))
      return true;
  }
  return false;
}

int digitValue(QChar c)
{
  switch (c.unicode()) {
  case u'〇':
  case u'零':
    return 0;
  case u'一':
  case u'壹':
    return 1;
  case u'二':
  case u'两':
  case u'贰':
    return 2;
  case u'三':
  case u'叁':
    return 3;
  case u'四':
  case u'肆':
    return 4;
  case u'五':
  case u'伍':
    return 5;
  case u'六':
    return 6;
  case u'七':
  case u'柒':
    return 7;
  case u'八':
  case u'捌':
    return 8;
  case u'九':
  case u'玖':
    return 9;
  default:
    return -1;
  }
}

int multiplierValue(QChar c)
{
  switch (c.unicode()) {
  case u'十':
  case u'拾':
    return 10;
  case u'百':
  case u'佰':
    return 100;
  case u'千':
  case u'仟':
    return 1000;
  case u'万':
    return 10000;
  default:
    return 0;
  }
}

/// Road-name suffixes: digits glued to one of these are part of a road's name ("817路").
bool isRoadSuffix(QChar c)
{
  static const QString suffixes = u"路街巷弄道里线环"_s;
  return suffixes.contains(c);
}

} // namespace

bool AddressNormalizer::isChineseNumeral(QChar c)
{
  return digitValue(c) >= 0 || multiplierValue(c) > 0;
}

std::optional<qint64> AddressNormalizer::chineseNumberValue(QStringView numeral)
{
  if (numeral.isEmpty())
    return std::nullopt;
  bool positional = false;
  for (QChar c : numeral) {
    if (!isChineseNumeral(c))
      return std::nullopt;
    positional = positional || multiplierValue(c) > 0;
  }
  if (!positional) {
    qint64 value = 0;
    for (QChar c : numeral)
      value = value * 10 + digitValue(c);
    return value;
  }
  // 一百零五: sections below 万 add up digit × multiplier; a bare multiplier (十二) counts one.
  qint64 total = 0, section = 0;
  int digit = -1;
  int lastMultiplier = 100000;
  for (QChar c : numeral) {
    if (const int d = digitValue(c); d >= 0) {
      if (d == 0)
        continue;
      if (digit >= 0)
        return std::nullopt; // two digits in a row inside a positional numeral
      digit = d;
      continue;
    }
    const int m = multiplierValue(c);
    if (m == 10000) {
      total += (section + std::max(digit, 0)) * 10000;
      section = 0;
      lastMultiplier = 100000;
    } else {
      if (m >= lastMultiplier)
        return std::nullopt; // 十百: multipliers must fall
      section += (digit < 0 ? 1 : digit) * m;
      lastMultiplier = m;
    }
    digit = -1;
  }
  return total + section + std::max(digit, 0);
}

QString AddressNormalizer::foldCharacters(QStringView text)
{
  const QHash<char16_t, char16_t> &variants = variantTable();
  QString folded;
  folded.reserve(text.size());
  bool pendingSpace = false; // whitespace seen since the last kept character
  for (QChar c : text) {
    char16_t u = c.unicode();
    if (u == 0x3000)
      u = u' ';
    else if (u >= 0xFF01 && u <= 0xFF5E)
      u = char16_t(u - 0xFF01 + 0x21);
    if (isDash(u))
      u = u'-';
    if (const auto it = variants.constFind(u); it != variants.cend())
      u = it.value();
    if (u >= u'a' && u <= u'z')
      u = char16_t(u - u'a' + u'A');
    const QChar out(u);
    if (out.isSpace()) {
      pendingSpace = true;
      continue;
    }
    if (isSeparator(out)) {
      pendingSpace = false;
      continue;
    }
    if (pendingSpace && isAsciiDigit(out) && !folded.isEmpty() && isAsciiDigit(folded.back()))
      folded += u'-';
    pendingSpace = false;
    folded += out;
  }
  // A dash counts only between letters or digits ("56-1号", "2-1-701"); elsewhere it is punctuation.
  QString result;
  result.reserve(folded.size());
  for (qsizetype i = 0; i < folded.size(); ++i) {
    if (folded[i] == u'-') {
      const bool between = !result.isEmpty() && isAsciiAlnum(result.back()) && i + 1 < folded.size() &&
                           isAsciiAlnum(folded[i + 1]);
      if (!between)
        continue;
    }
    result += folded[i];
  }
  return result;
}

QString AddressNormalizer::stripRegionPrefix(QStringView text)
{
  static const std::array<QStringView, 6> prefixes{u"中华人民共和国", u"中国",   u"福建省",
                                                   u"福建",           u"福州市", u"福州"};
  QStringView rest = text;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (QStringView prefix : prefixes) {
      if (!rest.startsWith(prefix))
        continue;
      const QStringView after = rest.mid(prefix.size());
      if (prefix == u"福州") {
        const bool district = std::any_of(kDistrictStems.begin(), kDistrictStems.end(),
                                          [&](QStringView stem) { return after.startsWith(stem); });
        if (!district)
          continue;
      }
      if (prefix == u"福建" && after.startsWith(u"路"))
        continue; // 福建路 is a road, not the province
      rest = after;
      stripped = true;
    }
  }
  return rest.toString();
}

QString AddressNormalizer::convertNumerals(QStringView text)
{
  QString result;
  result.reserve(text.size());
  qsizetype i = 0;
  while (i < text.size()) {
    if (!isChineseNumeral(text[i])) {
      result += text[i++];
      continue;
    }
    qsizetype end = i;
    while (end < text.size() && isChineseNumeral(text[end]))
      ++end;
    const QStringView run = text.mid(i, end - i);
    const std::optional<qint64> value = chineseNumberValue(run);
    // A lone 百/千/万 is a name far more often than a count (千户村, 万达).
    const bool bareMultiplier = run.size() == 1 && multiplierValue(run[0]) >= 100;
    if (value && !bareMultiplier && startsWithCountMarker(text.mid(end))) {
      if (result.endsWith(u'第'))
        result.chop(1);
      result += QString::number(*value);
    } else {
      result += run;
    }
    i = end;
  }
  return result;
}

QString AddressNormalizer::unifyMarkers(QStringView text)
{
  QString result;
  result.reserve(text.size());
  qsizetype i = 0;
  const auto afterNumber = [&] { return !result.isEmpty() && isAsciiAlnum(result.back()); };
  while (i < text.size()) {
    const QStringView rest = text.mid(i);
    if (rest.startsWith(u'#')) {
      if (!afterNumber()) {
        ++i;
      } else if (rest.size() > 1 && QStringView(u"楼栋幢座").contains(rest[1])) {
        result += u'栋';
        i += 2;
      } else {
        result += u'号';
        ++i;
      }
      continue;
    }
    if (afterNumber()) {
      if (rest.startsWith(u"号楼") || rest.startsWith(u"号栋")) {
        result += u'栋';
        i += 2;
        continue;
      }
      if (rest.startsWith(u'幢') || rest.startsWith(u'座')) {
        result += u'栋';
        ++i;
        continue;
      }
      if (rest.startsWith(u'户') || rest.startsWith(u'房')) {
        result += u'室';
        ++i;
        continue;
      }
      if (rest.startsWith(u'单') && !rest.startsWith(u"单元")) {
        result += u"单元"_s;
        ++i;
        continue;
      }
    }
    result += text[i++];
  }
  return result;
}

QString AddressNormalizer::normalize(QStringView text)
{
  return unifyMarkers(convertNumerals(stripRegionPrefix(foldCharacters(text))));
}

std::vector<AddressToken> tokenizeAddress(QStringView normalized)
{
  std::vector<AddressToken> tokens;
  const auto appendName = [&](QStringView name) {
    if (name.isEmpty())
      return;
    if (!tokens.empty() && tokens.back().kind == AddressToken::Kind::Name)
      tokens.back().text += name;
    else
      tokens.push_back({AddressToken::Kind::Name, name.toString(), AddressToken::Marker::None});
  };
  qsizetype i = 0;
  while (i < normalized.size()) {
    if (!isAsciiAlnum(normalized[i])) {
      qsizetype end = i;
      while (end < normalized.size() && !isAsciiAlnum(normalized[end]))
        ++end;
      appendName(normalized.mid(i, end - i));
      i = end;
      continue;
    }
    qsizetype end = i;
    bool digits = false;
    while (end < normalized.size() && (isAsciiAlnum(normalized[end]) || normalized[end] == u'-')) {
      digits = digits || isAsciiDigit(normalized[end]);
      ++end;
    }
    const QStringView number = normalized.mid(i, end - i);
    const QStringView rest = normalized.mid(end);
    using Marker = AddressToken::Marker;
    Marker marker = Marker::None;
    qsizetype markerLength = 1;
    if (rest.startsWith(u"单元")) {
      marker = Marker::Unit;
      markerLength = 2;
    } else if (!rest.isEmpty()) {
      switch (rest[0].unicode()) {
      case u'号':
        marker = Marker::House;
        break;
      case u'栋':
        marker = Marker::Building;
        break;
      case u'楼':
        marker = Marker::BuildingOrFloor;
        break;
      case u'层':
        marker = Marker::Floor;
        break;
      case u'室':
        marker = Marker::Room;
        break;
      case u'组':
        marker = Marker::Group;
        break;
      default:
        break;
      }
    }
    // Letters count as a number only when a marker says so ("A栋"); digits glued to a road suffix
    // are the road's name ("817路").
    const bool nameLike = marker == Marker::None && (!digits || (!rest.isEmpty() && isRoadSuffix(rest[0])));
    if (nameLike) {
      appendName(number);
      i = end;
      continue;
    }
    tokens.push_back({AddressToken::Kind::Number, number.toString(), marker});
    i = end + (marker == Marker::None ? 0 : markerLength);
  }
  return tokens;
}

} // namespace rc
