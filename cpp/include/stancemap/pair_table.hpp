// Sums keyed by a pair of 32-bit ids packed into one 64-bit key (row << 32 | column): an
// open-addressing hash table with linear probing in one flat array. Corpus sums add to
// millions of cells and merge tables of thousands; a node per cell (std::unordered_map)
// made adding, merging and freeing them cost more than the analysis itself.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace stancemap {

inline std::uint64_t pack_pair(std::uint32_t row, std::uint32_t column) noexcept {
    return (static_cast<std::uint64_t>(row) << 32) | column;
}
inline std::uint32_t pair_row(std::uint64_t key) noexcept {
    return static_cast<std::uint32_t>(key >> 32);
}
inline std::uint32_t pair_column(std::uint64_t key) noexcept {
    return static_cast<std::uint32_t>(key & 0xFFFFFFFFu);
}

// Value must be default-constructible (new cells start value-initialised, e.g. 0.0).
// The key with all bits set marks empty slots and cannot be stored: pair keys never take it
// (row != column, or column is a small index). Iteration visits cells in slot order, which
// depends on the history of the table: callers must not let results depend on it.
template <class Value>
class PairTable {
  public:
    struct Cell {
        std::uint64_t key;
        Value value;
    };
    static constexpr std::uint64_t kEmptyKey = ~std::uint64_t{0};

    // The cell for key, added (value-initialised) when absent.
    Value& operator[](std::uint64_t key) {
        assert(key != kEmptyKey);
        if ((size_ + 1) * 4 > cells_.size() * 3) grow();
        std::size_t slot = home(key);
        while (true) {
            Cell& cell = cells_[slot];
            if (cell.key == key) return cell.value;
            if (cell.key == kEmptyKey) {
                cell.key = key;
                ++size_;
                return cell.value;
            }
            slot = (slot + 1) & mask_;
        }
    }

    // The value for key, or nullptr when absent.
    const Value* find(std::uint64_t key) const noexcept {
        if (size_ == 0) return nullptr;
        for (std::size_t slot = home(key);; slot = (slot + 1) & mask_) {
            const Cell& cell = cells_[slot];
            if (cell.key == key) return &cell.value;
            if (cell.key == kEmptyKey) return nullptr;
        }
    }

    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    std::size_t capacity() const noexcept { return cells_.size(); }

    // Room for n cells without growing.
    void reserve(std::size_t n) {
        std::size_t slots = kMinSlots;
        while (n * 4 > slots * 3) slots *= 2;
        if (slots > cells_.size()) rehash(slots);
    }

    // Empties the table and keeps its slots, for a table refilled to about the same size.
    void clear() noexcept {
        if (size_ == 0) return;
        for (Cell& cell : cells_) cell = Cell{kEmptyKey, Value{}};
        size_ = 0;
    }

