#include "ClipboardOwnership.h"
#include "PrivateBus.h"
#include "UiDriver.h"
#include "platform/SessionLockMonitor.h"

#include <QClipboard>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QStatusBar>
#include <QtTest>

using namespace ecluse;
using namespace ecluse::test;

// What ends or pauses a session without the user asking: time without input, the desktop's own
// lock, the end of a habilitation; and what the user sees of it on the way.
class SessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleSessionLocksAfterThePolicyDelay();
    void inputPostponesTheIdleLock_data();
    void inputPostponesTheIdleLock();
    void lockOnScreenSaverSignal();
    void lockAndSignOutClearEcluseContentFromTheClipboard();
    void lockLeavesOtherContentOnTheClipboard();
    void habilitationEndingSignsOut();
    void statusBarShowsHabilitationEndAndWhatMayLeave();
};

namespace {

Policy idleLockAfterOneMinute()
{
    Policy policy;
    policy.idleLockMinutes = 1;
    return policy;
}

void advance(UiFixture& ui, int seconds)
{
    ui.tv.clock->now = ui.tv.clock->now.addSecs(seconds);
}

bool isVisible(const UiFixture& ui, const QString& name)
{
    QWidget* widget = ui.find(name);
    return widget && widget->isVisible();
}

// Marked as Écluse's own, as the clipboard guard marks published cells.
void copyFromEcluse(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    ui::markAsEcluse(data);
    QGuiApplication::clipboard()->setMimeData(data);
}

} // namespace

void SessionTest::idleSessionLocksAfterThePolicyDelay()
{
    UiFixture ui(idleLockAfterOneMinute());
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    QCOMPARE(ui.text(QStringLiteral("statusIdle")), QStringLiteral("Locks in 1:00"));
    QVERIFY(!isVisible(ui, QStringLiteral("idleWarning")));

    advance(ui, 59);
    ui.window->checkIdle();
    QVERIFY(ui.visibleWorkspace());
    QVERIFY(ui.vault->isUnlocked());
    QCOMPARE(ui.text(QStringLiteral("statusIdle")), QStringLiteral("Locks in 0:01"));
    QVERIFY(isVisible(ui, QStringLiteral("statusIdle")));
    QVERIFY(isVisible(ui, QStringLiteral("idleWarning")));
    QCOMPARE(ui.text(QStringLiteral("idleWarning")), QStringLiteral("Écluse locks in 1 s for lack of activity."));

    advance(ui, 1);
    ui.window->checkIdle();
    QVERIFY(isVisible(ui, QStringLiteral("lockScreen")));
    QVERIFY(!ui.find(QStringLiteral("workspace")));
    QTRY_VERIFY(!ui.vault->isUnlocked());
    QCOMPARE(ui.text(QStringLiteral("statusLock")), QStringLiteral("Locked"));
    QVERIFY2(ui.text(QStringLiteral("lockReason")).contains(QStringLiteral("without activity")),
             qPrintable(ui.text(QStringLiteral("lockReason"))));
    QVERIFY(!isVisible(ui, QStringLiteral("statusIdle")));
}

void SessionTest::inputPostponesTheIdleLock_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("key") << QStringLiteral("key");
    QTest::newRow("mouse button") << QStringLiteral("click");
    QTest::newRow("mouse move") << QStringLiteral("move");
}

void SessionTest::inputPostponesTheIdleLock()
{
    QFETCH(QString, input);
    UiFixture ui(idleLockAfterOneMinute());
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    advance(ui, 40);
    ui.window->checkIdle();
    QCOMPARE(ui.text(QStringLiteral("statusIdle")), QStringLiteral("Locks in 0:20"));
    QVERIFY(isVisible(ui, QStringLiteral("idleWarning")));

    if (input == QStringLiteral("key")) {
        QTest::keyClick(ui.window.get(), Qt::Key_Shift);
    } else if (input == QStringLiteral("click")) {
        QTest::mouseClick(ui.window->statusBar(), Qt::LeftButton);
    } else {
        QTest::mouseMove(ui.window->windowHandle(), QPoint(30, 40));
        QTest::mouseMove(ui.window->windowHandle(), QPoint(60, 80));
    }

    // The warning goes at once; the delay starts over from the input.
    QVERIFY(!isVisible(ui, QStringLiteral("idleWarning")));
    QCOMPARE(ui.text(QStringLiteral("statusIdle")), QStringLiteral("Locks in 1:00"));
    advance(ui, 59);
    ui.window->checkIdle();
    QVERIFY(ui.visibleWorkspace());
    QVERIFY(ui.vault->isUnlocked());
    QCOMPARE(ui.text(QStringLiteral("statusIdle")), QStringLiteral("Locks in 0:01"));
    advance(ui, 1);
    ui.window->checkIdle();
    QVERIFY(isVisible(ui, QStringLiteral("lockScreen")));
}

