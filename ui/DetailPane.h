#pragma once

#include "models/Organization.h"
#include "services/litellm/LiteLlmTypes.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace OrgConsole {

class AppContext;
class ClipboardGuard;
class MembersPanel;

// Everything about the selected organization: budget gauge, spend over time, key, owner,
// contact, audit history, and the actions on it.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    DetailPane(AppContext *context, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    void showOrganization(const Organization *organization);
    QString organizationId() const { return m_org.id; }

signals:
    void organizationChanged(const OrgConsole::Organization &organization);
    void organizationDeleted(const QString &id);
    void message(const QString &text);

private:
    void buildActions();
    void buildLayout();
    void loadAudit();
    void loadKey();
    void loadChart();
    void changeBudget();
    void rotateKey();
    void toggleBlocked();
    void deleteOrganization();
    void setBusy(bool busy);

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    Organization m_org;
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_gauge;
    QLabel *m_budgetText;
    QLabel *m_keyText;
    QLabel *m_people;
    QComboBox *m_range;
    QChartView *m_chart;
    QTreeWidget *m_audit;
    QPushButton *m_budgetButton;
    QPushButton *m_rotateButton;
    QPushButton *m_blockButton;
    QPushButton *m_deleteButton;
    MembersPanel *m_members;
    quint64 m_generation = 0;
};

} // namespace OrgConsole
