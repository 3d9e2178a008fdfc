// A frozen map from token keys to a small record, for the per-token lookups of the actor and
// stance stages: a 65,536-bit filter answers "in no dictionary" with one load, and an
// open-addressing table (at most half full) holds the records. Built once, then read-only
// and thread-safe.
#pragma once

#include <cstdint>
#include <vector>

namespace stancemap {

template <class Info>
class WordTable {
  public:
    // The record of key, or a default-constructed one when the key is absent.
    const Info& find(std::uint64_t key) const noexcept {
        const std::uint64_t h = filter_hash(key);
        if (((filter_[h >> 6] >> (h & 63)) & 1) == 0) return absent_;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = slot(key, mask);; s = (s + 1) & mask) {
            if (!slots_[s].used) return absent_;
            if (slots_[s].key == key) return slots_[s].info;
        }
    }

    // The record of key for building, added (default-constructed) if new.
    Info& entry(std::uint64_t key) {
        if ((used_ + 1) * 2 > slots_.size()) grow();
        const std::size_t mask = slots_.size() - 1;
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

    std::size_t size() const noexcept { return used_; }

  private:
    struct Slot {
        std::uint64_t key = 0;
        Info info{};
        bool used = false;
    };
    static std::uint64_t filter_hash(std::uint64_t key) noexcept {
        return (key * 0x9E3779B97F4A7C15ULL) >> 48;  // 16 bits
    }
    // Token keys are well mixed already (token_key).
    static std::size_t slot(std::uint64_t key, std::size_t mask) noexcept {
        return static_cast<std::size_t>(key ^ (key >> 29)) & mask;
    }
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.size() * 2, Slot{});
        const std::size_t mask = slots_.size() - 1;
        for (const Slot& o : old) {
            if (!o.used) continue;
            std::size_t s = slot(o.key, mask);
            while (slots_[s].used) s = (s + 1) & mask;
            slots_[s] = o;
        }
    }

    std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(1024, 0);
    std::vector<Slot> slots_ = std::vector<Slot>(16);
    std::size_t used_ = 0;
    Info absent_{};
};

}  // namespace stancemap
