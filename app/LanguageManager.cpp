#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rc {

namespace {
const QString kSettingsKey = u"ui/language"_s;
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
  QCoreApplication::removeTranslator(&m_appTranslator);
  QCoreApplication::removeTranslator(&m_qtTranslator);
}

QString LanguageManager::resolve(const QString &preference)
{
  if (preference == u"zh_CN"_s || preference == u"en"_s)
    return preference;
  // LANGUAGE outranks the locale, as gettext programs do, so one variable switches a session.
  const QString language = qEnvironmentVariable("LANGUAGE").section(u':', 0, 0);
  const QString system = language.isEmpty() ? QLocale::system().name() : language;
  return system.startsWith(u"en"_s) ? u"en"_s : u"zh_CN"_s;
}

QString LanguageManager::preference() const
{
  return QSettings().value(kSettingsKey, u"system"_s).toString();
}

void LanguageManager::applyPreference()
{
  install(resolve(preference()));
}

void LanguageManager::setPreference(const QString &preference)
{
  QSettings().setValue(kSettingsKey, preference);
  install(resolve(preference));
}

void LanguageManager::install(const QString &language)
{
  if (language == m_current)
    return;
  QCoreApplication::removeTranslator(&m_appTranslator);
  QCoreApplication::removeTranslator(&m_qtTranslator);
  m_current = language;
  // English is the source language; its catalogue only adds plural forms.
  if (m_appTranslator.load(u":/rc/i18n/rongcheng_"_s + language))
    QCoreApplication::installTranslator(&m_appTranslator);
  if (language != u"en"_s &&
      m_qtTranslator.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(&m_qtTranslator);
  QLocale::setDefault(QLocale(language));
  emit languageChanged(language);
}

} // namespace rc
