// lengua-cli: the engine without the GUI. Each command prints one JSON object on
// stdout; an error prints {"error": "..."} on stderr and exits non-zero.
#include "cli/Commands.h"
#include "cli/JsonOutput.h"

#include "core/Error.h"

#include <iostream>
#include <map>
#include <new>
#include <string>
#include <vector>

namespace {

constexpr const char* usage = R"(Usage: lengua-cli <command> [options]

Reading a corpus (every command with --input): --input PATH is a file or folder;
  [--format auto|text|folder|csv|tsv|jsonl|html|fortune] [--text-column NAME]
  [--label-column NAME]. For CSV/TSV, columns are header names or 1-based
  numbers; for JSON Lines they are field names (default text field: "text").

Commands:
  corpus-stats --input PATH
      Statistics: documents, sentences, tokens, types, characters,
      type_token_ratio, encoding, labels (label -> documents), bytes (UTF-8
      text), seconds (load_seconds + statistics_seconds).

  preprocess --input PATH [--lang es|en|auto] [--steps LIST] [--output FILE]
      Runs the preprocessing pipeline. LIST is comma-separated, from
      clean,nfc,lower,accents,sentences,stopwords,stem,lemma,spell (the steps run
      in the pipeline's fixed order, whatever the order given; default
      clean,nfc,lower,sentences). FILE gets one sentence a line, tokens separated
      by spaces. Prints documents, sentences, language, tokens_before,
      tokens_after, types_before, types_after, corrections, steps (tokens and
      types after each), warnings, bytes, seconds, pipeline_seconds.

  tokenizer-train --input PATH --method bpe|wordpiece|word|char --vocab-size N
                  --output FILE.json [--min-frequency N] [--special-tokens a,b]
                  [--cased (wordpiece)] [--lowercase (word)]
      Trains a tokenizer and writes it as a Hugging Face tokenizer.json.
      Prints vocab_size, merges, seconds.

  tokenize --tokenizer FILE (--text TEXT | --input PATH)
      FILE is a tokenizer.json, a vocab.txt, or a folder with vocab.json +
      merges.txt (GPT-2) or vocab.txt (BERT). For --text prints ids, tokens and
      offsets (character positions [begin, end)) and decoded; for --input prints
      documents, tokens, bytes, bytes_per_token, seconds, encode_seconds and
      megabytes_per_second.

  gpt-train --input PATH --tokenizer FILE [--layers 4] [--heads 4] [--embd 128]
            [--block 128] [--batch 16] [--steps 1000] [--lr 3e-4] [--seed S]
            [--threads T] [--validation 0.1] [--dump-tokens FILE] --output DIR
      Trains a GPT on the corpus (documents joined by <|endoftext|> when the
      tokenizer has it; the last --validation share held out) and writes DIR
      in the Hugging Face GPT-2 layout. Prints params, tokens,
      tokens_per_second, final_train_loss, final_val_loss, val_perplexity,
      seconds. --dump-tokens writes the corpus's token ids (int32,
      little-endian) for the benchmark's PyTorch peer.

  generate --model DIR --prompt TEXT [--max-new-tokens 50] [--temperature 1]
           [--top-k 0] [--top-p 1] [--seed 42] [--greedy] [--threads 1]
      Continues the prompt (temperature 0 or --greedy: greedy). Prints text (the
      continuation), full_text, token_ids, tokens_per_second.

  inspect --model DIR --text TEXT [--attention-layer L --attention-head H]
      Prints token_ids, tokens, next_token_top (ten most likely next tokens with
      id, token, logprob), attention (layers, heads) and, for a layer and head
      (0-based), attention_matrix (row i: how query i attends to keys 0..i).

Counting models (ngram, cooc): each line of a file is a sentence, split on
whitespace; --lowercase lowercases it first.

  ngram --train PATH --order N --smoothing mle|addk|interp|backoff|kn|mkn
        --eval PATH [--k 0.01] [--discount 0.75] [--min-count 1] [--lowercase]
      Trains an n-gram model (orders 1-5, <s> and </s> markers, words seen fewer
      than --min-count times become <unk>) and scores the --eval sentences.
      Prints order, vocab, ngrams (distinct, all orders), perplexity, oov_rate,
      seconds. interp tunes its weights on the last 10% of the training lines.

  cooc --input PATH --window W --weighting count|ppmi|tfidf --words a,b,c
       [--distance-weighting] [--lowercase]
      The word-word matrix with a symmetric window of W words (1-10), counted
      over the whole vocabulary and weighted there (ppmi: positive pointwise
      mutual information; tfidf: each context word's column taken as a
      document), then cut to the given words. Prints words and matrix (rows of
      numbers, in the order of --words).

  similarity --counts FILE.csv --pairs a:b,c:d
      FILE.csv is a count matrix: the header row holds the column labels, each
      row a label then its counts. Prints cosine, keyed "a:b".

  tfidf --counts FILE.csv
      FILE.csv is a terms x documents count matrix (as above). Prints idf (term
      -> log10(N/df)) and tfidf (term -> log10(1+count)*idf per document).

