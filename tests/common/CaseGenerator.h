#pragma once

#include "Database.h"
#include "InitiativeRepository.h"

#include <QDate>
#include <QStringList>

namespace Aloite::Test {

/// Plausible cases in bulk for list tests, benchmarks and screenshots: varied signers (with å, ä,
/// ö), titles, units and submission dates. Deterministic: the same n gives the same case.
class CaseGenerator
{
public:
    static Initiative make(int n)
    {
        static const QStringList lastNames {
            QStringLiteral("Ahonen"),    QStringLiteral("Åkerlund"), QStringLiteral("Ärölä"),
            QStringLiteral("Öhman"),     QStringLiteral("Virtanen"), QStringLiteral("Korhonen"),
            QStringLiteral("Nieminen"),  QStringLiteral("Mäkinen"),  QStringLiteral("Lindqvist"),
            QStringLiteral("Heikkilä"),  QStringLiteral("Östman"),   QStringLiteral("Laaksonen"),
            QStringLiteral("Björklund"), QStringLiteral("Salo"),     QStringLiteral("Räsänen"),
        };
        static const QStringList firstNames {QStringLiteral("Aino"), QStringLiteral("Eero"),  QStringLiteral("Sini"),
                                             QStringLiteral("Olle"), QStringLiteral("Maria"), QStringLiteral("Juhani"),
                                             QStringLiteral("Tove")};
        static const QStringList subjects {
            QStringLiteral("koulujen sisäilman parantamisesta"),
            QStringLiteral("pyöräteiden talvikunnossapidosta"),
            QStringLiteral("ikäihmisten kotihoidon resursseista"),
            QStringLiteral("kirjastojen aukioloaikojen laajentamisesta"),
            QStringLiteral("nuorisotilojen avaamisesta viikonloppuisin"),
            QStringLiteral("joukkoliikenteen liityntäpysäköinnistä"),
            QStringLiteral("leikkipuistojen esteettömyydestä"),
            QStringLiteral("kaupunkipuiden suojelusta"),
        };
        static const QStringList units {
            QStringLiteral("Kasvun ja oppimisen toimiala"), QStringLiteral("Kaupunkiympäristön toimiala"),
            QStringLiteral("Konsernihallinto"), QStringLiteral("Sosiaali- ja terveystoimiala"), QString()};
        static const QStringList words {QStringLiteral("selvitetään"), QStringLiteral("lisätään"),
                                        QStringLiteral("parannetaan"), QStringLiteral("vähennetään"),
                                        QStringLiteral("kehitetään")};

        Initiative i;
        const int year = 2020 + n % 7;
        i.caseNumber = CaseNumber(n, QStringLiteral("00.01.01"), year);
        const QString subject = subjects.at(n % subjects.size());
        i.title.fi = QStringLiteral("Valtuustoaloite ") + subject;
        i.firstSigner = firstNames.at(n % firstNames.size()) + QLatin1Char(' ') + lastNames.at(n % lastNames.size());
        i.coSignerCount = (n * 7) % 40;
        i.submittedDate = QDate(year, 1, 1).addDays((n * 37) % 360);
        i.datedDate = i.submittedDate;
        i.responsibleUnit = units.at(n % units.size());
        i.proposal.fi = QStringLiteral("Ehdotamme, että kaupunki %1 toimia: %2 (%3).")
                            .arg(words.at(n % words.size()), subject, QString::number(n));
        return i;
    }

    /// Creates cases 1..count (case numbers n/00.01.01/year) in one transaction.
    static bool createMany(const Database& db, int count, int first = 1)
    {
        Database::Transaction transaction(db);
        if (!transaction.begun())
            return false;
        const InitiativeRepository repository(db);
        for (int n = first; n < first + count; ++n) {
            Initiative i = make(n);
            if (!repository.create(i)) {
                qWarning("creating a generated case failed");
                return false;
            }
        }
        return bool(transaction.commit());
    }
};

} // namespace Aloite::Test
