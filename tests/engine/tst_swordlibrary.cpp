// SWORD Bible modules read verse by verse, and the Spanish–English alignment by
// verse reference. Skipped when the Debian modules are not installed.
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "text/ParallelCorpus.h"
#include "text/SwordLibrary.h"

#include <QtTest/QtTest>

#include <stop_token>

using namespace lengua;

namespace {

const char* const spanish = "spaRV1909eb";
const char* const english = "engKJV2006eb";

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

class TestSwordLibrary : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!SwordLibrary::isModuleInstalled(spanish) || !SwordLibrary::isModuleInstalled(english))
            QSKIP("sword-text-sparv and sword-text-kjv are not installed");
        JobContext context;
        m_spanish = SwordLibrary::loadModule(spanish, context);
        m_english = SwordLibrary::loadModule(english, context);
    }

    void unknownModule()
    {
        QVERIFY(!SwordLibrary::isModuleInstalled("noSuchModule"));
        JobContext context;
        QString message;
        try {
            SwordLibrary::loadModule("noSuchModule", context);
        } catch (const Error& error) {
            message = QString::fromUtf8(error.what());
        }
        QCOMPARE(message, QStringLiteral("noSuchModule: no such SWORD module is installed"));
    }

    void installedBibles()
    {
        const std::vector<std::string> names = SwordLibrary::installedBibles();
        QVERIFY(std::find(names.begin(), names.end(), spanish) != names.end());
        QVERIFY(std::find(names.begin(), names.end(), english) != names.end());
    }

    void spanishBible()
    {
        QCOMPARE(q(m_spanish.format), QStringLiteral("sword"));
        QCOMPARE(q(m_spanish.source), QStringLiteral("spaRV1909eb"));
        QCOMPARE(q(m_spanish.name), QStringLiteral("Reina Valera 1909"));
        QCOMPARE(q(m_spanish.language), QStringLiteral("es"));
        // 31,102 verses in the KJV versification; 18 are empty in this module
        // (Numbers 12:16, ... counted with libsword), so 31,084 documents.
        QCOMPARE(m_spanish.documents.size(), std::size_t(31084));
        QCOMPARE(toList(m_spanish.warnings), QStringList{"spaRV1909eb: 18 empty verses were skipped"});
        const Document& first = m_spanish.documents.front();
        QCOMPARE(q(first.id), QStringLiteral("Genesis 1:1"));
        QCOMPARE(q(first.label), QStringLiteral("Genesis"));
        QCOMPARE(q(first.text), QStringLiteral("EN el principio crió Dios los cielos y la tierra."));
        QCOMPARE(q(m_spanish.documents.back().id), QStringLiteral("Revelation of John 22:21"));
        QVERIFY(!hasId(m_spanish, "Numbers 12:16"));
    }

    void englishBible()
    {
        QCOMPARE(q(m_english.language), QStringLiteral("en"));
        QCOMPARE(m_english.documents.size(), std::size_t(31102));
        QVERIFY(m_english.warnings.empty());
        QCOMPARE(q(m_english.documents.front().text),
                 QStringLiteral("In the beginning God created the heaven and the earth."));
        // The verse ends with two spaces in the module: trimmed.
        QCOMPARE(q(m_english.documents.at(1).text),
                 QStringLiteral("And the earth was without form, and void; and darkness was upon the "
                                "face of the deep. And the Spirit of God moved upon the face of the waters."));
    }

    void alignment()
    {
        const ParallelCorpus parallel = alignById(m_spanish, m_english);
        // Every non-empty Spanish verse has its English verse.
        QCOMPARE(parallel.size(), std::size_t(31084));
        QCOMPARE(parallel.ids.size(), parallel.size());
        QCOMPARE(q(parallel.sourceLanguage), QStringLiteral("es"));
        QCOMPARE(q(parallel.targetLanguage), QStringLiteral("en"));
        QCOMPARE(q(parallel.ids.front()), QStringLiteral("Genesis 1:1"));
        QCOMPARE(q(parallel.pairs.front().first), QStringLiteral("EN el principio crió Dios los cielos y la tierra."));
        QCOMPARE(q(parallel.pairs.front().second),
                 QStringLiteral("In the beginning God created the heaven and the earth."));
        const auto john = std::find(parallel.ids.begin(), parallel.ids.end(), "John 3:16");
        QVERIFY(john != parallel.ids.end());
        const auto& pair = parallel.pairs[std::size_t(john - parallel.ids.begin())];
        QVERIFY(pair.first.starts_with("Porque de tal manera amó Dios al mundo"));
        QVERIFY(pair.second.find("For God so loved the world") != std::string::npos);
        // The other way round, the 18 English verses without Spanish drop out too.
        QCOMPARE(alignById(m_english, m_spanish).size(), std::size_t(31084));
    }

    void alignmentKeepsSourceOrderAndSharedIds()
    {
        Corpus source;
        source.documents = {{"b", "B", ""}, {"a", "A", ""}, {"x", "X", ""}, {"a", "A2", ""}};
        Corpus target;
        target.documents = {{"a", "alpha", ""}, {"b", "beta", ""}, {"c", "gamma", ""}};
        const ParallelCorpus parallel = alignById(source, target);
        QCOMPARE(parallel.size(), std::size_t(2));
        QCOMPARE(q(parallel.ids[0]), QStringLiteral("b"));
        QCOMPARE(q(parallel.pairs[0].second), QStringLiteral("beta"));
        QCOMPARE(q(parallel.ids[1]), QStringLiteral("a"));
        QCOMPARE(q(parallel.pairs[1].first), QStringLiteral("A"));
    }

    void stopCancels()
    {
        std::stop_source stop;
        stop.request_stop();
        JobContext context(stop.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, SwordLibrary::loadModule(spanish, context));
    }

private:
    static bool hasId(const Corpus& corpus, const std::string& id)
    {
        return std::any_of(corpus.documents.begin(), corpus.documents.end(),
                           [&](const Document& document) { return document.id == id; });
    }
    static QStringList toList(const std::vector<std::string>& strings)
    {
        QStringList result;
        for (const std::string& text : strings)
            result << q(text);
        return result;
    }

    Corpus m_spanish;
    Corpus m_english;
};

QTEST_GUILESS_MAIN(TestSwordLibrary)
#include "tst_swordlibrary.moc"
