// utmp/wtmp bytes from a container: both readers, who and last over what they decode.
#include "fuzzsupport.h"
#include "inspect/loginhistory.h"
#include "inspect/utmpformat.h"
#include "inspect/wtmplast.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = initbench::fuzz::bytes(data, size);
    const initbench::UtmpParseResult parsed = initbench::UtmpFormat::parse(input);
    initbench::LoginHistory::who(parsed.records);
    initbench::LoginHistory::last(parsed.records);
    initbench::WtmpLast::read(input);
    return 0;
}
