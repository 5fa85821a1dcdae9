#pragma once

#include "data/DatasetSchema.h"

#include <QStringView>

#include <vector>

namespace ecluse {

// The datasets Écluse knows how to import and aggregate, with their columns' types and roles.
class Catalogue
{
public:
    // Throws ErrorKind::Other when two datasets share a name.
    explicit Catalogue(std::vector<DatasetSchema> datasets);

    // The shipped datasets: "prestations" (DCIR, individual, pseudonymised) and "damir"
    // (Open DAMIR, aggregated). Built once; thread-safe.
    static const Catalogue& builtin();

    // nullptr when there is no such dataset.
    const DatasetSchema* dataset(QStringView name) const;
    std::vector<const DatasetSchema*> datasets() const;

private:
    std::vector<DatasetSchema> m_datasets;
};

} // namespace ecluse
