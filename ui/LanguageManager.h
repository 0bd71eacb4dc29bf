// Loads the UI translation ("es" or "en") and Qt's own base translation, and
// switches them at run time; widgets retranslate on QEvent::LanguageChange.
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    // "es" when the system locale is Spanish, "en" otherwise.
    static QString systemLanguage();
    static QStringList availableLanguages() { return {QStringLiteral("es"), QStringLiteral("en")}; }

    QString language() const { return m_language; }
    // Returns false when the translation could not be loaded (the UI stays in English).
    bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};
