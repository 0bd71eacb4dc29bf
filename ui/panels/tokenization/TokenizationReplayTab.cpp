// The Merge replay tab of the Tokenization panel (see TokenizationReplayTab.h).
#include "TokenizationReplayTab.h"

#include "TokenDisplay.h"
#include "TokenizationUi.h"
#include "TokenizerCatalog.h"
#include "panels/TokenizationPanel.h"
#include "tokenize/ByteLevelAlphabet.h"
#include "tokenize/ByteLevelBpe.h"
#include "tokenize/MergeReplay.h"
#include "tokenize/WordPiece.h"
#include "widgets/TokenStrip.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

TokenizationReplayTab::TokenizationReplayTab(TokenizerCatalog& catalog, std::function<QString()> text,
                                             QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_text(std::move(text))
{
    setObjectName(QStringLiteral("replayTab"));
    m_combo = TokenizationUi::makeTokenizerCombo(QStringLiteral("replayCombo"), this);
    m_playButton = new QPushButton(this);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setCheckable(true);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setRange(0, 0);
    m_spin = new QSpinBox(this);
    m_spin->setObjectName(QStringLiteral("replaySpin"));
    m_spin->setRange(0, 0);
    m_spin->setGroupSeparatorShown(true);
    connect(m_slider, &QSlider::valueChanged, m_spin, &QSpinBox::setValue);
    connect(m_spin, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_slider, &QSlider::valueChanged, this, &TokenizationReplayTab::updateStep);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &TokenizationReplayTab::updateReplay);
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(120);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (m_slider->value() >= m_slider->maximum()) {
            m_playButton->setChecked(false);
            togglePlay();
            return;
        }
        // About 15 seconds from characters to the full vocabulary, whatever its size.
        const int step = std::max(1, m_slider->maximum() / 120);
        m_slider->setValue(std::min(m_slider->maximum(), m_slider->value() + step));
    });
    connect(m_playButton, &QPushButton::clicked, this, &TokenizationReplayTab::togglePlay);

    m_mergeLabel = new QLabel(this);
    m_mergeLabel->setObjectName(QStringLiteral("mergeLabel"));
    QFont mergeFont = font();
    mergeFont.setPointSizeF(mergeFont.pointSizeF() * 1.4);
    mergeFont.setBold(true);
    m_mergeLabel->setFont(mergeFont);
    m_mergeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("replayCount"));
    m_strip = new TokenStrip(this);
    m_strip->setObjectName(QStringLiteral("replayStrip"));
    QFont stripFont = m_strip->font();
    stripFont.setPointSizeF(stripFont.pointSizeF() * 1.5);
    m_strip->setFont(stripFont);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_combo);
    bar->addWidget(m_playButton);
    bar->addWidget(m_slider, 1);
    bar->addWidget(m_spin);
    auto* stripScroll = new QScrollArea(this);
    stripScroll->setWidget(m_strip);
    stripScroll->setWidgetResizable(true);
    stripScroll->setFrameShape(QFrame::NoFrame);
    stripScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addSpacing(6);
    layout->addWidget(m_mergeLabel);
    layout->addWidget(m_count);
    layout->addWidget(stripScroll, 1);
    layout->addWidget(m_hint);
}

TokenizationReplayTab::~TokenizationReplayTab() = default;

void TokenizationReplayTab::retranslate()
{
    togglePlay(); // sets the play button's text and icon for its state
    m_combo->setToolTip(TokenizationPanel::tr("A BPE or WordPiece tokenizer trained in this session"));
    m_slider->setToolTip(TokenizationPanel::tr("Number of merges applied: 0 is bytes or characters, "
                                               "the end is the whole vocabulary"));
    m_hint->setText(TokenizationPanel::tr("Drag the slider or press Play: BPE starts from single bytes "
                                          "and applies its merges in the order it learnt them; the "
                                          "text's tokens grow from characters into subwords and whole "
                                          "words."));
}

void TokenizationReplayTab::rebuildCombo()
{
    if (m_catalog.fillCombo(m_combo, true) || !m_replay)
        updateReplay();
}

void TokenizationReplayTab::replayTokenizer(const QString& key)
{
    TokenizationUi::selectData(m_combo, key);
}

