// Conventions of the neural core (engine/nn, engine/models, engine/generate), stated once.
//
// Matrices are Armadillo single precision (arma::fmat) and column-major: one token
// (or one sample) per COLUMN. Letters used in shape comments:
//   B  batch size (sequences)         T  sequence length (tokens)
//   C  channels (embedding size)      V  vocabulary size
//   NH number of attention heads      HS head size = C / NH
//   N  B*T, all tokens of a batch side by side as columns
// So an activation is (C, N), logits are (V, N), a weight mapping C -> OUT is
// (OUT, C) and y = W x + b. Every tensor in a comment carries its shape: // (C, N).
//
// Parameters live in one flat buffer (arma::fvec) owned by the model; each layer's
// weights are non-copying views into it (arma::fmat(ptr, rows, cols, false, true)),
// and so are their gradients in a second buffer of the same size. Optimisers,
// checkpoints, gradient checks and parameter counts work on the two flat vectors.
#pragma once
