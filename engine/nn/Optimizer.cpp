// Optimizer: the shared size check of step().
#include "nn/Optimizer.h"

#include "core/Error.h"

namespace lengua {

void Optimizer::checkSizes(const char* who, const arma::fvec& params, const arma::fvec& grads,
                           arma::uword stateSize)
{
    if (params.n_elem != grads.n_elem)
        throw Error(std::string(who) + ": " + std::to_string(params.n_elem) + " parameters but "
                    + std::to_string(grads.n_elem) + " gradients");
    if (stateSize != 0 && stateSize != params.n_elem)
        throw Error(std::string(who) + ": the optimiser was set up for " + std::to_string(stateSize)
                    + " parameters and now receives " + std::to_string(params.n_elem)
                    + "; call reset() before using it on another model");
}

} // namespace lengua
