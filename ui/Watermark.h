#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

namespace ecluse::ui {

// A faint, repeated "user · date time" over a view of data. A photo of the screen then says who
// was signed in and when: it deters showing tables to people who are not habilitated, and
// traces a leak back to a session. It lets every click through and follows the size of the view
// it covers; the time moves on at each new minute.
class Watermark : public QWidget
{
    Q_OBJECT

public:
    // Becomes a child of `covered`, on top of its contents.
    Watermark(QString user, QWidget* covered);

    // What is drawn, for the accessibility tree and for tests.
    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    QString m_user;
    QString m_text;
    QTimer m_minute;
};

} // namespace ecluse::ui
