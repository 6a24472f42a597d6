#include "OrganisationDialog.h"

#include "CaseNumber.h"
#include "Database.h"
#include "MemoTemplate.h"
#include "ScreenFit.h"
#include "SettingsRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace Aloite::Ui {

namespace {

const QString s_geometryKey = QStringLiteral("organisationDialog/geometry");
const QString s_folderKey = QStringLiteral("organisationDialog/logoFolder");
const QSize s_previewSize(200, 80);

} // namespace

OrganisationDialog::OrganisationDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Organisation"));

    auto line = [this](const QString& objectName, const QString& accessibleName, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(320);
        return edit;
    };
    m_nameFi = line(QStringLiteral("nameFi"), tr("Name in Finnish"), QStringLiteral("Espoon kaupunki"));
    m_nameSv = line(QStringLiteral("nameSv"), tr("Name in Swedish"), QStringLiteral("Esbo stad"));
    m_address = line(QStringLiteral("address"), tr("Address line"), QStringLiteral("PL 12, 02070 Espoon kaupunki"));
    m_emailPattern =
        line(QStringLiteral("emailPattern"), tr("E-mail pattern"), QStringLiteral("firstname.lastname@espoo.fi"));
    m_switchboard = line(QStringLiteral("switchboard"), tr("Switchboard number"), QStringLiteral("09 816 21"));
    m_caseNumberPattern =
        line(QStringLiteral("caseNumberPattern"), tr("Case number format"), CaseNumberPattern::defaultPattern());
    m_caseNumberPattern->setToolTip(tr("# stands for digits, YYYY for the year, * for any text; everything else "
                                       "is written as it is. Numbers in another format are kept with a warning."));
    m_caseNumberExample = new QLabel(this);
    m_caseNumberExample->setObjectName(QStringLiteral("caseNumberExample"));
    m_caseNumberExample->setTextFormat(Qt::PlainText);
    m_caseNumberExample->setWordWrap(true);

    m_emailPreview = new QLabel(this);
    m_emailPreview->setObjectName(QStringLiteral("emailPreview"));
    m_emailPreview->setTextFormat(Qt::PlainText);
    QPalette muted = m_emailPreview->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_emailPreview->setPalette(muted);
    m_caseNumberExample->setPalette(muted);

    m_logoPreview = new QLabel(this);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setAccessibleName(tr("Logo preview"));
    m_logoPreview->setFixedSize(s_previewSize);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    auto* chooseLogo = new QPushButton(tr("C&hoose…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    chooseLogo->setAccessibleName(tr("Choose logo"));
    m_removeLogo = new QPushButton(tr("&Remove"), this);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_removeLogo->setAccessibleName(tr("Remove logo"));
    connect(chooseLogo, &QPushButton::clicked, this, &OrganisationDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updatePreview();
    });
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Name (&Finnish):"), m_nameFi);
    form->addRow(tr("Name (&Swedish):"), m_nameSv);
    form->addRow(tr("&Logo (PNG or SVG):"), logoRow);
    form->addRow(tr("&Address line:"), m_address);
    form->addRow(tr("&E-mail pattern:"), m_emailPattern);
    form->addRow(QString(), m_emailPreview);
    form->addRow(tr("S&witchboard:"), m_switchboard);
    form->addRow(tr("&Case number format:"), m_caseNumberPattern);
    form->addRow(QString(), m_caseNumberExample);
    m_memoTemplate = new QComboBox(this);
    m_memoTemplate->setObjectName(QStringLiteral("memoTemplate"));
    m_memoTemplate->setAccessibleName(tr("Memo layout"));
    for (const MemoTemplate& t : MemoTemplate::shipped())
        m_memoTemplate->addItem(t.name.fi, t.key);
    form->addRow(tr("&Memo layout:"), m_memoTemplate);
    static_cast<QLabel*>(form->labelForField(logoRow))->setBuddy(chooseLogo);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette alert = m_error->palette();
    alert.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(alert);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto loaded = SettingsRepository(m_db).organisation();
    const OrganisationSettings current = loaded ? *loaded : OrganisationSettings::defaults();
    m_loaded = current;
    if (!loaded) {
        m_error->setText(loaded.error().message);
        m_error->show();
    }
    m_nameFi->setText(current.name.fi);
    m_nameSv->setText(current.name.sv);
    m_address->setText(current.addressLine);
    m_emailPattern->setText(current.emailPattern);
    m_switchboard->setText(current.switchboard);
    m_caseNumberPattern->setText(current.caseNumberPattern);
    m_memoTemplate->setCurrentIndex(
        std::max(0, m_memoTemplate->findData(MemoTemplate::byKey(current.memoTemplate).key)));
    m_logo = current.logo;
    connect(m_emailPattern, &QLineEdit::textChanged, this, &OrganisationDialog::updatePreview);
    connect(m_caseNumberPattern, &QLineEdit::textChanged, this, &OrganisationDialog::updatePreview);
    updatePreview();
    ScreenFit::restore(this, QSettings().value(s_geometryKey).toByteArray(), sizeHint());
    connect(this, &QDialog::finished, this, [this] { QSettings().setValue(s_geometryKey, saveGeometry()); });
}

