#include "DamagedDatabaseDialog.h"

#include "DateFormat.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace Aloite::Ui {

DamagedDatabaseDialog::DamagedDatabaseDialog(const QString& path, const QStringList& damage, bool readable,
                                             const QString& newestBackup, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Damaged Database"));
    setObjectName(QStringLiteral("damagedDatabaseDialog"));

    auto* icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto* intro = new QLabel(
        tr("<p><b>%1 is damaged.</b></p><p>Aloite writes nothing into a damaged file, so that nothing more is lost. "
           "Choose how to go on; the damaged file itself is never deleted.</p>")
            .arg(QFileInfo(path).fileName().toHtmlEscaped()));
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));

    auto* found = new QLabel(tr("What the check found:"));
    auto* details = new QPlainTextEdit;
    details->setObjectName(QStringLiteral("damage"));
    details->setReadOnly(true);
    details->setPlainText(damage.join(QLatin1Char('\n')));
    details->setMaximumHeight(details->fontMetrics().lineSpacing() * 6);
    found->setBuddy(details);

    auto* readOnly = new QCommandLinkButton(
        tr("Open Read-Only"), tr("Read, search and print the cases as they are. Nothing can be changed."));
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    readOnly->setEnabled(readable);

    const QString backupNote = newestBackup.isEmpty()
        ? tr("Choose a backup file. The damaged file is kept beside it under another name.")
        : tr("Put a backup in the file's place; the newest one Aloite made is from %1. The damaged file is kept "
             "beside it under another name.")
              .arg(DateFormat::display(QFileInfo(newestBackup).lastModified()));
    auto* restore = new QCommandLinkButton(tr("Restore from a Backup…"), backupNote);
    restore->setObjectName(QStringLiteral("restoreBackup"));

    auto* recover = new QCommandLinkButton(
        tr("Recover into a New File…"),
        tr("Copy every row that can still be read into a new database and open it. You are told what could not "
           "be read."));
    recover->setObjectName(QStringLiteral("recover"));
    recover->setEnabled(readable);
    if (!readable) {
        const QString why = tr("The file cannot be read at all; only a backup can replace it.");
        readOnly->setToolTip(why);
        recover->setToolTip(why);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(readOnly, &QAbstractButton::clicked, this, [this] { choose(Choice::OpenReadOnly); });
    connect(restore, &QAbstractButton::clicked, this, [this] { choose(Choice::RestoreBackup); });
    connect(recover, &QAbstractButton::clicked, this, [this] { choose(Choice::RecoverIntoNewFile); });

    auto* text = new QVBoxLayout;
    text->addWidget(intro);
    text->addWidget(found);
    text->addWidget(details);
    text->addWidget(readOnly);
    text->addWidget(restore);
    text->addWidget(recover);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    // Wide enough for the explanations to read as sentences, well within a 1366×768 screen.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    // The safest choice that is possible is the default.
    (readable ? readOnly : restore)->setDefault(true);
    (readable ? readOnly : restore)->setFocus();
}

void DamagedDatabaseDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace Aloite::Ui
