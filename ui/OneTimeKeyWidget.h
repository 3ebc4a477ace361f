#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace OrgConsole {

class ClipboardGuard;

// One key of several handed out at once (recovery, bulk import), with whose it is.
struct NamedKey {
    QString name;
    QString key;
};

// A key shown once: read-only and selectable in a monospace font, Copy (button, Ctrl+C, context
// menu; all through the ClipboardGuard so the clipboard is cleared again) and the "I have stored
// the key" tick. Several keys are shown as a table, one row each.
class OneTimeKeyWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OneTimeKeyWidget(ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~OneTimeKeyWidget() override;

    void setKey(const QString &key);
    void setKeys(const QList<NamedKey> &keys);
    // Takes the keys out of the widget and unticks; the clipboard is left to the guard.
    void clear();
    bool isStored() const;

signals:
    void storedChanged(bool stored);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString currentKey() const;
    void copy();

    ClipboardGuard *m_clipboard;
    QLineEdit *m_key;
    QTableWidget *m_table;
    QPushButton *m_copy;
    QLabel *m_status;
    QCheckBox *m_stored;
};

} // namespace OrgConsole
