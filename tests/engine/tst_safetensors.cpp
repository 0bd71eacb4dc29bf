// Safetensors: write/read round trip, exact F16 and BF16 conversion, and hostile files
// (every one must give a lengua::Error naming the file and the problem, never a crash).
#include "core/Error.h"
#include "core/JobCancelled.h"
#include "core/JobContext.h"
#include "core/Safetensors.h"

#include <QtTest/QtTest>

#include <bit>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace lengua;

namespace {

QByteArray littleEndian64(quint64 value)
{
    QByteArray bytes(8, '\0');
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((value >> (8 * i)) & 0xff);
    return bytes;
}

// A safetensors file made by hand: the length, the header as given, the buffer.
QByteArray fileBytes(const QByteArray& header, const QByteArray& buffer)
{
    return littleEndian64(quint64(header.size())) + header + buffer;
}

QByteArray u16Bytes(std::initializer_list<quint16> values)
{
    QByteArray bytes;
    for (quint16 v : values) {
        bytes += char(v & 0xff);
        bytes += char(v >> 8);
    }
    return bytes;
}

QByteArray f32Bytes(std::initializer_list<float> values)
{
    QByteArray bytes;
    for (float v : values) {
        quint32 bits;
        std::memcpy(&bits, &v, 4);
        for (int i = 0; i < 4; ++i)
            bytes += char((bits >> (8 * i)) & 0xff);
    }
    return bytes;
}

quint32 floatBits(float value)
{
    quint32 bits;
    std::memcpy(&bits, &value, 4);
    return bits;
}

// Ten F16 values, three BF16 and two F32, packed without padding, plus metadata.
QByteArray mixedFile()
{
    const QByteArray header = R"({"__metadata__":{"format":"pt","note":"hand made"},)"
                              R"("half":{"dtype":"F16","shape":[2,5],"data_offsets":[0,20]},)"
                              R"("brain":{"dtype":"BF16","shape":[3],"data_offsets":[20,26]},)"
                              R"("single":{"dtype":"F32","shape":[2],"data_offsets":[26,34]}})";
    const QByteArray buffer = u16Bytes({0x3C00, 0xC000, 0x3800, 0x7BFF, 0x0001, 0x03FF, 0x8000,
                                        0x7C00, 0xFC00, 0x7E00})
                              + u16Bytes({0x3F80, 0xC000, 0x4049}) + f32Bytes({1.5f, -0.25f});
    return fileBytes(header, buffer);
}

} // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string save(const QByteArray& bytes, const QString& name = "hostile.safetensors")
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write fixture %s", qPrintable(path));
        file.write(bytes);
        return path.toStdString();
    }

    // The message of the lengua::Error that reading gives, or "(read)" when it reads.
    QString errorOf(const std::string& path)
    {
        try {
            Safetensors::read(path);
        } catch (const Error& e) {
            return QString::fromStdString(e.what());
        }
        return "(read)";
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void convertsHalfExactly()
    {
        QCOMPARE(Safetensors::halfToFloat(0x3C00), 1.0f);
        QCOMPARE(Safetensors::halfToFloat(0xC000), -2.0f);
        QCOMPARE(Safetensors::halfToFloat(0x3800), 0.5f);
        QCOMPARE(Safetensors::halfToFloat(0x7BFF), 65504.0f);
        QCOMPARE(Safetensors::halfToFloat(0x0001), std::ldexp(1.0f, -24)); // smallest subnormal
        QCOMPARE(Safetensors::halfToFloat(0x03FF), 1023.0f * std::ldexp(1.0f, -24));
        QCOMPARE(Safetensors::halfToFloat(0x0400), std::ldexp(1.0f, -14)); // smallest normal
        QCOMPARE(Safetensors::halfToFloat(0x3555), 0.333251953125f);       // 1365 / 4096
        QCOMPARE(floatBits(Safetensors::halfToFloat(0x0000)), 0x00000000u);
        QCOMPARE(floatBits(Safetensors::halfToFloat(0x8000)), 0x80000000u); // -0 keeps its sign
        QCOMPARE(Safetensors::halfToFloat(0x7C00), std::numeric_limits<float>::infinity());
        QCOMPARE(Safetensors::halfToFloat(0xFC00), -std::numeric_limits<float>::infinity());
        QVERIFY(std::isnan(Safetensors::halfToFloat(0x7E00)));
        QVERIFY(std::isnan(Safetensors::halfToFloat(0x7C01))); // signalling pattern, still NaN
    }

    void convertsBfloat16Exactly()
    {
        QCOMPARE(Safetensors::bfloat16ToFloat(0x3F80), 1.0f);
        QCOMPARE(Safetensors::bfloat16ToFloat(0xC000), -2.0f);
        QCOMPARE(Safetensors::bfloat16ToFloat(0x4049), 3.140625f);
        QCOMPARE(Safetensors::bfloat16ToFloat(0x7F80), std::numeric_limits<float>::infinity());
        QVERIFY(std::isnan(Safetensors::bfloat16ToFloat(0x7FC0)));
    }

    void readsMixedDtypes()
    {
        const Safetensors file = Safetensors::read(save(mixedFile(), "mixed.safetensors"));
        QCOMPARE(file.tensors().size(), size_t(3));
        const SafetensorsTensor& half = file.tensor("half");
        QCOMPARE(half.shape, (std::vector<std::int64_t>{2, 5}));
        QCOMPARE(half.data.size(), size_t(10));
        QCOMPARE(half.data[0], 1.0f);
        QCOMPARE(half.data[1], -2.0f);
        QCOMPARE(half.data[2], 0.5f);
        QCOMPARE(half.data[3], 65504.0f);
        QCOMPARE(half.data[4], std::ldexp(1.0f, -24));
        QCOMPARE(half.data[5], 1023.0f * std::ldexp(1.0f, -24));
        QCOMPARE(floatBits(half.data[6]), 0x80000000u);
        QCOMPARE(half.data[7], std::numeric_limits<float>::infinity());
        QCOMPARE(half.data[8], -std::numeric_limits<float>::infinity());
        QVERIFY(std::isnan(half.data[9]));
        QCOMPARE(file.tensor("brain").data, (std::vector<float>{1.0f, -2.0f, 3.140625f}));
        QCOMPARE(file.tensor("single").shape, (std::vector<std::int64_t>{2}));
        QCOMPARE(file.tensor("single").data, (std::vector<float>{1.5f, -0.25f}));
        QCOMPARE(file.metadata().size(), size_t(2));
        QCOMPARE(file.metadata().at("format"), std::string("pt"));
        QCOMPARE(file.metadata().at("note"), std::string("hand made"));
        QVERIFY(file.contains("half"));
        QVERIFY(!file.contains("wte.weight"));
        try {
            file.tensor("wte.weight");
            QFAIL("no error for a missing tensor");
        } catch (const Error& e) {
            QCOMPARE(QString(e.what()), "mixed.safetensors: there is no tensor \"wte.weight\"");
        }
    }

    // F64 is rounded to float; BOOL and I64 tensors (mask and index buffers) are checked,
    // skipped and named, and asking for one says why it is not there.
    void readsF64AndSkipsIntegerTensors()
    {
        QByteArray f64;
        for (const double value : {0.1, -3.0}) {
            const auto bits = std::bit_cast<std::uint64_t>(value);
            for (int b = 0; b < 8; ++b)
                f64.append(char((bits >> (8 * b)) & 0xFF));
        }
        const QByteArray header = R"({"mask":{"dtype":"BOOL","shape":[2,2],"data_offsets":[0,4]},)"
                                  R"("ids":{"dtype":"I64","shape":[1],"data_offsets":[4,12]},)"
                                  R"("wide":{"dtype":"F64","shape":[2],"data_offsets":[12,28]}})";
        const QByteArray buffer = QByteArray("\x01\x00\x01\x01", 4) + QByteArray(8, '\x07') + f64;
        const Safetensors file = Safetensors::read(save(fileBytes(header, buffer), "wide.safetensors"));
        QCOMPARE(file.tensors().size(), size_t(1));
        QCOMPARE(file.tensor("wide").data, (std::vector<float>{0.1f, -3.0f}));
        QCOMPARE(file.skippedTensors().size(), size_t(2));
        QCOMPARE(file.skippedTensors().at("mask"), std::string("BOOL"));
        QCOMPARE(file.skippedTensors().at("ids"), std::string("I64"));
        try {
            file.tensor("ids");
            QFAIL("no error for a skipped tensor");
        } catch (const Error& e) {
            QCOMPARE(QString(e.what()),
                     "wide.safetensors: tensor \"ids\" has dtype I64, not floating point values");
        }
    }

    void readsHeaderOnly()
    {
        const QByteArray bytes = mixedFile();
        const SafetensorsHeader header = Safetensors::readHeader(save(bytes, "mixed.safetensors"));
        QCOMPARE(header.tensors.size(), size_t(3));
        // In buffer order, not name order.
        QCOMPARE(header.tensors[0].name, std::string("half"));
        QCOMPARE(header.tensors[0].dtype, std::string("F16"));
        QCOMPARE(header.tensors[0].shape, (std::vector<std::int64_t>{2, 5}));
        QCOMPARE(header.tensors[1].name, std::string("brain"));
        QCOMPARE(header.tensors[1].dtype, std::string("BF16"));
        QCOMPARE(header.tensors[1].begin, 20u);
        QCOMPARE(header.tensors[1].end, 26u);
        QCOMPARE(header.tensors[2].name, std::string("single"));
        QCOMPARE(header.tensors[2].dtype, std::string("F32"));
        QCOMPARE(header.metadata.at("format"), std::string("pt"));
        QCOMPARE(header.dataStart, std::uint64_t(bytes.size() - 34));
    }

    void roundTrips()
    {
        std::map<std::string, SafetensorsTensor> tensors;
        tensors["b.weight"] = {{2, 3}, {1.0f, -2.5f, 3.25f, 0.0f, 1e-30f, -7e20f}};
        tensors["a"] = {{}, {42.0f}}; // scalar
        tensors["empty"] = {{0, 4}, {}};
        const std::string path = m_dir.filePath("roundtrip.safetensors").toStdString();
        Safetensors::write(path, tensors, {{"format", "pt"}, {"author", "señora"}});
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".part")));

        const Safetensors file = Safetensors::read(path);
        QCOMPARE(file.tensors().size(), size_t(3));
        for (const auto& [name, tensor] : tensors) {
            QCOMPARE(file.tensor(name).shape, tensor.shape);
            QCOMPARE(file.tensor(name).data, tensor.data);
        }
        QCOMPARE(file.metadata().at("author"), std::string("señora"));

        // Header padded with spaces to a multiple of 8; tensors laid out by name.
        QFile raw(QString::fromStdString(path));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        quint64 length = 0;
        for (int i = 7; i >= 0; --i)
            length = (length << 8) | quint8(bytes[i]);
        QCOMPARE(length % 8, 0u);
        QCOMPARE(quint64(bytes.size()), 8 + length + 7 * 4);
        QCOMPARE(bytes[8], '{');
        const SafetensorsHeader header = Safetensors::readHeader(path);
        QCOMPARE(header.tensors[0].name, std::string("a"));
        QCOMPARE(header.tensors[0].end, 4u);
        QCOMPARE(header.tensors[1].name, std::string("b.weight"));
        QCOMPARE(header.tensors[1].end, 28u);
        QCOMPARE(header.tensors[2].name, std::string("empty"));
        QCOMPARE(header.tensors[2].begin, 28u);
    }

    void refusesToWriteInconsistentTensors()
    {
        const std::string path = m_dir.filePath("bad.safetensors").toStdString();
        try {
            Safetensors::write(path, {{"w", {{2, 3}, {1.0f, 2.0f}}}});
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(QString(e.what()), "Safetensors::write(): tensor \"w\" has shape [2, 3] "
                                        "(6 values) but holds 2 values");
        }
        QVERIFY_THROWS_EXCEPTION(Error, Safetensors::write(path, {{"__metadata__", {{1}, {1}}}}));
        QVERIFY(!QFile::exists(QString::fromStdString(path)));
    }

    void refusesShortFiles()
    {
        QCOMPARE(errorOf(save(QByteArray())),
                 "hostile.safetensors: the file is 0 bytes long, too short for a safetensors file "
                 "(it starts with an 8-byte header length)");
        QVERIFY(errorOf(save(QByteArray("\x10\0\0\0\0", 5))).contains("the file is 5 bytes long, too short"));
        QVERIFY(errorOf(m_dir.filePath("absent.safetensors").toStdString())
                    .startsWith("absent.safetensors: the file does not exist"));
        QVERIFY(errorOf(m_dir.path().toStdString()).contains("is not a regular file"));
    }

    void refusesHugeHeaderLength()
    {
        QCOMPARE(errorOf(save(littleEndian64(~quint64(0)) + "{}")),
                 "hostile.safetensors: the header length 18446744073709551615 is larger than the "
                 "100 MB limit; the file is not safetensors or is corrupt");
        QVERIFY(errorOf(save(littleEndian64(100'000'001) + "{}")).contains("100 MB limit"));
    }

    void refusesHeaderLengthPastTheFile()
    {
        QCOMPARE(errorOf(save(littleEndian64(100) + "{}")),
                 "hostile.safetensors: the header length 100 runs past the end of the file "
                 "(10 bytes)");
    }

    void refusesHostileHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("buffer");
        QTest::addColumn<QString>("message");
        const QByteArray eight(8, '\x11');

        QTest::newRow("empty header") << QByteArray() << QByteArray()
                                      << "the header is not well-formed JSON";
        QTest::newRow("malformed JSON") << QByteArray(R"({"w": {"dtype": )") << eight
                                        << "the header is not well-formed JSON ([json.exception";
        QTest::newRow("invalid UTF-8") << QByteArray("{\"\xff\xfe\": {}}") << QByteArray()
                                       << "the header is not well-formed JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << QByteArray()
                               << "the header is a JSON array, not an object";
        QTest::newRow("string") << QByteArray("\"hello\"") << QByteArray()
                                << "the header is a JSON string, not an object";
        QTest::newRow("entry not object") << QByteArray(R"({"w": 3})") << QByteArray()
                                          << "tensor \"w\" is described by a JSON number, not an object";
        QTest::newRow("no dtype") << QByteArray(R"({"w":{"shape":[2],"data_offsets":[0,8]}})")
                                  << eight << "tensor \"w\" has no \"dtype\"";
        QTest::newRow("no shape") << QByteArray(R"({"w":{"dtype":"F32","data_offsets":[0,8]}})")
                                  << eight << "tensor \"w\" has no \"shape\"";
        QTest::newRow("no offsets") << QByteArray(R"({"w":{"dtype":"F32","shape":[2]}})") << eight
                                    << "tensor \"w\" has no \"data_offsets\"";
        QTest::newRow("dtype number")
            << QByteArray(R"({"w":{"dtype":7,"shape":[2],"data_offsets":[0,8]}})") << eight
            << "tensor \"w\" has a \"dtype\" that is a JSON number, not a string";
        QTest::newRow("shape object")
            << QByteArray(R"({"w":{"dtype":"F32","shape":{},"data_offsets":[0,8]}})") << eight
            << "tensor \"w\" has a \"shape\" that is a JSON object, not an array";
        QTest::newRow("shape float")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[2.5],"data_offsets":[0,8]}})") << eight
            << "tensor \"w\" has a shape dimension that is not an integer: 2.5";
        QTest::newRow("offsets one")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[8]}})") << eight
            << "tensor \"w\" has \"data_offsets\" [8], not two non-negative integers";
        QTest::newRow("offsets negative")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[-8,0]}})") << eight
            << "tensor \"w\" has \"data_offsets\" [-8,0], not two non-negative integers";
        QTest::newRow("unknown dtype")
            << QByteArray(R"({"w":{"dtype":"Q4","shape":[1],"data_offsets":[0,8]}})") << eight
            << "tensor \"w\" has dtype Q4, which the safetensors format does not define";
        QTest::newRow("I64 too short")
            << QByteArray(R"({"w":{"dtype":"I64","shape":[2],"data_offsets":[0,8]}})") << eight
            << "tensor \"w\" has shape [2] of dtype I64, which needs 16 bytes";
        QTest::newRow("negative dim")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})") << eight
            << "tensor \"w\" has a negative shape dimension: -2";
        QTest::newRow("huge dim")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[18446744073709551615],"data_offsets":[0,8]}})")
            << eight << "tensor \"w\" has a shape dimension that is too large: 18446744073709551615";
        QTest::newRow("count overflow")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,0]}})")
            << QByteArray() << "tensor \"w\" has shape [4294967296, 4294967296], whose size overflows";
        QTest::newRow("bytes overflow")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,0]}})")
            << QByteArray() << "tensor \"w\" has shape [4611686018427387904], whose size overflows";
        QTest::newRow("size mismatch")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})") << eight
            << "tensor \"w\" has shape [3] of dtype F32, which needs 12 bytes, but its "
               "data_offsets [0,8] hold 8";
        QTest::newRow("F16 size mismatch")
            << QByteArray(R"({"w":{"dtype":"F16","shape":[2,3],"data_offsets":[0,8]}})") << eight
            << "tensor \"w\" has shape [2, 3] of dtype F16, which needs 12 bytes";
        QTest::newRow("end before begin")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[0],"data_offsets":[8,4]}})") << eight
            << "tensor \"w\" has data_offsets [8,4] that end before they begin";
        QTest::newRow("past the end")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[100],"data_offsets":[0,400]}})") << eight
            << "tensor \"w\" has data_offsets [0,400] past the end of the data buffer (8 bytes)";
        QTest::newRow("overlap")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                          R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})")
            << QByteArray(12, '\0')
            << "tensors \"a\" and \"b\" overlap (bytes [0, 8) and [4, 12))";
        QTest::newRow("same range")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                          R"("b":{"dtype":"BF16","shape":[4],"data_offsets":[0,8]}})")
            << eight << "tensors \"a\" and \"b\" overlap (bytes [0, 8) and [0, 8))";
        QTest::newRow("hole")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                          R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})")
            << QByteArray(12, '\0')
            << "bytes [4, 8) of the data buffer, before tensor \"b\", belong to no tensor "
               "(the format allows no holes)";
        QTest::newRow("hole at start")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})") << eight
            << "bytes [0, 4) of the data buffer, before tensor \"a\", belong to no tensor";
        QTest::newRow("trailing bytes")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})") << eight
            << "the last 4 bytes of the data buffer belong to no tensor";
        QTest::newRow("no tensors, some data")
            << QByteArray("{}") << eight << "the last 8 bytes of the data buffer belong to no tensor";
        QTest::newRow("metadata value")
            << QByteArray(R"({"__metadata__":{"format":"pt","k":1}})") << QByteArray()
            << "__metadata__ entry \"k\" is a JSON number, not a string";
        QTest::newRow("metadata array") << QByteArray(R"({"__metadata__":["pt"]})") << QByteArray()
                                        << "__metadata__ is a JSON array, not an object of strings";
        QTest::newRow("duplicate tensor")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                          R"("a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})")
            << eight << "the header has the key \"a\" twice";
        QTest::newRow("duplicate field")
            << QByteArray(R"({"a":{"dtype":"F32","shape":[1],"shape":[2],"data_offsets":[0,4]}})")
            << QByteArray(4, '\0') << "the header has the key \"shape\" twice";
        QTest::newRow("deep nesting") << QByteArray(200000, '[') << QByteArray()
                                      << "the header nests JSON deeper than a safetensors header does";
        QTest::newRow("deep object")
            << QByteArray(R"({"w":{"dtype":"F32","shape":[[[[1]]]],"data_offsets":[0,4]}})")
            << QByteArray(4, '\0') << "the header nests JSON deeper than a safetensors header does";
    }

    void refusesHostileHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, buffer);
        QFETCH(QString, message);
        const std::string path = save(fileBytes(header, buffer));
        const QString error = errorOf(path);
        QVERIFY2(error.startsWith("hostile.safetensors: " + message), qPrintable(error));
        // readHeader applies the same checks without reading the data.
        try {
            Safetensors::readHeader(path);
            QFAIL("readHeader accepted a hostile header");
        } catch (const Error& e) {
            QCOMPARE(QString(e.what()), error);
        }
    }

    void acceptsEdgeCases()
    {
        // No tensors at all, a zero-size tensor, a scalar, trailing spaces in the header.
        Safetensors file = Safetensors::read(save(fileBytes("{}", {}), "empty.safetensors"));
        QVERIFY(file.tensors().empty());
        file = Safetensors::read(save(
            fileBytes(R"({"z":{"dtype":"F16","shape":[0,3],"data_offsets":[0,0]},)"
                      R"("s":{"dtype":"F32","shape":[],"data_offsets":[0,4]}}   )",
                      f32Bytes({2.0f})),
            "edge.safetensors"));
        QCOMPARE(file.tensor("z").shape, (std::vector<std::int64_t>{0, 3}));
        QVERIFY(file.tensor("z").data.empty());
        QCOMPARE(file.tensor("s").data, (std::vector<float>{2.0f}));
    }

    void reportsProgressAndStops()
    {
        // 3 MB of F32 data: read in 1 MB chunks, progress ends at 1.
        std::map<std::string, SafetensorsTensor> tensors;
        tensors["big"] = {{786432}, std::vector<float>(786432, 0.5f)};
        const std::string path = m_dir.filePath("big.safetensors").toStdString();
        Safetensors::write(path, tensors);
        std::vector<JobProgress> reports;
        JobContext context(std::stop_token(), [&](const JobProgress& p) { reports.push_back(p); });
        const Safetensors file = Safetensors::read(path, context);
        QCOMPARE(file.tensor("big").data.size(), size_t(786432));
        QCOMPARE(file.tensor("big").data[786431], 0.5f);
        QVERIFY(!reports.empty());
        QCOMPARE(reports.back().fraction, 1.0);
        QCOMPARE(reports.back().message, std::string("Reading big.safetensors"));

        std::stop_source stop;
        stop.request_stop();
        JobContext stopped(stop.get_token());
        QVERIFY_THROWS_EXCEPTION(JobCancelled, Safetensors::read(path, stopped));
    }

    // Random corruptions of a valid file: each must read or throw lengua::Error.
    void survivesRandomMutations()
    {
        const QByteArray valid = mixedFile();
        const std::string path = m_dir.filePath("fuzz.safetensors").toStdString();
        std::mt19937 random(20261126);
        const QByteArray significant = "{}[]\",:-0123456789eE. ";
        int readOk = 0;
        int refused = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes = valid;
            const int mutations = 1 + int(random() % 3);
            for (int m = 0; m < mutations && !bytes.isEmpty(); ++m) {
                const auto at = [&] { return int(random() % quint32(bytes.size())); };
                switch (random() % 6) {
                case 0: bytes[at()] = char(random()); break;
                case 1: bytes[at()] = significant[int(random() % quint32(significant.size()))]; break;
                case 2: bytes.truncate(at()); break;
                case 3: bytes.insert(at(), QByteArray(1 + int(random() % 8), char(random()))); break;
                case 4: bytes.remove(at(), 1 + int(random() % 4)); break;
                case 5: { // a plausible or absurd header length
                    const quint64 length = random() % 2 ? quint64(bytes.size()) - 8 + random() % 33 - 16
                                                        : (quint64(random()) << 32) | random();
                    bytes.replace(0, 8, littleEndian64(length));
                    break;
                }
                }
            }
            save(bytes, "fuzz.safetensors");
            try {
                const Safetensors file = Safetensors::read(path);
                for (const auto& [name, tensor] : file.tensors()) {
                    std::uint64_t count = 1;
                    for (std::int64_t dim : tensor.shape)
                        count *= std::uint64_t(dim);
                    QCOMPARE(tensor.data.size(), size_t(count));
                }
                ++readOk;
            } catch (const Error& e) {
                QVERIFY2(QString(e.what()).startsWith("fuzz.safetensors: "), e.what());
                ++refused;
            }
        }
        qDebug() << readOk << "read," << refused << "refused";
        QCOMPARE(readOk + refused, 2000);
        QVERIFY2(refused > 500, qPrintable(QString::number(refused)));
        QVERIFY2(readOk > 20, qPrintable(QString::number(readOk)));
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
