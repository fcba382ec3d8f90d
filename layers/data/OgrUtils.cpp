#include "data/OgrUtils.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_geometry.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>

namespace rc {

void ensureGdalRegistered()
{
  static std::once_flag once;
  std::call_once(once, [] {
    // GeoJSON refuses single objects over 200 MB by default; a desktop GIS should open what fits
    // in memory. A value set by the user in the environment wins.
    if (!CPLGetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", nullptr))
      CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    GDALAllRegister();
  });
}

GdalErrorCapture::GdalErrorCapture()
{
  CPLErrorReset();
  CPLPushErrorHandlerEx(&GdalErrorCapture::handle, this);
}

GdalErrorCapture::~GdalErrorCapture()
{
  CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCapture::handle(CPLErr level, CPLErrorNum, const char *message)
{
  if (level < CE_Failure)
    return;
  auto *self = static_cast<GdalErrorCapture *>(CPLGetErrorHandlerUserData());
  if (self->m_failureCount++ == 0)
    self->m_firstFailure = QString::fromUtf8(message).trimmed();
}

std::size_t formatIsoDateTime(const OGRField &field, OGRFieldType type, char *out)
{
  constexpr std::size_t kSize = 40;
  const auto &d = field.Date;
  int n = 0;
  if (type == OFTDate || type == OFTDateTime)
    n += std::snprintf(out, kSize, "%04d-%02d-%02d", d.Year, d.Month, d.Day);
  if (type == OFTDateTime)
    out[n++] = 'T';
  if (type == OFTTime || type == OFTDateTime) {
    const float whole = std::floor(d.Second);
    if (d.Second == whole)
      n += std::snprintf(out + n, kSize - n, "%02d:%02d:%02d", d.Hour, d.Minute, int(whole));
    else
      n += std::snprintf(out + n, kSize - n, "%02d:%02d:%06.3f", d.Hour, d.Minute, double(d.Second));
  }
  // TZFlag 0 is unknown and 1 local time: both have no offset to write.
  if (type == OFTDateTime && d.TZFlag == 100) {
    out[n++] = 'Z';
  } else if (type == OFTDateTime && d.TZFlag > 1) {
    const int minutes = (int(d.TZFlag) - 100) * 15;
    const int a = std::abs(minutes);
    n += std::snprintf(out + n, kSize - n, "%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
  }
  return std::size_t(n);
}

namespace {

/// The kind a whole feature takes: that of its geometry, or for a collection, of its first
/// non-empty member.
GeometryKind kindOf(const OGRGeometry &geometry)
{
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPoint || type == wkbMultiPoint)
    return GeometryKind::Point;
  if (OGR_GT_IsCurve(type) || OGR_GT_IsSubClassOf(type, wkbMultiCurve))
    return GeometryKind::Line;
  if (OGR_GT_IsSurface(type) || OGR_GT_IsSubClassOf(type, wkbMultiSurface))
    return GeometryKind::Polygon;
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    for (const OGRGeometry *member : *geometry.toGeometryCollection()) {
      if (!member->IsEmpty())
        return kindOf(*member);
    }
  }
  return GeometryKind::Empty;
}

} // namespace

void GeometryAppender::append(qint64 fid, const OGRGeometry *geometry)
{
  if (!geometry || geometry->IsEmpty()) {
    m_builder.beginFeature(fid, GeometryKind::Empty);
    return;
  }
  // Point layers are the big ones (sensor and POI dumps); skip the generic walk for them.
  if (wkbFlatten(geometry->getGeometryType()) == wkbPoint) {
    const auto *point = geometry->toPoint();
    const double xy[2] = {point->getX(), point->getY()};
    m_builder.beginFeature(fid, GeometryKind::Point);
    m_builder.addRing(xy, true);
    return;
  }
  std::unique_ptr<OGRGeometry> linear;
  if (geometry->hasCurveGeometry()) {
    linear.reset(geometry->getLinearGeometry());
    geometry = linear.get();
  }
  const GeometryKind kind = geometry ? kindOf(*geometry) : GeometryKind::Empty;
  m_builder.beginFeature(fid, kind);
  if (kind != GeometryKind::Empty)
    addParts(*geometry, kind);
}

void GeometryAppender::addParts(const OGRGeometry &geometry, GeometryKind kind)
{
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPoint) {
    if (kind == GeometryKind::Point && !geometry.IsEmpty()) {
      const auto *point = geometry.toPoint();
      const double xy[2] = {point->getX(), point->getY()};
      m_builder.addRing(xy, true);
    }
  } else if (type == wkbLineString || type == wkbLinearRing) {
    if (kind == GeometryKind::Line)
      addCurve(*geometry.toSimpleCurve(), true);
  } else if (type == wkbPolygon || type == wkbTriangle) {
    if (kind == GeometryKind::Polygon) {
      const auto *polygon = geometry.toPolygon();
      if (const OGRLinearRing *exterior = polygon->getExteriorRing())
        addCurve(*exterior, true);
      for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
        addCurve(*polygon->getInteriorRing(i), false);
    }
  } else if (type == wkbPolyhedralSurface || type == wkbTIN) {
    for (const OGRPolygon *member : *geometry.toPolyhedralSurface())
      addParts(*member, kind);
  } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    for (const OGRGeometry *member : *geometry.toGeometryCollection())
      addParts(*member, kind);
  }
}

void GeometryAppender::addCurve(const OGRSimpleCurve &curve, bool startsPart)
{
  const std::size_t count = std::size_t(curve.getNumPoints());
  m_xy.resize(2 * count);
  if (count > 0) {
    constexpr int kStride = 2 * sizeof(double);
    curve.getPoints(m_xy.data(), kStride, m_xy.data() + 1, kStride);
  }
  m_builder.addRing(m_xy, startsPart);
}

} // namespace rc
