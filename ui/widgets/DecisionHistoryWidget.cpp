#include "DecisionHistoryWidget.h"

#include "DecisionHistoryModel.h"
#include "DecisionRepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

/// Shows every cell on one line (the texts are paragraphs) and the full text in a tooltip that
/// wraps, so that rows stay one line high in the narrow detail panes.
class OneLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = option->text.simplified();
        // The proposal column is hidden: a handling without a decision yet shows its proposal,
        // in italics, where the decision will be.
        if (index.column() == DecisionHistoryModel::Decision && option->text.isEmpty()) {
            option->text = proposal(index).simplified();
            option->font.setItalic(true);
        }
    }

    static QString proposal(const QModelIndex& index)
    {
        return index.siblingAtColumn(DecisionHistoryModel::Proposal).data(Qt::ToolTipRole).toString();
    }

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override
    {
        if (event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QString text = index.data(Qt::ToolTipRole).toString();
        if (index.column() == DecisionHistoryModel::Decision && text.isEmpty())
            text = proposal(index);
        if (text.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        // Rich text wraps at the tooltip's width; plain text would be one screen-wide line.
        QString html = text.toHtmlEscaped();
        html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        QToolTip::showText(event->globalPos(), QStringLiteral("<p>%1</p>").arg(html), view->viewport(),
                           view->visualRect(index));
        return true;
    }
};

} // namespace

DecisionHistoryWidget::DecisionHistoryWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new DecisionHistoryModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new OneLineDelegate(m_view));
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Compact columns first (where, outcome), then the decision taking the rest of the width;
    // the long texts are elided to one line with the full text in the tooltip.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->moveSection(header->visualIndex(DecisionHistoryModel::Result), 1);
    header->moveSection(header->visualIndex(DecisionHistoryModel::Decision), 2);
    header->setSectionResizeMode(DecisionHistoryModel::Handling, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionHistoryModel::Result, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionHistoryModel::Decision, QHeaderView::Stretch);
    header->setSectionResizeMode(DecisionHistoryModel::Presenter, QHeaderView::Interactive);
    header->setSectionResizeMode(DecisionHistoryModel::Proceedings, QHeaderView::Interactive);
    header->setSectionResizeMode(DecisionHistoryModel::Note, QHeaderView::ResizeToContents);
    // The detail panes are narrow: the presenter is in the handling's tooltip and the proposal
    // stands in for a decision not yet made.
    m_view->setColumnHidden(DecisionHistoryModel::Presenter, true);
    m_view->setColumnHidden(DecisionHistoryModel::Proposal, true);
    m_view->setColumnWidth(DecisionHistoryModel::Proceedings, 140);
    m_empty->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    retranslateUi();
    setHistory({});
}

void DecisionHistoryWidget::showCase(const Database& db, qint64 initiativeId)
{
    if (initiativeId <= 0) {
        setHistory({});
        return;
    }
    auto history = DecisionRepository(db).history(initiativeId);
    setHistory(history ? *history : QList<DecisionEntry> {});
}

void DecisionHistoryWidget::setHistory(const QList<DecisionEntry>& history)
{
    m_model->setHistory(history);
    // Columns that say nothing for this case are hidden: proceedings are rare, notes rarer.
    for (const int column : {int(DecisionHistoryModel::Proceedings), int(DecisionHistoryModel::Note)}) {
        bool empty = true;
        for (int row = 0; row < m_model->rowCount() && empty; ++row)
            empty = m_model->index(row, column).data().toString().isEmpty();
        m_view->setColumnHidden(column, empty);
    }
    m_empty->setVisible(history.isEmpty());
}

void DecisionHistoryWidget::setLanguage(Language language)
{
    m_model->setLanguage(language);
}

void DecisionHistoryWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DecisionHistoryWidget::retranslateUi()
{
    m_view->setAccessibleName(tr("Decision history"));
    m_empty->setText(tr("The case has not been handled yet."));
    m_model->retranslate();
}

} // namespace Aloite::Ui
