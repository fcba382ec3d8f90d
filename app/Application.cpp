#include "Application.h"

#include "GuardedApplication.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "project/DefaultData.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace rc {

int runApplication(int argc, char **argv)
{
  if (argc > 1 && isCommandLineCommand(QString::fromLocal8Bit(argv[1])))
    return runCommandLine(argc, argv);

  GuardedApplication app(argc, argv);
  QApplication::setOrganizationName(u"Rongcheng"_s);
  QApplication::setApplicationName(u"rongcheng"_s);
  QApplication::setApplicationVersion(QStringLiteral(RC_VERSION));
  QApplication::setWindowIcon(QIcon(u":/rc/icons/rongcheng.svg"_s));
  LanguageManager languages;
  languages.applyPreference();

  MainWindow window(&languages);
  QStringList paths = QApplication::arguments().mid(1);
  window.showMaximized();
  if (paths.isEmpty())
    window.openDefaultMap();
  else
    window.openPaths(paths);
  return app.exec();
}

} // namespace rc
