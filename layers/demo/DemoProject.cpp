#include "demo/DemoProject.h"

#include "data/VectorDataset.h"
#include "style/Classification.h"

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

const QColor kNoFill(0, 0, 0, 0);

VectorStyle fillStyle(QColor fill, QColor stroke, double strokeWidth)
{
  VectorStyle s;
  s.fill.fill = fill;
  s.fill.stroke = stroke;
  s.fill.strokeWidth = strokeWidth;
  return s;
}

VectorStyle lineStyle(QColor color, double width, Qt::PenStyle pen = Qt::SolidLine)
{
  VectorStyle s;
  s.line.color = color;
  s.line.width = width;
  s.line.style = pen;
  return s;
}

VectorStyle markerStyle(MarkerShape shape, double size, QColor fill, QColor stroke, double strokeWidth = 0.8)
{
  VectorStyle s;
  s.marker.shape = shape;
  s.marker.size = size;
  s.marker.fill = fill;
  s.marker.stroke = stroke;
  s.marker.strokeWidth = strokeWidth;
  return s;
}

void label(VectorStyle &s, const QString &field, double size, int priority, double maxScale,
           bool bold = false)
{
  s.labels.enabled = true;
  s.labels.field = field;
  s.labels.size = size;
  s.labels.priority = priority;
  s.labels.maxScale = maxScale;
  s.labels.bold = bold;
}

const std::pair<QString, QColor> kOperators[] = {{u"移动"_s, QColor(0x00, 0x7A, 0xC3)},
                                                 {u"电信"_s, QColor(0xE6, 0x00, 0x12)},
                                                 {u"联通"_s, QColor(0xF5, 0x8A, 0x07)},
                                                 {u"广电"_s, QColor(0x6A, 0x1B, 0x9A)}};

StyleClass rule(const QString &label, const QString &filter, const SymbolSet &symbols)
{
  StyleClass c;
  c.label = label;
  c.filter = filter;
  c.symbols = symbols;
  return c;
}

StyleClass category(const QString &value, const QString &label, const SymbolSet &symbols)
{
  StyleClass c;
  c.value = value;
  c.label = label;
  c.symbols = symbols;
  return c;
}

/// Sector wedges in the operator's colour, filled when in service and hollow otherwise.
VectorStyle sectorStyle()
{
  VectorStyle s = markerStyle(MarkerShape::Circle, 2, QColor(0x44, 0x44, 0x44), Qt::white, 0);
  s.kind = RendererKind::Sectors;
  // Urban sites overlap by design: faint fills, and only close up.
  s.minScale = 6000;
  for (const bool active : {true, false}) {
    for (const auto &[name, colour] : kOperators) {
      SymbolSet symbols = s.symbols();
      QColor fill = colour, outline = colour;
      fill.setAlpha(22);
      outline.setAlpha(150);
      symbols.fill = {active ? fill : kNoFill, outline, active ? 0.5 : 0.9};
      s.classes << rule(active ? name : name + u"（未在网）"_s,
                        active ? u"\"operator\" = '%1' AND \"status\" = '在网'"_s.arg(name)
                               : u"\"operator\" = '%1'"_s.arg(name),
                        symbols);
    }
  }
  return s;
}

/// The coverage view: sectors coloured by frequency band, the low bands reaching furthest.
VectorStyle coverageByBandStyle()
{
  VectorStyle s = sectorStyle();
  s.classes.clear();
  const std::pair<QString, QColor> bands[] = {{u"700 MHz"_s, QColor(0x1B, 0x9E, 0x77)},
                                              {u"2.1 GHz"_s, QColor(0x75, 0x70, 0xB3)},
                                              {u"2.6 GHz"_s, QColor(0xE7, 0x29, 0x8A)},
                                              {u"3.5 GHz"_s, QColor(0xD9, 0x5F, 0x02)},
                                              {u"4.9 GHz"_s, QColor(0x66, 0xA6, 0x1E)}};
  for (const auto &[band, colour] : bands) {
    SymbolSet symbols = s.symbols();
    QColor fill = colour;
    fill.setAlpha(35);
    symbols.fill = {fill, colour, 0.5};
    s.classes << rule(band, u"\"band\" = '%1'"_s.arg(band), symbols);
  }
  return s;
}