void SessionTest::lockOnScreenSaverSignal()
{
    if (PrivateBus::daemonPath().isEmpty())
        QSKIP("dbus-daemon is not installed (package dbus): cannot start a private bus for this test");
    PrivateBus bus; // outlives the window and the monitor it owns
    const QString problem = bus.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QDBusConnection windowBus = bus.connect(QStringLiteral("tst-window"));
    QDBusConnection desktop = bus.connect(QStringLiteral("tst-desktop"));
    QVERIFY(windowBus.isConnected() && desktop.isConnected());

    UiFixture ui;
    QVERIFY(ui.start());
    // The test's bus as both session and system bus, as in tst_sessionlockmonitor.
    ui.window->watch(new ui::SessionLockMonitor(windowBus, windowBus, ui.window.get()));
    // A round trip on the monitor's connection: the bus has then applied its subscriptions.
    QVERIFY(windowBus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.DBus")).value());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));

    QDBusMessage signal =
        QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                   QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
    signal.setArguments({true});
    QVERIFY(desktop.send(signal));

    QTRY_VERIFY(isVisible(ui, QStringLiteral("lockScreen")));
    QVERIFY(!ui.find(QStringLiteral("workspace")));
    QTRY_VERIFY(!ui.vault->isUnlocked());
    QVERIFY2(ui.text(QStringLiteral("lockReason")).contains(QStringLiteral("screen was locked")),
             qPrintable(ui.text(QStringLiteral("lockReason"))));
}

void SessionTest::lockAndSignOutClearEcluseContentFromTheClipboard()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    QClipboard* clipboard = QGuiApplication::clipboard();
    copyFromEcluse(QStringLiteral("published cell: 1 234"));
    QCOMPARE(clipboard->text(), QStringLiteral("published cell: 1 234"));
    QVERIFY(ui::isEcluse(clipboard->mimeData()));
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));

    ui.find<QAction>(QStringLiteral("lockAction"))->trigger();
    QVERIFY(clipboard->text().isEmpty());
    QVERIFY(!ui::isEcluse(clipboard->mimeData()));

    // Content copied while locked is not Écluse's; signing out clears only what Écluse put there.
    copyFromEcluse(QStringLiteral("left behind"));
    QTest::mouseClick(ui.find<QPushButton>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QVERIFY(isVisible(ui, QStringLiteral("signedOutPage")));
    QVERIFY(clipboard->text().isEmpty());
}

void SessionTest::lockLeavesOtherContentOnTheClipboard()
{
    UiFixture ui;
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own notes"));

    ui.find<QAction>(QStringLiteral("lockAction"))->trigger();
    QVERIFY(isVisible(ui, QStringLiteral("lockScreen")));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own notes"));
}

void SessionTest::habilitationEndingSignsOut()
{
    UiFixture ui;
    const QDateTime now = ui.tv.clock->now;
    ui.vault->create(QStringLiteral("admin"), secret(adminPassword));
    auto users = TestAuthority::standardUsers(now);
    users[1].validUntil = now.addDays(10); // analyst1 leaves before the others
    ui.vault->importHabilitations(ui.tv.authority.sign(1, users, now));
    const char* const analystPassword = "analyst's long password";
    ui.vault->enrol(QStringLiteral("analyst1"), secret(analystPassword));
    ui.vault->lock();
    QVERIFY(ui.start(false));
    QVERIFY(ui.signIn(QStringLiteral("analyst1"), analystPassword));
    const QString endDay = now.addDays(10).toLocalTime().date().toString(Qt::ISODate);
    QCOMPARE(ui.text(QStringLiteral("statusValidity")), QStringLiteral("Until %1").arg(endDay));

    ui.tv.clock->now = now.addDays(10);
    ui.window->checkHabilitation();

    QTRY_VERIFY(isVisible(ui, QStringLiteral("signedOutPage")));
    QVERIFY(!ui.find(QStringLiteral("workspace")));
    QVERIFY(!isVisible(ui, QStringLiteral("lockScreen")));
    QVERIFY(!ui.vault->isUnlocked());
    QVERIFY(isVisible(ui, QStringLiteral("signedOutNotice")));
    QCOMPARE(ui.text(QStringLiteral("signedOutNotice")),
             QStringLiteral("The habilitation of User analyst1 (analyst1) ended on %1; you have been signed out.")
                 .arg(endDay));
    QCOMPARE(ui.text(QStringLiteral("statusUser")), QStringLiteral("Signed out"));
    // The way back in stays one click away, without a dialog over the notice.
    QVERIFY(!ui.find<QDialog>(QStringLiteral("signInDialog")) ||
            !ui.find<QDialog>(QStringLiteral("signInDialog"))->isVisible());
    QVERIFY(isVisible(ui, QStringLiteral("showSignInButton")));
}

void SessionTest::statusBarShowsHabilitationEndAndWhatMayLeave()
{
    Policy rules;
    rules.clipboardMode = ClipboardMode::Deny;
    UiFixture ui(rules);
    QVERIFY(ui.start());
    QVERIFY(ui.signIn(QStringLiteral("auditor1"), auditorPassword));

    // standardUsers: valid for 335 days from the fixture's 2026-11-28.
    const QString endDay = ui.tv.clock->now.addDays(335).toLocalTime().date().toString(Qt::ISODate);
    QCOMPARE(ui.text(QStringLiteral("statusValidity")), QStringLiteral("Until %1").arg(endDay));
    QCOMPARE(ui.text(QStringLiteral("statusRules")), QStringLiteral("Copy: no · Export: published"));
    QVERIFY(ui.find<QLabel>(QStringLiteral("statusRules"))->toolTip().contains(QStringLiteral("ClipboardMode) deny")));
    QCOMPARE(ui.text(QStringLiteral("statusUser")), QStringLiteral("User auditor1 (auditor1)"));
    QCOMPARE(ui.text(QStringLiteral("statusRoles")), QStringLiteral("auditor"));
    QCOMPARE(ui.text(QStringLiteral("statusIdle")), QStringLiteral("Locks in 5:00"));
    QCOMPARE(ui.text(QStringLiteral("statusLock")), QStringLiteral("Unlocked"));
    for (const char* name :
         {"statusUser", "statusRoles", "statusValidity", "statusIdle", "statusRules", "statusFolder", "statusLock"})
        QVERIFY2(isVisible(ui, QString::fromLatin1(name)), name);
}

QTEST_MAIN(SessionTest)
#include "tst_ui_session.moc"
