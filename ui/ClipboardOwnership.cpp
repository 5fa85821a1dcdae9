#include "ClipboardOwnership.h"

#include <QByteArray>
#include <QClipboard>
#include <QMimeData>
#include <QRandomGenerator>
#include <QString>

#include <array>

namespace ecluse::ui {
namespace {

const QString originFormat = QStringLiteral("application/x-ecluse-origin");
const QString kdePasswordHint = QStringLiteral("x-kde-passwordManagerHint");

// Random per process rather than the vault id: the mark is readable by every application, and an
// identifier of the vault has no business there.
const QByteArray& processToken()
{
    static const QByteArray token = [] {
        std::array<quint32, 4> words{};
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        return QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words)).toHex();
    }();
    return token;
}

#ifdef Q_OS_WIN
// Qt passes a format named this way to Windows under the name in quotes.
QString windowsFormat(const char* name)
{
    return QStringLiteral("application/x-qt-windows-mime;value=\"%1\"").arg(QLatin1String(name));
}

QByteArray windowsDword(quint32 value)
{
    return QByteArray(reinterpret_cast<const char*>(&value), sizeof(value));
}
#endif

} // namespace

void markAsEcluse(QMimeData* data)
{
    if (!data)
        return;
    data->setData(originFormat, processToken());
    data->setData(kdePasswordHint, QByteArrayLiteral("secret"));
#ifdef Q_OS_WIN
    data->setData(windowsFormat("ExcludeClipboardContentFromMonitorProcessing"), windowsDword(0));
    data->setData(windowsFormat("CanIncludeInClipboardHistory"), windowsDword(0));
    data->setData(windowsFormat("CanUploadToCloudClipboard"), windowsDword(0));
#endif
}

bool isEcluse(const QMimeData* data)
{
    return data && data->hasFormat(originFormat) && data->data(originFormat) == processToken();
}

bool clearIfEcluse(QClipboard* clipboard)
{
    if (!clipboard)
        return false;
    bool cleared = false;
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection, QClipboard::FindBuffer}) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection())
            continue;
        if (mode == QClipboard::FindBuffer && !clipboard->supportsFindBuffer())
            continue;
        if (isEcluse(clipboard->mimeData(mode))) {
            clipboard->clear(mode);
            cleared = true;
        }
    }
    return cleared;
}

} // namespace ecluse::ui
