// A bare HJ 212 server process for tests that must watch the server from outside (its memory and
// descriptors under a flood): Hj212TcpServer with its default limits, monitoring points given as
// MN:PW arguments. Prints "port N" once listening, then twice a second one status line:
// "status connections=N dropped=N messages=N rejected=N readings MN=N MN=N".

#include "live/Hj212TcpServer.h"
#include "live/StationCatalog.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace rc;

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  auto catalog = std::make_shared<StationCatalog>();
  for (const QString &argument : app.arguments().mid(1)) {
    MonitoringPoint point;
    point.mn = argument.section(u':', 0, 0);
    point.password = argument.section(u':', 1);
    point.st = 32;
    point.pollutants = {u"w01018"_s};
    catalog->addMonitoringPoint(point);
  }
  Hj212TcpServer server(Hj212ServerSettings{}, catalog);
  if (!server.start()) {
    std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
    return 1;
  }
  std::printf("port %u\n", unsigned(server.port()));
  std::fflush(stdout);

  QHash<QString, qint64> readings;
  QObject::connect(&server, &Hj212TcpServer::readingsReceived, [&readings](const ReadingBatch &batch) {
    for (const PollutantReading &r : batch.pollutants)
      ++readings[r.mn];
  });
  QTimer report;
  QObject::connect(&report, &QTimer::timeout, [&] {
    const FeedStatus &status = server.status();
    QString line = u"status connections=%1 dropped=%2 messages=%3 rejected=%4 readings"_s.arg(
        QString::number(server.connectionCount()), QString::number(status.connectionsDropped),
        QString::number(status.messages), QString::number(status.rejectedTotal()));
    for (auto it = readings.cbegin(); it != readings.cend(); ++it)
      line += u" %1=%2"_s.arg(it.key()).arg(it.value());
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
  });
  report.start(500);
  return QCoreApplication::exec();
}
