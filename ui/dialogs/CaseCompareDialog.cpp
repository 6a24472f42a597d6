#include "CaseCompareDialog.h"

#include "DateFormat.h"
#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

struct FieldText
{
    QString label;
    QString text;
};

QString dateText(const QDate& date)
{
    return DateFormat::display(date);
}

QString lines(const QStringList& list)
{
    return list.join(QLatin1Char('\n'));
}

} // namespace

static QList<FieldText> fieldTexts(const Initiative& i)
{
    QList<FieldText> f;
    auto add = [&f](const QString& label, const QString& text) { f.append({label, text}); };
    auto addLocalized = [&](const QString& label, const LocalizedText& text) {
        add(label + QStringLiteral(" (fi)"), text.fi);
        add(label + QStringLiteral(" (sv)"), text.sv);
    };
    add(CaseCompareDialog::tr("Kind"), initiativeKindKey(i.kind));
    add(CaseCompareDialog::tr("Case number"), i.caseNumber.toString());
    add(CaseCompareDialog::tr("Bilingual"), i.bilingual ? CaseCompareDialog::tr("yes") : CaseCompareDialog::tr("no"));
    addLocalized(CaseCompareDialog::tr("Title"), i.title);
    add(CaseCompareDialog::tr("Dated"), dateText(i.datedDate));
    add(CaseCompareDialog::tr("Submitted"), dateText(i.submittedDate));
    add(CaseCompareDialog::tr("Submitted at the meeting of"), i.submittedBody);
    add(CaseCompareDialog::tr("Section (§)"), i.submittedSection > 0 ? QString::number(i.submittedSection) : QString());
    add(CaseCompareDialog::tr("Responsible unit"), i.responsibleUnit);
    add(CaseCompareDialog::tr("Notes"), i.notes);
    add(CaseCompareDialog::tr("First signer"), i.firstSigner);
    add(CaseCompareDialog::tr("Named co-signers"), lines(i.coSigners));
    add(CaseCompareDialog::tr("Number of co-signers"),
        i.coSignerCount ? QString::number(*i.coSignerCount) : CaseCompareDialog::tr("Not recorded"));
    addLocalized(CaseCompareDialog::tr("Background"), i.background);
    addLocalized(CaseCompareDialog::tr("Proposal"), i.proposal);
    const qsizetype questions = i.questions.size();
    add(CaseCompareDialog::tr("Number of questions"), QString::number(questions));
    for (qsizetype n = 0; n < questions; ++n) {
        addLocalized(CaseCompareDialog::tr("Question %1").arg(n + 1), i.questions.at(n).text);
        addLocalized(CaseCompareDialog::tr("Answer to question %1").arg(n + 1), i.questions.at(n).answer);
    }
    QStringList assignments;
    for (const Assignment& a : i.assignments) {
        assignments << QStringLiteral("%1 (%2)").arg(a.person.displayName(),
                                                     a.role == Assignment::Role::Preparer
                                                         ? CaseCompareDialog::tr("preparer")
                                                         : CaseCompareDialog::tr("contact"));
    }
    add(CaseCompareDialog::tr("Preparers"), lines(assignments));
    for (Language language : {Language::Finnish, Language::Swedish}) {
        const QString code = QStringLiteral(" (%1)").arg(languageCode(language));
        const AnswerText& answer = i.answer.in(language);
        add(CaseCompareDialog::tr("Summary") + code, lines(answer.summary));
        add(CaseCompareDialog::tr("Answer") + code, answer.body);
        add(CaseCompareDialog::tr("Legal references") + code, lines(answer.legalReferences));
    }
    add(CaseCompareDialog::tr("For information"), lines(i.distribution));
    QStringList files;
    for (const Attachment& a : i.attachments)
        files << QStringLiteral("%1 (%2)").arg(a.title, a.fileName);
    add(CaseCompareDialog::tr("Attachments"), lines(files));
    return f;
}

