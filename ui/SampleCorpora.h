// The "Sample corpora" menu's catalogue: the embedded bilingual sample and the
// corpora that Debian packages install (fortunes-es, fortunes, and the two SWORD
// Bibles). An entry whose package is missing is shown disabled with what to install.
#pragma once

#include <QString>

#include <vector>

struct SampleCorpus {
    enum class Kind { Embedded, FortuneFolder, SwordModule };
    QString id;       // "sample", "fortunes-es", "fortunes-en", "rv1909", "kjv"
    Kind kind;
    QString location; // folder for fortunes, module name for SWORD
    QString package;  // the Debian package that provides it; empty for the embedded one
};

class SampleCorpora {
public:
    static const std::vector<SampleCorpus>& all();
    static bool isAvailable(const SampleCorpus& sample);
    // Translated menu text, e.g. "Spanish proverbs and quotations (fortunes-es)".
    static QString title(const SampleCorpus& sample);
};
