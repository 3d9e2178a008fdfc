#include "stancemap/phrase_trie.hpp"

#include <algorithm>
#include <limits>

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

PhraseTrie::PhraseTrie() : slots_(64), edge_filter_(1024, 0), nodes_(1) {}

void PhraseTrie::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    slot_mask_ = slots_.size() - 1;
    for (const Slot& s : old)
        if (s.node != kNoNode) slots_[slot_of(s.node, s.key)] = s;
    // 8 filter bits per slot, 16 or more per edge (the table is at most half full).
    edge_filter_.assign(std::max<std::size_t>(1024, slots_.size() / 8), 0);
    edge_mask_ = edge_filter_.size() * 64 - 1;
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
            slots_[s] = Slot{keys[i], node, static_cast<std::uint32_t>(nodes_.size())};
            mark_edge(node, keys[i]);
            nodes_.push_back(Node{kNoValue, 0, 0, shapes[i]});
            ++used_;
        } else if (shapes[i] < nodes_[slots_[s].child].shape) {
            // Two phrases share this word with different case ("The Hague", "the Kremlin"):
            // the walk follows the looser shape, each phrase's own shapes are checked at its end.
            nodes_[slots_[s].child].shape = shapes[i];
        }
        node = slots_[s].child;
    }
    Node& n = nodes_[node];
    if (n.value == kNoValue) {
        ++phrases_;
        n.value = value;
        add_spelling(node, shapes, true);
    } else if (replace && n.value != value) {
        n.value = value;
        add_spelling(node, shapes, true);  // the new owner's spellings only
    } else {
        add_spelling(node, shapes, false);
    }
    return node;
}

// Gives node's phrase the spelling `shapes` (alone if `only`), as a fresh run at the end of
// the pool unless it has it already.
void PhraseTrie::add_spelling(std::uint32_t node, const std::vector<CaseShape>& shapes, bool only) {
    Node& n = nodes_[node];
    const std::size_t length = shapes.size();
    const auto old = spelling_pool_.begin() + n.spellings_begin;
    std::uint16_t count = only ? 0 : n.spellings;
    for (std::uint16_t k = 0; k < count; ++k)
        if (std::equal(shapes.begin(), shapes.end(), old + k * length)) return;
    if (count == std::numeric_limits<std::uint16_t>::max()) return;  // enough spellings
    std::vector<CaseShape> run(old, old + count * length);
    run.insert(run.end(), shapes.begin(), shapes.end());
    n.spellings_begin = static_cast<std::uint32_t>(spelling_pool_.size());
    n.spellings = static_cast<std::uint16_t>(count + 1);
    spelling_pool_.insert(spelling_pool_.end(), run.begin(), run.end());
}

bool PhraseTrie::shapes_match(const std::vector<Token>& tokens, std::size_t first,
                              std::size_t length, std::uint32_t node,
                              DocumentCase doc_case) const noexcept {
    const Node& n = nodes_[node];
    const CaseShape* spelling = spelling_pool_.data() + n.spellings_begin;
    for (std::uint16_t s = 0; s < n.spellings; ++s, spelling += length) {
        bool ok = true;
        for (std::size_t k = 0; ok && k < length; ++k)
            ok = case_matches(spelling[k], tokens[first + k], doc_case);
        if (ok) return true;
    }
    return false;
}

PhraseTrie::Match PhraseTrie::longest_match_walk(const std::vector<Token>& tokens,
                                                 std::size_t first, std::size_t last,
                                                 DocumentCase doc_case,
                                                 std::uint32_t first_node) const noexcept {
    Match best;
    std::uint32_t node = kRoot;
    const Token* const t = tokens.data();
    for (std::size_t i = first; i < last; ++i) {
        node = i == first ? first_node : child(node, t[i].key);
        if (node == kNoNode) break;
        const Node& n = nodes_[node];
        if (!case_matches(n.shape, t[i], doc_case)) break;
        if (n.value != kNoValue && shapes_match(tokens, first, i - first + 1, node, doc_case)) {
            best.length = static_cast<std::uint32_t>(i - first + 1);
            best.value = n.value;
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
