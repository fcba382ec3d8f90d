#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace rc {

/// Makes sure the Fuzhou demo city exists in the user's data folder, generating it on a worker the
/// first time (about a minute, with progress), and says where its project file is. A
/// DemoCityInstaller puts the generated files in place, so an interrupted first start never
/// leaves a half city behind and nothing that operators wrote is removed. GUI thread object.
class DemoCityLoader : public QObject
{
  Q_OBJECT

public:
  explicit DemoCityLoader(QObject *parent = nullptr);
  ~DemoCityLoader() override;

  /// The folder of the generated city (RONGCHENG_DEMO_DIR overrides it). Its operator folder
  /// lives inside it: a new folder name would have to take that folder along.
  [[nodiscard]] static QString demoDirectory();
  [[nodiscard]] static QString projectPath();
  [[nodiscard]] static bool isGenerated();

  /// Emits ready() at once when the city exists, else generates it first.
  void ensure();
  [[nodiscard]] bool isGenerating() const { return m_watcher != nullptr; }

signals:
  void progressChanged(int percent, const QString &stage);
  void ready(const QString &projectPath);
  void failed(const QString &message);

private:
  struct Progress;
  std::shared_ptr<Progress> m_progress;
  std::unique_ptr<QFutureWatcher<QString>> m_watcher;
  QTimer *m_timer = nullptr;
};

} // namespace rc
