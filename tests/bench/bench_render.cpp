// Map-core benchmark: a GeoPackage of 1,000,000 points and 10,000 polygons over Fuzhou, loaded and
// rendered at 1920x1080. Prints load time, full-extent and 2 km window render times (median of
// several frames), how long a full-extent frame cancelled at once takes to stop, and peak memory. Usage:
// bench_render [DATA.gpkg] (default /tmp/rc_bench_1m.gpkg; written on first run, reused after).

#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "render/RenderJob.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPointCount = 1000000;
constexpr int kPolygonCount = 10000;

// Urban centres the synthetic points cluster around (lon, lat, weight), as in a real city layer.
struct Centre
{
  double lon, lat, sigma, weight;
};
constexpr Centre kCentres[] = {
    {119.300, 26.075, 0.030, 0.45}, {119.450, 25.990, 0.020, 0.10}, {119.520, 25.965, 0.025, 0.10},
    {119.380, 25.720, 0.030, 0.10}, {119.190, 26.060, 0.020, 0.08}, {119.535, 26.200, 0.020, 0.05},
};

void writeDataset(const QString &path)
{
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  GDALDatasetUniquePtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset) {
    std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
    std::exit(1);
  }
  OGRSpatialReference srs;
  srs.importFromEPSG(4490);
  std::mt19937_64 random(20261129);
  std::uniform_real_distribution<double> unit(0, 1);
  std::normal_distribution<double> normal(0, 1);

  OGRLayer *points = dataset->CreateLayer("points", &srs, wkbPoint, nullptr);
  OGRFieldDefn idField("code", OFTInteger64), nameField("name", OFTString), valueField("value", OFTReal);
  points->CreateField(&idField);
  points->CreateField(&nameField);
  points->CreateField(&valueField);
  dataset->StartTransaction();
  for (int i = 0; i < kPointCount; ++i) {
    double lon, lat;
    double pick = unit(random);
    const Centre *centre = nullptr;
    for (const Centre &c : kCentres) {
      if (pick < c.weight) {
        centre = &c;
        break;
      }
      pick -= c.weight;
    }
    if (centre) {
      lon = centre->lon + centre->sigma * normal(random);
      lat = centre->lat + centre->sigma * normal(random);
    } else {
      lon = 118.5 + 2.0 * unit(random);
      lat = 25.3 + 1.5 * unit(random);
    }
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(points->GetLayerDefn()));
    feature->SetField(0, GIntBig(350100000000LL + i));
    feature->SetField(1, ("点位 " + std::to_string(i)).c_str());
    feature->SetField(2, unit(random) * 100);
    OGRPoint point(lon, lat);
    feature->SetGeometry(&point);
    if (points->CreateFeature(feature.get()) != OGRERR_NONE)
      std::exit(1);
  }
  dataset->CommitTransaction();

  OGRLayer *polygons = dataset->CreateLayer("polygons", &srs, wkbPolygon, nullptr);
  OGRFieldDefn kindField("kind", OFTString);
  polygons->CreateField(&kindField);
  dataset->StartTransaction();
  for (int i = 0; i < kPolygonCount; ++i) {
    const double lon = 118.6 + 1.8 * unit(random), lat = 25.4 + 1.4 * unit(random);
    const double radius = (100 + 500 * unit(random)) / 111000.0;
    const int vertices = 8 + int(16 * unit(random));
    OGRLinearRing ring;
    for (int v = 0; v < vertices; ++v) {
      const double angle = 2 * std::numbers::pi * v / vertices;
      const double r = radius * (0.7 + 0.3 * unit(random));
      ring.addPoint(lon + r * std::cos(angle) / std::cos(lat * std::numbers::pi / 180),
                    lat + r * std::sin(angle));
    }
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(polygons->GetLayerDefn()));
    feature->SetField(0, i % 3 == 0 ? "居住" : "工业");
    feature->SetGeometry(&polygon);
    if (polygons->CreateFeature(feature.get()) != OGRERR_NONE)
      std::exit(1);
  }
  dataset->CommitTransaction();
}

