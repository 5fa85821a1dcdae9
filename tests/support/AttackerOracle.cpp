#include "AttackerOracle.h"

#include <glpk.h>

#include <stdexcept>
#include <string>

namespace ecluse::test {

namespace {

constexpr double Tolerance = 1e-6;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

// One linear constraint over hidden cells: sum of coefficient * cell, within [lower, upper] once
// the published cells' values are moved to the bounds.
struct Constraint
{
    std::vector<std::pair<int, double>> terms; // cell, coefficient
    double constant = 0;                       // of the published cells, on the left
    bool equality = true;                      // else <= 0
};

} // namespace

struct AttackerOracle::Problem
{
    glp_prob* lp = glp_create_prob();
    std::vector<int> column; // per cell, 1-based GLPK column, 0 when published

    ~Problem() { glp_delete_prob(lp); }

    // Maximises (or minimises) the hidden cells' sum; unbounded is reported through the flag.
    double optimise(const std::vector<int>& cells, int direction, bool& unbounded)
    {
        const int count = glp_get_num_cols(lp);
        for (int j = 1; j <= count; ++j)
            glp_set_obj_coef(lp, j, 0);
        for (int cell : cells) {
            if (column[at(cell)] != 0)
                glp_set_obj_coef(lp, column[at(cell)], 1);
        }
        glp_set_obj_dir(lp, direction);
        glp_smcp parameters;
        glp_init_smcp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        // No presolve: it reports an unbounded problem as a failure, and each solve starts from
        // the previous optimal basis, which is what keeps hundreds of solves fast.
        parameters.presolve = GLP_OFF;
        if (const int error = glp_simplex(lp, &parameters); error != 0)
            throw std::runtime_error("GLPK's simplex failed: error " + std::to_string(error));
        int status = glp_get_status(lp);
        if (status != GLP_OPT && status != GLP_UNBND) {
            // Floating point on a very degenerate table can lose feasibility on the way (GLPK
            // then reports none, by a residue of 1e-6): solve again from a fresh basis, then in
            // exact rational arithmetic, which settles it.
            glp_adv_basis(lp, 0);
            if (const int error = glp_simplex(lp, &parameters); error != 0)
                throw std::runtime_error("GLPK's simplex failed: error " + std::to_string(error));
            status = glp_get_status(lp);
        }
        if (status != GLP_OPT && status != GLP_UNBND) {
            if (const int error = glp_exact(lp, &parameters); error != 0)
                throw std::runtime_error("GLPK's exact simplex failed: error " + std::to_string(error));
            status = glp_get_status(lp);
        }
        unbounded = status == GLP_UNBND;
        if (status != GLP_OPT && !unbounded)
            throw std::runtime_error("the attacker's linear program has no optimum (GLPK status " +
                                     std::to_string(status) + "): the table is inconsistent");
        return unbounded ? 0 : glp_get_obj_val(lp);
    }
};

AttackerOracle::AttackerOracle(const TableShape& shape, const std::vector<std::int64_t>& units,
                               const std::vector<bool>& hidden, const LinkedKnowledge& knowledge)
    : m_problem(std::make_unique<Problem>())
    , m_units(units)
{
    glp_term_out(GLP_OFF);
    Problem& p = *m_problem;
    p.column.assign(at(shape.cellCount()), 0);
    int columns = 0;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (hidden[at(cell)])
            p.column[at(cell)] = ++columns;
    }
    // Adds value * cell: a term if hidden, else a constant.
    const auto add = [&](Constraint& constraint, int cell, double value) {
        if (hidden[at(cell)])
            constraint.terms.emplace_back(cell, value);
        else
            constraint.constant += value * static_cast<double>(units[at(cell)]);
    };
    std::vector<Constraint> constraints;
    for (int margin = 0; margin < shape.cellCount(); ++margin) {
        for (int d = 0; d < shape.dimensionCount(); ++d) {
            if (shape.coordinate(margin, d) != shape.categories(d))
                continue;
            std::vector<int> members;
            std::int64_t sum = 0;
            for (int k = 0; k < shape.categories(d); ++k) {
                members.push_back(margin - (shape.categories(d) - k) * shape.stride(d));
                sum += units[at(members.back())];
            }
            bool touchesHidden = hidden[at(margin)];
            for (int member : members)
                touchesHidden = touchesHidden || hidden[at(member)];
            if (!touchesHidden)
                continue;
            // margin - sum == 0, or <= 0 where the units are distinct counts that do not add up.
            Constraint total;
            total.equality = units[at(margin)] == sum;
            add(total, margin, 1);
            for (int member : members)
                add(total, member, -1);
            const bool additive = total.equality;
            constraints.push_back(std::move(total));
            if (additive)
                continue;
            for (int member : members) {
                if (!hidden[at(member)] && !hidden[at(margin)])
                    continue;
                Constraint below; // member - margin <= 0
                below.equality = false;
                add(below, member, 1);
                add(below, margin, -1);
                constraints.push_back(std::move(below));
            }
        }
    }
    for (const LinkedKnowledge::KnownSum& known : knowledge.known) {
        // shown - sum == 0, or shown - sum <= 0 and member - shown <= 0 where units do not add up.
        Constraint total;
        std::int64_t sum = 0;
        for (int member : known.members) {
            add(total, member, -1);
            sum += units[at(member)];
        }
        total.constant += static_cast<double>(known.units);
        total.equality = sum == known.units;
        constraints.push_back(total);
        if (total.equality)
            continue;
        for (int member : known.members) {
            Constraint below;
            below.equality = false;
            add(below, member, 1);
            below.constant -= static_cast<double>(known.units);
            constraints.push_back(std::move(below));
        }
    }
    glp_add_cols(p.lp, std::max(columns, 1));
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        const int j = p.column[at(cell)];
        if (j == 0)
            continue;
        const bool capped = !knowledge.ceiling.empty() && knowledge.ceiling[at(cell)] >= 0;
        const double lower = !knowledge.floor.empty() && knowledge.floor[at(cell)] >= 0
                                 ? static_cast<double>(knowledge.floor[at(cell)])
                                 : 0;
        const double upper = capped ? static_cast<double>(knowledge.ceiling[at(cell)]) : 0;
        if (capped && upper == lower)
            glp_set_col_bnds(p.lp, j, GLP_FX, lower, lower); // GLPK wants a fixed column where both bounds meet
        else if (capped)
            glp_set_col_bnds(p.lp, j, GLP_DB, lower, upper);
        else
            glp_set_col_bnds(p.lp, j, GLP_LO, lower, 0);
    }
    std::vector<int> rowIndex{0};
    std::vector<int> columnIndex{0};
    std::vector<double> values{0};
    int rows = 0;
    for (const Constraint& constraint : constraints) {
        if (constraint.terms.empty())
            continue;
        ++rows;
        for (const auto& [cell, coefficient] : constraint.terms) {
            rowIndex.push_back(rows);
            columnIndex.push_back(p.column[at(cell)]);
            values.push_back(coefficient);
        }
    }
    glp_add_rows(p.lp, std::max(rows, 1));
    int row = 0;
    for (const Constraint& constraint : constraints) {
        if (constraint.terms.empty())
            continue;
        ++row;
        if (constraint.equality)
            glp_set_row_bnds(p.lp, row, GLP_FX, -constraint.constant, -constraint.constant);
        else
            glp_set_row_bnds(p.lp, row, GLP_UP, 0, -constraint.constant);
    }
    glp_load_matrix(p.lp, static_cast<int>(values.size()) - 1, rowIndex.data(), columnIndex.data(), values.data());
    glp_adv_basis(p.lp, 0);
}

