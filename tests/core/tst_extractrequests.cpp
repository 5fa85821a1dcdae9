#include "ExtractFixtures.h"
#include "Failure.h"
#include "TestVault.h"
#include "VaultProbe.h"
#include "audit/AuditTrail.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "crypto/X25519.h"
#include "data/PackageImporter.h"
#include "extract/ExtractRequests.h"
#include "extract/ReleaseFile.h"
#include "guard/OutputGuard.h"

#include <QJsonDocument>
#include <QSet>

#include <cstring>

#include <QTest>

using namespace ecluse;
using namespace ecluse::test;

// The service both the GUI and the CLI use for extract requests: roles and grants, the checks of
// a spec, the policy's limits, visibility, and a trail entry for every change.
class TestExtractRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<Vault> m_vault;

    static QList<TestUser> users(const QDateTime& now)
    {
        QList<TestUser> all = TestAuthority::standardUsers(now);
        const QDateTime from = now.addDays(-30);
        const QDateTime until = now.addDays(335);
        all.append({QStringLiteral("steward2"), {QStringLiteral("steward")}, from, until, {}});
        // Aggregates only: may not ask for individual rows.
        all.append({QStringLiteral("analyst2"),
                    {QStringLiteral("analyst")},
                    from,
                    until,
                    {TestAuthority::grant("prestations", "aggregate")}});
        // Both roles: may request, and review other people's requests, never their own.
        all.append({QStringLiteral("both"),
                    {QStringLiteral("analyst"), QStringLiteral("steward")},
                    from,
                    until,
                    {TestAuthority::grant("prestations", "extract")}});
        // Extracts of the aggregated DAMIR.
        all.append({QStringLiteral("analyst3"),
                    {QStringLiteral("analyst")},
                    from,
                    until,
                    {TestAuthority::grant("damir", "extract")}});
        return all;
    }

    void makeVault(int requiredApprovals = 1, int maxPerMonth = 10, int maxRows = 100000)
    {
        m_vault.reset();
        m_tv = std::make_unique<TestVault>();
        m_tv->policy.requiredApprovals = requiredApprovals;
        m_tv->policy.extractMaxPerMonth = maxPerMonth;
        m_tv->policy.extractMaxRows = maxRows;
        m_tv->policy.exportFolders = {releaseFolder()};
        QDir().mkpath(releaseFolder());
        m_vault = m_tv->make();
        m_vault->create(QStringLiteral("admin"), secret("correct horse battery staple"));
        m_vault->importHabilitations(m_tv->authority.sign(1, users(m_tv->clock->now), m_tv->clock->now));
        for (const char* user : {"analyst1", "analyst2", "analyst3", "steward1", "steward2", "both", "auditor1"})
            m_vault->enrol(QString::fromLatin1(user), TestVault::passwordOf(QString::fromLatin1(user)));
    }

    void signIn(const char* user)
    {
        m_vault->lock();
        const QString name = QString::fromLatin1(user);
        m_vault->unlock(name, TestVault::passwordOf(name));
    }

    ExtractSpec spec() const { return womenIn2025(m_tv->clock->now.date()); }

    std::vector<AuditEntry> trailSince(qint64 sequence) { return VaultProbe::audit(*m_vault).entries(sequence + 1); }

    qint64 head() { return VaultProbe::audit(*m_vault).size(); }

    // Five women with two claims each in March 2025, two men in March, and the women again in
    // September (outside the spec's period); imported by the administrator.
    void importClaims()
    {
        const QString folder = m_tv->package(claimsOfFiveWomen(true));
        QVERIFY(!folder.isEmpty());
        m_vault->lock();
        m_vault->unlock(QStringLiteral("admin"), secret("correct horse battery staple"));
        PackageImporter(*m_vault).import(folder);
    }

    QString releaseFolder() const { return QDir(m_tv->root.path()).filePath(QStringLiteral("releases")); }
    QString releasePath(const QString& name) const { return QDir(releaseFolder()).filePath(name); }

    // A request of `requester`'s, submitted and approved by steward1; leaves the requester signed in.
    qint64 approved(const ExtractSpec& wanted, const char* requester = "analyst1")
    {
        signIn(requester);
        const qint64 id = ExtractRequests(*m_vault).create(wanted);
        ExtractRequests(*m_vault).submit(id);
        signIn("steward1");
        ExtractRequests(*m_vault).approve(id, QStringLiteral("conforme"));
        signIn(requester);
        return id;
    }

    QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Releases `id` with a passphrase and opens the file again as its recipient would.
    OpenedRelease releaseAndOpen(qint64 id, const QString& name)
    {
        ReleaseRecipient recipient;
        recipient.passphrase = secret("a release pass phrase");
        ExtractRequests requests(*m_vault);
        requests.release(id, releasePath(name), std::move(recipient));
        const SecureBuffer passphrase = secret("a release pass phrase");
        return ReleaseFile::open(readAll(releasePath(name)), requests.releaseSigningKey(), name, &passphrase, nullptr,
                                 m_tv->clock->now.date());
    }

    // The first column of each data row: the pseudonyms of a release opened.
    static QSet<QByteArray> firstColumn(const std::string& csv)
    {
        QSet<QByteArray> values;
        const QList<QByteArray> lines = QByteArray::fromStdString(csv).split('\n');
        for (qsizetype i = 2; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                values.insert(lines[i].split(',').front());
        }
        return values;
    }

    qint64 submittedByAnalyst()
    {
        signIn("analyst1");
        ExtractRequests requests(*m_vault);
        const qint64 id = requests.create(spec());
        requests.submit(id);
        return id;
    }

