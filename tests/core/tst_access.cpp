#include "access/Access.h"

#include <QTest>

using namespace ecluse;

Q_DECLARE_METATYPE(ecluse::Action)

namespace {
// Someone holding these roles, with no end date and every dataset granted at extract level:
// what remains is the role table.
AccessDecision decideFor(const QStringList& roles, Action action)
{
    Subject subject;
    subject.user = QStringLiteral("someone");
    subject.roles = roles;
    return decide(subject, action, {}, QDateTime::currentDateTimeUtc());
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

        const QList<QPair<Action, const char*>> actions{
            {Action::BrowseCatalogue, "browse catalogue"},
            {Action::BrowseAggregates, "browse aggregates"},
            {Action::RequestExtract, "request extract"},
            {Action::ReviewExtract, "review extract"},
            {Action::ReadAudit, "read audit"},
            {Action::VerifyVault, "verify vault"},
            {Action::ManageAccounts, "manage accounts"},
            {Action::ImportData, "import data"},
        };
        const QMap<QString, QList<Action>> allowed{
            {QStringLiteral("analyst"), {Action::BrowseCatalogue, Action::BrowseAggregates, Action::RequestExtract}},
            {QStringLiteral("steward"), {Action::BrowseCatalogue, Action::ReviewExtract}},
            {QStringLiteral("auditor"), {Action::ReadAudit, Action::ResealAudit, Action::VerifyVault}},
            {QStringLiteral("admin"), {Action::VerifyVault, Action::ManageAccounts, Action::ImportData}},
        };
        for (auto role = allowed.begin(); role != allowed.end(); ++role) {
            for (const auto& [action, name] : actions) {
                QTest::addRow("%s may%s %s", qPrintable(role.key()), role.value().contains(action) ? "" : " not", name)
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
    }

    void adminSeesNoData()
    {
        for (const Action action :
             {Action::BrowseCatalogue, Action::BrowseAggregates, Action::RequestExtract, Action::ReviewExtract}) {
            QVERIFY(!decideFor({QStringLiteral("admin")}, action).allowed);
        }
    }

    void refusalNamesTheRolesThatMay()
    {
        const AccessDecision decision = decideFor({QStringLiteral("analyst")}, Action::ReadAudit);
        QVERIFY2(decision.reason.contains(QStringLiteral("auditor")), qPrintable(decision.reason));
    }

    void noRoleMeansNothingAllowed()
    {
        QVERIFY(!decideFor({}, Action::VerifyVault).allowed);
        QVERIFY(!decideFor({QStringLiteral("superuser")}, Action::ManageAccounts).allowed);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
