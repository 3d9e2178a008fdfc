#include "stancemap/sentence_splitter.hpp"

#include <array>

#include "stancemap/chars.hpp"
#include "stancemap/language_profile.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap {

namespace {

using namespace token_flag;

bool is_terminal(const Token& t) {
    return t.kind == TokenKind::Punct &&
           (t.punct == Punct::Period || t.punct == Punct::Question ||
            t.punct == Punct::Exclamation || t.punct == Punct::Ellipsis);
}

bool is_closing(const Token& t) {
    return t.kind == TokenKind::Punct &&
           (t.punct == Punct::CloseQuote || t.punct == Punct::CloseBracket);
}

bool ends_with_final_punct(const Token& t) {
    return is_terminal(t) || is_closing(t) || t.punct == Punct::Colon ||
           t.punct == Punct::Semicolon || t.has(kAbbreviation);
}

// Sentence-initial shape: a capitalised word, a number, an opening quote or bracket, a dash.
bool starts_sentence(const Token& t) {
    if (t.kind == TokenKind::Number) return true;
    if (t.kind == TokenKind::Word)
        return t.has(kCapitalized) || (!t.has(kHasLower) && !t.has(kAllCaps));
    if (t.kind == TokenKind::Punct)
        return t.punct == Punct::OpenQuote || t.punct == Punct::OpenBracket ||
               t.punct == Punct::Dash;
    return t.kind == TokenKind::Symbol;
}

struct Line {
    std::uint32_t token_begin;
    std::uint32_t token_end;
};

class SplitRun {
  public:
    SplitRun(const LanguageProfile& lang, std::string_view text, std::vector<Token>& tokens,
             std::vector<Sentence>& sentences, std::vector<Paragraph>& paragraphs)
        : lang_(lang),
          text_(text),
          tokens_(tokens),
          sentences_(sentences),
          paragraphs_(paragraphs) {}

    void run() {
        sentences_.clear();
        paragraphs_.clear();
        if (tokens_.empty()) return;
        const bool blank_lines_separate = has_blank_line();
        std::uint32_t line_begin = 0;
        std::uint32_t para_sentence_begin = 0;
        // The count and the tokens in locals: the compiler cannot see that the sentences'
        // push_back leaves the token vector alone, and reloaded (and divided) its size per token.
        const auto n = static_cast<std::uint32_t>(tokens_.size());
        const Token* const tokens = tokens_.data();
        // Token 0 starts the first line; each later line starts at a token after a line break.
        for (std::uint32_t i = 1; i <= n; ++i) {
            // A tight loop, most tokens: four a step, their flags or-ed and tested once.
            while (i + 4 <= n && ((tokens[i].flags | tokens[i + 1].flags | tokens[i + 2].flags |
                                   tokens[i + 3].flags) &
                                  kNewlineBefore) == 0)
                i += 4;
            while (i < n && !tokens[i].has(kNewlineBefore)) ++i;
            const bool at_end = i == n;
            const bool blank = !at_end && blank_line_before(i);
            bool paragraph_ends = at_end || !blank_lines_separate || blank;
            if (i > line_begin) {
                const bool reads_on = !at_end && !blank && continues_line(i - 1, i);
                if (reads_on) paragraph_ends = false;
                split_line(line_begin, i, reads_on);
                line_begin = i;
            }
            if (paragraph_ends) {
                close_paragraph(para_sentence_begin);
                para_sentence_begin = static_cast<std::uint32_t>(sentences_.size());
            }
        }
        mark_trailing_metadata();
        for (const auto& s : sentences_) tokens_[s.token_begin].flags |= kSentenceStart;
    }

  private:
    std::string_view word(const Token& t) const { return t.view(text_); }
    bool is(const Token& t, WordClass c) const noexcept {
        return t.kind == TokenKind::Word && lang_.is(t.key, c);
    }

