// UTF-8 validation, replacement and byte -> code point offsets (stancemap/utf8.hpp).
// Expected replacement strings were produced by Python's bytes.decode("utf-8", "replace").
#include "stancemap/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "stancemap/errors.hpp"

namespace {

using stancemap::InvalidInputError;
using stancemap::utf8::CodePointIndex;
using stancemap::utf8::decode;
using stancemap::utf8::find_invalid;
using stancemap::utf8::replace_invalid;
using stancemap::utf8::validate;

constexpr std::string_view kFffd = "\xEF\xBF\xBD";  // U+FFFD encoded

// --- find_invalid ---------------------------------------------------------------------------

TEST(Utf8FindInvalid, ValidTextHasNoInvalidByte) {
    EXPECT_EQ(find_invalid(""), std::nullopt);
    EXPECT_EQ(find_invalid("plain ASCII"), std::nullopt);
    EXPECT_EQ(find_invalid("Café Russia’s Москва 😀"), std::nullopt);
    // Highest code point, U+10FFFF, and the last code point before the surrogates, U+D7FF.
    EXPECT_EQ(find_invalid("\xF4\x8F\xBF\xBF \xED\x9F\xBF"), std::nullopt);
}

// ASCII is skipped eight bytes at a time: a bad byte at any offset of a long ASCII text,
// and a valid multi-byte character there, are still found (or not) at the exact byte.
TEST(Utf8FindInvalid, ExactOffsetAtEveryPositionOfALongAsciiText) {
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text(40, 'a');
        text[at] = '\xFF';
        EXPECT_EQ(find_invalid(text), at) << at;
        std::string valid(40, 'a');
        valid.insert(at, "\xC3\xA9");  // é
        EXPECT_EQ(find_invalid(valid), std::nullopt) << at;
    }
}

TEST(Utf8FindInvalid, OverlongTwoByteFormIsInvalidAtItsFirstByte) {
    EXPECT_EQ(find_invalid("ab\xC0\xAF"), 2u);  // overlong '/'
    EXPECT_EQ(find_invalid("\xC1\xBF"), 0u);
}

TEST(Utf8FindInvalid, OverlongThreeAndFourByteFormsAreInvalid) {
    EXPECT_EQ(find_invalid("x\xE0\x80\xAF"), 1u);
    EXPECT_EQ(find_invalid("xy\xF0\x80\x80\xAF"), 2u);
}

TEST(Utf8FindInvalid, SurrogateIsInvalid) {
    EXPECT_EQ(find_invalid("abc\xED\xA0\x80"), 3u);  // U+D800
    EXPECT_EQ(find_invalid("\xED\xBF\xBF"), 0u);     // U+DFFF
}

TEST(Utf8FindInvalid, TruncatedSequenceAtEndIsInvalid) {
    EXPECT_EQ(find_invalid("ab\xC3"), 2u);
    EXPECT_EQ(find_invalid("ab\xE2\x82"), 2u);
    EXPECT_EQ(find_invalid("abc\xF0\x9F\x98"), 3u);
}

TEST(Utf8FindInvalid, TruncatedSequenceInsideTextIsInvalid) {
    EXPECT_EQ(find_invalid("a\xE2\x82 b"), 1u);
    EXPECT_EQ(find_invalid("a\xC3Z"), 1u);
}

