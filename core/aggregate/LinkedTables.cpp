#include "LinkedTables.h"

#include "common/Error.h"
#include "common/StrictJson.h"
#include "crypto/Digest.h"
#include "data/CodeList.h"
#include "data/DatasetSchema.h"
#include "sdc/Hypercube.h"
#include "sdc/ProtectionAudit.h"
#include "sdc/TableRelations.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>
#include <optional>

namespace ecluse {
namespace {

// This file's messages, under the "LinkedTables" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LinkedTables)
};

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

Error mismatch()
{
    return Error(ErrorKind::Integrity, Text::tr("a table shown before does not match the rows it was computed from; "
                                                "nothing is shown"));
}

Error notProtectableWithEarlier()
{
    return Error(ErrorKind::Other, Text::tr("the table cannot be protected together with the tables shown before; "
                                            "nothing is shown"));
}

[[noreturn]] void unreadable(const QString& why)
{
    throw Error(ErrorKind::Integrity, Text::tr("a record of the tables shown before cannot be read (%1); "
                                               "nothing is shown")
                                          .arg(why));
}

QStringList stringsOf(const QJsonValue& value)
{
    if (!value.isArray())
        unreadable(Text::tr("a list is missing"));
    QStringList strings;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            unreadable(Text::tr("a code is not text"));
        strings << item.toString();
    }
    return strings;
}

std::optional<QDate> dateOf(const QJsonValue& value)
{
    if (!value.isString())
        unreadable(Text::tr("a date is not text"));
    if (value.toString().isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        unreadable(Text::tr("a date is not valid"));
    return date;
}

std::vector<Filter> filtersOf(const QJsonValue& value)
{
    if (!value.isArray())
        unreadable(Text::tr("the filters are missing"));
    std::vector<Filter> filters;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject json = item.toObject();
        Filter filter;
        filter.column = json.value(QStringLiteral("column")).toString();
        if (filter.column.isEmpty())
            unreadable(Text::tr("a filter names no column"));
        if (json.contains(QStringLiteral("values"))) {
            filter.values = stringsOf(json.value(QStringLiteral("values")));
        } else {
            filter.from = dateOf(json.value(QStringLiteral("from")));
            filter.to = dateOf(json.value(QStringLiteral("to")));
        }
        filters.push_back(std::move(filter));
    }
    return filters;
}

QByteArray encode(const PublishedTable& table)
{
    QJsonArray codes;
    for (const QStringList& list : table.codes)
        codes.append(QJsonArray::fromStringList(list));
    QJsonArray cells;
    for (std::int64_t cell : table.cells)
        cells.append(static_cast<qint64>(cell));
    return QJsonDocument(QJsonObject{{QStringLiteral("codes"), codes}, {QStringLiteral("cells"), cells}})
        .toJson(QJsonDocument::Compact);
}

void decodeInto(const QByteArray& bytes, PublishedTable& table)
{
    QString problem;
    const std::optional<QJsonObject> json = parseStrictJsonObject(bytes, &problem);
    if (!json)
        unreadable(problem);
    const QJsonValue codes = json->value(QStringLiteral("codes"));
    if (!codes.isArray() || codes.toArray().size() != table.dimensions.size())
        unreadable(Text::tr("its categories do not match its dimensions"));
    std::vector<int> categories;
    for (const QJsonValue& list : codes.toArray()) {
        table.codes.push_back(stringsOf(list));
        if (table.codes.back().isEmpty())
            unreadable(Text::tr("a dimension has no category"));
        categories.push_back(static_cast<int>(table.codes.back().size()));
    }
    const QJsonValue cells = json->value(QStringLiteral("cells"));
    if (!cells.isArray() || cells.toArray().size() != TableShape(categories).cellCount())
        unreadable(Text::tr("its cells do not match its categories"));
    for (const QJsonValue& cell : cells.toArray()) {
        const qint64 value = cell.toInteger(PublishedTable::HiddenPrimary - 1);
        if (!cell.isDouble() || value < PublishedTable::HiddenPrimary)
            unreadable(Text::tr("a cell is not a count"));
        table.cells.push_back(value);
    }
}