    bool has_blank_line() const {
        for (std::uint32_t i = 1; i < tokens_.size(); ++i)
            if (tokens_[i].has(kNewlineBefore) && blank_line_before(i)) return true;
        return false;
    }

    // True if the whitespace before token i holds two or more line breaks.
    bool blank_line_before(std::uint32_t i) const {
        const std::uint32_t from = i == 0 ? 0 : tokens_[i - 1].end;
        int newlines = 0;
        for (std::uint32_t p = from; p < tokens_[i].begin; ++p) {
            if (text_[p] == '\n') ++newlines;
        }
        return newlines >= 2;
    }

    void close_paragraph(std::uint32_t sentence_begin) {
        if (sentence_begin == sentences_.size()) return;
        Paragraph p;
        p.sentence_begin = sentence_begin;
        p.sentence_end = static_cast<std::uint32_t>(sentences_.size());
        p.begin = sentences_[sentence_begin].begin;
        p.end = sentences_.back().end;
        const auto index = static_cast<std::uint32_t>(paragraphs_.size());
        for (std::uint32_t s = p.sentence_begin; s < p.sentence_end; ++s)
            sentences_[s].paragraph = index;
        paragraphs_.push_back(p);
    }

    void add(std::uint32_t tb, std::uint32_t te, SegmentKind kind) {
        if (te <= tb) return;
        Sentence s;
        s.token_begin = tb;
        s.token_end = te;
        s.begin = tokens_[tb].begin;
        s.end = tokens_[te - 1].end;
        s.kind = kind;
        sentences_.push_back(s);
    }

    // A line that reads on into the next one (hard-wrapped text): no final punctuation and
    // the next line starts in lower case.
    bool continues_line(std::uint32_t last, std::uint32_t next) const {
        if (next >= tokens_.size()) return false;
        if (ends_with_final_punct(tokens_[last])) return false;
        const Token& n = tokens_[next];
        return n.kind == TokenKind::Word && n.has(kHasLower) && !n.has(kCapitalized);
    }

    bool is_heading_line(std::uint32_t tb, std::uint32_t te) const {
        const Token& first = tokens_[tb];
        const Token& last = tokens_[te - 1];
        if (te - tb >= 3 && first.punct == Punct::Dash && last.punct == Punct::Dash) return true;
        if (ends_with_final_punct(last)) return false;
        // A heading heads something: the text's last line is prose even without a final
        // stop ("Russia condemns Ukraine" alone is a sentence).
        if (te >= tokens_.size()) return false;
        std::uint32_t words = 0;
        for (std::uint32_t i = tb; i < te; ++i)
            if (tokens_[i].kind == TokenKind::Word) ++words;
        if (words == 0 || words > 12) return false;
        if (first.kind != TokenKind::Word || !(first.has(kCapitalized) || first.has(kAllCaps)))
            return false;
        // A line that holds a sentence boundary ("It rained. Then it stopped") is prose.
        for (std::uint32_t i = tb; i + 1 < te; ++i)
            if (boundary_after(i, te) != kNone) return false;
        return true;
    }

    void split_line(std::uint32_t tb, std::uint32_t te, bool reads_on) {
        // Wrapped text: a line that reads on is split together with the following lines.
        if (pending_begin_ != kNone) tb = pending_begin_;
        if (reads_on) {
            pending_begin_ = tb;
            return;
        }
        pending_begin_ = kNone;
        // A wire dateline ("MOSCOW (Reuters) -") is metadata: its place and agency are
        // where and by whom the story was filed, not actors of it.
        const std::uint32_t body = dateline_end(tb, te);
        if (body != kNone) {
            add(tb, body, SegmentKind::Metadata);
            tb = body;
        }
        if (is_heading_line(tb, te)) {
            add(tb, te, SegmentKind::Heading);
            return;
        }
        std::uint32_t start = tb;
        const Token* const tokens = tokens_.data();
        for (std::uint32_t i = tb; i < te; ++i) {
            // A word that is no abbreviation ends no sentence (boundary_after): most tokens,
            // skipped in a tight loop.
            while (i < te && tokens[i].kind == TokenKind::Word && !tokens[i].has(kAbbreviation))
                ++i;
            if (i >= te) break;
            const std::uint32_t boundary = boundary_after(i, te);
            if (boundary == kNone) continue;
            if (boundary >= te) break;
            add_or_merge(start, boundary);
            start = boundary;
            i = boundary - 1;
        }
        add_or_merge(start, te);
    }

