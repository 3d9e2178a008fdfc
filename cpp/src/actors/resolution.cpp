// Stage 4, step 4: within-document resolution of persons, roles and countries.
#include "recognizer_run.hpp"

#include <algorithm>
#include <unordered_map>

namespace stancemap::actor_detail {

void RecognizerRun::merge_into(std::int32_t from, std::int32_t into) {
    from = root(from);
    into = root(into);
    if (from == into) return;
    if (persons_[from].entry != kNone && persons_[into].entry == kNone) std::swap(from, into);
    PersonInfo& a = persons_[from];
    PersonInfo& b = persons_[into];
    if (b.country.empty()) give_country(b, a.country, a.country_rule);
    if (b.title.empty()) b.title = a.title;
    b.international = b.international || a.international;
    a.merged_into = into;
}

// Persons of the same name are one; a surname alone joins the one longer name that ends
// with it. Names are looked up by hash, so this is linear in the number of persons.
void RecognizerRun::merge_persons() {
    const auto n = static_cast<std::int32_t>(persons_.size());
    KeyIndex& first_of = buffers_.first_of;  // name hash -> first person (cleared per document)
    for (std::int32_t a = 0; a < n; ++a) {
        const auto [it, fresh] = first_of.emplace(keys_hash(persons_[a].keys), a);
        if (!fresh && persons_[it->second].keys == persons_[a].keys &&
            !courtesy_mismatch(a, it->second) && !courtesy_mismatch(it->second, a))
            merge_into(a, it->second);
    }
    particle_surnames();
    index_surnames();
    for (std::int32_t a = 0; a < n; ++a) {
        if (persons_[a].merged_into != kNone || persons_[a].keys.size() != 1) continue;
        const std::int32_t match = unique_surname(persons_[a].keys[0]);
        if (match == kNone || courtesy_mismatch(a, match)) continue;
        // A surname the dictionary knows ("Howard") names the document's own person
        // ("Michael Howard") when the text has one: the mention moves, the entry stays;
        // not when the text gives the listed person an office the other does not hold
        // ("President Reagan" beside "Nancy Reagan": rule office-keeps-listed-person).
        if (persons_[a].entry != kNone && persons_[match].entry != persons_[a].entry) {
            const std::string& title = persons_[a].title;
            const bool office = !title.empty() && !rules_.is_courtesy_title(token_key(title)) &&
                                persons_[match].title != title;
            if (!office) persons_[a].merged_into = match;
            continue;
        }
        merge_into(a, match);
        // A listed person keeps its entry: the longer name may be the one merged away.
        if (persons_[match].merged_into != kNone) unindex_surname(match);
    }
    given_names_after_titles();
    for (auto& c : cands_) {
        if (c.person == kNone || persons_[c.person].merged_into == kNone) continue;
        const std::int32_t r = root(c.person);
        if (persons_[c.person].keys.size() < persons_[r].keys.size()) c.form = MentionForm::Surname;
        c.person = r;
    }
}

// "Von der Leyen", "Bin Laden", "Da Silva" after "Ursula von der Leyen": a name that opens
// with a particle (any case) is the end of the one longer name in the document that ends
// with its words (rule particle-surname). Linear: one index of the longer names' last words,
// made only when such a name exists.
void RecognizerRun::particle_surnames() {
    const auto particle_first = [&](const PersonInfo& p) {
        return p.merged_into == kNone && p.keys.size() >= 2 &&
               rules_.is_name_particle(p.keys.front());
    };
    if (std::none_of(persons_.begin(), persons_.end(), particle_first)) return;
    std::unordered_map<std::uint64_t, SurnameCount> last_words;
    for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p) {
        const PersonInfo& info = persons_[p];
        if (info.merged_into != kNone || info.keys.size() < 3 || particle_first(info)) continue;
        SurnameCount& c = last_words[info.keys.back()];
        ++c.count;
        c.xor_of ^= static_cast<std::uint32_t>(p);
    }
    for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p) {
        const PersonInfo& info = persons_[p];
        if (!particle_first(info)) continue;
        const auto it = last_words.find(info.keys.back());
        if (it == last_words.end() || it->second.count != 1) continue;
        const auto full = static_cast<std::int32_t>(it->second.xor_of);
        const std::vector<std::uint64_t>& keys = persons_[full].keys;
        if (keys.size() > info.keys.size() &&
            std::equal(info.keys.begin(), info.keys.end(), keys.end() - info.keys.size()))
            merge_into(p, full);
    }
}

