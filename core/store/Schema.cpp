#include "Schema.h"

namespace Aloite {

namespace {

// The derived status and due date, defined once for both versions: version 2 drops them around
// its rebuild of `initiative` and makes them again.

// The status of every case, derived from its history exactly as CaseStatusRules::derive() does
// (tst_CaseStatus checks that both agree for every outcome).
QString initiativeStatusView()
{
    return QStringLiteral(R"(CREATE VIEW initiative_status AS
            SELECT i.id AS initiative_id,
                CASE
                    WHEN e.outcome IS NULL THEN
                        CASE WHEN EXISTS (SELECT 1 FROM assignment a WHERE a.initiative_id = i.id)
                             THEN 'in-preparation' ELSE 'registered' END
                    WHEN e.outcome = 'withdrawn' THEN 'withdrawn'
                    WHEN e.outcome IN ('noted-closed', 'rejected') THEN 'closed'
                    WHEN e.outcome = 'returned' THEN 'returned'
                    WHEN e.outcome IN ('pending', 'tabled') THEN
                        CASE WHEN b.kind = 'council' THEN 'at-council' ELSE 'at-board' END
                    ELSE
                        CASE b.kind WHEN 'committee' THEN 'at-board' WHEN 'board' THEN 'at-council'
                                    ELSE 'closed' END
                END AS status
            FROM initiative i
            LEFT JOIN decision_entry e ON e.id = (
                SELECT d.id FROM decision_entry d
                WHERE d.initiative_id = i.id
                  AND NOT EXISTS (SELECT 1 FROM decision_entry c WHERE c.corrects_entry_id = d.id)
                ORDER BY d.meeting_date DESC, d.section DESC, d.id DESC LIMIT 1)
            LEFT JOIN body b ON b.id = e.body_id)");
}

enum class DeadlineOf {
    EveryCase, ///< version 1
    InitiativesOnly, ///< version 2: a report has no deadline
    ByKind, ///< version 6: referendum initiatives and budget motions have periods of their own
};

// Deadlines (DeadlineRules): initiative_deadline is the one definition of the rule in SQL
// (DeadlineRules::dueDate() is the same in C++; tst_DeadlineRules checks that they agree).
enum class Dialect {
    Sqlite,
    Postgres,
};

QString initiativeDeadlineView(DeadlineOf cases, Dialect dialect = Dialect::Sqlite)
{
    const QString dueDate = dialect == Dialect::Sqlite ? QStringLiteral(R"(CASE
                    WHEN p.open = 0 OR p.months IS NULL OR p.months <= 0 OR p.base IS NULL THEN NULL
                    -- QDate::addMonths() clamps 31 January + 1 month to 28 February; date() overflows
                    -- into March, which 'start of month', '-1 day' turns back into the month's last day.
                    WHEN strftime('%d', date(p.base, '+' || p.months || ' months')) = strftime('%d', p.base)
                        THEN date(p.base, '+' || p.months || ' months')
                    ELSE date(p.base, '+' || p.months || ' months', 'start of month', '-1 day')
                END)")
                                                       : QStringLiteral(R"(CASE
                    WHEN NOT p.open OR p.months IS NULL OR p.months <= 0 OR p.base IS NULL THEN NULL
                    -- The server clamps 31 January + 1 month to 28 February, as QDate::addMonths() does.
                    ELSE to_char(CAST(p.base AS date) + make_interval(months => p.months), 'YYYY-MM-DD')
                END)");
    return QStringLiteral(R"(CREATE VIEW initiative_deadline AS
            SELECT p.initiative_id,
                %2 AS due_date
            FROM (
                SELECT i.id AS initiative_id,
                    s.status NOT IN ('closed', 'withdrawn') AS open,
                    coalesce(r.meeting_date, i.submitted_date) AS base,
                    CASE
                        %1WHEN r.meeting_date IS NOT NULL THEN
                            coalesce((SELECT CAST(value AS INTEGER) FROM setting
                                      WHERE key = 'deadline.months-after-return'), 6)
                        WHEN i.kind = 'residents' THEN
                            coalesce((SELECT CAST(value AS INTEGER) FROM setting
                                      WHERE key = 'deadline.months-residents'), 6)
                        %3                        WHEN i.co_signer_count + 1 < coalesce((SELECT CAST(value AS INTEGER) FROM setting
                                                               WHERE key = 'deadline.signer-threshold'), 0) THEN
                            coalesce((SELECT CAST(value AS INTEGER) FROM setting
                                      WHERE key = 'deadline.months-few-signers'), 6)
                        ELSE coalesce((SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'deadline.months'), 6)
                    END AS months
                FROM initiative i
                JOIN initiative_status s ON s.initiative_id = i.id
                LEFT JOIN decision_entry r ON r.id = (
                    SELECT d.id FROM decision_entry d
                    WHERE d.initiative_id = i.id AND d.outcome = 'returned'
                      AND NOT EXISTS (SELECT 1 FROM decision_entry c WHERE c.corrects_entry_id = d.id)
                    ORDER BY d.meeting_date DESC, d.section DESC, d.id DESC LIMIT 1)
            ) p)")
        .arg(cases != DeadlineOf::EveryCase
                 ? QStringLiteral("WHEN i.kind = 'report' THEN NULL\n                        ")
                 : QString(),
             dueDate,
             cases == DeadlineOf::ByKind ? QStringLiteral(R"(WHEN i.kind = 'referendum' THEN
                            coalesce((SELECT CAST(value AS INTEGER) FROM setting
                                      WHERE key = 'deadline.months-referendum'), 3)
                        WHEN i.kind = 'budget' THEN
                            coalesce((SELECT CAST(value AS INTEGER) FROM setting
                                      WHERE key = 'deadline.months-budget'), 0)
                        )")
                                         : QString());
}

QString recomputingTrigger(const char* name, const char* event, const char* column, const char* view, const char* id)
{
    return QStringLiteral(
               "CREATE TRIGGER %1 %2 BEGIN UPDATE initiative SET %3 = (SELECT %3 FROM %4 WHERE initiative_id "
               "= %5) WHERE id = %5; END")
        .arg(QLatin1String(name), QLatin1String(event), QLatin1String(column), QLatin1String(view), QLatin1String(id));
}

// The triggers that keep initiative.due_date equal to initiative_deadline in the same transaction
// as every write, whoever writes.
QStringList dueDateTriggers()
{
    const auto due = [](const char* name, const char* event, const char* id) {
        return recomputingTrigger(name, event, "due_date", "initiative_deadline", id);
    };
    return {
        due("initiative_due_insert", "AFTER INSERT ON initiative", "NEW.id"),
        due("initiative_due_update", "AFTER UPDATE OF kind, co_signer_count, submitted_date ON initiative", "NEW.id"),
        due("decision_entry_due_insert", "AFTER INSERT ON decision_entry", "NEW.initiative_id"),
        due("decision_entry_due_update", "AFTER UPDATE ON decision_entry", "NEW.initiative_id"),
        due("decision_entry_due_delete", "AFTER DELETE ON decision_entry", "OLD.initiative_id"),
    };
}

// The triggers that keep initiative.status equal to initiative_status (tst_CaseStatus).
QStringList statusTriggers()
{
    const auto status = [](const char* name, const char* event, const char* id) {
        return recomputingTrigger(name, event, "status", "initiative_status", id);
    };
    return {
        status("initiative_status_insert", "AFTER INSERT ON initiative", "NEW.id"),
        status("decision_entry_status_insert", "AFTER INSERT ON decision_entry", "NEW.initiative_id"),
        status("decision_entry_status_update", "AFTER UPDATE ON decision_entry", "NEW.initiative_id"),
        status("decision_entry_status_delete", "AFTER DELETE ON decision_entry", "OLD.initiative_id"),
        status("assignment_status_insert", "AFTER INSERT ON assignment", "NEW.initiative_id"),
        status("assignment_status_delete", "AFTER DELETE ON assignment", "OLD.initiative_id"),
    };
}

// Version 1: the whole case model. Dates are ISO 8601 text ("2026-03-16"), timestamps UTC.
QStringList version1()
{
    QStringList statements {
        QStringLiteral(R"(CREATE TABLE body (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('council', 'board', 'committee')),
            name_fi TEXT NOT NULL UNIQUE CHECK (name_fi <> ''),
            name_sv TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(INSERT INTO body (kind, name_fi, name_sv) VALUES
            ('council', 'Valtuusto', 'Fullmäktige'),
            ('board', 'Kaupunginhallitus', 'Stadsstyrelsen'))"),
        QStringLiteral(R"(CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            body_id INTEGER NOT NULL REFERENCES body (id),
            date TEXT NOT NULL,
            number INTEGER NOT NULL DEFAULT 0,
            place TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'planned'
                CHECK (state IN ('planned', 'agenda-published', 'held', 'minutes-confirmed')),
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (body_id, date, number)))"),
        QStringLiteral(R"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            last_name TEXT NOT NULL CHECK (last_name <> ''),
            first_name TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX person_name ON person (last_name, first_name)"),
        QStringLiteral(R"(CREATE TABLE initiative (
            id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL DEFAULT 1,
            kind TEXT NOT NULL CHECK (kind IN ('council', 'group', 'residents')),
            case_number TEXT NOT NULL UNIQUE,
            case_year INTEGER NOT NULL,
            case_seq INTEGER NOT NULL,
            classification TEXT NOT NULL,
            bilingual INTEGER NOT NULL DEFAULT 0,
            title_fi TEXT NOT NULL CHECK (title_fi <> ''),
            title_sv TEXT NOT NULL DEFAULT '',
            first_signer TEXT NOT NULL CHECK (first_signer <> ''),
            co_signer_count INTEGER NOT NULL DEFAULT 0 CHECK (co_signer_count >= 0),
            dated_date TEXT,
            submitted_date TEXT NOT NULL,
            submitted_body TEXT NOT NULL DEFAULT '',
            submitted_section INTEGER NOT NULL DEFAULT 0,
            background_fi TEXT NOT NULL DEFAULT '',
            background_sv TEXT NOT NULL DEFAULT '',
            proposal_fi TEXT NOT NULL DEFAULT '',
            proposal_sv TEXT NOT NULL DEFAULT '',
            responsible_unit TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            answer_body_fi TEXT NOT NULL DEFAULT '',
            answer_body_sv TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX initiative_order ON initiative (case_year, case_seq)"),
        QStringLiteral("CREATE INDEX initiative_submitted ON initiative (submitted_date)"),
        QStringLiteral(R"(CREATE TABLE co_signer (
            initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL CHECK (name <> ''),
            PRIMARY KEY (initiative_id, position)))"),
        QStringLiteral(R"(CREATE TABLE question (
            initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text_fi TEXT NOT NULL DEFAULT '',
            text_sv TEXT NOT NULL DEFAULT '',
            answer_fi TEXT NOT NULL DEFAULT '',
            answer_sv TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (initiative_id, position)))"),
        QStringLiteral(R"(CREATE TABLE answer_item (
            initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('summary', 'legal-reference')),
            lang TEXT NOT NULL CHECK (lang IN ('fi', 'sv')),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (initiative_id, kind, lang, position)))"),
        QStringLiteral(R"(CREATE TABLE assignment (
            initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person (id),
            role TEXT NOT NULL CHECK (role IN ('preparer', 'contact')),
            position INTEGER NOT NULL,
            PRIMARY KEY (initiative_id, person_id, role)))"),
        QStringLiteral("CREATE INDEX assignment_person ON assignment (person_id)"),
        QStringLiteral(R"(CREATE TABLE distribution (
            initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            recipient TEXT NOT NULL CHECK (recipient <> ''),
            PRIMARY KEY (initiative_id, position)))"),
        QStringLiteral(R"(CREATE TABLE attachment (
            id INTEGER PRIMARY KEY,
            initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('attachment', 'supplementary')),
            position INTEGER NOT NULL,
            title TEXT NOT NULL CHECK (title <> ''),
            file_name TEXT NOT NULL DEFAULT '',
            media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL))"),
        QStringLiteral("CREATE INDEX attachment_initiative ON attachment (initiative_id, kind, position)"),
        // No ON DELETE CASCADE towards initiative: a case with a decision history cannot vanish.
        QStringLiteral(R"(CREATE TABLE decision_entry (
            id INTEGER PRIMARY KEY,
            initiative_id INTEGER NOT NULL REFERENCES initiative (id),
            body_id INTEGER NOT NULL REFERENCES body (id),
            meeting_id INTEGER REFERENCES meeting (id),
            meeting_date TEXT NOT NULL,
            meeting_number INTEGER NOT NULL DEFAULT 0,
            section INTEGER NOT NULL DEFAULT 0,
            presenter TEXT NOT NULL DEFAULT '',
            proposal TEXT NOT NULL DEFAULT '',
            handling TEXT NOT NULL DEFAULT '',
            votes_yes INTEGER NOT NULL DEFAULT 0 CHECK (votes_yes >= 0),
            votes_no INTEGER NOT NULL DEFAULT 0 CHECK (votes_no >= 0),
            votes_blank INTEGER NOT NULL DEFAULT 0 CHECK (votes_blank >= 0),
            votes_absent INTEGER NOT NULL DEFAULT 0 CHECK (votes_absent >= 0),
            decision TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'accepted', 'accepted-amended', 'returned',
                                                     'tabled', 'rejected', 'noted-closed', 'withdrawn')),
            confirmed INTEGER NOT NULL DEFAULT 0,
            corrects_entry_id INTEGER REFERENCES decision_entry (id),
            correction_reason TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            CHECK (corrects_entry_id IS NULL OR correction_reason <> '')))"),
        QStringLiteral(
            "CREATE INDEX decision_entry_history ON decision_entry (initiative_id, meeting_date, section, id)"),
        QStringLiteral("CREATE INDEX decision_entry_meeting ON decision_entry (meeting_id)"),
        QStringLiteral("CREATE UNIQUE INDEX decision_entry_corrects ON decision_entry (corrects_entry_id)"),
        // The legal record is enforced by the file itself, not only by the API.
        QStringLiteral(R"(CREATE TRIGGER decision_entry_confirmed_update BEFORE UPDATE ON decision_entry
            WHEN OLD.confirmed = 1
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is read-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER decision_entry_confirmed_delete BEFORE DELETE ON decision_entry
            WHEN OLD.confirmed = 1
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is read-only'); END)"),
        initiativeStatusView(),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            summary TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
        QStringLiteral(R"(CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        // Full-text index over what a clerk remembers of a case. unicode61 folds case for ä, ö
        // and å but keeps them apart from a and o: "lisaamisesta" does not find "lisäämisestä".
        QStringLiteral(R"(CREATE VIRTUAL TABLE initiative_fts USING fts5(
            case_number, title, signers, proposal, questions, answers,
            tokenize = 'unicode61 remove_diacritics 0'))"),
        // Deadlines (DeadlineRules): the due date of every case, kept in a column so that the list can
        // filter and sort 100 000 cases by it through an index. initiative_deadline is the one
        // definition of the rule in SQL (DeadlineRules::dueDate() is the same in C++; tst_DeadlineRules
        // checks that they agree); the triggers below keep initiative.due_date equal to it in the
        // same transaction as every write, whoever writes. The periods come from the setting table,
        // so DeadlineRules::save() recomputes the column when they change.
        QStringLiteral("ALTER TABLE initiative ADD COLUMN due_date TEXT"),
        QStringLiteral("CREATE INDEX initiative_due ON initiative (due_date)"),
        initiativeDeadlineView(DeadlineOf::EveryCase),
    };
    statements << dueDateTriggers();
    statements << QStringList {
        // Meetings and their agendas (issue 4). An agenda item is the case's pending decision entry of
        // that meeting; agenda_position orders it, first_section numbers the items in that order.
        QStringLiteral("ALTER TABLE meeting ADD COLUMN first_section INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (first_section >= 0)"),
        QStringLiteral("ALTER TABLE meeting ADD COLUMN presenter TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE meeting ADD COLUMN language TEXT NOT NULL DEFAULT 'fi' "
                       "CHECK (language IN ('fi', 'sv'))"),
        QStringLiteral("CREATE INDEX meeting_body_date ON meeting (body_id, date)"),
        QStringLiteral("ALTER TABLE decision_entry ADD COLUMN agenda_position INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(R"(CREATE TABLE person_vote (
            entry_id INTEGER NOT NULL REFERENCES decision_entry (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            voter TEXT NOT NULL CHECK (voter <> ''),
            choice TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'blank', 'absent')),
            PRIMARY KEY (entry_id, position)))"),
        QStringLiteral(R"(CREATE TRIGGER person_vote_confirmed_insert BEFORE INSERT ON person_vote
            WHEN (SELECT confirmed FROM decision_entry WHERE id = NEW.entry_id) = 1
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is read-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER person_vote_confirmed_update BEFORE UPDATE ON person_vote
            WHEN (SELECT confirmed FROM decision_entry WHERE id = OLD.entry_id) = 1
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is read-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER person_vote_confirmed_delete BEFORE DELETE ON person_vote
            WHEN (SELECT confirmed FROM decision_entry WHERE id = OLD.entry_id) = 1
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is read-only'); END)"),
        // Confirmed minutes: the meeting row itself is frozen too.
        QStringLiteral(R"(CREATE TRIGGER meeting_confirmed_update BEFORE UPDATE ON meeting
            WHEN OLD.state = 'minutes-confirmed'
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed minutes are read-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER meeting_confirmed_delete BEFORE DELETE ON meeting
            WHEN OLD.state = 'minutes-confirmed'
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed minutes are read-only'); END)"),
        // The status of every case as a column, for the same reason as due_date: filtering and sorting
        // 100 000 cases through the initiative_status view costs a correlated lookup per row. The
        // view stays the definition; these triggers keep the column equal to it (tst_CaseStatus).
        QStringLiteral("ALTER TABLE initiative ADD COLUMN status TEXT NOT NULL DEFAULT 'registered'"),
        QStringLiteral("CREATE INDEX initiative_by_status ON initiative (status)"),
    };
    statements << statusTriggers();
    return statements;
}

// Version 2: reports. The council's yearly list of open initiatives is a case of its own (kind
// 'report'): it gets a case number, goes on the agenda, is recorded and printed like any other
// case, but has no signers and no deadline. SQLite cannot change a CHECK constraint in place,
// so `initiative` is rebuilt as https://sqlite.org/lang_altertable.html#otheralter describes:
// the views and triggers that name it are dropped first (ALTER TABLE ... RENAME checks them)
// and made again afterwards. Database::migrate() turns foreign keys off around this migration
// (Migration::rebuildsTables) and commits only when foreign_key_check and integrity_check find
// nothing. Version 1 stays as it shipped; the views and triggers are made again from the
// definitions both versions share, the deadline view with the report rule.
QStringList version2()
{
    QStringList statements {
        QStringLiteral("DROP VIEW initiative_deadline"),
        QStringLiteral("DROP VIEW initiative_status"),
    };
    for (const char* trigger : {"decision_entry_due_insert", "decision_entry_due_update", "decision_entry_due_delete",
                                "decision_entry_status_insert", "decision_entry_status_update",
                                "decision_entry_status_delete", "assignment_status_insert", "assignment_status_delete"})
        statements << QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger));

    const QString columns = QStringLiteral(
        "id, version, kind, case_number, case_year, case_seq, classification, bilingual, title_fi, title_sv, "
        "first_signer, co_signer_count, dated_date, submitted_date, submitted_body, submitted_section, "
        "background_fi, background_sv, proposal_fi, proposal_sv, responsible_unit, notes, answer_body_fi, "
        "answer_body_sv, created, modified, due_date, status");
    statements << QStringLiteral(R"(CREATE TABLE initiative_v2 (
            id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL DEFAULT 1,
            kind TEXT NOT NULL CHECK (kind IN ('council', 'group', 'residents', 'report')),
            case_number TEXT NOT NULL UNIQUE,
            case_year INTEGER NOT NULL,
            case_seq INTEGER NOT NULL,
            classification TEXT NOT NULL,
            bilingual INTEGER NOT NULL DEFAULT 0,
            title_fi TEXT NOT NULL CHECK (title_fi <> ''),
            title_sv TEXT NOT NULL DEFAULT '',
            first_signer TEXT NOT NULL CHECK (first_signer <> '' OR kind = 'report'),
            co_signer_count INTEGER NOT NULL DEFAULT 0 CHECK (co_signer_count >= 0),
            dated_date TEXT,
            submitted_date TEXT NOT NULL,
            submitted_body TEXT NOT NULL DEFAULT '',
            submitted_section INTEGER NOT NULL DEFAULT 0,
            background_fi TEXT NOT NULL DEFAULT '',
            background_sv TEXT NOT NULL DEFAULT '',
            proposal_fi TEXT NOT NULL DEFAULT '',
            proposal_sv TEXT NOT NULL DEFAULT '',
            responsible_unit TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            answer_body_fi TEXT NOT NULL DEFAULT '',
            answer_body_sv TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'registered'))")
               << QStringLiteral("INSERT INTO initiative_v2 (%1) SELECT %1 FROM initiative").arg(columns)
               << QStringLiteral("DROP TABLE initiative")
               << QStringLiteral("ALTER TABLE initiative_v2 RENAME TO initiative")
               << QStringLiteral("CREATE INDEX initiative_order ON initiative (case_year, case_seq)")
               << QStringLiteral("CREATE INDEX initiative_submitted ON initiative (submitted_date)")
               << QStringLiteral("CREATE INDEX initiative_due ON initiative (due_date)")
               << QStringLiteral("CREATE INDEX initiative_by_status ON initiative (status)") << initiativeStatusView()
               << initiativeDeadlineView(DeadlineOf::InitiativesOnly);
    statements << dueDateTriggers() << statusTriggers();
    return statements;
}

