#include "JobRow.h"

#include "JobHandle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {

QString formatElapsed(qint64 ms)
{
    if (ms < 10'000)
        return QStringLiteral("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

JobRow::JobRow(JobHandle* job, QWidget* parent)
    : QWidget(parent), m_job(job), m_title(new QLabel(this)), m_message(new QLabel(this)),
      m_elapsed(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this)), m_clock(new QTimer(this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(job->title());
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_message->setWordWrap(true);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_elapsed, 0, 1);
    layout->addWidget(m_cancel, 0, 2, 2, 1);
    layout->addWidget(m_progress, 1, 0, 1, 2);
    layout->addWidget(m_message, 2, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_cancel, &QToolButton::clicked, job, &JobHandle::cancel);
    connect(job, &JobHandle::progressChanged, this, &JobRow::refresh);
    connect(job, &JobHandle::finished, this, &JobRow::refresh);
    connect(m_clock, &QTimer::timeout, this, &JobRow::refresh);
    m_clock->start(250);
    retranslate();
}

void JobRow::retranslate()
{
    m_cancel->setToolTip(tr("Cancel this job"));
    refresh();
}

void JobRow::refresh()
{
    m_elapsed->setText(formatElapsed(m_job->elapsedMilliseconds()));
    const double fraction = m_job->fraction();
    if (fraction < 0 && !m_job->isFinished()) {
        m_progress->setRange(0, 0); // busy indicator when the total is unknown
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
    }
    switch (m_job->state()) {
    case JobHandle::State::Running:
        m_message->setText(m_job->message());
        break;
    case JobHandle::State::Succeeded:
        m_message->setText(tr("Finished in %1").arg(formatElapsed(m_job->elapsedMilliseconds())));
        break;
    case JobHandle::State::Cancelled:
        m_message->setText(tr("Cancelled"));
        break;
    case JobHandle::State::Failed:
        m_message->setText(tr("Failed: %1").arg(m_job->error()));
        m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
        break;
    }
    if (m_job->isFinished()) {
        m_clock->stop();
        m_cancel->setEnabled(false);
        m_cancel->hide();
    }
}
