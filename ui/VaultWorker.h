#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace ecluse {
class Vault;
}

namespace ecluse::ui {

// The one way the GUI reaches the vault. Unlocking runs scrypt and verifying reads every page:
// done on the UI thread they would freeze the window, so jobs run on the thread pool. The Vault
// is not thread-safe, so jobs run one at a time, in the order asked. Results come back on the UI
// thread, and are dropped when the object that asked is gone (a page destroyed by a lock).
class VaultWorker : public QObject
{
    Q_OBJECT

public:
    using Failure = std::function<void(const QString& message)>;

    explicit VaultWorker(Vault& vault, QObject* parent = nullptr);
    // Waits for the running job, which holds a reference to the vault, then runs what
    // runFirst() queued.
    ~VaultWorker() override;

    bool isBusy() const { return m_running != nullptr; }

    // Runs work(vault) off the UI thread, then onSuccess(result) or onFailure(message of the
    // ecluse::Error thrown) on the UI thread, if context still exists.
    template <typename Work, typename Success>
    void run(QObject* context, Work work, Success onSuccess, Failure onFailure);

    // Runs action on the UI thread as soon as no job runs: at once when idle, else before every
    // queued job. For short acts that must not wait their turn, such as locking.
    void runFirst(std::function<void(Vault&)> action);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    struct Job
    {
        QPointer<QObject> context;
        std::function<void(Vault&)> work;
        std::function<void()> succeed;
        Failure fail;
        bool onUiThread = false;
        // Written by the pool thread, read on the UI thread once the future has finished.
        bool failed = false;
        QString error;
    };

    void enqueue(std::shared_ptr<Job> job);
    void startNext();
    void finishRunning();
    void reportBusy();
    static void execute(Vault& vault, Job& job);

    Vault& m_vault;
    // A thread of its own rather than the global pool: Qt's raster painting borrows global pool
    // threads and waits for them, so an import holding the only one (a single-CPU machine)
    // would freeze the window, progress bar and Cancel button included.
    QThreadPool m_pool;
    std::deque<std::shared_ptr<Job>> m_queue;
    std::shared_ptr<Job> m_running;
    QFutureWatcher<void> m_watcher;
    bool m_reportedBusy = false;
};

template <typename Work, typename Success>
void VaultWorker::run(QObject* context, Work work, Success onSuccess, Failure onFailure)
{
    using Result = std::invoke_result_t<Work&, Vault&>;
    auto job = std::make_shared<Job>();
    job->context = context;
    job->fail = std::move(onFailure);
    if constexpr (std::is_void_v<Result>) {
        job->work = std::move(work);
        job->succeed = std::move(onSuccess);
    } else {
        auto result = std::make_shared<std::optional<Result>>();
        job->work = [work = std::move(work), result](Vault& vault) mutable { result->emplace(work(vault)); };
        job->succeed = [onSuccess = std::move(onSuccess), result]() mutable { onSuccess(std::move(**result)); };
    }
    enqueue(std::move(job));
}

} // namespace ecluse::ui
