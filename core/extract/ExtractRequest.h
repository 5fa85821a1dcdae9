#pragma once

#include "aggregate/AggregateQuery.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ecluse {

// Where a request stands (docs/EXTRACTS.md has the diagram):
// draft → submitted → approved | returned | rejected; draft, submitted or returned → withdrawn;
// returned → submitted again once changed; approved → released → expired.
enum class RequestState
{
    Draft,
    Submitted,
    Returned,
    Approved,
    Rejected,
    Withdrawn,
    Released,
    Expired,
};

QString requestStateName(RequestState state); // "draft", "submitted", ...: stored, and in --json
std::optional<RequestState> requestStateFromName(const QString& name);
// The same for people, translated.
QString requestStateLabel(RequestState state);

// What the analyst asks for: the part of a request they write, and may change while it is a
// draft or returned to them.
struct ExtractSpec
{
    QString dataset;
    QStringList columns; // the schema's columns, in the order asked for
    std::vector<Filter> filters;
    QDate periodFrom; // the care period the rows must fall in, both ends included
    QDate periodTo;
    QString purpose; // why the data is needed, in the requester's words
    QString project; // the project's reference ("CNAM-2026-041")
    QDate retainUntil;

    // The canonical form: stored, audited (its SHA-256), and shown to reviewers.
    QJsonObject toJson() const;
    // Throws ErrorKind::Integrity: only specs the vault wrote are read back.
    static ExtractSpec fromJson(const QJsonObject& json);
    friend bool operator==(const ExtractSpec&, const ExtractSpec&) = default;
};

// One step of a request's history.
struct RequestEvent
{
    QDateTime atUtc;
    QString actor;
    QString action; // "create", "edit", "submit", "approve", "return", "reject", "withdraw"
    RequestState stateAfter = RequestState::Draft;
    QString comment;
};

struct ExtractRequest
{
    qint64 id = 0;
    QString requester;
    ExtractSpec spec;
    RequestState state = RequestState::Draft;
    // Reviewers who approved the request as it stands; a change clears them.
    QStringList approvals;
    int revision = 1; // raised by every change to the spec
    QDateTime createdUtc;
    QDateTime updatedUtc;
    std::vector<RequestEvent> history; // oldest first
    // With the organisation's store: the vault it was drafted in, where its data is and where its
    // requester acts on it; empty in a vault's own store. And the checks as they were at the last
    // submission, for reviewers on other workstations (ExtractChecks::toJson()).
    QString originVault;
    std::optional<QJsonObject> submissionChecks;

    // What `request show --json` prints, and the GUI's model reads: the spec, the state, the
    // approvals and the history (when it was loaded).
    QJsonObject toJson() const;
};

} // namespace ecluse
