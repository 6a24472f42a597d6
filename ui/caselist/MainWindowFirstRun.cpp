#include "MainWindow.h"
#include "MainWindowShared.h"

#include "AppInfo.h"
#include "CaseListModel.h"
#include "Database.h"
#include "FirstRunWizard.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "SettingsRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

// The main window's help for a new database: the first-run assistant, the hint shown while the
// database has no case, and importing cases from a JSON file.

namespace Aloite::Ui {

using namespace MainWindowShared;

namespace {

const QString s_userNameKey = QStringLiteral("user/name");

} // namespace

QString MainWindow::savedUserName()
{
    return QSettings().value(s_userNameKey).toString();
}

void MainWindow::setSavedUserName(const QString& name)
{
    QSettings().setValue(s_userNameKey, name);
}

QWidget* MainWindow::createEmptyHint()
{
    m_emptyHint = new QWidget;
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHintText = new QLabel(m_emptyHint);
    m_emptyHintText->setObjectName(QStringLiteral("emptyHintText"));
    m_emptyHintText->setAlignment(Qt::AlignCenter);
    m_emptyHintText->setWordWrap(true);
    m_emptyHintText->setTextFormat(Qt::PlainText);

    auto button = [this](const char* name) {
        auto* b = new QPushButton(m_emptyHint);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_hintNewCase = button("hintNewCase");
    m_hintImport = button("hintImport");
    m_hintFirstRun = button("hintFirstRun");
    m_hintExample = button("hintExample");
    m_hintNewCase->setDefault(true);
    connect(m_hintNewCase, &QPushButton::clicked, this, &MainWindow::newCaseRequested);
    connect(m_hintImport, &QPushButton::clicked, this, &MainWindow::chooseImportFile);
    connect(m_hintFirstRun, &QPushButton::clicked, this, &MainWindow::showFirstRunAssistant);
    connect(m_hintExample, &QPushButton::clicked, this, &MainWindow::importExampleCase);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {m_hintNewCase, m_hintImport, m_hintFirstRun, m_hintExample})
        buttons->addWidget(b);
    auto* centred = new QHBoxLayout;
    centred->addStretch();
    centred->addLayout(buttons);
    centred->addStretch();

    auto* layout = new QVBoxLayout(m_emptyHint);
    layout->addStretch();
    layout->addWidget(m_emptyHintText);
    layout->addSpacing(12);
    layout->addLayout(centred);
    layout->addStretch();
    return m_emptyHint;
}

void MainWindow::retranslateEmptyHint()
{
    m_emptyHintText->setText(tr("This database has no cases yet. What next?"));
    m_hintNewCase->setText(tr("&Register an Initiative…"));
    m_hintNewCase->setToolTip(tr("Open an empty case and enter a new initiative"));
    m_hintImport->setText(tr("&Import Cases from JSON…"));
    m_hintImport->setToolTip(tr("Add the cases of an Aloite JSON file: all of them or none"));
    m_hintFirstRun->setText(tr("Set &Up the Organisation…"));
    m_hintFirstRun->setToolTip(tr("Set up the organisation, the bodies and yourself step by step"));
    m_hintExample->setText(tr("Add the E&xample Case"));
    m_hintExample->setToolTip(tr("A council initiative with its answer and decision history, to see how Aloite "
                                 "works"));
}

void MainWindow::updateEmptyHint()
{
    bool empty = false;
    if (m_db && m_model->totalCount() == 0) {
        // A filter that finds nothing is not an empty database.
        auto all = InitiativeRepository(*m_db).count(InitiativeFilter {});
        empty = all && *all == 0;
    }
    const bool writable = m_db && !m_db->isReadOnly();
    for (QPushButton* b : {m_hintNewCase, m_hintImport, m_hintFirstRun, m_hintExample})
        b->setEnabled(writable);
    m_listStack->setCurrentWidget(empty ? m_emptyHint : static_cast<QWidget*>(m_view));
}

bool MainWindow::needsFirstRun() const
{
    if (!m_db || m_db->isReadOnly() || m_model->totalCount() > 0)
        return false;
    auto set = SettingsRepository(*m_db).isOrganisationSet();
    return set && !*set;
}

FirstRunWizard* MainWindow::showFirstRunAssistant()
{
    if (!m_db || m_db->isReadOnly())
        return nullptr;
    if (auto* open = findChild<FirstRunWizard*>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* wizard = new FirstRunWizard(*m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        setSavedIdentity(wizard->identity());
        setSavedUserName(wizard->userName());
        if (m_db && !wizard->userName().isEmpty())
            m_db->setUserName(wizard->userName());
        updateIdentity();
        fillFilterChoices();
        refreshCaseList();
        statusBar()->showMessage(tr("The organisation is set up."), 10000);
    });
    wizard->open();
    return wizard;
}

void MainWindow::chooseImportFile()
{
    if (!m_db)
        return;
    QFileDialog files(this, tr("Import Cases from JSON"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptOpen);
    files.setFileMode(QFileDialog::ExistingFile);
    files.setDirectory(QFileInfo(m_db->path()).absolutePath());
    files.setNameFilters({tr("JSON files (*.json)"), tr("All files (*)")});
    if (files.exec() != QDialog::Accepted || files.selectedFiles().isEmpty())
        return;
    importCasesFrom(files.selectedFiles().constFirst());
}

int MainWindow::importCasesFrom(const QString& path)
{
    if (!m_db || m_db->isReadOnly())
        return -1;
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = file.errorString();
    QList<qint64> ids;
    if (problem.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto imported = JsonFormat::importCases(*m_db, file.readAll());
        QApplication::restoreOverrideCursor();
        if (imported)
            ids = *imported;
        else
            problem = imported.errorMessage();
    }
    if (!problem.isEmpty()) {
        const QString message = tr("Nothing was imported from %1.\n\n%2").arg(QDir::toNativeSeparators(path), problem);
        if (m_interactive)
            QMessageBox::warning(this, tr("Import Cases from JSON"), message);
        else
            qWarning("%s", qUtf8Printable(message));
        return -1;
    }
    refreshCaseList();
    if (!ids.isEmpty())
        selectCase(ids.constFirst());
    statusBar()->showMessage(
        tr("%n case(s) imported from %1.", nullptr, int(ids.size())).arg(QFileInfo(path).fileName()), 10000);
    return int(ids.size());
}

} // namespace Aloite::Ui