double median(std::vector<double> values)
{
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

double renderMs(const QList<rc::MapLayer *> &layers, const rc::BBox &extent)
{
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::cgcs2000());
  settings.setOutputSize({1920, 1080});
  settings.setExtent(extent);
  QElapsedTimer timer;
  timer.start();
  rc::RenderJob job(settings, rc::snapshotsOf(layers));
  job.start();
  job.waitForFinished();
  const QImage image = job.renderedImage();
  return timer.nsecsElapsed() / 1e6;
}

/// Milliseconds from starting a frame and cancelling it at once to the job's end.
double cancelMs(const QList<rc::MapLayer *> &layers, const rc::BBox &extent)
{
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::cgcs2000());
  settings.setOutputSize({1920, 1080});
  settings.setExtent(extent);
  QElapsedTimer timer;
  timer.start();
  rc::RenderJob job(settings, rc::snapshotsOf(layers));
  job.start();
  job.cancel();
  job.waitForFinished();
  return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/tmp/rc_bench_1m.gpkg"_s;
  if (!QFileInfo::exists(path)) {
    std::printf("writing %s ...\n", qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    writeDataset(path);
    std::printf("written in %.1f s\n", timer.elapsed() / 1000.0);
  }

  rc::LayerStack stack;
  auto polygons = std::make_unique<rc::VectorLayer>(rc::VectorSource{path, u"polygons"_s, {}});
  auto points = std::make_unique<rc::VectorLayer>(rc::VectorSource{path, u"points"_s, {}});
  QList<rc::VectorLayer *> layers{polygons.get(), points.get()};
  stack.addLayer(std::move(polygons));
  stack.addLayer(std::move(points));
  QElapsedTimer loadTimer;
  loadTimer.start();
  rc::VectorLayer::loadNow(layers);
  const double loadMs = loadTimer.nsecsElapsed() / 1e6;
  for (rc::VectorLayer *layer : layers)
    if (layer->state() != rc::MapLayer::State::Ready) {
      std::fprintf(stderr, "%s\n", qPrintable(layer->errorMessage()));
      return 1;
    }

  const QList<rc::MapLayer *> visible = stack.visibleLayers();
  rc::BBox full = layers[0]->extent();
  full.include(layers[1]->extent());
  renderMs(visible, full); // warm-up: page in the stores
  std::vector<double> fullTimes, windowTimes;
  for (int i = 0; i < 7; ++i)
    fullTimes.push_back(renderMs(visible, full));
  // 2 km wide windows (0.02° of longitude at 26°N) at a dense centre and around the city.
  const double halfWidth = 2000.0 / (111320.0 * std::cos(26.08 * std::numbers::pi / 180)) / 2;
  const double halfHeight = halfWidth * 1080 / 1920;
  for (const Centre &c : kCentres)
    for (int i = 0; i < 3; ++i)
      windowTimes.push_back(
          renderMs(visible, {c.lon - halfWidth, c.lat - halfHeight, c.lon + halfWidth, c.lat + halfHeight}));
  std::vector<double> cancelTimes;
  for (int i = 0; i < 7; ++i)
    cancelTimes.push_back(cancelMs(visible, full));

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto &storePoints = *layers[1]->features();
  const auto &storePolygons = *layers[0]->features();
  std::printf("features: %zu points, %zu polygons; store memory %.1f MB\n", storePoints.featureCount(),
              storePolygons.featureCount(),
              (storePoints.memoryUsage() + storePolygons.memoryUsage()) / 1048576.0);
  std::printf("load_ms=%.0f\n", loadMs);
  std::printf("full_extent_render_ms median=%.1f min=%.1f max=%.1f (1920x1080, %zu frames)\n",
              median(fullTimes), *std::min_element(fullTimes.begin(), fullTimes.end()),
              *std::max_element(fullTimes.begin(), fullTimes.end()), fullTimes.size());
  std::printf("window_2km_render_ms median=%.1f min=%.1f max=%.1f (%zu frames)\n", median(windowTimes),
              *std::min_element(windowTimes.begin(), windowTimes.end()),
              *std::max_element(windowTimes.begin(), windowTimes.end()), windowTimes.size());
  std::printf("cancel_ms median=%.1f max=%.1f (full extent, cancelled at once; %zu frames)\n",
              median(cancelTimes), *std::max_element(cancelTimes.begin(), cancelTimes.end()),
              cancelTimes.size());
  std::printf("peak_memory_mb=%.0f\n", usage.ru_maxrss / 1024.0);
  return 0;
}
