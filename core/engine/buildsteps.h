#pragma once
#include <QString>

#include <optional>

namespace initbench {

struct BuildStep {
    int number = 0;
    int total = 0;
    QString title;
};

// Recognises a build step in docker/podman build output: the classic builder's
// "Step 2/5 : RUN ...", BuildKit's "#7 [2/5] RUN ..." and podman's "STEP 2/5: RUN ...".
std::optional<BuildStep> parseBuildStep(const QString &line);

} // namespace initbench
