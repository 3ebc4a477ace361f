#include "services/provisioning/DemoPlan.h"

#include <cmath>

namespace OrgConsole {

namespace {

// One line of the plan. budget < 0: no budget.
struct PlanLine {
    const char *name;
    const char *slug;
    double budget;
    const char *duration;
    int members;
    double used;
    DemoPlant plant;
    const char *models; // comma-separated; empty = all models
};

// clang-format off
constexpr PlanLine kPlan[] = {
    {"Acme Robotics",          "acme",      500,  "30d", 3, 0.45, DemoPlant::None,        ""},
    {"Globex Analytics",       "globex",    1000, "30d", 2, 0.92, DemoPlant::None,        "gpt-4o,gpt-4o-mini"},
    {"Initech Software",       "initech",   200,  "7d",  2, 0.85, DemoPlant::None,        ""},
    {"Umbrella Biotech",       "umbrella",  50,   "1d",  1, 0.60, DemoPlant::None,        "claude-3-5-sonnet"},
    {"Stark Fabrication",      "stark",     -1,   "",    2, 9.0,  DemoPlant::None,        ""},
    {"Wayne Logistics",        "wayne",     800,  "30d", 1, 1.08, DemoPlant::None,        ""},
    {"Hooli Search",           "hooli",     300,  "30d", 2, 0.30, DemoPlant::BlockedKey,  ""},
    {"Soylent Foods",          "soylent",   150,  "7d",  1, 0.55, DemoPlant::ExpiringKey, "gpt-4o-mini"},
    {"Cyberdyne Systems",      "cyberdyne", 400,  "30d", 2, 0.70, DemoPlant::BudgetDrift, ""},
    {"Tyrell Genetics",        "tyrell",    250,  "30d", 1, 0.40, DemoPlant::MissingKey,  ""},
    {"Vandelay Industries",    "vandelay",  120,  "30d", 0, 0.20, DemoPlant::None,        ""},
    {"Wonka Confectionery",    "wonka",     90,   "7d",  1, 0.95, DemoPlant::None,        ""},
    {"Oscorp Materials",       "oscorp",    -1,   "",    1, 4.5,  DemoPlant::None,        "gpt-4o"},
    {"Massive Dynamic",        "massive",   2000, "30d", 3, 0.50, DemoPlant::None,        ""},
    {"Aperture Labs",          "aperture",  600,  "30d", 2, 0.65, DemoPlant::MemberBudgetDrift, ""},
    {"Black Mesa Research",    "blackmesa", 350,  "7d",  1, 0.40, DemoPlant::None,        ""},
    {"Gringotts Finance",      "gringotts", 1500, "30d", 2, 0.25, DemoPlant::None,        ""},
    {"Monsters Energy Works",  "monsters",  75,   "1d",  0, 0.35, DemoPlant::None,        ""},
    {"Duff Brewing",           "duff",      100,  "30d", 1, 0.15, DemoPlant::None,        ""},
    {"Krusty Media",           "krusty",    -1,   "",    0, 2.0,  DemoPlant::None,        ""},
    {"Pied Piper Compression", "piedpiper", 250,  "30d", 2, 0.88, DemoPlant::None,        ""},
    {"Bluth Properties",       "bluth",     180,  "7d",  1, 0.10, DemoPlant::None,        ""},
    {"Dunder Mifflin Paper",   "dunder",    60,   "30d", 2, 0.72, DemoPlant::None,        ""},
    {"Prestige Worldwide",     "prestige",  40,   "30d", 0, 0.05, DemoPlant::None,        ""},
    {"Sterling Cooper Ads",    "sterling",  500,  "30d", 1, 0.60, DemoPlant::None,        ""},
};
constexpr const char *kFirstNames[] = {"ada", "ben", "chloe", "dev", "elena", "farid", "greta", "hiro",
                                       "ines", "jonas", "kemal", "lena", "mateo", "nora", "oskar", "priya"};
// clang-format on

const QStringList &allModels()
{
    static const QStringList models {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
                                     QStringLiteral("claude-3-5-sonnet")};
    return models;
}

// splitmix64: portable and the same everywhere (std's distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    double next()
    {
        quint64 x = (m_state += 0x9e3779b97f4a7c15ULL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return double(x >> 11) / double(quint64(1) << 53);
    }

private:
    quint64 m_state;
};

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

// Each key's share of the organization's spend: the owner half, the members the other half.
QList<double> keyShares(int members)
{
    QList<double> shares {members == 0 ? 1.0 : 0.5};
    for (int i = 0; i < members; ++i)
        shares.append(0.5 / members);
    return shares;
}

// What the organization spends in its current period (all of it without a period).
double plannedCurrentSpend(const PlanLine &line)
{
    return line.budget >= 0 ? line.budget * line.used : line.used * kDemoHistoryDays;
}

NewMember memberOf(const PlanLine &line, int orgIndex, int i)
{
    const QString first = QString::fromLatin1(kFirstNames[(orgIndex * 3 + i) % std::size(kFirstNames)]);
    const QString slug = QString::fromLatin1(line.slug);
    NewMember m;
    m.organization = QString::fromLatin1(line.name);
    m.userId = QStringLiteral("demo-%1-%2").arg(slug, first);
    m.email = QStringLiteral("%1@%2.example").arg(first, slug);
    // A budget with a period, one without (it never resets), and none, in turn; each well above
    // the member's planned spend so only the organizations planted at risk are at risk.
    const double cap = std::ceil(plannedCurrentSpend(line) * keyShares(line.members).value(i + 1) * 1.6 / 10.0) * 10.0;
    if (i % 3 == 0) {
        m.maxBudget = cap;
        m.budgetDuration = *line.duration ? QString::fromLatin1(line.duration) : QStringLiteral("30d");
    } else if (i % 3 == 1) {
        m.maxBudget = cap;
    }
    return m;
}

DemoOrganization organizationOf(int index)
{
    const PlanLine &line = kPlan[index];
    const QString slug = QString::fromLatin1(line.slug);
    DemoOrganization org;
    org.input.name = QString::fromLatin1(line.name);
    org.input.ownerUserId = QStringLiteral("demo-%1-owner").arg(slug);
    org.input.contactName = QStringLiteral("%1 Owner").arg(org.input.name.section(QLatin1Char(' '), 0, 0));
    org.input.contactEmail = QStringLiteral("owner@%1.example").arg(slug);
    if (line.budget >= 0)
        org.input.maxBudget = line.budget;
    org.input.budgetDuration = QString::fromLatin1(line.duration);
    if (*line.models)
        org.input.models = QString::fromLatin1(line.models).split(QLatin1Char(','));
    for (int i = 0; i < line.members; ++i)
        org.members.append(memberOf(line, index, i));
    org.used = line.used;
    org.plant = line.plant;
    return org;
}

// The organization's spend per day (index = days ago), before the split over keys and models:
// busier on weekdays, growing towards today, scaled so the current period adds up to the plan.
QList<double> dailyTotals(const PlanLine &line, int index, const QDate &anchorWeekday)
{
    Rng rng(kDemoSeed ^ (quint64(index + 1) * 0x100000001b3ULL));
    const int period = line.budget >= 0 ? demoPeriodDays(QString::fromLatin1(line.duration)) : kDemoHistoryDays;
    const int currentDays = period > 0 ? period : kDemoHistoryDays;
    QList<double> totals;
    double current = 0.0;
    for (int d = 0; d < kDemoHistoryDays; ++d) {
        const int weekday = anchorWeekday.addDays(-d).dayOfWeek();
        const double weekend = weekday >= 6 ? 0.45 : 1.0;
        const double trend = 0.7 + 0.3 * double(kDemoHistoryDays - 1 - d) / (kDemoHistoryDays - 1);
        totals.append((0.6 + 0.8 * rng.next()) * weekend * trend);
        if (d < currentDays)
            current += totals.last();
    }
    const double scale = plannedCurrentSpend(line) / current;
    for (double &t : totals)
        t *= scale;
    return totals;
}

} // namespace

int demoPeriodDays(const QString &duration)
{
    if (duration.isEmpty())
        return 0;
    const int n = duration.chopped(1).toInt();
    if (duration.endsWith(QLatin1Char('d')))
        return n;
    if (duration.endsWith(QLatin1Char('w')))
        return n * 7;
    return 30;
}

QList<DemoOrganization> demoOrganizations()
{
    QList<DemoOrganization> orgs;
    for (int i = 0; i < int(std::size(kPlan)); ++i)
        orgs.append(organizationOf(i));
    return orgs;
}

bool isDemoOrganizationName(const QString &name)
{
    for (const PlanLine &line : kPlan) {
        if (QString::fromLatin1(line.name) == name)
            return true;
    }
    return false;
}

QStringList demoUserIds()
{
    QStringList ids;
    const QList<DemoOrganization> orgs = demoOrganizations();
    for (const DemoOrganization &org : orgs) {
        ids.append(org.input.ownerUserId);
        for (const NewMember &m : org.members)
            ids.append(m.userId);
    }
    return ids;
}

QList<DemoSpendRow> demoSpend(int index, const QDate &today)
{
    const PlanLine &line = kPlan[index];
    const QList<double> totals = dailyTotals(line, index, today);
    const QList<double> shares = keyShares(line.members);
    const QStringList models = *line.models ? QString::fromLatin1(line.models).split(QLatin1Char(',')) : allModels();
    const QString primary = models.at(index % models.size());
    const QString secondary = models.at((index + 1) % models.size());
    const int period = line.budget >= 0 ? demoPeriodDays(QString::fromLatin1(line.duration)) : kDemoHistoryDays;
    QList<DemoSpendRow> rows;
    for (int d = 0; d < kDemoHistoryDays; ++d) {
        for (int k = 0; k < shares.size(); ++k) {
            const double amount = totals.at(d) * shares.at(k);
            const QList<QPair<QString, double>> split = primary == secondary
                ? QList<QPair<QString, double>> {{primary, 1.0}}
                : QList<QPair<QString, double>> {{primary, 0.7}, {secondary, 0.3}};
            for (const auto &[model, part] : split) {
                const double spend = round4(amount * part);
                rows.append(DemoSpendRow {k, d, model, spend, qint64(spend * 60000), qint64(spend * 20000),
                                          std::max<qint64>(1, qint64(spend * 40)), d < period});
            }
        }
    }
    return rows;
}

} // namespace OrgConsole
