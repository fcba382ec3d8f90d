#include "geo/CoordinateTransform.h"

#include "geo/ProjContext.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString label(const Crs &crs)
{
  return crs.authId().isEmpty() ? crs.name() : crs.authId();
}

/// True when PROJ has nothing to do between the two bases: they are the same, or WGS 84 and
/// CGCS2000, which PROJ relates by a ballpark (null) transformation anyway.
bool sameBase(const QString &a, const QString &b)
{
  const auto isWgs84Like = [](const QString &definition) {
    return definition == "EPSG:4326"_L1 || definition == "EPSG:4490"_L1;
  };
  return a == b || (isWgs84Like(a) && isWgs84Like(b));
}

/// This thread's PROJ operations by (source, destination) definition. PJ objects are not thread
/// safe, so each thread builds its own; a thread only ever sees a few CRS pairs.
class OperationCache
{
public:
  // Asking for the context here makes it outlive this cache at thread exit (see threadContext()).
  OperationCache() : m_context(proj::threadContext()) {}
  OperationCache(const OperationCache &) = delete;
  OperationCache &operator=(const OperationCache &) = delete;

  /// The operation, or null when PROJ has none (remembered, so it is not retried per call).
  [[nodiscard]] PJ *operation(const QString &source, const QString &destination)
  {
    auto key = std::pair(source, destination);
    if (const auto it = m_operations.find(key); it != m_operations.end())
      return it->second.get();
    const proj::PjPtr raw(proj_create_crs_to_crs(m_context, source.toUtf8().constData(),
                                                 destination.toUtf8().constData(), nullptr));
    // EPSG puts latitude first for geographic CRSs and northing first for some projected ones;
    // the rest of the program is x = east.
    proj::PjPtr normalized(raw ? proj_normalize_for_visualization(m_context, raw.get()) : nullptr);
    PJ *result = normalized.get();
    m_operations.emplace(std::move(key), std::move(normalized));
    return result;
  }

private:
  PJ_CONTEXT *m_context;
  std::map<std::pair<QString, QString>, proj::PjPtr> m_operations;
};

OperationCache &operationCache()
{
  thread_local OperationCache cache;
  return cache;
}

/// Takes points from `kind` to its WGS 84 base.
void removeOffset(Crs::Kind kind, double *xy, std::size_t count)
{
  for (std::size_t i = 0; i < count; ++i) {
    double &lon = xy[2 * i];
    double &lat = xy[2 * i + 1];
    if (kind == Crs::Kind::Bd09)
      chinaoffset::bd09ToGcj02(lon, lat);
    if (kind == Crs::Kind::Bd09 || kind == Crs::Kind::Gcj02)
      chinaoffset::gcj02ToWgs84(lon, lat);
  }
}

/// Takes points from WGS 84 to `kind`.
void applyOffset(Crs::Kind kind, double *xy, std::size_t count)
{
  for (std::size_t i = 0; i < count; ++i) {
    double &lon = xy[2 * i];
    double &lat = xy[2 * i + 1];
    if (kind == Crs::Kind::Bd09 || kind == Crs::Kind::Gcj02)
      chinaoffset::wgs84ToGcj02(lon, lat);
    if (kind == Crs::Kind::Bd09)
      chinaoffset::gcj02ToBd09(lon, lat);
  }
}

bool hasOffset(const Crs &crs)
{
  return crs.kind() == Crs::Kind::Gcj02 || crs.kind() == Crs::Kind::Bd09;
}

} // namespace

CoordinateTransform::CoordinateTransform(const Crs &source, const Crs &destination)
    : m_source(source), m_destination(destination), m_identity(source == destination)
{
  if (!source.isValid() || !destination.isValid()) {
    const QString message = QCoreApplication::translate(
        "rc::CoordinateTransform",
        "Cannot transform coordinates without a valid coordinate reference system.");
    throw CrsError(CrsError::Reason::NoTransform, message);
  }
  if (!sameBase(source.projDefinition(), destination.projDefinition()) &&
      !operationCache().operation(source.projDefinition(), destination.projDefinition())) {
    const QString message =
        QCoreApplication::translate("rc::CoordinateTransform",
                                    "PROJ knows no way to transform coordinates from %1 to %2.")
            .arg(label(source), label(destination));
    throw CrsError(CrsError::Reason::NoTransform, message);
  }
}

