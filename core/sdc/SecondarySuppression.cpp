#include "sdc/SecondarySuppression.h"

#include "common/Error.h"
#include "sdc/Int128.h"

#include <gmpxx.h>

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace ecluse {

namespace {

struct Overflow
{};

// Arithmetic the elimination needs, for a fast 64-bit kind and an unbounded one.
struct Checked64
{
    using Int = std::int64_t;
    // a*x - b*y
    static Int combine(Int a, Int x, Int b, Int y)
    {
        Int ax = 0;
        Int by = 0;
        Int result = 0;
        if (__builtin_mul_overflow(a, x, &ax) || __builtin_mul_overflow(b, y, &by) ||
            __builtin_sub_overflow(ax, by, &result) || result == INT64_MIN)
            throw Overflow{};
        return result;
    }
    static Int gcd(Int a, Int b) { return std::gcd(a, b); }
    static Int divide(Int a, Int g) { return a / g; }
    static bool isZero(Int a) { return a == 0; }
    static bool isOne(Int a) { return a == 1; }
    // p1/q1 == p2/q2, all |values| < 2^63 so the products fit.
    static bool sameRatio(Int p1, Int q1, Int p2, Int q2)
    {
        return static_cast<Int128>(p1) * q2 == static_cast<Int128>(p2) * q1;
    }
};

struct Unbounded
{
    using Int = mpz_class;
    static Int combine(const Int& a, const Int& x, const Int& b, const Int& y) { return a * x - b * y; }
    static Int gcd(const Int& a, const Int& b) { return ::gcd(a, b); }
    static Int divide(const Int& a, const Int& g) { return a / g; }
    static bool isZero(const Int& a) { return sgn(a) == 0; }
    static bool isOne(const Int& a) { return a == 1; }
    static bool sameRatio(const Int& p1, const Int& q1, const Int& p2, const Int& q2) { return p1 * q2 == p2 * q1; }
};

template <typename Arith> class NullSpace
{
public:
    using Int = typename Arith::Int;
    struct Entry
    {
        int cell;
        Int coefficient;
    };
    using Vector = std::vector<Entry>;

    explicit NullSpace(const TableShape& shape)
        : m_containing(static_cast<std::size_t>(shape.cellCount()))
        , m_tallies(static_cast<std::size_t>(shape.cellCount()))
    {
        const int dimensions = shape.dimensionCount();
        for (int cell = 0; cell < shape.cellCount(); ++cell) {
            if (!shape.isInner(cell))
                continue;
            // The inner cell and each margin that counts it: 2^dimensions cells.
            Vector vector;
            for (int subset = 0; subset < (1 << dimensions); ++subset) {
                int index = cell;
                for (int d = 0; d < dimensions; ++d) {
                    if (subset & (1 << d))
                        index += (shape.categories(d) - shape.coordinate(cell, d)) * shape.stride(d);
                }
                vector.push_back(Entry{index, Int(1)});
            }
            std::sort(vector.begin(), vector.end(), [](const Entry& a, const Entry& b) { return a.cell < b.cell; });
            add(std::move(vector));
        }
    }

    // Whether publishing `cell` would leave some hidden cell determined. A hidden cell p stays
    // free iff some remaining vector is zero at `cell` and not at p, or two vectors hold `cell`
    // and p in different ratios; otherwise eliminating `cell` eliminates p with it.
    bool publishingDiscloses(int cell, const std::vector<bool>& hidden)
    {
        const auto& holders = m_containing[static_cast<std::size_t>(cell)];
        if (holders.empty())
            return false;
        m_touched.clear();
        for (int id : holders) {
            const Vector& vector = m_vectors[static_cast<std::size_t>(id)];
            const Int& atCell = coefficientOf(vector, cell);
            for (const Entry& entry : vector) {
                if (!hidden[static_cast<std::size_t>(entry.cell)])
                    continue;
                Tally& tally = tallyOf(entry.cell);
                if (tally.count == 0) {
                    tally.numerator = entry.coefficient;
                    tally.denominator = atCell;
                } else if (!Arith::sameRatio(entry.coefficient, atCell, tally.numerator, tally.denominator)) {
                    tally.consistent = false;
                }
                ++tally.count;
            }
        }
        bool discloses = false;
        for (int p : m_touched) {
            Tally& tally = m_tallies[static_cast<std::size_t>(p)];
            if (tally.consistent && tally.count == holders.size() &&
                m_containing[static_cast<std::size_t>(p)].size() == holders.size())
                discloses = true;
            tally = Tally{};
        }
        return discloses;
    }

    // Restricts the space to the vectors zero at `cell`: eliminates it with the sparsest holder.
    void publish(int cell)
    {
        const std::vector<int> holders = m_containing[static_cast<std::size_t>(cell)];
        if (holders.empty())
            return;
        int pivot = holders.front();
        for (int id : holders) {
            const std::size_t size = m_vectors[static_cast<std::size_t>(id)].size();
            const std::size_t best = m_vectors[static_cast<std::size_t>(pivot)].size();
            if (size < best || (size == best && id < pivot))
                pivot = id;
        }
        const Vector pivotVector = m_vectors[static_cast<std::size_t>(pivot)];
        const Int pivotCoefficient = coefficientOf(pivotVector, cell);
        remove(pivot);
        for (int id : holders) {
            if (id == pivot)
                continue;
            Vector& old = m_vectors[static_cast<std::size_t>(id)];
            const Int factor = coefficientOf(old, cell);
            Vector combined;
            combined.reserve(old.size() + pivotVector.size());
            std::size_t i = 0;
            std::size_t j = 0;
            const Int zero(0);
            while (i < old.size() || j < pivotVector.size()) {
                int at = 0;
                const Int* a = &zero;
                const Int* b = &zero;
                if (j == pivotVector.size() || (i < old.size() && old[i].cell < pivotVector[j].cell)) {
                    at = old[i].cell;
                    a = &old[i++].coefficient;
                } else if (i == old.size() || pivotVector[j].cell < old[i].cell) {
                    at = pivotVector[j].cell;
                    b = &pivotVector[j++].coefficient;
                } else {
                    at = old[i].cell;
                    a = &old[i++].coefficient;
                    b = &pivotVector[j++].coefficient;
                }
                Int value = Arith::combine(pivotCoefficient, *a, factor, *b);
                if (!Arith::isZero(value))
                    combined.push_back(Entry{at, std::move(value)});
            }
            Int divisor(0);
            for (const Entry& entry : combined) {
                divisor = Arith::gcd(divisor, entry.coefficient);
                if (Arith::isOne(divisor))
                    break;
            }
            if (!Arith::isZero(divisor) && !Arith::isOne(divisor)) {
                for (Entry& entry : combined)
                    entry.coefficient = Arith::divide(entry.coefficient, divisor);
            }
            replace(id, std::move(combined));
        }
    }

private:
    struct Tally
    {
        std::size_t count = 0;
        Int numerator{};
        Int denominator{};
        bool consistent = true;
    };

    static const Int& coefficientOf(const Vector& vector, int cell)
    {
        const auto it =
            std::lower_bound(vector.begin(), vector.end(), cell, [](const Entry& e, int c) { return e.cell < c; });
        return it->coefficient;
    }

    Tally& tallyOf(int cell)
    {
        Tally& tally = m_tallies[static_cast<std::size_t>(cell)];
        if (tally.count == 0)
            m_touched.push_back(cell);
        return tally;
    }

    void add(Vector vector)
    {
        const int id = static_cast<int>(m_vectors.size());
        for (const Entry& entry : vector)
            m_containing[static_cast<std::size_t>(entry.cell)].push_back(id);
        m_vectors.push_back(std::move(vector));
    }

    void detach(int id, int cell)
    {
        auto& list = m_containing[static_cast<std::size_t>(cell)];
        const auto it = std::find(list.begin(), list.end(), id);
        *it = list.back();
        list.pop_back();
    }

    void remove(int id)
    {
        for (const Entry& entry : m_vectors[static_cast<std::size_t>(id)])
            detach(id, entry.cell);
        m_vectors[static_cast<std::size_t>(id)].clear();
    }

    void replace(int id, Vector vector)
    {
        Vector& old = m_vectors[static_cast<std::size_t>(id)];
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < old.size() || j < vector.size()) {
            if (j == vector.size() || (i < old.size() && old[i].cell < vector[j].cell)) {
                detach(id, old[i++].cell);
            } else if (i == old.size() || vector[j].cell < old[i].cell) {
                m_containing[static_cast<std::size_t>(vector[j++].cell)].push_back(id);
            } else {
                ++i;
                ++j;
            }
        }
        old = std::move(vector);
    }

    std::vector<Vector> m_vectors;
    std::vector<std::vector<int>> m_containing; // per cell: the vectors nonzero there
    std::vector<Tally> m_tallies;               // per cell, reset after each question
    std::vector<int> m_touched;
};

template <typename Arith>
std::vector<bool> eliminate(const TableShape& shape, const std::vector<int>& publishOrder,
                            const std::vector<bool>& mustStayHidden, const std::atomic_bool* cancel,
                            const std::function<void(double)>& progress)
{
    NullSpace<Arith> space(shape);
    std::vector<bool> suppressed(mustStayHidden);
    std::vector<bool> hidden(mustStayHidden);
    std::size_t done = 0;
    const double total = static_cast<double>(std::max<std::size_t>(1, publishOrder.size()));
    for (int cell : publishOrder) {
        if ((++done & 255) == 0) {
            throwIfCancelled(cancel);
            if (progress)
                progress(static_cast<double>(done) / total);
        }
        if (space.publishingDiscloses(cell, hidden)) {
            suppressed[static_cast<std::size_t>(cell)] = true;
        } else {
            space.publish(cell);
        }
    }
    return suppressed;
}

} // namespace

std::vector<bool> suppressLinearly(const TableShape& shape, const std::vector<int>& publishOrder,
                                   const std::vector<bool>& mustStayHidden, const std::atomic_bool* cancel,
                                   const std::function<void(double)>& progress)
{
    try {
        return eliminate<Checked64>(shape, publishOrder, mustStayHidden, cancel, progress);
    } catch (const Overflow&) {
        return eliminate<Unbounded>(shape, publishOrder, mustStayHidden, cancel, progress);
    }
}

} // namespace ecluse