Word vectors (word2vec, ppmi-svd): --input is a file with a sentence a line,
words split on whitespace; --lowercase lowercases it first. The vectors are
written in the word2vec text format ("V dim", then "word v1 ... vdim" a line),
most frequent words first; --binary writes word2vec's binary format instead.

  word2vec --input PATH --output FILE [--model sg|cbow] [--dim 100]
           [--window 5] [--negative 5] [--min-count 5] [--sample 1e-3]
           [--epochs 5] [--alpha 0.025 (sg) | 0.05 (cbow)] [--threads 1]
           [--seed 1] [--lowercase] [--binary]
      Trains word2vec with negative sampling. Prints vocab, words (corpus words
      read per epoch), trained_words, words_per_second, final_loss,
      epoch_losses, seconds (training), train_seconds, read_seconds (reading
      the input, not in seconds), write_seconds.

  ppmi-svd --input PATH --output FILE [--dim 100] [--window 5 (1-10)]
           [--min-count 5] [--max-vocab 50000] [--alpha 0.75] [--power 0.5]
           [--seed 1] [--lowercase] [--binary]
      Count-based vectors: PPMI of the window co-occurrences (context
      smoothing --alpha), truncated SVD, rows of U*S^power. Prints vocab, words,
      singular_values, seconds, read_seconds.

  evaluate --vectors FILE (--similarity FILE | --analogies FILE)
           [--method cosadd|cosmul] [--limit N] [--case-sensitive]
      FILE: word2vec text or binary, GloVe or .vec (detected). Similarity
      (word1<TAB>word2<TAB>score lines, e.g. WordSim-353): prints spearman,
      pearson, pairs, covered, coverage. Analogies ("a b c d" lines under
      ": section" headers, e.g. questions-words.txt): prints accuracy,
      coverage, questions, covered, correct, semantic, syntactic and sections
      (per section). As gensim: words compared case-insensitively, only the
      first --limit words searched (30000 for analogies, 300000 for
      similarity; 0 = all).

  project --vectors FILE --output coords.tsv [--method pca|tsne|umap]
          [--top N] [--seed S] [--perplexity 30] [--neighbors 15]
          [--min-dist 0.1] [--iterations N] [--threads T] [--no-normalise]
      Projects the first N vectors of the file (all by default; rows scaled to
      unit length unless --no-normalise) to 2-D. coords.tsv gets a line per
      point, word<TAB>x<TAB>y, in the file's order. Prints points, method,
      seconds, trustworthiness (k = 5, on the vectors the projection saw).

Options:
  --help       this text
  --version    the version

Every command prints one JSON object on stdout. On an error it prints
{"error": "..."} on stderr and exits with status 1 (2 for a usage error).
)";

void printError(const std::string& message)
{
    printJson({{"error", message}}, std::cerr);
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty()) {
        std::cerr << usage;
        printError("no command given; see --help");
        return 2;
    }
    const std::string command = arguments.front();
    arguments.erase(arguments.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << usage;
        return 0;
    }
    if (command == "--version") {
        std::cout << "lengua-cli " << LENGUA_VERSION << '\n';
        return 0;
    }
    const std::map<std::string, int (*)(const Arguments&)> commands = {
        {"corpus-stats", corpusStatsCommand},
        {"preprocess", preprocessCommand},
        {"tokenizer-train", tokenizerTrainCommand},
        {"tokenize", tokenizeCommand},
        {"gpt-train", gptTrainCommand},
        {"generate", generateCommand},
        {"inspect", inspectCommand},
        {"ngram", ngramCommand},
        {"cooc", coocCommand},
        {"similarity", similarityCommand},
        {"tfidf", tfidfCommand},
        {"word2vec", word2vecCommand},
        {"ppmi-svd", ppmiSvdCommand},
        {"evaluate", evaluateCommand},
        {"project", projectCommand},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        printError("unknown command '" + command + "'; see --help");
        return 2;
    }
    try {
        return it->second(arguments);
    } catch (const std::bad_alloc&) {
        printError("out of memory");
    } catch (const std::exception& e) {
        printError(e.what());
    }
    return 1;
}
