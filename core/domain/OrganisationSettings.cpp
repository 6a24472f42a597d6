#include "OrganisationSettings.h"

#include "CaseNumber.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace Aloite {

namespace {

const QString s_firstName = QStringLiteral("firstname");
const QString s_lastName = QStringLiteral("lastname");

} // namespace

OrganisationSettings OrganisationSettings::defaults()
{
    OrganisationSettings settings;
    settings.name = {QStringLiteral("Kaupunki"), QStringLiteral("Stad")};
    settings.emailPattern = QStringLiteral("firstname.lastname@kaupunki.fi");
    settings.caseNumberPattern = CaseNumberPattern::defaultPattern();
    return settings;
}

QString OrganisationSettings::validate() const
{
    if (name.fi.trimmed().isEmpty())
        return tr("The organisation needs a Finnish name.");
    if (logoFormat(logo) == LogoFormat::Unknown)
        return tr("The logo must be a PNG or SVG image.");
    if (!emailPattern.isEmpty() && !emailPattern.contains(QLatin1Char('@')))
        return tr("The e-mail pattern needs an @, e.g. firstname.lastname@city.fi.");
    if (const QString problem = CaseNumberPattern(caseNumberPattern).validate(); !problem.isEmpty())
        return problem;
    return {};
}

OrganisationSettings::LogoFormat OrganisationSettings::logoFormat(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return LogoFormat::None;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        QImage image;
        return image.loadFromData(bytes, "PNG") ? LogoFormat::Png : LogoFormat::Unknown;
    }
    const QByteArray head = bytes.left(1024);
    if (head.contains("<svg") || head.contains("<?xml")) {
        QSvgRenderer renderer(bytes);
        return renderer.isValid() ? LogoFormat::Svg : LogoFormat::Unknown;
    }
    return LogoFormat::Unknown;
}

bool OrganisationSettings::paintLogo(QPainter& painter, const QRectF& target) const
{
    QSizeF size;
    QSvgRenderer svg;
    QImage image;
    switch (logoFormat(logo)) {
    case LogoFormat::Svg:
        if (!svg.load(logo))
            return false;
        size = svg.viewBoxF().size();
        if (size.isEmpty())
            size = svg.defaultSize();
        break;
    case LogoFormat::Png:
        if (!image.loadFromData(logo, "PNG"))
            return false;
        if (image.hasAlphaChannel()) {
            // Flattened onto white: PDF/A-1 allows no transparency, and letterheads are white.
            QImage flat(image.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            QPainter(&flat).drawImage(0, 0, image);
            image = flat;
        }
        size = image.size();
        break;
    default:
        return false;
    }
    if (size.isEmpty())
        return false;
    const QSizeF scaled = size.scaled(target.size(), Qt::KeepAspectRatio);
    const QRectF rect(target.topLeft(), scaled);
    if (image.isNull())
        svg.render(&painter, rect);
    else
        painter.drawImage(rect, image);
    return true;
}

QString OrganisationSettings::emailPatternIn(Language language) const
{
    QString text = emailPattern;
    const bool swedish = language == Language::Swedish;
    text.replace(s_firstName, swedish ? QStringLiteral("förnamn") : QStringLiteral("etunimi"), Qt::CaseInsensitive);
    text.replace(s_lastName, swedish ? QStringLiteral("efternamn") : QStringLiteral("sukunimi"), Qt::CaseInsensitive);
    return text;
}

} // namespace Aloite