AttackerOracle::~AttackerOracle() = default;

AttackerOracle::Bounds AttackerOracle::upper(int cell)
{
    if (m_problem->column[at(cell)] == 0) {
        const auto value = static_cast<double>(m_units[at(cell)]);
        return {value, value, false};
    }
    Bounds bounds;
    bounds.upper = m_problem->optimise({cell}, GLP_MAX, bounds.unbounded);
    return bounds;
}

AttackerOracle::Bounds AttackerOracle::boundsOfSum(const std::vector<int>& cells)
{
    double shown = 0;
    bool anyHidden = false;
    for (int cell : cells) {
        if (m_problem->column[at(cell)] == 0)
            shown += static_cast<double>(m_units[at(cell)]);
        else
            anyHidden = true;
    }
    if (!anyHidden)
        return {shown, shown, false};
    Bounds bounds;
    bounds.upper = shown + m_problem->optimise(cells, GLP_MAX, bounds.unbounded);
    bool below = false;
    bounds.lower = shown + m_problem->optimise(cells, GLP_MIN, below);
    return bounds;
}

AttackerOracle::Bounds AttackerOracle::bounds(int cell)
{
    Bounds bounds = upper(cell);
    if (m_problem->column[at(cell)] == 0)
        return bounds;
    bool below = false;
    bounds.lower = m_problem->optimise({cell}, GLP_MIN, below);
    return bounds;
}

