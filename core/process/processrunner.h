#pragma once
#include "process/icommandrunner.h"

#include <QMutex>
#include <QProcessEnvironment>
#include <atomic>

namespace initbench {

// ICommandRunner over QProcess.
class ProcessRunner : public ICommandRunner
{
public:
    explicit ProcessRunner(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    CommandResult run(const CommandLine &command, int timeoutMs, const LineHandler &onLine = {},
                      const QByteArray &input = {}) override;
    void cancel() override;

private:
    QProcessEnvironment m_environment;
    std::atomic_bool m_cancelled{false};
};

} // namespace initbench
