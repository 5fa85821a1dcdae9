#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace ecluse {

enum class CheckOutcome
{
    Passed,
    Warning, // the reviewer must weigh it
    Failed,  // submission is refused
};

struct ExtractCheck
{
    QString name; // "rows", "population", ...
    CheckOutcome outcome = CheckOutcome::Passed;
    QString detail; // for people, translated
};

// How a request's population compares with one of the requester's earlier releases on the same
// dataset: the differencing risk, when two extracts differ by a few people.
struct ReleaseOverlap
{
    QString release;
    qint64 request = 0;
    qint64 shared = 0;
    qint64 onlyThisRequest = 0;
    qint64 onlyEarlier = 0;
    bool masked = false; // the counts are withheld from the requester (a difference under the threshold)
};

// What the requester is shown of counts over the threshold: rounded to the nearest multiple of
// this, so that two drafts that differ by a few people do not count those few (differencing).
inline constexpr qint64 RequesterRoundingBase = 10;

// The machine's checks of a request, computed on the vault's data at submission (a failure
// refuses it) and again whenever the request is shown, so that a reviewer sees them as the data
// stands.
struct ExtractChecks
{
    qint64 rows = 0;          // rows the extract would hold
    qint64 beneficiaries = 0; // distinct beneficiaries among them (rows, for datasets without one)
    // Set when the counts are withheld (both 0): a population under the small-cell threshold, shown
    // to its requester. Drafts must not be a way round disclosure control.
    bool masked = false;
    // Set when the counts (and the overlaps') are rounded to RequesterRoundingBase: what the
    // requester sees of a population at or over the threshold.
    bool rounded = false;
    std::vector<ExtractCheck> checks;
    std::vector<ReleaseOverlap> overlaps; // with each earlier release that shares beneficiaries

    bool anyFailed() const;
    QJsonObject toJson() const;
    // Reads back what toJson() wrote, from a store outside the vault: anything else throws
    // ErrorKind::Integrity.
    static ExtractChecks fromJson(const QJsonObject& json);
};

} // namespace ecluse
