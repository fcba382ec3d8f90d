#include "geo/Crs.h"

#include "geo/ProjContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QReadWriteLock>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr auto kGcj02Id = "RC:GCJ02"_L1;
constexpr auto kBd09Id = "RC:BD09"_L1;
// The offset systems are defined relative to WGS 84, so that is what PROJ sees of them.
constexpr auto kOffsetBase = "EPSG:4326"_L1;

/// `reason` is PROJ's own (English) explanation, appended for whoever has to fix the definition.
CrsError invalidDefinition(const QString &definition, const QString &reason)
{
  QString message = QCoreApplication::translate(
                        "rc::Crs", "\"%1\" is not a coordinate reference system that PROJ understands.")
                        .arg(definition);
  if (!reason.isEmpty())
    message += u' ' + QCoreApplication::translate("rc::Crs", "PROJ reports: %1").arg(reason);
  return CrsError(CrsError::Reason::InvalidDefinition, message);
}

/// "GCJ02", "gcj-02" and "RC:GCJ02" all name the same system; likewise for BD-09.
Crs::Kind offsetKind(const QString &definition)
{
  QString key = definition.toUpper();
  key.remove(u'-');
  if (key.startsWith("RC:"_L1))
    key.remove(0, 3);
  if (key == "GCJ02"_L1)
    return Crs::Kind::Gcj02;
  if (key == "BD09"_L1)
    return Crs::Kind::Bd09;
  return Crs::Kind::Invalid;
}

