// OpenBLAS kernels and threads at run time, through dlsym (see BlasRuntime.h).
#include "nn/BlasRuntime.h"

#include <dlfcn.h>

#include <cstdlib>
#include <mutex>

namespace lengua {

namespace {

template<typename Function>
Function* symbol(const char* name)
{
    return reinterpret_cast<Function*>(dlsym(RTLD_DEFAULT, name));
}

// The newest OpenBLAS 0.3.21 kernel family this CPU can run, or nullptr.
const char* bestKernelsForThisCpu()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
        && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq"))
        return "SkylakeX";
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return "Haswell";
#endif
    return nullptr;
}

std::once_flag selected;

// Before main: no thread calls BLAS yet.
[[maybe_unused]] const bool selectedBeforeMain = [] {
    BlasRuntime::selectKernels();
    return true;
}();

} // namespace

std::string BlasRuntime::kernelName()
{
    auto* corename = symbol<char*()>("openblas_get_corename");
    const char* name = corename ? corename() : nullptr;
    return name ? name : "";
}

std::string BlasRuntime::selectKernels()
{
    std::call_once(selected, [] {
        auto* quit = symbol<void()>("gotoblas_dynamic_quit");
        auto* init = symbol<void()>("gotoblas_dynamic_init");
        const char* best = bestKernelsForThisCpu();
        if (!quit || !init || !best || std::getenv("OPENBLAS_CORETYPE")
            || kernelName() != "Prescott")
            return;
        // OpenBLAS's own way to choose (dynamic.c): the variable, read by its init.
        setenv("OPENBLAS_CORETYPE", best, 0);
        quit();
        init();
    });
    return kernelName();
}

int BlasRuntime::threads()
{
    auto* get = symbol<int()>("openblas_get_num_threads");
    return get ? get() : 0;
}

void BlasRuntime::setThreads(int threads)
{
    if (auto* set = symbol<void(int)>("openblas_set_num_threads"); set && threads > 0)
        set(threads);
}

} // namespace lengua
