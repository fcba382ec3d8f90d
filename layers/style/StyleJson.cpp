#include "style/StyleJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QString colorName(const QColor &color)
{
  return color.name(color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

/// Reads members of one JSON object into a style, keeping defaults for absent members and
/// reporting invalid ones.
struct Reader
{
  QJsonObject json;
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
  void text(const QString &key, QString &out) const { out = json.value(key).toString(out); }
  void flag(const QString &key, bool &out) const { out = json.value(key).toBool(out); }
  [[nodiscard]] Reader child(const QString &key) const;
};

Reader Reader::child(const QString &key) const
{
  return {json.value(key).toObject(), problems, prefix + key + u'.'};
}

QJsonObject symbolsToJson(const SymbolSet &s)
{
  QJsonObject marker{{u"shape"_s, markerShapeName(s.marker.shape)},
                     {u"size"_s, s.marker.size},
                     {u"fill"_s, colorName(s.marker.fill)},
                     {u"stroke"_s, colorName(s.marker.stroke)},
                     {u"strokeWidth"_s, s.marker.strokeWidth}};
  if (!s.marker.svgPath.isEmpty())
    marker.insert(u"svg"_s, s.marker.svgPath);
  return {
      {u"marker"_s, marker},
      {u"line"_s, QJsonObject{{u"color"_s, colorName(s.line.color)},
                              {u"width"_s, s.line.width},
                              {u"dash"_s, s.line.style == Qt::DashLine ? u"dash"_s : u"solid"_s}}},
      {u"fill"_s, QJsonObject{{u"fill"_s, colorName(s.fill.fill)},
                              {u"stroke"_s, colorName(s.fill.stroke)},
                              {u"strokeWidth"_s, s.fill.strokeWidth}}},
  };
}

void symbolsFromJson(const Reader &r, SymbolSet &s)
{
  const Reader m = r.child(u"marker"_s);
  if (m.json.contains(u"shape"_s)) {
    bool ok = false;
    const MarkerShape shape = markerShapeFromName(m.json.value(u"shape"_s).toString(), &ok);
    if (ok)
      s.marker.shape = shape;
    else
      m.problem(u"shape"_s);
  }
  m.number(u"size"_s, s.marker.size, 0, 200);
  m.color(u"fill"_s, s.marker.fill);
  m.color(u"stroke"_s, s.marker.stroke);
  m.number(u"strokeWidth"_s, s.marker.strokeWidth, 0, 50);
  m.text(u"svg"_s, s.marker.svgPath);

  const Reader l = r.child(u"line"_s);
  l.color(u"color"_s, s.line.color);
  l.number(u"width"_s, s.line.width, 0, 100);
  if (l.json.contains(u"dash"_s))
    s.line.style = l.json.value(u"dash"_s).toString() == u"dash"_s ? Qt::DashLine : Qt::SolidLine;

  const Reader f = r.child(u"fill"_s);
  f.color(u"fill"_s, s.fill.fill);
  f.color(u"stroke"_s, s.fill.stroke);
  f.number(u"strokeWidth"_s, s.fill.strokeWidth, 0, 50);
}

QJsonObject labelsToJson(const LabelSettings &l)
{
  return {{u"enabled"_s, l.enabled},
          {u"field"_s, l.field},
          {u"font"_s, l.fontFamily},
          {u"size"_s, l.size},
          {u"bold"_s, l.bold},
          {u"color"_s, colorName(l.color)},
          {u"halo"_s, colorName(l.haloColor)},
          {u"haloWidth"_s, l.haloWidth},
          {u"priority"_s, l.priority},
          {u"maxScale"_s, l.maxScale}};
}

void labelsFromJson(const Reader &t, LabelSettings &l)
{
  t.flag(u"enabled"_s, l.enabled);
  t.text(u"field"_s, l.field);
  t.text(u"font"_s, l.fontFamily);
  t.number(u"size"_s, l.size, 1, 200);
  t.flag(u"bold"_s, l.bold);
  t.color(u"color"_s, l.color);
  t.color(u"halo"_s, l.haloColor);
  t.number(u"haloWidth"_s, l.haloWidth, 0, 20);
  double priority = l.priority;
  t.number(u"priority"_s, priority, 0, 10);
  l.priority = int(priority);
  t.number(u"maxScale"_s, l.maxScale, 0, 1e9);
}

} // namespace

QJsonObject styleToJson(const VectorStyle &style)
{
  QJsonObject json = symbolsToJson(style.symbols());
  json.insert(u"labels"_s, labelsToJson(style.labels));
  json.insert(u"renderer"_s, rendererKindName(style.kind));
  if (style.minScale > 0)
    json.insert(u"minScale"_s, style.minScale);
  if (style.maxScale > 0)
    json.insert(u"maxScale"_s, style.maxScale);
  switch (style.kind) {
  case RendererKind::Single:
    break;
  case RendererKind::Categorized:
  case RendererKind::Graduated:
  case RendererKind::RuleBased:
  case RendererKind::Sectors: {
    QJsonArray classes;
    for (const StyleClass &c : style.classes) {
      QJsonObject entry = symbolsToJson(c.symbols);
      entry.insert(u"label"_s, c.label);
      if (!c.visible)
        entry.insert(u"visible"_s, false);
      if (style.kind == RendererKind::Categorized)
        entry.insert(u"value"_s, c.value);
      else if (style.kind == RendererKind::Graduated)
        entry.insert(u"range"_s, QJsonArray{c.lower, c.upper});
      else if (c.isElse)
        entry.insert(u"else"_s, true);
      else
        entry.insert(u"filter"_s, c.filter);
      if (c.minScale > 0)
        entry.insert(u"minScale"_s, c.minScale);
      if (c.maxScale > 0)
        entry.insert(u"maxScale"_s, c.maxScale);
      classes.append(entry);
    }
    json.insert(u"field"_s, style.field);
    json.insert(u"classes"_s, classes);
    if (style.kind == RendererKind::Graduated)
      json.insert(u"method"_s, classificationMethodName(style.method));
    if (style.kind == RendererKind::Sectors)
      json.insert(u"sectorFields"_s, QJsonArray{style.azimuthField, style.beamwidthField, style.rangeField});
    break;
  }
  case RendererKind::Heatmap:
  case RendererKind::Clusters:
  case RendererKind::HexBins:
    json.insert(u"radius"_s, style.radius);
    json.insert(u"ramp"_s, style.rampName);
    if (!style.weightField.isEmpty())
      json.insert(u"weightField"_s, style.weightField);
    break;
  }
  return json;
}

VectorStyle styleFromJson(const QJsonObject &json, const VectorStyle &defaults, QStringList *problems)
{
  VectorStyle style = defaults;
  const Reader root{json, problems, {}};
  SymbolSet symbols = style.symbols();
  symbolsFromJson(root, symbols);
  style.marker = symbols.marker;
  style.line = symbols.line;
  style.fill = symbols.fill;
  labelsFromJson(root.child(u"labels"_s), style.labels);
  if (json.contains(u"renderer"_s)) {
    bool ok = false;
    const RendererKind kind = rendererKindFromName(json.value(u"renderer"_s).toString(), &ok);
    if (ok)
      style.kind = kind;
    else
      root.problem(u"renderer"_s);
  }
  root.number(u"minScale"_s, style.minScale, 0, 1e10);
  root.number(u"maxScale"_s, style.maxScale, 0, 1e10);
  root.text(u"field"_s, style.field);
  root.number(u"radius"_s, style.radius, 1, 500);
  root.text(u"ramp"_s, style.rampName);
  root.text(u"weightField"_s, style.weightField);
  if (json.contains(u"method"_s))
    style.method = classificationMethodFromName(json.value(u"method"_s).toString());
  const QJsonArray sectorFields = json.value(u"sectorFields"_s).toArray();
  if (sectorFields.size() == 3) {
    style.azimuthField = sectorFields[0].toString();
    style.beamwidthField = sectorFields[1].toString();
    style.rangeField = sectorFields[2].toString();
  }
  if (json.contains(u"classes"_s)) {
    style.classes.clear();
    const QJsonArray classes = json.value(u"classes"_s).toArray();
    for (qsizetype i = 0; i < classes.size(); ++i) {
      const Reader c{classes[i].toObject(), problems, u"classes[%1]."_s.arg(i)};
      StyleClass entry;
      entry.symbols = style.symbols();
      symbolsFromJson(c, entry.symbols);
      entry.label = c.json.value(u"label"_s).toString();
      entry.value = c.json.value(u"value"_s).toVariant().toString();
      entry.filter = c.json.value(u"filter"_s).toString();
      entry.isElse = c.json.value(u"else"_s).toBool(false);
      entry.visible = c.json.value(u"visible"_s).toBool(true);
      c.number(u"minScale"_s, entry.minScale, 0, 1e10);
      c.number(u"maxScale"_s, entry.maxScale, 0, 1e10);
      const QJsonArray range = c.json.value(u"range"_s).toArray();
      if (range.size() == 2) {
        entry.lower = range[0].toDouble();
        entry.upper = range[1].toDouble();
      }
      style.classes << entry;
    }
  }
  return style;
}

} // namespace rc
