// Error types of the stancemap core. Python maps them once (cpp/bindings/module.cpp) onto
// stancemap.StancemapError and its subclasses of the same names; InvalidInputError,
// DictionaryError and OptionError are also ValueErrors, FileError an OSError.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace stancemap {

// Base of every error the core throws on purpose.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The caller's text cannot be analysed as given (e.g. invalid UTF-8 at a byte offset).
class InvalidInputError : public Error {
  public:
    InvalidInputError(const std::string& message, std::size_t byte_offset)
        : Error(message), byte_offset_(byte_offset) {}
    std::size_t byte_offset() const noexcept { return byte_offset_; }

  private:
    std::size_t byte_offset_;
};

// A dictionary (gazetteer, lexicon) entry is malformed; the message names entry and field.
class DictionaryError : public Error {
  public:
    using Error::Error;
};

// A file could not be read.
class FileError : public Error {
  public:
    using Error::Error;
};

// An option has a value the function does not accept (unknown window name, k < 1...).
class OptionError : public Error {
  public:
    using Error::Error;
};

}  // namespace stancemap