/// Key dischargers stand out; the thousands of other enterprises show only closer in.
VectorStyle enterpriseStyle()
{
  VectorStyle s = markerStyle(MarkerShape::Square, 4, QColor(0x8D, 0x6E, 0x63), Qt::white, 0.5);
  s.kind = RendererKind::RuleBased;
  SymbolSet key = s.symbols();
  key.marker = {MarkerShape::Diamond, 9, QColor(0xC6, 0x28, 0x28), Qt::white, 1};
  s.classes << rule(u"重点排污单位"_s, u"\"key_discharger\" = 1"_s, key);
  StyleClass others = rule(u"其他企业"_s, {}, s.symbols());
  others.isElse = true;
  others.minScale = 120000;
  s.classes << others;
  return s;
}

/// Online monitoring points by state: online, over a limit, offline, in maintenance.
VectorStyle monitoringStyle()
{
  VectorStyle s = markerStyle(MarkerShape::Diamond, 8, QColor(0x2E, 0x7D, 0x32), Qt::white);
  s.kind = RendererKind::Categorized;
  s.field = u"status"_s;
  SymbolSet online = s.symbols(), over = s.symbols(), offline = s.symbols(), maintenance = s.symbols();
  over.marker = {MarkerShape::Diamond, 11, QColor(0xD3, 0x2F, 0x2F), Qt::white, 1.2};
  offline.marker.fill = QColor(0xBD, 0xBD, 0xBD);
  offline.marker.stroke = QColor(0x61, 0x61, 0x61);
  maintenance.marker.fill = QColor(0xF9, 0xA8, 0x25);
  s.classes << category(u"在线"_s, u"正常"_s, online) << category(u"超标"_s, u"超标"_s, over)
            << category(u"离线"_s, u"离线"_s, offline) << category(u"维护"_s, u"维护"_s, maintenance);
  return s;
}

/// Hydrology stations by SL 323 type, each with its own shape, ringed amber above the warning
/// level (or a reservoir above its flood limit) and red above the guaranteed level. Every
/// matching rule draws, rings first, so a ring sits under its station's shape.
VectorStyle hydroStyle()
{
  VectorStyle s = markerStyle(MarkerShape::Triangle, 9, QColor(0x15, 0x65, 0xC0), Qt::white);
  s.kind = RendererKind::RuleBased;
  const std::tuple<QString, QString, QColor> states[] = {
      {u"warning"_s, u"超警戒水位"_s, QColor(0xFF, 0x8F, 0x00)},
      {u"guaranteed"_s, u"超保证水位"_s, QColor(0xD5, 0x00, 0x00)}};
  for (const auto &[state, name, colour] : states) {
    SymbolSet ring = s.symbols();
    QColor fill = colour;
    fill.setAlpha(90);
    ring.marker = {MarkerShape::Circle, 20, fill, colour, 2};
    s.classes << rule(name, u"\"level_state\" = '%1'"_s.arg(state), ring);
  }
  const std::tuple<QString, QString, MarkerShape, double, QColor> types[] = {
      {u"ZQ"_s, u"水文站"_s, MarkerShape::Triangle, 10, QColor(0x15, 0x65, 0xC0)},
      {u"ZZ"_s, u"水位站"_s, MarkerShape::Triangle, 8, QColor(0x42, 0xA5, 0xF5)},
      {u"RR"_s, u"水库站"_s, MarkerShape::Square, 10, QColor(0x0D, 0x47, 0xA1)},
      {u"PP"_s, u"雨量站"_s, MarkerShape::Circle, 6, QColor(0x00, 0xAC, 0xC1)},
      {u"TT"_s, u"潮位站"_s, MarkerShape::Diamond, 10, QColor(0x00, 0x69, 0x5C)},
      {u"FB"_s, u"浮标"_s, MarkerShape::Circle, 9, QColor(0xEF, 0x6C, 0x00)}};
  for (const auto &[code, name, shape, size, colour] : types) {
    SymbolSet symbols = s.symbols();
    symbols.marker = {shape, size, colour, Qt::white, 1};
    s.classes << rule(name, u"\"sttp\" = '%1'"_s.arg(code), symbols);
  }
  label(s, u"stnm"_s, 8, 6, 300000);
  return s;
}

