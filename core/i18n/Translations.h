#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QCoreApplication;

namespace ecluse {

// The languages Écluse's interface ships in, as two-letter codes: French, the users' language,
// first.
QStringList interfaceLanguages();

// The user's choice of language: `Language=fr` or `Language=en` under [Interface] in their
// settings file (userSettingsPath()). Empty when there is none, the file is absent, or it cannot
// be read: the system's language then applies, and a damaged file is reported where the
// policy part of it is read.
QString readLanguagePreference(const QString& settingsPath);
// Records `language` (one of interfaceLanguages(), or empty to follow the system) in the
// settings file, keeping every other line of it as it was. Throws Error(ErrorKind::Usage) for
// a language Écluse does not ship and Error(ErrorKind::Other) when the file cannot be written;
// nothing changes then.
void writeLanguagePreference(const QString& settingsPath, const QString& language);

// The language the interface speaks: the preference when there is one, else the first of the
// system's interface languages that Écluse ships, else English.
QString interfaceLanguage(const QString& preference, const QLocale& system = QLocale::system());

// The locale numbers and dates are written in: the system's when it speaks `language` (a user
// in Belgium keeps Belgian conventions), else that language's main one.
QLocale numberLocale(const QString& language, const QLocale& system = QLocale::system());

// Écluse's translation and Qt's own (buttons, file dialogs) for one language, installed on the
// application while this object lives. Messages of core, ui and app are all in Écluse's; a
// missing Qt translation only leaves Qt's few strings in English.
class Translations
{
public:
    // Installs the translators of `language` and makes numberLocale(language) the default locale.
    // Qt's own is read from `qtTranslationsFolder` (a null string: Qt's TranslationsPath); it only
    // adds to Écluse's, whose messages it cannot replace. Throws Error(ErrorKind::Integrity) when
    // Écluse's own translation for French cannot be loaded: it is built into the executable, so
    // its absence means a broken build.
    explicit Translations(const QString& language, const QString& qtTranslationsFolder = QString());
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    QString language() const { return m_language; }
    // Whether Qt's own translation for the language was found (always true for English).
    bool qtTranslated() const { return m_qtTranslated; }

private:
    QString m_language;
    bool m_qtTranslated = true;
    std::unique_ptr<QTranslator> m_ecluse;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace ecluse
