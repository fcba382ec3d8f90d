// The HJ 212 codec: CRC against the standard's appendix example and a bit-by-bit reference written
// from the standard's text, parse/build round trips, every rejection reason, split packets, the
// stream splitter of the TCP server, replies, and `rongcheng hj212` run as a process.

#include "TestData.h"

#include "live/Hj212Builder.h"
#include "live/Hj212Crc.h"
#include "live/Hj212PacketAssembler.h"
#include "live/Hj212Parser.h"
#include "live/Hj212StreamSplitter.h"
#include "live/RateBudget.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace Qt::StringLiterals;
using namespace rc;

namespace {

/// HJ 212-2017's CRC exactly as its text describes it, one bit at a time: the register is shifted
/// right by 8 and then xored with the byte (not xored in place, as Modbus does).
quint16 referenceCrc(QByteArrayView data)
{
  unsigned reg = 0xFFFF;
  for (const char c : data) {
    reg = (reg >> 8) ^ quint8(c);
    for (int bit = 0; bit < 8; ++bit) {
      const unsigned lsb = reg & 1u;
      reg >>= 1;
      if (lsb)
        reg ^= 0xA001u;
    }
  }
  return quint16(reg);
}

/// Modbus CRC-16, the algorithm HJ 212 is often mistaken for.
quint16 modbusCrc(QByteArrayView data)
{
  unsigned reg = 0xFFFF;
  for (const char c : data) {
    reg ^= quint8(c);
    for (int bit = 0; bit < 8; ++bit)
      reg = (reg & 1u) ? (reg >> 1) ^ 0xA001u : reg >> 1;
  }
  return quint16(reg);
}

/// HJ 212-2017 appendix example: the platform sets the real-time data interval to 30 s.
const QByteArray kAppendixSegment =
    "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&";
const QByteArray kAppendixFrame = "##0101" + kAppendixSegment + "1C80\r\n";

QByteArray withCrc(const QByteArray &lengthAndSegment)
{
  return lengthAndSegment +
         QByteArray::number(referenceCrc(QByteArrayView(lengthAndSegment).sliced(6)), 16)
             .toUpper()
             .rightJustified(4, '0') +
         "\r\n";
}

Hj212Frame realTimeUpload(const QString &mn, int pollutantCount)
{
  Hj212Frame frame;
  frame.qn = u"20240729081500123"_s;
  frame.st = hj212::st::kWaterPollutionSource;
  frame.cn = hj212::cn::kRealTimeData;
  frame.pw = u"123456"_s;
  frame.mn = mn;
  frame.flag = 5;
  frame.setDataTime(hj212Time(u"20240729081500"));
  for (int i = 0; i < pollutantCount; ++i)
    frame.addRealTimeValue(u"w%1"_s.arg(10000 + i, 5, 10, QChar(u'0')), 10.5 + i,
                           i % 7 == 3 ? Hj212DataFlag::OverLimit : Hj212DataFlag::Normal);
  return frame;
}

class Credentials final : public Hj212Credentials
{
public:
  bool knowsMn(const QString &mn) const override
  {
    return mn == u"010000A8900016F000169DC0"_s || mn == u"NOPASSWORD"_s;
  }
  std::optional<QString> password(const QString &mn) const override
  {
    if (mn == u"NOPASSWORD"_s)
      return std::nullopt;
    return u"100000"_s;
  }
};

} // namespace

class TestHj212 : public QObject
{
  Q_OBJECT

private slots:
  void crcMatchesTheAppendixExample()
  {
    QCOMPARE(kAppendixSegment.size(), 101);
    QCOMPARE(referenceCrc(kAppendixSegment), quint16(0x1C80));
    QCOMPARE(hj212Crc(kAppendixSegment), quint16(0x1C80));
    // The trap: Modbus CRC-16 gives another value for the same bytes.
    QVERIFY(modbusCrc(kAppendixSegment) != 0x1C80);
  }

  void crcMatchesTheReferenceOnRandomData()
  {
    std::mt19937 random(212);
    for (int n = 0; n < 500; ++n) {
      QByteArray data(int(random() % 1100), Qt::Uninitialized);
      for (char &c : data)
        c = char(random() & 0xFF);
      QCOMPARE(hj212Crc(data), referenceCrc(data));
    }
    QCOMPARE(hj212Crc(""), quint16(0xFFFF));
  }

