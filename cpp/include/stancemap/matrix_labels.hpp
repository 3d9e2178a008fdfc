// The labels of the matrices' rows and columns, for co-occurrence and stance alike: the level
// at which actors are counted (ActorLevel), what an actor counts as at a level (UnitViews),
// the table that numbers labels (LabelTable), and the sparse type of the matrices.
#pragma once

#include <Eigen/SparseCore>
#include <cstdint>
#include <forward_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stancemap/document.hpp"
#include "stancemap/token_key.hpp"

namespace stancemap {

// Actor: persons, organisations, countries as found. Country: persons, groups and places
// count for their country; capitals and metonyms already do; organisations and regions stay
// themselves. CountryRole: country and CAMEO role ("USA.GOV", "SYR.REB"): agents and
// listed persons with a role count for it, other persons, groups and places for their
// country, armed groups with a country and role for it.
enum class ActorLevel : std::uint8_t { Actor, Country, CountryRole };

ActorLevel level_from_string(std::string_view name);  // throws OptionError
const char* to_string(ActorLevel l) noexcept;

// Which actor kinds a matrix keeps: bit (1 << ActorKind) per kind kept.
inline constexpr std::uint32_t kAllActorKinds =
    (1u << (static_cast<unsigned>(ActorKind::Place) + 1)) - 1;
// The mask of the kinds named ("country", "person", "group", …); throws OptionError naming
// an unknown kind.
std::uint32_t actor_kind_mask(const std::vector<std::string>& kinds);

// Historical states counted as today's at levels country and country_role ("SUN" -> "RUS",
// "SUN.GOV" -> "RUS.GOV"): the user's choice (the gazetteer's "successors"), off by default.
struct Successor {
    std::string from;  // the historical state's id
    std::string to;    // today's id
    std::string name;  // today's name
};
using Successors = std::vector<Successor>;

struct Label {
    std::string id;
    std::string name;
    ActorKind kind = ActorKind::Country;
};

// Labels in first-seen order with a lookup by id; merging relabels by id. A label known only
// by its id as name takes a real name when one comes (the smallest: any order agrees); a
// label met with several kinds keeps the first in ActorKind order (any order agrees).
class LabelTable {
  public:
    std::uint32_t intern(const Label& label);
    // intern() of a label given by views, for a caller that votes on kinds (Corpus): one
    // lookup, and a Label built only when new. A known label that the name would not rename
    // (the common case) is left as it is, its kind too; else intern()'s rules apply.
    std::uint32_t intern_view(std::string_view id, std::string_view name, ActorKind kind);
    // Sets the kind of label i (a Corpus decides kinds by the votes of its documents).
    void set_kind(std::uint32_t i, ActorKind kind) { labels_.at(i).kind = kind; }
    std::ptrdiff_t find(std::string_view id) const;
    const std::vector<Label>& labels() const noexcept { return labels_; }
    std::size_t size() const noexcept { return labels_.size(); }

    // The hash of an id (its exact bytes, eight at a time: the token key's mix without its
    // case folding), inline: a short id costs a dozen instructions, no call. Only the
    // index's slots depend on it, never an order that shows.
    static std::uint32_t hash_id(std::string_view id) noexcept {
        std::uint64_t h = key_hash::kSeed;
        const char* p = id.data();
        std::size_t n = id.size();
        for (; n > 8; p += 8, n -= 8) h = key_hash::mix(h, key_hash::load8(p));
        h ^= n == 8 ? key_hash::load8(p) : key_hash::load_partial(p, n);
        return static_cast<std::uint32_t>(key_hash::finish(h, id.size()));
    }

  private:
    // The index: open addressing with linear probing over labels_, at most half full. A
    // slot holds 32 bits of the id's hash (to skip most string compares, and to rehash
    // without hashing again) and 1 + the label's position (0: an empty slot). Flat: cheap
    // to fill, copy and free, with one cache miss less per lookup than a node map.
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t label = 0;
    };
    // intern() up to the renaming: the slot of id, a new label (id, name, kind) in it when
    // empty; true when the label is new.
    bool slot_for(std::string_view id, std::string_view name, ActorKind kind, Slot*& slot);
    // The renaming rule of intern(): a real name for a label named by its id, the smallest.
    static bool renames(const Label& known, std::string_view name, std::string_view id) noexcept {
        return name != id && (known.name == known.id || name < known.name);
    }
    std::size_t slot_of(std::string_view id, std::uint32_t hash) const noexcept;
    void grow_index();

