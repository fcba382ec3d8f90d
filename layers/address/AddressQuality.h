#pragma once

#include "address/AddressIndex.h"
#include "address/AddressTypes.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <map>
#include <vector>

namespace rc {

/// The checks run over a standard address layer.
enum class QualityRule : quint8 {
  DuplicateCode,       ///< one addr_code on several records
  DuplicateText,       ///< one address text (after normalization) on several records
  OutsideCommunity,    ///< the point is not inside the polygon of the community it names
  MissingLevel,        ///< a required level (code, district ... house number, text, point) is empty
  HouseNumberSequence, ///< a house number sits far off the line its neighbours along the road draw
  CodeMismatch,        ///< a code disagrees with its parents (community, district, grid)
};

/// The machine name of a rule ("duplicate_code" ...), as written in reports.
[[nodiscard]] QString ruleKey(QualityRule rule);

/// One problem found on one record. `detail` is a translated sentence that names the problem,
/// never more of the record than its address.
struct QualityFinding
{
  QualityRule rule = QualityRule::MissingLevel;
  qint64 fid = -1;
  QString addrCode;
  QString fullAddress;
  QString detail;
  double lon = std::numeric_limits<double>::quiet_NaN();
  double lat = std::numeric_limits<double>::quiet_NaN();
};

struct QualityOptions
{
  /// The address layer; empty takes "addresses", else the first point layer.
  QString layer;
  /// Where the community polygons are (empty: the address source itself) and their layer, with
  /// `code` and `name` columns (and `district`, `town`, `district_code` when present). Without
  /// it the outside-community rule is skipped and codes are checked against each other only.
  QString communitiesPath;
  QString communitiesLayer = QStringLiteral("communities");
  /// A house number is out of sequence when the way from the previous number to it and on to the
  /// next is this many times longer than the direct way, and longer by at least
  /// `sequenceMinExcessMetres`: compounds sit back from the street, so small detours are normal.
  double sequenceDetourRatio = 3.0;
  double sequenceMinExcessMetres = 200.0;
};

/// What a check found, with counts per rule.
struct QualityReport
{
  QString sourcePath;
  QString layer;
  qint64 addressCount = 0;
  bool communitiesChecked = false;
  std::vector<QualityFinding> findings;
  [[nodiscard]] std::map<QualityRule, qint64> counts() const;
};

/// Quality checks over a standard address layer: duplicates, points outside their community
/// (GEOS prepared geometries), missing levels, house numbers out of sequence along a road, and
/// codes that do not match their parents. Streams the layer twice (once to check, once to fill in
/// the flagged records' text), so a city of 3 million addresses needs about 200 MB. Static
/// functions, no state; any thread, one check per call.
class AddressQuality
{
public:
  /// Runs every rule. Throws AddressIndexError (Source when the layers cannot be read, Cancelled).
  [[nodiscard]] static QualityReport check(const QString &sourcePath, const QualityOptions &options = {},
                                           const AddressIndexProgress &progress = {},
                                           const std::atomic_bool *cancel = nullptr);

  /// {"source", "layer", "address_count", "communities_checked", "counts": {rule: n},
  ///  "findings": [{"rule", "fid", "addr_code", "full_address", "detail", "lon", "lat"}]}.
  [[nodiscard]] static QJsonObject toJson(const QualityReport &report);
  /// One finding per row: rule, fid, addr_code, full_address, detail, lon, lat (UTF-8 with BOM).
  [[nodiscard]] static bool writeCsv(const QualityReport &report, const QString &path,
                                     QString *error = nullptr);
  /// Writes the findings as a point layer (EPSG:4490) into a GeoPackage, creating the file if
  /// needed and replacing a layer of the same name. Throws AddressIndexError.
  static void writeGeoPackage(const QualityReport &report, const QString &path,
                              const QString &layer = QStringLiteral("address_findings"));
};

} // namespace rc
