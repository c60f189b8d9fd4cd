#pragma once

#include <cstddef>
#include <vector>

namespace archscope::exact {

// A FIFO (and LIFO at the back) in one vector of power-of-two size: no allocation per element
// once it has grown to the largest backlog.
template <typename T>
class RingQueue
{
public:
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    T &front() { return m_buf[m_head]; }
    const T &front() const { return m_buf[m_head]; }
    T &back() { return m_buf[(m_head + m_size - 1) & m_mask]; }
    const T &at(std::size_t i) const { return m_buf[(m_head + i) & m_mask]; }
    void push_back(const T &value)
    {
        if (m_size == m_buf.size())
            grow();
        m_buf[(m_head + m_size) & m_mask] = value;
        ++m_size;
    }
    void pop_front()
    {
        m_head = (m_head + 1) & m_mask;
        --m_size;
    }
    void pop_back() { --m_size; }
    void clear()
    {
        m_head = 0;
        m_size = 0;
    }

private:
    void grow()
    {
        std::vector<T> bigger(m_buf.empty() ? 16 : m_buf.size() * 2);
        for (std::size_t i = 0; i < m_size; ++i)
            bigger[i] = at(i);
        m_buf.swap(bigger);
        m_head = 0;
        m_mask = m_buf.size() - 1;
    }
    std::vector<T> m_buf;
    std::size_t m_head = 0, m_size = 0, m_mask = 0;
};

} // namespace archscope::exact
