#pragma once

#include "MainWindow.h"
#include "TestVault.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QTest>

#include <memory>
#include <optional>

namespace ecluse::test {

inline const char* const adminPassword = "correct horse battery";
inline const char* const auditorPassword = "auditor staple 2026";

// What a view shows in one column, top to bottom.
inline QStringList column(const QAbstractItemView* view, int section)
{
    QStringList values;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        values << view->model()->index(row, section).data().toString();
    return values;
}

// The first row whose column shows value, or -1.
inline int rowOf(const QAbstractItemView* view, int section, const QString& value)
{
    return static_cast<int>(column(view, section).indexOf(value));
}

// A vault with an administrator "admin" and an auditor "auditor1", locked, and a main window
// on it, shown: what a user finds when they start Écluse.
struct UiFixture
{
    TestVault tv;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<ui::MainWindow> window;
    // What start() gives the window; unset, the vault's own rules with no origins to list.
    std::optional<LoadedPolicy> policy;

    // rules: the policy of the vault, as managed policy would set it.
    explicit UiFixture(const Policy& rules = {})
    {
        tv.policy = rules;
        vault = tv.make();
    }

    // Call with QVERIFY: sets up and says whether it worked.
    bool start(bool createVault = true)
    {
        if (createVault) {
            vault->create(QStringLiteral("admin"), secret(adminPassword));
            vault->importHabilitations(
                tv.authority.sign(1, test::TestAuthority::standardUsers(tv.clock->now), tv.clock->now));
            vault->enrol(QStringLiteral("auditor1"), secret(auditorPassword));
            vault->lock();
        }
        window = std::make_unique<ui::MainWindow>(*vault, policy ? *policy : LoadedPolicy{vault->policy(), {}});
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // The child called name of the widget found under parent (or the window), visible or not.
    template <typename W = QWidget> W* find(const QString& name, QObject* parent = nullptr) const
    {
        return (parent ? parent : window.get())->findChild<W*>(name);
    }

    // The dialog called name, once it is open.
    QDialog* waitForDialog(const QString& name) const
    {
        QDialog* dialog = nullptr;
        const bool open = QTest::qWaitFor([&] {
            dialog = find<QDialog>(name);
            return dialog && dialog->isVisible();
        });
        return open ? dialog : nullptr;
    }

    QWidget* visibleWorkspace() const
    {
        QWidget* workspace = find(QStringLiteral("workspace"));
        return workspace && workspace->isVisible() ? workspace : nullptr;
    }

    // Types into the sign-in dialog and clicks "Sign in"; returns the dialog.
    QDialog* typeCredentials(const QString& user, const char* password) const
    {
        QDialog* dialog = waitForDialog(QStringLiteral("signInDialog"));
        if (!dialog)
            return nullptr;
        auto* userEdit = find<QLineEdit>(QStringLiteral("userEdit"), dialog);
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("passwordEdit"), dialog), QString::fromUtf8(password));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("signInButton"), dialog), Qt::LeftButton);
        return dialog;
    }

    // Signs in through the dialog and waits for the workspace.
    bool signIn(const QString& user, const char* password) const
    {
        if (!typeCredentials(user, password))
            return false;
        return QTest::qWaitFor([&] { return visibleWorkspace() != nullptr; });
    }

    // Ctrl+L as typed in the window; shortcuts need an active window, as on a desktop.
    bool pressLockShortcut() const
    {
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        return true;
    }

    QString text(const QString& labelName, QObject* parent = nullptr) const
    {
        auto* label = find<QLabel>(labelName, parent);
        return label ? label->text() : QStringLiteral("<no label %1>").arg(labelName);
    }

    // Every item view that a user could see now: none may show data while locked.
    int visibleItemViews() const
    {
        int count = 0;
        for (QWidget* top : QApplication::topLevelWidgets()) {
            for (auto* view : top->findChildren<QAbstractItemView*>()) {
                if (view->isVisible() && view->model() && view->model()->rowCount() > 0)
                    ++count;
            }
        }
        return count;
    }
};

} // namespace ecluse::test
