// The before/after view (see BeforeAfterView.h).
#include "BeforeAfterView.h"

#include "StepChecklist.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <utility>

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

struct Colours {
    QColor removedBackground, removedText, insertedBackground, insertedText;
};

Colours colours(const QPalette& palette)
{
    // Strong enough to read on a washed-out projector, and distinct for the most
    // common colour-vision deficiency because removed text is also struck out.
    if (isDark(palette))
        return {QColor(0x6b, 0x1d, 0x1d), QColor(0xff, 0xc4, 0xc4), QColor(0x1b, 0x5e, 0x2c),
                QColor(0xc9, 0xf7, 0xd0)};
    return {QColor(0xff, 0xcc, 0xcc), QColor(0x9b, 0x00, 0x00), QColor(0xc4, 0xf0, 0xc8),
            QColor(0x0b, 0x5a, 0x1c)};
}

std::size_t codePointLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6)
        return 2;
    if ((lead >> 4) == 0xe)
        return 3;
    if ((lead >> 3) == 0x1e)
        return 4;
    return 1; // a stray continuation byte: one at a time
}

// Writes text into the editor, marking the code points that have a marked byte
// (whitespace is never marked: a highlighted space or line break only adds noise).
void write(QTextEdit* editor, const std::string& text, const std::vector<bool>& marked,
           const QTextCharFormat& markFormat)
{
    editor->clear();
    QTextCursor cursor(editor->document());
    const QTextCharFormat plain;
    std::size_t position = 0;
    while (position < text.size()) {
        auto isMarked = [&](std::size_t at, std::size_t length) {
            const unsigned char c = static_cast<unsigned char>(text[at]);
            if (c == ' ' || c == '\n' || c == '\t')
                return false;
            for (std::size_t i = at; i < at + length && i < marked.size(); ++i)
                if (marked[i])
                    return true;
            return false;
        };
        const std::size_t first = std::min(codePointLength(static_cast<unsigned char>(text[position])),
                                           text.size() - position);
        const bool mark = isMarked(position, first);
        std::size_t end = position + first;
        while (end < text.size()) {
            const std::size_t length = std::min(codePointLength(static_cast<unsigned char>(text[end])),
                                                text.size() - end);
            if (isMarked(end, length) != mark)
                break;
            end += length;
        }
        cursor.insertText(QString::fromUtf8(text.data() + position, qsizetype(end - position)),
                          mark ? markFormat : plain);
        position = end;
    }
    editor->moveCursor(QTextCursor::Start);
}

} // namespace

BeforeAfterView::Marks BeforeAfterView::marks(const std::vector<lengua::StepTrace>& steps,
                                              std::size_t from, std::size_t to)
{
    Marks result;
    if (from >= steps.size() || to >= steps.size() || to < from)
        return result;
    const std::string& base = steps[from].text;
    result.removed.assign(base.size(), false);
    result.inserted.assign(steps[to].text.size(), false);

    // origin[i]: the byte of the base text that byte i of the current text comes
    // from, or -1 when an edit wrote it.
    std::vector<long long> origin(base.size());
    for (std::size_t i = 0; i < base.size(); ++i)
        origin[i] = static_cast<long long>(i);
    for (std::size_t k = from + 1; k <= to; ++k) {
        const std::string& before = steps[k - 1].text;
        std::vector<long long> next;
        next.reserve(steps[k].text.size());
        std::size_t position = 0;
        for (const lengua::TextChange& change : steps[k].changes) {
            if (change.begin < position || change.end < change.begin || change.end > before.size()) {
                result.consistent = false;
                return result;
            }
            next.insert(next.end(), origin.begin() + long(position), origin.begin() + long(change.begin));
            next.insert(next.end(), change.replacement.size(), -1);
            position = change.end;
        }
        next.insert(next.end(), origin.begin() + long(position), origin.end());
        if (next.size() != steps[k].text.size()) {
            result.consistent = false;
            return result;
        }
        origin = std::move(next);
    }

    std::vector<bool> survives(base.size(), false);
    for (std::size_t i = 0; i < origin.size(); ++i) {
        if (origin[i] < 0)
            result.inserted[i] = true;
        else
            survives[std::size_t(origin[i])] = true;
    }
    for (std::size_t i = 0; i < base.size(); ++i)
        result.removed[i] = !survives[i];
    return result;
}

