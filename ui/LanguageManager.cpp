#include "LanguageManager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Spanish ? QStringLiteral("es")
                                                            : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& code)
{
    const QString language = availableLanguages().contains(code) ? code : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    bool ok = m_appTranslator.load(QStringLiteral(":/i18n/lengua_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own strings (dialog buttons, context menus); missing for English, which is fine.
    if (m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(language),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale(language == QLatin1String("es") ? QLocale::Spanish : QLocale::English));
    m_language = language;
    // Deliver the LanguageChange events now, so every open widget is retranslated
    // before anyone observes the new language.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    Q_EMIT languageChanged(language);
    return ok;
}
