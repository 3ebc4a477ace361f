// ImportDialog for a member file: members added to existing organizations, as `orgctl member import`
// adds them (BulkMemberImport: the whole file checked against the database first, bounded
// concurrency, a re-run skips who is a member already). Keys shown once at the end.
#include "models/Money.h"
#include "models/SafeText.h"
#include "services/core/AppContext.h"
#include "services/provisioning/BulkMemberImport.h"
#include "ui/Colors.h"
#include "ui/Dialogs.h"
#include "ui/ImportDialog.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace OrgConsole {

namespace {

// The preview row that shows the file's `line`, or -1.
int rowOfLine(const QTableWidget *preview, int line)
{
    for (int r = 0; r < preview->rowCount(); ++r) {
        if (preview->item(r, 0) && preview->item(r, 0)->text() == QString::number(line))
            return r;
    }
    return -1;
}
} // namespace

void ImportDialog::loadMemberFile(const QByteArray &content)
{
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Organization"), tr("User"), tr("Budget"), tr("Result")});
    m_memberPlan = parseMemberCsv(content);
    QMap<int, int> lines; // line -> plan row (>= 0) or problem (< 0: -1 - index)
    for (int i = 0; i < m_memberPlan.rows.size(); ++i)
        lines.insert(m_memberPlan.rows.at(i).line, i);
    for (int i = 0; i < m_memberPlan.problems.size(); ++i)
        lines.insert(m_memberPlan.problems.at(i).line, -1 - i);
    showPreview(lines, m_memberPlan.problems, [this](int i) {
        const NewMember &m = m_memberPlan.rows.at(i).member;
        return QStringList {m.organization, m.userId, m.maxBudget ? formatUsd(m.maxBudget) : tr("the organization's")};
    });
    m_progress->setRange(0, int(m_memberPlan.rows.size()));
    checkMembers();
}

// Planned only, never run: which rows are ready, which are members already, and what the database
// refuses (an unknown organization, a budget above the organization's), each on its line.
void ImportDialog::checkMembers()
{
    auto *check = m_context->newBulkMemberImport(this).release();
    m_status->setText(tr("Checking the organizations and members against the database…"));
    check->plan(m_memberPlan.rows, [this, check](QList<CsvProblem> problems, OperationError error) {
        check->deleteLater();
        if (error.isError())
            return m_status->setText(error.message);
        for (const CsvProblem &p : std::as_const(problems)) {
            if (const int row = rowOfLine(m_preview, p.line); row >= 0) {
                m_preview->item(row, 4)->setText(tr("problem: %1").arg(printable(p.message)));
                m_preview->item(row, 4)->setForeground(Colors::problem());
            }
        }
        int ready = 0;
        int skipped = 0;
        for (int i = 0; i < check->rows().size(); ++i) {
            QTableWidgetItem *result = m_preview->item(m_previewRow.at(i), 4);
            if (result->text().startsWith(tr("problem: ")))
                continue;
            const bool member = check->rows().at(i).state == BulkMemberRow::State::Skipped;
            result->setText(member ? tr("a member already: will be skipped") : tr("ready"));
            ++(member ? skipped : ready);
        }
        const qsizetype problemCount = problems.size() + m_memberPlan.problems.size();
        if (problemCount > 0)
            return m_status->setText(
                tr("Nothing will be added until the %n problem(s) shown in the list are fixed.", nullptr, int(problemCount)));
        m_status->setText(tr("%n member(s) ready to add", nullptr, ready)
                          + tr(", %n already there (skipped).", nullptr, skipped));
        m_runButton->setEnabled(ready > 0);
    });
}

void ImportDialog::showMemberResult(int index)
{
    const BulkMemberRow &row = m_memberBulk->rows().at(index);
    QTableWidgetItem *result = m_preview->item(m_previewRow.at(index), 4);
    switch (row.state) {
    case BulkMemberRow::State::Pending:
        result->setText(tr("running…"));
        break;
    case BulkMemberRow::State::Skipped:
        result->setText(tr("skipped: %1").arg(printable(row.detail)));
        break;
    case BulkMemberRow::State::Added:
        result->setText(tr("added, key %1").arg(printable(row.keyName)));
        break;
    case BulkMemberRow::State::Failed:
        result->setText(tr("failed: %1").arg(printable(row.detail)));
        result->setForeground(Colors::problem());
        break;
    }
    m_progress->setValue(int(m_memberBulk->rows().size()) - m_memberBulk->count(BulkMemberRow::State::Pending));
}

void ImportDialog::runMembers()
{
    m_runButton->setEnabled(false);
    m_keys.clear();
    m_memberBulk = m_context->newBulkMemberImport(this).release(); // a child of this dialog
    connect(m_memberBulk, &BulkMemberImport::rowStarted, this, &ImportDialog::showMemberResult);
    connect(m_memberBulk, &BulkMemberImport::rowFinished, this, [this](int index, const AddMemberResult &r) {
        if (r.ok)
            m_keys.append({tr("%1 in %2").arg(r.member.userId, r.organization.name), r.rawKey});
        showMemberResult(index);
    });
    connect(m_memberBulk, &BulkMemberImport::finished, this, [this] {
        for (int i = 0; i < m_memberBulk->rows().size(); ++i)
            showMemberResult(i);
        m_status->setText(tr("Done: %1 added, %2 failed, %3 skipped (members already). Failures were cleaned up.")
                              .arg(m_memberBulk->count(BulkMemberRow::State::Added))
                              .arg(m_memberBulk->count(BulkMemberRow::State::Failed))
                              .arg(m_memberBulk->count(BulkMemberRow::State::Skipped)));
        if (!m_keys.isEmpty()) {
            ShowKeyDialog dialog(tr("%n added member(s)", nullptr, int(m_keys.size())), m_keys, m_clipboard, this);
            dialog.exec();
            m_keys.clear();
        }
        emit imported();
    });
    m_memberBulk->plan(m_memberPlan.rows, [this](QList<CsvProblem> problems, OperationError error) {
        if (error.isError() || !problems.isEmpty()) {
            m_runButton->setEnabled(true);
            return showError(this, tr("Bulk import"), error.isError() ? error.message : problems.first().message);
        }
        m_memberBulk->run(m_jobs->value());
    });
}

} // namespace OrgConsole
