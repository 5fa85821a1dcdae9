#include "Translations.h"

#include "common/Error.h"
#include "policy/PolicyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSaveFile>

#include <optional>

namespace ecluse {
namespace {

// This file's messages, under the "Translations" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
};

const QString english = QStringLiteral("en");
const QString interfaceSection = QStringLiteral("Interface");
const QByteArray interfaceHeader = QByteArrayLiteral("[Interface]");
const QByteArray languageKey = QByteArrayLiteral("Language");

// A line of the settings file as parsePolicyFile() reads it: UTF-8 without the first line's byte
// order mark or a CRLF's carriage return, trimmed.
QString settingsLine(QByteArrayView line, bool first)
{
    if (first && line.startsWith("\xef\xbb\xbf"))
        line = line.sliced(3);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line).trimmed();
}

// The section a header line opens, named as the parser names it ("[ Interface ]" opens
// "Interface"); nothing for any other line.
std::optional<QString> sectionOf(const QString& line)
{
    if (!line.startsWith(QLatin1Char('[')) || !line.endsWith(QLatin1Char(']')))
        return std::nullopt;
    return line.mid(1, line.size() - 2).trimmed();
}

bool setsLanguage(const QString& line)
{
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    return equals > 0 && line.first(equals).trimmed() == QLatin1String(languageKey);
}

// The settings file's lines with Language set to `language` under [Interface] (removed when
// empty), every other line kept byte for byte. The parser reads every [Interface] section as one:
// the line that sets Language may be in any of them.
QByteArray withLanguage(const QByteArray& original, const QString& language)
{
    QList<QByteArray> lines = original.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QByteArray setting = languageKey + '=' + language.toLatin1();

    qsizetype header = -1;
    qsizetype current = -1;
    bool inInterface = false;
    for (qsizetype i = 0; i < lines.size() && current < 0; ++i) {
        const QString line = settingsLine(lines[i], i == 0);
        if (const std::optional<QString> section = sectionOf(line)) {
            inInterface = *section == interfaceSection;
            if (inInterface && header < 0)
                header = i;
        } else if (inInterface && setsLanguage(line)) {
            current = i;
        }
    }
    if (current >= 0) {
        if (language.isEmpty())
            lines.removeAt(current);
        else
            lines[current] = setting;
    } else if (!language.isEmpty()) {
        if (header >= 0)
            lines.insert(header + 1, setting);
        else
            lines << QByteArray() << interfaceHeader << setting;
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
    QMap<QString, QString> policyKeys;
    QMap<QString, QString> interfaceKeys;
    try {
        original = readPolicyFile(settingsPath).value_or(QByteArray());
        // A file that is not read as it stands is not rewritten: its owner has to look at it.
        policyKeys = parsePolicyFile(original, PolicyFileLayout::PolicySection);
        interfaceKeys = parsePolicyFile(original, PolicyFileLayout::InterfaceSection);
    } catch (const Error& error) {
        throw Error(ErrorKind::Other, Text::tr("the language cannot be saved in %1: %2").arg(name, error.message()));
    }
    const QByteArray updated = withLanguage(original, language);
    if (updated.size() > maximumPolicyFileSize)
        throw Error(ErrorKind::Other, Text::tr("the language cannot be saved in %1: the file is too large").arg(name));

    // Only a file that reads back as the old one with the new language is written: one that
    // would be refused, or say something else, is left as it is.
    QMap<QString, QString> expected = interfaceKeys;
    if (language.isEmpty())
        expected.remove(QString::fromLatin1(languageKey));
    else
        expected.insert(QString::fromLatin1(languageKey), language);
    bool readsBack = false;
    try {
        readsBack = parsePolicyFile(updated, PolicyFileLayout::PolicySection) == policyKeys &&
                    parsePolicyFile(updated, PolicyFileLayout::InterfaceSection) == expected;
    } catch (const Error&) {
        readsBack = false;
    }
    if (!readsBack)
        throw Error(ErrorKind::Other, Text::tr("the language cannot be saved in %1: the rewritten file would not read "
                                               "back as intended; edit its [Interface] section by hand")
                                          .arg(name));

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
