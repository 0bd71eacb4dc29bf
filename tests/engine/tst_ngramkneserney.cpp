// NgramModel's Kneser–Ney and modified Kneser–Ney against a deliberately naive reference
// written here: the formulas of J&M 3rd ed. §3.7 (eqs. 3.35–3.38) and Chen & Goodman 1998
// (§4.1.6, D1 = 1 − 2Y n2/n1, D2 = 2 − 3Y n3/n2, D3+ = 3 − 4Y n4/n3, Y = n1/(n1 + 2 n2))
// evaluated straight from std::map counts of word strings, every sum recomputed by scanning
// the whole map. Conventions shared with the model (documented in NgramModel.cpp and
// NgramCounts.h): order−1 <s> of padding, </s> predicted, V = the vocabulary without <s>,
// n-grams starting with <s> keep their raw counts below the highest order, a context never
// seen passes the lower order through, a missing count of counts falls back (D1 → the
// fixed discount, D2 → D1, D3+ → D2).
#include "count/NgramModel.h"

#include <QtTest/QtTest>

#include <array>
#include <cmath>
#include <map>
#include <set>

using namespace lengua;

namespace {

using Words = std::vector<std::string>;
using Sentences = NgramModel::Sentences;

// A corpus with every count of counts present: sentences drawn from a skewed distribution
// over a dozen words (a fixed linear congruential generator, so the test is repeatable).
Sentences randomCorpus(int sentences, unsigned seed)
{
    const Words words{"el", "la", "casa", "perro", "de", "a", "izquierda", "the", "cat", "sat", "on", "mat"};
    Sentences corpus;
    unsigned state = seed;
    auto next = [&] {
        state = state * 1103515245u + 12345u;
        return (state >> 16) & 0x7FFF;
    };
    for (int s = 0; s < sentences; ++s) {
        Words sentence;
        const int length = 1 + int(next() % 6);
        for (int i = 0; i < length; ++i) {
            // Skewed: word i with weight ~ 1/(i+1), via two draws.
            const unsigned a = next() % words.size(), b = next() % words.size();
            sentence.push_back(words[std::min(a, b)]);
        }
        corpus.push_back(sentence);
    }
    return corpus;
}

class NaiveKneserNey {
public:
    NaiveKneserNey(const Sentences& training, int order, bool modified, double fixedDiscount)
        : m_order(order), m_modified(modified), m_fixed(fixedDiscount)
    {
        for (const Words& sentence : training) {
            for (const std::string& word : sentence)
                m_vocabulary.insert(word);
        }
        m_vocabulary.insert("</s>");
        m_vocabulary.insert("<unk>");
        for (const Words& sentence : training) {
            const Words padded = pad(sentence);
            for (std::size_t i = std::size_t(order - 1); i < padded.size(); ++i)
                for (int n = 1; n <= order; ++n)
                    ++m_raw[Words(padded.begin() + long(i) + 1 - n, padded.begin() + long(i) + 1)];
        }
        for (int n = 1; n <= order; ++n)
            m_discounts.push_back(discounts(n));
    }

    Words pad(const Words& sentence) const
    {
        Words padded(std::size_t(m_order - 1), "<s>");
        for (const std::string& word : sentence)
            padded.push_back(m_vocabulary.count(word) ? word : "<unk>");
        padded.push_back("</s>");
        return padded;
    }

    // c_KN: raw at the highest order or after <s>; else the distinct words seen before it.
    double knCount(const Words& ngram) const
    {
        if (int(ngram.size()) == m_order || ngram.front() == "<s>") {
            auto it = m_raw.find(ngram);
            return it == m_raw.end() ? 0.0 : double(it->second);
        }
        std::set<std::string> before;
        for (const auto& [other, count] : m_raw) {
            if (other.size() == ngram.size() + 1 && Words(other.begin() + 1, other.end()) == ngram)
                before.insert(other.front());
        }
        return double(before.size());
    }

    // The discounts of order n, from the counts of counts of c_KN at that order.
    std::array<double, 3> discounts(int n) const
    {
        if (!m_modified)
            return {m_fixed, m_fixed, m_fixed};
        double c[5] = {0, 0, 0, 0, 0};
        for (const auto& [ngram, raw] : m_raw) {
            if (int(ngram.size()) != n)
                continue;
            const double k = knCount(ngram);
            if (k >= 1 && k <= 4)
                ++c[int(k)];
        }
        const double y = c[1] / (c[1] + 2 * c[2]);
        double d1 = c[1] > 0 && c[2] > 0 ? 1 - 2 * y * c[2] / c[1] : m_fixed;
        if (!(d1 > 0 && d1 < 1))
            d1 = m_fixed;
        double d2 = c[2] > 0 && c[3] > 0 ? 2 - 3 * y * c[3] / c[2] : d1;
        if (!(d2 > 0 && d2 < 2))
            d2 = d1;
        double d3 = c[3] > 0 && c[4] > 0 ? 3 - 4 * y * c[4] / c[3] : d2;
        if (!(d3 > 0 && d3 < 3))
            d3 = d2;
        return {d1, d2, d3};
    }

