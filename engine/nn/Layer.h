// The layer contract of the neural core, written once (after mlpack's layer.hpp and
// dlib's layers_abstract.h). Every layer in engine/nn derives from Layer.
#pragma once

#include <armadillo>

#include <cstddef>
#include <new>

namespace lengua {

// THE CONTRACT (shapes and letters: see Conventions.h; one token per column)
//
// forward(x) -> y
//   requires: x has the shape the layer was built for (rows fixed by the layer, any
//             number N >= 1 of columns); if the layer has parameters, bind() was called.
//   ensures:  returns a const reference to the layer's own output member, valid until the
//             next forward(); the layer keeps in named members (its "caches", each with
//             a shape comment) exactly what backward() needs. x itself is copied when
//             needed, so the caller may reuse or free x afterwards.
//
// backward(dy) -> dx
//   requires: forward() was called, and dy has the shape of the most recent output.
//   uses:     ONLY the caches of the most recent forward() (calling forward twice and
//             backward once gives the gradient of the second call).
//   ensures:  ACCUMULATES (+=) the gradient of the loss w.r.t. each parameter into the
//             gradient views, so several backward passes (gradient accumulation, a
//             shared weight) add up; the caller zeroes them (ParameterBuffer::
//             zeroGradients()). Returns a const reference to the layer's own dx member:
//             the gradient w.r.t. the input, which is OVERWRITTEN, not accumulated.
//
// Layers whose input is not a matrix (Embedding takes token ids) or whose output is a
// scalar (SoftmaxCrossEntropy) keep the same rules with their own argument types.
// forward/backward are not virtual: models call concrete layers, so there is no
// virtual call per layer per step, and never one per element.
//
// Parameters: a layer owns no parameter memory. parameterCount() says how many floats
// it needs; bind(params, grads) hands it two pointers into the model's flat parameter
// and gradient vectors (ParameterBuffer), of which it uses the next parameterCount()
// floats, laid out in the order its documentation states. The layer wraps them in
// non-copying arma views; the buffers must outlive the layer's use of them.
//
// Memory: for the same shapes, forward and backward allocate nothing after the first
// call; caches are members and are resized only when N changes.
class Layer {
public:
    virtual ~Layer() = default;

    // How many floats of the flat buffers this layer uses (0 for layers without weights).
    virtual std::size_t parameterCount() const { return 0; }
    // Points the layer's parameter and gradient views at params[0, parameterCount()) and
    // grads[0, parameterCount()). Called by ParameterBuffer::allocate().
    virtual void bind(float* params, float* grads) { (void)params; (void)grads; }
    // Training or evaluation mode (only Dropout behaves differently).
    virtual void setTraining(bool training) { m_training = training; }
    bool isTraining() const { return m_training; }

protected:
    // Re-points `view` at external memory without copying (Armadillo has no rebind, and
    // assigning a Mat copies into its memory, so the view is rebuilt in place).
    static void bindView(arma::fmat& view, float* memory, arma::uword rows, arma::uword cols)
    {
        view.~Mat();
        new (&view) arma::fmat(memory, rows, cols, false, true);
    }
    static void bindView(arma::fvec& view, float* memory, arma::uword rows)
    {
        view.~Col();
        new (&view) arma::fvec(memory, rows, false, true);
    }

    bool m_training = true;
};

} // namespace lengua
