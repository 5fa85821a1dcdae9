#include "DemoDataGenerator.h"

#include "CodeList.h"
#include "common/Error.h"
#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace ecluse {
namespace {

// This file's messages, under the "DemoDataGenerator" context that lupdate files them in too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
};

constexpr int referenceYear = 2025;

// Distributions written out, so the same seed gives the same data with every standard library.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_engine(seed)
    {}
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : m_engine() % n; }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * uniform());
    }
    int poisson(double lambda)
    {
        // Knuth's method in steps, exact enough for the small means used here.
        int k = 0;
        double remaining = lambda;
        for (; remaining > 0; remaining -= 30.0) {
            const double limit = std::exp(-std::min(remaining, 30.0));
            double p = uniform();
            while (p > limit) {
                ++k;
                p *= uniform();
            }
        }
        return k;
    }
    template <typename T> std::size_t weighted(const std::vector<T>& items)
    {
        double total = 0;
        for (const T& item : items)
            total += item.weight;
        double pick = uniform() * total;
        for (std::size_t i = 0; i < items.size(); ++i) {
            pick -= items[i].weight;
            if (pick < 0)
                return i;
        }
        return items.size() - 1;
    }

private:
    std::mt19937_64 m_engine;
};

struct Department
{
    QString code;
    double weight;
};

// Roughly proportional to population (millions); small and overseas departments make small cells.
std::vector<Department> departments()
{
    static const std::map<QString, double> sizes{
        {QStringLiteral("59"), 2.6},  {QStringLiteral("75"), 2.1},  {QStringLiteral("13"), 2.0},
        {QStringLiteral("69"), 1.9},  {QStringLiteral("93"), 1.7},  {QStringLiteral("92"), 1.6},
        {QStringLiteral("33"), 1.6},  {QStringLiteral("62"), 1.45}, {QStringLiteral("78"), 1.45},
        {QStringLiteral("44"), 1.45}, {QStringLiteral("31"), 1.4},  {QStringLiteral("94"), 1.4},
        {QStringLiteral("77"), 1.4},  {QStringLiteral("91"), 1.3},  {QStringLiteral("38"), 1.27},
        {QStringLiteral("95"), 1.25}, {QStringLiteral("76"), 1.25}, {QStringLiteral("34"), 1.2},
        {QStringLiteral("06"), 1.1},  {QStringLiteral("67"), 1.1},  {QStringLiteral("35"), 1.1},
        {QStringLiteral("48"), 0.08}, {QStringLiteral("23"), 0.12}, {QStringLiteral("15"), 0.14},
        {QStringLiteral("05"), 0.14}, {QStringLiteral("90"), 0.14}, {QStringLiteral("2A"), 0.16},
        {QStringLiteral("2B"), 0.18}, {QStringLiteral("976"), 0.3}, {QStringLiteral("973"), 0.28},
    };
    std::vector<Department> out;
    for (const auto& entry : CodeList::builtin(u"departement").entries()) {
        if (entry.code == QStringLiteral("999"))
            continue;
        const auto size = sizes.find(entry.code);
        out.push_back({entry.code, size != sizes.end() ? size->second : (entry.code.size() == 3 ? 0.4 : 0.55)});
    }
    return out;
}

struct Nature
{
    const char* code;
    double weight;
    std::vector<const char*> specialties;
    double medianEuros;
    double reimbursementRate;
    int minimumAge;
    int maximumAge;
    bool womenOnly;
};

std::vector<Nature> natures()
{
    return {
        {"3312", 22, {"0"}, 22, 0.30, 0, 120, false},
        {"3313", 12, {"0"}, 14, 0.65, 0, 120, false},
        {"3311", 4, {"0"}, 55, 1.00, 0, 120, false},
        {"3341", 1, {"0"}, 8, 0.15, 0, 120, false},
        {"3211", 9, {"38"}, 28, 0.60, 0, 120, false},
        {"1110", 12, {"1"}, 30, 0.70, 0, 120, false},
        {"1111", 2, {"1"}, 30, 0.70, 0, 120, false},
        {"1210", 1, {"1"}, 40, 0.70, 60, 120, false},
        {"1112", 4, {"3", "5", "8", "11", "13", "14", "15", "32", "33", "42"}, 50, 0.70, 0, 120, false},
        {"3111", 6, {"0"}, 10, 0.60, 0, 120, false},
        {"3122", 4, {"0"}, 19, 0.60, 0, 120, false},
        {"1352", 2, {"3", "8", "15"}, 70, 0.70, 18, 120, false},
        {"1351", 2, {"6"}, 60, 0.70, 0, 120, false},
        {"1324", 1, {"6", "7"}, 55, 0.70, 0, 120, false},
        {"1451", 2, {"0"}, 40, 0.70, 3, 120, false},
        {"3531", 0.8, {"0"}, 150, 0.60, 0, 120, false},
        {"4214", 0.8, {"0"}, 60, 0.55, 0, 120, false},
        {"2111", 0.3, {"4", "41"}, 2400, 0.80, 0, 120, false},
        {"3132", 0.5, {"0"}, 30, 0.60, 2, 18, false},
        {"1104", 0.3, {"12"}, 46, 0.70, 0, 16, false},
        {"1911", 0.3, {"0"}, 25, 0.70, 18, 45, true},
        {"3541", 0.05, {"0"}, 1100, 0.60, 60, 120, false},
        {"3133", 0.1, {"0"}, 25, 0.60, 3, 90, false},
    };
}

