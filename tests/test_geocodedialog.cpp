// The batch geocoding dialog: it writes the same file and the same summary as
// `rongcheng geocode --batch`, without holding the event loop, and says what is wrong with bad input.

#include "TestData.h"
#include "address/GeocodeDialog.h"

#include "address/AddressIndex.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using rc::GeocodeDialog;
using rc::MatchStatus;

namespace {

/// Three standard addresses of one road, and the addresses to geocode: a standard form, a
/// traditional-character and full-width variant, one with its district dropped, one unknown.
const QByteArray kSource = "addr_code,district,town,community,road,house_no,compound,building,unit,room,full_"
                           "address,grid_code,lon,lat\n"
                           "350102001001000100001,鼓楼区,东街街道,庆城社区,八一七北路,88号,,,,,"
                           "福建省福州市鼓楼区东街街道庆城社区八一七北路88号,"
                           "350102001001001,119.2990000,26.0880000\n"
                           "350102001001000100002,鼓楼区,东街街道,庆城社区,八一七北路,90号,,,,,"
                           "福建省福州市鼓楼区东街街道庆城社区八一七北路90号,"
                           "350102001001001,119.2991000,26.0881000\n"
                           "350102001001000100003,鼓楼区,东街街道,庆城社区,杨桥东路,12号,,,,,"
                           "福建省福州市鼓楼区东街街道庆城社区杨桥东路12号,"
                           "350102001001001,119.2950000,26.0860000\n"_ba;

const QByteArray kInput = "id,地址,备注\n"
                          "1,福州市鼓楼区八一七北路88号,standard\n"
                          "2,鼓樓區八一七北路９０號,\"traditional, full-width\"\n"
                          "3,杨桥东路12号,no district\n"
                          "4,火星基地1号,unknown\n"_ba;

} // namespace

class TestGeocodeDialog : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void sameResultAsTheCommandLine();
  void badColumnIsExplained();
  void withoutIndexNothingRuns();

private:
  QTemporaryDir m_dir;
  QString m_source;
  QString m_input;
  std::shared_ptr<const rc::AddressIndex> m_index;
};

void TestGeocodeDialog::initTestCase()
{
  QVERIFY(m_dir.isValid());
  m_source = rc::test::writeFile(m_dir.path(), u"addresses.csv"_s, kSource);
  m_input = rc::test::writeFile(m_dir.path(), u"calls.csv"_s, kInput);
  m_index = rc::AddressIndex::open(m_source);
  QCOMPARE(m_index->addressCount(), qint64(3));
}

void TestGeocodeDialog::sameResultAsTheCommandLine()
{
  GeocodeDialog dialog(m_index);
  QSignalSpy columns(&dialog, &GeocodeDialog::columnsLoaded);
  dialog.setInputPath(m_input);
  QVERIFY(columns.wait(10000));
  // The address column is found by its name.
  QCOMPARE(dialog.findChild<QComboBox *>()->currentText(), u"地址"_s);
  const QString out = m_dir.filePath(u"dialog.csv"_s);
  dialog.setOutputPath(out);
  QSignalSpy finished(&dialog, &GeocodeDialog::finished);
  dialog.start();
  QVERIFY(dialog.isRunning());
  QVERIFY(finished.wait(30000));
  QCOMPARE(finished.first().first().toBool(), true);

  const rc::BatchSummary summary = dialog.summary();
  QCOMPARE(summary.rows, 4);
  QCOMPARE(summary.count(MatchStatus::Matched), 3);
  QCOMPARE(summary.count(MatchStatus::Unmatched), 1);
  QVERIFY2(dialog.summaryText().contains(u"3"_s), qPrintable(dialog.summaryText()));
  // For a person to look at.
  QDir().mkpath(QStringLiteral(RC_TEST_OUTPUT_DIR));
  dialog.grab().save(QStringLiteral(RC_TEST_OUTPUT_DIR) + u"/geocode_dialog.png"_s);

  QFile file(out);
  QVERIFY(file.open(QIODevice::ReadOnly));
  const QList<QByteArray> lines = file.readAll().split('\n');
  QVERIFY(lines[0].startsWith("\xEF\xBB\xBF"
                              "id,地址,备注,rc_addr_code"));
  QVERIFY2(lines[1].contains("350102001001000100001") && lines[1].endsWith(",matched\r"),
           lines[1].constData());
  QVERIFY2(lines[2].contains("\"traditional, full-width\",350102001001000100002"), lines[2].constData());
  QVERIFY2(lines[3].contains("350102001001000100003"), lines[3].constData());
  QVERIFY2(lines[4].endsWith(",unmatched\r"), lines[4].constData());

  // The command line writes the very same file.
  const QString cliOut = m_dir.filePath(u"cli.csv"_s);
  QProcess cli;
  cli.start(rc::test::rongchengExecutable(), {u"geocode"_s, u"--db"_s, m_source, u"--batch"_s, m_input,
                                              u"--column"_s, u"地址"_s, u"--out"_s, cliOut});
  QVERIFY(cli.waitForFinished(60000));
  QCOMPARE(cli.exitCode(), 0);
  QFile cliFile(cliOut);
  QVERIFY(cliFile.open(QIODevice::ReadOnly));
  file.seek(0);
  QCOMPARE(cliFile.readAll(), file.readAll());
}

void TestGeocodeDialog::badColumnIsExplained()
{
  GeocodeDialog dialog(m_index);
  QSignalSpy columns(&dialog, &GeocodeDialog::columnsLoaded);
  dialog.setInputPath(m_dir.filePath(u"missing.csv"_s));
  QVERIFY(columns.wait(10000));
  QVERIFY2(dialog.findChild<QLabel *>()->text().contains(u"missing.csv"_s),
           qPrintable(dialog.findChild<QLabel *>()->text()));
  // Nothing to pick, nothing to run.
  dialog.start();
  QVERIFY(!dialog.isRunning());
  QVERIFY(!QFile::exists(m_dir.filePath(u"missing_geocoded.csv"_s)));
}

void TestGeocodeDialog::withoutIndexNothingRuns()
{
  GeocodeDialog dialog(nullptr);
  QSignalSpy columns(&dialog, &GeocodeDialog::columnsLoaded);
  dialog.setInputPath(m_input);
  QVERIFY(columns.wait(10000));
  dialog.setOutputPath(m_dir.filePath(u"none.csv"_s));
  dialog.start();
  QVERIFY(!dialog.isRunning());
  QVERIFY(!QFile::exists(m_dir.filePath(u"none.csv"_s)));
}

QTEST_MAIN(TestGeocodeDialog)
#include "test_geocodedialog.moc"
