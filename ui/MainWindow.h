#pragma once

#include <QMainWindow>

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

/// The clerk's main window: the case list of one database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens \a path (creating it if missing); shows the error and returns false on failure.
    bool openDatabase(const QString& path);

private:
    std::unique_ptr<Database> m_db;
};

} // namespace Aloite::Ui
