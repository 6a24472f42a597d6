#pragma once

#include <QDialog>
#include <QStringList>

class QCommandLinkButton;
class QLabel;
class QPlainTextEdit;

namespace Aloite::Ui {

/// Shown when the database to open is damaged. Aloite writes nothing into such a file; the dialog
/// explains what was found and offers the three ways on: read it as it is, put a backup in its
/// place, or copy what can still be read into a new file.
class DamagedDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice {
        None, ///< cancelled
        OpenReadOnly,
        RestoreBackup,
        RecoverIntoNewFile,
    };

    /// \a damage is what the integrity check reported; \a readable says whether the file can be
    /// read at all (the read-only and recovery choices need that); \a newestBackup is the newest
    /// backup Aloite made of it, empty when there is none.
    DamagedDatabaseDialog(const QString& path, const QStringList& damage, bool readable, const QString& newestBackup,
                          QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
};

} // namespace Aloite::Ui
