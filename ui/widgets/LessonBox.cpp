// The lesson box (see LessonBox.h).
#include "LessonBox.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

LessonBox::LessonBox(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("lessonBox"));
    setFrameShape(QFrame::StyledPanel);
    // A card set off from the window; AlternateBase follows light and dark palettes.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    // Transparent, so the box reads as one card rather than a text field.
    m_text->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);

    m_exampleButton = new QPushButton(this);
    m_exampleButton->setObjectName(QStringLiteral("lessonExampleButton"));
    connect(m_exampleButton, &QPushButton::clicked, this, &LessonBox::exampleRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_exampleButton);

    retranslate();
}

void LessonBox::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString LessonBox::title() const
{
    return m_title->text();
}

void LessonBox::setText(const QString& html)
{
    m_html = html;
    m_text->setHtml(html);
}

QString LessonBox::text() const
{
    return m_html;
}

void LessonBox::retranslate()
{
    m_exampleButton->setText(tr("Load the lecture's example"));
    m_exampleButton->setToolTip(tr("Loads the example used in the lecture for this lesson"));
    // Never clip the button's text: the box is at least as wide as the button wants.
    m_exampleButton->setMinimumWidth(m_exampleButton->sizeHint().width());
}

void LessonBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    QFrame::changeEvent(event);
}
