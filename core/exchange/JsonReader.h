#pragma once

#include "DecisionEntry.h"
#include "Initiative.h"
#include "MeetingRepository.h"
#include "Recording.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

/// Reading the exchange format (docs/json-format.md): the parts of JsonFormat's import that turn
/// JSON into domain values, checking every field and naming the place of the first problem.
namespace Aloite::JsonIn {

/// Stands in for a lone surrogate escape: a noncharacter, which no valid text contains.
inline constexpr QChar LoneSurrogateMark(0xffff);

/// Replaces every escape of a lone UTF-16 surrogate ("\\ud800" not followed by a low surrogate, or a
/// low one without a high one) by "\\uffff" in place, so that the parser neither swallows the next
/// character nor lets the mistake pass: Reader refuses the mark with the field's path. The length
/// and every offset stay the same.
QByteArray markLoneSurrogates(QByteArray json);

/// Reads the JSON of one case and reports the first problem with its path ("cases[0].title").
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)

public:
    QString error;
    int version = 2; ///< the file's format version: 1 reads an absent coSignerCount as the names' count

    bool failed() const { return !error.isEmpty(); }

    /// Refuses the mark markLoneSurrogates() leaves where the file had a lone UTF-16 surrogate.
    void checkCharacters(const QString& text, const QString& path)
    {
        if (text.contains(LoneSurrogateMark))
            fail(path, tr("contains an escape \\uD800-\\uDFFF that is half of a character (a lone surrogate)"));
    }

    void fail(const QString& path, const QString& message)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(path, message);
    }

    QString string(const QJsonObject& o, const QString& key, const QString& path, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + QLatin1Char('.') + key, tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(path + QLatin1Char('.') + key, tr("must be text"));
            return {};
        }
        checkCharacters(v.toString(), path + QLatin1Char('.') + key);
        if (required && v.toString().trimmed().isEmpty())
            fail(path + QLatin1Char('.') + key, tr("must not be empty"));
        return v.toString();
    }

    int integer(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0) {
            fail(path + QLatin1Char('.') + key, tr("must be a whole number of at least 0"));
            return 0;
        }
        return v.toInt();
    }

    bool boolean(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(path + QLatin1Char('.') + key, tr("must be true or false"));
        return v.toBool();
    }

    QDate date(const QJsonObject& o, const QString& key, const QString& path, bool required = false)
    {
        const QString text = string(o, key, path, required);
        if (text.isEmpty())
            return {};
        // Exactly YYYY-MM-DD: Qt's ISO parser also takes "2025-05-19 " and "2025-05-19T10:00", which
        // the application never writes and a file should not carry unnoticed.
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!d.isValid())
            fail(path + QLatin1Char('.') + key, tr("\"%1\" is not a date of the form 2025-05-19").arg(text));
        return d;
    }

    QJsonObject object(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(path + QLatin1Char('.') + key, tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(path + QLatin1Char('.') + key, tr("must be a list"));
        return v.toArray();
    }

    QStringList strings(const QJsonObject& o, const QString& key, const QString& path)
    {
        QStringList result;
        const QJsonArray list = array(o, key, path);
        for (qsizetype n = 0; n < list.size(); ++n) {
            if (!list.at(n).isString())
                fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(n), tr("must be text"));
            checkCharacters(list.at(n).toString(), QStringLiteral("%1.%2[%3]").arg(path, key).arg(n));
            result << list.at(n).toString();
        }
        return result;
    }

    LocalizedText text(const QJsonObject& o, const QString& key, const QString& path, bool finnishRequired = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return {v.toString(), {}};
        const QJsonObject t = object(o, key, path);
        if (finnishRequired && t.isEmpty() && !failed()) {
            fail(path + QLatin1Char('.') + key, tr("is missing"));
            return {};
        }
        const QString p = path + QLatin1Char('.') + key;
        return {string(t, QStringLiteral("fi"), p, finnishRequired), string(t, QStringLiteral("sv"), p)};
    }

    template<typename E>
    E key(const QJsonObject& o, const QString& name, const QString& path, bool (*parse)(const QString&, E*), E fallback)
    {
        const QString text = string(o, name, path);
        if (text.isEmpty())
            return fallback;
        E value = fallback;
        if (!parse(text, &value))
            fail(path + QLatin1Char('.') + name, tr("\"%1\" is not one of the known values").arg(text));
        return value;
    }
};

struct ImportedMeeting
{
    QString key;
    Body body;
    Meeting meeting;
};

struct ImportedDecision
{
    DecisionEntry entry;
    int corrects = -1; ///< index into the case's decisions, or -1
    QString meetingKey; ///< empty when the entry has no meeting
    int agendaPosition = 0;
    QList<PersonVote> personVotes;
};

struct ImportedCase
{
    Initiative initiative;
    QList<ImportedDecision> decisions;
    QList<std::pair<Attachment, QByteArray>> files;
};

Body readBody(Reader& r, const QJsonObject& o, const QString& key, const QString& path);

/// The key by which the cases of a file refer to a meeting: body, date and number identify a
/// meeting (the table is unique on them), so the same meeting gets the same key in every export.
QString meetingKey(const Body& body, const Meeting& meeting);

ImportedMeeting readMeeting(Reader& r, const QJsonObject& o, const QString& path);

/// One case of the file at \a path; \a meetingKeys are the meetings the file defines.
ImportedCase readCase(Reader& r, const QJsonObject& o, const QString& path, const QSet<QString>& meetingKeys);

/// The application's rules (Validation) on a case read from the file at \a path, with the path of
/// the field each problem is in (`cases[3].decisions[1].meetingDate`): the same rules the
/// repositories apply when the case is written, but reported where the file can be corrected. The
/// entries are checked as the import adds them, each against those before it.
void checkRules(Reader& r, const ImportedCase& c, const QString& path);

} // namespace Aloite::JsonIn