std::vector<int> exposedPrimaryCells(const TableShape& shape, const std::vector<std::int64_t>& units,
                                     const std::vector<CellStatus>& status, int threshold,
                                     const LinkedKnowledge& knowledge)
{
    std::vector<bool> hidden(at(shape.cellCount()));
    for (int cell = 0; cell < shape.cellCount(); ++cell)
        hidden[at(cell)] = status[at(cell)] != CellStatus::Published;
    AttackerOracle oracle(shape, units, hidden, knowledge);
    std::vector<int> exposed;
    for (int cell = 0; cell < shape.cellCount(); ++cell) {
        if (!knowledge.ceiling.empty() && knowledge.ceiling[at(cell)] >= 0) {
            // The difference table: ceiling - cell, small when 1 to threshold - 1.
            const std::int64_t difference = knowledge.ceiling[at(cell)] - units[at(cell)];
            if (difference > 0 && difference < threshold) {
                const AttackerOracle::Bounds bounds = oracle.bounds(cell);
                if (static_cast<double>(knowledge.ceiling[at(cell)]) - bounds.lower < threshold - Tolerance) {
                    exposed.push_back(cell);
                    continue;
                }
            }
        }
        if (!knowledge.floor.empty() && knowledge.floor[at(cell)] >= 0) {
            // Over a narrower earlier cell: cell - floor.
            const std::int64_t difference = units[at(cell)] - knowledge.floor[at(cell)];
            if (difference > 0 && difference < threshold) {
                const AttackerOracle::Bounds bounds = oracle.upper(cell);
                if (!bounds.unbounded &&
                    bounds.upper - static_cast<double>(knowledge.floor[at(cell)]) < threshold - Tolerance) {
                    exposed.push_back(cell);
                    continue;
                }
            }
        }
        if (status[at(cell)] != CellStatus::Primary)
            continue;
        const bool small = units[at(cell)] < threshold;
        const AttackerOracle::Bounds bounds = small ? oracle.upper(cell) : oracle.bounds(cell);
        const bool provenSmall = small && !bounds.unbounded && bounds.upper < threshold - Tolerance;
        const bool pinned = !small && !bounds.unbounded && bounds.upper - bounds.lower < Tolerance;
        if (provenSmall || pinned)
            exposed.push_back(cell);
    }
    return exposed;
}

std::vector<int> exposedEarlierPrimaryCells(const TableShape& shape, const std::vector<std::int64_t>& units,
                                            const std::vector<bool>& hidden, int threshold,
                                            const LinkedKnowledge& knowledge)
{
    AttackerOracle oracle(shape, units, hidden, knowledge);
    std::vector<int> exposed;
    for (std::size_t k = 0; k < knowledge.hiddenPrimary.size(); ++k) {
        std::int64_t value = 0;
        for (int member : knowledge.hiddenPrimary[k])
            value += units[at(member)];
        const AttackerOracle::Bounds bounds = oracle.boundsOfSum(knowledge.hiddenPrimary[k]);
        const bool provenSmall = value < threshold && !bounds.unbounded && bounds.upper < threshold - Tolerance;
        const bool pinned = !bounds.unbounded && bounds.upper - bounds.lower < Tolerance;
        if (provenSmall || pinned)
            exposed.push_back(static_cast<int>(k));
    }
    return exposed;
}

} // namespace ecluse::test
