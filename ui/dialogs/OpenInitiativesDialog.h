#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Aloite {
class Database;
}

namespace Aloite::Ui {

class DateField;
class OpenInitiativesModel;

/// The overdue view and the yearly list of open initiatives for the council: the cases still
/// open on a date (or only the overdue ones), their due dates, a few statistics, and the list as
/// an agenda text (title, decision proposal, list) in the chosen document language. The list
/// becomes an agenda item of its own as a report case (YearlyReport), put straight on the target
/// meeting's agenda when there is one.
class OpenInitiativesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Open, ///< every case still open on the date
        Overdue, ///< only the cases past their due date on the date
    };

    explicit OpenInitiativesDialog(const Database& db, QWidget* parent = nullptr);
    ~OpenInitiativesDialog() override;

    void setMode(Mode mode);
    void setDate(const QDate& date);
    /// Re-reads the cases and regenerates the text.
    void refresh();
    /// Offers to put the selected cases on this meeting's agenda, e.g. the council meeting that
    /// declares some of them fully handled through the yearly list; 0 hides the action.
    void setTargetMeeting(qint64 meetingId, const QString& description);
    /// Adds the selected cases to the target meeting; returns how many were added.
    int addSelectedToAgenda();
    /// Registers the list of the cases open on the date as a report case numbered \a caseNumber
    /// and puts it on the target meeting's agenda, if any; returns the new case's id, or 0 after
    /// showing why not (nothing is then written).
    qint64 createReport(const QString& caseNumber);
    /// Asks for the report's case number and calls createReport().
    void askForReport();

    QComboBox* modeCombo() const { return m_mode; }
    DateField* dateEdit() const { return m_date; }
    QComboBox* languageCombo() const { return m_language; }
    QTableView* view() const { return m_view; }
    OpenInitiativesModel* model() const { return m_model; }
    QPlainTextEdit* documentEdit() const { return m_document; }
    QLabel* statisticsLabel() const { return m_statistics; }
    QPushButton* copyButton() const { return m_copyButton; }
    QPushButton* addToAgendaButton() const { return m_addButton; }
    QPushButton* reportButton() const { return m_reportButton; }
    QLabel* messageLabel() const { return m_message; }

signals:
    /// Cases were put on the target meeting's agenda.
    void agendaChanged();
    /// The list was registered as the case \a initiativeId.
    void reportCreated(qint64 initiativeId);

public:
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const Database& m_db;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_dateLabel = nullptr;
    DateField* m_date = nullptr;
    /// The last valid date of the field: the list stays on it while the field is being retyped.
    QDate m_listDate;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QTableView* m_view = nullptr;
    OpenInitiativesModel* m_model = nullptr;
    QLabel* m_statistics = nullptr;
    QLabel* m_documentLabel = nullptr;
    QPlainTextEdit* m_document = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_reportButton = nullptr;
    QLabel* m_message = nullptr;
    qint64 m_targetMeeting = 0;
    QString m_targetDescription;
    QPushButton* m_closeButton = nullptr;
};

} // namespace Aloite::Ui
