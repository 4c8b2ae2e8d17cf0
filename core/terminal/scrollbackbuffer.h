#pragma once
#include "terminal/terminalcell.h"

#include <deque>
#include <utility>
#include <vector>

namespace initbench {

// Lines that scrolled off the top of the primary screen, oldest first, at most limit() of them.
// Cells are packed (16 bytes, no QString) and trailing blank cells are not stored: 10,000 lines
// of 200 columns would otherwise cost tens of megabytes.
class ScrollbackBuffer
{
public:
    using PackedCell = TerminalCompactCell;
    // A recycled line keeps its storage (clear() only resets the count), so once the scrollback
    // is full, pushing a line allocates and constructs nothing.
    struct Line {
        std::vector<std::pair<int, QString>> combining; // (column, marks), rare
        int size() const { return m_used; }
        const PackedCell &at(int col) const { return m_storage[size_t(col)]; }
        PackedCell *resize(int cols)
        {
            if (m_storage.size() < size_t(cols))
                m_storage.resize(size_t(cols));
            m_used = cols;
            return m_storage.data();
        }
        void clear()
        {
            m_used = 0;
            combining.clear();
        }

    private:
        std::vector<PackedCell> m_storage;
        int m_used = 0;
    };

    explicit ScrollbackBuffer(int limit = 10000) : m_limit(qMax(0, limit)) { }

    int size() const { return int(m_lines.size()); }
    int limit() const { return m_limit; }
    void setLimit(int limit);
    void clear() { m_lines.clear(); }

    // A cleared line at the newest end to be filled in; the oldest is recycled when full.
    // With a limit of 0 the returned line is a scratch line that is never stored.
    Line &append();
    // Moves the newest line into *out; false when empty.
    bool takeNewest(Line *out);

    const Line &line(int index) const { return m_lines[size_t(index)]; } // 0 = oldest
    TerminalCell cell(int index, int col) const; // past the stored cells: a blank

private:
    std::deque<Line> m_lines;
    Line m_scratch;
    int m_limit;
};

} // namespace initbench