    std::vector<Label> labels_;
    std::vector<Slot> slots_;
};

// A LabelTable that several sums can share: a Corpus keeps one per level for all its sums
// at that level (they intern the same labels), so a label is stored and looked up once.
// Copying copies the table (a copied sum owns its labels); moving leaves an empty one.
class SharedLabelTable {
  public:
    SharedLabelTable() : table_(std::make_shared<LabelTable>()) {}
    SharedLabelTable(const SharedLabelTable& other)
        : table_(std::make_shared<LabelTable>(*other.table_)) {}
    SharedLabelTable(SharedLabelTable&& other)
        : table_(std::exchange(other.table_, std::make_shared<LabelTable>())) {}
    SharedLabelTable& operator=(const SharedLabelTable& other) {
        if (this != &other) table_ = std::make_shared<LabelTable>(*other.table_);
        return *this;
    }
    SharedLabelTable& operator=(SharedLabelTable&& other) {
        if (this != &other) table_ = std::exchange(other.table_, std::make_shared<LabelTable>());
        return *this;
    }

    LabelTable& get() noexcept { return *table_; }
    const LabelTable& get() const noexcept { return *table_; }
    // From now on, this and other are one table (other's labels).
    void share(const SharedLabelTable& other) noexcept { table_ = other.table_; }

  private:
    std::shared_ptr<LabelTable> table_;
};

// The label of each actor of doc at a level (persons -> their country at Country level).
std::vector<Label> unit_labels(const Document& doc, ActorLevel level,
                               const Successors* successors = nullptr);

// The same for one actor of doc, as views into doc: no strings built.
struct UnitView {
    std::string_view id;
    std::string_view name;
    ActorKind kind = ActorKind::Country;
};

// What each actor of one document counts as at a level, as views into the document (no
// strings built). The document's actors are indexed by id once, so viewing all of them
// costs linear time; the document must outlive this. Not for use by several threads at once.
class UnitViews {
  public:
    // successors (may be null: none) must outlive this.
    explicit UnitViews(const Document& doc, const Successors* successors = nullptr);
    UnitView operator()(const Actor& actor, ActorLevel level) const {
        const UnitView unit = view(actor, level);
        if (successors_ == nullptr || level == ActorLevel::Actor) return unit;
        return successor_of(unit);
    }

  private:
    UnitView view(const Actor& actor, ActorLevel level) const;
    UnitView successor_of(const UnitView& unit) const;
    // The document's actor with this id, or -1.
    std::ptrdiff_t own_actor(std::string_view id) const;

    const Document& doc_;
    const Successors* successors_;
    // "RUS.GOV" built from "SUN.GOV"; stable addresses, and nothing allocated until used.
    mutable std::forward_list<std::string> renamed_;
    // The document's actors by id (LabelTable::hash_id), open addressing over 1 + the actor's
    // position (0: empty), at most half full; no string copied. Built on the first roll-up,
    // so the actor level costs nothing.
    mutable std::vector<std::uint32_t> by_id_;
};

// One row per unit of doc at a level, in first-seen order: the unit's id, name and kind
// (UnitViews), its mentions summed over the actors that count for it, and its country, title
// and role: those of the document's actor with the unit's id, else read from the id
// ("USA.GOV": country USA, role GOV). The roll-up the matrices make, as a table.
struct UnitRow {
    std::string id;
    std::string name;
    ActorKind kind = ActorKind::Country;
    std::string country;
    std::string title;
    std::string role;
    std::uint64_t mentions = 0;
    CountryRule country_rule = CountryRule::None;  // the actor's own (persons)
};
std::vector<UnitRow> units_at(const Document& doc, ActorLevel level);

// The matrices' cells (compressed CSR once built).
using SparseMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor, std::int32_t>;

}  // namespace stancemap
