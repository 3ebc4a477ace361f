#include "ui/ImportDialog.h"

#include "models/Money.h"
#include "models/SafeText.h"
#include "services/core/AppContext.h"
#include "services/provisioning/BulkCreation.h"
#include "services/provisioning/BulkMemberImport.h"
#include "ui/Colors.h"
#include "ui/Dialogs.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OrgConsole {

ImportDialog::ImportDialog(AppContext *context, ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Bulk import"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Choose CSV…"), this);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Owner"), tr("Budget"), tr("Result")});
    m_preview->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch); // the result, with its tooltip
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_status
        = new QLabel(tr("Organizations: name, owner, budget, duration, models (separated by ;), contact_name, contact_email. "
                        "Members: organization, user_id, email, budget, duration, models."),
                     this);
    m_status->setWordWrap(true);
    m_jobs = new QSpinBox(this);
    m_jobs->setObjectName(QStringLiteral("importJobs"));
    m_jobs->setAccessibleName(tr("Organizations created at once"));
    m_jobs->setRange(1, 32);
    m_jobs->setValue(4);
    m_jobs->setPrefix(tr("at once: "));
    m_progress = new QProgressBar(this);
    m_runButton = new QPushButton(tr("&Import"), this);
    m_runButton->setObjectName(QStringLiteral("importButton"));
    m_runButton->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_path, 1);
    top->addWidget(browse);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_jobs);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_runButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    layout->addWidget(buttons);
    resize(820, 520);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f
            = QFileDialog::getOpenFileName(this, tr("Organizations CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!f.isEmpty())
            loadFile(f);
    });
    connect(m_runButton, &QPushButton::clicked, this, [this] { m_memberFile ? runMembers() : run(); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if ((m_bulk && !m_bulk->isFinished()) || (m_memberBulk && !m_memberBulk->isFinished()))
            return showError(this, tr("Import running"), tr("Wait until the running organizations are finished."));
        reject();
    });
}

namespace {
QTableWidgetItem *cell(const QString &text, bool problem = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (problem)
        item->setForeground(Colors::problem());
    return item;
}
} // namespace

// Every line of the file in the preview: the good rows, and the bad ones with their problem (the
// whole file is refused while there is one). The good rows are then checked against the database:
// a name that exists is flagged before anything runs.
void ImportDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kCsvMaxFileBytes) {
        m_status->setText(tr("Cannot read %1.").arg(path));
        return;
    }
    const QByteArray content = f.readAll();
    m_memberFile = content.left(content.indexOf('\n')).toLower().contains("user_id");
    if (m_memberFile)
        return loadMemberFile(content);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Owner"), tr("Budget"), tr("Result")});
    m_plan = parseOnboardingCsv(content);
    QMap<int, int> lines; // line -> plan row (>= 0) or problem (< 0: -1 - index)
    for (int i = 0; i < m_plan.rows.size(); ++i)
        lines.insert(m_plan.rows.at(i).line, i);
    for (int i = 0; i < m_plan.problems.size(); ++i)
        lines.insert(m_plan.problems.at(i).line, -1 - i);
    showPreview(lines, m_plan.problems, [this](int i) {
        const NewOrganization &o = m_plan.rows.at(i).organization;
        return QStringList {o.name, o.ownerUserId, formatUsd(o.maxBudget)};
    });
    m_progress->setRange(0, int(m_plan.rows.size()));
    checkAgainstDatabase(); // also with problems: the conflicts are worth knowing while the file is fixed
}

// The file's lines in order: a planned row's columns, or the problem of a bad line in its place.
void ImportDialog::showPreview(const QMap<int, int> &lines, const QList<CsvProblem> &problems,
                               const std::function<QStringList(int)> &columns)
{
    m_preview->setRowCount(0);
    m_previewRow.clear();
    m_previewRow.resize(lines.size());
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, cell(QString::number(it.key())));
        if (it.value() < 0) {
            for (int c = 1; c < 4; ++c)
                m_preview->setItem(row, c, cell(QString()));
            m_preview->setItem(row, 4, cell(tr("problem: %1").arg(problems.at(-1 - it.value()).message), true));
            continue;
        }
        m_previewRow[it.value()] = row;
        const QStringList values = columns(it.value());
        for (int c = 0; c < 3; ++c)
            m_preview->setItem(row, c + 1, cell(values.value(c)));
        m_preview->setItem(row, 4, cell(tr("checking…")));
    }
    m_progress->setValue(0);
    m_runButton->setEnabled(false);
    for (int c = 0; c < 4; ++c)
        m_preview->resizeColumnToContents(c);
}

