// Reading a whole file (dictionaries, lexicons, models).
#pragma once

#include <string>

namespace stancemap {

// Reads a whole file; throws FileError naming the path and the reason.
std::string read_text_file(const std::string& path);

}  // namespace stancemap
