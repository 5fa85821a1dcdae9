#include "access/Access.h"

#include <QTest>

using namespace ecluse;

Q_DECLARE_METATYPE(ecluse::Action)

namespace {

// Someone holding these roles, with no end date and an extract grant on "prestations" naming the
// care date: what remains is the role table.
Subject someoneWith(const QStringList& roles)
{
    Subject subject;
    subject.user = QStringLiteral("someone");
    subject.roles = roles;
    subject.grants = {{QStringLiteral("prestations"), GrantLevel::Extract, PotentialIdentifier::CareDate}};
    return subject;
}

AccessDecision decideFor(const QStringList& roles, Action action)
{
    const Resource resource = isDatasetScoped(action) ? Resource::ofDataset(QStringLiteral("prestations")) : Resource{};
    return decide(someoneWith(roles), action, resource, QDateTime::currentDateTimeUtc());
}

// The role table as docs/ARCHITECTURE.md states it, written out again here on purpose.
const QMap<QString, QList<Action>>& documentedRoles()
{
    static const QMap<QString, QList<Action>> roles{
        {QStringLiteral("analyst"),
         {Action::BrowseCatalogue, Action::BrowseAggregates, Action::ExportAggregates, Action::RequestExtract}},
        {QStringLiteral("steward"), {Action::BrowseCatalogue, Action::ReviewExtract}},
        {QStringLiteral("auditor"),
         {Action::ReadAudit, Action::ResealAudit, Action::VerifyVault, Action::ReadHabilitations}},
        {QStringLiteral("admin"),
         {Action::VerifyVault, Action::ManageAccounts, Action::ImportData, Action::ReadHabilitations,
          Action::BackUpVault}},
    };
    return roles;
}

} // namespace

// Every role against every action: a grant added or lost by mistake fails a row here.
class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesAllowExactlyTheirActions_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        // allActions is the enumeration, whole: a new action without a row here cannot slip by.
        QCOMPARE(std::size(allActions), std::size_t(12));
        for (auto role = documentedRoles().begin(); role != documentedRoles().end(); ++role) {
            for (const Action action : allActions) {
                QTest::addRow("%s may%s %s", qPrintable(role.key()), role.value().contains(action) ? "" : " not",
                              qPrintable(actionName(action)))
                    << role.key() << action << role.value().contains(action);
            }
        }
    }

    void rolesAllowExactlyTheirActions()
    {
        QFETCH(QString, role);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        const AccessDecision decision = decideFor({role}, action);
        QCOMPARE(decision.allowed, allowed);
        QCOMPARE(decision.reason.isEmpty(), allowed);
        QCOMPARE(roleAllows({role}, action), allowed);
    }

    void adminSeesNoData()
    {
        for (const Action action : {Action::BrowseCatalogue, Action::BrowseAggregates, Action::ExportAggregates,
                                    Action::RequestExtract, Action::ReviewExtract, Action::ReadAudit}) {
            QVERIFY(!decideFor({QStringLiteral("admin")}, action).allowed);
        }
    }

    void dataActionsNeedTheirDataset()
    {
        // Issue 9: an empty dataset used to be allowed, as if it were a wildcard.
        const Subject analyst = someoneWith({QStringLiteral("analyst")});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Action action : allActions) {
            if (!isDatasetScoped(action))
                continue;
            QVERIFY(!decide(analyst, action, {}, now).allowed);
            QVERIFY(!decide(analyst, action, Resource::ofDataset(QStringLiteral("damir")), now).allowed);
            QVERIFY(decide(analyst, action, Resource::ofDataset(QStringLiteral("prestations")), now).allowed);
            // Asking whether some dataset allows it (to show a page) is a separate question.
            QVERIFY(decide(analyst, action, Resource::someDataset(), now).allowed);
        }
        Subject aggregatesOnly = analyst;
        aggregatesOnly.grants.front().level = GrantLevel::Aggregate;
        QVERIFY(!decide(aggregatesOnly, Action::RequestExtract, Resource::someDataset(), now).allowed);
        QVERIFY(decide(aggregatesOnly, Action::BrowseAggregates, Resource::someDataset(), now).allowed);
    }

    void potentialIdentifiersAreDecidedByTheDecisionPoint()
    {
        const Subject analyst = someoneWith({QStringLiteral("analyst")});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto with = [&](QList<PotentialIdentifier> identifiers) {
            return decide(analyst, Action::BrowseAggregates,
                          Resource::ofDataset(QStringLiteral("prestations"), std::move(identifiers)), now);
        };
        QVERIFY(with({PotentialIdentifier::None, PotentialIdentifier::CareDate}).allowed);
        const AccessDecision refused = with({PotentialIdentifier::DeathDate});
        QVERIFY(!refused.allowed);
        QVERIFY2(refused.reason.contains(potentialIdentifierName(PotentialIdentifier::DeathDate)),
                 qPrintable(refused.reason));
    }

    void refusalNamesTheRolesThatMay()
    {
        const AccessDecision decision = decideFor({QStringLiteral("analyst")}, Action::ReadAudit);
        QVERIFY2(decision.reason.contains(QStringLiteral("auditor")), qPrintable(decision.reason));
    }

    void noRoleMeansNothingAllowed()
    {
        for (const Action action : allActions) {
            QVERIFY(!decideFor({}, action).allowed);
            QVERIFY(!decideFor({QStringLiteral("superuser")}, action).allowed);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
