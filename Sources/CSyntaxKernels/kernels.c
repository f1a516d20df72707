#include "CSyntaxKernels.h"

// One body per lane count, so that the sum stays in vector registers across
// all the rows; the compiler vectorizes each for the processor it is built for.
static inline __attribute__((always_inline))
void add_rows(uint32_t *scores, const int16_t *rows, const int32_t *indices, long count, long stride, const long lanes) {
    uint32_t sum[96];
    for (long k = 0; k < lanes; k++) sum[k] = scores[k];
    for (long r = 0; r < count; r++) {
        const int16_t *row = rows + (long)indices[r] * stride;
        for (long k = 0; k < lanes; k++) sum[k] += (uint32_t)(int32_t)row[k];
    }
    for (long k = 0; k < lanes; k++) scores[k] = sum[k];
}

// On x86-64 Linux, an AVX-512 or AVX2 copy is chosen at load time where the processor has it.
#if defined(__x86_64__) && defined(__linux__)
__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#endif
void cgsyntax_add_rows(int32_t *scores, const int16_t *rows, const int32_t *indices, long count, long stride, long chunks) {
    // Wider buffers go six chunks at a time.
    for (long c = 0; c < chunks; c += 6) {
        uint32_t *s = (uint32_t *)scores + 16 * c;
        const int16_t *r = rows + 16 * c;
        switch (chunks - c) {
        case 1: add_rows(s, r, indices, count, stride, 16); break;
        case 2: add_rows(s, r, indices, count, stride, 32); break;
        case 3: add_rows(s, r, indices, count, stride, 48); break;
        case 4: add_rows(s, r, indices, count, stride, 64); break;
        case 5: add_rows(s, r, indices, count, stride, 80); break;
        default: add_rows(s, r, indices, count, stride, 96); break;
        }
    }
}
