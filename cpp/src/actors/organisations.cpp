// Stage 4, step 2: organisations not in the gazetteer, by name shape.
#include "recognizer_run.hpp"

namespace stancemap::actor_detail {

void RecognizerRun::find_organisations(std::uint32_t s, const Sentence& sent) {
    const std::uint32_t tb = sent.token_begin, te = sent.token_end;
    const auto [first, last] = in_sentence(org_words_, orgs_at_, s);
    std::uint32_t resume = tb;
    for (const std::uint32_t* it = first; it != last; ++it) {
        const std::uint32_t i = *it;
        if (i < resume || owner_[i] != kNone) continue;
        // "General Electric Co": a legal form after a gazetteer organisation lengthens its
        // mention, and the organisation stays the gazetteer's.
        if (i > tb && word_is(i, ActorRules::kCorporateSuffix) &&
            extend_gazetteer_organisation(i, te)) {
            resume = cands_[owner_[i]].te;
            continue;
        }
        // Left: capitalised words, gazetteer names, connectors between capitals.
        std::uint32_t left = i;
        // "Sears, Roebuck and Co", "Piper, Jaffray and Hopwood Inc": a partnership's name
        // ends in "and" and a legal form or one name and an organisation word; one comma
        // joins its first one or two words to it (rule org-and-name).
        const bool partnership = partnership_end(i, tb);
        std::uint32_t comma = 0;
        while (left > tb) {
            const std::uint32_t j = left - 1;
            const bool title = is_title_start(j, te) || title_ends_at(j, sent);
            const bool title_first = title && title_names_company(j, i);  // "President Optics Inc"
            if (title && !title_first) break;
            const bool word = is_cap_word(j) &&
                              (title_first || !word_is(j, ActorRules::kStopword)) &&
                              (owner_[j] == kNone || absorbable(owner_[j]));
            // Only "and"/"&" joins words on the left ("Procter and Gamble Co"), and not
            // two organisations ("University of X and Center for Y"); "Fiat and General
            // Motors" is split again by split_coordinations when the document says so.
            const bool connector = (tokens_[j].key == kKeyAnd || tokens_[j].key == kKeyAmp) &&
                                   j > tb && is_cap_word(j - 1) &&
                                   !word_is(j - 1, ActorRules::kStopword) &&
                                   (!organisation_before(j, tb) || and_compound(j));
            // "Banca Cattolica del Veneto SpA", "Audio/Video Affiliates Inc".
            const bool glue = j > tb && name_glue(j) && org_run_word(j - 1, te);
            const bool partner = partnership && comma == 0 && tokens_[j].punct == Punct::Comma &&
                                 j > tb && is_name_word(j - 1) && owner_[j - 1] == kNone;
            // "Sara Lee Corp of Canada Ltd", "Lowe's Cos Inc", "Industrial Equity (Pacific)
            // Ltd": an "of" and a country, a possessive or a bracketed word inside a name.
            const std::uint32_t inner = left_name_part(j, left, i, tb);
            if (inner != j + 1) {
                left = inner;
                continue;
            }
            if (!word && !connector && !glue && !partner) break;
            if (comma != 0 && comma - j > 2) break;  // two words before the comma at most
            if (partner) comma = j;
            left = j;
        }
        // "A, B, C and D Corp" is a list: the comma joins no partner after another one ("its
        // adviser, Goldman, Sachs and Co" is no list: a lower-case word before that comma).
        if (comma != 0 && left > tb + 1 && tokens_[left - 1].punct == Punct::Comma &&
            is_cap_word(left - 2))
            left = comma + 1;
        left = after_titled_name(left, i, sent);
        const std::uint32_t right = organisation_name_end(left, i, te);
        if (right - left < 2 || only_legal_forms(left, right)) continue;
        add_organisation(left, right, s);
        resume = right;
    }
}

// "Finance Minister Anna Berg and National Bank President X": words right after a title
// are a person's name, so the organisation starts after the "and" between them.
std::uint32_t RecognizerRun::after_titled_name(std::uint32_t left, std::uint32_t i,
                                               const Sentence& sent) const {
    if (left == sent.token_begin || !title_ends_at(left - 1, sent)) return left;
    for (std::uint32_t k = left + 1; k + 1 < i; ++k)
        if (tokens_[k].key == kKeyAnd || tokens_[k].key == kKeyAmp) return k + 1;
    return left;
}

// Words inside a company's name that the left walk of find_organisations crosses at token
// j (left: the name's first token so far, i: its organisation word): "Sara Lee Corp of
// Canada Ltd" (an "of" between an organisation word and the country before the legal form:
// rule org-of-country), "Lowe's Cos Inc" (a possessive glued to a name word, the legal form
// right after it: org-possessive-name), "Industrial Equity (Pacific) Ltd" (one capitalised
// word in brackets right before the legal form: org-bracketed-word). The new first token,
// or j + 1 if none.
std::uint32_t RecognizerRun::left_name_part(std::uint32_t j, std::uint32_t left, std::uint32_t i,
                                            std::uint32_t tb) const {
    if (j <= tb) return j + 1;
    const Token& t = tokens_[j];
    const bool free_before = owner_[j - 1] == kNone || absorbable(owner_[j - 1]);
    if (t.key == kKeyOf && left < i && is_org_word(j - 1) && free_before) {
        const std::int32_t c = owner_[left];
        if (absorbable(c) && cands_[c].tb == left && cands_[c].te == i &&
            gaz_.entries()[static_cast<std::size_t>(cands_[c].entry)].kind == ActorKind::Country)
            return j - 1;
    }
    if (left != i || !word_is(i, ActorRules::kCorporateSuffix)) return j + 1;
    if (t.kind == TokenKind::Possessive && !t.has(kSpaceBefore) && is_name_word(j - 1) &&
        owner_[j - 1] == kNone)
        return j - 1;
    if (t.punct == Punct::CloseBracket && j >= tb + 3 &&
        tokens_[j - 2].punct == Punct::OpenBracket && is_cap_word(j - 1) &&
        (owner_[j - 1] == kNone || absorbable(owner_[j - 1])) && is_cap_word(j - 3) &&
        (owner_[j - 3] == kNone || absorbable(owner_[j - 3])))
        return j - 3;
    return j + 1;
}

// Whether every word of [b, e) is a legal form ("Co Ltd", "Inc"): no company's name.
bool RecognizerRun::only_legal_forms(std::uint32_t b, std::uint32_t e) const {
    for (std::uint32_t k = b; k < e; ++k)
        if (!word_is(k, ActorRules::kCorporateSuffix)) return false;
    return true;
}

// Right of the organisation word at i in a name that starts at first: "of"/"for"/"and" +
// capitalised words ("Ministry of Foreign Affairs"; a legal form ends a name: "Salomon
// Brothers Inc and Goldman" are two), the capitalised words up to a later
// organisation word ("Computer Network Technology Corp", "House Ways and Means Committee";
// rule org-name-run), a head word's name ("Bank Negara"), then legal forms ("Honda Motor Co
// Ltd"). Bounded: at most kNameRounds runs of kNameRun tokens.
std::uint32_t RecognizerRun::organisation_name_end(std::uint32_t first, std::uint32_t i,
                                                   std::uint32_t te) const {
    std::uint32_t right = i + 1;
    for (std::uint32_t round = 0; round < kNameRounds; ++round) {
        while (right + 1 < te && is_connector(right) && tokens_[right].key != kKeyThe) {
            // "Development Bank of the Philippines": a place named with its "the" (rule
            // org-of-country).
            const std::uint32_t place = of_the_place_end(right, te);
            if (place != 0) {
                right = place;
                continue;
            }
            if (!is_cap_word(right + 1) ||
                !(owner_[right + 1] == kNone || absorbable(owner_[right + 1])) ||
                splits_at_and(right, te))
                break;
            right += 2;
            while (right < te && is_cap_word(right) &&
                   (owner_[right] == kNone || absorbable(owner_[right])))
                ++right;
        }
        if (right >= te || !(is_cap_word(right) || is_connector(right) || name_glue(right))) break;
        const std::uint32_t next = later_organisation_word(first, right, te);
        if (next == right) break;
        right = next;
    }
    // "Bank Negara", "Bank Leumi": capitalised words after a head word that starts the
    // name, three at most (not a title: "Bank Governor X" stops at the title).
    if (right == i + 1 && first == i && word_is(i, ActorRules::kOrganisationHead))
        while (right < te && right < i + 4 && is_name_word(right) && owner_[right] == kNone &&
               !is_title_start(right, te) && !word_is(right, ActorRules::kGivenName))
            ++right;
    return corporate_suffix_end(right, te);
}

// An "and" at token k that ends a name: before another organisation's name ("Federal
// Reserve Board and Treasury Department") or after a legal form ("Salomon Brothers Inc and
// Goldman"); not in an and-compound, nor before a legal form ("Baring Brothers and Co Ltd":
// rule org-and-legal-form).
bool RecognizerRun::splits_at_and(std::uint32_t k, std::uint32_t te) const {
    if (tokens_[k].key != kKeyAnd || and_compound(k)) return false;
    if (word_is(k - 1, ActorRules::kCorporateSuffix)) return true;
    return organisation_after(k + 1, te) && !word_is(k + 1, ActorRules::kCorporateSuffix);
}

// "of the Philippines", "for the Middle East": after the "of"/"for" at token k, a gazetteer
// country or region named with its "the" (a mention starting at "the"), which joins a name;
// its end, or 0.
std::uint32_t RecognizerRun::of_the_place_end(std::uint32_t k, std::uint32_t te) const {
    if ((tokens_[k].key != kKeyOf && tokens_[k].key != kKeyFor) || tokens_[k + 1].key != kKeyThe)
        return 0;
    const std::int32_t c = owner_[k + 1];
    if (!absorbable(c) || cands_[c].tb != k + 1 || cands_[c].te > te) return 0;
    const ActorKind kind = gaz_.entries()[static_cast<std::size_t>(cands_[c].entry)].kind;
    return kind == ActorKind::Country || kind == ActorKind::Region ? cands_[c].te : 0;
}

// The end of the last organisation word in the run of name words from k (kNameRun tokens
// at most; "of", "for", "&", a name glue and an "and" that continues the name join them),
// or k if the run has none.
std::uint32_t RecognizerRun::later_organisation_word(std::uint32_t first, std::uint32_t k,
                                                     std::uint32_t te) const {
    std::uint32_t last = k;
    for (std::uint32_t j = k; j < te && j < k + kNameRun; ++j) {
        if (org_run_word(j, te)) {
            if (is_org_word(j)) last = j + 1;
            continue;
        }
        const std::uint64_t key = tokens_[j].key;
        const bool joins = j + 1 < te && org_run_word(j + 1, te) &&
                           (key == kKeyOf || key == kKeyFor || key == kKeyAmp || name_glue(j) ||
                            (key == kKeyAnd && and_continues_name(first, j)));
        if (!joins) break;
    }
    return last;
}

// "House Ways and Means Committee", "Post and Telecommunication Administration": the
// words of a name before the "and" at k are no name of their own (no "of"/"for" among them,
// and no organisation word at their end unless it is their only word), and the word after
// it is no organisation word ("Federal Reserve Board and Treasury Department" are two).
bool RecognizerRun::and_continues_name(std::uint32_t first, std::uint32_t k) const {
    if (k <= first || is_org_word(k + 1)) return false;
    if (is_org_word(k - 1) && k - 1 != first) return false;
    for (std::uint32_t j = first; j < k; ++j)
        if (tokens_[j].key == kKeyOf || tokens_[j].key == kKeyFor) return false;
    return true;
}

// "General Motors", "General Electric": a one-word title (not the end of a longer one)
// right before the organisation word at i is the first word of the name, unless a title
// starts at i ("Deputy Energy Minister"). Before a legal form it may stand one or two name
// words earlier ("General Dynamics Corp", "King World Productions Inc": rule
// org-title-first-word), when they are no given name or title: "Senator Jane Ross Inc"
// stays a person's firm.
bool RecognizerRun::title_names_company(std::uint32_t j, std::uint32_t i) const {
    if (j + 1 > i || j + 3 < i || title_len_[j] != 1 || title_len_[i] != 0 ||
        !tokens_[j].has(kCapitalized) || tokens_[j].has(kTitleAbbreviation))
        return false;
    if (j > 0 && title_len_[j - 1] >= 2 && title_end_[j] != 0) return false;
    if (j + 1 == i) return true;
    const bool legal_form =
        word_is(i, ActorRules::kCorporateSuffix) ||
        (i + 1 < tokens_.size() && word_is(i + 1, ActorRules::kCorporateSuffix));
    if (!legal_form) return false;
    for (std::uint32_t k = j + 1; k < i; ++k)
        if (!is_name_word(k) || owner_[k] != kNone || word_is(k, ActorRules::kGivenName) ||
            title_len_[k] != 0)
            return false;
    return true;
}

// An organisation word among the capitalised words before token j, or an "of"/"for" after
// one ("University of X and ..."; not "Fathi of Prescott Ball and ...", where the words
// before "of" are a person's).
bool RecognizerRun::organisation_before(std::uint32_t j, std::uint32_t tb) const {
    for (std::uint32_t k = j; k-- > tb;) {
        if (is_org_word(k)) return true;
        if (tokens_[k].key == kKeyOf || tokens_[k].key == kKeyFor) {
            for (std::uint32_t m = k; m-- > tb && k - m <= kNameRun && is_cap_word(m);)
                if (is_org_word(m)) return true;
            return false;
        }
        if (!is_cap_word(k)) break;
    }
    return false;
}

// Whether the "and"/"&" at token k joins the two words of an and-compound ("Savings and
// Loan", "Oil and Gas": ActorRules::and_compounds).
bool RecognizerRun::and_compound(std::uint32_t k) const {
    return k > 0 && k + 1 < tokens_.size() &&
           (tokens_[k].key == kKeyAnd || tokens_[k].key == kKeyAmp) &&
           rules_.is_and_compound(tokens_[k - 1].key, tokens_[k + 1].key);
}

// Whether the organisation word at i ends a partnership's name: "and" right before a legal
// form ("Sears, Roebuck and Co"), or "and", one name word and a legal form or organisation
// word ("Piper, Jaffray and Hopwood Inc", "Donaldson, Lufkin and Jenrette Securities").
bool RecognizerRun::partnership_end(std::uint32_t i, std::uint32_t tb) const {
    if (i < tb + 3) return false;
    const auto is_and = [&](std::uint32_t k) {
        return tokens_[k].key == kKeyAnd || tokens_[k].key == kKeyAmp;
    };
    if (word_is(i, ActorRules::kCorporateSuffix) && is_and(i - 1)) return true;
    return i >= tb + 4 && is_and(i - 2) && is_name_word(i - 1) && owner_[i - 1] == kNone &&
           !word_is(i - 1, ActorRules::kGivenName);
}

// An organisation word among the capitalised words from token j: "and Center for X"
// starts another organisation.
bool RecognizerRun::organisation_after(std::uint32_t j, std::uint32_t te) const {
    for (std::uint32_t k = j; k < te && is_cap_word(k); ++k)
        if (is_org_word(k)) return true;
    return false;
}

// A gazetteer organisation ending just before the legal form at token i takes it (and
// any after it) into its mention. Whether there was one.
bool RecognizerRun::extend_gazetteer_organisation(std::uint32_t i, std::uint32_t te) {
    const std::int32_t c = owner_[i - 1];
    const GazetteerEntry* e = entry_of(c);
    // Only a name of two words or more: "BBC AG" is no BBC.
    if (e == nullptr || e->kind != ActorKind::Organisation || cands_[c].te != i ||
        cands_[c].te - cands_[c].tb < 2)
        return false;
    const std::uint32_t end = corporate_suffix_end(i, te);
    for (std::uint32_t k = i; k < end; ++k) owner_[k] = c;
    cands_[c].te = end;
    cands_[c].end = tokens_[end - 1].end;
    return true;
}

void RecognizerRun::add_organisation(std::uint32_t tb, std::uint32_t te, std::uint32_t s,
                                     MentionRule rule) {
    if (rule == MentionRule::OrgNameShape && country_office(tb, te, s)) return;
    OrganisationInfo org;
    org.rule = rule;
    org.name = std::string(text(tb, te));
    for (std::uint32_t j = tb; j < te; ++j) {
        const std::int32_t c = owner_[j];
        if (c == kNone) continue;
        // A country or demonym in the name is its affiliation ("Kazakh Ministry of
        // Energy"); a capital is only a place ("Washington Post").
        const bool names_country =
            cands_[c].form == MentionForm::Name || cands_[c].form == MentionForm::Demonym;
        if (org.country.empty() && names_country) org.country = country_of(c);
        // "EC Commission": the name of an international body inside.
        if (const GazetteerEntry* e = entry_of(c))
            org.international =
                org.international || (e->kind == ActorKind::Organisation && e->country.empty());
        drop(c);
    }
    Candidate c = span(tb, te, s);
    c.organisation = static_cast<std::int32_t>(orgs_.size());
    c.rule = rule;
    // "the Finance Ministry": the candidates state_bodies looks at.
    if (org.country.empty() && tb > 0 && tokens_[tb - 1].key == kKeyThe &&
        (rule == MentionRule::OrgNameShape || rule == MentionRule::OrgInstitution))
        buffers_.state_body_cands.push_back(static_cast<std::int32_t>(cands_.size()));
    orgs_.push_back(std::move(org));
    company_first_bits_ |= key_bit(tokens_[tb].key);  // company_prefix's filter
    add(c);
}

// Reuters writes company names in angle brackets: <AMERICAN EXPRESS CO>.
void RecognizerRun::find_bracketed_organisations(std::uint32_t s, const Sentence& sent) {
    for (std::uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
        if (tokens_[i].kind != TokenKind::Symbol || tokens_[i].view(doc_.text) != "<") continue;
        std::uint32_t j = i + 1;
        while (j < sent.token_end && j - i <= 10 && tokens_[j].view(doc_.text) != ">" &&
               tokens_[j].punct != Punct::Period && tokens_[j].punct != Punct::Comma)
            ++j;
        if (j >= sent.token_end || tokens_[j].view(doc_.text) != ">" || j == i + 1) continue;
        bool ok = true;
        for (std::uint32_t k = i + 1; k < j; ++k)
            ok = ok && (owner_[k] == kNone || absorbable(owner_[k]));
        // <AXP>: a stock ticker, not a name.
        if (j == i + 2 && tokens_[i + 1].end - tokens_[i + 1].begin <= 4) ok = false;
        if (ok) add_organisation(i + 1, j, s, MentionRule::OrgBracketed);
        i = j;
    }
}

}  // namespace stancemap::actor_detail