void TokenizationReplayTab::updateReplay()
{
    const QString key = m_combo->currentData().toString();
    m_replay.reset();
    m_replayKey = key;
    auto tokenizer = m_catalog.tokenizerFor(key);
    try {
        if (auto bpe = std::dynamic_pointer_cast<const lengua::ByteLevelBpe>(tokenizer)) {
            m_replay = std::make_shared<lengua::MergeReplay>(bpe);
        } else if (auto wordPiece = std::dynamic_pointer_cast<const lengua::WordPiece>(tokenizer)) {
            if (const TokenizerCatalog::Extras* extras = m_catalog.extrasFor(key))
                m_replay = std::make_shared<lengua::MergeReplay>(wordPiece, extras->wordPieceMerges);
        }
    } catch (const std::exception& error) {
        m_mergeLabel->setText(QString::fromStdString(error.what()));
    }
    const int merges = m_replay ? int(m_replay->mergeCount()) : 0;
    {
        const QSignalBlocker a(m_slider), b(m_spin);
        m_slider->setRange(0, merges);
        m_spin->setRange(0, merges);
        m_slider->setValue(merges);
        m_spin->setValue(merges);
        m_spin->setSuffix(TokenizationPanel::tr(" of %1").arg(TokenizationUi::number(std::uint64_t(merges))));
    }
    m_slider->setPageStep(std::max(1, merges / 20));
    m_playButton->setEnabled(m_replay != nullptr);
    m_slider->setEnabled(m_replay != nullptr);
    m_spin->setEnabled(m_replay != nullptr);
    updateStep();
}

void TokenizationReplayTab::updateStep()
{
    using TokenizationUi::number;
    if (!m_replay) {
        m_strip->setTokens({});
        m_count->clear();
        m_mergeLabel->setText(m_combo->count() == 0
                                  ? TokenizationPanel::tr("Train a BPE or WordPiece tokenizer to replay "
                                                          "its merges.")
                                  : QString());
        return;
    }
    const auto k = std::size_t(m_slider->value());
    const QString text = m_text();
    const std::string utf8 = text.toStdString();
    const lengua::Encoding encoding = m_replay->encode(utf8, k);
    const lengua::Tokenizer& tokenizer = m_replay->tokenizer();
    const TokenizerCatalog::Extras* extras = m_catalog.extrasFor(m_replayKey);
    m_strip->setTokens(TokenDisplay::chips(tokenizer, encoding, extras ? &extras->counts : nullptr, utf8));
    const bool bpe = tokenizer.kind() == "bpe";
    auto shown = [bpe](const std::string& token) {
        if (!bpe)
            return QString::fromStdString(token);
        const auto bytes = lengua::ByteLevelAlphabet::decode(token);
        return bytes ? TokenDisplay::visible(*bytes) : QString::fromStdString(token);
    };
    if (k == 0) {
        m_mergeLabel->setText(bpe ? TokenizationPanel::tr("No merges yet: one token per byte")
                                  : TokenizationPanel::tr("No merges yet: one token per character"));
    } else {
        const lengua::MergeReplay::Step& step = m_replay->step(k - 1);
        m_mergeLabel->setText(TokenizationPanel::tr("Merge %1: “%2” + “%3” → “%4”")
                                  .arg(number(k), shown(step.left), shown(step.right), shown(step.merged)));
    }
    const qsizetype characters = text.toUcs4().size();
    const int count = int(encoding.size());
    m_count->setText(TokenizationPanel::tr("After %1 of %2 merges: %Ln token(s)", nullptr, count)
                         .arg(number(k), number(m_replay->mergeCount()))
                     + TokenizationUi::charactersPerToken(characters, count));
}

void TokenizationReplayTab::togglePlay()
{
    if (m_playButton->isChecked()) {
        if (m_slider->value() >= m_slider->maximum())
            m_slider->setValue(0);
        m_playTimer->start();
        m_playButton->setText(TokenizationPanel::tr("Pause"));
        m_playButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause"),
                                               style()->standardIcon(QStyle::SP_MediaPause)));
    } else {
        m_playTimer->stop();
        m_playButton->setText(TokenizationPanel::tr("Play"));
        m_playButton->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                               style()->standardIcon(QStyle::SP_MediaPlay)));
    }
}
