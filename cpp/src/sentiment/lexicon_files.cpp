// The sentiment lexicon's files: VADER-format TSV lexicons (token<TAB>score) and the rules
// JSON (parsed in sentiment_json.cpp), read into a SentimentLexicon.
#include <charconv>
#include <cmath>
#include <string>

#include "stancemap/errors.hpp"
#include "stancemap/sentiment.hpp"
#include "stancemap/sentiment_io.hpp"
#include "stancemap/text_file.hpp"

namespace stancemap {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool is_blank(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
    return true;
}

}  // namespace

void parse_lexicon_tsv(std::string_view content, std::string_view origin, double scale,
                       std::vector<LexiconWord>& out) {
    if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos < content.size()) {
        std::size_t eol = content.find('\n', pos);
        if (eol == std::string_view::npos) eol = content.size();
        std::string_view line = content.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        if (is_blank(line)) continue;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const std::size_t tab = line.find('\t');
        auto fail = [&](const std::string& why) {
            throw DictionaryError(std::string(origin) + ": line " + std::to_string(line_no) + ": " +
                                  why + " (expected token<TAB>score)");
        };
        if (tab == std::string_view::npos) fail("no TAB");
        // VADER strips the line, then splits on TAB: leading spaces are not part of the word.
        std::string_view word = line.substr(0, tab);
        while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
        if (word.empty()) fail("empty token");
        std::string_view score = line.substr(tab + 1);
        const std::size_t tab2 = score.find('\t');
        if (tab2 != std::string_view::npos) score = score.substr(0, tab2);
        score = trim(score);
        if (!score.empty() && score.front() == '+') score.remove_prefix(1);
        double value = 0.0;
        const auto [end, ec] = std::from_chars(score.data(), score.data() + score.size(), value);
        if (score.empty() || ec != std::errc() || end != score.data() + score.size() ||
            !std::isfinite(value))
            fail("score \"" + std::string(score) + "\" is not a number");
        out.push_back(LexiconWord{std::string(word), value * scale});
    }
}
SentimentLexicon SentimentLexicon::load(const std::vector<LexiconFile>& files,
                                        const std::string& rules_path, SentimentMode mode) {
    std::vector<LexiconWord> words;
    for (const LexiconFile& f : files) {
        if (!(f.scale > 0.0) || !std::isfinite(f.scale))
            throw OptionError("lexicon scale must be a positive number, not " +
                              std::to_string(f.scale) + " (for \"" + f.path + "\")");
        parse_lexicon_tsv(read_text_file(f.path), f.path, f.scale, words);
    }
    SentimentRules rules = parse_sentiment_rules_json(read_text_file(rules_path), rules_path, mode);
    return SentimentLexicon(words, std::move(rules));
}

}  // namespace stancemap
