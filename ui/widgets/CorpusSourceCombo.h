// The input picker of the counting lessons: every corpus of the workspace, then every
// processed corpus ("name (processed)"). It follows the workspace and keeps the choice
// across changes; the lesson reads the chosen artefact.
#pragma once

#include <QComboBox>

#include <memory>

namespace lengua {
struct Corpus;
struct ProcessedCorpus;
}
class Workspace;

class CorpusSourceCombo : public QComboBox {
    Q_OBJECT
public:
    explicit CorpusSourceCombo(Workspace& workspace, QWidget* parent = nullptr);

    // The chosen raw corpus (null when a processed one is chosen, or none).
    std::shared_ptr<const lengua::Corpus> selectedCorpus() const;
    // The chosen processed corpus (null when a raw one is chosen, or none).
    std::shared_ptr<const lengua::ProcessedCorpus> selectedProcessedCorpus() const;
    bool rawCorpusSelected() const;
    // Selects a corpus or processed corpus by workspace id; false when there is none.
    bool selectCorpus(const QString& id);
    void retranslate();

Q_SIGNALS:
    // After the list was rebuilt from the workspace (the choice may be the same).
    void sourcesChanged();

private:
    void rebuild();

    Workspace& m_workspace;
};