    static bool is_caps_word(const Token& t) {
        return t.kind == TokenKind::Word && t.has(kAllCaps) && !t.has(kHasLower);
    }

    // The first token after a dateline at tokens [tb, te): a place in capitals ("NEW YORK"),
    // then ", " and a few capitalised words or numbers ("Ukraine", "March 3"), a bracketed
    // agency ("(Reuters)") or both, then a dash and a sentence. kNone if there is none.
    // At most 4 + 6 + 5 tokens are looked at.
    std::uint32_t dateline_end(std::uint32_t tb, std::uint32_t te) const {
        std::uint32_t i = tb;
        while (i < te && i - tb < 4 && is_caps_word(tokens_[i])) ++i;
        if (i == tb || tokens_[tb].end - tokens_[tb].begin < 3) return kNone;
        bool qualified = false;
        if (i < te && tokens_[i].punct == Punct::Comma) {
            const std::uint32_t from = ++i;
            while (i < te && i - from < 6 &&
                   ((tokens_[i].kind == TokenKind::Word && !tokens_[i].has(kHasLower)) ||
                    (tokens_[i].kind == TokenKind::Word && tokens_[i].has(kCapitalized)) ||
                    tokens_[i].kind == TokenKind::Number || tokens_[i].punct == Punct::Comma))
                ++i;
            if (i == from) return kNone;
            qualified = true;
        }
        if (i < te && tokens_[i].punct == Punct::OpenBracket) {
            const std::uint32_t from = ++i;
            while (i < te && i - from < 3 && tokens_[i].kind == TokenKind::Word &&
                   (tokens_[i].has(kCapitalized) || tokens_[i].has(kAllCaps)))
                ++i;
            if (i == from || i >= te || tokens_[i].punct != Punct::CloseBracket) return kNone;
            ++i;
            qualified = true;
        }
        if (!qualified || i + 1 >= te || tokens_[i].punct != Punct::Dash) return kNone;
        return starts_sentence(tokens_[i + 1]) ? i + 1 : kNone;
    }

    // If a sentence ends after token i, the index of the first token of the next sentence.
    std::uint32_t boundary_after(std::uint32_t i, std::uint32_t te) const {
        const Token& t = tokens_[i];
        const bool abbreviation_end = t.kind == TokenKind::Word && t.has(kAbbreviation);
        if (!is_terminal(t) && !abbreviation_end) return kNone;
        if (abbreviation_end && t.has(kTitleAbbreviation)) return kNone;
        std::uint32_t j = i + 1;
        while (j < te && (is_closing(tokens_[j]) || is_terminal(tokens_[j]))) ++j;
        if (j >= te) return kNone;
        const Token& next = tokens_[j];
        if (abbreviation_end) {
            if (!next.has(kSpaceBefore)) return kNone;
            // "the U.S. And Japan": a coordinator continues a list after an abbreviation, even
            // capitalised (as Reuters-21578 prints the word after "U.S."); "But" opens.
            if (next.has(kCapitalized) && is(next, WordClass::SentenceOpener) &&
                !is(next, WordClass::Coordinator))
                return j;
            if (next.punct == Punct::OpenQuote) return j;
            return kNone;
        }
        if (!starts_sentence(next)) return kNone;
        if (!next.has(kSpaceBefore)) {
            // "profit.The": a missing space after a lower-case word still ends a sentence.
            const Token& prev = i > 0 ? tokens_[i - 1] : t;
            const bool glued = t.punct == Punct::Period && prev.kind == TokenKind::Word &&
                               prev.has(kHasLower) && prev.end - prev.begin >= 2 &&
                               next.kind == TokenKind::Word && next.has(kCapitalized) &&
                               next.has(kHasLower);
            if (!glued) return kNone;
        }
        return j;
    }

