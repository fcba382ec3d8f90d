// Every fuzz target (tests/fuzz/FuzzTargets.cpp) replayed over its committed corpus
// (tests/fuzz/corpus/<target>/) and over the inputs that once broke it
// (tests/data/fuzz-regressions/<target>/): in every build, with or without clang and libFuzzer,
// and under the sanitizers in `./build.sh test-asan`. A target aborts on a broken invariant and
// lets unexpected exceptions out, so a regression fails here.

#include "fuzz/FuzzTargets.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzReplay : public QObject
{
  Q_OBJECT

private slots:
  void replay_data();
  void replay();
  void everyTargetHasACorpus();
};

void TestFuzzReplay::replay_data()
{
  QTest::addColumn<int>("target");
  QTest::addColumn<QString>("path");
  const auto targets = rc::fuzz::targets();
  for (std::size_t t = 0; t < targets.size(); ++t) {
    const QString name = QString::fromLatin1(targets[t].name);
    const QStringList folders{QStringLiteral(RC_SOURCE_DIR "/tests/fuzz/corpus/") + name,
                              QStringLiteral(RC_TEST_DATA_DIR "/fuzz-regressions/") + name};
    for (const QString &folder : folders) {
      QDirIterator files(folder, QDir::Files);
      while (files.hasNext()) {
        const QString path = files.next();
        QTest::addRow("%s/%s", targets[t].name, qPrintable(files.fileName())) << int(t) << path;
      }
    }
  }
}

void TestFuzzReplay::replay()
{
  QFETCH(int, target);
  QFETCH(QString, path);
  QFile file(path);
  QVERIFY(file.open(QIODevice::ReadOnly));
  const QByteArray input = file.readAll();
  rc::fuzz::targets()[std::size_t(target)].run(input);
}

void TestFuzzReplay::everyTargetHasACorpus()
{
  for (const rc::fuzz::Target &target : rc::fuzz::targets()) {
    const QDir corpus(QStringLiteral(RC_SOURCE_DIR "/tests/fuzz/corpus/") + QString::fromLatin1(target.name));
    QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), target.name);
  }
}

QTEST_MAIN(TestFuzzReplay)
#include "test_fuzzreplay.moc"
