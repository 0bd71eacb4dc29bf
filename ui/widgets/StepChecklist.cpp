// The step checklist (see StepChecklist.h).
#include "StepChecklist.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// The cleaning options, in the order of TextCleaner::Options.
const char* const cleanOptionNames[] = {"html", "markdown", "urls", "emails", "controls", "symbols"};

bool* cleanOption(lengua::TextCleaner::Options& options, const QString& name)
{
    if (name == QLatin1String("html"))
        return &options.html;
    if (name == QLatin1String("markdown"))
        return &options.markdown;
    if (name == QLatin1String("urls"))
        return &options.urls;
    if (name == QLatin1String("emails"))
        return &options.emails;
    if (name == QLatin1String("controls"))
        return &options.controls;
    if (name == QLatin1String("symbols"))
        return &options.symbols;
    return nullptr;
}

} // namespace

StepChecklist::StepChecklist(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepChecklist"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) + 8;
    auto addRow = [&](QWidget* widget, int level, QWidget* trailing = nullptr) {
        auto* row = new QHBoxLayout;
        row->setSpacing(6);
        if (level > 0)
            row->addSpacing(indent * level);
        row->addWidget(widget);
        row->addStretch(1);
        if (trailing)
            row->addWidget(trailing);
        layout->addLayout(row);
    };

    // The rows follow the engine's order (see Pipeline.h): the order is the lesson.
    for (const std::string& step : lengua::PipelineSettings::stepNames()) {
        const QString name = QString::fromStdString(step);
        if (step == "spell") {
            // Word segmentation always runs between sentences and the word steps.
            m_wordsLabel = new QLabel(this);
            m_wordsLabel->setObjectName(QStringLiteral("step_words"));
            m_wordsLabel->setIndent(indent);
            layout->addWidget(m_wordsLabel);
            m_keepPunctuation = addBox(QStringLiteral("keepPunctuation"));
            addRow(m_keepPunctuation, 1);
        }
        QCheckBox* box = addBox(QStringLiteral("step_") + name);
        m_steps.insert(name, box);
        if (step == "stopwords") {
            m_editStopWords = new QPushButton(this);
            m_editStopWords->setObjectName(QStringLiteral("editStopWordsButton"));
            connect(m_editStopWords, &QPushButton::clicked, this,
                    &StepChecklist::editStopWordsRequested);
            addRow(box, 0, m_editStopWords);
        } else {
            addRow(box, 0);
        }
        if (step == "clean") {
            for (const char* option : cleanOptionNames) {
                QCheckBox* optionBox = addBox(QStringLiteral("clean_") + QLatin1String(option));
                m_cleanOptions.insert(QLatin1String(option), optionBox);
                addRow(optionBox, 1);
            }
        }
    }
    layout->addStretch(1);

    setSettings(lengua::PipelineSettings{});
    retranslate();
}

QCheckBox* StepChecklist::addBox(const QString& objectName)
{
    auto* box = new QCheckBox(this);
    box->setObjectName(objectName);
    connect(box, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        if (!m_updating)
            Q_EMIT settingsChanged();
    });
    return box;
}

lengua::PipelineSettings StepChecklist::settings() const
{
    lengua::PipelineSettings settings = m_base;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        settings.setEnabled(it.key().toStdString(), it.value()->isChecked());
    for (auto it = m_cleanOptions.cbegin(); it != m_cleanOptions.cend(); ++it)
        *cleanOption(settings.cleanOptions, it.key()) = it.value()->isChecked();
    settings.keepPunctuation = m_keepPunctuation->isChecked();
    return settings;
}

void StepChecklist::setSettings(const lengua::PipelineSettings& settings)
{
    m_base = settings;
    {
        m_updating = true;
        for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
            const std::string step = it.key().toStdString();
            it.value()->setChecked(settings.enabled(step) && isStepAvailable(step));
        }
        lengua::TextCleaner::Options options = settings.cleanOptions;
        for (auto it = m_cleanOptions.cbegin(); it != m_cleanOptions.cend(); ++it)
            it.value()->setChecked(*cleanOption(options, it.key()));
        m_keepPunctuation->setChecked(settings.keepPunctuation);
        m_updating = false;
    }
    updateEnabled();
    Q_EMIT settingsChanged();
}

void StepChecklist::setStepAvailable(const std::string& step, bool available,
                                     const QString& reason)
{
    const QString name = QString::fromStdString(step);
    QCheckBox* box = m_steps.value(name);
    if (!box)
        return;
    const bool wasAvailable = !m_unavailable.contains(name);
    if (available)
        m_unavailable.remove(name);
    else
        m_unavailable.insert(name, reason);
    if (!available && box->isChecked())
        box->setChecked(false); // emits settingsChanged
    updateEnabled();
    retranslate();
    if (wasAvailable != available)
        Q_EMIT settingsChanged();
}

bool StepChecklist::isStepAvailable(const std::string& step) const
{
    return !m_unavailable.contains(QString::fromStdString(step));
}

QCheckBox* StepChecklist::stepBox(const std::string& step) const
{
    return m_steps.value(QString::fromStdString(step));
}

