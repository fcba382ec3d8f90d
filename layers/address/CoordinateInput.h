#pragma once

#include <QString>
#include <QStringView>

namespace rc {

/// What an operator typed when it is not address text: a coordinate in one of the forms the
/// centre's staff use, a 15-digit grid code, or an address code. Parsing only; a value type.
struct CoordinateInput
{
  enum class Kind : quint8 {
    None,        ///< address text, to be geocoded
    LonLat,      ///< decimal degrees or degrees-minutes-seconds, now in lon/lat
    GaussKruger, ///< CGCS2000 Gauss-Krüger zone 40 metres (EPSG:4549 or, with the zone prefix, 4528), now in
                 ///< lon/lat
    GridCode,    ///< 15 digits: county, street, community and grid sequence (GB/T 30428.1)
    AddressCode, ///< a run of digits to look up as an addr_code
  };

  Kind kind = Kind::None;
  double lon = 0; ///< CGCS2000, for LonLat and GaussKruger
  double lat = 0;
  QString code; ///< for GridCode and AddressCode

  /// Recognises "119.30,26.08", "26.08 119.30" (latitude first is told apart by range),
  /// 119°18'00"E 26°04'48"N, 东经119度18分 北纬26度4分48秒, "429964,2885885", "40429964,2885885",
  /// 15-digit grid codes and digit-only codes. Degrees outside China and metres outside zone 40's
  /// range are not coordinates.
  [[nodiscard]] static CoordinateInput parse(QStringView text);
};

} // namespace rc
