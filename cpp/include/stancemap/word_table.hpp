// The one lookup table of the core: a frozen map from token keys (or other well-mixed 64-bit
// hashes: sentiment n-gram keys) to a small record, for the per-token lookups of the actor,
// stance and sentiment stages and the model's embedding rows. A filter of 65,536 bits or more
// answers "in no dictionary" with one load, and an open-addressing table (at most half full)
// holds the records. Built once, then read-only and thread-safe.
#pragma once

#include <cstdint>
#include <vector>

namespace stancemap {

template <class Info>
class WordTable {
    struct Slot {
        std::uint64_t key = 0;
        Info info{};
        bool used = false;
    };

  public:
    WordTable() = default;

    // Built from (key, record) pairs; a key given twice keeps its last record.
    template <class Pairs>
    explicit WordTable(const Pairs& pairs) {
        for (const auto& [key, info] : pairs) entry(key) = info;
    }

    // The record of key, or a default-constructed one when the key is absent: Reader::find
    // (see there), written out here again so that callers inline it as they did before the
    // Reader (through reader(), GCC stopped inlining the sentence splitter's rules: +3 M).
    const Info& find(std::uint64_t key) const noexcept {
        const std::uint64_t h = filter_hash(key);
        const std::size_t maybe = (filter_[h >> 6] >> (h & 63)) & 1;
        const std::size_t mask = mask_;
        const std::size_t first = slot(key, mask);
        const std::size_t at = (first & (0 - maybe)) | ((mask + 1) & (maybe - 1));
        const Slot& s = slots_[at];
        if (s.key == (key & (std::uint64_t{0} - maybe))) [[likely]]
            return s.info;
        return find_displaced(key, (first + 1) & mask, mask);
    }

    // The table's look-up state by value, for a loop of look-ups that writes its results
    // through pointers: in a local Reader the compiler keeps that state in registers, where it
    // reloads the table's members after every store it cannot see through (4 loads a look-up).
    class Reader {
      public:
        // The record of key, or a default-constructed one when the key is absent. The filter
        // and the first slot decide nearly every lookup without a branch on the key's data
        // (whether a word is in a dictionary is what a branch predictor cannot guess): a key
        // the filter rules out reads the table's last slot, never used, instead of its own.
        // Unused slots hold key 0 and a default record (see below).
        const Info& find(std::uint64_t key) const noexcept {
            const std::uint64_t h = key >> shift_;
            const std::size_t maybe = (filter_[h >> 6] >> (h & 63)) & 1;
            const std::size_t mask = mask_;
            const std::size_t first = slot(key, mask);
            // Arithmetic, not a conditional, so that the compiler cannot make it a branch.
            const std::size_t at = (first & (0 - maybe)) | ((mask + 1) & (maybe - 1));
            const Slot& s = slots_[at];
            // One compare of keys, no load of `used`: a key the filter rules out is compared
            // as 0, the key of the never-used last slot, whose record is the default. A key
            // whose own slot is unused (a false positive of the filter, a few % of absent
            // keys) goes on to find_displaced, which reads on to the next unused slot; key 0
            // in an unused slot reads that slot's default record. Either way the default
            // record, as for an absent key.
            if (s.key == (key & (std::uint64_t{0} - maybe))) [[likely]]
                return s.info;
            return table_->find_displaced(key, (first + 1) & mask, mask);
        }
        // Starts loading the slot of key, for a find() a few tokens later.
        void prefetch(std::uint64_t key) const noexcept {
            __builtin_prefetch(&slots_[slot(key, mask_)]);
        }

      private:
        friend class WordTable;
        explicit Reader(const WordTable& t) noexcept
            : filter_(t.filter_.data()),
              slots_(t.slots_.data()),
              mask_(t.mask_),
              shift_(t.filter_shift_),
              table_(&t) {}
        const std::uint64_t* filter_;
        const typename WordTable::Slot* slots_;
        std::size_t mask_;
        unsigned shift_;
        const WordTable* table_;
    };
    Reader reader() const noexcept { return Reader(*this); }

    // The record of key, or nullptr when the key is absent (for records whose default is a
    // valid value).
    const Info* find_if_present(std::uint64_t key) const noexcept {
        if (!may_contain(key)) return nullptr;
        const std::size_t mask = mask_;
        for (std::size_t s = slot(key, mask);; s = (s + 1) & mask) {
            if (!slots_[s].used) return nullptr;
            if (slots_[s].key == key) return &slots_[s].info;
        }
    }