// "Mrs Reagan" (title of a woman) is not "Ronald Reagan" (a given name of actor_rules that
// is no woman's): rule courtesy-gender, for a one-word person and a longer name.
bool RecognizerRun::courtesy_mismatch(std::int32_t single, std::int32_t full) const {
    const std::string& title = persons_[single].title;
    if (title.empty() || !rules_.is_female_title(token_key(title))) return false;
    const PersonInfo& other = persons_[full];
    // "Mr Howard" is not "Mrs Howard".
    if (!other.title.empty() && rules_.is_courtesy_title(token_key(other.title)) &&
        !rules_.is_female_title(token_key(other.title)))
        return true;
    if (other.entry == kNone && other.keys.size() < 2) return false;
    const std::uint64_t given =
        other.entry != kNone ? listed_given_name(other.entry) : other.keys.front();
    return rules_.is_given_name(given) && !rules_.is_female_given_name(given);
}

// "Sir Paul" after "Sir Paul McCartney": a one-word person after a title written before
// given names (given_name_titles) is the one longer name that starts with that word (rule
// given-name-after-title), not a surname. Linear: one index of first name words.
void RecognizerRun::given_names_after_titles() {
    // Most documents have no such name: one look at the persons says so, before any index.
    const bool any = std::any_of(persons_.begin(), persons_.end(), [&](const PersonInfo& info) {
        return info.merged_into == kNone && info.keys.size() == 1 && !info.title.empty() &&
               rules_.is_given_name_title(info.title);
    });
    if (!any) return;
    std::unordered_map<std::uint64_t, SurnameCount> firsts;  // first word -> persons
    for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p) {
        const PersonInfo& info = persons_[p];
        if (info.merged_into != kNone || info.keys.size() < 2) continue;
        SurnameCount& f = firsts[info.keys.front()];
        ++f.count;
        f.xor_of ^= static_cast<std::uint32_t>(p);
    }
    for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p) {
        const PersonInfo& info = persons_[p];
        if (info.merged_into != kNone || info.keys.size() != 1 || info.entry != kNone ||
            !rules_.is_given_name_title(info.title))
            continue;
        const auto it = firsts.find(info.keys[0]);
        if (it == firsts.end() || it->second.count != 1) continue;
        merge_into(p, static_cast<std::int32_t>(it->second.xor_of));
    }
}

// The surnames of a person named in full: the last word of the name, and a listed
// person's own surnames ("Chun" of "Chun Doo Hwan", written family name first).
template <typename F>
void RecognizerRun::for_each_surname(std::int32_t p, F&& f) const {
    const PersonInfo& info = persons_[static_cast<std::size_t>(p)];
    if (info.keys.size() < 2) return;
    f(info.keys.back());
    if (info.entry == kNone) return;
    for (const std::uint64_t key : gaz_.surname_keys(static_cast<std::size_t>(info.entry)))
        if (key != info.keys.back()) f(key);
}

void RecognizerRun::index_surnames() {
    surnames_.clear();
    for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p) {
        if (persons_[p].merged_into != kNone) continue;
        for_each_surname(p, [&](std::uint64_t key) {
            SurnameCount& s = surnames_[key];
            ++s.count;
            s.xor_of ^= static_cast<std::uint32_t>(p);
        });
    }
}

void RecognizerRun::unindex_surname(std::int32_t p) {
    for_each_surname(p, [&](std::uint64_t key) {
        const auto it = surnames_.find(key);
        if (it == surnames_.end() || it->second.count == 0) return;
        --it->second.count;
        it->second.xor_of ^= static_cast<std::uint32_t>(p);
    });
}

// The unmerged persons by the hash of their full name, and the longest name (in words).
void RecognizerRun::index_person_keys() {
    by_name_.clear();
    longest_name_ = 0;
    first_key_bits_ = last_key_bits_ = 0;
    for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p) {
        if (persons_[p].merged_into != kNone || persons_[p].keys.empty()) continue;
        by_name_.emplace(keys_hash(persons_[p].keys), p);
        first_key_bits_ |= key_bit(persons_[p].keys.front());
        longest_name_ = std::max(longest_name_, persons_[p].keys.size());
    }
    // merge_persons left surnames_ up to date (it unindexes the persons it merges away).
    for (const auto& [key, count] : surnames_)
        if (count.count > 0) last_key_bits_ |= key_bit(key);
}

