#include "UiDriver.h"
#include "access/Access.h"

#include <QListWidget>
#include <QtTest>

#include <algorithm>

using namespace ecluse;
using namespace ecluse::test;

// The workspace opens exactly the entries that core allows the signed-in roles, and says why the
// others are closed.
class NavigationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void navigationFollowsRoles_data();
    void navigationFollowsRoles();
};

namespace {

struct EntryActions
{
    QString title;
    std::vector<Action> actions; // any one opens the entry; none: open to every signed-in user
};

const std::vector<EntryActions>& allEntries()
{
    static const std::vector<EntryActions> entries{
        {QStringLiteral("Catalogue"), {Action::BrowseCatalogue}},
        {QStringLiteral("Aggregates"), {Action::BrowseAggregates}},
        {QStringLiteral("Extracts"), {Action::RequestExtract, Action::ReviewExtract}},
        {QStringLiteral("Audit"), {Action::ReadAudit}},
        {QStringLiteral("Administration"), {Action::ManageAccounts, Action::VerifyVault}},
        {QStringLiteral("Policy"), {}},
    };
    return entries;
}

} // namespace

void NavigationTest::navigationFollowsRoles_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QString>("openPage");

    const auto catalogue = QStringLiteral("Catalogue");
    const auto aggregates = QStringLiteral("Aggregates");
    const auto extracts = QStringLiteral("Extracts");
    const auto audit = QStringLiteral("Audit");
    const auto administration = QStringLiteral("Administration");
    const auto policy = QStringLiteral("Policy");
    // Administrators see no data, so no catalogue (SNDS); the rules in force are open to everyone.
    QTest::newRow("admin") << QStringList{QStringLiteral("admin")} << QStringList{administration, policy}
                           << QStringLiteral("administrationPage");
    QTest::newRow("auditor") << QStringList{QStringLiteral("auditor")} << QStringList{audit, administration, policy}
                             << QStringLiteral("auditPage");
    // Analysts and stewards browse the catalogue, analysts aggregates too; stewards review
    // extract requests, analysts with an aggregate-level grant only may not ask for any.
    QTest::newRow("analyst") << QStringList{QStringLiteral("analyst")} << QStringList{catalogue, aggregates, policy}
                             << QStringLiteral("cataloguePage");
    QTest::newRow("steward") << QStringList{QStringLiteral("steward")} << QStringList{catalogue, extracts, policy}
                             << QStringLiteral("cataloguePage");
    QTest::newRow("analyst and auditor") << QStringList{QStringLiteral("analyst"), QStringLiteral("auditor")}
                                         << QStringList{catalogue, aggregates, audit, administration, policy}
                                         << QStringLiteral("cataloguePage");
}

void NavigationTest::navigationFollowsRoles()
{
    QFETCH(QStringList, roles);
    QFETCH(QStringList, enabled);
    QFETCH(QString, openPage);

    UiFixture ui;
    const bool isAdmin = roles == QStringList{QStringLiteral("admin")};
    const QString user = isAdmin ? QStringLiteral("admin") : QStringLiteral("someone");
    const char* const password = isAdmin ? adminPassword : "someone's long password";
    ui.vault->create(QStringLiteral("admin"), secret(adminPassword));
    auto users = TestAuthority::standardUsers(ui.tv.clock->now);
    // Analysts and stewards get a grant, so that an analyst's data pages open (a steward's grant
    // gives no aggregates); other roles hold none.
    const bool mayHoldGrants = roles.contains(QStringLiteral("analyst")) || roles.contains(QStringLiteral("steward"));
    users.append({QStringLiteral("someone"), roles, users[0].validFrom, users[0].validUntil,
                  mayHoldGrants ? QJsonArray{TestAuthority::grant("prestations", "aggregate")} : QJsonArray{}});
    ui.vault->importHabilitations(ui.tv.authority.sign(1, users, ui.tv.clock->now));
    if (!isAdmin)
        ui.vault->enrol(user, secret(password));
    ui.vault->lock();
    QVERIFY(ui.start(false));
    QVERIFY(ui.signIn(user, password));

    auto* navigation = ui.find<QListWidget>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), static_cast<int>(allEntries().size()));
    for (int row = 0; row < navigation->count(); ++row) {
        const QListWidgetItem* item = navigation->item(row);
        const EntryActions& expected = allEntries()[static_cast<std::size_t>(row)];
        QCOMPARE(item->text(), expected.title);
        const bool isEnabled = item->flags().testFlag(Qt::ItemIsEnabled);
        QVERIFY2(isEnabled == enabled.contains(expected.title), qPrintable(expected.title));

        // An entry closed to these roles says which roles may use it, in core's words.
        Subject subject;
        subject.user = user;
        subject.roles = roles;
        if (mayHoldGrants)
            subject.grants = {{QStringLiteral("prestations"), GrantLevel::Aggregate, PotentialIdentifier::None}};
        const auto decide = [&](Action action) {
            return ecluse::decide(subject, action, isDatasetScoped(action) ? Resource::someDataset() : Resource{},
                                  ui.tv.clock->now);
        };
        const bool allowed =
            expected.actions.empty() || std::any_of(expected.actions.begin(), expected.actions.end(),
                                                    [&](Action action) { return decide(action).allowed; });
        if (!allowed) {
            for (Action action : expected.actions)
                QVERIFY2(item->toolTip().contains(decide(action).reason), qPrintable(item->toolTip()));
        }
        if (!isEnabled)
            QVERIFY2(!item->toolTip().isEmpty(), qPrintable(expected.title));
    }

    // The first open entry, already open.
    QWidget* page = ui.find(openPage);
    QVERIFY(page);
    QVERIFY(page->isVisible());

    // Clicking a closed entry opens nothing.
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem* item = navigation->item(row);
        if (item->flags().testFlag(Qt::ItemIsEnabled))
            continue;
        const int before = navigation->currentRow();
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
        QCOMPARE(navigation->currentRow(), before);
    }
}

QTEST_MAIN(NavigationTest)
#include "tst_ui_navigation.moc"