/// Grids up close: outlines with their codes. From afar: a choropleth of the year's events per
/// km² (grids differ in size, so raw counts would paint the big rural grids darkest), in quantile
/// classes of this city's own densities: they are skewed, and natural breaks would leave nearly
/// every grid in the first class.
VectorStyle gridStyle(const QString &geoPackagePath)
{
  constexpr double kChoroplethFrom = 80000;
  VectorStyle s = fillStyle(kNoFill, QColor(0xB8, 0xA9, 0xD0), 0.5);
  s.kind = RendererKind::RuleBased;
  label(s, u"grid_code"_s, 7, 1, 12000);
  StyleClass outline = rule(u"网格"_s, u"\"grid_code\" IS NOT NULL"_s, s.symbols());
  outline.minScale = kChoroplethFrom;
  s.classes << outline;

  const QString density = u"\"event_count\" / \"area_km2\""_s;
  std::vector<double> values;
  try {
    const std::unique_ptr<VectorDataset> dataset = VectorDataset::open(geoPackagePath);
    const int layer = dataset->layerIndex(u"grids"_s);
    const std::shared_ptr<const FeatureStore> store = layer >= 0 ? dataset->load(layer) : nullptr;
    const int count = store ? store->fieldIndex(u"event_count"_s) : -1;
    const int area = store ? store->fieldIndex(u"area_km2"_s) : -1;
    if (count >= 0 && area >= 0)
      for (std::uint32_t f = 0; f < store->featureCount(); ++f)
        if (store->real(f, area) > 0)
          values.push_back(store->real(f, count) / store->real(f, area));
  } catch (const DataError &) {
    // No grids to classify: the choropleth is left out, the outlines stay.
  }
  SymbolSet base = s.symbols();
  base.fill.stroke = QColor(255, 255, 255, 90);
  base.fill.strokeWidth = 0.2;
  const std::vector<double> breaks = classBreaks(values, 5, ClassificationMethod::Quantile);
  const QList<StyleClass> classes = graduatedClasses(breaks, u"YlOrRd"_s, base);
  for (qsizetype i = 0; i < classes.size(); ++i) {
    const StyleClass &c = classes[i];
    const bool last = i + 1 == classes.size();
    StyleClass choropleth = rule(u"事件 %1–%2 件/km²"_s.arg(std::round(c.lower)).arg(std::round(c.upper)),
                                 u"%1 >= %2 AND %1 %3 %4"_s.arg(density)
                                     .arg(c.lower, 0, 'g', 10)
                                     .arg(last ? u"<="_s : u"<"_s)
                                     .arg(c.upper, 0, 'g', 10),
                                 c.symbols);
    choropleth.maxScale = kChoroplethFrom;
    s.classes << choropleth;
  }
  return s;
}

/// The four operators in their house colours.
VectorStyle cellSiteStyle()
{
  VectorStyle s = markerStyle(MarkerShape::Triangle, 6, QColor(0x5C, 0x6B, 0x73), Qt::white, 0.6);
  s.kind = RendererKind::Categorized;
  s.field = u"operator"_s;
  const std::pair<QString, QColor> operators[] = {{u"移动"_s, QColor(0x00, 0x7A, 0xC3)},
                                                  {u"电信"_s, QColor(0xE6, 0x00, 0x12)},
                                                  {u"联通"_s, QColor(0xF5, 0x8A, 0x07)},
                                                  {u"广电"_s, QColor(0x6A, 0x1B, 0x9A)}};
  for (const auto &[name, colour] : operators) {
    StyleClass c;
    c.label = name;
    c.value = name;
    c.symbols = s.symbols();
    c.symbols.marker.fill = colour;
    s.classes << c;
  }
  return s;
}

/// Roads by class: expressway and arterials wide and warm, lanes thin.
VectorStyle roadStyle()
{
  VectorStyle s = lineStyle(QColor(0xE0, 0x9F, 0x3E), 0.8);
  s.kind = RendererKind::Categorized;
  s.field = u"kind"_s;
  const std::tuple<QString, QColor, double> kinds[] = {
      {u"快速路"_s, QColor(0xE0, 0x6C, 0x2E), 2.6}, {u"主干道"_s, QColor(0xE8, 0x8E, 0x3A), 1.8},
      {u"次干道"_s, QColor(0xEC, 0xA8, 0x52), 1.2}, {u"支路"_s, QColor(0xC9, 0xA8, 0x7C), 0.8},
      {u"街巷"_s, QColor(0xBF, 0xB3, 0xA0), 0.6},   {u"县道"_s, QColor(0xE8, 0x8E, 0x3A), 1.4},
      {u"乡道"_s, QColor(0xC9, 0xA8, 0x7C), 0.8}};
  for (const auto &[name, colour, width] : kinds) {
    StyleClass c;
    c.label = name;
    c.value = name;
    c.symbols = s.symbols();
    c.symbols.line.color = colour;
    c.symbols.line.width = width;
    s.classes << c;
  }
  return s;
}

