// The pictures of docs/screenshots and the AppStream metainfo: Écluse's own main window on a real
// X server (scripts/screenshots.sh starts Xvfb), on a demo vault built by `ecluse-cli demo init`,
// in the language of the system, at the default 1100 × 700. Each role signs in through the
// sign-in dialog and visits its pages as a user would; what the screen shows is saved as PNG.
// Not a test: nothing is asserted beyond reaching each page.
#include "AggregatesPage.h"
#include "MainWindow.h"
#include "common/Error.h"
#include "i18n/Translations.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicySource.h"
#include "vault/Vault.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace ecluse;

namespace {

const QString demoPassword = QStringLiteral("demo pass phrase");

[[noreturn]] void fail(const QString& why)
{
    std::fprintf(stderr, "screenshot tour: %s\n", qPrintable(why));
    std::exit(1);
}

class Tour
{
public:
    Tour(ui::MainWindow& window, QString folder)
        : m_window(window)
        , m_folder(std::move(folder))
    {}

    // The window and whatever dialog is over it, as the screen shows them.
    void shoot(const QString& name)
    {
        QTest::qWait(400); // let animations and delayed layouts settle
        const QRect frame = m_window.frameGeometry();
        const QPixmap picture = m_window.screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
        const QString path =
            QDir(m_folder).filePath(QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
        if (!picture.save(path))
            fail(QStringLiteral("cannot write %1").arg(path));
        std::printf("%s\n", qPrintable(path));
    }

    void signIn(const QString& user)
    {
        QDialog* dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = m_window.findChild<QDialog*>(QStringLiteral("signInDialog"));
                    return dialog && dialog->isVisible();
                },
                10000))
            fail(QStringLiteral("no sign-in dialog"));
        auto* userEdit = dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"));
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), demoPassword);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return workspacePages() != nullptr; }, 30000))
            fail(QStringLiteral("%1 could not sign in").arg(user));
    }

    // Every page the signed-in user may open, in the navigation's order, each shot once its
    // content arrived; `prepare` may act on a page first.
    void visitPages(const QString& user, const std::function<void(QWidget*)>& prepare = {})
    {
        auto* navigation = m_window.findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            if (!(navigation->item(row)->flags() & Qt::ItemIsEnabled))
                continue;
            navigation->setCurrentRow(row);
            QWidget* page = workspacePages()->currentWidget();
            QTest::qWait(1500); // pages load through the vault worker
            if (prepare)
                prepare(page);
            shoot(user + QLatin1Char('-') + page->objectName());
        }
    }

    void signOut()
    {
        m_window.signOut();
        QTest::qWait(500);
    }

private:
    QStackedWidget* workspacePages() const
    {
        QWidget* workspace = m_window.findChild<QWidget*>(QStringLiteral("workspace"));
        if (!workspace || !workspace->isVisible())
            return nullptr;
        return workspace->findChild<QStackedWidget*>(QStringLiteral("pages"));
    }

    ui::MainWindow& m_window;
    QString m_folder;
    int m_count = 0;
};

// The table the README's tour computes: residents by region and sex, with the amount paid.
AggregateQuery exampleQuery()
{
    AggregateQuery query;
    query.dataset = QStringLiteral("prestations");
    query.dimensions = {QStringLiteral("BEN_RES_REG"), QStringLiteral("BEN_SEX_COD")};
    query.measures = parseMeasures(QStringLiteral("beneficiaries,PRS_PAI_MNT"));
    return query;
}

void showTable(QWidget* page)
{
    auto* aggregates = qobject_cast<ui::AggregatesPage*>(page);
    if (!aggregates)
        return;
    aggregates->restoreQuery(exampleQuery(), 1);
    auto* table = page->findChild<QAbstractItemView*>(QStringLiteral("pivotTable"));
    if (!QTest::qWaitFor([&] { return table->model() && table->model()->rowCount() > 2; }, 60000))
        fail(QStringLiteral("the example table did not arrive"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Écluse"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("vault"), QStringLiteral("The demo vault."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where the pictures go."), QStringLiteral("DIR")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("vault")) || !parser.isSet(QStringLiteral("out")))
        fail(QStringLiteral("usage: screenshot-tour --vault DIR --out DIR"));

    try {
        const Translations translations(interfaceLanguage(QString()));
        const MapPolicySource defaults({}, QStringLiteral("defaults"));
        const LoadedPolicy policy = loadPolicy(defaults);
        Vault vault(parser.value(QStringLiteral("vault")), VaultEnvironment::system(policy.policy));
        if (!vault.exists())
            fail(QStringLiteral("no vault in %1").arg(parser.value(QStringLiteral("vault"))));
        if (!QDir().mkpath(parser.value(QStringLiteral("out"))))
            fail(QStringLiteral("cannot create %1").arg(parser.value(QStringLiteral("out"))));

        ui::MainWindow window(vault, policy);
        window.resize(1100, 700);
        window.move(20, 20);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            fail(QStringLiteral("the window was never shown"));
        Tour tour(window, parser.value(QStringLiteral("out")));
        tour.shoot(QStringLiteral("sign-in"));

        tour.signIn(QStringLiteral("analyst1"));
        tour.visitPages(QStringLiteral("analyst"), showTable);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("resultTabs"));
        if (tabs && tabs->count() > 1) {
            auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            for (int row = 0; row < navigation->count(); ++row) {
                navigation->setCurrentRow(row);
                if (window.findChild<QWidget*>(QStringLiteral("aggregatesPage"))->isVisible())
                    break;
            }
            tabs->setCurrentIndex(1);
            tour.shoot(QStringLiteral("analyst-chart"));
        }
        window.lock();
        tour.shoot(QStringLiteral("locked"));
        tour.signOut();

        for (const QString& user : {QStringLiteral("steward1"), QStringLiteral("auditor"), QStringLiteral("admin")}) {
            tour.signIn(user);
            tour.visitPages(user);
            tour.signOut();
        }
        return 0;
    } catch (const Error& error) {
        fail(error.message());
    }
}
