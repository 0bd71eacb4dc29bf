// Title, explanation and button of the generation lesson's empty state.
#include "NoModelPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NoModelPage::NoModelPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("generationEmptyState"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setMaximumWidth(620);
    m_trainButton = new QPushButton(this);
    m_trainButton->setObjectName(QStringLiteral("trainLectureModelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    // Without an alignment flag, so that the layout gives the wrapped text its height.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 4);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addWidget(m_trainButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    retranslate();
}

void NoModelPage::setTraining(bool training)
{
    m_training = training;
    m_trainButton->setEnabled(!training);
    retranslate();
}

void NoModelPage::setMessage(const QString& text)
{
    m_message = text;
    retranslate();
}

void NoModelPage::retranslate()
{
    m_title->setText(tr("No language model in the workspace"));
    m_text->setText(!m_message.isEmpty()
                        ? m_message
                        : tr("Generation needs a model that predicts the next token. Train the "
                             "lecture's small GPT on the corpus here, train your own in the GPT "
                             "lesson, or import a GPT-2 checkpoint there."));
    m_trainButton->setText(m_training ? tr("Training the lecture's model…")
                                      : tr("Train the lecture's small model"));
    m_trainButton->setToolTip(tr("Trains a small byte-level BPE and a tiny GPT on the first "
                                 "corpus of the workspace (the sample corpus when there is none)"));
}