    // "…we will win.” Blinken said." -> one sentence with its attribution.
    bool is_attribution(std::uint32_t tb, std::uint32_t te) const {
        if (te - tb > 8 || te - tb < 3) return false;
        if (!is_terminal(tokens_[te - 1])) return false;
        bool verb = false;
        for (std::uint32_t i = tb; i + 1 < te; ++i) {
            const Token& t = tokens_[i];
            if (t.kind != TokenKind::Word) return false;
            if (is(t, WordClass::SpeechVerb)) verb = true;
        }
        return verb;
    }

    void add_or_merge(std::uint32_t tb, std::uint32_t te) {
        if (te <= tb) return;
        if (!sentences_.empty() && sentences_.back().token_end == tb &&
            sentences_.back().kind == SegmentKind::Sentence && is_closing(tokens_[tb - 1]) &&
            !tokens_[tb].has(kNewlineBefore) && is_attribution(tb, te)) {
            Sentence& prev = sentences_.back();
            prev.token_end = te;
            prev.end = tokens_[te - 1].end;
            return;
        }
        add(tb, te, SegmentKind::Sentence);
    }

    // Trailing "Source: X", "Reporting by X" lines are metadata, not content.
    void mark_trailing_metadata() {
        for (std::size_t k = sentences_.size(); k-- > 0;) {
            Sentence& s = sentences_[k];
            if (!tokens_[s.token_begin].has(kNewlineBefore) && s.token_begin != 0) break;
            if (!is_metadata_line(s.token_begin, s.token_end)) break;
            s.kind = SegmentKind::Metadata;
        }
    }

    bool is_metadata_line(std::uint32_t tb, std::uint32_t te) const {
        const Token& first = tokens_[tb];
        if (first.kind == TokenKind::Symbol && word(first) == "\xC2\xA9") return true;  // ©
        if (first.kind != TokenKind::Word) return false;
        const bool colon = te - tb >= 2 && tokens_[tb + 1].punct == Punct::Colon;
        if (colon && is(first, WordClass::MetadataLabel)) return true;
        if (is(first, WordClass::MetadataOpener)) return true;
        const bool by = te - tb >= 3 && lang_.is(tokens_[tb + 1].key, WordClass::AgentPreposition);
        return by && is(first, WordClass::BylineVerb);
    }

    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    const LanguageProfile& lang_;
    std::string_view text_;
    std::vector<Token>& tokens_;
    std::vector<Sentence>& sentences_;
    std::vector<Paragraph>& paragraphs_;
    std::uint32_t pending_begin_ = kNone;
};

}  // namespace

void SentenceSplitter::split(std::string_view text, std::vector<Token>& tokens,
                             std::vector<Sentence>& sentences,
                             std::vector<Paragraph>& paragraphs) const {
    SplitRun(*lang_, text, tokens, sentences, paragraphs).run();
}

SentenceSplitter::SentenceSplitter() : lang_(LanguageProfile::bundled().get()) {}

const char* to_string(SegmentKind kind) noexcept {
    switch (kind) {
        case SegmentKind::Sentence:
            return "sentence";
        case SegmentKind::Heading:
            return "heading";
        case SegmentKind::Metadata:
            return "metadata";
    }
    return "sentence";
}

const char* to_string(TokenKind kind) noexcept {
    switch (kind) {
        case TokenKind::Word:
            return "word";
        case TokenKind::Number:
            return "number";
        case TokenKind::Possessive:
            return "possessive";
        case TokenKind::Punct:
            return "punct";
        case TokenKind::Symbol:
            return "symbol";
    }
    return "word";
}

}  // namespace stancemap
