#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace rc {

/// Makes sure the Fuzhou demo city exists in the user's data folder, generating it on a worker the
/// first time (about a minute, with progress), and says where its project file is. Generation
/// writes into a scratch folder renamed into place at the end, so an interrupted first start never
/// leaves a half city behind. GUI thread object.
class DemoCityLoader : public QObject
{
  Q_OBJECT

public:
  explicit DemoCityLoader(QObject *parent = nullptr);
  ~DemoCityLoader() override;

  /// The folder of the generated city; bump its version when the generator's output changes.
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
