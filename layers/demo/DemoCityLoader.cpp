#include "demo/DemoCityLoader.h"

#include "project/DefaultData.h"

#include "demo/DemoCityGenerator.h"
#include "demo/DemoCityInstaller.h"

#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rc {

/// Shared with the worker so that it never touches the loader, which may go away first.
struct DemoCityLoader::Progress
{
  std::atomic_bool cancel = false;
  QMutex mutex;
  double fraction = 0;
  QString stage;
};

DemoCityLoader::DemoCityLoader(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
  m_timer->setInterval(200);
  connect(m_timer, &QTimer::timeout, this, [this] {
    if (!m_progress)
      return;
    QMutexLocker lock(&m_progress->mutex);
    emit progressChanged(int(100 * m_progress->fraction), m_progress->stage);
  });
}

DemoCityLoader::~DemoCityLoader()
{
  if (m_progress)
    m_progress->cancel = true;
  if (m_watcher) {
    // The worker checks the cancel flag between stages; let it finish on its own.
    m_watcher->disconnect(this);
    m_watcher.release()->deleteLater();
  }
}

QString DemoCityLoader::demoDirectory()
{
  const QString override = qEnvironmentVariable("RONGCHENG_DEMO_DIR");
  if (!override.isEmpty())
    return override;
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo-city-1"_s;
}

QString DemoCityLoader::projectPath()
{
  return DemoCityGenerator::projectPath(demoDirectory());
}

bool DemoCityLoader::isGenerated()
{
  return QFileInfo::exists(projectPath()) &&
         QFileInfo::exists(DemoCityGenerator::geoPackagePath(demoDirectory())) &&
         DemoCityInstaller::isComplete(demoDirectory());
}

void DemoCityLoader::ensure()
{
  if (m_watcher)
    return;
  DemoCityInstaller::removeStaleScratch(demoDirectory());
  if (isGenerated()) {
    QMetaObject::invokeMethod(
        this, [this] { emit ready(projectPath()); }, Qt::QueuedConnection);
    return;
  }
  DemoCityOptions options;
  options.basemapDir = DefaultData::basemapDirectory();
  const QString target = demoDirectory();
  m_progress = std::make_shared<Progress>();
  m_watcher = std::make_unique<QFutureWatcher<QString>>();
  connect(m_watcher.get(), &QFutureWatcher<QString>::finished, this, [this, target] {
    m_timer->stop();
    const QString error = m_watcher->result();
    m_watcher.reset();
    m_progress.reset();
    if (error.isEmpty())
      emit ready(DemoCityGenerator::projectPath(target));
    else
      emit failed(error);
  });
  m_watcher->setFuture(QtConcurrent::run([options, target, progress = m_progress]() -> QString {
    try {
      // The folder is found, not chosen: one that holds anyone else's files is refused.
      DemoCityInstaller installer(target, DemoCityInstaller::Foreign::Refuse);
      DemoCityOptions generation = options;
      generation.outDir = installer.begin();
      DemoCityGenerator::generate(
          generation,
          [&progress](double fraction, const QString &stage) {
            QMutexLocker lock(&progress->mutex);
            progress->fraction = fraction;
            progress->stage = stage;
          },
          &progress->cancel);
      installer.finish();
      return {};
    } catch (const DemoDataError &e) {
      return e.message();
    }
  }));
  m_timer->start();
}

} // namespace rc
