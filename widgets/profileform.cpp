#include "profileform.h"

#include "catalog/engines.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace initbench {

ProfileForm::ProfileForm(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_name(new QLineEdit(this)), m_distro(new QComboBox(this)),
      m_init(new QComboBox(this)), m_engine(new QComboBox(this)), m_services(new QListWidget(this)),
      m_sshPort(new QSpinBox(this))
{
    for (const Distro &d : catalog.distros())
        m_distro->addItem(d.name, d.id);
    for (const InitSystem &i : catalog.inits())
        m_init->addItem(i.name, i.id);
    for (const QString &e : knownEngines())
        m_engine->addItem(e == QLatin1String("nspawn") ? QStringLiteral("systemd-nspawn") : e, e);
    for (const Service &s : catalog.services()) {
        auto *item = new QListWidgetItem(s.name, m_services);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // 0 is "none named": a free port is kept for the container when it is made.
    m_sshPort->setRange(0, 65535);
    m_sshPort->setSpecialValueText(tr("any free port"));
    // As tall as its rows: the catalog has a handful of services, not a page of them.
    m_services->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_services->setMaximumHeight(m_services->sizeHintForRow(0) * (m_services->count() + 1) + 2 * m_services->frameWidth());
    m_name->setPlaceholderText(tr("lowercase letters, digits and '-'"));

    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // rows stay together at the top
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Distro"), m_distro);
    form->addRow(tr("&Init system"), m_init);
    form->addRow(tr("&Engine"), m_engine);
    form->addRow(tr("&Services"), m_services);
    form->addRow(tr("SSH &port (127.0.0.1)"), m_sshPort);

    auto emitChanged = [this] {
        if (!m_loading) {
            refreshServices();
            emit changed();
        }
    };
    connect(m_name, &QLineEdit::textChanged, this, emitChanged);
    connect(m_distro, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_init, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_engine, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_services, &QListWidget::itemChanged, this, [this] { if (!m_loading) emit changed(); });
    connect(m_sshPort, &QSpinBox::valueChanged, this, emitChanged);
}

void ProfileForm::setProfile(const Profile &profile)
{
    m_loading = true;
    m_base = profile;
    m_name->setText(profile.name);
    m_distro->setCurrentIndex(m_distro->findData(profile.distro));
    m_init->setCurrentIndex(m_init->findData(profile.init));
    m_engine->setCurrentIndex(m_engine->findData(profile.engine));
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem *item = m_services->item(i);
        item->setCheckState(profile.services.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_sshPort->setValue(profile.sshPort);
    refreshServices();
    m_loading = false;
    emit changed();
}

Profile ProfileForm::profile() const
{
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.distro = m_distro->currentData().toString();
    p.init = m_init->currentData().toString();
    p.engine = m_engine->currentData().toString();
    p.services.clear();
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            p.services << m_services->item(i)->data(Qt::UserRole).toString();
    p.sshPort = m_sshPort->value();
    return p;
}

// A service the chosen cell has no recipe for shows why in its tooltip and is greyed out.
void ProfileForm::refreshServices()
{
    const Profile p = profile();
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem *item = m_services->item(i);
        const QString why = m_catalog.serviceRefusal(item->data(Qt::UserRole).toString(), p.distro, p.init, p.engine);
        item->setForeground(why.isEmpty() ? palette().text() : palette().placeholderText());
        item->setToolTip(why.isEmpty() ? m_catalog.service(item->data(Qt::UserRole).toString())->summary : why);
    }
    m_loading = wasLoading;
}

} // namespace initbench
