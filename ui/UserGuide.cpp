#include "ui/UserGuide.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OrgConsole {

namespace UserGuide {

namespace {
// A heading outside code blocks: its level (2 or 3) and title; level 0 for any other line.
std::pair<int, QString> heading(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^(#{2,3})\\s+(.+?)\\s*$"));
    const QRegularExpressionMatch m = re.match(line);
    return m.hasMatch() ? std::pair(int(m.capturedLength(1)), m.captured(2)) : std::pair(0, QString());
}

// The paragraph just kept, when it ends with ':' (it introduced what was left out).
void dropIntroduction(QStringList &out)
{
    qsizetype last = out.size() - 1;
    while (last >= 0 && out.at(last).trimmed().isEmpty())
        --last;
    if (last < 0 || !out.at(last).trimmed().endsWith(u':'))
        return;
    qsizetype first = last;
    while (first > 0 && !out.at(first - 1).trimmed().isEmpty() && !out.at(first - 1).startsWith(u'#'))
        --first;
    out.remove(first, last - first + 1);
}

// Screenshots are not bundled: image lines and tables of images are left out, and the sentence
// that introduced such a table.
QStringList withoutImages(const QStringList &lines)
{
    QStringList out;
    for (qsizetype i = 0; i < lines.size();) {
        if (!lines.at(i).startsWith(QLatin1Char('|'))) {
            if (!lines.at(i).trimmed().startsWith(QLatin1String("![")))
                out.append(lines.at(i));
            ++i;
            continue;
        }
        qsizetype end = i;
        bool images = false;
        for (; end < lines.size() && lines.at(end).startsWith(QLatin1Char('|')); ++end)
            images = images || lines.at(end).contains(QLatin1String("!["));
        if (images)
            dropIntroduction(out);
        else
            out.append(lines.mid(i, end - i));
        i = end;
    }
    return out;
}

void finish(QList<Page> &pages, QStringList &lines)
{
    if (!pages.isEmpty())
        pages.last().markdown = withoutImages(lines).join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
    lines.clear();
}
} // namespace

namespace {
// The pages from the level-2 heading `first` (the first heading, when empty) up to the level-2
// heading `end` (the end of the text, when empty).
QList<Page> cut(const QString &text, QLatin1String first, QLatin1String end)
{
    QList<Page> out;
    QStringList lines;
    bool inGuide = first.isEmpty();
    bool inCode = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            inCode = !inCode;
        const auto [level, title] = inCode ? std::pair(0, QString()) : heading(line);
        if (level == 2 && !end.isEmpty() && title == end)
            break;
        if (level == 2 && title == first)
            inGuide = true;
        if (!inGuide)
            continue;
        if (level > 0) {
            finish(out, lines);
            out.append(Page {title, level, {}});
        }
        lines.append(line);
    }
    finish(out, lines);
    return out;
}
} // namespace

QList<Page> pages(const QString &readme)
{
    return cut(readme, QLatin1String(kFirstSection), QLatin1String(kEndSection));
}

QList<Page> translatedPages(const QString &guide)
{
    return cut(guide, {}, {});
}

QList<Page> bundledPages()
{
    const QString title = QStringLiteral("OrgConsole user guide");
    const bool translated = UserGuideDialog::tr("OrgConsole user guide") != title;
    return bundledPages(translated ? QLocale() : QLocale(QLocale::English));
}

QList<Page> bundledPages(const QLocale &locale)
{
    if (locale.language() == QLocale::German) {
        QFile german(QString::fromLatin1(kGermanGuide));
        if (german.open(QIODevice::ReadOnly))
            return translatedPages(QString::fromUtf8(german.readAll()));
    }
    QFile file(QStringLiteral(":/doc/README.md"));
    return file.open(QIODevice::ReadOnly) ? pages(QString::fromUtf8(file.readAll())) : QList<Page> {};
}

} // namespace UserGuide

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(UserGuide::bundledPages())
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("OrgConsole user guide"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("guideSearch"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setPlaceholderText(tr("Search the guide (Enter: next match)"));
    m_search->setClearButtonEnabled(true);
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("guideMatches"));
    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setHeaderHidden(true);
    m_page = new QTextBrowser(this);
    m_page->setObjectName(QStringLiteral("guidePage"));
    m_page->setAccessibleName(tr("Guide page"));
    m_page->setOpenLinks(false); // web links open in the browser; the README's file links go nowhere offline
    connect(m_page, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });

    QTreeWidgetItem *section = nullptr;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const UserGuide::Page &p = m_pages.at(i);
        auto *item = p.level == 3 && section ? new QTreeWidgetItem(section) : new QTreeWidgetItem(m_contents);
        item->setText(0, p.title);
        item->setData(0, Qt::UserRole, int(i));
        if (p.level == 2)
            section = item;
    }
    m_contents->expandAll();
    connect(m_contents, &QTreeWidget::currentItemChanged, this, &UserGuideDialog::pageChosen);
    connect(m_search, &QLineEdit::textChanged, this, &UserGuideDialog::search);
    m_search->installEventFilter(this);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 660});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_matches);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 640);
    if (m_contents->topLevelItemCount() > 0)
        m_contents->setCurrentItem(m_contents->topLevelItem(0));
    else
        m_page->setPlainText(tr("The guide is missing from this build."));
}

