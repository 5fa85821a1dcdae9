#include "PivotTableModel.h"
#include "TestPackages.h"
#include "UiDriver.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QListWidget>
#include <QTableView>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;
using ecluse::ui::PivotTableModel;

// Locking puts the work aside without keeping any of the data: the unlock takes the user back to
// the page and the aggregate query they left, computed again; someone else signing in starts
// afresh.
class WorkspaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlockReturnsToThePageAndQueryComputedAgain();
    void unlockReturnsToThePageLeft();
    void signingOutForgetsWhereTheUserWas_data();
    void signingOutForgetsWhereTheUserWas();
};

namespace {

// analyst1 and analyst2, both allowed aggregates of prestations, on a vault holding a small package.
struct Fixture
{
    UiFixture ui;
    TestPackages packages{ui.tv};

    bool start()
    {
        if (!packages.makeTwoAnalystVault(ui.vault, "prestations"))
            return false;
        return ui.start(false);
    }

    bool signIn(const QString& user) const
    {
        return ui.signIn(user, (user + QStringLiteral(" password")).toUtf8().constData());
    }

    QListWidget* navigation() const { return ui.find<QListWidget>(QStringLiteral("navigation")); }

    QString currentEntry() const
    {
        const QListWidgetItem* item = navigation() ? navigation()->currentItem() : nullptr;
        return item ? item->text() : QString();
    }

    bool open(const QString& entry) const
    {
        const auto items = navigation()->findItems(entry, Qt::MatchExactly);
        if (items.size() != 1)
            return false;
        QTest::mouseClick(navigation()->viewport(), Qt::LeftButton, {},
                          navigation()->visualItemRect(items.first()).center());
        return currentEntry() == entry;
    }

    QWidget* aggregates() const { return ui.find(QStringLiteral("aggregatesPage")); }
    template <typename W = QWidget> W* onPage(const QString& name) const { return ui.find<W>(name, aggregates()); }

    bool tick(const QString& list, const QString& name) const
    {
        const auto items = onPage<QListWidget>(list)->findItems(QStringLiteral("(%1)").arg(name), Qt::MatchEndsWith);
        if (items.size() != 1)
            return false;
        items.first()->setCheckState(Qt::Checked);
        return true;
    }

    QStringList ticked(const QString& list) const
    {
        QStringList names;
        const auto* widget = onPage<QListWidget>(list);
        for (int row = 0; row < widget->count(); ++row) {
            if (widget->item(row)->checkState() == Qt::Checked)
                names << widget->item(row)->data(Qt::UserRole).toString();
        }
        return names;
    }

    // Regions down the side, sex across, beneficiaries, for the women only: filled in and run.
    bool runQuery() const
    {
        if (!open(QStringLiteral("Aggregates")) || !aggregates())
            return false;
        if (!QTest::qWaitFor([&] { return onPage(QStringLiteral("datasetCombo"))->isEnabled(); }))
            return false;
        if (!tick(QStringLiteral("rowDimensionList"), QStringLiteral("BEN_RES_REG")) ||
            !tick(QStringLiteral("columnDimensionList"), QStringLiteral("BEN_SEX_COD")))
            return false;
        auto* filterColumn = onPage<QComboBox>(QStringLiteral("filterColumnCombo"));
        filterColumn->setCurrentIndex(filterColumn->findData(QStringLiteral("BEN_SEX_COD")));
        auto* values = onPage<QListWidget>(QStringLiteral("filterValueList"));
        for (int row = 0; row < values->count(); ++row) {
            if (values->item(row)->data(Qt::UserRole).toString() == QStringLiteral("2"))
                values->item(row)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(onPage<QPushButton>(QStringLiteral("addFilterButton")), Qt::LeftButton);
        if (onPage<QListWidget>(QStringLiteral("filterList"))->count() != 1)
            return false;
        QTest::mouseClick(onPage<QPushButton>(QStringLiteral("runQueryButton")), Qt::LeftButton);
        return QTest::qWaitFor([&] { return pivotRows() > 0; }, 15000);
    }

    int pivotRows() const
    {
        auto* pivot = aggregates() ? onPage<QTableView>(QStringLiteral("pivotTable")) : nullptr;
        return pivot ? pivot->model()->rowCount() : 0;
    }

    // Everything the pivot shows, headings and cells.
    QStringList pivotText() const
    {
        QStringList text;
        const QAbstractItemModel* model = onPage<QTableView>(QStringLiteral("pivotTable"))->model();
        for (int column = 0; column < model->columnCount(); ++column)
            text << model->headerData(column, Qt::Horizontal).toString();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                text << model->index(row, column).data().toString();
        }
        return text;
    }

    bool unlock(const QString& user) const
    {
        QWidget* lockScreen = ui.find(QStringLiteral("lockScreen"));
        QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("passwordEdit"), lockScreen),
                         user + QStringLiteral(" password"));
        QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("unlockButton"), lockScreen), Qt::LeftButton);
        return QTest::qWaitFor([&] { return ui.visibleWorkspace() != nullptr; });
    }

    // Result models and pages anywhere in the application, shown or not.
    int resultHolders() const
    {
        int count = 0;
        for (QWidget* top : QApplication::topLevelWidgets()) {
            count += static_cast<int>(top->findChildren<PivotTableModel*>().size());
            count += static_cast<int>(top->findChildren<QWidget*>(QStringLiteral("aggregatesPage")).size());
            count += static_cast<int>(top->findChildren<QWidget*>(QStringLiteral("workspace")).size());
        }
        return count;
    }
};

} // namespace

