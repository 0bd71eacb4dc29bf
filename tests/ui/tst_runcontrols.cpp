// The shared pieces of the counting lessons' controls: CorpusSourceCombo follows the
// workspace and keeps the choice; RunControls enables Start and Cancel by state.
#include "Workspace.h"
#include "text/Corpus.h"
#include "text/ProcessedCorpus.h"
#include "widgets/CorpusSourceCombo.h"
#include "widgets/RunControls.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

std::shared_ptr<lengua::Corpus> corpusNamed(const std::string& name)
{
    auto corpus = std::make_shared<lengua::Corpus>();
    corpus->name = name;
    corpus->source = "test";
    corpus->language = "es";
    return corpus;
}

std::shared_ptr<lengua::ProcessedCorpus> processedNamed(const std::string& name)
{
    auto corpus = std::make_shared<lengua::ProcessedCorpus>();
    corpus->name = name;
    corpus->language = "es";
    return corpus;
}

} // namespace

class TestRunControls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void comboListsCorporaThenProcessedOnes()
    {
        Workspace workspace;
        CorpusSourceCombo combo(workspace);
        QCOMPARE(combo.count(), 0);
        QVERIFY(!combo.selectedCorpus());
        const QString first = QString::fromStdString(workspace.addCorpus(corpusNamed("uno")));
        const QString processed = QString::fromStdString(workspace.addProcessedCorpus(processedNamed("dos")));
        combo.retranslate();
        QCOMPARE(combo.count(), 2);
        QCOMPARE(combo.itemText(0), QStringLiteral("uno"));
        QCOMPARE(combo.itemText(1), QStringLiteral("dos (processed)"));
        QVERIFY(combo.rawCorpusSelected());
        QCOMPARE(QString::fromStdString(combo.selectedCorpus()->id), first);
        QVERIFY(!combo.selectedProcessedCorpus());

        QVERIFY(combo.selectCorpus(processed));
        QVERIFY(!combo.rawCorpusSelected());
        QVERIFY(!combo.selectedCorpus());
        QCOMPARE(QString::fromStdString(combo.selectedProcessedCorpus()->id), processed);
        QVERIFY(!combo.selectCorpus(QStringLiteral("missing")));

        // A new corpus keeps the choice; removing the chosen one moves to another, and says so.
        workspace.addCorpus(corpusNamed("tres"));
        QCOMPARE(combo.count(), 3);
        QCOMPARE(QString::fromStdString(combo.selectedProcessedCorpus()->id), processed);
        QSignalSpy changed(&combo, &QComboBox::currentIndexChanged);
        workspace.removeProcessedCorpus(processed.toStdString());
        QCOMPARE(combo.count(), 2);
        QVERIFY(combo.selectedCorpus());
        QVERIFY(changed.count() >= 1);
    }

    void runControlsFollowTheJobState()
    {
        RunControls controls;
        QSignalSpy run(&controls, &RunControls::runRequested);
        QSignalSpy cancel(&controls, &RunControls::cancelRequested);
        QVERIFY(controls.runButton()->isEnabled());
        QVERIFY(!controls.cancelButton()->isEnabled());
        controls.setCanRun(false);
        QVERIFY(!controls.runButton()->isEnabled());
        controls.setCanRun(true);
        controls.runButton()->click();
        QCOMPARE(run.count(), 1);
        controls.setRunning(true);
        QVERIFY(!controls.runButton()->isEnabled());
        QVERIFY(controls.cancelButton()->isEnabled());
        controls.cancelButton()->click();
        QCOMPARE(cancel.count(), 1);
        controls.setProgress(0.5, QStringLiteral("a < b"));
        QCOMPARE(controls.statusText(), QStringLiteral("a &lt; b"));
        controls.setRunning(false);
        QVERIFY(controls.runButton()->isEnabled());
        controls.setStatus(QStringLiteral("bad"), true);
        QVERIFY(controls.statusText().contains(QStringLiteral("#c62828")));
    }
};

QTEST_MAIN(TestRunControls)
#include "tst_runcontrols.moc"