QByteArray filtersKey(const std::vector<Filter>& filters)
{
    return QJsonDocument(filtersToJson(canonicalFilters(filters))).toJson(QJsonDocument::Compact);
}

// The filters without those that keep every row they could (every code of the column's list):
// they keep the same rows as no filter at all.
std::vector<Filter> effectiveFilters(const DatasetSchema& schema, std::vector<Filter> filters)
{
    std::erase_if(filters, [&](const Filter& filter) {
        if (filter.isDateRange())
            return !filter.from && !filter.to;
        const ColumnSpec* column = schema.column(filter.column);
        const DerivedDimension* derived = schema.derivedDimension(filter.column);
        const QString list = derived ? derived->codeList : column ? column->codeList : QString();
        if (list.isEmpty())
            return false;
        const CodeList& codes = CodeList::builtin(list);
        return std::all_of(codes.entries().begin(), codes.entries().end(),
                           [&](const CodeList::Entry& entry) { return filter.values.contains(entry.code); });
    });
    return canonicalFilters(std::move(filters));
}

QString codeListOf(const DatasetSchema& schema, const QString& dimension)
{
    if (const DerivedDimension* derived = schema.derivedDimension(dimension))
        return derived->codeList;
    if (const ColumnSpec* column = schema.column(dimension))
        return column->codeList;
    return {};
}

// Where an earlier dimension's categories fall in the new table: the new dimension they map onto
// (the same one, or a finer one a code list's hierarchy groups into it) and, per earlier category,
// the new categories it adds up.
struct DimensionLink
{
    int dimension = -1; // in the new table; -1: none
    std::vector<std::vector<int>> spans;
};

DimensionLink linkOf(const DatasetSchema& schema, const QString& name, const QStringList& codes,
                     const std::vector<TableDimension>& dimensions, const std::vector<bool>& taken)
{
    DimensionLink link;
    link.spans.resize(at(static_cast<int>(codes.size())));
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
        if (taken[d])
            continue;
        const TableDimension& dimension = dimensions[d];
        if (dimension.name == name) {
            for (qsizetype k = 0; k < codes.size(); ++k) {
                const qsizetype index = dimension.codes.indexOf(codes[k]);
                if (index >= 0)
                    link.spans[static_cast<std::size_t>(k)].push_back(static_cast<int>(index));
            }
            link.dimension = static_cast<int>(d);
            return link;
        }
        // A hierarchy: the new dimension's code list maps onto the earlier one's (department → region).
        const QString finer = codeListOf(schema, dimension.name);
        const QString coarser = codeListOf(schema, name);
        if (finer.isEmpty() || coarser.isEmpty() || finer == coarser)
            continue;
        const QString hierarchy = finer + QLatin1Char('_') + coarser;
        if (!CodeMapping::exists(hierarchy))
            continue;
        const CodeMapping* mapping = &CodeMapping::builtin(hierarchy); // a broken one is refused
        for (qsizetype i = 0; i < dimension.codes.size(); ++i) {
            const int parent = mapping->map(mapping->from().indexOf(QStringView(dimension.codes[i])));
            if (parent < 0)
                continue;
            const qsizetype k = codes.indexOf(mapping->to().code(parent));
            if (k >= 0)
                link.spans[static_cast<std::size_t>(k)].push_back(static_cast<int>(i));
        }
        link.dimension = static_cast<int>(d);
        return link;
    }
    return link;
}

