// The analysed article: the text it owns and everything the pipeline found in it.
#pragma once

#include <string>
#include <vector>

#include "stancemap/actors.hpp"
#include "stancemap/stance_record.hpp"
#include "stancemap/types.hpp"

namespace stancemap {

struct Document {
    std::string text;  // UTF-8; every offset below is a byte offset into it
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<Paragraph> paragraphs;
    std::vector<Actor> actors;         // in order of first mention
    std::vector<Mention> mentions;     // in text order
    std::vector<StanceRecord> stance;  // in text order
    std::int32_t date = 0;             // YYYYMMDD the text was written (0: unknown, today)

    std::string_view view(std::uint32_t begin, std::uint32_t end) const {
        return std::string_view(text).substr(begin, end - begin);
    }
    std::string_view sentence_text(std::size_t i) const {
        return view(sentences.at(i).begin, sentences.at(i).end);
    }
};

}  // namespace stancemap