OrganisationSettings OrganisationDialog::settings() const
{
    OrganisationSettings s = m_loaded; // what the dialog does not show stays as it was
    s.name = {m_nameFi->text().trimmed(), m_nameSv->text().trimmed()};
    s.logo = m_logo;
    s.addressLine = m_address->text().trimmed();
    s.emailPattern = m_emailPattern->text().trimmed();
    s.switchboard = m_switchboard->text().trimmed();
    s.caseNumberPattern = m_caseNumberPattern->text().trimmed();
    s.memoTemplate = m_memoTemplate->currentData().toString();
    return s;
}

bool OrganisationDialog::setLogoFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        m_error->show();
        return false;
    }
    const QByteArray bytes = file.readAll();
    const auto format = OrganisationSettings::logoFormat(bytes);
    if (format != OrganisationSettings::LogoFormat::Png && format != OrganisationSettings::LogoFormat::Svg) {
        m_error->setText(tr("%1 is not a PNG or SVG image.").arg(QFileInfo(path).fileName()));
        m_error->show();
        return false;
    }
    m_logo = bytes;
    m_error->hide();
    updatePreview();
    return true;
}

void OrganisationDialog::chooseLogo()
{
    QFileDialog dialog(this, tr("Choose Logo"));
    dialog.setObjectName(QStringLiteral("logoDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilter(tr("Logos (*.png *.svg)"));
    dialog.setDirectory(
        QSettings().value(s_folderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    QSettings().setValue(s_folderKey, QFileInfo(path).absolutePath());
    setLogoFile(path);
}

void OrganisationDialog::updatePreview()
{
    const OrganisationSettings current = settings();
    QPixmap pixmap(s_previewSize * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::white);
    bool painted = false;
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painted = current.paintLogo(painter, QRectF(QPointF(6, 6), QSizeF(s_previewSize) - QSizeF(12, 12)));
    }
    if (painted) {
        m_logoPreview->setPixmap(pixmap);
    } else {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty());
    m_emailPreview->setText(current.emailPattern.isEmpty() ? QString()
                                                           : tr("Printed as %1 / %2")
                                                                 .arg(current.emailPatternIn(Language::Finnish),
                                                                      current.emailPatternIn(Language::Swedish)));
    const CaseNumberPattern pattern(current.caseNumberPattern);
    if (current.caseNumberPattern.isEmpty())
        m_caseNumberExample->setText(tr("Any case number is accepted without a warning."));
    else if (const QString problem = pattern.validate(); !problem.isEmpty())
        m_caseNumberExample->setText(problem);
    else
        //: %1 is a made-up case number in the configured format
        m_caseNumberExample->setText(tr("For example %1").arg(pattern.example(2025)));
}

void OrganisationDialog::accept()
{
    if (Status saved = SettingsRepository(m_db).saveOrganisation(settings(), m_loaded); !saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Aloite::Ui
