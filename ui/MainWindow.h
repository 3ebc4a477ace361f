#pragma once

#include <QMainWindow>

namespace OrgConsole {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace OrgConsole
