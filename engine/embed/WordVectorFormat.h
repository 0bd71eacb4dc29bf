// The vector file formats WordVectorFile reads and writes.
// - Word2VecText: "V dim" then "word v1 … vdim" per line (gensim binary=False, fastText .vec);
// - Word2VecBinary: the same header line, then per word its UTF-8 bytes, a space and dim
//   little-endian float32 values, optionally followed by "\n" (word2vec.c, gensim binary=True);
// - GloveText: the text lines without the header (GloVe's glove.*.txt).
#pragma once

namespace lengua {

enum class WordVectorFormat { Word2VecText, Word2VecBinary, GloveText };

} // namespace lengua
