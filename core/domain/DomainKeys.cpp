#include "Body.h"
#include "DecisionEntry.h"
#include "Initiative.h"
#include "Recording.h"

#include <algorithm>
#include <array>
#include <utility>

namespace Aloite {

namespace {

template<typename E, std::size_t N> QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E, std::size_t N>
bool valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& key, E* value)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k)) {
            *value = e;
            return true;
        }
    }
    return false;
}

// These keys are stored in the database and in the JSON format: never change one.
constexpr std::array bodyKinds {
    std::pair {Body::Kind::Council, "council"},
    std::pair {Body::Kind::Board, "board"},
    std::pair {Body::Kind::Committee, "committee"},
};

constexpr std::array meetingStates {
    std::pair {Meeting::State::Planned, "planned"},
    std::pair {Meeting::State::AgendaPublished, "agenda-published"},
    std::pair {Meeting::State::Held, "held"},
    std::pair {Meeting::State::MinutesConfirmed, "minutes-confirmed"},
};

constexpr std::array outcomes {
    std::pair {Outcome::Pending, "pending"},
    std::pair {Outcome::AcceptedAsProposed, "accepted"},
    std::pair {Outcome::AcceptedAmended, "accepted-amended"},
    std::pair {Outcome::Returned, "returned"},
    std::pair {Outcome::Tabled, "tabled"},
    std::pair {Outcome::Rejected, "rejected"},
    std::pair {Outcome::NotedAndClosed, "noted-closed"},
    std::pair {Outcome::Withdrawn, "withdrawn"},
};

constexpr std::array voteChoices {
    std::pair {VoteChoice::Yes, "yes"},
    std::pair {VoteChoice::No, "no"},
    std::pair {VoteChoice::Blank, "blank"},
    std::pair {VoteChoice::Absent, "absent"},
};

constexpr std::array initiativeKinds {
    std::pair {InitiativeKind::Council, "council"},     std::pair {InitiativeKind::Group, "group"},
    std::pair {InitiativeKind::Residents, "residents"}, std::pair {InitiativeKind::Referendum, "referendum"},
    std::pair {InitiativeKind::Budget, "budget"},       std::pair {InitiativeKind::Report, "report"},
};

constexpr std::array assignmentRoles {
    std::pair {Assignment::Role::Preparer, "preparer"},
    std::pair {Assignment::Role::Contact, "contact"},
};

constexpr std::array attachmentKinds {
    std::pair {Attachment::Kind::Attachment, "attachment"},
    std::pair {Attachment::Kind::Supplementary, "supplementary"},
};

} // namespace

QString bodyKindKey(Body::Kind kind)
{
    return keyOf(bodyKinds, kind);
}

bool bodyKindFromKey(const QString& key, Body::Kind* kind)
{
    return valueOf(bodyKinds, key, kind);
}

QString meetingStateKey(Meeting::State state)
{
    return keyOf(meetingStates, state);
}

bool meetingStateFromKey(const QString& key, Meeting::State* state)
{
    return valueOf(meetingStates, key, state);
}

QString outcomeKey(Outcome outcome)
{
    return keyOf(outcomes, outcome);
}

bool outcomeFromKey(const QString& key, Outcome* outcome)
{
    return valueOf(outcomes, key, outcome);
}

QString voteChoiceKey(VoteChoice choice)
{
    return keyOf(voteChoices, choice);
}

bool voteChoiceFromKey(const QString& key, VoteChoice* choice)
{
    return valueOf(voteChoices, key, choice);
}

VoteCount Recording::tally(const QList<PersonVote>& personVotes)
{
    VoteCount count;
    count.blank = 0;
    count.absent = 0;
    for (const PersonVote& vote : personVotes) {
        switch (vote.choice) {
        case VoteChoice::Yes:
            ++count.yes;
            break;
        case VoteChoice::No:
            ++count.no;
            break;
        case VoteChoice::Blank:
            count.blank = *count.blank + 1;
            break;
        case VoteChoice::Absent:
            count.absent = *count.absent + 1;
            break;
        }
    }
    return count;
}

QString initiativeKindKey(InitiativeKind kind)
{
    return keyOf(initiativeKinds, kind);
}

bool initiativeKindFromKey(const QString& key, InitiativeKind* kind)
{
    return valueOf(initiativeKinds, key, kind);
}

QString assignmentRoleKey(Assignment::Role role)
{
    return keyOf(assignmentRoles, role);
}

bool assignmentRoleFromKey(const QString& key, Assignment::Role* role)
{
    return valueOf(assignmentRoles, key, role);
}

QString attachmentKindKey(Attachment::Kind kind)
{
    return keyOf(attachmentKinds, kind);
}

bool attachmentKindFromKey(const QString& key, Attachment::Kind* kind)
{
    return valueOf(attachmentKinds, key, kind);
}

QStringList changedParts(const Initiative& before, const Initiative& after)
{
    auto sameFiles = [](const QList<Attachment>& a, const QList<Attachment>& b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Attachment& x, const Attachment& y) {
            return x.kind == y.kind && x.title == y.title && x.fileName == y.fileName && x.sha256 == y.sha256;
        });
    };
    auto samePeople = [](const QList<Assignment>& a, const QList<Assignment>& b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Assignment& x, const Assignment& y) {
            return x.person.id == y.person.id && x.role == y.role;
        });
    };
    const std::pair<const char*, bool> parts[] {
        {"kind", before.kind != after.kind},
        {"caseNumber", before.caseNumber != after.caseNumber},
        {"title", before.title != after.title || before.bilingual != after.bilingual},
        {"signers",
         before.firstSigner != after.firstSigner || before.firstSignerRole != after.firstSignerRole
             || before.coSigners != after.coSigners || before.coSignerCount != after.coSignerCount},
        {"dates",
         before.datedDate != after.datedDate || before.submittedDate != after.submittedDate
             || before.submittedBody != after.submittedBody || before.submittedSection != after.submittedSection},
        {"background", before.background != after.background},
        {"proposal", before.proposal != after.proposal},
        {"questions", before.questions != after.questions},
        {"unit", before.responsibleUnit != after.responsibleUnit},
        {"notes", before.notes != after.notes},
        {"preparers", !samePeople(before.assignments, after.assignments)},
        {"answer", before.answer != after.answer},
        {"distribution", before.distribution != after.distribution},
        {"statements", before.statements != after.statements},
        {"attachments", !sameFiles(before.attachments, after.attachments)},
    };
    QStringList changed;
    for (const auto& [key, differs] : parts) {
        if (differs)
            changed << QString::fromLatin1(key);
    }
    return changed;
}

} // namespace Aloite
