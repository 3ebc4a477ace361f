#include "ui/BudgetDoctorDialog.h"

#include "services/core/AppContext.h"
#include "ui/Dialogs.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OrgConsole {

namespace {
enum Column { SeverityColumn, OrganizationColumn, SubjectColumn, FindingColumn, FixColumn };
constexpr int kIndexRole = Qt::UserRole; // the finding's index; -1 for an organization not read

QString severityWord(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return BudgetDoctorDialog::tr("Error");
    case FindingSeverity::Warning:
        return BudgetDoctorDialog::tr("Warning");
    case FindingSeverity::Info:
        break;
    }
    return BudgetDoctorDialog::tr("Information");
}

QStyle::StandardPixmap severityIcon(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStyle::SP_MessageBoxCritical;
    case FindingSeverity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case FindingSeverity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}
} // namespace

BudgetDoctorDialog::BudgetDoctorDialog(AppContext *context, ClipboardGuard *clipboard, const QString &organizationId,
                                       const QString &organizationName, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_clipboard(clipboard)
    , m_organizationId(organizationId)
    , m_doctor(context->newBudgetDoctor())
{
    setObjectName(QStringLiteral("budgetDoctorDialog"));
    setWindowTitle(organizationId.isEmpty() ? tr("Budget doctor") : tr("Budget doctor — %1").arg(organizationName));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doctorSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("doctorProgress"));
    m_cancel = new QPushButton(tr("&Cancel check"), this);
    m_cancel->setObjectName(QStringLiteral("doctorCancel"));
    m_recheck = new QPushButton(tr("Check &again"), this);
    m_recheck->setObjectName(QStringLiteral("doctorRecheck"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("doctorFindings"));
    m_list->setHeaderLabels({tr("Severity"), tr("Organization"), tr("About"), tr("Finding"), tr("Fix")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Findings"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(FindingColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("doctorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_recheck, QDialogButtonBox::ActionRole);
    auto *top = new QHBoxLayout; // while checking only
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(1000, 540);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_doctor->cancel(); });
    connect(m_recheck, &QPushButton::clicked, this, &BudgetDoctorDialog::runCheck);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BudgetDoctorDialog::showSelected);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { fixFinding(item->data(0, kIndexRole).toInt()); });
    runCheck();
}

BudgetDoctorDialog::~BudgetDoctorDialog() = default;

void BudgetDoctorDialog::runCheck()
{
    if (m_busy)
        return;
    m_busy = true;
    m_list->clear();
    m_findings.clear();
    m_fixed.clear();
    m_details->clear();
    m_summary->setText(m_organizationId.isEmpty() ? tr("Checking every organization's budgets…")
                                                  : tr("Checking this organization's budgets…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_recheck->setEnabled(false);
    m_doctor->check(
        m_organizationId,
        [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_progress->setFormat(tr("%1 of %2 organizations").arg(done).arg(total));
        },
        [this](DoctorReport report) { showReport(report); });
}

void BudgetDoctorDialog::showReport(const DoctorReport &report)
{
    m_busy = false;
    m_progress->hide();
    m_cancel->hide();
    m_recheck->setEnabled(true);
    if (report.error.isError()) {
        m_summary->setText(tr("The check could not run: %1").arg(report.error.message));
        return emit checked();
    }
    m_findings = report.findings;
    m_fixed = QList<bool>(m_findings.size(), false);
    for (int i = 0; i < m_findings.size(); ++i)
        addFinding(i, m_findings.at(i));
    for (const DoctorUnreadable &u : report.unreadable)
        addUnreadable(u);
    const QString organizations = tr("%Ln organization(s)", nullptr, report.organizationsChecked);
    QString text = report.findings.isEmpty()
        ? tr("No problems found in %1.").arg(organizations)
        : tr("%1 checked: %2, %3, %4 for information.")
              .arg(organizations, tr("%Ln error(s)", nullptr, report.count(FindingSeverity::Error)),
                   tr("%Ln warning(s)", nullptr, report.count(FindingSeverity::Warning)),
                   QLocale().toString(report.count(FindingSeverity::Info)));
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled before every organization was checked.");
    if (!report.unreadable.isEmpty())
        text += QLatin1Char(' ') + tr("Not read: %1 (see the list).").arg(report.unreadable.size());
    m_summary->setText(text);
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
    }
    emit checked();
}

void BudgetDoctorDialog::addFinding(int index, const DoctorFinding &f)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setIcon(SeverityColumn, style()->standardIcon(severityIcon(f.severity)));
    item->setText(SeverityColumn, severityWord(f.severity));
    item->setText(OrganizationColumn, f.organizationName);
    item->setText(SubjectColumn, f.subject == FindingSubject::Organization ? tr("team") : f.subjectLabel);
    item->setToolTip(SubjectColumn, f.subjectName);
    item->setText(FindingColumn, f.explanation);
    item->setToolTip(FindingColumn, QStringLiteral("%1: %2").arg(f.code, f.explanation));
    item->setData(0, kIndexRole, index);
    if (!f.fixable()) {
        item->setText(FixColumn, tr("none safe"));
        return;
    }
    auto *fix = new QPushButton(tr("Fix…"), m_list);
    fix->setObjectName(QStringLiteral("fixButton%1").arg(index));
    fix->setToolTip(f.fix.description);
    fix->setAccessibleName(tr("Fix: %1").arg(f.fix.description));
    m_list->setItemWidget(item, FixColumn, fix);
    connect(fix, &QPushButton::clicked, this, [this, index] { fixFinding(index); });
}

