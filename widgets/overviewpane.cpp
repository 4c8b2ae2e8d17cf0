#include "overviewpane.h"

#include "catalog/catalog.h"
#include "engine/containerrecords.h"
#include "engine/sshportreservations.h"
#include "recipe/recipegenerator.h"
#include "recipe/securitysummary.h"
#include "usagegraph.h"
#include "util/apppaths.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace initbench {

namespace {

const int kIntervalMs = 2000;

QLabel *wrappedLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText); // names and summaries come from profiles and engines
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

OverviewPane::OverviewPane(const Catalog &catalog, HostFacts host, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_host(std::move(host)), m_title(wrappedLabel(QStringLiteral("overviewTitle"))),
      m_facts(wrappedLabel(QStringLiteral("overviewFacts"))), m_security(wrappedLabel(QStringLiteral("overviewSecurity"))),
      m_commands(new QPlainTextEdit), m_cpu(new UsageGraph), m_memory(new UsageGraph), m_processes(new UsageGraph),
      m_usageWhy(wrappedLabel(QStringLiteral("overviewUsageWhy")))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_commands->setObjectName(QStringLiteral("overviewCommands"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cpu->setObjectName(QStringLiteral("overviewCpu"));
    m_memory->setObjectName(QStringLiteral("overviewMemory"));
    m_processes->setObjectName(QStringLiteral("overviewProcesses"));

    auto *graphs = new QHBoxLayout;
    graphs->addWidget(m_cpu);
    graphs->addWidget(m_memory);
    graphs->addWidget(m_processes);
    auto *usage = new QGroupBox(tr("Usage, last 5 minutes"));
    auto *usageLayout = new QVBoxLayout(usage);
    usageLayout->addLayout(graphs);
    usageLayout->addWidget(m_usageWhy);
    auto *security = new QGroupBox(tr("What it was given"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_security);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_security->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    (new QVBoxLayout(security))->addWidget(scroll);
    auto *commands = new QGroupBox(tr("The commands that made and start it"));
    (new QVBoxLayout(commands))->addWidget(m_commands);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(usage);
    layout->addWidget(security, 1);
    layout->addWidget(commands, 1);

    m_clock.start();
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &OverviewPane::sample);
    m_timer.start();
    setContainer(QString(), QString());
}

void OverviewPane::setContainers(const QList<ContainerState> &containers)
{
    QHash<QString, Tracked> kept;
    for (const ContainerState &c : containers) {
        const QString key = keyOf(c.name, c.engine);
        Tracked t = m_tracked.take(key);
        // Started again (another init process): its counters start again too.
        if (t.state.hostPid != c.hostPid) {
            t.history.clear();
            t.sampler.reset();
        }
        t.state = c;
        kept.insert(key, t);
    }
    m_tracked = kept;
    showFacts();
    showGraphs();
}

void OverviewPane::setContainer(const QString &name, const QString &engine)
{
    m_name = name;
    m_engine = engine;
    showFacts();
    showGraphs();
    // The recipe it was made from: its security summary and commands, from the recorded profile.
    m_security->clear();
    m_commands->clear();
    if (name.isEmpty())
        return;
    QString error;
    std::optional<Profile> profile = ContainerRecords(AppPaths::dataDir()).load(name, m_catalog, &error);
    if (!profile) {
        m_security->setText(tr("Not known: %1").arg(error));
        return;
    }
    if (profile->sshPort == 0)
        profile->sshPort = m_tracked.value(keyOf(name, engine)).state.sshPort;
    if (profile->sshPort == 0)
        profile->sshPort = SshPortReservations(AppPaths::dataDir()).reserved(name);
    const RecipeResult recipe
        = generateRecipe(m_catalog, RecipeRequest{*profile, QDir(AppPaths::contextsDir()).filePath(name), m_host});
    if (!recipe.ok()) {
        m_security->setText(recipe.errors.join(QLatin1Char('\n')));
        return;
    }
    m_security->setText(securitySummary(recipe.plan).join(QLatin1Char('\n')));
    QStringList lines;
    for (const PlannedCommand &c : recipe.plan.build)
        lines << QStringLiteral("# ") + c.step << c.command.toWrappedDisplayString();
    lines << QStringLiteral("# ") + recipe.plan.run.step << recipe.plan.run.command.toWrappedDisplayString();
    m_commands->setPlainText(lines.join(QLatin1Char('\n')));
}

void OverviewPane::sample()
{
    if (m_work.busy())
        return;
    QList<Reading> readings;
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        Tracked &t = it.value();
        if (!t.state.running || t.state.hostPid <= 0)
            continue;
        if (!t.sampler)
            t.sampler = std::make_shared<ContainerUsageSampler>(t.state.hostPid);
        readings.append(Reading{it.key(), t.state.hostPid, t.sampler, t.history, {}, {}});
    }
    if (readings.isEmpty()) { // nothing running: no thread, only the graphs brought up to date
        showGraphs();
        QMetaObject::invokeMethod(this, &OverviewPane::sampled, Qt::QueuedConnection);
        return;
    }
    const qint64 now = m_clock.elapsed();
    m_work.start<QList<Reading>>(
        [readings, now]() mutable {
            for (Reading &r : readings) {
                r.sampler->sampleInto(r.history, now);
                r.source = r.sampler->source();
                r.unknownWhy = r.sampler->unknownWhy();
            }
            return readings;
        },
        [this](const QList<Reading> &done) {
            applyReadings(done);
            emit sampled();
        });
}

void OverviewPane::applyReadings(const QList<Reading> &readings)
{
    for (const Reading &r : readings) {
        const auto it = m_tracked.find(r.key);
        if (it == m_tracked.end() || it->state.hostPid != r.hostPid)
            continue; // gone, or started again, while it was read
        it->history = r.history;
        it->source = r.source;
        it->unknownWhy = r.unknownWhy;
    }
    showGraphs();
}

void OverviewPane::showFacts()
{
    if (m_name.isEmpty()) {
        m_title->setText(tr("No container chosen"));
        m_facts->setText(tr("Choose a container in the list below to see what it uses and what it was given."));
        return;
    }
    m_title->setText(m_name);
    const auto it = m_tracked.constFind(keyOf(m_name, m_engine));
    if (it == m_tracked.constEnd()) {
        m_facts->setText(tr("%1, not listed now").arg(m_engine));
        return;
    }
    const ContainerState &c = it->state;
    QStringList facts{c.engine, c.status, c.detail};
    if (c.sshPort > 0)
        facts << tr("SSH on 127.0.0.1:%1").arg(c.sshPort);
    if (c.running && c.hostPid > 0)
        facts << tr("init is host PID %1").arg(c.hostPid);
    facts.removeAll(QString());
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

void OverviewPane::showGraphs()
{
    const auto it = m_tracked.constFind(keyOf(m_name, m_engine));
    QList<double> cpu, memory, processes;
    if (it != m_tracked.constEnd())
        for (const ResourceSample &s : it->history.samples()) {
            cpu << s.cpuPercent;
            memory << (s.memoryBytes < 0 ? -1.0 : double(s.memoryBytes) / (1024.0 * 1024.0));
            processes << double(s.processes);
        }
    const bool running = it != m_tracked.constEnd() && it->state.running;
    const QString why = running ? it->unknownWhy : QString();
    const QString source = running ? it->source : QString();
    if (!why.isEmpty())
        m_usageWhy->setText(tr("Not known: %1.").arg(why));
    else
        m_usageWhy->setText(source.isEmpty() ? QString() : tr("Read from %1.").arg(source));
    const auto latest = [running](const QList<double> &values, const QString &unknown, auto format) {
        if (!running)
            return tr("not running");
        return values.isEmpty() || values.last() < 0 ? unknown : format(values.last());
    };
    const QLocale locale;
    m_cpu->setSeries(cpu, 5,
                     tr("CPU: %1").arg(latest(cpu, why.isEmpty() ? tr("measuring...") : tr("not known"), [&](double v) { return tr("%1 % of a core").arg(locale.toString(v, 'f', 1)); })));
    m_memory->setSeries(memory, 16,
                        tr("Memory: %1").arg(latest(memory, tr("not known"), [&](double v) { return tr("%1 MiB").arg(locale.toString(v, 'f', 1)); })));
    m_processes->setSeries(processes, 5,
                           tr("Processes: %1").arg(latest(processes, tr("not known"), [&](double v) { return locale.toString(int(v)); })));
}

} // namespace initbench
