#include "stancemap/token_key.hpp"

#include "stancemap/chars.hpp"
#include "stancemap/utf8.hpp"

namespace stancemap {

namespace {

// Calls emit(byte) for each byte of the normalised form of token.
template <class Emit>
void for_each_normalised_byte(std::string_view token, Emit&& emit) {
    std::size_t pos = 0;
    while (pos < token.size()) {
        const auto b = static_cast<unsigned char>(token[pos]);
        if (b < 0x80) {
            emit(static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
            ++pos;
            continue;
        }
        const utf8::Decoded d = utf8::decode(token, pos);
        if (chars::is_apostrophe(d.cp) || d.cp == 0x2018) {
            emit('\'');
        } else if (chars::is_hyphen(d.cp)) {
            emit('-');
        } else {
            for (std::size_t i = 0; i < d.len; ++i)
                emit(static_cast<unsigned char>(token[pos + i]));
        }
        pos += d.len;
    }
}

}  // namespace

std::uint64_t token_key(std::string_view token) noexcept {
    // ASCII tokens (most of them) need only case folding.
    std::size_t i = 0;
    while (i < token.size() && static_cast<unsigned char>(token[i]) < 0x80) ++i;
    if (i == token.size()) return ascii_token_key(token.data(), token.size(), token.size());
    KeyHasher hasher;
    for_each_normalised_byte(token, [&](unsigned char b) { hasher.add(b); });
    return hasher.finish();
}

std::string normalise(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for_each_normalised_byte(token, [&](unsigned char b) { out.push_back(static_cast<char>(b)); });
    return out;
}

}  // namespace stancemap