// The longest known person's name starting at token i (bounded by longest_name_ words:
// one hash look-up per length), or kNone.
std::int32_t RecognizerRun::person_named_at(std::uint32_t i, std::uint32_t te,
                                            std::uint32_t& length) const {
    std::int32_t found = kNone;
    std::uint64_t h = 0;
    for (std::uint32_t k = i; k < te && k - i < longest_name_; ++k) {
        if (owner_[k] != kNone) break;
        h = combine_key(h, tokens_[k].key);
        const std::uint32_t len = k - i + 1;
        const auto it = by_name_.find(combine_key(h, len));
        if (it == by_name_.end()) continue;
        if (!same_keys(persons_[static_cast<std::size_t>(it->second)].keys, i, k + 1)) continue;
        found = it->second;
        length = len;
    }
    return found;
}

// Later mentions of a known person without a cue: "Antony Blinken" again, "Blinken".
void RecognizerRun::find_repeated_names(std::uint32_t s, const Sentence& sent) {
    if (by_name_.empty()) return;
    const std::uint32_t te = sent.token_end;
    const auto [first, last] = in_sentence(name_words_, names_at_, s);
    std::uint32_t resume = sent.token_begin;
    for (const std::uint32_t* it = first; it != last; ++it) {
        const std::uint32_t i = *it;
        if (i < resume || owner_[i] != kNone) continue;
        if (((first_key_bits_ | last_key_bits_) & key_bit(tokens_[i].key)) == 0) continue;
        std::uint32_t length = 0;
        std::int32_t found = person_named_at(i, te, length);
        MentionForm form = MentionForm::Name;
        if (found == kNone) {
            found = unique_surname(tokens_[i].key);
            length = 1;
            form = MentionForm::Surname;
        }
        if (found == kNone) continue;
        // "Blinken" inside a longer unknown name is somebody else ("Hunter Biden").
        if (i + length < te && is_name_word(i + length) && owner_[i + length] == kNone) continue;
        if (form == MentionForm::Surname && i > sent.token_begin && is_name_word(i - 1) &&
            owner_[i - 1] == kNone && !sentence_initial(i - 1, sent) && !title_ends_at(i - 1, sent))
            continue;
        const std::vector<std::uint64_t>& keys = persons_[static_cast<std::size_t>(found)].keys;
        if (form == MentionForm::Surname && keys.size() >= 2 &&
            !title_fits_given_name(i, sent, keys.front()))
            continue;  // "Mrs Reagan" after "Ronald Reagan" (rule courtesy-gender)
        // "von der Leyen": the particles before a surname that the full name has too.
        std::uint32_t b = i;
        while (form == MentionForm::Surname && b > sent.token_begin && keys.size() > i + 1 - b &&
               owner_[b - 1] == kNone && word_is(b - 1, ActorRules::kParticle) &&
               tokens_[b - 1].key == keys[keys.size() - 1 - (i + 1 - b)])
            --b;
        Candidate c = span(b, i + length, s);
        c.person = found;
        c.form = form;
        c.rule =
            form == MentionForm::Surname ? MentionRule::PersonSurname : MentionRule::PersonRepeated;
        add(c);
        resume = i + length;
    }
}