BeforeAfterView::BeforeAfterView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("beforeAfterView"));

    m_stepLabel = new QLabel(this);
    m_stepCombo = new QComboBox(this);
    m_stepCombo->setObjectName(QStringLiteral("compareStepCombo"));
    m_stepCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stepCombo->setMinimumContentsLength(14);
    m_stepLabel->setBuddy(m_stepCombo);
    connect(m_stepCombo, &QComboBox::currentIndexChanged, this, &BeforeAfterView::render);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("compareLegend"));
    m_legend->setTextFormat(Qt::RichText);

    auto makeEditor = [this](const QString& name) {
        auto* editor = new QTextEdit(this);
        editor->setObjectName(name);
        editor->setReadOnly(true);
        editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        editor->setAcceptRichText(false);
        return editor;
    };
    m_before = makeEditor(QStringLiteral("beforeText"));
    m_after = makeEditor(QStringLiteral("afterText"));
    m_beforeTitle = new QLabel(this);
    m_afterTitle = new QLabel(this);
    QFont headingFont = m_beforeTitle->font();
    headingFont.setBold(true);
    m_beforeTitle->setFont(headingFont);
    m_afterTitle->setFont(headingFont);
    // Wrapped, so long titles never set the width of the whole panel.
    m_beforeTitle->setWordWrap(true);
    m_afterTitle->setWordWrap(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_stepLabel);
    bar->addWidget(m_stepCombo);
    bar->addStretch(1);
    bar->addWidget(m_legend);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_beforeTitle);
    layout->addWidget(m_before, 1);
    layout->addWidget(m_afterTitle);
    layout->addWidget(m_after, 1);
    layout->addWidget(m_summary);

    applyReadingFont();
    retranslate();
}

void BeforeAfterView::setTrace(std::vector<lengua::StepTrace> trace)
{
    std::string chosen = step() > 0 && std::size_t(step()) < m_trace.size()
                             ? m_trace[std::size_t(step())].step
                             : std::string();
    if (!m_preferredStep.empty())
        chosen = std::exchange(m_preferredStep, std::string());
    m_trace = std::move(trace);
    m_message.clear();
    rebuildStepCombo();
    if (chosen.empty() || !setStepByName(chosen))
        render();
}

void BeforeAfterView::setMessage(const QString& message)
{
    m_trace.clear();
    m_message = message;
    rebuildStepCombo();
    render();
}

void BeforeAfterView::setStep(int index)
{
    if (index >= 0 && index < m_stepCombo->count())
        m_stepCombo->setCurrentIndex(index);
}

int BeforeAfterView::step() const
{
    return std::max(0, m_stepCombo->currentIndex());
}

bool BeforeAfterView::setStepByName(const std::string& name)
{
    for (std::size_t k = 1; k < m_trace.size(); ++k) {
        if (m_trace[k].step == name) {
            if (m_stepCombo->currentIndex() == int(k))
                render();
            else
                m_stepCombo->setCurrentIndex(int(k));
            return true;
        }
    }
    return false;
}

QString BeforeAfterView::beforeText() const
{
    return m_before->toPlainText();
}

QString BeforeAfterView::afterText() const
{
    return m_after->toPlainText();
}

void BeforeAfterView::rebuildStepCombo()
{
    const int current = m_stepCombo->currentIndex();
    const QSignalBlocker blocker(m_stepCombo);
    m_stepCombo->clear();
    m_stepCombo->addItem(tr("Whole pipeline: input → result"));
    for (std::size_t k = 1; k < m_trace.size(); ++k)
        m_stepCombo->addItem(tr("Step %1: %2").arg(k).arg(StepChecklist::stepTitle(m_trace[k].step)),
                             QString::fromStdString(m_trace[k].step));
    m_stepCombo->setCurrentIndex(current >= 0 && current < m_stepCombo->count() ? current : 0);
    m_stepCombo->setEnabled(m_trace.size() > 1);
}

