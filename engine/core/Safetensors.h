// Reads and writes the safetensors format (Hugging Face): an 8-byte little-endian
// header length N, N bytes of JSON describing each tensor, then the raw data buffer.
// Reading trusts nothing in the file: a hostile file gives a lengua::Error, never a
// crash, an out-of-bounds read or an allocation larger than the file justifies.
#pragma once

#include "SafetensorsHeader.h"
#include "SafetensorsTensor.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace lengua {

class JobContext;

class Safetensors {
public:
    using Storage = std::map<std::string, SafetensorsTensor>;

    // Largest header accepted, as in the reference implementation (100 MB).
    static constexpr std::uint64_t maxHeaderBytes = 100'000'000;

    // Reads the header only (no tensor data) and validates it completely: the same
    // checks as read(), so a header that passes here describes a readable file.
    static SafetensorsHeader readHeader(const std::string& path);

    // Reads every floating-point tensor, converting F16 and BF16 exactly and F64 to the
    // nearest float. Tensors of the integer and boolean dtypes (index or mask buffers)
    // are validated like the others, then skipped: see skippedTensors(). The data is read
    // in bounded chunks; context is checked between chunks and reports progress.
    static Safetensors read(const std::string& path);
    static Safetensors read(const std::string& path, JobContext& context);

    // The same checks and conversions on a safetensors blob in memory (a model stored in
    // a workspace); name is only used in messages. bytes must outlive the call only.
    static Safetensors fromBytes(std::string_view bytes, const std::string& name);
    static Safetensors fromBytes(std::string_view bytes, const std::string& name,
                                 JobContext& context);
    // The bytes write() puts in a file.
    static std::string toBytes(const std::map<std::string, SafetensorsTensor>& tensors,
                               const std::map<std::string, std::string>& metadata = {});

    // Writes F32 tensors ordered by name (std::map order, which is also the order
    // of the reference implementation for tensors of one dtype), the JSON header
    // padded with spaces to a multiple of 8 bytes. Writes to "path.part" first and
    // renames it, so an interrupted write never leaves a truncated file at path.
    static void write(const std::string& path,
                      const std::map<std::string, SafetensorsTensor>& tensors,
                      const std::map<std::string, std::string>& metadata = {});

    // The exact conversions used by read(), public for tests and other readers.
    static float halfToFloat(std::uint16_t bits);     // IEEE 754 binary16
    static float bfloat16ToFloat(std::uint16_t bits); // upper 16 bits of a binary32

    const std::map<std::string, SafetensorsTensor>& tensors() const { return m_tensors; }
    // Non-const so that a model loader can move the data out instead of copying it.
    std::map<std::string, SafetensorsTensor>& tensors() { return m_tensors; }
    const std::map<std::string, std::string>& metadata() const { return m_metadata; }
    bool contains(const std::string& name) const { return m_tensors.count(name) != 0; }
    // The tensors that were not read, by name, with their dtype ("BOOL", "I64", ...).
    const std::map<std::string, std::string>& skippedTensors() const { return m_skipped; }
    // Throws lengua::Error naming the file when the tensor is absent.
    const SafetensorsTensor& tensor(const std::string& name) const;

private:
    std::string m_fileName; // for messages
    std::map<std::string, SafetensorsTensor> m_tensors;
    std::map<std::string, std::string> m_metadata;
    std::map<std::string, std::string> m_skipped; // name -> dtype
};

} // namespace lengua
