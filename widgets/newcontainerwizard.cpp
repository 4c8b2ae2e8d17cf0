#include "newcontainerwizard.h"

#include "catalog/engines.h"
#include "engine/containerrecords.h"
#include "engine/sshportreservations.h"
#include "profile/profileloader.h"
#include "recipe/recipegenerator.h"
#include "recipe/securitysummary.h"
#include "recipepreview.h"
#include "util/apppaths.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace initbench {

namespace {

// A list row that cannot be chosen, with the reason on it and in its tooltip.
void disable(QListWidgetItem *item, const QString &reason)
{
    item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable));
    item->setText(NewContainerWizard::tr("%1 (not available: %2)").arg(item->text(), reason));
    item->setToolTip(reason);
}

QString engineLabel(const QString &engine)
{
    return engine == QLatin1String("nspawn") ? QStringLiteral("systemd-nspawn") : engine;
}

} // namespace

NewContainerWizard::NewContainerWizard(const Catalog &catalog, HostFacts host, QWidget *parent)
    : QWizard(parent), m_catalog(catalog), m_host(std::move(host)), m_distros(new QListWidget), m_inits(new QListWidget),
      m_services(new QListWidget), m_engine(new QComboBox), m_name(new QLineEdit), m_port(new QSpinBox), m_preview(new RecipePreview),
      m_security(new QLabel)
{
    setWindowTitle(tr("New container"));
    setObjectName(QStringLiteral("newContainerWizard"));
    setButtonText(QWizard::FinishButton, tr("Create and boot"));
    setOption(QWizard::NoBackButtonOnStartPage);

    for (const Distro &d : catalog.distros()) {
        auto *item = new QListWidgetItem(d.name, m_distros);
        item->setData(Qt::UserRole, d.id);
    }
    m_distros->setObjectName(QStringLiteral("wizardDistros"));
    m_distros->setAccessibleName(tr("Distributions"));
    m_distros->setCurrentRow(0);
    m_inits->setObjectName(QStringLiteral("wizardInits"));
    m_inits->setAccessibleName(tr("Init systems"));
    m_services->setObjectName(QStringLiteral("wizardServices"));
    m_services->setAccessibleName(tr("Services"));
    m_engine->setObjectName(QStringLiteral("wizardEngine"));
    m_name->setObjectName(QStringLiteral("wizardName"));
    m_port->setObjectName(QStringLiteral("wizardPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_security->setObjectName(QStringLiteral("wizardSecurity"));
    m_security->setTextFormat(Qt::PlainText);
    m_security->setWordWrap(true);

    setPage(DistroPage, makePage(tr("Distribution"), tr("Which distribution the container runs."), m_distros));
    setPage(InitPage, makePage(tr("Init system"), tr("What runs as PID 1. Inits with no recipe for this distribution are shown with the reason."),
                               m_inits));
    setPage(ServicesPage, makePage(tr("Services"), tr("What the init starts and supervises. OpenSSH gives the terminal and who/last a login to show."),
                                   m_services));
    auto *engineForm = new QWidget;
    auto *form = new QFormLayout(engineForm);
    form->addRow(tr("&Engine"), m_engine);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("SSH &port (127.0.0.1)"), m_port);
    setPage(EnginePage, makePage(tr("Engine, name and port"), tr("Where it runs, and what it is called."), engineForm));
    auto *reviewBody = new QWidget;
    auto *reviewLayout = new QVBoxLayout(reviewBody);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addWidget(m_preview, 1);
    reviewLayout->addWidget(new QLabel(tr("Security summary:")));
    reviewLayout->addWidget(m_security);
    setPage(ReviewPage, makePage(tr("Review"), tr("The files and commands Initbench will use, and what the container is given."), reviewBody));
    resize(900, 640);
}

QWizardPage *NewContainerWizard::makePage(const QString &title, const QString &subTitle, QWidget *body)
{
    auto *page = new QWizardPage;
    page->setTitle(title);
    page->setSubTitle(subTitle);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(body);
    return page;
}

QString NewContainerWizard::chosen(const QListWidget *list) const
{
    const QListWidgetItem *item = list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString() : QString();
}

void NewContainerWizard::initializePage(int id)
{
    switch (id) {
    case InitPage: fillInits(); break;
    case ServicesPage: fillServices(); break;
    case EnginePage: fillEngines(); break;
    case ReviewPage: review(); break;
    default: break;
    }
    QWizard::initializePage(id);
}

// An init is offered when some engine has a recipe for it on this distro; otherwise it is
// shown disabled with the catalog's reason (for one engine: they are usually the same).
void NewContainerWizard::fillInits()
{
    const QString distro = chosen(m_distros);
    const QString before = chosen(m_inits);
    m_inits->clear();
    for (const InitSystem &init : m_catalog.inits()) {
        auto *item = new QListWidgetItem(init.name, m_inits);
        item->setData(Qt::UserRole, init.id);
        QString reason;
        bool supported = false;
        for (const QString &engine : knownEngines()) {
            const Cell cell = m_catalog.cell(distro, init.id, engine);
            supported = supported || cell.supported;
            if (!cell.supported && reason.isEmpty())
                reason = cell.reason;
        }
        if (!supported)
            disable(item, reason);
        else if (init.id == before || (before.isEmpty() && m_inits->currentRow() < 0))
            m_inits->setCurrentItem(item);
    }
}

// Services with a recipe in this distro and init, on some engine; sshd ticked to start with.
void NewContainerWizard::fillServices()
{
    const QString distro = chosen(m_distros);
    const QString init = chosen(m_inits);
    QStringList ticked;
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            ticked << m_services->item(i)->data(Qt::UserRole).toString();
    if (m_services->count() == 0)
        ticked << QStringLiteral("sshd");
    m_services->clear();
    for (const Service &s : m_catalog.services()) {
        auto *item = new QListWidgetItem(s.name, m_services);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(s.summary);
        QString reason;
        bool offered = false;
        for (const QString &engine : knownEngines()) {
            const QString refusal = m_catalog.serviceRefusal(s.id, distro, init, engine);
            offered = offered || refusal.isEmpty();
            if (!refusal.isEmpty() && reason.isEmpty())
                reason = refusal;
        }
        if (!offered) {
            item->setCheckState(Qt::Unchecked);
            disable(item, reason);
        }
    }
}

// Engines with a recipe for the cell; of those, one installed here is chosen to start with.
void NewContainerWizard::fillEngines()
{
    const QString distro = chosen(m_distros);
    const QString init = chosen(m_inits);
    const QString before = m_engine->currentData().toString();
    m_engine->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_engine->model());
    int pick = -1;
    for (const QString &engine : knownEngines()) {
        const Cell cell = m_catalog.cell(distro, init, engine);
        const bool installed = !QStandardPaths::findExecutable(engine == QLatin1String("nspawn") ? QStringLiteral("systemd-nspawn") : engine).isEmpty();
        QString label = engineLabel(engine);
        if (!cell.supported)
            label = tr("%1 (not available: %2)").arg(label, cell.reason);
        else if (!installed)
            label = tr("%1 (not installed here)").arg(label);
        m_engine->addItem(label, engine);
        if (!cell.supported) {
            model->item(m_engine->count() - 1)->setEnabled(false);
            model->item(m_engine->count() - 1)->setToolTip(cell.reason);
        } else if (engine == before || (pick < 0 && installed)) {
            pick = m_engine->count() - 1;
        }
    }
    m_engine->setCurrentIndex(pick);
    if (m_name->text().isEmpty() || m_name->isModified() == false) {
        // distro-init, made unique among the containers Initbench keeps records of.
        const QString base = QStringLiteral("%1-%2").arg(distro.section(QLatin1Char(':'), 0, 0), init);
        QString name = base;
        for (int n = 2; ContainerRecords(AppPaths::dataDir()).exists(name) || QFile::exists(AppPaths::profilesDir() + QLatin1Char('/') + name + QStringLiteral(".yaml")); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        m_name->setText(name);
        m_name->setModified(false);
    }
}

Profile NewContainerWizard::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.distro = chosen(m_distros);
    p.init = chosen(m_inits);
    p.engine = m_engine->currentData().toString();
    for (int i = 0; i < m_services->count(); ++i) {
        const QListWidgetItem *item = m_services->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            p.services << item->data(Qt::UserRole).toString();
    }
    p.sshPort = m_port->value();
    return p;
}

