// Attribute table over three million features: time to open (model + first screen), time to a
// filtered result for a few expressions and to a sorted result for each column type, and the
// longest event-loop stall while each runs (a 5 ms timer's largest gap).
//
//   bench_table [features]        (default 3000000; runs offscreen unless QT_QPA_PLATFORM is set)

#include "data/FeatureStore.h"
#include "inspect/AttributeTableModel.h"
#include "inspect/AttributeTableWidget.h"
#include "inspect/FeatureHitTest.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const rc::FeatureStore> makeStore(std::size_t count)
{
  static const QByteArray districts[] = {"鼓楼区", "台江区", "仓山区", "晋安区", "马尾区", "长乐区"};
  rc::FeatureStoreBuilder builder({{u"id"_s, rc::FieldType::Integer, u"编号"_s},
                                   {u"value"_s, rc::FieldType::Real, u"数值"_s},
                                   {u"name"_s, rc::FieldType::String, u"名称"_s},
                                   {u"district"_s, rc::FieldType::String, u"区县"_s}});
  builder.reserve(count, count);
  std::mt19937 random(7);
  std::uniform_real_distribution<double> value(0, 1000);
  std::uniform_int_distribution<int> district(0, 5);
  std::uniform_int_distribution<int> id(0, 999'999);
  for (std::size_t i = 0; i < count; ++i) {
    builder.beginFeature(qint64(i), rc::GeometryKind::Point);
    const double xy[2] = {119 + double(i % 2000) * 1e-4, 26 + double(i / 2000) * 1e-4};
    builder.addRing(xy, true);
    builder.setInteger(0, id(random));
    if (i % 97 == 0)
      builder.setNull(1);
    else
      builder.setReal(1, std::round(value(random) * 10) / 10);
    builder.setText(2, QByteArray(QByteArray("路") + QByteArray::number(id(random) % 50'000)));
    builder.setText(3, districts[district(random)]);
  }
  return builder.finish();
}

struct Run
{
  qint64 ms = 0;
  qint64 worstStallMs = 0;
  int rows = 0;
};

/// Starts the work, then runs the event loop until the model resets, timing both and the stalls.
template<typename Start> Run measure(rc::AttributeTableModel &model, Start start)
{
  QEventLoop loop;
  QObject::connect(&model, &QAbstractItemModel::modelReset, &loop, &QEventLoop::quit);
  QElapsedTimer clock;
  qint64 last = 0, worst = 0;
  QTimer ticker;
  ticker.setInterval(5);
  QObject::connect(&ticker, &QTimer::timeout, [&] {
    const qint64 now = clock.elapsed();
    worst = std::max(worst, now - last);
    last = now;
  });
  clock.start();
  ticker.start();
  start();
  if (model.isBusy())
    loop.exec();
  Run run;
  run.ms = clock.elapsed();
  // Let the view repaint with the new rows: that is part of the wait the user sees.
  QCoreApplication::processEvents();
  run.worstStallMs = std::max(worst, clock.elapsed() - last);
  run.rows = model.rowCount();
  return run;
}

} // namespace

int main(int argc, char **argv)
{
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const std::size_t count = argc > 1 ? std::size_t(std::atoll(argv[1])) : 3'000'000;

  QElapsedTimer timer;
  timer.start();
  const auto store = makeStore(count);
  std::printf("features: %zu (built in %lld ms), %.0f MB; worker threads: %d\n", store->featureCount(),
              timer.elapsed(), double(store->memoryUsage()) / 1e6, rc::inspectionPool()->maxThreadCount());

  timer.restart();
  rc::AttributeTableWidget widget(nullptr);
  widget.model()->setStore(store);
  widget.resize(1200, 800);
  widget.show();
  QCoreApplication::processEvents();
  const QPixmap firstScreen = widget.view()->grab();
  std::printf("open: model + table widget + first screen: %lld ms\n", timer.elapsed());
  Q_UNUSED(firstScreen);

  rc::AttributeTableModel &model = *widget.model();
  const QString filters[] = {
      uR"("value" > 500)"_s,
      uR"("district" = '鼓楼区')"_s,
      uR"("value" > 500 AND "district" = '鼓楼区')"_s,
      uR"("name" LIKE '路12%' OR "id" < 1000)"_s,
  };
  for (const QString &filter : filters) {
    const Run run = measure(model, [&] {
      widget.filterEdit()->setText(filter);
      widget.applyFilter();
    });
    std::printf("filter %-45s %7d rows  %6lld ms  worst stall %3lld ms\n", qPrintable(filter), run.rows,
                run.ms, run.worstStallMs);
    QElapsedTimer clear;
    clear.start();
    widget.clearFilter();
    QCoreApplication::processEvents();
    std::printf("  clearing it (all rows back, drawn): %lld ms\n", clear.elapsed());
  }

  const int columns[] = {0, 1, 2, 3};
  for (const int column : columns) {
    const Run ascending = measure(model, [&] { model.sort(column, Qt::AscendingOrder); });
    const Run descending = measure(model, [&] { model.sort(column, Qt::DescendingOrder); });
    std::printf("sort by %-8s (%s) ascending %6lld ms  descending %6lld ms  worst stall %3lld ms\n",
                qPrintable(store->fields()[column].name),
                store->fields()[column].type == rc::FieldType::String ? "text" : "number", ascending.ms,
                descending.ms, std::max(ascending.worstStallMs, descending.worstStallMs));
  }

  // A filter on a sorted table reuses the sort: only the filter and the merge run.
  const Run combined = measure(model, [&] {
    widget.filterEdit()->setText(uR"("district" = '马尾区')"_s);
    widget.applyFilter();
  });
  std::printf("filter on sorted rows: %d rows  %lld ms  worst stall %lld ms\n", combined.rows, combined.ms,
              combined.worstStallMs);
  return 0;
}