void CoordinateTransform::transformInPlace(double *xy, std::size_t count, Direction direction) const
{
  if (m_identity || count == 0)
    return;
  const bool forward = direction == Direction::Forward;
  const Crs &from = forward ? m_source : m_destination;
  const Crs &to = forward ? m_destination : m_source;

  if (hasOffset(from))
    removeOffset(from.kind(), xy, count);
  if (!sameBase(m_source.projDefinition(), m_destination.projDefinition())) {
    PJ *operation = operationCache().operation(m_source.projDefinition(), m_destination.projDefinition());
    if (operation) {
      constexpr std::size_t stride = 2 * sizeof(double);
      proj_trans_generic(operation, forward ? PJ_FWD : PJ_INV, xy, stride, count, xy + 1, stride, count,
                         nullptr, 0, 0, nullptr, 0, 0);
      // Failed points are already marked (HUGE_VAL); a stale error must not taint the next call.
      proj_errno_reset(operation);
    }
    for (std::size_t i = 0; i < count; ++i) {
      double &x = xy[2 * i];
      double &y = xy[2 * i + 1];
      if (!operation || !std::isfinite(x) || !std::isfinite(y))
        x = y = kNaN;
    }
  }
  if (hasOffset(to))
    applyOffset(to.kind(), xy, count);
}

void CoordinateTransform::transform(double &x, double &y, Direction direction) const
{
  std::array<double, 2> xy{x, y};
  transformInPlace(xy.data(), 1, direction);
  if (!std::isfinite(xy[0]) || !std::isfinite(xy[1])) {
    const bool forward = direction == Direction::Forward;
    const QString message =
        QCoreApplication::translate("rc::CoordinateTransform",
                                    "Cannot transform the point (%1, %2) from %3 to %4.")
            .arg(x, 0, 'g', 12)
            .arg(y, 0, 'g', 12)
            .arg(label(forward ? m_source : m_destination), label(forward ? m_destination : m_source));
    throw CrsError(CrsError::Reason::TransformFailed, message);
  }
  x = xy[0];
  y = xy[1];
}

BBox CoordinateTransform::transformBounds(const BBox &box, Direction direction) const
{
  if (m_identity)
    return box;
  // Straight edges become curves (a UTM box's top edge bulges in latitude), so sample each edge.
  constexpr int segments = 20;
  std::vector<double> xy;
  xy.reserve(4 * segments * 2);
  for (int i = 0; i < segments; ++i) {
    const double t = double(i) / segments;
    const double dx = t * box.width();
    const double dy = t * box.height();
    xy.insert(xy.end(), {box.xMin + dx, box.yMin, box.xMax, box.yMin + dy, box.xMax - dx, box.yMax, box.xMin,
                         box.yMax - dy});
  }
  transformInPlace(xy.data(), xy.size() / 2, direction);
  BBox result;
  for (std::size_t i = 0; i < xy.size(); i += 2) {
    if (std::isfinite(xy[i]) && std::isfinite(xy[i + 1]))
      result.include(xy[i], xy[i + 1]);
  }
  if (result.isEmpty()) {
    const bool forward = direction == Direction::Forward;
    const QString message =
        QCoreApplication::translate(
            "rc::CoordinateTransform",
            "No point of the area (%1, %2) - (%3, %4) can be transformed from %5 to %6.")
            .arg(box.xMin, 0, 'g', 12)
            .arg(box.yMin, 0, 'g', 12)
            .arg(box.xMax, 0, 'g', 12)
            .arg(box.yMax, 0, 'g', 12)
            .arg(label(forward ? m_source : m_destination), label(forward ? m_destination : m_source));
    throw CrsError(CrsError::Reason::TransformFailed, message);
  }
  return result;
}

} // namespace rc
