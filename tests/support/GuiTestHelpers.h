#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace OrgConsole::Test {

// The child widget called `name`; the test fails when there is none.
template<typename T> T *childNamed(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    [&] { QVERIFY2(w, name); }();
    return w;
}

// Acts on the modal dialog named `name` once it is shown (modal dialogs run their own loop, so the
// test cannot act after exec() returns). The poll belongs to `owner`.
inline void whenModal(QObject *owner, const char *name, std::function<void(QWidget *)> act)
{
    auto *poll = new QTimer(owner);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, owner, [poll, name, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != QLatin1String(name))
            return;
        poll->stop();
        poll->deleteLater();
        act(modal);
    });
    poll->start();
}

} // namespace OrgConsole::Test
