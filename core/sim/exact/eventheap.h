#pragma once

#include <cstddef>
#include <vector>

namespace archscope::exact {

// A 4-ary min-heap of events by time, in one vector: shallower than a binary heap, and a
// node's four children share a cache line or two. Ties pop in an order fixed by the pushes,
// so a run is deterministic.
template <typename E>
class EventHeap
{
public:
    bool empty() const { return m_items.empty(); }
    std::size_t size() const { return m_items.size(); }
    void reserve(std::size_t n) { m_items.reserve(n); }

    void push(const E &e)
    {
        std::size_t hole = m_items.size();
        m_items.push_back(e);
        while (hole > 0) {
            const std::size_t parent = (hole - 1) / 4;
            if (!(e.t < m_items[parent].t))
                break;
            m_items[hole] = m_items[parent];
            hole = parent;
        }
        m_items[hole] = e;
    }

    // Removes and returns the earliest event (the heap must not be empty).
    E pop()
    {
        const E top = m_items[0];
        const E last = m_items.back();
        m_items.pop_back();
        const std::size_t n = m_items.size();
        if (n == 0)
            return top;
        std::size_t hole = 0;
        for (;;) {
            const std::size_t first = 4 * hole + 1;
            if (first >= n)
                break;
            std::size_t best = first;
            const std::size_t end = first + 4 < n ? first + 4 : n;
            for (std::size_t c = first + 1; c < end; ++c)
                if (m_items[c].t < m_items[best].t)
                    best = c;
            if (!(m_items[best].t < last.t))
                break;
            m_items[hole] = m_items[best];
            hole = best;
        }
        m_items[hole] = last;
        return top;
    }

private:
    std::vector<E> m_items;
};

} // namespace archscope::exact