// Version 3: confirmed minutes cannot be bent by any SQL statement (issue 16). The triggers of
// version 1 guard UPDATE and DELETE of a confirmed row, but SQLite fires no DELETE trigger when
// REPLACE (REPLACE INTO, INSERT OR REPLACE, UPDATE OR REPLACE) removes a row that conflicts on a
// unique key (unless recursive_triggers is on, which another program need not set), and nothing
// stopped a new entry from joining a meeting whose minutes are confirmed. These triggers refuse
// every statement that would remove or displace a confirmed row or add a non-correction entry to
// confirmed minutes, whoever runs it. IF NOT EXISTS: a file whose user_version was set back (as a
// test does to fake an old file) may have them already.
QStringList version3()
{
    const QString entryLocked = QStringLiteral("BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is "
                                               "read-only'); END");
    const QString minutesLocked = QStringLiteral("BEGIN SELECT RAISE(ABORT, 'aloite: confirmed minutes are "
                                                 "read-only'); END");
    return {
        // A new row that would take the place of a confirmed one (REPLACE on id or corrects_entry_id).
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS decision_entry_confirmed_replace BEFORE INSERT ON decision_entry
            WHEN EXISTS (SELECT 1 FROM decision_entry d WHERE d.confirmed = 1
                         AND (d.id = NEW.id OR d.corrects_entry_id = NEW.corrects_entry_id)) )")
            + entryLocked,
        // UPDATE OR REPLACE of another row onto the keys of a confirmed one.
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS decision_entry_confirmed_displace BEFORE UPDATE ON decision_entry
            WHEN EXISTS (SELECT 1 FROM decision_entry d WHERE d.confirmed = 1 AND d.id <> OLD.id
                         AND (d.id = NEW.id OR d.corrects_entry_id = NEW.corrects_entry_id)) )")
            + entryLocked,
        // Confirmed minutes get new entries only as corrections of their own entries.
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS decision_entry_confirmed_minutes_insert BEFORE INSERT ON decision_entry
            WHEN NEW.corrects_entry_id IS NULL
             AND (SELECT state FROM meeting WHERE id = NEW.meeting_id) = 'minutes-confirmed' )")
            + minutesLocked,
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS decision_entry_confirmed_minutes_update BEFORE UPDATE ON decision_entry
            WHEN NEW.meeting_id IS NOT OLD.meeting_id
             AND (SELECT state FROM meeting WHERE id = NEW.meeting_id) = 'minutes-confirmed' )")
            + minutesLocked,
        // Votes cannot be moved onto a confirmed entry either.
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS person_vote_confirmed_move BEFORE UPDATE ON person_vote
            WHEN (SELECT confirmed FROM decision_entry WHERE id = NEW.entry_id) = 1 )")
            + entryLocked,
        // A meeting row that would take the place of a confirmed one (id or body, date and number).
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS meeting_confirmed_replace BEFORE INSERT ON meeting
            WHEN EXISTS (SELECT 1 FROM meeting m WHERE m.state = 'minutes-confirmed'
                         AND (m.id = NEW.id OR (m.body_id = NEW.body_id AND m.date = NEW.date
                                                AND m.number = NEW.number))) )")
            + minutesLocked,
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS meeting_confirmed_displace BEFORE UPDATE ON meeting
            WHEN EXISTS (SELECT 1 FROM meeting m WHERE m.state = 'minutes-confirmed' AND m.id <> OLD.id
                         AND (m.id = NEW.id OR (m.body_id = NEW.body_id AND m.date = NEW.date
                                                AND m.number = NEW.number))) )")
            + minutesLocked,
    };
}

