// The grid choropleth of the event time slider on a city: how long each window takes from the
// slider's move to the grids showing it, and the longest the GUI thread went without turning its
// event loop meanwhile (a 5 ms timer's largest gap); with a prefix, the grids of an hour, a week
// and a month drawn to PREFIX-hour.png etc. Usage: bench_gridwindow CITY.gpkg [PREFIX]
#include "demo/DemoProject.h"
#include "map/VectorLayer.h"
#include "ops/EventTimelineModel.h"
#include "ops/GridWindowUpdater.h"
#include "render/LayerRenderer.h"
#include "render/MapSettings.h"
#include "render/SymbolPreview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <tuple>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
  QApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_gridwindow CITY.gpkg\n");
    return 2;
  }
  const QString gpkg = QString::fromLocal8Bit(argv[1]);
  QElapsedTimer clock;
  clock.start();
  rc::VectorLayer grids(rc::VectorSource(gpkg, u"grids"_s)), events(rc::VectorSource(gpkg, u"events"_s));
  rc::VectorLayer::loadNow({&grids, &events});
  if (grids.state() != rc::MapLayer::State::Ready || events.state() != rc::MapLayer::State::Ready) {
    std::fprintf(stderr, "cannot load: %s %s\n", qPrintable(grids.errorMessage()),
                 qPrintable(events.errorMessage()));
    return 1;
  }
  for (const rc::ProjectLayer &layer : rc::demo::DemoProject::build(gpkg).layers)
    if (layer.layerName == u"grids"_s)
      grids.setStyle(layer.style);
  std::printf("loaded %zu grids, %zu events in %lld ms\n", grids.features()->featureCount(),
              events.features()->featureCount(), clock.elapsed());

  rc::EventTimelineModel timeline;
  rc::GridWindowUpdater updater(&timeline);
  updater.setGridsLayer(&grids);
  clock.restart();
  timeline.setLayer(&events);
  // Until the slider's window and the grids' counts are both done.
  const auto settle = [&] {
    do
      QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    while (timeline.isBusy() || updater.isBusy() || !updater.isShowingWindow());
  };
  settle();
  std::printf("indexes built and first window shown in %lld ms\n", clock.elapsed());

  qint64 longestGap = 0;
  QElapsedTimer gap;
  QTimer ticker;
  ticker.setInterval(5);
  QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, gap.restart()); });
  const QTimeZone beijing(8 * 3600);
  struct Step
  {
    rc::EventTimelineModel::Window window;
    const char *name;
  };
  for (const Step &step :
       {Step{rc::EventTimelineModel::Window::Hour, "hour"}, Step{rc::EventTimelineModel::Window::Day, "day"},
        Step{rc::EventTimelineModel::Window::Week, "week"},
        Step{rc::EventTimelineModel::Window::Month, "month"}}) {
    timeline.setWindow(step.window);
    timeline.setStart(QDateTime(QDate(2026, 3, 1), QTime(0, 0), beijing));
    settle();
    qint64 total = 0, worst = 0;
    const int runs = 10;
    longestGap = 0;
    gap.start();
    ticker.start();
    for (int i = 1; i <= runs; ++i) {
      clock.restart();
      timeline.setStart(QDateTime(QDate(2026, 3, 1), QTime(0, 0), beijing).addDays(i * 9).addSecs(i * 3600));
      settle();
      total += clock.elapsed();
      worst = std::max(worst, clock.elapsed());
    }
    ticker.stop();
    std::printf("%-5s window: %lld ms mean, %lld ms worst from move to grids shown; longest GUI event-loop "
                "gap %lld ms\n",
                step.name, total / runs, worst, longestGap);
  }
  if (argc > 2) {
    for (const auto &[window, start, name] :
         {std::tuple{rc::EventTimelineModel::Window::Hour,
                     QDateTime(QDate(2026, 8, 18), QTime(10, 0), beijing), "hour"},
          std::tuple{rc::EventTimelineModel::Window::Week,
                     QDateTime(QDate(2026, 8, 17), QTime(0, 0), beijing), "week"},
          std::tuple{rc::EventTimelineModel::Window::Month,
                     QDateTime(QDate(2026, 8, 1), QTime(0, 0), beijing), "month"}}) {
      timeline.setWindow(window);
      timeline.setStart(start);
      settle();
      rc::MapSettings settings;
      settings.setDestinationCrs(rc::Crs::cgcs2000());
      settings.setExtent({119.15, 25.98, 119.45, 26.16});
      settings.setOutputSize({1000, 600});
      QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
      image.fill(QColor(0xF4, 0xF1, 0xE8));
      const std::atomic_bool cancelled = false;
      grids.createRenderer()->render(image, settings, cancelled);
      const QString path = QString::fromLocal8Bit(argv[2]) + u'-' + QString::fromLatin1(name) + u".png"_s;
      image.save(path);
      std::printf("%s (1:%.0f):\n", qPrintable(path), settings.scale());
      for (const rc::LegendEntry &entry : rc::legendEntries(grids.style()))
        std::printf("  %s\n", qPrintable(entry.label));
    }
  }
  return 0;
}
