#pragma once

#include <QString>

#include <initializer_list>

class QLabel;
class QLineEdit;
class QWidget;

namespace ecluse::ui {

// What dialogs share so that they look finished: a width that shows their title whole, a place
// in the middle of the window they belong to, and messages that go once the user acts on them.

// The title as the window manager draws it: Qt appends " — " and the application's display name
// unless the title already ends with it (QPlatformWindow::formatWindowTitle), so a title should
// not carry the name elsewhere, or it appears twice.
QString shownWindowTitle(const QString& title);

// The width a title bar needs to draw the window's title whole: the shown title in a bold
// title-bar font, with room for the window manager's icon and buttons.
int titleBarWidth(const QWidget* window);

// Makes a dialog look finished, whatever its text and the language: at least as wide as
// titleBarWidth(), what its layout needs and any minimum width already set, always as tall as its wrapped text needs at
// its width (Qt sizes a window by its minimum size, which for word-wrapped labels is too short), and centred on its
// parent's window when shown and whenever that window moves or is resized or the dialog's size changes (Qt centres a
// dialog once, on a window the window manager may place later). Call at the end of the dialog's constructor, once its
// title and layout are set.
void fitDialog(QWidget* dialog);

// Shows message in label, or hides label when message is empty, so that an empty message
// takes no room.
void showMessage(QLabel* label, const QString& message);

// Hides label's message as soon as the user edits any of fields: a message about what was typed
// ("wrong password", "the passwords differ") is stale once it changes.
void clearMessageOnEdit(QLabel* label, std::initializer_list<QLineEdit*> fields);

} // namespace ecluse::ui