private Q_SLOTS:
    void init() { makeVault(); }

    void aRequestGoesFromDraftToApprovedEachStepAudited()
    {
        signIn("analyst1");
        ExtractRequests requests(*m_vault);
        const qint64 id = requests.create(spec());
        QCOMPARE(requests.find(id).state, RequestState::Draft);
        requests.submit(id);
        signIn("steward1");
        const qint64 before = head();
        ExtractRequests review(*m_vault);
        QCOMPARE(review.find(id).state, RequestState::Submitted);
        review.approve(id, QStringLiteral("purpose and columns match the project"));
        const ExtractRequest approved = review.find(id);
        QCOMPARE(approved.state, RequestState::Approved);
        QCOMPARE(approved.approvals, QStringList{QStringLiteral("steward1")});
        QCOMPARE(approved.spec, spec());
        QStringList steps;
        for (const RequestEvent& event : approved.history)
            steps << event.action + QLatin1Char(':') + event.actor;
        QCOMPARE(steps, (QStringList{QStringLiteral("create:analyst1"), QStringLiteral("submit:analyst1"),
                                     QStringLiteral("approve:steward1")}));
        const std::vector<AuditEntry> entries = trailSince(before);
        const auto approval = std::find_if(entries.begin(), entries.end(), [](const AuditEntry& e) {
            return e.action == QLatin1String("extract.approve");
        });
        QVERIFY(approval != entries.end());
        QCOMPARE(approval->user, QStringLiteral("steward1"));
        QVERIFY2(approval->details.contains(QStringLiteral("purpose and columns match")),
                 qPrintable(approval->details));
    }

    void onlyAnalystsWithAnExtractGrantMayRequest_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("column");
        QTest::newRow("a steward") << QStringLiteral("steward1") << QString();
        QTest::newRow("an auditor") << QStringLiteral("auditor1") << QString();
        QTest::newRow("an aggregate-only grant") << QStringLiteral("analyst2") << QString();
        // analyst1's grant names the care date, not the commune.
        QTest::newRow("a potential identifier the grant does not name")
            << QStringLiteral("analyst1") << QStringLiteral("BEN_RES_COM");
    }

    void onlyAnalystsWithAnExtractGrantMayRequest()
    {
        QFETCH(QString, user);
        QFETCH(QString, column);
        signIn(user.toLatin1().constData());
        ExtractRequests requests(*m_vault);
        ExtractSpec asked = spec();
        if (!column.isEmpty())
            asked.columns << column;
        const qint64 before = head();
        QCOMPARE(errorKindOf([&] { requests.create(asked); }), ErrorKind::Denied);
        // Refused and audited as a refusal; no request was stored.
        const std::vector<AuditEntry> entries = trailSince(before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("access.denied"));
        QVERIFY(requests.list().empty());
    }

    void theCareDateTheGrantNamesMayBeAsked()
    {
        signIn("analyst1");
        ExtractRequests requests(*m_vault);
        ExtractSpec asked = spec();
        asked.columns << QStringLiteral("EXE_SOI_DTD");
        const qint64 id = requests.create(asked);
        QCOMPARE(requests.find(id).spec.columns.last(), QStringLiteral("EXE_SOI_DTD"));
    }

    void aSpecIsChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown dataset") << QStringLiteral("dataset") << QStringLiteral("unknown dataset");
        QTest::newRow("no column") << QStringLiteral("no-column") << QStringLiteral("at least one column");
        QTest::newRow("unknown column") << QStringLiteral("column") << QStringLiteral("is not a column");
        QTest::newRow("a column twice") << QStringLiteral("twice") << QStringLiteral("twice");
        QTest::newRow("a filter value not in its code list") << QStringLiteral("filter") << QStringLiteral("'7'");
        QTest::newRow("a period that ends before it starts") << QStringLiteral("period") << QStringLiteral("period");
        QTest::newRow("a purpose too short") << QStringLiteral("purpose") << QStringLiteral("20 characters");
        QTest::newRow("a purpose with an escape") << QStringLiteral("escape") << QStringLiteral("plain text");
        QTest::newRow("a project reference with a space")
            << QStringLiteral("project") << QStringLiteral("project reference");
        QTest::newRow("a retention date past") << QStringLiteral("retention") << QStringLiteral("future");
    }

    void aSpecIsChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        signIn("analyst1");
        ExtractRequests requests(*m_vault);
        ExtractSpec asked = spec();
        if (field == QLatin1String("dataset"))
            asked.dataset = QStringLiteral("nope");
        else if (field == QLatin1String("no-column"))
            asked.columns.clear();
        else if (field == QLatin1String("column"))
            asked.columns << QStringLiteral("BEN_NIR_ANO");
        else if (field == QLatin1String("twice"))
            asked.columns << QStringLiteral("BEN_SEX_COD");
        else if (field == QLatin1String("filter"))
            asked.filters = {parseFilter(QStringLiteral("BEN_SEX_COD=7"))};
        else if (field == QLatin1String("period"))
            asked.periodTo = asked.periodFrom.addDays(-1);
        else if (field == QLatin1String("purpose"))
            asked.purpose = QStringLiteral("étude");
        else if (field == QLatin1String("escape"))
            asked.purpose += QStringLiteral("\x1b[2J");
        else if (field == QLatin1String("project"))
            asked.project = QStringLiteral("CNAM 2026");
        else if (field == QLatin1String("retention"))
            asked.retainUntil = m_tv->clock->now.date();
        const qint64 before = head();
        QString message;
        const ErrorKind kind = errorKindOf([&] { requests.create(asked); }, &message);
        // An unknown dataset has no grant either: the decision point refuses it first.
        QCOMPARE(kind, field == QLatin1String("dataset") ? ErrorKind::Denied : ErrorKind::InvalidInput);
        if (kind == ErrorKind::InvalidInput) {
            QVERIFY2(message.contains(expected), qPrintable(message));
            QCOMPARE(head(), before);
        }
        QVERIFY(requests.list().empty());
    }

    void nobodyReviewsTheirOwnRequest()
    {
        signIn("both");
        ExtractRequests requests(*m_vault);
        const qint64 id = requests.create(spec());
        requests.submit(id);
        const qint64 before = head();
        for (const auto& review : std::initializer_list<std::function<void()>>{
                 [&] { requests.approve(id); }, [&] { requests.returnForChanges(id, QStringLiteral("mine")); },
                 [&] { requests.reject(id, QStringLiteral("mine")); }}) {
            QCOMPARE(errorKindOf(review), ErrorKind::Denied);
        }
        QCOMPARE(requests.find(id).state, RequestState::Submitted);
        // Each refusal audited, and nothing else.
        for (const AuditEntry& entry : trailSince(before))
            QCOMPARE(entry.action, QStringLiteral("access.denied"));
        QCOMPARE(head(), before + 3);
    }

    void twoApprovalsWhenPolicyAsksForTwo()
    {
        makeVault(2);
        const qint64 id = submittedByAnalyst();
        signIn("steward1");
        ExtractRequests(*m_vault).approve(id);
        QCOMPARE(ExtractRequests(*m_vault).find(id).state, RequestState::Submitted);
        QCOMPARE(errorKindOf([&] { ExtractRequests(*m_vault).approve(id); }), ErrorKind::Denied);
        signIn("steward2");
        ExtractRequests(*m_vault).approve(id);
        QCOMPARE(ExtractRequests(*m_vault).find(id).state, RequestState::Approved);
    }

    void aChangedRequestLosesItsApprovals()
    {
        makeVault(2);
        const qint64 id = submittedByAnalyst();
        signIn("steward1");
        ExtractRequests(*m_vault).approve(id);
        signIn("steward2");
        ExtractRequests(*m_vault).returnForChanges(id, QStringLiteral("six months is more than the study needs"));
        signIn("analyst1");
        ExtractSpec narrower = spec();
        narrower.periodTo = QDate(2025, 3, 31);
        ExtractRequests(*m_vault).edit(id, narrower);
        ExtractRequests(*m_vault).submit(id);
        const ExtractRequest request = ExtractRequests(*m_vault).find(id);
        QCOMPARE(request.state, RequestState::Submitted);
        QVERIFY(request.approvals.isEmpty());
        QCOMPARE(request.revision, 2);
        QCOMPARE(request.spec.periodTo, QDate(2025, 3, 31));
        QCOMPARE(request.history.at(3).comment, QStringLiteral("six months is more than the study needs"));
    }

    void submissionsAreLimitedPerMonth()
    {
        makeVault(1, 1);
        signIn("analyst1");
        ExtractRequests requests(*m_vault);
        requests.submit(requests.create(spec()));
        const qint64 second = requests.create(spec());
        QString message;
        QCOMPARE(errorKindOf([&] { requests.submit(second); }, &message), ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("ExtractMaxPerMonth")), qPrintable(message));
        QCOMPARE(requests.find(second).state, RequestState::Draft);
        // Next month, it may be submitted.
        m_tv->clock->now = m_tv->clock->now.addMonths(1);
        requests.submit(second);
        QCOMPARE(requests.find(second).state, RequestState::Submitted);
    }

    void checksCountTheRowsAndRefuseTooMany()
    {
        // Ten rows of women in the first half of 2025 (and others the spec leaves out).
        importClaims();
        signIn("analyst1");
        ExtractRequests requests(*m_vault);
        const qint64 id = requests.create(spec());
        // Five people: the requester does not learn how many (a draft would count any small
        // group that aggregates suppress) ...
        const ExtractChecks seenByRequester = requests.checks(id);
        QVERIFY(seenByRequester.masked);
        QCOMPARE(seenByRequester.beneficiaries, qint64(0));
        QVERIFY2(seenByRequester.checks.at(1).detail.contains(QStringLiteral("fewer than 11")),
                 qPrintable(seenByRequester.checks.at(1).detail));
        QVERIFY(!QJsonDocument(seenByRequester.toJson()).toJson().contains("\"beneficiaries\": 5"));
        requests.submit(id);
        // ... the reviewer does, and is warned.
        signIn("steward1");
        const ExtractChecks checks = ExtractRequests(*m_vault).checks(id);
        QVERIFY(!checks.masked);
        QCOMPARE(checks.rows, qint64(10));
        QCOMPARE(checks.beneficiaries, qint64(5));
        QCOMPARE(checks.checks.at(1).name, QStringLiteral("population"));
        QCOMPARE(checks.checks.at(1).outcome, CheckOutcome::Warning);
        QVERIFY(!checks.anyFailed());

        makeVault(1, 10, 9);
        importClaims();
        signIn("analyst1");
        ExtractRequests limited(*m_vault);
        const qint64 tooMany = limited.create(spec());
        QString message;
        QCOMPARE(errorKindOf([&] { limited.submit(tooMany); }, &message), ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("ExtractMaxRows")), qPrintable(message));
        QCOMPARE(limited.find(tooMany).state, RequestState::Draft);
    }

    void requestersSeeLargerCountsRoundedReviewersExactly()
    {
        // 23 women, one claim each: over the threshold, yet a draft must not count exactly, or
        // two drafts differing by one filter value would count the few between them.
        QByteArray csv = "BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,PRS_NAT_REF,"
                         "PSE_SPE_COD,PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n";
        for (int person = 0; person < 23; ++person)
            csv += QByteArray::number(person).rightJustified(64, 'p') + ",2,1980,75,75056,2025-03-14,1110,1,1,30.00,"
                                                                        "21.00,\n";
        m_vault->lock();
        m_vault->unlock(QStringLiteral("admin"), secret("correct horse battery staple"));
        PackageImporter(*m_vault).import(m_tv->package(csv));
        const qint64 id = submittedByAnalyst();
        const ExtractChecks seenByRequester = ExtractRequests(*m_vault).checks(id);
        QVERIFY(seenByRequester.rounded && !seenByRequester.masked);
        QCOMPARE(seenByRequester.beneficiaries, qint64(20));
        QCOMPARE(seenByRequester.rows, qint64(20));
        QVERIFY2(seenByRequester.checks.at(1).detail.contains(QStringLiteral("about 20 beneficiaries")),
                 qPrintable(seenByRequester.checks.at(1).detail));
        QVERIFY(!QJsonDocument(seenByRequester.toJson()).toJson().contains("23"));
        // The form's preview, which costs nothing to ask, says no more.
        const ExtractChecks preview = ExtractRequests(*m_vault).previewChecks(spec());
        QCOMPARE(preview.beneficiaries, qint64(20));
        signIn("steward1");
        const ExtractChecks checks = ExtractRequests(*m_vault).checks(id);
        QVERIFY(!checks.rounded);
        QCOMPARE(checks.beneficiaries, qint64(23));
    }

    void draftsAreTheirAuthorsAlone()
    {
        signIn("analyst1");
        const qint64 draft = ExtractRequests(*m_vault).create(spec());
        const qint64 submitted = ExtractRequests(*m_vault).create(spec());
        ExtractRequests(*m_vault).submit(submitted);
        signIn("steward1");
        const std::vector<ExtractRequest> queue = ExtractRequests(*m_vault).list();
        QCOMPARE(queue.size(), std::size_t(1));
        QCOMPARE(queue.front().id, submitted);
        QCOMPARE(errorKindOf([&] { ExtractRequests(*m_vault).find(draft); }), ErrorKind::InvalidInput);
        // Another analyst sees none of analyst1's requests, and cannot tell which ids exist.
        signIn("analyst2");
        QVERIFY(ExtractRequests(*m_vault).list().empty());
        QString missing;
        QString hidden;
        errorKindOf([&] { ExtractRequests(*m_vault).find(999); }, &missing);
        errorKindOf([&] { ExtractRequests(*m_vault).find(submitted); }, &hidden);
        QCOMPARE(hidden, missing.replace(QStringLiteral("999"), QString::number(submitted)));
        signIn("auditor1");
        QVERIFY(ExtractRequests(*m_vault).list().empty());
    }

    void anApprovedRequestIsReleasedEncryptedAndOpens()
    {
        importClaims();
        const qint64 id = approved(spec());
        const qint64 before = head();
        ReleaseRecipient recipient;
        recipient.passphrase = secret("a release pass phrase");
        ExtractRequests requests(*m_vault);
        const ReleaseReceipt receipt = requests.release(id, releasePath(QStringLiteral("r.ecl")), std::move(recipient));
        QVERIFY(receipt.generatedPassphrase.isEmpty());
        const ReleaseManifest& manifest = receipt.manifest;
        QCOMPARE(manifest.rows, qint64(10));
        QCOMPARE(manifest.requester, QStringLiteral("analyst1"));
        QCOMPARE(manifest.approvers, QStringList{QStringLiteral("steward1")});
        QCOMPARE(manifest.columns, spec().columns);
        QCOMPARE(manifest.expires, spec().retainUntil);
        QCOMPARE(requests.find(id).state, RequestState::Released);
        QCOMPARE(requests.releaseOf(id)->id, manifest.release);

        // Nothing of the rows is readable in the file; the recipient opens it with the passphrase.
        const QByteArray file = readAll(releasePath(QStringLiteral("r.ecl")));
        QVERIFY(!file.contains("2025-03-14") && !file.contains("30.00"));
        const SecureBuffer passphrase = secret("a release pass phrase");
        const OpenedRelease opened = ReleaseFile::open(file, requests.releaseSigningKey(), QStringLiteral("r.ecl"),
                                                       &passphrase, nullptr, m_tv->clock->now.date());
        const QList<QByteArray> lines = QByteArray::fromStdString(opened.csv).split('\n');
        QCOMPARE(lines.size(), 13); // watermark, header, ten rows, and the final newline
        QVERIFY2(lines[0].startsWith("# ") && lines[0].contains(manifest.release.toUtf8()), lines[0].constData());
        QCOMPARE(lines[1], QByteArray("BEN_NIR_PSA,BEN_SEX_COD,PRS_PAI_MNT"));
        for (qsizetype i = 2; i < 12; ++i)
            QVERIFY2(lines[i].endsWith(",2,30.00") && lines[i].indexOf(',') == 64, lines[i].constData());
        // Five women, two rows each: the pseudonyms group their rows.
        QCOMPARE(firstColumn(opened.csv).size(), 5);

        // The trail holds the release with the file's hash.
        const std::vector<AuditEntry> entries = trailSince(before);
        // First the file, named with its hash before it exists; then the request, released.
        QStringList actions;
        for (const AuditEntry& entry : entries)
            actions << entry.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("extract.release-file"), QStringLiteral("extract.release")}));
        const QString fileHash = QString::fromLatin1(sha256(file).toHex());
        QCOMPARE(entries[0].object, releasePath(QStringLiteral("r.ecl")));
        QVERIFY(entries[0].details.contains(fileHash));
        QCOMPARE(entries[1].object, QStringLiteral("request %1").arg(id));
        QVERIFY(entries[1].details.contains(fileHash));
        QVERIFY(entries[1].details.contains(QStringLiteral("\"state\":\"released\"")));

        // Once released, it is not released again.
        ReleaseRecipient again;
        again.passphrase = secret("a release pass phrase");
        QCOMPARE(errorKindOf([&] { requests.release(id, releasePath(QStringLiteral("again.ecl")), std::move(again)); }),
                 ErrorKind::InvalidInput);
        QVERIFY(!QFile::exists(releasePath(QStringLiteral("again.ecl"))));
    }

    void aReleaseForARecipientKeyOpensWithItsPrivateKeyOnly()
    {
        importClaims();
        const qint64 id = approved(spec());
        SystemRandom random;
        const X25519PrivateKey recipientKey = X25519PrivateKey::generate(random);
        ReleaseRecipient recipient;
        recipient.publicKey = recipientKey.publicKey();
        ExtractRequests requests(*m_vault);
        const ReleaseReceipt receipt = requests.release(id, releasePath(QStringLiteral("k.ecl")), std::move(recipient));
        QVERIFY(receipt.generatedPassphrase.isEmpty());
        const QByteArray file = readAll(releasePath(QStringLiteral("k.ecl")));
        const OpenedRelease opened = ReleaseFile::open(file, requests.releaseSigningKey(), QStringLiteral("k.ecl"),
                                                       nullptr, &recipientKey, m_tv->clock->now.date());
        QCOMPARE(opened.manifest.rows, qint64(10));
        const X25519PrivateKey someoneElse = X25519PrivateKey::generate(random);
        QCOMPARE(errorKindOf([&] {
                     ReleaseFile::open(file, requests.releaseSigningKey(), QStringLiteral("k.ecl"), nullptr,
                                       &someoneElse, m_tv->clock->now.date());
                 }),
                 ErrorKind::Denied);
    }

    void withoutAPassphraseOneIsGeneratedForTheRelease()
    {
        importClaims();
        const qint64 id = approved(spec());
        ExtractRequests requests(*m_vault);
        const ReleaseReceipt receipt = requests.release(id, releasePath(QStringLiteral("g.ecl")));
        QVERIFY(receipt.generatedPassphrase.size() >= 52);
        const OpenedRelease opened =
            ReleaseFile::open(readAll(releasePath(QStringLiteral("g.ecl"))), requests.releaseSigningKey(),
                              QStringLiteral("g.ecl"), &receipt.generatedPassphrase, nullptr, m_tv->clock->now.date());
        QCOMPARE(opened.manifest.release, receipt.manifest.release);
    }

    void projectPseudonymsDifferBetweenProjectsAndStayWithinOne()
    {
        importClaims();
        ExtractSpec other = spec();
        other.project = QStringLiteral("CNAM-2026-099");
        const qint64 first = approved(spec());
        const qint64 second = approved(spec());
        const qint64 third = approved(other);
        const QSet<QByteArray> a = firstColumn(releaseAndOpen(first, QStringLiteral("a.ecl")).csv);
        const QSet<QByteArray> b = firstColumn(releaseAndOpen(second, QStringLiteral("b.ecl")).csv);
        const QSet<QByteArray> c = firstColumn(releaseAndOpen(third, QStringLiteral("c.ecl")).csv);
        QCOMPARE(a.size(), 5);
        QCOMPARE(a, b);
        QVERIFY(!a.intersects(c));
        // Neither the producer's pseudonyms nor the vault's own leave.
        for (const char person : {'a', 'b', 'c', 'd', 'e'})
            QVERIFY(!a.contains(QByteArray(64, person)) && !c.contains(QByteArray(64, person)));
        Statement vaultPseudonyms = VaultProbe::database(*m_vault).prepare("SELECT pseudonym FROM beneficiaries");
        while (vaultPseudonyms.step()) {
            const QByteArray hex = vaultPseudonyms.blob(0).toHex();
            QVERIFY(!a.contains(hex) && !c.contains(hex));
        }
    }

    void aDirectIdentifierInTheOutputBlocksTheRelease()
    {
        // DAMIR rows, one of whose counts an insider turned into a NIR inside the vault.
        m_vault->lock();
        m_vault->unlock(QStringLiteral("admin"), secret("correct horse battery staple"));
        const QString folder = m_tv->package("FLX_ANN_MOI,BEN_RES_REG,AGE_BEN_SNDS,BEN_SEX_COD,PSE_SPE_SNDS,"
                                             "PRS_NAT_REF,FLT_ACT_QTE,FLT_PAI_MNT,FLT_REM_MNT\n"
                                             "202501,11,30,1,1,1110,4,10.00,7.00\n"
                                             "202501,11,30,2,1,1110,5,12.00,8.00\n",
                                             QStringLiteral("damir"));
        PackageImporter(*m_vault).import(folder);
        Database& db = VaultProbe::database(*m_vault);
        const qint64 nir = 185057800604830; // a valid key: what the scanner recognises
        QByteArray planted(16, '\0');
        std::memcpy(planted.data(), &nir, 8);
        const qint64 five = 5;
        std::memcpy(planted.data() + 8, &five, 8);
        db.prepare("UPDATE dataset_chunks SET data = ? WHERE column_name = 'FLT_ACT_QTE'").bindBlob(1, planted).run();
        QCOMPARE(db.changes(), 1);

        ExtractSpec wanted = spec();
        wanted.dataset = QStringLiteral("damir");
        wanted.columns = {QStringLiteral("BEN_SEX_COD"), QStringLiteral("FLT_ACT_QTE")};
        wanted.filters.clear();
        const qint64 id = approved(wanted, "analyst3");
        const qint64 before = head();
        ExtractRequests requests(*m_vault);
        QString message;
        QCOMPARE(errorKindOf([&] { requests.release(id, releasePath(QStringLiteral("n.ecl"))); }, &message),
                 ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("FLT_ACT_QTE")) && message.contains(QStringLiteral("NIR")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("185057800604830")), qPrintable(message));
        QVERIFY(!QFile::exists(releasePath(QStringLiteral("n.ecl"))));
        QCOMPARE(requests.find(id).state, RequestState::Approved);
        const std::vector<AuditEntry> entries = trailSince(before);
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries.front().action, QStringLiteral("extract.release-blocked"));
        QVERIFY(!entries.front().details.contains(QStringLiteral("185057800604830")));
    }

    void aReleaseIsRefusedWhereItMayNotGo()
    {
        importClaims();
        const qint64 id = approved(spec());
        // Outside the allowed folders: refused, audited, nothing written.
        const QString outside = QDir(m_tv->root.path()).filePath(QStringLiteral("outside.ecl"));
        QString message;
        QCOMPARE(errorKindOf([&] { ExtractRequests(*m_vault).release(id, outside); }, &message), ErrorKind::Denied);
        QVERIFY2(message.contains(QStringLiteral("not in a folder policy allows")), qPrintable(message));
        QVERIFY(!QFile::exists(outside));
        QCOMPARE(trailSince(head() - 1).front().action, QStringLiteral("access.denied"));
        // An existing file is never replaced.
        QFile existing(releasePath(QStringLiteral("taken.ecl")));
        QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("mine") == 4);
        existing.close();
        QCOMPARE(errorKindOf([&] { ExtractRequests(*m_vault).release(id, existing.fileName()); }),
                 ErrorKind::InvalidInput);
        QCOMPARE(readAll(existing.fileName()), QByteArray("mine"));
        // Only the requester releases, and only what was approved.
        signIn("steward1");
        QCOMPARE(errorKindOf([&] { ExtractRequests(*m_vault).release(id, releasePath(QStringLiteral("s.ecl"))); }),
                 ErrorKind::Denied);
        signIn("analyst1");
        const qint64 draft = ExtractRequests(*m_vault).create(spec());
        QCOMPARE(errorKindOf([&] { ExtractRequests(*m_vault).release(draft, releasePath(QStringLiteral("d.ecl"))); }),
                 ErrorKind::InvalidInput);
        QCOMPARE(ExtractRequests(*m_vault).find(id).state, RequestState::Approved);
        // Where policy denies exports, no release leaves either.
        m_tv->policy.exportMode = ExportMode::Deny;
        m_vault->lock();
        m_vault = m_tv->make();
        signIn("analyst1");
        QCOMPARE(errorKindOf([&] { ExtractRequests(*m_vault).release(id, releasePath(QStringLiteral("p.ecl"))); }),
                 ErrorKind::Denied);
        QVERIFY(QDir(releaseFolder()).entryList(QDir::Files) == QStringList{QStringLiteral("taken.ecl")});
    }

    void overlapsWithEarlierReleasesAreShownToReviewers()
    {
        importClaims();
        releaseAndOpen(approved(spec()), QStringLiteral("first.ecl"));
        // The same women and the two men: five in common, two more.
        ExtractSpec wider = spec();
        wider.filters.clear();
        signIn("analyst1");
        const qint64 id = ExtractRequests(*m_vault).create(wider);
        const ExtractChecks seenByRequester = ExtractRequests(*m_vault).checks(id);
        QCOMPARE(seenByRequester.overlaps.size(), std::size_t(1));
        QVERIFY(seenByRequester.overlaps.front().masked);
        QCOMPARE(seenByRequester.overlaps.front().onlyThisRequest, qint64(0));
        ExtractRequests(*m_vault).submit(id);
        signIn("steward1");
        const ExtractChecks checks = ExtractRequests(*m_vault).checks(id);
        QCOMPARE(checks.overlaps.size(), std::size_t(1));
        const ReleaseOverlap& overlap = checks.overlaps.front();
        QCOMPARE(overlap.shared, qint64(5));
        QCOMPARE(overlap.onlyThisRequest, qint64(2));
        QCOMPARE(overlap.onlyEarlier, qint64(0));
        const auto check = std::find_if(checks.checks.begin(), checks.checks.end(),
                                        [](const ExtractCheck& c) { return c.name == QLatin1String("overlap"); });
        QVERIFY(check != checks.checks.end());
        QCOMPARE(check->outcome, CheckOutcome::Warning);
        QVERIFY2(check->detail.contains(QStringLiteral("5 beneficiaries in common, 2 only in this request")),
                 qPrintable(check->detail));
    }

    void releasesExpireAtTheirRetentionDate()
    {
        importClaims();
        const qint64 id = approved(spec());
        const OpenedRelease opened = releaseAndOpen(id, QStringLiteral("e.ecl"));
        const QByteArray key = ExtractRequests(*m_vault).releaseSigningKey();
        m_tv->clock->now = QDateTime(spec().retainUntil.addDays(1), QTime(9, 0), Qt::UTC);
        const qint64 before = head();
        QCOMPARE(ExtractRequests(*m_vault).find(id).state, RequestState::Expired);
        const std::vector<AuditEntry> entries = trailSince(before);
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [](const AuditEntry& e) { return e.action == QLatin1String("extract.expire"); }));
        // The file itself refuses to open past its date.
        const SecureBuffer passphrase = secret("a release pass phrase");
        QCOMPARE(errorKindOf([&] {
                     ReleaseFile::open(readAll(releasePath(QStringLiteral("e.ecl"))), key, QStringLiteral("e.ecl"),
                                       &passphrase, nullptr, m_tv->clock->now.date());
                 }),
                 ErrorKind::Denied);
    }

    void requestsStayInTheVault()
    {
        signIn("analyst1");
        const qint64 id = ExtractRequests(*m_vault).create(spec());
        m_vault->lock();
        m_vault = m_tv->make();
        signIn("analyst1");
        QCOMPARE(ExtractRequests(*m_vault).find(id).spec, spec());
        // The new tables are part of the schema vault verify expects.
        signIn("auditor1");
        const VaultVerification verification = m_vault->verify();
        QVERIFY2(verification.intact(), qPrintable(verification.firstProblem()));
    }
};

QTEST_GUILESS_MAIN(TestExtractRequests)
#include "tst_extractrequests.moc"
