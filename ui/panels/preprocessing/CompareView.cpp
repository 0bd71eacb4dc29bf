// The "Before / after" tab of the Preprocessing panel (see CompareView.h).
#include "CompareView.h"

#include "text/Corpus.h"
#include "text/Pipeline.h"
#include "text/StepTrace.h"
#include "widgets/BeforeAfterView.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace {

// A trace of one document, or why there is none.
struct TraceOutcome {
    std::vector<lengua::StepTrace> trace;
    QString error;
};

QString number(std::uint64_t value)
{
    return QLocale().toString(qulonglong(value));
}

} // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareTab"));

    m_documentLabel = new QLabel(this);
    m_documentSpin = new QSpinBox(this);
    m_documentSpin->setObjectName(QStringLiteral("documentSpin"));
    m_documentSpin->setRange(0, 0);
    m_documentLabel->setBuddy(m_documentSpin);
    m_documentCount = new QLabel(this);
    m_idLabel = new QLabel(this);
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("documentIdEdit"));
    m_idLabel->setBuddy(m_idEdit);
    connect(m_documentSpin, &QSpinBox::valueChanged, this,
            [this](int value) { showDocument(value - 1); });
    connect(m_idEdit, &QLineEdit::returnPressed, this, [this] {
        if (!showDocumentById(m_idEdit->text().trimmed()))
            m_idEdit->setStyleSheet(QStringLiteral("color: #c62828"));
    });
    connect(m_idEdit, &QLineEdit::textEdited, this, [this] { m_idEdit->setStyleSheet({}); });

    m_compare = new BeforeAfterView(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_documentLabel);
    bar->addWidget(m_documentSpin);
    bar->addWidget(m_documentCount);
    bar->addSpacing(12);
    bar->addWidget(m_idLabel);
    bar->addWidget(m_idEdit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_compare, 1);

    // The before/after view follows the checklist after a short pause, so a
    // quick series of clicks makes one trace.
    m_traceTimer = new QTimer(this);
    m_traceTimer->setSingleShot(true);
    m_traceTimer->setInterval(150);
    connect(m_traceTimer, &QTimer::timeout, this, &CompareView::startTrace);
}

void CompareView::retranslate()
{
    m_documentLabel->setText(QCoreApplication::translate("PreprocessingPanel", "&Document:"));
    m_documentSpin->setToolTip(QCoreApplication::translate("PreprocessingPanel",
                                                           "The number of the document in the "
                                                           "corpus"));
    m_idLabel->setText(QCoreApplication::translate("PreprocessingPanel", "&Id:"));
    m_idEdit->setPlaceholderText(QCoreApplication::translate("PreprocessingPanel",
                                                             "e.g. lecture-07"));
    m_idEdit->setToolTip(QCoreApplication::translate("PreprocessingPanel",
                                                     "Type a document's id and press Enter to "
                                                     "show it"));
    updateDocumentControls();
}

void CompareView::setSettingsSource(std::function<lengua::PipelineSettings()> settings)
{
    m_settings = std::move(settings);
}

void CompareView::setCorpus(std::shared_ptr<const lengua::Corpus> corpus, int document)
{
    m_corpus = std::move(corpus);
    m_document = document;
    updateDocumentControls();
}

void CompareView::updateDocumentControls()
{
    const int count = m_corpus ? int(m_corpus->documents.size()) : 0;
    {
        const QSignalBlocker blocker(m_documentSpin);
        m_documentSpin->setRange(count > 0 ? 1 : 0, count);
        m_documentSpin->setValue(m_document + 1);
    }
    m_documentSpin->setEnabled(count > 0);
    m_idEdit->setEnabled(count > 0);
    m_documentCount->setText(count > 0 ? QCoreApplication::translate("PreprocessingPanel", "of %1")
                                             .arg(number(std::uint64_t(count)))
                                       : QString());
    if (m_corpus && m_document >= 0) {
        m_idEdit->setText(QString::fromStdString(m_corpus->documents[std::size_t(m_document)].id));
        m_idEdit->setStyleSheet({});
    } else {
        m_idEdit->clear();
    }
}

bool CompareView::showDocument(int index)
{
    if (!m_corpus || index < 0 || index >= int(m_corpus->documents.size()))
        return false;
    if (index != m_document) {
        m_document = index;
        scheduleTrace();
    }
    updateDocumentControls();
    return true;
}

bool CompareView::showDocumentById(const QString& id)
{
    if (!m_corpus)
        return false;
    const std::string wanted = id.toStdString();
    for (std::size_t i = 0; i < m_corpus->documents.size(); ++i)
        if (m_corpus->documents[i].id == wanted)
            return showDocument(int(i));
    return false;
}

bool CompareView::isTracing() const
{
    return m_traceTimer->isActive() || m_traceRunning;
}

void CompareView::scheduleTrace()
{
    m_traceTimer->start();
}

void CompareView::startTrace()
{
    if (!m_corpus || m_document < 0) {
        ++m_traceGeneration;
        m_traceRunning = false;
        m_compare->setMessage(m_corpus ? QCoreApplication::translate("PreprocessingPanel",
                                                                     "This corpus has no "
                                                                     "documents.")
                                       : QCoreApplication::translate("PreprocessingPanel",
                                                                     "Load a corpus in the Corpus "
                                                                     "lesson, or load the "
                                                                     "lecture's example from the "
                                                                     "lesson box."));
        return;
    }
    const lengua::PipelineSettings settings = m_settings ? m_settings() : lengua::PipelineSettings{};
    const std::string text = m_corpus->documents[std::size_t(m_document)].text;

    // One document through the steps: short, and re-run at every click of the
    // checklist, so it runs on the pool without a row in the jobs dock.
    const int generation = ++m_traceGeneration;
    m_traceRunning = true;
    auto* watcher = new QFutureWatcher<TraceOutcome>(this);
    connect(watcher, &QFutureWatcher<TraceOutcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_traceGeneration)
            return; // a newer trace was started
        m_traceRunning = false;
        const TraceOutcome outcome = watcher->result();
        if (outcome.error.isEmpty())
            m_compare->setTrace(outcome.trace);
        else
            m_compare->setMessage(QCoreApplication::translate("PreprocessingPanel",
                                                              "The steps could not be run on "
                                                              "this document: %1")
                                      .arg(outcome.error));
    });
    watcher->setFuture(QtConcurrent::run([settings, text]() {
        TraceOutcome outcome;
        try {
            outcome.trace = lengua::Pipeline(settings).trace(text);
        } catch (const std::exception& error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
}
