#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace ecluse::ui {

// The auditor's filters over AuditTableModel: entries by a user, of an action, within a time range
// (UTC, both ends included). Empty or invalid criteria let everything through.
class AuditFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFilterModel(QObject* parent = nullptr);

    void setUser(const QString& user);
    // "vault." matches every vault action: a prefix, or an action whole.
    void setAction(const QString& action);
    void setRange(const QDateTime& fromUtc, const QDateTime& toUtc);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_user;
    QString m_action;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace ecluse::ui
