#include "AuditFilterModel.h"

#include "AuditTableModel.h"

namespace ecluse::ui {

AuditFilterModel::AuditFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void AuditFilterModel::setUser(const QString& user)
{
    m_user = user.trimmed();
    invalidateFilter();
}

void AuditFilterModel::setAction(const QString& action)
{
    m_action = action.trimmed();
    invalidateFilter();
}

void AuditFilterModel::setRange(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    m_from = fromUtc;
    m_to = toUtc;
    invalidateFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const auto value = [&](int column) { return model->index(sourceRow, column, sourceParent).data().toString(); };
    if (!m_user.isEmpty() && value(AuditTableModel::User) != m_user)
        return false;
    if (!m_action.isEmpty() && !value(AuditTableModel::Action).startsWith(m_action))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime time = QDateTime::fromString(value(AuditTableModel::Time), Qt::ISODate);
        if ((m_from.isValid() && time < m_from) || (m_to.isValid() && time > m_to))
            return false;
    }
    return true;
}

} // namespace ecluse::ui
