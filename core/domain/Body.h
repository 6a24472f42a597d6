#pragma once

#include "Language.h"

#include <QDate>
#include <QString>

namespace Aloite {

/// A decision-making body: the council, the city board or a committee.
struct Body
{
    enum class Kind {
        Council,
        Board,
        Committee,
    };

    qint64 id = 0;
    Kind kind = Kind::Committee;
    LocalizedText name; ///< "Valtuusto" / "Fullmäktige"

    friend bool operator==(const Body&, const Body&) = default;
};

/// A meeting of a body. Its state gates what may change: entries of a meeting whose minutes are
/// confirmed are the legal record.
struct Meeting
{
    enum class State {
        Planned,
        AgendaPublished,
        Held,
        MinutesConfirmed,
    };

    qint64 id = 0;
    qint64 bodyId = 0;
    QDate date;
    int number = 0; ///< running number of the meeting within its year, e.g. 5/2026
    QString place;
    State state = State::Planned;
    int firstSection = 0; ///< the § of the first agenda item; 0 while the agenda is not numbered
    QString presenter; ///< who presents the items by default, e.g. "Kaupunginjohtaja Mykkänen Kai"
    Language language = Language::Finnish; ///< the language of the agenda and the minutes
    int version = 0;

    friend bool operator==(const Meeting&, const Meeting&) = default;
};

QString bodyKindKey(Body::Kind kind);
bool bodyKindFromKey(const QString& key, Body::Kind* kind);
QString meetingStateKey(Meeting::State state);
bool meetingStateFromKey(const QString& key, Meeting::State* state);

} // namespace Aloite
