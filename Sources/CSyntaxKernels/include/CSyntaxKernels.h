#ifndef CLAIMGRAPH_CSYNTAXKERNELS_H
#define CLAIMGRAPH_CSYNTAXKERNELS_H

// The two inner loops of the tagger's and parser's scoring that Swift cannot
// write for today's processors without building everything for them: summing
// dense weight rows with the widest vector instructions the processor has,
// and a cache prefetch. Not API.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Adds rows of 16-bit weights into 32-bit scores:
/// `scores[k] += rows[indices[r] * stride + k]` for every r < count, k < 16 * chunks.
/// Scores wrap on overflow.
void cgsyntax_add_rows(int32_t *scores, const int16_t *rows, const int32_t *indices, long count, long stride, long chunks);

/// Asks the processor to bring the cache line at `address` closer; never faults.
static inline void cgsyntax_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#ifdef __cplusplus
}
#endif

#endif