// Care use grows with age; the youngest children see doctors often too.
double careUseFactor(int age, bool woman)
{
    double factor = 0.8;
    if (age < 5)
        factor = 1.4;
    else if (age < 20)
        factor = 0.6;
    else if (age < 45)
        factor = 0.8;
    else if (age < 65)
        factor = 1.1;
    else if (age < 80)
        factor = 1.8;
    else
        factor = 2.4;
    return woman ? factor * 1.2 : factor;
}

int drawAge(Rng& rng)
{
    // Flat to 65, then thinning out; a few centenarians remain.
    for (;;) {
        const int age = static_cast<int>(rng.below(105));
        const double keep = age < 65 ? 1.0 : std::exp(-(age - 65) / 11.0);
        if (rng.chance(keep))
            return age;
    }
}

const char* ageBand(int age)
{
    static const std::array<const char*, 9> bands{"0", "0", "20", "30", "40", "50", "60", "70", "80"};
    if (age < 20)
        return "0";
    return bands[static_cast<std::size_t>(std::min(age / 10, 8))];
}

void appendCents(std::string& out, std::int64_t cents)
{
    if (cents < 0) {
        out += '-';
        cents = -cents;
    }
    out += std::to_string(cents / 100);
    out += '.';
    out += static_cast<char>('0' + (cents / 10) % 10);
    out += static_cast<char>('0' + cents % 10);
}

struct DamirKey
{
    int yearMonth;
    QString region;
    const char* band;
    char sex;
    const char* specialty;
    const char* nature;
    auto operator<=>(const DamirKey& other) const
    {
        if (auto c = yearMonth <=> other.yearMonth; c != 0)
            return c;
        if (auto c = region.compare(other.region); c != 0)
            return c <=> 0;
        if (auto c = std::strcmp(band, other.band); c != 0)
            return c <=> 0;
        if (auto c = sex <=> other.sex; c != 0)
            return c;
        if (auto c = std::strcmp(specialty, other.specialty); c != 0)
            return c <=> 0;
        return std::strcmp(nature, other.nature) <=> 0;
    }
};

struct DamirSums
{
    std::int64_t quantity = 0;
    std::int64_t paid = 0;
    std::int64_t reimbursed = 0;
};

void flush(QIODevice& out, std::string& buffer, bool force)
{
    if (buffer.size() < (1u << 20) && !force)
        return;
    if (out.write(buffer.data(), static_cast<qint64>(buffer.size())) != static_cast<qint64>(buffer.size()))
        throw Error(ErrorKind::Other, Text::tr("cannot write generated data: %1").arg(out.errorString()));
    buffer.clear();
}

} // namespace

DemoDataGenerator::DemoDataGenerator(Options options)
    : m_options(std::move(options))
{}

