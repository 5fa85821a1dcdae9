#include "RecoveryKey.h"

#include "crypto/Random.h"

namespace ecluse::RecoveryKey {
namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::size_t encodedLength = (Size * 8 + 4) / 5; // 52 characters

int decodeChar(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<unsigned char>(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

} // namespace

SecureBuffer generate(Random& random)
{
    return random.secretBytes(Size);
}

SecureBuffer format(const SecureBuffer& key)
{
    SecureBuffer out;
    unsigned bits = 0;
    unsigned accumulator = 0;
    std::size_t written = 0;
    auto putSymbol = [&](unsigned value) {
        if (written > 0 && written % 4 == 0)
            out.append('-');
        out.append(static_cast<unsigned char>(alphabet[value & 31]));
        ++written;
    };
    for (std::size_t i = 0; i < key.size(); ++i) {
        accumulator = (accumulator << 8) | key.data()[i];
        bits += 8;
        while (bits >= 5) {
            putSymbol(accumulator >> (bits - 5));
            bits -= 5;
        }
        accumulator &= (1u << bits) - 1;
    }
    if (bits > 0)
        putSymbol(accumulator << (5 - bits));
    accumulator = 0;
    return out;
}

std::optional<SecureBuffer> parse(const SecureBuffer& text)
{
    SecureBuffer out;
    unsigned bits = 0;
    unsigned accumulator = 0;
    std::size_t symbols = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = text.data()[i];
        if (c == '-' || c == ' ')
            continue;
        const int value = decodeChar(c);
        if (value < 0)
            return std::nullopt;
        ++symbols;
        accumulator = (accumulator << 5) | static_cast<unsigned>(value);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<unsigned char>(accumulator >> (bits - 8)));
            bits -= 8;
            accumulator &= (1u << bits) - 1;
        }
    }
    accumulator = 0;
    if (symbols != encodedLength || out.size() != Size)
        return std::nullopt;
    return out;
}

} // namespace ecluse::RecoveryKey
