#include "MainWindow.h"

#include "Database.h"

#include <QLabel>
#include <QMessageBox>

namespace Aloite::Ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Aloite"));
    setCentralWidget(new QLabel(tr("No database is open."), this));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString& path)
{
    auto db = std::make_unique<Database>();
    if (Status opened = db->open(path); !opened) {
        QMessageBox::critical(this, tr("Cannot open the database"), opened.error().message);
        return false;
    }
    m_db = std::move(db);
    setWindowFilePath(path);
    return true;
}

} // namespace Aloite::Ui
