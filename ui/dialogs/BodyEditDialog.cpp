#include "BodyEditDialog.h"

#include "BodyModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aloite::Ui {

namespace {

QLabel* makeErrorLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a8101c;"));
    label->hide();
    return label;
}

QWidget* withError(QWidget* field, QLabel* error, Qt::Alignment alignment = {})
{
    auto* box = new QWidget;
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    box->setFocusProxy(field); // the form label's mnemonic reaches the field
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field, 0, alignment);
    layout->addWidget(error);
    return box;
}

} // namespace

BodyEditDialog::BodyEditDialog(const Database& db, const Body& body, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_repository(db)
    , m_body(body)
{
    setObjectName(QStringLiteral("bodyEditDialog"));
    setWindowTitle(body.id > 0 ? tr("Edit Body") : tr("Add Body"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (Body::Kind kind : {Body::Kind::Council, Body::Kind::Board, Body::Kind::Committee})
        m_kind->addItem(BodyModel::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(body.kind)));
    m_kind->setAccessibleName(tr("Kind of body"));
    m_finnish = new QLineEdit(body.name.fi, this);
    m_finnish->setObjectName(QStringLiteral("finnishNameEdit"));
    m_finnish->setAccessibleName(tr("Finnish name"));
    m_finnish->setPlaceholderText(tr("e.g. Tekninen lautakunta"));
    m_finnish->setMaxLength(200);
    m_swedish = new QLineEdit(body.name.sv, this);
    m_swedish->setObjectName(QStringLiteral("swedishNameEdit"));
    m_swedish->setAccessibleName(tr("Swedish name"));
    m_swedish->setPlaceholderText(tr("e.g. Tekniska nämnden"));
    m_swedish->setToolTip(tr("In a bilingual municipality the Swedish memos print this name. Leave it empty in a "
                             "Finnish-speaking municipality."));
    m_swedish->setMaxLength(200);
    m_kindError = makeErrorLabel("kindError", this);
    m_finnishError = makeErrorLabel("finnishNameError", this);
    m_swedishError = makeErrorLabel("swedishNameError", this);
    m_error = makeErrorLabel("errorLabel", this);

    QString note;
    if (body.id > 0) {
        const auto used = m_repository.usage(body.id);
        const BodyUsage usage = used ? *used : BodyUsage {};
        if (body.kind == Body::Kind::Council || body.kind == Body::Kind::Board) {
            m_kind->setEnabled(false);
            m_kind->setToolTip(tr("The municipality always has a council and a city board; they can be renamed."));
        } else if (usage.entries > 0) {
            m_kind->setEnabled(false);
            m_kind->setToolTip(tr("The body has handled cases, so its kind cannot change any more."));
        }
        if (usage.confirmedEntries > 0)
            note = tr("Confirmed minutes refer to this body: the decision history shows the new name for the earlier "
                      "meetings too. The entries themselves do not change.");
    }
    auto* noteLabel = new QLabel(note, this);
    noteLabel->setObjectName(QStringLiteral("noteLabel"));
    noteLabel->setWordWrap(true);
    noteLabel->setVisible(!note.isEmpty());

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Kind:"), withError(m_kind, m_kindError, Qt::AlignLeft));
    form->addRow(tr("&Finnish name:"), withError(m_finnish, m_finnishError));
    form->addRow(tr("&Swedish name:"), withError(m_swedish, m_swedishError));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(body.id > 0 ? tr("&Save") : tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BodyEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(noteLabel);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_touched.insert(QStringLiteral("kind"));
        validate();
    });
    connect(m_finnish, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(QStringLiteral("name.fi"));
        validate();
    });
    connect(m_swedish, &QLineEdit::textEdited, this, [this] {
        m_touched.insert(QStringLiteral("name.sv"));
        validate();
    });
    m_finnish->setFocus();
}

Body BodyEditDialog::body() const
{
    Body b = m_body;
    b.kind = Body::Kind(m_kind->currentData().toInt());
    b.name = {m_finnish->text().simplified(), m_swedish->text().simplified()};
    return b;
}

QLabel* BodyEditDialog::errorLabel(const QString& field) const
{
    if (field == QLatin1String("kind"))
        return m_kindError;
    if (field == QLatin1String("name.sv"))
        return m_swedishError;
    return m_finnishError;
}

QString BodyEditDialog::fieldError(const QString& field) const
{
    const QLabel* label = errorLabel(field);
    return label->isVisibleTo(this) ? label->text() : QString();
}

void BodyEditDialog::validate()
{
    const QList<FieldError> errors = m_repository.check(body());
    for (const QString& field : {QStringLiteral("kind"), QStringLiteral("name.fi"), QStringLiteral("name.sv")}) {
        QStringList messages;
        for (const FieldError& error : errors) {
            if (error.field == field)
                messages.append(error.message);
        }
        QLabel* label = errorLabel(field);
        const bool show = !messages.isEmpty() && (m_showAll || m_touched.contains(field));
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(show);
        QWidget* widget = field == QLatin1String("kind") ? static_cast<QWidget*>(m_kind)
            : field == QLatin1String("name.sv")          ? static_cast<QWidget*>(m_swedish)
                                                         : static_cast<QWidget*>(m_finnish);
        // The message is part of what a screen reader says about the field.
        widget->setAccessibleDescription(show ? label->text() : QString());
    }
    m_error->hide();
    fitHeight();
}

void BodyEditDialog::fitHeight()
{
    // Wrapped messages need more height than the dialog had when it opened.
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void BodyEditDialog::accept()
{
    m_showAll = true;
    validate();
    const QList<FieldError> errors = m_repository.check(body());
    if (!errors.isEmpty()) {
        const QString field = errors.first().field;
        if (field == QLatin1String("kind"))
            m_kind->setFocus();
        else if (field == QLatin1String("name.sv"))
            m_swedish->setFocus();
        else
            m_finnish->setFocus();
        return;
    }
    Body b = body();
    const Status saved = b.id > 0 ? m_repository.update(b, m_body) : m_repository.create(b);
    if (!saved) {
        m_error->setText(saved.errorMessage());
        m_error->show();
        fitHeight();
        return;
    }
    m_body = b;
    QDialog::accept();
}

} // namespace Aloite::Ui
