#include "ExtractFixtures.h"
#include "TestPackages.h"
#include "UiDriver.h"
#include "data/PackageImporter.h"
#include "extract/ExtractRequests.h"
#include "extract/ReleaseFile.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

namespace {

const char* const analystPassword = "analyst1 password";
const char* const stewardPassword = "steward1 password";

} // namespace

// The Extracts page as an analyst and a steward use it, through the real widgets: a request
// drafted with its checks live, submitted, approved by someone else with a comment, then released
// as a file only its passphrase opens, the passphrase shown once.
class ExtractsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRequestFromTheFormToAnOpenedRelease();
};

namespace {

struct ExtractsFixture
{
    QTemporaryDir releases;
    std::unique_ptr<UiFixture> ui;

    ExtractsFixture()
    {
        Policy rules;
        rules.exportFolders = {releases.path()};
        ui = std::make_unique<UiFixture>(rules);
    }

    // Five women with two claims each in March 2025, and two men.
    bool prepare()
    {
        Vault& vault = *ui->vault;
        vault.create(QStringLiteral("admin"), secret(adminPassword));
        vault.importHabilitations(
            ui->tv.authority.sign(1, TestAuthority::standardUsers(ui->tv.clock->now), ui->tv.clock->now));
        vault.enrol(QStringLiteral("analyst1"), secret(analystPassword));
        vault.enrol(QStringLiteral("steward1"), secret(stewardPassword));
        TestPackages packages(ui->tv);
        PackageImporter(vault).import(packages.withCsv(claimsOfFiveWomen()));
        vault.lock();
        return ui->start(false);
    }

    QWidget* openExtracts() const
    {
        auto* navigation = ui->find<QListWidget>(QStringLiteral("navigation"));
        const auto items = navigation->findItems(QStringLiteral("Extracts"), Qt::MatchExactly);
        if (items.isEmpty() || !(items.first()->flags() & Qt::ItemIsEnabled))
            return nullptr;
        navigation->setCurrentItem(items.first());
        QWidget* page = ui->find(QStringLiteral("extractsPage"));
        return page && page->isVisible() ? page : nullptr;
    }

    QTableView* table() const { return ui->find<QTableView>(QStringLiteral("requestTable")); }

    // The state column of the first request, once the table shows one.
    QString firstState() const
    {
        QTableView* view = table();
        if (!QTest::qWaitFor([&] { return view->model()->rowCount() > 0; }))
            return {};
        return view->model()->index(0, 1).data().toString();
    }

    bool click(const QString& button) const
    {
        auto* widget = ui->find<QPushButton>(button);
        if (!widget || !QTest::qWaitFor([&] { return widget->isEnabled(); }))
            return false;
        QTest::mouseClick(widget, Qt::LeftButton);
        return true;
    }

    bool selectFirst() const
    {
        QTableView* view = table();
        if (!QTest::qWaitFor([&] { return view->model()->rowCount() > 0; }))
            return false;
        view->selectRow(0);
        return true;
    }

    bool switchTo(const QString& user, const char* password) const
    {
        ui->window->signOut();
        if (!ui->waitForDialog(QStringLiteral("signInDialog"))) {
            auto* show = ui->find<QPushButton>(QStringLiteral("showSignInButton"));
            if (show)
                QTest::mouseClick(show, Qt::LeftButton);
        }
        return ui->signIn(user, password);
    }
};

} // namespace