void WorkspaceTest::unlockReturnsToThePageAndQueryComputedAgain()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.signIn(QStringLiteral("analyst1")));
    QVERIFY(f.runQuery());
    const QStringList before = f.pivotText();
    const QString provenance = f.ui.text(QStringLiteral("resultProvenance"), f.aggregates());
    QVERIFY(!provenance.isEmpty());
    // Changing the form afterwards does not change the table being looked at.
    QVERIFY(f.tick(QStringLiteral("rowDimensionList"), QStringLiteral("BEN_RES_DPT")));

    QVERIFY(f.ui.pressLockShortcut());
    QTRY_VERIFY(!f.ui.vault->isUnlocked());
    // Locked: no page, no model, no label holds anything of the table.
    QCOMPARE(f.resultHolders(), 0);
    QCOMPARE(f.ui.visibleItemViews(), 0);
    for (QWidget* top : QApplication::topLevelWidgets()) {
        for (const QLabel* label : top->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(provenance), qPrintable(label->objectName()));
    }

    QVERIFY(f.unlock(QStringLiteral("analyst1")));
    QCOMPARE(f.currentEntry(), QStringLiteral("Aggregates"));
    QVERIFY(f.aggregates() && f.aggregates()->isVisible());
    QVERIFY2(!f.ui.find(QStringLiteral("cataloguePage")), "the first page is not built on the way");
    QTRY_VERIFY_WITH_TIMEOUT(f.pivotRows() > 0, 15000);
    QCOMPARE(f.pivotText(), before);
    QCOMPARE(f.ticked(QStringLiteral("rowDimensionList")), QStringList{QStringLiteral("BEN_RES_REG")});
    QCOMPARE(f.ticked(QStringLiteral("columnDimensionList")), QStringList{QStringLiteral("BEN_SEX_COD")});
    QCOMPARE(f.ticked(QStringLiteral("measureList")), QStringList{QStringLiteral("beneficiaries")});
    auto* filters = f.onPage<QListWidget>(QStringLiteral("filterList"));
    QCOMPARE(filters->count(), 1);
    QVERIFY2(filters->item(0)->text().endsWith(QStringLiteral("= 2")), qPrintable(filters->item(0)->text()));
    QVERIFY(f.ui.text(QStringLiteral("resultFilters"), f.aggregates()).contains(QStringLiteral("BEN_SEX_COD = 2")));
}

void WorkspaceTest::unlockReturnsToThePageLeft()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.signIn(QStringLiteral("analyst1")));
    QCOMPARE(f.currentEntry(), QStringLiteral("Catalogue"));
    QVERIFY(f.open(QStringLiteral("Policy")));
    f.ui.find<QAction>(QStringLiteral("lockAction"))->trigger();
    QTRY_VERIFY(!f.ui.vault->isUnlocked());
    QVERIFY(f.unlock(QStringLiteral("analyst1")));
    QCOMPARE(f.currentEntry(), QStringLiteral("Policy"));
    QVERIFY(f.ui.find(QStringLiteral("policyPage"))->isVisible());
    // No query was on screen: none is run, and the aggregates page is not even built.
    QVERIFY(!f.aggregates());
}

void WorkspaceTest::signingOutForgetsWhereTheUserWas_data()
{
    QTest::addColumn<QString>("next");
    QTest::newRow("another user") << QStringLiteral("analyst2");
    QTest::newRow("the same user") << QStringLiteral("analyst1");
}

void WorkspaceTest::signingOutForgetsWhereTheUserWas()
{
    QFETCH(QString, next);
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.signIn(QStringLiteral("analyst1")));
    QVERIFY(f.runQuery());
    QVERIFY(f.ui.pressLockShortcut());
    QTRY_VERIFY(!f.ui.vault->isUnlocked());
    QTest::mouseClick(f.ui.find<QPushButton>(QStringLiteral("signOutButton"), f.ui.find(QStringLiteral("lockScreen"))),
                      Qt::LeftButton);
    QVERIFY(f.ui.find(QStringLiteral("signedOutPage"))->isVisible());

    QVERIFY(f.signIn(next));
    // Where a sign-in lands, with nothing of the previous session's query.
    QCOMPARE(f.currentEntry(), QStringLiteral("Catalogue"));
    QTest::qWait(200); // a restore would have queued its query by now
    QVERIFY(!f.aggregates());
    QVERIFY(f.open(QStringLiteral("Aggregates")));
    QTRY_VERIFY(f.onPage(QStringLiteral("datasetCombo"))->isEnabled());
    QTest::qWait(200);
    QCOMPARE(f.pivotRows(), 0);
    QVERIFY(f.ticked(QStringLiteral("rowDimensionList")).isEmpty());
}

QTEST_MAIN(WorkspaceTest)
#include "tst_ui_workspace.moc"
