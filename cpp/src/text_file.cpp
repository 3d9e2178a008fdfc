#include "stancemap/text_file.hpp"

#include <fstream>
#include <sstream>

#include "stancemap/errors.hpp"

namespace stancemap {

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError("cannot open \"" + path + "\" for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw FileError("error while reading \"" + path + "\"");
    return buffer.str();
}

}  // namespace stancemap