// Record model v3 (issue 14), part one: facts a real record may lack stay unknown. The first
// signer (a residents' initiative with 26 816 signers, a council group's initiative), the number of
// co-signers and the submission date may be NULL ("not recorded"), and the first signer's role
// ("Valtuustoryhmän varapuheenjohtaja") has a column. Case numbers of every format are plain text;
// case_year and case_seq hold CaseNumber::sortYear() and sortNumber() (0 where the number has
// none), and lists sort by them and then by the text. Existing rows were all written as
// "number/classification/year", for which those columns already hold the same values. The table
// is rebuilt as version 2 rebuilds it (SQLite cannot drop a NOT NULL in place).
QStringList recordModelVersion()
{
    QStringList statements {
        QStringLiteral("DROP VIEW initiative_deadline"),
        QStringLiteral("DROP VIEW initiative_status"),
    };
    for (const char* trigger : {"decision_entry_due_insert", "decision_entry_due_update", "decision_entry_due_delete",
                                "decision_entry_status_insert", "decision_entry_status_update",
                                "decision_entry_status_delete", "assignment_status_insert", "assignment_status_delete"})
        statements << QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger));

    const QString columns = QStringLiteral(
        "id, version, kind, case_number, case_year, case_seq, classification, bilingual, title_fi, title_sv, "
        "first_signer, co_signer_count, dated_date, submitted_date, submitted_body, submitted_section, "
        "background_fi, background_sv, proposal_fi, proposal_sv, responsible_unit, notes, answer_body_fi, "
        "answer_body_sv, created, modified, due_date, status");
    statements << QStringLiteral(R"(CREATE TABLE initiative_v3 (
            id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL DEFAULT 1,
            kind TEXT NOT NULL CHECK (kind IN ('council', 'group', 'residents', 'report')),
            case_number TEXT NOT NULL UNIQUE CHECK (case_number <> ''),
            case_year INTEGER NOT NULL DEFAULT 0,
            case_seq INTEGER NOT NULL DEFAULT 0,
            classification TEXT NOT NULL DEFAULT '',
            bilingual INTEGER NOT NULL DEFAULT 0,
            title_fi TEXT NOT NULL CHECK (title_fi <> ''),
            title_sv TEXT NOT NULL DEFAULT '',
            first_signer TEXT CHECK (first_signer <> '' OR kind = 'report'),
            co_signer_count INTEGER CHECK (co_signer_count >= 0),
            dated_date TEXT,
            submitted_date TEXT,
            submitted_body TEXT NOT NULL DEFAULT '',
            submitted_section INTEGER NOT NULL DEFAULT 0,
            background_fi TEXT NOT NULL DEFAULT '',
            background_sv TEXT NOT NULL DEFAULT '',
            proposal_fi TEXT NOT NULL DEFAULT '',
            proposal_sv TEXT NOT NULL DEFAULT '',
            responsible_unit TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            answer_body_fi TEXT NOT NULL DEFAULT '',
            answer_body_sv TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'registered',
            first_signer_role_fi TEXT NOT NULL DEFAULT '',
            first_signer_role_sv TEXT NOT NULL DEFAULT ''))")
               << QStringLiteral("INSERT INTO initiative_v3 (%1) SELECT %1 FROM initiative").arg(columns)
               << QStringLiteral("DROP TABLE initiative")
               << QStringLiteral("ALTER TABLE initiative_v3 RENAME TO initiative")
               << QStringLiteral("CREATE INDEX initiative_order ON initiative (case_year, case_seq)")
               << QStringLiteral("CREATE INDEX initiative_submitted ON initiative (submitted_date)")
               << QStringLiteral("CREATE INDEX initiative_due ON initiative (due_date)")
               << QStringLiteral("CREATE INDEX initiative_by_status ON initiative (status)") << initiativeStatusView()
               << initiativeDeadlineView(DeadlineOf::InitiativesOnly);
    statements << dueDateTriggers() << statusTriggers();
    return statements;
}

