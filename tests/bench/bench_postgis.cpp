// PostGIS vs GeoPackage (issue 8): the same addresses, served by a throwaway PostGIS server
// (tests/support/PostgisServer) and by the GeoPackage, through the view-driven read the window
// uses (ViewFetcher: the view plus a margin is read on a worker, bbox pushed to the server / to the
// R-tree, at most 200,000 features), drawn at 1920x1080. A pan-and-zoom sequence: 10 pans of half a
// screen at 1:5,000, then zooms 1:5,000 → 1:10,000 → 1:20,000 → 1:50,000 and back. Prints the
// import time, the first-frame time of each step (read if the view left the box read + draw) and
// the steady-state frame time (draw only), median and max, and the time to the first batch on
// screen (ViewFetcher shows a read in batches: the view thin and even first, then denser, then the
// margin). With RC_BENCH_PNG_DIR set, writes the first step's frames there: the first batch, the
// final (capped) view, and for comparison the first 200,000 features in index order of the view
// plus a 50 % margin, which is what the cap showed before the sampled read.
//
// Usage: bench_postgis [ADDRESSES]            generate a demo city with that many (default 300000)
//        bench_postgis --gpkg FILE.gpkg       use the addresses of an existing GeoPackage

#include "PostgisServer.h"

#include "data/VectorDataset.h"
#include "demo/DemoCityGenerator.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "map/ViewFetcher.h"
#include "postgis/PostgisImporter.h"
#include "render/RenderJob.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

