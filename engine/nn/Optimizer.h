// Optimizer: the interface every parameter-update rule implements (SGD, Adam, AdamW).
// It works on the model's two flat buffers (see Conventions.h), never on layers.
#pragma once

#include <armadillo>

#include <string>

namespace lengua {

// Contract:
// - step() updates params in place from grads (same size); the learning rate is passed
//   on every call so a schedule (LearningRateSchedule) stays outside the optimiser.
// - Any state (velocity, moments, step count) is sized on the first step and reused
//   afterwards: no allocation per step after the first. A later step with a different
//   size is an error; call reset() before reusing an optimiser on another model.
// - reset() forgets all state, as if newly constructed (hyperparameters are kept).
class Optimizer {
public:
    virtual ~Optimizer() = default;

    virtual void step(arma::fvec& params, const arma::fvec& grads, float learningRate) = 0;
    virtual void reset() = 0;

    // Short name for logs and the UI ("SGD", "Adam", "AdamW").
    virtual std::string name() const = 0;

protected:
    // Throws lengua::Error unless params and grads match and, once state exists
    // (stateSize > 0), match it too. `who` prefixes the message ("Adam::step()").
    static void checkSizes(const char* who, const arma::fvec& params, const arma::fvec& grads,
                           arma::uword stateSize);
};

} // namespace lengua