// Version 5: search in Finnish and Swedish, fast at 100 000 cases (issue 17). The index is made
// again with the tokenizer "aloite" (SearchTokenizer: words and their Snowball stems, so that
// "aloite" finds "aloitteen" and "kunta" finds "kunnan") and prefix indexes for one to three
// characters, so that the first keystrokes of a search do not walk every word of the index. The
// rows are copied from the old index, which holds the same texts. The index on the responsible
// unit lets the unit filter list the units with a few seeks instead of reading every case;
// initiative_list holds what a search filters and sorts its candidates by.
QStringList searchVersion()
{
    return {
        QStringLiteral(R"(CREATE VIRTUAL TABLE initiative_fts_v5 USING fts5(
            case_number, title, signers, proposal, questions, answers,
            tokenize = 'aloite', prefix = '1 2 3'))"),
        QStringLiteral("INSERT INTO initiative_fts_v5 (rowid, case_number, title, signers, proposal, questions, "
                       "answers) SELECT rowid, case_number, title, signers, proposal, questions, answers "
                       "FROM initiative_fts"),
        QStringLiteral("DROP TABLE initiative_fts"),
        QStringLiteral("ALTER TABLE initiative_fts_v5 RENAME TO initiative_fts"),
        QStringLiteral("INSERT INTO initiative_fts (initiative_fts) VALUES ('optimize')"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS initiative_unit ON initiative (responsible_unit)"),
        // What a search filters and sorts its candidates by, by id: CaseSearch looks the newest hits
        // up here instead of in the rows, which hold the long texts (a page or more per case).
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS initiative_list ON initiative (id, case_year, case_seq, case_number, "
            "status, due_date, submitted_date, responsible_unit)"),
    };
}