void RecognizerRun::resolve_roles() {
    if (roles_.empty()) return;
    std::unordered_map<std::string, Bucket> buckets;
    // A listed person's country comes from the dictionary, not the text: for a role
    // description it counts as unknown ("the American Secretary of State" in a text
    // naming Kerry and Blinken fits both).
    const auto key_country = [&](std::int32_t p) -> const std::string& {
        static const std::string none;
        return persons_[p].entry != kNone ? none : persons_[p].country;
    };
    const auto move = [&](std::int32_t p, int sign) {
        Bucket& b = buckets[bucket_key(key_country(p), persons_[p].title)];
        b.count = static_cast<std::uint32_t>(static_cast<int>(b.count) + sign);
        b.xor_of ^= static_cast<std::uint32_t>(p);
    };
    for (std::int32_t p = 0; p < static_cast<std::int32_t>(persons_.size()); ++p)
        if (persons_[p].merged_into == kNone) move(p, +1);
    const auto bucket = [&](const std::string& country, const std::string& title) {
        const auto it = buckets.find(bucket_key(country, title));
        return it == buckets.end() ? Bucket{} : it->second;
    };
    for (const RoleInfo& role : roles_) {
        // "a Russian official" is somebody the text does not name: an agent of its own.
        if (role.indefinite) continue;
        const std::string country = country_of(role.affiliation);
        const Bucket untitled = bucket(country, std::string());
        const Bucket titled = role.title.empty() ? Bucket{} : bucket(country, role.title);
        std::uint32_t count = untitled.count + titled.count;
        std::uint32_t match = untitled.xor_of ^ titled.xor_of;
        if (count == 0) {
            // The one named person whose country the text has not given yet.
            const Bucket unknown = bucket(std::string(), std::string());
            count = unknown.count;
            match = unknown.xor_of;
        }
        if (count != 1) continue;  // unresolved: the country mention stays
        const auto person = static_cast<std::int32_t>(match);
        // A listed person of another country is not "the French foreign minister".
        const std::string& known = persons_[static_cast<std::size_t>(person)].country;
        if (!known.empty() && known != country) continue;
        // A listed person out of office at the document's date ("then-president Anwar Sadat"
        // in 1987) holds no title now (rule role-out-of-office).
        if (out_of_office(persons_[static_cast<std::size_t>(person)].entry)) continue;
        move(person, -1);
        PersonInfo& info = persons_[static_cast<std::size_t>(person)];
        give_country(info, country, CountryRule::PersonRole);
        if (info.title.empty()) info.title = role.title;
        move(person, +1);
        drop(role.affiliation);
        Candidate c = span(role.tb, role.te, role.sentence);
        c.person = person;
        c.form = MentionForm::Role;
        c.rule = MentionRule::PersonRole;
        add(c);
    }
}

// "O'Rourke, a former United States Representative", "Boris Johnson — former Foreign
// Secretary": a title in an apposition after a person's mention.
void RecognizerRun::titles_after_names() {
    for (std::size_t k = 0; k < cands_.size(); ++k) {
        const Candidate& c = cands_[k];
        if (c.dropped || c.person == kNone) continue;
        const std::uint32_t te = doc_.sentences[c.sentence].token_end;
        std::uint32_t p = c.te;
        if (p + 1 >= te) continue;
        if (tokens_[p + 1].has(kHyphenated)) {  // "(D-Neb.)": rule party-state-tag
            PersonInfo& person = persons_[static_cast<std::size_t>(root(c.person))];
            give_country(person, party_tag_country(p, te), CountryRule::PartyTag);
        }
        if (tokens_[p].punct == Punct::OpenBracket) {  // "(Switzerland)": country-in-brackets
            PersonInfo& person = persons_[static_cast<std::size_t>(root(c.person))];
            give_country(person, bracketed_country(p + 1, te), CountryRule::CountryInBrackets);
        }
        if (tokens_[p].key == kKeyOf) {  // "Kofi Mensah of Ghana": country-of-after-name
            PersonInfo& person = persons_[static_cast<std::size_t>(root(c.person))];
            give_country(person, country_after_of(p + 1, te), CountryRule::CountryOfAfterName);
        }
        if (tokens_[p].punct != Punct::Comma && tokens_[p].punct != Punct::Dash) continue;
        ++p;
        if (tokens_[p].key == kKeyThe || tokens_[p].key == kKeyA || tokens_[p].key == kKeyAn) ++p;
        // "a former", "the then": a historical marker, then up to two modifiers.
        if (p < te && word_is(p, ActorRules::kHistorical) && !tokens_[p].has(kCapitalized)) ++p;
        for (int words = 0; words < 2 && p < te && lower_modifier(p); ++words) ++p;
        std::int32_t country = kNone;
        if (p < te && absorbable(owner_[p]) && cands_[owner_[p]].tb == p &&
            gaz_.entries()[static_cast<std::size_t>(cands_[owner_[p]].entry)].kind ==
                ActorKind::Country) {
            country = owner_[p];
            p = cands_[country].te;
        }
        if (p >= te || title_len_[p] == 0 || owner_[p] != kNone) continue;
        // "John Smith, Foreign Minister Anna Berg": the title is the next person's.
        const std::uint32_t after = p + title_len_[p];
        if (after < te && (is_name_word(after) || owner_[after] != kNone)) continue;
        PersonInfo& person = persons_[static_cast<std::size_t>(root(c.person))];
        if (person.title.empty()) person.title = rules_.title(title_value_[p]);
        if (country != kNone && person.country.empty()) {
            give_country(person, country_of(country), CountryRule::TitleApposition);
            drop(country);
        }
    }
}