void UserGuideDialog::pageChosen(QTreeWidgetItem *item)
{
    if (!item)
        return;
    m_page->setMarkdown(m_pages.at(item->data(0, Qt::UserRole).toInt()).markdown);
    highlight();
}

bool UserGuideDialog::showPage(const QString &title)
{
    const auto found = m_contents->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    m_contents->setCurrentItem(found.first());
    return true;
}

QString UserGuideDialog::currentTitle() const
{
    return m_contents->currentItem() ? m_contents->currentItem()->text(0) : QString();
}

// The contents list only the pages that hold the text (a section stays while one of its pages
// does); the first of them is shown unless the one shown holds it too.
void UserGuideDialog::search(const QString &text)
{
    const QString words = text.trimmed();
    int shown = 0;
    QTreeWidgetItem *first = nullptr;
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        const bool match
            = words.isEmpty() || m_pages.at((*it)->data(0, Qt::UserRole).toInt()).markdown.contains(words, Qt::CaseInsensitive);
        (*it)->setData(0, Qt::UserRole + 1, match);
        (*it)->setHidden(!match);
        if (match) {
            ++shown;
            first = first ? first : *it;
            for (QTreeWidgetItem *parent = (*it)->parent(); parent; parent = parent->parent())
                parent->setHidden(false);
        }
    }
    m_matches->setText(words.isEmpty() ? QString() : tr("%n page(s)", nullptr, shown));
    QTreeWidgetItem *current = m_contents->currentItem();
    if (first && (!current || !current->data(0, Qt::UserRole + 1).toBool()))
        m_contents->setCurrentItem(first);
    highlight();
}

// Every match on the page is marked.
void UserGuideDialog::highlight()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QString text = m_search->text().trimmed();
    for (QTextCursor c = m_page->document()->find(text); !text.isEmpty() && !c.isNull(); c = m_page->document()->find(text, c)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = c;
        mark.format.setBackground(palette().color(QPalette::Highlight));
        mark.format.setForeground(palette().color(QPalette::HighlightedText));
        marks.append(mark);
    }
    m_page->setExtraSelections(marks);
}

// Enter in the search finds the next match; it does not close the guide (the dialog's default).
bool UserGuideDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            findNext();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// The next match on the page, then on the next page that holds the text (wrapping around).
void UserGuideDialog::findNext()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || m_page->find(text))
        return;
    QList<QTreeWidgetItem *> shown;
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if (!(*it)->isHidden() && (*it)->data(0, Qt::UserRole + 1).toBool())
            shown.append(*it);
    }
    const qsizetype at = shown.indexOf(m_contents->currentItem());
    if (!shown.isEmpty())
        m_contents->setCurrentItem(shown.at((at + 1) % shown.size()));
    m_page->moveCursor(QTextCursor::Start);
    m_page->find(text);
}

} // namespace OrgConsole
