#pragma once

// GDAL/OGR plumbing shared by the vector readers. Internal to layers/data: nothing outside it
// should include GDAL headers through this file.

#include "data/FeatureStore.h"

#include <QString>

#include <cpl_error.h>
#include <ogr_core.h>

#include <vector>

class OGRGeometry;
class OGRSimpleCurve;

namespace rc {

/// Registers GDAL's drivers and our process-wide GDAL settings, once; safe from any thread.
void ensureGdalRegistered();

/// Silences GDAL's stderr output on the current thread for its lifetime and keeps the failures
/// (CE_Failure and worse) raised meanwhile, so they can go into a DataError instead. GDAL's handler
/// stack is per thread, so one capture guards only the thread that made it; nest freely.
class GdalErrorCapture
{
public:
  GdalErrorCapture();
  ~GdalErrorCapture();
  GdalErrorCapture(const GdalErrorCapture &) = delete;
  GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

  [[nodiscard]] int failureCount() const { return m_failureCount; }
  /// The first failure's text: later ones are usually consequences of it.
  [[nodiscard]] QString firstFailure() const { return m_firstFailure; }

private:
  static void CPL_STDCALL handle(CPLErr level, CPLErrorNum number, const char *message);

  int m_failureCount = 0;
  QString m_firstFailure;
};

/// Writes a date, time or date-time field as ISO 8601 ("2024-05-01T08:30:00+08:00") into `out`,
/// which must hold 40 bytes; returns the length. OGR's own GetFieldAsString uses "2024/05/01".
std::size_t formatIsoDateTime(const OGRField &field, OGRFieldType type, char *out);

/// Converts OGR geometries into FeatureStoreBuilder features: linearises curves, drops Z/M, and
/// copies coordinates in bulk. One per load, on the loading thread; reuses its coordinate buffer.
class GeometryAppender
{
public:
  explicit GeometryAppender(FeatureStoreBuilder &builder) : m_builder(builder) {}

  /// Begins the feature `fid` in the builder with the geometry's rings; null or empty geometry
  /// makes an Empty feature.
  void append(qint64 fid, const OGRGeometry *geometry);

private:
  void addParts(const OGRGeometry &geometry, GeometryKind kind);
  void addCurve(const OGRSimpleCurve &curve, bool startsPart);

  FeatureStoreBuilder &m_builder;
  std::vector<double> m_xy;
};

} // namespace rc
