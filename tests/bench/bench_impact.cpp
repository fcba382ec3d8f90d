// Benchmark of the impact analysis (issue 7): load the city-scale layers once, then time a 2 km
// buffer analysis around each river station (hydro_stations of type ZQ/ZZ). A program that prints
// figures; the floor is printed next to them: <= 200 ms per analysis, data loaded.
//
//   rongcheng demo-data --out /tmp/fzcity --scale city      # 3 million addresses
//   bench_impact /tmp/fzcity/fuzhou.gpkg [--runs 5] [--metres 2000]

#include "data/VectorDataset.h"
#include "ops/ImpactAnalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Station
{
  QString code, name;
  double lon = 0, lat = 0;
};

std::vector<Station> riverStations(const QString &path)
{
  const auto dataset = rc::VectorDataset::open(path);
  const int layer = dataset->layerIndex(u"hydro_stations"_s);
  if (layer < 0)
    return {};
  const auto store = dataset->load(layer);
  const int type = store->fieldIndex(u"sttp"_s), code = store->fieldIndex(u"stcd"_s),
            name = store->fieldIndex(u"stnm"_s);
  std::vector<Station> stations;
  for (std::size_t i = 0; i < store->featureCount(); ++i) {
    const QString sttp = store->text(i, type);
    if (sttp != u"ZQ"_s && sttp != u"ZZ"_s)
      continue;
    const double *xy = store->firstVertex(i);
    stations.push_back({store->text(i, code), store->text(i, name), xy[0], xy[1]});
  }
  return stations;
}

double percentile(std::vector<double> values, double q)
{
  std::sort(values.begin(), values.end());
  const std::size_t at = std::min(values.size() - 1, std::size_t(q * double(values.size() - 1) + 0.5));
  return values[at];
}

} // namespace

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  QStringList arguments = QCoreApplication::arguments().mid(1);
  int runs = 5;
  double metres = 2000;
  QString path = u"/tmp/fzcity/fuzhou.gpkg"_s;
  for (int i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == u"--runs"_s && i + 1 < arguments.size())
      runs = std::max(1, arguments[++i].toInt());
    else if (arguments[i] == u"--metres"_s && i + 1 < arguments.size())
      metres = arguments[++i].toDouble();
    else
      path = arguments[i];
  }

  try {
    QElapsedTimer timer;
    timer.start();
    rc::ImpactAnalysis analysis(rc::ImpactData::load(path));
    const double loadSeconds = double(timer.elapsed()) / 1000;
    std::size_t features = 0;
    for (const rc::ImpactLayer layer : rc::kImpactLayers)
      features += analysis.data().layer(layer).featureCount();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("loaded %zu features of 6 layers + %zu districts in %.1f s (peak RSS %.0f MB)\n", features,
                analysis.data().districts->featureCount(), loadSeconds, double(usage.ru_maxrss) / 1024);

    const std::vector<Station> stations = riverStations(path);
    if (stations.empty()) {
      std::fprintf(stderr, "no river stations (hydro_stations ZQ/ZZ) in %s\n", qPrintable(path));
      return 1;
    }
    std::vector<double> first, warm;
    std::printf("%-9s %-10s %9s %6s %6s %6s %6s %6s %9s %9s\n", "STCD", "name", "addresses", "grids", "comms",
                "5G", "bcast", "monit", "first ms", "warm ms");
    for (const Station &station : stations) {
      const rc::ImpactQuery query = rc::ImpactQuery::around(station.lon, station.lat, metres);
      rc::ImpactResult result;
      std::vector<double> times;
      for (int run = 0; run < runs; ++run) {
        QElapsedTimer one;
        one.start();
        try {
          result = analysis.run(query);
        } catch (const std::exception &e) {
          std::printf("%-9s %s\n", qPrintable(station.code), e.what());
          break;
        }
        times.push_back(double(one.nsecsElapsed()) / 1e6);
      }
      if (times.empty())
        continue;
      first.push_back(times.front());
      warm.insert(warm.end(), times.begin() + (times.size() > 1 ? 1 : 0), times.end());
      std::printf("%-9s %-10s %9lld %6lld %6lld %6lld %6lld %6lld %9.1f %9.1f\n", qPrintable(station.code),
                  station.name.toUtf8().constData(), qlonglong(result.count(rc::ImpactLayer::Addresses)),
                  qlonglong(result.count(rc::ImpactLayer::Grids)),
                  qlonglong(result.count(rc::ImpactLayer::Communities)),
                  qlonglong(result.count(rc::ImpactLayer::CellSites)),
                  qlonglong(result.count(rc::ImpactLayer::BroadcastPoints)),
                  qlonglong(result.count(rc::ImpactLayer::MonitoringPoints)), times.front(),
                  percentile(times, 0.5));
    }
    std::vector<double> all = first;
    all.insert(all.end(), warm.begin(), warm.end());
    std::printf("\n%.0f m buffer, %zu stations x %d runs: median %.1f ms, p99 %.1f ms, max %.1f ms "
                "(first run per station: median %.1f ms, max %.1f ms); floor <= 200 ms\n",
                metres, first.size(), runs, percentile(all, 0.5), percentile(all, 0.99), percentile(all, 1.0),
                percentile(first, 0.5), percentile(first, 1.0));
    return 0;
  } catch (const std::exception &e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
}