// Version 6: the stages, votes, kinds and texts of real records (issue 14, items 4 to 8).
// - Kinds: referendum initiatives (kuntalaki 25 §) and budget motions, with deadline periods of their
//   own (settings deadline.months-referendum and deadline.months-budget). SQLite cannot change a
//   CHECK in place, so `initiative` is rebuilt as version 4 rebuilds it, with every column kept.
// - Statements: a statement request to a committee or an outside body with its deadline, and the
//   statement received (body, date, §, text in Finnish and Swedish), one row per request.
// - Votes: blank and absent votes were 0 whether the minutes gave them or not; decision_detail says
//   whether they were recorded (a count above 0 always was, and so was every count of a roll call).
//   The counter-proposal, the voting proposition and the dissenters are in decision_detail too; the
//   named votes stay in person_vote.
// - Texts: each entry's agenda title (fi and sv) and the Swedish versions of its proposal,
//   handling and decision; empty is a translation not recorded.
QStringList stagesVersion()
{
    QStringList statements {
        QStringLiteral("DROP VIEW initiative_deadline"),
        QStringLiteral("DROP VIEW initiative_status"),
    };
    for (const char* trigger : {"decision_entry_due_insert", "decision_entry_due_update", "decision_entry_due_delete",
                                "decision_entry_status_insert", "decision_entry_status_update",
                                "decision_entry_status_delete", "assignment_status_insert", "assignment_status_delete"})
        statements << QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger));
    const QString columns = QStringLiteral(
        "id, version, kind, case_number, case_year, case_seq, classification, bilingual, title_fi, title_sv, "
        "first_signer, co_signer_count, dated_date, submitted_date, submitted_body, submitted_section, "
        "background_fi, background_sv, proposal_fi, proposal_sv, responsible_unit, notes, answer_body_fi, "
        "answer_body_sv, created, modified, due_date, status, first_signer_role_fi, first_signer_role_sv");
    statements << QStringLiteral(R"(CREATE TABLE initiative_v6 (
            id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL DEFAULT 1,
            kind TEXT NOT NULL CHECK (kind IN ('council', 'group', 'residents', 'referendum', 'budget', 'report')),
            case_number TEXT NOT NULL UNIQUE CHECK (case_number <> ''),
            case_year INTEGER NOT NULL DEFAULT 0,
            case_seq INTEGER NOT NULL DEFAULT 0,
            classification TEXT NOT NULL DEFAULT '',
            bilingual INTEGER NOT NULL DEFAULT 0,
            title_fi TEXT NOT NULL CHECK (title_fi <> ''),
            title_sv TEXT NOT NULL DEFAULT '',
            first_signer TEXT CHECK (first_signer <> '' OR kind = 'report'),
            co_signer_count INTEGER CHECK (co_signer_count >= 0),
            dated_date TEXT,
            submitted_date TEXT,
            submitted_body TEXT NOT NULL DEFAULT '',
            submitted_section INTEGER NOT NULL DEFAULT 0,
            background_fi TEXT NOT NULL DEFAULT '',
            background_sv TEXT NOT NULL DEFAULT '',
            proposal_fi TEXT NOT NULL DEFAULT '',
            proposal_sv TEXT NOT NULL DEFAULT '',
            responsible_unit TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            answer_body_fi TEXT NOT NULL DEFAULT '',
            answer_body_sv TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'registered',
            first_signer_role_fi TEXT NOT NULL DEFAULT '',
            first_signer_role_sv TEXT NOT NULL DEFAULT ''))")
               << QStringLiteral("INSERT INTO initiative_v6 (%1) SELECT %1 FROM initiative").arg(columns)
               << QStringLiteral("DROP TABLE initiative")
               << QStringLiteral("ALTER TABLE initiative_v6 RENAME TO initiative")
               << QStringLiteral("CREATE INDEX initiative_order ON initiative (case_year, case_seq)")
               << QStringLiteral("CREATE INDEX initiative_submitted ON initiative (submitted_date)")
               << QStringLiteral("CREATE INDEX initiative_due ON initiative (due_date)")
               << QStringLiteral("CREATE INDEX initiative_by_status ON initiative (status)")
               << QStringLiteral("CREATE INDEX initiative_unit ON initiative (responsible_unit)")
               << QStringLiteral("CREATE INDEX initiative_list ON initiative (id, case_year, case_seq, case_number, "
                                 "status, due_date, submitted_date, responsible_unit)")
               << initiativeStatusView() << initiativeDeadlineView(DeadlineOf::ByKind);
    statements << dueDateTriggers() << statusTriggers();
    statements << QStringList {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS statement (
            initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            requested_from_fi TEXT NOT NULL DEFAULT '',
            requested_from_sv TEXT NOT NULL DEFAULT '',
            received INTEGER NOT NULL DEFAULT 0 CHECK (received IN (0, 1)),
            requested_date TEXT,
            deadline TEXT,
            given_by_fi TEXT NOT NULL DEFAULT '',
            given_by_sv TEXT NOT NULL DEFAULT '',
            given_date TEXT,
            section INTEGER NOT NULL DEFAULT 0 CHECK (section >= 0),
            text_fi TEXT NOT NULL DEFAULT '',
            text_sv TEXT NOT NULL DEFAULT '',
            CHECK (requested_from_fi <> '' OR requested_from_sv <> ''),
            PRIMARY KEY (initiative_id, position)))"),
        // The structured vote and the texts of an entry, one row per entry that has them. A table of
        // its own rather than new columns, so that the version stays rerunnable on a file whose
        // user_version was set back; the same triggers as person_vote keep a confirmed entry's row
        // read-only.
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS decision_detail (
            entry_id INTEGER PRIMARY KEY REFERENCES decision_entry (id) ON DELETE CASCADE,
            votes_blank_recorded INTEGER NOT NULL DEFAULT 0,
            votes_absent_recorded INTEGER NOT NULL DEFAULT 0,
            counter_mover TEXT NOT NULL DEFAULT '',
            counter_seconder TEXT NOT NULL DEFAULT '',
            counter_text TEXT NOT NULL DEFAULT '',
            proposition_yes TEXT NOT NULL DEFAULT '',
            proposition_no TEXT NOT NULL DEFAULT '',
            dissent TEXT NOT NULL DEFAULT '',
            agenda_title_fi TEXT NOT NULL DEFAULT '',
            agenda_title_sv TEXT NOT NULL DEFAULT '',
            proposal_sv TEXT NOT NULL DEFAULT '',
            handling_sv TEXT NOT NULL DEFAULT '',
            decision_sv TEXT NOT NULL DEFAULT ''))"),
        // A confirmed entry's first row is written in the transaction that adds it; after that the
        // row is frozen, REPLACE included (which deletes without delete triggers).
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS decision_detail_confirmed_insert BEFORE INSERT ON decision_detail
            WHEN (SELECT confirmed FROM decision_entry WHERE id = NEW.entry_id) = 1
             AND EXISTS (SELECT 1 FROM decision_detail d WHERE d.entry_id = NEW.entry_id)
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is read-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS decision_detail_confirmed_update BEFORE UPDATE ON decision_detail
            WHEN (SELECT confirmed FROM decision_entry WHERE id = OLD.entry_id) = 1
              OR (SELECT confirmed FROM decision_entry WHERE id = NEW.entry_id) = 1
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is read-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS decision_detail_confirmed_delete BEFORE DELETE ON decision_detail
            WHEN (SELECT confirmed FROM decision_entry WHERE id = OLD.entry_id) = 1
            BEGIN SELECT RAISE(ABORT, 'aloite: confirmed decision entry is read-only'); END)"),
    };
    return statements;
}

