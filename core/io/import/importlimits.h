#pragma once

#include <QtGlobal>

namespace archscope::importlimits {

// How much of a template or plan an import reads, like the .archscope loader's limits: a hostile
// file is refused with a message naming the limit, in bounded time and memory.
// CloudFormation itself takes templates of at most 1 MB; Terraform plans of large estates run to
// tens of megabytes.
inline constexpr qint64 maxFileBytes = 32 * 1024 * 1024;
// Nesting of maps and lists (CloudFormation templates rarely go past 15).
inline constexpr int maxDepth = 64;
// Values in the parsed tree, counting every expansion of a YAML alias: what bounds an alias bomb.
inline constexpr qint64 maxValues = 3000000;
// Resources in one source (CloudFormation allows 500 per template).
inline constexpr int maxResources = 100000;
// A node label taken from a name in the source.
inline constexpr int maxLabelLength = 200;

} // namespace archscope::importlimits
