#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace rc {

/// Folds Chinese address text, as operators type what callers say, into one form for matching:
/// the standard addresses go through the same folding when they are indexed, so both sides meet.
/// The steps are public so they can be tested one by one; normalize() runs them all in order.
/// Stateless; any thread.
class AddressNormalizer
{
public:
  /// foldCharacters, stripRegionPrefix, convertNumerals and unifyMarkers, in that order.
  [[nodiscard]] static QString normalize(QStringView text);

  /// Full-width forms to ASCII, traditional and variant characters common in addresses to
  /// simplified (號→号, 區→区, 樓→楼 ...), Latin letters to upper case, every dash to '-', and
  /// spaces and punctuation removed. Whitespace between two digits becomes '-' ("2 1 701" reads as
  /// building-unit-room), and a '-' survives only between letters or digits.
  [[nodiscard]] static QString foldCharacters(QStringView text);

  /// Removes leading 中国 / 福建省 / 福州市 (and 福州 before a district name): callers say them or
  /// not, and every standard address of the city would share them.
  [[nodiscard]] static QString stripRegionPrefix(QStringView text);

  /// Chinese numerals that count something (before 号, 栋, 幢, 座, 楼, 单元, 室, 层, 户, 房, 组)
  /// become Arabic digits, 第 before them dropped: 十二号 → 12号, 一百零五室 → 105室,
  /// 七零一室 → 701室. Numerals in names stay (五一路, 三坊七巷).
  [[nodiscard]] static QString convertNumerals(QStringView text);

  /// One spelling per level marker after a number or letter: 号楼/幢/座/#楼 → 栋, # → 号,
  /// 户/房 → 室, 单 → 单元.
  [[nodiscard]] static QString unifyMarkers(QStringView text);

  /// The value of a run of Chinese numerals: positional (一百零五 → 105, 十二 → 12) or digit by
  /// digit (七零一 → 701, 二〇二四 → 2024). nullopt when the run is not a numeral.
  [[nodiscard]] static std::optional<qint64> chineseNumberValue(QStringView numeral);

  /// True for the characters chineseNumberValue() reads.
  [[nodiscard]] static bool isChineseNumeral(QChar c);
};

/// One piece of normalized address text: a run of name characters, or a number (digits, letters
/// and dashes such as "56", "56-1", "A", "2-1-701") with the level marker that follows it.
struct AddressToken
{
  enum class Kind : quint8 { Name, Number };
  /// The marker after a number; BuildingOrFloor is a bare 楼, which callers use for both.
  enum class Marker : quint8 { None, House, Building, BuildingOrFloor, Floor, Unit, Room, Group };

  Kind kind = Kind::Name;
  QString text;
  Marker marker = Marker::None;

  /// The dash-separated parts of a number ("2-1-701" → 2, 1, 701).
  [[nodiscard]] QStringList parts() const { return text.split(u'-'); }
  friend bool operator==(const AddressToken &, const AddressToken &) = default;
};

/// Splits normalized text into name runs and marked numbers, in reading order. A number glued to
/// a road suffix ("817路") stays in the name.
[[nodiscard]] std::vector<AddressToken> tokenizeAddress(QStringView normalized);

} // namespace rc
