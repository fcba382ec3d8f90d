// Benchmark of the standard address database: index build time, size and memory, open time, and
// query latency (full addresses, caller-style variants, typed prefixes, reverse geocoding) with the
// match rate of the variants. A program that prints figures; the floors are printed next
// to them: p99 <= 20 ms per query, build <= 3 min, memory <= 1.5 GB.
//
//   rongcheng demo-data --out /tmp/city --scale city      # 3 million addresses
//   bench_address /tmp/city/fuzhou.gpkg [--rebuild] [--queries 2000]

#include "address/AddressIndex.h"
#include "address/AddressReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace Qt::StringLiterals;

namespace {

double peakRssMegabytes()
{
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double currentRssMegabytes()
{
  QFile status(u"/proc/self/statm"_s);
  if (!status.open(QIODevice::ReadOnly))
    return 0;
  const QList<QByteArray> fields = status.readAll().split(' ');
  return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

struct Latency
{
  std::vector<double> ms;
  std::vector<std::pair<double, QString>> slowest; ///< the few slowest queries, for profiling

  void add(double milliseconds, const QString &query)
  {
    ms.push_back(milliseconds);
    slowest.emplace_back(milliseconds, query);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (slowest.size() > 3)
      slowest.pop_back();
  }
  void print(const char *label) const
  {
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) {
      return sorted.empty() ? 0.0 : sorted[std::size_t(q * double(sorted.size() - 1))];
    };
    std::printf("  %-34s n=%5zu  p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  max %7.3f ms%s\n", label,
                sorted.size(), at(0.5), at(0.9), at(0.99), sorted.empty() ? 0.0 : sorted.back(),
                at(0.99) <= 20 ? "" : "  (over 20 ms)");
    for (const auto &[milliseconds, query] : slowest)
      std::printf("      slowest: %7.3f ms  %s\n", milliseconds, query.toUtf8().constData());
  }
};

QString withTypo(const QString &name, std::mt19937 &random)
{
  static const QString pool = u"安宁和平福寿康泰兴旺盛达隆昌永乐嘉祥瑞丰"_s;
  if (name.size() < 2)
    return name;
  const qsizetype at = qsizetype(random() % quint32(name.size() - 1));
  QChar replacement;
  do
    replacement = pool[qsizetype(random() % quint32(pool.size()))];
  while (name.contains(replacement));
  QString out = name;
  out[at] = replacement;
  return out;
}

QString numbers(const rc::StandardAddress &a)
{
  QString s;
  if (!a.building.isEmpty())
    s += a.building + u"号楼"_s;
  if (!a.unit.isEmpty())
    s += a.unit + u"单元"_s;
  if (!a.room.isEmpty())
    s += a.room + u"室"_s;
  return s;
}

} // namespace

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  QStringList args = app.arguments();
  const bool rebuild = args.removeAll(u"--rebuild"_s) > 0;
  int queries = 2000;
  if (const qsizetype i = args.indexOf(u"--queries"_s); i > 0 && i + 1 < args.size()) {
    queries = args[i + 1].toInt();
    args.remove(i, 2);
  }
  if (args.size() != 2) {
    std::fprintf(stderr, "usage: bench_address SOURCE.gpkg [--rebuild] [--queries N]\n"
                         "  (rongcheng demo-data --out DIR --scale city writes 3 million addresses)\n");
    return 2;
  }
  const QString source = args[1];
  const QString indexPath = rc::AddressIndex::indexPathFor(source);

