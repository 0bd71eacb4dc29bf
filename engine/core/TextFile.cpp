#include "TextFile.h"

#include "Error.h"

#include <fstream>
#include <sstream>

namespace lengua {

std::string TextFile::read(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path.string() + ": cannot be opened for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw Error(path.string() + ": could not be read");
    return std::move(buffer).str();
}

void TextFile::write(const std::filesystem::path& path, std::string_view text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw Error(path.string() + ": cannot be opened for writing");
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out)
        throw Error(path.string() + ": could not be written (disk full?)");
}

} // namespace lengua
