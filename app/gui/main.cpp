#include "MainWindow.h"
#include "common/Error.h"
#include "platform/CaptureProtection.h"
#include "platform/SessionLockMonitor.h"
#include "startup/ProcessHardening.h"
#include "startup/SingleInstance.h"
#include "startup/Startup.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <exception>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ecluse::gui", text);
}

int fail(const QString& message)
{
    QMessageBox::critical(nullptr, tr("Écluse cannot start"), message);
    return static_cast<int>(ecluse::ErrorKind::Other);
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything else, and so before any secret exists in this process.
    ecluse::hardenProcess();

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ecluse/ecluse.svg")));
    QApplication::setApplicationName(QStringLiteral("ecluse"));
    QApplication::setApplicationDisplayName(QStringLiteral("Écluse"));
    QApplication::setApplicationVersion(QStringLiteral(ECLUSE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Secure workstation for pseudonymised health-insurance data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         tr("Open the vault in DIR (default: $ECLUSE_VAULT, else the "
                                            "application data folder)."),
                                         tr("DIR"));
    parser.addOption(vaultOption);
    parser.process(app);

    // Held until main() returns. A second window would hold the data key too and race the first
    // on the vault; one window per user.
    ecluse::SingleInstance instance;
    if (!instance.acquire()) {
        if (instance.error() == QLockFile::LockFailedError) {
            QMessageBox::information(nullptr, tr("Écluse"), tr("Écluse is already running for this user."));
            return static_cast<int>(ecluse::ErrorKind::Other);
        }
        return fail(tr("Cannot create the lock file %1, which keeps Écluse to one window per user. Check "
                       "that the folder exists and is yours.")
                        .arg(instance.lockFilePath()));
    }

    ecluse::LoadedPolicy policy;
    try {
        ecluse::checkRuntime();
        policy = ecluse::loadMachinePolicy();
    } catch (const ecluse::Error& error) {
        return fail(error.message());
    } catch (const std::exception& error) {
        return fail(QString::fromLocal8Bit(error.what()));
    }

    // Before the first window is shown, so that none is ever capturable.
    app.installEventFilter(new ecluse::ui::CaptureProtectionFilter(policy.policy.screenCaptureAllowed, &app));

    const QString folder = ecluse::resolveVaultFolder(parser.value(vaultOption));
    ecluse::Vault vault(folder, ecluse::VaultEnvironment::system(policy.policy));
    // Declared after the vault, so destroyed before it: the window locks the vault on its way out.
    ecluse::ui::MainWindow window(vault, policy);
    if (policy.policy.lockOnSessionLock) {
        auto* monitor = ecluse::ui::SessionLockMonitor::createForSystem(&window);
        monitor->resolveLogindSession();
        window.watch(monitor);
    }
    window.show();
    return QApplication::exec();
}
