#include "kindspec.h"

namespace archscope {

const PropertySpec *KindSpec::property(const QString &key) const
{
    for (const PropertySpec &p : properties)
        if (p.key == key)
            return &p;
    return nullptr;
}

const PriceSpec *KindSpec::price(const QString &item) const
{
    for (const PriceSpec &p : prices)
        if (p.item == item)
            return &p;
    return nullptr;
}

double KindSpec::limit(const QString &key, double fallback) const
{
    for (const LimitSpec &l : limits)
        if (l.key == key)
            return l.value;
    return fallback;
}

} // namespace archscope
