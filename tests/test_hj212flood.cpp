// The HJ 212 server under a flood, watched from outside: a real server process (rc_hj212_listen,
// Hj212TcpServer with its default limits) takes 2,000 idle connections from 40 addresses, a
// flooder that sends frames asking for replies and never reads them, and a flooder of rejected
// frames, while a well-behaved station sends one upload every 400 ms. The server's descriptors
// (/proc/<pid>/fd) and resident memory (/proc/<pid>/status VmRSS) must stay bounded, both
// flooders must be cut off, and every upload of the station must be answered and stored.

#include "live/Hj212Builder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace rc;

namespace {

const QString kStation = u"350102320000000000010001"_s;
const QString kStationPassword = u"123456"_s;
const QString kFloodPoint = u"350102320000000000020001"_s;
const QString kFloodPassword = u"654321"_s;
constexpr int kIdleConnections = 2000;
constexpr int kIdleAddresses = 40;
/// The bounds the issue asks for, with room for Qt's own descriptors: the server's default cap is
/// 512 connections, and memory must not grow with the connections it refused.
constexpr int kDescriptorAllowance = 512 + 32;
constexpr qint64 kMemoryAllowanceKiB = 64 * 1024;

struct Sample
{
  qint64 rssKiB = 0;
  int descriptors = 0;
};

Sample sampleProcess(qint64 pid)
{
  Sample sample;
  QFile status(u"/proc/%1/status"_s.arg(pid));
  if (status.open(QIODevice::ReadOnly))
    for (const QByteArray &line : status.readAll().split('\n'))
      if (line.startsWith("VmRSS:"))
        sample.rssKiB = line.mid(6).trimmed().split(' ').first().toLongLong();
  sample.descriptors = int(QDir(u"/proc/%1/fd"_s.arg(pid))
                               .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                               .size());
  return sample;
}

/// A non-blocking TCP connection to the server from a chosen loopback source address (Linux routes
/// all of 127/8 to lo, so each address is a distinct peer to the server).
class Connection
{
public:
  Connection(const QByteArray &source, quint16 port, int receiveBuffer = 0)
  {
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (m_fd < 0)
      return;
    if (receiveBuffer > 0) // before connect, so the window the server sees is small
      ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.constData(), &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    remote.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0 ||
        (::connect(m_fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0 &&
         errno != EINPROGRESS)) {
      ::close(m_fd);
      m_fd = -1;
    }
  }
  ~Connection()
  {
    if (m_fd >= 0)
      ::close(m_fd);
  }
  Connection(const Connection &) = delete;
  Connection &operator=(const Connection &) = delete;

  [[nodiscard]] bool opened() const { return m_fd >= 0; }

  /// Connected, and the server has neither closed nor reset it.
  [[nodiscard]] bool held() const
  {
    if (m_fd < 0)
      return false;
    sockaddr_in peer{};
    socklen_t size = sizeof peer;
    if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&peer), &size) != 0)
      return false;
    pollfd p{m_fd, POLLRDHUP, 0};
    return ::poll(&p, 1, 0) == 0;
  }

  /// Writes what the kernel takes now; false once the server has cut the connection.
  bool send(const QByteArray &bytes, qsizetype *written = nullptr)
  {
    const ssize_t n = ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (written)
      *written = n > 0 ? n : 0;
    return n >= 0 || errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOTCONN;
  }

  /// What has arrived; false once the server has cut the connection.
  bool receive(QByteArray &into)
  {
    char buffer[4096];
    for (;;) {
      const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
      if (n > 0) {
        into.append(buffer, n);
        continue;
      }
      return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOTCONN);
    }
  }

private:
  int m_fd = -1;
};

QByteArray upload(const QString &mn, const QString &password, const QDateTime &tm)
{
  Hj212Frame frame;
  frame.qn = hj212QnText(tm);
  frame.st = 32;
  frame.cn = hj212::cn::kRealTimeData;
  frame.pw = password;
  frame.mn = mn;
  frame.flag = 5; // 2017 version, reply requested
  frame.setDataTime(tm);
  frame.addRealTimeValue(u"w01018"_s, 42);
  return Hj212Builder::build(frame);
}

/// A flooder that reconnects each time the server cuts it off, and counts the cuts.
struct Flooder
{
  Flooder(QByteArray fromAddress, QByteArray sends, int receiveBufferBytes = 0)
      : source(std::move(fromAddress)), frame(std::move(sends)), receiveBuffer(receiveBufferBytes)
  {}

  QByteArray source;
  QByteArray frame;
  int receiveBuffer = 0;
  std::unique_ptr<Connection> connection;
  int cuts = 0;
  qint64 bytesSent = 0;

  void pump(quint16 port)
  {
    if (!connection)
      connection = std::make_unique<Connection>(source, port, receiveBuffer);
    for (int i = 0; i < 512; ++i) {
      qsizetype written = 0;
      if (!connection->send(frame, &written)) {
        ++cuts;
        connection.reset();
        return;
      }
      bytesSent += written;
      if (written < frame.size())
        return; // the kernel is full; a partial frame is fine for a flooder
    }
  }
};

} // namespace

