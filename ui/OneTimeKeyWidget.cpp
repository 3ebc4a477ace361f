#include "ui/OneTimeKeyWidget.h"

#include "ui/ClipboardGuard.h"

#include <QAction>
#include <QCheckBox>
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
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(QStringLiteral("keyTable"));
    table->setAccessibleName(OneTimeKeyWidget::tr("API keys"));
    table->setHorizontalHeaderLabels({OneTimeKeyWidget::tr("Organization"), OneTimeKeyWidget::tr("Key")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
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
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("copyStatus"));
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
    fields->addWidget(m_key);
    fields->addWidget(m_table);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(fields, 1);
    row->addWidget(m_copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_stored);

    connect(m_copy, &QPushButton::clicked, this, &OneTimeKeyWidget::copy);
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
    m_key->show();
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
    }
    m_table->setCurrentCell(0, 1);
    m_table->show();
    m_copy->setText(tr("&Copy selected key"));
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
