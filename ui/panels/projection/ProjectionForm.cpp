#include "ProjectionForm.h"

#include "ProjectionComputation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>

ProjectionForm::ProjectionForm(QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    auto addRow = [&](QFormLayout* target, QWidget* field, QList<QWidget*>* group = nullptr) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        target->addRow(label, field);
        if (group)
            *group << label << field;
    };
    m_pointsKind = new QComboBox(this);
    m_pointsKind->addItems({QString(), QString()});
    addRow(form, m_pointsKind);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("embeddingCombo"));
    addRow(form, m_source, &m_wordRows);
    m_corpus = new QComboBox(this);
    m_corpus->setObjectName(QStringLiteral("corpusCombo"));
    addRow(form, m_corpus, &m_documentRows);
    m_import = new QPushButton(this);
    form->addRow(m_import);
    m_wordRows << m_import;
    m_topN = new QSpinBox(this);
    m_topN->setRange(3, 50000);
    m_topN->setValue(1000);
    m_topN->setSingleStep(100);
    addRow(form, m_topN, &m_wordRows);
    m_wordList = new QLineEdit(this);
    m_wordList->setClearButtonEnabled(true);
    addRow(form, m_wordList, &m_wordRows);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (auto method : {lengua::ProjectionMethod::Pca, lengua::ProjectionMethod::Tsne, lengua::ProjectionMethod::Umap})
        m_method->addItem(QString(), static_cast<int>(method));
    m_method->setCurrentIndex(1);
    addRow(form, m_method);

    m_tsneBox = new QGroupBox(this);
    auto* tsneForm = new QFormLayout(m_tsneBox);
    m_perplexity = new QDoubleSpinBox(m_tsneBox);
    m_perplexity->setRange(2, 200);
    m_perplexity->setValue(30);
    m_learningRate = new QDoubleSpinBox(m_tsneBox);
    m_learningRate->setRange(0, 5000);
    m_iterations = new QSpinBox(m_tsneBox);
    m_iterations->setRange(250, 5000);
    m_iterations->setSingleStep(250);
    m_iterations->setValue(1000);
    m_exaggeration = new QDoubleSpinBox(m_tsneBox);
    m_exaggeration->setRange(1, 50);
    m_exaggeration->setValue(12);
    for (QWidget* field : std::initializer_list<QWidget*>{m_perplexity, m_learningRate, m_iterations, m_exaggeration})
        addRow(tsneForm, field);
    form->addRow(m_tsneBox);

    m_umapBox = new QGroupBox(this);
    auto* umapForm = new QFormLayout(m_umapBox);
    m_umapNeighbours = new QSpinBox(m_umapBox);
    m_umapNeighbours->setRange(2, 200);
    m_umapNeighbours->setValue(15);
    m_umapMinDist = new QDoubleSpinBox(m_umapBox);
    m_umapMinDist->setRange(0, 1);
    m_umapMinDist->setSingleStep(0.05);
    m_umapMinDist->setValue(0.1);
    m_umapEpochs = new QSpinBox(m_umapBox);
    m_umapEpochs->setRange(10, 2000);
    m_umapEpochs->setValue(200);
    for (QWidget* field : std::initializer_list<QWidget*>{m_umapNeighbours, m_umapMinDist, m_umapEpochs})
        addRow(umapForm, field);
    form->addRow(m_umapBox);

    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    addRow(form, m_seed);
    m_colourBy = new QComboBox(this);
    m_colourBy->addItems({QString(), QString(), QString(), QString()});
    addRow(form, m_colourBy);
    m_clusters = new QSpinBox(this);
    m_clusters->setRange(2, 10);
    m_clusters->setValue(8);
    addRow(form, m_clusters);
    m_follow = new QCheckBox(this);
    m_follow->setChecked(true);
    form->addRow(m_follow);
    m_wordRows << m_follow;

    auto* buttons = new QHBoxLayout;
    m_run = new QPushButton(this);
    m_run->setDefault(true);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel = new QPushButton(this);
    m_cancel->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    form->addRow(buttons);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    form->addRow(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    addRow(form, m_search);
    auto* exports = new QHBoxLayout;
    m_exportPicture = new QPushButton(this);
    m_exportCsv = new QPushButton(this);
    exports->addWidget(m_exportPicture);
    exports->addWidget(m_exportCsv);
    form->addRow(exports);

    connect(m_method, &QComboBox::currentIndexChanged, this, &ProjectionForm::updateVisibility);
    connect(m_pointsKind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT pointsChanged();
    });
    updateVisibility();
}

