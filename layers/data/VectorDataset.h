#pragma once

#include "base/Error.h"
#include "data/FeatureStore.h"
#include "geo/Crs.h"

#include <QString>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>

namespace rc {

/// A failure to open or read a data source (code Data). what() is a UTF-8, translated sentence that
/// names the file and the problem, ready for the message bar or stderr.
class DataError : public Error
{
public:
  DataError(const QString &path, const QString &problem);
  [[nodiscard]] QString path() const { return m_path; }
  [[nodiscard]] QString problem() const { return m_problem; }

private:
  QString m_path;
  QString m_problem;
};

/// How to open a source. Empty encoding means: the file's own (.cpg, DBF language id), else GBK
/// (CP936) for shapefiles, since Chinese government data seldom ships a .cpg.
struct OpenOptions
{
  QString encoding;
};

/// What `rongcheng info` and the layer panel show about one layer of a source.
struct LayerSummary
{
  QString name;
  QString geometryType; ///< OGR's name, e.g. "Point", "Multi Polygon"
  Crs crs;              ///< invalid when the source declares none
  qint64 featureCount = -1;
  BBox extent;            ///< in the layer's CRS; empty when unknown
  QString fidColumn;      ///< the column holding feature ids in a database table; empty for files
  QString geometryColumn; ///< the geometry column of a database table; empty for files
};

/// Progress of a load: features read so far and the expected total (-1 when unknown).
using LoadProgress = std::function<void(qint64 done, qint64 total)>;

/// One open GDAL/OGR vector source (GeoPackage, Shapefile, GeoJSON, CSV, FlatGeobuf, KML, ...).
/// Owns its GDAL dataset handle, so it belongs to one thread at a time: open it on the thread that
/// reads it (loaders do).
class VectorDataset
{
public:
  /// Opens a file (or any GDAL connection string). Throws DataError when the file is missing,
  /// unreadable, not a vector source, or has no layer.
  static std::unique_ptr<VectorDataset> open(const QString &path, const OpenOptions &options = {});
  ~VectorDataset();
  VectorDataset(const VectorDataset &) = delete;
  VectorDataset &operator=(const VectorDataset &) = delete;

  [[nodiscard]] QString path() const { return m_path; }
  [[nodiscard]] QString driverName() const;
  [[nodiscard]] int layerCount() const;
  /// Index of a layer by name; -1 when absent.
  [[nodiscard]] int layerIndex(const QString &name) const;
  [[nodiscard]] LayerSummary summary(int layer) const;
  /// Attributes of the first n features, decoded to Unicode (QVariantMap per feature, field order
  /// kept in `fieldNames`).
  [[nodiscard]] QList<QVariantMap> sample(int layer, int n, QStringList *fieldNames = nullptr) const;

  /// Reads every feature of a layer into a FeatureStore; with a non-empty `filter` (in the layer's
  /// CRS) only the features whose bounds meet it; with a `limit` >= 0 at most that many (a view
  /// over a huge table). Progress is reported every few thousand features; `cancel` is polled and,
  /// when set, the load stops with DataError("cancelled"). Throws DataError on read errors
  /// (truncated or corrupt files, a dropped database connection). A non-empty `where` is an
  /// attribute filter in the source's own SQL dialect, built by the caller from trusted parts only
  /// (it is not a place for user input: see AttributeFilter for that).
  [[nodiscard]] std::shared_ptr<const FeatureStore> load(int layer, const LoadProgress &progress = {},
                                                         const std::atomic_bool *cancel = nullptr,
                                                         const BBox &filter = {}, qint64 limit = -1,
                                                         const QString &where = {}) const;

private:
  struct Private;
  explicit VectorDataset(std::unique_ptr<Private> d, QString path);
  std::unique_ptr<Private> d;
  QString m_path;
};

} // namespace rc
