#pragma once

#include "data/Field.h"
#include "data/SpatialIndex.h"
#include "geo/BBox.h"

#include <QVariant>

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <vector>

namespace rc {

/// The dimension class of one feature's geometry; multi-geometries keep the class of their parts.
enum class GeometryKind : quint8 { Empty, Point, Line, Polygon };

/// The shown form of one column in FeatureStore::withMaskedColumns(): one text per feature.
struct MaskedColumn
{
  int field = 0;
  std::vector<QString> values;
};

/// One attribute value to set in FeatureStore::withAttributes(); a null QVariant sets null.
struct AttributeChange
{
  std::uint32_t feature = 0;
  int field = 0;
  QVariant value;
};

/// A compact, read-only in-memory copy of a vector layer: coordinates in one flat array, attributes
/// in typed columns, and a bulk-loaded spatial index. Built once by FeatureStoreBuilder on a loader
/// thread, then shared (std::shared_ptr<const FeatureStore>) by the layer and every render job;
/// immutable, so any thread may read it without locks.
///
/// Geometry layout: a feature owns a run of rings; a ring is a run of x,y pairs. For points every
/// ring holds one vertex (a multipoint has several rings). For lines a ring is one linestring. For
/// polygons a ring flagged `startsPart` is an exterior ring and the rings after it are its holes.
class FeatureStore
{
public:
  struct Ring
  {
    std::span<const double> xy; ///< interleaved x0,y0,x1,y1,...
    bool startsPart = false;
    [[nodiscard]] std::size_t vertexCount() const { return xy.size() / 2; }
  };

  [[nodiscard]] std::size_t featureCount() const { return m_fid.size(); }
  [[nodiscard]] const Fields &fields() const { return m_fields; }
  [[nodiscard]] int fieldIndex(const QString &name) const;
  [[nodiscard]] BBox extent() const { return m_extent; }
  [[nodiscard]] std::size_t vertexCount() const { return m_xy.size() / 2; }

  [[nodiscard]] qint64 fid(std::size_t feature) const { return m_fid[feature]; }
  [[nodiscard]] GeometryKind kind(std::size_t feature) const { return m_kind[feature]; }
  /// The kind shared by every non-empty feature; Empty when kinds are mixed (GeoJSON, KML) or when
  /// there is no geometry at all.
  [[nodiscard]] GeometryKind dominantKind() const { return m_dominantKind; }
  /// The feature's vertices as indices [first, last) into coordinates() (in vertices, not doubles).
  [[nodiscard]] std::pair<std::size_t, std::size_t> vertexRange(std::size_t feature) const
  {
    return {m_ringStart[m_featureRingStart[feature]], m_ringStart[m_featureRingStart[feature + 1]]};
  }
  /// The ring's vertices as indices [first, last) into coordinates(), for renderers that read
  /// reprojected copies of the coordinate array.
  [[nodiscard]] std::pair<std::size_t, std::size_t> ringVertexRange(std::size_t feature,
                                                                    std::size_t ringInFeature) const
  {
    const std::size_t r = m_featureRingStart[feature] + ringInFeature;
    return {m_ringStart[r], m_ringStart[r + 1]};
  }
  [[nodiscard]] bool ringStartsPart(std::size_t feature, std::size_t ringInFeature) const
  {
    return m_ringStartsPart[m_featureRingStart[feature] + ringInFeature];
  }
  [[nodiscard]] std::size_t ringCount(std::size_t feature) const
  {
    return m_featureRingStart[feature + 1] - m_featureRingStart[feature];
  }
  [[nodiscard]] Ring ring(std::size_t feature, std::size_t ringInFeature) const;
  /// First vertex of a feature; for point layers, the point itself. Undefined for empty features.
  [[nodiscard]] const double *firstVertex(std::size_t feature) const
  {
    return m_xy.data() + 2 * std::size_t(m_ringStart[m_featureRingStart[feature]]);
  }
  [[nodiscard]] BBox featureBounds(std::size_t feature) const;
  /// All coordinates, interleaved; ring and feature offsets index into this array in vertices.
  [[nodiscard]] std::span<const double> coordinates() const { return m_xy; }

  /// Attribute value, or a null QVariant for a null field.
  [[nodiscard]] QVariant attribute(std::size_t feature, int field) const;
  [[nodiscard]] bool isNull(std::size_t feature, int field) const;
  [[nodiscard]] double real(std::size_t feature, int field) const;  ///< NaN when null or text
  [[nodiscard]] QString text(std::size_t feature, int field) const; ///< empty when null

  [[nodiscard]] const SpatialIndex &index() const { return m_index; }
  /// Features whose bounds intersect the box, in ascending feature order (the drawing order).
  [[nodiscard]] std::vector<std::uint32_t> featuresIn(const BBox &box) const;

  /// Bytes held, for the memory figures in benchmarks and the layer properties.
  [[nodiscard]] std::size_t memoryUsage() const;