/// The dark map of the big screen: a night-blue sea, land a shade lighter, water and boundaries in
/// muted blues and violets, roads in dim earth tones, and labels light on dark halos.
namespace dark {

const QColor kSea(0x08, 0x11, 0x1F);
const QColor kLand(0x16, 0x1F, 0x2E);
const QColor kHalo(0x08, 0x0E, 0x1A, 220);

/// Light type on a dark halo, a shade dimmer for the less important layers.
void lightLabels(VectorStyle &s, QColor colour = QColor(0xE3, 0xEA, 0xF4))
{
  s.labels.color = colour;
  s.labels.haloColor = kHalo;
}

VectorStyle land()
{
  return fillStyle(kLand, kLand, 0);
}

VectorStyle water()
{
  return fillStyle(QColor(0x0C, 0x1C, 0x33), QColor(0x1B, 0x36, 0x58), 0.4);
}

VectorStyle rivers()
{
  return lineStyle(QColor(0x21, 0x4A, 0x73), 1.2);
}

VectorStyle coastline()
{
  return lineStyle(QColor(0x2A, 0x44, 0x66), 0.6);
}

/// Boundaries keep their light styles' widths, scales and labels; only the colours change.
VectorStyle boundary(VectorStyle s, QColor outline, QColor labelColour)
{
  s.fill.stroke = outline;
  lightLabels(s, labelColour);
  return s;
}

/// The grid outlines muted; the choropleth keeps its classes and ramp, but from nearly clear to
/// strong: the quiet grids (the ramp's pale end) leave the land dark, the busy ones glow on it.
VectorStyle grids(VectorStyle s)
{
  s.fill.stroke = QColor(0x3A, 0x33, 0x5C);
  lightLabels(s, QColor(0x9C, 0x94, 0xC0));
  QList<StyleClass *> choropleth;
  for (StyleClass &c : s.classes) {
    if (c.symbols.fill.fill.alpha() == 0)
      c.symbols.fill.stroke = s.fill.stroke;
    else
      choropleth << &c;
  }
  for (qsizetype i = 0; i < choropleth.size(); ++i) {
    FillSymbol &fill = choropleth[i]->symbols.fill;
    fill.fill.setAlpha(int(20 + 170 * double(i) / double(std::max<qsizetype>(1, choropleth.size() - 1))));
    fill.stroke = QColor(0x08, 0x11, 0x1F, 90);
  }
  return s;
}

/// Roads dimmed toward the land: the big ones still lead the eye, none of them glare.
VectorStyle roads(VectorStyle s)
{
  const QColor night(kLand);
  for (StyleClass &c : s.classes) {
    const QColor day = c.symbols.line.color;
    // A third of the day colour over the land: the classes keep their order of brightness.
    c.symbols.line.color =
        QColor((day.red() + 2 * night.red()) / 3 + 8, (day.green() + 2 * night.green()) / 3 + 8,
               (day.blue() + 2 * night.blue()) / 3 + 8);
  }
  s.line.color = QColor(0x4A, 0x47, 0x44);
  lightLabels(s, QColor(0xC2, 0xCB, 0xD8));
  return s;
}

VectorStyle addresses(VectorStyle s)
{
  s.marker.fill = s.marker.stroke = QColor(0x55, 0x60, 0x72);
  lightLabels(s, QColor(0xA9, 0xB4, 0xC4));
  return s;
}

/// A data layer: its symbols as they are (an alarm ring stays red); only the labels turn light.
VectorStyle dataLabels(VectorStyle s)
{
  lightLabels(s);
  return s;
}

} // namespace dark

} // namespace

