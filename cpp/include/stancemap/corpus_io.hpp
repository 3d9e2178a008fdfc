// A small binary format for corpus sums (Corpus::save / Corpus::load): little-endian
// fixed-width numbers, length-prefixed strings and arrays. Reading checks every length
// against the bytes left, so a truncated or corrupt file is an error, never a crash.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "stancemap/errors.hpp"

namespace stancemap {

class BinaryWriter {
  public:
    template <class T>
    void put(T value) {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto* p = reinterpret_cast<const char*>(&value);
        data_.append(p, sizeof(T));
    }
    void str(std::string_view s) {
        put<std::uint64_t>(s.size());
        data_.append(s.data(), s.size());
    }
    template <class T>
    void array(const std::vector<T>& values) {
        static_assert(std::is_trivially_copyable_v<T>);
        put<std::uint64_t>(values.size());
        data_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
    }
    std::string& data() noexcept { return data_; }

  private:
    std::string data_;
};

class BinaryReader {
  public:
    // what: the name of the data in error messages.
    explicit BinaryReader(std::string_view data, std::string_view what = "corpus data")
        : data_(data), what_(what) {}

    template <class T>
    T get() {
        static_assert(std::is_trivially_copyable_v<T>);
        need(sizeof(T));
        T value;
        std::memcpy(&value, data_.data() + at_, sizeof(T));
        at_ += sizeof(T);
        return value;
    }
    std::string str() {
        const auto n = get<std::uint64_t>();
        need(n);
        std::string s(data_.substr(at_, n));
        at_ += n;
        return s;
    }
    template <class T>
    std::vector<T> array() {
        const auto n = get<std::uint64_t>();
        if (n > (data_.size() - at_) / sizeof(T)) fail();
        std::vector<T> values(n);
        if (n != 0)  // an empty vector's data() may be null, which memcpy may not take
            std::memcpy(values.data(), data_.data() + at_, n * sizeof(T));
        at_ += n * sizeof(T);
        return values;
    }
    // A count of items of at least min_bytes each: checked against the bytes left.
    std::uint64_t count(std::size_t min_bytes) {
        const auto n = get<std::uint64_t>();
        if (n > (data_.size() - at_) / (min_bytes == 0 ? 1 : min_bytes)) fail();
        return n;
    }
    bool done() const noexcept { return at_ == data_.size(); }
    [[noreturn]] void fail() const {
        throw InvalidInputError(
            std::string(what_) + " is truncated or corrupt at byte " + std::to_string(at_), at_);
    }

  private:
    void need(std::size_t n) const {
        if (n > data_.size() - at_) fail();
    }
    std::string_view data_;
    std::string_view what_;
    std::size_t at_ = 0;
};

}  // namespace stancemap
