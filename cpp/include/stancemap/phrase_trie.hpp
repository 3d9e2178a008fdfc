// A trie over token keys: the one-pass, longest-match-first dictionary matcher shared by the
// gazetteer, the actor rules and (later) the stance and sentiment lexicons.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "stancemap/types.hpp"

namespace stancemap {

class Tokenizer;

// How a dictionary word constrains the case of the text token it matches.
enum class CaseShape : std::uint8_t {
    Any,          // lower-case dictionary word ("of", "the"), numbers, punctuation
    Capitalized,  // "Russia": needs a capitalised or all-caps token (lower case only in lower-case
                  // text)
    Acronym,      // "NATO": all caps, or capitalised ("Nato", as the BBC writes it)
    ShortAcronym  // "US", "UN": all caps exactly ("us" and "Us" are words)
};

CaseShape case_shape_of(std::string_view dictionary_word);

// Case of the document as a whole, so all-caps headlines and lower-cased text still match.
enum class DocumentCase : std::uint8_t { Normal, Lower };

// Inline: asked for nearly every token that starts a phrase.
inline bool case_matches(CaseShape shape, const Token& t, DocumentCase doc_case) noexcept {
    using namespace token_flag;
    switch (shape) {
        case CaseShape::Any:
            return true;
        case CaseShape::Capitalized:
        case CaseShape::Acronym:
            return t.has(kCapitalized) || t.has(kAllCaps) || doc_case == DocumentCase::Lower;
        case CaseShape::ShortAcronym:
            return t.has(kAllCaps);
    }
    return false;
}

class PhraseTrie {
  public:
    static constexpr std::uint32_t kRoot = 0;
    static constexpr std::uint32_t kNoNode = 0xFFFFFFFFu;
    static constexpr std::uint32_t kNoValue = 0xFFFFFFFFu;

    PhraseTrie();

    // Adds a phrase given as token keys with their case shapes; returns its terminal node.
    // value is the caller's payload index; a phrase added twice keeps the first value unless
    // replace is true. Each spelling keeps its own case shapes: "The Hague" does not make the
    // "the" of "the Kremlin" capitalised.
    std::uint32_t insert(const std::vector<std::uint64_t>& keys,
                         const std::vector<CaseShape>& shapes, std::uint32_t value,
                         bool replace = false);

    // Inline: the recognizer asks this for nearly every token.
    std::uint32_t child(std::uint32_t node, std::uint64_t key) const noexcept {
        if (!may_have(node, key)) return kNoNode;
        const Slot& s = slots_[slot_of(node, key)];
        return s.node == kNoNode ? kNoNode : s.child;
    }
    std::uint32_t value(std::uint32_t node) const noexcept { return nodes_[node].value; }
    // The loosest case shape of the words leading to node (see insert).
    CaseShape shape(std::uint32_t node) const noexcept { return nodes_[node].shape; }

    // Calls f(key, node) for each first word of a phrase and the node it leads to.
    template <class F>
    void for_each_root_child(F&& f) const {
        for (const Slot& s : slots_)
            if (s.node == kRoot) f(s.key, s.child);
    }

    struct Match {
        std::uint32_t length = 0;  // tokens matched, 0 if none
        std::uint32_t value = kNoValue;
    };
    // Longest phrase starting at tokens[first] whose case shapes the tokens satisfy.
    Match longest_match(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                        DocumentCase doc_case) const noexcept {
        if (first >= last) return {};
        return longest_match_from(tokens, first, last, doc_case, child(kRoot, tokens[first].key));
    }
    // The same, given the node tokens[first] leads to from the root (kNoNode: none), when
    // the caller has looked it up already (ActorWordIndex). Inline for the usual case, a
    // first word that no phrase of the trie continues with the next token (one filter test);
    // longer phrases are walked out of line.
    Match longest_match_from(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                             DocumentCase doc_case, std::uint32_t first_node) const noexcept {
        if (first_node == kNoNode || first >= last) return {};
        if (first + 1 < last && may_have(first_node, tokens[first + 1].key))
            return longest_match_walk(tokens, first, last, doc_case, first_node);
        const Node& n = nodes_[first_node];
        if (!case_matches(n.shape, tokens[first], doc_case) || n.value == kNoValue ||
            !shapes_match(tokens, first, 1, first_node, doc_case))
            return {};
        return {1, n.value};
    }

