#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <utility>

namespace ecluse::ui {

// Hands what a job on the thread pool reports, such as progress, to a widget on the UI thread.
// Make it on the UI thread and copy it into the job. The receiver is touched only on the UI
// thread, and only while it exists: a page destroyed by a lock takes its deliveries with it.
template <typename Receiver> class UiRelay
{
public:
    explicit UiRelay(Receiver* receiver)
        : m_receiver(receiver)
    {}

    // Any thread: runs deliver(receiver) later on the UI thread, if the receiver still exists.
    template <typename Deliver> void post(Deliver deliver) const
    {
        // The application as the context, not the receiver, which might be deleted meanwhile.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [receiver = m_receiver, deliver = std::move(deliver)] {
                if (receiver)
                    deliver(*receiver);
            },
            Qt::QueuedConnection);
    }

private:
    QPointer<Receiver> m_receiver;
};

} // namespace ecluse::ui
