#include "SampleCorpora.h"

#include "text/SwordLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

const std::vector<SampleCorpus>& SampleCorpora::all()
{
    static const std::vector<SampleCorpus> samples = {
        {QStringLiteral("sample"), SampleCorpus::Kind::Embedded, QString(), QString()},
        {QStringLiteral("fortunes-es"), SampleCorpus::Kind::FortuneFolder,
         QStringLiteral("/usr/share/games/fortunes/es"), QStringLiteral("fortunes-es")},
        {QStringLiteral("fortunes-en"), SampleCorpus::Kind::FortuneFolder,
         QStringLiteral("/usr/share/games/fortunes"), QStringLiteral("fortunes")},
        {QStringLiteral("rv1909"), SampleCorpus::Kind::SwordModule, QStringLiteral("spaRV1909eb"),
         QStringLiteral("sword-text-sparv")},
        {QStringLiteral("kjv"), SampleCorpus::Kind::SwordModule, QStringLiteral("engKJV2006eb"),
         QStringLiteral("sword-text-kjv")},
    };
    return samples;
}

bool SampleCorpora::isAvailable(const SampleCorpus& sample)
{
    switch (sample.kind) {
    case SampleCorpus::Kind::Embedded:
        return true;
    case SampleCorpus::Kind::FortuneFolder:
        // fortunes-en is identified by one of its own files, since fortunes-es
        // installs into a subfolder of the same directory.
        if (sample.id == QLatin1String("fortunes-en"))
            return QFileInfo::exists(sample.location + QStringLiteral("/computers.dat"));
        return QFileInfo::exists(sample.location + QStringLiteral("/amistad.fortunes"));
    case SampleCorpus::Kind::SwordModule:
        return lengua::SwordLibrary::isModuleInstalled(sample.location.toStdString());
    }
    return false;
}

QString SampleCorpora::title(const SampleCorpus& sample)
{
    const char* context = "SampleCorpora";
    if (sample.id == QLatin1String("sample"))
        return QCoreApplication::translate(context, "Lengua sample (Spanish and English)");
    if (sample.id == QLatin1String("fortunes-es"))
        return QCoreApplication::translate(context, "Spanish proverbs and quotations (fortunes-es)");
    if (sample.id == QLatin1String("fortunes-en"))
        return QCoreApplication::translate(context, "English fortunes (fortunes)");
    if (sample.id == QLatin1String("rv1909"))
        return QCoreApplication::translate(context, "Spanish Bible, Reina-Valera 1909 (SWORD)");
    if (sample.id == QLatin1String("kjv"))
        return QCoreApplication::translate(context, "English Bible, King James (SWORD)");
    return sample.id;
}
