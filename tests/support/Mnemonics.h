#pragma once

// Alt+letter targets of what a window shows: each letter must lead to one place. Collected from
// the visible buttons (push buttons, check boxes, radio buttons), labels with a buddy, group box
// titles, tab titles and the menu bar's menus.
#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QWidget>

namespace OrgConsole::Test {

// The mnemonic letter of `text` ("Contact &email" -> 'e'), or a null QChar ("&&" is a literal &).
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Letter -> the texts that use it, for what `window` shows now.
inline QMap<QChar, QStringList> mnemonics(QWidget *window)
{
    QMap<QChar, QStringList> out;
    auto add = [&out](const QString &text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            out[c].append(text);
    };
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->isVisibleTo(window))
            add(b->text());
    }
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->isVisibleTo(window) && l->buddy())
            add(l->text());
    }
    const auto groups = window->findChildren<QGroupBox *>();
    for (QGroupBox *g : groups) {
        if (g->isVisibleTo(window))
            add(g->title());
    }
    const auto tabBars = window->findChildren<QTabBar *>();
    for (QTabBar *bar : tabBars) {
        for (int i = 0; bar->isVisibleTo(window) && i < bar->count(); ++i)
            add(bar->tabText(i));
    }
    if (auto *menuBar = window->findChild<QMenuBar *>(); menuBar && menuBar->isVisibleTo(window)) {
        const auto actions = menuBar->actions();
        for (const QAction *a : actions)
            add(a->text());
    }
    return out;
}

// "n: &Name, &Next" for every letter used more than once; empty when all are unique.
inline QStringList mnemonicClashes(QWidget *window)
{
    QStringList clashes;
    const auto all = mnemonics(window);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return clashes;
}

// The same for the entries of one menu (each menu is its own scope).
inline QStringList menuMnemonicClashes(QMenu *menu)
{
    QMap<QChar, QStringList> letters;
    const auto actions = menu->actions();
    for (const QAction *a : actions) {
        if (const QChar c = mnemonicOf(a->text()); !c.isNull() && a->isVisible())
            letters[c].append(a->text());
    }
    QStringList clashes;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return clashes;
}

} // namespace OrgConsole::Test