  try {
    std::printf("Source: %s (%.0f MB)\n", source.toUtf8().constData(),
                double(QFileInfo(source).size()) / 1e6);
    if (rebuild || !rc::AddressIndex::isCurrent(indexPath, source)) {
      QElapsedTimer timer;
      timer.start();
      rc::AddressIndex::build(source, indexPath);
      const double seconds = double(timer.elapsed()) / 1000.0;
      std::printf("Index build: %.1f s (floor 180 s), peak RSS %.0f MB (floor 1536 MB)\n", seconds,
                  peakRssMegabytes());
    } else {
      std::printf("Index build: reused %s (pass --rebuild to time a build)\n",
                  indexPath.toUtf8().constData());
    }
    std::printf("Index size: %.1f MB (%s)\n", double(QFileInfo(indexPath).size()) / 1e6,
                indexPath.toUtf8().constData());

    QElapsedTimer timer;
    timer.start();
    const auto index = rc::AddressIndex::open(indexPath);
    std::printf("Open: %lld ms, %lld addresses, %lld places, RSS %.0f MB\n", timer.elapsed(),
                index->addressCount(), index->placeCount(), currentRssMegabytes());

    // A reservoir sample of the standard addresses to ask for.
    timer.restart();
    std::mt19937 random(7);
    std::vector<rc::StandardAddress> sample;
    {
      rc::AddressReader reader(source);
      rc::StandardAddress a;
      qint64 seen = 0;
      while (reader.next(a)) {
        ++seen;
        if (int(sample.size()) < queries)
          sample.push_back(a);
        else if (const qint64 j = qint64(random() % quint64(seen)); j < queries)
          sample[std::size_t(j)] = a;
      }
    }
    std::printf("Sampled %zu addresses in %.1f s\n\nQuery latency (one thread):\n", sample.size(),
                double(timer.elapsed()) / 1000.0);

    using Variant = std::function<QString(const rc::StandardAddress &)>;
    const std::vector<std::pair<const char *, Variant>> variants{
        {"full standard address", [](const rc::StandardAddress &a) -> QString { return a.fullAddress; }},
        {"no province/district/town",
         [](const rc::StandardAddress &a) -> QString {
           return a.community + a.road + a.houseNo + u"号"_s + a.compound + numbers(a);
         }},
        {"road, house, compound, rooms",
         [](const rc::StandardAddress &a) -> QString {
           return a.road + a.houseNo + u"号"_s + a.compound + numbers(a);
         }},
        {"district + compound + rooms",
         [](const rc::StandardAddress &a) -> QString {
           if (a.compound.isEmpty())
             return a.district + a.road + a.houseNo + u"号"_s + numbers(a);
           return a.district + a.compound + numbers(a);
         }},
        {"swapped order",
         [](const rc::StandardAddress &a) -> QString {
           return numbers(a) + a.compound + a.road + a.houseNo + u"號"_s + a.community;
         }},
        {"typo in road or compound",
         [&random](const rc::StandardAddress &a) -> QString {
           if (a.compound.isEmpty())
             return a.community + withTypo(a.road, random) + a.houseNo + u"号"_s + numbers(a);
           return a.road + a.houseNo + u"号"_s + withTypo(a.compound, random) + numbers(a);
         }},
    };
    Latency all;
    std::vector<std::pair<double, double>> rates;
    for (const auto &[name, make] : variants) {
      Latency latency;
      int top1 = 0, top5 = 0;
      for (const rc::StandardAddress &a : sample) {
        const QString text = make(a);
        QElapsedTimer t;
        t.start();
        const std::vector<rc::GeocodeResult> results = index->geocode(text, {5, false});
        latency.add(double(t.nsecsElapsed()) / 1e6, text);
        top1 += !results.empty() && results.front().addrCode == a.addrCode;
        top5 += std::any_of(results.begin(), results.end(),
                            [&](const rc::GeocodeResult &r) { return r.addrCode == a.addrCode; });
      }
      latency.print(name);
      all.ms.insert(all.ms.end(), latency.ms.begin(), latency.ms.end());
      all.slowest.clear();
      rates.emplace_back(double(top1) / double(sample.size()), double(top5) / double(sample.size()));
    }

    Latency typing;
    for (const rc::StandardAddress &a : sample) {
      // What an operator has typed so far, keystroke by keystroke, of a caller's short form.
      const QString text = a.road + a.houseNo + u"号"_s + a.compound + numbers(a);
      for (qsizetype length = 1; length <= text.size(); length += 1 + qsizetype(random() % 4)) {
        QElapsedTimer t;
        t.start();
        const std::vector<rc::GeocodeResult> results = index->geocode(text.left(length), {8, true});
        typing.add(double(t.nsecsElapsed()) / 1e6, text.left(length) + u"…"_s);
      }
    }
    typing.print("typed prefixes (search as you type)");
    all.ms.insert(all.ms.end(), typing.ms.begin(), typing.ms.end());

    Latency reverse;
    std::uniform_real_distribution<double> jitter(-0.003, 0.003);
    for (const rc::StandardAddress &a : sample) {
      if (!std::isfinite(a.lon))
        continue;
      QElapsedTimer t;
      t.start();
      const double lon = a.lon + jitter(random), lat = a.lat + jitter(random);
      const std::optional<rc::GeocodeResult> r = index->reverse(lon, lat);
      reverse.add(double(t.nsecsElapsed()) / 1e6, u"%1,%2"_s.arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6));
    }
    reverse.print("reverse geocoding");
    all.ms.insert(all.ms.end(), reverse.ms.begin(), reverse.ms.end());
    all.print("all queries");

    std::printf("\nMatch rate (top-1 / top-5 by addr_code):\n");
    double sum1 = 0, sum5 = 0;
    for (std::size_t v = 0; v < variants.size(); ++v) {
      std::printf("  %-34s %.3f / %.3f\n", variants[v].first, rates[v].first, rates[v].second);
      sum1 += rates[v].first;
      sum5 += rates[v].second;
    }
    std::printf("  %-34s %.3f / %.3f\n", "all variants", sum1 / double(variants.size()),
                sum5 / double(variants.size()));
    std::printf("\nPeak RSS: %.0f MB (floor 1536 MB)\n", peakRssMegabytes());
  } catch (const rc::AddressIndexError &e) {
    std::fprintf(stderr, "bench_address: %s\n", e.what());
    return 1;
  }
  return 0;
}
