// PostGIS vs GeoPackage (issue 8): the same demo-city addresses, served by a throwaway PostGIS
// server (tests/support/PostgisServer) and by the GeoPackage, rendered at 1920x1080 over 2 km map
// windows as the app does it: the window is read (bbox pushed to the server / to the R-tree), then
// drawn. Prints the import time, first-frame times (read + draw, median over several windows) and
// steady-state frame times (draw only, median). Usage: bench_postgis [ADDRESSES] (default 300000).

#include "PostgisServer.h"

#include "db/PostgisImporter.h"
#include "domain/demo/DemoCityGenerator.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "render/RenderJob.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

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
  settings.setLayers(layers);
  QElapsedTimer timer;
  timer.start();
  rc::RenderJob job(settings);
  job.start();
  job.waitForFinished();
  const QImage image = job.renderedImage();
  return double(timer.nsecsElapsed()) / 1e6;
}

struct Figures
{
  double firstFrameMs = 0;
  double steadyMs = 0;
  double features = 0;
};

/// Reads and draws each window afresh (first frame), then redraws it (steady state).
Figures measure(const QString &source, const QList<rc::BBox> &windows)
{
  std::vector<double> first, steady, counts;
  for (const rc::BBox &window : windows) {
    rc::LayerStack stack;
    rc::VectorSource vectorSource{source, u"addresses"_s, {}};
    vectorSource.filter = window;
    vectorSource.filterCrs = rc::Crs::cgcs2000();
    auto layer = std::make_unique<rc::VectorLayer>(vectorSource);
    rc::VectorLayer *raw = layer.get();
    stack.addLayer(std::move(layer));
    QElapsedTimer timer;
    timer.start();
    rc::VectorLayer::loadNow({raw});
    if (raw->state() != rc::MapLayer::State::Ready) {
      std::fprintf(stderr, "%s\n", qPrintable(raw->errorMessage()));
      std::exit(1);
    }
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    first.push_back(readMs + renderMs(stack.visibleLayers(), window));
    for (int i = 0; i < 5; ++i)
      steady.push_back(renderMs(stack.visibleLayers(), window));
    counts.push_back(double(raw->features()->featureCount()));
  }
  return {median(first), median(steady), median(counts)};
}

} // namespace

int main(int argc, char **argv)
{
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  const qint64 addresses = argc > 1 ? QByteArray(argv[1]).toLongLong() : 300000;

  rc::test::PostgisServer server;
  if (!server.start()) {
    std::fprintf(stderr, "%s\n", qPrintable(server.error()));
    return 1;
  }
  QTemporaryDir dir;
  rc::DemoCityOptions options;
  options.outDir = dir.filePath(u"city"_s);
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = addresses;
  options.eventCount = 100;
  options.cellSiteCount = 100;
  QElapsedTimer timer;
  timer.start();
  rc::DemoCityGenerator::generate(options, {});
  const QString gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
  std::printf("generated %lld addresses in %.1f s\n", static_cast<long long>(addresses), double(timer.elapsed()) / 1000);

  timer.restart();
  rc::PostgisImporter::run({gpkg, server.source(server.kOperator), {u"addresses"_s}, {}});
  std::printf("imported into PostGIS in %.1f s\n", double(timer.elapsed()) / 1000);

  // 2 km windows (0.02°) stepping across the old town, where addresses are densest.
  QList<rc::BBox> windows;
  for (int i = 0; i < 7; ++i) {
    const double x = 119.26 + 0.012 * i;
    const double y = 26.05 + 0.006 * i;
    windows.append(rc::BBox(x, y, x + 0.02, y + 0.02 * 1080 / 1920));
  }
  const Figures file = measure(gpkg, windows);
  const Figures postgis = measure(server.source(server.kViewer), windows);
  std::printf("window: median %.0f addresses\n", file.features);
  std::printf("GeoPackage: first frame %.1f ms, steady-state frame %.1f ms\n", file.firstFrameMs, file.steadyMs);
  std::printf("PostGIS:    first frame %.1f ms, steady-state frame %.1f ms\n", postgis.firstFrameMs, postgis.steadyMs);
  return 0;
}
