// Stage 4: the token pass of actor recognition, and ActorRecognizer::recognize.
#include "recognizer_run.hpp"

#include <algorithm>

namespace stancemap::actor_detail {

// One pass over the tokens, sentence by sentence, before any rule runs: each token's
// word classes and first gazetteer node (one probe of the word index), the titles that
// start at it, the case counts of the document and of each sentence, and the tokens
// where a gazetteer match can start. The rules then read these instead of asking again.
// The per-token and per-sentence arrays, sized (and cleared) for this document. The token
// lists' scratch arrays are sized for every token; scan_tokens copies the lists out. The arrays
// that scan_tokens writes for every token or sentence are only sized, not cleared (their fills cost
// 2 M instructions on 400 BBC texts); tokens outside every sentence get their defaults from
// fill_uncovered.
void RecognizerRun::size_buffers() {
    const std::size_t n = tokens_.size();
    word_classes_.resize(n);
    gazetteer_node_.resize(n);
    title_len_.assign(n, 0);
    title_end_.assign(n, 0);
    title_value_.resize(n);  // read only where title_len_ is set
    const std::size_t sentences = doc_.sentences.size();
    rules_apply_.resize(sentences);        // decide_case
    has_angle_bracket_.resize(sentences);  // scan_tokens, as the two below
    bare_agent_tokens_.clear();
    buffers_.state_body_cands.clear();
    if (stance_out_ == nullptr) buffers_.stance_words.resize(n);
    buffers_.sentence_words.resize(sentences);
    buffers_.sentence_caps.resize(sentences);
    if (buffers_.starts_scratch.size() < n) buffers_.starts_scratch.resize(n);
    if (buffers_.names_scratch.size() < n) buffers_.names_scratch.resize(n);
    if (buffers_.orgs_scratch.size() < n) buffers_.orgs_scratch.resize(n);
    title_starts_.clear();
    names_at_.resize(sentences + 1);
    orgs_at_.resize(sentences + 1);
    titles_at_.resize(sentences + 1);
}

// The defaults of tokens [from, to), which no sentence holds (the splitter leaves none, a
// caller's own sentences may): as if their word were in no dictionary.
void RecognizerRun::fill_uncovered(std::uint32_t from, std::uint32_t to, const StanceWordInfo* none,
                                   const StanceWordInfo** stance_out) {
    for (std::uint32_t i = from; i < to; ++i) {
        word_classes_[i] = 0;
        gazetteer_node_[i] = PhraseTrie::kNoNode;
        stance_out[i] = none;
    }
}

void RecognizerRun::scan_tokens(const ActorWordIndex& index) {
    constexpr std::size_t kLookAhead = 6;  // tokens: the word index slot is loaded ahead
    const auto words = index.reader();     // in registers, not reloaded after each store
    size_buffers();
    const std::size_t n = tokens_.size();
    const auto sentences = static_cast<std::uint32_t>(doc_.sentences.size());
    std::vector<std::uint32_t>& sentence_words = buffers_.sentence_words;
    std::vector<std::uint32_t>& sentence_caps = buffers_.sentence_caps;
    // The token lists, with their offsets per sentence. Three of them are written without
    // branches: each slot is written, and the count moves on only when the token belongs
    // (a word's classes are data the branch predictor cannot guess).
    TokenInSentence* const starts_out = buffers_.starts_scratch.data();
    std::uint32_t* const names_out = buffers_.names_scratch.data();
    std::uint32_t* const orgs_out = buffers_.orgs_scratch.data();
    std::size_t starts = 0, names = 0, orgs = 0;
    // Raw pointers and local counters: the compiler would otherwise reload every
    // vector's data pointer after each store it cannot see through.
    std::uint16_t* const classes_out = word_classes_.data();
    std::uint32_t* const gazetteer_out = gazetteer_node_.data();
    // Each token's stance-lexicon record, from the same probe (see ActorWordIndex).
    const StanceWordInfo* const* const stance_words = index.stance_words();
    const StanceWordInfo** const stance_out =
        stance_out_ != nullptr ? stance_out_ : buffers_.stance_words.data();
    const Token* const tokens = tokens_.data();
    std::size_t doc_words = 0, doc_capitals = 0;
    std::uint32_t covered = 0;  // tokens before it are in a sentence or filled
    for (std::uint32_t s = 0; s < sentences; ++s) {
        const Sentence& sent = doc_.sentences[s];
        if (sent.token_begin > covered)
            fill_uncovered(covered, sent.token_begin, stance_words[0], stance_out);
        covered = std::max(covered, sent.token_end);
        const std::uint32_t content = sent.kind != SegmentKind::Metadata ? 1 : 0;
        std::uint32_t words_here = 0, caps_here = 0;
        bool angle_bracket = false;
        names_at_[s] = static_cast<std::uint32_t>(names);
        orgs_at_[s] = static_cast<std::uint32_t>(orgs);
        titles_at_[s] = static_cast<std::uint32_t>(title_starts_.size());
        for (std::uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
            const Token& t = tokens[i];
            if (i + kLookAhead < n) words.prefetch(tokens[i + kLookAhead].key);
            const ActorWordInfo info = words.find(t.key);
            const std::uint32_t word = t.kind == TokenKind::Word ? 1 : 0;
            const std::uint16_t classes = info.classes | name_word_bit(t, info.classes);
            classes_out[i] = classes;
            if (info.bare_agent != 0) bare_agent_tokens_.push_back({i, s});  // rare
            gazetteer_out[i] = info.gazetteer_node;
            stance_out[i] = stance_words[info.stance_word];
            names_out[names] = i;
            names += (classes & kNameWord) != 0 ? 1 : 0;
            orgs_out[orgs] = i;
            orgs += org_word_shape(t, classes) ? 1 : 0;
            starts_out[starts] = {i, s};
            starts += content & (starts_phrase(info, t, DocumentCase::Normal) |
                                 (t.has(kHyphenated) ? 1u : 0u));
            if (info.title_node != PhraseTrie::kNoNode &&
                find_title(i, sent.token_end, info.title_node))
                title_starts_.push_back(i);
            const std::uint32_t capitalised = (t.flags & (kCapitalized | kAllCaps)) != 0;
            const std::uint32_t all_caps = (t.has(kAllCaps) && t.end - t.begin > 1) ? 1 : 0;
            words_here += word;
            doc_capitals += word & capitalised;
            caps_here += word & all_caps;
            if (t.kind == TokenKind::Symbol && t.view(doc_.text) == "<") angle_bracket = true;
        }
        doc_words += words_here;
        sentence_words[s] = words_here;
        sentence_caps[s] = caps_here;
        has_angle_bracket_[s] = angle_bracket ? 1 : 0;
    }
    if (n > covered)
        fill_uncovered(covered, static_cast<std::uint32_t>(n), stance_words[0], stance_out);
    gazetteer_starts_.assign(starts_out, starts_out + starts);
    name_words_.assign(names_out, names_out + names);
    org_words_.assign(orgs_out, orgs_out + orgs);
    names_at_[sentences] = static_cast<std::uint32_t>(names);
    orgs_at_[sentences] = static_cast<std::uint32_t>(orgs);
    titles_at_[sentences] = static_cast<std::uint32_t>(title_starts_.size());
    decide_case(index, doc_words, doc_capitals);
}

// The document's case (lower-case when under 2% of its words are capitalised) and the
// sentences where the rule-based names apply: ordinary case, not in headings, metadata or
// all-caps sentences.
void RecognizerRun::decide_case(const ActorWordIndex& words, std::size_t doc_words,
                                std::size_t doc_capitals) {
    doc_case_ = (doc_words > 0 && doc_capitals * 50 < doc_words) ? DocumentCase::Lower
                                                                 : DocumentCase::Normal;
    if (doc_case_ == DocumentCase::Lower) lower_case_starts(words);
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
        const std::uint32_t w = buffers_.sentence_words[s], caps = buffers_.sentence_caps[s];
        rules_apply_[s] = doc_.sentences[s].kind == SegmentKind::Sentence &&
                          doc_case_ != DocumentCase::Lower && !(w >= 3 && caps * 10 > w * 6);
    }
}

