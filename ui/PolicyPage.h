#pragma once

#include "policy/PolicyLoader.h"

#include <QWidget>

namespace ecluse::ui {

// The rules this workstation runs under, read-only, for every signed-in user: knowing why a copy
// or an export is refused is part of using Écluse, and nothing here is data.
class PolicyPage : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyPage(const LoadedPolicy& policy, QWidget* parent = nullptr);
};

} // namespace ecluse::ui
