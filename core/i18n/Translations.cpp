#include "Translations.h"

#include "common/Error.h"
#include "policy/PolicyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSaveFile>

namespace ecluse {
namespace {

// This file's messages, under the "Translations" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
};

const QString english = QStringLiteral("en");
const QByteArray interfaceSection = QByteArrayLiteral("[Interface]");
const QByteArray languageKey = QByteArrayLiteral("Language");

bool isSectionHeader(QByteArrayView line)
{
    return line.trimmed().startsWith('[');
}

bool setsLanguage(QByteArrayView line)
{
    const qsizetype equals = line.indexOf('=');
    return equals > 0 && line.first(equals).trimmed() == languageKey;
}

// The settings file's lines with Language set to `language` under [Interface] (removed when
// empty), every other line kept byte for byte.
QByteArray withLanguage(const QByteArray& original, const QString& language)
{
    QList<QByteArray> lines = original.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QByteArray setting = languageKey + '=' + language.toLatin1();

    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArrayView line(lines[i]);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed() == interfaceSection) {
            header = i;
            break;
        }
    }
    if (header < 0) {
        if (!language.isEmpty())
            lines << QByteArray() << interfaceSection << setting;
    } else {
        qsizetype i = header + 1;
        bool replaced = false;
        for (; i < lines.size() && !isSectionHeader(lines[i]); ++i) {
            if (!setsLanguage(lines[i]))
                continue;
            if (language.isEmpty())
                lines.removeAt(i);
            else
                lines[i] = setting;
            replaced = true;
            break;
        }
        if (!replaced && !language.isEmpty())
            lines.insert(header + 1, setting);
    }
    return lines.join('\n') + '\n';
}

} // namespace

QStringList interfaceLanguages()
{
    return {QStringLiteral("fr"), english};
}

QString readLanguagePreference(const QString& settingsPath)
{
    try {
        const auto bytes = readPolicyFile(settingsPath);
        if (!bytes)
            return {};
        const QString language =
            parsePolicyFile(*bytes, PolicyFileLayout::InterfaceSection).value(QString::fromLatin1(languageKey));
        return interfaceLanguages().contains(language) ? language : QString();
    } catch (const Error&) {
        return {};
    }
}

void writeLanguagePreference(const QString& settingsPath, const QString& language)
{
    if (!language.isEmpty() && !interfaceLanguages().contains(language))
        throw Error(ErrorKind::Usage, Text::tr("Écluse does not speak '%1': choose one of %2")
                                          .arg(language, interfaceLanguages().join(QStringLiteral(", "))));
    const QString name = QDir::toNativeSeparators(settingsPath);
    QByteArray original;
    try {
        original = readPolicyFile(settingsPath).value_or(QByteArray());
        // A file that is not read as it stands is not rewritten: its owner has to look at it.
        parsePolicyFile(original, PolicyFileLayout::PolicySection);
        parsePolicyFile(original, PolicyFileLayout::InterfaceSection);
    } catch (const Error& error) {
        throw Error(ErrorKind::Other, Text::tr("the language cannot be saved in %1: %2").arg(name, error.message()));
    }
    const QByteArray updated = withLanguage(original, language);
    if (updated.size() > maximumPolicyFileSize)
        throw Error(ErrorKind::Other, Text::tr("the language cannot be saved in %1: the file is too large").arg(name));

    QSaveFile file(settingsPath);
    if (!QDir().mkpath(QFileInfo(settingsPath).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(updated) != updated.size() || !file.commit())
        throw Error(ErrorKind::Other, Text::tr("the language cannot be saved in %1: %2").arg(name, file.errorString()));
}

QString interfaceLanguage(const QString& preference, const QLocale& system)
{
    if (interfaceLanguages().contains(preference))
        return preference;
    for (const QString& tag : system.uiLanguages()) {
        const QString language = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (interfaceLanguages().contains(language))
            return language;
    }
    return english;
}

QLocale numberLocale(const QString& language, const QLocale& system)
{
    const QLocale wanted(language);
    return system.language() == wanted.language() ? system : wanted;
}

Translations::Translations(const QString& language, const QString& qtTranslationsFolder)
    : m_language(language)
    , m_ecluse(std::make_unique<QTranslator>())
    , m_qt(std::make_unique<QTranslator>())
{
    // English needs Écluse's file too: it holds the English plural forms of "%n cell(s)".
    if (!m_ecluse->load(QStringLiteral(":/i18n/ecluse_%1.qm").arg(language)))
        throw Error(ErrorKind::Integrity,
                    Text::tr("the %1 translation built into Écluse cannot be loaded: the installation is damaged")
                        .arg(language));
    // Qt's first, Écluse's last: Qt asks the translator installed last first, so Écluse's own
    // messages win over anything a qtbase file read from disk says for the same text.
    if (language != english) {
        m_qtTranslated = m_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                    qtTranslationsFolder.isNull() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                                                  : qtTranslationsFolder);
        if (m_qtTranslated)
            QCoreApplication::installTranslator(m_qt.get());
    }
    QCoreApplication::installTranslator(m_ecluse.get());
    QLocale::setDefault(numberLocale(language));
}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(m_qt.get());
    QCoreApplication::removeTranslator(m_ecluse.get());
}

} // namespace ecluse