void ProjectionForm::retranslate()
{
    const QStringList labels = {tr("&Draw:"), tr("&Vectors:"), tr("C&orpus:"), tr("&Top words:"), tr("&Or these words:"),
                                tr("&Method:"), tr("Perplexity:"), tr("Learning rate:"), tr("Iterations:"),
                                tr("Early exaggeration:"), tr("Neighbours:"), tr("Minimum distance:"), tr("Epochs:"),
                                tr("&Seed:"), tr("&Colour by:"), tr("C&lusters:"), tr("Sea&rch:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_pointsKind->setItemText(0, tr("Words"));
    m_pointsKind->setItemText(1, tr("Documents"));
    m_pointsKind->setToolTip(tr("Words of a set of vectors, or the documents of a corpus (TF-IDF reduced by SVD)"));
    m_source->setToolTip(tr("The word vectors to draw (train them in the Embeddings lesson, or import a file)"));
    m_corpus->setToolTip(tr("Each document becomes a point: its TF-IDF weights reduced to 100 dimensions by a truncated SVD"));
    m_import->setText(tr("Import a vector file…"));
    m_import->setToolTip(tr("word2vec text or binary, GloVe or fastText .vec; added to the workspace"));
    m_topN->setToolTip(tr("The most frequent words of the vectors (a file sorted by frequency)"));
    m_wordList->setPlaceholderText(tr("casa, escuela, zapatería…"));
    m_wordList->setToolTip(tr("A list of words to draw instead of the top words"));
    m_method->setItemText(0, tr("PCA"));
    m_method->setItemText(1, tr("t-SNE"));
    m_method->setItemText(2, tr("UMAP"));
    m_method->setToolTip(tr("PCA keeps the directions of largest variance (global shape); t-SNE and UMAP keep "
                            "who is near whom (local neighbourhoods)"));
    m_tsneBox->setTitle(tr("t-SNE"));
    m_perplexity->setToolTip(tr("The effective number of neighbours each point tries to keep; must be below the number of points"));
    m_learningRate->setSpecialValueText(tr("auto"));
    m_learningRate->setToolTip(tr("Step size of the gradient descent; auto = max(N / exaggeration / 4, 50)"));
    m_iterations->setToolTip(tr("Gradient steps in total"));
    m_exaggeration->setToolTip(tr("Attractions are multiplied by this during the first 250 steps, so clusters form early"));
    m_umapBox->setTitle(tr("UMAP"));
    m_umapNeighbours->setToolTip(tr("Size of the neighbourhood graph: small keeps local detail, large the global shape"));
    m_umapMinDist->setToolTip(tr("How tightly points may be packed in 2-D"));
    m_umapEpochs->setToolTip(tr("Optimisation passes over the graph"));
    m_seed->setToolTip(tr("Random seed of t-SNE, UMAP and k-means: the same seed gives the same picture"));
    nameFrequencyColouring();
    m_colourBy->setItemText(1, tr("Cluster (k-means)"));
    m_colourBy->setItemText(2, tr("Document label"));
    m_colourBy->setItemText(3, tr("Nothing"));
    m_colourBy->setToolTip(tr("Clusters are found by k-means on the original vectors, not on the picture"));
    m_follow->setText(tr("Follow training"));
    m_follow->setToolTip(tr("While word2vec trains in the Embeddings lesson, re-project after every epoch"));
    m_run->setText(tr("&Project"));
    m_run->setToolTip(tr("Compute the layout (Ctrl+Enter)"));
    m_cancel->setText(tr("Cancel"));
    m_search->setPlaceholderText(tr("a word, then Enter"));
    m_search->setToolTip(tr("Highlights the word and centres the picture on it"));
    m_exportPicture->setText(tr("Picture…"));
    m_exportPicture->setToolTip(tr("Save the picture as PNG or SVG"));
    m_exportCsv->setText(tr("Coordinates…"));
    m_exportCsv->setToolTip(tr("Save word, x, y as CSV"));
}

// Documents have lengths where words have frequencies.
void ProjectionForm::nameFrequencyColouring()
{
    m_colourBy->setItemText(0, points() == Points::Documents ? tr("Length (log)") : tr("Frequency (log)"));
}

void ProjectionForm::updateVisibility()
{
    const bool words = points() == Points::Words;
    for (QWidget* widget : m_wordRows)
        widget->setVisible(words);
    for (QWidget* widget : m_documentRows)
        widget->setVisible(!words);
    nameFrequencyColouring();
    m_tsneBox->setVisible(method() == lengua::ProjectionMethod::Tsne);
    m_umapBox->setVisible(method() == lengua::ProjectionMethod::Umap);
}

ProjectionForm::Points ProjectionForm::points() const
{
    return m_pointsKind->currentIndex() == 1 ? Points::Documents : Points::Words;
}

void ProjectionForm::setPoints(Points points)
{
    m_pointsKind->setCurrentIndex(points == Points::Documents ? 1 : 0);
}

lengua::ProjectionMethod ProjectionForm::method() const
{
    return static_cast<lengua::ProjectionMethod>(m_method->currentData().toInt());
}

void ProjectionForm::setMethod(lengua::ProjectionMethod method)
{
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(method)));
}

ProjectionForm::Colouring ProjectionForm::colouring() const
{
    return static_cast<Colouring>(m_colourBy->currentIndex());
}

void ProjectionForm::setColouring(Colouring colouring)
{
    m_colourBy->setCurrentIndex(static_cast<int>(colouring));
}

void ProjectionForm::fillRequest(ProjectionRequest& request, std::size_t pointCount) const
{
    request.method = method();
    request.seed = static_cast<std::uint64_t>(m_seed->value());
    // Perplexity must stay below N; a third of N keeps the affinities meaningful.
    request.tsne.perplexity = std::min(m_perplexity->value(), std::max(1.0, (static_cast<double>(pointCount) - 1) / 3.0));
    request.tsne.learningRate = m_learningRate->value();
    request.tsne.iterations = m_iterations->value();
    request.tsne.earlyExaggeration = m_exaggeration->value();
    request.umapNeighbours = std::min<int>(m_umapNeighbours->value(), static_cast<int>(pointCount) - 1);
    request.umapMinimumDistance = m_umapMinDist->value();
    request.umapEpochs = m_umapEpochs->value();
}

QStringList ProjectionForm::typedWords() const
{
    return m_wordList->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

void ProjectionForm::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString ProjectionForm::statusText() const
{
    return m_status->text();
}

void ProjectionForm::setRunning(bool running)
{
    m_cancel->setEnabled(running);
}

void ProjectionForm::setProgress(double fraction)
{
    m_progress->setValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 1000));
}
