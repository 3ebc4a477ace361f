#pragma once

#include <QDialog>

namespace OrgConsole {

class AppContext;

// Help > About OrgConsole: the version, the Qt version running, the licence (LICENSE, bundled),
// the proxy profile and the database in use, with Copy for a support request. Never a secret:
// no master key, no database password (DatabaseLocation::displayUrl leaves it out).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(AppContext *context, QWidget *parent = nullptr);
    // What Copy puts on the clipboard: one fact a line, in plain text.
    QString supportText() const { return m_support; }
    // The bundled LICENSE.
    static QString licenceText();

private:
    QString m_support;
};

} // namespace OrgConsole
