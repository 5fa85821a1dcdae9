#include "ColumnTableModel.h"

#include "data/DatasetSchema.h"

namespace ecluse::ui {
namespace {

QString identifierName(PotentialIdentifier identifier)
{
    switch (identifier) {
    case PotentialIdentifier::CommuneOfResidence:
        return ColumnTableModel::tr("commune of residence", "SNDS potential identifier");
    case PotentialIdentifier::BirthYearMonth:
        return ColumnTableModel::tr("month and year of birth", "SNDS potential identifier");
    case PotentialIdentifier::CareDate:
        return ColumnTableModel::tr("date of care", "SNDS potential identifier");
    case PotentialIdentifier::DeathDate:
        return ColumnTableModel::tr("date of death", "SNDS potential identifier");
    case PotentialIdentifier::CommuneOfDeath:
        return ColumnTableModel::tr("commune of death", "SNDS potential identifier");
    case PotentialIdentifier::None:
        break;
    }
    return {};
}

// The roles in words, in columnRoles()' order.
QStringList roleWords(const ColumnSpec& spec)
{
    QStringList names;
    if (spec.isDimension)
        //: Catalogue role: aggregate tables may group rows by this column.
        names << ColumnTableModel::tr("Dimension");
    if (spec.isMeasure)
        //: Catalogue role: aggregate tables may sum this column.
        names << ColumnTableModel::tr("Measure");
    if (spec.type == ColumnType::Pseudonym)
        //: Catalogue role: the beneficiary's pseudonymised number (BEN_NIR_PSA), never shown, only counted.
        names << ColumnTableModel::tr("Pseudonym");
    if (spec.potentialIdentifier != PotentialIdentifier::None)
        //: Catalogue role. SNDS: a potential identifier could help re-identify someone; a habilitation names at
        //: most one. %1 is which one, e.g. "date of care".
        names << ColumnTableModel::tr("Potential identifier: %1").arg(identifierName(spec.potentialIdentifier));
    return names;
}

QString rolesToolTip(const QStringList& keys, bool identifier)
{
    QString tip = ColumnTableModel::tr("Roles as the command line names them: %1").arg(keys.join(QStringLiteral(", ")));
    if (identifier)
        tip += QLatin1Char('\n') + ColumnTableModel::tr("A query that uses this column needs a grant that names this "
                                                        "potential identifier.");
    return tip;
}

} // namespace

ColumnTableModel::ColumnTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ColumnTableModel::setSchema(const DatasetSchema* schema)
{
    beginResetModel();
    m_schema = schema;
    endResetModel();
}

QString ColumnTableModel::codeListAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const int columns = static_cast<int>(m_schema->columns.size());
    if (row < columns) {
        const ColumnSpec& spec = m_schema->columns[static_cast<std::size_t>(row)];
        return spec.type == ColumnType::Code ? spec.codeList : QString();
    }
    return m_schema->derived[static_cast<std::size_t>(row - columns)].codeList;
}

int ColumnTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_schema)
        return 0;
    return static_cast<int>(m_schema->columns.size() + m_schema->derived.size());
}

int ColumnTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const int columns = static_cast<int>(m_schema->columns.size());
    if (role == Qt::ToolTipRole && index.column() == Roles) {
        if (index.row() >= columns)
            return rolesToolTip({QStringLiteral("dimension")}, false);
        const ColumnSpec& spec = m_schema->columns[static_cast<std::size_t>(index.row())];
        return columnRoles(spec).isEmpty()
                   ? QVariant()
                   : rolesToolTip(columnRoles(spec), spec.potentialIdentifier != PotentialIdentifier::None);
    }
    return index.row() < columns ? columnData(index.row(), index.column())
                                 : derivedData(index.row() - columns, index.column());
}

QVariant ColumnTableModel::columnData(int row, int column) const
{
    const ColumnSpec& spec = m_schema->columns[static_cast<std::size_t>(row)];
    switch (column) {
    case Name:
        return spec.name;
    case Label:
        return spec.label;
    case Type:
        // core's names, as `ecluse-cli catalogue show` prints them
        return spec.required ? columnTypeName(spec.type) : tr("%1, optional").arg(columnTypeName(spec.type));
    case Roles:
        return roleWords(spec).join(QStringLiteral(", "));
    case CodeList:
        return spec.codeList;
    default:
        return {};
    }
}

QVariant ColumnTableModel::derivedData(int row, int column) const
{
    const DerivedDimension& dimension = m_schema->derived[static_cast<std::size_t>(row)];
    switch (column) {
    case Name:
        return dimension.name;
    case Label:
        return dimension.label;
    case Type:
        return tr("derived from %1").arg(dimension.from.join(QStringLiteral(", ")));
    case Roles:
        return tr("Dimension");
    case CodeList:
        return dimension.codeList;
    default:
        return {};
    }
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Column");
    case Label:
        return tr("Label", "the French label of a dataset column");
    case Type:
        return tr("Type");
    case Roles:
        return tr("Roles", "dimension, measure, pseudonym, potential identifier");
    case CodeList:
        return tr("Code list");
    default:
        return {};
    }
}

} // namespace ecluse::ui