// ---- PostgreSQL (issue 18) ----------------------------------------------------------------------
// The same steps in the server's dialect. The tables are those of the SQLite statements above,
// rewritten where the dialects differ (identity columns, BYTEA, the quoted column "user"); the
// triggers are PL/pgSQL functions with the same names, conditions and messages (so Database
// reports the same errors); where SQLite rebuilds a table, the server alters it in place.

/// An SQLite table or index statement of version 1 in the server's words.
QString forServer(QString statement)
{
    statement.replace(QLatin1String("id INTEGER PRIMARY KEY"),
                      QLatin1String("id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    statement.replace(QLatin1String(" BLOB "), QLatin1String(" BYTEA "));
    // USER is a reserved word of PostgreSQL (AuditLog quotes it on both).
    statement.replace(QLatin1String("\n            user TEXT"), QLatin1String("\n            \"user\" TEXT"));
    return statement;
}

/// A trigger refusing a write to confirmed minutes: SQLite's RAISE(ABORT) as a PL/pgSQL function
/// of the same name that raises the same words.
QStringList serverGuard(const QString& name, const QString& event, const QString& condition, const char* message)
{
    return {
        QStringLiteral("CREATE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF %2 THEN RAISE EXCEPTION '%3' USING ERRCODE = 'restrict_violation'; END IF;\n"
                       "    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
                       "    RETURN NEW;\n"
                       "END $$")
            .arg(name, condition, QLatin1String(message)),
        QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW EXECUTE FUNCTION %1_fn()").arg(name, event),
    };
}

const char* const s_entryLocked = "aloite: confirmed decision entry is read-only";
const char* const s_minutesLocked = "aloite: confirmed minutes are read-only";

/// A trigger keeping a derived column of initiative equal to its view (dueDateTriggers(),
/// statusTriggers()).
QStringList serverRecomputing(const char* name, const char* event, const char* column, const char* view, const char* id)
{
    return {
        QStringLiteral("CREATE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    UPDATE initiative SET %2 = (SELECT %2 FROM %3 WHERE initiative_id = %4) WHERE id = %4;\n"
                       "    RETURN NULL;\n"
                       "END $$")
            .arg(QLatin1String(name), QLatin1String(column), QLatin1String(view), QLatin1String(id)),
        QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW EXECUTE FUNCTION %1_fn()")
            .arg(QLatin1String(name), QLatin1String(event)),
    };
}

QStringList serverDerivedColumnTriggers()
{
    QStringList statements;
    const auto due = [&statements](const char* name, const char* event, const char* id) {
        statements << serverRecomputing(name, event, "due_date", "initiative_deadline", id);
    };
    due("initiative_due_insert", "AFTER INSERT ON initiative", "NEW.id");
    due("initiative_due_update", "AFTER UPDATE OF kind, co_signer_count, submitted_date ON initiative", "NEW.id");
    due("decision_entry_due_insert", "AFTER INSERT ON decision_entry", "NEW.initiative_id");
    due("decision_entry_due_update", "AFTER UPDATE ON decision_entry", "NEW.initiative_id");
    due("decision_entry_due_delete", "AFTER DELETE ON decision_entry", "OLD.initiative_id");
    const auto status = [&statements](const char* name, const char* event, const char* id) {
        statements << serverRecomputing(name, event, "status", "initiative_status", id);
    };
    status("initiative_status_insert", "AFTER INSERT ON initiative", "NEW.id");
    status("decision_entry_status_insert", "AFTER INSERT ON decision_entry", "NEW.initiative_id");
    status("decision_entry_status_update", "AFTER UPDATE ON decision_entry", "NEW.initiative_id");
    status("decision_entry_status_delete", "AFTER DELETE ON decision_entry", "OLD.initiative_id");
    status("assignment_status_insert", "AFTER INSERT ON assignment", "NEW.initiative_id");
    status("assignment_status_delete", "AFTER DELETE ON assignment", "OLD.initiative_id");
    return statements;
}

QStringList serverVersion1()
{
    // The Nordic order of names (Collation: ICU's Finnish, numbers by value, capitals first) is
    // the server's ICU collation of the same name, so `COLLATE NORDIC` means the same on both.
    QStringList statements {
        QStringLiteral("CREATE COLLATION nordic (provider = icu, locale = 'fi-FI-u-kn-true-kf-upper')"),
    };
    for (const QString& statement : version1()) {
        if (statement.startsWith(QLatin1String("CREATE TRIGGER")))
            continue; // below, as functions
        if (statement.startsWith(QLatin1String("CREATE VIRTUAL TABLE initiative_fts"))) {
            // The texts a search looks through, by case (rowid as in SQLite's index).
            statements << QStringLiteral(R"(CREATE TABLE initiative_fts (
            rowid INTEGER PRIMARY KEY,
            case_number TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            signers TEXT NOT NULL DEFAULT '',
            proposal TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT '',
            answers TEXT NOT NULL DEFAULT ''))");
            continue;
        }
        if (statement.startsWith(QLatin1String("CREATE VIEW initiative_deadline"))) {
            statements << initiativeDeadlineView(DeadlineOf::EveryCase, Dialect::Postgres);
            continue;
        }
        statements << forServer(statement);
    }
    const QString entryConfirmed = QStringLiteral("(SELECT confirmed FROM decision_entry WHERE id = %1) = 1");
    statements << serverGuard(QStringLiteral("decision_entry_confirmed_update"),
                              QStringLiteral("BEFORE UPDATE ON decision_entry"), QStringLiteral("OLD.confirmed = 1"),
                              s_entryLocked)
               << serverGuard(QStringLiteral("decision_entry_confirmed_delete"),
                              QStringLiteral("BEFORE DELETE ON decision_entry"), QStringLiteral("OLD.confirmed = 1"),
                              s_entryLocked)
               << serverGuard(QStringLiteral("person_vote_confirmed_insert"),
                              QStringLiteral("BEFORE INSERT ON person_vote"),
                              entryConfirmed.arg(QLatin1String("NEW.entry_id")), s_entryLocked)
               << serverGuard(QStringLiteral("person_vote_confirmed_update"),
                              QStringLiteral("BEFORE UPDATE ON person_vote"),
                              entryConfirmed.arg(QLatin1String("OLD.entry_id")), s_entryLocked)
               << serverGuard(QStringLiteral("person_vote_confirmed_delete"),
                              QStringLiteral("BEFORE DELETE ON person_vote"),
                              entryConfirmed.arg(QLatin1String("OLD.entry_id")), s_entryLocked)
               << serverGuard(QStringLiteral("meeting_confirmed_update"), QStringLiteral("BEFORE UPDATE ON meeting"),
                              QStringLiteral("OLD.state = 'minutes-confirmed'"), s_minutesLocked)
               << serverGuard(QStringLiteral("meeting_confirmed_delete"), QStringLiteral("BEFORE DELETE ON meeting"),
                              QStringLiteral("OLD.state = 'minutes-confirmed'"), s_minutesLocked)
               << serverDerivedColumnTriggers();
    // Live updates: every committed change of a case, a meeting or a decision is announced on the
    // channel aloite_changes as "table id" (ServerNotifications), so that other clients' windows
    // refresh. The server sends it at COMMIT, and not at all after a ROLLBACK.
    statements << QStringLiteral("CREATE FUNCTION aloite_notify_fn() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                 "BEGIN\n"
                                 "    IF TG_OP = 'DELETE' THEN\n"
                                 "        PERFORM pg_notify('aloite_changes', TG_TABLE_NAME || ' ' || OLD.id);\n"
                                 "    ELSE\n"
                                 "        PERFORM pg_notify('aloite_changes', TG_TABLE_NAME || ' ' || NEW.id);\n"
                                 "    END IF;\n"
                                 "    RETURN NULL;\n"
                                 "END $$");
    for (const char* table : {"initiative", "meeting", "decision_entry"})
        statements << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                     "EXECUTE FUNCTION aloite_notify_fn()")
                          .arg(QLatin1String(table));
    return statements;
}

