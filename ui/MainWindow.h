#pragma once
// MainWindow: the review desk — raw page on the left, articles on the right.
#include <QMainWindow>

namespace galley {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    /// Opens a page file; false (with a message box) on bad input.
    bool openFile(const QString &path);
};

} // namespace galley
