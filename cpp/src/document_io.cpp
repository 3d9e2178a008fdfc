// save_document / load_document. Layout (version 3): the 16 bytes "STANCEMAP-DOCMNT", a
// 32-bit version, the text, the date, then the tokens, sentences, paragraphs, actors,
// mentions and stance records, each a 64-bit count followed by its items field by field.
#include "stancemap/document_io.hpp"

#include <cstring>

#include "stancemap/corpus_io.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap {

namespace {

constexpr char kMagic[] = "STANCEMAP-DOCMNT";
constexpr std::size_t kMagicSize = sizeof(kMagic) - 1;
constexpr std::uint32_t kVersion = 3;  // 2: a mention's rule; 3: a person's country rule

// Value counts of the enums, checked on load (a new enumerator goes last).
constexpr auto kTokenKinds = static_cast<std::uint8_t>(TokenKind::Symbol) + 1;
constexpr auto kPuncts = static_cast<std::uint8_t>(Punct::Other) + 1;
constexpr auto kSegmentKinds = static_cast<std::uint8_t>(SegmentKind::Metadata) + 1;
constexpr auto kActorKinds = static_cast<std::uint8_t>(ActorKind::Place) + 1;
constexpr auto kForms = static_cast<std::uint8_t>(MentionForm::Surname) + 1;
constexpr auto kCountryRules = static_cast<std::uint8_t>(CountryRule::DominantCountry) + 1;
constexpr auto kMentionRules = static_cast<std::uint8_t>(MentionRule::GazetteerEra) + 1;

template <class Enum>
void put_enum(BinaryWriter& out, Enum value) {
    out.put<std::uint8_t>(static_cast<std::uint8_t>(value));
}

template <class Enum>
Enum get_enum(BinaryReader& in, std::uint8_t count) {
    const auto v = in.get<std::uint8_t>();
    if (v >= count) in.fail();
    return static_cast<Enum>(v);
}

// [begin, end) within [0, size], or the data is corrupt.
void check_range(BinaryReader& in, std::uint64_t begin, std::uint64_t end, std::uint64_t size) {
    if (begin > end || end > size) in.fail();
}

void check_index(BinaryReader& in, std::uint64_t index, std::uint64_t size) {
    if (index >= size) in.fail();
}

void write_text_tables(BinaryWriter& out, const Document& d) {
    out.put<std::uint64_t>(d.tokens.size());
    for (const Token& t : d.tokens) {
        out.put(t.begin);
        out.put(t.end);
        out.put(t.key);
        put_enum(out, t.kind);
        put_enum(out, t.punct);
        out.put(t.flags);
    }
    out.put<std::uint64_t>(d.sentences.size());
    for (const Sentence& s : d.sentences) {
        out.put(s.begin);
        out.put(s.end);
        out.put(s.token_begin);
        out.put(s.token_end);
        out.put(s.paragraph);
        put_enum(out, s.kind);
    }
    out.put<std::uint64_t>(d.paragraphs.size());
    for (const Paragraph& p : d.paragraphs) {
        out.put(p.begin);
        out.put(p.end);
        out.put(p.sentence_begin);
        out.put(p.sentence_end);
    }
}

void write_actor_tables(BinaryWriter& out, const Document& d) {
    out.put<std::uint64_t>(d.actors.size());
    for (const Actor& a : d.actors) {
        for (const std::string* s :
             {&a.id, &a.name, &a.country, &a.title, &a.role, &a.country_role})
            out.str(*s);
        put_enum(out, a.kind);
        out.put(a.mentions);
        out.put<std::uint8_t>(a.from_gazetteer ? 1 : 0);
        put_enum(out, a.country_rule);
    }
    out.put<std::uint64_t>(d.mentions.size());
    for (const Mention& m : d.mentions) {
        for (const std::uint32_t v :
             {m.begin, m.end, m.token_begin, m.token_end, m.sentence, m.actor})
            out.put(v);
        put_enum(out, m.form);
        put_enum(out, m.rule);
    }
}

void write_stance(BinaryWriter& out, const Document& d) {
    out.put<std::uint64_t>(d.stance.size());
    for (const StanceRecord& r : d.stance) {
        for (const std::uint32_t v :
             {r.source, r.target, r.cue_begin, r.cue_end, r.begin, r.end, r.sentence})
            out.put(v);
        out.put(r.score);
        out.put(r.goldstein);
        out.put<std::uint8_t>((r.negated ? 1 : 0) | (r.quoted ? 2 : 0));
        for (const std::string* s : {&r.category, &r.cameo, &r.plover, &r.rule}) out.str(*s);
    }
}

// Sentences are read before paragraphs, so a sentence's paragraph is checked afterwards.
void read_text_tables(BinaryReader& in, Document& d) {
    const std::uint64_t bytes = d.text.size();
    d.tokens.resize(in.count(20));
    for (Token& t : d.tokens) {
        t.begin = in.get<std::uint32_t>();
        t.end = in.get<std::uint32_t>();
        check_range(in, t.begin, t.end, bytes);
        t.key = in.get<std::uint64_t>();
        t.kind = get_enum<TokenKind>(in, kTokenKinds);
        t.punct = get_enum<Punct>(in, kPuncts);
        t.flags = in.get<std::uint16_t>();
    }
    d.sentences.resize(in.count(21));
    for (Sentence& s : d.sentences) {
        s.begin = in.get<std::uint32_t>();
        s.end = in.get<std::uint32_t>();
        check_range(in, s.begin, s.end, bytes);
        s.token_begin = in.get<std::uint32_t>();
        s.token_end = in.get<std::uint32_t>();
        check_range(in, s.token_begin, s.token_end, d.tokens.size());
        s.paragraph = in.get<std::uint32_t>();
        s.kind = get_enum<SegmentKind>(in, kSegmentKinds);
    }
    d.paragraphs.resize(in.count(16));
    for (Paragraph& p : d.paragraphs) {
        p.begin = in.get<std::uint32_t>();
        p.end = in.get<std::uint32_t>();
        check_range(in, p.begin, p.end, bytes);
        p.sentence_begin = in.get<std::uint32_t>();
        p.sentence_end = in.get<std::uint32_t>();
        check_range(in, p.sentence_begin, p.sentence_end, d.sentences.size());
    }
    for (const Sentence& s : d.sentences) check_index(in, s.paragraph, d.paragraphs.size());
}

void read_actor_tables(BinaryReader& in, Document& d) {
    d.actors.resize(in.count(6 * 8 + 7));
    for (Actor& a : d.actors) {
        for (std::string* s : {&a.id, &a.name, &a.country, &a.title, &a.role, &a.country_role})
            *s = in.str();
        a.kind = get_enum<ActorKind>(in, kActorKinds);
        a.mentions = in.get<std::uint32_t>();
        a.from_gazetteer = in.get<std::uint8_t>() != 0;
        a.country_rule = get_enum<CountryRule>(in, kCountryRules);
    }
    d.mentions.resize(in.count(26));
    for (Mention& m : d.mentions) {
        for (std::uint32_t* v :
             {&m.begin, &m.end, &m.token_begin, &m.token_end, &m.sentence, &m.actor})
            *v = in.get<std::uint32_t>();
        check_range(in, m.begin, m.end, d.text.size());
        check_range(in, m.token_begin, m.token_end, d.tokens.size());
        check_index(in, m.sentence, d.sentences.size());
        check_index(in, m.actor, d.actors.size());
        m.form = get_enum<MentionForm>(in, kForms);
        m.rule = get_enum<MentionRule>(in, kMentionRules);
    }
}

void read_stance(BinaryReader& in, Document& d) {
    d.stance.resize(in.count(7 * 4 + 17 + 4 * 8));
    for (StanceRecord& r : d.stance) {
        for (std::uint32_t* v :
             {&r.source, &r.target, &r.cue_begin, &r.cue_end, &r.begin, &r.end, &r.sentence})
            *v = in.get<std::uint32_t>();
        check_index(in, r.source, d.actors.size());
        check_index(in, r.target, d.actors.size());
        check_range(in, r.cue_begin, r.cue_end, d.text.size());
        check_range(in, r.begin, r.end, d.text.size());
        check_index(in, r.sentence, d.sentences.size());
        r.score = in.get<double>();
        r.goldstein = in.get<double>();
        const auto flags = in.get<std::uint8_t>();
        r.negated = (flags & 1) != 0;
        r.quoted = (flags & 2) != 0;
        for (std::string* s : {&r.category, &r.cameo, &r.plover, &r.rule}) *s = in.str();
    }
}

}  // namespace

