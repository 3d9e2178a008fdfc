#include "stancemap/phrase_trie.hpp"

#include <algorithm>

#include "stancemap/chars.hpp"
#include "stancemap/tokenizer.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap {

CaseShape case_shape_of(std::string_view word) {
    std::size_t letters = 0, upper = 0, lower = 0;
    bool first_upper = false;
    std::size_t pos = 0;
    while (pos < word.size()) {
        const auto d = utf8::decode(word, pos);
        if (chars::is_letter(d.cp)) {
            if (letters == 0) first_upper = chars::is_upper(d.cp);
            ++letters;
            if (chars::is_upper(d.cp)) ++upper;
            if (chars::is_lower(d.cp)) ++lower;
        }
        pos += d.len;
    }
    if (letters == 0) return CaseShape::Any;
    if (lower == 0 && upper > 0) return letters <= 2 ? CaseShape::ShortAcronym : CaseShape::Acronym;
    if (first_upper) return CaseShape::Capitalized;
    return CaseShape::Any;
}

PhraseTrie::PhraseTrie()
    : slots_(64),
      edge_filter_(1024, 0),
      values_(1, kNoValue),
      shapes_(1, CaseShape::Any),
      phrase_shapes_(1, kNoValue) {}

void PhraseTrie::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    for (const Slot& s : old)
        if (s.node != kNoNode) slots_[slot_of(s.node, s.key)] = s;
    // 8 filter bits per slot, 16 or more per edge (the table is at most half full).
    edge_filter_.assign(std::max<std::size_t>(1024, slots_.size() / 8), 0);
    for (const Slot& s : slots_)
        if (s.node != kNoNode) mark_edge(s.node, s.key);
}

std::uint32_t PhraseTrie::insert(const std::vector<std::uint64_t>& keys,
                                 const std::vector<CaseShape>& shapes, std::uint32_t value,
                                 bool replace) {
    std::uint32_t node = kRoot;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if ((used_ + 1) * 2 > slots_.size()) grow();
        const std::size_t s = slot_of(node, keys[i]);
        if (slots_[s].node == kNoNode) {
            slots_[s] = Slot{keys[i], node, static_cast<std::uint32_t>(values_.size())};
            mark_edge(node, keys[i]);
            values_.push_back(kNoValue);
            shapes_.push_back(shapes[i]);
            phrase_shapes_.push_back(kNoValue);
            ++used_;
        } else if (shapes[i] < shapes_[slots_[s].child]) {
            // Two phrases share this word with different case ("The Hague", "the Kremlin"):
            // the walk follows the looser shape, each phrase's own shapes are checked at its end.
            shapes_[slots_[s].child] = shapes[i];
        }
        node = slots_[s].child;
    }
    if (phrase_shapes_[node] == kNoValue) {
        phrase_shapes_[node] = static_cast<std::uint32_t>(shape_lists_.size());
        shape_lists_.emplace_back();
    }
    auto& spellings = shape_lists_[phrase_shapes_[node]];
    if (values_[node] == kNoValue) {
        ++phrases_;
        values_[node] = value;
    } else if (replace && values_[node] != value) {
        values_[node] = value;
        spellings.clear();  // the new owner's spellings only
    }
    if (std::find(spellings.begin(), spellings.end(), shapes) == spellings.end())
        spellings.push_back(shapes);
    return node;
}

bool PhraseTrie::shapes_match(const std::vector<Token>& tokens, std::size_t first,
                              std::uint32_t node, DocumentCase doc_case) const noexcept {
    for (const auto& spelling : shape_lists_[phrase_shapes_[node]]) {
        bool ok = true;
        for (std::size_t k = 0; ok && k < spelling.size(); ++k)
            ok = case_matches(spelling[k], tokens[first + k], doc_case);
        if (ok) return true;
    }
    return false;
}

PhraseTrie::Match PhraseTrie::longest_match_from(const std::vector<Token>& tokens,
                                                 std::size_t first, std::size_t last,
                                                 DocumentCase doc_case,
                                                 std::uint32_t first_node) const noexcept {
    Match best;
    std::uint32_t node = kRoot;
    for (std::size_t i = first; i < last; ++i) {
        node = i == first ? first_node : child(node, tokens[i].key);
        if (node == kNoNode || !case_matches(shapes_[node], tokens[i], doc_case)) break;
        if (values_[node] != kNoValue && shapes_match(tokens, first, node, doc_case)) {
            best.length = static_cast<std::uint32_t>(i - first + 1);
            best.value = values_[node];
        }
    }
    return best;
}

PhraseKeys phrase_keys(std::string_view phrase) {
    return phrase_keys(phrase, Tokenizer());
}

PhraseKeys phrase_keys(std::string_view phrase, const Tokenizer& tokenizer) {
    PhraseKeys out;
    const std::vector<Token> tokens = tokenizer.tokenize(phrase);
    for (const Token& t : tokens) {
        out.keys.push_back(t.key);
        out.shapes.push_back(t.kind == TokenKind::Word ? case_shape_of(t.view(phrase))
                                                       : CaseShape::Any);
    }
    return out;
}

}  // namespace stancemap
