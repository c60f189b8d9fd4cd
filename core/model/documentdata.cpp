#include "documentdata.h"

namespace archscope {

const Node *DocumentData::node(const QString &id) const
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &nodes.at(i);
}

const Edge *DocumentData::edge(const QString &id) const
{
    const int i = edgeIndex(id);
    return i < 0 ? nullptr : &edges.at(i);
}

int DocumentData::nodeIndex(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).id == id)
            return i;
    return -1;
}

int DocumentData::edgeIndex(const QString &id) const
{
    for (int i = 0; i < edges.size(); ++i)
        if (edges.at(i).id == id)
            return i;
    return -1;
}

} // namespace archscope