    // Adds each cell's value to the cell of its key, as operator[] one by one would, and
    // empties batch. The cells are sorted by home slot (by region of the table: see
    // sort_by_home) and added in that order: in a table larger than the cache, a batch of a good
    // fraction of its size then walks the table from start to end, which the processor prefetches,
    // instead of missing the cache once per cell. Keys already in the table are added to first; the
    // table then grows once for the new keys (inserting sorted keys into a table that grows on the
    // way would pile them into its first slots) and they are inserted. The sums are the same in any
    // order only when Value's += is exact (whole numbers, say).
    void add_batch(std::vector<Cell>& batch) {
        if (batch.size() < kMinSortedBatch || cells_.empty()) {
            for (const Cell& cell : batch) (*this)[cell.key] += cell.value;
            batch.clear();
            return;
        }
        sort_by_home(batch, [](const Cell& cell) { return cell.key; });
        std::size_t fresh = 0;  // new keys, moved to the front (repeats summed when adjacent)
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const Cell cell = batch[i];
            if (Value* value = find_value(cell.key)) {
                *value += cell.value;
            } else if (fresh > 0 && batch[fresh - 1].key == cell.key) {
                batch[fresh - 1].value += cell.value;
            } else {
                batch[fresh++] = cell;
            }
        }
        batch.resize(fresh);
        insert_fresh(batch);
    }

    // add_batch() with every value 1 (Value{1}): a batch of keys alone, half the bytes of
    // cells to append, sort and merge.
    void add_ones(std::vector<std::uint64_t>& keys) {
        if (keys.size() < kMinSortedBatch || cells_.empty()) {
            for (const std::uint64_t key : keys) (*this)[key] += Value{1};
            keys.clear();
            return;
        }
        sort_by_home(keys, [](std::uint64_t key) { return key; });
        std::vector<Cell> fresh;
        for (const std::uint64_t key : keys) {
            if (Value* value = find_value(key))
                *value += Value{1};
            else if (!fresh.empty() && fresh.back().key == key)
                fresh.back().value += Value{1};
            else
                fresh.push_back(Cell{key, Value{1}});
        }
        keys.clear();
        insert_fresh(fresh);
    }

    // Calls f(key, value) for every cell, in slot order. Slot order is the order of the
    // hashes' high bits whatever the table's size, so adding the cells to a larger table in
    // this order visits its slots almost in sequence: cache-friendly merging.
    template <class F>
    void for_each(F&& f) const {
        if (size_ == 0) return;
        for (const Cell& cell : cells_)
            if (cell.key != kEmptyKey) f(cell.key, cell.value);
    }

  private:
    static constexpr std::size_t kMinSlots = 16;
    static constexpr std::uint64_t kFibonacci = 0x9E3779B97F4A7C15ULL;  // 2^64 / phi
    static constexpr std::size_t kMinSortedBatch = 256;  // smaller batches: added as they are
    static constexpr unsigned kRegionBits = 12;          // sort_by_home: 4096 regions

    Value* find_value(std::uint64_t key) noexcept {
        for (std::size_t slot = home(key);; slot = (slot + 1) & mask_) {
            Cell& cell = cells_[slot];
            if (cell.key == key) return &cell.value;
            if (cell.key == kEmptyKey) return nullptr;
        }
    }

    // Inserts keys known to be absent (their repeats summed), sorted by home slot: the table
    // grows first, once, if they need room.
    void insert_fresh(std::vector<Cell>& fresh) {
        const std::size_t slots = cells_.size();
        reserve(size_ + fresh.size());
        if (cells_.size() != slots)  // homes are finer now
            sort_by_home(fresh, [](const Cell& cell) { return cell.key; });
        for (const Cell& cell : fresh) (*this)[cell.key] += cell.value;
        fresh.clear();
    }

    // Sorts items by the region of 2^-12 of this table their key's home slot lies in (by
    // home slot in a table of up to 2^12 slots): one stable counting sort on the hash's top
    // bits. A region is a few cache lines, all read anyway: the order within it does not
    // matter.
    template <class Item, class KeyOf>
    void sort_by_home(std::vector<Item>& items, KeyOf key_of) const {
        const unsigned slot_bits = 64 - shift_;
        const unsigned bits = slot_bits < kRegionBits ? slot_bits : kRegionBits;
        auto region = [&](const Item& item) {
            return static_cast<std::size_t>((key_of(item) * kFibonacci) >> (64 - bits));
        };
        std::vector<std::size_t> start((std::size_t{1} << bits) + 1, 0);
        for (const Item& item : items) ++start[region(item) + 1];
        for (std::size_t r = 1; r < start.size(); ++r) start[r] += start[r - 1];
        std::vector<Item> sorted(items.size());
        for (const Item& item : items) sorted[start[region(item)]++] = item;
        items.swap(sorted);
    }

    // Fibonacci hashing: the high bits of key * 2^64/phi spread the packed (row, column)
    // pairs, whose low and high halves are both small integers, over the whole table.
    std::size_t home(std::uint64_t key) const noexcept {
        return static_cast<std::size_t>((key * kFibonacci) >> shift_);
    }

    void grow() { rehash(cells_.empty() ? kMinSlots : cells_.size() * 2); }

    void rehash(std::size_t slots) {
        std::vector<Cell> old(slots, Cell{kEmptyKey, Value{}});
        old.swap(cells_);
        mask_ = slots - 1;
        shift_ = 64;
        for (std::size_t s = slots; s > 1; s >>= 1) --shift_;
        for (const Cell& cell : old) {
            if (cell.key == kEmptyKey) continue;
            std::size_t slot = home(cell.key);
            while (cells_[slot].key != kEmptyKey) slot = (slot + 1) & mask_;
            cells_[slot] = cell;
        }
    }

    std::vector<Cell> cells_;
    std::size_t size_ = 0;
    std::size_t mask_ = 0;
    unsigned shift_ = 64;  // 64 - log2(slots)
};

}  // namespace stancemap