  /// A copy with the attribute values changed; geometry, FIDs and index are the same, so
  /// coordinate caches of this store serve the copy too. The store itself never changes (render
  /// jobs may be reading it). Copies everything: meant for small layers updated live (stations,
  /// monitoring points). Values are converted to the column's type; throws std::invalid_argument
  /// for a feature or field out of range or a value the column cannot hold.
  [[nodiscard]] std::shared_ptr<const FeatureStore>
  withAttributes(std::span<const AttributeChange> changes) const;
  /// A copy with one more column, null for every feature (for live state columns that data
  /// written before them lacks). Throws std::invalid_argument when the name is taken.
  [[nodiscard]] std::shared_ptr<const FeatureStore> withField(const Field &field) const;
  /// A copy whose `columns` hold the given text instead of their values (personal data in its
  /// masked form: privacy/PersonalFields), turned into text columns (an integer phone number
  /// masks to "138****5678"); nulls stay null. Everything that reads the copy (labels, styles,
  /// filters, exports) sees only the masked text; the values themselves stay reachable through
  /// clearText() alone. Throws std::invalid_argument for a field out of range or a wrong count.
  [[nodiscard]] std::shared_ptr<const FeatureStore>
  withMaskedColumns(std::span<const MaskedColumn> columns) const;
  /// Whether the column holds masked text (withMaskedColumns()).
  [[nodiscard]] bool isMasked(int field) const { return m_clear && m_clear->contains(field); }
  [[nodiscard]] bool hasMaskedColumns() const { return m_clear && !m_clear->empty(); }
  /// The value behind a masked column's text; text() for any other column. Only for showing
  /// personal data after an audited unmask (privacy/UnmaskController) and for recording it.
  [[nodiscard]] QString clearText(std::size_t feature, int field) const;

  /// One store holding the features of all `parts` (which must have the same fields), in FID
  /// order, a FID found in several parts kept once: for reads split into pieces (boxes that touch,
  /// samples of one box) shown as one layer. Null parts are skipped.
  [[nodiscard]] static std::shared_ptr<const FeatureStore>
  merged(std::span<const std::shared_ptr<const FeatureStore>> parts);

private:
  friend class FeatureStoreBuilder;

  /// Which part and which of its features, for copying features out of one or more stores.
  struct FeatureRef
  {
    std::uint32_t part;
    std::uint32_t feature;
  };
  /// A new store with the features `order` names, copied in that order; not yet sealed.
  [[nodiscard]] static std::unique_ptr<FeatureStore> gathered(std::span<const FeatureStore *const> parts,
                                                              std::span<const FeatureRef> order);
  /// Computes bounds and the dominant kind and bulk-loads the spatial index.
  void seal();

  struct Column
  {
    FieldType type = FieldType::String;
    std::vector<qint64> integers;
    std::vector<double> reals;
    std::vector<char> text;               ///< UTF-8 of every value, back to back
    std::vector<std::uint32_t> textStart; ///< per feature + 1
    std::vector<bool> nulls;
  };

  [[nodiscard]] static QString columnText(const Column &c, std::size_t feature);

  Fields m_fields;
  std::vector<Column> m_columns;
  /// The values of masked columns, by field; shared by the copies withAttributes() makes. A
  /// merged() store has none: it shows the masked text and never the values.
  std::shared_ptr<const std::map<int, Column>> m_clear;
  std::vector<double> m_xy;
  std::vector<std::uint32_t> m_ringStart; ///< per ring + 1, in vertices
  std::vector<bool> m_ringStartsPart;
  std::vector<std::uint32_t> m_featureRingStart; ///< per feature + 1, in rings
  std::vector<qint64> m_fid;
  std::vector<GeometryKind> m_kind;
  GeometryKind m_dominantKind = GeometryKind::Empty;
  BBox m_extent;
  SpatialIndex m_index;
};

/// Fills a FeatureStore feature by feature, then seals it (bounds, spatial index). Not thread-safe;
/// one builder per loader thread.
class FeatureStoreBuilder
{
public:
  explicit FeatureStoreBuilder(Fields fields);

  void reserve(std::size_t features, std::size_t vertices);
  /// Starts a feature; rings and attributes that follow belong to it.
  void beginFeature(qint64 fid, GeometryKind kind);
  /// Appends a ring of interleaved x,y pairs to the current feature. Non-finite vertices are dropped
  /// (they would poison the index); a ring left with no vertex is dropped too.
  void addRing(std::span<const double> xy, bool startsPart);
  void setInteger(int field, qint64 value);
  void setReal(int field, double value);
  void setText(int field, QByteArrayView utf8);
  /// Leaves the field null; fields not set for a feature are null too.
  void setNull(int field);

  [[nodiscard]] std::size_t featureCount() const { return m_store->m_fid.size(); }
  /// Completes the last feature, orders features by FID, computes bounds and bulk-loads the
  /// spatial index.
  [[nodiscard]] std::shared_ptr<const FeatureStore> finish();

private:
  void closeFeature();
  /// Puts features in ascending FID order, the source's own order and so the drawing order, when
  /// the reader delivered them otherwise (a spatially filtered read comes in index order).
  void sortByFid();

  std::unique_ptr<FeatureStore> m_store;
  std::vector<bool> m_fieldSet;
  bool m_open = false;
};

} // namespace rc
