#include "mainwindow.h"

namespace cx {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}

} // namespace cx
