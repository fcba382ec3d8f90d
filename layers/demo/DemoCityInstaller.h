#pragma once

#include <QCoreApplication>
#include <QString>

namespace rc {

/// Puts a generated demo city into its folder, and is the only code that replaces or removes
/// anything there. The generator writes into a scratch folder of this installer's own inside the
/// target (".generating-<pid>"); finish() then moves each generated file over the previous one
/// only when the folder's DemoManifest proves the previous one was generated too, and otherwise
/// keeps it in operator/preserved first. Operator data (OperatorStore) is never touched. A folder
/// that holds anything but a demo city's own files is refused when `Foreign::Refuse` (the first
/// start's implicit folder), written into beside those files when `Foreign::Allow` (a folder the
/// user named). Worker thread; one installation per folder at a time.
class DemoCityInstaller
{
  Q_DECLARE_TR_FUNCTIONS(rc::DemoCityInstaller)

public:
  enum class Foreign { Refuse, Allow };

  DemoCityInstaller(QString folder, Foreign foreign);
  /// Without finish() (a failure, a cancel) the scratch folder goes; the folder is as it was.
  ~DemoCityInstaller();
  DemoCityInstaller(const DemoCityInstaller &) = delete;
  DemoCityInstaller &operator=(const DemoCityInstaller &) = delete;

  /// Checks and creates the folder, removes scratch folders that killed runs left, and returns
  /// a fresh scratch folder for the generator. Throws DemoDataError(Write).
  [[nodiscard]] QString begin();
  /// Moves the generated files into place and records them in the manifest. Throws
  /// DemoDataError(Write); a retry after a crash at any point completes the installation.
  void finish();

  /// Removes the scratch folders that killed runs left in `folder` (their process is gone).
  static void removeStaleScratch(const QString &folder);
  /// False while an installation in `folder` is under way or was interrupted.
  [[nodiscard]] static bool isComplete(const QString &folder);

private:
  static void removeScratch(const QString &scratch);
  void preserve(const QString &name) const;

  QString m_folder;
  Foreign m_foreign;
  QString m_scratch;
};

} // namespace rc