QList<FieldDifference> CaseCompareDialog::differences(const Initiative& mine, const Initiative& stored)
{
    const QList<FieldText> a = fieldTexts(mine);
    const QList<FieldText> b = fieldTexts(stored);
    QList<FieldDifference> result;
    // The lists differ in length only when the number of questions differs; compare by label then.
    for (const FieldText& field : a) {
        QString other;
        for (const FieldText& candidate : b) {
            if (candidate.label == field.label) {
                other = candidate.text;
                break;
            }
        }
        if (other != field.text)
            result.append({field.label, field.text, other});
    }
    for (const FieldText& field : b) {
        const bool known =
            std::any_of(a.cbegin(), a.cend(), [&field](const FieldText& f) { return f.label == field.label; });
        if (!known && !field.text.isEmpty())
            result.append({field.label, QString(), field.text});
    }
    return result;
}

bool CaseCompareDialog::sameContent(const Initiative& a, const Initiative& b)
{
    return changedParts(a, b).isEmpty();
}

CaseCompareDialog::CaseCompareDialog(const Initiative& mine, const Initiative& stored, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare With the Saved Case"));
    setObjectName(QStringLiteral("caseCompareDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Someone else saved this case after you opened it. These fields differ between "
                                "your version and the saved one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Differences"));
    m_list->setHeaderLabels({tr("Field"), tr("Yours"), tr("Saved by someone else")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<FieldDifference> diffs = differences(mine, stored);
    auto firstLine = [](const QString& text) {
        const QString line = text.section(QLatin1Char('\n'), 0, 0);
        return line.size() < text.size() ? line + QChar(0x2026) : line;
    };
    for (const FieldDifference& d : diffs) {
        auto* item = new QTreeWidgetItem({d.label, firstLine(d.mine), firstLine(d.stored)});
        item->setData(1, Qt::UserRole, d.mine);
        item->setData(2, Qt::UserRole, d.stored);
        m_list->addTopLevelItem(item);
    }
    if (diffs.isEmpty())
        m_list->addTopLevelItem(new QTreeWidgetItem({tr("No differences in the case data."), QString(), QString()}));
    m_list->setColumnWidth(0, 200);
    m_list->setColumnWidth(1, 300);

    // The whole text of the chosen field, both versions side by side.
    auto* detail = new QWidget(this);
    auto* detailLayout = new QGridLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* mineText = new QPlainTextEdit(detail);
    mineText->setObjectName(QStringLiteral("mineText"));
    mineText->setAccessibleName(tr("Your version of the field"));
    mineText->setReadOnly(true);
    auto* storedText = new QPlainTextEdit(detail);
    storedText->setObjectName(QStringLiteral("storedText"));
    storedText->setAccessibleName(tr("Saved version of the field"));
    storedText->setReadOnly(true);
    detailLayout->addWidget(new QLabel(tr("<b>Yours</b>"), detail), 0, 0);
    detailLayout->addWidget(new QLabel(tr("<b>Saved by someone else</b>"), detail), 0, 1);
    detailLayout->addWidget(mineText, 1, 0);
    detailLayout->addWidget(storedText, 1, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [mineText, storedText](QTreeWidgetItem* item) {
        mineText->setPlainText(item ? item->data(1, Qt::UserRole).toString() : QString());
        storedText->setPlainText(item ? item->data(2, Qt::UserRole).toString() : QString());
    });
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(tr("Keep Editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    QPushButton* reload = buttons->addButton(tr("Take Their Version"), QDialogButtonBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    reload->setToolTip(tr("Show the saved version. Your own changes can still be brought back with Undo."));
    QPushButton* saveMine = buttons->addButton(tr("Save My Version"), QDialogButtonBox::AcceptRole);
    saveMine->setObjectName(QStringLiteral("saveMineButton"));
    saveMine->setToolTip(tr("Write your version over the saved one."));
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepEditing;
        reject();
    });
    connect(reload, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Reload;
        accept();
    });
    connect(saveMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SaveMine;
        accept();
    });
    keep->setDefault(true);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(860, 560));
}

} // namespace Aloite::Ui