void DemoDataGenerator::write(QIODevice& prestations, QIODevice* damir, const Progress& progress)
{
    Rng rng(m_options.seed);
    const std::vector<Department> departmentList = departments();
    const std::vector<Nature> natureList = natures();
    const CodeList& departmentCodes = CodeList::builtin(u"departement");
    const CodeMapping& regions = CodeMapping::regionOfDepartment();
    const QByteArray seedText = "ecluse demo generator " + QByteArray::number(static_cast<qulonglong>(m_options.seed));
    HmacSha256 pseudonyms(SecureBuffer(seedText.constData(), static_cast<std::size_t>(seedText.size())));
    const qint64 days = m_options.firstCareDate.daysTo(m_options.lastCareDate) + 1;

    // Dates as text, computed once: a claims file is mostly dates and codes.
    std::vector<std::string> dateText;
    for (qint64 d = 0; d < days; ++d)
        dateText.push_back(m_options.firstCareDate.addDays(d).toString(Qt::ISODate).toStdString());

    std::map<DamirKey, DamirSums> aggregate;
    std::string out = "BEN_NIR_PSA,BEN_SEX_COD,BEN_NAI_ANN,BEN_RES_DPT,BEN_RES_COM,EXE_SOI_DTD,PRS_NAT_REF,PSE_SPE_COD,"
                      "PRS_ACT_QTE,PRS_PAI_MNT,BSE_REM_MNT,BEN_DCD_DTE\n";
    qint64 written = 0;
    for (std::uint64_t person = 1; written < m_options.rows; ++person) {
        // Who: pseudonym, sex, age, residence, long-term illness, death.
        const std::string personId = "person-" + std::to_string(person);
        unsigned char mac[Sha256Size];
        pseudonyms.compute(QByteArrayView(personId.data(), static_cast<qsizetype>(personId.size())), mac);
        const std::string pseudonym = QByteArray(reinterpret_cast<const char*>(mac), Sha256Size).toHex().toStdString();
        // Every 5,000th person is a rare profile: very old, in a small department.
        const bool rare = person % 5000 == 0;
        const bool woman = rng.chance(0.515);
        const int age = rare ? 98 + static_cast<int>(rng.below(7)) : drawAge(rng);
        const QString department = rare ? QStringLiteral("976") : departmentList[rng.weighted(departmentList)].code;
        const int regionIndex = regions.map(departmentCodes.indexOf(department));
        const QString region = regionIndex >= 0 ? regions.to().code(regionIndex) : QStringLiteral("99");
        std::string commune = department.toStdString();
        const int communeNumber = 1 + static_cast<int>(rng.below(department.size() == 3 ? 30 : 400));
        char communeDigits[4];
        std::snprintf(communeDigits, sizeof communeDigits, department.size() == 3 ? "%02d" : "%03d", communeNumber);
        commune += communeDigits;
        const bool longTermIllness = age >= 60 && rng.chance(0.3);
        const double deathChance = age < 60 ? 0.002 : age < 80 ? 0.012 : 0.07;
        const qint64 deathDay =
            rng.chance(deathChance) ? static_cast<qint64>(rng.below(static_cast<std::uint64_t>(days))) : -1;
        const std::string deathText = deathDay >= 0 ? dateText[static_cast<std::size_t>(deathDay)] : std::string();
        const int birthYear = referenceYear - age;

        const int claims = 1 + rng.poisson(9.0 * careUseFactor(age, woman) / 1.3);
        for (int claim = 0; claim < claims && written < m_options.rows; ++claim) {
            const Nature* nature = nullptr;
            for (int attempt = 0; attempt < 20 && !nature; ++attempt) {
                const Nature& candidate = natureList[rng.weighted(natureList)];
                if (age >= candidate.minimumAge && age <= candidate.maximumAge && (!candidate.womenOnly || woman))
                    nature = &candidate;
            }
            if (!nature)
                nature = &natureList.front();
            if (rare && rng.chance(0.3))
                nature = &natureList[21]; // audioprothèses: rare on its own
            const char* specialty = nature->specialties[rng.below(nature->specialties.size())];
            const qint64 lastDay = deathDay >= 0 ? deathDay : days - 1;
            const auto day = static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(lastDay + 1)));
            const int quantity = rng.chance(0.85) ? 1 : rng.chance(0.66) ? 2 : 3 + static_cast<int>(rng.below(3));
            const bool regularisation = rng.chance(0.002);
            const double paidEuros = nature->medianEuros * std::exp(0.5 * rng.normal()) * quantity;
            auto paid = static_cast<std::int64_t>(std::llround(paidEuros * 100));
            auto reimbursed = static_cast<std::int64_t>(
                std::llround(static_cast<double>(paid) * (longTermIllness ? 1.0 : nature->reimbursementRate)));
            const int signedQuantity = regularisation ? -quantity : quantity;
            if (regularisation) {
                paid = -paid;
                reimbursed = -reimbursed;
            }

            out += pseudonym;
            out += woman ? ",2," : ",1,";
            out += std::to_string(birthYear);
            out += ',';
            out += department.toStdString();
            out += ',';
            out += commune;
            out += ',';
            out += dateText[day];
            out += ',';
            out += nature->code;
            out += ',';
            out += specialty;
            out += ',';
            out += std::to_string(signedQuantity);
            out += ',';
            appendCents(out, paid);
            out += ',';
            appendCents(out, reimbursed);
            out += ',';
            out += deathText;
            out += '\n';
            flush(prestations, out, false);

            if (damir) {
                const QDate date = m_options.firstCareDate.addDays(static_cast<qint64>(day));
                DamirSums& sums = aggregate[{date.year() * 100 + date.month(), region, ageBand(date.year() - birthYear),
                                             woman ? '2' : '1', specialty, nature->code}];
                sums.quantity += signedQuantity;
                sums.paid += paid;
                sums.reimbursed += reimbursed;
            }
            ++written;
            if (progress && written % 65536 == 0 && !progress(written))
                return;
        }
    }
    flush(prestations, out, true);

    if (damir) {
        out = "FLX_ANN_MOI,BEN_RES_REG,AGE_BEN_SNDS,BEN_SEX_COD,PSE_SPE_SNDS,PRS_NAT_REF,FLT_ACT_QTE,FLT_PAI_MNT,"
              "FLT_REM_MNT\n";
        for (const auto& [key, sums] : aggregate) {
            out += std::to_string(key.yearMonth) + ',' + key.region.toStdString() + ',' + key.band + ',' + key.sex +
                   ',' + key.specialty + ',' + key.nature + ',' +
                   std::to_string(std::max<std::int64_t>(0, sums.quantity)) + ',';
            appendCents(out, sums.paid);
            out += ',';
            appendCents(out, sums.reimbursed);
            out += '\n';
            flush(*damir, out, false);
        }
        flush(*damir, out, true);
    }
    if (progress)
        progress(written);
}

} // namespace ecluse
