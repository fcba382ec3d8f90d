#include "render/StyleJson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString colorName(const QColor &color)
{
  return color.name(color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

struct Reader
{
  const QJsonObject &json;
  QStringList *problems;
  QString prefix;

  void problem(const QString &key) const
  {
    if (problems)
      *problems << QCoreApplication::translate("rc::StyleJson", "invalid style value “%1”").arg(prefix + key);
  }
  void color(const QString &key, QColor &out) const
  {
    if (!json.contains(key))
      return;
    const QColor c = QColor::fromString(json.value(key).toString());
    if (c.isValid())
      out = c;
    else
      problem(key);
  }
  void number(const QString &key, double &out, double min, double max) const
  {
    if (!json.contains(key))
      return;
    const double v = json.value(key).toDouble(std::numeric_limits<double>::quiet_NaN());
    if (v >= min && v <= max)
      out = v;
    else
      problem(key);
  }
};

} // namespace

QJsonObject styleToJson(const VectorStyle &style)
{
  return {
      {u"marker"_s, QJsonObject{{u"shape"_s, markerShapeName(style.marker.shape)},
                                {u"size"_s, style.marker.size},
                                {u"fill"_s, colorName(style.marker.fill)},
                                {u"stroke"_s, colorName(style.marker.stroke)},
                                {u"strokeWidth"_s, style.marker.strokeWidth}}},
      {u"line"_s, QJsonObject{{u"color"_s, colorName(style.line.color)},
                              {u"width"_s, style.line.width},
                              {u"dash"_s, style.line.style == Qt::DashLine ? u"dash"_s : u"solid"_s}}},
      {u"fill"_s, QJsonObject{{u"fill"_s, colorName(style.fill.fill)},
                              {u"stroke"_s, colorName(style.fill.stroke)},
                              {u"strokeWidth"_s, style.fill.strokeWidth}}},
      {u"labels"_s, QJsonObject{{u"enabled"_s, style.labels.enabled},
                                {u"field"_s, style.labels.field},
                                {u"font"_s, style.labels.fontFamily},
                                {u"size"_s, style.labels.size},
                                {u"bold"_s, style.labels.bold},
                                {u"color"_s, colorName(style.labels.color)},
                                {u"halo"_s, colorName(style.labels.haloColor)},
                                {u"haloWidth"_s, style.labels.haloWidth},
                                {u"priority"_s, style.labels.priority},
                                {u"maxScale"_s, style.labels.maxScale}}},
  };
}

VectorStyle styleFromJson(const QJsonObject &json, const VectorStyle &defaults, QStringList *problems)
{
  VectorStyle style = defaults;
  const QJsonObject marker = json.value(u"marker"_s).toObject();
  const Reader m{marker, problems, u"marker."_s};
  if (marker.contains(u"shape"_s)) {
    bool ok = false;
    const MarkerShape shape = markerShapeFromName(marker.value(u"shape"_s).toString(), &ok);
    if (ok)
      style.marker.shape = shape;
    else
      m.problem(u"shape"_s);
  }
  m.number(u"size"_s, style.marker.size, 0, 200);
  m.color(u"fill"_s, style.marker.fill);
  m.color(u"stroke"_s, style.marker.stroke);
  m.number(u"strokeWidth"_s, style.marker.strokeWidth, 0, 50);

  const QJsonObject line = json.value(u"line"_s).toObject();
  const Reader l{line, problems, u"line."_s};
  l.color(u"color"_s, style.line.color);
  l.number(u"width"_s, style.line.width, 0, 100);
  if (line.contains(u"dash"_s))
    style.line.style = line.value(u"dash"_s).toString() == u"dash"_s ? Qt::DashLine : Qt::SolidLine;

  const QJsonObject fill = json.value(u"fill"_s).toObject();
  const Reader f{fill, problems, u"fill."_s};
  f.color(u"fill"_s, style.fill.fill);
  f.color(u"stroke"_s, style.fill.stroke);
  f.number(u"strokeWidth"_s, style.fill.strokeWidth, 0, 50);

  const QJsonObject labels = json.value(u"labels"_s).toObject();
  const Reader t{labels, problems, u"labels."_s};
  style.labels.enabled = labels.value(u"enabled"_s).toBool(style.labels.enabled);
  style.labels.field = labels.value(u"field"_s).toString(style.labels.field);
  style.labels.fontFamily = labels.value(u"font"_s).toString(style.labels.fontFamily);
  t.number(u"size"_s, style.labels.size, 1, 200);
  style.labels.bold = labels.value(u"bold"_s).toBool(style.labels.bold);
  t.color(u"color"_s, style.labels.color);
  t.color(u"halo"_s, style.labels.haloColor);
  t.number(u"haloWidth"_s, style.labels.haloWidth, 0, 20);
  double priority = style.labels.priority;
  t.number(u"priority"_s, priority, 0, 10);
  style.labels.priority = int(priority);
  t.number(u"maxScale"_s, style.labels.maxScale, 0, 1e9);
  return style;
}

} // namespace rc