  void parsesTheAppendixExample()
  {
    const Hj212ParseResult result = Hj212Parser().parse(kAppendixFrame);
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QVERIFY(result.lengthValid());
    QVERIFY(result.crcValid());
    QCOMPARE(result.declaredLength, 101);
    const Hj212Frame &f = result.frame;
    QCOMPARE(f.qn, u"20160801085857223"_s);
    QCOMPARE(f.st, 32);
    QCOMPARE(f.cn, 1062);
    QCOMPARE(f.pw, u"100000"_s);
    QCOMPARE(f.mn, u"010000A8900016F000169DC0"_s);
    QCOMPARE(f.flag, 5);
    QVERIFY(f.acknowledgementRequested());
    QVERIFY(!f.isSplit());
    QCOMPARE(f.version(), 1);
    QCOMPARE(f.cpValue(u"RtdInterval"), u"30"_s);
    QCOMPARE(Hj212Builder::build(f), kAppendixFrame);
  }

  void readsRealTimeData()
  {
    const QByteArray segment =
        "QN=20240729081500123;ST=32;CN=2011;PW=123456;MN=350102320000000000010001;Flag=4;"
        "CP=&&DataTime=20240729081500;w01018-Rtd=52.3,w01018-Flag=N;w21003-Rtd=16.1,w21003-Flag=T;"
        "w01001-Rtd=7.02,w01001-Flag=N&&";
    const QByteArray frame =
        withCrc("##" + QByteArray::number(segment.size()).rightJustified(4, '0') + segment);
    const Hj212ParseResult result = Hj212Parser().parse(frame);
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(result.frame.dataTime(), QDateTime(QDate(2024, 7, 29), QTime(0, 15), Qt::UTC));
    const QList<Hj212PollutantValues> values = result.frame.pollutants();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values[0].code, u"w01018"_s);
    QCOMPARE(values[0].rtd, 52.3);
    QCOMPARE(values[0].flag, Hj212DataFlag::Normal);
    QCOMPARE(values[1].flag, Hj212DataFlag::OverLimit);
    QCOMPARE(values[2].rtd, 7.02);
    QVERIFY(!values[0].malformed);
  }

  void readsAggregatesAndEveryDataFlag()
  {
    Hj212Frame frame = realTimeUpload(u"MN1"_s, 0);
    frame.cn = hj212::cn::kHourlyData;
    const QString flags = u"NFMSDCTB"_s;
    for (qsizetype i = 0; i < flags.size(); ++i)
      frame.cp.append({{u"w2100%1-Min"_s.arg(i), u"1.5"_s},
                       {u"w2100%1-Avg"_s.arg(i), u"2.5"_s},
                       {u"w2100%1-Max"_s.arg(i), u"3.5"_s},
                       {u"w2100%1-Cou"_s.arg(i), u"120.25"_s},
                       {u"w2100%1-Flag"_s.arg(i), flags.mid(i, 1)}});
    const Hj212ParseResult result = Hj212Parser().parse(Hj212Builder::build(frame));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    const auto values = result.frame.pollutants();
    QCOMPARE(values.size(), flags.size());
    for (qsizetype i = 0; i < flags.size(); ++i) {
      QCOMPARE(values[i].min, 1.5);
      QCOMPARE(values[i].avg, 2.5);
      QCOMPARE(values[i].max, 3.5);
      QCOMPARE(values[i].cou, 120.25);
      QCOMPARE(char(*values[i].flag), flags.at(i).toLatin1());
    }
  }

  void marksNonNumbersAndUnknownFlagsMalformed()
  {
    Hj212Frame frame = realTimeUpload(u"MN1"_s, 0);
    frame.cp.append({{u"w01018-Rtd"_s, u"NaN"_s}, {u"w01018-Flag"_s, u"N"_s}});
    frame.cp.append({{u"w21003-Rtd"_s, u"1.0"_s}, {u"w21003-Flag"_s, u"X"_s}});
    frame.cp.append({{u"w21011-Rtd"_s, u"inf"_s}});
    const auto values = Hj212Parser().parse(Hj212Builder::build(frame)).frame.pollutants();
    QCOMPARE(values.size(), 3);
    QVERIFY(values[0].malformed);
    QVERIFY(!values[0].rtd);
    QVERIFY(values[1].malformed);
    QVERIFY(values[2].malformed);
  }

  void mapsLegacyCodes_data()
  {
    QTest::addColumn<QString>("legacy");
    QTest::addColumn<QString>("current");
    QTest::newRow("COD") << u"011"_s << u"w01018"_s;
    QTest::newRow("NH3-N") << u"060"_s << u"w21003"_s;
    QTest::newRow("pH") << u"001"_s << u"w01001"_s;
    QTest::newRow("flow") << u"B01"_s << u"w00000"_s;
    QTest::newRow("TP") << u"101"_s << u"w21011"_s;
    QTest::newRow("TN") << u"065"_s << u"w21001"_s;
    QTest::newRow("SO2") << u"02"_s << u"a21026"_s;
    QTest::newRow("NOx") << u"03"_s << u"a21002"_s;
    QTest::newRow("particulates") << u"01"_s << u"a34013"_s;
    QTest::newRow("2017 code kept") << u"w01018"_s << u"w01018"_s;
  }

  void mapsLegacyCodes()
  {
    QFETCH(QString, legacy);
    QFETCH(QString, current);
    QCOMPARE(hj212::currentPollutantCode(legacy), current);
  }

  void readsALegacy2005Frame()
  {
    // HJ/T 212-2005 frames have no QN or Flag and use the old pollutant codes.
    const QByteArray segment = "ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20040516010101;"
                               "B01-Rtd=30.9;011-Rtd=41.3,011-Flag=N;060-Rtd=3.1,060-Flag=N&&";
    const Hj212ParseResult result = Hj212Parser().parse(
        withCrc("##" + QByteArray::number(segment.size()).rightJustified(4, '0') + segment));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QVERIFY(!result.frame.flag);
    QVERIFY(!result.frame.acknowledgementRequested());
    const auto values = result.frame.pollutants();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values[0].code, u"w00000"_s);
    QCOMPARE(values[1].code, u"w01018"_s);
    QCOMPARE(values[1].originalCode, u"011"_s);
    QCOMPARE(values[1].rtd, 41.3);
    QCOMPARE(values[2].code, u"w21003"_s);
  }

  void roundTrips()
  {
    for (int count : {0, 1, 5, 20}) {
      const Hj212Frame frame = realTimeUpload(u"350102320000000000010001"_s, count);
      const QByteArray bytes = Hj212Builder::build(frame);
      QVERIFY(bytes.startsWith("##"));
      QVERIFY(bytes.endsWith("\r\n"));
      const QByteArray crc = bytes.sliced(bytes.size() - 6, 4);
      QCOMPARE(crc, crc.toUpper());
      const Hj212ParseResult result = Hj212Parser().parse(bytes);
      QVERIFY2(result.ok(), qPrintable(result.reason));
      QCOMPARE(result.frame, frame);
      QCOMPARE(Hj212Builder::build(result.frame), bytes);
    }
  }

  void rejects_data()
  {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("rejection");
    QByteArray badCrc = kAppendixFrame;
    badCrc.replace("1C80", "1C81");
    QTest::newRow("bad CRC") << badCrc << int(Hj212Rejection::BadCrc);
    QTest::newRow("Modbus CRC") << QByteArray("##0101" + kAppendixSegment + "0759\r\n")
                                << int(Hj212Rejection::BadCrc);
    QTest::newRow("CRC not hex") << QByteArray("##0101" + kAppendixSegment + "1G80\r\n")
                                 << int(Hj212Rejection::BadCrc);
    QByteArray flipped = kAppendixFrame;
    flipped[40] = '7';
    QTest::newRow("data changed") << flipped << int(Hj212Rejection::BadCrc);
    QTest::newRow("length too small")
        << QByteArray("##0100" + kAppendixSegment + "1C80\r\n") << int(Hj212Rejection::WrongLength);
    QTest::newRow("length not digits")
        << QByteArray("##01a1" + kAppendixSegment + "1C80\r\n") << int(Hj212Rejection::WrongLength);
    QTest::newRow("no CRLF where the length says")
        << QByteArray("##0101" + kAppendixSegment + "1C80XX") << int(Hj212Rejection::WrongLength);
    QTest::newRow("cut in the segment") << kAppendixFrame.first(60) << int(Hj212Rejection::Truncated);
    QTest::newRow("cut before CRLF") << kAppendixFrame.first(kAppendixFrame.size() - 2)
                                     << int(Hj212Rejection::Truncated);
    QTest::newRow("only ##01") << QByteArray("##01") << int(Hj212Rejection::Truncated);
    QTest::newRow("declared over 1024")
        << QByteArray("##1025" + kAppendixSegment + "1C80\r\n") << int(Hj212Rejection::Oversized);
    const QByteArray big =
        "QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=A1;Flag=4;CP=&&x=" + QByteArray(1000, '1') + "&&";
    QTest::newRow("segment over 1024")
        << withCrc("##" + QByteArray::number(big.size()) + big) << int(Hj212Rejection::Oversized);
    QTest::newRow("no ##") << QByteArray("$$0101" + kAppendixSegment + "1C80\r\n")
                           << int(Hj212Rejection::BadField);

    const auto segmentFrame = [](const QByteArray &segment) {
      return withCrc("##" + QByteArray::number(segment.size()).rightJustified(4, '0') + segment);
    };
    const QByteArray head = "QN=20160801085857223;ST=32;CN=2011;PW=100000;MN=010000A8900016F000169DC0;";
    QTest::newRow("no CP") << segmentFrame(head + "Flag=4") << int(Hj212Rejection::BadField);
    QTest::newRow("CP open") << segmentFrame(head + "Flag=4;CP=&&a=1") << int(Hj212Rejection::BadField);
    QTest::newRow("QN not a time") << segmentFrame(
                                          "QN=20161301085857223;ST=32;CN=2011;PW=100000;MN=A1;CP=&&&&")
                                   << int(Hj212Rejection::BadField);
    QTest::newRow("ST 3 digits") << segmentFrame("ST=321;CN=2011;PW=100000;MN=A1;CP=&&&&")
                                 << int(Hj212Rejection::BadField);
    QTest::newRow("CN letters") << segmentFrame("ST=32;CN=20A1;PW=100000;MN=A1;CP=&&&&")
                                << int(Hj212Rejection::BadField);
    QTest::newRow("PW short") << segmentFrame("ST=32;CN=2011;PW=1000;MN=A1;CP=&&&&")
                              << int(Hj212Rejection::BadField);
    QTest::newRow("MN 25 chars") << segmentFrame("ST=32;CN=2011;PW=100000;MN=" + QByteArray(25, 'A') +
                                                 ";CP=&&&&")
                                 << int(Hj212Rejection::BadField);
    QTest::newRow("no MN") << segmentFrame("ST=32;CN=2011;PW=100000;CP=&&&&")
                           << int(Hj212Rejection::BadField);
    QTest::newRow("Flag 256") << segmentFrame(head + "Flag=256;CP=&&&&") << int(Hj212Rejection::BadField);
    QTest::newRow("split without PNUM")
        << segmentFrame(head + "Flag=6;CP=&&&&") << int(Hj212Rejection::BadField);
    QTest::newRow("PNO beyond PNUM") << segmentFrame(head + "Flag=6;PNUM=2;PNO=3;CP=&&&&")
                                     << int(Hj212Rejection::BadField);
    QTest::newRow("unknown field") << segmentFrame(head + "Foo=1;CP=&&&&") << int(Hj212Rejection::BadField);
    QTest::newRow("twice") << segmentFrame(head + "ST=32;CP=&&&&") << int(Hj212Rejection::BadField);
    QTest::newRow("CP item without =")
        << segmentFrame(head + "Flag=4;CP=&&DataTime&&") << int(Hj212Rejection::BadField);
    QTest::newRow("not ASCII") << segmentFrame(head + "Flag=4;CP=&&x=\xE6\xB0\xB4&&")
                               << int(Hj212Rejection::BadField);
  }

  void rejects()
  {
    QFETCH(QByteArray, bytes);
    QFETCH(int, rejection);
    const Hj212ParseResult result = Hj212Parser().parse(bytes);
    QCOMPARE(hj212RejectionName(result.rejection), hj212RejectionName(Hj212Rejection(rejection)));
    QVERIFY(!result.ok());
    QVERIFY(!result.reason.isEmpty());
  }

  void reportsLengthAndCrcSeparately()
  {
    QByteArray badCrc = kAppendixFrame;
    badCrc.replace("1C80", "0000");
    const Hj212ParseResult result = Hj212Parser().parse(badCrc);
    QVERIFY(result.lengthValid());
    QVERIFY(!result.crcValid());
    QVERIFY(result.segmentRead); // fields still there, so a 9011 with QnRtn 9 can be sent
    QCOMPARE(result.frame.mn, u"010000A8900016F000169DC0"_s);
    QCOMPARE(hj212QnRtn(result.rejection), hj212::QnRtn::CrcError);
  }

  void checksMnAndPassword()
  {
    const Credentials credentials;
    const Hj212Parser parser(&credentials);
    QVERIFY(parser.parse(kAppendixFrame).ok());

    Hj212Frame frame = Hj212Parser().parse(kAppendixFrame).frame;
    frame.pw = u"999999"_s;
    Hj212ParseResult result = parser.parse(Hj212Builder::build(frame));
    QCOMPARE(result.rejection, Hj212Rejection::WrongPassword);
    QCOMPARE(hj212QnRtn(result.rejection), hj212::QnRtn::PasswordError);

    frame.mn = u"UNKNOWN0001"_s;
    result = parser.parse(Hj212Builder::build(frame));
    QCOMPARE(result.rejection, Hj212Rejection::UnknownMn);
    // The same answer as a wrong password: a reply must not tell which MNs exist.
    QCOMPARE(hj212QnRtn(result.rejection), hj212::QnRtn::PasswordError);

    frame.mn = u"NOPASSWORD"_s;
    QVERIFY(parser.parse(Hj212Builder::build(frame)).ok());
  }

  void rejectedFrameBudgetRefillsOverTime()
  {
    using namespace std::chrono_literals;
    const RateBudget::Clock::time_point t0{};
    RateBudget budget(3, 2000ms, t0);
    for (int i = 0; i < 3; ++i)
      QVERIFY(budget.take(t0));
    QVERIFY(!budget.take(t0));
    QVERIFY(!budget.take(t0 + 1999ms));
    QVERIFY(budget.take(t0 + 2000ms)); // one earned per 2 s...
    QVERIFY(!budget.take(t0 + 2500ms));
    QVERIFY(budget.take(t0 + 60s)); // ... and never more than the burst, however long the wait
    QVERIFY(budget.take(t0 + 60s));
    QVERIFY(budget.take(t0 + 60s));
    QVERIFY(!budget.take(t0 + 60s));
  }

  void buildsReplies()
  {
    const Hj212Frame request = Hj212Parser().parse(kAppendixFrame).frame;
    const Hj212Frame reply = Hj212Builder::requestReply(request, hj212::QnRtn::Ready);
    const QByteArray bytes = Hj212Builder::build(reply);
    QCOMPARE(Hj212Builder::dataSegment(reply), QByteArray("QN=20160801085857223;ST=91;CN=9011;PW=100000;MN="
                                                          "010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=1&&"));
    const Hj212ParseResult parsed = Hj212Parser().parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.reason));
    QVERIFY(!parsed.frame.acknowledgementRequested());
    QCOMPARE(Hj212Builder::requestReply(request, hj212::QnRtn::CrcError).cpValue(u"QnRtn"), u"9"_s);
    QCOMPARE(Hj212Builder::requestReply(request, hj212::QnRtn::PasswordError).cpValue(u"QnRtn"), u"3"_s);
    QCOMPARE(Hj212Builder::requestReply(request, hj212::QnRtn::MnError).cpValue(u"QnRtn"), u"4"_s);

    const Hj212Frame data = Hj212Builder::dataReply(realTimeUpload(u"MN1"_s, 2));
    QCOMPARE(Hj212Builder::dataSegment(data),
             QByteArray("QN=20240729081500123;ST=91;CN=9014;PW=123456;MN=MN1;Flag=4;CP=&&&&"));
  }

  void splitsAndJoinsPackets()
  {
    const Hj212Frame frame = realTimeUpload(u"350102320000000000010001"_s, 60);
    QVERIFY(Hj212Builder::dataSegment(frame).size() > hj212::kMaxDataSegment);
    QList<Hj212Frame> packets = Hj212Builder::split(frame);
    QVERIFY(packets.size() >= 2);
    std::mt19937 random(7);
    std::shuffle(packets.begin(), packets.end(), random);

    Hj212PacketAssembler assembler;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<Hj212Frame> whole;
    for (qsizetype i = 0; i < packets.size(); ++i) {
      const QByteArray bytes = Hj212Builder::build(packets[i]);
      const Hj212ParseResult result = Hj212Parser().parse(bytes);
      QVERIFY2(result.ok(), qPrintable(result.reason));
      QVERIFY(result.frame.isSplit());
      QVERIFY(result.segmentLength <= hj212::kMaxDataSegment);
      QCOMPARE(result.frame.packetCount, int(packets.size()));
      QCOMPARE(result.frame.dataTime(), frame.dataTime()); // each packet stands alone
      whole = assembler.add(result.frame, now);
      QCOMPARE(whole.has_value(), i == packets.size() - 1);
    }
    QCOMPARE(whole->cp, frame.cp);
    QCOMPARE(whole->flag, frame.flag);
    QCOMPARE(whole->pollutants().size(), 60);
    QCOMPARE(assembler.pendingCount(), 0);
  }

  void dropsIncompleteUploads()
  {
    const QList<Hj212Frame> packets = Hj212Builder::split(realTimeUpload(u"MN2"_s, 60));
    Hj212PacketAssembler assembler;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QVERIFY(!assembler.add(packets.first(), start));
    QCOMPARE(assembler.dropStale(start.addSecs(-1)), 0);
    QCOMPARE(assembler.dropStale(start.addSecs(1)), 1);
    QCOMPARE(assembler.droppedCount(), 1);
    const Hj212Frame plain = realTimeUpload(u"MN2"_s, 1);
    QCOMPARE(assembler.add(plain, start), plain);
  }

  void refusesToSplitAGroupTooBigForAPacket()
  {
    Hj212Frame frame = realTimeUpload(u"MN1"_s, 0);
    frame.cp.append({{u"w01018-Info"_s, QString(1100, u'x')}});
    QVERIFY(Hj212Builder::split(frame).isEmpty());
  }

  void splitsAStream()
  {
    const QByteArray a = Hj212Builder::build(realTimeUpload(u"MNA"_s, 3));
    const QByteArray b = Hj212Builder::build(realTimeUpload(u"MNB"_s, 2));
    const QByteArray stream = "\r\n" + a + "garbage" + b + "##9999" + QByteArray(1500, 'z') + "\r\n" +
                              "##0050QN=2016;ST=32\r\n" + a + a.first(30);
    // Fed in small, uneven pieces as TCP delivers them.
    Hj212StreamSplitter splitter;
    QList<Hj212StreamSplitter::Piece> pieces;
    for (qsizetype at = 0; at < stream.size(); at += 7) {
      splitter.append(QByteArrayView(stream).sliced(at, std::min<qsizetype>(7, stream.size() - at)));
      while (auto piece = splitter.next())
        pieces.append(*piece);
    }
    if (auto piece = splitter.finish())
      pieces.append(*piece);

    QList<Hj212Rejection> kinds;
    for (const auto &piece : pieces)
      kinds.append(piece.rejection);
    const QList<Hj212Rejection> expected{Hj212Rejection::None,        Hj212Rejection::BadField,
                                         Hj212Rejection::None,        Hj212Rejection::Oversized,
                                         Hj212Rejection::WrongLength, Hj212Rejection::None,
                                         Hj212Rejection::Truncated};
    QCOMPARE(kinds, expected);
    QCOMPARE(pieces[0].bytes, a);
    QCOMPARE(pieces[2].bytes, b);
    QCOMPARE(pieces[5].bytes, a);
    QCOMPARE(Hj212Parser().parse(pieces[6].bytes).rejection, Hj212Rejection::Truncated);
    QCOMPARE(splitter.bufferedBytes(), 0);
  }

  void commandPrintsFieldsAsJson()
  {
    QProcess process;
    process.start(test::rongchengExecutable(), {u"hj212"_s, QString::fromLatin1(kAppendixFrame.chopped(2))});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(json.value(u"crcValid"_s).toBool(), true);
    QCOMPARE(json.value(u"lengthValid"_s).toBool(), true);
    QCOMPARE(json.value(u"computedCrc"_s).toString(), u"1C80"_s);
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"MN"_s).toString(), u"010000A8900016F000169DC0"_s);
    QCOMPARE(fields.value(u"CN"_s).toInt(), 1062);
    QCOMPARE(fields.value(u"acknowledgementRequested"_s).toBool(), true);

    QByteArray bad = kAppendixFrame.chopped(2);
    bad.replace("1C80", "1C81");
    process.start(test::rongchengExecutable(), {u"hj212"_s, QString::fromLatin1(bad)});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject badJson = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(badJson.value(u"crcValid"_s).toBool(), false);
    QCOMPARE(badJson.value(u"lengthValid"_s).toBool(), true);
    QCOMPARE(badJson.value(u"rejection"_s).toString(), u"bad-crc"_s);
  }
};

QTEST_GUILESS_MAIN(TestHj212)
#include "test_hj212.moc"