/// Version 2 (reports): the server changes the two CHECK constraints in place.
QStringList serverVersion2()
{
    return {
        QStringLiteral("ALTER TABLE initiative DROP CONSTRAINT initiative_kind_check"),
        QStringLiteral("ALTER TABLE initiative ADD CONSTRAINT initiative_kind_check "
                       "CHECK (kind IN ('council', 'group', 'residents', 'report'))"),
        QStringLiteral("ALTER TABLE initiative DROP CONSTRAINT initiative_first_signer_check"),
        QStringLiteral("ALTER TABLE initiative ADD CONSTRAINT initiative_first_signer_check "
                       "CHECK (first_signer <> '' OR kind = 'report')"),
        QStringLiteral("DROP VIEW initiative_deadline"),
        initiativeDeadlineView(DeadlineOf::InitiativesOnly, Dialect::Postgres),
    };
}

/// TRUNCATE removes rows without firing their DELETE triggers; this statement trigger refuses it
/// while \a table holds a confirmed row.
QStringList serverTruncateGuard(const QString& table, const QString& confirmedRows, const char* message)
{
    return {
        QStringLiteral("CREATE FUNCTION %1_confirmed_truncate_fn() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    IF EXISTS (%2) THEN RAISE EXCEPTION '%3' USING ERRCODE = 'restrict_violation'; END IF;\n"
                       "    RETURN NULL;\n"
                       "END $$")
            .arg(table, confirmedRows, QLatin1String(message)),
        QStringLiteral("CREATE TRIGGER %1_confirmed_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
                       "EXECUTE FUNCTION %1_confirmed_truncate_fn()")
            .arg(table),
    };
}