void BudgetDoctorDialog::addUnreadable(const DoctorUnreadable &u)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setIcon(SeverityColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setText(SeverityColumn, tr("Not checked"));
    item->setText(OrganizationColumn, u.organizationName);
    item->setText(SubjectColumn, tr("team"));
    item->setText(FindingColumn, tr("Could not be read: %1").arg(u.error.message));
    item->setData(0, kIndexRole, -1);
}

void BudgetDoctorDialog::showSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int index = item ? item->data(0, kIndexRole).toInt() : -1;
    if (index < 0 || index >= m_findings.size())
        return m_details->setText(item ? item->text(FindingColumn) : QString());
    const DoctorFinding &f = m_findings.at(index);
    QString text = QStringLiteral("%1 (%2)\n%3").arg(severityWord(f.severity), f.code, f.explanation);
    if (m_fixed.value(index))
        text += QLatin1Char('\n') + tr("Fixed: %1").arg(f.fix.description);
    else if (f.fixable())
        text += QLatin1Char('\n') + tr("Fix (Enter or the Fix button): %1").arg(f.fix.description);
    else
        text += QLatin1Char('\n') + tr("No safe fix: this is for a person to decide.");
    m_details->setText(text);
}

void BudgetDoctorDialog::fixFinding(int index)
{
    if (index < 0 || index >= m_findings.size() || m_fixed.value(index) || m_busy)
        return;
    const DoctorFinding &f = m_findings.at(index);
    if (!f.fixable())
        return;
    if (!confirm(this, tr("Fix: %1").arg(f.code), tr("%1\n\nApply this fix?").arg(f.fix.description)))
        return;
    m_busy = true;
    if (auto *button = m_list->findChild<QPushButton *>(QStringLiteral("fixButton%1").arg(index)))
        button->setEnabled(false);
    m_summary->setText(tr("Fixing: %1").arg(f.fix.description));
    // The operation outlives a dialog closed meanwhile: its answer then goes nowhere.
    m_doctor->applyFix(f, [self = QPointer(this), index](FixOutcome outcome) {
        if (self)
            self->fixApplied(index, outcome);
    });
}

void BudgetDoctorDialog::fixApplied(int index, const FixOutcome &outcome)
{
    m_busy = false;
    const DoctorFinding &f = m_findings.at(index);
    auto *button = m_list->findChild<QPushButton *>(QStringLiteral("fixButton%1").arg(index));
    if (!outcome.ok) {
        if (button)
            button->setEnabled(true);
        m_summary->setText(tr("The fix failed: %1").arg(outcome.error.message));
        return showError(this, tr("Fix failed"), outcome.error.message);
    }
    m_fixed[index] = true;
    if (button) {
        button->setText(tr("Fixed"));
        button->setEnabled(false);
    }
    m_summary->setText(tr("Fixed: %1 Check again to see the budgets as they are now.").arg(f.fix.description));
    showSelected();
    emit changed();
    if (!outcome.rawKey.isEmpty()) {
        auto *keys = new ShowKeyDialog(f.subjectLabel, {{f.subjectLabel, outcome.rawKey}}, m_clipboard, this);
        keys->setAttribute(Qt::WA_DeleteOnClose);
        keys->open();
    }
}

} // namespace OrgConsole
