#pragma once
#include "engine/iengine.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace initbench {

// The engines Initbench can drive, in the order they are asked (and listed).
class EngineRegistry
{
public:
    void add(std::unique_ptr<IEngine> engine) { m_engines.push_back(std::move(engine)); }
    // nullptr when no engine has that id.
    IEngine *find(const QString &id) const;
    // As find(), and *error (when given) says which engines there are when none has that id.
    IEngine *named(const QString &id, OpResult *error) const;
    // Whether the engine can be used now (installed, its daemon answering, allowed).
    OpResult check(const QString &id) const;
    QList<IEngine *> all() const;
    QStringList ids() const;
    // The installed engines that run images (docker, podman): where a base image is imported.
    QStringList installedImageEngines() const;

private:
    std::vector<std::unique_ptr<IEngine>> m_engines;
};

} // namespace initbench
