#pragma once

#include <QMenu>
#include <QMessageBox>

#include <functional>

class QAction;
class QActionGroup;

namespace ecluse::ui {

// The user's choice of language for Écluse's windows: the system's, French or English. Saved in
// the user's settings through the functions given, and applied when Écluse next starts, since
// every window would otherwise have to be rebuilt half-way through a session.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // The saved choice: "" for the system's language, "fr" or "en".
    using ReadPreference = std::function<QString()>;
    // Saves a choice; throws ecluse::Error when it cannot.
    using WritePreference = std::function<void(const QString& language)>;

    LanguageMenu(ReadPreference read, WritePreference write, QWidget* parent = nullptr);

private:
    QAction* addChoice(const QString& text, const QString& language, const QString& objectName);
    void showSaved();
    void choose(const QString& language);
    void tell(QMessageBox::Icon icon, const QString& objectName, const QString& title, const QString& text);

    ReadPreference m_read;
    WritePreference m_write;
    QActionGroup* m_choices;
};

} // namespace ecluse::ui
