// TextDecoder: BOMs, the windows-1252 fallback, U+FFFD replacement of invalid
// UTF-8 (maximal subparts), sequences split across chunks, binary refusal.
#include "core/Error.h"
#include "text/TextDecoder.h"

#include <QtTest/QtTest>

#include <fstream>
#include <sstream>

using namespace lengua;

namespace {

std::string fixture(const char* name)
{
    std::ifstream file(std::string(LENGUA_TEST_DATA_DIR) + "/corpus/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// Decodes `bytes` one byte per call after a first chunk of `head` bytes, with a
// sniff window of `head` bytes, so that every later sequence is split.
std::string decodeByteByByte(const std::string& bytes, std::size_t head, DecodingReport& report)
{
    TextDecoder decoder("split.txt", head);
    std::string out;
    decoder.decode(std::string_view(bytes).substr(0, head), out, false);
    for (std::size_t i = head; i < bytes.size(); ++i)
        decoder.decode(std::string_view(bytes).substr(i, 1), out, false);
    decoder.decode({}, out, true);
    report = decoder.report();
    return out;
}

QString errorOf(const std::string& bytes, const std::string& name)
{
    try {
        TextDecoder::decodeAll(bytes, name);
    } catch (const Error& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

class TestTextDecoder : public QObject {
    Q_OBJECT
private slots:
    void plainUtf8()
    {
        DecodingReport report;
        const std::string bytes = fixture("utf8.txt");
        QVERIFY(!bytes.empty());
        QCOMPARE(TextDecoder::decodeAll(bytes, "utf8.txt", &report), bytes);
        QCOMPARE(q(report.encoding), QStringLiteral("UTF-8"));
        QCOMPARE(report.fallback, false);
        QCOMPARE(report.replacements, std::size_t(0));
    }

    void utf8BomIsStripped()
    {
        DecodingReport report;
        QCOMPARE(q(TextDecoder::decodeAll(fixture("utf8-bom.txt"), "utf8-bom.txt", &report)),
                 QStringLiteral("Hola, señor.\n"));
        QCOMPARE(q(report.encoding), QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(report.replacements, std::size_t(0));
    }

    void utf16WithBom_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("LE") << "utf16le-bom.txt" << "UTF-16LE (BOM)";
        QTest::newRow("BE") << "utf16be-bom.txt" << "UTF-16BE (BOM)";
    }

    void utf16WithBom()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        DecodingReport report;
        const std::string text =
            TextDecoder::decodeAll(fixture(file.toUtf8().constData()), file.toStdString(), &report);
        QCOMPARE(q(text), QStringLiteral("Canción: niño \U0001F600\n"));
        QCOMPARE(q(report.encoding), encoding);
        QCOMPARE(report.replacements, std::size_t(0));
    }

    void utf16SplitAtEveryByte()
    {
        // Odd bytes and the halves of the surrogate pair arrive in separate chunks.
        DecodingReport report;
        const std::string text = decodeByteByByte(fixture("utf16le-bom.txt"), 4, report);
        QCOMPARE(q(text), QStringLiteral("Canción: niño \U0001F600\n"));
        QCOMPARE(report.replacements, std::size_t(0));
    }

    void utf16UnpairedSurrogateAndOddByte()
    {
        // "a", a lone high surrogate, "b", then half a code unit.
        const std::string bytes("\xFF\xFE" "a\0" "\x3D\xD8" "b\0" "c", 9);
        DecodingReport report;
        QCOMPARE(q(TextDecoder::decodeAll(bytes, "x", &report)), QStringLiteral("a\uFFFDb\uFFFD"));
        QCOMPARE(report.replacements, std::size_t(2));
    }

    void latin1FallsBackToWindows1252()
    {
        DecodingReport report;
        QCOMPARE(q(TextDecoder::decodeAll(fixture("latin1.txt"), "latin1.txt", &report)),
                 QStringLiteral("Una canción para el niño.\n"));
        QCOMPARE(q(report.encoding), QStringLiteral("windows-1252"));
        QCOMPARE(report.fallback, true);
        QCOMPARE(report.replacements, std::size_t(0));
    }

    void windows1252Punctuation()
    {
        // 0x80 euro, 0x93/0x94 curly quotes, 0x85 ellipsis: where windows-1252 and
        // Latin-1 differ.
        DecodingReport report;
        QCOMPARE(q(TextDecoder::decodeAll("\x93" "Cuesta 5 \x80\x85" "\x94", "x", &report)),
                 QStringLiteral("\u201CCuesta 5 \u20AC\u2026\u201D"));
        QCOMPARE(report.fallback, true);
    }

    void invalidBytesAreReplaced()
    {
        DecodingReport report;
        const std::string text =
            TextDecoder::decodeAll(fixture("invalid-utf8.txt"), "invalid-utf8.txt", &report);
        QCOMPARE(q(text), QStringLiteral("Año: \uFFFD y corazón \uFFFD!\n"));
        QCOMPARE(q(report.encoding), QStringLiteral("UTF-8"));
        QCOMPARE(report.fallback, false);
        QCOMPARE(report.replacements, std::size_t(2));
    }

    void maximalSubparts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("replacements");
        // Every case holds a valid "ñ" so that the text stays UTF-8 (rule 5).
        QTest::newRow("truncated 3-byte") << QByteArray("\xC3\xB1 \xE2\x82" "A") << "ñ \uFFFDA" << 1;
        QTest::newRow("surrogate ED A0 80") << QByteArray("\xC3\xB1\xED\xA0\x80") << "ñ\uFFFD\uFFFD\uFFFD" << 3;
        QTest::newRow("overlong C0 80") << QByteArray("\xC3\xB1\xC0\x80") << "ñ\uFFFD\uFFFD" << 2;
        QTest::newRow("above U+10FFFF") << QByteArray("\xC3\xB1\xF4\x90\x80\x80") << "ñ\uFFFD\uFFFD\uFFFD\uFFFD" << 4;
        QTest::newRow("truncated at end") << QByteArray("\xC3\xB1\xF0\x9F\x98") << "ñ\uFFFD" << 1;
        QTest::newRow("4-byte ok") << QByteArray("\xC3\xB1\xF0\x9F\x98\x80") << "ñ\U0001F600" << 0;
    }

    void maximalSubparts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, replacements);
        DecodingReport report;
        QCOMPARE(q(TextDecoder::decodeAll(bytes.toStdString(), "x", &report)), expected);
        QCOMPARE(report.replacements, std::size_t(replacements));
    }

    void utf8SplitAcrossChunks()
    {
        const std::string bytes = "ñ: canción, pingüino, € y \U0001F600 fin";
        DecodingReport report;
        QCOMPARE(decodeByteByByte(bytes, 4, report), bytes);
        QCOMPARE(report.replacements, std::size_t(0));
        QCOMPARE(q(report.encoding), QStringLiteral("UTF-8"));
    }

    void invalidBytesSplitAcrossChunks()
    {
        // The same replacements as in one piece.
        const std::string bytes = fixture("invalid-utf8.txt");
        DecodingReport report;
        QCOMPARE(q(decodeByteByByte(bytes, 4, report)), QStringLiteral("Año: \uFFFD y corazón \uFFFD!\n"));
        QCOMPARE(report.replacements, std::size_t(2));
    }

    void decisionIsMadeOnTheFirstChunk()
    {
        // Plain ASCII in the sniff window means UTF-8; a later Latin-1 byte is then
        // an invalid sequence, not a reason to switch.
        TextDecoder decoder("late.txt", 8);
        std::string out;
        decoder.decode("plain ascii ", out, false);
        QVERIFY(decoder.decided());
        decoder.decode("canci\xF3n", out, true);
        QCOMPARE(q(out), QStringLiteral("plain ascii canci\uFFFDn"));
        QCOMPARE(decoder.report().replacements, std::size_t(1));
        QCOMPARE(decoder.report().fallback, false);
    }

    void decoderBuffersUntilTheSniffWindowIsFull()
    {
        TextDecoder decoder("buffered.txt", 16);
        std::string out;
        decoder.decode("\xEF\xBB", out, false);
        QVERIFY(!decoder.decided());
        QVERIFY(out.empty());
        decoder.decode("\xBFhola", out, true);
        QCOMPARE(q(out), QStringLiteral("hola"));
        QCOMPARE(q(decoder.report().encoding), QStringLiteral("UTF-8 (BOM)"));
    }

    void emptyInput()
    {
        DecodingReport report;
        QCOMPARE(TextDecoder::decodeAll("", "x", &report), std::string());
        QCOMPARE(q(report.encoding), QStringLiteral("UTF-8"));
    }

    void pngIsRefused()
    {
        const QString message = errorOf(fixture("binary.png"), "binary.png");
        QCOMPARE(message, QStringLiteral("binary.png: is a binary file (PNG image), not text"));
    }

    void magicNumbers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << "PDF document";
        QTest::newRow("zip") << QByteArray("PK\x03\x04rest") << "ZIP archive";
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08rest") << "gzip archive";
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0") << "JPEG image";
        QTest::newRow("elf") << QByteArray("\x7f" "ELF\x02\x01") << "ELF executable";
        QTest::newRow("text") << QByteArray("PK is not a zip") << "";
    }

    void magicNumbers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, kind);
        QCOMPARE(q(TextDecoder::binaryKind(bytes.toStdString())), kind);
    }

    void nulByteIsRefused()
    {
        QCOMPARE(errorOf(fixture("nul.bin"), "nul.bin"),
                 QStringLiteral("nul.bin: is a binary file (it contains NUL bytes), not text"));
    }

    void nulByteAfterTheSniffWindowIsRefused()
    {
        TextDecoder decoder("late-nul.txt", 4);
        std::string out;
        decoder.decode("texto normal", out, false);
        bool thrown = false;
        try {
            decoder.decode(std::string("y\0despu\xC3\xA9s", 10), out, true);
        } catch (const Error& error) {
            thrown = QString::fromUtf8(error.what()).startsWith("late-nul.txt: is a binary file");
        }
        QVERIFY(thrown);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
