#include "MainWindow.h"

namespace galley {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Galley"));
}

bool MainWindow::openFile(const QString &)
{
    return false;
}

} // namespace galley
