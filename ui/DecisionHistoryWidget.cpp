#include "DecisionHistoryWidget.h"

#include "DecisionHistoryModel.h"
#include "DecisionRepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Aloite::Ui {

DecisionHistoryWidget::DecisionHistoryWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new DecisionHistoryModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(DecisionHistoryModel::Handling, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(DecisionHistoryModel::Presenter, 160);
    m_view->setColumnWidth(DecisionHistoryModel::Proposal, 320);
    m_view->setColumnWidth(DecisionHistoryModel::Proceedings, 160);
    m_view->setColumnWidth(DecisionHistoryModel::Decision, 220);
    m_view->setColumnWidth(DecisionHistoryModel::Result, 150);
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
    m_view->resizeRowsToContents();
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
