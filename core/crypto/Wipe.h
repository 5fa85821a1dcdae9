#pragma once

#include <QByteArray>

#include <openssl/crypto.h>

#include <string>
#include <type_traits>
#include <vector>

namespace ecluse {

// Zeroing for the ordinary containers that hold data on its way into the vault (raw CSV bytes,
// fields, producers' pseudonyms, encoded rows): freed heap memory goes to whatever allocates
// next, and these are too large and too hot to live in SecureBuffer's locked heap. Each wipes the
// whole capacity, since bytes past the size held earlier contents, and leaves the container empty
// with its memory, ready for reuse or release.

inline void wipe(std::string& text)
{
    text.resize(text.capacity());
    OPENSSL_cleanse(text.data(), text.size());
    text.clear();
}

template <typename T>
requires std::is_trivially_copyable_v<T>
void wipe(std::vector<T>& values)
{
    values.resize(values.capacity());
    if (!values.empty())
        OPENSSL_cleanse(values.data(), values.size() * sizeof(T));
    values.clear();
}

// Only for an array this code alone holds: a shared one would be copied, not wiped.
inline void wipe(QByteArray& bytes)
{
    bytes.resize(bytes.capacity());
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.resize(0);
}

// Wipes and removes every key of a map keyed by strings. A key cannot be changed in place: each
// node is taken out of the map first.
template <typename Map> void wipeKeys(Map& map)
{
    while (!map.empty()) {
        auto node = map.extract(map.begin());
        wipe(node.key());
    }
}

} // namespace ecluse
