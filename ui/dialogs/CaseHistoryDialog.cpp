#include "CaseHistoryDialog.h"

#include "DateFormat.h"
#include "DecisionHistoryModel.h"
#include "InitiativeRepository.h"
#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

const QString s_settingsGroup = QStringLiteral("CaseHistoryDialog");

QString partName(const QString& key)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Kind")},
        {QStringLiteral("caseNumber"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Case number")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Title")},
        {QStringLiteral("signers"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Signers")},
        {QStringLiteral("dates"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Dates")},
        {QStringLiteral("background"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Background")},
        {QStringLiteral("proposal"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Proposal")},
        {QStringLiteral("questions"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Questions")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Responsible unit")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Notes")},
        {QStringLiteral("preparers"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Preparers")},
        {QStringLiteral("answer"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Answer")},
        {QStringLiteral("distribution"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "For information")},
        {QStringLiteral("statements"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Statements")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("Aloite::Ui::CaseHistoryDialog", "Attachments")},
    };
    const auto name = names.constFind(key);
    return name == names.cend() ? key : CaseHistoryDialog::tr(*name);
}

} // namespace

CaseHistoryDialog::CaseHistoryDialog(const Database& db, qint64 caseId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("caseHistoryDialog"));
    if (auto initiative = InitiativeRepository(db).load(caseId))
        m_caseNumber = initiative->caseNumber.toString();
    if (auto trail = AuditLog(db).caseTrail(caseId))
        m_entries = *trail;
    else
        m_error = trail.error().message;

    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    retranslateUi();
    QSettings settings;
    ScreenFit::restore(this, settings.value(s_settingsGroup + QStringLiteral("/geometry")).toByteArray(),
                       QSize(760, 420));
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(s_settingsGroup + QStringLiteral("/geometry"), saveGeometry()); });
}

QString CaseHistoryDialog::actionText(const AuditLog::Entry& entry)
{
    const QString& a = entry.action;
    if (entry.entity == QLatin1String("decision") || entry.action == QLatin1String("handling-removed")) {
        if (a == QLatin1String("create"))
            return tr("Handling added");
        if (a == QLatin1String("correct"))
            return tr("Correction added");
        if (a == QLatin1String("update"))
            return tr("Handling recorded");
        if (a == QLatin1String("confirm"))
            return tr("Minutes confirmed");
        if (a == QLatin1String("delete"))
            return tr("Handling removed");
        return a;
    }
    if (a == QLatin1String("create"))
        return tr("Registered");
    if (a == QLatin1String("update"))
        return tr("Edited");
    if (a == QLatin1String("attach"))
        return tr("File added");
    if (a == QLatin1String("detach"))
        return tr("File removed");
    if (a == QLatin1String("retitle"))
        return tr("Attachment title changed");
    if (a == QLatin1String("handling-removed"))
        return tr("Handling removed");
    if (a == QLatin1String("delete"))
        return tr("Deleted");
    if (a == QLatin1String("reopen"))
        return tr("Reopened");
    return a;
}

QString CaseHistoryDialog::detailText(const AuditLog::Entry& entry)
{
    if (entry.entity == QLatin1String("decision") || entry.action == QLatin1String("handling-removed")) {
        // "Kaupunginhallitus 2026-03-16 § 89 accepted", as DecisionRepository writes it.
        static const QRegularExpression pattern(QStringLiteral("^(.*) (\\d{4}-\\d{2}-\\d{2}) § (\\d+) (\\S+)$"));
        const QRegularExpressionMatch match = pattern.match(entry.summary);
        Outcome outcome = Outcome::Pending;
        if (!match.hasMatch() || !outcomeFromKey(match.captured(4), &outcome))
            return entry.summary;
        const QString date = DateFormat::display(QDate::fromString(match.captured(2), Qt::ISODate));
        const int section = match.captured(3).toInt();
        const QString meeting = section > 0 ? tr("%1 %2 § %3").arg(match.captured(1), date).arg(section)
                                            : tr("%1 %2").arg(match.captured(1), date);
        return tr("%1: %2").arg(meeting, DecisionHistoryModel::outcomeName(outcome));
    }
    if (entry.entity != QLatin1String("initiative") || entry.action != QLatin1String("update"))
        return entry.summary;
    // "1234/00.01.01/2025: title, questions"
    const qsizetype colon = entry.summary.indexOf(QLatin1String(": "));
    if (colon < 0)
        return tr("Saved without changes to its content");
    QStringList parts;
    for (const QString& key : entry.summary.mid(colon + 2).split(QStringLiteral(", "), Qt::SkipEmptyParts))
        parts << partName(key);
    return parts.join(QStringLiteral(", "));
}

void CaseHistoryDialog::fill()
{
    m_view->clear();
    const QLocale locale;
    // Newest first: what a user usually looks for is what happened last.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        auto* item = new QTreeWidgetItem(
            {DateFormat::display(it->at.toLocalTime(), locale), it->user, actionText(*it), detailText(*it)});
        item->setToolTip(3, item->text(3));
        m_view->addTopLevelItem(item);
    }
    for (int column = 0; column < 3; ++column)
        m_view->resizeColumnToContents(column);
}

void CaseHistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Change History of %1").arg(m_caseNumber));
    m_view->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_view->setAccessibleName(tr("Changes to the case, newest first"));
    if (!m_error.isEmpty())
        m_intro->setText(tr("The change history cannot be read: %1").arg(m_error));
    else
        m_intro->setText(tr("%n change(s) to the case, newest first. The history is kept by the database and "
                            "cannot be edited.",
                            nullptr, int(m_entries.size())));
    fill();
}

void CaseHistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Aloite::Ui