// A lower-case document (rare) lets capitalised phrases start at lower-case words: the
// start list is made again with that case.
void RecognizerRun::lower_case_starts(const ActorWordIndex& words) {
    gazetteer_starts_.clear();
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
        const Sentence& sent = doc_.sentences[s];
        if (sent.kind == SegmentKind::Metadata) continue;
        for (std::uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
            const Token& t = tokens_[i];
            if (starts_phrase(words.find(t.key), t, DocumentCase::Lower) != 0 || t.has(kHyphenated))
                gazetteer_starts_.push_back({i, s});
        }
    }
}

// The longest title starting at token b (node: where its first word leads), and the
// ends of all titles starting there. Whether one starts there.
bool RecognizerRun::find_title(std::uint32_t b, std::uint32_t te, std::uint32_t node) {
    const PhraseTrie& trie = rules_.titles();
    for (std::uint32_t j = b; j < te; ++j) {
        if (j > b) node = trie.child(node, tokens_[j].key);
        if (node == PhraseTrie::kNoNode) break;
        if (trie.value(node) != PhraseTrie::kNoValue) {
            title_len_[b] = static_cast<std::uint8_t>(std::min<std::uint32_t>(j - b + 1, 255));
            title_value_[b] = trie.value(node);
            title_end_[j] = 1;
        }
    }
    return title_len_[b] > 0;
}

}  // namespace stancemap::actor_detail

namespace stancemap {

void ActorRecognizer::recognize(Document& doc, const StanceWordInfo** stance_words) const {
    using actor_detail::RecognizerBuffers;
    thread_local RecognizerBuffers buffers;  // reused: see RecognizerRun::buffers_
    actor_detail::RecognizerRun(*gazetteer_, *rules_, words_, buffers, doc, stance_words).run();
    // A huge document's buffers are not kept for the small ones after it.
    if (buffers.owner.capacity() > (std::size_t{1} << 22)) buffers = RecognizerBuffers{};
}

}  // namespace stancemap
