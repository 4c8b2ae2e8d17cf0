#include "catalog/catalog.h"

#include "catalog/catalogloader.h"
#include "catalog/engines.h"

namespace initbench {

Catalog Catalog::load(const QString &dir, QStringList *errors)
{
    return CatalogLoader(dir).load(errors);
}

Catalog Catalog::builtin(QStringList *errors)
{
    QStringList local;
    Catalog c = load(QStringLiteral(":/catalog"), &local);
    if (errors)
        *errors = local;
    return c;
}

template <class T>
static const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

const Distro *Catalog::distro(const QString &id) const { return findById(m_distros, id); }
const InitSystem *Catalog::init(const QString &id) const { return findById(m_inits, id); }
const Service *Catalog::service(const QString &id) const { return findById(m_services, id); }

bool Catalog::anyServiceListens(const QStringList &serviceIds) const
{
    for (const QString &id : serviceIds)
        if (const Service *s = service(id); s && s->port > 0)
            return true;
    return false;
}

const InitVariant *Catalog::initVariant(const QString &distroId, const QString &initId) const
{
    const Distro *d = distro(distroId);
    const InitSystem *i = init(initId);
    if (!d || !i)
        return nullptr;
    const auto it = i->variants.constFind(d->family);
    return it == i->variants.constEnd() ? nullptr : &*it;
}

Cell Catalog::cell(const QString &distroId, const QString &initId, const QString &engine) const
{
    Cell c{distroId, initId, engine, false, {}};
    const Distro *d = distro(distroId);
    const InitSystem *i = init(initId);
    if (!d)
        c.reason = QStringLiteral("unknown distro '%1'").arg(distroId);
    else if (!i)
        c.reason = QStringLiteral("unknown init system '%1'").arg(initId);
    else if (!knownEngines().contains(engine))
        c.reason = QStringLiteral("unknown engine '%1'").arg(engine);
    else if (d->refusedEngines.contains(engine))
        c.reason = d->refusedEngines.value(engine);
    else if (d->refusedInits.contains(initId))
        c.reason = d->refusedInits.value(initId);
    else if (const InitVariant *v = initVariant(distroId, initId); !v)
        c.reason = QStringLiteral("no recipe for %1 on %2").arg(i->name, d->name);
    else if (v->refusedEngines.contains(engine))
        c.reason = v->refusedEngines.value(engine);
    else
        c.supported = true;
    return c;
}

QList<Cell> Catalog::cells() const
{
    QList<Cell> out;
    for (const Distro &d : m_distros)
        for (const InitSystem &i : m_inits)
            for (const QString &e : knownEngines())
                out << cell(d.id, i.id, e);
    return out;
}

QString Catalog::serviceRefusal(const QString &serviceId, const QString &distroId,
                                const QString &initId, const QString &engine) const
{
    const Service *s = service(serviceId);
    if (!s)
        return QStringLiteral("unknown service '%1'").arg(serviceId);
    const Cell c = cell(distroId, initId, engine);
    if (!c.supported)
        return c.reason;
    const Distro *d = distro(distroId);
    // The most specific key wins, whether it grants a recipe or refuses one.
    for (const QString &key : variantKeys(initId, d->family)) {
        if (s->recipes.contains(key))
            return {};
        if (s->refused.contains(key))
            return s->refused.value(key);
    }
    return QStringLiteral("no recipe for %1 with %2 on %3").arg(s->name, init(initId)->name, d->name);
}

} // namespace initbench
