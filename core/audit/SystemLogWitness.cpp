#include "SystemLogWitness.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <syslog.h>
#endif

namespace ecluse {

QString SystemLogWitness::name() const
{
    return QCoreApplication::translate("ecluse::SystemLogWitness", "system log");
}

void SystemLogWitness::record(const WitnessRecord& head)
{
    notice(QStringLiteral("audit head vault=%1 seq=%2 hash=%3 mac=%4")
               .arg(head.vaultId)
               .arg(head.sequence)
               .arg(QString::fromLatin1(head.entryHash.toHex()), QString::fromLatin1(head.mac.toHex())));
}

void SystemLogWitness::notice(const QString& message)
{
#ifdef Q_OS_WIN
    if (HANDLE source = RegisterEventSourceW(nullptr, L"Ecluse")) {
        const std::wstring text = message.toStdWString();
        LPCWSTR strings[] = {text.c_str()};
        ReportEventW(source, EVENTLOG_INFORMATION_TYPE, 0, 1000, nullptr, 1, 0, strings, nullptr);
        DeregisterEventSource(source);
    }
#else
    openlog("ecluse", LOG_PID | LOG_NDELAY, LOG_AUTHPRIV);
    syslog(LOG_NOTICE, "%s", message.toUtf8().constData());
    closelog();
#endif
}

} // namespace ecluse
