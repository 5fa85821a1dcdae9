#include "LanguageMenu.h"

#include "common/Error.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>

namespace ecluse::ui {

LanguageMenu::LanguageMenu(ReadPreference read, WritePreference write, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_read(std::move(read))
    , m_write(std::move(write))
    , m_choices(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_choices->setExclusive(true);
    const QString system = QLocale::system().nativeLanguageName();
    //: Language menu: follow the language of the operating system; %1 is that language, named in itself.
    addChoice(system.isEmpty() ? tr("&System") : tr("&System (%1)").arg(system), QString(),
              QStringLiteral("languageSystemAction"));
    //: Language menu: each language is named in itself, whatever the language of the menu.
    addChoice(tr("&Français"), QStringLiteral("fr"), QStringLiteral("languageFrenchAction"));
    //: Language menu: each language is named in itself, whatever the language of the menu.
    addChoice(tr("&English"), QStringLiteral("en"), QStringLiteral("languageEnglishAction"));
    addSeparator();
    QAction* note = addAction(tr("Applies the next time Écluse starts"));
    note->setObjectName(QStringLiteral("languageNoteAction"));
    note->setEnabled(false);

    // Read when opened: another Écluse session of the same user may have changed it.
    connect(this, &QMenu::aboutToShow, this, &LanguageMenu::showSaved);
    showSaved();
}

QAction* LanguageMenu::addChoice(const QString& text, const QString& language, const QString& objectName)
{
    QAction* action = addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setData(language);
    m_choices->addAction(action);
    connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    return action;
}

void LanguageMenu::showSaved()
{
    QString saved;
    try {
        saved = m_read();
    } catch (const Error&) {
        saved.clear(); // unreadable settings: the system's language is what the next start uses
    }
    for (QAction* action : m_choices->actions())
        action->setChecked(action->data().toString() == saved);
    if (!m_choices->checkedAction())
        m_choices->actions().constFirst()->setChecked(true);
}

void LanguageMenu::choose(const QString& language)
{
    try {
        m_write(language);
    } catch (const Error& error) {
        showSaved();
        tell(QMessageBox::Warning, QStringLiteral("languageErrorDialog"), tr("Language not saved"), error.message());
        return;
    }
    showSaved();
    tell(QMessageBox::Information, QStringLiteral("languageSavedDialog"), tr("Language saved"),
         tr("Écluse will use this language the next time it starts."));
}

void LanguageMenu::tell(QMessageBox::Icon icon, const QString& objectName, const QString& title, const QString& text)
{
    // Not modal-blocking: a lock meanwhile closes it with every other dialog.
    auto* box =
        new QMessageBox(icon, title, text, QMessageBox::Ok, parentWidget() ? parentWidget()->window() : nullptr);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ecluse::ui
