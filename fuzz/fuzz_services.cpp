// The status output of every init's service manager, as a container prints it.
#include "fuzzsupport.h"
#include "inspect/serviceparsers.h"

using namespace initbench;
using namespace initbench::ServiceParsers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    ServiceParse systemd = systemdUnits(text);
    applySystemdMainPids(systemd.rows, text);
    sysvStatusAll(text);
    sysvRunlevel(text);
    openrcStatus(text);
    runitStatus(text);
    s6Status(text);
    shepherdStatus(text);
    inittab(text);
    return 0;
}