    double discount(int n, double count) const
    {
        if (count == 0.0)
            return 0.0;
        return m_discounts[std::size_t(n - 1)][count == 1 ? 0 : count == 2 ? 1 : 2];
    }

    // P_KN(word | context), context exactly n−1 words.
    double probability(const std::string& word, const Words& context) const
    {
        const int n = int(context.size()) + 1;
        const double lower = n == 1 ? 1.0 / double(m_vocabulary.size())
                                    : probability(word, Words(context.begin() + 1, context.end()));
        double total = 0.0, discounted = 0.0;
        for (const std::string& v : m_vocabulary) {
            Words ngram = context;
            ngram.push_back(v);
            const double c = knCount(ngram);
            total += c;
            discounted += discount(n, c);
        }
        if (total == 0.0)
            return lower;
        Words ngram = context;
        ngram.push_back(word);
        const double c = knCount(ngram);
        return (c - discount(n, c)) / total + discounted / total * lower;
    }

    double perplexity(const Sentences& heldOut) const
    {
        double logSum = 0.0;
        double tokens = 0.0;
        for (const Words& sentence : heldOut) {
            const Words padded = pad(sentence);
            for (std::size_t i = std::size_t(m_order - 1); i < padded.size(); ++i) {
                const Words context(padded.begin() + long(i) + 1 - m_order, padded.begin() + long(i));
                logSum += std::log(probability(padded[i], context));
                tokens += 1.0;
            }
        }
        return std::exp(-logSum / tokens);
    }

    double discountAt(int n, double count) const { return discount(n, count); }
    const std::set<std::string>& vocabulary() const { return m_vocabulary; }

private:
    int m_order;
    bool m_modified;
    double m_fixed;
    std::set<std::string> m_vocabulary;
    std::map<Words, std::uint64_t> m_raw;
    std::vector<std::array<double, 3>> m_discounts;
};

} // namespace

class TestNgramKneserNey : public QObject {
    Q_OBJECT
private slots:
    void perplexityEqualsTheNaiveReference_data()
    {
        QTest::addColumn<bool>("modified");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("sentences");
        for (bool modified : {false, true})
            for (int order : {2, 3})
                for (int sentences : {12, 150})
                    QTest::addRow("%s-%d-%d", modified ? "mkn" : "kn", order, sentences)
                        << modified << order << sentences;
    }
    void perplexityEqualsTheNaiveReference()
    {
        QFETCH(bool, modified);
        QFETCH(int, order);
        QFETCH(int, sentences);
        const Sentences training = randomCorpus(sentences, 7);
        Sentences heldOut = randomCorpus(10, 99);
        heldOut.push_back({"una", "palabra", "nueva"}); // unknown words only
        heldOut.push_back({"el", "gato", "sat"});

        NgramSettings settings;
        settings.order = order;
        settings.smoothing = modified ? NgramSmoothing::ModifiedKneserNey : NgramSmoothing::KneserNey;
        settings.discount = 0.7;
        const auto model = NgramModel::train(training, settings);
        const NaiveKneserNey reference(training, order, modified, settings.discount);

        QCOMPARE(model->vocabulary().size(), reference.vocabulary().size() + 1); // + <s>
        const double expected = reference.perplexity(heldOut);
        const double actual = model->perplexity(heldOut).perplexity;
        QVERIFY2(std::isfinite(actual), "finite with unknown words");
        QVERIFY2(std::abs(actual - expected) < 1e-9 * expected,
                 qPrintable(QString("model %1, reference %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));

        // The discounts too (the large corpus has every count of counts, so D1, D2, D3+
        // come from the formulas and differ).
        for (int n = 1; n <= order; ++n)
            for (int c = 1; c <= 3; ++c)
                QVERIFY(std::abs(model->discounts()[std::size_t(n - 1)][std::size_t(c - 1)]
                                 - reference.discountAt(n, c)) < 1e-12);
        if (modified && sentences == 150) {
            const auto& d = model->discounts()[std::size_t(order - 1)];
            QVERIFY(d[0] != d[1] && d[1] != d[2]);
        }

        // Word by word, after a few contexts, including unseen ones.
        for (const Words& context : {Words{"el", "la"}, Words{"cat", "sat"}, Words{"<s>", "la"},
                                     Words{"<s>", "<s>"}, Words{"mat", "izquierda"}}) {
            const Words cropped(context.end() - (order - 1), context.end());
            std::vector<TokenId> ids;
            for (const std::string& w : cropped)
                ids.push_back(model->vocabulary().id(w));
            for (const std::string& word : reference.vocabulary()) {
                const double a = model->probability(model->vocabulary().id(word), ids);
                const double b = reference.probability(word, cropped);
                QVERIFY2(std::abs(a - b) < 1e-12, qPrintable(QString::fromStdString(word)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestNgramKneserNey)
#include "tst_ngramkneserney.moc"
