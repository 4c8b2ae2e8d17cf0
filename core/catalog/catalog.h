#pragma once
#include "catalog/cell.h"
#include "catalog/distro.h"
#include "catalog/initsystem.h"
#include "catalog/service.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace initbench {

// Distros, inits and services as loaded from resources/catalog/*.yaml, and the verdict for
// every distro x init x engine cell.
class Catalog
{
public:
    // Loads every *.yaml under dir/distros, dir/inits and dir/services. The embedded
    // catalog lives at ":/catalog". Errors name the file, line and column.
    static Catalog load(const QString &dir, QStringList *errors);
    static Catalog builtin(QStringList *errors = nullptr);

    const QList<Distro> &distros() const { return m_distros; }
    const QList<InitSystem> &inits() const { return m_inits; }
    const QList<Service> &services() const { return m_services; }

    const Distro *distro(const QString &id) const;
    const InitSystem *init(const QString &id) const;
    const Service *service(const QString &id) const;
    // Whether any of these services listens on a port the host reaches (sshd): the container
    // then gets a port of its own, and is ready only once it answers there.
    bool anyServiceListens(const QStringList &serviceIds) const;

    Cell cell(const QString &distroId, const QString &initId, const QString &engine) const;
    QList<Cell> cells() const;
    // Empty when the service has a recipe in this cell, otherwise why not.
    QString serviceRefusal(const QString &serviceId, const QString &distroId, const QString &initId,
                           const QString &engine) const;
    // The init's variant for a distro, or nullptr when there is none.
    const InitVariant *initVariant(const QString &distroId, const QString &initId) const;

private:
    QList<Distro> m_distros;
    QList<InitSystem> m_inits;
    QList<Service> m_services;
    friend class CatalogLoader;
};

} // namespace initbench
