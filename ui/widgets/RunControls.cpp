#include "RunControls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

RunControls::RunControls(QWidget* parent) : QWidget(parent)
{
    m_runButton = new QPushButton(this);
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setEnabled(false);
    connect(m_runButton, &QPushButton::clicked, this, &RunControls::runRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &RunControls::cancelRequested);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton, 1);
    buttons->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    retranslate();
}

void RunControls::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    if (running)
        m_progress->setValue(0);
    updateButtons();
}

void RunControls::setCanRun(bool canRun)
{
    m_canRun = canRun;
    updateButtons();
}

void RunControls::setProgress(double fraction, const QString& message)
{
    m_progress->setValue(int(fraction * 1000.0));
    if (!message.isEmpty())
        m_status->setText(message.toHtmlEscaped());
}

void RunControls::setStatus(const QString& text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text) : text);
}

QString RunControls::statusText() const
{
    return m_status->text();
}

void RunControls::retranslate()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stops the running job"));
}

void RunControls::updateButtons()
{
    m_runButton->setEnabled(!m_running && m_canRun);
    m_cancelButton->setEnabled(m_running);
}