Project DemoProject::build(const QString &geoPackagePath)
{
  Project project;
  project.title = u"榕城演示城市·福州（示意数据）"_s;
  project.crs = Crs::cgcs2000();
  project.startExtent = {119.24, 26.03, 119.36, 26.11};
  project.background = QColor(0xC9, 0xDF, 0xEF);
  project.darkBackground = dark::kSea;

  const auto add = [&](const QString &table, const QString &name, VectorStyle style, bool visible = true,
                       std::optional<VectorStyle> darkStyle = std::nullopt) {
    ProjectLayer layer;
    layer.source = geoPackagePath;
    layer.layerName = table;
    layer.name = name;
    layer.visible = visible;
    layer.style = std::move(style);
    layer.darkStyle = std::move(darkStyle);
    project.layers << layer;
  };

  add(u"land"_s, u"陆地"_s, fillStyle(QColor(0xF4, 0xF1, 0xE8), QColor(0xF4, 0xF1, 0xE8), 0), true,
      dark::land());
  add(u"water"_s, u"闽江与水库"_s, fillStyle(QColor(0xA9, 0xCF, 0xEA), QColor(0x86, 0xB6, 0xDA), 0.4), true,
      dark::water());
  add(u"rivers"_s, u"河流"_s, lineStyle(QColor(0x6F, 0xA8, 0xDC), 1.2), true, dark::rivers());
  add(u"coastline"_s, u"海岸线"_s, lineStyle(QColor(0x86, 0xA8, 0xC4), 0.6), true, dark::coastline());

  VectorStyle districts = fillStyle(kNoFill, QColor(0x6A, 0x4C, 0x93), 1.6);
  label(districts, u"label"_s, 11, 9, 0, true);
  add(u"districts"_s, u"区县(示意)"_s, districts, true,
      dark::boundary(districts, QColor(0x7A, 0x6C, 0xB0), QColor(0xEE, 0xF2, 0xF8)));
  VectorStyle towns = fillStyle(kNoFill, QColor(0x9C, 0x89, 0xB8), 0.8);
  label(towns, u"name"_s, 9, 7, 250000);
  add(u"towns"_s, u"街道乡镇"_s, towns, true,
      dark::boundary(towns, QColor(0x4A, 0x45, 0x70), QColor(0xC4, 0xCC, 0xDC)));
  VectorStyle communities = fillStyle(kNoFill, QColor(0xC5, 0xB8, 0xD8), 0.5);
  communities.minScale = 300000;
  label(communities, u"name"_s, 8, 5, 15000);
  add(u"communities"_s, u"社区村"_s, communities, true,
      dark::boundary(communities, QColor(0x33, 0x34, 0x52), QColor(0xA4, 0xAE, 0xC0)));
  const VectorStyle grids = gridStyle(geoPackagePath);
  add(u"grids"_s, u"网格"_s, grids, true, dark::grids(grids));

  VectorStyle roads = roadStyle();
  label(roads, u"name"_s, 8, 4, 15000);
  add(u"roads"_s, u"道路"_s, roads, true, dark::roads(roads));
  VectorStyle addresses =
      markerStyle(MarkerShape::Circle, 2.5, QColor(0x8D, 0x7B, 0x68), QColor(0x8D, 0x7B, 0x68), 0);
  addresses.minScale = 25000;
  // House numbers appear when the map is close enough to read them.
  label(addresses, u"house_no"_s, 7, 2, 4000);
  add(u"addresses"_s, u"标准地址"_s, addresses, true, dark::addresses(addresses));
  VectorStyle events =
      markerStyle(MarkerShape::Circle, 3, QColor(0xE4, 0x57, 0x2E), QColor(0x8C, 0x2A, 0x12), 0.4);
  events.kind = RendererKind::Heatmap;
  events.rampName = u"Heat"_s;
  events.radius = 18;
  add(u"events"_s, u"事件热力"_s, events, false);

  add(u"cell_sectors"_s, u"5G扇区"_s, sectorStyle(), false);
  add(u"cell_sectors"_s, u"5G覆盖(按频段)"_s, coverageByBandStyle(), false);
  add(u"cell_sites"_s, u"5G基站"_s, cellSiteStyle());
  add(u"enterprises"_s, u"企业"_s, enterpriseStyle());
  add(u"monitoring_points"_s, u"在线监测点"_s, monitoringStyle());
  add(u"hydro_stations"_s, u"水文站"_s, hydroStyle(), true, dark::dataLabels(hydroStyle()));
  add(u"broadcast_points"_s, u"智能广播"_s,
      markerStyle(MarkerShape::Circle, 7, QColor(0xF9, 0xA8, 0x25), QColor(0x6D, 0x4C, 0x41)));
  return project;
}

} // namespace rc::demo
