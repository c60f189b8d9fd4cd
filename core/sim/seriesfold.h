#pragma once

#include <QtGlobal>

#include <array>
#include <limits>

// The simulator's reductions over a chunk of steps: sums, maxima, and folding series into
// decimated buckets (min / max / mean). Every reduction runs in lanes combined in a fixed
// order, so results are the same bits from run to run and on every CPU.
namespace archscope::sim {

// Where a series' finished buckets go: its min, max and mean arrays.
using BucketOut = std::array<float *, 3>;

// A bucket being filled across chunks.
struct Accumulator
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0;
};

// The sum of v[0..len) in four partial sums (one running sum would wait on every add).
double sum4(const double *v, int len);
// The largest of v[0..len) (0 if all are below), in four lanes.
double max4(const double *v, int len);
// to[k] += from[k].
void addInto(double *__restrict to, const double *__restrict from, int len);
// to[k] = from[k] * scale (add: to[k] += from[k] * scale); with *sum and *max, also
// sum4(from, len) and max4(from, len), to the bit, in the same pass.
void scaleInto(double *__restrict to, const double *__restrict from, double scale, int len, bool add,
               double *sum = nullptr, double *max = nullptr);

// Folds v[0..len) into `a` (eight lanes); returns the sum of v.
double foldChunk(const double *v, int len, Accumulator *a);
// Writes bucket `b` from `a`: min, max and mean times `scale` (per step to per second or per
// hour); adds the unscaled sum to *total and raises *peak to the unscaled max.
void closeBucket(const Accumulator &a, qint64 count, double scale, const BucketOut &out, int b, double *total,
                 double *peak);
// Closes buckets first .. first + columns - 1 from v, laid out as `depth` rows of `columns`
// (column c is bucket first + c), like closeBucket; returns the sum of v.
double foldColumns(const double *__restrict v, int depth, int columns, double scale, const BucketOut &out, int first,
                   double *total, double *peak);

// The same folds for up to four nodes stepped together, whose series are in lanes: position p
// of lane j is v4[p * 4 + j]. Each lane gets the same bits as the scalar fold of its series.
struct LaneFold
{
    Accumulator *acc = nullptr;  // a bucket longer than a chunk
    BucketOut out{};             // finished buckets
    double *total = nullptr;
    double *peak = nullptr;
};
// foldChunk for each lane; sums[j] is lane j's chunk sum.
void foldChunkLanes(const double *v4, int len, const LaneFold *lanes, int count, double *sums);
// foldColumns for each lane.
void foldColumnsLanes(const double *__restrict v4, int depth, int columns, double scale, const LaneFold *lanes, int count,
                      int first, double *sums);
// addInto(to, lane j) for j = 0 .. count - 1 in turn, step by step: the same bits as adding
// the lanes' series one after the other. With `scale`, lane j is multiplied by scale[j]
// before it is added (a series derived from the lanes, not stored).
void addLanesInto(double *__restrict to, const double *__restrict v4, int len, int count,
                  const double *scale = nullptr);

// Whether v[0..len) (lanes 0 .. count - 1 of v4) are all +0.0 to the bit: a series that was
// 0 throughout a chunk (no throttles, no backlog) then needs no fold and no adding, only what
// folding zeros would give.
bool isZero(const double *v, int len);
bool isZeroLanes(const double *v4, int len, int count);
// What foldChunk and foldColumns give for values of +0.0, to the bit, without reading them.
void foldZeroChunk(Accumulator *a);
void foldZeroColumns(int columns, double scale, const BucketOut &out, int first, double *total, double *peak);

} // namespace archscope::sim