// "English mathematician John Horton Conway", "US theoretical astrophysicist David
// Spergel": a country adjective and one to three lower-case words just before a person's
// name give the person's nationality (rule nationality-before-name); a demonym right before
// the name does too ("fellow American Andy Roddick"), and so does a country's possessive
// ("Britain's Paula Radcliffe", "the USA's Andy Roddick": rule country-possessive). The
// country mention stays. Bounded: five tokens looked at per person mention.
void RecognizerRun::nationality_before_names() {
    for (const Candidate& c : cands_) {
        if (c.dropped || c.person == kNone) continue;
        const Sentence& sent = doc_.sentences[c.sentence];
        std::uint32_t j = c.tb, words = 0;
        while (j > sent.token_begin && words < 3 && lower_modifier(j - 1)) {
            --j;
            ++words;
        }
        const bool possessive =
            j > sent.token_begin + 1 && tokens_[j - 1].kind == TokenKind::Possessive;
        if (possessive) --j;
        if (j == sent.token_begin) continue;
        if (!possessive) place_before_person(c, j, words, sent);
        const std::int32_t o = owner_[j - 1];
        if (o == kNone || cands_[o].dropped || cands_[o].te != j) continue;
        const Candidate& adj = cands_[o];
        if (adj.form != MentionForm::Demonym && adj.form != MentionForm::Name) continue;
        // Without a word between, only a demonym or a possessive ("Britain Tony Blair" is
        // no phrase).
        if (words == 0 && !possessive && adj.form != MentionForm::Demonym) continue;
        if (adj.entry == kNone ||
            gaz_.entries()[static_cast<std::size_t>(adj.entry)].kind != ActorKind::Country)
            continue;
        PersonInfo& p = persons_[static_cast<std::size_t>(root(c.person))];
        give_country(
            p, country_of(o),
            possessive ? CountryRule::CountryPossessive : CountryRule::NationalityBeforeName);
    }
}

// A person with an office but no country in a text about one country holds that
// country's office ("Prime Minister Theresa May" in a story about Britain): the country
// must have at least 60% of the country mentions, and two of them.
// "Wisconsin Governor Tony Evers", "New York investor Martin Sosnoff", "Hollywood star Tom
// Hanks": a place of place_countries before a title or lower-case words before the name
// gives the person the place's country (rule place-before-title). j: where the lower-case
// words before the name begin. Bounded: a title of at most four words, then a place of at
// most place_depth() words.
void RecognizerRun::place_before_person(const Candidate& c, std::uint32_t j, std::uint32_t words,
                                        const Sentence& sent) {
    PersonInfo& p = persons_[static_cast<std::size_t>(root(c.person))];
    if (!p.country.empty()) return;
    if (words == 0) {  // a title right before the name: the place comes before it
        std::uint32_t k = j;
        while (k > sent.token_begin && j - k < 4 && title_len_[k - 1] != j - (k - 1)) --k;
        if (k == sent.token_begin || title_len_[k - 1] != j - (k - 1)) return;
        j = k - 1;
    }
    const PhraseTrie& places = rules_.places_reversed();
    std::uint32_t node = PhraseTrie::kRoot;
    for (std::uint32_t k = j; k > sent.token_begin && j - k < rules_.place_depth(); --k) {
        if (!tokens_[k - 1].has(kCapitalized) || owner_[k - 1] != kNone) return;
        node = places.child(node, tokens_[k - 1].key);
        if (node == PhraseTrie::kNoNode) return;
        const std::uint32_t value = places.value(node);
        // The place is the whole capitalised run: "New York" in "York investor" is not.
        if (value != PhraseTrie::kNoValue &&
            (k - 1 == sent.token_begin || !is_name_word(k - 2) || owner_[k - 2] != kNone)) {
            give_country(p, rules_.place_country(value), CountryRule::PlaceBeforeTitle);
            return;
        }
    }
}

// "Roger Federer (Switzerland)": the country of a country's name alone in brackets from
// token k, or "" (the mention stays).
std::string RecognizerRun::bracketed_country(std::uint32_t k, std::uint32_t te) const {
    const std::int32_t c = owner_[k];
    if (c == kNone || cands_[c].dropped || cands_[c].tb != k || cands_[c].te >= te ||
        tokens_[cands_[c].te].punct != Punct::CloseBracket || cands_[c].entry == kNone)
        return {};
    const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(cands_[c].entry)];
    return e.kind == ActorKind::Country ? e.country : std::string();
}