void NewContainerWizard::review()
{
    Profile p = profile();
    m_problems.clear();
    for (const ProfileIssue &issue : validateProfile(p, m_catalog))
        m_problems << issue.toString();
    if (p.sshPort == 0)
        p.sshPort = m_shownPort = SshPortReservations(AppPaths::dataDir()).previewPort(p.name, m_shownPort);
    else
        m_shownPort = 0;
    const RecipeResult recipe = m_problems.isEmpty()
        ? generateRecipe(m_catalog, RecipeRequest{p, AppPaths::contextsDir() + QLatin1Char('/') + p.name, m_host})
        : RecipeResult{};
    m_problems += recipe.errors;
    if (!m_problems.isEmpty()) {
        m_preview->showProblems(m_problems);
        m_security->clear();
        return;
    }
    m_preview->showPlan(recipe.plan);
    QStringList lines;
    for (const QString &line : securitySummary(recipe.plan))
        lines << QStringLiteral("• ") + line;
    if (profile().sshPort == 0)
        lines << tr("• SSH port: a free one, kept for %1 when it is made (%2 is free now)").arg(p.name).arg(p.sshPort);
    m_security->setText(lines.join(QLatin1Char('\n')));
}

bool NewContainerWizard::validateCurrentPage()
{
    switch (currentId()) {
    case DistroPage: return !chosen(m_distros).isEmpty();
    case InitPage: return !chosen(m_inits).isEmpty();
    case EnginePage: return m_engine->currentIndex() >= 0 && !m_name->text().trimmed().isEmpty();
    case ReviewPage: return m_problems.isEmpty();
    default: return true;
    }
}

} // namespace initbench