void BeforeAfterView::render()
{
    const Colours c = colours(palette());
    QTextCharFormat removed;
    removed.setBackground(c.removedBackground);
    removed.setForeground(c.removedText);
    removed.setFontStrikeOut(true);
    QTextCharFormat inserted;
    inserted.setBackground(c.insertedBackground);
    inserted.setForeground(c.insertedText);

    if (m_trace.empty()) {
        m_beforeTitle->setText(tr("Before"));
        m_afterTitle->setText(tr("After"));
        m_before->setPlainText(m_message);
        m_after->clear();
        m_summary->clear();
        return;
    }
    const std::size_t to = step() == 0 ? m_trace.size() - 1 : std::size_t(step());
    const std::size_t from = step() == 0 ? 0 : to - 1;
    const Marks marks = BeforeAfterView::marks(m_trace, from, to);
    write(m_before, m_trace[from].text, marks.removed, removed);
    write(m_after, m_trace[to].text, marks.inserted, inserted);

    if (step() == 0) {
        m_beforeTitle->setText(tr("Before: the original text"));
        m_afterTitle->setText(tr("After: the result (one sentence per line, tokens separated "
                                 "by spaces)"));
    } else {
        const QString title = StepChecklist::stepTitle(m_trace[to].step);
        m_beforeTitle->setText(from == 0 ? tr("Before “%1”: the original text").arg(title)
                                         : tr("Before “%1”: after “%2”")
                                               .arg(title, StepChecklist::stepTitle(m_trace[from].step)));
        m_afterTitle->setText(tr("After “%1”").arg(title));
    }

    std::size_t edits = 0;
    for (std::size_t k = from + 1; k <= to; ++k)
        edits += m_trace[k].changes.size();
    QString summary = step() == 0
                          ? tr("%Ln edit(s) in %1 step(s)", nullptr, int(edits)).arg(to - from)
                          : tr("%Ln edit(s) in this step", nullptr, int(edits));
    if (step() != 0)
        summary += QStringLiteral(" — ") + StepChecklist::stepDescription(m_trace[to].step);
    if (!marks.consistent)
        summary += QStringLiteral(" ") + tr("(the changes could not be located in the text, so "
                                            "they are not highlighted)");
    m_summary->setText(summary);
}

void BeforeAfterView::retranslate()
{
    m_stepLabel->setText(tr("&Show:"));
    m_stepCombo->setToolTip(tr("The whole pipeline at once, or one step: what the step "
                               "received and what it made of it"));
    const Colours c = colours(palette());
    m_legend->setText(tr("<span style=\"background:%1;color:%2;text-decoration:line-through\">"
                         "&nbsp;removed or changed&nbsp;</span>&nbsp;&nbsp;"
                         "<span style=\"background:%3;color:%4\">&nbsp;added or changed&nbsp;"
                         "</span>")
                          .arg(c.removedBackground.name(), c.removedText.name(),
                               c.insertedBackground.name(), c.insertedText.name()));
    m_before->setToolTip(tr("The text before: what the step removed or changed is red and "
                            "struck out"));
    m_after->setToolTip(tr("The text after: what the step added or changed is green"));
    rebuildStepCombo();
    render();
}

void BeforeAfterView::applyReadingFont()
{
    // A little larger than the UI font: this is the text the class reads together.
    m_applyingFont = true;
    QFont reading = QApplication::font();
    reading.setPointSizeF((reading.pointSizeF() > 0 ? reading.pointSizeF() : 10.0) * 1.2);
    m_before->setFont(reading);
    m_after->setFont(reading);
    m_applyingFont = false;
}

void BeforeAfterView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange
               || event->type() == QEvent::ApplicationPaletteChange) {
        retranslate(); // the legend and the highlights carry the palette's colours
    } else if (event->type() == QEvent::FontChange && !m_applyingFont) {
        applyReadingFont();
    }
    QWidget::changeEvent(event);
}
