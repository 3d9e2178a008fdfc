// The binary form of one analysed Document (pickling in Python): the same small format as
// the corpus (corpus_io.hpp). Loading checks every offset and index against the text and
// the tables it points into, so corrupt bytes are an InvalidInputError, never a Document
// that reads out of bounds.
#pragma once

#include <string>
#include <string_view>

#include "stancemap/document.hpp"

namespace stancemap {

std::string save_document(const Document& doc);
Document load_document(std::string_view data);

}  // namespace stancemap