double median(std::vector<double> values)
{
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

double maximum(const std::vector<double> &values)
{
  return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

QImage renderImage(const QList<rc::MapLayer *> &layers, const rc::BBox &extent)
{
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::cgcs2000());
  settings.setOutputSize({kWidth, kHeight});
  settings.setExtent(extent);
  rc::RenderJob job(settings, rc::snapshotsOf(layers));
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

void savePng(const QImage &image, const QString &name)
{
  const QString dir = qEnvironmentVariable("RC_BENCH_PNG_DIR");
  if (!dir.isEmpty())
    image.save(dir + u'/' + name + u".png"_s);
}

double renderMs(const QList<rc::MapLayer *> &layers, const rc::BBox &extent)
{
  rc::MapSettings settings;
  settings.setDestinationCrs(rc::Crs::cgcs2000());
  settings.setOutputSize({kWidth, kHeight});
  settings.setExtent(extent);
  QElapsedTimer timer;
  timer.start();
  rc::RenderJob job(settings, rc::snapshotsOf(layers));
  job.start();
  job.waitForFinished();
  const QImage image = job.renderedImage();
  return double(timer.nsecsElapsed()) / 1e6;
}

/// A 1920x1080 view of lon/lat degrees centred on (x, y) at 1:scale (96 DPI).
rc::BBox viewAt(double x, double y, double scale)
{
  const double metresPerPixel = scale * 0.0254 / 96;
  const double degreesPerPixel = metresPerPixel / (111320 * std::cos(y * std::numbers::pi / 180));
  const double hw = kWidth * degreesPerPixel / 2, hh = kHeight * degreesPerPixel / 2;
  return {x - hw, y - hh, x + hw, y + hh};
}

struct Step
{
  rc::BBox view;
  double scale;
};

struct Figures
{
  std::vector<double> firstFrameMs; ///< steps that read
  std::vector<double> firstBatchMs; ///< steps that read: until the first batch is on screen
  std::vector<double> frameMs;      ///< every step: read when needed + draw
  std::vector<double> steadyMs;
  std::vector<double> features;
  std::vector<bool> read;
  int reads = 0;
  int partial = 0;
};

/// Walks the steps with one view-driven layer, as the window does on each extent change.
Figures walk(const QString &source, const QList<Step> &steps, const char *name)
{
  rc::LayerStack stack;
  auto owned = std::make_unique<rc::VectorLayer>(rc::VectorSource(source, u"addresses"_s));
  rc::VectorLayer *layer = owned.get();
  rc::ViewFetcher::Options options;
  options.debounceMs = 0;
  auto *fetcher = new rc::ViewFetcher(layer, options);
  stack.addLayer(std::move(owned));
  Figures figures;
  for (const Step &step : steps) {
    QElapsedTimer timer;
    timer.start();
    const int readsBefore = fetcher->fetchCount();
    QEventLoop loop;
    const auto done = QObject::connect(fetcher, &rc::ViewFetcher::fetchFinished, &loop, &QEventLoop::quit);
    const auto failed = QObject::connect(layer, &rc::VectorLayer::failed, &loop, [](const QString &message) {
      std::fprintf(stderr, "%s\n", qPrintable(message));
      std::exit(1);
    });
    double firstBatchMs = -1;
    const auto batch = QObject::connect(fetcher, &rc::ViewFetcher::batchShown, &loop, [&] {
      if (firstBatchMs >= 0)
        return;
      firstBatchMs = double(timer.nsecsElapsed()) / 1e6 + renderMs(stack.visibleLayers(), step.view);
      if (&step == &steps.front())
        savePng(renderImage(stack.visibleLayers(), step.view), QString::fromLatin1(name) + u"_first_batch"_s);
    });
    fetcher->setView(step.view, rc::Crs::cgcs2000(), step.scale);
    // The debounce timer fires in the next turn; then either a read is under way or none is needed.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (fetcher->isFetching())
      loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
    QObject::disconnect(batch);
    const bool read = fetcher->fetchCount() > readsBefore;
    const double ms = double(timer.nsecsElapsed()) / 1e6 + renderMs(stack.visibleLayers(), step.view);
    figures.frameMs.push_back(ms);
    figures.read.push_back(read);
    if (read) {
      figures.firstFrameMs.push_back(ms);
      figures.firstBatchMs.push_back(firstBatchMs >= 0 ? firstBatchMs : ms);
      ++figures.reads;
      figures.partial += fetcher->isPartial() ? 1 : 0;
    }
    if (&step == &steps.front())
      savePng(renderImage(stack.visibleLayers(), step.view), QString::fromLatin1(name) + u"_final"_s);
    for (int i = 0; i < 3; ++i)
      figures.steadyMs.push_back(renderMs(stack.visibleLayers(), step.view));
    figures.features.push_back(double(layer->features()->featureCount()));
  }
  return figures;
}

void print(const char *name, const Figures &f)
{
  std::printf(
      "%-10s | %2d reads (%d capped) | first batch on screen median %7.1f ms, max %7.1f ms | whole read + "
      "frame median %7.1f ms, max %7.1f ms | every step median %7.1f "
      "ms, max %7.1f ms | steady-state median %6.1f ms, max %6.1f ms | features held: median %.0f, max "
      "%.0f\n",
      name, f.reads, f.partial, median(f.firstBatchMs), maximum(f.firstBatchMs), median(f.firstFrameMs),
      maximum(f.firstFrameMs), median(f.frameMs), maximum(f.frameMs), median(f.steadyMs), maximum(f.steadyMs),
      median(f.features), maximum(f.features));
}

double loadAverage()
{
  double load[1] = {0};
  return getloadavg(load, 1) == 1 ? load[0] : -1;
}

} // namespace

int main(int argc, char **argv)
{
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  const QStringList arguments = app.arguments();
  QString gpkg;
  qint64 addresses = 300000;
  if (arguments.size() > 2 && arguments[1] == u"--gpkg")
    gpkg = arguments[2];
  else if (arguments.size() > 1)
    addresses = arguments[1].toLongLong();

  rc::test::PostgisServer server;
  if (!server.start()) {
    std::fprintf(stderr, "%s\n", qPrintable(server.error()));
    return 1;
  }
  QTemporaryDir dir;
  QElapsedTimer timer;
  if (gpkg.isEmpty()) {
    rc::DemoCityOptions options;
    options.outDir = dir.filePath(u"city"_s);
    options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
    options.addressCount = addresses;
    options.eventCount = 100;
    options.cellSiteCount = 100;
    timer.start();
    rc::DemoCityGenerator::generate(options, {});
    gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
    std::printf("generated %lld addresses in %.1f s\n", static_cast<long long>(addresses),
                double(timer.elapsed()) / 1000);
  }
  try {
    const auto dataset = rc::VectorDataset::open(gpkg);
    const rc::LayerSummary summary = dataset->summary(dataset->layerIndex(u"addresses"_s));
    std::printf("%s: %lld addresses\n", qPrintable(gpkg), static_cast<long long>(summary.featureCount));
  } catch (const rc::DataError &e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }

  timer.restart();
  try {
    rc::PostgisImporter::run({gpkg, server.source(server.kOperator), {u"addresses"_s}, {}});
  } catch (const std::exception &e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  std::printf("imported into PostGIS in %.1f s (load average %.2f)\n", double(timer.elapsed()) / 1000,
              loadAverage());
  // Freshly loaded rows: the planner needs the table's statistics, as after any real import.
  server.sql(u"VACUUM ANALYZE addresses"_s);

  // The sequence starts where addresses are densest (the busiest 0.01° cell), as a dispatcher's
  // view of the old town would.
  QString densest;
  if (!server.sql(
          u"SELECT round(ST_X(geom)::numeric, 2) || ' ' || round(ST_Y(geom)::numeric, 2) FROM addresses"
          " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"_s,
          &densest)) {
    std::fprintf(stderr, "%s\n", qPrintable(server.error()));
    return 1;
  }
  const double x0 = densest.section(u' ', 0, 0).toDouble(), y0 = densest.section(u' ', 1, 1).toDouble();
  std::printf("densest cell at %.2f, %.2f\n", x0, y0);
  QList<Step> steps;
  double x = x0;
  steps.append({viewAt(x, y0, 5000), 5000});
  for (int i = 0; i < 10; ++i) {
    x += viewAt(x, y0, 5000).width() / 2;
    steps.append({viewAt(x, y0, 5000), 5000});
  }
  for (const double scale : {10000.0, 20000.0, 50000.0, 20000.0, 10000.0, 5000.0})
    steps.append({viewAt(x, y0, scale), scale});

  const Figures file = walk(gpkg, steps, "geopackage");
  const Figures postgis = walk(server.source(server.kViewer), steps, "postgis");
  if (!qEnvironmentVariableIsEmpty("RC_BENCH_PNG_DIR")) {
    const auto dataset = rc::VectorDataset::open(gpkg);
    const int index = dataset->layerIndex(u"addresses"_s);
    rc::LayerStack stack;
    auto layer = std::make_unique<rc::VectorLayer>(rc::VectorSource(gpkg, u"addresses"_s));
    layer->replaceFeatures(dataset->load(index, {}, nullptr, steps.front().view.scaled(2), 200000),
                           dataset->summary(index).crs, {}, {});
    stack.addLayer(std::move(layer));
    savePng(renderImage(stack.visibleLayers(), steps.front().view), u"index_order_cap"_s);
  }
  std::printf(
      "%lld steps at %dx%d: 10 pans of half a screen at 1:5,000, zooms 1:5,000 → 1:50,000 → 1:5,000\n",
      static_cast<long long>(steps.size()), kWidth, kHeight);
  print("GeoPackage", file);
  print("PostGIS", postgis);
  std::printf(
      "\nstep  scale     | GeoPackage frame ms (read?) first batch | PostGIS frame ms (read?) first batch "
      "| features held\n");
  std::size_t fileRead = 0, postgisRead = 0;
  for (qsizetype i = 0; i < steps.size(); ++i) {
    const auto at = std::size_t(i);
    const double fileBatch = file.read[at] ? file.firstBatchMs[fileRead++] : 0;
    const double postgisBatch = postgis.read[at] ? postgis.firstBatchMs[postgisRead++] : 0;
    std::printf("%4lld  1:%-7.0f | %10.1f %-5s %8.1f             | %10.1f %-5s %8.1f            | %.0f\n",
                static_cast<long long>(i), steps[i].scale, file.frameMs[at], file.read[at] ? "read" : "",
                fileBatch, postgis.frameMs[at], postgis.read[at] ? "read" : "", postgisBatch,
                postgis.features[at]);
  }
  std::printf("load average at the end: %.2f\n", loadAverage());
  return 0;
}
