#pragma once

#include "ExtractChecks.h"
#include "ExtractRequest.h"
#include "ReleaseFile.h"
#include "RequestStore.h"
#include "RequestWorkflow.h"

#include <memory>
#include <vector>

namespace ecluse {

class ExtractSelection;
class Vault;

// What release() made: the manifest as signed, and the passphrase when Écluse generated it (to be
// shown once, then wiped with the receipt).
struct ReleaseReceipt
{
    ReleaseManifest manifest;
    SecureBuffer generatedPassphrase;
};

// The one way to work on extract requests, for the GUI and the CLI. Analysts with an
// extract-level grant draft, change, submit and withdraw their own requests; stewards approve,
// return or reject other people's. Every rule is checked here (roles and grants through the
// decision point, the request's life through RequestWorkflow, the policy's limits), every change
// is audited in the same transaction as the change itself, and a refusal changes nothing.
class ExtractRequests
{
public:
    // The requests kept in the vault, or on the organisation's server when policy names one.
    // Opening them expires, audited, every approved or released request whose retention end date
    // has passed, as opening the datasets purges expired data.
    explicit ExtractRequests(Vault& vault);
    ~ExtractRequests();

    // A new draft of the signed-in analyst's; returns its id. Throws ErrorKind::Denied without an
    // extract-level grant on the dataset (or for a potential identifier the grant does not
    // name), ErrorKind::InvalidInput for a spec that is not acceptable (see checkSpec()).
    qint64 create(const ExtractSpec& spec);
    // Replaces the spec of a draft or returned request of one's own: its approvals are cleared.
    void edit(qint64 id, const ExtractSpec& spec);
    // Submission also counts against ExtractMaxPerMonth (the calendar month, UTC).
    void submit(qint64 id);
    void withdraw(qint64 id);
    void approve(qint64 id, const QString& comment = {});
    void returnForChanges(qint64 id, const QString& comment);
    void reject(qint64 id, const QString& comment);
    // One of the five above, named: what the command line and the window call. Edit and release
    // have calls of their own (a spec, a file); asked here, they throw ErrorKind::Usage.
    void act(qint64 id, RequestAction action, const QString& comment = {});

    // Produces the requester's approved extract and writes it, encrypted and signed, to
    // `filePath` (an allowed folder, through OutputGuard): only the approved columns and rows, the
    // pseudonyms re-keyed for the request's project, the release id as a watermark. For
    // `recipient`'s passphrase or public key; with neither, a passphrase is generated and returned.
    // Refused (ErrorKind::Denied, audited, nothing written) when a value looks like a direct
    // identifier, when the rows now exceed ExtractMaxRows, or when the grant has ended;
    // ErrorKind::InvalidInput past the retention end date. The request becomes released.
    ReleaseReceipt release(qint64 id, const QString& filePath, ReleaseRecipient recipient = {});
    // The release of a request, once released; nothing before.
    std::optional<ReleaseRecord> releaseOf(qint64 id) const;
    // The vault's release-signing public key (Ed25519), which recipients use to check releases.
    QByteArray releaseSigningKey() const;

    // Authors see their own requests; stewards see every request but drafts (which are their
    // authors' alone); nobody else sees any (an empty list). find() throws ErrorKind::InvalidInput for a
    // request that does not exist or is not visible, so that ids cannot be probed.
    std::vector<ExtractRequest> list() const;
    ExtractRequest find(qint64 id) const;

    // The machine's checks of a visible request on the data as it stands: the rows and
    // beneficiaries the extract would hold, ExtractMaxRows (failed above it), a population under
    // the small-cell threshold (a warning), the potential identifiers it reads and the
    // requester's submissions this month, the overlap with the requester's earlier releases.
    // Submission runs them and is refused if one fails. The requester sees a population under
    // the small-cell threshold as "fewer than N" (masked), larger counts rounded to
    // RequesterRoundingBase; reviewers see exact counts.
    ExtractChecks checks(qint64 id) const;
    // The same checks of a spec not yet stored, as its requester would see them once submitted:
    // what the new-request form shows while the analyst types. Throws as create() would
    // (ErrorKind::Denied, not audited: nothing was attempted; ErrorKind::InvalidInput).
    ExtractChecks previewChecks(const ExtractSpec& spec) const;

    // The checks a spec must pass before it is stored: a known dataset, columns of its schema
    // (none twice), filters its schema accepts, a care period in order, a purpose and a project
    // reference in plain text, a retention date in the future. Throws ErrorKind::InvalidInput.
    static void checkSpec(const ExtractSpec& spec, const QDate& today);

private:
    static std::unique_ptr<RequestStore> storeFor(Vault& vault);
    void change(qint64 id, RequestAction action, const QString& comment, const ExtractSpec* spec = nullptr);
    void requireMayRequest(const ExtractSpec& spec) const;
    bool maySee(const ExtractRequest& request) const;
    ExtractChecks computeChecks(const ExtractRequest& request) const;
    ExtractSelection select(const ExtractRequest& request) const;
    void maskForRequester(ExtractChecks& result, const QString& dataset) const;
    QString overlapDetail(const std::vector<ReleaseOverlap>& overlaps, const QString& dataset,
                          bool rounded = false) const;
    void expireDue();
    // Stores the change with its history event and audits it (deferred: inside the caller's
    // transaction).
    // A release is stored with its record (`release`).
    void commitChange(ExtractRequest& request, RequestAction action, const QString& comment,
                      const QJsonObject& extraDetails, const ReleaseRecord* release = nullptr);
    // With the organisation's store, requests drafted on other workstations are reviewed here,
    // never edited, submitted, withdrawn or released: their data is there (ErrorKind::Denied).
    bool draftedElsewhere(const ExtractRequest& request) const;
    void requireDraftedHere(const ExtractRequest& request, RequestAction action) const;
    // The spec about to be released is the one this vault's trail recorded at submission
    // (ErrorKind::Integrity otherwise).
    void requireSubmittedFromHere(const ExtractRequest& request) const;

    Vault& m_vault;
    std::unique_ptr<RequestStore> m_store;
};

} // namespace ecluse