void ImportDialog::checkAgainstDatabase()
{
    auto *check = m_context->newBulkCreation(this).release(); // planned only, never run
    QList<NewOrganization> inputs;
    for (const CsvRow &r : std::as_const(m_plan.rows))
        inputs.append(r.organization);
    m_status->setText(tr("Checking the names against the database…"));
    check->plan(inputs, [this, check](OperationError error) {
        check->deleteLater();
        if (error.isError())
            return m_status->setText(error.message);
        int ready = 0;
        int skipped = 0;
        int conflicts = 0;
        for (int i = 0; i < check->rows().size(); ++i) {
            const BulkRow &row = check->rows().at(i);
            QTableWidgetItem *result = m_preview->item(m_previewRow.at(i), 4);
            if (row.state == BulkRow::State::Skipped) {
                result->setText(tr("exists already (same owner): will be skipped"));
                ++skipped;
            } else if (row.state == BulkRow::State::Failed) {
                result->setText(tr("conflict: %1").arg(printable(row.detail)));
                result->setForeground(Colors::problem());
                ++conflicts;
            } else {
                result->setText(tr("ready"));
                ++ready;
            }
            result->setToolTip(result->text());
        }
        if (!m_plan.problems.isEmpty())
            return m_status->setText(tr("Nothing will be created until the %n problem(s) shown in the list are fixed in the "
                                        "file.",
                                        nullptr, int(m_plan.problems.size())));
        m_status->setText(tr("%n organization(s) ready to import", nullptr, ready)
                          + tr(", %n already there (skipped)", nullptr, skipped)
                          + tr(", %n in conflict with the database (not created).", nullptr, conflicts));
        m_runButton->setEnabled(ready > 0);
    });
}

void ImportDialog::run()
{
    m_runButton->setEnabled(false);
    m_keys.clear();
    m_bulk = m_context->newBulkCreation(this).release(); // owned by this dialog as its QObject child
    QList<NewOrganization> inputs;
    for (const CsvRow &r : std::as_const(m_plan.rows))
        inputs.append(r.organization);
    // The key name and the details are the proxy's words: shown through printable() so a reply
    // cannot reorder the cell with a direction override or hide text behind control characters.
    auto setResult = [this](int index) {
        const BulkRow &row = m_bulk->rows().at(index);
        switch (row.state) {
        case BulkRow::State::Pending:
            m_preview->item(m_previewRow.at(index), 4)->setText(tr("running…"));
            break;
        case BulkRow::State::Skipped:
            m_preview->item(m_previewRow.at(index), 4)->setText(tr("skipped: %1").arg(printable(row.detail)));
            break;
        case BulkRow::State::Created:
            m_preview->item(m_previewRow.at(index), 4)->setText(tr("created, key %1").arg(printable(row.keyName)));
            break;
        case BulkRow::State::Failed:
            m_preview->item(m_previewRow.at(index), 4)->setText(tr("failed: %1").arg(printable(row.detail)));
            break;
        }
        m_progress->setValue(int(m_bulk->rows().size()) - m_bulk->count(BulkRow::State::Pending));
    };
    connect(m_bulk, &BulkCreation::rowStarted, this, setResult);
    connect(m_bulk, &BulkCreation::rowFinished, this, [this, setResult](int index, const CreateResult &r) {
        if (r.ok)
            m_keys.append({r.organization.name, r.rawKey});
        setResult(index);
    });
    connect(m_bulk, &BulkCreation::finished, this, [this, setResult] {
        for (int i = 0; i < m_bulk->rows().size(); ++i)
            setResult(i);
        m_status->setText(tr("Done: %1 created, %2 failed, %3 skipped (already created). Failures were cleaned up.")
                              .arg(m_bulk->count(BulkRow::State::Created))
                              .arg(m_bulk->count(BulkRow::State::Failed))
                              .arg(m_bulk->count(BulkRow::State::Skipped)));
        if (!m_keys.isEmpty()) {
            ShowKeyDialog dialog(tr("%n imported organization(s)", nullptr, int(m_keys.size())), m_keys, m_clipboard, this);
            dialog.exec();
            m_keys.clear();
        }
        emit imported();
    });
    m_bulk->plan(inputs, [this](OperationError error) {
        if (error.isError()) {
            m_runButton->setEnabled(true);
            return showError(this, tr("Bulk import"), error.message);
        }
        m_bulk->run(m_jobs->value());
    });
}

} // namespace OrgConsole