std::string save_document(const Document& doc) {
    BinaryWriter out;
    out.data().append(kMagic, kMagicSize);
    out.put(kVersion);
    out.str(doc.text);
    out.put(doc.date);
    write_text_tables(out, doc);
    write_actor_tables(out, doc);
    write_stance(out, doc);
    return std::move(out.data());
}

Document load_document(std::string_view data) {
    if (data.size() < kMagicSize + 4 || std::memcmp(data.data(), kMagic, kMagicSize) != 0)
        throw InvalidInputError(
            "not a stancemap document (its first bytes are not " + std::string(kMagic) + ")", 0);
    BinaryReader in(data.substr(kMagicSize), "document data");
    const auto version = in.get<std::uint32_t>();
    if (version != kVersion)
        throw InvalidInputError("stancemap document format version " + std::to_string(version) +
                                    " is not supported (this build reads version " +
                                    std::to_string(kVersion) + ")",
                                kMagicSize);
    Document doc;
    doc.text = in.str();
    if (doc.text.size() > 0xFFFFFFFFu || utf8::find_invalid(doc.text)) in.fail();
    doc.date = in.get<std::int32_t>();
    read_text_tables(in, doc);
    read_actor_tables(in, doc);
    read_stance(in, doc);
    if (!in.done()) in.fail();
    return doc;
}

}  // namespace stancemap
