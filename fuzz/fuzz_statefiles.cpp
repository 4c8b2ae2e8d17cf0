// Files Initbench keeps beside a container (an nspawn machine's spec and run state, the host-key
// pins), as a hostile or damaged copy of them would read.
#include "fuzzsupport.h"
#include "engine/nspawn/machinefiles.h"
#include "ssh/hostkeypins.h"

using namespace initbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeFile(QStringLiteral("state/input"), fuzz::bytes(data, size));
    MachineSpec spec;
    QString error;
    MachineSpec::load(path, &spec, &error);
    MachineRunState::load(path);
    const HostKeyPins pins(path);
    pins.check(QStringLiteral("demo"), HostKey{QStringLiteral("ssh-ed25519"), QByteArray("AAAAC3NzaC1lZDI1NTE5AAAAIA==")});
    return 0;
}
