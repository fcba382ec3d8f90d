// Every C++ source is as clang-format writes it, with the checked-in .clang-format: the test
// command fails on unformatted code, so formatting never becomes a review topic.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFormat : public QObject
{
  Q_OBJECT

private slots:
  void sourcesAreClangFormatted()
  {
    const QString clangFormat = QStringLiteral(RC_CLANG_FORMAT);
    QVERIFY2(QFileInfo(clangFormat).isExecutable(),
             "clang-format was not found when the build was configured (Debian package clang-format)");
    const QDir root(QStringLiteral(RC_SOURCE_DIR));
    QVERIFY(QFileInfo::exists(root.filePath(u".clang-format"_s)));

    QStringList files;
    for (const QString &folder : {u"layers"_s, u"widgets"_s, u"app"_s, u"tests"_s}) {
      QDirIterator it(root.filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                      QDirIterator::Subdirectories);
      while (it.hasNext())
        files << root.relativeFilePath(it.next());
    }
    QVERIFY2(files.size() > 300, qPrintable(u"only %1 sources found"_s.arg(files.size())));

    QProcess process;
    process.setWorkingDirectory(root.path());
    process.start(clangFormat, QStringList{u"--dry-run"_s, u"--Werror"_s, u"--style=file"_s} + files);
    QVERIFY2(process.waitForFinished(240000), "clang-format did not finish");
    const QString report = QString::fromUtf8(process.readAllStandardError());
    // One line per finding is enough to act on: "file:line:col: error: code should be clang-formatted".
    QStringList findings;
    for (const QString &line : report.split(u'\n'))
      if (line.contains(u"error:"_s))
        findings << line.section(u": error"_s, 0, 0);
    for (const QString &finding : findings)
      qWarning("not clang-formatted: %s", qPrintable(finding));
    QVERIFY2(
        process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && findings.isEmpty(),
        qPrintable(u"%1 places differ from clang-format (listed above; run clang-format -i on them)"_s.arg(
            findings.size())));
  }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "test_format.moc"
