#include "UiDriver.h"
#include "VaultProbe.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QInputDialog>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

// The auditor's page: filters, a verdict that points at the first broken entry, an export that
// goes through the guard and equals `audit export`, and a reseal with its reason.
class AuditPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersNarrowTheTrail();
    void exportEqualsTheCommandLinesAndGoesOnlyWhereAllowed();
    void aBrokenEntryIsNamedAndShownThenResealed();
};

namespace {

struct AuditFixture
{
    QTemporaryDir exports;
    std::unique_ptr<UiFixture> ui;
    QTableView* table = nullptr;

    AuditFixture()
    {
        Policy rules;
        rules.exportFolders = {exports.path()};
        ui = std::make_unique<UiFixture>(rules);
    }

    bool open()
    {
        if (!ui->start() || !ui->signIn(QStringLiteral("auditor1"), auditorPassword))
            return false;
        table = ui->find<QTableView>(QStringLiteral("auditTable"));
        return table && QTest::qWaitFor([&] { return table->model()->rowCount() > 0; });
    }

    QString verdict() const { return ui->text(QStringLiteral("auditVerdict")); }
};

} // namespace

void AuditPageTest::filtersNarrowTheTrail()
{
    AuditFixture at;
    QVERIFY(at.open());
    const int all = at.table->model()->rowCount();
    QTest::keyClicks(at.ui->find<QLineEdit>(QStringLiteral("auditUserFilter")), QStringLiteral("admin"));
    QVERIFY(at.table->model()->rowCount() < all);
    for (const QString& user : column(at.table, 2))
        QCOMPARE(user, QStringLiteral("admin"));
    QTest::keyClicks(at.ui->find<QLineEdit>(QStringLiteral("auditActionFilter")), QStringLiteral("account."));
    QVERIFY(at.table->model()->rowCount() > 0);
    for (const QString& action : column(at.table, 3))
        QVERIFY2(action.startsWith(QStringLiteral("account.")), qPrintable(action));
    // A time range after everything: nothing.
    at.ui->find<QDateTimeEdit>(QStringLiteral("auditFromEdit"))
        ->setDateTime(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(at.table->model()->rowCount(), 0);
}

void AuditPageTest::exportEqualsTheCommandLinesAndGoesOnlyWhereAllowed()
{
    AuditFixture at;
    QVERIFY(at.open());
    // Accepts the dialog in `folder` (empty: where it opened) with the name it suggests; returns the file.
    const auto exportTo = [&](const QString& folder) {
        at.ui->find<QLabel>(QStringLiteral("auditVerdict"))->clear();
        QTest::mouseClick(at.ui->find<QPushButton>(QStringLiteral("exportAuditButton")), Qt::LeftButton);
        auto* dialog = qobject_cast<QFileDialog*>(at.ui->waitForDialog(QStringLiteral("auditExportDialog")));
        if (!dialog)
            return QString();
        if (!folder.isEmpty())
            dialog->setDirectory(folder);
        const QString file = dialog->selectedFiles().value(0);
        static_cast<QDialog*>(dialog)->accept();
        if (!QTest::qWaitFor([&] { return at.verdict().contains(QStringLiteral("xported")); }))
            return QStringLiteral("<no verdict>");
        return file;
    };
    QTemporaryDir elsewhere;
    const QString refused = exportTo(elsewhere.path());
    QVERIFY2(at.verdict().startsWith(QStringLiteral("Not exported")), qPrintable(at.verdict()));
    QVERIFY(!QFile::exists(refused));

    // It opens in the first allowed folder, where the export goes.
    const QString file = exportTo({});
    QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(at.exports.path()).absoluteFilePath());
    QVERIFY2(at.verdict().startsWith(QStringLiteral("Exported")), qPrintable(at.verdict()));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray lines = exported.readAll();
    // What `audit export` writes, as of the same head: the later one has only more lines.
    QBuffer now;
    now.open(QIODevice::WriteOnly);
    VaultProbe::audit(*at.ui->vault).exportJsonLines(now);
    QVERIFY(!lines.isEmpty());
    QVERIFY(now.data().startsWith(lines));
}

void AuditPageTest::aBrokenEntryIsNamedAndShownThenResealed()
{
    AuditFixture at;
    QVERIFY(at.open());
    // An insider with the data key edits entry 2.
    Database& db = VaultProbe::database(*at.ui->vault);
    db.execute("DROP TRIGGER IF EXISTS audit_log_append_only_update");
    db.execute("UPDATE audit_log SET user = 'someone else' WHERE seq = 2");
    QTest::mouseClick(at.ui->find<QPushButton>(QStringLiteral("verifyAuditButton")), Qt::LeftButton);
    QTRY_VERIFY2(at.verdict().startsWith(QStringLiteral("Not intact from entry 2")), qPrintable(at.verdict()));
    QCOMPARE(at.table->selectionModel()->selectedRows().value(0).data().toLongLong(), 2);

    // Resealing says why, and does not hide what verification said.
    QTest::mouseClick(at.ui->find<QPushButton>(QStringLiteral("resealAuditButton")), Qt::LeftButton);
    auto* reason = qobject_cast<QInputDialog*>(at.ui->waitForDialog(QStringLiteral("resealReasonDialog")));
    QVERIFY(reason);
    reason->setTextValue(QStringLiteral("seal folder restored by IT"));
    reason->accept();
    QTRY_VERIFY2(at.verdict().startsWith(QStringLiteral("Resealed")), qPrintable(at.verdict()));
    QTRY_COMPARE(column(at.table, 3).last(), QStringLiteral("audit.reseal"));
    QVERIFY(at.table->model()
                ->index(at.table->model()->rowCount() - 1, 5)
                .data()
                .toString()
                .contains(QStringLiteral("seal folder restored by IT")));
}

QTEST_MAIN(AuditPageTest)
#include "tst_ui_audit.moc"
