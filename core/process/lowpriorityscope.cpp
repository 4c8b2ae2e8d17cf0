#include "process/lowpriorityscope.h"

namespace initbench {

namespace {
constexpr int kLowered = 10;
thread_local int t_childNice = 0;
} // namespace

LowPriorityScope::LowPriorityScope() : m_previous(t_childNice)
{
    t_childNice = kLowered;
}

LowPriorityScope::~LowPriorityScope()
{
    t_childNice = m_previous;
}

int LowPriorityScope::childNice()
{
    return t_childNice;
}

} // namespace initbench
