#include "process/cancelscope.h"

namespace initbench {

namespace {
thread_local const CancelToken *t_current = nullptr;
}

CancelScope::CancelScope(CancelToken token) : m_token(std::move(token)), m_previous(t_current)
{
    t_current = &m_token;
}

CancelScope::~CancelScope()
{
    t_current = m_previous;
}

bool CancelScope::cancelled()
{
    return t_current && t_current->cancelled();
}

CancelScope::Pause::Pause() : m_saved(t_current)
{
    t_current = nullptr;
}

CancelScope::Pause::~Pause()
{
    t_current = m_saved;
}

} // namespace initbench
