#include "DialogSupport.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QWidget>

#include <algorithm>

namespace ecluse::ui {
namespace {

// Icon, minimise, maximise and close buttons and the padding around the text take up to about
// 150 px at 100 % scale on the window managers Écluse runs under (GNOME, KDE, Xfce, Windows).
constexpr int titleBarChrome = 160;

// Keeps a dialog tall enough for its text and in the middle of its parent's window. A child of the
// dialog: it goes with it.
class DialogFitter : public QObject
{
public:
    DialogFitter(QWidget* dialog, QWidget* over)
        : QObject(dialog)
        , m_dialog(dialog)
        , m_over(over)
    {
        setObjectName(QStringLiteral("dialogFitter"));
        dialog->installEventFilter(this);
        if (over)
            over->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const QEvent::Type type = event->type();
        if (watched == m_dialog) {
            if (type == QEvent::Show) {
                fitHeight();
                centre();
            } else if (type == QEvent::LayoutRequest || (type == QEvent::Resize && !m_fitting)) {
                // After the layout has handled the event: it sets the minimum size first.
                QMetaObject::invokeMethod(this, &DialogFitter::refit, Qt::QueuedConnection);
            }
        } else if (watched == m_over && (type == QEvent::Move || type == QEvent::Resize)) {
            centre();
        }
        return false;
    }

private:
    void refit()
    {
        fitHeight();
        centre();
    }

    void fitHeight()
    {
        QLayout* layout = m_dialog->layout();
        if (!layout || !layout->hasHeightForWidth())
            return;
        layout->activate();
        const int needed = layout->totalMinimumHeightForWidth(m_dialog->width());
        m_fitting = true;
        m_dialog->setMinimumHeight(needed);
        if (m_dialog->height() < needed)
            m_dialog->resize(m_dialog->width(), needed);
        m_fitting = false;
    }

    void centre()
    {
        if (!m_over || !m_dialog->isVisible())
            return;
        // Frame to frame: the parent's frame is known once it is on screen, the dialog's perhaps
        // not yet, which puts it off by half a frame at most.
        QRect frame = m_dialog->frameGeometry();
        frame.moveCenter(m_over->frameGeometry().center());
        if (frame.topLeft() != m_dialog->frameGeometry().topLeft())
            m_dialog->move(frame.topLeft());
    }

    QWidget* m_dialog;
    QPointer<QWidget> m_over;
    bool m_fitting = false;
};

} // namespace

QString shownWindowTitle(const QString& title)
{
    // applicationDisplayName() falls back on applicationName() when no display name was set, and
    // then Qt appends nothing.
    const QString name = QGuiApplication::applicationDisplayName();
    if (name == QCoreApplication::applicationName() || title.endsWith(name))
        return title;
    return title.isEmpty() ? name : title + QStringLiteral(" \u2014 ") + name;
}

int titleBarWidth(const QWidget* window)
{
    // The theme's title-bar font where it has one (GNOME, KDE), else the application's; bold,
    // as most window managers draw titles.
    QFont font = QApplication::font("QMdiSubWindowTitleBar");
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(shownWindowTitle(window->windowTitle())) + titleBarChrome;
}

void fitDialog(QWidget* dialog)
{
    dialog->ensurePolished();
    dialog->setMinimumWidth(
        std::max({dialog->minimumWidth(), dialog->minimumSizeHint().width(), titleBarWidth(dialog)}));
    QWidget* parent = dialog->parentWidget();
    new DialogFitter(dialog, parent ? parent->window() : nullptr);
}

void showMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void clearMessageOnEdit(QLabel* label, std::initializer_list<QLineEdit*> fields)
{
    for (QLineEdit* field : fields)
        QObject::connect(field, &QLineEdit::textEdited, label, [label] { showMessage(label, {}); });
}

} // namespace ecluse::ui
