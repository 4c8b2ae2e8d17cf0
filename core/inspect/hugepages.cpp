#include "inspect/hugepages.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace initbench {

void adviseHugePages(void *data, qsizetype bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr kHuge = quintptr(2) << 20;
    if (bytes < qsizetype(4 * kHuge))
        return;
    const quintptr start = (quintptr(data) + kHuge - 1) & ~(kHuge - 1);
    const quintptr end = (quintptr(data) + quintptr(bytes)) & ~(kHuge - 1);
    if (end > start)
        madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE); // a hint: failure changes nothing
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace initbench