    std::size_t node_count() const noexcept { return nodes_.size(); }
    std::size_t phrase_count() const noexcept { return phrases_; }

  private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t node = kNoNode;  // parent node; kNoNode marks an empty slot
        std::uint32_t child = 0;
    };
    static std::uint64_t mix(std::uint32_t node, std::uint64_t key) noexcept {
        std::uint64_t h = key ^ (static_cast<std::uint64_t>(node) * 0x9E3779B97F4A7C15ULL);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 32;
        return h;
    }
    std::size_t slot_of(std::uint32_t node, std::uint64_t key) const noexcept {
        const std::size_t mask = slot_mask_;
        std::size_t i = mix(node, key) & mask;
        while (slots_[i].node != kNoNode && (slots_[i].node != node || slots_[i].key != key))
            i = (i + 1) & mask;
        return i;
    }
    void grow();
    Match longest_match_walk(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                             DocumentCase doc_case, std::uint32_t first_node) const noexcept;
    bool shapes_match(const std::vector<Token>& tokens, std::size_t first, std::size_t length,
                      std::uint32_t node, DocumentCase doc_case) const noexcept;
    void add_spelling(std::uint32_t node, const std::vector<CaseShape>& shapes, bool only);

    // One bit per (hashed) edge, at least 16 bits per edge: most tokens start no phrase and
    // most words after a common first word ("the", "to") continue none, and this small filter
    // says so without a probe of the large slot table.
    std::size_t edge_bit(std::uint32_t node, std::uint64_t key) const noexcept {
        return static_cast<std::size_t>(mix(node, key) >> 24) & edge_mask_;
    }
    bool may_have(std::uint32_t node, std::uint64_t key) const noexcept {
        const std::size_t b = edge_bit(node, key);
        return (edge_filter_[b >> 6] >> (b & 63)) & 1;
    }
    void mark_edge(std::uint32_t node, std::uint64_t key) noexcept {
        const std::size_t b = edge_bit(node, key);
        edge_filter_[b >> 6] |= std::uint64_t{1} << (b & 63);
    }

    std::vector<Slot> slots_;                 // open addressing, power-of-two size
    std::vector<std::uint64_t> edge_filter_;  // power-of-two bits, see may_have
    // slots_.size() - 1 and edge_filter_.size() * 64 - 1, kept: computing them from the
    // vectors' sizes cost every child() look-up a few instructions.
    std::size_t slot_mask_ = 63;
    std::size_t edge_mask_ = 1024 * 64 - 1;
    std::size_t used_ = 0;
    // What a match reads of a node, together in one place (one cache line, not three).
    struct Node {
        std::uint32_t value = kNoValue;
        std::uint32_t spellings_begin = 0;  // this phrase's spellings in spelling_pool_
        std::uint16_t spellings = 0;        // how many (each as long as the phrase)
        CaseShape shape = CaseShape::Any;   // the loosest shape of the word leading here
    };
    std::vector<Node> nodes_;
    // The case shapes of each phrase's words, one run per spelling ("NATO", "Nato"), flat. A
    // phrase that gains a spelling gets a fresh copy at the end (phrases have few spellings).
    std::vector<CaseShape> spelling_pool_;
    std::size_t phrases_ = 0;
};

// Token keys of a dictionary phrase, tokenised exactly as text is (so "U.S." and "Russia’s"
// agree with the text), with each token's case shape.
struct PhraseKeys {
    std::vector<std::uint64_t> keys;
    std::vector<CaseShape> shapes;
};
PhraseKeys phrase_keys(std::string_view phrase);  // tokenized as text is (Tokenizer())
PhraseKeys phrase_keys(std::string_view phrase, const Tokenizer& tokenizer);

}  // namespace stancemap
