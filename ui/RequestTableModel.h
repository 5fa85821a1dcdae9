#pragma once

#include "extract/ExtractRequest.h"

#include <QAbstractTableModel>

#include <vector>

namespace ecluse::ui {

// Extract requests as ExtractRequests::list() returns them to the signed-in user: their own, or
// for stewards every request but drafts. One row per request.
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        State,
        Requester,
        Dataset,
        Project,
        Updated,
        ColumnCount,
    };

    explicit RequestTableModel(QObject* parent = nullptr);

    void setRequests(std::vector<ExtractRequest> requests);
    // The request shown on `row`, or 0.
    qint64 idAt(int row) const;
    // The row showing request `id`, or -1.
    int rowOf(qint64 id) const;
    const ExtractRequest* requestAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ExtractRequest> m_requests;
};

} // namespace ecluse::ui