// Per cell of `earlier`, the new table's cells that count the same rows, increasing; empty where
// the cell cannot be written over the new table (a category of an earlier dimension the new table
// does not break down by).
std::vector<std::vector<int>> membersOf(const DatasetSchema& schema, const QStringList& dimensions,
                                        const std::vector<QStringList>& categoryCodes, const AggregateTable& table,
                                        bool* allLinked = nullptr)
{
    std::vector<bool> taken(table.dimensions.size(), false);
    std::vector<DimensionLink> links;
    std::vector<int> categories;
    if (allLinked)
        *allLinked = true;
    for (qsizetype e = 0; e < dimensions.size(); ++e) {
        const QStringList& codes = categoryCodes[static_cast<std::size_t>(e)];
        links.push_back(linkOf(schema, dimensions[e], codes, table.dimensions, taken));
        if (links.back().dimension >= 0)
            taken[at(links.back().dimension)] = true;
        else if (allLinked)
            *allLinked = false;
        categories.push_back(static_cast<int>(codes.size()));
    }
    const TableShape shape(categories);
    const TableShape& target = table.shape;
    std::vector<std::vector<int>> members(at(shape.cellCount()));
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        // Per new dimension, the indexes the cell spans: the margin unless an earlier dimension says.
        std::vector<std::vector<int>> along(at(target.dimensionCount()));
        for (int d = 0; d < target.dimensionCount(); ++d)
            along[at(d)] = {target.categories(d)};
        bool writable = true;
        for (int e = 0; e < shape.dimensionCount() && writable; ++e) {
            const int index = shape.coordinate(cell, e);
            const bool margin = index == shape.categories(e);
            const DimensionLink& link = links[at(e)];
            if (link.dimension < 0) {
                writable = margin;
                continue;
            }
            if (!margin)
                along[at(link.dimension)] = link.spans[at(index)];
            writable = !along[at(link.dimension)].empty();
        }
        if (!writable)
            continue;
        std::vector<int> cells{0};
        for (int d = 0; d < target.dimensionCount(); ++d) {
            std::vector<int> next;
            for (int partial : cells) {
                for (int index : along[at(d)])
                    next.push_back(partial + index * target.stride(d));
            }
            cells = std::move(next);
        }
        std::sort(cells.begin(), cells.end());
        members[at(cell)] = std::move(cells);
    }
    return members;
}

} // namespace

QByteArray datasetVersion(QStringList packageIds)
{
    packageIds.sort();
    return sha256(packageIds.join(QLatin1Char('\n')).toUtf8()).toHex();
}

std::vector<Filter> canonicalFilters(std::vector<Filter> filters)
{
    for (Filter& filter : filters)
        filter.values.sort();
    std::sort(filters.begin(), filters.end(), [](const Filter& a, const Filter& b) {
        return std::tie(a.column, a.values, a.from, a.to) < std::tie(b.column, b.values, b.from, b.to);
    });
    return filters;
}

bool keepsSubsetOf(const std::vector<Filter>& narrower, const std::vector<Filter>& wider)
{
    for (const Filter& bound : wider) {
        // Every filter of the narrower query on this column must keep within the wider one.
        bool constrained = false;
        for (const Filter& filter : narrower) {
            if (filter.column != bound.column)
                continue;
            if (filter.isDateRange() != bound.isDateRange())
                return false;
            if (bound.isDateRange()) {
                const bool fromInside = !bound.from || (filter.from && *filter.from >= *bound.from);
                const bool toInside = !bound.to || (filter.to && *filter.to <= *bound.to);
                constrained = constrained || (fromInside && toInside);
            } else {
                constrained = constrained || std::all_of(filter.values.begin(), filter.values.end(),
                                                         [&](const QString& v) { return bound.values.contains(v); });
            }
        }
        if (!constrained)
            return false;
    }
    return true;
}

PublishedTables::PublishedTables(Database& db)
    : m_db(db)
{}

