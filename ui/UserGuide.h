#pragma once

#include <QDialog>
#include <QList>
#include <QLocale>
#include <QString>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace OrgConsole {

// The built-in user guide is the README's usage part, bundled as it is (:/doc/README.md) and cut
// into pages here: so the guide is the README of the build and cannot drift from it.
namespace UserGuide {
struct Page {
    QString title;
    int level = 2; // 2: a "##" section, 3: a "###" section inside the one before
    QString markdown; // the section's text, its heading included, images left out (offline)
};
// The README's first usage heading and the one the guide stops before.
inline constexpr const char *kFirstSection = "Using the console";
inline constexpr const char *kEndSection = "litellm-sim";
// The sections from "## Using the console" up to "## litellm-sim", one page per "##" or "###".
QList<Page> pages(const QString &readme);
// The German guide: docs/guide/de.md, the same sections as the README's usage part, in German;
// the whole file is the guide.
inline constexpr const char *kGermanGuide = ":/doc/docs/guide/de.md";
QList<Page> translatedPages(const QString &guide);
// The pages bundled in this build for `locale`: the German guide in German, else the README's.
QList<Page> bundledPages(const QLocale &locale);
// The pages in the console's language: German when the locale is German (--lang or the system's)
// and the German translation is installed, so the guide never speaks another language than the
// window around it.
QList<Page> bundledPages();
} // namespace UserGuide

// Help > User guide (F1): a table of contents, the page, and a search over every page (Enter
// finds the next match; the contents list only the pages that match). Works offline.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    // Shows the page titled `title`; false when there is none.
    bool showPage(const QString &title);
    QString currentTitle() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void findNext();
    void highlight();
    void pageChosen(QTreeWidgetItem *item);

    QList<UserGuide::Page> m_pages;
    QLineEdit *m_search;
    QLabel *m_matches;
    QTreeWidget *m_contents;
    QTextBrowser *m_page;
};

} // namespace OrgConsole