// "X of Ghana", "X of the United States": a country's name from token k (after "of" and an
// optional "the") that is not the start of a longer name ("of the United States Geological
// Survey" is an organisation's), or "".
std::string RecognizerRun::country_after_of(std::uint32_t k, std::uint32_t te) const {
    if (k < te && tokens_[k].key == kKeyThe) ++k;
    if (k >= te) return {};
    const std::int32_t c = owner_[k];
    if (c == kNone || cands_[c].dropped || cands_[c].tb != k || cands_[c].entry == kNone ||
        cands_[c].form != MentionForm::Name || cands_[c].ambiguous)  // "of Georgia": a state?
        return {};
    if (cands_[c].te < te && is_name_word(cands_[c].te)) return {};
    const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(cands_[c].entry)];
    return e.kind == ActorKind::Country ? e.country : std::string();
}

// The country of a party tag at token k ("D-Neb." after "(" or ","), or "".
std::string RecognizerRun::party_tag_country(std::uint32_t k, std::uint32_t te) const {
    if (k + 1 >= te || !tokens_[k + 1].has(kHyphenated) ||
        (tokens_[k].punct != Punct::OpenBracket && tokens_[k].punct != Punct::Comma))
        return {};
    const std::string_view w = tokens_[k + 1].view(doc_.text);
    const std::size_t dash = w.find('-');
    if (dash == 0 || dash + 1 >= w.size() || w[dash + 1] < 'A' || w[dash + 1] > 'Z') return {};
    return rules_.party_tag_country(w.substr(0, dash));
}

// "IMF Managing Director X", "EC Farm Commissioner X": an organisation of the gazetteer
// without a country (or a name holding one: "EC Commission") right before the title before
// a person's mention makes the person an official of an international body (rule
// international-official), to whom assign_dominant_country gives no country. Bounded: a
// title of at most four words, two title words and a possessive before it per mention.
void RecognizerRun::international_officials() {
    for (const Candidate& c : cands_) {
        if (c.dropped || c.person == kNone) continue;
        const Sentence& sent = doc_.sentences[c.sentence];
        std::uint32_t k = c.tb;
        while (k > sent.token_begin && c.tb - k < 4 && title_len_[k - 1] != c.tb - (k - 1)) --k;
        if (k == sent.token_begin || title_len_[k - 1] != c.tb - (k - 1)) continue;
        if (international_body_before(k - 1, sent))
            persons_[static_cast<std::size_t>(root(c.person))].international = true;
    }
}

bool RecognizerRun::international_body_before(std::uint32_t tb, const Sentence& sent) const {
    std::uint32_t k = skip_title_modifiers(tb, sent);
    if (k > sent.token_begin + 1 && tokens_[k - 1].kind == TokenKind::Possessive) --k;
    if (k <= sent.token_begin) return false;
    const std::int32_t c = owner_[k - 1];
    if (c == kNone || cands_[c].dropped || cands_[c].te != k) return false;
    if (const GazetteerEntry* e = entry_of(c))
        return e->kind == ActorKind::Organisation && e->country.empty();
    return cands_[c].organisation != kNone &&
           orgs_[static_cast<std::size_t>(cands_[c].organisation)].international;
}

// The country a document is mostly about: named in at least half of its country mentions
// (persons' countries included) and at least twice as often as any other; "" if none.
std::string RecognizerRun::dominant_country() {
    // Country id -> mentions, in first-seen order: a document names a few countries, so a
    // short scan beats a hash map of strings (and allocates only when the buffer grows).
    auto& counts = buffers_.country_counts;
    counts.clear();
    int total = 0;
    const auto count = [&](std::string_view id) {
        ++total;
        for (auto& [known, n] : counts)
            if (known == id) {
                ++n;
                return;
            }
        counts.emplace_back(id, 1);
    };
    for (const auto& c : cands_) {
        if (c.dropped || c.entry == kNone) continue;
        const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(c.entry)];
        if (e.kind == ActorKind::Country) count(e.id);
    }
    // Countries absorbed into titles ("New Zealand Prime Minister") count too. "Rep. Richard
    // Gephardt", "Congressman Ed Zorin": the title of one country's office (title_countries,
    // rule office-title-country) gives a person without a country that country first, so
    // the dominant country cannot give it another.
    for (auto& p : persons_) {
        if (p.merged_into != kNone) continue;
        if (p.country.empty() && !p.title.empty())
            give_country(p, rules_.title_country(p.title), CountryRule::TitleCountry);
        if (!p.country.empty()) count(p.country);
    }
    std::string_view top_id;
    int top = 0, second = 0;
    for (const auto& [id, n] : counts) {
        if (n > top) {
            second = top;
            top = n;
            top_id = id;
        } else if (n > second) {
            second = n;
        }
    }
    if (top_id.empty() || top * 2 < total || top < 2 * second) return std::string();
    return std::string(top_id);
}

