#include "DemoCreationDialog.h"
#include "DemoCredentialsDialog.h"
#include "MainWindow.h"
#include "common/Error.h"
#include "demo/DemoWorkstation.h"
#include "i18n/Translations.h"
#include "platform/CaptureProtection.h"
#include "platform/SessionLockMonitor.h"
#include "policy/PolicySource.h"
#include "startup/PolicyPath.h"
#include "startup/ProcessHardening.h"
#include "startup/SingleInstance.h"
#include "startup/Startup.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>

#include <exception>
#include <optional>

namespace {

// This file's messages, under the "GuiStartup" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GuiStartup)
};

int fail(const QString& message, ecluse::ErrorKind kind = ecluse::ErrorKind::Other)
{
    QMessageBox::critical(nullptr, Text::tr("Écluse cannot start"), message);
    return static_cast<int>(kind);
}

// A demo vault never shares a folder with a real one: without --vault, the demo lives next to
// the default vault, in demo-vault.
QString vaultFolder(const QString& given, bool demo)
{
    if (demo && given.isEmpty())
        return QDir::cleanPath(QDir(ecluse::Vault::defaultFolder()).filePath(QStringLiteral("../demo-vault")));
    return ecluse::resolveVaultFolder(given);
}

// Every start with --demo, before anything else: a demo build that was killed left its staging
// folder, with generated data, beside the demo vault. Returns the exit code of a failure, or 0.
int removeDemoLeftovers(const QString& folder)
{
    QStringList removed;
    try {
        removed = ecluse::DemoWorkstation::removeLeftovers(folder);
    } catch (const ecluse::Error& error) {
        return fail(error.message(), error.kind());
    }
    if (!removed.isEmpty())
        QMessageBox::information(nullptr, Text::tr("Écluse"),
                                 Text::tr("A demo build was interrupted earlier; what it left was deleted:\n%1")
                                     .arg(removed.join(QLatin1Char('\n'))));
    return 0;
}

// First start with --demo: builds the demo workstation, then shows its accounts, password and
// recovery key once. Returns the exit code of a failure or a cancel, or 0.
int createDemo(ecluse::Vault& vault, const ecluse::VaultEnvironment& environment, const ecluse::Policy& policy)
{
    // Core refuses too (Vault::create); asked first so that the refusal comes before any work.
    if (!policy.demoModeAllowed)
        return fail(Text::tr("Managed policy does not allow demo workstations on this computer (DemoModeAllowed = "
                             "false). Ask your administrator, or start Écluse without --demo."),
                    ecluse::ErrorKind::Denied);
    constexpr qint64 demoRows = 100'000;
    ecluse::ui::DemoCreationDialog creation(vault, environment, demoRows);
    if (creation.exec() != QDialog::Accepted) {
        if (creation.cancelled())
            return static_cast<int>(ecluse::ErrorKind::Other); // the user's choice: nothing to explain
        return fail(
            Text::tr("The demo workstation could not be created in %1: %2").arg(vault.folder(), creation.error()));
    }
    ecluse::ui::DemoCredentialsDialog credentials(creation.password(), creation.recoveryKey());
    credentials.exec();
    return 0;
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
    // Wayland docks match the window to packaging/linux/fr.ecluse.Ecluse.desktop by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.ecluse.Ecluse"));
    QApplication::setApplicationVersion(QStringLiteral(ECLUSE_VERSION));
    // Before the first message: the user's choice of language, else the system's.
    std::optional<ecluse::Translations> translations;
    try {
        translations.emplace(ecluse::interfaceLanguage(ecluse::readLanguagePreference(ecluse::userSettingsPath())));
    } catch (const ecluse::Error& error) {
        return fail(error.message(), error.kind());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Secure workstation for pseudonymised health-insurance data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         Text::tr("Open the vault in DIR (default: $ECLUSE_VAULT, else the "
                                                  "application data folder)."),
                                         Text::tr("DIR"));
    parser.addOption(vaultOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        Text::tr("Open the DEMO workstation, with synthetic data only; create it first if its folder "
                 "holds no vault yet (default folder: demo-vault, next to the usual vault)."));
    parser.addOption(demoOption);
    parser.process(app);
    const bool demo = parser.isSet(demoOption);

    // Held until main() returns. A second window would hold the data key too and race the first
    // on the vault; one window per user.
    ecluse::SingleInstance instance;
    if (!instance.acquire()) {
        if (instance.error() == QLockFile::LockFailedError) {
            QMessageBox::information(nullptr, Text::tr("Écluse"), Text::tr("Écluse is already running for this user."));
            return static_cast<int>(ecluse::ErrorKind::Other);
        }
        return fail(Text::tr("Cannot create the lock file %1, which keeps Écluse to one window per user. Check "
                             "that the folder exists and is yours.")
                        .arg(instance.lockFilePath()));
    }

    try {
        ecluse::checkRuntime();
    } catch (const ecluse::Error& error) {
        return fail(error.message(), error.kind());
    } catch (const std::exception& error) {
        return fail(QString::fromLocal8Bit(error.what()));
    }
    // Before any window or vault exists: managed policy that cannot be read in full stops here,
    // since running on defaults would lift the organisation's rules.
    ecluse::LoadedPolicy policy;
    try {
        policy = ecluse::loadMachinePolicy(ecluse::machinePolicyLocations());
    } catch (const ecluse::Error& error) {
        return fail(ecluse::policyFailureText(error), error.kind());
    } catch (const std::exception& error) {
        return fail(QString::fromLocal8Bit(error.what()));
    }

    // Before the first window is shown, so that none is ever capturable.
    app.installEventFilter(new ecluse::ui::CaptureProtectionFilter(policy.policy.screenCaptureAllowed, &app));

    const QString folder = vaultFolder(parser.value(vaultOption), demo);
    const ecluse::VaultEnvironment environment = ecluse::VaultEnvironment::system(policy.policy);
    ecluse::Vault vault(folder, environment);
    if (demo) {
        if (const int failed = removeDemoLeftovers(folder))
            return failed;
        if (!vault.exists()) {
            if (const int failed = createDemo(vault, environment, policy.policy))
                return failed;
        }
    }
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
