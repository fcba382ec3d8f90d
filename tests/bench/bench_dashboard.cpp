// Dashboard aggregation over a city's events: the worker's time per count and the longest
// event-loop gap while the dashboard counts and rebuilds its charts.
//   bench_dashboard [CITY.gpkg]   (default /tmp/fzcity2/fuzhou.gpkg; run with QT_QPA_PLATFORM=offscreen)

#include "dashboard/DashboardPanel.h"
#include "dashboard/DashboardStatistics.h"
#include "data/FeatureStore.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
  QApplication app(argc, argv);
  const QString gpkg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/tmp/fzcity2/fuzhou.gpkg"_s;
  rc::LayerStack stack;
  QList<rc::VectorLayer *> layers;
  for (const QString &table : {u"cell_sites"_s, u"events"_s}) {
    auto *layer = new rc::VectorLayer(rc::VectorSource(gpkg, table), table);
    stack.addLayer(std::unique_ptr<rc::MapLayer>(layer));
    layers << layer;
  }
  QElapsedTimer clock;
  clock.start();
  rc::VectorLayer::loadNow(layers);
  for (const rc::VectorLayer *layer : std::as_const(layers))
    if (layer->state() != rc::MapLayer::State::Ready) {
      std::fprintf(stderr, "%s\n", qPrintable(layer->errorMessage()));
      return 1;
    }
  const auto events = layers[1]->features();
  std::printf("events: %zu features, loaded in %lld ms\n", events->featureCount(), clock.elapsed());

  rc::DashboardInput input;
  input.events = events;
  input.cellSites = layers[0]->features();
  for (int i = 0; i < 3; ++i) {
    clock.restart();
    const auto stats = rc::DashboardAggregator::aggregate(input);
    std::printf("aggregate: %lld ms (%lld open, %lld overdue, %lld districts)\n", clock.elapsed(),
                stats->open, stats->overdue, qint64(stats->districts.size()));
  }

  rc::DashboardPanel panel(&stack, nullptr);
  qint64 last = 0, worst = 0;
  QTimer ticker;
  ticker.setInterval(5);
  QObject::connect(&ticker, &QTimer::timeout, [&] {
    worst = std::max(worst, clock.elapsed() - last);
    last = clock.elapsed();
  });
  int done = 0;
  QObject::connect(&panel, &rc::DashboardPanel::statisticsChanged, [&] {
    if (++done < 4)
      panel.refresh();
    else
      app.quit();
  });
  clock.restart();
  ticker.start();
  app.exec();
  std::printf("dashboard: 4 counts in %lld ms, longest event-loop gap %lld ms\n", clock.elapsed(), worst);
  return 0;
}