/// Version 3: the server has no REPLACE, and an upsert (INSERT ... ON CONFLICT DO UPDATE) onto a
/// confirmed row fires the UPDATE guard of version 1; what remains is that nothing joins
/// confirmed minutes, and that TRUNCATE (the server's own way round row triggers) removes none.
QStringList serverVersion3()
{
    return serverTruncateGuard(QStringLiteral("decision_entry"),
                               QStringLiteral("SELECT 1 FROM decision_entry WHERE confirmed = 1"), s_entryLocked)
        + serverTruncateGuard(QStringLiteral("person_vote"),
                              QStringLiteral("SELECT 1 FROM person_vote v JOIN decision_entry d ON d.id = v.entry_id "
                                             "WHERE d.confirmed = 1"),
                              s_entryLocked)
        + serverTruncateGuard(QStringLiteral("meeting"),
                              QStringLiteral("SELECT 1 FROM meeting WHERE state = 'minutes-confirmed'"),
                              s_minutesLocked)
        + serverGuard(QStringLiteral("decision_entry_confirmed_minutes_insert"),
                      QStringLiteral("BEFORE INSERT ON decision_entry"),
                      QStringLiteral("NEW.corrects_entry_id IS NULL AND (SELECT state FROM meeting WHERE id = "
                                     "NEW.meeting_id) = 'minutes-confirmed'"),
                      s_minutesLocked)
        + serverGuard(QStringLiteral("decision_entry_confirmed_minutes_update"),
                      QStringLiteral("BEFORE UPDATE ON decision_entry"),
                      QStringLiteral("NEW.meeting_id IS DISTINCT FROM OLD.meeting_id AND (SELECT state FROM meeting "
                                     "WHERE id = NEW.meeting_id) = 'minutes-confirmed'"),
                      s_minutesLocked)
        + serverGuard(QStringLiteral("person_vote_confirmed_move"), QStringLiteral("BEFORE UPDATE ON person_vote"),
                      QStringLiteral("(SELECT confirmed FROM decision_entry WHERE id = NEW.entry_id) = 1"),
                      s_entryLocked);
}

/// Version 4 (the record model): the same columns as the rebuilt SQLite table, altered in place.
QStringList serverRecordModelVersion()
{
    return {
        QStringLiteral("ALTER TABLE initiative ADD CONSTRAINT initiative_case_number_check CHECK (case_number <> '')"),
        QStringLiteral("ALTER TABLE initiative ALTER COLUMN case_year SET DEFAULT 0"),
        QStringLiteral("ALTER TABLE initiative ALTER COLUMN case_seq SET DEFAULT 0"),
        QStringLiteral("ALTER TABLE initiative ALTER COLUMN classification SET DEFAULT ''"),
        QStringLiteral("ALTER TABLE initiative ALTER COLUMN first_signer DROP NOT NULL"),
        QStringLiteral("ALTER TABLE initiative ALTER COLUMN co_signer_count DROP NOT NULL, "
                       "ALTER COLUMN co_signer_count DROP DEFAULT"),
        QStringLiteral("ALTER TABLE initiative ALTER COLUMN submitted_date DROP NOT NULL"),
        QStringLiteral("ALTER TABLE initiative ADD COLUMN first_signer_role_fi TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE initiative ADD COLUMN first_signer_role_sv TEXT NOT NULL DEFAULT ''"),
    };
}

/// Version 5: search in Finnish and Swedish. What SearchTokenizer puts in the file's index, the
/// server keeps in a generated tsvector column: the words as they are ('simple': a prefix of
/// them is found, ä and a stay apart) and their stems in the server's finnish and swedish
/// configurations (Snowball, as in the file); CaseSearch queries it. Then the indexes of the unit
/// filter and the list.
QStringList serverSearchVersion()
{
    const QString texts = QStringLiteral("title || ' ' || signers || ' ' || proposal || ' ' || questions || ' ' || "
                                         "answers");
    QStringList statements {
        // Words weigh A, stems B, so that a query tells them apart as the file's index does with
        // its stem marker: a quoted word matches only the word, never a stem spelled the same.
        QStringLiteral("ALTER TABLE initiative_fts ADD COLUMN document tsvector GENERATED ALWAYS AS ("
                       "setweight(to_tsvector('simple', case_number || ' ' || %1), 'A') || "
                       "setweight(to_tsvector('finnish', %1), 'B') || setweight(to_tsvector('swedish', %1), 'B')) "
                       "STORED")
            .arg(texts),
        QStringLiteral("CREATE INDEX initiative_fts_document ON initiative_fts USING gin (document)"),
    };
    for (const QString& statement : searchVersion()) {
        if (statement.startsWith(QLatin1String("CREATE INDEX")))
            statements << statement;
    }
    return statements;
}

/// Version 6 (stages, votes, kinds and texts): the kind constraint changed in place, the deadline
/// view with the periods of referendum initiatives and budget motions, and the two new tables with
/// the same guards as SQLite's (PL/pgSQL, and TRUNCATE refused while a confirmed entry has a row).
QStringList serverStagesVersion()
{
    QStringList statements {
        QStringLiteral("ALTER TABLE initiative DROP CONSTRAINT initiative_kind_check"),
        QStringLiteral("ALTER TABLE initiative ADD CONSTRAINT initiative_kind_check "
                       "CHECK (kind IN ('council', 'group', 'residents', 'referendum', 'budget', 'report'))"),
        QStringLiteral("DROP VIEW initiative_deadline"),
        initiativeDeadlineView(DeadlineOf::ByKind, Dialect::Postgres),
    };
    for (const QString& statement : stagesVersion()) {
        if (statement.startsWith(QLatin1String("CREATE TABLE IF NOT EXISTS")))
            statements << forServer(statement);
    }
    const QString entryConfirmed = QStringLiteral("(SELECT confirmed FROM decision_entry WHERE id = %1) = 1");
    statements << serverGuard(QStringLiteral("decision_detail_confirmed_insert"),
                              QStringLiteral("BEFORE INSERT ON decision_detail"),
                              entryConfirmed.arg(QLatin1String("NEW.entry_id"))
                                  + QStringLiteral(" AND EXISTS (SELECT 1 FROM decision_detail d WHERE d.entry_id = "
                                                   "NEW.entry_id)"),
                              s_entryLocked)
               << serverGuard(QStringLiteral("decision_detail_confirmed_update"),
                              QStringLiteral("BEFORE UPDATE ON decision_detail"),
                              entryConfirmed.arg(QLatin1String("OLD.entry_id")) + QStringLiteral(" OR ")
                                  + entryConfirmed.arg(QLatin1String("NEW.entry_id")),
                              s_entryLocked)
               << serverGuard(QStringLiteral("decision_detail_confirmed_delete"),
                              QStringLiteral("BEFORE DELETE ON decision_detail"),
                              entryConfirmed.arg(QLatin1String("OLD.entry_id")), s_entryLocked)
               << serverTruncateGuard(QStringLiteral("decision_detail"),
                                      QStringLiteral("SELECT 1 FROM decision_detail x JOIN decision_entry d ON d.id = "
                                                     "x.entry_id WHERE d.confirmed = 1"),
                                      s_entryLocked);
    return statements;
}

} // namespace

const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> migrations {
        {1, version1(), false, serverVersion1()},           {2, version2(), true, serverVersion2()},
        {3, version3(), false, serverVersion3()},           {4, recordModelVersion(), true, serverRecordModelVersion()},
        {5, searchVersion(), false, serverSearchVersion()}, {6, stagesVersion(), true, serverStagesVersion()},
    };
    return migrations;
}

} // namespace Aloite
