#pragma once

#include "base/Error.h"

#include <QMetaType>
#include <QString>

namespace rc {

/// A failure in a coordinate operation (code InvalidInput): a definition PROJ cannot parse, a
/// transform it cannot build, or a point outside the operation's domain. what() is a UTF-8
/// sentence for the user.
class CrsError : public Error
{
public:
  enum class Reason { InvalidDefinition, NoTransform, TransformFailed };
  CrsError(Reason reason, const QString &message);
  [[nodiscard]] Reason reason() const { return m_reason; }

private:
  Reason m_reason;
};

/// A coordinate reference system, as a small value. Most CRSs are anything PROJ understands
/// (EPSG codes, WKT, PROJ strings); GCJ-02 and BD-09, the Chinese internet-map offsets that are in
/// neither EPSG nor PROJ, are built in and behave like any other CRS to the rest of the code.
/// Axis order is always the traditional GIS one: x = longitude/easting, y = latitude/northing.
/// Cheap to copy; safe to share between threads (it holds no PROJ object).
class Crs
{
public:
  enum class Kind : quint8 { Invalid, Proj, Gcj02, Bd09 };

  Crs() = default;

  /// "EPSG:4490", "epsg:4549", "4326", "GCJ02"/"GCJ-02", "BD09"/"BD-09", WKT, PROJ strings,
  /// "+proj=...". Throws CrsError(InvalidDefinition) when PROJ cannot make a CRS of it.
  static Crs fromUserInput(const QString &definition);
  static Crs fromEpsg(int code);
  static Crs fromWkt(const QString &wkt);

  static Crs wgs84();    ///< EPSG:4326
  static Crs cgcs2000(); ///< EPSG:4490
  static Crs gcj02();
  static Crs bd09();

  [[nodiscard]] bool isValid() const { return m_kind != Kind::Invalid; }
  [[nodiscard]] Kind kind() const { return m_kind; }
  /// "EPSG:4490", "RC:GCJ02", "RC:BD09"; empty for a CRS without an authority code.
  [[nodiscard]] QString authId() const { return m_authId; }
  /// Human-readable name, e.g. "China Geodetic Coordinate System 2000".
  [[nodiscard]] QString name() const { return m_name; }
  /// The string handed to PROJ (authority code when there is one, else WKT or PROJ string).
  /// For GCJ-02 and BD-09: their geodetic base, EPSG:4326.
  [[nodiscard]] QString projDefinition() const { return m_definition; }
  [[nodiscard]] bool isGeographic() const { return m_geographic; }
  /// WKT2 of the CRS (for GCJ-02/BD-09: of EPSG:4326 with a remark), for project files.
  [[nodiscard]] QString toWkt() const;
  /// A string that fromUserInput() turns back into this CRS: authId when there is one, else WKT.
  [[nodiscard]] QString toUserInput() const;

  friend bool operator==(const Crs &a, const Crs &b)
  {
    return a.m_kind == b.m_kind && a.m_definition == b.m_definition;
  }

private:
  Kind m_kind = Kind::Invalid;
  bool m_geographic = false;
  QString m_authId;
  QString m_name;
  QString m_definition;
};

} // namespace rc

Q_DECLARE_METATYPE(rc::Crs)
