#include "terminal/scrollbackbuffer.h"

namespace initbench {

void ScrollbackBuffer::setLimit(int limit)
{
    m_limit = qMax(0, limit);
    while (int(m_lines.size()) > m_limit)
        m_lines.pop_front();
}

ScrollbackBuffer::Line &ScrollbackBuffer::append()
{
    if (m_limit == 0) {
        m_scratch.clear();
        return m_scratch;
    }
    if (int(m_lines.size()) >= m_limit) {
        // Reuse the oldest line's storage: a steady stream of output then allocates nothing.
        Line recycled = std::move(m_lines.front());
        m_lines.pop_front();
        recycled.clear();
        m_lines.push_back(std::move(recycled));
    } else {
        m_lines.emplace_back();
    }
    return m_lines.back();
}

bool ScrollbackBuffer::takeNewest(Line *out)
{
    if (m_lines.empty())
        return false;
    *out = std::move(m_lines.back());
    m_lines.pop_back();
    return true;
}

TerminalCell ScrollbackBuffer::cell(int index, int col) const
{
    TerminalCell c;
    if (index < 0 || index >= size() || col < 0)
        return c;
    const Line &l = line(index);
    if (col >= l.size())
        return c;
    const PackedCell &p = l.at(col);
    c.ch = p.ch;
    c.width = p.width;
    c.style.flags = p.flags;
    c.style.fg = p.fg;
    c.style.bg = p.bg;
    for (const auto &[column, marks] : l.combining)
        if (column == col)
            c.combining = marks;
    return c;
}

} // namespace initbench
