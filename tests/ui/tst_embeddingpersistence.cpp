// The GUI's path for word vectors through a workspace file: Workspace::content() →
// WorkspaceFile::write → WorkspaceFile::read → Workspace::replaceContent, as MainWindow's
// save and open do, gives back the same embeddings (names, order, vectors bit for bit).
#include "Workspace.h"

#include "core/JobContext.h"
#include "store/WorkspaceFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <filesystem>

using namespace lengua;

namespace {

EmbeddingArtefact embedding(const std::string& name, float scale)
{
    EmbeddingArtefact artefact;
    artefact.name = name;
    artefact.method = "sg";
    arma::fmat vectors = {{1.0f, 0.5f}, {-0.25f, 2.0f}, {0.0f, -1.0f}};
    artefact.vectors = std::make_shared<const WordVectors>(
        std::vector<std::string>{"sol", "luna", "estrella"}, vectors * scale);
    artefact.counts = {9, 4, 1};
    artefact.description = "skip-gram, 2 dims";
    artefact.settingsJson = "{\"dimension\":2}";
    artefact.epochLosses = {2.5, 1.75};
    return artefact;
}

bool sameBits(const arma::fmat& a, const arma::fmat& b)
{
    return a.n_rows == b.n_rows && a.n_cols == b.n_cols
        && std::memcmp(a.memptr(), b.memptr(), a.n_elem * sizeof(float)) == 0;
}

} // namespace

class TestEmbeddingPersistence : public QObject {
    Q_OBJECT

private slots:
    void saveAndOpen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path path = dir.filePath(QStringLiteral("sesión.lengua")).toStdString();

        Workspace saved;
        const std::string first = saved.addEmbedding(embedding("vectores", 1.0f));
        const std::string second = saved.addEmbedding(embedding("vectores", 1.0f / 3.0f));
        saved.renameEmbedding(first, QStringLiteral("primeros"));
        JobContext context;
        WorkspaceFile::write(path, saved.content(), context);

        Workspace opened;
        QSignalSpy changed(&opened, &Workspace::embeddingsChanged);
        opened.replaceContent(WorkspaceFile::read(path, context), QString::fromStdString(path.string()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!opened.isModified());
        QCOMPARE(opened.embeddings().size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            const EmbeddingArtefact& a = opened.embeddings()[i];
            const EmbeddingArtefact& e = saved.embeddings()[i];
            QCOMPARE(a.id, e.id);
            QCOMPARE(a.name, e.name);
            QCOMPARE(a.counts, e.counts);
            QCOMPARE(a.epochLosses, e.epochLosses);
            QCOMPARE(a.vectors->words(), e.vectors->words());
            QVERIFY(sameBits(a.vectors->vectors(), e.vectors->vectors()));
        }
        QCOMPARE(opened.embedding(first)->name, std::string("primeros"));
        QCOMPARE(opened.embedding(second)->name, std::string("vectores (2)"));
        QVERIFY(opened.embedding(second)->vectors->similarity("sol", "luna") != 0.0f);

        // Removing one in the opened workspace and saving again drops it from the file.
        opened.removeEmbedding(first);
        WorkspaceFile::write(path, opened.content(), context);
        const WorkspaceContent again = WorkspaceFile::read(path, context);
        QCOMPARE(again.embeddings.size(), std::size_t(1));
        QCOMPARE(again.embeddings.front().id, second);
    }
};

QTEST_MAIN(TestEmbeddingPersistence)
#include "tst_embeddingpersistence.moc"