void PublishedTables::record(const PublishedTable& table)
{
    const QByteArray filters = filtersKey(table.filters);
    const QString dimensions = table.dimensions.join(QLatin1Char(','));
    // One record per user, dataset, rows, filters and dimensions: the key of both statements.
    const auto key = [&](Statement statement) {
        statement.bind(1, table.user)
            .bind(2, table.dataset)
            .bind(3, QString::fromLatin1(table.dataVersion))
            .bind(4, QString::fromUtf8(filters))
            .bind(5, dimensions);
        return statement;
    };
    Transaction transaction(m_db);
    // A cell shown by an earlier record of the same table stays shown: what was seen is not
    // forgotten because a later version of the table hides it (an amount asked for since).
    PublishedTable merged = table;
    {
        Statement previous = key(m_db.prepare("SELECT content FROM published_tables WHERE user = ? AND dataset = ? AND "
                                              "data_version = ? AND filters = ? AND dimensions = ?"));
        if (previous.step()) {
            PublishedTable before;
            before.dimensions = table.dimensions;
            decodeInto(previous.blob(0), before);
            if (before.codes != table.codes)
                unreadable(Text::tr("its categories changed over the same rows"));
            for (std::size_t c = 0; c < merged.cells.size(); ++c) {
                if (before.cells[c] >= 0)
                    merged.cells[c] = before.cells[c];
            }
        }
    }
    key(m_db.prepare("DELETE FROM published_tables WHERE user = ? AND dataset = ? AND data_version = ? AND filters = ? "
                     "AND dimensions = ?"))
        .run();
    key(m_db.prepare("INSERT INTO published_tables(user, dataset, data_version, filters, dimensions, content) "
                     "VALUES (?, ?, ?, ?, ?, ?)"))
        .bindBlob(6, encode(merged))
        .run();
    transaction.commit();
}

std::vector<PublishedTable> PublishedTables::of(const QString& user, const QString& dataset,
                                                const QByteArray& dataVersion,
                                                const std::function<bool(const std::vector<Filter>&)>& relevant) const
{
    Statement select = m_db.prepare("SELECT filters, dimensions, content FROM published_tables "
                                    "WHERE user = ? AND dataset = ? AND data_version = ? ORDER BY id");
    select.bind(1, user).bind(2, dataset).bind(3, QString::fromLatin1(dataVersion));
    std::vector<PublishedTable> tables;
    while (select.step()) {
        PublishedTable table;
        table.user = user;
        table.dataset = dataset;
        table.dataVersion = dataVersion;
        QString problem;
        const QByteArray filters = "{\"filters\":" + select.text(0).toUtf8() + '}';
        const std::optional<QJsonObject> json = parseStrictJsonObject(filters, &problem);
        if (!json)
            unreadable(problem);
        table.filters = filtersOf(json->value(QStringLiteral("filters")));
        if (relevant && !relevant(table.filters))
            continue;
        table.dimensions = select.text(1).isEmpty() ? QStringList() : select.text(1).split(QLatin1Char(','));
        decodeInto(select.blob(2), table);
        tables.push_back(std::move(table));
    }
    return tables;
}

void PublishedTables::erase(const QString& dataset)
{
    m_db.prepare("DELETE FROM published_tables WHERE dataset = ?").bind(1, dataset).run();
}

RowsRelation rowsRelation(const DatasetSchema& schema, const std::vector<Filter>& filters,
                          const std::vector<Filter>& shown)
{
    const std::vector<Filter> own = effectiveFilters(schema, filters);
    const std::vector<Filter> other = effectiveFilters(schema, shown);
    if (filtersKey(own) == filtersKey(other))
        return RowsRelation::Same;
    if (keepsSubsetOf(own, other))
        return RowsRelation::Wider;
    if (keepsSubsetOf(other, own))
        return RowsRelation::Narrower;
    return RowsRelation::Unrelated;
}

