#include "ui/MainWindow.h"

namespace OrgConsole {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("OrgConsole"));
    resize(1200, 760);
}

} // namespace OrgConsole
