#pragma once

class QClipboard;
class QMimeData;

namespace ecluse::ui {

// Écluse's own content on the clipboard carries a mark, so that locking or signing out takes back
// what Écluse put there and nothing the user copied from elsewhere. The mark also asks clipboard
// managers (KDE's Klipper, Windows' clipboard history and cloud clipboard) not to keep a copy that
// would outlive the session.
void markAsEcluse(QMimeData* data);
bool isEcluse(const QMimeData* data);

// Clears every clipboard (and on X11 the selection) that still holds marked content; returns
// whether any did.
bool clearIfEcluse(QClipboard* clipboard);

} // namespace ecluse::ui
