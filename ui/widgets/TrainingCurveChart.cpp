// The training-loss charts' common part; see TrainingCurveChart.h.
#include "TrainingCurveChart.h"

#include "ChartStyle.h"
#include "ViewExporter.h"

#include <QContextMenuEvent>
#include <QLineSeries>
#include <QMenu>
#include <QStandardItemModel>
#include <QValueAxis>

#include <memory>

TrainingCurveChart::TrainingCurveChart(qreal fineCurveWidth, QWidget* parent)
    : QChartView(parent), m_fineCurveWidth(fineCurveWidth)
{
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    m_fine = new QLineSeries(chart);
    m_coarse = new QLineSeries(chart);
    m_coarse->setPointsVisible(true);
    chart->addSeries(m_fine);
    chart->addSeries(m_coarse);
    m_progressAxis = new QValueAxis(chart);
    chart->addAxis(m_progressAxis, Qt::AlignBottom);
}

void TrainingCurveChart::setLossAxis(QAbstractAxis* axis)
{
    m_lossAxis = axis;
    chart()->addAxis(axis, Qt::AlignLeft);
    for (QLineSeries* series : {m_fine, m_coarse}) {
        series->attachAxis(m_progressAxis);
        series->attachAxis(axis);
    }
    applyTheme();
}

void TrainingCurveChart::exportPicture()
{
    ViewExporter::exportPictureWithDialog(this, this);
}

void TrainingCurveChart::exportTable()
{
    const std::unique_ptr<QStandardItemModel> model(createTableModel(nullptr));
    ViewExporter::exportTableWithDialog(model.get(), this);
}

void TrainingCurveChart::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export picture (PNG, SVG)..."), this, &TrainingCurveChart::exportPicture);
    menu.addAction(tr("Export points (CSV)..."), this, &TrainingCurveChart::exportTable)
        ->setEnabled(hasPoints());
    menu.exec(event->globalPos());
}

void TrainingCurveChart::applyTheme()
{
    if (!m_lossAxis)
        return;
    m_applyingTheme = true;
    ChartStyle::applyTo(this);
    ChartStyle::styleAxis(m_progressAxis, palette());
    ChartStyle::styleAxis(m_lossAxis, palette());
    QPen fine(ChartStyle::primaryColour(palette()));
    fine.setWidthF(m_fineCurveWidth);
    m_fine->setPen(fine);
    QPen coarse(ChartStyle::secondaryColour(palette()));
    coarse.setWidthF(2.5);
    m_coarse->setPen(coarse);
    m_coarse->setBrush(ChartStyle::secondaryColour(palette()));
    m_applyingTheme = false;
}

void TrainingCurveChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if ((event->type() == QEvent::PaletteChange
              || event->type() == QEvent::ApplicationPaletteChange)
             && !m_applyingTheme)
        applyTheme();
    QChartView::changeEvent(event);
}
