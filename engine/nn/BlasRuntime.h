// The BLAS library under Armadillo, seen at run time: which OpenBLAS kernels it runs and
// how many threads it uses. Found with dlsym, so the engine still links and runs with
// any other BLAS (then these are no-ops).
#pragma once

#include <string>

namespace lengua {

class BlasRuntime {
public:
    // OpenBLAS's kernel family ("SkylakeX", "Haswell", ...), or "" when it is not OpenBLAS.
    static std::string kernelName();
    // OpenBLAS 0.3.21 (Debian 12) does not know CPUs newer than its release (Sapphire
    // and Emerald Rapids, model 143 and 207) and falls back to its Prescott (SSE3)
    // kernels, five times slower at sgemm than the AVX-512 ones the CPU runs. When that
    // happened and the user did not choose (OPENBLAS_CORETYPE unset), this selects the
    // newest kernels the CPU supports. It runs once before main (a static initialiser
    // of this file, which ParameterBuffer pulls in), while no BLAS call can be running;
    // calling it again does nothing. Returns the kernel name in use afterwards.
    static std::string selectKernels();
    // OpenBLAS's thread count (0 when unknown) and setting it (ignored elsewhere).
    static int threads();
    static void setThreads(int threads);
};

} // namespace lengua
