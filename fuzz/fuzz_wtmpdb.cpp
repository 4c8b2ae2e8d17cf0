// A wtmpdb (SQLite) file from a container.
#include "fuzzsupport.h"
#include "inspect/wtmpdbreader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    initbench::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    initbench::WtmpDbReader::read(initbench::fuzz::bytes(data, size));
    return 0;
}
