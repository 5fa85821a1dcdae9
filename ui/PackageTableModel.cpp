#include "PackageTableModel.h"

namespace ecluse::ui {

PackageTableModel::PackageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PackageTableModel::setPackages(std::vector<PackageInfo> packages)
{
    beginResetModel();
    m_packages = std::move(packages);
    endResetModel();
}

int PackageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_packages.size());
}

int PackageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Rows)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const PackageInfo& package = m_packages[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Id:
        return package.id;
    case Producer:
        return package.producer;
    case Signer:
        return package.signerFingerprint;
    case Created:
        return package.createdUtc.toString(Qt::ISODate);
    case Imported:
        return package.importedUtc.toString(Qt::ISODate);
    case ImportedBy:
        return package.importedBy;
    case Rows:
        return package.rows;
    case RetainUntil:
        return package.retainUntil.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant PackageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Package");
    case Producer:
        return tr("Producer", "who produced a data package");
    case Signer:
        return tr("Signer key", "fingerprint of the key that signed a package");
    case Created:
        return tr("Created (UTC)");
    case Imported:
        return tr("Imported (UTC)");
    case ImportedBy:
        return tr("Imported by");
    case Rows:
        return tr("Rows");
    case RetainUntil:
        return tr("Kept until", "retention date of a package's rows");
    default:
        return {};
    }
}

} // namespace ecluse::ui
