// The machine's float32 matrix-product peak, the denominator of the model FLOPs
// utilisation (MFU = 6 * params * tokens/s / peak) in bench/gpt.sh: Armadillo's fmat
// product, which is OpenBLAS's sgemm, on square matrices of a few sizes, best of several
// repetitions, with the given number of BLAS threads. It also times the GPT config's own
// product shapes, to show how far the small ones fall below the peak.
//
//   bench_sgemm_peak [--threads T] [--seconds S]
// prints {"threads", "kernels", "peak_gflops", "peak_size", "square": [{"n", "gflops"}...],
//         "gpt_shapes": [{"m", "k", "n", "gflops"}...]}
#include "nn/BlasRuntime.h"

#include <armadillo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#ifdef LENGUA_HAVE_OPENBLAS
extern "C" void openblas_set_num_threads(int threads);
extern "C" int openblas_get_num_threads();
#endif

namespace {

using Clock = std::chrono::steady_clock;

// Best GFLOP/s of C = A B with A (m, k), B (k, n), repeated for about `seconds`.
double bestGflops(arma::uword m, arma::uword k, arma::uword n, double seconds)
{
    arma::arma_rng::set_seed(42);
    const arma::fmat a(m, k, arma::fill::randu);
    const arma::fmat b(k, n, arma::fill::randu);
    arma::fmat c(m, n);
    c = a * b; // warm-up: threads started, pages touched
    const double flops = 2.0 * double(m) * double(k) * double(n);
    double best = 0.0;
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    int repetitions = 0;
    do {
        // Enough products per timing that the clock's resolution does not matter.
        const int inner = std::max(1, int(2e8 / flops));
        const auto start = Clock::now();
        for (int i = 0; i < inner; ++i)
            c = a * b;
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        best = std::max(best, flops * inner / elapsed / 1e9);
        ++repetitions;
    } while (Clock::now() < end || repetitions < 3);
    if (c(0, 0) == -1.0f) // keeps the products from being optimised away
        std::puts("");
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    int threads = 0;
    double seconds = 1.0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--threads"))
            threads = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seconds"))
            seconds = std::atof(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: %s [--threads T] [--seconds S]\n", argv[0]);
            return 2;
        }
    }
#ifdef LENGUA_HAVE_OPENBLAS
    if (threads > 0)
        openblas_set_num_threads(threads);
    threads = openblas_get_num_threads();
#endif
    // The kernels the engine runs (BlasRuntime picks them before main).
    const std::string kernels = lengua::BlasRuntime::selectKernels();
    std::string json = "{\"threads\": " + std::to_string(threads) + ", \"kernels\": \""
        + kernels + "\", \"square\": [";
    double peak = 0.0;
    arma::uword peakSize = 0;
    const std::vector<arma::uword> sizes = {256, 512, 1024, 2048};
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const double gflops = bestGflops(sizes[i], sizes[i], sizes[i], seconds);
        if (gflops > peak) {
            peak = gflops;
            peakSize = sizes[i];
        }
        json += (i ? ", " : "") + std::string("{\"n\": ") + std::to_string(sizes[i])
            + ", \"gflops\": " + std::to_string(gflops) + "}";
    }
    // The config of bench/gpt.sh (C = 128, B T = 2048 columns, V = 8000): c_attn, c_fc,
    // mlp c_proj, the tied head, and one (T, T) attention block.
    struct Shape { arma::uword m, k, n; };
    const std::vector<Shape> shapes = {
        {384, 128, 2048}, {512, 128, 2048}, {128, 512, 2048}, {8000, 128, 2048}, {128, 32, 128}};
    json += "], \"gpt_shapes\": [";
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        const double gflops = bestGflops(shapes[i].m, shapes[i].k, shapes[i].n, seconds / 2);
        json += (i ? ", " : "") + std::string("{\"m\": ") + std::to_string(shapes[i].m)
            + ", \"k\": " + std::to_string(shapes[i].k) + ", \"n\": "
            + std::to_string(shapes[i].n) + ", \"gflops\": " + std::to_string(gflops) + "}";
    }
    json += "], \"peak_gflops\": " + std::to_string(peak) + ", \"peak_size\": "
        + std::to_string(peakSize) + "}";
    std::puts(json.c_str());
    return 0;
}