void ExtractsTest::aRequestFromTheFormToAnOpenedRelease()
{
    ExtractsFixture at;
    QVERIFY(at.prepare());
    QVERIFY(at.ui->signIn(QStringLiteral("analyst1"), analystPassword));
    QVERIFY(at.openExtracts());
    // An analyst reviews nothing.
    QVERIFY(!at.ui->find<QPushButton>(QStringLiteral("approveRequestButton")));

    // The form: the checks follow what is typed, as the requester may see them.
    QVERIFY(at.click(QStringLiteral("newRequestButton")));
    QDialog* form = at.ui->waitForDialog(QStringLiteral("extractRequestDialog"));
    QVERIFY(form);
    auto* columns = at.ui->find<QListWidget>(QStringLiteral("columnList"), form);
    for (int row = 0; row < columns->count(); ++row) {
        const QString name = columns->item(row)->data(Qt::UserRole).toString();
        if (name == QLatin1String("BEN_NIR_PSA") || name == QLatin1String("BEN_SEX_COD") ||
            name == QLatin1String("PRS_PAI_MNT"))
            columns->item(row)->setCheckState(Qt::Checked);
    }
    at.ui->find<QLineEdit>(QStringLiteral("filtersEdit"), form)->setText(QStringLiteral("BEN_SEX_COD=2"));
    at.ui->find<QDateEdit>(QStringLiteral("periodFromEdit"), form)->setDate(QDate(2025, 1, 1));
    at.ui->find<QDateEdit>(QStringLiteral("periodToEdit"), form)->setDate(QDate(2025, 6, 30));
    at.ui->find<QLineEdit>(QStringLiteral("projectEdit"), form)->setText(QStringLiteral("CNAM-2026-041"));
    auto* checks = at.ui->find<QLabel>(QStringLiteral("checksLabel"), form);
    // Without a purpose, core says what is missing.
    QTRY_VERIFY2_WITH_TIMEOUT(checks->text().contains(QStringLiteral("20 characters")), qPrintable(checks->text()),
                              10000);
    at.ui->find<QPlainTextEdit>(QStringLiteral("purposeEdit"), form)
        ->setPlainText(QStringLiteral("Remboursements des femmes au premier semestre 2025"));
    // Five women: the requester learns only that they are fewer than the threshold.
    QTRY_VERIFY2_WITH_TIMEOUT(checks->text().contains(QStringLiteral("fewer than 11")), qPrintable(checks->text()),
                              10000);
    QTest::mouseClick(at.ui->find<QPushButton>(QStringLiteral("saveRequestButton"), form), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(at.firstState(), QStringLiteral("a draft"), 10000);
    QVERIFY(at.selectFirst());
    QVERIFY(at.click(QStringLiteral("submitRequestButton")));
    QTRY_COMPARE_WITH_TIMEOUT(at.table()->model()->index(0, 1).data().toString(), QStringLiteral("submitted"), 10000);

    // The steward's queue: exact counts, then an approval with its comment.
    QVERIFY(at.switchTo(QStringLiteral("steward1"), stewardPassword));
    QVERIFY(at.openExtracts());
    QVERIFY(!at.ui->find<QPushButton>(QStringLiteral("newRequestButton")));
    QVERIFY(at.selectFirst());
    auto* details = at.ui->find<QPlainTextEdit>(QStringLiteral("requestDetails"));
    QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("5 beneficiaries")),
                              qPrintable(details->toPlainText()), 10000);
    QVERIFY(at.click(QStringLiteral("approveRequestButton")));
    auto* comment = qobject_cast<QInputDialog*>(at.ui->waitForDialog(QStringLiteral("commentDialog")));
    QVERIFY(comment);
    comment->setTextValue(QStringLiteral("Colonnes conformes au projet"));
    comment->accept();
    QTRY_COMPARE_WITH_TIMEOUT(at.table()->model()->index(0, 1).data().toString(), QStringLiteral("approved"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("Colonnes conformes au projet")), 10000);

    // The release: into the allowed folder, the passphrase shown once.
    QVERIFY(at.switchTo(QStringLiteral("analyst1"), analystPassword));
    QVERIFY(at.openExtracts());
    QVERIFY(at.selectFirst());
    QVERIFY(at.click(QStringLiteral("releaseRequestButton")));
    QDialog* release = at.ui->waitForDialog(QStringLiteral("releaseDialog"));
    QVERIFY(release);
    const QString file = at.ui->find<QLineEdit>(QStringLiteral("releasePathEdit"), release)->text();
    QVERIFY2(file.startsWith(at.releases.path()), qPrintable(file));
    QTest::mouseClick(at.ui->find<QPushButton>(QStringLiteral("releaseButton"), release), Qt::LeftButton);
    QDialog* shown = at.ui->waitForDialog(QStringLiteral("releasePassphraseDialog"));
    QVERIFY2(shown, qPrintable(at.ui->text(QStringLiteral("extractsMessage"))));
    const QByteArray passphraseText =
        at.ui->find<QLabel>(QStringLiteral("releasePassphraseLabel"), shown)->text().toLatin1();
    shown->accept();
    QTRY_COMPARE_WITH_TIMEOUT(at.table()->model()->index(0, 1).data().toString(), QStringLiteral("released"), 10000);

    QFile sealed(file);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    const SecureBuffer passphrase(passphraseText.constData(), static_cast<std::size_t>(passphraseText.size()));
    QTRY_VERIFY(!at.ui->window->findChild<QObject*>(QStringLiteral("releasePassphraseDialog")));
    const QByteArray signer = ExtractRequests(*at.ui->vault).releaseSigningKey();
    const OpenedRelease opened =
        ReleaseFile::open(sealed.readAll(), signer, file, &passphrase, nullptr, at.ui->tv.clock->now.date());
    QCOMPARE(opened.manifest.rows, qint64(10));
    QCOMPARE(opened.manifest.approvers, QStringList{QStringLiteral("steward1")});
}

QTEST_MAIN(ExtractsTest)
#include "tst_ui_extracts.moc"
