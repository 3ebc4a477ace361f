#include "ui/OneTimeKeyWidget.h"

#include "models/SafeText.h"
#include "services/core/FilePermissions.h"
#include "ui/ClipboardGuard.h"
#include "ui/Dialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OrgConsole {

namespace {
QFont monospace()
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    return mono;
}

QTableWidget *keyTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 3, parent);
    table->setObjectName(QStringLiteral("keyTable"));
    table->setAccessibleName(OneTimeKeyWidget::tr("API keys"));
    table->setHorizontalHeaderLabels({OneTimeKeyWidget::tr("Organization"), OneTimeKeyWidget::tr("Key"), QString()});
    table->setTabKeyNavigation(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    return table;
}
} // namespace

OneTimeKeyWidget::OneTimeKeyWidget(ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("oneTimeKey"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setReadOnly(true);
    m_key->setFont(monospace());
    m_table = keyTable(this);
    m_table->hide();
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyKeyButton"));
    m_copy->setAccessibleName(tr("Copy the key to the clipboard"));
    m_copy->setAutoDefault(false); // Enter closes the dialog once the key is stored; it does not copy again
    m_save = new QPushButton(tr("Save keys to &file…"), this);
    m_save->setObjectName(QStringLiteral("saveKeysButton"));
    m_save->setAutoDefault(false);
    m_save->setToolTip(tr("A CSV file (organization, key) that only you can read"));
    m_save->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("copyStatus"));
    m_status->setWordWrap(true);
    m_stored = new QCheckBox(tr("I have &stored the key"), this);
    m_stored->setObjectName(QStringLiteral("keyStoredCheck"));

    // Every way to copy goes through the guard: the field's own Copy would leave the key on the
    // clipboard for good, so its context menu is replaced and Ctrl+C is caught (eventFilter).
    auto *copyAction = new QAction(tr("&Copy key"), this);
    connect(copyAction, &QAction::triggered, this, &OneTimeKeyWidget::copy);
    for (QWidget *field : {static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_table)}) {
        field->setContextMenuPolicy(Qt::ActionsContextMenu);
        field->addAction(copyAction);
        field->installEventFilter(this);
    }

    auto *fields = new QVBoxLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addWidget(m_key, 0, Qt::AlignTop);
    fields->addWidget(m_table);
    auto *buttons = new QVBoxLayout;
    buttons->setAlignment(Qt::AlignTop);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(fields, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_stored);

    connect(m_copy, &QPushButton::clicked, this, &OneTimeKeyWidget::copy);
    connect(m_save, &QPushButton::clicked, this, &OneTimeKeyWidget::saveKeys);
    if (QGuiApplication::clipboard()->supportsSelection())
        connect(QGuiApplication::clipboard(), &QClipboard::selectionChanged, this, &OneTimeKeyWidget::dropFromPrimarySelection);
    connect(m_stored, &QCheckBox::toggled, this, &OneTimeKeyWidget::storedChanged);
    connect(m_clipboard, &ClipboardGuard::cleared, this, [this] {
        if (!m_status->text().isEmpty())
            m_status->setText(tr("The clipboard was cleared."));
    });
}

OneTimeKeyWidget::~OneTimeKeyWidget()
{
    clear();
}

void OneTimeKeyWidget::setKey(const QString &key)
{
    m_table->setRowCount(0);
    m_table->hide();
    m_key->setText(key);
    m_key->setCursorPosition(0); // its start in view, not its end
    m_key->setMinimumWidth(std::min(640, m_key->fontMetrics().horizontalAdvance(key) + 24));
    m_key->show();
    m_save->hide();
    m_copy->show();
    m_copy->setText(tr("&Copy"));
    m_stored->setText(tr("I have &stored the key"));
    m_status->clear();
}

void OneTimeKeyWidget::setKeys(const QList<NamedKey> &keys)
{
    if (keys.size() == 1)
        return setKey(keys.first().key);
    m_key->clear();
    m_key->hide();
    m_table->setRowCount(int(keys.size()));
    for (int i = 0; i < keys.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(keys.at(i).name));
        auto *item = new QTableWidgetItem(keys.at(i).key);
        item->setFont(monospace());
        m_table->setItem(i, 1, item);
        auto *copyRowButton = new QPushButton(tr("Copy"), m_table); // one per row; no mnemonic to share
        copyRowButton->setObjectName(QStringLiteral("copyRowButton"));
        copyRowButton->setAccessibleName(tr("Copy the key of %1").arg(keys.at(i).name));
        copyRowButton->setAutoDefault(false);
        connect(copyRowButton, &QPushButton::clicked, this, [this, i] { copyRow(i); });
        m_table->setCellWidget(i, 2, copyRowButton);
    }
    m_table->setCurrentCell(0, 1);
    m_table->show();
    m_copy->hide(); // each row has its own
    m_save->show();
    m_stored->setText(tr("I have &stored the keys"));
    m_status->clear();
}

void OneTimeKeyWidget::clear()
{
    m_key->clear();
    m_table->setRowCount(0);
    m_stored->setChecked(false);
}

bool OneTimeKeyWidget::isStored() const
{
    return m_stored->isChecked();
}

bool OneTimeKeyWidget::eventFilter(QObject *watched, QEvent *event)
{
    const bool field = watched == m_key || watched == m_table;
    if (field && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        // Accepting the override keeps a window-wide Ctrl+C from taking the key press.
        if (event->type() == QEvent::KeyPress)
            copy();
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString OneTimeKeyWidget::currentKey() const
{
    if (!m_table->isHidden()) {
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : 0;
        const QTableWidgetItem *item = m_table->item(row, 1);
        return item ? item->text() : QString();
    }
    return m_key->text();
}

QList<NamedKey> OneTimeKeyWidget::shownKeys() const
{
    QList<NamedKey> keys;
    if (!m_key->text().isEmpty())
        keys.append({QString(), m_key->text()});
    for (int i = 0; i < m_table->rowCount(); ++i)
        keys.append({m_table->item(i, 0)->text(), m_table->item(i, 1)->text()});
    return keys;
}

void OneTimeKeyWidget::dropFromPrimarySelection()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QString selected = clipboard->text(QClipboard::Selection);
    if (selected.size() < 4)
        return;
    const QList<NamedKey> keys = shownKeys();
    for (const NamedKey &k : keys) {
        if (k.key.contains(selected)) {
            clipboard->clear(QClipboard::Selection);
            return;
        }
    }
}

void OneTimeKeyWidget::copyRow(int row)
{
    m_table->setCurrentCell(row, 1);
    copy();
}

QString OneTimeKeyWidget::saveKeysTo(const QString &path)
{
    QByteArray csv = "organization,key\r\n";
    const QList<NamedKey> keys = shownKeys();
    for (const NamedKey &k : keys)
        csv += (csvCell(k.name) + QLatin1Char(',') + csvCell(k.key) + QStringLiteral("\r\n")).toUtf8();
    const QString error = writePrivateFile(path, csv);
    m_status->setText(error.isEmpty() ? tr("Saved %n key(s) to %1 (readable only by you). Delete the file once the keys "
                                           "are handed over.",
                                           nullptr, int(keys.size()))
                                            .arg(path)
                                      : error);
    return error;
}

void OneTimeKeyWidget::saveKeys()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save keys"), saveFolder() + QStringLiteral("/keys.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        saveKeysTo(path);
}

void OneTimeKeyWidget::copy()
{
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    m_clipboard->copySecret(key);
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_clipboard->interval()).count();
    m_status->setText(tr("Copied. The clipboard is cleared in %n second(s).", nullptr, int(seconds)));
}

} // namespace OrgConsole
