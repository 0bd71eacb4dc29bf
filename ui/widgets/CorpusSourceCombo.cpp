#include "CorpusSourceCombo.h"

#include "Workspace.h"
#include "text/ProcessedCorpus.h"

namespace {

const QString corpusPrefix = QStringLiteral("corpus:");
const QString processedPrefix = QStringLiteral("processed:");

} // namespace

CorpusSourceCombo::CorpusSourceCombo(Workspace& workspace, QWidget* parent)
    : QComboBox(parent), m_workspace(workspace)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(&m_workspace, &Workspace::corporaChanged, this, &CorpusSourceCombo::rebuild);
    connect(&m_workspace, &Workspace::processedCorporaChanged, this, &CorpusSourceCombo::rebuild);
    rebuild();
}

std::shared_ptr<const lengua::Corpus> CorpusSourceCombo::selectedCorpus() const
{
    const QString data = currentData().toString();
    if (!data.startsWith(corpusPrefix))
        return nullptr;
    return m_workspace.corpus(data.mid(corpusPrefix.size()).toStdString());
}

std::shared_ptr<const lengua::ProcessedCorpus> CorpusSourceCombo::selectedProcessedCorpus() const
{
    const QString data = currentData().toString();
    if (!data.startsWith(processedPrefix))
        return nullptr;
    return m_workspace.processedCorpus(data.mid(processedPrefix.size()).toStdString());
}

bool CorpusSourceCombo::rawCorpusSelected() const
{
    return currentData().toString().startsWith(corpusPrefix);
}

bool CorpusSourceCombo::selectCorpus(const QString& id)
{
    int index = findData(corpusPrefix + id);
    if (index < 0)
        index = findData(processedPrefix + id);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

void CorpusSourceCombo::retranslate()
{
    rebuild();
    setPlaceholderText(tr("(none: load a corpus)"));
}

void CorpusSourceCombo::rebuild()
{
    const QString current = currentData().toString();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const auto& corpus : m_workspace.corpora())
            addItem(QString::fromStdString(corpus->name), corpusPrefix + QString::fromStdString(corpus->id));
        for (const auto& corpus : m_workspace.processedCorpora())
            addItem(tr("%1 (processed)").arg(QString::fromStdString(corpus->name)),
                    processedPrefix + QString::fromStdString(corpus->id));
        const int kept = findData(current);
        setCurrentIndex(kept >= 0 ? kept : (count() > 0 ? 0 : -1));
    }
    if (currentData().toString() != current)
        Q_EMIT currentIndexChanged(currentIndex());
    Q_EMIT sourcesChanged();
}
