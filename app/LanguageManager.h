#pragma once

#include <QObject>
#include <QTranslator>

namespace rc {

/// Chooses and installs the UI language: Simplified Chinese first, English second. The preference
/// ("system", "zh_CN" or "en") is kept in QSettings; "system" follows the system locale, and any
/// system language other than English gets Chinese. Switching at run time retranslates open
/// windows through QEvent::LanguageChange.
class LanguageManager : public QObject
{
  Q_OBJECT

public:
  explicit LanguageManager(QObject *parent = nullptr);
  ~LanguageManager() override;

  /// "zh_CN" or "en" for a preference, resolving "system" against the system locale.
  [[nodiscard]] static QString resolve(const QString &preference);
  [[nodiscard]] QString preference() const;
  [[nodiscard]] QString currentLanguage() const { return m_current; }

  /// Installs the language of the stored preference (the command line does this too).
  void applyPreference();
  /// Stores the preference and installs its language at once.
  void setPreference(const QString &preference);

signals:
  void languageChanged(const QString &language);

private:
  void install(const QString &language);

  QString m_current;
  QTranslator m_appTranslator;
  QTranslator m_qtTranslator;
};

} // namespace rc
