#include "ui/SpendChartView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace OrgConsole {

namespace {
// A label stands under every n-th day only, as many as fit the width: a "dd MMM" label needs about
// 70 pixels. The axis is a value axis with labels at the bars' positions (0 .. days-1): a bar
// category axis would give every day a slot of its own and Qt cuts a label wider than its slot
// ("01 ...").
void labelDays(QCategoryAxis *axis, const QList<QDate> &days, int width)
{
    const auto old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const int maxLabels = std::max(2, (width - 80) / 70);
    const int every = std::max(1, int((days.size() + maxLabels - 1) / maxLabels));
    axis->setStartValue(-0.5);
    for (qsizetype i = 0; i < days.size(); i += every)
        axis->append(QLocale().toString(days.at(i), QStringLiteral("dd MMM")), double(i));
    axis->setRange(-0.5, double(days.size()) - 0.5);
}
} // namespace

SpendChartView::SpendChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
}

double SpendChartView::roundStep(double max, int maxTicks)
{
    if (!(max > 0))
        return 1.0;
    const double raw = max / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw - 1e-12)
            return m * magnitude;
    }
    return 10 * magnitude;
}

void SpendChartView::applyRoundAxis(QValueAxis *axis, double max, int maxTicks)
{
    const double step = roundStep(max, maxTicks);
    const int intervals = std::max(1, int(std::ceil(max / step - 1e-9)));
    axis->setRange(0, step * intervals);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(intervals + 1);
    axis->setLabelFormat(step >= 1 ? QStringLiteral("$%.0f") : QStringLiteral("$%.2f"));
}

void SpendChartView::clear(const QString &title)
{
    QChart *c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(title);
    m_days.clear();
    m_centsByModel.clear();
}

void SpendChartView::showDays(const QDate &from, const QDate &to, const QList<SpendFact> &facts, bool stackByModel,
                              std::optional<double> budgetPerDay, const QString &budgetLabel)
{
    const QString title = chart()->title();
    clear(title);
    QMap<QString, qsizetype> models;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        m_days.append(d);
        m_centsByModel.append(QMap<QString, qint64>());
    }
    for (const SpendFact &f : facts) {
        const qint64 index = from.daysTo(f.day);
        if (index < 0 || index >= m_days.size())
            continue;
        const QString model = stackByModel ? modelLabel(f.model) : tr("Spend");
        m_centsByModel[index][model] += centsFromMicros(f.micros);
        models.insert(model, 0);
    }
    auto *series = new QStackedBarSeries;
    double max = 0;
    for (auto m = models.cbegin(); m != models.cend(); ++m) {
        auto *set = new QBarSet(m.key());
        for (const auto &day : std::as_const(m_centsByModel))
            set->append(double(day.value(m.key())) / 100.0);
        series->append(set);
    }
    for (const auto &day : std::as_const(m_centsByModel)) {
        qint64 sum = 0;
        for (qint64 cents : day)
            sum += cents;
        max = std::max(max, double(sum) / 100.0);
    }
    series->setBarWidth(0.8);
    chart()->addSeries(series);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(false);
    labelDays(x, m_days, width());
    auto *y = new QValueAxis;
    applyRoundAxis(y, std::max(max, budgetPerDay.value_or(0.0)) * 1.05);
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (budgetPerDay) {
        auto *line = new QLineSeries;
        line->setName(budgetLabel);
        line->append(-0.5, *budgetPerDay);
        line->append(double(m_days.size()) - 0.5, *budgetPerDay);
        QPen pen(Qt::darkRed);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart()->legend()->setVisible(stackByModel || budgetPerDay);
    connect(series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *) { hovered(status, index); });
}

void SpendChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabelDays();
}

// Fewer day labels when narrow, so none is cut off.
void SpendChartView::relabelDays()
{
    if (m_days.isEmpty())
        return;
    const auto axes = chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (auto *days = qobject_cast<QCategoryAxis *>(axis))
            labelDays(days, m_days, width());
    }
}

QString SpendChartView::dayTooltip(int index) const
{
    if (index < 0 || index >= m_days.size())
        return {};
    const QMap<QString, qint64> &models = m_centsByModel.at(index);
    qint64 total = 0;
    QStringList lines;
    for (auto m = models.cbegin(); m != models.cend(); ++m) {
        total += m.value();
        lines.append(QStringLiteral("%1: $%2").arg(m.key(), centsShown(m.value())));
    }
    lines.prepend(tr("%1: $%2").arg(QLocale().toString(m_days.at(index), QLocale::LongFormat), centsShown(total)));
    return lines.join(QLatin1Char('\n'));
}

void SpendChartView::hovered(bool status, int index)
{
    if (status)
        QToolTip::showText(QCursor::pos(), dayTooltip(index), this);
    else
        QToolTip::hideText();
}

void SpendChartView::showTop(const QList<ReportLine> &lines, int top)
{
    const QString title = chart()->title();
    clear(title);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Spend (USD)"));
    QStringList labels;
    double max = 0;
    const qsizetype count = std::min<qsizetype>(top, lines.size());
    for (qsizetype i = count - 1; i >= 0; --i) { // the largest on top
        const ReportLine &l = lines.at(i);
        labels.append(l.keys.join(QStringLiteral(" / ")).left(40));
        set->append(double(l.cents()) / 100.0);
        max = std::max(max, double(l.cents()) / 100.0);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("$@value"));
    chart()->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    auto *x = new QValueAxis;
    applyRoundAxis(x, max * 1.1);
    chart()->addAxis(y, Qt::AlignLeft);
    chart()->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart()->legend()->hide();
}

} // namespace OrgConsole