TEST(Utf8FindInvalid, BytesThatNeverStartASequenceAreInvalid) {
    EXPECT_EQ(find_invalid("x\xF5y"), 1u);
    EXPECT_EQ(find_invalid("xx\xFF"), 2u);
    EXPECT_EQ(find_invalid("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
}

TEST(Utf8FindInvalid, LoneContinuationByteIsInvalid) {
    EXPECT_EQ(find_invalid("\x80"), 0u);
    EXPECT_EQ(find_invalid("café\xA9"), 5u);
}

TEST(Utf8FindInvalid, DoesNotReadPastTheEndOfTheView) {
    // The bytes after the view would complete the sequence; the view itself is truncated.
    const std::string buffer = "ab\xE2\x82\xAC";
    EXPECT_EQ(find_invalid(std::string_view(buffer).substr(0, 4)), 2u);
    EXPECT_EQ(find_invalid(buffer), std::nullopt);
}

// --- decode -----------------------------------------------------------------------------------

TEST(Utf8Decode, DecodesOneToFourByteCodePoints) {
    const std::string text = "aé’😀";
    auto d = decode(text, 0);
    EXPECT_EQ(d.cp, U'a');
    EXPECT_EQ(d.len, 1);
    EXPECT_TRUE(d.valid);
    d = decode(text, 1);
    EXPECT_EQ(d.cp, 0xE9u);
    EXPECT_EQ(d.len, 2);
    d = decode(text, 3);
    EXPECT_EQ(d.cp, 0x2019u);
    EXPECT_EQ(d.len, 3);
    d = decode(text, 6);
    EXPECT_EQ(d.cp, 0x1F600u);
    EXPECT_EQ(d.len, 4);
    EXPECT_TRUE(d.valid);
}

TEST(Utf8Decode, InvalidByteDecodesAsOneByteReplacement) {
    const auto d = decode("\xC0\xAF", 0);
    EXPECT_FALSE(d.valid);
    EXPECT_EQ(d.cp, stancemap::utf8::kReplacement);
    EXPECT_EQ(d.len, 1);
}

// --- validate ---------------------------------------------------------------------------------

TEST(Utf8Validate, ValidTextDoesNotThrow) {
    EXPECT_NO_THROW(validate(""));
    EXPECT_NO_THROW(validate("Russia’s"));
}

TEST(Utf8Validate, ThrowsInvalidInputErrorNamingOffsetAndByte) {
    try {
        validate("abc\xED\xA0\x80 def");
        FAIL() << "validate accepted a surrogate";
    } catch (const InvalidInputError& e) {
        EXPECT_EQ(e.byte_offset(), 3u);
        const std::string message = e.what();
        EXPECT_NE(message.find("byte offset 3"), std::string::npos) << message;
        EXPECT_NE(message.find("0xED"), std::string::npos) << message;
    }
}

TEST(Utf8Validate, ErrorIsAStancemapError) {
    EXPECT_THROW(validate("\xF5"), stancemap::Error);
}

// --- replace_invalid ------------------------------------------------------------------------

TEST(Utf8ReplaceInvalid, ValidTextIsUnchanged) {
    const std::string text = "Café 😀";
    EXPECT_EQ(replace_invalid(text), text);
    EXPECT_EQ(replace_invalid(""), "");
}

TEST(Utf8ReplaceInvalid, OverlongBytesEachBecomeOneReplacement) {
    // b"a\xc0\xafb".decode("utf-8", "replace") == "a\ufffd\ufffdb"
    EXPECT_EQ(replace_invalid("a\xC0\xAF"
                              "b"),
              "a" + std::string(kFffd) + std::string(kFffd) + "b");
    // b"\xe0\x80\xaf" -> three replacements
    EXPECT_EQ(replace_invalid("\xE0\x80\xAF"),
              std::string(kFffd) + std::string(kFffd) + std::string(kFffd));
}

TEST(Utf8ReplaceInvalid, SurrogateBytesEachBecomeOneReplacement) {
    // b"a\xed\xa0\x80b" -> "a\ufffd\ufffd\ufffdb"
    EXPECT_EQ(replace_invalid("a\xED\xA0\x80"
                              "b"),
              "a" + std::string(kFffd) + std::string(kFffd) + std::string(kFffd) + "b");
}

TEST(Utf8ReplaceInvalid, TruncatedSequenceBecomesOneReplacement) {
    // b"ab\xe2\x82" -> "ab\ufffd";  b"ab\xf0\x9f\x98" -> "ab\ufffd"
    EXPECT_EQ(replace_invalid("ab\xE2\x82"), "ab" + std::string(kFffd));
    EXPECT_EQ(replace_invalid("ab\xF0\x9F\x98"), "ab" + std::string(kFffd));
    // b"\xf0\x9f\x98A" -> "\ufffdA"  (maximal subpart, then the ASCII byte survives)
    EXPECT_EQ(replace_invalid("\xF0\x9F\x98"
                              "A"),
              std::string(kFffd) + "A");
}

TEST(Utf8ReplaceInvalid, BadLeadAndLoneContinuationBytes) {
    // b"x\xf5y" -> "x\ufffdy";  b"\x80abc" -> "\ufffdabc";  b"\xe2(\xa1" -> "\ufffd(\ufffd"
    EXPECT_EQ(replace_invalid("x\xF5y"), "x" + std::string(kFffd) + "y");
    EXPECT_EQ(replace_invalid("\x80"
                              "abc"),
              std::string(kFffd) + "abc");
    EXPECT_EQ(replace_invalid("\xE2(\xA1"), std::string(kFffd) + "(" + std::string(kFffd));
    // b"\xf4\x90\x80\x80" (above U+10FFFF) -> four replacements
    EXPECT_EQ(replace_invalid("\xF4\x90\x80\x80"),
              std::string(kFffd) + std::string(kFffd) + std::string(kFffd) + std::string(kFffd));
}

TEST(Utf8ReplaceInvalid, ResultIsValid) {
    EXPECT_EQ(find_invalid(replace_invalid("\xFF\xFE\xC3(\xED\xA0\x80\xF0\x9F")), std::nullopt);
}

// --- CodePointIndex -------------------------------------------------------------------------

TEST(Utf8CodePointIndex, AsciiTextIsIdentity) {
    const std::string text(200, 'a');
    const CodePointIndex index(text);
    EXPECT_TRUE(index.is_ascii());
    EXPECT_EQ(index.to_code_points(0), 0u);
    EXPECT_EQ(index.to_code_points(64), 64u);
    EXPECT_EQ(index.to_code_points(200), 200u);
}

TEST(Utf8CodePointIndex, EmptyText) {
    const CodePointIndex index("");
    EXPECT_EQ(index.to_code_points(0), 0u);
}

TEST(Utf8CodePointIndex, MixedTextShortOfOneBlock) {
    // 32 bytes, 18 code points (é: 2 bytes, ’: 3, Cyrillic: 2 each, emoji: 4).
    const std::string text = "Café ’x’ Москва 😀!";
    ASSERT_EQ(text.size(), 32u);
    const CodePointIndex index(text);
    EXPECT_FALSE(index.is_ascii());
    EXPECT_EQ(index.to_code_points(0), 0u);
    EXPECT_EQ(index.to_code_points(3), 3u);    // é
    EXPECT_EQ(index.to_code_points(5), 4u);    // space after é
    EXPECT_EQ(index.to_code_points(6), 5u);    // ’
    EXPECT_EQ(index.to_code_points(9), 6u);    // x
    EXPECT_EQ(index.to_code_points(14), 9u);   // М
    EXPECT_EQ(index.to_code_points(26), 15u);  // space after Москва
    EXPECT_EQ(index.to_code_points(27), 16u);  // emoji
    EXPECT_EQ(index.to_code_points(31), 17u);  // !
    EXPECT_EQ(index.to_code_points(32), 18u);  // text end
}

TEST(Utf8CodePointIndex, OffsetsAcrossBlockBoundaries) {
    // "é"*30 + "😀" + "abc" + "’"*20 + "Жж"*10: 167 bytes, 74 code points (Python len()).
    std::string text;
    for (int i = 0; i < 30; ++i) text += "é";
    text += "😀abc";
    for (int i = 0; i < 20; ++i) text += "’";
    for (int i = 0; i < 10; ++i) text += "Жж";
    ASSERT_EQ(text.size(), 167u);
    const CodePointIndex index(text);
    EXPECT_EQ(index.to_code_points(2), 1u);
    EXPECT_EQ(index.to_code_points(60), 30u);  // the emoji, straddling the first boundary
    EXPECT_EQ(index.to_code_points(64), 31u);  // exactly on the block boundary
    EXPECT_EQ(index.to_code_points(65), 32u);
    EXPECT_EQ(index.to_code_points(67), 34u);   // first ’
    EXPECT_EQ(index.to_code_points(127), 54u);  // first Ж, just before the second boundary
    EXPECT_EQ(index.to_code_points(129), 55u);  // ж, just past the second boundary
    EXPECT_EQ(index.to_code_points(165), 73u);
    EXPECT_EQ(index.to_code_points(167), 74u);  // text end
}

TEST(Utf8CodePointIndex, TextEndOnABlockBoundary) {
    std::string text;
    for (int i = 0; i < 64; ++i) text += "é";  // 128 bytes, 64 code points
    const CodePointIndex index(text);
    EXPECT_EQ(index.to_code_points(64), 32u);
    EXPECT_EQ(index.to_code_points(126), 63u);
    EXPECT_EQ(index.to_code_points(128), 64u);
}

}  // namespace