    // 0 when key is surely absent, else 1 (it may be present): the filter alone, for a
    // caller that defers the look-up of keys the filter lets through (the sentiment fast path).
    unsigned may_contain(std::uint64_t key) const noexcept {
        const std::uint64_t h = filter_hash(key);
        return static_cast<unsigned>((filter_[h >> 6] >> (h & 63)) & 1);
    }

    // Starts loading the slot of key, for a find() a few tokens later (a table of thousands
    // of keys is larger than the first-level cache).
    void prefetch(std::uint64_t key) const noexcept {
        __builtin_prefetch(&slots_[slot(key, mask_)]);
    }

    // The record of key for building, added (default-constructed) if new.
    Info& entry(std::uint64_t key) {
        if ((used_ + 1) * 2 > capacity()) grow();
        const std::size_t mask = capacity() - 1;
        std::size_t s = slot(key, mask);
        while (slots_[s].used && slots_[s].key != key) s = (s + 1) & mask;
        if (!slots_[s].used) {
            slots_[s].used = true;
            slots_[s].key = key;
            ++used_;
            const std::uint64_t h = filter_hash(key);
            filter_[h >> 6] |= std::uint64_t{1} << (h & 63);
        }
        return slots_[s].info;
    }

    // Sizes an empty table for about n keys before they are added: at most half full and at
    // least 16 filter bits per key. A large dictionary (the actor index holds ~14,000
    // first words) then answers nearly every lookup from the filter or the first slot, and
    // the keys added first (the frequent rule words) sit in their own slots. No effect once
    // keys are in.
    void reserve(std::size_t n) {
        if (used_ != 0) return;
        std::size_t slots = 16;
        while (slots < 2 * n) slots *= 2;
        if (slots > capacity()) {
            slots_.assign(slots + 1, Slot{});
            mask_ = slots - 1;
        }
        unsigned bits = 16;
        while ((std::size_t{1} << bits) < 16 * n) ++bits;
        if (bits > 64 - filter_shift_) {
            filter_shift_ = 64 - bits;
            filter_.assign((std::size_t{1} << bits) / 64, 0);
        }
    }

    std::size_t size() const noexcept { return used_; }

    // Calls f(key, record) for every key in the table (in slot order), for merging one table
    // into another (ActorWordIndex takes in the stance lexicon's words).
    template <class F>
    void for_each(F&& f) const {
        for (std::size_t s = 0; s < capacity(); ++s)
            if (slots_[s].used) f(slots_[s].key, slots_[s].info);
    }

  private:
    // A key past its first slot (linear probing), or a false positive of the filter.
    const Info& find_displaced(std::uint64_t key, std::size_t s, std::size_t mask) const noexcept {
        for (;; s = (s + 1) & mask) {
            if (!slots_[s].used) return absent_;
            if (slots_[s].key == key) return slots_[s].info;
        }
    }

    // Keys are well mixed already (token_key ends with a multiply and a fold of its high half
    // into its low half): the filter takes the key's top bits and the slot its low bits as they
    // are, with no mixing of their own (it cost four instructions a look-up).
    std::uint64_t filter_hash(std::uint64_t key) const noexcept {
        return key >> filter_shift_;  // 16 bits, more after reserve
    }
    static std::size_t slot(std::uint64_t key, std::size_t mask) noexcept {
        return static_cast<std::size_t>(key) & mask;
    }
    // Open addressing over the first capacity() slots; one more, never used, at the end.
    std::size_t capacity() const noexcept { return slots_.size() - 1; }
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign((old.size() - 1) * 2 + 1, Slot{});
        mask_ = capacity() - 1;
        const std::size_t mask = mask_;
        for (const Slot& o : old) {
            if (!o.used) continue;
            std::size_t s = slot(o.key, mask);
            while (slots_[s].used) s = (s + 1) & mask;
            slots_[s] = o;
        }
    }

    std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(1024, 0);
    unsigned filter_shift_ = 48;  // 64 - log2(filter bits)
    std::vector<Slot> slots_ = std::vector<Slot>(16 + 1);
    // capacity() - 1, kept: find() would otherwise divide the vector's byte size by the
    // slot's on every look-up.
    std::size_t mask_ = 15;
    std::size_t used_ = 0;
    Info absent_{};
};

}  // namespace stancemap
