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
    std::vector<ExtractCheck> checks;
    std::vector<ReleaseOverlap> overlaps; // with each earlier release that shares beneficiaries

    bool anyFailed() const;
    QJsonObject toJson() const;
};

} // namespace ecluse
