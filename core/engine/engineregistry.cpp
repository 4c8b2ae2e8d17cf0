#include "engine/engineregistry.h"

namespace initbench {

IEngine *EngineRegistry::find(const QString &id) const
{
    for (const auto &e : m_engines)
        if (e->id() == id)
            return e.get();
    return nullptr;
}

QList<IEngine *> EngineRegistry::all() const
{
    QList<IEngine *> out;
    for (const auto &e : m_engines)
        out << e.get();
    return out;
}

QStringList EngineRegistry::ids() const
{
    QStringList out;
    for (const auto &e : m_engines)
        out << e->id();
    return out;
}

QStringList EngineRegistry::installedImageEngines() const
{
    QStringList out;
    for (const auto &e : m_engines)
        if (e->runsImages() && e->installed())
            out << e->id();
    return out;
}

} // namespace initbench
