// Safetensors reading (validate the whole header, then stream the buffer in chunks)
// and writing (F32 only). Format: https://github.com/huggingface/safetensors
#include "Safetensors.h"

#include "Error.h"
#include "JobContext.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <streambuf>
#include <system_error>

namespace lengua {

namespace {

using Json = nlohmann::json;

// Bytes read at a time: bounds the memory used beyond the tensors themselves.
constexpr std::size_t chunkBytes = std::size_t(1) << 20;
// A valid header nests three levels deep (root, tensor entry, shape array); anything
// deeper is refused while parsing, before a deeply nested document can be built.
constexpr int maxJsonDepth = 4;

std::string displayName(const std::string& path)
{
    const std::string file = std::filesystem::path(path).filename().string();
    return file.empty() ? path : file;
}

// Bytes per value of every dtype of the format, or 0 for a name the format does not have.
std::size_t dtypeSize(const std::string& dtype)
{
    if (dtype == "F64" || dtype == "I64" || dtype == "U64")
        return 8;
    if (dtype == "F32" || dtype == "I32" || dtype == "U32")
        return 4;
    if (dtype == "F16" || dtype == "BF16" || dtype == "I16" || dtype == "U16")
        return 2;
    if (dtype == "BOOL" || dtype == "U8" || dtype == "I8")
        return 1;
    return 0;
}

// The dtypes read as float values; the others (integers, booleans: index or mask
// buffers) are validated and skipped.
bool isFloatDtype(const std::string& dtype)
{
    return dtype == "F32" || dtype == "F16" || dtype == "BF16" || dtype == "F64";
}

std::string shapeString(const std::vector<std::int64_t>& shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

std::string rangeString(std::uint64_t begin, std::uint64_t end)
{
    return "[" + std::to_string(begin) + ", " + std::to_string(end) + ")";
}

std::uint64_t readLittleEndian64(const unsigned char* bytes)
{
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | bytes[i];
    return value;
}

// Size of a tensor in values; false when the product overflows 64 bits.
bool elementCount(const std::vector<std::int64_t>& shape, std::uint64_t& count)
{
    count = 1;
    for (std::int64_t dim : shape) {
        if (dim < 0 || __builtin_mul_overflow(count, std::uint64_t(dim), &count))
            return false;
    }
    return true;
}

std::ifstream openForReading(const std::string& path, std::uint64_t& fileSize)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw Error(displayName(path) + ": the file does not exist or is not a regular file");
    fileSize = std::filesystem::file_size(path, error);
    std::ifstream in(path, std::ios::binary);
    if (error || !in)
        throw Error(displayName(path) + ": cannot open the file for reading");
    return in;
}

// Checks one tensor description of the header and returns it.
SafetensorsEntry parseEntry(const std::string& file, const std::string& name, const Json& value,
                            std::uint64_t bufferSize)
{
    const std::string where = file + ": tensor \"" + name + "\" ";
    if (!value.is_object())
        throw Error(where + "is described by a JSON " + value.type_name() + ", not an object");

    SafetensorsEntry entry;
    entry.name = name;

    const auto dtype = value.find("dtype");
    if (dtype == value.end())
        throw Error(where + "has no \"dtype\"");
    if (!dtype->is_string())
        throw Error(where + "has a \"dtype\" that is a JSON " + dtype->type_name()
                    + ", not a string");
    entry.dtype = dtype->get<std::string>();

    const auto shape = value.find("shape");
    if (shape == value.end())
        throw Error(where + "has no \"shape\"");
    if (!shape->is_array())
        throw Error(where + "has a \"shape\" that is a JSON " + shape->type_name()
                    + ", not an array");
    for (const Json& dim : *shape) {
        if (!dim.is_number_integer())
            throw Error(where + "has a shape dimension that is not an integer: " + dim.dump());
        if (dim.is_number_unsigned()) {
            if (dim.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
                throw Error(where + "has a shape dimension that is too large: " + dim.dump());
        } else if (dim.get<std::int64_t>() < 0) {
            throw Error(where + "has a negative shape dimension: " + dim.dump());
        }
        entry.shape.push_back(dim.get<std::int64_t>());
    }

    const auto offsets = value.find("data_offsets");
    if (offsets == value.end())
        throw Error(where + "has no \"data_offsets\"");
    if (!offsets->is_array() || offsets->size() != 2 || !(*offsets)[0].is_number_unsigned()
        || !(*offsets)[1].is_number_unsigned())
        throw Error(where + "has \"data_offsets\" " + offsets->dump()
                    + ", not two non-negative integers");
    entry.begin = (*offsets)[0].get<std::uint64_t>();
    entry.end = (*offsets)[1].get<std::uint64_t>();

    const std::size_t size = dtypeSize(entry.dtype);
    if (size == 0)
        throw Error(where + "has dtype " + entry.dtype
                    + ", which the safetensors format does not define");
    std::uint64_t count = 0;
    std::uint64_t bytes = 0;
    if (!elementCount(entry.shape, count) || __builtin_mul_overflow(count, size, &bytes))
        throw Error(where + "has shape " + shapeString(entry.shape) + ", whose size overflows");
    if (entry.begin > entry.end)
        throw Error(where + "has data_offsets " + offsets->dump() + " that end before they begin");
    if (entry.end > bufferSize)
        throw Error(where + "has data_offsets " + offsets->dump()
                    + " past the end of the data buffer (" + std::to_string(bufferSize)
                    + " bytes)");
    if (entry.end - entry.begin != bytes)
        throw Error(where + "has shape " + shapeString(entry.shape) + " of dtype " + entry.dtype
                    + ", which needs " + std::to_string(bytes) + " bytes, but its data_offsets "
                    + offsets->dump() + " hold " + std::to_string(entry.end - entry.begin));
    return entry;
}

// Reads and validates the length and the JSON header; leaves `in` at the buffer.
SafetensorsHeader parseHeader(const std::string& file, std::istream& in, std::uint64_t fileSize)
{
    if (fileSize < 8)
        throw Error(file + ": the file is " + std::to_string(fileSize)
                    + " bytes long, too short for a safetensors file (it starts with an 8-byte"
                      " header length)");
    unsigned char lengthBytes[8];
    if (!in.read(reinterpret_cast<char*>(lengthBytes), 8))
        throw Error(file + ": cannot read the header length");
    const std::uint64_t headerLength = readLittleEndian64(lengthBytes);
    if (headerLength > Safetensors::maxHeaderBytes)
        throw Error(file + ": the header length " + std::to_string(headerLength)
                    + " is larger than the 100 MB limit; the file is not safetensors or is corrupt");
    if (headerLength > fileSize - 8)
        throw Error(file + ": the header length " + std::to_string(headerLength)
                    + " runs past the end of the file (" + std::to_string(fileSize) + " bytes)");

    std::string text(headerLength, '\0');
    if (!in.read(text.data(), std::streamsize(headerLength)))
        throw Error(file + ": the file ended while reading the header");

    // Duplicate names would silently overwrite each other in the parsed object;
    // the callback sees every key as it is parsed, so it can refuse them.
    std::set<std::string> topKeys;
    std::set<std::string> entryKeys;
    const auto callback = [&](int depth, Json::parse_event_t event, Json& parsed) {
        if ((event == Json::parse_event_t::object_start
             || event == Json::parse_event_t::array_start) && depth >= maxJsonDepth)
            throw Error(file + ": the header nests JSON deeper than a safetensors header does");
        if (event == Json::parse_event_t::object_start && depth == 1)
            entryKeys.clear();
        if (event == Json::parse_event_t::key && (depth == 1 || depth == 2)) {
            const std::string key = parsed.get<std::string>();
            if (!(depth == 1 ? topKeys : entryKeys).insert(key).second)
                throw Error(file + ": the header has the key \"" + key + "\" twice");
        }
        return true;
    };
    Json root;
    try {
        root = Json::parse(text, callback);
    } catch (const Json::exception& e) {
        throw Error(file + ": the header is not well-formed JSON (" + e.what() + ")");
    }
    if (!root.is_object())
        throw Error(file + ": the header is a JSON " + std::string(root.type_name())
                    + ", not an object");

    SafetensorsHeader header;
    header.dataStart = 8 + headerLength;
    const std::uint64_t bufferSize = fileSize - header.dataStart;
    for (const auto& [key, value] : root.items()) {
        if (key == "__metadata__") {
            if (!value.is_object())
                throw Error(file + ": __metadata__ is a JSON " + std::string(value.type_name())
                            + ", not an object of strings");
            for (const auto& [metaKey, metaValue] : value.items()) {
                if (!metaValue.is_string())
                    throw Error(file + ": __metadata__ entry \"" + metaKey + "\" is a JSON "
                                + metaValue.type_name() + ", not a string");
                header.metadata[metaKey] = metaValue.get<std::string>();
            }
            continue;
        }
        header.tensors.push_back(parseEntry(file, key, value, bufferSize));
    }

    // The format requires the tensors to tile the buffer exactly: no overlap, no hole.
    std::sort(header.tensors.begin(), header.tensors.end(),
              [](const SafetensorsEntry& a, const SafetensorsEntry& b) {
                  return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
              });
    std::uint64_t covered = 0;
    const SafetensorsEntry* previous = nullptr;
    for (const SafetensorsEntry& entry : header.tensors) {
        if (entry.begin < covered)
            throw Error(file + ": tensors \"" + previous->name + "\" and \"" + entry.name
                        + "\" overlap (bytes " + rangeString(previous->begin, previous->end)
                        + " and " + rangeString(entry.begin, entry.end) + ")");
        if (entry.begin > covered)
            throw Error(file + ": bytes " + rangeString(covered, entry.begin)
                        + " of the data buffer, before tensor \"" + entry.name
                        + "\", belong to no tensor (the format allows no holes)");
        covered = entry.end;
        previous = &entry;
    }
    if (covered != bufferSize)
        throw Error(file + ": the last " + std::to_string(bufferSize - covered)
                    + " bytes of the data buffer belong to no tensor (the format allows no"
                      " holes)");
    return header;
}

void convert(const std::string& dtype, const unsigned char* bytes, std::size_t count, float* out)
{
    if (dtype == "F32") {
        if constexpr (std::endian::native == std::endian::little) {
            std::memcpy(out, bytes, count * 4);
        } else {
            for (std::size_t i = 0; i < count; ++i) {
                const unsigned char* b = bytes + 4 * i;
                out[i] = std::bit_cast<float>(std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8
                                              | std::uint32_t(b[2]) << 16
                                              | std::uint32_t(b[3]) << 24);
            }
        }
    } else if (dtype == "F64") {
        // Rounded to the nearest float; a value beyond float's range becomes infinite,
        // which the model loaders refuse.
        for (std::size_t i = 0; i < count; ++i) {
            std::uint64_t bits = 0;
            for (int b = 7; b >= 0; --b)
                bits = bits << 8 | bytes[8 * i + std::size_t(b)];
            out[i] = static_cast<float>(std::bit_cast<double>(bits));
        }
    } else if (dtype == "F16") {
        for (std::size_t i = 0; i < count; ++i)
            out[i] = Safetensors::halfToFloat(std::uint16_t(bytes[2 * i] | bytes[2 * i + 1] << 8));
    } else {
        for (std::size_t i = 0; i < count; ++i)
            out[i] = Safetensors::bfloat16ToFloat(
                std::uint16_t(bytes[2 * i] | bytes[2 * i + 1] << 8));
    }
}

// A read-only stream over bytes in memory, so that a blob is parsed by the same code
// as a file without being copied.
class MemoryBuffer : public std::streambuf {
public:
    explicit MemoryBuffer(std::string_view bytes)
    {
        char* begin = const_cast<char*>(bytes.data()); // never written: no put area
        setg(begin, begin, begin + bytes.size());
    }
};

// Reads every tensor of a validated header from in, which stands at the data buffer.
// Tensors of a dtype that is not floating point are read past and named in skipped.
Safetensors::Storage readTensors(const std::string& file, std::istream& in,
                                 const SafetensorsHeader& header, std::uint64_t bufferSize,
                                 std::map<std::string, std::string>& skipped, JobContext& context)
{
    Safetensors::Storage tensors;
    std::vector<unsigned char> chunk(std::min<std::uint64_t>(chunkBytes, bufferSize));
    std::uint64_t done = 0;
    // The entries tile the buffer in order, so the data is read front to back.
    for (const SafetensorsEntry& entry : header.tensors) {
        const std::size_t size = dtypeSize(entry.dtype);
        const bool keep = isFloatDtype(entry.dtype);
        SafetensorsTensor tensor;
        tensor.shape = entry.shape;
        // Validated: (end - begin) / size values, all inside the file.
        if (keep)
            tensor.data.resize((entry.end - entry.begin) / size);
        float* out = tensor.data.data();
        std::uint64_t remaining = entry.end - entry.begin;
        while (remaining > 0) {
            const std::size_t bytes = std::size_t(std::min<std::uint64_t>(remaining, chunk.size()));
            in.read(reinterpret_cast<char*>(chunk.data()), std::streamsize(bytes));
            if (std::uint64_t(in.gcount()) != bytes)
                throw Error(file + ": the file ended while reading tensor \"" + entry.name
                            + "\" (was it truncated while being read?)");
            if (keep) {
                convert(entry.dtype, chunk.data(), bytes / size, out);
                out += bytes / size;
            }
            remaining -= bytes;
            done += bytes;
            context.throwIfStopped();
            context.reportProgress(double(done) / double(bufferSize), "Reading " + file);
        }
        if (keep)
            tensors.emplace(entry.name, std::move(tensor));
        else
            skipped.emplace(entry.name, entry.dtype);
    }
    return tensors;
}

// The header text (padded) and the F32 data of tensors, in safetensors order.
void serialise(const std::map<std::string, SafetensorsTensor>& tensors,
               const std::map<std::string, std::string>& metadata, std::ostream& out)
{
    Json header = Json::object();
    std::uint64_t offset = 0;
    for (const auto& [name, tensor] : tensors) {
        if (name.empty() || name == "__metadata__")
            throw Error("Safetensors::write(): \"" + name + "\" cannot be a tensor name");
        std::uint64_t count = 0;
        if (!elementCount(tensor.shape, count))
            throw Error("Safetensors::write(): tensor \"" + name + "\" has an invalid shape "
                        + shapeString(tensor.shape));
        if (count != tensor.data.size())
            throw Error("Safetensors::write(): tensor \"" + name + "\" has shape "
                        + shapeString(tensor.shape) + " (" + std::to_string(count)
                        + " values) but holds " + std::to_string(tensor.data.size()) + " values");
        header[name] = {{"dtype", "F32"},
                        {"shape", tensor.shape},
                        {"data_offsets", {offset, offset + 4 * count}}};
        offset += 4 * count;
    }
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::string text;
    try {
        text = header.dump();
    } catch (const Json::exception&) {
        throw Error("Safetensors::write(): a tensor name or metadata string is not valid UTF-8");
    }
    // Padding with spaces to a multiple of 8 keeps the buffer aligned, as the
    // reference implementation does.
    text.append((8 - text.size() % 8) % 8, ' ');

    unsigned char lengthBytes[8];
    for (int i = 0; i < 8; ++i)
        lengthBytes[i] = static_cast<unsigned char>(std::uint64_t(text.size()) >> (8 * i));
    out.write(reinterpret_cast<const char*>(lengthBytes), 8);
    out.write(text.data(), std::streamsize(text.size()));
    for (const auto& [name, tensor] : tensors) {
        if constexpr (std::endian::native == std::endian::little) {
            out.write(reinterpret_cast<const char*>(tensor.data.data()),
                      std::streamsize(tensor.data.size() * sizeof(float)));
        } else {
            for (float value : tensor.data) {
                const std::uint32_t bits = std::bit_cast<std::uint32_t>(value);
                const char bytes[4] = {char(bits), char(bits >> 8), char(bits >> 16),
                                       char(bits >> 24)};
                out.write(bytes, 4);
            }
        }
    }
}

} // namespace

float Safetensors::halfToFloat(std::uint16_t bits)
{
    const std::uint32_t sign = std::uint32_t(bits >> 15) << 31;
    const std::uint32_t exponent = (bits >> 10) & 0x1f;
    const std::uint32_t mantissa = bits & 0x3ff;
    if (exponent == 0) {
        // Zero or subnormal: mantissa * 2^-24, exact in binary32.
        const float magnitude = std::ldexp(float(mantissa), -24);
        return sign ? -magnitude : magnitude;
    }
    if (exponent == 31) // infinity (mantissa 0) or NaN, payload kept in the top bits
        return std::bit_cast<float>(sign | 0x7f800000u | (mantissa << 13));
    return std::bit_cast<float>(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
}

float Safetensors::bfloat16ToFloat(std::uint16_t bits)
{
    return std::bit_cast<float>(std::uint32_t(bits) << 16);
}

SafetensorsHeader Safetensors::readHeader(const std::string& path)
{
    std::uint64_t fileSize = 0;
    std::ifstream in = openForReading(path, fileSize);
    return parseHeader(displayName(path), in, fileSize);
}

Safetensors Safetensors::read(const std::string& path)
{
    JobContext context;
    return read(path, context);
}

Safetensors Safetensors::read(const std::string& path, JobContext& context)
{
    const std::string file = displayName(path);
    std::uint64_t fileSize = 0;
    std::ifstream in = openForReading(path, fileSize);
    SafetensorsHeader header = parseHeader(file, in, fileSize);

    Safetensors result;
    result.m_fileName = file;
    result.m_metadata = std::move(header.metadata);
    result.m_tensors = readTensors(file, in, header, fileSize - header.dataStart,
                                   result.m_skipped, context);
    return result;
}

Safetensors Safetensors::fromBytes(std::string_view bytes, const std::string& name)
{
    JobContext context;
    return fromBytes(bytes, name, context);
}

Safetensors Safetensors::fromBytes(std::string_view bytes, const std::string& name,
                                   JobContext& context)
{
    MemoryBuffer buffer(bytes);
    std::istream in(&buffer);
    SafetensorsHeader header = parseHeader(name, in, bytes.size());

    Safetensors result;
    result.m_fileName = name;
    result.m_metadata = std::move(header.metadata);
    result.m_tensors = readTensors(name, in, header, bytes.size() - header.dataStart,
                                   result.m_skipped, context);
    return result;
}

std::string Safetensors::toBytes(const std::map<std::string, SafetensorsTensor>& tensors,
                                 const std::map<std::string, std::string>& metadata)
{
    std::ostringstream out(std::ios::binary);
    serialise(tensors, metadata, out);
    return std::move(out).str();
}

void Safetensors::write(const std::string& path,
                        const std::map<std::string, SafetensorsTensor>& tensors,
                        const std::map<std::string, std::string>& metadata)
{
    const std::string file = displayName(path);
    const std::string partPath = path + ".part";
    {
        std::ofstream out(partPath, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(file + ": cannot open " + displayName(partPath) + " for writing");
        try {
            serialise(tensors, metadata, out);
        } catch (...) {
            out.close();
            std::error_code ignored;
            std::filesystem::remove(partPath, ignored);
            throw;
        }
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(partPath, ignored);
            throw Error(file + ": writing failed (is the disk full?)");
        }
    }
    std::error_code error;
    std::filesystem::rename(partPath, path, error);
    if (error) {
        std::filesystem::remove(partPath, error);
        throw Error(file + ": cannot replace the file (" + error.message() + ")");
    }
}

const SafetensorsTensor& Safetensors::tensor(const std::string& name) const
{
    const auto found = m_tensors.find(name);
    if (found == m_tensors.end()) {
        if (const auto skipped = m_skipped.find(name); skipped != m_skipped.end())
            throw Error(m_fileName + ": tensor \"" + name + "\" has dtype " + skipped->second
                        + ", not floating point values");
        throw Error(m_fileName + ": there is no tensor \"" + name + "\"");
    }
    return found->second;
}

} // namespace lengua