/// What to hand PROJ for a user's definition.
QString projInput(const QString &definition)
{
  if (!definition.isEmpty() &&
      std::all_of(definition.begin(), definition.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
    return "EPSG:"_L1 + definition;
  // Without +type=crs PROJ reads a "+proj=" string as an operation, not a CRS.
  if ((definition.startsWith("+proj="_L1) || definition.startsWith("proj="_L1)) &&
      !definition.contains("type=crs"_L1))
    return definition + " +type=crs"_L1;
  return definition;
}

bool isGeographicCrs(PJ_CONTEXT *context, const PJ *crs)
{
  PJ_TYPE type = proj_get_type(crs);
  // A "+towgs84" definition wraps the actual CRS in a bound CRS.
  if (type == PJ_TYPE_BOUND_CRS) {
    const proj::PjPtr base(proj_get_source_crs(context, crs));
    type = base ? proj_get_type(base.get()) : PJ_TYPE_UNKNOWN;
  }
  return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
}

QString idOf(const PJ *object)
{
  const char *authority = proj_get_id_auth_name(object, 0);
  const char *code = proj_get_id_code(object, 0);
  if (!authority || !code)
    return {};
  return QString::fromUtf8(authority) + u':' + QString::fromUtf8(code);
}

/// The authority code `crs` is, or empty. A WKT may carry an ID it no longer matches, so the ID is
/// only trusted when the authority's entry is the same CRS; WKT without an ID (e.g. from a .prj
/// file) is looked up in EPSG and accepted only on a perfect match.
QString authorityId(PJ_CONTEXT *context, const PJ *crs)
{
  if (const QString id = idOf(crs); !id.isEmpty()) {
    const proj::PjPtr entry(proj_create(context, id.toUtf8().constData()));
    const bool same = entry && proj_is_equivalent_to_with_ctx(context, crs, entry.get(),
                                                              PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS);
    return same ? id : QString();
  }
  int *confidences = nullptr;
  const proj::ObjListPtr matches(proj_identify(context, crs, "EPSG", nullptr, &confidences));
  const proj::IntListPtr confidenceOwner(confidences);
  // Matches come best first.
  if (!matches || proj_list_get_count(matches.get()) == 0 || confidences[0] < 100)
    return {};
  const proj::PjPtr best(proj_list_get(context, matches.get(), 0));
  return best ? idOf(best.get()) : QString();
}

/// Parsed CRSs by the definition they were made from; parsing through PROJ's database costs
/// milliseconds and layers ask for the same few CRSs over and over.
class CrsCache
{
public:
  [[nodiscard]] std::optional<Crs> find(const QString &definition)
  {
    const QReadLocker locker(&m_lock);
    const auto it = m_entries.constFind(definition);
    return it == m_entries.cend() ? std::nullopt : std::optional<Crs>(*it);
  }
  void insert(const QString &definition, const Crs &crs)
  {
    const QWriteLocker locker(&m_lock);
    m_entries.insert(definition, crs);
  }

private:
  QReadWriteLock m_lock;
  QHash<QString, Crs> m_entries;
};

CrsCache &crsCache()
{
  static CrsCache cache;
  return cache;
}

} // namespace

CrsError::CrsError(Reason reason, const QString &message)
    : Error(Code::InvalidInput, message), m_reason(reason)
{}

Crs Crs::fromUserInput(const QString &definition)
{
  const QString trimmed = definition.trimmed();
  if (std::optional<Crs> cached = crsCache().find(trimmed))
    return *std::move(cached);

  Crs crs;
  const Kind offset = offsetKind(trimmed);
  if (offset == Kind::Gcj02) {
    crs = gcj02();
  } else if (offset == Kind::Bd09) {
    crs = bd09();
  } else {
    PJ_CONTEXT *context = proj::threadContext();
    const QString input = projInput(trimmed);
    proj::takeLastError(); // so that a failure below is not blamed on an earlier one
    const proj::PjPtr object(proj_create(context, input.toUtf8().constData()));
    if (!object)
      throw invalidDefinition(trimmed, proj::takeLastError());
    if (!proj_is_crs(object.get()))
      throw invalidDefinition(trimmed, u"not a CRS"_s);
    // toWkt() marks GCJ-02 and BD-09 with a remark on their WGS 84 base.
    const QString remarks = QString::fromUtf8(proj_get_remarks(object.get()));
    if (remarks.startsWith(kGcj02Id)) {
      crs = gcj02();
    } else if (remarks.startsWith(kBd09Id)) {
      crs = bd09();
    } else {
      crs.m_kind = Kind::Proj;
      crs.m_geographic = isGeographicCrs(context, object.get());
      crs.m_name = QString::fromUtf8(proj_get_name(object.get()));
      crs.m_authId = authorityId(context, object.get());
      crs.m_definition = crs.m_authId.isEmpty() ? input : crs.m_authId;
    }
  }
  crsCache().insert(trimmed, crs);
  return crs;
}

Crs Crs::fromEpsg(int code)
{
  return fromUserInput("EPSG:"_L1 + QString::number(code));
}

Crs Crs::fromWkt(const QString &wkt)
{
  return fromUserInput(wkt);
}

Crs Crs::wgs84()
{
  return fromEpsg(4326);
}

Crs Crs::cgcs2000()
{
  return fromEpsg(4490);
}

Crs Crs::gcj02()
{
  Crs crs;
  crs.m_kind = Kind::Gcj02;
  crs.m_geographic = true;
  crs.m_authId = kGcj02Id;
  crs.m_name = u"GCJ-02"_s;
  crs.m_definition = kOffsetBase;
  return crs;
}

Crs Crs::bd09()
{
  Crs crs;
  crs.m_kind = Kind::Bd09;
  crs.m_geographic = true;
  crs.m_authId = kBd09Id;
  crs.m_name = u"BD-09"_s;
  crs.m_definition = kOffsetBase;
  return crs;
}

QString Crs::toWkt() const
{
  if (!isValid())
    return {};
  PJ_CONTEXT *context = proj::threadContext();
  const proj::PjPtr object(proj_create(context, m_definition.toUtf8().constData()));
  const char *wkt = object ? proj_as_wkt(context, object.get(), PJ_WKT2_2019, nullptr) : nullptr;
  if (!wkt)
    return {};
  QString result = QString::fromUtf8(wkt);
  if (m_kind == Kind::Proj)
    return result;
  // Other software cannot know the offset and will read WGS 84, the closest it can do; fromWkt()
  // recognises the remark and restores the offset system.
  result.insert(result.lastIndexOf(u']'),
                ",\n    REMARK[\""_L1 + m_authId + " (Chinese internet-map offset of WGS 84)\"]"_L1);
  return result;
}

QString Crs::toUserInput() const
{
  return m_authId.isEmpty() ? m_definition : m_authId;
}

} // namespace rc
