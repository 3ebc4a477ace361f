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
// the key" tick. Several keys are shown as a table, one row each with its own Copy, and can be
// saved to a private file.
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
    // Writes the keys shown (organization, key) as CSV to a file only the user can read (0600).
    // Returns the error in words, empty on success. "Save keys to file…" asks for the path.
    QString saveKeysTo(const QString &path);

signals:
    void storedChanged(bool stored);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString currentKey() const;
    QList<NamedKey> shownKeys() const;
    void copy();
    void copyRow(int row);
    void saveKeys();
    // A key selected with the mouse lands in the X11 primary selection, which no guard clears:
    // it is taken out of it at once.
    void dropFromPrimarySelection();

    ClipboardGuard *m_clipboard;
    QLineEdit *m_key;
    QTableWidget *m_table;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
    QCheckBox *m_stored;
};

} // namespace OrgConsole