QCheckBox* StepChecklist::cleanOptionBox(const QString& option) const
{
    return m_cleanOptions.value(option);
}

void StepChecklist::updateEnabled()
{
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        it.value()->setEnabled(!m_unavailable.contains(it.key()));
    const bool cleaning = m_steps.value(QStringLiteral("clean"))->isChecked();
    for (QCheckBox* box : std::as_const(m_cleanOptions))
        box->setEnabled(cleaning);
}

QString StepChecklist::stepTitle(const std::string& step)
{
    if (step == "input")
        return tr("Input");
    if (step == "clean")
        return tr("Cleaning");
    if (step == "nfc")
        return tr("Unicode NFC");
    if (step == "sentences")
        return tr("Sentences");
    if (step == "words")
        return tr("Words");
    if (step == "spell")
        return tr("Spelling");
    if (step == "lemma")
        return tr("Lemmas");
    if (step == "lower")
        return tr("Case folding");
    if (step == "stopwords")
        return tr("Stop words");
    if (step == "accents")
        return tr("Accents");
    if (step == "stem")
        return tr("Stems");
    return QString::fromStdString(step);
}

QString StepChecklist::stepDescription(const std::string& step)
{
    if (step == "input")
        return tr("The text as loaded, split into words");
    if (step == "clean")
        return tr("Removes what is not language: HTML, Markdown markers, URLs, e-mail "
                  "addresses, control characters, emoji and odd symbols");
    if (step == "nfc")
        return tr("Unicode normalisation (NFC): “canción” typed with a combining accent "
                  "becomes the same string as the precomposed one");
    if (step == "sentences")
        return tr("Splits the text into sentences (ICU), without cutting after "
                  "abbreviations such as “Sr.” or “etc.”; off: a document is one sentence");
    if (step == "words")
        return tr("Splits each sentence into words (ICU word boundaries); always done");
    if (step == "spell")
        return tr("Replaces misspelt words by Hunspell's suggestion, preferring one that "
                  "only adds accents: “cancion” → “canción”");
    if (step == "lemma")
        return tr("Replaces each word by its dictionary form (Hunspell): “canciones” → "
                  "“canción”, “llegó” → “llegar”");
    if (step == "lower")
        return tr("Full case folding: “Árbol” → “árbol”");
    if (step == "stopwords")
        return tr("Removes function words (de, la, que, the, of…) from an editable list");
    if (step == "accents")
        return tr("Removes accents and diacritics: “canción” → “cancion”");
    if (step == "stem")
        return tr("Cuts each word to its stem by suffix rules (Snowball): “corriendo” → "
                  "“corr”");
    return {};
}

void StepChecklist::retranslate()
{
    m_heading->setText(tr("Steps, in the order they run"));
    int number = 1;
    for (const std::string& step : lengua::PipelineSettings::stepNames()) {
        if (step == "spell") {
            m_wordsLabel->setText(tr("%1. Words (always)").arg(number++));
            m_wordsLabel->setToolTip(stepDescription("words"));
        }
        QCheckBox* box = stepBox(step);
        QString title = stepTitle(step);
        if (step == "spell")
            title = tr("Spelling correction");
        else if (step == "lemma")
            title = tr("Lemmatisation");
        else if (step == "sentences")
            title = tr("Sentence splitting");
        else if (step == "stopwords")
            title = tr("Stop-word removal");
        else if (step == "accents")
            title = tr("Accent stripping");
        else if (step == "stem")
            title = tr("Stemming");
        box->setText(tr("%1. %2").arg(number++).arg(title));
        const QString why = m_unavailable.value(QString::fromStdString(step));
        box->setToolTip(why.isEmpty() ? stepDescription(step) : why);
    }
    const QString optionTitles[] = {tr("HTML tags and entities"), tr("Markdown (**bold**)"),
                                    tr("URLs"), tr("E-mail addresses"),
                                    tr("Control characters"), tr("Emoji and odd symbols")};
    const QString optionTips[] = {
        // Escaped: a tooltip with tags is shown as rich text.
        tr("&lt;b&gt;, &lt;p&gt;, comments and scripts go; &amp;eacute; becomes é"),
        tr("**bold**, _emphasis_, `code`, [text](link) and # headings lose their markers"),
        tr("http://…, https://… and www.… addresses"),
        tr("name@domain.org addresses"),
        tr("Invisible characters: control codes, zero-width spaces, soft hyphens"),
        tr("Emoji, decorations such as ### or ~~, emoticons such as :)")};
    int i = 0;
    for (const char* option : cleanOptionNames) {
        QCheckBox* box = m_cleanOptions.value(QLatin1String(option));
        box->setText(optionTitles[i]);
        box->setToolTip(optionTips[i]);
        ++i;
    }
    m_keepPunctuation->setText(tr("Keep punctuation as tokens"));
    m_keepPunctuation->setToolTip(tr("On: “!” and “,” are tokens too; off: only words and "
                                     "numbers are kept"));
    m_editStopWords->setText(tr("Edit list…"));
    m_editStopWords->setToolTip(tr("Shows the stop-word list of the language and lets you "
                                   "change it (saved in the workspace)"));
}

void StepChecklist::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
