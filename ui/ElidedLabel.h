#pragma once

#include <QLabel>

namespace ecluse::ui {

// A one-line label that shows as much of its text as its width allows, with an ellipsis where it
// cuts, rather than being clipped or pushing its neighbours off a status bar. text() is what is
// shown; fullText() what was set. Plain text only.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    ElidedLabel(const QString& objectName, Qt::TextElideMode mode, QWidget* parent = nullptr);

    void setFullText(const QString& text);
    const QString& fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_fullText;
    Qt::TextElideMode m_mode;
};

} // namespace ecluse::ui
