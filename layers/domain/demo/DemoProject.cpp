#include "domain/demo/DemoProject.h"

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

} // namespace

Project DemoProject::build(const QString &geoPackagePath)
{
  Project project;
  project.title = u"榕城演示城市·福州（示意数据）"_s;
  project.crs = Crs::cgcs2000();
  project.startExtent = {119.24, 26.03, 119.36, 26.11};
  project.background = QColor(0xC9, 0xDF, 0xEF);

  const auto add = [&](const QString &table, const QString &name, VectorStyle style, bool visible = true) {
    ProjectLayer layer;
    layer.source = geoPackagePath;
    layer.layerName = table;
    layer.name = name;
    layer.visible = visible;
    layer.style = std::move(style);
    project.layers << layer;
  };

  add(u"land"_s, u"陆地"_s, fillStyle(QColor(0xF4, 0xF1, 0xE8), QColor(0xF4, 0xF1, 0xE8), 0));
  add(u"water"_s, u"闽江与水库"_s, fillStyle(QColor(0xA9, 0xCF, 0xEA), QColor(0x86, 0xB6, 0xDA), 0.4));
  add(u"rivers"_s, u"河流"_s, lineStyle(QColor(0x6F, 0xA8, 0xDC), 1.2));
  add(u"coastline"_s, u"海岸线"_s, lineStyle(QColor(0x86, 0xA8, 0xC4), 0.6));

  VectorStyle districts = fillStyle(kNoFill, QColor(0x6A, 0x4C, 0x93), 1.6);
  label(districts, u"label"_s, 11, 9, 0, true);
  add(u"districts"_s, u"区县(示意)"_s, districts);
  VectorStyle towns = fillStyle(kNoFill, QColor(0x9C, 0x89, 0xB8), 0.8);
  label(towns, u"name"_s, 9, 7, 250000);
  add(u"towns"_s, u"街道乡镇"_s, towns);
  VectorStyle communities = fillStyle(kNoFill, QColor(0xC5, 0xB8, 0xD8), 0.5);
  communities.minScale = 300000;
  label(communities, u"name"_s, 8, 5, 15000);
  add(u"communities"_s, u"社区村"_s, communities);
  VectorStyle grids = fillStyle(kNoFill, QColor(0xD8, 0xCF, 0xE6), 0.4);
  grids.minScale = 80000;
  add(u"grids"_s, u"网格"_s, grids);

  VectorStyle roads = roadStyle();
  label(roads, u"name"_s, 8, 4, 15000);
  add(u"roads"_s, u"道路"_s, roads);
  VectorStyle addresses =
      markerStyle(MarkerShape::Circle, 2.5, QColor(0x8D, 0x7B, 0x68), QColor(0x8D, 0x7B, 0x68), 0);
  addresses.minScale = 25000;
  add(u"addresses"_s, u"标准地址"_s, addresses);
  add(u"events"_s, u"事件"_s,
      markerStyle(MarkerShape::Circle, 3, QColor(0xE4, 0x57, 0x2E), QColor(0x8C, 0x2A, 0x12), 0.4), false);

  // Sectors of neighbouring urban sites overlap by design: shown on demand, and only close up.
  VectorStyle sectors = fillStyle(QColor(0x00, 0x7A, 0xC3, 30), QColor(0x00, 0x7A, 0xC3, 110), 0.4);
  sectors.kind = RendererKind::Sectors;
  sectors.minScale = 10000;
  add(u"cell_sectors"_s, u"5G扇区"_s, sectors, false);
  add(u"cell_sites"_s, u"5G基站"_s, cellSiteStyle());
  add(u"enterprises"_s, u"企业"_s,
      markerStyle(MarkerShape::Square, 5, QColor(0x8D, 0x6E, 0x63), Qt::white, 0.6));
  add(u"monitoring_points"_s, u"在线监测点"_s,
      markerStyle(MarkerShape::Diamond, 8, QColor(0x2E, 0x7D, 0x32), Qt::white));
  VectorStyle hydro = markerStyle(MarkerShape::Triangle, 9, QColor(0x15, 0x65, 0xC0), Qt::white);
  label(hydro, u"stnm"_s, 8, 6, 100000);
  add(u"hydro_stations"_s, u"水文站"_s, hydro);
  add(u"broadcast_points"_s, u"智能广播"_s,
      markerStyle(MarkerShape::Circle, 7, QColor(0xF9, 0xA8, 0x25), QColor(0x6D, 0x4C, 0x41)));
  return project;
}

} // namespace rc::demo
