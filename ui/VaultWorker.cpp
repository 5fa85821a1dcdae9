#include "VaultWorker.h"

#include "common/Error.h"
#include "vault/Vault.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace ecluse::ui {

VaultWorker::VaultWorker(Vault& vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
{
    m_pool.setMaxThreadCount(1); // the Vault is not thread-safe: one job at a time anyway
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &VaultWorker::finishRunning);
}

VaultWorker::~VaultWorker()
{
    m_watcher.waitForFinished();
    // Urgent acts, such as locking, still happen; the results of the rest have nowhere to go.
    for (const auto& job : m_queue) {
        if (job->onUiThread)
            execute(m_vault, *job);
    }
}

void VaultWorker::execute(Vault& vault, Job& job)
{
    try {
        job.work(vault);
    } catch (const Error& error) {
        job.failed = true;
        job.error = error.message();
    } catch (const std::exception& error) {
        job.failed = true;
        job.error = tr("unexpected failure: %1").arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        job.failed = true;
        job.error = tr("unexpected failure");
    }
}

void VaultWorker::enqueue(std::shared_ptr<Job> job)
{
    m_queue.push_back(std::move(job));
    if (!isBusy())
        startNext();
}

void VaultWorker::runFirst(std::function<void(Vault&)> action)
{
    auto job = std::make_shared<Job>();
    job->context = this;
    job->work = std::move(action);
    job->onUiThread = true;
    // Behind earlier urgent acts, ahead of every ordinary job.
    const auto firstOrdinary =
        std::find_if(m_queue.begin(), m_queue.end(), [](const auto& queued) { return !queued->onUiThread; });
    m_queue.insert(firstOrdinary, std::move(job));
    if (!isBusy())
        startNext();
}

void VaultWorker::startNext()
{
    if (isBusy())
        return; // one job at a time; finishRunning() comes back here
    while (!m_queue.empty()) {
        std::shared_ptr<Job> job = std::move(m_queue.front());
        m_queue.pop_front();
        if (!job->context)
            continue; // whoever asked is gone: nobody wants the result, and it may hold secrets
        if (job->onUiThread) {
            execute(m_vault, *job);
            if (job->failed)
                qWarning("ecluse: %s", qUtf8Printable(job->error));
            continue;
        }
        m_running = job;
        Vault* vault = &m_vault;
        m_watcher.setFuture(QtConcurrent::run(&m_pool, [vault, job] { execute(*vault, *job); }));
        break;
    }
    reportBusy();
}

void VaultWorker::reportBusy()
{
    if (m_reportedBusy == isBusy())
        return;
    m_reportedBusy = isBusy();
    Q_EMIT busyChanged(m_reportedBusy);
}

void VaultWorker::finishRunning()
{
    const std::shared_ptr<Job> job = std::exchange(m_running, nullptr);
    if (!job)
        return;
    if (job->context) {
        if (job->failed) {
            if (job->fail)
                job->fail(job->error);
        } else if (job->succeed) {
            job->succeed();
        }
    }
    startNext();
}

} // namespace ecluse::ui
