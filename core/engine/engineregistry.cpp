#include "engine/engineregistry.h"

namespace initbench {

IEngine *EngineRegistry::find(const QString &id) const
{
    for (const auto &e : m_engines)
        if (e->id() == id)
            return e.get();
    return nullptr;
}

IEngine *EngineRegistry::named(const QString &id, OpResult *error) const
{
    IEngine *engine = find(id);
    if (!engine && error)
        *error = OpResult::failure(OpStatus::EngineUnavailable,
                                   QStringLiteral("unknown engine '%1' (known: %2)").arg(id, ids().join(QStringLiteral(", "))));
    return engine;
}

OpResult EngineRegistry::check(const QString &id) const
{
    OpResult error;
    IEngine *engine = named(id, &error);
    return engine ? engine->checkUsable() : error;
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