LinkedKnowledge linkedKnowledge(const DatasetSchema& schema, const AggregateQuery& query, const AggregateTable& table,
                                const std::vector<PublishedTable>& earlier)
{
    std::map<std::vector<int>, std::int64_t> known;
    std::map<std::vector<int>, bool> hiddenPrimary;
    std::vector<std::int64_t> ceiling(at(table.shape.cellCount()), -1);
    std::vector<std::int64_t> floor(at(table.shape.cellCount()), -1);
    bool anyCeiling = false;
    bool anyFloor = false;
    std::vector<int> hiddenBefore;
    for (const PublishedTable& shown : earlier) {
        const RowsRelation rows = rowsRelation(schema, query.filters, shown.filters);
        const bool same = rows == RowsRelation::Same;
        // A wider query: the new rows are a subset of its rows, and each cell a part of its cell;
        // a narrower one, the other way round.
        const bool wider = rows == RowsRelation::Wider;
        const bool narrower = rows == RowsRelation::Narrower;
        if (rows == RowsRelation::Unrelated)
            continue;
        const std::vector<std::vector<int>> members = membersOf(schema, shown.dimensions, shown.codes, table);
        for (std::size_t cell = 0; cell < members.size(); ++cell) {
            const std::vector<int>& cells = members[cell];
            const std::int64_t value = shown.cells[cell];
            if (cells.empty())
                continue;
            if (same && value >= 0)
                known.emplace(cells, value);
            else if (same && value == PublishedTable::HiddenPrimary)
                hiddenPrimary.emplace(cells, true);
            if (same && value < 0 && cells.size() == 1)
                hiddenBefore.push_back(cells.front());
            else if (wider && value >= 0 && cells.size() == 1) {
                std::int64_t& bound = ceiling[at(cells.front())];
                bound = bound < 0 ? value : std::min(bound, value);
                anyCeiling = true;
            } else if (narrower && value >= 0 && cells.size() == 1) {
                std::int64_t& bound = floor[at(cells.front())];
                bound = std::max(bound, value);
                anyFloor = true;
            }
        }
    }
    LinkedKnowledge knowledge;
    for (auto& [cells, value] : known)
        knowledge.known.push_back({cells, value});
    for (auto& [cells, flag] : hiddenPrimary) {
        if (!known.contains(cells)) // shown since by another table: known, nothing left to protect
            knowledge.hiddenPrimary.push_back(cells);
    }
    std::sort(hiddenBefore.begin(), hiddenBefore.end());
    hiddenBefore.erase(std::unique(hiddenBefore.begin(), hiddenBefore.end()), hiddenBefore.end());
    for (int cell : hiddenBefore) {
        if (!known.contains({cell}))
            knowledge.hiddenBefore.push_back(cell);
    }
    if (anyCeiling)
        knowledge.ceiling = std::move(ceiling);
    if (anyFloor)
        knowledge.floor = std::move(floor);
    return knowledge;
}

std::optional<std::vector<std::vector<int>>>
cellsWithin(const DatasetSchema& schema, const std::vector<TableDimension>& coarse, const AggregateTable& finer)
{
    QStringList names;
    std::vector<QStringList> codes;
    for (const TableDimension& dimension : coarse) {
        names << dimension.name;
        codes.push_back(dimension.codes);
    }
    bool allLinked = false;
    std::vector<std::vector<int>> members = membersOf(schema, names, codes, finer, &allLinked);
    if (!allLinked)
        return std::nullopt;
    return members;
}