class Hj212FloodTest : public QObject
{
  Q_OBJECT

private slots:
  void boundedUnderFloodWhileAStationGetsThrough()
  {
    // 2,000 client sockets here, the server's up to its cap there.
    rlimit limit{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < rlim_t(kIdleConnections + 600))
      QFAIL(qPrintable(QStringLiteral("this test opens 2,000 connections and needs a descriptor limit of "
                                      "at least %1 (ulimit -Hn is %2)")
                           .arg(kIdleConnections + 600)
                           .arg(limit.rlim_max)));
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? rlim_t(8192) : limit.rlim_max;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &limit) == 0);

    QProcess server;
    server.start(QStringLiteral(RC_HJ212_LISTEN),
                 {kStation + u':' + kStationPassword, kFloodPoint + u':' + kFloodPassword});
    QVERIFY(server.waitForStarted(5000));
    QVERIFY(server.waitForReadyRead(10000));
    const QByteArray first = server.readLine().trimmed();
    QVERIFY2(first.startsWith("port "), first.constData());
    const quint16 port = quint16(first.mid(5).toUInt());
    QByteArray statusLine;
    const auto readStatus = [&server, &statusLine] {
      while (server.canReadLine())
        if (const QByteArray line = server.readLine().trimmed(); line.startsWith("status "))
          statusLine = line;
    };

    QTest::qWait(300);
    const Sample baseline = sampleProcess(server.processId());
    Sample peak = baseline;

    std::vector<std::unique_ptr<Connection>> idle;
    Flooder rejected{"127.0.0.60", [] {
                       QByteArray bad = upload(kFloodPoint, kFloodPassword, QDateTime::currentDateTimeUtc());
                       bad.replace(bad.size() - 6, 4, "0000");
                       return bad;
                     }()};
    Flooder nonReader{"127.0.0.61",
                      upload(kFloodPoint, kFloodPassword, QDateTime::currentDateTimeUtc().addSecs(-30)),
                      2048};
    Connection station("127.0.0.2", port);
    QVERIFY(station.opened());
    QByteArray replies;
    int uploadsSent = 0;
    const QDateTime firstUpload = QDateTime::currentDateTimeUtc().addSecs(-600);

    QElapsedTimer clock;
    clock.start();
    // The station sends at once, as loggers do on connecting, and then every 400 ms.
    qint64 nextUpload = 0, nextSample = 0;
    while (clock.elapsed() < 12000) {
      for (int i = 0; i < 50 && int(idle.size()) < kIdleConnections; ++i) {
        const int n = int(idle.size());
        idle.push_back(
            std::make_unique<Connection>(u"127.0.1.%1"_s.arg(1 + n % kIdleAddresses).toLatin1(), port));
      }
      rejected.pump(port);
      nonReader.pump(port);
      if (clock.elapsed() >= nextUpload) {
        QVERIFY(station.send(upload(kStation, kStationPassword, firstUpload.addSecs(uploadsSent))));
        ++uploadsSent;
        nextUpload += 400;
      }
      QVERIFY2(station.receive(replies), "the server cut off the well-behaved station");
      if (clock.elapsed() >= nextSample) {
        const Sample now = sampleProcess(server.processId());
        peak.rssKiB = std::max(peak.rssKiB, now.rssKiB);
        peak.descriptors = std::max(peak.descriptors, now.descriptors);
        nextSample += 200;
      }
      QTest::qWait(20);
      readStatus();
    }
    QCOMPARE(int(idle.size()), kIdleConnections);
    QVERIFY(std::all_of(idle.cbegin(), idle.cend(), [](const auto &c) { return c->opened(); }));

    // The station's last replies and readings.
    const auto answered = [&replies] { return int(replies.count("CN=9014")); };
    QTRY_VERIFY_WITH_TIMEOUT((station.receive(replies), answered() == uploadsSent), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        (readStatus(), statusLine.contains(u"%1=%2"_s.arg(kStation).arg(uploadsSent).toLatin1())), 5000);
    const int held = int(std::count_if(idle.cbegin(), idle.cend(), [](const auto &c) { return c->held(); }));
    const Sample end = sampleProcess(server.processId());

    qInfo("server baseline: %lld KiB resident, %d descriptors", baseline.rssKiB, baseline.descriptors);
    qInfo("server peak:     %lld KiB resident, %d descriptors", peak.rssKiB, peak.descriptors);
    qInfo("server at end:   %lld KiB resident, %d descriptors", end.rssKiB, end.descriptors);
    qInfo("idle connections opened %d, still held by the server %d", int(idle.size()), held);
    qInfo("rejected-frame flooder: %lld bytes sent, cut off %d times", rejected.bytesSent, rejected.cuts);
    qInfo("non-reading flooder: %lld bytes sent, cut off %d times", nonReader.bytesSent, nonReader.cuts);
    qInfo("station: %d uploads, %d answered; server: %s", uploadsSent, answered(), statusLine.constData());

    QVERIFY2(peak.descriptors <= baseline.descriptors + kDescriptorAllowance,
             qPrintable(QString::number(peak.descriptors)));
    QVERIFY2(peak.rssKiB <= baseline.rssKiB + kMemoryAllowanceKiB, qPrintable(QString::number(peak.rssKiB)));
    QVERIFY(held <= kDescriptorAllowance);
    QVERIFY(rejected.cuts > 0);
    QVERIFY(nonReader.cuts > 0);
    QVERIFY(uploadsSent >= 25);

    server.kill();
    server.waitForFinished(5000);
  }
};

QTEST_GUILESS_MAIN(Hj212FloodTest)
#include "test_hj212flood.moc"
