#include "ui/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace OrgConsole {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyHint"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    // The buttons repeat what the keys do; no mnemonics of their own, so none clashes with the menus.
    m_create = new QPushButton(tr("Create your first organization (Ctrl+N)"), this);
    m_create->setObjectName(QStringLiteral("createFirstButton"));
    m_demo = new QPushButton(tr("Load demo data"), this);
    m_demo->setObjectName(QStringLiteral("loadDemoButton"));
    m_demo->setToolTip(tr("Fills the sandbox with example organizations, members and spend to practise on"));
    m_clear = new QPushButton(tr("Clear filter (Esc)"), this);
    m_clear->setObjectName(QStringLiteral("clearFilterButton"));
    connect(m_create, &QPushButton::clicked, this, &EmptyState::createRequested);
    connect(m_demo, &QPushButton::clicked, this, &EmptyState::demoDataRequested);
    connect(m_clear, &QPushButton::clicked, this, &EmptyState::clearFilterRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_create);
    buttons->addWidget(m_demo);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch();
}

void EmptyState::showNoOrganizations(bool sandbox, bool demoData)
{
    QString text = tr("No organizations yet.\nCreate your first organization (Ctrl+N), or import a CSV file (Ctrl+I).");
    if (sandbox)
        text += tr("\nThis is the sandbox: practise freely, nothing real is touched.");
    m_text->setText(text);
    m_create->show();
    m_demo->setVisible(demoData);
    m_clear->hide();
}

void EmptyState::showNoMatch(const QString &filter, const QString &quickFilter)
{
    if (quickFilter.isEmpty())
        m_text->setText(tr("No organization matches \"%1\".").arg(filter));
    else if (filter.isEmpty())
        m_text->setText(tr("No organization matches the quick filter \"%1\".").arg(quickFilter));
    else
        m_text->setText(tr("No organization matches \"%1\" with the quick filter \"%2\".").arg(filter, quickFilter));
    m_create->hide();
    m_demo->hide();
    m_clear->show();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace OrgConsole
