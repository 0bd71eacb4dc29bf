// The Tokenization panel's Train tab: the training form (method, vocabulary size, special
// tokens...) that trains on the panel's corpus as a job, and the workspace's tokenizers with
// import, export and remove.
#pragma once

#include "TokenizerTraining.h"
#include "panels/TokenizationPanel.h"

#include <QPointer>
#include <QWidget>

class CorpusImporter;
class JobHandle;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;
class TokenizerCatalog;

class TokenizationTrainTab : public QWidget {
    Q_OBJECT
public:
    using FileFormat = TokenizationPanel::FileFormat;

    // importer: says whether message boxes may be shown (may be null: never).
    TokenizationTrainTab(TokenizerCatalog& catalog, CorpusImporter* importer, QWidget* parent = nullptr);

    void retranslate();
    // Shows the chosen corpus and enables the buttons for the training state.
    void updateForm();
    // The workspace's tokenizers changed.
    void rebuildList();
    // A line under the form (training and import messages).
    void setStatus(const QString& text);

    TokenizerTrainingRequest trainingRequest() const;
    JobHandle* startTraining(TokenizerTrainingRequest request);
    JobHandle* train();
    JobHandle* importTokenizer(const QString& path);
    QString exportTokenizer(const QString& id, const QString& path, FileFormat format);

private:
    bool interactive() const;
    QWidget* buildForm();
    QWidget* buildList();
    void importWithDialog(bool folder);
    void exportWithDialog();
    void removeSelectedTokenizer();

    TokenizerCatalog& m_catalog;
    CorpusImporter* m_importer = nullptr;
    QPointer<JobHandle> m_trainingJob;

    QLabel* m_formTitle = nullptr;
    QLabel* m_methodLabel = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QSpinBox* m_sizeSpin = nullptr;
    QLabel* m_minimumLabel = nullptr;
    QSpinBox* m_minimumSpin = nullptr;
    QLabel* m_specialLabel = nullptr;
    QLineEdit* m_specialEdit = nullptr;
    QCheckBox* m_holdOutCheck = nullptr;
    QCheckBox* m_lowercaseCheck = nullptr;
    QLabel* m_trainingCorpusLabel = nullptr;
    QLabel* m_trainingCorpusValue = nullptr;
    QPushButton* m_trainButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_trainingProgress = nullptr;
    QLabel* m_trainingStatus = nullptr;
    QLabel* m_listTitle = nullptr;
    QTreeWidget* m_tokenizerList = nullptr;
    QToolButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};
