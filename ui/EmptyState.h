#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace OrgConsole {

// What the organization list says when it shows nothing, and the button that does what it says:
// no organizations yet (create the first one, or in the sandbox load the demo data), or a filter
// that matches nothing (clear it). Lives on the list's viewport; MainWindow decides which.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);
    // No organization at all. `demoData`: offer "Load demo data" (the sandbox, once something
    // can load it); `sandbox`: say that nothing real is touched.
    void showNoOrganizations(bool sandbox, bool demoData);
    // `filter`: the text filter's words; `quickFilter`: the quick filter's name, empty while "All".
    void showNoMatch(const QString &filter, const QString &quickFilter);
    QString text() const;

signals:
    void createRequested();
    void demoDataRequested();
    void clearFilterRequested();

private:
    QLabel *m_text;
    QPushButton *m_create;
    QPushButton *m_demo;
    QPushButton *m_clear;
};

} // namespace OrgConsole