std::vector<int> cellsRevealingEarlier(const PublishedTable& shown, const AggregateTable& finer,
                                       const std::vector<std::vector<int>>& within, RowsRelation rows,
                                       const LinkedKnowledge& alsoKnown, const AggregateTable& table,
                                       const std::vector<bool>& suppressed, int threshold)
{
    const auto cells = at(finer.shape.cellCount());
    std::vector<QStringList> codes;
    for (const TableDimension& dimension : finer.dimensions)
        codes.push_back(dimension.codes);
    if (shown.cells.size() != cells || codes != shown.codes)
        throw mismatch();
    std::vector<CellStatus> status(cells, CellStatus::Published);
    std::vector<SuppressionRule> rule(cells, SuppressionRule::None);
    for (std::size_t c = 0; c < cells; ++c) {
        if (shown.cells[c] >= 0 && shown.cells[c] != finer.units[c])
            throw mismatch(); // the same rows, by their version: a record that differs was altered
        if (shown.cells[c] == PublishedTable::HiddenPrimary) {
            status[c] = CellStatus::Primary;
            rule[c] = SuppressionRule::Frequency;
        } else if (shown.cells[c] == PublishedTable::Hidden) {
            status[c] = CellStatus::Secondary;
        }
    }
    // What the new table would publish, written over the earlier table's cells: sums over the same
    // rows; over other rows, bounds of single cells (a floor under a wider cell, a ceiling over a
    // narrower one). With what the other tables shown before tell of it.
    LinkedKnowledge knowledge;
    // Cells published in it are constants already.
    for (const LinkedKnowledge::KnownSum& known : alsoKnown.known) {
        if (known.members.size() > 1 || status[at(known.members.front())] != CellStatus::Published)
            knowledge.known.push_back(known);
    }
    const std::vector<LinkedKnowledge::KnownSum> knownBefore = knowledge.known;
    std::vector<int> informed; // hidden cells of the earlier table the new one says something of
    for (std::size_t cell = 0; cell < within.size(); ++cell) {
        if (suppressed[cell] || within[cell].empty())
            continue;
        // A sum of cells shown then, or a bound on one, tells nothing more.
        const std::size_t already = informed.size();
        for (int member : within[cell]) {
            if (status[at(member)] != CellStatus::Published)
                informed.push_back(member);
        }
        if (informed.size() == already)
            continue;
        if (rows == RowsRelation::Same) {
            knowledge.known.push_back({within[cell], table.units[cell]});
        } else if (within[cell].size() == 1) {
            std::vector<std::int64_t>& bound = rows == RowsRelation::Wider ? knowledge.floor : knowledge.ceiling;
            bound.resize(cells, -1);
            std::int64_t& value = bound[at(within[cell].front())];
            value = value < 0 ? table.units[cell]
                              : (rows == RowsRelation::Wider ? std::max(value, table.units[cell])
                                                             : std::min(value, table.units[cell]));
        }
    }
    if (informed.empty())
        return {};
    // The hidden cells chains of relations and known sums link to those: the only ones whose
    // proofs can change.
    const TableRelations relations(finer.shape);
    std::vector<bool> hidden(cells);
    for (std::size_t c = 0; c < cells; ++c)
        hidden[c] = status[c] != CellStatus::Published;
    const LinkedSums sums(knowledge, finer.units);
    std::vector<bool> reachable(cells, false);
    for (int cell : suppressedAround(informed, relations, sums, hidden))
        reachable[at(cell)] = true;
    // Hypercubes first, as the protection itself does: a primary cell whose certificate keeps every
    // sum the new table publishes is protected. Of the others, those with a certificate in the
    // finer table alone lost it to the new table; those without (proven by the linear program when
    // shown) get the linear program again, few as they are.
    // Only the quantities of those cells are audited: the others keep the proofs they had.
    const std::vector<ProtectedQuantity> quantities =
        auditedQuantities(finer.units, status, rule, threshold, knowledge);
    std::vector<int> concerned;
    for (std::size_t q = 0; q < quantities.size(); ++q) {
        if (quantities[q].members.size() == 1 && reachable[at(quantities[q].members.front())])
            concerned.push_back(static_cast<int>(q));
    }
    if (concerned.empty())
        return {};
    const std::vector<PrimaryCellProof> quick =
        auditProtection(finer.shape, finer.units, status, rule, threshold, concerned, true, nullptr, {}, knowledge);
    LinkedKnowledge before;
    before.known = knownBefore;
    const LinkedSums beforeSums(before, finer.units);
    const HypercubeSearch alone(finer.shape, relations, finer.units, &beforeSums);
    std::vector<int> exact;
    std::vector<int> exposed;
    for (const PrimaryCellProof& proof : quick) {
        if (proof.isProtected || proof.cell < 0 || !reachable[at(proof.cell)])
            continue;
        if (alone.suppressed(hidden, proof.cell, riseNeeded(finer.units[at(proof.cell)], threshold)))
            exposed.push_back(proof.cell);
        else
            exact.push_back(proof.quantity);
    }
    if (!exact.empty()) {
        for (const PrimaryCellProof& proof :
             auditProtection(finer.shape, finer.units, status, rule, threshold, exact, false, nullptr, {}, knowledge)) {
            if (!proof.isProtected && proof.cell >= 0)
                exposed.push_back(proof.cell);
        }
    }
    std::vector<int> revealing;
    // Per chain of hidden cells (as suppressedAround links them): the published cells of the new
    // table over it. Exposed cells often share a chain; it is walked once.
    std::vector<int> chainOf(cells, -1);
    std::vector<std::vector<int>> revealingOfChain;
    for (int primary : exposed) {
        // The narrowest cell of the new table that holds it, and is published: hiding it takes
        // away the sum that pins it.
        int narrowest = -1;
        for (std::size_t cell = 0; cell < within.size(); ++cell) {
            if (suppressed[cell] || !std::binary_search(within[cell].begin(), within[cell].end(), primary))
                continue;
            if (narrowest < 0 || within[cell].size() < within[at(narrowest)].size())
                narrowest = static_cast<int>(cell);
        }
        if (narrowest >= 0) {
            revealing.push_back(narrowest);
            continue;
        }
        // None holds it (bounds on hidden cells around it pin it): every published cell of the new
        // table over a hidden cell linked to it.
        if (chainOf[at(primary)] < 0) {
            const int chain = static_cast<int>(revealingOfChain.size());
            for (int cell : suppressedAround({primary}, relations, sums, hidden))
                chainOf[at(cell)] = chain;
            std::vector<int> over;
            for (std::size_t cell = 0; cell < within.size(); ++cell) {
                if (!suppressed[cell] && std::any_of(within[cell].begin(), within[cell].end(),
                                                     [&](int member) { return chainOf[at(member)] == chain; }))
                    over.push_back(static_cast<int>(cell));
            }
            revealingOfChain.push_back(std::move(over));
        }
        const std::vector<int>& over = revealingOfChain[at(chainOf[at(primary)])];
        if (over.empty())
            throw notProtectableWithEarlier(); // exposed by what was shown before, not by this table
        revealing.insert(revealing.end(), over.begin(), over.end());
    }
    std::sort(revealing.begin(), revealing.end());
    revealing.erase(std::unique(revealing.begin(), revealing.end()), revealing.end());
    return revealing;
}

PublishedTable publishedTable(const QString& user, const QByteArray& dataVersion, const AggregateQuery& query,
                              const AggregateTable& table, const std::vector<bool>& suppressed,
                              const std::vector<bool>& primary)
{
    PublishedTable record;
    record.user = user;
    record.dataset = query.dataset;
    record.dataVersion = dataVersion;
    record.filters = canonicalFilters(query.filters);
    for (const TableDimension& dimension : table.dimensions) {
        record.dimensions << dimension.name;
        record.codes.push_back(dimension.codes);
    }
    record.cells.resize(at(table.shape.cellCount()));
    for (std::size_t c = 0; c < record.cells.size(); ++c) {
        record.cells[c] = !suppressed[c] ? table.units[c]
                          : primary[c]   ? PublishedTable::HiddenPrimary
                                         : PublishedTable::Hidden;
    }
    return record;
}

} // namespace ecluse
