// GELU activation (Hendrycks and Gimpel 2016), exact (with erf) or GPT-2's tanh
// approximation, element-wise.
#pragma once

#include "nn/Layer.h"

namespace lengua {

class Gelu : public Layer {
public:
    enum class Form {
        Tanh,  // 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), GPT-2's choice
        Exact, // x Phi(x) = 0.5 x (1 + erf(x / sqrt 2)), PyTorch's default
    };

    explicit Gelu(Form form = Form::Tanh) : m_form(form) {}
    Form form() const { return m_form; }

    const arma::fmat& forward(const arma::fmat& x);   // x (R, N) -> y (R, N), any R
    const arma::fmat& backward(const arma::fmat& dy); // dy (R, N) -> dx (R, N)

private:
    Form m_form;
    // caches
    arma::fmat m_x;  // (R, N)
    arma::fmat m_y;  // (R, N)
    arma::fmat m_dx; // (R, N)
};

} // namespace lengua
