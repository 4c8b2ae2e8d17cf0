#pragma once
#include <QtGlobal>

namespace initbench {

// Asks the kernel to back a large buffer that is about to be filled with 2 MiB pages instead of
// 4 KiB ones. Filling fresh memory costs one page fault per page, and in a VM a fault costs
// microseconds: the session list of a million-record wtmp (some 50 MiB) spent more time in page
// faults than in pairing records. Only the whole 2 MiB stretches inside the buffer are advised;
// buffers under 8 MiB are left alone. A hint: on other systems, or with transparent huge pages
// off, nothing changes.
void adviseHugePages(void *data, qsizetype bytes);

} // namespace initbench
