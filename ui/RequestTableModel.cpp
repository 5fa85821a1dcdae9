#include "RequestTableModel.h"

#include <QLocale>

namespace ecluse::ui {

RequestTableModel::RequestTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RequestTableModel::setRequests(std::vector<ExtractRequest> requests)
{
    beginResetModel();
    m_requests = std::move(requests);
    endResetModel();
}

qint64 RequestTableModel::idAt(int row) const
{
    const ExtractRequest* request = requestAt(row);
    return request ? request->id : 0;
}

int RequestTableModel::rowOf(qint64 id) const
{
    for (std::size_t row = 0; row < m_requests.size(); ++row) {
        if (m_requests[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

const ExtractRequest* RequestTableModel::requestAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_requests[static_cast<std::size_t>(row)] : nullptr;
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    const ExtractRequest* request = requestAt(index.row());
    if (!index.isValid() || !request)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return request->id;
    case State:
        return requestStateLabel(request->state);
    case Requester:
        return request->requester;
    case Dataset:
        return request->spec.dataset;
    case Project:
        return role == Qt::ToolTipRole ? request->spec.purpose : request->spec.project;
    case Updated:
        return QLocale().toString(request->updatedUtc.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.", "extract request number");
    case State:
        return tr("State", "of an extract request");
    case Requester:
        return tr("Requester");
    case Dataset:
        return tr("Dataset");
    case Project:
        return tr("Project");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace ecluse::ui
