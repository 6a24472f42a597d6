#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

class OpenInitiativesModel;

/// The overdue view and the yearly list of open initiatives for the council: the cases still
/// open on a date (or only the overdue ones), their due dates, a few statistics, and the list as
/// an agenda text (title, decision proposal, list) in the chosen document language, ready to be
/// copied into the council's agenda item.
class OpenInitiativesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Open, ///< every case still open on the date
        Overdue, ///< only the cases past their due date on the date
    };

    explicit OpenInitiativesDialog(const Database& db, QWidget* parent = nullptr);

    void setMode(Mode mode);
    void setDate(const QDate& date);
    /// Re-reads the cases and regenerates the text.
    void refresh();

    QComboBox* modeCombo() const { return m_mode; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* languageCombo() const { return m_language; }
    QTableView* view() const { return m_view; }
    OpenInitiativesModel* model() const { return m_model; }
    QPlainTextEdit* documentEdit() const { return m_document; }
    QLabel* statisticsLabel() const { return m_statistics; }
    QPushButton* copyButton() const { return m_copyButton; }

    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const Database& m_db;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_dateLabel = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QTableView* m_view = nullptr;
    OpenInitiativesModel* m_model = nullptr;
    QLabel* m_statistics = nullptr;
    QLabel* m_documentLabel = nullptr;
    QPlainTextEdit* m_document = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace Aloite::Ui
