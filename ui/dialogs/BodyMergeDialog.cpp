#include "BodyMergeDialog.h"

#include "BodyDisplayName.h"
#include "BodyRepository.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aloite::Ui {

BodyMergeDialog::BodyMergeDialog(const Database& db, const Body& from, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_from(from)
{
    setObjectName(QStringLiteral("bodyMergeDialog"));
    setWindowTitle(tr("Merge Body"));

    auto* intro = new QLabel(tr("Merge %1 into another body when the two are one body of the organisation. Its "
                                "meetings, handlings and registrations move to the body chosen below, and %1 is "
                                "removed. This cannot be undone.")
                                 .arg(bodyDisplayName(from)),
                             this);
    intro->setWordWrap(true);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setAccessibleName(tr("Merge into"));
    const BodyRepository repository(db);
    if (auto bodies = repository.all()) {
        for (const Body& body : std::as_const(*bodies)) {
            if (body.id == from.id)
                continue;
            m_targets.append(body);
            m_target->addItem(bodyDisplayName(body), body.id);
        }
    }
    m_target->setCurrentIndex(-1);
    m_target->setPlaceholderText(tr("Choose a body"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Merge into:"), m_target);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BodyMergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &BodyMergeDialog::updateMessage);
    updateMessage();
    ScreenFit::resize(this, QSize(520, 260));
}

Body BodyMergeDialog::target() const
{
    const int index = m_target->currentIndex();
    return index >= 0 && index < m_targets.size() ? m_targets.at(index) : Body {};
}

void BodyMergeDialog::updateMessage()
{
    const Body into = target();
    if (into.id == 0) {
        m_message->setText(tr("Choose the body that %1 is.").arg(bodyDisplayName(m_from)));
        m_message->setStyleSheet(QString());
        m_merge->setEnabled(false);
        return;
    }
    const QString problem = BodyRepository(m_db).mergeProblem(m_from.id, into.id);
    const auto used = BodyRepository(m_db).usage(m_from.id);
    const BodyUsage usage = used ? *used : BodyUsage {};
    m_message->setText(problem.isEmpty() ? tr("%n meeting(s) and %1 will move to %2.", nullptr, usage.meetings)
                                               .arg(tr("%n handling(s)", nullptr, usage.entries), bodyDisplayName(into))
                                         : problem);
    m_message->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLabel { color: #a8101c; }"));
    m_merge->setEnabled(problem.isEmpty());
}

void BodyMergeDialog::accept()
{
    const Body into = target();
    if (into.id == 0)
        return;
    auto merged = BodyRepository(m_db).merge(m_from.id, into.id);
    if (!merged) {
        m_message->setText(merged.errorMessage());
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #a8101c; }"));
        m_merge->setEnabled(false);
        return;
    }
    QDialog::accept();
}

} // namespace Aloite::Ui