void RecognizerRun::assign_dominant_country() {
    const std::string dominant = dominant_country();
    if (dominant.empty()) return;
    // "singer Ray Charles", "Liverpool manager Rafael Benitez": an occupation is no office
    // of the country a text is about (rule occupation-no-office-country).
    const auto takes_it = [&](const PersonInfo& p) {
        return p.merged_into == kNone && p.country.empty() && !p.title.empty() &&
               !rules_.is_occupation_title(p.title);
    };
    if (std::none_of(persons_.begin(), persons_.end(), takes_it)) return;
    // An official of an international body serves no country (rule international-official).
    international_officials();
    visitors(dominant);
    for (auto& p : persons_)
        if (takes_it(p) && !p.international && !p.visitor)
            give_country(p, dominant, CountryRule::DominantCountry);
}

// "King Hussein met President Reagan in Washington", in a text mostly about the United
// States: a person without a country in a sentence with a word of visit_words that places
// things in the dominant country ("in Washington") and names another person of it (the host)
// is a visitor; the host's country is not his (rule visitor-not-host). Each sentence of such
// a person is read once (the mentions are sorted by sentence first): linear in the text.
void RecognizerRun::visitors(const std::string& dominant) {
    // No person of the dominant country, no host: most documents stop here.
    if (std::none_of(persons_.begin(), persons_.end(), [&](const PersonInfo& p) {
            return p.merged_into == kNone && p.country == dominant;
        }))
        return;
    // (sentence, person) of the persons the dominant country would go to, as
    // assign_dominant_country chooses them: titled, no occupation, no international official.
    auto& at = buffers_.visitor_mentions;
    at.clear();
    for (const Candidate& c : cands_) {
        if (c.dropped || c.person == kNone) continue;
        const PersonInfo& p = persons_[static_cast<std::size_t>(root(c.person))];
        if (p.country.empty() && !p.title.empty() && !p.international &&
            !rules_.is_occupation_title(p.title))
            at.emplace_back(c.sentence, root(c.person));
    }
    std::sort(at.begin(), at.end());
    std::uint32_t read = ~std::uint32_t{0};
    bool hosted = false;
    for (const auto& [s, p] : at) {
        if (s != read) {
            read = s;
            hosted = hosted_in(s, dominant);
        }
        if (hosted) persons_[static_cast<std::size_t>(p)].visitor = true;
    }
}

// Whether sentence s names a person of country d, has a visit word and places things in d
// (asked in that order: the host is the rarest, and a token costs one look for it).
bool RecognizerRun::hosted_in(std::uint32_t s, const std::string& d) const {
    const Sentence& sent = doc_.sentences[s];
    bool host = false;
    for (std::uint32_t k = sent.token_begin; k < sent.token_end && !host; ++k) {
        const std::int32_t c = owner_[k];
        host = c != kNone && cands_[c].person != kNone && !cands_[c].dropped &&
               persons_[static_cast<std::size_t>(root(cands_[c].person))].country == d;
    }
    if (!host) return false;
    bool visit = false;
    for (std::uint32_t k = sent.token_begin; k < sent.token_end && !visit; ++k)
        visit = rules_.is_visit_word(tokens_[k].key);
    return visit && located_country(s) == d;
}

// Whether a listed person (entry) has dated roles and held none but CAMEO's ELI at the
// document's date; never without a date or an entry.
bool RecognizerRun::out_of_office(std::int32_t entry) const {
    if (entry == kNone || doc_.date == kNoDate) return false;
    const GazetteerEntry& e = gaz_.entries()[static_cast<std::size_t>(entry)];
    return !e.roles.empty() && person_role(entry).empty();
}

}  // namespace stancemap::actor_detail
